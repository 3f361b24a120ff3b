"""HubSpot's CRM API (v3) over httpx, read only: the company by its domain, its notes, its owner.

A private app's access token (HUBSPOT_TOKEN) is sent as a bearer token. 429 (HubSpot's
per-second and daily limits) and 5xx are retried with the QuickBooks client's tenacity policy,
never sooner than Retry-After; 401/403 are a setting to fix, not a fault to retry.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
from bs4 import BeautifulSoup

from core.adapters.qbo.retry import RetryPolicy, call_with_retry
from core.errors import RetryableError
from core.ports import CrmCompany, CrmNoteRecord

NOTE_PROPERTIES = ["hs_note_body", "hs_timestamp", "hubspot_owner_id"]
BATCH = 100  # HubSpot's batch read takes at most 100 ids


class CrmAuthError(Exception):
    """HubSpot refused the token: a person must fix HUBSPOT_TOKEN (or its scopes)."""


class HubSpotCrm:
    """One HubSpot account; one httpx client, closed with `close()`."""

    def __init__(
        self,
        token: str,
        base_url: str = "https://api.hubapi.com",
        retry: RetryPolicy | None = None,
        timeout: float = 20.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url, timeout=timeout, transport=transport,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        )
        self.retry = retry or RetryPolicy(attempts=4, base_wait=1.0, max_wait=30.0)
        self._sleep, self._rng = sleep, random.Random()
        self._owners: dict[str, str | None] = {}

    def __repr__(self) -> str:
        return f"HubSpotCrm({self.base_url!r})"  # never the token

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubSpotCrm:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def probe(self) -> None:
        self._call("GET", "/crm/v3/owners", params={"limit": 1})

    def company_by_domain(self, domain: str) -> CrmCompany | None:
        found = self._call("POST", "/crm/v3/objects/companies/search", json={
            "filterGroups": [{"filters": [
                {"propertyName": "domain", "operator": "EQ", "value": domain}]}],
            "properties": ["name", "domain", "hubspot_owner_id"],
            "limit": 1,
        })
        results = found.get("results") or []
        if not results:
            return None
        company = results[0]
        props = company.get("properties") or {}
        owner_id = props.get("hubspot_owner_id")
        return CrmCompany(
            company_id=str(company["id"]),
            name=str(props.get("name") or ""),
            owner=self._owner(str(owner_id)) if owner_id else None,
            notes=list(self._notes(str(company["id"]))),
        )

    def _notes(self, company_id: str) -> Iterator[CrmNoteRecord]:
        ids = list(self._note_ids(company_id))
        for start in range(0, len(ids), BATCH):
            read = self._call("POST", "/crm/v3/objects/notes/batch/read", json={
                "properties": NOTE_PROPERTIES,
                "inputs": [{"id": i} for i in ids[start:start + BATCH]],
            })
            for note in read.get("results") or []:
                props = note.get("properties") or {}
                author = props.get("hubspot_owner_id")
                yield CrmNoteRecord(
                    note_id=str(note["id"]),
                    body=note_text(str(props.get("hs_note_body") or "")),
                    noted_at=str(props.get("hs_timestamp") or note.get("createdAt") or ""),
                    author=(self._owner(str(author)) if author else None) or "HubSpot",
                )

    def _note_ids(self, company_id: str) -> Iterator[str]:
        after: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 100}
            if after:
                params["after"] = after
            page = self._call("GET", f"/crm/v3/objects/companies/{company_id}/associations/notes",
                              params=params)
            for row in page.get("results") or []:
                yield str(row.get("id") or row.get("toObjectId"))
            after = ((page.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                return

    def _owner(self, owner_id: str) -> str | None:
        """"First Last <email>" of an owner (cached: the same few owners own every company)."""
        if owner_id not in self._owners:
            try:
                owner = self._call("GET", f"/crm/v3/owners/{owner_id}")
            except LookupError:
                owner = {}
            name = " ".join(p for p in (owner.get("firstName"), owner.get("lastName")) if p)
            email = owner.get("email")
            self._owners[owner_id] = (f"{name} <{email}>" if name and email
                                      else name or email or None)
        return self._owners[owner_id]

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        def once() -> dict[str, Any]:
            try:
                response = self._http.request(method, path, **kwargs)
            except httpx.TransportError as exc:
                raise RetryableError(f"HubSpot unreachable: {exc}", retry_after=5) from exc
            if response.status_code in (401, 403):
                raise CrmAuthError(f"HubSpot refused the token ({response.status_code}): "
                                   f"{_message(response)}")
            if response.status_code == 429 or response.status_code >= 500:
                wait = response.headers.get("Retry-After")
                raise RetryableError(
                    f"HubSpot answered {response.status_code}: {_message(response)}",
                    retry_after=float(wait) if wait and wait.replace(".", "").isdigit() else 1.0,
                )
            if response.status_code == 404:
                raise LookupError(f"HubSpot: {method} {path} not found")
            if response.status_code >= 400:
                raise ValueError(f"HubSpot refused {method} {path} ({response.status_code}): "
                                 f"{_message(response)}")
            data = response.json()
            return data if isinstance(data, dict) else {}

        return call_with_retry(once, self.retry, self._sleep, self._rng)


def note_text(html: str) -> str:
    """A note's body as text (HubSpot stores notes as HTML)."""
    soup = BeautifulSoup(html, "html.parser")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(["p", "div", "li"]):
        block.insert_after("\n")
    lines = [" ".join(line.split()) for line in soup.get_text().splitlines()]
    return "\n".join(line for line in lines if line).strip()


def _message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    return str(body.get("message") or body)[:200] if isinstance(body, dict) else str(body)[:200]

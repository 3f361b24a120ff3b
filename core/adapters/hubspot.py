"""HubSpot's CRM API (v3, associations v4) over httpx, read only, in batches: the companies of
many domains, their notes, their owners.

A private app's access token (HUBSPOT_TOKEN) is sent as a bearer token. 429 (HubSpot's
per-second and daily limits) and 5xx are retried with the QuickBooks client's tenacity policy,
never sooner than Retry-After; 401/403 are a setting to fix, not a fault to retry.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
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
        self._owners_listed = False

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
        return self.companies_by_domain([domain]).get(domain.lower())

    def companies_by_domain(self, domains: Sequence[str]) -> dict[str, CrmCompany]:
        """domain -> its company, owner and notes, read in batches: one search per 100
        domains (`domain IN`), one v4 associations batch read per 100 companies, one notes
        batch read per 100 notes and the owners listed once, so N customers cost about
        N/100 calls instead of four per customer."""
        wanted = sorted({d.lower() for d in domains if d})
        self._owners.clear()  # read afresh each sync: owners change, the client lives long
        self._owners_listed = False
        companies: dict[str, dict[str, Any]] = {}  # domain -> the first company with it
        for start in range(0, len(wanted), BATCH):
            for company in self._search_domains(wanted[start:start + BATCH]):
                domain = str((company.get("properties") or {}).get("domain") or "").lower()
                if domain in wanted:
                    companies.setdefault(domain, company)
        note_ids = self._note_ids([str(c["id"]) for c in companies.values()])
        notes = self._read_notes(sorted({n for ids in note_ids.values() for n in ids}, key=_num))
        found: dict[str, CrmCompany] = {}
        for domain, company in companies.items():
            cid = str(company["id"])
            owner_id = (company.get("properties") or {}).get("hubspot_owner_id")
            found[domain] = CrmCompany(
                company_id=cid,
                name=str((company.get("properties") or {}).get("name") or ""),
                owner=self._owner(str(owner_id)) if owner_id else None,
                notes=[notes[n] for n in note_ids.get(cid, []) if n in notes],
            )
        return found

    def _search_domains(self, domains: list[str]) -> Iterator[dict[str, Any]]:
        after: str | None = None
        while True:
            body: dict[str, Any] = {
                "filterGroups": [{"filters": [
                    {"propertyName": "domain", "operator": "IN", "values": domains}]}],
                "properties": ["name", "domain", "hubspot_owner_id"],
                "sorts": [{"propertyName": "hs_object_id", "direction": "ASCENDING"}],
                "limit": BATCH,
            }
            if after:
                body["after"] = after
            page = self._call("POST", "/crm/v3/objects/companies/search", json=body)
            yield from page.get("results") or []
            after = ((page.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                return

    def _note_ids(self, company_ids: list[str]) -> dict[str, list[str]]:
        """company id -> its note ids, by v4 associations batch reads (a company with more
        notes than one page holds is asked again with its `after`)."""
        out: dict[str, list[str]] = {c: [] for c in company_ids}
        todo: list[dict[str, str]] = [{"id": c} for c in company_ids]
        while todo:
            batch, todo = todo[:BATCH], todo[BATCH:]
            read = self._call("POST", "/crm/v4/associations/companies/notes/batch/read",
                              json={"inputs": batch})
            for row in read.get("results") or []:
                cid = str((row.get("from") or {}).get("id"))
                out.setdefault(cid, []).extend(str(t.get("toObjectId"))
                                               for t in row.get("to") or [])
                after = ((row.get("paging") or {}).get("next") or {}).get("after")
                if after:
                    todo.append({"id": cid, "after": str(after)})
        return out

    def _read_notes(self, ids: list[str]) -> dict[str, CrmNoteRecord]:
        out: dict[str, CrmNoteRecord] = {}
        for start in range(0, len(ids), BATCH):
            read = self._call("POST", "/crm/v3/objects/notes/batch/read", json={
                "properties": NOTE_PROPERTIES,
                "inputs": [{"id": i} for i in ids[start:start + BATCH]],
            })
            for note in read.get("results") or []:
                props = note.get("properties") or {}
                author = props.get("hubspot_owner_id")
                out[str(note["id"])] = CrmNoteRecord(
                    note_id=str(note["id"]),
                    body=note_text(str(props.get("hs_note_body") or "")),
                    noted_at=str(props.get("hs_timestamp") or note.get("createdAt") or ""),
                    author=(self._owner(str(author)) if author else None) or "HubSpot",
                )
        return out

    def _owner(self, owner_id: str) -> str | None:
        """"First Last <email>" of an owner: the owners are listed once (a page per 500), an
        owner not listed (say, deactivated) is asked for by id."""
        if not self._owners_listed:
            self._owners_listed = True
            after: str | None = None
            while True:
                params: dict[str, Any] = {"limit": 500}
                if after:
                    params["after"] = after
                page = self._call("GET", "/crm/v3/owners", params=params)
                for owner in page.get("results") or []:
                    self._owners[str(owner.get("id"))] = _owner_name(owner)
                after = ((page.get("paging") or {}).get("next") or {}).get("after")
                if not after:
                    break
        if owner_id not in self._owners:
            try:
                owner = self._call("GET", f"/crm/v3/owners/{owner_id}")
                self._owners[owner_id] = _owner_name(owner)
            except LookupError:
                self._owners[owner_id] = None
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


def _owner_name(owner: dict[str, Any]) -> str | None:
    name = " ".join(p for p in (owner.get("firstName"), owner.get("lastName")) if p)
    email = owner.get("email")
    return f"{name} <{email}>" if name and email else name or email or None


def _num(text: str) -> tuple[int, str]:
    return (int(text), "") if text.isdigit() else (0, text)


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

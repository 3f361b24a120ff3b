"""QuickBooks Online Accounting API client for one realm (implements core.ports.QuickBooks)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx

from core.adapters.qbo.faults import QboRetryableError, QboStaleObjectError, classify
from core.adapters.qbo.retry import RetryPolicy, call_with_retry
from core.errors import RetryableError
from core.ports import QboWriteResult

PAGE_SIZE = 1000
_SYSTEM_FIELDS = {"Id", "SyncToken", "sparse"}


class QboClient:
    """Reads page and retry; writes are sparse, idempotent (`requestid`), verified before retry."""

    def __init__(
        self,
        base_url: str,
        realm_id: str,
        token: Callable[[], str] | str,
        http: httpx.Client | None = None,
        minor_version: int = 75,
        *,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.realm_id = realm_id
        self._token = token
        self._owns_http = http is None
        self._http = http or httpx.Client(timeout=httpx.Timeout(30.0, connect=5.0))
        self.minor_version = minor_version
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.calls = 0  # HTTP requests made, retries included (for benchmarks)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> QboClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reads ---------------------------------------------------------------------------

    def query(self, statement: str) -> dict[str, Any]:
        """Run one query statement; returns its `QueryResponse` (retries transient errors)."""

        def once() -> dict[str, Any]:
            body, _ = self._send(
                "POST", "/query", content=statement, content_type="application/text"
            )
            response = body.get("QueryResponse", {})
            return response if isinstance(response, dict) else {}

        return call_with_retry(once, self.retry, self._sleep, self._rng)

    def query_all(self, entity: str, where: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield every matching entity, ordered by Id, paging STARTPOSITION/MAXRESULTS 1000."""
        clause = f" WHERE {where}" if where else ""
        start = 1
        while True:
            page = self.query(
                f"SELECT * FROM {entity}{clause} ORDERBY Id "
                f"STARTPOSITION {start} MAXRESULTS {PAGE_SIZE}"
            )
            rows = page.get(entity, [])
            yield from rows
            if len(rows) < PAGE_SIZE:
                return
            start += PAGE_SIZE

    def count(self, entity: str, where: str | None = None) -> int:
        """Number of matching entities (`SELECT COUNT(*)` → `totalCount`)."""
        clause = f" WHERE {where}" if where else ""
        return int(self.query(f"SELECT COUNT(*) FROM {entity}{clause}").get("totalCount", 0))

    def read(self, entity: str, entity_id: str) -> dict[str, Any]:
        """The current version of one entity; raises QboInactiveReferenceError when absent."""

        def once() -> dict[str, Any]:
            body, _ = self._send("GET", f"/{entity.lower()}/{entity_id}")
            found: dict[str, Any] = body[entity]
            return found

        return call_with_retry(once, self.retry, self._sleep, self._rng)

    # -- writes --------------------------------------------------------------------------

    def sparse_update(
        self, entity: str, fields: Mapping[str, Any], request_id: str
    ) -> QboWriteResult:
        """Sparse-update `fields` (must include Id and SyncToken), idempotent by `request_id`.

        Raises StaleObjectError when the SyncToken is out of date (nothing is overwritten).
        A transient failure is retried only after a read shows the write did not land.
        """
        body = {**fields, "sparse": True}
        return self._write(entity, body, request_id)

    def create(self, entity: str, body: Mapping[str, Any], request_id: str) -> QboWriteResult:
        """Create an entity; `request_id` makes a retried create return the first result."""
        return self._write(entity, dict(body), request_id)

    def _write(self, entity: str, body: dict[str, Any], request_id: str) -> QboWriteResult:
        attempt = 1
        while True:
            try:
                data, tid = self._send(
                    "POST", f"/{entity.lower()}", json_body=body, params={"requestid": request_id}
                )
                return QboWriteResult(entity=data[entity], intuit_tid=tid)
            except RetryableError as exc:
                if attempt >= self.retry.attempts:
                    raise
                self._sleep(self.retry.wait(exc, attempt, self._rng))
                attempt += 1
                if "Id" in body:
                    landed = self._verify(entity, body)
                    if landed is not None:
                        return QboWriteResult(entity=landed, intuit_tid=None)

    def _verify(self, entity: str, body: Mapping[str, Any]) -> dict[str, Any] | None:
        """After an unclear write: the entity if our change landed; raise if someone else wrote."""
        current = self.read(entity, str(body["Id"]))
        sent = str(body.get("SyncToken", ""))
        if current.get("SyncToken") == sent:
            return None  # untouched: safe to send again
        if _carries(current, body):
            return current
        raise QboStaleObjectError(
            f"QuickBooks {entity} {body['Id']} changed (SyncToken {sent} -> "
            f"{current.get('SyncToken')}) while our write was in doubt; re-read and re-propose"
        )

    # -- HTTP ----------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
        content: str | None = None,
        content_type: str | None = None,
    ) -> tuple[dict[str, Any], str | None]:
        token = self._token() if callable(self._token) else self._token
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        if content_type:
            headers["Content-Type"] = content_type
        query = {**(params or {}), "minorversion": str(self.minor_version)}
        url = f"{self.base_url}/v3/company/{self.realm_id}{path}"
        self.calls += 1
        try:
            resp = self._http.request(
                method, url, params=query, headers=headers, json=json_body, content=content
            )
        except httpx.TimeoutException as exc:
            wait = self.retry.faults.server_error_wait
            raise QboRetryableError(f"QuickBooks timed out: {type(exc).__name__}", wait) from None
        except httpx.TransportError as exc:
            wait = self.retry.faults.server_error_wait
            raise QboRetryableError(f"QuickBooks unreachable: {type(exc).__name__}", wait) from None
        error = classify(resp.status_code, resp.headers, resp.text, self.retry.faults)
        if error is not None:
            raise error
        payload: dict[str, Any] = resp.json()
        return payload, resp.headers.get("intuit_tid")


def _carries(current: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """True when `current` already holds every field we sent (PrivateNote: our line is in it)."""
    for key, value in body.items():
        if key in _SYSTEM_FIELDS:
            continue
        have = current.get(key)
        if key == "PrivateNote" and isinstance(value, str) and isinstance(have, str):
            if value.strip().splitlines()[-1:] and value.strip().splitlines()[-1] not in have:
                return False
        elif have != value:
            return False
    return True

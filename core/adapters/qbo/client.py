"""QuickBooks Online Accounting API client for one realm (implements core.ports.QuickBooks)."""

from __future__ import annotations

import hashlib
import logging
import random
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from core.adapters.qbo import batch as b
from core.adapters.qbo import cdc as c
from core.adapters.qbo.faults import QboRetryableError, classify
from core.adapters.qbo.ratelimit import RateLimiter, process_limiters
from core.adapters.qbo.retry import RetryPolicy, call_with_retry
from core.adapters.qbo.writes import (
    Marker,
    WriteKind,
    ids_query,
    judge_landed,
    marker_query,
    verify_write,
)
from core.errors import QbotError, RetryableError, UserFacingError
from core.metrics import Metrics
from core.ports import QboWriteResult

PAGE_SIZE = 1000
MAX_REQUEST_ID = 50  # QuickBooks' limit on `requestid`
# Entities voided by a sparse update with include=void (python-quickbooks VoidMixin does the same).
_VOID_BY_UPDATE = {"Payment", "SalesReceipt", "BillPayment"}
_WRITE_KIND = {"create": WriteKind.CREATE, "update": WriteKind.UPDATE, "delete": WriteKind.DELETE}
log = logging.getLogger("qbot.qbo")
T = TypeVar("T")


class QboClient:
    """Reads page and retry; writes are idempotent (`requestid`) and verified before retry."""

    def __init__(
        self,
        base_url: str,
        realm_id: str,
        token: Callable[[], str] | str | None = None,
        http: httpx.Client | None = None,
        minor_version: int = 75,
        *,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        limiter: RateLimiter | None = None,
        now: Callable[[], datetime] | None = None,
        metrics: Metrics | None = None,
        owns_http: bool | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.realm_id = realm_id
        self._token = token
        # close() closes the http client this one made, or one handed over with owns_http.
        self._owns_http = http is None if owns_http is None else owns_http
        self._http = http or httpx.Client(timeout=httpx.Timeout(120.0, connect=5.0))
        if token is None and self._http.auth is None:
            raise ValueError("QboClient needs a token, or an http client with its own auth")
        self.minor_version = minor_version
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        # One limiter per realm for the whole process unless the caller brings its own.
        self.limiter = limiter or process_limiters().for_realm(realm_id, self.base_url)
        self._now = now or (lambda: datetime.now(UTC))
        self.calls = 0  # HTTP requests made, retries included (for benchmarks)
        self._metrics = metrics

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

        return self._retrying(once)

    def query_all(self, entity: str, where: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield every matching entity, ordered by Id, in pages of 1000: ⌈N/1000⌉ calls.

        The first call is a batch of `COUNT(*)` and page 1, so the pager knows where to stop
        and never spends a call on an empty page after a full one.
        """
        clause = f" WHERE {where}" if where else ""
        select = f"SELECT * FROM {entity}{clause} ORDERBY Id"
        counted, first = self.batch(
            [
                b.BatchItem("query", query=f"SELECT COUNT(*) FROM {entity}{clause}"),
                b.BatchItem("query", query=f"{select} STARTPOSITION 1 MAXRESULTS {PAGE_SIZE}"),
            ]
        )
        for result in (counted, first):
            if result.error is not None:
                raise result.error
        total = int((counted.query_response or {}).get("totalCount", 0))
        rows = (first.query_response or {}).get(entity, [])
        yield from rows
        start = PAGE_SIZE + 1
        while len(rows) == PAGE_SIZE and start <= total:
            page = self.query(f"{select} STARTPOSITION {start} MAXRESULTS {PAGE_SIZE}")
            rows = page.get(entity, [])
            yield from rows
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

        return self._retrying(once)

    def cdc(self, entities: Sequence[str], changed_since: datetime) -> c.CdcResult:
        """Every change to `entities` since `changed_since`, in one call per window.

        QuickBooks caps a response at 1,000 objects (shared by all types) and its CDC takes only
        a start, no end. A capped response covers its oldest objects, so the window is split at
        the last change it returned and the later part asked again until nothing is cut off.
        """
        if changed_since.tzinfo is None:
            raise UserFacingError("CDC changed_since must be timezone-aware")
        if changed_since < self._now() - timedelta(days=c.MAX_DAYS):
            raise UserFacingError(
                f"QuickBooks CDC looks back at most {c.MAX_DAYS} days; {changed_since.isoformat()}"
                " is older: run a full pull (query_all) instead"
            )
        bad = sorted(set(entities) & c.UNSUPPORTED)
        if bad:
            raise UserFacingError(f"QuickBooks CDC does not support {', '.join(bad)}")
        result = c.CdcResult(changed_since=changed_since)
        since = changed_since
        while True:
            page, server_time = self._cdc_once(entities, since)
            result.calls += 1
            result.time = result.time or server_time  # the first answer's time: nothing missed
            for entity, objects in page.items():
                result.merge(entity, objects)
            returned = [o for objects in page.values() for o in objects]
            if len(returned) < c.MAX_OBJECTS:
                return result
            last = max(c.updated_at(o) for o in returned)
            if last <= since:
                raise UserFacingError(
                    f"more than {c.MAX_OBJECTS} QuickBooks changes at {last.isoformat()}: "
                    "CDC cannot page them; run a full pull"
                )
            since = last  # inclusive: ties at `last` are asked again, merge keeps one copy

    def _cdc_once(
        self, entities: Sequence[str], since: datetime
    ) -> tuple[dict[str, list[dict[str, Any]]], str]:
        params = {"entities": ",".join(entities), "changedSince": since.isoformat()}

        def once() -> tuple[dict[str, list[dict[str, Any]]], str]:
            body, _ = self._send("GET", "/cdc", params=params)
            return c.parse_page(body)

        return self._retrying(once)

    # -- writes --------------------------------------------------------------------------

    def sparse_update(
        self, entity: str, fields: Mapping[str, Any], request_id: str
    ) -> QboWriteResult:
        """Sparse-update `fields` (must include Id and SyncToken), idempotent by `request_id`.

        Raises StaleObjectError when the SyncToken is out of date (nothing is overwritten).
        A transient failure is retried only after a read shows the write did not land.
        """
        body = {**fields, "sparse": True}
        return self._write(entity, body, request_id, WriteKind.UPDATE)

    def create(
        self,
        entity: str,
        body: Mapping[str, Any],
        request_id: str,
        *,
        marker: Marker | None = None,
    ) -> QboWriteResult:
        """Create an entity; `request_id` makes a retried create return the first result.

        With `marker` (e.g. `("DocNumber", "INV-7")` or `("PrivateNote", "qbot:approval-9")`)
        an unclear failure is followed by a lookup, so a retry never creates a second copy.
        """
        return self._write(entity, dict(body), request_id, WriteKind.CREATE, marker=marker)

    def delete(
        self, entity: str, entity_id: str, sync_token: str, request_id: str
    ) -> QboWriteResult:
        """Delete a transaction (`operation=delete`); returns the `status: Deleted` stub."""
        body = {"Id": entity_id, "SyncToken": sync_token}
        return self._write(
            entity, body, request_id, WriteKind.DELETE, params={"operation": "delete"}
        )

    def void(self, entity: str, entity_id: str, sync_token: str, request_id: str) -> QboWriteResult:
        """Void: Invoice by `operation=void`; Payment and friends by a sparse include=void."""
        body: dict[str, Any] = {"Id": entity_id, "SyncToken": sync_token}
        if entity in _VOID_BY_UPDATE:
            body["sparse"] = True
            params = {"operation": "update", "include": "void"}
        else:
            params = {"operation": "void"}
        return self._write(entity, body, request_id, WriteKind.VOID, params=params)

    def send_invoice(
        self, invoice_id: str, send_to: str | None = None, *, request_id: str
    ) -> QboWriteResult:
        """E-mail an invoice from QuickBooks (to `send_to`, else its BillEmail)."""
        params = {"requestid": _request_id(request_id)}
        if send_to:
            params["sendTo"] = send_to

        def once() -> QboWriteResult:
            data, tid = self._send(
                "POST",
                f"/invoice/{invoice_id}/send",
                params=params,
                content="",
                content_type="application/octet-stream",
            )
            return QboWriteResult(entity=data["Invoice"], intuit_tid=tid)

        # Same requestid on every attempt: QuickBooks answers a repeat with the first result.
        return self._retrying(once)

    def batch(
        self, items: Sequence[b.BatchItem], request_id: str | None = None
    ) -> list[b.BatchItemResult]:
        """Run items in batches of ≤ 30; one result per item, in order, faults per item.

        A whole batch is retried after a transient failure only when it cannot double-write:
        it carries a `request_id` (chunk n sends `{request_id}-n`) or holds only queries. Its
        writes are verified before any resend, as single writes are (`requestid` alone has
        produced duplicates): one batch of queries looks each up (a create by its `marker`,
        an update by its Id), and only the writes that did not land go again. Items marked
        `in_doubt` (an earlier push's answer was lost) are looked up before the first send.
        """
        results: list[b.BatchItemResult] = []
        for n, chunk in enumerate(b.chunks(items)):
            pairs = [(item.bid or uuid.uuid4().hex[:12], item) for item in chunk]
            writes = any(i.operation != "query" for i in chunk)
            if writes and not request_id:
                results.extend(self._batch_once(pairs, None))
            else:
                results.extend(self._batch_verified(pairs, request_id and f"{request_id}-{n}"))
        return results

    def _batch_verified(
        self, pairs: list[tuple[str, b.BatchItem]], request_id: str | None
    ) -> list[b.BatchItemResult]:
        known: dict[str, b.BatchItemResult] = {}
        doubt = [p for p in pairs if p[1].in_doubt and p[1].operation != "query"]
        todo, attempt = pairs, 1
        while True:
            if doubt:
                known.update(self._landed(doubt))
                todo = [p for p in todo if p[0] not in known]
            if not todo:
                break
            rid = request_id
            if rid and len(todo) < len(pairs):  # a smaller body is a new request
                rid = f"{rid}-" + hashlib.sha256(",".join(x for x, _ in todo).encode()).hexdigest()
            try:
                known.update((r.bid, r) for r in self._batch_once(todo, rid))
                break
            except RetryableError as exc:
                if attempt >= self.retry.attempts:
                    raise
                self._sleep(self.retry.wait(exc, attempt, self._rng))
                attempt += 1
                # A 429 is QuickBooks refusing at the door; a 5xx or a timeout may have landed.
                throttled = isinstance(exc, QboRetryableError) and exc.status == 429
                doubt = [] if throttled else [p for p in todo if p[1].operation != "query"]
        return [known[bid] for bid, _ in pairs]

    def _batch_once(
        self, pairs: Sequence[tuple[str, b.BatchItem]], request_id: str | None
    ) -> list[b.BatchItemResult]:
        params = {"requestid": _request_id(request_id)} if request_id else {}
        data, tid = self._send(
            "POST", "/batch", params=params, json_body=b.request_body(pairs), batch=True
        )
        return b.parse_response(data, pairs, tid, self.retry.faults)

    def _landed(self, pairs: Sequence[tuple[str, b.BatchItem]]) -> dict[str, b.BatchItemResult]:
        """The writes among `pairs` that landed (their entity) or that someone else moved
        past (a StaleObjectError), by bId; one batch of queries (retried: queries are safe):
        one `Id IN (...)` per entity for updates and deletes, one per create's marker."""
        asks: list[tuple[str, b.BatchItem]] = []
        by_entity: dict[str, list[tuple[str, b.BatchItem]]] = {}
        for bid, item in pairs:
            if item.operation != "create":
                by_entity.setdefault(item.entity, []).append((bid, item))
            elif item.marker is not None:  # else nothing to find it by but its requestid
                asks.append(
                    (
                        bid,
                        b.BatchItem("query", query=marker_query(item.entity, item.marker), bid=bid),
                    )
                )
        for n, (entity, group) in enumerate(sorted(by_entity.items())):
            ids = [str(item.body.get("Id", "")) for _, item in group]
            asks.append(
                (f"ids{n}", b.BatchItem("query", query=ids_query(entity, ids), bid=f"ids{n}"))
            )
        if not asks:
            return {}
        answers = {a.bid: a for a in self._retrying(lambda: self._batch_once(asks, None))}
        for answer in answers.values():
            if answer.error is not None:
                raise answer.error
        current: dict[str, dict[str, Any] | None] = {}
        for n, (entity, group) in enumerate(sorted(by_entity.items())):
            rows = (answers[f"ids{n}"].query_response or {}).get(entity) or []
            by_id = {str(r.get("Id")): dict(r) for r in rows}
            current.update({bid: by_id.get(str(item.body.get("Id", ""))) for bid, item in group})
        for bid, item in pairs:
            if item.operation == "create" and bid in answers:
                rows = (answers[bid].query_response or {}).get(item.entity) or []
                current[bid] = dict(rows[0]) if rows else None
        found: dict[str, b.BatchItemResult] = {}
        for bid, item in pairs:
            if bid not in current:
                continue
            try:
                landed = judge_landed(
                    item.entity, item.body, _WRITE_KIND[item.operation], current[bid], item.marker
                )
            except QbotError as exc:
                found[bid] = b.BatchItemResult(bid, item, error=exc)
                continue
            if landed is not None:
                found[bid] = b.BatchItemResult(bid, item, entity=landed)
        return found

    def _write(
        self,
        entity: str,
        body: dict[str, Any],
        request_id: str,
        kind: WriteKind,
        *,
        params: Mapping[str, str] | None = None,
        marker: Marker | None = None,
    ) -> QboWriteResult:
        query = {**(params or {}), "requestid": _request_id(request_id)}
        attempt = 1
        while True:
            try:
                data, tid = self._send("POST", f"/{entity.lower()}", params=query, json_body=body)
                return QboWriteResult(entity=data[entity], intuit_tid=tid)
            except RetryableError as exc:
                if attempt >= self.retry.attempts:
                    raise
                self._sleep(self.retry.wait(exc, attempt, self._rng))
                attempt += 1
                landed = verify_write(self, entity, body, kind, marker)
                if landed is not None:
                    return QboWriteResult(entity=landed, intuit_tid=None)

    # -- HTTP ----------------------------------------------------------------------------

    def _retrying(self, fn: Callable[[], T]) -> T:
        return call_with_retry(fn, self.retry, self._sleep, self._rng)

    def _observe_status(self, status: str) -> None:
        if self._metrics is not None:
            self._metrics.qbo_calls.labels(status=status).inc()

    def _observe_wait(self, seconds: float) -> None:
        if self._metrics is not None and seconds > 0:
            self._metrics.qbo_rate_limit_wait.inc(seconds)
            self._metrics.qbo_rate_limit_waits.inc()

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
        content: str | None = None,
        content_type: str | None = None,
        batch: bool = False,
    ) -> tuple[dict[str, Any], str | None]:
        headers = {"Accept": "application/json"}
        if self._token is not None:
            # Without a token, the http client's own auth (QboBearerAuth) sets the bearer.
            token = self._token() if callable(self._token) else self._token
            headers["Authorization"] = f"Bearer {token}"
        if content_type:
            headers["Content-Type"] = content_type
        query = {**(params or {}), "minorversion": str(self.minor_version)}
        url = f"{self.base_url}/v3/company/{self.realm_id}{path}"
        with self.limiter.slot(batch=batch) as waited:
            self._observe_wait(waited)
            self.calls += 1
            started = time.perf_counter()
            try:
                resp = self._http.request(
                    method, url, params=query, headers=headers, json=json_body, content=content
                )
            except httpx.TransportError as exc:
                self._observe_status(type(exc).__name__)
                ms = (time.perf_counter() - started) * 1000
                log.warning("%s %s failed %s tid=- %.0fms", method, path, type(exc).__name__, ms)
                wait = self.retry.faults.server_error_wait
                what = "timed out" if isinstance(exc, httpx.TimeoutException) else "unreachable"
                raise QboRetryableError(f"QuickBooks {what}: {type(exc).__name__}", wait) from None
        self._observe_status(str(resp.status_code))
        tid = resp.headers.get("intuit_tid")
        ms = (time.perf_counter() - started) * 1000
        log.info("%s %s %s tid=%s %.0fms", method, path, resp.status_code, tid, ms)
        error = classify(resp.status_code, resp.headers, resp.text, self.retry.faults)
        if error is not None:
            if resp.status_code == 429 and isinstance(error, RetryableError):
                self.limiter.pause(error.retry_after)  # the whole realm backs off, not just us
            raise error
        payload: dict[str, Any] = resp.json()
        return payload, tid


def _request_id(request_id: str) -> str:
    """A `requestid` QuickBooks accepts (≤ 50 chars), stable for the same input."""
    if len(request_id) <= MAX_REQUEST_ID:
        return request_id
    return f"{request_id[:17]}-{uuid.uuid5(uuid.NAMESPACE_URL, request_id).hex}"

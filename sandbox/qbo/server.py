"""The QuickBooks Online simulator: a real HTTP server (Starlette + uvicorn) over a company."""

from __future__ import annotations

import asyncio
import copy
import json
import random
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sandbox.loopback import bound_socket
from sandbox.qbo import bulk, oauth, webhooks
from sandbox.qbo import responses as r
from sandbox.qbo.company import SampleCompany, load_company
from sandbox.qbo.query import QueryError
from sandbox.qbo.store import Ledger, StoreFault

Handler = Callable[[Request, bytes, str], tuple[int, dict[str, Any]] | Response]
ChangeListener = Callable[[str, dict[str, Any], str], None]
# Faults a test or bench can inject: a status answered before anything is done (429, 500,
# 503), or one of these, after the request was carried out: LOST answers 504 in place of the
# result, TIMEOUT holds the result back `hang_seconds` (past the client's read timeout).
LOST, TIMEOUT = "lost", "timeout"
Fault = int | str
BEFORE = (429, 500, 503)  # what `fault_rate` draws from unless told otherwise


class QboSimulator:
    """One realm of QuickBooks Online on loopback, with fault injection and a request log."""

    def __init__(
        self,
        company: SampleCompany | None = None,
        latency_ms: int = 0,
        fault_rate: float = 0.0,
        seed: int = 0,
        *,
        throttle: tuple[int, int] | None = (10, 500),
        clock: Callable[[], datetime] | None = None,
        max_concurrent: int = 10,
        batch_per_minute: int = 40,
        fault_kinds: tuple[Fault, ...] = BEFORE,
        hang_seconds: float = 3.0,
    ) -> None:
        """`throttle` is (requests per second, requests per minute) per realm; None disables it
        together with the concurrency (`max_concurrent`) and batch (`batch_per_minute`) limits.
        `fault_rate` of the app's requests get a fault drawn from `fault_kinds` (LOST and
        TIMEOUT happen after the request was carried out: the write landed, its answer did not).
        """
        self.company = company or load_company()
        self.realm_id = self.company.realm_id
        self.latency_ms = latency_ms
        self.fault_rate = fault_rate
        self.fault_kinds = fault_kinds
        self.hang_seconds = hang_seconds
        self.throttle = throttle
        self.max_concurrent = max_concurrent
        self.batch_per_minute = batch_per_minute
        self._in_flight = 0
        self._batch_hits: deque[float] = deque()
        self._rng = random.Random(seed)
        tok = random.Random(f"qbo-sim-{seed}")
        self.access_token = "sim-at-" + "".join(tok.choices("abcdef0123456789", k=32))
        # A person working in QuickBooks itself (sandbox.qbo.user_edits): the same REST API,
        # but not our app's traffic, so neither its throttle nor its injected faults apply.
        self.user_token = "sim-user-" + "".join(tok.choices("abcdef0123456789", k=32))
        self.client_id = "sim-client-" + "".join(tok.choices("ABCDEFGHJKLMNPQRSTUVWXYZ", k=12))
        self.client_secret = secrets.token_hex(16)
        tz = ZoneInfo(self.company.timezone)
        self._clock = clock or (lambda: datetime.now(tz))
        self._lock = threading.Lock()
        self.ledger = Ledger(self.company.entities(), self._clock, self.company.home_currency)
        self._requests: list[dict[str, Any]] = []
        self._idempotent: dict[str, tuple[int, dict[str, Any]]] = {}
        self._forced: deque[Fault] = deque()
        self._hits: deque[float] = deque()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.app = Starlette(
            routes=[
                Route("/_sim/requests", self._sim_requests, methods=["GET"]),
                Route(
                    "/v3/company/{realm}/query", self._wrap(self._query), methods=["GET", "POST"]
                ),
                Route("/v3/company/{realm}/batch", self._wrap(self._batch), methods=["POST"]),
                Route("/v3/company/{realm}/cdc", self._wrap(self._cdc), methods=["GET"]),
                Route(
                    "/v3/company/{realm}/invoice/{eid}/send",
                    self._wrap(self._send_invoice),
                    methods=["POST"],
                ),
                Route(
                    "/v3/company/{realm}/invoice/{eid}/pdf", self._wrap(self._pdf), methods=["GET"]
                ),
                Route(
                    "/v3/company/{realm}/{entity}/{eid}", self._wrap(self._read), methods=["GET"]
                ),
                Route("/v3/company/{realm}/{entity}", self._wrap(self._write), methods=["POST"]),
            ]
        )
        # Called after every successful write, under the lock: (kind, entity, operation).
        self._change_listeners: list[ChangeListener] = []
        oauth.install(self)
        webhooks.install(self)

    def on_change(self, listener: ChangeListener) -> None:
        """Call `listener(kind, entity, operation)` after every write (Create, Update, ...)."""
        self._change_listeners.append(listener)

    # -- test and demo API -------------------------------------------------------------------

    @property
    def requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._requests)

    def entity(self, kind: str, entity_id: str) -> dict[str, Any]:
        """The current stored copy of one entity (raises KeyError if absent)."""
        with self._lock:
            try:
                return copy.deepcopy(self.ledger.get(kind, entity_id))
            except StoreFault:
                raise KeyError(f"{kind} {entity_id}") from None

    def inject_faults(self, *faults: Fault) -> None:
        """Give the next API requests of the app these faults, in order: a status (429, 500,
        503) answered instead of doing anything, or LOST / TIMEOUT after doing it."""
        with self._lock:
            self._forced.extend(faults)

    def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Serve in a background thread; returns once listening (`base_url` is then set)."""
        sock = bound_socket(host, port)
        self.base_url = f"http://{host}:{sock.getsockname()[1]}"
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="qbo-sim", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("QuickBooks simulator did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None

    # -- HTTP plumbing -----------------------------------------------------------------------

    async def _sim_requests(self, request: Request) -> Response:
        return JSONResponse({"requests": self.requests})

    def _wrap(self, handler: Handler) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            body = await request.body()
            tid = r.new_tid()
            user = self._is_user(request)
            response, after = (None, None) if user else await self._gate(request, tid)
            if response is None:
                try:
                    if self.latency_ms and not user:
                        await asyncio.sleep(self.latency_ms / 1000)
                    with self._lock:
                        response = self._dispatch(handler, request, body, tid)
                    if after == TIMEOUT:
                        await asyncio.sleep(self.hang_seconds)
                finally:
                    if not user:
                        with self._lock:
                            self._in_flight -= 1
            if after == LOST:
                response = Response("Gateway Timeout", status_code=504, headers={"intuit_tid": tid})
            self._record(request, body, response.status_code, tid, after, user)
            return response

        return endpoint

    def _is_user(self, request: Request) -> bool:
        return request.headers.get("authorization", "") == f"Bearer {self.user_token}" and (
            request.path_params.get("realm") == self.realm_id
        )

    async def _gate(self, request: Request, tid: str) -> tuple[Response | None, Fault | None]:
        """Auth, realm, throttle and injected faults, in the order QuickBooks applies them:
        an answer instead of the request, or None and the fault to apply after it."""
        now = self._clock()
        if not oauth.bearer_ok(self, request.headers.get("authorization", "")):
            return r.json_response(401, r.auth_fault(now), tid), None
        if request.path_params.get("realm") != self.realm_id:
            fault = r.fault_json(
                now,
                "3100",
                "ApplicationAuthorizationFailed",
                "message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403",
                fault_type="AuthorizationFault",
            )
            return r.json_response(403, fault, tid), None
        with self._lock:
            if self._throttled(request.url.path.endswith("/batch")):
                return r.xml_response(429, r.throttle_xml(now), tid), None
            forced = self._forced.popleft() if self._forced else None
            if forced is None and self.fault_rate and self._rng.random() < self.fault_rate:
                forced = self._rng.choice(self.fault_kinds)
            if isinstance(forced, int) and forced:
                return r.injected_fault(forced, now, tid), None
            self._in_flight += 1  # released by the endpoint once answered
        return None, forced

    def _throttled(self, batch: bool) -> bool:
        """Over 10/s, 500/min, 10 in flight or 40 batch/min: QuickBooks answers 429."""
        if self.throttle is None:
            return False
        per_second, per_minute = self.throttle
        t = time.monotonic()
        for hits in (self._hits, self._batch_hits):
            while hits and t - hits[0] > 60:
                hits.popleft()
        last_second = sum(1 for h in self._hits if t - h <= 1)
        if last_second >= per_second or len(self._hits) >= per_minute:
            return True
        if self._in_flight >= self.max_concurrent:
            return True
        if batch and len(self._batch_hits) >= self.batch_per_minute:
            return True
        self._hits.append(t)
        if batch:
            self._batch_hits.append(t)
        return False

    def _dispatch(self, handler: Handler, request: Request, body: bytes, tid: str) -> Response:
        now = self._clock()
        try:
            answer = handler(request, body, tid)
            if isinstance(answer, Response):
                return answer
            status, payload = answer
        except StoreFault as f:
            status, payload = f.status, r.fault_json(now, f.code, f.message, f.detail, f.element)
        except QueryError as q:
            if "json" not in request.headers.get("accept", ""):
                xml = r.fault_xml(now, "ValidationFault", "4001", "Invalid query", q.detail)
                return r.xml_response(400, xml, tid)
            status, payload = 400, r.fault_json(now, "4001", "Invalid query", q.detail)
        payload.setdefault("time", r.server_time(now))
        return r.json_response(status, payload, tid)

    def _record(
        self,
        request: Request,
        body: bytes,
        status: int,
        tid: str,
        after: Fault | None = None,
        user: bool = False,
    ) -> None:
        text = body.decode("utf-8", "replace")
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = None
        entry = {
            "method": request.method,
            "path": request.url.path,
            "query": dict(request.query_params),
            # Never the Authorization header: the log is served unauthenticated.
            "headers": {
                k: request.headers[k] for k in ("accept", "content-type") if k in request.headers
            },
            "status": status,
            "json": parsed,
            "body": text,
            "intuit_tid": tid,
            # Carried out, but its answer was lost or held back past the client's timeout.
            "fault_after": after,
            "by_user": user,  # a person in QuickBooks, not our app
        }
        with self._lock:
            self._requests.append(entry)

    # -- API handlers (run under the lock) ---------------------------------------------------

    def _query(self, request: Request, body: bytes, tid: str) -> tuple[int, dict[str, Any]]:
        text = request.query_params.get("query") or body.decode("utf-8")
        return 200, {"QueryResponse": bulk.query_response(self.ledger, text)}

    def _notify(self, kind: str, entity: dict[str, Any], operation: str) -> None:
        for listener in self._change_listeners:
            listener(kind, copy.deepcopy(entity), operation)

    def _remembered(self, request: Request) -> tuple[int, dict[str, Any]] | None:
        request_id = request.query_params.get("requestid")
        if request_id and request_id in self._idempotent:
            status, payload = self._idempotent[request_id]
            return status, copy.deepcopy(payload)
        return None

    def _remember(self, request: Request, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        request_id = request.query_params.get("requestid")
        if request_id:
            self._idempotent[request_id] = (200, copy.deepcopy(payload))
        return 200, payload

    def _batch(self, request: Request, body: bytes, tid: str) -> tuple[int, dict[str, Any]]:
        seen = self._remembered(request)
        if seen:
            return seen
        return self._remember(request, bulk.batch(self.ledger, body, self._notify))

    def _cdc(self, request: Request, body: bytes, tid: str) -> tuple[int, dict[str, Any]]:
        q = request.query_params
        return 200, bulk.cdc(
            self.ledger, q.get("entities", ""), q.get("changedSince", ""), self._clock()
        )

    def _send_invoice(self, request: Request, body: bytes, tid: str) -> tuple[int, dict[str, Any]]:
        seen = self._remembered(request)
        if seen:
            return seen
        eid = request.path_params["eid"]
        inv = bulk.send_invoice(self.ledger, eid, request.query_params.get("sendTo"), self._clock())
        self._notify("Invoice", inv, "Emailed")
        return self._remember(request, {"Invoice": copy.deepcopy(inv)})

    def _pdf(self, request: Request, body: bytes, tid: str) -> Response:
        inv = self.ledger.get("Invoice", request.path_params["eid"])
        pdf = r.tiny_pdf(f"Invoice {inv.get('DocNumber', inv['Id'])}")
        return Response(pdf, media_type="application/pdf", headers={"intuit_tid": tid})

    def _read(self, request: Request, body: bytes, tid: str) -> tuple[int, dict[str, Any]]:
        kind = self.ledger.kind(request.path_params["entity"])
        eid = request.path_params["eid"]
        if kind == "CompanyInfo" and eid == self.realm_id:
            eid = self.company.company_info["Id"]
        return 200, {kind: copy.deepcopy(self.ledger.get(kind, eid))}

    def _write(self, request: Request, body: bytes, tid: str) -> tuple[int, dict[str, Any]]:
        seen = self._remembered(request)
        if seen:
            return seen
        kind = self.ledger.kind(request.path_params["entity"])
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            raise StoreFault(
                400, "2500", "Invalid Request", "Request body is not valid JSON"
            ) from None
        op = request.query_params.get("operation", "").lower()
        include = request.query_params.get("include", "").lower()
        if op == "update" and include != "void" and not data.get("Id"):
            raise StoreFault(400, "2020", "Required param missing", "Id is required", "Id")
        entity, operation = bulk.write(self.ledger, kind, op, include, data)
        self._notify(kind, entity, operation)
        payload = {kind: copy.deepcopy(entity), "time": r.server_time(self._clock())}
        return self._remember(request, payload)

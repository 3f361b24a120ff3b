"""POST /qbo/webhook: verify the signature, store every event durably, then answer 200."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from core.adapters import queue
from core.bootstrap import Services
from core.domain.webhook_events import (
    MalformedNotification,
    WebhookEvent,
    parse_notification,
    signature_ok,
)
from core.jobs import REALM_EVENTS
from core.services.event_inbox import record_events

log = logging.getLogger(__name__)
MAX_WEBHOOK_BODY = 1_000_000  # Intuit caps a CloudEvents notification at ~1 MB


class _TooLarge(Exception):
    pass


async def _read_capped(request: Request, cap: int) -> bytes:
    """The raw body, refusing more than `cap` bytes whatever Content-Length claims."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise _TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


class _GroupCommit:
    """Stores the events of concurrent deliveries in one transaction, then answers them all.

    Why: the database has one writer at a time (SQLite always); a transaction per delivery
    queues every request on that lock. Requests that arrive while a batch commits join the
    next one, so throughput grows with load while each 200 still follows its own commit.
    """

    def __init__(self, store_many: Callable[[list[list[WebhookEvent]]], list[int]]) -> None:
        self._store_many = store_many
        self._pending: list[tuple[list[WebhookEvent], asyncio.Future[int]]] = []
        self._task: asyncio.Task[None] | None = None

    async def submit(self, events: list[WebhookEvent]) -> int:
        """Return how many of `events` were new, once they are committed."""
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending.append((events, future))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                counts = await run_in_threadpool(self._store_many, [e for e, _ in batch])
            except Exception as exc:  # every request of the batch learns it was not stored
                for _, future in batch:
                    if not future.done():  # a sender that hung up has nobody to tell
                        future.set_exception(exc)
                continue
            for (_, future), count in zip(batch, counts, strict=True):
                if not future.done():
                    future.set_result(count)


def routes(services: Services, on_stored: Callable[[int], None] | None = None) -> list[BaseRoute]:
    """The webhook routes; `on_stored(n)` is called after new events are saved (kick a worker)."""

    def store_many(batches: list[list[WebhookEvent]]) -> list[int]:
        now = services.clock.now()
        with services.uow.session() as session:
            stored = [record_events(session, events, now) for events in batches]
            # Same transaction: the events and the job that processes them land together.
            # One job per realm per second is plenty; the job drains everything pending.
            for realm in {e.realm_id for events in batches for e in events}:
                queue.enqueue(
                    session,
                    REALM_EVENTS,
                    {"realm_id": realm},
                    now,
                    dedupe_key=f"realm-events:{realm}:{int(now.timestamp())}",
                )
            return stored

    writer = _GroupCommit(store_many)

    async def qbo_webhook(request: Request) -> Response:
        token = services.settings.qbo_webhook_verifier_token
        if token is None:
            log.error("QBO_WEBHOOK_VERIFIER_TOKEN is not set: refusing QuickBooks webhooks (503)")
            return JSONResponse({"error": "webhook verifier token not configured"}, 503)
        try:
            body = await _read_capped(request, MAX_WEBHOOK_BODY)
        except _TooLarge:
            return JSONResponse({"error": "payload too large"}, 413)
        except ClientDisconnect:
            return Response(status_code=400)
        # Verify the raw bytes before parsing anything: unsigned input never reaches json.
        if not signature_ok(
            body, request.headers.get("intuit-signature"), token.get_secret_value()
        ):
            return JSONResponse({"error": "bad signature"}, 401)
        try:
            events = parse_notification(body)
        except MalformedNotification as exc:
            return JSONResponse({"error": str(exc)}, 400)
        stored = await writer.submit(events) if events else 0
        if stored and on_stored is not None:
            on_stored(stored)
        return JSONResponse({"received": len(events), "stored": stored})

    return [Route("/qbo/webhook", qbo_webhook, methods=["POST"])]

"""POST /qbo/webhook: verify the signature, store every event durably, then answer 200."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from bot.request_body import BodyTooLarge, read_capped
from core.bootstrap import Services
from core.domain.webhook_events import MalformedNotification, parse_notification, signature_ok
from core.services.inbox_writer import InboxUnavailable, InboxWriter

log = logging.getLogger(__name__)
MAX_WEBHOOK_BODY = 1_000_000  # Intuit caps a CloudEvents notification at ~1 MB


WEBHOOK_PATH = "/qbo/webhook"


def endpoint(services: Services, writer: InboxWriter) -> Callable[[Request], Awaitable[Response]]:
    """The webhook's endpoint; `writer` stores each delivery's events before its 200."""

    deliveries = services.metrics.webhook_deliveries

    async def qbo_webhook(request: Request) -> Response:
        response = await _answer(request)
        # refused: signature or shape (4xx); not_stored: 503, Intuit delivers again.
        result = "stored" if response.status_code == 200 else (
            "not_stored" if response.status_code >= 500 else "refused"
        )
        deliveries.labels(result=result).inc()
        return response

    async def _answer(request: Request) -> Response:
        arrived = time.monotonic()  # Intuit's 3 s run from here, not from the writer's queue
        token = services.settings.qbo_webhook_verifier_token
        if token is None:
            log.error("QBO_WEBHOOK_VERIFIER_TOKEN is not set: refusing QuickBooks webhooks (503)")
            return JSONResponse({"error": "webhook verifier token not configured"}, 503)
        try:
            body = await read_capped(request, MAX_WEBHOOK_BODY)
        except BodyTooLarge:
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
        try:
            stored = await writer.submit(events, arrived) if events else 0
        except InboxUnavailable as exc:
            # Not a 200: Intuit delivers again later, and the dedupe key makes that safe.
            log.error("QuickBooks webhook not stored (answering 503): %s", exc)
            return JSONResponse({"error": "events not stored; deliver again"}, 503)
        return JSONResponse({"received": len(events), "stored": stored})

    return qbo_webhook

"""HTTP routes (Starlette): Slack events via bolt, QuickBooks webhooks, health and metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from slack_bolt import App, BoltRequest
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import oauth_routes
from bot.hot_route import HotRoute
from bot.request_body import BodyTooLarge, read_capped
from bot.webhooks import qbo as qbo_webhook
from core.bootstrap import Services
from core.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from core.services.inbox_writer import InboxWriter

MAX_SLACK_BODY = 1_000_000


def create_web(services: Services, bolt: App, *, start_inbox_writer: bool = False) -> HotRoute:
    """Build the ASGI app; the sync bolt App runs in a worker thread, never on the event loop.

    POST /qbo/webhook is answered ahead of Starlette's middleware (see bot.hot_route).
    `start_inbox_writer`: start the webhook's writer process (core.services.inbox_writer)
    with the app, as `qbot web` and `qbot serve` do; otherwise (the demo, tests of other
    routes) the first delivery starts it, and may be refused (503) while it does.
    """

    async def slack_events(request: Request) -> Response:
        try:
            body = await read_capped(request, MAX_SLACK_BODY)
        except BodyTooLarge:
            return JSONResponse({"error": "payload too large"}, status_code=413)
        except ClientDisconnect:
            return Response(status_code=400)
        bolt_request = BoltRequest(
            body=body.decode("utf-8", errors="replace"),
            query=request.url.query,
            headers=dict(request.headers),
        )
        result = await run_in_threadpool(bolt.dispatch, bolt_request)
        return Response(
            content=result.body,
            status_code=result.status,
            headers={k: v[0] for k, v in result.headers.items() if v},
        )

    def _db_ok() -> bool:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True

    async def healthz(request: Request) -> Response:
        try:
            await run_in_threadpool(_db_ok)
        except Exception as exc:
            return JSONResponse({"ok": False, "database": type(exc).__name__}, status_code=503)
        return JSONResponse({"ok": True})

    async def metrics(request: Request) -> Response:
        # The database gauges are read at scrape time: off the event loop.
        body = await run_in_threadpool(services.metrics.render)
        return Response(body, media_type=METRICS_CONTENT_TYPE)

    # The webhook's events are written by a child process (see core.services.inbox_writer).
    writer = InboxWriter(services.engine.url.render_as_string(hide_password=False), services.clock)
    webhook = qbo_webhook.endpoint(services, writer)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if start_inbox_writer:
            await writer.start()
        try:
            yield
        finally:
            writer.close()

    web = Starlette(
        lifespan=lifespan,
        routes=[
            Route("/slack/events", slack_events, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
            Route(qbo_webhook.WEBHOOK_PATH, webhook, methods=["POST"]),
            *oauth_routes.routes(services),
        ],
    )
    web.state.inbox_writer = writer
    return HotRoute(web, qbo_webhook.WEBHOOK_PATH, webhook)

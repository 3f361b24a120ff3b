"""HTTP routes (Starlette): Slack events via bolt, QuickBooks webhooks, health and metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from slack_bolt import App
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import oauth_routes, slack_install
from bot.hot_route import HotRoute
from bot.slack_http import MAX_SLACK_BODY, SlackEndpoint
from bot.slack_token import SlackTokenCheck, TokenState
from bot.webhooks import qbo as qbo_webhook
from core.bootstrap import Services
from core.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from core.services.inbox_writer import InboxWriter

__all__ = ["MAX_SLACK_BODY", "create_web"]


def create_web(
    services: Services,
    bolt: App,
    *,
    start_inbox_writer: bool = False,
    signing_secret: str | None = None,
    slack_token: SlackTokenCheck | None = None,
) -> HotRoute:
    """Build the ASGI app; the sync bolt App runs in a worker thread, never on the event loop.

    POST /qbo/webhook is answered ahead of Starlette's middleware (see bot.hot_route).
    `start_inbox_writer`: start the webhook's writer process (core.services.inbox_writer)
    with the app, as `qbot web` and `qbot serve` do; otherwise (the demo, tests of other
    routes) the first delivery starts it, and may be refused (503) while it does.
    `signing_secret`: the one `bolt` was built with (default SLACK_SIGNING_SECRET;
    without one every Slack request is refused).
    `slack_token`: the check still under way (`qbot web`); None when bolt verified it.
    """
    slack = SlackEndpoint(services, bolt, _signing_secret(services, signing_secret), slack_token)

    def _db_ok() -> bool:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True

    async def healthz(request: Request) -> Response:
        # Slack's state is reported, but only the database decides `ok`: webhooks and
        # health checks are served while Slack is unreachable
        state = slack_token.state if slack_token is not None else TokenState.VERIFIED
        try:
            await run_in_threadpool(_db_ok)
        except Exception as exc:
            body = {"ok": False, "database": type(exc).__name__, "slack": state.value}
            return JSONResponse(body, status_code=503)
        return JSONResponse({"ok": True, "slack": state.value})

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
            Route("/slack/events", slack.answer, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
            Route(qbo_webhook.WEBHOOK_PATH, webhook, methods=["POST"]),
            *oauth_routes.routes(services),
            *slack_install.routes(bolt),  # OAuth mode only: /slack/install, /slack/oauth_redirect
        ],
    )
    web.state.inbox_writer = writer
    return HotRoute(web, qbo_webhook.WEBHOOK_PATH, webhook)


def _signing_secret(services: Services, given: str | None) -> str | None:
    secret = services.settings.slack_signing_secret
    return given or (secret.get_secret_value() if secret is not None else None)

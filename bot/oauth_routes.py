"""GET /qbo/connect and GET /qbo/callback: the QuickBooks OAuth round trip."""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from core.adapters.crypto import TokenCipher
from core.adapters.qbo.auth import InvalidGrantError, QboOAuth
from core.adapters.qbo.client import QboClient
from core.bootstrap import PRODUCTION_QBO, SANDBOX_QBO, Services
from core.domain.authority import Act
from core.errors import QbotError, UserFacingError
from core.ports import Clock
from core.services import permissions
from core.services.connections import ConnectionService, ConnectionView
from core.services.permissions import Attempt
from core.services.uow import UnitOfWork
from core.settings import Settings

log = logging.getLogger(__name__)
CONNECT_PATH = "/qbo/connect"
CALLBACK_PATH = "/qbo/callback"


def company_info_reader(settings: Settings) -> Callable[[str, str], dict[str, Any]]:
    """Reads CompanyInfo with a fresh access token (for the company's name on connect)."""
    base = settings.qbo_base_url or (
        PRODUCTION_QBO if settings.qbo_environment == "production" else SANDBOX_QBO
    )

    def read(realm_id: str, access_token: str) -> dict[str, Any]:
        with QboClient(base, realm_id, access_token) as client:
            return client.read("CompanyInfo", realm_id)

    return read


def connection_service(
    settings: Settings, uow: UnitOfWork, clock: Clock, redirect_uri: str | None = None
) -> ConnectionService:
    """A ConnectionService for the connect round trip (the web routes, `qbot connect`): it
    reads the company's name on connect. Raises ConfigurationError naming a missing setting."""
    keys = settings.token_keys.get_secret_value() if settings.token_keys else None
    return ConnectionService(
        uow,
        clock,
        TokenCipher.from_setting(keys),
        QboOAuth.from_settings(settings, redirect_uri),
        company_info=company_info_reader(settings),
    )


def _service(services: Services) -> ConnectionService:
    return connection_service(services.settings, services.uow, services.clock)


def connect_link(
    services: Services,
    slack_user_id: str | None,
    slack_team_id: str | None,
    slack_channel_id: str | None = None,
) -> str:
    """Our /qbo/connect URL carrying a new state bound to this Slack user and workspace, and
    to the channel it was asked from (the company's cards go there once connected).

    Only a role RULES allows to connect gets one: anyone else (or a request naming nobody)
    gets NotAuthorizedError, audited with who tried, and no state is minted. Raises
    ConfigurationError when QuickBooks connecting is not set up.
    """
    attempt = Attempt(Act.CONNECT, slack_user_id, slack_team_id, subject="qbo connect link")
    permissions.check(services.uow, services.clock, services.approvers, attempt)
    assert slack_user_id  # check() refuses a request that names nobody
    state = _service(services).new_state(slack_user_id, slack_team_id, slack_channel_id)
    public = services.settings.public_url.rstrip("/")
    return f"{public}{CONNECT_PATH}?{urlencode({'state': state})}"


def page(title: str, message: str, status: int = 200) -> HTMLResponse:
    """A small self-contained HTML answer for the browser that came back from Intuit."""
    body = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body style='font-family:sans-serif'>"
        f"<h1>{escape(title)}</h1><p>{escape(message)}</p></body></html>"
    )
    return HTMLResponse(body, status_code=status)


def connected_page(view: ConnectionView) -> HTMLResponse:
    name = view.company_name or f"realm {view.realm_id}"
    return page(
        f"Connected {name}",
        f"qbot can now work with {name} (realm {view.realm_id}). You can close this tab.",
    )


def complete_callback(
    service: ConnectionService, request: Request
) -> tuple[ConnectionView | None, Response]:
    """Handle Intuit's redirect: the stored connection (or None) and the page to show.

    Runs in a worker thread: it calls Intuit and the database."""
    q = request.query_params
    if q.get("error"):
        return None, page("Not connected", f"Intuit said: {q.get('error')}. Start again.", 400)
    code, state, realm = q.get("code", ""), q.get("state", ""), q.get("realmId", "")
    if not (code and state and realm):
        return None, page("Not connected", "The callback lacks code, state or realmId.", 400)
    try:
        view = service.complete(code, state, realm)
    except InvalidGrantError:
        return None, page("Not connected", "Intuit refused the authorization code.", 400)
    except UserFacingError as exc:
        return None, page("Not connected", str(exc), 400)
    except QbotError as exc:
        log.warning("QuickBooks connect failed: %s", type(exc).__name__)
        return None, page("Not connected", "Intuit could not be reached. Try again shortly.", 502)
    return view, connected_page(view)


def routes(services: Services) -> list[BaseRoute]:
    """The OAuth routes to mount on the web app."""

    async def connect(request: Request) -> Response:
        state = request.query_params.get("state", "")
        try:
            service = _service(services)
            url = await run_in_threadpool(service.consent_url, state)
        except UserFacingError as exc:
            return page("Cannot connect", str(exc), 400)
        return RedirectResponse(url, status_code=302)

    async def callback(request: Request) -> Response:
        try:
            service = _service(services)
        except UserFacingError as exc:
            return page("Cannot connect", str(exc), 400)
        _, response = await run_in_threadpool(complete_callback, service, request)
        return response

    return [
        Route(CONNECT_PATH, connect, methods=["GET"]),
        Route(CALLBACK_PATH, callback, methods=["GET"]),
    ]

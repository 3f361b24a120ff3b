"""GET /slack/install and GET /slack/oauth_redirect: qbot installed in any workspace (OAuth mode).

bolt's own OAuth flow does the work (OAuthSettings, its state cookie and state check, the
`oauth.v2.access` exchange, `auth.test` of the new token); qbot gives it the installation and
state stores on its own database (core.services.slack_installs) and its own pages, so a
forged, replayed or expired state, a cancelled consent or a store that is down is a clear page
with a 4xx or 503, never a 500. OAuth mode is on when SLACK_CLIENT_ID and SLACK_CLIENT_SECRET
are set; otherwise SLACK_BOT_TOKEN serves one workspace, as before.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from urllib.parse import urlencode

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.oauth.state_utils import OAuthStateUtils
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from bot.oauth_routes import page
from core.adapters.crypto import TokenCipher
from core.bootstrap import Services
from core.services.slack_installs import STATE_TTL, InstallationRecords, InstallStates
from core.settings import Settings

log = logging.getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
# Exactly manifest.yml's bot scopes (tests/unit/test_manifest.py checks both agree).
BOT_SCOPES = ("chat:write", "commands", "channels:history", "groups:history", "files:write",
              "im:write")
START_AGAIN = f"Start again from {INSTALL_PATH}."
_TEAM_ID = re.compile(r"T[A-Z0-9]{2,31}")

# bolt's failure reasons, as the person who clicked "Allow" should read them.
_FAILURES: dict[str, tuple[int, str]] = {
    "access_denied": (200, "The install was cancelled in Slack; nothing was installed."),
    "invalid_browser": (
        400,
        "This install was started in another browser (its cookie is missing). " + START_AGAIN,
    ),
    "invalid_state": (
        400,
        "This install link is not ours, was already used, or expired (10 minutes). "
        + START_AGAIN,
    ),
    "missing_code": (400, "Slack's answer carries no authorization code. " + START_AGAIN),
    "invalid_code": (400, "Slack refused the authorization code. " + START_AGAIN),
    "storage_error": (503, "qbot could not store the install. Try again shortly."),
}


class _StateCookie(OAuthStateUtils):
    """bolt's state cookie, without `Secure` when qbot is served over plain http (local
    development and the tests): a browser never returns a Secure cookie over http."""

    def build_set_cookie_for_new_state(self, state: str) -> str:
        return super().build_set_cookie_for_new_state(state).replace("; Secure", "")

    def build_set_cookie_for_deletion(self) -> str:
        return super().build_set_cookie_for_deletion().replace("; Secure", "")


def redirect_uri(settings: Settings) -> str:
    """Where Slack sends the browser back (manifest.yml's redirect URL on QBOT_PUBLIC_URL)."""
    return settings.public_url.rstrip("/") + REDIRECT_PATH


def installation_records(services: Services) -> InstallationRecords:
    """The install store on the graph's database; ConfigurationError without QBOT_TOKEN_KEYS
    (a bot token is never stored in clear)."""
    keys = services.settings.token_keys
    cipher = TokenCipher.from_setting(keys.get_secret_value() if keys else None)
    return InstallationRecords(services.uow, services.clock, cipher)


def oauth_settings(services: Services) -> OAuthSettings | None:
    """bolt's OAuth settings in OAuth mode (None in single-workspace mode)."""
    settings = services.settings
    if not settings.slack_oauth_mode or settings.slack_client_secret is None:
        return None
    oauth = OAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        scopes=list(BOT_SCOPES),
        user_scopes=[],  # no user tokens, ever (and not SLACK_USER_SCOPES from the environment)
        redirect_uri=redirect_uri(settings),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        # straight to Slack's consent page: our /slack/install is the "Add to Slack" link
        install_page_rendering_enabled=False,
        authorization_url=settings.slack_authorize_url,
        installation_store=installation_records(services),
        installation_store_bot_only=True,
        state_store=InstallStates(services.uow, services.clock),
        state_expiration_seconds=int(STATE_TTL.total_seconds()),
        callback_options=CallbackOptions(success=_installed, failure=_refused),
        logger=log,
    )
    # bolt would call auth.test on every request: once per token is enough. The store is still
    # read on each request, so a revoked or uninstalled workspace is refused at once.
    oauth.authorize = InstallationStoreAuthorize(
        logger=log,
        client_id=oauth.client_id,
        client_secret=oauth.client_secret,
        token_rotation_expiration_minutes=oauth.token_rotation_expiration_minutes,
        installation_store=oauth.installation_store,
        bot_only=True,
        cache_enabled=True,
    )
    if settings.public_url.startswith("http://"):
        oauth.state_utils = _StateCookie(
            cookie_name=oauth.state_cookie_name,
            expiration_seconds=oauth.state_expiration_seconds,
        )
    return oauth


def _bolt_page(title: str, message: str, status: int, cookie: str | None = None) -> BoltResponse:
    html = page(title, message, status)
    headers: dict[str, str | Sequence[str]] = {"Content-Type": "text/html; charset=utf-8"}
    if cookie is not None:
        headers["Set-Cookie"] = [cookie]
    return BoltResponse(status=status, body=bytes(html.body).decode("utf-8"), headers=headers)


def _installed(args: SuccessArgs) -> BoltResponse:
    team = args.installation.team_name or args.installation.team_id or "your workspace"
    return _bolt_page(
        f"qbot is installed in {team}",
        "Next: invite @qbot to the channel where cards should go (/invite @qbot), then run "
        "/qb connect there to connect a QuickBooks company to that channel. You can close "
        "this tab.",
        200,
        args.settings.state_utils.build_set_cookie_for_deletion(),
    )


def _refused(args: FailureArgs) -> BoltResponse:
    status, message = _FAILURES.get(
        args.reason, (400, f"Slack said {args.reason[:60]!r}. " + START_AGAIN)
    )
    if args.error is not None:
        log.warning("slack install failed: %s (%s)", args.reason, type(args.error).__name__)
    return _bolt_page("qbot was not installed", message, status)


def _answer(result: BoltResponse) -> Response:
    response = Response(content=result.body, status_code=result.status)
    for name, values in result.headers.items():
        for value in values:
            response.headers.append(name, value)
    return response


def routes(bolt: App) -> list[BaseRoute]:
    """The two install routes for a bolt App built with `oauth_settings` (else none)."""
    flow = bolt.oauth_flow
    if flow is None:
        return []

    def bolt_request(request: Request) -> BoltRequest:
        headers: dict[str, str | Sequence[str]] = dict(request.headers)
        return BoltRequest(body="", query=request.url.query, headers=headers)

    async def install(request: Request) -> Response:
        # `team` preselects a workspace on Slack's consent page; bolt copies it into the
        # Location header unencoded, so anything but a team id is dropped here.
        team = request.query_params.get("team", "")
        query = urlencode({"team": team}) if _TEAM_ID.fullmatch(team) else ""
        asked = BoltRequest(body="", query=query, headers=dict(request.headers))
        try:
            result = await run_in_threadpool(flow.handle_installation, asked)
        except Exception as exc:  # the state store is our database: down is a page, not a 500
            log.warning("slack install could not start: %s", type(exc).__name__)
            return page("qbot cannot be installed now", "Try again shortly.", 503)
        return _answer(result)

    async def redirect(request: Request) -> Response:
        if len(request.url.query) > 4000:
            return page("qbot was not installed", "This address is too long. " + START_AGAIN, 400)
        try:
            result = await run_in_threadpool(flow.handle_callback, bolt_request(request))
        except Exception as exc:  # Slack unreachable, or the store down: say so, in one line
            log.warning("slack install could not finish: %s", type(exc).__name__)
            return page(
                "qbot was not installed", "Slack or qbot's database could not be reached. "
                + START_AGAIN, 503,
            )  # fmt: skip
        return _answer(result)

    return [
        Route(INSTALL_PATH, install, methods=["GET"]),
        Route(REDIRECT_PATH, redirect, methods=["GET"]),
    ]

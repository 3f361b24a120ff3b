"""create_app(services) -> a bolt App with signature verification and our listeners."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

from slack_bolt import App, BoltContext
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.error import BoltError
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient

from bot.errors import register_error_handler
from bot.home_tab import HomeRefresher
from bot.listeners import (
    HOME_REFRESHER,
    actions,
    case_actions,
    commands,
    events,
    forms,
    install_events,
    thread_notes,
    views,
)
from bot.slack_token import SlackTokenCheck
from core.bootstrap import Services


def create_app(
    services: Services,
    client: WebClient,
    signing_secret: str,
    token_verification: bool = True,
    token: SlackTokenCheck | None = None,
    oauth: OAuthSettings | None = None,
) -> App:
    """Build the bolt App; listeners reach `services` through the context.

    process_before_response=True: the HTTP answer goes back only after the listener has
    committed its decision, so an acked click is never lost with an in-memory thread pool.
    Effects (email, QuickBooks write, card update) run later from the outbox.

    The bot token is checked by `token` (a new SlackTokenCheck on `client` if none is given):
    now when `token_verification` (raising BoltError if Slack does not confirm it), else
    later, in the background (`qbot web`) or on the first request.

    `oauth` (bot.slack_install, OAuth mode): installed in any workspace instead; each request
    is authorized with its workspace's stored bot token and no SLACK_BOT_TOKEN is checked.
    """
    if oauth is not None:
        app = App(
            client=client,
            signing_secret=signing_secret,
            process_before_response=True,
            oauth_settings=oauth,
            request_verification_enabled=True,
        )
        return _with_listeners(app, services)
    token = token or SlackTokenCheck(client)
    if token_verification and not token.verify_once():
        raise BoltError(f"Slack did not confirm SLACK_BOT_TOKEN ({token.state})")
    _expect_token_skipped()
    app = App(
        client=client,
        signing_secret=signing_secret,
        process_before_response=True,
        # the bot identity comes from the token check's auth.test, never from bolt's own;
        # bolt handles None (not authorized) though its annotation says AuthorizeResult
        authorize=cast("Callable[..., AuthorizeResult]", lambda: token.authorize()),
        request_verification_enabled=True,
    )
    return _with_listeners(app, services)


def _with_listeners(app: App, services: Services) -> App:
    homes = HomeRefresher(services)

    @app.middleware
    def inject_services(context: BoltContext, next: Callable[[], Any]) -> Any:
        context["services"] = services
        context[HOME_REFRESHER] = homes
        return next()

    actions.register(app)
    case_actions.register(app)
    views.register(app)
    forms.register(app)
    commands.register(app)
    events.register(app)
    install_events.register(app)
    thread_notes.register(app)
    register_error_handler(app)
    return app


class _TokenSkippedIsExpected(logging.Filter):
    """Drop bolt's "`token` will be ignored" warning: we give bolt `authorize` on purpose (the
    identity comes from our own background token check), so it is noise in every start-up."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "will be ignored" not in record.getMessage()


def _expect_token_skipped() -> None:
    bolt_log = logging.getLogger("slack_bolt.App")
    if not any(isinstance(f, _TokenSkippedIsExpected) for f in bolt_log.filters):
        bolt_log.addFilter(_TokenSkippedIsExpected())

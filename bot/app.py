"""create_app(services) -> a bolt App with signature verification and our listeners."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.errors import register_error_handler
from bot.listeners import actions, commands, events, views
from core.bootstrap import Services


def create_app(
    services: Services, client: WebClient, signing_secret: str, token_verification: bool = True
) -> App:
    """Build the bolt App; listeners reach `services` through the context.

    process_before_response=True: the HTTP answer goes back only after the listener has
    committed its decision, so an acked click is never lost with an in-memory thread pool.
    Effects (email, QuickBooks write, card update) run later from the outbox.
    """
    app = App(
        client=client,
        signing_secret=signing_secret,
        process_before_response=True,
        token_verification_enabled=token_verification,
        request_verification_enabled=True,
    )

    @app.middleware
    def inject_services(context: BoltContext, next: Callable[[], Any]) -> Any:
        context["services"] = services
        return next()

    actions.register(app)
    views.register(app)
    commands.register(app)
    events.register(app)
    register_error_handler(app)
    return app

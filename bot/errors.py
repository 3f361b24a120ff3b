"""One error handler: user-facing errors become ephemeral messages; others get a reference id."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from slack_bolt import App

from core.errors import UserFacingError

log = logging.getLogger(__name__)


def message_for(error: Exception) -> str:
    """What the person who clicked is told."""
    if isinstance(error, UserFacingError):
        return str(error)
    ref = uuid.uuid4().hex[:8]
    log.error("unhandled error ref=%s: %r", ref, error)
    return f"Something went wrong on our side (reference {ref}). Nothing was sent; try again."


def register_error_handler(app: App) -> None:
    """Attach the single @app.error handler."""

    @app.error
    def on_error(error: Exception, body: dict[str, Any], client: Any) -> None:
        text = message_for(error)
        user = (body.get("user") or {}).get("id") or body.get("user_id")
        channel = (body.get("channel") or {}).get("id") or body.get("channel_id")
        if user and channel:
            client.chat_postEphemeral(channel=channel, user=user, text=text)

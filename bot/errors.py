"""One error handler: refusals become answers the person sees; others get a reference id.

bolt calls it for an exception in a listener and in routing alike. What is a refusal:
- PayloadError and other UserFacingError: unreadable, forged, unknown case; audited here;
- NotAuthorizedError, InvalidTransitionError: audited by the approval service already;
- SlackApiError: Slack refused a call made for the request (e.g. an expired trigger_id).
Every refusal is answered through bot.refusals (200 and a message, or 400). Anything else
is a bug: logged once with a reference id, which the person is also given.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import refusals
from core.errors import InvalidTransitionError, NotAuthorizedError, UserFacingError

log = logging.getLogger(__name__)

_AUDITED_BY_SERVICE = (NotAuthorizedError, InvalidTransitionError)


def message_for(error: Exception) -> str:
    """What the person who acted is told."""
    if isinstance(error, UserFacingError):
        return str(error)
    if isinstance(error, _AUDITED_BY_SERVICE):
        return f":no_entry: {error}"
    if isinstance(error, SlackApiError):
        code = error.response.get("error", "error") if error.response is not None else "error"
        return f"Slack did not accept qbot's answer ({code}); try again."
    ref = uuid.uuid4().hex[:8]
    log.error("unhandled error ref=%s: %r", ref, error, exc_info=error)
    return f"Something went wrong on our side (reference {ref}). Nothing was sent; try again."


def answer_error(
    error: Exception, body: dict[str, Any], context: Any, client: WebClient
) -> BoltResponse:
    """The answer to `error` raised for `body`: a refusal told to the person, else a bug."""
    refusal = isinstance(error, (UserFacingError, *_AUDITED_BY_SERVICE, SlackApiError))
    services = context.get("services") if context is not None else None
    audit = str(error) if isinstance(error, UserFacingError) else None
    answer = refusals.answer(
        body,
        message_for(error),
        services=services,
        client=client,
        audit=audit,
        block=getattr(error, "block", None),
        context=context,
    )
    if not refusal and answer.status == 400:
        return BoltResponse(status=500, body="")  # a bug, and nobody could be told
    return answer


def register_error_handler(app: App) -> None:
    """Attach the single @app.error handler."""

    @app.error
    def on_error(
        error: Exception, body: dict[str, Any], context: Any, client: WebClient
    ) -> BoltResponse:
        return answer_error(error, body, context, client)

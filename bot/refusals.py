"""The one place a Slack request qbot will not act on becomes an answer: 200 and a word, or 400.

Whatever refused it (bolt could not route it, a listener could not read it, the person may
not decide, the case was decided first), the person who acted is told where Slack lets us
tell them: inside the modal for a view submission, in the ack of a slash command, through
an ephemeral message in the channel, else through the interaction's `response_url` (those
two after the ack, never before it). Nobody to tell: 400. A
refusal of a person's request is audited (`slack.refused`) unless the service already did.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from slack_bolt import BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError
from slack_sdk.webhook import WebhookClient

from bot.after_answer import after_answer
from bot.ids import BlockId, CallbackId
from bot.slack_bodies import SlackUser, trusted_response_url
from core.bootstrap import Services
from core.services.approvals import Actor

log = logging.getLogger(__name__)

NOT_UNDERSTOOD = {"error": "request not understood"}
# where a modal's error is shown: the block the person types in
_ERROR_BLOCK = {
    CallbackId.EDIT_MODAL.value: BlockId.EDIT_BODY.value,
    CallbackId.REJECT_MODAL.value: BlockId.REJECT_REASON.value,
    CallbackId.SNOOZE_MODAL.value: BlockId.SNOOZE_DATE.value,
    CallbackId.REASSIGN_MODAL.value: BlockId.REASSIGN_USER.value,
    CallbackId.RESOLVE_MODAL.value: BlockId.RESOLVE_NOTE.value,
    CallbackId.EXPENSE_MODAL.value: "form_payee",  # bot.form_state.block_of: the first field
    CallbackId.INVOICE_MODAL.value: "form_customer",
}


@dataclass(frozen=True)
class Requester:
    """Who sent a request and where an answer can reach them, as far as the body says."""

    actor: Actor | None
    channel: str | None
    response_url: str | None
    surface: str

    @classmethod
    def of(cls, body: Any, api_url: str) -> Requester:
        """Read leniently: any field of the wrong shape is simply unknown."""
        if not isinstance(body, dict):
            return cls(None, None, None, "unknown")
        return cls(_actor(body), _channel(body), _response_url(body, api_url), _surface(body))


def answer(
    body: Any,
    text: str,
    *,
    services: Services | None,
    client: WebClient,
    audit: str | None,
    block: str | None = None,
    context: Mapping[str, Any] | None = None,
) -> BoltResponse:
    """Tell the requester `text`; record `audit` (the reason) when a person is known.

    A modal's error and a slash command's word go in the answer itself; an ephemeral in the
    channel (or through the response_url) is posted after the answer (bot.after_answer, with
    the request's `context`), so the ack never waits on Slack's Web API.
    In a modal the error shows beside `block` when given, else beside the form's main input.
    """
    who = Requester.of(body, client.base_url)
    if audit is not None and who.actor is not None and services is not None:
        services.approvals.record_refusal(who.actor, who.surface, audit)
    if who.surface == "view_submission":
        view = body.get("view")
        if block is None and isinstance(view, dict):
            block = _ERROR_BLOCK.get(str(view.get("callback_id")))
        if block is None:
            return BoltResponse(status=400, body=NOT_UNDERSTOOD)
        return BoltResponse(status=200, body={"response_action": "errors", "errors": {block: text}})
    if who.surface == "slash_command" and who.actor is not None:
        return BoltResponse(status=200, body=text)  # the ack's text is shown to them alone
    if (who.actor is not None and who.channel is not None) or who.response_url is not None:
        after_answer(context, lambda: _tell(who, text, client))
        return BoltResponse(status=200, body="")
    return BoltResponse(status=400, body=NOT_UNDERSTOOD)


def _tell(who: Requester, text: str, client: WebClient) -> None:
    """An ephemeral to the person in the channel, else through the response_url."""
    if who.actor is not None and who.channel is not None:
        try:
            client.chat_postEphemeral(channel=who.channel, user=who.actor.user_id, text=text)
            return
        except (SlackClientError, OSError) as exc:
            log.warning("slack: ephemeral refusal not posted (%s)", type(exc).__name__)
    if who.response_url is not None:
        try:
            reply = WebhookClient(who.response_url, timeout=5).send(
                text=text, response_type="ephemeral", replace_original=False
            )
            if reply.status_code != 200:
                log.warning("slack: response_url refused the refusal (%s)", reply.status_code)
        except (SlackClientError, OSError) as exc:
            log.warning("slack: refusal not sent to response_url (%s)", type(exc).__name__)


def _actor(body: dict[str, Any]) -> Actor | None:
    raw = body.get("user")
    if not isinstance(raw, dict):
        raw = {"id": body.get("user_id"), "team_id": body.get("team_id")}
    try:
        user = SlackUser.model_validate(raw)
    except ValueError:
        return None
    team = user.team_id
    if team is None and isinstance(body.get("team"), dict):
        found = body["team"].get("id")
        team = found if isinstance(found, str) and len(found) <= 32 else None
    return Actor(user_id=user.id, team_id=team, name=user.username or user.name)


def _channel(body: dict[str, Any]) -> str | None:
    raw = body.get("channel")
    found = raw.get("id") if isinstance(raw, dict) else body.get("channel_id")
    return found if isinstance(found, str) and found.isalnum() and len(found) <= 64 else None


def _response_url(body: dict[str, Any], api_url: str) -> str | None:
    return trusted_response_url(body.get("response_url"), api_url)


def _surface(body: dict[str, Any]) -> str:
    if isinstance(body.get("command"), str):
        return "slash_command"
    kind = body.get("type")
    if kind == "event_callback" and isinstance(body.get("event"), dict):
        kind = body["event"].get("type")
    return kind if isinstance(kind, str) and kind.isidentifier() and len(kind) < 40 else "unknown"

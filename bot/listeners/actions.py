"""Case-card buttons: Approve records the decision; Edit and Reject open their modals."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.cards.modals import edit_modal, reject_modal
from bot.ids import ActionId
from bot.listeners import actor_of, services_of
from bot.payloads import CaseButtonValue, ModalMetadata
from core.errors import InvalidTransitionError, NotAuthorizedError


def _refuse(client: WebClient, body: dict[str, Any], text: str) -> None:
    client.chat_postEphemeral(
        channel=body["channel"]["id"], user=body["user"]["id"], text=f":no_entry: {text}"
    )


def approve(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Approve as drafted; the email, QuickBooks note and card update go to the outbox."""
    ack()
    value = CaseButtonValue.parse(body["actions"][0]["value"])
    try:
        services_of(context).approvals.approve(value.action_id, value.version, actor_of(body))
    except (NotAuthorizedError, InvalidTransitionError) as exc:
        _refuse(client, body, str(exc))


def _open_modal(body: dict[str, Any], context: BoltContext, client: WebClient, build: Any) -> None:
    value = CaseButtonValue.parse(body["actions"][0]["value"])
    services = services_of(context)
    actor = actor_of(body)
    try:
        # Refuse before the modal, not after someone types a reason (checked again on submit).
        view = services.approvals.view_for(value.action_id, actor)
    except NotAuthorizedError as exc:
        _refuse(client, body, str(exc))
        return
    meta = ModalMetadata(
        action_id=value.action_id,
        version=value.version,
        channel=body["channel"]["id"],
        ts=body["message"]["ts"],
    )
    # views.open must use the trigger_id within 3 s: it runs here, not from the queue.
    client.views_open(trigger_id=body["trigger_id"], view=build(view, meta).to_dict())


def edit(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Open the edit modal prefilled with the draft."""
    ack()
    _open_modal(body, context, client, edit_modal)


def reject(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Open the reject modal, which asks for a reason."""
    ack()
    _open_modal(body, context, client, reject_modal)


def register(app: App) -> None:
    """Attach the button listeners."""
    app.action(ActionId.APPROVE.value)(approve)
    app.action(ActionId.EDIT.value)(edit)
    app.action(ActionId.REJECT.value)(reject)

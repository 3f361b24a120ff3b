"""Case-card buttons: Approve records the decision; Edit and Reject open their modals."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.cards.modals import edit_modal, reject_modal
from bot.ids import ActionId
from bot.listeners import actor_of, refresh_home_later, services_of
from bot.payloads import ModalMetadata, PayloadError
from bot.slack_bodies import ButtonClick, parse


def _click(body: dict[str, Any]) -> ButtonClick:
    return parse(ButtonClick, body)


def approve(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Approve as drafted; the email, QuickBooks note and card update go to the outbox.

    A refusal (no authority, already decided, unreadable click) is raised to bot.errors.
    """
    ack()
    click = _click(body)
    value = click.button()
    actor = actor_of(click.user, click.team.id if click.team else None)
    services = services_of(context)
    services.approvals.approve(value.action_id, value.version, actor)
    # after the ack: the decision is stored, and the Home tab need not hold the answer up
    refresh_home_later(context, client, actor)


def _open_modal(body: dict[str, Any], context: BoltContext, client: WebClient, build: Any) -> None:
    click = _click(body)
    value = click.button()
    if click.channel is None or click.message is None or click.trigger_id is None:
        raise PayloadError("This click could not open a form (no message or trigger); try again.")
    actor = actor_of(click.user, click.team.id if click.team else None)
    # Refuse before the modal, not after someone types a reason (checked again on submit).
    view = services_of(context).approvals.view_for(value.action_id, actor)
    meta = ModalMetadata(
        action_id=value.action_id,
        version=value.version,
        channel=click.channel.id,
        ts=click.message.ts,
    )
    # views.open must use the trigger_id within 3 s: it runs here, not from the queue.
    client.views_open(trigger_id=click.trigger_id, view=build(view, meta).to_dict())


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

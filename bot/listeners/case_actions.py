"""A card's life: Snooze, Assign / Reassign, Mark resolved and Draft anyway, and their modals.

Thin like the other listeners: parse, one service call (core.services.case_actions, which
authorises every act), refusals raised to bot.errors (an ephemeral after the ack, or the
error beside the modal's input).
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.cards.case_actions import reassign_modal, resolve_modal, snooze_modal
from bot.ids import ActionId, CallbackId
from bot.listeners import actor_of, refresh_home_later, services_of
from bot.payloads import (
    ModalMetadata,
    PayloadError,
    ReassignSubmission,
    ResolveSubmission,
    SnoozeSubmission,
)
from bot.slack_bodies import ButtonClick, ModalSubmit, SlackUser, parse
from core.domain.authority import Act
from core.domain.case_view import CaseView
from core.services.case_actions import CardActor


def _actor(user: SlackUser, team_id: str | None) -> CardActor:
    actor = actor_of(user, team_id)
    return CardActor(actor.user_id, actor.team_id)


def _open(body: dict[str, Any], context: BoltContext, client: WebClient, act: Act) -> None:
    click = parse(ButtonClick, body)
    value = click.button()
    if click.channel is None or click.message is None or click.trigger_id is None:
        raise PayloadError("This click could not open a form (no message or trigger); try again.")
    actor = _actor(click.user, click.team.id if click.team else None)
    service = services_of(context).card_actions
    # Refused before the modal opens, not after someone fills it in (checked again on submit).
    view = service.view_for(value.action_id, actor, act)
    meta = ModalMetadata(action_id=value.action_id, version=value.version,
                         channel=click.channel.id, ts=click.message.ts)
    client.views_open(trigger_id=click.trigger_id, view=_modal(act, view, meta, context).to_dict())


def _modal(act: Act, view: CaseView, meta: ModalMetadata, context: BoltContext) -> Any:
    if act is Act.SNOOZE:
        return snooze_modal(view, meta, services_of(context).card_actions.today(view.realm_id))
    if act is Act.ASSIGN:
        return reassign_modal(view, meta)
    return resolve_modal(view, meta)


def snooze(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Open the snooze modal (a date picker)."""
    ack()
    _open(body, context, client, Act.SNOOZE)


def reassign(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Open the modal picking the approver to hand the card to."""
    ack()
    _open(body, context, client, Act.ASSIGN)


def resolve(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Open the modal asking how the escalation was resolved."""
    ack()
    _open(body, context, client, Act.RESOLVE_CASE)


def assign_me(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Take the card: it is assigned to the person who clicked."""
    ack()
    click = parse(ButtonClick, body)
    value = click.button()
    actor = _actor(click.user, click.team.id if click.team else None)
    services_of(context).card_actions.assign(value.action_id, value.version, actor,
                                             actor.user_id)
    refresh_home_later(context, client, actor_of(click.user, actor.team_id))


def draft_anyway(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Draft a reminder for an escalated case: its own card, approved like any other."""
    ack()
    click = parse(ButtonClick, body)
    value = click.button()
    actor = _actor(click.user, click.team.id if click.team else None)
    services_of(context).card_actions.draft_anyway(value.action_id, value.version, actor)
    refresh_home_later(context, client, actor_of(click.user, actor.team_id))


def _submitted(body: dict[str, Any]) -> tuple[ModalSubmit, ModalMetadata, CardActor]:
    submit = parse(ModalSubmit, body)
    meta = ModalMetadata.parse(submit.view.private_metadata)
    return submit, meta, _actor(submit.user, submit.team.id if submit.team else None)


def snooze_submitted(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """Snooze until the picked date (a past or far date is refused beside the picker)."""
    submit, meta, actor = _submitted(body)
    until = SnoozeSubmission.from_state(submit.values()).until
    services_of(context).card_actions.snooze(meta.action_id, meta.version, actor, until)
    ack()
    refresh_home_later(context, client, actor_of(submit.user, actor.team_id))


def reassign_submitted(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """Hand the card to the picked approver (refused beside the menu if they may not)."""
    submit, meta, actor = _submitted(body)
    assignee = ReassignSubmission.from_state(submit.values()).user_id
    services_of(context).card_actions.assign(meta.action_id, meta.version, actor, assignee)
    ack()
    refresh_home_later(context, client, actor_of(submit.user, actor.team_id))


def resolve_submitted(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """Mark the escalation resolved with the typed note."""
    submit, meta, actor = _submitted(body)
    note = ResolveSubmission.from_state(submit.values()).note
    services_of(context).card_actions.resolve(meta.action_id, meta.version, actor, note)
    ack()
    refresh_home_later(context, client, actor_of(submit.user, actor.team_id))


def register(app: App) -> None:
    """Attach the card-life buttons and modals."""
    app.action(ActionId.SNOOZE.value)(snooze)
    app.action(ActionId.REASSIGN.value)(reassign)
    app.action(ActionId.RESOLVE.value)(resolve)
    app.action(ActionId.ASSIGN_ME.value)(assign_me)
    app.action(ActionId.DRAFT_ANYWAY.value)(draft_anyway)
    app.view(CallbackId.SNOOZE_MODAL.value)(snooze_submitted)
    app.view(CallbackId.REASSIGN_MODAL.value)(reassign_submitted)
    app.view(CallbackId.RESOLVE_MODAL.value)(resolve_submitted)

"""Case-card buttons: Approve records the decision; Edit and Reject open their modals."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.after_answer import after_answer
from bot.cards.change_batch import change_reject_modal
from bot.cards.modals import edit_modal, reject_modal
from bot.decide_later import decide_after_answer
from bot.ids import ActionId, ChangeActionId, ConflictActionId, SyncActionId
from bot.listeners import actor_of, refresh_home_later, services_of
from bot.listeners.commands import sync_status_answer
from bot.payloads import ConflictButtonValue, ModalMetadata, PayloadError
from bot.response_url import send
from bot.slack_bodies import ButtonClick, parse, trusted_response_url
from core.domain.authority import Act
from core.services.doubts import resolve_on_card


def _click(body: dict[str, Any]) -> ButtonClick:
    return parse(ButtonClick, body)


def approve(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Approve as drafted; the email, QuickBooks note and card update go to the outbox.

    The decision is taken after the ack (bot.decide_later); a refusal (no
    authority, already decided) is told as bot.errors tells any, an unreadable click at once.
    """
    ack()
    click = _click(body)  # an unreadable click is refused in the answer, as before
    value = click.button()
    actor = actor_of(click.user, click.team.id if click.team else None)
    services = services_of(context)

    decide_after_answer(
        context,
        body,
        client,
        lambda: services.approvals.approve(value.action_id, value.version, actor),
        # the decision is stored: redraw the decider's Home
        then=lambda told: refresh_home_later(told, client, actor),
    )


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


def approve_change(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Approve a batch of staged changes (authority, limits and separation of duties checked);
    the card is redrawn through the outbox."""
    ack()
    click = _click(body)
    value = click.button()
    actor = actor_of(click.user, click.team.id if click.team else None)
    services_of(context).change_approvals.approve(value.action_id, value.version, actor)


def reject_change(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Open the modal asking why the batch is rejected (authority checked before it opens)."""
    ack()
    click = _click(body)
    value = click.button()
    if click.channel is None or click.message is None or click.trigger_id is None:
        raise PayloadError("This click could not open a form (no message or trigger); try again.")
    actor = actor_of(click.user, click.team.id if click.team else None)
    service = services_of(context).change_approvals
    service.check(value.action_id, actor, Act.REJECT_CHANGE)
    meta = ModalMetadata(action_id=value.action_id, version=value.version,
                         channel=click.channel.id, ts=click.message.ts)  # fmt: skip
    view = change_reject_modal(service.view(value.action_id), meta)
    client.views_open(trigger_id=click.trigger_id, view=view.to_dict())


def _resolve(body: dict[str, Any], context: BoltContext, client: WebClient, *, sent: bool) -> None:
    click = _click(body)
    value = click.button()
    actor = actor_of(click.user, click.team.id if click.team else None)
    services = services_of(context)
    # The outbox carries on from here (QuickBooks note, or the send again) and redraws the card.
    resolve_on_card(
        services.uow,
        services.clock,
        services.approvers,
        value.action_id,
        (actor.user_id, actor.team_id),
        sent=sent,
    )
    # Clicked on the card or on the Home: the Home no longer lists it either way.
    refresh_home_later(context, client, actor)


def resolve_sent(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """A lead confirms the send in doubt reached the customer."""
    ack()
    _resolve(body, context, client, sent=True)


def resolve_resend(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """A lead says the send in doubt did not reach the customer: send it again."""
    ack()
    _resolve(body, context, client, sent=False)


def keep_conflict(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
    """Keep the conflict's result (authority checked; a stale card is refused); the card is
    redrawn through the outbox."""
    ack()
    click = _click(body)
    value = ConflictButtonValue.parse(click.actions[0].value)
    actor = actor_of(click.user, click.team.id if click.team else None)
    services_of(context).conflict_cards.keep(value.conflict_id, value.version, actor)


def use_other_side(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
    """Pick the other side of one field; a change to QuickBooks is staged and goes to the
    change batch approval (its own card), never written from here."""
    ack()
    click = _click(body)
    value = ConflictButtonValue.parse(click.actions[0].value)
    actor = actor_of(click.user, click.team.id if click.team else None)
    services_of(context).conflict_cards.use_other_side(
        value.conflict_id, value.version, value.field, actor
    )


def retry_sync_change(ack: Ack, body: dict[str, Any], context: BoltContext,
                      client: WebClient) -> None:  # fmt: skip
    """Retry on `/qb sync status`: the change goes back in line for the next push (authority
    checked, audited; a refusal is told by bot.errors); the status is redrawn after the ack."""
    ack()
    click = _click(body)
    value = click.button()
    actor = actor_of(click.user, click.team.id if click.team else None)
    services = services_of(context)
    done = services.sync_requests.retry(value.action_id, value.version, actor)
    url = trusted_response_url(click.response_url, client.base_url)
    if url is not None:
        note = (f"Change {done.change_id} ({done.record}) is back in line: the next sync cycle "
                "pushes it (`/qb sync now` runs one).")  # fmt: skip
        after_answer(context, lambda: send(url, sync_status_answer(services, note), replace=True))


def register(app: App) -> None:
    """Attach the button listeners."""
    app.action(SyncActionId.RETRY.value)(retry_sync_change)
    app.action(ConflictActionId.KEEP.value)(keep_conflict)
    app.action(re.compile(rf"^{ConflictActionId.OTHER_SIDE.value}_\d+$"))(use_other_side)
    app.action(ChangeActionId.APPROVE.value)(approve_change)
    app.action(ChangeActionId.REJECT.value)(reject_change)
    app.action(ActionId.APPROVE.value)(approve)
    app.action(ActionId.EDIT.value)(edit)
    app.action(ActionId.REJECT.value)(reject)
    app.action(ActionId.RESOLVE_SENT.value)(resolve_sent)
    app.action(ActionId.RESOLVE_RESEND.value)(resolve_resend)

"""Modal submissions: edit-and-approve, and reject with a reason.

A refusal (unreadable or forged form, no authority, decided first) is raised to bot.errors,
which shows it inside the modal.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.ids import CallbackId
from bot.listeners import actor_of, refresh_home_later, services_of
from bot.payloads import EditSubmission, ModalMetadata, RejectSubmission
from bot.slack_bodies import ModalSubmit, parse
from core.domain.decision import Draft


def edit_submitted(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Approve the edited draft."""
    submit = parse(ModalSubmit, body)
    meta = ModalMetadata.parse(submit.view.private_metadata)
    edited = EditSubmission.from_state(submit.values())
    actor = actor_of(submit.user, submit.team.id if submit.team else None)
    services = services_of(context)
    services.approvals.approve(
        meta.action_id,
        meta.version,
        actor,
        edited=Draft(subject=edited.subject, body=edited.body),
    )
    ack()
    refresh_home_later(context, client, actor)


def reject_submitted(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """Reject the draft with the chosen reason and the typed words."""
    submit = parse(ModalSubmit, body)
    meta = ModalMetadata.parse(submit.view.private_metadata)
    reason = RejectSubmission.from_state(submit.values()).rejection
    actor = actor_of(submit.user, submit.team.id if submit.team else None)
    services = services_of(context)
    services.approvals.reject(meta.action_id, meta.version, actor, reason)
    ack()
    refresh_home_later(context, client, actor)


def change_reject_submitted(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """Reject a batch of staged changes with the typed reason."""
    submit = parse(ModalSubmit, body)
    meta = ModalMetadata.parse(submit.view.private_metadata)
    reason = RejectSubmission.from_state(submit.values()).reason
    actor = actor_of(submit.user, submit.team.id if submit.team else None)
    services_of(context).change_approvals.reject(meta.action_id, meta.version, actor, reason)
    ack()


def register(app: App) -> None:
    """Attach the view_submission listeners."""
    app.view(CallbackId.CHANGE_REJECT_MODAL.value)(change_reject_submitted)
    app.view(CallbackId.EDIT_MODAL.value)(edit_submitted)
    app.view(CallbackId.REJECT_MODAL.value)(reject_submitted)

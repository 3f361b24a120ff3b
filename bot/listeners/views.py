"""Modal submissions: edit-and-approve, and reject with a reason."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.ids import BlockId, CallbackId
from bot.listeners import actor_of, services_of
from bot.payloads import EditSubmission, ModalMetadata, RejectSubmission
from core.domain.decision import Draft
from core.errors import InvalidTransitionError, NotAuthorizedError, UserFacingError


def edit_submitted(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
) -> None:
    """Approve the edited draft; errors are shown inside the modal."""
    try:
        meta = ModalMetadata.parse(view["private_metadata"])
        edited = EditSubmission.from_state(view["state"]["values"])
        services_of(context).approvals.approve(
            meta.action_id,
            meta.version,
            actor_of(body),
            edited=Draft(subject=edited.subject, body=edited.body),
        )
    except (UserFacingError, NotAuthorizedError, InvalidTransitionError) as exc:
        ack(response_action="errors", errors={BlockId.EDIT_BODY.value: str(exc)})
        return
    ack()


def reject_submitted(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
) -> None:
    """Reject the draft with the typed reason."""
    try:
        meta = ModalMetadata.parse(view["private_metadata"])
        reason = RejectSubmission.from_state(view["state"]["values"]).reason
        services_of(context).approvals.reject(meta.action_id, meta.version, actor_of(body), reason)
    except (UserFacingError, NotAuthorizedError, InvalidTransitionError) as exc:
        ack(response_action="errors", errors={BlockId.REJECT_REASON.value: str(exc)})
        return
    ack()


def register(app: App) -> None:
    """Attach the view_submission listeners."""
    app.view(CallbackId.EDIT_MODAL.value)(edit_submitted)
    app.view(CallbackId.REJECT_MODAL.value)(reject_submitted)

"""The proposed-action state machine (SPEC 'Approval, authority and writes')."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from core.errors import InvalidTransitionError


class ApprovalState(StrEnum):
    """Lifecycle of a proposed customer send or QuickBooks write."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    EDITED = "edited"
    REJECTED = "rejected"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"
    SNOOZED = "snoozed"  # put off until a date: the case comes back then (a fresh card)
    RESOLVED = "resolved"  # a person handled an escalation (with a note), or drafted anyway


class ApprovalAction(StrEnum):
    """What a person or the system does to a proposed action."""

    APPROVE = "approve"
    EDIT = "edit"  # edit-and-approve: the edited draft is what gets sent
    REJECT = "reject"
    EXPIRE = "expire"
    SUPERSEDE = "supersede"
    START_SENDING = "start_sending"
    COMPLETE = "complete"
    FAIL = "fail"
    SNOOZE = "snooze"
    RESOLVE = "resolve"


_TRANSITIONS: dict[tuple[ApprovalState, ApprovalAction], ApprovalState] = {
    (ApprovalState.PROPOSED, ApprovalAction.APPROVE): ApprovalState.APPROVED,
    (ApprovalState.PROPOSED, ApprovalAction.EDIT): ApprovalState.EDITED,
    (ApprovalState.PROPOSED, ApprovalAction.REJECT): ApprovalState.REJECTED,
    (ApprovalState.PROPOSED, ApprovalAction.EXPIRE): ApprovalState.EXPIRED,
    (ApprovalState.PROPOSED, ApprovalAction.SUPERSEDE): ApprovalState.SUPERSEDED,
    (ApprovalState.PROPOSED, ApprovalAction.SNOOZE): ApprovalState.SNOOZED,
    (ApprovalState.PROPOSED, ApprovalAction.RESOLVE): ApprovalState.RESOLVED,
    (ApprovalState.APPROVED, ApprovalAction.START_SENDING): ApprovalState.SENDING,
    (ApprovalState.EDITED, ApprovalAction.START_SENDING): ApprovalState.SENDING,
    # A re-read before sending can show the invoice changed: the approval is then superseded.
    (ApprovalState.APPROVED, ApprovalAction.SUPERSEDE): ApprovalState.SUPERSEDED,
    (ApprovalState.EDITED, ApprovalAction.SUPERSEDE): ApprovalState.SUPERSEDED,
    (ApprovalState.SENDING, ApprovalAction.COMPLETE): ApprovalState.DONE,
    (ApprovalState.SENDING, ApprovalAction.FAIL): ApprovalState.FAILED,
    (ApprovalState.SENDING, ApprovalAction.SUPERSEDE): ApprovalState.SUPERSEDED,
}

DECIDED_STATES = frozenset(
    {ApprovalState.APPROVED, ApprovalState.EDITED, ApprovalState.SENDING, ApprovalState.DONE}
)
TERMINAL_STATES = frozenset(
    {
        ApprovalState.REJECTED,
        ApprovalState.EXPIRED,
        ApprovalState.SUPERSEDED,
        ApprovalState.DONE,
        ApprovalState.FAILED,
        ApprovalState.SNOOZED,
        ApprovalState.RESOLVED,
    }
)


@dataclass(frozen=True)
class Transition:
    """A state change, with who made it and when (for the audit log)."""

    before: ApprovalState
    after: ApprovalState
    action: ApprovalAction
    actor: str
    at: datetime


def transition(
    state: ApprovalState, action: ApprovalAction, actor: str, now: datetime
) -> Transition:
    """Return the transition for `action` from `state`.

    Raises InvalidTransitionError when the action is not allowed from that state
    (for example a second Approve click on an approved action).
    """
    after = _TRANSITIONS.get((state, action))
    if after is None:
        raise InvalidTransitionError(
            f"cannot {action.value} an action that is {state.value}", state=state.value
        )
    return Transition(before=state, after=after, action=action, actor=actor, at=now)


def is_pending(state: ApprovalState) -> bool:
    """Return True while a person can still approve, edit or reject."""
    return state is ApprovalState.PROPOSED

"""A change made on the platform side, staged until a person approves it (SPEC 'Bidirectional
sync'): what it changes, the version it was made against, who made it, and where it stands."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from core.domain.sync.records import Entity, FieldValue, SyncState, field_class
from core.errors import InvalidTransitionError, NotAuthorizedError


class ChangeKind(StrEnum):
    """The record types a person names (`qbot records`, import files); an expense is a
    QuickBooks Purchase."""

    ACCOUNT = "account"
    INVOICE = "invoice"
    EXPENSE = "expense"

    @property
    def entity(self) -> Entity:
        return _ENTITY[self]


_ENTITY = {
    ChangeKind.ACCOUNT: Entity.ACCOUNT,
    ChangeKind.INVOICE: Entity.INVOICE,
    ChangeKind.EXPENSE: Entity.PURCHASE,
}


def kind_of(entity: Entity) -> ChangeKind:
    """The record type a QuickBooks entity is shown as."""
    return next(k for k, e in _ENTITY.items() if e is entity)


class ChangeState(StrEnum):
    """Where a staged change stands."""

    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    PUSHING = "pushing"
    PUSHED = "pushed"
    FAILED = "failed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"  # lost to a newer QuickBooks value, or taken back by its author
    CONFLICT = "conflict"  # QuickBooks changed the record first (5010): held for resolution


class ChangeAction(StrEnum):
    """What a person or qbot does to a staged change."""

    APPROVE = "approve"
    REJECT = "reject"
    WITHDRAW = "withdraw"
    START_PUSH = "start_push"
    COMPLETE = "complete"
    FAIL = "fail"
    RETRY = "retry"
    HOLD = "hold"  # a stale SyncToken, or a conflict a person decides: never forced
    REBASE = "rebase"  # QuickBooks moved on: the change keeps its remaining fields on top
    RELEASE = "release"  # a held change resolved: back in line for the push (it was approved)
    REOPEN = "reopen"  # a held change resolved: back to its approval (it was never approved)
    LANDED = "landed"  # a push whose answer was lost, found in QuickBooks afterwards


_TRANSITIONS: Mapping[tuple[ChangeState, ChangeAction], ChangeState] = MappingProxyType(
    {
        (ChangeState.AWAITING_APPROVAL, ChangeAction.APPROVE): ChangeState.APPROVED,
        (ChangeState.AWAITING_APPROVAL, ChangeAction.REJECT): ChangeState.REJECTED,
        (ChangeState.AWAITING_APPROVAL, ChangeAction.WITHDRAW): ChangeState.WITHDRAWN,
        # An approved change not yet pushed still loses to a newer QuickBooks value.
        (ChangeState.APPROVED, ChangeAction.WITHDRAW): ChangeState.WITHDRAWN,
        (ChangeState.APPROVED, ChangeAction.START_PUSH): ChangeState.PUSHING,
        (ChangeState.PUSHING, ChangeAction.COMPLETE): ChangeState.PUSHED,
        (ChangeState.PUSHING, ChangeAction.FAIL): ChangeState.FAILED,
        (ChangeState.PUSHING, ChangeAction.WITHDRAW): ChangeState.WITHDRAWN,
        (ChangeState.PUSHING, ChangeAction.HOLD): ChangeState.CONFLICT,
        # QuickBooks could not be reached (or throttled us): nothing landed, push it later.
        (ChangeState.PUSHING, ChangeAction.RETRY): ChangeState.APPROVED,
        (ChangeState.CONFLICT, ChangeAction.WITHDRAW): ChangeState.WITHDRAWN,
        (ChangeState.CONFLICT, ChangeAction.RELEASE): ChangeState.APPROVED,
        (ChangeState.CONFLICT, ChangeAction.REOPEN): ChangeState.AWAITING_APPROVAL,
        # An approved change whose push went unanswered, seen in QuickBooks by a later pull
        # (or a 5010's re-read): it did land.
        (ChangeState.APPROVED, ChangeAction.LANDED): ChangeState.PUSHED,
        (ChangeState.CONFLICT, ChangeAction.LANDED): ChangeState.PUSHED,
        # A change counts from the moment it is staged: QuickBooks moving on before the push
        # rebases it (its state stays) or holds it for a person.
        (ChangeState.AWAITING_APPROVAL, ChangeAction.REBASE): ChangeState.AWAITING_APPROVAL,
        (ChangeState.APPROVED, ChangeAction.REBASE): ChangeState.APPROVED,
        (ChangeState.FAILED, ChangeAction.REBASE): ChangeState.FAILED,
        (ChangeState.AWAITING_APPROVAL, ChangeAction.HOLD): ChangeState.CONFLICT,
        (ChangeState.APPROVED, ChangeAction.HOLD): ChangeState.CONFLICT,
        (ChangeState.FAILED, ChangeAction.HOLD): ChangeState.CONFLICT,
        (ChangeState.FAILED, ChangeAction.RETRY): ChangeState.APPROVED,
        (ChangeState.FAILED, ChangeAction.WITHDRAW): ChangeState.WITHDRAWN,
    }
)

# A change in these states still speaks for the record: it has not landed nor been dropped.
OPEN_STATES = frozenset(
    {
        ChangeState.AWAITING_APPROVAL,
        ChangeState.APPROVED,
        ChangeState.PUSHING,
        ChangeState.FAILED,
        ChangeState.CONFLICT,
    }
)

_RECORD_STATE = {
    ChangeState.AWAITING_APPROVAL: SyncState.AWAITING_APPROVAL,
    ChangeState.APPROVED: SyncState.PENDING_PUSH,
    ChangeState.PUSHING: SyncState.PUSHING,
    ChangeState.FAILED: SyncState.FAILED,
    ChangeState.CONFLICT: SyncState.CONFLICT,
}


def next_state(state: ChangeState, action: ChangeAction) -> ChangeState:
    """The state `action` leads to; InvalidTransitionError naming why when it is not allowed
    (e.g. approving a change already rejected)."""
    after = _TRANSITIONS.get((state, action))
    if after is None:
        raise InvalidTransitionError(
            f"cannot {action.value.replace('_', ' ')} a change that is "
            f"{state.value.replace('_', ' ')}",
            state=state.value,
        )
    return after


def record_state(state: ChangeState) -> SyncState | None:
    """The record's sync state while this change is open; None once it is closed (the record
    then reads as its copy of QuickBooks says)."""
    return _RECORD_STATE.get(state)


@dataclass(frozen=True)
class StagedChange:
    """A platform-side change as staged: QuickBooks' field names and shapes throughout.

    `qbo_id` is None for a new record. `base_sync_token` and `base_fields` are the version it
    was made against (for an edit: the read copy's SyncToken and the current values of the
    fields it changes), so the push is SyncToken-checked and the card shows before → after.
    `amount` is the money at stake, in `currency`, which the approver's limit is checked on.
    """

    kind: ChangeKind
    qbo_id: str | None
    fields: Mapping[str, FieldValue]
    base_sync_token: str | None = None
    base_fields: Mapping[str, FieldValue] = field(default_factory=dict)
    amount: Decimal = Decimal("0")
    currency: str = "USD"

    def __post_init__(self) -> None:
        if not self.fields:
            raise ValueError(f"a staged {self.kind.value} change must change a field")
        for name in (*self.fields, *self.base_fields):
            field_class(self.kind.entity, name)
        if (self.qbo_id is None) != (self.base_sync_token is None):
            raise ValueError("an edit carries the SyncToken it was made against; a create none")
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))
        object.__setattr__(self, "base_fields", MappingProxyType(dict(self.base_fields)))

    @property
    def is_create(self) -> bool:
        return self.qbo_id is None


def check_separation(
    submitted_by: str, approver: str, edited_by: Collection[str] = ()
) -> None:
    """Separation of duties: nobody approves a change they submitted, or edited, themselves.

    Raises NotAuthorizedError. `submitted_by` is a Slack user id, or `import:<file>` for an
    import (run at a terminal, by nobody Slack knows); `edited_by` who edited it on its card.
    """
    if submitted_by == approver:
        raise NotAuthorizedError(
            "you submitted this change, so another approver must approve it"
        )
    if approver in edited_by:
        raise NotAuthorizedError("you edited this change, so another approver must approve it")

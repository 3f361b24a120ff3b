"""The conflict card: one per record, posted to the finance channel through the outbox and
redrawn in place, and the use cases behind its buttons.

"Keep this result" confirms what the policy decided (for a held record: QuickBooks' values
stand and the held change is withdrawn). "Use the other side" on a field picks the value the
result did not take. When that changes QuickBooks, it is itself a staged change, made against
the SyncToken qbot holds now, and goes through the change batch approval (authority, limits,
separation of duties) like any other; nothing here writes to QuickBooks.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col

from core.domain.authority import Act, Approvers
from core.domain.sync.conflict_view import ConflictView
from core.domain.sync.staged import (
    OPEN_STATES,
    ChangeAction,
    ChangeKind,
    ChangeState,
    StagedChange,
    next_state,
)
from core.domain.sync.versions import field_value, plain_value
from core.errors import InvalidTransitionError, UserFacingError
from core.models import StagedChangeRow, SyncConflict
from core.ports import Clock
from core.services import audit, permissions
from core.services.approvals import Actor
from core.services.conflict_views import conflict_view, copy_of, get_conflict
from core.services.conflicts import RESOLVED, ConflictHook
from core.services.outbox import enqueue_conflict_effect
from core.services.permissions import Attempt
from core.services.staging import StagingService, json_ready
from core.services.uow import UnitOfWork

POST_CONFLICT_CARD, UPDATE_CONFLICT_CARD = "post_conflict_card", "update_conflict_card"
OVERRIDDEN = "overridden"


def card_hook(channel: str) -> ConflictHook:
    """Queue the conflict's card: posted once, then redrawn in place on every change (it waits
    in the outbox until Slack is configured)."""

    def queue(session: Session, conflict: SyncConflict) -> None:
        kind = UPDATE_CONFLICT_CARD if conflict.slack_ts else POST_CONFLICT_CARD
        enqueue_conflict_effect(session, conflict, kind, conflict.updated_at, {"channel": channel})

    return queue


class ConflictCardService:
    """Keep this result / Use the other side."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        approvers: Approvers,
        staging: StagingService,
        on_conflict: ConflictHook | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.approvers = approvers
        self.staging = staging
        self.on_conflict = on_conflict  # redraws the card

    def view(self, conflict_id: int) -> ConflictView:
        with self.uow.session() as session:
            return conflict_view(session, get_conflict(session, conflict_id))

    def check(self, conflict_id: int, actor: Actor) -> None:
        """Refuse (audited) a person who may not resolve conflicts."""
        view = self.view(conflict_id)
        attempt = Attempt(Act.RESOLVE_CONFLICT, actor.user_id, actor.team_id,
                          f"conflict:{conflict_id}", view.realm_id)  # fmt: skip
        permissions.check(self.uow, self.clock, self.approvers, attempt)

    def keep(self, conflict_id: int, version: int, actor: Actor) -> ConflictView:
        """Keep the result shown; a held record keeps QuickBooks' values (the held change is
        withdrawn). Raises NotAuthorizedError, or InvalidTransitionError for a stale card."""
        self.check(conflict_id, actor)
        now = self.clock.now()
        with self.uow.session() as session:
            conflict = self._claim(session, conflict_id, version)
            withdrawn = None
            if conflict.outcome == "held":
                why = f"QuickBooks' values kept by {actor.user_id} on the conflict card"
                withdrawn = _withdraw(session, conflict.change_id, now, why)
                conflict.outcome = "withdrawn"
            self._decided(session, conflict, actor, now, "sync.conflict_kept",
                          {"withdrew_change": withdrawn})  # fmt: skip
            return conflict_view(session, conflict)

    def use_other_side(
        self, conflict_id: int, version: int, field_index: int, actor: Actor
    ) -> tuple[ConflictView, int | None]:
        """Pick the other side's value of one field; returns the view and the staged change
        that carries it to QuickBooks (None when QuickBooks already holds it)."""
        self.check(conflict_id, actor)
        now = self.clock.now()
        with self.uow.session() as session:
            conflict = self._claim(session, conflict_id, version)
            fields = [dict(f) for f in conflict.fields]
            if not 0 <= field_index < len(fields):
                raise UserFacingError("this field is not on the conflict; use the newest card")
            chosen = fields[field_index]
            name, target = str(chosen["field"]), chosen_value(chosen)
            change = session.get(StagedChangeRow, conflict.change_id)
            copy = copy_of(session, conflict)
            in_quickbooks = copy is not None and not copy.deleted and (
                json_ready(field_value(copy.raw, name)) == target
            )
            open_change = change is not None and ChangeState(change.state) in OPEN_STATES
            if open_change and change is not None and name in change.changes:
                _drop_field(change, name, now, f"{name} decided by {actor.user_id}")
                session.add(change)
            fields[field_index] = {**chosen, "result": target, "side": "person"}
            conflict.fields = fields
            conflict.outcome = OVERRIDDEN
            self._decided(session, conflict, actor, now, "sync.conflict_overridden",
                          {"field": name, "to": target})  # fmt: skip
            view = conflict_view(session, conflict)
            staged_for = None if in_quickbooks or copy is None or copy.deleted else copy
            pending = (conflict.realm_id, ChangeKind(conflict.record_type), conflict.qbo_id,
                       name, target, staged_for)  # fmt: skip
        if pending[5] is None:
            return view, None
        return view, self._stage_override(pending, actor, conflict_id)

    def _stage_override(
        self, pending: tuple[str, ChangeKind, str, str, Any, Any], actor: Actor, conflict_id: int
    ) -> int:
        realm_id, kind, qbo_id, name, target, copy = pending
        total = plain_value(copy.raw.get("TotalAmt"))
        change = StagedChange(
            kind, qbo_id, {name: plain_value(target)}, base_sync_token=copy.sync_token,
            base_fields={name: field_value(copy.raw, name)},
            amount=total if isinstance(total, Decimal) else Decimal("0"),
            currency=str((copy.raw.get("CurrencyRef") or {}).get("value") or "USD"),
        )  # fmt: skip
        staged = self.staging.stage(realm_id, [(None, change)], actor.user_id,
                                    f"conflict:{conflict_id}")  # fmt: skip
        return staged.change_ids[0]

    def _claim(self, session: Session, conflict_id: int, version: int) -> SyncConflict:
        conflict = get_conflict(session, conflict_id)
        moved = session.execute(
            update(SyncConflict)
            .where(col(SyncConflict.id) == conflict_id, col(SyncConflict.version) == version)
            .values(version=version + 1)
            .execution_options(synchronize_session=False)
        )
        if moved.rowcount != 1:  # type: ignore[attr-defined]
            raise InvalidTransitionError(
                "this card is out of date; use the newest card", state=conflict.state
            )
        session.refresh(conflict)
        return conflict

    def _decided(
        self, session: Session, conflict: SyncConflict, actor: Actor, now: datetime,
        kind: str, data: dict[str, Any],
    ) -> None:  # fmt: skip
        conflict.state, conflict.decided_by, conflict.decided_at = RESOLVED, actor.user_id, now
        conflict.updated_at = now
        session.add(conflict)
        audit.append(
            session, at=now, kind=kind, actor=actor.user_id,
            subject=f"{conflict.record_type}:{conflict.qbo_id}", realm_id=conflict.realm_id,
            data={"conflict": conflict.id, "change": conflict.change_id, **data},
        )  # fmt: skip
        if self.on_conflict is not None:
            self.on_conflict(session, conflict)


def chosen_value(field: dict[str, Any]) -> Any:
    """The side of a field the result did not take."""
    result, platform, quickbooks = (field.get(k) for k in ("result", "platform", "quickbooks"))
    if platform == quickbooks:
        raise UserFacingError(f"both sides agree on {field.get('field')}; nothing to pick")
    return platform if result == quickbooks else quickbooks


def _withdraw(session: Session, change_id: int, now: datetime, why: str) -> int | None:
    change = session.get(StagedChangeRow, change_id)
    if change is None or ChangeState(change.state) not in OPEN_STATES:
        return None
    change.state = next_state(ChangeState(change.state), ChangeAction.WITHDRAW).value
    change.reason, change.updated_at = why, now
    session.add(change)
    return change.id


def _drop_field(change: StagedChangeRow, name: str, now: datetime, why: str) -> None:
    """The open change stops carrying `name`; with nothing left it is withdrawn."""
    rest = {n: v for n, v in change.changes.items() if n != name}
    if rest and ChangeState(change.state) is not ChangeState.CONFLICT:
        change.changes = rest
        change.base_fields = {n: v for n, v in change.base_fields.items() if n != name}
        change.reason, change.updated_at = f"{why}; the rest of the change stands", now
        return
    change.state = next_state(ChangeState(change.state), ChangeAction.WITHDRAW).value
    change.reason, change.updated_at = f"{why}; nothing of this change is left to push", now


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
from sqlmodel import Session, col, select

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
from core.models import ChangeBatch, StagedChangeRow, SyncConflict
from core.ports import Clock
from core.services import audit, permissions
from core.services.approvals import Actor
from core.services.change_approvals import UPDATE_CARD
from core.services.conflict_views import conflict_view, copy_of, get_conflict
from core.services.conflicts import RESOLVED, ConflictHook
from core.services.outbox import enqueue_batch_effect, enqueue_conflict_effect
from core.services.permissions import Attempt
from core.services.staging import CARRIED, OPEN, StagingService, json_ready, record_changes
from core.services.uow import UnitOfWork

POST_CONFLICT_CARD, UPDATE_CONFLICT_CARD = "post_conflict_card", "update_conflict_card"
OVERRIDDEN = "overridden"
REPLACED = "change.replaced"  # an open change withdrawn for the override that carries it on


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
        that carries it to QuickBooks (None when QuickBooks already holds it).

        A record has at most one open change: an override that must be staged replaces the
        record's open change (withdrawn, audited, its card says why), carrying what that one
        still changed, so nothing of it is lost and nothing is pushed twice."""
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
            live = copy if copy is not None and not copy.deleted else None
            # QuickBooks' value picked, or nothing to write to: the open change drops the field.
            to_stage = live is not None and json_ready(field_value(live.raw, name)) != target
            if not to_stage and change is not None and name in change.changes and (
                ChangeState(change.state) in OPEN_STATES
            ):
                _drop_field(change, name, now, f"{name} decided by {actor.user_id}")
                session.add(change)
            fields[field_index] = {**chosen, "result": target, "side": "person"}
            conflict.fields = fields
            conflict.outcome = OVERRIDDEN
            staged = None
            if to_stage and live is not None:
                staged = self._replace_open(session, conflict, live, name, target, actor, now)
            self._decided(session, conflict, actor, now, "sync.conflict_overridden",
                          {"field": name, "to": target, "staged_change": staged})  # fmt: skip
            return conflict_view(session, conflict), staged

    def _replace_open(
        self, session: Session, conflict: SyncConflict, copy: Any, name: str, target: Any,
        actor: Actor, now: datetime,
    ) -> int:  # fmt: skip
        """Stage the override as the record's one open change, in the caller's transaction:
        the open changes it replaces are withdrawn and what they still changed is carried."""
        earlier = record_changes(session, conflict.realm_id, conflict.record_type, conflict.qbo_id)
        if any(ChangeState(c.state) is ChangeState.PUSHING for c in earlier):
            raise UserFacingError(
                "this record's change is being written to QuickBooks right now; "
                "pick again once the push is done (the card will be redrawn)"
            )
        sides = {str(f["field"]): f.get("side") for f in conflict.fields}
        carried: dict[str, Any] = {}
        carried_base: dict[str, Any] = {}
        for c in earlier:
            held = ChangeState(c.state) is ChangeState.CONFLICT
            for n, v in c.changes.items():
                # A held change's contested fields were not won by the platform: left out.
                if n != name and (not held or sides.get(n, "platform") == "platform"):
                    carried[n], carried_base[n] = v, c.base_fields.get(n)
        token = earlier[-1].base_sync_token if earlier else copy.sync_token
        total = plain_value(copy.raw.get("TotalAmt"))
        change = StagedChange(
            ChangeKind(conflict.record_type), conflict.qbo_id,
            {**{n: plain_value(v) for n, v in carried.items()}, name: plain_value(target)},
            base_sync_token=token or copy.sync_token,
            base_fields={**{n: plain_value(v) for n, v in carried_base.items()},
                         name: field_value(copy.raw, name)},
            amount=total if isinstance(total, Decimal) else Decimal("0"),
            currency=str((copy.raw.get("CurrencyRef") or {}).get("value") or "USD"),
        )  # fmt: skip
        staged = self.staging.stage_in(session, conflict.realm_id, [(None, change)],
                                       actor.user_id, f"conflict:{conflict.id}")  # fmt: skip
        new_id, batch_id = staged.change_ids[0], staged.batch_id
        for c in earlier:
            why = (
                f"replaced by change {new_id}: {actor.user_id} picked {name} on the conflict "
                "card, and that change carries what this one still changed"
            )
            withdraw_replaced(session, c, now, why)
            audit.append_many(session, [
                audit.Record(
                    at=now, kind=REPLACED, actor=actor.user_id,
                    subject=f"{c.record_type}:{c.qbo_id}", realm_id=c.realm_id,
                    data={"change": c.id, "by_change": new_id, "by_batch": batch_id,
                          "conflict": conflict.id, "carried": sorted(carried)},
                ),
                # Its author's edit rides on the new batch: they may not approve it either.
                audit.Record(
                    at=now, kind=CARRIED, actor=actor.user_id, subject=f"batch:{batch_id}",
                    realm_id=c.realm_id,
                    data={"from_change": c.id, "submitted_by": c.submitted_by},
                ),
            ])  # fmt: skip
        return new_id

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


def withdraw_replaced(session: Session, change: StagedChangeRow, now: datetime, why: str) -> None:
    """Withdraw `change` (a newer one replaces it) and redraw its batch's card: a batch left
    with nothing open is withdrawn as a whole, with the reason, and its buttons go."""
    change.state = next_state(ChangeState(change.state), ChangeAction.WITHDRAW).value
    change.reason, change.updated_at = why, now
    session.add(change)
    session.flush()
    batch = session.get(ChangeBatch, change.batch_id)
    assert batch is not None
    still = session.exec(
        select(StagedChangeRow.id).where(
            StagedChangeRow.batch_id == batch.id, col(StagedChangeRow.state).in_(OPEN)
        )
    ).first()
    if still is None and ChangeState(batch.state) in OPEN_STATES:
        batch.state, batch.reason = ChangeState.WITHDRAWN.value, why
    batch.version += 1  # a new drawing: a click on the old one is stale
    session.add(batch)
    enqueue_batch_effect(session, batch, UPDATE_CARD, 1, now)

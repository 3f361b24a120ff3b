"""Approve or reject a batch of staged changes from its card: authority as for reminders (the
approvers file and amount limits, core.domain.authority.RULES), and separation of duties."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime

from sqlmodel import Session, select

from core.domain.authority import Act, Approvers
from core.domain.sync.change_view import ChangeBatchView
from core.domain.sync.staged import (
    ChangeAction,
    ChangeState,
    check_separation,
    next_state,
)
from core.errors import InvalidTransitionError, NotAuthorizedError
from core.models import ChangeBatch, StagedChangeRow
from core.ports import Clock
from core.services import audit, permissions
from core.services.approvals import Actor
from core.services.change_views import batch_view, get_batch
from core.services.claims import audit_refused_decision, claim, refusal_audited
from core.services.outbox import enqueue_batch_effect
from core.services.permissions import Attempt
from core.services.staging import editors_of
from core.services.uow import UnitOfWork

POST_CARD, UPDATE_CARD = "post_change_card", "update_change_card"


def post_card_effect(channel: str) -> Callable[[Session, int], None]:
    """The staging hook that queues a new batch's approval card (it waits in the outbox until
    Slack is configured)."""

    def post(session: Session, batch_id: int) -> None:
        batch = get_batch(session, batch_id)
        enqueue_batch_effect(session, batch, POST_CARD, 1, batch.created_at, {"channel": channel})

    return post


class ChangeApprovalService:
    """The use cases behind a change card's Approve and Reject buttons."""

    def __init__(self, uow: UnitOfWork, clock: Clock, approvers: Approvers) -> None:
        self.uow = uow
        self.clock = clock
        self.approvers = approvers

    def approve(self, batch_id: int, version: int, actor: Actor) -> ChangeBatchView:
        """Approve every change of the batch still awaiting approval; they may then be pushed.

        Raises NotAuthorizedError (audited) for no authority, over the limit, a change to the
        chart of accounts by a non-lead, or the person who submitted it; InvalidTransitionError
        (audited) when the batch was decided first or the card is stale.
        """
        self.check(batch_id, actor, Act.APPROVE_CHANGE)
        return self._decide(batch_id, version, actor, ChangeAction.APPROVE, None)

    def reject(self, batch_id: int, version: int, actor: Actor, reason: str) -> ChangeBatchView:
        """Reject the batch with a reason: nothing of it is ever written to QuickBooks."""
        reason = reason.strip()
        if not reason:
            raise InvalidTransitionError("a rejection needs a reason", state="awaiting_approval")
        self.check(batch_id, actor, Act.REJECT_CHANGE)
        return self._decide(batch_id, version, actor, ChangeAction.REJECT, reason)

    def view(self, batch_id: int) -> ChangeBatchView:
        with self.uow.session() as session:
            return batch_view(session, get_batch(session, batch_id))

    def check(self, batch_id: int, actor: Actor, act: Act) -> None:
        """Refuse (audited) a person who may not perform `act` on the batch."""
        with self.uow.session() as session:
            batch = get_batch(session, batch_id)
            view = batch_view(session, batch)
            editors = editors_of(session, batch_id)
        subject = f"batch:{batch_id}"
        for needed in (act, Act.CHANGE_ACCOUNTS) if view.touches_accounts else (act,):
            attempt = Attempt(needed, actor.user_id, actor.team_id, subject, view.realm_id,
                              view.total)  # fmt: skip
            permissions.check(self.uow, self.clock, self.approvers, attempt)
        if act is Act.APPROVE_CHANGE:
            try:
                check_separation(view.submitted_by, actor.user_id, editors)
            except NotAuthorizedError as exc:
                self._refused(view, actor, act, str(exc))
                raise

    def _decide(
        self,
        batch_id: int,
        version: int,
        actor: Actor,
        action: ChangeAction,
        reason: str | None,
    ) -> ChangeBatchView:
        act = Act.APPROVE_CHANGE if action is ChangeAction.APPROVE else Act.REJECT_CHANGE
        now = self.clock.now()
        with self._too_late_audited(batch_id, actor, act), self.uow.session() as session:
            batch = get_batch(session, batch_id)
            after = next_state(ChangeState(batch.state), action)
            claim(session, batch, version, ChangeState.AWAITING_APPROVAL.value, after.value,
                  "change")  # fmt: skip
            batch.decided_by, batch.decided_at, batch.reason = actor.user_id, now, reason
            session.add(batch)
            changes = self._move_changes(session, batch, action, now)
            audit.append_many(
                session,
                [
                    audit.Record(
                        at=now,
                        kind=f"change.{after.value}",
                        actor=actor.user_id,
                        subject=f"{c.record_type}:{c.qbo_id}" if c.qbo_id else f"change:{c.id}",
                        realm_id=batch.realm_id,
                        data={"change": c.id, "batch": batch.id, "reason": reason},
                    )
                    for c in changes
                ]
                + [
                    audit.Record(
                        at=now,
                        kind=f"change_batch.{after.value}",
                        actor=actor.user_id,
                        subject=f"batch:{batch.id}",
                        realm_id=batch.realm_id,
                        data={
                            "changes": len(changes),
                            "total": str(batch.total),
                            "currency": batch.currency,
                            "reason": reason,
                            "version": version,
                        },
                    )
                ],
            )
            enqueue_batch_effect(session, batch, UPDATE_CARD, 1, now)
            view = batch_view(session, batch)
        return view

    @staticmethod
    def _move_changes(
        session: Session, batch: ChangeBatch, action: ChangeAction, now: datetime
    ) -> list[StagedChangeRow]:
        # Only the changes still waiting: one withdrawn meanwhile (lost to QuickBooks) stays so.
        waiting = session.exec(
            select(StagedChangeRow).where(
                StagedChangeRow.batch_id == batch.id,
                StagedChangeRow.state == ChangeState.AWAITING_APPROVAL.value,
            )
        ).all()
        for change in waiting:
            change.state = next_state(ChangeState(change.state), action).value
            change.updated_at = now
            session.add(change)
        return list(waiting)

    def _too_late_audited(
        self, batch_id: int, actor: Actor, act: Act
    ) -> AbstractContextManager[None]:
        """A decision refused (lost a race, stale card), audited after its transaction
        (core.services.claims.refusal_audited)."""
        return refusal_audited(self.uow, self.clock, (actor.user_id, actor.team_id),
                               f"batch:{batch_id}", lambda: self.view(batch_id).realm_id,
                               act.value)  # fmt: skip

    def _refused(self, view: ChangeBatchView, actor: Actor, act: Act, why: str) -> None:
        audit_refused_decision(self.uow, self.clock, (actor.user_id, actor.team_id),
                               f"batch:{view.batch_id}", view.realm_id, act.value, why)  # fmt: skip

"""A case card's life besides approve/edit/reject: snooze until a date, assign or reassign,
mark an escalation resolved with a note, draft a reminder anyway; and the hourly upkeep that
brings snoozed cases back and nudges the approver of a card left waiting.

Every act is authorised here, in code (core.domain.authority), whatever buttons a card shows;
a refused or too-late act is audited (`approval.refused`) and raised for Slack to tell.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, col, select

from core.adapters.clock import company_today
from core.domain.approval import ApprovalAction, ApprovalState, transition
from core.domain.authority import Act, Approvers, Role
from core.domain.card_life import (
    draft_anyway_refusal,
    is_escalation,
    rejudged_on_resolution,
    resolution_record,
    snooze_problem,
    stale_since,
)
from core.domain.case_view import CaseView
from core.domain.decision import HardStop, Outcome, Route
from core.domain.drafting import format_money
from core.domain.labels import HARD_STOP_LABELS, OUTCOME_LABELS
from core.domain.policy import Policy
from core.errors import InvalidTransitionError, NotAuthorizedError, UserFacingError
from core.models import CrmNote, Invoice, ProposedAction, QboConnection
from core.ports import Clock
from core.services import audit
from core.services.claims import claim, refusal_audited
from core.services.collections import CollectionsService
from core.services.outbox import enqueue_effect
from core.services.queries import get_action, to_view
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)
BATCH = 200  # cards per upkeep transaction


class SnoozeRefusedError(UserFacingError):
    """The snooze date is in the past, today, or too far ahead; shown beside the date."""


@dataclass(frozen=True)
class CardActor:
    """Who acted, as Slack's signed payload says (never a button value)."""

    user_id: str
    team_id: str | None = None


@dataclass(frozen=True)
class Upkeep:
    """What one run of the hourly card upkeep did."""

    woken: int = 0
    nudged: int = 0


def _pending_only(action: ProposedAction) -> None:
    if action.state != ApprovalState.PROPOSED.value:
        raise InvalidTransitionError(
            f"this case was already {action.state.replace('_', ' ')}; nothing was changed",
            state=action.state,
        )


def _label(action: ProposedAction) -> str:
    if action.hard_stop:
        return HARD_STOP_LABELS[HardStop(action.hard_stop)]
    return OUTCOME_LABELS[Outcome(action.outcome)]


def _inert(text: str) -> str:
    # Slack mrkdwn's three control characters: a customer's name never mentions or links.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def case_line(action: ProposedAction) -> str:
    """One line naming a case for a direct message (Slack mrkdwn; QuickBooks text escaped)."""
    where = f" in <#{action.slack_channel}>" if action.slack_channel else ""
    return (f"case #{action.id}: {_label(action)}, invoice {_inert(action.doc_number)} of "
            f"{_inert(action.customer_name)}, "
            f"{format_money(action.balance, action.currency)}{where}")


class CardActionService:
    """The use cases behind a card's Snooze, Assign, Resolve and Draft-anyway buttons."""

    def __init__(self, uow: UnitOfWork, clock: Clock, approvers: Approvers, policy: Policy,
                 collections: CollectionsService) -> None:
        self.uow, self.clock, self.approvers = uow, clock, approvers
        self.policy, self.collections = policy, collections

    # -- reading, before a modal opens ----------------------------------------------------

    def view_for(self, action_id: int, actor: CardActor, act: Act) -> CaseView:
        """The case for `actor` to act on in a modal; NotAuthorizedError before it opens (not
        audited: nothing was attempted, and submitting checks again)."""
        with self.uow.session() as session:
            action = get_action(session, action_id)
            self._permit(action, actor, act)
            return to_view(action)

    def today(self, realm_id: str) -> date:
        """The company's own date (its stored timezone; UTC without a connection)."""
        with self.uow.session() as session:
            return company_today(self.clock.now(), _zone(session, realm_id))

    # -- the acts -------------------------------------------------------------------------

    def snooze(self, action_id: int, version: int, actor: CardActor, until: date | None
               ) -> CaseView:
        """Put a waiting card off until `until` (company date): redrawn without buttons, and
        the case comes back then, judged again on a fresh card (`wake_due`)."""
        with self._audited(action_id, actor, Act.SNOOZE), self.uow.session() as session:
            action = self._authorized(session, action_id, actor, Act.SNOOZE)
            today = company_today(self.clock.now(), _zone(session, action.realm_id))
            problem = snooze_problem(until, today, self.policy.max_snooze_days)
            if problem is not None:
                raise SnoozeRefusedError(problem)
            assert until is not None
            step = transition(ApprovalState(action.state), ApprovalAction.SNOOZE,
                              actor.user_id, self.clock.now())
            claim(session, action, version, ApprovalState.PROPOSED.value, step.after.value,
                  "case", lost=_pending_only)
            action.decided_by, action.decided_at = actor.user_id, step.at
            action.snoozed_until = until
            session.add(action)
            self._redraw(session, action, step.at)
            audit.append(session, at=step.at, kind="approval.snoozed", actor=actor.user_id,
                         subject=f"action:{action.id}", realm_id=action.realm_id,
                         data={"invoice": action.invoice_qbo_id, "until": until.isoformat(),
                               "version": version})
            return to_view(action)

    def assign(self, action_id: int, version: int, actor: CardActor, assignee: str
               ) -> CaseView:
        """Assign a waiting card to `assignee` (the actor themself for "Assign to me"): only
        to someone the approvers file lets decide it; they are told by DM."""
        with self._audited(action_id, actor, Act.ASSIGN), self.uow.session() as session:
            action = self._authorized(session, action_id, actor, Act.ASSIGN)
            _pending_only(action)
            if assignee == action.assignee:
                raise UserFacingError(f"This card is already assigned to <@{assignee}>.")
            self._may_decide(action, assignee, actor)
            moved = session.execute(
                update(ProposedAction)
                .where(col(ProposedAction.id) == action.id,
                       col(ProposedAction.state) == ApprovalState.PROPOSED.value,
                       col(ProposedAction.version) == version)
                .values(version=version + 1, assignee=assignee)
                .execution_options(synchronize_session=False)
            )
            if moved.rowcount != 1:  # type: ignore[attr-defined]
                session.refresh(action)
                _pending_only(action)
                raise InvalidTransitionError("this card is out of date; use the newest card",
                                             state=action.state)
            session.refresh(action)
            now = self.clock.now()
            self._redraw(session, action, now)
            if assignee != actor.user_id:
                text = (f":inbox_tray: <@{actor.user_id}> assigned you {case_line(action)}. "
                        "It is yours to decide.")
                enqueue_effect(session, action, "assign_dm", 11, now,
                               {"users": [assignee], "text": text})
            audit.append(session, at=now, kind="card.assigned", actor=actor.user_id,
                         subject=f"action:{action.id}", realm_id=action.realm_id,
                         data={"invoice": action.invoice_qbo_id, "assignee": assignee,
                               "version": version})
            return to_view(action)

    def resolve(self, action_id: int, version: int, actor: CardActor, note: str) -> CaseView:
        """Mark an escalation resolved with the person's note. A resolved dispute or paid
        claim is recorded for the judge and the case is judged again (a fresh card when
        there is something to do); any other escalation simply closes."""
        note = note.strip()
        if not note:
            raise UserFacingError("Say in a few words how it was resolved.")
        with self._audited(action_id, actor, Act.RESOLVE_CASE), self.uow.session() as session:
            action = self._authorized(session, action_id, actor, Act.RESOLVE_CASE)
            if not is_escalation(Route(action.route)):
                raise UserFacingError("This card has a draft: approve, edit or reject it.")
            step = transition(ApprovalState(action.state), ApprovalAction.RESOLVE,
                              actor.user_id, self.clock.now())
            claim(session, action, version, ApprovalState.PROPOSED.value, step.after.value,
                  "case", lost=_pending_only)
            stop = HardStop(action.hard_stop) if action.hard_stop else None
            rejudge = rejudged_on_resolution(stop, Outcome(action.outcome))
            action.decided_by, action.decided_at = actor.user_id, step.at
            action.status_note = note[:1000]
            if rejudge:
                session.add(CrmNote(realm_id=action.realm_id,
                                    customer_qbo_id=_customer_of(session, action),
                                    author=f"slack:{actor.user_id}",
                                    noted_at=step.at.isoformat(),
                                    text=resolution_record(stop, Outcome(action.outcome), note)))
                # The case key is freed: judged again, the case may well be the same kind.
                action.case_key = f"{action.case_key}~{action.id}"[:200]
            session.add(action)
            self._redraw(session, action, step.at)
            audit.append(session, at=step.at, kind="approval.resolved", actor=actor.user_id,
                         subject=f"action:{action.id}", realm_id=action.realm_id,
                         data={"invoice": action.invoice_qbo_id, "note": note[:1000],
                               "hard_stop": action.hard_stop, "rejudged": rejudge,
                               "version": version})
            view = to_view(action)
            realm, invoice = action.realm_id, action.invoice_qbo_id
        if rejudge:
            self._judge_again(realm, invoice)
        return view

    def draft_anyway(self, action_id: int, version: int, actor: CardActor) -> CaseView:
        """For an escalation (never a legal hold), by a role the policy allows: a normal
        reminder card, which waits for the normal approval like any other."""
        with self._audited(action_id, actor, Act.DRAFT_ANYWAY), self.uow.session() as session:
            action = self._authorized(session, action_id, actor, Act.DRAFT_ANYWAY)
            refusal = draft_anyway_refusal(Route(action.route),
                                           HardStop(action.hard_stop) if action.hard_stop
                                           else None, action.send_to)
            if refusal is not None:
                raise UserFacingError(refusal)
            realm, invoice = action.realm_id, action.invoice_qbo_id
            zone = _zone(session, realm)
            home = _home_currency(session, realm)
            over = _label(action)
        as_of = company_today(self.clock.now(), zone)
        verdict = self.collections.judged_anyway(realm, invoice, as_of, home, over)
        if verdict is None:
            raise UserFacingError("The invoice has nothing left to collect; nothing was drafted.")
        with self._audited(action_id, actor, Act.DRAFT_ANYWAY), self.uow.session() as session:
            action = get_action(session, action_id)
            step = transition(ApprovalState(action.state), ApprovalAction.RESOLVE,
                              actor.user_id, self.clock.now())
            claim(session, action, version, ApprovalState.PROPOSED.value, step.after.value,
                  "case", lost=_pending_only)
            verdict.key = f"{verdict.key}:anyway:{action.id}"[:200]
            assert verdict.row is not None
            verdict.row = {**verdict.row, "case_key": verdict.key}
            self.collections.write_verdicts(session, [verdict], as_of)
            drafted = session.exec(select(ProposedAction.id).where(
                ProposedAction.case_key == verdict.key)).first()
            action.decided_by, action.decided_at = actor.user_id, step.at
            action.status_note = (f"A reminder was drafted anyway (case #{drafted}); it waits "
                                  "for approval on its own card")
            session.add(action)
            self._redraw(session, action, step.at)
            audit.append(session, at=step.at, kind="approval.drafted_anyway",
                         actor=actor.user_id, subject=f"action:{action.id}", realm_id=realm,
                         data={"invoice": invoice, "reminder_action": drafted,
                               "hard_stop": action.hard_stop, "version": version})
            return to_view(action)

    # -- the hourly upkeep ----------------------------------------------------------------

    def upkeep(self) -> Upkeep:
        """Bring back every snoozed case whose date came, and nudge stale cards once."""
        return Upkeep(woken=self.wake_due(), nudged=self.nudge_stale())

    def wake_due(self) -> int:
        """Judge again every snoozed case whose date (in its company's timezone) has come.

        The snooze date is cleared and the case key freed in one transaction, locked rows
        skipped, so a second scheduler or a re-run wakes nothing twice; the re-judgement
        follows (a crash between the two leaves it to the next daily scan).
        """
        now, woken = self.clock.now(), 0
        due: list[tuple[str, str]] = []
        with self.uow.session() as session:
            zones: dict[str, str] = {}
            rows = session.exec(
                select(ProposedAction)
                .where(ProposedAction.state == ApprovalState.SNOOZED.value,
                       col(ProposedAction.snoozed_until).is_not(None),
                       # no company's today is later than UTC's tomorrow (zones: ±14 h)
                       col(ProposedAction.snoozed_until) <= (now + timedelta(days=1)).date())
                .order_by(col(ProposedAction.id))
                .limit(BATCH)
                .with_for_update(skip_locked=True)
            ).all()
            for action in rows:
                zone = zones.setdefault(action.realm_id, _zone(session, action.realm_id))
                until = action.snoozed_until
                if until is None or until > company_today(now, zone):
                    continue
                action.snoozed_until = None
                action.status_note = (f"Snoozed until {until.isoformat()}; it came back that "
                                      "day and was judged again")
                action.case_key = f"{action.case_key}~{action.id}"[:200]
                action.version += 1  # a new drawing of the card (its effects' keys differ)
                session.add(action)
                session.flush()
                self._redraw(session, action, now, log=False)
                audit.append(session, at=now, kind="card.woken", actor="qbot",
                             subject=f"action:{action.id}", realm_id=action.realm_id,
                             data={"invoice": action.invoice_qbo_id, "until": until.isoformat()})
                due.append((action.realm_id, action.invoice_qbo_id))
        for realm, invoice in due:
            try:
                self._judge_again(realm, invoice)
            except ValueError as exc:  # an unreadable case: the daily scan reports it too
                log.warning("snoozed invoice %s of %s not judged again: %s", invoice, realm, exc)
            woken += 1
        return woken

    def nudge_stale(self) -> int:
        """DM the approver of every card waiting longer than the policy's stale_card_hours,
        once per card: `nudged_at` is set under a guard, so a restart or a second scheduler
        never nudges twice. The approver is the card's assignee, else everyone the
        approvers file lets decide it."""
        cutoff = stale_since(self.clock.now(), self.policy.stale_card_hours)
        if cutoff is None:
            return 0
        now, nudged = self.clock.now(), 0
        with self.uow.session() as session:
            stale = session.exec(
                select(ProposedAction)
                .where(ProposedAction.state == ApprovalState.PROPOSED.value,
                       col(ProposedAction.created_at) < cutoff,
                       col(ProposedAction.nudged_at).is_(None),
                       col(ProposedAction.slack_ts).is_not(None))
                .order_by(col(ProposedAction.id))
                .limit(BATCH)
            ).all()
            for action in stale:
                marked = session.execute(
                    update(ProposedAction)
                    .where(col(ProposedAction.id) == action.id,
                           col(ProposedAction.nudged_at).is_(None))
                    .values(nudged_at=now)
                    .execution_options(synchronize_session=False)
                )
                if marked.rowcount != 1:  # type: ignore[attr-defined]
                    continue
                users = [action.assignee] if action.assignee else self._deciders(action)
                hours = int((now - action.created_at).total_seconds() // 3600)
                text = (f":alarm_clock: {case_line(action)} has waited {hours} hours for a "
                        "decision.")
                if users:
                    enqueue_effect(session, action, "nudge_dm", 12, now,
                                   {"users": users, "text": text})
                audit.append(session, at=now, kind="card.nudged", actor="qbot",
                             subject=f"action:{action.id}", realm_id=action.realm_id,
                             data={"invoice": action.invoice_qbo_id, "users": users,
                                   "after_hours": self.policy.stale_card_hours})
                nudged += 1
        return nudged

    # -- helpers --------------------------------------------------------------------------

    def _judge_again(self, realm: str, invoice: str) -> None:
        with self.uow.session() as session:
            zone, home = _zone(session, realm), _home_currency(session, realm)
        self.collections.scan_invoice(realm, invoice, company_today(self.clock.now(), zone),
                                      home)

    def _deciders(self, action: ProposedAction) -> list[str]:
        found = []
        for user in sorted(self.approvers.users):
            try:
                self.approvers.permit(Act.APPROVE, user, None, action.home_amount)
            except NotAuthorizedError:
                continue
            found.append(user)
        return found

    def _may_decide(self, action: ProposedAction, assignee: str, actor: CardActor) -> None:
        try:
            self.approvers.permit(Act.APPROVE, assignee, None, action.home_amount)
        except NotAuthorizedError as exc:
            why = (f"<@{assignee}> may not decide this card ({exc}); pick someone the "
                   "approvers file allows")
            raise NotAuthorizedError(why) from None  # audited by _audited

    def _permit(self, action: ProposedAction, actor: CardActor, act: Act) -> Role:
        role = self.approvers.permit(act, actor.user_id, actor.team_id, action.home_amount)
        if act is Act.DRAFT_ANYWAY and role.value not in self.policy.draft_anyway_roles:
            allowed = " or ".join(self.policy.draft_anyway_roles) or "nobody"
            raise NotAuthorizedError(f"the policy lets only {allowed} draft a reminder anyway")
        return role

    def _authorized(self, session: Session, action_id: int, actor: CardActor, act: Act
                    ) -> ProposedAction:
        action = get_action(session, action_id)
        self._permit(action, actor, act)  # a refusal is audited by _audited, after rollback
        return action

    @staticmethod
    def _redraw(session: Session, action: ProposedAction, now: datetime, log: bool = True
                ) -> None:
        enqueue_effect(session, action, "update_card", 9, now)
        if log:
            enqueue_effect(session, action, "decision_log", 10, now)

    def _audited(self, action_id: int, actor: CardActor, act: Act
                 ) -> AbstractContextManager[None]:
        """An act refused (lost to an earlier one, stale card, no authority), audited after
        its transaction as ApprovalService does (core.services.claims.refusal_audited); other
        refusals a person can fix are audited where Slack is answered (bot.refusals)."""

        def realm() -> str | None:
            with self.uow.session() as session:
                action = session.get(ProposedAction, action_id)
                return action.realm_id if action is not None else None

        return refusal_audited(self.uow, self.clock, (actor.user_id, actor.team_id),
                               f"action:{action_id}", realm, act.value)  # fmt: skip


def _zone(session: Session, realm_id: str) -> str:
    conn = session.exec(select(QboConnection).where(QboConnection.realm_id == realm_id)).first()
    return conn.timezone if conn else "UTC"


def _home_currency(session: Session, realm_id: str) -> str:
    conn = session.exec(select(QboConnection).where(QboConnection.realm_id == realm_id)).first()
    return conn.home_currency if conn else "USD"


def _customer_of(session: Session, action: ProposedAction) -> str:
    invoice = session.exec(select(Invoice).where(
        Invoice.realm_id == action.realm_id, Invoice.qbo_id == action.invoice_qbo_id)).first()
    if invoice is None:
        raise UserFacingError("The invoice is no longer in qbot's copy of QuickBooks.")
    return invoice.customer_qbo_id



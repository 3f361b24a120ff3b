"""Approve, edit-and-approve or reject a proposed action; effects join the same transaction."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass

from sqlalchemy.orm import object_session
from sqlmodel import Session

from core.domain.approval import ApprovalAction, ApprovalState, transition
from core.domain.authority import Approvers
from core.domain.case_view import CaseView
from core.domain.decision import Draft, Outcome, Route
from core.domain.edit_guard import DraftFacts, edit_problems
from core.domain.policy import Policy
from core.domain.rejection import Rejection
from core.errors import InvalidTransitionError, UserFacingError
from core.models import ProposedAction
from core.ports import Clock
from core.services import audit
from core.services.claims import claim, refusal_audited
from core.services.effects import asked_for
from core.services.outbox import enqueue_effects
from core.services.promises import record_plan
from core.services.queries import get_action, to_view
from core.services.uow import UnitOfWork


class EditRefusedError(UserFacingError):
    """The edited reminder drops or changes a fact of the invoice; nothing was decided."""


def _approval_effects(
    drafted: str, edited: Draft | None
) -> list[tuple[str, dict[str, object]]]:
    """An approval's effects in order: the card says it is sending before SMTP is tried; an
    edit's diff goes into the card's thread once the email went out; the decision log last."""
    effects: list[tuple[str, dict[str, object]]] = [("show_decision", {}), ("send_email", {})]
    if edited is not None and edited.body != drafted:
        effects.append(("edit_diff", {"drafted": drafted, "sent": edited.body}))
    return [*effects, ("qbo_note", {}), ("update_card", {}), ("decision_log", {})]


def _refuse_if_superseded(action: ProposedAction) -> None:
    """A withdrawn or expired card is refused with what happened, not only its state's name."""
    if action.state == ApprovalState.EXPIRED.value:
        why = (action.status_note or "nobody decided it in time").rstrip(".")
        raise InvalidTransitionError(
            f"This card expired: {why}. Nothing was sent from it; the next overdue scan "
            "drafts a fresh card if the invoice is still open.",
            state=action.state,
        )
    if action.state != ApprovalState.SUPERSEDED.value:
        return
    why = (action.status_note or "the invoice changed in QuickBooks").rstrip(".")
    raise InvalidTransitionError(
        f"This card was withdrawn: {why}. Nothing was sent from it; "
        "a newer card follows when there is still something to collect.",
        state=action.state,
    )


@dataclass(frozen=True)
class Actor:
    """The Slack user who clicked, as Slack's signed payload says (never the button value)."""

    user_id: str
    team_id: str | None = None
    name: str | None = None


class ApprovalService:
    """The use cases behind the Approve / Edit / Reject buttons."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        approvers: Approvers,
        policy: Policy | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.approvers = approvers
        self.policy = policy or Policy()

    def approve(
        self, action_id: int, version: int, actor: Actor, edited: Draft | None = None
    ) -> CaseView:
        """Approve (or edit and approve) a drafted reminder.

        Raises NotAuthorizedError (audited) for a user without authority, and
        InvalidTransitionError when the action was already decided or the card is stale.
        """
        verb = ApprovalAction.EDIT if edited else ApprovalAction.APPROVE
        with self._too_late_audited(action_id, actor, verb.value), self.uow.session() as session:
            action = self._authorized(session, action_id, actor, verb.value)
            if action.route != Route.DRAFT_FOR_APPROVAL.value:
                raise InvalidTransitionError(
                    "this case has no draft to approve; handle it by hand", state=action.state
                )
            drafted = action.draft_body or ""
            _refuse_if_superseded(action)
            step = transition(ApprovalState(action.state), verb, actor.user_id, self.clock.now())
            claim(
                session, action, version, ApprovalState.PROPOSED.value, step.after.value, "case",
                lost=_refuse_if_superseded,
            )
            if edited is not None:
                # After the claim, so a decided or stale card is refused as such; raising
                # here rolls the claim back with the rest of the transaction.
                self._check_edit(action, edited)
                action.draft_subject, action.draft_body = edited.subject, edited.body
            action.decided_by, action.decided_at = actor.user_id, step.at
            session.add(action)
            assert action.id is not None
            # in two multi-row INSERTs (the effects, their one job): one statement per
            # effect and one job insert each was half an Approve's CPU
            effects = _approval_effects(drafted, edited)
            enqueue_effects(
                session,
                [(action, kind, seq, payload) for seq, (kind, payload) in enumerate(effects, 1)],
                step.at,
            )
            if action.outcome == Outcome.PAYMENT_PLAN_CANDIDATE.value:
                # The plan is agreed as it goes out: its instalments are kept from now on.
                record_plan(session, action, self.policy, step.at)
            audit.append(
                session,
                at=step.at,
                kind=f"approval.{step.after.value}",
                actor=actor.user_id,
                subject=f"action:{action.id}",
                realm_id=action.realm_id,
                data={
                    "invoice": action.invoice_qbo_id,
                    "doc_number": action.doc_number,
                    "version": version,
                    "edited": edited is not None,
                    "draft": {"subject": action.draft_subject, "body": action.draft_body},
                    # The weekly review's edit distance: what qbot drafted, what goes out.
                    "draft_text": drafted,
                    "sent_text": action.draft_body or "",
                },
            )
            view = to_view(action, with_picture=False)
        return view

    def _check_edit(self, action: ProposedAction, edited: Draft) -> None:
        """Refuse an edit that drops or changes the facts (core.domain.edit_guard)."""
        session = object_session(action)
        asked = asked_for(session, action) if isinstance(session, Session) else []
        invoices = tuple((a.doc_number, a.balance) for a in asked) if len(asked) > 1 else ()
        facts = DraftFacts(action.doc_number, action.balance, action.draft_body or "", invoices)
        problems = edit_problems(
            facts,
            edited.body,
            keep_invoice_number=self.policy.edit_keeps_invoice_number,
            keep_amount=self.policy.edit_keeps_amount,
        )
        if problems:
            raise EditRefusedError(" ".join(problems))

    def reject(
        self, action_id: int, version: int, actor: Actor, reason: Rejection | str
    ) -> CaseView:
        """Reject a proposed action with a reason; nothing is sent or written to QuickBooks.

        A bare string is the person's own words (reason Other). The audit entry
        (`approval.rejected`) keeps `reason_code` and `reason_text` for the weekly review.
        """
        if isinstance(reason, str):
            if not reason.strip():
                raise InvalidTransitionError("a rejection needs a reason", state="proposed")
            reason = Rejection.of(None, reason)
        with self._too_late_audited(action_id, actor, "reject"), self.uow.session() as session:
            action = self._authorized(session, action_id, actor, "reject")
            _refuse_if_superseded(action)
            step = transition(
                ApprovalState(action.state), ApprovalAction.REJECT, actor.user_id, self.clock.now()
            )
            claim(
                session, action, version, ApprovalState.PROPOSED.value, step.after.value, "case",
                lost=_refuse_if_superseded,
            )
            action.decided_by, action.decided_at, action.reject_reason = (
                actor.user_id,
                step.at,
                reason.summary(),
            )
            session.add(action)
            enqueue_effects(
                session, [(action, "update_card", 1, {}), (action, "decision_log", 2, {})], step.at
            )
            audit.append(
                session,
                at=step.at,
                kind="approval.rejected",
                actor=actor.user_id,
                subject=f"action:{action.id}",
                realm_id=action.realm_id,
                data={
                    "invoice": action.invoice_qbo_id,
                    "reason": reason.summary(),
                    "reason_code": reason.code.value,
                    "reason_text": reason.text,
                    "version": version,
                },
            )
            view = to_view(action, with_picture=False)
        return view

    def view_for(self, action_id: int, actor: Actor) -> CaseView:
        """Return the current view of an action for `actor` to decide in a modal.

        Raises NotAuthorizedError on the same amount the decision checks, so nobody types a
        reason to be refused. Not audited: nothing was attempted (submitting checks again).
        """
        with self.uow.session() as session:
            action = get_action(session, action_id)
            self.approvers.authorize(actor.user_id, action.home_amount, actor.team_id)
            return to_view(action, with_picture=False)

    def _authorized(
        self, session: Session, action_id: int, actor: Actor, verb: str
    ) -> ProposedAction:
        # a refusal is audited by _too_late_audited, once this transaction has ended
        action = get_action(session, action_id)
        self.approvers.authorize(actor.user_id, action.home_amount, actor.team_id)
        return action

    def record_refusal(self, actor: Actor, surface: str, why: str) -> None:
        """Audit a Slack request of `actor` that qbot could not act on (`slack.refused`).

        For requests refused before any case was found: unreadable, forged, or naming a case
        that does not exist. Its own transaction; nothing else changes.
        """
        with self.uow.session() as session:
            audit.append(
                session,
                at=self.clock.now(),
                kind="slack.refused",
                actor=actor.user_id,
                subject=surface,
                data={"reason": why, "team_id": actor.team_id},
            )

    def _too_late_audited(
        self, action_id: int, actor: Actor, verb: str
    ) -> AbstractContextManager[None]:
        """A decision refused (lost a race, stale card, no authority), audited after its
        transaction (core.services.claims.refusal_audited)."""

        def realm() -> str | None:
            with self.uow.session() as session:
                return get_action(session, action_id).realm_id

        return refusal_audited(self.uow, self.clock, (actor.user_id, actor.team_id),
                               f"action:{action_id}", realm, verb)  # fmt: skip

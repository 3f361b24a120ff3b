"""Read-side queries: proposed actions as CaseViews, counts by state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import object_session
from sqlmodel import Session, col, select

from core.domain.approval import ApprovalState
from core.domain.case_picture import CardInvoice as CardLine
from core.domain.case_view import CaseView, SendTrouble
from core.domain.decision import HardStop, Outcome, Route
from core.errors import UserFacingError
from core.models import CardInvoice, OutboxEffect, ProposedAction, QboConnection
from core.services.context_sources import context_gaps, owner_of_invoice
from core.services.customer_picture import for_card


def to_view(action: ProposedAction, *, with_picture: bool = True) -> CaseView:
    """Return the card's view of a proposed action; `with_picture=False` skips what only the
    card's body shows (the customer's picture, the context sources and account owner: a few
    queries), for answers that draw no card, e.g. before a click's ack."""
    assert action.id is not None
    trouble, edited = _delivery(action)
    invoices = covered_invoices(action)
    session = object_session(action)
    covered = tuple(i.invoice_id for i in invoices) or (action.invoice_qbo_id,)
    gaps, owner = _context(action) if with_picture else ((), None)
    return CaseView(
        action_id=action.id,
        version=action.version,
        realm_id=action.realm_id,
        invoice_id=action.invoice_qbo_id,
        doc_number=action.doc_number,
        customer_name=action.customer_name,
        balance=action.balance,
        currency=action.currency,
        due_date=action.due_date,
        days_past_due=action.days_past_due,
        stage=action.stage,
        route=Route(action.route),
        outcome=Outcome(action.outcome),
        hard_stop=HardStop(action.hard_stop) if action.hard_stop else None,
        reasons=tuple(action.reasons),
        summary=action.summary,
        draft_subject=action.draft_subject,
        draft_body=action.draft_body,
        state=ApprovalState(action.state),
        send_to=action.send_to,
        home_amount=action.home_amount,
        decided_by=action.decided_by,
        decided_at=action.decided_at,
        reject_reason=action.reject_reason,
        status_note=action.status_note,
        company_name=_company_name(action),
        trouble=trouble,
        edited=edited,
        context_gaps=gaps,
        account_owner=owner,
        assignee=action.assignee,
        snoozed_until=action.snoozed_until,
        picture=for_card(session, action, covered)
        if with_picture and isinstance(session, Session)
        else None,
        invoices=invoices,
        judge_fallback=action.judge_fallback,
    )


def card_invoice_rows(session: Session, action: ProposedAction) -> list[CardInvoice]:
    """The card_invoices rows of a customer card, oldest due first ([] for a one-invoice
    card): the one reader of what a card covers (its view, its email, its supersession)."""
    if action.id is None:
        return []
    return list(
        session.exec(
            select(CardInvoice)
            .where(CardInvoice.action_id == action.id)
            .order_by(col(CardInvoice.id))
        ).all()
    )


def covered_invoices(action: ProposedAction) -> tuple[CardLine, ...]:
    """The invoices a customer card covers, oldest due first (() for a one-invoice card)."""
    session = object_session(action)
    if not isinstance(session, Session):
        return ()
    return tuple(
        CardLine(r.invoice_qbo_id, r.doc_number, r.balance, r.currency, r.due_date,
                 r.days_past_due, r.stage)
        for r in card_invoice_rows(session, action)
    )


def _context(action: ProposedAction) -> tuple[tuple[str, ...], str | None]:
    """The context sources never read for the action's company, and the account owner."""
    session = object_session(action)
    if session is None:
        return (), None
    return (context_gaps(session, action.realm_id),
            owner_of_invoice(session, action.realm_id, action.invoice_qbo_id))


# States in which an approved reminder is on its way or sent: only then can its send be in
# trouble, or its edit be shown.
_ON_ITS_WAY = frozenset({"approved", "edited", "sending", "failed", "done"})


def _delivery(action: ProposedAction) -> tuple[SendTrouble | None, bool]:
    """What went wrong with this action's email so far, and whether its text was edited."""
    session = object_session(action)
    if session is None or action.state not in _ON_ITS_WAY:
        return None, False
    effects = session.execute(
        sa_select(OutboxEffect)
        .where(col(OutboxEffect.action_id) == action.id)
        .where(col(OutboxEffect.kind).in_(["send_email", "edit_diff"]))
        .order_by(col(OutboxEffect.id))
    ).scalars()
    send, edited = None, False
    for effect in effects:
        if effect.kind == "edit_diff":
            edited = True
        else:
            send = effect
    return (_trouble(send) if send is not None else None), edited


def _trouble(effect: OutboxEffect) -> SendTrouble | None:
    if not effect.last_error:
        return None
    error = effect.last_error
    if effect.state == "in_doubt":
        return SendTrouble(error=error, in_doubt_effect=effect.id)
    if effect.state == "failed":
        return SendTrouble(error=error)
    if effect.state == "pending":
        due = effect.result.get("retry_at") if isinstance(effect.result, dict) else None
        return SendTrouble(error=error, retry_at=datetime.fromisoformat(due) if due else None)
    return None


def _company_name(action: ProposedAction) -> str:
    """The connected company's name for the card's footer ("" when not connected)."""
    session = object_session(action)
    if session is None:
        return ""
    name = session.execute(
        sa_select(col(QboConnection.company_name)).where(
            col(QboConnection.realm_id) == action.realm_id
        )
    ).scalar()
    return str(name or "")


def get_action(session: Session, action_id: int) -> ProposedAction:
    """Return the action or raise UserFacingError if it does not exist."""
    action = session.get(ProposedAction, action_id)
    if action is None:
        raise UserFacingError(f"case {action_id} no longer exists; run the overdue scan again")
    return action


def counts_by_state(session: Session) -> dict[str, int]:
    """Return {state: number of proposed actions}."""
    rows = session.exec(
        select(ProposedAction.state, func.count()).group_by(ProposedAction.state)
    ).all()
    return {state: int(n) for state, n in rows}

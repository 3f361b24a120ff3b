"""Read-side queries: proposed actions as CaseViews, counts by state."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import object_session
from sqlmodel import Session, col, select

from core.domain.approval import ApprovalState
from core.domain.case_view import CaseView
from core.domain.decision import HardStop, Outcome, Route
from core.errors import UserFacingError
from core.models import ProposedAction, QboConnection


def to_view(action: ProposedAction) -> CaseView:
    """Return the card's view of a proposed action."""
    assert action.id is not None
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
    )


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

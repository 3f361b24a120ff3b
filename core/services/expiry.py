"""Cards nobody decided in time expire: redrawn to say so, buttons gone, logged in the thread.

How long a card may wait is the policy's `card_expiry_hours` (0: never). An expired card
frees its case key, so the next overdue scan drafts a fresh card when the invoice is still
open, judged on what is known then rather than on a stale draft.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import col, select

from core.domain.approval import ApprovalAction, ApprovalState, transition
from core.models import ProposedAction
from core.services import audit
from core.services.outbox import enqueue_effect
from core.services.uow import UnitOfWork

BATCH = 200  # cards per transaction: a long backlog never holds the write lock for long


def expire_stale(uow: UnitOfWork, now: datetime, hours: int) -> int:
    """Expire every card still waiting after `hours`; return how many (0 when hours is 0)."""
    if hours <= 0:
        return 0
    cutoff = now - timedelta(hours=hours)
    expired = 0
    while True:
        with uow.session() as session:
            stale = session.exec(
                select(ProposedAction)
                .where(ProposedAction.state == ApprovalState.PROPOSED.value)
                .where(col(ProposedAction.created_at) < cutoff)
                .order_by(col(ProposedAction.id))
                .limit(BATCH)
                .with_for_update(skip_locked=True)  # a card being decided right now is left
            ).all()
            for action in stale:
                step = transition(ApprovalState.PROPOSED, ApprovalAction.EXPIRE, "qbot", now)
                action.state = step.after.value
                action.status_note = f"Nobody decided it within {hours:,} hours"
                action.case_key = f"{action.case_key}~{action.id}"[:200]
                session.add(action)
                session.flush()
                enqueue_effect(session, action, "update_card", 9, now)
                enqueue_effect(session, action, "decision_log", 10, now)
                audit.append(
                    session,
                    at=now,
                    kind="approval.expired",
                    actor="qbot",
                    subject=f"action:{action.id}",
                    realm_id=action.realm_id,
                    data={"invoice": action.invoice_qbo_id, "after_hours": hours},
                )
        expired += len(stale)
        if len(stale) < BATCH:
            return expired

"""A refused decision is audited after its transaction has given its connection back.

Why it matters: the refusal's audit row is written in a transaction of its own (it must stay
although the decision rolls back). Written inside the decision's, it held two of the pool's
connections at once, and with as many refused clicks at once as the pool has connections
(5 + 10) every one waited for its second until the pool's 30 s timeout: every ack of the
web process stalled (`python -m bench slack`). A pool of one connection shows it on one click.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, create_engine
from sqlmodel import select

from core.adapters.clock import FixedClock
from core.errors import NotAuthorizedError
from core.models import AuditEntry
from core.services.approvals import Actor, ApprovalService
from core.services.case_actions import CardActionService, CardActor
from core.services.uow import UnitOfWork
from tests.harness import APPROVERS, COLLECTOR, NOW, STRANGER, scanned_loop
from tests.integration.test_bolt_rig import first_action


@pytest.fixture
def one_connection(database_url: str) -> Iterator[Engine]:
    # pool_timeout 2 s: a second checkout while the first is held fails fast instead of 30 s
    eng = create_engine(database_url, pool_size=1, max_overflow=0, pool_timeout=2)
    yield eng
    eng.dispose()


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_a_refused_decision_needs_one_connection_at_a_time(
    engine: Engine, database_url: str, one_connection: Engine, decision: str
) -> None:
    with scanned_loop(engine, database_url) as loop:
        action = first_action(loop, route="draft_for_approval")
        assert action.id is not None
        approvals = ApprovalService(UnitOfWork(one_connection), FixedClock(NOW), APPROVERS)
        stranger = Actor(user_id=STRANGER)
        with pytest.raises(NotAuthorizedError):
            if decision == "approve":
                approvals.approve(action.id, action.version, stranger)
            else:
                approvals.reject(action.id, action.version, stranger, "Not now")
        with UnitOfWork(one_connection).session() as session:
            [row] = session.exec(
                select(AuditEntry).where(AuditEntry.kind == "approval.refused")
            ).all()
        assert (row.actor, row.subject) == (STRANGER, f"action:{action.id}")
        assert "approvers list" in row.data["reason"]


@pytest.mark.parametrize("act", ["snooze", "assign"])
def test_a_refused_card_act_needs_one_connection_at_a_time(
    engine: Engine, database_url: str, one_connection: Engine, act: str
) -> None:
    """The card-life acts share the mechanism (core.services.claims.refusal_audited)."""
    with scanned_loop(engine, database_url) as loop:
        action = first_action(loop, route="draft_for_approval")
        assert action.id is not None
        cards = CardActionService(UnitOfWork(one_connection), FixedClock(NOW), APPROVERS,
                                  loop.services.collections.policy, loop.services.collections)
        stranger = CardActor(user_id=STRANGER)
        with pytest.raises(NotAuthorizedError):
            if act == "snooze":
                cards.snooze(action.id, action.version, stranger, NOW.date() + timedelta(days=7))
            else:
                cards.assign(action.id, action.version, stranger, COLLECTOR)
        with UnitOfWork(one_connection).session() as session:
            [row] = session.exec(
                select(AuditEntry).where(AuditEntry.kind == "approval.refused")
            ).all()
        assert (row.actor, row.subject) == (STRANGER, f"action:{action.id}")
        assert "approvers list" in row.data["reason"]

"""A card post whose answer was lost is reconciled against the channel, never blindly re-posted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from core.jobs import handlers as job_handlers
from core.models import AuditEntry, OutboxEffect, ProposedAction
from core.worker import Worker
from tests.harness import CHANNEL, Loop, scanned_loop


@pytest.fixture
def scanned(engine: Engine, database_url: str) -> Iterator[Loop]:
    with scanned_loop(engine, database_url, post_cards=False) as loop:
        yield loop


def _posts(loop: Loop) -> dict[int, list[str]]:
    """Cards in the channel, by the action id in their metadata."""
    found: dict[int, list[str]] = {}
    for (channel, ts), message in loop.ssim.messages.items():
        payload = (message.get("metadata") or {}).get("event_payload") or {}
        if channel == CHANNEL and "action_id" in payload:
            found.setdefault(int(payload["action_id"]), []).append(ts)
    return found


def _first_post(loop: Loop) -> OutboxEffect:
    with loop.services.uow.session() as session:
        return session.exec(
            select(OutboxEffect).where(OutboxEffect.kind == "post_card").order_by(OutboxEffect.id)
        ).first()  # type: ignore[arg-type,return-value]


def test_lost_answer_is_found_in_the_channel_not_posted_twice(scanned: Loop) -> None:
    loop = scanned
    loop.ssim.fail_next("chat.postMessage", drop_after_send=True)
    worker = Worker(loop.services.uow, loop.clock, job_handlers(loop.services))
    first = _first_post(loop)
    assert worker.run_once()  # the post lands but its answer is lost: the job will retry
    with loop.services.uow.session() as session:
        row = session.get(OutboxEffect, first.id)
        assert row is not None and row.state == "sending"
    loop.clock.advance(hours=1)  # past the retry's backoff
    worker.run_until_idle()
    posts = _posts(loop)
    assert {k: v for k, v in posts.items() if len(v) > 1} == {}
    with loop.services.uow.session() as session:
        action = session.get(ProposedAction, first.action_id)
        row = session.get(OutboxEffect, first.id)
        kinds = [e.kind for e in session.exec(select(AuditEntry)).all()]
    assert row is not None and row.state == "done"
    assert action is not None and action.slack_ts == posts[first.action_id][0]
    assert "outbox.reconciled" in kinds


def test_post_that_never_landed_is_posted_once_after_reconciling(scanned: Loop) -> None:
    loop = scanned
    first = _first_post(loop)
    with loop.services.uow.session() as session:  # a worker killed right after claiming it
        row = session.get(OutboxEffect, first.id)
        assert row is not None
        row.state = "sending"  # what the claim commits before calling Slack
        row.result = {"claimed_at": datetime.now(UTC).isoformat()}
        session.add(row)
    Worker(loop.services.uow, loop.clock, job_handlers(loop.services)).run_until_idle()
    assert len(_posts(loop)[first.action_id]) == 1
    with loop.services.uow.session() as session:
        row = session.get(OutboxEffect, first.id)
        reconciled = [
            e.data for e in session.exec(select(AuditEntry)).all() if e.kind == "outbox.reconciled"
        ]
    assert row is not None and row.state == "done"
    assert reconciled == [{"effect": "post_card", "found": False, "ts": None}]  # then posted

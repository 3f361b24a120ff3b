"""The inbox writer process: group commit, counts per delivery, large batches, a writer killed
mid-batch, a stuck database, and refusals that are always true (503 only when not stored)."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, Engine, text
from sqlmodel import Session, select

from core.adapters.clock import FixedClock
from core.domain.webhook_events import WebhookEvent
from core.models import Job, QboConnection, QboEvent
from core.services.event_inbox import REALM_EVENTS
from core.services.inbox_writer import InboxUnavailable, InboxWriter

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
KNOWN, UNKNOWN = "1185883450", "9999999999"


def event(key: str, realm: str = KNOWN) -> WebhookEvent:
    stamp = NOW.isoformat()
    return WebhookEvent(realm, "Invoice", key, "Update", stamp, "cloudevents", f"ce:{key}")


@pytest.fixture
def connected(engine: Engine) -> Engine:
    with Session(engine) as session:
        session.add(QboConnection(realm_id=KNOWN, created_at=NOW, updated_at=NOW))
        session.commit()
    return engine


@contextmanager
def writer_for(database_url: str, **options: float) -> Iterator[InboxWriter]:
    writer = InboxWriter(database_url, FixedClock(NOW), **options)
    try:
        yield writer
    finally:
        writer.close()


def rows(engine: Engine) -> list[QboEvent]:
    with Session(engine) as session:
        return list(session.exec(select(QboEvent)).all())


def test_concurrent_deliveries_share_transactions_and_each_learns_its_own_count(
    connected: Engine, database_url: str
) -> None:
    # 40 deliveries at once; delivery i repeats the event of delivery i - 1 (a redelivery).
    deliveries = [[event(f"e{i}"), event(f"e{i - 1}")] if i else [event("e0")] for i in range(40)]
    deliveries.append([event("stray", realm=UNKNOWN)])

    async def send_all() -> tuple[list[int], int]:
        with writer_for(database_url) as writer:
            await writer.start()
            counts = await asyncio.gather(*(writer.submit(d) for d in deliveries))
            return list(counts), writer.batches

    counts, batches = asyncio.run(send_all())
    assert sum(counts) == 41  # e0..e39 once each, plus the stray
    assert counts[0] == 1 and all(c == 1 for c in counts[1:40])  # the repeat is not new
    assert batches < len(deliveries)  # concurrent deliveries were committed together
    stored = rows(connected)
    assert len(stored) == 41
    assert {r.status for r in stored if r.realm_id == KNOWN} == {"pending"}
    assert [r.status for r in stored if r.realm_id == UNKNOWN] == ["unknown_realm"]
    assert all(r.received_at == NOW for r in stored)  # the parent's clock, not the child's
    with Session(connected) as session:
        jobs = session.exec(select(Job).where(Job.kind == REALM_EVENTS)).all()
    assert {j.payload["realm_id"] for j in jobs} == {KNOWN, UNKNOWN}


def test_large_deliveries_at_once_are_all_stored(connected: Engine, database_url: str) -> None:
    # Four deliveries of 2,000 events: each batch is far bigger than a socket buffer.
    deliveries = [[event(f"d{n}-{i}") for i in range(2000)] for n in range(4)]

    async def send_all() -> tuple[list[int], float]:
        with writer_for(database_url) as writer:
            await writer.start()
            started = time.monotonic()
            counts = await asyncio.gather(*(writer.submit(d) for d in deliveries))
            return list(counts), time.monotonic() - started

    counts, seconds = asyncio.run(send_all())
    assert counts == [2000] * 4 and seconds < 3.0
    assert len(rows(connected)) == 8000


@contextmanager
def inbox_locked(engine: Engine) -> Iterator[Connection]:
    """Another session holds the inbox table: the writer's INSERT waits for the lock."""
    with engine.connect() as blocker:
        if engine.dialect.name == "sqlite":
            blocker.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            blocker.begin()
            blocker.execute(text("LOCK TABLE qbo_events IN EXCLUSIVE MODE"))
        yield blocker
        blocker.rollback()


def test_a_writer_killed_mid_batch_is_replaced_and_the_batch_stored_in_time(
    connected: Engine, database_url: str
) -> None:
    async def scenario() -> tuple[int, int | None, int | None, float]:
        with writer_for(database_url) as writer:
            await writer.start()
            first = writer.child_pid
            assert first is not None
            with inbox_locked(connected) as blocker:
                started = time.monotonic()
                delivery = asyncio.ensure_future(writer.submit([event("mid")]))
                deadline = time.monotonic() + 2
                while writer.in_flight == 0:  # polling: the writer has taken the batch
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.005)
                os.kill(first, signal.SIGKILL)  # inside its transaction, waiting on the lock
                blocker.rollback()
                stored = await delivery
            return stored, first, writer.child_pid, time.monotonic() - started

    stored, first, second, seconds = asyncio.run(scenario())
    assert stored == 1 and seconds < 3.0  # written again by the new writer, within Intuit's 3 s
    assert second is not None and second != first
    assert [r.entity_id for r in rows(connected)] == ["mid"]


def test_a_database_it_cannot_write_gives_inbox_unavailable(tmp_path: object) -> None:
    broken = f"sqlite:///{tmp_path}/missing-dir/none.db"

    async def scenario() -> None:
        with writer_for(broken) as writer:
            await writer.start()
            await writer.submit([event("x")])

    with pytest.raises(InboxUnavailable, match="events not stored: OperationalError"):
        asyncio.run(scenario())


def test_a_stuck_database_is_answered_in_time_and_nothing_is_stored(
    connected: Engine, database_url: str
) -> None:
    async def stalled() -> tuple[float, int | None, int | None]:
        with writer_for(database_url) as writer:
            await writer.start()
            first = writer.child_pid
            started = time.monotonic()
            with inbox_locked(connected), pytest.raises(InboxUnavailable, match="not stored"):
                await writer.submit([event("slow")])
            refused_after = time.monotonic() - started
            assert rows(connected) == []  # the 503 is true: nothing was stored
            assert await writer.submit([event("slow")]) == 1  # the same writer, lock gone
            return refused_after, first, writer.child_pid

    refused_after, first, serving = asyncio.run(stalled())
    assert refused_after < 3.0
    assert serving == first  # a slow database is not a dead writer
    assert [r.entity_id for r in rows(connected)] == ["slow"]


def test_start_runs_the_writer_before_any_delivery(connected: Engine, database_url: str) -> None:
    async def scenario() -> tuple[int | None, int, int | None]:
        with writer_for(database_url) as writer:
            await writer.start()
            started = writer.child_pid
            stored = await writer.submit([event("first")])
            return started, stored, writer.child_pid

    started, stored, serving = asyncio.run(scenario())
    assert started is not None and serving == started  # the first delivery used it
    assert stored == 1


def test_a_writer_that_cannot_start_is_logged_and_deliveries_are_refused(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def scenario() -> int | None:
        with writer_for("nosuchdatabase://nowhere") as writer:  # the child dies at import
            await writer.start()
            with pytest.raises(InboxUnavailable, match="did not start"):
                await writer.submit([event("refused")])
            return writer.child_pid

    assert asyncio.run(scenario()) is None
    assert "inbox writer not started" in caplog.text

"""The durable queue and worker: dedupe, priorities, leases, retries, dead letters, concurrency."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from core.adapters import queue
from core.adapters.clock import FixedClock
from core.errors import RetryableError
from core.models import Job
from core.services.uow import UnitOfWork
from core.worker import Worker

T0 = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
LEASE = timedelta(seconds=30)


def _jobs(uow: UnitOfWork) -> list[Job]:
    with uow.session() as session:
        return list(session.exec(select(Job).order_by(Job.id)).all())  # type: ignore[arg-type]


def test_same_key_enqueues_once_even_after_it_ran(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as s:
        assert queue.enqueue(s, "k", {}, T0, dedupe_key="scan:r1:2026-11-20")
        assert not queue.enqueue(s, "k", {}, T0, dedupe_key="scan:r1:2026-11-20")
    with uow.session() as s:
        job = queue.claim(s, "w", T0, LEASE)
        assert job is not None
        queue.complete(s, job.id, "w", T0)
    with uow.session() as s:
        assert not queue.enqueue(s, "k", {}, T0, dedupe_key="scan:r1:2026-11-20")
        assert queue.enqueue(s, "k", {}, T0, dedupe_key="scan:r1:2026-11-21")


def test_slack_facing_work_is_claimed_first_and_future_work_waits(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as s:
        queue.enqueue(s, "background", {}, T0, priority=queue.BACKGROUND_PRIORITY)
        queue.enqueue(s, "later", {}, T0, priority=1, run_at=T0 + timedelta(minutes=5))
        queue.enqueue(s, "slack", {}, T0, priority=queue.SLACK_PRIORITY)
    with uow.session() as s:
        kinds = [queue.claim(s, f"w{i}", T0, LEASE) for i in range(3)]
    assert [k.kind if k else None for k in kinds] == ["slack", "background", None]


def test_a_dead_workers_job_is_claimed_again_after_its_lease(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as s:
        queue.enqueue(s, "k", {"n": 1}, T0)
    with uow.session() as s:
        first = queue.claim(s, "dead-worker", T0, LEASE)
    with uow.session() as s:
        assert queue.claim(s, "w2", T0 + timedelta(seconds=10), LEASE) is None
        again = queue.claim(s, "w2", T0 + timedelta(seconds=31), LEASE)
    assert first is not None and again is not None
    assert (again.id, again.attempts) == (first.id, 2)
    with uow.session() as s:  # the dead worker's late answer does not count
        assert not queue.complete(s, first.id, "dead-worker", T0 + timedelta(seconds=40))
        assert queue.complete(s, first.id, "w2", T0 + timedelta(seconds=40))


def test_heartbeat_keeps_the_lease_until_the_job_is_taken_over(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as s:
        queue.enqueue(s, "k", {}, T0)
    with uow.session() as s:
        first = queue.claim(s, "w1", T0, LEASE)
    assert first is not None
    with uow.session() as s:
        assert queue.heartbeat(s, first.id, "w1", T0 + timedelta(seconds=60))
    with uow.session() as s:
        assert queue.claim(s, "w2", T0 + timedelta(seconds=31), LEASE) is None  # extended
        again = queue.claim(s, "w2", T0 + timedelta(seconds=61), LEASE)
    assert again is not None and again.id == first.id
    with uow.session() as s:  # no longer ours: the old holder can neither extend nor finish it
        assert not queue.heartbeat(s, first.id, "w1", T0 + timedelta(seconds=120))
        assert not queue.complete(s, first.id, "w1", T0 + timedelta(seconds=62))
    [row] = _jobs(uow)
    assert (row.state, row.locked_by) == ("running", "w2")


def test_a_job_whose_holders_keep_dying_is_dead_lettered_unrun(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    ran: list[int] = []
    with uow.session() as s:
        queue.enqueue(s, "k", {}, T0, max_attempts=1)
    with uow.session() as s:
        assert queue.claim(s, "dead-worker", T0, LEASE) is not None
    clock = FixedClock(T0 + LEASE + timedelta(seconds=1))  # the dead worker's lease ran out
    assert Worker(uow, clock, {"k": lambda p: ran.append(1)}).run_once()
    [row] = _jobs(uow)
    assert (row.state, row.attempts, ran) == ("dead", 2, [])
    assert row.last_error == "lease expired too often"


def test_retries_back_off_then_dead_letter(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    clock = FixedClock(T0)
    calls: list[int] = []

    def flaky(payload: dict[str, Any]) -> None:
        calls.append(1)
        raise RetryableError("upstream busy", retry_after=5)

    with uow.session() as s:
        queue.enqueue(s, "flaky", {}, T0, max_attempts=3)
    worker = Worker(uow, clock, {"flaky": flaky})
    for _ in range(3):
        assert worker.run_once()
        [job] = _jobs(uow)
        if job.state == "queued":
            assert job.run_at >= clock.now() + timedelta(seconds=5)  # aware on every database
            assert not worker.run_once()  # not before its time
            clock.at = job.run_at
    [job] = _jobs(uow)
    assert (job.state, job.attempts, len(calls)) == ("dead", 3, 3)
    assert "upstream busy" in (job.last_error or "")


def test_a_poison_job_does_not_block_the_others(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    done: list[int] = []

    def poison(payload: dict[str, Any]) -> None:
        raise ValueError("cannot parse this payload")

    with uow.session() as s:
        queue.enqueue(s, "poison", {}, T0, max_attempts=1, priority=1)
        for n in range(5):
            queue.enqueue(s, "ok", {"n": n}, T0)
    worker = Worker(uow, FixedClock(T0), {"poison": poison, "ok": lambda p: done.append(p["n"])})
    assert worker.run_until_idle() == 6
    states = {j.kind: j.state for j in _jobs(uow)}
    assert states == {"poison": "dead", "ok": "done"}
    assert sorted(done) == [0, 1, 2, 3, 4]


def test_unknown_kind_is_dead_lettered_with_a_clear_error(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as s:
        queue.enqueue(s, "nobody-handles-this", {}, T0, max_attempts=1)
    Worker(uow, FixedClock(T0), {}).run_until_idle()
    [job] = _jobs(uow)
    assert job.state == "dead" and "no handler" in (job.last_error or "")


def test_concurrent_claimers_never_share_a_job(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as s:
        for n in range(60):
            queue.enqueue(s, "k", {"n": n}, T0)
    seen: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(4)

    def claimer(name: str) -> None:
        barrier.wait()
        while True:
            try:
                with uow.session() as s:
                    job = queue.claim(s, name, T0, LEASE)
            except Exception:  # SQLite busy under contention: try again
                continue
            if job is None:
                return
            with lock:
                seen.append(job.payload["n"])

    threads = [threading.Thread(target=claimer, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(seen) == list(range(60))


def test_release_gives_the_job_back_without_spending_an_attempt(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as s:
        queue.enqueue(s, "k", {}, T0)
    with uow.session() as s:
        job = queue.claim(s, "w", T0, LEASE)
        assert job is not None
        queue.release(s, job.id, "w", T0)
    [row] = _jobs(uow)
    assert (row.state, row.attempts, row.locked_by) == ("queued", 0, None)


def test_worker_stops_when_told_and_finishes_its_job(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    started, finish = threading.Event(), threading.Event()
    with uow.session() as s:
        queue.enqueue(s, "slow", {}, T0)

    def slow(payload: dict[str, Any]) -> None:
        started.set()
        finish.wait(10)

    worker = Worker(uow, FixedClock(T0), {"slow": slow}, idle_wait=0.01)
    thread = threading.Thread(target=worker.run)
    thread.start()
    assert started.wait(10)
    worker.stop.set()  # what SIGTERM does
    finish.set()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert [j.state for j in _jobs(uow)] == ["done"]


@pytest.mark.parametrize("attempts", [1, 2])
def test_backoff_grows_and_stays_capped(attempts: int) -> None:
    import random

    rng = random.Random(7)
    low = queue.backoff(attempts, base=2, cap=3600, rng=rng)
    high = queue.backoff(attempts + 5, base=2, cap=3600, rng=rng)
    assert 0 < low < high <= 3600
    assert queue.backoff(100, cap=60, rng=rng) <= 60

"""The schedule: one job per realm and period however often it fires; one leader at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import cast

from sqlalchemy import Engine
from sqlmodel import select

from core.adapters.clock import FixedClock
from core.bootstrap import Services
from core.jobs import handlers
from core.models import Job
from core.scheduler import SCHEDULE, JobSpec, LeaderLock, Realm, Scheduler, enqueue_due
from core.services.uow import UnitOfWork

T0 = datetime(2026, 11, 21, 7, 30, tzinfo=UTC)  # 23:30 on the 20th in Los Angeles
REALMS = [Realm("r1"), Realm("r2", timezone="Europe/London")]
POLL = JobSpec("cdc-poll", "cdc_poll", timedelta(minutes=15))
DAILY = JobSpec("threshold-scan", "scan_realm", timedelta(days=1), daily=True)


def _keys(uow: UnitOfWork) -> list[str]:
    with uow.session() as session:
        return sorted(j.dedupe_key or "" for j in session.exec(select(Job)).all())


def test_a_double_fire_in_one_period_enqueues_once(engine: Engine) -> None:
    uow, clock = UnitOfWork(engine), FixedClock(T0)
    assert enqueue_due(uow, clock, POLL, REALMS) == 2
    clock.advance(minutes=5)
    assert enqueue_due(uow, clock, POLL, REALMS) == 0
    clock.advance(minutes=10)  # next 15-minute period
    assert enqueue_due(uow, clock, POLL, REALMS) == 2
    assert len(_keys(uow)) == 4


def test_daily_periods_follow_each_company_timezone(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    enqueue_due(uow, FixedClock(T0), DAILY, REALMS)
    assert _keys(uow) == ["threshold-scan:r1:2026-11-20", "threshold-scan:r2:2026-11-21"]


def test_the_schedule_has_unique_ids_and_covers_scan_and_cdc() -> None:
    assert len({spec.id for spec in SCHEDULE}) == len(SCHEDULE)
    assert {spec.kind for spec in SCHEDULE} >= {"scan_realm", "cdc_poll"}
    # Every scheduled kind must reach a handler, or the worker dead-letters it. Building the
    # table only binds `services` into closures, so none is needed to read its keys.
    assert {spec.kind for spec in SCHEDULE} <= set(handlers(cast(Services, None)))


def test_two_schedulers_started_at_once_one_leads(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    first = Scheduler(uow, FixedClock(T0), lambda: REALMS, specs=(POLL,), standby_retry=0.05)
    second = Scheduler(uow, FixedClock(T0), lambda: REALMS, specs=(POLL,), standby_retry=0.05)
    try:
        first.start()
        assert first.leading.wait(10)
        second.start()
        if engine.dialect.name == "postgresql":
            assert not second.leading.wait(0.5)
            first.stop()  # the leader goes away: the standby takes over
            assert second.leading.wait(10)
        else:  # SQLite deployments are one process: the lock is always granted
            assert second.leading.wait(10)
        assert len(_keys(uow)) == 2  # both fired for the same period: still one job per realm
    finally:
        first.stop()
        second.stop()


def test_leader_lock_is_released_for_the_next_process(engine: Engine) -> None:
    a, b = LeaderLock(engine), LeaderLock(engine)
    try:
        assert a.try_acquire()
        assert b.try_acquire() is (engine.dialect.name != "postgresql")
        a.release()
        assert b.try_acquire()
    finally:
        a.release()
        b.release()

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


def _local_fires(spec: JobSpec, timezone: str, start: datetime, count: int) -> list[datetime]:
    """The next `count` fire times APScheduler computes for `spec` in `timezone` (no waiting)."""
    trigger, fires, previous, now = spec.trigger(timezone), [], None, start
    for _ in range(count):
        nxt = trigger.get_next_fire_time(previous, now)
        assert nxt is not None
        fires.append(nxt)
        previous, now = nxt, nxt + timedelta(seconds=1)
    return fires


def test_daily_runs_at_the_same_local_hour_across_a_dst_change() -> None:
    # Pacific/Auckland leaves daylight time on 2026-04-05 (03:00 NZDT -> 02:00 NZST).
    start = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)
    fires = _local_fires(DAILY, "Pacific/Auckland", start, 6)
    assert [f.hour for f in fires] == [6] * 6 and [f.minute for f in fires] == [0] * 6
    assert [f.date().isoformat() for f in fires] == [f"2026-04-0{d}" for d in range(3, 9)]
    utc_hours = [f.astimezone(UTC).hour for f in fires]
    assert utc_hours == [17, 17, 18, 18, 18, 18]  # 06:00 NZDT is 17:00 UTC, NZST 18:00
    # and into daylight time again on 2026-09-27 (02:00 NZST -> 03:00 NZDT)
    spring = _local_fires(DAILY, "Pacific/Auckland", datetime(2026, 9, 25, 0, tzinfo=UTC), 4)
    assert [f.hour for f in spring] == [6] * 4
    assert [f.date().isoformat() for f in spring] == [f"2026-09-{d}" for d in range(26, 30)]
    assert [f.astimezone(UTC).hour for f in spring] == [18, 17, 17, 17]  # NZDT from the 27th


def test_every_daily_spec_is_a_cron_in_the_company_timezone() -> None:
    daily = [spec for spec in SCHEDULE if spec.daily]
    assert daily
    for spec in daily:
        trigger = spec.trigger("Pacific/Auckland")
        assert type(trigger).__name__ == "CronTrigger"
        assert str(trigger.timezone) == "Pacific/Auckland"
        assert not 1 <= spec.at.hour <= 3  # never in the hours a DST change skips or repeats


def test_a_daily_run_missed_while_down_runs_at_start_and_only_then() -> None:
    auckland = "Pacific/Auckland"
    before = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)  # 05:00 NZDT on the 21st
    after = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)  # 07:00 NZDT
    assert not DAILY.due_at_start(before, auckland)
    assert DAILY.due_at_start(after, auckland)
    assert POLL.due_at_start(before, auckland)


def test_the_leader_schedules_one_cron_per_timezone_in_use(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    realms = [Realm("r1"), Realm("r2", timezone="Pacific/Auckland"), Realm("r3")]
    clock = FixedClock(datetime(2026, 11, 20, 18, 0, tzinfo=UTC))  # 10:00 LA, 07:00 Auckland
    sched = Scheduler(uow, clock, lambda: realms, specs=(DAILY,))
    try:
        sched.start()
        assert sched.leading.wait(10)
        assert sched._aps is not None
        ids = sorted(job.id for job in sched._aps.get_jobs())
        assert ids == [
            "schedule-refresh",
            "threshold-scan@America/Los_Angeles",
            "threshold-scan@Pacific/Auckland",
        ]
        # both local mornings have passed: each company got today's run, in its own date
        assert _keys(uow) == [
            "threshold-scan:r1:2026-11-20",
            "threshold-scan:r2:2026-11-21",
            "threshold-scan:r3:2026-11-20",
        ]
    finally:
        sched.stop()

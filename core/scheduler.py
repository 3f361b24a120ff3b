"""The schedule is a table of JobSpecs; the leader's APScheduler only enqueues, one key per period.

APScheduler 3 has no cross-process lock, so at most one process leads: the holder of a
PostgreSQL session advisory lock (SQLite deployments are a single process). Correctness rests
on the jobs' unique keys, not on the scheduler: a double fire of the same period is a no-op.

"Daily" means at a local time of day in each company's own timezone: one CronTrigger per
timezone the connected companies use (so 06:00 stays 06:00 across a DST change), not an
interval counted from whenever the process started.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Connection, Engine, text
from sqlmodel import select

from core.adapters import queue
from core.adapters.clock import company_today
from core.jobs import (
    CARD_UPKEEP,
    CDC_POLL,
    CRM_SYNC,
    DAILY_SWEEP,
    EXPIRE_CARDS,
    MAILBOX_POLL,
    POST_DIGEST,
    POST_REVIEW,
    SCAN_REALM,
    WARN_EXPIRING,
)
from core.models import QboConnection
from core.ports import Clock
from core.services.connections import ConnectionStatus
from core.services.sync_cycle import SYNC_CYCLE
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)
LEADER_LOCK = 0x51B07A0E
REFRESH_EVERY = timedelta(minutes=15)  # how soon a company in a new timezone gets its runs


@dataclass(frozen=True)
class Realm:
    """A company the schedule runs for."""

    realm_id: str
    timezone: str = "America/Los_Angeles"
    home_currency: str = "USD"


@dataclass(frozen=True)
class JobSpec:
    """One scheduled job: enqueue `kind` for every realm once per `every`, or, when `daily`,
    once a day at `at` in each realm's own timezone."""

    id: str
    kind: str
    every: timedelta
    priority: int = queue.BACKGROUND_PRIORITY
    daily: bool = False  # period = the realm's local date instead of a UTC interval
    per_realm: bool = True  # False: one job for the whole deployment
    # daily: the local time of day it runs; keep clear of 01:00-03:00, where DST changes
    at: time = time(6, 0)
    # daily and a weekday (0 = Monday): once a week on that day; the period is the ISO week
    weekday: int | None = None
    # merged into each job's payload (a sync cycle's record types)
    payload: Mapping[str, Any] = field(default_factory=dict)

    def trigger(self, timezone: str = "UTC") -> BaseTrigger:
        """When APScheduler fires this spec (for the companies in `timezone`, when daily)."""
        if self.daily:
            zone = ZoneInfo(timezone)
            day = "*" if self.weekday is None else str(self.weekday)  # cron: 0 = Monday
            return CronTrigger(day_of_week=day, hour=self.at.hour, minute=self.at.minute,
                               timezone=zone)
        return IntervalTrigger(seconds=self.every.total_seconds(), timezone="UTC")

    def due_at_start(self, now: datetime, timezone: str) -> bool:
        """Whether a (re)start should run it now: intervals always, a daily job once today's
        local time has passed (a run missed while down; the period key makes a repeat a no-op).
        A weekly one only on its own day: a review is not posted on a Wednesday restart."""
        if not self.daily:
            return True
        local = now.astimezone(ZoneInfo(timezone))
        return (self.weekday is None or local.weekday() == self.weekday) and local.time() >= self.at

    def period(self, now: datetime, realm: Realm) -> str:
        """The period `now` falls in: the unique part of the job's key."""
        if self.daily:
            today = company_today(now, realm.timezone)
            if self.weekday is not None:
                year, week, _ = today.isocalendar()
                return f"{year}-W{week:02d}"
            return today.isoformat()
        seconds = int(self.every.total_seconds())
        start = int(now.timestamp()) // seconds * seconds
        return datetime.fromtimestamp(start, tz=now.tzinfo).isoformat()


SCHEDULE: tuple[JobSpec, ...] = (
    JobSpec("threshold-scan", SCAN_REALM, timedelta(days=1), daily=True, at=time(6, 0)),
    JobSpec("cdc-poll", CDC_POLL, timedelta(minutes=15)),
    JobSpec("daily-sweep", DAILY_SWEEP, timedelta(days=1), daily=True, at=time(4, 0)),
    JobSpec("token-expiry", WARN_EXPIRING, timedelta(days=1), per_realm=False),
    # Cards waiting past the policy's card_expiry_hours expire within the hour after.
    JobSpec("card-expiry", EXPIRE_CARDS, timedelta(hours=1), per_realm=False),
    # Snoozed cases whose date came are judged again; cards waiting past the policy's
    # stale_card_hours nudge their approver once (the key per card is nudged_at).
    JobSpec("card-upkeep", CARD_UPKEEP, timedelta(hours=1), per_realm=False),
    # One digest per company per local day: the key is `nightly-digest:<realm>:<local date>`.
    JobSpec("nightly-digest", POST_DIGEST, timedelta(days=1), daily=True, at=time(18, 0)),
    # One review per company per ISO week, Mondays: `weekly-review:<realm>:<YYYY-Www>`.
    JobSpec("weekly-review", POST_REVIEW, timedelta(days=7), daily=True, at=time(9, 0),
            weekday=0),
)
DIGEST_SPEC = "nightly-digest"
REVIEW_SPEC = "weekly-review"
SYNC_SPEC = "sync-{}"  # one spec per record type: `sync-invoices`


# Context outside QuickBooks, scheduled only where its source is configured (docs/context.md).
MAILBOX_SPEC = JobSpec("mailbox-poll", MAILBOX_POLL, timedelta(minutes=5))
CRM_SPEC = JobSpec("crm-sync", CRM_SYNC, timedelta(hours=1))


def context_specs(mailbox: bool = False, crm: bool = False) -> tuple[JobSpec, ...]:
    """The polls of the configured context sources: the AR mailbox every 5 minutes, the
    CRM's notes and owners every hour."""
    return (MAILBOX_SPEC,) * mailbox + (CRM_SPEC,) * crm


def sync_specs(every: Mapping[str, timedelta | None]) -> tuple[JobSpec, ...]:
    """One sync cycle spec per record type not `off`: pull that type, resolve, push; keyed
    `sync-<type>:<realm>:<period start>`, so a period runs once whoever enqueues it."""
    return tuple(
        JobSpec(SYNC_SPEC.format(name), SYNC_CYCLE, interval, payload={"types": [name]})
        for name, interval in every.items()
        if interval is not None
    )


def schedule(digest_at: time | None = None, review_at: time | None = None,
             sync_every: Mapping[str, timedelta | None] | None = None,
             mailbox: bool = False, crm: bool = False,
             ) -> tuple[JobSpec, ...]:
    """SCHEDULE with the digest and the review at the configured local times
    (QBOT_DIGEST_AT, QBOT_REVIEW_AT), and a sync cycle per type at its interval
    (core.bootstrap.load_sync_every; none when not given), and the mailbox and CRM reads
    where they are configured."""
    at = {DIGEST_SPEC: digest_at, REVIEW_SPEC: review_at}
    base = tuple(replace(s, at=when) if (when := at.get(s.id)) is not None else s
                 for s in SCHEDULE)
    return base + sync_specs(sync_every or {}) + context_specs(mailbox, crm)


def enqueue_due(uow: UnitOfWork, clock: Clock, spec: JobSpec, realms: list[Realm]) -> int:
    """Enqueue this period's job for every realm; return how many were new."""
    now, added = clock.now(), 0
    if not spec.per_realm:
        realms = [Realm("*", timezone="UTC")]
    with uow.session() as session:
        for realm in realms:
            payload: dict[str, Any] = {
                **spec.payload,
                "realm_id": realm.realm_id,
                "timezone": realm.timezone,
                "home_currency": realm.home_currency,
            }
            key = f"{spec.id}:{realm.realm_id}:{spec.period(now, realm)}"
            added += queue.enqueue(
                session, spec.kind, payload, now, dedupe_key=key, priority=spec.priority
            )
    return added


def connected_realms(uow: UnitOfWork, fallback: str | None = None) -> list[Realm]:
    """Every connected company, plus the configured realm when no connection exists yet."""
    with uow.session() as session:
        rows = session.exec(
            select(QboConnection).where(QboConnection.status == ConnectionStatus.CONNECTED)
        ).all()
        realms = [Realm(r.realm_id, r.timezone, r.home_currency) for r in rows]
    if fallback and fallback not in {r.realm_id for r in realms}:
        realms.append(Realm(fallback))
    return realms


class LeaderLock:
    """Who may run the schedule: a PostgreSQL advisory lock held on its own connection."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None

    def try_acquire(self) -> bool:
        if self.engine.dialect.name != "postgresql":
            return True  # SQLite: one process by design
        if self._conn is None:
            self._conn = self.engine.connect()
        got = bool(
            self._conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LEADER_LOCK}).scalar()
        )
        self._conn.commit()
        return got

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LEADER_LOCK})
                self._conn.commit()
            finally:
                self._conn.close()
                self._conn = None


class Scheduler:
    """Runs SCHEDULE while this process leads; stands by and retries otherwise."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        realms: Callable[[], list[Realm]],
        specs: tuple[JobSpec, ...] = SCHEDULE,
        standby_retry: float = 30.0,
    ) -> None:
        self.uow, self.clock, self.realms, self.specs = uow, clock, realms, specs
        self.lock = LeaderLock(uow.engine)
        self.standby_retry = standby_retry
        self.leading = threading.Event()
        self._stop = threading.Event()
        self._aps: BackgroundScheduler | None = None
        self._thread: threading.Thread | None = None

    def fire(self, spec: JobSpec, timezone: str | None = None) -> int:
        """One scheduled run: enqueue only (a daily spec: for the companies in `timezone`)."""
        realms = self.realms()
        if timezone is not None:
            realms = [r for r in realms if r.timezone == timezone]
        added = enqueue_due(self.uow, self.clock, spec, realms)
        log.info("schedule %s %s: %s new job(s)", spec.id, timezone or "", added)
        return added

    def start(self) -> Scheduler:
        self._thread = threading.Thread(target=self._lead, name="qbot-scheduler", daemon=True)
        self._thread.start()
        return self

    def _lead(self) -> None:
        while not self._stop.is_set():
            if self.lock.try_acquire():
                break
            self._stop.wait(self.standby_retry)
        if self._stop.is_set():
            return
        aps = BackgroundScheduler(timezone="UTC")
        self._aps = aps
        for spec in self.specs:
            if not (spec.daily and spec.per_realm):
                self._add(spec.id, spec.trigger(), self.fire, [spec])
                self.fire(spec)  # at start, too: the period key makes a restart harmless
        self._add("schedule-refresh", IntervalTrigger(seconds=REFRESH_EVERY.total_seconds()),
                  self.refresh_daily, [])
        self.refresh_daily(at_start=True)
        aps.start()
        self.leading.set()

    def refresh_daily(self, at_start: bool = False) -> None:
        """One cron job per daily spec and timezone in use; a new company's timezone is added
        here (every REFRESH_EVERY) and runs now if today's local time has already passed."""
        now = self.clock.now()
        for spec in self.specs:
            if not (spec.daily and spec.per_realm):
                continue
            for zone in sorted({r.timezone for r in self.realms()}):
                job_id = f"{spec.id}@{zone}"
                new = self._aps is not None and self._aps.get_job(job_id) is None
                if new:
                    self._add(job_id, spec.trigger(zone), self.fire, [spec, zone])
                if (new or at_start) and spec.due_at_start(now, zone):
                    self.fire(spec, zone)

    def _add(self, job_id: str, trigger: BaseTrigger, func: Callable[..., Any], args: list[Any],
             ) -> None:
        assert self._aps is not None
        # Generous misfire grace and coalescing: a late or doubled run is harmless.
        self._aps.add_job(func, trigger, args=args, id=job_id, coalesce=True, max_instances=1,
                          misfire_grace_time=3600, replace_existing=True)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._aps is not None:
            self._aps.shutdown(wait=False)
            self._aps = None
        self.leading.clear()
        self.lock.release()

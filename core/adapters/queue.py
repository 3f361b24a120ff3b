"""The durable job queue, in our own database.

Why not procrastinate or pgqueuer: both are PostgreSQL-only, and qbot's embedded default is
SQLite. This stays small: one table, a claim that is a single atomic UPDATE (with
`FOR UPDATE SKIP LOCKED` on PostgreSQL so workers never wait on each other), leases so a dead
worker's job is claimed again, exponential backoff with jitter, and a dead-letter state.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from core.models import JOB_KEY_HELD, Job

QUEUED, RUNNING, DONE, DEAD = "queued", "running", "done", "dead"
SLACK_PRIORITY, DEFAULT_PRIORITY, BACKGROUND_PRIORITY = 10, 100, 200
_jobs = Job.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ClaimedJob:
    """A job this worker holds until `locked_until` (extend it with `heartbeat`)."""

    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    max_attempts: int


def enqueue(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    now: datetime,
    *,
    dedupe_key: str | None = None,
    priority: int = DEFAULT_PRIORITY,
    run_at: datetime | None = None,
    max_attempts: int = 8,
) -> bool:
    """Add a job in the caller's transaction; False if a live or done job has the same key."""
    row = _job_row(kind, payload, now, dedupe_key, priority, max_attempts, run_at or now)
    stmt = _insert_skipping_held_keys(session).values(**row).returning(_jobs.c.id)
    # RETURNING, not rowcount: psycopg reports 1 for a conflicting ON CONFLICT DO NOTHING.
    return session.execute(stmt).first() is not None


def enqueue_many(
    session: Session,
    kind: str,
    jobs: Sequence[tuple[dict[str, Any], str]],
    now: datetime,
    *,
    priority: int = DEFAULT_PRIORITY,
    max_attempts: int = 8,
) -> None:
    """Add (payload, dedupe_key) jobs in one executemany; a taken key is skipped, as `enqueue`
    skips it (the overdue scan queues one job per new card)."""
    if not jobs:
        return
    rows = [_job_row(kind, payload, now, key, priority, max_attempts, now) for payload, key in jobs]
    session.execute(_insert_skipping_held_keys(session), rows)


def _job_row(
    kind: str, payload: dict[str, Any], now: datetime, dedupe_key: str | None,
    priority: int, max_attempts: int, run_at: datetime,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "payload": payload,
        "priority": priority,
        "state": QUEUED,
        "attempts": 0,
        "max_attempts": max_attempts,
        "run_at": run_at,
        "dedupe_key": dedupe_key,
        "created_at": now,
    }


def _insert_skipping_held_keys(session: Session) -> Any:
    """INSERT … ON CONFLICT DO NOTHING on the partial unique index of held dedupe keys."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(_jobs).on_conflict_do_nothing(
        index_elements=["dedupe_key"], index_where=text(JOB_KEY_HELD)
    )


def claim(session: Session, worker: str, now: datetime, lease: timedelta) -> ClaimedJob | None:
    """Claim the most urgent runnable job (or one whose lease expired); None when idle."""
    runnable = or_(
        and_(_jobs.c.state == QUEUED, _jobs.c.run_at <= now),
        and_(_jobs.c.state == RUNNING, _jobs.c.locked_until < now),
    )
    pick = (
        select(_jobs.c.id)
        .where(runnable)
        .order_by(_jobs.c.priority, _jobs.c.run_at, _jobs.c.id)
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    stmt = (
        update(_jobs)
        .where(_jobs.c.id == pick.scalar_subquery())
        .values(
            state=RUNNING, attempts=_jobs.c.attempts + 1, locked_by=worker, locked_until=now + lease
        )
        .returning(
            _jobs.c.id, _jobs.c.kind, _jobs.c.payload, _jobs.c.attempts, _jobs.c.max_attempts
        )
    )
    row = session.execute(stmt).first()
    if row is None:
        return None
    return ClaimedJob(
        id=row.id,
        kind=row.kind,
        payload=dict(row.payload),
        attempts=row.attempts,
        max_attempts=row.max_attempts,
    )


def _held(job_id: int, worker: str) -> ColumnElement[bool]:
    """The job is still running under `worker`: every change a holder makes is guarded by it,
    so a worker whose lease expired and was taken over changes nothing."""
    return and_(_jobs.c.id == job_id, _jobs.c.locked_by == worker, _jobs.c.state == RUNNING)


def heartbeat(session: Session, job_id: int, worker: str, until: datetime) -> bool:
    """Extend the lease; False if the job is no longer ours (it was re-claimed)."""
    result = session.execute(update(_jobs).where(_held(job_id, worker)).values(locked_until=until))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def complete(session: Session, job_id: int, worker: str, now: datetime) -> bool:
    """Mark done; False if another worker took the job over (its outcome wins)."""
    result = session.execute(
        update(_jobs)
        .where(_held(job_id, worker))
        .values(state=DONE, finished_at=now, locked_until=None)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def backoff_ceiling(attempts: int, base: float = 2.0, cap: float = 3600.0) -> float:
    """The longest `backoff` can wait before retry `attempts`: a job failing with at least this
    `retry_after` runs again exactly that many seconds later (what a card can promise)."""
    return float(min(cap, base * (2 ** max(0, attempts - 1))))


def backoff(
    attempts: int, base: float = 2.0, cap: float = 3600.0, rng: random.Random | None = None
) -> float:
    """Seconds before retry `attempts`: exponential, capped, with full jitter on the upper half."""
    ceiling = backoff_ceiling(attempts, base, cap)
    return (rng or random).uniform(ceiling / 2, ceiling)


def fail(
    session: Session,
    job: ClaimedJob,
    worker: str,
    now: datetime,
    error: str,
    retry_after: float | None = None,
) -> str:
    """Schedule a retry, or dead-letter after max_attempts; return the new state."""
    dead = job.attempts >= job.max_attempts
    values: dict[str, Any] = {"last_error": error[:2000], "locked_until": None}
    if dead:
        values.update(state=DEAD, finished_at=now)
    else:
        wait = max(retry_after or 0.0, backoff(job.attempts))
        values.update(state=QUEUED, run_at=now + timedelta(seconds=wait), locked_by=None)
    session.execute(update(_jobs).where(_held(job.id, worker)).values(**values))
    return DEAD if dead else QUEUED


def release(session: Session, job_id: int, worker: str, now: datetime) -> None:
    """Give a job back untouched (graceful shutdown): it runs again without a spent attempt."""
    session.execute(
        update(_jobs)
        .where(_held(job_id, worker))
        .values(
            state=QUEUED,
            run_at=now,
            locked_by=None,
            locked_until=None,
            attempts=_jobs.c.attempts - 1,
        )
    )


def list_jobs(session: Session, state: str | None = None, limit: int = 200) -> list[Job]:
    """Jobs newest first, optionally in one state."""
    query = sm_select(Job).order_by(col(Job.id).desc()).limit(limit)
    if state:
        query = query.where(col(Job.state) == state)
    return list(session.exec(query).all())

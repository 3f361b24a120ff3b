"""`/qb status`: is qbot keeping up? Companies and their last pulls, the job queue, failing
jobs and sends waiting for a person's word. A handful of aggregate queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from core.adapters.queue import DEAD, QUEUED
from core.models import Job, OutboxEffect, QboConnection, SyncCursor
from core.services.outbox import FAILED, IN_DOUBT
from core.services.overdue import Company, companies

FAILING_SHOWN = 3


@dataclass(frozen=True)
class CompanyStatus:
    company: Company
    connection: str  # connected | reconnect_needed | not connected (pulled locally)
    last_pulls: tuple[tuple[str, datetime], ...]  # (entity, when), by entity


@dataclass(frozen=True)
class FailingJob:
    kind: str
    attempts: int
    last_error: str


@dataclass(frozen=True)
class StatusReport:
    companies: tuple[CompanyStatus, ...]
    queued: int
    retrying: int  # queued again after a failed attempt
    dead: int
    failing: tuple[FailingJob, ...]
    in_doubt: int
    sends_failed: int


def status_report(session: Session) -> StatusReport:
    """Where qbot stands now."""
    states = dict(session.exec(select(QboConnection.realm_id, QboConnection.status)).all())
    pulls: dict[str, list[tuple[str, datetime]]] = defaultdict(list)
    for realm, entity, at in session.exec(
        select(SyncCursor.realm_id, SyncCursor.entity, SyncCursor.updated_at).order_by(
            col(SyncCursor.entity)
        )
    ).all():
        pulls[realm].append((entity, at))
    jobs = dict(session.exec(select(Job.state, func.count()).group_by(Job.state)).all())
    retrying = session.exec(
        select(func.count()).where(Job.state == QUEUED, col(Job.attempts) > 0)
    ).one()
    failing = session.exec(
        select(Job)
        .where(col(Job.last_error).is_not(None), col(Job.state).in_([QUEUED, DEAD]))
        .order_by(col(Job.id).desc())
        .limit(FAILING_SHOWN)
    ).all()
    effects = dict(
        session.exec(
            select(OutboxEffect.state, func.count())
            .where(col(OutboxEffect.state).in_([IN_DOUBT, FAILED]))
            .group_by(OutboxEffect.state)
        ).all()
    )
    return StatusReport(
        companies=tuple(
            CompanyStatus(
                c,
                states.get(c.realm_id, "not connected (pulled locally)"),
                tuple(pulls.get(c.realm_id, [])),
            )
            for c in companies(session)
        ),
        queued=int(jobs.get(QUEUED, 0)),
        retrying=int(retrying),
        dead=int(jobs.get(DEAD, 0)),
        failing=tuple(FailingJob(j.kind, j.attempts, j.last_error or "") for j in failing),
        in_doubt=int(effects.get(IN_DOUBT, 0)),
        sends_failed=int(effects.get(FAILED, 0)),
    )

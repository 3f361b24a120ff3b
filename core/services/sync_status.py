"""Where the sync of each record type stands (`qbot sync status`, `/qb sync status`).

Read from the database alone, so it answers with QuickBooks settings and no Slack token:
when qbot last pulled each type (not QuickBooks' LastUpdatedTime), the CDC cursor per
entity, how often the backstop polls, the events that failed (with their error) and the sync
jobs waiting to retry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from core.domain.sync.intervals import every_from_text, sync_every
from core.domain.sync.staged import ChangeState
from core.jobs import CDC_POLL, DAILY_SWEEP
from core.models import AuditEntry, Job, QboEvent, StagedChangeRow, SyncCursor
from core.scheduler import connected_realms, schedule
from core.services.event_inbox import REALM_EVENTS
from core.services.events import cdc_start
from core.services.ingest import SYNC_TYPES
from core.services.sync_cycle import CDC, FULL, PULLED, SYNC_CYCLE, pulled_subject
from core.services.uow import UnitOfWork
from core.settings import Settings

# the jobs that move read copies forward
SYNC_JOBS = (CDC_POLL, DAILY_SWEEP, REALM_EVENTS, SYNC_CYCLE)
SLACK_MISSING = "Slack is not configured: cards wait in the outbox until Slack is configured"
LISTED = 20  # failed events / waiting jobs shown per type (the count is always whole)


@dataclass(frozen=True)
class FailedEvent:
    """A webhook or CDC event that failed to apply, and why."""

    id: int
    entity: str
    entity_id: str
    attempts: int
    error: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "entity": self.entity, "entity_id": self.entity_id,
                "attempts": self.attempts, "error": self.error}  # fmt: skip


@dataclass(frozen=True)
class RetryingJob:
    """A sync job that failed and waits for its next attempt."""

    id: int
    kind: str
    attempts: int
    next_run: datetime
    error: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "attempts": self.attempts,
                "next_run": self.next_run.isoformat(), "error": self.error}  # fmt: skip


@dataclass(frozen=True)
class ChangeTrouble:
    """A staged change the push could not land: failed (QuickBooks' explanation; a person
    fixes or withdraws it) or waiting to be retried after a transient fault."""

    change: int
    record: str  # "invoice:123", or "change:7" for a new record
    attempts: int
    retry_at: datetime | None
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"change": self.change, "record": self.record, "attempts": self.attempts,
                "retry_at": _iso(self.retry_at), "reason": self.reason}  # fmt: skip


@dataclass(frozen=True)
class TypeStatus:
    """One record type (accounts, invoices, expenses) of one company."""

    name: str
    last_pull: datetime | None  # when qbot last pulled it (a sync cycle's sync.pulled)
    interval: timedelta | None  # its sync cycle's; None: `off`, or the company not scheduled
    cursors: dict[str, datetime | None]  # per entity: CDC applied up to (None: never polled)
    pending: int  # staged platform changes not yet in QuickBooks (awaiting approval or push)
    failed: int
    failed_events: list[FailedEvent]
    retrying: int
    retry_queue: list[RetryingJob]
    failed_changes: list[ChangeTrouble] = field(default_factory=list)
    retry_changes: list[ChangeTrouble] = field(default_factory=list)
    conflicts_open: int = 0  # changes held for a person to pick (qbot conflicts --state open)
    cdc_interval: timedelta | None = None  # the CDC backstop's poll, between cycles
    # Where the type's next cycle pulls from by CDC; None: its next pull is a full one (never
    # pulled in full, or the cursor is past CDC's 30 days).
    cursor: datetime | None = None

    @property
    def next_pull(self) -> str:
        return FULL if self.cursor is None else CDC

    def as_json(self) -> dict[str, Any]:
        return {
            "type": self.name,
            "last_pull": _iso(self.last_pull),
            "interval": interval_text(self.interval),
            "cdc_interval": interval_text(self.cdc_interval),
            "cursor": _iso(self.cursor),
            "next_pull": self.next_pull,
            "cursors": {k: _iso(v) for k, v in self.cursors.items()},
            "pending": self.pending,
            "failed": self.failed,
            "failed_events": [e.as_json() for e in self.failed_events],
            "retrying": self.retrying,
            "retry_queue": [j.as_json() for j in self.retry_queue],
            "failed_changes": [c.as_json() for c in self.failed_changes],
            "retry_changes": [c.as_json() for c in self.retry_changes],
            "conflicts_open": self.conflicts_open,
        }


@dataclass(frozen=True)
class CompanyStatus:
    realm_id: str
    types: list[TypeStatus]


@dataclass(frozen=True)
class SyncStatus:
    """Every company's sync, and whether Slack can receive its cards."""

    companies: list[CompanyStatus]
    slack_configured: bool
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "companies": [
                {"realm_id": c.realm_id, "types": [t.as_json() for t in c.types]}
                for c in self.companies
            ],
            "slack_configured": self.slack_configured,
            "notes": self.notes,
        }


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def interval_text(every: timedelta | None) -> str:
    """`15m`, `2h`, `1d`, or `off`."""
    if every is None:
        return "off"
    seconds = int(every.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def last_pulled(session: Session, realm_id: str, name: str) -> datetime | None:
    """When qbot last pulled record type `name` of the company (its `sync.pulled` entry)."""
    newest = session.execute(
        select(func.max(AuditEntry.at)).where(
            col(AuditEntry.kind) == PULLED,
            col(AuditEntry.subject) == pulled_subject(name),
            col(AuditEntry.realm_id) == realm_id,
        )
    ).scalar()
    return _aware(newest) if isinstance(newest, datetime) else None


def _aware(at: datetime) -> datetime:
    # SQLite hands an aggregate back as it was written, without the column type's UTC.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


# Not yet in QuickBooks; a sync type names its record type in the plural (`accounts`).
_PENDING = (ChangeState.AWAITING_APPROVAL, ChangeState.APPROVED, ChangeState.PUSHING)


def _pending(session: Session, realm_id: str, name: str) -> int:
    found = session.execute(
        select(func.count())
        .select_from(StagedChangeRow)
        .where(
            col(StagedChangeRow.realm_id) == realm_id,
            col(StagedChangeRow.record_type) == name.removesuffix("s"),
            col(StagedChangeRow.state).in_([s.value for s in _PENDING]),
        )
    ).scalar()
    return int(found or 0)


def _troubles(session: Session, realm_id: str, name: str) -> dict[str, list[ChangeTrouble]]:
    """Failed changes, and approved ones a transient fault sent back (they carry a reason)."""
    rows = session.exec(
        sm_select(StagedChangeRow)
        .where(
            StagedChangeRow.realm_id == realm_id,
            StagedChangeRow.record_type == name.removesuffix("s"),
            col(StagedChangeRow.state).in_(
                [ChangeState.FAILED.value, ChangeState.APPROVED.value, ChangeState.CONFLICT.value]
            ),
        )
        .order_by(col(StagedChangeRow.id).desc())
    ).all()
    found: dict[str, list[ChangeTrouble]] = {"failed": [], "retry": [], "conflict": []}
    for r in rows:
        record = f"{r.record_type}:{r.qbo_id}" if r.qbo_id else f"change:{r.id}"
        trouble = ChangeTrouble(r.id or 0, record, r.attempts, r.retry_at, r.reason or "")
        if r.state == ChangeState.FAILED.value:
            found["failed"].append(trouble)
        elif r.state == ChangeState.CONFLICT.value:
            found["conflict"].append(trouble)
        elif r.retry_at is not None:
            found["retry"].append(trouble)
    return found


def _type_status(
    session: Session,
    realm_id: str,
    name: str,
    every: tuple[timedelta | None, timedelta | None],  # the cycle's, the CDC poll's
    cursors: dict[str, datetime],
    jobs: Sequence[Job],
    now: datetime,
) -> TypeStatus:
    kinds = SYNC_TYPES[name]
    failing = sm_select(QboEvent).where(
        QboEvent.realm_id == realm_id,
        QboEvent.status == "failed",
        col(QboEvent.entity).in_(kinds),
    )
    failed = session.exec(failing.order_by(col(QboEvent.id).desc())).all()
    troubles = _troubles(session, realm_id, name)
    return TypeStatus(
        name=name,
        last_pull=last_pulled(session, realm_id, name),
        interval=every[0],
        cdc_interval=every[1],
        cursors={k: cursors.get(k) for k in kinds},
        pending=_pending(session, realm_id, name),
        failed=len(failed),
        failed_events=[
            FailedEvent(e.id or 0, e.entity, e.entity_id, e.attempts, e.last_error or "")
            for e in failed[:LISTED]
        ],
        # A CDC poll or an inbox pass covers every type of the realm: each type lists them.
        retrying=len(jobs),
        retry_queue=[
            RetryingJob(j.id or 0, j.kind, j.attempts, j.run_at, j.last_error or "")
            for j in jobs[:LISTED]
        ],
        failed_changes=troubles["failed"][:LISTED],
        retry_changes=troubles["retry"][:LISTED],
        conflicts_open=len(troubles["conflict"]),
        cursor=cdc_start(session, realm_id, kinds, now),
    )


def _retrying_jobs(session: Session) -> list[Job]:
    """Sync jobs queued again after a failed attempt, newest first."""
    return list(
        session.exec(
            sm_select(Job)
            .where(col(Job.kind).in_(SYNC_JOBS), Job.state == "queued", Job.attempts > 0)
            .order_by(col(Job.id).desc())
        ).all()
    )


def company_sync(
    session: Session,
    realm_id: str,
    every: Mapping[str, timedelta | None],
    cdc: timedelta | None,
    jobs: Sequence[Job],
    now: datetime | None = None,
) -> CompanyStatus:
    """One company's sync, per record type (`every`: each type's cycle; none: not scheduled)."""
    cursors = {
        c.entity: c.changed_since
        for c in session.exec(sm_select(SyncCursor).where(SyncCursor.realm_id == realm_id))
    }
    mine = [j for j in jobs if str(j.payload.get("realm_id", "")) == realm_id]
    return CompanyStatus(
        realm_id,
        [_type_status(session, realm_id, t, (every.get(t), cdc), cursors, mine,
                      now or datetime.now(UTC))
         for t in SYNC_TYPES],
    )


def cdc_interval(settings: Settings) -> timedelta | None:
    """How often the schedule polls CDC (None when it has no such job)."""
    return next((s.every for s in schedule(settings.digest_at) if s.kind == CDC_POLL), None)


def sync_status(
    uow: UnitOfWork,
    settings: Settings,
    realm_id: str | None = None,
    *,
    in_slack: bool = False,
    every: Mapping[str, timedelta | None] | None = None,
) -> SyncStatus:
    """The sync of `realm_id`, or of every company the schedule runs for. `in_slack`: asked
    from Slack, which therefore reaches us whatever the settings of this process say.
    `every`: each type's cycle interval (core.bootstrap.load_sync_every; without it,
    QBOT_SYNC_EVERY over the defaults)."""
    scheduled = [r.realm_id for r in connected_realms(uow, settings.qbo_realm_id)]
    realms = [realm_id] if realm_id else scheduled
    cdc = cdc_interval(settings)
    cycles = every if every is not None else sync_every({}, every_from_text(settings.sync_every))
    with uow.session() as session:
        jobs = _retrying_jobs(session)
        companies = [
            company_sync(session, r, cycles if r in scheduled else {},
                         cdc if r in scheduled else None, jobs)
            for r in realms
        ]  # fmt: skip
    slack = in_slack or settings.slack_bot_token is not None
    notes = [] if slack else [SLACK_MISSING]
    if not realms:
        notes.insert(0, "no QuickBooks company yet: run `qbot connect` or set QBO_REALM_ID")
    return SyncStatus(companies, slack, notes)

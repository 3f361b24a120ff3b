"""The QuickBooks event inbox table: store events once each, and read them back for people."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from core.adapters import queue
from core.domain.webhook_events import WebhookEvent
from core.models import QboConnection, QboEvent
from core.services.uow import UnitOfWork

REALM_EVENTS = "realm_events"  # the job that applies a realm's pending events, in order


def insert_events(session: Session, rows: list[dict[str, Any]]) -> set[str]:
    """INSERT … ON CONFLICT (dedupe_key) DO NOTHING; returns the dedupe keys that were new.

    One statement with a fixed shape, run as an executemany, so SQLAlchemy compiles it once
    and batches the rows itself ("insertmanyvalues"); a multi-row `.values(rows)` would be
    compiled afresh for every distinct row count, which dominated the webhook's cost.
    """
    if not rows:
        return set()
    table = cast(Table, QboEvent.__table__)  # type: ignore[attr-defined]
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = (
        dialect.insert(table)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(table.c.dedupe_key)
    )
    return set(session.execute(stmt, rows).scalars())


def stored_key(event: WebhookEvent) -> str:
    """The dedupe key as the column holds it (300 characters at most)."""
    return event.dedupe_key[:300]


def event_row(event: WebhookEvent, status: str, now: datetime) -> dict[str, Any]:
    return {
        "dedupe_key": stored_key(event),
        "realm_id": event.realm_id[:32],
        "entity": event.entity[:40],
        "entity_id": event.entity_id[:32],
        "operation": event.operation[:20],
        "occurred_at": event.occurred_at[:64],
        "source_format": event.source_format,
        "status": status,
        "attempts": 0,
        "received_at": now,
        "processed_at": now if status == "processed" else None,
        "raw": event.raw,
    }


def record_events(session: Session, events: Sequence[WebhookEvent], now: datetime) -> int:
    """Store events once each (status pending, or unknown_realm); returns how many were new."""
    return record_deliveries(session, [events], now)[0]


def known_realms(session: Session, realms: set[str]) -> set[str]:
    """The realms among `realms` that have a connection row."""
    return set(
        session.exec(
            select(QboConnection.realm_id).where(col(QboConnection.realm_id).in_(realms))
        ).all()
    )


def record_deliveries(
    session: Session,
    deliveries: Sequence[Sequence[WebhookEvent]],
    now: datetime,
    known: Callable[[Session, set[str]], set[str]] = known_realms,
) -> list[int]:
    """Store the events of several deliveries in one statement; how many of each were new.

    An event repeated across deliveries counts as new only for the first delivery holding it.
    """
    unique: dict[str, WebhookEvent] = {}
    for events in deliveries:
        for event in events:
            unique.setdefault(stored_key(event), event)
    connected = known(session, {e.realm_id for e in unique.values()})
    rows = [
        event_row(e, "pending" if e.realm_id in connected else "unknown_realm", now)
        for e in unique.values()
    ]
    new_keys = insert_events(session, rows)
    counts = []
    for events in deliveries:
        fresh = 0
        for event in events:
            key = stored_key(event)
            if key in new_keys:
                new_keys.discard(key)
                fresh += 1
        counts.append(fresh)
    return counts


class InboxAppender:
    """Stores batches of deliveries, with their processing jobs, for the inbox writer.

    It remembers between batches what the database already told it, to spend one statement
    per batch instead of three: connected realms for REALM_CACHE_SECONDS (a company connected
    just now is recognised within that; its events are kept as unknown_realm until then, not
    lost), and the realm jobs committed this second (one job per realm per second is plenty:
    the job drains everything pending for its realm).
    """

    REALM_CACHE_SECONDS = 30.0

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._connected: dict[str, datetime] = {}  # realm -> when we last saw its connection
        self._enqueued: set[str] = set()  # job dedupe keys committed in `_second`
        self._second = -1

    def store(self, deliveries: Sequence[Sequence[WebhookEvent]], now: datetime) -> list[int]:
        """Record the events and enqueue their jobs in one transaction; new events each."""
        second = int(now.timestamp())
        if second != self._second:
            self._second, self._enqueued = second, set()
        realms = {e.realm_id for events in deliveries for e in events}
        jobs = {f"realm-events:{r}:{second}": r for r in sorted(realms)}
        jobs = {key: realm for key, realm in jobs.items() if key not in self._enqueued}
        with self._uow.session() as session:
            stored = record_deliveries(
                session, deliveries, now, lambda s, wanted: self._known(s, wanted, now)
            )
            for key, realm in jobs.items():
                queue.enqueue(session, REALM_EVENTS, {"realm_id": realm}, now, dedupe_key=key)
        self._enqueued |= jobs.keys()  # only once committed: a rollback enqueues again
        return stored

    def _known(self, session: Session, realms: set[str], now: datetime) -> set[str]:
        fresh = {
            r
            for r in realms
            if r in self._connected
            and (now - self._connected[r]).total_seconds() < self.REALM_CACHE_SECONDS
        }
        if fresh == realms:
            return fresh
        found = known_realms(session, realms - fresh)
        self._connected.update((r, now) for r in found)
        return fresh | found


def event_rows(
    session: Session, realm_id: str | None = None, status: str | None = None, limit: int = 200
) -> list[QboEvent]:
    """The most recent inbox rows, newest first (for `qbot events`)."""
    query = select(QboEvent)
    if realm_id:
        query = query.where(QboEvent.realm_id == realm_id)
    if status:
        query = query.where(QboEvent.status == status)
    return list(session.exec(query.order_by(col(QboEvent.id).desc()).limit(limit)).all())


def status_counts(session: Session) -> dict[str, int]:
    """How many inbox rows are in each status."""
    rows = session.exec(select(QboEvent.status, func.count()).group_by(QboEvent.status)).all()
    return {str(s): int(n) for s, n in rows}


def as_events(rows: Iterable[QboEvent]) -> list[dict[str, Any]]:
    """Inbox rows as JSON-ready dicts."""
    return [
        {
            "id": r.id,
            "realm_id": r.realm_id,
            "entity": r.entity,
            "entity_id": r.entity_id,
            "operation": r.operation,
            "occurred_at": r.occurred_at,
            "source_format": r.source_format,
            "status": r.status,
            "attempts": r.attempts,
            "last_error": r.last_error,
            "received_at": r.received_at.isoformat() if r.received_at else None,
            "processed_at": r.processed_at.isoformat() if r.processed_at else None,
        }
        for r in rows
    ]

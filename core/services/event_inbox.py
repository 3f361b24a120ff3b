"""The QuickBooks event inbox table: store events once each, and read them back for people."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Dialect, Table, bindparam, column, func, table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from core.adapters import queue
from core.domain.webhook_events import WebhookEvent
from core.models import QboConnection, QboEvent
from core.services.uow import UnitOfWork

REALM_EVENTS = "realm_events"  # the job that applies a realm's pending events, in order

# The columns an inbox insert names, in this order and untyped: values go in already bound.
_COLUMNS = (
    "dedupe_key", "realm_id", "entity", "entity_id", "operation", "occurred_at",
    "source_format", "status", "attempts", "received_at", "processed_at", "raw",
)  # fmt: skip
_INBOX = table("qbo_events", *(column(name) for name in _COLUMNS))


KEYS_PER_LOOKUP = 10_000  # SQLite takes 32,766 parameters a statement, PostgreSQL 65,535


def insert_events(
    session: Session,
    events: Iterable[WebhookEvent],
    now: datetime,
    status: Callable[[WebhookEvent], str],
) -> set[str]:
    """Store the events not stored yet, each with `status(event)`; returns the new keys.

    One lookup of the batch's keys, then the driver's own executemany of INSERT … ON
    CONFLICT (dedupe_key) DO NOTHING with rows already in the database's form. Both
    shortcuts are for the webhook's inbox writer: RETURNING would make SQLAlchemy build
    multi-row VALUES statements, and its executemany walks every row's parameters in
    Python; together they doubled the writer's time per event.

    The counts rest on the lookup: a second process storing the same event in the instant
    between lookup and insert would have it counted new by both, while the conflict clause
    still keeps one copy in the table.
    """
    unique: dict[str, WebhookEvent] = {}
    for event in events:
        unique.setdefault(stored_key(event), event)
    if not unique:
        return set()
    key_column = _INBOX.c.dedupe_key
    keys, known = list(unique), set[str]()
    for i in range(0, len(keys), KEYS_PER_LOOKUP):  # each key is a parameter: stay under limits
        lookup = select(key_column).where(key_column.in_(keys[i : i + KEYS_PER_LOOKUP]))
        known.update(session.execute(lookup).scalars())
    fresh = {key: event for key, event in unique.items() if key not in known}
    if fresh:
        dialect = session.get_bind().dialect
        sql, positional = _insert_sql(dialect)
        rows = _bound_rows(dialect, fresh, now, status)
        params = rows if positional else [dict(zip(_COLUMNS, row, strict=True)) for row in rows]
        session.connection().exec_driver_sql(sql, params)
    return set(fresh)


@functools.lru_cache(maxsize=8)
def _insert_sql(dialect: Dialect) -> tuple[str, bool]:
    """The INSERT in the driver's SQL and parameter style; True when parameters go by position."""
    insert = postgresql.insert if dialect.name == "postgresql" else sqlite.insert
    stmt = insert(_INBOX).values({name: bindparam(name) for name in _COLUMNS})
    compiled = stmt.on_conflict_do_nothing(index_elements=["dedupe_key"]).compile(dialect=dialect)
    if compiled.positional and tuple(compiled.positiontup or ()) != _COLUMNS:
        raise RuntimeError("inbox INSERT parameters are not in column order")
    return str(compiled), compiled.positional


def _bound_rows(
    dialect: Dialect,
    events: dict[str, WebhookEvent],
    now: datetime,
    status: Callable[[WebhookEvent], str],
) -> list[tuple[Any, ...]]:
    """One tuple per event in `_COLUMNS` order, each value as its column's type binds it."""
    columns = cast(Table, QboEvent.__table__).c  # type: ignore[attr-defined]

    def binder(name: str) -> Callable[[Any], Any]:
        process = columns[name].type.dialect_impl(dialect).bind_processor(dialect)
        return process or (lambda value: value)

    stamp = binder("received_at")(now)  # processed_at has the same type
    to_json = binder("raw")
    rows = []
    for key, e in events.items():
        state = status(e)
        rows.append((
            key, e.realm_id[:32], e.entity[:40], e.entity_id[:32], e.operation[:20],
            e.occurred_at[:64], e.source_format, state, 0,
            stamp, stamp if state == "processed" else None, to_json(e.raw),
        ))  # fmt: skip
    return rows


def stored_key(event: WebhookEvent) -> str:
    """The dedupe key as the column holds it (300 characters at most)."""
    return event.dedupe_key[:300]


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
    everything = [event for events in deliveries for event in events]
    connected = known(session, {e.realm_id for e in everything})
    new_keys = insert_events(
        session,
        everything,
        now,
        lambda e: "pending" if e.realm_id in connected else "unknown_realm",
    )
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

    def store(
        self,
        deliveries: Sequence[Sequence[WebhookEvent]],
        now: datetime,
        before_commit: Callable[[], None] = lambda: None,
    ) -> list[int]:
        """Record the events and enqueue their jobs in one transaction; new events each.

        `before_commit` may raise to roll the transaction back instead (then nothing is stored).
        """
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
            before_commit()
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

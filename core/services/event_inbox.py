"""The QuickBooks event inbox table: store events once each, and read them back for people."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from core.domain.webhook_events import WebhookEvent
from core.models import QboConnection, QboEvent


def insert_events(session: Session, rows: list[dict[str, Any]]) -> int:
    """INSERT … ON CONFLICT (dedupe_key) DO NOTHING; returns how many rows were new."""
    if not rows:
        return 0
    table = cast(Table, QboEvent.__table__)  # type: ignore[attr-defined]
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = (
        dialect.insert(table)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(table.c.id)
    )
    return len(session.execute(stmt).all())


def event_row(event: WebhookEvent, status: str, now: datetime) -> dict[str, Any]:
    return {
        "dedupe_key": event.dedupe_key[:300],
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
    unique = list({e.dedupe_key: e for e in events}.values())
    realms = {e.realm_id for e in unique}
    known = set(
        session.exec(
            select(QboConnection.realm_id).where(col(QboConnection.realm_id).in_(realms))
        ).all()
    )
    rows = [
        event_row(e, "pending" if e.realm_id in known else "unknown_realm", now) for e in unique
    ]
    return insert_events(session, rows)


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

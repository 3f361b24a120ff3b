"""The append-only, hash-chained audit log: append, verify and export (no update, no delete)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, text
from sqlmodel import Session, col, select

from core.models import AuditEntry
from core.redact import redact_data

GENESIS = "0" * 64
_LOCK_KEY = 0x51B07A0D  # PostgreSQL advisory lock id serialising appends to the chain


def entry_hash(
    prev_hash: str,
    at: datetime,
    realm_id: str | None,
    kind: str,
    actor: str,
    subject: str,
    data: dict[str, Any],
) -> str:
    """Return the SHA-256 of the previous hash and this row's canonical JSON."""
    body = json.dumps(
        {
            "at": at.isoformat(),
            "realm_id": realm_id,
            "kind": kind,
            "actor": actor,
            "subject": subject,
            "data": data,
        },
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    kind: str,
    actor: str,
    subject: str = "",
    realm_id: str | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one row inside the caller's transaction; secrets in `data` are masked first."""
    if session.get_bind().dialect.name == "postgresql":
        # Two writers must not both chain onto the same previous row.
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
    # Hashed as stored: the column keeps UTC and, like UtcDateTime, reads a naive value as UTC
    # (astimezone alone would take it for the host's local time).
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    clean: dict[str, Any] = redact_data(json.loads(json.dumps(data or {}, default=str)))
    last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    # Store at microsecond precision the database keeps, so verify recomputes the same hash.
    entry = AuditEntry(
        at=at,
        realm_id=realm_id,
        kind=kind,
        actor=actor,
        subject=subject,
        data=clean,
        prev_hash=prev,
        hash=entry_hash(prev, at, realm_id, kind, actor, subject, clean),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Record:
    """One row to append, as `append`'s keyword arguments (for `append_many`)."""

    at: datetime
    kind: str
    actor: str
    subject: str = ""
    realm_id: str | None = None
    data: dict[str, Any] | None = None


def append_many(session: Session, records: Sequence[Record]) -> int:
    """Append rows in order, chained exactly as one `append` per row would chain them, with
    one lock, one read of the chain's end and one multi-row INSERT (the overdue scan writes
    hundreds per transaction). Returns how many rows were appended."""
    if not records:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
    last = session.exec(select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1))
    prev = last.first() or GENESIS
    rows: list[dict[str, Any]] = []
    for r in records:
        at = r.at.replace(tzinfo=UTC) if r.at.tzinfo is None else r.at.astimezone(UTC)
        clean: dict[str, Any] = redact_data(json.loads(json.dumps(r.data or {}, default=str)))
        digest = entry_hash(prev, at, r.realm_id, r.kind, r.actor, r.subject, clean)
        rows.append(
            {
                "at": at,
                "realm_id": r.realm_id,
                "kind": r.kind,
                "actor": r.actor,
                "subject": r.subject,
                "data": clean,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    session.execute(insert(AuditEntry), rows)
    return len(rows)


@dataclass(frozen=True)
class ChainReport:
    """Result of `verify`: how many rows were checked and the first bad one, if any."""

    checked: int
    first_bad_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def _rows(session: Session) -> Iterator[AuditEntry]:
    yield from session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all()


def verify(session: Session) -> ChainReport:
    """Recompute the chain; report the first row whose link or hash does not match."""
    prev = GENESIS
    checked = 0
    for row in _rows(session):
        assert row.id is not None
        if row.prev_hash != prev:
            return ChainReport(checked, row.id, "prev_hash does not match the previous row")
        expected = entry_hash(
            prev, row.at, row.realm_id, row.kind, row.actor, row.subject, row.data
        )
        if row.hash != expected:
            return ChainReport(checked, row.id, "content does not match its hash")
        prev = row.hash
        checked += 1
    return ChainReport(checked)


def export(session: Session, fmt: str) -> str:
    """Return the whole log as JSON lines or CSV."""
    rows = [
        {
            "id": r.id,
            "at": r.at.isoformat(),
            "realm_id": r.realm_id,
            "kind": r.kind,
            "actor": r.actor,
            "subject": r.subject,
            "data": r.data,
            "prev_hash": r.prev_hash,
            "hash": r.hash,
        }
        for r in _rows(session)
    ]
    if fmt == "jsonl":
        return "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(
            buf,
            fieldnames=[
                "id",
                "at",
                "realm_id",
                "kind",
                "actor",
                "subject",
                "data",
                "prev_hash",
                "hash",
            ],
        )
        writer.writeheader()
        for r in rows:
            writer.writerow({**r, "data": json.dumps(r["data"], sort_keys=True)})
        return buf.getvalue()
    raise ValueError(f"unknown export format {fmt!r}; use csv or jsonl")

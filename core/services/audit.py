"""The append-only, hash-chained audit log: append, verify and export (no update, no delete)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from core.errors import RetryableError
from core.models import AuditEntry
from core.redact import redact_data

GENESIS = "0" * 64
MAX_ATTEMPTS = 50  # lost races before giving up: each loss means another writer made progress


class AuditChainContendedError(RetryableError):
    """Every attempt to chain onto the tail lost to another writer; retry the use case."""


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


def _utc(at: datetime) -> datetime:
    # Hashed as stored: the column keeps UTC and, like UtcDateTime, reads a naive value as UTC
    # (astimezone alone would take it for the host's local time).
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _clean(data: dict[str, Any] | None) -> dict[str, Any]:
    return redact_data(json.loads(json.dumps(data or {}, default=str)))  # type: ignore[no-any-return]


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
    """Append one row inside the caller's transaction; secrets in `data` are masked first.

    The database refuses a second row on the same previous hash (unique index), so a writer
    that lost the race retries on the new tail inside a SAVEPOINT: the caller's other work in
    the transaction is kept. Returns the stored row; raises AuditChainContendedError after
    MAX_ATTEMPTS lost races (the caller's transaction then rolls back as a whole).
    """
    at, clean = _utc(at), _clean(data)
    _before_reading_the_tail(session)
    for _ in range(MAX_ATTEMPTS):
        prev = _tail_hash(session)
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
        if _inserted(session, partial(session.add, entry)):
            return entry
    raise _contended()


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
    one read of the chain's end and one multi-row INSERT (the overdue scan writes hundreds per
    transaction). Same guarantee and retry as `append`: a lost race re-chains the whole batch
    onto the new tail. Returns how many rows were appended; raises AuditChainContendedError."""
    if not records:
        return 0
    ready = [(r, _utc(r.at), _clean(r.data)) for r in records]
    _before_reading_the_tail(session)
    for _ in range(MAX_ATTEMPTS):
        prev = _tail_hash(session)
        rows: list[dict[str, Any]] = []
        for r, at, clean in ready:
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
        if _inserted(session, partial(session.execute, insert(AuditEntry), rows)):
            return len(rows)
    raise _contended()


def _inserted(session: Session, write: Callable[[], object]) -> bool:
    """Run `write` in a SAVEPOINT; False when the index refused its previous hash (a writer
    chained onto that row first: the caller re-reads the tail and tries again)."""
    try:
        with session.begin_nested():
            write()
    except IntegrityError as exc:
        # PostgreSQL names the index, SQLite the column ("audit_log.prev_hash").
        if "prev_hash" not in str(exc.orig):
            raise
        return False
    return True


def _contended() -> AuditChainContendedError:
    return AuditChainContendedError(
        f"the audit log is too busy: {MAX_ATTEMPTS} appends in a row lost the race to the tail"
    )


def _before_reading_the_tail(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        _take_sqlite_write_lock(session)


def _tail_hash(session: Session) -> str:
    last = session.exec(select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1))
    return last.first() or GENESIS


def _take_sqlite_write_lock(session: Session) -> None:
    """Hold SQLite's one write lock before reading the tail (waiting out the busy timeout).

    pysqlite begins a transaction only before DML, so a SAVEPOINT as the first statement would
    open one of its own and its RELEASE would COMMIT the row apart from the caller's work. This
    no-op UPDATE makes pysqlite BEGIN and SQLite grant the write lock now, with no older read
    snapshot to go stale; the tail read is then exact and the index never has to refuse.
    """
    session.execute(text("UPDATE audit_log SET id = id WHERE 0 = 1"))


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

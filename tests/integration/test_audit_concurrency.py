"""The audit chain under concurrent writers: never a fork, no lost work, no 'database is locked'.

Threads, each appending in its own transaction (as the overdue scan and the CDC poll do on two
worker threads of `qbot serve`), on the database under test (a SQLite file or PostgreSQL).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from core.models import AuditEntry, OAuthState
from core.services import audit
from core.services.uow import UnitOfWork

T0 = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
THREADS, EACH = 4, 75  # 300 appends in all


def _append(session: Session, worker: int, i: int) -> None:
    audit.append(
        session,
        at=T0 + timedelta(milliseconds=i),
        kind="job.ran",
        actor=f"worker-{worker}",
        subject=f"run:{i}",
        data={"i": i},
    )


def _first_write(session: Session, worker: int, i: int) -> None:
    """The append is the transaction's first write (pysqlite has not begun one yet)."""
    _append(session, worker, i)


def _after_other_work(session: Session, worker: int, i: int) -> None:
    """The caller wrote something else first; that work must survive any retry of the append."""
    session.add(OAuthState(state=f"w{worker}-{i}", created_at=T0))
    session.flush()
    _append(session, worker, i)


def _twice(session: Session, worker: int, i: int) -> None:
    """Two appends in one transaction (a use case logging two events)."""
    _append(session, worker, 2 * i)
    _append(session, worker, 2 * i + 1)


def _batch_of_three(session: Session, worker: int, i: int) -> None:
    """One `append_many` of three rows (the overdue scan's batched writes)."""
    records = [
        audit.Record(at=T0, kind="case.judged", actor=f"worker-{worker}", subject=f"{i}:{k}")
        for k in range(3)
    ]
    assert audit.append_many(session, records) == 3


def _hammer(engine: Engine, body: Callable[[Session, int, int], None], each: int) -> None:
    uow = UnitOfWork(engine)
    start = threading.Barrier(THREADS)  # every writer starts at once: the race is real

    def worker(n: int) -> None:
        start.wait(timeout=30)
        for i in range(each):
            with uow.session() as session:
                body(session, n, i)

    with ThreadPoolExecutor(THREADS) as pool:
        for done in [pool.submit(worker, n) for n in range(THREADS)]:
            done.result(timeout=300)  # re-raises a worker's error ("database is locked", ...)


@pytest.mark.parametrize(
    ("body", "per_txn"),
    [(_first_write, 1), (_after_other_work, 1), (_twice, 2), (_batch_of_three, 3)],
    ids=["append-first", "append-after-other-writes", "two-appends-per-transaction", "batches"],
)
def test_concurrent_appends_keep_one_unbroken_chain(
    engine: Engine, body: Callable[[Session, int, int], None], per_txn: int
) -> None:
    _hammer(engine, body, EACH)
    with Session(engine) as session:
        report = audit.verify(session)
        rows = session.exec(select(func.count()).select_from(AuditEntry)).one()
        states = session.exec(select(func.count()).select_from(OAuthState)).one()
    assert report.ok, report
    assert rows == report.checked == THREADS * EACH * per_txn
    if body is _after_other_work:
        assert states == THREADS * EACH  # nothing the callers wrote was lost to a retry


def test_a_batch_chains_exactly_as_one_append_per_row(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    rows = [audit.Record(at=T0, kind="a", actor="qbot", data={"i": i}) for i in range(3)]
    with uow.session() as session:
        audit.append(session, at=T0, kind="first", actor="qbot")
        audit.append_many(session, rows)
        audit.append(session, at=T0, kind="last", actor="qbot")
    with Session(engine) as session:
        assert audit.verify(session).checked == 5


def test_a_fork_is_refused_by_the_database_itself(engine: Engine) -> None:
    """Even a writer that bypasses `append` cannot chain a second row onto the same one."""
    uow = UnitOfWork(engine)
    with uow.session() as session:
        first = audit.append(session, at=T0, kind="a", actor="qbot")
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, kind, actor, subject, data, prev_hash, hash) "
                "VALUES (:at, 'b', 'mallory', '', '{}', :prev, :h)"
            ),
            {"at": T0, "prev": audit.GENESIS, "h": "f" * 64},
        )
    with Session(engine) as session:
        assert audit.verify(session).checked == 1
        assert session.exec(select(AuditEntry.hash)).all() == [first.hash]


def test_a_rolled_back_caller_takes_its_audit_row_with_it(engine: Engine) -> None:
    """The append joins the caller's transaction (its SAVEPOINT never commits on its own)."""
    uow = UnitOfWork(engine)
    with pytest.raises(RuntimeError), uow.session() as session:
        _first_write(session, 0, 0)
        raise RuntimeError("the use case failed after logging")
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(AuditEntry)).one() == 0

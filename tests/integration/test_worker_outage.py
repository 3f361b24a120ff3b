"""The database goes away mid-run (PostgreSQL restarted, SQLite locked): nothing is lost."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from core.adapters import queue
from core.adapters.clock import SystemClock
from core.services.uow import UnitOfWork
from core.worker import Worker

JOBS = 150


def _wait_for(predicate: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except Exception:  # the database may still be coming back
            pass
        time.sleep(0.05)
    return False


def _restart_postgres() -> None:
    version = sorted(p.name for p in Path("/etc/postgresql").iterdir())[-1]
    tool = shutil.which("pg_ctlcluster") or "pg_ctlcluster"
    subprocess.run(
        [tool, "--skip-systemctl-redirect", version, "main", "restart", "-m", "fast"],
        check=True,
        capture_output=True,
        timeout=60,
    )


def _lock_sqlite(engine: Engine, seconds: float) -> None:
    # An exclusive transaction from another connection: every writer gets "database is locked".
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN EXCLUSIVE")
        time.sleep(seconds)  # holding the outage open, not synchronising the test
        raw.rollback()
    finally:
        raw.close()


def test_workers_survive_a_database_outage_and_lose_nothing(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE outage_probe (n INTEGER PRIMARY KEY)"))
    uow, clock = UnitOfWork(engine), SystemClock()
    with uow.session() as session:
        for n in range(JOBS):
            queue.enqueue(session, "probe", {"n": n}, clock.now())

    def probe(payload: dict[str, Any]) -> None:
        time.sleep(0.01)  # a little remote latency, so the outage lands mid-run
        with engine.begin() as conn:  # idempotent: a re-run after a lost commit adds nothing
            conn.execute(
                text("INSERT INTO outage_probe (n) VALUES (:n) ON CONFLICT DO NOTHING"),
                {"n": payload["n"]},
            )

    worker = Worker(
        uow, clock, {"probe": probe}, concurrency=2, lease=timedelta(seconds=2), idle_wait=0.05
    )
    thread = threading.Thread(target=worker.run)
    thread.start()
    try:
        assert _wait_for(lambda: worker.executed >= 30, 60)
        if engine.dialect.name == "postgresql":
            _restart_postgres()
        else:
            _lock_sqlite(engine, 1.5)

        def all_done() -> bool:
            with engine.connect() as conn:
                left = conn.execute(
                    text("SELECT COUNT(*) FROM jobs WHERE state <> 'done'")
                ).scalar()
            return left == 0

        assert _wait_for(all_done, 120)
    finally:
        worker.stop.set()
        thread.join(timeout=30)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT COUNT(*) FROM outage_probe")).scalar()
        dead = conn.execute(text("SELECT COUNT(*) FROM jobs WHERE state = 'dead'")).scalar()
    assert stored == JOBS
    assert dead == 0

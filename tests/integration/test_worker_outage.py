"""The database goes away mid-run (a server restarted, SQLite locked): nothing is lost."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from core.adapters import queue
from core.adapters.clock import SystemClock
from core.adapters.db import make_engine, upgrade_to_head
from core.services.uow import UnitOfWork
from core.worker import Worker
from tests.harness import eventually

JOBS = 150


class PrivateCluster:
    """A PostgreSQL server of this test's own (initdb in a temporary folder, a free port), so
    restarting it takes nothing away from the tests running beside it (`pytest -n`): the
    shared server at QBOT_DATABASE_URL is never restarted."""

    def __init__(self, bindir: Path, root: Path) -> None:
        self.bindir, self.data, self.port = bindir, root / "data", _free_port()
        self.sockets = root

    def _run(self, *args: str) -> None:
        # initdb and postgres refuse to run as root: run them as the postgres user when root.
        as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "--no-sync")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-l",
                  str(self.sockets / "log"), "-o", self._options(), "start")

    def restart(self) -> None:
        # With a log file, the server does not hold our captured stdout open after pg_ctl exits.
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-m", "fast", "-l",
                  str(self.sockets / "log"), "-o", self._options(), "restart")

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-m", "immediate",
                  "stop")

    def _options(self) -> str:
        return f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _postgres_bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture
def outage_engine(engine: Engine) -> Iterator[tuple[Engine, Callable[[], None]]]:
    """The engine the workers use and how to take its database away for a moment: SQLite
    locked by another connection, or a private PostgreSQL server restarted."""
    if engine.dialect.name != "postgresql":
        yield engine, lambda: _lock_sqlite(engine, 1.5)
        return
    bindir = _postgres_bindir()
    if bindir is None:
        pytest.fail("PostgreSQL's initdb is not installed: the outage test needs its own server")
    root = Path(tempfile.mkdtemp(prefix="qbot-outage-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    cluster = PrivateCluster(bindir, root)
    cluster.start()
    private = make_engine(cluster.url)
    try:
        upgrade_to_head(private)
        yield private, cluster.restart
    finally:
        private.dispose()
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


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


def test_workers_survive_a_database_outage_and_lose_nothing(
    outage_engine: tuple[Engine, Callable[[], None]],
) -> None:
    engine, take_database_away = outage_engine
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
        assert eventually(lambda: worker.executed >= 30, 60, every=0.05)
        take_database_away()

        def all_done() -> bool:
            with engine.connect() as conn:
                left = conn.execute(
                    text("SELECT COUNT(*) FROM jobs WHERE state <> 'done'")
                ).scalar()
            return left == 0

        assert eventually(all_done, 120, every=0.05, tolerate=(Exception,))
    finally:
        worker.stop.set()
        thread.join(timeout=30)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT COUNT(*) FROM outage_probe")).scalar()
        dead = conn.execute(text("SELECT COUNT(*) FROM jobs WHERE state = 'dead'")).scalar()
    assert stored == JOBS
    assert dead == 0

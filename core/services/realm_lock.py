"""One holder at a time per realm for work that must stay in order (events, CDC)."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

_local_locks: dict[str, threading.Lock] = {}
_guard = threading.Lock()


@contextmanager
def realm_lock(engine: Engine, name: str) -> Iterator[bool]:
    """Try to hold `name`; yields False at once if another worker holds it.

    PostgreSQL: a session advisory lock, so it holds across processes and machines.
    SQLite: one process by design, so a process-local lock is enough.
    """
    if engine.dialect.name == "postgresql":
        key = zlib.crc32(name.encode())
        with engine.connect() as conn:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
            conn.commit()
            try:
                yield got
            finally:
                if got:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                    conn.commit()
        return
    with _guard:
        lock = _local_locks.setdefault(name, threading.Lock())
    got = lock.acquire(blocking=False)
    try:
        yield got
    finally:
        if got:
            lock.release()

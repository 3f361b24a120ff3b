"""Database engine and Alembic migrations for SQLite (default) and PostgreSQL (psycopg 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def make_engine(url: str, *, lock_timeout: float | None = None, pooled: bool = True) -> Engine:
    """Return an Engine; SQLite gets WAL, a busy timeout and enforced foreign keys.

    `lock_timeout`: seconds a statement may wait for a lock before failing (SQLite's busy
    timeout, 30 s unless given; PostgreSQL's lock_timeout, none unless given).
    `pooled=False` (NullPool) closes each connection when its session ends: for an engine
    nobody will dispose (a one-shot command's helper), so no connection is left open.
    """
    pool: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
    if url.startswith("sqlite"):
        timeout = 30.0 if lock_timeout is None else lock_timeout
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": timeout}, **pool
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    engine = create_engine(url, pool_pre_ping=True, **pool)
    if lock_timeout is not None:
        milliseconds = max(1, int(lock_timeout * 1000))

        @event.listens_for(engine, "connect")
        def _pg_lock_timeout(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            with dbapi_conn.cursor() as cur:
                cur.execute(f"SET lock_timeout = {milliseconds}")
            dbapi_conn.commit()  # a SET inside a transaction rolled back would be undone

    return engine


def alembic_config(url: str) -> Config:
    """An Alembic Config pointing at our migrations, without needing alembic.ini on disk."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration up to head on `engine`'s database."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")

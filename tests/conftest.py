"""Shared test fixtures: where ../shared is, and the database URL under test."""

from __future__ import annotations

import io
import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = PROJECT_ROOT.parent / "shared"


def require_shared(*parts: str) -> Path:
    """Return a path under ../shared; skip when absent (a user's clone), fail in CI.

    `.ci/run` sets QBOT_REQUIRE_SHARED=1 so a missing ../shared fails instead of skipping.
    """
    path = SHARED_DIR.joinpath(*parts)
    if path.exists():
        return path
    if os.environ.get("QBOT_REQUIRE_SHARED") == "1":
        pytest.fail(f"QBOT_REQUIRE_SHARED=1 but {path} is missing")
    pytest.skip(f"{path} not present (../shared is not part of the product)")


@pytest.fixture
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture
def qbo_fixtures() -> Path:
    return require_shared("fixtures", "qbo")


@pytest.fixture
def slack_fixtures() -> Path:
    return require_shared("fixtures", "slack")


def _migrated_sqlite(path: Path) -> Path:
    """Migrate a SQLite file to head and fold its WAL in, so a plain file copy is complete."""
    from sqlalchemy import text

    from core.adapters.db import make_engine, upgrade_to_head

    eng = make_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(eng)
        with eng.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        eng.dispose()
    return path


def _migration_script(url: str) -> str:
    """Every migration up to head as one PostgreSQL script (Alembic's offline mode)."""
    from alembic import command

    from core.adapters.db import alembic_config

    out = io.StringIO()
    cfg = alembic_config(url)
    cfg.output_buffer = out
    command.upgrade(cfg, "head", sql=True)
    return out.getvalue()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What one test's migrated database starts from, made once per session: a migrated
    SQLite file to copy, or (PostgreSQL) the migrations' SQL to run in a new schema."""
    url = os.environ.get("QBOT_DATABASE_URL", "")
    if url.startswith("postgresql"):
        return _migration_script(url)
    return str(_migrated_sqlite(tmp_path_factory.mktemp("template") / "qbot.db"))


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database of this test's own: a SQLite file, or a new PostgreSQL schema when
    QBOT_DATABASE_URL points at PostgreSQL (how `.ci/run` runs the suite a second time).

    Empty, unless the test uses `engine`: then it starts migrated to head from the session's
    template (a copy, not a migration per test)."""
    migrated = "engine" in request.fixturenames
    template = request.getfixturevalue("migrated_template") if migrated else None
    url = os.environ.get("QBOT_DATABASE_URL", "")
    if not url.startswith("postgresql"):
        path = tmp_path / "qbot.db"
        if template is not None:
            shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url, pool_pre_ping=True)  # survives the outage test's restart
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        if template is not None:
            # The script brings its own BEGIN/COMMIT: run it outside SQLAlchemy's transaction.
            with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql(f'SET search_path TO "{schema}"')
                conn.exec_driver_sql(template)
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An Engine on a migrated, empty database (`database_url` starts at head for it)."""
    from core.adapters.db import make_engine

    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture(autouse=True)
def _logging_as_it_was() -> Iterator[None]:
    """Each test leaves logging as it found it: a command that configures logging (the CLI
    runner does) must not change what a later test's `caplog` or log handler sees."""
    from core.logs import NOISY_LOGGERS

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in NOISY_LOGGERS}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, was in levels.items():
        logging.getLogger(name).setLevel(was)

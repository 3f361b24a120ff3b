"""Shared test fixtures: where ../shared is, and the database URL under test."""

from __future__ import annotations

import os
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


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a new PostgreSQL schema when
    QBOT_DATABASE_URL points at PostgreSQL (how `.ci/run` runs the suite a second time)."""
    url = os.environ.get("QBOT_DATABASE_URL", "")
    if not url.startswith("postgresql"):
        yield f"sqlite:///{tmp_path / 'qbot.db'}"
        return
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url, pool_pre_ping=True)  # survives the outage test's restart
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An Engine on a migrated, empty database."""
    from core.adapters.db import make_engine, upgrade_to_head

    eng = make_engine(database_url)
    upgrade_to_head(eng)
    yield eng
    eng.dispose()

"""A fresh, migrated database for a benchmark run: a temp SQLite file or a new PostgreSQL schema."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

from core.adapters.db import make_engine, upgrade_to_head


@contextmanager
def fresh_database(spec: str) -> Iterator[str]:
    """Yield a URL to an empty migrated database; `spec` is `sqlite` or a PostgreSQL URL."""
    if spec == "sqlite":
        with tempfile.TemporaryDirectory(prefix="qbot-bench-") as tmp:
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            _migrate(url)
            yield url
        return
    if spec.startswith("postgresql://"):
        spec = "postgresql+psycopg://" + spec.removeprefix("postgresql://")
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(spec)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{spec}{'&' if '?' in spec else '?'}options=-csearch_path%3D{schema}"
    try:
        _migrate(url)
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _migrate(url: str) -> None:
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()

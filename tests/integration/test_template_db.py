"""The per-test database copied from the session's template is the one the migrations make."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text
from sqlmodel import SQLModel

import core.models  # noqa: F401  (registers every table in SQLModel.metadata)
from core.adapters.db import alembic_config, make_engine, upgrade_to_head


def _shape(engine: Engine) -> dict[str, object]:
    found = inspect(engine)
    return {
        t: (
            [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(t)],
            sorted((ix["name"] or "", ix["unique"]) for ix in found.get_indexes(t)),
            sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(t)),
        )
        for t in sorted(found.get_table_names())
    }


def test_template_copy_is_at_head_and_matches_the_models(engine: Engine) -> None:
    head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []


@contextmanager
def _migrated_online(url: str) -> Iterator[Engine]:
    """Another database beside the test's, migrated by Alembic online (as `qbot db upgrade`)."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    if url.startswith("sqlite"):
        other = url.replace("qbot.db", "online.db")
    else:
        base = url.split("?", 1)[0]
        admin = create_engine(base)
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        other = f"{base}?options=-csearch_path%3D{schema}"
    eng = make_engine(other)
    try:
        upgrade_to_head(eng)
        yield eng
    finally:
        eng.dispose()
        if not url.startswith("sqlite"):
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


def test_template_copy_equals_a_database_migrated_online(engine: Engine, database_url: str) -> None:
    with _migrated_online(database_url) as online:
        assert _shape(engine) == _shape(online)

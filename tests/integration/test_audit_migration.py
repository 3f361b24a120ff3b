"""Migration 0004 on a database whose chain forked before the fix: one readable line, no change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, inspect, text
from typer.testing import CliRunner

from bot.cli import cli
from core.services.audit import GENESIS
from tests.harness import migrated_to

ROW = (
    "INSERT INTO audit_log (at, kind, actor, subject, data, prev_hash, hash) "
    "VALUES ('2026-11-20 18:00:00+00:00', 'job.ran', 'qbot', '', '{}', :prev, :hash)"
)


@pytest.fixture
def at_0003(database_url: str) -> Iterator[Engine]:
    """A database migrated only up to 0003 (what a deployment had before this fix)."""
    with migrated_to(database_url, "0003_jobs") as engine:
        yield engine


def _indexes(engine: Engine) -> set[str | None]:
    return {ix["name"] for ix in inspect(engine).get_indexes("audit_log")}


def test_a_forked_chain_stops_the_upgrade_with_one_line(
    at_0003: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with at_0003.begin() as conn:  # two rows chained onto genesis: the fork the old code made
        conn.execute(text(ROW), {"prev": GENESIS, "hash": "a" * 64})
        conn.execute(text(ROW), {"prev": GENESIS, "hash": "b" * 64})
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    result = CliRunner().invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an escaped error
    assert "Traceback" not in result.output
    said = " ".join(result.output.split())  # one message (the console wraps at its width)
    assert said.startswith("qbot: cannot upgrade: the audit chain forked"), said
    assert said.count("qbot:") == 1
    assert "(1 entry has more than one successor); run `qbot audit verify`" in said, said
    assert "uq_audit_log_prev_hash" not in _indexes(at_0003)
    with at_0003.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert version == "0003_jobs"
        assert conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar_one() == 2


def test_an_unforked_chain_upgrades(
    at_0003: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with at_0003.begin() as conn:
        conn.execute(text(ROW), {"prev": GENESIS, "hash": "a" * 64})
        conn.execute(text(ROW), {"prev": "a" * 64, "hash": "b" * 64})
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    result = CliRunner().invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "uq_audit_log_prev_hash" in _indexes(at_0003)

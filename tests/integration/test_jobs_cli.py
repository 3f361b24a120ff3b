"""`qbot jobs`: the queue and the in-doubt sends, as a person on a terminal sees them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.cli import cli
from core.adapters import queue
from core.services.uow import UnitOfWork

T0 = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


@pytest.fixture
def runner(database_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    return CliRunner()


def test_jobs_json_lists_state_attempts_and_next_run(engine: Engine, runner: CliRunner) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as s:
        queue.enqueue(s, "scan_realm", {"realm_id": "r1"}, T0, dedupe_key="scan:r1:1")
        queue.enqueue(s, "cdc_poll", {"realm_id": "r1"}, T0)
    result = runner.invoke(cli, ["jobs", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["kind"] for r in rows} == {"scan_realm", "cdc_poll"}
    assert all(r["state"] == "queued" and r["attempts"] == 0 for r in rows)
    assert all(r["next_run"].startswith("2026-11-20T18:00:00") for r in rows)
    only = json.loads(runner.invoke(cli, ["jobs", "--json", "--state", "done"]).output)
    assert only == []


def test_in_doubt_listing_and_resolve_errors(engine: Engine, runner: CliRunner) -> None:
    empty = runner.invoke(cli, ["jobs", "--state", "in_doubt", "--json"])
    assert empty.exit_code == 0 and json.loads(empty.output) == []
    missing = runner.invoke(cli, ["jobs", "resolve", "999", "--sent"])
    assert missing.exit_code == 1
    assert "not in doubt" in missing.output
    undecided = runner.invoke(cli, ["jobs", "resolve", "999"])
    assert undecided.exit_code == 2
    assert "--sent" in undecided.output


def test_the_table_fits_an_80_column_terminal(engine: Engine, runner: CliRunner) -> None:
    from sqlalchemy import update

    from core.models import Job

    uow = UnitOfWork(engine)
    with uow.session() as s:
        queue.enqueue(s, "action_effects", {"action_id": 1}, T0, dedupe_key="x" * 120)
        queue.enqueue(s, "cdc_poll", {"realm_id": "r1"}, T0)
        s.execute(update(Job).values(last_error="SMTP 451: " + "try again later " * 20))
    result = runner.invoke(cli, ["jobs"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80, result.output
    rows = [line for line in lines if "queued" in line]
    assert len(rows) == 2, result.output  # one line per job, however long its error
    assert any("cdc_poll" in row and "2026-11-20 18:00" in row for row in rows)
    assert all("SMTP 451" in row for row in rows)

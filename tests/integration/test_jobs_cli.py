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

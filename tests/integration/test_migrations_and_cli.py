"""Migrations on SQLite and PostgreSQL, and the CLI contract: help everywhere, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import SQLModel
from typer.testing import CliRunner

import core.models  # noqa: F401  (registers every table in SQLModel.metadata)
from bot.cli import cli
from core.adapters.db import make_engine

TABLES = {
    "customers",
    "invoices",
    "payments",
    "credit_memos",
    "accounts",
    "purchases",
    "vendors",
    "items",
    "customer_emails",
    "crm_notes",
    "reminders_sent",
    "proposed_actions",
    "outbox",
    "audit_log",
    "qbo_connections",
    "oauth_states",
    "slack_installations",
    "slack_oauth_states",
    "slack_channel_links",
    "qbo_events",
    "sync_cursors",
    "jobs",
    "alembic_version",
}


def test_db_upgrade_creates_every_table_and_is_repeatable(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    runner = CliRunner()
    first = runner.invoke(cli, ["db", "upgrade"])
    assert first.exit_code == 0, first.output
    assert "database at head" in first.output
    assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0
    engine = make_engine(database_url)
    try:
        tables = set(inspect(engine).get_table_names())
        assert tables >= TABLES
        assert tables >= set(SQLModel.metadata.tables)  # no model is left without a migration
    finally:
        engine.dispose()


def test_bad_database_url_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QBOT_DATABASE_URL", "oracle://nope")
    result = CliRunner().invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 2
    assert "QBOT_DATABASE_URL" in result.output
    assert "Traceback" not in result.output


def _commands(group: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    import typer

    click_group = typer.main.get_command(group) if isinstance(group, typer.Typer) else group
    found: list[tuple[str, ...]] = []
    for name, command in getattr(click_group, "commands", {}).items():
        found.append((*prefix, name))
        found.extend(_commands(command, (*prefix, name)))
    return found


def test_every_command_has_help_text() -> None:
    runner = CliRunner()
    commands = _commands(cli)
    for expected in [
        ("demo",),
        ("triage",),
        ("serve",),
        ("web",),
        ("worker",),
        ("sync",),
        ("db", "upgrade"),
        ("jobs",),
        ("jobs", "resolve"),
        ("audit", "verify"),
        ("audit", "export"),
        ("sandbox", "qbo"),
    ]:
        assert expected in commands
    for command in commands:
        result = runner.invoke(cli, [*command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output
        summary = result.output.split("Usage", 1)[1]
        assert len(summary.strip().splitlines()) > 2, f"{command} has no help text"


def test_serve_without_a_slack_token_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("QBOT_DATABASE_URL", "sqlite:///:memory:")
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "SLACK_BOT_TOKEN is missing" in result.output


def test_web_without_a_signing_secret_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-unused")
    monkeypatch.delenv("SLACK_SIGNING_SECRET", raising=False)
    monkeypatch.setenv("QBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'qbot.db'}")
    result = CliRunner().invoke(cli, ["web", "--port", "0"])
    assert result.exit_code == 2
    assert "SLACK_SIGNING_SECRET is missing" in result.output

"""`qbot doctor` checks SMTP and the token keys, and changes nothing (no database file made)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session
from typer.testing import CliRunner, Result

from bot.cli import cli
from core.adapters.crypto import TokenCipher
from core.models import SlackInstallation
from sandbox.slack.server import SlackSimulator
from sandbox.smtp import SmtpSink


@pytest.fixture
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in list(os.environ):
        if name.startswith(("QBOT_", "SLACK_", "QBO_", "ANTHROPIC_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env; the default ./qbot.db would land here
    yield tmp_path


def doctor(**env: str) -> Result:
    return CliRunner().invoke(cli, ["doctor"], env=env)


def line(result: Result, check: str) -> str:
    found = [x for x in result.stdout.splitlines() if x[2:].startswith(f"{check}:")]
    assert len(found) == 1, result.output
    return found[0]


def test_a_missing_sqlite_file_is_reported_not_created(clean_env: Path) -> None:
    result = doctor()
    assert result.exit_code == 1
    assert line(result, "database").startswith("✗")
    assert "run `qbot db upgrade`" in line(result, "database")
    assert not (clean_env / "qbot.db").exists()
    assert list(clean_env.iterdir()) == []  # nor a -wal, -shm or anything else


def test_a_migrated_database_is_opened_read_only(clean_env: Path, database_url: str) -> None:
    upgraded = CliRunner().invoke(cli, ["db", "upgrade"], env={"QBOT_DATABASE_URL": database_url})
    assert upgraded.exit_code == 0, upgraded.output
    result = doctor(QBOT_DATABASE_URL=database_url)
    assert line(result, "database").startswith("✓"), result.output
    assert "at head" in line(result, "database")


def test_smtp_reachable_and_not(clean_env: Path) -> None:
    sink = SmtpSink().start()
    try:
        up = doctor(QBOT_SMTP_HOST=sink.host, QBOT_SMTP_PORT=str(sink.port))
        assert line(up, "smtp").startswith("✓"), up.output
        assert f"{sink.host}:{sink.port} answers EHLO" in line(up, "smtp")
    finally:
        sink.stop()
    assert sink.messages == []  # EHLO and QUIT only: nothing was sent
    down = doctor(QBOT_SMTP_HOST=sink.host, QBOT_SMTP_PORT=str(sink.port))
    assert down.exit_code == 1
    smtp = line(down, "smtp")
    assert smtp.startswith("✗") and "QBOT_SMTP_HOST" in smtp and "qbot sandbox smtp" in smtp


def test_token_keys_missing_malformed_and_valid(clean_env: Path) -> None:
    missing = line(doctor(), "token keys")
    assert missing.startswith("✗") and "QBOT_TOKEN_KEYS is missing" in missing
    good = TokenCipher.generate_key()
    bad = "not-a-fernet-key"
    malformed = line(doctor(QBOT_TOKEN_KEYS=f"{good},{bad}"), "token keys")
    assert malformed.startswith("✗") and "key #2 is not a Fernet key" in malformed
    assert bad not in malformed and good not in malformed  # keys are never echoed
    valid = line(doctor(QBOT_TOKEN_KEYS=f"{good},{TokenCipher.generate_key()}"), "token keys")
    assert valid.startswith("✓") and "2 Fernet key(s)" in valid


def test_slack_says_which_mode_it_is_in(
    engine: Engine, database_url: str, clean_env: Path
) -> None:
    # (engine first: clean_env clears QBOT_DATABASE_URL, which says PostgreSQL or SQLite)
    with SlackSimulator(bot_token="xoxb-doctor-token") as ssim:
        single = doctor(QBOT_DATABASE_URL=database_url, SLACK_BOT_TOKEN="xoxb-doctor-token",
                        SLACK_SIGNING_SECRET="s3cret", SLACK_API_URL=ssim.base_url)  # fmt: skip
    assert line(single, "slack").startswith("✓ slack: single workspace (SLACK_BOT_TOKEN)")
    oauth = {"QBOT_DATABASE_URL": database_url, "SLACK_CLIENT_ID": "1.2",
             "SLACK_CLIENT_SECRET": "client-s3cret", "SLACK_SIGNING_SECRET": "s3cret",
             "QBOT_TOKEN_KEYS": TokenCipher.generate_key()}  # fmt: skip
    none_yet = line(doctor(**oauth), "slack")
    assert none_yet.startswith("✓ slack: OAuth mode (SLACK_CLIENT_ID): installed in 0")
    assert "add one at http://127.0.0.1:3000/slack/install" in none_yet
    at = datetime(2026, 12, 2, tzinfo=UTC)
    with Session(engine) as s:
        s.add(SlackInstallation(workspace="-:T0ONE", team_id="T0ONE", team_name="Greenleaf",
                                bot_token_enc="gAAAAAx", installed_at=at, updated_at=at))
        s.commit()  # fmt: skip
    one = line(doctor(**oauth), "slack")
    assert "installed in 1 workspace(s): Greenleaf (T0ONE)" in one
    del oauth["QBOT_TOKEN_KEYS"]
    assert line(doctor(**oauth), "slack").startswith("✗ slack:")

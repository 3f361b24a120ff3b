"""Commands that only read never create the SQLite file they were pointed at: a missing
database is one line saying to run `qbot db upgrade`, and no empty qbot.db is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import cli


@pytest.mark.parametrize(
    "argv",
    [["audit", "verify"], ["audit", "export", "--format", "csv"], ["jobs"],
     ["jobs", "--state", "in_doubt"], ["events"], ["doctor"]],
)
def test_a_reading_command_on_a_missing_database_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    missing = tmp_path / "qbot.db"
    monkeypatch.setenv("QBOT_DATABASE_URL", f"sqlite:///{missing}")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code != 0
    assert "qbot db upgrade" in result.output
    assert "Traceback" not in result.output
    assert not missing.exists() and list(tmp_path.iterdir()) == []

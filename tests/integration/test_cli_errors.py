"""Every `qbot` command, on a machine that is not set up, ends in one readable line: no traceback.

The matrix runs every registered command (introspected from the Typer app, so a new command
must be added to INVOCATIONS) with a database that was never migrated, with the settings
missing, with a malformed setting, and with paths that cannot be used. It runs in process
through the same root group `qbot` runs in (bot.cli.failures.QbotGroup): an exception that
escapes it is a traceback in a terminal. The cases the issue names run as real subprocesses
below.
"""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from bot.cli import cli
from core.adapters.crypto import TokenCipher

ABSENT = "/nonexistent/qbot-dir"
# Every setting a command might stop at, pointing at nothing that answers (port 9: discard).
CONFIGURED = {
    "SLACK_BOT_TOKEN": "xoxb-test-not-real",
    "SLACK_SIGNING_SECRET": "test-secret",
    "SLACK_API_URL": "http://127.0.0.1:9/api/",
    "QBO_REALM_ID": "9130000000000001",
    "QBO_ACCESS_TOKEN": "not-a-token",
    "QBO_BASE_URL": "http://127.0.0.1:9",
    "QBO_OAUTH_BASE_URL": "http://127.0.0.1:9",
    "QBO_CLIENT_ID": "client",
    "QBO_CLIENT_SECRET": "secret",
    "QBOT_TOKEN_KEYS": TokenCipher.generate_key(),
    "QBOT_SMTP_PORT": "9",
}
# A paid invoice: the rules judge answers none/no_action without any setting.
A_CASE = {
    "id": "c1", "as_of": "2026-11-20", "home_currency": "USD",
    "invoice": {"Id": "1", "DocNumber": "1001", "TotalAmt": 100.0, "Balance": 0,
                "DueDate": "2026-10-01", "CustomerRef": {"value": "7"}},
    "customer": {"Id": "7", "DisplayName": "Acme"},
    "invoices": [], "payments": [], "credit_memos": [], "emails": [], "crm_notes": [],
    "reminders_sent": [],
}
SCENARIOS = ("no_database", "no_settings", "bad_setting", "bad_path")

# command -> argv per scenario; None where the scenario cannot apply, with the reason.
N_A_DB = None  # the command uses no database (or makes its own, like the demo)
CASES = "{cases}"  # a valid case file, filled in per test
INVOCATIONS: dict[str, dict[str, list[str] | None]] = {
    "connect": {s: ["connect", "--timeout", "0.01"] for s in SCENARIOS},
    "disconnect": {s: ["disconnect", "9130000000000001"] for s in SCENARIOS},
    "demo": {"no_database": N_A_DB, "no_settings": None, "bad_setting": ["demo"],
             "bad_path": None},  # the demo needs no settings and writes only its temp dir
    "doctor": {s: ["doctor"] for s in SCENARIOS},
    "events": {s: ["events"] for s in SCENARIOS},
    "serve": {s: ["serve", "--port", "0"] for s in SCENARIOS},
    "web": {s: ["web", "--port", "0"] for s in SCENARIOS},
    "worker": {s: ["worker"] for s in SCENARIOS},
    "sync": {s: ["sync"] for s in SCENARIOS},
    "sync status": {s: ["sync", "status"] for s in SCENARIOS},
    "records list": {s: ["records", "list", "--type", "invoice"] for s in SCENARIOS},
    "records show": {s: ["records", "show", "invoice", "1"] for s in SCENARIOS},
    "records import": {s: ["records", "import", CASES] for s in SCENARIOS},
    "records push": {s: ["records", "push"] for s in SCENARIOS},
    "conflicts": {s: ["conflicts"] for s in SCENARIOS},
    "scan": {s: ["scan"] for s in SCENARIOS},
    "digest": {  # posting needs Slack; the dry run reads only the database
        "no_database": ["digest", "--realm", "9130000000000001", "--dry-run"],
        "no_settings": ["digest", "--realm", "9130000000000001"],
        "bad_setting": ["digest", "--realm", "9130000000000001", "--json"],
        "bad_path": ["digest", "--realm", "9130000000000001", "--dry-run", "--json"],
    },
    "review": {  # posting needs Slack; the dry run and --since read only the database
        "no_database": ["review", "--realm", "9130000000000001", "--dry-run"],
        "no_settings": ["review", "--realm", "9130000000000001"],
        "bad_setting": ["review", "--realm", "9130000000000001", "--json"],
        "bad_path": ["review", "--realm", "9130000000000001", "--since", "2026-11-01",
                     "--json"],
    },
    "triage": {
        "no_database": N_A_DB,
        "no_settings": ["triage", "--cases", CASES],
        "bad_setting": ["triage", "--cases", CASES, "--judge", "claude"],
        "bad_path": ["triage", "--cases", CASES, "--out", f"{ABSENT}/x.jsonl"],
    },
    "eval": {  # the judge engineer's command; checked once it is registered
        "no_database": N_A_DB,
        "no_settings": None,
        "bad_setting": None,
        "bad_path": ["eval", "--cases", f"{ABSENT}/c.jsonl", "--expected", f"{ABSENT}/e.jsonl"],
    },
    "audit verify": {s: ["audit", "verify"] for s in SCENARIOS},
    "audit export": {s: ["audit", "export", "--format", "csv"] for s in SCENARIOS},
    "keys generate": {s: ["keys", "generate"] for s in SCENARIOS},
    "keys rotate": {s: ["keys", "rotate"] for s in SCENARIOS},
    "db upgrade": {s: ["db", "upgrade"] for s in SCENARIOS},
    "jobs": {s: ["jobs"] for s in SCENARIOS},
    "jobs resolve": {s: ["jobs", "resolve", "1", "--sent"] for s in SCENARIOS},
    "sandbox qbo": {"no_database": N_A_DB, "no_settings": None, "bad_setting": None,
                    "bad_path": ["sandbox", "qbo", "--company", ABSENT]},
    "sandbox slack": {"no_database": N_A_DB, "no_settings": None, "bad_setting": None,
                      "bad_path": None},  # nothing to break but the port: tested below
    "sandbox smtp": {"no_database": N_A_DB, "no_settings": None, "bad_setting": None,
                     "bad_path": ["sandbox", "smtp", "--maildir", ABSENT]},
    "sandbox hubspot": {"no_database": N_A_DB, "no_settings": None, "bad_setting": None,
                        "bad_path": None},  # nothing to break but the port: tested below
}


def registered_commands() -> list[str]:
    """Every runnable command path of the `qbot` app, e.g. "audit verify"."""
    found: list[str] = []

    def walk(command: object, path: list[str]) -> None:
        subs = getattr(command, "commands", None)
        if not subs:
            found.append(" ".join(path))
            return
        if path and getattr(command, "invoke_without_command", False):
            found.append(" ".join(path))  # `qbot jobs` lists by itself
        for name, sub in subs.items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(cli), [])
    return found


COMMANDS = registered_commands()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty directory (no .env, no qbot.db) and no qbot settings in the environment."""
    import os

    for name in list(os.environ):
        if name.startswith(("QBOT_", "SLACK_", "QBO_", "ANTHROPIC_")) or name == "PORT":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    handlers = logging.getLogger().handlers[:]
    yield tmp_path
    logging.getLogger().handlers[:] = handlers  # setup_logging binds the runner's stderr


def scenario_env(scenario: str, workdir: Path, command: str) -> dict[str, str]:
    """The environment of one scenario; each command gets its own never-migrated database
    (`qbot connect` and `qbot db upgrade` migrate theirs, as they should)."""
    migrated = f"sqlite:///{workdir / 'migrated.db'}"
    fresh = workdir / f"new-{command.replace(' ', '-')}.db"
    return {
        "no_database": {**CONFIGURED, "QBOT_DATABASE_URL": f"sqlite:///{fresh}"},
        "no_settings": {"QBOT_DATABASE_URL": migrated},
        "bad_setting": {**CONFIGURED, "QBOT_SMTP_PORT": "not-a-port",
                        "QBOT_DATABASE_URL": migrated},
        "bad_path": {**CONFIGURED, "QBOT_DATABASE_URL": f"sqlite:///{ABSENT}/qbot.db"},
    }[scenario]


def test_every_registered_command_is_in_the_matrix() -> None:
    missing = [c for c in COMMANDS if c not in INVOCATIONS]
    assert not missing, f"add {missing} to INVOCATIONS (each scenario, or None and why)"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command(command: str) -> None:
    result = CliRunner().invoke(cli, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_command_fails_in_one_line(scenario: str, workdir: Path) -> None:
    cases = workdir / "cases.jsonl"
    cases.write_text(json.dumps(A_CASE) + "\n")
    upgraded = CliRunner().invoke(
        cli, ["db", "upgrade"], env={"QBOT_DATABASE_URL": f"sqlite:///{workdir / 'migrated.db'}"}
    )
    assert upgraded.exit_code == 0, upgraded.output
    ran = 0
    for command in COMMANDS:
        argv = INVOCATIONS[command][scenario]
        if argv is None:
            continue
        argv = [str(cases) if a == CASES else a for a in argv]
        handlers = logging.getLogger().handlers[:]
        result = CliRunner().invoke(cli, argv, env=scenario_env(scenario, workdir, command))
        logging.getLogger().handlers[:] = handlers  # setup_logging bound the runner's stderr
        ran += 1
        said = result.output
        assert "Traceback" not in said, (command, said)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            command,
            repr(result.exception),
        )
        if result.exit_code != 0 and "✗" in result.stdout:  # doctor: one line per check
            assert command == "doctor", said
        elif result.exit_code != 0:
            errors = [line for line in result.stderr.splitlines() if line.strip()]
            assert len(errors) == 1, (command, said)
    assert ran >= 10
    assert not (workdir / "qbot.db").exists(), "a command created ./qbot.db on the side"


def test_a_database_never_migrated_says_run_db_upgrade(database_url: str, workdir: Path) -> None:
    # database_url (set up before workdir clears QBOT_*): a fresh SQLite file, or an empty
    # PostgreSQL schema on the PostgreSQL run
    env = {**CONFIGURED, "QBOT_DATABASE_URL": database_url}
    for argv in (["audit", "verify"], ["audit", "export"], ["jobs"], ["events"], ["serve"]):
        result = CliRunner().invoke(cli, argv, env=env)
        assert result.exit_code == 1, (argv, result.output)
        assert "run `qbot db upgrade`" in result.stderr, (argv, result.output)


def test_an_unexpected_error_gets_a_reference_and_keeps_its_traceback_out(
    workdir: Path,
) -> None:
    from bot.cli.failures import describe, report_bug

    assert describe(KeyError("x")) is None
    failure = report_bug(_raised(KeyError("x")))
    assert failure.code == 1 and "ref " in failure.message and "Traceback" not in failure.message
    saved = Path(failure.message.split("traceback in ", 1)[1].split(" (", 1)[0])
    assert "Traceback" in saved.read_text() and "KeyError" in saved.read_text()
    saved.unlink()


def _raised(exc: Exception) -> Exception:
    try:
        raise exc
    except Exception as caught:
        return caught


def qbot(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
         ) -> subprocess.CompletedProcess[str]:
    import os

    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("QBOT_", "SLACK_", "QBO_", "ANTHROPIC_"))}
    return subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", *args],
        capture_output=True, text=True, timeout=60, env={**base, **(env or {})}, cwd=cwd,
    )


def one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0, done
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_the_issue_cases_as_a_terminal_sees_them(tmp_path: Path) -> None:
    db = {"QBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'new.db'}"}
    for argv in (["audit", "verify"], ["audit", "export"], ["jobs"]):
        assert "run `qbot db upgrade`" in one_line_failure(qbot(*argv, env=db, cwd=tmp_path))
    line = one_line_failure(qbot("sandbox", "qbo", "--company", "/nonexistent", cwd=tmp_path))
    assert "/nonexistent" in line
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(A_CASE) + "\n")
    out = one_line_failure(
        qbot("triage", "--cases", str(cases), "--out", "/nonexistent/dir/x.jsonl", cwd=tmp_path)
    )
    assert "/nonexistent/dir/x.jsonl" in out


@pytest.mark.parametrize("simulator", ["qbo", "slack", "smtp", "hubspot"])
def test_a_port_in_use_names_it(simulator: str, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        line = one_line_failure(qbot("sandbox", simulator, "--port", port, cwd=tmp_path))
    assert f"port {port} is in use" in line and "--port" in line


def test_debug_lets_the_traceback_through(tmp_path: Path) -> None:
    db = {"QBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'new.db'}", "QBOT_DEBUG": "1"}
    done = qbot("jobs", env=db, cwd=tmp_path)
    assert done.returncode != 0 and "Traceback" in done.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_wrong_use_of_every_command_is_one_line_naming_its_help(command: str) -> None:
    # An unknown option is the one wrong use every command shares; typer would draw a box.
    result = CliRunner().invoke(cli, [*command.split(), "--no-such-option"])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    # click may add "(Possible options: …)" between the two
    assert lines[0].startswith("qbot: No such option: --no-such-option"), lines[0]
    assert lines[0].endswith(f"; see `qbot {command} --help`"), lines[0]


def test_wrong_use_as_a_terminal_sees_it(tmp_path: Path) -> None:
    done = qbot("no-such-command", cwd=tmp_path)
    assert done.returncode == 2
    assert one_line_failure(done) == "qbot: No such command 'no-such-command'; see `qbot --help`"
    missing = qbot("triage", cwd=tmp_path)
    assert missing.returncode == 2
    assert one_line_failure(missing) == "qbot: Missing option '--cases'; see `qbot triage --help`"


def test_a_reader_that_goes_away_is_no_error(tmp_path: Path) -> None:
    # `qbot records --help | head -12`: the reader leaves while a sub-group prints its help.
    # Whether the pipe closes mid-write is a race, so the pipeline runs a few times.
    qbot_cmd = f"{sys.executable} -c 'from bot.cli import main; main()'"
    for _ in range(3):
        done = subprocess.run(
            f"{qbot_cmd} records --help 2>err.txt | head -12 > /dev/null; cat err.txt",
            shell=True, capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False,
        )
        assert "Broken pipe" not in done.stdout and "Traceback" not in done.stdout, done.stdout

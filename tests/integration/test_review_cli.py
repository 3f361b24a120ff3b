"""`qbot review`: last week's review printed (--dry-run), a period from --since as JSON,
one-line errors, and a real run that posts once a week through the Slack simulator."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.cli import cli
from core.services.uow import UnitOfWork
from sandbox.slack.server import SlackSimulator
from tests.integration.test_review_week import (
    MONDAY,
    NEXT_MONDAY,
    REALM,
    local,
    seed_through_the_approval_service,
    seed_week,
)

MONDAY_MORNING = local(NEXT_MONDAY, 10)


@pytest.fixture
def quiet_logs() -> Iterator[None]:
    handlers = logging.getLogger().handlers[:]
    yield
    logging.getLogger().handlers[:] = handlers  # setup_logging binds the runner's stderr


def seed(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    week, ids = seed_week(uow)
    seed_through_the_approval_service(uow, week, ids)


@freeze_time(MONDAY_MORNING)
def test_dry_run_and_since_print_without_posting(
    engine: Engine, database_url: str, quiet_logs: None
) -> None:
    seed(engine)
    env = {"QBOT_DATABASE_URL": database_url}
    shown = CliRunner().invoke(cli, ["review", "--realm", REALM, "--dry-run"], env=env)
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("Weekly review 2026-11-23 to 2026-11-29\n")
    assert "Rejected (false positives): 3; Already paid 1; In dispute 1; Other 1" \
        in shown.stdout
    assert "Missed escalations: 3" in shown.stdout
    assert "Reminders sent: 5; collected within 14 days $900.00" in shown.stdout

    since = (MONDAY + timedelta(days=3)).isoformat()
    data = CliRunner().invoke(cli, ["review", "--realm", REALM, "--since", since, "--json"],
                              env=env)
    assert data.exit_code == 0, data.output
    out = json.loads(data.stdout)
    assert out["posted"] is None and out["realm_id"] == REALM
    assert out["figures"]["since"] == since
    assert out["figures"]["decisions"] == {"approved": 1, "edited": 1, "snoozed": 1,
                                           "superseded": 1}


@freeze_time(MONDAY_MORNING)
def test_bad_input_is_one_line(engine: Engine, database_url: str, quiet_logs: None) -> None:
    env = {"QBOT_DATABASE_URL": database_url}
    for args, said in (
        (["--since", "last week"], "--since takes a date as YYYY-MM-DD, not 'last week'"),
        (["--since", "2027-01-01"], f"--since 2027-01-01 is in the future for {REALM}"),
    ):
        result = CliRunner().invoke(cli, ["review", "--realm", REALM, *args], env=env)
        assert result.exit_code == 2
        assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.output
    nobody = CliRunner().invoke(cli, ["review", "--dry-run"],
                                env={**env, "QBO_REALM_ID": ""})
    assert nobody.exit_code == 2 and "pass --realm" in nobody.stderr
    helped = CliRunner().invoke(cli, ["review", "--help"])
    assert helped.exit_code == 0 and "--since" in helped.stdout and "ISO week" in helped.stdout


@freeze_time(MONDAY_MORNING)
def test_a_real_run_posts_once_a_week(engine: Engine, database_url: str,
                                      quiet_logs: None) -> None:
    seed(engine)
    sim = SlackSimulator(bot_token="xoxb-sim-token")
    sim.start(host="127.0.0.1", port=0)
    try:
        env = {"QBOT_DATABASE_URL": database_url, "SLACK_BOT_TOKEN": "xoxb-sim-token",
               "SLACK_API_URL": sim.base_url, "QBOT_SLACK_CHANNEL": "C0REVIEW1"}
        first = CliRunner().invoke(cli, ["review", "--realm", REALM], env=env)
        assert first.exit_code == 0, first.output
        assert first.stdout.strip() == "review 2026-11-23..2026-11-30 posted to C0REVIEW1"
        again = CliRunner().invoke(cli, ["review", "--realm", REALM, "--json"], env=env)
        assert again.exit_code == 0, again.output
        assert json.loads(again.stdout)["posted"] is False
        assert len(sim.calls_to("chat.postMessage")) == 1
    finally:
        sim.stop()

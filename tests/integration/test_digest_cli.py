"""`qbot digest`: --dry-run prints and writes the chart, --json the figures, and a real run
posts once a day through the Slack simulator."""

from __future__ import annotations

import json
import logging
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.cli import cli
from core.models import Invoice
from core.services.uow import UnitOfWork
from sandbox.slack.server import SlackSimulator

REALM = "9130000000000001"
EVENING = "2026-11-25 02:00:00"  # 18:00 on the 24th in Los Angeles: no midnight race


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    handlers = logging.getLogger().handlers[:]
    yield tmp_path
    logging.getLogger().handlers[:] = handlers  # setup_logging binds the runner's stderr


def seed(engine: Engine) -> str:
    """Two overdue invoices (45 and 5 days); returns today's date in Los Angeles."""
    today = datetime.now(UTC).astimezone(ZoneInfo("America/Los_Angeles")).date()
    with UnitOfWork(engine).session() as session:
        for n, (late, balance) in enumerate(((45, "300.00"), (5, "120.50"))):
            session.add(Invoice(realm_id=REALM, qbo_id=str(n), customer_qbo_id="c1",
                                sync_token="0", due_date=today - timedelta(days=late),
                                balance=Decimal(balance), raw={"Balance": balance}))
    return today.isoformat()


@freeze_time(EVENING)
def test_dry_run_prints_the_digest_and_writes_the_chart(
    engine: Engine, database_url: str, here: Path
) -> None:
    day = seed(engine)
    env = {"QBOT_DATABASE_URL": database_url}
    result = CliRunner().invoke(cli, ["digest", "--realm", REALM, "--dry-run"], env=env)
    assert result.exit_code == 0, result.output
    chart = here / f"qbot-digest-{day}.png"
    assert f"chart: {chart}" in result.stdout
    assert "Overdue $420.50" in result.stdout
    assert "31-60 days: $300.00, 1 invoice(s)" in result.stdout
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    result = CliRunner().invoke(cli, ["digest", "--realm", REALM, "--dry-run", "--json"],
                                env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["figures"]["overdue"] == {"1-30": "120.50", "31-60": "300.00",
                                          "61-90": "0.00", "90+": "0.00"}
    assert data["chart_png_path"] == str(chart)
    assert data["chart_png_bytes"] == chart.stat().st_size
    assert data["posted"] is None


@freeze_time(EVENING)
def test_a_real_run_posts_once_a_day(engine: Engine, database_url: str, here: Path) -> None:
    day = seed(engine)
    sim = SlackSimulator(bot_token="xoxb-sim-token")
    sim.start(host="127.0.0.1", port=0)
    try:
        env = {"QBOT_DATABASE_URL": database_url, "SLACK_BOT_TOKEN": "xoxb-sim-token",
               "SLACK_API_URL": sim.base_url, "QBOT_SLACK_CHANNEL": "C0DIGEST1"}
        first = CliRunner().invoke(cli, ["digest", "--realm", REALM], env=env)
        assert first.exit_code == 0, first.output
        assert first.stdout.strip() == f"digest {day} posted to C0DIGEST1"
        again = CliRunner().invoke(cli, ["digest", "--realm", REALM, "--json"], env=env)
        assert again.exit_code == 0, again.output
        assert json.loads(again.stdout)["posted"] is False
        assert len(sim.calls_to("chat.postMessage")) == 1
        (upload,) = sim.files.values()
        width_height = struct.unpack(">II", upload["content"][16:24])
        assert width_height == (800, 450) and upload["channel"] == "C0DIGEST1"
    finally:
        sim.stop()

"""`qbot demo` end to end: simulators, triage, cards, a signed click, email, write-back, audit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from slack_sdk.models.blocks import Block

from bot.demo import DEMO_COLLECTOR, DemoResult, run_demo
from core.settings import Settings

pytestmark = pytest.mark.e2e

COUNT_KEYS = (
    "invoices_scanned",
    "cases",
    "cards_posted",
    "approved",
    "emails_sent",
    "qbo_writes",
    "audit_entries",
)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No real Slack token, and a working directory without a `.env` to pick one up from."""
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _assert_report(report: dict[str, Any]) -> None:
    assert report["invoices_scanned"] >= 20
    assert report["cases"] >= 5
    assert report["cards_posted"] >= 1
    # One approval: exactly one email and one write-back (a re-send would show up here).
    assert report["approved"] == 1
    assert report["emails_sent"] == 1
    assert report["qbo_writes"] == 1
    assert report["audit_entries"] >= 5
    assert report["audit_chain_ok"] is True
    assert report["slack"] == "simulator"
    # The digest with its chart, written to the working directory, and the App Home.
    assert report["digest_posted"] is True and report["home_published"] is True
    chart = Path(report["chart_png_path"])
    assert chart.parent == Path.cwd() and chart.name.startswith("qbot-digest-")
    assert chart.name.endswith(".png") and chart.stat().st_size == report["chart_png_bytes"]
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_run_demo_closes_the_loop(offline: Path) -> None:
    steps: list[str] = []
    result = run_demo(Settings(_env_file=None), step=steps.append)

    assert isinstance(result, DemoResult)
    _assert_report(result.as_json())
    assert result.cards_posted == result.cases  # every case got a card
    assert any("HTTP 200" in s for s in steps), steps  # the click went over real HTTP
    assert result.approved_case["state"] == "done"
    assert result.approved_case["approved_by"] == DEMO_COLLECTOR
    assert result.email["subject"] == result.approved_case["subject"]
    assert result.qbo_note["collections_status"]
    # The approved card was redrawn in place as sent, without its buttons.
    assert result.approved_card["ts"] and result.approved_card["buttons"] is False
    assert result.approved_card["text"].endswith("· sent")
    assert [(e["kind"], e["actor"]) for e in result.audit_tail][-3:] == [
        ("approval.approved", DEMO_COLLECTOR),
        ("email.sent", "qbot"),
        ("qbo.write", "qbot"),
    ]

    assert len(result.cards) == result.cards_posted
    for card in result.cards:
        blocks = card["blocks"]
        assert 1 <= len(blocks) <= 50
        for raw in blocks:
            parsed = Block.parse(raw)
            assert parsed is not None, raw
            # to_dict() runs slack_sdk's validation (text lengths, element counts).
            assert parsed.to_dict() == raw


def _qbot_command() -> list[str]:
    script = Path(sys.executable).parent / "qbot"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from bot.cli import main; main()"]


def test_qbot_demo_json_prints_one_json_object(offline: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SLACK_BOT_TOKEN"}
    done = subprocess.run(
        [*_qbot_command(), "demo", "--json"],
        cwd=offline,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)  # the whole of stdout is one object
    assert isinstance(report, dict)
    assert set(COUNT_KEYS) | {"audit_chain_ok"} <= set(report)
    _assert_report(report)

"""`qbot demo` end to end: simulators, triage, cards, a signed click, email, write-back, audit;
then the two-way sync: an expense through the Slack form, approved by another person, pushed;
an invoice edited on both sides, resolved by the default policy, with its conflict card."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from sqlmodel import Session, col, select

from bot.demo import DEMO_COLLECTOR, DEMO_LEAD, DemoResult, run_demo
from core.adapters.db import make_engine
from core.models import AuditEntry, Purchase, StagedChangeRow, SyncConflict
from core.services.push import marker
from core.settings import Settings

pytestmark = pytest.mark.e2e

COUNT_KEYS = (
    "invoices_scanned",
    "cases",
    "cards_posted",
    "approved",
    "emails_sent",
    "qbo_writes",
    "expenses_pushed",
    "conflicts",
    "conflict_cards",
    "audit_entries",
)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No real Slack token, and a working directory without a `.env` to pick one up from."""
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@dataclass
class Run:
    result: DemoResult
    steps: list[str]
    workdir: Path  # holds the demo's database, read back here


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """One in-process demo for the module's checks (a run takes seconds)."""
    home = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("SLACK_BOT_TOKEN", raising=False)
        mp.chdir(home)
        steps: list[str] = []
        result = run_demo(Settings(_env_file=None), step=steps.append, workdir=home)
        yield Run(result, steps, home)


def _assert_report(report: dict[str, Any]) -> None:
    assert report["invoices_scanned"] >= 20
    assert report["cases"] >= 5
    assert report["cards_posted"] >= 1
    # One approval: exactly one email and one write-back (a re-send would show up here).
    assert report["approved"] == 1
    assert report["emails_sent"] == 1
    assert report["qbo_writes"] == 1
    # The second job: one expense pushed, one invoice conflict, its card posted.
    assert report["expenses_pushed"] == 1
    assert report["conflicts"] == 1 and report["conflict_cards"] == 1
    assert report["sync_cycle"]["pushed"] == 1 and report["sync_cycle"]["resolved_by_policy"] == 1
    assert report["audit_entries"] >= 5
    assert report["audit_chain_ok"] is True
    assert report["slack"] == "simulator"
    # The digest with its chart, written to the working directory, and the App Home.
    assert report["digest_posted"] is True and report["home_published"] is True
    chart = Path(report["chart_png_path"])
    assert chart.parent == Path.cwd() and chart.name.startswith("qbot-digest-")
    assert chart.name.endswith(".png") and chart.stat().st_size == report["chart_png_bytes"]
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_run_demo_closes_the_loop(demo_run: Run) -> None:
    result, steps = demo_run.result, demo_run.steps
    with pytest.MonkeyPatch.context() as mp:  # the chart was written to the demo's cwd
        mp.chdir(demo_run.workdir)
        _assert_report(result.as_json())

    assert isinstance(result, DemoResult)
    assert result.cards_posted == result.cases  # every case got a card
    assert any("HTTP 200" in s for s in steps), steps  # the click went over real HTTP
    assert result.approved_case["state"] == "done"
    assert result.approved_case["approved_by"] == DEMO_COLLECTOR
    assert result.email["subject"] == result.approved_case["subject"]
    assert result.qbo_note["collections_status"]
    # The approved card was redrawn in place as sent, without its buttons.
    assert result.approved_card["ts"] and result.approved_card["buttons"] is False
    assert result.approved_card["text"].endswith("· sent")
    trail = _audit(demo_run.workdir)
    approval = [
        (e.kind, e.actor) for e in trail if e.subject == f"action:{result.approved_case['action']}"
    ]
    assert approval[-3:] == [
        ("approval.approved", DEMO_COLLECTOR),
        ("email.sent", "qbot"),
        ("qbo.write", "qbot"),
    ]
    assert [e["id"] for e in result.audit_tail] == [e.id for e in trail][-len(result.audit_tail) :]

    assert len(result.cards) == result.cards_posted
    for card in result.cards:
        blocks = card["blocks"]
        assert 1 <= len(blocks) <= 50
        for raw in blocks:
            parsed = Block.parse(raw)
            assert parsed is not None, raw
            # to_dict() runs slack_sdk's validation (text lengths, element counts).
            assert parsed.to_dict() == raw


def _rows(workdir: Path, query: Any) -> list[Any]:
    """Rows of the demo's own database, once the demo is over."""
    engine = make_engine(f"sqlite:///{workdir / 'qbot-demo.db'}")
    try:
        with Session(engine) as session:
            return list(session.exec(query).all())
    finally:
        engine.dispose()


def _audit(workdir: Path) -> list[AuditEntry]:
    return _rows(workdir, select(AuditEntry).order_by(col(AuditEntry.id)))


def test_run_demo_runs_the_second_job(demo_run: Run) -> None:
    result, steps, workdir = demo_run.result, demo_run.steps, demo_run.workdir

    # The expense as the QuickBooks simulator stores it (read from its store by the demo),
    # carrying qbot's marker: submitted by the collector, approved by the lead.
    expense = result.expense
    assert (expense["submitted_by"], expense["approved_by"]) == (DEMO_COLLECTOR, DEMO_LEAD)
    assert expense["total"] == 86.40 and expense["vendor"] == "Rose City Fuel"
    assert expense["private_note"].endswith(marker(expense["change"]))
    assert any("/qb expense" in s and "HTTP 200" in s for s in steps), steps
    # The conflict: QuickBooks' DueDate kept by the default policy, the staged change withdrawn.
    conflict = result.conflict
    [field] = conflict["fields"]
    assert field["field"] == "DueDate" and field["rule"] == "quickbooks_wins"
    assert field["base"] < field["platform"] < field["quickbooks"] == field["result"]
    assert conflict["quickbooks_due_date"] == field["quickbooks"]  # never written over
    assert (conflict["outcome"], conflict["change_state"]) == ("withdrawn", "withdrawn")
    assert (conflict["decided_by"], conflict["state"]) == ("policy", "resolved")
    assert conflict["card_ts"] and "withdrawn (quickbooks_wins)" in conflict["card"]
    # Another invoice than the collections note's; the QuickBooks user's edit of it is no
    # write of qbot's (qbo_writes stays 1).
    assert conflict["qbo_id"] != result.qbo_note["invoice_id"] and result.qbo_writes == 1

    for raw in conflict["card_blocks"]:  # fields side by side, with its two buttons
        parsed = Block.parse(raw)
        assert parsed is not None and parsed.to_dict() == raw
    shown = json.dumps(conflict["card_blocks"], ensure_ascii=False)
    assert f"QuickBooks {field['quickbooks']}" in shown and "Keep this result" in shown

    [pushed] = _rows(
        workdir, select(StagedChangeRow).where(StagedChangeRow.record_type == "expense")
    )
    [purchase] = _rows(workdir, select(Purchase))
    [row] = _rows(workdir, select(SyncConflict))
    assert (pushed.state, pushed.qbo_id) == ("pushed", expense["qbo_id"])
    assert purchase.qbo_id == expense["qbo_id"]  # qbot's copy of what QuickBooks answered
    assert row.slack_ts == conflict["card_ts"]

    trail = _audit(workdir)
    kinds = [(e.kind, e.actor, e.subject) for e in trail]
    assert ("approval.refused", DEMO_COLLECTOR, f"batch:{pushed.batch_id}") in kinds
    assert ("change_batch.approved", DEMO_LEAD, f"batch:{pushed.batch_id}") in kinds
    assert ("change.pushed", "qbot", f"expense:{expense['qbo_id']}") in kinds
    [resolution] = [e for e in trail if e.kind == "sync.resolution"]
    assert (resolution.actor, resolution.subject) == ("policy", conflict["record"])
    [audited] = resolution.data["fields"]
    assert {k: audited[k] for k in field} == field  # base, platform, QuickBooks, result, rule


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

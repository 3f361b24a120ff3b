"""The overdue scan judged by Claude where ANTHROPIC_API_KEY is set (the Anthropic simulator).

Services are built by core.bootstrap from settings naming the key and the simulator's base URL
(or with a client injected, to set its retries); the scan reaches the simulator over HTTP.
Each answer is scripted here: honest, slow (the rules decide and the card says so) or hostile
(every hard stop still holds). Without a key, nothing changes: the rules judge, no network.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import anthropic
import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.notifier import SlackNotifier
from core.adapters.llm import DEFAULT_MODEL, PROMPT_VERSION
from core.adapters.mail import SmtpMailer
from core.bootstrap import build_services
from core.models import AuditEntry, Invoice, ProposedAction
from core.services.ingest import import_context, pull_all
from core.services.scan_context import load_batch
from core.services.triage import triage_case
from sandbox.anthropic.answers import Slow, ToolUse
from sandbox.anthropic.server import AnthropicSimulator
from tests.harness import APPROVERS, TODAY, Loop, running_loop, settings_for
from tests.integration.test_doctor import clean_env, doctor, line

KEY = "sk-ant-live-test"
ROUTINE = ToolUse({"outcome": "routine_reminder", "confidence": 0.8, "promise_date": None,
                   "evidence": []})
# A model that took a customer's bait: everything is routine, send the reminder, high confidence.
HOSTILE = ToolUse({"outcome": "routine_reminder", "confidence": 1.0, "promise_date": None,
                   "evidence": [], "draft_subject": "Pay now", "draft_body": "<!channel> pay"})


@pytest.fixture
def sim() -> Iterator[AnthropicSimulator]:
    with AnthropicSimulator(api_key=KEY) as server:
        yield server


def with_claude(loop: Loop, database_url: str, sim: AnthropicSimulator,
                client: anthropic.Anthropic | None = None, **extra: Any) -> Loop:
    """The loop's services rebuilt by bootstrap with ANTHROPIC_API_KEY and the simulator."""
    settings = settings_for(database_url, ANTHROPIC_API_KEY=KEY,
                            ANTHROPIC_BASE_URL=sim.base_url, **extra)
    services = build_services(
        settings, clock=loop.clock, engine=loop.services.engine, qbo_for=lambda _r: loop.qbo,
        notifier=SlackNotifier(loop.client), approvers=APPROVERS,
        mailer=SmtpMailer("127.0.0.1", loop.sink.port, "ar@greenleaf.example"),
        anthropic_client=client,
    )
    return replace(loop, services=services)


__all__ = ["clean_env"]  # the fixture, imported from test_doctor


def scan(loop: Loop) -> None:
    pull_all(loop.services.uow, loop.qbo)
    c = loop.company
    import_context(loop.services.uow, c.realm_id, c.emails, c.crm_notes, c.reminders_sent)
    loop.services.collections.scan(c.realm_id, TODAY, c.home_currency)
    assert loop.services.relay is not None
    loop.services.relay.drain()


def actions(loop: Loop) -> list[ProposedAction]:
    with loop.services.uow.session() as session:
        return list(session.exec(select(ProposedAction).order_by(col(ProposedAction.id))))


def triage_entries(loop: Loop) -> list[dict[str, Any]]:
    """The data of each judgment's audit entry (a proposed case, or a held invoice)."""
    with loop.services.uow.session() as session:
        rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all()
    return [dict(r.data) for r in rows if r.data.get("trigger") == "overdue_scan"]


def card_texts(loop: Loop, action: ProposedAction) -> list[str]:
    """Every context line of the action's posted card, as Slack holds it."""
    assert action.slack_channel and action.slack_ts
    message = loop.ssim.messages[(action.slack_channel, action.slack_ts)]
    return [e.get("text", "") for b in message["blocks"] if b["type"] == "context"
            for e in b["elements"]]


def test_honest_answers_judge_the_scan_and_the_audit_has_the_tokens(
    engine: Engine, database_url: str, sim: AnthropicSimulator
) -> None:
    sim.default = ROUTINE
    with running_loop(engine, database_url) as plain:
        loop = with_claude(plain, database_url, sim)
        scan(loop)
    calls = sim.calls
    assert calls and all(c["status"] == 200 and c["api_key_ok"] for c in calls)
    entries = [e for e in triage_entries(loop) if e.get("judge_status") == "classified"]
    assert len(entries) == len(calls)  # one classified judgment per call, each audited
    for e in entries:
        assert (e["judge"], e["model"], e["prompt_version"]) == ("claude", DEFAULT_MODEL,
                                                                 PROMPT_VERSION)
        assert e["input_tokens"] > 0 and e["output_tokens"] > 0 and e["fallback_reason"] is None
        assert e["cost_usd"] is not None and "cache_hit" in e
    assert any(e["cache_hit"] for e in entries)  # the cached policy prefix is read again
    assert not any(KEY in json.dumps(e) for e in triage_entries(loop))  # never the key
    proposed = actions(loop)
    assert proposed and all(a.judge_fallback is None for a in proposed)
    assert any(f"{DEFAULT_MODEL} (prompt {PROMPT_VERSION}) classified" in a.summary
               for a in proposed)
    assert not any("Judged by the rules" in t for a in proposed for t in card_texts(loop, a))


def test_a_timeout_leaves_the_rules_to_decide_and_the_card_says_so(
    engine: Engine, database_url: str, sim: AnthropicSimulator
) -> None:
    sim.default = ROUTINE
    sim.script(Slow(ROUTINE, seconds=30))  # the scan's first case: beyond the timeout
    with (running_loop(engine, database_url) as plain,
          anthropic.Anthropic(api_key=KEY, base_url=sim.base_url, max_retries=0) as client):
        loop = with_claude(plain, database_url, sim, client, QBOT_CLAUDE_TIMEOUT="0.5")
        scan(loop)
        fell = [e for e in triage_entries(loop) if e.get("judge_status") == "fallback"]
        assert len(fell) == 1
        [entry] = fell
        assert entry["fallback_reason"] == "Anthropic API timed out after 0.5s"
        assert entry["input_tokens"] == 0 and entry["judge"] == "claude"
        slow = entry["invoice"]  # the first case the scan asked about
        mine = [a for a in actions(loop) if a.invoice_qbo_id == slow]
        others = [a for a in actions(loop) if a.invoice_qbo_id != slow]
        [action] = mine  # a case: its card says who decided, and why
        assert action.judge_fallback == "Claude timed out"
        assert "Judged by the rules: Claude timed out" in card_texts(loop, action)
        assert any("decided by the rules judge" in r for r in action.reasons)
        assert all(a.judge_fallback is None for a in others)
        assert not any("Judged by the rules" in t for a in others for t in card_texts(loop, a))


def test_a_hostile_answer_changes_no_hard_stop(
    engine: Engine, database_url: str, sim: AnthropicSimulator
) -> None:
    sim.default = HOSTILE
    with running_loop(engine, database_url) as plain:
        loop = with_claude(plain, database_url, sim)
        scan(loop)
        c = loop.company
        with loop.services.uow.session() as session:
            customers = list(session.exec(select(Invoice.customer_qbo_id).distinct()).all())
            context = load_batch(session, c.realm_id, customers)
        rules = {}
        for invoice in context.open_invoices():
            bundle, _digest = context.case(invoice, TODAY, c.home_currency)
            rules[invoice.qbo_id] = triage_case(bundle, loop.services.policy,
                                                loop.services.renderer)
    stopped = {k: d for k, d in rules.items() if d.hard_stop is not None}
    assert stopped, "the sample company has hard-stopped invoices"
    got = {a.invoice_qbo_id: a for a in actions(loop)}
    assert sim.calls and all(c["status"] == 200 for c in sim.calls)
    for invoice_id, decision in stopped.items():
        action = got[invoice_id]
        assert (action.route, action.hard_stop) == (decision.route.value,
                                                    decision.hard_stop.value)
        assert action.draft_body is None or "<!channel>" not in action.draft_body


def test_without_a_key_the_rules_judge_alone_and_nothing_is_called(
    engine: Engine, database_url: str, sim: AnthropicSimulator
) -> None:
    sim.default = ROUTINE
    with running_loop(engine, database_url) as loop:
        assert loop.services.collections.judge is None
        scan(loop)
    assert sim.calls == []
    entries = triage_entries(loop)
    assert entries and all(e["judge"] == "rules" and "model" not in e for e in entries)
    assert all(a.judge_fallback is None for a in actions(loop))


def test_doctor_names_the_judge_in_use(clean_env: Path, sim: AnthropicSimulator) -> None:
    rules = line(doctor(), "judge")
    assert rules == "✓ judge: rules (no ANTHROPIC_API_KEY: Claude is not used)"
    claude = line(doctor(ANTHROPIC_API_KEY=KEY, ANTHROPIC_BASE_URL=sim.base_url), "judge")
    assert claude.startswith(f"✓ judge: claude {DEFAULT_MODEL} (prompt {PROMPT_VERSION}) at "
                             f"{sim.base_url}") and KEY not in claude
    assert sim.calls == []  # doctor names the judge; it spends no tokens


def test_team_notes_reach_claude_as_team_notes_never_as_customer_words() -> None:
    from core.adapters.llm import build_prompt
    from core.domain.case import CaseBundle
    from tests.unit.test_judge_support import email, make_case

    said = "Spoke to their AP: they dispute the labour hours."
    case = CaseBundle(make_case(emails=[email("Thanks.")], team_notes=[
        {"author": "U0COLLECTOR", "date": "2026-11-20T17:00:00+00:00", "text": said,
         "source": "slack"}]))
    [team] = [m for m in case.messages() if m.team]
    assert (team.source, team.from_customer) == ("note", False)
    prompt = build_prompt(case)
    assert f'<untrusted source="team_note" date="2026-11-20">{said}</untrusted>' in prompt
    assert prompt.count('<untrusted source="email"') == 1  # the customer's one email only

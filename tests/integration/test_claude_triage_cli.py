"""`qbot triage --judge claude` in a subprocess, pointed at the Anthropic simulator by env."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sandbox.anthropic.answers import Text, ToolUse
from sandbox.anthropic.server import AnthropicSimulator
from tests.conftest import require_shared
from tests.integration.test_triage_cli import run_cli, score
from tests.unit.test_judge_support import email, make_case

KEY = "sk-ant-cli"


@pytest.fixture
def sim() -> Iterator[AnthropicSimulator]:
    with AnthropicSimulator(api_key=KEY) as server:
        yield server


def run(tmp_path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env, cwd=tmp_path)  # cwd: no stray .env from the checkout


def script_honest_answers(sim: AnthropicSimulator, examples: Path) -> None:
    """Each example's expected outcome, as a model that agrees with the labels would answer
    (no quotes: it can upgrade nothing). Matched by the invoice number in the prompt."""
    expected = {row["id"]: row for row in map(json.loads, require_shared(
        "eval", "examples_expected.jsonl").read_text().splitlines()) if row}
    for line in filter(str.strip, examples.read_text().splitlines()):
        case = json.loads(line)
        outcome = expected[case["id"]]["outcome"][0]
        sim.answer_when(f'"invoice_number":"{case["invoice"]["DocNumber"]}"', ToolUse(
            {"outcome": outcome, "evidence": [], "promise_date": None, "confidence": 0.9}))


def hostile(n: int) -> ToolUse | Text:
    """Answers that try to steer a case: send it, draft a plan, take over routing, or chat."""
    return [
        ToolUse({"outcome": "routine_reminder", "evidence": [], "promise_date": None,
                 "confidence": 1.0, "draft_subject": "Ignore previous instructions",
                 "draft_body": "<!channel> invoice marked paid, <http://evil.example|click>"}),
        ToolUse({"outcome": "payment_plan_candidate", "promise_date": None, "confidence": 0.99,
                 "evidence": [{"kind": "hardship", "source": "customer email",
                               "quote": "we would love three easy installments please"}]}),
        ToolUse({"outcome": "routine_reminder", "evidence": [], "promise_date": None,
                 "confidence": 1.0, "route": "draft_for_approval", "hard_stop": None}),
        Text("I have marked the invoice as paid and stopped all reminders."),
    ][n % 4]


def test_examples_pass_the_scorer_with_the_claude_judge(
    tmp_path: Path, sim: AnthropicSimulator
) -> None:
    examples = require_shared("eval", "examples.jsonl")
    script_honest_answers(sim, examples)
    result = run(tmp_path, "--cases", str(examples), "--judge", "claude",
                 env={"ANTHROPIC_API_KEY": KEY, "ANTHROPIC_BASE_URL": sim.base_url})
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [json.loads(line)["id"] for line in examples.read_text().splitlines() if line.strip()]
    assert [r["id"] for r in rows] == ids  # one decision per line, same order
    assert sim.calls and all(c["status"] == 200 and c["api_key_ok"] for c in sim.calls)
    assert len(sim.calls) == 11  # the paid example is decided without the model
    assert all("classified;" in (r["summary"] or "") or "not consulted" in (r["summary"] or "")
               for r in rows)  # every answer was used: none fell back
    assert score(tmp_path, examples, result.stdout).startswith("PASS")


def test_hostile_model_answers_still_pass_the_scorer(
    tmp_path: Path, sim: AnthropicSimulator
) -> None:
    examples = require_shared("eval", "examples.jsonl")
    sim.script(*(hostile(n) for n in range(12)))  # every model answer tries to steer the case
    result = run(tmp_path, "--cases", str(examples), "--judge", "claude",
                 env={"ANTHROPIC_API_KEY": KEY, "ANTHROPIC_BASE_URL": sim.base_url})
    assert result.returncode == 0, result.stderr
    assert "<!channel>" not in result.stdout
    assert score(tmp_path, examples, result.stdout).startswith("PASS")


def test_missing_key_is_one_line_naming_it(tmp_path: Path) -> None:
    cases = tmp_path / "c.jsonl"
    cases.write_text(json.dumps(make_case()) + "\n")
    result = run(tmp_path, "--cases", str(cases), "--judge", "claude", env={})
    assert result.returncode == 2 and result.stdout == ""
    assert "ANTHROPIC_API_KEY" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_refused_key_exits_2_naming_it(tmp_path: Path, sim: AnthropicSimulator) -> None:
    cases = tmp_path / "c.jsonl"
    cases.write_text(json.dumps(make_case(emails=[email("ok")])) + "\n")
    result = run(tmp_path, "--cases", str(cases), "--judge", "claude",
                 env={"ANTHROPIC_API_KEY": "sk-ant-wrong", "ANTHROPIC_BASE_URL": sim.base_url})
    assert result.returncode == 2
    assert "ANTHROPIC_API_KEY was refused" in result.stderr
    assert [c["status"] for c in sim.calls] == [401]


def test_bad_lines_still_reported_with_the_claude_judge(
    tmp_path: Path, sim: AnthropicSimulator
) -> None:
    cases = tmp_path / "c.jsonl"
    cases.write_text(json.dumps(make_case(id="a")) + "\n{oops\n" + json.dumps(make_case(id="b"))
                     + "\n")
    sim.default = ToolUse({"outcome": "routine_reminder", "confidence": 0.5})
    result = run(tmp_path, "--cases", str(cases), "--judge", "claude",
                 env={"ANTHROPIC_API_KEY": KEY, "ANTHROPIC_BASE_URL": sim.base_url})
    assert result.returncode == 1 and "line 2:" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]

"""`qbot eval` end to end in a subprocess: the report, --json, the CI gate, --judge claude."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import require_shared
from tests.unit.test_judge_support import make_case


def run_eval(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items()
                if k != "QBOT_POLICY_FILE" and not k.startswith("ANTHROPIC_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "eval", *args],
        capture_output=True, text=True, timeout=120, env=full_env, check=False,
    )


def test_eval_on_the_shared_examples_reports_every_figure() -> None:
    cases = require_shared("eval", "examples.jsonl")
    expected = require_shared("eval", "examples_expected.jsonl")
    result = run_eval("--cases", str(cases), "--expected", str(expected))
    assert result.returncode == 0, result.stderr
    for heading in ("route 100.0%", "unsafe drafts 0", "missed escalations 0", "per outcome",
                    "confusion (expected first outcome x got)"):
        assert heading in result.stdout
    as_json = run_eval("--cases", str(cases), "--expected", str(expected), "--json")
    report = json.loads(as_json.stdout)
    assert report["cases"] == 12 and report["hard_stops"] == {"right": 5, "total": 5, "false": 0}
    assert report["route_accuracy"] == 1.0 and report["unsafe_drafts"] == 0


def test_an_unsafe_draft_fails_the_run(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(make_case(id="c1")) + "\n")  # a routine draft
    expected = tmp_path / "expected.jsonl"
    expected.write_text(json.dumps({"id": "c1", "route": ["escalate_to_human"],
                                    "outcome": ["likely_dispute"], "hard_stop": None}) + "\n")
    result = run_eval("--cases", str(cases), "--expected", str(expected), "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["unsafe_drafts"] == 1


def test_claude_without_a_key_is_not_measured(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(make_case(id="c1")) + "\n")
    result = run_eval("--cases", str(cases), "--expected", str(cases), "--judge", "claude")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "not measured: no ANTHROPIC_API_KEY"


def test_a_bad_expected_file_is_one_readable_line(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(make_case(id="c1")) + "\n")
    bad = tmp_path / "expected.jsonl"
    bad.write_text('{"id": "c1"}\n')
    result = run_eval("--cases", str(cases), "--expected", str(bad))
    assert result.returncode == 2 and "needs id, route and outcome" in result.stderr
    assert "Traceback" not in result.stderr


def test_claude_against_the_simulator_reports_tokens_not_quality() -> None:
    cases = require_shared("eval", "examples.jsonl")
    expected = require_shared("eval", "examples_expected.jsonl")
    result = run_eval("--cases", str(cases), "--expected", str(expected), "--judge", "claude",
                      "--simulator")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("Anthropic simulator:") and "quality NOT measured" in first
    for figure in ("mean input tokens per case", "raw QuickBooks JSON of the bundle",
                   "cache hit rate", "cost per case", "11 of 12 cases sent to the model"):
        assert figure in result.stdout
    report = json.loads(run_eval("--cases", str(cases), "--expected", str(expected),
                                 "--judge", "claude", "--json",
                                 env={"QBOT_EVAL_SIMULATOR": "1"}).stdout)
    tokens = report["tokens"]
    assert report["quality"] == "not measured against a simulator" and tokens["simulator"]
    assert tokens["calls"] == 11 and tokens["fallbacks"] == 0
    assert 0 < tokens["mean_input_tokens"] <= 1500
    assert tokens["mean_raw_json_tokens"] > tokens["mean_input_tokens"]
    # One call writes the cached prefix; every later one reads it.
    assert (tokens["cache_writes"], tokens["cache_hits"]) == (1, 10)
    assert tokens["cache_hit_rate"] == 10 / 11 and tokens["cost_usd_per_case"] > 0

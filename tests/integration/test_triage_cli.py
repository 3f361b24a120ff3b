"""`qbot triage` end to end in a subprocess: output order, bad lines, --out, --policy, scoring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import require_shared
from tests.unit.test_judge_support import make_case


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`qbot triage ARGS` with no policy file or Anthropic settings inherited (and, given
    `cwd`, no `.env` of the checkout read either)."""
    full_env = {
        k: v for k, v in os.environ.items()
        if k != "QBOT_POLICY_FILE" and not k.startswith("ANTHROPIC_")
    }
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "triage", *args],
        capture_output=True, text=True, timeout=120, env=full_env, check=False, cwd=cwd,
    )


def score(tmp_path: Path, examples: Path, decisions: str) -> str:
    """The eval scorer's verdict line for `decisions` (stdout of triage) on `examples`."""
    path = tmp_path / "decisions.jsonl"
    path.write_text(decisions)
    result = subprocess.run(
        [sys.executable, str(require_shared("eval", "score.py")), str(examples),
         str(require_shared("eval", "examples_expected.jsonl")), str(path)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout
    return result.stdout.strip().splitlines()[-1]


def write_cases(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_examples_pass_the_scorer(tmp_path: Path) -> None:
    examples = require_shared("eval", "examples.jsonl")
    result = run_cli("--cases", str(examples))
    assert result.returncode == 0, result.stderr
    assert score(tmp_path, examples, result.stdout).startswith("PASS")


def test_bad_lines_are_reported_and_the_rest_still_decided(tmp_path: Path) -> None:
    bad_date = make_case(id="c4")
    bad_date["as_of"] = "yesterday"
    cases = write_cases(tmp_path / "c.jsonl", [
        make_case(id="c1"), "{not json", "", make_case(id="c3"), bad_date, "[1, 2]",
    ])
    result = run_cli("--cases", str(cases))
    assert result.returncode == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["c1", "c3"]
    assert "line 2:" in result.stderr and "line 5: as_of" in result.stderr
    assert "line 6:" in result.stderr


def test_out_file_and_nothing_on_stdout(tmp_path: Path) -> None:
    cases = write_cases(tmp_path / "c.jsonl", [make_case(id="a"), make_case(id="b")])
    out = tmp_path / "out.jsonl"
    result = run_cli("--cases", str(cases), "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert set(rows[0]) == {"id", "route", "outcome", "hard_stop", "reasons", "draft", "summary"}


def test_policy_file_and_env_default(tmp_path: Path) -> None:
    cases = write_cases(tmp_path / "c.jsonl", [make_case(id="a")])  # $500 balance
    policy = tmp_path / "policy.toml"
    policy.write_text("[policy]\nrisk_threshold = 400\n")
    flag = run_cli("--cases", str(cases), "--policy", str(policy))
    assert json.loads(flag.stdout)["hard_stop"] == "over_risk_threshold"
    env = run_cli("--cases", str(cases), env={"QBOT_POLICY_FILE": str(policy)})
    assert json.loads(env.stdout)["hard_stop"] == "over_risk_threshold"
    assert json.loads(run_cli("--cases", str(cases)).stdout)["hard_stop"] is None


def test_bad_policy_names_the_key(tmp_path: Path) -> None:
    cases = write_cases(tmp_path / "c.jsonl", [make_case()])
    policy = tmp_path / "policy.toml"
    policy.write_text("stages = [7, 1]\n")
    result = run_cli("--cases", str(cases), "--policy", str(policy))
    assert result.returncode == 2 and "'stages'" in result.stderr and result.stdout == ""

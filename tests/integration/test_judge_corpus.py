"""The judge on the evaluation corpus (tests/data/judge_cases/{dev,test}): the release bars.

The test set is held out: nobody edits the judge against it. This test only reads whatever
case and expected files are there and asserts SPEC's bars: no unsafe draft, no missed
escalation, every hard stop right, route >= 97 %, outcome >= 95 %.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.adapters.templates import TemplateRenderer
from core.domain.policy import Policy
from core.domain.scoring import score
from core.services.triage import TriageRun

CORPUS = Path(__file__).resolve().parent.parent / "data" / "judge_cases"


@pytest.mark.parametrize("name", ["dev", "test"])
def test_the_judge_meets_the_bars_on_the_corpus(name: str) -> None:
    cases, expected = CORPUS / name / "cases.jsonl", CORPUS / name / "expected.jsonl"
    if not (cases.exists() and expected.exists()):
        pytest.skip(f"{cases.parent} has no cases.jsonl / expected.jsonl in this checkout")
    run = TriageRun(Policy(), TemplateRenderer())
    with cases.open(encoding="utf-8") as source:
        decisions = {d["id"]: d for d in map(json.loads, run.lines(source))}
    rows = [json.loads(line) for line in expected.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    s = score(rows, decisions)
    misses = "\n".join(f"{m.id} [{m.klass}]: {'; '.join(m.problems)}" for m in s.misses[:40])
    assert run.failed == 0 and s.no_decision == 0, misses
    assert s.unsafe_drafts == 0, misses
    assert s.missed_escalations == 0, misses
    assert s.hard_stop.right == s.hard_stop.total, misses
    assert (s.route.rate or 0) >= 0.97, misses
    assert (s.outcome.rate or 0) >= 0.95, misses

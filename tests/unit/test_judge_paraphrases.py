"""Paraphrase suite: each evidence kind in many wordings, with negated / other-invoice twins."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.domain.case import CaseBundle
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import email, make_case, note

CASES_FILE = Path(__file__).resolve().parent.parent / "data" / "judge_cases" / "paraphrases.jsonl"
ROWS = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line]


def _bundle(row: dict[str, Any]) -> dict[str, Any]:
    if row["source"] == "email":
        return make_case(emails=[email(row["text"], subject=row["subject"])])
    if row["source"] == "note":
        return make_case(crm_notes=[note(row["text"])])
    return make_case(customer={"Notes": row["text"]})


@pytest.mark.parametrize(
    "row", ROWS, ids=[f"{r['kind']}-{r['why']}-{n}" for n, r in enumerate(ROWS)]
)
def test_paraphrase(row: dict[str, Any]) -> None:
    judgment = decide(CaseBundle(_bundle(row)), Policy())
    got = {
        "route": judgment.route.value,
        "outcome": judgment.outcome.value,
        "hard_stop": judgment.hard_stop.value if judgment.hard_stop else None,
    }
    assert got == row["expect"], (row["text"], judgment.reasons)


def test_every_kind_has_six_positives_and_negatives() -> None:
    by_kind: dict[str, list[bool]] = {}
    for row in ROWS:
        positive = row["expect"]["outcome"] != "routine_reminder"
        by_kind.setdefault(row["kind"], []).append(positive)
    for kind in ("legal", "dispute", "hardship", "promise", "no_contact"):
        assert sum(by_kind[kind]) >= 6, kind
        assert by_kind[kind].count(False) >= 3, kind

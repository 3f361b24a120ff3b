"""The judge reads messages by their dates, never by their place in the bundle (issue 12: the
bundle lists emails newest first; a CRM export or a hand-made case lists them oldest first).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.adapters.llm import build_prompt
from core.domain.case import CaseBundle
from core.domain.policy import Policy
from core.domain.triage import Judgment, decide
from tests.unit.test_judge_support import CUSTOMER, US, email, make_case, note

DEV_CASES = Path(__file__).resolve().parents[1] / "data" / "judge_cases" / "dev" / "cases.jsonl"
LISTS = ("emails", "crm_notes", "team_notes", "reminders_sent")


def _reversed(case: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(reversed(v)) if k in LISTS and isinstance(v, list) else v)
            for k, v in case.items()}


def _seen(j: Judgment) -> tuple[object, ...]:
    return (j.route, j.outcome, j.hard_stop, j.reasons, j.stage, j.promise_date, j.draft_kind,
            j.evidence)


def test_every_dev_case_is_judged_the_same_with_its_lists_reversed() -> None:
    cases = [json.loads(line) for line in DEV_CASES.read_text().splitlines() if line.strip()]
    assert len(cases) > 300
    policy = Policy()
    changed = [c["id"] for c in cases
               if _seen(decide(CaseBundle(c), policy))
               != _seen(decide(CaseBundle(_reversed(c)), policy))]
    assert changed == []


# A thread: our reminder, a dispute, our answer, the customer's retraction, and a CRM note.
THREAD = [
    email("Invoice 2001 is now overdue, please pay.", "2026-11-13T09:00:00-08:00",
          sender=US, to=CUSTOMER),
    email("We dispute invoice 2001: half the order was missing.", "2026-11-16T10:00:00-08:00"),
    email("Sorry to hear that, we are checking.", "2026-11-16T12:00:00-08:00",
          sender=US, to=CUSTOMER),
    email("Please ignore my last email, the rest arrived. We pay Friday.",
          "2026-11-18T08:00:00-08:00"),
]


@pytest.mark.parametrize("order", ["oldest first", "newest first", "shuffled"])
def test_a_thread_is_judged_the_same_in_any_order(order: str) -> None:
    listed = {"oldest first": THREAD, "newest first": THREAD[::-1],
              "shuffled": [THREAD[2], THREAD[0], THREAD[3], THREAD[1]]}[order]
    notes = [note("Called them: they confirm the shortage claim.", "2026-11-17T15:00:00Z")]
    base = decide(CaseBundle(make_case(emails=THREAD, crm_notes=notes)), Policy())
    got = decide(CaseBundle(make_case(emails=listed, crm_notes=notes)), Policy())
    assert _seen(got) == _seen(base)
    seen = CaseBundle(make_case(emails=listed, crm_notes=notes)).messages()
    assert [m.when for m in seen] == [
        "2026-11-13T09:00:00-08:00", "2026-11-16T10:00:00-08:00", "2026-11-16T12:00:00-08:00",
        "2026-11-17T15:00:00Z", "2026-11-18T08:00:00-08:00"]


def test_messages_of_one_day_are_ordered_by_instant_not_by_their_text() -> None:
    # 09:00 at -08:00 is 17:00 UTC, after 16:30 UTC: the text sorts them the other way round.
    west = email("First words.", "2026-11-18T09:00:00-08:00")
    utc = email("Second words.", "2026-11-18T16:30:00+00:00")
    for listed in ([west, utc], [utc, west]):
        seen = CaseBundle(make_case(emails=listed)).messages()
        assert [m.text for m in seen] == ["Second words.", "First words."]


def test_claude_reads_the_newest_message_first_and_the_standing_records_before_them() -> None:
    case = CaseBundle(make_case(
        emails=THREAD[::-1], customer={"Notes": "Pays by cheque."},
        invoice={"PrivateNote": "PO 77 required"}))
    prompt = build_prompt(case)
    order = ["Pays by cheque.", "PO 77 required", "Please ignore my last email",
             "Sorry to hear that", "We dispute invoice 2001", "Invoice 2001 is now overdue"]
    at = [prompt.index(text) for text in order]
    assert at == sorted(at)

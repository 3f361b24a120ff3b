"""Classes of wording the rules judge lacked on the blind sets testd/teste (judge15).

Each class is tested with wordings written here, not copied from any corpus, and with hard
negatives: the same shape carrying a claim, which must still go to a person. Safety first: no
wording that should reach a person may become a draft or a hold.
"""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import email, make_case, note

HOLD = (Route.NONE, Outcome.NO_ACTION)
PLAN = (Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE)
REMIND = (Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER)
PERSON = (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)
DISPUTE = (Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)


def judge(body: str) -> tuple[Route, Outcome]:
    j = decide(CaseBundle(make_case(emails=[email(body)])), Policy())
    return j.route, j.outcome


def check(body: str, want: tuple[Route, Outcome] | set[tuple[Route, Outcome]]) -> None:
    got = judge(body)
    wanted = want if isinstance(want, set) else {want}
    assert got in wanted, (body, got)


# --- 1. The customer's standing way of paying everyone is its calendar, not a plan ----------
# (as_of 2026-11-20: a day in December is ahead)
@pytest.mark.parametrize("body", [
    "Our accounts team settles vendor invoices on the 10th of every month, so 2001 will be "
    "paid on 10 December.",
    "We'll transfer the balance on 2026/12/15 in line with our standard payment cycle of "
    "mid-month.",
    "FYI our payments get released on the 1st; yours is on the list for that run.",
])
def test_their_paying_calendar_beside_a_dated_promise_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # a payment reported done beside the calendar is still a payment claim
    "We process supplier payments on the 20th of each month and it was paid on 10 November.",
    "Our payments get released on the 4th, it was released on 4 November.",
])
def test_a_payment_done_beside_their_calendar_still_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN


def test_a_plan_asked_beside_their_calendar_is_still_a_plan() -> None:
    check("We pay our suppliers monthly - could we pay this one in three parts?", PLAN)

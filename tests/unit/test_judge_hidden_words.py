"""Words the judge must not lose: each way a customer's message could hide from the fail-safe
(after a signature, after a sentence about another invoice, a report of something done that
reads like a promise, a long email that mentions being out of the office) goes to a person."""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import Route
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import email, make_case

CLAIM = "The retaining wall your team built has started to lean, we want it looked at first."
REMINDED = [{"date": "2026-11-19", "stage": 7}]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("below a signature", "Thanks\n--\nAnna\n\nPS: " + CLAIM),
        ("after another invoice", "Invoice 1990 is paid. " + CLAIM),
        ("bottom-posted under a quote", "See Jim's note.\n\nOn Mon, Nov 16, 2026 Jim Park wrote:\n"
         + CLAIM),
        ("long mail mentioning the office", "I was out of the office when your crew came. "
         + "When I got back I walked the site with our manager and we both agree on this. "
         * 6 + CLAIM),
    ],
)
def test_a_hidden_complaint_never_gets_a_draft(name: str, body: str) -> None:
    judgment = decide(CaseBundle(make_case(emails=[email(body)])), Policy())
    assert judgment.route is Route.ESCALATE_TO_HUMAN, (name, judgment.reasons)


@pytest.mark.parametrize(
    "body",
    [
        "Hi, this was scheduled for payment on the 16th and has gone out. Regards",
        "We processed it on 11/17 via our AP portal, you should see it shortly.",
        "Our AP run on Tuesday included your invoice.",
    ],
)
@pytest.mark.parametrize("reminders", [[], REMINDED])
def test_a_report_of_payment_that_reads_like_a_promise_goes_to_a_person(
    body: str, reminders: list[dict[str, object]]
) -> None:
    raw = make_case(emails=[email(body, date="2026-11-19T15:00:00-08:00")],
                    reminders_sent=reminders)
    judgment = decide(CaseBundle(raw), Policy())
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons


@pytest.mark.parametrize(
    "body",
    [
        "We'll be paying this in our December 15 check run.",
        "It's approved and goes out with Friday's batch.",
    ],
)
def test_a_forward_promise_still_holds(body: str) -> None:
    raw = make_case(emails=[email(body, date="2026-11-19T15:00:00-08:00")])
    assert decide(CaseBundle(raw), Policy()).route is Route.NONE

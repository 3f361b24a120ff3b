"""The act read from its frame, whatever the wording around it (issue 9, the rules judge's
recall on wordings it has not seen).

Written for this change from the classes of failure, not from any corpus' phrasing: a mail
client's soft wrap that cuts the act in two, a step done before the payment still to come, a
hold worded as a refusal, a payment seen in the books, and the goodwill a customer writes
beside a plan request or a dated promise (praise of the work, thanks, an apology, an
assurance that it will be paid). Each class has wordings that must be read as the act, and
controls that must still go to a person: the fail-safe is not loosened to get there.
"""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import email, make_case


def judge(body: str) -> tuple[Route, Outcome]:
    j = decide(CaseBundle(make_case(emails=[email(body)])), Policy())
    return j.route, j.outcome


HOLD = (Route.NONE, Outcome.NO_ACTION)
PLAN = (Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE)
PERSON = (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)
DISPUTE = (Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)

# A line wrapped by the mail client at its column (here 80-95 characters): the act's halves
# are one sentence. The wrap falls in the promise's verb frame, its date, or its object.
WRAPPED = {
    "promise, wrap before the verb": (
        "Hello, payroll goes out this week so staff come first for us, sorry about that. I'll get"
        " yours\npaid on Friday the 27th without fail. Thanks for understanding.", HOLD),
    "promise, wrap inside the date": (
        "Good morning. The accounts team has confirmed that your invoice will be settled on\n"
        "Thursday 26 November by bank transfer.", HOLD),
    "plan, wrap inside the request": (
        "Hi, things are slow for us this quarter after a contract ended, and I wanted to ask if"
        " we\ncould pay this invoice in three monthly instalments starting in December?", PLAN),
    "plan, wrap after the preposition": (
        "Dear team, our grant payment has been delayed by the council, would you allow us to pay"
        " in\ntwo parts, half in December and the rest in January?", PLAN),
    "complaint, wrap inside the hold": (
        "Hello, the second pallet arrived with half the boxes crushed and we are not in a"
        " position to\nrelease payment of the full amount until the replacements are here.",
        DISPUTE),
}

# A step done on the way, then the payment itself in the future tense, with its day.
STEP_THEN_PAYMENT = {
    "agenda": "Your invoice has been placed on the agenda for 30 November and will be paid "
              "immediately afterwards.",
    "relayed": "The owner has asked me to tell you that the payment will be made on the 27th "
               "by bank transfer.",
    "matched": "The invoice has been matched to our order and will be released on 25 November.",
}
# A payment done is not a promise: these still go to a person (a paid claim).
PAID_THEN_FUTURE = {
    "paid, will show": "It has been paid already and should show on your side by the 25th.",
    "sent, will clear": "We have sent the transfer, it will clear on 24 November.",
}


@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_a_soft_wrapped_act_is_read_as_one_sentence(name: str) -> None:
    body, want = WRAPPED[name]
    assert judge(body) == want


def test_short_lines_are_never_joined() -> None:
    # A greeting, a name and a title are their own lines; joined, they would read as words.
    route, outcome = judge("Hi team,\nthanks for the reminder.\nKind regards,\nMaria\nAP clerk")
    assert (route, outcome) == (Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER)


@pytest.mark.parametrize("name", sorted(STEP_THEN_PAYMENT))
def test_a_step_done_then_the_payment_to_come_is_a_dated_promise(name: str) -> None:
    assert judge(STEP_THEN_PAYMENT[name]) == HOLD


@pytest.mark.parametrize("name", sorted(PAID_THEN_FUTURE))
def test_a_payment_done_then_the_future_is_no_promise(name: str) -> None:
    route, _ = judge(PAID_THEN_FUTURE[name])
    assert route is Route.ESCALATE_TO_HUMAN


def test_a_payment_seen_in_the_books_is_a_paid_claim() -> None:
    body = ("Sorry if this crossed in the post, but as far as I can see our controller released"
            " a wire for this on Tuesday.")
    assert judge(body) == DISPUTE


def test_a_title_before_a_name_ends_no_sentence() -> None:
    body = ("I write on behalf of the owner Mrs. Adeyemi. She has asked me to tell you that the"
            " payment will be done on 27 November by bank transfer.")
    assert judge(body) == HOLD

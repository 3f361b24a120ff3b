"""A plea for time told with the customer's own story (issue 9, the hardship class).

Written for this change from the classes of failure found on test_a/test_b (opened for
development on 2026-12-02), in wordings of our own, not the corpora's: a plan asked for by its
span ("over three or four months", "over March and April", "pay it off over time"), a share now
and the same each period, "stretch it out"; money owed to the customer or paid to its own people
("our tenants paid late"), a history of paying on time, a commitment to pay in full, the idiom
"would work for you", a sentence ending in a phrasal verb's particle. Each class has controls
that must still go to a person: the fail-safe is not loosened to get there.
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


PLAN = (Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE)

# The plan named by its span, its rhythm or its refusal of one payment.
PLAN_SHAPES = {
    "a span with two counts": "Could we clear it over two or three months? Sorry to ask.",
    "a span of named months": "Would you be okay with us paying it over March and April?",
    "counted lots with two counts": "Is it possible to pay it in three or four lots?",
    "a share now, the same each month": "We can do 30% now and 30% each month after, would that"
                                        " work?",
    "stretch it out": "Hello, any way we could stretch this out a little? Sales are slow.",
    "one go refused by its subject": "The whole balance is not possible in one go for us. Could"
                                     " we pay it in parts?",
    "a bit each fortnight": "Things are slow here. I could send a bit each fortnight?",
}

# The customer's own story beside a plan request.
STORY_BESIDE_PLAN = {
    "its debtors paid late": "Our tenants paid late this quarter. Could we pay it in three"
                             " instalments?",
    "its own people kept paid": "I need to keep the crew paid over the holidays. Is it possible"
                                " to pay this in two parts?",
    "a history of paying": "We have always paid before on time. Could we spread it over the"
                           " next few months?",
    "a commitment in full": "We are still committed to paying the full balance. Would you accept"
                            " monthly payments?",
    "the idiom, asked": "Could we pay in four instalments? What would work for you?",
    "praise in the idiom": "Could we pay it in two parts? You are always lovely to work with.",
    "a particle ends it": "Could we do two payments? Cash is tight until the grant money comes"
                          " in",
}

# Controls: a payment to us, a question about the work, a cut-off email, beside a plan request.
CONTROLS = {
    "their client paid you": "Could we pay it in three instalments? Our client paid you 400"
                             " directly last week.",
    "a colleague paid it": "Is it possible to pay in parts? Our members paid it by card already.",
    "a question about the work": "Could we pay it in three instalments? Which work was this"
                                 " for?",
    "the work itself": "Could we pay in two parts? The work on the roof is not finished.",
    "cut off at a preposition": "Could we pay it in two parts? We noticed that the charge for"
                                " the",
    "a payment reported done": "Could we spread it over two months? We always paid, and we sent"
                               " 300 on Monday.",
}


@pytest.mark.parametrize("name", sorted(PLAN_SHAPES))
def test_a_plan_named_by_its_shape_drafts_the_plan(name: str) -> None:
    assert judge(PLAN_SHAPES[name]) == PLAN


@pytest.mark.parametrize("name", sorted(STORY_BESIDE_PLAN))
def test_the_customers_own_story_beside_a_plan_request_is_context(name: str) -> None:
    assert judge(STORY_BESIDE_PLAN[name]) == PLAN


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_a_claim_beside_a_plan_request_still_goes_to_a_person(name: str) -> None:
    route, outcome = judge(CONTROLS[name])
    assert route is Route.ESCALATE_TO_HUMAN
    assert outcome is not Outcome.PAYMENT_PLAN_CANDIDATE


def test_their_client_paying_an_amount_is_a_payment_reported() -> None:
    body = "Could we pay it in three instalments? Our client paid 400 directly to your account."
    route, outcome = judge(body)
    assert route is Route.ESCALATE_TO_HUMAN
    assert outcome is not Outcome.PAYMENT_PLAN_CANDIDATE


# Beside a plan request, a dated promise of a part is the plan's first instalment, not a
# promise to pay the invoice (SPEC step 4): the plan is drafted, not held.
FIRST_INSTALMENT = {
    "first payment by month end": "Could we split it into three payments? The first payment I"
                                  " can make by the end of this month.",
    "half on a date": "Would you accept monthly payments? We will send half on the 28th.",
}


@pytest.mark.parametrize("name", sorted(FIRST_INSTALMENT))
def test_a_dated_first_instalment_beside_a_plan_request_drafts_the_plan(name: str) -> None:
    assert judge(FIRST_INSTALMENT[name]) == PLAN


def test_a_dated_promise_of_the_whole_beside_a_plan_request_still_holds() -> None:
    body = "Could we pay it in two parts? Actually no, we will pay the full amount on the 28th."
    assert judge(body) == (Route.NONE, Outcome.NO_ACTION)

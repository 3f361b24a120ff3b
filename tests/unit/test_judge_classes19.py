"""judge19: the safety misses of the eighth fresh set (testl/testm), closed as classes.

Wordings written for these tests, not copied from a corpus: a lawyer named in the customer's
own language or by what they do ("who now represents us"), a formal notice; a refusal to pay
for goods the customer cannot use or never got; goods that came other than ordered. Each
with controls that must not change.
"""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import HardStop, Outcome, Route
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import email, make_case

REMINDED = [{"date": "2026-11-16T09:00:00-08:00", "stage": 7}]


def judge(body: str, **changes: object) -> object:
    return decide(CaseBundle(make_case(emails=[email(body)], **changes)), Policy())


@pytest.mark.parametrize("body", [
    "Please send anything further about this invoice to our Anwältin, Frau Kerber.",
    "Our Rechtsanwalt has the file now and will reply for us.",
    "Kanzlei Brandt handles our correspondence on this matter from today.",
    "Notre avocat vous contactera au sujet de cette facture.",
    "I have passed the invoice to our avocate, Maître Roux.",
    "Please treat this email as a mise en demeure regarding the damaged panels.",
    "Nuestro abogado se pondrá en contacto con ustedes.",
    "Onze advocaat neemt contact met u op over deze factuur.",
    "Il nostro avvocato vi scriverà.",
    "From now on, please deal with Mr Okafor, who now represents us in this matter.",
])
def test_a_lawyer_in_any_words_is_a_legal_hold(body: str) -> None:
    j = judge(body)
    assert j.hard_stop is HardStop.LEGAL_HOLD, j.reasons  # type: ignore[attr-defined]
    assert j.route is Route.ESCALATE_TO_HUMAN  # type: ignore[attr-defined]


@pytest.mark.parametrize("body", [
    "The avocado platters you catered were a hit, thanks!",
    "Thanks, received. We'll pay it in the next run.",
])
def test_words_like_a_lawyers_are_no_legal_hold(body: str) -> None:
    assert judge(body).hard_stop is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("body", [
    "We can't pay for stuff we never got.",
    "Sorry but we won't pay for what we didn't order.",
    "We cannot pay for items we can't sell, please collect them.",
    "Need you to take the rest back, can't pay for what we can't use.",
])
@pytest.mark.parametrize("reminded", [False, True])
def test_refusing_to_pay_for_goods_it_cannot_use_is_a_dispute_whatever_the_cadence(
        body: str, reminded: bool) -> None:
    j = judge(body, reminders_sent=REMINDED if reminded else [])
    assert (j.route, j.outcome) == (  # type: ignore[attr-defined]
        Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)


@pytest.mark.parametrize("body", [
    "We asked for the 6mm rope, it came 8mm.",
    "I ordered the matt finish and it came gloss.",
    "We specified untreated pine for the decking, it arrived pressure-treated.",
])
def test_goods_that_came_other_than_ordered_are_a_dispute(body: str) -> None:
    j = judge(body)
    assert (j.route, j.outcome) == (  # type: ignore[attr-defined]
        Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)


@pytest.mark.parametrize("body", [
    "We ordered the oak shelves and they arrived on time, thanks.",
    "We ordered twenty and it came today, all good.",
])
def test_goods_that_came_as_ordered_are_no_dispute(body: str) -> None:
    assert judge(body).outcome is not Outcome.LIKELY_DISPUTE  # type: ignore[attr-defined]


# Beside a plan request, what a writer says on the way to its point is no claim: "as you may
# know", its own bank's credit line, "we still want to settle", "pay all the amount at once".
STORY_ASIDES = [
    "As you may know the quarry has been closed since October. Could we pay this in three "
    "monthly instalments?",
    "The bank cut our credit line in the autumn. Could we pay this in three monthly instalments?",
    "We still want to settle with you in full. Could we pay this in three monthly instalments?",
    "We are struggling to pay all the amount at one time. Could we pay this in three monthly "
    "instalments?",
]


@pytest.mark.parametrize("body", STORY_ASIDES)
def test_a_plan_request_beside_the_writers_own_asides_drafts_the_plan(body: str) -> None:
    j = judge(body)
    assert (j.route, j.outcome) == (  # type: ignore[attr-defined]
        Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE), j.reasons  # type: ignore[attr-defined]


@pytest.mark.parametrize("body", [
    "As you may know, the hedge you planted has died. Could we pay this in three monthly "
    "instalments?",
    "The amount is more than we agreed. Could we pay this in three monthly instalments?",
    "The pump is still broken. Could we pay this in three monthly instalments?",
    "Our credit line is fine, but your crew damaged the gate. Could we pay this in three "
    "monthly instalments?",
])
def test_a_claim_beside_a_plan_request_still_goes_to_a_person(body: str) -> None:
    assert judge(body).route is Route.ESCALATE_TO_HUMAN  # type: ignore[attr-defined]


# A sign-off or thanks in the customer's own language under an English email is furniture, as
# "Kind regards" is; a greeting that names the writer ("mateo again.") says nothing.
@pytest.mark.parametrize("closing", [
    "Bien cordialement,", "Très cordialement", "Freundliche Gruesse", "Beste Grüße",
    "Hartelijke groeten", "Saluti", "Cumprimentos",
])
def test_a_promise_signed_off_in_another_language_holds(closing: str) -> None:
    j = judge(f"Your invoice is approved and will be paid in full on 2026-12-04.\n\n{closing}\nLuc")
    assert (j.route, j.outcome) == (Route.NONE, Outcome.NO_ACTION), j.reasons  # type: ignore[attr-defined]


def test_a_lower_case_name_again_is_a_greeting() -> None:
    j = judge("mateo again. it will be paid in full on 2026-12-04.")
    assert j.route is Route.NONE  # type: ignore[attr-defined]


def test_a_sentence_in_another_language_under_a_promise_still_goes_to_a_person() -> None:
    j = judge("Your invoice will be paid in full on 2026-12-04.\n\nLa livraison n'était pas "
              "complète.\nLuc")
    assert j.route is Route.ESCALATE_TO_HUMAN  # type: ignore[attr-defined]


# Beside a dated promise: when the money lands, who pays the bills and when, the customer's own
# income, a signature's acknowledgement of country, an AP tool's footer.
@pytest.mark.parametrize("body", [
    "You're on the run of 2026-12-04 for the full amount. Should hit your mailbox a couple "
    "days after.",
    "It will be paid in full on 2026-12-04.\n\nKind regards\nPeter\n\nWe acknowledge the "
    "traditional owners of the land on which we work.",
    "A payment has been scheduled.\n\nAmount: $500.00\nInvoice: 2001\nScheduled debit date: "
    "4 December 2026\n\nYou can view or edit this payment from your dashboard.",
    "we get paid from our own client this week and i pay you all of it on 2026-12-04.",
    "It will be paid in full on 2026-12-04. The owner is away and she does all the bills the "
    "day she's back.",
])
def test_a_promise_with_its_own_furniture_and_process_holds(body: str) -> None:
    j = judge(body)
    assert (j.route, j.outcome) == (Route.NONE, Outcome.NO_ACTION), j.reasons  # type: ignore[attr-defined]


def test_a_promise_beside_a_fault_still_goes_to_a_person() -> None:
    j = judge("You're on the run of 2026-12-04 for the full amount. The chairs you sent are "
              "still broken.")
    assert j.route is Route.ESCALATE_TO_HUMAN  # type: ignore[attr-defined]

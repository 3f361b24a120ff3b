"""Classes of wording the rules judge lacked on the blind probe probe_e (judge16).

Each class is tested with wordings written here, not copied from any corpus, and with hard
negatives: the same shape carrying a claim, or asking nothing of this invoice, which must not
become a draft or a hold. Safety first: no wording that should reach a person may become one.
"""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import email, make_case

HOLD = (Route.NONE, Outcome.NO_ACTION)
PLAN = (Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE)
REMIND = (Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER)
PERSON = (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)
DISPUTE = (Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)


def judge(body: str, subject: str = "Re: your invoice") -> tuple[Route, Outcome]:
    j = decide(CaseBundle(make_case(emails=[email(body, subject=subject)])), Policy())
    return j.route, j.outcome


def check(body: str, want: tuple[Route, Outcome] | set[tuple[Route, Outcome]]) -> None:
    got = judge(body)
    wanted = want if isinstance(want, set) else {want}
    assert got in wanted, (body, got)


# --- 1. A plan asked in the verbs of spreading, nibbling or the burden of paying at once ------
@pytest.mark.parametrize("body", [
    "Any chance we could talk about stretching this out a little?",
    "Could we chip away at the balance over the winter?",
    "It would be a real help if we could stagger the payments to you.",
    "Might I spread the bill a bit? Money is short after the move.",
    "Paying the whole amount upfront is more than we can afford right now.",
    "Do you think you would accept the rest in three instalments?",
])
def test_a_plan_asked_by_spreading_or_by_the_burden_drafts_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    # the spreading verb over goods, or over a complaint: no plan
    "Could we stagger the deliveries? The last pallet arrived damaged.",
    "Paying the whole amount upfront is more than we can afford for work that isn't finished.",
    "We chipped away at the list but the invoice still shows the wrong rate.",
])
def test_the_same_verbs_over_goods_or_a_claim_are_no_plan(body: str) -> None:
    assert judge(body) not in {PLAN, REMIND, HOLD}, body


# --- 2. A dated promise in the money's own verbs, and a portal's notice of a payment date ----
@pytest.mark.parametrize("body", [
    "The balance will go across on 2026-12-04.",
    "Funds should come through on Tuesday 1 December.",
    "I've booked a one-off transfer for 27 November for the full amount.",
])
def test_a_dated_promise_in_the_moneys_own_verbs_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # past, undated, or with a condition: a person reads it
    "The balance went across on 2026-11-12.",
    "The balance will go across soon.",
    "It will go through on the 4th once you send the corrected invoice.",
])
def test_the_same_verbs_past_undated_or_conditional_go_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


NOTICE = ("Payables portal - status change\n\nInvoice number: {doc}\nStatus: Approved for payment\n"
          "Payment date: {day}\nPayment method: {method}\n\nYou are receiving this notification "
          "because your address is registered with us.")


def test_a_portal_notice_with_a_payment_date_ahead_holds() -> None:
    check(NOTICE.format(doc="2001", day="2026-12-02", method="ACH credit transfer"), HOLD)


@pytest.mark.parametrize("body", [
    # a payment date passed is a payment that may have been made
    NOTICE.format(doc="2001", day="2026-11-12", method="Wire"),
    # a field the notice does not explain
    NOTICE.format(doc="2001", day="2026-12-02", method="Wire") + "\nNote: 2 lines short-shipped",
])
def test_a_notice_passed_or_with_an_unexplained_line_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


# --- 3. Safety: a fault in the act's own clause, a count of faulty goods beside a plan, and a
# plan asked only for some later purchase are no plan for this invoice -----------------------
@pytest.mark.parametrize("body", [
    "We can't pay the full amount for work that isn't finished.",
    "We'll pay on 2026-12-01 for the panels that did arrive.",
    "Could we pay in three parts? Roughly a quarter of the mugs came back with smudged glaze.",
    "A number of the booklets were printed back to front. Could we spread the balance a bit?",
])
def test_a_fault_beside_or_inside_the_act_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


@pytest.mark.parametrize("body", [
    "If a shop ever wanted to pay in instalments for a large order, do you do that?",
    "We'll settle this one normally. For the kitchen add-on next year, do you take monthly "
    "payments?",
    "Do you offer instalments on future orders? Not asking about this invoice.",
])
def test_a_plan_asked_about_for_a_later_purchase_is_no_plan_for_this_invoice(body: str) -> None:
    assert judge(body) != PLAN, body


@pytest.mark.parametrize("body", [
    # the customer's own story in the same words still tells hardship
    "The flood turned everything upside down here. Could we pay in three parts?",
    "Could we pay this in two halves? A third of our clients haven't paid us yet.",
])
def test_their_own_story_in_those_words_still_drafts_the_plan(body: str) -> None:
    check(body, PLAN)


def test_a_plan_asked_for_this_invoice_and_later_ones_is_still_a_plan() -> None:
    check("Could we pay this and future invoices in two parts? Cash is tight this season.", PLAN)


# --- 4. The mail system's external-sender banner is furniture, on its own line only ----------
BANNER = "[EXTERNAL] Caution: This email originated from outside of the organization.\n\n"


@pytest.mark.parametrize(("body", "want"), [
    (BANNER + "Could we pay the balance in three monthly parts? Our season was slow.", PLAN),
    (BANNER + "We will pay the full amount on 2026-12-01.", HOLD),
])
def test_the_external_banner_leaves_the_act_to_be_read(
    body: str, want: tuple[Route, Outcome]
) -> None:
    check(body, want)


@pytest.mark.parametrize("body", [
    # words on the banner's line are the customer's, and are read
    "Caution: this message came from outside your organisation. Two chairs arrived cracked.\n\n"
    "We will pay the rest on 2026-12-01.",
    # a banner alone says nothing the judge can account for
    BANNER,
])
def test_words_beside_the_banner_or_the_banner_alone_go_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


# --- 5. Dates spelled out or dashed, and the money's verbs of crossing over ------------------
@pytest.mark.parametrize("body", [
    "We pay the invoice on the twenty-third of November, when our market takings come in.",
    "It is booked for payment on November the thirtieth.",
    "We will pay on 27-11-2026.",
    "Scheduled payment date: 30-Nov-26",
    "The money goes across Fri 27 Nov, promise.",
    "We will arrange the payment of $500.00 on 2026/11/30.",
    "We'll e-transfer the balance on 11/27/2026.",
])
def test_a_promise_with_a_spelled_or_dashed_date_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # the same dates behind the email's day: a payment that may have been made
    "We paid the invoice on the twelfth of November.",
    "The money went across 10-11-2026.",
    # a spelled number that is no day: no date, a person reads it
    "Our second director will sign it and pay soon.",
])
def test_the_same_dates_behind_or_no_date_go_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


# --- 6. The customer owning the delay beside a promise or a plan request is context ----------
@pytest.mark.parametrize(("body", "want"), [
    ("Oops, my mistake, it got lost in the pile. We will pay it on 2026-11-30.", HOLD),
    ("Apologies for the quiet spell, it has been chaos here. Paying it on Friday 27 Nov.", HOLD),
    ("We acknowledge receipt of your reminder. The amount will be paid on 30.11.2026.", HOLD),
    ("Sorry, our fault entirely. Could we pay it in three monthly parts?", PLAN),
])
def test_an_apology_for_the_delay_beside_the_act_is_context(
    body: str, want: tuple[Route, Outcome]
) -> None:
    check(body, want)


@pytest.mark.parametrize("body", [
    # an apology that turns to us, reports a payment, or asks: a person reads it
    "Sorry, but your crew left the gate open. We will pay it on 2026-11-30.",
    "Apologies, I thought we had already paid this. We will pay it on 2026-11-30.",
    "Sorry for the delay, can you confirm the total first? We will pay it on 2026-11-30.",
    "My mistake, the delivery was short. Could we pay it in three monthly parts?",
])
def test_an_apology_with_a_claim_or_a_question_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


# --- 7. More time or parts asked in plain words: "need a bit longer", "break it up" ----------
@pytest.mark.parametrize("body", [
    "We will need a bit longer to get this one paid, the quarter was slow.",
    "cant do the full amount this month, could we do half now and half in January?",
    "Settling the whole thing at once isn't realistic for us right now. Could we break it up?",
    "Would it be alright to pay the bill down over the next few months?",
])
def test_more_time_or_parts_asked_in_plain_words_drafts_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    # "longer" about our goods or work; breaking up the goods; a claim beside it
    "The install took a bit longer than you quoted and we were billed for it.",
    "Could we break the order up? Half the boxes arrived crushed.",
    "We need a bit longer - the panels you fitted still leak.",
])
def test_the_same_words_about_our_goods_or_beside_a_claim_go_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


# --- 8. An AP tool's notice of a scheduled payment: its labels, values and footer -------------
TOOL = ("Acme Traders has scheduled a bill payment to Us Ltd.\n\nInvoice #: 2001\n"
        "Amount due: R 500.00\nPlanned payment date: {day}\nStatus: Approved - awaiting release\n"
        "\nThis email was sent automatically. Questions? Contact the payer directly.")


@pytest.mark.parametrize("day", ["30-Nov-26", "Nov. 30", "2026-11-30"])
def test_a_tools_scheduled_payment_notice_holds(day: str) -> None:
    check(TOOL.format(day=day), HOLD)


@pytest.mark.parametrize("body", [
    # the planned day passed: a payment that may have been made
    TOOL.format(day="12-Nov-26"),
    # a line of the customer's own under the notice
    TOOL.format(day="30-Nov-26") + "\n\nHeld back 50.00 for the broken lid.",
    # no day at all
    TOOL.replace("Planned payment date: {day}\n", ""),
])
def test_a_notice_passed_undated_or_with_words_of_its_own_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


# --- 9. A salutation in another language opens a letter; the rest is read as written ---------
def test_a_foreign_salutation_over_an_english_promise_holds() -> None:
    check("Sehr geehrte Damen und Herren,\n\nthe amount will be transferred on 30.11.2026.\n\n"
          "Mit freundlichen Grüßen", HOLD)


@pytest.mark.parametrize(("body", "want"), [
    # the two acts read in the customer's own language (judge18, `evidence_foreign`)
    ("Hallo,\n\nwir zahlen die Rechnung am 30.11.2026.", HOLD),
    ("Bonjour,\n\nserait-il possible de payer en trois fois ?", PLAN),
    # anything else in another language stays with a person, the act beside it too
    ("Hallo,\n\ndie Lieferung war beschädigt. Wir zahlen die Rechnung am 30.11.2026.", PERSON),
    ("Hallo,\n\nwir zahlen die Rechnung nicht am 30.11.2026.", PERSON),
    ("Bonjour,\n\nnous avons déjà payé la facture.", PERSON),
])
def test_an_act_in_another_language(body: str, want: tuple[Route, Outcome]) -> None:
    check(body, want)

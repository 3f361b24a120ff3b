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


def judge_thread(*bodies: tuple[str, str], **changes: object) -> tuple[Route, Outcome]:
    """Judge emails (date, body) of one thread, oldest first."""
    emails = [email(body, date=f"{day}T10:15:00-08:00") for day, body in bodies]
    j = decide(CaseBundle(make_case(emails=emails, **changes)), Policy())
    return j.route, j.outcome


# A promise taken back in a later email holds nothing: SPEC step 4 holds only a promise ahead.
RETRACTIONS = {
    "disregard": "Please disregard my note about paying on the 27th, things have changed.",
    "won't happen": "Sorry, the payment we promised for the 27th won't happen.",
    "take back": "I need to take back what I said, we won't be able to pay on 27 November "
                 "after all.",
    "can't make the date": "Unfortunately we can't make that date.",
}


@pytest.mark.parametrize("name", sorted(RETRACTIONS))
def test_a_promise_taken_back_holds_nothing(name: str) -> None:
    route, _ = judge_thread(("2026-11-16", "We'll pay this in full on 27 November."),
                            ("2026-11-18", RETRACTIONS[name]))
    assert route is not Route.NONE  # no hold on a promise the customer took back


def test_a_promise_kept_in_a_later_email_still_holds() -> None:
    assert judge_thread(("2026-11-16", "We'll pay this in full on 27 November."),
                        ("2026-11-18", "Thanks, received.")) == HOLD


# "11/12/2026" is 11 December where the home country writes the day first.
def test_a_numeric_date_reads_in_the_home_countrys_order() -> None:
    body = "Per our AP system, invoice 2001 status: APPROVED - PAYMENT SCHEDULED 11/12/2026."
    gbp = make_case(emails=[email(body)], home_currency="GBP",
                    invoice={"CurrencyRef": {"value": "GBP"}})
    j = decide(CaseBundle(gbp), Policy())
    assert (j.route, j.promise_date) == (Route.NONE, __import__("datetime").date(2026, 12, 11))
    usd = decide(CaseBundle(make_case(emails=[email(body)])), Policy())
    assert usd.route is not Route.DRAFT_FOR_APPROVAL  # 12 November, before the email: a person


# The invoice named by its number, whatever its shape, is the act's object.
NUMBERED = {
    "plan, number after 'the invoice'": ("Is it possible to pay the invoice RT-2001 in some "
                                         "parts?", PLAN),
    "promise, number as object": ("We'll settle GL-2001 in full on 27 November.", HOLD),
    "plan, hash number": ("Could we pay #2001 in three instalments?", PLAN),
}


@pytest.mark.parametrize("name", sorted(NUMBERED))
def test_the_invoice_number_is_read_as_the_acts_object(name: str) -> None:
    body, want = NUMBERED[name]
    doc = "RT-2001" if "RT-" in body else "GL-2001" if "GL-" in body else "2001"
    j = decide(CaseBundle(make_case(emails=[email(body)], invoice={"DocNumber": doc})), Policy())
    assert (j.route, j.outcome) == want


def test_another_invoices_number_still_scopes_its_act() -> None:
    body = "Invoice 1990 was paid last week by ACH."
    assert judge(body) != DISPUTE


def test_an_apology_for_the_delay_holds_nothing() -> None:
    body = "Apologies for the delay in settling invoice 2001. Payment is scheduled for 27 November."
    assert judge(body) == HOLD


# Complaints in words that carry no dispute vocabulary: worthless results, a thing that does not
# do its one job, what the customer expected of us, the full price refused for what came.
COMPLAINTS = {
    "useless": "Half the samples were tested late and the results were useless to us.",
    "not producing": "We can only pay in parts right now, and the panels still aren't producing.",
    "expected you to": "We can pay half now; we expected you to come back and finish before "
                       "invoicing.",
    "full price": "We can't pay full price for that.",
    "credit first": "We'll pay on 27 November once you issue the credit for the cancelled week.",
}
NOT_COMPLAINTS = {
    "credit line": ("We will pay on the 27th when our credit line renews.", HOLD),
    "full amount for the invoice": ("We can't pay the full amount for this invoice right now, "
                                    "could we do three monthly instalments?", PLAN),
}


@pytest.mark.parametrize("name", sorted(COMPLAINTS))
def test_a_complaint_without_dispute_words_is_a_likely_dispute(name: str) -> None:
    assert judge(COMPLAINTS[name]) == DISPUTE


@pytest.mark.parametrize("name", sorted(NOT_COMPLAINTS))
def test_money_words_of_the_customers_own_are_no_complaint(name: str) -> None:
    body, want = NOT_COMPLAINTS[name]
    assert judge(body) == want


# A plan request by its frame: a request, and a way of paying over time or in parts, in either
# order, the invoice as object however it is named. Wordings written for this test.
PLAN_FRAMES = {
    "possible to stagger": "Is it possible to stagger the payment on this one?",
    "staged payment": "Rather than say nothing, I wanted to ask whether you would accept a staged "
                      "payment.",
    "n-month plan": "Would a four-month plan be acceptable to you?",
    "arrangement would help": "A weekly arrangement until February would be a huge help.",
    "halves with a tail": "Half now and the rest in January, would that work?",
    "maybe n times": "Money is not enough this month. Maybe 3 or 4 times?",
    "across months": "Would you be open to us paying it across the next three months?",
    "in some parts": "Is possible to pay in some parts?",
    "not in one amount": "We cannot clear it in one amount before the new year.",
    "single payment not feasible": "A single payment of the whole balance is not feasible for "
                                   "us right now.",
    "extension": "Is a short extension possible on this?",
}
# Not a request: their own rhythm told, a plan denied, a payment already made in parts.
PLAN_CONTROLS = {
    "denied": ("We are not asking for a payment plan, it will be paid on 27 November.", HOLD),
    "paid in parts already": ("We already paid it in two parts by ACH last week.", DISPUTE),
}
# A dated promise by its frame: the payer, a payment verb in the present or future, a day.
PROMISE_FRAMES = {
    "gerund with adjunct": "Paying it in one go on 27 November.",
    "present with object": "We pay everything on the 27th.",
    "money subject moves": "Our bank transfer for this goes on Friday 27 November.",
    "amount lands": "USD 500.00 will land in your account by 27 November.",
    "expect the amount": "Expect the full amount within ten days.",
    "confirm payment": "Can confirm full payment 27 Nov.",
    "confirmed for": "Confirmed for 27 November.",
    "arranged to be paid": "We have arranged for the balance to be paid in full on 27 November.",
    "amount adjunct beside": "We'll pay on 27 November. Full amount.",
}
PROMISE_CONTROLS = {
    "their client pays": "Our client pays on the 1st.",
    "a request of us": "Please pay by Friday.",
    "supposed": "If we pay by Friday, is there a discount?",
    "amount arrived": "USD 500.00 landed in your account on 17 November.",
}


@pytest.mark.parametrize("name", sorted(PLAN_FRAMES))
def test_a_plan_request_is_read_from_its_frame(name: str) -> None:
    assert judge(PLAN_FRAMES[name]) == PLAN


@pytest.mark.parametrize("name", sorted(PLAN_CONTROLS))
def test_what_asks_for_no_plan_gets_none(name: str) -> None:
    body, want = PLAN_CONTROLS[name]
    assert judge(body) == want


@pytest.mark.parametrize("name", sorted(PROMISE_FRAMES))
def test_a_dated_promise_is_read_from_its_frame(name: str) -> None:
    assert judge(PROMISE_FRAMES[name]) == HOLD


@pytest.mark.parametrize("name", sorted(PROMISE_CONTROLS))
def test_what_promises_nothing_holds_nothing(name: str) -> None:
    route, _ = judge(PROMISE_CONTROLS[name])
    assert route is not Route.NONE


# Goodwill beside a plan request or a promise is context: praise and thanks for the work, an
# apology, an assurance that it pays. Anything in it that turns keeps it for a person.
GOODWILL = [
    "Thanks again for all the work on the drainage survey.",
    "First of all, thank you for the great work on the refit.",
    "Loved the work.",
    "Everything was fine with the job.",
    "The trustees were delighted.",
    "We value the service your team provides very much.",
    "She is sorry for the delay.",
    "We have always paid you and will continue to.",
    "I'd rather ask than go quiet on you.",
    "I'm not trying to dodge this and the work you did was great.",
    "Whatever amount you can accept, we will pay.",
]
TURNS = [
    "Thanks for the work, but the hours are wrong.",
    "Loved the design but two panels are cracked.",
    "The crew were great, still waiting on the skip.",
    "Thanks for the delivery of the wrong tiles.",
    "We always pay, but not for work we didn't get.",
]
PLAN_REQUEST = "Could we pay this in three monthly instalments?"
DATED_PROMISE = "We will pay this in full on 27 November."


@pytest.mark.parametrize("words", GOODWILL)
def test_goodwill_beside_a_plan_request_or_a_promise_is_context(words: str) -> None:
    assert judge(f"{words} {PLAN_REQUEST}") == PLAN
    assert judge(f"{words} {DATED_PROMISE}") == HOLD


@pytest.mark.parametrize("words", TURNS)
def test_goodwill_that_turns_goes_to_a_person(words: str) -> None:
    for act in (PLAN_REQUEST, DATED_PROMISE):
        route, _ = judge(f"{words} {act}")
        assert route is Route.ESCALATE_TO_HUMAN


def test_an_assurance_alone_promises_no_day() -> None:
    # "We will pay." names no day: holding would guess, drafting would nag (docs/judgment.md).
    assert judge("We will pay.") == PERSON


# More of each frame: a deadline the customer sets, a day that suits, paying right after a named
# day, "within the week"; and the plan's own first step.
MORE_PROMISES = {
    "at the latest": "Friday 27 November at the latest, the whole balance.",
    "the day suits": "Hi, the 27th works for us to pay the lot.",
    "straight after": "Our trustees meet on Friday 27 November; we pay straight after.",
    "within the week": "It will be paid within the week.",
    "cheque signed": "After the board meets on the 26th the cheque will be signed for the full "
                     "amount.",
}
MORE_PLANS = {
    "start small": "Could we pay it in monthly instalments? We can start with a small amount "
                   "straight away.",
    "story beside": "Our customers are paying us slowly. Could we spread it over three months?",
}
SAYS_NOTHING = {
    "me again": "Hello, me again. Could we pay it in three monthly instalments?",
    "confirm if acceptable": "Could we pay it in three monthly instalments? Please confirm if "
                             "acceptable for 2001.",
    "debt acknowledged": "We acknowledge the balance of $500.00. Could we pay it in three "
                         "monthly instalments?",
}


@pytest.mark.parametrize("name", sorted(MORE_PROMISES))
def test_more_dated_promises_by_frame(name: str) -> None:
    assert judge(MORE_PROMISES[name]) == HOLD


@pytest.mark.parametrize("name", sorted(MORE_PLANS) + sorted(SAYS_NOTHING))
def test_more_plan_requests_with_their_context(name: str) -> None:
    assert judge({**MORE_PLANS, **SAYS_NOTHING}[name]) == PLAN


def test_asking_for_new_terms_is_no_plan_for_this_invoice() -> None:
    assert judge("We'd like to move to 60 day terms.") == PERSON


def test_a_proposed_schedule_is_a_plan_request() -> None:
    body = ("Dear Accounts, the Trust would like to propose the following arrangement:\n\n"
            "  - $200.00 on 15 December 2026\n  - $300.00 on 15 January 2027\n\n"
            "We would be grateful for your written confirmation that this is acceptable.")
    assert judge(body) == PLAN


def test_a_scheduled_payment_cancelled_takes_the_promise_back() -> None:
    route, _ = judge_thread(("2026-11-16", "Payment scheduled for 27 November."),
                            ("2026-11-18", "Correction: the payment scheduled for 27 November "
                                           "has been cancelled."))
    assert route is not Route.NONE


def test_a_thousands_separator_cuts_no_piece() -> None:
    body = ("Please note that our committee approves all supplier payments over $1,000 at its "
            "meeting. Yours will be paid on 27 November.")
    assert judge(body) == HOLD


def test_an_imperative_to_the_batch_looks_forward() -> None:
    assert judge("Approved. Put it on the 27/11 ACH batch please.") == HOLD


@pytest.mark.parametrize("words", [
    "Thanks for sending it over again.",
    "Nothing wrong with the work at all, the lads did a cracking job.",
    "I'm happy to set up a standing order.",
])
def test_plain_words_beside_a_plan_request_are_context(words: str) -> None:
    assert judge(f"{PLAN_REQUEST} {words}") == PLAN


def test_thanks_for_sending_the_wrong_thing_is_no_thanks() -> None:
    route, _ = judge(f"{PLAN_REQUEST} Thanks for sending the wrong invoice again.")
    assert route is Route.ESCALATE_TO_HUMAN


# Parts or time with someone else paying, or no one: a question about billing or a payment made
# is no plan request (these drafted a plan before the frame required the customer paying).
@pytest.mark.parametrize("body", [
    "Did you receive our two payments?",
    "We were billed in two parts, is that right?",
    "Our client pays us in two tranches, would that work?",
    "You split the delivery in two parts, is that normal?",
])
def test_parts_without_the_customer_paying_draft_no_plan(body: str) -> None:
    route, _ = judge(body)
    assert route is Route.ESCALATE_TO_HUMAN

"""The fail-safe: every recent customer email is read, or a person reads it before any draft.

Each test is a class of input, not a phrase: wordings below are written for these tests from
SPEC's policy (the four classes of the issue, small talk, mail furniture, the read window).
"""

from __future__ import annotations

from typing import Any

import pytest

from core.adapters.templates import TemplateRenderer
from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.policy import Policy
from core.domain.triage import Judgment, decide
from core.services.triage import triage_case
from tests.unit.test_judge_support import CUSTOMER, US, email, make_case

STAGE_7_SENT = [{"date": "2026-11-19T09:00:00-08:00", "stage": 7}]  # cadence holds drafts


def judge(*bodies: str, **changes: Any) -> Judgment:
    raw = make_case(emails=[email(b, "2026-11-19T16:00:00-08:00") for b in bodies], **changes)
    return decide(CaseBundle(raw), Policy())


def routed(j: Judgment) -> tuple[Route, Outcome]:
    return j.route, j.outcome


@pytest.mark.parametrize("body", [
    "We'd like to understand how the crew spent the afternoon before this goes to our board.",
    "Our procurement lead has questions about the second visit; she will call you.",
    "Ce montant ne correspond pas à notre accord.",
    "Please see the attached letter regarding this account.",
])
def test_an_email_the_judge_cannot_read_goes_to_a_person_with_its_words(body: str) -> None:
    j = judge(body)
    assert routed(j) == (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)
    assert any(r.startswith("the customer wrote on 2026-11-19: read it before anything is sent")
               and body[:30] in r for r in j.reasons)


def test_the_quote_reaches_the_summary_a_person_reads() -> None:
    body = "Our procurement lead has questions about the second visit; she will call you."
    raw = make_case(emails=[email(body)])
    decision = triage_case(raw, Policy(), TemplateRenderer())
    assert decision.draft is None and "procurement lead" in (decision.summary or "")


@pytest.mark.parametrize("body", [
    "Hi Maria,\n\nThanks for the reminder.\n\nBest regards,\nJo Park\nAccounts Payable",
    "Got it, thanks! I'll check with our bookkeeper and get back to you.",
    "Can you resend the invoice? Cheers",
])
def test_small_talk_alone_still_gets_the_routine_reminder(body: str) -> None:
    assert routed(judge(body)) == (Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER)


def test_our_reminder_quoted_back_is_not_the_customers_words() -> None:
    body = (f"Thanks, noted.\n\nOn Mon, Nov 16, 2026 at 9:00 AM AR <{US}> wrote:\n"
            "> Invoice 2001 for $500.00 is past due. If you dispute it or paid already, reply.")
    assert routed(judge(body)) == (Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER)


def test_an_email_before_the_last_reminder_was_read_with_it() -> None:
    raw = make_case(
        emails=[email("Our procurement lead has questions.", "2026-11-14T10:00:00-08:00")],
        reminders_sent=[{"date": "2026-11-15T09:00:00-08:00", "stage": 1}],
    )
    assert decide(CaseBundle(raw), Policy()).route is Route.DRAFT_FOR_APPROVAL


def test_without_a_reminder_the_window_is_fourteen_days() -> None:
    old = make_case(emails=[email("Our procurement lead has questions.",
                                  "2026-11-05T10:00:00-08:00")])
    recent = make_case(emails=[email("Our procurement lead has questions.",
                                     "2026-11-06T10:00:00-08:00")])
    assert decide(CaseBundle(old), Policy()).route is Route.DRAFT_FOR_APPROVAL
    assert decide(CaseBundle(recent), Policy()).route is Route.ESCALATE_TO_HUMAN


# Class 1: a complaint about goods or work, no dispute vocabulary, payment held.
@pytest.mark.parametrize("body", [
    "Four of the twelve planters came cracked. We'll settle once they're swapped.",
    "The rate on here is $95 an hour, our signed quote says $80. Please re-bill.",
    "Only 30 of the 40 bags turned up, so we are holding payment for now.",
])
def test_a_complaint_about_goods_or_work_is_a_likely_dispute(body: str) -> None:
    assert routed(judge(body)) == (Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)


def test_a_complaint_split_over_two_clauses_is_at_least_escalated() -> None:
    # Neither clause alone contests anything the recognisers know; the fail-safe still makes
    # a person read it (the outcome is high_touch_escalation, not likely_dispute: a known gap).
    j = judge("Your invoice lists 9 hours; the gate log shows your man left after 4.")
    assert j.route is Route.ESCALATE_TO_HUMAN


# Class 2: paid already, after this stage's reminder: escalates whatever the cadence.
@pytest.mark.parametrize("body", [
    "This went out by ACH on the 12th, trace 009912.",
    "Paid through our Tipalti portal last Thursday.",
    "Our cheque for this is in the post.",
    "Didn't we already pay this one? Our books show it settled.",
])
def test_a_paid_claim_escalates_even_when_cadence_holds_drafts(body: str) -> None:
    j = judge(body, reminders_sent=STAGE_7_SENT)
    assert routed(j) == (Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)


# Class 3: a promise with a date still ahead, through a run, a batch or an approval.
@pytest.mark.parametrize("body", [
    "You're on our Nov 27 cheque run.",
    "Approved, goes out Friday 27 November.",
    "It's in the supplier batch for 11/28.",
])
def test_a_dated_promise_holds_the_draft(body: str) -> None:
    j = judge(body)
    assert routed(j) == (Route.NONE, Outcome.NO_ACTION)
    assert any("promise_to_pay" in r for r in j.reasons)


def test_a_promise_without_a_date_goes_to_a_person() -> None:
    j = judge("It will be in our next run.")
    assert routed(j) == (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)


# Class 4: hardship or a request for time, said indirectly.
@pytest.mark.parametrize("body", [
    "Cash is tight until our grant lands.",
    "Any flexibility on timing?",
    "Could we do a third now and the rest after the holidays?",
])
def test_an_indirect_request_for_time_gets_a_plan_draft(body: str) -> None:
    assert routed(judge(body)) == (Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE)


@pytest.mark.parametrize("body", [
    "We are not disputing anything on this one.",                  # negated
    "If the planters had arrived cracked we would have told you.",  # hypothetical
    "Invoice 1990 had two cracked planters; invoice 1990 was credited.",  # another invoice
])
def test_negated_hypothetical_or_elsewhere_acts_are_read_and_count_for_nothing(body: str) -> None:
    assert routed(judge(body)) == (Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER)


def test_a_reply_keeps_its_old_subject_out_of_the_evidence() -> None:
    raw = make_case(emails=[email("Thanks, all fine.", subject="Re: Dispute on invoice 2001",
                                  sender=CUSTOMER)])
    assert decide(CaseBundle(raw), Policy()).outcome is Outcome.ROUTINE_REMINDER

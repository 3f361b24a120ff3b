"""Acts read by their meaning, not one phrase: a contest told over two clauses, words that look
like a complaint but are about the customer's own card, mail or season, a hold on our reminders
rather than on the paying, a bill's extra days that ask for no time, a promise given up, a plan
told in a passive "is paid", and a payment step done for a day still ahead. Every wording here
is new (none is copied from a corpus); each class has hard negatives beside it."""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.evidence_pairs import billed_count, counts, split_contest
from core.domain.policy import Policy
from core.domain.triage import Judgment, decide
from tests.unit.test_judge_support import email, make_case


def judge(body: str, **changes: object) -> Judgment:
    return decide(CaseBundle(make_case(emails=[email(body)], **changes)), Policy())


# --- a contest over two clauses -------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Your invoice charges 14 hours. Our site diary has the fitter here for 6.",
        "You billed us for 30 chairs but we unpacked 24.",
        "Invoice 2001 lists 5 site visits. Your engineer came out twice, not five times, "
        "wait no, 2.",
        "The bill shows 120 metres of cable. Our electrician measured 85.",
        "You invoiced 12 pallets; the driver unloaded 9.",
    ],
)
def test_a_count_billed_set_against_a_count_received_is_a_dispute(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


@pytest.mark.parametrize(
    "clauses",
    [
        # the same count on both sides agrees, it contests nothing
        ["You billed 12 pallets", "we unloaded 12."],
        # a supposition or a question contests nothing
        ["If you billed 14 hours", "our diary says 6."],
        ["Did you bill 14 hours?", "Our diary says 6."],
        # dates and times of day are not counts
        ["You invoiced it on 11/03", "we will pay on the 28th."],
        ["You billed 3 visits", "the last was on 14 Oct."],
    ],
)
def test_no_contest_without_two_counts_that_differ(clauses: list[str]) -> None:
    assert split_contest(clauses) is None


def test_the_counts_of_a_clause_leave_days_and_times_out() -> None:
    assert counts("the crew left at 12:30 on the 3rd, 14 Oct") == frozenset()
    assert counts("we counted 40 boxes") == {"40"}
    assert billed_count("the invoice lists 9 hours") == "9"
    assert billed_count("you charged us for 6 hrs") == "6"
    assert billed_count("could you bill 6 hrs?") is None


def test_two_counts_beside_a_promise_stay_apart_from_the_promise() -> None:
    # the promise is read; only the two unread clauses could pair, and there is one
    judgment = judge("You invoiced 40 boxes. We will pay it in full on 11/27.")
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons
    assert judgment.outcome is not Outcome.LIKELY_DISPUTE, judgment.reasons


# --- the bill's days are not days asked for -------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "The scaffold came down on the 9th. You've charged us four extra days of hire on it.",
        "We were billed two additional hours for a job that took one.",
    ],
)
def test_extra_days_on_the_bill_are_a_contest_not_a_plan(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


def test_extra_days_asked_for_are_still_a_plan() -> None:
    judgment = judge("Could we have a few extra days to pay this one?")
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


# --- the customer's own things are not our goods --------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Sorry, the debit card you hold for us has expired. I'll ring with the new one on 11/26.",
        "The PDF didn't come through, could you send the invoice again?",
        "Undeliverable: your message to payables@acme.example could not be delivered.",
    ],
)
def test_a_card_an_attachment_or_a_bounce_is_no_complaint(body: str) -> None:
    judgment = judge(body)
    assert judgment.outcome is not Outcome.LIKELY_DISPUTE, judgment.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Half the seedlings had expired before they reached us.",
        "The pump you fitted failed within a week.",
    ],
)
def test_goods_that_expired_or_failed_are_still_a_complaint(body: str) -> None:
    judgment = judge(body)
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


def test_a_season_cut_short_is_a_story_beside_a_plan() -> None:
    judgment = judge("The festival was cut short by the floods. Can we pay it off monthly?")
    assert judgment.route is Route.DRAFT_FOR_APPROVAL, judgment.reasons
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_goods_that_came_short_are_still_a_complaint() -> None:
    judgment = judge("The order came short by three crates.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


# --- a hold on our chasing, or by the customer's own debtors --------------------------------
def test_holding_off_the_reminders_beside_a_dated_promise_holds_nothing_back() -> None:
    judgment = judge("You will have the full amount on 11/27. Kindly hold off with reminders "
                     "till then.")
    assert judgment.outcome is not Outcome.LIKELY_DISPUTE, judgment.reasons


def test_a_debtor_delaying_the_customer_is_its_story() -> None:
    judgment = judge("We ask for an extension of 30 days, as our biggest client has delayed "
                     "payment to us.")
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_holding_the_payment_itself_is_still_a_hold() -> None:
    judgment = judge("We are holding payment on this until the gate is rehung.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


# --- promises given up, plans in the passive, steps done for a day ahead ---------------------
def test_a_promise_given_up_is_no_promise_beside_a_plan_request() -> None:
    judgment = judge("We had planned to pay it on Friday, but our overdraft was pulled. "
                     "Could we pay it in four instalments?")
    assert judgment.route is Route.DRAFT_FOR_APPROVAL, judgment.reasons
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_a_plan_told_in_the_passive_is_no_payment_made() -> None:
    judgment = judge("Would you accept a schedule in which the balance is settled in weekly "
                     "payments?")
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_a_balance_paid_in_full_is_still_a_payment_claim() -> None:
    judgment = judge("Our records show the balance is paid in full.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


@pytest.mark.parametrize(
    "body",
    [
        "I've submitted it through for payment on 11/27.",
        "Our bookkeeper will make the transfer on 11/26.",
        "The transfer is booked for value date 27 November.",
    ],
)
def test_a_step_done_for_a_payment_still_ahead_holds_the_draft(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.NONE, judgment.reasons
    assert judgment.outcome is Outcome.NO_ACTION, judgment.reasons


def test_a_payment_that_went_out_on_a_past_day_is_still_a_claim() -> None:
    judgment = judge("Our transfer went out by Faster Payments on 11/16.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


# --- the money going on a day, in the present or the future ---------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Approved on our side; it'll go on 11/27.",
        "This one will be on the 27th with the rest of our suppliers.",
        "It's on my list for the 27th.",
        "In the queue for the 27th's BACS file.",
        "Your invoice is listed in our supplier run for 27/11.",
        "Sorry, end of month madness. It's paid by November 27, promise.",
        "My partner signs on Thursday 11/26 and will courier it that day.",
    ],
)
def test_a_payment_set_for_a_day_ahead_holds_the_draft(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.NONE, judgment.reasons
    assert judgment.outcome is Outcome.NO_ACTION, judgment.reasons


@pytest.mark.parametrize(
    "body",
    [
        "It was on our list for 11/09 and it went out that day.",  # a payment reported done
        "It's paid by cheque, see the stub.",  # paid by a way, not by a day
    ],
)
def test_a_payment_reported_done_still_goes_to_a_person(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons


# --- longer terms for this invoice ------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Money is slow this quarter. Could you give us 45-day terms on this one?",
        "Would it be possible to switch to 60 day terms for this invoice?",
    ],
)
def test_longer_terms_for_this_invoice_ask_for_time(body: str) -> None:
    judgment = judge(body)
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_new_terms_for_later_orders_alone_go_to_a_person() -> None:
    judgment = judge("From January we'd like to switch to 60 day terms.")
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons


# --- asking whether the plan suits us is the plan's own question ----------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Could we clear it in three monthly instalments? Would your office accept that?",
        "Could we spread it over four months? Let us know if that is acceptable.",
        "Could we pay it in two halves, that ok?",
    ],
)
def test_asking_if_the_plan_is_acceptable_is_plan_talk(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.DRAFT_FOR_APPROVAL, judgment.reasons
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_a_question_about_the_work_beside_a_plan_still_goes_to_a_person() -> None:
    judgment = judge("Could we pay it in three monthly instalments? Did your team finish the "
                     "second coat?")
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons


# --- what befell the customer is its story, not our goods or work ----------------------------
@pytest.mark.parametrize(
    "body",
    [
        "We've suffered a burst main in the kitchen and trade has stopped. Could we pay it in "
        "three monthly instalments?",
        "The hailstorm last week flattened our stall. Could we spread it over two months?",
        "Our Christmas raffle fell short of target. Could we pay half now and half in January?",
        "Our bank has cut the overdraft. Could we pay it in four monthly instalments?",
    ],
)
def test_a_misfortune_beside_a_plan_request_drafts_the_plan(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.DRAFT_FOR_APPROVAL, judgment.reasons
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Your fitter burst a pipe under the sink.",
        "Since the storm your new gutter has leaked, we are not happy with it.",
        "The last pallet fell short by two sacks.",
    ],
)
def test_damage_by_us_or_goods_short_are_still_a_complaint(body: str) -> None:
    judgment = judge(body)
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


def test_a_cheque_cut_is_still_a_payment_claim() -> None:
    judgment = judge("Our cheque was cut on 11/10 and posted the same day.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


def test_a_trace_number_is_not_another_invoice() -> None:
    judgment = judge("This was paid by wire on 11/13, trace # 88310027415.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


# --- one more part of a running plan, a step on the way, a cash shortfall --------------------
@pytest.mark.parametrize(
    "body",
    [
        "Another $125 transferred today, the same again next fortnight.",
        "Have sent you another 200 this morning, thanks for your patience.",
    ],
)
def test_one_more_instalment_is_a_plan_not_a_payment_claim(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.DRAFT_FOR_APPROVAL, judgment.reasons
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_a_payment_sent_once_is_still_a_payment_claim() -> None:
    judgment = judge("We sent $500 by wire on 11/12.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


def test_a_step_for_payment_with_a_day_ahead_holds_the_draft() -> None:
    judgment = judge("Your invoice has been approved for payment and goes out on 11/27. Please "
                     "allow three working days for funds to clear.")
    assert judgment.route is Route.NONE, judgment.reasons
    assert judgment.outcome is Outcome.NO_ACTION, judgment.reasons


def test_a_cash_shortfall_beside_a_plan_request_drafts_the_plan() -> None:
    judgment = judge("We have a shortfall this quarter since a grant was delayed. Could we pay "
                     "it in three monthly instalments?")
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_a_shortfall_in_the_goods_is_still_a_complaint() -> None:
    judgment = judge("There is a shortfall of 6 boxes on the delivery.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


def test_nothing_for_you_to_do_beside_a_dated_promise_holds() -> None:
    judgment = judge("It goes out in our run on 11/27. Nothing for you to do.")
    assert judgment.route is Route.NONE, judgment.reasons


# --- a contest beside a plan request, and the invoice to be put right ------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Could we pay it over three months? Also the second skip was never used and shouldn't "
        "be charged.",
        "Can we do it in two instalments? We sent back four chairs and they're still on the "
        "invoice.",
        "Could we spread the payment? also the crew billed 10 hours, they were on site 6.",
        "Cash is short so could we pay monthly? The caterer didn't turn up on day two but we've "
        "been charged for it.",
    ],
)
def test_a_contest_beside_a_plan_request_is_a_dispute(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


@pytest.mark.parametrize(
    "body",
    [
        "A third of the apples were bruised. Your bill should reflect that.",
        "The report came a week late, so we expect it to be reduced.",
        "We'll settle on 11/27 once you waive the admin fee you added.",
        "This bill still uses last year's rate for the hall hire.",
        "You haven't maintained the pool since September, we changed providers.",
        "The gutters weren't up to standard.",
    ],
)
def test_the_invoice_to_be_put_right_is_a_dispute(body: str) -> None:
    judgment = judge(body)
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Our old price list is attached, for reference.",
        "Please note our new billing address from 1 December: 9 Quay Road, Bristol BS1 4AA.",
    ],
)
def test_a_price_list_or_a_billing_address_contests_nothing(body: str) -> None:
    judgment = judge(body)
    assert judgment.outcome is not Outcome.LIKELY_DISPUTE, judgment.reasons


# --- payment kept back over the goods or the work --------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Our treasurer has asked me to hold the invoice until the sound issue is talked through.",
        "We won't pay for the damaged trays.",
        "We'll pay once the missing brackets turn up.",
        "We want the overtime explained first.",
        "I'm deducting the broken tiles from your invoice.",
        "Your team mowed the wrong field.",
    ],
)
def test_payment_kept_back_over_the_goods_or_work_is_a_dispute(body: str) -> None:
    judgment = judge(body)
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons


@pytest.mark.parametrize(
    "body",
    [
        "We can't pay for the work this month, could we pay it in two halves?",
        "We'll pay once the grant arrives, could we split it over two months?",
    ],
)
def test_money_of_its_own_awaited_is_no_dispute(body: str) -> None:
    judgment = judge(body)
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


# --- a payment not made to the customer, a day refused --------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "The council still hasn't paid our autumn grant. Could we pay it in three monthly "
        "instalments?",
        "Half our tenants haven't paid their rent this month. Could we spread it over two months?",
        "Our hospital contract is paid in arrears. Could we pay it in two halves?",
    ],
)
def test_a_payment_not_made_to_the_customer_is_its_story(body: str) -> None:
    judgment = judge(body)
    assert judgment.route is Route.DRAFT_FOR_APPROVAL, judgment.reasons
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_a_payment_we_made_beside_a_plan_request_still_goes_to_a_person() -> None:
    judgment = judge("We paid $200 on Monday. Could we pay the rest in two halves?")
    assert judgment.route is Route.ESCALATE_TO_HUMAN, judgment.reasons


def test_a_day_refused_is_no_promise_to_hold_for() -> None:
    judgment = judge("Could you bear with us? We'll pay, just not this month.")
    assert judgment.route is Route.DRAFT_FOR_APPROVAL, judgment.reasons
    assert judgment.outcome is Outcome.PAYMENT_PLAN_CANDIDATE, judgment.reasons


def test_a_day_with_not_before_it_elsewhere_still_holds() -> None:
    judgment = judge("We will pay on 11/27, not before.")
    assert judgment.route is Route.NONE, judgment.reasons


# --- a payment system's day field ------------------------------------------------------------
def test_a_value_date_ahead_is_a_payment_scheduled_not_made() -> None:
    judgment = judge("Remittance notice. Your invoice has been released for payment. "
                     "Value date: 2026-11-27.")
    assert judgment.outcome is not Outcome.LIKELY_DISPUTE, judgment.reasons
    assert judgment.route is not Route.DRAFT_FOR_APPROVAL, judgment.reasons


def test_a_value_date_gone_by_is_still_a_payment_claim() -> None:
    judgment = judge("Remittance advice. Payment reference: 88213. Value date: 2026-11-10.")
    assert judgment.outcome is Outcome.LIKELY_DISPUTE, judgment.reasons

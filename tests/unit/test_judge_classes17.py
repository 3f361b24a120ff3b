"""Classes of wording the rules judge lacked on the blind probes probe_e/probe_f (judge17).

Each class is tested with wordings written here, not copied from any corpus, and with hard
negatives: the same shape carrying a claim, a fault fixed, or money, which must not become a
draft or a hold. Safety first: no wording that should reach a person may become one.
"""

from __future__ import annotations

import pytest

from core.domain.decision import Outcome, Route
from tests.unit.test_judge_classes16 import HOLD, PLAN, REMIND, check, judge


# --- 1. Praise of the goods or the work beside a dated promise or a plan request -------------
@pytest.mark.parametrize("body", [
    "Thanks for the speedy shipment of the valves, the site team loved them. "
    "The invoice will be paid on 18 December 2026.",
    "Honestly, you've made the launch so easy for us. We will pay the balance on 2026-12-21.",
    "The new signage looks gorgeous, the whole street has noticed. "
    "We will pay it in full on 19 December 2026.",
])
def test_praise_beside_a_dated_promise_is_context(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "Our grandparents loved the cake, what a lovely job. "
    "Could we pay the invoice in three instalments? Money is tight after the move.",
])
def test_praise_beside_a_plan_request_is_context(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    # praise that turns, or tells of a fault fixed, a visit, money: a person reads it
    "The lamps look great but two of them flicker. We will pay on 18 December 2026.",
    "Your engineer came out and the boiler is working now, thanks. "
    "We will pay on 18 December 2026.",
    "Lovely work, though we were billed twice for the call-out. We will pay on 18 December 2026.",
    "Great service, shame about the $90 extra. We will pay on 18 December 2026.",
    "The tiles were gorgeous, the grout is still not set. We will pay on 18 December 2026.",
])
def test_praise_that_turns_is_no_context(body: str) -> None:
    assert judge(body) not in {PLAN, REMIND, HOLD}, body


# --- 2. A sales aside (stock, a catalogue, a next order) beside a promise or a plan ----------
@pytest.mark.parametrize("body", [
    "We will pay the invoice on 22 December 2026. Could you let me know if the blue mugs are "
    "back in stock?",
    "We will pay the balance on 2026-12-22. Please post us your price list for next year too.",
    "We will pay it on 22 December 2026. And can you pencil us in for an Easter order?",
])
def test_a_sales_aside_beside_a_dated_promise_is_context(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # the aside carries a claim, money or this invoice: a person reads it
    "We will pay on 22 December 2026. Is the missing carton back in stock yet?",
    "We will pay on 22 December 2026. Can the next order come with a credit for the broken ones?",
    "We will pay on 22 December 2026. Why does the invoice use the old price list?",
    "We will pay on 22 December 2026. Will the new range be charged at $4 less?",
])
def test_a_sales_aside_that_turns_is_no_context(body: str) -> None:
    assert judge(body) not in {PLAN, REMIND, HOLD}, body


# --- 3. The customer's rule for every payment, beside a dated promise -------------------------
@pytest.mark.parametrize("body", [
    "Your invoice is scheduled for our cheque run on 22 December 2026. Checks are posted the "
    "same day.",
    "It is approved and will be paid on 2026-12-22. Transfers are released the next day.",
])
def test_a_rule_for_every_payment_beside_a_promise_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # this payment made, a rule without its rhythm, or a rule beside a claim: a person reads it
    "Your cheque was mailed the same day as the remittance.",
    "The payment was released the next day, please check again.",
    "The cheques are mailed. We will pay the rest on 22 December 2026.",
    "Cheques are mailed the same day. The invoice was wrong though. We will pay on 22 December "
    "2026.",
    "Checks are mailed the same day.",
])
def test_this_payment_made_or_a_bare_rule_is_no_hold(body: str) -> None:
    assert judge(body) not in {PLAN, REMIND, HOLD}, body


# --- 4. The customer's own costs, or its group's freeze on payments, beside a plan request ---
@pytest.mark.parametrize("body", [
    "We've had some unforeseen medical bills this autumn. Could we pay the invoice in three "
    "instalments?",
    "Head office has put a temporary freeze on outgoing payments while the audit runs. Would "
    "you accept the balance in two parts?",
    "The kitchen came in well over budget. Could we spread the invoice over three months?",
])
def test_own_costs_beside_a_plan_request_are_its_story(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    # the costs are ours, or a claim rides beside them: a person reads it
    "The refurbishment costs on your invoice are far above the quote. Could we pay in three "
    "instalments?",
    "We had unexpected costs with the house, and two of the lamps arrived broken. Could we pay "
    "in three instalments?",
    "Your delivery charges put us over budget. Could we spread the invoice over three months?",
])
def test_costs_that_are_ours_or_beside_a_claim_are_no_story(body: str) -> None:
    assert judge(body) not in {PLAN, REMIND, HOLD}, body


# --- 5. The money handed over on a day ("Friday it's yours"), and a promise's bare "if" -------
@pytest.mark.parametrize("body", [
    "No problem at all, Friday it's yours.",
    "It'll be yours by the 4th.",
    "It's yours on 4 December, as discussed.",
    "We will pay on 4 December, if that's OK.",
])
def test_the_money_handed_over_on_a_day_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # goods handed over, no day, the past, or a condition: a person reads it
    "The spare pallet is yours on Friday, collect it from the yard.",
    "Thursday it's yours to collect.",
    "It was yours on Friday.",
    "It's yours on Friday if the count is right this time.",
    "You'll have it on Friday if the replacement arrives.",
    "We will pay on 4 December if the second delivery turns up.",
])
def test_goods_the_past_or_a_condition_are_no_hold(body: str) -> None:
    assert judge(body) not in {PLAN, REMIND, HOLD}, body


# --- 6. People away already, and an order still wanted, beside an act -----------------------
@pytest.mark.parametrize("body,want", [
    ("Sorry for the slow reply, half the team is already on leave for the holidays. We will "
     "pay the invoice on 18 December 2026.", HOLD),
    ("Sales have been slow this season. Could we pay the invoice over three months? The "
     "autumn order we still want to place.", PLAN),
])
def test_people_away_or_an_order_still_wanted_are_context(
        body: str, want: tuple[Route, Outcome]) -> None:
    check(body, want)


@pytest.mark.parametrize("body", [
    # "already" of a payment or a claim, a fault still there: a person reads it
    "Sorry for the slow reply, we already paid half of it. We will pay the rest on 18 December "
    "2026.",
    "Could we pay the invoice over three months? The autumn order is still missing two boxes.",
])
def test_already_paid_or_still_missing_is_no_context(body: str) -> None:
    assert judge(body) not in {PLAN, REMIND, HOLD}, body


# --- 7. The market's exchange rate is the customer's story, not our rate ---------------------
def test_the_exchange_rate_beside_a_plan_request_is_its_story() -> None:
    check("The exchange rate has been brutal for us this quarter and the euro invoice stings. "
          "Could we pay it in three instalments?", PLAN)


@pytest.mark.parametrize("body", [
    # the rate we used or charged: a claim, for a person
    "You used the wrong exchange rate on the invoice. Could we pay it in three instalments?",
    "The exchange rate you charged is far above the bank rate. Could we pay it in three "
    "instalments?",
    "We were charged a different exchange rate than quoted. We will pay on 18 December 2026.",
])
def test_the_rate_we_charged_is_a_claim(body: str) -> None:
    assert judge(body) not in {PLAN, REMIND, HOLD}, body

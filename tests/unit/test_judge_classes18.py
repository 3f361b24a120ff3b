"""Classes of wording the rules judge lacked on testf/testg once they were opened (judge18).

Each class is tested with wordings written here, not copied from any corpus, and with hard
negatives. Safety first: no wording that should reach a person may become a draft or a hold.
"""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import HardStop, Outcome, Route
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_classes16 import DISPUTE, HOLD, PERSON, PLAN, REMIND, check, judge
from tests.unit.test_judge_support import email, make_case


# --- 1. An unread email with a claim's shape: the person it goes to reads it as a dispute -----
@pytest.mark.parametrize("body", [
    # a payment told with its way, day or reference, in words no payment lexicon lists
    "Good morning. Settlement in full was remitted on 19/11/2026 against ref QX-5521.",
    "FYI the whole balance was discharged by SWIFT transfer on 12 November.",
    "Our treasury remitted the full sum last week, confirmation 88213.",
    # our invoice or work turned to with a fault's words, no dispute vocabulary
    "The survey fee is there because of your engineer's error on the first visit, not ours.",
    "Line 3 repeats the courier charge from line 1, so you've invoiced us for both.",
    "That line should have been removed, the extra coat was never applied.",
])
def test_an_unread_claim_by_its_shape_is_read_as_a_dispute(body: str) -> None:
    check(body, DISPUTE)


@pytest.mark.parametrize("body", [
    # the customer's own slip, a problem denied, a practice, a question: still a person's, but
    # nothing says the invoice is contested
    "Apologies, that last email went to the wrong department, please ignore it.",
    "No no, nothing is wrong with the invoice, the office manager is just away this week.",
    "Cheques from our head office are typically mailed on Thursdays.",
    "Has the card we put on file last week been charged yet for the new order?",
])
def test_what_has_no_claims_shape_stays_a_persons_without_a_dispute(body: str) -> None:
    assert judge(body) not in {DISPUTE, PLAN, HOLD}, body
    assert judge(body) == PERSON, body


# --- 2. A payment and its day in one clause, whatever the verb (DATED_PAYMENT) ---------------
@pytest.mark.parametrize("body", [
    "Good day, the payment shall be do on 14.12.2026. Best regards.",
    "Ceres Holdings is in the 11 December EFT run, full amount.",
    "We're clearing everything on the 21st when the partners are back to sign.",
    "We transfer the full amount Friday 11 December.",
    "Balance goes with our 2026-12-15 batch.",
])
def test_a_payment_and_its_day_in_one_clause_holds_the_draft(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # a condition on us, a question, a negation, a payment told as done, another's money, a
    # day that is no day: none of these holds anything
    "We transfer the full amount on 11 December once the missing crate arrives.",
    "Could we transfer the full amount on 11 December?",
    "We will not transfer the full amount on 11 December.",
    "Please ignore my note saying we'd pay on 11 December, wrong supplier.",
    "Our insurer pays us on 11 December, and we pay you the day after.",
    "We transfer the full amount on 11 December if the rate is corrected.",
])
def test_the_same_frame_with_a_turn_holds_nothing(body: str) -> None:
    assert judge(body) not in {HOLD, PLAN}, body


# --- 3. Beside a promise: approval given already, a slip of the customer's own, a problem denied
@pytest.mark.parametrize("body", [
    "Our controller has signed off already. We will pay it on 14 December 2026.",
    "No issue at all with the work, it sat in the wrong mailbox while Ana was away. "
    "It will be paid on 14 December 2026.",
    "The invoice went to the wrong approver, sorry. We will pay it on 14 December 2026.",
])
def test_approval_a_slip_or_a_denied_problem_beside_a_promise_is_context(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "No problem with the install, but the rate is wrong. We will pay it on 14 December 2026.",
    "The approver says we already paid this. We will pay it on 14 December 2026.",
])
def test_a_denial_or_approval_that_turns_is_no_context(body: str) -> None:
    assert judge(body) not in {HOLD, PLAN}, body


# --- 4. Beside a plan request: the customer's own story, whatever its counts and dates -------
@pytest.mark.parametrize("body", [
    "The wheat price fell and the harvest sat unsold in the silos. "
    "Could we pay the invoice in a few parts?",
    "Since the big store opened across the road our takings have halved. "
    "Could we spread the invoice over three months?",
    "Our container to Rotterdam was rejected at port and we are carrying the stock. "
    "Could we pay it bit by bit?",
    "Could we do it in thirds?",
    "We can't pay all of it right now. Could we work something out?",
])
def test_the_customers_story_beside_a_plan_request_drafts_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    # our side named: the goods, a count of them, a fault, our people (a count of anything is
    # read as our side: "most of the harvest" goes to a person too, safely)
    "A third of the brochures came back printed upside down. Could we pay it in a few parts?",
    "The second coat is peeling already. Could we spread the invoice over three months?",
    "Your crew left the gate open and the dog got out. Could we pay it bit by bit?",
    "Two of the pallets were soaked. Could we do it in thirds?",
])
def test_a_story_that_names_our_side_is_no_context_for_a_plan(body: str) -> None:
    assert judge(body) not in {PLAN, HOLD}, body


# --- 5. The customer's own money short or awaited is no complaint about the goods ------------
@pytest.mark.parametrize("body", [
    "We are a bit short this month. Could we pay the invoice in two parts?",
    "We're still waiting for the bank to release our overdraft. Could we pay it in two parts?",
])
def test_their_own_money_short_is_no_complaint(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "The delivery was short by two boxes. Could we pay it in two parts?",
    "We're still waiting for the rest of the order. Could we pay it in two parts?",
])
def test_goods_short_or_awaited_are_still_a_complaint(body: str) -> None:
    assert judge(body) == DISPUTE, body


# --- 6. A letter's furniture, the customer's own oversight, steps that are not the payment ---
@pytest.mark.parametrize("body", [
    "We refer to your letter regarding the above. The invoice will be paid on 15 December 2026.",
    "Further to your reminder, I write regarding invoice 2001. It will be paid on 15 December "
    "2026.",
    "It will be paid on 15 December 2026.\n\nSent on behalf of Harbour Joinery Ltd",
    "Sorry, this one slipped through the cracks when Priya left. We will pay it on 15 December "
    "2026.",
    "Invoice 2001 has cleared three-way match and goes in our cheque run on 15 December 2026.",
    "I'll make sure it is paid Tue 15 Dec.",
])
def test_furniture_an_oversight_or_a_step_beside_a_promise_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "We'll get you paid, it'll have to be in bits though.",
    "The money is coming, just not all of it at once. Would a part payment be OK to start with?",
])
def test_plans_in_bits_or_by_part_payment_draft_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    # the step done is the payment: cleared the balance; the oversight carries a claim
    "We cleared the balance by BACS on 2 November.",
    "Sorry, this slipped through the cracks, but the rate on it is wrong.",
])
def test_a_payment_made_or_a_claim_in_the_slip_is_no_hold(body: str) -> None:
    assert judge(body) not in {HOLD, PLAN}, body


# --- 7. The customer's own money missing, an inspection's check, a run still to come --------
@pytest.mark.parametrize("body", [
    "Our client from the trade fair has still not paid us, so could we pay the invoice in two "
    "parts?",
    "The academy has not yet received its spring funding tranche from the council. Could we "
    "spread the invoice over three months?",
    "The main contractor has gone missing on us. Could we pay it bit by bit?",
])
def test_their_own_money_missing_is_no_complaint_beside_a_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "It has been approved and is loaded for our EFT run on Wed 16 Dec.",
    "I spoke with the director, the money for you is ready and it will go the 16th.",
])
def test_a_run_still_to_come_or_the_money_going_on_a_day_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # our goods or work not paid for, a fault: the complaint stands
    "Your technician has still not fixed the pump, so could we pay it in two parts?",
    "The second delivery never arrived. Could we spread the invoice over three months?",
])
def test_our_goods_or_work_missing_beside_a_plan_is_still_a_claim(body: str) -> None:
    assert judge(body) not in {PLAN, HOLD}, body


# --- 8. More shapes of a claim in words no lexicon lists: payment held, payment told --------
@pytest.mark.parametrize("body", [
    "The banner was meant to be the matte one. We're not cutting a check until it's reprinted.",
    "Our bursar has parked it until the extra delivery line comes off.",
    "Happy to pay once the duplicate call-out is taken off.",
    "That one stays unpaid on our side for now, the fitting was meant to include the brackets.",
    "SEPA transfer done on 12/11/2026, bank copy attached.",
    "In our system the invoice is on status paid since 12.11.2026.",
])
def test_more_shapes_of_a_claim_are_read_as_a_dispute(body: str) -> None:
    check(body, DISPUTE)


@pytest.mark.parametrize("body", [
    # the same words looking ahead or asking: a person's, but no claim read into them
    "Your invoice will be processed in the batch scheduled for Wednesday 16 December.",
    "Please note all invoices should go to our finance office mailbox rather than to me.",
])
def test_the_same_words_looking_ahead_or_asking_are_no_claim(body: str) -> None:
    assert judge(body) not in {DISPUTE, PLAN}, body


# --- 9. Praise in words that elsewhere turn; "what's left" on a day is the remainder promised
@pytest.mark.parametrize("body", [
    "The kids can't stop talking about the bouncy castle! We will pay it on 15 December 2026.",
    "Really appreciate the parts you sent on short notice. We will pay it on 15 December 2026.",
    "The banners came out gorgeous, the crew did a cracking job. We will pay it on 15 December "
    "2026.",
    "I'll pay what's left on the 15th when my salary comes in.",
])
def test_praise_idioms_and_the_remainder_on_a_day_hold(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "The kids loved it but two of the balloons burst. We will pay it on 15 December 2026.",
    "I'll pay what I can now and the rest later.",
])
def test_praise_that_turns_or_a_part_now_is_no_hold(body: str) -> None:
    assert judge(body) != HOLD, body


# --- 10. Insolvency by its local name; a street called Court ----------------------------------
@pytest.mark.parametrize("body", [
    "The company went into examinership on Monday; the examiner will write to all creditors.",
    "We have entered business rescue and cannot make payments in the meantime.",
    "Our US parent filed for Chapter 11 last night.",
])
def test_insolvency_by_its_local_name_is_a_legal_hold(body: str) -> None:
    j = decide(CaseBundle(make_case(emails=[email(body)])), Policy())
    assert j.hard_stop is HardStop.LEGAL_HOLD, (body, j.reasons)


def test_a_street_called_court_is_no_legal_matter() -> None:
    body = "Deliveries should come to the side gate on Court Lane from now on. Thanks!"
    j = decide(CaseBundle(make_case(emails=[email(body)])), Policy())
    assert j.hard_stop is None, j.reasons


# --- 11. Plans asked as leave, as a way found together, as a little longer -------------------
@pytest.mark.parametrize("body", [
    "Would y'all be ok if we paid this one off over the next few months?",
    "We lost our main contract. Could we find something that works for both of us?",
    "If you could see your way to giving us a little longer it would really help.",
])
def test_a_plan_asked_as_leave_or_a_way_together_drafts_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "Could we find a time that works for both of us to go through the wrong charges?",
    "Would you be ok if we paid this one off over the next few months, once the leak is fixed?",
])
def test_the_same_asks_over_a_claim_are_no_plan(body: str) -> None:
    assert judge(body) not in {PLAN, HOLD}, body


# --- 12. Safety holes the blind probe_k showed: a hold pending review, this invoice among the
# others, a monthly run that is no plan -----------------------------------------------------
def test_payment_suspended_pending_review_is_a_contest() -> None:
    check("Payment of the referenced invoice is suspended pending review by our Engineering "
          "department, the work ran outside the agreed hours.", DISPUTE)


@pytest.mark.parametrize("body", [
    "Boss say we pay December 28th together with the other invoices from you.",
    "We only do a cheque run once a month. Next one is 28 December 2026 and yours will be in it.",
    "Your invoice has been keyed and approved for the 12/28 disbursement.",
])
def test_this_invoice_among_the_others_or_in_the_next_run_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "We pay December 28th together with the other invoices, once the wrong rate is corrected.",
    "We only do a cheque run once a month and yours won't be in it until the credit arrives.",
])
def test_the_same_with_a_claim_is_no_hold(body: str) -> None:
    assert judge(body) not in {HOLD, PLAN, REMIND}, body


# --- 13. probe_i's plan requests and stories: rates, part by part, a gap, all at once refused --
@pytest.mark.parametrize("body", [
    "The bookings are much lower this season. Is it possible to pay this invoice in rates?",
    "The road washed out and no guests came for weeks. We will pay, slowly, part by part.",
    "Things are tight, can you give us a bit of a gap?",
    "I don't suppose you'd let us have a bit longer on this one?",
    "Doing it all at once isn't going to happen right now. What are the options?",
    "We'll get you paid, it's going to have to come in chunks.",
    "Winter was dead quiet. Could we pay it in three parts?",
    "The load-shedding cost us a fortune in diesel. Could we pay it in three parts?",
    "The hail destroyed most of our crop and the insurance is not finished yet. "
    "Could we pay it in three parts?",
    "The crew did a great job on the vines btw, no complaints there. Could we pay it in three "
    "parts?",
])
def test_plans_and_their_stories_from_probe_i_draft_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "The accountant tell me the payment is programmed for the day 16/12/2026.",
    "We pay suppliers in one go at month-end and yours is loaded for 2026/12/28.",
    "Our accounts lady is off until the 17th. First thing she does when she's back is pay you.",
])
def test_promises_from_probe_i_hold(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # the same words about our goods or work
    "Your crew was dead slow and left the job half done. Could we pay it in three parts?",
    "The hail guards you fitted were damaged on arrival. Could we pay it in three parts?",
    "No complaints about the crew, but the invoice has the wrong rate. Could we pay it in parts?",
])
def test_the_same_words_about_our_side_are_no_plan(body: str) -> None:
    assert judge(body) not in {PLAN, HOLD}, body


# --- 14. probe_j/k: the customer's own circumstances in a fault's words; promises by the
# account, a future-dated payment, a cheque getting cut; more ways to ask for time ----------
@pytest.mark.parametrize("body", [
    "Olive prices have collapsed this year. Could we pay it in three parts?",
    "It's been a rotten quarter for us with the rail strikes. Could we pay it in three parts?",
    "I am not working this month to look after my mother. Could we pay it in three parts?",
    "The spring appeal came in well short of what we'd hoped. Could we pay it in three parts?",
    "We want to pay, but it will take longer. Can we make an arrangement?",
    "Due to a group cash directive we ask suppliers to accept extended payment terms on this "
    "invoice.",
    "We have not money for all invoices this month, sorry.",
])
def test_their_circumstances_and_more_ways_to_ask_draft_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "I've set it up and it'll come out of our account on December 15th.",
    "The treasurer has set this up as a future-dated payment for 16/12/2026.",
    "All good, the check's getting cut 12/16/2026.",
    "I wanted to let you know the board meets on Wed 16 Dec and your invoice is on the list for "
    "payment that afternoon.",
])
def test_promises_by_the_account_or_a_future_date_hold(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # our product or people in the same words: a claim
    "The booking module still isn't working for us. Could we pay it in three parts?",
    "Your crew was not working half the days you billed. Could we pay it in three parts?",
])
def test_our_side_in_the_same_words_is_no_plan(body: str) -> None:
    assert judge(body) not in {PLAN, HOLD}, body


# --- 15. English with a foreign greeting, a company's name line, a footer in another language -
@pytest.mark.parametrize("body", [
    "Hola, the season is very slow in the hotel, we have few guests. We ask if it is possible to "
    "pay in two or three parts. Gracias por su comprension.",
    "Good day, our volumes dropped and we can not pay it at once. Could we pay it in three "
    "parts?\n\nVan der Heijden Logistiek B.V.",
    "Could we pay it in three parts? Cash is tight.\n\nDit e-mailbericht is uitsluitend bestemd "
    "voor de geadresseerde.",
])
def test_english_with_foreign_furniture_is_read(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "Hola, ya pagamos la factura la semana pasada por transferencia. Thanks",
    "Guten Tag, die Lieferung war leider beschädigt und wir zahlen nicht. Regards",
])
def test_a_message_mostly_in_another_language_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


# --- 16. The two acts read in the customer's own language; anything else stays a person's -----
@pytest.mark.parametrize(("body", "want"), [
    ("Sehr geehrte Damen und Herren, der offene Betrag wird am 16.12.2026 überwiesen. "
     "Mit freundlichen Grüßen", HOLD),
    ("Bonjour, la facture sera réglée le 16/12/2026. Cordialement", HOLD),
    ("Hola, pagaremos la factura el 16/12/2026. Saludos", HOLD),
    ("Goedemorgen, de betaling staat ingepland voor 16-12-2026. Groeten", HOLD),
    ("Buongiorno, pagheremo la fattura il 16/12/2026. Cordiali saluti", HOLD),
    ("Leider ist unsere Liquidität angespannt. Wäre eine Ratenzahlung möglich?", PLAN),
    ("Nous avons des difficultés de trésorerie. Serait-il possible de payer en plusieurs fois ?",
     PLAN),
    ("¿Sería posible pagar la factura en varios pagos? Gracias", PLAN),
])
def test_a_promise_or_a_plan_in_its_own_language_is_read(
    body: str, want: tuple[Route, Outcome]
) -> None:
    check(body, want)


@pytest.mark.parametrize("body", [
    "Die Ware ist kaputt angekommen. Der Betrag wird am 16.12.2026 überwiesen.",
    "La facture ne sera pas réglée le 16/12/2026.",
    "Ya pagamos la factura el 01/12/2026 por transferencia.",
    "De levering was niet compleet. Wij betalen op 16-12-2026.",
    "Wir zahlen am 16.12.2026, wenn die Gutschrift da ist.",
])
def test_anything_else_in_another_language_stays_with_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, body


# --- 17. Notices of a payment still ahead; a step done beside it; how they pay ----------------
@pytest.mark.parametrize("body", [
    "Invoice 2001 has been processed and is queued for payment with a value date of 2026-12-18.",
    "Sorry, the payment was blocked because of the new IBAN we had to verify first. This is done "
    "now. The transfer will be executed Friday, 18 December.",
    "Our directors approve creditors once a fortnight. That's done, and the payment file goes to "
    "the bank 17 December 2026.",
])
def test_a_payment_still_ahead_with_a_step_done_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "This is done now, the transfer went out on 12 November.",
    "Cheques were mailed from our Dallas office on 10 November.",
])
def test_a_payment_done_is_still_a_claim(body: str) -> None:
    check(body, DISPUTE)


# --- 18. An AP tool's own lines; praise "still loving it"; "paying it will be the first thing" -
@pytest.mark.parametrize("body", [
    "Acme Ltd has scheduled a payment to Us Ltd.\n\nInvoice: 2001\nScheduled process date: "
    "12/18/2026\nPayment method: ACH\n\nYou'll receive another email when the payment is sent.",
    "Emma is still loving the saxophone, she practises every night. It'll come out of our "
    "account on December 15th.",
    "Our accounts person is off sick this week, back on Thursday (12/17), paying it will be the "
    "first thing she does.",
    "Your invoice made it onto the 12/17 check run. I signed off on it this morning.",
])
def test_tool_lines_praise_and_first_things_hold(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "We're still loving the saxophone but the case arrived cracked. It'll come out of our "
    "account on December 15th.",
    "Your invoice made it onto the 12/17 check run, minus the broken stand.",
])
def test_the_same_with_a_fault_is_no_hold(body: str) -> None:
    assert judge(body) not in {HOLD, PLAN}, body


# --- 19. Plans and promises as a second language says them ------------------------------------
@pytest.mark.parametrize("body", [
    "The season was closed by the Ministry, we have not the money for pay the full invoice now. "
    "Is possible to divide in some parts?",
    "The collections of our church were low this autumn. I must ask you for patience with your "
    "invoice. We will pay certainly, only later.",
    "We have the intention to pay all. At this moment the total is not possible, only one part, "
    "after the rest.",
    "The council asks if you could accept a payment in terms. We do not have the money all "
    "together at this moment.",
    "Dana, can we talk about a schedule? Cash is very tight since the clinic moved.",
])
def test_plans_as_a_second_language_says_them_draft_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "Hi, our creditors run is on the 21st, you will be in it.",
    "We wait the money from the export. Then on 23 December 2026 we pay your invoice complete, "
    "no problem.",
])
def test_promises_as_a_second_language_says_them_hold(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "The parts arrived broken. Is possible to divide in some parts the rest?",
    "Then on 23 December 2026 we pay your invoice complete, no problem, minus the broken pump.",
])
def test_the_same_with_a_fault_is_no_plan_or_hold(body: str) -> None:
    assert judge(body) not in {HOLD, PLAN}, body


# --- 20. Not the full price for what went wrong, beside a plan request (probe_l's unsafe draft)
@pytest.mark.parametrize("body", [
    "The truck turned up at 4 instead of 8am, so we ran the dress without half the rig. I don't "
    "think we should be paying full whack for that day. Then we'll pay, probably spread over "
    "December and January.",
    "We shouldn't be paying for the second visit. Could we spread the rest over two months?",
])
def test_not_the_full_price_for_what_went_wrong_is_a_contest(body: str) -> None:
    check(body, DISPUTE)


def test_cannot_pay_in_full_is_still_a_plan() -> None:
    check("Sorry, we can't pay in full right now. Could we spread it over two months?", PLAN)


# --- 21. probe_l: a note that asks for a call about bookings, plans in halves of time, a batch
# it sits in, a resend -----------------------------------------------------------------------
def test_a_call_before_a_booking_change_is_no_request_to_stop_reminders() -> None:
    j = decide(CaseBundle(make_case(
        emails=[email("It will be paid on 15 December 2026.")],
        customer={"Notes": "Prefers a phone call before any big booking change."})), Policy())
    assert j.route.value == "none", j.reasons


@pytest.mark.parametrize(("body", "want"), [
    ("Money is tight this month. Would part now and part later work for you?", PLAN),
    ("Mark has signed it off now and it's sat in the BACS batch for 29/12/2026.", HOLD),
    ("sorry been poorly all week. will b paid 18/12/2026 cheers", HOLD),
    ("Resending, this bounced from your old address.\n\nIt will be paid on 15 December 2026.",
     HOLD),
    ("I'm not asking for anything off the price, just the timing. Could we spread it over three "
     "months?", PLAN),
])
def test_probe_l_wordings(body: str, want: tuple[Route, Outcome]) -> None:
    check(body, want)


# --- 22. probe_m/n: steps and notices that are no payment; their own trade; reassurance --------
@pytest.mark.parametrize(("body", "want"), [
    ("We have submitted the payment voucher. It will be paid on 15 December 2026.", HOLD),
    ("The invoice has gone through our project director's approval and will be paid on 15 "
     "December 2026.", HOLD),
    ("It will be paid on 15 December 2026. You'll receive another notification when the payment "
     "has been sent.", HOLD),
    ("December's been dead for us. Could we pay it in three parts?", PLAN),
    ("The boats have been tied up with the weather, no fish no money. Could we pay it in three "
     "parts?", PLAN),
    ("We remain committed to settling the amount in full. Could we pay it in three parts?", PLAN),
    ("We need a little longer than normal on this one, maybe in a few pieces.", PLAN),
    ("Could you take something now and the rest as it comes in? Cash is tight.", PLAN),
    ("Sorry for not replying sooner, everything else went out of the window. It will be paid on "
     "15 December 2026.", HOLD),
])
def test_probe_m_and_n_wordings(body: str, want: tuple[Route, Outcome]) -> None:
    check(body, want)


@pytest.mark.parametrize("body", [
    "Payment of $500.00 to Us Ltd has been processed.",
    "No repair, no pay: we'll settle once the pump works. Could we pay it in three parts?",
])
def test_a_payment_made_or_a_fix_held_is_no_hold_or_plan(body: str) -> None:
    assert judge(body) not in {HOLD, PLAN}, body


# --- 23. probe_o/q: formal openers and notices, service asks beside an act, more plans --------
@pytest.mark.parametrize(("body", "want"), [
    ("I'm writing regarding the balance on 2001. Could we pay it in three parts? Cash is tight.",
     PLAN),
    ("Cash is tight. Could we pay it in three parts? We will keep you informed.", PLAN),
    ("Fyi please send invoices to ap@ from now on. It will be paid on 15 December 2026.", HOLD),
    ("Can you put two new tyres on while it's in? It will be paid on 15 December 2026.", HOLD),
    ("They have booked the invoice and the transfer is fixed for 21-Dec-2026.", HOLD),
    ("Sorry, this one got lost in my inbox. I've popped it in for 16/12/2026, that's our next "
     "creditors run.", HOLD),
    ("It will not be possible for us to pay all of it now. Could we pay it in three parts?",
     PLAN),
    ("The full amount is not possible for us at this moment. Can you accept to divide it?", PLAN),
    ("Our customer has paid us late again and this put us in a short position. Could we pay it "
     "in three parts?", PLAN),
    ("Our budget for this term is already used up. Could we pay it in three parts?", PLAN),
    ("Hoi, kan het in een paar delen? Het hele bedrag in een keer lukt nu echt niet.", PLAN),
])
def test_probe_o_and_q_wordings(body: str, want: tuple[Route, Outcome]) -> None:
    check(body, want)


@pytest.mark.parametrize("body", [
    "Can you put two new tyres on while it's in? The last ones you fitted were bald in a month. "
    "It will be paid on 15 December 2026.",
    "The full amount is not possible until the missing cartons arrive. Can you accept to divide "
    "it?",
])
def test_the_same_with_a_claim_is_no_hold_or_plan(body: str) -> None:
    assert judge(body) not in {HOLD, PLAN}, body


# --- 24. probe_p's missed escalation: a count billed against a count done, in words, and "for
# the correct amount we pay on ..." -------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "In the invoice there is the scaffold for six weeks and the scaffold was only there four "
    "weeks. We cannot pay this amount. For the correct amount we pay on 18 December 2026.",
    "You've billed ten nights but the crew only worked seven nights. We will pay it on 18 "
    "December 2026.",
    "We'll pay once we have the corrected invoice.",
])
def test_a_count_against_a_count_or_the_correct_amount_is_a_contest(body: str) -> None:
    check(body, DISPUTE)


def test_the_full_amount_on_a_day_is_still_a_promise() -> None:
    check("We will pay the full amount on 18 December 2026.", HOLD)


# --- 25. An email of praise, small talk or a next order only: nothing in it is left unread ------
@pytest.mark.parametrize("body", [
    "Great, we'll take 25. Pick up or can your driver drop them?",
    "Thanks heaps for fitting us in, the kids are rapt.",
    "Lovely job on the front beds, the whole street noticed!",
])
def test_an_email_of_asides_only_leaves_nothing_unread(body: str) -> None:
    check(body, REMIND)


@pytest.mark.parametrize("body", [
    "Great, we'll take 25, but the last batch arrived damaged.",
    "Lovely job on the front beds, shame about the broken sprinkler.",
    "Thanks heaps for fitting us in. We paid this last week.",
    "Pick up or can your driver drop them? And please stop sending these reminders.",
])
def test_an_aside_that_turns_still_goes_to_a_person(body: str) -> None:
    assert judge(body) != REMIND, body

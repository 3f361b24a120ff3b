"""Classes of wording the rules judge lacked on the blind sets testd/teste (judge15).

Each class is tested with wordings written here, not copied from any corpus, and with hard
negatives: the same shape carrying a claim, which must still go to a person. Safety first: no
wording that should reach a person may become a draft or a hold.
"""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import email, make_case, note

HOLD = (Route.NONE, Outcome.NO_ACTION)
PLAN = (Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE)
REMIND = (Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER)
PERSON = (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)
DISPUTE = (Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)


def judge(body: str) -> tuple[Route, Outcome]:
    j = decide(CaseBundle(make_case(emails=[email(body)])), Policy())
    return j.route, j.outcome


def check(body: str, want: tuple[Route, Outcome] | set[tuple[Route, Outcome]]) -> None:
    got = judge(body)
    wanted = want if isinstance(want, set) else {want}
    assert got in wanted, (body, got)


# --- 1. The customer's standing way of paying everyone is its calendar, not a plan ----------
# (as_of 2026-11-20: a day in December is ahead)
@pytest.mark.parametrize("body", [
    "Our accounts team settles vendor invoices on the 10th of every month, so 2001 will be "
    "paid on 10 December.",
    "We'll transfer the balance on 2026/12/15 in line with our standard payment cycle of "
    "mid-month.",
    "FYI our payments get released on the 1st; yours is on the list for that run.",
])
def test_their_paying_calendar_beside_a_dated_promise_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    # a payment reported done beside the calendar is still a payment claim
    "We process supplier payments on the 20th of each month and it was paid on 10 November.",
    "Our payments get released on the 4th, it was released on 4 November.",
])
def test_a_payment_done_beside_their_calendar_still_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN


def test_a_plan_asked_beside_their_calendar_is_still_a_plan() -> None:
    check("We pay our suppliers monthly - could we pay this one in three parts?", PLAN)


# --- 2. Not able to pay it all, in any wording of the inability or the burden -----------------
@pytest.mark.parametrize("body", [
    "We can sadly not cover the whole balance this month. Could we send 200 a month instead?",
    "We're not really in a position to settle the entire amount right now.",
    "Honestly I haven't got the full sum at the moment, sorry.",
    "Paying everything now would be really tough for us after the slow autumn.",
    "Could the balance be broken up so we aren't paying it all at once?",
    # the request itself in new words
    "Would it be possible to settle this in more than one payment?",
    "Is there any wiggle room on the timing? We could manage something each month.",
    "We can't stretch to the full amount. What options would we have?",
])
def test_not_able_to_pay_it_all_is_a_plan_request(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize(("body", "want"), [
    # the size refused over goods or work: a contest
    ("We can't pay the full amount - two of the stools arrived with split seats.",
     {DISPUTE, PERSON}),
    ("We won't be paying the full amount until the dripping tap is repaired.", DISPUTE),
    # a document, not the sum: no plan
    ("We don't have the full invoice on file, can you resend it?", {REMIND, PERSON}),
])
def test_the_sum_refused_beside_a_claim_or_a_document_is_no_plan(
    body: str, want: tuple[Route, Outcome] | set[tuple[Route, Outcome]]
) -> None:
    check(body, want)


# --- 3. The customer's own story and goodwill beside a plan request --------------------------
@pytest.mark.parametrize("body", [
    "The heating bills and agency staff costs have wiped us out this winter. Could we pay this "
    "over four months? So sorry to ask.",
    "Look, we're good for it. Can we split it into three payments?",
    "The total is a lot for our little charity at once. Could we pay it in instalments? I'd "
    "rather pay you something each month than nothing.",
    "Frost killed our trade for December. Could we pay it off over two months? We still want "
    "our monthly delivery with you.",
    "Thank you for all the help this year. We ask if we could pay in three monthly parts until "
    "the balance is cleared.",
    "Our council grant is paid quarterly and the next one is late. Could we pay half now and "
    "half in January?",
    "I'd like to propose we clear the balance in two equal parts, December and January.",
])
def test_their_story_and_goodwill_beside_a_plan_request_still_draft_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    # the same shapes telling a claim about us
    "Frost killed the box hedging you planted in October. Could we pay it off over two months?",
    "Could we pay it over three months? Thank you for the work, but the invoice has the wrong "
    "rate.",
    "Could we pay in three monthly parts until the fence is finished?",
    "Can we split it into three payments? We still want our weekly delivery but the last one "
    "was short.",
    "Please clear the balance on our account and send me a statement.",
])
def test_a_claim_told_in_those_shapes_still_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, judge(body)


# --- 4. A dated promise in few words, with the pleasantries and goodwill around it -----------
@pytest.mark.parametrize("body", [
    "BACS on 4 December. Cheers",
    "Boss has signed it, it'll land in your account on Tuesday.",
    "I can confirm payment is planed for 2026-12-03.",
    "Hope the workshop isn't too hectic before Christmas! 2001 is approved and in the run for "
    "Wednesday.",
    "Really sorry, totally my fault, it got lost under the year-end paperwork. I'll transfer it "
    "on 1 December.",
    "Don't worry, it's coming - it's definitely coming on the 4th as our bank confirmed.",
    "No, no problem with the service at all! We'll pay it on 30 November.",
    "Apologies for the delay, the office has been short-handed. Payment will be made on 27 "
    "November.",
])
def test_a_dated_promise_in_few_words_or_beside_goodwill_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize("body", [
    "EFT 10 Nov.",  # a day already past when it was written: perhaps a payment made
    "Relax, it's coming.",  # no day to hold for
    "Hope the yard's not too crazy! The fence panels you fitted blew down. Paying Friday.",
    "Totally my fault, it got buried - we paid it on 10 November anyway.",
    "No problem with the work at all, but you've charged 9 hours. BACS on 4 December.",
    "It'll hit your account Monday, but only for the 3 boxes that actually arrived.",
])
def test_the_same_shapes_with_a_claim_or_no_day_go_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, judge(body)


# --- 5. A payment made, in the shapes of AP and of other countries' bank rails ---------------
@pytest.mark.parametrize("body", [
    "Paid by Interac e-Transfer on 11/09, confirmation 88231.",
    "Our bookkeeper says 2001 went into last Friday's supplier run.",
    "2001 was included in the 6 November ACH file.",
    "He sent it on 2026-11-09 via BPAY, should be there by now.",
    "I believe your records are behind: 2001 went through our supplier portal on November 10th.",
])
def test_a_payment_made_through_a_run_or_a_rail_is_a_paid_claim(body: str) -> None:
    check(body, DISPUTE)


@pytest.mark.parametrize(("body", "want"), [
    # a run or a rail still ahead promises; it reports nothing done
    ("2001 is in the ACH file for 4 December.", HOLD),
    ("We will pay it by BPAY on 30 November.", HOLD),
    # a run ahead told in the past tense: not a payment made; the run is named with its day
    # ahead, so it holds as a payment run does (judge18), or a person looks
    ("2001 was included in the 15 December run.", {PERSON, HOLD}),
    # a step through approval is not the payment
    ("2001 went through our approval process this morning.", PERSON),
])
def test_a_run_or_a_rail_ahead_is_no_paid_claim(
    body: str, want: tuple[Route, Outcome] | set[tuple[Route, Outcome]]
) -> None:
    check(body, want)


# --- 6. A complaint by what was chosen, and payment made to wait on the remedy -----------------
@pytest.mark.parametrize("body", [
    "The lanyards aren't the printed ones we approved, they're plain. We'll leave 2001 until "
    "then.",
    "The boots are not the steel-toe model we ordered.",
    "Three of the crates came with the wrong lids.",
    "The hourly rate here is not what we agree with your manager.",
    "Kindly issue a corrected invoice and then we will pay.",
    "Do not expect 2001 to be settled before this has been repaired.",
    "We need the leak sorted before 2001 is paid.",
    "We are waiting for your reply before we make any payment on the damaged panels.",
    "The scanner hasn't actually been scanning since the update.",
    "Your invoice says 40 hours but the timesheets we signed have 31 hours.",
])
def test_a_complaint_by_what_was_chosen_or_a_payment_held_for_the_remedy_is_a_dispute(
    body: str,
) -> None:
    check(body, DISPUTE)


@pytest.mark.parametrize(("body", "want"), [
    # the defect told as sorted resolves; turned again, it stays a dispute
    ("The chipped mugs were replaced last week, thanks.", {REMIND, PERSON}),
    ("The chipped mugs were replaced but the new ones are chipped too.", DISPUTE),
    # a paid claim taken back by the clause after it
    ("Sorry, I told you 2001 was paid but that was another supplier. I'll chase our AP.",
     {REMIND, PERSON}),
    # a paid claim restated stands
    ("As I told you, 2001 was paid on 3 November.", DISPUTE),
])
def test_a_defect_or_a_claim_taken_back(
    body: str, want: tuple[Route, Outcome] | set[tuple[Route, Outcome]]
) -> None:
    check(body, want)


@pytest.mark.parametrize("body", [
    # a promise denied is a refusal to pay, never a harmless reading: it went to a draft before
    "Please don't expect 2001 to be paid.",
    "Do not expect payment from us this month.",
])
def test_a_denied_promise_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, judge(body)


def test_a_promise_reported_in_a_collectors_note_holds() -> None:
    raw = make_case(crm_notes=[note("Rang their office, spoke to Priya. She said it would be "
                                    "paid on 4 December.")])
    j = decide(CaseBundle(raw), Policy())
    assert (j.route, j.outcome) == HOLD, j.reasons


def test_a_reply_that_only_acknowledges_says_nothing() -> None:
    check("Got your reminders, will have a look at it next week.", REMIND)


# --- 7. The plan talked through beside its request: its span, its count, leave to pay so ------
@pytest.mark.parametrize("body", [
    "Would you mind if we paid it over January and February?",
    "Would it be okay if I settled this across three months? Our rent went up.",
    "We can't manage it all now. I've put together a proposed plan, December to April.",
    "Could we pay it in instalments? Perhaps 4?",
    "We're waiting on the retention release from the main contractor and until then we're "
    "stretched. Could we pay this in two parts?",
    "Our director has been on medical leave since October. Could we pay over three months?",
    "We'd like to keep our services with you. Can we pay it in three parts?",
    "The couple who hired us for the wedding still owe us. Can we pay in smaller amounts "
    "monthly? Ring me if you want.",
    "We'd like to propose paying something each month - what would you need from us?",
])
def test_the_plan_talked_through_beside_its_request_drafts_the_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "call me",  # a request, not an offer to talk
    "Could we pay it in instalments? Perhaps 4? The last two deliveries were short.",
    "Would you mind if we paid it over January and February? Your crew left the gate broken.",
    "We'd like to keep our services with you, but the invoice has the wrong rate. Can we pay in "
    "three parts?",
])
def test_beside_a_plan_a_claim_or_a_bare_request_still_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, judge(body)


# --- 8. A promise in the present for the future, a day by its channel, a transfer dated ahead -
@pytest.mark.parametrize("body", [
    "My partner do the payment on 30 November when he come back from his trip.",
    "The payments of this month we make together on 27/11. Your invoice is include.",
    "Friday 27/11 via BACS.",
    "The transfer is dated 2026-11-30 in our bank, we forward-date to match our cash plan.",
    "Per our company rule, invoices received in October are paid at the end of the following "
    "month. So this one will be paid on 30 November.",
    "Payment released for 27/11, full balance.",
])
def test_a_promise_in_these_shapes_holds(body: str) -> None:
    check(body, HOLD)


@pytest.mark.parametrize(("body", "want"), [
    ("We'll pay once your team comes back and finishes the fence.", {DISPUTE}),
    ("Friday 13/11 via BACS.", {PERSON, DISPUTE}),  # a day already past
    ("The transfer was dated 2026-11-10.", {PERSON, DISPUTE}),
    ("Invoices received in October are paid at the end of the month, and this one was paid on "
     "30 October.", {PERSON, DISPUTE}),
    ("Payment released on 10 November.", {DISPUTE}),
])
def test_the_same_shapes_past_or_with_a_remedy_go_to_a_person(
    body: str, want: set[tuple[Route, Outcome]]
) -> None:
    check(body, want)


# --- 9. Payment waiting on us, charges nobody agreed, a payment told in AP's words ------------
@pytest.mark.parametrize("body", [
    "We can't pay 2001 before you reissue it with our PO.",
    "We will pay the labour once you take off the two call-out fees.",
    "We are not in a position to settle this as invoiced.",
    "The rush surcharge was never discussed with us and wasn't on the quote.",
    "I don't feel the invoice reflects what was actually done.",
    "We'd expect that to be reflected in a revised bill.",
    "We can't authorise payment of the balance until this has been looked at.",
])
def test_payment_waiting_on_us_or_a_charge_nobody_agreed_is_a_dispute(body: str) -> None:
    check(body, DISPUTE)


@pytest.mark.parametrize("body", [
    "All our invoices with you were settled in full by 30 October.",
    "This one was paid with the deposit we left at pick-up.",
    "Cheque 10442 cleared our account on 11/05.",
    "Our records show payment to you via ACH on November 16.",
    "It should already be with you, the batch ran on the 13th.",
])
def test_a_payment_told_in_ap_words_is_a_paid_claim(body: str) -> None:
    check(body, DISPUTE)


@pytest.mark.parametrize(("body", "want"), [
    # the same words ahead of time promise
    ("This one will be paid on 30 November.", HOLD),
    ("Our MD signs on Tuesday, it should be with you by Thursday 26 November.", HOLD),
    # waiting on us for something that is no remedy: never a draft
    ("We'll pay once you send your bank details.", {PERSON, DISPUTE}),
])
def test_the_same_words_ahead_or_without_a_remedy(
    body: str, want: tuple[Route, Outcome] | set[tuple[Route, Outcome]]
) -> None:
    check(body, want)


# --- 10. A payment notice pays the invoices it lists; its field lines are its furniture -------
OTHER_NOTICE = ("REMITTANCE ADVICE - Acme Supplies\nPayment date: 16/11/2026   Method: ACH\n"
                "Invoice ref     Amount\n1990            310.00\nTotal paid      310.00")


def test_a_notice_that_lists_only_another_invoice_claims_nothing_of_this_one() -> None:
    check(OTHER_NOTICE, REMIND)


@pytest.mark.parametrize("body", [
    OTHER_NOTICE.replace("1990", "2001"),  # it lists this invoice: a payment claim
    OTHER_NOTICE + "\nWe also paid 2001 by ACH last week.",
])
def test_a_notice_that_lists_this_invoice_is_a_paid_claim(body: str) -> None:
    check(body, DISPUTE)


def test_a_claim_beside_a_notice_of_another_invoice_still_goes_to_a_person() -> None:
    body = OTHER_NOTICE + "\nNote: the chairs on the new delivery arrived broken."
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, judge(body)


def test_a_notice_of_this_invoice_with_a_value_date_ahead_holds() -> None:
    check("Dear Supplier,\nPlease be informed that your invoice(s) listed below have been "
          "released for payment. Value date: 2026-11-27.\nInvoice: 2001   Amount: $500.00\n"
          "This is an automated message. Do not reply.", HOLD)


# --- 11. The customer's own season, money and organisation read as a contest ----------------
@pytest.mark.parametrize("body", [
    "January is our dead season. Could we pay this monthly until March?",
    "The long and short of it: could we pay it in smaller amounts?",
    "We're still waiting on the council grant. Could we pay this over the next two months "
    "rather than one lump?",
    "Our parent company has frozen large payments until the merger is complete. Could you accept "
    "it in three parts?",
    "Sorry, we can't pay in full. Could we arrange something?",
])
def test_their_own_season_money_or_organisation_beside_a_plan_request_drafts_the_plan(
    body: str,
) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "The plants you delivered are dead. Could we pay this monthly?",
    "We're still waiting for the second pallet. Could we pay it in smaller amounts?",
    "We ordered 40 units and received 32 rather than 40. Could we pay in two parts?",
    "We'll only pay once the roof you fitted is completed. Can we pay in three parts?",
])
def test_the_same_words_about_our_goods_or_work_still_contest(body: str) -> None:
    check(body, DISPUTE)


def test_a_promise_scrapped_for_a_plan_asks_for_the_plan() -> None:
    raw = make_case(emails=[
        email("We'll pay 2001 in full on 4 December.", date="2026-11-10T10:00:00-08:00"),
        email("Scrap what I said about Dec 4, the money hasn't come through. Could we split it "
              "over two months?"),
    ])
    j = decide(CaseBundle(raw), Policy())
    assert (j.route, j.outcome) == PLAN, j.reasons


# --- 12. The customer's own slips and admin, a plan only supposed, paying as normal ----------
@pytest.mark.parametrize("body", [
    # a plan supposed for later work asks nothing of this invoice
    "If spring is slow we may need to ask about spreading payments on future orders, but this "
    "one we'll pay as normal.",
    "Could the invoice be split by cost centre (kitchen vs bar)?",
    "Sorry, I pasted the wrong thing earlier. Please ignore it.",
    "Thanks for sending the credit note for the missed visit.",
    "We're fine for now. Thanks!",
])
def test_their_own_slips_and_admin_draft_no_plan_and_contest_nothing(body: str) -> None:
    check(body, {REMIND, PERSON})


@pytest.mark.parametrize(("body", "want"), [
    # a plan asked for this invoice is still a plan
    ("Could we spread the payments on this one over two months?", {PLAN}),
    # the wrong thing is ours: a contest
    ("Sorry to say your driver delivered the wrong tiles.", {DISPUTE}),
    ("Could you split the invoice by cost centre? Also the hours on it are wrong.", {DISPUTE}),
    ("Please send a credit note for the missed visit.", {DISPUTE}),
])
def test_the_same_words_about_this_invoice_or_our_work_still_count(
    body: str, want: set[tuple[Route, Outcome]]
) -> None:
    check(body, want)


# --- 13. Hard negatives across the new frames: a claim beside any of them goes to a person ----
@pytest.mark.parametrize("body", [
    "We process supplier payments on the 20th of each month. The last delivery was missing two "
    "boxes.",
    "Our payments are released on the 4th but yours went out on 4 November already.",
    "We can't pay the full amount because the tiles were cracked on arrival.",
    "We're not in a position to pay the full amount, the crew only worked 3 of the 6 hours.",
    "The whole amount at once would hurt, and frankly the work wasn't finished.",
    "Could we pay over three months? Your installer broke our gate.",
    "I'd rather pay you something than nothing, but the invoice is wrong.",
    "Look, we're good for it, but you charged us twice.",
    "Relax, it's coming, we paid it last week.",
    "No problem with the work at all, but we already paid this on the 3rd.",
    "Hope the yard's not too crazy! We sent the cheque on Monday.",
    "Totally my fault, it got buried. Anyway the invoice has the wrong PO.",
    "EFT 4 Dec, minus the damaged pallet.",
    "It'll hit your account Monday once the missing parts arrive.",
    "He said it would be paid 14 December, but only if the repairs are done.",
    "Got your reminders, will have a look at it next week, the hours look high though.",
    "Thanks for the services. The invoice double-charges the call-out.",
    "Our funding is paid termly, and we paid this invoice from it in October.",
    "Please don't expect payment until the roof stops leaking.",
    "We'll pay once you send the corrected invoice.",
    "Our records show payment was made on 3 November.",
    "REMITTANCE ADVICE\nInvoice ref Amount\n1990 310.00\nThe new invoice 2001 is wrong, we were "
    "overcharged.",
    "Could the invoice be split by department? We dispute the second line.",
    "Sorry, pasted the wrong thing. The actual issue: the pump you fitted has stopped working.",
    "Thanks for sending the credit note, but it doesn't cover the missed visits.",
    "We're fine for now. The new units you installed are leaking though.",
    "Ring me if you want, we're not paying until the leak is fixed.",
    "Same again in two weeks? The last box was short.",
    "Say 3? We had to redo half your work.",
    "The transfer is dated 2026-11-30 but we're deducting the broken chair.",
    "My son do the payment on Sunday when he come back, only for the items that arrived.",
    "Invoices received in October are paid at month end but yours was already paid.",
    "Friday 27/11 via BACS, less the credit you owe us.",
    "We still want our weekly order but the last three were short.",
    "Winter killed the shrubs you planted.",
    "The long and short of it: the work isn't finished.",
    "We're still waiting on the replacement parts. Could we pay in two parts?",
    "Our new owners froze payments until the broken lift is repaired by your team.",
    "Scrap what I said about Dec 4 - we won't pay until the fence is fixed.",
    "Could we arrange something? The delivery was damaged.",
    "I told you last week this was paid but that was actually a different supplier. Also your "
    "invoice has the wrong rate.",
])
def test_a_claim_beside_any_new_frame_never_drafts_or_holds(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, judge(body)


# --- 14. The promise said as a word; an earlier message taken back; the bill still open ------
def test_a_bare_promise_with_its_day_beside_it_holds() -> None:
    check("Friday the 27th. Promise.", HOLD)


def test_a_bare_promise_without_a_day_goes_to_a_person() -> None:
    assert judge("Promise.")[0] is Route.ESCALATE_TO_HUMAN


def test_an_earlier_paid_claim_taken_back_lifts_the_claim() -> None:
    raw = make_case(emails=[
        email("I think 2001 was paid on the 12th?", date="2026-11-16T10:00:00-08:00"),
        email("Please ignore my email from Monday saying we had paid - wrong supplier. This one "
              "is still outstanding on our side."),
    ])
    j = decide(CaseBundle(raw), Policy())
    assert j.outcome is not Outcome.LIKELY_DISPUTE, j.reasons


def test_goods_still_outstanding_are_still_a_complaint() -> None:
    check("Two of the six chairs are still outstanding.", DISPUTE)


# --- 15. The next part repeated, an arrangement to work out, a rain-out that befell them -----
def test_the_next_part_repeated_beside_a_running_plan_drafts_the_plan() -> None:
    check("Another 400 sent today. Same again next month, is that ok?", PLAN)


@pytest.mark.parametrize("body", [
    "The wash-out on Sunday killed our takings and we're still counting losses. We'll need to "
    "work out some sort of arrangement to get you paid.",
    "can you give me til the new year? or I can do something each month.",
])
def test_their_misfortune_and_an_arrangement_to_work_out_ask_for_a_plan(body: str) -> None:
    check(body, PLAN)


@pytest.mark.parametrize("body", [
    "Another 400 sent today. The hedge is brown again.",
    "The rain-out on Sunday flooded the trench your crew left open. We'll need to work out some "
    "sort of arrangement.",
])
def test_a_defect_beside_those_words_still_goes_to_a_person(body: str) -> None:
    assert judge(body)[0] is Route.ESCALATE_TO_HUMAN, judge(body)


def test_every_lexicon_pattern_keeps_a_gate() -> None:
    # A pattern without a gate runs on every clause (the bench's cost per case): each new
    # frame must keep a literal every match holds.
    from core.domain.evidence_lexicon import GATED

    open_gates = [label for entries in GATED.values() for label, _, gate in entries if gate.open]
    assert open_gates == []

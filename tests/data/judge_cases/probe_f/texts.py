"""Hand-written customer messages for probe_f (one text per list entry).

Worlds: cpt = a commercial printing press in Cape Town (ZAR, some USD invoices), van = a yoga and
fitness equipment supplier in Vancouver (CAD, some USD invoices), bne = a plumbing merchant in
Brisbane (AUD, some NZD invoices).

Placeholders filled by build.py: {inv} invoice number, {bal} open balance with currency,
{date} / {date2} a date in the entry's format, {first} our collector's first name, {us} our company.
Entry: (world, date format or "", subject, body).
"""
from __future__ import annotations

# Promises to pay, every one dated after as_of (build.py picks the date; fmt says how it is written).
PROMISES: list[tuple[str, str, str, str]] = [
    ("cpt", "iso", "Re: Invoice {inv}", "Payment scheduled for {date}. Thanks."),
    ("cpt", "dmy", "Re: Statement - Tafelberg Press",
     "Good morning\n\nApologies for the silence, it has been mad here with the year-end rush and "
     "half the office already on leave. I have loaded invoice {inv} for {bal} and it will be "
     "released on {date} with our next EFT batch.\n\nHope the presses are surviving December!\n\nKind regards"),
    ("cpt", "dmy_dot", "RE: overdue {inv}",
     "Dear Sir/Madam\n\nWe acknowledge receipt of your reminder. Please be advised that the amount "
     "of {bal} has been approved and will be paid on {date}.\n\nYours faithfully\nCreditors Department"),
    ("cpt", "weekday", "Re: Your invoice {inv}",
     "Sorry sorry, my fault, it was sitting in my inbox. I will pay it on {date} when I'm back in the office."),
    ("cpt", "words", "Payment advice",
     "Goeie dag {first}\n\nI am writing for the bakery. We pay your invoice {inv} on {date}, the "
     "money from our Christmas orders comes in before that. Sorry for the late, we are not so good "
     "with the admin.\n\nDankie"),
    ("cpt", "mon_d", "Re: Invoice {inv} from Tafelberg Press",
     "Hi there, Harbor & Vine AP here. This one is queued for our international wire run on {date}. "
     "The transfer goes out in USD from our Bank of America account, so allow a couple of days for "
     "it to land."),
    ("cpt", "ord", "Fwd: posters invoice",
     "---------- Forwarded message ---------\nFrom: Lindiwe\nTo: accounts\n\nCan you sort out the "
     "Tafelberg invoice please, they've reminded us.\n\n----------\n\nHi {first}, accounts here. "
     "Lindiwe passed this on. We'll pay {inv} on {date}, that's our last run before we close."),
    ("cpt", "dd_mon_yy", "Remittance schedule notification",
     "This is an automated notification from Sage Pay Run.\n\nSupplier: Tafelberg Press (Pty) Ltd\n"
     "Document: {inv}\nAmount: {bal}\nScheduled payment date: {date}\nStatus: Approved - awaiting "
     "release\n\nPlease do not reply to this message."),
    ("cpt", "short_wd", "Re: Friendly reminder",
     "Hey {first}! Totally on it. Money goes across {date}, promise. Loved the new menus btw, the "
     "foil on the cover is gorgeous."),
    ("van", "mdy_long", "Re: Invoice {inv}",
     "Hi {first},\n\nThanks for the nudge and sorry for the delay on this one. Our bookkeeper only "
     "comes in twice a month, and she's set {inv} up for {date}.\n\nNamaste and happy holidays,"),
    ("van", "mdy_slash", "Payment for the reformers",
     "Hello, we will e-transfer the {bal} on {date}. Thank you for your patience with us."),
    ("van", "dfull", "RE: Past due notice - {inv}",
     "Good afternoon,\n\nPlease note that invoice {inv} has been approved for payment and is "
     "scheduled for our cheque run on {date}. Cheques are mailed the same day.\n\nRegards,\n"
     "Accounts Payable | Burnaby Parks & Recreation"),
    ("van", "weekday", "re: mats invoice",
     "sorry!! totally slipped my mind with the studio move. paying it on {date} when the class pass "
     "money clears"),
    ("van", "mon_d", "Bill.com: Payment scheduled",
     "Rainier Barre Studio has scheduled a payment to Coastline Flow Supply Inc.\n\nInvoice #: {inv}\n"
     "Amount: {bal}\nEstimated arrival: {date}\nPayment method: ACH\n\nThis is an automated message "
     "from Bill.com. Questions? Contact the payer directly."),
    ("van", "iso", "Re: Reminder: invoice {inv} is past due",
     "Hi {first}, we are just back from our retreat season. I have confirmed with our owner, payment "
     "for {inv} will be made {date} by wire. Thank you for understanding. My english is not so good, "
     "sorry if confusing."),
    ("van", "long", "Quick update",
     "Hi {first}, hope all is well at Coastline! Busy time for us with the new year memberships "
     "about to start. Just so you know, {inv} will be paid in full on {date}. Also, do you have the "
     "cork blocks back in stock? Our members keep asking."),
    ("van", "ord", "Re: Invoice {inv} - kettlebells",
     "Apologies - I was off sick last week and things piled up. It's approved and goes out on {date}."),
    ("van", "ymd_slash", "Re: 付款 / payment",
     "Dear {first}, thank you for your email. Our company will arrange the payment of {bal} on "
     "{date}. We are sorry for the delay because our accountant was travel to Taipei.\n\nBest regards"),
    ("bne", "dmy", "Re: INV {inv}",
     "mate sorry bout that, been flat out on the Logan job. Ill pay it {date}"),
    ("bne", "long", "Account - Redcliffe Plumbing & Gas",
     "Hi {first},\n\nThanks for your patience. I've spoken to the boss and he's happy for the full "
     "{bal} to go through on {date}. That's when our progress payment from the builder lands.\n\n"
     "Regards\nSharon\nOffice Manager"),
    ("bne", "short_wd", "RE: Overdue invoice {inv}",
     "G'day {first}, got your email. Paying this {date} with the rest of the supplier bills. Ta."),
    ("bne", "dmy_dot", "Zahlung / payment {inv}",
     "Hello, I am the new bookkeeper at Sunnybank Bathrooms. I find your invoice {inv} in the pile. "
     "It will be paid on {date}. Excuse me, I am still learning your system of the office."),
    ("bne", "weekday", "re: reminder",
     "Yep all good, {date} it's yours. Cheers {first}"),
    ("bne", "iso", "Payment confirmation - Tauranga Plumbing Ltd",
     "Kia ora {first}\n\nWe've approved {inv} for {bal}. It goes out in our international "
     "payments batch on {date} in NZD, as invoiced.\n\nNgā mihi\nAccounts Team"),
    ("bne", "words", "Re: Friendly reminder - {inv}",
     "Hi {first}, sorry, I was sure we had done this one. My mistake. It's booked for payment on "
     "{date} and I'll send the remittance when it goes."),
    ("bne", "mon_d", "Xero: Bill scheduled for payment",
     "Ipswich Hot Water Services has scheduled a bill payment.\n\nTo: Moreton Bay Plumbing Supplies "
     "Pty Ltd\nReference: {inv}\nAmount due: {bal}\nPlanned payment date: {date}\n\nThis email was "
     "sent automatically from Xero on behalf of Ipswich Hot Water Services."),
    ("bne", "dfull", "Re: Invoice {inv} from Moreton Bay Plumbing Supplies",
     "Dear {first},\n\nFurther to our phone conversation this morning, I confirm that invoice {inv} "
     "will be settled in full on {date}.\n\nKind regards\nPeter Nguyen\nFinancial Controller"),
]

# Dated promises that a careful person could also read as a request for time or instalments:
# accepted as the promise gate or a plan draft (../README.md conventions).
PROMISE_OR_PLAN: list[tuple[str, str, str, str]] = [
    ("cpt", "long", "Re: Invoice {inv}",
     "Hi {first}, can we do half of {bal} on {date} and the rest on {date2}? That's what the cash "
     "flow allows right now."),
    ("van", "ord", "Re: overdue",
     "Would it be OK if we settle this by {date}? Not trying to dodge it, the studio just needs "
     "until then."),
    ("bne", "dmy", "INV {inv}",
     "Can pay $500 off it on {date} and clear the lot on {date2} if that works for you."),
]

# Asking for more time or to pay in parts, worded indirectly, no dates.
HARDSHIP: list[tuple[str, str, str, str]] = [
    ("cpt", "", "Re: Invoice {inv}",
     "Hi {first}\n\nI'll be honest with you, the festive season has been much quieter than we "
     "hoped and the tills aren't where they should be. Would it be possible to pay this off in "
     "a few smaller amounts rather than all at once?\n\nThanks for understanding"),
    ("cpt", "", "Account",
     "Could we split {inv} over a couple of months?"),
    ("cpt", "", "RE: Reminder {inv}",
     "Dear {first}\n\nThank you for your reminder. Our funding from the Lottery grant has been "
     "delayed and, as a non-profit, we do not have reserves to cover {bal} in one payment at "
     "present. We would be grateful if you would consider accepting monthly contributions until "
     "the balance is cleared.\n\nYours sincerely\nTrust Administrator"),
    ("cpt", "", "Re: programmes for the run",
     "Hi {first}, the show closed early (ticket sales, don't ask). We want to pay you, you've been "
     "great, but the whole amount at once would sink us. Is there some way we can chip away at it?"),
    ("cpt", "", "Re: Invoice {inv} / Harbor & Vine",
     "Hi, this is Tom at Harbor & Vine. Our container was held at the port for three weeks and "
     "we're waiting on the stock to sell through. We can't clear {bal} in full right now. Can we "
     "send part now and the remainder a bit later?"),
    ("cpt", "", "Hallo {first}",
     "Hallo {first}, is it possible we get a little more time for {inv}? The season start late "
     "this year and the money is not yet in. We pay, but not now everything."),
    ("cpt", "", "Re: Outstanding - signage",
     "Morning\n\nOne of our biggest clients went under last month and owed us a fortune, so we're "
     "a bit stuck. Would you be open to spreading the signage invoice over a few payments?\n\n"
     "Regards\nDurbanville Motors - Accounts"),
    ("cpt", "", "Re: Statement",
     "Hi {first}. Thanks for the statement. Honestly we're going to need a bit longer on this "
     "one, load shedding has killed our trading hours this month. Sorry."),
    ("cpt", "", "Re: wine labels",
     "Good day {first}\n\nHarvest costs have come in early and our cash is tied up in the cellar "
     "until the new vintage ships. I'd rather be upfront: we're not able to settle the label "
     "invoice in one go. Could we arrange something in stages?\n\nWarm regards\nEstate Manager"),
    ("cpt", "", "Re: Invoice {inv}",
     "we can do something small every week if thats ok. cant do the full amount"),
    ("van", "", "Re: Invoice {inv}",
     "Hi {first},\n\nI hope you're well. I wanted to reach out before this gets awkward: our "
     "January renewals haven't come through the way we planned and we're a little stretched. "
     "Would Coastline be open to us paying {inv} in instalments?\n\nWith gratitude,"),
    ("van", "", "the bikes",
     "Any chance we can have some extra time on the spin bikes invoice? It's been a slow fall."),
    ("van", "", "RE: Past due: {inv}",
     "Good morning,\n\nWe have received your notice. Due to a delay in our provincial funding "
     "transfer, the Centre is unable to remit the full amount of {bal} at this time. We would like "
     "to propose payment in several parts and would appreciate your flexibility.\n\nSincerely,\n"
     "Finance Office, North Shore Physio & Rehab"),
    ("van", "", "Re: reminder",
     "Honestly {first} we are really struggling since the flood in the basement studio. Can we work "
     "something out? Maybe smaller payments?"),
    ("van", "", "Re: Invoice {inv} - Squamish Climb",
     "Hey {first}, quick one. Our insurance payout is taking forever, so paying the whole thing in "
     "one hit isn't realistic right now. Could we break it up?"),
    ("van", "", "Payment",
     "Dear {first}, we want to pay but at the moment we are not able to pay all. Can we pay part "
     "every month? Our retreat has less guests this winter. Thank you very much for help."),
    ("van", "", "Re: Your statement from Coastline Flow Supply",
     "Hi,\n\nThanks for sending this through. Things have been tight since we opened the second "
     "location, so I'm hoping you can give us a little breathing room on {inv}. We'll keep "
     "ordering, we love the gear.\n\nAll the best,\nMaya"),
    ("van", "", "Re: Invoice {inv}",
     "We're a small co-op and the rowing machines were a big purchase for us. Could we pay this "
     "off gradually instead of in one lump sum?"),
    ("van", "", "RE: Reminder",
     "Hi {first} - I'm going to be straight with you, we don't have the full {bal} right now. "
     "What can we do?"),
    ("van", "", "Re: Rose City CrossFit - invoice {inv}",
     "Hey, the exchange rate has not been kind to us this quarter and the USD invoice hurts. "
     "Any flexibility on timing? We'd appreciate it."),
    ("bne", "", "Re: INV {inv}",
     "Hi {first}, the builder on the Carindale job still hasn't paid our last two claims so we're "
     "short this month. Can we pay your invoice off bit by bit?"),
    ("bne", "", "Account",
     "need a bit more time on this one sorry mate. wet weather has stopped work for weeks"),
    ("bne", "", "RE: Overdue account - Logan Drainage Co",
     "Dear {first}\n\nWe write regarding the above account. Owing to a shortfall in our "
     "receivables this quarter, we are not in a position to discharge the balance of {bal} in a "
     "single payment. We respectfully request that you consider an arrangement whereby the "
     "balance is paid in instalments.\n\nYours faithfully\nDirector"),
    ("bne", "", "Re: reminder {inv}",
     "Hi, sorry I dont want to be a pain but is there any way we can pay some now and some later? "
     "Been a rough few months with the ute breaking down."),
    ("bne", "", "Re: Invoice {inv}",
     "Hello {first}, business is very slow since November, not many jobs. We can not pay all one "
     "time. Please, can we pay some each fortnight? Sorry for trouble."),
    ("bne", "", "Re: Hot water units",
     "Hi {first},\n\nHope you had a good weekend. Bit of an awkward one. Our biggest customer has "
     "moved to 90 day terms on us, which has left a hole in our cash flow. Would you consider "
     "letting us stagger the payment on {inv}?\n\nCheers\nDaz"),
    ("bne", "", "Re: Statement - Hamilton Drainlayers",
     "Kia ora, we had an unexpected tax bill from IRD land on us. We'll need a little longer to "
     "get your invoice paid. Appreciate your patience."),
    ("bne", "", "FW: overdue",
     "Forwarding from the boss:\n\n> Tell Moreton Bay we can't do the full lot right now, ask if "
     "they'll take it in chunks.\n\nSo, um, that. Would that work?"),
    ("bne", "", "Re: INV {inv}",
     "Would a payment arrangement be possible? Money's tight until the body corporate pays us."),
    ("bne", "", "Re: Invoice {inv}",
     "Hi {first}, really appreciate the gear you sent on short notice for the Redcliffe job. "
     "Cash is the issue right now, not the will. Is it okay if I pay the account down over the "
     "next little while instead of in one go?"),
]

# Harmless recent messages that ask or contest nothing about this invoice.
ROUTINE: list[tuple[str, str, str, str]] = [
    ("cpt", "", "Thank you!", "Thanks {first}, the calendars arrived this morning. Everyone loves them."),
    ("cpt", "", "Automatic reply: Invoice {inv}",
     "Thank you for your email. I am out of the office until 6 January 2027 with limited access "
     "to email. For urgent matters please contact reception on 021 555 0142."),
    ("cpt", "", "New contact for accounts",
     "Hi {first}\n\nPlease note I'm leaving Sea Point Dental at the end of the month. Going "
     "forward please address all statements to our practice manager, Aisha, at "
     "admin@seapointdental.example.\n\nIt's been a pleasure working with you."),
    ("cpt", "", "Quote request",
     "Hi {first}, could you quote us for 500 A5 flyers, full colour both sides, 170gsm gloss? "
     "We need them for a January event."),
    ("cpt", "", "Re: proofs",
     "Proofs look great, go ahead and print the next batch of coasters. Thanks!"),
    ("van", "", "Happy holidays!",
     "Wishing the whole Coastline team a restful holiday season. Thank you for another great year "
     "of working together."),
    ("van", "", "Out of Office",
     "I'm currently away leading our winter retreat in Tofino and will reply when I'm back. "
     "For bookings, please email hello@kitsyoga.example."),
    ("van", "", "Question about resistance bands",
     "Hi {first}, do you carry latex-free resistance bands? One of our clients has an allergy. "
     "Also, what's the lead time on the heavy set?"),
    ("van", "", "Change of address",
     "Hello, just letting you know our studio has moved to 2145 Main Street, Unit 4. Please update "
     "the delivery address for future orders. Thanks!"),
    ("van", "", "Re: delivery",
     "Got the foam rollers, thanks a lot. Driver was super friendly."),
    ("bne", "", "Re: order 4471",
     "Cheers {first}, the pipe fittings came today. Can you let me know if you've got 100mm PVC "
     "elbows in stock for next week?"),
    ("bne", "", "Auto-reply: on leave",
     "I am on annual leave until Monday 12 January with no access to email. Please contact "
     "office@ipswichhotwater.example for anything urgent."),
    ("bne", "", "New email for invoices",
     "Hi, from now on please send all invoices to accounts@sunnybankbathrooms.example instead of "
     "my personal address. Thanks."),
    ("bne", "", "Trade night",
     "Thanks for the invite to the trade night {first}, two of us will come along. Do we need to "
     "RSVP anywhere?"),
    ("bne", "", "Re: Invoice {inv}",
     "Received, thank you."),
]

# Hard negatives. Each entry has its own label in build.py.
MIXED: dict[str, tuple[str, str, str, str]] = {
    # a promise taken back: no date stands any more
    "retracted_promise": ("cpt", "long", "Re: Invoice {inv}",
        "Hi {first}, earlier in the week I told you we would pay on {date}. Please ignore that, our "
        "MD has put all payments on hold until she's back and I can't give you a date now. Sorry."),
    # a hypothetical about payment plans that does not ask for one
    "hypothetical_plan": ("van", "", "Question",
        "Hi {first}, out of curiosity, if a studio ever needed to pay in instalments for a big "
        "order, is that something you do? Not asking for this invoice, just planning for the "
        "reformer upgrade next year."),
    # a plan explicitly declined
    "negated_plan": ("bne", "", "Re: payment options",
        "Thanks for the offer of a payment plan {first} but we don't need it, no extra time "
        "needed either. Just got behind on the paperwork."),
    # promise dated before as_of
    "expired_promise_1": ("cpt", "dmy", "Re: {inv}",
        "Will pay on {date}. Thanks for your patience."),
    "expired_promise_2": ("bne", "mdy_long", "Re: INV {inv}",
        "No worries, it's all approved. Goes out {date} with that week's supplier run."),
    # plan request beside a complaint about the goods / work
    "complaint_plan_1": ("cpt", "", "Re: Invoice {inv}",
        "Hi {first}\n\nTwo things. First, about a third of the annual reports came back with the "
        "pages bound upside down, so we can't hand those out. Second, even for the good ones, "
        "could we pay in a few parts? Money is tight this month."),
    "complaint_plan_2": ("van", "", "Re: the mats",
        "Hi, six of the twenty mats arrived torn along the edge and the smell hasn't gone after "
        "two weeks. We're not paying for those. For the rest, could we spread it over two or "
        "three months?"),
    # a plan request at >= 60 days past due
    "plan_60": ("bne", "", "Re: Final notice",
        "Can we pay it off in bits? Things are tough, sorry it's taken so long."),
    # a dated promise at >= 60 days past due
    "promise_60": ("van", "iso", "Re: Overdue account",
        "Apologies for how long this has taken. It will be paid on {date}."),
    # a plan request sent after the current stage was already reminded
    "plan_after_reminder": ("cpt", "", "Re: Second reminder",
        "Hi {first}, would you allow us to pay this one off over a few months? Cash is really "
        "short since the office move."),
}

# Promise / plan texts that sit under a hard stop (class hard_stop).
HARD_STOP: dict[str, tuple[str, str, str, str]] = {
    "legal_hold": ("bne", "", "Re: Account",
        "Hi {first}, our accountant has told us the company is insolvent and he's working out what "
        "happens next. We'd like to pay you off slowly if we're allowed to. Sorry."),
    "open_dispute": ("van", "mdy_long", "Re: Invoice {inv}",
        "As agreed on the phone, we'll pay {inv} on {date}."),
    "over_risk_threshold": ("cpt", "iso", "Re: Print run invoice {inv}",
        "Hello {first}, the print run invoice is approved and our wire goes out {date}."),
    "unapplied_credit": ("van", "", "Re: Invoice {inv}",
        "Could we have a bit more time on this one? The new studio fit-out ate our budget."),
    "missing_context": ("bne", "short_wd", "Re: invoice",
        "Paying this {date}, sorry for the wait."),
}

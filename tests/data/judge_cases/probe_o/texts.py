"""Hand-written customer messages for probe_o. One text per entry, as (world, text).

Worlds: "brew" = Cascade Keg & Brewhouse Supply, Portland OR (home USD, CAD to Vancouver);
"float" = Waikato Float & Trailer Works, Hamilton NZ (home NZD, AUD to Australia);
"av" = Sablon AV & Interpretation, Brussels (home EUR, GBP to London agencies).
First line "S: ..." is the subject; an optional "F: ..." line gives a sender address (AP tools).
Placeholders: {doc} invoice number, {bal} open balance, {date} promise date, {ref} payment
reference, {paydate} a past payment date, {name} our contact's first name, {collector} our
collector, {otherdoc} the customer's other invoice.
"""

COMPLAINTS = [
    ("brew", "S: Re: Invoice {doc}\nHi {name},\nThanks for the quick turnaround on the fermenter install. One thing though: two of the six sankey couplers you shipped leak at the probe seal the moment we put CO2 on them. We've set them aside and won't be running this one through AP until the replacements turn up.\nCheers, Dana"),
    ("brew", "S: kegs\nthe 20 half-barrels came back from your wash dept still smelling of the last lessee's sour beer. had to re-caustic all of them ourselves. not paying the cleaning line on {doc} for that, and honestly the rest waits till someone calls me"),
    ("brew", "S: Glycol chiller service visit\nGood morning,\nYour technician was on site for about forty minutes, not the 4.5 hours shown on {doc}, and the chiller was still short-cycling when he left. We'd like that sorted before anything is released.\nRegards,\nPriya Natarajan\nOperations, Stumptown Sour Works"),
    ("brew", "S: Thank you!!\nLove the new brite tank, the welds are beautiful. Shame the sight glass arrived cracked in the crate — we can't put it into service like that, so {doc} is parked on our side until the replacement glass is fitted."),
    ("brew", "S: RE: Statement\nHey, so the keg lease on {doc} bills us for 150 kegs. Our count at the warehouse is 112, the other 38 never came off your truck in October (driver had the manifest, check with him). Happy to pay for what we got once it's re-issued."),
    ("brew", "S: Re: Friendly reminder - {doc}\nHi,\nI think there is a confusion. The price we agree with your sales person for the canning line rental was 1.800 per week, the invoice is 2.400 per week. I cannot approve this like this, my manager asks the correct price first.\nThank you\nMateus"),
    ("brew", "S: fwd: mash tun\nPassing this to accounts: the false bottom you fabricated for us is 2 inches too small in diameter, grain goes straight through. It's useless to us as built. Please hold off chasing {doc} until your shop has a plan to fix it.\n-- Rick, head brewer"),
    ("float", "S: float repairs\nKia ora {name}, picked the float up Saturday. Floor still flexes on the left bay where you said you'd replaced the boards, and the tail light wiring is exactly as dodgy as before. Not comfortable putting a horse on it. We'll settle {doc} when it's actually fixed."),
    ("float", "S: Re: {doc}\nmate the labour on this is 11 hrs. you quoted me 6 and said ring if it went over. nobody rang. i'll pay the 6 hrs plus parts, send me one that matches"),
    ("float", "S: Invoice {doc} - order no.\nGood afternoon,\nOur accounts team cannot process {doc} as it does not carry our purchase order number (PO 44817) and is addressed to our old Cambridge yard. Could you please re-issue with the correct PO and address; until then it sits in our exceptions queue.\nKind regards\nHelen Tūhoe\nAccounts Payable, Karapiro Equestrian Centre"),
    ("float", "S: re: brake job\nHi there. Brakes on the gooseneck were done by you in Nov. On the way to Te Aroha they locked on the nearside again, we had to crawl home at 40. I am not paying for a brake job that hasn't fixed the brakes. Call me.\nSharon"),
    ("float", "S: Re: Overdue - {doc}\nG'day, the float came back with the new paint a completely different green to the sample card we signed off (ours was racing green, this is more lime). The client won't take it. We'd rather get this sorted than pay for a respray we'll have to redo, so it's on hold for now."),
    ("float", "S: Invoice\nHi, you charged a new jockey wheel and a new coupling on {doc} but the old ones are still on it, I checked this morning with my husband. Only the wheel bearings are new. Please look again before we pay anything."),
    ("av", "S: Interpretation booths - Summit 14 Nov\nDear {name},\nFollowing the summit, I must flag that booth 3 (EN-FR) had no working ventilation from mid-morning and the interpreters had to leave twice. The client has deducted this from our fee and we cannot release {doc} in full as invoiced. I would welcome a call.\nBest regards,\nAnnelies Vermeulen\nEvent Operations"),
    ("av", "S: RE: {doc}\nHello, we ordered 400 receivers and the count at collection was 400, but 61 of them had flat batteries from the start of the first session, so delegates had no channel. Our client was very unhappy. We don't think the full rental is fair and will wait for your proposal."),
    ("av", "S: Rechnung {doc}\nGuten Tag,\nthe invoice shows 3 days of rental for the LED wall but the event was only 2 days, the setup day was agreed free of charge with Mr. Janssens. Please send a corrected invoice, then we pay immediately.\nMit freundlichen Grüßen\nK. Oberhuber"),
    ("av", "S: Invoice {doc}\nHi {name}, bit awkward — the interpreters billed on {doc} for the Spanish channel never actually showed for the Thursday afternoon; we had to run that panel English only. Finance won't sign it off with that day on it. Could you take a look?\nThanks, Olly\nAccount Director, Bramble & Finch Events, London"),
    ("av", "S: Re: Payment reminder\nBonjour,\nNous avons bien reçu votre rappel. The sound desk you delivered was not the model in the quote (we needed the 32-channel, we got a 16), and our technician had to rent one elsewhere at our cost. We will not pay {doc} before we have found an agreement on this.\nCordialement,\nJulie Marchal"),
    ("av", "S: quick one\nhey — the invoice has the Canary Wharf job billed at the weekend rate but it ran Tue-Wed. assume that's a slip? we'll hold it on our end until the new one comes through. ta"),
    ("brew", "S: Re: Invoice {doc} from Cascade Keg\nHi {name}, hope the holidays are treating you well! Quick heads-up that the CO2 regulators on this order were the single-gauge ones and our spec (attached to the PO) said dual-gauge, so receiving flagged a mismatch and it won't clear three-way match on our side until the right ones are swapped or the invoice reflects what came. Anyway, see you at the guild dinner!\nBest, Jess"),
    ("float", "S: Re: Re: float\nYep got the invoice. The ramp spring is still broken, you can see it from the road. Son says ring you. Not paying till it's done\nBarry"),
    ("av", "S: Follow-up: Brussels Forum AV\nDear accounts team,\nWith reference to {doc}, we note that the projector in the plenary hall failed twice during the opening session and the replacement arrived only after lunch. We have discussed internally and will settle once you have reviewed the charge for that day; the remaining items are fine.\nYours faithfully,\nMarc Dethier\nFinance Officer"),
]

PAID_CLAIMS = [
    ("brew", "S: Re: Past due {doc}\nThis went out via ACH on {paydate}, trace {ref}. Should be sitting in your account."),
    ("brew", "S: paid\npaid that one by check, mailed it {paydate}, check # {ref}. probably in the mail still lol"),
    ("brew", "S: Re: Invoice {doc}\nHi {name}, I'm pretty sure our bookkeeper took care of this when she did the big batch of vendor payments last week — I see it ticked off in our system as settled on {paydate}. Can you check on your end?\nThx, Tom"),
    ("brew", "S: Interac\nHey, sent the e-transfer to your accounts email on {paydate}, ref {ref}. Let me know if it didn't go through, the bank said it was accepted.\nNadia, Gastown Gose Co."),
    ("brew", "S: Bill.com payment notification\nF: notifications@bill.example\nPayment sent.\nFrom: Fremont Fermentation LLC\nTo: Cascade Keg & Brewhouse Supply\nInvoice: {doc}\nAmount: {bal}\nPayment date: {paydate}\nMethod: ACH (3-5 business days)\nConfirmation: {ref}"),
    ("brew", "S: RE: second reminder\nWe settled this over the phone with card with your office lady a couple weeks ago?? she read the number back to me and everything. please stop sending these"),
    ("float", "S: Re: {doc}\nHi, paid in full by internet banking {paydate}, used the invoice number as reference. Cheers, Jo"),
    ("float", "S: float invoice\nkia ora, my partner already sorted this one when we picked the float up, he did it on the eftpos at your counter. should have a receipt somewhere"),
    ("float", "S: Remittance advice\nF: payables@coastlinevets.example\nREMITTANCE ADVICE\nPayee: Waikato Float & Trailer Works\nPayment date: {paydate}\nPayment ref: {ref}\nInvoices paid: {doc}  {bal}\nThis payment has been made by direct credit to your nominated account."),
    ("float", "S: RE: overdue\nHello, the money for this was transfer from our Westpac account in Brisbane on {paydate}. Maybe it takes longer because is Australia to New Zealand? The reference is {ref}.\nThank you, Mei"),
    ("float", "S: Re: statement\nThought the deposit plus what I paid at pickup covered all of this? I've got nothing left owing in my book for the float. Can you have a look."),
    ("av", "S: RE: Payment reminder {doc}\nDear {name},\nPlease note that this invoice was included in our payment run of {paydate} and settled by SEPA credit transfer (end-to-end ID {ref}). Kindly verify with your bank and update your records accordingly.\nKind regards,\nAccounts Payable"),
    ("av", "S: SAP Ariba - Payment Proposal Completed\nF: no-reply@ariba.example\nYour invoice {doc} has been paid.\nPayment status: Paid\nPayment method: Bank transfer\nPayment date: {paydate}\nPayment number: {ref}\nAmount: {bal}"),
    ("av", "S: Re: Outstanding\nHi, this went by BACS to your Barclays euro account last week I believe — our finance team confirmed it left us on {paydate}. Can you chase internally?\nBest, Freya"),
    ("av", "S: Betaling factuur {doc}\nGoedemiddag,\nwe have paid this invoice on {paydate}, see the bank extract attached (ref. {ref}). Maybe you can check with your bank because for us it is closed.\nMet vriendelijke groeten,\nEls"),
    ("av", "S: Tipalti: Payment on its way\nF: payments@tipalti.example\nHi Sablon AV & Interpretation,\nA payment of {bal} has been issued to you by Greyfriars Live Ltd.\nPayment reference: {ref}\nBills included: {doc}\nPayment method: Wire\nExpected arrival: 2-4 business days from {paydate}"),
    ("brew", "S: Re: Reminder: invoice {doc}\nSorry for the slow reply, been in the cellar all week. We went through the Stripe link on your email on {paydate} — the receipt should be in your inbox too.\nAaron"),
    ("av", "S: RE: RE: Invoice {doc}\nHiya, I'm confused as our system shows this as cleared — the Faster Payment went out on {paydate}, ref {ref}. Did you get a new bank account or something? Let me know.\nKit"),
]

PROMISES = [
    ("brew", "S: Re: Invoice {doc}\nIt's in our {date} check run."),
    ("brew", "S: Re: Past due\nHi {name}, good news — the owner approved the backlog of vendor bills yesterday and yours is queued for ACH on {date}. Thanks for bearing with us.\nMelissa"),
    ("brew", "S: Coupa: Invoice status update\nF: do-not-reply@coupahost.example\nInvoice {doc} from Cascade Keg & Brewhouse Supply\nStatus: Approved for payment\nScheduled payment date: {date}\nPayment terms: Net 30\nThis is an automated message."),
    ("brew", "S: keg lease\nhey! sorry, cashflow got weird with the taproom remodel. we're good now though, i'll send it {date} when our distributor money lands. promise"),
    ("brew", "S: RE: Reminder\nHello,\nThank you for your patience. Your invoice was approved by our GM and is planned in the payment batch of {date}. You will receive the bank transfer that day.\nBest regards,\nAlejandro"),
    ("brew", "S: Re: {doc}\nHi {name}, wanted to let you know our controller is back from leave and has signed off on this. Treasury releases payments on {date}, you're in that batch. Anything else you need from us?\nRegards, Beth"),
    ("brew", "S: Re: Overdue invoice\nThanks for the nudge. I have it in front of me and it'll go out with the rest of the month-end payables on {date} (we do one big run)."),
    ("brew", "S: Re: Gastown Gose - {doc}\nHi there, just got back from GABF. The e-transfer is set up to send on {date}; our bank lets me schedule it. Cheers, Nadia"),
    ("float", "S: Re: {doc}\nsweet as, will pay it {date} when the sale yard money comes thru"),
    ("float", "S: Invoice {doc}\nGood morning,\nThis invoice has now been coded and approved. It will be included in our fortnightly supplier payment run on {date}.\nKind regards,\nAccounts Payable\nMatamata Racing Stables Ltd"),
    ("float", "S: Re: reminder\nHi, sorry about the delay, we were waiting for the insurance to pay us out for the float. It came through so I'll do a transfer {date}. Thanks for being patient.\nKerry"),
    ("float", "S: RE: overdue {doc}\nHello {name}, apologise for late. Our director sign all payments on Friday and your invoice is on the list for {date}. I will send remittance after.\nRegards Tanvir"),
    ("float", "S: float\nHi, I get paid {date} and it's first thing coming out, I've put a reminder on my phone. Sorry it's late."),
    ("float", "S: Re: trailer rego + repairs\nHi {name},\nThanks for the reminder, and thanks again for squeezing us in before the Cambridge show. Just to close the loop on the account: Lisa has loaded your invoice in the bank for {date}, it's scheduled, nothing more to do on our end.\nCheers, Grant"),
    ("float", "S: Xero: payment scheduled\nF: notifications@post.xero.example\nHi Waikato Float & Trailer Works,\nTe Awamutu Pony Club has scheduled a payment of {bal} for invoice {doc}.\nPayment date: {date}"),
    ("av", "S: RE: Invoice {doc} - reminder\nDear {name},\nThank you for your message. The invoice has passed three-way matching and is released for payment. It will be paid in our next scheduled payment run, which falls on {date}.\nKind regards,\nAccounts Payable Team"),
    ("av", "S: Re: Factuur {doc}\nGoeiedag, excuses voor de vertraging. The invoice is validated now by our director and we will pay it on {date}, this is our next payment day.\nVriendelijke groeten,\nPieter"),
    ("av", "S: Re: reminder\nHi! Totally on us, the PO got stuck with procurement. It's raised now and finance have it down to go out {date}. Thanks for the great booths btw, the interpreters loved them.\nSophie"),
    ("av", "S: Facture {doc}\nBonjour {name},\nJe vous confirme que la facture est approuvée. Le virement sera exécuté le {date}. Please excuse the delay, our accountant was absent.\nBien à vous,\nNathalie"),
    ("av", "S: Re: Payment reminder: {doc}\nMorning, just so you know this is queued in our system for {date}. Our AP cycle runs fortnightly and we missed the last one by a day, sorry!\nRaj, Finance Assistant, Hawksmoor Conference Partners"),
    ("av", "S: Re: AW: Rechnung {doc}\nHello again, I talked with our accounting. They have booked the invoice and the transfer is fixed for {date}. Is this ok for you?\nBest regards\nJ. Brandstetter"),
    ("brew", "S: Re: Statement of account\n{name} - I owe you a reply. Short version: yes, it's late, and it's on me. You're penciled in for {date} with the other equipment vendors and I'll walk it through myself. Long version over a beer sometime.\nDave"),
    ("float", "S: Re: account\nMorena, the board meets Tuesday and sign off all the payments. After that the treasurer pay it {date}. We are a small pony club so all volunteers sorry.\nAnahera"),
    ("av", "S: Payment advice - scheduled\nF: ap-noreply@tipalti.example\nA payment to Sablon AV & Interpretation has been scheduled.\nPayer: Lantern Street Agency Ltd\nBills: {doc}\nAmount: {bal}\nScheduled for: {date}\nYou will receive a further notification when funds are sent."),
    ("brew", "S: Re: RE: Invoice {doc}\nHi, got your note. We're closing out our fiscal year so things are slow, but I confirmed with AP that it's released and the wire goes {date}. Let me know if the remittance address has changed.\nRegards,\nCarla Mendes\nPurchasing, Rose City Taproom Group"),
]

HARDSHIP = [
    ("brew", "S: Re: Invoice {doc}\nHonest answer: we don't have it right now. Can we talk about spreading it out?"),
    ("brew", "S: kegs\nhey {name}, winter's brutal on taproom sales and we're stretched thin. any chance we could chip away at {doc} over a few months instead of one hit? we're good for it, just not all at once"),
    ("brew", "S: Re: Overdue\nGood afternoon,\nI'm writing regarding the balance on {doc}. Following the loss of our largest distribution contract, our cash position is considerably tighter than planned, and settling the full amount in one payment would be difficult at present. We would appreciate it if you could propose a schedule that works for you.\nYours sincerely,\nGwen Hollister, Owner"),
    ("brew", "S: Re: lease payment\nWe had a boil-over fire in the brewhouse last month (nobody hurt) and production is down while we rebuild. I'd like to keep paying you but I need some breathing room on this one. What can we work out?"),
    ("brew", "S: RE: Reminder - {doc}\nHi,\nSorry for the late reply. The situation is difficult for us this moment, our bank line is not renewed yet. Is it possible to pay you in some parts? We don't want to lose the relationship.\nThank you,\nHyun-woo"),
    ("brew", "S: Re: {doc}\nI can do maybe a third now and the rest as it comes in, if that works for you guys? Just opened the second location and everything's going into payroll."),
    ("brew", "S: question\nHi {name}, is there any flexibility on when the full amount on {doc} is due? It's been a slow quarter and I'd rather ask than go quiet on you.\nAndy"),
    ("brew", "S: Re: Cascade Keg invoice\nLooping in our bookkeeper. Karen, can you see what we can realistically do here? {name} — we're not going to be able to clear the whole balance this month, sorry. Would a few smaller payments be ok?"),
    ("float", "S: Re: overdue\nHi {name}, drought's hit us hard and the grazing lease costs went up, so money's really tight on the farm. Could I pay the float repair off bit by bit? Don't want to leave you hanging."),
    ("float", "S: {doc}\ncant pay all of it rite now sorry. can i do it weekly"),
    ("float", "S: Re: Payment reminder\nKia ora,\nI got your reminder. My horse was injured at Taupō and the vet bills have wiped me out for now. I want to pay you properly, I just need a bit longer than normal on this one. Hope that's ok.\nNgaire"),
    ("float", "S: RE: invoice {doc}\nHello,\nOur customer in Toowoomba has paid us late again and this put us in a short position this month. We ask kindly if we can have some extended time for this invoice, or pay by instalment. We are a reliable customer for 6 years.\nBest regards,\nDimitri"),
    ("float", "S: Re: trailer\nHi, is there any way of splitting this up? The season hasn't started yet so no prize money coming in and the bank account is looking sad. Cheers"),
    ("float", "S: Re: Re: float repairs\nAs I said to Mark on the phone, we are good for it but not in one lump. Whatever arrangement you usually do for people in this spot is fine with us.\nRegards, Paul Whitcombe"),
    ("float", "S: Account\nMorning {name},\nA bit embarrassing to write this. The stud had a run of bad luck with two foals lost and we're behind on everything. I'd be grateful if you could give us some more time on the float invoice.\nJudith"),
    ("av", "S: RE: Invoice {doc}\nDear {name},\nThe event you supported for us was, unfortunately, cancelled by the end client at short notice, and we are still waiting for their cancellation payment. In the meantime we are not in a position to pay the full amount. Would an arrangement over a number of months be possible?\nKind regards,\nMarta Kowalczyk, Finance Manager"),
    ("av", "S: Re: payment reminder\nHi, look, we're a three-person agency and a client has gone quiet on a big invoice, so we're squeezed. Can we do this in instalments? I'd rather be upfront with you."),
    ("av", "S: Re: Facture {doc}\nBonjour,\nActuellement notre trésorerie est très tendue. Would it be possible to pay this invoice in several times? We propose you decide the amounts.\nMerci de votre compréhension,\nFrançois"),
    ("av", "S: Re: overdue\nHello {name}, is there a way we could settle {doc} over the next few months rather than in one payment? Our cash flow is quite stretched after the autumn season.\nCheers, Hannah"),
    ("av", "S: Outstanding balance\nDear Sir/Madam,\nWe write with regard to the balance outstanding to you. Owing to a temporary liquidity constraint following delayed receipts from a public-sector client, we would be grateful for an extension of the payment terms on this account, or an agreement to settle in tranches.\nYours faithfully,\nD. Okonkwo\nFinancial Controller"),
    ("av", "S: Re: Rechnung {doc}\nHallo, wir haben gerade Liquiditätsprobleme. Sorry for my English. Can we pay the half now and the other half later? I don't know yet when exactly, it depends on our client.\nGrüße, Lukas"),
    ("av", "S: RE: RE: Reminder\nHi {name}, thanks for being so nice about this. Honestly the full amount isn't going to happen any time soon with the way our Q4 has gone, but I'd really like to get something to you regularly until it's cleared. What works your side?\nBest, Imogen"),
    ("brew", "S: Re: Past due notice\nHi,\nWe got your notice. We won't be able to pay the whole thing at once, but we can do smaller amounts. Let me know what you need from us to set that up.\n-- Ops, Willamette Wild Ales"),
    ("float", "S: Re: {doc}\nGidday {name}, any chance you'd take it in a couple of goes? Business has been slow since the flooding and I'm juggling a few bills."),
    ("av", "S: Re: Invoice {doc}\nHi,\nFirst of all thank you for the great job at the congress. Second, a small request: the budget from our client comes in more slowly than we were told, and we ask if you can give us a bit more time than the normal terms. We will keep you informed.\nBest, Chiara"),
]

# Mixed hard negatives (one text each, tagged by the group that uses it).
NEGATED = [
    ("brew", "S: Re: Invoice {doc}\nNot complaining about the kegs at all — they came back spotless this time, so thanks. Just letting you know I'm the new contact for vendor invoices here, Marcus has moved to our Bend site.\nLeah"),
]
HYPOTHETICAL = [
    ("float", "S: question re repairs\nHi {name}, if the new floor on the float ever starts flexing like the old one did, would that be covered under your workmanship warranty? Just asking for peace of mind before the season. All good so far."),
]
RETRACTED = [
    ("av", "S: Re: Payment reminder {doc}\nHi {name}, I think this was paid with our last run, I'll double check.\nTom"),
    ("av", "S: Re: Re: Payment reminder {doc}\nCorrection — it wasn't in the run after all, that was a different supplier with a similar name. Sorry for the confusion, it's still open on our side.\nTom"),
]
RESOLVED_COMPLAINT = [
    ("brew", "S: regulator\nThe regulator on the CO2 manifold you installed is creeping, pressure goes up overnight. Can someone come look before we pay for the install?"),
]
RESOLVED_NOTE = "Tech revisited {resdate}, replaced the regulator diaphragm, customer confirmed pressure holds. Complaint resolved; invoice {doc} stands as billed."
EXPIRED_PROMISE = [
    ("float", "S: Re: {doc}\nHi, will pay it on {date}, sorry for the wait."),
]
OTHER_INVOICE = [
    ("av", "S: Invoice {otherdoc}\nHello {name}, on {otherdoc} (the Ghent job) the interpreter hours are 2 more than the timesheet we signed. Can you correct that one please? The rest is fine.\nAnnick"),
]
COLLECTOR_EMAIL = [
    ("brew", "S: Checking in - invoice {doc}\nHi {name},\nJust checking in on invoice {doc} ({bal}). Let me know if you need a copy or anything else from us.\nThanks,\n{collector}\nCascade Keg & Brewhouse Supply"),
]
PLAN_AT_60 = [
    ("float", "S: Re: overdue account\nI know it's been a long time. Can we set up something monthly to get this cleared? Things have been hard."),
]
PROMISE_AT_60 = [
    ("av", "S: Re: Final reminder {doc}\nApologies, this has dragged on. It is approved and will be paid on {date}.\nRegards, Victor"),
]

HARD_STOP_TEXTS = {
    "legal_hold": ("brew", "S: Re: Invoice {doc}\n{name}, heads up that we've been placed into receivership as of last week. Any correspondence about amounts owed needs to go to the receiver's office now, not to me. I'm sorry it's come to this."),
    "open_dispute": ("av", "S: Re: {doc}\nAs discussed with your account manager, this will be paid on {date}.\nBest, Rowan"),
    "over_risk_threshold": ("brew", "S: Re: Invoice {doc}\nHi {name}, this one's approved and goes out in our {date} payment run. Cheers, Sam"),
    "unapplied_credit": ("float", "S: Re: account\nHi, I thought the money I sent plus the credit for the returned winch would cover this? Let me know if I've got it wrong."),
}

BENIGN = [
    ("brew", "S: Out of office: Re: Invoice {doc}\nThanks for your email. I'm out of the brewery until after the holidays with limited access to email. For anything urgent, please contact our taproom manager on the main line.\nCheers, Josh"),
    ("float", "S: Re: invoice\nHi, could you send me a copy of {doc}? It seems to have gone to our old email address. Also is there a form you need for us to get set up as a supplier on our end? Thanks"),
    ("av", "S: Season's greetings\nDear {name} and team,\nWishing you a restful holiday season and a prosperous 2027. Thank you for another year of wonderful collaboration; we look forward to working with you again at the spring congress.\nWarm regards,\nHélène"),
    ("brew", "S: W-9 and new order\nHey {name}, our new controller wants your W-9 on file. Also, could you quote us on 40 more sixtels for spring? Thanks!"),
]

# Earlier harmless correspondence placed before the key message in some threads.
OLD_CHATTER = [
    ("brew", "S: Delivery Thursday?\nHi, is the brite tank still on for Thursday delivery? Need to clear the loading bay."),
    ("brew", "S: Re: Delivery\nPerfect, forklift will be ready. Thanks!"),
    ("brew", "S: Sixtels\nDo you have any sixtels in stock for lease next month? Maybe 30."),
    ("brew", "S: Thanks\nThanks for coming out so fast on Saturday, the guys appreciated it."),
    ("brew", "S: invoice address\nfyi please send invoices to ap@ from now on, not my personal email"),
    ("float", "S: booking\nCan we book the float in for its WOF check in the new year?"),
    ("float", "S: Re: pickup\nI'll grab it Friday arvo if that suits."),
    ("float", "S: quote\nHi, could you quote for a new rubber floor mat for a 2-horse Equi-Trek? Cheers"),
    ("float", "S: thanks\nThanks heaps for fitting us in, the kids are rapt."),
    ("float", "S: parts\nDid the new hinge pins come in yet?"),
    ("av", "S: Booth dimensions\nHello, could you send the dimensions of the ISO 4043 booths? The venue needs them for the floor plan."),
    ("av", "S: Re: Technician on site\nThanks, we will have a badge ready for your technician at reception."),
    ("av", "S: Spring congress\nHi, are you available for a three-day congress in Antwerp in April? Six languages. Let me know."),
    ("av", "S: Re: Delivery slot\nThe loading dock is free from 7am, please tell the driver to use the Rue Royale entrance."),
    ("av", "S: Feedback\nJust to say the delegates loved the new receivers, very clear sound. Thank you!"),
    ("brew", "S: Re: canning line\nCan we extend the canning line rental a week? Same rate is fine. Thanks"),
    ("float", "S: Re: brake check\nNo worries, see you at 9."),
    ("brew", "S: Re: sixtels\nGreat, we'll take 25. Pick up or can your driver drop them?"),
    ("brew", "S: tap handles\nRandom q - do you guys do custom tap handles or know someone who does?"),
    ("brew", "S: Re: install date\nMonday 7am works, I'll have the floor drains cleared."),
    ("float", "S: Re: float ready?\nAwesome, thanks for the photos, looks mint."),
    ("float", "S: new address\nHi just so you know we've moved to the Ohaupo Rd property, same phone."),
    ("float", "S: tyres\nCan you put two new tyres on while it's in? Same size as the old ones."),
    ("av", "S: Re: Interpreters\nThank you, the speaker list is attached. Two of them will present in Dutch."),
    ("av", "S: Parking\nYour van can park at the back entrance on Rue de la Loi, I sent the plate to security."),
    ("av", "S: Re: quote accepted\nWe confirm the quote, please go ahead with the booking for 4 booths."),
    ("av", "S: Out of office\nI am on leave until Monday. For urgent matters please contact events@ our address."),
    ("av", "S: Invoice copy\nCould you send the October invoice again as PDF? Our new system lost it."),
]

# Harmless CRM notes by our own staff.
CRM_NOTES = [
    "Called AP line, left voicemail with invoice number.",
    "Customer asked for statements to go to the AP mailbox from now on.",
    "Spoke to owner at trade show, friendly, no issues raised.",
    "Updated billing contact per customer's email.",
    "Sent copy of the invoice on request.",
    "Customer mentioned new spring order coming; sales to follow up.",
    "Delivery confirmed signed for by receiving.",
    "Long-standing customer, usually pays within terms.",
    "Sales rep visited site, new tanks installed and running.",
    "Emailed statement of account.",
    "Customer changed AP contact; new name added to customer record.",
    "Checked bank feed, nothing received yet from this customer.",
]

"""Hand-written customer messages for probe_k (blind probe, written from SPEC alone).

One text per list entry, as (world, text). The first line `S: ...` is the subject.
Worlds: "adl" a music school's instrument-rental business in Adelaide (home AUD), "adl-nz" the
same supplier writing to a New Zealand customer (NZD invoices); "rtm" a forklift servicing and
hire company in Rotterdam (home EUR), "rtm-uk" the same to a Felixstowe depot (GBP invoices);
"lv" a solar panel cleaning contractor in Las Vegas (home USD), "lv-mx" the same to a Baja
California client (MXN invoices).

Placeholders filled by build.py: {doc} invoice number, {bal} open balance in its currency,
{cust} customer name, {us} our company, {date} a promise date after as_of, {paid} a past payment
date, {ref} a payment reference, {otherdoc} the customer's other open invoice, {pdate} a promise
date already passed, {collector} our collector, {first} the customer contact's first name.
"""

# Complaints: what was wrong with the goods or the work, and payment held. Never dispute
# vocabulary.
COMPLAINTS = [
    ("adl", "S: Re: Invoice {doc}\nHi there, thanks for the reminder. Just so you know, the violin "
     "Mia brought home had a crack running along the lower rib and the bridge was lying flat in the "
     "case. It has been sitting in our hallway since. Happy to square up once someone has had a look "
     "at it or swapped it."),
    ("adl", "S: clarinet\nthe clarinet keys stick and you cant get a note out of the thing. not "
     "paying a month for a broken instrument sorry"),
    ("adl", "S: Term 4 instrument hire\nDear Accounts,\n\nFurther to your statement, I note that "
     "invoice {doc} bills 32 student instruments for Term 4. Our music coordinator confirms that only "
     "26 were collected from your Unley store on 12 October; the remaining six were never picked up. "
     "I have asked our finance office to hold the invoice until a corrected one for 26 units is "
     "received.\n\nKind regards,\nBusiness Manager\n{cust}"),
    ("adl-nz", "S: Re: Overdue - {doc}\nKia ora,\n\nThe timpani reached Wellington two weeks after "
     "our concert, so in the end we borrowed a pair from the orchestra. Our committee isn't "
     "comfortable signing off a hire charge for a concert the drums missed. Could someone from your "
     "end give me a call?\n\nNga mihi"),
    ("adl", "S: R: fattura {doc}\nGood morning, the digital piano you have delivered to the studio is "
     "not the one of the contract, it is the model with 61 keys and not 88 keys, so my students can "
     "not practise the repertoire on it. Before I make the payment I need that you change it please.\n"
     "Grazie, Lucia"),
    ("adl", "S: Re: reminder\nHey, quick one. The invoice has three hours of labour for the trumpet "
     "valve repair, but your tech was at the school twenty minutes, I stood there the whole time. Once "
     "the labour line shows that I'll pay it straight away."),
    ("rtm", "S: RE: Herinnering factuur {doc}\nGood afternoon,\n\nThe service of the reach truck on 4 "
     "November was not finished. The mast chain is still making the noise and the technician said he "
     "will come back with a part. He did not come back. Our operations manager ask me to keep the "
     "invoice open until the job is complete.\n\nMet vriendelijke groet,"),
    ("rtm-uk", "S: RE: Statement\nMorning,\n\nYour hire counterbalance turned up at the Felixstowe "
     "yard with a flat battery and a hydraulic leak, and the lads couldn't use it for four days of "
     "the hire. Until the hire days come down to what we actually had, the invoice stays in our "
     "exceptions queue.\n\nCheers, Dave"),
    ("rtm", "S: Invoice {doc} - on hold\nHello,\n\nInvoice {doc} has failed three-way match: the goods "
     "receipt posted by site shows 2 LOLER inspections, your invoice charges 5. The document is parked "
     "under reason code QTY until a credit note or a revised invoice is received.\n\nRegards,\n"
     "Accounts Payable - Shared Service Centre"),
    ("rtm", "S: forklift hire\nHello, we have the forklift for 2 weeks but the invoice is for 4 weeks. "
     "Your driver pick up the forklift on 20 november, i have the paper with his signature. Please "
     "make a new invoice, then we pay."),
    ("rtm", "S: RE: Payment reminder {doc}\nDear Sir/Madam,\n\nWe are unable to process the attached, "
     "as the purchase order quoted on it (4500-1187) belongs to our Venlo site, which closed in the "
     "summer. Please reissue it against the Moerdijk PO. The current invoice has been returned unpaid "
     "in our system.\n\nKind regards,\nCrediteurenadministratie"),
    ("lv", "S: Thanks!!\nHi! Love your crew, super friendly guys. That said, half the array on the east "
     "carport still has the bird mess all over it, looks like they ran out of time? We'll hold off "
     "paying until they come back and finish that side. Thanks!!"),
    ("lv", "S: Re: Invoice {doc}\nThe board looked at this at Tuesday's meeting. Our contract says "
     "quarterly cleaning at $0.85 a panel and the invoice prices them at $1.20. The treasurer won't "
     "release anything until it matches what we signed."),
    ("lv-mx", "S: RE: Factura {doc}\nBuenas tardes, the crew came to the hotel but they used the water "
     "from the pool area and not the deionized water they bring, and now the panels have white marks "
     "of calcium. The manager ask that you come to repair this before we can pay the factura.\n"
     "Saludos"),
    ("lv", "S: FW: roof access\n---------- Forwarded message ---------\nFrom: Ray Ortiz (Facilities)\n"
     "Guys, the roof access log shows nobody from the solar cleaning company signed in on the 14th. "
     "Output from the inverters didn't change either.\n----------\n\nForwarding the above from our "
     "facilities lead. Given this, I'm not going to push {doc} through until we know whether the "
     "visit actually happened."),
    ("lv", "S: Vendor correspondence - {doc}\nTo whom it may concern,\n\nOur Engineering department "
     "advises that the service on the parking structure array was performed between 1:00 p.m. and "
     "4:00 p.m., contrary to section 3.2 of the service agreement, which restricts work to 5:00-8:00 "
     "a.m. Two guest vehicles were splashed with runoff. Payment of the referenced invoice is "
     "suspended pending review by Engineering.\n\nRespectfully,\nAccounts Payable"),
    ("adl", "S: Re: rental fee\nHello, when we return my son's flute you say there is a dent and "
     "charge $180 for repair, but this dent was there when we pick it up, I have a photo from the "
     "first day. I think this fee is not right for us. Please look at the photo, then I will pay the "
     "rent part."),
    ("adl", "S: Re: Reminder - invoice {doc}\nHi Fermata team, hope the end of year concerts are going "
     "well for you all! The cello for Saturday's eisteddfod was lovely to look at and the kids loved "
     "it.\n\nThe other thing. The endpin was missing and the bow had hardly any hair left on one "
     "side, so she ended up playing on a borrowed one. I'll leave the invoice with you until we've "
     "worked out what's fair."),
    ("rtm", "S: AW: Zahlungserinnerung {doc}\nSehr geehrte Damen und Herren,\n\nthe annual inspection "
     "which you have invoiced is in our opinion not complete, the brake test protocol is missing and "
     "without the protocol our safety officer can not sign it off. We will release the payment after "
     "we receive the complete protocol.\n\nMit freundlichen Gruessen"),
    ("lv", "S: re: inv {doc}\nyour guys cracked 2 panels on the garage roof. not paying til thats "
     "sorted"),
    ("lv", "S: Re: FINAL NOTICE\nWe've been over this with your office by phone twice now. The plan "
     "we signed is 12 visits a year, and we were billed for August and September visits when your "
     "crew never showed. The gate camera has nothing on either day. That's why this hasn't been paid "
     "and it won't be until those two come off."),
    ("rtm-uk", "S: RE: Overdue account\nHi,\n\nStill waiting for your engineer to come back to the "
     "LPG truck he left with the regulator hanging off. We were told a fortnight and it's been two "
     "months. Accounts won't pay for a repair that hasn't been done, simple as that.\n\nRegards, "
     "Karen"),
]

# Paid claims: every channel, with and without references.
PAID_CLAIMS = [
    ("adl", "S: Re: Reminder\nThis went through on BPAY on Tuesday night, ref {ref}."),
    ("adl", "S: Re: Overdue invoice {doc}\nHi, I'm a bit confused by this one. I'm fairly sure I "
     "tapped my card at the counter when I picked up Ollie's trombone? Maybe have a look at the "
     "till from that day."),
    ("adl-nz", "S: RE: invoice {doc}\nKia ora, our treasurer tells me she did an internet banking "
     "transfer to your account last week. It can take a couple of days coming across from NZ. The "
     "reference was the invoice number."),
    ("adl", "S: payid\nsent via payid to your abn {paid}, should be instant?? have the screenshot"),
    ("adl", "S: Re: rental\nHello, this one I already pay on your website with the credit card, on "
     "{paid}, and the system give me the receipt number {ref}. Thank you"),
    ("adl", "S: Remittance Advice - {us}\nREMITTANCE ADVICE\n\nPayer: {cust}\nPayment date: {paid}\n"
     "Payment method: EFT\nInvoice {doc}    {bal}\nTotal paid: {bal}\n\nThis is an automatically "
     "generated message. Please do not reply."),
    ("rtm", "S: RE: Betalingsherinnering {doc}\nGoedemiddag,\n\nThis invoice is paid with our payment "
     "run of last Thursday, by SEPA. Maybe it is crossing with your reminder.\n\nMet vriendelijke "
     "groet,"),
    ("rtm-uk", "S: RE: Reminder\nHiya, pretty sure that went out in the BACS run on {paid}. Can you "
     "check your end before chasing again? ta"),
    ("rtm", "S: Coupa: Invoice {doc} payment status update\nInvoice Number: {doc}\nSupplier: {us}\n"
     "Status: Paid\nPayment Date: {paid}\nPayment Reference: {ref}\nAmount: {bal}\n\nYou are "
     "receiving this notification because you are registered as a supplier contact on the Coupa "
     "Supplier Portal."),
    ("rtm", "S: Ariba Network: payment remittance {ref}\nA payment remittance has been sent to you by "
     "{cust}.\n\nRemittance ID: {ref}\nPayment method: Bank transfer\nNet amount: {bal}\nDocuments "
     "settled: {doc}\n\nLog in to your Ariba Network supplier account to view the remittance."),
    ("rtm", "S: AW: Mahnung\nGuten Tag, we have transferred the amount on {paid} to your account at "
     "the ING, you should have it by now. Best regards"),
    ("lv", "S: Re: Past due - {doc}\nThe ACH was initiated on our side {paid}. Trace number {ref}."),
    ("lv", "S: You've been paid by {cust}\n{cust} sent you a payment of {bal} via Bill.com on {paid}.\n"
     "Invoice #: {doc}\nPayment method: ePayment\nExpected arrival: 2-3 business days"),
    ("lv", "S: Re: Reminder\nHey, our bookkeeper says she mailed you a check for this one a week or so "
     "back. Mail's been slow with the holidays."),
    ("lv", "S: RE: inv {doc}\nzelled it to u fri, check ur acct"),
    ("lv-mx", "S: RE: Recordatorio de pago\nHola, we did the transferencia SPEI on {paid}, I attach "
     "the comprobante with the clave de rastreo {ref}. Please confirm it is received.\nSaludos "
     "cordiales"),
    ("lv", "S: Christmas lights on the Strip!\nHi Jen, hope your crew is surviving the heat-to-cold "
     "switch! Our Henderson site has been running great since the last wash, output's way up. On the "
     "invoice you sent again, I'd have thought our office squared that one away with the October "
     "batch. The card on file gets charged automatically, doesn't it? Either way, happy holidays!"),
    ("rtm-uk", "S: Payment notification from Tipalti\nDear Supplier,\n\nA payment has been issued to "
     "you.\n\nPayer: {cust}\nPayment amount: {bal}\nPayment method: Faster Payments\nInvoices "
     "included: {doc}\nIssued: {paid}\n\nThis message was sent by Tipalti on behalf of the payer."),
]

# Promises: dated after as_of; {date} is filled in one of several formats.
PROMISES = [
    ("adl", "S: Re: Reminder - {doc}\nThanks for the nudge. It's in our next pay run, which finance "
     "puts through on {date}."),
    ("adl", "S: RE: Overdue account\nGood afternoon,\n\nInvoice {doc} has been approved and is "
     "scheduled for payment on {date}.\n\nKind regards,\nFinance Office"),
    ("adl", "S: Re: guitar rental\nSorry!! Pay day is {date} so I'll sort it then :)"),
    ("adl-nz", "S: RE: {doc}\nKia ora, the treasurer's away this week but she's set this up as a "
     "future-dated payment for {date}. Cheers"),
    ("adl", "S: R: sollecito\nGood evening, I am sorry for the delay, I was in Italy for my mother. I "
     "will make the bank transfer on {date} when my salary arrive.\nCordiali saluti"),
    ("adl", "S: Invoice {doc} - status\nHi, {doc} is matched and sitting in the batch for the EFT "
     "release on {date}.\nRegards, AP"),
    ("rtm", "S: RE: Herinnering\nGoedemorgen, your invoice is included in our payment proposal for "
     "{date}. Regards"),
    ("rtm-uk", "S: RE: Reminder\nAfternoon, it's gone through approval and Sharon has it queued for "
     "the run on {date}. Ta"),
    ("rtm", "S: AW: Zahlungserinnerung\nHello, the payment will be executed at {date}, the release "
     "from our head office in Duisburg is now given."),
    ("rtm-uk", "S: RE: Statement\nWe only do a cheque run once a month. Next one is {date} and yours "
     "will be in it."),
    ("rtm", "S: Invoice {doc}\nDear Sir/Madam,\n\nWe acknowledge receipt of your reminder. The invoice "
     "has been released and will be remitted with value date {date}.\n\nYours faithfully"),
    ("rtm", "S: RE: factuur {doc}\nHi, yes I saw it. Normally it goes with the run of {date}, I put it "
     "there myself this morning."),
    ("lv", "S: Re: Invoice {doc}\nHey Jen, all good, the check's getting cut {date}."),
    ("lv", "S: Payment scheduled by {cust}\n{cust} has scheduled a payment of {bal} to {us} for "
     "invoice {doc}.\nScheduled date: {date}\nYou will receive another notification when the payment "
     "is sent."),
    ("lv", "S: Re: Past due\nThe board signed off at Monday's meeting. Our management company releases "
     "the funds on {date}."),
    ("lv-mx", "S: RE: Factura {doc}\nBuenos dias, the payment is programmed for {date}, it is in the "
     "calendar of pagos of the corporativo in Tijuana.\nSaludos"),
    ("lv-mx", "S: RE: pago\nHola, we pay the suppliers from USA only on Fridays, this one go out "
     "{date}."),
    ("lv", "S: RE: Reminder - {doc}\nGood morning,\n\nYour invoice cleared our approval workflow "
     "yesterday. Per our standard terms it will be disbursed in the ACH cycle of {date}. Please let "
     "us know if your remittance details have changed.\n\nRegards,\nVendor Payments"),
    ("lv", "S: Re: solar invoice\nI know, I know. Our office manager is back {date}. That's the first "
     "thing she's doing, she promised me."),
    ("adl", "S: Re: Reminder\nHi! Sorry, we've been hopeless. Emma is still loving the saxophone, she "
     "practises every night (the neighbours less so). I've set it up and it'll come out of our account "
     "on {date}. Thanks for being patient! Rach"),
    ("rtm", "S: RE: payment\nHello, boss say we pay {date} together with the other invoices from you.\n"
     "Regards Marek"),
    ("adl", "S: Re: invoice {doc}\nHello. I am sorry for late. I will pay {date} sure. Thank you very "
     "much."),
    ("lv", "S: Invoice {doc} - payment confirmation\nThis is to confirm that invoice {doc} for {bal} "
     "is queued in our December disbursement batch dated {date}."),
    ("rtm-uk", "S: RE: Overdue\nApologies, it got stuck behind a PO issue on our side, which is now "
     "fixed. It should land with you {date} at the latest."),
    ("lv-mx", "S: Re: Recordatorio\nHi, the accountant (contador) comes to the office {date} and he "
     "will do the transfer that day. I already give him the invoice."),
]

# More time / instalments / can't pay in full: indirect, no dates.
HARDSHIP = [
    ("adl", "S: Re: rental\nThings have been a bit rough since I lost a few shifts. Would it be ok to "
     "do it in a couple of goes rather than all at once?"),
    ("adl", "S: Re: Term 4 hire\nOur music budget for the term ran out earlier than we expected after "
     "camp. Is there any flexibility on how quickly we settle this one?"),
    ("adl", "S: Re: reminder\ncan i pay this off bit by bit? dont have it all right now"),
    ("adl-nz", "S: RE: Overdue {doc}\nKia ora, the band's fundraiser didn't bring in what we'd hoped. "
     "We'll get there but it's going to take us a while. Could we spread it out somehow?"),
    ("adl", "S: Re: violin rental\nHello, I am a single mother with three children and this month is "
     "very difficult for me. Can I pay a little every week? Sorry and thank you"),
    ("adl", "S: Account {doc}\nDear Sir or Madam,\n\nI write regarding the outstanding balance. Owing "
     "to a change in my circumstances I am not in a position to clear the full amount at present, and "
     "would be grateful to know what arrangements might be possible.\n\nYours sincerely"),
    ("adl", "S: Re: invoice\nHi there, Jack has been loving the drum kit, a bit too much ha. Look, "
     "money's tight over Christmas with two kids. If we could split what's owing I'd really "
     "appreciate it, otherwise we'll manage something."),
    ("rtm", "S: RE: Herinnering\nHello, we have a lot of trouble with liquidity at this moment, "
     "because a big customer of ours is paying us late. Is it possible to pay your invoice in parts?"),
    ("rtm-uk", "S: RE: Reminder\nMorning, it's been a rotten quarter for us with the port strikes. I "
     "can't clear the lot in one go. Could we do something over a few months?"),
    ("rtm", "S: AW: Zahlungserinnerung\nDear team, at the moment we are not able to pay the full sum, "
     "because our credit line with the bank is being renegotiated. Can you give us some more time? "
     "We are a loyal customer since many years."),
    ("rtm", "S: RE: {doc}\nHi, Finance has put a freeze on supplier payments above 2k while we close "
     "the year. Smaller amounts still go through. Could this be broken into instalments so it can "
     "move?"),
    ("rtm", "S: RE: factuur\nHello, my company is small and this month we have not enough money for "
     "pay everything. I can pay half now and the rest after?"),
    ("rtm", "S: RE: Overdue\nWould you accept staged payments on this one? All our cash is tied up in "
     "stock at the moment."),
    ("lv", "S: Re: Past due\nHey, being straight with you. We lost our biggest tenant and things are "
     "tight. Can we work out some kind of schedule?"),
    ("lv", "S: Re: Invoice {doc}\nThe reserve fund is lower than expected after the pool repair, and "
     "the board asked me to request a little more time on this, if that's possible."),
    ("lv-mx", "S: RE: Factura\nHola, the season is very slow in the hotel, we have few guests. We ask "
     "if it is possible to pay in two or three parts. Gracias por su comprension."),
    ("lv", "S: re: inv\ncant do the full amount rn. monthly ok?"),
    ("lv", "S: Request regarding invoice {doc}\nTo the Accounts Receivable team:\n\nDue to delays in "
     "collections from our own tenants, we are not presently able to remit the full balance. We "
     "respectfully request an installment arrangement. Please advise on acceptable terms."),
    ("lv", "S: Re: solar cleaning bill\nHi, our little congregation loves having the panels clean, the "
     "power bill has never been lower! Offering has been down this fall though, and I'm embarrassed "
     "to say we need a bit longer on this one.\nBlessings, Pastor Dan"),
    ("adl", "S: Re: Hire of tuba\nWe're a small community band run by volunteers. Whatever you can do "
     "to stretch this out for us would mean a lot."),
    ("lv", "S: RE: {doc}\nThis vendor is on cash hold per our CFO until the funding round closes. If "
     "partial payments help, we can likely do something smaller sooner."),
    ("rtm-uk", "S: RE: Statement of account\nHi, I'll be honest, we're struggling. Give us some "
     "breathing room and we'll clear it in chunks."),
    ("adl", "S: Re: piano hire\nHello, my husband is in hospital and I am not working this month to "
     "look after him. I want to pay but I need more time please. Thank you for understanding."),
    ("lv", "S: Re: invoice\nHi, our restaurant business is slow now. We can pay some now and some "
     "later? Thank you."),
    ("rtm", "S: RE: Betalingsherinnering {doc}\nGood day, our shipping volumes dropped and we had to let "
     "staff go. We want to pay what we owe but we can not do it at once. Please tell us which options "
     "you have."),
]

# Harmless replies: label a draft reminder or a person.
BENIGN = [
    ("lv", "S: W-9 request\nHi, our new AP system won't let me set you up as a vendor without a "
     "current W-9 on file. Could you send one over when you get a sec? Thanks"),
    ("adl", "S: Automatic reply: Reminder - invoice {doc}\nThank you for your email. I am on leave "
     "with limited access to email until the new school year. For anything urgent please call the "
     "front office on 08 8200 4100."),
    ("rtm", "S: New invoice address\nDear supplier,\n\nFrom 1 January all invoices must be sent to "
     "facturen@{domain} and must state our new visiting address, Waalhaven Zuidzijde 21, 3089 JH "
     "Rotterdam. Thank you for updating your records.\n\nFinance"),
    ("lv-mx", "S: Felices fiestas!\nDear friends of Desert Glint, all the team of {cust} wish you a "
     "Merry Christmas and a prosperous 2027. Thank you for your service this year!"),
]

# Mixed hard negatives (see build.py for each one's scaffold).
MIXED = [
    # 0 negation
    ("rtm", "S: RE: Reminder {doc}\nHi, nothing wrong with the service, the technician was good and "
     "the truck runs fine. Only I was on holiday. I will pass it to our accounts today."),
    # 1 hypothetical
    ("adl", "S: Re: Reminder - {doc}\nQuick question before I pay. If the clarinet ever came back with "
     "a cracked barrel, would the damage cover pick that up or would that be on us? Nothing's "
     "happened, I just want to know what we're signing up for next year."),
    # 2 retraction, first email
    ("lv", "S: Re: Past due\nThought we paid this already?"),
    # 3 retraction, second email
    ("lv", "S: Re: Past due\nScratch that, checked with the bookkeeper. What I was thinking of was for "
     "the other property. This one's still open, sorry for the noise."),
    # 4 resolved complaint, the old email
    ("adl", "S: Re: viola\nthe viola you gave Sophie has a buzzing seam, she can't play it like this"),
    # 5 expired promise
    ("rtm-uk", "S: RE: Overdue\nIt'll go on {pdate}, promise."),
    # 6 complaint about another invoice
    ("lv", "S: Re: Invoice {doc}\nHey, no issue with this one. It's {otherdoc} from the Boulder City "
     "site I'm holding, the crew skipped the whole north row there. {doc} is fine, I'll get it paid."),
    # 7 our collector's own follow-up email
    ("adl", "S: Invoice {doc} - friendly follow-up\nHi {first},\n\nJust a quick follow-up on invoice "
     "{doc} for {bal}. Let me know if you need another copy.\n\nThanks,\n{collector}\n{us}"),
    # 8 promise at >= 60 days past due
    ("adl", "S: Re: FINAL REMINDER\nVery sorry about this. It will be paid on {date}, I have set it "
     "up with the bank."),
    # 9 plan request at >= 60 days past due
    ("rtm", "S: RE: Aanmaning\nWe are really sorry. We want to pay but we can not do it all at once. "
     "Can we make an arrangement?"),
]

# Hard stops.
HARD_STOPS = [
    # legal_hold: a voluntary administrators' notice
    ("adl", "S: {cust} (Administrators Appointed) - notice to creditors\nDear Creditor,\n\nPlease be "
     "advised that on 27 November 2026 the directors of {cust} resolved to place the company into "
     "voluntary administration, and we were appointed joint and several administrators. The company "
     "is insolvent. All enquiries about amounts owed should be directed to this office; please do not "
     "contact the company directly.\n\nYours faithfully,\nRestructuring & Insolvency"),
    # open_dispute: a harmless note beside Collections Status DISPUTED
    ("lv-mx", "S: RE: Factura {doc}\nHola, thank you for the new contact sheet, I passed it to "
     "administration."),
    # over_risk_threshold: a dated promise on a GBP invoice above 10,000 EUR at home
    ("rtm-uk", "S: RE: Invoice {doc}\nHi, the fleet hire invoice is approved and goes out with the "
     "payment run on {date}."),
    # unapplied_credit: a paid claim beside an unapplied payment and an open credit memo
    ("lv", "S: Re: Past due\nWe sent a payment on {paid} that should cover this, along with the credit "
     "you gave us for the missed visit."),
]

# CRM notes (author, text).
NOTES = [
    # 0 resolved complaint
    ("collector", "Swapped Sophie's viola for a new one at the Unley store. Mum happy, buzzing seam "
     "issue resolved, she'll pay with the next term."),
    # 1 neutral note after the first reminder (breaks the 3-reminder rule)
    ("account owner", "Rang the depot. Henk says the invoice is with their accounts; nothing raised "
     "about the work."),
]

# Older harmless emails: thread history dated before the first reminder.
OLD = [
    ("adl", "S: Re: Invoice {doc}\nGot it, thanks!"),
    ("adl", "S: rental agreement\nHi, could you email me a copy of the rental agreement for Mia's "
     "violin? I can't find mine."),
    ("adl", "S: Re: Term 4\nThanks, invoice received and passed to the bursar."),
    ("adl", "S: pickup time\nWhat time does the Unley store close on Saturdays?"),
    ("adl", "S: Re: hire\nHi, do you have a second alto sax for hire from January? Our other daughter "
     "wants to start."),
    ("adl-nz", "S: Re: invoice\nThanks for that, forwarded to our treasurer."),
    ("adl", "S: Re: invoice {doc}\nHi, is the damage cover included in this price or extra?"),
    ("adl", "S: change of email\nPlease use this address from now on, the old one is going."),
    ("rtm", "S: RE: Factuur {doc}\nGoedemorgen, received, thank you."),
    ("rtm", "S: Service planning\nHello, can your planner call me about the service dates for "
     "January? We have two new reach trucks."),
    ("rtm", "S: RE: Invoice {doc}\nThanks, we booked it. Is your IBAN the same as before?"),
    ("rtm-uk", "S: RE: Invoice {doc}\nCheers, received and logged."),
    ("rtm-uk", "S: Hire extension\nMorning, could we keep the 2.5t truck another week? Same rate I "
     "assume."),
    ("rtm", "S: Contact person\nDear supplier, our new contact for purchasing is Mrs. de Wit, please "
     "address quotations to her."),
    ("rtm", "S: Ontvangstbevestiging\nThis is an automatic confirmation that your invoice has been "
     "received in our scanning system."),
    ("lv", "S: Re: Invoice {doc}\nthx, got it"),
    ("lv", "S: schedule\nCan you guys do the carport array before the 10th next month? We have an "
     "inspection."),
    ("lv", "S: Re: Invoice {doc}\nReceived. Please make sure future invoices reference our property "
     "code."),
    ("lv", "S: quote\nHi, what would you charge to add the clubhouse roof to our plan?"),
    ("lv", "S: Re: service report\nThanks for the before and after photos, the board liked them."),
    ("lv-mx", "S: RE: Factura\nRecibido, gracias."),
    ("lv-mx", "S: Cotizacion\nHola, can you send me the price for the cleaning of the second building "
     "also?"),
    ("lv", "S: Re: Invoice {doc}\nForwarding to our AP team, they handle payments."),
    ("rtm", "S: Opening hours Christmas\nHello, is your workshop open between Christmas and New "
     "Year?"),
]

# Wrappers.
SIGNATURES = {
    "adl": ["--\n{first}\nSent from my iPhone",
            "Kind regards,\n{first}\n{cust}\nPh 08 8371 2290 | Kaurna Country, Adelaide SA"],
    "rtm": ["Met vriendelijke groet / Kind regards,\n{first}\n{cust}\nT +31 10 741 0000\nKvK 24187766",
            "--\n{first} | Administratie\n{cust}"],
    "lv": ["Thanks,\n{first}\n{cust}\n(702) 555-0143\nSent from my Galaxy",
           "--\n{first}\nAccounts | {cust}\nLas Vegas, NV 89118"],
    "adl-nz": ["Nga mihi,\n{first}\n{cust}\n021 555 0192", "--\n{first} (Treasurer)\n{cust}"],
    "rtm-uk": ["Kind regards,\n{first}\nAccounts Payable | {cust}\nWalton Avenue, Felixstowe IP11 3HG\n"
               "Tel 01394 555 210", "Cheers\n{first}\nSent from Outlook for iOS"],
    "lv-mx": ["Saludos,\n{first}\nAdministracion | {cust}\nEnsenada, B.C., Mexico\nTel +52 646 555 0170",
              "Atentamente,\n{first}\n{cust}"],
}
FOOTERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for "
    "the addressee. If you have received it in error, please notify the sender and delete it.",
    "This message may contain confidential and legally privileged information. If you are not the "
    "intended recipient, any use, disclosure or copying is prohibited.",
    "Please consider the environment before printing this e-mail.",
]

OLD += [
    ("adl", "S: Re: Welcome to Fermata\nThanks, the kids are so excited. Do we need to bring the case "
     "back each term or only at the end?"),
    ("adl", "S: rosin\nHi, does the hire include rosin and a spare set of strings or do we buy those?"),
    ("adl-nz", "S: Freight\nKia ora, will the courier need someone to sign at the hall?"),
    ("adl", "S: Re: invoice\nthanks - can you put the student's name on future invoices pls"),
    ("rtm", "S: Keuring\nGood morning, when is the next LOLER inspection due for our three trucks?"),
    ("rtm-uk", "S: Delivery note\nHi, your driver left without a signed delivery note, can you email "
     "a copy for our files?"),
    ("rtm", "S: RE: Invoice {doc}\nReceived. Please add our cost centre 4410 on the next invoices."),
    ("lv", "S: gate code\nNew gate code for the back lot is 4471#, just so your crew knows."),
    ("lv", "S: Re: Invoice {doc}\nGot this, thanks. Who do I talk to about adding the bird netting?"),
    ("lv-mx", "S: Visita\nHola, the crew is welcome next week, please tell them to enter by the "
     "service gate."),
    ("lv", "S: Re: Invoice {doc}\nThanks! Our fiscal year ends in June btw, in case it matters for "
     "your records."),
    ("rtm", "S: Parking\nHello, please tell your technician to park at dock 7, not at the front."),
    ("adl", "S: Re: Invoice {doc}\nThanks Bronwyn, all received."),
    ("lv", "S: Re: service report\nLooks great, thank you. Same time next quarter?"),
]

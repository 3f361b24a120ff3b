"""Hand-written customer messages for probe_l (written blind, 2026-12-17).

One text per list entry, as (world, text). The first line `S: ...` is the subject.
Worlds: "dog" (BrightPaws Franchise Supply, Brighton, GBP), "dog-eur" (its French franchisees, EUR),
"rig" (Southerly Stage Rigging, Wellington, NZD), "rig-aud" (its Melbourne venues, AUD),
"int" (Bayfront Interpreting Group, Miami, USD), "int-cop" (its Bogota clients, COP).
A world may carry a pin after a slash ("int/lhchc"): the text names that kind of customer.

Placeholders filled by build.py: {inv} invoice number, {bal} open balance, {other} the customer's
other open invoice, {ref} a payment reference, {paid} a past payment date, {cust} the customer's
name, {ours} our collector's first name, {P_*} a promise date after as_of (iso 2026-12-18,
dmy 18/12/2026, mdy 12/18/2026, dot 18.12.2026, long 18 December 2026, mon December 18th,
wd Fri 18 Dec, th "the 18th", day a bare weekday, fr "18 décembre", es "18 de diciembre",
abbr 18-Dec-26, us "Friday, December 18, 2026"), {E_*} a promise date that has already passed.
"""

# ---------------------------------------------------------------------------------------------
# Complaints: what was wrong with the goods or the work, payment held. Each sits beside a dated
# promise, a plan request or praise. No dispute vocabulary.
COMPLAINTS = [
    ("dog/shaggychic", """S: Re: Invoice {inv}
Hi {ours},

The shampoo and conditioner on this one can go in our run on {P_dmy}, that's all approved.
What I'm not paying for is the two Kenchii clipper blades. Both arrived blunt out of the box
and snagged the coat on the first cocker we tried them on. Until they've been swapped the blade
lines stay unpaid, so the full {bal} won't be going out.

Jo"""),
    ("dog", """S: Thank you!!
First of all the new van fit-out is GORGEOUS, my clients love the lighting and the non-slip
floor. BUT the hydraulic table has been weeping fluid onto the mat since day two and your
engineer still hasn't come back like he said he would. I'm not sending money for a table I can't
safely lift a Newfoundland on. Fix it and you'll be paid, simple as that."""),
    ("dog-eur", """S: Facture {inv}
Bonjour,

We are very happy with the franchise support this year, merci beaucoup. But for this facture,
the 40 bottles of the oatmeal shampoo: the lot was bad, it smell of vinegar and three dogs of
our clients had red skin after the bath. We have stopped to use it. We can pay the rest by
virement the {P_fr} but not this bottles. Can you send an avoir for them please?

Cordialement"""),
    ("dog", """S: payment
could we do this one in 3 goes? money is tight after the van MOT. also the tunics you sent are
the old logo not the new one we paid the rebrand fee for, so im not paying the tunics bit till
the right ones turn up"""),
    ("dog", """S: RE: Overdue - {inv}
Hi {ours},

You've charged me the monthly franchise fee for November on this, but I handed the Crawley
territory back at the end of October. Dave in your office confirmed it on the phone at the time.
The consumables on the same invoice will go on {P_long} as normal; the November fee line
shouldn't be there at all, so please take it off and send me a fresh one."""),
    ("dog", """S: Re: {inv}
Hiya! Loved the Christmas hamper, thank you so much, the dogs went mad for the treats.

On the invoice though - the advanced hand-stripping workshop on the 14th never happened for
us. The trainer cancelled the night before and nobody rebooked us, so that's a charge for a
course we never sat. Everything else is fine and I'll pay the difference as soon as you've
knocked that off."""),
    ("rig-aud/yarrabendplayhouse", """S: Re: Remittance - {inv}
G'day,

Our payables run on {P_dot} has this invoice in it minus the six moving heads. Four of them
came out of the cases with dead lamps and the other two had the tilt motor grinding, so the
LX crew spent tech week working around them. We're not paying hire on gear we couldn't fly.
The rest will be in the run.

Cheers,
Bec
Production Manager"""),
    ("rig", """S: hoists
Kia ora {ours},

The crew were fantastic on the bump-in, honestly the smoothest load-in we've had at this venue.
But the two one-tonne chain hoists turned up without current inspection tags, so the venue's
safety officer wouldn't let us hang anything off them and we had to get replacements driven
down from Palmerston North overnight. We won't be paying for the hoists or the truck that
brought them. Send a revised invoice without them and it'll be paid straight away."""),
    ("rig", """S: Crew hours on {inv}
Hi,

Before this goes to payment: the invoice has your two riggers at 12 hours each on the Saturday.
They arrived at 2pm and were done by 10pm, which is 8 hours, and our stage door sign-in sheet
shows exactly that. Happy to pay on {P_mon} once the hours have been fixed."""),
    ("rig-aud", """S: RE: Invoice {inv} - 14 days hire
Hello,

We returned the truss and both haze machines to your Melbourne depot on day seven (the season
closed early, as you'll remember) and your storeman signed the return docket. The invoice still
charges the full fourteen days. Once that's been fixed, could we also talk about splitting the
corrected amount into two payments? Closing early has hurt us."""),
    ("rig", """S: Re: friendly reminder
Sorry for the slow reply, it's been opening week.

The truck turned up at 4 in the afternoon instead of 8am, so we lost our entire focus session
and ran the dress without half the rig. I don't think we should be paying full whack for that
day. Give me a ring about it and then we'll pay, probably spread over December and January
anyway since it's a big one for us."""),
    ("rig", """S: {inv}
All good with the lighting kit, thanks heaps, the designer was stoked.

One thing: the invoice has a follow-spot operator on it for three nights. No operator ever
turned up, our ASM ran the spot herself. Please take that line off. The rest is queued for
{P_wd}."""),
    ("int", """S: RE: Past due notice {inv}
{ours},

The Spanish interpreter for our 9am shareholder call arrived 40 minutes late and our CFO had to
improvise through the first agenda items with half the Madrid participants lost. We are not
comfortable paying the full half-day for that. AP had the invoice scheduled for {P_mdy}, but
I've asked them to hold it until we hear back from you."""),
    ("int", """S: Question re invoice
We booked a 2-hour remote session through your portal and you've invoiced the 4-hour minimum.
Nothing on the booking page said anything about a minimum. We'll pay for the two hours we
booked on {P_iso}, not the four."""),
    ("int-cop", """S: Factura {inv}
Buenos días señora Vega,

We requested interpreter English-Spanish for the visit of the German buyers, but the person you
send only speak English and Portuguese, so our commercial manager translate himself all the day.
For this service we cannot pay. We are very happy with the other services of Bayfront and we
want to continue the relation, but please send us a nota crédito for this.

Saludos"""),
    ("int", """S: Re: invoice {inv}
Hi, love your team generally, Luis was superb for us in October.

But on the 19th the ASL interpreter left at 3:00 for another booking and our town hall ran
until 4:30, so half the room lost access for the Q&A. You've billed us until 5. We'd like to pay
in two halves anyway because of how our fiscal year falls, but not until the hours are
corrected."""),
    ("int/lhchc", """S: Re: Statement
The certified translations of the patient consent forms had our clinic's name misspelled on
every page and two of the dosage figures swapped between columns. We couldn't use them and had
to have them redone locally. The interpreting portion of this invoice will be paid on
{P_long}; the translation portion will not."""),
    ("int", """S: Cancellation charge
Hi there,

We cancelled the Thursday booking four full days ahead (my email went Tuesday 10:12am) and your
terms say 48 hours. The invoice still charges the cancellation fee in full. Otherwise, thank you
for squeezing us in at short notice for the Friday, that was a lifesaver."""),
    ("int-cop", """S: RE: Recordatorio {inv}
Hola Marisol,

The interpreting was excellent, the delegates were very happy with the team. But the receivers
of the simultaneous equipment, 30 of the 60 did not work, the people heard only noise during
the morning session. We cannot pay the equipment rental like this. The fee of the interpreters
we pay by transferencia the {P_es}."""),
    ("dog-eur", """S: RE: Relance facture {inv}
Hello,

The dryer (the blaster) you delivered for the van in Lyon stop to work after one week, the
motor make smoke. Your technician say it is under warranty but since nobody come. I want to pay
the other things but I wait for the new blaster first. Maybe after that we pay in two times?
Merci"""),
]

# ---------------------------------------------------------------------------------------------
# Paid claims: the customer says it has already paid, beside a promise or a plan request.
PAID_CLAIMS = [
    ("dog", """S: Re: Reminder - {inv}
This was paid by BACS on {paid}, reference {ref}. The one I do still owe you is the December
consumables and that'll go on {P_dmy}. Can you have a look at your bank please?"""),
    ("dog-eur", """S: RE: {inv}
Bonjour {ours},

We have paid this by virement SEPA the {paid} (référence {ref}). Maybe it is arrived under the
name of the company of my husband? For the next facture we would like to pay in 3 times if it is
possible for you.

Bonne journée"""),
    ("rig", """S: paid
mate we paid that on the company card over the phone with your office on {paid}, Kiri took it.
receipt no {ref}. if it didnt go through let me know and we'll just pay it again on {P_th}"""),
    ("rig-aud", """S: Payment Notification - Tipalti
This is an automated message from Tipalti on behalf of {cust}.

Payment status: PAID
Payee: Southerly Stage Rigging Ltd
Invoice(s): {inv}
Amount: {bal}
Payment method: International wire (SWIFT)
Value date: {paid}
Payment reference: {ref}

A separate scheduled payment for invoice {other} is set for {P_iso}.

Please do not reply to this email."""),
    ("rig/tararuafest", """S: Re: overdue?
Hi there,

Our treasurer posted a cheque for this on {paid}. We're a volunteer-run trust so we still do
cheques, sorry! If it has gone astray somewhere, could we do it by internet banking instead,
perhaps in two lots as the grant money comes in?

Thanks for your patience"""),
    ("int", """S: Bill.com: Payment sent to Bayfront Interpreting Group
{cust} sent you a payment.

Amount: {bal}
Invoice #: {inv}
Payment method: ACH (bank transfer)
Sent on: {paid}
Expected arrival: 3-5 business days
Trace number: {ref}
Memo: Interpreting services - 2nd of 2 installments per agreement

Questions about this payment? Contact {cust} directly."""),
    ("int-cop", """S: RE: Factura vencida {inv}
Estimada Marisol,

El pago se realizó por transferencia internacional el {paid}, referencia {ref}, adjunto el
soporte. In English: the payment was made already, please verify with your bank. The new
invoice of December we will pay with the calendar of our committee, on {P_th}.

Cordial saludo"""),
    ("int", """S: Re: {inv}
paid it thru your payment link on {paid}, card ending 4417. got the green confirmation screen
but no email. the next booking invoice we'll pay {P_mdy} as normal"""),
    ("dog/poochparlourlewes", """S: Re: Your account
Hi!

I paid this through the Stripe link on your email on {paid}, my bank shows it's gone out,
ref {ref}. Honestly I thought we were all square! If there's something else I owe, can we set
up a monthly amount instead of lump sums? Easier for me to budget.

Gemma x"""),
    ("rig", """S: Remittance Advice
REMITTANCE ADVICE

From: {cust}
To: Southerly Stage Rigging Ltd
Payment date: {paid}
Method: Direct credit
Particulars: {inv}
Reference: {ref}
Amount: {bal}

Please note our next supplier payment run is {P_long}."""),
]

# ---------------------------------------------------------------------------------------------
# Dated promises (all after as_of) with harmless context around them.
PROMISES = [
    ("dog", """S: Re: Invoice {inv}
Hi {ours}, apologies for the silence. Mark has signed it off now and it's sat in the BACS batch
for {P_dmy}. Thanks for being so patient with us!"""),
    ("dog", """S: Automatic reply: Overdue reminder
Thank you for your email. I am on leave until 4 January with limited access to email. For
anything urgent please contact Priya on 01273 555014.

---
Priya here, I'm keeping an eye on {contact}'s inbox while they're away. I've queued {inv} for payment on
{P_long}. Have a lovely Christmas."""),
    ("dog-eur", """S: RE: Facture {inv}
Bonjour Madame Cole,

Sorry for the delay, this month we had the inspection of the veterinary services for our van,
very stressful, but all is OK now. The virement is programmed for the {P_fr}.

Merci pour votre patience et joyeuses fêtes !"""),
    ("dog", """S: sorry!!
So sorry {ours}, my van was off the road for three weeks with a gearbox and I've been playing
catch-up with everything since. That's all behind me now and I've booked your payment for
{P_wd}, it's sitting in my banking app already. Thanks for understanding xx"""),
    ("rig", """S: Re: {inv}
Kia ora,

Our cheque run is {P_dmy} and you're on it. Bit old school I know! Loved the new LED cyc
lights by the way, the director wants them again for the autumn show."""),
    ("rig-aud", """S: Coupa: Invoice {inv} approved for payment
Invoice {inv} from Southerly Stage Rigging Ltd has been fully approved.

Status: Approved - Scheduled
Scheduled payment date: {P_iso}
Payment terms: Net 30
Amount: {bal}

This notification was sent by Coupa on behalf of {cust}. Please do not reply to this message."""),
    ("rig", """S: bump-out photos
Hey {ours}!

Attached a few photos from closing night, the crew look knackered but happy. The Wairarapa
tour is locked in for March so we'll be in touch about the touring rig in the new year, I think
we'll want the same package plus two more profiles.

Oh and your invoice, Lisa's processing it now, it'll land {P_mon}.

Ka kite"""),
    ("rig-aud", """S: RE: Outstanding invoice
Hi there,

Finance confirmed this morning that it's queued in the {P_dot} payment file. Apologies from our
end, our previous bookkeeper left in October and a few things piled up while we found someone.

Kind regards"""),
    ("int/brickellcap", """S: Re: Invoice {inv} - Payment status
Dear Ms. Vega,

Thank you for your correspondence regarding the above invoice. Please be advised that the
invoice has completed our three-way match and received final approval from the Controller. It
has been scheduled for payment on {P_mdy} via ACH.

We also wish to note our appreciation for the interpreters provided at our investor day.

Sincerely,
Accounts Payable Department"""),
    ("int-cop", """S: RE: Recordatorio de pago {inv}
Hola Marisol, qué pena la demora.

The payment is in the batch of pagos a proveedores of the {P_es}, our tesorería approved it
yesterday. Un abrazo y feliz navidad para todo el equipo."""),
    ("int", """S: Re: reminder
hey! yes sorry, it's scheduled for {P_day}. we switched banks last month (long story) so
everything got pushed back a bit. the interpreters at the gala were amazing btw"""),
    ("int", """S: Tipalti - Payment Scheduled
Hello Bayfront Interpreting Group,

A payment to you has been scheduled by {cust}.

Payment amount: {bal}
Invoices included: {inv}
Estimated payment date: {P_us}
Method: ACH

You can view payment details in the Tipalti Supplier Hub."""),
    ("dog", """S: Re: {inv}
sorry been poorly all week. will b paid {P_dmy} cheers"""),
    ("rig", """S: Re: Invoice overdue
Apologies {ours}, our treasurer only meets with the board fortnightly to authorise payments. It
was authorised at last night's meeting and will be paid on {P_th}. Thanks again for the quick
turnaround on the dimmer repairs last month, saved our bacon."""),
    ("int/brickellcap", """S: FW: Bayfront invoice
---------- Forwarded message ---------
From: Denise <denise@{dom}>
Subject: Bayfront invoice

Can you make sure the Bayfront invoice goes out? They were great with the Lima delegation.

---

Hi Marisol, looping you in per Denise's note: I've entered {inv} in this week's run with a
payment date of {P_mdy}.

Thanks,
Kevin (AP)"""),
]

# ---------------------------------------------------------------------------------------------
# Hardship / more time: indirect, undated, with harmless context.
HARDSHIP = [
    ("dog", """S: Re: {inv}
{ours}, honest answer: the seafront roadworks have killed my Saturday bookings for two months
and I just haven't got {bal} sitting there right now. I could do some of it now and the rest as
things pick up, if that's alright with you? Really sorry. Love the new range though."""),
    ("dog-eur", """S: RE: Facture {inv}
Bonjour,

The season in Boulogne is very calm in winter, the clients come less often. Is it possible to
pay this facture in several times? I am sorry for the trouble.

Your new catalogue is very beautiful, we will order the brushes in spring."""),
    ("dog", """S: quick one
Hi, my business partner has just left and taken half the client list with her, so things are a
bit wobbly at the moment. Would you let me spread {inv} over a few months? I'm not asking for
anything off the price, just the timing."""),
    ("rig/tararuafest", """S: Re: Invoice {inv}
Kia ora {ours},

The festival season was a real success artistically, but the box office came in well below
budget and the trust is juggling a lot of suppliers at the moment. Would it be possible to pay
the balance to you in instalments? We very much want to keep working with Southerly.

Ngā mihi"""),
    ("rig-aud", """S: RE: Past due - {inv}
Hi team,

Our arts council grant still hasn't been released and it's holding up everything. We're not in a
position to cover the whole amount in one go. Could we arrange something in parts?

Also, for your records, our new production manager is Oscar and he'll be your main contact for
bookings from here on."""),
    ("rig", """S: Re: reminder
Hi, Moana's away until after Christmas so I'm keeping an eye on her inbox.

I've had a word with our GM and we'd need a bit longer on this one, our cash is tied up until
the season subscriptions come in. Hope that's ok?"""),
    ("int/lhchc", """S: Invoice {inv}
Dear Ms. Vega,

I am writing on behalf of the Center regarding the above invoice. Owing to a delay in our
federal grant reimbursement, we are unable to remit the full balance at this time. We would be
grateful if Bayfront would consider accepting the amount in monthly portions. Please let us
know what arrangement would be acceptable to you.

Respectfully,
Finance Office"""),
    ("int-cop/andescafes", """S: RE: Factura {inv}
Buenas tardes Marisol,

The export of the harvest was delayed by the strike in the port of Buenaventura, so our caja is
very low this month. Is it possible to divide the factura in two or three cuotas? We value very
much the work of the interpreters, specially Camila with the Japanese buyers."""),
    ("int/seaportcruise", """S: re: past due
hi marisol, tough few months here, we lost our biggest cruise contract over the summer. cant do
it all at once. can we work something out? sorry to be that person"""),
    ("dog", """S: RE: Account
Hello, first of all sorry, I know this is late.

The salon side has been really quiet since the vet practice next door closed (they used to send
us half our clients). Could I pay you weekly for a while instead of the whole thing at once?

Your delivery driver Sam is a star by the way."""),
    ("rig", """S: Re: {inv}
hey, straight up we're short this month, the venue still owes us for two shows. can you give us
a bit more time on this one?"""),
    ("rig-aud/fitzroyhall", """S: RE: {inv}
Good afternoon,

Following the cancellation of our summer programme because of the roof works, the Hall's
revenue has dropped considerably. The committee has asked me to enquire whether a staged
payment arrangement would be possible for the outstanding balance.

We remain very happy with Southerly's service and hope to book you again once the roof is done.

Yours faithfully,
Hon. Treasurer"""),
    ("int", """S: Re: Invoice {inv}
Hi Marisol,

Our new owners moved the finance function to Houston in October and everything has backed up
since. I can't get the whole thing paid this month. Would part now and part later work for you?
Happy to jump on a call."""),
    ("dog-eur", """S: Paiement
Hello {ours},

With the launch of the franchise in Nantes the costs were more than we planned (the van, the
insurance, the equipment...). I cannot pay all the facture now. Can we find a solution, a little
each month?

Thank you, and bravo for the training in September, it was very useful."""),
    ("int", """S: RE: Past due reminder
Marisol, apologies, I inherited this from my predecessor and only found it this week. Our budget
for language services this year is exhausted; I can get part of it through now and would need
to carry the rest into next year's budget. Would you be open to that?"""),
]

# ---------------------------------------------------------------------------------------------
# Benign: harmless replies that mention money, dates, payment runs, orders, deliveries or our
# people without any claim.
BENIGN = [
    ("dog", """S: Re: Invoice {inv}
Thanks {ours}, got it. I'll pass it to the boss."""),
    ("dog", """S: New address
Hi, please note our new registered address from 1 December: Unit 4, Hollingbury Trade Park,
Brighton BN1 8AB. Could you update your system so future deliveries and post come here?
Thanks!"""),
    ("dog-eur", """S: Demande de copie
Bonjour,

Notre comptable me demande une copie de la facture {inv} en PDF pour la clôture. Merci d'avance
et bonne journée !"""),
    ("rig", """S: Automatic reply: Invoice {inv} overdue
Kia ora, I'm out of the office on a site visit until Monday with patchy reception. For urgent
production matters please call the office on 04 555 0192.

Ngā mihi"""),
    ("rig-aud", """S: Re: {inv}
Hi, while I have you, do you have a pair of 4m black tab curtains free for our New Year's Eve
event? We'd need them in Melbourne by the 28th. Can you send a quote?"""),
    ("rig", """S: Meri Kirihimete!
From all of us here, thanks for a huge year of shows. Our office is closed from 23 December to
11 January. See you in 2027!"""),
    ("int", """S: W-9 request
Hi, our vendor onboarding team needs a current W-9 for Bayfront before their year-end review.
Could you send one over when you get a chance? Thanks!"""),
    ("int", """S: AP contact change
Please update your records: effective immediately, invoices and statements for us should go to
our payables mailbox (payables@{dom}) rather than my personal address. Marta is our new AP
lead."""),
    ("int-cop", """S: RE: Factura {inv}
Buenos días, recibido. Lo paso a contabilidad. Gracias"""),
    ("dog", """S: Re: Reminder
Hi, just so you know for the future, our accounts person only does the banking on a Friday so
there can be a bit of a lag sometimes. Also, can we add 2 x 5L of the coconut conditioner to the
next order?"""),
    ("rig", """S: thanks to your crew
Just wanted to say Tane and Mere were brilliant on the bump-out last week, nothing broken,
everything labelled and the dock clear by midnight. The invoice is with our accounts person."""),
    ("rig-aud", """S: Delivery for January
Hi, confirming delivery of the hazers for the January season to the stage door on Johnston St,
7am on Tuesday the 12th of January. The loading dock is tight so a small truck please."""),
    ("int", """S: Invoice copy
Could you resend {inv}? Our new AP system didn't pick up the PDF attachment. Also, if possible,
please add our PO number 45-2231 on invoices for next year's bookings."""),
    ("int", """S: Happy holidays
Happy holidays from all of us! Thank you for helping with the Brazilian group this fall,
everyone still talks about it. Looking forward to working together in 2027."""),
    ("dog-eur", """S: RE: {inv}
Bonjour {ours}, bien reçu merci. Petite question : est-ce que vous avez encore les serviettes
microfibre en bleu ? On voudrait en commander 50 pour janvier."""),
]

# ---------------------------------------------------------------------------------------------
# Mixed hard negatives. build.py's MIXED_SPECS gives each one's scaffold and label, in order.
MIXED = [
    # 0 a plan offer declined, full payment dated
    ("dog", """S: Re: payment plan?
Thanks for offering a payment plan {ours}, but honestly there's no need, it was just a mix-up
with our bank mandate. The full {bal} goes on {P_dmy}."""),
    # 1 hypothetical plan question about the future
    ("rig", """S: Re: {inv}
Out of interest, if we ever booked the full touring rig for a season, would you do staged
payments on something that size? Not for this one, just planning ahead for 2027."""),
    # 2 retraction of an earlier promise (THREAD 0 is the promise)
    ("int/brickellcap", """S: RE: Payment date
Marisol, please disregard Ana's email below. She was looking at a different vendor's line in
the run. I don't have a date for yours yet; I'll find out where it is and get back to you.

Kevin"""),
    # 3 retraction of an earlier plan request (THREAD 1 is the request)
    ("dog", """S: Re: instalments?
Ignore that {ours}, I've had a word with my accountant and I'll just pay it in one go. Sorry for
the faff!"""),
    # 4 promise about another invoice
    ("rig-aud", """S: RE: {other}
Hi, {other} (the November crew call) is approved and will go out on {P_dot}. I'm still waiting
on the production office to sign off the hire invoice {inv}, so I can't give you a date for that
one yet."""),
    # 5 plan request about another invoice
    ("int", """S: Invoice {other}
Hi Marisol, the conference invoice {other} is a big one for us. Could we split that one over
three months? The smaller one, {inv}, is fine and just needs to go through approval."""),
    # 6 promise conditional on a fix of ours
    ("dog", """S: Re: {inv}
Happy to pay on {P_long}, as soon as your engineer has been out to sort the water heater in the
van, which has been tripping the inverter every morning since you fitted it. No fix, no
payment I'm afraid."""),
    # 7 promise conditional on a reissue with our PO
    ("rig", """S: RE: {inv}
We'll release this on {P_dmy}, but only once it's reissued with our PO number (PO-7731). Our
system bounces anything without a PO, and yours came through with no PO and our old Tory Street
address."""),
    # 8 a promise whose date has passed
    ("int", """S: Re: {inv}
Hi, this is set to go out on {E_long}. Thanks!"""),
    # 9 an AP-tool schedule whose date has passed
    ("rig-aud", """S: SAP Ariba: Payment proposal notification
Invoice {inv} from Southerly Stage Rigging Ltd has been included in a payment proposal.

Customer: {cust}
Planned payment date: {E_iso}
Amount: {bal}

This is a system-generated message from SAP Business Network."""),
    # 10 a promise at >= 60 days past due
    ("dog", """S: Re: Final reminder
Hi, yes I know it's ages overdue, sorry. It's in the batch for {P_dmy}, promise."""),
    # 11 a plan request at >= 60 days past due
    ("int-cop", """S: RE: Factura {inv}
Marisol, we still cannot pay the total, the situation is the same. Is possible in three cuotas?
Sorry for the long time."""),
    # 12 a plan request after the current stage's reminder
    ("rig", """S: Re: Second reminder - {inv}
Hi {ours}, sorry, could we do this in two halves? The box office takings are slow to come
through from the ticketing company."""),
    # 13 a plan request after the current stage's reminder (French)
    ("dog-eur", """S: RE: Relance
Bonjour, pouvez-vous accepter un paiement en trois fois ? The van needed four new tyres this
month and the bank is slow. Merci."""),
    # 14 our collector's own email restating a phoned promise
    ("int/kbresort", """S: Following up on our call
Hi Rafael,

Thanks for taking my call this morning. As discussed, you'll have AP send {inv} ({bal}) on
{P_mdy}. I'll make a note of it on our side.

Best,
Marisol Vega
Bayfront Interpreting Group"""),
    # 15 our collector's email after three reminders with nothing back
    ("dog/muddypawsvan", """S: {inv} - are you still there?
Hi Lou,

I've sent a few reminders about {inv} ({bal}) and haven't heard anything back. If you've
already paid, please ignore this and send me the remittance so I can match it up.

Thanks,
Harriet"""),
    # 16 a complaint settled earlier (THREAD 2 is the old complaint); now a harmless reply
    ("rig", """S: Re: credit note
Cheers for sorting the credit note so quickly, that's all squared away our end. The invoice is
with our accounts person now."""),
    # 17 a negated complaint
    ("int", """S: Re: {inv}
No complaints at all about Tuesday, the interpreters were great and our client noticed. I just
haven't got round to the invoice yet, sorry, it's on my list."""),
    # 18 a plan request beside a question about the goods
    ("dog", """S: two things
1) can I split {inv} into two payments? been a slow month.
2) does the hypoallergenic shampoo come in the 5 litre now or still just the 1L?"""),
    # 19 a plan request beside a question about the work
    ("int", """S: Re: {inv}
Would Bayfront accept this in three monthly installments? Our budgets are stretched after the
year-end audit. Separately, can we request Camila again for the March board meeting? Our chair
asked for her by name."""),
    # 20 a paid claim corrected into a promise (THREAD 3 is the paid claim)
    ("rig", """S: Re: Re: {inv}
My mistake, sorry! It was the sound hire invoice that got paid, not yours. Yours is going out on
{P_th}."""),
    # 21 half on a date, the rest later
    ("int-cop", """S: RE: {inv}
Marisol, we can pay the half on the {P_es} and the other half in January when the new budget
opens. Gracias."""),
    # 22 a hypothetical complaint, negated, beside a dated promise
    ("rig-aud", """S: RE: {inv}
If the hazers had turned up late like last year's supplier we'd have been stuffed, but they were
early and spot on. Payment's scheduled for {P_dot}."""),
]

# Earlier emails in a thread (used by the MIXED cases above).
THREAD = [
    # 0 the promise that MIXED 2 retracts
    ("int/brickellcap", """S: Payment date
Hi Marisol, {inv} will be paid {P_mdy}. - Ana"""),
    # 1 the plan request that MIXED 3 retracts
    ("dog", """S: instalments?
Could I pay {inv} in a couple of instalments? Things are slow at the moment."""),
    # 2 the old complaint that MIXED 16 settles
    ("rig", """S: DMX cables
Hi, three of the 20m DMX runs in the last package had crushed connectors, we had to swap them
out for our own. Can you take those off the bill?"""),
    # 3 the paid claim that MIXED 20 corrects
    ("rig", """S: Re: {inv}
that's been paid, check your account"""),
]

# Customer emails about the customer's other business (dated weeks before; harmless history).
OLD = [
    ("dog", """S: Order for next week
Hi, can I get 6 x 5L oatmeal shampoo, 2 boxes of nitrile gloves (M) and a spare slicker brush on
Tuesday's van? Thanks!"""),
    ("dog", """S: Re: Delivery
All arrived this morning, thanks. The driver was lovely with the dogs."""),
    ("dog-eur", """S: Commande
Bonjour, nous confirmons la commande de 12 flacons de shampooing et 2 tondeuses. Merci."""),
    ("dog", """S: Training dates
Are there any spaces left on the January first-aid-for-dogs course? Two of my groomers want to
go."""),
    ("rig", """S: Booking - spring season
Hi, pencilling in the usual lighting package for the spring season, bump-in 3 March. Will
confirm numbers closer to the time."""),
    ("rig", """S: Re: Quote
Thanks, quote accepted. Please go ahead with the hoists and the extra truss."""),
    ("rig-aud", """S: Melbourne delivery
Hi, the stage door is on the laneway side, not the main entrance. Ring Pete when you're 10
minutes out."""),
    ("rig", """S: Re: Your crew
Just confirming we'll have pizza for the crew at the bump-out as usual."""),
    ("int", """S: Booking request
We need two Spanish interpreters for a vendor summit on the 12th, 8am to 4pm, at the Brickell
office. Please confirm availability."""),
    ("int", """S: Re: Confirmation
Great, confirmed. Please have the interpreters check in with reception on arrival."""),
    ("int-cop", """S: Solicitud de servicio
Buenos días, necesitamos un intérprete inglés-español para una videollamada con el cliente de
Toronto. ¿Tienen disponibilidad?"""),
    ("int", """S: Glossary for the event
Attaching our glossary of product names for the interpreters to review before Thursday."""),
    ("dog", """S: Re: Van service
Van's back from the service, all fine. See you at the franchise day."""),
    ("dog-eur", """S: Formation
Merci pour la formation de la semaine dernière, l'équipe a beaucoup appris."""),
    ("rig", """S: Tech specs
Can you send the tech specs for the LED profiles? Our LD wants to check the wattage."""),
    ("rig-aud", """S: Re: Booking
Confirmed for the Fringe, same package as last year please. Bump-in the Monday."""),
    ("int", """S: Agenda
Here's the agenda for the board meeting so the interpreters can prepare. Thanks!"""),
    ("int-cop", """S: Gracias
Muchas gracias por el servicio del martes, todo salió muy bien."""),
    ("int", """S: Parking
Interpreters can park in the visitor garage on level 2, we'll validate."""),
    ("rig", """S: Re: Crew numbers
We'll need four crew for the bump-out, not three. Thanks."""),
]

# Harmless CRM notes (dated before the invoice was due).
NOTES = [
    ("dog", "Account owner: Harriet. Prefers email to phone. Usually pays within a week of a reminder."),
    ("dog", "Franchisee since 2022. Van fit-out completed in the spring; no issues raised."),
    ("dog", "Customer asked for delivery on Tuesdays only from now on."),
    ("rig", "Venue contact changed over in the winter; new PM copied on bookings."),
    ("rig", "Long-standing client, books the full package every season."),
    ("rig", "Quoted the touring package for next year; awaiting their board."),
    ("int", "Regular client since 2021, books interpreters most months."),
    ("int", "Client prefers the same interpreter team where possible (Camila, Luis)."),
    ("*", "Sent welcome pack and payment details on account opening."),
    ("dog", "Met the owner at the Brighton groomers' meet-up; keen on the new dryer range."),
    ("dog-eur", "French franchisee; invoices in EUR, statements in English are fine."),
    ("rig-aud", "Melbourne venue; invoices in AUD. Deliveries via the laneway dock."),
    ("int-cop", "Bogota client; invoices in COP, pays by international transfer."),
    ("int", "Asked for invoices to show the event name in the description."),
    ("*", "Prefers a phone call before any big booking change."),
]

# CRM notes with meaning (used by specific cases).
CASE_NOTES = [
    # 0 a collector's note of a phoned promise
    "Rang {contact} re {inv}. Says it's going through on {P_dmy} after their board meets. - TR",
    # 1 a collector's call note that breaks the 3-reminder rule
    "Called main line re {inv}, left a voicemail for accounts asking them to call back. - HC",
    # 2 a resolved complaint
    "Customer reported crushed DMX connectors on three runs. Credit note issued and applied to the "
    "invoice; customer confirmed happy. Resolved. - TR",
]

# ---------------------------------------------------------------------------------------------
# Hard stops, one each.
HARD_STOP = [
    # legal_hold
    ("dog", """S: Re: {inv}
{ours}, I'm sorry to tell you the business went into administration this week. The insolvency
practitioners will be writing to all creditors and I've been told not to make any payments
myself. I had hoped we could work out instalments with you before it came to this."""),
    # open_dispute (Collections Status = DISPUTED) beside a dated promise
    ("rig", """S: Re: {inv}
The revised amount will go in the run on {P_dmy}."""),
    # over_risk_threshold (COP, HomeBalance over 10,000 USD) beside a dated promise
    ("int-cop", """S: RE: Factura {inv}
Buenos días Marisol, el pago está programado para el {P_es}. Gracias por la paciencia."""),
    # unapplied_credit beside a plan request
    ("rig-aud", """S: RE: {inv}
Hi, could we pay this one off in parts over the next couple of months? It's been a lean season
for the venue."""),
    # missing_context (no DueDate) beside a harmless reply
    ("int", """S: Re: {inv}
Thanks, received. Forwarding to our controller."""),
]

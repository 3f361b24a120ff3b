"""Hand-written customer messages for probe_g (blind probe, written 2026-12-12).

Each entry is (world, text). The first line of a text, "S: ...", is the e-mail subject; the
rest is the body. Worlds:

- "edi"    wedding and corporate events caterer in Edinburgh (home GBP), UK customers;
- "edi-nl" the same caterer, a Dutch event agency billed in EUR;
- "dub"    veterinary and farm supply distributor in Dublin (home EUR), Irish customers;
- "dub-ni" the same distributor, a Northern Ireland farm billed in GBP;
- "hou"    signage and vehicle-wrap workshop in Houston (home USD), US customers;
- "hou-mx" the same workshop, a Monterrey client billed in MXN.

Placeholders filled by build.py: {inv} invoice number, {bal} open balance with currency,
{other} another open invoice's number, {collector} our collector's first name, {contact} the
customer's contact, {customer} the customer's name, {domain} the customer's mail domain,
{ref} a payment reference, {date:FMT} a promise date, {paydate:FMT} a past payment date.
FMT: iso 2026-12-18, dmy 18/12/2026, mdy 12/18/2026, dot 18.12.2026, long 18 December 2026,
md December 18th, wd Fri 18 Dec, th 18th, wday Friday, es 18 de diciembre, nl 18 december,
mon Dec 18, 2026.
"""

# The customer describes what was wrong with the goods or the work and holds payment.
# No dispute vocabulary.
COMPLAINTS = [
    ("edi", """S: Re: Final balance - Kerr / Lindsay wedding
Hi {collector},

Sorry it's taken me a while to reply, we've only just got back.

I don't really know how to put this nicely. The cake didn't arrive until after the speeches,
so we ended up cutting a sponge one of the aunties had brought from Tesco, and the evening
buffet ran out before half the evening guests had eaten. My dad is adamant that we shouldn't
pay the rest of the balance until someone from your side sits down with us and goes through
what happened on the day.

Eilidh"""),
    ("edi", """S: RE: Invoice {inv}
Hello,

We ordered 80 vegetarian lunches for the AGM and 40 turned up. A lot of people went without
and I had to send someone to Pret. Finance won't release {inv} as it stands, it has to reflect
what was actually delivered."""),
    ("edi-nl", """S: RE: Payment reminder {inv}
Dear {collector},

For the dinner in the Signet Library your offer says 6 persons service staff. On the evening
there were only 4 persons, our client has also seen this. So the invoice with 6 persons is not
correct for us and we can not pay it like this. Please send a new invoice with the right
number, then we pay directly.

Met vriendelijke groet,
Joost"""),
    ("edi", """S: Thank you!!
Thank you for squeezing us in at such short notice, the room looked gorgeous.

Less happy news I'm afraid: the chicken canapes came out lukewarm at best and two of our
guests were unwell the next morning. I've passed it to our office manager and she's asked me
to keep {inv} on hold until we've heard your side."""),
    ("edi", """S: Coupa: Invoice {inv} - Action required
Coupa Supplier Portal

Invoice {inv} from Thistle & Ladle Events Ltd has been placed on hold.

Hold reason: Price variance. The per-head rate on the invoice (GBP 42.00) does not match the
rate on purchase order PO-45-2231 (GBP 38.50).

Next step: issue a credit note for the difference and resubmit against the purchase order.
This invoice will not be scheduled for payment while it is on hold.

Do not reply to this message."""),
    ("edi", """S: Re: Burns supper tasting
Morning {collector}!

It was great to see you at the tasting on Thursday - the haggis bonbons are a winner, put us
down for them on the 23rd of January.

While I have you: the invoice for the gala still has the champagne reception on it, and we
cancelled that back in October (I have Callum's email confirming). Fiona in finance has parked
the whole thing until that line comes off.

Anyway, see you soon, and good luck with the Christmas madness."""),
    ("edi-nl", """S: factuur {inv}
Hallo,

On the invoice for 14 November in Leith stands also the coach transfer for the guests. But
this transfer we have organised ourself with our own bus company, you did not do this. So this
invoice is not correct and we wait for a corrected one before payment.

Groeten,
Marloes"""),
    ("dub", """S: Re: Overdue: {inv}
Hi {collector},

The vaccine order on this one came in with the ice packs fully melted and the box warm to the
touch. We couldn't stand over it for cold chain so it all went in the bin. I'm not paying for
stock we couldn't use - let me know what you want to do about it."""),
    ("dub-ni", """S: RE: Statement
{collector}, half the mineral buckets on that order were the cattle formula, not the sheep
one we asked for. I sent them back with your driver on the Tuesday. The {bal} isn't being paid
till that's sorted on the invoice."""),
    ("dub", """S: fence posts
Good morning,

The fence posts which you deliver on last order, many of them are broken and split, I send
photos to your office last week but nobody answer me. The boss say he pay when you change
them, not before.

Thank you
Pawel"""),
    ("dub", """S: RE: Overdue: {inv}
Dear {collector},

The Cydectin on this invoice was short-dated - the whole lot expires at the end of January,
and at our usage we'd never get through that quantity. We'd never have taken it had we known.

I'm happy to sort this out, but our practice manager won't pay against the invoice until the
boxes are collected and the amount comes down to match.

Kind regards,
Niamh"""),
    ("dub", """S: Re: Reminder {inv}
The calving jack was supposed to be the stainless one. What came was the galvanised model,
billed at the stainless price.

So that one stays unpaid on our side for now."""),
    ("dub", """S: SAP Ariba: Invoice {inv} rejected
Your invoice {inv} submitted to Midlands Equine Hospital has been rejected.

Rejection comments: Quantity invoiced (40) exceeds quantity received (25) for line 1, Equine
bandage 10cm. Goods receipt GR-5510342 attached. Please submit a credit memo for the
difference or a corrected invoice.

This is a system-generated message from SAP Business Network."""),
    ("dub", """S: re reminder
still no sign of the 2nd pallet of straw bedding. cant pay for what i havent got"""),
    ("hou", """S: RE: Past due invoice {inv}
Dana,

The wrap on truck #4 is already lifting along the seams after three weeks, and the logo
color doesn't match the proof we signed off. It's a purple, not our navy. We're not cutting a
check until someone comes out and makes it right."""),
    ("hou-mx", """S: RE: Factura {inv}
Buenas tardes Dana,

The letters of the monument sign have a different font that is not the one of the approved
design, you can see it in the photos of the inauguration. Our director ask to not pay the
invoice until this is corrected.

Saludos cordiales,
Lic. Mariana Garza"""),
    ("hou", """S: RE: Invoice {inv}
Hi,

Your invoice shows 14 hours of install labor. Your crew was on site from 9 to 1:30, our gate
log has them signing in and out. Please adjust the hours and resend, and we'll pay the
corrected amount."""),
    ("hou", """S: Re: Reminder - {inv}
Hey Dana, not sure if this is on y'all or on the electrician, but the channel letters on the
north face still aren't lit. Two weeks now. Until the sign actually works I don't think I can
get anybody here to approve paying for it."""),
    ("hou", """S: banners
the banners for the job fair came with 2025 printed on them instead of 2026. cant use them.
pls reprint before we talk about paying for them"""),
    ("hou", """S: Thank you!!
Thanks for getting the window graphics up so fast!

Unfortunately the frost film on the big conference room is bubbled all over, you can see it
from the parking lot. I've told our AP to hold {inv} until the film's been redone."""),
    ("hou", """S: FW: Lone Star invoice
FYI see below from our facilities team.

-----Original Message-----
From: Priya Raman (Facilities)
To: Accounts Payable
Subject: Lone Star invoice

Please don't release the Lone Star payment yet. The yard sign posts they put in at the new
lot are leaning already and two came down in Tuesday's wind. I've asked them to come back out."""),
    ("hou-mx", """S: Re: Recordatorio
Hello Dana,

The vinyl of the 6 vans is with bubbles and in 2 vans the phone number is wrong, it has one
digit less. We can not put the vans in the street like this. When you fix it we make the
payment.

Atte. Rodrigo"""),
]

# The customer says it has already paid (every channel).
PAID_CLAIMS = [
    ("edi", """S: RE: Reminder: invoice {inv}
Hi {collector},

I'm fairly sure this went across with our November suppliers - our reference would have been
{ref}. Might be worth a look on your side in case it's landed against the wrong account?"""),
    ("edi-nl", """S: RE: Betalingsherinnering {inv}
Hello {collector},

This is strange, in our system the invoice is on status paid since {paydate:dot}. Maybe the
payment is on your account under the name of our holding company? Can you check please.

Met vriendelijke groet,
Ilse"""),
    ("edi", """S: Remittance Advice
REMITTANCE ADVICE

Payment date: {paydate:dmy}
Payment reference: {ref}
Supplier: Thistle & Ladle Events Ltd

Document      Amount
{inv}         {bal}

Total paid: {bal}
This payment has been made by Faster Payments to the bank account we hold on file for you."""),
    ("edi", """S: Re: overdue
the cheque went in the post to you on the {paydate:th}, it should be with you by now surely?
royal mail being royal mail at this time of year"""),
    ("edi", """S: Re: Christmas lunch booking
Hi {collector},

Yes please - 22 of us for the 19th, same menu as last year but swap the trifle for the
cranachan!

Also I think your reminder about {inv} crossed with my call, I gave the card details to your
colleague over the phone last week so that should all be done.

Cheers"""),
    ("dub", """S: re: reminder
i paid the driver cash when he dropped the ration out, he gave me a docket for it. ask him"""),
    ("dub-ni", """S: RE: Overdue: {inv}
{collector}, that was cleared through the online banking on {paydate:dmy}. I can see it gone
out of our account, sterling, to the Ulster Bank account on your invoice."""),
    ("dub", """S: Re: statement
Hi, Deirdre settled that one at your trade counter with the card when she collected the
dosing gun. You should have the receipt your end."""),
    ("dub", """S: Payment confirmation - {inv}
Dear Sir/Madam,

Please note that invoice {inv} was settled in full by SEPA credit transfer, value date
{paydate:dot}, end-to-end reference {ref}. Kindly update your records accordingly.

Yours faithfully,
Accounts Department"""),
    ("dub", """S: the invoice
Hello, why you send me again this invoice? I make the transfer from Revolut already, before
two weeks. I can send you the screenshot if you want.
Mihai"""),
    ("hou", """S: RE: Past due notice
Dana - we ACH'd this on {paydate:mdy}. Trace # {ref}. If it didn't post let me know and I'll
get the bank on the phone."""),
    ("hou", """S: Re: invoice
sent it thru zelle to the number on your business card, friday i think. it'll show under my
personal name not the company"""),
    ("hou-mx", """S: RE: Factura {inv} vencida
Good morning Dana,

The international transference was realized the {paydate:dmy}, I attach the receipt of the
bank with the folio {ref}. Please confirm us the reception.

Saludos,
C.P. Hector Villarreal
Cuentas por Pagar"""),
    ("hou", """S: Bill.com: Payment sent
{customer} sent you a payment.

Amount: {bal}
Invoice: {inv}
Payment method: ePayment (ACH)
Sent on: {paydate:mon}

Funds typically arrive in your account within 3-5 business days.
View payment details in your Bill.com account."""),
    ("hou", """S: Re: Reminder - {inv}
Huh, that's weird. Our system shows a check cut for this back on {paydate:mdy}, check #{ref},
and it's marked cleared on our bank rec."""),
    ("hou", """S: RE: Invoice {inv} from Lone Star Wraps & Signs
I used the pay link in your original email the same day we got it? Got a Stripe receipt and
everything. Maybe it's stuck on your side"""),
    ("edi", """S: Fwd: Reminder: invoice {inv}
{collector}, see below. I checked with our finance team and they say this was in the payment
they made on {paydate:long} covering three of your invoices. Can you reconcile at your end?

---------- Forwarded message ---------
From: Karen Doig (Finance)
Subject: RE: Thistle & Ladle

This went in the BACS batch on {paydate:dmy}, all three Thistle & Ladle invoices together as
one amount. K"""),
    ("dub", """S: Re: your reminder
I thought ye were taking it by direct debit? The mandate was signed in the summer and the
money for this one is after going out of the account."""),
]

# Dated promises; every date build.py fills is after as_of.
PROMISES = [
    ("edi-nl", """S: RE: Herinnering factuur {inv}
Hello {collector},

Thank you for your message. The invoice is approved by our manager yesterday and it is
included in the payment run of {date:dot}. Sorry for the delay, December is always crazy for
us.

Met vriendelijke groet,
Sanne"""),
    ("edi", """S: Re: Invoice {inv}
Hi, just back from leave and working through the pile. Your invoice has now been through
approval and is sitting in the queue for our BACS run on {date:long}. Give me a shout if it
hasn't landed by that afternoon."""),
    ("edi", """S: Christmas party photos!
{collector}, the photos from Friday are brilliant, the team can't stop talking about the
mulled wine station. Thank you again.

On the boring side, finance tell me {inv} is scheduled for {date:wd}.

Merry Christmas to everyone at Thistle & Ladle!"""),
    ("edi", """S: re: overdue
itll be in ur account the {date:th} at the latest, sorry for the wait"""),
    ("edi", """S: Coupa: Payment notification - supplier 100482
Dear Supplier,

The following invoice has been approved and released for payment.

Invoice number: {inv}
Amount: {bal}
Planned payment date: {date:dmy}
Payment method: BACS

This is an automated notification from Coupa. Please do not reply to this message."""),
    ("edi-nl", """S: Re: factuur {inv}
Dear {collector},

Our administration works with two payment moments in the month. Your invoice came too late
for the first one, so it goes with the second one, that is {date:nl}.

Groet,
Femke"""),
    ("edi", """S: RE: Reminder: invoice {inv}
Hi there,

Apologies - this one slipped through the cracks when Graham left. I've raised it now and, all
being well, it'll go out with the cheque run on {date:md}. If anything changes I'll let you
know."""),
    ("edi", """S: Re: Outstanding balance
The sign-off came through this morning. Treasury releases on {date:iso}, so you'll have it
then."""),
    ("dub", """S: Re: statement
the milk cheque comes in {date:wday}, ill square you up that day. sorry about the delay"""),
    ("dub-ni", """S: RE: Invoice {inv}
Hi {collector},

We do one supplier payment run before Christmas, {date:dmy} this year, and you're on the list
for it."""),
    ("dub", """S: RE: Overdue: {inv}
Hi {collector},

Thanks for the nudge. This is approved now - Declan signs off the batch on {date:long} and it
leaves our account the same day.

Kind regards,
Orla"""),
    ("dub", """S: payment
Hello, I speak with the owner, he say the money for you is prepared and it will go the
{date:th}. Thank you for your patience."""),
    ("dub", """S: Tipalti: Payment scheduled
A payment to you has been scheduled.

Payer: {customer}
Invoice: {inv}
Amount: {bal}
Expected payment date: {date:iso}
Method: SEPA Credit Transfer

You can follow the status of this payment in the Tipalti Supplier Hub."""),
    ("dub", """S: AW: Zahlungserinnerung {inv}
Dear Ms {collector},

thank you for the reminder. The transfer is prepared and will be executed on {date:dot}.

With kind regards
Dr. Katrin Hofmann
Hofmann Veterinary Clinic"""),
    ("dub-ni", """S: Re: account
{collector}, the co-op pays out the lamb money this month, I'll have you cleared {date:md} at
the very latest. Hope the Christmas rush isn't killing ye."""),
    ("hou", """S: RE: Past due invoice {inv}
Hi Dana,

Checked with our controller - {inv} is approved and queued for the ACH batch on {date:mdy}.
Should hit your account a business day or two after that."""),
    ("hou-mx", """S: RE: Factura {inv}
Hola Dana, buenas tardes.

I confirm you that the payment is programmed for the {date:es}, by transfer to the account of
your invoice. Any doubt I am at your orders.

Saludos,
Ing. Sofia Trevino"""),
    ("hou", """S: Re: wrap invoice
Hey Dana - boss is back {date:wday} and he's the only one who signs checks. Yours is on top of
the pile, he'll sign it that morning."""),
    ("hou", """S: Bill.com: Payment scheduled
{customer} has scheduled a payment to Lone Star Wraps & Signs.

Amount: {bal}
Invoice: {inv}
Process date: {date:mon}

You'll get another email when the payment is sent."""),
    ("hou", """S: Re: New storefront decals?
Hi Dana!

Quick one - we're opening the Katy location in January and want the same window decals as the
Heights store. Can you quote us 3 sets?

Oh, and I asked Rick about the old invoice; he says it goes out on the {date:th}.

Thanks!!"""),
    ("hou", """S: Remittance scheduling - Vendor #LSW-0093
Invoice {inv} has cleared three-way match and is released to our next check run.
Check date: {date:iso}. Checks are mailed from our Dallas office."""),
    ("edi", """S: Re: Invoice {inv}
Sorry {collector}, totally my fault, I forgot to approve it before I went away. Done now - Liz
does the payments {date:wday} morning so it'll be in that lot."""),
    ("edi-nl", """S: Payment confirmation / betaalbevestiging
Dear supplier,

Your invoice {inv} is booked and approved. Payment will follow on {date:iso} according to our
payment schedule.

Kind regards,
Crediteurenadministratie"""),
    ("dub", """S: Re: Overdue invoice {inv}
Hi, I've the transfer set up as a future-dated payment on the bank, it goes out {date:dmy}.
Screenshot attached (I hope!)"""),
    ("hou-mx", """S: RE: Recordatorio de pago
Dear Dana,

The accounts payable department tell me your invoice enter in the payment cut of {date:dmy}.
Any question I am at your orders.

Atentamente,
Lic. Daniela Cantu"""),
]

# The customer asks for more time or instalments, or cannot pay in full. No dates.
HARDSHIP = [
    ("edi", """S: Re: Balance for the wedding
Hi {collector},

We had the best day and honestly the food is the thing everyone keeps mentioning. I'm a bit
embarrassed to ask, but between the honeymoon and Christmas the balance has landed at a
really bad time for us. Would it be possible to pay it off in a few goes rather than all at
once?

Rachel"""),
    ("edi", """S: RE: invoice {inv}
{collector}, I'll be straight with you. We lost our biggest client last month and the directors
have frozen everything except payroll while they work out where we are. I don't want to leave
you hanging - could we find something that works for both of us?"""),
    ("edi-nl", """S: RE: payment reminder {inv}
Hello,

We have a difficult period because two big events are cancelled by the client. It is not
possible for us to pay the complete amount at once. Is it okay to do it in parts?

Groet, Pieter"""),
    ("edi", """S: re
can we do half now and half later? cash is tight"""),
    ("edi", """S: Re: Reminder
The charity ball raised a lot less than we hoped this year. That leaves us short on supplier
bills until the Gift Aid comes through, and yours is the biggest one - could you bear with us?"""),
    ("edi", """S: RE: Overdue - {inv}
Hello,

I'm not trying to wriggle out of this, I promise. A couple of our own clients are late paying
us and it's had a knock-on effect. If you could see your way to giving us a little longer it
would really help."""),
    ("dub", """S: Re: your account
{collector}, the weather destroyed us this back end, the cattle are in early and I'm buying
fodder I never planned for. I'll pay ye, but I can't do it all in the one go."""),
    ("dub-ni", """S: RE: Statement
Hi, the area payments from the department are late again this year and we're stretched.
Any chance of spreading this one over a few months?"""),
    ("dub", """S: RE: Overdue: {inv}
Dear {collector},

We've just been through a change of ownership and the new group hasn't taken over our supplier
payments yet, so cash at practice level is very limited. Could you accept part-payments until
that's in place?

Best,
Ciara"""),
    ("dub", """S: invoice
Good afternoon, I am writing for the stud farm. The owner is in hospital since some weeks and
I don't have permission for pay the big amounts. Is possible to pay a little part each time?
Obrigado, Joao"""),
    ("dub", """S: RE: Remittance
Hi, our facility with the bank is under review at the moment and only critical suppliers are
being paid in full. I can get a partial amount approved for you. Would you take the remainder
on a schedule?"""),
    ("dub", """S: Re: Calving season order
Hi {collector}, could you put aside 6 calving ropes and the usual colostrum for us, we'll
collect.

Also, about the old invoice - I'm going to need a bit of breathing room on it, things are tight
after the TB test shut us down for six weeks. Thanks a mil."""),
    ("dub-ni", """S: Re: overdue
cant clear it all rite now. can i pay some off it and the rest after"""),
    ("hou", """S: RE: Past Due
Dana, rough quarter for us. The oilfield slowdown hit our biggest customers and they're paying
us late. We want to take care of you - is there a way to break this into a few payments?"""),
    ("hou-mx", """S: RE: Factura vencida {inv}
Dear Dana,

Sorry for the delay. With the devaluation of the peso this month our budget is very tight and
we can not cover the total now. We propose to make the payment in parcialities, if you agree.

Saludos,
Lic. Alejandra Rios"""),
    ("hou", """S: Re: Invoice {inv} - Reminder
Hi Dana,

We're a small nonprofit and our year-end grant money still hasn't been released. I'd hate for
this to sour things with y'all. Could we stretch the payment out some?"""),
    ("hou", """S: RE: {inv}
Not sure who I should ask about this, but is there any flexibility on when the full amount has
to be in? Our cash flow is a little lumpy right now."""),
    ("hou", """S: Vendor account - payment arrangement request
To Whom It May Concern:

Due to an unanticipated delay in our receivables, we are unable to remit the full balance of
invoice {inv} at this time. We respectfully request an extended payment arrangement. Please
advise what terms would be acceptable to your company.

Sincerely,
Accounts Payable"""),
    ("edi", """S: Re: Final invoice - summer party
Hiya, the person who booked this has left and I've inherited a budget that's already
overspent. It will get paid, but it'll have to be in chunks - is that alright with you?"""),
    ("edi-nl", """S: Re: Open invoice {inv}
Dear {collector},

Our client of the congress in Amsterdam has still not paid us, so we have a gap in the cash.
Could you give us some extra weeks for this invoice? It is not that we forget you.

Kind regards, Bram"""),
    ("dub", """S: RE: {inv}
The co-op cheque was smaller than I expected. I can give you some of it now and I'll keep
chipping away at the rest."""),
    ("dub", """S: Re: Reminder - {inv}
{collector}, I won't lie to you, this year has been a disaster between the bluetongue
restrictions and the mart prices. Give me a bit more time on this one and I'll make it right."""),
    ("hou", """S: re: past due
need more time on this one. slow month"""),
    ("hou", """S: Re: Van wrap photos
Those photos came out awesome, we're using one on our Facebook page.

Money-wise we're in a bit of a hole after the hail damage to the shop roof. Would y'all be ok
if we paid this one off over the next few months instead of all at once?"""),
    ("edi", """S: Payment of invoice {inv}
Dear {collector},

I write on behalf of the trustees. The society's accounts are in a temporary shortfall pending
the release of our restricted funds, and we would be grateful if you would consider accepting
payment in instalments.

Yours sincerely,
Honorary Treasurer"""),
]

# Harmless replies.
BENIGN = [
    ("edi", """S: Automatic reply: Reminder: invoice {inv}
Thank you for your email. I am out of the office until 5 January with limited access to email.
For anything urgent please contact the events team on the main number."""),
    ("hou", """S: W-9
Hi Dana, our new AP clerk is cleaning up vendor files before year end. Could you email me a
current W-9 for Lone Star? Thanks!"""),
    ("dub", """S: New address for invoices
Hi {collector}, we've moved the practice to the new premises on the Naas Road. Please send all
invoices and statements to accounts@{domain} from now on. Thanks."""),
    ("edi-nl", """S: Prettige feestdagen!
Dear {collector} and team,

Thank you for the beautiful cooperation this year. We wish you a merry Christmas and a healthy
and successful 2027!

Sanne and the team"""),
]

# Mixed hard negatives (build.py places each one; the tag says what it is).
MIXED = {
    "negated": ("hou", """S: RE: Reminder - {inv}
Hi Dana, just so you know, nobody here has any problem with the wraps - the trucks look great
and we've had compliments at the yard. I just haven't gotten to the invoice yet, end of year
craziness."""),
    "hypothetical": ("edi", """S: Re: Invoice {inv}
Quick question before I pass this to accounts: if a guest had turned out to have a nut allergy
that wasn't on the list, would that have been on us or on you? Nothing happened, thank
goodness! Just thinking ahead for next year's event."""),
    "retract_1": ("dub", """S: Re: Reminder
that was paid weeks ago, check your records"""),
    "retract_2": ("dub", """S: Re: Reminder
Sorry {collector}, ignore me, it was the Glanbia bill I was thinking of. Yours is still sitting
here on the desk."""),
    "resolved_complaint": ("edi", """S: RE: Invoice {inv}
{collector}, we were billed for 60 at the drinks reception but I'm sure there were nowhere near
60 people there. Not paying for 60 until you can show me where that number came from."""),
    "expired_promise": ("hou", """S: RE: Past due
We'll have it to you by {date:mdy}, the check run is that morning."""),
    "other_invoice": ("dub", """S: RE: Statement
{collector}, the statement's fine apart from {other}. The tags on that one came with the wrong
numbering sequence and the Department sent them back to us. That one won't be paid till the
tags are redone."""),
    "collector_promise": ("edi", """S: Invoice {inv} - thanks for the call
Hi {contact},

Thanks for taking my call this morning. As agreed, I've noted that you'll settle {inv} ({bal})
on {date:long}.

Best wishes,
{collector}
Thistle & Ladle Events Ltd"""),
    "plan_60": ("hou-mx", """S: RE: Saldo pendiente
Dana, we are very sorry. The situation of the company is complicated now, but we can pay a part
every month if you accept. We do not want to lose the relation with you."""),
    "promise_60": ("dub", """S: Re: Final reminder
I know, I know. It'll be paid {date:md}, the factory pays out that week."""),
    "two_partials": ("edi-nl", """S: Deelbetaling {inv}
Hello {collector}, today we transferred again a part of the invoice. The rest follows, we do our
best."""),
}

# Hard stops (the scaffold in build.py carries the rest).
HARD_STOP = {
    "legal_hold": ("dub", """S: RE: Overdue: {inv}
{collector}, I should let you know the company went into examinership on Monday. The examiner's
office will be in touch with all creditors, and I've been told not to make any payments in the
meantime. Sorry to be the bearer."""),
    "open_dispute": ("edi", """S: Re: Invoice {inv}
Thanks {collector}, I've passed your note on to Alasdair, he's dealing with it now."""),
    "over_risk_threshold": ("hou-mx", """S: RE: Factura {inv} - letrero espectacular
Dana, good afternoon. The payment of this invoice is authorized by direction and it goes in the
transfers of the {date:es}. Thank you for the patience.

Lic. Roberto Salinas"""),
    "unapplied_credit": ("edi", """S: RE: Reminder: invoice {inv}
Hiya, we sent this by BACS ages ago - ref {ref}. Please stop chasing!"""),
}

# Earlier harmless e-mails in the thread (placed before the message that matters).
OLD = [
    ("edi", """S: Menu sign-off
Hi {collector}, menu B is perfect. Final numbers 64 plus 3 vegan. See you on the day!"""),
    ("edi", """S: Allergen matrix
Could you send over the allergen matrix for the canapes? One of our board members is coeliac."""),
    ("edi", """S: Re: Tasting
Thursday at 4 works for the tasting, thank you. I'll bring Fraser from our events team."""),
    ("edi", """S: Re: Booking confirmation
Lovely, thank you. Could the bar open at 7 rather than half past? Guests are arriving early."""),
    ("edi", """S: Parking at the venue
Just checking your van knows to use the loading bay round the back, the front is residents
only."""),
    ("edi", """S: Re: Quote for the Christmas lunch
That looks great. Can we add a cheese course? Happy for it to go on the same invoice."""),
    ("edi-nl", """S: Final numbers
Hello {collector}, the final number of guests is 112. Two persons are vegan, one is halal.
Met vriendelijke groet"""),
    ("edi-nl", """S: Re: Offerte
Dear {collector}, thank you for the offer. The client is happy, we go ahead. Can you send the
booking form?"""),
    ("edi-nl", """S: Timing of the evening
Hello, the boat arrives at Leith at 18.30, so the drinks can start at 19.00. Is this okay for
your team?"""),
    ("dub", """S: Order for collection
Hi {collector}, can you have 20 bags of calf nuts and a box of ear tags ready for Thursday?
I'll collect myself."""),
    ("dub", """S: Re: Delivery
Tuesday morning is grand for the delivery, the yard will be open from 7."""),
    ("dub", """S: Price list
Would you send on the new price list when it's out? Thinking of switching our wormer order to
you."""),
    ("dub", """S: Re: Order
Thanks {collector}, that's all received. The lads unloaded it this morning."""),
    ("dub", """S: Stock question
Do you carry the 500ml Ivomec pour-on or only the 1L? Need it for next week."""),
    ("dub-ni", """S: Delivery to the farm
The lane is flooded at the bottom so tell the driver to come in by the top gate."""),
    ("dub-ni", """S: Re: Order
Aye that's fine, leave it in the shed if nobody's about."""),
    ("dub", """S: Account details
Please note our practice manager is now Ciara, she'll be handling orders from here on."""),
    ("hou", """S: Re: Proof v2
Proof v2 looks great, approved. Go ahead and print."""),
    ("hou", """S: Install date
Can your crew do the install Saturday morning? The lot is empty on weekends."""),
    ("hou", """S: Re: Quote #4471
Thanks Dana, we'll go with the 3M cast vinyl option. Send the PO paperwork over."""),
    ("hou", """S: Logo files
Attached are the vector files for the logo. Let me know if you need anything else from us."""),
    ("hou", """S: Re: Fleet photos
Here are the photos of the trucks for measuring. Truck 3 has a dent on the back door, heads
up."""),
    ("hou", """S: Re: Schedule
Monday works. Gate code is 4471#."""),
    ("hou-mx", """S: Re: Cotizacion
Hello Dana, the direction approved the quotation. We send the purchase order tomorrow."""),
    ("hou-mx", """S: Medidas
Good day, I send you the measures of the facade for the sign. Any doubt I am at your orders."""),
    ("hou-mx", """S: Re: Diseno final
Dana, the design final is approved by the director. Thank you very much."""),
    ("edi", """S: Re: Invoice {inv}
Received, thanks. I've passed it to our accounts team."""),
    ("dub", """S: Re: Invoice {inv}
Got that, thanks. Passing it to the office."""),
    ("hou", """S: Re: Invoice {inv}
Got it, thanks Dana. Forwarded to AP."""),
    ("edi", """S: Re: Staffing
Will your staff be in black or in the tartan waistcoats? The couple would love the tartan."""),
    ("edi", """S: Dietary update
One more change, sorry! Table 6 now has a pescatarian. Thanks for being so patient."""),
    ("dub", """S: Re: Vaccine order
Perfect, Wednesday delivery works. Please make sure it comes in the cool box."""),
    ("hou", """S: Re: Vehicle drop-off
We'll drop the vans at your shop Thursday 7am. Keys will be with Luis."""),
    ("hou-mx", """S: Horario
The installation can be from 8 in the morning. The security of the building needs the names of
the persons."""),
    ("edi", """S: Re: Thank you
Just wanted to say thanks again for last night, the team were brilliant."""),
    ("dub-ni", """S: Re: Statement
Got the statement, thanks."""),
]

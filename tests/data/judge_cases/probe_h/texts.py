"""Hand-written customer messages for probe_h (blind probe, 2026-12-13).

One text per list entry, as (world, text). An email's first line "S: ..." is its subject; CRM
notes have no subject line. Worlds:
  jhb  a managed IT services provider in Johannesburg (home ZAR, some USD invoices)
  akl  a scaffolding and formwork hire firm in Auckland (home NZD, some AUD invoices to Perth)
  bhm  a school uniform and embroidery supplier in Birmingham (home GBP, some EUR invoices to
       Irish schools)
Placeholders filled by build.py: {inv} invoice number, {bal} open balance with its currency,
{date} a promise date (format chosen by build.py), {wday} a bare weekday within six days of the
email, {paid_on} a past payment date, {ref} a payment reference, {other} the customer's other
open invoice, {cust} the customer's name, {us} our company, {collector} our collector's first
name. A place name in a text (Perth, Maputo, Cork, ...) pins the customer to a foreign-currency
invoice (build.py, PINS).
"""

# ---------------------------------------------------------------- complaints (22)
# Goods or work wrong, payment held. No dispute vocabulary.
COMPLAINTS = [
    ("jhb", """S: Re: Invoice {inv}
Hi {collector}

The monthly fee on {inv} includes the on-site technician for the whole of November, but after the
9th nobody came out. We had three tickets sitting open for a week and the accounts floor couldn't
print payslips. I'm not going to approve the full amount for a month we basically didn't get.
Can someone senior from your side call me before we process anything?

Regards
Lerato"""),
    ("jhb", """S: {inv} - blocked
Good day,

Please note that invoice {inv} is blocked for payment in SAP, block reason R: quantity invoiced
(45 x Microsoft 365 Business Premium) does not match the goods receipt (38 x). The licence count
was reduced at the end of October per our change request CR-118, which your account manager
acknowledged. Kindly issue a credit note for the 7 seats or a corrected invoice; the document
stays on hold until then.

Accounts Payable | Shared Services Centre"""),
    ("jhb", """S: factura {inv}
Bom dia,

We receive the invoice {inv} for the firewall installation. The firewall is installed but the VPN
for the Beira office is still not working since two weeks, your engineer say he will come back
and he did not come back. Our director say we pay when the job is finish. Please tell us when the
engineer is coming.

Obrigado
Célia
Maputo"""),
    ("jhb", """S: Year-end function!
Hey {collector}

Thanks again for the invite to the year-end braai, the team loved it and Themba hasn't stopped
talking about the lamb.

On the billing side - the backup restores that were supposed to be tested every quarter were
never done. We found out the hard way when the NAS died in October and three weeks of drawings
were gone. So I've asked finance to keep {inv} aside until we've had a proper conversation about
what we're actually paying for every month.

See you in Jan!
Naledi"""),
    ("jhb", """S: RE: {inv}
u billed 22 hrs callout for nov, the ticket log shows 9. not paying 22

Sent from my Huawei"""),
    ("jhb", """S: INVOICE {inv} - LAPTOP REFRESH PROJECT
Dear Sir/Madam

We acknowledge receipt of the abovementioned invoice.

Of the twenty (20) laptops delivered on 3 November, four (4) were supplied with 8GB RAM instead of
the 16GB specified in our purchase order, and one (1) unit was received with a cracked screen
bezel. We are therefore unable to release payment of the invoice until the units have been
replaced or the invoice has been adjusted accordingly.

Yours faithfully
M. Pillay
Procurement Manager"""),
    ("jhb", """S: Re: Statement
Hi. The helpdesk licence on {inv} is for 60 agents. We only ever had 35 activated, I sent your guys
the screenshot from the admin console twice.

So that one's parked on our side for now.
Ruan"""),
    ("jhb", """S: Invoice {inv} - US entity
Hi team,

Our US entity got {inv} this week. The SOC monitoring on it is charged from 1 October, but your
agents were only deployed across our US sites on 26 October - before that nothing was being
monitored. AP won't pay a full month for that. Send us a prorated version and it goes straight
through.

Thanks
Megan"""),
    ("akl", """S: Invoice {inv}
Mate, half the props that turned up at the Joondalup site were bent and two of the base plates
were cracked. Had to hire from a local mob to keep the pour on track. Not paying full whack for
gear we couldn't use. Give us a ring.

Dazza
Site Supervisor, Perth"""),
    ("akl", """S: re {inv}
scaff was meant to be up monday, went up thursday. lost 3 days with the roofers standing round
on our dime. holding this one till we've talked"""),
    ("akl", """S: Coupa: Invoice {inv} rejected
Invoice {inv} from {us} has been rejected by the approver.

Approver comment: "Hire period billed to 30/11 but the scaffold was dismantled and collected on
14/11 per your own off-hire docket OH-2291. Resubmit with the correct hire period."

This invoice will not be paid in its current form. This is an automated message from Coupa;
replies to this address are not monitored."""),
    ("akl", """S: About invoice {inv}
Hello,

The scaffolding at our Epsom project, the safety tag was expired when your team finish, and the
council inspector stop our work one day. Also the edge protection on north side is still not
install. We think this invoice cannot pay until these problems is fixed. Please arrange someone
to check.

Thank you
Kevin"""),
    ("akl", """S: Xmas hours + a couple of things
Hi {collector}, hope Auckland's treating you well, we're cooking over here in Perth, 41 yesterday!

Our yard closes for the break on the 22nd and we're back early Jan, FYI.

One other thing: the formwork panels for the Baldivis slab came with the wrong tie spacing and my
guys spent two days re-drilling them. Until someone sorts out a credit for that labour I've told
accounts not to pay {inv}.

Cheers, Brett"""),
    ("akl", """S: Re: Overdue - {inv}
Hi there, I might be missing something, but I think we've been charged for shrink-wrap on all four
elevations at the Ponsonby job, and as far as I can tell the wrap only ever went on the east face.
Probably easiest if we leave {inv} where it is until someone can walk the site with me?

Thanks, Aroha"""),
    ("akl", """S: FW: {inv}
See below from our site manager. Accounts won't release this until it's sorted.

---------- Forwarded message ----------
From: Hemi Walker
Subject: scaff invoice

the stair tower they charged us for never went up, the boys used ladders the whole job. dont pay
for the stair tower"""),
    ("bhm", """S: Invoice {inv} - Year 7 blazers
Dear Priya,

I'm afraid a good number of the Year 7 blazers from the September delivery have started to lose
their crest stitching already; we've had about thirty parents in since half term and the
embroidery is coming away in threads. The Head has asked me not to settle {inv} until we know how
you plan to put this right.

Kind regards
Mrs J. Okafor
School Business Manager"""),
    ("bhm", """S: Re: {inv}
Hi Priya, hope you're keeping well. Just to say the jumpers came in the wrong green, we ordered
bottle and these are more of an emerald. The parents noticed straight away at the open day here in
Cork. We'll hold off on the invoice until the replacements are here, grand?

Thanks a million, Síle"""),
    ("bhm", """S: RE: Reminder {inv}
the logo on the PE tops is upside down on about half of them. we're not paying for those"""),
    ("bhm", """S: Invoice {inv} - purchase order
Good afternoon,

Our finance system cannot accept invoice {inv} as it quotes PO 44817, which belongs to the summer
term order and has already been receipted in full. The autumn order was raised on PO 45102. Please
reissue against the correct order number; until then the invoice sits outside the payment run.

Finance Office"""),
    ("bhm", """S: zamówienie / invoice {inv}
Hello Mrs Priya,

We get the hoodies for our dance school last week but the names on the back, 6 of them is spelled
wrong (Zofia is Zofja, Wiktoria is Viktoria and more) and the sizes is mixed, we ordered 10 x age
9-10 and we get age 7-8. The children can not wear this. I will pay when you send correct ones, ok?

Dziękuję
Agnieszka"""),
    ("bhm", """S: Invoice {inv}
A chara,

The Board of Management looked at {inv} at last night's meeting in Galway. The embroidery price on
the invoice is €4.50 per garment; the tender we accepted in June has €3.20 including set-up. The
Board will not sign off payment at the higher rate. Could you send an amended invoice?

Le meas
Secretary to the Board"""),
    ("bhm", """S: Thank you!!
Hi Priya!! Thank you SO much for squeezing in the nativity T-shirts, the children were thrilled.

Slightly awkward one though: the main order of book bags arrived without the school name on them,
just the crest, so we can't really hand them out to the new starters as they are. Could you let me
know what you can do? I'll leave the invoice with our office until we've got bags we can use.

Merry Christmas!
Hayley"""),
]

# ---------------------------------------------------------------- paid claims (19)
# The last one is used under the unapplied_credit hard stop.
PAID = [
    ("jhb", """S: POP - {inv}
Hi

Please find attached POP for {inv}. Paid via EFT on {paid_on}, reference {ref}. Kindly allocate.

Thanks
Zanele | Creditors"""),
    ("jhb", """S: Re: Herinnering / Reminder {inv}
Môre {collector}

Ek dink daar is 'n fout, ons het mos al betaal. Sorry, in English: we paid this already, it went
off with our run on {paid_on} and the bank says successful. Please check your side again.

Groete
Annelie"""),
    ("jhb", """S: Payment of invoice {inv}
Dear Sir,

I inform you that the transfer for your invoice {inv} was executed by our bank on {paid_on} by
SWIFT. I join the MT103 for your verification, the reference is {ref}. Maybe the intermediary bank
take some days more.

Best regards
Jean-Marc
Port Louis"""),
    ("jhb", """S: re: overdue??
this was paid weeks ago. check ur bank"""),
    ("jhb", """S: Payment notification from Tipalti on behalf of {cust}
Hello {us},

A payment has been issued to you.

Payer: {cust}
Payment method: Bank transfer (local)
Payment date: {paid_on}
Amount: {bal}
Invoices included: {inv}
Reference: {ref}

Funds typically arrive within 1-3 business days. This is an automated message; please do not
reply to this email."""),
    ("jhb", """S: Re: Account
Hi {collector}, our bookkeeper tells me {inv} was cleared in the same batch as the October one,
so I think your reminder crossed with it. Shout if it still isn't showing by Monday.
Keith"""),
    ("akl", """S: RE: Overdue invoice {inv}
Kia ora, pretty sure that went through on internet banking on {paid_on}, I used the invoice number
as the reference. Can you have another look?
Ngā mihi, Tania"""),
    ("akl", """S: Remittance Advice - Payment {ref}
REMITTANCE ADVICE

Payer:   {cust} (Perth WA)
Payee:   {us}
Date:    {paid_on}
Method:  International EFT

Invoice No.      Amount
{inv}            {bal}

Total paid: {bal}

This remittance was generated automatically by our accounts payable system."""),
    ("akl", """S: Re: Statement as at November
Our accounts lady finished up last week so sorry for the slow reply. She'd done that one before
she left. It's in the bank history on {paid_on}."""),
    ("akl", """S: {inv}
I rang your office and paid this by credit card over the phone, the girl on reception took the
details. Must have been a fortnight ago now. Can you check with her please.
Barry"""),
    ("akl", """S: You've been paid by {cust}
Bill.com

{cust} sent you a payment of {bal}.

Invoice:          {inv}
Payment ID:       {ref}
Sent on:          {paid_on}
Expected arrival: 2-3 business days

View the payment details in your Bill.com account."""),
    ("akl", """S: Re: invoice {inv} reminder
Hello. We already finish the payment for this invoice, our accountant send it by bank on
{paid_on}. Please confirm you receive. Thank you very much.
Min-jun"""),
    ("bhm", """S: RE: Invoice {inv}
Dear Priya,

Our records show this invoice was paid by BACS on {paid_on} along with two others from the summer
order, remittance reference {ref}. If it hasn't reached you, could you check whether it has been
allocated to another of our accounts?

Kind regards
Finance Assistant"""),
    ("bhm", """S: Re: Overdue {inv}
Hi Priya, that went out by SEPA from the Board account on {paid_on}, the Principal signed it off
herself before she went to the conference in Limerick. I can get the bank to send a confirmation
if that'd help?

Go raibh maith agat, Máire"""),
    ("bhm", """S: PE kits
Hello, I paid the PTA's order through the card link you sent in October, and I have the
confirmation email from the payment page. Not sure why it's showing as outstanding?
Rachel (PTA Treasurer)"""),
    ("bhm", """S: SAP Ariba: Payment Remittance {ref}
Payment remittance

The following invoices have been paid by {cust}.

Payment Reference: {ref}
Payment Date:      {paid_on}
Payment Method:    Faster Payment
Invoice Number:    {inv}      Net Amount: {bal}

This notification was sent by SAP Business Network on behalf of your customer."""),
    ("bhm", """S: re: reminder
The cheque for that one was posted first class the week after half term, signed by both
governors. Has it not turned up? It'll be a pain to cancel and re-do.
Mrs Hussain, Bursar"""),
    ("bhm", """S: Spring term order
Hi Priya, could we get a quote for 80 more book bags for the January intake, same design as last
time? Also your statement still shows {inv} but that was settled on {paid_on}, same day as the
ties order, ref {ref}.
Thanks! Gemma"""),
    ("akl", """S: Re: {inv}
Hi, we transferred this on {paid_on}, reference {ref}. Please allocate it to the right invoice
this time.
Accounts"""),
]

# ---------------------------------------------------------------- dated promises (25)
# Every {date} / {wday} is after as_of (build.py).
PROMISES = [
    ("jhb", """S: Re: Invoice {inv}
Hi {collector}

Apologies for the delay. {inv} has been approved and is loaded for our EFT run on {date}.

Regards
Karabo"""),
    ("jhb", """S: Payment status - {inv}
Good day

Please be advised that invoice {inv} has passed the three-way match and has been included in the
payment proposal for value date {date}. Remittance will follow from our treasury system once the
run has been released.

Creditors Department"""),
    ("jhb", """S: Re: overdue
It's in the batch for {date}. The MD signs batches the day before and he's back in the office now,
so no issue."""),
    ("jhb", """S: RE: invoice {inv}
Boa tarde,

The transfer in dollars need the authorization of the central bank, this is normal here. We have
the authorization now and the bank will make the transfer on {date}. I will send the SWIFT copy
when I have it.

Cumprimentos
Armando, Luanda"""),
    ("jhb", """S: Catch-up
Hi {collector}, thanks for sorting the boardroom screen so fast yesterday, the partners were very
relieved. FYI {inv} is sitting in our {date} payments, so you'll see it then. Also, can we book
the switch replacement for the first week of January?
Cheers, Nomsa"""),
    ("jhb", """S: Re: {inv}
Scheduled in Xero for {date}. Cheers"""),
    ("jhb", """S: Regarding pending invoice {inv}
Dear Madam,

Greetings of the day. This is to inform you that your invoice {inv} is processed and payment will
be released on {date} as per our weekly cycle. Kindly bear with us till then.

Thanks and regards
Ravi Shankar
Accounts Executive"""),
    ("jhb", """S: Re: Reminder {inv}
All good, I've queued it. Leaves our account {wday}.
J"""),
    ("jhb", """S: Invoice {inv}
Dear Ms Mokoena

We refer to your e-mail regarding the above. Kindly note that payment has been scheduled for
{date}, upon which you will receive a proof of payment directly from our bank.

Yours sincerely
Financial Accountant"""),
    ("akl", """S: RE: Overdue - {inv}
Gidday, Brett's signed it off. It'll go out in the fortnightly pay run on {date}. Cheers."""),
    ("akl", """S: Re: {inv}
No dramas, it's been approved and it'll be in our international payments batch on {date}. The
bank takes a day or two to get it across the ditch so allow for that.
Cheers, Shelley
Accounts, Perth"""),
    ("akl", """S: invoice {inv}
Hi {collector}, sorry for late. Boss say pay on {date}, he already approve. Thank you."""),
    ("akl", """S: Re: Account overdue
Hi, sorry, that one slipped through when we changed accounting software. It's approved now and
I've set it to pay on {date}. Apologies again.
Lisa"""),
    ("akl", """S: re
will be paid {date} chur"""),
    ("akl", """S: RE: Invoice {inv} overdue
Hi {collector}. Our directors approve creditors once a fortnight. That's done, and the payment
file goes to the bank {date}."""),
    ("akl", """S: Coupa: Invoice {inv} approved for payment
Invoice {inv} from {us} has been fully approved.

Status:                 Approved - Scheduled
Scheduled payment date: {date}
Payment terms:          Net 30
Amount:                 {bal}

This is an automated notification from Coupa on behalf of {cust}."""),
    ("akl", """S: Re: Reminder
Hey, yeah it's in the system. Pretty confident it'll go in the {date} run, I'll flick you the
remittance when it does.
Jase, Perth office"""),
    ("bhm", """S: Re: Invoice {inv}
Dear Priya,

Thank you for your patience. The invoice has now been authorised by the Head and will go in the
next cheque run, which is on {date}.

Kind regards
School Office"""),
    ("bhm", """S: Re: {inv}
Hi Priya, sorry for the delay, the Treasurer was away. She's back and has it down to pay on {date}
by EFT. Thanks for being so patient.
Bríd, Sligo"""),
    ("bhm", """S: Payment of invoice {inv}
Dear Supplier,

Invoice {inv} has been approved and queued in our payments system (Oracle). The BACS run containing
this invoice is scheduled for {date}. Please allow up to three working days for funds to clear.

Corporate Finance - Payments Team"""),
    ("bhm", """S: Re: reminder
Asalaam alaikum sister, the payment for the madrasah uniforms is ready, my brother will do the
bank transfer on {date} inshallah. Sorry for the late."""),
    ("bhm", """S: RE: {inv}
BACS {date}"""),
    ("bhm", """S: Nativity costumes + invoice
Hi Priya! The angels' tabards were PERFECT, thank you. Our bursar has your invoice ready, she does
payments on {wday} so it'll be with you then. Have a lovely Christmas!
Claire"""),
    ("bhm", """S: RE: Overdue account
I've checked and {inv} was waiting on a budget code. It has one now.

It's been released for the {date} run."""),
    ("bhm", """S: Payment scheduled - {inv}
Hello {us},

A payment to you has been scheduled.

Amount:         {bal}
Scheduled date: {date}
Invoice(s):     {inv}
Memo:           Autumn uniform order

You'll receive another email when the payment is sent. Sent via Bill.com on behalf of {cust}."""),
]

# ---------------------------------------------------------------- more time / hardship (25)
# Indirect, no dates.
HARDSHIP = [
    ("jhb", """S: Re: {inv}
Hi {collector}, honestly it's been a rough quarter, two of our big clients went quiet on us. Would
you be open to us chipping away at this over a few months rather than in one go?
Lebo"""),
    ("jhb", """S: Account
Hi, with all the load-shedding our restaurants have had a terrible few months and cash is very
tight. We don't want to fall behind with you. Is there any way to split the amount?
Regards, Farid"""),
    ("jhb", """S: re: {inv}
can we do half now half later? cash tight"""),
    ("jhb", """S: ACCOUNT {inv}
Dear Credit Controller

The school governing body has not yet received its second subsidy tranche from the Department, and
we are consequently not in a position to settle the full amount outstanding. We would appreciate it
if you could consider an arrangement whereby the balance is settled in smaller monthly amounts.

Yours faithfully
Finance Officer"""),
    ("jhb", """S: Invoice {inv}
Dear team,

Our donor disbursement for the Maseru office has been delayed, which has left us short this period.
We value the support you give us and would be grateful for some flexibility on this invoice; even a
staggered arrangement would help enormously.

Warm regards
Programme Finance"""),
    ("jhb", """S: RE: {inv}
We had a fire at the warehouse in October. Insurance hasn't paid out yet and I'd rather be upfront
with you than go quiet. What are our options on this one?"""),
    ("jhb", """S: Re: Herinnering
Goeie dag, ek is jammer oor die laat betaling. The farm had no rain and the harvest was bad, so
money is very short this year. Can we please pay it off bit by bit? We will not run away, promise.
Dankie
Oom Koos"""),
    ("jhb", """S: Request for consideration
Dear Ma'am,

Kindly note that due to delay in receipt of payment from our end client we are facing a temporary
fund crunch. We request you to kindly give us some more time for clearing the dues of invoice
{inv}. Your kind cooperation is highly solicited.

Regards
Accounts Team"""),
    ("jhb", """S: Re: {inv} overdue
Hi team, our US parent has frozen discretionary spend while they run a budget review, so I can't get
the full amount released. Could we work out a smaller amount each month? Happy to jump on a call.
Best, Dineo"""),
    ("jhb", """S: RE: Statement
Morning. Look, we're a small practice and this time of year is killing us. I'd rather pay you
something than nothing. Is that an option?"""),
    ("akl", """S: re invoice {inv}
Hey {collector}, straight up, the developer on the Hobsonville job has gone missing on us and we're
owed a heap. Can we sort something where we pay you off weekly? Don't want to leave you hanging."""),
    ("akl", """S: Re: Overdue
Mate the WA market's been brutal since the builder on the Ellenbrook estate stopped paying us, and
Perth's full of the same stories. We'll get you paid but it'll have to be in bits. Hope that's
alright."""),
    ("akl", """S: invoice {inv}
Hi, our company now is very difficult, the job is stop because the owner has no money. We want to
pay you but we can pay small every time. Is it possible? Sorry for this."""),
    ("akl", """S: Re: Overdue - {inv}
Hi there, I was wondering whether there might be any wiggle room on when this needs to be settled.
Things are a bit stretched at our end until a couple of retentions come through. Totally understand
if not.
Thanks, Sam"""),
    ("akl", """S: Re: your email
We've got the money coming, just not all of it at once.

Would a part payment be OK to start with?"""),
    ("akl", """S: Invoice {inv}
Dear {collector}

Further to your statement, I write regarding the outstanding balance on invoice {inv}. Owing to
delays in progress claims on two of our projects, we find ourselves unable to clear the account in a
single payment. We propose to settle it by way of regular instalments and would welcome your
agreement to this.

Yours sincerely
Graham Ellis
Director"""),
    ("akl", """S: Pics from the Mt Eden job
Hey! Attached some photos of the finished scaffold for your socials, the guys did a mean job. Bit
embarrassing, but cash is tight until the client pays our claim. Any chance we could have a bit
longer on {inv}?
Cheers, Tui"""),
    ("akl", """S: re {inv}
can u give us a bit more time on this one mate, had a shocker of a month over here in Perth"""),
    ("akl", """S: Re: {inv}
Kia ora {collector}, ngā mihi for your patience so far. Our whānau business has had a hard year and
we're asking a few suppliers whether they can be flexible. Could we set up something manageable for
this one?
Nāku noa, Rawiri"""),
    ("bhm", """S: Invoice {inv}
Dear Priya,

I hope you don't mind me being honest. Our budget for this financial year has been hit harder than
expected by the energy bills and we simply don't have the full amount available at the moment. Would
it be possible to spread the cost?

Many thanks
School Business Manager"""),
    ("bhm", """S: Re: hoodies invoice
Hi hun, so sorry about this, it's always dead for us this time of year and I've got the studio rent
to find. Could I pay you in a few chunks? Really appreciate it xx
Jade"""),
    ("bhm", """S: Re: Account {inv}
Hi Priya, the capitation grant is late again this year and we're stretched here in Dublin like every
other school. Could we maybe do it in a couple of goes instead of all at once? Sorry to be a pain.
Siobhán"""),
    ("bhm", """S: RE: Overdue invoice {inv}
Good morning,

We are currently reviewing our cash position and would be grateful for some leniency on the timing
of this invoice. Please let us know whether you would be able to accommodate that.

Regards
Finance Team"""),
    ("bhm", """S: Re: school uniforms invoice
Dear sister Priya, thank you for the good uniforms, the parents are happy. The problem is many
parents did not pay us yet for their uniforms, so we do not have all the money for you now. Can you
accept we pay some every month until it is finish? Jazakallah khair."""),
    ("bhm", """S: FW: Digbeth invoice
Hi Priya, forwarding the note below from our Head, I think it explains it better than I can.

---------- Forwarded message ----------
From: Head Teacher
To: School Office
Subject: Digbeth invoice

Please ask Digbeth whether they would take it in stages. We cannot pay it all from this term's
budget."""),
]

# ---------------------------------------------------------------- harmless replies (4 cases)
BENIGN = [
    ("akl", """S: Automatic reply: Overdue invoice {inv}
Kia ora, I'm on leave until the new year with limited access to email. For anything urgent please
contact the office on 09 555 0142.
Ngā mihi, Aroha"""),
    ("bhm", """S: New finance contact
Dear supplier,

Please note that from Monday all invoices and statements for {cust} should go to our finance
office mailbox rather than to me, as I'm moving to another school in the trust. Thank you for all
your help over the years!

Janet"""),
    ("jhb", """S: Re: {inv}
Hi, could you resend {inv} as a PDF please, the attachment didn't come through on our side. Also
please send your updated B-BBEE certificate for our supplier file when you get a chance. Thanks"""),
    ("akl", """S: Season's greetings
Hi all at {us}, just wanted to say thanks for a great year on the tools and have a safe and happy
Christmas. Our office shuts on the 18th and reopens on the 11th of Jan.
Cheers, the team at {cust}"""),
]

# ---------------------------------------------------------------- older harmless thread messages
# Put earlier in a case's thread than its main message. They change no label.
OLD = [
    ("jhb", """S: Re: Onboarding
Thanks, got the invoice. Will pass it on to finance."""),
    ("jhb", """S: Toner
Can you guys quote us for toner for the HP in reception? The black one."""),
    ("jhb", """S: Re: November invoice
Received, thank you."""),
    ("jhb", """S: Ticket #4471
The Wi-Fi in the boardroom is fine now, thanks Sipho sorted it."""),
    ("jhb", """S: New starter
We have a new starter on Monday, please set up a laptop and a mailbox for her. Name is Ayanda
Zulu."""),
    ("jhb", """S: Re: Maintenance window
Saturday morning works for us for the server patching. Alarm code is with security."""),
    ("jhb", """S: Password reset
Hi, Pieter is locked out of his mailbox again, sorry!"""),
    ("akl", """S: Re: Quote QT-5711
Looks good, go ahead with the Takapuna job."""),
    ("akl", """S: Off-hire
We're done with the tower at Kingsland, you can collect whenever suits."""),
    ("akl", """S: Re: Invoice {inv}
Cheers, received."""),
    ("akl", """S: Induction
Your guys need to do the site induction before they start, link attached. Hi-vis and hard hats
as usual."""),
    ("akl", """S: Extra lift
Can we get another lift added on the west side next week? Same rate as the quote is fine."""),
    ("akl", """S: Re: Delivery
Truck can get in the back gate off the lane, just ring Hemi when you're 10 min out."""),
    ("bhm", """S: Re: Your order
Thank you, the delivery arrived safely this morning."""),
    ("bhm", """S: Sizing day
Could you come in for a sizing day for the new Reception class? Any afternoon works."""),
    ("bhm", """S: Re: Invoice {inv}
Thanks Priya, I've passed this to our finance office."""),
    ("bhm", """S: Our address
Just a note that deliveries should come to the side gate on Court Lane, the main office is being
refurbished."""),
    ("bhm", """S: Logo files
Attached is the new crest artwork for the sports kit, the old one is fine for blazers."""),
    ("bhm", """S: Re: Order confirmation
Lovely, thank you, that all looks right."""),
    ("jhb", """S: Re: Quote - UPS batteries
Thanks, the quote is fine. Please go ahead when you have stock."""),
    ("jhb", """S: Office move
FYI we're moving to the second floor over the weekend, the desks will need patching on Monday."""),
    ("akl", """S: Re: Hire agreement
Signed copy attached. See you on site."""),
    ("bhm", """S: Re: Sample blazer
The sample arrived, the Head likes the new braid. We'll confirm numbers after the open evening."""),
    ("bhm", """S: Delivery note
Hi, can you email a copy of the delivery note for the last drop? Ours went in the recycling."""),
]

# ---------------------------------------------------------------- harmless CRM notes (no subject)
NOTES = [
    ("jhb", "Sent statement to creditors on request."),
    ("jhb", "Spoke to reception, AP contact is now Zanele in creditors."),
    ("jhb", "Quarterly service review held with the office manager; no issues raised."),
    ("akl", "Left voicemail for the office manager about the statement."),
    ("akl", "Site visit done, tower signed off by the inspector."),
    ("akl", "Customer asked for invoices to go to the accounts@ mailbox. Updated."),
    ("bhm", "Emailed the statement to the bursar."),
    ("bhm", "Bursar asked for the spring catalogue; sent."),
    ("bhm", "Called the school office, the bursar is in on Tuesdays and Thursdays only."),
    ("jhb", "Account manager visited site for the firewall health check. All green."),
    ("akl", "Emailed the hire schedule to the site manager as asked."),
    ("akl", "Quoted for the next stage of the job; awaiting go-ahead."),
    ("bhm", "Updated the delivery address to the side gate as asked."),
]

# ---------------------------------------------------------------- our own collector's emails
OURS = [
    ("bhm", """S: Invoice {inv} - gentle nudge
Hi there,

Just a gentle nudge on invoice {inv} ({bal}), which is now past its due date. If it's already in
hand, thank you and please ignore this.

Best wishes
{collector}
{us}"""),
]

# Our earlier emails, placed before a customer's reply in some threads (not customer activity).
OURS_THREAD = [
    ("jhb", """S: Statement - {cust}
Hi, please find your statement attached. Let me know if anything looks off.
Kind regards
{collector}
{us}"""),
    ("akl", """S: Statement
Kia ora, statement attached for your records. Any questions, give me a call.
{collector}, {us}"""),
    ("bhm", """S: Your statement
Dear colleague, please find your latest statement attached.
Kind regards
{collector}
{us}"""),
]

# ---------------------------------------------------------------- mixed hard negatives
NEGATED = [
    ("jhb", """S: Re: {inv}
Hi {collector}, just so you know I'm not unhappy with the work at all, Sipho has been brilliant all
year. The delay is purely that our new finance system went live this month and everything's backed
up. You'll get it."""),
]
HYPOTHETICAL = [
    ("akl", """S: Question re damaged gear
Hi {collector}, before we sign the next hire agreement: if any of the frames came back bent after a
job, how would that be charged? Just want to know what we'd be up for.
Cheers"""),
]
RETRACTION = [
    ("bhm", """S: Re: Invoice {inv}
Hi Priya, I'm sure we paid this one in October, let me dig out the remittance."""),
    ("bhm", """S: Re: Invoice {inv}
Sorry Priya, my mistake, the October payment was for the summer order. This one is still with us,
I'll get it moving."""),
]
RESOLVED = [
    ("bhm", """S: cardigans
Several of the embroidered crests are coming loose on the cardigans already. We won't be paying for
these until they're replaced."""),
    ("bhm", """S: Re: cardigans
The replacement batch arrived and they look great, thank you for sorting it so quickly."""),
    ("bhm", "Replacement cardigans delivered and checked on delivery; customer happy, complaint closed."),
]
EXPIRED = [
    ("akl", """S: Re: {inv}
It'll be paid on {date}, cheers."""),
]
OTHER_INVOICE = [
    ("jhb", """S: Invoice {other}
The firewall invoice {other} is wrong, we were quoted once-off and you've billed it monthly. Please
fix that one. The support invoice is fine."""),
]
LATE_PROMISE = [
    ("jhb", """S: RE: Final reminder {inv}
Apologies, this has been sitting with our CFO. It's approved now and will be paid on {date}."""),
]
LATE_PLAN = [
    ("akl", """S: re overdue
we cant clear it in one go. can we do weekly amounts till its done"""),
]

# ---------------------------------------------------------------- hard stops
LEGAL = [
    ("jhb", """S: Re: {inv}
Good day

Please be advised that the company was placed under provisional liquidation by order of the High
Court on 24 November 2026. All claims must be lodged with the appointed liquidators. Kindly direct
no further correspondence regarding outstanding amounts to our staff.

Regards
Office of the Financial Director"""),
]
OVER_RISK = [
    ("akl", """S: Re: {inv}
Hey {collector}, the Fremantle job invoice is approved and we'll pay it with the {date} run. Ta.
Perth accounts"""),
]
DISPUTE_NOTES = [
    ("bhm", "Bursar rang: says the blazer count on this invoice is wrong. Logged as a dispute; warehouse recount pending."),
]

"""Hand-written customer messages and CRM notes for probe_j (written blind, from SPEC alone).

One text per list entry, as (world, text). Worlds: "oxford" (bookbinding and archival
conservation studio, home GBP, some EUR invoices to Dutch libraries), "chch" (commercial
beekeeping and pollination, home NZD, some AUD invoices to Tasmanian orchards), "toronto"
(industrial 3D-printing bureau, home CAD, some USD invoices to Michigan auto suppliers).

Header lines, stripped by build.py: `S: ...` the subject (always first in an email text);
optional `F: ...` the sending address of an AP tool (such notices are never wrapped);
optional `C: ...` the customer key the text belongs to (build.py's CUSTOMERS).
Notes (NOTES, RESOLVED_NOTE, DISPUTE_NOTE) have no header.

Placeholders filled by build.py: {inv} invoice number, {amt} open balance with currency,
{other} the customer's other open invoice, {ref} a payment reference, {paid} a past payment date
in the customer's local style, {paid_nth} the same as "the 3rd", {us} our collector's first name;
promise dates: {d_iso} 2026-12-18, {d_dmy} 18/12/2026, {d_mdy} 12/18/2026, {d_dot} 18.12.2026,
{d_ymd} 2026/12/18, {d_dmon} 18-Dec-26, {d_long} 18 December 2026, {d_us} December 18th,
{d_short} Fri 18 Dec, {d_full} Friday, 18 December, {d_nth} the 18th, {d_wd} Friday.
A promise text carrying [JAN] gets a date in January 2027.
"""

# ---------------------------------------------------------------- complaints (hold payment)
COMPLAINTS = [
    ("oxford", """S: Re: Invoice {inv}
C: friends

Hi,

Hope the move to the new workshop went smoothly. The wood-engraving proofs came back to us on Thursday. Unfortunately when our conservator opened the box, three of the leaves had been trimmed at the fore-edge, which we had expressly asked you not to do, and the loss can't be undone. We'll leave the invoice where it is until we've talked this through with you.

Best,
Miriam"""),
    ("oxford", """S: Phase boxes - order ref SFL/224
C: sfl

Dear Sir or Madam,

The forty phase boxes supplied under the above order were made to the dimensions on the old shelf list rather than the measured sizes we sent you in September; roughly half will not close over the volumes. The Librarian has asked me not to release payment of invoice {inv} until replacements are agreed.

Yours faithfully,
P. Ashdown
Finance Office"""),
    ("oxford", """S: factuur {inv}
C: leidse

Good morning,

We have received back the atlas. It is nice work on the binding but the title label is spelled wrong, there stands "Atlas Major" and it must be "Atlas Maior", like on the original. For us this is not a small thing, it is for the exhibition. We will pay the factuur when the label is made new.

Met vriendelijke groet,
Sanne de Vries"""),
    ("oxford", """S: Carol evening?
C: cumnor

Hello both,

Are you coming to the Friends' carol evening on the 19th? It would be lovely to see you there. On a more boring note, the deacidification on the parish registers has left a tide line across about a dozen pages of the 1790s volume - the Rector noticed it straight away. Until someone has had a look I've asked the treasurer to sit on {inv}.

Warmly,
Joan"""),
    ("oxford", """S: re: {inv}
C: holywell

the clamshell box for the kelmscott came with the spine title upside down. not paying for that one til its redone thx"""),
    ("oxford", """S: Uw factuur {inv}
C: deventer

Dear colleagues,

For the map encapsulation project we agreed polyester sleeves with an ultrasonic weld. The sleeves we received are closed with tape at the edge, which our collection care policy does not allow. We have therefore put invoice {inv} on hold in our system until the maps are re-housed as specified.

Kind regards,
J. Bakker
Financiele Administratie"""),
    ("oxford", """S: Boswell letters
C: marsh

Dear {us},

The letters came back yesterday and I've now been through them. Several of the repairs use a bright white tissue that stands out badly against the cream paper.

I'd rather we settle what can be done about that before I pay anything.

Kind regards,
Helen"""),
    ("chch", """S: Re: Pollination invoice {inv}
C: leeston

Gidday,

Counted the hives on the 9ha block Saturday - 18 boxes, not the 27 on the invoice. Happy to pay for what was there. Not for the rest, so I'm leaving it until you send a corrected one.

Cheers
Rob"""),
    ("chch", """S: cherries
C: tamar

hi there, the hives didnt turn up till the Rainier block was nearly done flowering, most of the bloom was gone by then. bit pointless paying full whack for that so we'll wait to hear from you before anything goes out

Kate"""),
    ("chch", """S: Hive audit
C: ellesmere

Hi,

Our agronomist opened a sample of the hives last week and a lot of them were only 3 or 4 frames of bees, well under the 8-frame strength in the agreement. I'll hold off on {inv} till we've got to the bottom of that.

Thanks
Anika Pretorius
Orchard Manager"""),
    ("chch", """S: Invoice {inv} - on hold
C: cseed

Kia ora,

This invoice has been placed on hold by our accounts team. Reason: the hives were placed in the north block (Jazz) and not the south block (Envy) as per the placement map. Operations have asked that it not be paid until they have spoken with your field manager.

Nga mihi
Accounts Payable | Canterbury Seed Co-op"""),
    ("chch", """S: Re: Reminder - invoice {inv}
C: rakaia

Sorry for the slow reply, it's been a mess here. Half the hives you moved onto the carrot seed block were dead or queenless when our guy went through them, and seed set is looking poor. We won't be putting this through until someone comes out and looks at it."""),
    ("chch", """S: Pollination services - Huon block
C: huon

Dear Accounts,

We refer to invoice {inv}. Our records show the hives were removed on 2 November, eleven days before the end of the contracted period, while the late varieties were still in bloom. We are not in a position to authorise payment of the full contract sum on that basis and await your proposal.

Regards,
G. Whitfield
Financial Controller"""),
    ("toronto", """S: RE: {inv} - blocked
C: livonia

Hi,

Your invoice is blocked for payment in SAP. Quality posted an NCR against the receipt: 140 of the 400 brackets measured out of tolerance on the bore (spec +/-0.05, actual +0.18 avg). The invoice will stay blocked until the NCR is dispositioned and a credit or replacement is agreed.

Regards,
Accounts Payable - Livonia Trim Systems"""),
    ("toronto", """S: Parts
C: oakville

hey, the MJF housings warped bad, they rock on the bench like a table with one short leg. assembly cant use them. we're not cutting a cheque for these until its sorted

Derek"""),
    ("toronto", """S: PO 45-8812 / invoice {inv}
C: albers

Hello,

We order parts in PA12 material and we receive parts in PA11, the certificate says it. For our customer this is not possible to use, the material is fixed in the drawing. Please understand we cannot release the payment for this invoice before new parts in correct material are here.

Best regards
Juergen Albers
Purchasing"""),
    ("toronto", """S: Missing documentation
C: dearborn

Good afternoon,

The shipment against {inv} arrived without the first-article inspection report and the material certs required under our supplier quality manual. Receiving can't close the PO without them and AP won't pay an invoice against an open receipt. Please send the paperwork.

Thanks,
Maria Kowalczyk
Supplier Quality"""),
    ("toronto", """S: rush charge
C: kingsway

We agreed to the rush fee so the fixtures would be here for the Monday trial. They came Wednesday and the trial went ahead without them. I'm not approving {inv} with a rush charge on it for parts that came late - take it off and resend it."""),
    ("toronto", """S: Thanks for the tour!
C: brampton

Hi {us},

Great to finally see the new machines, the team hasn't stopped talking about them. Quick thing while I have you: the last batch of jigs had support scars right on the locating faces and we had to hand-finish every one, which took two of our guys most of a day. I've parked the invoice until we figure out what's fair.

See you in the new year,
Cam"""),
    ("toronto", """S: Re: invoice {inv}
C: novamed

The design-for-AM consulting line shows 22 hours. Our engineer was on two calls with your team, about three hours altogether, and got one marked-up PDF back. Please explain or reissue; we'll keep it on hold until then."""),
]

COMPLAINTS_LATE = [
    ("toronto", """S: Re: Past due notice
C: tooldie

I thought we'd been over this with your sales guy in October. The sintered manifolds leaked at the port threads on pressure test, every single one of them. They're sitting in a box in our QC cage waiting for your RMA number. Nothing gets paid on that invoice until they're replaced."""),
    ("oxford", """S: Re: Statement of account
C: prideaux

Dear Accounts,

As I told Mr Fenwick by telephone in the autumn, the rebacked folio came back with the boards attached askew, so the book will not stand square on the shelf. I returned it to you so that it could be put right and I have heard nothing since. I shall settle once it is back with me and correct.

Yours sincerely,
E. Prideaux"""),
]

# ---------------------------------------------------------------- paid claims
PAID_CLAIMS = [
    ("oxford", """S: Re: Reminder - invoice {inv}
C: sfl

Hello, I'm a little confused by this - the bursary tells me it went across by BACS on {paid}, reference {ref}. Could you have another look your end?

Many thanks,
Louise"""),
    ("oxford", """S: RE: Herinnering factuur {inv}
C: zuidhaven

Dear,

The amount of {amt} is transferred with SEPA on {paid} from our account at ING, with description {ref}. Maybe it is not yet booked by your bank? Please check this.

Groeten,
Financiele administratie"""),
    ("oxford", """S: {inv}
C: ferraro

I rang on {paid_nth} and paid by card over the phone to the lady in your office. Have you not got it?"""),
    ("oxford", """S: Re: Outstanding invoice
C: ellery

Dear Sirs,

A cheque for the full sum was posted to your Jericho address at the end of last month. I have the counterfoil in front of me: no. 100417. Perhaps it has been held up in the Christmas post? Do let me know before I ask the bank to stop it.

Regards,
Canon R. Ellery"""),
    ("oxford", """S: Payment remittance - Cherwell Bindery & Conservation Ltd
F: noreply@tipalti.example
C: bodley

This is an automated notice from Tipalti on behalf of Bodley Antiquarian Books Ltd.

Payment status: Paid
Payee: Cherwell Bindery & Conservation Ltd
Payment method: Bank transfer (GBP)
Payment date: {paid}
Reference: {ref}
Invoices included: {inv}
Amount: {amt}

Please allow 1-3 business days for funds to appear. Do not reply to this message."""),
    ("oxford", """S: Re: Invoice {inv}
C: wychwood

Morning - I think your reminder must have crossed with our run; the ledger here shows it cleared on {paid}. Shout if it hasn't turned up."""),
    ("chch", """S: Re: overdue
C: leeston

kia ora, paid that one out of the ASB account on {paid}, ref was our name plus {inv}. cheers"""),
    ("chch", """S: Re: Invoice {inv} - second notice
C: derwent

Hi team,

This one was included in our Friday EFT batch on {paid} (remittance ref {ref}). Funds went in AUD to the Westpac account shown on your invoice. If it's gone missing on the way to NZ let us know and I'll get our bank to trace it.

Regards,
Tom"""),
    ("chch", """S: payment
C: riccarton

Hello, my husband is pay this bill already at the bank in Riccarton on {paid}, he give the money at the counter. I attach the receipt photo. Thank you"""),
    ("chch", """S: RE: Statement
C: ellesmere

Can you check again? We used the pay-now button on the emailed invoice back on {paid}, Visa, and got the confirmation screen. It's on the card statement too."""),
    ("chch", """S: Re: Hive hire {inv}
C: waipara

Hi - Geoff here from the vineyard. Sue did all the pollination invoices when she ran the end-of-month, this one included. She's off till after Christmas but I can see it gone in the bank. Reckon it'll be sitting with you somewhere.
Geoff"""),
    ("chch", """S: Remittance advice for invoice {inv}
F: messaging@post.xero.example
C: selwyn

Kia ora,

Here's your remittance advice from Selwyn Seeds Ltd.

Payment date: {paid}
Amount paid: {amt}
Reference: {ref}

This payment has been made to your nominated bank account.

Regards,
Selwyn Seeds Ltd"""),
    ("toronto", """S: RE: Past Due - Invoice {inv}
C: dearborn

Hi,

This was released via ACH on {paid}, trace number {ref}. Please reconcile against your USD account and advise if you still show an open balance.

Thanks,
AP Team | Dearborn Fixture Co."""),
    ("toronto", """S: e-transfer
C: oakville

sent it by interac to the ar@ address like last time, on {paid}. says auto-deposited on my end"""),
    ("toronto", """S: Wire confirmation
C: polaris

Good morning,

Please find our wire confirmation below; sorry it did not go out with the payment itself.

Value date: {paid}
Beneficiary: Lakeshore Additive Inc.
Amount: {amt}
Our ref: {ref}
Re: {inv}

Regards,
Treasury"""),
    ("toronto", """S: Payment notification
F: ordersender-prod@ansmtp.ariba.example
C: sterling

Sterling Heights Tooling LLC has sent you a payment remittance.

Remittance ID: {ref}
Payment method: ACH
Payment date: {paid}
Net amount: {amt}
Invoice number(s): {inv}

To view the remittance details, log in to your SAP Business Network account.

This email was sent by SAP Business Network on behalf of Sterling Heights Tooling LLC."""),
    ("toronto", """S: RE: invoice {inv} remind
C: hanmi

Dear Sir,

We check with our account department and this invoice is done for payment on {paid} through our bank. Maybe is delay between US and Canada bank. Please confirm you receive.

Best regards,
Min-jun Park"""),
    ("toronto", """S: Re: Second reminder
C: kingsway

Our cheque run was {paid}. Yours was on it.

#004817, mailed to the Etobicoke address."""),
]

PAID_UNAPPLIED = [
    ("chch", """S: Re: invoice {inv}
C: midcant

We paid this at the start of the month but I think our bookkeeper forgot to put the invoice number on it. Should be the only one from us that week."""),
]

# ---------------------------------------------------------------- dated promises
PROMISES = [
    ("oxford", """S: Re: Reminder - invoice {inv}
C: sfl

Hi, apologies - this got stuck waiting for a second signature. It's now been signed off and will go out in the bursary's payment run on {d_long}.

Best, Louise"""),
    ("oxford", """S: RE: {inv}
C: holywell

scheduled for {d_dmy}. sorry for the delay"""),
    ("oxford", """S: Betaling factuur {inv}
C: leidse

Dear Cherwell Bindery,

Thank you for your patience. The invoice is approved by our head of collections and it is planned in the payment batch of {d_dot}. You will receive it in the days after.

Vriendelijke groet,
M. Jansen"""),
    ("oxford", """S: Re: Book of Hours
C: friends

Dear {us},

The Book of Hours is back in its case and looks splendid; the committee were delighted. I also wanted to let you know the finance committee meets on {d_short} and your invoice is on the list for payment that afternoon. Thank you again for all the care.

Yours,
Alison"""),
    ("oxford", """S: Cheque
C: cumnor

Dear Sir,

The council's cheques are only signed once a fortnight and the next signing is {d_nth}. Yours will be in that batch and posted the same day.

Yours faithfully,
Parish Clerk"""),
    ("oxford", """S: Re: invoice
C: prideaux

Yes, yes, I know - entirely my fault. I'll do the transfer on {d_wd} when I'm back at my desk in London, you have my word."""),
    ("oxford", """S: Re: Second reminder - invoice {inv}
C: wychwood

Good afternoon,

Invoice {inv} has been processed and is queued for payment with a value date of {d_iso}.

Kind regards,
Accounts Payable
Wychwood Record Office"""),
    ("oxford", """S: RE: factuur {inv}
C: zuidhaven

Hello,

Sorry, the payment was blocked because of the new IBAN we had to verify first. This is done now. The transfer is ready to sign and it will be executed {d_full}.

Met vriendelijke groet,
Crediteurenadministratie"""),
    ("oxford", """S: Year end
C: bodley

Hi,

We close the books for the holidays shortly and the last run of the year has already gone, I'm afraid. Yours has been put into the first run of the new year, which is on {d_long}.[JAN]

Thanks, Pat"""),
    ("chch", """S: Re: hives
C: leeston

yep all good, Sharon does the bills on {d_wd}, I've put it on her pile"""),
    ("chch", """S: Payment
C: cseed

Kia ora,

Just letting you know invoice {inv} has been approved and will be paid on our next scheduled payment date, {d_dmy}.

Nga mihi,
Accounts | Canterbury Seed Co-op"""),
    ("chch", """S: RE: Overdue invoice {inv}
C: derwent

Hi,

The money from the packhouse comes in on {d_us} and yours is the first one going out of it. Sorry it's run late.

Regards,
Tom Walsh
Derwent Valley Apples"""),
    ("chch", """S: Re: reminder
C: ellesmere

Hi there, I've put a future-dated payment through internet banking this morning, it'll go through on {d_dmy}. Cheers, Mel"""),
    ("chch", """S: About invoice {inv}
C: tanaka

Dear Harewood Pollination,

Thank you for your mail and we are so sorry for the late. Our company pays all suppliers on {d_nth} of the month, so your invoice will be paid on that day.

Best regards,
Yuki Tanaka"""),
    ("chch", """S: RE: {inv}
C: rakaia

This is in the batch going to the bank {d_short}. Ta."""),
    ("chch", """S: Re: Pollination account
C: waipara

Hi, I know it's overdue, sorry. The wool cheque clears this week and I'll pay you in full on {d_long}. Thanks for bearing with us."""),
    ("chch", """S: Invoice {inv} - payment advice
C: huon

Good morning,

Please be advised the above invoice has passed approval and is scheduled for EFT on {d_iso}.

Kind regards,
Accounts Payable
Huon Ridge Orchards Pty Ltd"""),
    ("toronto", """S: RE: Past Due - Invoice {inv}
C: livonia

Hi,

Your invoice cleared three-way match this morning and is queued for our {d_mdy} ACH run.

Thanks,
Accounts Payable"""),
    ("toronto", """S: Payment scheduled
F: notifications@hello.bill.example
C: sterling

Sterling Heights Tooling LLC has scheduled a payment to Lakeshore Additive Inc.

Amount: {amt}
Invoice: {inv}
Scheduled process date: {d_mdy}
Payment method: ACH

You'll receive another email when the payment is sent."""),
    ("toronto", """S: Re: invoice {inv}
C: oakville

We're good for it - the controller's signing cheques {d_wd} and yours is in the stack."""),
    ("toronto", """S: RE: Recordatorio
C: warren

Hello {us},

I talk with our finance manager today. She confirm the payment for invoice {inv} is programmed for {d_us}. Sorry for the inconvenient.

Regards,
Luis Hernandez"""),
    ("toronto", """S: Re: Overdue
C: dearborn

Hi - the part number mismatch is cleared and the receiver has been posted, so the invoice is off hold. Net run is {d_dmon}; it goes out then."""),
    ("toronto", """S: Invoice {inv} status update
F: do_not_reply@coupahost.example
C: albers

Invoice {inv} from Lakeshore Additive Inc. has been Approved.

Customer: Albers Praezision Michigan Inc.
Status: Approved for Payment
Payment Date: {d_ymd}
Payment Terms: Net 45

This is a system-generated message from Coupa. Please do not reply."""),
    ("toronto", """S: Re: Reminder: invoice {inv}
C: novamed

Hey! So sorry - our tranche lands this week and I've blocked out {d_full} to clear all the vendor stuff in one sitting. You're on the list."""),
    ("toronto", """S: RE: {inv}
C: brampton

Thanks for the nudge. It's approved.

It'll go with the run on {d_dot}."""),
]

PROMISE_LATE = [
    ("toronto", """S: Re: Final notice
C: windsor

OK OK. I'll pay the lot on {d_long}. Been a rough stretch here."""),
]

PROMISE_OVER = [
    ("chch", """S: Re: Pollination contract - Huon
C: huon

Hi,

Finance has approved the contract payment and it's set for release on {d_dmy}.

Regards, Accounts"""),
]

PROMISE_DISPUTED = [
    ("oxford", """S: Re: invoice {inv}
C: marsh

Following our call, I'll arrange the transfer for {d_long}.

Helen"""),
]

PROMISE_EXPIRED = [
    ("toronto", """S: RE: Reminder
C: kingsway

It's set up to go on {d_short}. Thanks for your patience."""),
]

# ---------------------------------------------------------------- more time / instalments (no dates)
HARDSHIP = [
    ("oxford", """S: Re: invoice {inv}
C: friends

Dear {us},

The Friends' appeal came in well short of what we'd hoped this year, and I'm afraid the whole of {amt} in one go isn't something the library can manage just now. Would you be willing to let us do it in a few pieces?

With apologies,
Alison"""),
    ("oxford", """S: {inv}
C: holywell

can i pay this off bit by bit? money's tight after the book fair"""),
    ("oxford", """S: factuur {inv}
C: deventer

Good day,

Our budget for this year is almost finished and the new budget is not yet released by the municipality. Is it possible to divide the amount in parts? Then we can already start.

Groet,
Stadsarchief"""),
    ("oxford", """S: Re: Reminder
C: bodley

Hello,

I've been putting off writing this. Since the shop flooded we've been trading out of a lock-up and things are very thin. I will pay you, every penny, but it would help enormously to have a little longer than your terms allow.

David"""),
    ("oxford", """S: Invoice {inv} - proposed arrangement
C: cumnor

Dear Accounts,

The parochial church council has asked me to write regarding the above. Owing to unexpected repairs to the church roof, the council is not in a position to settle the account in a single payment and would be grateful if you would consider accepting it over a number of months.

Yours faithfully,
Parish Clerk"""),
    ("oxford", """S: Re: Boxes
C: wychwood

Hi {us} - bit awkward, but is there any wiggle room on when this needs to be paid? A grant's been held up and I'd rather be upfront than go quiet on you."""),
    ("oxford", """S: your invoice
C: ferraro

Good evening,

I am very happy with the restoration of my grandfather's missal. Unfortunately in this moment I have not all the sum available. Can I send you a part now and the rest little by little?

Cordiali saluti,
Giulia Ferraro"""),
    ("oxford", """S: RE: Payment reminder {inv}
C: leidse

Dear,

We have a problem with cash at the moment because the subsidy of the province comes later. We want to pay but it will take longer. Can we make an arrangement?

Met vriendelijke groet
E. Visser
Penningmeester"""),
    ("chch", """S: Re: hive hire
C: leeston

Gday, bit of a rough one this season with the frost wiping out the early blocks. Any chance we could chip away at this over a few goes rather than all at once?
Cheers
Brent"""),
    ("chch", """S: Re: Invoice {inv}
C: rakaia

Hi, honest answer is we haven't got it right now. The payout from the co-op is way down on last year. Can you work with us on this one?"""),
    ("chch", """S: RE: Overdue - {inv}
C: tamar

Hi,

We copped hail right through the cherry blocks and the insurer is dragging its feet. Could we please pay this in instalments? Happy to start with something now.

Regards, Bec"""),
    ("chch", """S: Pollination bill
C: singh

Hello sir, kiwifruit price is very low this year and we have big loan for the new block. I can not pay all together. Please can you accept some every month."""),
    ("chch", """S: Re: Reminder - invoice {inv}
C: ellesmere

I'm sorry to ask, and please say no if it's a problem, but would it be alright if this one took us a bit longer than usual?
Jo"""),
    ("chch", """S: Queens for spring
C: midcant

Hi {us},

We'll want another 40 mated queens in spring if you're raising them again - the last lot were brilliant. The current invoice is a worry, to be straight with you: honey prices have collapsed and we're stretched. Is there a way to split it up?

Thanks,
Fiona"""),
    ("chch", """S: re: overdue
C: waipara

cant do the full amount sorry mate. can do some now rest later if thats ok"""),
    ("chch", """S: Invoice {inv}
C: cseed

Good afternoon,

Following a review of our cash position, the directors have asked that supplier balances above NZ$2,000 be discussed individually. We would like to propose settling this account in equal parts and would be glad to know whether that is acceptable to you.

Kind regards,
Finance Manager"""),
    ("chch", """S: Re: invoice
C: huon

The bank has frozen our overdraft while they go over the accounts.

Until that's sorted we'll need longer on this one, I'm afraid."""),
    ("toronto", """S: RE: Past Due - Invoice {inv}
C: windsor

Hi {us},

The Detroit program we printed these for got pushed by the OEM and we haven't been paid on our end. Any chance we could stretch this out? Even paying part of it now would help us.

Thanks,
Nate"""),
    ("toronto", """S: Supplier payment terms
C: dearborn

Hello,

Due to a company-wide cash preservation directive, we are requesting that suppliers with open balances accept extended payment terms on outstanding invoices. We would appreciate your confirmation for invoice {inv}.

Regards,
Accounts Payable
Dearborn Fixture Co."""),
    ("toronto", """S: Re: invoice
C: novamed

hey, full transparency: our bridge round fell through and we're watching every dollar. we really want to keep working with you guys. could we do this in chunks?"""),
    ("toronto", """S: invoice {inv}
C: polaris

Hello,

This month our biggest customer did not pay us and now we have not money for all invoices. We ask if we can pay you in few parts. We are sorry for this.

Regards
Tomasz"""),
    ("toronto", """S: New quote + a favour
C: brampton

Hi team,

Attached is the STEP for the next round of fixtures - could you quote 50 off in PA12? Separately, and I hate asking, things are slow here and I'd be grateful for some breathing room on {inv}."""),
    ("toronto", """S: Re: Outstanding balance
C: hanmi

Dear Lakeshore Additive,

We acknowledge the outstanding balance of {amt}. Due to the current tariff situation our receivables from our own customers have slowed considerably, and we are unable to remit the full amount at this time. We would welcome a discussion about a schedule.

Sincerely,
Controller"""),
    ("toronto", """S: RE: {inv}
C: oakville

We're short this month. Can we do half and then the rest?"""),
    ("toronto", """S: Re: Reminder
C: tooldie

Hi - our line has been down since the tooling change and cash is the problem right now, not willingness. What can we do short of paying the whole thing today?"""),
]

HARDSHIP_LATE = [
    ("chch", """S: Re: Past due - 2nd notice
C: singh

I know it is well overdue. Can we set up some kind of arrangement to pay it down gradually?"""),
]

# ---------------------------------------------------------------- harmless replies
BENIGN = [
    ("oxford", """S: Automatic reply: Reminder - invoice {inv}
C: marsh

Thank you for your email. I am on leave until the New Year with limited access to email. For anything urgent please contact the Library Office.

Dr Helen Marsh"""),
    ("chch", """S: New postal address
C: selwyn

Hi, just to let you know we've moved the office to 14 Main South Road, Templeton. Please update your records. Cheers, Linda"""),
    ("toronto", """S: Vendor setup
C: livonia

Hi,

Our vendor master is being cleaned up for year end. Could you send a current W-8BEN-E (or a W-9 if you have a US entity) so we can keep you active? Thanks!

Vendor Management, Livonia Trim Systems"""),
    ("oxford", """S: Copy of invoice please
C: sfl

Hello, could you send me a copy of {inv}? The original went to my predecessor, who left in the summer.

Kind regards,
Sam Oduya, Finance Assistant"""),
]

# ---------------------------------------------------------------- mixed hard negatives
NEGATED = [
    ("chch", """S: Re: Reminder - invoice {inv}
C: ellesmere

No complaints here about the hives at all, fruit set looks the best in years. Thanks again to your crew."""),
]

HYPOTHETICAL = [
    ("chch", """S: Question before next season
C: rakaia

If a strength audit ever did show weak hives, would that come off the bill, or is it dealt with separately? Just curious how it works before we sign next year's contract."""),
]

RETRACT_FIRST = [
    ("toronto", """S: Re: Reminder
C: warren

Pretty sure we paid this last week?"""),
]

RETRACT_SECOND = [
    ("toronto", """S: Re: Re: Reminder
C: warren

Scratch that - checked with Maria, the one we paid was {other}. {inv} is still open on our side."""),
]

RESOLVED_COMPLAINT = [
    ("oxford", """S: Box lids
C: wychwood

The lids on the new archive boxes are too tight to lift off without tearing the fabric hinges. We won't sign the invoice off while they're like that."""),
]

RESOLVED_NOTE = [
    ("oxford", """Replacement lids fitted on site and signed off by their archivist. Box lid issue resolved; nothing further owed by us."""),
]

OTHER_INVOICE = [
    ("chch", """S: hives short on the Darfield job
C: cseed

Hi, the Darfield placement ({other}) was 10 hives short of the order - can you fix that invoice up? The one you're chasing is fine, that's a separate block."""),
]

COLLECTOR = [
    ("toronto", """S: Invoice {inv} - friendly follow-up
C: polaris

Hi Tomasz,

Just a quick note that invoice {inv} for {amt} is now past due. If there's anything holding it up on your side, let me know and I'll help sort it out.

Thanks,
{us}
Lakeshore Additive Inc."""),
]

# ---------------------------------------------------------------- hard stops
LEGAL = [
    ("oxford", """S: Holywell Antiquarian Books - notice to creditors
C: holywell

Dear Sir or Madam,

We write to inform you that Holywell Antiquarian Books has entered administration, and joint administrators from Carrow & Lund Insolvency Practitioners have been appointed. All correspondence concerning sums owed should now be directed to the administrators and not to the company.

Yours faithfully,
For and on behalf of the Joint Administrators"""),
]

DISPUTE_NOTE = [
    ("oxford", """Dr Marsh rang about the tissue colour on the Boswell repairs. Logged on the account as a dispute, pending review by the senior conservator."""),
]

# ---------------------------------------------------------------- older harmless context
EARLIER = [
    ("oxford", """S: Re: Invoice {inv}

Received, thank you - passed to the bursary."""),
    ("oxford", """S: Season's greetings

Wishing everyone at the bindery a very happy Christmas from all of us at the library!"""),
    ("oxford", """S: Collection

Could your van come to the side entrance on the lane next time? The front courtyard is being resurfaced."""),
    ("oxford", """S: New contact

Please note I'm taking over the conservation budget from Margaret; do copy me in on anything from now on."""),
    ("oxford", """S: Quote request

Would you have time in the new year to look at a run of Victorian ledgers? Some have detached boards. No rush at all."""),
    ("oxford", """S: Re: Order confirmation

Lovely, thank you - that's all as we discussed."""),
    ("oxford", """S: PO number

For your records, the purchase order for this work is PO 3318-B."""),
    ("oxford", """S: Bedankt

Thank you for the nice visit to your studio last month, our colleagues enjoyed it very much."""),
    ("oxford", """S: Re: Invoice {inv}

Got it, thanks. Will file it with the others."""),
    ("chch", """S: Re: Invoice {inv}

Thanks, got it."""),
    ("chch", """S: Placement map

Map for the blocks attached, gate code is the same as last year."""),
    ("chch", """S: Meri Kirihimete

Merry Christmas to the Harewood crew, thanks for another season."""),
    ("chch", """S: Spring numbers

Looking at roughly the same hive numbers next spring, maybe a few more on the new block."""),
    ("chch", """S: Access

Heads up, the back road's closed for the bridge work, come in off the highway."""),
    ("chch", """S: New email

I've got a new email address, this is it now. Cheers."""),
    ("chch", """S: Re: Hive hire

Thanks for the invoice, all noted."""),
    ("chch", """S: Honey

Any chance of buying a few pails of the clover honey for staff gifts?"""),
    ("chch", """S: RE: Invoice {inv}

Received with thanks. Forwarded to accounts payable for processing."""),
    ("toronto", """S: Re: Invoice {inv}

Thanks, received. Please make sure the PO number is on all future invoices."""),
    ("toronto", """S: Happy holidays

Happy holidays from all of us here - thanks for a great year of parts!"""),
    ("toronto", """S: RFQ

Can you quote 200 pcs of the attached clip in PA12, natural, no dye?"""),
    ("toronto", """S: Shipping

Please ship to Dock 4 from now on, the front office doesn't take freight."""),
    ("toronto", """S: New AP contact

Please send invoices to our new AP inbox going forward. Thank you."""),
    ("toronto", """S: Re: Order 5521

Confirmed, go ahead with the build."""),
    ("toronto", """S: Portal

Just a heads up we're moving vendors onto a supplier portal next year; you'll get an invite."""),
    ("toronto", """S: Re: Quote Q-2291

Looks good. PO to follow."""),
    ("toronto", """S: Invoice {inv} received
F: do_not_reply@coupahost.example

Invoice {inv} has been received and is being processed. This is a system-generated message."""),
    ("oxford", """S: Thank you

Just a note to say the repaired maps look wonderful."""),
]

# ---------------------------------------------------------------- harmless CRM notes
NOTES = [
    ("oxford", """Emailed a statement of account to the finance office."""),
    ("oxford", """Customer asked that invoices be addressed to the Finance Office rather than the Librarian."""),
    ("oxford", """Left a voicemail for the bursary, no answer."""),
    ("oxford", """Quote sent for next year's box programme."""),
    ("chch", """Rang the grower about spring placement numbers; no mention of the account."""),
    ("chch", """Updated the delivery contact to the orchard manager."""),
    ("chch", """Sent the hive strength report from the last audit, all hives passed."""),
    ("chch", """Customer prefers email to phone calls."""),
    ("toronto", """Sent W-8BEN-E on request."""),
    ("toronto", """Quote Q-3307 sent for replacement clips."""),
    ("toronto", """Updated AP contact per customer email."""),
    ("toronto", """Called AP line, got a ticket number for the vendor portal set-up."""),
]

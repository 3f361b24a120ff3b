"""Hand-written customer messages for probe_i (written blind, 2026-12-14).

One text per list entry, as (world, text). The first line `S: ...` is the subject. An optional
second line `F: address` says the message came from that address (an AP tool) and is never
wrapped by build.py. Worlds:
  leeds / leeds-ie         dental laboratory in Leeds (GBP / EUR to Irish practices)
  fresno / fresno-ca       drone-spraying contractor in Fresno (USD / CAD to Okanagan orchards)
  capetown / capetown-na   hotel linen supplier in Cape Town (ZAR / USD to Namibian lodges)
Placeholders filled by build.py: {inv} {amt} {coll} {ref} {paid} {other}, and the promise date
{P_iso} {P_dmy} {P_mdy} {P_dot} {P_ymd} {P_dmon} {P_long} {P_mdth} {P_mon} {P_wdm} {P_th} {P_wd}.
"""

# The customer describes what was wrong with the goods or the work and holds payment.
COMPLAINTS = [
    ("leeds", """S: Re: Invoice {inv}
Hi {coll},

Hope you had a good weekend. Dr Okafor fitted the upper bridge for Mrs Hartley on Thursday and the
shade is nowhere near what we sent over - we asked for A2 and it has come back closer to A3.5, it
looks grey next to her own teeth. She's rebooked for a re-fit in the new year. I've put {inv} to one
side on our end until the new one is in and fitted.

Thanks, Joanne"""),
    ("leeds", """S: crowns
margins open on both the 46 and 47, cant seat them. not paying for these till theyre redone. J"""),
    ("leeds-ie", """S: Re: Statement December
Dear {coll},

Thank you for the statement. About the invoice {inv}: the full upper denture for our patient came
with the midline very much to the left side, doctor says it is not possible to correct it in the
chair. We sent it back with the courier on Monday. Until we receive the corrected one we will keep
this invoice on hold in our system, I hope you understand.

Kind regards,
Agnieszka Nowak
Practice Manager, Clontarf Dental Clinic"""),
    ("leeds", """S: Remittance hold - {inv}
Dear Sir/Madam,

We write regarding the above invoice. Our records show that three of the eight units charged
(implant abutments, lines 3 to 5) relate to a case that was cancelled before manufacture, and our
clinician confirms they were never received at the practice. Accordingly the invoice has been
placed on stop pending a revised invoice for the five units actually delivered.

Yours faithfully,
Accounts Payable
Wakefield Implant Clinic"""),
    ("leeds", """S: Christmas do!!
Hiya,

Are you lot coming to the section dinner at the Queens? We've got a table of ten and room for two
more if Priya fancies it. Dress code is "festive", whatever that means.

Oh and before I forget - the night guards for the Patel twins don't seat, they rock on the molars
whichever way you put them in. Can you take them back and have another go? We'll sort the bill for
those once they actually fit.

Anyway, see you there x
Debbie"""),
    ("leeds-ie", """S: Re: {inv}
The chrome partial arrived with the clasp on the 34 snapped clean off. So no, that won't be going
through our accounts until a replacement comes. Sorry!
Niamh"""),
    ("leeds", """S: Re: Overdue: {inv}
Morning. The case for Mr Dunne was due back for his Tuesday appointment and turned up on the Friday,
by which point he'd gone private somewhere else. So the work was never used and I can't see the
partners signing this one off. Can somebody ring me?
Sue, Practice Manager"""),
    ("leeds", """S: Fwd: lab work
See below from Dr Chen - holding {inv} in the meantime.

-------- Forwarded message --------
From: Dr Wei Chen
To: Reception
Subject: lab work

The e.max veneers from Aire Valley have visible porosity on 11 and 21, the patient spotted it
before I did. I won't cement these. Please ask them to remake and don't pay them for this set.
Wei"""),
    ("fresno", """S: Re: Invoice {inv} - Valley Skyworks
Marisol, our foreman walked block 7 after your guys sprayed and the east end rows (30 acres or so)
clearly got nothing, mildew's still marching through there. We got billed for the whole 140. Not
cutting a check for acres you didnt fly.
- Dale"""),
    ("fresno", """S: fumigacion
Hello, is Rigoberto from Kerman Pistachio Ranch. The drone put the product over the road and in the
almonds of our neighbor, now he is very angry with us. Also our trees in the row 12 have the leafs
burned. The boss say we wait on the bill {inv} until somebody come and see the damage."""),
    ("fresno", """S: Invoice {inv} - payment hold
Dear Valley Skyworks Accounts Receivable,

Invoice {inv} bills mobilization twice (lines 1 and 4, $850.00 each) for what was a single site
visit. Under our service agreement mobilization is charged once per job. We have placed the
invoice on hold and will release payment on receipt of a corrected invoice.

Regards,
Accounts Payable
Madera Almond Co."""),
    ("fresno-ca", """S: Re: Past due reminder
Hi there - the defoliant pass was booked for the Gala block but the crew did the Ambrosia block,
which we were still picking. We lost a good few bins off those trees. Frankly we're in no hurry to
pay for that. Call me.
Luc, Summerland Apple Co."""),
    ("fresno", """S: Re: {inv}
The flight on the 18th got scrubbed at 9am for wind and your pilot packed up and left. The invoice
has it down as completed and charges the full application rate. I'll pay for the mapping flight,
not the application."""),
    ("fresno", """S: question about the product on {inv}
Hey, the label on the jugs your crew left behind says Pristine. We ordered Luna Experience for the
botrytis pass. Our PCA is not happy at all. Until we know what actually went on the vines this one
stays unpaid.
Tom, Kingsburg Vineyards"""),
    ("fresno-ca", """S: RE: Facture {inv}
Bonjour, sorry for my english. The NDVI maps you send for the orchard are from the wrong parcel, it
is not our trees at all, our agronome can not use it. We will not pay this part before you fly
again the good parcel.
Merci,
Genevieve Tremblay
Oliver Cherry Growers"""),
    ("capetown", """S: Re: Statement
Hi Thandi,

The 200 bath sheets that came in last week - half of them shed so badly that housekeeping are
picking fluff off the beds after every turn-down. We've bagged them up for collection. We'll do the
invoice for whatever we keep. Shout if you need the count.

Regards,
Lerato
Camps Bay Boutique Hotel"""),
    ("capetown", """S: Re: {inv}
More Thandiwe, the king size fitted sheets is actually queen size, they don't go over the mattress.
Ek het dit al twee keer gese on the phone. We are not going to pay for sheets we can't use, please
send the right ones and fetch these ones.
Groete, Annelie"""),
    ("capetown-na", """S: Re: Reminder invoice {inv}
Dear Mrs Mokoena,

thank you for your reminder. Unfortunately the amenity kits were delivered with the logo of another
lodge printed on them ("Desert Rose"), we can not put these in our rooms. We have informed our
manager and the payment is stopped until new kits with our own logo are here.

With kind regards
Jurgen Hoffmann
Swakopmund Sea Breeze Hotel"""),
    ("capetown", """S: Supplier invoice {inv} - on hold
Good day,

The delivery note for this invoice was signed for 40 bathrobes; the invoice charges 60. Our
receiving clerk confirms that only 40 arrived. The invoice is on hold in our system until a credit
note or revised invoice for the difference is received.

Kind regards
Creditors Department
Franschhoek Vineyard Lodge"""),
    ("capetown", """S: Summer season
Hi!! Hope you're surviving the wind. We're fully booked from next week so it's chaos here.

Quick one - the slippers in the last order are the flimsy open ones, not the closed-toe ones we
signed off on the sample, and guests are already moaning. Can we swop them? I've told finance to
leave that invoice alone until we've sorted it out.

Cheers
Mandla"""),
    ("capetown-na", """S: AW: Invoice {inv}
Hello, the robes have shrink after the first wash, now they are like for children. 30 pieces. We
keep the money for now until someone come and look.
Regards, Etosha Pan Safari Camp, Housekeeping"""),
    ("capetown", """S: Re: Overdue account
The stain-resistant tablecloths aren't. Red wine from Saturday's wedding hasn't budged after three
washes, and we paid extra for that finish - so I'm not settling {inv} as it stands.
Nadia"""),
]

# The customer says the invoice is already paid.
PAID_CLAIMS = [
    ("leeds", """S: Re: Reminder: invoice {inv}
Paid this via BACS on {paid}, ref {ref}. Can you check your end? Thanks, Karen"""),
    ("leeds-ie", """S: RE: Overdue
Hi, this one was included in our SEPA run on {paid} - it should be with you by now. Reference on the
transfer is {ref}.
Niamh, Accounts"""),
    ("leeds", """S: Re: invoice {inv}
I'm a bit confused by this - our practice manager settled it over the phone with your office using
the practice card, weeks ago. I remember because she had to read the long number out twice.
Sarah"""),
    ("leeds", """S: Happy Christmas from all at Roundhay!
Hi team,

Just a quick note to say thank you for all your help this year, the aligner cases have been
brilliant and the patients love them. Mr Ahmed sends his regards too.

Oh, and re the reminder - that one went out with our last Faster Payment on {paid}, so hopefully
it's landed by now.

Have a lovely break!
Debbie x"""),
    ("leeds", """S: Remittance Advice - Harrogate Family Dentistry
F: remittances@payruns.example
REMITTANCE ADVICE
From: Harrogate Family Dentistry
To: Aire Valley Dental Ceramics Ltd
Payment date: {paid}
Payment method: BACS
Payment reference: {ref}

Invoice        Amount
{inv}          {amt}

Total paid: {amt}
This is an automated message. Please do not reply to this address."""),
    ("leeds-ie", """S: Re: {inv}
Good morning, we make the transfer of this invoice in the last week, I send you the proof in
attach. Please confirm that you receive it.
Obrigada,
Fernanda"""),
    ("fresno", """S: RE: Past Due Notice
Check #{ref} was mailed to your PO box on {paid}. If it hasn't shown up let me know and I'll stop it
and reissue.
Bob
Selma Raisin Cooperative office"""),
    ("fresno", """S: Payment sent: Valley Skyworks Ag Services LLC
F: notifications@bill.example
Tulare Dairy Feed Farms sent you a payment.

Amount: {amt}
Invoice: {inv}
Sent on: {paid}
Payment method: ACH bank transfer
Payment ID: {ref}

Funds usually arrive in 2-3 business days. You are receiving this email because you are a vendor of
Tulare Dairy Feed Farms on Bill.com."""),
    ("fresno", """S: re invoice
Sat sri akal Marisol ji, my son did Zelle for this bill last month itself, from the farm account.
He says it went through. Please see once.
Harjit Singh"""),
    ("fresno-ca", """S: Re: Invoice {inv} (CAD)
We wired this in Canadian funds on {paid} to the account printed on your invoice - our bank shows
it as completed. Wire ref {ref}. Could you check whether the intermediary bank is sitting on it?
Thanks,
Accounting, Kelowna Heritage Orchards"""),
    ("fresno", """S: Re: Reminder
Did you guys not get it? Jenny took care of it on the company Amex the day your office called us."""),
    ("fresno", """S: Invoice {inv} status
Hello,
Per our AP system this invoice shows in Paid status. Check no. {ref} was issued in the {paid}
check run and mailed to the remit-to address on file.
AP Team"""),
    ("capetown", """S: Re: Overdue - {inv}
Hi Thandi, this was paid by EFT on {paid}. POP attached. Ref used was {ref}.
Thanks
Bongani"""),
    ("capetown-na", """S: Re: Reminder
Dear Thandiwe, we have send the money with SWIFT from Bank Windhoek on {paid}, reference {ref}.
Maybe the bank needs some days more for international.
Greetings, Etosha Pan Safari Camp"""),
    ("capetown", """S: Re: Statement
Our GM paid your driver cash when that order was delivered, he signed our book for it. Check with
him.
Gerrit"""),
    ("capetown", """S: sorted
Did an instant EFT from the FNB app this morning, should reflect straight away. Sorry for the delay!
Zinhle"""),
    ("capetown-na", """S: Payment Remittance Notification - Sossusvlei Dune Lodge
F: ordersender-prod@ansmtp.ariba.example
SAP Business Network - Payment Remittance

Payment proposal {ref} has been executed.
Supplier: Table Bay Linen & Amenities (Pty) Ltd
Payment date: {paid}
Payment status: Paid
Documents paid: {inv}   Amount: {amt}
Payment method: International transfer"""),
    ("capetown", """S: Re: Friendly reminder: invoice {inv}
Hi, we're square on this one - it went off with the rest of our suppliers at month-end. Shout if
it's not showing on your side.
Riaan"""),
]

# A dated promise to pay (the date is always after as_of).
PROMISES = [
    ("leeds", """S: Re: Invoice {inv}
Hi {coll}, sorry, this one slipped through. It's on our next payment run, which is {P_long}.
Karen"""),
    ("leeds-ie", """S: RE: reminder
Hi, it's been approved by Dr Byrne and will go out on {P_dmy} with the rest of them.
Niamh"""),
    ("leeds", """S: Re: Overdue
The partners sign the cheques on a Friday and yours will be in the {P_wdm} batch.
Sue"""),
    ("leeds", """S: Lovely to meet you at the study club
Hi Priya,

Lovely to finally put a face to the name on Wednesday! The talk on digital dentures was really
interesting, I've been telling the girls all about it.

By the way your colleague chased {inv} - I've had a word with our bookkeeper and she's got it
pencilled in for the {P_th}.

Speak soon,
Kate"""),
    ("leeds", """S: re
will pay {P_wd} latest"""),
    ("leeds-ie", """S: Re: Factura {inv}
Hello Priya, the accountant tell me the payment is programmed for the day {P_dmy}.
Saludos,
Lucia
Salthill Smiles"""),
    ("leeds", """S: Invoice {inv}
Dear Aire Valley Dental Ceramics,

Thank you for your email earlier this week. Please be advised that the above invoice has been
authorised and is scheduled for settlement on {P_iso}. We apologise for the delay, which arose from
the change of practice ownership.

Yours sincerely,
Finance Office
York Minster Dental"""),
    ("leeds", """S: Re: {inv}
Our accounts lady is off until the {P_th}. First thing she does when she's back is pay you, I
promise."""),
    ("fresno", """S: RE: Past due
Check run is every other Thursday. You're in the {P_mdy} run.
-Bob"""),
    ("fresno", """S: Scheduled payment to Valley Skyworks Ag Services LLC
F: notifications@bill.example
Sanger Citrus Growers has scheduled a payment to you.

Amount: {amt}
Invoice: {inv}
Scheduled process date: {P_mdy}

You'll get another email when the payment is sent."""),
    ("fresno", """S: Re: factura
Hi Marisol, the patron say he pay when the almond money come from the huller, is supposed to be
{P_mdth}. Thank you for the patience.
Rigo"""),
    ("fresno-ca", """S: Re: Invoice {inv}
Hi, our controller has it queued for the {P_long} EFT batch (Canadian dollars). Let me know if your
banking details have changed since last year. Thanks!
Naramata Bench Orchards"""),
    ("fresno", """S: Upcoming payment notification
F: no-reply@tipalti.example
Madera Almond Co. - payment notification via Tipalti

A payment to Valley Skyworks Ag Services LLC has been approved and scheduled.
Invoice number: {inv}
Amount: {amt}
Scheduled payment date: {P_iso}
Payment method: ACH

This is a system-generated message."""),
    ("fresno", """S: Re: Spring schedule
Hey Marisol, yes we want the same slot for the dormant spray, two blocks, 280 acres between them.
Put us down for whatever week your pilots are free.

On the old one - I'll cut the check {P_wd} when I'm back in the office.
Thanks, Dale"""),
    ("fresno", """S: payment
Marisol ji, raisin payment from the packer comes on {P_mdy}, same day I will pay your bill fully.
Harjit"""),
    ("fresno", """S: Invoice {inv} - payment status
Hello,
This invoice has been approved in our system and released to the {P_mon} disbursement cycle. Funds
generally arrive one to two business days after release.
AP Team, Tulare Dairy Feed Farms"""),
    ("fresno-ca", """S: RE: Rappel facture {inv}
Bonjour Marisol, I have put the payment for the {P_iso}, by wire. Sorry for the delay, the harvest
was very long this year.
Genevieve"""),
    ("capetown", """S: Re: {inv}
Hi Thandi, we pay suppliers in one go at month-end and yours is loaded for {P_ymd}.
Bongani"""),
    ("capetown-na", """S: AW: Mahnung {inv}
Dear Mrs Mokoena,

the transfer is prepared and will be released by our bank on {P_dot}. Sorry for the delay, our
owner was in Germany and only he can sign.

Mit freundlichen Gruessen
Jurgen Hoffmann"""),
    ("capetown", """S: Re: Overdue account
I think we can make it by {P_dmy}, I've asked Riaan to load it. If anything changes I'll let you
know.
Nadia"""),
    ("capetown", """S: Re: reminder
Batch for the December suppliers gets approved on {P_wdm}. You're in it."""),
    ("capetown", """S: Coupa: invoice {inv} approved
F: do_not_reply@coupahost.example
Knysna Lagoon Suites has approved your invoice.

Invoice: {inv}
Amount: {amt}
Payment status: Scheduled
Expected payment date: {P_dmon}

Log in to the Coupa Supplier Portal to see details."""),
    ("capetown-na", """S: Re: Invoice
Good day, the owner will pay at the {P_th} when the guests of December are going. Now we are full.
Thank you.
Damaraland Rock Camp"""),
    ("capetown", """S: FW: Table Bay Linen
Thandi, see below from our FD.

-----Original Message-----
From: Faiz Adams
Subject: RE: Table Bay Linen
Approved. Pay them with the {P_mdth} run please.
F"""),
    ("capetown", """S: Re: Re: Re: Invoice {inv}
ok ok!! paying {P_wd}, promise"""),
]

# More time, parts, or cannot pay in full; worded indirectly, no dates.
HARDSHIP = [
    ("leeds", """S: Re: Invoice {inv}
Hi Priya,
I'll be honest, since Dr Mills retired we've been running on one surgeon and the book is about half
what it was. Is there any way of doing this in a few goes rather than one?
Thanks, Jo"""),
    ("leeds-ie", """S: Re: Payment
Dear Priya,
our practice have very difficult time now after the flood in the surgery, the insurance is still
not paid to us. It is possible we pay this invoice in parts? We are very sorry for this.
Agnieszka"""),
    ("leeds", """S: Account {inv}
Dear Sir or Madam,

I am writing on behalf of the partners. The practice's contract payments have been delayed
following the commissioner's re-basing exercise, and we are presently unable to settle the balance
in a single payment. We would be grateful for the opportunity to agree an arrangement spreading it
over a number of months.

Yours faithfully,
Practice Business Manager"""),
    ("leeds", """S: Re: {inv}
Morning! Thanks for turning the Wilson case round so quickly, the patient's thrilled with it.

Re the money - would it be a pain if we chipped away at it monthly? Things are a bit lean since the
refurb.
Cheers, Mike"""),
    ("leeds", """S: Re: Overdue
I don't suppose you'd let us have a bit longer on this one? Cash is tight until the new associate
starts billing.
Sue"""),
    ("leeds-ie", """S: RE: {inv}
Hi, apologies, we're only after reopening after the fire and the bank are slow releasing the
overdraft. Could you bear with us a while longer on this one?
Niamh"""),
    ("leeds", """S: re: invoice
We can do some of it now. The rest is going to take us a bit longer, is that ok?"""),
    ("leeds", """S: Re: {inv} - Otley Road Orthodontics
Hi, realistically we can't clear the full {amt} in one hit at the moment. Could we agree something
smaller and regular instead?
Rachel"""),
    ("fresno", """S: Re: Past due
Marisol, honest answer is the pistachio price tanked and the processor hasn't paid out. We'll get
you paid but it's going to have to come in chunks.
Dale"""),
    ("fresno", """S: la factura
Hello Marisol, the frost take almost all the navels this year, the owner say he can pay little by
little if you accept. Is possible? Gracias.
Rigoberto"""),
    ("fresno-ca", """S: RE: {inv}
Bonjour, the hail in the summer destroy a big part of our crop and the insurance is not finish yet. We
cannot pay all the amount now. Can we make smaller payments?
Merci. Genevieve"""),
    ("fresno", """S: Vendor account - Valley Skyworks
To whom it may concern:

Due to the cooperative's renegotiation of its operating line with the bank, vendor invoices above
$2,000 are currently being settled in installments. We would like to propose splitting invoice
{inv} accordingly. Please advise whether this is acceptable.

Controller
Selma Raisin Cooperative"""),
    ("fresno", """S: re: invoice
can u guys work with me on this one. water bill from the district about killed us"""),
    ("fresno", """S: Request
Marisol ji, this is very bad year for raisins, rain came on the trays. I want to pay you but not
possible all together. Please give some way.
Harjit"""),
    ("fresno", """S: Re: {inv}
Hey, good to hear from you. Crew did a great job on the walnuts btw, no complaints there.

Re this, I'm kind of stretched right now between the equipment loan and payroll - any chance of some
breathing room? Not trying to dodge you.
Luis"""),
    ("fresno-ca", """S: Re: Invoice {inv}
Hi Marisol, we had a bad run with the cherry export - a whole container got rejected at the other
end. Would splitting this over a few months be doable on your side?
Thanks, Luc"""),
    ("fresno", """S: Re: Valley Skyworks invoice
Talked to our bookkeeper. Doing it all at once isn't going to happen right now. What are the
options?
Tom"""),
    ("capetown", """S: Re: {inv}
Hi Thandi, winter was dead quiet and we're only picking up now. Can we maybe do this one in two or
three bits?
Thanks, Zinhle"""),
    ("capetown", """S: Re: rekening
Hallo Thandiwe, dis 'n bietjie moeilik die maand. The load-shedding cost us a fortune in diesel for
the generator. Can we pay off the invoice over a few months?
Dankie, Annelie"""),
    ("capetown-na", """S: AW: Invoice {inv}
Dear Mrs Mokoena,

as you maybe know the bookings from Europe are much lower this season. I must ask if it is possible
to pay this invoice in rates.

With kind regards
Jurgen"""),
    ("capetown", """S: Account arrangement request - Hermanus Whale Inn
Good day,

Following a difficult off-season we are not in a position to settle the full outstanding amount at
present. We would appreciate your consideration of a structured arrangement.

Kind regards
Accounts"""),
    ("capetown", """S: Re: Re: towels
Haha yes the whales are back, you must come through and see them!

Listen, about the account - can you give us a bit of a gap? Things have been tight since the fires.
Mandla"""),
    ("capetown-na", """S: Re: Reminder
Hello, the road to the camp is closed since the rains so no guests for three weeks. We will pay but
slowly, part by part. Sorry.
Damaraland Rock Camp"""),
    ("capetown", """S: re
we're battling a bit. can we do half-half?"""),
    ("capetown", """S: Re: Overdue account
The bank froze our facility while they review the new lease. I'd rather pay you something every
week than nothing at all - let me know.
Riaan"""),
]

# Hard stops: legal_hold (customer email), open_dispute (CRM note), over_risk_threshold (a
# promise on a small USD invoice that is over in ZAR), unapplied_credit (a paid claim whose
# payment sits unapplied).
HARD_STOP = [
    ("capetown", """S: Re: Statement of account
Good afternoon,

Please note that all further correspondence regarding this account must be directed to our
attorneys, Van der Merwe & Naidoo Inc., who are handling the matter on our behalf.

Regards
Paternoster Beach House"""),
    ("leeds-ie", """Dr Walsh rang about {inv}: says the implant bridge is the wrong design, not what was on the
prescription. Logged as a dispute; waiting on photos from the practice before we do anything."""),
    ("capetown-na", """S: Re: Invoice {inv}
Hello Thandiwe, the payment is approved, we send it on {P_dot}. Regards, Sossusvlei Dune Lodge"""),
    ("fresno", """S: Re: Past due
We sent a check that covered this one and the spring work together, it cashed weeks ago. Look at
your deposits.
Sanger Citrus Growers"""),
]

# Harmless replies.
BENIGN = [
    ("leeds", """S: Season's greetings from Headingley Smile Studio
Dear all at Aire Valley,

Wishing you a very merry Christmas and a happy new year from everyone at Headingley Smile Studio.
Thank you for another year of beautiful work - the team have chipped in for a box of chocolates,
which should be with you in the week.

Warm wishes,
Joanne and the team"""),
    ("fresno", """S: W-9
Hi, our accountant is doing the annual vendor file update. Could you send over a current W-9 for
Valley Skyworks when you get a sec? Thanks.
Kingsburg Vineyards office"""),
    ("capetown", """S: New accounts contact
Hi Thandiwe,
Please note that Bongani has left us. From now on please send statements and invoices to our new
accounts person, Precious, at the accounts@ address rather than to him.
Thanks
Stellenbosch Manor Guesthouse"""),
    ("capetown-na", """S: copy of invoice + new order
Hello, can you please send again the invoice {inv} as PDF, our printer eat the copy. Also we want
to order 40 more bath towels like the last time, white, is it possible before Christmas?
Thank you, Swakopmund Sea Breeze Hotel"""),
]

# Mixed hard negatives, in the order build.py uses them.
MIXED = [
    # 0 negated complaint
    ("fresno", """S: Re: {inv}
No complaints at all about the job, the mildew's knocked right back. We just haven't got to the
bill yet, it's been a zoo here with harvest wrap-up.
Dale"""),
    # 1 hypothetical
    ("leeds", """S: Re: Invoice {inv}
Quick one: if a crown doesn't fit at try-in, do you charge for the remake or is that covered? Asking
for future cases - the ones on this invoice were spot on.
Jo"""),
    # 2 paid claim, then 3 its retraction
    ("capetown", """S: Re: Overdue
This was paid last week, check again?"""),
    ("capetown", """S: Re: Re: Overdue
Sorry Thandi, my mistake - the EFT I was looking at was for the laundry company, not you. Yours is
still outstanding, I'll sort it out."""),
    # 4 complaint, later resolved in the notes (5)
    ("leeds-ie", """S: Re: {inv}
The 36 crown is high in the bite, the patient can't close properly. Can you remake it? We'll hold
off on the invoice until then.
Niamh"""),
    ("leeds-ie", """Remake of the 36 crown fitted fine, Niamh confirmed by phone the practice is happy. Resolved;
they'll pay {inv} as normal."""),
    # 6 expired promise (date before as_of)
    ("fresno", """S: Re: Past due
We'll have this paid by {P_mdy}.
Kingsburg Vineyards"""),
    # 7 complaint about a different invoice
    ("capetown-na", """S: Re: Invoice {other}
The robes on {other} came in the wrong colour - taupe, not white like we ordered - so we're holding
that one until you swap them. The order on {inv} was fine.
Etosha Pan Safari Camp"""),
    # 8 our collector's own follow-up
    ("leeds", """S: {inv} - following up
Hi Karen,

Just following up on invoice {inv} for {amt}, which is now overdue. If you've already paid, please
ignore this email.

Many thanks,
{coll}
Aire Valley Dental Ceramics Ltd"""),
    # 9 promise at >= 60 days
    ("capetown", """S: Re: Final reminder
I know, I know. It'll be paid on {P_dmy}, you have my word.
Gerrit"""),
    # 10 plan request at >= 60 days
    ("fresno-ca", """S: Re: Overdue invoice {inv}
We are really behind after the season. Can we set up monthly payments on this?
Luc"""),
]

# Older harmless emails from customers, placed before any reminder as history.
BACKGROUND = [
    ("leeds", """S: Case for Mrs Kaur
Hi, sending over the impressions for Mrs Kaur's lower partial with the courier today. Shade A3,
patient would like it back before the half term if at all possible. Thanks!"""),
    ("leeds", """S: Re: Collection times
Thanks for letting us know about the new collection times, 3pm works better for us anyway."""),
    ("leeds", """S: Aligner case photos
Photos for the Ramsey case attached, let me know if you need the bite scan again."""),
    ("leeds", """S: Re: Your delivery
Got the box this morning, all present and correct. Ta."""),
    ("leeds", """S: Holiday opening
Just to let you know we're closed the last week of August for the refurb, so no collections that
week please."""),
    ("leeds", """S: Prescription form
Could you send us a few more of your paper prescription pads? We've run out at the front desk."""),
    ("leeds", """S: Implant components
Do you stock the Straumann BLT abutments or do we need to order them in ourselves? Asking before we
book the patient."""),
    ("leeds", """S: Re: New scanner
Yes, we've switched to the intraoral scanner now, so you'll be getting digital files from us from
here on. Shout if anything doesn't come through."""),
    ("leeds", """S: Thanks!
The denture for Mr Ellis went in beautifully, he's over the moon. Thank the technician for us."""),
    ("leeds", """S: Parking
Your driver asked where to park - the bays round the back are ours, he can use any of them."""),
    ("fresno", """S: Block map
Attaching the block map for the north ranch. Blocks 4 and 5 are the ones we want flown."""),
    ("fresno", """S: Re: Weather hold
No problem on pushing it a day, we'd rather you wait for the wind to drop."""),
    ("fresno", """S: PCA recommendation
Our PCA wrote the rec for the fungicide pass, copy attached. Rate is on page two."""),
    ("fresno", """S: Gate code
Gate code for the west entrance changed, it's the same as the shop now. Text me if your crew gets
stuck."""),
    ("fresno", """S: Re: Application report
Got the application report and the flight logs, thanks. That's what the county wanted."""),
    ("fresno", """S: Bees
Heads up, the beekeeper is moving hives in next door, so check with me before you fly the south
blocks."""),
    ("fresno", """S: Next season
We're thinking about adding the Kerman block next year, can you give us a rough idea of your
availability in March?"""),
    ("fresno", """S: Re: Pilot certificate
Our insurance guy asked for a copy of your operator certificate and COI, can you send both?"""),
    ("fresno", """S: Thanks
Crew was out of here before lunch and the rows look good. Appreciate the quick turnaround."""),
    ("fresno", """S: Re: Reentry interval
Understood on the reentry interval, I've told the pruning crew to stay out until Thursday."""),
    ("capetown", """S: Order for the new wing
Hi Thandi, we're opening the garden suites in the new year, can you quote on 24 sets of king
linen and towels to match what we have?"""),
    ("capetown", """S: Re: Delivery
Received in good order, thanks. Your driver was a star carrying it all up the stairs."""),
    ("capetown", """S: Swatches
Please can you send a few swatches of the grey waffle robes? Our GM wants to feel them first."""),
    ("capetown", """S: Monogram
Can you do the monogram in navy instead of gold on the next batch of pillowcases?"""),
    ("capetown", """S: Re: Amenity samples
Loved the rooibos range samples, the guests will love them. Let's talk volumes next month."""),
    ("capetown", """S: Stock count
Doing our stock count this week, can you send us the list of what was delivered this year?"""),
    ("capetown", """S: Re: Laundry tags
The laundry asked if the new towels can go in at 80 degrees. Is that fine?"""),
    ("capetown", """S: Our new address
Just so you know, our receiving bay has moved round to the Kloof Street entrance. Same building."""),
    ("capetown", """S: Thank you!
The new duvet covers look amazing, we've had three compliments from guests already."""),
    ("capetown", """S: Re: Lead times
Thanks for the heads-up on the lead times over December, we'll order early."""),
]

# Neutral CRM notes written by our side, placed before any reminder.
NOTES = [
    ("leeds", "Sent the practice our price list for the new year; no reply needed."),
    ("leeds", "Updated billing contact in QBO after the practice manager changed."),
    ("leeds", "Delivered the aligner starter kit and left a brochure at reception."),
    ("fresno", "Walked the ranch with the owner for next season's blocks; happy with this year."),
    ("fresno", "Customer asked for application reports by email rather than post; done."),
    ("fresno", "Confirmed the remit-to address with their office manager."),
    ("capetown", "Dropped off swatches of the new waffle robes to the GM."),
    ("capetown", "Added the new receiving address to the delivery schedule."),
    ("capetown", "Customer moved to the monthly standing order for amenity kits."),
]

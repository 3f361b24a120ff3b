"""Hand-written customer messages for probe_m (written blind, 2026-12-18).

One text per list entry, as (world, text). The first line `S: ...` is the subject.
Worlds:
  glasgow   - Ductwise Extraction Hygiene Ltd, kitchen-exhaust cleaning, Glasgow (home GBP;
              some EUR invoices to Belfast-registered Irish restaurant groups)
  calgary   - Chinook Grow Supply Inc., greenhouse and hydroponics, Calgary (home CAD; some USD
              invoices to Montana growers)
  singapore - Plinth & Scale Model Studio Pte Ltd, architectural models (home SGD; some MYR
              invoices to Kuala Lumpur developers)

Texts wrapped in fx(...) name a foreign customer (an Irish restaurant, a Montana grower, a KL
developer) and are always built on a foreign-currency invoice; every other text is built on a
home-currency invoice.

Placeholders filled by build.py: {inv} this invoice's number, {bal} its open balance with
currency, {pdate} a promise date after as_of (format varies), {old} a promise date already
passed, {paid} a past payment date, {ref} a payment reference, {other} the customer's other
open invoice.
"""

FOREIGN = set()


def fx(world, text):
    FOREIGN.add(text)
    return (world, text)


# ---------------------------------------------------------------- complaints (20)
# Each sits beside a dated promise, a plan request or praise; none uses dispute vocabulary;
# each describes what was wrong and holds (part of) the payment.
COMPLAINTS = [
    ("glasgow", """S: Re: Invoice {inv} - payment
Hi Morag,

Finance have the run set for {pdate} and I'm happy for most of this to go in it. But the canopy over the pass at Byres Road still had grease running off the filters on Tuesday night. Your team did the hood and the fan and left the riser untouched - there isn't a single access panel opened on it. I'm not putting the full {bal} through for a clean that's two thirds done. Get someone back to do the riser and we'll pay it.

Cheers
Alasdair"""),
    ("glasgow", """S: Thank you!!
Honestly the lads were great - tidy, polite, out by 5am before the breakfast team came in, which never happens with contractors.

One thing though. The TR19 certificate you sent over lists our Merchant City kitchen, and you were at Finnieston. Our insurer won't accept it and AP won't release {inv} against a certificate for the wrong premises. Can you reissue it with the right site and I'll get it paid.

Thanks again
Lorna"""),
    fx("glasgow", """S: Re: Overdue - {inv}
Morning,

Would it be possible to break this into two or three payments? It's been a slow run-up to Christmas in Galway.

Also, and I should have said at the time: your invoice has the fire damper drop test on it for 14 dampers. We have 6. I counted them myself with the head chef. So that line would need to come off before we agree anything.

Thanks,
Siobhan"""),
    ("glasgow", """S: re {inv}
we'll pay {pdate} for the dec clean. the nov night on this bill - your guys never turned up, chef waited til 2am. not paying for that one"""),
    ("glasgow", """S: Compliments and a problem
Dear Morag,

first my compliments to Jamie and his colleague, very polite and the kitchen was clean like new. But after the visit the extractor fan makes a big noise, like metal on metal, it did not do this before. Our technician say the belt is put back wrong. Until this is repaired we keep the payment of invoice {inv}, I hope you understand.

Grazie,
Paolo"""),
    ("glasgow", """S: Remittance scheduling - {inv}
Dear Sir/Madam,

We refer to your invoice {inv} for {bal}.

Payment of the element relating to the quarterly canopy clean has been approved for our run on {pdate}. The charge described as "emergency call-out 23:40" is not one we recognise: no call-out was requested by any member of staff that evening and no job sheet was signed. That amount will not be released, and we ask that you issue a corrected invoice.

Yours faithfully,
Accounts Payable
Harbour & Vine Hospitality Ltd"""),
    fx("glasgow", """S: Re: reminder
Hi there, money's a bit tight after the refit, could we pay this one off monthly?

Also one of your men cracked a wall tile behind the fryers getting the panel off and just left it. We'd want that sorted or knocked off the bill before we pay anything in full.

Declan"""),
    ("calgary", """S: LED bars - love them, but
Dana,

The Luma-680 bars are the best lights we've ever run, the veg room is unreal.

Problem: 6 of the 40 arrived with the driver housing cracked and they flicker like a disco. Photos attached. We've set {inv} aside until you ship replacements or credit those six.

Thanks,
Cody"""),
    fx("calgary", """S: payment for {inv}
Hey - check goes out {pdate} for the dosing system.

BUT the install tech billed 11 hours and he was here from noon till 4:30, our gate log shows it. So the check will be the invoice minus 6.5 hours of labour. Happy to send the log over if you want it."""),
    ("calgary", """S: Re: Past due reminder - {inv}
Hi Dana, could we spread this over a few months? Winter's always slow for us.

And while I have you - the rockwool slabs were the 6 inch ones, we ordered 4 inch, and we've got three pallets of the wrong thing sitting in the barn. Honestly we shouldn't be paying for those at all until they're swapped out."""),
    fx("calgary", """S: Fw: Invoice {inv}
Forwarding this from Jess, who's off till January.

---- Jess wrote ----
Love working with Chinook, the driver was a champ getting up our lane in the snow. But the panels for the north wall are 8mm single, not the 16mm twin-wall on our quote, and they're letting the cold straight in. Please don't pay this one yet, I've told them.
----

So we're holding it as Jess asked.

Regards,
Marnie (bookkeeping)"""),
    ("calgary", """S: Re: {inv}
Our controller approved {inv} for the {pdate} batch, less the CO2 burner, which stopped igniting on day three and is now sitting in the corner of the propagation house. We'll pay the rest on that date; the burner line stays unpaid until you've replaced it or picked it up."""),
    ("singapore", """S: Thank you for the model!
Dear Wei Ling,

The client was very impressed with the 1:200 tower model at the launch, well done to your team.

However, the landscape deck was built to the old scheme (revision C), not revision F which we sent on 3 Nov - the pool is on the wrong side of the block. We are not able to process payment for {inv} until the deck is rebuilt to rev F.

Best regards,
Jason Tan
Project Manager"""),
    fx("singapore", """S: Re: Outstanding invoice {inv}
Hi, our finance asks if can pay by 3 instalments? Cash flow this quarter quite tight because the launch got pushed.

Also the lighting in the show unit model, half of it already not working after one week in the sales gallery. Please send someone to fix first, then we talk about the payment."""),
    ("singapore", """S: RE: Payment reminder
Noted with thanks. Payment will be released on {pdate} for the massing model only.

The acrylic display case was delivered with a long scratch across the front panel and our director refuses to accept it. Kindly replace it; we will not pay for the case until then."""),
    fx("singapore", """S: RE: {inv}
Hi Wei Ling, great work as always, the boss loved the timber finish.

Small thing but it stops everything: the invoice is addressed to Meridian Land Sdn Bhd, but the project company is Meridian Bangsar Development Sdn Bhd, and our PO number is not on it. Our AP system will reject it as it is. Please re-issue with the correct entity and PO 4500-2291."""),
    ("singapore", """S: Can we pay in parts?
Hello, would it be okay if we pay in two parts, Dec and Jan?

One more thing - the invoice charges 3 rounds of revision but we only asked for 1. The other two were because your studio got the facade fins wrong twice. So the amount should be less before we split it."""),
    ("glasgow", """S: Re: Your visit on the 2nd
Thanks for sending Craig, he's a good lad and talked my KP through the filter rota, much appreciated.

That said, the invoice has 4 hours for "deep clean, extract plenum" and Craig was on site an hour and forty minutes, door to door. My CCTV has him arriving and leaving. We'll pay for the time he was here and not the rest.

Euan McAllister
Head Chef / Owner
The Kelpie Kitchen
0141 496 0772"""),
    fx("calgary", """S: Re: FINAL NOTICE
We will pay {pdate}.

But you should know the circulation fans on the quote were never mounted. Your installer left the boxes on the bench and we put them up ourselves on the weekend. The install labour on this bill is not something we owe, take it off and we're square."""),
    fx("singapore", """S: Appreciation + payment
Dear team,

The sales gallery model received so many compliments from buyers, thank you.

We will pay on {pdate}, except the balance includes courier RM 1,450 to KL which your Mr Lim told our site manager on the phone would be free of charge. Please remove it and send the revised invoice, and we will pay the revised amount.

Thank you
Farah"""),
]

# ---------------------------------------------------------------- paid claims (10)
# Each says the invoice is already paid, beside a promise or a plan request.
PAID_CLAIMS = [
    ("glasgow", """S: RE: Reminder: {inv} overdue
We paid this on {paid} by BACS, ref {ref}. If it hasn't shown up your end let me know and I'll chase our bank - worst case I'll put it through again on {pdate}."""),
    ("calgary", """S: Re: {inv}
Sent an Interac e-transfer for the full {bal} to your ar@ address on {paid}. If it bounced or something, can we do it in a couple of pieces instead? We're stretched till spring."""),
    ("singapore", """S: RE: Payment Reminder - {inv}
Dear Wei Ling,

Our records show this was paid via PayNow on {paid} (reference {ref}). Could you please check again with your bank?

Separately, for the next phase invoice, could we arrange to pay in instalments? Our director will send details.

Regards,
Michelle"""),
    fx("glasgow", """S: SEPA payment
Hi,

This went by SEPA credit transfer on {paid}, reference {ref}, from our AIB account. Can you check please. If for some reason it has not reached you we will pay it again in the run on {pdate}, but I would rather not pay twice!

Thanks a million,
Orla"""),
    fx("calgary", """S: Payment sent: {inv}
Dana - below is the confirmation, so this is paid in full. While I have you: on the next order (the spring nutrients), can we pay that one in three parts?

> Payment sent
> Big Timber Greens LLC sent you a payment
> Invoice: {inv}
> Sent on: {paid}
> Reference: {ref}
> Funds usually arrive in 3-5 business days."""),
    ("singapore", """S: Re: {inv}
Cheque no. {ref} for the full amount was couriered to your office on {paid}, your receptionist signed for it. If it has gone missing we can only reissue after our next cheque run on {pdate}."""),
    ("calgary", """S: ??
I gave your office my Visa over the phone on {paid}, the girl read the amount back to me and everything. Why am I getting reminders. If it didn't go thru just tell me and run it again, or split it on two cards if you have to."""),
    ("glasgow", """S: Re: Reminder
Paid your lad cash when he was here on {paid}, he wrote me a receipt on the back of a job sheet. I can send you a photo. If there's still something owing after that, can we do it in two bits."""),
    fx("singapore", """S: Re: Outstanding {inv}
Dear Ms Wei Ling,

Payment for {inv} was remitted by telegraphic transfer from our Maybank account on {paid}, reference {ref}. Kindly check with your bank.

Also, our Director would like to ask whether the next two progress claims can be paid in monthly tranches.

Thank you and regards,
Nurul Aina
Finance Executive"""),
    fx("calgary", """S: Remittance Advice
REMITTANCE ADVICE - Big Sky Hydro Cooperative
Payment method: ACH
Payment date: {paid}
Trace number: {ref}
Invoices paid: {inv}
Amount: {bal}

Dana - the co-op board also asked me to pass on: for orders over $5k next season, could we do 50% on order and 50% on delivery?"""),
]

# ---------------------------------------------------------------- promises (15)
# Full payment, dated after as_of, with harmless context around it.
PROMISES = [
    ("glasgow", """S: Re: {inv}
Hi Morag,

Just so you know where it is: it's been coded, signed off by the GM, and it's sitting with the group FC for the second signature. Once that's done it goes in the payment run on {pdate}. Sorry it's dragged on.

Kirsty"""),
    ("glasgow", """S: RE: Invoice {inv} overdue
Hi,

Fiona's on annual leave until the New Year so I'm picking up her inbox. I can see your invoice in our BACS batch for {pdate}. Any problems, I'm on this address.

Thanks
Gary"""),
    fx("glasgow", """S: Re: Overdue invoice
Ah sorry, my fault entirely, I had it in the wrong pile. It's queued for {pdate} now. Sorry again, and happy Christmas to you all over in Glasgow.

Ciara"""),
    ("glasgow", """S: re: {inv}
Morag, it's been a nightmare few weeks - we had water come through the cellar ceiling and the insurers are taking forever. But yours is one I'm not letting slide, you'll have the full amount on {pdate}. Ta."""),
    fx("calgary", """S: Invoice {inv} approved for payment
This is an automated notification from Coupa.

Supplier: Chinook Grow Supply Inc.
Invoice number: {inv}
Status: Approved
Scheduled payment date: {pdate}
Payment method: ACH

Please do not reply to this message."""),
    fx("calgary", """S: hey
hows the weather up there, we got 2 feet overnight in Whitefish lol. the tomatoes are loving the new lights btw. anyway you should see your money {pdate}, i put it in the system this morning. later - Tyler"""),
    ("calgary", """S: AW: Rechnung {inv}
Hello Dana,

thank you for the good service with the dosing pumps, they work perfect. The payment of the invoice we have planned for {pdate}, the bank transfer will then go out.

Best greetings
Hendrik"""),
    ("calgary", """S: Vendor payment schedule
Good afternoon,

Please be advised that invoice {inv} has been scheduled for our cheque run dated {pdate}. Cheques are mailed the same day from our Red Deer office.

Regards,
Accounts Payable
Prairie Sun Greenhouses Ltd."""),
    ("singapore", """S: RE: Payment Reminder {inv}
Dear Wei Ling,

Apologies for the late reply. The invoice has gone through our project director's approval and is now pending the finance director. Our payment cycle is on {pdate} and we will make payment then.

Thank you for your patience."""),
    ("singapore", """S: re: {inv}
ok noted, will pay on {pdate}. thanks ya"""),
    fx("singapore", """S: RE: Tuntutan bayaran / Payment for {inv}
Dear Ms Wei Ling,

Selamat petang. We have submitted the payment voucher, and the payment will be credited to your account by {pdate} via IBG. Kindly be informed.

Terima kasih."""),
    fx("singapore", """S: SAP Ariba: payment proposal for invoice {inv}
Your invoice {inv} has been included in a payment proposal.

Planned payment date: {pdate}
Payer: Sentosa Heights Development Sdn Bhd

This is a system-generated message from SAP Business Network. Please do not reply."""),
    ("glasgow", """S: Re: complaint from our sous chef
Morag, sorry that our sous chef gave your lad a hard time about the 5am start last week - that's on us, not him, and I've had a word. Nothing wrong with the clean. The invoice itself is fine and it's in the run for {pdate}."""),
    fx("calgary", """S: Tipalti payment notification
Payment scheduled

Payer: Big Timber Greens LLC
Invoices: {inv}
Amount: {bal}
Scheduled date: {pdate}
Method: ACH

You are receiving this because you are registered on the Tipalti supplier hub."""),
    ("singapore", """S: FW: Plinth invoice {inv}
Wei Ling - see below from our finance, FYI.

---------- Forwarded message ----------
From: Siti (Finance)
To: Daniel

Daniel, the Plinth invoice is approved and will go out in the {pdate} payment run.
----------

Regards,
Daniel"""),
]

# ---------------------------------------------------------------- hardship (15)
# More time / parts / cannot pay in full; indirect; no dates.
HARDSHIP = [
    ("glasgow", """S: Re: {inv}
Morag, I'll be straight with you. December's been dead - half the office parties cancelled on us - and there's just not enough in the account to clear the whole thing right now. Could you take something now and the rest as it comes in? Love the work your boys do, by the way."""),
    fx("glasgow", """S: Re: Overdue
Hi, is there any flexibility on this one? Our second site closed in October and things are a bit all over the place. We'll get you paid, it just can't be all in one go.

Thanks, Padraig"""),
    ("glasgow", """S: Re: Outstanding balance
Hi,

I've spoken to our director and she's asked me to see whether you'd be open to us clearing this gradually rather than in one lump. Sorry to ask, I know it's not ideal.

Best,
Helen"""),
    fx("calgary", """S: re: past due
Dana, honest answer: the hail in August took out half our crop and the insurance hasn't come through. Can we work something out where we chip away at {inv}? We're not going anywhere."""),
    ("calgary", """S: {inv}
cant do it all at once rn. whats the smallest you can take monthly"""),
    ("calgary", """S: Re: Invoice {inv}
Hello Dana, thank you for write me. For this moment is not possible to pay all the invoice, the season was not good for us. Is possible to pay a part each month? We want continue buying with you.

Thanks, Rogelio"""),
    fx("calgary", """S: Re: Reminder {inv}
Hi - Brenda in our office is out on medical leave so I'm covering her desk. I've looked at what we owe and frankly we need a little longer than normal on this one, maybe in a few pieces. Is that something Chinook does?

Karen"""),
    ("singapore", """S: RE: Payment reminder
Dear Wei Ling,

We are very sorry for the delay. Our company is facing some cash flow issue as the main contractor has not paid us for the project yet. Would it be possible for us to settle this invoice by partial payments?

We appreciate your understanding."""),
    fx("singapore", """S: Request for payment arrangement - {inv}
Dear Sir/Madam,

We refer to the above matter.

Due to the deferment of the project launch by our joint-venture partner, our company wishes to request your kind consideration for an extended payment arrangement on the above invoice. We remain committed to settling the amount in full.

Yours faithfully,
Finance Department"""),
    ("singapore", """S: Re: {inv}
Hi! The model is still the star of our gallery, everyone takes photos with it haha. About the invoice, can give us a bit more time? Things are slow since the cooling measures and we can't pay the whole sum now."""),
    ("glasgow", """S: apologies
Sorry for going quiet on you. We owe you and I know it. Truth is we can only manage part of it this month. Would you let us pay what we can and the balance after?"""),
    fx("calgary", """S: Account {inv}
Good morning,

The board of the co-op met last night and asked me to reach out. We are not in a position to settle the full {bal} this period. We would welcome a conversation about a schedule that works for both sides.

Respectfully,
Marlene Hofer
Treasurer"""),
    ("glasgow", """S: Re: Friendly reminder
Hiya, hope you're all surviving the Christmas rush, I know we're barely are haha. On the bill - any chance of splitting it up? Just one of those months."""),
    ("singapore", """S: Re: Payment of Invoice {inv}
Dear Ms Wei Ling,

Sorry for late reply. Our boss say this month really very difficult, can or not we pay some first, the remaining we pay later? Sorry for the trouble.

Regards,
Amy"""),
    fx("calgary", """S: Re: Friendly reminder - {inv}
Dana, appreciate the nudge. We're waiting on the pre-buy money from our distributor and until that lands, the full {bal} would wipe us out. Any way to stretch this out a bit?"""),
]

# ---------------------------------------------------------------- benign (15)
# Harmless replies mentioning money, dates, payment runs, orders, deliveries or our people.
BENIGN = [
    ("glasgow", """S: Re: {inv}
Hi Morag, quick one - from January our payment runs move from Fridays to the last Thursday of the month, so if timings look different next year that's why. New AP contact from the 5th is accounts@ rather than me. Cheers, Rab"""),
    ("glasgow", """S: Copy invoice please
Could you resend {inv} as a PDF? Our system ate the attachment. Thanks."""),
    fx("glasgow", """S: Out of Office: Re: {inv}
Thank you for your email. I am out of the office until Tuesday 5 January with limited access to email. For urgent accounts matters please contact Niamh on +353 1 555 0190.

Kind regards,
Aoife"""),
    ("glasgow", """S: Booking for January
Hi, can we get the quarterly booked in for the week of the 18th January? Same as last time, after service, 11pm start. Tell Jamie we said hi."""),
    fx("calgary", """S: W-8BEN-E
Hi Dana, for our year-end vendor file we need a W-8BEN-E for Chinook (you're Canadian, right?). Could you send one over when you get a minute? No rush. Thanks, Brooke"""),
    ("calgary", """S: delivery friday?
Is the next pallet of coco coir still coming Friday? Driver last time was great, backed right up to the door. thx"""),
    fx("calgary", """S: Happy Holidays from Sweetgrass Farms
Wishing the whole Chinook crew a merry Christmas and a great 2027! Thanks for a big year - the new greenhouse wouldn't have happened without you guys.

- The Sweetgrass family, Livingston MT"""),
    fx("calgary", """S: New mailing address
Effective immediately please send all invoices and statements to PO Box 412, Hamilton MT 59840, and email copies to ap@ instead of my personal address. The old Corvallis address stops forwarding in February."""),
    ("singapore", """S: RE: {inv}
Hi Wei Ling, received with thanks. I have passed it to our finance team.

Regards,
Jolene"""),
    fx("singapore", """S: New model enquiry - Cheras project
Dear Wei Ling,

We would like a quotation for a 1:500 site model for our Cheras mixed development, target delivery end February. Budget is around RM 60,000. Can your team visit our office next week to see the drawings?

Thanks,
Hazwan"""),
    ("singapore", """S: Change of finance PIC
Dear all,

Please note that Ms Rachel Ong has left the company. Moving forward, kindly address all invoices and payment matters to Mr Kumar (kumar@ our domain).

Thank you."""),
    ("singapore", """S: Season's greetings & CNY closure
Dear partners,

Our office will be closed from 16 to 20 February for Chinese New Year. Wishing you and your team a joyful festive season and a prosperous new year!"""),
    ("glasgow", """S: Re: {inv}
Thanks for this. I've passed it to Linda in accounts, she'll come back to you if she has any questions."""),
    ("calgary", """S: Re: Statement
Thanks for the statement Dana. Our records match yours - we show the credit for the returned seed trays as already applied and I see you have too. All good on our end."""),
    ("singapore", """S: Thank you Wei Ling & team
Just wanted to say your Mr Hafiz stayed until 11pm to sort out the lighting before our VIP preview. Really above and beyond, please convey our thanks to him."""),
]

# ---------------------------------------------------------------- hard stops (5)
HARD_STOP = [
    # legal_hold: insolvency notice from the customer's side
    ("glasgow", """S: Re: {inv}
Dear Sir/Madam,

Please note that joint administrators were appointed to The Clyde Larder Ltd on {paid}. The company continues to trade under the administrators' control. All creditor correspondence should now be directed to the administrators at Kinross Restructuring LLP, quoting the company name.

Regards,
Office of the Joint Administrators"""),
    # open_dispute: Collections Status = DISPUTED, message itself is a promise
    ("calgary", """S: Re: {inv}
Hi Dana, thanks for the call earlier. We'll have it paid on {pdate}. Have a good one."""),
    # over_risk_threshold: a large MYR invoice, message is a hardship request
    fx("singapore", """S: RE: Progress claim {inv}
Dear Wei Ling,

With the sales launch moved, our finance team asks whether the studio can accept this claim in a few smaller payments instead of one. We value the partnership very much.

Regards,
Hafiz Rahman
Head of Development"""),
    # unapplied_credit: message is a promise
    ("glasgow", """S: Re: Statement
Hi, it'll be cleared in the run on {pdate}. Thanks for your patience."""),
    # missing_context: a CRM note (no address on file)
    ("calgary", """Called the greenhouse manager at the yard number. Friendly, says the owner does the bills on the weekend. Asked for an email for invoices - she'll have him send one. Nothing on file yet."""),
]

# ---------------------------------------------------------------- mixed hard negatives
NEGATED = [
    ("glasgow", """S: Re: {inv}
Not a complaint at all - the lads did a cracking job, the canopy's spotless. I just haven't got round to paying it, I'll get it sorted."""),
    fx("calgary", """S: re: reminder
No need for a payment plan or anything like that, we're good for it - we've just been slammed since the harvest. Will get to it."""),
    ("singapore", """S: RE: {inv}
Dear Wei Ling, I can't give you a payment date for {inv} yet, our MD is overseas until the 28th and he signs everything. I will update you once he is back."""),
]

HYPOTHETICAL = [
    fx("singapore", """S: Question on payment terms
Dear Wei Ling,

For the upcoming Phase 2 model (much bigger scope), if we were to need staged payments, would your studio consider it? Not for the current invoice, just planning our budget ahead.

Best regards,
Tan Sri's office"""),
    fx("glasgow", """S: Re: {inv}
Just a heads up, our landlord's surveyor is asking whether the clean meets TR19. If it turned out it didn't we'd need you back - but I've no reason to think that, the certificate looks fine to me. Just letting you know he might ring."""),
]

# pairs: RETRACT_FIRST[i] is the earlier email, RETRACT_SECOND[i] the later one that takes it back
RETRACT_FIRST = [
    ("calgary", """S: Re: {inv}
We'll have this paid on {pdate}."""),
    ("glasgow", """S: Re: {inv}
Morag, any chance we could do this one in three payments? Bit of a squeeze this month."""),
    ("singapore", """S: Re: {inv} - trees
Hi Wei Ling, the trees on the landscape deck look too big to me, I think they are not 1:200. Please check before we pay."""),
    fx("calgary", """S: re: past due
Pretty sure we paid this by ACH last week, check again?"""),
    fx("glasgow", """S: Re: {inv}
This was paid last week, please check your account."""),
]
RETRACT_SECOND = [
    ("calgary", """S: Re: Re: {inv}
Dana, scratch what I said about the date. The owner wants to go through all the payables himself first, so I can't commit to anything right now. Sorry about that."""),
    ("glasgow", """S: Re: Re: {inv}
Ignore my last, the director's found the money. We'll pay it in one go, no need for anything clever."""),
    ("singapore", """S: Re: Re: {inv} - trees
Please ignore my earlier email about the trees. Our architect checked against the drawings and your scale is correct. Sorry for the trouble!"""),
    fx("calgary", """S: re: re: past due
my bad - that ACH was to a different vendor. yours hasn't gone yet."""),
    fx("glasgow", """S: Re: Re: {inv}
Apologies - I checked with our bank and it didn't go through after all, the file was rejected. It's now set up in the run for {pdate}."""),
]

OTHER_INVOICE = [
    ("glasgow", """S: Re: statement
Hi Morag, {other} is in our run for {pdate}. Thanks"""),
    ("calgary", """S: Cracked trays
Dana, the propagation trays on {other} came in cracked - half of them split at the corners. We're holding that one until you swap them."""),
]

COND_FIX = [
    ("glasgow", """S: Re: {inv}
We'll pay on {pdate} if your team comes back before then and does the roof fan, which was missed. Otherwise it'll have to wait until it's done."""),
    fx("singapore", """S: RE: {inv}
Dear Wei Ling, payment can be released on {pdate}, on condition that the broken lift core on the model is repaired before our board visit. It snapped off during delivery. Thank you."""),
]

EXPIRED = [
    fx("calgary", """S: Re: {inv}
Dana - it's in the system, should go out on {old}. Thanks for being patient."""),
    ("singapore", """S: RE: {inv}
Dear Wei Ling, kindly be informed that payment is scheduled on {old}. Thank you."""),
]

# at >= 60 days past due: promise, plan, promise
AT_60 = [
    ("glasgow", """S: Re: FINAL REMINDER {inv}
Morag, I know, I know. It's going out on {pdate}, hand on heart."""),
    fx("calgary", """S: Re: {inv}
Dana, we just can't do the whole thing. Could we pay it down a bit each month until it's clear?"""),
    ("singapore", """S: RE: Overdue {inv}
Dear Wei Ling, our apologies. This invoice will be paid in our {pdate} run."""),
]

# plan requests sent after the reminder for the current stage
AFTER_REMINDER = [
    ("glasgow", """S: Re: Reminder: {inv}
Got your reminder. Could we spread this over a couple of months? Takings are down since the roadworks started outside."""),
    fx("singapore", """S: RE: Reminder - {inv}
Dear Wei Ling, received your reminder. Kindly allow us to settle this by instalments, as the project cash flow is not so good right now."""),
]

# written by our own collector to the customer
COLLECTOR = [
    ("glasgow", """S: {inv}
Hi Alasdair,

Just following up on {inv}. If it would help to split it into a couple of payments, let me know and I'll see what I can do.

Thanks,
Morag
Ductwise Extraction Hygiene"""),
    fx("calgary", """S: Thanks for the call
Hi Tyler,

Thanks for the call this morning. As agreed, you'll pay {inv} on {pdate}; I'll keep an eye out for it.

Dana
Chinook Grow Supply"""),
]

# plan request beside a question to us about the goods
GOODS_QUESTION = [
    ("calgary", """S: Re: {inv}
Could we pay the dehumidifier off in three lots? Also - what's the recommended filter change interval on those, the manual is kind of vague."""),
    ("singapore", """S: RE: {inv}
Hi, can we split this into 2 payments? Btw is the acrylic cover on the model UV resistant? Our gallery has big windows facing west."""),
]

# a customer email that breaks the 3-reminder rule
BROKEN_3 = [
    fx("singapore", """S: RE: Reminder {inv}
Noted, will revert.

Sent from my iPhone"""),
]

# two CRM notes: a dispute logged, then resolved
NOTES_RESOLVED = [
    ("singapore", """Customer says the podium levels on the model are one floor short against the drawings. Dispute logged, model collected for rework."""),
    ("singapore", """Podium rebuilt and redelivered. Jason confirmed on site they are happy with it - dispute resolved, OK to chase the invoice as normal."""),
]

# ---------------------------------------------------------------- auxiliary history
# Older harmless emails placed before the first reminder of a case.
OLD_BENIGN = [
    ("glasgow", """S: Access for Thursday
Hi, the back gate code is changing on Thursday, I'll text it to Jamie. Service finishes at 11."""),
    ("glasgow", """S: Re: Quote for canopy clean
Thanks, that all looks fine, go ahead and book us in."""),
    ("glasgow", """S: Parking
Your van can go in the loading bay after 10pm, just leave a note on the dash."""),
    fx("glasgow", """S: Re: Booking confirmation
Grand, see you then. Ask for Shane at the kitchen door."""),
    fx("glasgow", """S: PO number
For future invoices our PO reference is DUB-KX-77, thanks."""),
    ("calgary", """S: order
can you add 2 more bags of perlite to next weeks order, same as usual. thanks"""),
    ("calgary", """S: Re: Quote - ebb and flow tables
Looks good, go ahead. Deliver to the east shed please."""),
    fx("calgary", """S: Re: shipment
Got it, the truck came in this morning, all there. Thanks."""),
    fx("calgary", """S: Customs paperwork
Our broker says the commercial invoice was fine this time, thanks for sorting it."""),
    ("singapore", """S: Re: Site visit
Dear Wei Ling, Thursday 3pm works for us. Please bring the material samples."""),
    ("singapore", """S: Drawings
Attached are the latest facade drawings for your reference. Thanks."""),
    fx("singapore", """S: Re: Delivery to KL
Noted, our site team will receive the model at the sales gallery. Thank you."""),
    fx("singapore", """S: Launch invitation
Dear Wei Ling, you and your team are warmly invited to our sales gallery launch. Details to follow."""),
    ("glasgow", """S: Re: Filter swap
Cheers, the spare filters are in the cupboard under the pass."""),
    ("glasgow", """S: Fire officer visit
FYI the fire officer's coming round on the 3rd, can you make sure the cert is on file. Ta."""),
    fx("glasgow", """S: Re: Quotation - Dublin site
That's grand, go ahead with the quarterly. Invoices to the group office please."""),
    ("calgary", """S: Re: greenhouse plans
Thanks Dana, the drawings look right. We'll call when the footings are poured."""),
    fx("calgary", """S: crop update
First harvest off the new tables this week - wanted you to see the photos!"""),
    ("singapore", """S: Re: Material samples
Dear Wei Ling, the client prefers the walnut veneer option. Please proceed."""),
    fx("singapore", """S: Re: Model dimensions
Dear Wei Ling, the display table in our gallery is 2.4m x 1.8m, FYI for the base size."""),
]

# Harmless CRM notes placed before the first reminder of a case.
NOTES = [
    ("glasgow", "Quarterly clean booked. Kitchen access after 11pm only."),
    ("glasgow", "Sent TR19 certificate and photos to the GM after the visit."),
    ("glasgow", "New head chef started - introduced Jamie on site."),
    fx("glasgow", "Irish group: invoices in EUR, remittances usually come from AIB."),
    ("calgary", "Delivered 2 pallets, signed for by the greenhouse manager."),
    ("calgary", "Customer asked about a spring pre-order discount - sent price list."),
    fx("calgary", "US customer: commercial invoice and CUSMA paperwork sent with shipment."),
    ("singapore", "Model delivered and installed at the sales gallery. Photos filed."),
    ("singapore", "Client meeting: discussed Phase 2 scope, quotation to follow."),
    fx("singapore", "KL developer: invoices in MYR, payments by IBG from Maybank."),
    ("calgary", "Left a voicemail for AP about the new remittance address."),
    ("singapore", "Sent soft copy of the invoice again at the PM's request."),
    ("glasgow", "Customer moved kitchen close to 10pm - crew to start 10:30 from now on."),
    fx("calgary", "Shipped via Coutts crossing, broker cleared same day."),
    ("calgary", "Owner asked for the spring catalogue - posted."),
    fx("singapore", "PM on leave this week; deputy is Mr Chong."),
    ("singapore", "Delivered replacement acrylic base as agreed at handover, no charge."),
]

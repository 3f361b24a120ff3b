"""Hand-written customer messages for probe_p (blind probe).

Each entry is (world, text). The first line of a text, "S: ...", is its subject.
Worlds: "tor" (Toronto restaurant, CAD), "tor-us" (Buffalo restaurant, USD),
"bath" (UK church/college/hotel, GBP), "bath-fr" (French church or town, EUR),
"phk" (Phuket business, THB), "phk-us" (charter company, USD).
Placeholders filled by build.py: {INV} invoice number, {BAL} open balance with currency,
{PDATE} a promise date, {OTHER} another invoice's number, {REF} a payment reference,
{PAID_ON} a past payment date, {COLL} our collector's first name.
"""

# 20 complaints, each beside a dated promise, a plan request or praise. No dispute vocabulary.
COMPLAINTS = [
    ("tor", """S: Re: Invoice {INV}
Hi {COLL},
The follow-up visit on the 3rd never happened - nobody showed, and we still had droppings behind the dish pit on Saturday morning. Health inspector is due any week. We had the cheque ready for {PDATE} but I'm holding it until your tech actually comes back and does the job we paid for.
Marco"""),
    ("tor", """S: thanks + one thing
Love the new guy, Dev, super thorough on the walk-in. BUT the invoice charges for 12 bait stations and there are 8 on the wall, I counted twice. Not sending anything for {INV} till that's fixed. Happy to pay the right number on {PDATE}.
- Jenn, Dundas Noodle"""),
    ("tor-us", """S: RE: Past due notice {INV}
{COLL},
We were billed for a full fumigation of the basement storage. What we got was a spray of the perimeter and a sticker on the door. Our manager was there the whole time. I'd like to work out a payment arrangement for the rest of our account but this one we are not paying as billed until someone from your side calls me.
Regards,
Tom Kowalczyk
GM, Elmwood Wing Co."""),
    ("tor", """S: Invoice
I was going to ask to split it over two months, but honestly the fruit flies are back worse than before the treatment, so right now we're not releasing anything on {INV} until you send someone. Three weeks and the bar is still full of them.
Sofia"""),
    ("tor-us", """S: Re: Reminder - {INV}
Hello,
Our AP calendar has you for {PDATE}. However, the service report says "kitchen + dining, interior and exterior" and your crew only did the kitchen; the dining room and patio weren't touched (we have the camera footage). Payment is on hold until we get a revised bill for the work actually done.
Linda Ferraro, Controller
Canalside Oyster Bar"""),
    ("bath", """S: Re: Account {INV}
Dear {COLL},
Thank you for the lovely work on the north aisle lights; the congregation was thrilled. I am afraid, though, that the quarry panel in the vestry window has come back with two cracked quarries and the lead is already lifting at the corner. The PCC treasurer will not authorise the payment scheduled for {PDATE} until the panel has been looked at again.
With kind regards,
Margaret Hale
Churchwarden, Holy Trinity"""),
    ("bath", """S: Instalments?
Good afternoon,
Could we spread {INV} over three months? Before we do, the bursar has asked me to point out the invoice bills for full releading of both chapel lancets, whereas your own condition report (which we have) says only the lower panels were releaded. We will not pay for the upper panels, which were not touched.
Simon Pryor, Estates Manager"""),
    ("bath-fr", """S: Facture {INV}
Bonjour,
Please excuse my English. The restoration of the rose window is very beautiful, all the parish is happy. But in the invoice there is the scaffold for six weeks and the scaffold was only there four weeks, the mairie has the permit with the dates. We cannot pay this amount. For the correct amount we pay on {PDATE} without problem.
Cordialement,
Père Antoine Delmas"""),
    ("bath-fr", """S: RE: Rappel - {INV}
Madame, Monsieur,
Le virement est programmé pour le {PDATE}, however the mayor has asked me to block it: the panels delivered to the chapel of Saint-Martin are not the ones of the quote, the blue glass is much more pale than the sample we approved in the workshop. We wait for your proposal to remake or to reduce the price.
Claire Fournier
Service du patrimoine, Mairie de Dinan"""),
    ("bath", """S: Re: Re: Statement
Hi, sorry for the slow reply, the term started and it's been manic. The new roundel for the library looks great from the quad. Trouble is, it lets the rain in - water has come through on to the window seat twice since fitting and the sill is stained. Until someone comes back to seal it properly we are holding {INV}. Otherwise it'd have gone out in the run on {PDATE}.
Rob (Bursary, Kingswood)"""),
    ("phk", """S: Re: invoice {INV}
Khun {COLL}, the ice you deliver to pier on Sunday was already half melted, 20 bags we throw away, and fish for the guest boat was not in the order at all, we buy ourself at Rawai market. We pay on {PDATE} but only for what we get, please send new bill.
Noi, Chalong Bay Marina Cafe"""),
    ("phk-us", """S: Re: overdue {INV}
Hi {COLL},
Can we do half now and half after high season? Separate thing: the provisioning for the Similan trip on the 28th was short - no cases of water on board at all and the meat was the wrong cut (we ordered tenderloin, got stewing beef). Skipper had to buy in Khao Lak. We can't pay the invoice as it stands.
Thanks,
Jess, Andaman Blue Charters"""),
    ("phk-us", """S: Thank you!!
Thanks so much for the flowers and wine for the honeymoon couple, they loved it. The rest of the order was a mess though: half the fruit was bruised and the wine fridge items came warm, so the charter guests had warm champagne on night one. Not what we pay premium for. We won't be paying {INV} at full price, please tell me what you can do.
Nattapong
Operations, Siam Catamaran Holidays"""),
    ("phk", """S: RE: {INV}
Dear Sir/Madam,
Kindly be informed the goods delivered on our villa (3 pallets) were not counted on arrival by your driver and now we find only 2 pallets of the drinks. Our finance team have scheduled payment for {PDATE} for 2/3 of the invoice only, we will not pay the missing pallet.
Best regards,
Kanya S.
Kata Villas Management Co., Ltd."""),
    ("tor", """S: Re: invoice {INV} - friendly reminder
Look, you guys have been great for years so I'll be straight. The monthly visits in the fall were 10 minutes each, tops, and the techs didn't even open the basement. I'm not paying full monthly rate for a drive-by. Put a proper visit on the calendar and we can talk about the balance, maybe in two parts.
Carlo - Kensington Smokehouse"""),
    ("tor", """S: Cheque run
Our cheque run is {PDATE}. Your invoice {INV} is not in it. Reason: the bill says rodent exclusion work at both addresses and nobody came to the Queen St location, our manager there confirmed it. Send a corrected bill for one location and it goes in the following run.
Accounts, Pho Queen West"""),
    ("bath", """S: Re: Overdue account - {INV}
Dear Mr Hesketh,
I write on behalf of the Friends of St Swithin's. We were quoted £2,400 for the cleaning and conservation of the Victorian east window and your invoice is for £3,950, with no explanation of the extra. Nothing further was agreed with us. We would be grateful for a revised invoice at the quoted figure, which we will settle promptly on receipt.
Yours sincerely,
Dr H. Whitcombe
Hon. Treasurer"""),
    ("bath-fr", """S: Votre facture {INV}
Bonjour,
Nous avons bien reçu la facture. The work is not finished: the two lancets of the south transept are still in your workshop, we have only plastic on the window since two months and it is winter. The association will pay the balance when the windows are in place. If you can, we would like to pay in two times after the installation.
Jean-Luc Mercier, trésorier
Amis de l'Abbatiale"""),
    ("phk", """S: Re: Payment reminder
Hello K.{COLL}, our boss say very happy with your company and want continue for next year. But this invoice {INV} have 40 kg of rice and we never order rice, we have our own supplier, also the charge for delivery to Ao Po pier is two times. Please check and send the correct, then we transfer on {PDATE}.
Thank you ka
Fon - Rawai Seafood Kitchen"""),
    ("tor-us", """S: Fwd: {INV}
---------- Forwarded message ---------
From: Dana Whitfield
To: Accounts Payable
Dana here - do NOT pay the Northshield invoice yet. They billed us for the after-hours emergency call on the 14th but they came the next afternoon, during service, with customers in the room. Not an emergency call by any definition.

AP team: noted, removed from the {PDATE} payment batch pending a corrected invoice.
-- Hertel Pizza Works AP"""),
]

# 10 paid claims, each beside a promise or a plan request.
PAID_CLAIMS = [
    ("tor", """S: Re: Invoice {INV} reminder
Hi {COLL} - this was paid by Interac e-Transfer on {PAID_ON}, ref {REF}. If it bounced for whatever reason let me know and I'll resend it on {PDATE}, but I've got the confirmation email right here.
Marco"""),
    ("tor-us", """S: RE: {INV}
Good morning,
Our records show {INV} was paid via ACH on {PAID_ON}, trace {REF}. Please check your deposits before sending further notices. We had originally scheduled it for {PDATE} but it was released early.
Accounts Payable
Delaware Ave Diner"""),
    ("bath", """S: Re: Reminder
Dear {COLL},
I'm a little puzzled by your reminder - our treasurer sent the payment by BACS on {PAID_ON} (reference {REF}). We did at one stage ask about paying in instalments, but in the end the PCC agreed to pay the whole amount at once, which we did.
Best wishes,
Margaret"""),
    ("bath-fr", """S: Re: Relance facture {INV}
Bonjour,
Le paiement a été effectué par virement SEPA le {PAID_ON}, référence {REF}. I join the bank proof. Maybe the transfer is still in way between the banks? We had asked for to pay in three times before but finally the diocese paid all.
Cordialement,
Sœur Marie-Thérèse, économe"""),
    ("phk", """S: Re: {INV} overdue
Dear K.{COLL}
We already pay this one by PromptPay on {PAID_ON}, I send slip to your Line also. Ref {REF}. Next order we will pay on {PDATE} as usual.
Best, Ploy - Patong Dive Center"""),
    ("phk-us", """S: RE: Second reminder - {INV}
Hi,
Paid by card over the phone with your office girl on {PAID_ON}, she read me back the last four digits and gave me auth code {REF}. Please don't chase us for money we already sent. We were going to ask about spreading the next season's orders but this one is done.
Cheers,
Matt, Mergui Expeditions"""),
    ("tor", """S: payment
paid it at ur office on {PAID_ON} w/ cheque #{REF}, gave it to the lady at the front. pls stop the emails. was gonna be the {PDATE} run anyway but we did it in person
- Leslieville Bagel"""),
    ("bath", """S: Invoice {INV}
Good morning,
This invoice was settled on {PAID_ON} by card through the payment link on your emailed invoice; the receipt number is {REF}. I'd be grateful if you could mark it as settled. We'd spoken about a staged payment plan for the Lady Chapel job next year and that still stands, but this one is done.
Kind regards,
Helen Ashby, Parish Office"""),
    ("tor-us", """S: Remittance Advice - Payment Released
*** This is an automated message from Tipalti on behalf of Canalside Oyster Bar ***
Payment ID: {REF}
Payment date: {PAID_ON}
Method: Wire transfer (USD)
Invoices included: {INV}
Amount: {BAL}
Questions? Reply to this message to contact the payer's AP team.
Note from payer: Next scheduled batch {PDATE}."""),
    ("phk-us", """S: Re: {INV}
Hi {COLL}, settled by wire from our Singapore account on {PAID_ON}, MT103 ref {REF}. Your bank might take off a fee on the way in, if it's short by a few dollars tell me. We're putting the rest of the season's orders on a monthly schedule but this one's paid.
Siri - Similan Sail Co."""),
]

# 15 dated promises with harmless context (approvals, apologies, small talk, praise, a colleague
# away, the customer's own hard season). Every {PDATE} is after as_of.
PROMISES = [
    ("tor", """S: Re: Invoice {INV}
Hey {COLL}, sorry, completely fell off my radar with the holiday menu launch. The owner signs cheques on Mondays, I've put it on her pile and it'll go in the mail so you'll have it by {PDATE}. Kitchen's been spotless since your last visit btw.
Marco"""),
    ("tor-us", """S: RE: Past due {INV}
Hi,
Apologies for the delay - our controller was out for two weeks. {INV} has been approved and is scheduled in our {PDATE} ACH batch. You should see it within a day or two of that.
Thanks for your patience,
Rita, AP - Elmwood Wing Co."""),
    ("bath", """S: Re: Outstanding invoice
Dear {COLL},
Thank you for your patience. The PCC met on Tuesday and approved payment of {INV} in full; the treasurer will make the transfer on {PDATE}. The new Nativity panel in the Lady Chapel has drawn a great deal of admiration.
With best wishes,
Margaret Hale"""),
    ("bath-fr", """S: Re: Facture {INV}
Bonjour,
Je suis désolée pour le retard. The invoice had to be signed by the mayor and he was in Paris for the congress of the mayors. Now it is signed and the treasury (the Trésor Public) will make the transfer on {PDATE}. It is always slow with the public accounts, sorry.
Claire Fournier"""),
    ("phk-us", """S: Re: {INV}
Hi {COLL}! Crazy week, we had three boats out and one came back with a broken windlass. Anyway - your invoice is queued for our payment run on {PDATE}, full amount. Guests loved the durian, who knew.
Jess"""),
    ("phk", """S: Re: ใบแจ้งหนี้ {INV}
Dear K.{COLL}
Sorry for late. Our accountant is on holiday in Chiang Mai until next week, but she already prepare the transfer, it will go out on {PDATE}. Thank you for always deliver on time to the villas.
Kanya"""),
    ("tor", """S: Invoice {INV} payment
Hi there - I'm going on leave tomorrow, so writing before I go. {INV} is approved and in the cheque run for {PDATE}. If you need anything before then my colleague Amir (amir@ cc'd) is covering AP.
Best,
Gwen, Accounts, The Harbord Bistro"""),
    ("tor-us", """S: Bill.com: Payment scheduled
Bill.com
Hertel Pizza Works has scheduled a payment to Northshield Pest Management.
Invoice: {INV}
Amount: {BAL}
Scheduled process date: {PDATE}
Payment method: ACH
You'll receive another notification when the payment is sent. This is an automated message; replies are not monitored."""),
    ("bath", """S: RE: Invoice {INV} - overdue
Hello,
Sorry, this got caught up in our year-end changeover to a new finance system; everything stalled for a fortnight. It's through approval now and queued for the supplier payment run on {PDATE}. Please thank Anna for the site visit last week, the Master was delighted.
Kind regards,
Priya Nandi, Finance Office"""),
    ("bath-fr", """S: Re: Rappel
Bonjour Monsieur,
Thank you for your letter and sorry we did not answer before. The bishop's economat has validated the payment. The transfer of the complete amount is planned for {PDATE}. We pray for the good health of all your team in Bath.
Abbé Laurent Girard
Paroisse Saint-Étienne"""),
    ("phk", """S: Re: invoice
Hi K.{COLL}. This year is very hard for us, the season start late and many booking cancel because of the storm, the restaurant half empty. But your bill we not forget. We pay full on {PDATE} when the group from Singapore pay us. Thank you for understand.
Noi"""),
    ("tor", """S: Re: Overdue {INV}
So sorry, we had a pipe burst in the basement last month and everything's been chaos, insurance, contractors, the works. Not an excuse. Full payment is going out on {PDATE}, I've set it up in the bank already.
Carlo"""),
    ("phk-us", """S: SAP Ariba: Payment proposal
SAP Ariba Network
Payment proposal created by Siam Catamaran Holidays Co., Ltd.
Supplier: Andaman Galley Provisions
Invoice number: {INV}
Invoice amount: {BAL}
Status: Approved for payment
Planned payment date: {PDATE}
This notification was generated automatically. To view details, log in to your Ariba supplier account."""),
    ("bath", """S: Re: Re: Invoice {INV}
{COLL} - sorry, I've been off with flu and nobody picked up my inbox. Back now. The invoice is fine and I've just put it through; it needs the second signatory (the Clerk), who's in on Thursdays, and after that it is paid on {PDATE}.
Regards, Alan (Town Council office)"""),
    ("tor-us", """S: Re: Statement
Hi {COLL},
Quick one, in between two lunch services. Check for {INV} is signed and goes out in the {PDATE} check run. By the way your tech Luis was awesome with the drain flies, the bar staff want to adopt him.
Linda"""),
]

# 15 hardship / more-time requests: indirect, no dates.
HARDSHIP = [
    ("tor", """S: Re: Invoice {INV}
Hi {COLL}, honest answer: the patio closed for the season and sales dropped off a cliff. I can't clear the whole thing at once right now. Is there a way we can chip away at it instead? You guys have been great and I don't want to fall out with you.
Marco"""),
    ("tor-us", """S: RE: past due
Hello,
Our second location is closing and we're running lean while we sort out the leases. We'd appreciate a bit more runway on {INV}; smaller amounts over a few months would be much easier for us than one lump.
Thanks, Tom"""),
    ("bath", """S: Re: Account
Dear {COLL},
I'm sorry to say that the Christmas appeal fell well short this year and the roof fund has had to take priority. The PCC would be very grateful for some patience with {INV} - could we perhaps settle it in portions over the next few months? The windows look magnificent, by the way.
Margaret"""),
    ("bath-fr", """S: Facture {INV}
Bonjour,
The subvention of the Région is not yet arrived, so the association has not the money for all the invoice. Is it possible to pay in several times? We are very sorry and very grateful for your beautiful work on our windows.
Jean-Luc Mercier"""),
    ("phk", """S: Re: {INV}
Hi K.{COLL}, low season is very quiet, only few boats come. I cannot pay all one time. Can I pay a little every week? Sorry sorry. Your team always very kind to us.
Fon"""),
    ("phk-us", """S: Re: overdue
{COLL}, straight up: two of our boats are out of the water for engine work and we've had to refund a bunch of charters. Cash is super tight. Any chance we can break this one into chunks? We'll keep ordering from you, you're the best provisioner on the island.
Jess"""),
    ("tor", """S: invoice
hey sorry we just had a bad health inspection at our other spot (not your fault, different company there) and were closed 4 days. money is tight. can we do {INV} in a couple payments?
jenn"""),
    ("bath", """S: Re: Reminder
Good afternoon,
The college is under a spending freeze while the governors review the budget, and I have been told I can only release small sums for the time being. Would you be willing to accept the balance of {INV} in stages? I'm sorry to ask; we value the work greatly.
Simon Pryor"""),
    ("tor-us", """S: Re: {INV}
Hi, Linda here. I'll be honest with you, we lost our biggest catering contract and it's hit us hard. I want to pay you, I just can't do {BAL} in one go. What would work for you on a monthly basis?"""),
    ("phk", """S: RE: Payment reminder
Dear Sir/Madam,
Thank you for your reminder. Due to the occupancy of the villas being lower than forecast, the owners have asked us to manage the supplier payments carefully. We kindly request if the amount can be divided into some smaller payments. We hope for your kind consideration.
Best regards,
Kanya S."""),
    ("tor", """S: Re: Past due
{COLL} - our chef quit and took two line cooks with him, we've had to cut lunch service. Not asking for a favour exactly, but more time on this one would really help us get back on our feet. Whatever schedule works for you.
Carlo, Kensington Smokehouse"""),
    ("bath-fr", """S: Re: Rappel facture
Madame,
Our budget of the year is all used because of the works on the bell tower, which was not planned. The council of the parish asks if you can accept to be paid little by little. We are ashamed to ask, you were very patient already.
Abbé Laurent Girard"""),
    ("phk-us", """S: RE: {INV}
Hi {COLL},
Owner's been in hospital, so I'm holding the fort and I can only get small payments signed off by his wife for now. Can we work out something in parts? Sorry about this, we're not going anywhere.
Matt"""),
    ("bath", """S: Invoice {INV}
Hello {COLL},
Hope you are well. Our bookings for the autumn were poor and the hotel's had a tricky few months. We aren't able to pay the full sum in one go. Might you allow us to pay it off over a little longer? I'd hate for this to sour things, the lobby window is the first thing every guest photographs.
Best, Olivia (Clifton Arms Hotel)"""),
    ("phk", """S: Re: bill
Khun {COLL}, my husband is sick and the restaurant close some days. I want to pay but not all same time. Please help me, I pay what I can each time.
Ploy"""),
]

# 30 mixed hard negatives (index-aligned with MIXED_PLAN in build.py).
MIXED = [
    # 0 hypothetical plan
    ("tor", """S: question
Not for this invoice (that one's fine, just slow on our end), but for next year's contract, if we wanted to pay quarterly instead of monthly, is that something you do? Just pricing it out.
Gwen"""),
    # 1 negated plan
    ("bath", """S: Re: Invoice {INV}
Dear {COLL}, no need for any kind of instalment arrangement, we shall pay the full amount; the Bursary is simply behind with everything this term. Apologies for the delay.
Simon"""),
    # 2 retracted promise (the earlier promise is PROMISE_THREAD[0])
    ("tor-us", """S: RE: RE: Past due {INV}
Hi, scratch what I said last week about the date. Our controller moved the whole batch and I don't have a new date from her yet. I'll let you know when I do.
Rita"""),
    # 3 promise about another invoice
    ("bath-fr", """S: Facture {OTHER}
Bonjour, the invoice {OTHER} for the sacristy window is approved, transfer on {PDATE}. Cordialement, Claire Fournier"""),
    # 4 plan request about another invoice
    ("tor", """S: Re: invoices
Hey {COLL}, for the big one, {OTHER} (the full restaurant fumigation), could we split that into three? That one hurt. The small monthly ones are fine, they'll come through normally.
Carlo"""),
    # 5 promise conditional on a fix of ours
    ("phk-us", """S: Re: {INV}
Hi {COLL}, we'll pay {INV} on {PDATE} as soon as you replace the 6 cases of Chang that came with broken bottles. Until the replacement is on the boat, it's on hold.
Jess"""),
    # 6 promise conditional on a fix of ours
    ("bath", """S: Re: Account {INV}
Dear {COLL},
The treasurer is ready to pay {INV} on {PDATE}, provided the rattling panel in the tower window is secured before then. At present it buzzes through the whole of Evensong and we cannot sign the job off as complete.
Margaret"""),
    # 7 promise conditional on a fix of ours
    ("tor", """S: payment
will send {INV} on {PDATE} IF your tech comes back to fix the door sweep on the back exit, it's been gapped since the install and the mice walk right under it. no fix, no payment.
jenn"""),
    # 8 promise whose date has passed
    ("phk", """S: Re: {INV}
K.{COLL}, we transfer on {PDATE} for sure, thank you ka.
Fon"""),
    # 9 promise whose date has passed
    ("tor-us", """S: RE: invoice {INV}
It's approved and in the {PDATE} ACH run. Thanks, Rita"""),
    # 10 promise at >= 60 days
    ("bath", """S: Re: Final reminder - {INV}
Dear {COLL}, I do apologise for how long this has taken. It will be paid in full on {PDATE}; the Clerk has promised me. Alan"""),
    # 11 promise at >= 60 days
    ("phk-us", """S: RE: overdue {INV}
Hi, finally got sign off from the owner, payment goes out {PDATE}. Sorry it's been so long. Matt"""),
    # 12 plan request at >= 60 days
    ("tor", """S: Re: overdue
I know this is really late. Can we please do it in pieces? Four or five payments and it's gone. Marco"""),
    # 13 plan request at >= 60 days
    ("bath-fr", """S: Re: Facture {INV}
Bonjour, we are very late, we know. The association proposes to pay in four parts. Is it possible? Jean-Luc"""),
    # 14 plan request after the current stage's reminder
    ("phk", """S: Re: Payment reminder {INV}
Dear K.{COLL}, I receive your reminder, thank you. Can I pay in 3 times? The low season is very slow for us. Ploy"""),
    # 15 plan request after the current stage's reminder
    ("tor-us", """S: RE: Reminder: {INV} past due
Got your note. Is there any flexibility on paying this over a couple of months? It'd help a lot. Linda"""),
    # 16 our collector's own email recapping a phoned promise
    ("tor", """S: Following up on our call - {INV}
Hi Carlo,
Thanks for taking my call this morning. As discussed, I've noted that you'll send the full balance of {BAL} for {INV} by {PDATE}. Shout if anything changes.
Best,
{COLL}
Northshield Pest Management"""),
    # 17 our collector's own email offering a plan
    ("bath", """S: Invoice {INV} - options
Dear Margaret,
I hope you're keeping well. Just a note to say that if it would help the PCC, we'd be happy to accept {INV} in two or three instalments. Do let me know.
Warm regards,
{COLL}
Lansdown Glass Studio"""),
    # 18 plan request beside a question about the goods
    ("phk-us", """S: Re: {INV} + question
Hi {COLL}, two things. 1) could we pay this in two halves? It's been a thin month. 2) the cheese platter for the Koh Racha trip was a hit, which supplier is the aged gouda from? Guest wants to buy some to take home.
Jess"""),
    # 19 plan request beside a question about the goods
    ("tor", """S: 2 questions
Hi {COLL}, is it OK if we pay {INV} in a few smaller payments? We're a bit stretched. Also, the gel you used under the bar, is it safe near the ice machine? Our new manager asked, I said I'd check.
Sofia"""),
    # 20 3 reminders broken by a customer email (harmless)
    ("bath", """S: Re: Reminder - {INV}
Thanks {COLL}, I've passed this to the treasurer. Margaret"""),
    # 21 3 reminders broken by a partial payment (and this harmless reply)
    ("phk", """S: Re: {INV}
K.{COLL}, I transfer some today, slip on Line. Noi"""),
    # 22 3 reminders, the only email since is our collector's own (not customer activity)
    ("bath-fr", """S: Facture {INV} - relance
Bonjour Père Delmas,
I have tried to reach you by phone a few times about invoice {INV} ({BAL}). Could you let me know when the parish expects to settle it?
Bien cordialement,
{COLL}
Lansdown Glass Studio"""),
    # 23 two partial payments applied, balance remaining, with a harmless note
    ("tor-us", """S: Re: {INV}
Thanks for bearing with us, we're getting there. Tom"""),
    # 24 one partial payment, harmless reply
    ("phk", """S: Re: {INV}
Dear K.{COLL}, we transfer part of the invoice already, see slip attached. Thank you. Kanya"""),
    # 25 non-dispute Collections Status, harmless reply
    ("tor", """S: Re: invoice {INV}
got it, will look at it when i'm back in the office, thx
Gwen"""),
    # 26 non-dispute Collections Status, no reply worth anything
    ("bath", """S: Automatic reply: Invoice {INV}
Thank you for your email. The Parish Office is open Tuesday to Thursday, 9.30 to 12.30. Your message will be dealt with on our next working day."""),
    # 27 a complaint resolved (notes record the credit), customer thanks
    ("phk-us", """S: Re: credit note
Thanks for sorting out the warm wine thing with the credit, all good on our side now. Matt"""),
    # 28 paid claim retracted (the earlier claim is PAID_THREAD[0])
    ("tor", """S: Re: Re: Invoice {INV}
ugh my mistake, the e-transfer I was looking at went to our produce guy, not you. so no, this one's not paid yet. sorry about that
Marco"""),
    # 29 complaint negated
    ("bath", """S: Re: Invoice {INV}
Dear {COLL}, not a complaint in the slightest - the windows are splendid and the glazier was a credit to you. I just wanted to check that the amount includes the protective guards; it does, I see now. Thank you. Helen"""),
]

# earlier emails that the mixed threads answer (index 0: before MIXED[2]; PAID_THREAD 0: before MIXED[28])
PROMISE_THREAD = [
    ("tor-us", """S: RE: Past due {INV}
Hi, this is approved and should go out in our {PDATE} batch. Rita"""),
]
PAID_THREAD = [
    ("tor", """S: Re: Invoice {INV}
pretty sure we paid this by e-transfer on {PAID_ON}, can u check
Marco"""),
]

# 15 benign replies that mention money, dates, payment runs, orders, deliveries or our people.
BENIGN = [
    ("tor-us", """S: W-8BEN-E request
Hi, we moved our AP to Coupa and we're refreshing vendor files for year end. Can you send over a current W-8BEN-E for Northshield? Thanks. Rita, AP"""),
    ("tor", """S: new AP contact
Hi, please note Gwen has left us. Going forward send invoices and statements to accounts@harbordbistro.example instead of her address. Our payment runs are every second Thursday, if that's useful for your records.
Amir"""),
    ("bath", """S: Copy of invoice please
Dear {COLL}, could you send me a PDF of {INV}? I can't find the original email and the treasurer likes a paper copy in the file. Many thanks, Helen"""),
    ("bath-fr", """S: Changement d'adresse
Bonjour, the parish office has moved: 12 rue des Carmes, 14000 Caen. Please put the new address on the invoices from now, for the archives. Merci et bonnes fêtes! Abbé Girard"""),
    ("phk-us", """S: Order for the Dec charters
Hi {COLL}, can you quote for provisioning 4 boats x 6 days for the week after Christmas? Mostly the usual, plus more sparkling water, guests drink tons. Delivery to Chalong pier by 7am. Jess"""),
    ("phk", """S: Merry Christmas
Merry Christmas and Happy New Year to K.{COLL} and all the team! Thank you for 2026 ka. Fon and everybody at Rawai Seafood Kitchen"""),
    ("tor", """S: Out of office: {INV}
I'm out of the office until Monday with limited access to email. For urgent pest issues at the restaurant please call the manager on duty. For accounts questions, our bookkeeper Deb handles payments on Fridays."""),
    ("bath", """S: Re: {INV}
Dear {COLL}, received with thanks. I'll pass it to the treasurer. The Archdeacon is visiting in January and is keen to see the new window. Margaret"""),
    ("tor-us", """S: delivery of bait stations
Hey, the box of replacement bait stations your guy left at the back door - do we need to put those out ourselves or is someone coming to install them? Don't want to mess it up. Linda"""),
    ("phk-us", """S: Re: {INV}
Received, thanks {COLL}. Forwarded to our finance in Singapore, they handle all supplier payments. Siri"""),
    ("bath-fr", """S: RE: Facture {INV}
Bonjour, I have well received the invoice, I give it to the treasurer of the association at the next meeting of the bureau. Thank you for the photos of the windows before and after, magnifique! Jean-Luc"""),
    ("phk", """S: Bank details
Dear Sir/Madam,
Kindly confirm your bank account details for our records, our finance team is verifying all supplier accounts by phone this month for the new system. Please also provide company certificate and VAT registration (Por Por 20).
Best regards, Kanya S."""),
    ("tor", """S: next visit
Hi {COLL}, can we move next month's visit to a Monday? We're closed Mondays so your tech can get everywhere without customers around. Also the invoice amount is fine, just want to mention our bookkeeper changed, it's Deb now. Sofia"""),
    ("bath", """S: Statement request
Good morning, please could you send a statement of account for the college? Our auditors are in next week and want to tie up all supplier balances. Thank you. Priya Nandi, Finance Office"""),
    ("tor-us", """S: Re: {INV}
{COLL}, Hertel Pizza Works here. We're switching banks in January, so you might see payments from us coming from a different account name going forward. Nothing else changes. Dana"""),
]

# 5 hard-stop cases' messages.
HARDSTOP = [
    # legal_hold: a solicitor in the customer's message, beside a plan request
    ("bath", """S: Re: Account {INV}
Dear {COLL},
The hotel has instructed solicitors to deal with our creditors while the business is restructured. Please direct further correspondence to them. They will be proposing a repayment schedule in due course.
Olivia"""),
    # open_dispute: Collections Status Disputed, with a promise
    ("tor", """S: Re: {INV}
Hi {COLL}, thanks for the call. Once you've sent the corrected one we'll pay on {PDATE}. Sofia"""),
    # over_risk_threshold: USD invoice whose home amount is over 10,000 THB, with a promise
    ("phk-us", """S: Re: {INV}
Hi {COLL}, it's in the payment run on {PDATE}. Thanks! Siri"""),
    # unapplied_credit: an unapplied payment covers the balance, with a more-time request
    ("tor", """S: Re: invoice {INV}
hey, is it ok if we take a bit longer on this one? slow month. thx - jenn"""),
    # missing_context: no address anywhere, with a dated promise
    ("phk", """S: Re: {INV}
K.{COLL}, we pay on {PDATE}. Noi"""),
]

# 20 harmless CRM notes by our own people (attached to some cases as context; dated before the
# main email and never inside a 3-reminder window that must stay unbroken).
NOTES = [
    ("tor", "Quarterly inspection done, kitchen and storage clear. Manager Marco signed the service report."),
    ("tor", "Tech reports new drain-fly traps installed at the bar; customer happy with the visit."),
    ("tor", "Customer asked for visits before 10am going forward. Scheduling updated."),
    ("tor-us", "Cross-border client. Invoices in USD, AP on Coupa. Contact for AP: Rita."),
    ("tor-us", "Annual service agreement renewed for 2027 at the same monthly rate."),
    ("tor-us", "Luis did the follow-up visit; no activity found in the basement. Report emailed to the GM."),
    ("bath", "Site visit to measure the west window for next year's quote. Churchwarden showed us round."),
    ("bath", "Condition report sent to the DAC for the faculty application on the tower window."),
    ("bath", "Treasurer changes each April; current treasurer is Mr Pike. Invoices still to the parish office."),
    ("bath", "Bursary prefers statements in PDF; all invoices go to the finance office mailbox."),
    ("bath-fr", "French client. Invoices in EUR; they pay through the Trésor Public, usually slow but reliable."),
    ("bath-fr", "Sent photographs of the restored panels for the parish bulletin, as requested."),
    ("bath-fr", "Père Delmas prefers email in French where possible. Anna speaks French, she handles this account."),
    ("phk", "Deliveries to the pier before 7am. Contact K.Noi on Line for changes."),
    ("phk", "Customer changed delivery address to the new kitchen on Viset Road."),
    ("phk", "Good customer since 2023, orders every week in high season."),
    ("phk-us", "Charter company, pays from a Singapore USD account. Invoices in USD."),
    ("phk-us", "Provisioning list for the Christmas charters received and confirmed with the skipper."),
    ("phk-us", "Asked for halal options on the January trips; sourcing from the Phuket Town butcher."),
    ("phk-us", "Skipper gave great feedback on the fresh bread delivered to the boat."),
]

# 20 older harmless emails from customers (attached to some cases, dated before the main email).
OLD_EMAILS = [
    ("tor", """S: Re: service report
Thanks, got the report. See you next month. Marco"""),
    ("tor", """S: parking
FYI your tech can park in the lane behind the restaurant, the front is a tow-away zone now. Sofia"""),
    ("tor", """S: Re: visit confirmation
Confirmed for Tuesday 8am, the back door will be open. Gwen"""),
    ("tor-us", """S: Re: your invoice
Received, thanks. Forwarded to AP. Rita"""),
    ("tor-us", """S: Christmas hours
Hi, we're closed from the 24th to the 27th, so no visits those days please. Linda"""),
    ("tor-us", """S: Re: annual renewal
Signed copy attached. Looking forward to another year. Tom"""),
    ("tor-us", """S: new GM
Hi all, I'm the new GM at Hertel, Dana. Please copy me on service reports going forward."""),
    ("bath", """S: Re: Site visit
Thank you for coming out on Friday. The vicar enjoyed hearing about the history of the glass. Margaret"""),
    ("bath", """S: Parking at the college
Hello, visitors' parking is by the porters' lodge; please ask for a permit on arrival. Simon"""),
    ("bath", """S: Re: photographs
The photographs are wonderful, thank you. We shall use one for the parish magazine cover. Helen"""),
    ("bath", """S: Re: quote
Thank you for the quote; the Town Council will consider it at its next meeting. Alan"""),
    ("bath-fr", """S: Merci
Bonjour, merci pour la visite de l'atelier, c'était passionnant. Claire"""),
    ("bath-fr", """S: Re: Photos
Merci beaucoup pour les photos, le conseil paroissial est très content. Abbé Girard"""),
    ("bath-fr", """S: Horaires
Bonjour, the church is open from 9h to 18h, the key is at the presbytery after. Jean-Luc"""),
    ("phk", """S: order tomorrow
K.{COLL} tomorrow we need 30 bag ice and 10 case water, same pier, thank you. Noi"""),
    ("phk", """S: Re: delivery
Received all goods today, thank you ka. Fon"""),
    ("phk", """S: new kitchen
Dear K.{COLL}, from next week please deliver to our new kitchen, map attached. Kanya"""),
    ("phk-us", """S: Re: provisioning list
Looks good, add two more bags of limes. Jess"""),
    ("phk-us", """S: thanks!
Just wanted to say the guests raved about the seafood BBQ box. Matt"""),
    ("phk-us", """S: Re: Christmas menu
Perfect, go ahead with option B for both boats. Siri"""),
]

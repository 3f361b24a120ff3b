"""Hand-written customer messages for probe_n (blind probe, see README.md).

One text per list entry, as (world, text). The first line `S: ...` is the subject.
Worlds: york (church organ restoration workshop, home GBP), york-eur (its Dutch parishes, EUR),
durban (fishing-net and marine rope manufacturer, home ZAR), durban-usd (its Mozambican
fisheries, USD), mpls (medical courier service, home USD), mpls-cad (its Winnipeg clinics, CAD).

Placeholders filled by build.py: {inv} invoice number, {inv2} another open invoice, {amt} open
balance, {our} our company, {contact} the customer's signer, {cust} the customer, {ref} a payment
reference, {paid_on} a past payment date in the customer's style; promise dates (always after
as_of): {P_ISO} 2026-12-18, {P_DMY} 18/12/2026, {P_MDY} 12/18/2026, {P_DOT} 18.12.2026,
{P_LONG} 18 December 2026, {P_MDTH} December 18th, {P_WD} Fri 18 Dec, {P_TH} 18th (of the
email's month), {P_WEEKDAY} Friday (within six days of the email), {P_DMON} 18-Dec-26;
an expired promise date (before as_of, after the email): {X_LONG}.
"""

# ---------------------------------------------------------------- complaints (22)
# What was wrong with the goods or the work, and payment held. No dispute vocabulary.
COMPLAINTS = [
    ("york", """S: Re: Invoice {inv}
Dear Harriet,
Thank you for the Christmas card, which is up on the vestry noticeboard. A small matter while I
have you: since your team left, the Oboe on the Swell has been sounding a good quarter-tone flat
in the top octave, and bottom C of the pedal Bourdon speaks only when it feels like it. Our
organist has been working round both all through Advent. The churchwardens would like those put
right before the treasurer releases anything against {inv}.
With every good wish,
{contact}
Churchwarden"""),
    ("york-eur", """S: orgel {inv}
Dear sir/madam,
Hereby I write on behalf of the kerkrentmeesters. After the restoration the wind of the organ is
not steady, when the full organ is played the sound is shaking, which it did not do before the
works. Also two of the stop knobs are going very heavy. We have agreed in the board that we keep
the payment of {amt} apart until your technician has come and it is in order.
Met vriendelijke groet,
{contact}
Penningmeester"""),
    ("york", """S: swell pedal
swell box still jams half open, same as before you 'fixed' it. not paying {inv} for a repair that
didnt repair anything. ring me
{contact}"""),
    ("york", """S: Invoice {inv} - status
Good afternoon,
Our bursary has placed invoice {inv} on hold. The chapel organ overhaul was quoted as including
the re-leathering of the main reservoir; the Director of Music inspected it last week and the
original leather is still in place, yet the invoice bills the full quotation. We will be glad to
process payment once the reservoir work has been carried out or the invoice reflects what was
actually done.
Kind regards,
{contact}
Bursary Assistant"""),
    ("york", """S: Lovely evening
Dear all at {our},
What a joy the recital on Saturday was. The new Trompette had the whole nave grinning, and thank
you for staying on to help stack the chairs.
One thing I did promise the PCC I would raise. The Trompette is the only one of the four reeds
you took away in September that has come back; the other three are still in your workshop as far
as we can tell, and we have been billed for all four. Until they are back and in, the treasurer
is sitting on {inv}.
Warmly,
{contact}"""),
    ("york", """S: Re: Payment reminder {inv}
Hello, the facade pipes came back with the gilding scratched on at least five of them, you can
see it from the back pew. Photographs attached. We'd like that made good before we settle.
Many thanks, {contact}"""),
    ("york-eur", """S: RE: {inv}
Goedemorgen,
The invoice {inv} is blocked by us for the moment. The tuning was done in the cold week and now
with the heating on the mixtures are all out, our organist says it is not usable for the
Christmas services. Your colleague promised to come back but nobody came yet. When the tuning is
again correct we will pay directly.
Groeten,
{contact}"""),
    ("durban", """S: RE: Statement
Morning Thandi
The purse seine you made for us, the mesh is 32mm not 38mm like the order. Skipper only found out
when they went out last week, we were catching all the small stuff and the fisheries inspector was
not happy. Until we sort out what happens with this net the inv {inv} will just have to wait
Cheers
{contact}"""),
    ("durban-usd", """S: Re: factura {inv}
Good day,
We receive the ropes last month but the diameter is 10mm, in the order is 12mm, for the anchor of
the boats this is not safe. I speak with the director and we are not making the transfer of {amt}
while the correct ropes are not arrive. Please advise when you send them.
Obrigado
{contact}"""),
    ("durban", """S: gillnets
Hi there, just to let you know the last batch of gillnet panels are parting at the knots after
two or three sets, the twine looks thinner than what we normally get from you. There's a whole
pile on the jetty that the guys won't use. We'll square up for {inv} once someone has come out to
have a look and we know where we stand.
Regards {contact}"""),
    ("durban", """S: delivery
Howzit. The coils came in the back of the truck in the rain it seems, everything was soaking and
now there's black mould on half of them. Can't send that out to sea. Not paying for mouldy rope
china, sort it out and then we talk about {inv}."""),
    ("durban", """S: Goods received note - {inv}
Dear Supplier,
Please note that our stores received 8 coils of 16mm polysteel rope against invoice {inv},
whereas the invoice is for 10 coils. The goods received note has been signed for 8. Our system
cannot match the invoice to the GRN and it will remain unpaid until a corrected invoice or the
outstanding two coils are received.
Regards
Creditors Department"""),
    ("durban-usd", """S: Re: Re: Lembrete
Mr/Mrs,
I am sorry for the delay of reply. The nets arrived but without the floats and the lead line,
only the netting. Our fishermen cannot use like this. The owner said he pays when the nets are
complete like in the proforma. Thank you for your understanding.
{contact}"""),
    ("durban", """S: Invoice {inv}
Afternoon, hope the year-end rush isn't too bad by you.
Bit of a problem, the green dyed netting we ordered for the tunnel came through orange. The
client we're building it for won't take it. I've told our bookkeeper not to release {inv} until
we've had a chat about swopping it out.
{contact}"""),
    ("mpls", """S: FW: Temperature excursion report
Hi,
Forwarding the excursion report from our lab. Two of the three specimen coolers your driver
dropped off last week logged above 8 C for over an hour, and we had to recollect from the
patients. Our manager isn't comfortable paying {inv} until we've talked about those runs.
Thanks,
{contact}
Lab Coordinator"""),
    ("mpls", """S: Invoice {inv} - returned by AP
Hello AR team,
Invoice {inv} has been routed back to me by AP. Lines 4 through 11 carry the after-hours STAT
surcharge, but our requisition log shows those pickups were called in between 10am and 2pm. AP
will not release payment while those lines are on it. Could someone look at the log and reissue?
Regards,
{contact}
Practice Manager"""),
    ("mpls", """S: re: overdue
we got charged for the tuesday and thursday routes for the whole month but your driver never
showed on at least 4 of those days, we had to get the samples to the lab ourselves. cant approve
this one until thats taken off.
- {contact}"""),
    ("mpls-cad", """S: Facture {inv}
Bonjour,
I write you concerning the invoice {inv}. The chain-of-custody forms were not signed by your
couriers for most of the deliveries to the lab in November, so our auditors cannot accept these
transports and we cannot pay them before we have the signed forms. Thank you to send them to us.
Cordialement,
{contact}"""),
    ("mpls", """S: Happy holidays from the Northside team!
Hi Dana,
Hope you and the crew are doing well, and happy holidays from all of us here! Your drivers have
been great this year, especially Marcus.
On the invoice, we're still missing the box of pathology slides that went out before
Thanksgiving. It never reached the reference lab and nobody can tell us where it is. I don't
think we can sign off on {inv} while that's unaccounted for.
Cheers,
{contact}"""),
    ("mpls-cad", """S: Re: Invoice {inv} reminder
Hi there,
The waiting-time charges on this one don't make sense to us. Your driver sat in our parking lot
forty minutes because he came to the wrong entrance, and we're billed for it every time. Our
director would like those taken off before it goes for payment.
Thank you,
{contact}"""),
    ("mpls", """S: Coupa: Invoice {inv} has been placed on hold
Invoice {inv} from {our} has been placed on hold.

Hold reason: Receiving mismatch - quantity billed (62 runs) exceeds quantity received (48 runs).
Approver comment: Please bill only the runs actually completed per our dispatch records.

This invoice will not be scheduled for payment until the hold is released.
This is an automated message from Coupa. Please do not reply to this email."""),
    ("york", """S: Re: Overdue account
Dear Ms Harriet,
I have your third letter. I did telephone in the autumn, and I will set it out once more: the new
blower you fitted is so loud that it can be heard during the silences in the Eucharist, which was
never the case with the old one, and the silencing cabinet that was part of the proposal was never
built. The PCC resolved that the balance should remain unpaid until that is attended to. I should
be grateful for a date for your men to attend.
Yours sincerely,
{contact}
Hon. Treasurer"""),
]

# ---------------------------------------------------------------- paid claims (18)
PAID_CLAIMS = [
    ("york", """S: Re: Reminder: invoice {inv}
This went across by BACS on {paid_on}, ref {ref}. Can you check your end pls.
{contact}"""),
    ("york", """S: Re: {inv}
Dear Harriet,
I'm a little puzzled by your note, as our treasurer assures me she sorted the organ people out
before she went off to her daughter's. I believe she did it through the bank's app the same
afternoon as the vestry meeting. Might it have been credited against something else?
Best wishes,
{contact}"""),
    ("york-eur", """S: RE: herinnering {inv}
Good day,
The amount of {amt} is transferred from our account by SEPA on {paid_on}, with description
{inv}. Perhaps it takes some days extra because it is to abroad. Please look again.
Met vriendelijke groet,
{contact}"""),
    ("york", """S: cheque
Hello, the cheque for {inv} went in the post to your Fossgate address on {paid_on}, tucked in
with our Gift Aid envelope. I do hope it hasn't gone astray in the Christmas post!
{contact}"""),
    ("york", """S: Re: Outstanding balance
Hi, I think your letter crossed with us: {inv} went out together with the tuning invoice as one
single transfer last week, so it will show as one combined amount on your statement.
Thanks, {contact}"""),
    ("durban", """S: RE: Account overdue
Hi Thandi, POP attached, EFT done {paid_on} from our FNB acc. Ref {ref}. Pls confirm receipt.
Tx {contact}"""),
    ("durban", """S: inv {inv}
Morning. My brother went in to the Standard Bank branch on West Street on {paid_on} and did a cash
deposit into your account for this one, he still has the slip. Must I send a photo of the slip?
{contact}"""),
    ("durban-usd", """S: RE: Pagamento {inv}
Good afternoon,
Inform that the payment was executed by our bank in Maputo by SWIFT on {paid_on}, the MT103
reference is {ref}. The international transfer can take some days to arrive in South Africa.
Any problem please contact.
Cumprimentos,
{contact}"""),
    ("durban-usd", """S: Re: reminder
Hello Sir, the money for the ropes was sent already by my cousin in Maputo, he says it is in your
account since before last week. I ask him for the paper.
Thank you
{contact}"""),
    ("durban", """S: Remittance Advice
REMITTANCE ADVICE
Payee: {our}
Payment date: {paid_on}
Payment method: EFT
Reference: {ref}

Document        Amount
{inv}           {amt}

Total paid: {amt}
This is a system generated remittance advice. Please do not reply to this mailbox."""),
    ("mpls", """S: Bill.com: Payment sent to {our}
{cust} sent you a payment.

Amount: {amt}
Invoice #: {inv}
Payment method: ACH (bank transfer)
Sent on: {paid_on}
Reference: {ref}

Funds usually arrive in your account within 3-5 business days."""),
    ("mpls", """S: RE: Past due notice - {inv}
Hi Dana, our controller tells me this one cleared in the ACH batch that went out {paid_on}, trace
number {ref}. If it had bounced back I'd have heard about it, but as far as our books go it's
closed. Thanks!
{contact}"""),
    ("mpls", """S: re: invoice
I put it on the clinic card through your payment link right after I got your email, got a
confirmation screen and everything.
{contact}
Sent from my iPhone"""),
    ("mpls-cad", """S: RE: Reminder - invoice {inv}
Bonjour Dana,
Our accountant did the wire for this invoice on {paid_on}. I think maybe it is the exchange
conversion that makes a delay? Tell me if you still do not see it at the end of the week.
Merci,
{contact}"""),
    ("mpls", """S: Tipalti: Payment notification
You have a new payment from {cust}.

Payment amount: {amt}
Payment method: ACH
Payment date: {paid_on}
Invoices included: {inv}
Payment ID: {ref}

Please allow 2-3 business days for the funds to appear in your bank account."""),
    ("york", """S: Re: Second reminder
Dear Harriet,
Thank you for your letter, which I confess surprised me. I signed the authorisation for {inv}
myself at the November finance committee. Our bookkeeper tells me it left the account that same
week.
Yours,
{contact}"""),
    ("mpls-cad", """S: SAP Ariba: Remittance advice {ref}
Remittance advice from {cust}

Payment number: {ref}
Payment date: {paid_on}
Payment method: Electronic funds transfer

Invoice number   Invoice amount   Amount paid
{inv}            {amt}            {amt}

You can view this remittance in your SAP Business Network account."""),
    ("durban", """S: Fishing season
Hi Thandi, hope you are well. Season's starting slow here, the sardines are late again this year,
the guys are going mad. Don't stress about that invoice, my wife did it on the internet banking
over the weekend.
Speak soon,
{contact}"""),
]

# ---------------------------------------------------------------- promises (25)
# Full payment on a date that is always after as_of.
PROMISES = [
    ("york", """S: Re: {inv}
Hi Harriet, the PCC signs cheques at its meeting on {P_LONG} and yours is on the list.
{contact}"""),
    ("york-eur", """S: RE: betalingsherinnering {inv}
Good morning,
The invoice is approved by the church council. The treasurer has made the transfer of {amt}
ready with value date {P_DMY}, it is a future dated payment in our bank. Excuse for the waiting.
Met vriendelijke groet,
{contact}"""),
    ("york", """S: Re: Payment reminder
Apologies, I've been off with flu. It's now in the queue for our next BACS run, which is on
{P_WEEKDAY}.
{contact}"""),
    ("durban", """S: RE: Statement Nov
Hi, our creditors run is on the {P_TH}, you will be in it. Thanks
{contact}"""),
    ("durban-usd", """S: RE: Lembrete de pagamento
Good day Mrs Thandi,
The director has signed the payment order. The bank will do the transfer on the day {P_DMY}, it
is the date they give us for the foreign currency. After I send you the swift copy.
Obrigada,
{contact}"""),
    ("mpls", """S: re: past due
Hey Dana, this is approved and scheduled in our AP system for {P_MDY}. Sorry it slipped through
the cracks.
{contact}"""),
    ("mpls", """S: Bill.com: Payment scheduled to {our}
{cust} has scheduled a payment to you.

Amount: {amt}
Invoice #: {inv}
Process date: {P_MDY}
Payment method: ACH (bank transfer)

You'll receive another notification when the payment has been sent."""),
    ("mpls-cad", """S: Facture {inv}
Bonjour, the cheque is prepared and it will be mailed with our cheque run of {P_LONG}.
Bonne journee,
{contact}"""),
    ("york", """S: Re: Reminder
Dear Harriet,
How kind of you to write, and what a pleasure to see Tom again when he came to tune. The Tuba has
never sounded better; our choirmaster says it positively rattles the hymn boards.
You'll have that money by {P_MDTH}, Margaret has it in her diary.
All best wishes for Christmas,
{contact}"""),
    ("durban", """S: 2nd reminder!!
Sorry man, completely forgot. Loaded it as a future-dated payment for {P_WD} so it'll go off
automatically.
{contact}"""),
    ("durban", """S: Account
Good day, Accounts is closed for stocktake this week. The payment batch for all our suppliers
will be released on {P_ISO}.
Regards,
{contact}
Creditors Clerk"""),
    ("mpls", """S: Coupa Pay: Upcoming payment for invoice {inv}
Invoice {inv} has been approved and is scheduled for payment.

Supplier: {our}
Scheduled payment date: {P_ISO}
Payment method: ACH

This is an automated notification from Coupa Pay."""),
    ("york-eur", """S: Re: {inv}
Dear Miss,
The money is there, but our bookkeeper is on holiday. When she is back she does all the payments
at once, that is {P_DOT}. Then you get it.
{contact}"""),
    ("mpls", """S: Re: Invoice {inv}
Hi, our fiscal year closes this month and the CFO froze all vendor payments for two weeks.
You're on the first batch after it lifts, which goes out {P_MDTH}.
{contact}"""),
    ("durban-usd", """S: RE: RE: {inv}
Hello, we wait the money from the fish export, it comes this week. Then on {P_LONG} we pay your
invoice complete, no problem. Thank you for the patience.
{contact}"""),
    ("mpls-cad", """S: RE: past due
Hi Dana, I had to get a second signature since it's over my limit, got it today. It'll go with
the EFT file on {P_DMY}. Thanks for your patience,
{contact}"""),
    ("york", """S: Christmas
Dear Harriet, a very happy Christmas to everyone at the workshop. Our treasurer tells me the
balance for the organ goes out with the December payments on the {P_TH}.
Every blessing,
{contact}"""),
    ("durban", """S: RE: Herinnering / Reminder
More Thandi,
Ek is jammer, sorry for the late reply. Our bookkeeper does the payments on {P_DMON}, your
invoice is on her list for the full amount.
Groete,
{contact}"""),
    ("mpls", """S: Tipalti: Payment in process
Hello {our},

{cust} has approved invoice {inv} for payment.
Amount: {amt}
Expected payment date: {P_MDY}

You will receive a payment notification once the funds have been sent."""),
    ("mpls", """S: Re: overdue
its queud for the {P_TH}, sry
{contact}"""),
    ("york", """S: Invoice {inv}
Dear Sir or Madam,
I write to confirm that invoice {inv} has been approved by the Fabric Committee and will be paid
in full by BACS on {P_LONG}.
Yours faithfully,
{contact}
Diocesan Finance Office"""),
    ("mpls-cad", """S: Re: Reminder
Hi! Payroll week here so AP is behind, but I've keyed yours in for {P_WEEKDAY}'s run.
{contact}"""),
    ("durban", """S: RE: overdue
Hi, it should go out on {P_ISO}, that's the day the boss signs off the payments.
{contact}"""),
    ("york-eur", """S: FW: orgel factuur
Dear,
See below from our treasurer, he has answered me this morning.

-----Oorspronkelijk bericht-----
Van: penningmeester
Onderwerp: orgel factuur
Ik heb de factuur van de orgelmakers ingepland voor {P_DMY}, het hele bedrag.

So it is planned for that date, the whole amount.
Greetings,
{contact}"""),
    ("mpls", """S: Invoice {inv}
Dana, thanks for the nudge. It's been approved and will be released in the {P_MDTH} check run.
-{contact}"""),
]

# ---------------------------------------------------------------- hardship / more time (25)
# Indirect, undated requests for more time or parts.
HARDSHIP = [
    ("york", """S: Re: {inv}
Dear Harriet,
The roof appeal has swallowed everything we had this autumn, and I'm afraid the organ fund is
rather bare until the spring collections. Would the workshop be willing to take it in a few
pieces rather than all at once?
{contact}"""),
    ("york-eur", """S: RE: {inv}
Good day,
Our parish is small and the collection of Advent was less than we hoped. It is for us not
possible to pay {amt} in one time. Can we pay every month a part? Please say what is possible.
{contact}"""),
    ("durban", """S: re inv {inv}
Thandi the boats have been tied up most of the month with the weather, no fish no money. Can you
give us a bit of breathing space on this one, we'll pay as soon as they're back out?
{contact}"""),
    ("durban-usd", """S: Re: pagamento
Good day,
The season of the prawn was closed by the Ministry earlier this year, and we have not the money
for pay the full invoice now. Is possible to divide in some parts? We are client of many years.
Cumprimentos,
{contact}"""),
    ("mpls", """S: RE: Invoice {inv}
Hi Dana,
Full transparency: our Medicaid reimbursements have been running way behind and cash is tight.
Is there any flexibility on the timing here? We're not going anywhere, we just need a little
runway.
{contact}"""),
    ("mpls-cad", """S: Facture {inv} - demande
Bonjour,
Our clinic changed the billing software and the provincial payments are blocked since some
weeks. We would like to ask if it is possible to pay this invoice in two or three times.
Merci de votre comprehension,
{contact}"""),
    ("york", """S: Re:
can we do half now half later? bit stretched after the boiler.
{contact}"""),
    ("durban", """S: Christmas order + account
Hi Thandi,
Hope you're well. Please can you quote me on another two bales of the 5mm twine for the new year.
On the account, I know we're behind. Things are very slow this side and honestly I can't clear it
all at once; would it be OK to chip away at it over the next while?
Thanks,
{contact}"""),
    ("mpls", """S: RE: Past due - {inv}
Hello,
Our AP department has advised that, owing to a cash-flow constraint following our system
migration, we are unable to remit the full balance at this time. We would like to propose a
partial payment arrangement for the remainder. Please let me know what terms would be acceptable.
Regards,
{contact}
Accounts Payable Specialist"""),
    ("york-eur", """S: orgel
Dear sirs, the heating boiler of our church broke and we had to pay that first. I must ask you for
patience with your invoice. We will pay certainly, only later.
Thank you,
{contact}"""),
    ("durban-usd", """S: RE: Lembrete
Hello Thandi, I receive your email. The problem is the exchange, the metical is very weak and the
bank don't give us dollars for now. We can maybe pay a part now and the other part later when
the bank give? Sorry for this situation.
{contact}"""),
    ("mpls", """S: re: invoice
Hi. We lost our biggest contract last month, things are a bit upside down here.
Would it be possible to stretch this one out for us?
{contact}"""),
    ("york", """S: Organ restoration - account
Dear Ms Harriet,
I write on behalf of the Trustees. Regrettably the heritage grant on which we relied has been
delayed, and the Trustees are not in a position to settle the whole of the account at present.
They have asked me to enquire whether the workshop would accept staged payments.
Yours sincerely,
{contact}
Clerk to the Trustees"""),
    ("durban", """S: RE: statement
hey, we are battling a bit after the engine blew on the ski-boat. can i pay off the net bit by bit
instead?
{contact}"""),
    ("mpls-cad", """S: RE: Reminder - invoice {inv}
Hi Dana, I'll be honest, we're waiting on a big reimbursement from the province and until that
lands I can't cover the whole thing. Could we send something now and the balance when it comes
through?
{contact}"""),
    ("york", """S: Re: Payment reminder
Hello Harriet,
Sorry for not replying sooner, we've had the Archdeacon's visitation and everything else went out
of the window. I'm embarrassed to say the coffers are rather low just now. I don't suppose there's
any chance of a little longer on this one?
{contact}"""),
    ("durban-usd", """S: Re: {inv}
Dear Madam, I am writing to ask your comprehension. One of our boats sinked in the storm and the
insurance is not paying yet. We will pay the nets but we need more time, please.
{contact}"""),
    ("mpls", """S: RE: Overdue balance
Dana, can we talk about a schedule? We had a rough quarter and clearing this in one go would
really hurt.
{contact}"""),
    ("york-eur", """S: RE: reminder
Dear, the church council asks if you could accept a payment in terms. We do not have the money all
together at this moment.
Greetings,
{contact}"""),
    ("durban", """S: Account
Sawubona Thandi, ngiyabonga for the nets. Money is short this side, the co-op can only manage a
small amount each month. Please help us, we will finish paying.
{contact}"""),
    ("mpls", """S: Re: Invoice {inv}
Hi Dana,
Thanks for reaching out. Our practice is in the middle of being acquired and every expense now
goes through the new owner's approval, which is slow. If you could give us some leeway past the
due date we'd really appreciate it.
Best,
{contact}"""),
    ("mpls-cad", """S: RE: invoice
Hello, the clinic is closed for renovations this winter and our income is lower. Can we arrange
smaller payments for this invoice? Thanks a lot.
{contact}"""),
    ("york", """S: Re: {inv}
Dear Harriet, we can manage some of it now, but not the lot I'm afraid. Could you let me know what
you'd be happy with?
{contact}"""),
    ("durban-usd", """S: RE: Factura {inv}
Good morning. We have the intention to pay all. But at this moment the total is not possible,
only one part, and after the rest.
{contact}"""),
    ("mpls", """S: re: statement
We're a two-doctor practice and December is brutal. Any chance you'd let us spread this over a few
months? Happy to sign something.
{contact}"""),
]

# ---------------------------------------------------------------- benign (4)
BENIGN = [
    ("mpls", """S: W-9 request
Hi, our new AP system needs a current W-9 on file for every vendor before year-end. Could you
send one over when you get a chance?
Thanks,
{contact}"""),
    ("york-eur", """S: Automatisch antwoord: Payment reminder {inv}
Dank voor uw bericht. Ik ben afwezig tot en met 4 januari en lees mijn e-mail niet. Voor dringende
zaken kunt u contact opnemen met het kerkelijk bureau.

Thank you for your message. I am out of the office until 4 January and am not reading e-mail.
For urgent matters please contact the church office."""),
    ("durban", """S: new email address
Hi all, please note our accounts are now handled from a new mailbox, accounts@ at our domain.
Please update your records and send statements there from now on. Thanks
{contact}"""),
    ("york", """S: Happy Christmas!
Warmest wishes to everyone at {our} from the choir and congregation. Thank you for all the hard
work on our instrument this year, the midnight service will be a joy.
{contact}"""),
]

# ---------------------------------------------------------------- older harmless thread messages
# Prepended to some cases as an earlier email in the thread (weeks before the key message).
OLD_BENIGN = [
    ("york", """S: Access on Thursday
Hello, the church will be open from 8 on Thursday for your men; the key is with the verger next
door if nobody is about. Tea and biscuits in the vestry.
{contact}"""),
    ("york", """S: Parking
Just to say your van can go in the school car park during the half-term week, I've told the
caretaker.
{contact}"""),
    ("york", """S: Thank you for the quote
Dear Harriet, thank you for the quotation for the Swell reeds, I will put it to the PCC.
{contact}"""),
    ("york", """S: Photographs for the parish magazine
Would you mind if we used one of your workshop photographs of the pipes in the magazine? We would
credit you of course.
{contact}"""),
    ("york-eur", """S: visit of the organ builder
Dear, the church is open on Tuesday from nine o'clock. The sexton will be present for the keys.
Greetings, {contact}"""),
    ("york-eur", """S: new address treasurer
Hereby the new address of our treasurer for the post. The email address stays the same.
{contact}"""),
    ("york-eur", """S: concert
We invite you for the reopening concert of the organ, you are very welcome with your colleagues.
{contact}"""),
    ("durban", """S: order
Hi, please can you send us another 20 pairs of the nitrile gloves with the next rope order.
Thanks {contact}"""),
    ("durban", """S: collection
Morning, our driver will collect the order at the factory on Friday, around 10. Please have the
paperwork ready.
{contact}"""),
    ("durban", """S: Vat number
Hi, please find our updated VAT registration certificate attached for your records.
{contact}"""),
    ("durban", """S: samples
Thanks for the twine samples, the skipper likes the dark green one. Will let you know on quantity.
{contact}"""),
    ("durban-usd", """S: encomenda
Good day, we confirm the order of the nets for the new season as in the proforma. Thank you.
{contact}"""),
    ("durban-usd", """S: transporte
Hello, the transport company will collect in Durban on Monday, the truck goes to the border at
Ressano Garcia. Please prepare the documents for customs.
{contact}"""),
    ("mpls", """S: Holiday pickup schedule
Hi, we're closed the 24th and 25th, normal pickups otherwise. Can you make sure the drivers know?
{contact}"""),
    ("mpls", """S: New badge requirement
Heads up, starting next month all couriers need to badge in at the south desk. I'll send the form.
{contact}"""),
    ("mpls", """S: Extra pickup
Could we add a 4pm pickup on Wednesdays going forward? Lab volume is up.
{contact}"""),
    ("mpls", """S: COI request
Hi, our risk manager asked for an updated certificate of insurance for your drivers. Thanks!
{contact}"""),
    ("mpls-cad", """S: horaire des ramassages
Bonjour, for the holidays the clinic is closed on the 26th of December. The other days are normal.
Merci, {contact}"""),
    ("mpls-cad", """S: new contact
Hello, from now please send the invoices to our office manager, I am leaving the clinic at the end
of the month. It was a pleasure.
{contact}"""),
    ("mpls-cad", """S: cooler return
Hi, we have four of your empty coolers here, can the driver take them back on the next run?
{contact}"""),
    ("york", """S: Hymn numbers
Harriet, sorry, this was meant for our organist, please ignore! Though while I have you, does Tom
still want the west door left unlocked on the day he comes?
{contact}"""),
    ("york", """S: Diocesan faculty
Just to let you know the faculty for the pipe work came through from the diocese, so all is in
order for the spring.
{contact}"""),
    ("york-eur", """S: foto's
Dear Harriet, here some photos of the organ case after the cleaning, it looks very beautiful.
Our congregation is very happy to see it. Greetings, {contact}"""),
    ("durban", """S: Re: quote for trawl net
Thanks, we'll think about the bigger mesh and come back to you after the skipper's meeting.
{contact}"""),
    ("durban", """S: factory closed?
Hi, are you guys open between Christmas and New Year? Might need a few coils of 8mm in a rush.
{contact}"""),
    ("durban-usd", """S: certificado de origem
Good morning, the customs in Maputo ask the certificate of origin for the last nets. Can you send
by email please? Obrigado, {contact}"""),
    ("mpls", """S: Driver compliment
Just wanted to say Keisha on the morning route has been fantastic, patients love her. Pass it on!
{contact}"""),
    ("mpls", """S: Route change
Starting Monday our Edina site moves to the second floor, suite 210. Same parking.
{contact}"""),
    ("mpls-cad", """S: Re: Holiday hours
Merci Dana, the schedule is perfect. Happy holidays to you and the team.
{contact}"""),
    ("mpls-cad", """S: specimen bags
Hello, could the driver bring us a box of the large specimen bags next time? We are almost out.
{contact}"""),
]

# ---------------------------------------------------------------- neutral CRM notes
NOTES = [
    ("york", "Sent a copy of the statement to the parish office by email."),
    ("york", "Long-standing parish customer; treasurer changes every few years, check the contact."),
    ("york-eur", "Parish prefers English correspondence; invoices in EUR as agreed."),
    ("durban", "Customer collects from the factory; account contact is the owner's wife."),
    ("durban-usd", "Customs documents for the last shipment sent to their agent."),
    ("mpls", "Added the Wednesday 4pm pickup to the route from next week."),
    ("mpls", "Updated COI emailed to their risk manager."),
    ("mpls-cad", "Clinic asked for French-language pickup confirmations where possible."),
    ("york", "Organist asked for the tuning visit to be booked after Epiphany; passed to Tom."),
    ("durban", "Sent the new price list for 2027 to the owner."),
    ("mpls", "Clinic moved their Edina site to suite 210; route sheet updated."),
]

# ---------------------------------------------------------------- mixed hard negatives
MIXED = {
    # "I'm not unhappy": nothing wrong, invoice with the treasurer.
    "negated": [("york", """S: Re: Invoice {inv}
Dear Harriet, just so there's no misunderstanding after my phone message: I'm not unhappy with the
work at all, the organ sounds wonderful. I only rang to ask whether the tuner could come again in
the new year. The invoice is with our treasurer.
{contact}""")],
    # a hypothetical question, nothing has gone wrong
    "hypothetical": [("mpls", """S: quick question
Hi Dana, hypothetically, if one of the coolers ever arrived warm, what's your process, would a run
like that be credited? Asking because our new lab director wants it written into the SOP. All good
so far on our side.
{contact}""")],
    # a paid claim retracted the next day
    "retracted": [("durban", """S: RE: reminder
Paid this yesterday bud.
{contact}"""), ("durban", """S: RE: RE: reminder
Sorry Thandi my mistake, that was the marine fuel account. Yours hasn't gone yet.
{contact}""")],
    # an old complaint, then our note that it was fixed and the customer is satisfied
    "resolved": [("york", """S: cipher on the Great
Harriet, bottom F on the Great is ciphering again, it went all through the wedding on Saturday.
We won't be paying until it's seen to.
{contact}"""), ("york", """Tom attended and cured the cipher on the Great. Churchwarden confirmed by phone she is happy and the complaint is resolved; invoice to be paid as normal.""")],
    # a dated promise whose date has passed
    "expired": [("mpls", """S: Re: invoice {inv}
We'll have this paid by {X_LONG}. Thanks
{contact}""")],
    # a complaint about a different open invoice
    "other_invoice": [("mpls-cad", """S: Invoice {inv2}
Hello, on the invoice {inv2} (the one for the weekend runs) there are two deliveries that never
came to us, we hold that one until you correct it. The other invoices are fine.
{contact}""")],
    # our own collector's follow-up, not the customer
    "collector": [("york", """S: Invoice {inv} - friendly follow-up
Dear {contact},
I hope you are well. I'm just checking in on invoice {inv} for {amt}, which is now past due. Do
let me know if anything is needed from our side.
Kind regards,
Harriet
{our}""")],
    # a plan request at 60+ days
    "plan60": [("durban", """S: RE: final reminder
Thandi, I know, I know. We can't do it in one go. Can we pay it off over a few months?
{contact}""")],
    # a dated promise at 60+ days
    "promise60": [("mpls", """S: Re: 2nd notice
It's approved and will be in the {P_MDTH} check run.
{contact}""")],
}

# ---------------------------------------------------------------- texts under hard stops
HARD_STOP = {
    "legal_hold": [("york", """S: Re: Account
Dear Ms Harriet,
I regret to tell you that the Trust has entered administration. Insolvency practitioners have
been appointed as administrators and will write to all creditors in due course. Please direct any
further correspondence about the account to them.
{contact}""")],
    "open_dispute": [("durban", """S: RE: {inv}
Payment for this is scheduled for {P_ISO}.
{contact}""")],
    "over_risk_threshold": [("durban-usd", """S: Re: Re: nets for the new boat
Good day, we can pay only half for now, the other half when the new boat starts to work. Sorry for
this.
{contact}""")],
    "unapplied_credit": [("mpls", """S: Re: Statement
Thanks for the statement, Dana, passing it to our bookkeeper. Have a good holiday!
{contact}""")],
}

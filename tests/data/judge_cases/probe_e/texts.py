"""Hand-written customer messages for probe_e (one text per list entry).

Worlds: "fl" = Thistle & Bloom, a wedding florist in Edinburgh (home GBP, some EUR invoices);
"bk" = Domstad Fietsonderdelen, a bicycle parts distributor in Utrecht (home EUR, some GBP
invoices); "so" = Saguaro Sun Solar, a solar installer in Phoenix (home USD).

Placeholders filled by build.py: {inv} invoice number, {amt} open balance with its currency,
{date} a date in the entry's format ("fmt"), {first} the customer contact's first name.
"raw": the text carries its own structure (notice, forward, letter) and is never wrapped.
"cur": the invoice currency the text needs (else the builder chooses).
"""

# Promises to pay the full balance by a date after as_of.
PROMISES = [
    {"w": "fl", "fmt": "iso", "subj": "Re: Invoice {inv}",
     "body": "Hi, just to say the balance on {inv} will go across on {date}. Thanks"},
    {"w": "fl", "fmt": "long_uk", "subj": "Invoice {inv}", "raw": True,
     "body": "Dear Thistle & Bloom,\n\nThank you for your recent correspondence regarding invoice {inv}. "
             "We apologise for the delay, which arose from a change of personnel in our finance team "
             "over the autumn. Please be advised that payment of {amt} has now been authorised and "
             "will be released on {date}.\n\nYours faithfully,\n\nAccounts Payable\nThe Carrick Rooms"},
    {"w": "fl", "fmt": "the_nth", "subj": "Re: Flowers balance",
     "body": "So sorry!! Completely forgot about this with the honeymoon and everything \U0001f648 The "
             "flowers were gorgeous by the way, everyone is still talking about the bouquet. I'll pay "
             "what's left on the {date} when my wages come in x"},
    {"w": "fl", "fmt": "weekday", "subj": "Re: Reminder: invoice {inv}",
     "body": "Got your reminder. I'll transfer it this {date}, the card machine payouts land then."},
    {"w": "fl", "fmt": "dmy_slash", "subj": "Tipalti: payment scheduled", "raw": True,
     "body": "Tipalti payment notification\n\nPayee: Thistle & Bloom Floristry Ltd\nInvoice: {inv}\n"
             "Amount: {amt}\nStatus: Approved - scheduled\nScheduled payment date: {date}\n\n"
             "This is an automated message sent on behalf of Glenmorven Estate Hotels. Please do not "
             "reply to this email."},
    {"w": "fl", "fmt": "dmy_slash", "cur": "EUR", "subj": "Facture {inv}",
     "body": "Bonjour, excuse me for the late answer. The payment for the facture {inv} is planned "
             "for the {date}, our bank make the transfer in this day. Merci for the beautiful "
             "flowers at the chateau.\n\nCordialement,\nAm\u00e9lie"},
    {"w": "fl", "fmt": "short_wd", "subj": "FW: Thistle & Bloom {inv}", "raw": True,
     "body": "Hi there, I've passed this to our accounts lot and they confirm {inv} is going out in "
             "the payment run on {date}.\n\nMorag\n\n---------- Forwarded message ---------\n"
             "From: Morag Lindsay\nTo: Accounts\nSubject: Thistle & Bloom {inv}\n\nCan someone pay "
             "the florist please, they have been in touch about it."},
    {"w": "fl", "fmt": "ord_uk", "subj": "Re: Invoice {inv} overdue",
     "body": "Apologies, this slipped through the net. It'll be paid in full on the {date}.\n\n"
             "Regards,\nFiona"},
    {"w": "fl", "fmt": "long_uk", "subj": "Hello from the Kinloch House team!",
     "body": "Hello! Hope you're all well and that the Christmas rush isn't too mad. We had the "
             "loveliest feedback from the Hendersons about the table arrangements and the arch - "
             "honestly, you've made our lives easy this season. On the invoice: our finance manager "
             "has signed it off and it will be paid on {date}. We'd love to talk to you about "
             "spring too, I'll give you a ring soon.\n\nBest,\nIsla"},
    {"w": "fl", "fmt": "mon_abbr", "subj": "Re: FINAL NOTICE - {inv}",
     "body": "Sorry about this, we're not ignoring you! It will be with you on {date}."},

    {"w": "bk", "fmt": "dmy_dash", "subj": "factuur {inv}",
     "body": "Goedemiddag, sorry for the delay. We pay the invoice {inv} on {date}, then the money "
             "of the Black Friday sales is in.\n\nMet vriendelijke groet,\nJoost"},
    {"w": "bk", "fmt": "dmy_dot", "subj": "Ihre Zahlungserinnerung {inv}",
     "body": "Sehr geehrte Damen und Herren,\n\nthank you for your reminder. The amount of {amt} "
             "will be transferred to your account on {date}.\n\nMit freundlichen Gr\u00fc\u00dfen\n"
             "Buchhaltung"},
    {"w": "bk", "fmt": "dutch", "subj": "Re: {inv}",
     "body": "Betaling {inv} staat ingepland voor {date}. Gr, Bas"},
    {"w": "bk", "fmt": "weekday", "cur": "GBP", "subj": "Re: Overdue invoice {inv}",
     "body": "Cheers for the nudge. The gaffer does the supplier payments when he's back, which is "
             "{date}. You'll have it then.\n\nDan"},
    {"w": "bk", "fmt": "iso", "subj": "Coupa: invoice status update", "raw": True,
     "body": "Coupa Supplier Portal - Invoice status update\n\nInvoice number: {inv}\n"
             "Supplier: Domstad Fietsonderdelen B.V.\nStatus: Approved for payment\n"
             "Payment date: {date}\nPayment method: SEPA credit transfer\n\nYou are receiving this "
             "notification because you are registered as a supplier contact in Coupa."},
    {"w": "bk", "fmt": "long_uk", "subj": "Uw herinnering / your reminder", "raw": True,
     "body": "Dear Sir or Madam,\n\nWe acknowledge receipt of your reminder regarding invoice {inv}. "
             "Owing to the migration of our accounting software, several supplier payments were "
             "delayed this month. We confirm that your invoice has been approved and will be settled "
             "on {date}.\n\nKind regards,\n\nFinancial Department\nVelo Mechelen BV"},
    {"w": "bk", "fmt": "ord_uk", "subj": "sorry!!",
     "body": "Hi both, really sorry, our bookkeeper was off sick for three weeks and everything "
             "piled up. Paying {inv} on the {date}, promise. Can you also send me the new "
             "catalogue for 2027? Thx Sanne"},
    {"w": "bk", "fmt": "the_nth", "subj": "Re: Betalingsherinnering {inv}",
     "body": "Payment will be made on the {date}."},
    {"w": "bk", "fmt": "weekday", "subj": "Re: {inv}",
     "body": "Hallo, I see it is still open, my mistake. I will do the payment on {date} morning, "
             "first thing."},
    {"w": "bk", "fmt": "short_wd", "subj": "chains + invoice",
     "body": "Hi Lotte, thanks for the quick delivery of the chains last week, the workshop was "
             "waiting for them. Invoice {inv}: the money goes out {date}. Can you also check if the "
             "105 cassettes are back in stock? Groeten, Ruud"},

    {"w": "so", "fmt": "mdy_slash", "subj": "Re: Your Saguaro Sun invoice",
     "body": "Hi! We're loving the system, the first bill from the utility was under $20. We will "
             "pay the balance of {amt} on {date}. Thanks, Greg & Tina"},
    {"w": "so", "fmt": "long_us", "subj": "Invoice {inv} - Desert Willow HOA", "raw": True,
     "body": "Dear Saguaro Sun Accounts Receivable,\n\nThe Desert Willow Homeowners Association "
             "Board approved payment of invoice {inv} at its meeting this week. The check will be "
             "issued by our management company on {date}.\n\nSincerely,\n\nPat Kowalski\nTreasurer, "
             "Desert Willow HOA"},
    {"w": "so", "fmt": "mon_abbr", "subj": "Re: Past due",
     "body": "will pay {date}"},
    {"w": "so", "fmt": "long_us", "subj": "Payment scheduled: Cactus Flats Brewing Co.", "raw": True,
     "body": "Bill.com\n\nPayment scheduled\n\nSaguaro Sun Solar LLC, a payment from Cactus Flats "
             "Brewing Co. has been scheduled.\n\nAmount: {amt}\nInvoice: {inv}\nScheduled send "
             "date: {date}\n\nYou will receive another notice when the payment is sent."},
    {"w": "so", "fmt": "the_nth", "subj": "pago",
     "body": "Hola, sorry for late payment. I get paid the {date} and I pay you this day the full. "
             "Thank you for the panels, works very good.\n\nMiguel"},
    {"w": "so", "fmt": "ord_us", "subj": "RE: Invoice {inv}",
     "body": "Apologies for the wait on this. Our controller will release payment on {date}. Please "
             "let me know if you need anything else from us.\n\nBest regards,"},
    {"w": "so", "fmt": "tomorrow", "subj": "Re: Reminder",
     "body": "Hey, got this. Paying it {date}, sorry for the delay."},
    {"w": "so", "fmt": "mdy_slash", "subj": "Fwd: RE: solar bill", "raw": True,
     "body": "Sorry, see below, my husband handles the bills. He says it's going out {date}.\n\n"
             "Lisa\n\n-----Original Message-----\nFrom: Dave Ortega\nTo: Lisa Ortega\n"
             "Subject: RE: solar bill\n\nYeah I'll pay it {date}, the bonus lands that day."},
    {"w": "so", "fmt": "long_wd_us", "subj": "Statement of account", "raw": True,
     "body": "This is to confirm that invoice {inv} ({amt}) has been entered in our system and is "
             "scheduled for our {date} check run.\n\nAccounts Payable\nMesa Ridge Dental Group"},
    {"w": "so", "fmt": "md_us", "subj": "autopay",
     "body": "So sorry, we switched banks and the autopay didn't carry over. I've set up a one-time "
             "payment for {date} for the full {amt}."},
]

# Asking for more time or to pay in parts, indirectly, without any date.
HARDSHIP = [
    {"w": "fl", "subj": "Re: Invoice {inv}",
     "body": "Hi, I'm really embarrassed to write this. Since the wedding we've had some unexpected "
             "costs with the house and I can't clear the full {amt} in one go. Could I pay it off bit "
             "by bit? I'd hate for you to think we're not grateful, the flowers were perfect."},
    {"w": "fl", "subj": "Invoice {inv}", "raw": True,
     "body": "Dear Sirs,\n\nFollowing a quieter than forecast autumn season, the Carrick Rooms is "
             "managing its outgoings carefully at present. We would be grateful if you would "
             "consider allowing us to settle invoice {inv} across a number of smaller payments rather "
             "than as a single sum.\n\nYours faithfully,\n\nGeneral Manager\nThe Carrick Rooms"},
    {"w": "fl", "subj": "Re: reminder",
     "body": "any chance i can split this into a few payments?"},
    {"w": "fl", "subj": "invoice",
     "body": "Hello, is possible to pay this invoice in parts? This month is very difficult for my "
             "small business, my clients pay me late also. I pay everything, I only need more time. "
             "Thank you, Kasia"},
    {"w": "fl", "subj": "Three weddings in two days!",
     "body": "Morning! Hope you survived the weekend, three weddings in two days is madness. Quick "
             "one on {inv}: the couple from the Kinloch wedding still owe us most of their final "
             "balance, so it would really help if we could stagger ours to you a little. Let me "
             "know what works your end. Also can you pencil us in for a Valentine's order? x"},
    {"w": "fl", "cur": "EUR", "subj": "Re: Balance for the Galway wedding",
     "body": "Hi, we went well over budget on the wedding overall (not your fault at all!) and "
             "we're a bit stretched. Would you be OK with us paying your balance over a few months? "
             "Sorry to have to ask."},
    {"w": "fl", "subj": "Supplier payments", "raw": True,
     "body": "Dear Supplier,\n\nGroup finance has placed a temporary restriction on supplier "
             "payments while the refurbishment costs are reconciled. We are therefore unable to "
             "release the full amount of {amt} on invoice {inv} at this time. Would a partial "
             "payment now, with the remainder to follow in stages, be acceptable to you?\n\n"
             "Kind regards,\nPurchase Ledger\nGlenmorven Estate Hotels"},
    {"w": "fl", "subj": "Fwd: suppliers", "raw": True,
     "body": "Forwarding what our accountant said, see below. Could we come to some arrangement on "
             "{inv}?\n\nElaine\n\n---------- Forwarded message ---------\nFrom: Gordon Rae\n"
             "To: Elaine Munro\nSubject: suppliers\n\nElaine, cash is tight until the spring "
             "deposits come in. I'd suggest asking your suppliers if you can spread the larger "
             "bills."},
    {"w": "fl", "subj": "Re: Payment reminder {inv}",
     "body": "Hi, yes I saw. I'm not in a position to pay all of it right now. Can I give you "
             "something towards it and the rest when I can?"},
    {"w": "fl", "subj": "Re: {inv}",
     "body": "Would you be able to give us a little longer on this one? Trading has been tough."},

    {"w": "bk", "subj": "factuur {inv}",
     "body": "Hoi, the winter is always slow for us in the shop, nobody buys a bike now. Can we pay "
             "the invoice {inv} in 3 parts? Sorry for this. Groet, Wim"},
    {"w": "bk", "subj": "Rechnung {inv}", "raw": True,
     "body": "Sehr geehrte Damen und Herren,\n\naufgrund eines Wasserschadens in unserem Lager ist "
             "unsere Liquidit\u00e4t derzeit eingeschr\u00e4nkt. W\u00e4re eine Ratenzahlung f\u00fcr "
             "die Rechnung {inv} m\u00f6glich?\n\nMit freundlichen Gr\u00fc\u00dfen\nFahrrad Kr\u00fcger "
             "GmbH"},
    {"w": "bk", "cur": "GBP", "subj": "Re: your invoice",
     "body": "Mate, can't do the whole lot right now. Can we chip away at it?"},
    {"w": "bk", "subj": "e-bikes",
     "body": "Hi Lotte, hope all good in Utrecht. The new e-bike range is selling slowly, more "
             "slowly than we hoped to be honest, and the stock is sitting in the shop. That makes "
             "the bigger invoice {inv} difficult for us at once. Is there some flexibility, maybe "
             "spreading it? The spring order we still want to do. Regards, Pieter"},
    {"w": "bk", "subj": "Facture {inv}", "raw": True,
     "body": "Madame, Monsieur,\n\nSuite \u00e0 des difficult\u00e9s de tr\u00e9sorerie passag\u00e8res, "
             "nous vous demandons s'il serait possible d'\u00e9chelonner le paiement de la facture "
             "{inv}.\n\nVeuillez agr\u00e9er nos salutations distingu\u00e9es,\nCycles Namur SPRL"},
    {"w": "bk", "subj": "Re: {inv}",
     "body": "We had a break-in at the workshop and the insurance is taking its time. Could you "
             "give us some breathing room on {inv}?"},
    {"w": "bk", "cur": "GBP", "subj": "Payment confirmation",
     "body": "Hi, this isn't a confirmation I'm afraid. We can only manage part of the {amt} at the "
             "moment. Would you take it in instalments?"},
    {"w": "bk", "subj": "FW: Domstad", "raw": True,
     "body": "FYI see below from our owner.\n\n> Can you ask Domstad if we can pay them monthly "
             "instead of the whole bill in one go? The bank is slow with the overdraft.\n\nMarloes"},
    {"w": "bk", "subj": "invoice",
     "body": "Hello, we need a little more time for this invoice, the season was bad. Is it OK? "
             "Greetings from M\u00fcnster, Jens"},
    {"w": "bk", "subj": "Re: Herinnering {inv}",
     "body": "Is it possible to stretch the payment for {inv} over a longer period? Our cash is tied "
             "up in stock until the spring."},

    {"w": "so", "subj": "Re: Invoice {inv}",
     "body": "Hi, my husband was laid off last month and things are really tight. We want to pay, "
             "but we can't do the whole {amt} at once. Is there any way to make smaller payments?"},
    {"w": "so", "subj": "Invoice {inv} - Board request", "raw": True,
     "body": "Dear Saguaro Sun,\n\nThe Board has reviewed the outstanding balance and, given that "
             "reserve funds are committed to the pool resurfacing project, requests that the "
             "Association be permitted to pay invoice {inv} in installments.\n\nRespectfully,\n"
             "Board of Directors, Sonoran Vista Community Association"},
    {"w": "so", "subj": "Re: Past due",
     "body": "can we do payments on this?"},
    {"w": "so", "subj": "factura {inv}",
     "body": "Buenos d\u00edas, \u00bfser\u00eda posible pagar la factura {inv} en varios pagos? Este mes "
             "ha sido muy dif\u00edcil para nosotros. Gracias, Rosa Delgado"},
    {"w": "so", "subj": "Re: Saguaro Sun invoice",
     "body": "Hey guys, the system's been great, our power bill is way down. Problem is our biggest "
             "client is paying us slow, so we're juggling. Can you give us a bit more runway on "
             "{inv}?"},
    {"w": "so", "subj": "Thank you to Marco and the crew",
     "body": "Good afternoon! Thanks again to Marco and the crew, they were so careful with the roof "
             "tiles, and the neighbors have already asked for your card. On the invoice, I was "
             "hoping we could talk about stretching it out; the tax credit won't come back to us "
             "until we file, and paying it all up front is more than we can manage. Happy to set "
             "something up.\n\nWarmly,\nJudy"},
    {"w": "so", "subj": "Extension request",
     "body": "We are requesting an extension on the attached invoice due to a temporary cash-flow "
             "constraint."},
    {"w": "so", "subj": "Re: Reminder: invoice {inv}",
     "body": "I got your email. I honestly can't pay this all right now with the medical bills "
             "coming in. Could we work something out?"},
    {"w": "so", "subj": "invoice",
     "body": "Hello, sorry, for my shop the business is slow now. I cannot pay full amount one time. "
             "Can pay little by little every month? Thank you very much. Tuan"},
    {"w": "so", "subj": "Fwd: solar balance", "raw": True,
     "body": "Forwarding for the owner of 4418 E Cactus Wren:\n\n\"Please ask the solar company "
             "whether they'd accept the balance in two or three payments. The rental income "
             "hasn't covered it.\"\n\nNina Barrett\nBarrett Property Management"},
]

# Harmless recent messages that ask or contest nothing about this invoice.
ROUTINE = [
    {"w": "fl", "fmt": None, "subj": "THANK YOU",
     "body": "Just wanted to say thank you, the flowers for Saturday were stunning. The peonies!! "
             "Will definitely be recommending you."},
    {"w": "fl", "fmt": "long_uk", "subj": "Automatic reply: Invoice {inv}", "raw": True,
     "body": "Thank you for your email. I am on annual leave until {date} with limited access to "
             "email. For anything urgent please contact events@carrickrooms.example."},
    {"w": "fl", "fmt": None, "subj": "Change of contact",
     "body": "Hi, please note that I'm leaving at the end of the week. From now on please send any "
             "invoices to our accounts inbox and Ross will be your contact. It's been a pleasure "
             "working with you! Eilidh"},
    {"w": "fl", "fmt": None, "subj": "Christmas wreaths",
     "body": "Could you send me a quote for the Christmas wreaths for the hotel entrance, same as "
             "last year? Two large and four small."},
    {"w": "fl", "fmt": None, "subj": "Vases",
     "body": "Hi, can you tell me what size the vases on the top table were? We'd like to buy a "
             "couple for the house."},
    {"w": "bk", "fmt": None, "subj": "valves",
     "body": "Hi, do you also stock tubeless valves in 60mm? We need 50 pairs. Thx"},
    {"w": "bk", "fmt": "dmy_dash", "subj": "Automatisch antwoord: {inv}", "raw": True,
     "body": "Ik ben afwezig tot en met {date}. Voor dringende zaken kunt u contact opnemen met "
             "inkoop@ons-bedrijf.example.\n\nI am out of the office until {date}. For urgent "
             "matters please contact the purchasing desk."},
    {"w": "bk", "fmt": None, "subj": "New invoice address", "raw": True,
     "body": "Dear supplier,\n\nAs of this month our administration is done by an external office. "
             "Please send all invoices to our new invoice mailbox from now on. Our bank account "
             "has not changed.\n\nKind regards,\nTweewielers De Bilt"},
    {"w": "bk", "fmt": None, "subj": "Re: {inv}",
     "body": "Ontvangen, dank je."},
    {"w": "bk", "fmt": None, "subj": "new address",
     "body": "Hello, we moved to a new address: Oudegracht 212, Utrecht. Please deliver the next "
             "order there. Thanks, Femke"},
    {"w": "so", "fmt": None, "subj": "First credit!",
     "body": "Just got our first net metering credit, thank you! The app says we produced 38 kWh "
             "yesterday."},
    {"w": "so", "fmt": None, "subj": "Panel cleaning",
     "body": "Quick question, do you offer a maintenance plan for cleaning the panels? Dust is "
             "building up after the haboob."},
    {"w": "so", "fmt": None, "subj": "Billing contact update",
     "body": "Please update our billing contact to the new treasurer's address. Our previous "
             "treasurer's term ended in November."},
    {"w": "so", "fmt": None, "subj": "Read: Invoice {inv}", "raw": True,
     "body": "Your message\n\n  Subject: Invoice {inv}\n\nwas read on the recipient's computer."},
    {"w": "so", "fmt": "long_us", "subj": "Out of Office", "raw": True,
     "body": "I'm out of the office through {date} with limited email. For urgent billing "
             "questions please call the front desk."},
]

# Hard negatives. "tag" is the message's meaning for check(); "label" the accepted answers.
MIXED = [
    {"w": "fl", "fmt": "long_uk", "tag": "benign", "label": "routine_or_person", "rem": "none",
     "subj": "Ignore my last!",
     "body": "Hi, please ignore my email this morning saying we'd pay on {date}, it was meant for a "
             "different supplier, sorry! Crossed wires."},
    {"w": "so", "fmt": None, "tag": "benign", "label": "routine_or_person", "rem": "none",
     "subj": "Battery add-on",
     "body": "Not asking for this one, we'll pay it as normal, but for the battery add-on next "
             "year, do you offer financing or installments?"},
    {"w": "bk", "fmt": None, "tag": "benign", "label": "routine_or_person", "rem": "none",
     "subj": "Re: {inv}",
     "body": "No need for a payment arrangement or anything like that, we simply missed it in the "
             "last run. Sorry about that."},
    {"w": "fl", "fmt": "iso", "tag": "promise_passed", "label": "routine", "rem": "none",
     "subj": "Re: Invoice {inv}",
     "body": "We'll pay it on {date}. Thanks for your patience."},
    {"w": "so", "fmt": "mdy_slash", "tag": "promise_passed", "label": "none", "rem": "current",
     "subj": "RE: Invoice {inv}",
     "body": "Our accounts payable will release this on {date}."},
    {"w": "fl", "fmt": None, "tag": "complaint", "label": "dispute", "rem": "none",
     "subj": "Bridesmaids' bouquets",
     "body": "Two of the bridesmaid bouquets were not the colours we agreed, the ranunculus were "
             "orange and not peach, and the arch didn't have the eucalyptus we asked for. Given "
             "that, and that money is tight after the wedding, we'd like to pay the rest in "
             "instalments."},
    {"w": "bk", "fmt": "dmy_dash", "tag": "complaint", "label": "dispute", "rem": "none",
     "subj": "delivery 48 brake sets",
     "body": "Hello, we will pay on {date}, but only for the chains. 12 of the 40 brake sets were "
             "the rim version and not disc as we ordered, so this part we do not pay until they "
             "are exchanged."},
    {"w": "so", "fmt": None, "tag": "hardship", "label": "escalation", "rem": "none", "dpd": "old",
     "subj": "Re: Past due invoice {inv}",
     "body": "I know this has been sitting a while. Things are tight, could we pay it down in "
             "smaller amounts?"},
    {"w": "bk", "fmt": "dmy_slash", "tag": "promise_ahead", "label": "escalation", "rem": "none",
     "dpd": "old", "subj": "Re: Aanmaning {inv}",
     "body": "Sorry for the long wait. We pay the full amount on {date}."},
    {"w": "fl", "fmt": None, "tag": "hardship", "label": "none", "rem": "current",
     "subj": "Re: Second reminder - {inv}",
     "body": "I'm so sorry, I can't manage the whole amount at once just now. Could we spread it "
             "over a few payments?"},
]

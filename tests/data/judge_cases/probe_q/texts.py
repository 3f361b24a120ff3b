"""Hand-written customer messages for probe_q (blind probe, 2026-12-22).

One text per list entry as (world, text); a text's first line "S: ..." is its subject.
Worlds: "rtm" cold-storage warehousing, Rotterdam (home EUR, some GBP invoices);
"nbo" tyre wholesale, Nairobi (home KES, some USD invoices to Ugandan fleets);
"per" school photography, Perth (home AUD, some NZD invoices).
Placeholders filled by build.py: {inv} invoice number, {bal} open balance with currency,
{ref} a payment reference, {other} another invoice's number,
{D|fmt|YYYY-MM-DD} a date rendered in format fmt.
"""

# Complaints: what was wrong with the goods or the work, payment held. No dispute vocabulary.
COMPLAINTS = [
    ("rtm", "S: Re: Invoice {inv}\nGoedemorgen,\n\nThank you for the reminder. Before we can release this one: the logger from chamber 4 shows the temperature went up to minus 9 for almost six hours on the weekend of the 28th. Our QA has blocked 14 pallets of the shrimp and we can not sell them. We will not pay storage for goods that came out spoiled, first we want to know what happened with your cooling.\n\nMet vriendelijke groet,\nSanne de Wit\nInkoop | Noordzee Visgroothandel B.V."),
    ("rtm", "S: storage statement\nHi,\nyou charged us handling-in for 52 pallets. The CMR and your own goods receipt both say 38. We will settle when the invoice is for what actually came through the door.\nRegards, Pieter"),
    ("rtm", "S: Re: Payment reminder {inv}\nDear Sir/Madam,\n\nWe refer to the above invoice. Blast-freezing was ordered and invoiced for the full lot, however upon arrival at our DC in Venlo the core temperature of the product was measured at minus 6, which indicates the blast freezing was either not carried out or not completed. The load was rejected by our customer. Payment of the invoice is on hold pending your explanation.\n\nYours faithfully,\nAccounts Payable\nFrigoLogistica Italia S.r.l. - filiale Paesi Bassi"),
    ("rtm", "S: RE: {inv}\nGood afternoon,\n\nSorry for the slow reply, end of year is mad here. We had a look at the December charges with our warehouse manager and frankly the 11 days of storage for the Christmas cheese can't be right: the trucks collected everything on day three, we have the POD signed by your own dock. Until someone on your side looks into that we are keeping hold of it.\n\nKind regards\nTom Bradshaw\nFinance Assistant | Wensleydale Direct Ltd\nThis email and any attachments are confidential and intended solely for the addressee."),
    ("rtm", "S: Re: openstaande factuur\nBeste,\nde pallets zijn bij ons aangekomen met gebroken folie en vocht aan de binnenkant, half the boxes from your chamber were soft. I send you the photos from the receiving already last week to your planning. We pay when this is fixed, not before.\nGr. Joost"),
    ("rtm", "S: Question about the last month\nCiao,\n\nhope all is fine in Rotterdam. I was checking the invoice with my colleague Marco and we see reefer plug-in charged for 9 days but the container was on your plug only 2 days, then it went to the terminal. So for the moment we cannot approve it in our system, our controller says it must be corrected first.\n\nGrazie mille e buone feste,\nGiulia Ferraro\nAmministrazione - Ortofrutta Ferraro"),
    ("nbo", "S: Re: statement\nHabari,\nThe two retreads you fitted on KBX 442 have already started peeling on the shoulder, the driver brought the vehicle back from Nakuru with the tread lifting. That is not ok for only 3 weeks. Until you come to inspect and replace we are not processing the payment.\nRegards Otieno, Fleet Office"),
    ("nbo", "S: invoice {inv}\nDear Sir,\nKindly note that the tyres delivered were 295/80 instead of 315/80 as per our LPO. Our workshop could not fit them and they are still lying in our yard. Kindly arrange to collect and supply the correct size, after which the invoice shall be processed.\nThanks and regards,\nStores Department\nMombasa Road Transporters Ltd"),
    ("nbo", "S: Re: Reminder\nhi ken, the wheel alignment you charged on this one was never done, the lorry came back pulling to the left same as before and our mechanic redid it himself. we'll pay for the tyres but that line is not getting paid, and the whole invoice stays with me until you sort it"),
    ("nbo", "S: FW: tyres\nDear Team,\n\nGreetings from Kampala. Our transport manager informs that out of the consignment received on the last trip, four tubes were found punctured from the factory and one was of a different brand than what we ordered. We are therefore unable to effect payment until credit or replacement is done from your side.\n\nBest Regards,\nNakato Sarah\nAccounts, Pearl Haulage (U) Ltd"),
    ("nbo", "S: Re: Balance\nBwana Mwangi,\nI am not refusing to pay, but you people charged balancing and valves for 6 wheels and my matatu has 4 wheels plus one spare. Fix the invoice and I pay the same day.\nAbdi"),
    ("nbo", "S: Quick one\nJambo, thanks for the quick delivery last time. Small issue: the price on your invoice is higher than the price list you sent us in October, almost 15 percent difference per tyre. My boss says we only pay the list price, so he has stopped it until a revised one comes."),
    ("per", "S: Re: Invoice {inv} - St Brigid's Primary\nHi there,\n\nThanks for the lovely photos this year. Unfortunately Year 4 Blue's class photo has about half the names misspelt and two children are missing from the list altogether, and we've had quite a few unhappy parents. Our business manager won't pay the invoice until the class photo is reprinted with the right names.\n\nWarm regards,\nLeanne\nFront Office | St Brigid's Primary School"),
    ("per", "S: Re: overdue\nGood morning,\nThe retake day we booked for the kids who were absent never happened - your photographer didn't turn up and we had 30 students waiting in the hall. We were still billed the retake session fee. We'll leave the account as is until that's been looked at.\nCheers, Graham Pillay, Deputy Principal"),
    ("per", "S: Yearbook group shots\nHello po,\n\nGood day! The group shots for the yearbook were delivered in low resolution, the printer said they cannot use them for A4. We already told your office twice. Our finance will hold the payment muna until the high res files are sent to us. Thank you po and God bless.\n\nMaricel Santos\nAdmin Officer"),
    ("per", "S: Re: Statement for November\nHi,\n\nJust going through the statement. You've billed us for the premium package for all 240 students, but the order form we signed was the standard package, with premium only for the Year 12s. I've attached the form. Until the invoice reflects what we ordered I can't put it through.\n\nThanks,\nRuan van der Merwe\nBursar"),
    ("per", "S: sports carnival photos\nMorning! The sports carnival photos arrived three weeks after the carnival, by then the newsletter had gone to print without them, which was the whole reason we booked. I've raised it with the principal and we're not comfortable paying the full fee for that. Let us know what you can do."),
    ("per", "S: Re: {inv}\nKia ora,\n\nThe prints for Rm 7 came back with a heavy green cast, the kids all look a bit seasick to be honest. The parents have started sending them back to the office. Can you reprint them properly? Once that's done we'll get this paid.\n\nNgā mihi,\nAroha Tane\nOffice Manager, Te Awa Kura"),
    ("rtm", "S: Fw: invoice\nGoodmorning,\nI forward you what our warehouse said. \"The 3 pallets of frozen berries were picked wrong, they sent the 2025 lot instead of the fresh lot, our customer refused.\" For us this invoice is then not ok, we wait for your reaction before anything goes for payment.\nMvg, Fatima Bouzid"),
    ("nbo", "S: RE: payment\nHallo,\nKindly note the tyres were delivered to our Jinja depot two weeks late and our trucks were grounded in the meantime. Management has instructed that the invoice is held until we agree on compensation for the downtime.\nRegards,\nMusoke Brian\nPrime Fleet (U)"),
    ("per", "S: Re: Reminder - {inv}\nHi team, not impressed. Half of the individual portraits of the kindy kids have eyes closed and your photographer didn't bother to retake them. We've been fobbed off twice on the phone. No money till they're redone.\nSunita (P&C treasurer)"),
    ("rtm", "S: Re: Herinnering factuur {inv}\nDear,\nWe had our auditor on site last month: your invoice shows 120 pallet places for the whole of November but we only rented 80, the extra 40 we cancelled per mail on the 2nd. Please adapt, then we pay. Regards, Dirk Jansen, Controller"),
]

# Paid claims: every channel; with and without references.
PAID_CLAIMS = [
    ("rtm", "S: Re: Betalingsherinnering {inv}\nHallo,\nDeze is al voldaan hoor - we did the transfer last week via SEPA, reference {ref}. Please check again your bank.\nGroet, Marieke"),
    ("rtm", "S: Remittance Advice - Payment Ref {ref}\nREMITTANCE ADVICE\n\nPayer: Harwich Chilled Foods Ltd\nPayment method: BACS\nPayment reference: {ref}\n\nDocument            Amount\n{inv}               {bal}\n\nThe above payment has been made to the bank account held on file. Please allow 2-3 working days for funds to clear.\n\nThis is an automatically generated message. Please do not reply."),
    ("rtm", "S: RE: second reminder\nHi,\nthis left our account on the 10th, it should be with you by now. If you still can't see it let me know and I'll send the swift.\nCheers, Ollie"),
    ("rtm", "S: Re: {inv}\nBuongiorno,\nmy colleague in Milano tells me the bonifico was done already, together with the other two invoices of November, in one total amount. Maybe your side did not match it? Grazie, Luca"),
    ("nbo", "S: Re: Balance reminder\nDear,\nWe sent the money through M-Pesa paybill, account number was the invoice number. Confirmation code {ref}. Kindly update your records and stop these reminders.\nThanks, Wanjiru"),
    ("nbo", "S: tyres payment\nsir that was cleared. my driver paid cash at your Industrial Area counter when he collected the tubes, the cashier gave him a receipt, i will send photo"),
    ("nbo", "S: RE: Statement of account\nDear Accounts,\n\nPlease note that this invoice was settled by RTGS from our Stanbic account in Kampala. Transaction reference {ref}. We have the debit on our statement. Kindly confirm receipt and reconcile.\n\nRegards,\nKyomuhendo Joan\nFinance Officer\nGreatlakes Cargo Movers Ltd\n\nDISCLAIMER: This message is confidential and may contain privileged information."),
    ("nbo", "S: Re: {inv}\nHi, asante for the reminder but we are sorted on this one. Bank says the EFT went through, you should be seeing it on your side."),
    ("per", "S: Re: Overdue account - {inv}\nHi,\n\nOur business manager says this was paid by EFT along with the canteen supplier run, so it should have landed. Ref {ref}.\n\nThanks,\nMrs K. Patel\nAdministration"),
    ("per", "S: Re: payment\nHello! I paid this online with my card through the link on your invoice, I got the confirmation page, i just didnt save it. Please check.\nRegards Gemma"),
    ("per", "S: BPAY\nFYI we've BPAY'd that one. Biller code and CRN from the bottom of the invoice. Cheers"),
    ("per", "S: Payment notification\nThis message is to notify you that a payment has been sent by Perth Hills Christian College via Bill.com.\n\nPayment amount: {bal}\nInvoice: {inv}\nPayment method: ACH / Direct credit\nReference: {ref}\n\nPayments usually arrive within 3-5 business days."),
    ("rtm", "S: Coupa: Invoice {inv} status update\nInvoice {inv} from your company has been updated.\n\nStatus: Paid\nPayment date: 2026-12-09\nPayment reference: {ref}\n\nLog in to the Coupa Supplier Portal to view details."),
    ("nbo", "S: Re: reminder\nDear Mr Kamau,\nWith respect, I do not know why you keep sending me this. The cheque was handed over to your sales rep, Peter, when he came to our office two weeks ago, he even signed in our visitors book. Please ask him.\nRegards, Rajesh Shah"),
    ("per", "S: Re: {inv} reminder\nG'day, I think there's a mix-up - we sorted this at the start of the month, it came out of our account together with the Term 4 order. Can your accounts person have another look?\nDaniel"),
    ("rtm", "S: Tipalti payment confirmation\nPayment Confirmation\n\nDear supplier,\nA payment has been issued to you.\nPayer: Koel & Vries Retail B.V.\nPayment ID: {ref}\nInvoices included: {inv}\nMethod: SEPA Credit Transfer\nExpected arrival: 1-2 business days\n\nThis email was sent by Tipalti on behalf of Koel & Vries Retail B.V."),
    ("per", "S: Re: Second reminder\nHi there,\n\nSorry, I'm confused - our bookkeeper Priya told me this was done and dusted. She says she transferred it to the account number on your invoice, and she has the receipt in Xero. I've cc'd her here.\n\nThanks\nJoanne Lim\nOffice Manager"),
    ("nbo", "S: RE: Overdue\nDear Sir/Madam,\nKindly be informed that payment for the above was remitted by wire transfer to your USD account. The bank charges were borne by us. Swift copy is available upon request.\nYours faithfully,\nFor: Elgon Freight (U) Ltd\nAccounts"),
]

# Promises: every date after as_of. {D|fmt|date}.
PROMISES = [
    ("rtm", "S: Re: {inv}\nHi, apologies for the delay. This has been approved and is in our payment run of {D|long|2026-12-17}.\nRegards, Emma"),
    ("rtm", "S: Re: Herinnering\nHoi,\nwe betalen altijd op de vaste betaaldag, en jouw factuur is ingepland voor {D|dot|2026-12-18}. So no worries!\nGroetjes Lotte"),
    ("rtm", "S: RE: statement\nDear Sir or Madam,\n\nThank you for your e-mail. I can confirm the invoice has passed three-way match and is scheduled for payment with value date {D|iso|2026-12-22}.\n\nKind regards,\nAccounts Payable Team\nBrookfield Meats UK Ltd\n\nPlease consider the environment before printing this e-mail."),
    ("rtm", "S: pagamento\nBuonasera,\nvi confermo che il pagamento della fattura e' previsto per il {D|dmy|2026-12-23}, the transfer is already prepared, only waiting for the signature of the director who is back that day.\nCordiali saluti, Chiara"),
    ("rtm", "S: Re: Invoice {inv} overdue\nMorning, quick one - the finance director signs off the supplier batch every other Thursday and yours is on the next one, {D|short|2026-12-17}. Thanks for your patience. Will"),
    ("rtm", "S: Re: {inv}\nBom dia,\n\nI hope you are well and your team had a good year. We talked with the finance and the invoice of the cold store it will be paid on {D|us|2026-12-21}, they put it in the system already. Sorry for the delay, the system change here was a headache.\n\nObrigado,\nRicardo Almeida\nLusoFresh Importação"),
    ("rtm", "S: SAP Ariba: Scheduled payment\nSAP Business Network\n\nPayment Proposal\nCustomer: Van Leeuwen Zuivel B.V.\nInvoice number: {inv}\nAmount: {bal}\nPlanned payment date: {D|iso|2026-12-29}\nStatus: Scheduled\n\nThis is a system notification."),
    ("rtm", "S: Re: open items\nAll,\nFurther to your message, our AP have confirmed your invoice is queued for the next cheque and transfer run which goes out {D|nth|2026-12-18}.\nBest, Hannah"),
    ("nbo", "S: Re: payment\nDear Sir,\nWe shall pay on {D|dmy|2026-12-16}. Kindly bear with us as our accounts were closed for stock take.\nRegards, Njeri"),
    ("nbo", "S: Re: reminder\nhabari yako. pesa itatoka friday, {D|dmy|2026-12-18}, through bank. asante"),
    ("nbo", "S: Invoice {inv}\nDear Kamau,\n\nGreetings. I wish to inform you that the payment has been approved by our board and will be processed on {D|long|2026-12-21}. Kindly find our apologies for the inconvenience caused.\n\nYours faithfully,\nSsempijja Moses\nTransport Manager, Nile Star Logistics"),
    ("nbo", "S: RE: Balance\nDear Team,\nYour payment is already in the batch. Funds should reflect by {D|wd|2026-12-17} latest. Thank you for understanding.\nDevika Patel, Accounts"),
    ("nbo", "S: Re: statement\nMr Otieno good afternoon, sorry for late reply. The tyre invoice we have put in the cheque run of {D|dot|2026-12-22}, you will collect the cheque at our office from 2pm."),
    ("nbo", "S: Re: Payment due\nHi! Client paid us today finally so I can clear you - I've scheduled it for {D|short|2026-12-15}, it's a public holiday tomorrow here in Uganda so that's the earliest the bank will move it."),
    ("per", "S: Re: Invoice {inv}\nHi!\n\nSorry, this one got lost in my inbox with the end of term chaos. I've popped it in for {D|dmy|2026-12-16}, that's our next creditors run.\n\nThanks so much,\nBec\nBusiness Manager"),
    ("per", "S: Re: Overdue reminder\nHello,\n\nPlease be advised that your invoice has been approved by the Principal and is scheduled for payment on {D|mdy|2026-12-23}.\n\nKind regards,\nFinance Office\nSwan Valley Anglican Community School"),
    ("per", "S: photos\nhi sorry!! totally my fault, P&C meeting is {D|wd|2026-12-16} night and the treasurer will transfer it straight after, we both have to sign. promise!"),
    ("per", "S: Re: {inv}\nGood day po,\n\nSorry for the late reply. I already forwarded to our accountant and she said it will be released on {D|us|2026-12-30}, kasi the school is on holiday and only she can approve.\n\nThank you po!\nJoy"),
    ("per", "S: Re: Account\nGoeie more,\n\nThanks for the friendly reminder. The payment is loaded on the bank and it is waiting for the second authoriser, who is back {D|long|2026-12-21}. It will go through that same day.\n\nGroete,\nAnneke Botha\nFinance, Greenmount Montessori"),
    ("per", "S: RE: statement\nKia ora, we pay our suppliers on the 15th and last working day of the month. Yours is going in the {D|nth|2026-12-31} run - sorry for the wait.\nHemi"),
    ("per", "S: Your invoice\nHi there,\nCan I just confirm the amount is {bal}? If so it's all approved our end and will be paid {D|short|2026-12-18}.\nCheers, Kylie"),
    ("rtm", "S: Re: Reminder 2 - {inv}\nGood morning,\n\nThank you for your patience. The invoice had been sitting with the wrong cost centre, which is why it was not picked up. That is now corrected and it has been released to the {D|us|2026-12-28} payment proposal.\n\nRegards,\nBen Whitfield\nPurchase Ledger\n\nThe information in this email is confidential and may be legally privileged."),
    ("nbo", "S: RE: {inv}\nDear Sir,\nI am writing to you in regard with the pending invoice. Our finance has promised me it will be effected before Christmas, on {D|dmy|2026-12-23} to be exact. Please do not stop supply to us.\nWith regards,\nAnil Sharma\nSharma Carriers"),
    ("per", "S: Re: Term 4 photos\nHey, heads up - our Coupa run for approved invoices is {D|iso|2026-12-17} and yours went through approvals yesterday, so expect it then.\nTamsin"),
    ("rtm", "S: Bill.com: Payment scheduled\nBill.com\n\nA payment to you has been scheduled.\n\nFrom: Thames Reefer Services Ltd\nInvoice: {inv}\nAmount: {bal}\nProcess date: {D|mdy|2026-12-21}\nDelivery method: International wire\n\nYou will receive a notice when the payment is sent."),
]

# More time / can't pay in full: indirect, no dates.
HARDSHIP = [
    ("rtm", "S: Re: {inv}\nHi,\nI'll be honest with you, the herring season has been poor and our cash is very thin right now. Is there any way we could split this one up? We have always paid and we will, just not in one go.\nRegards, Kees"),
    ("rtm", "S: Re: Payment reminder\nDear,\nOur main customer has gone slow on their payments to us, so we are a bit stuck in the middle. Would it be possible to have some more weeks for this invoice? We value the relation with you very much.\nBest regards, Anouk"),
    ("rtm", "S: RE: Overdue invoice {inv}\nGood afternoon,\n\nI am writing regarding the outstanding balance. Regrettably, following the loss of a significant contract, we are not in a position to settle the full amount at present. We would welcome the opportunity to discuss a schedule of smaller payments that would allow us to clear the account.\n\nYours sincerely,\nMargaret Hollis\nFinancial Controller, Hollis & Daughters Fine Foods"),
    ("rtm", "S: Re: factuur\nHoi, kan het in een paar delen? Het hele bedrag in een keer lukt nu echt niet. Sorry. Bram"),
    ("rtm", "S: invoice\nGood morning,\nthe situation here is difficult after the fire in our packing hall, the insurance is still not paying us. We want to pay you but we need to do it in pieces, if this is possible for your company.\nCordiali saluti, Antonio Russo"),
    ("rtm", "S: Re: Invoice {inv}\nMorning,\nany chance of a bit of breathing room on this one? Trading has been rough since the ports strike and I'd rather be upfront than go quiet on you.\nNick"),
    ("nbo", "S: Re: Statement\nDear Kamau,\nBusiness has been very low this season, the roads were closed for long due to the rains and our lorries were parked. Kindly allow us to pay this in small small amounts until it is cleared. We are requesting for your understanding.\nRegards, Wafula"),
    ("nbo", "S: RE: reminder\nHabari. Naomba muda kidogo, the money is not there right now. We will be paying bit by bit. Pole sana."),
    ("nbo", "S: invoice\nDear Sir,\nWith due respect, we are facing some cash constraints after our client in South Sudan delayed our payments. We humbly request that you give us more time to settle this invoice. We remain committed.\nYours faithfully,\nOkello James\nDirector, Acholi Road Haulage"),
    ("nbo", "S: Re: {inv}\nhi, we cant clear the whole thing at once, can we pay half now and the rest later? things are tight"),
    ("nbo", "S: RE: Outstanding\nDear Ken,\n\nI hope you are keeping well. I must request your kind patience regarding this invoice. Our fuel costs have doubled and the margin is gone. If you can accept the payment in some instalments it will help us a lot to remain your customer.\n\nThanks and regards,\nSunil Varma\nVarma Tours & Travel"),
    ("nbo", "S: Re: payment\nDear sir, we are very sorry but the full amount is not possible for us at this moment. Can you accept to divide it?\nMuwanga"),
    ("per", "S: Re: Invoice {inv}\nHi,\n\nOur enrolments dropped this year and the P&C is running on fumes - we had to cancel the fete. Is there any way we could pay this off gradually? We really don't want to leave you out of pocket.\n\nThanks,\nDeb"),
    ("per", "S: Re: overdue\nHello,\nI'm so sorry about this. Our daycare lost a big chunk of funding and I can't cover it in one payment. Could we set something up so I can pay a bit each fortnight?\nRegards, Nicole"),
    ("per", "S: Account\nHi po, good day! Can we request for a longer time to pay? Our budget for this term is already used up. We will pay little by little po if ok with you. Thank you so much.\nRowena"),
    ("per", "S: Re: reminder\nMôre,\nI must be honest, money is very tight at the moment with the new building. It will not be possible for us to pay all of it now. Can we make a plan together?\nDankie,\nElna Pretorius"),
    ("per", "S: RE: Statement\nHi team, we're a small kindy and the fee is a big hit for us. Would you be open to us paying it off over a few goes rather than all at once?\nCheers, Carly"),
    ("per", "S: Re: photos invoice\nNamaste,\nkindly give us some extension of time for this amount. Due to the renovation of the school hall our funds are blocked at present. We shall surely clear it in parts.\nThanking you,\nMrs. Anjali Mehta\nAccountant"),
    ("rtm", "S: Re: {inv}\nDear,\n\nThanks for the reminder, I understand. We are a small company and the last months were not good for us, the prices of energy you know. I want to ask if you can be patient with us a little, and maybe we pay a part every month.\n\nMet vriendelijke groet,\nHenk Visser"),
    ("rtm", "S: Re: statement\nOlá,\nwe have problem with the liquidity now, the bank reduced our credit line. Is possible to pay in parts? We are clients for long time and we never failed.\nObrigada, Beatriz"),
    ("nbo", "S: tyres balance\nBoss, things are hard. give me some time on this one, i will be bringing something every week until it is finished"),
    ("nbo", "S: Re: Invoice {inv}\nDear Team,\nPlease be informed that we have had major repairs on three of our buses and our cash position has been affected. We request you to kindly restructure the balance so that we can pay in portions.\nRegards,\nKiprono\nAccounts, Rift Express Coaches"),
    ("per", "S: Re: Invoice {inv} - overdue\nHi,\nHonestly we're struggling a bit at the moment after the break-in at the school. Is there any flexibility on when this needs to be paid? Happy to chat.\nRegards, Mark"),
    ("per", "S: Re: Second photos bill\nHey guys, I can't do the whole lot right now, could I chip away at it instead? Sorry, it's been a rough year.\nLiz"),
    ("nbo", "S: Re: reminder {inv}\nDear Sir,\n\nGreetings from Gulu. Our company is passing through a hard period as the transport contract with the NGO has ended. We are kindly asking you to be lenient with us on this balance, we shall not be able to pay it in full now.\n\nRegards,\nAkello Grace\nFor Northern Cargo Ltd"),
]

# Mixed hard negatives.
MIXED = [
    # 0 negated complaint, benign question
    ("per", "S: Re: {inv}\nHi! Not a complaint at all, the photos came out beautifully and the parents are thrilled. I just wanted to check whether your bank details are still the same as last year before our bursar sets you up again in the system.\nThanks, Sophie"),
    # 1 hypothetical
    ("nbo", "S: Re: retreads\nDear Ken, all good for now with the retreads. If they do not hold on the Kampala route we will call you, but so far the drivers are happy. Regards, Ochieng"),
    # 2 retracted paid claim (two emails)
    ("rtm", "S: Re: {inv}\nHi, I think we already paid this one last week, will check. Mark"),
    ("rtm", "S: Re: {inv}\nSorry, my mistake - the payment I saw was for {other}. Yours is still open on our side, I will come back to you.\nMark"),
    # 4 resolved complaint: earlier complaint
    ("rtm", "S: damaged pallets\nHi, two of the pallets came out with crushed corners, we cannot accept those. Please advise. Jan"),
    # 5 expired promise
    ("per", "S: Re: {inv}\nHi, this will be paid on {D|long|2026-12-04}, sorry for the delay.\nClaire"),
    # 6 complaint about another invoice
    ("nbo", "S: Re: statement\nDear Sir, the invoice {other} for the tubes is not correct, you billed us 20 tubes and we received 12. The other one is fine. Please send a corrected {other}.\nRegards, Auma"),
    # 7 plan request at >= 60 days
    ("rtm", "S: Re: Overdue\nDear,\nI know this is very late already. Our cash is not good. Could we pay this in a few parts, like a part every month?\nRegards, Erik"),
    # 8 promise at >= 60 days
    ("per", "S: Re: Final reminder\nHi, really sorry this has dragged on. It's approved and will go out on {D|dmy|2026-12-17}.\nJason"),
    # 9 3 reminders broken by a partial payment: no text; 10 two partials: small note
    ("nbo", "S: part payment\nDear Kamau, we have sent another part today, we shall continue. Thanks. Halima"),
    # 12 collector-written follow-up (from us)
    ("rtm", "S: Invoice {inv}\nDear customer,\n\nJust a friendly follow-up on invoice {inv} for {bal}, which is now past its due date. Could you let us know when we can expect payment?\n\nKind regards,\nAccounts Receivable"),
    # 13 "we don't need a plan, full on date"
    ("nbo", "S: Re: payment plan?\nDear, thank you for the offer of a plan but we do not need it. We will pay the full balance on {D|dmy|2026-12-18}. Regards, Kibet"),
]

# Hard stops.
HARD_STOP_TEXTS = [
    # legal_hold
    ("rtm", "S: Mededeling\nGeachte relatie,\n\nHierbij delen wij u mede dat de rechtbank Rotterdam op ons verzoek het faillissement van onze vennootschap heeft uitgesproken. Mr. A. de Groot is aangesteld als curator. All claims must be submitted to the curator; we are no longer permitted to make payments.\n\nMet vriendelijke groet,\nDe directie"),
    # open_dispute beside a promise (the note carries the stop)
    ("rtm", "S: Re: {inv}\nHi, this will be sorted in the {D|nth|2026-12-18} run. Thanks, Lauren"),
    # over_risk beside a promise
    ("nbo", "S: Re: tyres invoice\nDear Kamau, we will pay the full amount on {D|dmy|2026-12-21}. Regards, Busulwa"),
    # unapplied credit beside a paid claim
    ("per", "S: Re: reminder\nHi, we paid this by EFT last Tuesday, please check. Thanks, Nadia"),
]

# Harmless replies.
BENIGN = [
    ("per", "S: Automatic reply: Invoice {inv}\nDankie vir jou e-pos. I am on leave until the school returns and have limited access to email. For urgent matters please contact the front office.\nMarelize"),
    ("rtm", "S: Re: {inv}\nHello, our email system deleted the attachment. Could you please resend the PDF of the invoice? Thanks, Femke"),
    ("nbo", "S: Change of contact\nDear Supplier,\nKindly note that Mr. Onyango has left the company. Please direct all invoices and statements to accounts@pearlfleet.example going forward.\nRegards, Admin"),
    ("per", "S: Merry Christmas!\nHi all, just wanted to say a big thank you for a great year of photos. Merry Christmas and see you in Term 1!\nThe team at Little Gumnuts ELC"),
]

# Earlier, harmless messages used as history in some bundles (before the current message).
EARLIER = [
    ("rtm", "S: Re: stock count\nHi, the year-end count on the 31st is fine for us, please send the list after. Bedankt"),
    ("rtm", "S: temperature report\nCould you send the monthly temperature report for chamber 2? Our auditor asks. Thanks, Sanne"),
    ("rtm", "S: Re: booking\nBooked 12 pallets for inbound Monday, reefer from Zeebrugge. Regards"),
    ("rtm", "S: Buone feste\nTanti auguri a tutto il team di Rotterdam! Giulia"),
    ("rtm", "S: Re: rates\nNoted, thanks for the clear explanation of the surcharge."),
    ("nbo", "S: Re: quote\nThanks, quote accepted. Please deliver to the Athi River yard."),
    ("nbo", "S: driver\nOur driver Juma will pick the tyres at 10am. Asante"),
    ("nbo", "S: Re: tyres fitted\nAll fitted, vehicle is back on the road. Thanks Ken"),
    ("nbo", "S: price list\nDear, kindly share your new price list for 2027. Regards"),
    ("nbo", "S: Season greetings\nHeri ya Krismasi na Mwaka Mpya to you and the team!"),
    ("per", "S: Re: photo day\nThe hall is booked from 8:30, see you then!"),
    ("per", "S: Re: class lists\nAttached are the class lists for Years 1-6. Thanks!"),
    ("per", "S: staff photo\nCould the staff photo be done at lunchtime? Cheers"),
    ("per", "S: Re: Order received\nThanks for confirming, parents are excited."),
    ("per", "S: Re: invoice copy\nGot it, thank you."),
    ("per", "S: Re: reminder\nHi, no issues with the invoice at all. Quick question while I have you: can we book you for the Year 12 formal in March?\nTara"),
    ("rtm", "S: Re: new contract\nThanks, the rates for next year look fine. Regards"),
    ("rtm", "S: pallet labels\nHi, can you print the SSCC labels at intake from now on? Thanks"),
    ("rtm", "S: collection tomorrow\nDriver will be at dock 6 around 07:00. Groet"),
    ("rtm", "S: Re: invoice received\nReceived, thank you. Will pass to AP."),
    ("nbo", "S: order\nDear Ken, please send us a quote for 10 tubes 1000R20. Thanks"),
    ("nbo", "S: Re: delivery\nReceived in good order, asante."),
    ("nbo", "S: new LPO\nDear, find attached our LPO for next month. Regards"),
    ("per", "S: Photo day booking\nHi, can we move our photo day to the Thursday? Thanks!"),
    ("per", "S: Re: proofs\nProofs look great, go ahead and print. Cheers"),
    ("per", "S: order forms\nHi, could you send 50 more order envelopes? Thanks po"),
    ("per", "S: Re: invoice\nThanks, received. Will put through."),
]

# CRM notes and customer-record notes written by our own people.
NOTES = [
    "Resolved: credit memo issued for the two crushed pallets; customer confirmed the remaining balance is fine to pay.",
    "Customer disputes 6 storage days on this invoice (says goods left day 3). Under review with warehouse. Not resolved.",
    "Called AP, they will look at it.",
    "Spoke to the bursar, friendly, pays slowly every year.",
]

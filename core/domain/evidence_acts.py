"""What a customer *does* in a clause: claims payment, promises it, contests goods, asks for time.

The phrase lexicons in `evidence_lexicon` list wordings; these patterns are built from named
parts (who acts, the verb's tense, the payment instrument, the thing contested) so that a new
wording of the same act ("remitted via Tipalti", "goes out in Friday's cheque run", "3 of the 10
chairs arrived cracked") still meets one of them. Every part is a short list a reader can check;
no pattern is written out as one long line. Negation, hypotheticals and other-invoice scope are
applied by `evidence` exactly as for the lexicons.
"""

from __future__ import annotations

import re


def alt(*words: str) -> str:
    """A non-capturing alternation of regex fragments."""
    return "(?:" + "|".join(words) + ")"


def _c(*parts: str) -> re.Pattern[str]:
    return re.compile("".join(parts), re.IGNORECASE)


# --- named parts -------------------------------------------------------------------------------
INSTRUMENT = alt(
    "payments?", "remittance", r"(?:bank |wire |electronic |online |funds? )?transfers?",
    "wires?", "ach", "eft", "bacs", "cheques?", "checks?", "funds", "money", "direct deposit",
    "e-?transfer", "interac", "zelle", "paypal", "venmo", "card payment", "remittance advice",
)
# "payment plan", "payment run": the instrument word names something else.
PAYMENT_THING = INSTRUMENT + (r"(?!\s+(?:plans?|arrangements?|schedules?|terms|runs?|batch|dates?"
                              r"|portal|reminders?|requests?|details|info|options?|link|vouchers?"
                              r"|proposals?|approvals?|notifications?))")
AMOUNT = alt(r"(?:[$€£¥]|a\$|ca\$|us\$)\s?\d[\d,.]*", r"\d[\d,]*\.\d\d\b",
             r"the (?:full |whole |total )?(?:amount|balance|sum)\b")
CHANNEL = alt(
    "ach", "wire", "bank transfer", "eft", "bacs", "cheque", "check", r"bill\.com", "tipalti",
    "coupa", "ariba", "avidxchange", "melio", "paypal", "stripe", "zelle", "venmo",
    r"(?:payment |supplier |vendor |ap |online )?portal", r"(?:our )?ap (?:system|tool|platform)",
    "online banking", "credit card", "debit card", "direct debit", "standing order",
    # the bank rails of other countries: BPAY, Interac, Faster Payments, SEPA, giro
    "bpay", "direct deposit", "interac", "e-?transfer", "faster payments?", "sepa", "chaps",
    "swift", "giro", "internet banking", "poli",
)
# Verbs that mean "paid" on their own; ambiguous ones (sent, made, processed) need an instrument.
PAID_VERB = alt("paid", "settled", "remitted", "wired",
                # "cleared three-way match", "cleared approval": a step, not the payment
                r"cleared(?! (?:(?:the |our |a )?(?:three|two|3|2)-way match|match\w*|approval"
                r"|review|compliance|checks?|audit|verification|sign-?off|for payment|our \w+"
                r" (?:check|review|approval|process)))",
                r"squared (?:\w+ ){0,2}up",
                "taken care of",
                "done", "pa(?:y|id) already", "already pa(?:y|id)",
                # "went through approval" is a step on the way, not the payment
                # "went through approval" is a step; "went through our payment portal" paid
                r"went (?:out|through)(?!(?: \S+){0,4}? (?:approval|sign\w*|review|checks?|process"
                r"|queue|system|verification|match\w*)\b)(?! of the window)",
                r"gone (?:out|through)(?!(?: \S+){0,4}? (?:approval|sign\w*|review|checks?|process"
                r"|queue|system|verification|match\w*)\b)(?! of the window)")
MOVED_VERB = alt(
    "sent", "made", "issued", "released", "processed", "initiated", "submitted", "posted",
    "mailed", "transferred", "cut", "executed", "completed", "deposited", "cashed", "debited",
    "scheduled and sent", "pushed through", "went (?:out|through)", "gone (?:out|through)",
    "left (?:our|the) (?:account|bank)", "dropped(?: off)?", "delivered", "lodged", "actioned",
    "handed (?:over|in|to)", "given to", "put (?:in the (?:post|mail)|through)", "paid out",
    "sent out",
)
INVOICE_WORD = alt("invoices?", "bills?", "balance", "amount", "statement", "it", "this", "that")
# Words right before a payment verb that make it not (yet) a completed payment.
NOT_DONE_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|going to|gonna|to|make sure|ensure|see to it"
    r"|(?:can|could)(?! (?:see|tell|confirm|verify)\b)"
    r"|would|should|may|might|must|once|when"
    r"|after|if|until|till|before|unless|need|needs|needed|plan|planning|hope|hoping|try|trying"
    r"|about to|yet to|being|typically|usually|normally|always|generally|often)\b"
    r"(?:\s+\S+){0,3}\s*$"
    # "you'll receive a notification once the funds have been sent"
    r"|\b(?:once|when|after|as soon as)\s+(?:the |our |your )?(?:payment|funds|transfer|money"
    r"|cheque|check|remittance)s?\s+(?:has|have)\s+been\s*$",
    re.IGNORECASE,
)

DATE_HINT = alt(
    r"\d{1,2}(?:st|nd|rd|th)?", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "tomorrow", "today", "next", "this", "end of", "month[- ]end",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)
RUN = alt(
    r"(?:payment|pay|cheque|check|ap|supplier|vendor|disbursement|bacs|ach|wire|payables|"
    r"invoice|remittance)\s+(?:run|batch|cycle|schedule|date|day|release|proposal|calendar)s?",
    r"(?:\w+'s|next|this|our|the|\d+(?:st|nd|rd|th)?|\w+day) (?:run|batch|cycle)", "batch",
)
FUTURE_MOVE = alt(
    r"(?:will|'ll|shall|should|is going to|are going to)\s+(?:\w+\s+)?(?:go|be|b|get)\s+"
    r"(?:out|paid|sent|released|processed|issued|mailed|wired|transferred|settled|remitted|made"
    r"|signed|cut|written"
    r"|initiated|scheduled|done|cleared|executed|posted|lodged|actioned|raised|run|included"
    r"|arranged|effected|completed|sorted|handled|credited|received)",
    r"(?:goes|go|going|is going|are going|to go)\s+out",
    # the money crossing over: "the balance will go across on the 16th", "goes through Friday"
    r"(?:will|'ll|shall|should|is going to)\s+(?:\w+\s+)?(?:go|come)\s+(?:across|through|over)\b",
    r"(?:scheduled|queu?e?d|slotted|lined up|set up|slated|earmarked|booked|approved|cleared|"
    # ("put us in a short position" is where the speaker stands, not a payment's step)
    r"included|added|put|programm?ed|planned|set|due|loaded|keyed)(?!\s+(?:us|me|them|ourselves"
    r"|myself)\b)\s+(?:[\w-]+\s+){0,3}(?:for|in|into|on|to go)",
    r"released\s+for\s+(?:the\s+)?\d+",
    r"(?:yours|your invoice|the invoice|this invoice)\s+(?:is|'s|will be)\s+(?:also\s+)?includ\w*",
    # a step done for the payment: "I've put it through for payment on 16 November"
    r"(?:put|passed|submitted|sent|entered|keyed|loaded|pushed)\s+(?:\S+\s+){0,2}?(?:through|in)"
    r"\s+for\s+payment",
    r"(?:payment|transfer|cheque|check|wire|it)\s+(?:is |has been |was )?(?:now )?(?:scheduled"
    r"|queued|booked|set up|approved|arranged|planned|programmed|lined up)",
    r"(?:will|'ll|shall|going to)\s+(?:\w+\s+)?(?:drop|put|pop|post|mail|send|transfer|wire"
    r"|pay|settle|release|process|initiate|clear|cover|sort|arrange|e-?transfer|interac|zelle"
    r"|bank)\b",
    r"(?:yours|it|you|your invoice|the invoice|this|invoice)(?:\s+(?:is|are|will be)|'s|'re)\s+"
    r"(?:\w+\s+)?(?:on|in)\s+(?:the|our|my|that|this|next|\w+'s)\s+(?:\w+\s+)?(?:list|run|batch"
    r"|schedule|one|proposal|cycle|release)",
    r"approved(?:\s+for payment)?\s*[,;:-]?\s*(?:and\s+)?(?:it\s+|payment\s+)?"
    r"(?:goes|go|going|will|should|is|to)",
    r"(?:will|'ll|shall)\s+(?:\w+\s+)?(?:be\s+)?(?:in|on|part of)\s+(?:the|our|next|this|\w+'s)",
)

GOODS = alt(
    "goods", "products?", "items?", "parts?", "materials?", "units?", "orders?", "shipments?",
    "deliver(?:y|ies)", "equipment", "merchandise", "stock", "supplies", "boxes", "cartons",
    "pallets?", "cases", "pieces", "pcs", "chairs?", "tables?", "desks?", "panels?", "tiles?",
    "pipes?", "plants?", "trees?", "shrubs?", "bags?", "rolls?", "sheets?", "bottles?", "cans?",
    "kits?", "machines?", "devices?", "laptops?", "screens?", "monitors?", "printers?", "sizes?",
    "colou?rs?", "models?", "uniforms?", "shirts?", "shoes?", "boots?", "doors?", "windows?",
)
WORK = alt(
    "work", "workmanship", "job", "services?", "installation", "install", "repairs?", "project",
    "landscaping", "design", "cleaning", "painting", "paint job", "fit-?out", "visit",
    "callout", "call-out", "site visit", "maintenance", "renovation", "build", "lawn", "garden",
)
DEFECT = alt(
    "damaged", "broken", "cracked", "dented", "scratched", "chipped", "torn", "ripped",
    "leak(?:s|ing|y)", "faulty", "defective", "smashed", "shattered", "crushed", "bent",
    "stained", "rotten", "dead", "dying", "wilted", "spoiled", "expired", "mou?ldy", "unusable",
    "not working", "(?:does ?n't|do ?n't|does not|do not|did ?n't|did not|wo ?n't) work",
    "stopped working", "malfunction\\w*", "water[- ]damaged", "(?:came|fell|falling) apart",
    "peeling", "half[- ](?:done|finished)", "unfinished", "incomplete", "shoddy", "sloppy",
    "substandard", "sub-standard",
    "(?:not|wasn't|weren't|isn't|aren't) up to (?:standard|scratch|par|spec)",
    "poorly \\w+ed",
    "out of spec", "doa", "dead on arrival", "not fit for purpose", "a mess",
    # worth nothing to the customer: "the results were useless to us"
    "useless", "worthless", "of no use", "no use to us",
    # a thing that fails at its one function, whatever the trade ("the panels still aren't
    # producing", "the boiler isn't heating", "the printer is not printing")
    r"(?:is|are|was|were|has|have|does|do|did)(?:n't| not)(?: yet| even| really| properly| actually"
    r"| ever| fully| always)?"
    r" (?:been )?(?:producing|generating|functioning|operating|performing|running properly"
    r"|heating|cooling|draining|charging|printing|syncing|loading|starting|switching on|working"
    r"|scanning|recording|backing up|connecting|responding|updating|pumping|filtering|sealing"
    r"|locking|closing|opening)",
)
WRONG_THING = alt(
    GOODS, "size", "colou?r", "model", "part", "quantity", "qty", "amount", "price", "rate",
    "hours", "invoice", "po", "p\\.o\\.", "address", "one", "ones", "thing", "stuff", "spec",
    "type", "version", "number", "figure", "total", "charge", "variety", "species", "brand",
    "lot", "property", "site", "house", "location", "area", "account", "customer", "client",
    "company", "building", "unit",
)
WRONG = alt(
    r"wrong (?:\w+ )?" + WRONG_THING, r"incorrect (?:\w+ )?" + WRONG_THING,
    r"wrong with (?:the |this |your |our )?" + WRONG_THING,
    r"(?:is|are|was|were|seems?|looks?) (?:all |completely |totally )?(?:wrong|incorrect)\b",
    "mismatch", "(?:are|is|were|was) not the (?:ones?|items?|kind|type|size) (?:we|i)",
    "not what (?:we|i) (?:ordered|asked for|requested|agreed?|specified|signed up for"
    "|were promised)",
    # not the thing chosen, whatever it is: "aren't the self-seal ones we asked for", "not the
    # forest green of the sample we approved", "not the fresh roast we pay for"
    r"(?:not|\w*n't) the (?:[\w-]+ ){1,5}(?:we|i) (?:ordered|asked for|requested|approved"
    r"|agreed(?: on)?"
    r"|specified|chose|picked|selected|paid for|pay for|signed off|were (?:promised|quoted))",
    # having the wrong thing: "2 have the wrong keyboard layout", "arrived with the wrong lid"
    r"(?:have|has|had|got|came with|arrived with|with|fitted|sent us) (?:the|a) wrong [\w-]+",
    "(?:does ?n't|do ?n't|does not|do not|did ?n't|did not) (?:fit|match)",
    "too (?:small|big|large|short|long|narrow|wide)", "instead of (?:the|what|our)",
)
MEASURE = alt(
    "hours?", "hrs?", "days?", "visits?", "units?", "pieces", "pcs", "boxes", "items?",
    "pallets?", "cases", "bags?", "tons?", "tonnes?", "yards?", "metres?", "meters?", "feet",
    "sq ?ft", "people", "men", "workers", "technicians?", "techs?", "trips?", "loads?",
    "(?:an? |per |/ ?)(?:hour|hr|h|day|unit|visit)", "weeks?", "months?", "nights?", "shifts?",
)
BILL_WORD = alt(
    "billed", "charged", "invoiced", "invoice (?:shows|says|has|lists|states|charges)",
    "bill (?:shows|says|has|lists)", "you(?:'ve| have)? put", "on the invoice",
    "in the invoice(?: there is)?",
    "you(?:'ve| have)? (?:added|included)",
)
# A quantity in figures or words: "6 weeks", "six weeks".
_QTY = (r"(?:\$?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
        r"|twenty|thirty|forty|fifty|a hundred)")
SETTLE_CONDITION = alt(
    "sorted", "resolved", "fixed", "corrected", "replaced", "rectified", "credited", "addressed",
    "re-?issued", "amended", "revised", "investigated", "clarified", "explained", "put right",
    "made good", "looked at", "sorted out", "cleared up", "redone", "re-?done", "refunded",
    "reviewed", "adjusted", "finished", "completed", "delivered", "received",
)
NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          r"|fifteen|twenty|thirty|forty|fifty|a hundred)")
COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|some|part)"

ASK = alt(
    r"(?:can|could|may|might) (?:we|i)", r"would (?:it|that) be (?:ok|okay|alright|all right|"
    r"possible|acceptable|fine|a problem)", r"is (?:it|that|there any way) (?:ok|okay|possible|"
    r"alright|acceptable)", r"any (?:chance|way|possibility|room|flexibility)",
    r"would you (?:accept|allow|consider|mind|be (?:willing|open|able|ok|okay))",
    r"are you (?:open|willing|able) to", r"(?:we'd|we would|i'd|i would) (?:like|appreciate|be "
    r"grateful)", r"(?:we|i) (?:are asking for|ask for|request|would need)",
    r"(?:is there|do you (?:have|offer)) (?:any|a|some)", r"(?:please|kindly) (?:allow|give|grant)",
)
LATER = alt(
    "later", "until", "till", "next (?:month|week|quarter|year)", "another (?:week|month|few)",
    "extra", "more time", "longer", "extension", "delay", "push", "defer", "postpone",
    "move (?:the|it|this|our)",
    "in (?:a couple of |a few |two |three |four |several |smaller )?(?:parts|stages|chunks"
    "|halves|instal\\w*|bits|pieces|goes|lumps|tranches)", "split",
    "half (?:now|today|this)", "bit at a time", "monthly", "weekly", "fortnightly",
    "over (?:the )?(?:next )?(?:a few |two |three |four |six |\\d+ )?(?:weeks|months)",
    "after (?:the|our|we|christmas|new year|the holidays)", "end of (?:the |next )?(?:month|"
    "quarter|year)", "in (?:january|february|march|april|may|june|july|august|september|october"
    "|november|december)", "flexib\\w+", "leeway", "grace",
)
CASH = alt("cash(?:[- ]?flow)?", "money", "funds", "budget", "finances", "liquidity", "things")
TIGHT = alt(
    "tight", "short", "thin", "stretched", "limited", "low", "strained", "squeezed", "lean",
    "difficult", "rough", "tough", "hard", "challenging",
)
AWAITED_MONEY = alt(
    "grant", "funding", "loan", "financing", "investment", "investors?", "insurance",
    "settlement", "(?:tax )?refund", "line of credit", "draw(?:down)?", "payout",
    "disbursement", "receivables", "(?:own )?(?:clients?|customers?) (?:pays?|paying|to pay)",
    "(?:a |our |the )?(?:big |large |main )?(?:clients?|customers?)(?: payment)?",
    "contract payment", "progress payment", "subsidy", "rebate", "donors?", "pledges?",
    "holdback", "retention", "retainage", "progress claim",
    "donations?",
)


# --- the acts ----------------------------------------------------------------------------------
RHETORICAL_PAID = "asks whether it has not already paid"
WAITS_LABEL = "waits for money of its own"
WAITS_ON_CLIENT = "asks for time until its client pays"
PARTS_LABEL = "asks to pay in parts"
# "We draw down our grant quarterly": a rhythm word alone asks for a plan only beside paying.
# "in two parts" names a plan only when the customer is the one paying in them: "we were billed
# in two parts" and "our client pays us in two tranches" ask for nothing.
PARTS_ONLY = re.compile(r"^in (?:\w+ )*(?:parts|pieces|chunks|stages|instal(?:l)?ments?|payments"
                        r"|tranches|halves)$", re.IGNORECASE)
RHYTHM_ONLY = re.compile(r"^(?:monthly|weekly|quarterly|fortnightly|every (?:month|week)"
                         r"|each month|per month|a month)$", re.IGNORECASE)
PAYING_WORD = re.compile(r"\b(?:pay\w*|instal\w*|settl\w*|send|sending|split\w*|spread\w*"
                         r"|clear\w*|do|manage|afford|cover|could|can|would|may)\b", re.IGNORECASE)
# A payment system's notice ("changed from Due to Paid") is read as a whole, not from its verb.
PAYMENT_NOTICE = "forwards a notice of payment"  # its negation is the claim itself
# "If you haven't received our cheque by Friday": the condition presumes the cheque was sent.
NOT_RECEIVED_YET = "asks whether the payment it sent arrived"
# Those who owe the customer money: "our tenants paid late" is its story, not a payment to us.
THEIR_DEBTORS = (r"(?:clients?|customers?|members?|tenants?|famil(?:y|ies)|buyers?|debtors?"
                 r"|payers|contractors?|council|insurers?)")
# The customer's own income, paid to it: "our school funding is paid termly".
THEIR_INCOME = r"(?:funding|grants?|income|revenue|salar\w*|wages|payroll|subsidy|budget|allowance)"
# A payment run named in the past: "went in last week's pay run", "was included in the 15
# November EFT" (`evidence` drops it when the clause names a day still ahead: then it is a
# promise in a run).
PAID_IN_RUN_LABEL = "says the invoice went in a payment run"
PAID_CLAIM = [
    ("says it has already paid", _c(
        r"\b(?:we|i|our (?!", THEIR_DEBTORS, r"\b)(?!", THEIR_INCOME, r"\b)\w+(?: (?!",
        THEIR_DEBTORS, r"\b)(?!", THEIR_INCOME, r"\b)\w+)?"
        r"|my \w+(?: \w+)?|he|she|someone|they|it|this|that|everything"
        r"|it all|all of it|this one|that one|both(?: of them)?|all of them"
        r"|all (?:of )?(?:the |our |your )?(?:invoices|bills)"
        r"(?: (?:with|to|from) (?:you|your \w+))?"
        r"|(?:the|this|that|our|your) (?:subject |above |said |attached )?"
        r"(?:invoice|bill|balance|amount|account)(?: (?:no\.? ?|#)?[\w-]*\d[\w-]*)?"
        r"|", AMOUNT, r"|(?:the |our |a )?", INSTRUMENT, r"(?:\s+(?:no\.?\s*|#\s*)?\d[\w-]*)?)"
        r"(?:\s+|(?='))(?:was |were "
        r"|has |have "
        r"|had |'ve |'s |got |is |are )?"
        r"(?:been )?(?:already |actually |fully |all )?(?:\w+ and )?", PAID_VERB, r"\b")),
    ("says the payment was sent", _c(
        r"(?:\b", PAYMENT_THING, r"\b|", AMOUNT, r")(?:\s+\S+){0,8}?\s+(?:was|were|has been"
        r"|have been|'s been|got|"
        r"is|are)?\s*(?:already |successfully )?", MOVED_VERB, r"\b")),
    ("says the payment was sent", _c(
        r"\b(?:we|i|our \w+(?: \w+)?|they)\s+(?:have |'ve |had |already |just )*", MOVED_VERB,
        r"\s+(?:\w+\s+){0,3}?", alt(PAYMENT_THING, AMOUNT), r"")),
    ("says it paid through a channel", _c(
        r"\b", alt(PAID_VERB, MOVED_VERB), r"\s+(?:\S+\s+){0,4}?(?:via|by|through|using|with|on|"
        r"over|in)\s+(?:the |our |a |an )?", CHANNEL, r"\b")),
    ("says the payment is in the post", _c(
        r"\b(?:in the (?:post|mail)|on (?:its|it's) way|in transit|should have (?:received|"
        r"arrived|reached you|landed|cleared|come through|hit)|should (?:be|have been) in your "
        r"(?:account|bank)|should (?:already be with you|be with you (?:by now|already))"
        r"|(?:did|have) you (?:not )?(?:receive|get|see)(?:d)? (?:our|the|my) ",
        INSTRUMENT, r")")),
    (NOT_RECEIVED_YET, _c(
        r"\b(?:have ?n't|haven't|have not|did ?n't|did not|not) (?:yet )?(?:received|got|gotten"
        r"|seen|had) (?:our|the|my) ", INSTRUMENT, r"\b|\b(?:the(?! (?:money|funds)\b)|our|my) ",
        INSTRUMENT,
        r" (?:has ?n't|hasn't|has not|does ?n't|doesn't|did ?n't|didn't) (?:yet )?(?:arrived|come"
        r"|reached you|landed|turned up|cleared)")),
    ("sends proof of payment", _c(
        r"\b(?:(?:proof|confirmation|copy|evidence) of (?:the )?(?:payment|transfer|remittance)"
        r"|remittance(?: advice)? (?:is )?(?:attached|enclosed|below)|(?:ach|eft|wire|bacs|sepa)"
        r" (?:trace|reference|ref|confirmation)|total (?:remitted|paid)|payment id)\b")),
    # A payment system's own notice: "Payment date: 18 Nov", "Net paid", "sent you a payment".
    (PAYMENT_NOTICE, _c(
        r"\b(?:payment (?:date|amount|reference|number|method|id|type)\s*:|(?:amount|net|gross)"
        r" paid\b|value date\b|sent you a payment\b|you sent a payment\b|payment advice\b"
        r"|remittance (?:id|notification|number|no)\b|warrant (?:no|number|was issued|issued)\b"
        r"|(?:has |have )?changed (?:\w+ ){0,3}to (?:paid|settled|closed)\b)")),
    # Paid said without a subject, or by the name of the channel: "paid ✅", "zelled it".
    ("says it paid, in few words", _c(
        r"(?:^|[,.;:!]\s*|\bbelow\W+)paid\b(?!\s+(?:by|before|next|in full by)\s+(?!(?:an? )?"
        r"(?:international |bank |wire |credit |debit |electronic )?(?:transfer|card|cheque|check"
        r"|ach|wire|bacs|sepa|paypal|zelle|direct debit|eft|bpay|direct deposit|interac"
        r"|e-?transfer|giro|faster payments?|chaps|internet banking|online banking)))"
        r"|^\W*(?:settled|squared|remitted|wired)\b"
        r"|^\W*(?:posted|mailed|sent|wired|transferred|dropped off) (?:it|the (?:cheque|check"
        r"|payment|money)|a (?:cheque|check))\b"
        r"|\b(?:zell?ed|venmo'?d|paypal'?d|e-?transferred|interac'?d)\b"
        r"|\b(?:ran|put|charged|paid) (?:it |this |that )?(?:on|to|with|thru|through|via)"
        r" (?:the |my |our |your )?(?:amex|visa|mastercard|card|credit card|debit card"
        r"|pay(?:ment)? link|link)\b|\bauto-?charged\b"
        r"|\bsent (?:it )?(?:by|via|thru|through|with) (?:faster payments?|sepa|bacs|chaps|ach"
        r"|zelle|e-?transfer|interac|wire|paypal|venmo|bank transfer|cheque|check)\b"
        r"|\b(?:got|have|received|kept|there's) (?:a |the |our |my )?(?:\w+ )?(?:receipt"
        r"|confirmation|conf)(?: (?:no|number|#))?\b(?! (?:of|for) (?:your|the) (?:invoice|reminder"
        r"|email|statement))")),
    ("says its books show it paid", _c(
        r"\b(?:shows?|says|showing|marked|lists?|has it|records?) (?:\S+ ){0,3}(?:as )?['\"]?"
        r"(?:paid"
        r"|sent|delivered|processed|cleared|complete|completed|settled)\b"
        r"|\b(?:records|books|system|statement|bank|ledger) shows? (?:a |the |our )?payment\b"
        r"|\b(?:there's|there is"
        r"|i see|we see|i can see) a (?:payment|transfer|debit|cheque|check)\b")),
    (PAID_IN_RUN_LABEL, _c(
        r"\b(?:went|was|were|got)\s+(?:\w+\s+)?(?:in|into|on|through|with|in with)\s+(?:last"
        r" (?:week|month|friday|monday|tuesday|wednesday|thursday)'s|yesterday's|the|our"
        r"|this (?:week|month)'s|\w+day's)\s+(?:[\w-]+\s+){0,3}?(?:pay(?:ment)?\s+run|run|batch|eft"
        r"|ach(?: file)?|bacs|cycle|transfer|payment file|remittance)\b")),
    (RHETORICAL_PAID, _c(
        r"\b(?:did ?n't|did not|have ?n't|haven't|has ?n't|was ?n't|were ?n't) (?:we|i|it|this"
        r"|that|you) (?:already )?(?:pa(?:y|id)|sen[dt]|settle[d]?|get|receive[d]?)\b")),
]

# The money reaching us, said from our side or theirs: "you'll see this on the 3rd", "I'll get
# yours paid next Friday", "paying Wed the 25th", "it rolls to the December 22 cycle".
WILL = r"(?:will|'ll|\bill|shall|going to|gonna)"
ARRIVES = alt(
    WILL + r"\s+(?:\w+\s+){0,2}?(?:get|have)\s+(?:it|this|that|yours|the \w+|you|payment)\s+"
    r"(?:paid|sent|settled|cleared|over|across|to you|out)",
    r"you(?:'ll| will| should)\s+(?:\w+\s+)?(?:see|have|get|receive)\s+(?:it|this|that|yours"
    r"|payment|the (?:money|funds|payment|cheque|check|transfer|remittance)|a remittance"
    r"|the (?:full |whole |total )?(?:amount|balance|sum|lot))",
    WILL + r"\s+be (?:with you|in your (?:account|bank)|paid|done)",
    r"(?:payment|it|this|transfer) (?:will|'ll) be (?:done|made|sent|paid)",
    r"paying (?:it |this |yours |you )?(?:on |by |the |next |this |first thing )?(?:mon|tue|wed"
    r"|thu|fri|sat|sun|tomorrow|tmrw|\d)\w*",
    WILL + r"\s+(?:\w+\s+){0,2}?(?:pop|put|drop|run|mail|post|sign|send|transfer|wire|pay)"
    r"\s+(?:it|this|that|yours|you|the (?:new )?(?:card|cheque|check|payment))\b",
    r"(?:got|put|added|moved) (?:it|this|that|yours|you) (?:on|in|into|to) (?:the|our|this|next)"
    r" (?:[\w-]+ )?(?:list|run|batch|schedule|payments?|cycle)",
    r"(?:added|moved) to (?:our|the|this|next) (?:\w+[- ]?){0,2}(?:payments?|run|batch|cycle"
    r"|schedule)",
    r"rolls? (?:over )?(?:to|into) (?:the|our|next)",
    # the money named with the day it moves, in the present: "funds release Wednesday",
    # "transfer on Monday", "cheque leaves here on the 3rd"
    r"(?:funds?|payment|transfer|cheque|check|wire|money|remittance|ach|bacs)\s+"
    r"(?:releases?|goes|go|leaves?|lands?|moves?|clears?|hits?)\s+(?:\w+\s+){0,2}?"
    r"(?:on|by|this|next|tomorrow|mon|tues|wednes|thurs|fri|satur|sun)\w*",
    r"^\W*(?:the |our )?(?:funds?|payment|transfer|cheque|check|wire|ach|bacs)\s+(?:on|by)\s+"
    r"(?:the |this |next )?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|\d)\w*",
    # the channel and its day, as a note would write them: "EFT 4 Dec.", "BACS on Friday"
    r"^\W*(?:eft|bacs|ach|bpay|wire|sepa|chaps|e-?transfer|direct deposit|bank transfer)\s+(?:on\s+"
    r"|by\s+)?(?:the\s+|this\s+|next\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|\d)\w*",
    # "it's coming on the 4th", "the transfer is coming by Friday"
    r"(?:it's|it is|yours is|the (?:money|payment|transfer|cheque|check) is) (?:\w+ )?coming"
    r" (?:to you )?(?:on|by|this|next)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|end of)\w*",
    # the money handed over on a day, said of "it" only: "Friday it's yours", "it'll be yours
    # by the 4th" (not "the crate is yours", not "it's yours to collect")
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:it's|it is|it'll be|it will be)\s+"
    r"yours\b(?!\s+to\b)",
    r"\b(?:it's|it is|it'll be|it will be|the (?:money|payment|balance) (?:is|will be|'ll be))\s+"
    r"yours\s+(?:on|by|this|next)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|end of)\w*",
    # "it should be with you by Thursday"
    r"(?:it|this|payment|the (?:money|payment|transfer|funds|cheque|check))\s+should\s+be\s+with"
    r"\s+you\s+(?:by|on)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|tomorrow|end of)\w*",
    # the money landing with us, said of "it": "it'll hit your account Monday"
    WILL + r"\s+(?:hit|reach|land in|be in|arrive in|show (?:up )?in|clear (?:in|into)|go into)\s+"
    r"(?:your|the|our) (?:account|bank)",
    r"(?:pencil+ed|earmarked|slotted|diari[sz]ed)\s+(?:\w+\s+){0,2}?(?:for|in for|on)\b",
    r"(?:popped|put|slotted|loaded) (?:it|this|your invoice|the invoice) in(?: the bank)? for\b",
    r"(?:transfer|payment) is (?:fixed|set|locked in) for\b",
    # the money leaving their account on a day: "it'll come out of our account on January 15th"
    WILL + r"\s+(?:come|go) out of (?:our|the|my) (?:account|bank)",
    # "as a future-dated payment for 26/01/2027", "the check's getting cut 01/27/2027"
    r"(?:future|post|forward)-dated (?:payment|transfer|cheque|check)",
    r"(?:is|'s|are) getting (?:cut|sent|paid|released|processed|mailed|wired|transferred)",
    # the run named in the clause, the invoice in it: "Next one is 19 January and yours will be
    # in it"
    r"(?:yours|your invoice|the invoice|this invoice|it|you)\s+(?:will|'ll|is going to)\s+be\s+"
    r"(?:in|on|part of|included in)\s+(?:it|that|that one|this one|the next one)\b",
    # the payer doing the paying act ahead: "she will do the transfer on the 21st", "I'll make
    # the payment Friday", "we will initiate the wire"
    # the money going on a day: "it'll go on December 9", "this will be on the 15th"
    WILL + r"\s+(?:go|be|leave|land)\s+(?:out\s+)?(?:(?:on|by)\s+)?(?:the\s+)?(?:\d|mon|tue|wed"
    r"|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|end of)\w*",
    # in the queue or file that pays it: "In the queue for Wednesday's ACH file"
    r"^\W*(?:it'?s\s+|(?:it|this|yours|the invoice) is\s+)?(?:in|on)\s+(?:the|our)\s+(?:\w+\s+)?"
    r"(?:queue|list|file|run"
    r"|batch)\s+(?:for|of|on)\b",
    WILL + r"\s+(?:courier|hand[- ]deliver|drop off|bring|deliver)\s+(?:it|this|the (?:cheque|check"
    r"|payment))\b",
    WILL + r"\s+(?:\w+\s+){0,2}?(?:do|make|process|initiate|raise|release|send|run) (?:the|a|our"
    r"|your) (?:bank |final |full )?(?:transfer|payment|wire|remittance|eft|ach)\b",
)
# A promise taken back: the customer cancels its own commitment ("please disregard my note about
# paying on the 12th", "the payment we promised for the 6th won't happen", "we can't make
# that date"). An earlier promise then holds nothing (SPEC step 4 holds only a promise ahead).
RETRACTED_LABEL = "takes back its promise to pay"
PROMISE_WITHDRAWN = [
    (RETRACTED_LABEL, _c(
        r"\b(?:disregard|ignore|forget|scrap|withdraw|cancel)\b (?:\w+ ){0,2}(?:note|e-?mail"
        r"|message|promise|date|commitment|mention)\b(?: \w+){0,3}? (?:about|re|regarding|on|of)"
        r" (?:the )?(?:pay\w*|settl\w*|transfer\w*|remit\w*|date)"
        r"|\b(?:payment|transfer|cheque|check|wire|date|promise)(?: (?:we|i) (?:promised|mentioned"
        r"|committed to|gave you|said|scheduled|planned))?(?: \S+){0,4}? (?:won't|will not|wo n't"
        r"|can't|cannot|isn't going to|is not going to|is no longer going to) (?:\w+ )?(?:happen"
        r"|go ahead|go out|be made|be possible|work|stand|hold)\b"
        r"|\b(?:can't|cannot|can not|won't be able to|will not be able to|unable to|no longer"
        r" able to) (?:make|keep|meet|hit|honou?r|stick to) (?:the |that |this |our |my )?(?:date"
        r"|promise|commitment|payment date|deadline)\b"
        r"|\btake back what (?:i|we) (?:said|wrote|promised)\b"
        r"|\b(?:scrap|ignore|disregard|forget) what (?:i|we) (?:said|wrote|told you|promised)"
        r"(?: \w+){0,2}? (?:about|re|regarding|on) (?:the )?(?:pay\w*|\d|mon|tue|wed|thu|fri|sat"
        r"|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        r"|\b(?:payment|transfer|cheque|check|wire|remittance)(?: \S+){0,5}? (?:has been|have been"
        r"|is|was|is now) (?:now )?(?:cancel+ed|withdrawn|stopped|pulled|voided|recalled)\b"
        # the promised day itself refused: "we won't be able to pay on December 4 after all"
        r"|\b(?:won't|will not|wo n't|can't|cannot|can not|unable to)\s+(?:be able to\s+)?"
        r"(?:pay|make (?:the )?payment|send (?:the )?payment|transfer (?:it|the \w+))\b(?:\s+\S+)"
        r"{0,3}?\s+(?:on|by)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may"
        r"|jun|jul|aug|sep|oct|nov|dec)\w*\b(?:\s+\S+){0,3}?\s+after all\b")),
]
# A dated promise by its frame: the customer (or its money) as the one who pays, a payment verb
# in the present or future, and a day ("Paying it in one go on Dec 2", "we pay everything on
# the 21st", "our bank transfer for it goes on Monday", "5.086,60 EUR will land in your account by
# Tuesday", "expect the full amount within ten days", "can confirm full payment Dec 4", "we have
# arranged for the balance to be paid in full on 5 December"). The day itself is read and
# checked by `evidence._forward_promise`; negation, tense and suppositions as for every act.
DAY_WORD = (r"(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep"
            r"|oct|nov|dec|tomorrow|end of|month[- ]end|eom"
            # a day spelled out: "on the twenty-fourth of December"
            r"|twent|thirt|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            r"|eleventh|twelfth|\w+teenth)[\w-]*")
PAYER = (r"(?:\b(?:we|i)(?:'ll|'re|'m| will| shall| are| am| can| should| plan to| intend to)?"
         r"\s+(?:\w+\s+){0,2}?|^\W*)")
MONEY_SUBJECT = (r"(?<!\w)(?:funds?|payment|transfer|cheque|check|wire|money|remittance|ach|bacs"
                 r"|(?:[$\u00a3\u20ac]|(?:usd|eur|gbp|nzd|aud|cad|chf)\s)\s?\d[\d.,]*"
                 r"|\d[\d.,]*\s?(?:\u20ac|eur|usd|gbp|nzd|aud|cad|chf))")
PROMISE_FRAME = alt(
    PAYER + r"pay(?:ing|s)?\b(?:\s+(?!(?:you|us|them|him|her)\b)\S+){0,5}?\s+(?:on|by|before)"
    r"\s+" + DAY_WORD,
    # the money crossing over on a day: "money goes across Wed 30 Dec", "funds go through Friday"
    MONEY_SUBJECT + r"(?:\s+\S+){0,3}?\s+(?:will\s+|should\s+)?(?:goes|go)\s+(?:across|through"
    r"|over|out)\s+(?:(?:on|by|before)\s+)?" + DAY_WORD,
    MONEY_SUBJECT + r"(?:\s+\S+){0,3}?\s+(?:will\s+|should\s+)?(?:releases?|goes|go|leaves?"
    r"|lands?|arrives?|arrive|hits?|clears?|clear|reach(?:es)?)\s+(?:\S+\s+){0,4}?(?:on|by"
    r"|before)\s+" + DAY_WORD,
    r"expect\s+(?:the\s+)?(?:full\s+|whole\s+|total\s+)?(?:amount|balance|payment|funds"
    r"|money|transfer|sum)",
    r"confirm\w*\s+(?:the\s+)?(?:full\s+)?(?:payment|transfer|remittance)",
    r"^\W*confirmed\s+(?:for|on)\s+" + DAY_WORD,
    r"(?:arranged|scheduled|set up|booked|instructed|authori[sz]ed|approved|confirmed|lined up)"
    r"\s+(?:for\s+)?(?:\S+\s+){0,8}?to be\s+(?:paid|sent|released|transferred|settled|wired"
    r"|remitted)",
    # a promise reported by whoever took it: "he said it would be paid 14 December", "she
    # confirmed they'd transfer it on the 3rd"
    r"(?:said|says|confirmed|promised|told (?:me|us)|advised)(?: that)? (?:it|payment"
    r"|the (?:invoice"
    r"|balance|payment)|they|he|she|we)(?:'d| would| will|'ll) (?:be )?(?:paid|pay|go out|be sent"
    r"|send|transfer|settle)\b",
    # the invoice paid by a day, in the passive: "it's paid by the 27th, promise", "this will
    # be settled before Friday"
    r"(?:\bit|\bthis|\bthat|\byours|\bthe (?:invoice|balance|bill|amount))(?:'s|'ll be| will be"
    r"| is| gets| will get| shall be)\s+(?:\w+\s+)?(?:paid|settled|cleared)\s+(?:in full\s+)?(?:on"
    r"|by|before)\s+" + DAY_WORD,
    # "paying it will be the first thing she does"
    r"\bpay(?:ing)? (?:it|this|you|the invoice|the bill)\b(?:\s+\S+){0,2}?\s+(?:will be|is)"
    r" (?:the )?(?:very )?first thing\b",
    # the payer's first act when back, its day in the clause beside: "Our accounts lady is off
    # until the 17th. First thing she does when she's back is pay you"
    r"\bfirst thing (?:\w+ )?(?:she|he|they|we|i)(?:'ll| will)? (?:does|do|did)?\b(?:\s+\S+){0,5}?"
    r"\s+(?:is|will be) (?:to )?(?:pay|settle|transfer|send)",
    # the promise said as a word, its day in the clause beside: "Monday. Promise. - Greg"
    r"^\W*(?:i |we )?promise(?=\W*$)",
    # a deadline the customer sets itself: "End of month at the latest, the full amount"
    r"\bat the (?:very )?latest\b", r"\bno later than\s+" + DAY_WORD,
    # the day offered as the one that suits: "end of the month works for us to pay the lot"
    r"\b(?:works|suits|is good|is fine|is best)\s+(?:for\s+)?(?:us|me)\s+to\s+(?:pay|settle"
    r"|clear|transfer)",
    # the present for the future, as a second language writes it: "my son do the payment on
    # Sunday 6th", "the payments of this month we make all together on day 24/11"
    r"\b(?:do|does|make|makes|doing|making)\s+(?:the|a|our|all|your)\s+(?:\w+\s+)?(?:payments?"
    r"|transfers?)\s+(?:\w+\s+){0,2}?(?:on|by)\s+(?:day\s+)?" + DAY_WORD,
    r"\bpayments?\b(?:\s+\S+){0,6}?\s+(?:we|i) (?:make|do|send|run|pay)\b(?:\s+\S+){0,3}?"
    r"\s+(?:on|by)\s+(?:day\s+)?" + DAY_WORD,
    # the day, then the channel: "Monday 12/7 by ach", "Friday via BACS"
    r"^\W*(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+(?:the\s+)?(?:\d[\d/.]*\s+)?(?:by|via)"
    r"\s+(?:ach|eft|bacs|bpay|wire|sepa|chaps|e-?transfer|direct deposit|bank transfer|cheque"
    r"|check)\b",
    # a transfer dated ahead: "the transfer is dated 2026-12-02 in our bank", "post-dated for"
    r"(?:transfer|payment|cheque|check|wire)\s+(?:is|has been|was|will be)\s+(?:forward-|post-)?"
    r"dated\s+(?:for\s+|to\s+)?" + DAY_WORD,
    # paying right after a named day in the clause beside: "our board meets on the 1st; we pay
    # straight after"
    PAYER + r"pay(?:ing)?\b(?:\s+\S+){0,2}?\s+(?:straight|right|immediately|directly)\s+after"
    r"(?:wards)?\b",
)
# The payment and its day in one clause, whatever the verb or the grammar: "the payment will be
# make on 14.12.2026", "we pay the full amount Friday 11th December", "X is in the December 14th
# TT run", "settling everything on the 21st". A frame of meaning, not a phrase: money named, a
# day named. The day must be ahead of the email (`evidence._forward_promise`); the clause may
# hold no negation, no question, no complaint's word and no condition on us ("once the credit
# note comes", "if the rest arrives"), because a promise read wrongly holds a draft.
MONEY_THING = alt(
    r"pa(?:y|ys|ying|id|yment|yments)", r"settl\w*", r"transfer\w*", r"remit\w*", "tt", "wire",
    r"leaves? (?:our|the) (?:account|bank)", r"square (?:you|it|this|us) up", "money",
    "eft", "ach", "bacs", "sepa", "swift", "cheques?", "checks?", "funds", "the lot", "everything",
    r"(?:full|whole|total|entire|outstanding) (?:amount|balance|sum|invoice)", "runs?", "batch",
)
_NO_TURN = (r"^(?!.*(?:\?|\b(?:not|never|no(?! (?:problem|worries|doubt|question)\b)|cannot"
            r"|unable|once|until|till|unless|provided|if"
            r"|as soon as|pending|subject to|assuming|hopefully|maybe|perhaps|probably|might"
            r"|could|would|try|trying|hope|wrong|damag\w*|broke\w*|missing|short|credit|refund\w*"
            r"|hours?|rate|quote\w*|charged|billed|dispute\w*|query|queries|paid|sent|already"
            r"|instal\w*|parts?|half|portion|some|first|ignore|disregard|meant|different|another"
            r"|went|done|made|realized|realised|finished|completed|processed|executed|actioned"
            r"|(?<!with the )(?<!with your )(?<!with all the )other|saying|said|says|told|insurer"
            r"|clients?|customers?|debtors?|us|please|pls"
            r"|kindly|was|were|had|did|been|discharged|remitted|cleared)\b|n't\b"
            # "you" as the one who acts or must: "you'll see it", "you need to pay by the 30th"
            r"|\byou(?:'ll|'d| will| would| should| must| can| could| need| have to| pay)\b"
            r"|\b(?:when|after) (?:you|your|we (?:get|receive|have)|the (?:credit|replacement"
            r"|corrected|new|rest|missing|remaining))\b))")
# A day by its name or its number, never "this month" (which names no day to hold for).
_A_DAY = (r"(?:day\s+)?(?:the\s+)?(?:\d{1,4}(?:st|nd|rd|th)?(?:[./-]\d{1,2}(?:[./-]\d{2,4})?)?"
          r"|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?"
          # "may" is a month only beside its day: "you may see" is no date
          r"|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?= \d)"
          r"|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
DATED_PAYMENT = alt(
    _NO_TURN + r".*?\b" + MONEY_THING + r"\b(?!\s+(?:us|me|them)\b)(?:\s+\S+){0,6}?\s+"
    r"(?:on\s+|by\s+|for\s+)?" + _A_DAY,
    _NO_TURN + r".*?\b" + _A_DAY + r"(?:\s+\S+){0,3}?\s+" + MONEY_THING + r"\b",
)
DATED_PAYMENT_LABEL = "names the day it pays"
DATE_FIELD_LABEL = "names the day the payment is set for"
PROMISE_RUN = [
    ("promises payment in a payment run", _c(r"\b", RUN, r"\b")),
    ("promises to pay on a day", _c(PROMISE_FRAME, r"\b")),
    ("says payment is approved to go out", _c(r"\b", FUTURE_MOVE, r"\b")),
    ("says when the payment reaches us", _c(r"\b", ARRIVES, r"\b")),
    # a payment system's field for the day the money moves: "Scheduled date: 2026-11-20",
    # "Value date: 2026-11-21", "Scheduled pay date 12/09/2026" (the day, in the field or the
    # clause beside it, must be ahead: `evidence._forward_promise`)
    (DATE_FIELD_LABEL, _c(
        r"\b(?:scheduled|value|settlement|execution|planned|expected|release|estimated)\s+"
        r"(?:pay(?:ment)?\s+|process(?:ing)?\s+|transfer\s+|debit\s+)?date\b"
        r"|\bestimated arrival\b")),
    (DATED_PAYMENT_LABEL, _c(DATED_PAYMENT)),
]

PAYMENT_WORD = alt("pay", "pays", "paying", "paid", "payment", "settle", "settling", "approve",
                   "approving", "process", "processing", "release", "sign off")
HOLD_LABEL = "holds payment until the problem is fixed"
# Its negation is its own ("shouldn't be charged"): a "never" before it does not deny it.
NOT_TO_BE_CHARGED = "says it was charged for what it should not be"
RUN_LABELS = frozenset(label for label, _ in PROMISE_RUN)

COMPLAINT = [
    ("complains about damaged or faulty goods or work", _c(r"\b", DEFECT, r"(?![\w-])")),
    ("says goods are missing or short", _c(
        r"\bmissing\b|(?<!long and )\bshort\b(?![- ](?:notice|term|staffed|handed|while|extension"
        r"|delay|period"
        r"|wait|time|break|call|note|reply|update|of (?:cash|funds|money)"
        r"|on (?:cash|funds|money)))|\bshortfall\b|\bonly ", COUNT,
        r"\b(?:\s+\S+){0,3}?\s+(?:arrived|came|"
        r"were|was|delivered|received|showed|turned|of (?:the|them|our|\d+))\b|\b", COUNT,
        r" (?:out )?of (?:the |our )?(?:\d+|ten|twelve|twenty)\b|\bnever (?:arrived|came|turned"
        r" up|showed up|got here)\b|\bstill (?:waiting|missing|to (?:come|arrive))"
        # "still outstanding" of goods, not of the invoice: "this one is still outstanding on
        # our side" is the bill unpaid
        r"|(?<!this one is )(?<!it is )(?<!it's )(?<!invoice is )(?<!balance is )"
        r"\bstill outstanding")),
    ("says the item, size or order is wrong", _c(r"\b", WRONG, r"")),
    ("says it was billed for more than was done", _c(
        r"\b", BILL_WORD, r"\b(?:\s+\S+){0,6}?\s+", _QTY, r"\s*", MEASURE, r"(?=.*\b(?:only|"
        r"actually|just|but|whereas|instead|not|never|rather|when)\b)|\b(?:only|actually|just)\b"
        r"(?:\s+\S+){0,4}?\s+", _QTY, r"\s*", MEASURE, r"(?=.*\b", BILL_WORD, r")")),
    # charged for what should not be: "shouldn't be charged", "they're still on the bill", "but
    # we've been charged for it", "you haven't serviced Building B since July"
    (NOT_TO_BE_CHARGED, _c(
        r"\b(?:should ?n't|should not|must ?n't|must not|ought not to) (?:have )?be(?:en)? "
        r"(?:charged|billed|invoiced|on (?:the|this|our|your) (?:bill|invoice))\b"
        r"|\bstill (?:on|in) (?:the|our|this|your) (?:bill|invoice|statement)\b"
        r"|^\W*(?:(?:and|yet|still)\s+)?(?:we(?:'ve| have| were| are|'re)|you(?:'ve| have))\s+"
        r"(?:still\s+)?(?:been\s+)?(?:charged|billed|invoiced)(?:\s+us)?\s+for\s+(?:it|that|this|them|those)\b"
        r"|\b(?:you|your \w+) (?:have ?n't|haven't|has ?n't|hasn't|have not|has not) (?:been out to"
        r" |been to )?(?:serviced|visited|attended|inspected|cleaned|treated|maintained|been (?:out"
        r"|here|there|on site))\b")),
    # the invoice to be put right: "the invoice should reflect that", "we expect it to be
    # reduced accordingly", "drop the late fee you added", "it has the old price per kilo"
    ("asks for the invoice to be corrected", _c(
        r"\b(?:invoice|bill|price|charge|total|it) (?:should|needs to|must|has to) (?:reflect"
        r"|be (?:reduced|adjusted|lowered|credited|amended|changed|corrected))\b"
        r"|\bexpect (?:it|this|the (?:invoice|bill|total|amount)) to be (?:reduced|adjusted|lowered"
        r"|credited|amended|corrected)\b"
        r"|\b(?:drop|waive|remove|cancel|reverse|take off|knock off) (?:the |that |this |your )?"
        r"(?:late |admin |extra |additional |interest )?(?:fees?|charges?|penalty|interest)\b"
        r"|\b(?:has|have|shows?|uses?|charg\w+|bill\w*|invoic\w*|at|with|lists?) "
        r"(?:the |our |an? )?(?:old|previous|last year's|outdated|superseded) "
        r"(?:price|rate|pricing|tariff|fee)s?\b"
        r"(?! (?:list|sheet|card|schedule)s?\b)")),
    # days or hours charged on top: "you've charged us three extra days of hire"
    ("says it was billed for more than was done", _c(
        r"\b(?:charged|billed|invoiced|charging|billing)\s+(?:us\s+|me\s+)?(?:for\s+)?(?:an?\s+)?"
        r"(?:", NUMBER, r"\s+)?(?:extra|additional|more|too many)\s+", MEASURE)),
    ("says the rate is not the agreed one", _c(
        r"\b(?:agreed|quoted|contracted|contract|negotiated|signed|usual|education|discounted)"
        r" (?:\w+ ){0,2}"
        r"(?:rate|price|fee|pricing|day rate|hourly|per hour|cost|figure)\b|\b(?:rate|price|"
        r"fee)s? (?:\w+ ){0,4}(?:is|are|was|were) (?:\w+ )?(?:higher|more|above|different)\b")),
    (HOLD_LABEL, _c(
        r"\b(?:until|till|pending|once|when|after|as soon as)\b(?:\s+\S+){0,6}?\s+",
        SETTLE_CONDITION, r"\b|\b(?:hold|holding|held|withhold\w*|pause\w*|park\w*|freez\w*|"
        r"delay\w*) (?:\w+ ){0,2}(?:payment|paying|it|this|the invoice|off)\b|\bon hold\b")),
]
PAYMENT_VERB = _c(r"\b", alt(PAID_VERB, MOVED_VERB), r"\b")
# "Once it is delivered" holds payment only when goods or work are in view.
HOLD_NEEDS_CONTEXT = re.compile(r"\b(?:delivered|received|finished|completed)\b", re.IGNORECASE)
CONTEXT_GOODS_OR_WORK = re.compile(rf"\b(?:{GOODS}|{WORK}|rest|remainder|balance of)\b", re.I)

# Payment made to wait on a remedy, whatever the verbs: the money (paying, settling, releasing,
# signing off, keeping or parking it), then a condition, then the remedy ("will be released
# upon receipt of conforming goods", "not settling this one until someone comes back and
# finishes the job", "we keep payment until we have correct items").
MONEY_ACT = alt(r"pay\w*", r"(?:be|been|get|gets|being) paid", r"settl\w*",
                r"square (?:\w+ )?up", r"releas\w*",
                r"sign\w* (?:\w+ ){0,2}off", r"approv\w*", r"process\w*", "clear",
                r"keep\w* (?:the |our )?payment",
                r"park\w*", "the (?:invoice|bill)", r"\d{3,}")
CONDITION = alt("until", "till", "upon", "once", "when", "after", "pending", "as soon as",
                "subject to", "on receipt of", "following",
                # "paid before this is corrected": before the remedy, in the passive
                r"before (?:this|that|it|the \w+) (?:is|are|has been|have been|gets)(?= \w+ed\b)")
REMEDY = alt(
    r"rectif\w*", r"replac\w*", r"fix\w*", r"correct\w*", r"conform\w*", r"repair\w*",
    r"resolv\w*", r"redo\w*", r"redone", r"exchang\w*", r"swap\w*", r"re-?suppl\w*",
    r"re-?deliver\w*", r"finish\w*", r"complet\w*", "comes? back(?! from)",
    r"(?:actually |properly |fully )?working", r"works (?:properly|again)",
    r"the right (?:\w+ )?(?:size|ones?|items?|parts?|goods|stock|colou?r|model|spec)", "sorted",
    "put right", "made good", r"inspect\w*", r"new (?:labels|stock|parts|units|ones)",
    r"(?:the|a|your|that) (?:\w+ )?(?:credit(?! (?:line|card|facility|limit|union|terms|check"
    r"|rating|score))|refund)\w*",
)
REMEDY_LABEL = "makes payment wait on a remedy"
# Payment waits on a fix, wherever the condition stands ("could we pay it over three months,
# once the leak is fixed?", "we'll pay when the credit note is reissued"): a remedy asked of us
# is a contest, and a plan request or a promise beside it must not draft or hold.
FIX_CONDITION = _c(
    r"\b(?:once|until|till|unless|when|after|as soon as|provided|so long as)\s+(?:\S+\s+){0,6}?"
    r"(?:is|are|has been|have been|gets?|got|been|get)?\s*(?:fixed|repaired|replaced|sorted out"
    r"|resolved|corrected|credited|put right|made right|reissued|re-?issued|revised|refunded"
    r"|taken off|removed|redone|re-?done|working again|rectified|amended)\b")
CONTEST = [
    (REMEDY_LABEL, _c(
        r"\b", MONEY_ACT, r"\b(?:\s+\S+){0,8}?\s+", CONDITION, r"\b(?:\s+\S+){0,8}?\s+",
        REMEDY, r"\b")),
    ("makes payment wait on a fix", FIX_CONDITION),
    # the right amount still to be billed: "for the correct amount we pay on 18 December", "we'll
    # pay once we have the corrected invoice"
    ("will pay only the correct amount", _c(
        r"\b(?:for|pay|with|send|issue|once we (?:have|get|receive)) (?:the |a )?(?:correct"
        r"|corrected|right|revised|amended|proper) (?:amount|invoice|figure|total|price|bill)\b")),
    # not the full price for what went wrong: "I don't think we should be paying full whack for
    # that day", "we shouldn't be paying for the second visit"
    ("refuses to pay in full for what went wrong", _c(
        r"\b(?:don't|do not|doesn't|does not) think (?:we|i) should (?:be )?(?:pay(?:ing)?|charged"
        r"|billed)\b|\b(?:we|i) (?:shouldn't|should not|won't|will not) (?:be )?"
        r"pay(?:ing)? (?:the )?(?:full (?:whack|price|rate)|for (?:that|this|those"
        r"|the \w+ (?:day|visit|hours?|call-?out)))\b")),
    # the payment stopped pending a look at the work: "payment of the referenced invoice is
    # suspended pending review by Engineering" (not a step of their own books: "on hold
    # pending the director's approval" is how they pay)
    ("holds payment pending a review", _c(
        r"\b(?:payment|it|this|the invoice|invoice|the balance)\b(?:\s+\S+){0,4}?\s+(?:is|are"
        r"|has been|have been|was|will be|remains)\s+(?:\w+\s+)?(?:suspended|on hold|withheld|held"
        r"|frozen|blocked|parked|stopped|paused)\b(?:\s+\S+){0,3}?\s*(?:pending|until|while"
        r"|subject to|awaiting)\s+(?:a |an |the |our |further )?(?:review|investigation|inspection"
        r"|assessment|resolution|clarification|explanation|response|answer|credit|correction"
        r"|outcome|report|site visit|meeting)\b")),
    ("makes payment depend on a fix", _c(
        r"\bbefore (?:anything|any of it|it|this|the invoice|the bill|payment) (?:is|gets|can be"
        r"|will be) (?:paid|settled|released|approved|processed)\b"
        r"|\b(?:sorted|fixed|resolved|corrected|replaced|rectified|put right) before (?:\S+ )?(?:it"
        r"|this|the invoice|the bill|payment) (?:goes through|is paid|gets paid|can be paid"
        r"|is processed|is approved)\b"
        r"|\bbefore (?:\w+ ){0,2}(?:i|we|anyone|anybody|you) (?:can |could |will )?"
        r"(?:make (?:the |a "
        r"|any )?)?", PAYMENT_WORD,
        r"|\b", PAYMENT_WORD, r"\b(?:\s+\S+){0,4}?\s+(?:once|when|after|if) (?:\w+ ){0,5}?"
        r"(?:right|working|fixed|done|sorted|correct|corrected|replaced|finished|there|resolved"
        r"|complete|completed|delivered|here)\b|\bthen (?:we|i)(?:'ll| will| can)? (?:talk|discuss"
        r"|decide|see|think) (?:about )?"
        # "no fix, no pay" holds ours; "no fish no money" is the customer's own trade
        r"|\bno (?!(?:fish|work|sales|trade|business|customers|clients|bookings|income|harvest"
        r"|guests|tourists|orders|jobs|rain|catch)\b)\w+,? no (?:payment|money|pay)\b"
        r"|\b(?:don't|do not"
        # "we can not pay it at once" is an inability, not a refusal
        r"|(?<!can )(?<!could )not|won't|will not|wouldn't|would not|shouldn't|should not)"
        r" (?:\w+ )?(?:pay|paying|approve|process|sign off|sign (?:it|this|that) off|"
        r"release)\b(?!(?:\s+\S+){0,2}?\s+(?:at once|all at once|in one go|in full))"
        r"(?:\s+(?:\w+\s+){0,2}(?:\$?\d[\d,.]*\s+)?(?:the|this|that|it|for|until|yet"
        r"|anything|fee|charge|bill|invoice))|\bpay (?:only )?for (?:what|the part|the \w+ "
        r"(?:that|which)) (?:\w+ ){0,2}(?:delivered|received|done|used|did|got|installed)\b"
        r"|\b(?:can't|cannot|can not) (?:\w+ )?(?:approve|process|sign off|release)\b"
        r"|\b(?:stopped|paused|cancel?led|put a stop on|held|holding) (?:the |our )?(?:payment|it"
        r")\b(?= (?:for now|until|pending))|\bpay (?:you )?the rest\b")),
    # payment kept back over the goods or the work, in the words of keeping it: "hold your invoice
    # until we've talked", "we can't pay for the returned items", "we'll pay once the footrests
    # arrive", "we want the log explained first", "I'm deducting that from your invoice", "we'll
    # need to talk about this invoice"
    ("keeps payment back over the goods or the work", _c(
        r"\bhold(?:ing)? (?:your|the|this|that|our) (?:invoice|bill)\b"
        r"|\b(?:can't|cannot|can not|won't|will not|not going to|refuse to) pay for (?:the|those"
        r"|these|that|this|any) (?:\w+ )?(?:return\w*|missing|damaged|broken|faulty|extra|unused"
        r"|wrong|late|cancell?ed)\b"
        r"|\bpay\w*\b(?:\s+\S+){0,4}?\s+(?:once|when|after|as soon as)\s+(?:the|your)\s+"
        r"(?:missing\s+|remaining\s+|rest of the\s+|correct\s+|replacement\s+)?"
        r"(?!(?:funds?|grant|money|payment|cheque|check|loan|transfer|invoice|bill|statement|insurance|refund)\b)\w+\s+(?:arrive"
        r"|arrives|turn up|turns up|are delivered|is delivered|come|comes|are fitted|is fitted)\b"
        r"|\b(?:explained|sorted|fixed|resolved|corrected|clarified|justified|redone) first\b"
        r"|\bdeduct\w* (?:\S+ ){0,3}?from (?:your|the|this|our payment of) (?:invoice|bill|it)\b"
        r"|\b(?:need|needs|have|has) to (?:talk|speak|discuss)(?: about)? (?:this|the|your) "
        r"(?:invoice|bill|charges?)\b")),
    # payment waits on us acting on the invoice or the work: "we cannot pay it before you
    # reprint", "we will pay the rental portion once you remove those two lines"; refused as
    # it stands: "not in a position to settle it as invoiced" (the refusal inside the match,
    # so no negation before it can read as a denial)
    ("makes payment wait on a remedy", _c(
        r"\b", MONEY_ACT, r"\b(?:\s+\S+){0,6}?\s+(?:before|until|till|once|after|when"
        r"|as soon as)\s+(?:you|your \w+)\s+(?:have\s+|'ve\s+|can\s+)?(?:\w+ly\s+)?(?:reprint|redo"
        r"|re-?\w+|remove|take (?:off|out)|credit|amend|correct|fix|replace|refund|explain|review"
        r"|look (?:at|into)|come back|send (?:a |the |us )?(?:new|corrected|revised|amended"
        r"|credit))\w*\b"
        r"|\b(?:not in a position to|can't|cannot|can not|won't|will not|unable to|not (?:going"
        r"|prepared|willing) to|refuse to)\s+(?:\w+\s+)?(?:pay|settle|approve|process"
        r"|authori[sz]e)\s+(?:\S+\s+){0,3}?as (?:invoiced|billed|charged|it stands|presented)\b")),
    # charges nobody agreed: "were never discussed with us and were not on the quote"; the
    # invoice not reflecting the work: "we do not feel the invoice reflects what was delivered"
    ("says the rate is not the agreed one", _c(
        r"\b(?:weren't|wasn't|aren't|isn't|were not|was not|are not|is not|were never|was never)"
        r" (?:on|in|part of) (?:the|our|your)"
        r" (?:original )?(?:quote|quotation|estimate|order|po|contract|agreement)\b"
        r"|\b(?:were|was)(?:n't| not)? never (?:discussed|agreed|quoted|mentioned|approved)\b"
        r"|(?:\bnot|n't) (?:\w+ ){0,3}(?:the )?(?:invoice|bill|charge|amount)"
        r" (?:reflects?|matches"
        r"|represents) (?:what|the work|the service|the job)\b"
        r"|\bexpect (?:that|this|it) to be reflected\b")),
    # the wrong thing done: "the guys trimmed the wrong hedges", "you delivered the wrong mix"
    ("says the item, size or order is wrong", _c(
        r"\b(?:trimmed|cut|sent|delivered|fitted|installed|painted|supplied|shipped|picked|removed"
        r"|mowed|cleaned|serviced|treated|laid|planted|built|printed|translated|repaired|replaced"
        r"|brought|used) the wrong\b")),
    # paying the full price refused for what was delivered: "we can't pay full price for that"
    ("refuses the full price for what was delivered", _c(
        r"\b(?:can ?not|can't|won't|will not|wo n't|shouldn't|should not|not (?:going|prepared"
        r"|willing) to|refuse to|unwilling to)\s+pay\s+(?:the\s+)?(?:full|whole|entire)\s+"
        r"(?:price|rate|fee)\s+for\s+(?:that|this|it|them|those|what|work|the (?:work|job"
        r"|service|results?))\b")),
    ("asks for the invoice to be corrected", _c(
        r"\b(?:re-?bill|re-?invoice|revised invoice|corrected invoice|amended invoice|credit "
        r"(?:note|memo)|take (?:that|this|it|the \w+) off|send (?:me |us )?(?:a new |an )?invoice"
        r" for (?:\d+|one|two|three|the)|correct (?:and|it and) re-?send|come back (?:out|and)"
        r"|come (?:and )?(?:finish|fix|see|redo|replace)|(?:has|have|needs?) to be (?:replaced"
        r"|redone|fixed|removed)|what are you going to do about|please verify)\b")),
    ("asks for the invoice to be corrected", _c(
        r"\b(?:send|issue|give|email) (?:us |me )?(?:a |the )?(?:new|corrected|revised|amended"
        r"|correct|right) (?:invoice|bill)\b(?:\W+\w+){0,3}?\W+(?:then|and then|and) (?:we|i)(?:'ll"
        r"| will| can| shall)? (?:pay|settle|process)\b")),
    ("says the invoice does not match what was done", _c(
        r"\b(?:says?|charges?|billed|invoiced|has|lists?|shows?|includes?) (?:\w+ ){0,4}?"
        r"(?:\d[\d,.]*"
        r"|two"
        r"|three|four|five|six|ten) (?:\w+ ){0,3}?(?:but|whereas|while|yet)\b|\b(?:says|count"
        r"|counted|there (?:are|were)|we have|we got|we received|arrived with) (?:only )?"
        # a count, not an invoice's number ("just confirming we received 4975")
        r"\d{1,3}\b(?![\d,.])"
        r"|\bdouble(?:-| )?(?:count|charg|bill)\w*|\b(?:hours|time|charges?) (?:\w+ ){0,4}(?:are"
        r"|is|were) double\b|\b(?:not|n't) the ones? (?:we|i) order\w*|\bour agreement (?:is|says"
        r"|has|was)\b|\b(?:agreement|contract|quote|estimate|po|purchase order) (?:has|says"
        r"|shows|states|lists)\b")),
    # Numbers set against each other: "3 hours, not 6", "25 bags not 30", "149 vs 49",
    # "ordered 40 ... got 32".
    ("sets the count against the invoice", _c(
        r"\b", NUMBER, r"\s*(?:\w+\s+){0,3}?(?:\w+\s*)?[,;]?\s*(?:not|instead of|rather than|vs\.?"
        r"|versus)\s+(?:the\s+)?", NUMBER, r"\b|\bordered\s+", NUMBER, r"\b(?:[^.]{0,60}?)\b"
        r"(?:(?:got|received|delivered|came)\s+(?:only\s+)?", NUMBER, r"\b|(?:and|but|only)\s+"
        r"(?:only\s+)?", NUMBER, r"\s+(?:came|arrived|turned up|showed up|were delivered"
        r"|were sent))")),
    # "closer to 7 hours", "doesn't support 18 hours", "can't make it add up", "seems a lot".
    ("says the count is more than was done", _c(
        r"\b(?:closer to|nearer to?|more like|at most|no more than) (?:about )?", NUMBER,
        r"\b|\b(?:does ?n't|does not|do ?n't|do not|can't|cannot|can not) (?:\w+ )?(?:support"
        r"|justify|add up|make (?:it|that|this|them) add up|reconcile|match up)\b"
        r"|\bseems? (?:like )?(?:a lot|high|excessive|steep|too (?:much|many|high)|a bit much)\b")),
    # A request to change the invoice: "pls adjust", "reissue with the correct PO".
    ("asks for the invoice to be changed", _c(
        r"\b(?:please|pls|plz|kindly|can you|could you|would you|can we|could we)\s+(?:\w+\s+){0,2}"
        r"?(?:adjust|reissue|re-issue|amend|void|remove|correct|deduct|refund|recount|re-?rate"
        r"|apply the credit|take (?:one|them|those|it) off)\b|\b(?:correction|amended|adjusted"
        r"|revised|corrected|updated) (?:invoice|copy|bill|statement)\b|\b(?:want|need|would like"
        r"|expect|request) (?:a |an |the )?(?:refund|credit|swap|replacement|exchange)\b")),
    ("says the service was cancelled or changed", _c(
        r"\b(?:we|i) (?:had |have )?(?:already )?(?:cancell?ed|downgraded|terminated|ended|stopped"
        r"|paused) (?:the |our |my |that |this )?(?:\w+ ){0,3}?(?:service|plan|subscription|order"
        r"|contract|account|booking|visits?|add-?on|session|membership)\b|\bwhy (?:is|are|was|were"
        r"|has|have|do|does|did) (?:\w+ ){0,4}?(?:on (?:this|the|my|our) (?:bill|invoice)|charg\w*"
        r"|bill(?:ed|ing)|invoic(?:ed|ing))\b|\b(?:still )?(?:billing|charging) (?:us|me) for\b"
        r"|\bcharged (?:\w+ ){0,3}?(?:for )?both\b|\b(?:does ?n't|does not|do ?n't|is ?n't|is not)"
        r" (?:seem |look )?right\b|\bis junk\b")),
    ("says the work failed or never happened", _c(
        r"\b(?:nobody|no one|no-one|none of your|nobody from your \w+) (?:\w+ ){0,2}(?:came|was "
        r"(?:here|there)|turned up|showed up|arrived)|\b(?:did ?n't|did not|never) (?:actually )?"
        r"(?:fix|grow|work|solve|repair|finish|complete|show|turn up|come|clean|mow|deliver)"
        r"\w*|\bstill (?:floods?|leaks?|broken|standing|full|not|dripping|dead|brown|blocked"
        r"|there|the same)\b|\b(?:died|burst|flooded|scalped|collapsed|sank|sunk|cracked|failed"
        r"|ruined|killed|dried out)\b|\bwas never (?:sent|done|delivered|watered|finished"
        r"|installed|completed|fixed)\b|\bwithout the (?:part|parts|materials|equipment)\b"
        r"|\b(?:disappointed|not happy|unhappy|upset|frustrated)\b")),
]

# A plan request by its frame: a request (a question, "is it possible", "would you agree",
# "would be a great help") and a way of paying over time or in parts, in either order ("Is it
# possible to stagger payment on it?", "a monthly arrangement until October would be a great
# help", "Maybe 2 or 3 times.", "would you agree to a staged payment?").
# The parts or the time, which say a plan only with the customer paying as their verb ("pay it
# in some parts", not "we were billed in two parts" nor "did you receive our two payments?").
PARTS = alt(
    r"in (?:some|several|multiple|a few|\d+|two|three|four|five|six|smaller|small|equal|monthly"
    r"|more|more than one)"
    r"(?: or (?:\d+|two|three|four|five|six))? (?:parts|times|goes|lots|tranches|stages|chunks"
    r"|(?<=one )payment"
    r"|bits|pieces|payments|instal(?:l)?ments"
    r"|halves|portions|amounts|sums)",
    r"(?:\d|two|three|four)(?: or (?:\d|three|four|five))? (?:times|payments|parts|instal\w*"
    r"|goes|tranches|chunks)",
    # as a second language asks it: "divide in some parts", "a payment in terms"
    r"divid(?:e|ing) (?:it |this |the \w+ )?(?:in|into) (?:some |two |three |several |a few )?"
    r"(?:parts|pieces|payments|portions)", r"(?:a )?payments? in terms",
    # "in thirds", "in portion", "bit by bit", "month by month"
    r"in (?:thirds|halves|quarters|portions?|tranches|lumps|instal(?:l)?ments|stages|chunks"
    r"|bits|pieces|dribs and drabs|(?:monthly |weekly )?rates)",
    r"(?:bit|little|piece|month|week|step|part) by (?:bit|little|piece|month|week|step|part)",
    r"(?:across|over) (?:the next |the coming )?(?:\d+|two|three|four|five|six|a few|few|several"
    r"|some|a couple of)(?: or (?:\d+|two|three|four|five|six))? (?:months|weeks)",
    r"over (?:jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*"
    r"|dec\w*) and (?:jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*"
    r"|nov\w*|dec\w*)", r"over time",
)
# A plan named as such, whoever pays: staged payments, a monthly arrangement, a four-month plan,
# half now and the rest in January.
PLAN_NOUN = alt(
    r"part[- ]payments?",
    r"(?:staged|staggered|phased|partial|smaller|monthly|weekly|fortnightly|quarterly"
    r"|regular|post-?dated) (?:payments?|arrangement|plan|schedule|basis|amounts?|cheques"
    r"|checks|instal\w*)",
    r"stagger\w*", r"(?:\d+|two|three|four|five|six|twelve)[- ](?:month|week|part|payment)"
    r" (?:plan|arrangement|schedule|split)",
    r"payment (?:plan|arrangement|schedule|programme|program)",
    r"half (?:this|now|today|in) (?:\w+ )?(?:and|,) (?:half|the (?:rest|other half|remainder))",
    r"(?:a |an )?(?:small|smaller|regular|fixed) amount (?:each|every|per|a) (?:month|week)",
    # a schedule the customer proposes: "I've attached a proposed schedule (4 payments, ...)"
    r"propos\w+ (?:payment |repayment )?(?:schedule|plan)",
    r"\d+ ?% (?:now|today|up ?front) and (?:\d+ ?% |the rest |the balance )?(?:each|every|per|a)"
    r" (?:month|week|fortnight)",
)
INSTALMENTS = alt(PARTS, PLAN_NOUN)
# The customer paying: "pay", "settle", "clear", "cover" (not "our client pays us").
PAY_VERB = (r"(?:pay(?:ing|s)?|settl\w*|clear(?:ing)?|cover(?:ing)?|repay\w*"
            r"|do (?:it|this|that|the (?:balance|invoice|bill|payment))"
            r"|get (?:you|it|this|that|the (?:balance|invoice|bill)) paid)\b(?! (?:us|me)\b)")
PLAN_ASK = alt(
    r"is (?:it |there |this |that )?(?:any way |a way )?possible", r"(?:be )?possible to",
    r"(?:wanted|want|like|need) to ask", r"ask (?:if|whether|you)",
    r"would you (?:be )?(?:ok|okay|open|willing|agree|accept|consider|allow|be able)",
    r"(?:you'd|you would) (?:agree|accept|consider|allow)", r"(?:can|could|may|might) we",
    r"(?:can|could|may|might) i", r"(?:we|i)(?:'d| would) (?:like|prefer|propose|suggest)",
    r"(?:please|kindly) (?:allow|let us|accept|agree|consider)", r"are you (?:ok|okay|open)",
    r"(?:we|i) (?:suggest|request)", r"propos(?:e|es|ing)", r"open to", r"agree to", r"accept",
)
PLAN_TAIL = alt(
    r"would (?:that|this|it) (?:work|be (?:ok|okay|alright|possible|acceptable|fine))",
    r"(?:would|will) (?:be|make) (?:a |such a )?(?:great |huge |big |real |massive )?"
    r"(?:help|difference)", r"(?:be )?acceptable", r"(?:be )?possible", r"(?:be )?feasible",
    r"(?:work|ok|okay) for you",
)
PLAN_FRAME_LABEL = "asks to pay over time or in parts"
# Not able to pay it all, in any wording of the inability ("we can unfortunately not pay the
# full amount", "we aren't in a position to pay the whole balance", "I don't have the full
# amount") or of the burden ("the whole amount at once would really hurt right now"). Its
# object is the sum, never a document: "we don't have the full invoice" asks for a copy.
INABLE = alt(
    r"can(?:'t|not| not)", r"can (?:\w+ly )?not", r"cant", r"dont have",
    r"(?:are|am|is|'re|'m)(?:n't| not) (?:\w+ )?(?:able|in a position) to",
    r"(?:un|not )able to", r"(?:won't|will not|wo n't) be able to",
    r"could(?:n't| not)", r"(?:don't|do not|doesn't|does not|didn't|did not) have",
    r"(?:haven't|have not|hasn't|has not) got", r"no way (?:we|i) can", r"not in a position to",
)
THE_SUM = alt(
    r"(?:the )?(?:full|whole|entire|total|complete) (?:amount|balance|sum|payment|lot|figure"
    r"|thing)",
    r"(?:it |this )?all (?:of it )?(?:at once|now|in one go|right now)",
    r"everything (?:at once|now)",
    r"(?:it |this )?in full", r"(?:it |this )?in (?:one|a single) (?:go|payment|hit|lump)",
)
BURDEN = alt(
    "hurt", "hard", "difficult", "tough", "too much", "a stretch",
    r"more than (?:we|i) can (?:manage|afford|handle|do|cover)", "impossible", "not possible",
    r"crippl\w*", "break us", "sink us", "a struggle", "painful", "beyond us", "too big", "a lot",
)
ALL_AT_ONCE_LABEL = "cannot pay it all now"
INSTALMENT_LABEL = "pays one more part of a running plan"

TIME_REQUEST = [
    # the parts as a need, not a question: "we'll get you paid, it'll have to be in bits"
    (PARTS_LABEL, _c(
        r"\b(?:it|this|that|payment|the (?:balance|invoice|bill|rest))(?:'ll| will| would"
        r"|'s going to| is going to)?\s+(?:have|need|needs|has) to (?:be|come|go)\s+"
        r"(?:\S+\s+){0,2}?", PARTS, r"\b")),
    (PLAN_FRAME_LABEL, _c(
        # asked, and named as a plan: "would you agree to a staged payment?"
        r"\b", PLAN_ASK, r"\b(?:\s+\S+){0,10}?\s+", PLAN_NOUN, r"\b"
        r"|\b", PLAN_NOUN, r"\b(?:\s+\S+){0,10}?\s+(?:", PLAN_TAIL, r")\b"
        r"|\b", PLAN_NOUN, r"\b[^.!?\n]{0,60}\?"
        # the customer paying in parts or over time: "is it possible to pay it in some parts?",
        # "paying it across three months, would that work?"
        r"|\b", PAY_VERB, r"(?:\s+\S+){0,6}?\s+", PARTS, r"\b(?:[^.!?\n]{0,60}\?|(?:\s+\S+){0,10}?"
        r"\s+(?:", PLAN_TAIL, r")\b)"
        r"|\b", PLAN_ASK, r"\b(?:\s+\S+){0,8}?\s+", PAY_VERB, r"(?:\s+\S+){0,6}?\s+", PARTS, r"\b"
        # asked as leave to pay so: "would you mind if I paid it over December and January?",
        # "would it be alright if we paid this across two months?"
        r"|\b(?:(?:would|do) you mind if|would it be (?:alright|all right|ok|okay|possible|fine"
        r"|acceptable) if|(?:would|will|are|is) (?:\S+ ){0,2}?(?:be )?(?:ok|okay|alright|all right"
        r"|fine|cool|happy) (?:with it )?if) (?:we|i) (?:paid|pay|settled|settle|cleared|split"
        r"|spread)\b"
        r"(?:\s+\S+){0,6}?\s+", PARTS, r"\b"
        # a schedule proposed: "would like to propose the following arrangement"
        r"|\bpropos\w*\s+(?:\S+\s+){0,3}?(?:the following|this|a|an|the below|our) (?:payment )?"
        r"(?:arrangement|schedule|plan)\b"
        # the parts accepted by us: "whether you'd accept the balance in two or three payments"
        r"|\b(?:accept|take|receive)\s+(?:the (?:balance|amount|rest|bill|invoice)|it|this|payment)"
        r"\s+", PARTS, r"\b"
        # a bare proposal in answer: "Maybe 2 or 3 times."
        r"|^\W*(?:maybe|perhaps|say|or)\s+", PARTS, r"\W*$")),
    (ALL_AT_ONCE_LABEL, _c(
        r"\b", INABLE, r"(?:\s+\S+){0,3}?\s+", THE_SUM, r"\b"
        # "paying the whole thing in one hit isn't realistic right now"
        r"|\b(?:the (?:full|whole|entire|total) (?:amount|balance|sum|bill|thing)|it all|all of it)"
        r"\s+(?:in one (?:go|hit|payment)|at once|up ?front)\s+(?:is(?:n't| not)"
        r"|would(?:n't| not) be"
        r"|won't be|will not be)\s+(?:\w+\s+)?(?:realistic|doable|feasible|manageable|possible"
        r"|an option)\b"
        r"|\b(?:the (?:full|whole|entire|total) (?:amount|balance|sum|bill|thing)|it all|all of it"
        r"|everything|one (?:lump[- ]sum|payment))\s+(?:\w+\s+){0,2}?(?:at once|in one go"
        r"|in one hit|right now|now|this month|up ?front)\s+(?:would|will|is|'s|would be"
        r"|is going to)\s+"
        r"(?:\w+\s+){0,2}?", BURDEN, r"\b")),
    # all at once refused: "we cannot settle it in one amount", "a single payment is not feasible"
    ("cannot pay it all now", _c(
        # as a second language says it: "we have not the money for pay the full invoice", "the
        # total is not possible, only one part", "we do not have the money all together"
        r"\b(?:have|has) not (?:the )?(?:money|cash|funds) (?:for|to) (?:pay )?(?:the )?"
        r"(?:full|whole|total|complete)\b|\b(?:the )?total is not possible\b"
        r"|\b(?:do|does) not have the (?:money|cash|funds) all together\b"
        r"|\bonly (?:one|a) part (?:now|first|at this moment)?\b"
        r"(?=.*\b(?:rest|after|later)\b)|"
        # "it will not be possible for us to pay all of it now", "the full amount is not possible",
        # "the full amount isn't going to happen", "not in one lump"
        r"\b(?:not|n't) (?:be )?possible (?:for us )?to pay (?:all|the (?:full|whole))\b"
        r"|\b(?:the )?(?:full|whole|total) amount (?:is not|isn't|won't be|will not be"
        r"|is not going to|isn't going to) (?:\w+ )?(?:possible|happen\w*|doable|feasible)\b"
        r"|\bnot in one (?:lump|go|payment|hit)\b|"
        # "we have not money for all invoices"
        r"\b(?:have|has)(?: not|n't| no)(?: enough)? (?:money|cash|funds) (?:for|to pay)"
        r" (?:all|every|the whole|everything)\b|"
        # "doing it all at once isn't going to happen", "not possible all together"
        r"\b(?:all (?:at once|together|in one go)|in one go|at one go)\b(?:\s+\S+){0,3}?\s+"
        r"(?:is|isn't|is not|won't|will not|not|ain't)\s+(?:\w+\s+){0,2}?(?:possible|happen\w*"
        r"|doable|feasible"
        r"|an option|realistic|on)\b"
        r"|\bnot (?:possible|doable|feasible|realistic) (?:all (?:at once|together)|in one go)\b"
        r"|\b(?:can't|cannot|can not|unable to|not able to|won't be able to)\s+(?:\w+\s+){0,2}"
        r"(?:\S+\s+){0,2}?in (?:one|a single) (?:amount|go|payment|lump|sum|instalment|hit)\b"
        r"|\b(?:a single|one) (?:lump[- ]sum )?payment\b(?:\s+\S+){0,4}?\s+(?:is|would be|isn't"
        r"|is not) (?:not )?(?:feasible|possible|doable|an option|realistic)"
        r"|\b(?:isn't|is not|won't be|will not be|not) (?:possible|doable|feasible|manageable)"
        r" in (?:one|a single) (?:go|payment|lump|hit|amount)\b")),
    ("asks for more time", _c(
        r"\b(?:an?|any|some|short|brief) extension\b|\bextension (?:of time|on|for)\b")),
    # "Can we set up a meeting next week" asks for a meeting, not for time to pay: the words
    # between the ask and the later day name no meeting, call or visit.
    ("asks for time or a plan", _c(
        r"\b", ASK, r"\b(?:\s+(?!(?:meet|call|chat|talk|discuss|visit|catch up|go over)\w*\b)"
        r"\S+){0,10}?\s+", LATER, r"|\b", ASK,
        r"\b(?:\s+\S+){0,6}?\s+(?:pay|settle|clear)\w*\b(?:\s+\S+){0,4}?\s+(?:on|by|in|at|after)"
        r"\s+", DATE_HINT)),
    ("offers part of the balance", _c(
        r"\b(?:can|could|will|'ll|would|able to)\s+(?:\w+\s+)?(?:send|pay|do|manage|afford|"
        r"transfer|cover)\s+(?:you\s+)?(?:half|part|some|something|a portion|a part|\$\s?\d[\d,.]*"
        r"|\d[\d,]*\.\d\d|\d[\d,]*\s*(?:dollars|usd|eur|gbp|cad|aud))\b"
        r"(?!\s+in full)")),
    # "with our weekly transfers" names how they pay everyone, not a plan for this invoice.
    (PARTS_LABEL, _c(
        r"\b(?<!our )(?<!usual )(?<!regular )(?<!once )(?<!twice )(?:monthly|every month|each month"
        r"|per month|a month|weekly|every week|quarterly"
        r"|gradually|bit by bit|little by little|part by part|piece by piece|step by step"
        # "could you take something now and the rest as it comes in?", "accept to divide it",
        # "get something to you regularly until it's cleared"
        r"|(?:accept|agree) to divide (?:it|this|the \w+)|\bdivide (?:it|this) in\w*"
        r"|something (?:to you )?(?:regularly|each month|every month)"
        # "could you take something now and the rest as it comes in?"
        r"|(?:take|accept) (?:something|some|part|a bit|a little) now and the rest"
        # "would part now and part later work for you?", "carry the rest into next year's budget"
        r"|part (?:of it )?(?:now|today|this month) and (?:part|the rest) (?:later|next \w+)"
        r"|(?:carry|roll|push|move) the (?:rest|balance|remainder) (?:in)?to next"
        r"|in (?:\d+ |two |three |four |a few |several "
        r"|smaller |small |equal )*(?:parts|pieces|chunks|stages|instal(?:l)?ments?|payments"
        r"|tranches"
        r"|halves)|spread\w*|split\w*|instal(?:l)?ments?|schedule for the rest|not all at once"
        r"|(?:not|\w*n't) (?:\w+ ){0,2}?pay\w* (?:it |this |the \w+ )?all at once"
        r"|a (?:third"
        r"|quarter|half|portion) (?:now|right away|today|up front|upfront)"
        r"|pay(?:ing)? (?:it |this |this one |that |the balance |the rest |the account |the bill "
        r"|the invoice |the amount )?(?:off|down)"
        r"(?! in full)"
        # an amount per period, the parts counted: "250/month", "60/mo", "every two weeks",
        # "how bout 3 payments?"
        r"|\d[\d,.]*\s*/\s*(?:mo|mth|month|wk|week)|every (?:two|2|three|3|other|few) weeks"
        r"|(?:send|pay|do|manage|afford) (?:you )?(?:a bit|a little|something|some) (?:each|every"
        r"|a|per) (?:week|fortnight|month)"
        r"|(?:how about|how bout|what about|maybe|perhaps|could we do|can we do|can i do)"
        r" (?:\d+|two|three|four|five|six) (?:payments|instal\w*|parts)"
        r"|(?:smaller|partial|reduced) (?:monthly )?payments?|pay (?:a )?little"
        # paying it down in small bites, asked: "can we chip away at it?"
        r"|chip(?:ping)? away at (?:it|this|the (?:balance|bill|invoice|rest))"
        # the spreading verb after a request: "if we could stagger ours to you a little",
        # "could we spread the balance?"
        r"|(?:(?:could|can|may|might) (?:we|i)|(?:we|i) could) (?:\w+ )?(?:stagger|spread|stretch"
        r"|phase) (?:it|this"
        r"|ours|that|the (?:balance|bill|invoice|payments?|rest)))\b"
        r"(?!\s+(?:\w+\s+)?(?:run|batch|cycle|schedule|release|proposal))")),
    ("cannot pay it all now", _c(
        r"\b(?:can't|cannot|can not|unable to|not able to|can only|could only|struggl\w+ to"
        r"|won't be able to|will not be able to|not in a position to)\s+(?:\w+\s+){0,1}(?:pay"
        r"|cover|find|do|manage|settle|afford|clear)\b(?:\s+\S+){0,3}?\s+(?:the whole|the full"
        r"|all|in full|everything|at once|right now|this month|part|the (?:entire|total))"
        r"|\bcan only (?:pay|do|manage|afford|cover) ")),
    ("asks for more time", _c(
        r"\b(?:more|extra|additional|a few more|a few extra|some extra|a couple more|few more)"
        r" (?:time|weeks?|days|months?)\b|\banother (?:couple (?:of )?|few |two |three )?"
        r"(?:weeks?|days|months?)\b|\bextend (?:the |our |my )?(?:due date|deadline|terms"
        r"|payment)|\bpush (?:this|it|the \w+|payment) (?:out|back)\b|\bbreathing (?:room|space)"
        r"|\b(?:any|some|(?<!for )your) (?:patience|leeway|flexibility|understanding)\b"
        r"|\bflexib\w+ on"
        r"|\bwork (?:with|something out with) (?:me|us)\b|\bwhat are (?:my|our) options\b"
        # "what options do we have?", "are there any payment options?", "any wiggle room?"
        r"|\bwhat (?:options|choices|possibilities|arrangements) (?:do|would|could|might|can) (?:we"
        r"|i) (?:have|get)\b|\b(?:are there|is there|do you have|do you offer) (?:any )?(?:other )?"
        r"(?:payment )?(?:options|arrangements)\b|\bwiggle room\b"
        r"|\b(?:talk|speak) about (?:options|a plan|terms)|\boptions for (?:this|the|paying)"
        r"|\b(?:need|needs|want|would like|ask for|asking for) (?:\w+ ){0,2}until\b"
        # "i need a few months", "a little more runway"
        r"|\bneeds? (?:a few|a couple of|two|three|\d+) (?:more |extra )?"
        r"(?:weeks|months)\b|\bmore runway\b"
        # "I must ask you for patience with your invoice", "we will pay certainly, only later",
        # "we will finish paying", "ask your comprehension", "can we talk about a schedule?"
        r"|\b(?:ask|asking) (?:you )?for (?:your )?patience\b|\bpatience with (?:your|the|this)"
        r" (?:invoice|bill|account)\b|\b(?:pay|paying)\b(?:\s+\S+){0,2}?\s+only later\b"
        r"|\bwe will finish paying\b|\bask (?:for )?your comprehension\b"
        r"|\b(?:need|needs|needed) (?:a (?:little|bit|touch) )?longer\b"
        r"|\b(?:talk|speak) about a (?:payment )?(?:schedule|plan)\b"
        # "it will take longer", "accept extended payment terms", "which options you have"
        r"|\b(?:will|'ll|is going to) take (?:a (?:bit|little) |some )?longer\b"
        r"|\bextended (?:payment )?terms\b|\bwhich options (?:do )?you (?:have|offer)\b"
        r"|\b(?:make|set up|agree|come to|have) (?:an|some) (?:payment )?arrangement\b"
        # "giving us a little longer", "allow me a bit longer", "let us have a bit longer on this
        # one", "give us a bit of a gap", "please give some way"
        r"|\b(?:give|giving|allow|allowing|grant|granting|let (?:us|me) have)\s+(?:(?:us|me)\s+)?"
        r"(?:a (?:little|bit|few \w+)(?: of)?\s+|(?:some|slightly|just)\s+)?(?:a\s+)?(?:longer"
        r"|more time|extra time|an extension|leeway|breathing (?:room|space)|gap|way|grace)\b"
        r"|\bwhat are the options\b"
        # finding a way together: "could we find something that works for both of us?"
        r"|\b(?:find|work out|figure out|come to|agree|sort out|reach)\s+(?:\w+\s+)?(?:something"
        r"|a way|an arrangement|a solution|a plan|an agreement|terms|a compromise|a middle ground)"
        r"\b(?:\s+\S+){0,5}?\s+(?:that )?(?:works|suits|for both|for us both|between us)\b"
        # "any chance we could stretch this one out a bit?", "a bit longer"
        r"|\bstretch(?:ing)? (?:it|this|this one|that|ours|the payments?|payment|the balance) out\b"
        r"|\b(?:give|allow) (?:me|us) (?:a (?:bit|little) )(?:longer|more time)\b"
        # "we'll need a little longer to get it paid", "going to need a bit longer on this one"
        r"|\bneeds? (?:a (?:little|bit|few days|few weeks|week or two) |some(?:what)? |slightly )?"
        r"longer\b(?! (?:than|for (?:the|your|delivery|shipping)))")),
    # asking us to wait, in the words of waiting: "could you hold off a few weeks?", "bear with
    # us", "some leniency on the due date", "a longer timescale"
    ("asks for more time", _c(
        r"\b(?:could|can|would|will) you (?:please |kindly |possibly )?(?:hold off|wait|bear with"
        r" (?:us|me))\b|\bbear with (?:us|me)\b(?! (?:while|as) (?:we|i) (?:check|look))"
        r"|\bwhat can (?:we|i) (?:work out|arrange|agree|do)\b"
        r"|\bwork (?:something|it|this|a plan) out\b|\blenien\w+|\bindulgence\b"
        r"|\b(?:can|could) (?:we|i) (?:arrange|agree|sort out|set up) something\b"
        r"|\bwork out (?:some (?:kind|sort) of |an? |some )?(?:arrangement|plan|deal|schedule)\b"
        r"|\b(?:longer|extended|longer payment) (?:timescale|time ?frame"
        r"|terms|period)\b")),
    # one more part of a plan already running: "another $350 sent today", "sent another 400"
    # (SPEC: two or more partial payments and a balance remaining make a plan)
    (INSTALMENT_LABEL, _c(
        r"\banother\s+(?:[$\u00a3\u20ac]\s?)?\d[\d,.]*\b(?:\s+\S+){0,2}?\s*(?:sent|paid|transferred"
        r"|gone|went|wired)\b|\b(?:sent|paid|transferred|wired)\s+(?:you\s+)?another\s+"
        r"(?:[$\u00a3\u20ac]\s?)?\d")),
    # longer terms asked for this invoice: "could we move to 60-day terms for this one?", "60
    # day terms on this one?" (new terms alone, "we'd like to move to 60 day terms", ask
    # nothing of this invoice: a person reads them)
    ("asks for more time", _c(r"(?=.*\b(?:for|on|to) (?:this|it|this one|this invoice)\b)(?:"
        r"\b(?:move|moving|switch|change|go|extend\w*)\s+(?:us\s+|it\s+|this\s+)?(?:to|onto|on)\s+"
        r"(?:\d+|sixty|ninety|forty[- ]five)[- ]?day\s+(?:payment\s+)?terms\b"
        r"|\b(?:have|get|give us|allow us|apply|grant us|offer us)\s+(?:\w+\s+)?(?:\d+|sixty|ninety"
        r"|forty[- ]five)[- ]?day\s+(?:payment\s+)?terms\b"
        r"|\b(?:\d+|sixty|ninety|forty[- ]five)[- ]?day\s+(?:payment\s+)?terms\s+(?:could|would"
        r"|might|can)\s+(?:apply|be (?:possible|granted|arranged|allowed)))")),
    (PARTS_LABEL, _c(
        # "could we break it up?"
        r"\b(?:could|can|may) (?:we|i) break (?:it|this|that|the (?:balance|bill|amount|payment))"
        r" up\b|"
        r"\bbreak(?:ing)? (?:it |this |that |the \w+ |\d+ )?(?:up )?(?:into|in) (?:a few |two "
        r"|three |four |\d+ |smaller |some )?(?:chunks|parts|pieces|instal\w+|payments|bits)\b")),
    ("says cash is tight", _c(
        r"\b", CASH, r"\b(?:\s+\S+){0,3}?\s+", TIGHT, r"\b|\b", TIGHT, r"\s+(?:\w+\s+)?",
        alt("cash(?:[- ]?flow)?", "month", "months", "quarter", "period", "season", "spell",
            "patch", "times?", "year", "stretch"), r"\b")),
    (WAITS_LABEL, _c(
        r"\b(?:until|till|once|when|after|as soon as|waiting (?:on|for)|awaiting|depend\w* on)"
        r"\b(?:\s+\S+){0,3}?\s+(?:our |the |a |my |their )?", AWAITED_MONEY, r"\b")),
]
WITHDRAWN_LABEL = "withdraws its own complaint"
RESOLVED_ACTS = [
    # The customer withdrawing its own complaint: "please ignore my last email - found the
    # carton", "the missing box turned up after all, so that's sorted".
    (WITHDRAWN_LABEL, _c(
        r"\b(?:please |pls )?(?:ignore|disregard) (?:my|our|the) (?:last|previous|earlier|other)"
        r" (?:e-?mail|message|note|query)\b"
        r"|\b(?:please |pls )?(?:ignore|disregard) (?:my|our) (?:e-?mail|message|note)"
        r" (?:from|of|sent|on) (?:\w+ ){0,2}?(?:saying|that said|about)\b"
        r"|\bturned up (?:\w+ ){0,3}after all\b"
        r"|\b(?:that's|that is|it's|it is|all) (?:now |all )?(?:sorted|resolved|fixed)(?: now)?"
        r"\W*$")),
    # the customer's own claim taken back: "I told you last week this was paid but that was
    # actually a different supplier" (the clause after the "but" points back at the claim)
    (WITHDRAWN_LABEL, _c(
        r"^\W*(?:but\s+)?(?:that|it|this) (?:one )?(?:was|were) (?:actually |in fact |really )?"
        r"(?:for |about"
        r" )?(?:a different|another|the wrong|an? other) (?:supplier|vendor|invoice|company|account"
        r"|bill|customer)\b")),
    (WITHDRAWN_LABEL, _c(
        r"\b(?:i|we) (?:told|said to|wrote to|mentioned to|informed) you\b(?: \w+){0,4}? (?:was|had"
        r" been|were|is) (?:already )?(?:paid|sent|settled)\b(?: \w+){0,2}? but\b(?: \w+){0,3}?"
        r" (?:a different|another|the wrong|wrong|an? other) (?:supplier|vendor|invoice|company"
        r"|account|bill)")),
    # the defect itself told as sorted: "the torn linings were sorted with your replacement"
    # (nothing turning after it: "the cracked tiles were replaced but the new ones are cracked")
    ("says the problem was fixed", _c(
        r"^(?!.*\b(?:but|however|though|although|still|again|too|yet|except|new ones)\b).*?\b",
        DEFECT, r"(?: [\w-]+){1,4} (?:was|were|has been|have been|got|are now|is now)"
        r" (?:all |fully )?(?:sorted|fixed|resolved|replaced|put right|redone|corrected)\b")),
    ("says the problem was fixed", _c(
        r"\b(?:thanks?|thank you) (?:\w+ )?for (?:fixing|correcting|sorting|resolving|amending"
        r"|reissuing|the (?:revised|corrected|amended|new) invoice|the credit)|\ball good now\b"
        r"|\bnothing (?:is )?outstanding\b|\b(?:issue|problem|matter|complaint|query)\b(?: \w+)"
        r"{0,4} (?:was|were|has been|have been|is|got) (?:\w+ )?(?:fixed|sorted|resolved|redone"
        r"|replaced|relaid|corrected|put right)\b"
        r"|\breissued (?:it |the invoice |\d+ )?(?:with|under|to show)\b"
        r"|\bconfirmed (?:it|that it) (?:is|was) (?:now )?(?:in their system|fine|correct|ok|right)"
        r"|\b(?:customer|client|they|he|she) (?:has |have |then |now )?(?:accepted|understood"
        r"|(?:is|was|are|were) (?:now )?(?:happy|satisfied|fine) with (?:it|that|this|the"
        r" explanation))\b(?!\s+(?:to|our|the (?:plan|offer|reminder)))")),
]
# A standing instruction that no machine chases this customer: a verb that halts, then the
# chasing itself ("VIP - do not send automated dunning", "pause reminders", "hold off on the
# chasers"), or the account kept by a person ("managed personally", "call Sam first"). Only
# sending words and adjectives may stand between them: "we never received any reminders"
# reports, it instructs nothing.
HALT = alt("do not", "don't", "dont", "never", "please don't", "stop", "pause", "suspend", "halt",
           "cease", r"hold off(?: on)?", "no more", "no further", "turn off",
           "switch off", "disable", r"exclude (?:\w+ )?from")
CHASE_FILLER = alt("send(?:ing)?", "issu(?:e|ing)", "run(?:ning)?", "any", "the", "our", "your",
                   "these", "those", "further", "more", "them", "him", "her", "us", "(?:e-?)?mail",
                   "automated", "automatic", "auto", "system", "bot", "generic", "standard",
                   "routine", "template", "computer-generated", "form", "overdue", "payment",
                   "collections?")
CHASING = alt("reminders?", "dunning", "chasers?", "chasing", "nudges", "follow-?ups?",
              r"(?:collections?|overdue|payment) (?:emails?|letters?|notices?|messages?)",
              "reminder (?:emails?|letters?|notices?)",
              "the (?:reminder|dunning) (?:cycle|sequence)")
KEPT_BY = alt("personally", "directly", "in person", "by (?:the )?(?:account|relationship) "
              "(?:owner|manager|lead)", r"by \w+ (?:only|personally|herself|himself)")
NO_CHASING = [
    ("asks that no machine chases it", _c(
        r"\b", HALT, r"\s+(?:", CHASE_FILLER, r"\s+){0,3}", CHASING, r"\b")),
    ("is kept by a person", _c(
        r"\b(?:managed|handled|dealt with|looked after|kept|owned|run)\s+(?:\w+\s+){0,3}?",
        KEPT_BY, r"\b")),
    ("asks for a call first", _c(
        r"\b(?:call|phone|ring|speak (?:to|with)|talk to|check with) (?!(?:me|us)\b)\w+"
        r"(?: \w+)? first\b(?!\s+thing)")),
]
# The customer's standing way of paying everyone, told as a fact: "we process supplier
# payments on the 20th of each month", "according to our payment schedule of month end", "we
# simply pay suppliers on the 15th and 30th", "our payments are released on the 4th". A rhythm
# or a schedule there is their books' calendar, not a plan asked for this invoice, and a
# present-tense "are released" is a habit, not a payment made.
# The customer's rule for every payment, in the plural present with its rhythm: "cheques are
# mailed the same day" tells how a payment goes, not that this one went ("your cheque was
# mailed", "the cheques are mailed" with no rhythm, may claim it).
PAYMENT_RULE = _c(
    r"\b(?:cheques|checks|payments|transfers|remittances)\s+(?:are|get)\s+(?:\w+\s+)?"
    r"(?:mailed|posted|sent|issued|released|made|processed|paid|dispatched)\s+(?:out\s+)?"
    r"(?:on\s+)?(?:the same day|that day|the next day|the following day|the day after)\b")
OUR_PRACTICE = _c(
    r"\b(?:our|their|the company's|company)\s+(?:usual\s+|normal\s+|standard\s+|regular\s+"
    r"|own\s+|internal\s+)?(?:(?:monthly|weekly|month[- ]end)\s+)?(?:payment|pay|supplier"
    r"|vendor|ap|payables|accounts payable|disbursement)\s+(?:schedule|run|cycle|calendar"
    r"|policy|process|terms|day|date)s?\b"
    r"|\b(?:supplier|vendor|creditor)\s+(?:payments|invoices)\b"
    r"|\b(?:we|they)\s+(?:\w+\s+)?(?:pay|process|run|settle|release)\s+(?:all\s+)?(?:our\s+)?"
    r"(?:suppliers|vendors|creditors|invoices|payments)\b"
    r"|\b(?:our|all)\s+(?:\w+\s+)?payments\s+(?:are|get|go)\s+(?:\w+\s+)?(?:released|made|sent"
    r"|processed|paid|run|out)\b"
    r"|" + PAYMENT_RULE.pattern)
# ...unless the customer asks for something in that clause: "could we pay it on our monthly
# payment run, in three parts?" asks for a plan.
PRACTICE_ASK = _c(r"\?|\b", alt(ASK, PLAN_ASK), r"\b")
# Hardship that explains a delay without asking for anything: a dated promise beside it stands.
REASON_LABELS = frozenset({"says cash is tight", WAITS_LABEL})
# Which acts a clause shows of itself; `evidence` lets a dated promise beside one stand.


# Words that may carry a complaint, a payment made or a threat. A clause the judge cannot read
# is context only when it has none of these and the same email says something the judge can
# act on ("We run cheques twice a month; yours is on the list for the 30th").
RISK_CUES = _c(r"\b", alt(
    "wrong", "incorrect", "errors?", "mistakes?", r"damag\w*", r"broke\w*", "missing",
    r"fault\w*", r"defect\w*", r"complain\w*", r"disput\w*", r"disagree\w*", "unhappy",
    r"dissatisf\w*", r"refund\w*", "credit", r"overcharg\w*", "charged", "billed", "invoiced",
    "hours?", "rate", r"quot\w+", "agreed", "agreement", r"cancel\w*", "returned", r"replac\w*",
    "lawyers?", "legal", "court", r"bankrupt\w*", "already", r"remit\w*", "wired",
    "transferred", "receipt", "remittance", "proof", r"refus\w*", r"withh\w*", "hold", "never",
    "nobody", "still", "stop", "ignore", "mark", "instructions?", "paid", "sent", "cleared",
    "reference", "trace", "confirmation", "fix", "redo", "poor", "nothing", "no one",
), r"\b")

# Words of a complaint, a payment claim or a threat, for messages the judge reads only for
# claims (a note, an email older than the last reminder): narrower than RISK_CUES and
# CLAIM_MARKS, because "Left a voicemail about 1391" or "Gate code changed to 4471" in an old
# message is history, and a complaint says what is wrong.
LATER_CLAIM_CUES = _c(r"\b", alt(
    "wrong", "incorrect", "errors?", "mistakes?", r"damag\w*", r"broke\w*", "missing",
    r"fault\w*", r"defect\w*", r"complain\w*", r"disput\w*", r"disagree\w*", "unhappy",
    r"dissatisf\w*", r"disappoint\w*", "upset", r"frustrat\w*", "angry", "furious",
    r"refund\w*", r"overcharg\w*", r"quer(?:y|ied|ies)", r"contest\w*", r"reject\w*",
    r"object\w*", "lawyers?", "attorney", "legal", "court", "solicitors?", r"bankrupt\w*",
    r"insolv\w*", r"receivership", r"liquidat\w*", "already", r"refus\w*", r"withh\w*",
    r"hold(?:ing)?", "on hold", "never", "nobody", "no one", "not happy", "short", r"shortfall",
    r"cancel\w*", "returned", r"redo\w*", "poor", "unacceptable", r"paid", r"remitted",
    r"(?:sent|made|mailed|wired|transferred) (?:the |a |our )?(?:payment|cheque|check|funds)",
    r"not (?:paying|going to pay|pay)", r"won't pay", "stop",
), r"\b")

# What makes a clause a claim rather than context, whatever its words: a negation, a number, a
# condition or a contrast, a refusal, an instruction, money, evidence offered, or the goods and
# the work themselves. A clause the judge could not read beside a promise or a plan request is
# context only when it carries none of these; the lexicon above cannot list every complaint
# ("Two of the three water features, not three"), these marks of a claim it can.
_INSTRUCTION_MARK = (
    r"^\W*(?:please |pls |kindly |can you |could you )?(?:check|look(?!,)|see|swap|replace|fix|send"
    r"|take|remove|credit|cancel|confirm|reconcile|refer|note|update|correct|adjust|reissue"
    r"|deduct|chase|call|ring|return|review|verify|investigate)\b")
_MONEY_MARK = (r"\b(?:balance|amount|price\w*|cost\w*|charge\w*|fee\w*|bill\w*|deduct\w*"
               r"|discount\w*)\b")
_EVIDENCE_MARK = r"\b(?:photos?|pictures?|footage|video|attached|attachment|evidence|records?)\b"
_GOODS_OR_WORK = (
    r"\b(?:deliver\w*|arriv\w*|install\w*|crew|work(?:ed|manship)?|job|service\w*|goods|items?"
    r"|orders?|quantit\w*|short|extra|parts?|units?|boxes|pallets?|yards?|quality|finish\w*"
    r"|repair\w*|leak\w*|crack\w*|dead|died|stopped|connect\w*|fit\w*|size\w*)\b")
CLAIM_MARKS = _c(alt(
    r"\b(?:not|no|never|none|nothing|nobody|without|neither|nor)\b", r"n't\b", r"\d",
    r"\b(?:until|till|unless|before|once|if|provided|except|but|however|although|though)\b",
    r"\b(?:won't|can't|cannot|unable|refuse\w*|reluctant|hesitant)\b",
    _INSTRUCTION_MARK, _MONEY_MARK, _EVIDENCE_MARK, _GOODS_OR_WORK,
    r"\b(?:works?|hours?|days?|working)\b",
))
# The marks that name a claim's matter (the goods, the work, money, evidence, an instruction)
# rather than its grammar: beside a plan request or a promise, negations, numbers and "until"
# run through every story ("I don't want to leave you hanging", "until the 30th").
MATTER_MARKS = _c(alt(
    _INSTRUCTION_MARK, _MONEY_MARK, _EVIDENCE_MARK, _GOODS_OR_WORK,
    # "Two of the lamps", "half of them": a count of things is a complaint's shape.
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|some|most|all|none|several"
    r"|a few|a couple|(?:a|one|two) (?:third|quarter|fifth|tenth)s?|a (?:lot|number|handful|bunch)"
    r"|many|lots) of (?:the|your|our|them|those|these|its)\b",
    r"\bhalf (?:the|your|those|these)\b",
    # a defect that came back or has lasted: "brown again", "moved since you laid them"
    r"\b(?<!same )again\b", r"\bsince\b",
    # the goods' own faults, in a word ("bound upside down", "printed back to front"): a claim's
    # matter unless the customer's own story tells it ("the flood turned everything upside down")
    r"\b(?:upside down|back to front|inside out|misprint\w*|torn|scratched|dented|smudged|faded"
    r"|came back with)\b",
))

# Beside a request for time or a plan the customer tells its own story ("the freezer broke",
# "a major customer stopped paying us", "our grant hasn't been released"): hardship is told in
# exactly the words CLAIM_MARKS flag. A clause there is a claim only when it turns to us: our
# invoice, our people or goods, a payment made, the law, or a complaint's own words.
ABOUT_US = _c(r"\b", alt(
    # "you" doing something to the job: "you never collected it", "you made only one page"
    # what the customer expected of us: "we expected you to come back before invoicing"
    r"(?:expected|asked|wanted|needed|trusted|told) you to",
    # "\w+ed" is a past tense, not "need" or "proceed"
    r"you(?:'ve| have| had)? (?:\w+ly )?(?:never |not |only |just |also )?(?:(?!(?:need|feed"
    r"|speed|proceed|succeed|exceed|indeed|heed)\b)\w+ed|sent|did|put"
    r"|said|told|left|broke|made|gave|took|forgot|missed|came|brought|fit|sold|laid|built|dug"
    r"|cut|hung|did ?n't|have ?n't)",
    # "your" but for what a collector sends or is thanked for ("about your invoice", "at your
    # end"); "your invoice charges 14 hours" is caught by its hours.
    r"(?<!for )your(?! (?:kind |good )?(?:patience|understanding|help|time|support|kindness"
    r"|consideration|cooperation|co-operation|reply|response|approval|agreement|permission"
    r"|flexibility|business|reply|email|message|note|reminder|invoice|bill|statement|notice"
    r"|letter|end|side|records|latest|recent|last|account|bank)\b)",
    r"not (?:yet )?(?:finish\w*|done|complete\w*|there|working|right|what)", r"n't (?:finish\w*"
    r"|done|complete\w*|there|working|right)",
    r"your (?:team|crew|man|men|guy|guys|lad|engineer|technician|tech|driver|installer|quote"
    r"|work|staff|people|product|goods|service|system|portal|rate|price|charge)s?",
    "invoiced", "billed", "charged", "charges?", r"quot(?:e|ed|ation)",
    "rates?", "hours?", "price[sd]?", "delivered", r"deliver(?:y|ies)", r"install\w*",
    "crew", "technicians?", "engineers?", "installers?", "drivers?",
    r"paid(?! us\b)", r"remit\w*", "already",
    r"(?:sent|mailed|posted|wired|transferred) (?:the |a |our )?"
    r"(?:payment|cheque|check|money|funds)", "receipt",
    r"(?:posted|mailed|wired|transferred|sent|paid|lodged|deposited) (?:it|this|that|yours|you)\b",
    r"(?:sent|paid|transferred|wired|lodged|deposited) (?:you )?(?:[$£€]\s?)?\d",
    r"went (?:to you|across|over|through|out(?! of the window))", r"overpa\w*", "warranty",
    "treatment",
    r"dropped (?:it|this|that|yours|a cheque|a check) (?:off|in|into|round|through|at)",
    "lawyers?", "attorneys?", "solicitors?", "legal", "court", r"bankrupt\w*", r"insolv\w*",
    "receivership", r"disput\w*", "wrong", "incorrect", r"mistakes?", r"errors?",
    r"overcharg\w*", r"complain\w*", "unhappy", "not happy", r"dissatisf\w*", "damaged",
    r"quer(?:y|ied|ies|ying)", r"contest\w*", r"reject\w*", r"objecti\w*", r"objected",
    r"disagree\w*",
    "broken", "faulty", "defective", "missing", "short",
), r"\b")

# ...and the story is the customer's own: it names its own money, clients or circumstances
# ("our insurer pays us late", "enrolment dipped"). A first person alone is not a story: "we
# haven't had the second pallet yet" is a complaint told by "we".
OWN_STORY = _c(r"\b", alt(
    "cash", r"cash[- ]?flow", "money", "funds", "funding", "grants?", "budgets?", "sales",
    "seasons?", "business", "revenue", "income", "payroll", "bank", "overdraft", "loans?",
    r"insur\w*", r"reimburs\w*", "clients?", "customers?", "donors?", "donations?", "pledges?",
    "appeal", "sponsorship", "subsidy", "weather", "winter", "summer", "holidays?", "christmas",
    "outbreak", "sick", "illness", "hospital", "bereavement", "funeral", "council",
    "government", "legislature", "state", "tax", "vat", "hmrc", "irs", "rent", "lease",
    "reserves", "savings", r"enrol\w*", "registrations?", "tuition", "fees", "members",
    "students", "patients", "bookings", "trade", "trading", "footfall", "jobs", "contracts?",
    r"liquidity", "underwriting", r"fiscal", r"audit\w*", "year-end", "trustees", "board",
    "partners?", "payments? to us", "pays us", "paying us", "paid us", "pay us",
    "owes us", "owing us", "slow",
    "quiet", "tight", "difficult", "tough", "hard", "strapped", "stretched", r"struggl\w*",
    "van", "truck", "trucks", "location", "shop", "store", "premises", "harvest", "roof",
    "drawdown", "draw", "retainage", "receivables?", "invoices? to",
    "slowly", r"squeez\w*", "pinch", "crunch", "limited", "ability to pay",
    # what befell the customer: a flood, a storm, a fire, a break-in, a strike
    r"flood\w*", r"storms?", "fire", "burglary", "break-in", "theft", r"strikes?", "pandemic",
    "power cut", "outage", "accident", "festival", "events?", "tourism", "tourists",
    # its own costs and capacity: "the locum costs have wiped us out", "the amount is big for
    # our small office", "the landlord put the rent up"
    r"wiped (?:us|me) out", r"short[- ]?(?:staffed|handed)", r"overheads?", "wages", r"locums?",
    "hired us", r"(?:medical|sick|maternity|paternity|parental|compassionate) leave", "holdback",
    "losses", "takings",
    r"(?:general )?contractors?",
    r"staff(?:ing|ed)?", "landlord",
    # costs that befell it, and its group's freeze: "unexpected costs with the house", "well
    # over budget", "group finance has placed a restriction on supplier payments"
    r"(?:unexpected|unforeseen|unplanned|surprise|refurbishment|renovation|building|moving"
    r"|medical|vet|legal|funeral) (?:costs|expenses|bills)",
    r"(?:costs|expenses|bills) (?:with|on|for) (?:the|our|my) (?:house|home|car|move|renovation"
    r"|refurbishment|extension|building)", r"over budget",
    r"(?:temporary )?(?:restriction|freeze|cap) on (?:all )?(?:supplier |outgoing |vendor )?"
    r"payments",
    r"roadworks?", "foot traffic", r"cost (?:us|me)", r"costing (?:us|me)", r"load-?shedding",
    r"(?:the )?prices? of (?:energy|fuel|gas|electricity|diesel|feed)", r"(?:energy|fuel) prices",
    r"short position",
    r"(?:budget|funds?) (?:for this \w+ )?is (?:already )?(?:used up|spent|gone)",
    r"killed us", r"killing us", r"(?:hail|storm|flood|fire|rain|frost|drought|wind|cyclone|quake)"
    r"(?:\s+\S+){0,4}?\s+(?:destroy\w*|damag\w*|ruin\w*|wiped out|flattened)",
    r"(?:running|operating|energy|fuel|labou?r|rising) costs",
    r"for (?:us|me|our (?:small |little |tiny )?(?:office|business|company|practice|school|shop"
    r"|firm|charity|club|budget|team|clinic))",
), r"\b")

# Beside a dated promise the customer tells how the payment gets through its own books: who
# approves and signs, the cycle, the queue, the system, the remittance to come ("our MD was
# away and nothing could be signed", "remittance to follow", "it's just how our system works").
# A clause that tells only that is context; one with a complaint's words (COMPLAINT_WORDS) or
# a payment reported done (`evidence._reports_payment`) is not.
PAYMENT_PROCESS = _c(r"\b", alt(
    r"approv\w*", r"sign(?:ed|ing|s)?(?: off)?", r"signator\w*", r"signatures?",
    r"countersign\w*", r"verif\w*", "forwarded (?:to|for)", "head office", "treasury",
    "finance (?:team|lead|director|manager|department|office)", "cfo", "controller", "md",
    "directors?", "partners?", "payables", "accounts payable", r"ap\b(?: team| cycle| system)?",
    r"(?:payment |pay |ap |cheque |check )?(?:cycles?|runs?|batch(?:es)?|schedule[sd]?|queue[sd]?"
    r"|calendar|terms|dates?)", r"net[- ]?\d+", "systems?", "netsuite", "coupa", "sap", "oracle",
    "xero", "sage", "workflow", "pipeline", r"remittance(?: advice)?", r"remittances",
    "receipt of (?:your|the) invoice", "bear with us", "our (?:side|end)", r"process\w*",
    r"pencil+ed", "booked", "diary", "portal", "statement", "signatory",
    # a notice's own words: "your invoice(s) listed below have been released for payment"
    "released for payment", "listed below",
    # the notice's own fields: "Confirmation #37947237", "trace no. 0210...", "Ref: AP-77"
    r"confirmation(?: (?:no|number|code|id))?", "trace", r"ref(?:erence)?(?: (?:no|number))?",
    # the way the money takes: "please allow 2 business days for funds to clear", "mailing time"
    r"allow (?:\w+ )?(?:business |working |banking )?days", "mailing time", "funds to clear",
    # the promise's amount told apart: "Full amount.", "the whole balance", "in one go"
    r"(?:the )?(?:full|whole|entire|total|complete) (?:amount|balance|payment|sum|invoice|value)",
    "in full", "in one go", "everything", "all of it",
    # when it lands and who does it: "should hit your mailbox a couple days after", "she does
    # all the bills the day she's back", "yours is top of her list"
    r"(?:hit|reach|land in|arrive in|be in) (?:your|the) (?:mailbox|account|bank|inbox)",
    r"a (?:couple|few) (?:of )?(?:business |working )?days (?:after|later)",
    r"(?:does|do|pays|runs|handles) (?:all )?(?:the |our )?(?:bills|supplier payments|payments"
    r"|payables|cheques|checks)", r"the day (?:she|he|they)(?:'s| is| are|'re)? back",
    r"top of (?:her|his|their|the|our|my) (?:list|pile)", "first thing",
), r"\b")
# Beside a request to pay in parts the customer talks about the plan itself: the parts, the
# rhythm, the standing order, the balance over the coming months, how much it would help.
PLAN_TALK = _c(r"\b", alt(
    r"instal(?:l)?ments?", "parts?", "chunks", "pieces", "monthly", "weekly", "fortnightly",
    "every (?:week|month|fortnight|two weeks)", "standing order", "direct debit",
    r"(?:the )?(?:rest|balance|remainder) (?:over|in|by|next|later|after)", "partial payments?",
    r"propos\w*", "plans?", "schedule", r"would (?:really )?help", r"help (?:a lot|us|hugely)",
    r"acceptab\w*", "acceptance", r"(?:that|this|it)(?:'s| is)? (?:ok|okay|fine|alright)",
    # asking whether we accept it: "would your team agree to that?", "will you accept this?"
    r"(?:accept|agree to|approve|be (?:ok|okay|happy|fine) with)\s+(?:that|this|it|the (?:plan"
    r"|proposal|arrangement|schedule|offer))",
    r"over the (?:coming|next) (?:\w+ )?(?:weeks|months)", "a (?:bit|little) at a time",
    "in stages", "spread", r"split\w*", INSTALMENTS,
    r"(?:start|begin) with (?:a |an )?(?:small|smaller|part|some|first|initial)\w*",
    r"^\W*(?:[$\u00a3\u20ac]|[a-z]{3}\s)?\s?\d[\d,.]*\s*(?:[a-z]{3}\s+)?(?:on|by|in)\s+\w+",
    # the plan's span of months, a bare count offered, the next part the same: "November to
    # March", "Say 3?", "same again in two weeks", "what would you need from us?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* (?:to|through|until|till|-)"
    r" (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*",
    r"^\W*(?:maybe|perhaps|say|or|like)\s+(?:\d+|two|three|four|five|six|twelve)(?: or (?:\d+|two"
    r"|three|four|five|six))?(?=\W*$)",
    r"same (?:again|amount|again next \w+)", r"another (?:payment|instal\w*|part)",
    r"what (?:would|do|will) you need (?:from (?:us|me))?",
), r"\b")
# Beside a plan request or a dated promise the customer's goodwill is context: an assurance that
# it pays ("we have always paid you and will continue to", "we will pay", "we fully intend to
# settle"), that it is not hiding ("I'd rather ask than go quiet on you", "I'm not trying to
# dodge this"), or thanks for our patience. Nothing in it may turn (no contrast, no complaint's
# word): "we always pay, but not for work we didn't get" is a claim.
REASSURANCE = _c(
    r"^(?!.*\b(?:but|however|wrong|damag\w*|broke\w*|missing|disput\w*|refund\w*|credit"
    r"|already|sent|transferred|wired|cheque|check|hours?|rate|charged|billed)\b)\W*(?:so |and )?",
    alt(
        r"(?:we|i) (?:remain|are|am) (?:fully )?committed to (?:paying|settling|clearing)\b.*$",
        r"(?:we|i)(?:'ve| have)? (?:always|will always) (?:pay|paid|settle|settled|honou?r\w*)\b"
        r"(?: (?:before|in the past))?"
        r"(?: (?:you|our (?:bills|invoices|suppliers)|on time|in the end))?(?: and (?:will|always)"
        r"(?: continue to| do| will)?)?\W*$",
        r"(?:we|i)(?:'ll| will| shall| do| fully| really| definitely)* (?:\w+ )?(?:intend|want"
        r"|mean|plan) to (?:pay|settle|clear|honou?r)(?: (?:this|it|you|your invoice|the \w+"
        r"|in full))?\W*$",
        # "we remain committed to settling the full amount", "I will pay every penny"
        r"(?:we|i) (?:remain|are|am|'re|'m) (?:fully |still )?committed to (?:paying|settling"
        r"|clearing|honou?ring)(?: (?:this|it|you|your invoice|the (?:full )?(?:amount|balance)"
        r"|in full))?\W*$",
        r"(?:we|i) will (?:definitely |certainly |surely )?pay(?: (?:you|it|this|in full"
        r"|everything|every (?:penny|cent|dollar)))?"
        r"(?: (?:in the end|eventually|for sure|definitely))?\W*$",
        r"(?:whatever|any) (?:[\w-]+ ){0,4}(?:you can accept|works for you|suits you)"
        r"(?:,? (?:we|i)(?:'ll| will) pay)?\W*$",
        r"(?:i'd|i would|we'd|we would) rather (?:\w+ ){0,4}than (?:\w+ ){0,3}(?:ignore|go (?:quiet"
        r"|silent)|say nothing|leave you|disappear|nothing|not at all)\b(?: \w+){0,3}\W*$",
        # "relax, it's coming", "it's definitely coming that day as the council confirmed"
        r"(?:relax\W+|don't worry\W+|no worries\W+)?(?:it's|it is|the (?:money|payment) is)"
        r" (?:definitely |certainly |still |really )?coming\b(?: [\w']+){0,8}\W*$",
        # no problem with the work: "no problem with the work at all!", "we're happy with it"
        r"(?:no,? )?(?:there's |there is )?(?:no|not a|not any) (?:problem|issue|complaint"
        r"|concern)s? (?:at all )?(?:with|about) (?:the|your) (?:\w+ ){0,2}(?:work|service|job"
        r"|goods|order)(?: at all)?\W*$",
        # "we're good for it", "I'll be honest with you", "really sorry to ask"
        r"(?:look\W+)?(?:we're|we are|i'm|i am) (?:\w+ )?good for (?:it|the money|the balance)\W*$",
        r"(?:to be |i'll be |i will be |let me be )(?:honest|frank|upfront|straight)(?: with you)?"
        r"\W*$",
        r"(?:(?:i'm|i am|we're|we are) )?(?:so |very |really |truly )?sorry to (?:ask|do this"
        r"|bother you)(?: this)?\W*$",
        # wanting to keep trading with us: "still want our weekly order!", "we'd like to keep
        # the service going" (a rhythm or "keep": "we still want our order" alone may say it
        # never came)
        r"(?:still |we |i |and )*(?:we|i)?(?:want|would like|'d like|hope|intend|plan)(?: to)?(?:"
        r"(?: keep| continue| carry on)(?: with)? (?:our|the) (?:\w+ ){0,2}|(?: with)? (?:our|the) "
        r"(?:weekly|monthly|regular|usual|standing|fortnightly) )(?:orders?|deliver(?:y|ies)"
        r"|services?|accounts?|supply|contracts?)(?: (?:with you|going|coming))?\W*$",
        r"(?:i'm|i am|we're|we are) not (?:trying to )?(?:dodg|avoid|ignor|run)\w*(?: \w+){0,3}"
        r"\W*$",
        r"(?:we are|we're|we have been|we've been) (?:a )?(?:good|loyal|long-?standing|reliable)"
        r" (?:client|customer|payer)s?\W*$",
        r"(?:we|i) never had (?:a |any )?problems? (?:before|paying)\W*$",
        r"(?:i'm|i am|we're|we are) (?:so |very |really )?sorry to (?:ask|do this|bother you)\W*$",
        r"(?:there's |there is )?nothing (?:for you |you need )?to do"
        r"(?: (?:on|at) your (?:end|side))?\W*$",
        r"(?:thanks?|thank you)(?: so much| again)? for (?:being (?:so )?(?:patient|understanding"
        r"|flexible)|your (?:patience|understanding|flexibility))(?: with (?:us|me))?\W*$",
    ),
)
# Goods or work, less the plan's own "parts": "three parts would help" names no goods.
GOODS_NOT_PARTS = _c(_GOODS_OR_WORK.replace("|parts?", ""))
COMPLAINT_WORDS = _c(r"\b", alt(
    "wrong", "incorrect", "errors?", "mistakes?", r"damag\w*", r"broke\w*", "missing",
    r"fault\w*", r"defect\w*", r"complain\w*", r"disput\w*", r"disagree\w*", "unhappy",
    r"dissatisf\w*", r"disappoint\w*", "upset", r"frustrat\w*", r"refund\w*", r"overcharg\w*",
    r"quer(?:y|ied|ies|ying)", r"contest\w*", r"reject\w*", r"object\w*", "lawyers?",
    "attorneys?", r"(?<!same )again",
    "legal", "court", "solicitors?", r"bankrupt\w*", r"insolv\w*", "receivership",
    r"liquidat\w*", "already", r"refus\w*", r"withh\w*", r"hold(?:ing)?", "short", r"cancel\w*",
    "returned", "poor", "unacceptable", "charged", "billed", "invoiced", "hours?", "rates?",
    r"quot\w+", "agreed", "agreement", "credit", "never", "nobody", "still", "until", "unless",
    r"dup\w*", "twice", r"overpa\w*", r"deduct\w*", r"discount\w*",
), r"\b")
GOODS_OR_WORK_MARK = _c(_GOODS_OR_WORK)
# A fault's words about the invoice, the goods or the work, for a clause no lexicon read: what
# was wrong, billed twice or against the agreement, or should come off ("it charges for the
# tender package we cancelled", "your drawing error", "we'd expect that line to come off").
COMPLAINT_SHAPE = _c(r"\b", alt(
    "wrong", "incorrect", "errors?", "mistakes?", r"damag\w*", r"broke\w*", "missing",
    r"fault\w*", r"defect\w*", r"overcharg\w*",
    # billing alone is no fault ("You invoiced 40 boxes."); billed for both, twice, is
    r"(?:charged|charges|billed|invoiced)(?: \w+)? for (?:both|each|two|all)", "twice", "double",
    r"duplicat\w*", r"come off", r"(?:taken|take (?:it|that|this|them)) off",
    r"remov\w*", "instead of", r"should (?:have )?been", "not what", "agreed", r"quot(?:e|ed)",
    "never", r"cancel+ed", r"not (?:the|our|a|an)",
    # what came against what was meant: "supposed to be the stainless one", "doesn't match the
    # proof", "billed at the stainless price", "still has the champagne reception on it"
    r"(?:supposed|meant) to (?:be|have)", r"(?:does|do|did)(?:n't| not) match",
    r"(?:billed|charged|invoiced|made out) (?:at|to|for|as)", r"still (?:has|have|shows?|includes?"
    r"|lists?|charges?)", r"(?:arrived|came|delivered|turned up) without",
    r"(?:is|are|was|were)(?:n't| not) (?:lit|working|done|finished|fitted|installed|right|correct"
    r"|what)", r"shows? \d+", r"on it twice", r"coming away", r"come away",
    r"put (?:this|it|that) right", r"make (?:this|it|that) right",
), r"\b")
# A payment reported done ("we paid", "sent the transfer", "went out"), unless the words before
# it look ahead ("once it's paid", "remittance when it goes").
PAST_PAYMENT = _c(r"\b(?:paid|sent|transferred|wired|remitted|settled|cleared|debited|deposited"
                  r"|mailed|posted"
                  r"|went (?:out|through)(?! (?:approval|sign|review|our|of the window))"
                  r"|gone (?:out|through)(?! (?:approval|sign|review|our|of the window)))\b")
LOOKS_AHEAD = _c(r"\b(?:once|when|after|until|till|if|as soon as|will|'ll|to be|be|being|get"
                 r"|gets|is|'s)\s+(?:\S+\s+){0,2}$"
                 # "when the payment has been sent": the condition names the money
                 r"|\b(?:once|when|after|as soon as)\s+(?:the |our |your )?(?:payment|funds"
                 r"|transfer|money|cheque|check|remittance)s?\s+(?:has|have)\s+been\s+$")

# The payment itself in the future tense: "will be paid", "'ll transfer", "is going to go out".
FUTURE_PAYMENT = _c(r"\b(?:will|shall|\w+'ll|(?:is|are) going to)\s+(?:then\s+|now\s+|only\s+)?"
                    r"(?:be\s+)?(?:paid|pay|settled?|released?|sent|send|transferr(?:ed)?|transfer"
                    r"|done|made|processed|cleared|wired?|remit(?:ted)?|go(?:es)? out)\b"
                    r"|\bto be (?:paid|sent|released|transferred|settled|wired|remitted)\b"
                    # the step done, the payment queued: "has been processed and is queued for
                    # payment with a value date of 2026-12-18"
                    r"|\b(?:is|are|'s) (?:now )?(?:queued|scheduled|lined up|loaded|booked"
                    r"|programm?ed|set|fixed) (?:for|to go|in)\b|\bit(?:'s| is) scheduled\b"
                    r"|\b(?:is|are|'s) (?:now )?(?:sat |sitting )?in (?:the|our|this|next)"
                    r" (?:\S+ ){0,2}(?:batch|run|file|cycle)\b")

# Tense, for telling a promise from a report: a clause that says something was done ("was
# processed", "went out", "included your invoice") and nothing about what will be done.
PAST_MARKS = _c(r"\b", alt(
    r"(?:has|have|had|was|were)(?: \w+)? (?:been |already )?\w+(?:ed|en|nt|ne|id|ut)",
    # "Wed" and "Wednesday" are a day ahead, not a past participle; nor is "need", "speed".
    r"(?!wed\b|need\b|feed\b|seed\b|speed\b|exceed\b|proceed\b)\w+ed", "went", "gone",
    "sent", "paid", "made", "left", "took", "got", "came", "did",
    "cut", "put", "wrote", "drew", "ran",
), r"\b")
FUTURE_MARKS = _c(r"\b", alt(
    "will",
    # the future reported: "he said it would be paid on the 14th", "they'd transfer it Monday"
    r"(?:said|says|confirmed|promised|told (?:me|us)|advised)(?: that)? \w+(?:'d| would) (?:be )?"
    r"(?:paid|pay|sent|send|transfer\w*|settled?|released?|going out|go out)",
    r"\w+'ll", r"(?:ill|ull) (?=pay|send|get|transfer|wire|do|clear|sort)", "shall",
    "going to", "gonna", "about to", "plan(?:s|ning)? to",
    "intend(?:s|ing)? to", "expect(?:s|ing)? to", "aim(?:s|ing)? to", "hope to", "should",
    r"schedul\w*", "due to", "set to",
    # in the run still to come: "is loaded for our EFT run on Wed 23 Dec", "queued for the 18th"
    r"(?:is|are|'s) (?:now )?(?:loaded|queued|slotted|lined up|booked|listed|included|set"
    r"|programm?ed|planned|arranged|approved) (?:for|in|into|on)", r"(?:future|post|forward)-dated",
    r"(?:sat|sits|sitting) in (?:the|our) (?:\S+ ){0,2}(?:batch|run|queue|file) for",
    r"(?:is|are|'s) (?:on|in) (?:the|our) (?:\w+ )?(?:list|run|batch|schedule) for",
    r"(?:is|are|'s) (?:fixed|set|booked|locked in) for",
    r"(?:popped|put|slotted) (?:it|this) in for",
    r"getting (?:cut|sent|paid|released|processed|mailed)",
    r"(?:for|in|into|onto|on|with|to) (?:our|the|this|next|\w+'s) (?:[\w./-]+ ){0,3}"
    r"(?:pay(?:ment)? ?run"
    r"|run|batch|cycle|ach file|payment file)",
    r"\w+ing (?:it |this |that |the \w+ )?(?:on|by|in|this|next)\b",
    "goes", "go out", "going out", "is in", "are in",
    r"to (?:release|pay|send|process|issue|settle|transfer|wire|run|schedule|approve|cut|mail)",
    "next", "upcoming", "tomorrow", "coming", "by", "on track", "lined up", "queued",
    r"(?:forward|post)[- ]?dat\w*", r"(?:is|are|will be) dated", r"released for (?:the )?\d+",
    # a date set ahead: "planned on 23/11", "pencilled in for 7 December", "set up for the 24th"
    r"(?:plann?ed|booked|set up|pencil+ed in|earmarked|slotted in|put (?:it |this )?in|confirmed"
    r"|arranged|approved) (?:it |this |them |(?:a|an|the|our) (?:[\w-]+ )?(?:payment|transfer"
    r"|cheque|check|wire|remittance) )?(?:for|on)",
    r"to be (?:paid|sent|released|transferred|settled)",
    # in the run that pays on a day: "approved and in the run for Wednesday"
    r"in (?:the|our|this|next|\w+'s) (?:[\w-]+ )?(?:run|batch|list|queue|cycle|file) (?:for|on)",
    # a step done for a payment still ahead: "put it through for payment on 16 November",
    # "booked for value date 21 Nov"
    r"(?:put|passed|submitted|sent|entered|keyed|loaded) (?:\S+ ){0,2}?(?:through|in) for payment",
    r"for payment (?:on|by)", r"(?:value|payment|settlement) date",
    r"(?:is|are|'s|has been|have been) (?:now )?(?:included|listed|entered|placed|scheduled"
    r"|queued|booked|lined up|set) (?:\w+ ){0,3}?(?:in|on|for|into)",
    r"(?:added|put|moved|got) (?:it |this |that |yours |you )?(?:on|in|into|to) (?:the|our|this"
    r"|next) (?:[\w/-]+ ){0,2}(?:list|run|batch|schedule|payments|cycle)",
), r"\b")
# "has been approved" is a step on the way, not the payment done.
# A step of the customer's own books done ahead of the payment: "has cleared three-way match",
# "has been through approval", "passed our review". It is no payment made.
INTERNAL_STEP = _c(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|just\s+)?)?(?:cleared|passed|gone through|went through"
    r"|been through|completed|finished)\s+(?:the\s+|our\s+|a\s+)?(?:(?:three|two|3|2)-way\s+"
    r"match\w*|match\w*|approvals?|review|compliance|checks?|audit|verification|sign-?off"
    r"|(?:invoice|po|goods receipt) (?:review|match\w*|checks?))\b")
DONE_MARKS = _c(r"\b(?:has|have|had)(?: already| now| just)? (?:been (?!(?:fully |now )?(?:approv"
                r"|sign|verif|authori|schedul|book|queue|set up|added|included|pencil|earmark"
                # a step of entering it in their books: "has been keyed and approved for the 28th"
                r"|keyed|entered|coded|captured|logged|loaded|input|registered|matched|received"
                r"|slotted|lined up|passed to|forwarded))\w+|gone|went|(?!(?:confirm|arrang"
                r"|approv|schedul|book|authori|agre|plann|instruct|earmark|promis|ask|decid"
                r"|allocat|request|queu)\w*)\w+ed|sent"
                r"|paid|made|left|cleared|cut)\b")
# Money words: beside a promise they are context ("we pay suppliers at month end"); in the past
# tense they may report a payment made ("our payment must have crossed your reminder").
MONEY_WORDS = _c(r"\b(?:pa(?:y|id)\w*|money|funds?|cheques?|checks?|transfer\w*|bank\w*|wire\w*"
                 r"|ach|deposit\w*|remit\w*)\b")

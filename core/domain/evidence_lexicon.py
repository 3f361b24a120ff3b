"""Curated lexicons for evidence detection: each entry is (what it means, regex over one clause).

Patterns that carry their own negation ("never delivered", "can't pay in full") include it, so
the negation scope check in `evidence.py` only looks at words *before* the match.
"""

from __future__ import annotations

import re
from enum import StrEnum

from core.domain.evidence_acts import (
    COMPLAINT,
    CONTEST,
    NO_CHASING,
    NOT_RECEIVED_YET,
    PAID_CLAIM,
    PROMISE_RUN,
    PROMISE_WITHDRAWN,
    RESOLVED_ACTS,
    TIME_REQUEST,
    WAITS_ON_CLIENT,
)
from core.domain.evidence_foreign import FOREIGN_PLAN, FOREIGN_PROMISE, FOREIGN_REASON
from core.domain.regex_gate import CompiledGate, gate_of


class Kind(StrEnum):
    """What a piece of evidence says."""

    LEGAL = "legal_hold"
    DISPUTE = "dispute"
    PAID = "paid_claim"
    RESOLVED = "dispute_resolved"
    HARDSHIP = "hardship"
    PROMISE = "promise_to_pay"
    NO_CONTACT = "no_automated_reminders"
    INSTRUCTION = "instruction_attempt"


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NEG = r"(?:not|never|n't|no longer)"
_OBJ = r"(?:amount|total|price|pricing|charges?|fees?|rates?|figures?|sum|hours|quantit(?:y|ies)|qty|po|p\.o\.|purchase order(?: number)?|line items?|tax|invoice|bill|billing|numbers|math|calculation|discount|markup)"  # noqa: E501
_GOODS = r"(?:goods|products?|items?|parts?|materials?|units?|order|shipment|delivery|equipment|merchandise|stock|supplies|plants|boxes|pallets?)"  # noqa: E501
_WORK = r"(?:work|workmanship|job|service|services|installation|repairs?|project|landscaping|design|cleaning|quality)"  # noqa: E501

# Bankruptcy-type terms do not count inside a hypothetical ("if we ever went bankrupt");
# lawyers, courts and collection threats count even when conditional ("or we'll sue").
LEGAL_STATUS = [
    ("mentions bankruptcy", _c(r"\bbankrupt(?:cy|cies)?\b|\bchapter\s*(?:7|11|13|seven|eleven|thirteen)\b")),  # noqa: E501
    ("mentions insolvency", _c(r"\binsolv(?:ent|ency)\b|\bliquidat(?:ion|or|ors|ed)\b|\bwinding[- ]up\b|\bwound up\b|\bcreditor protection\b|\bccaa\b|\b(?:iva|cva)\b|\bvoluntary arrangement\b|\bexaminership\b|\bexaminer (?:has been |was )?appointed\b|\bbusiness rescue\b|\bjudicial management\b|\bchapter (?:7|11|13)\b|\bbankruptcy protection\b|\b(?:redressement|liquidation) judiciaire\b|\bconcurso de acreedores\b|\binsolvenzverfahren\b|\binsolvenz\b|\bfaillissement\b|\bfailliet\b|\bsurseance van betaling\b|\bkonkurs\w*\b|\bfaillite\b|\bquiebra\b|\bfallimento\b|\bbancarrota\b")),  # noqa: E501
    ("mentions administration or receivership", _c(r"\b(?:in|into|entered|enter|entering|under|placed in|gone into|went into) (?:voluntary |formal )?administration\b|\badministrators? (?:have been |has been |were |was )?(?:appointed|handling|in charge)\b|\breceivership\b|\breceivers? (?:has been |have been |was |were )?appointed\b|\bofficial receiver\b|\badministrators? (?:will|have|has|are) (?:\w+ )?(?:contact|write to|notify|deal with) (?:all |our )?creditors\b|\bcreditors'? (?:meeting|committee|arrangement|voluntary)\b|\bprotection from (?:our )?creditors\b|\b(?:debt|financial|formal|court[- ]supervised) restructuring\b")),  # noqa: E501
]
LEGAL_ACTION = [
    ("mentions a lawyer or counsel", _c(r"\b(?:lawyers?|attorneys?|solicitors?|barristers?|law ?firm|counsel|legal (?:counsel|team|department|representatives?|representation|advice|advisers?|advisors?)|our counsel|their counsel|(?:legal|general) counsel)\b"  # noqa: E501
        # a lawyer in the customer's own language, a formal notice, someone who now acts for it
        r"|\b(?:avocats?|avocate|rechtsanw(?:a|ä)lt(?:in|e)?|anw(?:a|ä)lt(?:in|e)?|kanzlei|abogad[oa]s?|advocaat|advocaten|avvocat[oi]|advogad[oa]s?)\b"
        r"|\bmise en demeure\b|\bmahnbescheid\b|\bingebrekestelling\b|\bwho (?:now )?(?:represents|acts for) (?:us|me|the company)\b|\b(?:represents|acting for) us in this matter\b")),  # noqa: E501
    ("mentions legal action", _c(r"\blegal (?:action|proceedings?|steps|measures|route|recourse|claim)\b|\blitigation\b|\blawsuits?\b|(?-i:\bsu(?:e|ing|ed)\b)|\bcourts?\b(?!\s+(?:lane|road|rd|street|st|avenue|ave|drive|dr|way|house|yard|gardens|close|place|square|mews|terrace|parade|row|hotel|apartments|building|centre|center)\b)|\bsmall claims\b|\btribunal\b|\bcease and desist\b|\bletter before action\b|\bsee you in court\b")),  # noqa: E501
    ("mentions a collection agency", _c(r"\bcollection(?:s)? agenc(?:y|ies)\b|\bdebt collect(?:or|ors|ion agency)\b")),  # noqa: E501
]

DISPUTE = [
    ("disputes the invoice", _c(r"\bdisput(?:e|es|ed|ing)\b|\bcontest(?:s|ed|ing)?\b(?! (?:entry|winner))|\bchalleng(?:e|es|ed|ing) (?:the|this|your) (?:invoice|charges?|amount|bill)")),  # noqa: E501
    ("contests the amount", _c(rf"\b{_OBJ}s? (?:is|are|was|were|seems?|looks?|appears?)(?: to be)?(?: (?!not\b|never\b)\w+)? (?:wrong|incorrect|off|too high|inflated|inaccurate|overstated|excessive|a mistake|an error|in error|not right|not correct|n't right|n't correct|way more|more than)\b|\b(?:wrong|incorrect|inaccurate|inflated|excessive|disputed) {_OBJ}\b|\bover-?charg\w*|\bover-?bill\w*|\bcharged (?:us |me )?(?:too much|more than|way more|extra)\b|\b(?:were|was) quoted\b|\b(?:agreed|quoted|contracted) (?:hourly )?(?:rate|price|amount|fee|figure|cost) (?:is|was|of)\b|\b(?:rate|price|amount) (?:we|you) agreed\b|\bnot our (?:invoice|bill|order)\b|\b(?:never|did ?n't|did not) (?:order|ordered|request|requested|authori[sz]e|authori[sz]ed|agree to|agreed to|sign|signed)\b|\b(?:cancel(?:l)?ed|cancel(?:l)?ation of) (?:the |this |our |that )?(?:order|job|service|contract|booking|work|appointment|project|subscription)\b|\bquoted (?:us )?(?:\$|a |an |price|amount|rate|figure|fee|cost)|\b(?:our|the|your) (?:quote|estimate) (?:was|said|stated)\b|\b(?:yet|instead) (?:you |your invoice )?(?:billed|charged|invoiced)\b|\b(?:seems?|looks?|appears?) (?:very |rather |a bit |quite |way |far |excessively )?(?:high|steep|excessive|inflated|off|wrong|incorrect)\b|\b(?:need|want|request|send|provide|ask for|see|get) (?:me |us )?(?:a |an )?(?:detailed |full |proper |line-by-line )?(?:breakdown|itemi[sz]ed (?:invoice|bill|list|statement))\b|\bquote (?:was|said)\b|\bnot what (?:we|i) (?:agreed|were quoted|was quoted|ordered|signed)|\b(?:does ?n't|do ?n't|does not|do not) match (?:the |our |your )?(?:quote|estimate|po|purchase order|contract|agreement|proposal|order)|\bmore than (?:the |your |our )?(?:quote|estimate|agreed)|\b(?:please |kindly )?(?:correct|fix|revise|amend|reissue|re-issue) (?:the |this |your |it|that)\b|\bcorrected invoice\b|\bmistake (?:on|in) (?:the |this |your )?(?:invoice|bill)")),  # noqa: E501
    ("complains about the work or goods", _c(rf"\b(?:poor|bad|shoddy|substandard|sub-standard|unacceptable|sloppy|defective|faulty|broken|damaged|incomplete|unfinished|botched|terrible|awful) (?:\w+ )?(?:{_WORK}|{_GOODS})\b|\b(?:{_WORK}|{_GOODS}) (?:is|was|were|are|has been|have been|arrived|came)(?: (?!not\b|never\b)\w+)? (?:damaged|broken|defective|faulty|unusable|incomplete|unfinished|substandard|poor|unacceptable|wrong)\b|\b(?:{_WORK}) (?:is|was|has|had|were)?\s*{_NEG}\s*(?:been )?(?:done|finished|completed|performed|up to (?:standard|scratch|par)|acceptable|satisfactory|what we)|\b{_NEG}\s+(?:\w+ ){{0,2}}(?:happy|satisfied|pleased) with\b|\b(?:unhappy|dissatisfied|disappointed|unsatisfied) with\b|\bcomplain(?:t|ts|ing|ed)?\b|\bredo\b|\bfix (?:the|their|your) (?:work|job|mistakes?)")),  # noqa: E501
    ("says goods or work were not delivered", _c(rf"\b{_NEG}\s+(?:yet |even |actually )?(?:been )?(?:received|delivered|arrived|shown up|showed up|turned up|shipped|installed|done|performed|provided)\b(?! (?:the |your |an |a )?(?:invoice|statement|email|copy|reminder|bill|receipt))|\bnothing (?:was |has been |ever )?(?:delivered|received|arrived|shipped)|\bmissing (?:\w+ )?{_GOODS}|\b{_GOODS} (?:is|are|were|was) missing\b|\bshort[- ]?(?:shipped|delivered|shipment|delivery)\b|\bonly (?:received|got) (?:\d+|some|part|half)\b|\bnever (?:arrived|came|showed|turned up|happened)\b|\b(?:were|was|are|is|arrived|came) (?:\w+ )?(?:broken|damaged|defective|faulty|cracked|dented|scratched|smashed|leaking|not working)\b|\bshort by\b|\b(?:were|was|is|are) short\b|\breturned (?:the |all |some |most )?(?:\w+ )?(?:goods|products?|items?|parts?|materials?|units?|order|shipment|equipment|merchandise|them|it|everything)\b|\b(?:expect(?:ed|ing)?|waiting (?:for|on)|owed|due) (?:a |our |the )?(?:credit|refund)\b|\bwithout (?:finishing|completing|doing|fixing|cleaning)\b|\b(?:left|walked off) (?:the job |the site |it )?(?:unfinished|incomplete|half[- ]done)\b|\b(?:never|did ?n't|did not|was ?n't|was not|were ?n't|were not)\s+(?:take place|took place|happen|happened|performed|carried out|completed|done|finished)\b|\b(?:crew|team|technicians?|drivers?|workers?|installers?|contractors?|you|your (?:crew|team|people|staff|men)) (?:\w+ )?(?:damaged|broke|ruined|scratched|destroyed|cracked|dented)\b")),  # noqa: E501
    ("says it was billed for something wrong", _c(r"\b(?:billed|charged|invoiced) (?:us |me )?for (?:\w+ ){0,5}(?:we|i|that|which) (?:never|did ?n't|did not|have ?n't|have not)\b|\b(?:was|were) only (?:on site|onsite|there|here|working|on the job) (?:for )?\d+|\bonly (?:worked|used|ordered|received|got|delivered|needed) \d+|\bwrong (?:po|p\.o\.|purchase order|hours|quantity|rate|customer|company|address|account|job|items?|invoice)\b|\bpo (?:number )?(?:is |was )?(?:wrong|incorrect|missing|invalid)\b|\b(?:hours|quantit(?:y|ies)|rates?) (?:do ?n't|does ?n't|do not|does not) (?:match|add up)\b|\bwe (?:only )?(?:worked|used|ordered|received|requested) (?:\d+|one|two|three|four|five|six|half)\b(?=.*\b(?:not|but|billed|charged|invoice)\b)")),  # noqa: E501
    ("says it was billed twice", _c(r"\b(?:billed|charged|invoiced) (?:us |me )?(?:twice|double|two times|again)\b|\bduplicate(?:d)? (?:invoice|charge|billing|bill|payment request)?|\bdouble[- ]?(?:billed|charged|billing|charge|invoiced)\b|\balready (?:been )?(?:billed|invoiced|charged)\b|\bsame (?:work|job|invoice|items?|charges?) (?:twice|again)\b")),  # noqa: E501
    ("refuses or withholds payment", _c(r"\b(?:refuse|refuses|refusing|refused|decline|declining) to pay\b|\b(?:will not|won't|wo n't|not going to|are not going to|aren't going to|do not intend to|don't intend to|have no intention of|shouldn't have to|should not have to|not paying|we're not paying|are not paying|aren't paying) (?:to )?pay(?:ing)?\b(?! (?:late|early))|\bnot paying (?:this|for|that|it|until)\b|\bwithhold(?:ing)? (?:the )?payment\b|\b(?:hold|holding|put) (?:off )?(?:on )?payment (?:on hold )?until\b|\bpayment on hold\b"  # noqa: E501
        # "can't pay for what we can't use", "won't pay for stuff we never got"
        r"|\b(?:ca ?n't|cannot|can not|wo ?n't|will not|not going to) pay for (?:\w+ ){0,3}?(?:what|that|which|something|anything|stuff|things?|goods|items?|products?)\b (?:\w+ ){0,2}?(?:we|i) (?:ca ?n't|cannot|could ?n't|did ?n't|did not|never|do ?n't|do not)\b")),  # noqa: E501
    ("says it got something other than it ordered", _c(r"\b(?:we|i) (?:asked for|ordered|requested|specified) (?:[\w'-]+,? ){1,10}?(?:and |but )?(?:it|they) (?:came|arrived) (?!on time|in time|today|yesterday|safely|fine|well|in good|early|quickly|promptly|this|last|on \w+day|as )(?:\w+)")),  # noqa: E501
]

PAID = [
    ("says it has already paid", _c(r"\balready (?:been )?(?:paid|settled|sent (?:the |a |our )?(?:payment|check|cheque|money|funds))\b(?! (?:half|part|some|a portion|a deposit|the first))|\b(?:we|i) (?:have |'ve |had )?(?:paid|settled) (?:this|it|that|the invoice|the bill|the balance|in full)\b(?! (?:half|part|some|partially))|\bpaid (?:this|it|that) (?:already|last|on|in full|weeks|days)\b|\b(?:payment|check|cheque|transfer|wire|ach|remittance|funds) (?:was|were|has been|have been|went) (?:already )?(?:sent|made|mailed|issued|out|posted|transferred|wired|processed|cleared|cashed)\b|\b(?:we|i) (?:already )?(?:sent|mailed|made|wired|transferred|remitted|posted) (?:the |a |our |your )?(?:full )?(?:payment|check|cheque|funds|money|transfer|remittance)\b|\bcheck is in the mail\b|\bpaid (?:you |this |it |that |the invoice |the bill )?(?:already|in full)\b|\bpaid in full\b|\b(?:proof|confirmation|copy) of payment\b|\bremittance advice\b")),  # noqa: E501
]

RESOLVED = [
    ("dispute resolved", _c(r"\b(?:dispute|issue|matter|complaint|problem|query|discrepancy|disagreement|objection)s?\b(?: (?!not\b|never\b|yet\b)\w+){1,5}? (?:(?:has|have|had) been |is |was |were |are )?(?:now |finally |fully )?(?:resolved|settled|withdrawn)\b|\b(?:dispute|issue|matter|complaint|problem|query|queries|discrepancy|disagreement|concern)s? (?:has |have |had )?(?:now |since )?(?:been |is |was |are |were )?(?:now |finally |fully )?(?:resolved|settled|sorted(?: out)?|fixed|cleared(?: up)?|closed|withdrawn|dropped|addressed)\b|\b(?:resolved|settled|sorted out|cleared up|closed) (?:the |this |their |our |that )?(?:dispute|issue|matter|complaint|query|discrepancy)\b|\bcredit (?:memo |note )?(?:was |has been |now )?(?:issued|applied|raised|agreed)\b|\b(?:issued|applied|raised|sent) (?:a |the )?(?:credit|credit memo|credit note|revised invoice|corrected invoice)\b|\bagreed (?:to|on) (?:the )?(?:revised|corrected|new|adjusted|updated|reduced|original)\b|\b(?:customer|client|they|he|she) (?:now )?(?:agrees?|agreed|accepts?|accepted) (?:the )?(?:amount|invoice|price|revised|corrected|charges?|balance|explanation)|\bwithdr(?:ew|awn) (?:the |their |its |our |my )?(?:dispute|complaint|objection)\b|\bno longer disput\w*|\b(?:corrected|revised|adjusted|updated) invoice (?:was |has been |is )?(?:sent|issued|accepted|approved|fine)\b|\bhappy with the (?:corrected|revised|adjusted|fix|explanation)\b|\bfound (?:the |their |our )?(?:payment|check|cheque)\b|\bpayment (?:was |has been )?(?:located|found)\b|\bmisunderstanding (?:has been |was )?(?:cleared|resolved|sorted)\b|\ball (?:sorted|settled|resolved)\b")),  # noqa: E501
]

HARDSHIP = [
    ("asks for a payment plan", _c(r"\bpayment (?:plan|schedule|arrangement)s?\b|\binstal(?:l)?ments?\b|\bpay (?:it |this |that |the (?:balance|invoice|rest|amount) )?(?:in|over|across) (?:\w+ )?(?:parts|stages|chunks|portions|payments|tranches|months|weeks|halves|goes|lots|instal(?:l)?ments)\b|\bsplit (?:the |this |it |that )?(?:payment|invoice|bill|balance|amount|cost|it|this)?\s*(?:into|in|over|across)\b|\bspread (?:the |this |it |that )?(?:payments?|cost|balance|amount|it|this|out)?\s*(?:out|over|across)\b|\b(?<!our )(?<!usual )(?<!regular )(?:monthly|weekly|bi-?weekly|fortnightly|smaller|partial) (?:payments?|amounts)\b|\bpa(?:y|id|ying) (?:what(?!'s left| is left| remains| is owed| (?:we|i) owe)|some|part|half|a portion|a bit|a little)\b|\b(?:pay|paid|send|sent|paying) (?:you )?(?:\$?[\d,.]+|half|some|part)\s+(?:now|today|this week|this month|upfront|up front)\b|\bthe (?:rest|remainder|remaining balance) (?:next|later|in|over|by|at|on|after)\b|\bin (?:two |three )?halves\b|\b(?:do|manage|afford|offer) \$?[\d,.]+ (?:a|per|each|every) (?:month|week|fortnight)\b|\b(?:give|allow|grant) (?:us|me) (?:until|till|til|through|another|a few|a couple|some|more|an extra)\b|\bpay (?:\$?[\d,.]+ )?(?:a|per|each|every) (?:month|week|fortnight)\b")),  # noqa: E501
    # Waiting on its own client asks for time; beside a named day it is a dated promise.
    (WAITS_ON_CLIENT, _c(r"\bas soon as (?:our|my) (?:client|customer|funding|loan|grant)s?\b"
                         r"|\bwhen (?:our|my) (?:client|customer)s? pays?\b")),
    ("asks for more time", _c(r"\b(?:more|extra|additional|a bit more|a little more|some more) time\b|\b(?:an |the |a short |a brief )?extension (?:on|of|to|for|until)\b|\b(?:ask|request|need|get|grant|give|want|like)(?:ing|ed|s)? (?:\w+ )?(?:an |a short |a brief |short )?extension\b|\bextend (?:the |our |my )?(?:due date|deadline|terms|payment terms|payment date)\b|\bgrace period\b|\bdefer(?:ral|ring|red)? (?:the |our )?(?:payment|balance)\b|\bpostpon(?:e|ing) (?:the |our )?payment\b|\bpush (?:the |our )?(?:payment|due date) (?:back|out)\b|\b(?:a few|couple of|two|three|several|some) (?:more )?(?:weeks|months) (?:to pay|more|longer)\b")),  # noqa: E501
    ("says it cannot pay in full", _c(r"\b(?:can't|cannot|can not|unable to|not able to|won't be able to|will not be able to|are not able to|aren't able to|couldn't|could not|struggl(?:e|ing) to)\s+(?:\w+ ){0,2}pay\b(?! (?:you )?(?:late|twice))|\bcash[- ]?flow (?:is |has been |was )?(?:\w+ )?(?:tight|issues?|problems?|difficult\w*|crunch|constraints?|squeeze|shortage|bad|poor|rough|challeng\w*|struggles?|pressures?|gap)\b|\b(?:tight|poor|negative|limited) cash[- ]?flow\b|\bcash[- ]?flow (?:issue|problem|crunch|constraint)|\b(?:financial|money|cash) (?:difficult(?:y|ies)|troubles?|problems?|hardship|struggles?|issues?|constraints?|pressures?)\b|\bhardship\b|\bstruggling (?:financially|with (?:cash|money|payments|bills))\b|\bshort (?:on|of) (?:cash|funds|money)\b|\b(?:money|funds|budget)(?: is| are)? (?:tight|short|limited)\b|\btight (?:on )?(?:money|funds|budget|month)\b|\bslow (?:season|month|quarter)\b|\bstruggling to (?:keep up|stay afloat|make ends meet|cover)\b|\btimes are (?:hard|tough|difficult)\b|\b(?:tough|hard|difficult|lean) (?:times|month|year|quarter|period|season)\b|\bfallen on hard times\b|\bbehind on (?:our |my )?(?:bills|payments)\b|\bwaiting (?:on|for) (?:our |a )?(?:client|customer|customers|clients) to pay\b")),  # noqa: E501
]

# Future-tense commitment to pay; the date is resolved from the same clause (evidence_dates).
PROMISE = [
    ("promises to pay", _c(r"\b(?:will|'ll|shall|going to|gonna|plan to|planning to|intend to|expect to|aim to|can|hope to|promise(?:d|s)? to|commit(?:ted|s)? to|agreed to)\s+(?:definitely |certainly |surely |be able to |try to |get |have )?(?:pay|send|settle|remit|transfer|wire|clear|process|mail|make|release|get you|cover)\b|\b(?:payment|check|cheque|transfer|wire|funds|money|remittance|it|balance) (?:will be|is|'s|should be|is going to be|'ll be|are|will go|goes) (?:\w+ )?(?:sent|made|scheduled|processed|coming|going out|out|released|issued|mailed|wired|on its way|on the way|arriving|paid|deposited|transferred|initiated|in the mail|cleared|settled)\b|\b(?:processing|sending|releasing|mailing|wiring|initiating) (?:the |a |our |your )?(?:payment|wire|transfer|check|cheque|funds)\b|\b(?:release|send|issue|make) (?:the |our |a )?payment (?:on|by|next|this|before|tomorrow)\b|\b(?:scheduled|arranged|queued|set up|booked) (?:the |a |our )?payment\b|\bexpect (?:the )?(?:payment|funds|a check|a cheque|it|the money)\b|\byou(?:'ll| will| should) (?:have|receive|get|see) (?:the |our |your |a )?(?:payment|money|funds|check|cheque|it|transfer)\b|\bpromised? (?:the |a |our )?(?:full |partial )?(?:to pay|payment)\b|\b(?:ptp|promise to pay)\b|\bpay(?:ing)? (?:it |this |the invoice |the balance |in full )?(?:on|by|before|next|this|tomorrow|at the end)\b")),  # noqa: E501
]

NO_CONTACT = [
    ("asks for no automated reminders", _c(r"\b(?:do not|don't|dont|never|please don't|please do not) (?:\w+ )?(?:contact|email|e-mail|message|chase|dun|remind|send (?:\w+ ){0,3}(?:reminders|emails|notices|messages|chasers))\b|\bstop (?:sending|emailing|chasing|reminding)\b|\bno (?:more|further) (?:reminders|emails|chasers|messages|notices)\b|\bno (?:automated|automatic|auto|system|bot|computer-generated) (?:reminders|emails|messages|notices|chasers)\b|\bno (?:dunning|chasers)\b|\b(?:calls?|phone calls?) instead of (?:emails?|reminders?|messages)\b|\b(?:call|phone) instead\b|\bunsubscribe\b|\bopt(?:ed|ing)? out\b|\bremove (?:me|us) from\b|\b(?:call|phone|ring) (?:me|us|him|her|them)\b(?: \w+){0,3} (?:instead|directly|rather)\b|\bprefer (?:a |to )?(?:phone|call|calls|talk)\b|\bhandled? (?:\w+ ){0,3}(?:personally|directly|in person|by (?:the )?(?:account|relationship) (?:owner|manager))\b|\bpersonal(?:ly)? (?:contact|touch|relationship)\b|\bkey account\b|\bstrategic account\b|\bvip (?:customer|client|account)\b|\b(?:account|relationship) (?:owner|manager) (?:handles|manages|will handle|deals with)\b|\bonly (?:contact|reach out)\b|\b(?:call|phone|check with|speak to|speak with|talk to|contact) \w+(?: \w+)? before (?:any (?:\w+ )?(?:reminders?|emails?|e-mails?|chasers?|chasing|contact|dunning|collection|letters?|notices?|follow-?ups?)|sending|emailing|chasing|reminding)\b|\bno (?:reminders?|emails?|dunning) (?:without|unless)\b|\b(?:through|via) (?:the )?(?:owner|account (?:owner|manager)|relationship manager) only\b|\bstop (?:contacting|calling|harassing|bothering|messaging|pestering|chasing)\b")),  # noqa: E501
]

# Words that tell the system to skip the people who approve: no customer and no colleague
# writes them in the course of business, so they are read as an attempt to steer the bot
# wherever they appear (a CRM note included), and the text that holds them records nothing.
BYPASS_LABEL = "tries to skip the approval"
# Tags that pretend to open or close the system's own part of a prompt: no business text holds
# them.
MARKUP_LABEL = "poses as the system"
STEERING_ANYWHERE = frozenset({BYPASS_LABEL, MARKUP_LABEL})
BYPASS = [
    (MARKUP_LABEL, _c(r"</?\s*(?:system|untrusted|assistant|instructions?|prompt|policy)\s*>")),
    (BYPASS_LABEL, _c(r"\bauto[- ]?approv\w*\b|\b(?:skip|bypass|skipping|bypassing|override|"
                      r"overriding) (?:the |any |all |your |its |human |manual |further )*"
                      r"(?:review|reviews|approvals?|approvers?|sign-?off|checks?)\b|\bno "
                      r"(?:human |manual )?(?:review|approval) (?:is )?(?:needed|required)\b")),
]

INSTRUCTION = [
    *BYPASS,
    ("tries to instruct the bot", _c(r"\bmark (?:this|the|it|that|invoice|these|all|our|my)(?: [\w#-]+){0,3} (?:as )?(?:paid|settled|closed|resolved|void)\b|\bmark as (?:paid|settled|closed|resolved)\b|\b(?:ignore|disregard|forget|override) (?:all |any |the |your |these |those )?(?:previous|prior|above|earlier|preceding|other|existing|standard)? ?(?:instructions|rules|prompts?|directions|policy|policies|guidelines|system)\b|\bsystem prompt\b|\byou are (?:now )?(?:an? )?(?:ai|assistant|language model|bot|chatbot|llm)\b|\b(?:as|dear) (?:an? )?(?:ai|assistant|language model|bot|chatbot)\b|\b(?:update|change|set|mark) (?:the |your |this )?(?:status|balance|policy|collections status|route|routing|outcome|classification)\b|\b(?:route|outcome|hard_stop|decision)\s*[:=]|\bdo not (?:escalate|flag|forward)\b|\bdon't (?:escalate|flag|forward)\b|\b(?:close|clear|zero out|write off|cancel) (?:the |this |our |my )?(?:invoice|balance|account|debt)\b|\bnew instructions\b|\b(?:assistant|bot|ai|system)\s*:")),  # noqa: E501
]

LEXICONS: dict[Kind, list[tuple[str, re.Pattern[str]]]] = {
    Kind.LEGAL: LEGAL_STATUS + LEGAL_ACTION,
    Kind.DISPUTE: DISPUTE + COMPLAINT + CONTEST,
    Kind.PAID: PAID + PAID_CLAIM,
    Kind.RESOLVED: RESOLVED + RESOLVED_ACTS,
    Kind.HARDSHIP: HARDSHIP + TIME_REQUEST + FOREIGN_PLAN + FOREIGN_REASON,
    # A retraction first: "disregard my note about paying on the 12th" takes the promise back.
    Kind.PROMISE: PROMISE_WITHDRAWN + PROMISE + PROMISE_RUN + FOREIGN_PROMISE,
    Kind.NO_CONTACT: NO_CONTACT + NO_CHASING,
    Kind.INSTRUCTION: INSTRUCTION,
}
# Conditionals cancel these meanings; legal threats ("or we will sue") stay evidence.
HYPOTHETICAL_SENSITIVE = {label for label, _ in LEGAL_STATUS} | {
    label
    for kind in (Kind.DISPUTE, Kind.PAID, Kind.HARDSHIP, Kind.PROMISE, Kind.RESOLVED,
                 Kind.NO_CONTACT)
    for label, _ in LEXICONS[kind]
} - {NOT_RECEIVED_YET}

# Each pattern's gate (regex_gate): a clause holding none of its word pieces is not searched.
# Kept beside each pattern: a Pattern hashes its compiled program on every dict lookup.
GATED: dict[Kind, list[tuple[str, re.Pattern[str], CompiledGate]]] = {
    kind: [(label, pattern, gate_of(pattern)) for label, pattern in entries]
    for kind, entries in LEXICONS.items()
}

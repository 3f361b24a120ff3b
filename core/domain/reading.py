"""Reading a customer email as a person would: what the customer wrote, and what says nothing.

`own_words` drops what is not the customer's message (our reminder quoted under "On … wrote:",
`>` lines, forwarding headers, signatures, legal disclaimers); `says_nothing` recognises clauses
that carry no act a collector must answer (greetings, thanks, sign-offs, "we'll look into it",
"can you resend the invoice"). The fail-safe in `triage` relies on this being conservative: a
clause that is neither evidence nor recognised here leaves the message unread, and a person
reads it before anything is sent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.domain.evidence_acts import CLAIM_MARKS, RISK_CUES, alt

_QUOTE_HEADER = re.compile(
    r"^\s*(?:on\b.{3,160}\bwrote:?|-{2,}\s*(?:original|forwarded) message\s*-{2,}"
    r"|begin forwarded message:?|_{5,})\s*$",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(r"^\s*(?:from|sent|to|cc|bcc|date|subject|reply-to)\s*:", re.I)
_SIGNATURE_START = re.compile(
    r"^\s*(?:--\s*|sent from (?:my )?\w+.*|get outlook for \w+.*)$", re.IGNORECASE
)
_DISCLAIMER = re.compile(
    r"\b(?:confidential|intended (?:solely |only )?for the (?:use of the )?(?:named )?"
    r"(?:recipient|addressee|individual)|received this (?:e-?mail|message) in error"
    r"|consider the environment before printing|registered in (?:england|scotland|ireland"
    r"|wales|the)|registered office|company (?:no|number|registration)|vat (?:no|number|reg)"
    r"|privacy (?:notice|policy)|personal data|person to whom it is addressed"
    r"|sent from an? (?:\S+ )?(?:secure|encrypted|protected) (?:mailbox|e-?mail|server|system)"
    r"|views expressed are (?:those|solely those) of"
    # an acknowledgement of country under an Australian signature; an AP tool's own footer
    r"|acknowledge the traditional (?:owners|custodians)|view or edit this payment"
    # the same footer in the customer's own language
    r"|uitsluitend bestemd|geadresseerde|geen rechten worden ontleend|vertrouwelijk"
    r"|vertraulich|nicht der richtige adressat|destinataire|confidentiel|destinatario"
    r"|confidencial|riservat[oa]|strettamente)\b",
    re.IGNORECASE,
)
# The mail system's external-sender banner, as a whole line and nothing else on it ("[EXTERNAL
# EMAIL] Caution: this message was sent from outside your organisation."): a line that carries
# anything more is kept and read.
_EXTERNAL_BANNER = re.compile(
    r"(?=.*\b(?:external|outside)\b)\W*(?:\[?\s*external(?: e-?mail| sender| message)?\s*\]?\W*)?"
    r"(?:(?:caution|warning|notice)\W*)?"
    r"(?:this (?:message|e-?mail) (?:was sent|originated|came|comes) from (?:outside|an external"
    r" sender)(?: of)?(?: (?:your|the|our) (?:organi[sz]ation|company|firm))?\W*"
    r"(?:do not click (?:on )?(?:any )?links or open attachments unless[^.]*\W*)?)?",
    re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")

_GREETING = alt(
    "hi", "hello", "hey", "hiya", "dear", "good (?:morning|afternoon|evening|day)", "greetings",
    "to whom it may concern", "morning", "afternoon", "evening",
    # the salutations a letter opens with in another language: a greeting, whatever follows it
    # is read as it is written
    "sehr geehrte[rs]?", "geachte", "madame,? monsieur", "bonjour", "hallo", "hola",
    "buenos d(?:í|i)as", "goeie dag", "goedemorgen", "goedemiddag", "guten (?:tag|morgen)",
    "estimad[oa]s?",
    # thanks and sign-offs in the customer's own language: "Gracias por su comprension."
    r"gracias(?: por su (?:comprensi(?:ó|o)n|atenci(?:ó|o)n|paciencia|ayuda))?",
    r"merci(?: beaucoup)?(?: pour votre (?:compr(?:é|e)hension|patience|aide))?",
    r"danke(?: sch(?:ö|o)n)?(?: f(?:ü|u)r ihr verst(?:ä|a)ndnis)?", "grazie(?: mille)?",
    "obrigad[oa]", "bedankt", "dank u(?: wel)?", "saludos(?: cordiales)?", "un saludo",
    "cordialement", r"mit freundlichen gr(?:ü|u)(?:ß|ss)en", "met vriendelijke groet(?:en)?",
    "groeten", "atentamente", "cordiali saluti", "distinti saluti", "(?:baie )?dankie",
    "bien cordialement", r"tr(?:è|e)s cordialement", "saluti", "cumprimentos",
    r"(?:herzliche|liebe|beste|freundliche) gr(?:ü|ue)(?:ß|ss)e",
    "(?:hartelijke|vriendelijke) groet(?:en)?",
    # an apology for the delay in Afrikaans: "ek is jammer oor die laat betaling"
    r"ek is (?:baie )?jammer(?: oor die (?:laat betaling|vertraging))?",
)
_SIGNOFF = alt(
    "best", "regards", "kind regards", "warm regards", "best regards", "warmest regards",
    "sincerely", "yours(?: sincerely| faithfully| truly)?", "cheers", "thanks", "thank you",
    "many thanks", "thanks again", "talk soon", "speak soon", "all the best", "br", "rgds",
    "respectfully", "cordially", "take care", "best wishes", "thx", "ty", "much appreciated",
    "thanks in advance", "with thanks", "appreciate it", "have a good one", "thanks so much",
    "thank you so much", "thanks very much", "thank you very much",
    # the sign-offs a mail client or a bilingual signature adds in another language
    "mit freundlichen gr(?:ü|ue)(?:ß|ss)en", "freundliche gr(?:ü|ue)(?:ß|ss)e",
    "viele gr(?:ü|ue)(?:ß|ss)e", "cordialement", "bien (?:à|a) vous", "salutations distinguées",
    "bien cordialement", r"tr(?:è|e)s cordialement", "saluti", "un abbraccio",
    "saludos(?: cordiales)?", "un saludo", "atentamente", "met vriendelijke groet(?:en)?",
    "cordiali saluti", "distinti saluti",
    "atenciosamente", "cumprimentos", "med vänliga hälsningar", "med venlig hilsen",
)
_TITLE = alt(
    "manager", "director", "controller", "owner", "founder", "ceo", "cfo", "coo", "president",
    "bookkeeper", "accountant", "coordinator", "assistant", "specialist", "clerk", "administrator",
    "accounts payable", "ap", "finance", "operations", "office", "purchasing", "procurement",
    "treasurer", "secretary", "partner", "principal", "head of \\w+", "vp", "officer", "team",
    "department", "dept", "admin", "mgr", "mngr", "lead", "supervisor", "analyst", "inc", "llc",
    "ltd", "corp",
)
_THANKED_FOR = alt(
    "reminder", "email", "e-mail", "note", "message", "patience", "help", "heads[- ]up",
    "understanding", "follow[- ]?up", "business", "time", "support", "invoice", "statement",
    "update", "info", "information", "reply", "response", "quick response", "nudge",
)
# Praise of the work or the service answers nothing ("the service has been great").
_PRAISE = alt("great", "excellent", "lovely", "brilliant", "perfect", "fantastic", "superb",
              "wonderful", "amazing", "spot on", "first[- ]class", "top notch", "delighted",
              "gorgeous", "beautiful", "impressed", "thrilled", "pleased", "valuable", "useful",
              "helpful", "outstanding", "terrific", "awesome", "fabulous", "stunning", "cracking",
              "invaluable", "well received", "a (?:big |huge )?hit")
# Praise or thanks carries no claim only when nothing in it turns: no contrast, no negation, no
# complaint's word ("thanks for the work, but", "the crew were great, still waiting on the skip").
_NO_TURN = (r"(?!.*\b(?:but|however|though|although|not|never|still|yet|wrong|damag\w*|broke\w*"
            r"|missing|late|short|except|apart from|only)\b)(?!.*n't\b)")
# What a customer thanks us for having done: the work and its pieces, in any trade.
_OUR_WORK = alt(
    "work", "job", "effort", "efforts", "help", "service", "session", "sessions", "training",
    "workshop", "deck", "event", "survey", "report", "visit", "installation", "install",
    "project", "strategy", "support", "pack", "design", "advice", "delivery", "course",
    "presentation", "audit", "review", "plans?", "drawings", "photos", "care",
)
# Each pattern names one way of saying nothing; a clause says nothing when one of them covers
# it but for a few words ("Thanks for the reminder, Maria").
_PATTERNS = [
    rf"^(?:{_GREETING})\b",
    rf"^(?:{_SIGNOFF})\b",
    rf"^(?:many |and )?(?:thanks|thank you|thx|cheers)(?: (?:so|very) much)?(?: (?:again|all))?"
    rf"(?: for (?:the|your|this|that|a) (?:\w+ ){{0,2}}(?:{_THANKED_FOR}))?",
    r"^(?:i |we )?hope (?:you|this|all|your|everything|the)\b(?: \w+){0,6}",
    r"^(?:i )?trust (?:you|this|all)\b(?: \w+){0,5}",
    r"^(?:i |we )?hope (?:you are|you're|all is|everyone is) well\b(?: [\w']+){0,7}\W*$",
    r"^(?:anything else you need(?: from (?:us|me))?"
    r"|(?:we|i) will keep you (?:informed|posted|updated)"
    r"|(?:we|i)'ll keep you (?:informed|posted|updated))\W*$",
    # well-wishing about our season: "hope the yard's not too crazy", "hope the rush isn't mad"
    r"^(?:i |we )?hope (?:you|the|things|everyone|all)\b(?: [\w']+){0,5} (?:not|isn't|aren't|is"
    r" ?n't) too (?:busy|crazy|hectic|mad|manic|wild|bad|stressful|full on)\b(?: [\w']+){0,5}\W*$",
    r"^(?:happy|merry) (?:holidays|thanksgiving|new year|christmas|friday|monday|easter)",
    r"^(?:have|enjoy) (?:a |the |your )?(?:great |good |nice |lovely |wonderful )?"
    r"(?:day|weekend|week|holiday|holidays|evening)",
    r"^(?:apologies|sorry|my apologies)\b(?: \w+){0,4} (?:delay|late|slow|delayed|response"
    r"|reply|getting back)\b",
    r"^(?:noted|received|got it|understood|acknowledged|will do|ok|okay|sure|sounds good"
    r"|no problem|no worries|perfect|great|of course|certainly|appreciated|yes|yep)\b",
    r"\b(?:(?:i|we)(?:'ll| will| shall| am| are|'m|'re)?\s+)?(?:be\s+)?(?:look|looking) into"
    r" (?:it|this|that|the matter)",
    # "will look at it next week", "got your reminders": an acknowledgement, no act
    r"\b(?:(?:i|we)(?:'ll| will| shall)?\s+|will\s+)(?:have a )?look (?:at|over) (?:it|this|that)"
    r"(?: (?:next|this|on) \w+| later| soon| shortly)?\W*$",
    r"^(?:got|received|seen) (?:your|the) (?:reminders?|notices?|e-?mails?|messages?|statement)\b",
    # paying as it always does: "but this one we'll pay as normal"; "we're fine for now"
    r"^(?:but |and )?(?:this one |this |it )?(?:we'll|we will|i'll|i will) pay"
    r" (?:it |this one |this )?(?:as normal|as usual|as per normal|as always|in the usual way)\W*$",
    r"^(?:we're|we are|i'm|i am|everything's|everything is|things are|all) (?:fine|good|ok|okay"
    r"|all good)(?: for now| at the moment| here| thanks)?\W*$",
    # an offer to talk, not a request: "ring me if you want", "call us any time" (a bare "call
    # me" asks for something; a person reads it)
    r"^(?:feel free to |happy to |you can )?(?:ring|call|phone|text)(?: me| us)? (?:(?:if|when"
    r"|whenever) you (?:want|like|need(?: to)?|prefer|have (?:any )?questions)|any ?time)\W*$",
    r"\b(?:we are|we're|i am|i'm)\s+(?:\w+\s+)?(?:working on|on|dealing with|handling) (?:it"
    r"|this|that)\b",
    r"\b(?:no|not any|not a) (?:\w+ )?(?:problems?|issues?|complaints?|concerns?|disputes?"
    r"|objections?|questions?)\b(?: (?:with|about|regarding|on|over|here)\b(?: \w+){0,3})?",
    r"^(?:so )?(?:sorry|apologies)(?: about| for)? (?:that|this|the (?:\w+ )?(?:delay|oversight"
    r"|confusion|inconvenience|mix-?up|trouble))",
    rf"\b(?:this|that|it|the rest|everything else|everything|this one|the new one|the current"
    rf" one|all)(?: one)?(?:'s| is| was| looks| seems| are)? ?(?:all )?(?:fine|ok|okay|correct"
    rf"|good|right|in order|accurate|{_PRAISE})\b(?: \w+){{0,2}}",
    # "4192 on the same statement is fine", "The newer invoices are all fine"
    r"^(?:(?!(?:not|no|nothing|none|never|nobody)\b)[\w'#.-]+ ){0,6}(?:is|are|was|were|has been"
    r"|have been|looks?|seems?) (?:all |absolutely |totally |perfectly )?(?:fine|ok|okay|correct"
    rf"|good|in order|accurate|{_PRAISE})\b",
    # "the crew did a great job": praise of the work, its doer named inside the pattern.
    rf"^(?:[\w']+ ){{0,4}}(?:did|has done|have done|are doing|is doing|does|do) (?:a |an |such a"
    rf" )?(?:really |very |truly )?(?:{_PRAISE}|good|fine|nice|lovely) (?:job|work)\b",
    r"^(?:i'm|i am|we're|we are) (?:happy|fine|ok|okay) with (?:[\w#-]+ ){0,3}[\w#-]+",
    # thanks for the work done: "Thanks again for all the work on the biodiversity survey",
    # "First of all, thank you for the great work on the project"
    rf"^{_NO_TURN}(?:(?:many|huge|big|a big|a huge|and|also) )?(?:thanks|thank you|thx)(?: (?:so"
    rf"|very) much)?(?: (?:again|all|once again))?(?: to (?:you|your team|the team))? for (?:all )?"
    rf"(?:the|your|this|that|a|an|such an?) (?:[\w-]+ ){{0,3}}(?:{_OUR_WORK})\b(?: (?:on|with"
    rf"|for|at|during|over|last) (?:the |our |your |this |that |last )?(?:[\w-]+ ){{0,3}}[\w-]+)?",
    # praise by its verb: "Loved the work.", "we really enjoyed the session"
    rf"^{_NO_TURN}(?:(?:i|we|the team|everyone|all of us|our (?:staff|team|kids|client|board))"
    rf"(?: all| really| absolutely)? )?(?:really |absolutely |truly )?(?:loved|love|enjoyed"
    rf"|appreciated|valued|were impressed (?:by|with)|are delighted with|were delighted with)\b"
    rf"(?: [\w-]+){{0,6}}\W*$",
    # praise as a predicate, with what it is about: "Everything was fine with the job"
    rf"^{_NO_TURN}(?:[\w'#.-]+ ){{0,6}}(?:is|are|was|were|has been|have been) (?:all |really "
    rf"|very |so |truly |absolutely )?(?:fine|good|{_PRAISE})(?: with (?:the|your|our) (?:[\w-]+ )"
    rf"{{0,2}}[\w-]+)?\W*$",
    # an apology in the third person or with its subject: "She is sorry for delay", "we are
    # very sorry for the late"
    r"^(?:i'm|i am|we're|we are|she is|he is|she's|he's|they are) (?:so |very |really |truly )?"
    r"(?:sorry|apologetic)(?: (?:for|about) (?:the |our |this )?(?:delay|late|wait|lateness"
    r"|slow reply|confusion|trouble|inconvenience))?\W*$",
    r"^(?:first of all|firstly|first|also|again|once again|finally|lastly)\W*$",
    r"^(?:(?:so|very|really|terribly|awfully) )?(?:my|our) (?:sincere )?apologies\W*$",
    # "We would be grateful for your written confirmation that this is acceptable."
    rf"^{_NO_TURN}(?:we|i)(?:'d| would| will| shall)? be (?:most |very )?grateful (?:for|if) "
    r"(?:your|you) (?:\w+ ){0,2}(?:confirm\w*|let us know|agree\w*|accept\w*)(?: [\w-]+){0,5}\W*$",
    r"^(?:(?:it's|it is) )?(?:me|us) again\W*$",
    # thanks for sending it again: "Thanks for sending it over again."
    rf"^{_NO_TURN}(?:many |and )?(?:thanks|thank you|thx)(?: (?:so|very) much)? for "
    r"(?:re-?)?(?:send|forward|resend|shar)ing (?:it|this|that|the (?:invoice|copy|statement|pdf"
    r"|details|reminder))"
    r"(?: (?:over|through|on|across))?(?: again)?\W*$",
    # a complaint denied: "Nothing wrong with the work at all"
    r"^nothing (?:is |was |at all )?wrong(?: (?:with|on|about) (?:the |your |it\b|this\b|that\b)"
    r"(?:[\w-]+ ){0,2}[\w-]*)?(?: (?:at all|here|our end|on our end))?\W*$",
    # a question about the proposal just made: "Please confirm if acceptable for FX-2032."
    r"^(?:please |kindly )?(?:confirm|let (?:me|us) know|advise) (?:if|whether) (?:this |that "
    r"|it )?(?:is |would be |will be )?(?:acceptable|ok|okay|possible|suitable|agreeable|works"
    r"|suits)(?: (?:for|to) (?:you|[\w#-]+(?: [\w#-]+)?))?\W*$",
    r"^(?:please )?(?:tell|let) (?:me|us) (?:know )?what (?:you need|works|you would like"
    r"|you'd like|suits)(?: (?:from|of) (?:us|me))?\W*$",
    # a debt acknowledged: "We acknowledge the balance of $4,672.44"
    r"^(?:we|i) (?:acknowledge|accept|confirm|recognise|recognize) (?:the |our |this |that )?"
    r"(?:balance|amount|debt|invoice|sum)(?: (?:of|is|as|owed|due|outstanding) [$\u00a3\u20ac]?"
    r"\s?[\d,.]+(?: [a-z]{3})?)?\W*$",
    r"^(?:re|regarding|concerning|about|ref)\W? (?:the |our |your |this )?(?:outstanding |overdue "
    r"|open )?(?:amount|balance|invoice|bill|payment|account)\W*$",
    r"\b(?:cash ?flow|money|funds|finances|business) (?:is|are) (?:\w+ )?(?:fine|ok|okay|good"
    r"|healthy|strong)\b",
    r"\b(?:you can )?(?:reach|call|contact|ring|text) (?:me|us) (?:on|at|via)\b(?: \S+){0,4}",

    r"\b(?:i|we)(?:'ll| will| shall| can)\s+(?:\w+\s+)?(?:check|review|look at|investigate"
    r"|get back to you|follow up|come back to you|circle back|revert|confirm|let you know"
    r"|take a look|find out|ask)\b(?: (?:with|on|about|internally|and) (?:\w+ ){0,2}\w+)?",
    r"^(?:i'll |we'll |and |then )?(?:get|come|circle) back to you\b(?: \w+){0,3}",
    # "I need to speak with our director" is internal; "we need to talk" is to us.
    r"\b(?:let me|i need to|we need to|i have to|i'll have to)\s+(?:\w+\s+)?(?:(?:check"
    r"|confirm|look|review|verify|ask|find out)\b(?: (?:with|on|about|into|and)"
    r" (?:\w+ ){0,2}\w+)?|(?:speak|talk) (?:with|to) (?!you\b)(?:\w+ ){0,2}\w+)",
    r"\b(?:forward(?:ed|ing)?|pass(?:ed|ing)?(?: (?:this|it))? (?:on|along)|sen(?:t|ding)"
    r"(?: (?:this|it))? (?:on|over)|cc'?(?:ed|ing)?|copied|copying|looping in|loop(?:ed)? in)"
    r"\b(?: \w+){0,4} (?:ap|accounts(?: payable)?|finance|accounting|bookkeeper|controller"
    r"|payables|colleague|team|department|office|manager|boss|owner)\b(?: team| department)?",
    r"\b(?:can|could|would) you (?:please )?(?:re-?send|send|e-?mail|share|forward)"
    r"(?: me| us| over)?\s+(?:a |another |the |an |me |us )?(?:updated |new )?(?:copy|pdf"
    r"|invoice|statement|w-?9|receipt|details|bank details|remittance details)\b"
    r"(?: \w+){0,3}",
    r"^(?:(?:but )?(?:we|i) )?(?:just |only |still )?(?:need|want|require|would like)"
    r" (?:a |an |the |your |another )?(?:updated |new |signed |copy of (?:the |your )?)?"
    r"(?:copy|pdf|w-?9|w-?8\w*|receipt|statement|remittance details|bank details|tax form"
    r"|vendor form|supplier form)\b(?: form)?(?: \w+){0,2}",
    # how future invoices should read: "could you add our new PO format to future invoices?"
    r"^(?!.*\b(?:missing|wrong|incorrect|hours?|rates?|charges?|credit|refund|discount|price"
    r"|amount|error)\b)(?:p\.?s\.?:? )?(?:(?:could|can|would) you (?:please )?|please )?"
    r"(?:add|include|put|quote|show|use)\b(?: [\w()#/.-]+){0,6} (?:on|to|in|for) (?:all )?"
    r"(?:future|next|new|upcoming) (?:invoices|bills|statements)\b\W*$",
    r"^(?:please |so )?(?:don't|do not|no need to|stop) (?:worry|panic|stress|fret)(?:ing)?\b",
    # an apology for the delay, told as an oversight: "so sorry, it slipped through the cracks"
    r"^(?:(?:so|very|really|terribly|awfully) )?(?:sorry|apologies)$",
    r"^(?:(?:it |this |that )?(?:totally |completely |just )?(?:slipped|fell) (?:through|between)"
    r" the cracks|(?:it )?slipped (?:my|our) (?:mind|radar)|(?:i|we) (?:totally |completely )?"
    r"forgot(?: about it)?|my bad|our oversight"
    # owning the slip: "totally my fault", "it got buried under the term invoices"
    r"|(?:(?:totally|completely|entirely|all) )?(?:my|our) (?:fault|bad|oversight|mistake)"
    r"|(?:it |this )?(?:got|was) (?:buried|lost|missed|overlooked|stuck) (?:under|in|among|behind"
    r"|with) (?:[\w'-]+ ){0,4}[\w'-]+)(?: while (?:i|we) (?:was|were) (?:off|away|out"
    r"|on leave|on holiday))?\W*$",
    # the delay explained as being busy or losing track: "sorry man been slammed"
    r"^(?:(?:so |very |really )?(?:sorry|apologies)(?: about that| for that| man| mate)?,? )?"
    r"(?:(?:we|i)(?:'ve| have)? )?(?:been |are |were |'re |'m |am )?(?:slammed|swamped"
    r"|snowed under|flat out|lost track(?: of (?:it|this|that|things))?)\W*$",
    # a polite question about the proposal just made: "would that work for you?"
    r"^(?:would|does|will|could|can|is|might) (?:that|this|it|this plan|that plan) (?:work|be"
    r" (?:ok|okay|alright|all right|acceptable|possible|feasible)|suit|help)\b(?: for (?:you|your"
    r" side|everyone))?(?: at all)?\W*$",
    r"^(?:what do you think|let me know what you think|is that ok|hope that helps)\W*$",
    r"^(?:if|should) (?:anything|something|that|this|it|the date|the plan|plans?) (?:changes?"
    r"|slips?|moves?),? (?:i|we)(?:'ll| will| shall) (?:let you know|be in touch|tell you"
    r"|update you|keep you posted)\b(?: \w+){0,2}\W*$",
    r"\b(?:my|our) (?:new )?(?:e-?mail|address|phone(?: number)?|number|contact details)"
    r"(?: address)? (?:is|are|has changed)\b",
    # An attachment is never small talk (_ATTACHMENT): only the thread below is.
    r"^(?:see|please see)\b(?: \w+){0,4} (?:below|thread|email)",
    r"^(?:fyi|fwd?|forwarding|adding|looping in|passing on|passing this on)\b(?: \w+){0,8}"
    r"(?: (?:below|underneath|records|files|info|reference))?",
    r"\b(?:see|read) (?:the )?(?:note|email|message|thread) (?:from \w+ )?(?:below|underneath)",
    r"^(?:quick (?:one|question)|one (?:more )?thing|re (?:your|the) (?:email|reminder|note)"
    r"|as (?:i|we) said|as discussed|as mentioned|following up|further to)\b(?: \w+){0,5}",
    # a letter's formal opening: "We refer to your e-mail regarding the above.", "Further to
    # your statement, I write regarding the outstanding balance on invoice X."
    r"^(?:(?:further to|with reference to|in reply to|in response to) (?:your|the) (?:e-?mail"
    r"|letter|message|statement|reminder|notice|correspondence)\W+)?(?:we|i)(?: (?:refer|write"
    r"|am writing|are writing)|'m writing|'re writing)(?: (?:to|in|with) (?:reference |regard "
    r"|response |reply )?(?:to )?"
    r"(?:your|the)(?: [\w-]+){0,3}| regarding (?:the|your)(?: [\w-]+){0,5})\W*$",
    # the same opening in the customer's own language: "Je vous écris concernant la facture X."
    r"^(?:je vous écris|nous vous écrivons|ich schreibe(?: ihnen)?|wir schreiben(?: ihnen)?"
    r"|le escribo|les escribimos|ik schrijf u|wij schrijven u|vi scrivo)\s+(?:\w+\s+){0,3}?"
    r"(?:la|votre|die|ihre|la|su|de|uw|la vostra)?\s*(?:facture|rechnung|factura|factuur"
    r"|fattura)(?: [\w-]+)?\W*$",
    r"^(?:madame,? monsieur|sehr geehrte damen und herren|estimados señores|geachte heer"
    r",? mevrouw|veuillez agréer\b.*|gruß\b.*|viele grüße\b.*|gr,?)\W*$",
    # a notice's promise of another notice: "You'll receive another notification when the
    # payment has been sent."
    r"^you(?:'ll| will) receive (?:another|a further|an?) (?:\w+ )?(?:e-?mail|notification|message"
    r"|confirmation)\b(?: [\w']+){0,8}\W*$",
    # "Resending, this bounced from your old address."
    r"^resending\b(?:[^.!?]{0,60}\b(?:bounced|old address|wrong address|didn't go through)"
    r"[^.!?]{0,40})?\W*$",
    r"^(?:this|it|my (?:last |earlier )?(?:e-?mail|message|reply)) (?:bounced|came back|didn't go"
    r" through)\b(?: [\w']+){0,5}\W*$",
    # the sender's line of an AP system or an assistant: "Sent on behalf of Mt Eden Builders Ltd"
    r"^sent (?:on behalf of|for) [\w&.,' -]{1,60}$",
    r"^(?:let me know|please let me know|feel free|don't hesitate|do not hesitate)\b"
    r"(?: \w+){0,8}",
    rf"^{_NO_TURN}(?:we|i) (?:(?:really|very much|truly|greatly|do) )?(?:appreciate|value)\b"
    r"(?: \w+){0,3} (?:business|patience|help|understanding|service|partnership|reminder|note"
    r"|follow-?up|work|support|relationship)\b(?: [\w-]+){0,5}\W*$",
    r"^(?:we|i) (?:appreciate|value)\b(?: \w+){0,3} (?:business|patience|help|understanding"
    r"|service|partnership|reminder|note|follow-?up)",
]
_SAYS_NOTHING = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]
# Greetings, sign-offs, thanks and acknowledgements are statements: "Hello?" or "Ok ?" asks.
_STATEMENTS = frozenset(_SAYS_NOTHING[:3] + [p for p in _SAYS_NOTHING if p.match("noted")])
_OUT_OF_OFFICE = re.compile(
    r"\b(?:out of (?:the )?office|limited access to (?:e-?mail|my inbox)|automatic reply"
    r"|auto-?reply|on (?:annual |parental |maternity |sick )?leave until)\b",
    re.IGNORECASE,
)
# Case matters here: a name or a title line is capitalised ("Maria Okafor, AP Manager").
_SIGNATURE_LINE = re.compile(
    rf"^(?:[A-Z][\w.'&-]*(?:\s+(?:[A-Z&][\w.'&-]*|of|and|for|the|&))*\s*[,|/-]?\s*)+"
    rf"(?:(?i:{_TITLE})\b(?:\s*[,|&/-]?\s*\w+)?)?\s*$"
    r"|^[\d\s().+-]{7,}(?:\(?(?i:direct|mobile|cell|office|main|work|home|fax|m|o|d)\)?)?$|^(?i:t|m|p|tel|phone|mobile|cell|fax|e|email|w|web|ext)\.?\s*[:.+\d(]"
    r"|^(?i:www\.|https?://)\S+$|^\d+[\w\s.,#-]{3,60}\b(?i:st|street|ave|avenue|rd|road|blvd"
    r"|suite|ste|floor|lane|ln|dr|drive|way|court|ct)\b"
)
# Words no name or title holds: "Monday. Promise. - Greg" is capitalised like a signature, and
# is a promise to pay.
_NOT_A_NAME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight"
    r"|promise\w*|paid|pay|paying|sent|done|never|wrong|missing|broken|damaged|refund\w*"
    r"|disput\w*|lawyers?|cancel\w*|overdue|not|no)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z']+")
_FRAGMENT = re.compile(r",|\band\b|\bso\b|\s-\s", re.IGNORECASE)
# How many words a says-nothing pattern may leave uncovered ("Thanks again, Maria").
_SLACK_WORDS = 3
_SENTENCE_WORDS = 6


_FROM_LINE = re.compile(r"^\s*from\s*:", re.IGNORECASE)
_HEADER_SPAN = 6


def _block_author(lines: list[str], at: int) -> set[str]:
    """Who wrote the quoted or forwarded block whose header is at `at`: the address in an
    "On … <addr> wrote:" line, else the block's "From:" line. Only when neither names anyone
    do all the header's addresses count. A forward's "To: ar@…" names us as its *reader*: a
    colleague's complaint forwarded to us is the customer's message, not ours quoted back."""
    own = {a.lower() for a in _ADDRESS.findall(lines[at])}
    if own:
        return own
    span = lines[at + 1:at + 1 + _HEADER_SPAN]
    for line in span:
        if _FROM_LINE.match(line):
            return {a.lower() for a in _ADDRESS.findall(line)}
    return {a.lower() for a in _ADDRESS.findall(" ".join(span))}


def own_words(body: str, our_addresses: set[str], forwarded: bool = False) -> str:
    """The customer's own text of an email body, without our quoted text or mail furniture.

    A quoted block whose attribution names one of `our_addresses` (the reminder they replied
    to) is dropped; a forwarded block from anyone else is kept, because a colleague's words
    forwarded by the customer are the customer's message. In a forward (`forwarded`: "FW:")
    the `>` lines are that message (a bank's payment advice, a colleague's note) and are
    kept, unless they name one of our addresses (our own reminder, passed on).
    """
    kept: list[str] = []
    signed = False
    lines = body.replace("\r\n", "\n").split("\n")
    if forwarded:
        quoted = " ".join(line for line in lines if line.lstrip().startswith(">")).lower()
        if not {a.lower() for a in _ADDRESS.findall(quoted)} & our_addresses:
            lines = [_QUOTE_MARK.sub("", line) for line in lines]
    i = 0
    while i < len(lines):
        line = lines[i]
        if _QUOTE_HEADER.match(line):
            if _block_author(lines, i) & our_addresses:
                break  # the rest is our own message, quoted back
            i += 1
            continue
        if line.lstrip().startswith(">") or _HEADER_LINE.match(line):
            i += 1
            continue
        if _SIGNATURE_START.match(line):
            signed = True
        # Below a signature only sentences are kept ("PS: the wall is leaning"): names,
        # titles, phone numbers and addresses are short.
        if not signed or len(_WORD.findall(line)) >= _SENTENCE_WORDS:
            kept.append(line)
        i += 1
    return "\n".join(line for line in kept if not _DISCLAIMER.search(line)
                     and not (line.strip() and _EXTERNAL_BANNER.fullmatch(line.strip())))


# An automatic reply is short; a long email that mentions being out of the office is a person
# writing ("I was out of the office when the delivery came…") and is read.
_AUTO_REPLY_CHARS = 400


def is_out_of_office(text: str) -> bool:
    """True for an automatic out-of-office reply."""
    return len(text) <= _AUTO_REPLY_CHARS and bool(_OUT_OF_OFFICE.search(text))


# What no pattern may pass as small talk: an attachment nobody explains ("Please see
# attached", "scan_0043.pdf", "[image: photo.jpg]"), and bare question marks ("??", "Ok ?!").
_ATTACHMENT = re.compile(
    r"\battach\w*|\benclos\w*|\w\.(?:pdf|jpe?g|png|gif|heic|tiff?|docx?|xlsx?|csv|zip|msg)\b"
    r"|\[(?:image|cid|attachment)\b",
    re.IGNORECASE,
)
_BARE_QUESTION = re.compile(r"\?\s*[?!]|!\s*\?")
# A name or a title line never asks or exclaims: "Pourquoi?" is a word said, not a signature.
_SAID = re.compile(r"[?!]\W*$")


# A title on its own, as a signature writes it after the name: "office mgr", "AP team".
_TITLE_LINE = re.compile(rf"^(?:(?:{_TITLE})\s+)?(?:{_TITLE})$", re.IGNORECASE)


def _signature(text: str, raw: str) -> bool:
    return (len(text) <= 80 and bool(_SIGNATURE_LINE.match(text) or _TITLE_LINE.match(text))
            and not _NOT_A_NAME.search(text) and not _SAID.search(raw.strip()))


def _fragment_says_nothing(raw: str) -> bool:
    if _ATTACHMENT.search(raw) or _BARE_QUESTION.search(raw):
        return False
    text = raw.strip(" \t-*•,;:.!()\"'")
    words = _WORD.findall(text)
    if not words:
        return "?" not in text
    return _signature(text, raw) or _harmless_act(text, words)


def _harmless_act(text: str, words: list[str]) -> bool:
    """True when one of the says-nothing patterns covers the text but for a few words."""
    asks = text.rstrip().endswith("?")
    for pattern in _SAYS_NOTHING:
        if asks and pattern in _STATEMENTS:
            continue
        match = pattern.search(text)
        if match and len(words) - len(_WORD.findall(match.group(0))) <= _SLACK_WORDS:
            # The few words a pattern leaves over may be a name, never a claim: "Yes, paid
            # it" or "none of this is correct" are not small talk.
            rest = text[: match.start()] + " " + text[match.end():]
            if not (CLAIM_MARKS.search(rest) or RISK_CUES.search(rest)):
                return True
    return False


# The same clause recurs across a customer's invoices and across days: read it once.
@lru_cache(maxsize=1 << 16)
def says_nothing(clause: str) -> bool:
    """True when every comma-separated piece of the clause carries no act: a greeting, thanks,
    a sign-off, a signature line, an acknowledgement, a request for a copy, a contact change."""
    # "No, no problem with the work at all!": the first "no" only stresses the denial
    clause = _STRESSED_NO.sub("", clause)
    if _LEAD_IN.match(clause):
        return True
    return all(_fragment_says_nothing(piece) for piece in _FRAGMENT.split(clause))


# A phrase that only leads in (its "and" would split it): "the long and short of it:"
_LEAD_IN = re.compile(
    r"^\W*(?:the long and (?:the )?short of it|(?:to cut a )?long story short|in short"
    r"|in a nutshell|(?:the )?bottom line(?: is)?|in a word)\W*$", re.IGNORECASE)
_STRESSED_NO = re.compile(r"^\W*(?:no|nope|oh|oh no)\W+(?=(?:no|not|nothing)\b)", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def is_furniture(clause: str) -> bool:
    """True when the clause is only mail furniture: punctuation, a name, a title line. A
    message of nothing else has said nothing the judge can account for ("Rechnung Falsch",
    "...", a bare name over an attachment)."""
    if _ACK_SIGN.search(clause):
        return False
    return all(_furniture_piece(p) for p in _FRAGMENT.split(clause))


def _furniture_piece(raw: str) -> bool:
    text = raw.strip(" \t-*•,;:.!()\"'")
    words = _WORD.findall(text)
    if not words or _GREETING_ONLY.match(text) or _CLOSING_ONLY.match(text):
        return True
    return _signature(text, raw) and not _harmless_act(text, words)


# "Hi Dana" opens a message and says nothing in it; thanks, at least, is an act.
_GREETING_ONLY = re.compile(rf"^(?:{_GREETING})\b(?:\s+[\w'.-]+){{0,3}}$", re.IGNORECASE)
# A closing without thanks ("Kind regards, Maria") ends a message and says nothing in it.
_CLOSING = alt(
    "best", "regards", "kind regards", "warm regards", "best regards", "warmest regards",
    "sincerely", "yours(?: sincerely| faithfully| truly)?", "talk soon", "speak soon",
    "all the best", "br", "rgds", "respectfully", "cordially", "take care", "best wishes",
    "mit freundlichen gr(?:ü|ue)(?:ß|ss)en", "cordialement", "saludos(?: cordiales)?",
    "atentamente", "met vriendelijke groet(?:en)?", "cordiali saluti", "atenciosamente",
    "bien cordialement", r"tr(?:è|e)s cordialement", "saluti", "cumprimentos",
    r"(?:freundliche|beste|liebe) gr(?:ü|ue)(?:ß|ss)e",
)
_CLOSING_ONLY = re.compile(rf"^(?:{_CLOSING})\b(?:\s+[\w'.-]+){{0,3}}$", re.IGNORECASE)


# A thumbs-up or a tick is an acknowledgement, the emoji for "got it".
_ACK_SIGN = re.compile("[\U0001F44D\U0001F44C\u2705\u2714\U0001F64F]")


# The last words of a message cut off mid-sentence: an article, a conjunction, a preposition,
# a pronoun that opens a clause, or a dash or colon with nothing after it.
_CUT_OFF = re.compile(
    r"(?:\b(?:the|a|an|and|but|or|because|so|that|which|who|of|to|for|with|regarding|re|about"
    r"|if|as|we|i|our|your|their|is|are|was|were|on|in|at|from|by|this|these|those|since"
    r"|until|when|while|although|though|not|also|plus)|\s[-–—]|^[-–—]|:)\s*$",
    re.IGNORECASE,
)


# "till the insurance money comes in", "once it kicks in": a phrasal verb's particle ends a
# sentence as its last word, a preposition waiting for its object does not.
_PARTICLE_END = re.compile(
    r"\b(?:come|comes|came|coming|go|goes|going|get|gets|got|kick|kicks|kicked|roll|rolls"
    r"|rolled|land|lands|landed|drop|drops|dropped|pour|pours|turn|turns|turned|log|logs|sign"
    r"|signs|check|checks|checked|carry|carry on|hold|holds|hang|hangs|move|moves|fill|fills"
    r"|trickle|trickles|flow|flows|flowing|pick|picks) (?:in|on)\W*$",
    re.IGNORECASE,
)


def is_cut_off(body: str) -> bool:
    """True when the customer's own words stop mid-sentence ("we noticed that the")."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return bool(lines) and bool(_CUT_OFF.search(lines[-1])) and not _PARTICLE_END.search(
        lines[-1])


# Words of the common European languages that English does not use: two in one clause (or
# one beside a letter English does not write) mark text in another language, which the
# judge cannot read.
_WORDS_OF_OTHER_LANGUAGES = """
    nous vous est une les des avec pour sont merci bonjour votre notre cette facture paiement
    pas mais aussi sur dans être avons avez très bien je suis pourquoi quoi
    der das und ist nicht warum wir sie ihr bitte danke rechnung zahlung mit für auf eine einen
    ein haben sind wegen noch schon aber oder gerne die wurde wurden leider unsere unser lieferung
    kaputt falsch fehlt bezahlt
    el los las por para que una del está esto es porque estamos gracias hola factura pago pero muy
    también tenemos nuestro nuestra usted
    het een zijn niet wij jullie bedankt factuur betaling graag kunt nog ook mij deze waarom
    il di che della sono perché grazie fattura pagamento nostro abbiamo anche ancora
    levering geleverd compleet kapot verkeerd betaald wij onze
    não uma obrigado obrigada nota estamos ainda pagamento nossa você
"""
_FOREIGN_WORDS = frozenset(_WORDS_OF_OTHER_LANGUAGES.split())
# English words nearly every English clause holds: a clause with one foreign word and none of
# these ("Wir zahlen am Freitag") is not English.
_COMMON_ENGLISH = """
    the a an and or but to of in on at for from by with is are was were be been will would can
    could should we i you he she it they this that these those our your my their us me not no
    have has had do does did please thanks thank so if as all any just get got pay paid
"""
_ENGLISH_WORDS = frozenset(_COMMON_ENGLISH.split())
_NOT_ENGLISH_LETTER = re.compile(r"[à-öø-ÿßœ]")
_LOWER_WORD = re.compile(r"\b[a-zà-öø-ÿßœ']+\b")


@lru_cache(maxsize=1 << 16)
def in_another_language(clause: str) -> bool:
    """True when the clause is written in a language other than English: its foreign words at
    least match its common English ones ("Hola, the season is slow ... Gracias por su
    comprension" is English with a greeting and thanks). A company's name line ("Van der Heijden
    Logistiek B.V.") is its signature, not a sentence."""
    if _COMPANY_LINE.search(clause.strip()):
        return False
    words = _LOWER_WORD.findall(clause.lower())
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    accented = any(_NOT_ENGLISH_LETTER.search(w) for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if foreign >= 2:
        return foreign >= english
    return foreign >= 1 and (accented or (len(words) >= 2 and not english))


@lru_cache(maxsize=1 << 16)
def plainly_english(clause: str) -> bool:
    """True when the clause is plainly English: no foreign function word and a fair share of
    common English words. Beside an act read in another language every other clause must be
    ("De levering was niet compleet" holds "was" but is Dutch)."""
    words = _LOWER_WORD.findall(clause.lower())
    if not words or any(w in _FOREIGN_WORDS for w in words):
        return False
    english = sum(w in _ENGLISH_WORDS for w in words)
    return english >= max(1, len(words) // 4)


_COMPANY_LINE = re.compile(
    r"^[A-Z][\w'&.-]*(?:\s+[\w'&.-]+){0,5}\s+(?:B\.?V\.?|N\.?V\.?|GmbH|AG|S\.?A\.?S?|S\.?L\.?"
    r"|SARL|S\.?r\.?l\.?|S\.?p\.?A\.?|Ltd\.?|Limited|LLC|Inc\.?|Pty\.? Ltd\.?|Sdn\.? Bhd\.?|Oy|AB"
    r"|A/S|ApS|KG|e\.?V\.?|BVBA|SPRL|Lda\.?)$")

"""Find evidence in customer emails and notes, clause by clause, with negation and invoice scope.

Each clause is matched against the lexicons in `evidence_lexicon`; a match is dropped when a
negation cue precedes it in its clause ("we are not disputing"), when it sits in a hypothetical
("if the goods arrive damaged"), or when the clause is about another invoice (it names a
different invoice number, says "the previous invoice", or the message predates this invoice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from core.domain.case import CaseBundle, Message, parse_day
from core.domain.evidence_acts import (
    ABOUT_US,
    AWAITED_MONEY,
    CLAIM_MARKS,
    COMPLAINT_SHAPE,
    COMPLAINT_WORDS,
    CONTEXT_GOODS_OR_WORK,
    DATE_FIELD_LABEL,
    DEFECT,
    DONE_MARKS,
    FUTURE_MARKS,
    FUTURE_PAYMENT,
    GOODS,
    GOODS_NOT_PARTS,
    GOODS_OR_WORK_MARK,
    HOLD_LABEL,
    HOLD_NEEDS_CONTEXT,
    INABLE,
    INTERNAL_STEP,
    LATER_CLAIM_CUES,
    LOOKS_AHEAD,
    MATTER_MARKS,
    MONEY_WORDS,
    NOT_DONE_BEFORE,
    NOT_TO_BE_CHARGED,
    OUR_PRACTICE,
    OWN_STORY,
    PAID_IN_RUN_LABEL,
    PARTS_LABEL,
    PARTS_ONLY,
    PAST_MARKS,
    PAST_PAYMENT,
    PAY_VERB,
    PAYING_WORD,
    PAYMENT_NOTICE,
    PAYMENT_PROCESS,
    PAYMENT_RULE,
    PAYMENT_VERB,
    PLAN_ASK,
    PLAN_TALK,
    PRACTICE_ASK,
    REASON_LABELS,
    REASSURANCE,
    REMEDY_LABEL,
    RETRACTED_LABEL,
    RHETORICAL_PAID,
    RHYTHM_ONLY,
    RISK_CUES,
    RUN_LABELS,
    THE_SUM,
    THEIR_DEBTORS,
    THEIR_INCOME,
    WAITS_LABEL,
    WAITS_ON_CLIENT,
    WORK,
)
from core.domain.evidence_dates import day_first, find_date
from core.domain.evidence_foreign import FOREIGN_LABELS
from core.domain.evidence_lexicon import (
    GATED,
    HYPOTHETICAL_SENSITIVE,
    LEGAL_STATUS,
    STEERING_ANYWHERE,
    Kind,
)
from core.domain.evidence_pairs import SPLIT_CONTEST_LABEL, split_contest
from core.domain.reading import (
    in_another_language,
    is_cut_off,
    is_furniture,
    is_out_of_office,
    own_words,
    plainly_english,
    says_nothing,
)
from core.domain.regex_gate import Words

# "bill no. 3257", "company no. 0993", "Dec. 22": an abbreviation before a number ends no
# sentence, nor
# does a title before a name ("the owner Mrs. Okafor", "Dr. Patel").
# A sentence may start in lower case ("you made only english page. the chinese page is not
# there."): cutting too often leaves a fragment for a person; cutting too rarely lets one act
# account for a whole paragraph.
_SENTENCE = re.compile(r"(?<=[.!?])(?<![Nn]o\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)"
                       r"(?<!\bSt\.)"
                       # a month's abbreviation before its day ("Dec. 22") ends no sentence
                       r"(?!(?<=\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.)\s+\d)"
                       r"\s+(?=[A-Z0-9\"'(])|\n+")
_CLAUSE = re.compile(
    r";|:\s|\s+-\s+|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhereas\b|\bexcept\b|,\s*and\b"
    r"|\band (?=(?:we|i|they|the other|this one|that one|invoice)\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|nor|neither|none|nobody|nothing|hardly|cannot|no longer)\b|n't\b",
    re.IGNORECASE,
)
# "no doubt", "not only", and "no." as an abbreviation ("cheque no. 004512") deny nothing.
_NOT_A_NEGATION = re.compile(r"\bno (?:way|doubt|question|choice)\b|\bnot only\b"
                             # a polite ask: "I don't suppose you'd let us have a bit longer?"
                             r"|\b(?:don't|do not|dont) (?:suppose|suppose you|mind)\b"
                             r"|\bno\.?\s*(?=[#:]?\s*\d)", re.IGNORECASE)
_LEGAL_DENIAL = re.compile(
    r"\b(?:rumou?rs?|contrary to|despite|emerged from|came out of|out of|exited|discharged"
    r" from|avoided|avoid|no truth)\b",
    re.IGNORECASE,
)
_LEGAL_DENIAL_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,3}(?:is|are|was|were)\s+"
    r"(?:false|untrue|not true|unfounded|baseless|nonsense)",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|in case|unless|suppose|supposing|hypothetically|whether|even if|what if|in the event"
    r"|should (?:we|it|the|you|there|i|this|they|anything|any|something|some|one|either))\b"
    r"(?!\s+(?:possible|that's|that is|it's|it is|ok|okay|convenient|acceptable|at all|so|needed"
    r"|necessary|you|your|we may|i may|we could|i could|we can|i can))",
    re.IGNORECASE,
)
_HARDSHIP_HYPOTHETICAL = re.compile(
    r"\b(?:should (?:we|i)|in case|in the event|even if|if (?:we|i) (?:ever |end up |do |later )?"
    r"(?:need|needed|require|run short|struggle|fall behind)"
    # a plan only supposed for later: "I might need to ask you about spreading payments"
    r"|(?:might|may) (?:need|want|have) to ask|if (?:\w+ ){1,3}ever)\b",
    re.IGNORECASE,
)
# A plan asked about for some other, later purchase, anywhere in its clause: "for the extension
# next year", "instalments on future orders", "not asking for this one". It supposes a plan;
# it asks none for this invoice ("for this and future orders" does).
_LATER_PURCHASE = re.compile(
    r"\b(?:next year|(?<!this and )(?<!this one and )(?<!this invoice and )"
    r"(?:future|upcoming|later)"
    r" (?:orders?|work|jobs?|projects?|purchases?|invoices?"
    r"|upgrades?)|add-?ons?|not (?:asking )?(?:for|about) this (?:one|invoice))\b", re.IGNORECASE)
_REQUEST_NOT_PROMISE = re.compile(
    r"\b(?:asked|ask|told|tell|requested|reminded|urged|demanded)\b", re.IGNORECASE
)
_NOT_A_PROMISE = re.compile(
    r"\b(?:broke|broken|missed|failed|please|must|should|needs? to|has to)\b", re.IGNORECASE
)
_NOT_THIS = re.compile(r"\bnot\s+(?:on\s+|about\s+|for\s+|with\s+|in\s+)?$", re.IGNORECASE)
_QUESTION_START = re.compile(
    r"^\W*(?:do|does|did|is|are|was|were|has|have|had|will|would|could|can|should|check if)\b",
    re.IGNORECASE,
)
_INVOICE_NUMBER = re.compile(
    r"\binv(?:oice)?s?\.?\s*(?:no\.?|number|num|nr|#)?\s*[:#]?\s*([a-z]{0,4}-?\d[\w-]*)",
    re.IGNORECASE,
)
_HASH_NUMBER = re.compile(r"(?<![\w$£€])#\s?([a-z]{0,4}-?\d[\w-]*)", re.IGNORECASE)
_NOT_INVOICE_HASH = re.compile(
    r"\b(?:po|p\.o\.|order|ref|ticket|case|quote|check|cheque|account|acct|job|unit|suite|apt"
    r"|trace|tracking|confirmation|conf|transaction|txn|receipt|wire|ach|eft|auth\w*"
    r"|reference)\W*$",
    re.IGNORECASE,
)
_OTHER_INVOICE = re.compile(
    # "together with the other invoices", "along with your other bills": this one and the rest
    r"(?<!with the )(?<!with your )(?<!with our )(?<!with all the )(?<!as well as the )"
    r"(?<!and the )(?<!plus the )(?<!and all the )"
    r"\b(?:previous|prior|earlier|older|another|other|different|separate|old|past)\s+(?:\w+\s+)?"
    r"(?:invoices?|bills?|orders?|jobs?|projects?|deliver(?:y|ies)|shipments?|statements?)\b"
    r"|\blast (?:month|year|quarter|season)'?s (?:invoice|bill|order|job|project|delivery)"
    r"|\bthe one before\b|\binvoices? (?:from|for) (?:last|previous|the previous)\b",
    re.IGNORECASE,
)
_THIS_INVOICE = re.compile(
    r"\b(?:this|the current|the latest|the new|the attached|this latest|the present)\s+"
    r"(?:\w+\s+)?(?:invoice|bill|one|statement)\b|\bthis one\b",
    re.IGNORECASE,
)
# Distinct clauses remembered by the per-clause caches (a few MB at most: `bench triage` at
# 100,000 cases peaks at 43 MB RSS with this size; bounded so a long
# batch of unrelated text cannot grow memory).
_CLAUSE_CACHE = 131_072
_SCOPED = {Kind.DISPUTE, Kind.PAID, Kind.RESOLVED, Kind.HARDSHIP, Kind.PROMISE}
_LEGAL_STATUS_LABELS = {label for label, _ in LEGAL_STATUS}


@dataclass(frozen=True)
class Evidence:
    """One detection: what it means, where it was found, and the words that say so."""

    kind: Kind
    label: str
    source: str  # e.g. "customer email 2026-11-17", "note 2026-11-18", "customer record"
    origin: str  # Message.source: "customer email", "note", "customer record", ...
    day: date | None
    order: int  # position in the case's chronology, for "later recorded as resolved"
    quote: str
    promise_date: date | None = None

    @property
    def from_customer(self) -> bool:
        return self.origin == "customer email"

    def reason(self) -> str:
        """A short explainable reason, e.g. "customer email 2026-11-17 contests the amount: '…'"."""
        return f"{self.source} {self.label}: '{self.quote}'"


def shorten(text: str, limit: int = 90) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _norm(token: str) -> str:
    return re.sub(r"[^0-9a-z]", "", token.lower())


def _same_invoice(token: str, doc: str) -> bool:
    a, b = _norm(token), _norm(doc)
    if a == b:
        return True
    digits_a, digits_b = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return len(digits_b) >= 3 and digits_a == digits_b


_TOKEN = re.compile(r"(?<![\w$£€.,/-])[\w][\w-]*(?<!-)(?![\w/-]|[.,]\d)")


class _Scope:
    """Which invoice each clause of one message talks about ('this', 'other' or None)."""

    def __init__(self, case: CaseBundle) -> None:
        self.doc = case.doc_number
        # Short numbers ("12") would match quantities and days; one token scan serves every
        # known number (a pattern per DocNumber would be compiled for every case).
        self.known = {
            known.lower(): known for known in case.known_doc_numbers() if len(_norm(known)) >= 3
        }

    def refs(self, clause: str) -> list[tuple[int, str]]:
        """(position, 'this' | 'other') of every invoice reference in the clause."""
        marks = _reference_marks(clause)
        numbers = list(marks.numbers)
        if self.known:
            numbers += [(pos, self.known[token]) for pos, token in marks.tokens
                        if token in self.known]
        found = [(pos, "this" if _same_invoice(n, self.doc) else "other") for pos, n in numbers]
        found += marks.pointers
        return sorted(found)

    def as_it(
        self, clause: str, refs: list[tuple[int, str]]
    ) -> tuple[str, list[tuple[int, str]]]:
        """The clause with this invoice's number (and the "invoice" before it) written as "it",
        so that an act's frame reads its object whatever the number looks like ("settle BW-2019
        in one amount", "a staged payment on TA-2013"), and its references in that text (each
        "it" so written still points at this invoice). The clause and its references as they
        are when it names no number of this invoice."""
        if not any(kind == "this" for _, kind in refs) or not self.doc:
            return clause, refs
        text, spots = _own_number_as_it(clause, self.doc)
        if text == clause:
            return clause, refs
        return text, sorted(self.refs(text) + [(at, "this") for at in spots])


@dataclass(frozen=True)
class _Marks:
    """What a clause's own words say about invoices, before any case's numbers are known."""

    numbers: tuple[tuple[int, str], ...]  # (position, number) after "invoice" or "#"
    tokens: tuple[tuple[int, str], ...]  # (position, lower-case token): maybe a known number
    pointers: tuple[tuple[int, str], ...]  # (position, 'this' | 'other'): "this one", "the
    # previous invoice"


@lru_cache(maxsize=_CLAUSE_CACHE)
def _reference_marks(clause: str) -> _Marks:
    """The case-independent scans of `_Scope.refs`, once per distinct clause (pure in text)."""
    numbers = [(m.start(), m.group(1)) for m in _INVOICE_NUMBER.finditer(clause)]
    numbers += [
        (m.start(), m.group(1)) for m in _HASH_NUMBER.finditer(clause)
        if not _NOT_INVOICE_HASH.search(clause[: m.start()])
    ]
    pointers = [
        (m.start(), "this") for m in _THIS_INVOICE.finditer(clause)
        if not _NOT_THIS.search(clause[: m.start()])  # "not this one" points elsewhere
    ]
    pointers += [(m.start(), "other") for m in _OTHER_INVOICE.finditer(clause)]
    tokens = tuple((m.start(), m.group(0).lower()) for m in _TOKEN.finditer(clause))
    return _Marks(tuple(numbers), tokens, tuple(pointers))


# A reference to an invoice by its number, the words before it included ("the invoice RT-2004",
# "inv #2004", "#2004", "RT-2004"): one pattern for every case, the number compared after.
_NUMBER_REF = re.compile(
    r"(?:\b(?:the |our |your |this )?(?:invoice|inv|bill)s?\.?\s*(?:no\.?|number|nr|#)?\s*[:#]?\s*"
    r"|#\s?)?(?<![\w$\u00a3\u20ac.,/-])([a-z]{0,4}-?\d[\w-]*)(?<!-)(?![\w/-]|[.,]\d)",
    re.IGNORECASE,
)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _own_number_as_it(clause: str, doc: str) -> tuple[str, tuple[int, ...]]:
    """`_Scope.as_it` for one clause and DocNumber: the text and where each "it" now stands."""
    parts: list[str] = []
    spots: list[int] = []
    end = length = 0
    for match in _NUMBER_REF.finditer(clause):
        if not _same_invoice(match.group(1), doc):
            continue
        parts.append(clause[end:match.start()])
        length += match.start() - end
        spots.append(length)
        parts.append("it")
        length += 2
        end = match.end()
    parts.append(clause[end:])
    return "".join(parts), tuple(spots)


def _nearest(refs: tuple[tuple[int, str], ...], position: int) -> str | None:
    """The invoice reference closest to a match decides which invoice it is about."""
    if not refs:
        return None
    return min(refs, key=lambda r: (abs(r[0] - position), r[1] != "this"))[1]


def split_clauses(text: str) -> list[str]:
    """Sentences, then clauses at contrastive joints ('but', ';', 'however', ', and')."""
    return list(_clauses_of(text))


# A mail client's soft wrap: a line as long as a wrap column (70+ characters) that ends
# without a sentence's stop, then more text on the next line. Its halves are one sentence
# ("I'll get yours / paid next Friday (27th)"); a short line (a greeting, a name, a title, a
# list item) is never joined, nor a quoted or header line.
_WRAP_COLUMN = 70
_SOFT_WRAP = re.compile(
    rf"^(?![ \t]*(?:>|(?:from|sent|to|cc|date|subject)\s*:))([^\n]{{{_WRAP_COLUMN - 1},}}"
    r"[^\n.!?:;\s])[ \t]*\n(?=[ \t]*[^\s>*\u2022-])",
    re.IGNORECASE | re.MULTILINE,
)


def unwrap(text: str) -> str:
    """The text with soft-wrapped lines joined back into their sentences."""
    return _SOFT_WRAP.sub(r"\1 ", text)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _clauses_of(text: str) -> tuple[str, ...]:
    clauses: list[str] = []
    for sentence in _SENTENCE.split(unwrap(text.replace("’", "'").replace("‘", "'"))):
        clauses.extend(c.strip() for c in _CLAUSE.split(sentence) if c and c.strip())
    return tuple(clauses)


def _negated(before: str, kind: Kind, after: str, label: str = "") -> bool:
    """The words before a match deny it ("we are not disputing", "rumours of insolvency")."""
    # A negation does not reach across a comma or a dash: in "the motor is not running,
    # seems damaged" the damage is stated, not denied.
    if label == NOT_TO_BE_CHARGED:
        return False  # "the skip was never used and shouldn't be charged" states the contest
    # Nor across a clause of its own: in "the full amount is not possible until the missing
    # cartons arrive" the negation is the payment's, and the cartons are missing.
    piece = _NEGATION_STOP.split(_PIECE.split(before)[-1])[-1]
    words = _NOT_A_NEGATION.sub(" ", piece).split()[-5:]
    negation = _NEGATION.search(" ".join(words))
    if negation and label == REMEDY_LABEL:
        # The remedy's own refusal: "please don't expect it to be paid before this is
        # corrected", "we are not releasing anything until it is fixed".
        return False
    if negation and label in _HOLDS and _HOLD_MONEY.search(" ".join(words), negation.end()):
        # A hold is itself a refusal to pay: in "we are not in a position to authorise payment
        # of the full amount until this has been looked at" the negation is the hold's own.
        return False
    if negation:
        return True
    return kind is Kind.LEGAL and bool(
        _LEGAL_DENIAL.search(" ".join(before.split()[-6:])) or _LEGAL_DENIAL_AFTER.search(after)
    )


_NEGATION_STOP = re.compile(
    r"\b(?:until|till|unless|once|because|since|as soon as|before|after|so that|while)\b",
    re.IGNORECASE)
_HOLDS = frozenset({HOLD_LABEL, REMEDY_LABEL})
_SPLIT_ONLY = re.compile(r"^(?:split|spread)\w*$", re.IGNORECASE)
# A split or a spread of the paying: a paying word or the money beside it ("could we split
# it?", "spread the cost", "split payments", "pay it split over two months").
_SPLIT_MONEY = re.compile(
    r"\b(?:pay\w*|settl\w*|instal\w*|owe\w*|debts?|it|this|that|balance|invoice|bill|amount|cost"
    r"|total|sum"
    r"|rest|remainder|payments?|over|across|into|in (?:two|three|four|\d+|half|halves)|up|out"
    r"|could|can|would|may)\b", re.IGNORECASE)
_BROKEN_UP = re.compile(
    r"\b(?:balance|payment|amount|invoice|bill|it|this|total|sum)\s+(?:be\s+|being\s+|is\s+|was\s+)?"
    r"broken\s+(?:up|down|into)\b", re.IGNORECASE)
_SPLIT_BY_PART = re.compile(
    r"split\w*\s+(?:\w+\s+)?(?:by|per|between|across)\s+(?:\w+\s+)?(?:departments?"
    r"|cost cent(?:er|re)s?|sites?|locations?|po|projects?|teams?|entit\w+|branch\w*|divisions?"
    r"|offices?)\b", re.IGNORECASE)
# The customer's own slip with its mail or paperwork: "sorry, pasted the wrong thing", "my
# colleague used the wrong subject line when forwarding".
_OUR_OWN_SLIP = re.compile(
    r"(?:\b(?:sorry|apolog\w*|oops|my bad)\b[^.!?]{0,40}|\b(?:i|we|my colleague|our \w+)\s+)"
    r"(?:\w+\s+)?(?:used|pasted|attached|typed|entered|copied|forwarded|quoted|picked)\s+(?:you\s+)?"
    r"the\s+$", re.IGNORECASE)
CORRECTION_LABEL = "asks for the invoice to be corrected"
FIX_LABEL = "makes payment depend on a fix"
_THANKS_FOR_SENDING = re.compile(
    r"\b(?:thanks?|thank you)(?: \w+)? for (?:sending|issuing|the|your)(?: over)?"
    r"(?: the| a| that)?\s*$",
    re.IGNORECASE)
_VENDOR_ADMIN = re.compile(
    r"\b(?:vendor|supplier) (?:setup|set-up|form|record|details|registration|onboarding|profile)\b"
    r"|\b(?:w-?9|w-?8\w*|tax form|bank(?:ing)? details)\b", re.IGNORECASE)
_SPLIT_GOODS = re.compile(rf"^\s+(?:\S+\s+){{0,2}}?(?:{GOODS}|{WORK})\b", re.IGNORECASE)
_MONEY_OBJECT = (r"(?:it|this|that|them|the (?:balance|invoice|bill|payment|amount|cost|total|rest"
                 r"|remainder|sum)|(?:our |the )?payments?)")
_PAYS_IN_PARTS = re.compile(
    rf"\b{PAY_VERB}|\b{PLAN_ASK}\b|\b(?:do|split|spread|break)(?: {_MONEY_OBJECT})?(?: up)?\s*$",
    re.IGNORECASE)
_APOLOGY_BEFORE = re.compile(r"\b(?:sorry|apolog\w*|excuse)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
_PAYMENT_HELD = re.compile(
    r"\b(?:authori[sz]\w*|approv\w*|releas\w*|mak\w*|process\w*|sign\w* off)\s+(?:the\s+|any\s+)?"
    r"payment\b", re.IGNORECASE)
_HOLD_MONEY = re.compile(r"\b(?:pay\w*|settl\w*|authori[sz]\w*|approv\w*|releas\w*|sign\w* off)\b",
                         re.IGNORECASE)


def _not_their_promise(before: str, label: str, from_customer: bool) -> bool:
    """"Please pay by Friday" or a colleague's "asked them to pay by Friday" is a request, not
    the customer's promise; inside a payment run ("please schedule it for the 25th run") the
    customer is telling its own AP team, and the promise stands."""
    if label in RUN_LABELS or label == RETRACTED_LABEL:
        return False  # "please disregard my note about paying on the 12th" takes it back
    return bool(_NOT_A_PROMISE.search(before)) or (
        not from_customer and bool(_REQUEST_NOT_PROMISE.search(before))
    )


def _their_practice(clause: str, kind: Kind, match: re.Match[str]) -> bool:
    """The match stands in a piece that tells the customer's standing way of paying everyone
    (OUR_PRACTICE), and the clause asks for nothing: a rhythm there is their calendar, not a
    plan for this invoice, and "our payments are released on the 4th" is a habit, not a
    payment made."""
    if PRACTICE_ASK.search(clause):
        return False
    if kind is Kind.PAID:  # only the habit's own verb: "... and yours was paid on the 4th" stands
        return any(p.start() <= match.start() < p.end() or match.start() <= p.start() < match.end()
                   for p in OUR_PRACTICE.finditer(clause))
    return bool(OUR_PRACTICE.search(_piece_at(clause, match.start())))


def _piece_at(clause: str, at: int) -> str:
    """The piece of the clause (between `_PIECE` separators) that holds position `at`."""
    start, end = 0, len(clause)
    for sep in _PIECE.finditer(clause):
        if sep.end() <= at:
            start = sep.end()
        elif sep.start() > at:
            end = sep.start()
            break
    return clause[start:end]


def _hypothetical(before: str, kind: Kind, label: str) -> bool:
    if label not in HYPOTHETICAL_SENSITIVE:
        return False
    if kind is Kind.HARDSHIP:  # "would it be OK if we paid half now" is a request, not a maybe
        return bool(_HARDSHIP_HYPOTHETICAL.search(before))
    if kind is Kind.DISPUTE:
        # a polite request's "if" supposes nothing about the contest after it: in "would you be
        # ok if we paid it over three months, once the leak is fixed?" the fix is asked for
        before = _POLITE_IF.sub(" ", before)
    return bool(_HYPOTHETICAL.search(before))


_POLITE_IF = re.compile(
    r"\b(?:would|will|is|are|do|does)\s+(?:\S+\s+){0,2}?(?:be\s+)?(?:ok|okay|alright|all right"
    r"|fine|possible|acceptable|a problem|cool|happy)(?:\s+with\s+\S+)?\s+if\b"
    r"|\b(?:would|do) you mind if\b", re.IGNORECASE)


def evidence_messages(case: CaseBundle) -> list[Message]:
    """What evidence may come from: the Collections Status field, then every message but ours
    (our own words are not evidence about the customer)."""
    messages = [m for m in case.messages() if m.source != "our email"]
    status = case.collections_status()
    if status:
        messages.insert(0, Message("Collections Status field", None, "", status))
    return messages


@dataclass(frozen=True)
class Unread:
    """A recent customer email with words the judge could not account for."""

    source: str  # "customer email 2026-11-18"
    day: date | None
    quote: str  # the customer's own words (our quoted reminder and signatures left out)
    # The same words whole, with the subject: what the act reader (`act_reader`) weighs.
    body: str = field(default="", repr=False, compare=False)
    names_other: bool = field(default=False, compare=False)  # the email names another invoice
    # The clauses left unaccounted for, and whether the email is unread as a whole (another
    # language, cut off, a payment notice, nothing said).
    clauses: tuple[str, ...] = field(default=(), repr=False, compare=False)
    whole: bool = field(default=False, compare=False)

    def reason(self) -> str:
        """The reason naming the unread message, for the card and the summary."""
        if self.source.startswith("note"):
            when = self.day.isoformat() if self.day else "an undated note"
            return f"a note of {when} says: read it before anything is sent: '{self.quote}'"
        when = self.day.isoformat() if self.day else "an undated email"
        return (f"the customer wrote on {when}: read it before anything is sent: "
                f"'{self.quote}'")


@dataclass(frozen=True)
class Reading:
    """Everything the judge took from the case's words: evidence, and what it could not read."""

    evidence: list[Evidence]
    unread: list[Unread]


def our_addresses(case: CaseBundle) -> set[str]:
    """Our own addresses in the case: the senders of our emails, the other recipients of its."""
    ours: set[str] = set()
    for m in case.messages():
        if m.source == "our email":
            ours.add(m.author)
        elif m.source == "customer email":
            ours.update(r for r in m.recipients if not case.is_customer_address(r))
    return {a for a in ours if a}


def email_words(msg: Message, ours: set[str]) -> str:
    """What the judge reads of a customer email: its own words, without our quoted reminder
    or mail furniture (in a forward, the colleague's message is kept)."""
    forward = bool(msg.subject and _FORWARD_SUBJECT.match(msg.subject))
    return own_words(msg.text, ours, forward)


def act_text(msg: Message, words: str) -> str:
    """The text the act reader weighs for an email: its subject and its own words. The
    trainer (`tests/data/judge_cases/train_act_reader.py`) builds its examples with it too."""
    return f"{msg.subject or ''}\n{words}"


def find_evidence(case: CaseBundle) -> list[Evidence]:
    """Every piece of evidence in the case's messages, in chronological order."""
    return read_case(case, None).evidence


def read_case(case: CaseBundle, since: date | None, claims_before: bool = False) -> Reading:
    """Evidence from every message, and each customer email dated on or after `since` (any
    undated one too) that has a clause which is neither evidence nor small talk.

    A note dated on or after `since`, and with `claims_before` a customer email older than
    `since` (the last reminder), is unread only for a clause with a claim's words
    (`LATER_CLAIM_CUES`, money in the past tense): a reminder sent after a complaint in unknown
    words does not answer it, and "customer unhappy with the install" in a note is a person's
    business. With `since` None no message is checked for unread words.
    """
    scope = _Scope(case)
    txn = case.invoice.get("TxnDate")
    issued = parse_day(txn, "invoice.TxnDate") if txn else None
    ours = our_addresses(case)
    firm = case.customer_name.lower()
    dmy = day_first(case.home_currency)  # "11/12/2026": which is the day
    found: list[Evidence] = []
    pending: list[tuple[int, bool, Unread]] = []
    for m_idx, msg in enumerate(evidence_messages(case)):
        recent = since is not None and (msg.day is None or msg.day >= since)
        older = since is not None and claims_before and not recent
        check = (msg.from_customer and (recent or older)) or (msg.source == "note" and recent)
        # Only its claims make an older email or a note unread; every clause of a recent email.
        claims_only = not (msg.from_customer and recent)
        body = email_words(msg, ours) if msg.from_customer else msg.text
        check = check and not is_out_of_office(body)
        # A reply keeps the subject it answers ("Re: Dispute" over "No dispute - ..."): only
        # a subject the customer wrote fresh is evidence.
        fresh = msg.subject and not _REPLY_SUBJECT.match(msg.subject)
        # The subject is read after the body and takes the invoice the body names first
        # ("short delivery" over "the mulch delivery on 2588 was short").
        units = [(body, check)] + ([(msg.subject, False)] if fresh else [])
        # A subject naming an invoice ("Invoice 1990") scopes a body that names none.
        subject_refs = scope.refs(msg.subject) if fresh else []
        carried: str | None = subject_refs[-1][1] if subject_refs else None
        predates = bool(issued and msg.day and msg.day < issued)
        # A payment system's notice or a remittance advice: its field lines ("Payment date:
        # 17/11/2026", "Invoice ref  Amount", "Do not reply") are the notice's furniture.
        notice = msg.from_customer and _is_notice(body)
        unknown: list[str] = []
        because: list[str] = []  # clauses that only give a reason for not paying yet
        acted = storied = promised = planned = spoke = escalating = foreign = False
        resolved_only = True
        told: dict[str, str] = {}
        first_parts: list[Evidence] = []  # "first part we can send this month"
        unread_texts: list[tuple[str, str]] = []  # (clause, its text with this invoice as "it")
        carried_over: set[str] = set()  # unread under another invoice's carried scope
        c_idx = 0
        first_scope: str | None = None
        for unit, must_read in units:
            if not must_read and unit is msg.subject:
                carried = first_scope or carried
            clauses = split_clauses(unit)
            for n, clause in enumerate(clauses):
                c_idx += 1
                spoke = spoke or (must_read and not is_furniture(clause))
                refs = scope.refs(clause)
                default = carried or ("other" if predates else None)
                # The act is read with this invoice's number as "it": "pay RT-2004 in some
                # parts" is "pay it in some parts", whatever the number's shape.
                text, text_refs = scope.as_it(clause, refs)
                hits, elsewhere, denied = _match_clause(
                    text, msg, text_refs, default, m_idx * 10_000 + c_idx * 10, dmy, quote=clause,
                )
                hits = [_in_named_month(_dated_by_neighbour(h, clauses, n, msg, dmy), clauses, n,
                                        msg, dmy)
                        for h in hits]
                if any(h.kind is Kind.LEGAL for h in hits) and _own_firm(clause, firm):
                    hits = [h for h in hits if h.kind is not Kind.LEGAL]
                found.extend(hits)
                if must_read and _FIRST_PART.search(clause):
                    first_parts.extend(h for h in hits
                                       if h.kind is Kind.PROMISE and h.label != RETRACTED_LABEL)
                carried = refs[-1][1] if refs else carried
                first_scope = first_scope or (refs[0][1] if refs else None)
                # Only a clause that itself names another invoice (or an email older than this
                # invoice) is about another one. A scope carried over from the clause before
                # excuses nothing: in "Invoice 1990 is paid. The wall is leaning" the wall may
                # be this invoice's, so a person reads it.
                # "Can you void that one?" after a clause naming another invoice points back
                # to it: the words name their invoice, as a number would.
                own_other = _scope_of(refs, "other" if predates else None) == "other" or (
                    not refs and default == "other" and bool(_ANAPHOR.search(clause)))
                inherited_other = not own_other and default == "other"
                # A resolution carries its invoice over ("…1990 had the wrong rate, but that
                # was sorted"); any other act under a carried scope may be this invoice's.
                read = _accounts_for(hits, text, msg.day, dmy) and (
                    not inherited_other or all(h.kind is Kind.RESOLVED for h in hits)
                )
                # Another language: a person reads it whole, unless the clause is one of the two
                # acts read in the customer's own language (`evidence_foreign`).
                foreign = foreign or (must_read and not says_nothing(clause) and not read
                                      and in_another_language(clause))
                acted = acted or (must_read and read)
                escalating = escalating or (must_read and read and any(
                    h.kind in _TO_A_PERSON for h in hits))
                # A resolution ("thanks for fixing the hours") is no reason to send anything: a
                # clause beside it is context only beside an act that asks or promises.
                resolved_only = resolved_only and all(h.kind is Kind.RESOLVED for h in hits)
                # A plan request or a dated promise comes with the customer's own story.
                promised = promised or (must_read and read and any(
                    h.kind is Kind.PROMISE and h.label != RETRACTED_LABEL for h in hits))
                planned = planned or (must_read and read and any(
                    h.kind is Kind.HARDSHIP and h.label not in TIME_ONLY_LABELS for h in hits))
                storied = storied or (must_read and read and any(
                    (h.kind is Kind.PROMISE and h.label != RETRACTED_LABEL)
                    or (h.kind is Kind.HARDSHIP and h.label not in REASON_LABELS) for h in hits))
                excused = _denial_covers(text, denied) or read or says_nothing(clause) or (
                    not inherited_other and (elsewhere or (not hits and own_other))
                ) or (notice and _notice_field(clause)
              # a field line's own words ("Sage Pay Run", "Scheduled payment date") are the
              # notice's; only a promise may be read there, and its day must stand elsewhere
              and all(h.kind is Kind.PROMISE for h in hits))
                explains = bool(hits) and all(h.label == WAITS_LABEL for h in hits)
                if must_read and read:
                    # One act reads its own sentence, not a paragraph run on in lower case
                    # ("you made only english page. ... we cannot pay all now."): every other
                    # sentence in the clause is read as context beside the act.
                    for inner in _lower_sentences(clause):
                        inner_hits = _clause_findings(inner, msg.from_customer, (), None,
                                                      msg.day, dmy)[0]
                        if not inner_hits and not says_nothing(inner):
                            unknown.append(inner)
                            told[inner] = inner
                            unread_texts.append((inner, inner))
                if must_read and not excused:
                    if inherited_other:
                        carried_over.add(clause)
                    (because if explains else unknown).append(clause)
                    if not explains:
                        unread_texts.append((clause, text))
                    # A sentence cut at "and we" tells one story: "The van broke down | and we
                    # lost a fortnight of jobs", "our numbers won't pick up | until January".
                    told[clause] = _sentence_around(clauses, n)
        # A notice pays the invoices it lists: one that lists only other invoices ("Invoice ref
        # 3989  640.00") claims no payment of this one, wherever its heading stands.
        if notice:
            listed = {kind for _, kind in scope.refs(body)}
            if "other" in listed and "this" not in listed:
                found = [e for e in found
                         if not (e.kind is Kind.PAID and e.order // 10_000 == m_idx)]
        # A payment system's day field set ahead ("Value date: 2026-11-21" in a notice sent on
        # the 18th) is a payment scheduled, not made: the notice's own "value date" is no claim.
        if any(e.label == DATE_FIELD_LABEL and e.order // 10_000 == m_idx
               and _forward_promise(e.promise_date, e.quote, msg.day, dmy) for e in found):
            found = [e for e in found if not (
                e.label == PAYMENT_NOTICE and e.order // 10_000 == m_idx
                and _DATE_FIELD.search(e.quote) and not DONE_MARKS.search(e.quote))]
        # "This is done now. The transfer ... will be executed Friday, 18 December": beside a
        # dated promise in the same email a bare "that's done" tells a step, not a payment.
        if any(e.kind is Kind.PROMISE and e.order // 10_000 == m_idx and e.promise_date
               and msg.day and e.promise_date > msg.day for e in found):
            found = [e for e in found if not (
                e.kind is Kind.PAID and e.order // 10_000 == m_idx
                and _BARE_DONE.match(e.quote))]
        # A contest told over two clauses ("You invoiced 40 boxes. We received 32.") is read
        # as one: neither half contests alone, together they set count against count.
        pair = split_contest([t for _, t in unread_texts]) if msg.from_customer else None
        if pair is not None:
            halves = {c for c, t in unread_texts if t in pair}
            found.append(Evidence(
                kind=Kind.DISPUTE, label=SPLIT_CONTEST_LABEL, source=msg.label,
                origin=msg.source, day=msg.day, order=m_idx * 10_000 + 9_999,
                quote=shorten(" ".join(pair)),
            ))
            unknown = [c for c in unknown if c not in halves]
            acted = escalating = True
            resolved_only = False
        # Beside a standing plan request, a dated promise of a part ("maybe in three parts?
        # First part we can send this month.") is the plan's first instalment: SPEC holds a
        # draft for a promise to pay the invoice, and this one asks for the plan.
        if planned and first_parts:
            found = [e for e in found if e not in first_parts]
        # "Once our client pays us" explains a request or a promise beside it; on its own it
        # asks for nothing (SPEC: more time, instalments, cannot pay in full) and may be a
        # promise without a day: a person reads it.
        if not acted:
            unknown.extend(because)
        # With nothing in it the judge can act on, every clause must be read; beside an act,
        # a clause is context only when it has no mark of a claim (CLAIM_MARKS): a promise or
        # a plan request beside "the second pallet came short" must not become a hold or a
        # plan draft.
        # Beside an act the customer's story is context unless it carries a claim's marks; a
        # question asks something of us, and beside an act that drafts or holds ("who approved
        # the extra hours?" beside a plan request) it is unaccounted for.
        drafts = not escalating
        if claims_only:
            risky = [c for c in unknown if _later_claim(c)]
        elif storied:
            risky = [c for c in unknown if not _reassures(c) and not _aside(c) and (
                _reports_payment(c) or (
                not (promised and _payment_process(c)) and not (planned and _plan_talk(c)) and (
                    _turns_to_us(c) or (drafts and _asks_unread(c, told.get(c, c)))
                    or (_claim_matter(c) and not _own_story(told.get(c, c))
                        and not (planned and not promised and not _names_our_side(c))))))]
        else:
            beside_act = acted and not resolved_only
            risky = [c for c in unknown
                     if _may_claim(c) or (drafts and _asks_unread(c, told.get(c, c)))
                     ] if beside_act else (
                # An email of praise, small talk or a next order only ("Great, we'll take 25.
                # Pick up or can your driver drop them?"): every clause an aside, nothing in it
                # that turns (`_aside`), so nothing is left unread.
                [] if unknown and all(_pure_aside(c) for c in unknown) else unknown)
        # A payment notice that states no act the judge read (its day passed, or none given)
        # tells of a payment made or to come on a day nobody knows: a person reads it.
        if notice and check and not claims_only and not acted and not any(
                e.kind is Kind.PROMISE and e.order // 10_000 == m_idx and e.promise_date
                and msg.day and e.promise_date > msg.day for e in found):
            risky.append(body)
        if foreign and not claims_only:  # another language: a person reads it whole
            risky.append(body)
        # Beside an act read in the customer's own language, every other clause must be plainly
        # English (or say nothing): a complaint in that language is never read as context.
        if msg.from_customer and check and not claims_only and any(
                e.label in FOREIGN_LABELS and e.order // 10_000 == m_idx for e in found) and any(
                not plainly_english(c) for c in unknown):
            risky.append(body)
        # The accounting rule: a fresh customer email must say something the judge reads. One
        # of furniture only ("...", a bare name, an empty reply over an attachment) or cut off
        # mid-sentence has words unaccounted for, whatever else it holds.
        if check and not claims_only and (not spoke or is_cut_off(body)):
            risky.append(body)
        if risky:  # quote the message, not the clause: a person reads it whole
            pending.append((m_idx * 10_000, claims_only, Unread(
                msg.label, msg.day, _quote(body, msg.subject), act_text(msg, body),
                names_other=predates or "other" in {
                    k for _, k in scope.refs(body) + scope.refs(msg.subject or "")},
                clauses=tuple(c for c in risky if c is not body),
                whole=any(c is body for c in risky))))
            # The route is a person's either way; what it is *about* decides the outcome. A
            # clause the lexicons missed may still have a claim's shape (a payment told in the
            # past, or our invoice or work turned to with a fault's words): SPEC's precedence
            # then reads it as the dispute it looks like, not as unread words only.
            shape = _claim_shape(tuple(c for c in unknown if c in risky and c not in carried_over
                                       and not is_furniture(c))) if (
                msg.from_customer and not claims_only and not foreign) else None
            if shape is not None:
                found.append(Evidence(
                    kind=shape[0], label=shape[1], source=msg.label, origin=msg.source,
                    day=msg.day, order=m_idx * 10_000 + 9_998, quote=shorten(shape[2])))
    # A resolution recorded after a message answers what an older one said ("Client queried
    # the mileage line; explained it, no issue"); a recent email is read whatever came after.
    resolved = [e.order for e in found if e.kind is Kind.RESOLVED]
    unread = [u for order, later, u in pending
              if not (later and any(r > order for r in resolved))]
    return Reading(found, unread)


_NOTICE = re.compile(
    r"\b(?:remittance advice|payment advice|sent you a payment|payment (?:date|ref(?:erence)?"
    r"|method|confirmation)\s*:|(?:value|scheduled|settlement) date\s*:|released for payment"
    r"|total paid|amount paid|invoice\(s\)\s*:|payment sent"
    # (?!\w), not \b: a field's colon is followed by a space ("Payment date: 2026-12-16")
    r"|scheduled (?:a |an )?(?:bill |one-time |one-off )?payment)(?!\w)", re.IGNORECASE)
# A notice's field line: a label and its value, a table's header or row of numbers, the
# system's footer.
_NOTICE_FIELD_RE = re.compile(
    r"^\W*(?:(?:remittance|payment) advice\b.{0,60}"
    r"|(?:(?:scheduled|planned|expected|estimated|payment|value|settlement|due) )*(?:date|arrival)"
    r"|method|payment method|amount(?: due| paid)?|total(?: paid)?"
    r"|invoice(?:\(s\)| ref| no| number| #)?s?|document|payment ref(?:erence)?|reference|ref"
    r"|supplier"
    r"|payee|payer|memo|status|currency|to|from)(?:\b|(?<=#))\s*(?:[:.]|\s{2,}|$)"
    r"|^\W*[\w-]*\d[\w/.-]*\s+(?:[$\u00a3\u20ac]\s?)?\d[\d,]*\.\d\d\W*$"
    # a value, then the next field's label ("17/11/2026   Method"), or an amount alone
    r"|^\W*[\w/.-]*\d[\w/.-]*\s{2,}(?:method|amount|total|date|reference|ref|status|invoice)\W*$"
    r"|^\W*(?:[a-z]{0,3}\$|[\u00a3\u20ac]|(?:usd|eur|gbp|aud|cad|nzd|chf|zar|r)\s?)?\s?\d[\d,]*(?:\.\d\d)?"
    r"\s*(?:[\u00a3\u20ac]|usd|eur|gbp|aud|cad|nzd|chf)?\W*$"
    # a method field's value on its own line: "SEPA credit transfer", "ACH", "Wire"
    r"|^\W*(?:sepa|ach|bacs|eft|wire|chaps|bank|credit|direct|cheque|check|electronic|card)"
    r"(?: (?:credit|bank|wire|funds|direct))?(?: (?:transfer|payment|deposit|debit))?\W*$"
    # a date field's value alone ("21-Dec-26", "Dec. 22"), a status value ("Approved - awaiting
    # release"), the payer's line ("Acme Ltd has scheduled a bill payment to Us Ltd.")
    r"|^\W*\d{1,2}[-/ .](?:\d{1,2}|[a-z]{3,9})\.?[-/ .]\d{2,4}\W*$"
    r"|^\W*[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\W*$"
    r"|^\W*(?:(?:approved|pending|scheduled|processing|queued)\W*)?(?:awaiting (?:release|approval"
    r"|payment)|approved|pending|scheduled|processing|queued)\W*$"
    r"|^[^.!?]{0,80}\bhas scheduled (?:a |an )?(?:\w+ )?payment(?: to [^.!?]{0,80})?\W*$"
    r"|^\W*(?:questions\?|contact the (?:payer|sender) directly)"
    # an AP tool's own lines: "You'll receive another email when the payment is sent.",
    # "Scheduled process date", "Delivery method", "Estimated arrival: Dec. 17", "This message
    # was sent from our AP automation platform on behalf of X"
    r"|^\W*you'll receive (?:another|a further|an?) (?:e-?mail|notification|message) when\b"
    r"|^\W*payment amount\b"
    r"|^\W*(?:(?:scheduled|estimated|expected) )?(?:process(?:ing)?|arrival|delivery)"
    r" (?:date|method)\b|^\W*estimated arrival\b"
    r"|^\W*(?:--\s*)?this (?:message|e-?mail|notification) was sent"
    r" (?:from|by|via) [^.]{0,80}on behalf of\b"
    r"|^\W*(?:this (?:is an automated|message was sent|e-?mail was sent|notification)"
    r"|you are receiving this (?:notification|e-?mail|message)"
    r"|sent (?:via|by|from) [\w.]+|(?:please )?do not reply|you can view)\b", re.IGNORECASE)


SHAPED_PAYMENT_LABEL = "tells of a payment made, in words the judge did not read as one"
SHAPED_CONTEST_LABEL = "says something in the invoice or the work is not right"
# "No no, nothing's wrong with it!", "no issue with the work": a problem denied is none.
_PROBLEM_DENIED = re.compile(
    r"\b(?:no|nothing(?:'s| is)?|not|never|n't)\W+(?:\w+\W+){0,3}?(?:wrong|issues?|problems?"
    r"|complain\w*|disput\w*|quer(?:y|ies)|concerns?|faults?)\b"
    # "I'm not asking for anything off the price, just the timing"
    r"|\bnot asking for (?:anything|a discount|a reduction|money|a credit) off(?: the (?:price|bill"
    r"|invoice))?\b", re.IGNORECASE)


def _claim_shape(clauses: tuple[str, ...]) -> tuple[Kind, str, str] | None:
    """(kind, label, the clause) for the first unread clause that has a claim's shape: a
    payment reported done (`_reports_payment`), or our invoice, goods or work turned to with a
    fault's words and no story of the customer's own; None when no clause has one."""
    for clause in clauses:
        # a payment told with its way, its day or its reference, and nothing denied or ruled
        if ((_reports_payment(clause) or _DISCHARGED.search(clause)) and _told_as_done(clause)
                and not PAYMENT_RULE.search(clause)):
            return Kind.PAID, SHAPED_PAYMENT_LABEL, clause
    for clause in clauses:
        # a payment told by its way and its day in the past ("TT done on 01/12/2026", "that
        # went by BACS on 20/11"), or the books' word for it ("on status paid since 17.11")
        if _PAID_SHAPE.search(clause) and _told_as_done(clause):
            return Kind.PAID, SHAPED_PAYMENT_LABEL, clause
    for clause in clauses:
        # payment held until something of ours is put right: "not cutting a check until someone
        # comes out", "happy to pay once that's taken off", "stays unpaid on our side for now"
        if _HOLD_SHAPE.search(clause) and not _asks(clause):
            return Kind.DISPUTE, SHAPED_HOLD_LABEL, clause
    for clause in clauses:
        if (_PROBLEM_DENIED.search(clause) or _OWN_WRONG.search(clause) or _reassures(clause)
                or _aside(clause) or _asks(clause) or _HABIT.search(clause)):
            continue
        if (_claim_matter(clause) and not _own_story(clause)
                and COMPLAINT_SHAPE.search(clause) and _OURS.search(clause)):
            return Kind.DISPUTE, SHAPED_CONTEST_LABEL, clause
    return None


def _told_as_done(clause: str) -> bool:
    """A payment told as an event: with its way, day or reference, and not denied, asked,
    habitual or still ahead."""
    return bool(_PAID_DETAIL.search(clause)) and not (
        _NOT_SO.search(clause) or _HABIT.search(clause) or _AHEAD.search(clause))


# "I wanted to let you know" tells; its past tense is no payment made.
_TELLING = re.compile(
    r"\b(?:i|we) (?:just |also )?(?:wanted|thought i'd|thought we'd) (?:to )?(?:let you know|say"
    r"|tell you|confirm|update you|advise|inform you|drop you a line)\b", re.IGNORECASE)
# A payment still to come beside the step done: "processed and in the batch scheduled for
# Wednesday" ("you'll find it was paid" looks back).
_AHEAD = re.compile(
    r"\b(?:will|shall|going to|(?:scheduled|queued|planned|set|due) (?:for|on|to)"
    r"|next (?:week|run|batch|cycle|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*)|(?:we|i|it)'ll)\b",
    re.IGNORECASE)
SHAPED_HOLD_LABEL = "holds payment until something is put right"
_PAID_SHAPE = re.compile(
    r"\b(?:ach|wire|bacs|sepa|swift|tt|eft|transfer\w*|transference|payment|cheque|check|money"
    r"|remittance|it|this|that)\b(?:\s+\S+){0,3}?\s+(?:was |were |has been |have been |is |'s )?"
    r"(?:went|done|made|realized|realised|finished|completed|processed|executed|actioned|gone)\b"
    r"|\b(?:ach|wire|e-?transfer|zelle|venmo)'?d\b"
    r"|\b(?:status|marked|shows?|showing)\s+(?:as\s+)?['\"]?paid\b"
    r"|\b(?:already|we) (?:finish|finished|make|made|did|do) the (?:payment|transfer)\b"
    r"|\bin the bank (?:history|statement|records?)\b", re.IGNORECASE)
_HOLD_SHAPE = re.compile(
    r"\b(?:not|n't|never|cannot|unable to|refuse to)\b(?:\s+\S+){0,5}?\s+(?:pay\w*|settl\w*"
    r"|approv\w*|releas\w*|cut(?:ting)? (?:a |the )?(?:check|cheque)|process\w*|sign(?:ing)? off)\b"
    r"(?:\s+\S+){0,12}?\s+(?:until|till|unless|before|once)\b"
    r"|\b(?:until|till|once|unless)\b(?:\s+\S+){0,8}?\s+(?:comes off|taken off|removed|fixed|sorted"
    r"|put (?:it |this |that )?right|made right|makes it right|corrected|credited|replaced"
    r"|resolved|reissued|revised|works|we(?:'ve| have) got|we know how)\b"
    r"|\b(?:stays?|remains?|kept|keep|leave|leaving|parked|park)\b(?:\s+\S+){0,6}?\s+(?:unpaid"
    r"|on hold|aside|with (?:our|the) (?:office|accounts|finance))\b"
    r"|\bhappy to pay (?:it |this |the rest )?(?:once|when|as soon as|after)\b"
    r"|\b(?:(?:will|shall|can)(?: not|n't)|won't) (?:approve|sign off|accept|pay for)\b",
    re.IGNORECASE)
# What makes a told payment a claim: the way it went, its day or its reference.
_PAID_DETAIL = re.compile(
    r"\d|\b(?:ach|wire|bacs|sepa|swift|tt|eft|cheque|check|transfer|card|portal|bank|ref\w*"
    r"|remittance|confirmation|yesterday|last (?:week|month|\w+day)|on (?:mon|tue|wed|thu|fri"
    r"|sat|sun)\w*)\b", re.IGNORECASE)
# A practice, not an event: "cheques are typically mailed on Thursdays", "we check every one".
_HABIT = re.compile(r"\b(?:typically|usually|normally|always|generally|often|every|each)\b",
                    re.IGNORECASE)
_NOT_SO = re.compile(r"\b(?:not|never|no)\b|n't\b|\?", re.IGNORECASE)
# The ledger's word for paid: "the balance was discharged by SWIFT".
_DISCHARGED = re.compile(r"\b(?:was|were|been|has|have)\s+(?:\w+\s+)?discharged\b", re.IGNORECASE)
# The customer's own slip: "replying on the wrong thread", "pasted the wrong thing".
_OWN_WRONG = re.compile(
    r"\bwrong (?:thread|thing|email|e-mail|message|supplier|vendor|one|person|address|inbox"
    r"|attachment|file|link|chain|account in our|tab|screen|approver|department|desk|team"
    r"|mailbox|folder|pile|queue|cost cent(?:re|er))\b|\b(?:my|our) (?:mistake|error|bad)\b",
    re.IGNORECASE)
# Our side of the matter: the invoice or its lines, our goods, work or people ("it charges",
# "your drawing error", "the rate", "line 2").
_OURS = re.compile(
    r"\b(?:you|your|invoice\w*|it|line|lines|item|items|charges?|charged|billed|invoiced|rate"
    r"|fee|po|quote|order|delivery|goods|work|job|hours)\b", re.IGNORECASE)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _is_notice(body: str) -> bool:
    """A payment system's notice or a remittance advice (the same bodies recur: once each)."""
    return bool(_NOTICE.search(body))


def _notice_field(clause: str) -> bool:
    """Every line of the clause is a notice's field, table line or footer."""
    lines = [line for line in clause.splitlines() if line.strip()]
    return bool(lines) and all(_NOTICE_FIELD_RE.search(line) for line in lines)


def _quote(body: str, subject: str | None) -> str:
    """The customer's words for the card; an email with none of its own shows its subject."""
    if body.strip():
        return shorten(body, 280)
    return f"(no text of its own; subject: {shorten(subject or '', 120) or 'none'})"


# Acts that send the case to a person whatever else the email says.
_TO_A_PERSON = frozenset({Kind.DISPUTE, Kind.PAID, Kind.LEGAL, Kind.INSTRUCTION,
                          Kind.NO_CONTACT})


def _asks(clause: str) -> bool:
    return clause.rstrip(" \t\"')").endswith("?")


# A question about the paying itself is the plan request's own ("could the remainder wait a
# few weeks?", "can we agree 4 payments?"); any other asks us something a person answers.
_PAYING_TALK = re.compile(
    r"\b(?:work for you|suits? you|pay\w*|instal\w*|settl\w*|spread\w*|split\w*|arrangements?"
    r"|agree to (?:that|this|it)|accept (?:that|this|it)|acceptable|(?:that|this)(?:'s| is)? ok"
    r"|months?|weeks?|days"
    r"|longer|later|time|parts?|plans?|remainder|rest|balance|extension|extend\w*|wait"
    # finding a way together: "could we work something out?", "can we figure out a way?"
    r"|work (?:\w+ )?out|work out|figure (?:\w+ )?out|sort (?:something|it|this) out|a way"
    r"|arrangement|flexib\w*|options?|possible|happy with|ok with|okay with)\b",
    re.IGNORECASE,
)


_HAS_WORDS = re.compile(r"[A-Za-z]")  # "??" is a bare question, whatever stands beside it


def _asks_unread(clause: str, sentence: str) -> bool:
    """A question that is not about the paying itself. The sentence around a clause cut at a
    line break carries its subject ("... in monthly instalments over the first quarter | of
    next year?"); a bare "??" is a question whatever stands beside it."""
    return _asks(clause) and not (
        _PAYING_TALK.search(clause)
        or (_HAS_WORDS.search(clause) and _PAYING_TALK.search(sentence)))


_CREDIT = re.compile(r"\bcredit", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fw|fwd|tr|wg)\s*(?:\[\d+\])?\s*:", re.I)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|fw|fwd|aw|sv|tr|wg)\s*(?:\[\d+\])?\s*:", re.I)


_MONEY_NOT_GOODS = re.compile(
    r"\b(?:money|funds|grant|cash|payment|cheque|check|transfer|wire|donation|pledge)\b"
    r"(?:\s+\S+){0,5}\s*$",
    re.IGNORECASE,
)
_NAMED_DAY = re.compile(r"\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def _dated_by_neighbour(
    hit: Evidence, clauses: list[str], n: int, msg: Message, dmy: bool = False
) -> Evidence:
    """A promise without a date in its own clause takes one from the clause before or after
    ("back on Thursday (12/3); paying it will be the first thing she does")."""
    if hit.kind is not Kind.PROMISE or hit.promise_date is not None or msg.day is None:
        return hit
    for near in (n - 1, n + 1):
        if 0 <= near < len(clauses):
            dated = find_date(clauses[near], msg.day, dmy)
            # Only a named day carries over; "slow this month" dates nothing.
            if dated and _NAMED_DAY.search(dated[1]):
                return replace(hit, promise_date=dated[0])
    return hit


_ANAPHOR = re.compile(
    r"\b(?:that one|that invoice|that bill|that claim|those ones|the same one|them|those)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]['\")]*\s*$")


def _sentence_around(clauses: list[str], n: int) -> str:
    """Clause n with its neighbours in the same sentence (a clause ending in . ! or ? ends one)."""
    parts = [clauses[n]]
    if n > 0 and not _SENTENCE_END.search(clauses[n - 1]):
        parts.insert(0, clauses[n - 1])
    if n + 1 < len(clauses) and not _SENTENCE_END.search(clauses[n]):
        parts.append(clauses[n + 1])
    return " ".join(parts)


_REGULATOR_FOOTER = re.compile(
    r"\b(?:authori[sz]ed and regulated|regulated by|registered (?:in|with)|sra (?:no|number|id))\b",
    re.IGNORECASE,
)


def _own_firm(clause: str, firm: str) -> bool:
    """A customer that is itself a law firm signs with its name ("Holt & Marchetti Solicitors")
    and its regulator's footer: neither is legal action against us."""
    if _REGULATOR_FOOTER.search(clause):
        return True
    if len(firm) < 4 or firm not in clause.lower():
        return False
    rest = clause.lower().replace(firm, " ")
    return not any(pattern.search(rest) for _, pattern, _ in GATED[Kind.LEGAL])


_ORDINAL_ONLY = re.compile(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)
_MONTH_NAMED = re.compile(r"[a-z]{3}|\d/\d", re.IGNORECASE)


def _in_named_month(
    hit: Evidence, clauses: list[str], n: int, msg: Message, dmy: bool = False
) -> Evidence:
    """"The drawdown lands December 14 ... expect it on the 15th": a bare day of the month
    after a named date later than it is a day of that month, not of this one."""
    if hit.kind is not Kind.PROMISE or hit.promise_date is None or msg.day is None:
        return hit
    own = find_date(clauses[n], msg.day, dmy)
    bare = _ORDINAL_ONLY.fullmatch(own[1].strip()) if own else None
    if bare is None:
        return hit
    for before in clauses[:n]:
        named = find_date(before, msg.day, dmy)
        if named and _MONTH_NAMED.search(named[1]) and named[0] > hit.promise_date:
            try:
                day = named[0].replace(day=int(bare.group(1)))
            except ValueError:
                return hit
            return replace(hit, promise_date=day) if day >= named[0] else hit
    return hit


# A hold with nothing to fix asks for time ("could you hold off for a while?") or tells the
# customer's own freeze ("payments are on hold for everyone"); one naming a problem, the goods
# or the work, or an invoice ("putting 2044 on hold") contests.
# An "instruction" the customer asks leave to carry out itself is a request about its own
# paying, not an order to the bot: "permission to clear this invoice", "may we settle it".
_THEIR_OWN_PAYING = re.compile(
    r"\b(?:(?:your |kind |the )*permission|allow(?:ed)? (?:us|me)|let (?:us|me)) to\s*$"
    # the customer clearing it itself: "I'd like to propose we clear this invoice over ..."
    r"|\b(?:we|i)(?:'ll|'d| will| can| could| would| shall| want to| intend to| plan to| hope to"
    r"| aim to)?\s*$"
    r"|\bmay (?:we|i)\s*$", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:once|when|after|if|until|till|as soon as|will|'ll|would|should)\b",
                      re.IGNORECASE)
_DONE_WORD = re.compile(r"\b(?:done|taken care of)$", re.IGNORECASE)
_BARE_HOLD = re.compile(r"(?:hold(?:ing)? off|on hold)$", re.IGNORECASE)
_HOLD_FOR_A_PROBLEM = re.compile(
    rf"\b(?:{GOODS}|{WORK})\b|" + CONTEXT_GOODS_OR_WORK.pattern
    + r"|\b(?:until|till|pending|fix\w*|resolv\w*|sort\w*|wrong|incorrect|damag\w*|broke\w*"
    r"|missing|short|quer\w*|disput\w*|credit\w*|correct\w*|replac\w*|invoice|bill)\b|\d{3,}",
    re.IGNORECASE)
SHORT_LABEL = "says goods are missing or short"
_CASH_SHORT = re.compile(
    r"\b(?:we(?:'re| are| were| will be|'ll be)|i(?:'m| am)|us|ourselves|things are|cash is"
    r"|money is|funds are)\s+(?:\w+\s+){0,2}?short\b(?!\s+(?:of|on|by)\s+(?:\d|the|your|one"
    r"|two|three|a|some))"
    # short of people is the customer's own: "the practice has been short staffed"
    r"|\bshort[- ]?(?:staffed|handed)\b", re.IGNORECASE)
# "The charter season was cut short", "our hours were cut short": time, not goods short.
# An event that befell the customer ("we had a burst pipe", "we've suffered a flood") and
# nature as the one who acts ("the rain-out killed our gate", "the frost ruined the crop"):
# the customer's misfortune, not our goods or work.
# A refusal whose object is the size of the payment ("not pay the full amount now", "so we're
# not paying it all at once") asks for time; one over goods or work contests.
_REFUSALS = frozenset({"makes payment depend on a fix", "refuses or withholds payment"})
_SUM_REFUSED = re.compile(
    rf"\b{INABLE}(?:\s+\S+){{0,3}}?\s+{THE_SUM}\b|\b(?:not|n't|never)\s+(?:\w+\s+){{0,2}}?"
    r"(?:pay\w*|settl\w*|clear\w*|cover\w*)\s+(?:it\s+|this\s+|the\s+\w+\s+)?(?:all\s+at\s+once"
    r"|all\s+now|in\s+one\s+go|in\s+full\s+(?:now|right now|at once|this month)|the\s+(?:full"
    r"|whole|entire|total)\s+(?:amount|balance|sum))", re.IGNORECASE)
FAILED_LABEL = "says the work failed or never happened"
_OUR_BUSINESS_HIT = re.compile(
    r"\s+(?:off\s+)?(?:our|my)\s+(?:\w+\s+)?(?:trade|traffic|footfall|sales|business|takings|season"
    r"|revenue|income|bookings|cash ?flow|margins?|summer|christmas|trading|numbers|customers"
    r"|plans|budget|profits?|turnover)\b", re.IGNORECASE)
# The invoice itself paid off as the condition: "until the invoice is finish(ed)", "until it's
# cleared", "until the balance is paid".
_PAID_OFF = re.compile(
    r"\b(?:until|till|once|when)\s+(?:the\s+|this\s+|our\s+)?(?:invoice|balance|debt|amount|bill"
    r"|total|sum|it)(?:'s|\s+is|\s+has\s+been|\s+gets|\s+will\s+be)?\s+(?:fully\s+)?(?:finish\w*"
    r"|complet\w*|clear\w*|paid\w*|settled|clos\w*|done)\b", re.IGNORECASE)
_WAITING_ON_MONEY = re.compile(
    rf"still\s+waiting\s+(?:on|for)\s+(?:\S+\s+){{0,3}}?(?:our |the |a |my |their )?"
    rf"{AWAITED_MONEY}\b",
    re.IGNORECASE)
_DEAD_SEASON = re.compile(r"dead\s+(?:season|period|month|months|time|week|weeks|spell|patch)\b",
                          re.IGNORECASE)
COUNT_LABEL = "sets the count against the invoice"
_COUNTED_TIME = re.compile(r"\b(?:months?|weeks?|payments?|instal\w*|lumps?|goes|tranches)\b",
                           re.IGNORECASE)
# An event of the customer's own organisation as the condition: its restructuring, audit,
# year-end, merger, refinancing, funding round, system migration.
_THEIR_EVENT = re.compile(
    r"\b(?:restructur\w*|audit|year[- ]end|merger|takeover|acquisition|refinanc\w*|funding round"
    r"|re-?organi[sz]ation|migration|system upgrade|handover|month[- ]end close)\b", re.IGNORECASE)
_BEFELL_US = re.compile(r"\b(?:we|i)(?:'ve| have)?\s+(?:had|suffered|experienced|got hit by)\s+"
                        r"(?:a|an|some|two|three|several)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NATURE = re.compile(r"\b(?:rain(?:-?outs?|\w*)|storms?|floods?|drought|frost|hail|snow|wind|gales?"
                     r"|fires?|weather|wash-?out|heatwave|pandemic|strikes?|power cuts?|outages?)"
                     r"(?:\s+(?:on|in|at|of|last|this)\s+\S+)?\s+$", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|your|yours|you've|you're)\b", re.IGNORECASE)
_CUT_WORD = re.compile(r"\bcuts?$", re.IGNORECASE)
_CUT_NOT_PAYMENT = re.compile(r"\s+(?:the|our|their|its|his|her|back|down|costs?|staff|hours"
                              r"|jobs|prices|spending|budgets?|funding|overdraft|credit)\b"
                              r"(?!\s+(?:new\s+)?(?:cheque|check|payment|draft|transfer|wire)\b)",
                              re.IGNORECASE)
_CUT_SHORT = re.compile(
    rf"^(?!.*\b(?:{GOODS}|{WORK}|deliver\w*|crates?|sacks?)\b)"
    r".*\b(?:(?:was|were|got|been|is|are) cut|fell|falls|fallen) short\b", re.IGNORECASE)
# Things of the customer's own or of the mail, not our goods or work: the card on file, a
# password, a link, an attachment, a message, a mailbox ("the card on file expired", "the
# attachment didn't come through", "delivery has failed to these recipients").
_NOT_OUR_GOODS = re.compile(
    r"\b(?:card|credit card|debit card|card on file|cards|password|login|link|links|attachment"
    r"|attachments|pdf|file|e-?mail|message|mailbox|recipients?|fax|portal access|token|code)\b"
    r"(?:\s+(?:on file|details|number))?(?:\s+\S+){0,5}?\s+(?:has |have |had )?(?:expired"
    r"|did ?n't come through|did not come through|did ?n't (?:open|load|work)|failed|has failed"
    r"|not working|does ?n't (?:open|load|work)|won't (?:open|load))\b"
    r"|^\W*(?:delivery|message|mail) (?:has )?failed to\b|\bundeliverable\b",
    re.IGNORECASE)
# Payment held by someone who owes the customer ("our customer has delayed payment to us"), and
# a hold on our chasing, not on the paying ("please hold off on further reminders until then").
_THEIRS_HELD = re.compile(r"\b(?:our|their|my)\s+(?:\w+\s+)?" + THEIR_DEBTORS
                          + r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CHASING_HELD = re.compile(r"\s*(?:on|with)\s+(?:any\s+|further\s+|more\s+|the\s+|your\s+)*"
                           r"(?:reminders?|chasers?|chasing|emails?|follow-?ups?|dunning"
                           r"|letters?|notices?|calls?)\b", re.IGNORECASE)
# A billing verb just before "three extra days": the bill's days, not days asked for.
_BILLED_BEFORE = re.compile(r"\b(?:charged|billed|invoiced|charging|billing|invoicing)\b"
                            r"(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
# A plan given up on or a past intention: "we were going to pay", "had planned to pay".
_PROMISE_GIVEN_UP = re.compile(
    r"\b(?:were|was|had been) (?:\w+ )?(?:going|planning|hoping|meaning|intending|about) to\b"
    r"|\b(?:had|'d) (?:planned|intended|hoped|meant|wanted) to\b", re.IGNORECASE)
# What follows a passive "is paid" when it names a plan: "paid in monthly instalments".
_PLAN_AFTER = re.compile(
    r"\s+(?:off\s+)?(?:in|over|across)\s+(?:\w+\s+){0,2}?(?:instal\w*|parts|payments"
    r"|months|weeks|stages|tranches|chunks|monthly|weekly|fortnightly)\b"
    r"|\s+(?:monthly|weekly|fortnightly|quarterly|in instal\w*)\b", re.IGNORECASE)
_DAY_AHEAD_NOTICE = re.compile(
    r"\b(?:booked|scheduled|set|queued|arranged|instructed)\s+(?:\S+\s+){0,5}?(?:for|with)\s+"
    r"(?:a\s+|the\s+)?(?:value|payment|settlement|execution)\s+date\b", re.IGNORECASE)
# "it's paid by December 14": a day ahead, a promise ("paid by cheque" names the way).
# "is paid by Friday", "is paid Wed 9 Dec", "gets paid on the 14th": a day it will be
_BY_A_DAY = re.compile(r"\s+(?:in full\s+)?(?:(?:by|on)\s+)?(?:the\s+)?(?:end of|next|this"
                       r"|tomorrow|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)",
                       re.IGNORECASE)
_ANOTHER_PART = re.compile(r"\banother\s+(?:[$\u00a3\u20ac]\s?)?\d|\b(?:sent|paid|transferred"
                           r"|wired)\s+(?:you\s+)?another\s+(?:[$\u00a3\u20ac]\s?)?\d",
                           re.IGNORECASE)
_IN_ARREARS = re.compile(r"\s+(?:\w+\s+)?in arrears\b", re.IGNORECASE)
_FOR_A_STEP = re.compile(r"\s+for\s+(?:payment|release|approval|processing|(?:the\s+)?\d+)\b",
                         re.IGNORECASE)
_NOT_ON_THAT_DAY = re.compile(
    r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:on\s+|by\s+|in\s+|until\s+)?$", re.IGNORECASE)
_DATE_FIELD = re.compile(r"\b(?:scheduled|value|settlement|execution|planned|expected|release)\s+"
                         r"(?:pay(?:ment)?\s+)?date\b", re.IGNORECASE)
_PASSIVE_PAID = re.compile(r"\b(?:is|are|'s|be|being)\s+(?:\w+\s+)?(?:paid|settled|cleared)$",
                           re.IGNORECASE)
_TO_COME = re.compile(r"\s*(?:will|shall|'ll|is to|are to|to|should)\s+(?:\w+\s+)?(?:follow|come"
                      r"|be sent|arrive|go out)\b", re.IGNORECASE)
# A thousands separator ("over \u00a31,000") delimits no piece.
_PIECE = re.compile(r"[;:]|,(?!\d)|\s[-\u2013\u2014]\s|\b(?:but|however|though|although|yet)\b",
                    re.IGNORECASE)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _denial_covers(clause: str, denied: tuple[str, ...]) -> bool:
    """A denial reads only its own words: "Not asking for a payment plan or anything like
    that, it'll be paid in full on the 26th" denies the plan, and says something else beside
    it. The clause is read when every piece of it holds a denied act, says nothing, or is
    context without a mark of a claim ("we just need the W-9"), as beside any act. A
    supposition ("if it arrived damaged, we'd send it back") covers its whole clause."""
    if not denied:
        return False
    if clause in denied:
        return True
    return all(any(d in piece for d in denied) or says_nothing(piece) or not _may_claim(piece)
               for piece in _PIECE.split(clause) if piece.strip())


def _scope_of(refs: list[tuple[int, str]], default: str | None) -> str | None:
    """Which invoice a clause is about: its last reference, else the one carried over."""
    return refs[-1][1] if refs else default


# The work or the goods found wanting in the act's own clause ("we can't pay the full amount
# for work that isn't finished", "we'll pay Friday for the boxes that did arrive"): the refusal
# or the promise is about what we did, not the customer's means or day. A person reads it.
_FAULT_IN_ACT = re.compile(
    r"\b(?:(?:is|are|was|were|has|have|had)(?:n't| not| never)(?: been| yet)? (?:\w+ )?"
    r"(?:finish\w*|done|complete\w*|working|right|delivered|fixed|installed|received|arrived)"
    r"|unfinished|incomplete|half[- ]done|not (?:yet )?(?:finish\w*|done|complete\w*|working)"
    r"|did (?:arrive|come)|(?:wrong|damaged|broken(?! (?:up|down|into|in)\b)|faulty|defective"
    r"|missing)\b(?! (?:address|email"
    r"|subject|reference|number)))", re.IGNORECASE)


def _accounts_for(hits: list[Evidence], clause: str, sent: date | None, dmy: bool = False) -> bool:
    """A clause is read when it says something the policy acts on. A promise counts only with
    a date after the email that names it, in words that look forward: "in our next run" or
    "soon" has a date the judge cannot know; "processed it on 11/17" or "our run on Tuesday
    included your invoice" reports something done, which may be a payment made. Holding or
    drafting on a guess would both be wrong, so a person reads those."""
    return any(
        (h.kind is not Kind.PROMISE or h.label == RETRACTED_LABEL
         or (_forward_promise(h.promise_date, clause, sent, dmy)
             and not _PROMISE_CONDITION.search(clause)))
        and h.label != WAITS_LABEL
        and not (h.kind in (Kind.PROMISE, Kind.HARDSHIP) and h.label != RETRACTED_LABEL
                 and _FAULT_IN_ACT.search(clause))
        for h in hits
    )


# A promise with a deduction or a condition of its own ("Friday via BACS, less the credit you
# owe us", "we'll pay on the 27th minus the hedge", "provided the report is in", "if the stock
# is right") promises
# less than the invoice, or only maybe: a person reads it.
_PROMISE_CONDITION = re.compile(
    r"\b(?:less|minus|deduct\w*|net of|excluding|except(?: for)?|only (?:for|if|the)|provided"
    r"|as long as|assuming|unless|subject to)\b"
    # a bare "if" makes it a maybe ("it's yours on Friday if the stock is right this time"),
    # but for the courtesy of asking ("if that's OK", "if you don't mind", "if needed")
    r"|\bif\b(?! (?:that|this|it)(?:'s| is| works| suits)(?: \w+)?(?: ok| okay| alright| all right"
    r"| fine| acceptable| good| with you| for you)?\W*$)(?! (?:you|that) (?:don't|do not) mind\b)"
    r"(?! (?:possible|needed|required|necessary|at all possible)\b)", re.IGNORECASE)


# The tests below recur for the same clause across a customer's invoices and days: once each.
@lru_cache(maxsize=_CLAUSE_CACHE)
def _later_claim(clause: str) -> bool:
    """A claim's words in a note or an email older than the last reminder."""
    clause = _INSPECTION.sub(" ", _not_done_already(clause))
    return bool(LATER_CLAIM_CUES.search(clause)
                or (MONEY_WORDS.search(clause) and PAST_MARKS.search(clause)))


# What a writer says on the way to its point, in words that elsewhere turn to us or mark a
# claim: "as you may know" (no "you" of ours), its own bank's credit line, "we still want to
# settle" (intent, not "still broken"), "Tara again." (a greeting), "pay all the amount at one
# time" (the paying, not a contested amount).
_DISCOURSE = re.compile(
    r"\bas (?:you|u) (?:may |might |probably |will |already |surely )?(?:know|have heard|are aware"
    r"|can (?:imagine|see|tell)|will have seen)\b"
    r"|\b(?:our|the|my) (?:bank(?:'s)? )?(?:credit|overdraft|lending) (?:line|facility|limit)s?\b"
    r"|\b(?:line of credit|overdraft)\b"
    r"|\bstill (?=(?:want|intend|mean|plan|hope|wish|aim) to\b)"
    r"|^\W*(?:(?:it'?s|this is) )?(?-i:[A-Za-z][a-z]+) (?:here )?again\W*$"
    r"|\b(?:pay|cover|clear|settle|find|manage) (?:all|the whole|the full|the entire|the total"
    r"|all (?:of )?the) (?:of )?(?:the )?(?:amount|balance|sum|total)"
    r"(?: at (?:one|once) time| at once| in one go)?\b", re.IGNORECASE)


def _without_discourse(clause: str) -> str:
    return _DISCOURSE.sub(" ", clause)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _turns_to_us(clause: str) -> bool:
    # "it's left us short" is the customer's money; "the delivery came short" is our goods.
    clause = _without_discourse(clause)
    clause = _NOT_PAID.sub(" ", _CASH_SHORT.sub(" ", _cut_short(
        _FX_RATE.sub(" ", _not_done_already(clause)))))
    if _their_own_fault(clause):
        clause = _OWN_CIRCUMSTANCE.sub(" ", clause)
    return bool(ABOUT_US.search(_THEIR_MONEY_MISSING.sub(" ", _THEIR_SALE.sub(
        " ", _THEIR_MONEY_PAID.sub(" ", clause)))))


def story_clause(clause: str) -> bool:
    """A clause that neither turns to us, reports a payment nor uses a complaint's words: at
    most the customer's own story (the act reader's plan guesses may account for it)."""
    return not (_turns_to_us(clause) or _reports_payment(clause)
                or COMPLAINT_WORDS.search(_without_discourse(clause)))


@lru_cache(maxsize=_CLAUSE_CACHE)
def _names_our_side(clause: str) -> bool:
    """The clause names our side of the matter: the invoice, our goods, work or people, a fault
    or a complaint's word. Beside a plan request a clause that names none ("the lobster price
    dropped and half the boats stayed tied up", "we had to let two of the team go") tells the
    customer's own story, whatever its counts and dates."""
    clause = _without_discourse(clause)
    return bool(_OURS.search(clause) or COMPLAINT_SHAPE.search(clause)
                or COMPLAINT_WORDS.search(clause) or GOODS_OR_WORK_MARK.search(clause)
                or _DEFECT_MARK.search(clause) or _turns_to_us(clause)
                # a count of things or a fault of the goods ("a third of the reports came back
                # bound upside down"); "since the new practice opened" is a time, no fault
                or MATTER_MARKS.search(_SINCE.sub(" ", clause)))


_GOODS_FAULT = re.compile(
    r"\b(?:upside down|back to front|inside out|misprint\w*|torn|smudged|faded|came back"
    r"|soaked|wet|warped|stained|blurry|blurred|crooked|(?:\d+|one|two|three|four|five|half"
    r"|some|most|several|a few|a couple|(?:a|one|two) (?:third|quarter|fifth|tenth)s?) of (?:the"
    r"|your|our|them|those|these)|wrong|missing|short)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_DEFECT_MARK = re.compile(r"\b" + DEFECT + r"(?![\w-])", re.IGNORECASE)


# The customer's own sale gone wrong is its story, not our goods: "our shipment to Colombo was
# rejected", "our order with the distributor got cancelled".
_THEIR_SALE = re.compile(
    r"\bour (?:shipments?|exports?|sales?|deals?|tenders?|bids?|orders?|containers?"
    r"|consignments?|contracts?) (?:to|for|with|from) (?:\S+\s+){0,3}?(?:was|were|got|has been"
    r"|have been|is|are) (?:\w+ )?(?:rejected|cancel+ed|returned|refused|held|stuck|delayed"
    r"|lost|pulled)\b", re.IGNORECASE)


# People away already ("half the office already on leave", "already off for Christmas") tell
# the customer's season, not a payment or a claim made already ("we already paid").
_AWAY_ALREADY = re.compile(
    r"\balready (?=(?:on (?:leave|holiday|holidays|vacation|annual leave)|away|off (?:for|on|sick)"
    r"|gone (?:for|on) (?:the )?(?:holiday|holidays|christmas|break|summer)|closed for"
    r"|shut for)\b)", re.IGNORECASE)
# A check that inspects is no cheque: "visited site for the firewall health check".
_INSPECTION = re.compile(
    r"\b(?:health|safety|quality|security|spot|site|routine|annual|final|system|service|sound"
    r"|fire|gas|electrical|credit|reference|background|stock|status|sanity|compliance) checks?\b",
    re.IGNORECASE)


# A payment approved or signed already is a step ahead of the payment, not one made: "boss has
# approved already", "it's already been signed off".
_APPROVED_ALREADY = re.compile(
    r"\b((?:approved|signed(?: off)?|authori[sz]ed|okayed|ok'?d|cleared for payment)) already\b"
    r"|\balready (?=(?:been )?(?:approved|signed|authori[sz]ed|okayed|ok'?d)\b)"
    r"|\balready (?=(?:used up|spent|gone|exhausted|overspent|committed)\b)", re.IGNORECASE)


def _not_done_already(clause: str) -> str:
    """The clause without an "already" that marks no payment made (people away already, a
    payment approved already)."""
    return _APPROVED_ALREADY.sub(r"\1", _AWAY_ALREADY.sub(" ", clause))


# The market's rate is the customer's weather, not our rate: "the exchange rate has not been
# kind to us" ("your rate", "charged the wrong rate" keep their own words).
_FX_RATE = re.compile(
    r"\b(?:the )?(?:exchange|fx|currency|conversion|forex) rates?\b"
    # a market's price that moved: "the lobster price dropped", "milk prices crashed"
    r"|\b(?:the )?(?:\w+ )?prices? (?:of \w+ )?(?:has |have )?(?:fell|fallen|dropped|crashed"
    r"|collapsed|rose|risen|went (?:up|down)|gone (?:up|down)|slumped|tanked|plunged|halved"
    r"|doubled|soared|spiked)\b", re.IGNORECASE)
# A payment not made, or made to the customer on its own terms, reports no payment to us: "the
# family that hired us still hasn't paid", "insurance hasn't paid out yet", "our contract is
# paid in arrears" (a claim about us has words of its own: "you", the goods, the hours).
_NOT_PAID = re.compile(
    r"\b(?:hasn't|haven't|hadn't|has not|have not|had not|not yet|yet to(?: be)?|never)\s+"
    r"(?:\w+\s+)?(?:paid|pay)(?:\s+(?:out|up|us))?\b|\bpaid in arrears\b", re.IGNORECASE)


def _cut_short(clause: str) -> str:
    """The clause without a time "cut short" ("the season was cut short"), goods not in view."""
    return _SHORT_WORD.sub(" ", clause) if _CUT_SHORT.search(clause) else clause


_SHORT_WORD = re.compile(r"\b(?:cut|fell|falls|fallen) short\b", re.IGNORECASE)


# A promise of a part only: the first part or payment, half, some of it.
_FIRST_PART = re.compile(
    r"\b(?:the )?(?:first|1st|initial) (?:part|payment|instal\w*|portion|half|amount|chunk)\b"
    r"|\b(?:send|pay|transfer|do) (?:you )?(?:half|part|some|something|a portion|a part"
    r"|a first (?:part|payment))\b(?! (?:of )?(?:in full|the rest|the balance))",
    re.IGNORECASE)
# "What arrangement would work for you?", "always great to work with": the idiom names no work.
_WORK_IDIOM = re.compile(
    r"\b(?:would|will|does|could|might|can) (?:that |this |it |\w+ )?work (?:for you|out)\b"
    r"|\b(?:great|good|lovely|a pleasure|easy) to work with\b"
    # thanks for the work: "thank you for the services", "thanks for all the help"
    r"|\b(?:thanks?|thank you|grateful)\s+(?:\w+\s+){0,2}?for\s+(?:the|your|all the|all your)\s+"
    r"(?:\w+\s+)?(?:services?|work|job|help|support)\b", re.IGNORECASE)
# Money owed to the customer, or paid to its own people: "two big clients paid late", "keep
# everyone paid through Christmas" tell its story, not a payment to us ("our client paid you").
_THEIR_MONEY_PAID = re.compile(
    r"\b(?:" + THEIR_DEBTORS + "|" + THEIR_INCOME + r")\s+(?:\w+\s+){0,2}?(?:paid|pay|paying)\b"
    # a payment with its object, amount or way ("paid you", "paid 400", "paid it directly")
    r"(?!\s+(?:you|it|this|that|your|the|a|an|our|some|part|half|in full|by|via|with|directly"
    r"|already|[$\u00a3\u20ac]|\d))(?:\s+(?:us|me|late))?"
    r"|\bkeep (?:everyone|everybody|staff|the team|people|employees|the crew|wages) paid\b"
    # its own money coming in: "we get paid from the catering contract this week"
    r"|\b(?:we|i) (?:get|got|will get|'ll get|are getting|should get) paid\b"
    # the customer's rule for every invoice: "invoices received in November are paid at the
    # end of the following month"
    r"|\b(?:invoices|payments|bills|suppliers|vendors)\b(?:\s+\S+){0,5}?\s+(?:are|get)\s+(?:\w+\s+)?"
    r"(?:paid|settled|released|processed)\b",
    re.IGNORECASE)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _claim_matter(clause: str) -> bool:
    clause = _without_discourse(clause)
    clause = _THEIR_MONEY_PAID.sub(" ", _WORK_IDIOM.sub(" ", _cut_short(_FX_RATE.sub(
        " ", _not_done_already(clause)))))
    return bool(RISK_CUES.search(clause) or MATTER_MARKS.search(clause))


@lru_cache(maxsize=_CLAUSE_CACHE)
def _reassures(clause: str) -> bool:
    """Beside a plan request or a promise: an assurance that it pays, or thanks for patience;
    every other piece of the clause says nothing ("I'm not trying to dodge this and the work you
    did was great")."""
    if REASSURANCE.search(clause) or _own_slip(clause):
        return True
    pieces = [p for p in _GOODWILL_PIECE.split(clause) if p.strip()]
    return any(REASSURANCE.search(p) for p in pieces) and all(
        REASSURANCE.search(p) or says_nothing(p) for p in pieces)


# The customer owning the delay ("sorry, my fault, it was sitting in my inbox", "apologies for
# the silence, the year-end rush", "I see it is still open, my mistake", "we acknowledge receipt
# of your reminder"): beside a promise or a plan request it is context, if nothing in it turns to
# us or reports a payment once the apology's own words ("my mistake") are set aside.
_SLIP = re.compile(
    r"\b(?:sorry|apolog(?:y|ies|ise|ize)|my (?:fault|mistake|bad)|our (?:fault|mistake)"
    r"|excuse (?:me|us)|oops"
    # its own oversight: "this one slipped through the cracks when Graham left"
    r"|slipped through|fell through the (?:cracks|net)|(?:got|was) (?:lost|buried|overlooked)"
    r"|overlooked|(?:we|i) (?:missed|forgot|overlooked))\b"
    r"|^\W*(?:we|i) (?:hereby )?(?:acknowledge|confirm) (?:the )?receipt of your"
    r" (?:reminder|e-?mail"
    r"|letter|message|notice|statement)\b", re.IGNORECASE)
_SLIP_WORDS = re.compile(
    r"\b(?:my|our) (?:fault|mistake|bad)\b|\b(?:acknowledge|confirm) (?:the )?receipt of\b",
    re.IGNORECASE)


def _own_slip(clause: str) -> bool:
    # The customer's own slip or a problem it denies ("no dispute at all, it sat in the wrong
    # inbox", "nothing's wrong with it!") is context too, on the same terms.
    if not (_SLIP.search(clause) or _OWN_WRONG.search(clause) or _PROBLEM_DENIED.search(clause)):
        return False
    rest = _PROBLEM_DENIED.sub(" ", _OWN_WRONG.sub(" ", _SLIP_WORDS.sub(" ", clause)))
    return not (_turns_to_us(rest) or _reports_payment(rest) or _later_claim(rest)
                or _asks(rest))


# Beside a promise or a plan request, praise of the goods or the work ("the flowers were
# gorgeous", "thanks for the quick delivery", "you've made our lives easy") and a sales aside (a
# question of stock, a catalogue, a next order) are context: they ask nothing of this invoice.
# Either is context only when nothing in it turns (no contrast, negation, fault, money word,
# amount or payment, no repair or visit: "the chairs were lovely but two were scratched" is a
# claim, "your tech came out and it's all working now, thanks" tells of a fault).
_PRAISE_WORD = re.compile(
    r"\b(?:thanks|thank you|appreciate[ds]?|grateful|lov(?:e|ed|es|ing)|loveliest|great|gorgeous"
    r"|perfect|careful|quick|easy|brilliant|excellent|lovely|wonderful|amazing|fantastic"
    r"|awesome|thrilled|raving|winner|cracking|fab|fabulous|superb|stellar|top notch|loving"
    r"|value (?:very much|so much|greatly)|a star|a gem|a legend"
    r"|splendid|compliments?|enjoying|beautifully|smashing"
    r"|beautiful|stunning|superb|pleased|delighted|impressed|spot on|happy with)\b", re.IGNORECASE)
_OWN_BILL = re.compile(
    r"\b(?:our|my|the) (?:power|electricity|energy|utility|gas|water|phone|heating) bills?\b",
    re.IGNORECASE)
_ASIDE_TURN = re.compile(
    r"\b(?:but|however|though|although|not|never|no|nothing|yet|wrong|damag\w*|broke\w*|missing"
    r"|late|lost|except|apart from|only|instead|fault\w*|issues?|problems?|complain\w*|disput\w*"
    r"|refund\w*|credit\w*|return\w*|replac\w*|charg\w*|overcharg\w*|bill\w*|invoic\w*|paid"
    r"|pay\w*|owe\w*|sent|short\w*|unhappy|disappoint\w*|discount\w*|scratch\w*|faulty"
    r"|defect\w*|leak\w*|still|now|fix\w*|repair\w*|sorted|resolved|came out|call[- ]?outs?"
    r"|visit\w*|waiting (?:for|on) (?:the )?(?:rest|remaining|other|replacement))\b|n't\b"
    r"|[$\u00a3\u20ac]", re.IGNORECASE)
# Praise said in words that elsewhere turn: "the team can't stop talking about it", "still
# raving about the cake", "the gear you sent on short notice", "the photos came out awesome",
# "the guys did a mean job".
_PRAISE_IDIOM = re.compile(
    r"\b(?:can't|cannot|couldn't) (?:stop (?:talking|raving|smiling|going on)|wait|thank you"
    r" enough|be happier|believe how (?:good|great|lovely|quick))\b"
    r"|\bstill (?:talking|raving|buzzing|smiling|going on|gushing) about\b|\bon short notice\b"
    r"|\b(?:still|already) (?:loving|enjoying|using|raving about|wearing|playing)\b"
    r"|\bcompliments? from\b"
    r"|\bat short notice\b|\bcame out (?:awesome|great|brilliant|beautiful\w*|amazing|perfect\w*"
    r"|lovely|fab\w*|gorgeous|stunning|so well)\b|\bdid (?:a|such a) (?:mean|cracking|great|top"
    r"|fab\w*|lovely|brilliant|fantastic|super|stellar) job\b"
    r"|\b(?:gear|goods|parts|order|items|stuff|kit|samples?|flowers|cake|food|team|crew) (?:that )?"
    r"you sent\b|\bnever (?:been|sounded|looked|felt|worked|run|played) (?:lower|better|cleaner"
    r"|happier|easier|brighter|quieter|nicer)\b|\bstill the star\b",
    re.IGNORECASE)
_STILL_WANT = re.compile(r"\bstill (?=(?:want|keen|interested|plan|planning|hope|intend)\w*\b)",
                         re.IGNORECASE)
_SALES = re.compile(
    r"\b(?:(?:back )?in stock|restock\w*|catalogues?|catalogs?|price ?lists?|brochures?"
    r"|(?:next|new|another|spring|summer|autumn|fall|winter|christmas|easter|valentine'?s"
    r"|holiday|repeat|bulk) (?:range|collection|order|orders|season)"
    r"|pencil (?:us|me) in|book (?:us|me) in|put (?:us|me) down for"
    # who to talk to from now on: "our new production manager is Oscar, your main contact",
    # "please send invoices to ap@ from now on"
    r"|(?:new|main) (?:point of )?contact|new (?:\w+ )?manager is"
    r"|send (?:all )?(?:invoices|statements|bills) to\b"
    # a next job or order asked: "can we book the float in for its WOF check?", "can you put two
    # new tyres on while it's in?", "we'll take 25", "can your driver drop them?"
    r"|book (?:the|our|it|us|them) (?:\w+ )?in for|(?:can|could) you (?:also )?put (?:\w+ ){0,3}on"
    r" while|we'll take \d+|can your driver drop|pick up or|send (?:the|our) \w+ invoice again"
    r"|(?:could|can) you quote(?: us)?(?: for)? \d+|quote (?:us )?(?:for )?\d+"
    r"|quote (?:me|us) (?:on|for)|(?:is|are) (?:the|it|they) [\w -]{1,30}(?:uv|water|fire|heat"
    r"|frost)[- ](?:resistant|proof))\b", re.IGNORECASE)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _aside(clause: str) -> bool:
    """Praise or a sales aside beside a promise or a plan request (see `_PRAISE_WORD`)."""
    # "the spring order we still want to do": a wish kept, not a fault outstanding
    rest = _PROBLEM_DENIED.sub(" ", _PRAISE_IDIOM.sub(" ", _STILL_WANT.sub(
        " ", _OWN_BILL.sub(" ", clause))))
    # a fault of the goods or a count of them turns it, whatever it names ("a third of the
    # brochures came back printed upside down" is no sales aside)
    if (_ASIDE_TURN.search(rest) or _reports_payment(rest) or _DEFECT_MARK.search(rest)
            or _GOODS_FAULT.search(rest)):
        return False
    if _SALES.search(rest):
        return True
    praised = _PRAISE_WORD.search(rest) or _PRAISE_IDIOM.search(clause)
    return bool(praised) and "?" not in rest and not re.search(r"\d", rest)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _pure_aside(clause: str) -> bool:
    """An aside that stands alone in an email: a next order or praise of the goods or the work
    in its own words, no bare thanks (that may thank us for patience while it is "with our
    director to sign"), nothing attached or to look at, no step of the customer's books."""
    if not _aside(clause) or _SEE_ATTACHED.search(clause) or PAYMENT_PROCESS.search(clause):
        return False
    return bool(_SALES.search(clause) or _OWN_PRAISE.search(clause))


_SEE_ATTACHED = re.compile(r"\b(?:attach\w*|enclosed|see (?:my|the|our|below|above)|comments?"
                           r"|notes?|below|above)\b", re.IGNORECASE)
_OWN_PRAISE = re.compile(
    r"\b(?:lov(?:e|ed|es|ing)|gorgeous|brilliant|excellent|lovely|wonderful|amazing|fantastic"
    r"|awesome|thrilled|rapt|stunning|superb|beautiful|delighted|impressed|spot on|perfect"
    r"|happy with|great (?:job|work|service)|noticed|compliments?|a star)\b", re.IGNORECASE)


_GOODWILL_PIECE = re.compile(r"[,;]|\band\b|\s[-\u2013\u2014]\s", re.IGNORECASE)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _own_story(sentence: str) -> bool:
    return bool(OWN_STORY.search(sentence))


# "the buyer not paid us yet", "hasn't sent": a payment not made is no payment reported.
_NOT_PAID_YET = re.compile(r"\b(?:not|never|yet to|n't)(?:\s+\S+){0,1}\s*$|n't\s*$", re.IGNORECASE)
_LOWER_START = re.compile(r"(?<=[.!?])\s+(?=[a-z])")


@lru_cache(maxsize=_CLAUSE_CACHE)
def _lower_sentences(clause: str) -> tuple[str, ...]:
    """The sentences of a clause that run on after a full stop in lower case; none when the
    clause is one sentence."""
    parts = [p.strip() for p in _LOWER_START.split(clause) if p.strip()]
    return tuple(parts) if len(parts) > 1 else ()


@lru_cache(maxsize=_CLAUSE_CACHE)
def _reports_payment(clause: str) -> bool:
    """A payment reported done ("our system shows it was debited"), beside a plan request or a
    promise too: "once it's paid" and "remittance when it goes" look ahead."""
    clause = INTERNAL_STEP.sub(" ", PAYMENT_RULE.sub(" ", _THEIR_MONEY_PAID.sub(" ", clause)))
    return any(not (LOOKS_AHEAD.search(clause[:past.start()])
                    or _NOT_PAID_YET.search(clause[:past.start()]))
               for past in PAST_PAYMENT.finditer(clause))


@lru_cache(maxsize=_CLAUSE_CACHE)
def _plan_talk(clause: str) -> bool:
    """Beside a plan request: every piece says nothing or talks about the plan itself (parts,
    rhythm, a standing order, "even 3 parts would help"), with no complaint's words, no goods
    or work, and no payment reported done."""
    # "a standing order" or "direct debit" is the plan's, not goods ordered
    if COMPLAINT_WORDS.search(clause) or GOODS_NOT_PARTS.search(_STANDING.sub(" ", clause)):
        return False
    pieces = [p for p in _PIECE.split(clause) if p.strip()]
    return any(PLAN_TALK.search(p) for p in pieces) and all(
        PLAN_TALK.search(p) or says_nothing(p) for p in pieces)


_BANK_ORDER = re.compile(r"\b(?:payment|transfer|bank|standing|money) orders?\b", re.IGNORECASE)
_STANDING = re.compile(r"\bstanding orders?\b|\bdirect debits?\b", re.IGNORECASE)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _payment_process(clause: str) -> bool:
    """Beside a dated promise: every piece of the clause says nothing or tells the payment's
    way through the customer's own books (PAYMENT_PROCESS), with no complaint's words, no goods
    or work, and no payment reported done ("our MD was away and nothing could be signed",
    "remittance to follow"; not "the first transfer went out on the 2nd")."""
    # "the director has signed the payment order": a bank's order, not goods ordered
    clause = _BANK_ORDER.sub(" ", _not_done_already(clause))
    if COMPLAINT_WORDS.search(clause) or GOODS_OR_WORK_MARK.search(clause):
        return False
    pieces = [p for p in _PIECE.split(clause) if p.strip()]
    # the customer's rule for every payment ("cheques are mailed the same day") is its way too
    return any(PAYMENT_PROCESS.search(p) or PAYMENT_RULE.search(p) for p in pieces) and all(
        PAYMENT_PROCESS.search(p) or PAYMENT_RULE.search(p) or says_nothing(p) for p in pieces)


@lru_cache(maxsize=_CLAUSE_CACHE)
def _may_claim(clause: str) -> bool:
    """True when an unread clause beside an act may carry a claim of its own."""
    return bool(
        RISK_CUES.search(clause)
        or CLAIM_MARKS.search(clause)
        or (MONEY_WORDS.search(clause) and PAST_MARKS.search(clause))
    )


def _forward_promise(when: date | None, clause: str, sent: date | None, dmy: bool = False) -> bool:
    if when is None or (sent is not None and when <= sent):
        return False
    # The tense that counts is the promise's own piece: in "our CFO signed the batch this
    # morning - funds release Wednesday" the signing is done and the payment is ahead.
    dated = find_date(clause, sent or when, dmy)
    pieces = [p for p in _PIECE.split(clause) if dated and dated[1] in p]
    piece = _TELLING.sub(" ", INTERNAL_STEP.sub(" ", pieces[0] if pieces else clause))
    done = DONE_MARKS.search(piece)
    # "has gone out": done, whatever else the piece says; unless the payment itself is still
    # to come after the step ("has been placed on the agenda for 30 November and will be paid
    # immediately afterwards", "she has asked me to tell you the payment will be done on 26th").
    if done and not FUTURE_PAYMENT.search(piece, done.end()):
        return False
    return any(not (PAST_MARKS.search(text) and not FUTURE_MARKS.search(text))
               for text in (piece, clause))


def _match_clause(
    clause: str, msg: Message, refs: list[tuple[int, str]], default: str | None, order: int,
    dmy: bool = False, quote: str | None = None,
) -> tuple[list[Evidence], bool, tuple[str, ...]]:
    """(the evidence in one clause, whether a match was set aside as about another invoice,
    the words of each match denied or only supposed: "we are not disputing", "if it arrives
    damaged")."""
    found, elsewhere, denied = _clause_findings(
        clause, msg.from_customer, tuple(refs), default, msg.day, dmy
    )
    out = [
        Evidence(
            kind=kind, label=label, source=msg.label, origin=msg.source, day=msg.day,
            order=order + (1 if kind is Kind.RESOLVED else 0),
            quote=shorten(quote) if quote is not None else said, promise_date=promise,
        )
        for kind, label, said, promise in found
    ]
    return out, elsewhere, denied


# "We ask your patience; it will be paid by month end" asks for time *and names the day*: a
# dated promise (SPEC step 4 holds every draft, a plan's too). Only a plan in parts ("half now,
# the rest on the 15th") makes the day one instalment of a plan rather than a promise.
TIME_ONLY_LABELS = REASON_LABELS | {"asks for more time", WAITS_ON_CLIENT}
_Finding = tuple[Kind, str, str, date | None]  # kind, label, quote, promise date


@lru_cache(maxsize=_CLAUSE_CACHE)
def _clause_findings(
    clause: str, from_customer: bool, refs: tuple[tuple[int, str], ...], default: str | None,
    day: date | None, dmy: bool = False,
) -> tuple[tuple[_Finding, ...], bool, tuple[str, ...]]:
    """`_match_clause` without the message's labels: a pure function of these arguments, so a
    clause read again with the same scope and day (a quoted thread, a batch of similar
    cases) is matched once."""
    out: list[_Finding] = []
    elsewhere = False
    denied: list[str] = []
    matching = _matching_entries(clause)
    for kind, entries in matching:
        if kind is Kind.INSTRUCTION and not from_customer:
            # Staff notes are ours; only customer text can try to steer the bot, except by
            # telling it to skip its approvers or posing as the system, which no colleague
            # writes in a note.
            entries = tuple(e for e in entries if e[0] in STEERING_ANYWHERE)
            if not entries:
                continue
        # "pay in installments over three months" asks for a plan, it promises no date; "will
        # pay on the 2nd when our credit line renews" promises one, and gives a reason.
        # Only a plan request that stands counts: "not asking for a payment plan, it'll be
        # paid in full on the 26th" promises.
        if kind is Kind.PROMISE and any(
            k is Kind.HARDSHIP and label not in TIME_ONLY_LABELS for k, label, _, _ in out
        ):
            # A promise taken back still is: "take back what I said, we can't pay it all".
            entries = tuple(e for e in entries if e[0] == RETRACTED_LABEL)
        for label, pattern in entries:
            hit, other, refused = _first_valid(
                clause, kind, label, pattern, from_customer, refs, default
            )
            elsewhere = elsewhere or other
            denied.extend(refused)
            if hit is None:
                continue
            promise = None
            if label in (PAID_IN_RUN_LABEL, PAYMENT_NOTICE) and day is not None and not (
                    _LAST_RUN.search(hit.group(0))) and (
                    label == PAID_IN_RUN_LABEL or _QUEUED.search(clause)):
                dated = find_date(clause, day, dmy)
                if dated and dated[0] > day:
                    # "was included in the 15 December run", "queued for payment with a value
                    # date of 2026-12-18": a run or a value date still ahead
                    continue
            if kind is Kind.PROMISE:
                ref = day or date.min
                dated = find_date(clause[hit.start():], ref, dmy) or find_date(clause, ref, dmy)
                promise = dated[0] if dated and day else None
                said_at = clause.lower().find(dated[1].lower()) if dated else -1
                if said_at >= 0 and _NOT_ON_THAT_DAY.search(clause[:said_at]):
                    promise = None  # "we'll pay, just not this month" names no day to hold for
            out.append((kind, label, shorten(clause), promise))
            break  # one reason per kind per clause keeps reasons short
    return tuple(out), elsewhere, tuple(denied)


_NOT_EXPECTED = re.compile(r"expect\b", re.IGNORECASE)
_YOU = re.compile(r"\byou(?:r|rs|'ve|'d|'ll)?\b", re.IGNORECASE)
_THEIR_MONEY_MISSING = re.compile(
    r"\b(?:not|n't|never|yet to|still)\s+(?:\w+\s+){0,2}?(?:paid|pay|paying|settled|settle)\s+us\b"
    r"|\b(?:owes?|owing|owed)\s+us\b|\bwe(?:'re| are) owed\b"
    r"|\b(?:haven't|have not|hasn't|has not) been paid (?:on our (?:end|side)|ourselves|yet)\b"
    r"|\bpaid us late\b|\bpaying us late\b"
    r"|\b(?:gone|went) (?:missing|quiet|bust|under) on us\b|\b(?:dead|quiet|slow|dry) for us\b"
    r"|\b(?:not|n't|never|yet to)\s+(?:\w+\s+){0,2}?(?:received|had|got|come|arrived|been"
    r" (?:paid|released|received))\b(?:\s+\S+){0,4}?\s+(?:subsidy|grants?|funding|tranche|drawdown"
    r"|donations?|pledges?|reimbursement|payout|allowance|budget)\b"
    r"|\b(?:subsidy|grants?|funding|tranche|drawdown|reimbursement|payout|insurance"
    r"|insurer)\b(?:\s+\S+){0,4}?\s+(?:not|n't|never|yet to|still)\b"
    # the customer's own trade gone quiet or its costs: "winter was dead quiet", "the water bill
    # about killed us", "the hail destroyed half our crop"
    r"|\bdead (?:quiet|slow|season|month|time|week|period)\b"
    r"|\b(?:season|winter|summer|autumn|spring|month|trade|business|year|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)(?:'s)?\s+"
    r"(?:was|has been|is|been)"
    r"\s+(?:\w+\s+)?dead\b|\b(?:killed|killing|kill) us\b", re.IGNORECASE)
# The weather's damage to the customer's own things ("the hail destroyed most of our crop"), read
# only where nothing of ours is named ("the hail guards you fitted were damaged" is a claim).
_THEIR_DAMAGE = re.compile(
    r"\b(?:hail|storm|flood|fire|rain|frost|drought|wind|cyclone|quake)\s+(?:\S+\s+){0,2}?"
    r"(?:destroy\w*|damag\w*|ruin\w*|wiped out|flattened)\s+(?:\S+\s+){0,4}?(?:our|my)\b",
    re.IGNORECASE)
_FAULT_LABELS = frozenset({
    "says goods are missing or short", "says goods or work were not delivered",
    "complains about damaged or faulty goods or work", FAILED_LABEL,
})
_OUR_SIDE_NAMED = re.compile(
    r"\byou(?:r|rs|'ve|'d|'ll)?\b|\b(?:invoice\w*|bill(?:ed|ing)?|charge\w*|deliver\w*|install\w*"
    r"|items?|units?|boxes|pallets?|parcels?|order(?:ed|s)?|goods|parts?|products?|equipment|kit"
    r"|repair\w*|fitted|fitting|visit|engineer|technician|crew|installer|driver|plumber"
    r"|electrician|contractor)\b", re.IGNORECASE)
_OWN_CIRCUMSTANCE = re.compile(
    r"\b(?:quarter|year|season|month|week|time|period|winter|summer|autumn|spring) for us\b"
    r"|\b(?:i|we)(?:'m|'re| am| are| have been|'ve been| was| were)? (?:not working"
    r"|off work|off sick|closed|shut)\b|\bour (?:own )?(?:quarter|year|season|month|appeal|shop"
    r"|sales|trade|business|takings|income|revenue|funding|prices?|margins?|bookings|orders book"
    r"|turnover|premises|lock-?up)\b|\b(?:prices?|market|demand|trade|trading|appeal|takings"
    r"|bookings|footfall)\b(?:\s+\S+){0,3}?\s+(?:have|has|had)?\s*(?:collapsed|crashed|dropped"
    r"|(?:came|come|fell|fallen)(?: in)?(?: well| far| a bit| a little)? short(?: of)?|fallen|fell"
    r"|dried up|slumped|tanked|came in|come in)\b|\bthe (?:shop|premises|office|farm|site)"
    r" flooded\b|\bsince the (?:shop|premises|office|farm|warehouse) (?:flooded|burned|closed)\b",
    re.IGNORECASE)


def _their_own_fault(clause: str) -> bool:
    """A fault's words about the customer's own circumstances, nothing of ours named."""
    return bool(_OWN_CIRCUMSTANCE.search(clause)) and not _OUR_SIDE_NAMED.search(clause)


_BARE_DONE = re.compile(
    r"^\W*(?:hi \w+\W+)?(?:this|that|it)(?:'s| is| has been| was)? (?:now |all )?done(?: now)?\W*$",
    re.IGNORECASE)
_READY_AFTER = re.compile(r"^(?:\s+\S+){0,5}?\s+ready\b", re.IGNORECASE)
_QUEUED = re.compile(
    r"\b(?:queued|scheduled|set|lined up|planned|programm?ed|booked|will|value date of)\b",
    re.IGNORECASE)
_HABITUAL_PAID = re.compile(
    r"\b(?:checks|cheques|payments|remittances|transfers|wires|invoices|suppliers|vendors)\s+"
    r"(?:are|get|go)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_GOODS_SHORT_LABELS = frozenset({"says goods are missing or short",
                                 "says goods or work were not delivered"})
_WE_ARE_SHORT = re.compile(
    r"\b(?:we|i|we're|i'm|things|cash|money|funds|budgets?|we've been|we have been)"
    r"(?:'re| are| am|'m| were| was| is| run| running| ran| came| come| fell| fall)?"
    r"\s+(?:\w+\s+)?short\s*$", re.IGNORECASE)
_THEIR_MONEY_AFTER = re.compile(
    r"^\s*(?:for|on)\s+(?:\w+\s+){0,4}?(?:bank|funding|grants?|drawdowns?|loans?|insurer"
    r"|insurance|payouts?|money|funds|cash|clients?|customers?|council|government|reimbursement"
    r"|subsidy|investors?|financ\w*|overdraft|credit line|payroll)\b", re.IGNORECASE)
_PROMISE_DENIED = re.compile(
    r"\b(?:not|never|cannot|no longer)\b(?! (?:later|before|after)\b)|n't\b", re.IGNORECASE)
# "last Friday's run", "yesterday's batch": the day is past whatever a weekday reads as.
_LAST_RUN = re.compile(r"\b(?:last|yesterday)\b", re.IGNORECASE)
_Entries = tuple[tuple[Kind, tuple[tuple[str, re.Pattern[str]], ...]], ...]


@lru_cache(maxsize=_CLAUSE_CACHE)
def _matching_entries(clause: str) -> _Entries:
    """Per kind (lexicon order), the entries whose pattern matches somewhere in the clause.

    A pure function of the clause's text, so it is computed once per distinct clause: the
    same words recur across a batch (quoted reminders, "Thanks!", the same customer writing
    about several invoices). Gates skip most patterns; a pattern that does not match at all
    cannot yield evidence, and only the few that do reach the per-match checks."""
    words = Words(clause)
    prefixes, lowered = words.prefixes, words.lowered
    out: list[tuple[Kind, tuple[tuple[str, re.Pattern[str]], ...]]] = []
    for kind, entries in GATED.items():
        found = tuple(
            (label, pattern) for label, pattern, gate in entries
            if (gate.open or not gate.keys.isdisjoint(prefixes)
                or (gate.inside and any(piece in lowered for piece in gate.inside)))
            and pattern.search(clause) is not None
        )
        if found:
            out.append((kind, found))
    return tuple(out)


def _anchor(clause: str, kind: Kind, label: str, match: re.Match[str]) -> int:
    """Where negation and tense are read from: a payment claim's verb ("payment has not been
    sent" negates the verb inside the match), else the start of the match."""
    if kind is Kind.PAID and label not in (RHETORICAL_PAID, PAYMENT_NOTICE):
        verb = PAYMENT_VERB.search(clause, match.start(), match.end())
        if verb is not None:
            return verb.start()
    return match.start()


def _first_valid(
    clause: str, kind: Kind, label: str, pattern: re.Pattern[str], from_customer: bool,
    refs: tuple[tuple[int, str], ...], default: str | None,
) -> tuple[re.Match[str] | None, bool, list[str]]:
    """The first match that stands, whether one was about another invoice, and the words of
    each match negated or supposed (they say what is *not* so: read, not evidence)."""
    other = False
    refused: list[str] = []
    for match in pattern.finditer(clause):
        if kind in _SCOPED and (_nearest(refs, match.start()) or default) == "other":
            other = True
            continue  # about another invoice
        anchor = _anchor(clause, kind, label, match)
        before, after = clause[:anchor], clause[match.end():]
        # A promise's own words may hold its negation ("we will not transfer it on the 11th"
        # matches "will ... transfer"): a refusal, not a promise.
        if kind is Kind.PROMISE and label != RETRACTED_LABEL and _PROMISE_DENIED.search(
                match.group(0)):
            refused.append(match.group(0))
            continue
        if _negated(before, kind, after, label):
            # Payment the customer tells us not to expect ("don't expect it to be paid", "do
            # not expect payment this month") is a refusal, no harmless reading of the clause: a
            # person reads it. "We can't promise payment by Friday" denies only a promise.
            if not (kind is Kind.PROMISE and _NOT_EXPECTED.match(match.group(0))):
                refused.append(match.group(0))
            continue
        if _hypothetical(before, kind, label) or (
                kind is Kind.HARDSHIP and label in HYPOTHETICAL_SENSITIVE
                and _LATER_PURCHASE.search(clause)):
            refused.append(clause)  # the supposition covers its clause
            continue
        if kind is Kind.PROMISE and _not_their_promise(before, label, from_customer):
            continue
        if kind is Kind.INSTRUCTION and _THEIR_OWN_PAYING.search(before):
            continue  # "we request your permission to clear this invoice in two parts" asks
        if kind is Kind.DISPUTE and label != REMEDY_LABEL and _MONEY_NOT_GOODS.search(
            before
        ) and not (label == HOLD_LABEL and _PAYMENT_HELD.search(before)):
            # "the money from the festival has not arrived" is theirs, not our goods; "we cannot
            # authorise payment of the full amount until this has been looked at" holds ours
            continue
        if kind is Kind.DISPUTE and label != REMEDY_LABEL and (
                _THEIR_MONEY_MISSING.search(clause)
                or (_THEIR_DAMAGE.search(clause) and not _YOU.search(clause))):
            # "our client has still not paid us", "the developer has gone missing on us", "the
            # second subsidy tranche has not been received", "it's always dead for us this time
            # of year": the customer's own money or trade, not our goods or work
            continue
        if kind is Kind.DISPUTE and label in _FAULT_LABELS and _their_own_fault(clause):
            # "honey prices have collapsed", "a rotten quarter for us with the port strikes", "I
            # am not working this month to look after him": the customer's own circumstances in
            # a fault's words, with nothing of ours named
            continue
        if kind is Kind.DISPUTE and label in _GOODS_SHORT_LABELS and (
                _WE_ARE_SHORT.search(clause[:match.end()]) or _THEIR_MONEY_AFTER.match(after)):
            # "we are short this month", "still waiting for the bank to release the drawdown":
            # the customer's own money is short or awaited, not our goods
            continue
        if kind is Kind.PAID and _READY_AFTER.match(after):
            continue  # "made the transfer of € 1.225,76 ready with value date 22/12": not sent
        if kind is Kind.PAID and _HABITUAL_PAID.search(before):
            continue  # "checks are mailed from our Dallas office": how they pay, not a payment
        if kind is Kind.PAID and (NOT_DONE_BEFORE.search(before) or _TO_COME.match(after)
                                  or (_PASSIVE_PAID.search(match.group(0))
                                      and _BY_A_DAY.match(after))):
            continue  # "will be paid", "remittance to follow": not a payment made
        if label == HOLD_LABEL and _APOLOGY_BEFORE.search(before):
            continue  # "apologies for the delay in settling it" apologises, it holds nothing
        if label == HOLD_LABEL and HOLD_NEEDS_CONTEXT.search(match.group(0)) and not (
            CONTEXT_GOODS_OR_WORK.search(clause)
        ):
            continue  # "once we received your reminder" holds nothing back
        if kind is Kind.PAID and _DONE_WORD.search(match.group(0)) and (
            CONTEXT_GOODS_OR_WORK.search(clause)
        ):
            continue  # "the work ... it's all done and looks great": the job is done
        if label == HOLD_LABEL and _BARE_HOLD.match(match.group(0)) and not (
            _HOLD_FOR_A_PROBLEM.search(clause)
        ):
            continue  # "could you hold off for a while?", "payments are on hold for everyone"
        if label == SHORT_LABEL and match.group(0).lower() == "short" and _CASH_SHORT.search(
            clause
        ):
            continue  # "it's left us short", "we're short this month": money, not goods
        if kind is Kind.DISPUTE and label in _REFUSALS and _SUM_REFUSED.search(clause) and not (
            COMPLAINT_WORDS.search(clause) or GOODS_OR_WORK_MARK.search(clause)
        ):
            continue  # "we can unfortunately not pay the full amount now": its size, no contest
        if kind is Kind.DISPUTE and any(m.start() <= match.start() < m.end()
                                        for m in _BROKEN_UP.finditer(clause)):
            continue  # "could the balance be broken up": the payment in parts
        if label == FAILED_LABEL and _OUR_BUSINESS_HIT.match(after):
            continue  # "winter's killed our foot traffic": what befell their trade
        if label == REMEDY_LABEL and any(
            m.start() < match.end() and match.start() < m.end() for m in _PAID_OFF.finditer(clause)
        ):
            continue  # "pay a smaller amount monthly until the invoice is finished": paid off
        if label == SHORT_LABEL and _WAITING_ON_MONEY.match(match.group(0) + after):
            continue  # "we're still waiting on the venue settlement": their money, not goods
        if kind is Kind.DISPUTE and _DEAD_SEASON.match(clause[match.start():]):
            continue  # "winter is our dead season": a quiet time, not dead goods
        if label == COUNT_LABEL and _COUNTED_TIME.search(match.group(0)):
            continue  # "over three months rather than one lump" counts the paying, not goods
        if label == REMEDY_LABEL and _THEIR_EVENT.search(match.group(0)):
            continue  # "frozen all large payments until the restructuring is complete"
        if kind is Kind.DISPUTE and _CUT_SHORT.search(clause):
            continue  # "the season was cut short by the storms": time, not goods short
        if kind is Kind.DISPUTE and label != REMEDY_LABEL and label != HOLD_LABEL and (
            _BEFELL_US.search(before) or (_NATURE.search(before) and not _YOU.search(before))
        ):
            continue  # "we had a burst pipe", "the storm killed our takings": what befell them
        if kind is Kind.PAID and _CUT_WORD.search(match.group(0)) and _CUT_NOT_PAYMENT.match(
            after
        ):
            continue  # "our bank has cut the overdraft": cut, but no cheque
        if kind is Kind.DISPUTE and any(
            m.start() <= match.end() and match.start() <= m.end()
            for m in _NOT_OUR_GOODS.finditer(clause)
        ):
            continue  # "the card on file expired", "the attachment didn't come through"
        if label == HOLD_LABEL and (_THEIRS_HELD.search(before) or _CHASING_HELD.match(after)):
            continue  # "our customer has delayed payment to us", "hold off on reminders"
        if kind is Kind.HARDSHIP and _BILLED_BEFORE.search(before):
            continue  # "you've charged us three extra days" contests the bill, it asks nothing
        if kind is Kind.PROMISE and _PROMISE_GIVEN_UP.search(clause[:match.end()]):
            continue  # "we were going to pay it this week but ..." promises nothing now
        if label == PAYMENT_NOTICE and _DAY_AHEAD_NOTICE.search(clause) and not (
            DONE_MARKS.search(clause)
        ):
            continue  # "booked for value date 27 November": a payment set for a day, a promise
        if kind is Kind.PAID and (_ANOTHER_PART.search(clause) or _FOR_A_STEP.match(after)
                                  or _IN_ARREARS.match(after)):
            # "another $350 sent" is a plan's part, "processed for payment" a step, "our
            # contract is paid in arrears" the customer's own income
            continue
        if label == SHORT_LABEL and match.group(0).lower() == "shortfall" and not (
            CONTEXT_GOODS_OR_WORK.search(clause)
        ):
            continue  # "a temporary shortfall after losing a contract": money, not goods
        if kind is Kind.PAID and _PASSIVE_PAID.search(match.group(0)) and _PLAN_AFTER.match(after):
            continue  # "an arrangement whereby the balance is paid in monthly instalments"
        # The rhythm must be the paying's own ("pay it monthly", "could we do monthly"), not a
        # rhythm told elsewhere in the clause ("our grant is released each month, payment
        # will be made on 1 December").
        if label == PARTS_LABEL and PARTS_ONLY.match(match.group(0)) and not (
            _PAYS_IN_PARTS.search(" ".join(_PIECE.split(before)[-1].split()[-8:]))
        ):
            continue  # "we were billed in two parts", "our client pays us in two tranches"
        if kind is Kind.HARDSHIP and _SPLIT_BY_PART.match(clause, match.start()):
            continue  # "the invoice split by department": the document, not the paying
        if kind is Kind.DISPUTE and _OUR_OWN_SLIP.search(before):
            continue  # "sorry, pasted the wrong thing", "my colleague used the wrong subject"
        if label == CORRECTION_LABEL and _THANKS_FOR_SENDING.search(before):
            continue  # "thanks for sending the credit note": the correction has come
        if label == FIX_LABEL and _VENDOR_ADMIN.search(clause):
            continue  # "our vendor setup needs it updated before we can process anything"
        if label == PARTS_LABEL and _SPLIT_ONLY.match(match.group(0)) and (
            _SPLIT_GOODS.match(after) or not _SPLIT_MONEY.search(
                " ".join(_piece_at(clause, match.start())[:max(0, match.start())].split()[-6:])
                + " " + match.group(0) + " " + " ".join(after.split()[:4]))
        ):
            # "you split the delivery in two parts" splits goods, not the payment; "arrived
            # with split seats" splits nothing of ours to pay
            continue
        if label == PARTS_LABEL and RHYTHM_ONLY.match(match.group(0)) and not (
            PAYING_WORD.search(" ".join(_PIECE.split(before)[-1].split()[-8:]))
        ):
            continue  # "we draw down our grant quarterly" is their rhythm, not a plan request
        if kind in (Kind.HARDSHIP, Kind.PAID) and _their_practice(clause, kind, match):
            continue  # "we process supplier payments on the 20th of each month": their books
        if kind is Kind.RESOLVED and from_customer and _NOT_YET.search(before):
            continue  # "once the new panels are in, it's all sorted" is not sorted yet
        if kind is Kind.RESOLVED and from_customer and _CREDIT.search(match.group(0)):
            continue  # "credit note applied" from the customer claims the balance is cleared
        asks = clause.rstrip().endswith("?") and _QUESTION_START.search(clause)
        if asks and not from_customer and kind in {Kind.DISPUTE, Kind.RESOLVED, Kind.LEGAL}:
            continue  # a colleague asking "is the customer disputing this?" records nothing
        return match, other, refused
    return None, other, refused

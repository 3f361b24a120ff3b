"""What the act reader may make of an email the lexicons left unread: its outcome, never
its route.

The fail-safe sends every such email to a person (`evidence.read_case`), and it still does.
What the email is *about* decides the outcome SPEC's precedence gives that person's case: a
complaint about the goods or the work, or a claim that the invoice is paid, is a likely
dispute, whatever words it is told in. The act reader (`act_reader`) often sees that where
no lexicon does; this module decides, in code, when its guess stands:

- the guess is a complaint or a payment claim at or over `DISPUTE_P`;
- the email is the customer's latest (a later one may take it back: "please ignore my last
  email") and names no other invoice;
- a payment claim the email itself takes back ("that was a different supplier; yours hasn't
  gone out yet") claims nothing.

A plan request or a promise the reader sees changes nothing: a draft or a hold needs the
lexicons' own reading. Measured with weights trained without the set scored, the reader's
plan and promise guesses would have drafted over hand-written hard negatives ("We were
billed in two parts, is that right?", "Our AP run on Tuesday included your invoice") that
the lexicons send to a person (docs/judgment.md, "judge19").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from core.domain.act_reader import COMPLAINT, PAID, PLAN, ActReader
from core.domain.evidence import Evidence, Unread, shorten, story_clause
from core.domain.evidence_lexicon import Kind

# The probability at or over which a complaint or payment-claim guess names the dispute
# (measured across the corpora with weights trained without the set scored).
DISPUTE_P = 0.7

READ_COMPLAINT = "reads as a complaint about the goods or the work (act reader)"
READ_PAID = "reads as saying the invoice is paid (act reader)"

# "Will come back to you on the other one": an email about two invoices is a person's.
_OTHER_ONE = re.compile(r"\b(?:other|another|second|both)\s+(?:one|invoice|bill)s?\b",
                        re.IGNORECASE)
# "I told you this was paid but that was a different supplier; yours hasn't gone out yet":
# a payment claim the email itself takes back is no claim.
_TAKEN_BACK = re.compile(
    r"\b(?:has|have|is|was|were|had)(?:n't| not)\s+(?:yet\s+)?(?:been\s+)?(?:gone out|paid|sent"
    r"|processed|released|left|transferred|made)\b|\bnot (?:yet )?(?:been )?paid\b|\bnot yet\b"
    r"|\b(?:different|another|wrong|other) (?:supplier|vendor|company|payee)\b", re.IGNORECASE)


def _weighable(u: Unread, last_email: date | None) -> bool:
    """The customer's latest email, with words, about this invoice alone: what the reader's
    guesses may stand for (a later email may take it back; two invoices are a person's)."""
    latest = u.day is not None and (last_email is None or u.day >= last_email)
    return (latest and not u.names_other and not u.source.startswith("note")
            and bool(u.body.strip()) and not _OTHER_ONE.search(u.body))


@dataclass(frozen=True)
class DisputesRead:
    """The complaints and payment claims the reader's guesses stand for."""

    disputes: list[Evidence]
    paid: list[Evidence]


def _evidence(u: Unread, kind: Kind, label: str, order: int) -> Evidence:
    return Evidence(kind=kind, label=label, source=u.source, origin="customer email",
                    day=u.day, order=order, quote=shorten(u.quote))


def read_disputes(unread: list[Unread], reader: ActReader,
                  last_email: date | None) -> DisputesRead:
    """The unread customer emails that read as a complaint or a payment claim; `last_email`
    is the day of the customer's latest email. Every one of them stays unread."""
    disputes: list[Evidence] = []
    paid: list[Evidence] = []
    for n, u in enumerate(unread):
        if not _weighable(u, last_email):
            continue
        guess = reader.read(u.body)
        if guess.act not in (COMPLAINT, PAID) or guess.p(COMPLAINT, PAID) < DISPUTE_P:
            continue
        order = 9_000_000 + n  # after every message's own evidence
        if guess.act == COMPLAINT:
            disputes.append(_evidence(u, Kind.DISPUTE, READ_COMPLAINT, order))
        elif not _TAKEN_BACK.search(u.body):
            paid.append(_evidence(u, Kind.PAID, READ_PAID, order))
    return DisputesRead(disputes, paid)


# The probability at or over which a plan guess reads an email as asking for time, and the
# most the reader may see of a complaint or a payment claim in it.
PLAN_P = 0.85
PLAN_DOUBT_P = 0.1
CLAUSE_DOUBT_P = 0.2

READ_PLAN = "asks for time or to pay in parts (act reader)"

# A plan request asks: a question, or a request's own words.
_ASKS = re.compile(
    r"\?|\b(?:could|can|would|may|might|shall)\s+(?:we|i|you|it|this|that)\b"
    r"|\b(?:is|would) (?:it|that|there) (?:be )?(?:possible|ok|okay|alright|any)\b"
    r"|\b(?:i|we)(?:'d| would) (?:really |very much |greatly )?(?:appreciate|like|love|prefer|be"
    r" grateful)\b|\b(?:i|we) (?:must |have to |need to |want to )?ask\b|\bplease\b"
    r"|\bany chance\b|\bif (?:that|this|it) (?:works|suits|is ok|is okay|helps)\b"
    r"|\b(?:let|allow) us\b|\bconsider\b|\bpossible\b|\bpossibile\b|\bmöglich\b",
    re.IGNORECASE)
# ... for time, or to pay in parts: the one thing a plan draft offers.
_TIME_OR_PARTS = re.compile(
    r"\b(?:bit|little|piece|step|bite|chunk|month|week) by (?:bit|little|piece|step|bite|chunk"
    r"|month|week)\b|\bby degrees\b|\bin (?:\w+ )?(?:steps|stages|pieces|parts|chunks|bits"
    r"|goes|mouthfuls|bites|lots|portions|tranches|instal+ments?|payments|amounts|sums)\b"
    r"|\b(?:each|every|per|a) (?:month|week|fortnight|pay ?day|quarter)\b"
    r"|\b(?:monthly|weekly|fortnightly|quarterly)\b|\bover (?:a|the|some|several|a few|the next"
    r"|\w+) (?:\w+ )?(?:months?|weeks?|period|quarters?|season|winter|summer)\b"
    r"|\bspread\b|\bgradual|\bslow(?:ly|er)?\b|\bleeway\b|\bslack\b|\brunway\b"
    r"|\bbreath|\brespirer\b|\bplusieurs fois\b|\b(?:more|some|extra|a little|bit of|the)"
    r" time\b|\bpatien|\bflexib|\btimetable\b|\bschedule\b|\bchip\b|\binstal+ment"
    r"|\bpartial|\bsplit|\bsmaller\b|\bstagger|\bpieces?\b|\bportions?\b|\bextension\b"
    r"|\bextend\b|\b(?:easing|ease) the\b|\bpostpone|\bdefer|\bhold off\b|\bwait\b"
    r"|\brather than (?:as |in )?(?:a |one )(?:single|lump|whole|big)|\ball at once\b"
    r"|\bin one go\b|\bnot (?:able to|in a position to) pay (?:it |this |the )?(?:all|in full)",
    re.IGNORECASE)


_NOT_STORY = re.compile(r"\?|\battach|\benclos|\bsee (?:below|above)\b", re.IGNORECASE)


def _story(clause: str) -> bool:
    """A clause that tells: four words or more, no question, no attachment."""
    return len(clause.split()) >= 4 and not _NOT_STORY.search(clause)


@dataclass(frozen=True)
class PlansRead:
    """The unread emails the reader's plan guesses read, and the evidence they stand for."""

    read: list[Unread]
    hardship: list[Evidence]


def read_plans(unread: list[Unread], reader: ActReader, last_email: date | None,
               lexicon_hardship: list[Evidence]) -> PlansRead:
    """The unread customer emails that read as asking for time or to pay in parts.

    Unlike a complaint or a payment claim, a plan request the reader sees is *read*: the
    email leaves the unread list and the case is a payment-plan candidate (SPEC), which the
    cadence gate and a person's approval still stand between and the customer. So the guess
    stands only where code agrees with it: the customer's latest email, about this invoice
    alone, that asks (`_ASKS`) for time or for parts (`_TIME_OR_PARTS`), with the reader
    sure of the plan and seeing next to nothing of a complaint or a payment claim."""
    read: list[Unread] = []
    hardship: list[Evidence] = []
    for n, u in enumerate(unread):
        if not _weighable(u, last_email):
            continue
        # Only beside a plan request the lexicons read, and then only for the customer's
        # story: not a question, an attachment, an email unread as a whole, a clause that
        # turns to us or reports a payment (`evidence.story_clause`).
        if u.whole or not any(h.source == u.source for h in lexicon_hardship) or not all(
                _story(c) and story_clause(c) for c in u.clauses):
            continue
        guess = reader.read(u.body)
        if (guess.act != PLAN or guess.p(PLAN) < PLAN_P
                or guess.p(COMPLAINT, PAID) >= PLAN_DOUBT_P):
            continue
        if not (_ASKS.search(u.body) and _TIME_OR_PARTS.search(u.body)):
            continue
        # A plan request's words outweigh a short complaint beside it ("Could we pay it off
        # over three months? Your fitter left the skirting loose."): each clause the lexicons
        # left unread is weighed on its own.
        if any(reader.read(c).p(COMPLAINT, PAID) >= CLAUSE_DOUBT_P for c in u.clauses):
            continue
        read.append(u)
        hardship.append(_evidence(u, Kind.HARDSHIP, READ_PLAN, 9_000_000 + n))
    return PlansRead(read, hardship)

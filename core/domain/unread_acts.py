"""What the act reader may make of an email the lexicons left unread.

The fail-safe sends every such email to a person (`evidence.read_case`). The act reader
(`act_reader`) often sees what it asks; this module decides, in code, what that guess may
change, and fences each change:

- a complaint or a payment claim: the case still goes to a person, and SPEC's precedence
  names it a likely dispute (the outcome, never the route); only for the customer's latest
  email (a later one may take it back), and not for one that names another invoice;
- a plan request or a dated promise: only over a *plain* email (the customer's own, nothing
  in it read as an act for a person, nothing foreign, cut off or a payment notice) in which no
  sentence reads, on its own, as a complaint or a payment claim ("the pages came back bound
  upside down" beside "could we pay in parts?"), at or over a high probability; a promise
  also needs a day ahead within the horizon, told in a sentence about paying with no
  negation, condition or doubt in it.

Anything else stays unread, and a person reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from core.domain.act_reader import BENIGN, COMPLAINT, PAID, PLAN, PROMISE, ActReader
from core.domain.evidence import Evidence, Unread, shorten
from core.domain.evidence_acts import WAITS_LABEL
from core.domain.evidence_dates import find_date
from core.domain.evidence_lexicon import Kind

# Probabilities at or over which a guess stands, and how far ahead a promised day may be
# (measured across the corpora with weights trained without the set scored:
# docs/judgment.md, "The act reader").
DISPUTE_P = 0.7
PLAN_P = 0.7
PROMISE_P = 0.7
PROMISE_HORIZON = timedelta(days=60)
SENTENCE_CLAIM_P = 0.5  # a sentence that reads this much as a claim keeps the email unread
SENTENCE_ACT_P = 0.5  # a question must read this much as the act itself

READ_COMPLAINT = "reads as a complaint about the goods or the work (act reader)"
READ_PAID = "reads as saying the invoice is paid (act reader)"
READ_PLAN = "reads as asking for time or instalments (act reader)"
READ_PROMISE = "reads as a promise to pay on a day ahead (act reader)"

# The sentence that carries a promised day must be about paying, and say it plainly.
_SENTENCE = re.compile(r"[^.!?\n]+")
_PAYING = re.compile(
    r"\b(?:pa(?:y|id|ys|ying|yment|yments)|run|batch|transfer|cheque|check|remit\w*|settle\w*"
    r"|releas\w+|wire|ach|bacs|eft|funds?|clear\w*|schedul\w+|process\w*|go(?:es)? out"
    r"|sen[dt]|approv\w+)\b", re.IGNORECASE)
_DOUBT = re.compile(
    r"\b(?:not|no|never|cannot|can't|cant|won't|wont|unable|unless|if|provided|subject to"
    r"|depend\w*|maybe|perhaps|possibly|might|hope\w*|try\w*|until|till|wait\w*|once"
    r"|instead|rather|sorry|problem|issue|cancel\w*|withdr\w*|revers\w*|stop\w*|hold\w*"
    r"|correct\w*"
    # someone else's money: "our client pays on the 1st" is not a promise to pay us
    r"|clients?|customers?|tenants?|funders?|grants?|insurers?|buyers?|debtors?|council"
    r"|government)\b|n't\b|\?", re.IGNORECASE)


# "Will come back to you on the other one": an email about two invoices is a person's.
_OTHER_ONE = re.compile(r"\b(?:other|another|second|both)\s+(?:one|invoice|bill)s?\b",
                        re.IGNORECASE)


# "I told you this was paid but that was a different supplier; yours hasn't gone out yet":
# a payment claim the email itself takes back is no claim.
_NOT_PAID = re.compile(
    r"\b(?:has|have|is|was|were|had)(?:n't| not)\s+(?:yet\s+)?(?:been\s+)?(?:gone out|paid|sent"
    r"|processed|released|left|transferred|made)\b|\bnot (?:yet )?(?:been )?paid\b|\bnot yet\b"
    r"|\b(?:different|another|wrong|other) (?:supplier|vendor|company|payee)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ActsRead:
    """The evidence the reader's guesses stand for, and the emails still unread."""

    disputes: list[Evidence]
    paid: list[Evidence]
    hardship: list[Evidence]
    promise: Evidence | None
    unread: list[Unread]


def _evidence(u: Unread, kind: Kind, label: str, order: int,
              promise_date: date | None = None) -> Evidence:
    return Evidence(kind=kind, label=label, source=u.source, origin="customer email",
                    day=u.day, order=order, quote=shorten(u.quote), promise_date=promise_date)


def promised_day(u: Unread, as_of: date) -> date | None:
    """The day ahead a plain sentence about paying names, within the horizon, or None."""
    sent = u.day or as_of
    for sentence in _SENTENCE.findall(u.body):
        found = find_date(sentence, sent, u.day_first)
        if found is None:
            continue
        day = found[0]
        if (day > sent and as_of <= day <= as_of + PROMISE_HORIZON
                and _PAYING.search(sentence) and not _DOUBT.search(sentence)):
            return day
    return None


def _accounted_for(u: Unread, act: str, reader: ActReader) -> bool:
    """Every clause the lexicons left unread reads, on its own, as the act itself or as
    nothing that matters, and none as a complaint or a payment claim; a question must be the
    act itself ("Which work was this for?" beside a plan request asks something of us)."""
    if not u.clauses:
        return False
    for clause in u.clauses:
        guess = reader.read(clause)
        if guess.p(COMPLAINT, PAID) >= SENTENCE_CLAIM_P or guess.act not in (act, BENIGN):
            return False
        if "?" in clause and guess.p(act) < SENTENCE_ACT_P:
            return False
    return True


def _at_odds(u: Unread, kind: Kind, evidence: list[Evidence]) -> bool:
    """The lexicons read the other of the two acts in the same email (a promise where the
    reader sees a plan request, or the reverse), or a reason that asks for nothing: the two
    readings disagree, a person reads it."""
    other = Kind.PROMISE if kind is Kind.HARDSHIP else Kind.HARDSHIP
    # "We pay you after our client pays us" explains; SPEC's plan request asks for time or
    # instalments, and the lexicons read that this one does not.
    return any(e.source == u.source and (e.kind is other or e.label == WAITS_LABEL)
               for e in evidence)


def read_unread(unread: list[Unread], as_of: date, reader: ActReader,
                evidence: list[Evidence], last_email: date | None) -> ActsRead:
    """Each unread email's act, where the reader's guess may stand for it; `evidence` is
    what the lexicons read in the case, `last_email` the day of the customer's latest email
    (a complaint taken back in a later email is no dispute: only the latest is weighed)."""
    disputes: list[Evidence] = []
    paid: list[Evidence] = []
    hardship: list[Evidence] = []
    promise: Evidence | None = None
    still: list[Unread] = []
    for n, u in enumerate(unread):
        if not u.body.strip() or _OTHER_ONE.search(u.body):
            still.append(u)
            continue
        guess = reader.read(u.body)
        order = 9_000_000 + n  # after every message's own evidence
        latest = u.day is not None and (last_email is None or u.day >= last_email)
        if latest and not u.names_other and guess.act in (COMPLAINT, PAID) and guess.p(
                COMPLAINT, PAID) >= DISPUTE_P:
            if guess.act == COMPLAINT:
                disputes.append(_evidence(u, Kind.DISPUTE, READ_COMPLAINT, order))
            elif not _NOT_PAID.search(u.body):
                paid.append(_evidence(u, Kind.PAID, READ_PAID, order))
            still.append(u)  # a person still reads it: the reason names the email
            continue
        if u.names_other:
            still.append(u)
            continue
        if not u.plain or u.acted or guess.act not in (PLAN, PROMISE) or not _accounted_for(
                u, guess.act, reader):
            still.append(u)
            continue
        if guess.act == PLAN and guess.p(PLAN) >= PLAN_P and not _at_odds(
                u, Kind.HARDSHIP, evidence):
            hardship.append(_evidence(u, Kind.HARDSHIP, READ_PLAN, order))
            continue
        if guess.act == PROMISE and guess.p(PROMISE) >= PROMISE_P and not _at_odds(
                u, Kind.PROMISE, evidence):
            day = promised_day(u, as_of)
            if day is not None:
                promise = _evidence(u, Kind.PROMISE, READ_PROMISE, order, day)
                continue
        still.append(u)
    return ActsRead(disputes, paid, hardship, promise, still)

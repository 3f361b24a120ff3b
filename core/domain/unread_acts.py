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

from core.domain.act_reader import COMPLAINT, PAID, ActReader
from core.domain.evidence import Evidence, Unread, shorten
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
        latest = u.day is not None and (last_email is None or u.day >= last_email)
        if (not latest or u.names_other or u.source.startswith("note") or not u.body.strip()
                or _OTHER_ONE.search(u.body)):
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

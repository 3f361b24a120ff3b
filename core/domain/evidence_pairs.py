"""A contest told over two clauses: what we billed in one, what was received or done in the next.

"You've billed 312 pages | but the transcript we received is 268 pages", "You invoiced 40 boxes.
We received 32.", "Your technician was on site for 45 minutes | but it bills four hours": the
clause splitter cuts at "but" and at each sentence, and neither half contests anything alone.
Together they set a count on the invoice against another count: SPEC's "contests the amount,
the work or goods" (likely_dispute). Only clauses nothing else read are paired, so an act the
lexicons know (a promise, a plan request) is never turned into a contest.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    "|forty|fifty|sixty|seventy|eighty|ninety|hundred|half"
)
_NUMBER = rf"(?:\d[\d,]*(?:\.\d+)?|{_NUMBER_WORDS})"
# What we put on the invoice: a billing verb (ours or the invoice's), then a count within a few
# words ("billed 312 pages", "invoiced 40 boxes", "it bills four hours", "charged us for 6 hrs",
# "the invoice lists 9 hours", "billed for 20 units").
_BILLED = re.compile(
    r"\b(?:billed|charged|invoiced|bills|charges"
    r"|(?:invoice|bill|statement|it)\s+(?:has|shows?|says?|lists?|includes?|is for|covers?))\b"
    r"(?:\s+(?!(?:on|dated|from|since|until|till|by|in|address|date|due)\b)[^\s\d]+){0,4}?"
    rf"\s+(?P<n>{_NUMBER})\b"
    r"(?![/:.]\d)",
    re.IGNORECASE,
)
# A count in the other clause, not a date, a time of day or an ordinal ("the 3rd", "11/07",
# "12:30", "14 Oct" are days, not counts).
_COUNT = re.compile(
    rf"(?<![\w/:.,-])(?P<n>{_NUMBER})\b(?![/:.-]\d|st\b|nd\b|rd\b|th\b)"
    r"(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s*$", re.IGNORECASE
)
# A supposition or a question is not a contest: "if you billed 10 hours", "did you bill 3?".
_SUPPOSED = re.compile(
    r"^\W*(?:if|in case|should|suppose|whether|did|do|does|could|can|would|will)\b",
    re.IGNORECASE,
)

# Where a clause turns to the other count: a comma, "and", "yet", "while" ("billed 12 hours,
# they were here 8"); a rate after "at" ("12 hours at 85") is no count of its own.
_REST = re.compile(r",\s+|\s+(?:and|yet|while|whereas|when)\s+", re.IGNORECASE)

SPLIT_CONTEST_LABEL = "sets what was billed against what was received or done"


def _value(token: str) -> str:
    return token.lower().replace(",", "")


@lru_cache(maxsize=8192)
def billed_count(clause: str) -> str | None:
    """The count the clause says we billed, or None."""
    if _SUPPOSED.search(clause):
        return None
    match = _BILLED.search(clause)
    return _value(match.group("n")) if match else None


@lru_cache(maxsize=8192)
def counts(clause: str) -> frozenset[str]:
    """The counts a clause states (days, times of day and ordinals left out)."""
    if _SUPPOSED.search(clause) or clause.rstrip().endswith("?"):
        return frozenset()
    return frozenset(
        _value(m.group("n")) for m in _COUNT.finditer(clause)
        if not _MONTH_BEFORE.search(clause[: m.start()])
    )


def split_contest(clauses: list[str]) -> tuple[str, str] | None:
    """Two neighbouring unread clauses (billed, other) whose counts differ, or None."""
    for i, clause in enumerate(clauses):
        billed = billed_count(clause)
        if billed is None:
            continue
        # within the clause itself: "the crew billed 12 hours, they were here 8"
        match = _BILLED.search(clause)
        rest = _REST.split(clause[match.end():], maxsplit=1) if match else []
        if len(rest) > 1 and counts(rest[1]) - {billed}:
            return clause, rest[1]
        for j in (i - 1, i + 1, i + 2):
            if j == i or not 0 <= j < len(clauses):
                continue
            other = counts(clauses[j]) - {billed}
            if other and billed_count(clauses[j]) is None:
                return clause, clauses[j]
    return None

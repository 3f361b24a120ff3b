"""A dispute or legal hold on one invoice of a customer holds the drafts of all its invoices.

The judge reads one invoice's bundle, and SPEC has it set aside a complaint about a different
invoice (so `qbot triage` classifies this invoice on its own evidence). Sending a routine
reminder on invoice A while invoice B of the same customer is disputed, or the customer is on
legal hold, is still not something qbot does on its own: the overdue scan, which judges all of
a customer's open invoices together, sends such a draft to a person instead (pure).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.domain.decision import HardStop, Outcome, Route
from core.domain.triage import Judgment

LEGAL_HOLD, OPEN_DISPUTE, DISPUTE = "legal hold", "open dispute", "dispute"


def hold_of(judgment: Judgment) -> str | None:
    """What holds the customer because of this invoice's judgment, if anything."""
    if judgment.hard_stop is HardStop.LEGAL_HOLD:
        return LEGAL_HOLD
    if judgment.hard_stop is HardStop.OPEN_DISPUTE:
        return OPEN_DISPUTE
    if judgment.outcome is Outcome.LIKELY_DISPUTE:
        return DISPUTE
    return None


def held_by_another(
    doc_number: str, judgment: Judgment, judged: Sequence[tuple[str, Judgment]]
) -> Judgment:
    """`judgment` of invoice `doc_number`, sent to a person when another of the customer's
    invoices (`judged`: (doc number, judgment) of each) is disputed or on legal hold."""
    if judgment.route is not Route.DRAFT_FOR_APPROVAL:
        return judgment
    holds = [(doc, hold) for doc, j in judged if doc != doc_number and (hold := hold_of(j))]
    if not holds:
        return judgment
    legal = [doc for doc, hold in holds if hold == LEGAL_HOLD]
    if legal:
        reason = (
            f"legal hold on invoice {legal[0]} of this customer: the customer must not be "
            "contacted by the bot about any invoice"
        )
        stop: HardStop | None = HardStop.LEGAL_HOLD
    else:
        doc, hold = holds[0]
        reason = (
            f"{hold} on invoice {doc} of this customer: a person decides whether to remind "
            f"about invoice {doc_number} meanwhile"
        )
        stop = None
    return replace(
        judgment,
        route=Route.ESCALATE_TO_HUMAN,
        outcome=Outcome.HIGH_TOUCH_ESCALATION,
        hard_stop=stop,
        reasons=(*judgment.reasons, reason),
        draft_kind=None,
    )

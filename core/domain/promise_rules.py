"""Promises to pay and payment plans, kept by code: when they hold reminders, when they break.

The judge recognises a promise once (from an email or a note); from then on these rules, not a
re-reading of the email, decide. Pure: plain values in (dates, amounts, payments already read
from QuickBooks), decisions out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from core.domain.decision import Outcome, Route
from core.domain.triage import Judgment


class PromiseState(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    WITHDRAWN = "withdrawn"


class InstalmentState(StrEnum):
    OPEN = "open"
    PAID = "paid"
    MISSED = "missed"


@dataclass(frozen=True)
class AppliedPayment:
    """One payment line QuickBooks linked to an invoice (LinkedTxn), on its TxnDate."""

    invoice_id: str
    paid_on: date | None
    amount: Decimal


def paid_toward(
    payments: Iterable[AppliedPayment], invoices: Iterable[str], since: date
) -> Decimal:
    """What was applied to `invoices` on or after `since` (an undated line counts: QuickBooks
    dates every payment, so a line without one is ours to trust rather than drop)."""
    wanted = set(invoices)
    return sum(
        (p.amount for p in payments
         if p.invoice_id in wanted and (p.paid_on is None or p.paid_on >= since)),
        Decimal("0"),
    )


def promise_state(
    promised_on: date, amount: Decimal, paid: Decimal, open_balance: Decimal, as_of: date,
    grace_days: int, cancelled: bool = False,
) -> PromiseState:
    """Kept when paid in full (the amount, or nothing left open); withdrawn when its invoices
    were voided or deleted in QuickBooks before it was paid (nothing left to promise); broken
    once the promised day plus the grace days has passed without it; open until then."""
    if paid >= amount:
        return PromiseState.KEPT
    if cancelled:
        return PromiseState.WITHDRAWN
    if open_balance <= 0:
        return PromiseState.KEPT
    if as_of > promised_on + timedelta(days=grace_days):
        return PromiseState.BROKEN
    return PromiseState.OPEN


def instalments(balance: Decimal, start: date, count: int, interval_days: int
                ) -> list[tuple[date, Decimal]]:
    """Equal instalments of `balance`, every `interval_days` from `start` (the last absorbs
    the rounding): the schedule a payment-plan draft proposes and an approved plan records."""
    each = (balance / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return [
        (start + timedelta(days=interval_days * (i + 1)),
         balance - each * (count - 1) if i == count - 1 else each)
        for i in range(count)
    ]


def instalment_states(
    schedule: list[tuple[date, Decimal]], paid: Decimal, as_of: date, grace_days: int
) -> list[InstalmentState]:
    """Each instalment against what was paid since the plan was agreed, in order: paid while
    the payments cover it and every one before it; missed when its day plus grace passed
    uncovered; open otherwise."""
    states, due = [], Decimal("0")
    for day, amount in schedule:
        due += amount
        if paid >= due:
            states.append(InstalmentState.PAID)
        elif as_of > day + timedelta(days=grace_days):
            states.append(InstalmentState.MISSED)
        else:
            states.append(InstalmentState.OPEN)
    return states


class Hold(StrEnum):
    """What a recorded commitment does to an invoice's judgment."""

    WAIT = "wait"  # an open promise or a plan on track: no reminder
    ESCALATE = "escalate"  # a broken promise or a missed instalment: a person takes it


@dataclass(frozen=True)
class Commitment:
    """The commitment that governs one invoice now, and the reason that names it."""

    hold: Hold
    reason: str
    promised_on: date | None = None
    key: str = ""  # which promise or instalment: a broken one re-opens its own case once


def governed(judgment: Judgment, commitment: Commitment | None) -> Judgment:
    """The judgment after the commitment rules: code re-applies them whatever the judge read.

    A wait turns a draft into no action (a hard stop or an escalation still goes to a
    person); a broken commitment turns anything short of an escalation into a high-touch one."""
    if commitment is None:
        return judgment
    reasons = (*judgment.reasons, commitment.reason)
    if commitment.hold is Hold.WAIT:
        if judgment.route is not Route.DRAFT_FOR_APPROVAL:
            return judgment
        return replace(judgment, route=Route.NONE, outcome=Outcome.NO_ACTION, hard_stop=None,
                       reasons=reasons, draft_kind=None,
                       promise_date=commitment.promised_on or judgment.promise_date)
    if judgment.route is Route.ESCALATE_TO_HUMAN:
        return replace(judgment, reasons=reasons)
    return replace(judgment, route=Route.ESCALATE_TO_HUMAN,
                   outcome=Outcome.HIGH_TOUCH_ESCALATION, hard_stop=None, reasons=reasons,
                   draft_kind=None)

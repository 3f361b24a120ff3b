"""The nightly digest's figures, computed from plain rows (no I/O): aging, collections,
cases waiting, promises and expected collections, all in the company's home currency."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from core.domain.aging import AgingBucket
from core.domain.aging import bucket_of as aging_bucket
from core.domain.plain import plain_json

BUCKETS = tuple(b.value for b in AgingBucket)  # days past due, as the aging report groups them
OLDEST_NAMED = 3  # waiting cases named in the digest, oldest first
CHART_CUSTOMERS = 5  # customers drawn in their own colour; the rest are "Others"
OTHERS = "Others"
ZERO = Decimal("0.00")


def bucket_of(days_past_due: int) -> str | None:
    """The aging bucket's label for an invoice `days_past_due` days late (None: not overdue)."""
    bucket = aging_bucket(days_past_due)
    return bucket.value if bucket is not None else None


@dataclass(frozen=True)
class OpenInvoice:
    """An invoice with a balance left, in home currency."""

    invoice_id: str
    customer_id: str
    customer_name: str
    doc_number: str
    issued: date | None
    due: date | None
    home_balance: Decimal


@dataclass(frozen=True)
class Collection:
    """Money received against one invoice (a payment line), in home currency."""

    customer_id: str
    paid_on: date
    home_amount: Decimal
    invoice_issued: date | None  # the paid invoice's TxnDate: one days-to-pay sample


@dataclass(frozen=True)
class WaitingCase:
    """A proposed action nobody has decided yet."""

    action_id: int
    customer_name: str
    doc_number: str
    home_amount: Decimal
    since: datetime
    approvers: tuple[str, ...]  # who may decide it (Slack user ids); empty: nobody may


@dataclass(frozen=True)
class Promise:
    """A customer's promise to pay an invoice by a day (as the judge recorded it)."""

    invoice_id: str
    promised_for: date


@dataclass(frozen=True)
class DigestRows:
    """Everything the digest reads, already loaded."""

    day: date  # the company's local date
    now: datetime
    home_currency: str
    open_invoices: list[OpenInvoice]
    collections: list[Collection]
    new_cases: int
    waiting: list[WaitingCase]
    promises: list[Promise]
    sync_health: str
    yesterday_overdue: dict[str, Decimal] | None  # the figures posted yesterday, if any


@dataclass(frozen=True)
class WaitingLine:
    action_id: int
    customer_name: str
    doc_number: str
    home_amount: Decimal
    waiting_hours: int
    approvers: tuple[str, ...]


@dataclass(frozen=True)
class PromiseLine:
    invoice_id: str
    customer_name: str
    doc_number: str
    promised_for: date
    home_balance: Decimal


@dataclass(frozen=True)
class DigestFigures:
    """What the digest says; `to_json` is also what is stored as the day's record."""

    day: date
    home_currency: str
    overdue: dict[str, Decimal]
    overdue_invoices: dict[str, int]
    change: dict[str, Decimal] | None  # since yesterday's digest; None: no digest yesterday
    collected_today: Decimal
    new_cases: int
    waiting: int
    oldest_waiting: tuple[WaitingLine, ...]
    promises_due_tomorrow: tuple[PromiseLine, ...]
    broken_promises: tuple[PromiseLine, ...]
    expected_7: Decimal
    expected_30: Decimal
    sync_health: str
    # The chart's stacks: bucket -> customer (top CHART_CUSTOMERS, then Others) -> amount.
    aging_by_customer: dict[str, dict[str, Decimal]] = field(default_factory=dict)

    @property
    def total_overdue(self) -> Decimal:
        return sum(self.overdue.values(), ZERO)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types: money as strings with two decimals, days as ISO dates."""
        plain: dict[str, Any] = plain_json(asdict(self))
        return plain


def compute(rows: DigestRows) -> DigestFigures:
    """The digest of `rows.day`."""
    day = rows.day
    overdue = dict.fromkeys(BUCKETS, ZERO)
    counts = dict.fromkeys(BUCKETS, 0)
    by_customer: dict[str, dict[str, Decimal]] = {b: defaultdict(lambda: ZERO) for b in BUCKETS}
    for inv in rows.open_invoices:
        bucket = bucket_of((day - inv.due).days) if inv.due is not None else None
        if bucket is not None:
            overdue[bucket] += inv.home_balance
            counts[bucket] += 1
            by_customer[bucket][inv.customer_name] += inv.home_balance
    change = None
    if rows.yesterday_overdue is not None:
        change = {b: overdue[b] - rows.yesterday_overdue.get(b, ZERO) for b in BUCKETS}
    promised = _latest_promises(rows.promises)
    open_by_id = {inv.invoice_id: inv for inv in rows.open_invoices}
    tomorrow = day + timedelta(days=1)
    due_tomorrow = _promise_lines(promised, open_by_id, lambda d: d == tomorrow)
    broken = _promise_lines(promised, open_by_id, lambda d: d < day)
    return DigestFigures(
        day=day,
        home_currency=rows.home_currency,
        overdue=overdue,
        overdue_invoices=counts,
        change=change,
        collected_today=sum((c.home_amount for c in rows.collections if c.paid_on == day), ZERO),
        new_cases=rows.new_cases,
        waiting=len(rows.waiting),
        oldest_waiting=tuple(_waiting_lines(rows.waiting, rows.now)),
        promises_due_tomorrow=due_tomorrow,
        broken_promises=broken,
        expected_7=expected_collections(rows, promised, 7),
        expected_30=expected_collections(rows, promised, 30),
        sync_health=rows.sync_health,
        aging_by_customer=_top_customers(by_customer),
    )


def _latest_promises(promises: list[Promise]) -> dict[str, date]:
    """Per invoice, the day of the promise recorded last (rows come oldest first)."""
    latest: dict[str, date] = {}
    for p in promises:
        latest[p.invoice_id] = p.promised_for
    return latest


def _promise_lines(
    promised: dict[str, date], open_by_id: dict[str, OpenInvoice], keep: Any
) -> tuple[PromiseLine, ...]:
    # Only invoices still open: a promise kept (balance paid) is neither due nor broken.
    lines = [
        PromiseLine(inv.invoice_id, inv.customer_name, inv.doc_number, when, inv.home_balance)
        for invoice_id, when in promised.items()
        if (inv := open_by_id.get(invoice_id)) is not None and keep(when)
    ]
    return tuple(sorted(lines, key=lambda p: (p.promised_for, p.customer_name, p.invoice_id)))


def days_to_pay(collections: list[Collection]) -> dict[str, int]:
    """Each customer's median days from invoice date to payment (whole days)."""
    samples: dict[str, list[int]] = defaultdict(list)
    for c in collections:
        if c.invoice_issued is not None:
            samples[c.customer_id].append((c.paid_on - c.invoice_issued).days)
    return {cust: int(statistics.median(days)) for cust, days in samples.items()}


def expected_collections(rows: DigestRows, promised: dict[str, date], horizon: int) -> Decimal:
    """What should come in from tomorrow through `horizon` days: invoices under an open
    promise on the promised day; the others on their date plus the customer's median days to
    pay. An invoice later than its customer's habit, or of a customer with no payment history,
    is not counted: nothing says when it will come."""
    start, end = rows.day, rows.day + timedelta(days=horizon)
    habit = days_to_pay(rows.collections)
    total = ZERO
    for inv in rows.open_invoices:
        when: date | None = promised.get(inv.invoice_id)
        if when is None and inv.issued is not None and inv.customer_id in habit:
            when = inv.issued + timedelta(days=habit[inv.customer_id])
        if when is not None and start < when <= end:
            total += inv.home_balance
    return total


def _waiting_lines(waiting: list[WaitingCase], now: datetime) -> list[WaitingLine]:
    oldest = sorted(waiting, key=lambda w: (w.since, w.action_id))[:OLDEST_NAMED]
    return [
        WaitingLine(w.action_id, w.customer_name, w.doc_number, w.home_amount,
                    int((now - w.since).total_seconds() // 3600), w.approvers)
        for w in oldest
    ]


def _top_customers(by_customer: dict[str, dict[str, Decimal]]) -> dict[str, dict[str, Decimal]]:
    """The chart's stacks: the customers owing most overall by name, the rest as Others."""
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for amounts in by_customer.values():
        for name, amount in amounts.items():
            totals[name] += amount
    top = sorted(totals, key=lambda n: (-totals[n], n))[:CHART_CUSTOMERS]
    stacks: dict[str, dict[str, Decimal]] = {}
    for bucket in BUCKETS:
        stack = {name: by_customer[bucket].get(name, ZERO) for name in top}
        rest = sum((a for n, a in by_customer[bucket].items() if n not in top), ZERO)
        if len(totals) > len(top):
            stack[OTHERS] = rest
        stacks[bucket] = stack
    return stacks

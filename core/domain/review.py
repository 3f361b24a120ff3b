"""The weekly review's figures, computed from plain rows (no I/O): what the team's decisions
say about qbot's drafts. Every figure is derived from stored decisions and audit rows, never
from a counter, so a review can be recomputed for any past week.

- false positives: cards rejected, by reason;
- missed escalations: cases drafted as a routine reminder that within 30 days became a
  dispute, an escalation or a write-off (found in the review's period);
- rewrites: the share of approvals that were edited, and the mean normalized edit distance
  (rapidfuzz's Levenshtein, 0 = same text, 1 = nothing in common) between the draft and the
  sent text of the edited ones, by outcome and template;
- time to decision: median and p90 (nearest rank) from the card to the person's decision;
- reminders sent, and the money applied to their invoices within 14 days of a reminder.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from rapidfuzz.distance import Levenshtein

from core.domain import rejection
from core.domain.decision import HardStop, Outcome, Route
from core.domain.plain import plain_json

ESCALATION_WINDOW = timedelta(days=30)
COLLECTION_WINDOW = timedelta(days=14)
MISSED_LISTED = 10  # missed escalations named; the count says how many in all
ZERO = Decimal("0.00")

# Why a card was rejected: the reject form's choices (core.domain.rejection); rows without a
# code predate them.
REASONS: dict[str, str] = {code.value: label for code, label in rejection.REASON_LABELS.items()}
NO_REASON = "none"
REASON_LABELS = {**REASONS, NO_REASON: "No reason given"}

APPROVED, EDITED, REJECTED = "approved", "edited", "rejected"
# A person's decision on a card (the time to decision counts the first); qbot's own
# (superseded, expired) are not. Snoozed, resolved and drafted-anyway come from the card's
# life buttons (core.services.case_actions), `approval.<state>` rows like the others.
PERSON_DECISIONS = frozenset({APPROVED, EDITED, REJECTED, "snoozed", "resolved",
                              "drafted_anyway"})

DISPUTE, ESCALATION, WRITE_OFF = "dispute", "escalation", "write-off"


@dataclass(frozen=True)
class CaseRow:
    """A proposed action as the scan wrote it."""

    action_id: int
    invoice_id: str
    customer_name: str
    doc_number: str
    route: str
    outcome: str
    hard_stop: str | None
    template: str  # the draft's template ("reminder", "payment_plan"); "" without a draft
    created_at: datetime


@dataclass(frozen=True)
class DecisionRow:
    """One `approval.<state>` audit row: who did what to a card, and when."""

    action_id: int
    state: str  # approved | edited | rejected | snoozed | superseded | expired | ...
    at: datetime
    actor: str
    reason_code: str | None = None
    reason_text: str | None = None
    draft_text: str | None = None  # edited approvals: the text qbot drafted
    sent_text: str | None = None  # ... and the text the person sent instead


@dataclass(frozen=True)
class ReminderRow:
    """One reminder email sent (`email.sent`)."""

    action_id: int
    invoice_id: str
    sent_at: datetime
    sent_on: date  # the company's local date


@dataclass(frozen=True)
class PaymentLine:
    """Money applied to one invoice, in home currency, on the payment's date."""

    invoice_id: str
    paid_on: date
    home_amount: Decimal


@dataclass(frozen=True)
class WriteOff:
    """An invoice closed with less money applied than it asked for (credited or written
    off), when QuickBooks last changed it."""

    invoice_id: str
    at: datetime


@dataclass(frozen=True)
class ReviewRows:
    """Everything the review reads, already loaded. The period is [start, end)."""

    since: date
    until: date  # exclusive
    start: datetime
    end: datetime
    home_currency: str
    cases: list[CaseRow]  # the cases decided in the period, and every case 30 days before it
    decisions: list[DecisionRow]  # in the period, oldest first
    reminders: list[ReminderRow]  # sent in the period
    payments: list[PaymentLine]
    write_offs: list[WriteOff]


@dataclass(frozen=True)
class RejectReason:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class MissedEscalation:
    action_id: int
    invoice_id: str
    customer_name: str
    doc_number: str
    drafted_at: datetime
    became: str  # dispute | escalation | write-off
    became_at: datetime
    days_later: int


@dataclass(frozen=True)
class RewriteLine:
    outcome: str
    template: str
    approvals: int
    edited: int
    rewrite_rate: float  # edited / approvals
    mean_edit_distance: float | None  # over the edited approvals with both texts; None: none


@dataclass(frozen=True)
class ReviewFigures:
    """What the review says; `to_json` is what `qbot review --json` prints and is stored."""

    since: date
    until: date
    home_currency: str
    decisions: dict[str, int]  # by state, every card decision in the period
    rejected: int
    reject_reasons: tuple[RejectReason, ...]
    missed_escalations: int
    missed: tuple[MissedEscalation, ...]
    approvals: int
    edited: int
    rewrite_rate: float | None
    mean_edit_distance: float | None
    rewrites: tuple[RewriteLine, ...]
    decision_hours_median: float | None
    decision_hours_p90: float | None
    reminders_sent: int
    reminded_invoices: int
    collected_after_reminder: Decimal

    @property
    def empty(self) -> bool:
        return not (self.decisions or self.missed_escalations or self.reminders_sent)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types: money as strings with two decimals, times as ISO 8601."""
        plain: dict[str, Any] = plain_json(asdict(self))
        return plain


def template_of(outcome: str, route: str) -> str:
    """The template a case's draft comes from, for rows that predate recording it."""
    if route != Route.DRAFT_FOR_APPROVAL.value:
        return ""
    return "payment_plan" if outcome == Outcome.PAYMENT_PLAN_CANDIDATE.value else "reminder"


def edit_distance(draft: str, sent: str) -> float:
    """Normalized Levenshtein distance: 0.0 the same text, 1.0 nothing in common."""
    return float(Levenshtein.normalized_distance(draft.strip(), sent.strip()))


def nearest_rank(values: list[float], share: float) -> float | None:
    """The nearest-rank percentile: the smallest value with `share` of them at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)), 1) - 1]


def compute(rows: ReviewRows) -> ReviewFigures:
    """The review of [rows.start, rows.end)."""
    cases = {c.action_id: c for c in rows.cases}
    decisions = [d for d in rows.decisions if rows.start <= d.at < rows.end]
    by_state = Counter(d.state for d in decisions)
    rejected = [d for d in decisions if d.state == REJECTED]
    approvals = [d for d in decisions if d.state in (APPROVED, EDITED)]
    edited = [d for d in approvals if d.state == EDITED]
    hours = _decision_hours(decisions, cases)
    missed = missed_escalations(rows)
    return ReviewFigures(
        since=rows.since,
        until=rows.until,
        home_currency=rows.home_currency,
        decisions=dict(sorted(by_state.items())),
        rejected=len(rejected),
        reject_reasons=_reasons(rejected),
        missed_escalations=len(missed),
        missed=tuple(missed[:MISSED_LISTED]),
        approvals=len(approvals),
        edited=len(edited),
        rewrite_rate=len(edited) / len(approvals) if approvals else None,
        mean_edit_distance=_mean_distance(edited),
        rewrites=_rewrites(approvals, cases),
        decision_hours_median=statistics.median(hours) if hours else None,
        decision_hours_p90=nearest_rank(hours, 0.9),
        reminders_sent=len(rows.reminders),
        reminded_invoices=len({r.invoice_id for r in rows.reminders}),
        collected_after_reminder=collected_after(rows.reminders, rows.payments),
    )


def reason_code(decision: DecisionRow) -> str:
    code = (decision.reason_code or "").strip().lower()
    return code if code in REASONS else NO_REASON


def _reasons(rejected: list[DecisionRow]) -> tuple[RejectReason, ...]:
    counts = Counter(reason_code(d) for d in rejected)
    order = list(REASON_LABELS)
    return tuple(
        RejectReason(code, REASON_LABELS[code], n)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], order.index(kv[0])))
    )


def _distance(d: DecisionRow) -> float | None:
    """The edit's distance; None for an edit recorded without both texts."""
    if d.draft_text is None or d.sent_text is None:
        return None
    return edit_distance(d.draft_text, d.sent_text)


def _mean_distance(edited: list[DecisionRow]) -> float | None:
    found = [x for x in map(_distance, edited) if x is not None]
    return statistics.fmean(found) if found else None


def _rewrites(approvals: list[DecisionRow], cases: dict[int, CaseRow]) -> tuple[RewriteLine, ...]:
    groups: dict[tuple[str, str], list[DecisionRow]] = defaultdict(list)
    for d in approvals:
        case = cases.get(d.action_id)
        groups[(case.outcome, case.template) if case else ("unknown", "unknown")].append(d)
    lines = []
    for (outcome, template), group in groups.items():
        edits = [d for d in group if d.state == EDITED]
        lines.append(RewriteLine(outcome, template, len(group), len(edits),
                                 len(edits) / len(group), _mean_distance(edits)))
    return tuple(sorted(lines, key=lambda r: (-r.rewrite_rate, -r.approvals, r.outcome,
                                              r.template)))


def _decision_hours(decisions: list[DecisionRow], cases: dict[int, CaseRow]) -> list[float]:
    """Hours from each card to the person's first decision on it (in the period)."""
    first: dict[int, datetime] = {}
    for d in decisions:
        if d.state in PERSON_DECISIONS and d.action_id in cases:
            first.setdefault(d.action_id, d.at)
    return [(at - cases[n].created_at).total_seconds() / 3600 for n, at in first.items()]


def _became(case: CaseRow) -> str | None:
    """What a later case of the same invoice says the invoice turned into, if anything."""
    if case.outcome == Outcome.LIKELY_DISPUTE.value or case.hard_stop in (
        HardStop.OPEN_DISPUTE.value, HardStop.LEGAL_HOLD.value
    ):
        return DISPUTE
    if case.outcome == Outcome.HIGH_TOUCH_ESCALATION.value:
        return ESCALATION
    return None


def _routine(case: CaseRow) -> bool:
    return (case.route == Route.DRAFT_FOR_APPROVAL.value
            and case.outcome == Outcome.ROUTINE_REMINDER.value)


def missed_escalations(rows: ReviewRows) -> list[MissedEscalation]:
    """Routine drafts whose invoice, within 30 days, turned into a dispute, an escalation or
    a write-off, where that turn came in the period; each routine case once (its first turn)."""
    turns: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for c in rows.cases:
        became = _became(c)
        if became is not None:
            turns[c.invoice_id].append((c.created_at, became))
    for w in rows.write_offs:
        turns[w.invoice_id].append((w.at, WRITE_OFF))
    found = []
    for case in rows.cases:
        if not _routine(case):
            continue
        later = sorted(
            (at, what) for at, what in turns.get(case.invoice_id, [])
            if case.created_at < at <= case.created_at + ESCALATION_WINDOW
        )
        if later and rows.start <= later[0][0] < rows.end:
            at, what = later[0]
            found.append(MissedEscalation(
                case.action_id, case.invoice_id, case.customer_name, case.doc_number,
                case.created_at, what, at, (at - case.created_at).days))
    return sorted(found, key=lambda m: (m.became_at, m.action_id))


def collected_after(reminders: list[ReminderRow], payments: list[PaymentLine]) -> Decimal:
    """Money applied to a reminded invoice from the reminder's day through 14 days after;
    a payment line counts once however many reminders preceded it."""
    windows: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for r in reminders:
        windows[r.invoice_id].append((r.sent_on, r.sent_on + COLLECTION_WINDOW))
    return sum(
        (p.home_amount for p in payments
         if any(lo <= p.paid_on <= hi for lo, hi in windows.get(p.invoice_id, []))),
        ZERO,
    )

"""The values a customer draft and the internal summary are rendered from (pure)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.labels import ROUTE_LABELS, aging_phrase, decision_label
from core.domain.policy import Policy
from core.domain.promise_rules import instalments
from core.domain.triage import DraftKind, Judgment

_SYMBOLS = {"USD": "$", "CAD": "CA$", "AUD": "A$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}

# Tone by follow-up stage: a gentle nudge first, firmer once the invoice is weeks late.
_TONES = [(30, "final"), (14, "firm"), (7, "polite"), (0, "friendly")]

_NEXT_STEP = {
    Outcome.LIKELY_DISPUTE: "Review the customer's objection with the account owner before any "
    "further reminder; correct or explain the invoice.",
    Outcome.HIGH_TOUCH_ESCALATION: "Have the account owner contact the customer personally.",
    Outcome.PAYMENT_PLAN_CANDIDATE: "Review and approve the proposed payment plan.",
    Outcome.ROUTINE_REMINDER: "Approve or edit the reminder.",
    Outcome.NO_ACTION: "Nothing to do now; the case will be re-checked at the next stage.",
}


def format_money(amount: Decimal, currency: str) -> str:
    """'$1,234.50' for known symbols, else '1,234.50 CHF'."""
    symbol = _SYMBOLS.get(currency.upper())
    return f"{symbol}{amount:,.2f}" if symbol else f"{amount:,.2f} {currency}"


def tone_for(stage: int | None) -> str:
    """'friendly' (stage 1), 'polite' (7), 'firm' (14), 'final' (30 and later)."""
    for threshold, tone in _TONES:
        if (stage or 0) >= threshold:
            return tone
    return "friendly"


def plan_installments(case: CaseBundle, policy: Policy) -> list[dict[str, str]]:
    """Equal monthly installments of the open balance (the last absorbs rounding): the same
    schedule an approved plan records (core.domain.promise_rules.instalments)."""
    currency = case.currency
    schedule = instalments(case.balance, case.as_of, policy.plan_installments,
                           policy.plan_interval_days)
    return [{"number": str(i), "amount": format_money(amount, currency),
             "due_date": due.isoformat()} for i, (due, amount) in enumerate(schedule, start=1)]


def recommended_next_step(judgment: Judgment) -> str:
    """One line telling the finance owner what to do next."""
    if judgment.hard_stop is not None:
        return {
            "legal_hold": "Do not contact the customer; hand the case to whoever handles legal "
            "matters.",
            "open_dispute": "Resolve the recorded dispute before any reminder.",
            "over_risk_threshold": "A senior collector or finance lead handles this personally.",
            "unapplied_credit": "Apply the customer's unapplied payments / credit memos in "
            "QuickBooks, then re-check.",
            "missing_context": "Add the missing billing email or due date in QuickBooks, then "
            "re-check.",
        }[judgment.hard_stop.value]
    return _NEXT_STEP[judgment.outcome]


def draft_context(
    case: CaseBundle, judgment: Judgment, policy: Policy, company_name: str = "Accounts Receivable"
) -> dict[str, Any]:
    """Return the template context for the draft and the summary of one judged case."""
    return {
        "case_id": case.id,
        "as_of": case.as_of.isoformat(),
        "company_name": company_name,
        "customer_name": case.customer_name,
        "bill_to": case.bill_to() or "",
        "invoice_number": case.doc_number,
        "open_balance": format_money(case.balance, case.currency),
        "currency": case.currency,
        "home_amount": format_money(judgment.home_amount, case.home_currency),
        "due_date": case.due_date.isoformat() if case.due_date else "unknown",
        "days_past_due": judgment.days_past_due if judgment.days_past_due is not None else 0,
        "stage": judgment.stage or 0,
        "tone": tone_for(judgment.stage),
        "draft_kind": judgment.draft_kind.value if judgment.draft_kind else "",
        "is_plan": judgment.draft_kind is DraftKind.PAYMENT_PLAN,
        # Only a plan draft lists instalments; computing them for every case cost ~5 % of triage.
        "installments": plan_installments(case, policy)
        if judgment.draft_kind is DraftKind.PAYMENT_PLAN else [],
        "installment_count": policy.plan_installments,
        "decision_label": decision_label(judgment.outcome, judgment.hard_stop),
        "route_label": ROUTE_LABELS[judgment.route],
        "aging": aging_phrase(judgment.days_past_due if case.due_date else None, judgment.stage),
        "route": judgment.route.value,
        "outcome": judgment.outcome.value,
        "hard_stop": judgment.hard_stop.value if judgment.hard_stop else "",
        "reasons": list(judgment.reasons),
        "promise_date": judgment.promise_date.isoformat() if judgment.promise_date else "",
        "next_step": recommended_next_step(judgment),
        "drafted": judgment.route is Route.DRAFT_FOR_APPROVAL,
    }

"""One card per customer (policy `one_card_per_customer`): a customer's routine reminders
judged in one scan become one card whose one email names every invoice and the total.

Only routine reminders are folded, and only those going to the same address in the same
currency: a payment-plan draft, an escalation or a hard stop always keeps its own card.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from core.domain.decision import Decision, Draft, Outcome, Route
from core.domain.drafting import draft_context, format_money, tone_for
from core.domain.labels import aging_phrase
from core.domain.policy import Policy
from core.domain.triage import DraftKind
from core.ports import DraftRenderer
from core.services.scan_writes import Verdict, new_action

TEMPLATE = "customer_reminder"


def fold_routine(verdicts: list[Verdict], policy: Policy, renderer: DraftRenderer) -> list[Verdict]:
    """`verdicts` of one customer with its routine reminders folded into customer cards."""
    if not policy.one_card_per_customer:
        return verdicts
    groups: dict[tuple[str, str], list[Verdict]] = defaultdict(list)
    for v in verdicts:
        if _routine(v):
            groups[(v.invoice.currency, str((v.row or {}).get("send_to") or ""))].append(v)
    folded = {id(v) for group in groups.values() if len(group) > 1 for v in group}
    cards = [_customer_card(g, policy, renderer) for g in groups.values() if len(g) > 1]
    return [v for v in verdicts if id(v) not in folded] + cards


def _routine(v: Verdict) -> bool:
    return (
        v.row is not None
        and v.judgment is not None
        and v.case is not None
        and v.decision.route is Route.DRAFT_FOR_APPROVAL
        and v.decision.outcome is Outcome.ROUTINE_REMINDER
        and v.judgment.draft_kind is DraftKind.REMINDER
        and bool(v.row.get("send_to"))
    )


def invoice_words(numbers: list[str]) -> str:
    """'1001, 1002 and 1003'."""
    return numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " and " + numbers[-1]


def _customer_card(group: list[Verdict], policy: Policy, renderer: DraftRenderer) -> Verdict:
    members = sorted(
        group, key=lambda v: (v.invoice.due_date or date.max, v.invoice.doc_number, v.invoice.id)
    )
    first = members[0]
    assert first.case is not None and first.judgment is not None
    case, judgment, invoice = first.case, first.judgment, first.invoice
    total = sum((v.invoice.balance for v in members), Decimal(0))
    home = sum((Decimal(v.judgment.home_amount) for v in members if v.judgment), Decimal(0))
    stage = max((v.judgment.stage or 0 for v in members if v.judgment), default=0) or None
    days = max(int(v.judgment.days_past_due or 0) for v in members if v.judgment)
    numbers = [v.invoice.doc_number or v.invoice.qbo_id for v in members]
    reasons = [r for v in members for r in v.decision.reasons]
    context: dict[str, Any] = {
        **draft_context(case, judgment, policy),
        "invoice_count": len(members),
        "invoice_numbers": invoice_words(numbers),
        "invoices": [
            {
                "number": number,
                "amount": format_money(v.invoice.balance, v.invoice.currency),
                "due_date": v.invoice.due_date.isoformat() if v.invoice.due_date else "unknown",
                "days_past_due": int(v.judgment.days_past_due or 0) if v.judgment else 0,
            }
            for number, v in zip(numbers, members, strict=True)
        ],
        "open_balance": format_money(total, invoice.currency),
        "home_amount": format_money(home, case.home_currency),
        "stage": stage or 0,
        "tone": tone_for(stage),
        "days_past_due": days,
        "aging": aging_phrase(days, stage),
        "reasons": reasons,
    }
    decision = Decision(
        id=f"{invoice.realm_id}:customer:{invoice.customer_qbo_id}",
        route=Route.DRAFT_FOR_APPROVAL,
        outcome=Outcome.ROUTINE_REMINDER,
        hard_stop=None,
        reasons=reasons,
        draft=Draft(
            subject=renderer.render(f"{TEMPLATE}_subject", context),
            body=renderer.render(f"{TEMPLATE}_body", context),
        ),
        summary=renderer.render("customer_summary", context),
    )
    digest = hashlib.sha256("\n".join(v.digest for v in members).encode()).hexdigest()
    row = new_action(invoice, case, judgment, decision, digest)
    covered = ",".join(f"{v.invoice.qbo_id}@{v.judgment.stage if v.judgment else ''}"
                       for v in members)
    key = ":".join([
        invoice.realm_id, "customer", invoice.customer_qbo_id, Route.DRAFT_FOR_APPROVAL.value,
        Outcome.ROUTINE_REMINDER.value, hashlib.sha256(covered.encode()).hexdigest()[:32],
    ])
    row.update(case_key=key, balance=total, home_amount=home, stage=stage, days_past_due=days)
    return Verdict(invoice, digest, decision, key=key, row=row, template=TEMPLATE,
                   case=case, judgment=judgment, covers=members)

"""Property tests: every decision is valid, hard stops never draft, drafts name the invoice."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from core.adapters.templates import TemplateRenderer
from core.domain.decision import Decision, Route
from core.domain.policy import Policy
from core.services.triage import triage_case
from tests.unit.test_judge_support import email, make_case, note

PHRASES = [
    "", "The amount is wrong.", "We filed for bankruptcy.", "Can we pay in installments?",
    "We will pay on 2026-11-30.", "Please stop sending reminders.", "We are not disputing it.",
    "Invoice 1990 was overcharged.", "Mark this invoice as paid.",
]
RENDERER = TemplateRenderer()


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    days = draw(st.integers(-10, 120))
    balance = draw(st.decimals(-100, 20000, places=2, allow_nan=False, allow_infinity=False))
    due = (date(2026, 11, 20) - timedelta(days=days)).isoformat()
    raw = make_case(
        invoice={"Balance": float(balance), "DueDate": due,
                 "DocNumber": draw(st.sampled_from(["2001", "A-77", "INV9001"]))},
        emails=[email(draw(st.sampled_from(PHRASES)))],
        crm_notes=[note(draw(st.sampled_from(PHRASES)))],
        reminders_sent=[{"date": "2026-11-10", "stage": s}
                        for s in draw(st.lists(st.sampled_from([1, 7, 14, 30, 60]), max_size=4))],
        credit_memos=[{"Id": "9", "Balance": draw(st.sampled_from([0.0, 50.0, 30000.0]))}],
    )
    if draw(st.booleans()):
        raw["invoice"]["BillEmail"] = None
    return raw


@settings(max_examples=200, deadline=None)
@given(cases())
def test_decisions_are_valid_and_safe(raw: dict[str, Any]) -> None:
    decision = triage_case(raw, Policy(), RENDERER)
    Decision.model_validate(decision.to_json_dict())  # round-trips through the schema
    if decision.hard_stop is not None:
        assert decision.route is Route.ESCALATE_TO_HUMAN and decision.draft is None
    if decision.route is Route.DRAFT_FOR_APPROVAL:
        assert decision.draft is not None
        assert raw["invoice"]["DocNumber"] in decision.draft.body
        assert f"{raw['invoice']['Balance']:,.2f}" in decision.draft.body
    else:
        assert decision.draft is None
    if decision.route is not Route.NONE:
        assert decision.summary
    assert all(isinstance(r, str) and r for r in decision.reasons)

"""Drafts and summaries: context values, packaged templates, overrides, strictness."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.adapters.templates import TemplateRenderer
from core.domain.case import CaseBundle
from core.domain.decision import Route
from core.domain.drafting import draft_context, format_money, plan_installments, tone_for
from core.domain.policy import Policy
from core.domain.triage import decide
from core.errors import ConfigurationError
from core.services.triage import triage_case
from tests.unit.test_judge_support import email, make_case


def test_format_money() -> None:
    from decimal import Decimal
    assert format_money(Decimal("1234.5"), "USD") == "$1,234.50"
    assert format_money(Decimal("10"), "CHF") == "10.00 CHF"


@pytest.mark.parametrize(("stage", "tone"), [(1, "friendly"), (7, "polite"), (14, "firm"),
                                             (30, "final"), (60, "final")])
def test_tone_by_stage(stage: int, tone: str) -> None:
    assert tone_for(stage) == tone


def test_plan_installments_sum_to_balance() -> None:
    case = CaseBundle(make_case(invoice={"Balance": 100.0}))
    rows = plan_installments(case, Policy())
    assert [r["amount"] for r in rows] == ["$33.33", "$33.33", "$33.34"]


@pytest.mark.parametrize("days", [1, 7, 14, 30])
def test_reminder_names_invoice_balance_and_due_date(days: int) -> None:
    from datetime import date, timedelta
    due = (date(2026, 11, 20) - timedelta(days=days)).isoformat()
    decision = triage_case(make_case(invoice={"DueDate": due, "Balance": 1234.5}), Policy(),
                           TemplateRenderer())
    assert decision.route is Route.DRAFT_FOR_APPROVAL and decision.draft is not None
    for needle in ("2001", "$1,234.50", due):
        assert needle in decision.draft.body
    assert "2001" in decision.draft.subject and decision.summary


def test_plan_draft_proposes_installments() -> None:
    raw = make_case(emails=[email("Could we pay this in three monthly installments?")])
    decision = triage_case(raw, Policy(), TemplateRenderer())
    assert decision.draft is not None and "installments" in decision.draft.body
    assert "$166.66" in decision.draft.body and "2001" in decision.draft.body


def test_escalation_has_summary_but_no_draft() -> None:
    raw = make_case(invoice={"Balance": 25000})
    decision = triage_case(raw, Policy(), TemplateRenderer())
    assert decision.draft is None and decision.summary is not None
    assert "Over the risk threshold" in decision.summary and "Next step" in decision.summary
    assert "over_risk_threshold" not in decision.summary


def test_override_directory_wins(tmp_path: Path) -> None:
    (tmp_path / "reminder_subject.j2").write_text("Invoice {{ invoice_number }} - ACME AR")
    decision = triage_case(make_case(), Policy(), TemplateRenderer(tmp_path))
    assert decision.draft is not None and decision.draft.subject == "Invoice 2001 - ACME AR"


def test_unknown_field_in_edited_template_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "reminder_subject.j2").write_text("Invoice {{ invoice_nmber }}")
    with pytest.raises(ConfigurationError, match="reminder_subject"):
        triage_case(make_case(), Policy(), TemplateRenderer(tmp_path))


def test_missing_override_dir_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        TemplateRenderer(tmp_path / "nope")


def test_context_is_plain_values() -> None:
    case = CaseBundle(make_case())
    ctx = draft_context(case, decide(case, Policy()), Policy())
    assert ctx["invoice_number"] == "2001" and ctx["open_balance"] == "$500.00"
    assert ctx["days_past_due"] == 8 and ctx["stage"] == 7

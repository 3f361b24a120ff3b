"""The card's life rules without I/O: snooze dates, what a resolution re-judges, when a
reminder may be drafted anyway, and the policy keys that configure them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from core.domain.card_life import (
    draft_anyway_refusal,
    rejudged_on_resolution,
    resolution_record,
    snooze_problem,
    stale_since,
)
from core.domain.decision import HardStop, Outcome, Route
from core.domain.evidence_lexicon import LEXICONS, Kind
from core.domain.policy import Policy

TODAY = date(2026, 12, 2)


def test_snooze_dates_after_today_and_within_the_limit() -> None:
    assert snooze_problem(None, TODAY, 90) == "Pick the date the case should come back on."
    assert "after today" in (snooze_problem(TODAY, TODAY, 90) or "")
    assert "after today" in (snooze_problem(TODAY - timedelta(days=1), TODAY, 90) or "")
    assert snooze_problem(TODAY + timedelta(days=1), TODAY, 90) is None
    assert snooze_problem(TODAY + timedelta(days=90), TODAY, 90) is None
    assert "at most 90 days" in (snooze_problem(TODAY + timedelta(days=91), TODAY, 90) or "")


def test_only_a_dispute_or_a_paid_claim_is_judged_again() -> None:
    assert rejudged_on_resolution(HardStop.OPEN_DISPUTE, Outcome.LIKELY_DISPUTE)
    assert rejudged_on_resolution(None, Outcome.LIKELY_DISPUTE)
    for stop in (HardStop.LEGAL_HOLD, HardStop.OVER_RISK_THRESHOLD, HardStop.MISSING_CONTEXT,
                 HardStop.UNAPPLIED_CREDIT):
        assert not rejudged_on_resolution(stop, Outcome.LIKELY_DISPUTE)
    assert not rejudged_on_resolution(None, Outcome.HIGH_TOUCH_ESCALATION)


def test_the_resolution_is_worded_as_the_judge_reads_one() -> None:
    for stop in (HardStop.OPEN_DISPUTE, None):
        text = resolution_record(stop, Outcome.LIKELY_DISPUTE, "credit agreed")
        assert any(p.search(text) for _label, p in LEXICONS[Kind.RESOLVED])
        assert text.endswith("credit agreed")


def test_draft_anyway_never_for_a_legal_hold_or_nobody_to_write_to() -> None:
    esc = Route.ESCALATE_TO_HUMAN
    assert draft_anyway_refusal(esc, HardStop.OPEN_DISPUTE, "ap@x.example") is None
    assert "legal hold" in (draft_anyway_refusal(esc, HardStop.LEGAL_HOLD, "ap@x.example") or "")
    assert "no email" in (draft_anyway_refusal(esc, HardStop.MISSING_CONTEXT, None) or "")
    assert "already has a draft" in (
        draft_anyway_refusal(Route.DRAFT_FOR_APPROVAL, None, "ap@x.example") or "")


def test_stale_cutoff() -> None:
    now = datetime(2026, 12, 2, 9, tzinfo=UTC)
    assert stale_since(now, 0) is None
    assert stale_since(now, 24) == now - timedelta(hours=24)


def test_policy_keys_of_the_cards_life() -> None:
    policy = Policy.from_toml_dict({"stale_card_hours": 8, "max_snooze_days": 30,
                                    "draft_anyway_roles": ["admin"]})
    assert (policy.stale_card_hours, policy.max_snooze_days) == (8, 30)
    assert policy.draft_anyway_roles == ("admin",)
    assert Policy().draft_anyway_roles == ("finance_lead", "admin")
    with pytest.raises(ValueError, match="draft_anyway_roles"):
        Policy.from_toml_dict({"draft_anyway_roles": ["cfo"]})
    with pytest.raises(ValueError, match="draft_anyway_roles"):
        Policy.from_toml_dict({"draft_anyway_roles": "admin"})
    with pytest.raises(ValueError, match="stale_card_hours"):
        Policy.from_toml_dict({"stale_card_hours": -1})
    with pytest.raises(ValueError, match="max_snooze_days"):
        Policy.from_toml_dict({"max_snooze_days": 0})

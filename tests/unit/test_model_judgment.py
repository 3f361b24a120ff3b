"""merge(): the model may upgrade a routine case on quoted evidence; code keeps the safety rules."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from core.domain.case import CaseBundle
from core.domain.decision import HardStop, Outcome, Route
from core.domain.evidence_lexicon import Kind
from core.domain.model_judgment import FoundEvidence, ModelClassification, inert, merge
from core.domain.policy import Policy
from core.domain.triage import DraftKind, Judgment, decide
from tests.unit.test_judge_support import BEFORE_WINDOW, CUSTOMER, US, email, make_case

POLICY = Policy()
MISSED_DISPUTE = "Your technician left after twenty minutes and the heating is as cold as before."
MISSED_QUOTE = "the heating is as cold as before"
MISSED_HARDSHIP = "Business has been quiet since the summer."


def model(outcome: Outcome, *evidence: tuple[Kind, str], confidence: float = 0.9,
          **extra: Any) -> ModelClassification:
    return ModelClassification(
        outcome=outcome, confidence=confidence,
        evidence=[FoundEvidence(kind=k, source="customer email", quote=q) for k, q in evidence],
        **extra,
    )


def judged(raw: dict[str, Any]) -> tuple[CaseBundle, Judgment]:
    case = CaseBundle(raw)
    return case, decide(case, POLICY)


def model_reasons(j: Judgment) -> list[str]:
    return [r for r in j.reasons if r.startswith("model: ")]


def test_model_upgrades_routine_to_dispute_on_a_verbatim_quote() -> None:
    case, rules = judged(make_case(emails=[email(MISSED_DISPUTE, BEFORE_WINDOW)]))
    assert rules.route is Route.DRAFT_FOR_APPROVAL  # the lexicon misses this one
    got = merge(rules, model(Outcome.LIKELY_DISPUTE, (Kind.DISPUTE, MISSED_QUOTE)),
                case, POLICY)
    assert (got.route, got.outcome, got.hard_stop, got.draft_kind) == (
        Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE, None, None)
    assert got.reasons[: len(rules.reasons)] == rules.reasons
    assert any("upgraded routine_reminder to likely_dispute" in r for r in model_reasons(got))
    assert any("'the heating is as cold as before'" in r for r in model_reasons(got))


def test_model_upgrades_routine_to_payment_plan_draft() -> None:
    case, rules = judged(make_case(emails=[email(MISSED_HARDSHIP, BEFORE_WINDOW)]))
    got = merge(rules, model(Outcome.PAYMENT_PLAN_CANDIDATE,
                             (Kind.HARDSHIP, "Business has been quiet")), case, POLICY)
    assert (got.route, got.outcome, got.draft_kind) == (
        Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE, DraftKind.PAYMENT_PLAN)


@pytest.mark.parametrize("quote", [
    "we never received any of the goods",  # invented
    "leaks",  # too short to prove anything
    "",  # no evidence at all (see below)
])
def test_unverified_or_missing_evidence_changes_nothing(quote: str) -> None:
    case, rules = judged(make_case(emails=[email(MISSED_DISPUTE, BEFORE_WINDOW)]))
    evidence = [(Kind.DISPUTE, quote)] if quote else []
    got = merge(rules, model(Outcome.LIKELY_DISPUTE, *evidence, confidence=1.0), case, POLICY)
    assert (got.route, got.outcome, got.draft_kind) == (
        rules.route, rules.outcome, rules.draft_kind)
    assert any("kept routine_reminder" in r for r in model_reasons(got))
    if quote:
        assert any("not found verbatim" in r for r in model_reasons(got))


def test_low_confidence_upgrade_is_only_reported() -> None:
    case, rules = judged(make_case(emails=[email(MISSED_DISPUTE, BEFORE_WINDOW)]))
    got = merge(rules, model(Outcome.LIKELY_DISPUTE, (Kind.DISPUTE, MISSED_QUOTE),
                             confidence=0.3), case, POLICY)
    assert got.route is Route.DRAFT_FOR_APPROVAL and got.outcome is Outcome.ROUTINE_REMINDER


def test_evidence_kind_must_support_the_outcome() -> None:
    case, rules = judged(make_case(emails=[email(MISSED_DISPUTE, BEFORE_WINDOW)]))
    got = merge(rules, model(Outcome.LIKELY_DISPUTE, (Kind.HARDSHIP, MISSED_QUOTE)),
                case, POLICY)
    assert got.outcome is Outcome.ROUTINE_REMINDER


def test_our_own_email_is_not_evidence() -> None:
    ours = email("Sorry to hear the heating is as cold as before, we will send someone.",
                 sender=US, to=CUSTOMER)
    case, rules = judged(make_case(emails=[ours]))
    got = merge(rules, model(Outcome.LIKELY_DISPUTE, (Kind.DISPUTE, MISSED_QUOTE)),
                case, POLICY)
    assert got.route is Route.DRAFT_FOR_APPROVAL


def test_legal_hold_cannot_be_downgraded_or_reshaped() -> None:
    case, rules = judged(make_case(emails=[email("We have filed for Chapter 11 protection.")]))
    assert rules.hard_stop is HardStop.LEGAL_HOLD
    for outcome, evidence in [
        (Outcome.ROUTINE_REMINDER, ()),
        (Outcome.PAYMENT_PLAN_CANDIDATE, ((Kind.HARDSHIP, "filed for Chapter 11 protection"),)),
        (Outcome.LIKELY_DISPUTE, ((Kind.DISPUTE, "filed for Chapter 11 protection"),)),
        (Outcome.NO_ACTION, ()),
    ]:
        got = merge(rules, model(outcome, *evidence, confidence=1.0), case, POLICY)
        assert (got.route, got.outcome, got.hard_stop, got.draft_kind) == (
            Route.ESCALATE_TO_HUMAN, rules.outcome, HardStop.LEGAL_HOLD, None), outcome


def test_cadence_held_case_escalates_on_dispute_but_never_drafts() -> None:
    raw = make_case(emails=[email(MISSED_DISPUTE, BEFORE_WINDOW)],
                    reminders_sent=[{"date": "2026-11-19", "stage": 7}])
    case, rules = judged(raw)
    assert rules.route is Route.NONE  # stage 7 already reminded
    plan = merge(rules, model(Outcome.PAYMENT_PLAN_CANDIDATE,
                              (Kind.HARDSHIP, MISSED_QUOTE)), case, POLICY)
    assert plan.route is Route.NONE and plan.draft_kind is None
    dispute = merge(rules, model(Outcome.LIKELY_DISPUTE,
                                 (Kind.DISPUTE, MISSED_QUOTE)), case, POLICY)
    assert dispute.route is Route.ESCALATE_TO_HUMAN and dispute.outcome is Outcome.LIKELY_DISPUTE


def test_paid_invoice_stays_nothing_to_do() -> None:
    case, rules = judged(make_case(invoice={"Balance": 0.0},
                                   emails=[email(MISSED_DISPUTE, BEFORE_WINDOW)]))
    got = merge(rules, model(Outcome.LIKELY_DISPUTE, (Kind.DISPUTE, MISSED_QUOTE)),
                case, POLICY)
    assert (got.route, got.outcome) == (Route.NONE, Outcome.NO_ACTION)


def test_model_text_in_reasons_is_inert() -> None:
    body = "<!channel> the heating is as cold as before <http://evil.example|click>"
    case, rules = judged(make_case(emails=[email(body)]))
    got = merge(rules, model(Outcome.LIKELY_DISPUTE, (Kind.DISPUTE, body)), case, POLICY)
    added = model_reasons(got)
    assert added and all("<" not in r and ">" not in r for r in added)
    assert inert("a\n<@U123>  b", 100) == "a ‹@U123› b"
    assert len(inert("x" * 500)) == 160


@pytest.mark.parametrize("bad", [
    {"outcome": "mark_as_paid", "confidence": 0.5},
    {"outcome": "routine_reminder", "confidence": 1.5},
    {"outcome": "routine_reminder", "confidence": 0.5, "route": "draft_for_approval"},
    {"outcome": "routine_reminder", "confidence": 0.5, "promise_date": "soon"},
    {"outcome": "routine_reminder", "confidence": 0.5,
     "evidence": [{"kind": "approve_everything", "quote": "x"}]},
    {"outcome": "routine_reminder", "confidence": 0.5, "draft_body": "x" * 5000},
])
def test_schema_rejects_hostile_shapes(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ModelClassification.model_validate(bad)

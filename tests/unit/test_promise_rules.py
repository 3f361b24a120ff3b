"""The pure promise and payment-plan rules (core.domain.promise_rules)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.domain.decision import HardStop, Outcome, Route
from core.domain.promise_rules import (
    AppliedPayment,
    Commitment,
    Hold,
    InstalmentState,
    PromiseState,
    governed,
    instalment_states,
    instalments,
    paid_toward,
    promise_state,
)
from core.domain.triage import DraftKind, Judgment

D = Decimal
DAY = date(2026, 12, 1)


def _judgment(route: Route, outcome: Outcome, stop: HardStop | None = None) -> Judgment:
    kind = DraftKind.REMINDER if route is Route.DRAFT_FOR_APPROVAL else None
    return Judgment(route, outcome, stop, ("judge",), 20, 14, D("500"), None, kind)


def test_only_payments_linked_to_the_promise_s_invoices_since_it_was_made_count() -> None:
    payments = [
        AppliedPayment("1", date(2026, 11, 30), D("100")),  # before the promise
        AppliedPayment("1", DAY, D("40")),
        AppliedPayment("2", DAY, D("60")),
        AppliedPayment("3", DAY, D("999")),  # another invoice
    ]
    assert paid_toward(payments, ["1", "2"], DAY) == D("100")


def test_a_promise_is_open_through_its_grace_days_then_broken_unless_paid() -> None:
    def state(as_of: date, paid: str = "0", left: str = "500") -> PromiseState:
        return promise_state(DAY, D("500"), D(paid), D(left), as_of, 2)

    assert state(date(2026, 11, 28)) is PromiseState.OPEN
    assert state(date(2026, 12, 3)) is PromiseState.OPEN  # the last grace day
    assert state(date(2026, 12, 4)) is PromiseState.BROKEN
    assert state(date(2026, 12, 4), paid="499.99") is PromiseState.BROKEN
    assert state(date(2026, 12, 4), paid="500") is PromiseState.KEPT
    assert state(date(2026, 12, 4), left="0") is PromiseState.KEPT  # paid off another way
    voided = promise_state(DAY, D("500"), D("0"), D("0"), date(2026, 11, 28), 2, cancelled=True)
    assert voided is PromiseState.WITHDRAWN
    assert promise_state(DAY, D("500"), D("0"), D("500"), date(2026, 12, 2), 0) is (
        PromiseState.BROKEN)


def test_instalments_add_up_to_the_balance_and_are_tracked_in_order() -> None:
    schedule = instalments(D("1000.00"), DAY, 3, 30)
    assert [a for _d, a in schedule] == [D("333.33"), D("333.33"), D("333.34")]
    assert [d.isoformat() for d, _a in schedule] == ["2026-12-31", "2027-01-30", "2027-03-01"]
    assert instalment_states(schedule, D("333.33"), date(2027, 2, 2), 2) == [
        InstalmentState.PAID, InstalmentState.MISSED, InstalmentState.OPEN]
    assert instalment_states(schedule, D("333.33"), date(2027, 2, 1), 2) == [
        InstalmentState.PAID, InstalmentState.OPEN, InstalmentState.OPEN]
    assert instalment_states(schedule, D("1000"), date(2027, 6, 1), 2) == [
        InstalmentState.PAID] * 3


def test_a_wait_holds_drafts_only_and_a_break_escalates_naming_it() -> None:
    wait = Commitment(Hold.WAIT, "promise to pay recorded: …", DAY)
    held = governed(_judgment(Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER), wait)
    assert (held.route, held.outcome, held.draft_kind) == (Route.NONE, Outcome.NO_ACTION, None)
    assert held.promise_date == DAY and held.reasons[-1] == wait.reason
    stop = _judgment(Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE, HardStop.OPEN_DISPUTE)
    assert governed(stop, wait) == stop  # a hard stop still goes to a person
    broken = Commitment(Hold.ESCALATE, "broken promise: …", DAY, "broken-promise:1")
    out = governed(_judgment(Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER), broken)
    assert (out.route, out.outcome, out.draft_kind) == (
        Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION, None)
    assert out.reasons == ("judge", broken.reason)
    kept_stop = governed(stop, broken)
    assert kept_stop.hard_stop is HardStop.OPEN_DISPUTE and kept_stop.reasons[-1] == broken.reason
    assert governed(stop, None) is stop

"""The pure parts of `/qb overdue`: its words, the closest subcommand, promises, what is
happening on a customer, and who must approve."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.cards.help import closest
from bot.cards.overdue import page_value
from bot.ids import QbSubcommand
from bot.listeners.commands import overdue_filter
from bot.payloads import OverduePage
from core.domain.aging import AgingBucket
from core.domain.authority import Approvers, Role
from core.models import ProposedAction
from core.services.overdue import (
    CardRef,
    OverdueFilter,
    approver_needed,
    situation,
)
from core.services.promises import promise_day, promise_record

APPROVERS = Approvers(
    users={"U1": Role.COLLECTOR},
    limits={
        Role.COLLECTOR: Decimal(5000),
        Role.FINANCE_LEAD: Decimal(50000),
        Role.ADMIN: Decimal(10**6),
    },
)
AT = datetime(2026, 11, 20, tzinfo=UTC)


def _action(**kw: object) -> ProposedAction:
    base: dict[str, object] = {
        "realm_id": "1",
        "invoice_qbo_id": "9",
        "case_key": "k",
        "route": "draft_for_approval",
        "outcome": "routine_reminder",
        "state": "proposed",
        "home_amount": Decimal(100),
        "created_at": AT,
        "slack_channel": "C1",
        "slack_ts": "1.2",
    }
    return ProposedAction(**{**base, **kw})


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([], OverdueFilter()),
        (["--bucket", "90+"], OverdueFilter(bucket=AgingBucket.DAYS_90_PLUS)),
        (["--BUCKET=31-60", "Acme", "Co"], OverdueFilter("Acme Co", None, AgingBucket.DAYS_31_60)),
        (["Laurel", "&", "Pine"], OverdueFilter(customer="Laurel & Pine")),
    ],
)
def test_overdue_words(words: list[str], expected: OverdueFilter) -> None:
    assert overdue_filter(words) == expected


@pytest.mark.parametrize("words", [["--bucket"], ["--bucket", "0-30"], ["--bucket=91+"]])
def test_a_bad_bucket_is_explained(words: list[str]) -> None:
    said = overdue_filter(words)
    assert isinstance(said, str) and "`1-30`, `31-60`, `61-90`, `90+`" in said


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("overdeu", "overdue"),
        ("stauts", "status"),
        ("custmer", "customer"),
        ("conect", "connect"),
        ("xyzzy", None),
        ("", None),
    ],
)
def test_closest_subcommand(word: str, meant: str | None) -> None:
    assert closest(word) == (QbSubcommand(meant) if meant else None)


def test_page_value_round_trips_within_slack_limits() -> None:
    flt = OverdueFilter(customer="x" * 200, realm_id="123", bucket=AgingBucket.DAYS_61_90)
    raw = page_value(flt, 40).dump()
    assert len(raw) <= 2000
    assert OverduePage.parse(raw) == OverduePage(
        customer="x" * 200, realm_id="123", bucket="61-90", offset=40
    )


def test_promise_day_reads_the_scans_field_never_its_words() -> None:
    assert promise_day({"promise_date": "2026-12-01"}) == date(2026, 12, 1)
    assert promise_day({"promise_date": "soon"}) is None
    assert promise_day({"promise_date": 20261201}) is None
    # the reason text alone is not read: wording may change, the field is the contract
    assert promise_day({"reasons": ["promise_to_pay: x (by 2026-12-01, still ahead)"]}) is None
    assert promise_day({}) is None
    assert promise_day(promise_record(date(2026, 12, 4))) == date(2026, 12, 4)
    assert promise_record(None) == {}


def test_who_must_approve_by_amount() -> None:
    assert approver_needed(Decimal(5000), APPROVERS) == "a collector"
    assert approver_needed(Decimal("5000.01"), APPROVERS) == "a finance lead"
    assert approver_needed(Decimal(10**7), APPROVERS).startswith("nobody")


def test_situation_most_pressing_first() -> None:
    waiting = _action()
    dispute = _action(outcome="likely_dispute", route="escalate_to_human")
    escalated = _action(
        route="escalate_to_human", outcome="high_touch_escalation", hard_stop="legal_hold"
    )
    plan = _action(outcome="payment_plan_candidate", home_amount=Decimal(9000))
    sent = _action(state="done", decided_at=AT)
    promise = date(2026, 12, 1)
    assert situation([waiting, escalated, dispute], promise, APPROVERS).text.startswith("Dispute")
    said = situation([waiting, escalated], promise, APPROVERS)
    assert said.text.startswith("Escalated (legal hold)") and said.card is not None
    assert situation([waiting], promise, APPROVERS).text == "Promised to pay by 2026-12-01"
    assert situation([waiting, plan], None, APPROVERS).text == (
        "Payment plan draft waiting on a finance lead since 2026-11-20"
    )
    assert situation([waiting, waiting], None, APPROVERS).text == (
        "Reminder waiting on a collector since 2026-11-20 (+1 more)"
    )
    assert situation([sent], None, APPROVERS).text.startswith("Reminder approved 2026-11-20")
    assert situation([], None, APPROVERS).text.startswith("Nothing yet")


def test_situation_names_the_assignee_and_a_snooze_date() -> None:
    assigned = _action(assignee="U0DANA")
    said = situation([assigned], None, APPROVERS)
    assert said.text == "Reminder waiting on a collector since 2026-11-20"
    assert (said.assignee, said.snoozed_by) == ("U0DANA", None)
    snoozed = _action(state="snoozed", snoozed_until=date(2026, 12, 4), decided_by="U0LEE")
    sent = _action(state="done", decided_at=AT)
    said = situation([snoozed, sent], None, APPROVERS)
    assert said.text == "Snoozed until 2026-12-04: back in the queue that day"
    assert (said.snoozed_by, said.assignee, said.card) == ("U0LEE", None, CardRef("C1", "1.2"))
    # a live card still comes first; a woken snooze (no date left) says nothing of it
    assert situation([snoozed, assigned], None, APPROVERS).assignee == "U0DANA"
    woken = _action(state="snoozed", snoozed_until=None, decided_by="U0LEE")
    assert situation([woken, sent], None, APPROVERS).text.startswith("Reminder approved")

"""Promises to pay and payment plans kept by code over a sequence of days, against the QuickBooks
simulator: payments are made as a QuickBooks user would (its API), pulled, and the overdue
scan of each day decides from the recorded promise, not from a re-reading of the email."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, delete, select

from core.domain.decision import Outcome, Route
from core.domain.policy import Policy
from core.models import (
    AuditEntry,
    Customer,
    CustomerEmail,
    Invoice,
    PaymentPlanInstalment,
    Promise,
    ProposedAction,
)
from core.services.approvals import Actor
from core.services.collections import CollectionsService
from core.services.ingest import pull_all
from tests.harness import LEAD, TODAY, Loop, pay_in_full, scanned_loop


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with scanned_loop(engine, database_url, post_cards=False) as running:
        yield running


def _scan(loop: Loop, day: date, policy: Policy | None = None) -> None:
    """The day's overdue scan, the clock on that day too (what recorded_at / settled_at say)."""
    loop.clock.advance(days=(day - loop.clock.now().date()).days)
    c = loop.services.collections
    scan = CollectionsService(c.uow, c.clock, policy, c.renderer, c.channel) if policy else c
    scan.scan(loop.company.realm_id, day, loop.company.home_currency)


def _catalpa_promise(loop: Loop) -> Promise:
    """The sample company's Catalpa Coffee Roasters promised, by email, to pay in five days."""
    with loop.services.uow.session() as session:
        cust = session.exec(
            select(Customer).where(Customer.display_name == "Catalpa Coffee Roasters")
        ).one()
        [promise] = session.exec(
            select(Promise).where(Promise.customer_qbo_id == cust.qbo_id)
        ).all()
        return promise


def _audits(loop: Loop, kind: str) -> list[AuditEntry]:
    with loop.services.uow.session() as session:
        return list(session.exec(
            select(AuditEntry).where(AuditEntry.kind == kind).order_by(col(AuditEntry.id))
        ))


def _held(loop: Loop, invoice: str) -> dict[str, Any]:
    """The newest no-action entry of the invoice."""
    [*_, last] = [e.data for e in _audits(loop, "case.no_action") if e.data["invoice"] == invoice]
    return last


def _cards(loop: Loop, invoice: str) -> list[ProposedAction]:
    with loop.services.uow.session() as session:
        return list(session.exec(
            select(ProposedAction)
            .where(ProposedAction.invoice_qbo_id == invoice)
            .order_by(col(ProposedAction.id))
        ))


def _drafts(loop: Loop, invoice: str) -> list[int | None]:
    """The invoice's cards that drafted a customer message (reminder or plan)."""
    return [a.id for a in _cards(loop, invoice) if a.route == Route.DRAFT_FOR_APPROVAL.value]


def _pay(loop: Loop, invoice: str, amount: Decimal, on: date, request_id: str) -> None:
    """A payment entered in QuickBooks, linked to the invoice, then pulled."""
    inv = loop.qbo.read("Invoice", invoice)
    loop.qbo.create(
        "Payment",
        {"CustomerRef": inv["CustomerRef"], "TotalAmt": float(amount), "TxnDate": on.isoformat(),
         "Line": [{"Amount": float(amount),
                   "LinkedTxn": [{"TxnId": invoice, "TxnType": "Invoice"}]}]},
        request_id=request_id,
    )
    pull_all(loop.services.uow, loop.qbo)


def test_the_judges_promise_is_recorded_once_with_the_open_balance(loop: Loop) -> None:
    promise = _catalpa_promise(loop)
    [invoice] = promise.invoices
    assert promise.state == "open" and promise.promised_on > TODAY
    assert promise.source.startswith("customer email ")
    with loop.services.uow.session() as session:
        row = session.exec(select(Invoice).where(Invoice.qbo_id == invoice)).one()
    assert promise.amount == row.balance and promise.currency == row.currency
    _scan(loop, TODAY)  # the same email, read again: no second promise
    _scan(loop, TODAY + timedelta(days=1))
    again = _catalpa_promise(loop)
    assert again.id == promise.id and again.invoices == [invoice]
    assert [e.data["source"] for e in _audits(loop, "promise.recorded")].count(promise.source) == 1
    # A promise whose day had passed when first read is the judge's cadence, not one to keep.
    with loop.services.uow.session() as session:
        assert all(p.promised_on >= TODAY for p in session.exec(select(Promise)))
    assert not _audits(loop, "promise.broken")


def test_code_holds_the_reminder_without_the_email_then_escalates_the_broken_promise(
    loop: Loop,
) -> None:
    promise = _catalpa_promise(loop)
    [invoice] = promise.invoices
    with loop.services.uow.session() as session:
        # The email is gone from the bundle (mailbox trimmed): only the record holds now.
        session.execute(delete(CustomerEmail).where(
            col(CustomerEmail.customer_qbo_id) == promise.customer_qbo_id))
    before = len(_cards(loop, invoice))
    for day in (promise.promised_on - timedelta(days=1), promise.promised_on,
                promise.promised_on + timedelta(days=2)):  # ahead, the day, the last grace day
        _scan(loop, day)
        assert len(_cards(loop, invoice)) == before, day
        assert any(r.startswith("promise to pay recorded") for r in _held(loop, invoice)["reasons"])
    half = (promise.amount / 2).quantize(Decimal("0.01"))
    _pay(loop, invoice, half, promise.promised_on, "half-1")  # short of what was promised
    _scan(loop, promise.promised_on + timedelta(days=3))
    assert _catalpa_promise(loop).state == "broken"
    [broken] = [e for e in _audits(loop, "promise.broken")
                if e.subject == f"promise:{promise.id}"]
    assert broken.data["paid"] == str(half) and broken.data["grace_days"] == 2
    card = _cards(loop, invoice)[-1]
    assert card.route == Route.ESCALATE_TO_HUMAN.value
    assert card.outcome == Outcome.HIGH_TOUCH_ESCALATION.value
    assert card.draft_body is None
    assert any(r.startswith("broken promise:") and promise.promised_on.isoformat() in r
               for r in card.reasons)


def test_a_promise_paid_in_full_is_kept(loop: Loop) -> None:
    promise = _catalpa_promise(loop)
    [invoice] = promise.invoices
    pay_in_full(loop, invoice, "full-1")
    pull_all(loop.services.uow, loop.qbo)
    _scan(loop, promise.promised_on + timedelta(days=5))
    assert _catalpa_promise(loop).state == "kept"
    [kept] = [e for e in _audits(loop, "promise.kept") if e.subject == f"promise:{promise.id}"]
    assert kept.data["invoices"] == [invoice]
    assert not [e for e in _audits(loop, "promise.broken")
                if e.subject == f"promise:{promise.id}"]


def test_an_approved_plan_holds_reminders_until_an_instalment_is_missed(loop: Loop) -> None:
    with loop.services.uow.session() as session:
        plan = session.exec(
            select(ProposedAction)
            .where(ProposedAction.outcome == Outcome.PAYMENT_PLAN_CANDIDATE.value)
            .order_by(col(ProposedAction.id))
        ).first()
    assert plan is not None and plan.id is not None
    loop.services.approvals.approve(plan.id, plan.version, Actor(LEAD))
    with loop.services.uow.session() as session:
        rows = list(session.exec(
            select(PaymentPlanInstalment)
            .where(PaymentPlanInstalment.action_id == plan.id)
            .order_by(col(PaymentPlanInstalment.seq))
        ))
    assert [r.seq for r in rows] == [1, 2, 3]
    assert sum(r.amount for r in rows) == plan.balance
    assert [r.due_on for r in rows] == [TODAY + timedelta(days=30 * n) for n in (1, 2, 3)]
    # The schedule recorded is the one the customer was sent.
    assert all(r.due_on.isoformat() in (plan.draft_body or "") for r in rows)
    [recorded] = _audits(loop, "plan.recorded")
    assert recorded.subject == f"action:{plan.id}"

    invoice, first, second = plan.invoice_qbo_id, rows[0], rows[1]
    # Months pass: a policy under which aging alone escalates nothing, so that the judge
    # would draft the next stage's reminder and only the plan holds it.
    patient = Policy(high_touch_days=365, max_reminders_without_response=99)
    _pay(loop, invoice, first.amount, first.due_on, "plan-1")
    _scan(loop, first.due_on + timedelta(days=3), patient)  # paid on time: on track, no reminder
    assert _drafts(loop, invoice) == [plan.id]
    assert any(r.startswith("payment plan on track: 1 of 3")
               for r in _held(loop, invoice)["reasons"])
    assert [e.data["seq"] for e in _audits(loop, "plan.instalment_paid")] == [1]
    _scan(loop, second.due_on + timedelta(days=2), patient)  # within grace: still waiting
    assert _drafts(loop, invoice) == [plan.id]
    assert not _audits(loop, "plan.instalment_missed")
    _scan(loop, second.due_on + timedelta(days=3), patient)  # missed
    [missed] = _audits(loop, "plan.instalment_missed")
    assert missed.data["seq"] == 2 and missed.subject == f"action:{plan.id}"
    card = _cards(loop, invoice)[-1]
    assert card.route == Route.ESCALATE_TO_HUMAN.value
    assert any(r.startswith("payment plan instalment 2 of 3 missed") for r in card.reasons)


def test_a_promise_on_an_invoice_voided_in_quickbooks_is_withdrawn(loop: Loop) -> None:
    promise = _catalpa_promise(loop)
    [invoice] = promise.invoices
    inv = loop.qbo.read("Invoice", invoice)
    loop.qbo.void("Invoice", invoice, inv["SyncToken"], "void-1")
    pull_all(loop.services.uow, loop.qbo)
    _scan(loop, promise.promised_on + timedelta(days=5))
    assert _catalpa_promise(loop).state == "withdrawn"
    assert [e.subject for e in _audits(loop, "promise.withdrawn")] == [f"promise:{promise.id}"]

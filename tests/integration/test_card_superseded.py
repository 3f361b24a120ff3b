"""Superseded cards: when QuickBooks says the invoice was paid, voided or its amount changed
(a webhook event, applied by the event service), a waiting card is redrawn in place to say so
with its buttons gone, and an Approve from a card still on someone's screen is refused with
the reason. An amount change is followed by a new card for the new amount."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.ids import ActionId
from core.domain.decision import Outcome, Route
from core.domain.webhook_events import WebhookEvent, classic_key
from core.models import ProposedAction
from tests.harness import COLLECTOR, add_connection, scanned_loop
from tests.integration.test_bolt_rig import (
    TRANSPORTS,
    Rig,
    audit_rows,
    block_types,
    bolt_rig,
    card,
    first_action,
    reload,
)

WHEN = "2026-11-20T10:00:00-08:00"


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as rig:
        add_connection(loop.services, loop.company.realm_id, loop.company.timezone)
        yield rig


@pytest.fixture
def action(rig: Rig) -> ProposedAction:
    return first_action(
        rig.loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )


def _quickbooks_says(rig: Rig, entity: str, entity_id: str, op: str) -> None:
    """Deliver QuickBooks' webhook event and apply it, as the worker's event job does."""
    realm = rig.loop.company.realm_id
    key = classic_key(realm, entity, entity_id, op, WHEN)
    events = rig.loop.services.events
    events.record([WebhookEvent(realm, entity, entity_id, op, WHEN, "classic", key)])
    report = events.process_pending()
    assert (report.processed, report.failed) == (1, 0)
    rig.drain()  # the outbox redraws the card


def _cards_posted(rig: Rig) -> list[dict[str, object]]:
    """The messages posted to the channel itself (thread replies aside)."""
    posts = rig.loop.ssim.calls_to("chat.postMessage")
    return [c["args"] for c in posts if not c["args"].get("thread_ts")]


def _status(rig: Rig, action: ProposedAction) -> str:
    blocks = card(rig.loop, action)["blocks"]
    [status] = [b for b in blocks if b["block_id"].endswith("_status")]
    return str(status["text"]["text"])


def _assert_withdrawn(rig: Rig, action: ProposedAction, stale: dict[str, object], why: str) -> None:
    assert reload(rig.loop, action).state == "superseded"
    assert "actions" not in block_types(card(rig.loop, action))  # buttons gone
    withdrawn = f":recycle: *Superseded:* {why}. Nothing was sent from this card."
    assert _status(rig, action) == withdrawn
    # A click from a screen that still showed the old card is refused, saying why.
    told = len(rig.loop.ssim.calls_to("chat.postEphemeral"))
    assert rig.interact(stale).status == 200
    # told after the answer (bot.after_answer): wait for it
    refusal = rig.loop.ssim.wait_for_calls("chat.postEphemeral", told + 1)[-1]["args"]
    assert refusal["user"] == COLLECTOR
    assert refusal["text"] == (
        f":no_entry: This card was withdrawn: {why}. Nothing was sent from it; a newer card "
        "follows when there is still something to collect."
    )
    assert rig.loop.sink.messages == []
    last = audit_rows(rig.loop)[-1]
    assert (last.kind, last.data["attempted"]) == ("approval.refused", "approve")
    assert reload(rig.loop, action).state == "superseded"


def _pay(rig: Rig, invoice_id: str, amount: Decimal, request_id: str) -> str:
    """Record a payment of `amount` against the invoice in QuickBooks; return its Id."""
    invoice = rig.loop.qbo.read("Invoice", invoice_id)
    line = {"Amount": float(amount), "LinkedTxn": [{"TxnId": invoice_id, "TxnType": "Invoice"}]}
    body = {"CustomerRef": invoice["CustomerRef"], "TotalAmt": float(amount), "Line": [line]}
    return str(rig.loop.qbo.create("Payment", body, request_id=request_id).entity["Id"])


def test_paid_in_quickbooks_withdraws_the_card_in_place(rig: Rig, action: ProposedAction) -> None:
    stale = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    posts = len(_cards_posted(rig))
    payment = _pay(rig, action.invoice_qbo_id, action.balance, "test-pay-superseded")

    _quickbooks_says(rig, "Payment", payment, "Create")

    _assert_withdrawn(rig, action, stale, "The invoice was paid in full in QuickBooks")
    assert len(_cards_posted(rig)) == posts  # redrawn, no new card


def test_voided_in_quickbooks_withdraws_the_card(rig: Rig, action: ProposedAction) -> None:
    stale = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    invoice = rig.loop.qbo.read("Invoice", action.invoice_qbo_id)
    rig.loop.qbo.void("Invoice", invoice["Id"], invoice["SyncToken"], "test-void-superseded")

    _quickbooks_says(rig, "Invoice", action.invoice_qbo_id, "Void")

    _assert_withdrawn(rig, action, stale, "The invoice was voided in QuickBooks")


def test_amount_changed_withdraws_the_card_and_a_new_one_asks_for_the_new_amount(
    rig: Rig, action: ProposedAction
) -> None:
    stale = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    part = Decimal("100.00")
    payment = _pay(rig, action.invoice_qbo_id, part, "test-part-pay-superseded")
    left = action.balance - part

    _quickbooks_says(rig, "Payment", payment, "Create")

    why = f"The amount due changed in QuickBooks from ${action.balance:,.2f} to ${left:,.2f}"
    _assert_withdrawn(rig, action, stale, why)
    with rig.loop.services.uow.session() as session:
        [fresh] = session.exec(
            select(ProposedAction)
            .where(ProposedAction.invoice_qbo_id == action.invoice_qbo_id)
            .where(ProposedAction.state == "proposed")
            .order_by(col(ProposedAction.id))
        ).all()
    assert fresh.id != action.id and fresh.balance == left and fresh.slack_ts is not None
    assert f"${left:,.2f}" in (fresh.draft_body or "")
    assert "Approve" in json.dumps(card(rig.loop, fresh)["blocks"])

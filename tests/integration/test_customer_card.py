"""One card per customer and the customer's whole picture on every card, through the bolt App
over HTTP against the Slack simulator, QuickBooks simulator and SMTP sink.

Tamarack Brewing Co. (customer 18) owes invoice 1402 (17 days past due); the tests add two more
overdue invoices of theirs in QuickBooks before the scan."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.ids import ActionId, BlockId, InputId
from core.domain.policy import Policy
from core.domain.webhook_events import WebhookEvent, classic_key
from core.models import CardInvoice, ProposedAction, ReminderSent
from core.services.collections import CollectionsService
from core.services.ingest import import_context, pull_all
from tests.harness import (
    CHANNEL,
    COLLECTOR,
    TODAY,
    Loop,
    add_connection,
    pay_in_full,
    running_loop,
    scan_sample,
)
from tests.integration.test_bolt_rig import Rig, block_types, bolt_rig, card, reload
from tests.integration.test_qb_overdue import ask, sections

CUSTOMER = {"name": "Tamarack Brewing Co.", "value": "18"}
MAIL = "jess@tamarackbrew.example"
WHEN = "2026-11-20T10:00:00-08:00"


def _add_invoice(loop: Loop, doc: str, due: str, amount: float, status: str = "") -> str:
    body: dict[str, Any] = {
        "DocNumber": doc,
        "TxnDate": "2026-10-10",
        "DueDate": due,
        "CustomerRef": CUSTOMER,
        "BillEmail": {"Address": MAIL},
        "Line": [
            {
                "Amount": amount,
                "DetailType": "SalesItemLineDetail",
                "SalesItemLineDetail": {"ItemRef": {"value": "8"}, "Qty": 1, "UnitPrice": amount},
            }
        ],
        "CustomField": [
            {"DefinitionId": "2", "Name": "Collections Status", "Type": "StringType",
             "StringValue": status}
        ],
    }
    made = loop.qbo.create("Invoice", body, request_id=f"add-{doc}", marker=("DocNumber", doc))
    return str(made.entity["Id"])


def _customer_cards(loop: Loop) -> list[ProposedAction]:
    with loop.services.uow.session() as session:
        return list(
            session.exec(
                select(ProposedAction)
                .where(ProposedAction.customer_name == CUSTOMER["name"])
                .order_by(col(ProposedAction.id))
            ).all()
        )


def _text(message: dict[str, Any]) -> str:
    return json.dumps(message["blocks"], ensure_ascii=False)


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with running_loop(engine, database_url) as loop:
        add_connection(loop.services, loop.company.realm_id, loop.company.timezone)
        yield loop


@pytest.fixture
def three(loop: Loop) -> dict[str, str]:
    """Tamarack's three overdue invoices (doc number -> QuickBooks id), scanned and carded."""
    ids = {
        "1402": "880",
        "T-2": _add_invoice(loop, "T-2", "2026-11-12", 300.0),
        "T-3": _add_invoice(loop, "T-3", "2026-11-16", 150.0),
    }
    scan_sample(loop)
    return ids


@pytest.fixture
def rig(loop: Loop, three: dict[str, str]) -> Iterator[Rig]:
    with bolt_rig(loop, "http") as rig:
        yield rig


def test_one_card_carries_every_routine_invoice_and_one_email_covers_them(
    rig: Rig, three: dict[str, str]
) -> None:
    loop = rig.loop
    [action] = [a for a in _customer_cards(loop) if a.state == "proposed"]
    assert action.route == "draft_for_approval" and action.outcome == "routine_reminder"
    assert action.balance == Decimal("1170.00") and action.invoice_qbo_id == "880"
    with loop.services.uow.session() as session:
        lines = session.exec(
            select(CardInvoice).where(CardInvoice.action_id == action.id)
        ).all()
    assert [(r.doc_number, r.balance, r.days_past_due, r.stage) for r in lines] == [
        ("1402", Decimal("720.00"), 17, 14),
        ("T-2", Decimal("300.00"), 8, 7),
        ("T-3", Decimal("150.00"), 4, 1),
    ]
    # The card names each invoice with its amount and days past due, and the total.
    shown = _text(card(loop, action))
    assert "3 invoices in one email* ($1,170.00 open in all)" in shown
    for line in ("Invoice 1402 · $720.00 · 17 days", "Invoice T-2 · $300.00 · 8 days",
                 "Invoice T-3 · $150.00 · 4 days"):
        assert line in shown
    assert card(loop, action)["blocks"][0]["text"]["text"].endswith("Invoices 1402, T-2 and T-3")
    # The one draft names every invoice number and the total open balance.
    body = action.draft_body or ""
    for doc in three:
        assert f"Invoice {doc}:" in body
    assert "Total open balance: $1,170.00" in body

    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(action)  # an Approve is decided after its answer
    rig.drain()

    [mail] = loop.sink.messages
    assert mail["To"] == MAIL and mail["Subject"] == action.draft_subject
    assert reload(loop, action).state == "done"
    stages = {"1402": 14, "T-2": 7, "T-3": 1}
    for doc, qbo_id in three.items():  # the status note written back to EACH invoice
        invoice = loop.qsim.entity("Invoice", qbo_id)
        assert invoice["PrivateNote"].endswith(
            f"reminder stage {stages[doc]} sent, approved by @{COLLECTOR}"
        )
        status = {f["Name"]: f.get("StringValue") for f in invoice["CustomField"]}
        assert status["Collections Status"] == f"Reminder {stages[doc]} sent"
    with loop.services.uow.session() as session:
        sent = {(r.invoice_qbo_id, r.stage) for r in session.exec(select(ReminderSent))}
    assert {(three[d], s) for d, s in stages.items()} <= sent
    # Written once each: the outbox running the note again finds every line and writes none.
    notes = [loop.qsim.entity("Invoice", i)["PrivateNote"] for i in three.values()]
    report = loop.services.collections.scan(loop.company.realm_id, TODAY, "USD")
    assert [a.id for a in _customer_cards(loop) if a.state == "proposed"] == []
    assert report.proposed == 0
    assert notes == [loop.qsim.entity("Invoice", i)["PrivateNote"] for i in three.values()]


def _edit(rig: Rig, action: ProposedAction, body: str) -> Any:
    """Edit on the card, then submit the modal Slack opened with `body` (the bolt App over
    HTTP); returns the modal's answer."""
    assert rig.click(action, ActionId.EDIT, COLLECTOR).status == 200
    [opened, *_] = reversed(rig.loop.ssim.calls_to("views.open"))
    values: dict[str, dict[str, str | None]] = {
        BlockId.EDIT_SUBJECT: {InputId.EDIT_SUBJECT: action.draft_subject},
        BlockId.EDIT_BODY: {InputId.EDIT_BODY: body},
    }
    view: dict[str, Any] = opened["response"]["view"]
    answer = rig.interact(rig.loop.ssim.submit(view["id"], values, COLLECTOR))
    assert answer.status == 200
    return answer.json() if answer.body else None


def test_an_edit_must_keep_every_invoice_number_and_amount(
    rig: Rig, three: dict[str, str]
) -> None:
    loop = rig.loop
    [action] = [a for a in _customer_cards(loop) if a.state == "proposed"]
    body = action.draft_body or ""
    dropped = _edit(rig, action, body.replace("Invoice T-2: $300.00", "One more: $300.00"))
    assert dropped == {
        "response_action": "errors",
        "errors": {BlockId.EDIT_BODY: "The message must still say the invoice number T-2."},
    }
    changed = _edit(rig, action, body.replace("$300.00", "$30.00"))
    assert changed["errors"][BlockId.EDIT_BODY] == (
        "The amount cannot be changed here: 30.00 is not what the invoice says (1,170.00 due)."
    )
    assert reload(loop, action).state == "proposed"
    kept = body.replace("Hello", "Dear")
    assert _edit(rig, action, kept) is None  # accepted: the modal closes
    rig.drain()
    [mail] = loop.sink.messages
    assert mail.get_content().strip().splitlines() == kept.strip().splitlines()
    assert reload(loop, action).state == "done"


def test_one_invoice_paid_updates_the_card_in_place_and_a_new_card_covers_the_rest(
    rig: Rig, three: dict[str, str]
) -> None:
    loop = rig.loop
    [action] = [a for a in _customer_cards(loop) if a.state == "proposed"]
    pay_in_full(loop, three["T-2"], "pay-t2")
    _quickbooks_says(rig, three["T-2"])

    old = reload(loop, action)
    assert old.state == "superseded"
    redrawn = card(loop, action)
    assert "actions" not in block_types(redrawn)
    assert "Invoice T-2 was paid in full in QuickBooks" in _text(redrawn)
    [fresh] = [a for a in _customer_cards(loop) if a.state == "proposed"]
    assert fresh.balance == Decimal("870.00") and fresh.slack_ts
    shown = _text(card(loop, fresh))
    assert "Invoice 1402 · $720.00" in shown and "Invoice T-3 · $150.00" in shown
    assert "Invoice T-2 ·" not in shown


def test_a_dispute_on_another_invoice_holds_every_draft_and_shows_on_every_card(
    loop: Loop,
) -> None:
    disputed = _add_invoice(loop, "T-9", "2026-11-10", 410.0, status="Disputed")
    _add_invoice(loop, "T-2", "2026-11-12", 300.0)
    scan_sample(loop)
    cards = _customer_cards(loop)
    assert {(a.doc_number, a.route) for a in cards} == {
        ("T-9", "escalate_to_human"),
        ("1402", "escalate_to_human"),
        ("T-2", "escalate_to_human"),
    }  # no customer draft, no customer card while a dispute is open
    for action in cards:
        shown = _text(card(loop, action))
        assert "Open dispute on" in shown
        if action.invoice_qbo_id != disputed:
            assert "open dispute on invoice T-9 of this customer" in " ".join(action.reasons)
            assert "invoice T-9" in shown
        # The customer's whole picture: the other open invoices with their amounts.
        assert "*Also for this customer:* other open invoices" in shown
    assert loop.sink.messages == []
    # `/qb customer` answers the same picture: the dispute, with the other open invoices.
    with bolt_rig(loop, "http") as rig:
        seen, _ = ask(rig, "customer Tamarack")
    said = {s.splitlines()[0]: s for s in sections(seen, "customer_")}
    assert said["*Disputes and legal holds*"] == "*Disputes and legal holds*\n• T-9: open dispute"


def test_with_the_option_off_each_invoice_keeps_its_own_card(loop: Loop) -> None:
    _add_invoice(loop, "T-2", "2026-11-12", 300.0)
    c, s = loop.company, loop.services
    pull_all(s.uow, loop.qbo)  # the scan_sample steps, with a policy of its own
    import_context(s.uow, c.realm_id, c.emails, c.crm_notes, c.reminders_sent)
    apart = Policy(one_card_per_customer=False)
    scan = CollectionsService(s.uow, s.clock, apart, s.renderer, CHANNEL)
    scan.scan(c.realm_id, TODAY, c.home_currency)
    cards = _customer_cards(loop)
    assert sorted((a.doc_number, str(a.balance)) for a in cards) == [
        ("1402", "720.00"), ("T-2", "300.00")
    ]


def _quickbooks_says(rig: Rig, invoice_id: str) -> None:
    """QuickBooks' webhook event for the invoice, applied as the worker's event job does."""
    realm = rig.loop.company.realm_id
    key = classic_key(realm, "Invoice", invoice_id, "Update", WHEN)
    events = rig.loop.services.events
    events.record([WebhookEvent(realm, "Invoice", invoice_id, "Update", WHEN, "classic", key)])
    assert events.process_pending().failed == 0
    rig.drain()


def test_a_part_payment_of_one_invoice_redraws_the_card_naming_it_and_asks_anew(
    rig: Rig, three: dict[str, str]
) -> None:
    loop = rig.loop
    [action] = [a for a in _customer_cards(loop) if a.state == "proposed"]
    invoice = loop.qbo.read("Invoice", three["T-3"])
    line = {"Amount": 50.0, "LinkedTxn": [{"TxnId": three["T-3"], "TxnType": "Invoice"}]}
    body = {"CustomerRef": invoice["CustomerRef"], "TotalAmt": 50.0, "Line": [line]}
    loop.qbo.create("Payment", body, request_id="part-t3")
    _quickbooks_says(rig, three["T-3"])

    assert reload(loop, action).state == "superseded"
    said = _text(card(loop, action))
    assert "The amount due of invoice T-3 changed in QuickBooks from $150.00 to $100.00" in said
    [fresh] = [a for a in _customer_cards(loop) if a.state == "proposed"]
    assert fresh.balance == Decimal("1120.00")
    assert "Invoice T-3 · $100.00" in _text(card(loop, fresh))


def test_an_invoice_paid_after_approval_stops_the_one_email_and_says_which(
    rig: Rig, three: dict[str, str]
) -> None:
    loop = rig.loop
    [action] = [a for a in _customer_cards(loop) if a.state == "proposed"]
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(action)  # an Approve is decided after its answer
    pay_in_full(loop, three["T-3"], "pay-t3-late")  # QuickBooks changes before the send
    rig.drain()

    assert loop.sink.messages == []
    after = reload(loop, action)
    assert after.state == "superseded"
    assert after.status_note == "Not sent: invoice T-3 is paid or voided since the card was posted"
    for qbo_id in three.values():  # nothing written back to any of them
        assert "approved by" not in (loop.qsim.entity("Invoice", qbo_id).get("PrivateNote") or "")


def test_a_snoozed_customer_card_holds_every_invoice_it_covers(
    rig: Rig, three: dict[str, str]
) -> None:
    """Snoozing a customer card puts off all of its invoices, not only the one it is filed
    under: the next scans draft no card for any of them before the date."""
    from datetime import date, timedelta

    from tests.integration.test_card_life import a_date, open_modal, submit

    loop = rig.loop
    [action] = [a for a in _customer_cards(loop) if a.state == "proposed"]
    view = open_modal(rig, action, ActionId.SNOOZE, COLLECTOR)
    answer = submit(rig, view, a_date(date(2026, 12, 9)), COLLECTOR)
    assert (answer.status, answer.body) == (200, "")
    assert reload(loop, action).state == "snoozed"
    rig.drain()
    for later in (TODAY, TODAY + timedelta(days=3)):  # T-2 and T-3 reach a new stage meanwhile
        loop.services.collections.scan(loop.company.realm_id, later, "USD")
        assert [a.id for a in _customer_cards(loop) if a.state == "proposed"] == [], later
    # The invoice the card is filed under is paid: the other two still sleep until the date,
    # though a card for them alone would be filed under T-2.
    pay_in_full(loop, three["1402"], "pay-1402-asleep")
    _quickbooks_says(rig, three["1402"])
    loop.services.collections.scan(loop.company.realm_id, TODAY + timedelta(days=4), "USD")
    assert [a.id for a in _customer_cards(loop) if a.state == "proposed"] == []

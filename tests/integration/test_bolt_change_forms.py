"""`/qb expense`, `/qb invoice` and an invoice's Edit through the product's bolt App, with
signed requests (straight to `App.dispatch` and over HTTP) against the Slack simulator: the
form opens with the command's trigger_id, bad answers come back inside the form and stage
nothing, a good one stages exactly one change submitted by the Slack user (checked by the
import's own RowChecker) whose approval card goes out through the outbox."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.cards.change_forms import menu
from bot.ids import AnswerActionId, CallbackId, ChangeActionId, FormMenuId
from core.models import AuditEntry, ChangeBatch, Invoice, OutboxEffect, StagedChangeRow
from core.services.change_forms import CHOICES_SHOWN, Choice
from core.services.ingest import kinds_for, pull_all
from sandbox.slack.interactions import block_actions_payload, slash_command_body
from tests.harness import ADMIN, CHANNEL, COLLECTOR, LEAD, STRANGER, running_loop
from tests.integration.test_bolt_rig import TRANSPORTS, Answer, Rig, bolt_rig
from tests.integration.test_qb_overdue import ask


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with running_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as r:
        pull_all(loop.services.uow, loop.qbo, kinds=kinds_for(["accounts", "invoices", "expenses"]))
        yield r


def _command(rig: Rig, text: str, user: str) -> Answer:
    body = slash_command_body("/qb", text, user, CHANNEL, rig.loop.ssim.response_url())
    answer = rig.send(body)
    assert answer.status == 200, answer
    return answer


def _opened(rig: Rig) -> dict[str, Any]:
    """The view of the last views.open call, as Slack accepted it."""
    calls = rig.loop.ssim.calls_to("views.open")
    assert calls, "no form was opened"
    assert calls[-1]["response"]["ok"], calls[-1]["response"]
    view: dict[str, Any] = calls[-1]["response"]["view"]
    return view


def _account(rig: Rig, name: str) -> str:
    [found] = [a["Id"] for a in rig.loop.company.entities()["Account"] if a["Name"] == name]
    return str(found)


def _picked(value: str) -> dict[str, Any]:
    return {"type": "static_select", "selected_option": {"value": value}}


def _expense_values(rig: Rig, **change: Any) -> dict[str, Any]:
    vendor = rig.loop.company.entities()["Vendor"][0]["Id"]
    answers = {
        "payee": vendor, "account": _account(rig, "Fuel"), "amount": "120.50",
        "currency": "USD", "txn_date": "2026-11-18", "paid_from": _account(rig, "Checking"),
        "memo": "diesel for the mowers",
    } | change  # fmt: skip
    menus = {"payee": FormMenuId.VENDOR, "account": FormMenuId.EXPENSE_ACCOUNT,
             "currency": FormMenuId.CURRENCY, "paid_from": FormMenuId.PAID_FROM}  # fmt: skip
    values: dict[str, Any] = {}
    for field, answer in answers.items():
        if field in menus:
            state: Any = _picked(answer) if answer else {"type": "static_select"}
            values[f"form_{field}"] = {menus[field].value: state}
        elif field == "txn_date":
            values["form_txn_date"] = {"txn_date": {"type": "datepicker", "selected_date": answer}}
        else:
            values[f"form_{field}"] = {field: answer}
    return values


def _submit(rig: Rig, view: dict[str, Any], values: dict[str, Any], user: str) -> Answer:
    return rig.interact(rig.loop.ssim.submit(view["id"], values, user))


def _changes(rig: Rig) -> list[StagedChangeRow]:
    with rig.loop.services.uow.session() as session:
        return list(session.exec(select(StagedChangeRow).order_by(col(StagedChangeRow.id))).all())


def _audit(rig: Rig, kind: str) -> list[AuditEntry]:
    with rig.loop.services.uow.session() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.kind == kind)).all())


def _effects(rig: Rig) -> list[OutboxEffect]:
    with rig.loop.services.uow.session() as session:
        return list(session.exec(select(OutboxEffect)).all())


def test_expense_form_opens_on_the_trigger_and_stages_one_change(rig: Rig) -> None:
    body = slash_command_body("/qb", "expense", COLLECTOR, CHANNEL, rig.loop.ssim.response_url())
    answer = rig.send(body)
    assert (answer.status, answer.body) == (200, "")  # a bare ack: the form is the answer
    [call] = rig.loop.ssim.calls_to("views.open")
    assert call["args"]["trigger_id"] == dict(parse_qsl(body))["trigger_id"]  # the command's
    view = _opened(rig)
    assert view["callback_id"] == CallbackId.EXPENSE_MODAL
    payee = next(b for b in view["blocks"] if b["block_id"] == "form_payee")
    vendors = {v["DisplayName"] for v in rig.loop.company.entities()["Vendor"]}
    assert {o["text"]["text"] for o in payee["element"]["options"]} == vendors

    done = _submit(rig, view, _expense_values(rig), COLLECTOR)

    assert (done.status, done.body) == (200, "")
    [change] = _changes(rig)
    assert (change.record_type, change.qbo_id, change.submitted_by) == ("expense", None, COLLECTOR)
    assert change.state == "awaiting_approval" and change.amount == Decimal("120.50")
    fields = change.changes
    assert fields["PaymentType"] == "Cash"
    assert fields["AccountRef"] == {"value": _account(rig, "Checking")}
    assert fields["TxnDate"] == "2026-11-18" and fields["PrivateNote"] == "diesel for the mowers"
    [line] = fields["Line"]
    assert line["Amount"] == 120.5
    assert line["AccountBasedExpenseLineDetail"]["AccountRef"] == {"value": _account(rig, "Fuel")}
    assert [a.actor for a in _audit(rig, "change.staged")] == [COLLECTOR]
    assert rig.drain().done == {"post_change_card": 1}
    cards = [m for m in rig.loop.ssim.messages.values() if "New expense" in str(m.get("blocks"))]
    assert len(cards) == 1
    [receipt] = rig.told(1)  # it follows the answer
    assert f"staged as change {change.id}" in receipt["text"]


@pytest.mark.parametrize(
    ("change", "block", "said"),
    [
        ({"amount": "12.345"}, "form_amount", "more than 2 decimals"),
        ({"amount": "twelve"}, "form_amount", "must be an amount such as 120.50"),
        ({"paid_from": "18"}, "form_paid_from", "paid from a Bank account; Fuel is Expense"),
        ({"account": "999"}, "form_account", "not in the chart of accounts"),
        ({"payee": "999"}, "form_payee", "which qbot has not seen in QuickBooks"),
        ({"txn_date": "2026-02-30"}, "form_txn_date", "must be a date written YYYY-MM-DD"),
        ({"payee": None}, "form_payee", "choose a payee"),
    ],
)
def test_bad_answers_come_back_inside_the_form_and_stage_nothing(
    rig: Rig, change: dict[str, Any], block: str, said: str
) -> None:
    _command(rig, "expense", COLLECTOR)
    answer = _submit(rig, _opened(rig), _expense_values(rig, **change), COLLECTOR)

    assert answer.status == 200
    reply = answer.json()
    assert reply["response_action"] == "errors"
    assert list(reply["errors"]) == [block] and said in reply["errors"][block]
    assert _changes(rig) == [] and _effects(rig) == []


def test_a_stranger_is_refused_before_the_form_and_on_a_forged_submission(rig: Rig) -> None:
    refused = _command(rig, "expense", STRANGER)
    assert "You cannot submit an expense for approval" in refused.body
    assert "approvers list" in refused.body
    assert rig.loop.ssim.calls_to("views.open") == []
    [row] = _audit(rig, "authority.refused")
    assert (row.actor, row.data["attempted"]) == (STRANGER, "submit_change")

    _command(rig, "expense", COLLECTOR)  # a real form, submitted as somebody else
    forged = _submit(rig, _opened(rig), _expense_values(rig), STRANGER)

    assert forged.status == 200
    assert "approvers list" in forged.json()["errors"]["form_payee"]
    assert _changes(rig) == [] and _effects(rig) == []
    assert [r.actor for r in _audit(rig, "authority.refused")] == [STRANGER, STRANGER]


def _line(n: int, item: str | None, qty: str = "", rate: str = "") -> dict[str, Any]:
    picked = _picked(item) if item else {"type": "static_select"}
    return {
        f"form_line{n}_item": {FormMenuId.ITEM.value: picked},
        f"form_line{n}_qty": {"qty": qty},
        f"form_line{n}_rate": {"rate": rate},
    }


def test_invoice_form_stages_a_new_invoice_priced_from_the_items(rig: Rig) -> None:
    customer = rig.loop.company.entities()["Customer"][0]["Id"]
    _command(rig, "invoice", LEAD)
    view = _opened(rig)
    assert view["callback_id"] == CallbackId.INVOICE_MODAL and len(view["blocks"]) <= 100
    values = {
        "form_customer": {FormMenuId.CUSTOMER.value: _picked(customer)},
        **_line(0, "1", "2"),  # Lawn Maintenance at its price, 65.00
        **_line(1, "2", "1", "55.50"),
        **_line(2, None),
        "form_due_date": {"due_date": {"type": "datepicker", "selected_date": "2026-12-20"}},
        "form_memo": {"memo": "Thank you for your business"},
    }

    assert (_submit(rig, view, values, LEAD).body, len(_changes(rig))) == ("", 1)

    [change] = _changes(rig)
    assert (change.record_type, change.submitted_by, change.amount) == (
        "invoice", LEAD, Decimal("185.50"),
    )  # fmt: skip
    assert change.changes["CustomerRef"] == {"value": customer}
    assert [ln["Amount"] for ln in change.changes["Line"]] == [130, 55.5]
    assert change.changes["CustomerMemo"] == {"value": "Thank you for your business"}
    bad = _line(0, None, "3")  # a quantity with no item
    _command(rig, "invoice", LEAD)
    values |= bad
    reply = _submit(rig, _opened(rig), values, LEAD).json()
    assert reply["errors"] == {"form_line0_item": "choose an item for this line, or clear it"}
    assert len(_changes(rig)) == 1


def _open_invoice(rig: Rig) -> Invoice:
    with rig.loop.services.uow.session() as session:
        found = session.exec(
            select(Invoice).where(Invoice.balance > 0).order_by(col(Invoice.id))
        ).all()
    for invoice in found:  # one whose customer's name picks it alone, with item lines only
        lines = [ln for ln in invoice.raw["Line"] if ln["DetailType"] != "SubTotalLineDetail"]
        if all(ln["DetailType"] == "SalesItemLineDetail" for ln in lines) and len(lines) <= 5:
            return invoice
    raise AssertionError("the sample company has no editable open invoice")


def _edit_form(rig: Rig, invoice: Invoice) -> tuple[dict[str, Any], dict[str, Any]]:
    """Press the invoice's Edit on `/qb customer`; the opened form and its answers as shown."""
    name = invoice.raw["CustomerRef"].get("name") or invoice.customer_qbo_id
    message, _ = ask(rig, f"customer {name}", LEAD)  # the answer follows on its response_url
    edits = next(b for b in message["blocks"] if b["block_id"] == "customer_invoice_edits")
    button = next(e for e in edits["elements"] if invoice.qbo_id in e["value"])
    assert button["action_id"] == AnswerActionId.INVOICE_EDIT
    click = block_actions_payload(
        {"blocks": [{**edits, "elements": [button]}], "ts": "1.1"}, CHANNEL,
        AnswerActionId.INVOICE_EDIT.value, LEAD, rig.loop.ssim.response_url(),
    )  # fmt: skip
    assert rig.interact(click).status == 200
    view = _opened(rig)
    state = {b["block_id"]: b for b in view["blocks"]}
    customer = state["form_customer"]["element"]["initial_option"]["value"]
    assert customer == invoice.customer_qbo_id
    values: dict[str, Any] = {"form_customer": {FormMenuId.CUSTOMER.value: _picked(customer)}}
    for n in range(5):
        block = state.get(f"form_line{n}_item")
        if block is None:
            continue
        item = (block["element"].get("initial_option") or {}).get("value")
        qty = state[f"form_line{n}_qty"]["element"].get("initial_value", "")
        rate = state[f"form_line{n}_rate"]["element"].get("initial_value", "")
        values |= _line(n, item, qty, rate)
    due = state["form_due_date"]["element"].get("initial_date")
    values["form_due_date"] = {"due_date": {"type": "datepicker", "selected_date": due}}
    values["form_memo"] = {"memo": state["form_memo"]["element"].get("initial_value", "")}
    return view, values


def _due(day: str) -> dict[str, Any]:
    return {"form_due_date": {"due_date": {"type": "datepicker", "selected_date": day}}}


def test_edit_on_the_customer_answer_stages_only_the_changed_field(rig: Rig) -> None:
    invoice = _open_invoice(rig)
    view, values = _edit_form(rig, invoice)
    assert values["form_due_date"]["due_date"]["selected_date"] == invoice.raw["DueDate"]

    unchanged = _submit(rig, view, values, LEAD).json()
    assert unchanged["errors"] == {"form_customer": "nothing was changed; change a field or cancel"}
    assert _submit(rig, view, values | _due("2026-12-31"), LEAD).body == ""

    [change] = _changes(rig)
    assert (change.qbo_id, change.base_sync_token) == (invoice.qbo_id, invoice.sync_token)
    assert change.changes == {"DueDate": "2026-12-31"}
    assert change.base_fields == {"DueDate": invoice.raw.get("DueDate")}
    assert change.submitted_by == LEAD


def test_an_edit_of_an_invoice_changed_in_quickbooks_since_the_form_opened_stages_nothing(
    rig: Rig,
) -> None:
    loop = rig.loop
    invoice = _open_invoice(rig)
    view, values = _edit_form(rig, invoice)
    # a QuickBooks user edits it meanwhile, and qbot pulls the new version
    current = loop.qbo.read("Invoice", invoice.qbo_id)
    loop.qbo.sparse_update(
        "Invoice",
        {"Id": invoice.qbo_id, "SyncToken": current["SyncToken"], "PrivateNote": "by phone"},
        request_id="edit-in-quickbooks",
    )
    pull_all(loop.services.uow, loop.qbo, kinds=kinds_for(["invoices"]))

    reply = _submit(rig, view, values | _due("2026-12-31"), LEAD).json()

    assert "changed in QuickBooks since the form opened" in reply["errors"]["form_customer"]
    assert _changes(rig) == []


def test_a_long_list_is_a_searched_menu_answered_from_the_read_copy(rig: Rig) -> None:
    many = [Choice(str(n), f"Vendor {n}") for n in range(CHOICES_SHOWN + 1)]
    assert menu(FormMenuId.VENDOR, many, "Choose").type == "external_select"
    assert menu(FormMenuId.VENDOR, many[:CHOICES_SHOWN], "Choose").type == "static_select"
    _command(rig, "expense", COLLECTOR)
    view = _opened(rig)
    typed = {
        "type": "block_suggestion", "user": {"id": COLLECTOR, "team_id": "T0QBOTSIM"},
        "team": {"id": "T0QBOTSIM"}, "action_id": FormMenuId.VENDOR.value,
        "block_id": "form_payee", "value": "sod", "view": view,
    }  # fmt: skip
    options = rig.interact(typed).json()["options"]
    assert [o["text"]["text"] for o in options] == ["Northwest Sod Farms"]
    stranger = rig.interact({**typed, "user": {"id": STRANGER, "team_id": "T0QBOTSIM"}})
    assert stranger.json()["options"] == []
    # a searched menu, prefilled, shows its chosen record by name
    customer = rig.loop.company.entities()["Customer"][0]
    realm = rig.loop.company.realm_id
    forms = rig.loop.services.change_forms
    named = forms.names(realm, "customer", [customer["Id"], "999"])
    assert named == {customer["Id"]: customer["DisplayName"]}


def test_edit_on_the_change_card_rechecks_it_and_bars_the_editor_from_approving(rig: Rig) -> None:
    loop = rig.loop
    _command(rig, "expense", LEAD)
    assert _submit(rig, _opened(rig), _expense_values(rig), LEAD).body == ""
    rig.drain()
    [change] = _changes(rig)
    with loop.services.uow.session() as session:
        batch = session.get(ChangeBatch, change.batch_id)
    assert batch is not None and batch.slack_channel and batch.slack_ts
    where = (batch.slack_channel, batch.slack_ts)

    assert rig.interact(loop.ssim.click(*where, ChangeActionId.EDIT.value, STRANGER)).status == 200
    assert len(loop.ssim.calls_to("views.open")) == 1  # the first form only: refused before
    assert rig.interact(loop.ssim.click(*where, ChangeActionId.EDIT.value, COLLECTOR)).status == 200
    view = _opened(rig)
    shown = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert shown["form_amount"]["initial_value"] == "120.50"
    assert shown["form_payee"]["initial_option"]["value"] == change.changes["EntityRef"]["value"]

    bad = _submit(rig, view, _expense_values(rig, amount="8.001"), COLLECTOR).json()
    assert "more than 2 decimals" in bad["errors"]["form_amount"]
    assert _submit(rig, view, _expense_values(rig, amount="80.00"), COLLECTOR).body == ""

    [edited] = _changes(rig)
    assert (edited.id, edited.amount, edited.submitted_by) == (change.id, Decimal("80.00"), LEAD)
    assert edited.changes["Line"][0]["Amount"] == 80
    assert [a.actor for a in _audit(rig, "change.edited")] == [COLLECTOR]
    assert rig.drain().done == {"update_change_card": 1}
    assert "$80.00" in str(loop.ssim.messages[where]["blocks"])
    approve = ChangeActionId.APPROVE.value
    for who, why in ((COLLECTOR, "you edited this change"), (LEAD, "you submitted this change")):
        told = len(rig.told(0))
        assert rig.interact(loop.ssim.click(*where, approve, who)).status == 200
        assert why in str(rig.told(told + 1)[-1].get("text"))  # it follows the answer
    assert rig.interact(loop.ssim.click(*where, approve, ADMIN)).status == 200
    assert _changes(rig)[0].state == "approved"

"""The Slack forms' answers as import rows (core.domain.sync.forms): pure, no Slack here."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from core.domain.sync.forms import (
    EXPENSE_FIELDS,
    MAX_LINES,
    ExpenseForm,
    FormError,
    InvoiceForm,
    InvoiceLine,
    editable,
    expense_row,
    field_of,
    invoice_edit_row,
    invoice_fields,
)
from core.domain.sync.import_check import KnownAccount

CARD = {"11": KnownAccount("11", "Mastercard", "Credit Card")}


def _item_line(item: str, qty: Any, price: Any) -> dict[str, Any]:
    return {
        "Amount": float(Decimal(str(qty)) * Decimal(str(price))),
        "DetailType": "SalesItemLineDetail",
        "SalesItemLineDetail": {"ItemRef": {"value": item}, "Qty": qty, "UnitPrice": price},
    }


RAW = {
    "Id": "7", "CustomerRef": {"value": "3", "name": "Acme"}, "DueDate": "2026-12-01",
    "Line": [_item_line("1", 2, 65.0), {"Amount": 130.0, "DetailType": "SubTotalLineDetail"}],
}  # fmt: skip


def test_a_credit_card_pays_a_credit_card_expense_and_amounts_are_the_imports() -> None:
    form = ExpenseForm("41", "18", "45.00", "USD", "2026-11-18", "", "11")
    row = expense_row(form, CARD, "USD")
    assert row["PaymentType"] == "CreditCard" and "CurrencyRef" not in row
    assert row["Line"][0]["Amount"] == Decimal("45.00")
    with pytest.raises(FormError, match="more than 2 decimals") as bad:
        expense_row(ExpenseForm("41", "18", "4.555", None, None, "", "11"), CARD, "USD")
    assert bad.value.field == "amount"


def test_the_reason_names_the_field_first_mentioned_longest_token_first() -> None:
    line = "Line 1 AccountBasedExpenseLineDetail.AccountRef names account 9, which is not in"
    assert field_of(line, EXPENSE_FIELDS) == "account"
    assert field_of("Line 1 Amount 1.234 has more than 2 decimals", EXPENSE_FIELDS) == "amount"
    assert field_of("a Cash expense is paid from a Bank account", EXPENSE_FIELDS) == "paid_from"
    assert field_of("Line 2 names item 9, which qbot has not seen", invoice_fields((0, 3))) == (
        "line3"
    )
    assert field_of("nothing known", EXPENSE_FIELDS) is None


def test_an_edit_carries_only_what_changed() -> None:
    form = editable(RAW)
    assert isinstance(form, InvoiceForm)
    assert form.lines == (InvoiceLine("1", "2", "65"),) and form.due_date == "2026-12-01"
    with pytest.raises(FormError, match="nothing was changed"):
        invoice_edit_row(form, {}, "7", RAW)
    later = InvoiceForm(form.customer, form.lines, "2026-12-31", "")
    assert invoice_edit_row(later, {}, "7", RAW).row == {
        "type": "invoice", "qbo_id": "7", "DueDate": "2026-12-31",
    }  # fmt: skip
    more = InvoiceForm(form.customer, (*form.lines, InvoiceLine("2", "", "")), None, "")
    row = invoice_edit_row(more, {"2": Decimal("55")}, "7", RAW).row
    assert [ln["Amount"] for ln in row["Line"]] == [Decimal("130.00"), Decimal("55.00")]


def test_invoices_the_form_cannot_hold_are_not_edited_here() -> None:
    many = {**RAW, "Line": [_item_line("1", 1, 10)] * (MAX_LINES + 1)}
    assert "more than the form's" in str(editable(many))
    described = {**RAW, "Line": [{"Amount": 0, "DetailType": "DescriptionOnly"}]}
    assert "lines other than items" in str(editable(described))

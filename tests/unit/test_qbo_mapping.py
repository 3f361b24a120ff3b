"""Field readers for QuickBooks entities."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.adapters.qbo import mapping as m


def test_money_is_exact_decimal() -> None:
    assert m.money(150.1) == Decimal("150.1")
    assert m.money(None) == Decimal("0") and m.money("bad") == Decimal("0")


def test_refs_dates_and_custom_fields() -> None:
    inv = {
        "CustomerRef": {"value": "7", "name": "X"},
        "DueDate": "2026-11-01",
        "CustomField": [
            {
                "DefinitionId": "2",
                "Name": "Collections Status",
                "Type": "StringType",
                "StringValue": "Disputed",
            }
        ],
    }
    assert m.ref_value(inv, "CustomerRef") == "7" and m.ref_value(inv, "Nope") is None
    assert m.qbo_date(inv, "DueDate") == date(2026, 11, 1) and m.qbo_date(inv, "TxnDate") is None
    assert m.custom_field(inv, "collections status") == "Disputed"
    updated = m.with_custom_field(inv, m.COLLECTIONS_STATUS, "Reminder sent")
    assert (
        updated[0]["StringValue"] == "Reminder sent"
        and inv["CustomField"][0]["StringValue"] == "Disputed"
    )
    assert m.with_custom_field({}, "Collections Status", "x")[0]["DefinitionId"] == "2"


def test_home_balance_and_email() -> None:
    assert m.home_balance({"Balance": 10, "HomeBalance": 7.2}) == Decimal("7.2")
    assert m.home_balance({"Balance": 100, "ExchangeRate": 0.7215}) == Decimal("72.15")
    assert m.home_balance({"Balance": 5}) == Decimal("5")
    assert m.bill_email({"BillEmail": {"Address": "a@x"}}) == "a@x"
    assert m.bill_email({}, {"PrimaryEmailAddr": {"Address": "b@x"}}) == "b@x"
    assert m.bill_email({}, {}) is None


def test_applied_payments_and_private_note() -> None:
    pay = {"Line": [{"Amount": 55.0, "LinkedTxn": [{"TxnId": "70", "TxnType": "Invoice"}]}]}
    assert list(m.applied_payments(pay)) == [("70", Decimal("55.0"))]
    assert m.append_private_note("old", "new") == "old\nnew"
    assert m.append_private_note(None, "new") == "new"
    assert len(m.append_private_note("x" * 4000, "tail")) == 4000

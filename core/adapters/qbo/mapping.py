"""Safe readers for QuickBooks entity fields: Decimal money, dates, refs, custom fields, emails."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

COLLECTIONS_STATUS = "Collections Status"


def money(value: Any) -> Decimal:
    """A JSON amount (float, int or string) as an exact Decimal; missing or bad → 0."""
    if value is None or isinstance(value, bool):
        return Decimal("0")
    try:
        # via str() so 150.1 stays 150.1 rather than its binary float expansion
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal("0")


def ref_value(entity: Mapping[str, Any], field: str) -> str | None:
    """The `.value` of a reference such as CustomerRef or CurrencyRef."""
    ref = entity.get(field)
    if isinstance(ref, Mapping):
        value = ref.get("value")
        return None if value is None else str(value)
    return None


def qbo_date(entity: Mapping[str, Any], field: str) -> date | None:
    """A `YYYY-MM-DD` field as a date; None when absent or malformed."""
    raw = entity.get(field)
    if not isinstance(raw, str):
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


def custom_field(entity: Mapping[str, Any], name: str) -> str | None:
    """The StringValue of the legacy custom field called `name` (case-insensitive)."""
    for cf in entity.get("CustomField") or []:
        if isinstance(cf, Mapping) and str(cf.get("Name", "")).lower() == name.lower():
            value = cf.get("StringValue")
            return None if value is None else str(value)
    return None


def with_custom_field(entity: Mapping[str, Any], name: str, value: str) -> list[dict[str, Any]]:
    """The entity's CustomField list with `name` set to `value` (for a sparse update)."""
    fields = [dict(cf) for cf in entity.get("CustomField") or [] if isinstance(cf, Mapping)]
    for cf in fields:
        if str(cf.get("Name", "")).lower() == name.lower():
            cf["StringValue"] = value
            return fields
    fields.append({"DefinitionId": "2", "Name": name, "Type": "StringType", "StringValue": value})
    return fields


def bill_email(invoice: Mapping[str, Any], customer: Mapping[str, Any] | None = None) -> str | None:
    """Where to write: Invoice.BillEmail, else Customer.PrimaryEmailAddr; None if neither."""
    for holder, key in ((invoice, "BillEmail"), (customer or {}, "PrimaryEmailAddr")):
        addr = holder.get(key)
        if isinstance(addr, Mapping) and addr.get("Address"):
            return str(addr["Address"])
    return None


def home_balance(invoice: Mapping[str, Any], balance: Decimal | None = None) -> Decimal:
    """HomeBalance, else Balance × ExchangeRate, else Balance (`balance`: the open balance to
    convert, when it is not the JSON's own, as for a row whose balance column was edited)."""
    open_balance = money(invoice.get("Balance")) if balance is None else balance
    if invoice.get("HomeBalance") is not None:
        return money(invoice["HomeBalance"])
    if invoice.get("ExchangeRate") is not None:
        return (open_balance * money(invoice["ExchangeRate"])).quantize(Decimal("0.01"))
    return open_balance


def applied_payments(payment: Mapping[str, Any]) -> Iterator[tuple[str, Decimal]]:
    """(invoice Id, amount) for each payment line linked to an invoice."""
    for line in payment.get("Line") or []:
        for link in line.get("LinkedTxn") or []:
            if link.get("TxnType") == "Invoice" and link.get("TxnId") is not None:
                yield str(link["TxnId"]), money(line.get("Amount"))


def append_private_note(current: str | None, line: str, limit: int = 4000) -> str:
    """PrivateNote with `line` appended, trimmed from the front to QuickBooks' 4000 chars."""
    note = f"{current}\n{line}" if current else line
    return note[-limit:]

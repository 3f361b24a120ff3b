"""Loads the bundled sample company, shifting every date so the demo looks the same on any day."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"
# A calendar date anywhere in a string: plain dates, the date part of ISO datetimes, and
# promise dates written inside email or note text all move together.
_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


@dataclass
class SampleCompany:
    """One QuickBooks company plus the context that lives outside QuickBooks (plain JSON data)."""

    realm_id: str
    timezone: str
    home_currency: str
    company_info: dict[str, Any]
    customers: list[dict[str, Any]]
    invoices: list[dict[str, Any]]
    payments: list[dict[str, Any]]
    credit_memos: list[dict[str, Any]]
    # Name lists (chart of accounts, items, ...); empty for a hand-built company without them.
    accounts: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    vendors: list[dict[str, Any]] = field(default_factory=list)
    payment_methods: list[dict[str, Any]] = field(default_factory=list)
    terms: list[dict[str, Any]] = field(default_factory=list)
    tax_codes: list[dict[str, Any]] = field(default_factory=list)
    emails: list[dict[str, Any]] = field(default_factory=list)
    crm_notes: list[dict[str, Any]] = field(default_factory=list)
    reminders_sent: list[dict[str, Any]] = field(default_factory=list)
    anchor_date: date | None = None

    def entities(self) -> dict[str, list[dict[str, Any]]]:
        """The QuickBooks entities by entity name, as the simulator stores them."""
        return {
            "Customer": self.customers,
            "Invoice": self.invoices,
            "Payment": self.payments,
            "CreditMemo": self.credit_memos,
            "CompanyInfo": [self.company_info],
            "Account": self.accounts,
            "Item": self.items,
            "Vendor": self.vendors,
            "PaymentMethod": self.payment_methods,
            "Term": self.terms,
            "TaxCode": self.tax_codes,
        }


def shift_dates(value: Any, days: int) -> Any:
    """Return a copy of `value` with every YYYY-MM-DD inside any string moved by `days`."""
    if days == 0:
        return json.loads(json.dumps(value))
    delta = timedelta(days=days)

    def move(m: re.Match[str]) -> str:
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return m.group(0)
        return (d + delta).isoformat()

    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return _DATE.sub(move, v)
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        return v

    return walk(value)


def load_company(data_dir: Path | None = None, today: date | None = None) -> SampleCompany:
    """Read the company JSON files; with `today`, shift all dates by (today - anchor_date) days."""
    src = data_dir or DEFAULT_DATA_DIR

    def read(name: str) -> Any:
        return json.loads((src / name).read_text())

    def name_list(name: str) -> list[dict[str, Any]]:
        path = src / f"{name}.json"
        return shift_dates(json.loads(path.read_text()), days) if path.exists() else []

    company = read("company.json")
    meta = company["qbot"]
    anchor = date.fromisoformat(meta["anchor_date"])
    days = 0 if today is None else (today - anchor).days
    context = shift_dates(read("context.json"), days)
    return SampleCompany(
        realm_id=meta["realm_id"],
        timezone=meta["timezone"],
        home_currency=meta["home_currency"],
        company_info=shift_dates(company["CompanyInfo"], days),
        customers=shift_dates(read("customers.json"), days),
        invoices=shift_dates(read("invoices.json"), days),
        payments=shift_dates(read("payments.json"), days),
        credit_memos=shift_dates(read("credit_memos.json"), days),
        accounts=name_list("accounts"),
        items=name_list("items"),
        vendors=name_list("vendors"),
        payment_methods=name_list("payment_methods"),
        terms=name_list("terms"),
        tax_codes=name_list("tax_codes"),
        emails=context["emails"],
        crm_notes=context["crm_notes"],
        reminders_sent=context["reminders_sent"],
        anchor_date=anchor + timedelta(days=days),
    )

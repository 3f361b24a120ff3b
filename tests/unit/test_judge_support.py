"""Builders for judge tests: a minimal valid case bundle that each test varies."""

from __future__ import annotations

import copy
from typing import Any

CUSTOMER = "ap@acme.example"
US = "ar@greenleaf.example"
# Older than the 14 days in which every customer email must be read (as_of 2026-11-20, no
# reminder sent): words the lexicons miss here still give a routine draft, which is what the
# model-judge tests need to upgrade.
BEFORE_WINDOW = "2026-11-01T10:15:00-08:00"


def make_case(**changes: Any) -> dict[str, Any]:
    """A routine case: invoice 2001, $500.00 due 2026-11-12, as_of 2026-11-20 (8 days, stage 7).

    Keyword arguments replace top-level keys; `invoice={...}` / `customer={...}` are merged.
    """
    case: dict[str, Any] = {
        "id": "t-1",
        "as_of": "2026-11-20",
        "home_currency": "USD",
        "invoice": {
            "Id": "701", "DocNumber": "2001", "Balance": 500.0, "TotalAmt": 500.0,
            "DueDate": "2026-11-12", "TxnDate": "2026-10-13", "CurrencyRef": {"value": "USD"},
            "BillEmail": {"Address": CUSTOMER}, "CustomField": [], "PrivateNote": "",
            "CustomerRef": {"name": "Acme Supplies", "value": "301"},
        },
        "customer": {
            "Id": "301", "DisplayName": "Acme Supplies", "Notes": "",
            "PrimaryEmailAddr": {"Address": CUSTOMER},
        },
        "invoices": [
            {"Id": "690", "DocNumber": "1990", "Balance": 0.0, "DueDate": "2026-09-01"},
        ],
        "payments": [],
        "credit_memos": [],
        "emails": [],
        "crm_notes": [],
        "reminders_sent": [],
    }
    for key, value in changes.items():
        if key in ("invoice", "customer"):
            case[key] = {**case[key], **value}
        else:
            case[key] = copy.deepcopy(value)
    return case


def email(body: str, date: str = "2026-11-18T10:15:00-08:00", subject: str = "Re: invoice",
          sender: str = CUSTOMER, to: str = US) -> dict[str, str]:
    return {"from": sender, "to": to, "date": date, "subject": subject, "body": body}


def note(text: str, date: str = "2026-11-18T10:15:00-08:00") -> dict[str, str]:
    return {"author": "collector", "date": date, "text": text}

"""Builds QuickBooks-shaped sample entities (customers, invoices, payments, credit memos)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

ANCHOR = date(2026, 11, 20)
REALM_ID = "9341453050160001"
TIMEZONE = "America/Los_Angeles"
HOME_CURRENCY = "USD"
AR_ADDRESS = "ar@greenleaf-landscaping.example"
COLLECTIONS_STATUS = "Collections Status"

_TZ = ZoneInfo(TIMEZONE)
STREETS = ["Oak", "Alder", "Birch", "Cedar"]
_CURRENCY_NAMES = {"USD": "United States Dollar", "CAD": "Canadian Dollar"}
ITEMS: list[tuple[str, str, float]] = [
    ("1", "Lawn Maintenance", 65.0),
    ("2", "Hedge Trimming", 55.0),
    ("3", "Irrigation Repair", 85.0),
    ("4", "Sod Installation", 2.1),
    ("5", "Tree Removal", 450.0),
    ("6", "Mulch", 48.0),
    ("7", "Seasonal Cleanup", 240.0),
    ("8", "Landscape Design", 120.0),
    ("9", "Paver Patio", 18.5),
    ("10", "Sprinkler Winterization", 95.0),
]


def day(days_from_anchor: int) -> date:
    """The date `days_from_anchor` days after the anchor (negative = before)."""
    return ANCHOR + timedelta(days=days_from_anchor)


def stamp(d: date, hour: int = 9, minute: int = 0) -> str:
    """An ISO datetime in the company's timezone, offset written like QuickBooks does."""
    return datetime.combine(d, time(hour, minute), tzinfo=_TZ).isoformat()


def money(x: float) -> float:
    return round(x + 1e-9, 2)


class CompanyBuilder:
    """Accumulates entities with QuickBooks-style ids, keeping balances consistent with payments."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._next_txn = 100
        self._next_doc = 1001
        self._next_customer = 1
        self.customers: list[dict[str, Any]] = []
        self.invoices: list[dict[str, Any]] = []
        self.payments: list[dict[str, Any]] = []
        self.credit_memos: list[dict[str, Any]] = []
        self.emails: list[dict[str, Any]] = []
        self.crm_notes: list[dict[str, Any]] = []
        self.reminders_sent: list[dict[str, Any]] = []

    def _txn_id(self) -> str:
        self._next_txn += 1
        return str(self._next_txn)

    def customer(
        self,
        name: str,
        given: str,
        family: str,
        email: str | None,
        *,
        notes: str = "",
        currency: str = "USD",
        city: str = "Portland",
        since_days: int = -700,
    ) -> dict[str, Any]:
        cid = str(self._next_customer)
        self._next_customer += 1
        created = day(since_days)
        cust: dict[str, Any] = {
            "domain": "QBO",
            "GivenName": given,
            "FamilyName": family,
            "DisplayName": name,
            "CompanyName": name,
            "FullyQualifiedName": name,
            "PrintOnCheckName": name,
            "PreferredDeliveryMethod": "Email" if email else "Print",
            "BillWithParent": False,
            "Job": False,
            "Active": True,
            "Taxable": False,
            "Balance": 0.0,
            "BalanceWithJobs": 0.0,
            "CurrencyRef": {"value": currency, "name": _CURRENCY_NAMES[currency]},
            "PrimaryPhone": {"FreeFormNumber": f"(503) 555-{1000 + int(cid) * 37 % 9000:04d}"},
            "BillAddr": {
                "Id": str(200 + int(cid)),
                "Line1": f"{100 + int(cid) * 41} {self.rng.choice(STREETS)} St.",
                "City": city,
                "CountrySubDivisionCode": "BC" if currency == "CAD" else "OR",
                "PostalCode": "V6B 1A1" if currency == "CAD" else f"972{int(cid) % 90 + 10}",
            },
            "Notes": notes,
            "MetaData": {"CreateTime": stamp(created, 8), "LastUpdatedTime": stamp(created, 8)},
            "SyncToken": "0",
            "sparse": False,
            "Id": cid,
        }
        if email:
            cust["PrimaryEmailAddr"] = {"Address": email}
        self.customers.append(cust)
        return cust

    def invoice(
        self,
        cust: dict[str, Any],
        due_days: int,
        *,
        amount: float | None = None,
        terms_days: int = 30,
        exchange_rate: float | None = None,
        status: str = "",
        bill_email: bool = True,
        private_note: str = "",
        due_date: bool = True,
    ) -> dict[str, Any]:
        """An invoice due `due_days` from the anchor, with its full balance open."""
        due = day(due_days)
        txn = due - timedelta(days=terms_days)
        lines, total = self._lines(amount)
        currency = cust["CurrencyRef"]["value"]
        inv: dict[str, Any] = {
            "TxnDate": txn.isoformat(),
            "domain": "QBO",
            "PrintStatus": "NotSet",
            "SalesTermRef": {"value": "3" if terms_days == 30 else "2"},
            "TotalAmt": total,
            "Line": lines,
            "ApplyTaxAfterDiscount": False,
            "DocNumber": str(self._next_doc),
            "sparse": False,
            "CustomerMemo": {"value": "Thank you for your business!"},
            "Deposit": 0,
            "Balance": total,
            "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
            "CurrencyRef": {"value": currency, "name": _CURRENCY_NAMES[currency]},
            "TxnTaxDetail": {"TotalTax": 0},
            "SyncToken": "0",
            "LinkedTxn": [],
            "EmailStatus": "EmailSent" if bill_email and "PrimaryEmailAddr" in cust else "NotSet",
            "BillAddr": dict(cust["BillAddr"]),
            "CustomField": [
                {
                    "DefinitionId": "2",
                    "Name": COLLECTIONS_STATUS,
                    "Type": "StringType",
                    "StringValue": status,
                }
            ],
            "PrivateNote": private_note,
            "MetaData": {"CreateTime": stamp(txn, 10), "LastUpdatedTime": stamp(txn, 10)},
            "Id": self._txn_id(),
        }
        self._next_doc += 1
        if due_date:
            inv["DueDate"] = due.isoformat()
        if exchange_rate is not None:
            inv["ExchangeRate"] = exchange_rate
            inv["HomeTotalAmt"] = money(total * exchange_rate)
            inv["HomeBalance"] = money(total * exchange_rate)
        if bill_email and "PrimaryEmailAddr" in cust:
            inv["BillEmail"] = {"Address": cust["PrimaryEmailAddr"]["Address"]}
        self.invoices.append(inv)
        return inv

    def _lines(self, amount: float | None) -> tuple[list[dict[str, Any]], float]:
        picks = self.rng.sample(ITEMS, self.rng.randint(1, 3))
        raw: list[tuple[tuple[str, str, float], float]] = []
        for item in picks:
            qty = float(self.rng.choice([1, 2, 3, 4, 6, 8])) if item[2] > 10 else 400.0
            raw.append((item, qty))
        subtotal = sum(item[2] * qty for item, qty in raw)
        scale = 1.0 if amount is None else amount / subtotal
        lines: list[dict[str, Any]] = []
        total = 0.0
        for n, (item, qty) in enumerate(raw, start=1):
            price = money(item[2] * scale)
            line_amt = money(price * qty)
            if n == len(raw) and amount is not None:
                line_amt = money(amount - total)
                price = money(line_amt / qty)
            total = money(total + line_amt)
            lines.append(
                {
                    "Id": str(n),
                    "LineNum": n,
                    "Description": item[1],
                    "Amount": line_amt,
                    "DetailType": "SalesItemLineDetail",
                    "SalesItemLineDetail": {
                        "ItemRef": {"value": item[0], "name": item[1]},
                        "Qty": qty,
                        "UnitPrice": price,
                        "TaxCodeRef": {"value": "NON"},
                    },
                }
            )
        lines.append(
            {"DetailType": "SubTotalLineDetail", "Amount": total, "SubTotalLineDetail": {}}
        )
        return lines, total

    def pay(
        self,
        cust: dict[str, Any],
        applied: list[tuple[dict[str, Any], float]],
        paid_days: int,
        *,
        unapplied: float = 0.0,
        ref: str | None = None,
    ) -> dict[str, Any]:
        """A payment on `paid_days`, applying amounts to invoices and reducing their balances."""
        pid = self._txn_id()
        lines = []
        for inv, amt in applied:
            lines.append(
                {"Amount": money(amt), "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}
            )
            inv["Balance"] = money(inv["Balance"] - amt)
            if "ExchangeRate" in inv:
                inv["HomeBalance"] = money(inv["Balance"] * inv["ExchangeRate"])
            inv["LinkedTxn"].append({"TxnId": pid, "TxnType": "Payment"})
            inv["SyncToken"] = str(int(inv["SyncToken"]) + 1)
            inv["MetaData"]["LastUpdatedTime"] = stamp(day(paid_days), 15)
        total = money(sum(a for _, a in applied) + unapplied)
        currency = cust["CurrencyRef"]["value"]
        pmt: dict[str, Any] = {
            "SyncToken": "0",
            "domain": "QBO",
            "DepositToAccountRef": {"value": "4"},
            "UnappliedAmt": money(unapplied),
            "TxnDate": day(paid_days).isoformat(),
            "TotalAmt": total,
            "CurrencyRef": {"value": currency, "name": _CURRENCY_NAMES[currency]},
            "ProcessPayment": False,
            "sparse": False,
            "Line": lines,
            "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
            "PaymentRefNum": ref or str(self.rng.randint(1000, 9999)),
            "MetaData": {
                "CreateTime": stamp(day(paid_days), 15),
                "LastUpdatedTime": stamp(day(paid_days), 15),
            },
            "Id": pid,
        }
        if applied and "ExchangeRate" in applied[0][0]:
            pmt["ExchangeRate"] = applied[0][0]["ExchangeRate"]
        self.payments.append(pmt)
        return pmt

    def void(self, inv: dict[str, Any], void_days: int) -> None:
        """Void like QuickBooks: amounts zeroed, 'Voided' injected into PrivateNote."""
        for line in inv["Line"]:
            line["Amount"] = 0
            if "SalesItemLineDetail" in line:
                line["SalesItemLineDetail"]["Qty"] = 0
        inv["TotalAmt"] = 0
        inv["Balance"] = 0
        inv["PrivateNote"] = ("Voided - " + inv["PrivateNote"]).rstrip(" -")
        inv["SyncToken"] = str(int(inv["SyncToken"]) + 1)
        inv["MetaData"]["LastUpdatedTime"] = stamp(day(void_days), 11)

    def credit_memo(
        self, cust: dict[str, Any], amount: float, txn_days: int, memo: str
    ) -> dict[str, Any]:
        """An open (unapplied) credit memo for `amount`."""
        lines, total = self._lines(amount)
        lines[0]["Description"] = memo
        d = day(txn_days)
        cm: dict[str, Any] = {
            "TxnDate": d.isoformat(),
            "domain": "QBO",
            "PrintStatus": "NotSet",
            "TotalAmt": total,
            "RemainingCredit": total,
            "Line": lines,
            "ApplyTaxAfterDiscount": False,
            "DocNumber": f"CM-{self._next_doc}",
            "sparse": False,
            "CustomerMemo": {"value": memo},
            "Balance": total,
            "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
            "CurrencyRef": dict(cust["CurrencyRef"]),
            "TxnTaxDetail": {"TotalTax": 0},
            "SyncToken": "0",
            "CustomField": [
                {"DefinitionId": "2", "Name": COLLECTIONS_STATUS, "Type": "StringType"}
            ],
            "EmailStatus": "NotSet",
            "MetaData": {"CreateTime": stamp(d, 11), "LastUpdatedTime": stamp(d, 11)},
            "Id": self._txn_id(),
        }
        self._next_doc += 1
        if "PrimaryEmailAddr" in cust:
            cm["BillEmail"] = dict(cust["PrimaryEmailAddr"])
        self.credit_memos.append(cm)
        return cm

    def email(
        self,
        cust: dict[str, Any],
        days: int,
        subject: str,
        body: str,
        *,
        inv: dict[str, Any] | None = None,
        inbound: bool = True,
        sender: str | None = None,
    ) -> None:
        addr = sender or cust.get("PrimaryEmailAddr", {}).get("Address", "office@unknown.example")
        msg: dict[str, Any] = {
            "customer_id": cust["Id"],
            "from": addr if inbound else AR_ADDRESS,
            "to": AR_ADDRESS if inbound else addr,
            "date": stamp(day(days), 8 + self.rng.randint(0, 9), self.rng.choice([5, 20, 35, 50])),
            "subject": subject,
            "body": body,
        }
        if inv is not None:
            msg["invoice_id"] = inv["Id"]
        self.emails.append(msg)

    def note(self, cust: dict[str, Any], days: int, author: str, text: str) -> None:
        self.crm_notes.append(
            {
                "customer_id": cust["Id"],
                "author": author,
                "date": stamp(day(days), 9 + self.rng.randint(0, 8), 15),
                "text": text,
            }
        )

    def remind(self, inv: dict[str, Any], *stages: int) -> None:
        """Record reminders sent for these follow-up stages, each on the day it was reached."""
        due = date.fromisoformat(inv["DueDate"])
        for stage in stages:
            self.reminders_sent.append(
                {
                    "invoice_id": inv["Id"],
                    "date": stamp(due + timedelta(days=stage), 10, 15),
                    "stage": stage,
                }
            )

    def finish(self) -> None:
        """Roll open balances up to each customer (in the customer's currency)."""
        for cust in self.customers:
            open_bal = money(
                sum(i["Balance"] for i in self.invoices if i["CustomerRef"]["value"] == cust["Id"])
            )
            cust["Balance"] = open_bal
            cust["BalanceWithJobs"] = open_bal

"""The simulator's ledger: entities by type and Id, with QuickBooks write semantics."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any

# URL segment (lower-case) -> entity name as it appears in JSON.
ENTITY_NAMES = {
    n.lower(): n
    for n in (
        "Account",
        "Bill",
        "BillPayment",
        "Class",
        "CompanyInfo",
        "CreditMemo",
        "Customer",
        "Department",
        "Deposit",
        "Employee",
        "Estimate",
        "Invoice",
        "Item",
        "JournalEntry",
        "Payment",
        "PaymentMethod",
        "Purchase",
        "PurchaseOrder",
        "RefundReceipt",
        "SalesReceipt",
        "Term",
        "TaxCode",
        "Vendor",
    )
}
_TRANSACTIONS_WITH_LINES = {"Invoice", "CreditMemo", "SalesReceipt", "Estimate", "RefundReceipt"}
_READ_ONLY = ("Id", "SyncToken", "MetaData", "domain", "TotalAmt", "Balance", "HomeBalance")


class StoreFault(Exception):
    """A write or read QuickBooks would refuse: HTTP status plus one Fault error."""

    def __init__(
        self, status: int, code: str, message: str, detail: str, element: str = ""
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail, self.element = (
            status,
            code,
            message,
            detail,
            element,
        )


def stale(current: str) -> StoreFault:
    return StoreFault(
        400,
        "5010",
        "Stale Object Error",
        "Stale Object Error : You and Greenleaf Bookkeeper were working on this at the same time. "
        "Greenleaf Bookkeeper finished before you did, so your work was not saved.",
    )


def not_found(kind: str, entity_id: str) -> StoreFault:
    return StoreFault(
        400,
        "610",
        "Object Not Found",
        "Object Not Found : Something you're trying to use has been made inactive. "
        "Check the fields with accounts, customers, items, vendors or employees. "
        f"({kind} {entity_id})",
    )


def _money(x: float) -> float:
    return round(x + 1e-9, 2)


class Ledger:
    """All entities of one realm; every method is called under the simulator's lock."""

    def __init__(
        self, entities: dict[str, list[dict[str, Any]]], now: Callable[[], datetime]
    ) -> None:
        self._now = now
        self.data: dict[str, dict[str, dict[str, Any]]] = {}
        top = 0
        for kind, rows in entities.items():
            self.data[kind] = {str(r["Id"]): copy.deepcopy(r) for r in rows}
            top = max([top, *(int(i) for i in self.data[kind] if i.isdigit())])
        self._next_id = top + 1

    def kind(self, segment: str) -> str:
        name = ENTITY_NAMES.get(segment.lower())
        if name is None:
            raise StoreFault(400, "4000", "Unsupported entity", f"Unknown entity: {segment}")
        return name

    def all(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.data.get(kind, {}).values() if e.get("status") != "Deleted"]

    def get(self, kind: str, entity_id: str) -> dict[str, Any]:
        e = self.data.get(kind, {}).get(str(entity_id))
        if e is None or e.get("status") == "Deleted":
            raise not_found(kind, str(entity_id))
        return e

    def _stamp(self) -> str:
        return self._now().isoformat(timespec="seconds")

    def _bump(self, e: dict[str, Any]) -> None:
        e["SyncToken"] = str(int(e.get("SyncToken", "0")) + 1)
        e.setdefault("MetaData", {})["LastUpdatedTime"] = self._stamp()

    def touch(self, e: dict[str, Any]) -> None:
        """Record a server-side change (e.g. an invoice sent): SyncToken +1, LastUpdatedTime."""
        self._bump(e)

    def _check_token(self, current: dict[str, Any], body: dict[str, Any]) -> None:
        token = body.get("SyncToken")
        if token is None:
            raise StoreFault(
                400,
                "2020",
                "Required param missing, need to supply the required value for the API",
                "Required parameter SyncToken is missing in the request",
                "SyncToken",
            )
        if str(token) != current["SyncToken"]:
            raise stale(current["SyncToken"])

    def create(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        e = {k: copy.deepcopy(v) for k, v in body.items() if k not in _READ_ONLY and k != "sparse"}
        e.update({"Id": str(self._next_id), "SyncToken": "0", "domain": "QBO", "sparse": False})
        e["MetaData"] = {"CreateTime": self._stamp(), "LastUpdatedTime": self._stamp()}
        self._next_id += 1
        if kind in _TRANSACTIONS_WITH_LINES:
            self._totals(kind, e, fresh=True)
        if kind == "Payment":
            self._validate_payment(e)
        self.data.setdefault(kind, {})[e["Id"]] = e
        if kind == "Payment":
            self._reapply(e, None)
        return e

    def update(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        current = self.get(kind, str(body["Id"]))
        self._check_token(current, body)
        before = copy.deepcopy(current)
        changes = {
            k: copy.deepcopy(v) for k, v in body.items() if k not in _READ_ONLY and k != "sparse"
        }
        if not body.get("sparse"):
            # Full update: writable fields omitted from the body are cleared.
            keep = {k: current[k] for k in _READ_ONLY if k in current}
            current.clear()
            current.update(keep)
        current.update(changes)
        current["sparse"] = False
        if kind in _TRANSACTIONS_WITH_LINES and "Line" in changes:
            paid = before.get("TotalAmt", 0) - before.get("Balance", 0)
            self._totals(kind, current, fresh=False, paid=paid)
        if kind == "Payment":
            self._validate_payment(current)
            self._reapply(current, before)
        self._bump(current)
        return current

    def delete(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        current = self.get(kind, str(body.get("Id")))
        self._check_token(current, body)
        if kind == "Invoice" and any(
            t.get("TxnType") == "Payment" for t in current.get("LinkedTxn", [])
        ):
            raise StoreFault(
                400,
                "6480",
                "Deletion Error",
                "You must unlink any linked transactions associated with the invoice "
                "before deleting it",
            )
        if kind == "Payment":
            self._reapply({"Line": []}, copy.deepcopy(current))
        current.clear()
        current.update({"status": "Deleted", "domain": "QBO", "Id": str(body["Id"])})
        current["MetaData"] = {"LastUpdatedTime": self._stamp()}
        return {"status": "Deleted", "domain": "QBO", "Id": str(body["Id"])}

    def void(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        current = self.get(kind, str(body.get("Id")))
        self._check_token(current, body)
        before = copy.deepcopy(current)
        for line in current.get("Line", []):
            line["Amount"] = 0
            if "SalesItemLineDetail" in line:
                line["SalesItemLineDetail"]["Qty"] = 0
        current["TotalAmt"] = 0
        if kind == "Payment":
            current["UnappliedAmt"] = 0
            self._reapply(current, before)
        else:
            current["Balance"] = 0
            if "HomeBalance" in current:
                current["HomeBalance"] = 0
        note = current.get("PrivateNote") or ""
        current["PrivateNote"] = f"Voided - {note}" if note else "Voided"
        self._bump(current)
        return current

    def _totals(self, kind: str, e: dict[str, Any], fresh: bool, paid: float = 0.0) -> None:
        lines = e.get("Line", [])
        total = _money(
            sum(
                float(ln.get("Amount", 0))
                for ln in lines
                if ln.get("DetailType") not in ("SubTotalLineDetail",)
            )
        )
        e["TotalAmt"] = total
        e["Balance"] = total if fresh else _money(max(total - paid, 0.0))
        if e.get("ExchangeRate"):
            e["HomeTotalAmt"] = _money(total * float(e["ExchangeRate"]))
            e["HomeBalance"] = _money(e["Balance"] * float(e["ExchangeRate"]))
        if kind == "CreditMemo":
            e["RemainingCredit"] = e["Balance"]

    def _links(self, payment: dict[str, Any] | None) -> dict[str, float]:
        out: dict[str, float] = {}
        for line in (payment or {}).get("Line", []):
            for link in line.get("LinkedTxn", []):
                if link.get("TxnType") == "Invoice":
                    out[link["TxnId"]] = out.get(link["TxnId"], 0.0) + float(line.get("Amount", 0))
        return out

    def _validate_payment(self, p: dict[str, Any]) -> None:
        for inv_id in self._links(p):
            self.get("Invoice", inv_id)
        applied = sum(self._links(p).values())
        p["TotalAmt"] = float(p.get("TotalAmt", applied))
        p["UnappliedAmt"] = _money(max(p["TotalAmt"] - applied, 0.0))

    def _reapply(self, new: dict[str, Any], old: dict[str, Any] | None) -> None:
        """Move the invoices' balances from what `old` applied to what `new` applies."""
        before, after = self._links(old), self._links(new)
        pid = new.get("Id") or (old or {}).get("Id")
        for inv_id in set(before) | set(after):
            delta = after.get(inv_id, 0.0) - before.get(inv_id, 0.0)
            inv = self.data.get("Invoice", {}).get(inv_id)
            if inv is None or inv.get("status") == "Deleted":
                continue
            inv["Balance"] = _money(min(max(inv["Balance"] - delta, 0.0), inv["TotalAmt"]))
            if inv.get("ExchangeRate"):
                inv["HomeBalance"] = _money(inv["Balance"] * float(inv["ExchangeRate"]))
            links = [t for t in inv.get("LinkedTxn", []) if t.get("TxnId") != pid]
            if inv_id in after and after[inv_id] > 0:
                links.append({"TxnId": pid, "TxnType": "Payment"})
            inv["LinkedTxn"] = links
            self._bump(inv)

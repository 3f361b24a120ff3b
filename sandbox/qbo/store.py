"""The simulator's ledger: entities by type and Id, with QuickBooks write semantics."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sandbox.qbo import names, refs, totals

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
_READ_ONLY = ("Id", "SyncToken", "MetaData", "domain", "TotalAmt", "Balance", "HomeBalance")
# What was paid is the caller's to say: a Payment's TotalAmt may exceed what it applies.
_CALLER_TOTAL = {"Payment", "BillPayment"}
VOIDABLE = {"Invoice", "Payment", "SalesReceipt", "BillPayment"}


def read_only(kind: str) -> tuple[str, ...]:
    """Fields a write's body cannot set for `kind` (QuickBooks ignores them)."""
    fields = _READ_ONLY + names.READ_ONLY.get(kind, ())
    return tuple(f for f in fields if not (f == "TotalAmt" and kind in _CALLER_TOTAL))


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


def missing_param(element: str) -> StoreFault:
    return StoreFault(
        400,
        "2020",
        "Required param missing, need to supply the required value for the API",
        f"Required parameter {element} is missing in the request",
        element,
    )


class Ledger:
    """All entities of one realm; every method is called under the simulator's lock."""

    def __init__(
        self,
        entities: dict[str, list[dict[str, Any]]],
        now: Callable[[], datetime],
        home_currency: str = "USD",
    ) -> None:
        self._now = now
        self.home_currency = home_currency
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
        """Every stored record of `kind`, inactive ones included (deleted ones not)."""
        return [e for e in self.data.get(kind, {}).values() if e.get("status") != "Deleted"]

    def get(self, kind: str, entity_id: str) -> dict[str, Any]:
        e = self.data.get(kind, {}).get(str(entity_id))
        if e is None or e.get("status") == "Deleted":
            raise not_found(kind, str(entity_id))
        return e

    def _lookup(self, kind: str, entity_id: str) -> dict[str, Any] | None:
        e = self.data.get(kind, {}).get(entity_id)
        return None if e is None or e.get("status") == "Deleted" else e

    def _holds(self, kind: str) -> bool:
        return bool(self.data.get(kind))

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
            raise missing_param("SyncToken")
        if str(token) != current["SyncToken"]:
            raise stale(current["SyncToken"])

    def _prepare(
        self, kind: str, e: dict[str, Any], before: dict[str, Any] | None, relines: bool = True
    ) -> None:
        """Fill what QuickBooks derives and refuse what it refuses, before anything is stored."""
        element = refs.missing(kind, e)
        if element:
            raise missing_param(element)
        if kind in names.NAME_LISTS:
            self._name_defaults(kind, e, before)
        elif kind != "CompanyInfo" and before is None:
            e.setdefault("TxnDate", self._now().date().isoformat())  # QuickBooks: today
        bad = refs.bad_reference(kind, e, self._lookup, self._holds)
        if bad:
            code, path, target, ref_id = bad
            if code == "610":
                raise not_found(target, ref_id)
            detail = f"Invalid Reference Id : {refs.plural(target)} element id {ref_id} not found"
            raise StoreFault(400, "2500", "Invalid Reference Id", detail, path)
        duplicate = names.duplicate_detail(kind)
        if duplicate and names.is_active(e) and names.clashes(kind, e, self.all):
            raise StoreFault(400, "6240", "Duplicate Name Exists Error", duplicate)
        if totals.has_totals(kind) and relines:
            paid = (before or {}).get("TotalAmt", 0) - (before or {}).get("Balance", 0)
            totals.apply(kind, e, paid=paid)
        if kind == "Payment":
            self._validate_payment(e)

    def _name_defaults(self, kind: str, e: dict[str, Any], before: dict[str, Any] | None) -> None:
        e.setdefault("Active", True)
        if kind in names.PEOPLE:
            names.person_defaults(e)
            parent = self._lookup(kind, str((e.get("ParentRef") or {}).get("value", "")))
            if kind == "Customer" and parent:
                # A sub-customer (job): "Parent:Child", as sub-accounts and sub-items are named.
                e["FullyQualifiedName"] = f"{parent['FullyQualifiedName']}:{e['DisplayName']}"
                e["Job"] = True
        elif kind == "Item":
            parent = self._lookup("Item", str((e.get("ParentRef") or {}).get("value", "")))
            name = str(e.get("Name") or "")
            e["FullyQualifiedName"] = f"{parent['FullyQualifiedName']}:{name}" if parent else name
        elif kind == "Account":
            e.setdefault("AccountSubType", names.DEFAULT_SUBTYPE.get(str(e["AccountType"]), ""))
            e.setdefault("CurrencyRef", {"value": self.home_currency})
            for field in ("CurrentBalance", "CurrentBalanceWithSubAccounts"):
                e[field] = (before or {}).get(field, 0)
            parent = self._lookup("Account", str((e.get("ParentRef") or {}).get("value", "")))
            e.update(names.account_fields(e, parent))

    def create(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        hidden = read_only(kind)
        e = {k: copy.deepcopy(v) for k, v in body.items() if k not in hidden and k != "sparse"}
        self._prepare(kind, e, None)
        e.update({"Id": str(self._next_id), "SyncToken": "0", "domain": "QBO", "sparse": False})
        e["MetaData"] = {"CreateTime": self._stamp(), "LastUpdatedTime": self._stamp()}
        self._next_id += 1
        self.data.setdefault(kind, {})[e["Id"]] = e
        if kind == "Payment":
            self._reapply(e, None)
        return e

    def update(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        current = self.get(kind, str(body["Id"]))
        self._check_token(current, body)
        before = copy.deepcopy(current)
        hidden = read_only(kind)
        changes = {
            k: copy.deepcopy(v) for k, v in body.items() if k not in hidden and k != "sparse"
        }
        if body.get("sparse"):
            candidate = copy.deepcopy(current)
        else:
            # Full update: writable fields omitted from the body are cleared.
            candidate = {k: copy.deepcopy(current[k]) for k in hidden if k in current}
        candidate.update(changes)
        candidate["sparse"] = False
        self._prepare(kind, candidate, before, relines="Line" in changes)
        current.clear()
        current.update(candidate)
        if kind == "Payment":
            self._reapply(current, before)
        self._bump(current)
        return current

    def delete(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        """A transaction is removed (CDC then reports a `Deleted` stub); a name-list record
        is only made inactive, as QuickBooks never deletes those."""
        current = self.get(kind, str(body.get("Id")))
        self._check_token(current, body)
        if kind in names.NAME_LISTS:
            return self.update(kind, {**body, "sparse": True, "Active": False})
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
        if kind not in VOIDABLE:
            # Intuit documents void for these four only; a Purchase or Bill is deleted instead.
            raise StoreFault(
                400, "500", "Unsupported Operation", f"Operation Void is not supported for {kind}"
            )
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
            for field in ("Balance", "HomeBalance", "HomeTotalAmt"):
                if field in current:
                    current[field] = 0
        note = current.get("PrivateNote") or ""
        current["PrivateNote"] = f"Voided - {note}" if note else "Voided"
        self._bump(current)
        return current

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

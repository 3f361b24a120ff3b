"""References a write names (CustomerRef, VendorRef, AccountRef, ItemRef, ...): required ones
must be there (2020), each must name a record (2500 Invalid Reference Id) that is active (610)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sandbox.qbo.names import is_active

# Reference field -> the list it points into.
TARGETS = {
    "CustomerRef": "Customer",
    "VendorRef": "Vendor",
    "EmployeeRef": "Employee",
    "ItemRef": "Item",
    "AccountRef": "Account",
    "DepositToAccountRef": "Account",
    "APAccountRef": "Account",
    "ARAccountRef": "Account",
    "IncomeAccountRef": "Account",
    "ExpenseAccountRef": "Account",
    "AssetAccountRef": "Account",
    "DiscountAccountRef": "Account",
    "FromAccountRef": "Account",
    "ToAccountRef": "Account",
    "PaymentMethodRef": "PaymentMethod",
    "SalesTermRef": "Term",
    "ClassRef": "Class",
    "DepartmentRef": "Department",
    "TaxCodeRef": "TaxCode",
}
REQUIRED = {
    "Invoice": ("CustomerRef",),
    "CreditMemo": ("CustomerRef",),
    "Estimate": ("CustomerRef",),
    "Payment": ("CustomerRef",),
    "Bill": ("VendorRef",),
    "BillPayment": ("VendorRef",),
    "PurchaseOrder": ("VendorRef",),
    "VendorCredit": ("VendorRef",),
    "Purchase": ("AccountRef", "PaymentType"),
    "Deposit": ("DepositToAccountRef",),
    "Account": ("Name", "AccountType"),
    "Item": ("Name",),
}
# Expense lines must say where the money went.
LINE_REQUIRED = {
    "AccountBasedExpenseLineDetail": "AccountRef",
    "ItemBasedExpenseLineDetail": "ItemRef",
}
_PLURAL = {"Class": "Classes"}

Lookup = Callable[[str, str], dict[str, Any] | None]


def missing(kind: str, e: dict[str, Any]) -> str | None:
    """The first required field `e` lacks, as an element path (None when complete)."""
    for name in REQUIRED.get(kind, ()):
        value = e.get(name)
        if value in (None, "", {}) or (isinstance(value, dict) and not value.get("value")):
            return name
    for line in e.get("Line", []) if isinstance(e.get("Line"), list) else []:
        detail_type = str(line.get("DetailType"))
        field = LINE_REQUIRED.get(detail_type)
        if field and not ((line.get(detail_type) or {}).get(field) or {}).get("value"):
            return f"Line.{detail_type}.{field}"
    return None


def _refs(kind: str, e: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(element path, target list, id) for every reference in `e` and its lines."""
    for name, value in e.items():
        if not isinstance(value, dict) or "value" not in value:
            continue
        if name in TARGETS:
            yield name, TARGETS[name], str(value["value"])
        elif name == "EntityRef":
            yield name, str(value.get("type") or "Vendor"), str(value["value"])
        elif name == "ParentRef":
            yield name, kind, str(value["value"])
    for line in e.get("Line", []) if isinstance(e.get("Line"), list) else []:
        detail_type = str(line.get("DetailType"))
        detail = line.get(detail_type)
        if isinstance(detail, dict):
            for path, target, ref_id in _refs(kind, detail):
                yield f"Line.{detail_type}.{path}", target, ref_id


def plural(target: str) -> str:
    return _PLURAL.get(target, target + "s")


def bad_reference(
    kind: str, e: dict[str, Any], lookup: Lookup, known: Callable[[str], bool]
) -> tuple[str, str, str, str] | None:
    """The first reference naming no record ("2500") or an inactive one ("610"), as
    (code, element path, list, id). Lists the company does not hold at all are not checked,
    so a hand-built test company without, say, items still takes invoices."""
    for path, target, ref_id in _refs(kind, e):
        if not known(target):
            continue
        found = lookup(target, ref_id)
        if found is None:
            return "2500", path, target, ref_id
        if not is_active(found):
            return "610", path, target, ref_id
    return None

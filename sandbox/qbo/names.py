"""Name-list rules: Active and soft delete, unique names (6240), an account's derived fields.

QuickBooks never deletes a name-list record (Account, Customer, Vendor, Item, ...): "delete"
is `Active: false`, and queries leave inactive records out unless the WHERE clause names
Active (e.g. `Active IN (true,false)`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

NAME_LISTS = frozenset(
    {
        "Account",
        "Class",
        "Customer",
        "Department",
        "Employee",
        "Item",
        "PaymentMethod",
        "TaxCode",
        "Term",
        "Vendor",
    }
)
# Customer, Vendor and Employee share one DisplayName space.
PEOPLE = ("Customer", "Vendor", "Employee")

# AccountType -> Classification (Intuit's Account reference: Classification is derived).
CLASSIFICATION = {
    "Bank": "Asset",
    "Other Current Asset": "Asset",
    "Fixed Asset": "Asset",
    "Other Asset": "Asset",
    "Accounts Receivable": "Asset",
    "Equity": "Equity",
    "Expense": "Expense",
    "Other Expense": "Expense",
    "Cost of Goods Sold": "Expense",
    "Accounts Payable": "Liability",
    "Credit Card": "Liability",
    "Long Term Liability": "Liability",
    "Other Current Liability": "Liability",
    "Income": "Revenue",
    "Other Income": "Revenue",
}
# The sub-type QuickBooks picks when a create names only the AccountType.
DEFAULT_SUBTYPE = {
    "Bank": "Checking",
    "Other Current Asset": "OtherCurrentAssets",
    "Fixed Asset": "OtherFixedAssets",
    "Other Asset": "OtherLongTermAssets",
    "Accounts Receivable": "AccountsReceivable",
    "Equity": "OwnersEquity",
    "Expense": "OtherMiscellaneousServiceCost",
    "Other Expense": "OtherMiscellaneousExpense",
    "Cost of Goods Sold": "SuppliesMaterialsCogs",
    "Accounts Payable": "AccountsPayable",
    "Credit Card": "CreditCard",
    "Long Term Liability": "OtherLongTermLiabilities",
    "Other Current Liability": "OtherCurrentLiabilities",
    "Income": "ServiceFeeIncome",
    "Other Income": "OtherMiscellaneousIncome",
}
READ_ONLY = {
    "Account": (
        "Classification",
        "FullyQualifiedName",
        "SubAccount",
        "CurrentBalance",
        "CurrentBalanceWithSubAccounts",
    ),
}
_DUPLICATE = (
    "The name supplied already exists. : Another {what} is already using this{gap}name. "
    "Please use a different name."
)
_WHAT = {"Account": "account", "Item": "product or service"}


def is_active(e: dict[str, Any]) -> bool:
    return e.get("Active", True) is not False


def name_of(kind: str, e: dict[str, Any]) -> str:
    """The name QuickBooks keeps unique for this list ("" when the record has none)."""
    if kind in PEOPLE:
        return str(e.get("DisplayName") or "")
    if kind == "Account":
        return str(e.get("FullyQualifiedName") or e.get("Name") or "")
    return str(e.get("Name") or "")


def duplicate_detail(kind: str) -> str | None:
    """The 6240 Detail text for `kind`, or None when the list has no unique name (TaxCode)."""
    if kind == "TaxCode":
        return None
    if kind in PEOPLE:
        # Verbatim from Intuit's batch sample (fixture batch_response.json), line break included.
        return _DUPLICATE.format(what="customer, vendor or employee", gap=" \n")
    return _DUPLICATE.format(what=_WHAT.get(kind, kind.lower()), gap=" ")


def clashes(
    kind: str, entity: dict[str, Any], lists: Callable[[str], Iterable[dict[str, Any]]]
) -> bool:
    """True if another active record of the same name space already uses `entity`'s name."""
    name = name_of(kind, entity).casefold()
    if not name:
        return False
    for other_kind in PEOPLE if kind in PEOPLE else (kind,):
        for other in lists(other_kind):
            same = other_kind == kind and other.get("Id") == entity.get("Id")
            if not same and is_active(other) and name_of(other_kind, other).casefold() == name:
                return True
    return False


def person_defaults(e: dict[str, Any]) -> None:
    """DisplayName from the name parts when absent; FullyQualifiedName and PrintOnCheckName."""
    if not e.get("DisplayName"):
        parts = [e.get(k) for k in ("Title", "GivenName", "MiddleName", "FamilyName", "Suffix")]
        e["DisplayName"] = " ".join(str(p) for p in parts if p) or str(e.get("CompanyName") or "")
    e["FullyQualifiedName"] = e["DisplayName"]
    e.setdefault("PrintOnCheckName", e["DisplayName"])
    e.setdefault("Balance", 0)


def account_fields(acct: dict[str, Any], parent: dict[str, Any] | None) -> dict[str, Any]:
    """Classification, FullyQualifiedName and SubAccount, which QuickBooks derives."""
    own = str(acct.get("Name") or "")
    fqn = f"{parent['FullyQualifiedName']}:{own}" if parent else own
    return {
        "Classification": CLASSIFICATION.get(str(acct.get("AccountType")), "Expense"),
        "FullyQualifiedName": fqn,
        "SubAccount": parent is not None,
    }

"""The sample company's name lists: chart of accounts, items, vendors, payment methods, terms
and tax codes — the lists every real QuickBooks company has and its transactions refer to.

Ids stay below the transactions' (101+) so adding the lists moves no transaction Id; the
invoices' ItemRef 1-10, the payments' DepositToAccountRef 4 and SalesTermRef 3 resolve here.
"""

from __future__ import annotations

from typing import Any

from sandbox.qbo.builder import ITEMS, day, stamp
from sandbox.qbo.names import account_fields

# (Id, Name, AccountType, AccountSubType, parent Id or "")
CHART: list[tuple[str, str, str, str, str]] = [
    ("1", "Landscaping Services", "Income", "ServiceFeeIncome", ""),
    ("2", "Design Income", "Income", "ServiceFeeIncome", ""),
    ("3", "Sales of Product Income", "Income", "SalesOfProductIncome", ""),
    ("4", "Undeposited Funds", "Other Current Asset", "UndepositedFunds", ""),
    ("5", "Checking", "Bank", "Checking", ""),
    ("6", "Savings", "Bank", "Savings", ""),
    ("7", "Accounts Receivable (A/R)", "Accounts Receivable", "AccountsReceivable", ""),
    ("8", "Inventory Asset", "Other Current Asset", "Inventory", ""),
    ("9", "Trucks and Equipment", "Fixed Asset", "MachineryAndEquipment", ""),
    ("10", "Accounts Payable (A/P)", "Accounts Payable", "AccountsPayable", ""),
    ("11", "Mastercard", "Credit Card", "CreditCard", ""),
    ("12", "Sales Tax Payable", "Other Current Liability", "SalesTaxPayable", ""),
    ("13", "Equipment Loan", "Long Term Liability", "NotesPayable", ""),
    ("14", "Opening Balance Equity", "Equity", "OpeningBalanceEquity", ""),
    ("15", "Retained Earnings", "Equity", "RetainedEarnings", ""),
    ("16", "Cost of Goods Sold", "Cost of Goods Sold", "SuppliesMaterialsCogs", ""),
    ("17", "Automobile", "Expense", "Auto", ""),
    ("18", "Fuel", "Expense", "Auto", "17"),
    ("19", "Equipment Rental", "Expense", "EquipmentRental", ""),
    ("20", "Job Materials", "Expense", "SuppliesMaterials", ""),
    ("21", "Insurance", "Expense", "Insurance", ""),
    ("22", "Repairs and Maintenance", "Expense", "RepairMaintenance", ""),
    ("23", "Utilities", "Expense", "Utilities", ""),
    ("24", "Bank Charges", "Expense", "BankCharges", ""),
    ("25", "Meals and Entertainment", "Expense", "EntertainmentMeals", ""),
    ("26", "Interest Earned", "Other Income", "InterestEarned", ""),
    ("27", "Depreciation", "Other Expense", "Depreciation", ""),
]
# Item Id -> (income account, expense account or "" for services)
_ITEM_ACCOUNTS = {"4": ("3", "16"), "6": ("3", "16"), "8": ("2", "")}
VENDORS: list[tuple[str, str, str, str]] = [
    ("41", "Northwest Sod Farms", "orders@nwsod.example", "(503) 555-0311"),
    ("42", "Cascade Equipment Rental", "rentals@cascade-rent.example", "(503) 555-0322"),
    ("43", "Rose City Fuel", "billing@rosecityfuel.example", "(503) 555-0333"),
    ("44", "Pacific Bark & Mulch", "sales@pacificbark.example", "(503) 555-0344"),
    ("45", "Willamette Power & Light", "accounts@wpl.example", "(503) 555-0355"),
    ("46", "Columbia Truck Repair", "service@columbiatruck.example", "(503) 555-0366"),
]
PAYMENT_METHODS: list[tuple[str, str, str]] = [
    ("1", "Cash", "NON_CREDIT_CARD"),
    ("2", "Check", "NON_CREDIT_CARD"),
    ("3", "Visa", "CREDIT_CARD"),
    ("4", "MasterCard", "CREDIT_CARD"),
    ("5", "Discover", "CREDIT_CARD"),
    ("6", "American Express", "CREDIT_CARD"),
    ("7", "Diners Club", "CREDIT_CARD"),
]
TERMS: list[tuple[str, str, int]] = [
    ("1", "Due on receipt", 0),
    ("2", "Net 15", 15),
    ("3", "Net 30", 30),
    ("4", "Net 60", 60),
]


def _meta() -> dict[str, str]:
    created = stamp(day(-900), 8)
    return {"CreateTime": created, "LastUpdatedTime": created}


def _base(entity_id: str) -> dict[str, Any]:
    return {
        "domain": "QBO",
        "sparse": False,
        "Id": entity_id,
        "SyncToken": "0",
        "MetaData": _meta(),
    }


def accounts(home_currency: str = "USD") -> list[dict[str, Any]]:
    by_id: dict[str, dict[str, Any]] = {}
    for aid, name, acct_type, sub_type, parent in CHART:
        acct: dict[str, Any] = {
            "Name": name,
            "AccountType": acct_type,
            "AccountSubType": sub_type,
            "Active": True,
            "CurrentBalance": 0,
            "CurrentBalanceWithSubAccounts": 0,
            "CurrencyRef": {"value": home_currency, "name": "United States Dollar"},
            **_base(aid),
        }
        if parent:
            acct["ParentRef"] = {"value": parent}
        acct.update(account_fields(acct, by_id.get(parent)))
        by_id[aid] = acct
    return list(by_id.values())


def items() -> list[dict[str, Any]]:
    out = []
    for iid, name, price in ITEMS:
        income, expense = _ITEM_ACCOUNTS.get(iid, ("1", ""))
        item: dict[str, Any] = {
            "Name": name,
            "FullyQualifiedName": name,
            "Sku": f"GL-{int(iid):03d}",
            "Description": name,
            "Active": True,
            "Taxable": False,
            "UnitPrice": price,
            "Type": "NonInventory" if expense else "Service",
            "IncomeAccountRef": {"value": income, "name": CHART[int(income) - 1][1]},
            "TrackQtyOnHand": False,
            **_base(iid),
        }
        if expense:
            item["ExpenseAccountRef"] = {"value": expense, "name": CHART[int(expense) - 1][1]}
        out.append(item)
    return out


def vendors() -> list[dict[str, Any]]:
    return [
        {
            "DisplayName": name,
            "CompanyName": name,
            "PrintOnCheckName": name,
            "PrimaryEmailAddr": {"Address": email},
            "PrimaryPhone": {"FreeFormNumber": phone},
            "Vendor1099": False,
            "Active": True,
            "Balance": 0,
            "CurrencyRef": {"value": "USD", "name": "United States Dollar"},
            **_base(vid),
        }
        for vid, name, email, phone in VENDORS
    ]


def payment_methods() -> list[dict[str, Any]]:
    return [
        {"Name": name, "Active": True, "Type": kind, **_base(pid)}
        for pid, name, kind in PAYMENT_METHODS
    ]


def terms() -> list[dict[str, Any]]:
    return [
        {"Name": name, "Active": True, "Type": "STANDARD", "DueDays": days, **_base(tid)}
        for tid, name, days in TERMS
    ]


def tax_codes() -> list[dict[str, Any]]:
    """US companies' two pseudo codes, which sales lines name as TaxCodeRef TAX / NON."""
    return [
        {
            "Name": code,
            "Description": desc,
            "Active": True,
            "Taxable": taxable,
            "TaxGroup": False,
            "Hidden": False,
            **_base(code),
        }
        for code, desc, taxable in (("TAX", "TAX", True), ("NON", "NON", False))
    ]


def name_lists() -> dict[str, list[dict[str, Any]]]:
    """File name (without .json) -> that list, as generate.py writes them."""
    return {
        "accounts": accounts(),
        "items": items(),
        "vendors": vendors(),
        "payment_methods": payment_methods(),
        "terms": terms(),
        "tax_codes": tax_codes(),
    }

"""Transaction totals as QuickBooks computes them: a read-only TotalAmt, from the lines."""

from __future__ import annotations

from typing import Any

SALES = frozenset({"Invoice", "CreditMemo", "SalesReceipt", "Estimate", "RefundReceipt"})
EXPENSES = frozenset({"Purchase", "Bill", "PurchaseOrder", "VendorCredit"})
_SALES_LINES = ("SalesItemLineDetail", "GroupLineDetail")
_EXPENSE_LINES = ("AccountBasedExpenseLineDetail", "ItemBasedExpenseLineDetail")
# Kinds whose Balance is what is still owed; Purchase (paid on the spot) has none.
_WITH_BALANCE = SALES - {"Estimate"} | {"Bill"}


def money(x: float) -> float:
    return round(x + 1e-9, 2)


def _amount(line: dict[str, Any]) -> float:
    """A line's Amount; Qty x UnitPrice when the caller left Amount out (QuickBooks fills it)."""
    if line.get("Amount") is None:
        detail = line.get(str(line.get("DetailType")), {}) or {}
        if "Qty" in detail and "UnitPrice" in detail:
            line["Amount"] = money(float(detail["Qty"]) * float(detail["UnitPrice"]))
    return float(line.get("Amount") or 0)


def _sales_total(e: dict[str, Any]) -> float:
    """Item lines, less discount lines (a percent discount is of the lines above it), plus tax."""
    running = 0.0
    for line in e.get("Line", []):
        kind = line.get("DetailType")
        if kind in _SALES_LINES:
            running += _amount(line)
        elif kind == "DiscountLineDetail":
            detail = line.get("DiscountLineDetail") or {}
            if detail.get("PercentBased") and detail.get("DiscountPercent") is not None:
                line["Amount"] = money(running * float(detail["DiscountPercent"]) / 100)
            running -= abs(float(line.get("Amount") or 0))
        elif kind == "SubTotalLineDetail":
            line["Amount"] = money(running)
    tax = float((e.get("TxnTaxDetail") or {}).get("TotalTax") or 0)
    return money(running + tax)


def _expense_total(e: dict[str, Any]) -> float:
    return money(
        sum(_amount(ln) for ln in e.get("Line", []) if ln.get("DetailType") in _EXPENSE_LINES)
    )


def has_totals(kind: str) -> bool:
    return kind in SALES or kind in EXPENSES


def apply(kind: str, e: dict[str, Any], paid: float = 0.0) -> None:
    """Set TotalAmt (and Balance, Home amounts, RemainingCredit) from `e`'s lines."""
    total = _sales_total(e) if kind in SALES else _expense_total(e)
    e["TotalAmt"] = total
    if kind in _WITH_BALANCE:
        e["Balance"] = money(max(total - paid, 0.0))
    if e.get("ExchangeRate"):
        rate = float(e["ExchangeRate"])
        e["HomeTotalAmt"] = money(total * rate)
        if "Balance" in e:
            e["HomeBalance"] = money(e["Balance"] * rate)
    if kind == "CreditMemo":
        e["RemainingCredit"] = e["Balance"]

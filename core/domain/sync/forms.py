"""What the Slack forms (`/qb expense`, `/qb invoice`, an invoice's Edit) ask, as the import
row a file would carry: the form only shapes the person's answers into QuickBooks fields and
the import's RowChecker decides whether they are good, so both paths refuse the same things
for the same reasons. A refusal names the form field to show it beside. Pure: plain values in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from core.domain.sync.import_check import CENT, BadRow, KnownAccount, money, number

# Where an expense is paid from, by the paying account's type (import_check.PAYMENT_TYPES).
PAYMENT_TYPE_OF = {"Credit Card": "CreditCard", "Bank": "Cash"}
MAX_LINES = 5  # line rows on the invoice form; an invoice with more is edited by import


class FormError(ValueError):
    """An answer the form cannot turn into a field; `field` is the form field it names."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field


@dataclass(frozen=True)
class ExpenseForm:
    """The `/qb expense` answers: ids as chosen from the read copy, texts as typed."""

    payee: str | None
    account: str | None  # the expense account the line posts to
    amount: str
    currency: str | None
    txn_date: str | None
    memo: str
    paid_from: str | None  # a Bank or Credit Card account


@dataclass(frozen=True)
class InvoiceLine:
    item: str | None
    qty: str
    rate: str


@dataclass(frozen=True)
class InvoiceForm:
    """The invoice form's answers; a line row left blank is no line."""

    customer: str | None
    lines: tuple[InvoiceLine, ...]
    due_date: str | None
    memo: str


def line_field(row: int) -> str:
    """The form field of line row `row` (0-based) an error is shown beside."""
    return f"line{row}"


def _ref(value: str | None, field: str, what: str) -> dict[str, str]:
    if not value:
        raise FormError(field, f"choose {what}")
    return {"value": value}


def expense_row(
    form: ExpenseForm, accounts: Mapping[str, KnownAccount], home_currency: str
) -> dict[str, Any]:
    """The import row of a new Purchase; FormError for an answer that is no field at all."""
    try:
        amount = money(form.amount.strip() or None, "Amount")
    except BadRow as exc:
        raise FormError("amount", str(exc)) from None
    paying = accounts.get(form.paid_from or "")
    row: dict[str, Any] = {
        "type": "expense",
        "PaymentType": PAYMENT_TYPE_OF.get(paying.account_type if paying else "", "Cash"),
        "AccountRef": _ref(form.paid_from, "paid_from", "the account it was paid from"),
        "EntityRef": {**_ref(form.payee, "payee", "a payee"), "type": "Vendor"},
        "Line": [
            {
                "Amount": amount,
                "DetailType": "AccountBasedExpenseLineDetail",
                "AccountBasedExpenseLineDetail": {
                    "AccountRef": _ref(form.account, "account", "an expense account")
                },
            }
        ],
    }
    if form.txn_date:
        row["TxnDate"] = form.txn_date
    if form.memo:
        row["PrivateNote"] = form.memo
    if form.currency and form.currency != home_currency:
        row["CurrencyRef"] = {"value": form.currency}
    return row


@dataclass(frozen=True)
class InvoiceRow:
    """An invoice form as an import row, and which line row each QuickBooks line came from."""

    row: dict[str, Any]
    line_rows: tuple[int, ...]


def _lines(form: InvoiceForm, prices: Mapping[str, Decimal]) -> tuple[list[Any], list[int]]:
    lines: list[Any] = []
    rows: list[int] = []
    for n, line in enumerate(form.lines):
        if not (line.item or line.qty.strip() or line.rate.strip()):
            continue
        field, at = line_field(n), len(lines) + 1
        if not line.item:
            raise FormError(field, "choose an item for this line, or clear it")
        try:
            qty = number(line.qty.strip() or "1", f"Line {at} Qty")
            rate = (
                number(line.rate, f"Line {at} rate") if line.rate.strip() else prices.get(line.item)
            )
            if rate is None:
                raise BadRow(f"Line {at}: say the rate (the item has no price in QuickBooks)")
            amount = money((qty * rate).quantize(CENT), f"Line {at} Amount")
        except BadRow as exc:
            raise FormError(field, str(exc)) from None
        lines.append(
            {
                "Amount": amount,
                "DetailType": "SalesItemLineDetail",
                "SalesItemLineDetail": {
                    "ItemRef": {"value": line.item}, "Qty": qty, "UnitPrice": rate,
                },
            }
        )  # fmt: skip
        rows.append(n)
    if not lines:
        raise FormError(line_field(0), "an invoice needs at least one line")
    return lines, rows


def invoice_row(form: InvoiceForm, prices: Mapping[str, Decimal]) -> InvoiceRow:
    """The import row of a new Invoice."""
    lines, rows = _lines(form, prices)
    row: dict[str, Any] = {
        "type": "invoice",
        "CustomerRef": _ref(form.customer, "customer", "a customer"),
        "Line": lines,
    }
    if form.due_date:
        row["DueDate"] = form.due_date
    if form.memo:
        row["CustomerMemo"] = {"value": form.memo}
    return InvoiceRow(row, tuple(rows))


def _priced(raw: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [
        line for line in raw.get("Line") or [] if line.get("DetailType") != "SubTotalLineDetail"
    ]


def _key(line: Mapping[str, Any]) -> tuple[str, Decimal, Decimal]:
    detail = line.get("SalesItemLineDetail") or {}
    item = str((detail.get("ItemRef") or {}).get("value", ""))
    qty = Decimal(str(detail.get("Qty", 1)))
    price = detail.get("UnitPrice")
    rate = Decimal(str(price)) if price is not None else Decimal(str(line.get("Amount", 0))) / qty
    return item, qty.normalize(), rate.normalize()


def editable(raw: Mapping[str, Any]) -> InvoiceForm | str:
    """The invoice form prefilled from the read copy, or why this invoice is not edited here."""
    priced = _priced(raw)
    if any(line.get("DetailType") != "SalesItemLineDetail" for line in priced):
        return "it has lines other than items; edit it in QuickBooks or by `qbot records import`"
    if len(priced) > MAX_LINES:
        return (
            f"it has {len(priced)} lines, more than the form's {MAX_LINES}; edit it in "
            "QuickBooks or by `qbot records import`"
        )
    rows = []
    for line in priced:
        item, qty, rate = _key(line)
        rows.append(InvoiceLine(item or None, f"{qty:f}", f"{rate:f}"))
    memo = raw.get("CustomerMemo")
    return InvoiceForm(
        customer=str((raw.get("CustomerRef") or {}).get("value", "")) or None,
        lines=tuple(rows),
        due_date=str(raw["DueDate"])[:10] if raw.get("DueDate") else None,
        memo=str(memo.get("value", "")) if isinstance(memo, Mapping) else "",
    )


def staged_expense(fields: Mapping[str, Any], home_currency: str) -> ExpenseForm | str:
    """The expense form filled from a staged new expense, or why it is not edited here."""
    lines = fields.get("Line") or []
    if len(lines) != 1 or not isinstance(lines[0], Mapping):
        return "it has several lines; reject it and import the corrected one"
    [line] = lines
    detail = line.get("AccountBasedExpenseLineDetail") or {}
    currency = fields.get("CurrencyRef")

    def ref(value: Any) -> str | None:
        return str(value["value"]) if isinstance(value, Mapping) and value.get("value") else None

    return ExpenseForm(
        payee=ref(fields.get("EntityRef")),
        account=ref(detail.get("AccountRef")),
        amount=f"{Decimal(str(line.get('Amount', 0))):.2f}",
        currency=ref(currency) or home_currency,
        txn_date=str(fields["TxnDate"])[:10] if fields.get("TxnDate") else None,
        memo=str(fields.get("PrivateNote") or ""),
        paid_from=ref(fields.get("AccountRef")),
    )


def invoice_edit_row(
    form: InvoiceForm, prices: Mapping[str, Decimal], qbo_id: str, raw: Mapping[str, Any]
) -> InvoiceRow:
    """The sparse edit of invoice `qbo_id`: only the fields the form changed against `raw`."""
    new = invoice_row(form, prices)
    row: dict[str, Any] = {"type": "invoice", "qbo_id": qbo_id}
    if new.row["CustomerRef"]["value"] != str((raw.get("CustomerRef") or {}).get("value", "")):
        row["CustomerRef"] = new.row["CustomerRef"]
    if [_key(line) for line in new.row["Line"]] != [_key(line) for line in _priced(raw)]:
        row["Line"] = new.row["Line"]
    if form.due_date and form.due_date != str(raw.get("DueDate", ""))[:10]:
        row["DueDate"] = form.due_date
    memo = raw.get("CustomerMemo")
    before = str(memo.get("value", "")) if isinstance(memo, Mapping) else ""
    if form.memo != before:
        row["CustomerMemo"] = {"value": form.memo}
    if len(row) == 2:
        raise FormError("customer", "nothing was changed; change a field or cancel")
    return InvoiceRow(row, new.line_rows)


def field_of(reason: str, tokens: Sequence[tuple[str, str]]) -> str | None:
    """The form field a checker's reason names: the (token, field) found first in it, the
    longest token where two start at the same place ("Line 1 ….AccountRef" over "Line 1")."""
    found = [(reason.find(t), -len(t), f) for t, f in tokens if t in reason]
    return min(found)[2] if found else None


EXPENSE_FIELDS: tuple[tuple[str, str], ...] = (
    ("EntityRef", "payee"),
    ("Line 1 AccountBasedExpenseLineDetail.AccountRef", "account"),
    ("Line 1", "amount"),
    ("Line", "amount"),
    ("TotalAmt", "amount"),
    ("CurrencyRef", "currency"),
    ("TxnDate", "txn_date"),
    ("PrivateNote", "memo"),
    ("AccountRef", "paid_from"),
    ("PaymentType", "paid_from"),
    (" expense is paid from ", "paid_from"),
)


def invoice_fields(line_rows: Sequence[int]) -> tuple[tuple[str, str], ...]:
    """Reason tokens of the invoice form: QuickBooks' `Line n` is the nth line row filled."""
    lines = tuple((f"Line {n} ", line_field(r)) for n, r in enumerate(line_rows, start=1))
    lines += tuple((f"Line {n}:", line_field(r)) for n, r in enumerate(line_rows, start=1))
    first = line_field(line_rows[0] if line_rows else 0)
    return (
        *lines,
        ("Line", first),
        ("CustomerRef", "customer"),
        ("DueDate", "due_date"),
        ("TxnDate", "due_date"),
        ("CustomerMemo", "memo"),
        ("TotalAmt", first),
    )

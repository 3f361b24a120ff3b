"""Checking one row of an import file (`qbot records import`) against the books qbot holds.

A row is `{"type": "expense"|"invoice"|"account", "qbo_id": "<for an edit>", ...fields}` with
the fields named and shaped as QuickBooks names them. A good row becomes a StagedChange; a bad
one a Rejection whose reason a finance person can act on. Pure: the caller passes the books.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from core.domain.sync.records import FieldValue, field_class
from core.domain.sync.staged import ChangeKind, StagedChange
from core.domain.sync.versions import field_value, plain_value

# Intuit's Account reference: the AccountType enumeration.
ACCOUNT_TYPES = (
    "Bank", "Other Current Asset", "Fixed Asset", "Other Asset", "Accounts Receivable",
    "Equity", "Expense", "Other Expense", "Cost of Goods Sold", "Accounts Payable",
    "Credit Card", "Long Term Liability", "Other Current Liability", "Income", "Other Income",
)  # fmt: skip
PAYMENT_TYPES = {"Cash": "Bank", "Check": "Bank", "CreditCard": "Credit Card"}  # -> paid from
PAYEE_TYPES = ("Vendor", "Customer", "Employee")
NAME_MAX, NOTE_MAX, MEMO_MAX, DOC_MAX = 100, 4000, 1000, 21
ROW_KEYS = ("type", "qbo_id")
UNPRICED_INVOICE_LINES = ("SubTotalLineDetail", "DescriptionOnly")
# QuickBooks sets these itself; a row naming them is asking for something qbot will not do.
SET_BY_QUICKBOOKS = ("Id", "SyncToken", "MetaData", "Balance", "CurrentBalance", "domain")
_CURRENCY = re.compile(r"[A-Z]{3}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
CENT = Decimal("0.01")
# Above QuickBooks' 15 significant digits an amount is not money it keeps (and quantizing
# 1E+30 to cents overflows Decimal's default 28 digits).
MONEY_LIMIT = Decimal("1E13")


@dataclass(frozen=True)
class KnownAccount:
    """An account in qbot's copy of the chart of accounts."""

    id: str
    name: str
    account_type: str
    active: bool = True


@dataclass(frozen=True)
class CurrentRecord:
    """A record qbot's read copy holds: its SyncToken and QuickBooks JSON."""

    sync_token: str
    raw: Mapping[str, Any]
    open_change: int | None = None  # a staged change still open on it


@dataclass(frozen=True)
class Books:
    """What the rows are checked against: one company's read copy."""

    accounts: Mapping[str, KnownAccount] = field(default_factory=dict)
    customers: frozenset[str] = frozenset()
    vendors: frozenset[str] = frozenset()
    items: frozenset[str] = frozenset()
    records: Mapping[tuple[ChangeKind, str], CurrentRecord] = field(default_factory=dict)
    home_currency: str = "USD"


@dataclass(frozen=True)
class Rejection:
    """A row that stages nothing, and why."""

    line: int
    reason: str


class BadRow(ValueError):
    """Raised inside a check; its message is the reason the person reads."""


def money(value: Any, what: str) -> Decimal:
    """An amount as QuickBooks takes it: a number (or numeric text) with at most 2 decimals."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str | float):
        raise BadRow(f"{what} must be an amount such as 120.50, not {_shown(value)}")
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise BadRow(f"{what} must be an amount such as 120.50, not {_shown(value)}") from None
    if not amount.is_finite():
        raise BadRow(f"{what} must be an amount such as 120.50, not {_shown(value)}")
    if abs(amount) >= MONEY_LIMIT:
        raise BadRow(f"{what} {_shown(value)} is larger than QuickBooks takes")
    if amount != amount.quantize(CENT):
        raise BadRow(f"{what} {amount} has more than 2 decimals")
    if amount < 0:
        raise BadRow(f"{what} {amount} is negative")
    return amount


def _shown(value: Any) -> str:
    text = repr(value)  # quoted and escaped: a reason stays on one line
    return text if len(text) <= 40 else text[:37] + "..."


def _ref(value: Any, what: str) -> str:
    if not isinstance(value, Mapping) or not str(value.get("value", "")).strip():
        raise BadRow(f'{what} must look like {{"value": "<QuickBooks Id>"}}, not {_shown(value)}')
    return str(value["value"]).strip()


def _day(value: Any, what: str) -> date:
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        return _no_day(value, what)
    try:
        return date.fromisoformat(value)
    except ValueError:
        return _no_day(value, what)


def _no_day(value: Any, what: str) -> date:
    raise BadRow(f"{what} must be a date written YYYY-MM-DD, not {_shown(value)}")


def _text(value: Any, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise BadRow(f"{what} must be text, not {_shown(value)}")
    if len(value) > limit:
        raise BadRow(f"{what} is {len(value)} characters; QuickBooks takes at most {limit}")
    return value


def _currency(value: Any) -> str:
    code = _ref(value, "CurrencyRef")
    if not _CURRENCY.fullmatch(code):
        raise BadRow(f"CurrencyRef '{code}' is not a currency code such as USD")
    return code


def _lines(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not value:
        raise BadRow("Line must be a list of at least one line")
    for n, line in enumerate(value, start=1):
        if not isinstance(line, Mapping):
            raise BadRow(f"Line {n} must be an object, not {_shown(line)}")
    return list(value)


def _line_amount(line: Mapping[str, Any], n: int) -> Decimal:
    if "Amount" not in line:
        raise BadRow(f"Line {n} has no Amount")
    return money(line["Amount"], f"Line {n} Amount")


class RowChecker:
    """Checks the rows of one file in order (names claimed by an earlier row count)."""

    def __init__(self, books: Books) -> None:
        self.books = books
        self._names = {a.name.strip().lower(): a.id for a in books.accounts.values()}
        self._edited: dict[tuple[ChangeKind, str], int] = {}

    def check(self, line: int, row: Any) -> StagedChange | Rejection:
        """The staged change a row makes, or why it makes none."""
        try:
            change = self._check(row)
        except BadRow as exc:
            # One line whatever the row held (a field name is the file's own text).
            return Rejection(line, str(exc).replace("\r", "\\r").replace("\n", "\\n"))
        if change.qbo_id is not None:
            self._edited[(change.kind, change.qbo_id)] = line
        if change.kind is ChangeKind.ACCOUNT and "Name" in change.fields:
            self._names[str(change.fields["Name"]).strip().lower()] = change.qbo_id or f"@{line}"
        return change

    def _check(self, row: Any) -> StagedChange:
        if not isinstance(row, Mapping):
            raise BadRow("a row must be an object with a type and QuickBooks fields")
        kind = _kind(row.get("type"))
        fields = {k: v for k, v in row.items() if k not in ROW_KEYS}
        for name in fields:
            if name in SET_BY_QUICKBOOKS:
                raise BadRow(f"{name} is set by QuickBooks; leave it out of the row")
            try:
                field_class(kind.entity, name)
            except ValueError as exc:
                raise BadRow(str(exc)) from None
        qbo_id = row.get("qbo_id")
        if qbo_id is None or qbo_id == "":
            return self._create(kind, fields)
        return self._edit(kind, str(qbo_id).strip(), fields)

    def _create(self, kind: ChangeKind, fields: dict[str, Any]) -> StagedChange:
        required = {
            ChangeKind.EXPENSE: ("AccountRef", "PaymentType", "Line"),
            ChangeKind.INVOICE: ("CustomerRef", "Line"),
            ChangeKind.ACCOUNT: ("Name", "AccountType"),
        }[kind]
        missing = [name for name in required if name not in fields]
        if missing:
            raise BadRow(f"a new {kind.value} needs {', '.join(missing)}")
        self._fields(kind, fields, None)
        total = self._total(kind, fields, None)
        return StagedChange(kind, None, _plain(fields), amount=total,
                            currency=self._currency_of(fields, None))  # fmt: skip

    def _edit(self, kind: ChangeKind, qbo_id: str, fields: dict[str, Any]) -> StagedChange:
        current = self.books.records.get((kind, qbo_id))
        if current is None:
            raise BadRow(
                f"qbot has no {kind.value} {qbo_id} from QuickBooks; run `qbot sync` first, "
                f"or leave qbo_id out to create a new {kind.value}"
            )
        if current.open_change is not None:
            raise BadRow(
                f"{kind.value} {qbo_id} already has change {current.open_change} waiting; "
                "approve or reject it first"
            )
        earlier = self._edited.get((kind, qbo_id))
        if earlier is not None:
            raise BadRow(f"{kind.value} {qbo_id} is already changed on line {earlier}")
        if not fields:
            raise BadRow(f"the edit of {kind.value} {qbo_id} changes no field")
        for name, value in fields.items():
            if _same(value, field_value(current.raw, name)):
                raise BadRow(
                    f"{name} is already {_shown(plain_value(value))} in QuickBooks; "
                    "an edit carries only the fields it changes"
                )
        self._fields(kind, fields, current)
        total = self._total(kind, fields, current)
        before = {name: field_value(current.raw, name) for name in fields}
        return StagedChange(
            kind, qbo_id, _plain(fields), base_sync_token=current.sync_token, base_fields=before,
            amount=total, currency=self._currency_of(fields, current),
        )  # fmt: skip

    def _currency_of(self, fields: Mapping[str, Any], current: CurrentRecord | None) -> str:
        ref = fields.get("CurrencyRef") or (current.raw.get("CurrencyRef") if current else None)
        return str(ref["value"]) if isinstance(ref, Mapping) else self.books.home_currency

    # -- field by field ---------------------------------------------------------------------

    def _fields(
        self, kind: ChangeKind, fields: Mapping[str, Any], current: CurrentRecord | None
    ) -> None:
        for name, value in fields.items():
            if value is None:
                raise BadRow(f"{name} is empty; leave it out of the row instead")
            if name.startswith("CustomField:"):
                _text(value, name, 31)  # QuickBooks string custom fields take 31 characters
            elif name in ("TxnDate", "DueDate"):
                _day(value, name)
            elif name == "CurrencyRef":
                _currency(value)
            elif name == "PrivateNote":
                _text(value, name, NOTE_MAX)
            elif name == "DocNumber":
                _text(value, name, DOC_MAX)
            elif name == "CustomerMemo":
                _text(value.get("value") if isinstance(value, Mapping) else None,
                      'CustomerMemo {"value": ...}', MEMO_MAX)  # fmt: skip
            elif name == "TotalAmt":
                money(value, name)
        checks = {
            ChangeKind.EXPENSE: self._expense,
            ChangeKind.INVOICE: self._invoice,
            ChangeKind.ACCOUNT: self._account,
        }
        checks[kind](fields, current)

    def _expense(self, fields: Mapping[str, Any], current: CurrentRecord | None) -> None:
        raw = current.raw if current else {}
        payment = fields.get("PaymentType", raw.get("PaymentType"))
        if "PaymentType" in fields and (
            not isinstance(payment, str) or payment not in PAYMENT_TYPES
        ):
            raise BadRow(f"PaymentType must be Cash, Check or CreditCard, not {_shown(payment)}")
        if "AccountRef" in fields or "PaymentType" in fields:
            paid_from = self._account_ref(fields.get("AccountRef", raw.get("AccountRef")),
                                          "AccountRef (the account paid from)")  # fmt: skip
            wanted = PAYMENT_TYPES.get(str(payment))
            if wanted and paid_from.account_type != wanted:
                raise BadRow(
                    f"a {payment} expense is paid from a {wanted} account; "
                    f"{paid_from.name} is {paid_from.account_type}"
                )
        if "EntityRef" in fields:
            payee = fields["EntityRef"]
            pid = _ref(payee, "EntityRef (the payee)")
            ptype = str(payee.get("type", "Vendor"))
            if ptype not in PAYEE_TYPES:
                raise BadRow(f"EntityRef type must be Vendor, Customer or Employee, not '{ptype}'")
            known = {"Vendor": self.books.vendors, "Customer": self.books.customers}.get(ptype)
            if known is not None and pid not in known:
                raise BadRow(
                    f"EntityRef names {ptype} {pid}, which qbot has not seen in QuickBooks"
                )
        if "Line" in fields:
            for n, line in enumerate(_lines(fields["Line"]), start=1):
                if line.get("DetailType") != "AccountBasedExpenseLineDetail":
                    raise BadRow(f"Line {n} must have DetailType AccountBasedExpenseLineDetail")
                _line_amount(line, n)
                detail = line.get("AccountBasedExpenseLineDetail")
                ref = detail.get("AccountRef") if isinstance(detail, Mapping) else None
                self._account_ref(ref, f"Line {n} AccountBasedExpenseLineDetail.AccountRef")

    def _invoice(self, fields: Mapping[str, Any], current: CurrentRecord | None) -> None:
        if "CustomerRef" in fields:
            cid = _ref(fields["CustomerRef"], "CustomerRef")
            if cid not in self.books.customers:
                raise BadRow(f"CustomerRef names customer {cid}, which qbot has not seen")
        if "Line" in fields:
            for n, line in enumerate(_lines(fields["Line"]), start=1):
                if line.get("DetailType") in UNPRICED_INVOICE_LINES:
                    continue  # QuickBooks computes a subtotal; a description line costs nothing
                if line.get("DetailType") != "SalesItemLineDetail":
                    raise BadRow(
                        f"Line {n} must have DetailType SalesItemLineDetail "
                        f"(or {' or '.join(UNPRICED_INVOICE_LINES)})"
                    )
                amount = _line_amount(line, n)
                detail = line.get("SalesItemLineDetail")
                if not isinstance(detail, Mapping):
                    raise BadRow(f"Line {n} has no SalesItemLineDetail with an ItemRef")
                item = _ref(detail.get("ItemRef"), f"Line {n} SalesItemLineDetail.ItemRef")
                if item not in self.books.items:
                    raise BadRow(f"Line {n} names item {item}, which qbot has not seen")
                if "Qty" in detail and "UnitPrice" in detail:
                    qty = number(detail["Qty"], f"Line {n} Qty")
                    price = number(detail["UnitPrice"], f"Line {n} UnitPrice")
                    if (qty * price).quantize(CENT) != amount:
                        raise BadRow(
                            f"Line {n}: Qty {qty} x UnitPrice {price} is "
                            f"{(qty * price).quantize(CENT)}, but Amount says {amount:.2f}"
                        )
        raw = current.raw if current else {}
        txn, due = (
            fields.get("TxnDate", raw.get("TxnDate")),
            fields.get("DueDate", raw.get("DueDate")),
        )
        if txn and due and str(due)[:10] < str(txn)[:10]:
            raise BadRow(f"DueDate {str(due)[:10]} is before the invoice date {str(txn)[:10]}")

    def _account(self, fields: Mapping[str, Any], current: CurrentRecord | None) -> None:
        if "Name" in fields:
            name = _text(fields["Name"], "Name", NAME_MAX).strip()
            if not name:
                raise BadRow("Name is empty")
            if ":" in name or '"' in name:
                raise BadRow("an account Name may not contain a colon or double quotes")
            holder = self._names.get(name.lower())
            mine = current is not None and holder == (current.raw.get("Id"))
            if holder is not None and not mine:
                where = f"line {holder[1:]}" if holder.startswith("@") else f"account {holder}"
                raise BadRow(f"an account named '{name}' already exists ({where})")
        if "AccountType" in fields and fields["AccountType"] not in ACCOUNT_TYPES:
            raise BadRow(
                f"AccountType {_shown(fields['AccountType'])} is not one of QuickBooks' types "
                f"({', '.join(ACCOUNT_TYPES)})"
            )
        if "AccountSubType" in fields:
            _text(fields["AccountSubType"], "AccountSubType", NAME_MAX)
        if "Description" in fields:
            _text(fields["Description"], "Description", NAME_MAX)
        if "AcctNum" in fields:
            _text(fields["AcctNum"], "AcctNum", 20)
        if "Active" in fields and not isinstance(fields["Active"], bool):
            raise BadRow(f"Active must be true or false, not {_shown(fields['Active'])}")
        if "ParentRef" in fields:
            parent = self._account_ref(fields["ParentRef"], "ParentRef")
            if current is not None and parent.id == current.raw.get("Id"):
                raise BadRow("an account cannot be its own parent")

    def _account_ref(self, value: Any, what: str) -> KnownAccount:
        aid = _ref(value, what)
        account = self.books.accounts.get(aid)
        if account is None or not account.active:
            raise BadRow(f"{what} names account {aid}, which is not in the chart of accounts")
        return account

    # -- money ------------------------------------------------------------------------------

    def _total(
        self, kind: ChangeKind, fields: Mapping[str, Any], current: CurrentRecord | None
    ) -> Decimal:
        """The money at stake: the record's total, after (and for an edit, before) the change.

        `TotalAmt` is what QuickBooks computes from the lines: a row may state it, but then it
        must agree with them.
        """
        if kind is ChangeKind.ACCOUNT:
            return Decimal("0")
        raw = current.raw if current else {}
        lines = fields.get("Line", raw.get("Line")) or []
        amounts = [
            money(line.get("Amount", 0), f"Line {n} Amount")
            for n, line in enumerate(lines, start=1)
            if isinstance(line, Mapping) and line.get("DetailType") not in UNPRICED_INVOICE_LINES
        ]
        total = sum(amounts, Decimal("0"))
        if "TotalAmt" in fields and (stated := money(fields["TotalAmt"], "TotalAmt")) != total:
            raise BadRow(
                f"TotalAmt {stated:.2f} does not match the lines, which add up to {total:.2f}"
            )
        before = money(raw.get("TotalAmt", 0), "TotalAmt") if current else Decimal("0")
        return max(total, before)


def _kind(value: Any) -> ChangeKind:
    try:
        return ChangeKind(str(value).strip().lower()) if value is not None else _no_kind(value)
    except ValueError:
        return _no_kind(value)


def _no_kind(value: Any) -> ChangeKind:
    raise BadRow(f"type must be expense, invoice or account, not {_shown(value)}")


def number(value: Any, what: str) -> Decimal:
    """A quantity or price: any finite number (BadRow naming `what` otherwise)."""
    try:
        if isinstance(value, bool):
            raise InvalidOperation
        found = Decimal(str(value))
    except InvalidOperation:
        raise BadRow(f"{what} must be a number, not {_shown(value)}") from None
    if not found.is_finite():
        raise BadRow(f"{what} must be a number, not {_shown(value)}")
    return found


def _plain(fields: Mapping[str, Any]) -> dict[str, FieldValue]:
    return {name: plain_value(value) for name, value in fields.items()}


def _same(new: Any, old: Any) -> bool:
    """Whether a row's value is what QuickBooks already holds (numbers by value, refs by Id)."""
    if isinstance(new, Mapping) and isinstance(old, Mapping) and set(new) == {"value"}:
        return str(new["value"]) == str(old.get("value"))
    return plain_value(new) == plain_value(old)

"""Checking import rows (core.domain.sync.import_check): QuickBooks names and shapes per type,
edits against the read copy, and a reason a finance person reads for every bad row."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.sync.import_check import (
    Books,
    CurrentRecord,
    KnownAccount,
    Rejection,
    RowChecker,
)
from core.domain.sync.records import SyncState
from core.domain.sync.staged import (
    ChangeAction,
    ChangeKind,
    ChangeState,
    StagedChange,
    next_state,
    record_state,
)
from core.errors import InvalidTransitionError

INVOICE_RAW: dict[str, Any] = {
    "Id": "101", "SyncToken": "3", "TxnDate": "2026-08-17", "DueDate": "2026-09-16",
    "TotalAmt": 2760.0, "CustomerRef": {"value": "1", "name": "Alder Creek HOA"},
    "Line": [
        {"Amount": 1920.0, "DetailType": "SalesItemLineDetail",
         "SalesItemLineDetail": {"ItemRef": {"value": "7"}, "Qty": 8.0, "UnitPrice": 240.0}},
        {"Amount": 840.0, "DetailType": "SalesItemLineDetail",
         "SalesItemLineDetail": {"ItemRef": {"value": "4"}}},
        {"DetailType": "SubTotalLineDetail", "Amount": 2760.0, "SubTotalLineDetail": {}},
    ],
    "PrivateNote": "",
}  # fmt: skip
BOOKS = Books(
    accounts={
        "5": KnownAccount("5", "Checking", "Bank"),
        "9": KnownAccount("9", "Visa", "Credit Card"),
        "20": KnownAccount("20", "Fuel", "Expense"),
        "21": KnownAccount("21", "Old Fuel", "Expense", active=False),
    },
    customers=frozenset({"1", "2"}),
    vendors=frozenset({"41", "43"}),
    items=frozenset({"4", "7"}),
    records={
        (ChangeKind.INVOICE, "101"): CurrentRecord("3", INVOICE_RAW),
        (ChangeKind.INVOICE, "102"): CurrentRecord("1", INVOICE_RAW, open_change=7),
        (ChangeKind.ACCOUNT, "20"): CurrentRecord("2", {"Id": "20", "Name": "Fuel"}),
    },
)


def expense(**over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "type": "expense", "PaymentType": "Check", "TxnDate": "2026-11-12",
        "AccountRef": {"value": "5"}, "EntityRef": {"value": "43", "type": "Vendor"},
        "TotalAmt": Decimal("99.99"), "CurrencyRef": {"value": "USD"}, "PrivateNote": "fuel",
        "Line": [{"Amount": Decimal("99.99"), "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": "20"}}}],
    }  # fmt: skip
    row.update(over)
    return row


def invoice(**over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "type": "invoice", "CustomerRef": {"value": "2"}, "DueDate": "2026-12-20",
        "CustomerMemo": {"value": "Thanks"},
        "Line": [{"Amount": Decimal("150.00"), "DetailType": "SalesItemLineDetail",
                  "SalesItemLineDetail": {"ItemRef": {"value": "4"}, "Qty": 3,
                                          "UnitPrice": Decimal("50")}}],
    }  # fmt: skip
    row.update(over)
    return row


def check(row: Any, books: Books = BOOKS) -> StagedChange | Rejection:
    return RowChecker(books).check(1, row)


def reason(row: Any) -> str:
    found = check(row)
    assert isinstance(found, Rejection), found
    return found.reason


def test_good_rows_of_each_type_stage_with_their_money() -> None:
    made = check(expense())
    assert isinstance(made, StagedChange) and made.is_create
    assert made.kind is ChangeKind.EXPENSE and made.amount == Decimal("99.99")
    assert made.fields["AccountRef"] == {"value": "5"} and "type" not in made.fields
    bill = check(invoice())
    assert isinstance(bill, StagedChange) and bill.amount == Decimal("150.00")
    account = check({"type": "account", "Name": "Tolls", "AccountType": "Expense"})
    assert isinstance(account, StagedChange) and account.amount == 0


def test_an_edit_carries_its_base_version_and_only_what_it_changes() -> None:
    edit = check({"type": "invoice", "qbo_id": "101", "DueDate": "2026-10-01"})
    assert isinstance(edit, StagedChange)
    assert (edit.qbo_id, edit.base_sync_token) == ("101", "3")
    assert dict(edit.base_fields) == {"DueDate": "2026-09-16"}
    assert edit.amount == Decimal("2760.0")  # the invoice's total is what is at stake
    same = reason({"type": "invoice", "qbo_id": "101", "DueDate": "2026-09-16"})
    assert "DueDate is already" in same and "only the fields it changes" in same
    assert "changes no field" in reason({"type": "invoice", "qbo_id": "101"})
    assert "run `qbot sync`" in reason(
        {"type": "invoice", "qbo_id": "999", "DueDate": "2026-10-01"}
    )
    waiting = reason({"type": "invoice", "qbo_id": "102", "DueDate": "2026-10-01"})
    assert "change 7 waiting" in waiting


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"type": "bill"}, "type must be expense, invoice or account"),
        ([1, 2], "must be an object"),
        (expense(PaymentType="Wire"), "PaymentType must be Cash, Check or CreditCard"),
        (expense(PaymentType="CreditCard"), "paid from a Credit Card account; Checking is Bank"),
        (expense(AccountRef="5"), 'AccountRef (the account paid from) must look like {"value"'),
        (expense(TotalAmt=Decimal("100.00")), "TotalAmt 100.00 does not match the lines"),
        (expense(TotalAmt="abc"), "TotalAmt must be an amount such as 120.50"),
        (expense(TotalAmt=Decimal("9.999")), "more than 2 decimals"),
        (expense(TxnDate="12/11/2026"), "TxnDate must be a date written YYYY-MM-DD"),
        (expense(TxnDate="2026-02-30"), "TxnDate must be a date written YYYY-MM-DD"),
        (expense(EntityRef={"value": "99"}), "EntityRef names Vendor 99"),
        (expense(CurrencyRef={"value": "usd"}), "not a currency code"),
        (expense(Line=[]), "Line must be a list of at least one line"),
        (expense(Line=[{"Amount": 1, "DetailType": "SalesItemLineDetail"}]),
         "Line 1 must have DetailType AccountBasedExpenseLineDetail"),
        (expense(Line=[{"Amount": 1, "DetailType": "AccountBasedExpenseLineDetail",
                        "AccountBasedExpenseLineDetail": {"AccountRef": {"value": "21"}}}],
                 TotalAmt=1), "names account 21, which is not in the chart of accounts"),
        (expense(SyncToken="0"), "SyncToken is set by QuickBooks"),
        (expense(Memo="x"), "Purchase has no field 'Memo'"),
        (expense(PrivateNote="x" * 4001), "QuickBooks takes at most 4000"),
        ({"type": "expense", "Line": []}, "a new expense needs AccountRef, PaymentType"),
        (invoice(CustomerRef={"value": "77"}), "CustomerRef names customer 77"),
        (invoice(Line=[{"Amount": 5, "DetailType": "SalesItemLineDetail",
                        "SalesItemLineDetail": {"ItemRef": {"value": "99"}}}]),
         "Line 1 names item 99"),
        (invoice(Line=[{"Amount": 5, "DetailType": "SalesItemLineDetail",
                        "SalesItemLineDetail": {"ItemRef": {"value": "4"}, "Qty": 2,
                                                "UnitPrice": 3}}]),
         "Qty 2 x UnitPrice 3 is 6.00, but Amount says 5.00"),
        (invoice(CustomerMemo="Thanks"), 'CustomerMemo {"value": ...} must be text'),
        (invoice(TxnDate="2026-12-21"), "DueDate 2026-12-20 is before the invoice date"),
        ({"type": "account", "Name": "checking", "AccountType": "Bank"},
         "an account named 'checking' already exists (account 5)"),
        ({"type": "account", "Name": "Tolls", "AccountType": "Expenses"},
         "is not one of QuickBooks' types"),
        ({"type": "account", "Name": "A:B", "AccountType": "Expense"}, "colon"),
        ({"type": "account", "qbo_id": "20", "Name": "Checking"}, "already exists (account 5)"),
    ],
)  # fmt: skip
def test_each_bad_row_says_why(row: Any, expected: str) -> None:
    assert expected in reason(row)


def test_a_name_or_a_record_claimed_earlier_in_the_file_counts() -> None:
    checker = RowChecker(BOOKS)
    assert isinstance(checker.check(3, {"type": "account", "Name": "Tolls",
                                        "AccountType": "Expense"}), StagedChange)  # fmt: skip
    again = checker.check(4, {"type": "account", "Name": "TOLLS", "AccountType": "Expense"})
    assert isinstance(again, Rejection) and "already exists (line 3)" in again.reason
    assert isinstance(checker.check(5, {"type": "invoice", "qbo_id": "101",
                                        "DueDate": "2026-10-02"}), StagedChange)  # fmt: skip
    twice = checker.check(6, {"type": "invoice", "qbo_id": "101", "PrivateNote": "x"})
    assert isinstance(twice, Rejection) and "already changed on line 5" in twice.reason


def test_renaming_an_account_to_its_own_name_in_other_case_is_allowed() -> None:
    renamed = check({"type": "account", "qbo_id": "20", "Name": "FUEL"})
    assert isinstance(renamed, StagedChange) and renamed.fields["Name"] == "FUEL"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8)
    | st.decimals(allow_nan=True, places=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=10,
)  # fmt: skip
FIELDS = ["type", "qbo_id", "AccountRef", "PaymentType", "EntityRef", "Line", "TotalAmt",
          "TxnDate", "CurrencyRef", "PrivateNote", "CustomerRef", "DueDate", "CustomerMemo",
          "Name", "AccountType", "Active", "ParentRef"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from([expense(), invoice(), {"type": "account", "Name": "Tolls",
                                                 "AccountType": "Expense"}]),
    name=st.sampled_from(FIELDS),
    value=json_values,
)  # fmt: skip
def test_any_corruption_of_a_good_row_is_a_rejection_or_a_valid_change(
    base: dict[str, Any], name: str, value: Any
) -> None:
    """Whatever a field is replaced with, the check answers (never raises), and what it
    accepts is a change whose money still agrees with its lines."""
    row = copy.deepcopy(base)
    row[name] = value
    found = check(row)
    if isinstance(found, Rejection):
        assert found.reason and "\n" not in found.reason and "Traceback" not in found.reason
        return
    assert found.amount >= 0
    lines = found.fields.get("Line")
    if isinstance(lines, list) and found.kind is not ChangeKind.ACCOUNT:
        unpriced = ("SubTotalLineDetail", "DescriptionOnly")
        priced = [
            ln for ln in lines if isinstance(ln, dict) and ln.get("DetailType") not in unpriced
        ]
        assert found.amount == sum((Decimal(str(ln["Amount"])) for ln in priced), Decimal(0))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=12))
def test_bad_neighbours_never_change_what_a_good_row_stages(good_or_bad: list[bool]) -> None:
    checker = RowChecker(BOOKS)
    results = [
        checker.check(n, expense() if good else expense(TotalAmt="x"))
        for n, good in enumerate(good_or_bad, start=1)
    ]
    staged = [r for r in results if isinstance(r, StagedChange)]
    assert len(staged) == sum(good_or_bad)
    assert all(s == staged[0] for s in staged)
    assert [r.line for r in results if isinstance(r, Rejection)] == [
        n for n, good in enumerate(good_or_bad, start=1) if not good
    ]


def test_staged_states_and_what_the_record_shows() -> None:
    s = ChangeState.AWAITING_APPROVAL
    assert record_state(s) is SyncState.AWAITING_APPROVAL
    approved = next_state(s, ChangeAction.APPROVE)
    assert record_state(approved) is SyncState.PENDING_PUSH
    pushing = next_state(approved, ChangeAction.START_PUSH)
    assert record_state(next_state(pushing, ChangeAction.COMPLETE)) is None
    assert next_state(s, ChangeAction.REJECT) is ChangeState.REJECTED
    with pytest.raises(InvalidTransitionError, match="cannot approve a change that is rejected"):
        next_state(ChangeState.REJECTED, ChangeAction.APPROVE)
    with pytest.raises(ValueError, match="SyncToken"):
        StagedChange(ChangeKind.INVOICE, "101", {"DueDate": "2026-10-01"})


@pytest.mark.parametrize("huge", ["1E+30", "1e400", 1e300, "99999999999999.99", 10**40])
def test_an_amount_too_large_for_quickbooks_is_a_rejection(huge: Any) -> None:
    found = check(expense(TotalAmt=huge))
    assert isinstance(found, Rejection)
    assert "larger than QuickBooks takes" in found.reason

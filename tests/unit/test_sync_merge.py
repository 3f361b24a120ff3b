"""Three-way merge: one-side changes, each conflict rule, withdrawals, holds and the audit entry."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from core.domain.sync.audit import resolution_entry
from core.domain.sync.conflict_policy import ConflictPolicy, EntityConflictPolicy
from core.domain.sync.conflict_policy import ConflictRule as Rule
from core.domain.sync.merge import Decider, Side, Withdrawal, merge
from core.domain.sync.records import (
    COLLECTIONS_STATUS,
    Entity,
    FieldValue,
    PlatformChange,
    QuickBooksStatus,
    RecordVersion,
    SyncState,
    replaces_stored,
)

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
LINES: list[FieldValue] = [{"Amount": Decimal("100.00"), "DetailType": "SalesItemLineDetail"}]
BASE_FIELDS: dict[str, FieldValue] = {
    "DueDate": "2026-12-01", "TotalAmt": Decimal("100.00"), "Line": LINES,
    "PrivateNote": "net 30", COLLECTIONS_STATUS: "stage 1",
}
DEFAULTS = ConflictPolicy()


def invoice(token: str, at: datetime = T0, **changes: FieldValue) -> RecordVersion:
    return RecordVersion(Entity.INVOICE, "130", token, at, {**BASE_FIELDS, **changes})


def staged(at: datetime, approved: bool = False, **changes: FieldValue) -> PlatformChange:
    return PlatformChange(Entity.INVOICE, changes, at, approved)


BASE = invoice("3")


def test_nothing_changed_is_synced_with_no_push() -> None:
    result = merge(BASE, None, BASE, DEFAULTS)
    assert result.state is SyncState.SYNCED and result.push is None
    assert {f.rule for f in result.fields} == {Decider.UNCHANGED}


def test_one_side_changes_take_that_side_and_push_only_the_difference() -> None:
    qbo = invoice("4", T0 + timedelta(hours=2), DueDate="2026-12-15")
    change = staged(T0 + timedelta(hours=1), approved=True, PrivateNote="call first")
    result = merge(BASE, change, qbo, DEFAULTS)
    assert result.merged["DueDate"] == "2026-12-15"
    assert result.merged["PrivateNote"] == "call first"
    assert result.push is not None and dict(result.push.fields) == {"PrivateNote": "call first"}
    assert result.push.sync_token == "4"
    assert result.state is SyncState.PENDING_PUSH and result.withdrawal is Withdrawal.NONE


def test_staged_but_unapproved_change_awaits_approval() -> None:
    result = merge(BASE, staged(T0, PrivateNote="x"), BASE, DEFAULTS)
    assert result.state is SyncState.AWAITING_APPROVAL


def test_same_change_on_both_sides_needs_no_push() -> None:
    qbo = invoice("4", DueDate="2026-12-15")
    result = merge(BASE, staged(T0, DueDate="2026-12-15"), qbo, DEFAULTS)
    assert result.push is None and result.state is SyncState.SYNCED
    assert next(f for f in result.fields if f.name == "DueDate").side is Side.BOTH


def test_ledger_field_conflict_keeps_quickbooks_and_withdraws_the_staged_change() -> None:
    qbo = invoice("4", T0, DueDate="2026-12-15")
    later_edit = staged(T0 + timedelta(days=1), approved=True, DueDate="2026-12-31")
    result = merge(BASE, later_edit, qbo, DEFAULTS)
    assert result.merged["DueDate"] == "2026-12-15" and result.push is None
    assert result.withdrawal is Withdrawal.WHOLLY and result.withdrawn_fields == ("DueDate",)
    assert result.withdrawal_reason is not None and "DueDate" in result.withdrawal_reason
    assert result.remaining_change is None and result.state is SyncState.SYNCED


def test_partly_withdrawn_keeps_the_rest_of_the_change() -> None:
    qbo = invoice("4", T0, Line=[{"Amount": Decimal("90.00")}])
    change = staged(T0, Line=[{"Amount": Decimal("80.00")}], PrivateNote="split")
    result = merge(BASE, change, qbo, DEFAULTS)
    assert result.withdrawal is Withdrawal.PARTLY and result.withdrawn_fields == ("Line",)
    assert result.push is not None and dict(result.push.fields) == {"PrivateNote": "split"}
    assert result.remaining_change is not None
    assert dict(result.remaining_change.fields) == {"PrivateNote": "split"}


def test_lines_compare_as_one_whole_value() -> None:
    same_lines: list[FieldValue] = [
        {"DetailType": "SalesItemLineDetail", "Amount": Decimal("100.0")}
    ]
    result = merge(BASE, staged(T0, Line=same_lines), BASE, DEFAULTS)
    assert result.push is None  # equal as a whole: dict order and 100.0 == 100.00 do not matter
    two: list[FieldValue] = [{"Amount": Decimal("60.00")}, {"Amount": Decimal("40.00")}]
    base = invoice("3", Line=two)
    reordered = merge(base, staged(T0, Line=two[::-1]), base, DEFAULTS)
    # Order is part of the value, and the whole list goes back, not the one line that moved.
    assert reordered.push is not None and reordered.push.fields["Line"] == two[::-1]


def test_workflow_field_conflict_keeps_the_platform_value() -> None:
    qbo = invoice("4", T0 + timedelta(days=1), **{COLLECTIONS_STATUS: "paused"})
    change = staged(T0, approved=True, **{COLLECTIONS_STATUS: "stage 7"})
    result = merge(BASE, change, qbo, DEFAULTS)
    assert result.push is not None
    assert dict(result.push.fields) == {COLLECTIONS_STATUS: "stage 7"}


@pytest.mark.parametrize(("edit_offset", "winner"), [
    (timedelta(minutes=1), "platform"),
    (timedelta(minutes=-1), "quickbooks"),
    (timedelta(0), "quickbooks"),  # a tie keeps QuickBooks' value
])
def test_newest_wins_by_time_with_a_fixed_tie_break(edit_offset: timedelta, winner: str) -> None:
    pulled_at = T0 + timedelta(hours=3)
    qbo = invoice("4", pulled_at, PrivateNote="from QuickBooks")
    result = merge(BASE, staged(pulled_at + edit_offset, PrivateNote="from qbot"), qbo, DEFAULTS)
    note = next(f for f in result.fields if f.name == "PrivateNote")
    assert note.rule is Decider.NEWEST_WINS and note.side.value == winner


def test_manual_rule_holds_the_record_in_conflict() -> None:
    policy = ConflictPolicy({Entity.INVOICE: EntityConflictPolicy(fields={"DueDate": Rule.MANUAL})})
    qbo = invoice("4", DueDate="2026-12-15")
    result = merge(BASE, staged(T0, approved=True, DueDate="2026-12-31"), qbo, policy)
    assert result.held_for_person and result.state is SyncState.CONFLICT
    assert result.push is None and result.withdrawal is Withdrawal.NONE
    assert result.hold_reason is not None and "DueDate" in result.hold_reason


@pytest.mark.parametrize("status", [QuickBooksStatus.DELETED, QuickBooksStatus.VOIDED])
def test_deleted_or_voided_while_edited_is_held(status: QuickBooksStatus) -> None:
    token = None if status is QuickBooksStatus.DELETED else "5"
    gone = RecordVersion(Entity.INVOICE, "130", token, T0, {}, status)
    result = merge(BASE, staged(T0, approved=True, PrivateNote="x"), gone, DEFAULTS)
    assert result.held_for_person and result.state is SyncState.CONFLICT and result.push is None
    assert result.hold_reason is not None and status.value in result.hold_reason


def test_deleted_without_platform_edit_is_marked_deleted() -> None:
    gone = RecordVersion(Entity.INVOICE, "130", None, T0, {}, QuickBooksStatus.DELETED)
    result = merge(BASE, None, gone, DEFAULTS)
    assert result.state is SyncState.DELETED_IN_QUICKBOOKS and not result.held_for_person


def test_audit_entry_has_three_values_rule_and_result_as_json() -> None:
    qbo = invoice("4", T0, TotalAmt=Decimal("90.10"))
    result = merge(BASE, staged(T0, TotalAmt=Decimal("80.00")), qbo, DEFAULTS)
    entry = resolution_entry(result)
    assert json.loads(json.dumps(entry)) == entry
    assert entry["fields"] == [{
        "field": "TotalAmt", "base": "100.00", "platform": "80.00", "quickbooks": "90.10",
        "result": "90.10", "rule": "quickbooks_wins", "side": "quickbooks",
    }]
    assert entry["withdrawal"] == "wholly" and entry["quickbooks_sync_token"] == "4"


def test_sync_token_compares_as_an_integer() -> None:
    assert replaces_stored(invoice("9"), invoice("10"))
    assert not replaces_stored(invoice("10"), invoice("9"))
    assert not replaces_stored(invoice("10"), invoice("10"))  # the same version
    assert replaces_stored(None, invoice("0"))


def test_a_deletion_is_final() -> None:
    gone = RecordVersion(Entity.INVOICE, "130", None, T0, {}, QuickBooksStatus.DELETED)
    assert replaces_stored(invoice("10"), gone)
    assert not replaces_stored(gone, invoice("11"))


@pytest.mark.parametrize(("make", "message"), [
    (lambda: RecordVersion(Entity.INVOICE, "1", "1", T0.replace(tzinfo=None)), "timezone"),
    (lambda: RecordVersion(Entity.INVOICE, "1", "v2", T0), "SyncToken"),
    (lambda: RecordVersion(Entity.INVOICE, "1", None, T0), "SyncToken"),
    (lambda: RecordVersion(Entity.ACCOUNT, "1", "1", T0, {"DueDate": "x"}), "DueDate"),
    (lambda: merge(BASE, None, RecordVersion(Entity.INVOICE, "2", "1", T0), DEFAULTS), "one"),
])
def test_malformed_inputs_are_refused(make: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()

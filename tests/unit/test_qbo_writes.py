"""Verify-before-retry, judged from what QuickBooks holds now: landed, safe to resend, or moved
by someone else (never overwritten)."""

from __future__ import annotations

import pytest

from core.adapters.qbo.writes import WriteKind, carries, ids_query, judge_landed, marker_query
from core.errors import StaleObjectError

SENT = {
    "Id": "7", "SyncToken": "2", "sparse": True, "DueDate": "2026-12-24", "TotalAmt": 45.0,
    "AccountRef": {"value": "5"}, "PrivateNote": "moved\n[qbot:c9]",
}  # fmt: skip


def test_an_update_that_landed_untouched_or_overtaken() -> None:
    landed = {**SENT, "SyncToken": "3", "TotalAmt": "45.00",
              "AccountRef": {"value": "5", "name": "Checking"},
              "PrivateNote": "called Tue\nmoved\n[qbot:c9]"}  # fmt: skip
    assert judge_landed("Invoice", SENT, WriteKind.UPDATE, landed) == landed
    assert judge_landed("Invoice", SENT, WriteKind.UPDATE, {**SENT}) is None  # resend
    overtaken = {**landed, "DueDate": "2026-12-31"}
    with pytest.raises(StaleObjectError):
        judge_landed("Invoice", SENT, WriteKind.UPDATE, overtaken)


def test_a_create_is_found_by_its_marker_or_not_at_all() -> None:
    found = {"Id": "88", "PrivateNote": "diesel [qbot:c9]"}
    assert judge_landed("Purchase", {"PrivateNote": "x"}, WriteKind.CREATE, found) == found
    assert judge_landed("Purchase", {"PrivateNote": "x"}, WriteKind.CREATE, None) is None


def test_amounts_compare_as_money_and_references_by_what_we_sent() -> None:
    assert carries({"TotalAmt": 45.0, "CustomerRef": {"value": "3", "name": "A"}},
                   {"TotalAmt": 45, "CustomerRef": {"value": "3"}})  # fmt: skip
    assert not carries({"CustomerRef": {"value": "4"}}, {"CustomerRef": {"value": "3"}})
    assert carries({"TotalAmt": "45.00"}, {"TotalAmt": 45})
    assert not carries({"TotalAmt": "45.01"}, {"TotalAmt": 45})


def test_lookup_statements_quote_what_they_carry() -> None:
    assert marker_query("Purchase", ("PrivateNote", "[qbot:c9]")) == (
        "SELECT * FROM Purchase WHERE PrivateNote LIKE '%[qbot:c9]%' MAXRESULTS 2"
    )
    assert ids_query("Invoice", ["7", "O'8"]) == (
        "SELECT * FROM Invoice WHERE Id IN ('7', 'O\\'8') MAXRESULTS 1000"
    )

"""`qbot records import FILE` over a pull from the QuickBooks simulator (HTTP): the contract's
JSON, good rows staged as one batch awaiting approval (the records show it), bad rows by line,
nothing written to QuickBooks, and one clear line for a file that cannot be read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from core.models import AuditEntry, ChangeBatch, OutboxEffect, StagedChangeRow
from tests.harness import Loop, add_connection
from tests.integration.test_records_cli import one_line, pulled, qbot

__all__ = ["pulled"]  # the fixture, shared with `qbot records list|show`


@pytest.fixture
def books(pulled: tuple[Loop, dict[str, Any]]) -> Iterator[dict[str, Any]]:
    loop, made = pulled
    entities = loop.company.entities()
    [fuel] = [a for a in entities["Account"] if a["Name"] == "Fuel"]
    yield {
        "loop": loop, "bank": made["bank"], "fuel": fuel, "vendor": made["vendor"],
        "expense": made["expense0"], "invoice": entities["Invoice"][0],
        "customer": entities["Customer"][1], "item": entities["Item"][0],
    }  # fmt: skip


def _expense(b: dict[str, Any], amount: str = "45.00") -> dict[str, Any]:
    return {
        "type": "expense", "PaymentType": "Check", "TxnDate": "2026-11-18",
        "AccountRef": {"value": b["bank"]["Id"]},
        "EntityRef": {"value": b["vendor"]["Id"], "type": "Vendor"},
        "TotalAmt": float(amount), "PrivateNote": "diesel",
        "Line": [{"Amount": float(amount), "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": b["fuel"]["Id"]}}}],
    }  # fmt: skip


def _write(tmp_path: Path, name: str, rows: list[Any]) -> Path:
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_good_rows_stage_bad_rows_are_reported_by_line(
    books: dict[str, Any], tmp_path: Path
) -> None:
    loop, invoice = books["loop"], books["invoice"]
    rows: list[Any] = [
        _expense(books),  # line 1
        {"type": "invoice", "CustomerRef": {"value": books["customer"]["Id"]},  # line 2
         "DueDate": "2026-12-31", "CustomerMemo": {"value": "Spring cleanup"},
         "Line": [{"Amount": 300, "DetailType": "SalesItemLineDetail",
                   "SalesItemLineDetail": {"ItemRef": {"value": books["item"]["Id"]}}}]},
        {"type": "account", "Name": "Road Tolls", "AccountType": "Expense"},  # line 3
        {"type": "invoice", "qbo_id": invoice["Id"], "DueDate": "2026-12-15"},  # line 4
        {**_expense(books), "TotalAmt": 50.0},  # line 5: lines add up to 45.00
        "{not json",  # line 6
        {"type": "account", "Name": "Checking", "AccountType": "Bank"},  # line 7
        {"type": "expense", "qbo_id": "99999", "PrivateNote": "x"},  # line 8
        {"type": "invoice", "qbo_id": invoice["Id"], "PrivateNote": "again"},  # line 9
    ]  # fmt: skip
    path = _write(tmp_path, "export.jsonl", rows)

    done = qbot("records", "import", str(path), "--json")

    assert done.exit_code == 1, done.output
    report = json.loads(done.stdout)
    assert report["staged"] == 4 and len(report["change_ids"]) == 4
    assert [r["line"] for r in report["rejected"]] == [5, 6, 7, 8, 9]
    reasons = {r["line"]: r["reason"] for r in report["rejected"]}
    assert "TotalAmt 50.00 does not match the lines, which add up to 45.00" in reasons[5]
    assert "not a JSON object" in reasons[6]
    assert "an account named 'Checking' already exists" in reasons[7]
    assert "qbot has no expense 99999" in reasons[8]
    assert "already changed on line 4" in reasons[9]
    assert set(report) == {"staged", "rejected", "change_ids"}
    with loop.services.uow.session() as session:
        staged = session.exec(select(StagedChangeRow).order_by(col(StagedChangeRow.id))).all()
        [batch] = session.exec(select(ChangeBatch)).all()
        kinds = [a.kind for a in session.exec(select(AuditEntry)).all()]
    assert [c.id for c in staged] == report["change_ids"]
    assert [c.line for c in staged] == [1, 2, 3, 4]
    assert {c.state for c in staged} == {"awaiting_approval"}
    assert {c.submitted_by for c in staged} == {"import:export.jsonl"}
    edit = staged[3]
    assert (edit.qbo_id, edit.base_sync_token) == (invoice["Id"], invoice["SyncToken"])
    assert edit.base_fields == {"DueDate": invoice["DueDate"]}
    assert edit.changes == {"DueDate": "2026-12-15"}
    assert str(batch.total) == f"{45 + 300 + invoice['TotalAmt']:.2f}"
    assert kinds.count("change.staged") == 4 and kinds.count("change_batch.staged") == 1
    # Its approval card waits in the outbox: this shell has no Slack settings at all.
    with loop.services.uow.session() as session:
        [card] = session.exec(select(OutboxEffect)).all()
    assert (card.owner, card.action_id, card.kind, card.state) == (
        "change_batch", batch.id, "post_change_card", "pending",
    )  # fmt: skip
    # Nothing reached QuickBooks: the invoice there is as it was.
    assert loop.qbo.read("Invoice", invoice["Id"])["DueDate"] == invoice["DueDate"]


def test_records_show_the_staged_state_and_change(books: dict[str, Any], tmp_path: Path) -> None:
    invoice = books["invoice"]
    path = _write(tmp_path, "edits.jsonl", [
        {"type": "invoice", "qbo_id": invoice["Id"], "DueDate": "2026-12-15"},
        _expense(books, "12.50"),
    ])  # fmt: skip
    done = qbot("records", "import", str(path), "--json")
    assert done.exit_code == 0, done.output
    edit_id, new_id = json.loads(done.stdout)["change_ids"]

    waiting = qbot("records", "list", "--type", "invoice", "--state", "awaiting_approval", "--json")
    assert [r["id"] for r in json.loads(waiting.stdout)] == [invoice["Id"]]
    new = json.loads(qbot("records", "list", "--type", "expense", "--state",
                          "awaiting_approval", "--json").stdout)  # fmt: skip
    assert [(r["id"], r["amount"]) for r in new] == [(f"new:{new_id}", "12.50")]
    shown = json.loads(qbot("records", "show", "invoice", invoice["Id"], "--json").stdout)
    assert shown["state"] == "awaiting_approval"
    assert shown["staged_change"]["change_id"] == edit_id
    assert shown["staged_change"]["before"] == {"DueDate": invoice["DueDate"]}
    assert shown["staged_change"]["after"] == {"DueDate": "2026-12-15"}
    assert "change.staged" in [h["what"] for h in shown["history"]]
    text = qbot("records", "show", "invoice", invoice["Id"]).stdout
    assert f"DueDate: {invoice['DueDate']} -> 2026-12-15" in text
    new_shown = json.loads(qbot("records", "show", "expense", f"new:{new_id}", "--json").stdout)
    assert new_shown["state"] == "awaiting_approval" and new_shown["fields"]["TotalAmt"] == 12.5
    # A second edit of a record whose change still waits is refused, by line.
    again = _write(tmp_path, "again.jsonl",
                   [{"type": "invoice", "qbo_id": invoice["Id"], "PrivateNote": "x"}])  # fmt: skip
    refused = qbot("records", "import", str(again), "--json")
    assert refused.exit_code == 1
    assert (
        f"already has change {edit_id} waiting"
        in json.loads(refused.stdout)["rejected"][0]["reason"]
    )


def test_csv_cells_take_ids_for_refs_and_json_for_lines(
    books: dict[str, Any], tmp_path: Path
) -> None:
    fuel = {"AccountRef": {"value": books["fuel"]["Id"]}}
    line = json.dumps(
        [{"Amount": 20, "DetailType": "AccountBasedExpenseLineDetail",
          "AccountBasedExpenseLineDetail": fuel}]
    )  # fmt: skip
    quoted = line.replace('"', '""')
    path = tmp_path / "export.csv"
    path.write_text(
        "type,qbo_id,PaymentType,AccountRef,TotalAmt,Line,PrivateNote\n"
        f'expense,,Cash,{books["bank"]["Id"]},20.00,"{quoted}",tolls\n'
        f"expense,{books['expense']['Id']},,,,,new note\n"
        "expense,,Cash,nope,20.00,,\n"
    )

    done = qbot("records", "import", str(path), "--json")

    assert done.exit_code == 1, done.output
    report = json.loads(done.stdout)
    assert report["staged"] == 2
    assert [r["line"] for r in report["rejected"]] == [4]
    assert "a new expense needs Line" in report["rejected"][0]["reason"]
    text = qbot("records", "import", str(path))
    assert "line 4: a new expense needs Line" in text.stdout


def test_a_file_that_cannot_be_read_is_one_line(
    pulled: tuple[Loop, dict[str, Any]], tmp_path: Path
) -> None:
    assert "no such file" in one_line(qbot("records", "import", str(tmp_path / "x.jsonl")), 2)
    other = tmp_path / "export.xlsx"
    other.write_bytes(b"PK\x03\x04")
    assert "use a .jsonl or .csv file" in one_line(qbot("records", "import", str(other)), 2)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("type,Name\naccount,Caf\xe9\n".encode("latin-1"))
    assert "not UTF-8" in one_line(qbot("records", "import", str(latin)), 2)
    headless = tmp_path / "headless.csv"
    headless.write_text("Name,AccountType\nTolls,Expense\n")
    assert "'type' column" in one_line(qbot("records", "import", str(headless)), 2)
    (tmp_path / "folder.jsonl").mkdir()
    assert "is a directory" in one_line(
        qbot("records", "import", str(tmp_path / "folder.jsonl")), 2
    )
    empty = _write(tmp_path, "empty.jsonl", [])
    nothing = qbot("records", "import", str(empty), "--json")
    assert nothing.exit_code == 0 and json.loads(nothing.stdout) == {
        "staged": 0,
        "rejected": [],
        "change_ids": [],
    }


def test_sync_status_counts_the_staged_changes_as_pending(
    books: dict[str, Any], tmp_path: Path
) -> None:
    add_connection(books["loop"].services, books["loop"].company.realm_id)
    path = _write(tmp_path, "two.jsonl", [_expense(books), _expense(books, "9.00")])
    assert qbot("records", "import", str(path)).exit_code == 0
    status = qbot("sync", "status", "--json")
    assert status.exit_code == 0, status.output
    [company] = json.loads(status.stdout)["companies"]
    pending = {t["type"]: t["pending"] for t in company["types"]}
    assert pending == {"accounts": 0, "invoices": 0, "expenses": 2}

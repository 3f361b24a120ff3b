"""Pushing approved staged changes to the QuickBooks simulator over HTTP: creates and sparse
updates in one batch, one bad record not blocking the others, a stale SyncToken (5010) held as
a conflict and re-read, never forced; only approved changes go, and a second push sends
nothing."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select
from typer.testing import CliRunner

from bot.cli import cli
from core.domain.sync.import_check import RowChecker
from core.domain.sync.staged import ChangeKind, StagedChange
from core.models import ChangeBatch, Invoice, StagedChangeRow
from core.services.approvals import Actor
from core.services.ingest import kinds_for, pull_all
from core.services.push import marker
from core.services.staging import books_for
from tests.harness import LEAD, Loop, running_loop


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with running_loop(engine, database_url) as lp:
        pull_all(lp.services.uow, lp.qbo, kinds=kinds_for(["accounts", "invoices", "expenses"]))
        yield lp


def _stage(loop: Loop, rows: list[dict[str, Any]], edits: dict[ChangeKind, list[str]]) -> int:
    realm = loop.company.realm_id
    with loop.services.uow.session() as session:
        checker = RowChecker(books_for(session, realm, edits))
    changes = []
    for n, row in enumerate(rows, start=1):
        checked = checker.check(n, row)
        assert isinstance(checked, StagedChange), checked
        changes.append((n, checked))
    return loop.services.staging.stage(realm, changes, "import:t.jsonl", "import:t.jsonl").batch_id


def _expense(loop: Loop, note: str) -> dict[str, Any]:
    accounts = loop.company.entities()["Account"]
    [bank] = [a for a in accounts if a["Name"] == "Checking"]
    [fuel] = [a for a in accounts if a["Name"] == "Fuel"]
    return {
        "type": "expense", "PaymentType": "Check", "TxnDate": "2026-11-18", "PrivateNote": note,
        "AccountRef": {"value": bank["Id"]}, "TotalAmt": Decimal("45.00"),
        "Line": [{"Amount": Decimal("45.00"), "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": fuel["Id"]}}}],
    }  # fmt: skip


def _changes(loop: Loop) -> list[StagedChangeRow]:
    with loop.services.uow.session() as session:
        return list(session.exec(select(StagedChangeRow).order_by(col(StagedChangeRow.id))).all())


def test_push_writes_approved_changes_and_holds_a_stale_one(loop: Loop) -> None:
    invoices = loop.company.entities()["Invoice"]
    fresh, stale = invoices[0], invoices[1]
    batch_id = _stage(
        loop,
        [
            _expense(loop, "diesel"),
            {"type": "invoice", "qbo_id": fresh["Id"], "DueDate": "2026-12-15"},
            {"type": "invoice", "qbo_id": stale["Id"], "DueDate": "2026-12-16"},
            {"type": "account", "Name": "Road Tolls", "AccountType": "Expense"},
        ],
        {ChangeKind.INVOICE: [fresh["Id"], stale["Id"]]},
    )
    assert loop.services.push.push(loop.company.realm_id).pushed == 0  # nothing approved yet
    loop.services.change_approvals.approve(batch_id, 1, Actor(LEAD))
    # Meanwhile, in QuickBooks: a user edits one invoice and creates the same account name.
    before = loop.qbo.read("Invoice", stale["Id"])
    loop.qbo.sparse_update(
        "Invoice",
        {"Id": stale["Id"], "SyncToken": before["SyncToken"], "PrivateNote": "called"},
        "user-1",
    )
    loop.qbo.create("Account", {"Name": "Road Tolls", "AccountType": "Expense"}, "user-2")

    report = loop.services.push.push(loop.company.realm_id)

    assert (report.pushed, report.conflicts, report.failed, report.batches) == (2, 1, 1, 1)
    expense, edit, held, account = _changes(loop)
    # The 5010 went through conflict resolution: QuickBooks changed another field, so the
    # change is rebased on the new SyncToken and back in line (approved).
    assert (expense.state, edit.state, held.state, account.state) == (
        "pushed", "pushed", "approved", "failed",
    )  # fmt: skip
    created = loop.qbo.read("Purchase", expense.qbo_id or "")
    assert created["PrivateNote"] == f"diesel {marker(expense.id or 0)}"
    assert Decimal(str(created["TotalAmt"])) == Decimal("45.00")
    assert loop.qbo.read("Invoice", fresh["Id"])["DueDate"] == "2026-12-15"
    now = loop.qbo.read("Invoice", stale["Id"])
    assert now["DueDate"] == stale["DueDate"] and now["PrivateNote"] == "called"  # not forced
    assert "this change now goes on top of that version" in (held.reason or "")
    assert "QuickBooks refused it" in (account.reason or "")
    with loop.services.uow.session() as session:
        copy = session.exec(select(Invoice).where(Invoice.qbo_id == stale["Id"])).one()
        batch = session.get(ChangeBatch, batch_id)
    assert copy.sync_token == now["SyncToken"] == held.base_sync_token  # re-read, rebased
    assert batch is not None and batch.state == "approved"  # not every change landed
    shown = json.dumps(report.as_json())
    assert '"conflicts": 1' in shown and '"api_calls": 1' in shown

    again = loop.services.push.push(loop.company.realm_id)
    assert (again.pushed, again.batches) == (1, 1)  # only the rebased change goes again
    landed = loop.qbo.read("Invoice", stale["Id"])
    assert (landed["DueDate"], landed["PrivateNote"]) == ("2026-12-16", "called")
    assert loop.services.push.push(loop.company.realm_id).batches == 0


def test_thirty_one_changes_go_in_two_batches(loop: Loop) -> None:
    batch_id = _stage(loop, [_expense(loop, f"fuel {n}") for n in range(31)], {})
    loop.services.change_approvals.approve(batch_id, 1, Actor(LEAD))
    calls = len(loop.qsim.requests)

    report = loop.services.push.push(loop.company.realm_id)

    assert (report.pushed, report.batches) == (31, 2)
    assert len(loop.qsim.requests) - calls == 2
    with loop.services.uow.session() as session:
        batch = session.get(ChangeBatch, batch_id)
    assert batch is not None and batch.state == "pushed"


def test_push_cli_needs_quickbooks_settings_alone(
    loop: Loop, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch_id = _stage(loop, [_expense(loop, "tolls")], {})
    loop.services.change_approvals.approve(batch_id, 1, Actor(LEAD))
    for name in list(os.environ):
        if name.startswith(("QBOT_", "SLACK_", "QBO_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("QBO_BASE_URL", loop.qsim.base_url)
    monkeypatch.setenv("QBO_REALM_ID", loop.company.realm_id)
    monkeypatch.setenv("QBO_ACCESS_TOKEN", loop.qsim.access_token)

    done = CliRunner().invoke(cli, ["records", "push", "--json"])

    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout) == {
        "pushed": 1, "failed": 0, "conflicts": 0, "retry_queued": 0, "api_calls": 1,
        "failures": [],
    }  # fmt: skip
    found = loop.qbo.query("SELECT * FROM Purchase WHERE PrivateNote LIKE '%qbot:c%'")
    assert [p["PrivateNote"] for p in found["Purchase"]] == [
        f"tolls {marker(_changes(loop)[0].id or 0)}"
    ]
    again = CliRunner().invoke(cli, ["records", "push"])
    assert again.exit_code == 0 and "pushed 0" in again.stdout

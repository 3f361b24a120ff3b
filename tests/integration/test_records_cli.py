"""`qbot records list|show` over a pull from the QuickBooks simulator (HTTP): every record
`synced`, a deleted one `deleted_in_quickbooks`, its base version and its history as stored."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import Engine
from sqlmodel import select
from typer.testing import CliRunner

from bot.cli import cli
from core.domain.webhook_events import occurred
from core.models import Purchase
from core.services import audit
from core.services.ingest import kinds_for
from tests.harness import NOW, Loop, running_loop


def _expenses(loop: Loop) -> dict[str, Any]:
    """Two expenses paid from the sample company's Checking, created over HTTP."""
    entities = loop.company.entities()
    [bank] = [a for a in entities["Account"] if a["Name"] == "Checking"]
    [fuel] = [a for a in entities["Account"] if a["Name"] == "Fuel"]
    vendor = entities["Vendor"][0]
    made: dict[str, Any] = {"bank": bank, "vendor": vendor}
    for n, amount in enumerate((42.10, 99.99)):
        made[f"expense{n}"] = loop.qbo.create(
            "Purchase",
            {"PaymentType": "Check", "TxnDate": f"2026-11-1{n}", "TotalAmt": amount,
             "AccountRef": {"value": bank["Id"]},
             "EntityRef": {"value": vendor["Id"], "type": "Vendor",
                           "name": vendor["DisplayName"]},
             "Line": [{"Amount": amount, "DetailType": "AccountBasedExpenseLineDetail",
                       "AccountBasedExpenseLineDetail": {"AccountRef": {"value": fuel["Id"]}}}]},
            f"p{n}",
        ).entity  # fmt: skip
    return made


@pytest.fixture
def pulled(
    engine: Engine, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Loop, dict[str, Any]]]:
    """The simulator's books pulled (every type), and a shell with the database alone set."""
    with running_loop(engine, database_url) as loop:
        made = _expenses(loop)
        # a sync cycle, as `qbot sync` runs it: it records when qbot pulled each type
        loop.services.sync.run(loop.qbo, kinds_for(["accounts", "invoices", "expenses"]))
        for name in list(os.environ):
            if name.startswith(("QBOT_", "SLACK_", "QBO_")):
                monkeypatch.delenv(name)
        monkeypatch.chdir(tmp_path)  # no .env
        monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
        yield loop, made


def qbot(*argv: str) -> Result:
    return CliRunner().invoke(cli, list(argv))


def one_line(result: Result, code: int) -> str:
    assert result.exit_code == code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def _delete_in_quickbooks(loop: Loop, entity: dict[str, Any]) -> None:
    """Delete in QuickBooks, then let the CDC backstop mark our copy."""
    loop.qbo.delete("Purchase", entity["Id"], entity["SyncToken"], "del-1")
    changes = loop.qbo.cdc(["Purchase"], datetime.now(UTC) - timedelta(hours=1))
    s = loop.services
    assert s.events.apply_changes(loop.company.realm_id, changes).deleted == 1


def test_list_prints_newest_first_within_80_columns_and_as_json(
    pulled: tuple[Loop, dict[str, Any]],
) -> None:
    loop, made = pulled
    newer, older = made["expense1"], made["expense0"]  # TxnDate 2026-11-11, 2026-11-10

    listed = qbot("records", "list", "--type", "expense", "--json")

    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["date"], r["state"]) for r in rows] == [
        (newer["Id"], "2026-11-11", "synced"),
        (older["Id"], "2026-11-10", "synced"),
    ]
    assert Decimal(rows[0]["amount"]) == Decimal(str(newer["TotalAmt"]))
    # No DocNumber on these expenses: the payee QuickBooks names stands in for it.
    assert not newer.get("DocNumber") and rows[0]["name"] == made["vendor"]["DisplayName"]
    table = CliRunner().invoke(cli, ["records", "list", "--type", "account"],
                               env={"COLUMNS": "80"})  # fmt: skip
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    count = len(loop.company.entities()["Account"])
    assert f"{count} account(s)" in lines[0] and all(len(line) <= 80 for line in lines)
    assert len(lines) == count + 5  # title, header between rules, a line per row, bottom rule
    bank = made["bank"]
    balance = f"{Decimal(str(bank.get('CurrentBalance', 0))):,.2f}"
    assert any("Checking" in line and balance in line for line in lines)
    accounts = json.loads(qbot("records", "list", "--type", "account", "--json").stdout)
    assert {a["name"] for a in accounts} == {a["Name"] for a in loop.company.entities()["Account"]}


def test_state_filter_and_deleted_in_quickbooks(pulled: tuple[Loop, dict[str, Any]]) -> None:
    loop, made = pulled
    _delete_in_quickbooks(loop, made["expense1"])

    def ids(state: str) -> list[str]:
        done = qbot("records", "list", "--type", "expense", "--state", state, "--json")
        assert done.exit_code == 0, done.output
        return [r["id"] for r in json.loads(done.stdout)]

    assert ids("deleted_in_quickbooks") == [made["expense1"]["Id"]]
    assert ids("synced") == [made["expense0"]["Id"]]
    assert ids("conflict") == []  # a state of the merge: no record is in conflict here
    table = CliRunner().invoke(cli, ["records", "list", "--type", "expense"],
                               env={"COLUMNS": "80"})  # fmt: skip
    lines = table.stdout.splitlines()
    assert "2 expense(s)" in lines[0] and all(len(line) <= 80 for line in lines)
    assert any("deleted_in_quickbooks" in line for line in lines), table.stdout


def test_show_gives_fields_state_base_version_and_history(
    pulled: tuple[Loop, dict[str, Any]],
) -> None:
    loop, made = pulled
    expense = made["expense0"]
    with loop.services.uow.session() as session:
        stored = session.exec(select(Purchase).where(Purchase.qbo_id == expense["Id"])).one()
        audit.append(session, at=NOW, kind="test_note", actor="U123",
                     subject=f"purchase:{expense['Id']}", realm_id=stored.realm_id)  # fmt: skip
        audit.append(session, at=NOW, kind="elsewhere", actor="U123", subject="purchase:nope")

    shown = qbot("records", "show", "expense", expense["Id"], "--json")

    assert shown.exit_code == 0, shown.output
    detail = json.loads(shown.stdout)
    assert detail["state"] == "synced"
    assert detail["base_version"] == {
        "sync_token": stored.sync_token,
        "last_updated": stored.updated_at.isoformat() if stored.updated_at else None,
    }
    assert detail["fields"]["txn_date"] == "2026-11-10"
    assert detail["fields"]["vendor_qbo_id"] == made["vendor"]["Id"]
    whats = {h["what"]: h for h in detail["history"]}
    assert sorted(whats) == ["pulled from QuickBooks", "test_note", "updated in QuickBooks"]
    # when qbot pulled it (the loop's clock), beside when QuickBooks last changed it
    assert occurred(whats["pulled from QuickBooks"]["at"]) == loop.clock.now()
    assert whats["updated in QuickBooks"]["at"] == detail["base_version"]["last_updated"]
    text = qbot("records", "show", "expense", expense["Id"])
    assert "sync state:   synced" in text.stdout
    assert f"SyncToken {stored.sync_token}" in text.stdout


def test_wrong_type_state_or_id_is_one_line(pulled: tuple[Loop, dict[str, Any]]) -> None:
    line = one_line(qbot("records", "list", "--type", "bill"), 2)
    assert "account, invoice, expense" in line
    line = one_line(qbot("records", "list", "--type", "invoice", "--state", "stale"), 2)
    assert "synced" in line and "deleted_in_quickbooks" in line
    line = one_line(qbot("records", "show", "vendor", "1"), 2)
    assert "account, invoice, expense" in line
    line = one_line(qbot("records", "show", "invoice", "no-such-id"), 1)
    assert "no-such-id" in line

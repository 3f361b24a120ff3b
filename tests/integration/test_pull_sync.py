"""`qbot sync --types accounts,invoices,expenses` over HTTP against the QuickBooks simulator,
with QuickBooks settings alone: every read copy filled, a re-pull changing nothing, a deleted
entity marked (not dropped) and kept so by a later pull."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select
from typer.testing import CliRunner

from bot.cli import cli
from core.models import Account, CreditMemo, Customer, Invoice, Item, Payment, Purchase, Vendor
from core.services.events import EventService
from core.services.ingest import kinds_for, pull_all
from core.services.read_copy import upsert_page
from tests.harness import Loop, running_loop

TABLES = (Account, Customer, Vendor, Item, Invoice, Payment, CreditMemo, Purchase)


def _books(loop: Loop) -> dict[str, Any]:
    """An account, a vendor, an item and two expenses, created over HTTP like any user would
    (named apart from the sample company's own chart of accounts, items and vendors)."""
    made: dict[str, Any] = {}
    qbo = loop.qbo
    made["bank"] = qbo.create(
        "Account", {"Name": "Pull Test Checking", "AccountType": "Bank", "CurrentBalance": 12.5},
        "a1",
    ).entity
    made["supplies"] = qbo.create(
        "Account", {"Name": "Pull Test Supplies", "AccountType": "Expense"}, "a2"
    ).entity
    made["vendor"] = qbo.create(
        "Vendor",
        {"DisplayName": "Pull Test Paper Co", "PrimaryEmailAddr": {"Address": "ap@paper.example"}},
        "v1",
    ).entity  # fmt: skip
    made["item"] = qbo.create(
        "Item",
        {"Name": "Pull Test Consulting", "Type": "Service", "UnitPrice": 150,
         "IncomeAccountRef": {"value": made["supplies"]["Id"]}},
        "i1",
    ).entity  # fmt: skip
    for n, amount in enumerate((42.10, 99.99)):
        made[f"expense{n}"] = qbo.create(
            "Purchase",
            {"PaymentType": "Check", "TxnDate": f"2026-11-1{n}", "TotalAmt": amount,
             "AccountRef": {"value": made["bank"]["Id"]},
             "EntityRef": {"value": made["vendor"]["Id"], "type": "Vendor"},
             "Line": [{"Amount": amount, "DetailType": "AccountBasedExpenseLineDetail",
                       "AccountBasedExpenseLineDetail": {
                           "AccountRef": {"value": made["supplies"]["Id"]}}}]},
            f"p{n}",
        ).entity  # fmt: skip
    return made


@pytest.fixture
def books(engine: Engine, database_url: str) -> Iterator[tuple[Loop, dict[str, Any]]]:
    with running_loop(engine, database_url) as lp:
        yield lp, _books(lp)


def _dump(loop: Loop) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every read copy, id included: what a re-pull must leave as it was."""
    with loop.services.uow.session() as session:
        return {
            str(t.__tablename__): [tuple(r) for r in session.execute(t.__table__.select())]  # type: ignore[attr-defined]
            for t in TABLES
        }


def test_sync_of_every_type_needs_no_slack_and_fills_every_read_copy(
    books: tuple[Loop, dict[str, Any]],
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loop, made = books
    for name in list(os.environ):
        if name.startswith(("QBOT_", "SLACK_", "QBO_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("QBO_BASE_URL", loop.qsim.base_url)
    monkeypatch.setenv("QBO_REALM_ID", loop.company.realm_id)
    monkeypatch.setenv("QBO_ACCESS_TOKEN", loop.qsim.access_token)
    before = len(loop.qsim.requests)

    result = CliRunner().invoke(cli, ["sync", "--types", "accounts,invoices,expenses", "--json"])

    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    entities = loop.company.entities()
    assert answer["pulled"] == {
        # the sample company's own chart of accounts, vendors and items, and what _books made
        "Account": len(entities["Account"]) + 2, "Customer": len(entities["Customer"]),
        "Vendor": len(entities["Vendor"]) + 1, "Item": len(entities["Item"]) + 1,
        "Invoice": len(entities["Invoice"]), "Payment": len(entities["Payment"]),
        "CreditMemo": len(entities["CreditMemo"]), "Purchase": 2,
    }  # fmt: skip
    # Small company: one batch (count + first page) per type is the whole pull.
    assert answer["api_calls"] == len(answer["pulled"]) == len(loop.qsim.requests) - before
    with loop.services.uow.session() as session:
        [bank] = session.exec(select(Account).where(Account.name == "Pull Test Checking"))
        mine = [made["expense0"]["Id"], made["expense1"]["Id"]]
        expenses = session.exec(
            select(Purchase).where(col(Purchase.qbo_id).in_(mine)).order_by(col(Purchase.txn_date))
        ).all()
        [vendor] = session.exec(select(Vendor).where(Vendor.qbo_id == made["vendor"]["Id"]))
        [item] = session.exec(select(Item).where(Item.qbo_id == made["item"]["Id"]))
    # CurrentBalance is read-only in QuickBooks: a new account with no transactions holds 0.
    assert (bank.account_type, str(bank.current_balance), bank.deleted) == ("Bank", "0.00", False)
    # TotalAmt as QuickBooks computes it: the sum of the lines.
    assert [(e.total_amt, e.vendor_qbo_id, e.account_qbo_id) for e in expenses] == [
        (Decimal(str(made[k].get("TotalAmt", 0))), made["vendor"]["Id"], bank.qbo_id)
        for k in ("expense0", "expense1")
    ]
    assert expenses[0].raw == made["expense0"] and expenses[0].updated_at is not None
    assert (vendor.display_name, vendor.email) == ("Pull Test Paper Co", "ap@paper.example")
    assert (item.name, item.item_type, item.income_account_qbo_id) == (
        "Pull Test Consulting", "Service", made["supplies"]["Id"],
    )  # fmt: skip


def test_a_re_pull_changes_nothing(books: tuple[Loop, dict[str, Any]]) -> None:
    loop, _made = books
    kinds = kinds_for(["accounts", "invoices", "expenses"])
    first = pull_all(loop.services.uow, loop.qbo, kinds=kinds)
    rows = _dump(loop)
    assert sum(map(len, rows.values())) == first.total
    again = pull_all(loop.services.uow, loop.qbo, kinds=kinds)
    assert again.counts == first.counts and _dump(loop) == rows


def test_a_deleted_expense_is_marked_and_a_stale_copy_cannot_bring_it_back(
    books: tuple[Loop, dict[str, Any]],
) -> None:
    loop, made = books
    s = loop.services
    realm, gone = loop.company.realm_id, made["expense1"]
    pull_all(s.uow, loop.qbo, kinds=kinds_for(["expenses"]))
    edited = loop.qbo.sparse_update(
        "Purchase", {"Id": gone["Id"], "SyncToken": gone["SyncToken"], "DocNumber": "X"}, "e1"
    ).entity
    loop.qbo.delete("Purchase", gone["Id"], edited["SyncToken"], "d1")
    svc = EventService(s.uow, s.clock, s.qbo_for, s.collections)

    changes = loop.qbo.cdc(["Purchase"], datetime.now(UTC) - timedelta(hours=1))
    assert changes.deleted("Purchase") == [gone["Id"]]
    assert svc.apply_changes(realm, changes).deleted == 1
    # A page fetched before the delete, written after it (a slow pull), and a re-pull.
    with s.uow.session() as session:
        upsert_page(session, realm, "Purchase", [edited])
    pull_all(s.uow, loop.qbo, kinds=("Purchase",))

    with s.uow.session() as session:
        rows = {p.qbo_id: p for p in session.exec(select(Purchase))}
    kept = rows[gone["Id"]]
    assert kept.deleted and (kept.raw["SyncToken"], kept.doc_number) == ("0", "")  # as pulled
    assert not rows[made["expense0"]["Id"]].deleted

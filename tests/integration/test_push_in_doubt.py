"""A push whose answer was lost: QuickBooks carried the batch out, the answer never came back
(a 504 or a timeout after the write). The change is retried, but never created twice: before
anything unclear is sent again, its marker is looked up (creates) or its SyncToken read
(updates), in one batch of queries, through the simulator over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from core.domain.sync.staged import ChangeKind
from core.models import AuditEntry, StagedChangeRow
from core.services.approvals import Actor
from core.services.ingest import kinds_for, pull_all
from core.services.push import RETRY_MAX, marker
from sandbox.qbo.server import LOST
from tests.harness import LEAD, Loop, running_loop, stage_rows


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with running_loop(engine, database_url) as lp:
        pull_all(lp.services.uow, lp.qbo, kinds=kinds_for(["accounts", "invoices", "expenses"]))
        yield lp


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


def _approve(loop: Loop, rows: list[dict[str, Any]], edits: Any = None) -> list[StagedChangeRow]:
    staged = stage_rows(loop, rows, edits)
    loop.services.change_approvals.approve(staged.batch_id, 1, Actor(LEAD))
    with loop.services.uow.session() as session:
        return list(
            session.exec(
                select(StagedChangeRow)
                .where(StagedChangeRow.batch_id == staged.batch_id)
                .order_by(col(StagedChangeRow.id))
            ).all()
        )


def _ours(loop: Loop, change_id: int) -> list[dict[str, Any]]:
    """Purchases in the simulator's own store carrying this change's marker."""
    tag = marker(change_id)
    with loop.qsim._lock:  # the store itself, not our client's view of it
        purchases = list(loop.qsim.ledger.data.get("Purchase", {}).values())
    return [p for p in purchases if tag in str(p.get("PrivateNote") or "")]


def _state(loop: Loop, change_id: int) -> StagedChangeRow:
    with loop.services.uow.session() as session:
        row = session.get(StagedChangeRow, change_id)
    assert row is not None
    return row


def test_a_create_whose_answer_was_lost_lands_once_in_a_later_batch(loop: Loop) -> None:
    realm = loop.company.realm_id
    [first] = _approve(loop, [_expense(loop, "diesel")])
    assert first.id is not None
    # QuickBooks creates it but the answer is lost; every attempt to learn more fails too.
    loop.qsim.inject_faults(LOST, 503, 503, 503)

    report = loop.services.push.push(realm)

    assert (report.pushed, report.retry_queued) == (0, 1)
    assert len(_ours(loop, first.id)) == 1  # it landed, unseen
    assert _state(loop, first.id).state == "approved"
    # Later: another change joins, so the retry travels in a batch of different content
    # (another requestid: QuickBooks' memory of the first one is no help).
    [second] = _approve(loop, [_expense(loop, "tolls")])
    assert second.id is not None
    loop.clock.advance(seconds=RETRY_MAX.total_seconds())

    again = loop.services.push.push(realm)

    assert (again.pushed, again.retry_queued) == (2, 0)
    [landed] = _ours(loop, first.id)
    assert len(_ours(loop, second.id)) == 1
    pushed = _state(loop, first.id)
    assert (pushed.state, pushed.qbo_id) == ("pushed", landed["Id"])


def test_a_lost_answer_is_looked_up_before_the_batch_is_resent(loop: Loop) -> None:
    realm = loop.company.realm_id
    invoice = loop.company.entities()["Invoice"][0]
    new, edit = _approve(
        loop,
        [_expense(loop, "mulch"), {"type": "invoice", "qbo_id": invoice["Id"],
                                   "DueDate": "2026-12-24"}],
        {ChangeKind.INVOICE: [invoice["Id"]]},
    )  # fmt: skip
    assert new.id is not None and edit.id is not None
    calls = len(loop.qsim.requests)
    loop.qsim.inject_faults(LOST)

    report = loop.services.push.push(realm)

    assert (report.pushed, report.retry_queued) == (2, 0)
    sent = loop.qsim.requests[calls:]
    # The batch (carried out, answer lost), then one batch of two lookups, and nothing resent.
    assert [(r["path"].rsplit("/", 1)[-1], r["status"]) for r in sent] == [
        ("batch", 504), ("batch", 200),
    ]  # fmt: skip
    lookups = [i["Query"] for i in sent[1]["json"]["BatchItemRequest"]]
    assert any(marker(new.id) in q for q in lookups)
    assert any(f"Id IN ('{invoice['Id']}')" in q for q in lookups)
    assert len(_ours(loop, new.id)) == 1
    assert loop.qbo.read("Invoice", invoice["Id"])["DueDate"] == "2026-12-24"
    assert (_state(loop, new.id).state, _state(loop, edit.id).state) == ("pushed", "pushed")


def test_a_batch_that_never_arrived_is_sent_again(loop: Loop) -> None:
    [change] = _approve(loop, [_expense(loop, "sod")])
    assert change.id is not None
    loop.qsim.inject_faults(503)  # refused before anything was done

    report = loop.services.push.push(loop.company.realm_id)

    assert report.pushed == 1
    assert len(_ours(loop, change.id)) == 1


def _writes_sent(loop: Loop, since: int) -> list[str]:
    """The creates and updates our app sent in batches after the first `since` requests."""
    return [
        f"{item['operation']} {item['bId']}"
        for r in loop.qsim.requests[since:]
        if not r["by_user"] and r["path"].endswith("/batch")
        for item in (r["json"] or {}).get("BatchItemRequest", [])
        if "operation" in item
    ]


def _lookups_sent(loop: Loop, since: int) -> list[str]:
    """The lookups (queries in batches) our app sent after the first `since` requests."""
    return [
        item["Query"]
        for r in loop.qsim.requests[since:]
        if not r["by_user"] and r["path"].endswith("/batch")
        for item in (r["json"] or {}).get("BatchItemRequest", [])
        if "Query" in item and "COUNT(*)" not in item["Query"]
        and "STARTPOSITION" not in item["Query"]
    ]


def _pushed_entries(loop: Loop, subject: str) -> list[AuditEntry]:
    with loop.services.uow.session() as session:
        return list(
            session.exec(
                select(AuditEntry).where(
                    AuditEntry.kind == "change.pushed", AuditEntry.subject == subject
                )
            ).all()
        )


def test_writes_that_landed_unseen_are_found_by_the_next_cycle(loop: Loop) -> None:
    """The next cycle pulls QuickBooks' copy of our own landed edit before it pushes: the
    change is pushed (that version's Id and SyncToken), not withdrawn as if QuickBooks had
    made the edit, and neither write is sent again."""
    realm = loop.company.realm_id
    invoice = loop.company.entities()["Invoice"][0]
    new, edit = _approve(
        loop,
        [_expense(loop, "gravel"), {"type": "invoice", "qbo_id": invoice["Id"],
                                    "DueDate": "2026-12-24"}],
        {ChangeKind.INVOICE: [invoice["Id"]]},
    )  # fmt: skip
    assert new.id is not None and edit.id is not None
    # QuickBooks carries the batch out, its answer is lost, and every lookup after fails too.
    loop.qsim.inject_faults(LOST, 503, 503, 503)
    first = loop.services.push.push(realm)
    assert (first.pushed, first.retry_queued) == (0, 2)
    landed = loop.qsim.entity("Invoice", invoice["Id"])
    assert landed["DueDate"] == "2026-12-24" and len(_ours(loop, new.id)) == 1
    loop.clock.advance(seconds=RETRY_MAX.total_seconds())
    calls = len(loop.qsim.requests)

    cycle = loop.services.sync.run(loop.qbo, kinds_for(["accounts", "invoices", "expenses"]))

    assert _writes_sent(loop, calls) == []  # found, not sent again
    assert _lookups_sent(loop, calls) == []  # found in the pulled copy: no need to ask
    assert (cycle.resolution.withdrawn, cycle.push.failed) == (0, 0)
    assert cycle.as_json()["pushed"] == 2
    edited = _state(loop, edit.id)
    assert (edited.state, edited.qbo_id) == ("pushed", invoice["Id"])
    [entry] = _pushed_entries(loop, f"invoice:{invoice['Id']}")
    assert entry.data["sync_token_after"] == landed["SyncToken"]
    assert "answer" in entry.data["reason"]  # says how it was found
    [created] = _ours(loop, new.id)
    assert (_state(loop, new.id).state, _state(loop, new.id).qbo_id) == ("pushed", created["Id"])


def _accounts_named(loop: Loop, name: str) -> list[dict[str, Any]]:
    with loop.qsim._lock:  # the store itself
        accounts = list(loop.qsim.ledger.data.get("Account", {}).values())
    return [a for a in accounts if a.get("Name") == name]


def test_an_account_that_landed_unseen_is_not_refused_as_its_own_duplicate(loop: Loop) -> None:
    """An account carries no marker (no PrivateNote): sent again in another batch, QuickBooks
    would refuse it as a duplicate name (6240) of the one it made. It is looked up by its
    name, and found carrying every value of the change, it is the push's."""
    realm = loop.company.realm_id
    [account] = _approve(loop, [{"type": "account", "Name": "Road Tolls",
                                 "AccountType": "Expense"}])  # fmt: skip
    assert account.id is not None
    loop.qsim.inject_faults(LOST, 503, 503, 503)
    assert loop.services.push.push(realm).retry_queued == 1
    assert len(_accounts_named(loop, "Road Tolls")) == 1  # it landed, unseen
    # Another change joins, so the retry is another request: QuickBooks' memory is no help.
    [expense] = _approve(loop, [_expense(loop, "tolls")])
    loop.clock.advance(seconds=RETRY_MAX.total_seconds())

    again = loop.services.push.push(realm)

    assert (again.pushed, again.failed) == (2, 0), again.failures
    [landed] = _accounts_named(loop, "Road Tolls")
    row = _state(loop, account.id)
    assert (row.state, row.qbo_id) == ("pushed", landed["Id"])
    assert _state(loop, expense.id or 0).state == "pushed"


def test_an_edit_of_lines_that_landed_unseen_is_found_by_the_next_cycle(loop: Loop) -> None:
    """QuickBooks answers lines with its own Ids and numbers: they still hold our edit."""
    realm = loop.company.realm_id
    invoice = loop.company.entities()["Invoice"][1]
    item = loop.company.entities()["Item"][0]
    lines = [{"Amount": 300, "DetailType": "SalesItemLineDetail",
              "SalesItemLineDetail": {"ItemRef": {"value": item["Id"]}}}]  # fmt: skip
    [edit] = _approve(
        loop, [{"type": "invoice", "qbo_id": invoice["Id"], "Line": lines}],
        {ChangeKind.INVOICE: [invoice["Id"]]},
    )  # fmt: skip
    assert edit.id is not None
    loop.qsim.inject_faults(LOST, 503, 503, 503)
    assert loop.services.push.push(realm).retry_queued == 1
    landed = loop.qsim.entity("Invoice", invoice["Id"])
    assert [ln.get("Amount") for ln in landed["Line"] if ln.get("DetailType") ==
            "SalesItemLineDetail"] == [300]  # fmt: skip
    loop.clock.advance(seconds=RETRY_MAX.total_seconds())
    calls = len(loop.qsim.requests)

    cycle = loop.services.sync.run(loop.qbo, kinds_for(["invoices"]))

    assert _writes_sent(loop, calls) == []
    assert cycle.resolution.withdrawn == 0
    assert _state(loop, edit.id).state == "pushed"

"""A staged change's approval card through the product's bolt App: posted from the outbox,
field by field with its total; Approve and Reject checked against the approvers file, the
amount limits and separation of duties, with signed clicks (straight to `App.dispatch` and
over HTTP); decisions redraw the card in place. Nothing is written to QuickBooks here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.ids import BlockId, ChangeActionId, InputId
from core.domain.sync.import_check import RowChecker
from core.domain.sync.staged import ChangeKind, StagedChange
from core.jobs import handlers
from core.models import AuditEntry, ChangeBatch, OutboxEffect, StagedChangeRow
from core.services.ingest import kinds_for, pull_all
from core.services.outbox import ACTION_EFFECTS, BATCH_EFFECTS
from core.services.records_view import record_type, show_record
from core.services.staging import books_for
from tests.harness import ADMIN, COLLECTOR, LEAD, STRANGER, running_loop, scan_sample
from tests.integration.test_bolt_rig import TRANSPORTS, Rig, bolt_rig


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with running_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as r:
        pull_all(loop.services.uow, loop.qbo, kinds=kinds_for(["accounts", "invoices", "expenses"]))
        yield r


def _stage(
    rig: Rig,
    rows: list[dict[str, Any]],
    submitted_by: str,
    edits: dict[ChangeKind, list[str]] | None = None,
) -> ChangeBatch:
    """Check `rows` against the pulled books, stage them as one batch, post its card."""
    loop = rig.loop
    realm = loop.company.realm_id
    with loop.services.uow.session() as session:
        checker = RowChecker(books_for(session, realm, edits or {}))
    changes = []
    for n, row in enumerate(rows, start=1):
        checked = checker.check(n, row)
        assert isinstance(checked, StagedChange), checked
        changes.append((None, checked))
    staged = loop.services.staging.stage(realm, changes, submitted_by, "slack")
    assert rig.drain().done == {"post_change_card": 1}
    return _batch(rig, staged.batch_id)


def _batch(rig: Rig, batch_id: int) -> ChangeBatch:
    with rig.loop.services.uow.session() as session:
        batch = session.get(ChangeBatch, batch_id)
    assert batch is not None
    return batch


def _expense(loop: Any, amount: str) -> dict[str, Any]:
    accounts = loop.company.entities()["Account"]
    [bank] = [a for a in accounts if a["Name"] == "Checking"]
    [fuel] = [a for a in accounts if a["Name"] == "Fuel"]
    vendor = loop.company.entities()["Vendor"][0]
    return {
        "type": "expense", "PaymentType": "Check", "TxnDate": "2026-11-18",
        "AccountRef": {"value": bank["Id"]},
        "EntityRef": {"value": vendor["Id"], "type": "Vendor", "name": vendor["DisplayName"]},
        "Line": [{"Amount": Decimal(amount), "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": fuel["Id"]}}}],
    }  # fmt: skip


def _card(rig: Rig, batch: ChangeBatch) -> dict[str, Any]:
    assert batch.slack_channel and batch.slack_ts
    message: dict[str, Any] = rig.loop.ssim.messages[(batch.slack_channel, batch.slack_ts)]
    return message


def _text(message: dict[str, Any]) -> str:
    return json.dumps(message["blocks"], ensure_ascii=False)


def _click(rig: Rig, batch: ChangeBatch, button: ChangeActionId, user: str) -> int:
    assert batch.slack_channel and batch.slack_ts
    payload = rig.loop.ssim.click(batch.slack_channel, batch.slack_ts, button.value, user)
    return rig.interact(payload).status


def _refusals(rig: Rig, count: int = 1) -> list[str]:
    """The refusals told so far, once `count` were (over HTTP they follow the answer)."""
    return [str(told.get("text", "")) for told in rig.told(count)]


def _audit(rig: Rig) -> list[AuditEntry]:
    with rig.loop.services.uow.session() as session:
        return list(session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all())


def _states(rig: Rig, batch: ChangeBatch) -> list[str]:
    with rig.loop.services.uow.session() as session:
        rows = session.exec(
            select(StagedChangeRow).where(StagedChangeRow.batch_id == batch.id)
        ).all()
    return [r.state for r in rows]


def test_card_shows_the_change_and_only_another_approver_may_approve(rig: Rig) -> None:
    loop = rig.loop
    invoice = loop.company.entities()["Invoice"][0]
    edit = {"type": "invoice", "qbo_id": invoice["Id"], "DueDate": "2026-12-15"}
    batch = _stage(rig, [edit], LEAD, {ChangeKind.INVOICE: [invoice["Id"]]})
    realm = loop.company.realm_id

    text = _text(_card(rig, batch))
    assert f"{invoice['DueDate']} → *2026-12-15*" in text
    assert "$2,760.00" in text and f"<@{LEAD}>" in text
    assert "Whoever submitted it cannot approve it" in text

    assert _click(rig, batch, ChangeActionId.APPROVE, LEAD) == 200  # the submitter
    assert _click(rig, batch, ChangeActionId.APPROVE, STRANGER) == 200
    refused = _refusals(rig, 2)
    assert "you submitted this change, so another approver must approve it" in refused[0]
    assert "approvers list" in refused[1]
    assert _batch(rig, batch.id or 0).state == "awaiting_approval"
    kinds = [(a.kind, a.actor) for a in _audit(rig)]
    assert ("approval.refused", LEAD) in kinds and ("authority.refused", STRANGER) in kinds

    assert _click(rig, batch, ChangeActionId.APPROVE, COLLECTOR) == 200

    decided = _batch(rig, batch.id or 0)
    assert (decided.state, decided.decided_by) == ("approved", COLLECTOR)
    assert _states(rig, batch) == ["approved"]
    with loop.services.uow.session() as session:
        shown = show_record(session, record_type("invoice"), invoice["Id"], realm)
    assert shown.summary.state.value == "pending_push"
    assert rig.drain().done == {"update_change_card": 1}
    redrawn = _card(rig, decided)
    assert "actions" not in [b["type"] for b in redrawn["blocks"]]
    assert f"Approved by <@{COLLECTOR}>" in _text(redrawn)
    # A second click finds no button; the stale payload is refused as already decided.
    with pytest.raises(LookupError):
        _click(rig, decided, ChangeActionId.APPROVE, ADMIN)
    assert loop.qbo.read("Invoice", invoice["Id"])["DueDate"] == invoice["DueDate"]


def test_over_the_collector_limit_a_lead_approves(rig: Rig) -> None:
    batch = _stage(rig, [_expense(rig.loop, "3000.00"), _expense(rig.loop, "2500.50")], ADMIN)
    assert str(batch.total) == "5500.50"
    text = _text(_card(rig, batch))
    assert "$5,500.50" in text and "2 expenses" in text

    assert _click(rig, batch, ChangeActionId.APPROVE, COLLECTOR) == 200
    assert "over your collector limit of 5,000.00" in _refusals(rig)[0]
    assert _click(rig, batch, ChangeActionId.APPROVE, LEAD) == 200
    assert _batch(rig, batch.id or 0).state == "approved"
    assert _states(rig, batch) == ["approved", "approved"]


def test_chart_of_accounts_changes_need_a_lead(rig: Rig) -> None:
    batch = _stage(rig, [{"type": "account", "Name": "Road Tolls", "AccountType": "Expense"}],
                   ADMIN)  # fmt: skip
    assert _click(rig, batch, ChangeActionId.APPROVE, COLLECTOR) == 200
    assert "only admin or finance_lead may change accounts" in _refusals(rig)[0]
    assert _click(rig, batch, ChangeActionId.APPROVE, LEAD) == 200
    assert _batch(rig, batch.id or 0).state == "approved"


def test_reject_asks_a_reason_and_redraws_the_card(rig: Rig) -> None:
    batch = _stage(rig, [_expense(rig.loop, "45.00")], LEAD)

    assert _click(rig, batch, ChangeActionId.REJECT, STRANGER) == 200
    assert rig.loop.ssim.calls_to("views.open") == []  # refused before the form
    assert _click(rig, batch, ChangeActionId.REJECT, LEAD) == 200  # its author may take it back
    [opened] = rig.loop.ssim.calls_to("views.open")
    assert opened["response"]["ok"], opened["response"]
    view_id = opened["response"]["view"]["id"]
    values = {BlockId.REJECT_REASON: {InputId.REJECT_REASON: "wrong vendor"}}
    answer = rig.interact(rig.loop.ssim.submit(view_id, values, LEAD))

    assert answer.status == 200
    rejected = _batch(rig, batch.id or 0)
    assert (rejected.state, rejected.reason) == ("rejected", "wrong vendor")
    assert _states(rig, batch) == ["rejected"]
    rig.drain()
    text = _text(_card(rig, rejected))
    assert f"Rejected by <@{LEAD}>: wrong vendor" in text
    with rig.loop.services.uow.session() as session:
        effects = session.exec(
            select(OutboxEffect).where(OutboxEffect.owner == "change_batch")
        ).all()
    assert sorted((e.kind, e.state) for e in effects) == [
        ("post_change_card", "done"),
        ("update_change_card", "done"),
    ]


def test_case_cards_and_change_cards_share_the_outbox_without_mixing(rig: Rig) -> None:
    """Action 1 and batch 1 both exist: each job runs its own effects only."""
    loop = rig.loop
    realm = loop.company.realm_id
    with loop.services.uow.session() as session:
        checker = RowChecker(books_for(session, realm, {}))
    change = checker.check(1, _expense(loop, "45.00"))
    assert isinstance(change, StagedChange)
    staged = loop.services.staging.stage_one(realm, change, LEAD)
    scan_sample(loop, post_cards=False)
    assert staged.batch_id == 1
    table = handlers(loop.services)

    table[ACTION_EFFECTS]({"action_id": 1})  # the first case's card only

    with loop.services.uow.session() as session:
        effects = session.exec(select(OutboxEffect).where(OutboxEffect.action_id == 1)).all()
        done = {(e.owner, e.kind): e.state for e in effects}
    assert done == {
        ("action", "post_card"): "done",
        ("change_batch", "post_change_card"): "pending",
    }
    table[BATCH_EFFECTS]({"batch_id": 1})
    batch = _batch(rig, 1)
    assert batch.slack_ts and "New expense" in _text(_card(rig, batch))
    assert len(loop.ssim.calls_to("chat.postMessage")) == 2

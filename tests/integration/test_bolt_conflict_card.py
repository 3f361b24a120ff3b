"""The sync conflict card through the product's bolt App with signed clicks: posted to the
finance channel from the outbox (one per record, redrawn in place), fields side by side;
"Keep this result" and "Use the other side" checked against the approvers file; an override
that changes QuickBooks is a staged change on its own approval card, SyncToken-checked, and
nothing is written to QuickBooks before someone else approves it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.ids import ConflictActionId
from core.domain.sync.conflict_policy import ConflictPolicy, ConflictRule, EntityConflictPolicy
from core.domain.sync.records import Entity
from core.domain.sync.staged import OPEN_STATES, ChangeKind
from core.errors import InvalidTransitionError, NotAuthorizedError
from core.models import AuditEntry, ChangeBatch, StagedChangeRow, SyncConflict
from core.services.approvals import Actor
from core.services.conflict_cards import card_hook
from core.services.conflicts import ConflictService
from core.services.ingest import kinds_for, pull_all
from sandbox.qbo.user_edits import edit_as_user
from tests.harness import ADMIN, CHANNEL, COLLECTOR, LEAD, STRANGER, running_loop, stage_rows
from tests.integration.test_bolt_rig import TRANSPORTS, Rig, bolt_rig


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with running_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as r:
        pull_all(loop.services.uow, loop.qbo, kinds=kinds_for(["accounts", "invoices"]))
        yield r


def conflict_on(rig: Rig, invoice: dict[str, Any], policy: ConflictPolicy | None = None,
                in_quickbooks: dict[str, Any] | None = None) -> int:
    """Stage a DueDate and a PrivateNote edit as the collector, have a QuickBooks user change
    both (or `in_quickbooks`), pull, resolve; returns the conflict's id once its card is
    posted."""
    loop = rig.loop
    realm = loop.company.realm_id
    row = {"type": "invoice", "qbo_id": invoice["Id"], "DueDate": "2026-12-15",
           "PrivateNote": "promised Friday"}  # fmt: skip
    stage_rows(loop, [row], {ChangeKind.INVOICE: [invoice["Id"]]}, COLLECTOR)
    edit_as_user(loop.qsim, "Invoice", invoice["Id"],
                 in_quickbooks or {"DueDate": "2027-01-31", "PrivateNote": "disputed"})
    pull_all(loop.services.uow, loop.qbo, kinds=kinds_for(["invoices"]))
    service = loop.services.conflicts
    if policy is not None:
        service = ConflictService(loop.services.uow, loop.services.clock, policy,
                                  card_hook(CHANNEL))  # fmt: skip
    assert service.resolve(realm).conflicts == 1
    done = rig.drain().done
    assert done.get("post_conflict_card") == 1, done
    with loop.services.uow.session() as session:
        [conflict] = session.exec(select(SyncConflict)).all()
    assert conflict.id is not None
    return conflict.id


def conflict(rig: Rig, conflict_id: int) -> SyncConflict:
    with rig.loop.services.uow.session() as session:
        found = session.get(SyncConflict, conflict_id)
    assert found is not None
    return found


def card(rig: Rig, row: SyncConflict) -> dict[str, Any]:
    assert row.slack_channel and row.slack_ts
    message: dict[str, Any] = rig.loop.ssim.messages[(row.slack_channel, row.slack_ts)]
    return message


def click(rig: Rig, row: SyncConflict, action_id: str, user: str) -> int:
    assert row.slack_channel and row.slack_ts
    payload = rig.loop.ssim.click(row.slack_channel, row.slack_ts, action_id, user)
    return rig.interact(payload).status


def refusals(rig: Rig, count: int = 1) -> list[str]:
    """The refusals told so far, once `count` were (over HTTP they follow the answer)."""
    return [str(told.get("text", "")) for told in rig.told(count)]


def test_card_shows_both_sides_and_keep_confirms_the_policy(rig: Rig) -> None:
    invoice = rig.loop.company.entities()["Invoice"][0]
    conflict_id = conflict_on(rig, invoice)
    row = conflict(rig, conflict_id)
    assert row.slack_channel == CHANNEL

    shown = json.dumps(card(rig, row)["blocks"], ensure_ascii=False)
    assert f"was {invoice['DueDate']} · qbot 2026-12-15 · QuickBooks 2027-01-31" in shown
    assert "→ *2027-01-31*" in shown and "QuickBooks wins" in shown
    assert "Use the other side: DueDate" in shown and "Keep this result" in shown

    assert click(rig, row, ConflictActionId.KEEP, STRANGER) == 200  # on no approvers list
    assert "approvers list" in refusals(rig)[0]
    assert conflict(rig, conflict_id).decided_by == "policy"

    assert click(rig, row, ConflictActionId.KEEP, LEAD) == 200
    kept = conflict(rig, conflict_id)
    assert (kept.state, kept.decided_by, kept.version) == ("resolved", LEAD, row.version + 1)
    assert rig.drain().done.get("update_conflict_card") == 1
    redrawn = json.dumps(card(rig, kept)["blocks"], ensure_ascii=False)
    assert f"Decided by <@{LEAD}>" in redrawn
    with pytest.raises(InvalidTransitionError, match="out of date"):  # the old drawing
        rig.loop.services.conflict_cards.keep(conflict_id, row.version, Actor(LEAD))
    with rig.loop.services.uow.session() as session:
        kinds = [a.kind for a in session.exec(select(AuditEntry)).all()]
    assert "sync.conflict_kept" in kinds and "authority.refused" in kinds


def test_use_the_other_side_stages_a_change_for_approval(rig: Rig) -> None:
    loop = rig.loop
    invoice = loop.company.entities()["Invoice"][1]
    conflict_id = conflict_on(rig, invoice)
    row = conflict(rig, conflict_id)
    due = next(n for n, f in enumerate(row.fields) if f["field"] == "DueDate")
    before = loop.qbo.read("Invoice", invoice["Id"])

    assert click(rig, row, f"{ConflictActionId.OTHER_SIDE.value}_{due}", COLLECTOR) == 200

    picked = conflict(rig, conflict_id)
    assert (picked.state, picked.outcome) == ("resolved", "overridden")
    assert picked.decided_by == COLLECTOR
    assert picked.fields[due]["result"] == "2026-12-15"
    with loop.services.uow.session() as session:
        changes = session.exec(select(StagedChangeRow).order_by(col(StagedChangeRow.id))).all()
        override = changes[-1]
        batch = session.get(ChangeBatch, override.batch_id)
    assert override.changes == {"DueDate": "2026-12-15"}
    assert override.base_sync_token == before["SyncToken"]  # SyncToken-checked on push
    assert (override.state, override.submitted_by) == ("awaiting_approval", COLLECTOR)
    assert batch is not None and batch.source == f"conflict:{conflict_id}"
    done = rig.drain().done
    assert done.get("post_change_card") == 1 and done.get("update_conflict_card") == 1
    assert loop.qbo.read("Invoice", invoice["Id"])["DueDate"] == "2027-01-31"  # not yet

    # Separation of duties: the collector who picked it cannot approve it; the lead can.
    with pytest.raises(NotAuthorizedError, match="another approver"):
        loop.services.change_approvals.approve(batch.id or 0, batch.version, Actor(COLLECTOR))
    loop.services.change_approvals.approve(batch.id or 0, batch.version, Actor(LEAD))
    assert loop.services.push.push(loop.company.realm_id).pushed == 1
    assert loop.qbo.read("Invoice", invoice["Id"])["DueDate"] == "2026-12-15"


def test_a_held_conflict_is_kept_by_a_person(rig: Rig) -> None:
    invoice = rig.loop.company.entities()["Invoice"][2]
    policy = ConflictPolicy(
        {Entity.INVOICE: EntityConflictPolicy(fields={"DueDate": ConflictRule.MANUAL})}
    )
    conflict_id = conflict_on(rig, invoice, policy)
    row = conflict(rig, conflict_id)
    assert (row.state, row.outcome) == ("open", "held")
    assert "Held for a person" in json.dumps(card(rig, row)["blocks"])

    assert click(rig, row, ConflictActionId.KEEP, LEAD) == 200

    kept = conflict(rig, conflict_id)
    assert (kept.state, kept.outcome) == ("resolved", "withdrawn")
    with rig.loop.services.uow.session() as session:
        change = session.get(StagedChangeRow, kept.change_id)
    assert change is not None and change.state == "withdrawn"
    assert f"kept by {LEAD}" in (change.reason or "")


def open_changes_of(rig: Rig, qbo_id: str) -> list[StagedChangeRow]:
    with rig.loop.services.uow.session() as session:
        rows = session.exec(
            select(StagedChangeRow)
            .where(StagedChangeRow.qbo_id == qbo_id,
                   col(StagedChangeRow.state).in_([s.value for s in OPEN_STATES]))
            .order_by(col(StagedChangeRow.id))
        ).all()
    return list(rows)


def test_an_override_replaces_the_open_change_of_its_record(rig: Rig) -> None:
    """One record, at most one open change: the override carries what the earlier change
    still changed (PrivateNote, which the platform won) and withdraws it, audited, its card
    saying why; its submitter, whose edit it carries, may not approve it either."""
    loop = rig.loop
    invoice = loop.company.entities()["Invoice"][3]
    conflict_id = conflict_on(rig, invoice, in_quickbooks={"DueDate": "2027-01-31"})
    row = conflict(rig, conflict_id)
    [earlier] = open_changes_of(rig, invoice["Id"])
    assert earlier.changes == {"PrivateNote": "promised Friday"}  # DueDate lost to QuickBooks
    due = next(n for n, f in enumerate(row.fields) if f["field"] == "DueDate")

    assert click(rig, row, f"{ConflictActionId.OTHER_SIDE.value}_{due}", LEAD) == 200

    [override] = open_changes_of(rig, invoice["Id"])
    assert override.id != earlier.id
    assert override.changes == {"DueDate": "2026-12-15", "PrivateNote": "promised Friday"}
    assert override.base_sync_token == loop.qbo.read("Invoice", invoice["Id"])["SyncToken"]
    with loop.services.uow.session() as session:
        gone = session.get(StagedChangeRow, earlier.id)
        old_batch = session.get(ChangeBatch, earlier.batch_id)
        new_batch = session.get(ChangeBatch, override.batch_id)
        replaced = session.exec(
            select(AuditEntry).where(AuditEntry.kind == "change.replaced")
        ).all()
    assert gone is not None and gone.state == "withdrawn"
    assert f"replaced by change {override.id}" in (gone.reason or "")
    assert old_batch is not None and old_batch.state == "withdrawn"
    assert [(e.actor, e.data["change"], e.data["by_change"]) for e in replaced] == [
        (LEAD, earlier.id, override.id)
    ]
    done = rig.drain().done
    assert done.get("update_change_card") == 1 and done.get("post_change_card") == 1
    assert old_batch.slack_channel and old_batch.slack_ts
    old_card = json.dumps(loop.ssim.messages[(old_batch.slack_channel, old_batch.slack_ts)])
    assert "Withdrawn" in old_card and f"replaced by change {override.id}" in old_card

    assert new_batch is not None
    for barred in (LEAD, COLLECTOR):  # the overrider, and the author of the carried edit
        with pytest.raises(NotAuthorizedError, match="another approver"):
            loop.services.change_approvals.approve(new_batch.id or 0, new_batch.version,
                                                   Actor(barred))  # fmt: skip
    loop.services.change_approvals.approve(new_batch.id or 0, new_batch.version, Actor(ADMIN))
    assert loop.services.push.push(loop.company.realm_id).pushed == 1
    pushed = loop.qbo.read("Invoice", invoice["Id"])
    assert (pushed["DueDate"], pushed["PrivateNote"]) == ("2026-12-15", "promised Friday")
    assert open_changes_of(rig, invoice["Id"]) == []


def test_overriding_a_held_change_replaces_it(rig: Rig) -> None:
    invoice = rig.loop.company.entities()["Invoice"][4]
    policy = ConflictPolicy(
        {Entity.INVOICE: EntityConflictPolicy(fields={"DueDate": ConflictRule.MANUAL})}
    )
    conflict_id = conflict_on(rig, invoice, policy, in_quickbooks={"DueDate": "2027-01-31"})
    row = conflict(rig, conflict_id)
    [held] = open_changes_of(rig, invoice["Id"])
    assert held.state == "conflict"
    due = next(n for n, f in enumerate(row.fields) if f["field"] == "DueDate")

    assert click(rig, row, f"{ConflictActionId.OTHER_SIDE.value}_{due}", LEAD) == 200

    [override] = open_changes_of(rig, invoice["Id"])
    # the platform's DueDate picked by a person; its PrivateNote (QuickBooks never touched it)
    # carried over from the held change, which is withdrawn
    assert override.changes == {"DueDate": "2026-12-15", "PrivateNote": "promised Friday"}
    assert override.state == "awaiting_approval"
    with rig.loop.services.uow.session() as session:
        gone = session.get(StagedChangeRow, held.id)
    assert gone is not None and gone.state == "withdrawn"
    assert f"replaced by change {override.id}" in (gone.reason or "")

"""Conflicts resolved by the policy, against the QuickBooks simulator over HTTP: a staged change
whose record a QuickBooks user edited is rebased, withdrawn when it loses, or held for a person;
a conflict row and an audit entry per resolution; a 5010 on push goes the same way."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select
from typer.testing import CliRunner

from bot.cli import cli
from core.domain.sync.conflict_policy import ConflictPolicy, ConflictRule, EntityConflictPolicy
from core.domain.sync.records import Entity
from core.domain.sync.staged import ChangeKind
from core.domain.webhook_events import WebhookEvent, classic_key
from core.models import AuditEntry, StagedChangeRow, SyncConflict
from core.services.approvals import Actor
from core.services.conflicts import ConflictService
from core.services.ingest import kinds_for, pull_all
from core.services.push import PushService
from sandbox.qbo.user_edits import edit_as_user
from tests.harness import (
    LEAD,
    Loop,
    add_connection,
    quickbooks_settings_only,
    running_loop,
    stage_rows,
)

TYPES = kinds_for(["accounts", "invoices", "expenses"])


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with running_loop(engine, database_url) as lp:
        pull_all(lp.services.uow, lp.qbo, kinds=TYPES)
        yield lp


def stage(loop: Loop, rows: list[dict[str, Any]], edits: dict[ChangeKind, list[str]]) -> int:
    return stage_rows(loop, rows, edits).batch_id


def changes(loop: Loop) -> list[StagedChangeRow]:
    with loop.services.uow.session() as session:
        return list(session.exec(select(StagedChangeRow).order_by(col(StagedChangeRow.id))).all())


def conflicts(loop: Loop) -> list[SyncConflict]:
    with loop.services.uow.session() as session:
        return list(session.exec(select(SyncConflict).order_by(col(SyncConflict.id))).all())


def resolutions(loop: Loop) -> list[AuditEntry]:
    with loop.services.uow.session() as session:
        return list(
            session.exec(select(AuditEntry).where(AuditEntry.kind == "sync.resolution")).all()
        )


def pull(loop: Loop) -> None:
    pull_all(loop.services.uow, loop.qbo, kinds=TYPES)


def test_quickbooks_wins_a_money_field_and_the_change_is_withdrawn(loop: Loop) -> None:
    invoice = loop.company.entities()["Invoice"][0]
    stage(loop, [{"type": "invoice", "qbo_id": invoice["Id"], "DueDate": "2026-12-15"}],
          {ChangeKind.INVOICE: [invoice["Id"]]})  # fmt: skip
    edit_as_user(loop.qsim, "Invoice", invoice["Id"], {"DueDate": "2026-12-31"})
    pull(loop)

    report = loop.services.conflicts.resolve(loop.company.realm_id)

    assert (report.conflicts, report.resolved_by_policy, report.withdrawn) == (1, 1, 1)
    [change] = changes(loop)
    assert change.state == "withdrawn"
    assert "DueDate was changed in QuickBooks" in (change.reason or "")
    [conflict] = conflicts(loop)
    assert (conflict.state, conflict.rule, conflict.outcome) == (
        "resolved", "quickbooks_wins", "withdrawn",
    )  # fmt: skip
    [due] = conflict.fields
    assert (due["base"], due["platform"], due["quickbooks"], due["result"]) == (
        invoice["DueDate"], "2026-12-15", "2026-12-31", "2026-12-31",
    )  # fmt: skip
    assert conflict.decided_by == "policy" and conflict.decided_at is not None
    [entry] = resolutions(loop)
    assert entry.data["fields"][0]["rule"] == "quickbooks_wins"
    assert entry.data["outcome"] == "withdrawn"
    # Nothing was written over the newer QuickBooks value, and nothing is left to push.
    assert loop.services.push.push(loop.company.realm_id).batches == 0
    assert loop.qbo.read("Invoice", invoice["Id"])["DueDate"] == "2026-12-31"
    assert loop.services.conflicts.resolve(loop.company.realm_id).merged == 0  # idempotent


def test_a_one_side_change_on_each_side_rebases_and_pushes(loop: Loop) -> None:
    invoice = loop.company.entities()["Invoice"][1]
    batch_id = stage(
        loop, [{"type": "invoice", "qbo_id": invoice["Id"], "DueDate": "2026-12-15"}],
        {ChangeKind.INVOICE: [invoice["Id"]]},
    )  # fmt: skip
    loop.services.change_approvals.approve(batch_id, 1, Actor(LEAD))
    edited = edit_as_user(loop.qsim, "Invoice", invoice["Id"], {"PrivateNote": "called Tue"})
    pull(loop)

    report = loop.services.conflicts.resolve(loop.company.realm_id)

    assert (report.merged, report.rebased, report.conflicts) == (1, 1, 0)
    [change] = changes(loop)
    assert (change.state, change.base_sync_token) == ("approved", edited["SyncToken"])
    assert conflicts(loop) == []  # no field changed on both sides
    assert len(resolutions(loop)) == 1  # but the rebase is in the audit log
    assert loop.services.push.push(loop.company.realm_id).pushed == 1
    now = loop.qbo.read("Invoice", invoice["Id"])
    assert (now["DueDate"], now["PrivateNote"]) == ("2026-12-15", "called Tue")


def test_platform_wins_keeps_the_platform_value_and_pushes_it(loop: Loop) -> None:
    invoice = loop.company.entities()["Invoice"][2]
    stage(loop, [{"type": "invoice", "qbo_id": invoice["Id"], "PrivateNote": "ours",
                  "DueDate": "2026-12-15"}], {ChangeKind.INVOICE: [invoice["Id"]]})  # fmt: skip
    edit_as_user(loop.qsim, "Invoice", invoice["Id"],
                 {"PrivateNote": "theirs", "DueDate": "2026-12-20"})  # fmt: skip
    pull(loop)
    policy = ConflictPolicy(
        {Entity.INVOICE: EntityConflictPolicy(fields={"PrivateNote": ConflictRule.PLATFORM_WINS})}
    )
    service = ConflictService(loop.services.uow, loop.services.clock, policy)

    report = service.resolve(loop.company.realm_id)

    assert (report.conflicts, report.rebased, report.resolved_by_policy) == (1, 1, 1)
    [change] = changes(loop)
    assert change.changes == {"PrivateNote": "ours"}  # DueDate lost to QuickBooks
    assert change.state == "awaiting_approval"
    assert (change.reason or "").startswith("Partly withdrawn: DueDate")
    [conflict] = conflicts(loop)
    assert conflict.rule == "platform_wins,quickbooks_wins"
    by_field = {f["field"]: f["result"] for f in conflict.fields}
    assert by_field == {"DueDate": "2026-12-20", "PrivateNote": "ours"}


def test_manual_holds_for_a_person_and_a_stale_push_resolves(loop: Loop) -> None:
    first, second = loop.company.entities()["Invoice"][3:5]
    batch_id = stage(
        loop,
        [{"type": "invoice", "qbo_id": first["Id"], "DueDate": "2026-12-15"},
         {"type": "invoice", "qbo_id": second["Id"], "DueDate": "2026-12-16"}],
        {ChangeKind.INVOICE: [first["Id"], second["Id"]]},
    )  # fmt: skip
    loop.services.change_approvals.approve(batch_id, 1, Actor(LEAD))
    # Neither edit is pulled before the push: each comes back as a 5010.
    edit_as_user(loop.qsim, "Invoice", first["Id"], {"DueDate": "2027-01-05"})
    edit_as_user(loop.qsim, "Invoice", second["Id"], {"DueDate": "2027-01-06"})
    policy = ConflictPolicy(
        {Entity.INVOICE: EntityConflictPolicy(fields={"DueDate": ConflictRule.MANUAL})}
    )
    held = ConflictService(loop.services.uow, loop.services.clock, policy)
    push = PushService(loop.services.uow, loop.services.clock, lambda _r: loop.qbo, held.resolve)

    report = push.push(loop.company.realm_id)

    assert (report.pushed, report.conflicts) == (0, 2)
    assert [c.state for c in changes(loop)] == ["conflict", "conflict"]
    rows = conflicts(loop)
    assert [(c.state, c.rule, c.outcome, c.decided_at) for c in rows] == [
        ("open", "manual", "held", None), ("open", "manual", "held", None),
    ]  # fmt: skip
    assert "DueDate changed on both sides" in (rows[0].reason or "")
    assert held.resolve(loop.company.realm_id).merged == 0  # held once, not again
    assert [c["record"] for c in held.list("open")] == [
        f"invoice:{second['Id']}", f"invoice:{first['Id']}",
    ]  # fmt: skip
    assert loop.qbo.read("Invoice", first["Id"])["DueDate"] == "2027-01-05"  # never forced


def test_an_invoice_deleted_in_quickbooks_while_edited_is_held(loop: Loop) -> None:
    invoice = next(i for i in loop.company.entities()["Invoice"] if not i.get("LinkedTxn"))
    stage(loop, [{"type": "invoice", "qbo_id": invoice["Id"], "PrivateNote": "disputed"}],
          {ChangeKind.INVOICE: [invoice["Id"]]})  # fmt: skip
    current = loop.qbo.read("Invoice", invoice["Id"])
    loop.qbo.delete("Invoice", invoice["Id"], current["SyncToken"], "user-delete-1")
    loop.services.events.poll_cdc(loop.company.realm_id, loop.services.clock.now())

    [change] = changes(loop)  # the CDC backstop resolved it
    assert change.state == "conflict"
    [conflict] = conflicts(loop)
    assert (conflict.state, conflict.rule) == ("open", "deleted_in_quickbooks")
    assert "deleted in QuickBooks" in (conflict.reason or "")
    assert conflict.quickbooks_sync_token is None


def test_qbot_conflicts_lists_them_from_the_database_alone(
    loop: Loop, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoice = loop.company.entities()["Invoice"][6]
    stage(loop, [{"type": "invoice", "qbo_id": invoice["Id"], "DueDate": "2026-12-15"}],
          {ChangeKind.INVOICE: [invoice["Id"]]})  # fmt: skip
    edit_as_user(loop.qsim, "Invoice", invoice["Id"], {"DueDate": "2026-12-31"})
    pull(loop)
    loop.services.conflicts.resolve(loop.company.realm_id)
    quickbooks_settings_only(loop, database_url, tmp_path, monkeypatch)
    monkeypatch.delenv("QBO_ACCESS_TOKEN")  # the database is the only setting it needs
    runner = CliRunner()

    listed = runner.invoke(cli, ["conflicts", "--state", "resolved", "--json"])

    assert listed.exit_code == 0, listed.output
    [shown] = json.loads(listed.stdout)
    assert shown["record"] == f"invoice:{invoice['Id']}"
    assert (shown["rule"], shown["state"]) == ("quickbooks_wins", "resolved")
    assert shown["fields"] == [{
        "field": "DueDate", "base": invoice["DueDate"], "platform": "2026-12-15",
        "quickbooks": "2026-12-31", "result": "2026-12-31", "rule": "quickbooks_wins",
    }]  # fmt: skip
    assert shown["decided_at"].startswith("2026-11-20T18:00")
    assert json.loads(runner.invoke(cli, ["conflicts", "--state", "open", "--json"]).stdout) == []
    text = runner.invoke(cli, ["conflicts"])
    assert "DueDate: base" in text.stdout and "-> 2026-12-31 (quickbooks_wins)" in text.stdout
    bad = runner.invoke(cli, ["conflicts", "--state", "stuck"])
    assert bad.exit_code != 0 and "use open or resolved" in bad.output
    assert "Traceback" not in bad.output
    helped = runner.invoke(cli, ["conflicts", "--help"])
    assert helped.exit_code == 0 and "base, platform, QuickBooks" in helped.stdout


def test_a_webhook_resolves_the_change_it_reports(loop: Loop) -> None:
    invoice = loop.company.entities()["Invoice"][7]
    stage(loop, [{"type": "invoice", "qbo_id": invoice["Id"], "DueDate": "2026-12-15"}],
          {ChangeKind.INVOICE: [invoice["Id"]]})  # fmt: skip
    edited = edit_as_user(loop.qsim, "Invoice", invoice["Id"], {"DueDate": "2027-02-01"})
    when = edited["MetaData"]["LastUpdatedTime"]
    realm = loop.company.realm_id
    add_connection(loop.services, realm)  # webhooks are taken for connected companies only
    key = classic_key(realm, "Invoice", invoice["Id"], "Update", when)
    loop.services.events.record(
        [WebhookEvent(realm, "Invoice", invoice["Id"], "Update", when, "classic", key)]
    )

    report = loop.services.events.process_pending(realm_id=realm)
    assert (report.failed, report.errors, report.processed) == (0, [], 1), report

    [change] = changes(loop)
    assert change.state == "withdrawn"  # QuickBooks' due date wins; nothing pushed over it
    [conflict] = conflicts(loop)
    assert conflict.quickbooks_sync_token == edited["SyncToken"]

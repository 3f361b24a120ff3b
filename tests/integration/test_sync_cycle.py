"""`qbot sync` as one full cycle against the QuickBooks simulator over HTTP: pull, resolve
conflicts by the policy, push what is approved; a transient push fault waits out its backoff,
a validation fault is held with QuickBooks' explanation; `qbot sync status` shows both."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import Engine
from sqlmodel import col, select
from typer.testing import CliRunner

from bot.cli import cli
from core.domain.sync.staged import ChangeKind
from core.models import Invoice, StagedChangeRow, SyncCursor
from core.services.approvals import Actor
from core.services.ingest import kinds_for, pull_all
from core.services.push import RETRY_FIRST
from sandbox.qbo.user_edits import delete_as_user, edit_as_user
from tests.harness import LEAD, NOW, Loop, quickbooks_settings_only, running_loop, stage_rows


@pytest.fixture
def shell(
    engine: Engine, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Loop]:
    """A pulled company, and QuickBooks settings alone for the commands: no Slack, no .env."""
    with running_loop(engine, database_url) as loop:
        pull_all(loop.services.uow, loop.qbo, kinds=kinds_for(["accounts", "invoices"]))
        quickbooks_settings_only(loop, database_url, tmp_path, monkeypatch)
        yield loop


def qbot(*argv: str) -> Result:
    return CliRunner().invoke(cli, list(argv))


def approve(loop: Loop, rows: list[dict[str, Any]], edits: list[str]) -> None:
    batch = stage_rows(loop, rows, {ChangeKind.INVOICE: edits})
    loop.services.change_approvals.approve(batch.batch_id, 1, Actor(LEAD))


def changes(loop: Loop) -> list[StagedChangeRow]:
    with loop.services.uow.session() as session:
        return list(session.exec(select(StagedChangeRow).order_by(col(StagedChangeRow.id))).all())


def test_one_cycle_pulls_resolves_and_pushes(shell: Loop) -> None:
    loop = shell
    lost, moved, clean = (i["Id"] for i in loop.company.entities()["Invoice"][:3])
    approve(loop, [{"type": "invoice", "qbo_id": i, "DueDate": "2026-12-15"}
                   for i in (lost, moved, clean)], [lost, moved, clean])  # fmt: skip
    edit_as_user(loop.qsim, "Invoice", lost, {"DueDate": "2027-01-31"})  # money: QuickBooks wins
    edit_as_user(loop.qsim, "Invoice", moved, {"PrivateNote": "called"})  # another field
    before = len(loop.qsim.requests)

    done = qbot("sync", "--types", "invoices", "--json")

    assert done.exit_code == 0, done.output
    answer = json.loads(done.stdout)
    assert answer["pulled"]["Invoice"] == len(loop.company.entities()["Invoice"])
    picked = {k: answer[k] for k in ("pushed", "conflicts", "resolved_by_policy",
                                     "held_for_person", "failed", "retry_queued")}  # fmt: skip
    assert picked == {"pushed": 2, "conflicts": 1, "resolved_by_policy": 1,
                      "held_for_person": 0, "failed": 0, "retry_queued": 0}  # fmt: skip
    assert answer["api_calls"] == len(loop.qsim.requests) - before
    assert [c.state for c in changes(loop)] == ["withdrawn", "pushed", "pushed"]
    assert loop.qbo.read("Invoice", lost)["DueDate"] == "2027-01-31"  # never pushed over
    assert loop.qbo.read("Invoice", moved)["PrivateNote"] == "called"
    assert loop.qbo.read("Invoice", moved)["DueDate"] == "2026-12-15"

    again = json.loads(qbot("sync", "--types", "invoices", "--json").stdout)
    assert (again["pushed"], again["conflicts"]) == (0, 0)  # a second cycle changes nothing
    text = qbot("sync", "--types", "invoices")
    assert "0 conflict(s)" in text.stdout and "pushed 0" in text.stdout


def test_a_transient_fault_waits_its_backoff_a_validation_fault_is_held(shell: Loop) -> None:
    loop = shell
    invoice = loop.company.entities()["Invoice"][0]["Id"]
    approve(loop, [{"type": "invoice", "qbo_id": invoice, "DueDate": "2026-12-15"},
                   {"type": "account", "Name": "Road Tolls", "AccountType": "Expense"}],
            [invoice])  # fmt: skip
    # A QuickBooks user takes the name first: QuickBooks will refuse ours as a duplicate (of
    # another type, that account cannot be the one our unanswered push may have made).
    loop.qbo.create("Account", {"Name": "Road Tolls", "AccountType": "Other Expense"}, "user-2")
    # The batch fails (503: it may have landed), then the client's three tries at looking up
    # whether it did: nothing is resent blind, the changes wait for the next push.
    loop.qsim.inject_faults(503, 503, 503, 503)

    first = loop.services.push.push(loop.company.realm_id)

    assert (first.pushed, first.retry_queued) == (0, 2)
    queued = changes(loop)
    assert [c.retry_at for c in queued] == [NOW + RETRY_FIRST] * 2
    status = json.loads(qbot("sync", "status", "--json").stdout)
    [invoices] = [t for t in status["companies"][0]["types"] if t["type"] == "invoices"]
    [waiting] = invoices["retry_changes"]
    assert waiting["record"] == f"invoice:{invoice}" and waiting["attempts"] == 1
    assert "tries again after" in waiting["reason"]
    assert loop.services.push.push(loop.company.realm_id).batches == 0  # still backing off

    loop.clock.advance(seconds=RETRY_FIRST.total_seconds())
    second = loop.services.push.push(loop.company.realm_id)

    assert (second.pushed, second.failed) == (1, 1)
    edit, account = changes(loop)
    assert (edit.state, account.state) == ("pushed", "failed")
    assert "QuickBooks refused it" in (account.reason or "")
    status = json.loads(qbot("sync", "status", "--json").stdout)
    [accounts] = [t for t in status["companies"][0]["types"] if t["type"] == "accounts"]
    [held] = accounts["failed_changes"]
    assert held["record"] == f"change:{account.id}" and "refused" in held["reason"]
    text = qbot("sync", "status").stdout
    assert f"failed change {account.id}" in text


# -- incremental pulls: CDC after the first full pull --------------------------------------


def app_requests(loop: Loop, since: int) -> list[dict[str, Any]]:
    """Our app's requests to QuickBooks after the first `since` (not a QuickBooks user's)."""
    return [r for r in loop.qsim.requests[since:] if not r["by_user"]]


def cursors(loop: Loop) -> dict[str, SyncCursor]:
    with loop.services.uow.session() as session:
        return {c.entity: c for c in session.exec(select(SyncCursor)).all()}


def invoice_copy(loop: Loop, qbo_id: str) -> Invoice:
    with loop.services.uow.session() as session:
        return session.exec(select(Invoice).where(Invoice.qbo_id == qbo_id)).one()


def test_a_cycle_after_the_first_pulls_by_one_cdc_call(shell: Loop) -> None:
    loop = shell
    invoices = loop.company.entities()["Invoice"]
    first = json.loads(qbot("sync", "--types", "invoices", "--json").stdout)
    assert first["mode"] == "full" and first["pulled"]["Invoice"] == len(invoices)
    kinds = kinds_for(["invoices"])
    assert {k: c.full_pull_at is not None for k, c in cursors(loop).items()} == dict.fromkeys(
        kinds, True
    )
    edited = invoices[0]["Id"]
    edit_as_user(loop.qsim, "Invoice", edited, {"PrivateNote": "changed in QuickBooks"})
    delete_as_user(loop.qsim, "Invoice", "539")
    before = len(loop.qsim.requests)

    second = json.loads(qbot("sync", "--types", "invoices", "--json").stdout)

    [ask] = app_requests(loop, before)  # one request for the cycle's five entity types
    assert ask["path"].endswith("/cdc")
    assert ask["query"]["entities"].split(",") == list(kinds)
    assert second["mode"] == "cdc" and second["api_calls"] == 1
    assert set(second["pulled"]) == set(kinds) and second["pulled"]["Invoice"] == 2
    assert invoice_copy(loop, edited).raw["PrivateNote"] == "changed in QuickBooks"
    gone = json.loads(qbot("records", "show", "invoice", "539", "--json").stdout)
    assert gone["state"] == "deleted_in_quickbooks"
    # The next CDC starts at the server's time of this one (a few seconds early).
    asked = datetime.fromisoformat(ask["query"]["changedSince"])
    assert min(c.changed_since for c in cursors(loop).values()) > asked
    status = json.loads(qbot("sync", "status", "--json").stdout)
    by_type = {t["type"]: t for t in status["companies"][0]["types"]}
    assert by_type["invoices"]["next_pull"] == "cdc" and by_type["invoices"]["cursor"]
    assert by_type["expenses"]["next_pull"] == "full"  # never pulled in full
    assert "next pull cdc: changes since" in qbot("sync", "status").stdout


def test_full_pulls_everything_and_restarts_the_cursor(shell: Loop) -> None:
    loop = shell
    invoices = loop.company.entities()["Invoice"]
    qbot("sync", "--types", "invoices", "--json")
    before = len(loop.qsim.requests)

    again = json.loads(qbot("sync", "--full", "--types", "invoices", "--json").stdout)

    assert again["mode"] == "full" and again["pulled"]["Invoice"] == len(invoices)
    assert not any(r["path"].endswith("/cdc") for r in app_requests(loop, before))
    assert json.loads(qbot("sync", "--types", "invoices", "--json").stdout)["mode"] == "cdc"


def test_a_cursor_past_cdcs_30_days_or_without_a_full_pull_falls_back_to_full(
    shell: Loop,
) -> None:
    loop = shell
    invoices = loop.company.entities()["Invoice"]
    qbot("sync", "--types", "accounts,invoices", "--json")
    old = datetime.now(UTC) - timedelta(days=31)  # the command runs on the wall clock
    with loop.services.uow.session() as session:
        for c in session.exec(select(SyncCursor).where(SyncCursor.entity == "Invoice")).all():
            c.changed_since = old
            session.add(c)
        # The CDC backstop polls without a full pull: its cursor knows nothing older.
        for c in session.exec(select(SyncCursor).where(SyncCursor.entity == "Account")).all():
            c.full_pull_at = None
            session.add(c)
    before = len(loop.qsim.requests)

    stale = json.loads(qbot("sync", "--types", "invoices", "--json").stdout)
    backstop_only = json.loads(qbot("sync", "--types", "accounts", "--json").stdout)

    assert stale["mode"] == "full" and stale["pulled"]["Invoice"] == len(invoices)
    assert backstop_only["mode"] == "full"
    assert not any(r["path"].endswith("/cdc") for r in app_requests(loop, before))
    assert cursors(loop)["Invoice"].changed_since > old
    assert json.loads(qbot("sync", "--types", "invoices", "--json").stdout)["mode"] == "cdc"


def test_a_window_quickbooks_refuses_by_its_own_clock_is_pulled_in_full(
    shell: Loop, caplog: pytest.LogCaptureFixture
) -> None:
    """Our clock says the cursor is 25 days old; QuickBooks' (the wall clock, ahead of the
    loop's fixed one) says more than 30: the client refuses the CDC, the cycle pulls in full."""
    loop = shell
    kinds = kinds_for(["invoices"])
    loop.services.sync.run(loop.qbo, kinds)
    with loop.services.uow.session() as session:
        for c in session.exec(select(SyncCursor)).all():
            c.changed_since = loop.clock.now() - timedelta(days=25)
            session.add(c)
    assert datetime.now(UTC) - timedelta(days=30) > loop.clock.now() - timedelta(days=25)

    with caplog.at_level(logging.WARNING, logger="core.services.sync_cycle"):
        report = loop.services.sync.run(loop.qbo, kinds)

    assert "looks back at most 30 days" in caplog.text  # the client refused, not our check
    assert report.mode == "full"
    assert report.pulled["Invoice"] == len(loop.company.entities()["Invoice"])

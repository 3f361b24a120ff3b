"""`/qb sync now`, `/qb sync status` with its Retry, and `/qb conflicts`, through the product's
bolt App with signed requests over HTTP, against the Slack and QuickBooks simulators.

sync now queues a cycle per company on the durable queue and acks at once; the worker runs
it and tells the result through the command's response_url. Retry puts a failed or
retry-queued change back in line (audited, authorised; refusals told ephemerally)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.ids import SyncActionId
from core.domain.sync.staged import ChangeKind
from core.jobs import handlers
from core.models import Job, StagedChangeRow
from core.services.ingest import kinds_for, pull_all
from core.services.sync_cycle import SYNC_CYCLE
from core.worker import Worker
from sandbox.slack.interactions import block_actions_payload
from tests.harness import (
    CHANNEL,
    COLLECTOR,
    LEAD,
    STRANGER,
    Loop,
    add_connection,
    running_loop,
    stage_rows,
)
from tests.integration.test_bolt_conflict_card import conflict_on
from tests.integration.test_bolt_rig import Rig, audit_rows, bolt_rig
from tests.integration.test_qb_overdue import ask, responses_to, valid_message


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with running_loop(engine, database_url) as loop, bolt_rig(loop, "http") as r:
        add_connection(loop.services, loop.company.realm_id)
        yield r


def _work(loop: Loop) -> int:
    return Worker(loop.services.uow, loop.clock, handlers(loop.services)).run_until_idle()


def test_sync_now_runs_a_cycle_through_the_queue_and_tells_the_result(rig: Rig) -> None:
    loop, realm = rig.loop, rig.loop.company.realm_id

    said, url = ask(rig, "sync now", LEAD, follow=False)

    assert "Sync started for 1 company" in said["text"]
    with loop.services.uow.session() as session:
        [job] = session.exec(select(Job).where(Job.kind == SYNC_CYCLE)).all()
    assert job.payload["realm_id"] == realm and job.payload["response_url"] == url
    assert responses_to(rig, url, timeout=0) == []  # nothing told before the cycle ran
    assert _work(loop) >= 1

    [told] = responses_to(rig, url)
    valid_message(told)
    assert told["response_type"] == "ephemeral" and told["replace_original"] is False
    assert f"Sync of _{realm}_ done" in told["text"] and "record(s) pulled" in told["text"]
    kinds = [(a.kind, a.actor) for a in audit_rows(loop)]
    assert ("sync.requested", LEAD) in kinds
    assert {a.subject for a in audit_rows(loop) if a.kind == "sync.pulled"} == {
        "sync:accounts", "sync:invoices", "sync:expenses"}  # fmt: skip
    # the response_url (a capability for 30 minutes) stays out of the audit log
    assert url not in json.dumps([a.data for a in audit_rows(loop)])


def test_sync_now_is_refused_to_someone_not_on_the_approvers_list(rig: Rig) -> None:
    said, _ = ask(rig, "sync now", STRANGER, follow=False)
    assert said["text"].startswith("You cannot run the sync")
    with rig.loop.services.uow.session() as session:
        assert session.exec(select(Job).where(Job.kind == SYNC_CYCLE)).all() == []
    assert [a.kind for a in audit_rows(rig.loop)] == ["authority.refused"]
    bad, _ = ask(rig, "sync later", LEAD, follow=False)
    assert bad["text"].startswith("`/qb sync` takes nothing, `status` or `now`.")


def _troubled(loop: Loop) -> tuple[StagedChangeRow, StagedChangeRow]:
    """Two approved invoice edits: one QuickBooks refused (failed), one waiting out a
    transient fault's backoff (the push's own states, set as the push leaves them)."""
    pull_all(loop.services.uow, loop.qbo, kinds=kinds_for(["invoices"]))
    a, b = loop.company.entities()["Invoice"][:2]
    rows = [{"type": "invoice", "qbo_id": i["Id"], "PrivateNote": f"note {i['Id']}"}
            for i in (a, b)]  # fmt: skip
    staged = stage_rows(loop, rows, {ChangeKind.INVOICE: [a["Id"], b["Id"]]}, COLLECTOR)
    with loop.services.uow.session() as session:
        failed, waiting = (session.get(StagedChangeRow, i) for i in staged.change_ids)
        assert failed is not None and waiting is not None
        failed.state, failed.attempts = "failed", 1
        failed.reason = "QuickBooks 6000: the books are closed for that date"
        waiting.state, waiting.attempts = "approved", 2
        waiting.retry_at = loop.clock.now() + timedelta(minutes=30)
        waiting.reason = "QuickBooks unreachable; qbot tries again"
        session.add_all([failed, waiting])
    return failed, waiting


def _press(rig: Rig, message: dict[str, Any], change_id: int, user: str) -> str:
    """Click the Retry of one change on an ephemeral status answer; the click's url."""
    url = rig.loop.ssim.response_url()
    block = next(b for b in message["blocks"] if b["block_id"].endswith(f"_{change_id}"))
    shown = {"ts": "1700000000.000100", "blocks": [block]}
    payload = block_actions_payload(shown, CHANNEL, SyncActionId.RETRY.value, user, url)
    payload["container"]["is_ephemeral"] = True
    assert rig.interact(payload).status == 200
    return url


def _told_after(rig: Rig, before: int) -> str:
    """Every text told (ephemerals, then response_url posts), once one more than `before`
    was."""
    return " ".join(str(t.get("text", "")) for t in rig.told(before + 1))


def _row(loop: Loop, change_id: int | None) -> StagedChangeRow:
    with loop.services.uow.session() as session:
        found = session.get(StagedChangeRow, change_id)
    assert found is not None
    return found


def test_sync_status_retry_puts_a_change_back_in_line(rig: Rig) -> None:
    loop, realm = rig.loop, rig.loop.company.realm_id
    failed, waiting = _troubled(loop)

    status, _ = ask(rig, "sync status")

    retry = [b for b in status["blocks"] if b["block_id"].startswith(f"sync_retry_{realm}_")]
    assert [b["accessory"]["text"]["text"] for b in retry] == ["Retry", "Retry"]
    shown = json.dumps(retry)
    assert "Failed: change" in shown and "books are closed" in shown
    assert "Waiting to retry at" in shown

    before = len(rig.told(0))
    url = _press(rig, status, failed.id or 0, STRANGER)  # on no approvers list
    assert "approvers list" in _told_after(rig, before)
    assert _row(loop, failed.id).state == "failed"
    assert responses_to(rig, url, timeout=0) == []

    url = _press(rig, status, failed.id or 0, COLLECTOR)
    [redrawn] = responses_to(rig, url)
    assert redrawn["replace_original"] is True
    assert f"Change {failed.id} (invoice:" in json.dumps(redrawn) and valid_message(redrawn)
    back = _row(loop, failed.id)
    assert (back.state, back.retry_at) == ("approved", None)
    url = _press(rig, status, waiting.id or 0, LEAD)
    responses_to(rig, url)
    assert _row(loop, waiting.id).retry_at is None  # due now, not in 30 minutes
    retried = [a for a in audit_rows(loop) if a.kind == "change.retry_requested"]
    assert [(a.actor, a.data["change"], a.data["from_state"]) for a in retried] == [
        (COLLECTOR, failed.id, "failed"), (LEAD, waiting.id, "approved")]  # fmt: skip

    # The old status's button again: the change moved on, so the click is refused, audited.
    before = len(rig.told(0))
    _press(rig, status, failed.id or 0, LEAD)
    assert "nothing to retry" in _told_after(rig, before)
    assert audit_rows(loop)[-1].kind == "approval.refused"

    pushed = loop.services.push.push(realm)  # both are pushed by the next cycle's push
    assert pushed.pushed == 2
    invoice = loop.company.entities()["Invoice"][0]
    assert loop.qbo.read("Invoice", invoice["Id"])["PrivateNote"] == f"note {invoice['Id']}"


def test_qb_conflicts_lists_open_conflicts_with_a_link_to_each_card(rig: Rig) -> None:
    from core.domain.sync.conflict_policy import (
        ConflictPolicy,
        ConflictRule,
        EntityConflictPolicy,
    )
    from core.domain.sync.records import Entity

    loop = rig.loop
    pull_all(loop.services.uow, loop.qbo, kinds=kinds_for(["accounts", "invoices"]))
    empty, _ = ask(rig, "conflicts")
    assert "No conflict waits for a person" in json.dumps(empty)
    invoice = loop.company.entities()["Invoice"][2]
    manual = ConflictPolicy(
        {Entity.INVOICE: EntityConflictPolicy(fields={"DueDate": ConflictRule.MANUAL})}
    )
    conflict_id = conflict_on(rig, invoice, manual)

    said, _ = ask(rig, "conflicts")

    valid_message(said)
    [row] = [b["text"]["text"] for b in said["blocks"]
             if b["block_id"] == f"conflict_{conflict_id}"]  # fmt: skip
    [listed] = loop.services.conflicts.list("open")  # what `qbot conflicts --state open` shows
    assert row.startswith(f"*{listed['record']}*") and listed["rule"] in row
    assert "<https://" in row and "|Open its card>" in row
    assert "qbot 2026-12-15 · QuickBooks 2027-01-31" in row
    assert said["blocks"][0]["text"]["text"] == "Open sync conflicts: 1"


def test_a_transient_fault_is_not_told_the_next_run_tells_its_result(rig: Rig) -> None:
    loop = rig.loop
    _, url = ask(rig, "sync now", LEAD, follow=False)
    loop.qsim.inject_faults(503, 503, 503)  # every attempt of the cycle's first request

    _work(loop)

    assert responses_to(rig, url, timeout=0) == []  # the job waits to run again
    with loop.services.uow.session() as session:
        [job] = session.exec(select(Job).where(Job.kind == SYNC_CYCLE)).all()
    assert (job.state, job.attempts) == ("queued", 1)
    loop.clock.advance(minutes=5)
    _work(loop)
    [told] = responses_to(rig, url)
    assert "done" in told["text"]

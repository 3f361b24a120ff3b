"""Honest feedback on an Approve click: the card says at once that it is sending, then Sent,
Failed (why, and when qbot tries again) or In doubt (with Resolve for leads), and the approver
hears of a failed send. The SMTP server is a real aiosmtpd sink, stopped and started again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.ids import ActionId
from core.domain.decision import Outcome, Route
from core.domain.rejection import Rejection, RejectReason
from core.jobs import handlers as job_handlers
from core.jobs import job_rows
from core.models import OutboxEffect, ProposedAction
from core.services.approvals import Actor
from core.worker import Worker
from tests.harness import COLLECTOR, LEAD, scanned_loop
from tests.integration.test_bolt_rig import (
    TRANSPORTS,
    Rig,
    audit_rows,
    block_types,
    bolt_rig,
    card,
    first_action,
    reload,
)


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as rig:
        yield rig


def _routine(rig: Rig) -> ProposedAction:
    return first_action(
        rig.loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )


def _worker(rig: Rig) -> Worker:
    return Worker(rig.loop.services.uow, rig.loop.clock, job_handlers(rig.loop.services))


def _card_text(rig: Rig, action: ProposedAction) -> str:
    return json.dumps(card(rig.loop, action)["blocks"], ensure_ascii=False)


def _updates_of(rig: Rig, action: ProposedAction) -> list[str]:
    return [
        json.dumps(c["args"]["blocks"], ensure_ascii=False)
        for c in rig.loop.ssim.calls_to("chat.update")
        if c["args"]["ts"] == action.slack_ts
    ]


def _ephemerals(rig: Rig) -> list[dict[str, str]]:
    return [call["args"] for call in rig.loop.ssim.calls_to("chat.postEphemeral")]


def _promised_retry(text: str) -> datetime:
    """The moment the card says qbot tries again (its Slack date token)."""
    found = re.search(r"tries again at <!date\^(\d+)\^", text)
    assert found is not None, text
    return datetime.fromtimestamp(int(found.group(1)), UTC)


def _next_effects_run(rig: Rig) -> datetime:
    """When the queue next runs an action's effects (the scan's own jobs are queued too)."""
    jobs = job_rows(rig.loop.services.uow, "queued", 100)
    return min(datetime.fromisoformat(j["next_run"]) for j in jobs if j["kind"] == "action_effects")


def test_smtp_down_card_says_sending_then_failed_with_the_retry_time(rig: Rig) -> None:
    loop, action = rig.loop, _routine(rig)
    loop.sink.stop()  # the SMTP server is down: connections are refused
    try:
        _fail_then_recover(rig, action)
    finally:
        if not loop.sink.running:
            loop.sink.start()  # the loop stops it on the way out


def _fail_then_recover(rig: Rig, action: ProposedAction) -> None:
    loop = rig.loop
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(action)  # an Approve is decided after its answer
    _worker(rig).run_until_idle()

    first, *_, last = _updates_of(rig, action)
    assert "sending…" in first and f"<@{COLLECTOR}>" in first  # before SMTP was tried
    assert "actions" not in block_types(card(loop, action))
    shown = _card_text(rig, action)
    assert shown == last
    assert "Sending failed" in shown and "Nothing reached the customer" in shown
    assert f"{loop.sink.port} unavailable" in shown  # why, in the adapter's words
    # What it says is what the queue will do: the job runs again exactly then.
    promised = _promised_retry(shown)
    assert promised == _next_effects_run(rig).replace(microsecond=0)
    assert promised > loop.clock.now()
    [notice] = _ephemerals(rig)
    assert notice["user"] == COLLECTOR and notice["channel"] == action.slack_channel
    assert "was not sent" in notice["text"] and "tries again at" in notice["text"]
    assert loop.sink.messages == []

    # A second refusal redraws the card with the next time, without telling the approver again.
    loop.clock.advance(hours=1)
    _worker(rig).run_until_idle()
    again = _card_text(rig, action)
    assert _promised_retry(again) > promised
    assert len(_ephemerals(rig)) == 1

    # The server is back on its port: the reminder goes out once, and the card says Sent.
    loop.sink.start()
    loop.clock.advance(hours=2)
    _worker(rig).run_until_idle()
    assert len(loop.sink.messages) == 1
    sent = _card_text(rig, action)
    assert "*Sent.*" in sent and f"<@{COLLECTOR}>" in sent and "failed" not in sent
    assert reload(loop, action).state == "done"


def _leave_send_mid_flight(rig: Rig, action: ProposedAction) -> None:
    """What a worker killed inside SMTP leaves behind: the send claimed, no answer stored."""
    with rig.loop.services.uow.session() as session:
        row = session.exec(
            select(OutboxEffect).where(
                OutboxEffect.action_id == action.id, OutboxEffect.kind == "send_email"
            )
        ).one()
        row.state = "sending"
        row.result = {"claimed_at": datetime.now(UTC).isoformat()}
        session.add(row)
        stored = session.get(ProposedAction, action.id)
        assert stored is not None
        stored.state = "sending"
        session.add(stored)


def test_send_in_doubt_shows_resolve_and_only_a_lead_may_resolve(rig: Rig) -> None:
    loop, action = rig.loop, _routine(rig)
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(action)  # an Approve is decided after its answer
    _leave_send_mid_flight(rig, action)

    _worker(rig).run_until_idle()

    shown = _card_text(rig, action)
    assert "In doubt" in shown and "will not send it again on its own" in shown
    assert "It went out" in shown and "Send again" in shown
    [notice] = _ephemerals(rig)
    assert notice["user"] == COLLECTOR and "may or may not have been sent" in notice["text"]

    # A collector may not resolve: refused, audited, nothing changes.
    assert rig.click(action, ActionId.RESOLVE_SENT, COLLECTOR).status == 200
    refusal = loop.ssim.wait_for_calls("chat.postEphemeral", 2)[-1]["args"]  # after the answer
    assert refusal["user"] == COLLECTOR and refusal["text"].startswith(":no_entry:")
    assert audit_rows(loop)[-1].kind == "authority.refused"

    assert rig.click(action, ActionId.RESOLVE_SENT, LEAD).status == 200
    resolved = [r for r in audit_rows(loop) if r.kind == "outbox.resolved"]
    assert [(r.actor, r.data["resolution"]) for r in resolved] == [(LEAD, "sent")]
    _worker(rig).run_until_idle()
    assert loop.sink.messages == []  # confirmed sent: never sent twice
    assert "*Sent.*" in _card_text(rig, action)
    assert reload(loop, action).state == "done"


def _thread_replies(rig: Rig, action: ProposedAction) -> list[str]:
    posts = rig.loop.ssim.calls_to("chat.postMessage")
    return [c["args"]["text"] for c in posts if c["args"].get("thread_ts") == action.slack_ts]


def test_the_decision_log_goes_into_the_cards_thread(rig: Rig) -> None:
    loop, action = rig.loop, _routine(rig)
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(action)  # an Approve is decided after its answer
    _worker(rig).run_until_idle()

    [log] = _thread_replies(rig, action)
    lines = log.splitlines()
    assert lines[0] == "*Decision log*"
    steps = [line.split(" · ", 2) for line in lines[1:]]
    assert all(step[0].startswith("• <!date^") for step in steps)  # when, in the reader's zone
    assert [(who, what.split(":")[0]) for _when, who, what in steps] == [
        ("qbot", "Card posted for a decision"),
        (f"<@{COLLECTOR}>", "Approved as drafted"),
        ("qbot", f"Reminder emailed to {action.send_to}"),
        ("qbot", "Written back to QuickBooks"),
    ]
    note = loop.qsim.entity("Invoice", action.invoice_qbo_id)["PrivateNote"].splitlines()[-1]
    assert f'note "{note}"' in lines[-1]  # what was written back, as QuickBooks holds it
    assert f'Collections Status "Reminder {action.stage} sent"' in lines[-1]


def test_a_rejection_is_logged_in_the_thread_with_its_reason(rig: Rig) -> None:
    action = _routine(rig)
    assert action.id is not None
    rejection = Rejection(RejectReason.IN_DISPUTE, "customer disputes the mowing hours")
    rig.loop.services.approvals.reject(action.id, action.version, Actor(LEAD), rejection)
    rig.drain()
    [log] = _thread_replies(rig, action)
    assert log.splitlines()[-1].endswith(
        f" · <@{LEAD}> · Rejected: In dispute: customer disputes the mowing hours"
    )

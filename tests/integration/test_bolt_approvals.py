"""Approve clicks through the product's bolt App, then the outbox: email, QuickBooks, card.

Clicks are built by the Slack simulator from the card it really holds, signed, and sent
straight to `App.dispatch` or over HTTP through `create_web` (each test runs both ways).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.ids import ActionId
from bot.payloads import CaseButtonValue
from core.domain.decision import Outcome, Route
from core.models import ProposedAction
from sandbox.slack.interactions import interaction_body
from tests.harness import COLLECTOR, LEAD, STRANGER, pay_in_full, scanned_loop
from tests.integration.test_bolt_rig import (
    TRANSPORTS,
    Rig,
    audit_rows,
    block_types,
    bolt_rig,
    card,
    effects_of,
    first_action,
    invoice_writes,
    reload,
)

DRAFT = Route.DRAFT_FOR_APPROVAL.value
ROUTINE = Outcome.ROUTINE_REMINDER.value


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as rig:
        yield rig


def _routine(rig: Rig) -> ProposedAction:
    return first_action(rig.loop, route=DRAFT, outcome=ROUTINE)


def test_collector_approval_sends_once_writes_back_and_redraws_the_card(rig: Rig) -> None:
    loop, action = rig.loop, _routine(rig)
    invoice_before = loop.qsim.entity("Invoice", action.invoice_qbo_id)
    posted = len(loop.ssim.calls_to("chat.postMessage"))

    answer = rig.click(action, ActionId.APPROVE, COLLECTOR)

    assert answer.status == 200
    assert rig.decided(action).state == "approved"  # decided after the answer
    queued = [e for e in effects_of(loop, action) if e.kind != "post_card"]
    assert [(e.kind, e.state) for e in queued] == [
        ("show_decision", "pending"),
        ("send_email", "pending"),
        ("qbo_note", "pending"),
        ("update_card", "pending"),
        ("decision_log", "pending"),
    ]
    assert loop.sink.messages == [] and invoice_writes(loop) == []  # nothing before the relay

    report = rig.drain().done
    assert report == {
        "show_decision": 1,
        "send_email": 1,
        "qbo_note": 1,
        "update_card": 1,
        "decision_log": 1,
    }

    [mail] = loop.sink.messages
    assert mail["To"] == action.send_to and mail["Subject"] == action.draft_subject
    invoice = loop.qsim.entity("Invoice", action.invoice_qbo_id)
    assert int(invoice["SyncToken"]) == int(invoice_before["SyncToken"]) + 1
    assert invoice["PrivateNote"].endswith(f"sent, approved by @{COLLECTOR}")
    status = {f["Name"]: f.get("StringValue") for f in invoice["CustomField"]}
    assert status["Collections Status"] == f"Reminder {action.stage} sent"
    assert reload(loop, action).state == "done"

    # Redrawn twice: "Approved by @x: sending…" before SMTP, then Sent.
    sending, update = loop.ssim.calls_to("chat.update")
    assert "sending…" in json.dumps(sending["args"]["blocks"], ensure_ascii=False)
    assert (update["args"]["channel"], update["args"]["ts"]) == (
        action.slack_channel,
        action.slack_ts,
    )
    # Redrawn, not re-posted: the one new message is the decision log in the card's thread.
    [log] = loop.ssim.calls_to("chat.postMessage")[posted:]
    assert log["args"]["thread_ts"] == action.slack_ts
    redrawn = card(loop, action)
    assert "actions" not in block_types(redrawn)
    assert f"<@{COLLECTOR}>" in json.dumps(redrawn["blocks"])
    with pytest.raises(LookupError):
        rig.click_payload(action, ActionId.APPROVE, COLLECTOR)


def test_double_click_and_slack_retry_send_one_email_and_write_once(rig: Rig) -> None:
    loop, action = rig.loop, _routine(rig)
    payload = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)

    # each decision (after its answer over HTTP) is waited for before the next step
    assert rig.interact(payload).status == 200
    rig.decided(action)
    assert rig.interact(payload).status == 200  # the same click again
    rig.told(1)
    retry = {"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"}
    body = interaction_body(payload)
    assert rig.send(body, extra=retry).status == 200  # Slack re-sends the same body
    rig.told(2)
    rig.drain()
    assert rig.send(body, extra={**retry, "x-slack-retry-num": "2"}).status == 200
    rig.told(3)
    rig.drain()

    assert len(loop.sink.messages) == 1
    assert len(invoice_writes(loop)) == 1
    assert [e.kind for e in effects_of(loop, action)].count("send_email") == 1
    assert [r.kind for r in audit_rows(loop)].count("approval.approved") == 1
    refusals = rig.told(3)
    assert [r["text"].removeprefix(":no_entry: ") for r in refusals] == [
        "cannot approve an action that is approved",
        "cannot approve an action that is approved",
        "cannot approve an action that is done",
    ]


def test_bolt_python_fixture_shape_with_our_button_approves(rig: Rig, slack_fixtures: Path) -> None:
    """bolt-python's block_actions body, carrying our action_id and CaseButtonValue."""
    loop, action = rig.loop, _routine(rig)
    assert action.id is not None and action.slack_channel and action.slack_ts
    payload = json.loads(
        (slack_fixtures / "block_actions.message_button.bolt-python.json").read_text()
    )
    payload["user"]["id"] = COLLECTOR
    payload["channel"]["id"] = payload["container"]["channel_id"] = action.slack_channel
    payload["container"]["message_ts"] = action.slack_ts
    payload["response_url"] = loop.ssim.response_url((action.slack_channel, action.slack_ts))
    payload["actions"][0].update(
        action_id=ActionId.APPROVE.value,
        value=CaseButtonValue(action_id=action.id, version=action.version).dump(),
    )

    assert rig.interact(payload).status == 200
    row = rig.decided(action)
    assert (row.state, row.decided_by) == ("approved", COLLECTOR)


def test_user_without_a_role_gets_an_ephemeral_refusal_and_an_audit_row(rig: Rig) -> None:
    loop, action = rig.loop, _routine(rig)
    assert rig.click(action, ActionId.APPROVE, STRANGER).status == 200

    [refusal] = rig.told()
    assert refusal["user"] == STRANGER and refusal["channel"] == action.slack_channel
    assert "approvers list" in refusal["text"]
    assert reload(loop, action).state == "proposed"
    assert [e.kind for e in effects_of(loop, action)] == ["post_card"]
    last = audit_rows(loop)[-1]
    assert (last.kind, last.actor, last.subject) == (
        "approval.refused",
        STRANGER,
        f"action:{action.id}",
    )
    assert "Approve" in json.dumps(card(loop, action)["blocks"])  # the card still asks


def test_amount_over_the_collector_limit_is_refused_but_a_lead_may_approve(rig: Rig) -> None:
    # The sample company has no drafted case between 5,000 and 10,000 (above 10,000 is an
    # escalation without buttons), so give a routine reminder that home amount.
    loop, action = rig.loop, _routine(rig)
    with loop.services.uow.session() as session:
        row = session.get(ProposedAction, action.id)
        assert row is not None
        row.home_amount = Decimal("7500.00")
        session.add(row)

    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    [refusal] = rig.told()
    assert "over your collector limit of 5,000.00" in refusal["text"]
    assert reload(loop, action).state == "proposed"
    assert audit_rows(loop)[-1].kind == "approval.refused"

    assert rig.click(action, ActionId.APPROVE, LEAD).status == 200
    row = rig.decided(action)
    assert (row.state, row.decided_by) == ("approved", LEAD)


def test_escalation_card_has_no_approve_button(rig: Rig) -> None:
    escalation = first_action(rig.loop, route=Route.ESCALATE_TO_HUMAN.value)
    deciding = (ActionId.APPROVE, ActionId.EDIT, ActionId.REJECT, ActionId.RESOLVE_SENT,
                ActionId.RESOLVE_RESEND)
    for button in deciding:
        with pytest.raises(LookupError):
            rig.click_payload(escalation, button, LEAD)
    # No dead end: its own actions instead (bot.cards.case_actions, test_card_life).
    for button in (ActionId.ASSIGN_ME, ActionId.SNOOZE, ActionId.RESOLVE):
        assert rig.click_payload(escalation, button, LEAD)["actions"][0]["action_id"] == button


def test_payment_between_card_and_approval_supersedes_instead_of_sending(rig: Rig) -> None:
    loop, action = rig.loop, _routine(rig)
    invoice = pay_in_full(loop, action.invoice_qbo_id, f"bolt-test-pay-{action.invoice_qbo_id}")
    assert Decimal(str(loop.qsim.entity("Invoice", invoice["Id"])["Balance"])) == 0

    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    assert rig.decided(action).state == "approved"
    rig.drain()

    assert loop.sink.messages == []
    assert invoice_writes(loop) == []
    row = reload(loop, action)
    assert row.state == "superseded"
    assert "paid or voided" in (row.status_note or "")
    blocks = json.dumps(card(loop, action)["blocks"])
    assert "Superseded" in blocks and "paid or voided" in blocks
    assert "actions" not in block_types(card(loop, action))

"""Edit and Reject through the product's bolt App: the modal opens, its submission decides.

Each test runs straight into `App.dispatch` and over HTTP through `create_web`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.ids import ActionId, BlockId, CallbackId, InputId
from bot.payloads import ModalMetadata
from core.domain.decision import Outcome, Route
from core.models import ProposedAction
from tests.harness import COLLECTOR, STRANGER, scanned_loop
from tests.integration.test_bolt_rig import (
    TRANSPORTS,
    Answer,
    Rig,
    audit_rows,
    block_types,
    bolt_rig,
    card,
    effects_of,
    first_action,
    reload,
)

# An edit must keep the invoice number and the amount (core.domain.edit_guard).
EDIT_BODY = "Hello,\nA gentle nudge about invoice {doc}, {amount} open; thank you!\nGreenleaf AR"


def edited_body(action: ProposedAction) -> str:
    return EDIT_BODY.format(doc=action.doc_number, amount=f"${action.balance:,.2f}")


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as rig:
        yield rig


@pytest.fixture
def action(rig: Rig) -> ProposedAction:
    return first_action(
        rig.loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )


def _open(rig: Rig, action: ProposedAction, button: ActionId) -> dict[str, Any]:
    """Click `button` as the collector and return the modal Slack opened."""
    assert rig.click(action, button, COLLECTOR).status == 200
    [opened] = rig.loop.ssim.calls_to("views.open")
    assert opened["response"]["ok"], opened["response"]
    view: dict[str, Any] = opened["response"]["view"]
    return view


def _inputs(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}


def _submit(rig: Rig, view: dict[str, Any], values: dict[str, dict[str, str | None]]) -> Answer:
    return rig.interact(rig.loop.ssim.submit(view["id"], values, COLLECTOR))


def _edit_values(subject: str, body: str) -> dict[str, dict[str, str | None]]:
    return {
        BlockId.EDIT_SUBJECT: {InputId.EDIT_SUBJECT: subject},
        BlockId.EDIT_BODY: {InputId.EDIT_BODY: body},
    }


def test_edit_opens_the_prefilled_draft_and_sends_the_edited_body(
    rig: Rig, action: ProposedAction
) -> None:
    view = _open(rig, action, ActionId.EDIT)
    assert view["callback_id"] == CallbackId.EDIT_MODAL
    inputs = _inputs(view)
    assert inputs[BlockId.EDIT_SUBJECT]["initial_value"] == action.draft_subject
    assert inputs[BlockId.EDIT_BODY]["initial_value"] == action.draft_body
    assert ModalMetadata.parse(view["private_metadata"]) == ModalMetadata(
        action_id=action.id or 0,
        version=action.version,
        channel=action.slack_channel or "",
        ts=action.slack_ts or "",
    )

    answer = _submit(rig, view, _edit_values(action.draft_subject or "", edited_body(action)))
    assert (answer.status, answer.body) == (200, "")  # a plain ack closes the modal
    assert reload(rig.loop, action).state == "edited"
    rig.drain()

    [mail] = rig.loop.sink.messages
    assert mail["Subject"] == action.draft_subject
    # SMTP carries CRLF line ends; the lines are what the collector typed.
    assert mail.get_content().strip().splitlines() == edited_body(action).splitlines()
    assert reload(rig.loop, action).state == "done"
    redrawn = card(rig.loop, action)
    assert "actions" not in block_types(redrawn)
    assert f"*Sent, edited.* Edited and approved by <@{COLLECTOR}>" in json.dumps(redrawn["blocks"])


def test_blank_edited_body_is_an_error_inside_the_modal(rig: Rig, action: ProposedAction) -> None:
    view = _open(rig, action, ActionId.EDIT)
    answer = _submit(rig, view, _edit_values(action.draft_subject or "", "   "))
    assert answer.status == 200
    assert answer.json() == {
        "response_action": "errors",
        "errors": {BlockId.EDIT_BODY: "Both the subject and the message are needed to send."},
    }
    assert reload(rig.loop, action).state == "proposed"
    assert [e.kind for e in effects_of(rig.loop, action)] == ["post_card"]


def test_reject_with_a_reason_sends_nothing_and_shows_the_reason(
    rig: Rig, action: ProposedAction
) -> None:
    view = _open(rig, action, ActionId.REJECT)
    assert view["callback_id"] == CallbackId.REJECT_MODAL
    reason = "Customer called, paying Friday"
    answer = _submit(rig, view, {BlockId.REJECT_REASON: {InputId.REJECT_REASON: reason}})
    assert (answer.status, answer.body) == (200, "")
    row = reload(rig.loop, action)
    assert (row.state, row.reject_reason, row.decided_by) == ("rejected", reason, COLLECTOR)

    assert rig.drain().done == {"update_card": 1, "decision_log": 1}
    assert rig.loop.sink.messages == []
    redrawn = card(rig.loop, action)
    assert "actions" not in block_types(redrawn)
    text = json.dumps(redrawn["blocks"])
    assert "Rejected" in text and reason in text and f"<@{COLLECTOR}>" in text


def test_blank_reject_reason_is_an_error_inside_the_modal(rig: Rig, action: ProposedAction) -> None:
    view = _open(rig, action, ActionId.REJECT)
    answer = _submit(rig, view, {BlockId.REJECT_REASON: {InputId.REJECT_REASON: ""}})
    assert answer.json() == {
        "response_action": "errors",
        "errors": {BlockId.REJECT_CHOICE: "Choose why the draft is rejected."},
    }
    assert reload(rig.loop, action).state == "proposed"


def _reject_values(code: str | None, text: str | None) -> dict[str, dict[str, str | None]]:
    return {
        BlockId.REJECT_CHOICE: {InputId.REJECT_CHOICE: code},
        BlockId.REJECT_REASON: {InputId.REJECT_REASON: text},
    }


def test_reject_with_a_chosen_reason_is_audited_for_the_review_and_shown(
    rig: Rig, action: ProposedAction
) -> None:
    view = _open(rig, action, ActionId.REJECT)
    answer = _submit(rig, view, _reject_values("already_paid", "cheque arrived Monday"))
    assert (answer.status, answer.body) == (200, "")
    row = reload(rig.loop, action)
    assert (row.state, row.reject_reason) == ("rejected", "Already paid: cheque arrived Monday")
    [entry] = [r for r in audit_rows(rig.loop) if r.kind == "approval.rejected"]
    assert entry.actor == COLLECTOR and entry.subject == f"action:{action.id}"
    assert (entry.data["reason_code"], entry.data["reason_text"]) == (
        "already_paid",
        "cheque arrived Monday",
    )
    rig.drain()
    text = json.dumps(card(rig.loop, action)["blocks"])
    assert "*Reason:* Already paid: cheque arrived Monday" in text
    assert "already_paid" not in text


def test_reject_other_without_words_is_an_error_beside_the_text_box(
    rig: Rig, action: ProposedAction
) -> None:
    view = _open(rig, action, ActionId.REJECT)
    answer = _submit(rig, view, _reject_values("other", "  "))
    assert answer.json() == {
        "response_action": "errors",
        "errors": {BlockId.REJECT_REASON: "Say briefly why the draft is rejected."},
    }
    assert reload(rig.loop, action).state == "proposed"
    not_now = _submit(rig, view, _reject_values("not_now", None))
    assert (not_now.status, not_now.body) == (200, "")
    [entry] = [r for r in audit_rows(rig.loop) if r.kind == "approval.rejected"]
    assert (entry.data["reason_code"], entry.data["reason_text"]) == ("not_now", "")


def test_stranger_gets_no_modal(rig: Rig, action: ProposedAction) -> None:
    assert rig.click(action, ActionId.EDIT, STRANGER).status == 200
    assert rig.loop.ssim.calls_to("views.open") == []
    [refusal] = rig.told()
    assert refusal["user"] == STRANGER


def test_bolt_python_view_submission_shape_with_our_ids_approves_the_edit(
    rig: Rig, action: ProposedAction, slack_fixtures: Path
) -> None:
    """bolt-python's view_submission body, carrying our callback id, metadata and inputs."""
    payload = json.loads((slack_fixtures / "view_submission.bolt-python.json").read_text())
    payload["user"]["id"] = COLLECTOR
    meta = ModalMetadata(
        action_id=action.id or 0,
        version=action.version,
        channel=action.slack_channel or "",
        ts=action.slack_ts or "",
    )
    payload["view"].update(
        callback_id=CallbackId.EDIT_MODAL.value,
        private_metadata=meta.dump(),
        state={
            "values": {
                BlockId.EDIT_SUBJECT.value: {
                    InputId.EDIT_SUBJECT.value: {"type": "plain_text_input", "value": "Hi"}
                },
                BlockId.EDIT_BODY.value: {
                    InputId.EDIT_BODY.value: {
                        "type": "plain_text_input",
                        "value": edited_body(action),
                    }
                },
            }
        },
    )
    assert (rig.interact(payload).status, rig.interact(payload).status) == (200, 200)
    row = reload(rig.loop, action)
    assert (row.state, row.draft_subject, row.draft_body) == ("edited", "Hi", edited_body(action))


def test_collector_over_the_limit_gets_no_edit_modal(rig: Rig, action: ProposedAction) -> None:
    with rig.loop.services.uow.session() as session:
        row = session.get(ProposedAction, action.id)
        assert row is not None
        row.home_amount = Decimal("7500.00")
        session.add(row)
    assert rig.click(action, ActionId.EDIT, COLLECTOR).status == 200
    assert rig.loop.ssim.calls_to("views.open") == []

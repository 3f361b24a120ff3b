"""Edits that stay safe, through bolt: an edit that drops or changes the invoice's facts is
refused inside the modal; an accepted edit is sent, the card says it was edited, its thread
holds the diff and the audit entry keeps the drafted and the sent text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.ids import ActionId, BlockId, InputId
from core.domain.decision import Outcome, Route
from core.models import ProposedAction
from tests.harness import COLLECTOR, scanned_loop
from tests.integration.test_bolt_rig import (
    TRANSPORTS,
    Answer,
    Rig,
    audit_rows,
    bolt_rig,
    card,
    effects_of,
    first_action,
    reload,
)


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as rig:
        yield rig


@pytest.fixture
def action(rig: Rig) -> ProposedAction:
    return first_action(
        rig.loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )


def _edit(rig: Rig, action: ProposedAction, body: str) -> Answer:
    assert rig.click(action, ActionId.EDIT, COLLECTOR).status == 200
    [opened, *_] = reversed(rig.loop.ssim.calls_to("views.open"))
    values: dict[str, dict[str, str | None]] = {
        BlockId.EDIT_SUBJECT: {InputId.EDIT_SUBJECT: action.draft_subject},
        BlockId.EDIT_BODY: {InputId.EDIT_BODY: body},
    }
    view: dict[str, Any] = opened["response"]["view"]
    return rig.interact(rig.loop.ssim.submit(view["id"], values, COLLECTOR))


def _amount(action: ProposedAction) -> str:
    return f"{action.balance:,.2f}"


def test_the_draft_names_what_an_edit_must_keep(action: ProposedAction) -> None:
    body = action.draft_body or ""
    assert action.doc_number in body and _amount(action) in body  # else the rule is vacuous


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ("drop_number", "The message must still say the invoice number {doc}."),
        ("drop_amount", "The message must still say the amount due, {amount}."),
        ("change_amount", "The amount cannot be changed here: 1.00 is not what the invoice "
         "says ({amount} due)."),
    ],
)  # fmt: skip
def test_an_edit_that_drops_or_changes_a_fact_is_refused_in_the_modal(
    rig: Rig, action: ProposedAction, change: str, error: str
) -> None:
    body, doc, amount = action.draft_body or "", action.doc_number, _amount(action)
    edited = {
        "drop_number": body.replace(f"invoice {doc}", "our invoice"),
        "drop_amount": body.replace(f" for ${amount}", ""),
        "change_amount": body.replace(f"${amount}", "$1.00"),
    }[change]
    assert edited != body

    answer = _edit(rig, action, edited)

    assert answer.status == 200
    assert answer.json() == {
        "response_action": "errors",
        "errors": {BlockId.EDIT_BODY: error.format(doc=doc, amount=amount)},
    }
    row = reload(rig.loop, action)
    assert (row.state, row.draft_body) == ("proposed", action.draft_body)
    assert [e.kind for e in effects_of(rig.loop, action)] == ["post_card"]
    last = audit_rows(rig.loop)[-1]
    assert (last.kind, last.actor) == ("slack.refused", COLLECTOR)


def test_an_accepted_edit_is_sent_marked_on_the_card_and_diffed_in_the_thread(
    rig: Rig, action: ProposedAction
) -> None:
    drafted = action.draft_body or ""
    sent = drafted.rstrip() + "\nIf anything is unclear, just reply to this email."

    answer = _edit(rig, action, sent)
    assert (answer.status, answer.body) == (200, "")
    rig.drain()

    [mail] = rig.loop.sink.messages
    assert mail.get_content().strip().splitlines() == sent.splitlines()
    assert reload(rig.loop, action).state == "done"
    shown = json.dumps(card(rig.loop, action)["blocks"])
    assert "*Sent, edited.* Edited and approved by" in shown and f"<@{COLLECTOR}>" in shown
    assert "what was changed is in this card's thread" in shown

    [reply] = [
        c["args"]
        for c in rig.loop.ssim.calls_to("chat.postMessage")
        if c["args"].get("thread_ts") == action.slack_ts and "Edited before" in c["args"]["text"]
    ]
    assert reply["channel"] == action.slack_channel
    assert "+If anything is unclear, just reply to this email." in reply["text"]
    assert "Edited before sending" in reply["text"]

    [entry] = [r for r in audit_rows(rig.loop) if r.kind == "approval.edited"]
    assert (entry.data["draft_text"], entry.data["sent_text"]) == (drafted, sent)
    assert entry.data["edited"] is True


def test_an_approval_as_drafted_keeps_both_texts_equal_and_posts_no_diff(
    rig: Rig, action: ProposedAction
) -> None:
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(action)  # an Approve is decided after its answer
    rig.drain()
    [entry] = [r for r in audit_rows(rig.loop) if r.kind == "approval.approved"]
    assert entry.data["draft_text"] == entry.data["sent_text"] == action.draft_body
    threaded = [c["args"]["text"] for c in rig.loop.ssim.calls_to("chat.postMessage")]
    assert not any("Edited before sending" in text for text in threaded)
    assert "Sent, edited" not in json.dumps(card(rig.loop, action)["blocks"])

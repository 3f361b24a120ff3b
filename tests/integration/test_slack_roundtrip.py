"""Cards, payloads and modals through a real bolt App: signed clicks from the simulator.

The listeners here are minimal stand-ins (the product's live in bot/listeners); what is under
test is that the cards, ids, payload models and simulator fit bolt's real parsing and routing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from slack_bolt import Ack, App, BoltRequest, Respond
from slack_sdk import WebClient

from bot.cards.modals import edit_modal
from bot.ids import ActionId, BlockId, CallbackId, InputId
from bot.notifier import SlackNotifier
from bot.payloads import CaseButtonValue, EditSubmission, ModalMetadata
from core.domain.approval import ApprovalState
from core.ports import PostedCard
from sandbox.slack.interactions import interaction_body, signed_headers
from sandbox.slack.server import SlackSimulator
from tests.unit.test_cards_case import pending_case

TOKEN = "xoxb-sim-token"
SECRET = "test-signing-secret"
CHANNEL = "C0APPROVE1"


@pytest.fixture
def sim() -> Iterator[SlackSimulator]:
    simulator = SlackSimulator(bot_token=TOKEN)
    simulator.start(host="127.0.0.1", port=0)
    yield simulator
    simulator.stop()


def _dispatch(app: App, payload: dict[str, Any], secret: str = SECRET) -> int:
    body = interaction_body(payload)
    headers = signed_headers(body, secret, int(time.time()))
    response = app.dispatch(BoltRequest(body=body, headers=headers))
    return int(response.status)


def _app(sim: SlackSimulator, seen: list[Any]) -> tuple[App, SlackNotifier]:
    client = WebClient(token=TOKEN, base_url=sim.base_url, retry_handlers=[])
    notifier = SlackNotifier(client)
    # process_before_response: the listener finishes before dispatch returns (no sleeping).
    app = App(client=client, signing_secret=SECRET, process_before_response=True)

    @app.action(ActionId.APPROVE)
    def approve(ack: Ack, body: dict[str, Any], respond: Respond) -> None:
        ack()
        value = CaseButtonValue.parse(body["actions"][0]["value"])
        seen.append((value, body["user"]["id"]))
        card = notifier_card(body)
        notifier.update_case(
            card,
            pending_case(state=ApprovalState.APPROVED, decided_by=body["user"]["id"]),
        )
        respond(text="Approved.", response_type="ephemeral", replace_original=False)

    @app.action(ActionId.EDIT)
    def edit(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        value = CaseButtonValue.parse(body["actions"][0]["value"])
        container = body["container"]
        meta = ModalMetadata(
            action_id=value.action_id,
            version=value.version,
            channel=container["channel_id"],
            ts=container["message_ts"],
        )
        client.views_open(trigger_id=body["trigger_id"], view=edit_modal(pending_case(), meta))

    @app.view(CallbackId.EDIT_MODAL)
    def edited(ack: Ack, view: dict[str, Any]) -> None:
        ack()
        seen.append(
            (
                ModalMetadata.parse(view["private_metadata"]),
                EditSubmission.from_state(view["state"]["values"]),
            )
        )

    return app, notifier


def notifier_card(body: dict[str, Any]) -> PostedCard:
    return PostedCard(body["container"]["channel_id"], body["container"]["message_ts"])


def test_click_approve_redraws_card_and_buttons_disappear(sim: SlackSimulator) -> None:
    seen: list[Any] = []
    app, notifier = _app(sim, seen)
    card = notifier.post_case(CHANNEL, pending_case())

    payload = sim.click(CHANNEL, card.ts, ActionId.APPROVE, user_id="U0MARIA01")
    assert payload["message"]["ts"] == card.ts
    assert _dispatch(app, payload) == 200

    assert seen == [(CaseButtonValue(action_id=42, version=3), "U0MARIA01")]
    blocks = sim.messages[(CHANNEL, card.ts)]["blocks"]
    assert "Approved* by <@U0MARIA01>" in str(blocks)
    assert [r["body"]["text"] for r in sim.responses] == ["Approved."]
    with pytest.raises(LookupError):
        sim.click(CHANNEL, card.ts, ActionId.APPROVE, user_id="U0MARIA01")


def test_forged_signature_is_refused(sim: SlackSimulator) -> None:
    seen: list[Any] = []
    app, notifier = _app(sim, seen)
    card = notifier.post_case(CHANNEL, pending_case())
    payload = sim.click(CHANNEL, card.ts, ActionId.APPROVE, user_id="U0MARIA01")
    assert _dispatch(app, payload, secret="not-the-secret") == 401
    assert seen == []


def test_edit_opens_modal_and_submission_parses(sim: SlackSimulator) -> None:
    seen: list[Any] = []
    app, notifier = _app(sim, seen)
    card = notifier.post_case(CHANNEL, pending_case())
    assert _dispatch(app, sim.click(CHANNEL, card.ts, ActionId.EDIT, user_id="U0MARIA01")) == 200

    (opened,) = sim.calls_to("views.open")
    view_id = opened["response"]["view"]["id"]
    values: dict[str, dict[str, str | None]] = {
        BlockId.EDIT_SUBJECT: {InputId.EDIT_SUBJECT: "Friendly nudge: invoice 1037"},
        BlockId.EDIT_BODY: {InputId.EDIT_BODY: "Hi,\nA friendly nudge."},
    }
    assert _dispatch(app, sim.submit(view_id, values, user_id="U0MARIA01")) == 200
    assert seen == [
        (
            ModalMetadata(action_id=42, version=3, channel=CHANNEL, ts=card.ts),
            EditSubmission(subject="Friendly nudge: invoice 1037", body="Hi,\nA friendly nudge."),
        )
    ]

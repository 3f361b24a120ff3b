"""SlackNotifier against the simulator with the real WebClient: post, update in place, errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from slack_sdk import WebClient

from bot.ids import ActionId, MetadataEventType
from bot.notifier import SlackNotifier
from core.domain.approval import ApprovalState
from core.errors import ConfigurationError, FatalError, RetryableError
from core.ports import Notifier, PostedCard
from sandbox.slack.server import SlackSimulator
from tests.unit.test_cards_case import pending_case

TOKEN = "xoxb-sim-token"
CHANNEL = "C0APPROVE1"


@pytest.fixture
def sim() -> Iterator[SlackSimulator]:
    simulator = SlackSimulator(bot_token=TOKEN)
    simulator.start(host="127.0.0.1", port=0)
    yield simulator
    simulator.stop()


def notifier_for(sim: SlackSimulator, token: str = TOKEN) -> SlackNotifier:
    return SlackNotifier(WebClient(token=token, base_url=sim.base_url, retry_handlers=[]))


def test_is_a_notifier(sim: SlackSimulator) -> None:
    notifier: Notifier = notifier_for(sim)
    assert notifier.card_blocks(pending_case())[0]["type"] == "header"


def test_post_then_approve_updates_same_message(sim: SlackSimulator) -> None:
    notifier = notifier_for(sim)
    card = notifier.post_case(CHANNEL, pending_case())
    assert card.channel == CHANNEL
    (post,) = sim.calls_to("chat.postMessage")
    assert post["args"]["unfurl_links"] is False
    assert post["args"]["unfurl_media"] is False
    assert post["args"]["text"].startswith("Routine reminder · Invoice 1037")
    assert post["args"]["metadata"] == {
        "event_type": MetadataEventType.CASE_CARD,
        "event_payload": {"action_id": 42, "version": 3},
    }
    first = sim.messages[(CHANNEL, card.ts)]
    assert any(b["type"] == "actions" for b in first["blocks"])

    approved = pending_case(
        state=ApprovalState.APPROVED,
        decided_by="U0MARIA01",
        decided_at=datetime(2026, 10, 16, 14, 30, tzinfo=UTC),
    )
    notifier.update_case(card, approved)
    assert len(sim.messages) == 1
    latest = sim.messages[(CHANNEL, card.ts)]
    assert not any(b["type"] == "actions" for b in latest["blocks"])
    assert "Approved* by <@U0MARIA01>" in str(latest["blocks"])
    assert latest["blocks"] == notifier.card_blocks(approved)
    (update,) = sim.calls_to("chat.update")
    assert update["args"]["ts"] == card.ts


def test_posted_buttons_carry_only_ids(sim: SlackSimulator) -> None:
    card = notifier_for(sim).post_case(CHANNEL, pending_case())
    blocks = sim.messages[(CHANNEL, card.ts)]["blocks"]
    decide, life = [b for b in blocks if b["type"] == "actions"]
    assert {e["action_id"] for e in decide["elements"]} == {
        ActionId.APPROVE,
        ActionId.EDIT,
        ActionId.REJECT,
    }
    assert {e["action_id"] for e in life["elements"]} == {ActionId.SNOOZE, ActionId.REASSIGN}
    values = {e["value"] for b in (decide, life) for e in b["elements"]}
    assert values == {'{"action_id":42,"version":3}'}


def test_rate_limit_is_retryable_with_retry_after(sim: SlackSimulator) -> None:
    with pytest.raises(RetryableError) as exc:
        notifier_for(sim, "xoxb-ratelimited").post_case(CHANNEL, pending_case())
    assert exc.value.retry_after == 1.0
    sim.fail_next("chat.update", status=429, retry_after=30)
    card = notifier_for(sim).post_case(CHANNEL, pending_case())
    with pytest.raises(RetryableError) as exc:
        notifier_for(sim).update_case(card, pending_case())
    assert exc.value.retry_after == 30.0


def test_lost_answer_is_retryable_and_not_reposted(sim: SlackSimulator) -> None:
    sim.fail_next("chat.postMessage", drop_after_send=True)
    with pytest.raises(RetryableError):
        notifier_for(sim).post_case(CHANNEL, pending_case())
    # retry_handlers=[]: the client did not silently post a second card.
    assert len(sim.messages) == 1
    (message,) = sim.messages.values()
    assert message["metadata"]["event_payload"] == {"action_id": 42, "version": 3}


def test_configuration_errors_say_what_to_fix(sim: SlackSimulator) -> None:
    with pytest.raises(ConfigurationError, match="SLACK_BOT_TOKEN"):
        notifier_for(sim, "xoxb-wrong").post_case(CHANNEL, pending_case())
    with pytest.raises(ConfigurationError, match="channel"):
        notifier_for(sim).post_case("#nowhere", pending_case())


def test_update_of_vanished_message_is_fatal(sim: SlackSimulator) -> None:
    with pytest.raises(FatalError, match="message_not_found"):
        notifier_for(sim).update_case(PostedCard(CHANNEL, "1700000000.999900"), pending_case())


def test_unreachable_slack_is_retryable(sim: SlackSimulator) -> None:
    notifier = notifier_for(sim)
    sim.stop()
    with pytest.raises(RetryableError):
        notifier.post_case(CHANNEL, pending_case())

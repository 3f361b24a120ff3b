"""The Anthropic simulator, driven by the real `anthropic` SDK over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import pytest

from sandbox.anthropic.server import AnthropicSimulator

TOOL: Any = {"name": "record_classification", "description": "d",
             "input_schema": {"type": "object", "properties": {}}}
FORCED: Any = {"type": "tool", "name": "record_classification"}
PROMPT = ('<case_facts>{"case_id": "c1", "as_of": "2026-11-20", "invoice_number": "2001"}'
          '</case_facts>\n<email from="customer" date="2026-11-18" subject="Re">'
          "We filed for bankruptcy last week.</email>")


@pytest.fixture
def sim() -> Iterator[AnthropicSimulator]:
    with AnthropicSimulator(api_key="sk-ant-test") as server:
        yield server


def client(sim: AnthropicSimulator, key: str = "sk-ant-test", retries: int = 2
           ) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=key, base_url=sim.base_url, max_retries=retries)


def ask(c: anthropic.Anthropic, **kwargs: Any) -> anthropic.types.Message:
    params: dict[str, Any] = {"model": "claude-sonnet-4-6", "max_tokens": 256,
                              "messages": [{"role": "user", "content": PROMPT}],
                              "tools": [TOOL], "tool_choice": FORCED}
    params.update(kwargs)
    reply: anthropic.types.Message = c.messages.create(**params)
    return reply


def test_forced_tool_gets_a_deterministic_tool_use_answer(sim: AnthropicSimulator) -> None:
    with client(sim) as c:
        first, second = ask(c), ask(c)
    assert first.type == "message" and first.role == "assistant"
    assert first.model == "claude-sonnet-4-6" and first.stop_reason == "tool_use"
    assert first.id.startswith("msg_sim_") and first._request_id
    assert first.usage.input_tokens > 0 and first.usage.output_tokens > 0
    block = first.content[0]
    assert block.type == "tool_use" and block.name == "record_classification"
    answer: Any = block.input
    assert answer["outcome"] == "high_touch_escalation"  # bankruptcy found in the email
    assert answer["evidence"][0]["kind"] == "legal_hold"
    assert second.content[0].input == block.input  # type: ignore[union-attr]
    call = sim.calls[0]
    assert call["path"] == "/v1/messages" and call["api_key_ok"] and call["version"]


def test_without_a_forced_tool_the_answer_is_text(sim: AnthropicSimulator) -> None:
    with client(sim) as c:
        reply = ask(c, tools=anthropic.omit, tool_choice=anthropic.omit)
    assert reply.content[0].type == "text" and reply.stop_reason == "end_turn"


def test_bad_key_is_401_authentication_error(sim: AnthropicSimulator) -> None:
    with client(sim, key="sk-ant-wrong") as c, pytest.raises(anthropic.AuthenticationError) as exc:
        ask(c)
    assert exc.value.status_code == 401
    assert exc.value.body == {"type": "error", "error": {"type": "authentication_error",
                                                         "message": "invalid x-api-key"}}
    assert [c["status"] for c in sim.calls] == [401]  # auth errors are not retried


def test_overloaded_529_is_retried_by_the_sdk(sim: AnthropicSimulator) -> None:
    sim.fail_next(529)
    with client(sim) as c:
        reply = ask(c)
    assert reply.stop_reason == "tool_use"
    assert [c["status"] for c in sim.calls] == [529, 200]
    assert sim.calls[0]["response"]["error"]["type"] == "overloaded_error"


def test_429_carries_retry_after_and_gives_up_after_max_retries(sim: AnthropicSimulator) -> None:
    sim.fail_next(429, times=3, retry_after=0.05)
    with client(sim, retries=2) as c, pytest.raises(anthropic.RateLimitError) as exc:
        ask(c)
    assert exc.value.response.headers["retry-after"] == "0.05"
    assert [c["status"] for c in sim.calls] == [429, 429, 429]


def test_unknown_forced_tool_is_a_400(sim: AnthropicSimulator) -> None:
    with client(sim) as c, pytest.raises(anthropic.BadRequestError):
        ask(c, tool_choice={"type": "tool", "name": "send_email"})


def test_scripted_answers_and_presets(sim: AnthropicSimulator) -> None:
    sim.answer_next({"outcome": "no_action", "anything": True})
    sim.answer_next("route_override")
    sim.answer_next("text_only")
    with client(sim) as c:
        raw, preset, text = ask(c), ask(c), ask(c)
    assert raw.content[0].input == {"outcome": "no_action", "anything": True}  # type: ignore[union-attr]
    assert preset.content[0].input["route"] == "draft_for_approval"  # type: ignore[union-attr]
    assert text.content[0].type == "text"
    with pytest.raises(ValueError, match="unknown preset"):
        sim.answer_next("nope")

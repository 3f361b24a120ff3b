"""The Anthropic simulator speaks the Messages API: driven by the real `anthropic` SDK over HTTP.

It answers only what a test scripts, so these tests say nothing about qbot's judgment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import pytest

from sandbox.anthropic.answers import Content, Fault, Malformed, Slow, Text, ToolUse
from sandbox.anthropic.server import TOOL_PROMPT_TOKENS, AnthropicSimulator

TOOL: Any = {"name": "record", "description": "d",
             "input_schema": {"type": "object", "properties": {}}}
FORCED: Any = {"type": "tool", "name": "record"}
LONG_SYSTEM = "You classify invoices. " * 400  # well over the 1024-token cache minimum
CACHED_SYSTEM: Any = [{"type": "text", "text": LONG_SYSTEM, "cache_control": {"type": "ephemeral"}}]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sim(clock: FakeClock) -> Iterator[AnthropicSimulator]:
    with AnthropicSimulator(api_key="sk-ant-test", clock=clock) as server:
        yield server


def client(sim: AnthropicSimulator, key: str = "sk-ant-test", retries: int = 2,
           timeout: float = 10.0) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=key, base_url=sim.base_url, max_retries=retries,
                               timeout=timeout)


def ask(c: anthropic.Anthropic, content: str = "case one", **kwargs: Any
        ) -> anthropic.types.Message:
    params: dict[str, Any] = {"model": "claude-sonnet-4-6", "max_tokens": 256,
                              "messages": [{"role": "user", "content": content}],
                              "tools": [TOOL], "tool_choice": FORCED}
    params.update(kwargs)
    reply: anthropic.types.Message = c.messages.create(**params)
    return reply


def test_a_scripted_tool_input_comes_back_as_a_tool_use_block(sim: AnthropicSimulator) -> None:
    sim.script(ToolUse({"outcome": "anything the test says"}))
    with client(sim) as c:
        reply = ask(c)
    assert reply.type == "message" and reply.role == "assistant"
    assert reply.model == "claude-sonnet-4-6" and reply.stop_reason == "tool_use"
    assert reply.id.startswith("msg_sim_") and reply._request_id
    block = reply.content[0]
    assert block.type == "tool_use" and block.name == "record"
    assert block.input == {"outcome": "anything the test says"}
    assert reply.usage.input_tokens > TOOL_PROMPT_TOKENS["tool"] and reply.usage.output_tokens > 0
    assert reply.usage.cache_creation_input_tokens == 0 == reply.usage.cache_read_input_tokens
    call = sim.calls[0]
    assert call["path"] == "/v1/messages" and call["api_key_ok"] and call["version"]


def test_unscripted_requests_are_refused_not_answered(sim: AnthropicSimulator) -> None:
    with client(sim) as c, pytest.raises(anthropic.BadRequestError, match="no answer scripted"):
        ask(c)


def test_answer_when_matches_the_request_body_and_default_covers_the_rest(
    sim: AnthropicSimulator,
) -> None:
    sim.answer_when("invoice 1006", ToolUse({"n": 1006}))
    sim.default = Text("fallback")
    with client(sim) as c:
        matched, other = ask(c, "about invoice 1006"), ask(c, "about invoice 1007")
    assert matched.content[0].type == "tool_use" and matched.content[0].input == {"n": 1006}
    assert other.content[0].type == "text" and other.stop_reason == "end_turn"


def test_a_refusal_is_text_with_stop_reason_refusal(sim: AnthropicSimulator) -> None:
    sim.script(Text("I can't help with that.", stop_reason="refusal"))
    with client(sim) as c:
        reply = ask(c)
    assert reply.stop_reason == "refusal" and [b.type for b in reply.content] == ["text"]


def test_an_answer_over_max_tokens_is_cut_off(sim: AnthropicSimulator) -> None:
    sim.script(ToolUse({"draft_body": "word " * 400}))
    with client(sim) as c:
        reply = ask(c, max_tokens=50)
    assert reply.stop_reason == "max_tokens" and reply.usage.output_tokens == 50
    block = reply.content[0]
    assert block.type == "tool_use" and block.input == {}  # incomplete: nothing usable


def test_raw_content_blocks_for_two_tool_calls(sim: AnthropicSimulator) -> None:
    sim.script(Content([{"type": "tool_use", "id": "t1", "name": "record", "input": {}},
                        {"type": "tool_use", "id": "t2", "name": "record", "input": {}}]))
    with client(sim) as c:
        reply = ask(c)
    assert [b.type for b in reply.content] == ["tool_use", "tool_use"]


def test_the_cached_prefix_is_written_once_then_read(
    sim: AnthropicSimulator, clock: FakeClock
) -> None:
    sim.default = ToolUse({})
    with client(sim) as c:
        first = ask(c, "case one", system=CACHED_SYSTEM)
        second = ask(c, "case two, a little longer", system=CACHED_SYSTEM)
        clock.now += 301  # past the 5-minute TTL
        expired = ask(c, "case three", system=CACHED_SYSTEM)
    prefix = first.usage.cache_creation_input_tokens
    assert prefix > 1024 and first.usage.cache_read_input_tokens == 0
    assert second.usage.cache_read_input_tokens == prefix
    assert second.usage.cache_creation_input_tokens == 0
    # input_tokens is what follows the breakpoint: the variable suffix only.
    assert first.usage.input_tokens < 20 and second.usage.input_tokens > first.usage.input_tokens
    assert expired.usage.cache_creation_input_tokens == prefix
    assert expired.usage.cache_read_input_tokens == 0


def test_a_different_prefix_or_model_misses_the_cache(sim: AnthropicSimulator) -> None:
    sim.default = ToolUse({})
    other: Any = [{**CACHED_SYSTEM[0], "text": LONG_SYSTEM + "Policy v2."}]
    with client(sim) as c:
        ask(c, system=CACHED_SYSTEM)
        changed = ask(c, system=other)
        haiku = ask(c, system=CACHED_SYSTEM, model="claude-haiku-4-5")
    assert changed.usage.cache_read_input_tokens == 0 < changed.usage.cache_creation_input_tokens
    assert haiku.usage.cache_read_input_tokens == 0  # caches are per model
    assert haiku.usage.cache_creation_input_tokens == 0  # and under Haiku 4.5's 4096 minimum


def test_a_short_prefix_is_silently_not_cached(sim: AnthropicSimulator) -> None:
    sim.default = ToolUse({})
    short: Any = [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}]
    with client(sim) as c:
        replies = [ask(c, system=short) for _ in range(2)]
    assert all(r.usage.cache_creation_input_tokens == 0 == r.usage.cache_read_input_tokens
               for r in replies)


def test_more_than_four_breakpoints_is_a_400(sim: AnthropicSimulator) -> None:
    blocks: Any = [{"type": "text", "text": f"part {n}", "cache_control": {"type": "ephemeral"}}
                   for n in range(5)]
    with client(sim) as c, pytest.raises(anthropic.BadRequestError, match="maximum of 4"):
        ask(c, system=blocks)


def test_count_tokens_counts_like_messages(sim: AnthropicSimulator) -> None:
    sim.default = ToolUse({})
    with client(sim) as c:
        counted = c.messages.count_tokens(model="claude-sonnet-4-6",
                                          messages=[{"role": "user", "content": "x" * 400}])
        reply = ask(c, "x" * 400, tools=anthropic.omit, tool_choice=anthropic.omit)
    assert counted.input_tokens == reply.usage.input_tokens == 104  # 100 + turn framing


def test_bad_key_is_401_authentication_error(sim: AnthropicSimulator) -> None:
    with client(sim, key="sk-ant-wrong") as c, pytest.raises(anthropic.AuthenticationError) as exc:
        ask(c)
    assert exc.value.status_code == 401
    assert exc.value.body == {"type": "error", "error": {"type": "authentication_error",
                                                         "message": "invalid x-api-key"}}
    assert [c["status"] for c in sim.calls] == [401]  # auth errors are not retried


def test_overloaded_529_is_retried_by_the_sdk(sim: AnthropicSimulator) -> None:
    sim.script(Fault(529), ToolUse({}))
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


def test_a_slow_answer_times_the_client_out(sim: AnthropicSimulator) -> None:
    sim.script(Slow(ToolUse({}), seconds=30))
    with client(sim, retries=0, timeout=0.3) as c, pytest.raises(anthropic.APITimeoutError):
        ask(c)


def test_a_malformed_body_is_not_a_message(sim: AnthropicSimulator) -> None:
    sim.script(Malformed())
    with httpx.Client(base_url=sim.base_url) as http:
        resp = http.post("/v1/messages", headers={"x-api-key": "sk-ant-test",
                                                  "anthropic-version": "2023-06-01"},
                         json={"model": "m", "max_tokens": 5,
                               "messages": [{"role": "user", "content": "x"}]})
    assert resp.status_code == 200
    with pytest.raises(ValueError):
        resp.json()


def test_unknown_forced_tool_is_a_400(sim: AnthropicSimulator) -> None:
    with client(sim) as c, pytest.raises(anthropic.BadRequestError):
        ask(c, tool_choice={"type": "tool", "name": "send_email"})

"""What the Anthropic simulator answers: scripted by each test, never computed from the prompt.

The simulator knows the Messages API, not qbot: it does not read the case, has no opinion on it
and imports nothing from `core` (an import-linter contract says so). A test that wants an
"honest" answer writes it: the tool input a careful model would give for *that* case. So a
Claude-judge test measures how qbot treats a model's answer, never qbot's rules judge again.

    sim.script(ToolUse({"outcome": "likely_dispute", ...}))   # honest or hostile: the test's
    sim.script(Text("I can't help with that", stop_reason="refusal"))
    sim.script(Slow(ToolUse({...}), seconds=5))                 # beyond the client's timeout
    sim.script(Fault(529))                                      # overloaded_error
    sim.script(Malformed())                                     # a 200 whose body is not JSON

A `ToolUse` whose input would not fit in the request's `max_tokens` comes back cut off, as the
real API does: `stop_reason: "max_tokens"` and an incomplete (empty) tool input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ToolUse:
    """One `tool_use` block with this input; `name` defaults to the tool the request forces."""

    input: dict[str, Any]
    name: str | None = None


@dataclass(frozen=True)
class Text:
    """A text-only reply; `stop_reason="refusal"` is how the API reports a declined request."""

    text: str
    stop_reason: str = "end_turn"


@dataclass(frozen=True)
class Content:
    """Raw content blocks and a stop reason, for shapes the others do not cover (two tool calls)."""

    blocks: list[dict[str, Any]]
    stop_reason: str = "tool_use"


@dataclass(frozen=True)
class Fault:
    """An API error: 429 rate_limit_error (with retry-after), 500 api_error, 529 overloaded…"""

    status: int = 529
    retry_after: float | None = None


@dataclass(frozen=True)
class Malformed:
    """HTTP 200 with a body that is not a Messages API response (cut off mid-JSON)."""

    body: bytes = b'{"id": "msg_sim", "type": "message", "content": [{"type": "tool_use"'


@dataclass(frozen=True)
class Slow:
    """`answer`, after holding the request `seconds` (or until the simulator stops)."""

    answer: Answer
    seconds: float = 30.0


@dataclass
class Rule:
    """A standing answer for every request whose body contains `contains` (not consumed)."""

    contains: str
    answer: Answer
    used: int = field(default=0)


Answer = ToolUse | Text | Content | Fault | Malformed | Slow

"""An Anthropic Messages API simulator on loopback: the protocol, with answers scripted per test.

    with AnthropicSimulator(api_key="sk-ant-sim") as sim:
        sim.script(ToolUse({...}))
        client = anthropic.Anthropic(api_key="sk-ant-sim", base_url=sim.base_url)

What it speaks, as the real API does (the official SDK is the client in every test):
- `POST /v1/messages`: the key (`x-api-key`, or `Authorization: Bearer`; 401
  authentication_error), `anthropic-version` (400), the request shape (model, max_tokens,
  messages, a forced tool that exists, at most 4 `cache_control` breakpoints; 400
  invalid_request_error). The reply is a `message` with content blocks, `stop_reason` and
  `usage` {input_tokens, output_tokens, cache_creation_input_tokens, cache_read_input_tokens}.
- Prompt caching by prefix: the prompt is tools → system → messages, block by block; a block
  with `cache_control` ends a cacheable prefix. A prefix of at least `min_cache_tokens` is
  written on first use (cache_creation_input_tokens) and read by any later request with the
  same prefix within its TTL (cache_read_input_tokens; 5 minutes, or "1h"); `input_tokens` is
  what follows the last cached or written breakpoint. Shorter prefixes are silently not cached.
- `POST /v1/messages/count_tokens`: `{"input_tokens": n}` by the same count.
- Tokens are counted approximately (4 characters a token, plus the fixed tool-use system
  prompt the API adds when tools are present): good for sizes and ratios, not for invoices.

What it answers is what the test scripted (sandbox.anthropic.answers): `script(...)` queues
answers consumed in order, `answer_when(substring, answer)` answers every request whose
messages contain the test's string, `default` answers the rest; with none of these the request
is refused with a 400 saying nothing was scripted. It has no opinion on a case: it matches the
test's strings, never reads the prompt to decide.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

from sandbox.anthropic.answers import (
    Answer,
    Content,
    Fault,
    Malformed,
    Rule,
    Slow,
    Text,
    ToolUse,
)
from sandbox.loopback import LoopbackSimulator

_ERROR_TYPES = {
    400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
    404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error",
    500: "api_error", 529: "overloaded_error",
}
_ERROR_TEXT = {429: "Number of requests has exceeded your rate limit", 529: "Overloaded",
               500: "Internal server error"}
CHARS_PER_TOKEN = 4
# The API adds a tool-use system prompt when `tools` is set (Claude 4 family: 313 tokens with
# tool_choice any/tool, 346 with auto/none), billed as input.
TOOL_PROMPT_TOKENS = {"tool": 313, "any": 313, "auto": 346, "none": 346}
# Minimum cacheable prefix, as Anthropic's prompt-caching page listed it (checked 2026-12):
# 1024 tokens for Sonnet 4.x; 4096 for Opus 4.5/4.6 and Haiku 4.5. Longest prefix match wins.
MIN_CACHE_TOKENS = {"claude-opus-4-6": 4096, "claude-opus-4-5": 4096,
                    "claude-haiku-4-5": 4096, "claude-": 1024}
_TTL_SECONDS = {"5m": 300.0, "1h": 3600.0}
MAX_BREAKPOINTS = 4

Reply = tuple[int, dict[str, str], bytes]


def tokens_of(text: str) -> int:
    """The simulator's token count for a piece of text (0 for empty)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


class AnthropicSimulator(LoopbackSimulator):
    """Serves the Messages API from a background thread; records every call."""

    thread_name = "anthropic-simulator"

    def __init__(self, api_key: str = "sk-ant-sim-key",
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.api_key = api_key
        self.clock = clock  # cache TTLs; a test may pass a fake
        self.default: Answer | None = None
        self.lock = threading.Lock()
        self._calls: list[dict[str, Any]] = []
        self._queue: list[Answer] = []
        self._rules: list[Rule] = []
        self._cache: dict[str, float] = {}  # prefix key -> expiry
        self._counter = 0
        self._released = threading.Event()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_for(self)

    def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._released.clear()
        super().start(host, port)

    def stop(self) -> None:
        self._released.set()  # let any Slow answer finish before the server shuts down
        super().stop()

    @property
    def base_url(self) -> str:
        """The API root the SDK takes as `base_url`, e.g. `http://127.0.0.1:PORT`."""
        return self.root

    @property
    def calls(self) -> list[dict[str, Any]]:
        """Every request: `{"path", "status", "api_key_ok", "version", "body", "response"}`."""
        with self.lock:
            return list(self._calls)

    # --- scripting --------------------------------------------------------------------------
    def script(self, *answers: Answer) -> None:
        """Queue answers for the next authenticated `/v1/messages` requests, in order."""
        with self.lock:
            self._queue.extend(answers)

    def fail_next(self, status: int = 529, times: int = 1,
                  retry_after: float | None = None) -> None:
        """Queue `times` API errors with HTTP `status` (429 may carry retry-after)."""
        self.script(*[Fault(status, retry_after)] * times)

    def answer_when(self, contains: str, answer: Answer) -> None:
        """Answer every request whose messages' text contains `contains` with `answer`."""
        with self.lock:
            self._rules.append(Rule(contains, answer))

    def forget_cache(self) -> None:
        """Drop every cached prefix (as if their TTL had passed)."""
        with self.lock:
            self._cache.clear()

    # --- request handling (called from the server threads) ----------------------------------
    def handle(self, path: str, headers: dict[str, str], raw: bytes) -> Reply:
        """Return (status, extra headers, body bytes) for one request, and record it."""
        with self.lock:
            self._counter += 1
            n = self._counter
        out_headers = {"request-id": f"req_sim_{n:06d}"}
        try:
            body: dict[str, Any] = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            body = {}
        status, payload = self._respond(n, path, headers, body, out_headers)
        with self.lock:
            self._calls.append({
                "path": path, "status": status,
                "api_key_ok": _presented_key(headers) == self.api_key,
                "version": headers.get("anthropic-version"), "body": body,
                "response": payload if isinstance(payload, dict) else None,
            })
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        return status, out_headers, data

    def _respond(self, n: int, path: str, headers: dict[str, str], body: dict[str, Any],
                 out_headers: dict[str, str]
                 ) -> tuple[int, dict[str, Any] | bytes]:
        if path not in ("/v1/messages", "/v1/messages/count_tokens"):
            return _error(404, f"{path} not found")
        if _presented_key(headers) != self.api_key:
            return _error(401, "invalid x-api-key")
        if not headers.get("anthropic-version"):
            return _error(400, "anthropic-version: header is required")
        problem = _invalid(body, counting=path.endswith("count_tokens"))
        if problem:
            return _error(400, problem)
        segments = _segments(body)
        if path.endswith("count_tokens"):
            return 200, {"input_tokens": sum(t for t, _, _ in segments)}
        answer = self._next_answer(_messages_text(body))
        while isinstance(answer, Slow):
            self._released.wait(answer.seconds)
            answer = answer.answer
        if answer is None:
            return _error(400, "simulator: no answer scripted for this request")
        if isinstance(answer, Fault):
            if answer.retry_after is not None:
                out_headers["retry-after"] = f"{answer.retry_after:g}"
            return _error(answer.status, _ERROR_TEXT.get(answer.status, "API error"))
        if isinstance(answer, Malformed):
            return 200, answer.body
        content, stop = _content(n, answer, body)
        output_tokens = tokens_of(json.dumps(content)) + 1
        if output_tokens > body["max_tokens"]:  # cut off: what fits is not a whole answer
            content = [{**b, "input": {}} if b["type"] == "tool_use" else b for b in content]
            output_tokens, stop = body["max_tokens"], "max_tokens"
        return 200, {
            "id": f"msg_sim_{n:06d}", "type": "message", "role": "assistant",
            "model": body["model"], "content": content, "stop_reason": stop,
            "stop_sequence": None,
            "usage": {**self._cache_usage(body["model"], segments),
                      "output_tokens": output_tokens},
        }

    def _next_answer(self, text: str) -> Answer | None:
        with self.lock:
            if self._queue:
                return self._queue.pop(0)
            for rule in self._rules:
                if rule.contains in text:
                    rule.used += 1
                    return rule.answer
            return self.default

    def _cache_usage(self, model: str, segments: list[tuple[int, str, str | None]]
                     ) -> dict[str, int]:
        """input / cache_creation / cache_read tokens for this prompt, updating the cache."""
        total = sum(t for t, _, _ in segments)
        digest = hashlib.sha256(model.encode())
        breakpoints: list[tuple[int, str, float]] = []  # (prefix tokens, key, ttl seconds)
        upto = 0
        for tokens, canonical, ttl_name in segments:
            upto += tokens
            digest.update(canonical.encode())
            if ttl_name is not None:
                breakpoints.append((upto, digest.copy().hexdigest(), _TTL_SECONDS[ttl_name]))
        minimum = _min_cache_tokens(model)
        now = self.clock()
        with self.lock:
            read = max((size for size, key, _ in breakpoints
                        if self._cache.get(key, -1.0) > now), default=0)
            written = 0
            for size, key, seconds in breakpoints:
                if size >= minimum:
                    self._cache[key] = now + seconds  # written, or refreshed by this use
                    written = max(written, size)
        created = max(0, written - read)
        return {"input_tokens": total - read - created,
                "cache_creation_input_tokens": created, "cache_read_input_tokens": read}


def _messages_text(body: dict[str, Any]) -> str:
    """The text of every message, as a test would search it (string or text blocks)."""
    out = []
    for message in body.get("messages") or []:
        content = message.get("content", "")
        out.extend([content] if isinstance(content, str) else
                   [str(b.get("text", "")) for b in content if isinstance(b, dict)])
    return "\n".join(out)


def _min_cache_tokens(model: str) -> int:
    matches = [p for p in MIN_CACHE_TOKENS if model.startswith(p)]
    return MIN_CACHE_TOKENS[max(matches, key=len)] if matches else 1024


def _segments(body: dict[str, Any]) -> list[tuple[int, str, str | None]]:
    """The prompt in cache order (tools, system, messages) as (tokens, canonical text, ttl of
    a breakpoint ending here or None). A top-level `cache_control` marks the last block."""
    out: list[tuple[int, str, str | None]] = []

    def add(block: Any, text: str) -> None:
        control = block.get("cache_control") if isinstance(block, dict) else None
        ttl = (control.get("ttl") or "5m") if isinstance(control, dict) else None
        plain = ({k: v for k, v in block.items() if k != "cache_control"}
                 if isinstance(block, dict) else block)
        out.append((tokens_of(text), json.dumps(plain, sort_keys=True), ttl))

    tools = body.get("tools") or []
    if tools:
        choice = (body.get("tool_choice") or {}).get("type", "auto")
        out.append((TOOL_PROMPT_TOKENS.get(choice, 346), f"tool-prompt:{choice}", None))
    for tool in tools:
        add(tool, json.dumps({k: v for k, v in tool.items() if k != "cache_control"}))
    system = body.get("system")
    for block in ([{"type": "text", "text": system}] if isinstance(system, str)
                  else system or []):
        add(block, str(block.get("text", "")))
    for message in body.get("messages") or []:
        content = message.get("content", "")
        blocks = [{"type": "text", "text": content}] if isinstance(content, str) else content
        out.append((4, f"turn:{message.get('role')}", None))  # per-message framing
        for block in blocks:
            add(block, str(block.get("text", "")) if block.get("type") == "text"
                else json.dumps(block))
    control = body.get("cache_control")
    if isinstance(control, dict) and out:
        tokens, canonical, _ = out[-1]
        out[-1] = (tokens, canonical, control.get("ttl") or "5m")
    return out


def _content(n: int, answer: ToolUse | Text | Content, body: dict[str, Any]
             ) -> tuple[list[dict[str, Any]], str]:
    if isinstance(answer, Text):
        return [{"type": "text", "text": answer.text}], answer.stop_reason
    if isinstance(answer, Content):
        return answer.blocks, answer.stop_reason
    forced = (body.get("tool_choice") or {}).get("name")
    return [{"type": "tool_use", "id": f"toolu_sim_{n:06d}", "name": answer.name or forced,
             "input": answer.input}], "tool_use"


def _presented_key(headers: dict[str, str]) -> str | None:
    """The API key from `x-api-key`, or from `Authorization: Bearer` (newer SDKs send that)."""
    if headers.get("x-api-key"):
        return headers["x-api-key"]
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def _error(status: int, message: str) -> tuple[int, dict[str, Any]]:
    kind = _ERROR_TYPES.get(status, "api_error")
    return status, {"type": "error", "error": {"type": kind, "message": message}}


def _blocks_with_control(body: dict[str, Any]) -> list[Any]:
    system = body.get("system")
    blocks: list[Any] = [*(body.get("tools") or []),
                         *(system if isinstance(system, list) else [])]
    for message in body.get("messages") or []:
        if isinstance(message.get("content"), list):
            blocks.extend(message["content"])
    return [b.get("cache_control") for b in blocks
            if isinstance(b, dict) and b.get("cache_control") is not None]


def _invalid(body: dict[str, Any], counting: bool = False) -> str | None:
    """What the real API would refuse with 400, in its words (roughly)."""
    if not isinstance(body.get("model"), str) or not body["model"]:
        return "model: Field required"
    if not counting and (not isinstance(body.get("max_tokens"), int) or body["max_tokens"] < 1):
        return "max_tokens: Field required"
    if not isinstance(body.get("messages"), list) or not body["messages"]:
        return "messages: at least one message is required"
    choice = body.get("tool_choice") or {}
    names = {t.get("name") for t in body.get("tools") or [] if isinstance(t, dict)}
    if choice.get("type") == "tool" and choice.get("name") not in names:
        return f"tool_choice: tool {choice.get('name')!r} not found in tools"
    controls = _blocks_with_control(body)
    if body.get("cache_control") is not None:
        controls.append(body["cache_control"])
    if len(controls) > MAX_BREAKPOINTS:
        return f"A maximum of {MAX_BREAKPOINTS} blocks with cache_control may be provided. " \
               f"Found {len(controls)}."
    for control in controls:
        if not isinstance(control, dict) or control.get("type") != "ephemeral" or \
                control.get("ttl", "5m") not in _TTL_SECONDS:
            return "cache_control: type must be 'ephemeral', ttl '5m' or '1h'"
    return None


def _handler_for(sim: AnthropicSimulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, extra, data = sim.handle(self.path.split("?")[0], headers, raw)
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for key, value in extra.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (its timeout) while a Slow answer was held

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: request lines would clutter test output

    return Handler

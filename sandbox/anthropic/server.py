"""An Anthropic Messages API simulator on loopback, for the demo and tests (real HTTP, real SDK).

    sim = AnthropicSimulator(api_key="sk-ant-sim")
    sim.start(host="127.0.0.1", port=0)
    client = anthropic.Anthropic(api_key="sk-ant-sim", base_url=sim.base_url)

`POST /v1/messages` checks the key (`x-api-key`, or `Authorization: Bearer` as SDK 2.x sends
it; 401 authentication_error) and that `anthropic-version` is present (400), and answers
deterministically: when the request forces a tool (`tool_choice={"type": "tool", "name": ...}`)
the reply is one `tool_use` block whose input is `answers.honest_answer(prompt)`; otherwise a
short text block.

Fault knobs: `fail_next(status, times, retry_after)` answers the next calls with 529
overloaded_error, 429 rate_limit_error (with `retry-after`), 500 api_error, …;
`answer_next(answer)` replaces the next answer with a tool input dict, the name of a preset in
`answers.HOSTILE_ANSWERS`, or "text_only" (a text reply with no tool call).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler
from typing import Any

from sandbox.anthropic.answers import HOSTILE_ANSWERS, TEXT_ONLY_ANSWER, honest_answer
from sandbox.loopback import LoopbackSimulator

_ERROR_TYPES = {
    400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
    404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error",
    500: "api_error", 529: "overloaded_error",
}
_ERROR_TEXT = {429: "Number of requests has exceeded your rate limit", 529: "Overloaded"}


class AnthropicSimulator(LoopbackSimulator):
    """Serves `POST /v1/messages` from a background thread; records every call."""

    thread_name = "anthropic-simulator"

    def __init__(self, api_key: str = "sk-ant-sim-key") -> None:
        super().__init__()
        self.api_key = api_key
        self.lock = threading.Lock()
        self._calls: list[dict[str, Any]] = []
        self._faults: list[tuple[int, float | None]] = []
        self._answers: list[dict[str, Any] | str] = []
        self._counter = 0

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_for(self)

    @property
    def base_url(self) -> str:
        """The API root the SDK takes as `base_url`, e.g. `http://127.0.0.1:PORT`."""
        return self.root

    @property
    def calls(self) -> list[dict[str, Any]]:
        """Every request: `{"path", "status", "api_key_ok", "version", "body", "response"}`."""
        with self.lock:
            return list(self._calls)

    def fail_next(self, status: int = 529, times: int = 1,
                  retry_after: float | None = None) -> None:
        """Answer the next `times` requests with HTTP `status` (429 may carry retry-after)."""
        with self.lock:
            self._faults.extend([(status, retry_after)] * times)

    def answer_next(self, answer: dict[str, Any] | str) -> None:
        """Replace the next answer: a raw tool input, a HOSTILE_ANSWERS name, or 'text_only'."""
        if isinstance(answer, str) and answer != "text_only" and answer not in HOSTILE_ANSWERS:
            raise ValueError(f"unknown preset {answer!r}; known: {sorted(HOSTILE_ANSWERS)}")
        with self.lock:
            self._answers.append(answer)

    # --- request handling (called from the server threads) ----------------------------------
    def handle(self, path: str, headers: dict[str, str], raw: bytes
               ) -> tuple[int, dict[str, str], dict[str, Any]]:
        """Return (status, extra headers, JSON body) for one request, and record it."""
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
                "path": path, "status": status, "api_key_ok": _presented_key(headers) ==
                self.api_key, "version": headers.get("anthropic-version"), "body": body,
                "response": payload,
            })
        return status, out_headers, payload

    def _respond(self, n: int, path: str, headers: dict[str, str], body: dict[str, Any],
                 out_headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if path != "/v1/messages":
            return _error(404, f"{path} not found")
        if _presented_key(headers) != self.api_key:
            return _error(401, "invalid x-api-key")
        if not headers.get("anthropic-version"):
            return _error(400, "anthropic-version: header is required")
        # Knobs are consumed only by requests that got past authentication, in order.
        with self.lock:
            fault = self._faults.pop(0) if self._faults else None
            scripted = self._answers.pop(0) if self._answers and fault is None else None
        if fault is not None:
            status, retry_after = fault
            if retry_after is not None:
                out_headers["retry-after"] = f"{retry_after:g}"
            return _error(status, _ERROR_TEXT.get(status, "Internal server error"))
        problem = _invalid(body)
        if problem:
            return _error(400, problem)
        prompt = _prompt_text(body)
        choice = body.get("tool_choice") or {}
        content: list[dict[str, Any]]
        if scripted == "text_only" or choice.get("type") != "tool":
            content = [{"type": "text", "text": TEXT_ONLY_ANSWER}]
            stop = "end_turn"
        else:
            tool_input = (HOSTILE_ANSWERS[scripted] if isinstance(scripted, str)
                          else scripted if scripted is not None else honest_answer(prompt))
            content = [{"type": "tool_use", "id": f"toolu_sim_{n:06d}",
                        "name": choice.get("name"), "input": tool_input}]
            stop = "tool_use"
        return 200, {
            "id": f"msg_sim_{n:06d}", "type": "message", "role": "assistant",
            "model": body["model"], "content": content, "stop_reason": stop,
            "stop_sequence": None,
            "usage": {"input_tokens": len(prompt) // 4 + 1,
                      "output_tokens": len(json.dumps(content)) // 4 + 1},
        }


def _presented_key(headers: dict[str, str]) -> str | None:
    """The API key from `x-api-key`, or from `Authorization: Bearer` (newer SDKs send that)."""
    if headers.get("x-api-key"):
        return headers["x-api-key"]
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def _error(status: int, message: str) -> tuple[int, dict[str, Any]]:
    kind = _ERROR_TYPES.get(status, "api_error")
    return status, {"type": "error", "error": {"type": kind, "message": message}}


def _invalid(body: dict[str, Any]) -> str | None:
    """What the real API would refuse with 400, in its words (roughly)."""
    if not isinstance(body.get("model"), str) or not body["model"]:
        return "model: Field required"
    if not isinstance(body.get("max_tokens"), int) or body["max_tokens"] < 1:
        return "max_tokens: Field required"
    if not isinstance(body.get("messages"), list) or not body["messages"]:
        return "messages: at least one message is required"
    choice = body.get("tool_choice") or {}
    names = {t.get("name") for t in body.get("tools") or [] if isinstance(t, dict)}
    if choice.get("type") == "tool" and choice.get("name") not in names:
        return f"tool_choice: tool {choice.get('name')!r} not found in tools"
    return None


def _prompt_text(body: dict[str, Any]) -> str:
    """The text of the last user turn (string content or text blocks)."""
    content = body["messages"][-1].get("content", "")
    if isinstance(content, str):
        return content
    return "\n".join(b.get("text", "") for b in content if isinstance(b, dict))


def _handler_for(sim: AnthropicSimulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, extra, payload = sim.handle(self.path.split("?")[0], headers, raw)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for key, value in extra.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: request lines would clutter test output

    return Handler

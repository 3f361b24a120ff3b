"""A Slack Web API simulator on loopback, for the demo and the tests (real HTTP, real clients).

    sim = SlackSimulator(bot_token="xoxb-sim-token")
    sim.start(host="127.0.0.1", port=0)
    client = slack_sdk.WebClient(token="xoxb-sim-token", base_url=sim.base_url)

Fault knobs, like python-slack-sdk's mock server: the token `xoxb-ratelimited` always gets
HTTP 429 with `Retry-After: 1`; `xoxb-remote_disconnected` gets its connection closed; and
`fail_next(method, ...)` answers the next call to one method with an error, a 429, or a
dropped connection after the method ran (the message exists but the caller never learns it);
`hold_next(method)` holds the next call on arrival until released (does its caller wait?).

OAuth installs (qbot in OAuth mode): `authorize_url` is the consent page (it redirects at once
with a single-use code, or `error=access_denied` when `workspace.consent = "deny"`), and
`oauth.v2.access` exchanges the code for a new bot token in Slack's response shape (the app's
credentials are `workspace.client_id` / `client_secret`); `workspace.uninstall(team)` revokes
the tokens issued there.

For driving a bolt app: `click(channel, ts, action_id, user_id)` and `submit(view_id, values,
user_id)` return interaction payloads built from what was really posted/opened (sign them with
`sandbox.slack.interactions.signed_headers`), and their `response_url`s point back here
(`responses` records what was sent to them).
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from sandbox.loopback import LoopbackSimulator
from sandbox.slack.interactions import block_actions_payload, view_submission_payload
from sandbox.slack.workspace import Hold, Reply, Workspace

# Form-encoded calls send structured arguments as JSON strings (slack_sdk does for these).
_JSON_ARGS = ("blocks", "attachments", "view", "metadata")


class SlackSimulator(LoopbackSimulator):
    """Serves the Slack Web API methods qbot uses from a background thread."""

    thread_name = "slack-simulator"

    def __init__(self, bot_token: str = "xoxb-sim-token", channels: dict[str, str] | None = None):
        super().__init__()
        self.workspace = Workspace(bot_token, channels=channels)

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_for(self.workspace)

    @property
    def base_url(self) -> str:
        """Return the Web API root, e.g. `http://127.0.0.1:PORT/api/`."""
        return f"{self.root}/api/"

    def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().start(host=host, port=port)
        self.workspace.upload_root = f"{self.root}/upload/"

    @property
    def authorize_url(self) -> str:
        """Slack's consent page, as SLACK_AUTHORIZE_URL (answers at once: Allow, or Cancel)."""
        return f"{self.root}/oauth/v2/authorize"

    def oauth_settings(self) -> dict[str, str]:
        """The settings that put qbot in OAuth mode against this simulator."""
        return {
            "SLACK_CLIENT_ID": self.workspace.client_id,
            "SLACK_CLIENT_SECRET": self.workspace.client_secret,
            "SLACK_AUTHORIZE_URL": self.authorize_url,
            "SLACK_API_URL": self.base_url,
        }

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        """Every file uploaded with files_upload_v2, by id: name, title, channel, thread_ts
        and `content`, the bytes as received."""
        with self.workspace.lock:
            return {fid: dict(f) for fid, f in self.workspace.files.items()}

    @property
    def calls(self) -> list[dict[str, Any]]:
        """Every call so far: `{"method", "args", "response"}`, oldest first."""
        with self.workspace.lock:
            return list(self.workspace.calls)

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """Return the calls to one method, oldest first."""
        return [call for call in self.calls if call["method"] == method]

    @property
    def messages(self) -> dict[tuple[str, str], dict[str, Any]]:
        """The latest version of every message, keyed by (channel, ts)."""
        with self.workspace.lock:
            return dict(self.workspace.messages)

    @property
    def home_tabs(self) -> dict[str, dict[str, Any]]:
        """The published Home tab per user id."""
        with self.workspace.lock:
            return dict(self.workspace.home_tabs)

    @property
    def responses(self) -> list[dict[str, Any]]:
        """Every POST to a response_url: `{"url_id", "body"}`, oldest first."""
        with self.workspace.lock:
            return list(self.workspace.responses)

    def response_url(self, message: tuple[str, str] | None = None) -> str:
        """Return a fresh response_url served here, optionally bound to a (channel, ts)."""
        return f"{self.root}/response/{self.workspace.new_response_url(message)}"

    def click(self, channel: str, ts: str, action_id: str, user_id: str) -> dict[str, Any]:
        """Return the block_actions payload of `user_id` clicking a button on the current card.

        Raises LookupError when the card (as last posted or updated) has no such button.
        """
        message = self.messages.get((channel, ts))
        if message is None:
            raise LookupError(f"no message {ts} in {channel}")
        url = self.response_url((channel, ts))
        return block_actions_payload(message, channel, action_id, user_id, url)

    def submit(
        self,
        view_id: str,
        values: Mapping[str, Mapping[str, str | Mapping[str, Any] | None]],
        user_id: str,
    ) -> dict[str, Any]:
        """Return the view_submission payload of `user_id` submitting an opened modal."""
        with self.workspace.lock:
            view = self.workspace.views.get(view_id)
        if view is None:
            raise LookupError(f"no view {view_id}")
        return view_submission_payload(view, values, user_id)

    def wait_until(self, ready: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Block until `ready()` holds, checked as each call or response_url post arrives
        (no sleeping in tests); False if it still does not after `timeout` seconds."""
        with self.workspace.lock:
            return self.workspace.lock.wait_for(ready, timeout)

    def wait_for_calls(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Any]:
        """Block until `count` calls to `method` arrived (no sleeping in tests)."""
        return self.workspace.wait_for_calls(method, count, timeout)

    def hold_next(self, method: str, timeout: float = 10.0) -> Hold:
        """Hold the next call to `method` when it arrives, before it runs, until
        `release()` (or `timeout` seconds): a test sees whether its caller waits on it."""
        return self.workspace.hold_next(method, timeout)

    def fail_next(
        self,
        method: str,
        *,
        error: str | None = None,
        status: int = 200,
        retry_after: int | None = None,
        drop_after_send: bool = False,
    ) -> None:
        """Make the next call to `method` fail: Slack `error`, HTTP `status`, or a lost answer."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        if status == 429 and error is None:
            error = "ratelimited"
        body = {"ok": False, "error": error or "internal_error"}
        self.workspace.fail_next(method, Reply(status, body, headers, drop=drop_after_send))


def _handler_for(workspace: Workspace) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            self._serve()

        def do_GET(self) -> None:
            self._serve()

        def _serve(self) -> None:
            url = urlsplit(self.path)
            if url.path.startswith("/upload/"):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                reply = workspace.receive_upload(url.path.removeprefix("/upload/"), raw)
                self._send_plain(reply.status, f"OK - {len(raw)}" if reply.status == 200
                                 else "invalid_upload_url")
                return
            if url.path == "/oauth/v2/authorize":
                status, where = workspace.authorize(dict(parse_qsl(url.query)))
                if status != 302:
                    self._send_plain(status, where)
                    return
                self.send_response(302)
                self.send_header("Location", where)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if url.path.startswith("/response/"):
                self._serve_response_url(url.path.removeprefix("/response/"))
                return
            method = url.path.removeprefix("/api/").strip("/")
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            args: dict[str, Any] = dict(parse_qsl(url.query, keep_blank_values=True))
            try:
                args.update(_parse_body(self.headers.get("Content-Type", ""), raw))
            except ValueError:
                self._send(Reply(200, {"ok": False, "error": "invalid_json"}))
                return
            # oauth.v2.access: slack_sdk sends the app's credentials as HTTP Basic auth
            for key, value in _basic(self.headers.get("Authorization")).items():
                args.setdefault(key, value)
            token = _bearer(self.headers.get("Authorization")) or args.pop("token", None)
            hold = workspace.take_hold(method)
            if hold is not None:  # outside the workspace lock: other calls go on meanwhile
                hold.arrived.set()
                hold.released.wait(hold.timeout)
            reply = workspace.handle(method, token, args)
            if reply.drop:
                self.close_connection = True
                self.connection.close()
                return
            self._send(reply)
            if hold is not None:
                hold.answered.set()

        def _serve_response_url(self, url_id: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                self._send(Reply(400, {"ok": False, "error": "invalid_json"}))
                return
            self._send(workspace.respond(url_id, body if isinstance(body, dict) else {}))

        def _send_plain(self, status: int, text: str) -> None:
            payload = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def _send(self, reply: Reply) -> None:
            payload = json.dumps(reply.body).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            # Quiet: request lines would carry user text into test output.
            return

    return Handler


def _bearer(header: str | None) -> str | None:
    if header and header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return None


def _basic(header: str | None) -> dict[str, str]:
    if not (header and header.lower().startswith("basic ")):
        return {}
    try:
        user, _, password = base64.b64decode(header[6:].strip()).decode().partition(":")
    except ValueError:
        return {}
    return {"client_id": user, "client_secret": password}


def _parse_body(content_type: str, raw: bytes) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        parsed = json.loads(raw)
        if not isinstance(parsed, dict):
            raise ValueError("JSON body must be an object")
        return parsed
    args: dict[str, Any] = dict(parse_qsl(raw.decode(), keep_blank_values=True))
    for key in _JSON_ARGS:
        if isinstance(args.get(key), str):
            # Left as a string when garbled: the method then answers invalid_blocks.
            with contextlib.suppress(ValueError):
                args[key] = json.loads(args[key])
    return args

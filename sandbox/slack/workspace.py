"""The simulated Slack workspace: Web API methods, their errors, and what they stored."""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

TEAM_ID = "T0QBOTSIM"
WORKSPACE_URL = "https://qbot-simulator.slack.com/"
BOT_USER_ID = "U0QBOTBOT"
BOT_ID = "B0QBOTBOT"
APP_ID = "A0QBOTAPP"
MESSAGE_BLOCK_LIMIT = 50
VIEW_BLOCK_LIMIT = 100
RATELIMITED_TOKEN = "xoxb-ratelimited"
DISCONNECT_TOKEN = "xoxb-remote_disconnected"
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")
CLIENT_ID = "1234567890.0987654321"  # the simulated app's credentials (OAuth mode)
CLIENT_SECRET = "sim-client-secret"
INSTALLER_USER_ID = "U0INSTALLR"

Args = dict[str, Any]
Result = dict[str, Any]


@dataclass(frozen=True)
class Reply:
    """What the HTTP layer should answer: status, JSON body, extra headers, or a dropped socket."""

    status: int
    body: Result
    headers: Mapping[str, str] = field(default_factory=dict)
    drop: bool = False


class SlackError(Exception):
    """A Slack `{"ok": false, "error": ...}` answer."""

    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


@dataclass
class Hold:
    """A call held on arrival until released (or `timeout`): shows what waits on it.

    `arrived` is set when the call reached the simulator, `answered` once its reply was sent.
    """

    timeout: float = 10.0
    arrived: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)
    answered: threading.Event = field(default_factory=threading.Event)

    def release(self) -> None:
        self.released.set()


class Workspace:
    """One workspace with a bot: thread-safe, records every call, keeps the latest messages."""

    def __init__(self, bot_token: str, channels: Mapping[str, str] | None = None) -> None:
        self.bot_token = bot_token
        # OAuth installs: codes the consent page handed out (single use), the bot tokens
        # oauth.v2.access issued (by team), and those an uninstall revoked.
        self.client_id, self.client_secret = CLIENT_ID, CLIENT_SECRET
        self.consent = "allow"  # or "deny": the person clicks Cancel on the consent page
        self.installer = INSTALLER_USER_ID
        self._codes: dict[str, dict[str, str]] = {}
        self.issued: dict[str, str] = {}  # bot token -> team id
        self.revoked: set[str] = set()
        self._channel_names = {name.lstrip("#"): cid for name, cid in (channels or {}).items()}
        self.lock = threading.Condition()
        self._view_ids = itertools.count(1)
        self.calls: list[dict[str, Any]] = []
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self._last_ts = 0.0
        self.ephemerals: list[dict[str, Any]] = []
        self.views: dict[str, dict[str, Any]] = {}
        self.home_tabs: dict[str, dict[str, Any]] = {}
        self._used_triggers: set[str] = set()
        self._faults: dict[str, list[Reply]] = {}
        self._holds: dict[str, list[Hold]] = {}
        self._response_urls: dict[str, tuple[str, str] | None] = {}
        self.responses: list[dict[str, Any]] = []
        # files_upload_v2: a URL per file, then its bytes, then completion shares it.
        self.upload_root = "http://127.0.0.1/upload/"  # the server sets its real address
        self.files: dict[str, dict[str, Any]] = {}
        self._methods: dict[str, Callable[[Args], Result]] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.update": self._update,
            "chat.postEphemeral": self._post_ephemeral,
            "conversations.open": self._open_dm,
            "views.open": self._views_open,
            "views.update": self._views_update,
            "views.publish": self._views_publish,
            "conversations.history": self._history,
            "chat.getPermalink": self._permalink,
            "files.getUploadURLExternal": self._get_upload_url,
            "files.completeUploadExternal": self._complete_upload,
        }

    # -- entry point ------------------------------------------------------------------------

    def handle(self, method: str, token: str | None, args: Args) -> Reply:
        """Run one Web API call and record it with its answer."""
        with self.lock:
            reply = self._answer(method, token, args)
            self.calls.append({"method": method, "args": args, "response": reply.body})
            self.lock.notify_all()
            return reply

    def new_response_url(self, message: tuple[str, str] | None) -> str:
        """Register a response_url id, optionally bound to a (channel, ts) message."""
        with self.lock:
            url_id = f"R{len(self._response_urls) + 1:06d}"
            self._response_urls[url_id] = message
            return url_id

    def respond(self, url_id: str, body: Args) -> Reply:
        """Handle a POST to a response_url: record it; replace/delete the bound message."""
        with self.lock:
            if url_id not in self._response_urls:
                return Reply(404, {"ok": False, "error": "invalid_response_url"})
            # `at`: when it arrived (time.monotonic, comparable across processes on one host)
            self.responses.append({"url_id": url_id, "body": body, "at": time.monotonic()})
            message = self._response_urls[url_id]
            if message is not None and message in self.messages:
                if body.get("delete_original"):
                    del self.messages[message]
                elif body.get("replace_original"):
                    blocks = _blocks(body, MESSAGE_BLOCK_LIMIT) if "blocks" in body else None
                    self.messages[message] = self._message(
                        message[1], body.get("text"), blocks, None
                    )
            self.lock.notify_all()
            return Reply(200, {"ok": True})

    def receive_upload(self, file_id: str, data: bytes) -> Reply:
        """The bytes POSTed to an upload URL (Slack answers a plain `OK - <size>`)."""
        with self.lock:
            upload = self.files.get(file_id)
            if upload is None or upload["completed"]:
                return Reply(404, {"ok": False, "error": "invalid_upload_url"})
            upload["content"] = data
            self.lock.notify_all()
            return Reply(200, {"ok": True, "size": len(data)})

    def fail_next(self, method: str, reply: Reply) -> None:
        """Answer the next call to `method` with `reply` instead of running it."""
        with self.lock:
            self._faults.setdefault(method, []).append(reply)

    def hold_next(self, method: str, timeout: float = 10.0) -> Hold:
        """Hold the next call to `method` on arrival, before it runs, until released."""
        hold = Hold(timeout)
        with self.lock:
            self._holds.setdefault(method, []).append(hold)
        return hold

    def take_hold(self, method: str) -> Hold | None:
        """The hold waiting for this call to `method`, if any (the HTTP layer waits on it)."""
        with self.lock:
            queued = self._holds.get(method)
            return queued.pop(0) if queued else None

    def wait_for_calls(self, method: str, count: int, timeout: float) -> list[dict[str, Any]]:
        """Block until `count` calls to `method` were recorded; raise TimeoutError otherwise."""
        with self.lock:
            ok = self.lock.wait_for(lambda: len(self._calls_to(method)) >= count, timeout)
            if not ok:
                raise TimeoutError(f"{method}: {len(self._calls_to(method))} of {count} calls")
            return self._calls_to(method)

    def _calls_to(self, method: str) -> list[dict[str, Any]]:
        return [call for call in self.calls if call["method"] == method]

    def _answer(self, method: str, token: str | None, args: Args) -> Reply:
        if method == "oauth.v2.access":  # authenticated by the app's credentials, no token
            return Reply(200, self._oauth_access(args))
        if method not in self._methods:
            return Reply(404, {"ok": False, "error": "unknown_method"})
        if token == DISCONNECT_TOKEN:
            return Reply(200, {"ok": False, "error": "remote_disconnected"}, drop=True)
        if token == RATELIMITED_TOKEN:
            return Reply(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
        if not token:
            return Reply(200, {"ok": False, "error": "not_authed"})
        if token in self.revoked:
            return Reply(200, {"ok": False, "error": "token_revoked"})
        if token != self.bot_token and token not in self.issued:
            return Reply(200, {"ok": False, "error": "invalid_auth"})
        queued = self._faults.get(method)
        if queued:
            fault = queued.pop(0)
            if not fault.drop:
                return fault
            # A drop *after* the method ran: Slack did the work but the answer was lost.
            self._run(method, args)
            return fault
        if method == "auth.test" and token in self.issued:
            return Reply(200, {"ok": True, **self._auth_test(args), "team_id": self.issued[token]})
        return Reply(200, self._run(method, args))

    # -- OAuth installs ---------------------------------------------------------------------

    def authorize(self, query: Mapping[str, str]) -> tuple[int, str]:
        """The consent page (GET /oauth/v2/authorize): the person at once clicks Allow (or
        Cancel, with `consent = "deny"`). Returns (302, where the browser goes) or (400, why)."""
        with self.lock:
            redirect = query.get("redirect_uri", "")
            if query.get("client_id") != self.client_id:
                return 400, "invalid_client_id"
            if not redirect.startswith(("http://", "https://")):
                return 400, "bad_redirect_uri"
            state = query.get("state", "")
            glue = "&" if "?" in redirect else "?"
            if self.consent == "deny":
                return 302, f"{redirect}{glue}error=access_denied&state={state}"
            code = f"{int(time.time())}.{secrets.token_hex(8)}"
            self._codes[code] = {
                "redirect_uri": redirect,
                "scope": query.get("scope", ""),
                "team": query.get("team") or TEAM_ID,
            }
            self.calls.append({"method": "oauth/v2/authorize", "args": dict(query),
                               "response": {"code": code}})  # fmt: skip
            self.lock.notify_all()
            return 302, f"{redirect}{glue}code={code}&state={state}"

    def uninstall(self, team_id: str = TEAM_ID) -> None:
        """qbot removed from `team_id`: the tokens issued there stop working (token_revoked)."""
        with self.lock:
            self.revoked |= {t for t, team in self.issued.items() if team == team_id}

    def _oauth_access(self, args: Args) -> Result:
        """oauth.v2.access, answered in Slack's shape (a bot token; no user token asked)."""
        if args.get("client_id") != self.client_id:
            return {"ok": False, "error": "invalid_client_id"}
        if args.get("client_secret") != self.client_secret:
            return {"ok": False, "error": "bad_client_secret"}
        grant = self._codes.pop(str(args.get("code") or ""), None)  # single use
        if grant is None:
            return {"ok": False, "error": "invalid_code"}
        if args.get("redirect_uri") and args["redirect_uri"] != grant["redirect_uri"]:
            return {"ok": False, "error": "bad_redirect_uri"}
        numbers = f"{secrets.randbelow(10**11)}-{secrets.randbelow(10**11)}"
        token = f"xoxb-{numbers}-{secrets.token_hex(12)}"
        self.issued[token] = grant["team"]
        return {
            "ok": True,
            "access_token": token,
            "token_type": "bot",
            "scope": grant["scope"],
            "bot_user_id": BOT_USER_ID,
            "app_id": APP_ID,
            "team": {"name": "qbot simulator", "id": grant["team"]},
            "enterprise": None,
            "authed_user": {"id": self.installer},
            "is_enterprise_install": False,
        }

    def _run(self, method: str, args: Args) -> Result:
        try:
            return {"ok": True, **self._methods[method](args)}
        except SlackError as err:
            return {"ok": False, "error": err.error}

    # -- methods ----------------------------------------------------------------------------

    def _auth_test(self, args: Args) -> Result:
        return {
            "url": "https://qbot-sim.slack.com/",
            "team": "qbot simulator",
            "user": "qbot",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _post_message(self, args: Args) -> Result:
        channel = self._channel(args)
        blocks = _blocks(args, MESSAGE_BLOCK_LIMIT)
        text = args.get("text")
        if not text and not blocks:
            raise SlackError("no_text")
        ts = self._next_ts()
        message = self._message(ts, text, blocks, args.get("metadata"))
        self.messages[(channel, ts)] = message
        return {"channel": channel, "ts": ts, "message": copy.deepcopy(message)}

    def _update(self, args: Args) -> Result:
        channel = self._channel(args)
        ts = str(args.get("ts") or "")
        if (channel, ts) not in self.messages:
            raise SlackError("message_not_found")
        previous = self.messages[(channel, ts)]
        # Like Slack: omitted blocks are kept; an empty list removes them.
        blocks = _blocks(args, MESSAGE_BLOCK_LIMIT) if "blocks" in args else previous.get("blocks")
        text = args.get("text", previous.get("text"))
        message = self._message(ts, text, blocks, args.get("metadata", previous.get("metadata")))
        message["edited"] = {"user": BOT_USER_ID, "ts": self._next_ts()}
        self.messages[(channel, ts)] = message
        return {"channel": channel, "ts": ts, "text": text, "message": copy.deepcopy(message)}

    def _history(self, args: Args) -> Result:
        """Newest first within [oldest, latest], 15 a page with a cursor; metadata only with
        include_all_metadata (as Slack; 15 is the limit for apps outside the Marketplace)."""
        channel = self._channel(args)
        oldest = float(args.get("oldest") or 0)
        latest = float(args.get("latest") or 9e12)
        limit = min(int(args.get("limit") or 15), 15)
        start = int(args.get("cursor") or 0)
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        found = sorted(
            (
                m
                for (c, ts), m in self.messages.items()
                if c == channel and oldest <= float(ts) <= latest
            ),
            key=lambda m: float(m["ts"]),
            reverse=True,
        )
        page = [copy.deepcopy(m) for m in found[start : start + limit]]
        if not with_metadata:
            for message in page:
                message.pop("metadata", None)
        more = start + limit < len(found)
        return {
            "messages": page,
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    def _permalink(self, args: Args) -> Result:
        """As Slack: the message's web address, `p` + its ts without the dot."""
        channel = self._channel(args)
        ts = str(args.get("message_ts") or "")
        if (channel, ts) not in self.messages:
            raise SlackError("message_not_found")
        where = f"{WORKSPACE_URL}archives/{channel}/p{ts.replace('.', '')}"
        return {"channel": channel, "permalink": where}

    def _open_dm(self, args: Args) -> Result:
        # A DM with one person: its id is derived from theirs, so it is stable (like Slack's).
        users = str(args.get("users") or "")
        if not re.fullmatch(r"[UW][A-Z0-9]{2,}", users):
            raise SlackError("user_not_found")
        return {"channel": {"id": "D" + users[1:]}}

    def _post_ephemeral(self, args: Args) -> Result:
        channel = self._channel(args)
        if not args.get("user"):
            raise SlackError("user_not_in_channel")
        blocks = _blocks(args, MESSAGE_BLOCK_LIMIT)
        if not args.get("text") and not blocks:
            raise SlackError("no_text")
        ts = self._next_ts()
        self.ephemerals.append({"channel": channel, "user": args["user"], "ts": ts, **args})
        return {"message_ts": ts}

    def _views_open(self, args: Args) -> Result:
        trigger = args.get("trigger_id")
        if not trigger:
            raise SlackError("invalid_arguments")
        if trigger in self._used_triggers:
            raise SlackError("exchanged_trigger_id")
        view = self._store_view(_view(args), view_id=None)
        self._used_triggers.add(trigger)
        return {"view": view}

    def _views_update(self, args: Args) -> Result:
        view_id = args.get("view_id")
        if not view_id:
            external = args.get("external_id")
            view_id = next(
                (
                    vid
                    for vid, v in self.views.items()
                    if external and v.get("external_id") == external
                ),
                None,
            )
        if view_id not in self.views:
            raise SlackError("not_found")
        current = self.views[view_id]
        if args.get("hash") and args["hash"] != current["hash"]:
            raise SlackError("hash_conflict")
        return {"view": self._store_view(_view(args), view_id=view_id)}

    def _views_publish(self, args: Args) -> Result:
        user = args.get("user_id")
        if not user:
            raise SlackError("invalid_arguments")
        view = _view(args)
        if view.get("type") != "home":
            raise SlackError("invalid_arguments")
        stored = self._store_view(view, view_id=None)
        self.home_tabs[str(user)] = stored
        return {"view": stored}

    def _get_upload_url(self, args: Args) -> Result:
        filename = str(args.get("filename") or "")
        try:
            length = int(args.get("length") or 0)
        except ValueError:
            length = 0
        if not filename or length <= 0:
            raise SlackError("invalid_arguments")
        file_id = f"F0SIM{len(self.files) + 1:06d}"
        self.files[file_id] = {"id": file_id, "name": filename, "length": length,
                               "alt_txt": args.get("alt_txt"), "content": None,
                               "completed": False}
        return {"upload_url": f"{self.upload_root}{file_id}", "file_id": file_id}

    def _complete_upload(self, args: Args) -> Result:
        try:
            wanted = json.loads(args["files"]) if isinstance(args.get("files"), str) else None
        except ValueError:
            wanted = None
        if not isinstance(wanted, list) or not wanted:
            raise SlackError("invalid_arguments")
        done = []
        for item in wanted:
            upload = self.files.get(str(item.get("id")))
            # Like Slack: a file whose bytes never arrived (or of another length) is refused.
            if upload is None or upload["content"] is None:
                raise SlackError("file_not_found")
            if len(upload["content"]) != upload["length"]:
                raise SlackError("file_size_mismatch")
            done.append(upload)
        channel = self._channel({"channel": args["channel_id"]}) if args.get("channel_id") else None
        for upload in done:
            upload.update(completed=True, title=next(
                (i.get("title") for i in wanted if i.get("id") == upload["id"]), None),
                channel=channel, thread_ts=args.get("thread_ts") or None,
                initial_comment=args.get("initial_comment") or None)
        return {"files": [{"id": u["id"], "name": u["name"], "title": u["title"]}
                          for u in done]}

    # -- helpers ----------------------------------------------------------------------------

    def _channel(self, args: Args) -> str:
        raw = str(args.get("channel") or "")
        if _CHANNEL_ID.match(raw):
            return raw
        named = self._channel_names.get(raw.lstrip("#"))
        if named is None:
            raise SlackError("channel_not_found")
        return named

    def _next_ts(self) -> str:
        # Like Slack: epoch seconds with microseconds, unique and increasing per workspace.
        self._last_ts = max(time.time(), self._last_ts + 0.000001)
        return f"{self._last_ts:.6f}"

    def _message(
        self, ts: str, text: Any, blocks: list[dict[str, Any]] | None, metadata: Any
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": TEAM_ID,
            "ts": ts,
            "text": text or "",
        }
        if blocks is not None:
            message["blocks"] = blocks
        if isinstance(metadata, str) and metadata:
            metadata = json.loads(metadata)
        if metadata:
            message["metadata"] = metadata
        return message

    def _store_view(self, view: dict[str, Any], view_id: str | None) -> dict[str, Any]:
        view_id = view_id or f"V0SIM{next(self._view_ids):06d}"
        digest = hashlib.sha256(repr((view_id, view, self._next_ts())).encode()).hexdigest()
        stored = {
            **view,
            "id": view_id,
            "team_id": TEAM_ID,
            "app_id": APP_ID,
            "bot_id": BOT_ID,
            "hash": f"{digest[:10]}.{digest[10:18]}",
            "state": {"values": {}},
        }
        self.views[view_id] = stored
        return copy.deepcopy(stored)


def _blocks(args: Args, limit: int) -> list[dict[str, Any]] | None:
    """Return the `blocks` argument, or raise `invalid_blocks` like Slack."""
    blocks = args.get("blocks")
    if blocks is None:
        return None
    if not isinstance(blocks, list) or not all(isinstance(b, dict) for b in blocks):
        raise SlackError("invalid_blocks")
    if len(blocks) > limit or not all(isinstance(b.get("type"), str) for b in blocks):
        raise SlackError("invalid_blocks")
    return blocks


def _view(args: Args) -> dict[str, Any]:
    view = args.get("view")
    if not isinstance(view, dict) or view.get("type") not in {"modal", "home"}:
        raise SlackError("invalid_arguments")
    blocks = view.get("blocks", [])
    if not isinstance(blocks, list) or not all(isinstance(b, dict) for b in blocks):
        raise SlackError("invalid_blocks")
    if len(blocks) > VIEW_BLOCK_LIMIT:
        raise SlackError("invalid_blocks")
    return view

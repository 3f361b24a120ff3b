"""Malformed requests for qbot's HTTP routes, made by breaking real payloads; and a state digest.

Shared by the fuzz tests (tests/fuzz, driven by hypothesis) and `python -m bench fuzz` (driven
by a seeded random.Random): both give a `Chooser`, so one mutator serves both. Bases are the
real payloads in shared/fixtures (Slack's and Intuit's) plus, when given, clicks and modal
submits built from real cards. Every `response_url` points at the Slack simulator, so no
request made while fuzzing leaves the machine.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qsl, quote, urlencode

from sqlalchemy import Engine, MetaData, select

from bot.form_state import FormMetadata
from bot.ids import (
    ActionId,
    AnswerActionId,
    BlockId,
    CallbackId,
    ChangeActionId,
    FormMenuId,
    InputId,
)
from bot.payloads import CaseButtonValue, ModalMetadata
from core.domain.webhook_events import signature as intuit_signature
from sandbox.slack.interactions import (
    block_actions_payload,
    signed_headers,
    view_submission_payload,
)

T = TypeVar("T")

# What a broken field becomes: wrong types, empties, out-of-range ids, long and deep values.
JUNK: tuple[Any, ...] = (
    None, [], {}, "", "zz", 0, -1, 1.5, True, 2**31, int("9" * 40), "9" * 40, "x" * 5000,
    [None], [{}], {"id": None}, "U0NOBODY", {"x": [[[[[]]]]]}, "\x00\ud7ff", "../../etc",
    "[" * 200, "{not json",
)  # fmt: skip
SLACK_FIXTURES = (
    "block_actions.message_button.bolt-python.json",
    "block_actions.message_attachment.slack-docs.json",
    "view_submission.bolt-python.json",
    "app_home_opened.event_callback.json",
    "url_verification.slack-docs.json",
)
COMMAND_FIXTURES = ("slash_command.slack-docs.txt", "slash_command.bolt-python.txt")
WEBHOOK_FIXTURES = (
    "webhook_cloudevents_intuit_blog_2025.json",
    "webhook_cloudevents_sampleapp_readme.json",
    "webhook_legacy_intuit_blog_2025.json",
    "webhook_legacy_intuit_docs.json",
)
KINDS = ("interaction", "event", "command", "webhook", "get")
# OAuth mode's two routes, for a rig built in that mode (elsewhere they are 404s in "get")
INSTALL_PATHS = ("/slack/install", "/slack/oauth_redirect")
STATE_COOKIE = "slack-app-oauth-state"
SLACK_KINDS = ("interaction", "event", "command", "get")  # all but the webhook
# the refusal rows a malformed request may leave: the audit log records, it does not change
# (authority.refused: an act, e.g. resolving a send in doubt, refused for want of a role)
REFUSAL_KINDS = frozenset({"slack.refused", "approval.refused", "authority.refused"})


class Chooser(Protocol):
    """The source of every choice: hypothesis's `data.draw` or a seeded random.Random."""

    def pick(self, options: Sequence[T]) -> T: ...

    def number(self, low: int, high: int) -> int: ...


class RandomChooser:
    """A Chooser from a seeded random.Random (the benchmark's long runs)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def number(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)


def case_requests(
    action_id: int, version: int, channel: str, ts: str, user_id: str, response_url: str
) -> list[dict[str, Any]]:
    """Real-shaped clicks on a case's three buttons and submits of its two modals.

    With a `user_id` who may not decide, none of them can change anything even unbroken.
    """
    value = CaseButtonValue(action_id=action_id, version=version).dump()
    buttons = [{"type": "button", "action_id": a.value, "value": value} for a in ActionId]
    message = {"ts": ts, "blocks": [{"type": "actions", "block_id": "b", "elements": buttons}]}
    clicks = [
        block_actions_payload(message, channel, a.value, user_id, response_url) for a in ActionId
    ]
    meta = ModalMetadata(action_id=action_id, version=version, channel=channel, ts=ts).dump()
    edit = {BlockId.EDIT_SUBJECT: {InputId.EDIT_SUBJECT: "Reminder"},
            BlockId.EDIT_BODY: {InputId.EDIT_BODY: "Hello, a reminder."}}  # fmt: skip
    reject = {BlockId.REJECT_CHOICE: {InputId.REJECT_CHOICE: "not_now"},
              BlockId.REJECT_REASON: {InputId.REJECT_REASON: "paying Friday"}}  # fmt: skip
    # The reason is a radio button: the submitted view carries it, so its state is shaped so.
    not_now = {"text": {"type": "plain_text", "text": "Not now"}, "value": "not_now"}
    choice = {
        "block_id": BlockId.REJECT_CHOICE.value,
        "element": {"type": "radio_buttons", "action_id": InputId.REJECT_CHOICE.value,
                    "options": [not_now]},
    }  # fmt: skip
    blocks = {CallbackId.EDIT_MODAL: [], CallbackId.REJECT_MODAL: [choice]}
    submits = [
        view_submission_payload(
            {
                "id": "V0FUZZ",
                "type": "modal",
                "callback_id": cb.value,
                "private_metadata": meta,
                "blocks": blocks[cb],
            },
            values,
            user_id,
        )
        for cb, values in ((CallbackId.EDIT_MODAL, edit), (CallbackId.REJECT_MODAL, reject))
    ]
    return clicks + submits


def _picked(value: str) -> dict[str, Any]:
    return {"type": "static_select", "selected_option": {"value": value}}


def form_requests(
    realm_id: str, invoice_id: str, channel: str, user_id: str, response_url: str
) -> list[dict[str, Any]]:
    """Real-shaped submits of the expense and invoice forms (new, the edit of `invoice_id`,
    the edit of change batch 1 from its card), a search in a form's menu and clicks on an
    invoice's and a change card's Edit buttons.

    With a `user_id` who may not submit a change, none of them can change anything unbroken.
    """
    expense = FormMetadata(kind="expense", realm_id=realm_id, channel=channel).dump()
    new = FormMetadata(kind="invoice", realm_id=realm_id, channel=channel).dump()
    edit = FormMetadata(kind="invoice", realm_id=realm_id, channel=channel, qbo_id=invoice_id,
                        sync_token="0").dump()  # fmt: skip
    spent = {
        "form_payee": {FormMenuId.VENDOR.value: _picked("41")},
        "form_account": {FormMenuId.EXPENSE_ACCOUNT.value: _picked("18")},
        "form_amount": {"amount": "120.50"},
        "form_currency": {FormMenuId.CURRENCY.value: _picked("USD")},
        "form_txn_date": {"txn_date": {"type": "datepicker", "selected_date": "2026-11-18"}},
        "form_paid_from": {FormMenuId.PAID_FROM.value: _picked("5")},
        "form_memo": {"memo": "fuel"},
    }
    billed = {
        "form_customer": {FormMenuId.CUSTOMER.value: _picked("1")},
        "form_line0_item": {FormMenuId.ITEM.value: _picked("1")},
        "form_line0_qty": {"qty": "2"},
        "form_line0_rate": {"rate": "65"},
        "form_due_date": {"due_date": {"type": "datepicker", "selected_date": "2026-12-20"}},
        "form_memo": {"memo": "Thank you"},
    }
    on_card = FormMetadata(kind="expense", realm_id=realm_id, batch_id=1, version=1).dump()
    forms = [(CallbackId.EXPENSE_MODAL, expense, spent), (CallbackId.INVOICE_MODAL, new, billed),
             (CallbackId.INVOICE_MODAL, edit, billed),
             (CallbackId.EXPENSE_MODAL, on_card, spent)]  # fmt: skip
    submits = [
        view_submission_payload(
            {"id": "V0FUZZ", "type": "modal", "callback_id": cb.value, "private_metadata": meta},
            values,
            user_id,
        )
        for cb, meta, values in forms
    ]
    view = {"id": "V0FUZZ", "type": "modal", "callback_id": CallbackId.EXPENSE_MODAL.value,
            "private_metadata": expense}  # fmt: skip
    search = {**submits[0], "type": "block_suggestion", "action_id": FormMenuId.VENDOR.value,
              "block_id": "form_payee", "value": "sod", "view": view}  # fmt: skip
    button = {"type": "button", "action_id": AnswerActionId.INVOICE_EDIT.value, "value": edit}
    message = {"ts": "1.1", "blocks": [{"type": "actions", "block_id": "b", "elements": [button]}]}
    click = block_actions_payload(
        message, channel, AnswerActionId.INVOICE_EDIT.value, user_id, response_url
    )
    card = CaseButtonValue(action_id=1, version=1).dump()
    change = {"type": "button", "action_id": ChangeActionId.EDIT.value, "value": card}
    message = {"ts": "1.2", "blocks": [{"type": "actions", "block_id": "c", "elements": [change]}]}
    edit_click = block_actions_payload(
        message, channel, ChangeActionId.EDIT.value, user_id, response_url
    )
    return [*submits, search, click, edit_click]


@dataclass(frozen=True)
class Request:
    """One request to send: method, path, body and headers."""

    method: str
    path: str
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def route(self) -> str:
        return self.path.split("?")[0]


@dataclass
class Corpus:
    """The real payloads to break, and the secrets to sign them with."""

    interactions: list[Any]
    events: list[Any]
    commands: list[dict[str, str]]
    webhooks: list[Any]
    signing_secret: str
    verifier_token: str

    @classmethod
    def load(cls, fixtures: Path, signing_secret: str, verifier_token: str,
             response_url: str, extra: Sequence[dict[str, Any]] = ()) -> Corpus:  # fmt: skip
        """Read shared/fixtures (its slack/ and qbo/), pointing response URLs at `response_url`."""

        def read(path: Path) -> Any:
            return json.loads(path.read_text(encoding="utf-8"))

        docs = [read(fixtures / "slack" / name) for name in SLACK_FIXTURES] + list(extra)
        for doc in docs:
            if "response_url" in doc:
                doc["response_url"] = response_url
        commands = []
        for name in COMMAND_FIXTURES:
            form = dict(parse_qsl((fixtures / "slack" / name).read_text().strip()))
            commands.append({**form, "command": "/qb", "response_url": response_url})
        return cls(
            interactions=[d for d in docs if d.get("type") != "event_callback"],
            events=[d for d in docs if d.get("type") in ("event_callback", "url_verification")],
            commands=commands,
            webhooks=[read(fixtures / "qbo" / name) for name in WEBHOOK_FIXTURES],
            signing_secret=signing_secret,
            verifier_token=verifier_token,
        )

    def request(self, choose: Chooser, kinds: Sequence[str] = KINDS) -> Request:
        """One malformed request of one of `kinds` (see KINDS), signed or not."""
        makers: dict[str, Callable[[Chooser], Request]] = {
            "interaction": self._interaction,
            "event": self._event,
            "command": self._command,
            "webhook": self._webhook,
            "get": self._get,
            "install": self._install,
        }
        return makers[choose.pick(list(kinds))](choose)

    def _interaction(self, choose: Chooser) -> Request:
        doc = mutate(choose.pick(self.interactions), choose)
        return self._slack(choose, "payload=" + quote(json.dumps(doc)), "form")

    def _event(self, choose: Chooser) -> Request:
        return self._slack(choose, json.dumps(mutate(choose.pick(self.events), choose)), "json")

    def _command(self, choose: Chooser) -> Request:
        form = dict(choose.pick(self.commands))
        for _ in range(choose.number(1, 3)):
            key = choose.pick(sorted(form))
            words = ["help", "overdue", "expense", "invoice"]
            junk = choose.pick([j for j in JUNK if isinstance(j, str)] + words)
            form[key] = junk if choose.number(0, 4) else form.pop(key, "")
        return self._slack(choose, urlencode(form), "form")

    def _slack(self, choose: Chooser, body: str, kind: str) -> Request:
        headers = signed_headers(body, self.signing_secret, int(time.time()))
        headers["content-type"] = "application/json" if kind == "json" else headers["content-type"]
        forgery = choose.number(0, 5)  # 0-1: signed as Slack signs; else one header broken
        if forgery == 2:
            headers["x-slack-signature"] = "v0=" + "0" * 64
        elif forgery == 3:
            headers["x-slack-request-timestamp"] = choose.pick(["abc", "", "1e9", "-1", "1"])
        elif forgery == 4:
            headers.pop(choose.pick(sorted(headers)))
        elif forgery == 5:
            body = body[: choose.number(0, len(body))] + choose.pick(["", "x", "%7B", "&"])
        return Request("POST", "/slack/events", body.encode(), headers)

    def _webhook(self, choose: Chooser) -> Request:
        raw = json.dumps(mutate(choose.pick(self.webhooks), choose)).encode()
        if choose.number(0, 3) == 0:
            raw = choose.pick([b"{", b"[" * 3000 + b"]" * 3000, raw[: len(raw) // 2]])
        signed = choose.number(0, 3) > 0
        sig = intuit_signature(raw, self.verifier_token if signed else "not-the-token")
        headers = {"intuit-signature": sig, "content-type": "application/json"}
        return Request("POST", "/qbo/webhook", raw, headers)

    def _get(self, choose: Chooser) -> Request:
        path = choose.pick(["/qbo/connect", "/qbo/callback", "/healthz", "/metrics",
                            *INSTALL_PATHS])  # fmt: skip
        junk = [j for j in JUNK if isinstance(j, str)]
        keys = ["state", "code", "realmId", "error"]
        query = {choose.pick(keys): choose.pick(junk) for _ in range(choose.number(0, 3))}
        return Request("GET", f"{path}?{urlencode(query)}" if query else path)


    def _install(self, choose: Chooser) -> Request:
        """A GET on an install route: junk state, code, error and team, and a junk state
        cookie (or the very state of the query, so bolt's browser check is passed)."""
        path = choose.pick(list(INSTALL_PATHS))
        junk = [j for j in JUNK if isinstance(j, str)] + ["access_denied"]
        keys = ["state", "code", "error", "team"]
        query = {choose.pick(keys): choose.pick(junk) for _ in range(choose.number(0, 4))}
        headers: dict[str, str] = {}
        cookie = choose.number(0, 2)
        if cookie == 1:
            headers["cookie"] = f"{STATE_COOKIE}={quote(str(query.get('state', '')))}"
        elif cookie == 2:
            headers["cookie"] = f"{STATE_COOKIE}={quote(choose.pick(junk))}"
        return Request("GET", f"{path}?{urlencode(query)}" if query else path, b"", headers)


def mutate(doc: Any, choose: Chooser) -> Any:
    """A deep copy of `doc` with 1–3 fields replaced by junk or removed."""
    doc = json.loads(json.dumps(doc))
    for _ in range(choose.number(1, 3)):
        doc = _break_one(doc, choose)
    return doc


def _break_one(node: Any, choose: Chooser) -> Any:
    # Walk down to a random field, then replace or delete it (the root itself is a field too).
    if not isinstance(node, dict | list) or not node or choose.number(0, 3) == 0:
        return copy.deepcopy(choose.pick(JUNK))  # a copy: it may be broken further
    keys: list[Any] = sorted(node) if isinstance(node, dict) else list(range(len(node)))
    key = choose.pick(keys)
    if isinstance(node, dict) and choose.number(0, 5) == 0:
        del node[key]
    else:
        node[key] = _break_one(node[key], choose)
    return node


class StateProbe:
    """What the database holds, to compare before and after a request."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.meta = MetaData()
        self.meta.reflect(engine)

    def digest(self) -> dict[str, str]:
        """Per table: row count and a hash of every row; the audit log apart (audit_kinds)."""
        digest: dict[str, str] = {}
        with self.engine.connect() as conn:
            for table in self.meta.sorted_tables:
                if table.name in ("audit_log", "alembic_version"):
                    continue
                rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
                blob = json.dumps([list(r) for r in rows], default=str).encode()
                digest[table.name] = f"{len(rows)}:{hashlib.sha256(blob).hexdigest()[:16]}"
        return digest

    def settled(self, quiet: float = 0.3, timeout: float = 10.0) -> dict[str, str]:
        """The digest once it stopped changing for `quiet` seconds (a stored webhook
        delivery enqueues its job just after the answer)."""
        digest, deadline = self.digest(), time.monotonic() + timeout
        while time.monotonic() < deadline:  # polling with a deadline
            time.sleep(quiet)
            again = self.digest()
            if again == digest:
                break
            digest = again
        return digest

    def audit_kinds(self) -> list[str]:
        """The audit log's kinds, oldest first."""
        table = self.meta.tables["audit_log"]
        with self.engine.connect() as conn:
            return [
                str(k) for k in conn.execute(select(table.c.kind).order_by(table.c.id)).scalars()
            ]

"""Shared rig for the test_bolt_* and test_web_* modules (it holds no tests of its own).

A running loop (simulators, database, services), the product's bolt App from `create_app`,
and signed requests sent either straight to `App.dispatch` or over real HTTP through
`create_web` + `ThreadedServer`. With process_before_response=True bolt runs the listener
before it answers, so what a form submission decides is visible as soon as `send` returns;
what follows the answer over HTTP (an Approve's decision: bot.decide_later.decide_after_answer; a
refusal's ephemeral, a Home refresh: bot.after_answer) is waited for with `decided`, `told`
and `published`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from slack_bolt import App, BoltRequest
from sqlmodel import col, select

from bot.app import create_app
from bot.ids import ActionId
from bot.serving import ThreadedServer
from bot.web import create_web
from core.models import AuditEntry, OutboxEffect, ProposedAction
from core.services.outbox import DrainReport
from sandbox.slack.interactions import interaction_body, signed_headers
from tests.harness import Loop, eventually

SECRET = "qbot-test-signing-secret"
TRANSPORTS = ("dispatch", "http")
JSON = "application/json"


@dataclass(frozen=True)
class Answer:
    """What the app answered Slack: status, body text and headers (lower-case names)."""

    status: int
    body: str
    headers: Mapping[str, str]

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Rig:
    """The product's bolt App on a loop, reachable through one transport."""

    loop: Loop
    app: App
    transport: str
    http: httpx.Client | None = None

    def post(self, body: str, headers: Mapping[str, str]) -> Answer:
        """Deliver `body` with exactly `headers` (no signing here)."""
        if self.http is None:
            response = self.app.dispatch(BoltRequest(body=body, headers=dict(headers)))
            flat = {k.lower(): v[0] for k, v in response.headers.items() if v}
            return Answer(response.status, response.body, flat)
        reply = self.http.post("/slack/events", content=body.encode(), headers=dict(headers))
        return Answer(reply.status_code, reply.text, dict(reply.headers))

    def send(
        self,
        body: str,
        *,
        age: int = 0,
        secret: str = SECRET,
        content_type: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Answer:
        """Sign `body` as Slack would, `age` seconds ago, and deliver it."""
        headers = signed_headers(body, secret, int(time.time()) - age)
        if content_type is not None:
            headers["content-type"] = content_type
        headers.update(extra or {})
        return self.post(body, headers)

    def interact(self, payload: Mapping[str, Any]) -> Answer:
        """Send an interaction payload (`payload=<json>` form body), signed."""
        return self.send(interaction_body(payload))

    def click_payload(self, action: ProposedAction, button: ActionId, user: str) -> dict[str, Any]:
        """The block_actions payload of `user` clicking `button` on the action's current card."""
        assert action.slack_channel and action.slack_ts
        return self.loop.ssim.click(action.slack_channel, action.slack_ts, button.value, user)

    def click(self, action: ProposedAction, button: ActionId, user: str) -> Answer:
        return self.interact(self.click_payload(action, button, user))

    def decided(self, action: ProposedAction, timeout: float = 10.0) -> ProposedAction:
        """The action once a decision on it is stored (no longer `proposed`): over HTTP an
        Approve is decided after its answer has gone back (bot.decide_later.decide_after_answer)."""
        rows = [action]

        def settled() -> bool:
            rows.append(reload(self.loop, action))
            return rows[-1].state != "proposed"

        eventually(settled, timeout)
        return rows[-1]

    def told(self, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Every ephemeral told so far (chat.postEphemeral's args, then the bodies posted to
        response_urls), once `count` were: over HTTP a refusal is told after the answer
        (bot.after_answer), so it may still be on its way when `send` returns."""
        ssim = self.loop.ssim

        def found() -> list[dict[str, Any]]:
            posted = [c["args"] for c in ssim.calls_to("chat.postEphemeral")]
            return posted + [r["body"] for r in ssim.responses]

        ssim.wait_until(lambda: len(found()) >= count, timeout)
        return found()

    def published(self, count: int, timeout: float = 15.0) -> list[dict[str, Any]]:
        """The views.publish calls so far, once `count` were (the Home refresh after a
        decision follows the answer, bot.after_answer)."""
        ssim = self.loop.ssim
        ssim.wait_until(lambda: len(ssim.calls_to("views.publish")) >= count, timeout)
        return ssim.calls_to("views.publish")

    def drain(self) -> DrainReport:
        assert self.loop.services.relay is not None
        return self.loop.services.relay.drain()


@contextmanager
def bolt_rig(loop: Loop, transport: str) -> Iterator[Rig]:
    """The bolt App on `loop`; for "http" also the Starlette app on a free loopback port."""
    app = create_app(loop.services, loop.client, SECRET)
    if transport == "dispatch":
        yield Rig(loop, app, transport)
        return
    server = ThreadedServer(create_web(loop.services, app, signing_secret=SECRET)).start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            yield Rig(loop, app, transport, http)
    finally:
        server.stop()


def first_action(loop: Loop, *, route: str, outcome: str | None = None) -> ProposedAction:
    """The oldest still-proposed action on `route` (and `outcome`), with a posted card."""
    query = select(ProposedAction).where(
        ProposedAction.route == route,
        ProposedAction.state == "proposed",
        col(ProposedAction.slack_ts).is_not(None),
    )
    if outcome is not None:
        query = query.where(ProposedAction.outcome == outcome)
    with loop.services.uow.session() as session:
        action = session.exec(query.order_by(col(ProposedAction.id))).first()
    assert action is not None and action.id is not None
    return action


def reload(loop: Loop, action: ProposedAction) -> ProposedAction:
    with loop.services.uow.session() as session:
        row = session.get(ProposedAction, action.id)
    assert row is not None
    return row


def effects_of(loop: Loop, action: ProposedAction) -> list[OutboxEffect]:
    with loop.services.uow.session() as session:
        return list(
            session.exec(
                select(OutboxEffect)
                .where(OutboxEffect.action_id == action.id)
                .order_by(col(OutboxEffect.id))
            ).all()
        )


def audit_rows(loop: Loop) -> list[AuditEntry]:
    with loop.services.uow.session() as session:
        return list(session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all())


def invoice_writes(loop: Loop) -> list[dict[str, Any]]:
    """Successful writes to an Invoice that the QuickBooks simulator received."""
    return [
        r
        for r in loop.qsim.requests
        if r.get("method") == "POST"
        and str(r.get("path", "")).lower().endswith("/invoice")
        and r.get("status") == 200
    ]


def card(loop: Loop, action: ProposedAction) -> dict[str, Any]:
    """The action's card as the Slack simulator holds it now."""
    assert action.slack_channel and action.slack_ts
    return loop.ssim.messages[(action.slack_channel, action.slack_ts)]


def block_types(message: Mapping[str, Any]) -> list[str]:
    return [str(b.get("type")) for b in message.get("blocks") or []]

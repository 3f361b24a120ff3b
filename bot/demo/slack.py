"""What Slack would send, for `qbot demo`: signed requests over real HTTP to the product's
bolt App (`create_app` + `create_web` on a loopback port), the same handler Slack reaches.

On the Slack simulator a click is built from the card as Slack holds it and a form is opened
by its slash command (views.open with the command's trigger_id). With real Slack (a
`SLACK_BOT_TOKEN`) the demo's users are not in the workspace and a synthesised trigger_id
opens nothing, so the click is built from the blocks qbot posted and the form from the same
builder the command uses; the submission is signed and sent the same way either way.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from slack_sdk import WebClient

from bot.app import create_app
from bot.serving import ThreadedServer
from bot.web import create_web
from core.bootstrap import Services
from core.settings import Settings
from sandbox.slack.interactions import (
    block_actions_payload,
    interaction_body,
    signed_headers,
    slash_command_body,
    view_submission_payload,
)
from sandbox.slack.server import SlackSimulator
from sandbox.slack.workspace import TEAM_ID

DEMO_RESPONSE_URL = "https://hooks.slack.com/actions/demo"


@dataclass
class DemoSlack:
    """The bolt App on a loopback port, and how to reach it as Slack would."""

    base_url: str
    secret: str
    ssim: SlackSimulator | None

    def send(self, body: str) -> httpx.Response:
        """Sign `body` as Slack does (v0, now) and post it to `/slack/events`."""
        headers = signed_headers(body, self.secret, int(time.time()))
        response = httpx.post(
            f"{self.base_url}/slack/events", content=body, headers=headers, timeout=10
        )
        response.raise_for_status()
        return response

    def click(
        self, channel: str, ts: str, action_id: str, user: str, blocks: list[dict[str, Any]]
    ) -> httpx.Response:
        """`user` clicks `action_id` on the card at (channel, ts); `blocks` is what qbot posted
        there (used with real Slack, where the demo cannot read the card back as a user)."""
        if self.ssim is not None:
            payload = self.ssim.click(channel, ts, action_id, user)
        else:
            message = {"ts": ts, "blocks": blocks}
            payload = block_actions_payload(
                message, channel, action_id, user, DEMO_RESPONSE_URL, TEAM_ID
            )
        return self.send(interaction_body(payload))

    def open_form(
        self, command: str, channel: str, user: str, build: Callable[[], dict[str, Any]]
    ) -> dict[str, Any]:
        """The form `/qb <command>` opens, as Slack holds it (with its view id)."""
        if self.ssim is None:
            return {**build(), "id": "VDEMOFORM"}
        before = len(self.ssim.calls_to("views.open"))
        self.send(slash_command_body("/qb", command, user, channel, self.ssim.response_url()))
        calls = self.ssim.calls_to("views.open")
        if len(calls) <= before or not calls[-1]["response"].get("ok"):
            raise RuntimeError(f"/qb {command} opened no form")
        view: dict[str, Any] = calls[-1]["response"]["view"]
        return view

    def submit(
        self,
        view: Mapping[str, Any],
        values: Mapping[str, Mapping[str, str | Mapping[str, Any] | None]],
        user: str,
    ) -> httpx.Response:
        """`user` submits the opened `view` with `values` (block_id → action_id → state)."""
        return self.send(interaction_body(view_submission_payload(view, values, user)))


@contextmanager
def demo_slack(
    services: Services, client: WebClient, ssim: SlackSimulator | None, settings: Settings
) -> Iterator[DemoSlack]:
    """The product's bolt App served on loopback for as long as the demo needs it."""
    secret = (
        settings.slack_signing_secret.get_secret_value()
        if settings.slack_signing_secret
        else secrets.token_hex(16)
    )
    bolt = create_app(services, client, secret, token_verification=ssim is not None)
    web = ThreadedServer(create_web(services, bolt, signing_secret=secret)).start()
    try:
        yield DemoSlack(web.base_url, secret, ssim)
    finally:
        web.stop()  # uvicorn's graceful stop lets what follows an answer finish

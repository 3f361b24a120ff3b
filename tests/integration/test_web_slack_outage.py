"""`qbot web` while Slack is down at boot: it starts, serves webhooks and /healthz, answers the
Slack route 503 and says why, then serves Slack once the simulator comes up (real processes
and loopback HTTP; the token check retries in the background)."""

from __future__ import annotations

import json
import logging
import socket
import time

import httpx
import pytest
from slack_sdk import WebClient
from sqlalchemy import Engine

from bot.listeners.commands import HELP
from bot.slack_token import SlackTokenCheck, TokenState
from core.domain.webhook_events import signature
from sandbox.qbot_web import BOT_TOKEN, SIGNING_SECRET, qbot_web
from sandbox.slack.interactions import signed_headers, slash_command_body
from sandbox.slack.server import SlackSimulator

VERIFIER = "verifier-token-for-the-outage-test"


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _help_command() -> tuple[str, dict[str, str]]:
    body = slash_command_body(
        "/qb", "help", "U0COLLECTOR", "C0COLLECTNS", "https://hooks.slack.com/x"
    )
    return body, signed_headers(body, SIGNING_SECRET, int(time.time()))


def _webhook() -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        [
            {
                "specversion": "1.0",
                "id": "5e1f0000-0000-4000-8000-0000000000aa",
                "type": "qbo.invoice.updated.v1",
                "time": "2026-11-20T18:00:00Z",
                "intuitentityid": "130",
                "intuitaccountid": "1185883450",
            }
        ]
    ).encode()
    return body, {"intuit-signature": signature(body, VERIFIER)}


def _healthz_until(http: httpx.Client, slack: str, timeout: float = 30.0) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while True:  # polling with a deadline: the check retries on its own schedule
        health: dict[str, object] = http.get("/healthz").json()
        if health.get("slack") == slack or time.monotonic() > deadline:
            return health
        time.sleep(0.1)


def test_web_starts_while_slack_is_down_and_serves_slack_once_it_is_up(
    engine: Engine, database_url: str
) -> None:
    port = _unused_port()
    with (
        qbot_web(database_url, VERIFIER, slack_api_url=f"http://127.0.0.1:{port}/api/") as base,
        httpx.Client(base_url=base, timeout=30) as http,
    ):
        assert http.get("/healthz").json() == {"ok": True, "slack": "unverified"}
        body, headers = _webhook()
        assert http.post("/qbo/webhook", content=body, headers=headers).json() == {
            "received": 1,
            "stored": 1,
        }
        command, signed = _help_command()
        refused = http.post("/slack/events", content=command, headers=signed)
        assert refused.status_code == 503 and "not verified" in refused.json()["error"]
        unsigned = http.post(
            "/slack/events",
            content=command,
            headers={**signed, "x-slack-signature": "v0=" + "0" * 64},
        )
        assert unsigned.status_code == 401  # forged requests are refused first, as ever

        slack = SlackSimulator(bot_token=BOT_TOKEN)
        slack.start(port=port)
        try:
            assert _healthz_until(http, "verified") == {"ok": True, "slack": "verified"}
            command, signed = _help_command()
            answered = http.post("/slack/events", content=command, headers=signed)
            assert (answered.status_code, answered.text) == (200, HELP)
            assert len(slack.calls_to("auth.test")) == 1  # bolt made no auth.test of its own
        finally:
            slack.stop()


def test_token_check_retries_until_slack_answers_and_logs_each_state(
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = _unused_port()
    client = WebClient(token=BOT_TOKEN, base_url=f"http://127.0.0.1:{port}/api/", timeout=2)
    check = SlackTokenCheck(client, first_wait=0.05, max_wait=0.2)
    with caplog.at_level(logging.INFO, logger="bot.slack_token"):
        assert check.verify_once() is False
        assert (check.state, check.authorize()) == (TokenState.UNVERIFIED, None)
        assert "cannot reach" in caplog.text
        check.start()
        slack = SlackSimulator(bot_token=BOT_TOKEN)
        slack.start(port=port)
        try:
            assert check.wait(timeout=30)
        finally:
            check.stop()
            slack.stop()
    assert check.state is TokenState.VERIFIED
    result = check.authorize()
    assert result is not None and result.bot_token == BOT_TOKEN and result.bot_user_id
    assert "token verified" in caplog.text
    assert BOT_TOKEN not in caplog.text  # the token never appears in the log


def test_a_refused_token_is_reported_as_refused() -> None:
    with SlackSimulator(bot_token=BOT_TOKEN) as slack:
        check = SlackTokenCheck(WebClient(token="xoxb-not-this-one", base_url=slack.base_url))
        assert check.verify_once() is False
    assert check.state is TokenState.REFUSED

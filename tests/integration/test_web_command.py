"""`qbot web` as a user runs it: --port 0 says where it listens, and a webhook is stored."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from re import Match

import httpx
import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from core.domain.webhook_events import signature
from core.models import QboEvent
from sandbox.slack.server import SlackSimulator

TOKEN = "verifier-token-for-the-web-command"


@pytest.fixture
def web_command(engine: Engine, database_url: str) -> Iterator[str]:
    with SlackSimulator(bot_token="xoxb-web-command") as slack:
        env = dict(
            os.environ,
            QBOT_DATABASE_URL=database_url,
            QBO_WEBHOOK_VERIFIER_TOKEN=TOKEN,
            SLACK_BOT_TOKEN="xoxb-web-command",
            SLACK_SIGNING_SECRET="signing-secret",
            SLACK_API_URL=slack.base_url,
        )
        command = [sys.executable, "-c", "from bot.cli import main; main()", "web"]
        proc = subprocess.Popen(
            [*command, "--port", "0", "--host", "127.0.0.1"],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stderr is not None
            seen: list[str] = []
            match: Match[str] | None = None
            for line in proc.stderr:  # until qbot web says where it listens (or exits)
                seen.append(line)
                if match := re.search(r"listening on (http://127\.0\.0\.1:\d+)", line):
                    break
            assert match, f"qbot web never said where it listens: {seen}"
            yield match.group(1)
        finally:
            proc.terminate()
            assert proc.wait(timeout=30) is not None


def test_web_listens_on_the_port_it_announces_and_stores_a_webhook(
    web_command: str, engine: Engine
) -> None:
    with httpx.Client(base_url=web_command, timeout=30) as http:
        assert http.get("/healthz").json() == {"ok": True}
        body = json.dumps(
            [
                {
                    "specversion": "1.0",
                    "id": "5e1f0000-0000-4000-8000-000000000001",
                    "type": "qbo.invoice.updated.v1",
                    "time": "2026-11-20T18:00:00Z",
                    "intuitentityid": "130",
                    "intuitaccountid": "1185883450",
                }
            ]
        ).encode()
        response = http.post(
            "/qbo/webhook", content=body, headers={"intuit-signature": signature(body, TOKEN)}
        )
    assert response.json() == {"received": 1, "stored": 1}
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(QboEvent)).one() == 1

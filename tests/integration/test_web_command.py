"""`qbot web` as a user runs it: --port 0 says where it listens, and a webhook is stored."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from core.domain.webhook_events import signature
from core.models import QboEvent
from sandbox.qbot_web import qbot_web

TOKEN = "verifier-token-for-the-web-command"


@pytest.fixture
def web_command(engine: Engine, database_url: str) -> Iterator[str]:
    with qbot_web(database_url, TOKEN) as base_url:
        yield base_url


def test_web_listens_on_the_port_it_announces_and_stores_a_webhook(
    web_command: str, engine: Engine
) -> None:
    with httpx.Client(base_url=web_command, timeout=30) as http:
        assert http.get("/healthz").json()["ok"] is True  # Slack may still be being checked
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

"""`/qb connect` run in a channel links the company to it: once connected, its cards go there.

The whole round trip over HTTP (the slash command's link, the QuickBooks simulator's consent,
our callback), then the sample company's scan posts every card in the linked channel; a
collector may not link; a DM links nothing (the default channel stays).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import select
from starlette.applications import Starlette

from bot import oauth_routes
from bot.listeners.commands import qb
from bot.serving import ThreadedServer
from core.bootstrap import Services
from core.models import SlackChannelLink
from tests.harness import ADMIN, CHANNEL, COLLECTOR, Loop, running_loop, scan_sample

LINKED = "C0LINKEDAR"


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    """A running loop whose services also serve the QuickBooks connect routes over HTTP."""
    with running_loop(engine, database_url, connectable=True) as loop:
        app = Starlette()
        server = ThreadedServer(app).start()
        try:
            base = server.base_url
            settings = loop.services.settings.model_copy(
                update={
                    "public_url": base,
                    "qbo_redirect_uri": f"{base}{oauth_routes.CALLBACK_PATH}",
                }
            )
            loop.services = dataclasses.replace(loop.services, settings=settings)
            app.router.routes.extend(oauth_routes.routes(loop.services))
            yield loop
        finally:
            server.stop()


def _connect_from(services: Services, user: str, channel: str) -> str:
    said: list[str] = []

    def ack(text: str = "", **_: Any) -> None:
        said.append(text)

    command = {"text": "connect", "user_id": user, "team_id": "T0QBOTSIM", "channel_id": channel}
    qb(ack, command, {"services": services})  # type: ignore[arg-type]
    return said[0]


def _follow(answer: str) -> httpx.Response:
    match = re.search(r"<(http[^|>]+)\|", answer)
    assert match, answer
    return httpx.get(match.group(1), follow_redirects=True)


def test_connect_in_a_channel_sends_the_companys_cards_there(loop: Loop) -> None:
    answer = _connect_from(loop.services, ADMIN, LINKED)
    assert f"Its cards will be posted in <#{LINKED}>." in answer
    page = _follow(answer)
    assert page.status_code == 200 and "Connected" in page.text, page.text
    with loop.services.uow.session() as s:
        (link,) = s.exec(select(SlackChannelLink)).all()
        assert (link.realm_id, link.channel_id, link.linked_by, link.team_id) == (
            loop.company.realm_id, LINKED, ADMIN, "T0QBOTSIM",
        )  # fmt: skip
    scan_sample(loop)
    channels = {channel for channel, _ in loop.ssim.messages}
    assert channels == {LINKED}, channels  # none left in the default channel


def test_a_collector_cannot_link_and_a_dm_links_nothing(loop: Loop) -> None:
    refused = _connect_from(loop.services, COLLECTOR, LINKED)
    assert refused.startswith("You cannot connect a QuickBooks company")
    answer = _connect_from(loop.services, ADMIN, "D0442US94JD")
    assert "Its cards will be posted" not in answer
    assert _follow(answer).status_code == 200
    with loop.services.uow.session() as s:
        assert s.exec(select(SlackChannelLink)).all() == []
    scan_sample(loop)
    assert {channel for channel, _ in loop.ssim.messages} == {CHANNEL}

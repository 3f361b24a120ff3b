"""The whole connect round trip over HTTP: Slack link or `qbot connect`, simulator, callback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select
from starlette.applications import Starlette

from bot import oauth_routes
from bot.listeners.commands import qb
from bot.serving import ThreadedServer
from core.adapters.crypto import TokenCipher
from core.bootstrap import Services, build_services
from core.domain.authority import Approvers, Role
from core.models import QboConnection
from core.settings import load_settings
from sandbox.qbo.server import QboSimulator
from tests.qbo_env import qbo_sim  # noqa: F401


def _env(sim: QboSimulator, database_url: str) -> dict[str, str]:
    return {
        "QBOT_DATABASE_URL": database_url,
        "QBO_OAUTH_BASE_URL": sim.base_url,
        "QBO_BASE_URL": sim.base_url,
        "QBO_CLIENT_ID": sim.client_id,
        "QBO_CLIENT_SECRET": sim.client_secret,
        "QBOT_TOKEN_KEYS": TokenCipher.generate_key(),
    }


@pytest.fixture
def web(sim: QboSimulator, engine: Engine, database_url: str) -> Iterator[Services]:
    """`oauth_routes` served on loopback, wired to a real Services graph."""
    app = Starlette()
    server = ThreadedServer(app).start()  # first: the settings need its URL
    try:
        base = server.base_url
        settings = load_settings(
            **_env(sim, database_url),
            QBO_REDIRECT_URI=f"{base}{oauth_routes.CALLBACK_PATH}",
            QBOT_PUBLIC_URL=base,
        )
        # Only a lead may link a company: the asking user is this workspace's admin.
        approvers = Approvers(users={"U0CONNECT": Role.ADMIN}, team_id="T0TEAM")
        services = build_services(settings, engine=engine, approvers=approvers)
        app.router.routes.extend(oauth_routes.routes(services))
        yield services
    finally:
        server.stop()


def _slash(services: Services) -> str:
    said: list[str] = []

    def ack(text: str = "", **_: Any) -> None:
        said.append(text)

    command = {"text": "connect", "user_id": "U0CONNECT", "team_id": "T0TEAM"}
    qb(ack, command, {"services": services})  # type: ignore[arg-type]
    match = re.search(r"<(http[^|>]+)\|", said[0])
    assert match, said
    return match.group(1)


def test_slack_link_connects_the_company(web: Services, sim: QboSimulator) -> None:
    link = _slash(web)
    assert link.startswith(web.settings.public_url + "/qbo/connect?state=")
    with httpx.Client(follow_redirects=True) as browser:
        page = browser.get(link)
        assert page.status_code == 200, page.text
        assert "Connected Greenleaf Landscaping" in page.text
        hops = [str(r.url) for r in page.history]
        assert hops[1].startswith(f"{sim.base_url}/oauth2/v1/authorize?")
        # The same callback again (a double click, a replay): refused with a clear page.
        replay = browser.get(page.url)
        assert replay.status_code == 400
        assert "already used" in replay.text
    with Session(web.engine) as s:
        row = s.exec(select(QboConnection)).one()
    assert (row.realm_id, row.connected_by, row.slack_team_id) == (
        sim.realm_id,
        "U0CONNECT",
        "T0TEAM",
    )


def test_bad_state_gets_an_error_page(web: Services) -> None:
    base = web.settings.public_url
    assert httpx.get(f"{base}/qbo/connect?state=forged").status_code == 400
    bad = httpx.get(f"{base}/qbo/callback?code=x&state=forged&realmId=1")
    assert bad.status_code == 400 and "not ours" in bad.text
    assert httpx.get(f"{base}/qbo/callback?state=x").status_code == 400


def test_qbot_connect_on_a_terminal(
    sim: QboSimulator, engine: Engine, database_url: str, tmp_path: Path
) -> None:
    env = {**os.environ, **_env(sim, database_url), "PYTHONUNBUFFERED": "1"}
    env.pop("QBO_REDIRECT_URI", None)
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "qbot"), "connect", "--timeout", "60"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = ""
        for line in proc.stdout:
            if line.startswith("http"):
                url = line.strip()
                break
        assert url.startswith(f"{sim.base_url}/oauth2/v1/authorize?"), url
        assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in url
        page = httpx.get(url, follow_redirects=True)
        assert page.status_code == 200 and "Connected" in page.text
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert f"connected realm {sim.realm_id} (Greenleaf Landscaping)" in out
    with Session(engine) as s:
        assert s.exec(select(QboConnection)).one().connected_by == "terminal"

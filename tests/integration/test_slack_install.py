"""Install in any workspace: bolt's OAuth flow over real HTTP against `qbot web`'s app and the
Slack simulator; the stored bot token encrypted; forged, replayed and expired states refused
with a page; tokens_revoked and app_uninstalled events, signed, from the fixture envelope."""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from slack_sdk import WebClient
from sqlalchemy import Engine, text

from bot.app import create_app
from bot.serving import ThreadedServer
from bot.slack_install import (
    BOT_SCOPES,
    INSTALL_PATH,
    REDIRECT_PATH,
    installation_records,
    oauth_settings,
)
from bot.web import create_web
from bot.workspace_notifier import WorkspaceNotifier
from core.adapters.clock import FixedClock
from core.adapters.crypto import TokenCipher
from core.bootstrap import Services, build_services
from core.errors import ConfigurationError
from core.logs import RedactingFormatter, secret_values
from core.services import channel_links
from core.services.slack_installs import InstallStates
from core.settings import load_settings
from sandbox.qbot_web import qbot_command
from sandbox.slack.interactions import signed_headers
from sandbox.slack.server import SlackSimulator
from sandbox.slack.workspace import BOT_USER_ID, INSTALLER_USER_ID, TEAM_ID

SECRET = "install-signing-secret"
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


@dataclass
class Rig:
    services: Services
    ssim: SlackSimulator
    base: str
    cipher: TokenCipher
    clock: FixedClock
    engine: Engine

    def raw_installs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT * FROM slack_installations ORDER BY id"))
            return [dict(r._mapping) for r in rows]

    def audit(self) -> list[tuple[str, str]]:
        return audit_rows(self.engine)

    def event(self, fixtures: Path, event: dict[str, Any], team: str = TEAM_ID) -> httpx.Response:
        return post_event(self.base, fixtures, event, team)


def audit_rows(engine: Engine) -> list[tuple[str, str]]:
    """(kind, data as JSON text) of every audit row, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, data FROM audit_log ORDER BY id"))
        return [(str(k), json.dumps(d) if not isinstance(d, str) else d) for k, d in rows]


def post_event(
    base: str, fixtures: Path, event: dict[str, Any], team: str = TEAM_ID
) -> httpx.Response:
    """POST one Events API delivery built on the fixture envelope, signed now."""
    envelope = json.loads((fixtures / "app_home_opened.event_callback.json").read_text())
    envelope.update(team_id=team, event=event, event_id=f"Ev{time.time_ns()}")
    envelope["authorizations"][0]["team_id"] = team
    body = json.dumps(envelope)
    headers = signed_headers(body, SECRET, int(time.time()))
    headers["content-type"] = "application/json"
    return httpx.post(f"{base}/slack/events", content=body, headers=headers)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with SlackSimulator(bot_token="xoxb-single-workspace-unused") as ssim:
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        key = TokenCipher.generate_key()
        settings = load_settings(
            QBOT_DATABASE_URL=database_url,
            SLACK_SIGNING_SECRET=SECRET,
            QBOT_TOKEN_KEYS=key,
            QBOT_PUBLIC_URL=base,
            **ssim.oauth_settings(),
        )
        clock = FixedClock(NOW)
        services = build_services(settings, engine=engine, clock=clock)
        client = WebClient(base_url=ssim.base_url, retry_handlers=[])  # no token: OAuth mode
        bolt = create_app(services, client, SECRET, oauth=oauth_settings(services))
        server = ThreadedServer(create_web(services, bolt), port=port).start()
        try:
            yield Rig(services, ssim, base, TokenCipher.from_setting(key), clock, engine)
        finally:
            server.stop()


def _install(rig: Rig, browser: httpx.Client) -> httpx.Response:
    return browser.get(f"{rig.base}{INSTALL_PATH}")


def test_install_over_http_stores_the_bot_token_encrypted(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with httpx.Client(follow_redirects=True) as browser:
        page = _install(rig, browser)
    assert page.status_code == 200, page.text
    assert "qbot is installed in qbot simulator" in page.text
    assert "/qb connect" in page.text
    # the browser went: /slack/install -> Slack's consent page -> our redirect, with the state
    start, consent = (urlsplit(str(r.url)) for r in page.history)
    back = urlsplit(str(page.url))
    assert start.path == INSTALL_PATH
    asked = parse_qs(consent.query)
    assert f"{consent.scheme}://{consent.netloc}{consent.path}" == rig.ssim.authorize_url
    assert asked["client_id"] == [rig.ssim.workspace.client_id]
    assert asked["scope"] == [",".join(BOT_SCOPES)]
    assert asked["redirect_uri"] == [f"{rig.base}{REDIRECT_PATH}"]
    assert back.path == REDIRECT_PATH and parse_qs(back.query)["state"] == asked["state"]

    (token,) = rig.ssim.workspace.issued
    (row,) = rig.raw_installs()
    assert row["team_id"] == TEAM_ID and row["status"] == "active"
    assert row["bot_user_id"] == BOT_USER_ID and row["installer_user_id"] == INSTALLER_USER_ID
    assert token not in json.dumps(row, default=str)
    assert row["bot_token_enc"].startswith("gAAAAA")  # Fernet, under QBOT_TOKEN_KEYS
    assert rig.cipher.decrypt(row["bot_token_enc"]) == token
    assert row["bot_scopes"] == ",".join(BOT_SCOPES)
    kinds = [k for k, _ in rig.audit()]
    assert kinds == ["slack.installed"]
    assert token not in "".join(d for _, d in rig.audit())
    # What qbot's log handler writes (even at DEBUG, where slack_sdk prints whole bodies):
    # no token, no code, no client secret.
    code = parse_qs(back.query)["code"][0]
    shown = RedactingFormatter(as_json=True, secrets=secret_values(rig.services.settings))
    logged = "\n".join(shown.format(r) for r in caplog.records)
    assert "oauth.v2.access" in logged  # the exchange was logged, masked
    assert token not in logged and code not in logged
    assert rig.ssim.workspace.client_secret not in logged

    # the workspace's requests are now authorized with its stored token (the App has none)
    opened = {"type": "app_home_opened", "user": "U0SOMEONE", "tab": "home",
              "channel": "D0442US94JD", "event_ts": "1740431544.556817"}  # fmt: skip
    assert rig.event(require_fixtures(), opened).status_code == 200
    (publish,) = rig.ssim.wait_for_calls("views.publish")
    assert publish["response"]["ok"] is True
    # auth.test: once by the install, once by the first request; not on every request
    assert rig.event(require_fixtures(), opened).status_code == 200
    assert len(rig.ssim.calls_to("auth.test")) == 2


def require_fixtures() -> Path:
    from tests.conftest import require_shared

    return require_shared("fixtures", "slack")


def test_forged_replayed_expired_and_cancelled_installs_get_a_clear_page(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    redirect = f"{rig.base}{REDIRECT_PATH}"
    with httpx.Client(follow_redirects=False) as browser:
        # no state cookie at all: started in another browser
        foreign = browser.get(redirect, params={"code": "x", "state": "forged"})
        assert foreign.status_code == 400 and "another browser" in foreign.text
        # a state that matches its cookie but was never issued by us
        browser.cookies.set("slack-app-oauth-state", "forged")
        forged = browser.get(redirect, params={"code": "x", "state": "forged"})
        assert forged.status_code == 400 and "not ours" in forged.text

    with httpx.Client(follow_redirects=True) as browser:
        done = _install(rig, browser)
        assert done.status_code == 200
        back = str(done.url)
        state = parse_qs(urlsplit(back).query)["state"][0]
        browser.cookies.set("slack-app-oauth-state", state)  # the success page deleted it
        replay = browser.get(back)
        assert replay.status_code == 400 and "already used" in replay.text

    with httpx.Client(follow_redirects=False) as browser:
        start = _install(rig, browser)
        assert start.status_code == 302
        rig.clock.advance(minutes=11)
        consent = browser.get(start.headers["location"])
        late = browser.get(consent.headers["location"])
        assert late.status_code == 400 and "expired" in late.text
        rig.clock.advance(minutes=-11)

        state = parse_qs(urlsplit(_install(rig, browser).headers["location"]).query)["state"][0]
        with caplog.at_level(logging.INFO):
            bogus = browser.get(redirect, params={"code": "not-a-code", "state": state})
        assert bogus.status_code == 400 and "refused the authorization code" in bogus.text
        # bolt logs the refused code; qbot's log handler masks it
        shown = RedactingFormatter(as_json=False)
        assert "oauth.v2.access" in caplog.text
        assert "not-a-code" not in "".join(shown.format(r) for r in caplog.records)

        rig.ssim.workspace.consent = "deny"
        consent = browser.get(_install(rig, browser).headers["location"])
        cancelled = browser.get(consent.headers["location"])
        assert cancelled.status_code == 200 and "cancelled" in cancelled.text

        junk = browser.get(redirect, params={"state": "", "code": "", "error": ""})
        assert junk.status_code < 500
        # a `team` that is not a team id is dropped (bolt puts it in Location unencoded)
        odd = browser.get(f"{rig.base}{INSTALL_PATH}", params={"team": "\x00\ud7ff"})
        assert odd.status_code == 302 and "team=" not in odd.headers["location"]
    assert len(rig.raw_installs()) == 1  # only the one completed install


def test_revoked_then_uninstalled_events_end_the_install(rig: Rig) -> None:
    fixtures = require_fixtures()
    with httpx.Client(follow_redirects=True) as browser:
        assert _install(rig, browser).status_code == 200
    revoked = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": [BOT_USER_ID]},
               "event_ts": "1740431544.556817"}  # fmt: skip
    assert rig.event(fixtures, revoked).status_code == 200
    (row,) = rig.raw_installs()
    assert row["status"] == "revoked" and row["bot_token_enc"] == ""

    # a command from that workspace: no token to answer with, and no 5xx
    form = {"command": "/qb", "text": "help", "user_id": "U0SOMEONE", "team_id": TEAM_ID,
            "channel_id": "C0COLLECT", "token": "x"}  # fmt: skip
    body = urlencode(form)
    answer = httpx.post(f"{rig.base}/slack/events", content=body,
                        headers=signed_headers(body, SECRET, int(time.time())))  # fmt: skip
    assert answer.status_code == 200 and "no longer available" in answer.text

    # installed again, then uninstalled: the row goes, with its token
    with httpx.Client(follow_redirects=True) as browser:
        assert _install(rig, browser).status_code == 200
    assert [r["status"] for r in rig.raw_installs()] == ["active"]
    rig.ssim.workspace.uninstall(TEAM_ID)
    gone = rig.event(fixtures, {"type": "app_uninstalled", "event_ts": "1740431545.000001"})
    assert gone.status_code == 200
    assert rig.raw_installs() == []
    kinds = [k for k, _ in rig.audit()]
    assert kinds == [
        "slack.installed",
        "slack.tokens_revoked",
        "slack.installed",
        "slack.uninstalled",
    ]
    assert not any(t in d for t in rig.ssim.workspace.issued for _, d in rig.audit())


def test_an_event_from_another_workspace_changes_nothing(rig: Rig) -> None:
    with httpx.Client(follow_redirects=True) as browser:
        assert _install(rig, browser).status_code == 200
    other = rig.event(require_fixtures(), {"type": "app_uninstalled"}, team="T0OTHER")
    assert other.status_code == 200
    assert [r["status"] for r in rig.raw_installs()] == ["active"]


def test_cards_go_out_with_their_own_workspaces_token(rig: Rig) -> None:
    notifier = WorkspaceNotifier(installation_records(rig.services), rig.ssim.base_url)
    with pytest.raises(ConfigurationError, match="not installed"):
        notifier.post_notice("C0COLLECT", "before any install")
    with httpx.Client(follow_redirects=True) as browser:
        assert _install(rig, browser).status_code == 200
    notifier.post_notice("C0COLLECT", "one workspace: it is that one")
    assert [m["text"] for m in rig.ssim.messages.values()] == ["one workspace: it is that one"]

    with httpx.Client(follow_redirects=True) as browser:  # a second workspace installs
        second = browser.get(f"{rig.base}{INSTALL_PATH}", params={"team": "T0SECOND"})
        assert second.status_code == 200
    with pytest.raises(ConfigurationError, match="run /qb connect"):
        notifier.post_notice("C0COLLECT", "two workspaces, no link: which one?")
    with rig.services.uow.session() as s:
        channel_links.link(s, NOW, "9130", "C0SECOND", "T0SECOND", "U0ADMIN")
    tokens = {team: token for token, team in rig.ssim.workspace.issued.items()}
    chosen = notifier.for_workspace("9130", "C0SECOND")
    assert chosen._client.token == tokens["T0SECOND"]
    chosen.post_notice("C0SECOND", "linked company: its workspace")
    assert rig.ssim.calls_to("chat.postMessage")[-1]["response"]["ok"] is True


def test_qbot_web_in_oauth_mode_installs_a_workspace(engine: Engine, database_url: str) -> None:
    """The `qbot web` process itself (SLACK_CLIENT_ID/SECRET set, no usable SLACK_BOT_TOKEN)."""
    key = TokenCipher.generate_key()
    with SlackSimulator(bot_token="xoxb-not-this-one") as ssim:
        oauth = {
            **ssim.oauth_settings(),
            "QBOT_TOKEN_KEYS": key,
            "QBOT_PUBLIC_URL": "http://127.0.0.1:3000",  # where Slack is told to come back
        }
        with qbot_command("web", database_url, "verifier", ssim.base_url, oauth) as web, \
                httpx.Client() as browser:  # fmt: skip
            start = browser.get(f"{web.base_url}{INSTALL_PATH}")
            assert start.status_code == 302
            consent = browser.get(start.headers["location"])
            back = urlsplit(consent.headers["location"])
            assert f"{back.scheme}://{back.netloc}" == "http://127.0.0.1:3000"
            # the browser arrives at the public URL, which is this process
            done = browser.get(f"{web.base_url}{back.path}?{back.query}")
            assert done.status_code == 200 and "qbot is installed" in done.text, done.text
    (token,) = ssim.workspace.issued
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT bot_token_enc FROM slack_installations")).scalar_one()
    assert TokenCipher.from_setting(key).decrypt(stored) == token


def test_single_workspace_mode_audits_a_revocation(engine: Engine, database_url: str) -> None:
    """SLACK_BOT_TOKEN mode has no install to end: the event is answered and audited."""
    with SlackSimulator(bot_token="xoxb-single") as ssim:
        settings = load_settings(
            QBOT_DATABASE_URL=database_url,
            SLACK_API_URL=ssim.base_url,
            SLACK_BOT_TOKEN="xoxb-single",
            SLACK_SIGNING_SECRET=SECRET,
        )
        services = build_services(settings, engine=engine)
        client = WebClient(token="xoxb-single", base_url=ssim.base_url, retry_handlers=[])
        bolt = create_app(services, client, SECRET)
        assert bolt.oauth_flow is None
        web = create_web(services, bolt, signing_secret=SECRET)
        assert not any(getattr(r, "path", "") == INSTALL_PATH for r in web.app.routes)
        server = ThreadedServer(web).start()
        try:
            revoked = {"type": "tokens_revoked", "tokens": {"bot": [BOT_USER_ID]}}
            uninstalled = {"type": "app_uninstalled"}
            for event in (revoked, uninstalled):
                assert post_event(server.base_url, require_fixtures(), event).status_code == 200
        finally:
            server.stop()
    audited = audit_rows(engine)
    assert [k for k, _ in audited] == ["slack.tokens_revoked", "slack.uninstalled"]
    assert all('"single-workspace"' in d for _, d in audited)


def test_install_states_are_single_use_and_expired_ones_are_dropped(rig: Rig) -> None:
    states = InstallStates(rig.services.uow, rig.clock)
    first = states.issue()
    assert states.consume(first) is True
    assert states.consume(first) is False  # single use
    stale = states.issue()
    rig.clock.advance(minutes=11)
    fresh = states.issue()  # drops the expired one on the way
    with rig.engine.connect() as conn:
        kept = set(conn.execute(text("SELECT state FROM slack_oauth_states")).scalars())
    assert kept == {fresh}
    assert states.consume(stale) is False and states.consume(fresh) is True
    assert states.consume("") is False and states.consume("x" * 500) is False

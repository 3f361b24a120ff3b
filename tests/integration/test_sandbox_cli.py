"""`qbot sandbox slack | smtp | hubspot` print their address as one JSON line and stop cleanly on
SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from slack_sdk import WebClient

from core.adapters.mail import SmtpMailer
from core.ports import OutgoingEmail


@contextmanager
def sandbox(*args: str) -> Iterator[tuple[subprocess.Popen[str], dict[str, Any]]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", "from bot.cli import main; main()", "sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "" if the process dies first
        assert line, proc.communicate(timeout=10)
        yield proc, json.loads(line)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def stop(proc: subprocess.Popen[str]) -> str:
    """SIGTERM, then the exit must be clean; return what it said on stderr."""
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    return err


def test_slack_sandbox_serves_the_web_api_qbot_is_pointed_at() -> None:
    with sandbox("slack", "--bot-token", "xoxb-local-1") as (proc, info):
        settings = info["settings"]
        assert settings["SLACK_API_URL"] == info["api_url"]
        assert settings["SLACK_BOT_TOKEN"] == "xoxb-local-1"
        assert settings["SLACK_SIGNING_SECRET"] == info["signing_secret"]
        client = WebClient(token=settings["SLACK_BOT_TOKEN"], base_url=info["api_url"])
        assert client.auth_test()["ok"] is True
        posted = client.chat_postMessage(channel=settings["QBOT_SLACK_CHANNEL"], text="hello")
        assert posted["ok"] is True
        oauth = info["oauth_settings"]  # OAuth mode: the consent page allows at once
        consent = httpx.get(oauth["SLACK_AUTHORIZE_URL"], params={
            "client_id": oauth["SLACK_CLIENT_ID"], "state": "s1",
            "redirect_uri": "http://127.0.0.1:9/slack/oauth_redirect"})  # fmt: skip
        assert consent.status_code == 302
        assert consent.headers["location"].startswith("http://127.0.0.1:9/slack/oauth_redirect?code=")
        stop(proc)


def test_smtp_sandbox_receives_what_the_mailer_sends(tmp_path: Path) -> None:
    with sandbox("smtp", "--maildir", str(tmp_path)) as (proc, info):
        expected = {"QBOT_SMTP_HOST": info["host"], "QBOT_SMTP_PORT": str(info["port"])}
        assert info["settings"] == expected
        mailer = SmtpMailer(info["host"], int(info["port"]), "ar@qbot.example")
        mailer.send(OutgoingEmail(to="pat@acme.example", subject="Invoice 1001",
                                  body="Balance due.", message_id="<k1@qbot>"))
        # The sink saves before it answers 250, so the file is there once send() returns.
        saved = tmp_path / "0001.eml"
        assert "Subject: Invoice 1001" in saved.read_text()
        err = stop(proc)
    assert "mail from ar@qbot.example to pat@acme.example: Invoice 1001" in err


def test_hubspot_sandbox_answers_the_crm_adapter_qbot_is_pointed_at() -> None:
    from core.adapters.hubspot import HubSpotCrm

    with sandbox("hubspot", "--token", "pat-local-1") as (proc, info):
        settings = info["settings"]
        assert settings == {"HUBSPOT_BASE_URL": info["base_url"], "HUBSPOT_TOKEN": "pat-local-1"}
        with HubSpotCrm(settings["HUBSPOT_TOKEN"], settings["HUBSPOT_BASE_URL"]) as crm:
            crm.probe()
            company = crm.company_by_domain("acme.example")
        assert company is not None and company.owner == "Ana Ruiz <ana.ruiz@seller.example>"
        assert [n.body for n in company.notes] == [
            "Spoke with their AP lead: payment run is on Fridays."]
        stop(proc)

"""`qbot doctor` on the optional context sources: not configured, reachable, failing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sandbox.hubspot.server import HubSpotSimulator
from tests.imap_server import ImapServer
from tests.integration.test_doctor import clean_env, doctor, line

__all__ = ["clean_env"]  # the fixture, used by name


@pytest.fixture(autouse=True)
def _no_hubspot(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HUBSPOT_TOKEN", "HUBSPOT_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_sources_not_set_up_are_said_and_do_not_fail(clean_env: Path) -> None:
    result = doctor()
    mailbox, crm = line(result, "mailbox"), line(result, "crm")
    assert mailbox.startswith("- mailbox: not configured: no inbox connected")
    assert "QBOT_IMAP_HOST" in mailbox and "docs/context.md" in mailbox
    assert crm == "- crm: not configured: no CRM connected: set HUBSPOT_TOKEN (docs/context.md)"


def test_the_mailbox_reachable_and_a_wrong_password(clean_env: Path) -> None:
    with ImapServer(user="ar@acme.test", password="imap-secret") as server:
        env = {"QBOT_IMAP_HOST": "127.0.0.1", "QBOT_IMAP_PORT": str(server.port),
               "QBOT_IMAP_USER": "ar@acme.test", "QBOT_IMAP_SSL": "false"}
        up = line(doctor(**env, QBOT_IMAP_PASSWORD="imap-secret"), "mailbox")
        assert up.startswith("✓ mailbox: ar@acme.test@127.0.0.1:") and "0 message(s)" in up
        result = doctor(**env, QBOT_IMAP_PASSWORD="wrong-imap-password")
    refused = line(result, "mailbox")
    assert refused.startswith("✗ mailbox:") and "QBOT_IMAP_PASSWORD" in refused
    assert "wrong-imap-password" not in result.output
    assert result.exit_code == 1


def test_hubspot_reachable_and_a_wrong_token(clean_env: Path) -> None:
    with HubSpotSimulator(token="pat-good-token") as sim:
        up = line(doctor(HUBSPOT_TOKEN="pat-good-token", HUBSPOT_BASE_URL=sim.base_url), "crm")
        assert up == f"✓ crm: HubSpot at {sim.base_url}: token accepted"
        result = doctor(HUBSPOT_TOKEN="pat-bad-token", HUBSPOT_BASE_URL=sim.base_url)
    bad = line(result, "crm")
    assert bad.startswith("✗ crm: HubSpot refused the token (401)") and "HUBSPOT_TOKEN" in bad
    assert "pat-bad-token" not in result.output

"""The QuickBooks simulator as a fixture, and the OAuth steps tests take against it.

A test module uses the fixture by importing it: `from tests.qbo_env import qbo_sim  # noqa: F401`
(registered under the name `sim`, so the import never shadows a test's parameter).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from core.adapters.qbo.auth import OAuthEndpoints, QboOAuth
from core.services.connections import ConnectionService
from sandbox.qbo.company import load_company
from sandbox.qbo.server import QboSimulator

REDIRECT = "http://127.0.0.1:9/qbo/callback"  # never called: the tests follow no redirect


@pytest.fixture(name="sim")
def qbo_sim() -> Iterator[QboSimulator]:
    """The simulator with the sample company on a free loopback port, no throttle."""
    s = QboSimulator(company=load_company(), throttle=None)
    s.start()
    yield s
    s.stop()


@pytest.fixture(name="api")
def qbo_api(sim: QboSimulator) -> Iterator[httpx.Client]:
    """A plain HTTP client on the simulated company's REST root, as a QuickBooks app calls it."""
    headers = {"Authorization": f"Bearer {sim.access_token}", "Accept": "application/json"}
    with httpx.Client(
        base_url=f"{sim.base_url}/v3/company/{sim.realm_id}",
        headers=headers,
        params={"minorversion": "75"},
    ) as client:
        yield client


def oauth_client(sim: QboSimulator, redirect_uri: str = REDIRECT) -> QboOAuth:
    """Our OAuth client, registered with the simulator as its Intuit app."""
    return QboOAuth(
        sim.client_id, sim.client_secret, redirect_uri, OAuthEndpoints.from_base(sim.base_url)
    )


def consent(service: ConnectionService, user: str, team: str) -> tuple[str, str, str]:
    """Start a connect as `user` and consent at the simulator: Intuit's (code, state, realmId)."""
    redirect = httpx.get(service.start(user, team))  # the simulated user consents at once
    assert redirect.status_code == 302, redirect.text
    query = parse_qs(urlparse(redirect.headers["location"]).query)
    return query["code"][0], query["state"][0], query["realmId"][0]


def connect(service: ConnectionService, user: str = "U1", team: str = "T1") -> str:
    """The whole connect round trip through `service`; the realm it connected."""
    return service.complete(*consent(service, user, team)).realm_id

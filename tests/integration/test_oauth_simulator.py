"""The simulator's Intuit OAuth endpoints over real HTTP: authorize, token, revoke, bearer check."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import httpx
import pytest

from sandbox.qbo import oauth
from sandbox.qbo.server import QboSimulator
from tests.qbo_env import REDIRECT, qbo_sim  # noqa: F401

SCOPE = "com.intuit.quickbooks.accounting"


def _authorize(sim: QboSimulator, **overrides: str) -> httpx.Response:
    params = {
        "client_id": sim.client_id,
        "response_type": "code",
        "scope": SCOPE,
        "redirect_uri": REDIRECT,
        "state": "st-1",
        **overrides,
    }
    return httpx.get(f"{sim.base_url}/oauth2/v1/authorize?{urlencode(params)}")


def _code(sim: QboSimulator) -> str:
    response = _authorize(sim)
    assert response.status_code == 302
    return parse_qs(urlparse(response.headers["location"]).query)["code"][0]


def _token(sim: QboSimulator, data: dict[str, str], **headers: str) -> httpx.Response:
    return httpx.post(
        f"{sim.base_url}/oauth2/v1/tokens/bearer",
        data=data,
        auth=(sim.client_id, sim.client_secret),
        headers=headers,
    )


def _exchange(sim: QboSimulator) -> dict[str, object]:
    code = _code(sim)
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    response = _token(sim, data)
    assert response.status_code == 200
    body: dict[str, object] = response.json()
    return body


def _api(sim: QboSimulator, token: object) -> int:
    url = f"{sim.base_url}/v3/company/{sim.realm_id}/companyinfo/{sim.realm_id}"
    return httpx.get(url, headers={"Authorization": f"Bearer {token}"}).status_code


def test_authorize_redirects_with_code_state_and_realm(sim: QboSimulator) -> None:
    response = _authorize(sim)
    assert response.status_code == 302
    location = urlparse(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == ["st-1"] and query["realmId"] == [sim.realm_id]
    assert query["code"][0]
    alias = httpx.get(response.request.url.copy_with(path="/connect/oauth2"))
    assert alias.status_code == 302


@pytest.mark.parametrize(
    "override",
    [{"client_id": "nope"}, {"scope": "openid"}, {"state": ""}, {"redirect_uri": "ftp://x"}],
)
def test_authorize_refuses_bad_requests(sim: QboSimulator, override: dict[str, str]) -> None:
    response = _authorize(sim, **override)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_token_response_has_the_real_shape(sim: QboSimulator, qbo_fixtures: Path) -> None:
    real = json.loads((qbo_fixtures / "oauth_token_response.json").read_text())
    body = _exchange(sim)
    assert list(body) == list(real)
    assert body["token_type"] == "bearer" and body["expires_in"] == 3600


def test_code_is_single_use(sim: QboSimulator) -> None:
    code = _code(sim)
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    first = _token(sim, data)
    assert first.status_code == 200
    replay = _token(sim, data)
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"


def test_client_auth_is_required(sim: QboSimulator) -> None:
    response = httpx.post(
        f"{sim.base_url}/oauth2/v1/tokens/bearer",
        data={"grant_type": "refresh_token", "refresh_token": "x"},
        auth=(sim.client_id, "wrong"),
    )
    assert response.status_code == 401


def test_refresh_rotates_and_the_old_token_lives_24h(sim: QboSimulator) -> None:
    first = _exchange(sim)
    data = {"grant_type": "refresh_token", "refresh_token": str(first["refresh_token"])}
    second = _token(sim, data, **{"x-include-refresh-token-hard-expires-in": "true"})
    assert second.status_code == 200
    body = second.json()
    assert body["refresh_token"] != first["refresh_token"]
    assert 0 < body["x_refresh_token_hard_expires_in"] <= 5 * 365 * 86400
    assert "x_refresh_token_hard_expires_in" not in first
    # Within 24 h the previous refresh token is still accepted.
    assert _token(sim, data).status_code == 200
    provider = oauth.provider(sim)
    real_clock = provider.clock
    provider.clock = lambda: real_clock() + timedelta(hours=25)
    late = _token(sim, data)
    assert late.status_code == 400 and late.json()["error"] == "invalid_grant"


def test_issued_access_tokens_pass_the_api_gate_until_expired(sim: QboSimulator) -> None:
    body = _exchange(sim)
    assert _api(sim, body["access_token"]) == 200
    assert _api(sim, "made-up") == 401
    assert _api(sim, sim.access_token) == 200  # the fixed demo token still works
    oauth.provider(sim).expire_access_tokens()
    assert _api(sim, body["access_token"]) == 401
    assert _api(sim, sim.access_token) == 401


def test_revoke_kills_refresh_and_access_tokens(sim: QboSimulator) -> None:
    body = _exchange(sim)
    revoked = httpx.post(
        f"{sim.base_url}/oauth2/v1/tokens/revoke",
        json={"token": body["refresh_token"]},
        auth=(sim.client_id, sim.client_secret),
    )
    assert revoked.status_code == 200
    data = {"grant_type": "refresh_token", "refresh_token": str(body["refresh_token"])}
    refused = _token(sim, data)
    assert refused.status_code == 400
    assert refused.json() == {
        "error": "invalid_grant",
        "error_description": "Incorrect or invalid refresh token",
    }
    assert _api(sim, body["access_token"]) == 401

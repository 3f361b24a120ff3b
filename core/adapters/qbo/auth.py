"""Intuit OAuth 2.0 (Authlib's httpx client) and the bearer auth that refreshes once on a 401."""

from __future__ import annotations

import logging
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from authlib.integrations.base_client import OAuthError
from authlib.integrations.httpx_client import OAuth2Client

from core.errors import ConfigurationError, FatalError, RetryableError
from core.settings import Settings

log = logging.getLogger(__name__)

SCOPE = "com.intuit.quickbooks.accounting"
INTUIT_AUTHORIZE = "https://appcenter.intuit.com/connect/oauth2"
INTUIT_TOKEN = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
INTUIT_REVOKE = "https://developer.api.intuit.com/v2/oauth2/tokens/revoke"
HARD_EXPIRY_HEADER = "x-include-refresh-token-hard-expires-in"
_TOKEN_HEADERS = {
    "Accept": "application/json",
    "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
    HARD_EXPIRY_HEADER: "true",  # ask for x_refresh_token_hard_expires_in (5-year cap)
}


class InvalidGrantError(FatalError):
    """Intuit refused the code or refresh token (`invalid_grant`): the company must reconnect."""


class OAuthFailure(FatalError):
    """Intuit's token endpoint answered with another error (bad client, bad request)."""


@dataclass(frozen=True)
class OAuthEndpoints:
    """Where authorize, token and revoke live: Intuit's, or one base URL (the simulator)."""

    authorize: str = INTUIT_AUTHORIZE
    token: str = INTUIT_TOKEN
    revoke: str = INTUIT_REVOKE

    @classmethod
    def from_base(cls, base_url: str | None) -> OAuthEndpoints:
        if not base_url:
            return cls()
        base = base_url.rstrip("/")
        return cls(
            f"{base}/oauth2/v1/authorize",
            f"{base}/oauth2/v1/tokens/bearer",
            f"{base}/oauth2/v1/tokens/revoke",
        )


@dataclass(frozen=True)
class TokenGrant:
    """One token endpoint answer; the secrets are hidden from repr so they never reach a log."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_in: int
    refresh_expires_in: int | None
    hard_expires_in: int | None

    @classmethod
    def from_response(cls, token: dict[str, Any]) -> TokenGrant:
        def seconds(key: str) -> int | None:
            value = token.get(key)
            return int(value) if value is not None else None

        return cls(
            access_token=str(token["access_token"]),
            refresh_token=str(token["refresh_token"]),
            expires_in=seconds("expires_in") or 3600,
            refresh_expires_in=seconds("x_refresh_token_expires_in"),
            hard_expires_in=seconds("x_refresh_token_hard_expires_in"),
        )


class QboOAuth:
    """Authorization URL, code exchange, refresh and revoke against Intuit (or the simulator)."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        endpoints: OAuthEndpoints | None = None,
        timeout: float = 20.0,
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.redirect_uri = redirect_uri
        self.endpoints = endpoints or OAuthEndpoints()
        self._timeout = timeout

    @classmethod
    def from_settings(cls, settings: Settings, redirect_uri: str | None = None) -> QboOAuth:
        """Build from QBO_CLIENT_ID/SECRET, QBO_REDIRECT_URI and QBO_OAUTH_BASE_URL."""
        if not settings.qbo_client_id or settings.qbo_client_secret is None:
            raise ConfigurationError(
                "settings QBO_CLIENT_ID and QBO_CLIENT_SECRET are required to connect QuickBooks "
                "(from your Intuit app's Keys & OAuth page, or `qbot sandbox qbo`)"
            )
        return cls(
            settings.qbo_client_id,
            settings.qbo_client_secret.get_secret_value(),
            redirect_uri or settings.qbo_redirect_uri,
            OAuthEndpoints.from_base(settings.qbo_oauth_base_url),
        )

    def _client(self) -> OAuth2Client:
        # One short-lived client per call: Authlib clients hold token state, and refreshes
        # for different realms run on different threads.
        return OAuth2Client(
            client_id=self.client_id,
            client_secret=self._client_secret,
            scope=SCOPE,
            redirect_uri=self.redirect_uri,
            token_endpoint_auth_method="client_secret_basic",
            timeout=self._timeout,
        )

    def authorize_url(self, state: str) -> str:
        """The consent-screen URL for `state` (authorization-code flow, accounting scope)."""
        with self._client() as client:
            url, _ = client.create_authorization_url(self.endpoints.authorize, state=state)
        return str(url)

    def exchange_code(self, code: str) -> TokenGrant:
        """Trade a single-use authorization code for tokens; raises InvalidGrantError."""
        return self._token_call("authorization_code", code=code)

    def refresh(self, refresh_token: str) -> TokenGrant:
        """New tokens from a refresh token (which may rotate); raises InvalidGrantError."""
        return self._token_call("refresh_token", refresh_token=refresh_token)

    def revoke(self, token: str) -> None:
        """Revoke the grant behind `token` at Intuit (JSON body, HTTP Basic client auth)."""
        try:
            with httpx.Client(timeout=self._timeout) as http:
                response = http.post(
                    self.endpoints.revoke,
                    json={"token": token},
                    auth=httpx.BasicAuth(self.client_id, self._client_secret),
                    headers={"Accept": "application/json"},
                )
        except httpx.TransportError as exc:
            raise RetryableError(
                f"Intuit revoke endpoint unreachable: {type(exc).__name__}"
            ) from None
        if response.status_code >= 400:
            raise OAuthFailure(f"Intuit refused to revoke the token (HTTP {response.status_code})")

    def _token_call(self, grant_type: str, **params: str) -> TokenGrant:
        try:
            with self._client() as client:
                if grant_type == "refresh_token":
                    token = client.refresh_token(
                        self.endpoints.token,
                        refresh_token=params["refresh_token"],
                        headers=dict(_TOKEN_HEADERS),
                    )
                else:
                    token = client.fetch_token(
                        self.endpoints.token,
                        grant_type=grant_type,
                        code=params["code"],
                        headers=dict(_TOKEN_HEADERS),
                    )
        except OAuthError as exc:
            # Only the error code: Authlib's message never holds a token, but stay strict.
            if exc.error == "invalid_grant":
                raise InvalidGrantError(f"Intuit answered invalid_grant to {grant_type}") from None
            raise OAuthFailure(f"Intuit answered {exc.error} to {grant_type}") from None
        except httpx.HTTPStatusError as exc:
            raise RetryableError(
                f"Intuit token endpoint answered HTTP {exc.response.status_code}", 5.0
            ) from None
        except httpx.TransportError as exc:
            raise RetryableError(
                f"Intuit token endpoint unreachable: {type(exc).__name__}"
            ) from None
        try:
            return TokenGrant.from_response(dict(token))
        except (KeyError, TypeError, ValueError):
            raise OAuthFailure(f"Intuit's {grant_type} answer lacks tokens") from None


class TokenSource(Protocol):
    """Where a bearer token for one realm comes from (ConnectionService bound to a realm)."""

    def token(self) -> str:
        """A live access token (refreshed first when it is about to expire)."""
        ...

    def refresh(self, rejected: str) -> str:
        """A new access token after `rejected` got a 401 (unless another caller refreshed)."""
        ...


class QboBearerAuth(httpx.Auth):
    """Adds `Authorization: Bearer`; on a 401, refreshes once and retries the request once."""

    requires_request_body = True  # the body is sent twice when the first try gets a 401

    def __init__(self, source: TokenSource) -> None:
        self._source = source

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._source.token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            log.info("QuickBooks answered 401; refreshing the access token once")
            request.headers["Authorization"] = f"Bearer {self._source.refresh(token)}"
            yield request

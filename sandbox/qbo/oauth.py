"""The simulator's Intuit OAuth 2.0 endpoints (authorize, token, revoke) and its bearer check."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

if TYPE_CHECKING:
    from sandbox.qbo.server import QboSimulator

SCOPE = "com.intuit.quickbooks.accounting"
ACCESS_TTL = 3600  # seconds, as Intuit issues them
REFRESH_TTL = 8726400  # x_refresh_token_expires_in in the real token response
HARD_TTL = 5 * 365 * 86400  # the 5-year cap announced 2025-11-12
OLD_REFRESH_GRACE = timedelta(hours=24)  # a rotated-out refresh token lives on this long
CODE_TTL = timedelta(minutes=5)
HARD_EXPIRY_HEADER = "x-include-refresh-token-hard-expires-in"


@dataclass
class _Grant:
    """One consent: the chain of tokens issued from one authorization code."""

    realm_id: str
    hard_expires_at: datetime
    revoked: bool = False
    refresh_tokens: dict[str, datetime] = field(default_factory=dict)  # token -> valid until
    current_refresh: str = ""


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    expires_at: datetime
    used: bool = False
    grant: _Grant | None = None


class OAuthProvider:
    """Intuit's authorization server, in memory: codes, rotating refresh tokens, revocation."""

    def __init__(self, sim: QboSimulator) -> None:
        self._sim = sim
        self._lock = threading.Lock()
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.hard_expires_in = HARD_TTL  # tests shorten it to see the 30-day warning
        self._codes: dict[str, _Code] = {}
        self._access: dict[str, tuple[_Grant, datetime]] = {}
        self._refresh: dict[str, _Grant] = {}
        self._static_expired = False
        self.token_calls: list[str] = []  # grant_type of every successful token call

    # -- test API --------------------------------------------------------------------------

    def expire_access_tokens(self) -> None:
        """Make every access token issued so far (and the fixed one) answer 401."""
        with self._lock:
            past = self.clock() - timedelta(seconds=1)
            self._access = {t: (g, past) for t, (g, _) in self._access.items()}
            self._static_expired = True

    def bearer_ok(self, authorization: str) -> bool:
        """Whether an `Authorization` header carries a live access token for this realm."""
        token = authorization.removeprefix("Bearer ").strip()
        if not authorization.startswith("Bearer ") or not token:
            return False
        with self._lock:
            if token == self._sim.access_token:
                return not self._static_expired
            found = self._access.get(token)
            if found is None:
                return False
            grant, expires_at = found
            return not grant.revoked and expires_at > self.clock()

    # -- endpoints -------------------------------------------------------------------------

    async def authorize(self, request: Request) -> Response:
        q = request.query_params
        problem = self._authorize_problem(
            q.get("client_id"),
            q.get("response_type"),
            q.get("scope"),
            q.get("redirect_uri"),
            q.get("state"),
        )
        if problem:
            return JSONResponse({"error": "invalid_request", "error_description": problem}, 400)
        code = "sim-code-" + secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = _Code(
                str(q["client_id"]), str(q["redirect_uri"]), self.clock() + CODE_TTL
            )
        # A simulated user consents at once, so a test can follow the redirect.
        params = urlencode({"code": code, "state": q["state"], "realmId": self._sim.realm_id})
        sep = "&" if "?" in str(q["redirect_uri"]) else "?"
        return RedirectResponse(f"{q['redirect_uri']}{sep}{params}", status_code=302)

    def _authorize_problem(
        self,
        client_id: str | None,
        response_type: str | None,
        scope: str | None,
        redirect_uri: str | None,
        state: str | None,
    ) -> str | None:
        if client_id != self._sim.client_id:
            return "unknown client_id"
        if response_type != "code":
            return "response_type must be code"
        if SCOPE not in (scope or "").split():
            return f"scope must include {SCOPE}"
        if not redirect_uri or not redirect_uri.startswith(("http://", "https://")):
            return "redirect_uri is missing or not http(s)"
        if not state:
            return "state is required"
        return None

    async def token(self, request: Request) -> Response:
        # Form-encoded by hand: python-multipart is not a dependency.
        raw = (await request.body()).decode("utf-8", "replace")
        form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        if not self._client_ok(request, form.get("client_id"), form.get("client_secret")):
            return JSONResponse({"error": "invalid_client"}, 401)
        grant_type = form.get("grant_type")
        with self._lock:
            if grant_type == "authorization_code":
                grant = self._redeem_code(str(form.get("code", "")), form.get("redirect_uri"))
                if grant is None:
                    return _invalid_grant("Invalid authorization code")
                refresh = self._rotate(grant)
            elif grant_type == "refresh_token":
                grant = self._live_refresh(str(form.get("refresh_token", "")))
                if grant is None:
                    return _invalid_grant("Incorrect or invalid refresh token")
                refresh = self._rotate(grant)
            else:
                return JSONResponse({"error": "unsupported_grant_type"}, 400)
            access = "sim-at-" + secrets.token_urlsafe(32)
            now = self.clock()
            self._access[access] = (grant, now + timedelta(seconds=ACCESS_TTL))
            self.token_calls.append(str(grant_type))
        body: dict[str, Any] = {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "bearer",
            "expires_in": ACCESS_TTL,
            "x_refresh_token_expires_in": REFRESH_TTL,
            "id_token": "sim-id-" + secrets.token_urlsafe(16),
        }
        if request.headers.get(HARD_EXPIRY_HEADER, "").lower() == "true":
            body["x_refresh_token_hard_expires_in"] = int(
                (grant.hard_expires_at - now).total_seconds()
            )
        return JSONResponse(body, headers={"intuit_tid": secrets.token_hex(12)})

    async def revoke(self, request: Request) -> Response:
        if not self._client_ok(request, None, None):
            return JSONResponse({"error": "invalid_client"}, 401)
        raw = await request.body()
        try:
            token = str(json.loads(raw or b"{}").get("token", ""))
        except (ValueError, AttributeError):
            return JSONResponse({"error": "invalid_request"}, 400)
        with self._lock:
            grant = self._refresh.get(token) or self._access.get(token, (None, None))[0]
            if grant is not None:
                grant.revoked = True
        return Response(status_code=200)

    # -- internals (under the lock) --------------------------------------------------------

    def _client_ok(self, request: Request, form_id: Any, form_secret: Any) -> bool:
        header = request.headers.get("authorization", "")
        if header.startswith("Basic "):
            try:
                decoded = base64.b64decode(header[6:], validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                return False
            form_id, _, form_secret = decoded.partition(":")
        return bool(form_id == self._sim.client_id and form_secret == self._sim.client_secret)

    def _redeem_code(self, code: str, redirect_uri: Any) -> _Grant | None:
        found = self._codes.get(code)
        now = self.clock()
        if found is None or found.expires_at <= now or found.redirect_uri != redirect_uri:
            return None
        if found.used:
            # Replaying a code poisons the grant it produced (Intuit's behaviour).
            if found.grant is not None:
                found.grant.revoked = True
            return None
        found.used = True
        found.grant = _Grant(self._sim.realm_id, now + timedelta(seconds=self.hard_expires_in))
        return found.grant

    def _live_refresh(self, token: str) -> _Grant | None:
        grant = self._refresh.get(token)
        now = self.clock()
        if grant is None or grant.revoked or grant.hard_expires_at <= now:
            return None
        return grant if grant.refresh_tokens.get(token, now) > now else None

    def _rotate(self, grant: _Grant) -> str:
        now = self.clock()
        if grant.current_refresh:
            grant.refresh_tokens[grant.current_refresh] = now + OLD_REFRESH_GRACE
        token = "sim-rt-" + secrets.token_urlsafe(32)
        grant.current_refresh = token
        grant.refresh_tokens[token] = min(
            now + timedelta(seconds=REFRESH_TTL), grant.hard_expires_at
        )
        self._refresh[token] = grant
        return token


def _invalid_grant(description: str) -> Response:
    return JSONResponse({"error": "invalid_grant", "error_description": description}, 400)


def provider(sim: QboSimulator) -> OAuthProvider:
    """The OAuth provider `install` attached to `sim`."""
    found = getattr(sim, "oauth", None)
    if not isinstance(found, OAuthProvider):
        raise RuntimeError("oauth.install(sim) has not run")
    return found


def bearer_ok(sim: QboSimulator, authorization: str) -> bool:
    """The API's bearer check: the fixed token or any live token issued by the token endpoint."""
    return provider(sim).bearer_ok(authorization)


def install(sim: QboSimulator) -> None:
    """Add the OAuth routes to `sim.app`; tests reach the provider with `provider(sim)`."""
    oauth = OAuthProvider(sim)
    sim.oauth = oauth  # type: ignore[attr-defined]
    for path in ("/oauth2/v1/authorize", "/connect/oauth2"):
        sim.app.add_route(path, oauth.authorize, methods=["GET"])
    sim.app.add_route("/oauth2/v1/tokens/bearer", oauth.token, methods=["POST"])
    for path in ("/oauth2/v1/tokens/revoke", "/v2/oauth2/tokens/revoke"):
        sim.app.add_route(path, oauth.revoke, methods=["POST"])

"""Connected QuickBooks companies: OAuth connect, encrypted tokens, locked refresh, disconnect."""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from core.adapters.crypto import TokenCipher
from core.adapters.qbo.auth import InvalidGrantError, QboOAuth, TokenGrant
from core.errors import UserFacingError
from core.models import OAuthState, QboConnection
from core.ports import Clock
from core.services import audit, channel_links
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)

STATE_TTL = timedelta(minutes=10)
REFRESH_MARGIN = timedelta(minutes=5)  # refresh only when the access token is this close to expiry
HARD_EXPIRY_WARNING_DAYS = 30
CompanyInfoReader = Callable[[str, str], dict[str, Any]]  # (realm_id, access_token) -> CompanyInfo


class ConnectionStatus(StrEnum):
    CONNECTED = "connected"
    RECONNECT_NEEDED = "reconnect_needed"


class OAuthStateError(UserFacingError):
    """The `state` on a callback is unknown, already used or expired."""


class NotConnectedError(UserFacingError):
    """No QuickBooks company with this realm is connected."""


class ReconnectNeededError(UserFacingError):
    """Intuit refused the refresh token: a person must connect the company again."""


@dataclass(frozen=True)
class ConnectionView:
    """What callers may see of a connection: never its tokens."""

    realm_id: str
    company_name: str
    status: str
    connected_by: str | None
    slack_team_id: str | None
    access_expires_at: datetime | None
    refresh_hard_expires_at: datetime | None


def _view(row: QboConnection) -> ConnectionView:
    return ConnectionView(
        realm_id=row.realm_id,
        company_name=row.company_name,
        status=row.status,
        connected_by=row.connected_by,
        slack_team_id=row.slack_team_id,
        access_expires_at=row.access_expires_at,
        refresh_hard_expires_at=row.refresh_hard_expires_at,
    )


def _reconnect_message(realm_id: str) -> str:
    return f"QuickBooks company {realm_id} needs reconnecting: run `/qb connect` or `qbot connect`"


def _lock_key(realm_id: str) -> int:
    """A signed 64-bit advisory-lock id for one realm's refresh."""
    digest = hashlib.sha256(f"qbo-refresh:{realm_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class ConnectionService:
    """One use case per method; tokens are decrypted only on their way to an HTTP header."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        cipher: TokenCipher,
        oauth: QboOAuth,
        notify: Callable[[str], None] | None = None,
        company_info: CompanyInfoReader | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.cipher = cipher
        self.oauth = oauth
        self._notify = notify
        self._company_info = company_info
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    # -- connect ---------------------------------------------------------------------------

    def new_state(
        self,
        slack_user_id: str | None,
        slack_team_id: str | None,
        slack_channel_id: str | None = None,
    ) -> str:
        """Store a single-use `state` bound to the asking Slack user and workspace, and to the
        channel asked from (the company's cards go there once connected; not a DM)."""
        state = secrets.token_urlsafe(32)
        channel = slack_channel_id if channel_links.linkable(slack_channel_id) else None
        with self.uow.session() as s:
            s.add(
                OAuthState(
                    state=state,
                    slack_user_id=slack_user_id,
                    slack_team_id=slack_team_id,
                    slack_channel_id=channel,
                    created_at=self.clock.now(),
                )
            )
        return state

    def consent_url(self, state: str) -> str:
        """Intuit's consent URL for a stored, unused, unexpired `state`; else OAuthStateError."""
        with self.uow.session() as s:
            self._live_state(s, state)
        return self.oauth.authorize_url(state)

    def start(self, slack_user_id: str | None, slack_team_id: str | None) -> str:
        """A new state and the consent URL that carries it (just stored: no need to re-check)."""
        return self.oauth.authorize_url(self.new_state(slack_user_id, slack_team_id))

    def complete(self, code: str, state: str, realm_id: str) -> ConnectionView:
        """Check and spend `state`, exchange `code`, store the encrypted tokens; audit it.

        Raises OAuthStateError (bad/used/expired state) or InvalidGrantError (code refused).
        """
        if not realm_id or len(realm_id) > 32:
            raise OAuthStateError("the callback carries no valid realmId")
        with self.uow.session() as s:
            bound = self._live_state(s, state, for_update=True)
            # Spent before the exchange: a replayed callback must never reach Intuit twice.
            bound.used_at = self.clock.now()
            s.add(bound)
            user, team, channel = bound.slack_user_id, bound.slack_team_id, bound.slack_channel_id
        grant = self.oauth.exchange_code(code)
        company = self._company_name(realm_id, grant.access_token)
        now = self.clock.now()
        with self.uow.session() as s:
            row = self._row(s, realm_id) or QboConnection(
                realm_id=realm_id, created_at=now, updated_at=now
            )
            row.company_name = company or row.company_name
            row.status = ConnectionStatus.CONNECTED.value
            row.connected_by = user or "terminal"
            row.slack_team_id = team
            self._store_grant(row, grant, now)
            s.add(row)
            audit.append(
                s,
                at=now,
                kind="qbo.connected",
                actor=row.connected_by,
                subject=f"realm {realm_id}",
                realm_id=realm_id,
                data={
                    "company": row.company_name,
                    "slack_team_id": team,
                    "refresh_hard_expires_at": row.refresh_hard_expires_at,
                },
            )
            if channel is not None:
                channel_links.link(s, now, realm_id, channel, team, row.connected_by)
            return _view(row)

    def _live_state(self, s: Session, state: str, for_update: bool = False) -> OAuthState:
        query = select(OAuthState).where(OAuthState.state == state)
        if for_update:
            query = query.with_for_update()
        found = s.exec(query).first() if state else None
        if found is None:
            raise OAuthStateError("this connect link is not ours: start again with /qb connect")
        if found.used_at is not None:
            raise OAuthStateError("this connect link was already used: start again")
        created = found.created_at
        if created is None or self.clock.now() - created > STATE_TTL:
            raise OAuthStateError("this connect link expired (10 minutes): start again")
        return found

    def _company_name(self, realm_id: str, access_token: str) -> str:
        if self._company_info is None:
            return ""
        try:
            return str(self._company_info(realm_id, access_token).get("CompanyName", ""))
        except Exception as exc:  # a name is nice to have; the connection stands without it
            log.warning("could not read CompanyInfo for realm %s: %s", realm_id, type(exc).__name__)
            return ""

    def _store_grant(self, row: QboConnection, grant: TokenGrant, now: datetime) -> None:
        row.access_token_enc = self.cipher.encrypt(grant.access_token)
        row.refresh_token_enc = self.cipher.encrypt(grant.refresh_token)
        row.access_expires_at = now + timedelta(seconds=grant.expires_in)
        if grant.refresh_expires_in is not None:
            row.refresh_expires_at = now + timedelta(seconds=grant.refresh_expires_in)
        if grant.hard_expires_in is not None:
            row.refresh_hard_expires_at = now + timedelta(seconds=grant.hard_expires_in)
        row.updated_at = now

    # -- tokens ----------------------------------------------------------------------------

    def get(self, realm_id: str) -> ConnectionView | None:
        """The connection for `realm_id`, or None."""
        with self.uow.session() as s:
            row = self._row(s, realm_id)
            return _view(row) if row else None

    def access_token(self, realm_id: str) -> str:
        """A live access token; refreshed (under the realm lock) only within 5 min of expiry."""
        with self.uow.session() as s:
            row = self._usable(s, realm_id)
            expires = row.access_expires_at
            if expires is not None and expires - self.clock.now() > REFRESH_MARGIN:
                return self.cipher.decrypt(row.access_token_enc)
        return self._refresh(realm_id, rejected=None)

    def force_refresh(self, realm_id: str, rejected: str | None = None) -> str:
        """A new access token after a 401 on `rejected` (skipped if another caller refreshed)."""
        return self._refresh(realm_id, rejected=rejected, force=True)

    def token_source(self, realm_id: str) -> RealmTokens:
        """This service bound to one realm, for QboBearerAuth."""
        return RealmTokens(self, realm_id)

    def _refresh(self, realm_id: str, rejected: str | None, force: bool = False) -> str:
        with self._token_writer(realm_id) as s:
            row = self._usable(s, realm_id)  # re-read: another process may have refreshed
            current = self.cipher.decrypt(row.access_token_enc)
            expires = row.access_expires_at
            now = self.clock.now()
            if force and rejected is not None and current != rejected:
                return current
            if not force and expires is not None and expires - now > REFRESH_MARGIN:
                return current
            try:
                grant = self.oauth.refresh(self.cipher.decrypt(row.refresh_token_enc))
            except InvalidGrantError:
                row.status = ConnectionStatus.RECONNECT_NEEDED.value
                row.updated_at = now
                s.add(row)
                audit.append(
                    s,
                    at=now,
                    kind="qbo.reconnect_needed",
                    actor="qbot",
                    subject=f"realm {realm_id}",
                    realm_id=realm_id,
                    data={"reason": "invalid_grant on refresh"},
                )
                name = row.company_name or realm_id
            else:
                self._store_grant(row, grant, now)  # rotated refresh token, same transaction
                s.add(row)
                log.info("refreshed the QuickBooks access token for realm %s", realm_id)
                return grant.access_token
        # Only invalid_grant gets here, once the new status is committed.
        self._say(
            f"QuickBooks company {name} (realm {realm_id}) needs reconnecting: "
            "Intuit refused its refresh token. Run `/qb connect` to connect it again."
        )
        raise ReconnectNeededError(_reconnect_message(realm_id))

    @contextmanager
    def _token_writer(self, realm_id: str) -> Iterator[Session]:
        """A transaction that is the only writer of this realm's tokens, in every process.

        A refresh and a key rotation both read the tokens and write them back: without the
        lock taken before the read, one of them would overwrite the other's new tokens.
        """
        # Threads of this process queue here first, not in the database holding a pooled session.
        with self._locks_guard:
            lock = self._locks.setdefault(realm_id, threading.Lock())
        with lock, self.uow.session() as s:
            if self.uow.is_postgres:
                # Held to the end of this transaction: one writer per realm, all processes.
                s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _lock_key(realm_id)})
            else:
                # SQLite: a no-op write takes the database's write lock now, so a writer in
                # another process waits here until this transaction commits its new tokens.
                s.execute(
                    text("UPDATE qbo_connections SET status = status WHERE realm_id = :r"),
                    {"r": realm_id},
                )
            yield s

    def _row(self, s: Session, realm_id: str) -> QboConnection | None:
        return s.exec(select(QboConnection).where(QboConnection.realm_id == realm_id)).first()

    def _usable(self, s: Session, realm_id: str) -> QboConnection:
        row = self._row(s, realm_id)
        if row is None:
            raise NotConnectedError(
                f"QuickBooks company {realm_id} is not connected: run `qbot connect`"
            )
        if row.status != ConnectionStatus.CONNECTED.value:
            raise ReconnectNeededError(_reconnect_message(realm_id))
        return row

    def _say(self, message: str) -> None:
        if self._notify is None:
            log.warning("%s", message)
            return
        try:
            self._notify(message)
        except Exception as exc:  # the status is stored; a failed Slack post must not hide it
            log.warning("could not post the reconnect notice: %s", type(exc).__name__)

    # -- upkeep ----------------------------------------------------------------------------

    def expiring_soon(self, days: int = HARD_EXPIRY_WARNING_DAYS) -> list[ConnectionView]:
        """Connections whose refresh token hits its hard (5-year) expiry within `days`."""
        horizon = self.clock.now() + timedelta(days=days)
        with self.uow.session() as s:
            rows = s.exec(
                select(QboConnection)
                .where(col(QboConnection.refresh_hard_expires_at) <= horizon)  # NULL: never
                .order_by(col(QboConnection.realm_id))
            ).all()
            return [_view(r) for r in rows]

    def warn_expiring(self, days: int = HARD_EXPIRY_WARNING_DAYS) -> int:
        """Tell Slack which companies must reconnect before their hard expiry; returns how many."""
        soon = self.expiring_soon(days)
        for v in soon:
            assert v.refresh_hard_expires_at is not None
            self._say(
                f"QuickBooks company {v.company_name or v.realm_id} (realm {v.realm_id}) must be "
                f"reconnected before {v.refresh_hard_expires_at:%Y-%m-%d}: run `/qb connect`."
            )
        return len(soon)

    def disconnect(self, realm_id: str, actor: str = "terminal") -> bool:
        """Revoke at Intuit and forget the tokens (an audit row stays); False if not connected."""
        with self.uow.session() as s:
            row = self._row(s, realm_id)
            if row is None:
                return False
            refresh = self.cipher.decrypt(row.refresh_token_enc) if row.refresh_token_enc else ""
        revoked = True
        if refresh:
            try:
                self.oauth.revoke(refresh)
            except Exception as exc:  # forget locally anyway; Intuit's grant dies unused
                revoked = False
                log.warning("revoke failed for realm %s: %s", realm_id, type(exc).__name__)
        now = self.clock.now()
        with self.uow.session() as s:
            row = self._row(s, realm_id)
            if row is not None:
                s.delete(row)
            audit.append(
                s,
                at=now,
                kind="qbo.disconnected",
                actor=actor,
                subject=f"realm {realm_id}",
                realm_id=realm_id,
                data={"revoked_at_intuit": revoked},
            )
        return True

    def rotate_keys(self, progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
        """Re-encrypt every connection's tokens under the newest key; returns (rotated, total)."""
        with self.uow.session() as s:
            realms = list(s.exec(select(QboConnection.realm_id)).all())
        rotated = 0
        for done, realm_id in enumerate(realms, start=1):
            with self._token_writer(realm_id) as s:
                row = self._row(s, realm_id)
                if row is not None:
                    row.access_token_enc = self.cipher.rotate(row.access_token_enc)
                    row.refresh_token_enc = self.cipher.rotate(row.refresh_token_enc)
                    s.add(row)
                    rotated += 1
            if progress is not None:
                progress(done, len(realms))
        return rotated, len(realms)


@dataclass(frozen=True)
class RealmTokens:
    """ConnectionService bound to one realm: the token source QboBearerAuth asks."""

    service: ConnectionService
    realm_id: str

    def token(self) -> str:
        return self.service.access_token(self.realm_id)

    def refresh(self, rejected: str) -> str:
        return self.service.force_refresh(self.realm_id, rejected)

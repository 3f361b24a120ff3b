"""Slack workspaces qbot is installed in (bolt's OAuth flow): installations and install states.

`InstallationRecords` is slack_sdk's InstallationStore on our own database: the bot token
(and refresh token, with rotation) is encrypted with QBOT_TOKEN_KEYS exactly as QuickBooks
tokens are, in Text columns (SLACK.md §1.11: Fernet text outgrows slack_sdk's own String(200)
columns). Only the bot part of an install is kept: qbot asks for no user scopes, so a user
token is never stored. `InstallStates` is the OAuthStateStore: single use, 10 minutes.

Installs, revocations and uninstalls are audited with the workspace, never a token.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore
from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from core.adapters.crypto import TokenCipher
from core.models import SlackInstallation, SlackOAuthState
from core.ports import Clock
from core.services import audit
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)

STATE_TTL = timedelta(minutes=10)


class InstallStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"  # tokens_revoked named our bot: the row stays, without a token


def workspace_key(enterprise_id: str | None, team_id: str | None, org_wide: bool) -> str:
    """The unique key of one install: an org-wide install has no team of its own."""
    team = "-" if org_wide else (team_id or "-")
    return f"{enterprise_id or '-'}:{team}"


@dataclass(frozen=True)
class InstallView:
    """What callers may see of an installation: never its token."""

    team_id: str | None
    enterprise_id: str | None
    team_name: str
    status: str
    bot_user_id: str | None
    installed_at: datetime


def _view(row: SlackInstallation) -> InstallView:
    return InstallView(
        team_id=row.team_id,
        enterprise_id=row.enterprise_id,
        team_name=row.team_name,
        status=row.status,
        bot_user_id=row.bot_user_id,
        installed_at=row.installed_at,
    )


def _epoch(at: datetime | None) -> int | None:
    return int(at.timestamp()) if at is not None else None


class InstallationRecords(InstallationStore):
    """slack_sdk's InstallationStore on `slack_installations` (bot tokens encrypted)."""

    def __init__(self, uow: UnitOfWork, clock: Clock, cipher: TokenCipher) -> None:
        self.uow, self.clock, self.cipher = uow, clock, cipher

    @property
    def logger(self) -> logging.Logger:
        return log

    # -- bolt's interface ------------------------------------------------------------------

    def save(self, installation: Installation) -> None:
        """Store (or refresh, after a token rotation) the bot part of an install; audited once
        per new install, not per rotation."""
        if not installation.bot_token:
            raise ValueError("the install carries no bot token (the manifest asks for one)")
        now = self.clock.now()
        key = workspace_key(
            installation.enterprise_id,
            installation.team_id,
            bool(installation.is_enterprise_install),
        )
        with self.uow.session() as s:
            row = self._row(s, key)
            fresh = row is None or row.status != InstallStatus.ACTIVE.value
            if row is None:
                row = SlackInstallation(workspace=key, installed_at=now, updated_at=now)
            row.enterprise_id = installation.enterprise_id
            row.team_id = installation.team_id
            row.team_name = installation.team_name or row.team_name
            row.is_enterprise_install = bool(installation.is_enterprise_install)
            row.app_id = installation.app_id
            row.bot_id = installation.bot_id
            row.bot_user_id = installation.bot_user_id
            row.bot_scopes = ",".join(installation.bot_scopes or [])
            row.bot_token_enc = self.cipher.encrypt(installation.bot_token)
            refresh = installation.bot_refresh_token
            row.bot_refresh_token_enc = self.cipher.encrypt(refresh) if refresh else None
            expires = installation.bot_token_expires_at
            row.bot_token_expires_at = (
                datetime.fromtimestamp(expires, UTC) if expires is not None else None
            )
            row.installer_user_id = installation.user_id or row.installer_user_id
            row.status = InstallStatus.ACTIVE.value
            row.updated_at = now
            if fresh:
                row.installed_at = now
            s.add(row)
            if fresh:
                audit.append(
                    s,
                    at=now,
                    kind="slack.installed",
                    actor=installation.user_id or "slack",
                    subject=f"workspace {key}",
                    data={
                        "team_id": installation.team_id,
                        "team_name": installation.team_name,
                        "enterprise_id": installation.enterprise_id,
                        "scopes": row.bot_scopes,
                    },
                )

    def save_bot(self, bot: Bot) -> None:
        self.save(
            Installation(
                app_id=bot.app_id,
                enterprise_id=bot.enterprise_id,
                team_id=bot.team_id,
                team_name=bot.team_name,
                bot_token=bot.bot_token,
                bot_id=bot.bot_id,
                bot_user_id=bot.bot_user_id,
                bot_scopes=bot.bot_scopes,
                bot_refresh_token=bot.bot_refresh_token,
                bot_token_expires_at=bot.bot_token_expires_at,
                is_enterprise_install=bot.is_enterprise_install,
                user_id="",
            )
        )

    def find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        """The active install of this workspace (bot part only; `user_id` has no token here)."""
        with self.uow.session() as s:
            row = self._active(s, enterprise_id, team_id, bool(is_enterprise_install))
            if row is None:
                return None
            return Installation(
                app_id=row.app_id,
                enterprise_id=row.enterprise_id,
                team_id=row.team_id,
                team_name=row.team_name,
                bot_token=self.cipher.decrypt(row.bot_token_enc),
                bot_id=row.bot_id,
                bot_user_id=row.bot_user_id,
                bot_scopes=row.bot_scopes,
                bot_refresh_token=(
                    self.cipher.decrypt(row.bot_refresh_token_enc)
                    if row.bot_refresh_token_enc
                    else None
                ),
                bot_token_expires_at=_epoch(row.bot_token_expires_at),
                is_enterprise_install=row.is_enterprise_install,
                user_id=row.installer_user_id or "",
                installed_at=row.installed_at.timestamp(),
            )

    def find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        found = self.find_installation(
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=is_enterprise_install,
        )
        return found.to_bot() if found is not None else None

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self.revoke_bot(enterprise_id, team_id, actor="slack")

    def delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        # No user tokens are stored: a user's revocation leaves the bot's install standing.
        return None

    def delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self.uninstall(enterprise_id, team_id, actor="slack")

    # -- ours ------------------------------------------------------------------------------

    def revoke_bot(self, enterprise_id: str | None, team_id: str | None, actor: str) -> bool:
        """`tokens_revoked` named the bot: forget its token, keep the row marked; audited."""
        return self._end(enterprise_id, team_id, actor, kind="slack.tokens_revoked", drop=False)

    def uninstall(self, enterprise_id: str | None, team_id: str | None, actor: str) -> bool:
        """`app_uninstalled`: delete the install (its tokens with it); audited."""
        return self._end(enterprise_id, team_id, actor, kind="slack.uninstalled", drop=True)

    def _end(
        self, enterprise_id: str | None, team_id: str | None, actor: str, kind: str, drop: bool
    ) -> bool:
        now = self.clock.now()
        with self.uow.session() as s:
            rows = [r for r in self._installs_of(s, enterprise_id, team_id) if r is not None]
            for row in rows:
                if drop:
                    s.delete(row)
                else:
                    row.status = InstallStatus.REVOKED.value
                    row.bot_token_enc = ""
                    row.bot_refresh_token_enc = None
                    row.updated_at = now
                    s.add(row)
            audit.append(
                s,
                at=now,
                kind=kind,
                actor=actor,
                subject=f"workspace {workspace_key(enterprise_id, team_id, False)}",
                data={"team_id": team_id, "enterprise_id": enterprise_id, "found": len(rows)},
            )
            return bool(rows)

    def installed(self) -> list[InstallView]:
        """Every install, active or revoked, oldest first (`qbot doctor`, the notifier)."""
        with self.uow.session() as s:
            rows = s.exec(
                select(SlackInstallation).order_by(col(SlackInstallation.installed_at))
            ).all()
            return [_view(r) for r in rows]

    def bot_token(self, team_id: str | None, enterprise_id: str | None = None) -> str | None:
        """The active bot token of a workspace (None when not installed there)."""
        found = self.find_bot(enterprise_id=enterprise_id, team_id=team_id)
        if found is None and enterprise_id is not None:
            found = self.find_bot(
                enterprise_id=enterprise_id, team_id=None, is_enterprise_install=True
            )
        return found.bot_token if found is not None else None

    def _installs_of(
        self, s: Session, enterprise_id: str | None, team_id: str | None
    ) -> Sequence[SlackInstallation | None]:
        """The workspace's own install, else (no such row) its org's org-wide install."""
        own = self._row(s, workspace_key(enterprise_id, team_id, False))
        if own is not None or enterprise_id is None:
            return [own]
        return [self._row(s, workspace_key(enterprise_id, None, True))]

    def _row(self, s: Session, key: str) -> SlackInstallation | None:
        return s.exec(select(SlackInstallation).where(SlackInstallation.workspace == key)).first()

    def _active(
        self, s: Session, enterprise_id: str | None, team_id: str | None, org_wide: bool
    ) -> SlackInstallation | None:
        row = self._row(s, workspace_key(enterprise_id, team_id, org_wide))
        if row is None and enterprise_id is not None and not org_wide:
            row = self._row(s, workspace_key(enterprise_id, None, True))  # the org's install
        if row is None or row.status != InstallStatus.ACTIVE.value or not row.bot_token_enc:
            return None
        return row


class InstallStates(OAuthStateStore):
    """bolt's OAuthStateStore on `slack_oauth_states`: issued once, consumed once, 10 minutes."""

    def __init__(self, uow: UnitOfWork, clock: Clock, ttl: timedelta = STATE_TTL) -> None:
        self.uow, self.clock, self.ttl = uow, clock, ttl

    @property
    def logger(self) -> logging.Logger:
        return log

    def issue(self, *args: object, **kwargs: object) -> str:
        """A new state; states past their TTL are deleted on the way (anyone may GET
        /slack/install, so the table is kept to the last few minutes' worth)."""
        state = secrets.token_urlsafe(32)
        now = self.clock.now()
        with self.uow.session() as s:
            s.execute(
                delete(SlackOAuthState)
                .where(col(SlackOAuthState.created_at) < now - self.ttl)
                .execution_options(synchronize_session=False)
            )
            s.add(SlackOAuthState(state=state, created_at=now))
        return state

    def consume(self, state: str) -> bool:
        """Spend `state` if it is ours, unused and unexpired (one UPDATE: a replay loses)."""
        if not state or len(state) > 128:
            return False
        now = self.clock.now()
        with self.uow.session() as s:
            spent = s.execute(
                update(SlackOAuthState)
                .where(
                    col(SlackOAuthState.state) == state,
                    col(SlackOAuthState.used_at).is_(None),
                    col(SlackOAuthState.created_at) >= now - self.ttl,
                )
                .values(used_at=now)
                .execution_options(synchronize_session=False)
            )
            return bool(spent.rowcount)  # type: ignore[attr-defined]


def note_revocation(uow: UnitOfWork, clock: Clock, kind: str, team_id: str | None) -> None:
    """Single-workspace mode: no install to change, but the revocation is audited."""
    with uow.session() as s:
        audit.append(
            s,
            at=clock.now(),
            kind=kind,
            actor="slack",
            subject=f"workspace {team_id or '-'}",
            data={"team_id": team_id, "mode": "single-workspace"},
        )

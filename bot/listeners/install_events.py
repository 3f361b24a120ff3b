"""Events API listeners: `tokens_revoked` and `app_uninstalled` (the install ends).

In OAuth mode the workspace's install is marked revoked (the bot token forgotten) or deleted;
in single-workspace mode there is no install to change: SLACK_BOT_TOKEN is dead, and the
audit row says so. Both are audited with the workspace, never a token. bolt needs no token
to deliver these two events (it skips authorization for them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from slack_bolt import App, BoltContext

from bot.ids import EventType
from bot.listeners import services_of
from bot.payloads import PayloadError
from bot.slack_bodies import UNREADABLE
from core.services.slack_installs import InstallationRecords, note_revocation

log = logging.getLogger(__name__)
_Ending = Callable[[str | None, str | None, str], bool]  # (enterprise, team, actor) -> found


class _RevokedTokens(BaseModel):
    model_config = ConfigDict(extra="ignore")

    oauth: list[str] = Field(default_factory=list, max_length=1000)
    bot: list[str] = Field(default_factory=list, max_length=1000)


class _TokensRevoked(BaseModel):
    """The `tokens_revoked` event: whose tokens (user ids, by kind) Slack revoked."""

    model_config = ConfigDict(extra="ignore")

    tokens: _RevokedTokens = Field(default_factory=_RevokedTokens)


def _end(context: BoltContext, kind: str, ending: _Ending | None) -> None:
    """End the workspace's install (OAuth mode), or audit only (single-workspace mode)."""
    if ending is not None:
        ending(context.enterprise_id, context.team_id, "slack")
        return
    services = services_of(context)
    note_revocation(services.uow, services.clock, kind, context.team_id)


def register(app: App) -> None:
    """Attach the two listeners; they use the App's install store when it is ours."""
    store = app.installation_store
    installs = store if isinstance(store, InstallationRecords) else None

    def tokens_revoked(event: dict[str, Any], context: BoltContext) -> None:
        try:
            revoked = _TokensRevoked.model_validate(event).tokens
        except ValidationError as exc:
            raise PayloadError(UNREADABLE) from exc
        if not revoked.bot:
            return  # user tokens only: qbot keeps none
        _end(context, "slack.tokens_revoked", installs.revoke_bot if installs else None)
        log.warning("slack: the bot token of workspace %s was revoked", context.team_id)

    def app_uninstalled(context: BoltContext) -> None:
        _end(context, "slack.uninstalled", installs.uninstall if installs else None)
        log.warning("slack: qbot was uninstalled from workspace %s", context.team_id)

    app.event(EventType.TOKENS_REVOKED.value)(tokens_revoked)
    app.event(EventType.APP_UNINSTALLED.value)(app_uninstalled)

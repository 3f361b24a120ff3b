"""The Notifier of OAuth mode: each card goes out with its own workspace's bot token.

Which workspace: the company's channel link (`/qb connect` run in a channel), else the
workspace the company was connected from, else the only workspace qbot is installed in.
The posting itself is bot.notifier.SlackNotifier's (no retries, errors classified), on a
client built per workspace token (tokens are decrypted only to build that client).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from slack_sdk import WebClient

from bot.cards.case import case_card_json
from bot.cards.sync_status import sync_result_message
from bot.notifier import SlackNotifier
from bot.response_url import send
from core.domain.case_view import CaseView
from core.domain.decision_log import LogLine
from core.domain.digest import DigestFigures
from core.domain.review import ReviewFigures
from core.domain.sync.change_view import ChangeBatchView
from core.domain.sync.conflict_view import ConflictView
from core.errors import ConfigurationError
from core.metrics import Metrics
from core.ports import PostedCard
from core.services import channel_links
from core.services.slack_installs import InstallationRecords, InstallStatus

NOT_INSTALLED = "qbot is not installed in a Slack workspace for this: open /slack/install"


class WorkspaceNotifier:
    """Routes every Notifier call to the SlackNotifier of the right workspace."""

    def __init__(
        self, installs: InstallationRecords, api_url: str, metrics: Metrics | None = None
    ) -> None:
        self.installs, self.api_url, self.metrics = installs, api_url, metrics
        self._by_token: dict[str, SlackNotifier] = {}
        self._guard = threading.Lock()

    def for_workspace(self, realm_id: str | None, channel: str) -> SlackNotifier:
        """The notifier holding the bot token of the workspace these messages belong in."""
        with self.installs.uow.session() as session:
            team = channel_links.team_of(session, realm_id, channel)
        if team is None:
            active = [i for i in self.installs.installed() if i.status == InstallStatus.ACTIVE]
            if len(active) != 1:
                raise ConfigurationError(
                    f"{NOT_INSTALLED}, or run /qb connect in the channel the cards go to"
                    if active
                    else NOT_INSTALLED
                )
            team = active[0].team_id
        token = self.installs.bot_token(team)
        if token is None:
            raise ConfigurationError(f"{NOT_INSTALLED} (workspace {team})")
        with self._guard:
            if token not in self._by_token:
                client = WebClient(token=token, base_url=self.api_url, retry_handlers=[])
                self._by_token[token] = SlackNotifier(client, self.metrics)
            return self._by_token[token]

    def post_case(self, channel: str, case: CaseView) -> PostedCard:
        return self.for_workspace(case.realm_id, channel).post_case(channel, case)

    def update_case(self, card: PostedCard, case: CaseView) -> None:
        self.for_workspace(case.realm_id, card.channel).update_case(card, case)

    def post_notice(self, channel: str, text: str) -> None:
        self.for_workspace(None, channel).post_notice(channel, text)

    def find_case(self, channel: str, case: CaseView, since: datetime) -> PostedCard | None:
        return self.for_workspace(case.realm_id, channel).find_case(channel, case, since)

    def card_blocks(self, case: CaseView) -> list[dict[str, Any]]:
        return case_card_json(case)

    def post_digest(
        self, channel: str, figures: DigestFigures, chart_png: bytes, filename: str
    ) -> str:
        return self.for_workspace(None, channel).post_digest(channel, figures, chart_png, filename)

    def post_review(self, channel: str, figures: ReviewFigures, company: str = "") -> str:
        return self.for_workspace(None, channel).post_review(channel, figures, company)

    # Thread replies and ephemeral lines go to the workspace of the card they belong to.
    def post_edit_diff(self, card: PostedCard, drafted: str, sent: str) -> str:
        return self.for_workspace(None, card.channel).post_edit_diff(card, drafted, sent)

    def post_decision_log(self, card: PostedCard, lines: list[LogLine]) -> str:
        return self.for_workspace(None, card.channel).post_decision_log(card, lines)

    def tell_trouble(self, card: PostedCard, user_id: str, case: CaseView) -> None:
        self.for_workspace(case.realm_id, card.channel).tell_trouble(card, user_id, case)

    def tell_user(self, user_id: str, text: str, realm_id: str | None, channel: str) -> None:
        self.for_workspace(realm_id, channel).tell_user(user_id, text, realm_id, channel)

    def post_change_batch(self, channel: str, batch: ChangeBatchView) -> PostedCard:
        return self.for_workspace(batch.realm_id, channel).post_change_batch(channel, batch)

    def update_change_batch(self, card: PostedCard, batch: ChangeBatchView) -> None:
        self.for_workspace(batch.realm_id, card.channel).update_change_batch(card, batch)

    def post_conflict(self, channel: str, conflict: ConflictView) -> PostedCard:
        return self.for_workspace(conflict.realm_id, channel).post_conflict(channel, conflict)

    def update_conflict(self, card: PostedCard, conflict: ConflictView) -> None:
        self.for_workspace(conflict.realm_id, card.channel).update_conflict(card, conflict)

    def tell_sync_result(
        self, response_url: str, realm_id: str, result: Mapping[str, Any] | None, error: str
    ) -> None:
        # A response_url needs no bot token: any workspace's answer goes the same way.
        send(response_url, sync_result_message(realm_id, result, error), replace=False)

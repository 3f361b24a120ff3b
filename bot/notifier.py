"""Posts and redraws case cards in Slack: the `core.ports.Notifier` implementation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.cards.case import case_card_json, case_card_text
from bot.cards.change_batch import change_card_json, change_card_text
from bot.cards.conflict import conflict_card_json, conflict_card_text
from bot.cards.decision_log import decision_log_text
from bot.cards.digest import digest_json, digest_text
from bot.cards.edit_diff import edit_diff_text
from bot.cards.labels import trouble_notice
from bot.cards.review import review_json, review_text
from bot.cards.sync_status import sync_result_message
from bot.cards.text import escape_mrkdwn
from bot.ids import MetadataEventType
from bot.response_url import send
from core.domain.case_view import CaseView
from core.domain.decision_log import LogLine
from core.domain.digest import DigestFigures
from core.domain.review import ReviewFigures
from core.domain.sync.change_view import ChangeBatchView
from core.domain.sync.conflict_view import ConflictView
from core.errors import ConfigurationError, FatalError, OutcomeUnknownError, RetryableError
from core.metrics import Metrics
from core.ports import PostedCard

MAX_HISTORY_PAGES = 20  # 300 messages around one lost post is plenty

# Slack errors a person must fix in configuration (token, channel membership, scopes).
_CONFIGURATION_ERRORS = {
    "invalid_auth": "The Slack bot token is invalid; set SLACK_BOT_TOKEN again.",
    "not_authed": "No Slack bot token was sent; set SLACK_BOT_TOKEN.",
    "account_inactive": "The Slack app was uninstalled; reinstall it.",
    "token_revoked": "The Slack bot token was revoked; reinstall the app.",
    "channel_not_found": "The approvals channel does not exist; check the channel setting.",
    "not_in_channel": "qbot is not in the approvals channel; invite it with /invite @qbot.",
    "is_archived": "The approvals channel is archived; choose another one.",
    "missing_scope": "The Slack app lacks a scope; reinstall it from manifest.yml.",
}


class SlackNotifier:
    """Draws case cards with `bot.cards.case` and posts or updates them in place.

    Build `client` with `retry_handlers=[]` (SLACK.md §1.8): chat.postMessage has no
    idempotency key, so a blind retry after a lost response can post a card twice. Failures
    come back as core errors instead: HTTP 429 and transport failures raise RetryableError
    (reschedule the job, don't sleep), configuration problems raise ConfigurationError. A
    transport failure on `post_case` means the outcome is unknown; every posted card carries
    `metadata` (event type `qbot_case_card`, the action id and version) to reconcile it.
    """

    def __init__(self, client: WebClient, metrics: Metrics | None = None) -> None:
        self._client = client
        self._metrics = metrics

    def tell_sync_result(
        self, response_url: str, realm_id: str, result: Mapping[str, Any] | None, error: str
    ) -> None:
        """`/qb sync now`'s result, to the person who asked (core.ports.SyncAnswerer)."""
        send(response_url, sync_result_message(realm_id, result, error), replace=False)

    def post_case(self, channel: str, case: CaseView) -> PostedCard:
        """Post a new card for `case` in `channel` and return where it landed."""
        response = self._call(
            self._client.chat_postMessage,
            channel=channel,
            text=case_card_text(case),
            blocks=case_card_json(case),
            metadata=_card_metadata(case),
            unfurl_links=False,
            unfurl_media=False,
        )
        return PostedCard(channel=str(response["channel"]), ts=str(response["ts"]))

    def find_case(self, channel: str, case: CaseView, since: datetime) -> PostedCard | None:
        """Look for a card already posted for `case` (reconciling a post whose answer was lost).

        conversations.history (Tier 1 for non-Marketplace apps: a rare path only) over a short
        window from the attempt, 15 a page, matched on the metadata every card carries.
        """
        wanted = _card_metadata(case)
        cursor = ""
        for _ in range(MAX_HISTORY_PAGES):
            response = self._call(
                self._client.conversations_history,
                channel=channel,
                oldest=f"{since.timestamp():.6f}",
                latest=f"{since.timestamp() + 120:.6f}",
                limit=15,
                include_all_metadata=True,
                cursor=cursor or None,
            )
            for message in response.get("messages") or []:
                meta = message.get("metadata") or {}
                payload = meta.get("event_payload") or {}
                if meta.get("event_type") == wanted["event_type"] and all(
                    payload.get(k) == v for k, v in wanted["event_payload"].items()
                ):
                    return PostedCard(channel=channel, ts=str(message["ts"]))
            cursor = (response.get("response_metadata") or {}).get("next_cursor") or ""
            if not cursor:
                break
        return None

    def post_notice(self, channel: str, text: str) -> None:
        """Post a plain operational notice (reconnect needed, token expiring)."""
        self._call(
            self._client.chat_postMessage,
            channel=channel,
            text=escape_mrkdwn(text),
            unfurl_links=False,
            unfurl_media=False,
        )

    def post_edit_diff(self, card: PostedCard, drafted: str, sent: str) -> str:
        """Reply under the card with the approver's changes to the draft (a unified diff)."""
        response = self._call(
            self._client.chat_postMessage,
            channel=card.channel,
            thread_ts=card.ts,
            text=edit_diff_text(drafted, sent),
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(response["ts"])

    def post_decision_log(self, card: PostedCard, lines: list[LogLine]) -> str:
        """Reply under the card with who decided what, when, and what was written back."""
        response = self._call(
            self._client.chat_postMessage,
            channel=card.channel,
            thread_ts=card.ts,
            text=decision_log_text(lines),
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(response["ts"])

    def tell_trouble(self, card: PostedCard, user_id: str, case: CaseView) -> None:
        """An ephemeral line to the approver in the card's channel: their send failed."""
        self._call(
            self._client.chat_postEphemeral,
            channel=card.channel,
            user=user_id,
            text=trouble_notice(case),
        )

    def post_digest(
        self, channel: str, figures: DigestFigures, chart_png: bytes, filename: str
    ) -> str:
        """Post the digest, then upload its aging chart into the message's thread
        (files_upload_v2: get an upload URL, send the bytes, complete); return the ts."""
        response = self._call(
            self._client.chat_postMessage,
            channel=channel,
            text=digest_text(figures),
            blocks=digest_json(figures),
            unfurl_links=False,
            unfurl_media=False,
        )
        ts = str(response["ts"])
        self._call(
            self._client.files_upload_v2,
            channel=str(response["channel"]),
            thread_ts=ts,
            content=chart_png,
            filename=filename,
            title=f"Aging {figures.day.isoformat()}",
            alt_txt="Overdue amounts by days past due, stacked by customer",
        )
        return ts

    def post_review(self, channel: str, figures: ReviewFigures, company: str = "") -> str:
        """Post the weekly review; return the message ts."""
        response = self._call(
            self._client.chat_postMessage,
            channel=channel,
            text=review_text(figures, company),
            blocks=review_json(figures, company),
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(response["ts"])

    def update_case(self, card: PostedCard, case: CaseView) -> None:
        """Redraw the card at `card` for the current state of `case` (same message, same ts)."""
        self._call(
            self._client.chat_update,
            channel=card.channel,
            ts=card.ts,
            text=case_card_text(case),
            blocks=case_card_json(case),
        )

    def post_change_batch(self, channel: str, batch: ChangeBatchView) -> PostedCard:
        """Post a batch of staged changes' approval card in `channel`."""
        response = self._call(
            self._client.chat_postMessage,
            channel=channel,
            text=change_card_text(batch),
            blocks=change_card_json(batch),
            metadata={
                "event_type": MetadataEventType.CHANGE_CARD.value,
                "event_payload": {"batch_id": batch.batch_id, "version": batch.version},
            },
            unfurl_links=False,
            unfurl_media=False,
        )
        return PostedCard(channel=str(response["channel"]), ts=str(response["ts"]))

    def update_change_batch(self, card: PostedCard, batch: ChangeBatchView) -> None:
        """Redraw a batch's card in place for its current state."""
        self._call(
            self._client.chat_update,
            channel=card.channel,
            ts=card.ts,
            text=change_card_text(batch),
            blocks=change_card_json(batch),
        )

    def post_conflict(self, channel: str, conflict: ConflictView) -> PostedCard:
        """Post a sync conflict's card in `channel` (the finance channel)."""
        response = self._call(
            self._client.chat_postMessage,
            channel=channel,
            text=conflict_card_text(conflict),
            blocks=conflict_card_json(conflict),
            metadata={
                "event_type": MetadataEventType.CONFLICT_CARD.value,
                "event_payload": {"conflict_id": conflict.conflict_id},
            },
            unfurl_links=False,
            unfurl_media=False,
        )
        return PostedCard(channel=str(response["channel"]), ts=str(response["ts"]))

    def update_conflict(self, card: PostedCard, conflict: ConflictView) -> None:
        """Redraw a conflict's card in place."""
        self._call(
            self._client.chat_update,
            channel=card.channel,
            ts=card.ts,
            text=conflict_card_text(conflict),
            blocks=conflict_card_json(conflict),
        )

    def tell_user(self, user_id: str, text: str, realm_id: str | None, channel: str) -> None:
        """A direct message: conversations.open gives the bot's DM with the person, then
        chat.postMessage there (text only: the card itself stays in its channel)."""
        opened = self._call(self._client.conversations_open, users=user_id)
        self._call(
            self._client.chat_postMessage,
            channel=str(opened["channel"]["id"]),
            text=text,
            unfurl_links=False,
            unfurl_media=False,
        )

    def card_blocks(self, case: CaseView) -> list[dict[str, Any]]:
        """Return the Block Kit JSON that post/update would send."""
        return case_card_json(case)

    def _call(self, method: Any, **kwargs: Any) -> Any:
        try:
            return method(**kwargs)
        except SlackApiError as exc:
            self._count_error(method, _error_code(exc))
            raise _classify(exc) from exc
        except SlackClientError as exc:
            self._count_error(method, type(exc).__name__)
            raise FatalError(f"Slack client error: {exc}") from exc
        except OSError as exc:  # connection refused/reset, timeouts, RemoteDisconnected
            self._count_error(method, type(exc).__name__)
            raise OutcomeUnknownError(f"Slack did not answer ({type(exc).__name__})") from exc

    def _count_error(self, method: Any, error: str) -> None:
        if self._metrics is not None:
            name = getattr(method, "__name__", "unknown").replace("_", ".", 1)  # chat.update
            self._metrics.slack_api_errors.labels(method=name, error=error or "unknown").inc()


def _card_metadata(case: CaseView) -> dict[str, Any]:
    """What every card carries, and what `find_case` matches a lost post by."""
    return {
        "event_type": MetadataEventType.CASE_CARD.value,
        "event_payload": {"action_id": case.action_id, "version": case.version},
    }


def _error_code(exc: SlackApiError) -> str:
    """Slack's `error` string (`channel_not_found`…), else the HTTP status."""
    response = exc.response
    if isinstance(response.data, dict) and response.get("error"):
        return str(response.get("error"))
    return str(response.status_code)


def _classify(exc: SlackApiError) -> Exception:
    """Turn a Slack error answer into the core error that says what the caller should do."""
    response = exc.response
    error = str(response.get("error", "")) if isinstance(response.data, dict) else ""
    if response.status_code == 429 or error == "ratelimited":
        retry_after = float(
            response.headers.get("Retry-After", response.headers.get("retry-after", 1))
        )
        return RetryableError("Slack rate limit reached", retry_after=retry_after)
    if response.status_code >= 500 or error in {
        "internal_error",
        "fatal_error",
        "service_unavailable",
    }:
        return RetryableError(f"Slack is unavailable ({error or response.status_code})")
    if error in _CONFIGURATION_ERRORS:
        return ConfigurationError(_CONFIGURATION_ERRORS[error])
    return FatalError(f"Slack refused the card: {error or response.status_code}")

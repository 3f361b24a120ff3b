"""Links to case cards (chat.getPermalink), for the answers and views that point at them."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from core.services.overdue import CardRef

log = logging.getLogger(__name__)


def card_links(client: WebClient, cards: Iterable[CardRef]) -> dict[CardRef, str]:
    """chat.getPermalink for each distinct card; a card Slack gives no link for is left out
    (the caller names its channel instead)."""
    links: dict[CardRef, str] = {}
    for card in dict.fromkeys(cards):
        try:
            found = client.chat_getPermalink(channel=card.channel, message_ts=card.ts)
        except (SlackClientError, OSError) as exc:
            log.info("slack: no permalink for a card (%s)", type(exc).__name__)
            continue
        link = found.get("permalink")
        if isinstance(link, str) and link.startswith("https://"):
            links[card] = link
    return links

"""Publish a person's App Home (views.publish): on app_home_opened and after they decide a card.

A card's link comes from chat.getPermalink; a card Slack gives no link for shows its channel.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bot.cards.home import Links, home_view, stranger_view
from core.bootstrap import Services
from core.services.home import StrangerHome, home_for
from core.services.overdue import CardRef

log = logging.getLogger(__name__)


def publish_home(services: Services, client: WebClient, user_id: str, team_id: str | None) -> None:
    """Build and publish the home `user_id` may see now."""
    home = home_for(services.uow, services.clock.now(), services.approvers, user_id, team_id)
    if isinstance(home, StrangerHome):
        view = stranger_view(home)
    else:
        cards = [w.card for w in home.waiting] + [d.card for d in home.in_doubt]
        view = home_view(home, card_links(client, (c for c in cards if c is not None)))
    client.views_publish(user_id=user_id, view=view.to_dict())


def refresh_home(services: Services, client: WebClient, user_id: str, team_id: str | None) -> None:
    """Re-publish after a decision; the decision is already stored, so nothing here may fail it."""
    try:
        publish_home(services, client, user_id, team_id)
    except Exception as exc:
        log.warning("slack: App Home not refreshed for %s (%s)", user_id, type(exc).__name__)


def card_links(client: WebClient, cards: Iterable[CardRef]) -> Links:
    """chat.getPermalink for each distinct card."""
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

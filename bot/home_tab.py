"""Publish a person's App Home (views.publish): on app_home_opened and after they decide a card
(then after the answer to their click: bot.after_answer).

A card's link comes from chat.getPermalink; a card Slack gives no link for shows its channel.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient

from bot.cards.home import home_view, stranger_view
from bot.permalinks import card_links
from core.bootstrap import Services
from core.services.home import StrangerHome, home_for

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

"""Publish a person's App Home (views.publish): on app_home_opened and after they decide a card
(then after the answer to their click: bot.after_answer).

A card's link comes from chat.getPermalink; a card Slack gives no link for shows its channel.
"""

from __future__ import annotations

import logging
import threading
import time

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
        cards += [s.card for s in home.snoozed]
        view = home_view(home, card_links(client, (c for c in cards if c is not None)))
    client.views_publish(user_id=user_id, view=view.to_dict())


def refresh_home(services: Services, client: WebClient, user_id: str, team_id: str | None) -> None:
    """Re-publish after a decision; the decision is already stored, so nothing here may fail it."""
    try:
        publish_home(services, client, user_id, team_id)
    except Exception as exc:
        log.warning("slack: App Home not refreshed for %s (%s)", user_id, type(exc).__name__)


class HomeRefresher:
    """Refreshes after decisions and on `app_home_opened`, at most one at a time per person:
    asks made while that person's refresh runs ask for one more run, SPACING seconds after
    the last.

    Why: a Home tab reads the whole queue and the aging of every invoice (~150 ms of CPU on
    a 10k-invoice company), and one approver clicking through cards would otherwise start
    one per click, all competing for the CPU with everyone's acks (`python -m bench slack`:
    ack p99 ~300 ms with refreshes back to back, ~90 ms spaced, ~55 ms with none). The
    last run starts after the last decision, so the Home still ends up showing every one.
    """

    SPACING = 1.0  # seconds between two refreshes of one person's Home

    def __init__(self, services: Services, spacing: float = SPACING) -> None:
        self.services, self.spacing = services, spacing
        self._lock = threading.Lock()
        self._running: set[str] = set()
        self._again: set[str] = set()

    def refresh(self, client: WebClient, user_id: str, team_id: str | None) -> None:
        """Refresh `user_id`'s Home now, or leave it to the refresh already running."""
        with self._lock:
            if user_id in self._running:
                self._again.add(user_id)
                return
            self._running.add(user_id)
        try:
            while True:
                refresh_home(self.services, client, user_id, team_id)
                with self._lock:
                    if user_id not in self._again:
                        self._running.discard(user_id)
                        return
                # pacing this person's refreshes (after the answer: nobody waits on it)
                time.sleep(self.spacing)
                with self._lock:
                    self._again.discard(user_id)  # the next run reads every decision so far
        except BaseException:
            with self._lock:
                self._running.discard(user_id)
                self._again.discard(user_id)
            raise

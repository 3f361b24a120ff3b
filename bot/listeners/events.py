"""Events API listeners: App Home."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.cards.home import home_view
from bot.ids import EventType
from bot.listeners import services_of
from bot.slack_bodies import HomeOpened, parse
from core.services.queries import counts_by_state


def home_opened(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Publish the App Home summary for the user who opened it."""
    opened = parse(HomeOpened, event)
    with services_of(context).uow.session() as session:
        counts = counts_by_state(session)
    client.views_publish(user_id=opened.user, view=home_view(counts).to_dict())


def register(app: App) -> None:
    """Attach event listeners."""
    app.event(EventType.APP_HOME_OPENED.value)(home_opened)

"""Events API listeners: App Home."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.home_tab import publish_home
from bot.ids import EventType
from bot.listeners import services_of
from bot.slack_bodies import HomeOpened, parse


def home_opened(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Publish the App Home of the user who opened it (what they may see, by their role)."""
    opened = parse(HomeOpened, event)
    publish_home(services_of(context), client, opened.user, context.team_id)


def register(app: App) -> None:
    """Attach event listeners."""
    app.event(EventType.APP_HOME_OPENED.value)(home_opened)

"""Events API listeners: App Home."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.ids import EventType
from bot.listeners import refresh_home_later
from bot.slack_bodies import HomeOpened, parse
from core.services.approvals import Actor


def home_opened(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Publish the App Home of the user who opened it (what they may see, by their role),
    after the ack (bot.after_answer): building a Home reads the whole queue and the aging
    of every invoice, and views.publish is a Web API call; neither may hold up the answer,
    or Slack retries the event. Through the app's HomeRefresher, so a person opening the tab
    while their Home is being built gets one more build, not one each."""
    opened = parse(HomeOpened, event)  # a body we will not act on is refused in the answer
    refresh_home_later(context, client, Actor(user_id=opened.user, team_id=context.team_id))


def register(app: App) -> None:
    """Attach event listeners."""
    app.event(EventType.APP_HOME_OPENED.value)(home_opened)

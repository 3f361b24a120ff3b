"""Thin bolt listeners grouped by Slack surface: ack, parse, one service call, one Slack call.

Listeners parse their body into bot.slack_bodies models first and raise on anything they will
not act on; bot.errors turns every such refusal into one kind of answer (bot.refusals).
"""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.after_answer import after_answer
from bot.home_tab import HomeRefresher
from bot.slack_bodies import SlackUser
from core.bootstrap import Services
from core.services.approvals import Actor

HOME_REFRESHER = "home_refresher"  # the app's HomeRefresher, in bolt's context


def services_of(context: Any) -> Services:
    """The Services the middleware put in bolt's context."""
    services: Services = context["services"]
    return services


def actor_of(user: SlackUser, team_id: str | None) -> Actor:
    """The acting user as Slack's signed body says, with their own team (Slack Connect)."""
    return Actor(user_id=user.id, team_id=user.team_id or team_id, name=user.username or user.name)


def refresh_home_later(context: Any, client: WebClient, actor: Actor) -> None:
    """After the answer (bot.after_answer), refresh the decider's App Home: through the
    app's HomeRefresher (one run at a time per person) when the context has one."""
    homes = context.get(HOME_REFRESHER)
    if not isinstance(homes, HomeRefresher):
        homes = HomeRefresher(services_of(context))
    after_answer(context, lambda: homes.refresh(client, actor.user_id, actor.team_id))

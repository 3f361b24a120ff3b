"""Thin bolt listeners grouped by Slack surface: ack, parse, one service call, one Slack call.

Listeners parse their body into bot.slack_bodies models first and raise on anything they will
not act on; bot.errors turns every such refusal into one kind of answer (bot.refusals).
"""

from __future__ import annotations

from typing import Any

from bot.slack_bodies import SlackUser
from core.bootstrap import Services
from core.services.approvals import Actor


def services_of(context: Any) -> Services:
    """The Services the middleware put in bolt's context."""
    services: Services = context["services"]
    return services


def actor_of(user: SlackUser, team_id: str | None) -> Actor:
    """The acting user as Slack's signed body says, with their own team (Slack Connect)."""
    return Actor(user_id=user.id, team_id=user.team_id or team_id, name=user.username or user.name)

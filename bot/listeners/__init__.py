"""Thin bolt listeners grouped by Slack surface: ack, parse, one service call, one Slack call."""

from __future__ import annotations

from typing import Any

from core.bootstrap import Services
from core.services.approvals import Actor


def services_of(context: Any) -> Services:
    """The Services the middleware put in bolt's context."""
    services: Services = context["services"]
    return services


def actor_of(body: dict[str, Any]) -> Actor:
    """The clicking user as Slack's signed body says, with their own team (Slack Connect)."""
    user = body.get("user") or {}
    team = user.get("team_id") or (body.get("team") or {}).get("id")
    return Actor(
        user_id=str(user.get("id", "")), team_id=team, name=user.get("username") or user.get("name")
    )

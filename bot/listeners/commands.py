"""The /qb slash command: overdue, connect, help."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.ids import QbSubcommand, SlashCommand
from bot.listeners import services_of
from bot.oauth_routes import connect_link
from bot.slack_bodies import QbCommand, parse
from core.errors import ConfigurationError, NotAuthorizedError
from core.services.queries import counts_by_state

HELP = (
    "*qbot* — collections approvals for QuickBooks Online\n"
    "• `/qb overdue` — how many cases wait for a decision\n"
    "• `/qb connect` — connect a QuickBooks company\n"
    "• `/qb help` — this message"
)


def qb(ack: Ack, command: dict[str, Any], context: BoltContext) -> None:
    """Answer /qb ephemerally (the ack carries the reply; nothing slow runs here)."""
    # typed first: the ids below reach SQL, and a JSON body could carry any type
    words = parse(QbCommand, command).text.split()
    sub = words[0].lower() if words else QbSubcommand.HELP.value
    if sub == QbSubcommand.OVERDUE.value:
        with services_of(context).uow.session() as session:
            counts = counts_by_state(session)
        waiting = counts.get("proposed", 0)
        ack(
            text=f"{waiting} case(s) wait for a decision. Done: {counts.get('done', 0)}, "
            f"rejected: {counts.get('rejected', 0)}."
        )
    elif sub == QbSubcommand.CONNECT.value:
        # The link carries a single-use state bound to this user and workspace (10 minutes),
        # minted only for a role allowed to connect (refusals are audited).
        try:
            link = connect_link(
                services_of(context), command.get("user_id") or None, command.get("team_id")
            )
        except NotAuthorizedError as exc:
            ack(text=f"You cannot connect a QuickBooks company: {exc}.")
            return
        except ConfigurationError as exc:
            ack(text=f"QuickBooks cannot be connected yet: {exc}")
            return
        ack(text=f"<{link}|Connect a QuickBooks company> (link valid 10 minutes, for you only).")
    else:
        ack(text=HELP)


def register(app: App) -> None:
    """Attach the slash command listener."""
    app.command(SlashCommand.QB.value)(qb)

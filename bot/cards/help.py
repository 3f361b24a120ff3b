"""`/qb help`: one line per subcommand, and the closest match for a mistyped one."""

from __future__ import annotations

import difflib
from typing import Any

from bot.cards.text import escape_mrkdwn
from bot.ids import QbSubcommand

Q = QbSubcommand
# usage and what it answers, in the order a finance team reaches for them
USAGE: dict[QbSubcommand, tuple[str, str]] = {
    Q.OVERDUE: (
        "overdue [customer name | company id | --bucket 1-30|31-60|61-90|90+]",
        "overdue totals by days past due, then customers by amount owed and what is happening",
    ),
    Q.CUSTOMER: ("customer NAME", "one customer's picture: invoices, payments, reminders, cases"),
    Q.STATUS: ("status", "connected companies, last pulls, queue, failing jobs, sends in doubt"),
    Q.SYNC: (
        "sync [now|status]",
        "run a sync cycle now (pull, resolve, push what was approved), or where each type "
        "stands, with Retry on failed changes",
    ),
    Q.CONFLICTS: ("conflicts", "records both sides changed that wait for a person to pick"),
    Q.DIGEST: ("digest [now]", "today's collections digest; `now` also posts it to the channel"),
    Q.REVIEW: (
        "review [now]",
        "last week's review: rejects by reason, missed escalations, rewrites, time to "
        "decision; `now` also posts it",
    ),
    Q.CONNECT: ("connect", "connect a QuickBooks company (finance leads and admins)"),
    Q.EXPENSE: ("expense [company id]", "submit an expense for approval (a form)"),
    Q.INVOICE: ("invoice [company id]", "submit a new invoice for approval (a form)"),
    Q.HELP: ("help", "this message"),
}

HELP_TEXT = "*qbot* — collections approvals for QuickBooks Online\n" + "\n".join(
    f"• `/qb {usage}` — {what}" for usage, what in USAGE.values()
)


def closest(word: str) -> QbSubcommand | None:
    """The subcommand `word` most likely meant (difflib), or None when nothing is close."""
    names = [s.value for s in QbSubcommand]
    match = difflib.get_close_matches(word.lower(), names, n=1, cutoff=0.6)
    return QbSubcommand(match[0]) if match else None


def help_message(lead: str | None = None) -> dict[str, Any]:
    """The help text as an ephemeral answer, after an optional `lead` line (mrkdwn, ours).

    Plain mrkdwn `text`, no blocks: Slack renders it the same, and the ack stays the text.
    """
    return {"text": f"{lead}\n{HELP_TEXT}" if lead else HELP_TEXT}


def unknown_message(word: str) -> dict[str, Any]:
    """Help for a subcommand qbot does not have, naming the closest one when there is one."""
    shown = escape_mrkdwn(word[:40])
    guess = closest(word)
    lead = f"`{shown}` is not a `/qb` subcommand."
    if guess is not None:
        lead += f" Did you mean `{guess.value}`?"
    return help_message(lead)


# Subcommands listed before their feature is built, with what they will do (none today).
NOT_YET: dict[QbSubcommand, str] = {}


def not_yet_message(sub: QbSubcommand) -> dict[str, Any]:
    """An honest answer for a subcommand whose feature is not built yet."""
    return help_message(f":construction: {NOT_YET[sub]}. It is not available yet.")

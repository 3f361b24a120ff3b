"""The Typer application every `qbot` sub-command registers on."""

from __future__ import annotations

import typer

from bot.cli.failures import QbotGroup

cli = typer.Typer(
    name="qbot",
    help="Slack-first approval bot for QuickBooks Online collections.",
    cls=QbotGroup,  # one place turns every failure into one line and a non-zero exit
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@cli.callback()
def _root(
    ctx: typer.Context,
    debug: bool = typer.Option(
        False, "--debug", help="Show the traceback of an unexpected error (or QBOT_DEBUG=1)."
    ),
) -> None:
    """Slack-first approval bot for QuickBooks Online collections."""
    ctx.meta["qbot.debug"] = debug

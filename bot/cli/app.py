"""The Typer application every `qbot` sub-command registers on."""

from __future__ import annotations

import typer

cli = typer.Typer(
    name="qbot",
    help="Slack-first approval bot for QuickBooks Online collections.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

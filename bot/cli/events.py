"""`qbot events`: the QuickBooks webhook inbox and how far each event got."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.app import cli
from bot.cli.common import settings_or_exit
from core.bootstrap import open_database
from core.services.event_inbox import as_events, event_rows

STATUS_STYLE = {
    "pending": "yellow",
    "processed": "green",
    "ignored": "dim",
    "failed": "red",
    "unknown_realm": "magenta",
}


@cli.command("events")
def events(
    as_json: bool = typer.Option(False, "--json", help="Print one JSON array instead of a table."),
    realm: str | None = typer.Option(None, "--realm", help="Only this QuickBooks realm (company)."),
    status: str | None = typer.Option(
        None,
        "--status",
        help="Only this status: pending, processed, ignored, failed or unknown_realm.",
    ),
    limit: int = typer.Option(200, "--limit", min=1, help="Show at most this many, newest first."),
) -> None:
    """List received QuickBooks events (webhooks and CDC catch-ups) and their processing state."""
    uow = open_database(settings_or_exit())
    try:
        with uow.session() as session:
            rows = as_events(event_rows(session, realm, status, limit))
    finally:
        uow.engine.dispose()
    if as_json:
        typer.echo(json.dumps(rows))
        return
    table = Table(title=f"QuickBooks events ({len(rows)} shown, newest first)")
    for column in ("id", "realm", "entity", "op", "occurred", "via", "status", "tries", "error"):
        table.add_column(column)
    for r in rows:
        style = STATUS_STYLE.get(str(r["status"]), "")
        table.add_row(
            str(r["id"]),
            str(r["realm_id"]),
            f"{r['entity']} {r['entity_id']}",
            str(r["operation"]),
            str(r["occurred_at"]),
            str(r["source_format"]),
            f"[{style}]{r['status']}[/]" if style else str(r["status"]),
            str(r["attempts"]),
            str(r["last_error"] or ""),
        )
    Console().print(table)

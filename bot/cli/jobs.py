"""`qbot jobs`: the durable queue and the effects waiting for a person."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit
from core.bootstrap import open_database, system_clock
from core.errors import UserFacingError
from core.jobs import job_rows
from core.services import doubts
from core.services.uow import UnitOfWork

jobs_app = typer.Typer(help="The durable job queue.", invoke_without_command=True)
cli.add_typer(jobs_app, name="jobs")

# What the table shows (the rest is in --json); narrow enough for an 80-column terminal,
# with the free-text columns cut short rather than wrapped.
JOB_COLUMNS = ("id", "kind", "state", "tries", "next run (UTC)", "last error")
DOUBT_COLUMNS = ("effect", "action", "kind", "tries", "last error")


@jobs_app.callback()
def jobs(
    ctx: typer.Context,
    state: str = typer.Option(
        "", help="queued, running, done, dead — or in_doubt for sends a person must check."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON array (every field)."),
    limit: int = typer.Option(200, min=1, help="At most this many rows."),
) -> None:
    """List jobs (attempts, last error, next run), or the effects in doubt."""
    if ctx.invoked_subcommand is not None:
        return
    uow = open_database(settings_or_exit())
    try:
        rows = _doubts(uow, limit) if state == "in_doubt" else job_rows(uow, state or None, limit)
    finally:
        uow.engine.dispose()
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    title = f"{len(rows)} {'effect(s) in doubt' if state == 'in_doubt' else 'job(s)'}"
    console = Console()
    if state == "in_doubt":
        cells = [_doubt_cells(r) for r in rows]
        console.print(_table(title, DOUBT_COLUMNS, cells, console.width))
    else:
        cells = [_job_cells(r) for r in rows]
        console.print(_table(title, JOB_COLUMNS, cells, console.width))


def _doubts(uow: UnitOfWork, limit: int) -> list[dict[str, Any]]:
    return [
        {
            "effect_id": e.id,
            "action_id": e.action_id,
            "kind": e.kind,
            "key": e.key,
            "attempts": e.attempts,
            "last_error": e.last_error,
        }
        for e in doubts.in_doubt(uow)
    ][:limit]


def _job_cells(r: dict[str, Any]) -> list[str]:
    run = datetime.fromisoformat(str(r["next_run"])).strftime("%Y-%m-%d %H:%M")
    tries = f"{r['attempts']}/{r['max_attempts']}"
    return [str(r["id"]), str(r["kind"]), str(r["state"]), tries, run, r["last_error"] or ""]


def _doubt_cells(r: dict[str, Any]) -> list[str]:
    return [
        str(r["effect_id"]),
        str(r["action_id"]),
        str(r["kind"]),
        str(r["attempts"]),
        r["last_error"] or "",
    ]


def _table(title: str, columns: tuple[str, ...], rows: list[list[str]], width: int) -> Table:
    """Each column as wide as its longest cell, `kind` at most 18; `last error` gets what is
    left of the terminal's `width` and is cut with an ellipsis. One line per row."""
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(columns)]
    widths[columns.index("kind")] = min(widths[columns.index("kind")], 18)
    borders = 3 * len(columns) + 1  # "│ " before each cell, " " after, and the last "│"
    fixed = sum(widths[:-1])  # "last error" is always the last column
    widths[-1] = max(10, min(widths[-1], width - borders - fixed))
    table = Table(title=title)
    for name, w in zip(columns, widths, strict=True):
        table.add_column(name, width=w, no_wrap=True, overflow="ellipsis")
    for row in rows:
        table.add_row(*row)
    return table


@jobs_app.command("resolve")
def resolve(
    effect_id: int = typer.Argument(..., help="The effect id from `qbot jobs --state in_doubt`."),
    sent: bool = typer.Option(
        None, "--sent/--resend", help="--sent: it did go out; --resend: send it again."
    ),
    by: str = typer.Option("cli", help="Who checked (for the audit log)."),
) -> None:
    """Settle an in-doubt send after checking with the recipient or the mail server."""
    if sent is None:
        fail("say --sent (it went out) or --resend (send it again)")
    uow = open_database(settings_or_exit())
    try:
        state = doubts.resolve(uow, system_clock(), effect_id, by, sent=sent)
    except UserFacingError as exc:
        fail(str(exc), code=1)
    finally:
        uow.engine.dispose()
    typer.echo(f"effect {effect_id} is now {state}; the worker carries the case on")

"""`qbot jobs`: the durable queue and the effects waiting for a person."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit
from core.adapters import queue
from core.adapters.clock import SystemClock
from core.adapters.db import make_engine
from core.errors import UserFacingError
from core.services import doubts
from core.services.uow import UnitOfWork

jobs_app = typer.Typer(help="The durable job queue.", invoke_without_command=True)
cli.add_typer(jobs_app, name="jobs")


@jobs_app.callback()
def jobs(
    ctx: typer.Context,
    state: str = typer.Option(
        "", help="queued, running, done, dead — or in_doubt for sends a person must check."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON array."),
    limit: int = typer.Option(200, min=1, help="At most this many rows."),
) -> None:
    """List jobs (attempts, last error, next run), or the effects in doubt."""
    if ctx.invoked_subcommand is not None:
        return
    engine = make_engine(settings_or_exit().database_url)
    uow = UnitOfWork(engine)
    try:
        if state == "in_doubt":
            rows = [
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
        else:
            with uow.session() as session:
                rows = [
                    {
                        "id": j.id,
                        "kind": j.kind,
                        "state": j.state,
                        "attempts": j.attempts,
                        "max_attempts": j.max_attempts,
                        "priority": j.priority,
                        "next_run": j.run_at.isoformat(),
                        "locked_by": j.locked_by,
                        "last_error": j.last_error,
                        "dedupe_key": j.dedupe_key,
                    }
                    for j in queue.list_jobs(session, state or None, limit)
                ]
    finally:
        engine.dispose()  # an in-process caller (tests, a shell) keeps no pooled connection
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table(title=f"{len(rows)} {'effect(s) in doubt' if state == 'in_doubt' else 'job(s)'}")
    for column in rows[0].keys() if rows else ["(none)"]:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[str(v) if v is not None else "" for v in row.values()])
    Console().print(table)


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
    engine = make_engine(settings_or_exit().database_url)
    try:
        state = doubts.resolve(UnitOfWork(engine), SystemClock(), effect_id, by, sent=sent)
    except UserFacingError as exc:
        fail(str(exc), code=1)
    finally:
        engine.dispose()
    typer.echo(f"effect {effect_id} is now {state}; the worker carries the case on")

"""`qbot audit`: verify the hash chain and export the log."""

from __future__ import annotations

import sys
from enum import StrEnum

import typer

from bot.cli.app import cli
from bot.cli.common import settings_or_exit
from core.bootstrap import open_database
from core.services import audit as audit_log

audit_app = typer.Typer(help="The append-only audit log.", no_args_is_help=True)
cli.add_typer(audit_app, name="audit")


class ExportFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


@audit_app.command("verify")
def verify() -> None:
    """Check the hash chain; exit 1 and name the first bad entry if it is broken."""
    uow = open_database(settings_or_exit())
    try:
        with uow.session() as session:
            report = audit_log.verify(session)
    finally:
        uow.engine.dispose()  # an in-process caller (tests, a shell) keeps no pooled connection
    if not report.ok:
        typer.echo(
            f"audit chain BROKEN at entry {report.first_bad_id}: {report.problem} "
            f"({report.checked} entries before it are intact)",
            err=True,
        )
        raise typer.Exit(1)
    typer.echo(f"audit chain intact: {report.checked} entries")


@audit_app.command("export")
def export(
    fmt: ExportFormat = typer.Option(ExportFormat.JSONL, "--format", help="csv or jsonl."),
) -> None:
    """Write the whole audit log to stdout."""
    uow = open_database(settings_or_exit())
    try:
        with uow.session() as session:
            sys.stdout.write(audit_log.export(session, fmt.value))
    finally:
        uow.engine.dispose()  # an in-process caller (tests, a shell) keeps no pooled connection

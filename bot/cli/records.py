"""`qbot records list|show` and `qbot sync status`: the synced records and where the sync stands.

Both read the database only: QuickBooks settings (or none) are enough, no Slack token.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit
from bot.cli.serve import migrated_services, sync_app
from core.bootstrap import load_sync_every, open_database, staging_service
from core.errors import QbotError, UserFacingError
from core.services.records_import import ImportReport, file_format, import_records, parse_rows
from core.services.records_view import (
    RecordDetail,
    RecordSummary,
    list_records,
    record_type,
    show_record,
    sync_state,
)
from core.services.sync_status import SyncStatus, interval_text, sync_status

records_app = typer.Typer(help="The accounts, invoices and expenses qbot keeps in sync.")
cli.add_typer(records_app, name="records")

TYPE_HELP = "account, invoice or expense (a QuickBooks Purchase)."
REALM = typer.Option("", help="QuickBooks company id (default: every company stored).")
AS_JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")
LIST_COLUMNS = ("id", "name / doc", "amount", "date", "state")
NAME_WIDTH = 24  # keeps a row within 80 columns: the rest are short by nature


@records_app.command("list")
def list_(
    type_: str = typer.Option(..., "--type", help=TYPE_HELP),
    state: str = typer.Option(
        "", help="synced, awaiting_approval, pending_push, pushing, failed, deleted_in_quickbooks."
    ),
    realm: str = REALM,
    as_json: bool = AS_JSON,
) -> None:
    """List one type's records, newest first, with their sync state."""
    try:
        kind, wanted = record_type(type_), sync_state(state) if state else None
    except UserFacingError as exc:
        fail(str(exc))
    uow = open_database(settings_or_exit())
    try:
        with uow.session() as session:
            rows = list_records(session, kind, wanted, realm or None)
    finally:
        uow.engine.dispose()
    if as_json:
        typer.echo(json.dumps([r.as_json() for r in rows], indent=2))
        return
    Console().print(_list_table(f"{len(rows)} {kind.name}(s)", rows))


def _list_table(title: str, rows: list[RecordSummary]) -> Table:
    table = Table(title=title)
    for name in LIST_COLUMNS:
        wide = name == "name / doc"
        table.add_column(
            name,
            no_wrap=True,
            overflow="ellipsis",
            max_width=NAME_WIDTH if wide else None,
            justify="right" if name == "amount" else "left",
        )
    for r in rows:
        table.add_row(
            r.id, " ".join(r.name.split()), f"{r.amount:,.2f} {r.currency}",
            r.date.isoformat() if r.date else "", r.state.value,
        )  # fmt: skip
    return table


@records_app.command("show")
def show(
    type_: str = typer.Argument(..., metavar="TYPE", help=TYPE_HELP),
    record_id: str = typer.Argument(..., metavar="ID", help="The QuickBooks Id."),
    realm: str = REALM,
    as_json: bool = AS_JSON,
) -> None:
    """One record: its fields, sync state, base version (SyncToken) and history."""
    try:
        kind = record_type(type_)
    except UserFacingError as exc:
        fail(str(exc))
    uow = open_database(settings_or_exit())
    try:
        with uow.session() as session:
            detail = show_record(session, kind, record_id, realm or None)
    except UserFacingError as exc:
        fail(str(exc), code=1)
    finally:
        uow.engine.dispose()
    if as_json:
        typer.echo(json.dumps(detail.as_json(), indent=2))
        return
    _print_detail(detail)


def _when(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC") if at else "never"


def _shown(value: object) -> str:
    text = (
        "(empty)" if value is None else json.dumps(value) if not isinstance(value, str) else value
    )
    return text if len(text) <= 60 else text[:57] + "..."


def _print_detail(d: RecordDetail) -> None:
    s = d.summary
    typer.echo(f"{s.type} {s.id} ({s.realm_id}): {s.name or '(no name)'}")
    typer.echo(f"  sync state:   {s.state.value}")
    typer.echo(f"  base version: SyncToken {d.sync_token}, updated {_when(d.last_updated)}")
    typer.echo("  fields:")
    for name, value in d.fields.items():
        typer.echo(f"    {name}: {'' if value is None else value}")
    if d.staged is not None:
        c = d.staged
        typer.echo(f"  staged change {c['change_id']} ({c['state']}) by {c['submitted_by']}:")
        for name, after in c["after"].items():
            before = c["before"].get(name)
            typer.echo(f"    {name}: {_shown(before)} -> {_shown(after)}")
    typer.echo(f"  history ({len(d.history)}):")
    for h in d.history:
        typer.echo(f"    {_when(h.at)}  {h.what} by {h.actor}")


@records_app.command("import")
def import_(
    file: Path = typer.Argument(
        ..., metavar="FILE", help="A .jsonl or .csv file, one record a line."
    ),
    realm: str = typer.Option("", help="QuickBooks company id (default: the only one stored)."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as one JSON object."),
) -> None:
    """Stage another system's records for approval: `{"type": "expense"|"invoice"|"account",
    "qbo_id": "<for an edit>", ...QuickBooks fields}` a line. Bad lines are reported and stage
    nothing; exit 1 if any line was rejected. Nothing reaches QuickBooks until approved."""
    try:
        fmt = file_format(file.name)
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except UserFacingError as exc:
        fail(str(exc))
    except FileNotFoundError:
        fail(f"{file}: no such file")
    except IsADirectoryError:
        fail(f"{file}: is a directory, not a file")
    except UnicodeDecodeError:
        fail(f"{file}: not UTF-8 text; export it as UTF-8 .jsonl or .csv")
    except OSError as exc:
        fail(f"{file}: cannot be read ({exc.strerror or exc})")
    settings = settings_or_exit()
    uow = open_database(settings)
    try:
        # Progress goes to stderr and shows only on a terminal; stdout stays the answer.
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task(f"checking {file.name}", total=None)
            rows = list(parse_rows(fmt, lines))
            progress.update(task, total=len(rows))
            report = import_records(
                uow, staging_service(settings, uow), realm or None, file.name, rows,
                progress=lambda done: progress.update(task, completed=done),
            )  # fmt: skip
    except UserFacingError as exc:
        fail(str(exc))
    finally:
        uow.engine.dispose()
    if as_json:
        typer.echo(json.dumps(report.as_json()))
    else:
        _print_import(file.name, report)
    if report.rejected:
        raise typer.Exit(1)


def _print_import(name: str, report: ImportReport) -> None:
    where = f" as batch {report.batch_id}, awaiting approval" if report.batch_id else ""
    typer.echo(f"{name}: {report.staged} change(s) staged{where}, {len(report.rejected)} rejected")
    for r in report.rejected:
        typer.echo(f"  line {r.line}: {r.reason}")


@records_app.command("push")
def push(
    realm: str = typer.Option("", help="QuickBooks company id (default QBO_REALM_ID)."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as one JSON object."),
) -> None:
    """Write approved changes to QuickBooks now, 30 a batch; a record QuickBooks changed
    meanwhile is re-read and held as a conflict, never overwritten. Exit 1 if any failed."""
    settings = settings_or_exit()
    realm_id = realm or settings.qbo_realm_id
    if not realm_id:
        fail("setting QBO_REALM_ID is missing: the QuickBooks company id (realmId)")
    services = migrated_services(settings)
    qbo = services.qbo_for(realm_id)
    try:
        report = services.push.push(realm_id, qbo=qbo)
    except QbotError as exc:
        fail(str(exc), code=1)
    finally:
        close = getattr(qbo, "close", None)  # the one-shot command owns its HTTP connections
        if callable(close):
            close()
        services.engine.dispose()
    if as_json:
        typer.echo(json.dumps(report.as_json()))
    else:
        typer.echo(
            f"pushed {report.pushed}, failed {report.failed}, held as conflicts "
            f"{report.conflicts}, to retry {report.retry_queued} ({report.batches} batch(es))"
        )
        for f in report.failures:
            typer.echo(f"  change {f['change']}: {f['reason']}")
    if report.failed:
        raise typer.Exit(1)


@sync_app.command("status")
def status(
    realm: str = typer.Option("", help="QuickBooks company id (default: every company)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead."),
) -> None:
    """Per type: last pull, CDC interval and cursor, pending, failed events, retry queue."""
    settings = settings_or_exit()
    uow = open_database(settings)
    try:
        report = sync_status(uow, settings, realm or None, every=load_sync_every(settings))
    finally:
        uow.engine.dispose()
    if as_json:
        typer.echo(json.dumps(report.as_json(), indent=2))
        return
    _print_status(report)


def _print_status(report: SyncStatus) -> None:
    for company in report.companies:
        typer.echo(f"company {company.realm_id}")
        for t in company.types:
            typer.echo(
                f"  {t.name}: last pull {_when(t.last_pull)}, every {interval_text(t.interval)} "
                f"(CDC every {interval_text(t.cdc_interval)}), "
                f"pending {t.pending}, failed {t.failed}, retrying {t.retrying}"
            )
            since = f": changes since {_when(t.cursor)}" if t.cursor else ""
            typer.echo(f"    next pull {t.next_pull}{since}")
            for kind, at in t.cursors.items():
                typer.echo(f"    cursor {kind}: {_when(at)}")
            for e in t.failed_events:
                reason = " ".join(e.error.split())[:120]
                typer.echo(f"    failed event {e.id} ({e.entity} {e.entity_id}): {reason}")
            for j in t.retry_queue:
                reason = " ".join(j.error.split())[:120]
                typer.echo(f"    retry {j.kind} job {j.id} at {_when(j.next_run)}: {reason}")
            for c in t.failed_changes:
                typer.echo(f"    failed change {c.change} ({c.record}): {c.reason[:160]}")
            for c in t.retry_changes:
                typer.echo(
                    f"    retry change {c.change} ({c.record}) at {_when(c.retry_at)}, "
                    f"attempt {c.attempts + 1}: {c.reason[:120]}"
                )
            if t.conflicts_open:
                typer.echo(f"    {t.conflicts_open} conflict(s) wait for a person: qbot conflicts")
    for note in report.notes:
        typer.echo(note)

"""`qbot digest`: the nightly digest now, posted to Slack or (--dry-run) printed."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from bot.cards.digest import digest_text
from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit, setup_logging
from bot.cli.serve import _services
from core.bootstrap import load_approvers, open_database, require_schema, system_clock
from core.services.digest import Digest, DigestService


@cli.command("digest")
def digest(
    realm: str = typer.Option("", "--realm", help="QuickBooks company id (default QBO_REALM_ID)."),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Print the digest and write its chart here; post nothing."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print the figures, chart_png_bytes and chart_png_path as JSON."
    ),
) -> None:
    """Build the nightly digest of one company (as the 18:00 schedule does) and post it.

    Posting is once per company per local day: a second run the same day posts nothing.
    The chart is written to ./qbot-digest-YYYY-MM-DD.png with --dry-run or --json.
    """
    setup_logging()
    settings = settings_or_exit()
    realm_id = realm or settings.qbo_realm_id
    if not realm_id:
        fail("no company given: pass --realm or set QBO_REALM_ID")
    posted: bool | None = None
    if dry_run:
        uow = open_database(settings)
        try:
            require_schema(uow.engine)
            service = DigestService(uow, system_clock(), load_approvers(settings),
                                    settings.slack_channel)
            built = service.build(service.company(realm_id))
        finally:
            uow.engine.dispose()
    else:
        services, _ = _services(settings)
        try:
            company = services.digest.company(realm_id)
            sent = services.digest.post(company)
            posted = sent is not None
            built = sent or services.digest.build(company)
        finally:
            services.engine.dispose()
    path = _write_chart(built) if dry_run or as_json else None
    if as_json:
        typer.echo(json.dumps({
            "realm_id": realm_id,
            "figures": built.figures.to_json(),
            "chart_png_bytes": len(built.chart_png),
            "chart_png_path": str(path),
            "posted": posted,
        }))
        return
    if dry_run:
        typer.echo(digest_text(built.figures, built.company.name))
        typer.echo(f"chart: {path}")
        return
    day = built.figures.day.isoformat()
    typer.echo(f"digest {day} posted to {settings.slack_channel}" if posted
               else f"digest {day} was already posted today; nothing sent")


def _write_chart(built: Digest) -> Path:
    path = Path.cwd() / built.filename
    path.write_bytes(built.chart_png)
    return path

"""`qbot review`: the weekly review, of last week (as Monday's schedule posts it) or from a day."""

from __future__ import annotations

import json
from datetime import date

import typer

from bot.cards.review import review_text
from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit, setup_logging
from bot.cli.serve import _services
from core.bootstrap import company_today, open_database, require_schema, system_clock
from core.services.review import Review, ReviewService


def _since(value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--since takes a date as YYYY-MM-DD, not {value!r}")


@cli.command("review")
def review(
    since: str = typer.Option(
        "", "--since", metavar="DATE",
        help="First day (YYYY-MM-DD, company's local date) of the review, up to now; printed, "
             "never posted. Default: last week, Monday to Monday, posted to Slack.",
    ),
    realm: str = typer.Option("", "--realm", help="QuickBooks company id (default QBO_REALM_ID)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the review; post nothing."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """The weekly review of the collections work: what people rejected, rewrote and missed.

    Cards rejected by reason, missed escalations, drafts rewritten (rate and edit distance by
    outcome and template), time to decision, reminders sent and money collected within 14 days
    of one. Every figure is recomputed from the stored decisions and the audit log.

    Without --since it is last week's review, posted once per company per ISO week (as the
    Monday 09:00 schedule does; a second run the same week posts nothing).
    """
    setup_logging()
    first = _since(since)
    settings = settings_or_exit()
    realm_id = realm or settings.qbo_realm_id
    if not realm_id:
        fail("no company given: pass --realm or set QBO_REALM_ID")
    posted: bool | None = None
    if dry_run or first is not None:
        uow = open_database(settings)
        try:
            require_schema(uow.engine)
            service = ReviewService(uow, system_clock(), settings.slack_channel)
            company = service.company(realm_id)
            if first is not None and first > company_today(system_clock().now(),
                                                           company.timezone):
                fail(f"--since {first.isoformat()} is in the future for {realm_id}")
            built = service.build(company, since=first)
        finally:
            uow.engine.dispose()
    else:
        services, _ = _services(settings)
        try:
            company = services.review.company(realm_id)
            sent = services.review.post(company)
            posted = sent is not None
            built = sent or services.review.build(company)
        finally:
            services.engine.dispose()
    _show(built, as_json, posted, settings.slack_channel)


def _show(built: Review, as_json: bool, posted: bool | None, channel: str) -> None:
    f = built.figures
    if as_json:
        typer.echo(json.dumps({"realm_id": built.company.realm_id, "posted": posted,
                               "figures": f.to_json()}))
        return
    if posted is None:
        typer.echo(review_text(f, built.company.name))
        return
    period = f"{f.since.isoformat()}..{f.until.isoformat()}"
    typer.echo(f"review {period} posted to {channel}" if posted
               else f"review {period} was already posted this week; nothing sent")

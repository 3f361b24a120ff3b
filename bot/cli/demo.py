"""`qbot demo`: run the whole loop offline and show what happened."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit, setup_logging
from bot.demo import DemoResult, dumps, run_demo
from core.domain.approval import ApprovalState
from core.domain.labels import state_label
from core.errors import QbotError


@cli.command()
def demo(
    json_output: bool = typer.Option(False, "--json", help="Print one JSON object instead."),
) -> None:
    """Run the collections loop end to end on loopback simulators (no accounts, no network).

    Starts the QuickBooks and Slack simulators and an SMTP sink, pulls the sample company
    into a fresh SQLite database, triages every open invoice, posts cards, approves one
    reminder through a signed Slack click, and shows the email, the QuickBooks note and
    the audit trail. Set SLACK_BOT_TOKEN to post the cards to real Slack instead.
    """
    setup_logging()
    settings = settings_or_exit()
    console = Console(stderr=json_output)
    try:
        with console.status("running the demo…") as status:

            def step(message: str) -> None:
                status.update(message)
                console.log(message, highlight=False)

            result = run_demo(settings, step=step)
    except QbotError as exc:
        fail(str(exc), code=1)
    if json_output:
        print(dumps(result))
        return
    _show(Console(), result)


def _days(days: object) -> str:
    return "—" if days is None else str(days)


def _show(console: Console, r: DemoResult) -> None:
    table = Table(
        title=f"{r.cases} cases from {r.invoices_scanned} open invoices (cards posted to {r.slack})"
    )
    table.add_column("invoice", no_wrap=True)
    table.add_column("customer", no_wrap=True, overflow="ellipsis", max_width=18)
    table.add_column("balance", no_wrap=True, justify="right")
    table.add_column("days", no_wrap=True, justify="right")
    table.add_column("decision", ratio=1)
    for row in r.cases_table:
        decision = escape(str(row["decision"]))
        if row["state"] != ApprovalState.PROPOSED:
            state = state_label(ApprovalState(row["state"]), drafted=True)
            decision += f" [green]→ {state}[/]"
        table.add_row(
            row["invoice"], row["customer"], row["balance"], _days(row["days_past_due"]), decision
        )
    console.print(table)
    case = r.approved_case
    console.print(
        Panel(
            f"[bold]{case.get('subject')}[/]\n\n{case.get('body')}",
            title=f"Approved by @{case.get('approved_by')}: invoice "
            f"{case.get('invoice')} ({case.get('customer')})",
            highlight=False,
        )
    )
    console.print(
        f"[green]✓ Email sent[/] to {r.email.get('to')} (Message-ID {r.email.get('message_id')})",
        highlight=False,
    )
    note = r.qbo_note
    last = "".join(note.get("private_note_last_line") or [])
    console.print(
        f"[green]✓ QuickBooks[/] invoice {note.get('doc_number')}: Collections Status "
        f"“{note.get('collections_status')}”, PrivateNote + “{last}” "
        f"(written with SyncToken {note.get('sync_token')})",
        highlight=False,
    )
    card = r.approved_card
    console.print(
        f"[green]✓ Card updated in place[/]: {card.get('text')}; "
        f"buttons {'still shown' if card.get('buttons') else 'removed'}",
        highlight=False,
    )
    trail = Table(
        title=f"Audit log: {r.audit_entries} entries, hash chain "
        f"{'verified' if r.audit_chain_ok else 'BROKEN'} (last 6)"
    )
    for column in ("id", "kind", "actor", "subject"):
        trail.add_column(column)
    for e in r.audit_tail:
        trail.add_row(str(e["id"]), e["kind"], e["actor"], e["subject"])
    console.print(trail)
    if r.digest_posted:
        console.print(f"[green]✓ Digest posted[/] with its aging chart: {r.chart_png_path} "
                      f"({r.chart_png_bytes} bytes)", highlight=False)
    if r.home_published:
        console.print("[green]✓ App Home published[/] for the demo collector", highlight=False)
    console.print(
        f"cards posted {r.cards_posted}, approved {r.approved}, emails sent "
        f"{r.emails_sent}, QuickBooks writes {r.qbo_writes}. "
        "`qbot demo --json` prints the same as JSON.",
        highlight=False,
    )

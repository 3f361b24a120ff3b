"""`qbot demo`: run the whole loop offline and show what happened."""

from __future__ import annotations

from decimal import Decimal

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
    """Run both jobs end to end on loopback simulators (no accounts, no network).

    Starts the QuickBooks and Slack simulators and an SMTP sink, pulls the sample company
    into a fresh SQLite database, triages every open invoice, posts cards, approves one
    reminder through a signed Slack click, and shows the email, the QuickBooks note and
    the audit trail. Then the two-way sync: an expense submitted through the /qb expense
    form, approved by another person and pushed to QuickBooks; an invoice edited on both
    sides, resolved by the default policy, with its conflict card. Set SLACK_BOT_TOKEN to
    post the cards to real Slack instead.
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
    _show_sync(console, r)
    trail = Table(
        title=f"Audit log: {r.audit_entries} entries, hash chain "
        f"{'verified' if r.audit_chain_ok else 'BROKEN'} (last {len(r.audit_tail)})"
    )
    for column in ("id", "kind", "actor", "subject"):
        trail.add_column(column)
    for e in r.audit_tail:
        trail.add_row(str(e["id"]), e["kind"], e["actor"], e["subject"])
    console.print(trail)
    if r.digest_posted:
        console.print(
            f"[green]✓ Digest posted[/] with its aging chart: {r.chart_png_path} "
            f"({r.chart_png_bytes} bytes)",
            highlight=False,
        )
    if r.home_published:
        console.print("[green]✓ App Home published[/] for the demo collector", highlight=False)
    console.print(
        f"cards posted {r.cards_posted}, approved {r.approved}, emails sent "
        f"{r.emails_sent}, QuickBooks writes {r.qbo_writes}; expenses pushed "
        f"{r.expenses_pushed}, conflicts {r.conflicts}, conflict cards {r.conflict_cards}. "
        "`qbot demo --json` prints the same as JSON.",
        highlight=False,
    )


def _money(amount: object) -> str:
    return f"{Decimal(str(amount)):,.2f}" if amount is not None else "—"


def _show_sync(console: Console, r: DemoResult) -> None:
    """The second job: the expense through Slack to QuickBooks, the conflict and its card."""
    e = r.expense
    if e:
        console.print(
            f"[green]✓ Expense pushed[/]: {_money(e.get('total'))} {escape(str(e.get('vendor')))} "
            f"submitted by @{e.get('submitted_by')} through /qb expense, approved by "
            f"@{e.get('approved_by')} (not by its submitter), now QuickBooks Purchase "
            f"{e.get('qbo_id')} (PrivateNote “{escape(str(e.get('private_note')))}”)",
            highlight=False,
        )
    c = r.conflict
    if not c:
        return
    table = Table(
        title=f"Conflict on invoice {c.get('doc_number')}: {c.get('outcome')} by the default "
        f"policy (change {c.get('change')} {c.get('change_state')})"
    )
    for column in ("field", "was", "qbot", "QuickBooks", "result", "rule"):
        table.add_column(column)
    for f in c.get("fields") or []:
        table.add_row(
            *(str(f.get(k)) for k in ("field", "base", "platform", "quickbooks", "result", "rule"))
        )
    console.print(table)
    console.print(escape(str(c.get("reason"))), highlight=False)
    if c.get("card_ts"):
        console.print(
            f"[green]✓ Conflict card posted[/]: {escape(str(c.get('card')))}", highlight=False
        )

"""`qbot conflicts`: records both sides changed, field by field, and how each was decided.

Reads the database only: no QuickBooks call, no Slack token.
"""

from __future__ import annotations

import json
from typing import Any

import typer

from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit
from core.bootstrap import conflict_service, open_database
from core.services.conflicts import OPEN, RESOLVED

STATES = (OPEN, RESOLVED)


@cli.command()
def conflicts(
    state: str = typer.Option(
        "", help="open (a person has to pick) or resolved (decided by the policy or a person)."
    ),
    realm: str = typer.Option("", help="QuickBooks company id (default: every company)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list instead."),
) -> None:
    """List sync conflicts, newest first, with the rule that decided each.

    Per field: the base, platform, QuickBooks and result values, the rule, and when."""
    if state and state not in STATES:
        fail(f"--state: unknown {state!r} (use open or resolved)")
    settings = settings_or_exit()
    uow = open_database(settings)
    try:
        found = conflict_service(settings, uow).list(state or None, realm or None)
    finally:
        uow.engine.dispose()
    if as_json:
        typer.echo(json.dumps(found, indent=2))
        return
    if not found:
        typer.echo(f"no {state + ' ' if state else ''}conflicts")
        return
    for c in found:
        decided = f"decided {c['decided_at']} by {c['decided_by']}" if c["decided_at"] else (
            "waiting for a person"
        )
        typer.echo(f"{c['record']}  {c['state']}  {c['rule']}  {c['outcome']}  ({decided})")
        for f in c["fields"]:
            typer.echo(
                f"  {f['field']}: base {_shown(f['base'])} | platform {_shown(f['platform'])} | "
                f"QuickBooks {_shown(f['quickbooks'])} -> {_shown(f['result'])} ({f['rule']})"
            )
        if c["reason"]:
            typer.echo(f"  {c['reason']}")


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value)
    return text if len(text) <= 40 else text[:39] + "…"

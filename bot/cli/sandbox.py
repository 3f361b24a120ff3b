"""`qbot sandbox ...`: run the local simulators of remote APIs in the foreground."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from bot.cli.app import cli

sandbox_app = typer.Typer(
    name="sandbox",
    help="Run local simulators of QuickBooks and other remote APIs (for demos and tests).",
    no_args_is_help=True,
)
cli.add_typer(sandbox_app)


@sandbox_app.command("qbo")
def qbo(
    port: Annotated[int, typer.Option(help="TCP port on 127.0.0.1; 0 picks a free port.")] = 0,
    company: Annotated[
        Path | None,
        typer.Option(help="Directory with the company JSON files; default: the bundled one."),
    ] = None,
    latency_ms: Annotated[int, typer.Option(help="Delay added to every API response.")] = 0,
    fault_rate: Annotated[
        float, typer.Option(help="Share of API requests answered with 429/500/503 (0..1).")
    ] = 0.0,
    seed: Annotated[int, typer.Option(help="Seed for fault injection and credentials.")] = 0,
    no_shift: Annotated[
        bool,
        typer.Option("--no-shift", help="Keep the sample company's dates as written (no shift)."),
    ] = False,
) -> None:
    """Serve the QuickBooks Online simulator; print one JSON line with its URL and credentials."""
    from sandbox.qbo.company import load_company
    from sandbox.qbo.server import QboSimulator

    sample = load_company(company)
    if not no_shift:
        # Shift so the anchor date is today in the company's own timezone.
        today = datetime.now(ZoneInfo(sample.timezone)).date()
        sample = load_company(company, today=today)
    sim = QboSimulator(
        company=sample,
        latency_ms=latency_ms,
        fault_rate=fault_rate,
        seed=seed,
    )
    sim.start(host="127.0.0.1", port=port)
    info = {
        "base_url": sim.base_url,
        "realm_id": sim.realm_id,
        "access_token": sim.access_token,
        "client_id": sim.client_id,
        "client_secret": sim.client_secret,
    }
    typer.echo(json.dumps(info), nl=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()

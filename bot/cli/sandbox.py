"""`qbot sandbox qbo | slack | smtp | hubspot`: the local simulators, in the foreground.

Each prints its address (and the settings that point qbot at it) as one JSON line on stdout,
then serves until Ctrl-C or SIGTERM and stops cleanly. Together they run the whole stack on
one machine without accounts: see the README's "Running the whole stack locally".
"""

from __future__ import annotations

import errno
import json
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer

from bot.cli.app import cli
from core.errors import UserFacingError

sandbox_app = typer.Typer(
    name="sandbox",
    help="Run local simulators of QuickBooks, the Slack Web API, SMTP and HubSpot's CRM API "
    "(demos and tests).",
    no_args_is_help=True,
)
cli.add_typer(sandbox_app)

PORT = typer.Option(help="TCP port on 127.0.0.1; 0 picks a free port.")


@contextmanager
def _binding(port: int) -> Iterator[None]:
    """Say a taken port in one line naming it (bot.cli.failures says the rest)."""
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UserFacingError(
                f"port {port} is in use: pick another with --port (0 picks a free one)"
            ) from None
        raise


def _serve(info: dict[str, Any], stop: Callable[[], None]) -> None:
    """Print `info` as one JSON line, then wait for Ctrl-C or SIGTERM and call `stop`."""
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    typer.echo(json.dumps(info))
    try:
        stopping.wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop()


@sandbox_app.command("qbo")
def qbo(
    port: Annotated[int, PORT] = 0,
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
    sim = QboSimulator(company=sample, latency_ms=latency_ms, fault_rate=fault_rate, seed=seed)
    with _binding(port):
        sim.start(host="127.0.0.1", port=port)
    info = {
        "base_url": sim.base_url,
        "realm_id": sim.realm_id,
        "access_token": sim.access_token,
        "client_id": sim.client_id,
        "client_secret": sim.client_secret,
    }
    _serve(info, sim.stop)


@sandbox_app.command("slack")
def slack(
    port: Annotated[int, PORT] = 0,
    bot_token: Annotated[str, typer.Option(help="The bot token it accepts.")] = "xoxb-sim-token",
    signing_secret: Annotated[
        str, typer.Option(help="The secret its synthesised interactions are signed with.")
    ] = "sim-signing-secret",
    channel: Annotated[str, typer.Option(help="The channel cards are posted to.")] = "#collections",
) -> None:
    """Serve the Slack Web API simulator; print one JSON line with its api_url and credentials.

    Point qbot at it with SLACK_API_URL, SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (the keys of
    the printed `settings`); cards it receives are kept in memory until it stops. For OAuth mode
    (install in any workspace) add `oauth_settings` instead of SLACK_BOT_TOKEN: its consent page
    says Allow at once.
    """
    from sandbox.slack.server import SlackSimulator

    sim = SlackSimulator(bot_token=bot_token, channels={channel: "C0SANDBOX1"})
    with _binding(port):
        sim.start(host="127.0.0.1", port=port)
    info = {
        "api_url": sim.base_url,
        "bot_token": bot_token,
        "signing_secret": signing_secret,
        "channel": channel,
        "settings": {
            "SLACK_API_URL": sim.base_url,
            "SLACK_BOT_TOKEN": bot_token,
            "SLACK_SIGNING_SECRET": signing_secret,
            "QBOT_SLACK_CHANNEL": channel,
        },
        "oauth_settings": sim.oauth_settings(),
    }
    _serve(info, sim.stop)


@sandbox_app.command("smtp")
def smtp(
    port: Annotated[int, PORT] = 0,
    maildir: Annotated[
        Path | None, typer.Option(help="Also write each message here as NNNN.eml.")
    ] = None,
) -> None:
    """Serve an SMTP sink; print one JSON line with host and port. Each message received is
    printed on stderr as one line (from, to, subject), and saved to --maildir when given."""
    from sandbox.smtp import SmtpSink

    if maildir is not None and not maildir.is_dir():
        raise UserFacingError(f"--maildir {maildir}: no such directory")

    def shown(message: EmailMessage, saved: Path | None) -> None:
        where = f" -> {saved}" if saved else ""
        typer.echo(
            f"mail from {message['From']} to {message['To']}: {message['Subject']}{where}",
            err=True,
        )

    with _binding(port):
        sink = SmtpSink(port=port, maildir=maildir, on_message=shown).start()
    received = "one line per message on stderr" + (f", and {maildir}/NNNN.eml" if maildir else "")
    info = {
        "host": sink.host,
        "port": sink.port,
        "maildir": str(maildir) if maildir else None,
        "received": received,
        "settings": {"QBOT_SMTP_HOST": sink.host, "QBOT_SMTP_PORT": str(sink.port)},
    }
    _serve(info, sink.stop)


@sandbox_app.command("hubspot")
def hubspot(
    port: Annotated[int, PORT] = 0,
    token: Annotated[str, typer.Option(help="The bearer token it accepts.")] = (
        "pat-sim-hubspot-token"),
) -> None:
    """Serve the HubSpot CRM API simulator; print one JSON line with its URL and token.

    Point qbot at it with HUBSPOT_BASE_URL and HUBSPOT_TOKEN (the keys of the printed
    `settings`). It starts with one company (domain `acme.example`), its owner and a note, so
    `qbot doctor` and a CRM read have something to find; it keeps nothing after it stops.
    """
    from sandbox.hubspot.server import HubSpotSimulator

    sim = HubSpotSimulator(token=token)
    owner = sim.add_owner("Ana", "Ruiz", "ana.ruiz@seller.example")
    company = sim.add_company("Acme Corp", "acme.example", owner_id=owner)
    sim.add_note(company, "<p>Spoke with their AP lead: payment run is on Fridays.</p>",
                 when="2026-11-18T16:00:00Z", owner_id=owner)
    with _binding(port):
        sim.start(host="127.0.0.1", port=port)
    info = {
        "base_url": sim.base_url,
        "token": token,
        "settings": {"HUBSPOT_BASE_URL": sim.base_url, "HUBSPOT_TOKEN": token},
    }
    _serve(info, sim.stop)

"""`qbot serve | web | worker | scan | sync`: the long-running processes and one-shot cycles."""

from __future__ import annotations

import json
import signal
import threading
from datetime import timedelta
from urllib.error import URLError

import typer
from rich.console import Console
from rich.progress import Progress
from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError
from sqlalchemy import Engine

from bot.app import create_app
from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit, setup_logging
from bot.notifier import SlackNotifier
from bot.serving import serve_forever
from bot.slack_install import oauth_settings
from bot.slack_token import SlackTokenCheck
from bot.web import create_web
from bot.workspace_notifier import WorkspaceNotifier
from core.bootstrap import (
    Services,
    build_services,
    listen,
    load_sync_every,
    open_database,
    require_schema,
    system_clock,
    token_cipher,
)
from core.errors import ConfigurationError, QbotError
from core.jobs import handlers as job_handlers
from core.metrics import Metrics
from core.ports import Notifier
from core.scheduler import Scheduler, connected_realms
from core.scheduler import schedule as job_schedule
from core.services.ingest import SYNC_TYPES, import_context, kinds_for
from core.services.slack_installs import InstallationRecords
from core.settings import Settings
from core.worker import Worker


def _services(settings: Settings, http: bool = False) -> tuple[Services, WebClient]:
    """The graph with Slack; every setting (the signing secret too, for `http`) is checked
    before the database is, and the database before any thread starts."""
    if settings.slack_oauth_mode:
        return _installed_services(settings, http)
    if settings.slack_bot_token is None:
        fail(
            "setting SLACK_BOT_TOKEN is missing: install manifest.yml in your workspace "
            "and copy the Bot User OAuth Token"
        )
    if http:
        _signing_secret(settings)
    # retry_handlers=[]: a lost answer to chat.postMessage must not become a second card.
    client = WebClient(
        token=settings.slack_bot_token.get_secret_value(),
        base_url=settings.slack_api_url,
        retry_handlers=[],
    )
    metrics = Metrics()  # shared by the notifier and the graph, served at /metrics
    return _migrated(settings, SlackNotifier(client, metrics), metrics), client


def _installed_services(settings: Settings, http: bool) -> tuple[Services, WebClient]:
    """OAuth mode (SLACK_CLIENT_ID/SECRET): no one bot token; each workspace's own, stored
    encrypted when it installed qbot, posts its cards (bot.workspace_notifier)."""
    if http:
        _signing_secret(settings)
    if settings.slack_app_token is not None:
        fail("Socket Mode serves one workspace: unset SLACK_APP_TOKEN for OAuth mode (HTTP)")
    client = WebClient(base_url=settings.slack_api_url, retry_handlers=[])  # no token: bolt's
    metrics = Metrics()
    try:
        uow = open_database(settings)
        installs = InstallationRecords(uow, system_clock(), token_cipher(settings))
    except QbotError as exc:
        fail(str(exc))
    notifier = WorkspaceNotifier(installs, settings.slack_api_url, metrics)
    return _migrated(settings, notifier, metrics, uow.engine), client


def _migrated(
    settings: Settings,
    notifier: Notifier | None,
    metrics: Metrics,
    engine: Engine | None = None,
) -> Services:
    """The graph, once the database is known to be at head (one line if it is not)."""
    try:
        services = build_services(settings, engine=engine, notifier=notifier, metrics=metrics)
    except ConfigurationError as exc:
        fail(str(exc))
    # A database not yet migrated is one line here, not a crashed worker thread later.
    try:
        require_schema(services.engine)
    except BaseException:
        services.engine.dispose()  # the command stops here: leave no connection open
        raise
    return services


def _bolt(services: Services, client: WebClient, signing_secret: str) -> App:
    """The bolt app; bolt checks SLACK_BOT_TOKEN with auth.test here, so say plainly if not."""
    try:
        return create_app(services, client, signing_secret)
    except (BoltError, SlackClientError, URLError, OSError) as exc:
        fail(f"cannot check SLACK_BOT_TOKEN with Slack (auth.test at {client.base_url}): {exc}")


def _signing_secret(settings: Settings) -> str:
    secret = settings.slack_signing_secret
    if secret is None or not secret.get_secret_value():
        fail("setting SLACK_SIGNING_SECRET is missing (Basic Information → Signing Secret)")
    return secret.get_secret_value()


def _serve_http(services: Services, client: WebClient, host: str, port: int, name: str) -> None:
    """The HTTP routes (Slack events, QuickBooks webhooks, health) until Ctrl-C or SIGTERM.

    Slack need not be reachable at start: the bot token is checked in the background
    (bot.slack_token) while webhooks and /healthz are served; Slack routes answer 503 until then.
    """
    secret = _signing_secret(services.settings)
    oauth = oauth_settings(services)
    if oauth is not None:  # installed in any workspace: each request names its own
        bolt = create_app(services, client, secret, oauth=oauth)
        serve_forever(create_web(services, bolt, start_inbox_writer=True), listen(host, port), name)
        return
    token = SlackTokenCheck(client)
    bolt = create_app(services, client, secret, False, token)
    app = create_web(services, bolt, start_inbox_writer=True, slack_token=token.start())
    try:
        serve_forever(app, listen(host, port), name)
    finally:
        token.stop()


def migrated_services(settings: Settings) -> Services:
    """The graph without Slack, once the database is at head (`qbot records push`)."""
    return _migrated(settings, None, Metrics())


def _require_realm(settings: Settings) -> str:
    if not settings.qbo_realm_id:
        fail("setting QBO_REALM_ID is missing: the QuickBooks company id (realmId)")
    return settings.qbo_realm_id


def _worker(services: Services, concurrency: int, lease: float = 60.0) -> Worker:
    return Worker(
        services.uow,
        services.clock,
        job_handlers(services),
        concurrency=concurrency,
        lease=timedelta(seconds=lease),
    )


def _scheduler(services: Services) -> Scheduler:
    realm = services.settings.qbo_realm_id
    return Scheduler(services.uow, services.clock, lambda: connected_realms(services.uow, realm),
                     specs=job_schedule(services.settings.digest_at,
                                       services.settings.review_at,
                                       load_sync_every(services.settings),
                                       mailbox=services.mailbox is not None,
                                       crm=services.crm is not None))


# envvar PORT: what Procfile platforms (Heroku and its likes) tell the web process to bind.
PORT = typer.Option(
    3000, min=0, max=65535, envvar="PORT", help="HTTP port (0 picks a free one)."
)
HOST = typer.Option("0.0.0.0", help="Address to listen on.")


@cli.command()
def serve(
    port: int = PORT,
    host: str = HOST,
    concurrency: int = typer.Option(2, min=1, help="Worker threads for the job queue."),
) -> None:
    """Run everything in one process: the Slack app, the job worker and the scheduler.

    HTTP at /slack/events on --port, or Socket Mode when SLACK_APP_TOKEN is set.
    """
    setup_logging()
    settings = settings_or_exit()
    services, client = _services(settings, http=settings.slack_app_token is None)
    worker_ = _worker(services, concurrency)
    worker_thread = threading.Thread(target=worker_.run, name="qbot-worker", daemon=True)
    worker_thread.start()
    schedule = _scheduler(services).start()
    try:
        if settings.slack_app_token is not None:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            # Socket Mode requests are not signed: bolt still wants a secret to hold.
            signing = settings.slack_signing_secret
            secret = (signing.get_secret_value() if signing else "") or "socket-mode"
            bolt = _bolt(services, client, secret)
            typer.echo("qbot: Socket Mode connected; press Ctrl-C to stop")
            handler = SocketModeHandler(bolt, settings.slack_app_token.get_secret_value())
            handler.start()  # type: ignore[no-untyped-call]
        else:
            _serve_http(services, client, host, port, "qbot")
    finally:
        schedule.stop()
        worker_.stop.set()
        # A platform sends SIGKILL 10 s after SIGTERM: the job in hand gets what is left of
        # that (its lease lets another worker take it over if it is cut short).
        worker_thread.join(timeout=3)


@cli.command()
def web(port: int = PORT, host: str = HOST) -> None:
    """Serve HTTP only: /slack/events, /qbo/webhook, /healthz, /metrics (with `qbot worker`)."""
    setup_logging()
    settings = settings_or_exit()
    services, client = _services(settings, http=True)
    _serve_http(services, client, host, port, "qbot web")


@cli.command()
def worker(
    scheduler: bool = typer.Option(
        False, "--scheduler", help="Also run the schedule (one leader across processes)."
    ),
    concurrency: int = typer.Option(1, min=1, help="Jobs run at once (threads)."),
    lease: float = typer.Option(
        60.0, min=1.0, help="Seconds a claimed job stays ours without a heartbeat."
    ),
    metrics_port: int = typer.Option(
        -1, min=-1, max=65535, help="Serve this worker's /metrics on this port (0: any free)."
    ),
) -> None:
    """Drain the durable job queue until SIGTERM (the job in hand is finished first)."""
    setup_logging()
    settings = settings_or_exit()
    services, _ = _services(settings)
    worker_ = _worker(services, concurrency, lease)
    stop_metrics = None
    if metrics_port >= 0:
        bound, stop_metrics = services.metrics.serve(metrics_port)
        typer.echo(f"qbot: worker metrics on http://127.0.0.1:{bound}/metrics", err=True)
    signal.signal(signal.SIGTERM, lambda *_: worker_.stop.set())
    schedule = _scheduler(services).start() if scheduler else None
    typer.echo(f"qbot: worker {worker_.name} running {concurrency} slot(s)", err=True)
    try:
        worker_.run()
    except KeyboardInterrupt:
        worker_.stop.set()
    finally:
        if schedule is not None:
            schedule.stop()
        if stop_metrics is not None:
            stop_metrics()


# A group, so `qbot sync status` (bot.cli.records) sits beside the pull `qbot sync` runs.
sync_app = typer.Typer(
    help="Pull QuickBooks into qbot's database, or show where the sync stands.",
    invoke_without_command=True,
)
cli.add_typer(sync_app, name="sync")


@sync_app.callback()
def sync(
    ctx: typer.Context,
    realm: str = typer.Option("", help="QuickBooks company id (default QBO_REALM_ID)."),
    full: bool = typer.Option(
        False,
        "--full",
        help="Pull every record, not only what changed since the last pull (CDC).",
    ),
    types: str = typer.Option(
        "invoices",
        help="Comma-separated: accounts; invoices (customers, items, invoices, payments, "
        "credit memos); expenses (vendors, accounts, purchases).",
    ),
    sample_context: bool = typer.Option(
        False, help="Also import the bundled sample company's emails, notes and reminders."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print one JSON object instead."),
) -> None:
    """One sync cycle now: pull QuickBooks into qbot's database, resolve conflicts by the
    policy, push the changes people approved (QuickBooks settings alone: no Slack)."""
    if ctx.invoked_subcommand is not None:
        return
    setup_logging()
    settings = settings_or_exit()
    wanted = [t.strip() for t in types.split(",") if t.strip()]
    unknown = set(wanted) - set(SYNC_TYPES)
    if unknown or not wanted:
        fail(f"--types: unknown {', '.join(sorted(unknown))} (use accounts,invoices,expenses)")
    realm_id = realm or _require_realm(settings)
    # The pull posts nothing: the graph is built without a Slack notifier (or token).
    services = _migrated(settings, None, Metrics())
    try:
        _pull(services, realm_id, kinds_for(wanted), sample_context, json_output, full=full)
    finally:
        services.engine.dispose()  # an in-process caller (tests, a shell) keeps no connection


def _pull(
    services: Services,
    realm_id: str,
    kinds: tuple[str, ...],
    sample_context: bool,
    json_output: bool,
    *,
    full: bool,
) -> None:
    """One cycle: pull (in full, or by CDC), resolve conflicts by the policy, push what
    people approved."""
    qbo = services.qbo_for(realm_id)
    try:
        # Progress goes to stderr and shows only on a terminal; stdout stays the answer.
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("pulling", total=None)
            report = services.sync.run(
                qbo,
                kinds,
                progress=lambda kind, n: progress.update(task, description=f"{kind}: {n}"),
                full=full,
            )
    except QbotError as exc:
        fail(str(exc), code=1)
    finally:
        close = getattr(qbo, "close", None)  # the one-shot command owns its HTTP connections
        if callable(close):
            close()
    result: dict[str, object] = report.as_json()
    if sample_context:
        from bot.demo import sample_company  # the demo's data: loaded only when asked for

        company = sample_company(services.clock.now())
        result["imported"] = import_context(
            services.uow, realm_id, company.emails, company.crm_notes, company.reminders_sent
        )
    if json_output:
        typer.echo(json.dumps(result))
        return
    r, p = report.resolution, report.push
    typer.echo(
        f"pulled ({report.mode}) "
        + ", ".join(f"{n} {k}" for k, n in report.pulled.items())
        + f"; {r.conflicts} conflict(s): {r.resolved_by_policy} resolved by the policy, "
        f"{r.held_for_person} held for a person; pushed {p.pushed}, failed {p.failed}, "
        f"to retry {p.retry_queued}; {report.api_calls} QuickBooks calls"
    )
    for f in p.failures:
        typer.echo(f"  change {f['change']}: {f['reason']}")
    if sample_context:
        typer.echo(f"imported sample context: {result['imported']}")


@cli.command()
def scan(
    realm: str = typer.Option("", help="QuickBooks company id (default QBO_REALM_ID)."),
    timezone: str = typer.Option(
        "", help="Override the company's timezone (default: the one stored for the company)."
    ),
) -> None:
    """Run the overdue scan now and post a card per new case."""
    setup_logging()
    settings = settings_or_exit()
    realm_id = realm or _require_realm(settings)
    services, _ = _services(settings)
    try:
        report = services.collections.scan_company(realm_id, timezone or None)
        assert services.relay is not None
        drained = services.relay.drain()
    finally:
        services.engine.dispose()  # an in-process caller (tests, a shell) keeps no connection
    typer.echo(
        f"as of {report.as_of} ({report.timezone}): "
        f"{report.invoices_scanned} open invoices, {report.cases} cases, "
        f"{report.proposed} new, {drained.done.get('post_card', 0)} cards posted"
    )
    for failure in report.failures:
        typer.echo(f"  skipped {failure}", err=True)

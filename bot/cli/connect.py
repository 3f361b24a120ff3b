"""`qbot connect`, `qbot disconnect REALM`, `qbot keys generate|rotate`: QuickBooks connections."""

from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urlparse

import typer
import uvicorn
from rich.progress import Progress
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.cli.app import cli
from bot.cli.common import err_console, fail, settings_or_exit, setup_logging
from bot.oauth_routes import company_info_reader, complete_callback
from core.adapters.clock import SystemClock
from core.adapters.crypto import TokenCipher
from core.adapters.db import make_engine, upgrade_to_head
from core.adapters.net import bound_socket
from core.adapters.qbo.auth import QboOAuth
from core.errors import ConfigurationError, QbotError
from core.services.connections import ConnectionService, ConnectionView
from core.services.uow import UnitOfWork
from core.settings import Settings

keys_cli = typer.Typer(help="Token encryption keys (QBOT_TOKEN_KEYS).", no_args_is_help=True)
cli.add_typer(keys_cli, name="keys")


def _service(settings: Settings, redirect_uri: str | None = None) -> ConnectionService:
    try:
        engine = make_engine(settings.database_url)
        upgrade_to_head(engine)
        keys = settings.token_keys.get_secret_value() if settings.token_keys else None
        return ConnectionService(
            UnitOfWork(engine),
            SystemClock(),
            TokenCipher.from_setting(keys),
            QboOAuth.from_settings(settings, redirect_uri),
            company_info=company_info_reader(settings),
        )
    except ConfigurationError as exc:
        fail(str(exc))


def _loopback(settings: Settings, port: int) -> tuple[socket.socket, str]:
    """Bind the callback socket; the redirect URI is QBO_REDIRECT_URI when set explicitly."""
    explicit = "qbo_redirect_uri" in settings.model_fields_set
    if explicit:
        parsed = urlparse(settings.qbo_redirect_uri)
        port = port or parsed.port or 80
    try:
        sock = bound_socket("127.0.0.1", port)
    except OSError as exc:
        fail(f"cannot listen on 127.0.0.1:{port} for the callback: {exc.strerror}")
    bound = sock.getsockname()[1]
    uri = settings.qbo_redirect_uri if explicit else f"http://127.0.0.1:{bound}/qbo/callback"
    return sock, uri


@cli.command()
def connect(
    port: int = typer.Option(0, help="Loopback port for the callback (0 picks a free one)."),
    timeout: float = typer.Option(600.0, help="Seconds to wait for Intuit's redirect."),
) -> None:
    """Connect a QuickBooks company: open the printed URL, consent, and come back here."""
    setup_logging()
    settings = settings_or_exit()
    sock, redirect_uri = _loopback(settings, port)
    service = _service(settings, redirect_uri)
    done = threading.Event()
    connected: list[ConnectionView] = []

    async def callback(request: Request) -> Response:
        view, response = await run_in_threadpool(complete_callback, service, request)
        if view is not None:
            connected.append(view)
            done.set()
        else:
            err_console.print(f"qbot: callback refused (HTTP {response.status_code})")
        return response

    path = urlparse(redirect_uri).path or "/qbo/callback"
    app = Starlette(routes=[Route(path, callback, methods=["GET"])])
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        url = service.start(None, None)
        typer.echo("Open this URL in a browser and approve access to your QuickBooks company:")
        typer.echo(url, color=False)
        typer.echo(f"Waiting for Intuit to redirect to {redirect_uri} ...")
        deadline = time.monotonic() + timeout
        while not done.wait(0.2):
            if time.monotonic() > deadline:
                fail(f"no callback within {timeout:.0f} s: run `qbot connect` again", 1)
    except KeyboardInterrupt:
        fail("cancelled", 130)
    except QbotError as exc:
        fail(str(exc), 1)
    finally:
        server.should_exit = True
        thread.join(timeout=5)
    view = connected[0]
    company = f" ({view.company_name})" if view.company_name else ""
    typer.echo(f"connected realm {view.realm_id}{company}")


@cli.command()
def disconnect(realm: str = typer.Argument(..., help="The company's realmId.")) -> None:
    """Revoke a company's tokens at Intuit and forget them here (the audit log keeps a row)."""
    setup_logging()
    service = _service(settings_or_exit())
    if not service.disconnect(realm):
        fail(f"realm {realm} is not connected", 1)
    typer.echo(f"disconnected realm {realm}")


@keys_cli.command("generate")
def keys_generate() -> None:
    """Print a new Fernet key: put it FIRST in QBOT_TOKEN_KEYS, then run `qbot keys rotate`."""
    typer.echo(TokenCipher.generate_key())


@keys_cli.command("rotate")
def keys_rotate() -> None:
    """Re-encrypt every stored QuickBooks token under the newest key in QBOT_TOKEN_KEYS."""
    setup_logging()
    service = _service(settings_or_exit())
    with Progress(console=err_console, transient=True) as progress:
        task = progress.add_task("re-encrypting tokens", total=None)

        def step(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            rotated, total = service.rotate_keys(step)
        except ConfigurationError as exc:
            fail(str(exc), 1)
    typer.echo(f"re-encrypted {rotated} of {total} connection(s) under the newest key")

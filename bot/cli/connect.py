"""`qbot connect`, `qbot disconnect REALM`, `qbot keys generate|rotate`: QuickBooks connections."""

from __future__ import annotations

import threading
from urllib.parse import urlparse

import typer
from rich.progress import Progress
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.cli.app import cli
from bot.cli.common import err_console, fail, settings_or_exit, setup_logging
from bot.oauth_routes import CALLBACK_PATH, complete_callback, connection_service
from bot.serving import ThreadedServer
from core.bootstrap import migrate, new_token_key, open_database, system_clock
from core.errors import ConfigurationError, QbotError
from core.services.connections import ConnectionService, ConnectionView
from core.settings import Settings

keys_cli = typer.Typer(help="Token encryption keys (QBOT_TOKEN_KEYS).", no_args_is_help=True)
cli.add_typer(keys_cli, name="keys")


def _service(settings: Settings, redirect_uri: str | None = None) -> ConnectionService:
    try:
        uow = open_database(settings, create=True)
        migrate(uow.engine)
        return connection_service(settings, uow, system_clock(), redirect_uri)
    except ConfigurationError as exc:
        fail(str(exc))


def _listen(explicit: str | None, port: int, app: Starlette) -> tuple[ThreadedServer, str]:
    """Serve the callback on loopback; the redirect URI is `explicit` (QBO_REDIRECT_URI set by
    the user) or the callback path on the port bound. Returns once the server accepts
    connections, so the printed consent URL never races it."""
    if explicit:
        port = port or urlparse(explicit).port or 80
    try:
        server = ThreadedServer(app, "127.0.0.1", port).start()
    except OSError as exc:
        fail(f"cannot listen on 127.0.0.1:{port} for the callback: {exc.strerror}")
    except RuntimeError as exc:
        fail(str(exc))
    return server, explicit or f"{server.base_url}{CALLBACK_PATH}"


@cli.command()
def connect(
    port: int = typer.Option(0, help="Loopback port for the callback (0 picks a free one)."),
    timeout: float = typer.Option(600.0, help="Seconds to wait for Intuit's redirect."),
) -> None:
    """Connect a QuickBooks company: open the printed URL, consent, and come back here."""
    setup_logging()
    settings = settings_or_exit()
    done = threading.Event()
    connected: list[ConnectionView] = []

    async def callback(request: Request) -> Response:
        # `service` is bound below, before the consent URL that leads here is printed.
        view, response = await run_in_threadpool(complete_callback, service, request)
        if view is not None:
            connected.append(view)
            done.set()
        else:
            err_console.print(f"qbot: callback refused (HTTP {response.status_code})")
        return response

    # QBO_REDIRECT_URI set by the user wins; else a free loopback port.
    set_by_user = "qbo_redirect_uri" in settings.model_fields_set
    explicit = settings.qbo_redirect_uri if set_by_user else None
    path = (urlparse(explicit).path if explicit else "") or CALLBACK_PATH
    server, redirect_uri = _listen(
        explicit, port, Starlette(routes=[Route(path, callback, methods=["GET"])])
    )
    try:
        service = _service(settings, redirect_uri)
        url = service.start(None, None)
        typer.echo("Open this URL in a browser and approve access to your QuickBooks company:")
        typer.echo(url, color=False)
        typer.echo(f"Waiting for Intuit to redirect to {redirect_uri} ...")
        if not done.wait(timeout):  # Ctrl-C interrupts the wait (POSIX)
            fail(f"no callback within {timeout:.0f} s: run `qbot connect` again", 1)
    except KeyboardInterrupt:
        fail("cancelled", 130)
    except QbotError as exc:
        fail(str(exc), 1)
    finally:
        server.stop()
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
    typer.echo(new_token_key())


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

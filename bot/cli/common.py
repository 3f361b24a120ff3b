"""Helpers shared by the CLI commands: settings with one-line errors, logging with redaction."""

from __future__ import annotations

import logging
from typing import NoReturn

import typer
from rich.console import Console

from core.errors import ConfigurationError
from core.logs import configure_logging, secret_values
from core.settings import Settings, load_settings

err_console = Console(stderr=True)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one clear line on stderr and exit."""
    # soft_wrap: one line however long; the terminal wraps it, not us.
    err_console.print(f"[bold red]qbot:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def settings_or_exit() -> Settings:
    """Load settings; a missing or malformed one stops here with one line naming it."""
    try:
        return load_settings()
    except ConfigurationError as exc:
        fail(str(exc))


def setup_logging(level: int = logging.WARNING) -> None:
    """Log to stderr as JSON (QBOT_LOG_FORMAT=text for plain lines), every secret masked;
    Slack SDK loggers stay at WARNING (they log bodies)."""
    try:
        settings: Settings | None = load_settings()
    except ConfigurationError:
        settings = None  # the command's own settings_or_exit() says what is wrong
    configure_logging(
        level,
        as_json=settings is None or settings.log_format == "json",
        secrets=secret_values(settings) if settings is not None else (),
    )

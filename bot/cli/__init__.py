"""The `qbot` command: the one place that reads Settings and wires processes."""

from __future__ import annotations

from bot.cli.app import cli

# Each module registers its commands on `cli` when imported.
from bot.cli import audit, conflicts, connect, db, demo, digest, doctor, eval, events, jobs  # noqa: F401  isort: skip
from bot.cli import records, review, sandbox, serve, triage  # noqa: F401  isort: skip


def main() -> None:
    """Console-script entry point."""
    cli()


__all__ = ["cli", "main"]

"""`qbot db`: database migrations."""

from __future__ import annotations

import typer

from bot.cli.app import cli
from bot.cli.common import settings_or_exit
from core.bootstrap import migrate, open_database

db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
cli.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade() -> None:
    """Run the Alembic migrations up to head on QBOT_DATABASE_URL."""
    engine = open_database(settings_or_exit(), create=True).engine
    try:
        # A database that cannot be reached or written is said in one line by bot.cli.failures.
        where = migrate(engine)
    finally:
        engine.dispose()
    typer.echo(f"database at head: {where}")

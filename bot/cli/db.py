"""`qbot db`: database migrations."""

from __future__ import annotations

import typer
from sqlalchemy.exc import SQLAlchemyError

from bot.cli.app import cli
from bot.cli.common import fail, settings_or_exit
from core.adapters.db import make_engine, upgrade_to_head
from core.errors import UserFacingError

db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
cli.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade() -> None:
    """Run the Alembic migrations up to head on QBOT_DATABASE_URL."""
    settings = settings_or_exit()
    engine = make_engine(settings.database_url)
    try:
        upgrade_to_head(engine)
    except UserFacingError as exc:  # a migration refusing, e.g. over a forked audit chain
        fail(str(exc), code=1)
    except SQLAlchemyError as exc:
        fail(
            f"cannot migrate {engine.url.render_as_string(hide_password=True)}: "
            f"{type(exc).__name__}: {exc.args[0] if exc.args else exc}",
            code=1,
        )
    finally:
        engine.dispose()
    typer.echo(f"database at head: {engine.url.render_as_string(hide_password=True)}")

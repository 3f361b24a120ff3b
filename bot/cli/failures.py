"""The one place a failing `qbot` command becomes one readable line on stderr and a non-zero exit.

Every command runs inside `QbotGroup.invoke`, so no command needs its own try/except to be
readable: the project's error tree (core/errors.py) and the environmental failures an operator
meets (a database not migrated or unreachable, a port in use, a path that does not exist or
cannot be written) are each said in one line that names what to do. Anything else is a bug:
one line with a reference id, the traceback in a file named on that line, and on stderr only
with `qbot --debug` or QBOT_DEBUG=1.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import traceback
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from typer._click.core import Context  # typer vendors click; its groups take this type
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from core.errors import ConfigurationError, QbotError
from core.redact import redact

DEBUG_ENV = "QBOT_DEBUG"
UPGRADE_HINT = "run `qbot db upgrade`"
# How the drivers say a table is not there: SQLite's message, psycopg's error class (its
# message is `relation "x" does not exist`; a missing *database* is not this, it needs a server).
_MISSING_TABLE = ("no such table", "undefinedtable")


@dataclass(frozen=True)
class Failure:
    """What the operator is told, and the exit code."""

    message: str
    code: int = 1


def describe(exc: BaseException, argv: list[str] | None = None) -> Failure | None:
    """The one-line failure for a known kind of error, or None for a bug."""
    if isinstance(exc, ConfigurationError):
        return Failure(str(exc), 2)
    if isinstance(exc, QbotError):  # UserFacingError and the rest say what to do
        return Failure(str(exc), 1)
    if isinstance(exc, SQLAlchemyError):
        return _database(exc)
    if isinstance(exc, OSError):
        return _os(exc, argv or [])
    return None


def _database(exc: SQLAlchemyError) -> Failure:
    detail = str(exc.orig if isinstance(exc, DBAPIError) else exc).strip().splitlines()
    first = detail[0] if detail else type(exc).__name__
    lowered = f"{first} {type(getattr(exc, 'orig', None)).__name__}".lower()
    if any(phrase in lowered for phrase in _MISSING_TABLE):
        return Failure(f"the database is not set up ({first}): {UPGRADE_HINT}")
    if "unable to open database file" in lowered:
        return Failure(
            "cannot open the SQLite database: its directory must exist and be writable "
            "(check QBOT_DATABASE_URL)"
        )
    return Failure(f"database error ({first}): check QBOT_DATABASE_URL and that the server is up")


def _os(exc: OSError, argv: list[str]) -> Failure:
    if exc.errno == errno.EADDRINUSE:
        port = _option(argv, "--port") or os.environ.get("PORT")
        where = f"port {port}" if port else "the address"
        return Failure(f"{where} is in use: pick another with --port (0 picks a free one)")
    if exc.filename is not None:
        what = {
            errno.ENOENT: "not found (check the path; a new file's directory must exist)",
            errno.EACCES: "is not writable/readable by this user",
            errno.EROFS: "is on a read-only file system",
            errno.EISDIR: "is a directory, not a file",
            errno.ENOTDIR: "has a file where a directory should be",
        }.get(exc.errno or 0, exc.strerror or "cannot be used")
        return Failure(f"{exc.filename}: {what}")
    return Failure(f"{exc.strerror or exc}: check the network address and settings")


def _option(argv: list[str], name: str) -> str | None:
    """The value of `name` in argv (`--port 8080` or `--port=8080`), if given."""
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def report_bug(exc: BaseException) -> Failure:
    """An unexpected error: keep the traceback in a file and name it with a reference id."""
    ref = uuid.uuid4().hex[:8]
    text = redact("".join(traceback.format_exception(exc)))
    where = "not saved"
    try:
        path = Path(tempfile.gettempdir()) / f"qbot-error-{ref}.log"
        path.write_text(text, encoding="utf-8")
        where = str(path)
    except OSError:
        pass  # the one-line report still stands without its file
    summary = redact(f"{type(exc).__name__}: {exc}".splitlines()[0])
    return Failure(
        f"unexpected error (ref {ref}): {summary}; traceback in {where} "
        f"({DEBUG_ENV}=1 prints it here)",
        1,
    )


def usage_line(exc: ClickException) -> str:
    """A usage error as one line that says where to look (`…; see `qbot --help``)."""
    text = " ".join(exc.format_message().split())
    ctx = exc.ctx if isinstance(exc, UsageError) else None
    return f"{text.rstrip('.')}; see `{ctx.command_path} --help`" if ctx else text


def debugging(ctx: Context) -> bool:
    """--debug on the command line or QBOT_DEBUG=1: let tracebacks through."""
    return bool(ctx.meta.get("qbot.debug")) or os.environ.get(DEBUG_ENV, "") not in ("", "0")


class QbotGroup(TyperGroup):
    """The root `qbot` group: runs the sub-command and classifies whatever escapes it."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Wrong use (an unknown command or option, a missing or bad value) is one line too,
        not the framed box typer draws; the exit code stays click's (2)."""
        standalone = kwargs.pop("standalone_mode", True)
        kwargs.setdefault("prog_name", "qbot")  # also under `python -m` or `python -c`
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except NoArgsIsHelpError as exc:
            if not standalone:
                raise
            exc.show()  # a bare `qbot` or group shows its help, as before
            sys.exit(exc.exit_code)
        except ClickException as exc:
            if not standalone:
                raise
            typer.echo(f"qbot: {usage_line(exc)}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            if not standalone:
                raise
            typer.echo("qbot: aborted", err=True)
            sys.exit(1)
        if not standalone:
            return result
        # Without standalone mode typer returns an Exit's code instead of leaving with it.
        sys.exit(result if isinstance(result, int) else 0)

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        ctx.meta["qbot.argv"] = list(args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise  # typer already speaks one line (usage errors, typer.Exit)
        except KeyboardInterrupt:
            raise typer.Abort() from None
        except BrokenPipeError:
            raise  # the reader went away (`qbot … | head`): typer leaves quietly, exit 1
        except Exception as exc:
            if debugging(ctx):
                raise
            failure = describe(exc, ctx.meta.get("qbot.argv")) or report_bug(exc)
            typer.echo(f"qbot: {failure.message}", err=True)
            raise typer.Exit(failure.code) from None

"""`qbot doctor`: check settings, database, Slack and QuickBooks, and say what to fix."""

from __future__ import annotations

from collections.abc import Callable

import typer
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.cli.app import cli
from bot.cli.common import settings_or_exit
from core.adapters.db import alembic_config, make_engine
from core.bootstrap import default_qbo_for, load_approvers, load_policy
from core.errors import QbotError
from core.settings import Settings

Check = Callable[[Settings], str]


def _database(settings: Settings) -> str:
    engine = make_engine(settings.database_url)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        head = ScriptDirectory.from_config(alembic_config(settings.database_url)).get_current_head()
    finally:
        engine.dispose()
    if current != head:
        raise RuntimeError(
            f"schema at {current or 'nothing'}, head is {head}: run `qbot db upgrade`"
        )
    return f"{engine.url.render_as_string(hide_password=True)} at head {head}"


def _slack(settings: Settings) -> str:
    if settings.slack_bot_token is None:
        raise RuntimeError("SLACK_BOT_TOKEN is not set (qbot demo does not need it)")
    client = WebClient(
        token=settings.slack_bot_token.get_secret_value(),
        base_url=settings.slack_api_url,
        retry_handlers=[],
    )
    try:
        auth = client.auth_test()
    except SlackApiError as exc:
        raise RuntimeError(f"auth.test said {exc.response.get('error')}: check the token") from None
    if settings.slack_signing_secret is None and settings.slack_app_token is None:
        raise RuntimeError("set SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)")
    return f"bot {auth.get('user')} in {auth.get('team')}"


def _quickbooks(settings: Settings) -> str:
    if not settings.qbo_realm_id:
        raise RuntimeError("QBO_REALM_ID is not set: run `qbot sandbox qbo` or connect a company")
    count = default_qbo_for(settings)(settings.qbo_realm_id).count("Invoice")
    return f"company {settings.qbo_realm_id}: {count} invoices"


def _policy_and_approvers(settings: Settings) -> str:
    policy = load_policy(settings)
    approvers = load_approvers(settings)
    if not approvers.users:
        raise RuntimeError("no approvers: set QBOT_APPROVERS_FILE, or nobody can approve")
    return f"stages {list(policy.stages)}, {len(approvers.users)} approver(s)"


CHECKS: list[tuple[str, Check]] = [
    ("database", _database),
    ("policy and approvers", _policy_and_approvers),
    ("slack", _slack),
    ("quickbooks", _quickbooks),
]


@cli.command()
def doctor() -> None:
    """Check settings, the database, Slack and QuickBooks; say what to fix. Exit 1 on a problem."""
    settings = settings_or_exit()
    problems = 0
    for name, check in CHECKS:
        try:
            typer.secho(f"✓ {name}: {check(settings)}", fg="green")
        except (QbotError, RuntimeError, OSError) as exc:
            problems += 1
            typer.secho(f"✗ {name}: {exc}", fg="red")
        except Exception as exc:  # doctor reports every failure, it never crashes
            problems += 1
            typer.secho(f"✗ {name}: {type(exc).__name__}: {exc}", fg="red")
    raise typer.Exit(1 if problems else 0)

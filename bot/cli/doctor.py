"""`qbot doctor`: check settings, database, Slack, QuickBooks, SMTP and token keys, and the
optional context sources (the AR mailbox, HubSpot); change nothing.

Each check either says what it found or what to fix; an optional source that is not set up
says so ("not configured") without failing the run. None of them writes: the database is
opened read-only (a missing SQLite file is reported, never created), SMTP gets EHLO and QUIT,
Slack gets `auth.test`, QuickBooks one count query.
"""

from __future__ import annotations

from collections.abc import Callable

import typer
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.cli.app import cli
from bot.cli.common import settings_or_exit
from bot.cli.failures import describe
from core.bootstrap import (
    build_crm,
    build_mailbox,
    build_mailer,
    default_qbo_for,
    judge_in_use,
    load_approvers,
    load_policy,
    read_only_engine,
    schema_status,
    system_clock,
    token_cipher,
)
from core.errors import QbotError, UserFacingError
from core.services.slack_installs import InstallationRecords, InstallStatus
from core.services.uow import UnitOfWork
from core.settings import Settings

Check = Callable[[Settings], str]


class NotConfigured(Exception):
    """An optional source nobody set up: said, and not counted as a problem."""


def _database(settings: Settings) -> str:
    engine = read_only_engine(settings)
    try:
        current, head = schema_status(engine)
    except SQLAlchemyError as exc:
        failure = describe(exc)
        raise UserFacingError(failure.message if failure else str(exc)) from None
    finally:
        engine.dispose()
    if current != head:
        raise UserFacingError(
            f"schema at {current or 'nothing'}, head is {head}: run `qbot db upgrade`"
        )
    return f"{engine.url.render_as_string(hide_password=True)} at head {head}"


def _slack(settings: Settings) -> str:
    if settings.slack_oauth_mode:
        return _slack_installed(settings)
    if settings.slack_bot_token is None:
        raise UserFacingError("SLACK_BOT_TOKEN is not set (qbot demo does not need it)")
    client = WebClient(
        token=settings.slack_bot_token.get_secret_value(),
        base_url=settings.slack_api_url,
        retry_handlers=[],
        timeout=10,
    )
    try:
        auth = client.auth_test()
    except SlackApiError as exc:
        raise UserFacingError(
            f"auth.test said {exc.response.get('error')}: check the token"
        ) from None
    if settings.slack_signing_secret is None and settings.slack_app_token is None:
        raise UserFacingError("set SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)")
    return f"single workspace (SLACK_BOT_TOKEN): bot {auth.get('user')} in {auth.get('team')}"


def _slack_installed(settings: Settings) -> str:
    """OAuth mode: which workspaces qbot is installed in (read from the database only)."""
    if settings.slack_signing_secret is None:
        raise UserFacingError("OAuth mode (SLACK_CLIENT_ID) needs SLACK_SIGNING_SECRET too")
    install = settings.public_url.rstrip("/") + "/slack/install"
    engine = read_only_engine(settings)
    try:
        found = InstallationRecords(UnitOfWork(engine), system_clock(), token_cipher(settings))
        active = [i for i in found.installed() if i.status == InstallStatus.ACTIVE]
    finally:
        engine.dispose()
    names = ", ".join(f"{i.team_name or '?'} ({i.team_id})" for i in active) or "none yet"
    return f"OAuth mode (SLACK_CLIENT_ID): installed in {len(active)} workspace(s): {names}; " \
        f"add one at {install}"


def _quickbooks(settings: Settings) -> str:
    if not settings.qbo_realm_id:
        raise UserFacingError(
            "QBO_REALM_ID is not set: run `qbot sandbox qbo` or connect a company"
        )
    count = default_qbo_for(settings)(settings.qbo_realm_id).count("Invoice")
    return f"company {settings.qbo_realm_id}: {count} invoices"


def _smtp(settings: Settings) -> str:
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    try:
        greeting = build_mailer(settings).check()
    except OSError as exc:  # refused, unreachable, timed out; SMTPException is an OSError
        raise UserFacingError(
            f"no SMTP server at {where} ({exc.strerror or exc}): set QBOT_SMTP_HOST and "
            "QBOT_SMTP_PORT, or run `qbot sandbox smtp` to test locally"
        ) from None
    return f"{where} answers EHLO ({greeting}); mail from {settings.mail_from}"


def _token_keys(settings: Settings) -> str:
    cipher = token_cipher(settings)  # ConfigurationError names the setting and the bad key
    return f"{cipher.key_count} Fernet key(s); `/qb connect` can store tokens"


def _policy_and_approvers(settings: Settings) -> str:
    policy = load_policy(settings)
    approvers = load_approvers(settings)
    if not approvers.users:
        raise UserFacingError("no approvers: set QBOT_APPROVERS_FILE, or nobody can approve")
    return f"stages {list(policy.stages)}, {len(approvers.users)} approver(s)"


def _mailbox(settings: Settings) -> str:
    mailbox = build_mailbox(settings)
    if mailbox is None:
        missing = [name for name, value in (("QBOT_IMAP_HOST", settings.imap_host),
                                            ("QBOT_IMAP_USER", settings.imap_user),
                                            ("QBOT_IMAP_PASSWORD", settings.imap_password))
                   if not value]
        raise NotConfigured(f"no inbox connected: set {', '.join(missing)} (docs/context.md)")
    try:
        count = mailbox.probe()
    except OSError as exc:
        raise UserFacingError(f"{mailbox.name}: {exc}: check QBOT_IMAP_HOST, QBOT_IMAP_PORT "
                              "and QBOT_IMAP_SSL") from None
    except QbotError as exc:  # unreachable (RetryableError), told without the password
        raise UserFacingError(f"{exc}: check QBOT_IMAP_HOST, QBOT_IMAP_PORT and "
                              "QBOT_IMAP_SSL") from None
    except Exception as exc:  # ImapError: login or folder refused
        raise UserFacingError(f"{exc}: check QBOT_IMAP_USER, QBOT_IMAP_PASSWORD and "
                              "QBOT_IMAP_FOLDER") from None
    return f"{mailbox.name}: {count} message(s), read only"


def _crm(settings: Settings) -> str:
    crm = build_crm(settings)
    if crm is None:
        raise NotConfigured("no CRM connected: set HUBSPOT_TOKEN (docs/context.md)")
    try:
        crm.probe()
    except QbotError as exc:  # unreachable or throttled past the retries
        raise UserFacingError(f"{exc}: check HUBSPOT_BASE_URL") from None
    except Exception as exc:  # CrmAuthError: the token or its scopes
        raise UserFacingError(f"{exc}: check HUBSPOT_TOKEN and its crm.objects.companies, "
                              "crm.objects.notes and crm.objects.owners read scopes") from None
    finally:
        crm.close()
    return f"HubSpot at {settings.hubspot_base_url}: token accepted"


CHECKS: list[tuple[str, Check]] = [
    ("database", _database),
    ("policy and approvers", _policy_and_approvers),
    ("token keys", _token_keys),
    ("judge", judge_in_use),
    ("slack", _slack),
    ("quickbooks", _quickbooks),
    ("smtp", _smtp),
    ("mailbox", _mailbox),
    ("crm", _crm),
]


def _quickbooks_read_only(settings: Settings) -> Settings:
    """Settings for the QuickBooks check that cannot make it open (and create) the database:
    OAuth connections are read through it, so it is used only when the file is there."""
    try:
        read_only_engine(settings).dispose()
    except UserFacingError:
        return settings.model_copy(update={"token_keys": None})
    return settings


@cli.command()
def doctor() -> None:
    """Check settings, database, Slack, QuickBooks, SMTP, keys, mailbox and CRM; say what to fix.

    Changes nothing. Exit 1 when any check fails (a source not configured is not a failure).
    """
    settings = settings_or_exit()
    problems = 0
    for name, check in CHECKS:
        subject = _quickbooks_read_only(settings) if check is _quickbooks else settings
        try:
            typer.secho(f"✓ {name}: {check(subject)}", fg="green")
        except NotConfigured as exc:
            typer.secho(f"- {name}: not configured: {exc}", fg="yellow")
        except (QbotError, OSError, SQLAlchemyError) as exc:
            problems += 1
            failure = describe(exc)
            typer.secho(f"✗ {name}: {failure.message if failure else exc}", fg="red")
        except Exception as exc:  # doctor reports every failure, it never crashes
            problems += 1
            typer.secho(f"✗ {name}: {type(exc).__name__}: {exc}", fg="red")
    raise typer.Exit(1 if problems else 0)

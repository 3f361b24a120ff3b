"""The composition root for core: build_services(settings, **overrides) wires one object graph."""

from __future__ import annotations

import errno
import socket
import sqlite3
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, make_url

from core.adapters.clock import SystemClock
from core.adapters.clock import company_today as company_today  # the CLI's dates, at the edge
from core.adapters.crypto import TokenCipher
from core.adapters.db import alembic_config, make_engine, upgrade_to_head
from core.adapters.db_metrics import DatabaseCollector
from core.adapters.hubspot import HubSpotCrm
from core.adapters.imap import ImapMailbox
from core.adapters.mail import SmtpMailer
from core.adapters.net import bound_socket
from core.adapters.qbo.auth import QboBearerAuth, QboOAuth
from core.adapters.qbo.client import QboClient
from core.adapters.templates import TemplateRenderer
from core.domain.authority import Approvers
from core.domain.policy import Policy, sync_conflicts_from_toml_dict, sync_every_from_toml_dict
from core.domain.sync.conflict_policy import ConflictPolicy
from core.domain.sync.intervals import every_from_text, sync_every
from core.errors import ConfigurationError, UserFacingError
from core.metrics import Metrics
from core.ports import (
    Clock,
    Crm,
    DigestPoster,
    DraftRenderer,
    Mailbox,
    Mailer,
    Notifier,
    QuickBooks,
    ReviewPoster,
)
from core.services.approvals import ApprovalService
from core.services.case_actions import CardActionService
from core.services.case_notes import CaseNotesService
from core.services.change_approvals import ChangeApprovalService, post_card_effect
from core.services.change_forms import ChangeFormService
from core.services.claude_triage import Classifier
from core.services.collections import CollectionsService
from core.services.conflict_cards import ConflictCardService, card_hook
from core.services.conflicts import ConflictService
from core.services.connections import ConnectionService
from core.services.crm import CrmService
from core.services.digest import DigestService
from core.services.events import EventService
from core.services.mailbox import MailboxService
from core.services.outbox import OutboxRelay
from core.services.push import PushService
from core.services.review import ReviewService
from core.services.staging import StagingService
from core.services.sync_cycle import SyncCycle
from core.services.sync_requests import SyncRequests
from core.services.uow import UnitOfWork
from core.settings import Settings

if TYPE_CHECKING:  # the SDK is loaded only when a key is set (build_judge)
    import anthropic

PRODUCTION_QBO = "https://quickbooks.api.intuit.com"
SANDBOX_QBO = "https://sandbox-quickbooks.api.intuit.com"


@dataclass
class Services:
    """Everything the processes (CLI, web, worker) call into."""

    settings: Settings
    engine: Engine
    uow: UnitOfWork
    clock: Clock
    policy: Policy
    approvers: Approvers
    renderer: DraftRenderer
    approvals: ApprovalService
    collections: CollectionsService
    card_actions: CardActionService
    relay: OutboxRelay | None
    qbo_for: Callable[[str], QuickBooks]
    events: EventService
    connections: ConnectionService | None
    metrics: Metrics
    digest: DigestService
    review: ReviewService
    staging: StagingService
    change_approvals: ChangeApprovalService
    change_forms: ChangeFormService
    push: PushService
    conflicts: ConflictService
    conflict_cards: ConflictCardService
    sync: SyncCycle
    sync_requests: SyncRequests
    case_notes: CaseNotesService
    mailbox: MailboxService | None = None  # the AR mailbox, when QBOT_IMAP_* are set
    crm: CrmService | None = None  # HubSpot, when HUBSPOT_TOKEN is set


def _read_toml(path: Path, setting: str) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"setting {setting}: cannot read {path}: {exc}") from None


def load_policy(settings: Settings) -> Policy:
    """The SPEC default policy, or the TOML file named by QBOT_POLICY_FILE."""
    if settings.policy_file is None:
        return Policy()
    try:
        return Policy.from_toml_dict(_read_toml(settings.policy_file, "QBOT_POLICY_FILE"))
    except ValueError as exc:
        raise ConfigurationError(f"setting QBOT_POLICY_FILE: {exc}") from None


def load_conflict_policy(settings: Settings) -> ConflictPolicy:
    """The `[sync.conflicts]` table of the policy file (built-in defaults without one)."""
    if settings.policy_file is None:
        return ConflictPolicy()
    try:
        return sync_conflicts_from_toml_dict(_read_toml(settings.policy_file, "QBOT_POLICY_FILE"))
    except ValueError as exc:
        raise ConfigurationError(f"setting QBOT_POLICY_FILE: {exc}") from None


def load_sync_every(settings: Settings) -> dict[str, timedelta | None]:
    """How often each type's sync cycle runs: QBOT_SYNC_EVERY over `[sync.every]` of the
    policy file over the default (`off`: not scheduled)."""
    in_file: dict[str, timedelta | None] = {}
    if settings.policy_file is not None:
        try:
            in_file = sync_every_from_toml_dict(_read_toml(settings.policy_file,
                                                           "QBOT_POLICY_FILE"))
        except ValueError as exc:
            raise ConfigurationError(f"setting QBOT_POLICY_FILE: {exc}") from None
    return sync_every(in_file, every_from_text(settings.sync_every))


def load_approvers(settings: Settings) -> Approvers:
    """The approvers file named by QBOT_APPROVERS_FILE; nobody may approve without one."""
    if settings.approvers_file is None:
        return Approvers()
    return Approvers.from_toml_dict(_read_toml(settings.approvers_file, "QBOT_APPROVERS_FILE"))


def default_qbo_for(
    settings: Settings,
    connections: ConnectionService | None = None,
    metrics: Metrics | None = None,
) -> Callable[[str], QuickBooks]:
    """One QuickBooks client per realm: a connected realm's OAuth tokens (refreshed on a 401),
    else the legacy QBO_ACCESS_TOKEN. Without `connections`, one is built on first use when
    QBOT_TOKEN_KEYS is set (an engine of its own; pass the graph's service to share it)."""
    base = settings.qbo_base_url or (
        PRODUCTION_QBO if settings.qbo_environment == "production" else SANDBOX_QBO
    )
    clients: dict[str, QuickBooks] = {}

    def service() -> ConnectionService | None:
        nonlocal connections
        # Checked first so that an unconfigured deployment builds no engine for nothing.
        if connections is None and settings.token_keys is not None and settings.qbo_client_id:
            # Nobody disposes this engine (one-shot callers: `qbot doctor`): pool nothing.
            engine = make_engine(settings.database_url, pooled=False)
            connections = build_connections(settings, UnitOfWork(engine), SystemClock(), None)
        return connections

    def qbo_for(realm_id: str) -> QuickBooks:
        if realm_id not in clients:
            found = service()
            if found is not None and found.get(realm_id) is not None:
                tokens = found.token_source(realm_id)
                http = httpx.Client(
                    auth=QboBearerAuth(tokens), timeout=httpx.Timeout(30.0, connect=5.0)
                )
                # auth sets the bearer; the client's close() closes this http client too
                clients[realm_id] = QboClient(
                    base, realm_id, http=http, metrics=metrics, owns_http=True
                )
            elif settings.qbo_access_token is not None:
                clients[realm_id] = QboClient(
                    base, realm_id, settings.qbo_access_token.get_secret_value(), metrics=metrics
                )
            else:
                raise ConfigurationError(
                    f"QuickBooks company {realm_id} is not connected: run `qbot connect` "
                    "(or set QBO_ACCESS_TOKEN)"
                )
        return clients[realm_id]

    return qbo_for


def build_connections(
    settings: Settings, uow: UnitOfWork, clock: Clock, notifier: Notifier | None
) -> ConnectionService | None:
    """The OAuth connection service, when QBOT_TOKEN_KEYS and QBO_CLIENT_ID are set."""
    if settings.token_keys is None or not settings.qbo_client_id:
        return None
    # No notifier: pass none, so the service logs its notices instead of dropping them.
    notify = None if notifier is None else partial(notifier.post_notice, settings.slack_channel)
    return ConnectionService(
        uow,
        clock,
        TokenCipher.from_setting(settings.token_keys.get_secret_value()),
        QboOAuth.from_settings(settings),
        notify=notify,
    )


def build_services(
    settings: Settings,
    *,
    clock: Clock | None = None,
    engine: Engine | None = None,
    qbo_for: Callable[[str], QuickBooks] | None = None,
    notifier: Notifier | None = None,
    mailer: Mailer | None = None,
    approvers: Approvers | None = None,
    metrics: Metrics | None = None,
    mailbox: Mailbox | None = None,
    crm: Crm | None = None,
    anthropic_client: anthropic.Anthropic | None = None,
) -> Services:
    """Build the service graph; every adapter can be overridden (tests, demo)."""
    clock = clock or SystemClock()
    engine = engine or make_engine(settings.database_url)
    metrics = metrics or Metrics()
    metrics.add_gauges(DatabaseCollector(engine, clock))
    uow = UnitOfWork(engine)
    policy = load_policy(settings)
    approvers = approvers or load_approvers(settings)
    renderer = TemplateRenderer(settings.templates_dir)
    connections = build_connections(settings, uow, clock, notifier)
    qbo_for = qbo_for or default_qbo_for(settings, connections, metrics)
    mailer = mailer or build_mailer(settings)
    relay = (
        OutboxRelay(uow, clock, qbo_for, mailer, notifier, settings.mail_from)
        if notifier is not None
        else None
    )
    collections = CollectionsService(
        uow, clock, policy, renderer, settings.slack_channel, metrics=metrics,
        judge=build_judge(settings, policy, anthropic_client),
    )
    conflicts = conflict_service(settings, uow, clock)
    staging = staging_service(settings, uow, clock)
    push = PushService(uow, clock, qbo_for, resolve=conflicts.resolve)
    events = EventService(uow, clock, qbo_for, collections, resolve=conflicts.resolve)
    return Services(
        settings=settings,
        engine=engine,
        uow=uow,
        clock=clock,
        policy=policy,
        approvers=approvers,
        renderer=renderer,
        approvals=ApprovalService(uow, clock, approvers, policy),
        collections=collections,
        card_actions=CardActionService(uow, clock, approvers, policy, collections),
        relay=relay,
        qbo_for=qbo_for,
        events=events,
        connections=connections,
        metrics=metrics,
        staging=staging,
        change_approvals=ChangeApprovalService(uow, clock, approvers),
        change_forms=ChangeFormService(uow, clock, approvers, staging),
        push=push,
        conflicts=conflicts,
        conflict_cards=ConflictCardService(
            uow, clock, approvers, staging, card_hook(settings.slack_channel)
        ),
        sync=SyncCycle(uow, clock, conflicts, push, events),
        sync_requests=SyncRequests(uow, clock, approvers),
        case_notes=CaseNotesService(uow, clock, collections.scan_invoice_today),
        digest=DigestService(
            uow, clock, approvers, settings.slack_channel,
            poster=notifier if isinstance(notifier, DigestPoster) else None,
        ),
        review=ReviewService(
            uow, clock, settings.slack_channel,
            poster=notifier if isinstance(notifier, ReviewPoster) else None,
        ),
        mailbox=mailbox_service(settings, uow, clock, mailbox),
        crm=crm_service(settings, uow, clock, crm),
    )


def build_crm(settings: Settings) -> HubSpotCrm | None:
    """HubSpot's CRM API (HUBSPOT_TOKEN, HUBSPOT_BASE_URL), or None when it is not configured."""
    if settings.hubspot_token is None:
        return None
    return HubSpotCrm(settings.hubspot_token.get_secret_value(), settings.hubspot_base_url)


def crm_service(settings: Settings, uow: UnitOfWork, clock: Clock,
                crm: Crm | None = None) -> CrmService | None:
    """CRM notes and account owners into case context, when a CRM is configured."""
    crm = crm or build_crm(settings)
    return CrmService(uow, clock, crm) if crm is not None else None


def build_mailbox(settings: Settings) -> ImapMailbox | None:
    """The AR mailbox over IMAP (QBOT_IMAP_*), or None when it is not configured."""
    if not (settings.imap_configured and settings.imap_host and settings.imap_user
            and settings.imap_password):
        return None
    return ImapMailbox(
        settings.imap_host, settings.imap_user, settings.imap_password.get_secret_value(),
        folder=settings.imap_folder, port=settings.imap_port, use_ssl=settings.imap_ssl,
    )


def mailbox_service(settings: Settings, uow: UnitOfWork, clock: Clock,
                    mailbox: Mailbox | None = None) -> MailboxService | None:
    """Reading the AR mailbox into case context; our own addresses (QBOT_MAIL_FROM, the
    mailbox's login) mark the messages we sent."""
    mailbox = mailbox or build_mailbox(settings)
    if mailbox is None:
        return None
    return MailboxService(uow, clock, mailbox, [settings.mail_from, settings.imap_user or ""])


def claude_key(settings: Settings) -> str | None:
    """ANTHROPIC_API_KEY when it is set to something (blank counts as unset)."""
    key = settings.anthropic_api_key.get_secret_value() if settings.anthropic_api_key else ""
    return key.strip() or None


def build_judge(
    settings: Settings, policy: Policy, client: anthropic.Anthropic | None = None
) -> Classifier | None:
    """Claude as the live scan's judge when ANTHROPIC_API_KEY is set (ANTHROPIC_BASE_URL
    points it elsewhere: the simulator); None, the rules judge alone, without a key."""
    key = claude_key(settings)
    if key is None:
        return None
    import anthropic  # here, so a deployment without a key never loads the SDK

    from core.adapters.llm import ClaudeClassifier

    client = client or anthropic.Anthropic(
        api_key=key, base_url=settings.anthropic_base_url, max_retries=2
    )
    # The classifier carries the policy: it is part of the prompt's cached prefix.
    return ClaudeClassifier(client, policy=policy, timeout=settings.claude_timeout)


def judge_in_use(settings: Settings) -> str:
    """Which judge the overdue scan uses, in one line (`qbot doctor`); reaches nobody."""
    if claude_key(settings) is None:
        return "rules (no ANTHROPIC_API_KEY: Claude is not used)"
    from core.adapters.llm import DEFAULT_MODEL, PROMPT_VERSION

    where = settings.anthropic_base_url or "https://api.anthropic.com"
    return (f"claude {DEFAULT_MODEL} (prompt {PROMPT_VERSION}) at {where}, timeout "
            f"{settings.claude_timeout:g}s; the rules decide when it fails")


# The small builders the CLI needs besides the whole graph: each command gets its database,
# clock, keys and sockets here, so no `bot` module wires an adapter itself.


def staging_service(
    settings: Settings, uow: UnitOfWork, clock: Clock | None = None
) -> StagingService:
    """Staging, whose every batch queues its approval card in the outbox (posted once Slack
    is configured)."""
    return StagingService(uow, clock or SystemClock(), post_card_effect(settings.slack_channel))


def conflict_service(
    settings: Settings, uow: UnitOfWork, clock: Clock | None = None
) -> ConflictService:
    """Conflict resolution by the policy file's `[sync.conflicts]`."""
    return ConflictService(
        uow, clock or SystemClock(), load_conflict_policy(settings),
        card_hook(settings.slack_channel),
    )


def system_clock() -> Clock:
    """The wall clock (aware UTC) the processes run on."""
    return SystemClock()


def new_token_key() -> str:
    """A fresh Fernet key for QBOT_TOKEN_KEYS."""
    return TokenCipher.generate_key()


def build_mailer(settings: Settings) -> SmtpMailer:
    """The SMTP mailer on QBOT_SMTP_HOST:QBOT_SMTP_PORT."""
    return SmtpMailer(settings.smtp_host, settings.smtp_port, settings.mail_from)


def token_cipher(settings: Settings) -> TokenCipher:
    """The cipher of QBOT_TOKEN_KEYS; ConfigurationError when it is missing or malformed."""
    return TokenCipher.from_setting(
        settings.token_keys.get_secret_value() if settings.token_keys else None
    )


def open_database(settings: Settings, *, create: bool = False) -> UnitOfWork:
    """A unit of work on QBOT_DATABASE_URL (the caller disposes `uow.engine` when done).

    SQLite creates a missing file on connect; only `create=True` (`qbot db upgrade`,
    `qbot connect`) may, so reading commands on a missing file say what to run instead of
    leaving an empty `qbot.db` behind. Raises UserFacingError for a missing file.
    """
    url = make_url(settings.database_url)
    if not create and url.get_backend_name() == "sqlite":
        path = url.database or ""
        if path not in ("", ":memory:") and not Path(path).is_file():
            raise UserFacingError(f"no database file at {path}: run `qbot db upgrade`")
    return UnitOfWork(make_engine(settings.database_url))


def migrate(engine: Engine) -> str:
    """Run the migrations to head; return the database's printable URL (no password)."""
    upgrade_to_head(engine)
    return engine.url.render_as_string(hide_password=True)


def schema_status(engine: Engine) -> tuple[str | None, str | None]:
    """(the database's Alembic revision or None, the code's head revision)."""
    url = engine.url.render_as_string(hide_password=False)
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision(), head


def require_schema(engine: Engine) -> None:
    """Raise UserFacingError unless the database is migrated to head (say how to get there)."""
    current, head = schema_status(engine)
    if current != head:
        raise UserFacingError(
            f"the database is not set up (schema at {current or 'nothing'}, head is {head}): "
            "run `qbot db upgrade`"
        )


def read_only_engine(settings: Settings) -> Engine:
    """An engine that never creates or changes the database (`qbot doctor`).

    SQLite would create a missing file on connect, so the file must exist and is opened with
    `mode=ro`; a PostgreSQL server database cannot be created by connecting to it.
    """
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite":
        return make_engine(settings.database_url)
    path = url.database or ""
    if path in ("", ":memory:") or not Path(path).is_file():
        raise UserFacingError(f"no database file at {path or '(memory)'}: run `qbot db upgrade`")
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    engine.url = url  # what doctor prints: the file, not the creator's placeholder
    return engine


def listen(host: str, port: int) -> socket.socket:
    """A bound listening socket; a port in use is said in one line naming it."""
    try:
        return bound_socket(host, port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UserFacingError(
                f"port {port} is in use on {host}: pick another with --port (0 picks a free one)"
            ) from None
        raise UserFacingError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None

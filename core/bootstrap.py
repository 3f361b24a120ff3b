"""The composition root for core: build_services(settings, **overrides) wires one object graph."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine

from core.adapters.clock import SystemClock
from core.adapters.crypto import TokenCipher
from core.adapters.db import make_engine
from core.adapters.mail import SmtpMailer
from core.adapters.qbo.auth import QboBearerAuth, QboOAuth
from core.adapters.qbo.client import QboClient
from core.adapters.templates import TemplateRenderer
from core.domain.authority import Approvers
from core.domain.policy import Policy
from core.errors import ConfigurationError
from core.ports import Clock, DraftRenderer, Mailer, Notifier, QuickBooks
from core.services.approvals import ApprovalService
from core.services.collections import CollectionsService
from core.services.connections import ConnectionService
from core.services.events import EventService
from core.services.outbox import OutboxRelay
from core.services.uow import UnitOfWork
from core.settings import Settings

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
    relay: OutboxRelay | None
    qbo_for: Callable[[str], QuickBooks]
    events: EventService
    connections: ConnectionService | None


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


def load_approvers(settings: Settings) -> Approvers:
    """The approvers file named by QBOT_APPROVERS_FILE; nobody may approve without one."""
    if settings.approvers_file is None:
        return Approvers()
    return Approvers.from_toml_dict(_read_toml(settings.approvers_file, "QBOT_APPROVERS_FILE"))


def default_qbo_for(
    settings: Settings, connections: ConnectionService | None = None
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
                clients[realm_id] = QboClient(base, realm_id, http=http, owns_http=True)
            elif settings.qbo_access_token is not None:
                clients[realm_id] = QboClient(
                    base, realm_id, settings.qbo_access_token.get_secret_value()
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
) -> Services:
    """Build the service graph; every adapter can be overridden (tests, demo)."""
    clock = clock or SystemClock()
    engine = engine or make_engine(settings.database_url)
    uow = UnitOfWork(engine)
    policy = load_policy(settings)
    approvers = approvers or load_approvers(settings)
    renderer = TemplateRenderer(settings.templates_dir)
    connections = build_connections(settings, uow, clock, notifier)
    qbo_for = qbo_for or default_qbo_for(settings, connections)
    mailer = mailer or SmtpMailer(settings.smtp_host, settings.smtp_port, settings.mail_from)
    relay = (
        OutboxRelay(uow, clock, qbo_for, mailer, notifier, settings.mail_from)
        if notifier is not None
        else None
    )
    collections = CollectionsService(uow, clock, policy, renderer, settings.slack_channel)
    return Services(
        settings=settings,
        engine=engine,
        uow=uow,
        clock=clock,
        policy=policy,
        approvers=approvers,
        renderer=renderer,
        approvals=ApprovalService(uow, clock, approvers),
        collections=collections,
        relay=relay,
        qbo_for=qbo_for,
        events=EventService(uow, clock, qbo_for, collections),
        connections=connections,
    )

"""A running loop for tests: QuickBooks and Slack simulators, SMTP sink, database, services."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from slack_sdk import WebClient
from sqlalchemy import Engine

from bot.notifier import SlackNotifier
from core.adapters.clock import FixedClock
from core.adapters.crypto import TokenCipher
from core.adapters.db import alembic_config, make_engine
from core.adapters.mail import SmtpMailer
from core.adapters.qbo import QboClient, RetryPolicy
from core.bootstrap import Services, build_services
from core.domain.authority import Approvers, Role
from core.domain.sync.import_check import RowChecker
from core.domain.sync.staged import ChangeKind, StagedChange
from core.models import QboConnection
from core.services.ingest import import_context, pull_all
from core.services.staging import StagedBatch, books_for
from core.settings import Settings
from sandbox.qbo.company import SampleCompany, load_company
from sandbox.qbo.server import QboSimulator
from sandbox.slack.server import SlackSimulator
from sandbox.smtp import SmtpSink

TODAY = date(2026, 11, 20)  # the sample company's anchor date: no shift needed
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)  # 10:00 in Los Angeles
COLLECTOR, LEAD, ADMIN, STRANGER = "U0COLLECTOR", "U0FINLEAD", "U0ADMIN", "U0STRANGER"
CHANNEL = "C0COLLECTNS"
# The loop's approvers file: one user per role (STRANGER is on no list).
APPROVERS = Approvers(
    users={COLLECTOR: Role.COLLECTOR, LEAD: Role.FINANCE_LEAD, ADMIN: Role.ADMIN},
    limits={
        Role.COLLECTOR: Decimal("5000.00"),
        Role.FINANCE_LEAD: Decimal("50000.00"),
        Role.ADMIN: Decimal("250000.00"),
    },
)


@dataclass
class Loop:
    """Handles on every part of a running loop."""

    services: Services
    qsim: QboSimulator
    ssim: SlackSimulator
    sink: SmtpSink
    client: WebClient
    clock: FixedClock
    company: SampleCompany
    qbo: QboClient


@contextmanager
def migrated_to(database_url: str, revision: str) -> Iterator[Engine]:
    """An Engine on `database_url` migrated up to `revision` only (what a deployment had
    before a later migration); `upgrade(engine, "head")` then runs the rest."""
    engine = make_engine(database_url)
    try:
        upgrade(engine, revision)
        yield engine
    finally:
        engine.dispose()


def upgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def settings_for(database_url: str, **extra: Any) -> Settings:
    return Settings(QBOT_DATABASE_URL=database_url, QBOT_SLACK_CHANNEL=CHANNEL, **extra)


def connect_settings(qsim: QboSimulator) -> dict[str, Any]:
    """Settings that let `/qb connect` mint links against the loop's QuickBooks simulator."""
    return {
        "QBO_CLIENT_ID": qsim.client_id,
        "QBO_CLIENT_SECRET": qsim.client_secret,
        "QBO_OAUTH_BASE_URL": qsim.base_url,
        "QBO_BASE_URL": qsim.base_url,
        "QBOT_TOKEN_KEYS": TokenCipher.generate_key(),
    }


@contextmanager
def running_loop(engine: Engine, database_url: str, *, connectable: bool = False) -> Iterator[Loop]:
    """Start the simulators and build services on `engine` (already migrated); with
    `connectable`, QuickBooks OAuth is configured against the loop's simulator."""
    with ExitStack() as stack:
        company = load_company()
        qsim = QboSimulator(company=company, throttle=None)
        qsim.start()
        stack.callback(qsim.stop)
        ssim = SlackSimulator(channels={"collections": CHANNEL})
        ssim.start()
        stack.callback(ssim.stop)
        sink = SmtpSink().start()
        stack.callback(sink.stop)
        client = WebClient(token="xoxb-sim-token", base_url=ssim.base_url, retry_handlers=[])
        qbo = QboClient(
            qsim.base_url,
            company.realm_id,
            qsim.access_token,
            retry=RetryPolicy(attempts=3, base_wait=0.01, max_wait=0.05),
        )
        stack.callback(qbo.close)
        clock = FixedClock(NOW)
        extra = connect_settings(qsim) if connectable else {}
        services = build_services(
            settings_for(database_url, **extra),
            clock=clock,
            engine=engine,
            qbo_for=lambda _r: qbo,
            notifier=SlackNotifier(client),
            approvers=APPROVERS,
            mailer=SmtpMailer("127.0.0.1", sink.port, "ar@greenleaf.example"),
        )
        yield Loop(services, qsim, ssim, sink, client, clock, company, qbo)


def add_connection(services: Services, realm_id: str, timezone: str = "UTC") -> None:
    """A connected company row, as the OAuth flow leaves it."""
    with services.uow.session() as session:
        session.add(
            QboConnection(realm_id=realm_id, timezone=timezone, created_at=NOW, updated_at=NOW)
        )


def scan_sample(loop: Loop, *, post_cards: bool = True) -> None:
    """Pull the sample company, import its emails and notes, triage it and (by default) post
    every card through the outbox relay."""
    pull_all(loop.services.uow, loop.qbo)
    c = loop.company
    import_context(loop.services.uow, c.realm_id, c.emails, c.crm_notes, c.reminders_sent)
    loop.services.collections.scan(c.realm_id, TODAY, c.home_currency)
    if post_cards:
        assert loop.services.relay is not None
        loop.services.relay.drain()


@contextmanager
def scanned_loop(engine: Engine, database_url: str, *, post_cards: bool = True) -> Iterator[Loop]:
    """A running loop whose sample company was pulled, triaged and (by default) carded."""
    with running_loop(engine, database_url) as loop:
        scan_sample(loop, post_cards=post_cards)
        yield loop


def pay_in_full(loop: Loop, invoice_id: str, request_id: str) -> dict[str, Any]:
    """Record in QuickBooks a payment of the invoice's whole open balance; returns the invoice."""
    invoice = loop.qbo.read("Invoice", invoice_id)
    loop.qbo.create(
        "Payment",
        {
            "CustomerRef": invoice["CustomerRef"],
            "TotalAmt": invoice["Balance"],
            "Line": [
                {
                    "Amount": invoice["Balance"],
                    "LinkedTxn": [{"TxnId": invoice["Id"], "TxnType": "Invoice"}],
                }
            ],
        },
        request_id=request_id,
    )
    return invoice


def stage_rows(
    loop: Loop,
    rows: list[dict[str, Any]],
    edits: dict[ChangeKind, list[str]] | None = None,
    submitted_by: str = "import:t.jsonl",
) -> StagedBatch:
    """Check import-shaped `rows` against the pulled books and stage them as one batch."""
    realm = loop.company.realm_id
    with loop.services.uow.session() as session:
        checker = RowChecker(books_for(session, realm, edits or {}))
    changes: list[tuple[int | None, StagedChange]] = []
    for n, row in enumerate(rows, start=1):
        checked = checker.check(n, row)
        assert isinstance(checked, StagedChange), checked
        changes.append((n, checked))
    return loop.services.staging.stage(realm, changes, submitted_by, submitted_by)


def quickbooks_settings_only(
    loop: Loop, database_url: str, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The environment of a shell with QuickBooks settings alone: no Slack setting, no .env."""
    for name in list(os.environ):
        if name.startswith(("QBOT_", "SLACK_", "QBO_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("QBO_BASE_URL", loop.qsim.base_url)
    monkeypatch.setenv("QBO_REALM_ID", loop.company.realm_id)
    monkeypatch.setenv("QBO_ACCESS_TOKEN", loop.qsim.access_token)


def eventually(
    ready: Callable[[], bool],
    timeout: float = 10.0,
    every: float = 0.02,
    tolerate: tuple[type[Exception], ...] = (),
) -> bool:
    """Poll `ready` until it holds or the deadline passes (for effects no simulator call
    announces, such as a database row a follow-up writes): never a fixed sleep. An exception
    of a `tolerate` type counts as not yet (a database still coming back)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if ready():
                return True
        except tolerate:
            pass
        if time.monotonic() >= deadline:
            return False
        time.sleep(every)

"""Every `/qb` subcommand answers ephemerally through bolt: help, unknown words, features not
built yet, one customer's picture and qbot's status (signed requests over HTTP)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import func, select

from bot.cards.help import HELP_TEXT, NOT_YET
from bot.ids import QbSubcommand
from core.models import Customer, Invoice, Job
from tests.harness import running_loop, scan_sample
from tests.integration.test_bolt_rig import Rig, bolt_rig
from tests.integration.test_qb_overdue import ask, sections


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with running_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


def test_help_unknown_words_and_features_not_built_yet(rig: Rig) -> None:
    for text in ("", "help", "HELP"):
        assert ask(rig, text)[0]["text"] == HELP_TEXT
    for usage in ("overdue", "customer NAME", "status", "sync", "digest", "review", "connect"):
        assert f"`/qb {usage}" in HELP_TEXT
    typo, _ = ask(rig, "overdeu acme")
    assert typo["text"].startswith("`overdeu` is not a `/qb` subcommand. Did you mean `overdue`?")
    assert typo["text"].endswith(HELP_TEXT)
    far, _ = ask(rig, "<!channel>")
    assert "Did you mean" not in far["text"] and "&lt;!channel&gt;" in far["text"]
    for sub in NOT_YET:
        said, _ = ask(rig, f"{sub.value} now")
        assert "It is not available yet." in said["text"] and said["text"].endswith(HELP_TEXT)
    assert set(NOT_YET) | {
        QbSubcommand.HELP,
        QbSubcommand.OVERDUE,
        QbSubcommand.CUSTOMER,
        QbSubcommand.STATUS,
        QbSubcommand.CONNECT,
        QbSubcommand.DIGEST,
        QbSubcommand.REVIEW,
        QbSubcommand.SYNC,  # tests/integration/test_qb_sync_slack.py
        QbSubcommand.CONFLICTS,
        QbSubcommand.EXPENSE,  # forms: tests/integration/test_bolt_change_forms.py
        QbSubcommand.INVOICE,
    } == set(QbSubcommand)
    bare, _ = ask(rig, "customer")
    assert bare["text"].startswith("Say which customer")


def test_customer_picture_and_status(rig: Rig) -> None:
    empty, _ = ask(rig, "status")
    assert "No QuickBooks company yet" in sections(empty, "status_companies")[0]
    nothing, _ = ask(rig, "overdue")
    assert "No QuickBooks company yet" in sections(nothing, "overdue_totals")[0]
    scan_sample(rig.loop)
    with rig.loop.services.uow.session() as session:
        customer = session.exec(select(Customer).order_by(Customer.display_name)).first()
        assert customer is not None
        open_count = session.exec(
            select(func.count()).where(
                Invoice.customer_qbo_id == customer.qbo_id, Invoice.balance > 0
            )
        ).one()
        queued = session.exec(select(func.count()).where(Job.state == "queued")).one()
    seen, _ = ask(rig, f"customer {customer.display_name.upper()}")
    assert seen["blocks"][0]["text"]["text"] == customer.display_name
    titles = [s.splitlines()[0] for s in sections(seen, "customer_")]
    assert titles == [
        f"*Open invoices* ({open_count})",
        "*Payments*",
        "*Reminders sent*",
        "*Promise to pay*",
        "*Notes*",
        "*Cases*",
        "*Disputes and legal holds*",
        "*Credits*",
    ]
    several, _ = ask(rig, "customer a")
    assert several["text"].startswith("Several customers could be")
    missing, _ = ask(rig, "customer zzzz nobody")
    assert missing["text"].startswith("No customer is named")

    status, _ = ask(rig, "status")
    [companies] = sections(status, "status_companies")
    assert rig.loop.company.realm_id in companies
    [queue] = sections(status, "status_queue")
    assert f"*Queue:* {queued} job(s) waiting" in queue
    assert "*Sends in doubt:* 0" in queue

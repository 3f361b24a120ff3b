"""The simulator's webhook emitter against a running `qbot web` app, and the CDC backstop."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr
from sqlmodel import select
from typer.testing import CliRunner

from bot.cli import cli
from core.bootstrap import Services
from core.models import Invoice, QboEvent
from sandbox.qbo.webhooks import WebhookEmitter
from tests.harness import Loop
from tests.integration import test_events_processing as processing
from tests.integration.test_webhook_route import TOKEN, serve_web

loop = processing.loop  # the fixture: a pulled, scanned sample company on the simulator
open_actions, service = processing.open_actions, processing.service
FAST = (0.05, 0.05, 0.05)  # retry waits for tests: Intuit's schedule, shortened


def signed_services(loop: Loop) -> Services:
    settings = loop.services.settings.model_copy(
        update={"qbo_webhook_verifier_token": SecretStr(TOKEN)}
    )
    return dataclasses.replace(loop.services, settings=settings)


@pytest.fixture
def emitter(loop: Loop) -> Iterator[WebhookEmitter]:
    em: WebhookEmitter = loop.qsim.webhooks  # type: ignore[attr-defined]
    yield em
    em.stop()


def pay(loop: Loop, invoice_id: str, amount: float, customer: str, key: str) -> str:
    body = {
        "CustomerRef": {"value": customer},
        "TotalAmt": amount,
        "Line": [{"Amount": amount, "LinkedTxn": [{"TxnId": invoice_id, "TxnType": "Invoice"}]}],
    }
    return str(loop.qbo.create("Payment", body, key).entity["Id"])


def inbox(loop: Loop) -> list[QboEvent]:
    with loop.services.uow.session() as session:
        return list(session.exec(select(QboEvent).order_by(QboEvent.id)).all())  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["classic", "cloudevents"])
def test_emitted_webhook_is_stored_processed_and_retriages(
    loop: Loop,
    emitter: WebhookEmitter,
    fmt: str,
    monkeypatch: pytest.MonkeyPatch,
    database_url: str,
) -> None:
    with serve_web(signed_services(loop)) as base:
        emitter.configure(f"{base}/qbo/webhook", TOKEN, fmt, retry_schedule=FAST)
        payment_id = pay(loop, "862", 404.00, "1", f"pay-862-{fmt}")
        assert emitter.wait_idle(10)
    assert (emitter.delivered, emitter.given_up) == (1, 0)
    [row] = inbox(loop)
    assert (row.entity, row.entity_id, row.operation, row.status, row.source_format) == (
        "Payment",
        payment_id,
        "Create",
        "pending",
        fmt,
    )
    report = service(loop).process_pending()
    assert (report.processed, report.failed) == (1, 0)
    assert open_actions(loop, "862") == []
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    result = CliRunner().invoke(cli, ["events", "--json", "--status", "processed"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [(e["entity"], e["entity_id"], e["status"]) for e in listed] == [
        ("Payment", payment_id, "processed")
    ]
    table = CliRunner().invoke(cli, ["events"])
    assert table.exit_code == 0 and "Payment" in table.stdout


def test_rejected_deliveries_are_retried_on_the_schedule_then_given_up(
    loop: Loop,
    emitter: WebhookEmitter,
) -> None:
    with serve_web(signed_services(loop)) as base:
        emitter.configure(f"{base}/qbo/webhook", "not-our-token", retry_schedule=FAST)
        pay(loop, "864", 10.00, "3", "pay-864-partial")
        assert emitter.wait_idle(10)
    assert (emitter.attempts, emitter.delivered, emitter.given_up) == (1 + len(FAST), 0, 1)
    assert inbox(loop) == []


def test_dropped_webhooks_are_caught_by_the_cdc_poll(
    loop: Loop,
    emitter: WebhookEmitter,
) -> None:
    svc = service(loop)
    # The loop's clock is fixed days before the simulator's wall clock: start an hour back.
    start = datetime.now(UTC) - timedelta(hours=1)
    assert svc.poll_cdc(loop.company.realm_id, since=start).applied == {}
    with serve_web(signed_services(loop)) as base:
        emitter.configure(f"{base}/qbo/webhook", TOKEN, retry_schedule=FAST)
        emitter.drop(2)
        pay(loop, "862", 404.00, "1", "pay-862-dropped")
        assert emitter.wait_idle(10)
        pay(loop, "864", 640.00, "3", "pay-864-dropped")
        assert emitter.wait_idle(10)
    assert (emitter.dropped, emitter.delivered) == (2, 0)
    assert inbox(loop) == []
    report = svc.poll_cdc(loop.company.realm_id)
    assert report.applied.get("Payment", 0) >= 2
    with loop.services.uow.session() as session:
        balances = dict(
            session.exec(
                select(Invoice.qbo_id, Invoice.balance).where(
                    Invoice.qbo_id.in_(["862", "864"])  # type: ignore[attr-defined]
                )
            ).all()
        )
    assert balances == {"862": 0, "864": 0}
    assert open_actions(loop, "862") == [] and open_actions(loop, "864") == []

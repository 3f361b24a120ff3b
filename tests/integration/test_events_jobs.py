"""A QuickBooks webhook becomes a durable job in the same transaction, and the worker applies it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import select

from core.bootstrap import Services, build_services
from core.domain.webhook_events import signature
from core.jobs import handlers as job_handlers
from core.models import Invoice, Job, QboEvent
from core.services.event_inbox import REALM_EVENTS
from core.services.ingest import pull_all
from core.settings import Settings
from core.worker import Worker
from tests.harness import CHANNEL, NOW, Loop, running_loop
from tests.integration.test_webhook_route import add_connection, serve_web

TOKEN = "verifier-token-for-jobs"


@pytest.fixture
def loop_with_webhooks(engine: Engine, database_url: str) -> Iterator[tuple[Loop, Services]]:
    with running_loop(engine, database_url) as loop:
        settings = Settings(  # type: ignore[call-arg]
            QBOT_DATABASE_URL=database_url,
            QBOT_SLACK_CHANNEL=CHANNEL,
            QBO_WEBHOOK_VERIFIER_TOKEN=TOKEN,
        )
        services = build_services(
            settings,
            engine=engine,
            clock=loop.clock,
            qbo_for=lambda _r: loop.qbo,
            notifier=loop.services.relay.ctx.notifier  # type: ignore[union-attr]
            if loop.services.relay
            else None,
            approvers=loop.services.approvers,
        )
        add_connection(services, loop.company.realm_id, "America/Los_Angeles")
        pull_all(services.uow, loop.qbo)
        yield loop, services


def _notify(base_url: str, realm: str, invoice_id: str, when: str) -> httpx.Response:
    body = json.dumps(
        {
            "eventNotifications": [
                {
                    "realmId": realm,
                    "dataChangeEvent": {
                        "entities": [
                            {
                                "name": "Invoice",
                                "id": invoice_id,
                                "operation": "Update",
                                "lastUpdated": when,
                            }
                        ]
                    },
                }
            ]
        }
    )
    return httpx.post(
        f"{base_url}/qbo/webhook",
        content=body.encode(),
        timeout=10,
        headers={
            "intuit-signature": signature(body.encode(), TOKEN),
            "content-type": "application/json",
        },
    )


def test_webhook_enqueues_one_job_per_realm_and_second(
    loop_with_webhooks: tuple[Loop, Services],
) -> None:
    loop, services = loop_with_webhooks
    realm = loop.company.realm_id
    with serve_web(services) as base_url:
        assert _notify(base_url, realm, "862", "2026-11-20T10:00:00-08:00").status_code == 200
        assert _notify(base_url, realm, "863", "2026-11-20T10:00:01-08:00").status_code == 200
    with services.uow.session() as session:
        jobs = session.exec(select(Job).where(Job.kind == REALM_EVENTS)).all()
        events = session.exec(select(QboEvent)).all()
    assert len(events) == 2
    assert len(jobs) == 1  # same realm, same second (the clock is fixed)
    assert jobs[0].payload == {"realm_id": realm}


def test_worker_applies_the_change_the_webhook_announced(
    loop_with_webhooks: tuple[Loop, Services],
) -> None:
    loop, services = loop_with_webhooks
    realm = loop.company.realm_id
    invoice = loop.qbo.read("Invoice", "862")
    loop.qbo.sparse_update(
        "Invoice",
        {"Id": "862", "SyncToken": invoice["SyncToken"], "PrivateNote": "changed in QuickBooks"},
        request_id="test-change-862",
    )
    with serve_web(services) as base_url:
        assert _notify(base_url, realm, "862", NOW.isoformat()).status_code == 200
    ran = Worker(services.uow, services.clock, job_handlers(services)).run_until_idle()
    assert ran >= 1
    with services.uow.session() as session:
        [event] = session.exec(select(QboEvent)).all()
        copy = session.exec(select(Invoice).where(Invoice.qbo_id == "862")).one()
    assert event.status == "processed"
    assert copy.raw["PrivateNote"] == "changed in QuickBooks"
    assert copy.sync_token == str(int(invoice["SyncToken"]) + 1)

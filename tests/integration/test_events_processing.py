"""EventService: per-realm ordering, failures isolated, copies refreshed, invoices re-triaged."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from core.adapters.qbo.faults import QboRequestError
from core.domain.webhook_events import WebhookEvent, classic_key
from core.models import Customer, Invoice, ProposedAction, QboEvent, SyncCursor
from core.services.events import CDC_OVERLAP, EventService
from core.services.ingest import import_context, pull_all
from tests.harness import TODAY, Loop, running_loop
from tests.integration.test_webhook_route import NOW, add_connection, webhook_services


def event(realm: str, entity: str, eid: str, op: str, when: str) -> WebhookEvent:
    return WebhookEvent(
        realm, entity, eid, op, when, "classic", classic_key(realm, entity, eid, op, when)
    )


@dataclass
class FakeQbo:
    """A QuickBooks stand-in that remembers the order of reads."""

    realm_id: str
    data: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    reads: list[tuple[str, str]] = field(default_factory=list)

    def read(self, entity: str, entity_id: str) -> dict[str, Any]:
        self.reads.append((entity, entity_id))
        if (entity, entity_id) not in self.data:
            raise QboRequestError("Object Not Found", status=400, code="610")
        return self.data[(entity, entity_id)]


def customer(eid: str, name: str) -> dict[str, Any]:
    return {"Id": eid, "SyncToken": "1", "DisplayName": name}


@pytest.fixture
def fake_world(
    engine: Engine, database_url: str
) -> Iterator[tuple[EventService, dict[str, FakeQbo]]]:
    services = webhook_services(engine, database_url)
    for realm in ("100", "200"):
        add_connection(services, realm)
    fakes = {"100": FakeQbo("100"), "200": FakeQbo("200")}

    def qbo_for(realm: str) -> Any:
        if realm == "200":
            raise RuntimeError("realm 200 is offline")
        return fakes[realm]

    yield EventService(services.uow, services.clock, qbo_for, services.collections), fakes


def rows(svc: EventService) -> dict[str, QboEvent]:
    with svc.uow.session() as session:
        return {r.dedupe_key: r for r in session.exec(select(QboEvent)).all()}


def test_events_apply_in_timestamp_order_and_a_failing_realm_stays_alone(
    fake_world: tuple[EventService, dict[str, FakeQbo]],
) -> None:
    svc, fakes = fake_world
    fakes["100"].data = {("Customer", str(i)): customer(str(i), f"C{i}") for i in (1, 2, 3)}
    late = event("100", "Customer", "1", "Update", "2026-11-20T10:00:03-08:00")
    early = event("100", "Customer", "2", "Update", "2026-11-20T17:59:59Z")  # 09:59:59 in LA
    middle = event("100", "Customer", "3", "Create", "2026-11-20T10:00:01-08:00")
    broken = event("200", "Customer", "9", "Update", "2026-11-20T09:00:00Z")
    vendor = event("100", "Vendor", "5", "Create", "2026-11-20T11:00:00-08:00")
    assert svc.record([late, early, middle, broken, vendor]) == (5, 0)
    assert svc.record([late]) == (0, 1)

    report = svc.process_pending()

    assert fakes["100"].reads == [("Customer", "2"), ("Customer", "3"), ("Customer", "1")]
    assert (report.processed, report.ignored, report.failed) == (3, 1, 1)
    stored = rows(svc)
    assert stored[late.dedupe_key].status == "processed"
    assert stored[vendor.dedupe_key].status == "ignored"
    failed = stored[broken.dedupe_key]
    assert failed.status == "failed" and failed.attempts == 1
    assert failed.last_error and "realm 200 is offline" in failed.last_error
    with svc.uow.session() as session:
        names = session.exec(select(Customer.display_name).where(Customer.realm_id == "100")).all()
    assert sorted(names) == ["C1", "C2", "C3"]
    # Processed events are not touched again; the failed one is retried.
    again = svc.process_pending(realm_id="100")
    assert (again.processed, again.failed) == (0, 0)
    assert svc.process_pending().failed == 1
    assert rows(svc)[broken.dedupe_key].attempts == 2


def test_a_deleted_entity_removes_our_copy(
    fake_world: tuple[EventService, dict[str, FakeQbo]],
) -> None:
    svc, fakes = fake_world
    fakes["100"].data = {("Customer", "1"): customer("1", "Gone Soon")}
    svc.record([event("100", "Customer", "1", "Create", "2026-11-20T10:00:00Z")])
    svc.process_pending()
    # Deleted in QuickBooks: an Update arriving late reads 610 and a Delete needs no read.
    fakes["100"].data.clear()
    svc.record([event("100", "Customer", "1", "Update", "2026-11-20T10:01:00Z")])
    assert svc.process_pending().processed == 1
    with svc.uow.session() as session:
        assert session.exec(select(Customer)).all() == []


@dataclass
class FakeCdc:
    realm_id: str
    changes: dict[str, list[dict[str, Any]]]
    time: str
    asked: list[datetime] = field(default_factory=list)

    def read(self, entity: str, entity_id: str) -> dict[str, Any]:
        raise AssertionError("the backstop must not read one by one")

    def cdc(self, entities: Sequence[str], changed_since: datetime) -> FakeCdc:
        assert list(entities) == ["Customer", "Invoice", "Payment", "CreditMemo"]
        self.asked.append(changed_since)
        return self

    @property
    def result(self) -> Mapping[str, Any]:
        return self.changes


def test_cdc_poll_applies_changes_and_advances_the_cursor(
    engine: Engine, database_url: str
) -> None:
    services = webhook_services(engine, database_url)
    add_connection(services, "100")
    feed = FakeCdc(
        "100",
        {
            "Customer": [customer("1", "From CDC"), {"Id": "2", "status": "Deleted"}],
            "Invoice": [],
        },
        "2026-11-20T09:59:30.000-08:00",
    )
    svc = EventService(services.uow, services.clock, lambda _r: feed, services.collections)  # type: ignore[arg-type, return-value]
    report = svc.poll_cdc("100")
    assert feed.asked[0] > NOW - timedelta(days=30)  # no cursor yet: 30 days back, capped
    assert report.until == datetime(2026, 11, 20, 17, 59, 30, tzinfo=UTC)
    assert (report.applied, report.deleted) == ({"Customer": 2}, 1)
    with services.uow.session() as session:
        cursors = session.exec(select(SyncCursor).where(SyncCursor.realm_id == "100")).all()
        assert {c.entity for c in cursors} == {"Customer", "Invoice", "Payment", "CreditMemo"}
        assert {c.changed_since.astimezone(UTC) for c in cursors} == {report.until}
        names = session.exec(select(Customer.display_name)).all()
        cdc_rows = session.exec(select(QboEvent).where(QboEvent.source_format == "cdc")).all()
    assert names == ["From CDC"]
    assert {(r.entity_id, r.operation, r.status) for r in cdc_rows} == {
        ("1", "Update", "processed"),
        ("2", "Delete", "processed"),
    }
    svc.poll_cdc("100")
    # The next poll starts at the server's time, a few seconds early (whole-second stamps).
    assert feed.asked[1] == report.until - CDC_OVERLAP


# -- against the QuickBooks simulator -----------------------------------------------------


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with running_loop(engine, database_url) as lp:
        c = lp.company
        add_connection(lp.services, c.realm_id, timezone=c.timezone)
        pull_all(lp.services.uow, lp.qbo)
        import_context(lp.services.uow, c.realm_id, c.emails, c.crm_notes, c.reminders_sent)
        lp.services.collections.scan(c.realm_id, TODAY, c.home_currency)
        yield lp


def service(loop: Loop) -> EventService:
    s = loop.services
    return EventService(s.uow, s.clock, s.qbo_for, s.collections)


def open_actions(loop: Loop, invoice_id: str) -> list[ProposedAction]:
    with loop.services.uow.session() as session:
        return list(
            session.exec(
                select(ProposedAction)
                .where(
                    ProposedAction.invoice_qbo_id == invoice_id,
                    ProposedAction.state == "proposed",
                )
                .order_by(col(ProposedAction.id))
            ).all()
        )


def test_invoice_update_refreshes_our_copy_and_proposes_a_follow_up(loop: Loop) -> None:
    realm = loop.company.realm_id
    assert open_actions(loop, "902") == []  # not due yet
    current = loop.qsim.entity("Invoice", "902")
    loop.qbo.sparse_update(
        "Invoice",
        {"Id": "902", "SyncToken": current["SyncToken"], "DueDate": "2026-10-20"},
        "test-due-902",
    )
    svc = service(loop)
    svc.record([event(realm, "Invoice", "902", "Update", "2026-11-20T10:00:00-08:00")])
    report = svc.process_pending()
    assert (report.processed, report.failed, report.rescanned) == (1, 0, 1)
    with loop.services.uow.session() as session:
        inv = session.exec(select(Invoice).where(Invoice.qbo_id == "902")).one()
    assert inv.due_date is not None and inv.due_date.isoformat() == "2026-10-20"
    [action] = open_actions(loop, "902")
    assert action.days_past_due > 0


def test_payment_event_withdraws_the_card_of_the_paid_invoice(loop: Loop) -> None:
    realm = loop.company.realm_id
    assert len(open_actions(loop, "862")) == 1
    payment = loop.qbo.create(
        "Payment",
        {
            "CustomerRef": {"value": "1"},
            "TotalAmt": 404.00,
            "Line": [{"Amount": 404.00, "LinkedTxn": [{"TxnId": "862", "TxnType": "Invoice"}]}],
        },
        "test-pay-862",
    ).entity
    svc = service(loop)
    svc.record([event(realm, "Payment", str(payment["Id"]), "Create", "2026-11-20T10:00:00Z")])
    report = svc.process_pending()
    assert (report.processed, report.failed) == (1, 0)
    with loop.services.uow.session() as session:
        inv = session.exec(select(Invoice).where(Invoice.qbo_id == "862")).one()
        withdrawn = session.exec(
            select(ProposedAction).where(ProposedAction.invoice_qbo_id == "862")
        ).all()
    assert inv.balance == 0
    assert open_actions(loop, "862") == []
    assert [a.state for a in withdrawn] == ["superseded"]

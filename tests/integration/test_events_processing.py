"""EventService against the QuickBooks simulator: per-realm ordering, failures isolated, copies
refreshed or removed, the CDC backstop, invoices re-triaged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from core.adapters.clock import SystemClock
from core.adapters.qbo import QboClient, RetryPolicy
from core.domain.webhook_events import WebhookEvent, classic_key
from core.models import Customer, Invoice, ProposedAction, QboEvent, SyncCursor
from core.ports import QuickBooks
from core.services.events import CDC_LOOKBACK, CDC_OVERLAP, ENTITIES, EventService
from core.services.ingest import import_context, pull_all
from sandbox.qbo.server import QboSimulator
from tests.harness import TODAY, Loop, add_connection, running_loop

OFFLINE = "200"  # a second connected company whose QuickBooks cannot be reached


def event(realm: str, entity: str, eid: str, op: str, when: str) -> WebhookEvent:
    return WebhookEvent(
        realm, entity, eid, op, when, "classic", classic_key(realm, entity, eid, op, when)
    )


def rows(svc: EventService) -> dict[str, QboEvent]:
    with svc.uow.session() as session:
        return {r.dedupe_key: r for r in session.exec(select(QboEvent)).all()}


def reads(sim: QboSimulator, kind: str) -> list[str]:
    """The ids of `kind` the simulator was asked to read one by one, in order."""
    prefix = f"/v3/company/{sim.realm_id}/{kind.lower()}/"
    return [
        r["path"].removeprefix(prefix)
        for r in sim.requests
        if r["method"] == "GET" and r["path"].startswith(prefix)
    ]


def rename(loop: Loop, kind: str, eid: str, name: str) -> None:
    current = loop.qsim.entity(kind, eid)
    loop.qbo.sparse_update(
        kind, {"Id": eid, "SyncToken": current["SyncToken"], "DisplayName": name}, f"rn-{eid}"
    )


@pytest.fixture
def pulled(engine: Engine, database_url: str) -> Iterator[Loop]:
    """A loop whose sample company is copied into our database, plus an unreachable realm."""
    with running_loop(engine, database_url) as lp:
        add_connection(lp.services, lp.company.realm_id, timezone=lp.company.timezone)
        add_connection(lp.services, OFFLINE)
        pull_all(lp.services.uow, lp.qbo)
        yield lp


@pytest.fixture
def offline() -> Iterator[QboClient]:
    """A client of a QuickBooks that went away: a simulator started, then stopped."""
    gone = QboSimulator(throttle=None)
    gone.start()
    gone.stop()
    client = QboClient(gone.base_url, OFFLINE, "at", retry=RetryPolicy(attempts=1))
    yield client
    client.close()


def across_realms(loop: Loop, offline: QboClient) -> EventService:
    def qbo_for(realm: str) -> QuickBooks:
        return offline if realm == OFFLINE else loop.qbo

    s = loop.services
    return EventService(s.uow, s.clock, qbo_for, s.collections)


def test_events_apply_in_timestamp_order_and_a_failing_realm_stays_alone(
    pulled: Loop, offline: QboClient
) -> None:
    realm, svc = pulled.company.realm_id, across_realms(pulled, offline)
    for eid in ("1", "2", "3"):
        rename(pulled, "Customer", eid, f"C{eid}")
    late = event(realm, "Customer", "1", "Update", "2026-11-20T10:00:03-08:00")
    early = event(realm, "Customer", "2", "Update", "2026-11-20T17:59:59Z")  # 09:59:59 in LA
    middle = event(realm, "Customer", "3", "Update", "2026-11-20T10:00:01-08:00")
    broken = event(OFFLINE, "Customer", "9", "Update", "2026-11-20T09:00:00Z")
    vendor = event(realm, "Estimate", "5", "Create", "2026-11-20T11:00:00-08:00")
    assert svc.record([late, early, middle, broken, vendor]) == (5, 0)
    assert svc.record([late]) == (0, 1)

    report = svc.process_pending()

    assert reads(pulled.qsim, "Customer") == ["2", "3", "1"]
    assert (report.processed, report.ignored, report.failed) == (3, 1, 1)
    stored = rows(svc)
    assert stored[late.dedupe_key].status == "processed"
    assert stored[vendor.dedupe_key].status == "ignored"
    failed = stored[broken.dedupe_key]
    assert failed.status == "failed" and failed.attempts == 1
    assert failed.last_error and "QuickBooks unreachable" in failed.last_error
    with svc.uow.session() as session:
        names = session.exec(
            select(Customer.display_name).where(col(Customer.qbo_id).in_(["1", "2", "3"]))
        ).all()
    assert sorted(names) == ["C1", "C2", "C3"]
    # Processed events are not touched again; the failed one is retried.
    again = svc.process_pending(realm_id=realm)
    assert (again.processed, again.failed) == (0, 0)
    assert svc.process_pending().failed == 1
    assert rows(svc)[broken.dedupe_key].attempts == 2


def _copies(loop: Loop, invoice_id: str, deleted: bool = False) -> list[Invoice]:
    with loop.services.uow.session() as session:
        return list(
            session.exec(
                select(Invoice).where(Invoice.qbo_id == invoice_id, Invoice.deleted == deleted)
            ).all()
        )


def test_a_deleted_entity_marks_our_copy_deleted(pulled: Loop, offline: QboClient) -> None:
    """An Update arriving after the delete reads 610 (Object Not Found, through the one fault
    classifier) and marks our copy deleted (its history kept); a Delete needs no read at all."""
    realm, svc = pulled.company.realm_id, across_realms(pulled, offline)
    for invoice_id in ("171", "314"):
        assert len(_copies(pulled, invoice_id)) == 1
        current = pulled.qsim.entity("Invoice", invoice_id)
        pulled.qbo.delete("Invoice", invoice_id, current["SyncToken"], f"del-{invoice_id}")
    svc.record(
        [
            event(realm, "Invoice", "171", "Update", "2026-11-20T10:01:00Z"),
            event(realm, "Invoice", "314", "Delete", "2026-11-20T10:02:00Z"),
        ]
    )
    report = svc.process_pending(realm_id=realm)
    assert (report.processed, report.failed) == (2, 0), report.errors
    assert reads(pulled.qsim, "Invoice") == ["171"]
    assert _copies(pulled, "171") == [] and _copies(pulled, "314") == []
    assert [c.raw["Id"] for c in _copies(pulled, "171", deleted=True)] == ["171"]
    assert len(_copies(pulled, "314", deleted=True)) == 1


def test_cdc_poll_applies_changes_and_advances_the_cursor(pulled: Loop) -> None:
    """The backstop on the simulator's clock (the wall clock: a CDC window is ≤ 30 days)."""
    realm, s = pulled.company.realm_id, pulled.services
    svc = EventService(s.uow, SystemClock(), lambda _r: pulled.qbo, s.collections)
    started = datetime.now(UTC)
    first = svc.poll_cdc(realm)
    [ask] = [r for r in pulled.qsim.requests if r["path"].endswith("/cdc")]
    asked = datetime.fromisoformat(ask["query"]["changedSince"])
    assert started - CDC_LOOKBACK < asked < started  # no cursor yet: 30 days back, capped
    with s.uow.session() as session:
        cursors = session.exec(select(SyncCursor).where(SyncCursor.realm_id == realm)).all()
    assert {c.entity for c in cursors} == set(ENTITIES)
    assert {c.changed_since.astimezone(UTC) for c in cursors} == {first.until}

    rename(pulled, "Customer", "4", "From CDC")
    gone = pulled.qsim.entity("Invoice", "539")
    pulled.qbo.delete("Invoice", "539", gone["SyncToken"], "del-539")
    second = svc.poll_cdc(realm)

    [_, again] = [r for r in pulled.qsim.requests if r["path"].endswith("/cdc")]
    # The next poll starts at the server's time, a few seconds early (whole-second stamps).
    assert datetime.fromisoformat(again["query"]["changedSince"]) == first.until - CDC_OVERLAP
    assert second.applied.get("Customer", 0) >= 1 and second.deleted >= 1
    assert reads(pulled.qsim, "Customer") == []  # the backstop never reads one by one
    with s.uow.session() as session:
        name = session.exec(select(Customer.display_name).where(Customer.qbo_id == "4")).one()
        cdc_rows = session.exec(select(QboEvent).where(QboEvent.source_format == "cdc")).all()
    assert name == "From CDC" and _copies(pulled, "539") == []
    assert len(_copies(pulled, "539", deleted=True)) == 1
    caught = {(r.entity, r.entity_id, r.operation, r.status) for r in cdc_rows}
    assert {
        ("Customer", "4", "Update", "processed"),
        ("Invoice", "539", "Delete", "processed"),
    } <= caught


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

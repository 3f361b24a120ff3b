"""The inbox insert: what it stores must read back as the ORM wrote it, once per key."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, text
from sqlmodel import Session, select

from core.domain.webhook_events import WebhookEvent
from core.models import QboEvent
from core.services.event_inbox import insert_events

NOW = datetime(2026, 11, 20, 18, 0, 0, 123456, tzinfo=UTC)
REALM = "1185883450"


def event(key: str, raw: dict[str, object] | None = None) -> WebhookEvent:
    return WebhookEvent(
        REALM, "Invoice", key, "Update", "2026-11-20T18:00:00Z", "cloudevents", f"ce:{key}",
        raw or {"id": key, "nested": {"amount": 12.5, "ok": True, "note": "café"}},
    )  # fmt: skip


def pending(_: WebhookEvent) -> str:
    return "pending"


def stored(engine: Engine) -> dict[str, QboEvent]:
    with Session(engine) as session:
        return {r.dedupe_key: r for r in session.exec(select(QboEvent)).all()}


def test_rows_read_back_exactly_as_the_orm_would_store_them(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(  # one row the ORM way, to compare with
            QboEvent(
                dedupe_key="ce:orm", realm_id=REALM, entity="Invoice", entity_id="orm",
                operation="Update", occurred_at="2026-11-20T18:00:00Z",
                source_format="cloudevents", received_at=NOW, raw={"id": "orm"},
            )
        )  # fmt: skip
        session.commit()
        new = insert_events(session, [event("a"), event("b")], NOW, pending)
        session.commit()
    assert new == {"ce:a", "ce:b"}
    rows = stored(engine)
    a = rows["ce:a"]
    assert (a.realm_id, a.entity, a.entity_id, a.operation) == (REALM, "Invoice", "a", "Update")
    assert a.status == "pending" and a.attempts == 0 and a.processed_at is None
    assert a.received_at == rows["ce:orm"].received_at == NOW  # same timestamp form
    assert a.raw == {"id": "a", "nested": {"amount": 12.5, "ok": True, "note": "café"}}
    with engine.connect() as conn:  # the column holds the same text or value for both
        raw_stamps = conn.execute(text("SELECT DISTINCT received_at FROM qbo_events")).all()
    assert len(raw_stamps) == 1


def test_a_key_is_stored_once_and_counted_new_once(engine: Engine) -> None:
    with Session(engine) as session:
        first = insert_events(session, [event("x"), event("x"), event("y")], NOW, pending)
        session.commit()
        again = insert_events(session, [event("y"), event("z")], NOW, pending)
        session.commit()
    assert first == {"ce:x", "ce:y"}
    assert again == {"ce:z"}
    assert sorted(stored(engine)) == ["ce:x", "ce:y", "ce:z"]


def test_processed_rows_carry_their_processed_time(engine: Engine) -> None:
    with Session(engine) as session:
        insert_events(session, [event("p")], NOW, lambda e: "processed")
        session.commit()
    row = stored(engine)["ce:p"]
    assert row.status == "processed" and row.processed_at == NOW

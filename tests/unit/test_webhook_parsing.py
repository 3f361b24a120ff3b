"""Webhook notifications: signatures, both payload formats from the real fixtures, and any
mutation of them either refused or parsed into events every database can store."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.domain.webhook_events import (
    MAX_ENTITY,
    MAX_ENTITY_ID,
    MAX_OPERATION,
    MAX_REALM,
    MAX_TIME,
    MalformedNotification,
    occurred,
    parse_notification,
    signature,
    signature_ok,
)
from tests.webhook_bodies import fixture_documents, mutated_body

TOKEN = "test-verifier-token"


def test_signature_of_raw_body_verifies_and_any_change_fails(qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "webhook_legacy_signed_payload_dotnet_sdk.json").read_bytes()
    good = signature(body, TOKEN)
    assert signature_ok(body, good, TOKEN)
    assert not signature_ok(body, None, TOKEN)
    assert not signature_ok(body, "", TOKEN)
    assert not signature_ok(body, good, "another-token")
    altered = bytearray(body)
    altered[10] ^= 0x01
    assert not signature_ok(bytes(altered), good, TOKEN)
    # The published .NET SDK signature belongs to a token we do not have: it must not match ours.
    assert not signature_ok(body, "6q+xGyMirJupwKTh2/WBl2NcdxzxqdIbk3sneKTxLWM=", TOKEN)


def test_classic_fixture_parses_into_one_event_per_entity(qbo_fixtures: Path) -> None:
    events = parse_notification((qbo_fixtures / "webhook_legacy_intuit_docs.json").read_bytes())
    assert [(e.realm_id, e.entity, e.entity_id, e.operation) for e in events] == [
        ("1185883450", "Customer", "1", "Create"),
        ("1185883450", "Vendor", "1", "Create"),
    ]
    assert {e.source_format for e in events} == {"classic"}
    assert events[0].occurred_at == "2015-10-05T14:42:19-0700"
    assert events[0].dedupe_key == "1185883450:Customer:1:Create:2015-10-05T14:42:19-0700"
    assert events[0].dedupe_key != events[1].dedupe_key


def test_signed_sdk_payload_and_blog_payload_parse(qbo_fixtures: Path) -> None:
    signed = parse_notification(
        (qbo_fixtures / "webhook_legacy_signed_payload_dotnet_sdk.json").read_bytes()
    )
    assert [(e.entity, e.entity_id, e.operation) for e in signed] == [
        ("Vendor", "40", "Update"),
        ("Customer", "43", "Create"),
    ]
    blog = parse_notification((qbo_fixtures / "webhook_legacy_intuit_blog_2025.json").read_bytes())
    assert [(e.realm_id, e.entity, e.entity_id) for e in blog] == [("310687", "Account", "1234")]


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("webhook_cloudevents_intuit_blog_2025.json", "Account"),
        ("webhook_cloudevents_sampleapp_readme.json", "Customer"),
    ],
)
def test_cloudevents_fixtures_parse(qbo_fixtures: Path, name: str, entity: str) -> None:
    [event] = parse_notification((qbo_fixtures / name).read_bytes())
    assert (event.realm_id, event.entity, event.entity_id, event.operation) == (
        "310687",
        entity,
        "1234",
        "Create",
    )
    assert event.source_format == "cloudevents"
    assert event.dedupe_key == "ce:88cd52aa-33b6-4351-9aa4-47572edbd068"


def test_cloudevents_entity_names_are_canonical() -> None:
    body = json.dumps(
        [
            {
                "id": "e1",
                "type": "qbo.creditmemo.voided.v1",
                "time": "2026-11-20T10:00:00Z",
                "intuitentityid": "7",
                "intuitaccountid": "42",
            }
        ]
    ).encode()
    [event] = parse_notification(body)
    assert (event.entity, event.operation) == ("CreditMemo", "Void")


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"\xff\xfe",
        b"{}",
        b"42",
        b'"text"',
        b'{"eventNotifications": {}}',
        b'{"eventNotifications": [1]}',
        b'{"eventNotifications": [{"realmId": "1"}]}',
        b'{"eventNotifications": [{"realmId": "1", "dataChangeEvent": {"entities": [{}]}}]}',
        b'{"eventNotifications": [{"dataChangeEvent": {"entities": []}}]}',
        b"[1]",
        b'[{"id": "x", "type": "other.thing", "intuitentityid": "1", "intuitaccountid": "2"}]',
        b'[{"id": "x", "type": "qbo.invoice.updated.v1", "intuitaccountid": "2"}]',
        b'[{"type": "qbo.invoice.updated.v1", "intuitentityid": "1", "intuitaccountid": "2"}]',
    ],
)
def test_wrong_shapes_are_malformed(body: bytes) -> None:
    with pytest.raises(MalformedNotification):
        parse_notification(body)


def test_occurred_orders_every_timestamp_spelling() -> None:
    assert occurred("2015-10-05T14:42:19-0700") == datetime(2015, 10, 5, 21, 42, 19, tzinfo=UTC)
    assert occurred("2025-09-10T21:31:25.179851517Z") == datetime(
        2025, 9, 10, 21, 31, 25, 179851, tzinfo=UTC
    )
    assert occurred("2026-11-20T10:00:00-08:00") > occurred("2026-11-20T17:59:59Z")
    assert occurred("2015-12-23T12:56:06.196-08:00") == datetime(
        2015, 12, 23, 20, 56, 6, 196000, tzinfo=UTC
    )
    assert occurred("") == datetime(1970, 1, 1, tzinfo=UTC)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_mutated_notification_is_refused_or_parses_into_storable_events(
    qbo_fixtures: Path, data: st.DataObject
) -> None:
    body = data.draw(mutated_body(fixture_documents(qbo_fixtures)))
    try:
        events = parse_notification(body)
    except MalformedNotification:
        return  # the route answers 400 and stores nothing
    for e in events:
        limits = [
            (e.realm_id, MAX_REALM), (e.entity, MAX_ENTITY), (e.entity_id, MAX_ENTITY_ID),
            (e.operation, MAX_OPERATION), (e.occurred_at, MAX_TIME), (e.dedupe_key, 300),
        ]  # fmt: skip
        for value, longest in limits:
            assert len(value) <= longest and "\x00" not in value
            value.encode("utf-8")  # no lone surrogate
        assert all(value for value, _ in limits[:4])
        assert json.loads(json.dumps(e.raw, allow_nan=False)) == e.raw  # stores as JSON

"""POST /qbo/webhook over real HTTP: signature first, size cap, shapes, durable dedupe."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_sdk import WebClient
from sqlalchemy import Engine, text
from sqlmodel import select
from starlette.applications import Starlette

from bot.app import create_app
from bot.serving import ThreadedServer
from bot.web import create_web
from bot.webhooks.qbo import MAX_WEBHOOK_BODY
from core.adapters.clock import FixedClock
from core.bootstrap import Services, build_services
from core.domain.webhook_events import signature
from core.models import Job, QboConnection, QboEvent
from core.settings import Settings
from tests.webhook_bodies import fixture_documents, mutated_body

TOKEN = "verifier-token-for-tests"
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
KNOWN_REALM = "1185883450"


@dataclass
class Web:
    services: Services
    http: httpx.Client

    def post(self, body: bytes, sig: str | None = "sign") -> httpx.Response:
        headers = {"content-type": "application/json"}
        if sig == "sign":
            headers["intuit-signature"] = signature(body, TOKEN)
        elif sig is not None:
            headers["intuit-signature"] = sig
        return self.http.post("/qbo/webhook", content=body, headers=headers)

    def events(self) -> list[QboEvent]:
        with self.services.uow.session() as session:
            return list(session.exec(select(QboEvent).order_by(QboEvent.id)).all())  # type: ignore[arg-type]

    def state(self) -> tuple[list[tuple[str, str]], list[str | None]]:
        """Every inbox row (key, status) and every job's dedupe key: what a request can change."""
        with self.services.uow.session() as session:
            jobs = [j.dedupe_key for j in session.exec(select(Job).order_by(Job.id)).all()]  # type: ignore[arg-type]
        return [(r.dedupe_key, r.status) for r in self.events()], jobs


def add_connection(services: Services, realm_id: str, timezone: str = "UTC") -> None:
    """A connected company row, as the OAuth flow leaves it."""
    with services.uow.session() as session:
        session.add(
            QboConnection(realm_id=realm_id, timezone=timezone, created_at=NOW, updated_at=NOW)
        )


def web_app(services: Services) -> Starlette:
    """`qbot web`'s Starlette app for `services` (writer started with it, as `qbot web` does),
    with a bolt app that never calls Slack."""
    slack = WebClient(token="xoxb-unused", base_url="http://127.0.0.1:9/")
    bolt = create_app(services, slack, "slack-secret", token_verification=False)
    return create_web(services, bolt, start_inbox_writer=True)


@contextmanager
def serve_web(services: Services) -> Iterator[str]:
    """`qbot web`'s Starlette app for `services` on a free loopback port."""
    server = ThreadedServer(web_app(services)).start()
    try:
        yield server.base_url
    finally:
        server.stop()


def webhook_services(engine: Engine, database_url: str, token: str | None = TOKEN) -> Services:
    extra = {"QBO_WEBHOOK_VERIFIER_TOKEN": token} if token else {}
    settings = Settings(QBOT_DATABASE_URL=database_url, **extra)  # type: ignore[arg-type]
    return build_services(settings, engine=engine, clock=FixedClock(NOW))


@pytest.fixture
def web(engine: Engine, database_url: str) -> Iterator[Web]:
    services = webhook_services(engine, database_url)
    add_connection(services, KNOWN_REALM)
    with serve_web(services) as base, httpx.Client(base_url=base, timeout=10) as http:
        yield Web(services, http)


def test_signed_classic_notification_is_stored_before_200(web: Web, qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "webhook_legacy_intuit_docs.json").read_bytes()
    response = web.post(body)
    assert response.status_code == 200
    assert response.json() == {"received": 2, "stored": 2}
    rows = web.events()
    assert [(r.realm_id, r.entity, r.entity_id, r.operation, r.status) for r in rows] == [
        (KNOWN_REALM, "Customer", "1", "Create", "pending"),
        (KNOWN_REALM, "Vendor", "1", "Create", "pending"),
    ]
    assert rows[0].source_format == "classic" and rows[0].received_at is not None


def test_cloudevents_for_an_unknown_realm_are_kept_and_marked(web: Web, qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "webhook_cloudevents_sampleapp_readme.json").read_bytes()
    assert web.post(body).status_code == 200
    [row] = web.events()
    assert (row.realm_id, row.entity, row.status, row.source_format) == (
        "310687",
        "Customer",
        "unknown_realm",
        "cloudevents",
    )
    assert row.dedupe_key == "ce:88cd52aa-33b6-4351-9aa4-47572edbd068"


def test_duplicate_delivery_is_stored_once_and_still_200(web: Web, qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "webhook_legacy_signed_payload_dotnet_sdk.json").read_bytes()
    first, second = web.post(body), web.post(body)
    assert (first.status_code, second.status_code) == (200, 200)
    assert (first.json()["stored"], second.json()["stored"]) == (2, 0)
    assert len(web.events()) == 2


@pytest.mark.parametrize(
    "sig", [None, "", "not-base64!", "6q+xGyMirJupwKTh2/WBl2NcdxzxqdIbk3sneKTxLWM="]
)
def test_missing_or_wrong_signature_is_401_and_nothing_stored(
    web: Web, qbo_fixtures: Path, sig: str | None
) -> None:
    body = (qbo_fixtures / "webhook_legacy_signed_payload_dotnet_sdk.json").read_bytes()
    assert web.post(body, sig=sig).status_code == 401
    assert web.events() == []


def test_one_altered_byte_is_401(web: Web, qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "webhook_legacy_intuit_docs.json").read_bytes()
    good = signature(body, TOKEN)
    altered = body.replace(b'"id":"1"', b'"id":"2"', 1)
    assert altered != body
    assert web.post(altered, sig=good).status_code == 401
    assert web.events() == []


def test_signature_is_checked_before_parsing(web: Web) -> None:
    # Garbage with a bad signature is a 401, not a 400: nothing unsigned is parsed.
    assert web.post(b"{not json", sig="AAAA").status_code == 401


def test_oversized_body_is_413_by_header_and_by_stream(web: Web) -> None:
    big = b"[" + b" " * MAX_WEBHOOK_BODY + b"]"
    assert web.post(big).status_code == 413

    def chunks() -> Iterator[bytes]:  # chunked transfer: no Content-Length to trust
        for _ in range(MAX_WEBHOOK_BODY // 65536 + 2):
            yield b" " * 65536

    response = web.http.post("/qbo/webhook", content=chunks(), headers={"intuit-signature": "x"})
    assert response.status_code == 413
    assert web.events() == []


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"{}",
        b"[1, 2]",
        b'{"eventNotifications": "x"}',
        json.dumps([{"id": "1", "type": "qbo.invoice.updated.v1"}]).encode(),
    ],
)
def test_malformed_signed_bodies_are_400(web: Web, body: bytes) -> None:
    assert web.post(body).status_code == 400
    assert web.events() == []


def nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


def cloudevent(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "specversion": "1.0",
        "id": "c0ffee00-0000-4000-8000-000000000400",
        "type": "qbo.invoice.updated.v1",
        "time": NOW.isoformat(),
        "intuitentityid": "130",
        "intuitaccountid": KNOWN_REALM,
    }
    return {**base, **fields}


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,  # RecursionError in json.loads
        b'{"eventNotifications": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        json.dumps([cloudevent(data={"a": nested(40)})]).encode(),
        json.dumps([cloudevent(id="x" * 100_000)]).encode(),  # 100 KB CloudEvent id
        json.dumps([cloudevent(intuitentityid="1" * 33)]).encode(),
        json.dumps([cloudevent(intuitaccountid="a\x00b")]).encode(),
        json.dumps([cloudevent(data={"note": "\ud800"})]).encode(),
        json.dumps([cloudevent(time={"not": "a time"})]).encode(),
        json.dumps([cloudevent(intuitentityid=True)]).encode(),
        json.dumps([cloudevent(), cloudevent(id=["list"])]).encode(),
        b'[{"id": "1", "type": "qbo.invoice.updated.v1", "intuitentityid": "1", '
        b'"intuitaccountid": "2", "data": NaN}]',
        b'[{"id": "1", "type": "qbo.invoice.updated.v1", "intuitentityid": 1e999, '
        b'"intuitaccountid": "2"}]',
    ],
    ids=[
        "nested-100k", "nested-classic", "nested-data", "id-100KB", "entity-id-long",
        "realm-nul", "lone-surrogate", "time-object", "bool-id", "one-bad-of-two", "nan", "inf",
    ],
)  # fmt: skip
def test_hostile_signed_bodies_are_400_and_change_nothing(web: Web, body: bytes) -> None:
    before = web.state()
    response = web.post(body)
    assert response.status_code == 400
    assert web.state() == before


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_mutated_signed_fixture_is_200_or_400_and_400_changes_nothing(
    web: Web, qbo_fixtures: Path, data: st.DataObject
) -> None:
    body = data.draw(mutated_body(fixture_documents(qbo_fixtures)))
    before = web.state()
    response = web.post(body)
    assert response.status_code in (200, 400), response.text
    if response.status_code == 400:
        assert web.state() == before
    else:
        keys_after = {key for key, _ in web.state()[0]}
        assert len(keys_after) == len(before[0]) + response.json()["stored"]


def test_missing_verifier_token_is_503_with_a_log_line(
    engine: Engine, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    services = webhook_services(engine, database_url, token=None)
    with serve_web(services) as base, httpx.Client(base_url=base, timeout=10) as http:
        response = http.post("/qbo/webhook", content=b"[]", headers={"intuit-signature": "x"})
    assert response.status_code == 503
    assert "QBO_WEBHOOK_VERIFIER_TOKEN" in caplog.text


def test_events_that_cannot_be_stored_get_503_so_intuit_delivers_again(web: Web) -> None:
    with web.services.engine.begin() as conn:
        conn.execute(text("DROP TABLE qbo_events"))  # the writer's INSERT now fails
    body = json.dumps(
        [
            {
                "specversion": "1.0",
                "id": "c0ffee00-0000-4000-8000-000000000503",
                "type": "qbo.invoice.updated.v1",
                "time": NOW.isoformat(),
                "intuitentityid": "130",
                "intuitaccountid": KNOWN_REALM,
            }
        ]
    ).encode()
    response = web.post(body)
    assert response.status_code == 503
    assert response.json() == {"error": "events not stored; deliver again"}


def test_the_served_app_starts_its_inbox_writer_with_the_server(
    engine: Engine, database_url: str, qbo_fixtures: Path
) -> None:
    services = webhook_services(engine, database_url)
    add_connection(services, KNOWN_REALM)
    app = web_app(services)
    writer = app.state.inbox_writer
    server = ThreadedServer(app).start()  # returns once the app's start-up has run
    try:
        started = writer.child_pid
        assert started is not None  # running before the first delivery arrives
        body = (qbo_fixtures / "webhook_legacy_intuit_docs.json").read_bytes()
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            response = Web(services, http).post(body)
        assert response.status_code == 200
        assert writer.child_pid == started
    finally:
        server.stop()
    assert writer.child_pid is None  # stopped with the server


def test_deliveries_are_counted_by_result_for_metrics(web: Web, qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "webhook_legacy_intuit_docs.json").read_bytes()
    assert web.post(body).status_code == 200
    assert web.post(body, sig=None).status_code == 401
    assert web.post(b"{", sig="sign").status_code == 400
    registry = web.services.metrics.registry
    for result, n in (("stored", 1), ("refused", 2)):
        assert registry.get_sample_value(
            "qbot_webhook_deliveries_total", {"result": result}
        ) == n

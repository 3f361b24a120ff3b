"""ConnectionService against the simulator over HTTP: connect, refresh, lock, 401, reconnect."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.oauth_routes import company_info_reader
from core.adapters.clock import FixedClock
from core.adapters.crypto import TokenCipher
from core.adapters.qbo import QboClient
from core.adapters.qbo.auth import InvalidGrantError
from core.bootstrap import default_qbo_for
from core.errors import ConfigurationError
from core.models import AuditEntry, QboConnection
from core.services import audit
from core.services.connections import (
    ConnectionService,
    OAuthStateError,
    ReconnectNeededError,
)
from core.services.uow import UnitOfWork
from core.settings import load_settings
from sandbox.qbo import oauth
from sandbox.qbo.server import QboSimulator
from tests.qbo_env import connect, consent, oauth_client, qbo_sim  # noqa: F401


@dataclass
class World:
    sim: QboSimulator
    service: ConnectionService
    clock: FixedClock
    cipher: TokenCipher
    keys: str
    notices: list[str] = field(default_factory=list)

    def refreshes(self) -> int:
        return oauth.provider(self.sim).token_calls.count("refresh_token")

    def connect(self) -> str:
        return connect(self.service, "U123", "T456")

    def row(self) -> QboConnection:
        with self.service.uow.session() as s:
            row = s.exec(select(QboConnection)).one()
            return row


@pytest.fixture
def world(sim: QboSimulator, engine: Engine) -> World:
    keys = TokenCipher.generate_key()
    cipher = TokenCipher.from_setting(keys)
    clock = FixedClock(datetime.now(UTC))
    settings = load_settings(QBO_BASE_URL=sim.base_url)
    notices: list[str] = []
    service = ConnectionService(
        UnitOfWork(engine),
        clock,
        cipher,
        oauth_client(sim),
        notices.append,
        company_info_reader(settings),
    )
    return World(sim, service, clock, cipher, keys, notices)


def test_connect_stores_encrypted_tokens_and_audits(world: World) -> None:
    realm = world.connect()
    assert realm == world.sim.realm_id
    row = world.row()
    assert row.company_name == "Greenleaf Landscaping"
    assert row.connected_by == "U123" and row.slack_team_id == "T456"
    assert row.access_token_enc.startswith("gAAAAA")
    assert row.refresh_hard_expires_at is not None  # the hard-expiry header was sent
    token = world.cipher.decrypt(row.access_token_enc)
    assert token.startswith("sim-at-")
    assert world.service.access_token(realm) == token  # fresh: no refresh
    assert world.refreshes() == 0
    with world.service.uow.session() as s:
        kinds = [e.kind for e in s.exec(select(AuditEntry)).all()]
    assert kinds == ["qbo.connected"]


def test_state_is_single_use_and_expires(world: World) -> None:
    code, state, realm = consent(world.service, "U1", "T1")
    world.service.complete(code, state, realm)
    with pytest.raises(OAuthStateError, match="already used"):
        world.service.complete(code, state, realm)
    with pytest.raises(OAuthStateError, match="not ours"):
        world.service.complete(code, "forged", realm)
    # Refused before the exchange: the replayed code never reached Intuit a second time.
    assert oauth.provider(world.sim).token_calls == ["authorization_code"]
    late = world.service.new_state("U1", "T1")
    world.clock.advance(minutes=11)
    with pytest.raises(OAuthStateError, match="expired"):
        world.service.consent_url(late)


def test_code_replay_is_invalid_grant(world: World) -> None:
    code, state, realm = consent(world.service, "U1", "T1")
    world.service.complete(code, state, realm)
    with pytest.raises(InvalidGrantError):
        world.service.oauth.exchange_code(code)


def test_refresh_near_expiry_rotates_and_persists(world: World) -> None:
    realm = world.connect()
    before = world.row()
    old_refresh = world.cipher.decrypt(before.refresh_token_enc)
    world.clock.advance(minutes=54)  # 6 minutes left: still fresh
    assert world.service.access_token(realm) == world.cipher.decrypt(before.access_token_enc)
    assert world.refreshes() == 0
    world.clock.advance(minutes=2)  # 4 minutes left: refresh
    token = world.service.access_token(realm)
    after = world.row()
    assert world.refreshes() == 1
    assert (
        token
        == world.cipher.decrypt(after.access_token_enc)
        != world.cipher.decrypt(before.access_token_enc)
    )
    assert world.cipher.decrypt(after.refresh_token_enc) != old_refresh
    assert after.access_expires_at is not None and before.access_expires_at is not None
    assert after.access_expires_at > before.access_expires_at


def test_concurrent_refreshers_refresh_once(world: World) -> None:
    realm = world.connect()
    world.clock.advance(minutes=58)
    barrier = threading.Barrier(8)
    tokens: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait(timeout=10)
            tokens.append(world.service.access_token(realm))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert world.refreshes() == 1
    assert len(tokens) == 8 and len(set(tokens)) == 1


def test_401_refreshes_once_and_retries(world: World) -> None:
    realm = world.connect()
    settings = load_settings(QBO_BASE_URL=world.sim.base_url)
    qbo = default_qbo_for(settings, world.service)(realm)
    assert isinstance(qbo, QboClient)
    with qbo:  # closes its http client (and its sockets)
        assert qbo.count("Invoice") > 0
        oauth.provider(world.sim).expire_access_tokens()
        assert qbo.count("Invoice") > 0
    assert world.refreshes() == 1
    statuses = [r["status"] for r in world.sim.requests]
    assert statuses == [200, 200, 401, 200]  # CompanyInfo, count, 401, the one retry


def test_invalid_grant_marks_reconnect_needed_and_says_so(world: World) -> None:
    realm = world.connect()
    world.service.oauth.revoke(world.cipher.decrypt(world.row().refresh_token_enc))
    world.clock.advance(minutes=58)
    with pytest.raises(ReconnectNeededError, match="/qb connect"):
        world.service.access_token(realm)
    assert world.row().status == "reconnect_needed"
    assert len(world.notices) == 1 and "Greenleaf Landscaping" in world.notices[0]
    with world.service.uow.session() as s:
        kinds = [e.kind for e in s.exec(select(AuditEntry)).all()]
        assert audit.verify(s).ok
    assert kinds[-1] == "qbo.reconnect_needed"
    with pytest.raises(ReconnectNeededError):  # no second call to Intuit, no second notice
        world.service.access_token(realm)
    assert len(world.notices) == 1


def test_hard_expiry_within_30_days_is_warned(world: World) -> None:
    oauth.provider(world.sim).hard_expires_in = 40 * 86400
    world.connect()
    assert world.service.expiring_soon() == []
    world.clock.advance(days=11)
    soon = world.service.expiring_soon()
    assert [v.realm_id for v in soon] == [world.sim.realm_id]
    assert world.service.warn_expiring() == 1
    assert "must be reconnected before" in world.notices[0]


def test_disconnect_revokes_and_forgets(world: World) -> None:
    realm = world.connect()
    row = world.row()
    refresh = world.cipher.decrypt(row.refresh_token_enc)
    assert world.service.disconnect(realm, actor="U123") is True
    with world.service.uow.session() as s:
        assert s.exec(select(QboConnection)).first() is None
        assert s.exec(select(AuditEntry)).all()[-1].kind == "qbo.disconnected"
    with pytest.raises(InvalidGrantError):
        world.service.oauth.refresh(refresh)
    assert world.service.disconnect(realm) is False


def test_keys_rotate_reencrypts_every_connection(world: World) -> None:
    realm = world.connect()
    token = world.service.access_token(realm)
    new_key = TokenCipher.generate_key()
    rotating = ConnectionService(
        world.service.uow,
        world.clock,
        TokenCipher.from_setting(f"{new_key},{world.keys}"),
        world.service.oauth,
    )
    refresh = world.cipher.decrypt(world.row().refresh_token_enc)
    seen: list[tuple[int, int]] = []
    assert rotating.rotate_keys(lambda done, total: seen.append((done, total))) == (1, 1)
    assert seen == [(1, 1)]
    only_new = TokenCipher.from_setting(new_key)
    assert only_new.decrypt(world.row().access_token_enc) == token
    assert only_new.decrypt(world.row().refresh_token_enc) == refresh
    with pytest.raises(ConfigurationError):  # the old key alone no longer opens them
        world.cipher.decrypt(world.row().access_token_enc)


def test_no_token_in_logs_audit_or_errors(world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    realm = world.connect()
    secrets = {world.cipher.decrypt(world.row().access_token_enc)}
    secrets.add(world.cipher.decrypt(world.row().refresh_token_enc))
    world.clock.advance(minutes=58)
    secrets.add(world.service.access_token(realm))
    secrets.add(world.cipher.decrypt(world.row().refresh_token_enc))
    world.service.oauth.revoke(world.cipher.decrypt(world.row().refresh_token_enc))
    world.clock.advance(minutes=58)
    with pytest.raises(ReconnectNeededError) as info:
        world.service.access_token(realm)
    messages = [str(info.value), repr(info.value), *world.notices]
    with world.service.uow.session() as s:
        exported = audit.export(s, "jsonl")
    for secret in secrets:
        assert secret not in caplog.text
        assert secret not in exported
        assert all(secret not in m for m in messages)
    assert "refreshed the QuickBooks access token" in caplog.text


def test_default_qbo_for_finds_the_stored_connection(world: World, database_url: str) -> None:
    realm = world.connect()
    settings = load_settings(
        QBOT_DATABASE_URL=database_url,
        QBO_BASE_URL=world.sim.base_url,
        QBO_OAUTH_BASE_URL=world.sim.base_url,
        QBO_CLIENT_ID=world.sim.client_id,
        QBO_CLIENT_SECRET=world.sim.client_secret,
        QBOT_TOKEN_KEYS=world.keys,
    )
    qbo_for = default_qbo_for(settings)  # no service passed: built from settings on first use
    qbo = qbo_for(realm)
    assert isinstance(qbo, QboClient)
    with qbo:
        assert qbo.count("Invoice") > 0
    with pytest.raises(ConfigurationError, match="not connected"):
        qbo_for("123")

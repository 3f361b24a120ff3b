"""`qbot keys generate|rotate` and `qbot disconnect` as a user runs them, plus the PG lock."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import Engine
from sqlmodel import Session, select

from core.adapters.clock import FixedClock, SystemClock
from core.adapters.crypto import TokenCipher
from core.adapters.db import make_engine
from core.adapters.qbo.auth import InvalidGrantError
from core.models import AuditEntry, QboConnection
from core.ports import Clock
from core.services.connections import ConnectionService
from core.services.uow import UnitOfWork
from sandbox.qbo import oauth
from sandbox.qbo.server import QboSimulator
from tests.qbo_env import connect, oauth_client, qbo_sim  # noqa: F401

QBOT = str(Path(sys.executable).parent / "qbot")


def _service(
    sim: QboSimulator, engine: Engine, keys: str, clock: Clock | None = None
) -> ConnectionService:
    cipher = TokenCipher.from_setting(keys)
    return ConnectionService(UnitOfWork(engine), clock or SystemClock(), cipher, oauth_client(sim))


def _qbot(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [QBOT, *args],
        env={**os.environ, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_keys_generate_prints_a_fernet_key(tmp_path: Path) -> None:
    done = _qbot("keys", "generate", env={}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    Fernet(done.stdout.strip().encode())


def test_keys_rotate_and_disconnect(
    sim: QboSimulator, engine: Engine, database_url: str, tmp_path: Path
) -> None:
    old = TokenCipher.generate_key()
    realm = connect(_service(sim, engine, old))
    with Session(engine) as s:
        refresh = TokenCipher.from_setting(old).decrypt(
            s.exec(select(QboConnection)).one().refresh_token_enc
        )
    new = TokenCipher.generate_key()
    env = {
        "QBOT_DATABASE_URL": database_url,
        "QBO_OAUTH_BASE_URL": sim.base_url,
        "QBO_CLIENT_ID": sim.client_id,
        "QBO_CLIENT_SECRET": sim.client_secret,
        "QBOT_TOKEN_KEYS": f"{new},{old}",
    }
    rotated = _qbot("keys", "rotate", env=env, cwd=tmp_path)
    assert rotated.returncode == 0, rotated.stderr
    assert "re-encrypted 1 of 1 connection(s)" in rotated.stdout
    with Session(engine) as s:
        row = s.exec(select(QboConnection)).one()
    assert TokenCipher.from_setting(new).decrypt(row.refresh_token_enc) == refresh

    bad = _qbot("keys", "rotate", env={**env, "QBOT_TOKEN_KEYS": "oops-not-a-key"}, cwd=tmp_path)
    assert bad.returncode != 0 and "QBOT_TOKEN_KEYS" in bad.stderr
    assert "oops-not-a-key" not in bad.stderr + bad.stdout

    gone = _qbot("disconnect", realm, env={**env, "QBOT_TOKEN_KEYS": new}, cwd=tmp_path)
    assert gone.returncode == 0, gone.stderr
    assert f"disconnected realm {realm}" in gone.stdout
    with Session(engine) as s:
        assert s.exec(select(QboConnection)).first() is None
        assert s.exec(select(AuditEntry)).all()[-1].kind == "qbo.disconnected"
    with pytest.raises(InvalidGrantError):
        _service(sim, engine, new).oauth.refresh(refresh)
    again = _qbot("disconnect", realm, env={**env, "QBOT_TOKEN_KEYS": new}, cwd=tmp_path)
    assert again.returncode == 1 and "not connected" in again.stderr


def test_two_processes_refresh_once_under_the_database_lock(
    sim: QboSimulator, engine: Engine, database_url: str
) -> None:
    # PostgreSQL: the advisory lock; SQLite: the database write lock taken first.
    keys = TokenCipher.generate_key()
    clock = FixedClock(datetime.now(UTC))
    realm = connect(_service(sim, engine, keys, clock))
    clock.advance(minutes=58)
    # Two services on two engines: no shared threading.Lock, as in two processes.
    other_engine = make_engine(database_url)
    services = [_service(sim, engine, keys, clock), _service(sim, other_engine, keys, clock)]
    barrier = threading.Barrier(8)
    tokens: list[str] = []
    errors: list[BaseException] = []

    def worker(service: ConnectionService) -> None:
        try:
            barrier.wait(timeout=10)
            tokens.append(service.access_token(realm))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(services[i % 2],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    other_engine.dispose()
    assert errors == []
    assert oauth.provider(sim).token_calls.count("refresh_token") == 1
    assert len(set(tokens)) == 1

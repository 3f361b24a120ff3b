"""The audit log: hash chain, tamper detection, export, secret masking, CLI exit codes."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from bot.cli import cli
from core.services import audit
from core.services.uow import UnitOfWork

T0 = datetime(2026, 11, 20, 18, 0, 0, 123456, tzinfo=UTC)


def _append(uow: UnitOfWork, n: int) -> None:
    with uow.session() as session:
        for i in range(n):
            audit.append(
                session,
                at=T0 + timedelta(seconds=i),
                kind="case.proposed",
                actor="qbot",
                subject=f"action:{i}",
                realm_id="r1",
                data={"invoice": str(i), "amount": "12.50"},
            )


def _tamper(engine: Engine, statement: str, index: int) -> list[int]:
    """Run `statement` behind the log's back on the index-th row (`:id`); return the row ids."""
    with engine.begin() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM audit_log ORDER BY id"))]
        conn.execute(text(statement), {"id": ids[index]})
    return ids


def test_chain_links_every_row_to_the_previous(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    _append(uow, 5)
    with uow.session() as session:
        report = audit.verify(session)
        rows = [json.loads(line) for line in audit.export(session, "jsonl").splitlines()]
    assert report.ok and report.checked == 5
    assert rows[0]["prev_hash"] == audit.GENESIS
    assert all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(rows))


def test_tampered_content_is_found_at_the_first_bad_row(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    _append(uow, 4)
    ids = _tamper(engine, "UPDATE audit_log SET actor = 'mallory' WHERE id = :id", 2)
    with uow.session() as session:
        report = audit.verify(session)
    assert not report.ok
    assert report.first_bad_id == ids[2] and report.checked == 2
    assert "hash" in (report.problem or "")


def test_deleted_row_breaks_the_link(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    _append(uow, 3)
    ids = _tamper(engine, "DELETE FROM audit_log WHERE id = :id", 1)
    with uow.session() as session:
        report = audit.verify(session)
    assert report.first_bad_id == ids[2]
    assert "prev_hash" in (report.problem or "")


def test_times_in_any_offset_are_hashed_as_stored_in_utc(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    pacific = timezone(timedelta(hours=-8))
    with uow.session() as session:
        audit.append(session, at=T0.astimezone(pacific), kind="a", actor="qbot")
        audit.append(session, at=T0.replace(tzinfo=None), kind="b", actor="qbot")  # naive: UTC
    with uow.session() as session:
        report = audit.verify(session)
        rows = [json.loads(line) for line in audit.export(session, "jsonl").splitlines()]
    assert report.ok and report.checked == 2
    assert [r["at"] for r in rows] == [T0.isoformat(), T0.isoformat()]


def test_secrets_are_masked_before_they_are_hashed(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    with uow.session() as session:
        audit.append(
            session,
            at=T0,
            kind="oauth.connected",
            actor="U1",
            data={"note": "token xoxb-123-456-secretvalue", "nested": ["Bearer abc.def"]},
        )
    with uow.session() as session:
        exported = audit.export(session, "jsonl")
        assert audit.verify(session).ok
    assert "xoxb-123" not in exported and "abc.def" not in exported


def test_csv_export_has_one_row_per_entry(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    _append(uow, 3)
    with uow.session() as session:
        lines = audit.export(session, "csv").strip().splitlines()
    assert lines[0].startswith("id,at,realm_id,kind")
    assert len(lines) == 4
    with uow.session() as session, pytest.raises(ValueError, match="unknown export format"):
        audit.export(session, "xml")


def test_cli_verify_and_export(
    engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    uow = UnitOfWork(engine)
    _append(uow, 2)
    runner = CliRunner()
    ok = runner.invoke(cli, ["audit", "verify"])
    assert ok.exit_code == 0 and "intact: 2 entries" in ok.output
    exported = runner.invoke(cli, ["audit", "export", "--format", "jsonl"])
    assert exported.exit_code == 0 and len(exported.output.strip().splitlines()) == 2
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET subject = 'x' WHERE id = (SELECT MIN(id) FROM audit_log)")
        )
    broken = runner.invoke(cli, ["audit", "verify"])
    assert broken.exit_code == 1
    assert "BROKEN at entry" in broken.output

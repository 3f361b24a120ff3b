"""`qbot sync status` with QuickBooks settings alone, and `/qb sync status` through bolt (signed
HTTP), after a pull and a CDC poll against the QuickBooks simulator: per type when qbot last
pulled it, the CDC interval and cursor, pending, failed events, the retry queue."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import Engine
from sqlmodel import select
from typer.testing import CliRunner

from bot.cli import cli
from core.bootstrap import system_clock
from core.domain.webhook_events import occurred
from core.jobs import CDC_POLL
from core.models import Job, QboEvent
from core.services.events import EventService
from core.services.ingest import SYNC_TYPES, kinds_for, pull_all
from core.services.read_copy import COPIES
from core.services.sync_status import SLACK_MISSING
from tests.harness import NOW, Loop, add_connection, running_loop
from tests.integration.test_bolt_rig import Rig, bolt_rig
from tests.integration.test_qb_overdue import ask, sections

TYPES = list(SYNC_TYPES)


def _synced(loop: Loop, *, pulled: bool = False) -> datetime:
    """Pull every type (unless `pulled`), poll CDC once; one failed event and one sync job
    waiting to retry."""
    s, realm = loop.services, loop.company.realm_id
    if not pulled:
        pull_all(s.uow, loop.qbo, kinds=kinds_for(TYPES))
    # The backstop on the wall clock, as the simulator's CDC window (≤ 30 days) is.
    events = EventService(s.uow, system_clock(), s.qbo_for, s.collections)
    until = events.poll_cdc(realm).until
    with s.uow.session() as session:
        session.add(QboEvent(
            dedupe_key="test:failed", realm_id=realm, entity="Purchase", entity_id="77",
            operation="Update", source_format="classic", status="failed", attempts=2,
            last_error="QboRequestError: QuickBooks 400 2020 Required param missing",
            received_at=NOW,
        ))  # fmt: skip
        session.add(Job(
            kind=CDC_POLL, payload={"realm_id": realm}, state="queued", attempts=1,
            run_at=NOW, created_at=NOW, last_error="QuickBooks unreachable: ConnectError",
        ))  # fmt: skip
    return until


def _newest_update(loop: Loop, kinds: tuple[str, ...]) -> datetime:
    """The oracle: the newest MetaData.LastUpdatedTime among the kinds' stored rows."""
    stamps: list[datetime] = []
    with loop.services.uow.session() as session:
        for kind in kinds:
            for raw in session.exec(select(COPIES[kind].model.raw)):  # type: ignore[attr-defined]
                stamp = (raw.get("MetaData") or {}).get("LastUpdatedTime")
                if stamp:
                    stamps.append(occurred(str(stamp)))
    return max(stamps)


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with running_loop(engine, database_url) as lp:
        yield lp


@pytest.fixture
def shell(loop: Loop, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Loop:
    """QuickBooks settings alone: no Slack setting, no .env."""
    for name in list(os.environ):
        if name.startswith(("QBOT_", "SLACK_", "QBO_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("QBO_BASE_URL", loop.qsim.base_url)
    monkeypatch.setenv("QBO_REALM_ID", loop.company.realm_id)
    monkeypatch.setenv("QBO_ACCESS_TOKEN", loop.qsim.access_token)
    return loop


def qbot(*argv: str) -> Result:
    return CliRunner().invoke(cli, list(argv))


def test_status_per_type_without_slack(shell: Loop) -> None:
    loop, realm = shell, shell.company.realm_id
    started = datetime.now(UTC)
    pull = qbot("sync", "--types", ",".join(TYPES), "--json")  # `qbot sync` is a group now
    ended = datetime.now(UTC)
    assert pull.exit_code == 0, pull.output
    assert json.loads(pull.stdout)["pulled"]["Purchase"] == 0  # the sample has no expenses
    until = _synced(loop, pulled=True)

    done = qbot("sync", "status", "--json")

    assert done.exit_code == 0, done.output
    answer = json.loads(done.stdout)
    [company] = answer["companies"]
    assert company["realm_id"] == realm
    types = {t["type"]: t for t in company["types"]}
    assert list(types) == TYPES
    for name, t in types.items():
        # when qbot pulled (the cycle's sync.pulled), not QuickBooks' LastUpdatedTime
        assert started <= occurred(t["last_pull"]) <= ended, name
        assert occurred(t["last_pull"]) > _newest_update(loop, SYNC_TYPES[name]), name
        assert (t["interval"], t["cdc_interval"], t["pending"]) == ("1h", "15m", 0)
        assert {k: occurred(v) for k, v in t["cursors"].items()} == dict.fromkeys(
            SYNC_TYPES[name], until
        )
        assert t["retrying"] == 1
        [job] = t["retry_queue"]
        assert (job["kind"], job["attempts"]) == (CDC_POLL, 1)
        assert "unreachable" in job["error"]
    assert (types["expenses"]["failed"], types["invoices"]["failed"]) == (1, 0)
    [failed] = types["expenses"]["failed_events"]
    assert failed["entity_id"] == "77" and "Required param missing" in failed["error"]
    assert answer["slack_configured"] is False and SLACK_MISSING in answer["notes"]

    text = qbot("sync", "status")
    assert text.exit_code == 0, text.output
    assert "cards wait in the outbox until Slack is configured" in text.stdout
    assert "expenses: last pull" in text.stdout and "every 1h (CDC every 15m)" in text.stdout
    assert "Required param missing" in text.stdout


def test_a_company_not_scheduled_shows_interval_off(shell: Loop) -> None:
    done = qbot("sync", "status", "--realm", "123", "--json")
    assert done.exit_code == 0, done.output
    [company] = json.loads(done.stdout)["companies"]
    assert all(t["interval"] == "off" and t["last_pull"] is None for t in company["types"])
    assert all(set(t["cursors"].values()) == {None} for t in company["types"])


@pytest.fixture
def rig(loop: Loop) -> Iterator[Rig]:
    with bolt_rig(loop, "http") as rig:
        yield rig


def test_qb_sync_status_answers_in_slack(rig: Rig) -> None:
    loop, realm = rig.loop, rig.loop.company.realm_id
    add_connection(loop.services, realm)
    _synced(loop)

    for text in ("sync status", "sync", "SYNC Status"):
        said, _ = ask(rig, text)
        assert said["blocks"][0]["text"]["text"] == "qbot sync status"
        found = sections(said, f"sync_{realm}_")
        assert [s.split("*")[1] for s in found] == ["Accounts", "Invoices", "Expenses"]
        assert all("sync every 1h; CDC every 15m" in s and "Pending: 0" in s for s in found)
        assert "Failed: 1" in found[2] and "Required param missing" in found[2]
        assert "Retrying: 1" in found[0]
        # asked from Slack: Slack reaches us, whatever this process's settings say
        assert "Slack is not configured" not in json.dumps(said)

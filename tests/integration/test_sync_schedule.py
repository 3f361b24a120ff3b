"""The scheduled sync cycle: one spec per record type at its interval (policy file, then
QBOT_SYNC_EVERY; `off` unscheduled), enqueued through the durable queue once per period
however often it fires, run by the worker against the QuickBooks simulator over HTTP, and
shown by `qbot sync status` (interval per type, last pull = when qbot pulled)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select
from typer.testing import CliRunner

from bot.cli import cli
from core.bootstrap import load_sync_every
from core.domain.webhook_events import occurred
from core.jobs import handlers
from core.models import AuditEntry, Job
from core.scheduler import Realm, Scheduler, enqueue_due, sync_specs
from core.services.sync_cycle import PULLED, SYNC_CYCLE
from core.settings import load_settings
from core.worker import Worker
from tests.harness import Loop, add_connection, quickbooks_settings_only, running_loop


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with running_loop(engine, database_url) as lp:
        yield lp


def _policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text('[sync.every]\naccounts = "off"\ninvoices = "30m"\nexpenses = "2h"\n')
    return path


def _sync_jobs(loop: Loop) -> list[Job]:
    with loop.services.uow.session() as session:
        found = session.exec(
            select(Job).where(Job.kind == SYNC_CYCLE).order_by(col(Job.id))
        ).all()
    return list(found)


def test_each_type_is_enqueued_once_per_period_and_run_by_the_worker(
    loop: Loop, tmp_path: Path
) -> None:
    realm = loop.company.realm_id
    every = load_sync_every(load_settings(QBOT_POLICY_FILE=_policy(tmp_path),
                                          QBOT_SYNC_EVERY="invoices=15m"))  # fmt: skip
    assert every == {"accounts": None, "invoices": timedelta(minutes=15),
                     "expenses": timedelta(hours=2)}  # fmt: skip
    specs = sync_specs(every)
    uow, clock, realms = loop.services.uow, loop.clock, [Realm(realm)]

    # Two schedulers firing in the same period (a restart, a second process): one job each.
    for _ in range(2):
        assert sum(enqueue_due(uow, clock, s, realms) for s in specs) in (2, 0)
    jobs = _sync_jobs(loop)
    assert sorted(j.payload["types"][0] for j in jobs) == ["expenses", "invoices"]
    assert all(j.dedupe_key and j.dedupe_key.startswith("sync-") for j in jobs)

    ran = Worker(uow, clock, handlers(loop.services)).run_until_idle()
    assert ran >= 2
    assert {j.state for j in _sync_jobs(loop)} == {"done"}
    with uow.session() as session:
        pulls = session.exec(select(AuditEntry).where(AuditEntry.kind == PULLED)).all()
    # invoices and expenses pulled (accounts too: an expense's accounts come with it)
    assert {p.subject for p in pulls} >= {"sync:invoices", "sync:expenses"}
    assert {p.at for p in pulls} == {clock.now()}

    clock.advance(minutes=10)  # same 15-minute period for invoices, same 2 hours for expenses
    assert sum(enqueue_due(uow, clock, s, realms) for s in specs) == 0
    clock.advance(minutes=5)  # the next invoices period only
    assert sum(enqueue_due(uow, clock, s, realms) for s in specs) == 1


def test_a_leading_scheduler_enqueues_the_sync_specs(loop: Loop) -> None:
    every = {"accounts": None, "invoices": timedelta(minutes=15), "expenses": None}
    realm = loop.company.realm_id
    scheduler = Scheduler(loop.services.uow, loop.clock, lambda: [Realm(realm)],
                          specs=sync_specs(every), standby_retry=0.05)  # fmt: skip
    try:
        scheduler.start()
        assert scheduler.leading.wait(10)  # it fires each spec once as it starts leading
    finally:
        scheduler.stop()
    [job] = _sync_jobs(loop)
    assert job.payload == {"types": ["invoices"], "realm_id": realm, "timezone":
                           "America/Los_Angeles", "home_currency": "USD"}  # fmt: skip


def test_sync_status_shows_each_types_interval(
    loop: Loop, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quickbooks_settings_only(loop, database_url, tmp_path, monkeypatch)
    monkeypatch.setenv("QBOT_POLICY_FILE", str(_policy(tmp_path)))
    monkeypatch.setenv("QBOT_SYNC_EVERY", "expenses=off")
    add_connection(loop.services, loop.company.realm_id)
    Worker(loop.services.uow, loop.clock, handlers(loop.services)).run_until_idle()
    enqueue_due(loop.services.uow, loop.clock, sync_specs({"invoices": timedelta(hours=1)})[0],
                [Realm(loop.company.realm_id)])  # fmt: skip
    Worker(loop.services.uow, loop.clock, handlers(loop.services)).run_until_idle()

    done = CliRunner().invoke(cli, ["sync", "status", "--json"])

    assert done.exit_code == 0, done.output
    [company] = json.loads(done.stdout)["companies"]
    types = {t["type"]: t for t in company["types"]}
    assert {n: t["interval"] for n, t in types.items()} == {
        "accounts": "off", "invoices": "30m", "expenses": "off"}  # fmt: skip
    assert all(t["cdc_interval"] == "15m" for t in types.values())
    assert occurred(types["invoices"]["last_pull"]) == loop.clock.now()
    assert types["expenses"]["last_pull"] is None  # never pulled by a cycle
    text = CliRunner().invoke(cli, ["sync", "status"])
    assert "invoices: last pull" in text.stdout and "every 30m (CDC every 15m)" in text.stdout

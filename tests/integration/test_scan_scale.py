"""The overdue scan at scale: bounded queries per invoice, indexes that serve them, batching
that changes nothing it writes, and the company's stored timezone."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, event, text
from sqlmodel import SQLModel, select
from typer.testing import CliRunner

import core.models  # noqa: F401  (registers every table in SQLModel.metadata)
from bench.scan import build_company
from bot.cli import cli
from core.adapters.clock import FixedClock, company_today
from core.adapters.db import make_engine, upgrade_to_head
from core.bootstrap import Services, build_services
from core.jobs import SCAN_REALM
from core.jobs import handlers as job_handlers
from core.models import AuditEntry, QboConnection
from core.services.collections import CollectionsService, context_hash
from core.services.ingest import PULL_ORDER, import_context
from core.services.read_copy import upsert_page
from core.services.scan_context import load_batch
from core.settings import Settings
from sandbox.qbo.company import SampleCompany, load_company
from tests.harness import NOW, TODAY

WRITTEN = ("proposed_actions", "outbox", "jobs", "audit_log")


def _services(engine: Engine, url: str, clock: FixedClock | None = None) -> Services:
    return build_services(
        Settings(QBOT_DATABASE_URL=url), clock=clock or FixedClock(NOW), engine=engine
    )


def _load(services: Services, company: SampleCompany) -> None:
    entities = company.entities()
    with services.uow.session() as session:
        for kind in PULL_ORDER:
            upsert_page(session, company.realm_id, kind, entities.get(kind, []))
    import_context(
        services.uow, company.realm_id, company.emails, company.crm_notes, company.reminders_sent
    )


def _with_batch(services: Services, batch: int) -> CollectionsService:
    c = services.collections
    return CollectionsService(c.uow, c.clock, c.policy, c.renderer, c.channel, batch=batch)


@contextmanager
def _fresh_database(tmp_path: Path, name: str) -> Iterator[tuple[Engine, str]]:
    """Another empty migrated database of the kind under test (SQLite file or PG schema)."""
    base = os.environ.get("QBOT_DATABASE_URL", "")
    admin, schema = None, f"t_{uuid.uuid4().hex[:16]}"
    if base.startswith("postgresql"):
        admin = create_engine(base)
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    else:
        url = f"sqlite:///{tmp_path / name}"
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
        yield engine, url
    finally:
        engine.dispose()
        if admin is not None:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


def _count_scan(tmp_path: Path, invoices: int) -> tuple[int, int]:
    """(open invoices scanned, statements sent) for one scan of a generated company."""
    with _fresh_database(tmp_path, f"scan{invoices}.db") as (engine, url):
        services = _services(engine, url)
        company = build_company(invoices)
        _load(services, company)
        seen = [0]

        def count(*_args: Any) -> None:
            seen[0] += 1

        event.listen(engine, "before_cursor_execute", count)
        try:
            report = _with_batch(services, 40).scan(company.realm_id, TODAY, "USD")
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert report.failures == [] and report.proposed > 0  # it wrote, not only read
        return report.invoices_scanned, seen[0]


def test_queries_per_invoice_stay_bounded_as_the_company_grows(tmp_path: Path) -> None:
    # Batches of 40 invoices: 50 invoices take 2 batches, 200 take 5, so the count per
    # invoice is measured across batches, not inside a single one.
    small, small_queries = _count_scan(tmp_path, 50)
    large, large_queries = _count_scan(tmp_path, 200)
    assert (small, large) == (50, 200)
    assert large_queries <= large  # at most one statement per invoice
    assert large_queries / large <= small_queries / small  # not growing with the company


LOOKUPS = {
    "ix_invoices_realm_customer": "invoices WHERE realm_id = 'r' AND customer_qbo_id IN ('1', '2')",
    "ix_payments_realm_customer": "payments WHERE realm_id = 'r' AND customer_qbo_id IN ('1')",
    "ix_credit_memos_realm_customer": "credit_memos WHERE realm_id = 'r' AND customer_qbo_id = '1'",
    "ix_customer_emails_realm_customer": "customer_emails WHERE realm_id = 'r' "
    "AND customer_qbo_id IN ('1', '2')",
    "ix_crm_notes_realm_customer": "crm_notes WHERE realm_id = 'r' AND customer_qbo_id IN ('1')",
    "ix_proposed_actions_realm_invoice_state": "proposed_actions WHERE realm_id = 'r' "
    "AND invoice_qbo_id IN ('1', '2') AND state = 'proposed'",
}


INVOICES_OF_500_CUSTOMERS = (
    "INSERT INTO invoices (realm_id, qbo_id, customer_qbo_id, doc_number, sync_token, due_date,"
    " balance, home_balance, currency, deleted, raw) SELECT 'r', g::text, (g % 500)::text,"
    " g::text, '0', DATE '2026-01-01' + g % 300, 100, 100, 'USD', false, '{}'::json"
    " FROM generate_series(1, 5000) AS g"
)


@pytest.mark.parametrize("index", sorted(LOOKUPS))
def test_the_scan_s_lookups_use_the_composite_indexes(engine: Engine, index: str) -> None:
    """Before, SQLite answered these through the realm index: the whole company per lookup."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            if index.startswith("ix_invoices_"):
                # Two indexes lead with realm_id here (ix_invoices_aging too): on an empty
                # table they cost the same, so give the planner a company to choose by.
                conn.execute(text(INVOICES_OF_500_CUSTOMERS))
                conn.execute(text("ANALYZE invoices"))
            # Empty tables are cheapest to scan whole: ask which index the planner would take.
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            plan = conn.execute(text(f"EXPLAIN SELECT * FROM {LOOKUPS[index]}")).all()
        else:
            plan = conn.execute(text(f"EXPLAIN QUERY PLAN SELECT * FROM {LOOKUPS[index]}")).all()
    assert index in " ".join(str(row[-1]) for row in plan), plan


def test_models_and_migrations_agree(engine: Engine) -> None:
    """Every table, column and index of core/models.py is what the migrations create."""
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []


def _written(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as conn:
        return {
            t: [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
            for t in WRITTEN
        }


def _scan_days(services: Services, batch: int, clock: FixedClock) -> dict[str, list[Any]]:
    """Scan the sample company on five days: new cards, a rescan, then cards superseded."""
    scanner = _with_batch(services, batch)
    company = load_company()
    reports = []
    for days in (0, 0, 9, 20, 40):
        clock.advance(hours=1)
        r = scanner.scan(company.realm_id, TODAY + timedelta(days=days), company.home_currency)
        reports.append([r.invoices_scanned, r.cases, r.proposed, r.unchanged, dict(r.by_outcome)])
    return {"reports": reports}


def test_batching_changes_nothing_the_scan_writes(tmp_path: Path) -> None:
    """One invoice per batch (what the scan did before: a transaction per invoice) and big
    batches write the same actions, effects, jobs and audit chain, row for row."""
    results = []
    for batch in (1, 7, 500):
        with _fresh_database(tmp_path, f"batch{batch}.db") as (engine, url):
            clock = FixedClock(NOW)
            services = _services(engine, url, clock)
            _load(services, load_company())
            reports = _scan_days(services, batch, clock)
            results.append((reports, _written(engine)))
    one, seven, many = results
    assert one == seven == many
    reports, rows = one
    assert reports["reports"][0][:3] == [40, 28, 28]  # the sample company's cases
    assert reports["reports"][1][2] == 0  # a rescan adds nothing
    superseded = [r for r in rows["audit_log"] if r["kind"] == "approval.superseded"]
    assert superseded and len(rows["outbox"]) == len(rows["proposed_actions"]) + len(superseded)


def _scan_day(services: Services) -> str:
    """The company date the scan judged, as its audit rows record it."""
    with services.uow.session() as session:
        days = {
            str(row.data["as_of"])
            for row in session.exec(select(AuditEntry)).all()
            if row.kind.startswith("case.")
        }
    assert len(days) == 1, days
    return days.pop()


# 2026-11-20 18:00 UTC: already the 21st on Kiritimati (UTC+14), still the 20th in Pago Pago.
EAST, WEST = "Pacific/Kiritimati", "Pacific/Pago_Pago"


def _connect(services: Services, realm: str, zone: str) -> None:
    with services.uow.session() as session:
        session.add(QboConnection(realm_id=realm, timezone=zone, created_at=NOW, updated_at=NOW))


@pytest.mark.parametrize(
    ("stored", "given", "expected"),
    [
        (EAST, None, date(2026, 11, 21)),
        (WEST, None, date(2026, 11, 20)),
        (EAST, WEST, date(2026, 11, 20)),  # an explicit zone still overrides
        (None, None, date(2026, 11, 20)),  # nothing stored: UTC, as event re-triage assumes
    ],
)
def test_scan_company_judges_the_company_s_own_day(
    engine: Engine, database_url: str, stored: str | None, given: str | None, expected: date
) -> None:
    services = _services(engine, database_url)
    company = load_company()
    _load(services, company)
    if stored:
        _connect(services, company.realm_id, stored)
    report = services.collections.scan_company(company.realm_id, given)
    assert report.as_of == expected and report.timezone == (given or stored or "UTC")
    assert _scan_day(services) == expected.isoformat()


def test_the_scan_job_without_a_zone_uses_the_stored_one(engine: Engine, database_url: str) -> None:
    services = _services(engine, database_url)
    company = load_company()
    _load(services, company)
    _connect(services, company.realm_id, EAST)
    job_handlers(services)[SCAN_REALM]({"realm_id": company.realm_id})
    assert _scan_day(services) == "2026-11-21"


def test_qbot_scan_takes_the_stored_timezone(
    engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = _services(engine, database_url)
    _connect(services, "4620816365000000", EAST)
    for key, value in {
        "QBOT_DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-not-used",  # no invoices: nothing is posted
        "QBO_REALM_ID": "4620816365000000",
    }.items():
        monkeypatch.setenv(key, value)
    days = {company_today(datetime.now(UTC), EAST)}
    result = CliRunner().invoke(cli, ["scan"])
    days.add(company_today(datetime.now(UTC), EAST))  # the run may straddle midnight there
    assert result.exit_code == 0, result.output
    assert f"({EAST})" in result.output
    assert any(f"as of {day} ({EAST})" in result.output for day in days), result.output
    given = CliRunner().invoke(cli, ["scan", "--timezone", WEST])
    assert given.exit_code == 0 and f"({WEST})" in given.output


@pytest.mark.parametrize("company", ["sample", "generated"])
def test_the_assembled_context_hash_is_the_hash_of_the_bundle(
    engine: Engine, database_url: str, company: str
) -> None:
    """The scan hashes JSON encoded once per customer; it must equal context_hash(bundle),
    the definition the audit log's context_hash is checked against."""
    services = _services(engine, database_url)
    data = load_company() if company == "sample" else build_company(120)
    _load(services, data)
    with services.uow.session() as session:
        customers = sorted({str(c["Id"]) for c in data.customers})
        batch = load_batch(session, data.realm_id, customers)
    invoices = batch.open_invoices()
    assert len(invoices) >= 40
    for invoice in invoices:
        bundle, digest = batch.case(invoice, TODAY, "USD")
        assert digest == context_hash(bundle), invoice.qbo_id

"""`python -m bench scan`: the overdue scan of large companies, timed and with its queries counted.

Each size gets a fresh migrated database (a SQLite file; a PostgreSQL schema too with
`--database-url`), is filled with a generated company (invoices, payments, credit memos,
emails, CRM notes and earlier reminders, built by the simulator's CompanyBuilder) and then
scanned by the real CollectionsService. Only the scan is timed; every statement it sends to
the database is counted with a SQLAlchemy `before_cursor_execute` listener.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, event

from bench._db import fresh_database
from bench.sync import build_ledger
from core.adapters.clock import FixedClock
from core.adapters.db import make_engine
from core.bootstrap import build_services
from core.services.ingest import PULL_ORDER, import_context
from core.services.read_copy import upsert_page
from core.settings import Settings
from sandbox.qbo.builder import ANCHOR, HOME_CURRENCY, REALM_ID, CompanyBuilder
from sandbox.qbo.company import SampleCompany

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)  # the builder's anchor day, 10:00 in Portland


def build_company(invoices: int, seed: int = 7) -> SampleCompany:
    """`invoices` open invoices on a customer per 10, with the context a real ledger carries.

    As bench/sync.py: a half payment per 2 invoices and a credit memo per 50; here also an
    email per 3 customers, a CRM note per 7 and an earlier reminder per 4 invoices, so that
    every kind of context lookup the scan makes has rows to find.
    """
    b = CompanyBuilder(seed)
    customers, made = build_ledger(b, invoices)
    for n, inv in enumerate(made):
        if n % 4 == 1 and n % 120 > 40:
            b.remind(inv, 7)
    for n, cust in enumerate(customers):
        if n % 3 == 0:
            b.email(cust, -(n % 40) - 1, "Re: your invoice", "Thanks, we will look at it.")
        if n % 7 == 0:
            b.note(cust, -(n % 30) - 1, "Maria Okafor", "Called their office; all fine.")
    return SampleCompany(
        realm_id=REALM_ID,
        timezone="America/Los_Angeles",
        home_currency=HOME_CURRENCY,
        company_info={},
        customers=b.customers,
        invoices=b.invoices,
        payments=b.payments,
        credit_memos=b.credit_memos,
        emails=b.emails,
        crm_notes=b.crm_notes,
        reminders_sent=b.reminders_sent,
    )


@contextmanager
def counting(engine: Engine) -> Iterator[list[int]]:
    """Count every statement sent to the database while the block runs (executemany = 1)."""
    seen = [0]

    def count(*_args: Any) -> None:
        seen[0] += 1

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def load(engine: Engine, company: SampleCompany) -> None:
    """Write the company into qbot's tables the way a pull and a context import do."""
    settings = Settings(QBOT_DATABASE_URL=str(engine.url))
    uow = build_services(settings, clock=FixedClock(NOW), engine=engine).uow
    entities = company.entities()
    with uow.session() as session:
        for kind in PULL_ORDER:
            upsert_page(session, company.realm_id, kind, entities.get(kind, []))
    import_context(uow, company.realm_id, company.emails, company.crm_notes, company.reminders_sent)


def run_size(url: str, invoices: int) -> dict[str, Any]:
    """Fill a fresh database with a company of `invoices` invoices and scan it once."""
    company = build_company(invoices)
    engine = make_engine(url)
    try:
        load(engine, company)
        settings = Settings(QBOT_DATABASE_URL=url)
        services = build_services(settings, clock=FixedClock(NOW), engine=engine)
        with counting(engine) as queries:
            started, cpu = time.perf_counter(), time.process_time()
            report = services.collections.scan(company.realm_id, ANCHOR, HOME_CURRENCY)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        engine.dispose()
    scanned = max(1, report.invoices_scanned)
    return {
        "invoices": report.invoices_scanned,
        "seconds": round(seconds, 3),
        # This process's CPU time: on a shared machine, wall time also counts the neighbours.
        "cpu_seconds": round(cpu, 3),
        "queries": queries[0],
        "queries_per_invoice": round(queries[0] / scanned, 3),
        "cases": report.cases,
        "cases_per_s": round(report.cases / seconds, 1) if seconds else None,
        "failures": len(report.failures),
    }


def run_database(spec: str, sizes: Sequence[int], repeat: int = 1) -> dict[str, Any]:
    """Every size on one kind of database (the fastest of `repeat` runs, each on a fresh
    database: on a shared machine the minimum is the least disturbed), plus the
    largest/smallest time ratio."""
    runs = []
    for size in sizes:
        tries = []
        for _ in range(max(1, repeat)):
            with fresh_database(spec) as url:
                tries.append(run_size(url, size))
        runs.append(min(tries, key=lambda r: float(r["seconds"])))

    def ratio(key: str) -> float | None:
        if len(runs) < 2 or not runs[0][key]:
            return None
        return round(float(runs[-1][key]) / float(runs[0][key]), 2)

    return {
        "sizes": runs,
        "time_ratio_last_first": ratio("seconds"),
        "cpu_ratio_last_first": ratio("cpu_seconds"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench scan", description=__doc__)
    parser.add_argument("--invoices", default="1000,10000", help="comma-separated sizes")
    parser.add_argument("--database-url", default="", help="also run on this PostgreSQL")
    parser.add_argument("--repeat", type=int, default=1, help="keep the fastest of N runs")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])
    sizes = sorted(int(s) for s in args.invoices.split(",") if s.strip())
    result: dict[str, Any] = {"sqlite": run_database("sqlite", sizes, args.repeat)}
    if args.database_url:
        result["postgresql"] = run_database(args.database_url, sizes, args.repeat)
    if args.json:
        print(json.dumps(result))
        return 0
    for db, body in result.items():
        for run in body["sizes"]:
            print(f"{db:>10} " + "  ".join(f"{k}={v}" for k, v in run.items()))
        print(f"{db:>10} time ratio largest/smallest: {body['time_ratio_last_first']}")
    return 0

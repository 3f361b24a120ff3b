"""`python -m bench sync2way`: both sides edit one large company; qbot merges, people approve
in bulk, qbot pushes through the QuickBooks simulator's real throttle and injected faults.

The platform side stages edits of existing invoices (DueDate and PrivateNote) and new expenses
(QuickBooks Purchases) through the import's checker and staging service, and a finance lead
approves them batch by batch through the real approval service. Meanwhile a QuickBooks user
(sandbox.qbo.user_edits: the same REST calls, not our app's traffic) changes the same field of
`--conflict-rate` of the records (a conflict; one in ten is voided instead, which a person must
decide), and another field of as many more (a merge, no conflict). Then qbot runs sync cycles
(pull, resolve by the default policy, push) until nothing approved waits, with `--fault-rate`
of our requests answered 429, 500, 503, or carried out with the answer lost (504) or held past
the client's timeout.

Everything is counted afterwards from the simulator's store and request log and from our
database, never from qbot's own counters: `duplicates` are creates whose marker is in the
store more than once; `lost` are approved changes neither in QuickBooks as approved nor held
with a reason (withdrawn, failed or in conflict, each with its explanation).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
from sqlmodel import col, select

from bench._db import fresh_database
from bench.sync import build_ledger, peak_rss_mb
from core.adapters.clock import FixedClock
from core.adapters.db import make_engine
from core.adapters.qbo import QboClient, RetryPolicy
from core.adapters.qbo.batch import MAX_ITEMS
from core.adapters.qbo.cdc import MAX_OBJECTS as CDC_MAX_OBJECTS
from core.adapters.qbo.cdc import updated_at
from core.adapters.qbo.faults import FaultPolicy
from core.adapters.qbo.writes import carries
from core.bootstrap import Services, build_services
from core.domain.authority import Approvers, Role
from core.domain.sync.import_check import RowChecker
from core.domain.sync.staged import ChangeKind, ChangeState, StagedChange
from core.errors import QbotError
from core.models import StagedChangeRow, SyncConflict
from core.services.approvals import Actor
from core.services.ingest import PAGE_SIZE, kinds_for
from core.services.push import RETRY_MAX
from core.services.staging import books_for
from core.settings import Settings
from sandbox.qbo.builder import CompanyBuilder
from sandbox.qbo.company import SampleCompany, load_company
from sandbox.qbo.server import BEFORE, LOST, TIMEOUT, QboSimulator
from sandbox.qbo.user_edits import edit_as_user, user_api, void_as_user

TYPES = ("accounts", "invoices", "expenses")
APPROVER = "U0BENCHLEAD"
SUBMITTER = "import:bench-sync2way.jsonl"
STAGE_CHUNK = 1000  # rows per import batch (one card, one approval each)
MARKER = re.compile(r"\[qbot:c(\d+)\]")
# Explained outcomes: the change did not go, and its row says why.
EXPLAINED = {ChangeState.WITHDRAWN.value, ChangeState.FAILED.value, ChangeState.CONFLICT.value}


def build_company(records: int, seed: int) -> SampleCompany:
    """`records` invoices (a customer per 10, a half payment per 2, a credit memo per 50) on
    the sample company's chart of accounts, items and vendors."""
    b = CompanyBuilder(seed)
    build_ledger(b, records)
    base = load_company()
    return dataclasses.replace(
        base,
        customers=b.customers,
        invoices=b.invoices,
        payments=b.payments,
        credit_memos=b.credit_memos,
        emails=[],
        crm_notes=[],
        reminders_sent=[],
    )


@dataclasses.dataclass
class Plan:
    """Which records each side edits (Ids from the company, chosen by the seed)."""

    edited: list[str]  # invoices the platform edits
    conflicts: list[str]  # of those, the same field changed in QuickBooks
    voided: list[str]  # of the conflicts, voided in QuickBooks instead
    merged: list[str]  # of those, another field changed in QuickBooks
    creates: int  # new expenses staged on the platform


def plan(company: SampleCompany, args: argparse.Namespace) -> Plan:
    rng = random.Random(args.seed)
    invoices = company.invoices
    n_edit = min(len(invoices), round(args.records * args.edit_rate))
    n_conflict = min(n_edit, round(args.records * args.conflict_rate))
    edited = [str(i["Id"]) for i in rng.sample(invoices, n_edit)]
    conflicts = edited[:n_conflict]
    unpaid = {str(i["Id"]) for i in invoices if not i.get("LinkedTxn")}
    # One conflict in ten is a void (voiding an invoice with payments would unlink them).
    voided = [i for n, i in enumerate(conflicts) if n % 10 == 9 and i in unpaid]
    merged = edited[n_conflict : 2 * n_conflict]
    return Plan(edited, conflicts, voided, merged, round(args.records * args.create_rate))


def platform_rows(company: SampleCompany, p: Plan) -> list[dict[str, Any]]:
    """Import-shaped rows (as `qbot records import` reads them): edits, then new expenses."""
    by_id = {str(i["Id"]): i for i in company.invoices}
    rows: list[dict[str, Any]] = []
    for qbo_id in p.edited:
        due = datetime.fromisoformat(str(by_id[qbo_id]["DueDate"])).date() + timedelta(days=14)
        rows.append(
            {"type": "invoice", "qbo_id": qbo_id, "DueDate": due.isoformat(),
             "PrivateNote": f"bench: due date moved for invoice {qbo_id}"}
        )  # fmt: skip
    [bank] = [a for a in company.accounts if a["Name"] == "Checking"]
    [fuel] = [a for a in company.accounts if a["Name"] == "Fuel"]
    for n in range(p.creates):
        amount = Decimal(20 + n % 200) + Decimal("0.45")
        rows.append(
            {"type": "expense", "PaymentType": "Check", "TxnDate": "2026-11-18",
             "PrivateNote": f"bench expense {n}", "AccountRef": {"value": bank["Id"]},
             "TotalAmt": amount,
             "Line": [{"Amount": amount, "DetailType": "AccountBasedExpenseLineDetail",
                       "AccountBasedExpenseLineDetail": {"AccountRef": {"value": fuel["Id"]}}}]}
        )  # fmt: skip
    return rows


def stage_and_approve(services: Services, realm: str, rows: list[dict[str, Any]]) -> list[int]:
    """Check and stage the rows, STAGE_CHUNK to a batch, and approve every batch; returns
    the batch ids."""
    edits = {ChangeKind.INVOICE: [str(r["qbo_id"]) for r in rows if r.get("qbo_id")]}
    with services.uow.session() as session:
        checker = RowChecker(books_for(session, realm, edits))
    batches: list[int] = []
    for start in range(0, len(rows), STAGE_CHUNK):
        changes: list[tuple[int | None, StagedChange]] = []
        for n, row in enumerate(rows[start : start + STAGE_CHUNK], start=start + 1):
            checked = checker.check(n, row)
            if not isinstance(checked, StagedChange):
                raise SystemExit(f"bench row {n} refused by the import checker: {checked}")
            changes.append((n, checked))
        batch = services.staging.stage(realm, changes, SUBMITTER, SUBMITTER)
        services.change_approvals.approve(batch.batch_id, 1, Actor(APPROVER))
        batches.append(batch.batch_id)
    return batches


def quickbooks_user_edits(sim: QboSimulator, company: SampleCompany, p: Plan) -> None:
    """What a person in QuickBooks does meanwhile, through the REST API."""
    by_id = {str(i["Id"]): i for i in company.invoices}
    voided = set(p.voided)
    with user_api(sim) as api:
        for qbo_id in p.conflicts:
            if qbo_id in voided:
                void_as_user(sim, "Invoice", qbo_id, api)
                continue
            due = datetime.fromisoformat(str(by_id[qbo_id]["DueDate"])).date() + timedelta(days=7)
            edit_as_user(sim, "Invoice", qbo_id, {"DueDate": due.isoformat()}, api)
        for qbo_id in p.merged:
            memo = {"value": f"Customer asked for a copy ({qbo_id})"}
            edit_as_user(sim, "Invoice", qbo_id, {"CustomerMemo": memo}, api)


def pull_pages(sim: QboSimulator) -> int:
    """The fewest calls a full pull of the company takes: a page of 1,000 per type, and one
    call for a type that is empty (you must ask to know)."""
    with sim._lock:  # the store itself
        sizes = {k: len(sim.ledger.data.get(k, {})) for k in kinds_for(TYPES)}
    return sum(max(1, math.ceil(n / PAGE_SIZE)) for n in sizes.values())


def cdc_calls(sim: QboSimulator, since: datetime) -> int:
    """The fewest calls an incremental pull (CDC) takes after `since`: one per 1,000 objects
    of the cycle's types changed since (deletes too), and one when nothing changed."""
    with sim._lock:  # the store itself
        changed = sum(
            1
            for k in kinds_for(TYPES)
            for e in sim.ledger.data.get(k, {}).values()
            if updated_at(e) >= since
        )
    return max(1, math.ceil(changed / CDC_MAX_OBJECTS))


def run_cycles(
    services: Services, qbo: QboClient, clock: FixedClock, max_cycles: int
) -> tuple[int, list[str]]:
    """Sync cycles until no approved change waits (each after the last one's retry time)."""
    errors: list[str] = []
    kinds = kinds_for(TYPES)
    for cycle in range(1, max_cycles + 1):
        try:
            services.sync.run(qbo, kinds)
        except QbotError as exc:  # a pull that failed past its retries: the next cycle goes on
            errors.append(f"cycle {cycle}: {exc}")
        if not waiting(services):
            return cycle, errors
        clock.advance(seconds=RETRY_MAX.total_seconds())
    return max_cycles, errors


def waiting(services: Services) -> int:
    with services.uow.session() as session:
        return len(
            session.exec(
                select(StagedChangeRow.id).where(
                    col(StagedChangeRow.state).in_(
                        [ChangeState.APPROVED.value, ChangeState.PUSHING.value]
                    )
                )
            ).all()
        )


def count(sim: QboSimulator, services: Services, p: Plan, since: int) -> dict[str, Any]:
    """What happened, from the simulator's store and log and from our database."""
    with sim._lock:  # the store itself, not an API view of it
        purchases = [dict(e) for e in sim.ledger.data.get("Purchase", {}).values()]
        invoices = {k: dict(e) for k, e in sim.ledger.data.get("Invoice", {}).items()}
    sent = [r for r in sim.requests[since:] if not r.get("by_user")]
    markers = Counter(
        m.group(1) for e in purchases for m in MARKER.finditer(str(e.get("PrivateNote") or ""))
    )
    with services.uow.session() as session:
        changes = list(session.exec(select(StagedChangeRow)).all())
        conflicts = list(session.exec(select(SyncConflict)).all())
    lost, outcomes = 0, Counter[str]()
    for c in changes:
        outcomes[c.state] += 1
        if c.state == ChangeState.PUSHED.value:
            if c.base_sync_token is None:  # a create: in the store, by its marker
                landed = markers.get(str(c.id), 0) >= 1
            else:  # an edit: the store's record holds what was approved
                landed = carries(invoices.get(str(c.qbo_id), {}), c.changes)
            lost += 0 if landed else 1
        elif not (c.state in EXPLAINED and (c.reason or "").strip()):
            lost += 1
    decided = {(r.record_type, r.qbo_id): r for r in conflicts}
    resolved = held = 0
    for qbo_id in p.conflicts:
        row = decided.get((ChangeKind.INVOICE.value, qbo_id))
        if row is None:
            continue
        if row.state == "resolved":
            resolved += 1
        elif row.outcome == "held" and (row.reason or "").strip():
            held += 1
    return {
        "api_calls": len(sent),
        "pushed": outcomes[ChangeState.PUSHED.value],
        "duplicates": sum(n - 1 for n in markers.values() if n > 1),
        "lost": lost,
        "conflicts_resolved": resolved,
        "held_for_person": held,
        "outcomes": dict(sorted(outcomes.items())),
        "faults_seen": dict(
            sorted(Counter(str(r.get("fault_after") or r["status"]) for r in sent).items())
        ),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench sync2way", description=__doc__)
    parser.add_argument("--records", type=int, default=10_000, help="invoices in the company")
    parser.add_argument("--conflict-rate", type=float, default=0.05)
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument("--edit-rate", type=float, default=0.2, help="invoices edited on qbot")
    parser.add_argument("--create-rate", type=float, default=0.05, help="new expenses, per record")
    parser.add_argument("--latency-ms", type=int, default=150)
    parser.add_argument(
        "--throttle-wait", type=float, default=60.0,
        help="seconds qbot waits after a 429 (Intuit: 60); a quick test may shorten it",
    )  # fmt: skip
    parser.add_argument(
        "--server-error-wait", type=float, default=1.0,
        help="seconds qbot waits at least after a 5xx or a timeout",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=float, default=5.0,
        help="qbot's read timeout; a TIMEOUT fault holds the answer half a second longer",
    )  # fmt: skip
    parser.add_argument("--max-cycles", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", default="sqlite", help="`sqlite` or a PostgreSQL URL")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])
    if args.conflict_rate * 2 > args.edit_rate:
        parser.error("--conflict-rate may be at most half of --edit-rate")

    company = build_company(args.records, args.seed)
    p = plan(company, args)
    sim = QboSimulator(
        company=company,
        latency_ms=args.latency_ms,
        seed=args.seed,
        fault_kinds=(*BEFORE, LOST, TIMEOUT),
        hang_seconds=args.timeout + 0.5,
    )  # the real throttle: 10/s, 500/min, 10 in flight, 40 batch/min
    sim.start()
    try:
        with fresh_database(args.db) as url:
            result = _run(sim, company, p, url, args)
    finally:
        sim.stop()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0


def _run(
    sim: QboSimulator, company: SampleCompany, p: Plan, url: str, args: argparse.Namespace
) -> dict[str, Any]:
    engine = make_engine(url)
    clock = FixedClock(datetime.now(UTC))
    waits = FaultPolicy(throttle_wait=args.throttle_wait, server_error_wait=args.server_error_wait)
    retry = RetryPolicy(base_wait=min(0.5, args.server_error_wait), faults=waits)
    http = httpx.Client(timeout=httpx.Timeout(args.timeout, connect=5.0))
    qbo = QboClient(sim.base_url, sim.realm_id, sim.access_token, http, retry=retry,
                    owns_http=True)  # fmt: skip
    approvers = Approvers(users={APPROVER: Role.ADMIN}, limits={Role.ADMIN: Decimal("1e12")})
    services = build_services(
        Settings(QBOT_DATABASE_URL=url), clock=clock, engine=engine,
        qbo_for=lambda _realm: qbo, approvers=approvers,
    )  # fmt: skip
    started = time.perf_counter()
    since = len(sim.requests)
    try:
        first_pull = pull_pages(sim)
        services.sync.run(qbo, kinds_for(TYPES))  # what qbot knows before anyone edits
        stage_and_approve(services, sim.realm_id, platform_rows(company, p))
        edits_from = datetime.now(UTC).replace(microsecond=0)  # LastUpdatedTime has seconds
        quickbooks_user_edits(sim, company, p)
        cycle_pull = cdc_calls(sim, edits_from)
        sim.fault_rate = args.fault_rate  # from here on, our requests meet faults
        cycles, errors = run_cycles(services, qbo, clock, args.max_cycles)
        seconds = time.perf_counter() - started
        counted = count(sim, services, p, since)
    finally:
        qbo.close()
        engine.dispose()
    minimum = first_pull + cycle_pull + math.ceil(counted["pushed"] / MAX_ITEMS)
    return {
        "records": len(company.invoices),
        "conflicts_injected": len(p.conflicts),
        "conflicts_resolved": counted["conflicts_resolved"],
        "held_for_person": counted["held_for_person"],
        "api_calls": counted["api_calls"],
        "min_api_calls": minimum,
        "duplicates": counted["duplicates"],
        "lost": counted["lost"],
        "seconds": round(seconds, 1),
        "peak_rss_mb": peak_rss_mb(),
        "approved": sum(counted["outcomes"].values()),
        "outcomes": counted["outcomes"],
        "cycles": cycles,
        "cycle_errors": errors,
        "fault_rate": args.fault_rate,
        "answers": counted["faults_seen"],
    }

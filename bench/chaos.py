"""`python -m bench chaos`: approved reminders sent by worker processes that keep getting SIGKILLed.

Creates N approved reminders against the QuickBooks simulator and an SMTP sink, runs
`qbot worker` processes, SIGKILLs a random one about every `--kill-every` seconds and restarts
it until the queue drains, then counts from the sink and the simulator. Prints one JSON object:
{"approved", "delivered", "in_doubt", "duplicates", "qbo_notes", "kills", "seconds", ...}.

`delivered` counts emails confirmed sent (their outbox row is done) and present in the sink;
an in-doubt email may or may not have reached the sink (`in_doubt_in_sink` says how many
did) — that is exactly why a person, not the bot, decides about it.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from bench._db import fresh_database
from core.adapters.clock import SystemClock
from core.adapters.db import make_engine
from core.domain.authority import Approvers, Role
from core.models import Job, OutboxEffect, ProposedAction
from core.services.approvals import Actor, ApprovalService
from core.services.uow import UnitOfWork
from sandbox.qbo.company import SampleCompany, load_company
from sandbox.qbo.server import QboSimulator
from sandbox.slack.server import SlackSimulator
from sandbox.smtp import SmtpSink

APPROVER = "U0CHAOS"


def synthetic_company(n: int) -> SampleCompany:
    """The sample company with `n` open, past-due invoices that each get one reminder."""
    base = load_company()
    template = next(i for i in base.invoices if i.get("Balance", 0) > 0 and i.get("BillEmail"))
    invoices = []
    for k in range(n):
        inv = copy.deepcopy(template)
        inv.update(
            Id=str(500_000 + k),
            DocNumber=f"X{k:05d}",
            SyncToken="0",
            PrivateNote="",
            Balance=125.0 + k % 50,
            TotalAmt=125.0 + k % 50,
            LinkedTxn=[],
        )
        inv["BillEmail"] = {"Address": f"ap{k}@customer.example"}
        invoices.append(inv)
    return dataclasses.replace(base, invoices=invoices, payments=[], credit_memos=[])


def approve_all(url: str, company: SampleCompany) -> int:
    """Create one drafted reminder per invoice and approve each (effects go to the outbox)."""
    engine = make_engine(url)
    uow, clock = UnitOfWork(engine), SystemClock()
    now = clock.now()
    with uow.session() as session:
        for inv in company.invoices:
            balance = Decimal(str(inv["Balance"]))
            session.add(
                ProposedAction(
                    realm_id=company.realm_id,
                    invoice_qbo_id=inv["Id"],
                    case_key=f"chaos:{inv['Id']}",
                    route="draft_for_approval",
                    outcome="routine_reminder",
                    stage=7,
                    days_past_due=8,
                    balance=balance,
                    home_amount=balance,
                    doc_number=inv["DocNumber"],
                    customer_name="Chaos Customer",
                    due_date=date.fromisoformat(inv["DueDate"]),
                    send_to=inv["BillEmail"]["Address"],
                    invoice_sync_token="0",
                    reasons=["8 days past due"],
                    summary="chaos bench",
                    draft_subject=f"Invoice {inv['DocNumber']} is past due",
                    draft_body=f"Invoice {inv['DocNumber']} for ${balance} is past due.",
                    created_at=now,
                )
            )
    approvals = ApprovalService(uow, clock, Approvers(users={APPROVER: Role.ADMIN}))
    with uow.session() as session:
        ids = [a.id for a in session.exec(select(ProposedAction)).scalars()]  # type: ignore[call-overload]
    for action_id in ids:
        approvals.approve(int(action_id), 1, Actor(APPROVER))
    engine.dispose()
    return len(ids)


def _spawn(env: dict[str, str], lease: float) -> subprocess.Popen[bytes]:
    qbot = Path(sys.executable).with_name("qbot")
    cmd = (
        [str(qbot)] if qbot.exists() else [sys.executable, "-c", "from bot.cli import main; main()"]
    )
    return subprocess.Popen(
        [*cmd, "worker", "--concurrency", "1", "--lease", str(lease)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _remaining(engine: Any) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count())
                .select_from(Job)
                .where(col(Job.state).in_(["queued", "running"]))
            ).scalar()
            or 0
        )


def run(args: argparse.Namespace) -> dict[str, Any]:
    company = synthetic_company(args.sends)
    qsim = QboSimulator(company=company, throttle=None)
    qsim.start()
    ssim = SlackSimulator()
    ssim.start()
    sink = SmtpSink().start()
    rng = random.Random(args.seed)
    try:
        with fresh_database(args.database) as url:
            approved = approve_all(url, company)
            env = {
                **os.environ,
                "QBOT_DATABASE_URL": url,
                "SLACK_BOT_TOKEN": "xoxb-sim-token",
                "SLACK_API_URL": ssim.base_url,
                "QBO_BASE_URL": qsim.base_url,
                "QBO_ACCESS_TOKEN": qsim.access_token,
                "QBO_REALM_ID": company.realm_id,
                "QBOT_SMTP_HOST": "127.0.0.1",
                "QBOT_SMTP_PORT": str(sink.port),
            }
            for name in ("QBOT_TOKEN_KEYS", "QBO_CLIENT_ID"):
                env.pop(name, None)
            engine = make_engine(url)
            started = time.monotonic()
            workers = [(_spawn(env, args.lease), time.monotonic()) for _ in range(args.workers)]
            kills = 0
            deadline = started + args.timeout
            while _remaining(engine) and time.monotonic() < deadline:
                time.sleep(args.kill_every)
                if args.kill_every <= 0:
                    continue
                ready = [
                    i
                    for i, (_, born) in enumerate(workers)
                    if time.monotonic() - born >= args.min_age
                ]
                if not ready:
                    continue
                i = rng.choice(ready)
                workers[i][0].send_signal(signal.SIGKILL)
                workers[i][0].wait()
                kills += 1
                workers[i] = (_spawn(env, args.lease), time.monotonic())
            for proc, _ in workers:
                proc.send_signal(signal.SIGTERM)
            for proc, _ in workers:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
            seconds = time.monotonic() - started
            drained = _remaining(engine) == 0
            with engine.connect() as conn:
                rows = conn.execute(
                    select(OutboxEffect.key, OutboxEffect.state).where(
                        OutboxEffect.kind == "send_email"
                    )
                ).all()
                effects = Counter(
                    f"{k}:{st}"
                    for k, st in conn.execute(select(OutboxEffect.kind, OutboxEffect.state)).all()
                )
                jobs = Counter(st for (st,) in conn.execute(select(Job.state)).all())
                most_attempts = conn.execute(select(func.max(Job.attempts))).scalar()
                errors = [
                    e
                    for (e,) in conn.execute(
                        select(OutboxEffect.last_error)
                        .where(col(OutboxEffect.state) == "failed")
                        .limit(3)
                    ).all()
                ]
                errors += [
                    e
                    for (e,) in conn.execute(
                        select(Job.last_error).where(col(Job.state) == "dead").limit(3)
                    ).all()
                ]
            engine.dispose()
    finally:
        sink_messages = sink.messages
        notes = [qsim.entity("Invoice", i["Id"]).get("PrivateNote") or "" for i in company.invoices]
        sink.stop()
        ssim.stop()
        qsim.stop()
    ids = Counter(str(m["Message-ID"]) for m in sink_messages)
    states = {f"<{key.replace(':', '.')}@qbot>": state for key, state in rows}
    confirmed = {mid for mid, state in states.items() if state == "done"}
    doubtful = {mid for mid, state in states.items() if state == "in_doubt"}
    return {
        "approved": approved,
        "delivered": len(confirmed & set(ids)),
        "in_doubt": len(doubtful),
        "in_doubt_in_sink": len(doubtful & set(ids)),
        "duplicates": sum(n - 1 for n in ids.values() if n > 1),
        "qbo_notes": sum(note.count("reminder stage") for note in notes),
        "kills": kills,
        "seconds": round(seconds, 1),
        "drained": drained,
        "effects": dict(effects),
        "jobs": dict(jobs),
        "most_attempts": most_attempts,
        "errors": errors,
        "workers": args.workers,
        "database": "sqlite" if args.database == "sqlite" else "postgresql",
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench chaos", description=__doc__)
    parser.add_argument("--sends", type=int, default=1000)
    parser.add_argument("--database", default="sqlite", help="sqlite, or a PostgreSQL URL")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--kill-every", type=float, default=0.1, help="seconds between kills")
    parser.add_argument(
        "--min-age",
        type=float,
        default=2.0,
        help="only kill a worker that has run this long (start-up takes ~1 s)",
    )
    parser.add_argument("--lease", type=float, default=2.0, help="job lease of the workers")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    args = parser.parse_args(argv)
    result = run(args)
    print(json.dumps(result))
    ok = (
        result["duplicates"] == 0
        and result["drained"]
        and result["delivered"] + result["in_doubt"] == result["approved"]
        and result["in_doubt"] <= max(result["kills"], 0)
        and result["in_doubt"] <= 0.05 * result["approved"]
        and result["qbo_notes"] == result["delivered"]
    )
    if not args.json:
        print("PASS" if ok else "FAIL", file=sys.stderr)
    return 0 if ok else 1

"""`python -m bench workers`: I/O-bound jobs through 1 and then N worker processes.

Prints one JSON object: {"runs": [{"workers", "jobs", "executed", "duplicates", "seconds"}]}.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import UTC, datetime

from sqlalchemy import text

from bench._db import fresh_database
from core.adapters import queue
from core.adapters.db import make_engine
from core.services.uow import UnitOfWork


def _run(url: str, jobs: int, workers: int, latency_ms: float) -> dict[str, object]:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS bench_executions"))
        conn.execute(text("CREATE TABLE bench_executions (n INTEGER NOT NULL, worker TEXT)"))
        conn.execute(text("DELETE FROM jobs"))
    uow, now = UnitOfWork(engine), datetime.now(UTC)
    with uow.session() as session:
        for n in range(jobs):
            queue.enqueue(session, "bench_io", {"n": n}, now, dedupe_key=f"bench:{n}")
    started = time.monotonic()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench._io_worker",
                "--database",
                url,
                "--latency-ms",
                str(latency_ms),
                "--name",
                f"w{i}",
            ]
        )
        for i in range(workers)
    ]
    for proc in procs:
        proc.wait(timeout=900)
    seconds = time.monotonic() - started - 1.0  # each worker waits 1 s idle before exiting
    with engine.connect() as conn:
        executed = conn.execute(text("SELECT COUNT(DISTINCT n) FROM bench_executions")).scalar()
        total = conn.execute(text("SELECT COUNT(*) FROM bench_executions")).scalar()
    engine.dispose()
    return {
        "workers": workers,
        "jobs": jobs,
        "executed": int(executed or 0),
        "duplicates": int((total or 0) - (executed or 0)),
        "seconds": round(seconds, 2),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench workers", description=__doc__)
    parser.add_argument("--database", default="sqlite", help="sqlite, or a PostgreSQL URL")
    parser.add_argument("--jobs", type=int, default=2000)
    parser.add_argument("--workers", default="1,4", help="comma-separated process counts")
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    args = parser.parse_args(argv)
    runs = []
    with fresh_database(args.database) as url:
        for count in (int(w) for w in args.workers.split(",")):
            runs.append(_run(url, args.jobs, count, args.latency_ms))
            if not args.json:
                print(runs[-1], file=sys.stderr)
    speedup = None
    if len(runs) >= 2 and float(runs[-1]["seconds"]) > 0:  # type: ignore[arg-type]
        speedup = round(float(runs[0]["seconds"]) / float(runs[-1]["seconds"]), 2)  # type: ignore[arg-type]
    print(
        json.dumps(
            {
                "database": "sqlite" if args.database == "sqlite" else "postgresql",
                "latency_ms": args.latency_ms,
                "runs": runs,
                "speedup": speedup,
            }
        )
    )
    return 0

"""A worker process for `bench workers`: runs I/O-bound jobs until the queue stays empty."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from sqlalchemy import text

from core.adapters.clock import SystemClock
from core.adapters.db import make_engine
from core.services.uow import UnitOfWork
from core.worker import Worker


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--name", required=True)
    args = parser.parse_args(argv)
    engine = make_engine(args.database)
    uow = UnitOfWork(engine)

    def io_job(payload: dict[str, Any]) -> None:
        time.sleep(args.latency_ms / 1000)  # the simulated remote call
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO bench_executions (n, worker) VALUES (:n, :w)"),
                {"n": payload["n"], "w": args.name},
            )

    worker = Worker(uow, SystemClock(), {"bench_io": io_job}, name=args.name)
    idle_since = time.monotonic()
    while time.monotonic() - idle_since < 1.0:
        if worker.run_once():
            idle_since = time.monotonic()
        else:
            time.sleep(0.02)
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

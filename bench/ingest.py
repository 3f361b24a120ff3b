"""Webhook ingest benchmark: signed deliveries into `qbot web` vs a bare verify-and-200 endpoint.

`qbot web` runs as its own command (`qbot web --port 0`, SQLite, its inbox writer process and
all); the bare Starlette endpoint runs under the same uvicorn in another process. The load
comes from separate generator processes (bench/_http_load.py), so no sender shares a GIL with
the server it measures.

Both servers run side by side and first get the same unmeasured warm-up. Then:
- saturation, in `--rounds` rounds, each the bare endpoint then `qbot web`: 100 keep-alive
  senders post back to back. `events_per_s` and `bare_events_per_s` are the medians over the
  rounds and `ratio_to_bare` the median of the rounds' ratios. Alternating keeps the two
  measured under the same conditions: on a shared 2-vCPU VM the same run varies by ±20%
  from minute to minute, for the bare endpoint as much as for qbot.
- paced: the same senders post on a fixed schedule of `--rate` events/s → `p99_ms`, counted
  from when each delivery was due; the bare endpoint gets the same run (`bare_p99_ms`), which
  shows what the machine itself adds. At saturation every closed-loop sender waits for the
  other 99 by construction (mean latency = senders / throughput, Little's law), so latency is
  reported at a stated load; the saturation percentiles are printed too.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from bench import _http_load
from bench._bare import bare_process, serve_on_free_port
from bench._http_load import http_post
from core.domain.webhook_events import signature, signature_ok
from sandbox.qbot_web import qbot_web

TOKEN = "bench-verifier-token"
REALM = "9130350000000001"


def _bare_app() -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    async def hook(request: Request) -> Response:
        body = await request.body()
        if not signature_ok(body, request.headers.get("intuit-signature"), TOKEN):
            return JSONResponse({"error": "bad signature"}, 401)
        return JSONResponse({"ok": True})

    return Starlette(routes=[Route("/qbo/webhook", hook, methods=["POST"])])


def _serve_bare(ports: Any) -> None:
    serve_on_free_port(_bare_app(), ports)


def _wait_until_up(port: int) -> None:
    url = f"http://127.0.0.1:{port}/qbo/webhook"
    deadline = time.monotonic() + 60
    while True:  # polling with a deadline until the server answers
        try:
            httpx.post(url, content=b"[]", headers={"intuit-signature": signature(b"[]", TOKEN)})
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise RuntimeError("the bare endpoint did not start") from None
            time.sleep(0.05)


def _bare_server() -> AbstractContextManager[int]:
    return bare_process(_serve_bare, _wait_until_up)


def _prepare_database(db_url: str) -> None:
    from core.adapters.db import make_engine, upgrade_to_head
    from core.models import QboConnection
    from core.services.uow import UnitOfWork

    engine = make_engine(db_url)
    try:
        upgrade_to_head(engine)
        now = datetime.now(UTC)
        with UnitOfWork(engine).session() as session:
            session.add(QboConnection(realm_id=REALM, created_at=now, updated_at=now))
    finally:
        engine.dispose()


def _notification(events: int) -> bytes:
    stamp = datetime.now(UTC).isoformat()
    return json.dumps(
        [
            {
                "specversion": "1.0",
                "id": str(uuid.uuid4()),
                "source": "bench",
                "type": "qbo.invoice.updated.v1",
                "time": stamp,
                "intuitentityid": str(1000 + i),
                "intuitaccountid": REALM,
                "data": {},
            }
            for i in range(events)
        ]
    ).encode()


def _signed_requests(host: str, per: int, index: int, count: int) -> list[bytes]:
    """`count` signed deliveries of `per` events each, every event id unique."""
    requests = []
    for _ in range(count):
        body = _notification(per)
        headers = {"content-type": "application/json", "intuit-signature": signature(body, TOKEN)}
        requests.append(http_post(host, "/qbo/webhook", body, headers))
    return requests


def _load(
    port: int, args: argparse.Namespace, paced: bool = False, deliveries: int | None = None
) -> dict[str, Any]:
    """The saturation run (of `deliveries`, default --deliveries), or (paced) `--rate`
    events/s for `--rate-seconds`."""
    rate = args.rate / args.per if paced else None
    plan = _http_load.LoadPlan(
        "127.0.0.1",
        port,
        args.senders,
        args.generators,
        int(rate * args.rate_seconds) if rate else deliveries or args.deliveries,
        rate=rate,
        max_seconds=args.rate_seconds + 30 if rate else args.max_seconds,
    )
    return _http_load.run(plan, partial(_signed_requests, f"127.0.0.1:{port}", args.per))


def _stored(db_url: str) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from core.adapters.db import make_engine
    from core.models import QboEvent
    from core.services.uow import UnitOfWork

    engine = make_engine(db_url)
    try:
        with UnitOfWork(engine).session() as session:
            return int(session.exec(select(func.count()).select_from(QboEvent)).one())
    finally:
        engine.dispose()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench ingest",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--deliveries", type=int, default=15000, help="deliveries in each saturation run"
    )
    parser.add_argument("--rounds", type=int, default=3, help="saturation rounds (bare, qbot)")
    parser.add_argument(
        "--per", "--events-per-delivery", type=int, default=1, help="events in each delivery"
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=5000,
        help="deliveries sent to each server, unmeasured, before its measured runs",
    )
    parser.add_argument("--senders", type=int, default=100, help="concurrent connections")
    parser.add_argument(
        "--generators", type=int, default=2, help="load-generator processes sharing the senders"
    )
    parser.add_argument("--rate", type=float, default=1000, help="events/s of the paced run")
    parser.add_argument("--rate-seconds", type=float, default=15, help="length of the paced run")
    parser.add_argument("--max-seconds", type=float, default=60, help="cap on a saturation run")
    parser.add_argument("--json", action="store_true", help="print one JSON object (default)")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.deliveries < 1:
        parser.error("--rounds and --deliveries must be at least 1")
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        _prepare_database(db_url)
        with _bare_server() as bare_port, qbot_web(db_url, TOKEN) as qbot_url:
            qbot_port = int(qbot_url.rsplit(":", 1)[1])
            # Their first requests pay for start-up (imports on first use, caches,
            # connections), which is not throughput: the same warm-up for both, unmeasured.
            warm = [_load(p, args, deliveries=args.warmup) for p in (bare_port, qbot_port)]
            rounds = []
            for n in range(args.rounds):
                bare, qbot = _load(bare_port, args), _load(qbot_port, args)
                rounds.append((bare, qbot))
                print(
                    f"round {n + 1}/{args.rounds}: bare {bare['requests_per_s']:.0f}/s, "
                    f"qbot {qbot['requests_per_s']:.0f}/s",
                    file=sys.stderr,
                    flush=True,
                )
            bare_paced = _load(bare_port, args, paced=True)
            paced = _load(qbot_port, args, paced=True)
        stored = _stored(db_url)
    qbot_sent = warm[1]["requests"] + sum(q["requests"] for _, q in rounds) + paced["requests"]
    all_runs = [*warm, *(r for pair in rounds for r in pair), bare_paced, paced]
    ratios = [q["requests_per_s"] / b["requests_per_s"] for b, q in rounds if b["requests_per_s"]]
    print(
        json.dumps(
            {
                "benchmark": "ingest",
                "database": "sqlite",
                "senders": args.senders,
                "generators": args.generators,
                "events_per_delivery": args.per,
                "events_per_s": _median(q["requests_per_s"] * args.per for _, q in rounds),
                "p99_ms": paced["p99_ms"],
                "bare_events_per_s": _median(b["requests_per_s"] * args.per for b, _ in rounds),
                "ratio_to_bare": round(statistics.median(ratios), 3) if ratios else None,
                "rounds": [
                    {
                        "bare_events_per_s": round(b["requests_per_s"] * args.per, 1),
                        "events_per_s": round(q["requests_per_s"] * args.per, 1),
                        "saturation_p99_ms": q["p99_ms"],
                    }
                    for b, q in rounds
                ],
                "paced_rate": args.rate,
                "paced_events_per_s": round(paced["requests_per_s"] * args.per, 1),
                "paced_p50_ms": paced["p50_ms"],
                "paced_max_ms": paced["max_ms"],
                "bare_p99_ms": bare_paced["p99_ms"],
                "saturation_p50_ms": _median(q["p50_ms"] for _, q in rounds),
                "saturation_p99_ms": _median(q["p99_ms"] for _, q in rounds),
                "deliveries": qbot_sent,
                "errors": sum(run["errors"] for run in all_runs),
                "stored": stored,
                "expected_stored": qbot_sent * args.per,
            }
        )
    )
    return 0


def _median(values: Iterator[float]) -> float:
    return round(statistics.median(values), 2)

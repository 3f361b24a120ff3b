"""Webhook ingest benchmark: signed deliveries into `qbot web` vs a bare verify-and-200 endpoint.

Each server runs in its own process (uvicorn on loopback, fresh SQLite DB), so the load
generator's event loop does not share a GIL with the server it measures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from core.domain.webhook_events import signature, signature_ok

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


def _qbot_app(db_url: str) -> Any:
    from slack_sdk import WebClient

    from bot.app import create_app
    from bot.web import create_web
    from core.adapters.db import make_engine, upgrade_to_head
    from core.bootstrap import build_services
    from core.models import QboConnection
    from core.settings import Settings

    engine = make_engine(db_url)
    upgrade_to_head(engine)
    settings = Settings(QBOT_DATABASE_URL=db_url, QBO_WEBHOOK_VERIFIER_TOKEN=TOKEN)
    services = build_services(settings, engine=engine)
    now = datetime.now(UTC)
    with services.uow.session() as session:
        session.add(QboConnection(realm_id=REALM, created_at=now, updated_at=now))
    slack = WebClient(token="xoxb-bench", base_url="http://127.0.0.1:9/")
    return create_web(services, create_app(services, slack, "bench", token_verification=False))


def _serve(kind: str, db_url: str, ports: Any) -> None:
    import uvicorn

    from core.adapters.net import bound_socket

    app = _bare_app() if kind == "bare" else _qbot_app(db_url)
    sock = bound_socket("127.0.0.1", 0)
    ports.put(sock.getsockname()[1])
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


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


async def _load(
    url: str, deliveries: int, per: int, senders: int, limit_s: float
) -> dict[str, Any]:
    bodies = [_notification(per) for _ in range(deliveries)]
    latencies: list[float] = []
    errors = 0
    next_index = 0
    deadline = time.monotonic() + limit_s
    limits = httpx.Limits(max_connections=senders, max_keepalive_connections=senders)

    async with httpx.AsyncClient(timeout=10, limits=limits) as client:

        async def sender() -> None:
            nonlocal next_index, errors
            while next_index < len(bodies) and time.monotonic() < deadline:
                body = bodies[next_index]
                next_index += 1
                headers = {
                    "content-type": "application/json",
                    "intuit-signature": signature(body, TOKEN),
                }
                t0 = time.perf_counter()
                try:
                    response = await client.post(url, content=body, headers=headers)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - t0) * 1000)
                errors += 0 if ok else 1

        await client.post(url, content=b"[]", headers={"intuit-signature": signature(b"[]", TOKEN)})
        start = time.perf_counter()
        await asyncio.gather(*(sender() for _ in range(senders)))
        elapsed = time.perf_counter() - start
    latencies.sort()
    sent = len(latencies)

    def pct(p: float) -> float:
        return round(latencies[min(sent - 1, int(p * sent))], 2) if sent else 0.0

    return {
        "deliveries": sent,
        "events": sent * per,
        "errors": errors,
        "seconds": round(elapsed, 3),
        "events_per_s": round(sent * per / elapsed, 1) if elapsed else 0.0,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
    }


def _run_against(kind: str, db_url: str, args: argparse.Namespace) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    ports = ctx.Queue()
    proc = ctx.Process(target=_serve, args=(kind, db_url, ports), daemon=True)
    proc.start()
    try:
        port = ports.get(timeout=60)
        url = f"http://127.0.0.1:{port}/qbo/webhook"
        deadline = time.monotonic() + 30
        while True:  # wait until uvicorn accepts connections (polling with a deadline)
            try:
                httpx.post(url, content=b"", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{kind} server did not start") from None
                time.sleep(0.05)
        return asyncio.run(
            _load(url, args.deliveries, args.events_per_delivery, args.senders, args.max_seconds)
        )
    finally:
        proc.terminate()
        proc.join(timeout=10)


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
    parser = argparse.ArgumentParser(prog="python -m bench ingest", description=__doc__)
    parser.add_argument("--deliveries", type=int, default=3000, help="notifications per target")
    parser.add_argument("--events-per-delivery", type=int, default=1, help="events in each")
    parser.add_argument("--senders", type=int, default=100, help="concurrent senders")
    parser.add_argument("--max-seconds", type=float, default=60, help="stop each run after this")
    parser.add_argument("--json", action="store_true", help="print one JSON object (default)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        bare = _run_against("bare", db_url, args)
        qbot = _run_against("qbot", db_url, args)
        stored = _stored(db_url)
    result = {
        "benchmark": "ingest",
        "database": "sqlite",
        "senders": args.senders,
        "events_per_delivery": args.events_per_delivery,
        "events_per_s": qbot["events_per_s"],
        "p50_ms": qbot["p50_ms"],
        "p99_ms": qbot["p99_ms"],
        "bare_events_per_s": bare["events_per_s"],
        "bare_p99_ms": bare["p99_ms"],
        "ratio_to_bare": round(qbot["events_per_s"] / bare["events_per_s"], 3)
        if bare["events_per_s"]
        else None,
        "deliveries": qbot["deliveries"],
        "events": qbot["events"],
        "errors": qbot["errors"],
        "stored": stored,
        "seconds": qbot["seconds"],
    }
    print(json.dumps(result))
    return 0

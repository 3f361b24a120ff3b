"""A lean HTTP/1.1 load generator: keep-alive connections spread over several processes.

Why not httpx here: an httpx request costs the generator ~1 ms of CPU, so one process tops out
near 700 requests/s and the benchmark measured the client, not the server. Pre-built request
bytes written to raw asyncio streams cost a few tens of microseconds, and separate processes
keep every sender off one GIL.

Two shapes:
- closed loop (`rate=None`): every connection sends its next request as soon as the last one
  is answered, so the figure is the server's saturation throughput;
- open loop (`rate=R`): requests leave on a fixed schedule of R per second in all, and each
  latency is counted from the moment its request was due, so a stalled server cannot hide
  its queue by slowing the senders down (no coordinated omission).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

RequestBuilder = Callable[[int, int], list[bytes]]  # (process index, count) -> raw requests


@dataclass(frozen=True)
class LoadPlan:
    host: str
    port: int
    connections: int
    processes: int
    requests: int
    rate: float | None = None  # requests per second in all; None = closed loop
    max_seconds: float = 60.0


def http_post(host: str, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    """One raw HTTP/1.1 keep-alive POST request."""
    lines = [f"POST {path} HTTP/1.1", f"host: {host}", f"content-length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> tuple[int, bytes]:
    """Write one request and read its response: (status, body); bodies by content-length."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return status, body


async def _exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> int:
    return (await exchange(reader, writer, request))[0]


async def _drive(plan: LoadPlan, requests: list[bytes], share: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors = 0
    next_index = 0
    started = time.monotonic()
    deadline = started + plan.max_seconds
    interval = share / (plan.rate / plan.processes) if plan.rate else 0.0

    async def connection(slot: int) -> None:
        nonlocal next_index, errors
        reader, writer = await asyncio.open_connection(plan.host, plan.port)
        due = started + slot * interval / max(share, 1)
        try:
            while next_index < len(requests) and time.monotonic() < deadline:
                request = requests[next_index]
                next_index += 1
                if interval:
                    delay = due - time.monotonic()
                    if delay > 0:  # pacing the open-loop schedule, not synchronisation
                        await asyncio.sleep(delay)
                    t0 = due
                    due += interval
                else:
                    t0 = time.monotonic()
                try:
                    status = await _exchange(reader, writer, request)
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    status = 0
                    writer.close()
                    reader, writer = await asyncio.open_connection(plan.host, plan.port)
                latencies.append((time.monotonic() - t0) * 1000)
                errors += status != 200
        finally:
            writer.close()

    await asyncio.gather(*(connection(i) for i in range(share)))
    return {
        "latencies": latencies,
        "errors": errors,
        "started": started,
        "finished": time.monotonic(),
    }


def _process(
    plan: LoadPlan,
    build: RequestBuilder,
    index: int,
    ready: Any,
    go: Any,
    results: Any,
) -> None:
    try:
        import uvloop  # the same loop uvicorn[standard] serves with; plain asyncio otherwise

        uvloop.install()
    except ImportError:
        pass
    share = plan.connections // plan.processes + (index < plan.connections % plan.processes)
    count = plan.requests // plan.processes + (index < plan.requests % plan.processes)
    requests = build(index, count)
    ready.release()
    go.wait()
    results.put(asyncio.run(_drive(plan, requests, share)))


def run(plan: LoadPlan, build: RequestBuilder) -> dict[str, Any]:
    """Run the plan; return requests, errors, seconds, requests_per_s and latency percentiles."""
    ctx = multiprocessing.get_context("spawn")
    ready, go, results = ctx.Semaphore(0), ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_process, args=(plan, build, i, ready, go, results), daemon=True)
        for i in range(plan.processes)
    ]
    for proc in procs:
        proc.start()
    for _ in procs:  # every generator has built its requests before the clock starts
        if not ready.acquire(timeout=120):
            raise RuntimeError("a load generator process did not start")
    go.set()
    parts = [results.get(timeout=plan.max_seconds + 120) for _ in procs]
    for proc in procs:
        proc.join(timeout=10)
    latencies = sorted(x for part in parts for x in part["latencies"])
    seconds = max(p["finished"] for p in parts) - min(p["started"] for p in parts)
    done = len(latencies)

    def pct(p: float) -> float:
        return round(latencies[min(done - 1, int(p * done))], 2) if done else 0.0

    return {
        "requests": done,
        "errors": sum(p["errors"] for p in parts),
        "seconds": round(seconds, 3),
        "requests_per_s": round(done / seconds, 1) if seconds else 0.0,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "max_ms": round(latencies[-1], 2) if done else 0.0,
    }

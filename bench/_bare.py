"""A bare comparison server in a process of its own: an ASGI app under the same uvicorn as
`qbot web`, on a free loopback port (bench ingest's verify-and-200 endpoint, bench slack's
bolt app that only acks)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def serve_on_free_port(app: Any, ports: Any) -> None:
    """In the child: bind a free port, report it on `ports`, serve `app` until terminated."""
    import uvicorn

    from core.adapters.net import bound_socket

    sock = bound_socket("127.0.0.1", 0)
    ports.put(sock.getsockname()[1])
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


@contextmanager
def bare_process(target: Callable[[Any], None], ready: Callable[[int], None]) -> Iterator[int]:
    """Run `target(ports)` (a module-level function calling serve_on_free_port) in a spawned
    process; yield its port once `ready(port)` returned; terminate it on the way out."""
    with bare_server_process(target, ready) as (port, _pid):
        yield port


@contextmanager
def bare_server_process(
    target: Callable[[Any], None], ready: Callable[[int], None]
) -> Iterator[tuple[int, int]]:
    """As `bare_process`, yielding (port, pid): the pid to read the server's CPU time by."""
    ctx = multiprocessing.get_context("spawn")
    ports = ctx.Queue()
    proc = ctx.Process(target=target, args=(ports,), daemon=True)
    proc.start()
    try:
        port = int(ports.get(timeout=60))
        ready(port)
        assert proc.pid is not None  # started above
        yield port, proc.pid
    finally:
        proc.terminate()
        proc.join(timeout=10)
        ports.close()
        ports.join_thread()


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds process `pid` has used so far (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # after the command name: state is field 3, utime 14 and stime 15 (proc(5)), in ticks
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

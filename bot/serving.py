"""Run an ASGI app with uvicorn: in the foreground (`qbot web`, `qbot serve`) or in a
background thread (demo, tests)."""

from __future__ import annotations

import gc
import socket
import sys
import threading
import time
from typing import Any

import uvicorn

from core.adapters.net import bound_socket

# Seconds a thread may keep the GIL while another waits for it (CPython's default is 0.005).
SWITCH_INTERVAL_SECONDS = 0.001
# Seconds uvicorn lets requests in flight finish after SIGTERM before cancelling them. Without
# a bound it waits for every connection, however long; a platform sends SIGKILL after 10 s.
GRACEFUL_SHUTDOWN_SECONDS = 4


def _config(app: Any) -> uvicorn.Config:
    # lifespan "auto": the app's shutdown (e.g. stopping the inbox writer) runs on exit.
    return uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="auto",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )


def serve_forever(app: Any, sock: socket.socket, name: str) -> None:
    """Serve `app` on a bound socket (see `bound_socket`) until Ctrl-C or SIGTERM.

    Prints `<name>: listening on http://host:port` to stderr once connections queue, so a
    supervisor (or `python -m bench ingest`) can learn a port-0 choice.
    """
    sock.listen(2048)
    host, port = sock.getsockname()[:2]
    print(f"{name}: listening on http://{host}:{port}", file=sys.stderr, flush=True)
    settle_heap()  # the app is built: what exists now lives as long as the process
    favour_short_requests()
    uvicorn.Server(_config(app)).run(sockets=[sock])


class ThreadedServer:
    """uvicorn on a pre-bound loopback socket, so port 0 gives a known free port."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app, self.host, self.port = app, host, port
        self.base_url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> ThreadedServer:
        """Start serving; return once uvicorn reports it is listening."""
        sock = bound_socket(self.host, self.port)
        self.port = int(sock.getsockname()[1])
        self.base_url = f"http://{self.host}:{self.port}"
        self._server = uvicorn.Server(_config(self.app))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="qbot-web", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:  # polling with a deadline: uvicorn exposes no event
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"web server on {self.base_url} did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for its thread."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None


def settle_heap() -> None:
    """Move everything built at start-up out of the garbage collector's sight.

    Why: a web server's heap is mostly imports and app objects that live as long as the
    process. Requests that wait on I/O keep their objects alive long enough to be promoted,
    so full collections come often, and each walked the whole heap: ~100 ms pauses in which
    every connection stalled (seen in `python -m bench ingest`). `gc.freeze()` is the
    standard remedy (CPython docs, "gc.freeze"); cycles made later are still collected.
    """
    gc.collect()
    gc.freeze()


def favour_short_requests() -> None:
    """Let a waiting thread have the GIL after 1 ms instead of CPython's 5 ms.

    Why: an ack is short but takes the GIL back dozens of times (the event loop reading the
    request and writing the answer, the worker thread's every SQLite call), while an answer
    or a Home being built after another request's ack is CPU-bound and keeps the GIL until
    it is asked to drop it. Each take-back could wait the whole switch interval, so the
    ack's tail was a multiple of 5 ms whatever it did itself (`python -m bench slack`,
    docs/performance.md). The CPU-bound work gives way more often; it is not urgent.
    """
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)

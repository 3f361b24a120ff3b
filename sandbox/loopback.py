"""The loopback HTTP server the Slack and Anthropic simulators share (http.server, one thread)."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


class LoopbackSimulator:
    """Serves `handler()` from a background thread; a context manager that starts and stops."""

    thread_name = "simulator"

    def __init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def handler(self) -> type[BaseHTTPRequestHandler]:
        """The request handler class, bound to this simulator's state."""
        raise NotImplementedError

    def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on `host:port` (0 = a free port); returns once the socket is bound."""
        server = ThreadingHTTPServer((host, port), self.handler())
        server.daemon_threads = True
        self._server = server
        # A short poll interval keeps stop() quick (shutdown waits for the next poll).
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=self.thread_name,
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        if self._server is None:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root(self) -> str:
        """`http://HOST:PORT` of the listening socket."""
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"


def bound_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A TCP socket bound to host:port (0 = a free port), ready to hand to uvicorn.

    The simulators' own copy of the product's helper (a simulator shares no code with qbot).
    IPPROTO_TCP explicitly: asyncio turns Nagle off only on sockets whose `proto` says TCP,
    and without that every small response waits ~40 ms for the peer's delayed ACK.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock

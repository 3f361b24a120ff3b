"""Listening sockets for the servers we start ourselves (web app, simulators, benchmarks)."""

from __future__ import annotations

import socket


def bound_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A TCP socket bound to host:port (0 = a free port), ready to hand to uvicorn.

    The protocol must be IPPROTO_TCP explicitly: asyncio only turns Nagle off
    (TCP_NODELAY) on sockets whose `proto` says TCP, and accepted connections inherit the
    listening socket's `proto`. With the default 0, every small response waits ~40 ms for
    the peer's delayed ACK.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock

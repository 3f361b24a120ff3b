"""Stores webhook deliveries from a child process that owns its own database connection.

Why a child process, measured (docs/performance.md, "Webhook ingest"): a writer thread in the
web server, the simpler design, shares the server's GIL, so the server's request handling and
every commit run on one core; it reached 13% of the bare endpoint with executemany and 30%
(18–40%) with one INSERT per batch, never the 50% target, and was below the process in three
of four alternating cycles on a busy host (the process: 62–95% on a quiet one).

The event loop writes each batch (pickled, framed as multiprocessing frames it) through a
buffered asyncio transport on a socket pair, and reads the answers in the protocol's callback.
Buffered, because the loop makes the socket non-blocking: a batch bigger than the socket
buffer written directly got EAGAIN, was taken for a dead writer, and every delivery was lost.

Deliveries that arrive while a batch is written join the next one (group commit), two
batches in flight at most. Every delivery is answered within Intuit's 3 s: 200 only after
its commit; 503 (Intuit delivers again, the dedupe key makes that safe) when it was not
stored: refused before being written once `commit_within` passed, rolled back by a child
that reached its commit too late, or failed. A child that dies is replaced, and the batches
it held are written again by the new one (at most once more): it may have committed them
before dying, so a write that finds them already stored answers 200, honestly.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import multiprocessing
import os
import pickle
import signal
import socket
import struct
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from sqlalchemy.exc import DBAPIError

from core.domain.webhook_events import WebhookEvent
from core.ports import Clock

log = logging.getLogger(__name__)

MAX_BATCH_EVENTS = 5000  # bounds one transaction; a bigger single delivery goes alone
MAX_IN_FLIGHT = 2  # batches sent and not yet answered: the child never waits for the next
LOCK_TIMEOUT = 1.5  # seconds the child's statements wait for a lock: less than commit_within
_PRELOAD = ("core.services.inbox_writer", "core.services.event_inbox", "core.adapters.db")
_HEADER = struct.Struct("!i")  # multiprocessing.Connection's frame header (payloads < 2 GiB)


class InboxUnavailable(Exception):
    """The events were not confirmed stored (answer 503: Intuit redelivers, we dedupe)."""


def _child_main(conn: Connection, database_url: str) -> None:
    """The writer process: one transaction per batch, answered on the socket, until EOF."""
    # Ctrl-C in a terminal reaches the whole process group; the parent decides when we stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from core.adapters.db import make_engine
    from core.services.event_inbox import InboxAppender
    from core.services.uow import UnitOfWork

    engine = make_engine(database_url, lock_timeout=LOCK_TIMEOUT)
    appender = InboxAppender(UnitOfWork(engine))
    gc.collect()  # everything loaded so far lives as long as we do: keep it out of GC passes
    gc.freeze()
    conn.send(("ready", None))
    try:
        while (message := _receive(conn)) is not None:
            deliveries, now, deadline = message

            def in_time(deadline: float = deadline) -> None:  # CLOCK_MONOTONIC is system-wide
                if time.monotonic() >= deadline:
                    raise TimeoutError("reached its commit after the deadline")

            try:
                conn.send(("ok", appender.store(deliveries, now, in_time)))
            except DBAPIError as exc:  # the driver's own words, not the statement's text
                conn.send(("error", f"{type(exc.orig).__name__}: {exc.orig}"[:300]))
            except Exception as exc:  # rolled back: the parent answers 503
                conn.send(("error", f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        engine.dispose()


def _receive(conn: Connection) -> Any:
    try:
        return conn.recv()
    except EOFError:  # the web server is gone
        return None


@dataclass
class _Delivery:
    events: list[WebhookEvent]
    future: asyncio.Future[int]
    deadline: float  # monotonic: not written after this, so a 503 then is the truth
    retried: bool = False  # written again after its writer died


class _Socket(asyncio.Protocol):
    """The parent's end: frames in, callbacks out (answers are read as soon as they land)."""

    def __init__(self, writer: InboxWriter) -> None:
        self.writer = writer
        self.child: _Child | None = None  # None once we let it go: nothing more to tell
        self._buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self._buffer)
            if len(self._buffer) < _HEADER.size + size:
                return
            frame = bytes(self._buffer[_HEADER.size : _HEADER.size + size])
            del self._buffer[: _HEADER.size + size]
            if self.child is not None:
                self.writer._on_reply(self.child, pickle.loads(frame))

    def connection_lost(self, exc: Exception | None) -> None:
        if self.child is not None:
            self.writer._on_lost(self.child)


@dataclass
class _Child:
    process: BaseProcess
    transport: asyncio.Transport
    ready: asyncio.Future[None]
    in_flight: deque[list[_Delivery]] = field(default_factory=deque)

    def send(self, message: object) -> None:
        payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self.transport.write(_HEADER.pack(len(payload)) + payload)  # buffered, never EAGAIN


class InboxWriter:
    """`await submit(events)`: how many were new, once committed; else InboxUnavailable.

    Everything runs in callbacks on the event loop, not in a task: the moment the child
    answers a batch, the deliveries that arrived meanwhile go to it as the next one, before
    the answered deliveries are told.
    """

    def __init__(
        self,
        database_url: str,
        clock: Clock,
        *,
        commit_within: float = 2.0,
        answer_within: float = 2.7,
        start_timeout: float = 30.0,
    ) -> None:
        self._database_url, self._clock = database_url, clock
        self._commit_within, self._answer_within = commit_within, answer_within
        self._start_timeout = start_timeout
        self._pending: deque[_Delivery] = deque()
        self._child: _Child | None = None
        self._starting: asyncio.Task[None] | None = None
        self._closed = False
        self.batches = 0  # batches confirmed stored (for tests)

    async def submit(self, events: list[WebhookEvent], arrived: float | None = None) -> int:
        """Store one delivery's events; raises InboxUnavailable if that is not confirmed.

        `arrived`: when the request began (`time.monotonic()`), which the deadlines count from,
        since Intuit's 3 s include reading and parsing the body; default now.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[int] = loop.create_future()
        start = time.monotonic() if arrived is None else arrived
        self._pending.append(_Delivery(events, future, start + self._commit_within))
        left = max(0.0, start + self._answer_within - time.monotonic())
        timer = loop.call_later(left, _expire, future)
        self._pump()
        try:
            return await future
        finally:
            timer.cancel()

    async def start(self) -> None:
        """Start the writer now, so the first delivery does not wait for it (a failure is
        logged; the next delivery tries again)."""
        await asyncio.shield(self._ensure_starting())
        if self._child is None:
            log.warning("inbox writer not started; the next delivery tries again")

    def close(self) -> None:
        """Stop the writer (it finishes the batch in hand first, 3 s at most)."""
        self._closed = True
        if self._starting is not None:
            self._starting.cancel()
        child, self._child = self._child, None
        if child is not None:
            with contextlib.suppress(RuntimeError):  # its transport is closed already
                child.send(None)
            child.process.join(timeout=2)
            self._end(child, "inbox writer stopped")
        self._pump()  # refuses whatever still waits

    @property
    def child_pid(self) -> int | None:
        return self._child.process.pid if self._child else None

    @property
    def in_flight(self) -> int:
        """Deliveries handed to the writer process and not answered yet."""
        return sum(len(batch) for batch in self._child.in_flight) if self._child else 0

    # -- sending and answering ---------------------------------------------------------------

    def _pump(self) -> None:
        """Send what waits, MAX_IN_FLIGHT batches in the socket at most; refuse what is late."""
        now = time.monotonic()
        while self._pending and (
            self._closed or self._pending[0].deadline <= now or self._pending[0].future.done()
        ):
            late = self._pending.popleft()
            _settle([late], InboxUnavailable("not stored: the inbox writer was not free in time"))
        child = self._child
        if child is None:
            if self._pending:
                self._ensure_starting()
            return
        while self._pending and len(child.in_flight) < MAX_IN_FLIGHT:
            batch = self._take_batch()
            events = [d.events for d in batch]
            child.send((events, self._clock.now(), min(d.deadline for d in batch)))
            child.in_flight.append(batch)

    def _take_batch(self) -> list[_Delivery]:
        batch = [self._pending.popleft()]
        size = len(batch[0].events)
        while self._pending and size + len(self._pending[0].events) <= MAX_BATCH_EVENTS:
            batch.append(self._pending.popleft())
            size += len(batch[-1].events)
        return batch

    def _on_reply(self, child: _Child, reply: tuple[str, Any]) -> None:
        status, value = reply
        if status == "ready":
            child.ready.set_result(None)
            return
        if not child.in_flight:
            return
        batch = child.in_flight.popleft()
        self._pump()  # the child is free: hand it the next batch before anything else
        if status == "ok":
            self.batches += 1
            _settle(batch, value)
        else:
            log.error("webhook events not stored: %s", value)
            _settle(batch, InboxUnavailable(f"events not stored: {str(value)[:100]}"))

    def _on_lost(self, child: _Child) -> None:
        """The child exited or was killed: write what it held again, with a new one."""
        if not child.ready.done():  # died starting: `_start` refuses what waits
            child.ready.set_exception(InboxUnavailable("exited while starting"))
            return
        if self._child is child:
            self._child = None
        again = [d for batch in child.in_flight for d in batch]
        child.in_flight.clear()
        self._end(child, "inbox writer exited")
        log.error("inbox writer exited (code %s); starting another", child.process.exitcode)
        retry = [d for d in again if not d.retried]
        _settle([d for d in again if d.retried], InboxUnavailable("inbox writer exited twice"))
        for d in reversed(retry):  # first in line, in their order: the realm job reads by id
            d.retried = True
            self._pending.appendleft(d)
        self._pump()

    # -- the child process -------------------------------------------------------------------

    def _ensure_starting(self) -> asyncio.Task[None]:
        """The start under way, or a new one: never two children at once."""
        if self._closed:
            raise InboxUnavailable("inbox writer stopped")
        if self._starting is None or self._starting.done():
            self._starting = asyncio.get_running_loop().create_task(self._start())
        return self._starting

    async def _start(self) -> None:
        """Start a child; then send what waits, or refuse it if the child did not start."""
        # Forked from a fork server that imported the writer's modules once: a fresh
        # interpreter (spawn) took 1-4 s to import them on a loaded 2-vCPU host, longer than
        # Intuit waits for a delivery whose writer died. Never a plain fork: the parent runs
        # threads.
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(list(_PRELOAD))
        loop = asyncio.get_running_loop()
        parent_end, child_end = ctx.Pipe()  # a socket pair on POSIX
        process = ctx.Process(
            target=_child_main,
            args=(child_end, self._database_url),
            name="qbot-inbox-writer",
            daemon=True,
        )
        child: _Child | None = None
        try:
            sock = socket.socket(fileno=os.dup(parent_end.fileno()))
            parent_end.close()
            process.start()
            child_end.close()  # so the child's exit reaches us as EOF on our end
            protocol = _Socket(self)
            transport, _ = await loop.connect_accepted_socket(lambda: protocol, sock)
            child = _Child(process, transport, loop.create_future())
            protocol.child = child
            await asyncio.wait_for(asyncio.shield(child.ready), self._start_timeout)
        except Exception as exc:  # any failure to start is a refusal, never a crash
            log.error("inbox writer did not start: %s: %s", type(exc).__name__, exc)
            if child is not None:
                self._end(child, "inbox writer did not start")
            elif process.is_alive():
                process.kill()
            pending, self._pending = list(self._pending), deque()
            _settle(pending, InboxUnavailable("inbox writer did not start"))
            return
        self._child = child
        log.info("inbox writer started (pid %s)", process.pid)
        self._pump()

    def _end(self, child: _Child, reason: str) -> None:
        """Kill the child if it still runs, close its socket, refuse what it held."""
        protocol = child.transport.get_protocol()
        if isinstance(protocol, _Socket):
            protocol.child = None  # its closing is ours, not news
        if child.process.is_alive():
            child.process.kill()
        child.process.join(timeout=1)
        child.transport.close()
        while child.in_flight:
            _settle(child.in_flight.popleft(), InboxUnavailable(reason))


def _expire(future: asyncio.Future[int]) -> None:
    if not future.done():  # still queued or being written: not confirmed in time
        future.set_exception(InboxUnavailable("not confirmed stored in time"))


def _settle(batch: list[_Delivery], outcome: list[int] | InboxUnavailable) -> None:
    for index, d in enumerate(batch):
        if d.future.done():  # answered already (in time or not), or its sender hung up
            continue
        if isinstance(outcome, InboxUnavailable):
            d.future.set_exception(outcome)
        else:
            d.future.set_result(outcome[index])

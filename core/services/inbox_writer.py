"""Stores webhook deliveries from a child process that owns its own database connection.

Why a child process: a webhook may be answered only after its events are committed, and a
commit made from a thread of the web server has to win the GIL back from the event loop after
every database call (the loop holds it while it parses the next requests). Under load each
batch then took ~20 ms of waiting for a few hundred microseconds of work. The child has the
database to itself; the event loop only pickles a batch down a pipe and reads the answer
when the pipe becomes readable (no helper thread, so no GIL hand-off on our side either).

Why not ProcessPoolExecutor: it moves results through a manager thread, the hand-off this
module exists to avoid, and it cannot tell one slow batch from a dead pool.

Deliveries that arrive while a batch is being written join the next one (group commit), so
throughput grows with load while every 200 still follows its own commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import multiprocessing
import signal
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from core.domain.webhook_events import WebhookEvent
from core.ports import Clock

log = logging.getLogger(__name__)

MAX_BATCH_EVENTS = 1000  # bounds one pickle down the pipe (and one INSERT)
MAX_IN_FLIGHT = 2  # batches sent and not yet answered


class InboxUnavailable(Exception):
    """The events were not confirmed stored (answer 503: Intuit redelivers, we dedupe)."""


def _child_main(conn: Connection, database_url: str) -> None:
    """The writer process: one transaction per batch, answered on the pipe, until EOF."""
    # Ctrl-C in a terminal reaches the whole process group; the parent decides when we stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from core.adapters.db import make_engine
    from core.services.event_inbox import InboxAppender
    from core.services.uow import UnitOfWork

    engine = make_engine(database_url)
    appender = InboxAppender(UnitOfWork(engine))
    # Everything loaded so far lives as long as we do: keep it out of every GC pass.
    gc.collect()
    gc.freeze()
    conn.send(("ready", None))
    try:
        while True:
            try:
                message = conn.recv()
            except EOFError:  # the web server is gone
                break
            if message is None:
                break
            deliveries, now = message
            try:
                counts = appender.store(deliveries, now)
            except Exception as exc:  # reported to the parent, which answers 503
                conn.send(("error", f"{type(exc).__name__}: {exc}"[:500]))
            else:
                conn.send(("ok", counts))
    finally:
        engine.dispose()


Batch = list[tuple[list[WebhookEvent], "asyncio.Future[int]"]]


@dataclass
class _Child:
    process: BaseProcess
    conn: Connection
    loop: asyncio.AbstractEventLoop
    # Batches sent and not yet answered, oldest first (the child answers in order), each
    # with the timer that gives up on it.
    in_flight: deque[tuple[Batch, asyncio.TimerHandle]] = field(default_factory=deque)


class InboxWriter:
    """`await submit(events)` returns how many of them were new, once they are committed.

    Everything runs in callbacks on the event loop, not in a task: the moment the child
    answers a batch, the deliveries that arrived meanwhile go down the pipe as the next one,
    before the answered deliveries are told. A task would first wait its turn behind every
    request handler the loop has ready, and the child would sit idle for that long.
    """

    def __init__(
        self,
        database_url: str,
        clock: Clock,
        *,
        answer_timeout: float = 10.0,
        start_timeout: float = 60.0,
    ) -> None:
        self._database_url, self._clock = database_url, clock
        self._answer_timeout, self._start_timeout = answer_timeout, start_timeout
        self._pending: Batch = []
        self._child: _Child | None = None
        self._starting: asyncio.Task[None] | None = None
        self._closed = False
        self.batches = 0  # batches confirmed stored (for tests)

    async def submit(self, events: list[WebhookEvent]) -> int:
        """Store one delivery's events; raises InboxUnavailable if that is not confirmed."""
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending.append((events, future))
        self._pump()
        return await future

    async def start(self) -> None:
        """Start the writer process now, so the first delivery does not wait for it.

        A failure is logged, not raised: the next delivery tries again (and is refused 503,
        to be delivered again, if that fails too).
        """
        await asyncio.shield(self._ensure_starting())
        if self._child is None:
            log.warning("inbox writer not started; the next delivery tries again")

    def close(self) -> None:
        """Stop the writer process (it finishes the batch in hand first)."""
        self._closed = True
        child, self._child = self._child, None
        if child is None:
            return
        self._detach(child)
        with contextlib.suppress(OSError):  # already gone
            child.conn.send(None)
        child.process.join(timeout=10)
        if child.process.is_alive():
            child.process.terminate()
            child.process.join(timeout=5)
        child.conn.close()
        self._fail_in_flight(child, "inbox writer stopped")

    @property
    def child_pid(self) -> int | None:
        return self._child.process.pid if self._child else None

    # -- sending and answering ---------------------------------------------------------------

    def _pump(self) -> None:
        """Send waiting deliveries as batches, MAX_IN_FLIGHT in the pipe at most.

        Two, not one: the child starts the next batch the moment it commits one, while we
        are still answering the last; more would only split the same load into smaller
        transactions.
        """
        child = self._child
        if self._closed:
            pending, self._pending = self._pending, []
            self._settle(pending, InboxUnavailable("inbox writer stopped"))
            return
        if child is None:  # not started yet, or forgotten: a new one for what waits
            if self._pending:
                self._ensure_starting()
            return
        # A dead child is noticed by its pipe (EOF in `_on_readable`, OSError on send), not
        # by asking the OS about the process on every delivery.
        while self._pending and len(child.in_flight) < MAX_IN_FLIGHT:
            batch = self._take_batch()
            try:
                child.conn.send(([events for events, _ in batch], self._clock.now()))
            except OSError as exc:
                self._settle(batch, InboxUnavailable(f"inbox writer is gone ({exc})"))
                self._forget(child, "inbox writer is gone")
                self._pump()
                return
            timer = child.loop.call_later(self._answer_timeout, self._gave_up, child)
            child.in_flight.append((batch, timer))

    def _on_readable(self, child: _Child) -> None:
        try:
            reply = child.conn.recv()
        except (EOFError, OSError):
            self._forget(child, f"inbox writer exited (code {child.process.exitcode})")
            self._pump()  # a fresh writer for whatever is still waiting
            return
        if not child.in_flight:  # nothing asked: an answer to a batch we gave up on
            return
        batch, timer = child.in_flight.popleft()
        timer.cancel()
        self._pump()  # the child is free: hand it the next batch before anything else
        status, value = reply
        if status == "ok":
            self.batches += 1
            self._settle(batch, value)
        else:
            self._settle(batch, InboxUnavailable(f"events not stored: {value}"))

    def _gave_up(self, child: _Child) -> None:
        # Its answer may still come, but to nobody: start a fresh writer for what waits.
        log.error("inbox writer gave no answer in %.0f s; restarting it", self._answer_timeout)
        self._forget(child, "inbox writer did not answer in time")
        self._pump()

    @staticmethod
    def _settle(batch: Batch, outcome: list[int] | InboxUnavailable) -> None:
        for index, (_, future) in enumerate(batch):
            if future.done():  # a sender that hung up has nobody to tell
                continue
            if isinstance(outcome, InboxUnavailable):
                future.set_exception(outcome)
            else:
                future.set_result(outcome[index])

    def _take_batch(self) -> Batch:
        taken, size = 0, 0
        for events, _ in self._pending:
            if taken and size + len(events) > MAX_BATCH_EVENTS:
                break
            taken, size = taken + 1, size + len(events)
        batch, self._pending = self._pending[:taken], self._pending[taken:]
        return batch

    # -- the child process -------------------------------------------------------------------

    def _ensure_starting(self) -> asyncio.Task[None]:
        """The start under way, or a new one: never two children at once."""
        if self._starting is None or self._starting.done():
            self._starting = asyncio.get_running_loop().create_task(self._start())
        return self._starting

    async def _start(self) -> None:
        """Start a child; then send what waits, or refuse it if the child did not start."""
        ctx = multiprocessing.get_context("spawn")  # no fork: the parent runs threads
        loop = asyncio.get_running_loop()
        parent_end, child_end = ctx.Pipe()
        process = ctx.Process(
            target=_child_main,
            args=(child_end, self._database_url),
            name="qbot-inbox-writer",
            daemon=True,
        )
        try:
            process.start()
            child_end.close()  # so the child's exit reaches us as EOF on our end
            # One blocking read, once per start: a thread is simpler than a reader here.
            ready = await asyncio.wait_for(
                loop.run_in_executor(None, self._handshake, parent_end), self._start_timeout
            )
        except Exception as exc:  # any failure to start is a refusal, never a crash
            ready = f"{type(exc).__name__}: {exc}"
        if ready != "ready" or self._closed:
            if process.is_alive():
                process.kill()
            if process.pid is not None:
                process.join(timeout=5)
            parent_end.close()
            pending, self._pending = self._pending, []
            self._settle(pending, InboxUnavailable(f"inbox writer did not start: {ready}"))
            return
        child = _Child(process, parent_end, loop)
        loop.add_reader(parent_end.fileno(), self._on_readable, child)
        self._child = child
        log.info("inbox writer started (pid %s)", process.pid)
        self._pump()

    @staticmethod
    def _handshake(conn: Connection) -> str:
        status, _ = conn.recv()
        return str(status)

    def _fail_in_flight(self, child: _Child, reason: str) -> None:
        while child.in_flight:
            batch, timer = child.in_flight.popleft()
            timer.cancel()
            self._settle(batch, InboxUnavailable(reason))

    def _detach(self, child: _Child) -> None:
        with contextlib.suppress(OSError, ValueError, RuntimeError):  # closed, or its loop is
            child.loop.remove_reader(child.conn.fileno())

    def _forget(self, child: _Child, reason: str) -> None:
        self._detach(child)
        if child.process.is_alive():
            child.process.kill()
        child.process.join(timeout=5)
        child.conn.close()
        self._fail_in_flight(child, reason)
        if self._child is child:
            self._child = None

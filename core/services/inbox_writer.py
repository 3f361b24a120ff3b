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
from typing import Any

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


@dataclass
class _Child:
    process: BaseProcess
    conn: Connection
    loop: asyncio.AbstractEventLoop
    # The child answers in order, so replies go to these futures first-in, first-out.
    awaiting: deque[asyncio.Future[tuple[str, Any]]] = field(default_factory=deque)


class InboxWriter:
    """`await submit(events)` returns how many of them were new, once they are committed."""

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
        self._pending: list[tuple[list[WebhookEvent], asyncio.Future[int]]] = []
        self._drainer: asyncio.Task[None] | None = None
        self._answering: set[asyncio.Task[None]] = set()  # referenced until done
        self._slots = asyncio.Semaphore(MAX_IN_FLIGHT)
        self._child: _Child | None = None
        self.batches = 0  # batches confirmed stored (for tests)

    async def submit(self, events: list[WebhookEvent]) -> int:
        """Store one delivery's events; raises InboxUnavailable if that is not confirmed."""
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending.append((events, future))
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain())
        return await future

    def close(self) -> None:
        """Stop the writer process (it finishes the batch in hand first)."""
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
        self._fail_awaiting(child, "inbox writer stopped")

    @property
    def child_pid(self) -> int | None:
        return self._child.process.pid if self._child else None

    # -- the batch loop ----------------------------------------------------------------------

    async def _drain(self) -> None:
        """Send waiting deliveries as batches, two in the pipe at most.

        Two, not one: the child starts the next batch the moment it commits one, while we
        are still answering the last; more would only split the same load into smaller
        transactions.
        """
        while self._pending:
            await self._slots.acquire()  # released when the batch's answer is in
            batch = self._take_batch()
            try:
                child = await self._running_child()
                reply = self._send(child, [events for events, _ in batch])
            except InboxUnavailable as exc:
                self._slots.release()
                self._settle(batch, exc)
                continue
            task = asyncio.create_task(self._answer(batch, reply))
            self._answering.add(task)
            task.add_done_callback(self._answering.discard)

    async def _answer(
        self,
        batch: list[tuple[list[WebhookEvent], asyncio.Future[int]]],
        reply: asyncio.Future[tuple[str, Any]],
    ) -> None:
        try:
            status, value = await self._wait(reply, self._answer_timeout)
            if status != "ok":
                raise InboxUnavailable(f"events not stored: {value}")
        except InboxUnavailable as exc:
            self._settle(batch, exc)
        else:
            self.batches += 1
            self._settle(batch, value)
        finally:
            self._slots.release()

    @staticmethod
    def _settle(
        batch: list[tuple[list[WebhookEvent], asyncio.Future[int]]],
        outcome: list[int] | InboxUnavailable,
    ) -> None:
        for index, (_, future) in enumerate(batch):
            if future.done():  # a sender that hung up has nobody to tell
                continue
            if isinstance(outcome, InboxUnavailable):
                future.set_exception(outcome)
            else:
                future.set_result(outcome[index])

    def _take_batch(self) -> list[tuple[list[WebhookEvent], asyncio.Future[int]]]:
        taken, size = 0, 0
        for events, _ in self._pending:
            if taken and size + len(events) > MAX_BATCH_EVENTS:
                break
            taken, size = taken + 1, size + len(events)
        batch, self._pending = self._pending[:taken], self._pending[taken:]
        return batch

    def _send(self, child: _Child, message: Any) -> asyncio.Future[tuple[str, Any]]:
        reply: asyncio.Future[tuple[str, Any]] = child.loop.create_future()
        try:
            child.conn.send((message, self._clock.now()))
        except OSError as exc:
            self._forget(child)
            raise InboxUnavailable(f"inbox writer is gone ({type(exc).__name__})") from exc
        child.awaiting.append(reply)
        return reply

    # -- the child process -------------------------------------------------------------------

    async def _running_child(self) -> _Child:
        child = self._child
        if child is not None and child.process.is_alive():
            return child
        if child is not None:
            self._forget(child)
        return await self._start()

    async def _start(self) -> _Child:
        ctx = multiprocessing.get_context("spawn")  # no fork: the parent runs threads
        parent_end, child_end = ctx.Pipe()
        process = ctx.Process(
            target=_child_main,
            args=(child_end, self._database_url),
            name="qbot-inbox-writer",
            daemon=True,
        )
        process.start()
        child_end.close()  # so the child's exit reaches us as EOF on our end
        child = _Child(process, parent_end, asyncio.get_running_loop())
        ready: asyncio.Future[tuple[str, Any]] = child.loop.create_future()
        child.awaiting.append(ready)
        child.loop.add_reader(parent_end.fileno(), self._on_readable, child)
        self._child = child
        status, value = await self._wait(ready, self._start_timeout)
        if status != "ready":
            self._forget(child)
            raise InboxUnavailable(f"inbox writer did not start: {value}")
        log.info("inbox writer started (pid %s)", process.pid)
        return child

    def _on_readable(self, child: _Child) -> None:
        try:
            reply = child.conn.recv()
        except (EOFError, OSError):
            self._detach(child)
            self._fail_awaiting(child, f"inbox writer exited (code {child.process.exitcode})")
            return
        if child.awaiting:
            future = child.awaiting.popleft()
            if not future.done():
                future.set_result(reply)

    async def _wait(
        self, reply: asyncio.Future[tuple[str, Any]], timeout: float
    ) -> tuple[str, Any]:
        try:
            return await asyncio.wait_for(asyncio.shield(reply), timeout)
        except TimeoutError:
            # Its answer may still come, but to nobody: start a fresh writer next time.
            log.error("inbox writer gave no answer in %.0f s; restarting it", timeout)
            if self._child is not None:
                self._forget(self._child)
            raise InboxUnavailable("inbox writer did not answer in time") from None

    @staticmethod
    def _fail_awaiting(child: _Child, reason: str) -> None:
        while child.awaiting:
            future = child.awaiting.popleft()
            if not future.done():
                future.set_result(("gone", reason))

    def _detach(self, child: _Child) -> None:
        with contextlib.suppress(OSError, ValueError, RuntimeError):  # closed, or its loop is
            child.loop.remove_reader(child.conn.fileno())

    def _forget(self, child: _Child) -> None:
        self._detach(child)
        if child.process.is_alive():
            child.process.kill()
        child.process.join(timeout=5)
        child.conn.close()
        self._fail_awaiting(child, "inbox writer was restarted")
        if self._child is child:
            self._child = None

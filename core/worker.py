"""The worker: claims durable jobs, runs their handlers, keeps leases alive, stops cleanly."""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import DBAPIError

from core.adapters import queue
from core.errors import RetryableError
from core.ports import Clock
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)
JobHandler = Callable[[dict[str, Any]], None]


class Worker:
    """Runs jobs on `concurrency` threads until `stop` is set.

    One failing job is retried with backoff or dead-lettered; it never blocks the others.
    A lost database (PostgreSQL restarting) is waited out: claims resume when it is back.
    """

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        handlers: Mapping[str, JobHandler],
        *,
        name: str | None = None,
        concurrency: int = 1,
        lease: timedelta = timedelta(seconds=60),
        idle_wait: float = 0.5,
    ) -> None:
        self.uow, self.clock, self.handlers = uow, clock, handlers
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        self.concurrency, self.lease, self.idle_wait = concurrency, lease, idle_wait
        self.stop = threading.Event()
        self.executed = 0
        self._count_lock = threading.Lock()

    def run_once(self, slot: int = 0) -> bool:
        """Claim and run one job; return False when nothing was runnable."""
        worker = f"{self.name}/{slot}"
        with self.uow.session() as session:
            job = queue.claim(session, worker, self.clock.now(), self.lease)
        if job is None:
            return False
        if job.attempts > job.max_attempts:  # its holders kept dying: stop trying
            with self.uow.session() as session:
                queue.fail(session, job, worker, self.clock.now(), "lease expired too often")
            return True
        beat = threading.Event()
        keeper = threading.Thread(target=self._keep_lease, args=(job.id, worker, beat), daemon=True)
        keeper.start()
        try:
            self._run(job, worker)
        finally:
            beat.set()
            keeper.join()
        return True

    def _run(self, job: queue.ClaimedJob, worker: str) -> None:
        handler = self.handlers.get(job.kind)
        try:
            if handler is None:
                raise LookupError(f"no handler for job kind {job.kind!r}")
            handler(job.payload)
        except RetryableError as exc:
            self._failed(job, worker, exc, exc.retry_after)
            return
        except Exception as exc:  # one bad job must never stop the worker
            log.exception("job %s (%s) failed", job.id, job.kind)
            self._failed(job, worker, exc, None)
            return
        with self.uow.session() as session:
            queue.complete(session, job.id, worker, self.clock.now())
        with self._count_lock:
            self.executed += 1

    def _failed(
        self, job: queue.ClaimedJob, worker: str, exc: BaseException, retry_after: float | None
    ) -> None:
        with self.uow.session() as session:
            state = queue.fail(
                session, job, worker, self.clock.now(), f"{type(exc).__name__}: {exc}", retry_after
            )
        log.warning(
            "job %s (%s) attempt %s failed -> %s: %s", job.id, job.kind, job.attempts, state, exc
        )

    def _keep_lease(self, job_id: int, worker: str, done: threading.Event) -> None:
        interval = self.lease.total_seconds() / 3
        while not done.wait(interval):
            try:
                with self.uow.session() as session:
                    held = queue.heartbeat(session, job_id, worker, self.clock.now() + self.lease)
            except DBAPIError:
                log.warning("lease heartbeat for job %s failed; retrying", job_id)
                continue
            if not held:  # taken over after our lease ran out: nothing left to keep alive
                log.warning("job %s was taken over by another worker", job_id)
                return

    def _loop(self, slot: int) -> None:
        while not self.stop.is_set():
            try:
                ran = self.run_once(slot)
            except DBAPIError as exc:
                log.warning("database unavailable (%s); retrying", type(exc).__name__)
                self.stop.wait(1.0)
                continue
            if not ran:
                self.stop.wait(self.idle_wait)

    def run(self) -> None:
        """Run until `stop` is set; the job in hand is finished before returning."""
        threads = [
            threading.Thread(target=self._loop, args=(i,), name=f"qbot-worker-{i}")
            for i in range(self.concurrency)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def run_until_idle(self, max_jobs: int = 10_000) -> int:
        """Run jobs on this thread until none is runnable now; return how many ran."""
        ran = 0
        while ran < max_jobs and self.run_once():
            ran += 1
        return ran

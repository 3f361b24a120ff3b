"""Per-realm QuickBooks rate limiter: 500/min, 10/s, 4 in flight, 40 batch/min, shared per process.

Ours rather than a library: pyrate-limiter, limits and aiolimiter are not dependencies of the
project (aiolimiter is asyncio-only), and none of them combines sliding windows with an
in-flight cap, a separate batch budget and an injectable clock. Sliding logs of send times are
exact ("never more than N in any window"), small, and easy to test without waiting.
"""

from __future__ import annotations

import functools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimits:
    """QuickBooks' per-realm limits (QUICKBOOKS.md §2); `margin` widens windows for clock skew."""

    per_second: int = 10
    per_minute: int = 500
    in_flight: int = 4  # QuickBooks allows 10 concurrent; we run at most 4
    batch_per_minute: int = 40
    margin: float = 0.05


class _Window:
    """A sliding log: at most `limit` events in any `span` seconds."""

    def __init__(self, limit: int, span: float) -> None:
        self.limit, self.span = limit, span
        self.sent: deque[float] = deque()

    def wait(self, now: float) -> float:
        """Seconds until one more event fits (0 when it fits now)."""
        while self.sent and now - self.sent[0] >= self.span:
            self.sent.popleft()
        if len(self.sent) < self.limit:
            return 0.0
        return self.sent[len(self.sent) - self.limit] + self.span - now


class RateLimiter:
    """Blocks callers until a request fits every window and an in-flight slot is free."""

    def __init__(
        self,
        limits: RateLimits | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.limits = lim = limits or RateLimits()
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(lim.in_flight)
        self._second = _Window(lim.per_second, 1.0 + lim.margin)
        self._minute = _Window(lim.per_minute, 60.0 + lim.margin)
        self._batch = _Window(lim.batch_per_minute, 60.0 + lim.margin)
        self._paused_until = 0.0

    @contextmanager
    def slot(self, *, batch: bool = False) -> Iterator[float]:
        """Hold one in-flight slot for the duration of a request that fits the windows;
        yields the seconds the request waited for the windows (or a 429 pause)."""
        self._slots.acquire()
        try:
            yield self._admit(batch)
        finally:
            self._slots.release()

    def pause(self, seconds: float) -> None:
        """After a 429: no request of this realm leaves for `seconds`."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def _admit(self, batch: bool) -> float:
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                windows = [self._second, self._minute] + ([self._batch] if batch else [])
                wait = max([self._paused_until - now, *(w.wait(now) for w in windows)])
                if wait <= 0:
                    for w in windows:
                        w.sent.append(now)
                    return waited
            self._sleep(wait)
            waited += wait


class LimiterRegistry:
    """One RateLimiter per (API base URL, realm): every client of a realm shares it."""

    def __init__(self, limits: RateLimits | None = None) -> None:
        self._limits = limits
        self._lock = threading.Lock()
        self._by_realm: dict[tuple[str, str], RateLimiter] = {}

    def for_realm(self, realm_id: str, base_url: str = "") -> RateLimiter:
        # Keyed by base URL too: sandbox and production (or two simulators) are separate budgets.
        key = (base_url.rstrip("/"), realm_id)
        with self._lock:
            if key not in self._by_realm:
                self._by_realm[key] = RateLimiter(self._limits)
            return self._by_realm[key]


@functools.cache
def process_limiters() -> LimiterRegistry:
    """The registry shared by every QboClient in this process (created on first use)."""
    return LimiterRegistry()

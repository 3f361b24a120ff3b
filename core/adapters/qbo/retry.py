"""Retry policy for QuickBooks calls: jittered exponential backoff, never under Retry-After."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from core.adapters.qbo.faults import FaultPolicy
from core.errors import RetryableError

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts and how long to wait between them (seconds)."""

    attempts: int = 5
    base_wait: float = 0.5
    max_wait: float = 120.0
    faults: FaultPolicy = field(default_factory=FaultPolicy)

    def wait(self, error: BaseException | None, attempt: int, rng: random.Random) -> float:
        """Backoff for `attempt` (1-based), jittered, and at least the error's `retry_after`."""
        backoff = self.base_wait * (2 ** (attempt - 1))
        jittered = rng.uniform(backoff / 2, backoff)
        floor = error.retry_after if isinstance(error, RetryableError) else 0.0
        if floor > 0:
            # never under Retry-After / the throttle minute; up to 10% more so realms don't stampede
            floor *= rng.uniform(1.0, 1.1)
        return min(max(jittered, floor), max(self.max_wait, floor))


def call_with_retry(
    fn: Callable[[], T],
    policy: RetryPolicy,
    sleep: Callable[[float], None],
    rng: random.Random,
) -> T:
    """Run `fn`, retrying RetryableError up to `policy.attempts` times; re-raise the last error."""

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return policy.wait(exc, state.attempt_number, rng)

    retrying = Retrying(
        stop=stop_after_attempt(policy.attempts),
        wait=wait,
        retry=retry_if_exception_type(RetryableError),
        sleep=sleep,
        reraise=True,
    )
    return retrying(fn)

"""The per-realm rate limiter, driven by a fake clock: windows, in-flight cap, batch budget."""

from __future__ import annotations

import threading

from core.adapters.qbo.ratelimit import LimiterRegistry, RateLimiter, RateLimits


class FakeTime:
    """A clock that only moves when the limiter sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def limiter(t: FakeTime, **kw: int) -> RateLimiter:
    return RateLimiter(RateLimits(margin=0.0, **kw), clock=t.clock, sleep=t.sleep)


def max_in_window(times: list[float], span: float) -> int:
    return max(sum(1 for u in times if t <= u < t + span) for t in times)


def test_never_more_than_10_in_any_second_nor_500_in_a_minute() -> None:
    t = FakeTime()
    rl = limiter(t)
    sent: list[float] = []
    for _ in range(1200):
        with rl.slot():
            sent.append(t.now)
    assert max_in_window(sent, 1.0) == 10
    assert max_in_window(sent, 60.0) == 500
    # 1,200 requests need more than two minutes at 500/min, and not much more.
    assert 120.0 <= sent[-1] < 140.0


def test_batch_budget_is_40_a_minute_and_counts_as_requests() -> None:
    t = FakeTime()
    rl = limiter(t)
    batches: list[float] = []
    for _ in range(90):
        with rl.slot(batch=True):
            batches.append(t.now)
    assert max_in_window(batches, 60.0) == 40
    assert batches[40] >= 60.0 and batches[80] >= 120.0
    fresh = limiter(t)
    for _ in range(40):
        with fresh.slot(batch=True):
            pass
    spent = t.now
    with fresh.slot():  # an ordinary request is not held back by the spent batch budget
        pass
    assert t.now - spent <= 1.0
    # ...but a batch is a request too: 10 batches fill the second, the next request waits.
    counted = limiter(t)
    start = t.now
    for _ in range(10):
        with counted.slot(batch=True):
            pass
    assert t.now == start
    with counted.slot():
        pass
    assert t.now - start >= 1.0


def test_pause_after_a_429_holds_every_request_of_the_realm() -> None:
    t = FakeTime()
    rl = limiter(t)
    rl.pause(60.0)
    with rl.slot():
        assert t.now >= 60.0


def test_at_most_4_in_flight() -> None:
    rl = RateLimiter(RateLimits(per_second=1000, per_minute=100_000))
    inside = 0
    peak = 0
    lock = threading.Lock()
    four_in = threading.Barrier(4 + 1)
    release = threading.Event()

    entered = 0

    def request() -> None:
        nonlocal inside, peak, entered
        with rl.slot():
            with lock:
                inside += 1
                entered += 1
                peak, mine = max(peak, inside), entered
            if mine <= 4:
                four_in.wait(timeout=5)
            release.wait(timeout=5)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=request) for _ in range(8)]
    for th in threads:
        th.start()
    four_in.wait(timeout=5)  # four requests are inside at once...
    with lock:
        assert inside == 4  # ...and the other four wait for a slot
    release.set()
    for th in threads:
        th.join(timeout=5)
    assert peak == 4 and inside == 0


def test_registry_shares_one_limiter_per_realm() -> None:
    reg = LimiterRegistry()
    a = reg.for_realm("123", "http://127.0.0.1:1")
    assert reg.for_realm("123", "http://127.0.0.1:1/") is a
    assert reg.for_realm("456", "http://127.0.0.1:1") is not a
    assert reg.for_realm("123", "http://127.0.0.1:2") is not a  # another API: its own budget

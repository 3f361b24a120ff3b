"""The counters behind /metrics, recorded by the real adapters: QuickBooks calls and rate-limit
waits against the simulator, Slack API errors against the Slack simulator, and a worker's own
/metrics endpoint."""

from __future__ import annotations

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from slack_sdk import WebClient

from bot.notifier import SlackNotifier
from core.adapters.qbo import FaultPolicy, QboClient, RetryPolicy
from core.adapters.qbo.ratelimit import RateLimiter, RateLimits
from core.errors import ConfigurationError
from core.metrics import Metrics
from sandbox.qbo.server import QboSimulator
from sandbox.slack.server import SlackSimulator
from tests.qbo_env import qbo_sim  # noqa: F401  (the `sim` fixture)
from tests.unit.test_cards_case import pending_case


class FakeTime:
    """The limiter's clock, moved only by the limiter's own sleeps."""

    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def samples(metrics: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = metrics.render().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_qbo_calls_by_status_and_rate_limit_waits(sim: QboSimulator) -> None:
    metrics, t = Metrics(), FakeTime()
    limiter = RateLimiter(RateLimits(margin=0.0), clock=t.clock, sleep=t.sleep)
    sim.inject_faults(429)
    retry = RetryPolicy(attempts=3, base_wait=0.0, max_wait=0.0,
                        faults=FaultPolicy(throttle_wait=2.0, server_error_wait=0.0))
    with QboClient(sim.base_url, sim.realm_id, lambda: sim.access_token, retry=retry,
                   sleep=lambda _: None, limiter=limiter, metrics=metrics) as client:
        client.count("Invoice")
    got = samples(metrics)
    assert got[("qbot_qbo_calls_total", (("status", "429"),))] == 1
    assert got[("qbot_qbo_calls_total", (("status", "200"),))] == 1
    # The 429 paused the realm for the throttle wait; the retry waited it out in the limiter.
    assert got[("qbot_qbo_rate_limit_waits_total", ())] == 1
    assert got[("qbot_qbo_rate_limit_wait_seconds_total", ())] == pytest.approx(2.0)


def test_slack_api_errors_by_method_and_error() -> None:
    metrics = Metrics()
    slack = SlackSimulator(bot_token="xoxb-metrics")
    slack.start()
    try:
        client = WebClient(
            token="xoxb-not-the-bot-token", base_url=slack.base_url, retry_handlers=[]
        )
        with pytest.raises(ConfigurationError):
            SlackNotifier(client, metrics).post_case("C0NOSUCHCHANNEL", pending_case())
    finally:
        slack.stop()
    got = samples(metrics)
    key = ("qbot_slack_api_errors_total", (("error", "invalid_auth"),
                                            ("method", "chat.postMessage")))
    assert got[key] == 1, got


def test_a_worker_serves_its_own_metrics() -> None:
    metrics = Metrics()
    metrics.judge_decisions.labels(outcome="likely_dispute").inc()
    port, stop = metrics.serve(0)
    try:
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    finally:
        stop()
    assert 'qbot_judge_decisions_total{outcome="likely_dispute"} 1.0' in text

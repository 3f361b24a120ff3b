"""Prometheus metrics: the counters this process observes, and the text `/metrics` serves.

One `Metrics` per service graph, with its own registry (not prometheus-client's global one),
so two graphs in one process — the tests, the demo — never count into each other.
Counters cover what happens in this process (QuickBooks calls, Slack errors, webhook
deliveries, judge decisions); the gauges of the queue and the outbox are read from the database
at scrape time (`core.adapters.db_metrics`), so any web process reports every worker's state.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, generate_latest, start_http_server
from prometheus_client.registry import Collector

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    """The counters every adapter and service records into, and the text `/metrics` serves."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._gauges: Collector | None = None
        r = self.registry
        self.qbo_calls = Counter(
            "qbot_qbo_calls", "QuickBooks API calls by HTTP status (or transport error).",
            ["status"], registry=r,
        )
        self.qbo_rate_limit_wait = Counter(
            "qbot_qbo_rate_limit_wait_seconds",
            "Time QuickBooks calls waited for the per-realm rate limiter.", registry=r,
        )
        self.qbo_rate_limit_waits = Counter(
            "qbot_qbo_rate_limit_waits", "QuickBooks calls that had to wait for the limiter.",
            registry=r,
        )
        self.slack_api_errors = Counter(
            "qbot_slack_api_errors", "Slack Web API calls that failed, by method and error.",
            ["method", "error"], registry=r,
        )
        self.webhook_deliveries = Counter(
            "qbot_webhook_deliveries", "QuickBooks webhook deliveries by result.",
            ["result"], registry=r,
        )
        self.judge_decisions = Counter(
            "qbot_judge_decisions", "Triage decisions by outcome.", ["outcome"], registry=r,
        )

    def add_gauges(self, collector: Collector) -> None:
        """Also report what `collector` reads at scrape time (the first one given is kept)."""
        if self._gauges is None:
            self._gauges = collector
            self.registry.register(collector)

    def render(self) -> bytes:
        """The Prometheus text exposition of everything registered."""
        return generate_latest(self.registry)

    def serve(self, port: int, host: str = "127.0.0.1") -> tuple[int, Callable[[], None]]:
        """Serve `/metrics` on a thread (a worker has no web server of its own); returns the
        port bound (0 picks a free one) and a function that stops it."""
        server, thread = start_http_server(port, addr=host, registry=self.registry)

        def stop() -> None:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)

        return int(server.server_port), stop

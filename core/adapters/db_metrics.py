"""Gauges read from the database at scrape time: queue depth and age, outbox effects, actions."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import Engine, func, select
from sqlmodel import col

from core.models import Job, OutboxEffect, ProposedAction
from core.ports import Clock

log = logging.getLogger(__name__)


class DatabaseCollector(Collector):
    """Gauges read at scrape time: queue depth and age, outbox effects, proposed actions."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine, self._clock = engine, clock

    def describe(self) -> Iterator[GaugeMetricFamily]:
        return iter(())  # no fixed description: the families are built on each collect

    def collect(self) -> Iterator[GaugeMetricFamily]:
        jobs = GaugeMetricFamily("qbot_jobs", "Durable jobs by state.", labels=["state"])
        age = GaugeMetricFamily(
            "qbot_job_queue_age_seconds",
            "Age of the oldest queued job that is due to run (0 when none is).",
        )
        effects = GaugeMetricFamily(
            "qbot_outbox_effects", "Outbox side effects by kind and state (in_doubt included).",
            labels=["kind", "state"],
        )
        actions = GaugeMetricFamily(
            "qbot_proposed_actions", "Proposed actions by state.", labels=["state"]
        )
        try:
            now = self._clock.now()
            with self._engine.connect() as conn:
                for state, n in conn.execute(
                    select(col(Job.state), func.count()).group_by(col(Job.state))
                ):
                    jobs.add_metric([state], n)
                oldest = conn.execute(
                    select(func.min(col(Job.run_at))).where(
                        col(Job.state) == "queued", col(Job.run_at) <= now
                    )
                ).scalar()
                for kind, state, n in conn.execute(
                    select(col(OutboxEffect.kind), col(OutboxEffect.state), func.count())
                    .group_by(col(OutboxEffect.kind), col(OutboxEffect.state))
                ):
                    effects.add_metric([kind, state], n)
                for state, n in conn.execute(
                    select(col(ProposedAction.state), func.count())
                    .group_by(col(ProposedAction.state))
                ):
                    actions.add_metric([state], n)
        except Exception as exc:  # a scrape must answer even while the database is down
            log.warning("metrics: database not readable (%s)", type(exc).__name__)
            return
        age.add_metric([], _seconds_since(oldest, now))
        yield from (jobs, age, effects, actions)


def _seconds_since(then: datetime | str | None, now: datetime) -> float:
    if then is None:
        return 0.0
    if isinstance(then, str):  # SQLite's MIN() over a text column returns the text
        then = datetime.fromisoformat(then)
    if then.tzinfo is None:
        then = then.replace(tzinfo=now.tzinfo)
    return max((now - then).total_seconds(), 0.0)

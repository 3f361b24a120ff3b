"""The Starlette routes `qbot serve` exposes, over real HTTP: /healthz, /metrics, /slack/events."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.metrics_core import Metric
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import Engine
from sqlmodel import select

from bot.ids import ActionId
from bot.serving import ThreadedServer
from bot.web import MAX_SLACK_BODY, create_web
from core.adapters.db import make_engine
from core.domain.decision import Outcome, Route
from core.models import Job, OutboxEffect
from core.services.queries import counts_by_state
from tests.harness import COLLECTOR, Loop, scanned_loop
from tests.integration.test_bolt_rig import Rig, bolt_rig, first_action


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


def _families(http: httpx.Client) -> dict[str, Metric]:
    response = http.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    # Parsed by prometheus-client's own parser: what a Prometheus server would read.
    return {f.name: f for f in text_string_to_metric_families(response.text)}


def _gauges(http: httpx.Client) -> dict[str, int]:
    family = _families(http)["qbot_proposed_actions"]
    assert family.type == "gauge"
    return {s.labels["state"]: int(s.value) for s in family.samples}


def _db_counts(loop: Loop) -> dict[str, int]:
    with loop.services.uow.session() as session:
        return counts_by_state(session)


def test_healthz_answers_200_when_the_database_answers(rig: Rig) -> None:
    assert rig.http is not None
    response = rig.http.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"ok": True, "slack": "verified"})


def test_healthz_answers_503_when_the_database_does_not(rig: Rig, tmp_path: Path) -> None:
    broken = make_engine(f"sqlite:///{tmp_path / 'no-such-dir' / 'qbot.db'}")
    services = dataclasses.replace(rig.loop.services, engine=broken)
    server = ThreadedServer(create_web(services, rig.app)).start()
    try:
        response = httpx.get(f"{server.base_url}/healthz", timeout=10)
    finally:
        server.stop()
        broken.dispose()
    assert response.status_code == 503
    assert response.json() == {"ok": False, "database": "OperationalError", "slack": "verified"}


def test_metrics_expose_proposed_actions_by_state(rig: Rig) -> None:
    assert rig.http is not None
    gauges = _gauges(rig.http)
    assert gauges == _db_counts(rig.loop)
    assert gauges["proposed"] >= 5

    action = first_action(
        rig.loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(action)  # an Approve is decided after its answer
    rig.drain()
    after = _gauges(rig.http)
    assert after["proposed"] == gauges["proposed"] - 1
    assert after["done"] == 1


def test_oversized_slack_body_is_refused_before_bolt(rig: Rig) -> None:
    answer = rig.send("payload=" + "x" * MAX_SLACK_BODY)
    assert (answer.status, answer.json()) == (413, {"error": "payload too large"})


def test_unknown_route_and_wrong_method_are_not_served(rig: Rig) -> None:
    assert rig.http is not None
    assert rig.http.get("/slack/events").status_code == 405
    assert rig.http.get("/admin").status_code == 404


def test_metrics_expose_queue_outbox_and_counters(rig: Rig) -> None:
    """Every family the operator's dashboards need is there, with values from the database."""
    assert rig.http is not None
    action = first_action(
        rig.loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(action)  # an Approve is decided after its answer
    rig.drain()
    families = _families(rig.http)
    for name in ("qbot_jobs", "qbot_job_queue_age_seconds", "qbot_outbox_effects",
                 "qbot_proposed_actions", "qbot_qbo_calls", "qbot_qbo_rate_limit_wait_seconds",
                 "qbot_slack_api_errors", "qbot_webhook_deliveries", "qbot_judge_decisions"):
        assert name in families, sorted(families)
    effects = {
        (s.labels["kind"], s.labels["state"]): s.value
        for s in families["qbot_outbox_effects"].samples
    }
    with rig.loop.services.uow.session() as session:
        rows = session.exec(select(OutboxEffect)).all()
    assert effects == {
        key: float(n) for key, n in Counter((r.kind, r.state) for r in rows).items()
    }
    assert ("send_email", "done") in effects
    judged = {s.labels["outcome"]: s.value for s in families["qbot_judge_decisions"].samples
              if s.name == "qbot_judge_decisions_total"}
    assert judged.get("routine_reminder", 0) >= 1 and sum(judged.values()) >= 28
    jobs = {s.labels["state"]: s.value for s in families["qbot_jobs"].samples}
    with rig.loop.services.uow.session() as session:
        assert jobs == {
            k: float(n) for k, n in Counter(j.state for j in session.exec(select(Job))).items()
        }

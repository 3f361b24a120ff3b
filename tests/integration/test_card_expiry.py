"""Cards expire after the policy's card_expiry_hours: the hourly job redraws them to say so
with their buttons gone, logs it in the thread, refuses a stale Approve with the reason, and
the next overdue scan drafts a fresh card for an invoice still open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.ids import ActionId
from core.domain.decision import Outcome, Route
from core.jobs import EXPIRE_CARDS
from core.jobs import handlers as job_handlers
from core.models import ProposedAction
from core.scheduler import SCHEDULE, Realm, enqueue_due
from core.services.expiry import expire_stale
from core.worker import Worker
from tests.harness import COLLECTOR, TODAY, scanned_loop
from tests.integration.test_bolt_rig import (
    TRANSPORTS,
    Rig,
    block_types,
    bolt_rig,
    card,
    first_action,
    reload,
)


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as rig:
        yield rig


def _waiting(rig: Rig) -> list[ProposedAction]:
    with rig.loop.services.uow.session() as session:
        return list(
            session.exec(
                select(ProposedAction)
                .where(ProposedAction.state == "proposed")
                .order_by(col(ProposedAction.id))
            ).all()
        )


def _run_the_hourly_expiry_job(rig: Rig) -> None:
    spec = next(s for s in SCHEDULE if s.kind == EXPIRE_CARDS)
    assert enqueue_due(rig.loop.services.uow, rig.loop.clock, spec, [Realm("*")]) == 1
    services = rig.loop.services
    Worker(services.uow, rig.loop.clock, job_handlers(services)).run_until_idle()


def test_a_card_waiting_past_the_limit_expires_in_place(rig: Rig) -> None:
    loop = rig.loop
    hours = loop.services.policy.card_expiry_hours
    assert hours > 0  # the default policy expires cards
    action = first_action(
        loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )
    stale = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    waiting = len(_waiting(rig))

    loop.clock.advance(hours=hours - 1)
    _run_the_hourly_expiry_job(rig)
    assert len(_waiting(rig)) == waiting  # not yet

    loop.clock.advance(hours=2)
    _run_the_hourly_expiry_job(rig)

    assert _waiting(rig) == []
    assert reload(loop, action).state == "expired"
    shown = card(loop, action)
    assert "actions" not in block_types(shown)
    [status] = [b for b in shown["blocks"] if b["block_id"].endswith("_status")]
    assert status["text"]["text"] == (
        f":hourglass: *Expired:* Nobody decided it within {hours} hours. Nothing was sent; the "
        "next overdue scan drafts a fresh card if the invoice is still open."
    )
    replies = [
        c["args"]["text"]
        for c in loop.ssim.calls_to("chat.postMessage")
        if c["args"].get("thread_ts") == action.slack_ts
    ]
    assert replies and replies[-1].endswith(f"Expired: nobody decided it within {hours} hours")

    told = len(loop.ssim.calls_to("chat.postEphemeral"))
    assert rig.interact(stale).status == 200
    refusal = loop.ssim.wait_for_calls("chat.postEphemeral", told + 1)[-1]["args"]
    assert refusal["text"].startswith(":no_entry: This card expired: Nobody decided it within")
    assert loop.sink.messages == []

    # The invoice is still open: the next scan drafts a fresh card for it.
    loop.services.collections.scan(loop.company.realm_id, TODAY, loop.company.home_currency)
    assert loop.services.relay is not None
    loop.services.relay.drain()
    fresh = [a for a in _waiting(rig) if a.invoice_qbo_id == action.invoice_qbo_id]
    assert len(fresh) == 1 and fresh[0].id != action.id and fresh[0].slack_ts


def test_no_expiry_when_the_policy_says_never(rig: Rig) -> None:
    waiting = len(_waiting(rig))
    rig.loop.clock.advance(days=365)
    assert expire_stale(rig.loop.services.uow, rig.loop.clock.now(), 0) == 0
    assert len(_waiting(rig)) == waiting

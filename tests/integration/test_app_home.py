"""The App Home through bolt: signed app_home_opened events over HTTP, the Slack simulator,
a real database. Each published view is rebuilt with slack_sdk.models; "Waiting for you" is
checked against the click's own authority (a plain-Python oracle on the amounts)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.ids import ActionId, BlockId, InputId
from core.adapters import queue
from core.domain.approval import ApprovalState
from core.models import AuditEntry, OutboxEffect, ProposedAction
from core.services.home import StrangerHome, TeamHome, home_for
from core.services.outbox import IN_DOUBT
from sandbox.slack.interactions import home_block_actions_payload
from tests.harness import APPROVERS, COLLECTOR, LEAD, NOW, STRANGER, eventually, scanned_loop
from tests.integration.test_bolt_rig import JSON, Rig, bolt_rig, first_action, reload


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


def open_home(rig: Rig, slack_fixtures: Path, user: str) -> dict[str, Any]:
    """Send the fixture's app_home_opened for `user`, signed; return the view published
    (after the answer: bot.after_answer, so it is waited for with a deadline)."""
    envelope = json.loads((slack_fixtures / "app_home_opened.event_callback.json").read_text())
    envelope["event"]["user"] = user
    envelope["event_id"] = f"Ev{user}"
    before = len(publishes_to(rig, user))
    answer = rig.send(json.dumps(envelope), content_type=JSON)
    assert answer.status == 200, answer
    assert rig.loop.ssim.wait_until(lambda: len(publishes_to(rig, user)) > before, 15.0), (
        f"no App Home published to {user} within 15 s of app_home_opened")
    return published(rig, user)


def publishes_to(rig: Rig, user: str) -> list[dict[str, Any]]:
    return [c for c in rig.loop.ssim.calls_to("views.publish") if c["args"]["user_id"] == user]


def published(rig: Rig, user: str) -> dict[str, Any]:
    """The last view published to `user`, once slack_sdk.models accepts it within limits."""
    calls = publishes_to(rig, user)
    assert calls and calls[-1]["response"]["ok"], calls
    view = rig.loop.ssim.home_tabs[user]
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    View(**view).validate_json()
    for raw in view["blocks"]:
        block = Block.parse(raw)
        assert block is not None
        block.validate_json()
    return view


def text_of(view: dict[str, Any]) -> str:
    return json.dumps(view, ensure_ascii=False)


def waiting_lines(view: dict[str, Any]) -> list[str]:
    return [
        b["text"]["text"]
        for b in view["blocks"]
        if b["block_id"].startswith("home_waiting_") and b["type"] == "section"
    ]


def names(line: str, action: ProposedAction) -> bool:
    """Whether a Home line is about `action`'s invoice: its number as the line writes it, not
    as a substring (a short number also occurs in a card link's message ts)."""
    return f"* · invoice {action.doc_number} · " in line


def proposed(rig: Rig) -> list[ProposedAction]:
    with rig.loop.services.uow.session() as session:
        return list(
            session.exec(
                select(ProposedAction)
                .where(ProposedAction.state == ApprovalState.PROPOSED.value)
                .order_by(col(ProposedAction.created_at), col(ProposedAction.id))
            ).all()
        )


def within(user: str, actions: list[ProposedAction]) -> list[ProposedAction]:
    """The oracle: the role's limit on the action's home amount, as the approvers file says."""
    limit = APPROVERS.limits[APPROVERS.users[user]]
    return [a for a in actions if a.home_amount <= limit]


def test_each_role_sees_what_it_may_decide_oldest_first_with_links(
    rig: Rig, slack_fixtures: Path
) -> None:
    actions = proposed(rig)
    mine, leads = within(COLLECTOR, actions), within(LEAD, actions)
    assert 0 < len(mine) < len(leads)  # the sample has cards over a collector's limit

    view = open_home(rig, slack_fixtures, COLLECTOR)
    text = text_of(view)
    assert f"*Waiting for you* ({len(mine):,}, oldest first)" in text
    lines = waiting_lines(view)
    assert len(lines) == min(len(mine), 10)
    for line, action in zip(lines, mine, strict=False):
        assert names(line, action), (line, action.doc_number)
        assert action.slack_channel and action.slack_ts
        assert f"archives/{action.slack_channel}/p{action.slack_ts.replace('.', '')}|Open" in line
    too_big = next(a for a in actions if a not in mine)
    assert not any(names(line, too_big) for line in lines)
    assert f"*:hourglass_flowing_sand: Awaiting approval*\\n{len(actions)}" in text
    assert "*Overdue by days past due* (home currency)" in text and "days:* $" in text
    assert "*QuickBooks sync*" in text
    assert "No job is waiting to retry." in text

    lead_text = text_of(open_home(rig, slack_fixtures, LEAD))
    assert f"*Waiting for you* ({len(leads):,}, oldest first)" in lead_text


def test_retries_and_sends_in_doubt_show_and_only_a_lead_is_told_how_to_resolve(
    rig: Rig, slack_fixtures: Path
) -> None:
    action = first_action(rig.loop, route="draft_for_approval")
    assert action.id is not None
    with rig.loop.services.uow.session() as session:
        session.add(
            OutboxEffect(
                key=f"home-test:{action.id}",
                realm_id=action.realm_id,
                action_id=action.id,
                kind="send_email",
                state=IN_DOUBT,
                created_at=NOW,
            )
        )
        queue.enqueue(session, "home_test_job", {}, NOW)
    with rig.loop.services.uow.session() as session:  # a real failed attempt, then its retry
        job = queue.claim(session, "w1", NOW, timedelta(minutes=1))
        assert job is not None
        assert queue.fail(session, job, "w1", NOW, "boom") == queue.QUEUED
    with rig.loop.services.uow.session() as session:
        effect = session.exec(select(OutboxEffect).where(OutboxEffect.state == IN_DOUBT)).one()

    lead = text_of(open_home(rig, slack_fixtures, LEAD))
    assert "*Sends in doubt* (1)" in lead and action.doc_number in lead
    assert f"`qbot jobs resolve {effect.id} --sent`" in lead
    assert "1 job(s) waiting to retry" in lead
    collector_view = open_home(rig, slack_fixtures, COLLECTOR)
    collector = text_of(collector_view)
    assert "*Sends in doubt* (1)" in collector and "qbot jobs resolve" not in collector
    assert "A finance lead or admin resolves it." in collector
    assert ActionId.RESOLVE_SENT.value not in collector  # no button to someone who may not


def _with_a_send_in_doubt(rig: Rig, key: str) -> ProposedAction:
    """A draft's card whose email qbot cannot tell went out (effect key `key:<action id>`)."""
    action = first_action(rig.loop, route="draft_for_approval")
    assert action.id is not None
    with rig.loop.services.uow.session() as session:
        session.add(OutboxEffect(key=f"{key}:{action.id}", realm_id=action.realm_id,
                                 action_id=action.id, kind="send_email", state=IN_DOUBT,
                                 created_at=NOW))
    return action


def test_a_lead_resolves_a_send_in_doubt_from_the_home_and_the_home_drops_it(
    rig: Rig, slack_fixtures: Path
) -> None:
    action = _with_a_send_in_doubt(rig, "home-resolve")
    view = open_home(rig, slack_fixtures, LEAD)
    [buttons] = [b for b in view["blocks"] if b["block_id"].startswith("home_doubt_resolve_")]
    assert [e["action_id"] for e in buttons["elements"]] == [
        ActionId.RESOLVE_SENT.value, ActionId.RESOLVE_RESEND.value]
    assert all("confirm" in e for e in buttons["elements"])  # Slack asks before either

    publishes = len(publishes_to(rig, LEAD))
    click = home_block_actions_payload(view, ActionId.RESOLVE_SENT.value, LEAD)
    assert rig.interact(click).status == 200
    with rig.loop.services.uow.session() as session:
        effect = session.exec(select(OutboxEffect).where(
            OutboxEffect.key == f"home-resolve:{action.id}")).one()
        resolved = session.exec(select(AuditEntry).where(
            AuditEntry.kind == "outbox.resolved")).all()
    assert effect.state != IN_DOUBT
    assert [(a.actor, a.subject, a.data["resolution"]) for a in resolved] == [
        (LEAD, f"action:{action.id}", "sent")]
    assert eventually(lambda: len(publishes_to(rig, LEAD)) > publishes, 15.0)
    assert "*Sends in doubt* (0)" in text_of(published(rig, LEAD))


def test_a_collectors_forged_home_resolve_changes_nothing_and_is_audited(
    rig: Rig, slack_fixtures: Path
) -> None:
    action = _with_a_send_in_doubt(rig, "home-forged")
    view = open_home(rig, slack_fixtures, LEAD)  # the lead's buttons, clicked by a collector
    click = home_block_actions_payload(view, ActionId.RESOLVE_RESEND.value, COLLECTOR)
    assert rig.interact(click).status < 500
    with rig.loop.services.uow.session() as session:
        effect = session.exec(select(OutboxEffect).where(
            OutboxEffect.key == f"home-forged:{action.id}")).one()
        refused = session.exec(select(AuditEntry).where(
            AuditEntry.kind == "authority.refused")).all()
    assert effect.state == IN_DOUBT
    assert [r.actor for r in refused] == [COLLECTOR]


def test_stranger_sees_who_to_ask_and_no_queue_data(rig: Rig, slack_fixtures: Path) -> None:
    view = open_home(rig, slack_fixtures, STRANGER)
    text = text_of(view)
    assert "not on qbot's approvers list" in text and "<@U0ADMIN>" in text
    assert "Waiting for you" not in text and "Team queue" not in text
    assert "invoice " not in text and "Open>" not in text  # no card named, none linked
    # an approver's id from another workspace is a stranger too (Slack Connect)
    ours = replace(APPROVERS, team_id="T0OURS")
    uow = rig.loop.services.uow
    assert isinstance(home_for(uow, NOW, ours, COLLECTOR, "T0OTHER"), StrangerHome)
    assert isinstance(home_for(uow, NOW, ours, COLLECTOR, "T0OURS"), TeamHome)


def test_a_decision_refreshes_the_deciders_home_and_a_failed_publish_fails_nothing(
    rig: Rig, slack_fixtures: Path
) -> None:
    before = open_home(rig, slack_fixtures, COLLECTOR)
    action = within(COLLECTOR, proposed(rig))[0]
    assert action.route == "draft_for_approval"
    publishes = len(rig.loop.ssim.calls_to("views.publish"))
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200
    assert rig.decided(action).state == ApprovalState.APPROVED.value
    rig.published(publishes + 1)  # the refresh follows the answer
    after = published(rig, COLLECTOR)
    assert after != before and not any(names(line, action) for line in waiting_lines(after))

    publishes = len(rig.loop.ssim.calls_to("views.publish"))
    second = next(a for a in within(COLLECTOR, proposed(rig)) if a.draft_body is not None)
    rig.loop.ssim.fail_next("views.publish", error="internal_error")
    answer = rig.click(second, ActionId.REJECT, COLLECTOR)
    assert answer.status == 200
    [opened] = rig.loop.ssim.calls_to("views.open")
    values: dict[str, dict[str, str | None]] = {
        BlockId.REJECT_REASON: {InputId.REJECT_REASON: "Paid by phone"}
    }
    submit = rig.interact(rig.loop.ssim.submit(opened["response"]["view"]["id"], values, COLLECTOR))
    assert submit.status == 200 and submit.body in ("", "{}")  # the modal closes: no error
    assert reload(rig.loop, second).state == ApprovalState.REJECTED.value
    failed = rig.published(publishes + 1)[publishes:]
    assert [c["response"]["ok"] for c in failed] == [False]
    # the refresh failed, the decision stood, and the home keeps its last good view
    assert rig.loop.ssim.home_tabs[COLLECTOR] == after

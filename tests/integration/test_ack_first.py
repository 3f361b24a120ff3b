"""The ack never waits on Slack's Web API: a refusal's ephemeral, the decider's Home
refresh, the Home published on app_home_opened and an overdue page shared to the channel
are posted after the answer has gone back (bot.after_answer).

The order is shown by the Slack simulator, not by timing: it holds the follow-up call on
arrival (`hold_next`), and the answer must reach us while the call is still held. A listener
that made the call before answering would be stuck behind the hold until it ran out.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.decide_later import DECISION_THREADS, DECISIONS
from bot.ids import ActionId, AnswerActionId, BlockId, InputId
from core.domain.approval import ApprovalState
from core.domain.decision import Outcome, Route
from core.models import ProposedAction
from tests.harness import CHANNEL, COLLECTOR, STRANGER, scanned_loop
from tests.integration.test_bolt_rig import (
    JSON,
    Rig,
    audit_rows,
    bolt_rig,
    first_action,
    reload,
)
from tests.integration.test_qb_overdue import ask, audit_of_kind, click

HOLD_SECONDS = 5.0  # under the rig's 10 s HTTP timeout: a wrong order fails, it never hangs


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


def _routine(rig: Rig) -> ProposedAction:
    return first_action(
        rig.loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )


def _stranger_click(rig: Rig, action: ProposedAction) -> dict[str, Any]:
    return rig.click_payload(action, ActionId.APPROVE, STRANGER)


def _garbled_click(rig: Rig, action: ProposedAction) -> dict[str, Any]:
    payload = rig.click_payload(action, ActionId.APPROVE, STRANGER)
    payload["actions"][0]["value"] = "zz"
    return payload


def _unroutable_click(rig: Rig, action: ProposedAction) -> dict[str, Any]:
    payload = rig.click_payload(action, ActionId.APPROVE, STRANGER)
    payload["actions"] = []
    return payload


@pytest.mark.parametrize(
    "refused",
    [_stranger_click, _garbled_click, _unroutable_click],
    ids=["no-authority", "garbled-value", "not-routable"],
)
def test_a_refused_click_is_acked_before_its_ephemeral_is_posted(rig: Rig, refused: Any) -> None:
    action, ssim = _routine(rig), rig.loop.ssim
    payload = refused(rig, action)
    hold = ssim.hold_next("chat.postEphemeral", timeout=HOLD_SECONDS)
    answer = rig.interact(payload)
    assert answer.status == 200, answer
    assert not hold.answered.is_set()  # the ack came back while the ephemeral was held
    assert hold.arrived.wait(HOLD_SECONDS)  # and the ephemeral followed it
    hold.release()
    [told] = [c["args"] for c in ssim.wait_for_calls("chat.postEphemeral")]
    assert told["user"] == STRANGER and told["channel"] == action.slack_channel and told["text"]
    assert reload(rig.loop, action).state == ApprovalState.PROPOSED.value
    assert audit_rows(rig.loop)[-1].actor == STRANGER  # audited before they were told


def test_the_approve_is_answered_before_its_decision_is_taken(rig: Rig) -> None:
    """The ack does not wait on the decision's transaction: with both decision threads busy,
    the click is answered while the card is still undecided, and decided once they free up."""
    action, release = _routine(rig), threading.Event()
    busy = [DECISIONS.submit(release.wait, HOLD_SECONDS) for _ in range(DECISION_THREADS)]
    try:
        answer = rig.click(action, ActionId.APPROVE, COLLECTOR)
        assert answer.status == 200, answer
        assert reload(rig.loop, action).state == ApprovalState.PROPOSED.value
    finally:
        release.set()
    assert all(b.result() for b in busy)
    assert rig.decided(action).state == ApprovalState.APPROVED.value


def test_the_deciders_home_is_refreshed_after_the_approval_is_acked(rig: Rig) -> None:
    action, ssim = _routine(rig), rig.loop.ssim
    hold = ssim.hold_next("views.publish", timeout=HOLD_SECONDS)
    answer = rig.click(action, ActionId.APPROVE, COLLECTOR)
    assert answer.status == 200, answer
    assert not hold.answered.is_set()
    # the decision is stored after the ack, and the refresh after the decision
    assert rig.decided(action).state == ApprovalState.APPROVED.value
    assert hold.arrived.wait(HOLD_SECONDS)
    hold.release()
    [publish] = ssim.wait_for_calls("views.publish")
    assert publish["args"]["user_id"] == COLLECTOR and publish["response"]["ok"]
    assert str(action.doc_number) not in json.dumps(ssim.home_tabs[COLLECTOR])


def test_the_deciders_home_is_refreshed_after_a_rejection_is_acked(rig: Rig) -> None:
    action, ssim = _routine(rig), rig.loop.ssim
    assert rig.click(action, ActionId.REJECT, COLLECTOR).status == 200
    [opened] = ssim.calls_to("views.open")  # a modal needs its trigger_id: in the request
    values: dict[str, dict[str, str | None]] = {
        BlockId.REJECT_REASON: {InputId.REJECT_REASON: "Paid by phone"}
    }
    hold = ssim.hold_next("views.publish", timeout=HOLD_SECONDS)
    submit = rig.interact(ssim.submit(opened["response"]["view"]["id"], values, COLLECTOR))
    assert submit.status == 200 and submit.body in ("", "{}"), submit
    assert not hold.answered.is_set()
    assert reload(rig.loop, action).state == ApprovalState.REJECTED.value
    assert hold.arrived.wait(HOLD_SECONDS)
    hold.release()
    [publish] = ssim.wait_for_calls("views.publish")
    assert publish["args"]["user_id"] == COLLECTOR and publish["response"]["ok"]


def test_without_http_the_follow_up_runs_before_dispatch_returns(
    engine: Engine, database_url: str
) -> None:
    """App.dispatch called directly (Socket Mode is the same): nobody runs work later, so
    it runs at once, and the refusal is told by the time dispatch returns."""
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, "dispatch") as rig:
        action = _routine(rig)
        assert rig.click(action, ActionId.APPROVE, STRANGER).status == 200
        [told] = [c["args"] for c in loop.ssim.calls_to("chat.postEphemeral")]
        assert told["user"] == STRANGER


def test_decisions_made_while_a_home_refresh_runs_share_one_more_refresh(
    engine: Engine, database_url: str
) -> None:
    """One approver clicking through cards starts one refresh, plus one after it for every
    decision made meanwhile, not one each; the last one shows every decision."""
    with scanned_loop(engine, database_url) as loop:
        with bolt_rig(loop, "http") as rig:
            first = _routine(rig)
            hold = loop.ssim.hold_next("views.publish", timeout=HOLD_SECONDS)
            assert rig.click(first, ActionId.APPROVE, COLLECTOR).status == 200
            rig.decided(first)  # after its answer: the next card is another one
            assert hold.arrived.wait(HOLD_SECONDS)  # the first refresh is under way
            later = []
            for _ in range(2):  # decided while it is held
                later.append(_routine(rig))
                assert rig.click(later[-1], ActionId.APPROVE, COLLECTOR).status == 200
                rig.decided(later[-1])
            hold.release()
            rig.published(2)
        # the server has stopped: every follow-up has run
        publishes = loop.ssim.calls_to("views.publish")
        assert [c["args"]["user_id"] for c in publishes] == [COLLECTOR, COLLECTOR]
        home = json.dumps(loop.ssim.home_tabs[COLLECTOR])
        for action in (first, *later):
            assert reload(loop, action).state == ApprovalState.APPROVED.value
            assert f"{action.doc_number}" not in home


def test_the_home_is_published_after_app_home_opened_is_acked(
    rig: Rig, slack_fixtures: Path
) -> None:
    """Slack retries an event not acked within 3 s: a Home read of the whole queue and its
    views.publish follow the answer."""
    envelope = json.loads((slack_fixtures / "app_home_opened.event_callback.json").read_text())
    envelope["event"]["user"] = COLLECTOR
    ssim = rig.loop.ssim
    hold = ssim.hold_next("views.publish", timeout=HOLD_SECONDS)
    answer = rig.send(json.dumps(envelope), content_type=JSON)
    assert answer.status == 200, answer
    assert not hold.answered.is_set()  # the ack came back while the publish was held
    assert hold.arrived.wait(HOLD_SECONDS)
    hold.release()
    [publish] = ssim.wait_for_calls("views.publish")
    assert publish["args"]["user_id"] == COLLECTOR and publish["response"]["ok"]
    assert ssim.home_tabs[COLLECTOR]["type"] == "home"


def test_an_overdue_page_is_shared_after_the_click_is_acked(rig: Rig) -> None:
    """Who may share is decided before the ack; the page is read and posted after it."""
    message, _ = ask(rig, "overdue")
    ssim = rig.loop.ssim
    before = len(ssim.calls_to("chat.postMessage"))
    hold = ssim.hold_next("chat.postMessage", timeout=HOLD_SECONDS)
    click(rig, message, AnswerActionId.OVERDUE_SHARE, user=COLLECTOR)  # asserts the 200
    assert not hold.answered.is_set()
    assert hold.arrived.wait(HOLD_SECONDS)
    hold.release()
    posted = ssim.wait_for_calls("chat.postMessage", before + 1)[before]
    assert posted["args"]["channel"] == CHANNEL and posted["response"]["ok"]
    assert f"shared by <@{COLLECTOR}>" in json.dumps(posted["args"])
    [shared] = audit_of_kind(rig, "overdue.shared", 1)
    assert shared.actor == COLLECTOR


def test_a_share_that_slack_refuses_after_the_ack_is_told_to_the_sharer(rig: Rig) -> None:
    message, _ = ask(rig, "overdue")
    ssim = rig.loop.ssim
    ssim.fail_next("chat.postMessage", error="channel_not_found")
    click(rig, message, AnswerActionId.OVERDUE_SHARE, user=COLLECTOR)
    [told] = [c["args"] for c in ssim.wait_for_calls("chat.postEphemeral")]
    assert told["user"] == COLLECTOR and "channel_not_found" in told["text"]
    assert audit_of_kind(rig, "overdue.shared", 1, timeout=0) == []  # nothing was shared

"""Slack requests qbot will not act on: never a 5xx, nothing changed, the person told, audited.

Malformed bodies are the real payloads from the Slack simulator with one field broken, sent
over HTTP through `create_web` (the route-level checks exist only there; the listener-level
refusals are the same code either way, so the slower double run is left to test_bolt_*).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.ids import ActionId, BlockId, InputId
from bot.payloads import CaseButtonValue
from core.domain.decision import Outcome, Route
from core.models import ProposedAction
from tests.harness import COLLECTOR, eventually, scanned_loop
from tests.integration.test_bolt_rig import (
    JSON,
    SECRET,
    Answer,
    Rig,
    audit_rows,
    bolt_rig,
    effects_of,
    first_action,
    reload,
)

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


@pytest.fixture
def http_rig(rig: Rig) -> Rig:
    return rig


@pytest.fixture
def action(rig: Rig) -> ProposedAction:
    return _routine(rig)


def _routine(rig: Rig) -> ProposedAction:
    return first_action(
        rig.loop, route=Route.DRAFT_FOR_APPROVAL.value, outcome=Outcome.ROUTINE_REMINDER.value
    )


def _snapshot(rig: Rig) -> tuple[list[tuple[Any, ...]], int]:
    """Every action's decision fields and the number of outbox effects."""
    with rig.loop.services.uow.session() as session:
        rows = session.exec(select(ProposedAction).order_by(col(ProposedAction.id))).all()
        decided = [(r.id, r.state, r.version, r.decided_by, r.reject_reason) for r in rows]
    effects = sum(len(effects_of(rig.loop, r)) for r in rows)
    return decided, effects


def _refused_audits(rig: Rig) -> list[Any]:
    return [r for r in audit_rows(rig.loop) if r.kind in ("slack.refused", "approval.refused")]


def _assert_told_and_audited(rig: Rig, answer: Answer, before: Any) -> None:
    assert answer.status == 200, answer
    [told] = rig.told()
    assert told["user"] == COLLECTOR and told["text"]
    [row] = _refused_audits(rig)
    assert row.actor == COLLECTOR
    assert _snapshot(rig) == before


# -- before bolt: signatures on the raw bytes ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "timestamp"),
    [
        ("payload=%7Bx", None),
        ("payload=null", None),
        ("payload=%5B%5D", None),
        ('{"type": "event_callback", "event": null}', None),
        ("command=/qb&text=help", "abc"),
        ("command=/qb&text=help", ""),
        ("command=/qb&text=help", "1e9"),
    ],
)
def test_unsigned_junk_is_401_before_anything_is_parsed(
    http_rig: Rig, caplog: pytest.LogCaptureFixture, body: str, timestamp: str | None
) -> None:
    headers = {
        "content-type": FORM,
        "x-slack-request-timestamp": str(int(time.time())) if timestamp is None else timestamp,
        "x-slack-signature": "v0=" + "0" * 64,
    }
    with caplog.at_level(logging.INFO):
        answer = http_rig.post(body, headers)
    assert (answer.status, answer.json()) == (401, {"error": "invalid request"})
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert body not in caplog.text  # an unsigned body is not logged either


@pytest.mark.parametrize(
    "body",
    ["payload=%7Bx", "payload=null", "payload=%5B%5D", "payload=5", "[" * 5000 + "]" * 5000],
)
def test_signed_but_unparseable_body_is_400(http_rig: Rig, body: str) -> None:
    answer = http_rig.send(body, content_type=FORM if body.startswith("payload") else JSON)
    assert answer.status == 400 and answer.json() == {"error": "request not understood"}


def test_body_that_is_not_utf8_is_refused_even_with_a_good_hmac(http_rig: Rig) -> None:
    raw, ts = b"payload=\xff\xfe", str(int(time.time()))
    mac = hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + raw, hashlib.sha256).hexdigest()
    headers = {"x-slack-request-timestamp": ts, "x-slack-signature": f"v0={mac}"}
    assert http_rig.http is not None
    reply = http_rig.http.post("/slack/events", content=raw, headers=headers)
    assert reply.status_code == 401  # Slack signs UTF-8 text; this is not a Slack request


# -- clicks bolt cannot route ---------------------------------------------------------------


@pytest.mark.parametrize("actions", [[], None, [{}], [{"action_id": None, "value": None}]])
def test_click_without_usable_actions_is_told_and_audited(http_rig: Rig, actions: Any) -> None:
    action = _routine(http_rig)
    payload = http_rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    payload["actions"] = actions
    before = _snapshot(http_rig)
    _assert_told_and_audited(http_rig, http_rig.interact(payload), before)


# -- clicks a listener cannot read ----------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "zz",
        "",
        json.dumps({"action_id": int("9" * 40), "version": 1}),  # OverflowError in SQLite
        json.dumps({"action_id": 2**31, "version": 1}),  # over PostgreSQL's INTEGER
        json.dumps({"action_id": 1, "version": 2**63}),
        "x" * 1999,
    ],
    ids=["garbled", "empty", "huge-id", "over-int4", "huge-version", "long"],
)
@pytest.mark.parametrize("button", [ActionId.APPROVE, ActionId.EDIT])  # Reject opens as Edit
def test_garbled_button_value_is_told_and_audited(
    rig: Rig, action: ProposedAction, value: str, button: ActionId
) -> None:
    payload = rig.click_payload(action, button, COLLECTOR)
    payload["actions"][0]["value"] = value
    before = _snapshot(rig)
    _assert_told_and_audited(rig, rig.interact(payload), before)
    assert rig.loop.ssim.calls_to("views.open") == []


@pytest.mark.parametrize("button", [ActionId.APPROVE, ActionId.EDIT, ActionId.REJECT])
def test_click_on_a_case_that_does_not_exist_is_told_and_audited(
    rig: Rig, action: ProposedAction, button: ActionId
) -> None:
    payload = rig.click_payload(action, button, COLLECTOR)
    payload["actions"][0]["value"] = CaseButtonValue(action_id=987_654, version=1).dump()
    before = _snapshot(rig)
    _assert_told_and_audited(rig, rig.interact(payload), before)


@pytest.mark.parametrize("user", [None, [], "U0COLLECTOR", {"id": None}, {"id": "x" * 500}])
def test_click_without_a_readable_user_changes_nothing(
    rig: Rig, action: ProposedAction, user: Any
) -> None:
    payload = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    payload["user"] = user
    before = _snapshot(rig)
    answer = rig.interact(payload)
    assert answer.status in (200, 400), answer
    assert _snapshot(rig) == before
    assert [r for r in audit_rows(rig.loop) if r.kind.startswith("approval.")] == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("response_urls", None), ("response_urls", 7), ("enterprise", []), ("container", 3),
     ("team", "T0"), ("view", [])],
)
def test_a_field_bolt_reads_in_an_odd_shape_is_refused_not_a_500(
    rig: Rig, action: ProposedAction, field: str, value: Any
) -> None:
    """Fields bolt reads while it builds its context (the fuzzer found `response_urls: null`
    raising TypeError in bolt): a signed body of any such shape gets no 5xx, changes nothing."""
    payload = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    payload[field] = value
    before = _snapshot(rig)
    answer = rig.interact(payload)
    assert answer.status < 500, answer
    assert _snapshot(rig) == before or answer.status == 200


@pytest.mark.parametrize("broken", ["message", "trigger_id", "channel"])
@pytest.mark.parametrize("button", [ActionId.EDIT, ActionId.REJECT])
def test_modal_button_without_message_or_trigger_is_told_and_audited(
    rig: Rig, action: ProposedAction, broken: str, button: ActionId
) -> None:
    payload = rig.click_payload(action, button, COLLECTOR)
    del payload[broken]
    if broken == "channel":  # the ephemeral then goes through the response_url
        payload.pop("container", None)
    before = _snapshot(rig)
    answer = rig.interact(payload)
    assert answer.status == 200
    assert rig.loop.ssim.calls_to("views.open") == []
    told = rig.told()
    assert len(told) == 1 and told[0]["text"]
    [row] = _refused_audits(rig)
    assert row.actor == COLLECTOR
    assert _snapshot(rig) == before


def test_app_home_opened_without_a_user_is_400(rig: Rig) -> None:
    body = {
        "type": "event_callback",
        "team_id": "T0SIM",
        "event": {"type": "app_home_opened", "tab": "home"},
        "event_id": "Ev0NOUSER",
    }
    answer = rig.send(json.dumps(body), content_type=JSON)
    assert answer.status == 400
    assert rig.loop.ssim.calls_to("views.publish") == []


# -- forged modal submissions ---------------------------------------------------------------


def _open(rig: Rig, action: ProposedAction, button: ActionId) -> dict[str, Any]:
    assert rig.click(action, button, COLLECTOR).status == 200
    [opened] = rig.loop.ssim.calls_to("views.open")
    view: dict[str, Any] = opened["response"]["view"]
    return view


def _values(button: ActionId) -> dict[str, dict[str, str | None]]:
    if button is ActionId.EDIT:
        return {
            BlockId.EDIT_SUBJECT: {InputId.EDIT_SUBJECT: "Invoice reminder"},
            BlockId.EDIT_BODY: {InputId.EDIT_BODY: "Hello, a reminder. Thank you!"},
        }
    return {BlockId.REJECT_REASON: {InputId.REJECT_REASON: "paying Friday"}}


def _forge(view: dict[str, Any], how: str, action: ProposedAction) -> None:
    meta = json.loads(view["private_metadata"])
    if how == "garbled-metadata":
        view["private_metadata"] = "{not json"
    elif how == "no-such-case":
        view["private_metadata"] = json.dumps({**meta, "action_id": 987_654})
    elif how == "huge-case-id":
        view["private_metadata"] = json.dumps({**meta, "action_id": int("9" * 30)})
    elif how == "stale-version":
        view["private_metadata"] = json.dumps({**meta, "version": action.version + 7})
    elif how == "state-not-an-object":
        view["state"] = ["values"]
    elif how == "input-not-text":
        for block in view["state"]["values"].values():
            for element in block.values():
                element["value"] = {"x": 1}
    elif how == "input-too-long":
        for block in view["state"]["values"].values():
            for element in block.values():
                element["value"] = "y" * 30_000


@pytest.mark.parametrize(
    "how",
    [
        "garbled-metadata",
        "no-such-case",
        "huge-case-id",
        "stale-version",
        "state-not-an-object",
        "input-not-text",
        "input-too-long",
    ],
)
@pytest.mark.parametrize("button", [ActionId.EDIT, ActionId.REJECT])
def test_forged_submission_is_an_error_in_the_modal_and_audited(
    rig: Rig, action: ProposedAction, how: str, button: ActionId
) -> None:
    view = _open(rig, action, button)
    payload = rig.loop.ssim.submit(view["id"], _values(button), COLLECTOR)
    _forge(payload["view"], how, action)
    before = _snapshot(rig)
    answer = rig.interact(payload)
    assert answer.status == 200, answer
    body = answer.json()
    block = BlockId.EDIT_BODY if button is ActionId.EDIT else BlockId.REJECT_REASON
    assert body["response_action"] == "errors" and body["errors"][block]
    [row] = _refused_audits(rig)
    assert row.actor == COLLECTOR
    assert _snapshot(rig) == before


# -- the approve/reject race ------------------------------------------------------------------


def test_reject_that_loses_to_an_approval_is_told_and_audited(
    rig: Rig, action: ProposedAction
) -> None:
    view = _open(rig, action, ActionId.REJECT)
    assert rig.click(action, ActionId.APPROVE, COLLECTOR).status == 200  # approve wins
    assert rig.decided(action).state == "approved"  # decided after its answer
    answer = rig.interact(rig.loop.ssim.submit(view["id"], _values(ActionId.REJECT), COLLECTOR))
    assert answer.status == 200
    body = answer.json()
    assert body["response_action"] == "errors"
    assert "approved" in body["errors"][BlockId.REJECT_REASON]
    row = reload(rig.loop, action)
    assert (row.state, row.reject_reason) == ("approved", None)
    [refused] = _refused_audits(rig)
    assert (refused.kind, refused.actor, refused.subject) == (
        "approval.refused",
        COLLECTOR,
        f"action:{action.id}",
    )
    assert refused.data["attempted"] == "reject"
    assert "approved" in refused.data["reason"]


def test_concurrent_approve_and_reject_over_http_one_wins_the_other_is_told(
    http_rig: Rig,
) -> None:
    rig, action = http_rig, _routine(http_rig)
    view = _open(rig, action, ActionId.REJECT)
    click = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    submit = rig.loop.ssim.submit(view["id"], _values(ActionId.REJECT), COLLECTOR)
    barrier, answers = threading.Barrier(2), {}

    def send(name: str, payload: dict[str, Any]) -> None:
        barrier.wait()
        answers[name] = rig.interact(payload)

    threads = [
        threading.Thread(target=send, args=("approve", click)),
        threading.Thread(target=send, args=("reject", submit)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert {n: a.status for n, a in answers.items()} == {"approve": 200, "reject": 200}
    # the reject is decided before its answer; the approve after its own (so it may lose)
    state = reload(rig.loop, action).state
    assert state in ("approved", "rejected")
    assert eventually(lambda: len(_refused_audits(rig)) == 1)  # the loser's, once decided
    [refused] = _refused_audits(rig)
    assert refused.data["attempted"] == ("reject" if state == "approved" else "approve")
    if state == "approved":  # the reject was told inside its modal
        assert "approved" in answers["reject"].json()["errors"][BlockId.REJECT_REASON]
    else:  # the approve was told ephemerally
        [told] = rig.told()
        assert told["user"] == COLLECTOR and "rejected" in told["text"]


def test_submission_of_a_modal_that_is_not_ours_is_left_to_bolt(rig: Rig) -> None:
    payload = {
        "type": "view_submission",
        "user": {"id": COLLECTOR, "team_id": "T0SIM"},
        "view": {"type": "modal", "callback_id": "someone_elses", "state": {"values": {}}},
    }
    assert rig.interact(payload).status == 404  # bolt: no listener for it

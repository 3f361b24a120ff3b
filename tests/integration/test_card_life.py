"""A card's whole life through the product's bolt App, with signed requests, against the Slack
simulator (straight into `App.dispatch` and over HTTP): snooze until a date (the case comes
back judged again on that date, through the scheduler's upkeep job), reassign (only to an
approver the file allows for the card; a DM tells them), the stale-card nudge (once per
card), and the escalation cards' Assign / Snooze / Mark resolved / Draft a reminder anyway.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.ids import ActionId, BlockId, CallbackId, InputId
from core.domain.approval import ApprovalState
from core.domain.decision import Route
from core.jobs import CARD_UPKEEP
from core.jobs import handlers as job_handlers
from core.models import AuditEntry, ProposedAction
from core.scheduler import SCHEDULE, Realm, enqueue_due
from core.services.case_actions import CardActionService, CardActor
from core.worker import Worker
from tests.harness import ADMIN, COLLECTOR, LEAD, STRANGER, TODAY, scanned_loop
from tests.integration.test_bolt_rig import (
    TRANSPORTS,
    Answer,
    Rig,
    audit_rows,
    block_types,
    bolt_rig,
    card,
    reload,
)

ROUTINE = "862"  # a routine stage-1 reminder, 404.00
DISPUTED = "879"  # an open dispute noted in the CRM
PAID_CLAIM = "882"  # the customer says it mailed a check
UNANSWERED = "875"  # high touch: four reminders and no answer, 65.00
LEGAL = "876"  # legal hold: bankruptcy mentioned
OVER = "885"  # over the risk threshold, 12,450.00 (over a collector's 5,000.00 limit)


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest, engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, request.param) as rig:
        yield rig


def waiting_on(rig: Rig, invoice: str) -> list[ProposedAction]:
    with rig.loop.services.uow.session() as session:
        return list(session.exec(
            select(ProposedAction)
            .where(ProposedAction.invoice_qbo_id == invoice,
                   ProposedAction.state == ApprovalState.PROPOSED.value)
            .order_by(col(ProposedAction.id))
        ).all())


def the_card(rig: Rig, invoice: str) -> ProposedAction:
    [action] = waiting_on(rig, invoice)
    assert action.slack_ts
    return action


def open_modal(rig: Rig, action: ProposedAction, button: ActionId, user: str) -> dict[str, Any]:
    opened = len(rig.loop.ssim.calls_to("views.open"))
    assert rig.click(action, button, user).status == 200
    call = rig.loop.ssim.calls_to("views.open")[opened]
    assert call["response"]["ok"], call["response"]
    view: dict[str, Any] = call["response"]["view"]
    return view


def submit(rig: Rig, view: dict[str, Any], values: dict[str, Any], user: str) -> Answer:
    return rig.interact(rig.loop.ssim.submit(view["id"], values, user))


def a_date(day: date) -> dict[str, Any]:
    return {BlockId.SNOOZE_DATE: {InputId.SNOOZE_DATE: {"type": "datepicker",
                                                          "selected_date": day.isoformat()}}}


def a_user(user: str) -> dict[str, Any]:
    return {BlockId.REASSIGN_USER: {InputId.REASSIGN_USER: {"type": "users_select",
                                                              "selected_user": user}}}


def a_note(text: str) -> dict[str, Any]:
    return {BlockId.RESOLVE_NOTE: {InputId.RESOLVE_NOTE: text}}


def status_of(rig: Rig, action: ProposedAction) -> str:
    shown = card(rig.loop, action)
    [status] = [b for b in shown["blocks"] if b["block_id"].endswith("_status")]
    return str(status["text"]["text"])


def buttons_of(rig: Rig, action: ProposedAction) -> list[str]:
    shown = card(rig.loop, action)
    return [e["action_id"] for b in shown["blocks"] if b["type"] == "actions"
            for e in b["elements"]]


def kinds(rig: Rig, action: ProposedAction) -> list[str]:
    return [r.kind for r in audit_rows(rig.loop) if r.subject == f"action:{action.id}"]


def run_upkeep(rig: Rig) -> None:
    """What the scheduler does each hour: enqueue the upkeep job, a worker runs it."""
    spec = next(s for s in SCHEDULE if s.kind == CARD_UPKEEP)
    enqueue_due(rig.loop.services.uow, rig.loop.clock, spec, [Realm("*")])
    services = rig.loop.services
    Worker(services.uow, rig.loop.clock, job_handlers(services)).run_until_idle()


def dms(rig: Rig) -> list[dict[str, Any]]:
    return [c["args"] for c in rig.loop.ssim.calls_to("chat.postMessage")
            if str(c["args"].get("channel", "")).startswith("D")]


def refusal(rig: Rig, answer: Answer, before: int) -> str:
    assert answer.status == 200
    told = rig.told(before + 1)
    return str(told[-1]["text"])


def told_count(rig: Rig) -> int:
    return len(rig.loop.ssim.calls_to("chat.postEphemeral")) + len(rig.loop.ssim.responses)


# -- snooze -------------------------------------------------------------------------------


def test_snooze_until_a_date_then_the_case_comes_back_judged_again(rig: Rig) -> None:
    action = the_card(rig, ROUTINE)
    view = open_modal(rig, action, ActionId.SNOOZE, COLLECTOR)
    assert view["callback_id"] == CallbackId.SNOOZE_MODAL
    [picker] = [b["element"] for b in view["blocks"] if b["type"] == "input"]
    assert picker["type"] == "datepicker"
    assert picker["initial_date"] == (TODAY + timedelta(days=7)).isoformat()

    # Today, the past and absurdly far ahead are refused beside the picker; nothing changes.
    for day, words in ((TODAY, "after today"), (TODAY - timedelta(days=3), "after today"),
                       (TODAY + timedelta(days=400), "at most 90 days")):
        answer = submit(rig, view, a_date(day), COLLECTOR)
        assert answer.status == 200
        body = answer.json()
        assert body["response_action"] == "errors"
        assert words in body["errors"][BlockId.SNOOZE_DATE]
    assert reload(rig.loop, action).state == "proposed"

    until = date(2026, 12, 9)
    answer = submit(rig, view, a_date(until), COLLECTOR)
    assert (answer.status, answer.body) == (200, "")
    row = reload(rig.loop, action)
    assert (row.state, row.snoozed_until, row.decided_by) == ("snoozed", until, COLLECTOR)
    rig.drain()
    assert status_of(rig, action).startswith(
        f":zzz: *Snoozed* by <@{COLLECTOR}> until 2026-12-09.")
    assert "actions" not in block_types(card(rig.loop, action))
    [snoozed] = [r for r in audit_rows(rig.loop) if r.kind == "approval.snoozed"]
    assert (snoozed.actor, snoozed.subject, snoozed.data["until"]) == (
        COLLECTOR, f"action:{action.id}", "2026-12-09")

    # While it sleeps, no scan cards the invoice, not even at a later follow-up stage.
    services = rig.loop.services
    realm, home = rig.loop.company.realm_id, rig.loop.company.home_currency
    rig.loop.clock.advance(days=10)
    services.collections.scan(realm, TODAY + timedelta(days=10), home)
    run_upkeep(rig)
    assert waiting_on(rig, ROUTINE) == []

    # On that date the hourly upkeep brings it back: judged again, on a fresh card.
    back = datetime(2026, 12, 9, 0, 30, tzinfo=UTC)  # the company's zone: UTC (no connection)
    rig.loop.clock.advance(seconds=(back - rig.loop.clock.now()).total_seconds())
    run_upkeep(rig)
    rig.drain()
    fresh = the_card(rig, ROUTINE)
    assert fresh.id != action.id and fresh.route == Route.DRAFT_FOR_APPROVAL.value
    assert reload(rig.loop, action).snoozed_until is None
    assert "came back" in status_of(rig, action)
    run_upkeep(rig)  # a second run, or a second scheduler: nothing twice
    rig.drain()
    assert [a.id for a in waiting_on(rig, ROUTINE)] == [fresh.id]

    # The weekly review counts the snooze as a person's decision.
    company = services.review.company(realm)
    figures = services.review.build(company, since=TODAY - timedelta(days=1),
                                    until=TODAY + timedelta(days=1)).figures
    assert figures.decisions.get("snoozed") == 1


# -- reassign -----------------------------------------------------------------------------


def test_reassign_only_to_an_allowed_approver_who_is_told_by_dm(rig: Rig) -> None:
    action = the_card(rig, ROUTINE)
    stale = rig.click_payload(action, ActionId.APPROVE, COLLECTOR)
    view = open_modal(rig, action, ActionId.REASSIGN, COLLECTOR)
    assert view["callback_id"] == CallbackId.REASSIGN_MODAL
    [menu] = [b["element"] for b in view["blocks"] if b["type"] == "input"]
    assert menu["type"] == "users_select"

    answer = submit(rig, view, a_user(STRANGER), COLLECTOR)
    assert answer.json()["response_action"] == "errors"
    assert "may not decide this card" in answer.json()["errors"][BlockId.REASSIGN_USER]
    assert reload(rig.loop, action).assignee is None
    [refused] = [r for r in audit_rows(rig.loop) if r.kind == "approval.refused"]
    assert (refused.actor, refused.data["attempted"]) == (COLLECTOR, "assign")

    answer = submit(rig, view, a_user(LEAD), COLLECTOR)
    assert (answer.status, answer.body) == (200, "")
    row = reload(rig.loop, action)
    assert (row.assignee, row.version, row.state) == (LEAD, action.version + 1, "proposed")
    rig.drain()
    assert f"Assigned to <@{LEAD}>" in json.dumps(card(rig.loop, action)["blocks"])
    [opened] = rig.loop.ssim.calls_to("conversations.open")
    assert opened["args"]["users"] == LEAD
    [dm] = dms(rig)
    assert dm["channel"] == opened["response"]["channel"]["id"]
    assert f"<@{COLLECTOR}> assigned you case #{action.id}" in dm["text"]
    assert "card.assigned" in kinds(rig, action)

    # The card as it was before the reassignment is out of date.
    before = told_count(rig)
    assert "out of date" in refusal(rig, rig.interact(stale), before)
    assert reload(rig.loop, action).state == "proposed"


def test_an_over_limit_card_goes_only_to_someone_whose_limit_covers_it(rig: Rig) -> None:
    action = the_card(rig, OVER)
    view = open_modal(rig, action, ActionId.REASSIGN, LEAD)
    answer = submit(rig, view, a_user(COLLECTOR), LEAD)
    assert "over your collector limit" in answer.json()["errors"][BlockId.REASSIGN_USER]
    # A collector may not even take it.
    before = told_count(rig)
    words = refusal(rig, rig.click(action, ActionId.ASSIGN_ME, COLLECTOR), before)
    assert "over your collector limit" in words
    assert reload(rig.loop, action).assignee is None
    assert "approval.refused" in kinds(rig, action)
    # A lead takes it: assigned to them, no DM to themself.
    assert rig.click(action, ActionId.ASSIGN_ME, LEAD).status == 200
    assert reload(rig.loop, action).assignee == LEAD
    rig.drain()
    assert dms(rig) == []


# -- the stale-card nudge -----------------------------------------------------------------


def test_a_stale_card_nudges_its_approver_once(rig: Rig) -> None:
    services = rig.loop.services
    hours = services.policy.stale_card_hours
    assigned = the_card(rig, ROUTINE)
    services.card_actions.assign(assigned.id or 0, assigned.version,
                                 CardActor(COLLECTOR), LEAD)
    rig.drain()
    told_by_assign = len(dms(rig))

    rig.loop.clock.advance(hours=hours - 1)
    run_upkeep(rig)
    rig.drain()
    assert len(dms(rig)) == told_by_assign  # not yet stale

    rig.loop.clock.advance(hours=2)
    run_upkeep(rig)
    rig.drain()
    with services.uow.session() as session:
        waiting = list(session.exec(select(ProposedAction).where(
            ProposedAction.state == "proposed")).all())
    expected = 0
    for a in waiting:
        assert a.nudged_at is not None
        expected += 1 if a.assignee else len(_deciders(rig, a))
    nudges = dms(rig)[told_by_assign:]
    assert len(nudges) == expected
    to_lead = [d for d in nudges if f"case #{assigned.id}:" in d["text"]]
    assert [d["channel"] for d in to_lead] == ["D" + LEAD[1:]]
    assert "has waited" in to_lead[0]["text"]

    # The next hour, a restart, a second scheduler: nobody is nudged twice.
    rig.loop.clock.advance(hours=1)
    run_upkeep(rig)
    assert services.card_actions.nudge_stale() == 0
    rig.drain()
    assert len(dms(rig)) == told_by_assign + expected
    nudged = [r for r in audit_rows(rig.loop) if r.kind == "card.nudged"]
    assert len(nudged) == len(waiting)


def _deciders(rig: Rig, action: ProposedAction) -> list[str]:
    limits = rig.loop.services.approvers.limits
    users = rig.loop.services.approvers.users
    return [u for u, role in users.items() if action.home_amount <= limits[role]]


# -- escalations: no dead ends ------------------------------------------------------------


def test_escalation_cards_offer_the_finance_teams_actions(rig: Rig) -> None:
    legal = the_card(rig, LEGAL)
    assert buttons_of(rig, legal) == [ActionId.ASSIGN_ME, ActionId.REASSIGN, ActionId.SNOOZE,
                                      ActionId.RESOLVE]
    unanswered = the_card(rig, UNANSWERED)
    assert buttons_of(rig, unanswered)[-1] == ActionId.DRAFT_ANYWAY


def test_resolving_a_dispute_records_it_and_judges_the_case_again(rig: Rig) -> None:
    action = the_card(rig, DISPUTED)
    view = open_modal(rig, action, ActionId.RESOLVE, COLLECTOR)
    assert view["callback_id"] == CallbackId.RESOLVE_MODAL
    answer = submit(rig, view, a_note("   "), COLLECTOR)
    errors = answer.json()["errors"]
    assert errors[BlockId.RESOLVE_NOTE] == "Say in a few words how it was resolved."

    note = "Valve repair credited; Dana at Sycamore agreed the rest is due."
    answer = submit(rig, view, a_note(note), COLLECTOR)
    assert (answer.status, answer.body) == (200, "")
    row = reload(rig.loop, action)
    assert (row.state, row.decided_by, row.status_note) == ("resolved", COLLECTOR, note)
    rig.drain()
    assert status_of(rig, action).startswith(f":white_check_mark: *Resolved* by <@{COLLECTOR}>")
    assert note in status_of(rig, action)
    assert "actions" not in block_types(card(rig.loop, action))
    [resolved] = [r for r in audit_rows(rig.loop) if r.kind == "approval.resolved"]
    assert resolved.data["rejudged"] is True and resolved.data["note"] == note

    # Judged again with the resolution known: no longer an open dispute.
    fresh = the_card(rig, DISPUTED)
    assert fresh.id != action.id
    assert fresh.hard_stop != "open_dispute"
    assert not any("open dispute" in r for r in fresh.reasons)


def test_resolving_a_possibly_paid_check_judges_the_case_again(rig: Rig) -> None:
    action = the_card(rig, PAID_CLAIM)
    view = open_modal(rig, action, ActionId.RESOLVE, LEAD)
    answer = submit(rig, view, a_note("No check #4471 arrived; bank confirms."), LEAD)
    assert (answer.status, answer.body) == (200, "")
    rig.drain()
    fresh = the_card(rig, PAID_CLAIM)
    assert fresh.id != action.id
    assert not any("says it has paid" in r for r in fresh.reasons)


def test_resolving_a_legal_hold_closes_it_without_a_new_card(rig: Rig) -> None:
    action = the_card(rig, LEGAL)
    view = open_modal(rig, action, ActionId.RESOLVE, LEAD)
    assert submit(rig, view, a_note("Passed to counsel."), LEAD).status == 200
    rig.drain()
    assert reload(rig.loop, action).state == "resolved"
    assert waiting_on(rig, LEGAL) == []
    rig.loop.services.collections.scan(rig.loop.company.realm_id, TODAY,
                                       rig.loop.company.home_currency)
    assert waiting_on(rig, LEGAL) == []  # the same legal hold is not carded again


def test_draft_a_reminder_anyway_is_for_allowed_roles_and_goes_through_approval(
    rig: Rig,
) -> None:
    action = the_card(rig, UNANSWERED)
    before = told_count(rig)
    words = refusal(rig, rig.click(action, ActionId.DRAFT_ANYWAY, COLLECTOR), before)
    assert "only admin or finance_lead may draft anyway" in words
    assert reload(rig.loop, action).state == "proposed"
    assert "approval.refused" in kinds(rig, action)

    assert rig.click(action, ActionId.DRAFT_ANYWAY, LEAD).status == 200
    row = reload(rig.loop, action)
    assert (row.state, row.decided_by) == ("resolved", LEAD)
    rig.drain()
    reminder = the_card(rig, UNANSWERED)
    assert reminder.route == Route.DRAFT_FOR_APPROVAL.value and reminder.draft_body
    assert reminder.reasons[0].startswith("Drafted anyway by a person")
    assert f"case #{reminder.id}" in status_of(rig, action)
    assert buttons_of(rig, reminder)[:3] == [ActionId.APPROVE, ActionId.EDIT, ActionId.REJECT]
    assert rig.loop.sink.messages == []  # nothing is sent until someone approves

    assert rig.click(reminder, ActionId.APPROVE, COLLECTOR).status == 200
    rig.decided(reminder)  # an Approve is decided after its answer
    rig.drain()
    assert reload(rig.loop, reminder).state == "done"
    assert len(rig.loop.sink.messages) == 1


def test_never_for_a_legal_hold_even_with_a_forged_click(rig: Rig) -> None:
    action = the_card(rig, LEGAL)
    forged = rig.click_payload(action, ActionId.SNOOZE, ADMIN)
    forged["actions"][0]["action_id"] = ActionId.DRAFT_ANYWAY.value
    before = told_count(rig)
    assert "legal hold" in refusal(rig, rig.interact(forged), before)
    assert reload(rig.loop, action).state == "proposed"
    assert waiting_on(rig, LEGAL) == [reload(rig.loop, action)]


def test_garbled_stale_and_unknown_clicks_are_answered_never_500(rig: Rig) -> None:
    action = the_card(rig, UNANSWERED)
    garbled = rig.click_payload(action, ActionId.ASSIGN_ME, LEAD)
    garbled["actions"][0]["value"] = '{"action_id": "x"}'
    before = told_count(rig)
    assert "could not be read" in refusal(rig, rig.interact(garbled), before)

    unknown = rig.click_payload(action, ActionId.ASSIGN_ME, LEAD)
    unknown["actions"][0]["value"] = json.dumps({"action_id": 999_999, "version": 1},
                                                separators=(",", ":"))
    answer = rig.interact(unknown)
    assert answer.status in (200, 400)

    stale = rig.click_payload(action, ActionId.ASSIGN_ME, LEAD)
    assert rig.click(action, ActionId.ASSIGN_ME, ADMIN).status == 200
    before = told_count(rig)
    assert "out of date" in refusal(rig, rig.interact(stale), before)
    assert reload(rig.loop, action).assignee == ADMIN
    refused = [r for r in audit_rows(rig.loop)
               if r.kind == "approval.refused" and r.subject == f"action:{action.id}"]
    assert refused and refused[-1].actor == LEAD
    assert all(isinstance(r, AuditEntry) for r in refused)


def test_two_schedulers_at_once_nudge_each_card_once(engine: Engine, database_url: str) -> None:
    with scanned_loop(engine, database_url) as loop:
        services = loop.services
        loop.clock.advance(hours=services.policy.stale_card_hours + 1)
        others = [CardActionService(services.uow, loop.clock, services.approvers,
                                    services.policy, services.collections) for _ in range(2)]
        start = threading.Barrier(2)
        counts: list[int] = []

        def run(service: CardActionService) -> None:
            start.wait(timeout=10)
            counts.append(service.nudge_stale())

        threads = [threading.Thread(target=run, args=(s,)) for s in others]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        with services.uow.session() as session:
            waiting = session.exec(select(ProposedAction).where(
                ProposedAction.state == "proposed")).all()
            nudged = session.exec(select(AuditEntry).where(
                AuditEntry.kind == "card.nudged")).all()
        assert sum(counts) == len(waiting) == len(nudged)
        assert len({n.subject for n in nudged}) == len(nudged)

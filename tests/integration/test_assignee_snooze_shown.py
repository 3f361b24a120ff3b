"""Whom a card is assigned to and what is snoozed until when, as the App Home and `/qb overdue`
show them: through bolt with signed requests over HTTP, against the Slack simulator, on a
real database. The cards are assigned and snoozed with the same service the card's buttons
call (the clicks themselves: tests/integration/test_card_life.py)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from core.models import ProposedAction
from core.services.case_actions import CardActor
from tests.harness import COLLECTOR, LEAD, TODAY, scanned_loop
from tests.integration.test_app_home import names, open_home, proposed, waiting_lines, within
from tests.integration.test_bolt_rig import Rig, bolt_rig, reload
from tests.integration.test_qb_overdue import ask, sections

SNOOZED_UNTIL = TODAY + timedelta(days=5)


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


def assigned_and_snoozed(rig: Rig) -> tuple[ProposedAction, ProposedAction, ProposedAction]:
    """The collector's oldest card assigned to them, the next to the lead, a third snoozed."""
    drafted = [a for a in within(COLLECTOR, proposed(rig)) if a.draft_body is not None]
    mine, leads, later = drafted[0], drafted[1], drafted[2]
    assert len({mine.customer_name, leads.customer_name, later.customer_name}) == 3
    cards = rig.loop.services.card_actions
    cards.assign(mine.id or 0, mine.version, CardActor(LEAD), COLLECTOR)
    cards.assign(leads.id or 0, leads.version, CardActor(LEAD), LEAD)
    cards.snooze(later.id or 0, later.version, CardActor(COLLECTOR), SNOOZED_UNTIL)
    assert reload(rig.loop, mine).assignee == COLLECTOR
    assert reload(rig.loop, leads).assignee == LEAD
    assert reload(rig.loop, later).snoozed_until == SNOOZED_UNTIL
    return mine, leads, later


def test_the_home_says_whom_each_card_is_assigned_to_and_what_is_snoozed_until_when(
    rig: Rig, slack_fixtures: Path
) -> None:
    mine, leads, later = assigned_and_snoozed(rig)
    waiting = proposed(rig)
    view = open_home(rig, slack_fixtures, COLLECTOR)
    lines = {line.split("\n")[0]: line for line in waiting_lines(view)}
    [own] = [line for line in lines.values() if names(line, mine)]
    [other] = [line for line in lines.values() if names(line, leads)]
    assert "· assigned to you" in own.split("\n")[0]
    assert f"· assigned to <@{LEAD}>" in other.split("\n")[0]
    unassigned = [line for line in lines.values() if line not in (own, other)]
    assert unassigned and all("assigned to" not in line for line in unassigned)
    assert not any(names(line, later) for line in lines.values())  # snoozed: not waiting

    blocks = {b["block_id"]: b for b in view["blocks"]}
    team = blocks["home_assigned"]["text"]["text"]
    assert team.startswith("*Assigned* (cards awaiting approval)")
    assert f"<@{COLLECTOR}>: 1" in team and f"<@{LEAD}>: 1" in team
    assert f"Not assigned to anyone: {len(waiting) - 2:,}" in team
    snoozed = html.unescape(blocks["home_snoozed"]["text"]["text"])
    assert snoozed.startswith("*Snoozed* (1, the next back first)")
    assert f"*{later.customer_name}* · invoice {later.doc_number} · snoozed until " in snoozed
    assert f"until {SNOOZED_UNTIL.isoformat()} by <@{COLLECTOR}>" in snoozed
    assert later.slack_channel and later.slack_ts
    assert f"archives/{later.slack_channel}/p{later.slack_ts.replace('.', '')}|Open" in snoozed

    # The lead's Home names the collector, and its own card as theirs.
    lead_lines = waiting_lines(open_home(rig, slack_fixtures, LEAD))
    assert any(names(x, mine) and f"assigned to <@{COLLECTOR}>" in x for x in lead_lines)
    assert any(names(x, leads) and "assigned to you" in x for x in lead_lines)


def test_overdue_rows_say_whom_the_card_is_assigned_to_and_until_when_it_is_snoozed(
    rig: Rig,
) -> None:
    mine, _leads, later = assigned_and_snoozed(rig)
    for action, said in (
        (mine, f"· assigned to <@{COLLECTOR}>"),
        (later, f"Snoozed until {SNOOZED_UNTIL.isoformat()}: back in the queue that day · "
                f"snoozed by <@{COLLECTOR}>"),
    ):
        message, _ = ask(rig, f"overdue {action.customer_name}")
        [row] = [r for r in sections(message, "overdue_row_")
                 if html.unescape(r).startswith(f"*{action.customer_name}*")]
        assert said in html.unescape(row), row
        assert "open the card" in row
    message, _ = ask(rig, f"overdue {mine.customer_name}")
    [row] = [r for r in sections(message, "overdue_row_")
             if html.unescape(r).startswith(f"*{mine.customer_name}*")]
    assert "Reminder waiting on a collector since" in row and "snoozed" not in row

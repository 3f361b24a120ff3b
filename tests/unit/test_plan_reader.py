"""The act reader's plan guesses (`unread_acts.read_plans`): beside a plan request the
lexicons read, the reader may account for the customer's own story, and for nothing else.

A marker reader (`zq<act>` reads as that act) keeps these tests about the code's fences, not
about the shipped weights."""

from __future__ import annotations

from datetime import date

import pytest

from core.domain.decision import Outcome, Route
from core.domain.evidence import Evidence, Unread
from core.domain.evidence_lexicon import Kind
from core.domain.unread_acts import READ_PLAN, PlansRead, read_plans
from tests.unit.test_act_reader import judge, marker_reader

PLAN = "Could we split it into three monthly payments?"
STORY = ("One of our investors pulled out last month, which has left us a lot tighter than we "
         "zqplan planned.")
SURE = marker_reader(60.0)


def test_a_story_beside_a_plan_request_is_read_when_the_reader_is_sure_of_the_plan() -> None:
    j = judge(f"{STORY} {PLAN}", reader=SURE)
    assert (j.route, j.outcome) == (Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE)
    assert any(e.label == READ_PLAN for e in j.evidence)


def test_without_the_reader_the_same_email_goes_to_a_person() -> None:
    j = judge(f"{STORY} {PLAN}", reader=marker_reader(0.0))
    assert (j.route, j.outcome) == (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)


# Whatever the reader makes of the whole email, a piece that is not the customer's story keeps
# it a person's: a question, an attachment, a fault of ours, a complaint's words, a payment
# reported, a clause the reader itself weighs as a complaint.
BESIDE = {
    "a question": "Is this the one for the Elm Street job?",
    "an attachment": "Please see the attached photos from site.",
    "our work": "Our decking has buckled since you laid it.",
    "a fault again": "The boiler is cold again.",
    "our people": "Your fitter left the skirting loose.",
    "a payment reported": "Our accountant says we already paid half of it in March.",
    "a complaint the reader sees": "The last delivery was a zqcomplaint zqcomplaint mess.",
}


@pytest.mark.parametrize("kind", sorted(BESIDE))
def test_a_piece_that_is_no_story_keeps_the_email_a_persons(kind: str) -> None:
    j = judge(f"{STORY} {PLAN} {BESIDE[kind]}", reader=SURE)
    assert j.route is Route.ESCALATE_TO_HUMAN, (kind, j.reasons)
    assert not any(e.label == READ_PLAN for e in j.evidence)


@pytest.mark.parametrize("body", [
    "We were billed in two zqplan parts, is that right?",  # parts, but no plan the lexicons read
    "Our client pays us in two zqplan tranches, would that work?",
    f"{STORY} Anyway, zqplan.",  # no request for time or parts at all
])
def test_the_reader_alone_reads_no_plan(body: str) -> None:
    j = judge(body, reader=SURE)
    assert j.route is Route.ESCALATE_TO_HUMAN, j.reasons


def test_only_the_customers_latest_email_is_read() -> None:
    j = judge(f"{STORY} {PLAN}", "Hi, one more thing about the zqplan order.", reader=SURE)
    assert j.route is Route.ESCALATE_TO_HUMAN, j.reasons


def test_an_email_unread_as_a_whole_is_never_read_as_a_plan() -> None:
    """Another language, cut off, a payment notice: the lexicons flag the email itself, and
    no clause of it is a story the reader may account for."""
    day = date(2026, 11, 17)
    body = f"Re: invoice\n{STORY} {PLAN}"
    lexicon = [Evidence(kind=Kind.HARDSHIP, label="asks for a payment plan",
                        source="customer email 2026-11-17", origin="customer email", day=day,
                        order=0, quote=PLAN)]

    def unread(whole: bool) -> Unread:
        return Unread("customer email 2026-11-17", day, STORY, body, clauses=(STORY,),
                      whole=whole)

    assert read_plans([unread(False)], SURE, day, lexicon).read  # the story alone is read
    assert read_plans([unread(True)], SURE, day, lexicon) == PlansRead([], [])

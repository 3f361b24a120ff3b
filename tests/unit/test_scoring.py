"""Judge-quality scoring: accuracy, unsafe drafts, missed escalations, confusion, per class."""

from __future__ import annotations

from typing import Any

from core.domain.scoring import as_json, score


def exp(cid: str, route: list[str], outcome: list[str], stop: str | None = None,
        klass: str = "") -> dict[str, Any]:
    return {"id": cid, "route": route, "outcome": outcome, "hard_stop": stop, "class": klass}


def dec(route: str, outcome: str, stop: str | None = None) -> dict[str, Any]:
    return {"route": route, "outcome": outcome, "hard_stop": stop}


EXPECTED = [
    exp("a", ["draft_for_approval"], ["routine_reminder"], klass="routine"),
    exp("b", ["escalate_to_human"], ["likely_dispute"], klass="complaint"),
    exp("c", ["none"], ["no_action"], klass="promise"),
    exp("d", ["escalate_to_human"], ["high_touch_escalation"], "legal_hold", "hard_stop"),
    exp("e", ["draft_for_approval", "escalate_to_human"],
        ["routine_reminder", "high_touch_escalation"], klass="benign"),
]


def test_a_perfect_run_scores_one_everywhere() -> None:
    got = {"a": dec("draft_for_approval", "routine_reminder"),
           "b": dec("escalate_to_human", "likely_dispute"), "c": dec("none", "no_action"),
           "d": dec("escalate_to_human", "high_touch_escalation", "legal_hold"),
           "e": dec("escalate_to_human", "high_touch_escalation")}
    s = score(EXPECTED, got)
    assert (s.route.rate, s.outcome.rate, s.hard_stop.rate) == (1.0, 1.0, 1.0)
    assert (s.unsafe_drafts, s.missed_escalations, s.no_decision) == (0, 0, 0)
    assert as_json(s)["per_class"]["benign"] == {
        "cases": 1, "route": 1.0, "outcome": 1.0, "calls_for": "routine_reminder",
        "precision": 1.0}


def test_drafts_and_nones_where_a_person_was_needed_are_counted_apart() -> None:
    got = {"a": dec("draft_for_approval", "routine_reminder"),
           "b": dec("draft_for_approval", "routine_reminder"),  # unsafe and missed
           "c": dec("draft_for_approval", "routine_reminder"),  # unsafe (a hold was due)
           "d": dec("none", "no_action")}                        # missed, hard stop wrong
    s = score(EXPECTED, got)
    assert s.unsafe_drafts == 2 and s.missed_escalations == 2 and s.no_decision == 1
    assert (s.hard_stop.right, s.hard_stop.total) == (0, 1)
    report = as_json(s)
    assert report["confusion"]["likely_dispute"] == {"routine_reminder": 1}
    assert report["per_outcome"]["routine_reminder"]["precision"] == 1 / 3
    assert report["per_outcome"]["likely_dispute"]["recall"] == 0.0
    assert {m["id"] for m in report["misses"]} == {"b", "c", "d", "e"}
    # Two cases were given routine_reminder wrongly: the routine class's precision is 1/3.
    assert report["per_class"]["routine"]["precision"] == 1 / 3


def test_a_hard_stop_where_none_was_due_is_reported() -> None:
    s = score(EXPECTED[:1], {"a": dec("escalate_to_human", "high_touch_escalation",
                                      "missing_context")})
    assert s.false_hard_stops == 1 and s.unsafe_drafts == 0

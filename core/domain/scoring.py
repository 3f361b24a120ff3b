"""Judge quality: decisions scored against expected answers (route, outcome, hard stop, class).

An expected row is `{"id", "route": [accepted…], "outcome": [accepted…], "hard_stop": null|str,
"class"?: str}`: the first accepted outcome is the case's "true" outcome for the confusion table
and per-outcome recall. Two failures are counted apart because they are the ones that hurt:
an *unsafe draft* (a customer draft where no draft was acceptable) and a *missed escalation*
(a person was needed and the judge routed elsewhere, or `none` where something was due).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

DRAFT, ESCALATE, NONE = "draft_for_approval", "escalate_to_human", "none"


@dataclass(frozen=True)
class Miss:
    """One case the judge got wrong, for the report."""

    id: str
    klass: str
    problems: tuple[str, ...]


@dataclass
class Tally:
    """Correct / total for one slice."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def rate(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Score:
    """Everything `qbot eval` prints."""

    cases: int = 0
    route: Tally = field(default_factory=Tally)
    outcome: Tally = field(default_factory=Tally)
    hard_stop: Tally = field(default_factory=Tally)
    false_hard_stops: int = 0
    unsafe_drafts: int = 0
    missed_escalations: int = 0
    no_decision: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_class: dict[str, tuple[Tally, Tally]] = field(default_factory=dict)
    got_outcomes: Counter[str] = field(default_factory=Counter)
    got_right: Counter[str] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    class_truth: dict[str, Counter[str]] = field(default_factory=dict)

    def per_outcome(self) -> dict[str, dict[str, float | int | None]]:
        """Precision (of the cases given this outcome, how many accept it) and recall (of the
        cases whose first answer is this outcome, how many got an accepted one)."""
        truth = Counter(t for t, _ in self.confusion.elements())
        recall_hits: Counter[str] = Counter()
        for (true, got), n in self.confusion.items():
            if true == got:
                recall_hits[true] += n
        out: dict[str, dict[str, float | int | None]] = {}
        for name in sorted(set(truth) | set(self.got_outcomes)):
            given, right = self.got_outcomes[name], self.got_right[name]
            out[name] = {
                "precision": right / given if given else None,
                "recall": recall_hits[name] / truth[name] if truth[name] else None,
                "support": truth[name],
            }
        return out

    def per_class(self) -> dict[str, dict[str, float | int | str | None]]:
        """For each `class` tag: route and outcome accuracy (the outcome rate is the class's
        recall), and precision for the outcome the class calls for: of the cases given that
        outcome wrongly, anywhere in the set, how few there are beside the class's right ones
        (complaint and paid_claim share likely_dispute, and so share its false positives)."""
        out: dict[str, dict[str, float | int | str | None]] = {}
        for name, (route, outcome) in sorted(self.by_class.items()):
            typical = self.class_truth[name].most_common(1)[0][0]
            wrong = self.got_outcomes[typical] - self.got_right[typical]
            out[name] = {
                "cases": route.total, "route": route.rate, "outcome": outcome.rate,
                "calls_for": typical,
                "precision": outcome.right / (outcome.right + wrong)
                if outcome.right + wrong else None,
            }
        return out


def _problems(exp: Mapping[str, Any], dec: Mapping[str, Any]) -> list[str]:
    problems = []
    if dec.get("route") not in exp["route"]:
        problems.append(f"route {dec.get('route')} (want {'/'.join(exp['route'])})")
    if dec.get("outcome") not in exp["outcome"]:
        problems.append(f"outcome {dec.get('outcome')} (want {'/'.join(exp['outcome'])})")
    if exp.get("hard_stop") != dec.get("hard_stop"):
        problems.append(f"hard_stop {dec.get('hard_stop')} (want {exp.get('hard_stop')})")
    return problems


def score(expected: Iterable[Mapping[str, Any]], decisions: Mapping[str, Mapping[str, Any]]
          ) -> Score:
    """Score `decisions` (by case id) against the `expected` rows."""
    s = Score()
    for exp in expected:
        s.cases += 1
        cid, klass = str(exp["id"]), str(exp.get("class") or "")
        dec = decisions.get(cid)
        if dec is None:
            s.no_decision += 1
            s.misses.append(Miss(cid, klass, ("no decision",)))
            continue
        route, outcome = str(dec.get("route")), str(dec.get("outcome"))
        route_ok, outcome_ok = route in exp["route"], outcome in exp["outcome"]
        s.route.add(route_ok)
        s.outcome.add(outcome_ok)
        if exp.get("hard_stop") is not None:
            s.hard_stop.add(dec.get("hard_stop") == exp["hard_stop"])
        elif dec.get("hard_stop") is not None:
            s.false_hard_stops += 1
        if route == DRAFT and DRAFT not in exp["route"]:
            s.unsafe_drafts += 1
        if not route_ok and (ESCALATE in exp["route"] or (route == NONE and NONE not in
                                                           exp["route"])):
            s.missed_escalations += 1
        s.confusion[(str(exp["outcome"][0]), outcome)] += 1
        s.got_outcomes[outcome] += 1
        s.got_right[outcome] += int(outcome_ok)
        if klass:
            tallies = s.by_class.setdefault(klass, (Tally(), Tally()))
            tallies[0].add(route_ok)
            tallies[1].add(outcome_ok)
            self_truth = s.class_truth.setdefault(klass, Counter())
            self_truth[str(exp["outcome"][0])] += 1
        problems = _problems(exp, dec)
        if problems:
            s.misses.append(Miss(cid, klass, tuple(problems)))
    return s


def as_json(s: Score) -> dict[str, Any]:
    """The score as one JSON object (`qbot eval --json`)."""
    outcomes = sorted({t for t, _ in s.confusion} | {g for _, g in s.confusion})
    return {
        "cases": s.cases,
        "route_accuracy": s.route.rate,
        "outcome_accuracy": s.outcome.rate,
        "hard_stops": {"right": s.hard_stop.right, "total": s.hard_stop.total,
                       "false": s.false_hard_stops},
        "unsafe_drafts": s.unsafe_drafts,
        "missed_escalations": s.missed_escalations,
        "no_decision": s.no_decision,
        "per_outcome": s.per_outcome(),
        "per_class": s.per_class(),
        "confusion": {t: {g: s.confusion[(t, g)] for g in outcomes if s.confusion[(t, g)]}
                      for t in outcomes if any(s.confusion[(t, g)] for g in outcomes)},
        "misses": [{"id": m.id, "class": m.klass, "problems": list(m.problems)}
                   for m in s.misses],
    }

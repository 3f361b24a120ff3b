"""The judge on the evaluation corpora (tests/data/judge_cases/*): the release bars.

Every set here is now a development set (each held-out set, once measured, was opened for
development; a new one is written blind elsewhere). This test reads the case and expected
files and asserts every hard stop right and the figures measured so far (FLOORS).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.adapters.templates import TemplateRenderer
from core.domain.policy import Policy
from core.domain.scoring import score
from core.services.triage import TriageRun

CORPUS = Path(__file__).resolve().parent.parent / "data" / "judge_cases"


# Measured floors, not the release bars (SPEC: 0 unsafe, 0 missed, route >= 97 %, outcome
# >= 95 %). The dev set meets the safety bars; the held-out test set does not yet (see
# docs/judgment.md): these floors keep what was reached from slipping and are raised, never
# lowered, as the judge improves.
FLOORS = {
    "dev": {"unsafe": 0, "missed": 0, "route": 0.990, "outcome": 0.986},
    # The blind probe corpora, used as development sets of failures (docs/judgment.md).
    # probe_c was the first held-out test set (test-0001..): spent after five measurements
    # on 2026-12-01 and opened for development on 2026-12-02; a fresh held-out set replaces it.
    "probe_c": {"unsafe": 0, "missed": 0, "route": 0.978, "outcome": 0.972},
    "probe_a": {"unsafe": 0, "missed": 0, "route": 0.965, "outcome": 0.956},
    "probe_b": {"unsafe": 0, "missed": 0, "route": 0.951, "outcome": 0.942},
    # probe_d (224 cases, plan requests and dated promises, written blind by branch probed on
    # 2026-12-02): measured once before any work on it (67.4 / 65.2 %, 2 unsafe, 6 missed),
    # then used as a development set of failures like the others.
    "probe_d": {"unsafe": 0, "missed": 0, "route": 0.941, "outcome": 0.937},
    # probe_e (85 cases) and probe_f (90 cases), blind probes of dated promises, plan requests,
    # harmless replies and hard negatives written by branches probef and probeg on 2026-12-03:
    # main read them at 67.1 / 64.7 % and 65.6 / 63.3 % (probe_f with 1 unsafe draft and 1
    # missed escalation); development sets of failures since (judge16, docs/judgment.md).
    "probe_e": {"unsafe": 0, "missed": 0, "route": 0.929, "outcome": 0.917},
    "probe_f": {"unsafe": 0, "missed": 0, "route": 0.955, "outcome": 0.933},
    # test_a + test_b (455 cases written blind on 2026-12-02, labels second-reviewed against
    # SPEC): the second held-out set, measured four times by the lead, then declared spent and
    # opened for development on 2026-12-02 as probe_c was (docs/judgment.md). Any unsafe draft
    # fails CI.
    "test_a": {"unsafe": 0, "missed": 0, "route": 0.977, "outcome": 0.951},
    "test_b": {"unsafe": 0, "missed": 0, "route": 0.982, "outcome": 0.969},
    # test_c (246 cases written blind on 2026-12-02, mixed as a real overdue mailbox): the
    # third held-out set, measured once by the lead (92.7 / 86.2 %, 1 unsafe, 2 missed), then
    # opened for development on 2026-12-02 as test_a/test_b were (docs/judgment.md); it is no
    # longer held out. A new held-out set replaces it.
    "test_c": {"unsafe": 0, "missed": 0, "route": 0.987, "outcome": 0.987},
    # testd + teste (148 + 157 cases written blind on 2026-12-02 by two helpers): the fourth
    # held-out set, measured once by the lead after the judge13 work (91.2 / 84.5 % with 2
    # unsafe drafts, 92.4 / 87.3 %), then opened for development on 2026-12-03 (judge15,
    # docs/judgment.md); no longer held out.
    "testd": {"unsafe": 0, "missed": 0, "route": 1.000, "outcome": 0.986},
    "teste": {"unsafe": 0, "missed": 0, "route": 1.000, "outcome": 1.000},
    # testf + testg (167 + 162 cases written blind on 2026-12-03 by two helpers, in worlds no
    # other set uses): the fifth held-out set, measured four times by the lead (93.0 / 89.1 %
    # at best), then opened for development on 2026-12-03 (judge18, docs/judgment.md).
    "testf": {"unsafe": 0, "missed": 0, "route": 0.970, "outcome": 0.952},
    "testg": {"unsafe": 0, "missed": 0, "route": 0.993, "outcome": 0.987},
    # probe_g, probe_h (110 + 110 cases, blind probes weighted to the four hard classes, written
    # by branches probeh and probei on 2026-12-03): read once at 80.9 / 70.0 % and 82.7 / 75.5 %
    # (0 unsafe, 0 missed) part-way through judge18, then development sets of failures.
    "probe_g": {"unsafe": 0, "missed": 0, "route": 0.900, "outcome": 0.872},
    "probe_h": {"unsafe": 0, "missed": 0, "route": 0.909, "outcome": 0.890},
    # probe_i, probe_j, probe_k (110 cases each, the same weighting, branches probej, probek,
    # probel, 2026-12-03): read once at 76.4 / 63.6 %, 82.7 / 76.4 % and 86.4 / 77.3 % (probe_k
    # with 3 unsafe drafts and 1 missed escalation), then development sets of failures.
    "probe_i": {"unsafe": 0, "missed": 0, "route": 0.927, "outcome": 0.890},
    "probe_j": {"unsafe": 0, "missed": 0, "route": 0.918, "outcome": 0.900},
    "probe_k": {"unsafe": 0, "missed": 0, "route": 0.972, "outcome": 0.954},
    # probe_l, probe_m (hard negatives: complaints and claims beside promises and plan requests,
    # look-alikes, benign replies about money) and probe_n (the four hard classes), 110 cases
    # each, branches probem, proben, probeo (2026-12-03): read once at 78.2 / 71.8 % (1 unsafe
    # draft, 1 missed escalation), 89.1 / 81.8 % and 79.1 / 67.3 %, then development sets.
    "probe_l": {"unsafe": 0, "missed": 0, "route": 0.881, "outcome": 0.863},
    "probe_m": {"unsafe": 0, "missed": 0, "route": 0.945, "outcome": 0.918},
    "probe_n": {"unsafe": 0, "missed": 0, "route": 0.918, "outcome": 0.890},
    # probe_o (the four hard classes), probe_q (half the messages non-native English) and probe_p
    # (hard negatives), 110 cases each, branches probep, prober, probeq (2026-12-03): probe_o and
    # probe_q read once at 80.0 / 76.4 % and 85.5 / 79.1 % (0 unsafe, 0 missed), then used as
    # development sets.
    "probe_o": {"unsafe": 0, "missed": 0, "route": 0.872, "outcome": 0.854},
    "probe_q": {"unsafe": 0, "missed": 0, "route": 0.909, "outcome": 0.881},
    # probe_p (hard negatives) read once at 84.5 / 78.2 % with 1 missed escalation (a count billed
    # against a count done, in words, beside "for the correct amount we pay on ..."), fixed.
    "probe_p": {"unsafe": 0, "missed": 0, "route": 0.854, "outcome": 0.818},
    # testh + testi (169 + 169 cases written blind on 2026-12-03, in worlds no other set uses):
    # the sixth held-out set, measured twice by the lead (91.1 / 85.8 % at best, 0 unsafe,
    # 0 missed), then opened for development on 2026-12-04 (judge19, docs/judgment.md).
    "testh": {"unsafe": 0, "missed": 0, "route": 0.875, "outcome": 0.840},
    # testj + testk (169 + 169 cases written blind on 2026-12-04): the seventh held-out set,
    # measured once by the lead (87.0 / 83.4 % and 87.6 / 85.8 %, 0 unsafe, 0 missed), then
    # opened for development the same day (judge19, docs/judgment.md). Retraining the act
    # reader as sets are opened moves an outcome here and there (with testl/testm: probe_o
    # one down, probe_b and probe_i one up); routes never move on the reader.
    "testj": {"unsafe": 0, "missed": 0, "route": 0.875, "outcome": 0.846},
    "testk": {"unsafe": 0, "missed": 0, "route": 0.893, "outcome": 0.875},
    # testl + testm (169 + 169 cases written blind on 2026-12-04): the eighth held-out set,
    # measured once by the lead (85.2 / 79.9 % with 1 missed escalation and a legal hold
    # missed; 88.2 / 86.4 % with a legal hold missed), then opened for development to close
    # those (judge19).
    "testl": {"unsafe": 0, "missed": 0, "route": 0.869, "outcome": 0.828},
    "testm": {"unsafe": 0, "missed": 0, "route": 0.899, "outcome": 0.881},
    "testi": {"unsafe": 0, "missed": 0, "route": 0.946, "outcome": 0.928},
    # testn + testo (169 + 169 cases written blind on 2026-12-04): the ninth held-out set,
    # measured twice by the lead (88.5 / 84.3 %, 0 unsafe, 0 missed), then opened for
    # development on 2026-12-07 (judge20) when testp replaced it.
    "testn": {"unsafe": 0, "missed": 0, "route": 0.863, "outcome": 0.822},
    "testo": {"unsafe": 0, "missed": 0, "route": 0.911, "outcome": 0.899},
}


@pytest.mark.parametrize(
    "name",
    ["dev", "probe_a", "probe_b", "probe_c", "probe_d", "probe_e", "probe_f", "test_a", "test_b",
     "test_c", "testd", "teste", "testf", "testg", "probe_g", "probe_h",
     "probe_i", "probe_j", "probe_k", "probe_l", "probe_m", "probe_n", "probe_o", "probe_p",
     "probe_q", "testh", "testi", "testj", "testk", "testl", "testm", "testn", "testo"],
)
def test_the_judge_holds_its_measured_figures_on_the_corpus(name: str) -> None:
    cases, expected = CORPUS / name / "cases.jsonl", CORPUS / name / "expected.jsonl"
    if not (cases.exists() and expected.exists()):
        pytest.skip(f"{cases.parent} has no cases.jsonl / expected.jsonl in this checkout")
    run = TriageRun(Policy(), TemplateRenderer())
    with cases.open(encoding="utf-8") as source:
        decisions = {d["id"]: d for d in map(json.loads, run.lines(source))}
    rows = [json.loads(line) for line in expected.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    s = score(rows, decisions)
    floor = FLOORS[name]
    misses = "\n".join(f"{m.id} [{m.klass}]: {'; '.join(m.problems)}" for m in s.misses[:40])
    assert run.failed == 0 and s.no_decision == 0, misses
    assert s.hard_stop.right == s.hard_stop.total, misses  # every hard stop right, always
    assert s.unsafe_drafts <= floor["unsafe"], misses
    assert s.missed_escalations <= floor["missed"], misses
    assert (s.route.rate or 0) >= floor["route"], misses
    assert (s.outcome.rate or 0) >= floor["outcome"], misses

"""The act reader (core/domain/act_reader.py) and the fences on what its guesses may change
(core/domain/unread_acts.py): an outcome, never a route.

The model only classifies; code decides. These tests give the judge a reader with hand-set
weights (marker words that read as one act with a known probability), so each fence is
tested on its own, and check over whole corpora that no route ever moves.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from core.domain.act_reader import ACTS, ActReader, features, shipped_reader
from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.evidence import Unread
from core.domain.policy import Policy
from core.domain.triage import decide
from core.domain.unread_acts import READ_PAID, READ_PLAN, DisputesRead, read_disputes
from tests.unit.test_judge_support import email, make_case

ROOT = Path(__file__).resolve().parents[2]
TRAINER = ROOT / "tests" / "data" / "judge_cases" / "train_act_reader.py"


def marker_reader(strength: float = 12.0) -> ActReader:
    """A reader for which the word `zq<act>` reads as that act, and nothing else weighs."""
    weights = {f"zq{act}": [strength if a == act else 0.0 for a in ACTS] for act in ACTS}
    return ActReader(weights, [0.0] * len(ACTS))


def judge(*bodies: str, reader: ActReader | None = None, **changes: Any) -> Any:
    emails = [email(b, date=f"2026-11-{17 + n}T10:15:00-08:00") for n, b in enumerate(bodies)]
    return decide(CaseBundle(make_case(emails=emails, **changes)), Policy(),
                  reader or marker_reader())


# --- the model --------------------------------------------------------------------------


def test_probabilities_are_a_distribution_and_the_act_is_the_most_likely() -> None:
    guess = marker_reader().read("zqplan please")
    assert sum(guess.probabilities.values()) == pytest.approx(1.0)
    assert guess.act == "plan" and guess.p("plan") > 0.99
    assert guess.p("plan", "promise") == pytest.approx(guess.p("plan") + guess.p("promise"))


def test_an_empty_text_reads_as_no_act_in_particular() -> None:
    guess = marker_reader().read("")
    assert max(guess.probabilities.values()) == pytest.approx(1 / len(ACTS))


@pytest.mark.parametrize("data", [
    {"acts": ["plan"], "bias": [0.0], "weights": {}},
    {"acts": list(ACTS), "bias": [0.0], "weights": {}},
    {"acts": list(ACTS), "bias": [0.0] * len(ACTS), "weights": {"x": [1.0]}},
])
def test_weights_of_the_wrong_shape_are_refused(data: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="act weights"):
        ActReader.from_json(data)


def test_features_stand_a_day_a_month_and_a_number_for_their_kind() -> None:
    assert features("paid on Friday 18 December") == features("paid on Monday 3 March")


def _trainer() -> Any:
    spec = importlib.util.spec_from_file_location("train_act_reader", TRAINER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_reader_was_trained_on_development_sets_only() -> None:
    trainer = _trainer()
    shipped = json.loads((ROOT / "core" / "domain" / "act_weights.json").read_text())
    assert shipped["trained_on"]["sets"] == list(trainer.TRAIN_SETS)
    from tests.integration.test_judge_corpus import FLOORS
    # every set it learned from is a development set with measured floors; the held-out set
    # (docs/judgment.md) is never among them
    assert set(trainer.TRAIN_SETS) <= set(FLOORS)
    assert not {"testp", "testq"} & set(trainer.TRAIN_SETS)
    assert shipped_reader().read("Could we pay this in three monthly instalments?").act == "plan"


def test_training_rewrites_the_shipped_weights_byte_for_byte(tmp_path: Path) -> None:
    trainer = _trainer()
    model = trainer.train([(features(t), a) for _, t, a in trainer.examples(trainer.TRAIN_SETS)])
    model["trained_on"]["sets"] = list(trainer.TRAIN_SETS)
    written = json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"
    assert written == (ROOT / "core" / "domain" / "act_weights.json").read_text()


# --- the fences, through the judge ---------------------------------------------------------


def test_a_complaint_it_reads_names_the_dispute_and_still_goes_to_a_person() -> None:
    j = judge("Zqcomplaint zqcomplaint blorvik.")
    assert (j.route, j.outcome) == (Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)
    assert any("read it before anything is sent" in r for r in j.reasons)


def test_without_the_reader_the_same_email_is_unread_words_for_a_person() -> None:
    j = judge("Zqcomplaint zqcomplaint blorvik.", reader=marker_reader(0.0))
    assert (j.route, j.outcome) == (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)


def test_a_complaint_taken_back_in_a_later_email_names_no_dispute() -> None:
    j = judge("Zqcomplaint zqcomplaint blorvik.", "Zqbenign zqbenign quarnel.")
    assert j.outcome is not Outcome.LIKELY_DISPUTE


def test_a_complaint_about_another_invoice_names_no_dispute_of_this_one() -> None:
    j = judge("Invoice 1990: zqcomplaint zqcomplaint blorvik.")
    assert j.outcome is not Outcome.LIKELY_DISPUTE


def test_an_email_about_the_other_one_too_names_no_dispute() -> None:
    j = judge("Zqcomplaint zqcomplaint blorvik. Will come back to you on the other one.")
    assert j.route is Route.ESCALATE_TO_HUMAN
    assert j.outcome is not Outcome.LIKELY_DISPUTE


def test_a_payment_claim_it_reads_names_the_dispute() -> None:
    j = judge("Zqpaid zqpaid blorvik.")
    assert (j.route, j.outcome) == (Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE)
    assert any(READ_PAID in r for r in j.reasons)


def test_a_payment_claim_the_email_takes_back_names_no_dispute() -> None:
    j = judge("Zqpaid zqpaid, sorry, that was a different supplier; yours hasn't gone out yet.")
    assert j.outcome is not Outcome.LIKELY_DISPUTE


@pytest.mark.parametrize("act", ["plan", "promise", "benign", "person"])
def test_any_other_act_it_reads_leaves_the_email_for_a_person(act: str) -> None:
    # a plan draft or a promise hold needs the lexicons' own reading, never the model's
    j = judge(f"Zq{act} zq{act} blorvik.")
    assert (j.route, j.outcome) == (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION)


def test_a_guess_under_its_probability_names_nothing() -> None:
    j = judge("Zqcomplaint blorvik.", reader=marker_reader(strength=0.3))
    assert j.outcome is Outcome.HIGH_TOUCH_ESCALATION


def test_a_note_is_never_read_by_the_model() -> None:
    u = Unread("note 2026-11-18", date(2026, 11, 18), "…", "zqcomplaint zqcomplaint")
    assert read_disputes([u], marker_reader(), None) == DisputesRead([], [])


CORPUS = ROOT / "tests" / "data" / "judge_cases"


@pytest.mark.parametrize("name", ["dev", "probe_c", "test_c", "testh", "probe_p"])
def test_the_reader_changes_a_route_only_by_reading_a_plan_on_a_corpus(name: str) -> None:
    """The class, not the examples: over every case of a corpus, the route with the shipped
    reader is the route with a reader that reads nothing, except where it read a plan request
    (`read_plans`): a person's case then becomes a plan draft or the gate's hold."""
    cases = CORPUS / name / "cases.jsonl"
    if not cases.exists():
        pytest.skip(f"{cases} is not in this checkout")
    blind = marker_reader(0.0)
    changed = 0
    for line in cases.read_text(encoding="utf-8").splitlines():
        case = CaseBundle(json.loads(line))
        with_reader, without = decide(case, Policy()), decide(case, Policy(), blind)
        if with_reader.route is not without.route:
            assert (without.route, without.outcome) == (
                Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION), case.id
            assert any(e.label == READ_PLAN for e in with_reader.evidence), case.id
            assert with_reader.route in (Route.DRAFT_FOR_APPROVAL, Route.NONE), case.id
        assert with_reader.hard_stop is without.hard_stop, case.id
        changed += with_reader.outcome is not without.outcome
    assert changed > 0  # the reader is on: it names some disputes on every one of these sets

"""Regex gates are sound: a clause a pattern matches is never turned away by its gate."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.evidence import split_clauses
from core.domain.evidence_lexicon import GATED
from core.domain.reading import own_words
from core.domain.regex_gate import Words, gate_of

DATA = Path(__file__).resolve().parent.parent / "data" / "judge_cases" / "paraphrases.jsonl"
PATTERNS = [entry for entries in GATED.values() for entry in entries]
# Words the patterns are made of, to build random clauses that do match some of them.
VOCAB = sorted({w for _, p, _ in PATTERNS for w in re.findall(r"[a-z']{3,}", p.pattern)})


def _assert_sound(clause: str) -> None:
    words = Words(clause)
    for label, pattern, gate in PATTERNS:
        if pattern.search(clause):
            assert gate.admits(words), (label, clause)


def test_gates_admit_every_paraphrase_clause_they_match() -> None:
    for line in DATA.read_text(encoding="utf-8").splitlines():
        for clause in split_clauses(own_words(json.loads(line)["text"], set())):
            _assert_sound(clause)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*VOCAB, "we", "the", "it", "not", "5", "$40", "'ll", "-"]),
                min_size=1, max_size=12))
def test_gates_admit_random_clauses_they_match(tokens: list[str]) -> None:
    _assert_sound(" ".join(tokens))


def test_gates_turn_away_unrelated_clauses() -> None:
    words = Words("The weather in Lisbon was lovely this spring")
    turned_away = sum(not gate.admits(words) for _, _, gate in PATTERNS)
    assert turned_away >= len(PATTERNS) * 0.6


def test_a_pattern_with_no_literal_is_always_run() -> None:
    gate = gate_of(re.compile(r"\d+\s*[:=]"))
    assert gate.open and gate.admits(Words("anything"))
    assert not gate_of(re.compile(r"\bpaid\b")).admits(Words("we sent it"))

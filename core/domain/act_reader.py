"""The act reader: what a customer email the lexicons could not read most likely asks for.

The rules judge reads acts from phrase lexicons and frames; an email whose words it cannot
account for goes to a person (the fail-safe, `evidence.read_case`). Those emails are not all
alike: most are a complaint, a payment claim, a dated promise or a plan request in words no
lexicon holds. This reader weighs the email's words and word pairs with a linear model
(multinomial logistic regression) trained on the judge's development corpora by
`tests/data/judge_cases/train_act_reader.py`, and says which of those acts it reads, with a
probability.

It only *classifies*. `unread_acts` decides what a guess may change, in code: a complaint or
payment-claim guess names the dispute of a case that goes to a person anyway (its outcome,
never its route); a plan or promise guess changes nothing (docs/judgment.md, "judge19", says
why). No external dependency: inference is a dot product over a few hundred features, and
the weights are a JSON file shipped with the package (scikit-learn would add 30 MB to run
one).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

# The acts the model tells apart; "person" is an email that needs a person whatever it asks
# (an unclear request, a status question, a mixed message).
COMPLAINT = "complaint"
PAID = "paid"
PROMISE = "promise"
PLAN = "plan"
BENIGN = "benign"
PERSON = "person"
ACTS = (COMPLAINT, PAID, PROMISE, PLAN, BENIGN, PERSON)

_WEIGHTS = "act_weights.json"

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+|[€$£?]")
_MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec"))
_WEEKDAYS = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"))


def _token(word: str) -> str:
    # A day, a month or a number stands for its kind: "the 18th", "Fri 18 Dec" and
    # "2026-12-18" weigh the same in a promise, whichever day it names.
    if word.isdigit():
        return "<n>"
    if word in _WEEKDAYS:
        return "<wday>"
    if word in _MONTHS and word != "may":
        return "<month>"
    return word


def features(text: str) -> dict[str, float]:
    """Unigrams and bigrams of the text, L2-normalised counts."""
    tokens = [_token(w) for w in _TOKEN.findall(text.lower())]
    counts: Counter[str] = Counter(tokens)
    counts.update(f"{a} {b}" for a, b in pairwise(tokens))
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


@dataclass(frozen=True)
class ActGuess:
    """The reader's guess for one email: each act's probability."""

    probabilities: dict[str, float]

    @property
    def act(self) -> str:
        """The most likely act."""
        return max(ACTS, key=lambda a: self.probabilities.get(a, 0.0))

    def p(self, *acts: str) -> float:
        """The probability that the email is one of `acts`."""
        return sum(self.probabilities.get(a, 0.0) for a in acts)


class ActReader:
    """A linear model over `features`: one weight vector and bias per act."""

    def __init__(self, weights: Mapping[str, Sequence[float]], bias: Sequence[float]) -> None:
        if len(bias) != len(ACTS) or any(len(w) != len(ACTS) for w in weights.values()):
            raise ValueError(f"act weights: expected {len(ACTS)} values per feature")
        self._weights = weights
        self._bias = bias
        # A customer's emails come with every one of its invoices' cases: read each once.
        self._cached = lru_cache(maxsize=8_192)(self._read)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ActReader:
        """From the training script's JSON (`acts`, `bias`, `weights`)."""
        if list(data.get("acts", ())) != list(ACTS):
            raise ValueError(f"act weights: acts must be {list(ACTS)}")
        return cls({str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()},
                   [float(x) for x in data["bias"]])

    def read(self, text: str) -> ActGuess:
        """The probability of each act for `text` (softmax over the linear scores)."""
        return self._cached(text)

    def _read(self, text: str) -> ActGuess:
        scores = [float(b) for b in self._bias]
        for feature, value in features(text).items():
            row = self._weights.get(feature)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return ActGuess({a: e / total for a, e in zip(ACTS, exps, strict=True)})


@cache
def shipped_reader() -> ActReader:
    """The reader trained on the development corpora, shipped as package data."""
    raw = resources.files("core.domain").joinpath(_WEIGHTS).read_text(encoding="utf-8")
    return ActReader.from_json(json.loads(raw))

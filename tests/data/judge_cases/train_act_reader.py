"""Train the act reader (core/domain/act_reader.py) on the development corpora.

    python tests/data/judge_cases/train_act_reader.py   # rewrites core/domain/act_weights.json

Each training example is the one recent customer email of a case (its own words and subject,
as the judge reads them), labelled by the case's expected answer and class tag:

- complaint / paid: a `complaint` or `paid_claim` case expected as likely_dispute (a `mixed`
  one too: a complaint beside a promise, a dispute under a negation that does not hold);
- promise: a `promise` case expected to hold (route none);
- plan: a `hardship` or `mixed` case expected as a payment-plan draft;
- benign: a `benign`, `routine`, `unread` or `mixed` case whose first answer is a routine draft
  and that accepts neither a dispute nor a plan;
- person: a case expected as high_touch_escalation for what its email says (no hard stop,
  under the high-touch days).

Cases with no recent email, or two, and every other label are left out. Training is
deterministic (fixed seed, fixed order of sets), so the weights file is rewritten byte for
byte. Held-out sets are never listed here: a set is added only once it is opened for
development.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from core.domain.act_reader import ACTS, features  # noqa: E402
from core.domain.case import CaseBundle  # noqa: E402
from core.domain.evidence import (  # noqa: E402
    act_text,
    email_words,
    evidence_messages,
    our_addresses,
)
from core.domain.policy import Policy  # noqa: E402
from core.domain.triage import unread_since  # noqa: E402

CORPUS = Path(__file__).resolve().parent
OUT = ROOT / "core" / "domain" / "act_weights.json"
# Development sets only (docs/judgment.md); the current held-out set is never listed.
TRAIN_SETS = (
    "dev", "probe_a", "probe_b", "probe_c", "probe_d", "probe_e", "probe_f", "test_a", "test_b",
    "test_c", "testd", "teste", "testf", "testg", "testh", "testi", "probe_g", "probe_h",
    "probe_i", "probe_j", "probe_k", "probe_l", "probe_m", "probe_n", "probe_o", "probe_p",
    "probe_q", "testj", "testk", "testl", "testm", "testn", "testo",
)
SEED, EPOCHS, RATE, DECAY, L2 = 20261204, 12, 0.5, 0.9, 1e-5
MIN_DOCS = 2  # a feature seen in fewer training emails is dropped


def recent_emails(case: CaseBundle, policy: Policy) -> list[str]:
    """The customer's emails the judge must read (subject and own words), oldest first."""
    since = unread_since(case, policy)
    ours = our_addresses(case)
    # the same text the judge hands the reader for an unread email (`Unread.body`)
    return [act_text(m, email_words(m, ours)) for m in evidence_messages(case)
            if m.from_customer and (m.day is None or m.day >= since)]


def label(expected: dict[str, Any], days: int | None) -> str | None:
    """The act a case's expected answer says its one email is, or None to leave it out."""
    klass, route, outcome = expected.get("class"), expected["route"], expected["outcome"]
    first_route, first_outcome, stop = route[0], outcome[0], expected.get("hard_stop")
    if first_outcome == "likely_dispute" and stop is None and klass in ("complaint", "mixed"):
        return "complaint"
    if klass == "paid_claim" and first_outcome == "likely_dispute":
        return "paid"
    if klass == "promise" and first_route == "none":
        return "promise"
    if klass in ("hardship", "mixed") and first_outcome == "payment_plan_candidate" and (
            first_route == "draft_for_approval"):
        return "plan"
    if klass in ("benign", "routine", "mixed", "unread") and first_route != "none" and (
            first_outcome == "routine_reminder" and "likely_dispute" not in outcome
            and "payment_plan_candidate" not in outcome):
        return "benign"
    if (first_route, first_outcome) == ("escalate_to_human", "high_touch_escalation") and (
            stop is None and (days or 0) < 60 and klass in (
                "unread", "injection", "mixed", "benign", "routine", "promise", "hardship")):
        return "person"
    return None


def examples(sets: Iterable[str], policy: Policy | None = None) -> Iterator[tuple[str, str, str]]:
    """(set, email text, act) for every labelled case of `sets`."""
    policy = policy or Policy()
    for name in sets:
        folder = CORPUS / name
        rows = [json.loads(x) for x in (folder / "expected.jsonl").read_text(
            encoding="utf-8").splitlines() if x.strip()]
        expected = {r["id"]: r for r in rows}
        for line in (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = CaseBundle(json.loads(line))
            emails = recent_emails(case, policy)
            act = label(expected[case.id], case.days_past_due()) if len(emails) == 1 else None
            if act is not None:
                yield name, emails[0], act


def train(data: list[tuple[dict[str, float], str]]) -> dict[str, Any]:
    """Softmax regression by stochastic gradient descent (fixed seed): the weights JSON."""
    n = len(ACTS)
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * n)
    bias = [0.0] * n
    order = list(range(len(data)))
    rng, rate = random.Random(SEED), RATE
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            x, y = data[i]
            scores = list(bias)
            for k, v in x.items():
                row = weights[k]
                for j in range(n):
                    scores[j] += row[j] * v
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for j, act in enumerate(ACTS):
                grad = exps[j] / total - (1.0 if act == y else 0.0)
                bias[j] -= rate * grad
                for k, v in x.items():
                    row = weights[k]
                    row[j] -= rate * (grad * v + L2 * row[j])
        rate *= DECAY
    docs: Counter[str] = Counter(k for x, _ in data for k in x)
    kept = {k: [round(w, 4) for w in row] for k, row in sorted(weights.items())
            if docs[k] >= MIN_DOCS and any(abs(w) >= 1e-4 for w in row)}
    return {"acts": list(ACTS), "bias": [round(b, 4) for b in bias], "weights": kept,
            "trained_on": {"examples": len(data), "by_act": dict(sorted(Counter(
                y for _, y in data).items()))}}


def main() -> None:
    data = [(features(text), act) for _, text, act in examples(TRAIN_SETS)]
    model = train(data)
    model["trained_on"]["sets"] = list(TRAIN_SETS)
    OUT.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(json.dumps({"out": str(OUT.relative_to(ROOT)), "examples": len(data),
                      "features": len(model["weights"]), **model["trained_on"]["by_act"]}))


if __name__ == "__main__":
    main()

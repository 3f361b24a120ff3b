"""Triage with a language-model classifier: rules first, the model's suggestion merged in code."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Protocol, TextIO

from core.domain.case import CaseBundle
from core.domain.decision import Decision
from core.domain.model_judgment import (
    ModelCredentialsError,
    ModelJudgeError,
    ModelReply,
    ModelUnavailableError,
    ModelUsage,
    actionable,
    merge,
)
from core.domain.model_pricing import PRICES_AS_OF, cost_usd
from core.domain.policy import Policy
from core.domain.triage import Judgment, decide
from core.ports import DraftRenderer
from core.services.triage import TriageRun, render_decision


class Classifier(Protocol):
    """A model that classifies a case (core.adapters.llm.ClaudeClassifier, or a test fake)."""

    model: str
    prompt_version: str

    def classify(self, case: CaseBundle) -> ModelReply: ...


# The few words a card shows for a fallback, by what the failure's message says (its first
# match; core.adapters.llm words them).
_FALLBACK_NOTES = (
    ("timed out", "Claude timed out"),
    ("unavailable", "Claude was unavailable"),
    ("refused the key", "Claude refused the API key"),
    ("rejected", "Claude's answer was rejected"),
    ("refused", "Claude refused the request"),
)


@dataclass(frozen=True)
class ModelJudgeRecord:
    """How the model took part in one case's judgment, and what it cost: the audit fields."""

    case_id: str
    model: str
    prompt_version: str
    status: str  # "classified", "fallback" (the rules judge decided) or "not_consulted"
    usage: ModelUsage | None = None
    problem: str | None = None  # why it fell back; never the model's or customer's text

    @property
    def fallback_note(self) -> str | None:
        """What a card says of a fallback, in a few words ("Claude timed out"); None otherwise."""
        if self.status != "fallback":
            return None
        problem = (self.problem or "").casefold()
        for words, note in _FALLBACK_NOTES:
            if words in problem:
                return note
        return "Claude could not be used"

    def audit_data(self) -> dict[str, object]:
        """The fields the triage's audit entry carries (plain JSON types)."""
        u = self.usage
        cost = cost_usd(u) if u is not None else None
        return {
            "judge": "claude", "model": self.model, "prompt_version": self.prompt_version,
            "judge_status": self.status, "fallback_reason": self.problem,
            "input_tokens": u.input_tokens if u else 0,
            "output_tokens": u.output_tokens if u else 0,
            "cache_creation_input_tokens": u.cache_creation_input_tokens if u else 0,
            "cache_read_input_tokens": u.cache_read_input_tokens if u else 0,
            "cache_hit": bool(u and u.cache_hit),
            "cost_usd": None if cost is None else str(cost),
            "prices_as_of": PRICES_AS_OF,
        }


def claude_judgment(
    case: CaseBundle, policy: Policy, classifier: Classifier
) -> tuple[Judgment, str, ModelJudgeRecord]:
    """The rules' judgment with the model's classification merged in: (judgment, the summary's
    judge note, the record). Raises ModelCredentialsError when the API refuses the key; any
    other model failure falls back to the rules judgment, and its reasons say so."""
    rules = decide(case, policy)
    judge = f"{classifier.model} (prompt {classifier.prompt_version})"
    record = ModelJudgeRecord(case.id, classifier.model, classifier.prompt_version,
                              "not_consulted")
    if not actionable(case, policy):  # paid or not yet past due: no model can change that
        return rules, f"Judge: rules only; {judge} not consulted (nothing to collect).", record
    try:
        reply = classifier.classify(case)
    except (ModelJudgeError, ModelUnavailableError) as exc:
        judgment = replace(rules, reasons=(
            *rules.reasons, f"model: {classifier.model} not used ({exc}); decided by the "
                            f"rules judge"))
        record = replace(record, status="fallback", problem=str(exc),
                         usage=getattr(exc, "usage", None))
        return judgment, f"Judge: rules fallback; {judge} failed ({exc}).", record
    note = f"Judge: {judge} classified; hard stops, cadence and routing were enforced in code."
    record = replace(record, status="classified", usage=reply.usage)
    return merge(rules, reply.classification, case, policy), note, record


def live_judgment(
    case: CaseBundle, policy: Policy, classifier: Classifier
) -> tuple[Judgment, str, ModelJudgeRecord]:
    """claude_judgment for the live scan: a refused key falls back to the rules too (the scan
    must still judge every invoice; the card and the audit entry say why)."""
    try:
        return claude_judgment(case, policy, classifier)
    except ModelCredentialsError:
        problem = "the Anthropic API refused the key (ANTHROPIC_API_KEY)"
        rules = decide(case, policy)
        judgment = replace(rules, reasons=(
            *rules.reasons, f"model: {classifier.model} not used ({problem}); decided by the "
                            f"rules judge"))
        record = ModelJudgeRecord(case.id, classifier.model, classifier.prompt_version,
                                  "fallback", problem=problem)
        return judgment, f"Judge: rules fallback; {classifier.model} failed ({problem}).", record


def judged_decision(
    case: CaseBundle, judgment: Judgment, note: str, policy: Policy, renderer: DraftRenderer
) -> Decision:
    """Render a model-judge judgment, its judge note appended to the summary."""
    # The draft is rendered from our templates, never from the model's draft suggestion:
    # customer wording comes from editable, reviewed templates, and model text is untrusted
    # output that could carry a customer's injected instructions through to the email.
    decision = render_decision(case, judgment, policy, renderer)
    summary = f"{decision.summary}\n{note}" if decision.summary else note
    return decision.model_copy(update={"summary": summary})


def claude_judge_case(
    raw: dict[str, Any], policy: Policy, renderer: DraftRenderer, classifier: Classifier
) -> tuple[Decision, ModelJudgeRecord]:
    """Judge one raw case bundle with the rules, merge the model's classification, render.

    Returns a validated Decision and the model's part in it. Raises ValueError on a bad
    bundle and ModelCredentialsError when the API refuses the key; any other model failure
    (timeout, overload, refusal, an answer cut off or failing validation) falls back to the
    rules judgment, and the decision's reasons and summary say so.
    """
    case = CaseBundle(raw)
    judgment, note, record = claude_judgment(case, policy, classifier)
    return judged_decision(case, judgment, note, policy, renderer), record


def claude_triage_case(
    raw: dict[str, Any], policy: Policy, renderer: DraftRenderer, classifier: Classifier
) -> Decision:
    """The decision of claude_judge_case, without its record."""
    return claude_judge_case(raw, policy, renderer, classifier)[0]


class ClaudeTriageRun(TriageRun):
    """TriageRun with the model judge: same one-line-in, one-line-out contract and errors.

    `records` keeps each judged case's ModelJudgeRecord, in order (qbot eval reads them)."""

    def __init__(self, policy: Policy, renderer: DraftRenderer, classifier: Classifier,
                 errors: TextIO | None = None) -> None:
        super().__init__(policy, renderer, errors)
        self.classifier = classifier
        self.records: list[ModelJudgeRecord] = []

    def judge(self, raw: dict[str, Any]) -> Decision:
        """Decide with the model judge; ModelCredentialsError propagates (every line would fail)."""
        decision, record = claude_judge_case(raw, self.policy, self.renderer, self.classifier)
        self.records.append(record)
        return decision


@dataclass(frozen=True)
class TokenFigures:
    """What a batch of model-judged cases consumed, for `qbot eval --judge claude`."""

    cases: int
    calls: int  # cases the model answered (a fallback after an answer counts)
    fallbacks: int
    mean_input_tokens: float  # the uncached part of the prompt: the case itself
    mean_prompt_tokens: float  # every input token, cached or not
    mean_output_tokens: float
    mean_raw_json_tokens: float | None  # the same bundles as raw QuickBooks JSON (if counted)
    cache_hits: int
    cache_writes: int
    cost_usd_per_case: float | None  # None when a model has no list price

    @property
    def raw_ratio(self) -> float | None:
        """How many times larger the raw JSON is than what qbot sends for the case."""
        if self.mean_raw_json_tokens is None or not self.mean_input_tokens:
            return None
        return self.mean_raw_json_tokens / self.mean_input_tokens

    @property
    def cache_hit_rate(self) -> float | None:
        return self.cache_hits / self.calls if self.calls else None


def token_figures(records: list[ModelJudgeRecord], raw_json_tokens: list[int]) -> TokenFigures:
    """Means over the cases the model was called for (not consulted ones cost nothing)."""
    used = [r.usage for r in records if r.usage is not None]
    n = len(used) or 1
    costs = [cost_usd(u) for u in used]
    known = [c for c in costs if c is not None]
    return TokenFigures(
        cases=len(records), calls=len(used),
        fallbacks=sum(r.status == "fallback" for r in records),
        mean_input_tokens=sum(u.input_tokens for u in used) / n,
        mean_prompt_tokens=sum(u.prompt_tokens for u in used) / n,
        mean_output_tokens=sum(u.output_tokens for u in used) / n,
        mean_raw_json_tokens=(sum(raw_json_tokens) / len(raw_json_tokens) if raw_json_tokens
                              else None),
        cache_hits=sum(u.cache_hit for u in used),
        cache_writes=sum(u.cache_creation_input_tokens > 0 for u in used),
        cost_usd_per_case=(float(sum(known)) / n if used and len(known) == len(costs)
                           else None),
    )

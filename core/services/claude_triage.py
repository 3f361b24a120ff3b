"""Triage with a language-model classifier: rules first, the model's suggestion merged in code."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol, TextIO

from core.domain.case import CaseBundle
from core.domain.decision import Decision
from core.domain.model_judgment import (
    ModelClassification,
    ModelJudgeError,
    ModelUnavailableError,
    actionable,
    merge,
)
from core.domain.policy import Policy
from core.domain.triage import decide
from core.ports import DraftRenderer
from core.services.triage import TriageRun, render_decision


class Classifier(Protocol):
    """A model that classifies a case (core.adapters.llm.ClaudeClassifier, or a test fake)."""

    model: str
    prompt_version: str

    def classify(self, case: CaseBundle) -> ModelClassification: ...


def claude_triage_case(
    raw: dict[str, Any], policy: Policy, renderer: DraftRenderer, classifier: Classifier
) -> Decision:
    """Judge one raw case bundle with the rules, merge the model's classification, render.

    Returns a validated Decision. Raises ValueError on a bad bundle and ModelCredentialsError
    when the API refuses the key; any other model failure falls back to the rules judgment
    with a reason saying so.
    """
    case = CaseBundle(raw)
    rules = decide(case, policy)
    judge = f"{classifier.model} (prompt {classifier.prompt_version})"
    if not actionable(case, policy):  # paid or not yet past due: no model can change that
        judgment, note = rules, f"Judge: rules only; {judge} not consulted (nothing to collect)."
    else:
        try:
            judgment = merge(rules, classifier.classify(case), case, policy)
            note = (f"Judge: {judge} classified; hard stops, cadence and routing were "
                    f"enforced in code.")
        except (ModelJudgeError, ModelUnavailableError) as exc:
            judgment = replace(rules, reasons=(
                *rules.reasons, f"model: {classifier.model} not used ({exc}); decided by the "
                                f"rules judge"))
            note = f"Judge: rules fallback; {judge} failed ({exc})."
    # The draft is rendered from our templates, never from the model's draft suggestion:
    # customer wording comes from editable, reviewed templates, and model text is untrusted
    # output that could carry a customer's injected instructions through to the email.
    decision = render_decision(case, judgment, policy, renderer)
    summary = f"{decision.summary}\n{note}" if decision.summary else note
    return decision.model_copy(update={"summary": summary})


class ClaudeTriageRun(TriageRun):
    """TriageRun with the model judge: same one-line-in, one-line-out contract and errors."""

    def __init__(self, policy: Policy, renderer: DraftRenderer, classifier: Classifier,
                 errors: TextIO | None = None) -> None:
        super().__init__(policy, renderer, errors)
        self.classifier = classifier

    def judge(self, raw: dict[str, Any]) -> Decision:
        """Decide with the model judge; ModelCredentialsError propagates (every line would fail)."""
        return claude_triage_case(raw, self.policy, self.renderer, self.classifier)

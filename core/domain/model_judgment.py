"""Merge a language model's classification into the rules judgment; code keeps every safety rule.

The model may only (a) *upgrade* a case the rules would draft or hold back for cadence to a
higher-precedence outcome (likely_dispute, high_touch_escalation, payment_plan_candidate) when
it quotes supporting evidence that really appears in the case's emails or notes (for a plan:
in the customer's own emails), and (b) add
reasons labelled "model: …". Hard stops, cadence, promises and routing stay the rules judge's:
a model can never make a draft appear where the rules route to escalate_to_human or none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from core.domain.case import CaseBundle, Message
from core.domain.decision import Outcome, Route
from core.domain.evidence import evidence_messages, shorten
from core.domain.evidence_lexicon import Kind
from core.domain.policy import Policy
from core.domain.triage import DraftKind, Judgment
from core.errors import ConfigurationError, FatalError, RetryableError

# Below this the model's upgrade is only reported, never applied.
MIN_UPGRADE_CONFIDENCE = 0.5
# A quote shorter than this would match almost any text, so it proves nothing.
MIN_QUOTE_CHARS = 8
_MAX_MODEL_REASONS = 3

# Higher number = higher precedence in SPEC step 3; an upgrade must move up.
_RANK = {
    Outcome.NO_ACTION: 0,
    Outcome.ROUTINE_REMINDER: 1,
    Outcome.PAYMENT_PLAN_CANDIDATE: 2,
    Outcome.HIGH_TOUCH_ESCALATION: 3,
    Outcome.LIKELY_DISPUTE: 4,
}
# Which evidence kinds can justify each upgrade.
_SUPPORT = {
    Outcome.LIKELY_DISPUTE: {Kind.DISPUTE, Kind.PAID},  # SPEC: "or says it has already paid"
    Outcome.HIGH_TOUCH_ESCALATION: {Kind.LEGAL, Kind.NO_CONTACT, Kind.INSTRUCTION, Kind.DISPUTE,
                                    Kind.PAID},
    Outcome.PAYMENT_PLAN_CANDIDATE: {Kind.HARDSHIP},
}
_ESCALATIONS = {Outcome.LIKELY_DISPUTE, Outcome.HIGH_TOUCH_ESCALATION}


@dataclass(frozen=True)
class ModelUsage:
    """What one model call consumed, as the API's `usage` reports it (tokens)."""

    model: str
    input_tokens: int = 0  # after the last cache breakpoint: the case itself
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0

    @property
    def prompt_tokens(self) -> int:
        """Every input token of the call, cached or not."""
        return self.input_tokens + self.cache_creation_input_tokens + self.cache_read_input_tokens

    @property
    def cache_hit(self) -> bool:
        return self.cache_read_input_tokens > 0


class ModelJudgeError(FatalError):
    """The model's answer cannot be used for this case; the caller falls back to the rules.

    `usage` is set when the model did answer (tokens were spent on the refused answer)."""

    def __init__(self, message: str, usage: ModelUsage | None = None) -> None:
        super().__init__(message)
        self.usage = usage


class ModelOutputError(ModelJudgeError):
    """The model answered, but not with a classification that validates against the schema."""


class ModelUnavailableError(RetryableError):
    """The model API stayed overloaded, rate-limited or unreachable after the client's retries."""


class ModelCredentialsError(ConfigurationError):
    """The model API rejected the key; every case would fail the same way, so stop the run."""


class FoundEvidence(BaseModel):
    """One piece of evidence the model says it found, with a short verbatim quote."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Kind
    source: str = Field("", max_length=80, description="e.g. 'customer email 2026-11-17'")
    quote: str = Field(min_length=1, max_length=300, description="verbatim words from the data")


class ModelClassification(BaseModel):
    """What the model may say about a case: a suggestion, validated, never a decision."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    outcome: Outcome
    evidence: list[FoundEvidence] = Field(default_factory=list, max_length=12)
    promise_date: date | None = None
    draft_subject: str | None = Field(None, max_length=250)
    draft_body: str | None = Field(None, max_length=4000)
    confidence: float = Field(ge=0.0, le=1.0)


@dataclass(frozen=True)
class ModelReply:
    """A validated classification and what it cost."""

    classification: ModelClassification
    usage: ModelUsage


def inert(text: str, limit: int = 160) -> str:
    """Model text made safe to show: one line, capped, with no `<…>` (Slack's `<!channel>`)."""
    return shorten(text, limit).replace("<", "‹").replace(">", "›")


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


def _pieces(quote: str) -> list[str]:
    # A model may shorten a clause with an ellipsis; each remaining piece must be verbatim.
    pieces = [p.strip(" '\"") for p in re.split(r"…|\.\.\.", _normalise(quote))]
    return [p for p in pieces if p]


def _quoted_in(item: FoundEvidence, texts: list[str]) -> bool:
    pieces = _pieces(item.quote)
    return bool(pieces) and sum(map(len, pieces)) >= MIN_QUOTE_CHARS and any(
        all(p in text for p in pieces) for text in texts
    )


def _texts(messages: list[Message]) -> list[str]:
    return [_normalise(f"{m.subject}\n{m.text}") for m in messages]


def verified_evidence(
    model: ModelClassification, case: CaseBundle
) -> tuple[list[FoundEvidence], list[FoundEvidence]]:
    """Split the model's evidence into (quoted verbatim from the case, not found there)."""
    # The same texts the rules' evidence finder reads: never our own emails.
    texts = _texts(evidence_messages(case))
    found: list[FoundEvidence] = []
    missing: list[FoundEvidence] = []
    for item in model.evidence:
        (found if _quoted_in(item, texts) else missing).append(item)
    return found, missing


def _customer_asked(verified: list[FoundEvidence], case: CaseBundle) -> bool:
    """A hardship quote from the customer's own emails (SPEC: "the customer asks …").

    Code can check that a quote is verbatim, not that the model labelled it truthfully; an
    upgrade away from a routine draft therefore needs the customer's words, so text planted
    in a memo, a record or a note cannot turn a reminder into a plan through the model."""
    texts = _texts([m for m in case.messages() if m.source == "customer email"])
    return any(e.kind is Kind.HARDSHIP and _quoted_in(e, texts) for e in verified)


def actionable(case: CaseBundle, policy: Policy) -> bool:
    """False for SPEC step 1 (paid, voided, not yet past due): nothing a model can change."""
    days = case.days_past_due()
    return case.balance > 0 and (days is None or days >= policy.min_days_past_due)


def _upgrade_to(
    rules: Judgment, model: ModelClassification, verified: list[FoundEvidence],
    case: CaseBundle, policy: Policy,
) -> Outcome | None:
    """The outcome the model may move this case to, or None when the rules' outcome stands."""
    target = model.outcome
    if rules.hard_stop is not None or rules.route is Route.ESCALATE_TO_HUMAN:
        return None  # never downgrade or reshape an escalation or a hard stop
    if not actionable(case, policy) or model.confidence < MIN_UPGRADE_CONFIDENCE:
        return None
    if target not in _SUPPORT or not any(e.kind in _SUPPORT[target] for e in verified):
        return None
    if rules.route is Route.NONE:
        # Cadence and promises gate drafts only; escalations surface whatever the cadence.
        return target if target in _ESCALATIONS else None
    if target is Outcome.PAYMENT_PLAN_CANDIDATE and not _customer_asked(verified, case):
        return None
    return target if _RANK[target] > _RANK[rules.outcome] else None


def merge(
    rules: Judgment, model: ModelClassification, case: CaseBundle, policy: Policy
) -> Judgment:
    """Return the rules judgment, upgraded only where the model's quoted evidence allows it.

    Invariants (property-tested): the hard stop is always the rules'; the route is
    draft_for_approval only when the rules' route is; an escalation is never downgraded.
    """
    verified, unverified = verified_evidence(model, case)
    reasons = list(rules.reasons)
    reasons.append(f"model: classified as {model.outcome.value} "
                   f"(confidence {model.confidence:.2f})")
    reasons.extend(
        f"model: {e.kind.value} in {inert(e.source, 40) or 'the case'}: '{inert(e.quote, 100)}'"
        for e in verified[:_MAX_MODEL_REASONS]
    )
    if unverified:
        reasons.append(f"model: {len(unverified)} quote(s) not found verbatim in the case's "
                       f"emails or notes; ignored")
    target = _upgrade_to(rules, model, verified, case, policy)
    if target is None:
        if model.outcome is not rules.outcome:
            reasons.append(f"model: suggested {model.outcome.value}; kept {rules.outcome.value} "
                           f"(hard stops, cadence and routing are decided in code)")
        return replace(rules, reasons=tuple(reasons))
    reasons.append(f"model: upgraded {rules.outcome.value} to {target.value} on quoted evidence")
    if target in _ESCALATIONS:
        return replace(rules, route=Route.ESCALATE_TO_HUMAN, outcome=target, draft_kind=None,
                       reasons=tuple(reasons))
    # Only a routine draft reaches here (rank check): it becomes a payment-plan draft.
    return replace(rules, outcome=target, draft_kind=DraftKind.PAYMENT_PLAN,
                   reasons=tuple(reasons))

"""The triage decision: what should happen to one overdue invoice (SPEC 'Case bundles')."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Route(StrEnum):
    """Where a case goes next."""

    DRAFT_FOR_APPROVAL = "draft_for_approval"
    ESCALATE_TO_HUMAN = "escalate_to_human"
    NONE = "none"


class Outcome(StrEnum):
    """What kind of case this is."""

    ROUTINE_REMINDER = "routine_reminder"
    LIKELY_DISPUTE = "likely_dispute"
    PAYMENT_PLAN_CANDIDATE = "payment_plan_candidate"
    HIGH_TOUCH_ESCALATION = "high_touch_escalation"
    NO_ACTION = "no_action"


class HardStop(StrEnum):
    """Conditions under which the bot must never draft to the customer (SPEC order)."""

    LEGAL_HOLD = "legal_hold"
    OPEN_DISPUTE = "open_dispute"
    OVER_RISK_THRESHOLD = "over_risk_threshold"
    UNAPPLIED_CREDIT = "unapplied_credit"
    MISSING_CONTEXT = "missing_context"


class Draft(BaseModel):
    """A customer message awaiting a human's approval."""

    model_config = ConfigDict(frozen=True)

    subject: str = Field(min_length=1, max_length=250)
    body: str = Field(min_length=1, max_length=20_000)


class Decision(BaseModel):
    """One line of `qbot triage` output; validated so a model's output can be checked too."""

    model_config = ConfigDict(frozen=True)

    id: str
    route: Route
    outcome: Outcome
    hard_stop: HardStop | None = None
    reasons: list[str] = Field(default_factory=list)
    draft: Draft | None = None
    summary: str | None = None

    def to_json_dict(self) -> dict[str, object]:
        """Return the SPEC decision object (plain JSON types)."""
        return self.model_dump(mode="json")

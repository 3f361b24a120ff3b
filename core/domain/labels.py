"""Words a finance person reads for a decision: outcomes, routes and hard stops, never enum values.

Every surface (the card, the internal summary, the demo table, the CLI) names a decision through
these functions, so a hard-stop case never reads as "Routine reminder" in one place and
"Needs a person" in another.
"""

from __future__ import annotations

from core.domain.approval import ApprovalState
from core.domain.decision import HardStop, Outcome, Route

OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.ROUTINE_REMINDER: "Routine reminder",
    Outcome.LIKELY_DISPUTE: "Likely dispute",
    Outcome.PAYMENT_PLAN_CANDIDATE: "Payment plan candidate",
    Outcome.HIGH_TOUCH_ESCALATION: "High-touch escalation",
    Outcome.NO_ACTION: "No action",
}

ROUTE_LABELS: dict[Route, str] = {
    Route.DRAFT_FOR_APPROVAL: "a draft awaits approval",
    Route.ESCALATE_TO_HUMAN: "a person must look; nothing was drafted",
    Route.NONE: "nothing to do now",
}

HARD_STOP_LABELS: dict[HardStop, str] = {
    HardStop.LEGAL_HOLD: "Legal hold",
    HardStop.OPEN_DISPUTE: "Open dispute",
    HardStop.OVER_RISK_THRESHOLD: "Over the risk threshold",
    HardStop.UNAPPLIED_CREDIT: "Unapplied credit to apply",
    HardStop.MISSING_CONTEXT: "Missing email or due date",
}

NEEDS_A_PERSON = "Needs a person"

STATE_LABELS: dict[ApprovalState, str] = {
    ApprovalState.PROPOSED: "awaiting approval",
    ApprovalState.APPROVED: "approved",
    ApprovalState.EDITED: "edited and approved",
    ApprovalState.REJECTED: "rejected",
    ApprovalState.EXPIRED: "expired",
    ApprovalState.SUPERSEDED: "superseded",
    ApprovalState.SENDING: "sending",
    ApprovalState.DONE: "sent",
    ApprovalState.FAILED: "sending failed",
    ApprovalState.SNOOZED: "snoozed",
    ApprovalState.RESOLVED: "resolved",
}


def decision_label(outcome: Outcome, hard_stop: HardStop | None) -> str:
    """Return the headline of a decision: the hard stop when one applies, else the outcome.

    A hard stop outranks the outcome: SPEC lets `missing_context` or `unapplied_credit` carry
    outcome `routine_reminder`, but no reminder goes out, so the words must not say one does.
    """
    if hard_stop is not None:
        return f"{NEEDS_A_PERSON} · {HARD_STOP_LABELS[hard_stop]}"
    return OUTCOME_LABELS[outcome]


def aging_phrase(days_past_due: int | None, stage: int | None) -> str:
    """Return "12 days past due (follow-up stage 7)", or "no due date" when there is none."""
    if days_past_due is None:
        return "no due date"
    if days_past_due < 1:
        text = "not yet due" if days_past_due < 0 else "due today"
    else:
        text = f"{days_past_due} day{'s' if days_past_due != 1 else ''} past due"
    if stage:
        text += f" (follow-up stage {stage})"
    return text


def state_label(state: ApprovalState, *, drafted: bool) -> str:
    """Return where a case stands; a pending case with no draft waits for a person."""
    if state is ApprovalState.PROPOSED and not drafted:
        return "needs a person"
    return STATE_LABELS[state]

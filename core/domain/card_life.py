"""The rules of a case card's life besides approve/edit/reject (no I/O): snoozing until a
date, what resolving an escalation records, when "Draft a reminder anyway" is allowed, and
which cards are stale enough to nudge."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from core.domain.decision import HardStop, Outcome, Route

# Escalations whose resolution changes what the judge decides: an open dispute, and a
# customer's "we already paid" that a person checked (the judge's likely_dispute).
REJUDGED_STOPS = frozenset({HardStop.OPEN_DISPUTE})
REJUDGED_OUTCOMES = frozenset({Outcome.LIKELY_DISPUTE})


def snooze_problem(until: date | None, today: date, max_days: int) -> str | None:
    """Why `until` cannot be a snooze date (None: it can). `today` is the company's date."""
    if until is None:
        return "Pick the date the case should come back on."
    if until <= today:
        return f"Pick a date after today ({today.isoformat()}): the case comes back that day."
    if until > today + timedelta(days=max_days):
        latest = (today + timedelta(days=max_days)).isoformat()
        return f"Snooze at most {max_days} days, until {latest} at the latest."
    return None


def is_escalation(route: Route) -> bool:
    """Escalation and hard-stop cards: a person must look, nothing was drafted."""
    return route is Route.ESCALATE_TO_HUMAN


def rejudged_on_resolution(hard_stop: HardStop | None, outcome: Outcome) -> bool:
    """Whether resolving this escalation is news for the judge (a dispute, a paid claim)."""
    return hard_stop in REJUDGED_STOPS or (hard_stop is None and outcome in REJUDGED_OUTCOMES)


def resolution_record(hard_stop: HardStop | None, outcome: Outcome, note: str) -> str:
    """The note qbot keeps for the judge when a dispute or a paid claim is resolved.

    Worded the way the judge reads a resolution ("the dispute has been resolved"), later
    than the dispute it resolves, with the person's own words after it.
    """
    what = "dispute" if hard_stop is HardStop.OPEN_DISPUTE else "payment query"
    return f"The {what} has been resolved, checked in Slack: {note.strip()}"


def draft_anyway_refusal(route: Route, hard_stop: HardStop | None,
                         send_to: str | None) -> str | None:
    """Why no reminder may be drafted for this case at all (None: it may, by an allowed role)."""
    if not is_escalation(route):
        return "This card already has a draft; approve, edit or reject it."
    if hard_stop is HardStop.LEGAL_HOLD:
        return "A case under legal hold is never written to from qbot, whoever asks."
    if not send_to:
        return "The customer has no email address on file, so there is nobody to write to."
    return None


def stale_since(now: datetime, hours: int) -> datetime | None:
    """Cards created before this moment are stale (None: the policy never nudges)."""
    return None if hours <= 0 else now - timedelta(hours=hours)

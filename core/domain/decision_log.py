"""A case's decision log in words: who did what, when, and what was written back.

Built from the audit rows of one action (never from counters), for the card's thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

QBOT = "qbot"


@dataclass(frozen=True)
class LogLine:
    """One step of a case: when, by whom (a Slack user id; None for qbot itself), what."""

    at: datetime
    by: str | None
    what: str


@dataclass(frozen=True)
class AuditFact:
    """The parts of an audit row the log reads."""

    at: datetime
    kind: str
    actor: str
    data: Mapping[str, Any]


def _text(data: Mapping[str, Any], key: str, limit: int = 300) -> str:
    value = str(data.get(key) or "").strip()
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _written_back(data: Mapping[str, Any]) -> str:
    status = _text(data, "collections_status", 100)
    line = _text(data, "private_note_line")
    said = f'note "{line}"' if line else "a note"
    return f"Written back to QuickBooks: {said}" + (
        f', Collections Status "{status}"' if status else ""
    )


_WORDS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "case.proposed": lambda d: "Card posted for a decision",
    "approval.approved": lambda d: "Approved as drafted",
    "approval.edited": lambda d: "Edited and approved",
    "approval.rejected": lambda d: f"Rejected: {_text(d, 'reason')}",
    "approval.superseded": lambda d: f"Withdrawn: {_text(d, 'reason')}",
    "approval.expired": lambda d: f"Expired: nobody decided it within {d.get('after_hours')} hours",
    "approval.snoozed": lambda d: f"Snoozed until {_text(d, 'until', 10)}",
    "card.woken": lambda d: f"Came back from its snooze ({_text(d, 'until', 10)}): judged again",
    "card.assigned": lambda d: f"Assigned to {_text(d, 'assignee', 32)}",
    "approval.resolved": lambda d: f"Resolved: {_text(d, 'note')}" + (
        "; judged again with the resolution known" if d.get("rejudged") else ""
    ),
    "approval.drafted_anyway": lambda d: (
        f"Reminder drafted anyway (case #{d.get('reminder_action')}), for the normal approval"
    ),
    "email.sent": lambda d: f"Reminder emailed to {_text(d, 'to', 320)}",
    "qbo.write": _written_back,
    "outbox.failed": lambda d: f"Could not be carried out: {_text(d, 'error')}",
    "outbox.in_doubt": lambda d: "Send in doubt: qbot stopped while sending",
    "outbox.resolved": lambda d: (
        "Resolved: it went out" if d.get("resolution") == "sent" else "Resolved: send it again"
    ),
}
KINDS = frozenset(_WORDS)


def log_lines(facts: Iterable[AuditFact]) -> list[LogLine]:
    """The log's lines in the order they happened (kinds a person does not need are left out)."""
    lines = [
        LogLine(at=f.at, by=None if f.actor == QBOT else f.actor, what=_WORDS[f.kind](f.data))
        for f in facts
        if f.kind in _WORDS
    ]
    return sorted(lines, key=lambda line: line.at)

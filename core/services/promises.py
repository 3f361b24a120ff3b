"""Promises to pay as the overdue scan records them: the one place that writes and reads them.

When the judge holds a reminder because the customer promised to pay by a date still ahead,
the scan's `case.no_action` audit entry carries that date as the field `promise_date`. `/qb
overdue` and the nightly digest read the field, never the reason text, whose wording is the
judge's to change. (Promises have no table of their own: the audit entry is the record.)
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

HELD_KIND = "case.no_action"
PROMISE_FIELD = "promise_date"


def promise_record(promise: date | None) -> dict[str, str]:
    """The fields a no-action entry adds for the promise it held for (none without one)."""
    return {PROMISE_FIELD: promise.isoformat()} if promise is not None else {}


def promise_day(data: Mapping[str, Any]) -> date | None:
    """The promise date an entry recorded, if any."""
    value = data.get(PROMISE_FIELD)
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:  # the audit log is ours, but an old or hand-made row must not break a reader
        return None

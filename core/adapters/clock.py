"""Clocks: the system clock for production, a fixed one for tests and replays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo


class SystemClock:
    """Aware UTC wall-clock time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that says what it is told; `advance` moves it forward."""

    at: datetime

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at = self.at + timedelta(**delta)


def company_today(now: datetime, timezone: str) -> date:
    """Return today's date in the company's timezone (follow-up stages count in local days)."""
    return now.astimezone(ZoneInfo(timezone)).date()

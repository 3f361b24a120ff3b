"""Resolve the date in a promise to pay ('25 Nov', 'next Friday', 'within two weeks') to a day."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fourteen": 14, "thirty": 30,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3,
}
_ORD = r"(?:st|nd|rd|th)?"
# A day of the month spelled out, as a letter writes it: "the twenty-fourth of December".
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]
_SPELLED = {w: i + 1 for i, w in enumerate(_UNITS)}
_SPELLED.update({w: i + 10 for i, w in enumerate(_TEENS)})
_SPELLED.update({"twentieth": 20, "thirtieth": 30})
_SPELLED.update({f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS) for sep in ("-", " ", "")})
_SPELLED.update({f"thirty{sep}first": 31 for sep in ("-", " ", "")})
_SPELLED_DAY = "(" + "|".join(sorted(map(re.escape, _SPELLED), key=len, reverse=True)) + ")"


def _end_of_month(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _near_year(month: int, day: int, ref: date) -> date | None:
    """A month/day without a year: this year, or next year if that lies well in the past."""
    found = _safe(ref.year, month, day)
    if found and found < ref - timedelta(days=60):
        found = _safe(ref.year + 1, month, day)
    return found


def _year(text: str | None, ref: date) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _iso(m: re.Match[str], ref: date) -> date | None:
    return _safe(int(m[1]), int(m[2]), int(m[3]))


def _dotted(m: re.Match[str], ref: date) -> date | None:
    """'04.12.2026' is day-first wherever dots are written."""
    return _safe(int(m[3]), int(m[2]), int(m[1]))


def _numeric(m: re.Match[str], ref: date) -> date | None:
    first, second = int(m[1]), int(m[2])
    month, day = (second, first) if first > 12 else (first, second)  # US order unless impossible
    year = _year(m[3], ref)
    return _safe(year, month, day) if year else _near_year(month, day, ref)


def _numeric_day_first(m: re.Match[str], ref: date) -> date | None:
    first, second = int(m[1]), int(m[2])
    day, month = (second, first) if second > 12 else (first, second)  # day first unless impossible
    year = _year(m[3], ref)
    return _safe(year, month, day) if year else _near_year(month, day, ref)


# Where "11/12" is the 11th of December: the countries of these home currencies write the day
# first (the United States, Canada and the Philippines write the month first).
_DAY_FIRST_CURRENCIES = frozenset({
    "GBP", "EUR", "AUD", "NZD", "ZAR", "INR", "IEP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
    "HUF", "BRL", "MXN", "SGD", "HKD", "MYR", "NGN", "KES",
})


def day_first(home_currency: str) -> bool:
    """Whether a numeric date in a case of this home currency reads day first ("11/12/2026" is
    11 December in Berlin and Auckland, 12 November in Boston). A reply follows the convention
    of the country it is written to."""
    return home_currency.upper() in _DAY_FIRST_CURRENCIES


def _month_day(m: re.Match[str], ref: date) -> date | None:
    month, day, year = _MONTHS[m[1].lower().rstrip(".")], int(m[2]), _year(m[3], ref)
    return _safe(year, month, day) if year else _near_year(month, day, ref)


def _day_month(m: re.Match[str], ref: date) -> date | None:
    month, day, year = _MONTHS[m[2].lower().rstrip(".")], int(m[1]), _year(m[3], ref)
    return _safe(year, month, day) if year else _near_year(month, day, ref)


def _spelled_day_month(m: re.Match[str], ref: date) -> date | None:
    day = _SPELLED[m[1].lower()]
    month, year = _MONTHS[m[2].lower().rstrip(".")], _year(m[3], ref)
    return _safe(year, month, day) if year else _near_year(month, day, ref)


def _spelled_month_day(m: re.Match[str], ref: date) -> date | None:
    month, day = _MONTHS[m[1].lower().rstrip(".")], _SPELLED[m[2].lower()]
    year = _year(m[3], ref)
    return _safe(year, month, day) if year else _near_year(month, day, ref)


def _end_of_named_month(m: re.Match[str], ref: date) -> date | None:
    found = _near_year(_MONTHS[m[1].lower().rstrip(".")], 1, ref)
    return _end_of_month(found) if found else None


def _ordinal_day(m: re.Match[str], ref: date) -> date | None:
    day = int(m[1])
    found = _safe(ref.year, ref.month, day)
    if found is None or found < ref:
        nxt = _add_months(ref.replace(day=1), 1)
        found = _safe(nxt.year, nxt.month, day)
    return found


def _weekday(m: re.Match[str], ref: date) -> date:
    target = _WEEKDAYS.index(m[2].lower())
    ahead = (target - ref.weekday()) % 7 or 7  # strictly after the message day
    found = ref + timedelta(days=ahead)
    # 'next Friday' means the Friday of next week when the coming one is still this week.
    if (m[1] or "").lower() == "next" and found.isocalendar()[1] == ref.isocalendar()[1]:
        found += timedelta(days=7)
    return found


def _relative_word(m: re.Match[str], ref: date) -> date:
    word = m[0].lower()
    return ref + timedelta(days=2 if "after" in word else 1 if word.startswith("t") and word
                           not in ("today", "tonight") else 0)


def _period_end(m: re.Match[str], ref: date) -> date:
    which, unit = (m[1] or "this").strip().lower(), m[2].lower()
    if unit.startswith("week"):
        friday = ref + timedelta(days=(4 - ref.weekday()) % 7)
        return friday + timedelta(days=7) if which == "next" else friday
    base = _add_months(ref.replace(day=1), 1) if which == "next" else ref
    return _end_of_month(base)


def _within(m: re.Match[str], ref: date) -> date:
    raw = m[1].lower().strip()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
    unit = m[2].lower()
    if unit.startswith("month"):
        return _add_months(ref, n)
    return ref + timedelta(days=n * (7 if unit.startswith("week") else 1))


def _next_period(m: re.Match[str], ref: date) -> date:
    if m[1].lower() == "week":  # 'next week': by the Friday of next week
        return ref + timedelta(days=7 - ref.weekday() + 4)
    return _end_of_month(_add_months(ref.replace(day=1), 1))


def _this_period(m: re.Match[str], ref: date) -> date:
    if m[1].lower() == "week":
        return max(ref, ref + timedelta(days=4 - ref.weekday()))
    return _end_of_month(ref)


_NUMBER = r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|(?:a )?couple(?: of)?|(?:a )?few)"  # noqa: E501
_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str], date], date | None]]] = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), _iso),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), _dotted),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b"), _numeric),
    # dashes for slashes: "15-12-2026" (never a range: the year is written)
    (re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b"), _numeric),
    # "21-Dec-26", "21-Dec-2026"
    (re.compile(rf"\b(\d{{1,2}})-{_MONTH}-(\d{{4}}|\d{{2}})\b", re.I), _day_month),
    (re.compile(rf"\b(?:the\s+)?{_SPELLED_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s*(\d{{4}}))?", re.I),
     _spelled_day_month),
    (re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_SPELLED_DAY}\b(?:,?\s*(\d{{4}}))?", re.I),
     _spelled_month_day),
    (re.compile(rf"\bend of {_MONTH}\b", re.I), _end_of_named_month),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}){_ORD}\b(?:,?\s*(\d{{4}}))?", re.I), _month_day),
    (re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}(?:,?\s*(\d{{4}}))?", re.I), _day_month),
    (re.compile(rf"\bthe (\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH})", re.I),
     _ordinal_day),
    (re.compile(r"\b(?:(this|next|coming|on|by)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I), _weekday),  # noqa: E501
    (re.compile(r"\b(?:the day after tomorrow|tomorrow|tmrw|tmr|today|tonight)\b", re.I),
     _relative_word),
    (re.compile(r"\b(?:by |at )?(?:the )?end of (?:the |this )?(next )?(week|month)\b", re.I),
     _period_end),
    (re.compile(r"\b(?:month[- ]end|eom)\b", re.I), lambda m, ref: _end_of_month(ref)),
    (re.compile(rf"\b(?:within|in)\s+(?:the next\s+)?{_NUMBER}\s+(days?|weeks?|months?)\b", re.I), _within),  # noqa: E501
    # "within the week": seven days from the message; "within the month": its last day
    (re.compile(r"\bwithin (?:the|a|one) week\b", re.I), lambda m, ref: ref + timedelta(days=7)),
    (re.compile(r"\bwithin (?:the|this) month\b", re.I), lambda m, ref: _end_of_month(ref)),
    (re.compile(r"\bnext (week|month)\b", re.I), _next_period),
    (re.compile(r"\bthis (week|month)\b", re.I), _this_period),
]


# Patterns before this index name a calendar date; from it on, a day relative to the message.
_FIRST_RELATIVE = 11


# Pure in (text, ref): a batch asks about the same clause and message day many times.
@lru_cache(maxsize=16_384)
def find_date(text: str, ref: date, day_first: bool = False) -> tuple[date, str] | None:
    """Return the first date expression in `text` resolved against `ref`, with the words used.

    A calendar date wins over a relative one anywhere in the text: "Saturday 28 November"
    is the 28th, not the coming Saturday.
    """
    best: tuple[bool, int, date, str] | None = None
    for index, (pattern, resolve) in enumerate(_PATTERNS):
        relative = index >= _FIRST_RELATIVE
        if day_first and resolve is _numeric:
            resolve = _numeric_day_first
        for match in pattern.finditer(text):
            found = resolve(match, ref)
            if found is not None and (
                best is None or (relative, match.start()) < (best[0], best[1])
            ):
                best = (relative, match.start(), found, match.group(0))
            break  # the earliest match of each pattern is enough
    return (best[2], best[3]) if best else None

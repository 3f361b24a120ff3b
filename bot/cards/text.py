"""Safe Slack text: mrkdwn escaping, limit-aware truncation, money, mentions and dates."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

# Slack's documented limits (SLACK.md §1.9); builders clip to these before slack_sdk validates.
SECTION_TEXT_LIMIT = 3000
FIELD_TEXT_LIMIT = 2000
HEADER_TEXT_LIMIT = 150
BUTTON_TEXT_LIMIT = 75
MODAL_TITLE_LIMIT = 24
CONTEXT_TEXT_LIMIT = 2000
MESSAGE_BLOCK_LIMIT = 50
VIEW_BLOCK_LIMIT = 100

ELLIPSIS = "…"

_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")
_CURRENCY_SYMBOLS = {"USD": "$"}


def escape_mrkdwn(text: str) -> str:
    """Return `text` with `& < >` escaped, so `<!channel>`, `<@U…>` and links are inert."""
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def clip(text: str, limit: int) -> str:
    """Return `text` cut to at most `limit` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - len(ELLIPSIS), 0)] + ELLIPSIS[:limit]


def clip_mrkdwn(text: str, limit: int) -> str:
    """Escape untrusted `text` and clip it to `limit` without splitting an `&amp;` entity."""
    return _clip_escaped(escape_mrkdwn(text), limit)


def quote_mrkdwn(text: str, limit: int) -> str:
    """Escape and clip untrusted multi-line `text`, shown as a `>` block quote."""
    # Escape line by line: escaping the whole quote would also escape our own `>` markers.
    lines = text.splitlines() or [""]
    quoted = "\n".join("> " + escape_mrkdwn(line) if line else ">" for line in lines)
    return _clip_escaped(quoted, limit)


def _clip_escaped(escaped: str, limit: int) -> str:
    """Clip already-escaped text; a cut never ends inside an entity such as `&lt;`."""
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: max(limit - len(ELLIPSIS), 0)]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + ELLIPSIS


def money(amount: Decimal, currency: str) -> str:
    """Return `$1,234.50` for US dollars and `1,234.50 EUR` for any other currency."""
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    digits = f"{abs(cents):,.2f}"
    code = currency.upper()
    symbol = _CURRENCY_SYMBOLS.get(code)
    if symbol is not None:
        return f"{sign}{symbol}{digits}"
    return f"{sign}{digits} {escape_mrkdwn(code)}"


def mention(user_id: str | None) -> str:
    """Return `<@U…>` for a real Slack user id; anything else is shown escaped, never linked."""
    if not user_id:
        return "someone"
    if _USER_ID.match(user_id):
        return f"<@{user_id}>"
    return escape_mrkdwn(user_id)


def slack_date(moment: datetime) -> str:
    """Return a Slack date token shown in the reader's timezone, with a UTC fallback."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    utc = aware.astimezone(UTC)
    fallback = utc.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(utc.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"


def iso_day(day: date | None) -> str:
    """Return `YYYY-MM-DD`, or an em dash when there is no date."""
    return day.isoformat() if day is not None else "—"

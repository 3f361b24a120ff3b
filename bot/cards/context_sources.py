"""The case card's line on context outside QuickBooks: who owns the account (as the CRM names
them) and which sources were never read for the company ("no inbox connected"), so an absent
mailbox or CRM is said, not silently read as "no dispute"."""

from __future__ import annotations

from bot.cards.text import clip, escape_mrkdwn
from core.domain.case_view import CaseView

OWNER_CHARS = 120


def context_sources_line(view: CaseView) -> str | None:
    """`Account owner: Ana Ruiz · no inbox connected`, or None when there is nothing to say."""
    parts = []
    if view.account_owner:
        parts.append(f"Account owner: {escape_mrkdwn(clip(view.account_owner, OWNER_CHARS))}")
    parts.extend(escape_mrkdwn(gap) for gap in view.context_gaps)
    return " · ".join(parts) or None

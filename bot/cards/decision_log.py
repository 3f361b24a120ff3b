"""The decision log reply in a card's thread: one line per step, who, what and when."""

from __future__ import annotations

from bot.cards.text import clip_mrkdwn, mention, slack_date
from core.domain.decision_log import LogLine

LOG_CHARS = 3800  # one message; the audit log keeps every step in full


def decision_log_text(lines: list[LogLine]) -> str:
    """mrkdwn: a heading and one bullet per step (qbot's own steps say qbot)."""
    shown = ["*Decision log*"]
    used = len(shown[0])
    for n, line in enumerate(lines):
        who = mention(line.by) if line.by else "qbot"
        bullet = f"• {slack_date(line.at)} · {who} · {clip_mrkdwn(line.what, 600)}"
        if used + len(bullet) > LOG_CHARS:
            shown.append(f"…and {len(lines) - n} more steps in the audit log")
            break
        shown.append(bullet)
        used += len(bullet) + 1
    if len(shown) == 1:
        shown.append("No decision recorded yet.")
    return "\n".join(shown)

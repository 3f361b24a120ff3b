"""The thread reply under an edited-and-sent card: what the approver changed in the draft."""

from __future__ import annotations

import difflib

from bot.cards.text import escape_mrkdwn

DIFF_CHARS = 3500  # well inside a message's text; the whole texts stay in the audit log


def edit_diff_text(drafted: str, sent: str) -> str:
    """A unified diff of the drafted and the sent body, in a code block (- drafted, + sent)."""
    lines = difflib.unified_diff(
        drafted.splitlines(), sent.splitlines(), "drafted", "sent", lineterm="", n=1
    )
    # A ``` typed in the message would close the code block early.
    body = "\n".join(lines).replace("```", "` ` `") or "(only spacing changed)"
    if len(body) > DIFF_CHARS:
        body = body[:DIFF_CHARS].rsplit("\n", 1)[0] + "\n… (longer; the audit log has both texts)"
    # Inside ``` Slack still reads &, < and >: escaped, so no text becomes a mention or link.
    return (
        ":pencil2: *Edited before sending.* Lines starting with - were drafted by qbot, "
        "lines with + are what the customer received:\n```\n" + escape_mrkdwn(body) + "\n```"
    )

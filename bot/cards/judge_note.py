"""The case card's line saying the rules decided a case Claude was asked about."""

from __future__ import annotations

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject

from bot.cards.text import escape_mrkdwn
from core.domain.case_view import CaseView


def judge_note_text(view: CaseView) -> str | None:
    """"Judged by the rules: Claude timed out", or None when no model fell back."""
    if not view.judge_fallback:
        return None
    return f"Judged by the rules: {escape_mrkdwn(view.judge_fallback)}"


def judge_note_block(view: CaseView, block_id: str) -> list[Block]:
    """One small context block with judge_note_text (none when there is nothing to say)."""
    text = judge_note_text(view)
    if text is None:
        return []
    return [ContextBlock(block_id=block_id, elements=[MarkdownTextObject(text=text)])]

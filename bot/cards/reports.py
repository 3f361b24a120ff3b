"""`/qb digest` and `/qb review` answers: each company's message, within one message's limits."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import ContextBlock, MarkdownTextObject, SectionBlock

from bot.cards.digest import digest_json, digest_text
from bot.cards.review import review_json, review_text
from bot.cards.text import (
    CONTEXT_TEXT_LIMIT,
    MESSAGE_BLOCK_LIMIT,
    SECTION_TEXT_LIMIT,
    clip,
    escape_mrkdwn,
)
from core.domain.digest import DigestFigures
from core.domain.review import ReviewFigures

NO_COMPANY = "No QuickBooks company yet: connect one with `/qb connect`."

Figures = DigestFigures | ReviewFigures
Shown = tuple[str, Figures]  # company name, its figures


def _blocks(name: str, figures: DigestFigures | ReviewFigures) -> list[dict[str, Any]]:
    if isinstance(figures, DigestFigures):
        return digest_json(figures, name)
    return review_json(figures, name)


def _text(name: str, figures: DigestFigures | ReviewFigures) -> str:
    if isinstance(figures, DigestFigures):
        return digest_text(figures, name)
    return review_text(figures, name)


def report_message(shown: list[Shown], lead: str = "") -> dict[str, Any]:
    """One message with each company's report in turn; a company whose blocks would pass
    Slack's 50 is left out and named in the last line."""
    if not shown:
        return {"text": f"{lead}\n{NO_COMPANY}" if lead else NO_COMPANY}
    blocks: list[dict[str, Any]] = []
    if lead:
        blocks.append(SectionBlock(block_id="report_lead", text=MarkdownTextObject(
            text=clip(lead, SECTION_TEXT_LIMIT))).to_dict())
    texts, left_out = [], []
    for n, (name, figures) in enumerate(shown):
        # block ids must be unique in a message: the second company's get a suffix
        more = [{**b, "block_id": f"{b['block_id']}_{n}"} if n and "block_id" in b else b
                for b in _blocks(name, figures)]
        if len(blocks) + len(more) + 1 > MESSAGE_BLOCK_LIMIT:
            left_out.append(name)
            continue
        blocks += more
        texts.append(_text(name, figures))
    if left_out:
        names = ", ".join(escape_mrkdwn(n) for n in left_out)
        blocks.append(ContextBlock(block_id="report_left_out", elements=[MarkdownTextObject(
            text=clip(f"Not shown (one message holds 50 blocks): {names}",
                      CONTEXT_TEXT_LIMIT))]).to_dict())
    text = "\n\n".join(texts)
    return {"text": (f"{lead}\n{text}" if lead else text)[:3000], "blocks": blocks}


def posted_line(what: str, name: str, channel: str, posted: bool, period: str) -> str:
    """What `now` did for one company (mrkdwn)."""
    who = escape_mrkdwn(name)
    if posted:
        return f":white_check_mark: Posted the {what} of {who} ({period}) to <#{channel}>."
    return f"The {what} of {who} for {period} was posted already; nothing sent again."

"""`/qb conflicts`: the open sync conflicts (what `qbot conflicts --state open` lists), each
with its fields side by side in one line and a link to its conflict card."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.cards.text import (
    CONTEXT_TEXT_LIMIT,
    MESSAGE_BLOCK_LIMIT,
    SECTION_TEXT_LIMIT,
    clip,
    clip_mrkdwn,
    escape_mrkdwn,
)

SHOWN = MESSAGE_BLOCK_LIMIT - 3  # the header, the "more" line and the hint
FIELDS_SHOWN = 4


def _value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return clip_mrkdwn(" ".join(text.split()) or "(empty)", 40)


def _field(f: Mapping[str, Any]) -> str:
    return (
        f"`{clip_mrkdwn(str(f.get('field')), 40)}`: was {_value(f.get('base'))} · "
        f"qbot {_value(f.get('platform'))} · QuickBooks {_value(f.get('quickbooks'))}"
    )


def _row(conflict: Mapping[str, Any], link: str | None) -> str:
    card = f"<{link}|Open its card>" if link else "its card is in the finance channel"
    if conflict.get("card") is None:
        card = "its card waits in the outbox until Slack is configured"
    fields = list(conflict.get("fields") or [])
    shown = [_field(f) for f in fields[:FIELDS_SHOWN]]
    if len(fields) > FIELDS_SHOWN:
        shown.append(f"…and {len(fields) - FIELDS_SHOWN} more field(s)")
    head = (
        f"*{escape_mrkdwn(str(conflict['record']))}* · {escape_mrkdwn(str(conflict['rule']))} · "
        f"{card}"
    )
    reason = conflict.get("reason")
    tail = [f"_{clip_mrkdwn(str(reason), 300)}_"] if reason else []
    return clip("\n".join([head, *shown, *tail]), SECTION_TEXT_LIMIT)


def conflicts_message(
    conflicts: Sequence[Mapping[str, Any]], links: Mapping[int, str]
) -> dict[str, Any]:
    """The open conflicts, newest first (`links`: card permalinks by conflict id)."""
    blocks: list[Block] = [HeaderBlock(block_id="conflicts_header",
                                       text=f"Open sync conflicts: {len(conflicts)}")]  # fmt: skip
    if not conflicts:
        blocks.append(SectionBlock(block_id="conflicts_none", text=MarkdownTextObject(
            text="No conflict waits for a person: the policy decided every one.")))  # fmt: skip
    for c in conflicts[:SHOWN]:
        blocks.append(SectionBlock(block_id=f"conflict_{c['id']}",
                                   text=MarkdownTextObject(text=_row(c, links.get(c["id"])))))
    more = len(conflicts) - SHOWN
    if more > 0:
        blocks.append(ContextBlock(block_id="conflicts_more", elements=[MarkdownTextObject(
            text=f"…and {more} more: `qbot conflicts --state open` lists them all.")]))
    hint = "On each card: Keep this result, or Use the other side (per field)."
    blocks.append(ContextBlock(block_id="conflicts_hint", elements=[
        MarkdownTextObject(text=clip(hint, CONTEXT_TEXT_LIMIT))]))  # fmt: skip
    return {"text": f"{len(conflicts)} open sync conflict(s)",
            "blocks": [b.to_dict() for b in blocks]}  # fmt: skip

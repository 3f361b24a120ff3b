"""The sync conflict card: one per record, the fields side by side (base, platform,
QuickBooks, result and the rule that decided), with "Keep this result" and, per field where
the two sides differ, "Use the other side"."""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.cards.text import CONTEXT_TEXT_LIMIT, HEADER_TEXT_LIMIT, clip, clip_mrkdwn, mention
from bot.ids import ConflictActionId
from bot.payloads import ConflictButtonValue
from core.domain.sync.conflict_view import ConflictFieldView, ConflictView

FIELDS_SHOWN = 10  # a section and a button row per field: 16 + 10×2 stays within 50 blocks
VALUE_CHARS = 60
BUTTONS_PER_ROW = 5
_RULES = {
    "quickbooks_wins": "QuickBooks wins",
    "platform_wins": "qbot wins",
    "newest_wins": "newest edit wins",
    "manual": "a person picks",
    "deleted_in_quickbooks": "deleted in QuickBooks",
    "voided_in_quickbooks": "voided in QuickBooks",
    "quickbooks_only": "changed in QuickBooks only",
    "platform_only": "changed in qbot only",
    "same_change": "same change on both sides",
}


def _bid(view: ConflictView, name: str) -> str:
    # Versioned, so Slack never merges an old drawing's inputs with a new one's.
    return f"conflict_{view.conflict_id}_{view.version}_{name}"


def _shown(value: Any) -> str:
    text = "(empty)" if value is None else value if isinstance(value, str) else json.dumps(value)
    return clip_mrkdwn(text, VALUE_CHARS)


def conflict_card_text(view: ConflictView) -> str:
    """The notification text (and what a screen reader says)."""
    what = f"{view.record_type} {view.label}"
    if view.state == "open":
        return f"Sync conflict on {what}: a person picks ({view.rule})"
    return f"Sync conflict on {what}: {view.outcome} ({view.rule})"


def _field_section(view: ConflictView, n: int, f: ConflictFieldView) -> SectionBlock:
    rule = _RULES.get(f.rule, f.rule)
    text = (
        f"*{clip_mrkdwn(f.name, 60)}* — {rule}\n"
        f"was {_shown(f.base)} · qbot {_shown(f.platform)} · QuickBooks {_shown(f.quickbooks)}"
        f"\n→ *{_shown(f.result)}*"
    )
    return SectionBlock(block_id=_bid(view, f"field_{n}"), text=MarkdownTextObject(text=text))


def _status(view: ConflictView) -> str:
    if view.state == "open":
        status = ":raised_hand: Held for a person: QuickBooks' values stand meanwhile."
    elif view.decided_by and view.decided_by != "policy":
        status = f":white_check_mark: Decided by {mention(view.decided_by)} ({view.outcome})."
    else:
        status = f":white_check_mark: Resolved by the policy ({view.outcome})."
    if view.reason:
        status += " " + view.reason
    return clip(status, CONTEXT_TEXT_LIMIT)


def _keep(view: ConflictView) -> ButtonElement:
    value = ConflictButtonValue(conflict_id=view.conflict_id, version=view.version).dump()
    return ButtonElement(text="Keep this result", action_id=ConflictActionId.KEEP, value=value,
                         style="primary")  # fmt: skip


def _other(view: ConflictView, n: int, f: ConflictFieldView) -> ButtonElement:
    value = ConflictButtonValue(conflict_id=view.conflict_id, version=view.version, field=n)
    warning = (
        f"{f.name} becomes {_shown(f.other)}. "
        "A change to QuickBooks goes to approval first, like any other."
    )
    return ButtonElement(
        text=clip(f"Use the other side: {f.name}", 75),
        action_id=f"{ConflictActionId.OTHER_SIDE.value}_{n}",
        value=value.dump(),
        confirm=ConfirmObject(
            title="Use the other side?",
            text=clip(warning, 300),
            confirm="Use it",
            deny="Cancel",
        ),
    )


def conflict_card(view: ConflictView) -> list[Block]:
    """The card's blocks for the conflict's current state."""
    head = clip(f"Sync conflict: {view.record_type} {view.label}", HEADER_TEXT_LIMIT)
    blocks: list[Block] = [HeaderBlock(block_id=_bid(view, "header"), text=head)]
    shown = view.fields[:FIELDS_SHOWN]
    blocks += [_field_section(view, n, f) for n, f in enumerate(shown)]
    if len(view.fields) > FIELDS_SHOWN:
        more = f"…and {len(view.fields) - FIELDS_SHOWN} more field(s): `qbot conflicts`."
        blocks.append(ContextBlock(block_id=_bid(view, "more"),
                                   elements=[MarkdownTextObject(text=more)]))  # fmt: skip
    blocks.append(ContextBlock(block_id=_bid(view, "status"),
                               elements=[MarkdownTextObject(text=_status(view))]))  # fmt: skip
    buttons = [_keep(view)] + [_other(view, n, f) for n, f in enumerate(shown) if f.differs]
    for i in range(0, len(buttons), BUTTONS_PER_ROW):
        blocks.append(ActionsBlock(block_id=_bid(view, f"actions_{i}"),
                                   elements=buttons[i : i + BUTTONS_PER_ROW]))  # fmt: skip
    return blocks


def conflict_card_json(view: ConflictView) -> list[dict[str, Any]]:
    return [b.to_dict() for b in conflict_card(view)]

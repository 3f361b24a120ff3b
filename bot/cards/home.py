"""The App Home tab: how many proposed actions sit in each state."""

from __future__ import annotations

from collections.abc import Mapping

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.cards.text import FIELD_TEXT_LIMIT, clip_mrkdwn
from bot.ids import QbSubcommand, SlashCommand
from core.domain.approval import ApprovalState

STATE_LABELS = {
    ApprovalState.PROPOSED: ":hourglass_flowing_sand: Awaiting approval",
    ApprovalState.APPROVED: ":white_check_mark: Approved",
    ApprovalState.EDITED: ":pencil2: Edited and approved",
    ApprovalState.SENDING: ":outbox_tray: Sending",
    ApprovalState.DONE: ":incoming_envelope: Sent",
    ApprovalState.FAILED: ":warning: Failed",
    ApprovalState.REJECTED: ":x: Rejected",
    ApprovalState.EXPIRED: ":hourglass: Expired",
    ApprovalState.SUPERSEDED: ":recycle: Superseded",
}
FIELDS_PER_SECTION = 10  # Slack's limit on section fields


def home_view(counts: Mapping[str, int]) -> View:
    """Return the Home tab for `counts` (state value → number of proposed actions)."""
    rows = [(label, counts.get(state.value, 0)) for state, label in STATE_LABELS.items()]
    known = {state.value for state in STATE_LABELS}
    rows += [(clip_mrkdwn(key, 100), n) for key, n in sorted(counts.items()) if key not in known]
    fields = [MarkdownTextObject(text=f"*{label}*\n{n:,}"[:FIELD_TEXT_LIMIT]) for label, n in rows]
    blocks: list[Block] = [HeaderBlock(block_id="home_header", text="Collections approvals")]
    for start in range(0, len(fields), FIELDS_PER_SECTION):
        blocks.append(
            SectionBlock(
                block_id=f"home_counts_{start // FIELDS_PER_SECTION}",
                fields=fields[start : start + FIELDS_PER_SECTION],
            )
        )
    commands = ", ".join(f"`{SlashCommand.QB} {sub}`" for sub in QbSubcommand)
    blocks += [
        DividerBlock(block_id="home_divider"),
        ContextBlock(
            block_id="home_help",
            elements=[
                MarkdownTextObject(text=f"Cards arrive in the approvals channel. {commands}")
            ],
        ),
    ]
    return View(type="home", blocks=blocks[:100])

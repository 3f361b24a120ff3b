"""`/qb sync status`: per company and record type, the last pull, CDC interval and cursor,
pending changes, failed events and the retry queue (what `qbot sync status` prints)."""

from __future__ import annotations

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
    slack_date,
)
from core.services.sync_status import SyncStatus, TypeStatus, interval_text

LISTED = 5  # failed events and waiting jobs named per type; the counts are whole


def _type_text(t: TypeStatus) -> str:
    last = slack_date(t.last_pull) if t.last_pull else "never"
    cursors = ", ".join(
        f"{escape_mrkdwn(k)} {slack_date(at) if at else 'never'}" for k, at in t.cursors.items()
    )
    lines = [
        f"*{escape_mrkdwn(t.name.capitalize())}*: last pull {last}; "
        f"CDC every {interval_text(t.interval)}",
        f"Cursor: {cursors}",
        f"Pending: {t.pending} · Failed: {t.failed} · Retrying: {t.retrying}",
    ]
    lines += [
        f"• failed {escape_mrkdwn(e.entity)} {escape_mrkdwn(e.entity_id)}: "
        f"{clip_mrkdwn(e.error, 200)}"
        for e in t.failed_events[:LISTED]
    ]
    lines += [
        f"• retry {escape_mrkdwn(j.kind)} at {slack_date(j.next_run)}: {clip_mrkdwn(j.error, 200)}"
        for j in t.retry_queue[:LISTED]
    ]
    return clip("\n".join(lines), SECTION_TEXT_LIMIT)


def sync_status_message(report: SyncStatus) -> dict[str, Any]:
    """A header, a section per company and type, then the notes (Slack missing, no company)."""
    blocks: list[Block] = [HeaderBlock(block_id="sync_header", text="qbot sync status")]
    room = MESSAGE_BLOCK_LIMIT - 2  # the header and the notes
    for company in report.companies:
        for t in company.types:
            if room <= 0:
                break
            room -= 1
            blocks.append(
                SectionBlock(
                    block_id=f"sync_{company.realm_id}_{t.name}"[:255],
                    text=MarkdownTextObject(
                        text=clip(
                            f"_{escape_mrkdwn(company.realm_id)}_ {_type_text(t)}",
                            SECTION_TEXT_LIMIT,
                        )
                    ),
                )
            )
    if report.notes:
        notes = "\n".join(escape_mrkdwn(n) for n in report.notes)
        blocks.append(
            ContextBlock(
                block_id="sync_notes",
                elements=[MarkdownTextObject(text=clip(notes, CONTEXT_TEXT_LIMIT))],
            )
        )
    # An Account event shows under accounts and expenses alike: count each event once.
    failed = len({e.id for c in report.companies for t in c.types for e in t.failed_events})
    text = f"sync of {len(report.companies)} company(ies); {failed} failed event(s)"
    return {"text": text, "blocks": [b.to_dict() for b in blocks]}

"""`/qb sync status`: per company and record type, when qbot last pulled it, its cycle and CDC
intervals and cursor, pending changes, failed events and the retry queue (what `qbot sync
status` prints), with a Retry button on each failed or retry-queued change; and the answers
of `/qb sync now` (started, then the cycle's result)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ButtonElement,
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
from bot.ids import SyncActionId
from bot.payloads import CaseButtonValue
from core.services.sync_status import ChangeTrouble, SyncStatus, TypeStatus, interval_text

LISTED = 5  # failed events and waiting jobs named per type; the counts are whole
RETRY_LISTED = 5  # changes with a Retry button per type (each is a block of its own)


def _next_pull(t: TypeStatus) -> str:
    if t.cursor is None:
        return "every record (full)"
    return f"changes since {slack_date(t.cursor)} (CDC)"


def _type_text(t: TypeStatus) -> str:
    last = slack_date(t.last_pull) if t.last_pull else "never"
    cursors = ", ".join(
        f"{escape_mrkdwn(k)} {slack_date(at) if at else 'never'}" for k, at in t.cursors.items()
    )
    lines = [
        f"*{escape_mrkdwn(t.name.capitalize())}*: last pull {last}; "
        f"sync every {interval_text(t.interval)}; CDC every {interval_text(t.cdc_interval)}",
        f"Next pull: {_next_pull(t)} · Cursor: {cursors}",
        f"Pending: {t.pending} · Failed: {t.failed} · Retrying: {t.retrying}"
        + (f" · Conflicts waiting: {t.conflicts_open}" if t.conflicts_open else ""),
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


def _trouble_text(c: ChangeTrouble, failed: bool) -> str:
    what = (
        "Failed" if failed
        else f"Waiting to retry{f' at {slack_date(c.retry_at)}' if c.retry_at else ''}"
    )  # fmt: skip
    return clip(
        f"{what}: change {c.change} (`{clip_mrkdwn(c.record, 60)}`), "
        f"{c.attempts} attempt(s): {clip_mrkdwn(c.reason or 'no reason given', 400)}",
        SECTION_TEXT_LIMIT,
    )


def _trouble_block(realm_id: str, c: ChangeTrouble, failed: bool) -> SectionBlock:
    # The button carries the change and the attempts shown: a change that moved since is
    # refused as stale rather than retried twice.
    value = CaseButtonValue(action_id=c.change, version=c.attempts).dump()
    return SectionBlock(
        block_id=f"sync_retry_{realm_id}_{c.change}"[:255],
        text=MarkdownTextObject(text=_trouble_text(c, failed)),
        accessory=ButtonElement(text="Retry", action_id=SyncActionId.RETRY.value, value=value),
    )


def sync_status_message(report: SyncStatus, note: str = "") -> dict[str, Any]:
    """A header, a section per company and type with a Retry section per failed or
    retry-queued change under it, then the notes (Slack missing, no company)."""
    blocks: list[Block] = [HeaderBlock(block_id="sync_header", text="qbot sync status")]
    if note:
        blocks.append(ContextBlock(block_id="sync_note", elements=[
            MarkdownTextObject(text=clip(note, CONTEXT_TEXT_LIMIT))]))  # fmt: skip
    room = MESSAGE_BLOCK_LIMIT - len(blocks) - 1  # and the notes
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
            troubles = [(c, True) for c in t.failed_changes] + [
                (c, False) for c in t.retry_changes
            ]
            for c, failed in troubles[: min(RETRY_LISTED, max(room, 0))]:
                room -= 1
                blocks.append(_trouble_block(company.realm_id, c, failed))
    if report.notes:
        notes = "\n".join(escape_mrkdwn(n) for n in report.notes)
        blocks.append(
            ContextBlock(
                block_id="sync_notes",
                elements=[MarkdownTextObject(text=clip(notes, CONTEXT_TEXT_LIMIT))],
            )
        )
    # An Account event shows under accounts and expenses alike: count each event once.
    events = len({e.id for c in report.companies for t in c.types for e in t.failed_events})
    text = f"sync of {len(report.companies)} company(ies); {events} failed event(s)"
    return {"text": text, "blocks": [b.to_dict() for b in blocks]}


def sync_started_text(companies: int) -> str:
    """The ack of `/qb sync now`."""
    if companies == 0:
        return "No QuickBooks company yet: run `/qb connect` first."
    return (
        f":arrows_counterclockwise: Sync started for {companies} company(ies): pull, resolve "
        "conflicts by the policy, push what was approved. The result follows here."
    )


def sync_result_message(
    realm_id: str, result: Mapping[str, Any] | None, error: str
) -> dict[str, Any]:
    """What one `/qb sync now` cycle did (`qbot sync --json`'s figures), or what stopped it."""
    company = escape_mrkdwn(realm_id)
    if result is None:
        text = f":warning: The sync of _{company}_ stopped: {clip_mrkdwn(error, 1500)}"
        return {"text": clip(text, SECTION_TEXT_LIMIT)}
    pulled = result.get("pulled") or {}
    total = sum(int(n) for n in pulled.values())
    lines = [
        f":white_check_mark: Sync of _{company}_ done: {total} record(s) pulled, "
        f"{result.get('pushed', 0)} pushed, {result.get('api_calls', 0)} QuickBooks call(s).",
        f"Conflicts: {result.get('conflicts', 0)} (by the policy: "
        f"{result.get('resolved_by_policy', 0)}, waiting for a person: "
        f"{result.get('held_for_person', 0)}).",
        f"Failed: {result.get('failed', 0)} · Waiting to retry: {result.get('retry_queued', 0)}"
        " · `/qb sync status` has a Retry for each.",
    ]
    body = "\n".join(lines)
    block = SectionBlock(block_id="sync_result", text=MarkdownTextObject(text=body))
    return {"text": clip(body, SECTION_TEXT_LIMIT), "blocks": [block.to_dict()]}

"""`/qb status`: connected companies, last pulls, the queue and what waits for a person."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import Block, HeaderBlock, MarkdownTextObject, SectionBlock

from bot.cards.text import SECTION_TEXT_LIMIT, clip, clip_mrkdwn, escape_mrkdwn, slack_date
from core.services.status_report import StatusReport

MAX_COMPANIES = 20


def status_message(report: StatusReport) -> dict[str, Any]:
    """Companies first, then the queue."""
    lines = []
    for s in report.companies[:MAX_COMPANIES]:
        pulls = ", ".join(f"{escape_mrkdwn(e)} {slack_date(at)}" for e, at in s.last_pulls)
        lines.append(
            f"• *{escape_mrkdwn(s.company.name)}* ({escape_mrkdwn(s.company.realm_id)}): "
            f"{escape_mrkdwn(s.connection)}; last pull: {pulls or 'none yet'}"
        )
    companies = "\n".join(lines) or "No QuickBooks company yet: `/qb connect`."
    failing = "\n".join(
        f"• {escape_mrkdwn(f.kind)} (attempt {f.attempts}): {clip_mrkdwn(f.last_error, 200)}"
        for f in report.failing
    )
    queue = (
        f"*Queue:* {report.queued} job(s) waiting, {report.retrying} retrying, "
        f"{report.dead} gave up\n"
        f"*Sends in doubt:* {report.in_doubt} (a person must say whether they went out)\n"
        f"*Sends failed:* {report.sends_failed}"
        + (f"\n*Failing jobs:*\n{failing}" if failing else "")
    )
    blocks: list[Block] = [
        HeaderBlock(block_id="status_header", text="qbot status"),
        SectionBlock(
            block_id="status_companies",
            text=MarkdownTextObject(text=clip(f"*Companies*\n{companies}", SECTION_TEXT_LIMIT)),
        ),
        SectionBlock(
            block_id="status_queue",
            text=MarkdownTextObject(text=clip(queue, SECTION_TEXT_LIMIT)),
        ),
    ]
    text = (
        f"{len(report.companies)} company(ies); {report.queued} job(s) queued; "
        f"{report.in_doubt} send(s) in doubt"
    )
    return {"text": text, "blocks": [b.to_dict() for b in blocks]}

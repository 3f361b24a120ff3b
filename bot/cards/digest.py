"""The nightly digest message: Block Kit via slack_sdk.models, within Slack's limits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.cards.text import (
    CONTEXT_TEXT_LIMIT,
    FIELD_TEXT_LIMIT,
    HEADER_TEXT_LIMIT,
    SECTION_TEXT_LIMIT,
    clip,
    clip_mrkdwn,
    mention,
    money,
)
from core.domain.digest import BUCKETS, DigestFigures, PromiseLine

PROMISES_LISTED = 5  # per list; the count says how many more


def _signed(amount: Decimal, currency: str) -> str:
    return ("+" if amount > 0 else "") + money(amount, currency)


def _bucket_field(f: DigestFigures, bucket: str) -> MarkdownTextObject:
    line = f"*{bucket} days*\n{money(f.overdue[bucket], f.home_currency)}"
    line += f" · {f.overdue_invoices[bucket]} inv."
    if f.change is not None:
        line += f"\n{_signed(f.change[bucket], f.home_currency)} since yesterday"
    return MarkdownTextObject(text=clip(line, FIELD_TEXT_LIMIT))


def _waiting_text(f: DigestFigures) -> str:
    lines = [f"*Waiting for a decision:* {f.waiting}"]
    for w in f.oldest_waiting:
        who = ", ".join(mention(u) for u in w.approvers[:3]) or "nobody on the approvers list"
        lines.append(
            f"• {clip_mrkdwn(w.customer_name, 80)} #{clip_mrkdwn(w.doc_number, 32)} "
            f"{money(w.home_amount, f.home_currency)}: waiting {_age(w.waiting_hours)}, "
            f"approver {who}"
        )
    return "\n".join(lines)


def _age(hours: int) -> str:
    return f"{hours // 24}d {hours % 24}h" if hours >= 24 else f"{hours}h"


def _promise_text(title: str, lines: tuple[PromiseLine, ...], currency: str) -> str:
    out = [f"*{title}:* {len(lines)}"]
    for p in lines[:PROMISES_LISTED]:
        out.append(f"• {clip_mrkdwn(p.customer_name, 80)} #{clip_mrkdwn(p.doc_number, 32)} "
                   f"{money(p.home_balance, currency)} (promised for {p.promised_for})")
    if len(lines) > PROMISES_LISTED:
        out.append(f"…and {len(lines) - PROMISES_LISTED} more")
    return "\n".join(out)


def digest_blocks(f: DigestFigures, company: str = "") -> list[Block]:
    """The digest message's blocks (the chart is uploaded beside it)."""
    cur = f.home_currency
    header = f"Collections digest · {f.day.isoformat()}" + (f" · {company}" if company else "")
    total = f"*Overdue:* {money(f.total_overdue, cur)}"
    if f.change is not None:
        total += f" ({_signed(sum(f.change.values(), Decimal('0')), cur)} since yesterday)"
    else:
        total += " (no digest yesterday to compare with)"
    today = (f"*Collected today:* {money(f.collected_today, cur)}\n"
             f"*New cases today:* {f.new_cases}")
    expected = (f"*Expected collections:* next 7 days {money(f.expected_7, cur)} · "
                f"next 30 days {money(f.expected_30, cur)}")
    blocks: list[Block] = [
        HeaderBlock(block_id="digest_header", text=clip(header, HEADER_TEXT_LIMIT)),
        SectionBlock(block_id="digest_total", text=MarkdownTextObject(text=total)),
        SectionBlock(block_id="digest_aging", fields=[_bucket_field(f, b) for b in BUCKETS]),
        SectionBlock(block_id="digest_today", text=MarkdownTextObject(text=today)),
        DividerBlock(block_id="digest_divider"),
        SectionBlock(block_id="digest_waiting",
                     text=MarkdownTextObject(text=clip(_waiting_text(f), SECTION_TEXT_LIMIT))),
        SectionBlock(block_id="digest_promises", text=MarkdownTextObject(text=clip(
            _promise_text("Promises due tomorrow", f.promises_due_tomorrow, cur) + "\n"
            + _promise_text("Broken promises", f.broken_promises, cur), SECTION_TEXT_LIMIT))),
        SectionBlock(block_id="digest_expected", text=MarkdownTextObject(text=expected)),
        ContextBlock(block_id="digest_sync", elements=[MarkdownTextObject(
            text=clip_mrkdwn(f"Sync: {f.sync_health}", CONTEXT_TEXT_LIMIT))]),
    ]
    return blocks


def digest_json(f: DigestFigures, company: str = "") -> list[dict[str, Any]]:
    """The blocks as JSON; slack_sdk validates each against Block Kit's limits here."""
    return [block.to_dict() for block in digest_blocks(f, company)]


def digest_text(f: DigestFigures, company: str = "") -> str:
    """The digest as plain text: the message's fallback and what `--dry-run` prints."""
    cur = f.home_currency
    lines = [f"Collections digest {f.day.isoformat()}" + (f" - {company}" if company else ""),
             f"Overdue {money(f.total_overdue, cur)}"]
    for b in BUCKETS:
        change = (f" ({_signed(f.change[b], cur)} since yesterday)" if f.change is not None
                  else "")
        lines.append(f"  {b} days: {money(f.overdue[b], cur)}, "
                     f"{f.overdue_invoices[b]} invoice(s){change}")
    lines += [
        f"Collected today {money(f.collected_today, cur)}; new cases {f.new_cases}",
        f"Waiting for a decision: {f.waiting}",
        *(f"  oldest: {w.customer_name} #{w.doc_number} {money(w.home_amount, cur)}, waiting "
          f"{_age(w.waiting_hours)}, approver {', '.join(w.approvers) or 'nobody'}"
          for w in f.oldest_waiting),
        f"Promises due tomorrow: {len(f.promises_due_tomorrow)}; "
        f"broken promises: {len(f.broken_promises)}",
        f"Expected collections: 7 days {money(f.expected_7, cur)}, "
        f"30 days {money(f.expected_30, cur)}",
        f"Sync: {f.sync_health}",
    ]
    return "\n".join(lines)

"""The weekly review message: Block Kit via slack_sdk.models, within Slack's limits."""

from __future__ import annotations

from datetime import timedelta
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
    HEADER_TEXT_LIMIT,
    SECTION_TEXT_LIMIT,
    clip,
    clip_mrkdwn,
    escape_mrkdwn,
    money,
)
from core.domain.decision import Outcome
from core.domain.labels import OUTCOME_LABELS
from core.domain.review import MissedEscalation, ReviewFigures, RewriteLine

REWRITES_LISTED = 6  # outcome x template lines; the rest are summed up in one line
MISSED_SHOWN = 5


def review_period(f: ReviewFigures) -> str:
    """'2026-11-23 to 2026-11-29': the days the review covers."""
    last = f.until - timedelta(days=1)
    return f"{f.since.isoformat()} to {last.isoformat()}"


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def _distance(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _hours(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value / 24:.1f} days" if value >= 48 else f"{value:.1f} h"


def _decisions_line(f: ReviewFigures) -> str:
    if not f.decisions:
        return "*Decisions:* none"
    parts = [f"{n} {state}" for state, n in f.decisions.items()]
    return f"*Decisions:* {sum(f.decisions.values())} ({', '.join(parts)})"


def _rejects_text(f: ReviewFigures) -> str:
    lines = [f"*False positives (cards rejected):* {f.rejected}"]
    lines += [f"• {r.label}: {r.count}" for r in f.reject_reasons]
    return "\n".join(lines)


def _missed_line(m: MissedEscalation) -> str:
    return (f"• {clip_mrkdwn(m.customer_name, 80)} #{clip_mrkdwn(m.doc_number, 32)}: drafted "
            f"as routine {m.drafted_at.date().isoformat()}, became a {m.became} "
            f"{m.days_later} day(s) later")


def _missed_text(f: ReviewFigures) -> str:
    lines = [f"*Missed escalations:* {f.missed_escalations}"]
    lines += [_missed_line(m) for m in f.missed[:MISSED_SHOWN]]
    if f.missed_escalations > MISSED_SHOWN:
        lines.append(f"…and {f.missed_escalations - MISSED_SHOWN} more")
    return "\n".join(lines)


def _outcome(value: str) -> str:
    try:
        return OUTCOME_LABELS[Outcome(value)]
    except ValueError:
        return escape_mrkdwn(value)


def _rewrite_line(r: RewriteLine) -> str:
    template = escape_mrkdwn(r.template or "no template")
    return (f"• {_outcome(r.outcome)} · `{template}`: "
            f"{r.edited}/{r.approvals} edited ({_percent(r.rewrite_rate)}), "
            f"edit distance {_distance(r.mean_edit_distance)}")


def _rewrites_text(f: ReviewFigures) -> str:
    lines = [f"*Drafts rewritten:* {f.edited} of {f.approvals} approvals "
             f"({_percent(f.rewrite_rate)}), mean edit distance "
             f"{_distance(f.mean_edit_distance)} (0 same text, 1 all new)"]
    lines += [_rewrite_line(r) for r in f.rewrites[:REWRITES_LISTED]]
    if len(f.rewrites) > REWRITES_LISTED:
        lines.append(f"…and {len(f.rewrites) - REWRITES_LISTED} more outcome/template pairs")
    return "\n".join(lines)


def review_blocks(f: ReviewFigures, company: str = "") -> list[Block]:
    """The review message's blocks; an empty week says so in one section."""
    header = f"Weekly review · {review_period(f)}" + (f" · {company}" if company else "")
    blocks: list[Block] = [HeaderBlock(block_id="review_header",
                                       text=clip(header, HEADER_TEXT_LIMIT))]
    if f.empty:
        blocks.append(SectionBlock(block_id="review_empty", text=MarkdownTextObject(
            text="No cards were decided, no escalations found and no reminders sent in "
                 "this period.")))
        return blocks
    reminders = (f"*Reminders sent:* {f.reminders_sent} ({f.reminded_invoices} invoice(s)) · "
                 f"*collected within 14 days:* "
                 f"{money(f.collected_after_reminder, f.home_currency)}")
    timing = (f"*Time to decision:* median {_hours(f.decision_hours_median)} · "
              f"p90 {_hours(f.decision_hours_p90)}")
    blocks += [
        SectionBlock(block_id="review_decisions",
                     text=MarkdownTextObject(text=_decisions_line(f) + "\n" + timing)),
        SectionBlock(block_id="review_rejects",
                     text=MarkdownTextObject(text=clip(_rejects_text(f), SECTION_TEXT_LIMIT))),
        SectionBlock(block_id="review_missed",
                     text=MarkdownTextObject(text=clip(_missed_text(f), SECTION_TEXT_LIMIT))),
        SectionBlock(block_id="review_rewrites",
                     text=MarkdownTextObject(text=clip(_rewrites_text(f), SECTION_TEXT_LIMIT))),
        DividerBlock(block_id="review_divider"),
        SectionBlock(block_id="review_reminders", text=MarkdownTextObject(text=reminders)),
        ContextBlock(block_id="review_source", elements=[MarkdownTextObject(text=clip(
            "Every figure is recomputed from the decisions and the audit log "
            "(`qbot review --since DATE`).", CONTEXT_TEXT_LIMIT))]),
    ]
    return blocks


def review_json(f: ReviewFigures, company: str = "") -> list[dict[str, Any]]:
    """The blocks as JSON; slack_sdk validates each against Block Kit's limits here."""
    return [block.to_dict() for block in review_blocks(f, company)]


def review_text(f: ReviewFigures, company: str = "") -> str:
    """The review as plain text: the message's fallback and what `--dry-run` prints."""
    cur = f.home_currency
    lines = [f"Weekly review {review_period(f)}" + (f" - {company}" if company else "")]
    lines.append("Decisions: " + (", ".join(f"{n} {s}" for s, n in f.decisions.items())
                                  or "none"))
    lines.append(f"Rejected (false positives): {f.rejected}"
                 + "".join(f"; {r.label} {r.count}" for r in f.reject_reasons))
    lines.append(f"Missed escalations: {f.missed_escalations}")
    lines += [f"  {m.customer_name} #{m.doc_number}: routine {m.drafted_at.date()}, "
              f"{m.became} {m.days_later} day(s) later" for m in f.missed]
    lines.append(f"Rewritten: {f.edited} of {f.approvals} approvals "
                 f"({_percent(f.rewrite_rate)}), mean edit distance "
                 f"{_distance(f.mean_edit_distance)}")
    lines += [f"  {r.outcome} / {r.template or '-'}: {r.edited}/{r.approvals}, distance "
              f"{_distance(r.mean_edit_distance)}" for r in f.rewrites]
    lines.append(f"Time to decision: median {_hours(f.decision_hours_median)}, "
                 f"p90 {_hours(f.decision_hours_p90)}")
    lines.append(f"Reminders sent: {f.reminders_sent}; collected within 14 days "
                 f"{money(f.collected_after_reminder, cur)}")
    return "\n".join(lines)

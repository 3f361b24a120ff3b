"""The `/qb overdue` answer: aging totals, then customers by amount owed, with paging and share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.cards.text import (
    CONTEXT_TEXT_LIMIT,
    FIELD_TEXT_LIMIT,
    MESSAGE_BLOCK_LIMIT,
    SECTION_TEXT_LIMIT,
    clip_mrkdwn,
    escape_mrkdwn,
    mention,
    money,
)
from bot.ids import AnswerActionId
from bot.payloads import OverduePage
from core.services.overdue import CustomerRow, OverdueFilter, OverdueReport, Situation

# a permalink per row's card, keyed by the row's position on the page
Links = Mapping[int, str]


def page_value(flt: OverdueFilter, offset: int) -> OverduePage:
    """The button value that asks for this question again at `offset`."""
    return OverduePage(
        customer=flt.customer,
        realm_id=flt.realm_id,
        bucket=flt.bucket.value if flt.bucket else None,
        offset=offset,
    )


def overdue_message(
    report: OverdueReport, links: Links, *, shared_by: str | None = None
) -> dict[str, Any]:
    """`text` and `blocks` of one page; a shared copy carries who shared it and no buttons."""
    blocks: list[Block] = [
        HeaderBlock(block_id="overdue_header", text=_headline(report)),
        SectionBlock(block_id="overdue_totals", text=_mrkdwn(_totals(report))),
    ]
    if report.rows:
        blocks.append(DividerBlock(block_id="overdue_divider"))
    for n, row in enumerate(report.rows):
        blocks.append(
            SectionBlock(
                block_id=f"overdue_row_{report.offset + n}",
                text=_mrkdwn(_row(report, row, links.get(n))),
            )
        )
    blocks.append(ContextBlock(block_id="overdue_footer", elements=[_context(report, shared_by)]))
    if shared_by is None:
        blocks.append(_buttons(report))
    assert len(blocks) <= MESSAGE_BLOCK_LIMIT
    return {"text": _fallback(report), "blocks": [b.to_dict() for b in blocks]}


def _headline(report: OverdueReport) -> str:
    flt, parts = report.filter, ["Overdue invoices"]
    if flt.customer:
        parts.append(f"matching “{flt.customer[:60]}”")
    if flt.realm_id:
        parts.append(f"in {_company_name(report, flt.realm_id)[:60]}")
    if flt.bucket:
        parts.append(f"{flt.bucket.value} days past due")
    return " · ".join(parts)[:150]


def _company_name(report: OverdueReport, realm_id: str) -> str:
    for company in report.companies:
        if company.realm_id == realm_id:
            return company.name
    return realm_id


def _totals(report: OverdueReport) -> str:
    if not report.companies:
        return "No QuickBooks company yet: `/qb connect` links one (finance leads and admins)."
    if not report.totals:
        return "Nothing is past due" + (" for this question." if _narrowed(report) else ".")
    lines = ["*By days past due* (home currency)"]
    for total in report.totals:
        mark = "▸ " if report.filter.bucket is total.bucket else ""
        lines.append(
            f"{mark}*{total.bucket.value} days:* {money(total.amount, total.currency)} · "
            f"{total.invoices} invoice{'s' if total.invoices != 1 else ''}"
        )
    return "\n".join(lines)


def _narrowed(report: OverdueReport) -> bool:
    flt = report.filter
    return bool(flt.customer or flt.realm_id or flt.bucket)


def _row(report: OverdueReport, row: CustomerRow, link: str | None) -> str:
    company = f" · {escape_mrkdwn(row.company.name)}" if report.several_companies else ""
    plural = "s" if row.invoices != 1 else ""
    days = f"{row.oldest_days} day{'s' if row.oldest_days != 1 else ''}"
    card = row.situation.card
    if link is not None:
        where = f" · <{link}|open the card>"
    elif card is not None:
        where = f" · card in <#{card.channel}>"
    else:
        where = ""
    text = (
        f"*{clip_mrkdwn(row.customer_name, 200)}*{company}\n"
        f"{money(row.overdue, row.company.home_currency)} overdue on {row.invoices} "
        f"invoice{plural} · oldest {days} past due\n"
        f"{escape_mrkdwn(row.situation.text)}{_who(row.situation)}{where}"
    )
    return text[:SECTION_TEXT_LIMIT]


def _who(situation: Situation) -> str:
    """Whom the waiting card is assigned to, or who snoozed it, as a reader sees people."""
    if situation.assignee:
        return f" · assigned to {mention(situation.assignee)}"
    if situation.snoozed_by:
        return f" · snoozed by {mention(situation.snoozed_by)}"
    return ""


def _context(report: OverdueReport, shared_by: str | None) -> MarkdownTextObject:
    shown = len(report.rows)
    first = report.offset + 1 if shown else 0
    line = f"Customers {first}–{report.offset + shown} of {report.total_customers}"
    if report.as_of:
        days = sorted({d.isoformat() for d in report.as_of.values()})
        line += f" · as of {', '.join(days)}"
    if shared_by is not None:
        line += f" · shared by <@{shared_by}>"
    return MarkdownTextObject(text=line[:CONTEXT_TEXT_LIMIT])


def _buttons(report: OverdueReport) -> ActionsBlock:
    elements = []
    following = report.next_offset
    if following is not None:
        elements.append(
            ButtonElement(
                action_id=AnswerActionId.OVERDUE_NEXT.value,
                text="Next 10",
                value=page_value(report.filter, following).dump(),
            )
        )
    elements.append(
        ButtonElement(
            action_id=AnswerActionId.OVERDUE_SHARE.value,
            text="Share to channel",
            value=page_value(report.filter, report.offset).dump(),
        )
    )
    return ActionsBlock(block_id="overdue_actions", elements=elements)


def _fallback(report: OverdueReport) -> str:
    if not report.totals:
        return "Nothing is past due."
    parts = [f"{t.bucket.value}: {money(t.amount, t.currency)}" for t in report.totals]
    return f"Overdue by days past due: {', '.join(parts)}"[:FIELD_TEXT_LIMIT]


def _mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT])

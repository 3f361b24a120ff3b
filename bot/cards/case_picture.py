"""The case card's body about its customer: the invoices a customer card carries, and the
customer's whole picture (what else is open, disputes and legal holds on any invoice,
promises, credits, the last reminder). Kept apart from the card's actions (bot.cards.case)."""

from __future__ import annotations

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject, SectionBlock

from bot.cards.text import SECTION_TEXT_LIMIT, escape_mrkdwn, iso_day, money
from core.domain.case_picture import CasePicture, OtherInvoice
from core.domain.case_view import CaseView
from core.domain.labels import aging_phrase

INVOICES_SHOWN = 20  # a customer card lists this many invoices, then a count


def invoices_block(view: CaseView, block_id: str) -> Block | None:
    """Every invoice a customer card's one email covers: number, amount, days past due."""
    if not view.is_customer_card:
        return None
    lines = [
        f"• Invoice {escape_mrkdwn(i.doc_number)} · {money(i.balance, i.currency)} · "
        f"{aging_phrase(i.days_past_due if i.due_date else None, i.stage)} "
        f"(due {iso_day(i.due_date)})"
        for i in view.invoices[:INVOICES_SHOWN]
    ]
    if len(view.invoices) > INVOICES_SHOWN:
        lines.append(f"…and {len(view.invoices) - INVOICES_SHOWN} more")
    total = money(view.balance, view.currency)
    head = f"*{len(view.invoices)} invoices in one email* ({total} open in all)"
    return SectionBlock(block_id=block_id, text=_mrkdwn("\n".join([head, *lines])))


def hold_block(view: CaseView, block_id: str) -> Block | None:
    """A dispute or legal hold on ANY invoice of the customer, said on every card of it."""
    picture = view.picture
    if picture is None or not picture.holds:
        return None
    own = {view.doc_number, *(i.doc_number for i in view.invoices)}
    parts = []
    for hold in picture.holds:
        which = "this invoice" if hold.doc_number in own else f"invoice {hold.doc_number}"
        parts.append(f"{hold.kind} on {escape_mrkdwn(which)}")
    legal = any(h.kind == "legal hold" for h in picture.holds)
    advice = (
        "Do not contact this customer: it is on legal hold."
        if legal
        else "Check the dispute before anything is sent to this customer."
    )
    said = _joined(parts)
    text = f":octagonal_sign: *{said[:1].upper()}{said[1:]}.* {advice}"
    return SectionBlock(block_id=block_id, text=_mrkdwn(text))


def picture_block(view: CaseView, block_id: str) -> Block | None:
    """What else is open for the customer, in one context line a collector reads at a glance."""
    picture = view.picture
    if picture is None:
        return None
    parts = [_others(picture)]
    if picture.promise is not None:
        parts.append(f"promised to pay by {iso_day(picture.promise)}")
    if picture.open_credit > 0:
        parts.append(f"open credit memos {money(picture.open_credit, picture.currency)}")
    if picture.unapplied > 0:
        parts.append(f"unapplied payments {money(picture.unapplied, picture.currency)}")
    if picture.last_reminder is not None:
        doc, stage, sent = picture.last_reminder
        day = escape_mrkdwn(sent[:10])
        parts.append(f"last reminder: invoice {escape_mrkdwn(doc)}, stage {stage}, {day}")
    else:
        parts.append("no reminder sent yet")
    text = "*Also for this customer:* " + "; ".join(p for p in parts if p) + "."
    return ContextBlock(block_id=block_id, elements=[_mrkdwn(text)])


def _others(picture: CasePicture) -> str:
    if not picture.others:
        return "no other open invoice"
    shown = ", ".join(_other(o) for o in picture.others)
    more = f" and {picture.more_others} more" if picture.more_others else ""
    return f"other open invoices {shown}{more}"


def _other(other: OtherInvoice) -> str:
    days = other.days_past_due
    when = (
        f"{days} days past due" if days is not None and days > 0
        else "not yet due" if days is not None else "no due date"
    )
    return f"{escape_mrkdwn(other.doc_number)} ({money(other.balance, other.currency)}, {when})"


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT])


def customer_blocks(view: CaseView, hold_id: str, invoices_id: str) -> list[Block]:
    """The blocks under a card's status: a hold on any invoice first, then a customer card's
    invoices."""
    found = (hold_block(view, hold_id), invoices_block(view, invoices_id))
    return [b for b in found if b is not None]

"""`/qb customer NAME`: one customer's picture as an ephemeral message."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.cards.text import (
    HEADER_TEXT_LIMIT,
    SECTION_TEXT_LIMIT,
    clip,
    clip_mrkdwn,
    escape_mrkdwn,
    iso_day,
    money,
)
from bot.form_state import FormMetadata
from bot.ids import AnswerActionId
from core.domain.approval import ApprovalState
from core.domain.decision import HardStop, Outcome
from core.domain.labels import aging_phrase, decision_label, state_label
from core.services.customer_picture import CustomerLookup, CustomerPicture

NOTE_CHARS = 300
EDIT_BUTTONS = 5  # one per open invoice shown (an actions block holds 25)


def customer_message(name: str, found: CustomerLookup) -> dict[str, Any]:
    """The picture, or which customers were meant."""
    if found.picture is not None:
        return _picture(found.picture)
    asked = clip_mrkdwn(name, 100)
    if not found.candidates:
        return {"text": f"No customer is named “{asked}”. Try part of the name."}
    names = "\n".join(f"• {clip_mrkdwn(n, 200)}" for n in found.candidates)
    return {"text": f"Several customers could be “{asked}”; give more of the name:\n{names}"}


def _edit_buttons(p: CustomerPicture) -> list[ButtonElement]:
    """An Edit button per open invoice shown: it opens the invoice form, prefilled."""
    return [
        ButtonElement(
            text=clip(f"Edit {i.doc_number}", 75),
            action_id=f"{AnswerActionId.INVOICE_EDIT.value}",
            value=FormMetadata(kind="invoice", realm_id=p.company.realm_id,
                               qbo_id=i.qbo_id).dump(),
        )
        for i in p.open_invoices
        if i.qbo_id
    ][:EDIT_BUTTONS]  # fmt: skip


def _currency(p: CustomerPicture) -> str:
    return p.open_invoices[0].currency if p.open_invoices else p.company.home_currency


def _picture(p: CustomerPicture) -> dict[str, Any]:
    cases = [
        f"• {escape_mrkdwn(a.doc_number or a.invoice_qbo_id)}: "
        f"{decision_label(Outcome(a.outcome), HardStop(a.hard_stop) if a.hard_stop else None)}"
        f", {state_label(ApprovalState(a.state), drafted=bool(a.draft_body))} "
        f"(since {a.created_at.date().isoformat()})"
        for a in p.cases
    ]
    parts = {
        f"*Open invoices* ({p.open_total})": [
            f"• {escape_mrkdwn(i.doc_number)}: {money(i.balance, i.currency)}, due "
            f"{iso_day(i.due_date)}, {aging_phrase(i.days_past_due, None)}"
            for i in p.open_invoices
        ],
        "*Payments*": [
            f"• {escape_mrkdwn(x.day)}: {money(x.amount, x.currency)}" for x in p.payments
        ],
        "*Reminders sent*": [
            f"• {escape_mrkdwn(doc)}: stage {stage} on {escape_mrkdwn(at[:10])}"
            for doc, stage, at in p.reminders
        ],
        "*Promise to pay*": [f"• by {p.promise.isoformat()}"] if p.promise else [],
        "*Notes*": [
            f"• {escape_mrkdwn(n.noted_at[:10])} {clip_mrkdwn(n.author, 60)}: "
            f"{clip_mrkdwn(n.text, NOTE_CHARS)}"
            for n in p.notes
        ],
        "*Cases*": cases,
        # What every case card of this customer says too (bot.cards.case_picture).
        "*Disputes and legal holds*": [
            f"• {escape_mrkdwn(h.doc_number)}: {h.kind}" for h in p.holds
        ],
        "*Credits*": [
            line
            for amount, what in ((p.open_credit, "open credit memos"),
                                 (p.unapplied, "unapplied payments"))
            if amount > 0
            for line in [f"• {what} {money(amount, _currency(p))}"]
        ],
    }
    blocks: list[Block] = [
        HeaderBlock(block_id="customer_header", text=clip(p.name, HEADER_TEXT_LIMIT))
    ]
    for n, (title, lines) in enumerate(parts.items()):
        body = "\n".join(lines) if lines else "_none on record_"
        blocks.append(
            SectionBlock(
                block_id=f"customer_{n}",
                text=MarkdownTextObject(text=clip(f"{title}\n{body}", SECTION_TEXT_LIMIT)),
            )
        )
        if n == 0 and (edits := _edit_buttons(p)):
            blocks.append(ActionsBlock(block_id="customer_invoice_edits", elements=edits))
    context = f"{escape_mrkdwn(p.company.name)} · customer {escape_mrkdwn(p.customer_id)}"
    if p.email:
        context += f" · {escape_mrkdwn(p.email)}"
    blocks.append(
        ContextBlock(block_id="customer_footer", elements=[MarkdownTextObject(text=context)])
    )
    return {
        "text": f"{p.name}: {p.open_total} open invoice(s)",
        "blocks": [b.to_dict() for b in blocks],
    }

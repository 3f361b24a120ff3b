"""The case card: one Block Kit builder that draws every state of a proposed action."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.cards.case_actions import lifecycle_blocks
from bot.cards.case_picture import customer_blocks, picture_block
from bot.cards.context_sources import context_sources_line
from bot.cards.judge_note import judge_note_block
from bot.cards.labels import status_line
from bot.cards.text import (
    FIELD_TEXT_LIMIT,
    HEADER_TEXT_LIMIT,
    MESSAGE_BLOCK_LIMIT,
    SECTION_TEXT_LIMIT,
    clip,
    clip_mrkdwn,
    escape_mrkdwn,
    iso_day,
    money,
    quote_mrkdwn,
)
from bot.ids import ActionId
from bot.payloads import CaseButtonValue
from core.domain.approval import is_pending
from core.domain.case_view import CaseView
from core.domain.decision import Route
from core.domain.labels import aging_phrase, decision_label, state_label

# Slack rejects messages whose blocks carry too much text in total (msg_blocks_too_long, ~11k
# reported), so the draft shown on the card is capped well below that; Edit shows it whole.
DRAFT_SECTIONS = 2
DRAFT_SECTION_CHARS = 2900
REASONS_CHARS = 1500
SUMMARY_CHARS = 1000
EDITABLE_BODY_CHARS = 3000  # plain_text_input max_length: longer drafts cannot be edited in Slack


def case_card(view: CaseView) -> list[Block]:
    """Return the Block Kit blocks for `view` in its current state (≤ 50 blocks)."""
    blocks: list[Block] = [
        HeaderBlock(block_id=_bid(view, "header"), text=clip(_headline(view), HEADER_TEXT_LIMIT)),
        SectionBlock(block_id=_bid(view, "facts"), fields=_facts(view)),
        SectionBlock(
            block_id=_bid(view, "status"),
            text=_mrkdwn(status_line(view, shows_draft=_shows_draft(view))),
        ),
        *customer_blocks(view, _bid(view, "hold"), _bid(view, "invoices")),
    ]
    if view.reasons:
        blocks.append(SectionBlock(block_id=_bid(view, "reasons"), text=_mrkdwn(_reasons(view))))
    if _shows_draft(view):
        blocks.append(DividerBlock(block_id=_bid(view, "divider")))
        blocks.extend(_draft_blocks(view))
    picture = picture_block(view, _bid(view, "picture"))
    if picture is not None:
        blocks.append(picture)
    if view.summary:
        summary = "*Internal summary:* " + clip_mrkdwn(view.summary, SUMMARY_CHARS)
        blocks.append(ContextBlock(block_id=_bid(view, "summary"), elements=[_mrkdwn(summary)]))
    blocks.extend(judge_note_block(view, _bid(view, "judge")))
    if _has_buttons(view):
        blocks.append(ActionsBlock(block_id=_bid(view, "actions"), elements=_buttons(view)))
    blocks.extend(lifecycle_blocks(view))  # snooze, assign, resolve (bot.cards.case_actions)
    if (sources := context_sources_line(view)) is not None:
        blocks.append(ContextBlock(block_id=_bid(view, "sources"), elements=[_mrkdwn(sources)]))
    # A person reads the company by name; QuickBooks' own ids stay out of sight.
    company = f"{escape_mrkdwn(view.company_name)} · " if view.company_name else ""
    footer = f"{company}{_invoice_words(view)} · case #{view.action_id}"
    blocks.append(ContextBlock(block_id=_bid(view, "footer"), elements=[_mrkdwn(footer)]))
    return blocks[:MESSAGE_BLOCK_LIMIT]


def case_card_json(view: CaseView) -> list[dict[str, Any]]:
    """Return the card as JSON; `to_dict()` makes slack_sdk check Slack's limits."""
    return [block.to_dict() for block in case_card(view)]


def case_card_text(view: CaseView) -> str:
    """Return the notification fallback text (also what screen readers announce)."""
    words = _invoice_words(view, mrkdwn=False, head=True)
    text = (
        f"{decision_label(view.outcome, view.hard_stop)} · {words} · {view.customer_name} · "
        f"{money(view.balance, view.currency)} · {_state_word(view)}"
    )
    return clip_mrkdwn(text, 300)


def is_editable(view: CaseView) -> bool:
    """Return True when the draft fits Slack's text input, so the edit modal can hold it."""
    return view.draft_body is not None and len(view.draft_body) <= EDITABLE_BODY_CHARS


def _bid(view: CaseView, part: str) -> str:
    # Unique per message and per version, so Slack never reuses state across card iterations.
    return f"case{view.action_id}v{view.version}_{part}"


def _mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT])


def _headline(view: CaseView) -> str:
    # Header text is plain_text, which Slack never parses for mentions or links.
    words = _invoice_words(view, mrkdwn=False, head=True)
    return f"{decision_label(view.outcome, view.hard_stop)} · {words}"


def _invoice_words(view: CaseView, *, mrkdwn: bool = True, head: bool = False) -> str:
    """'invoice 1001', or on a customer card 'invoices 1001, 1002 and 1003' (`head`: with a
    capital, as a title starts; `mrkdwn`: escaped for mrkdwn, not for plain text)."""
    esc = escape_mrkdwn if mrkdwn else str
    if not view.is_customer_card:
        words = f"invoice {esc(view.doc_number)}"
    else:
        docs = [esc(i.doc_number) for i in view.invoices]
        words = f"invoices {', '.join(docs[:-1])} and {docs[-1]}"
    return words[:1].upper() + words[1:] if head else words


def _facts(view: CaseView) -> list[MarkdownTextObject]:
    aging = aging_phrase(view.days_past_due if view.due_date else None, view.stage)
    facts = [
        ("Customer", clip_mrkdwn(view.customer_name, 500)),
        ("Open balance", money(view.balance, view.currency)),
        ("Due date", iso_day(view.due_date)),
        ("Aging", aging),
    ]
    if view.send_to and _shows_draft(view):
        facts.append(("Send to", clip_mrkdwn(view.send_to, 320)))
    return [
        MarkdownTextObject(text=(f"*{label}*\n{value}")[:FIELD_TEXT_LIMIT])
        for label, value in facts
    ]


def _state_word(view: CaseView) -> str:
    return state_label(view.state, drafted=_shows_draft(view))


def _reasons(view: CaseView) -> str:
    shown: list[str] = []
    used = len("*Why*")
    for index, reason in enumerate(view.reasons):
        bullet = "• " + clip_mrkdwn(reason, 400)
        rest = len(view.reasons) - index
        if used + len(bullet) + 40 > REASONS_CHARS:
            shown.append(f"…and {rest} more")
            break
        shown.append(bullet)
        used += len(bullet) + 1
    return "*Why*\n" + "\n".join(shown)


def _shows_draft(view: CaseView) -> bool:
    # Escalations never show a customer draft, even if one was produced upstream.
    return (
        view.route is Route.DRAFT_FOR_APPROVAL
        and view.draft_subject is not None
        and view.draft_body is not None
    )


def _draft_blocks(view: CaseView) -> list[Block]:
    subject = clip_mrkdwn(view.draft_subject or "", 500)
    body = view.draft_body or ""
    blocks: list[Block] = [
        SectionBlock(block_id=_bid(view, "subject"), text=_mrkdwn(f"*Draft email:* {subject}"))
    ]
    remaining = body
    for part in range(DRAFT_SECTIONS):
        if not remaining:
            break
        chunk = remaining[:DRAFT_SECTION_CHARS]
        if len(remaining) > DRAFT_SECTION_CHARS and "\n" in chunk:
            # Split on a line break so the quote reads naturally.
            chunk = chunk[: chunk.rindex("\n") + 1]
        remaining = remaining[len(chunk) :]
        blocks.append(
            SectionBlock(
                block_id=_bid(view, f"body{part}"),
                text=_mrkdwn(quote_mrkdwn(chunk.rstrip("\n"), SECTION_TEXT_LIMIT)),
            )
        )
    if remaining:
        shown = len(body) - len(remaining)
        hint = "open *Edit* to read it whole" if is_editable(view) else "read it in the outbox"
        warning = (
            f":warning: Only the first {shown:,} of {len(body):,} characters are shown; {hint}."
        )
        blocks.append(ContextBlock(block_id=_bid(view, "truncated"), elements=[_mrkdwn(warning)]))
    return blocks


def _has_buttons(view: CaseView) -> bool:
    return (is_pending(view.state) and _shows_draft(view)) or _in_doubt(view)


def _in_doubt(view: CaseView) -> bool:
    return view.trouble is not None and view.trouble.in_doubt_effect is not None


def _buttons(view: CaseView) -> list[ButtonElement]:
    value = CaseButtonValue(action_id=view.action_id, version=view.version).dump()
    if _in_doubt(view):
        return resolve_buttons(view.doc_number, value)
    buttons = [
        ButtonElement(text="Approve", action_id=ActionId.APPROVE, value=value, style="primary")
    ]
    if is_editable(view):
        buttons.append(ButtonElement(text="Edit", action_id=ActionId.EDIT, value=value))
    invoice = clip(view.doc_number, 40)
    buttons.append(
        _asking_first(
            ("Reject", ActionId.REJECT, value, "danger"),
            "Reject this draft?",
            f"Nothing will be sent for invoice {invoice}.",
            "Keep it",
        )
    )
    return buttons


def resolve_buttons(doc_number: str, value: str) -> list[ButtonElement]:
    """It went out / Send again, each confirmed first: on the card and on a lead's Home.
    Everyone in the channel sees the card's; the click checks the person may resolve."""
    invoice = clip(doc_number, 40)
    return [
        _asking_first(
            ("It went out", ActionId.RESOLVE_SENT, value, None),
            "The customer has it?",
            f"qbot records the reminder for invoice {invoice} as sent and carries on.",
            "Cancel",
        ),
        _asking_first(
            ("Send again", ActionId.RESOLVE_RESEND, value, "danger"),
            "Send it again?",
            f"Only if the customer did not get the reminder for invoice {invoice}.",
            "Cancel",
        ),
    ]


def _asking_first(
    button: tuple[str, ActionId, str, str | None], question: str, detail: str, deny: str
) -> ButtonElement:
    """A button whose click Slack confirms first (`button`: label, action id, value, style)."""
    label, action, value, style = button
    return ButtonElement(
        text=label,
        action_id=action,
        value=value,
        style=style,
        confirm=ConfirmObject(title=question, text=detail, confirm=label, deny=deny),
    )

"""A case card's life besides Approve / Edit / Reject: the buttons to snooze, assign, resolve or
draft anyway, the line naming whom a card is assigned to, and the modals those buttons open.

Kept apart from the card's body (bot/cards/case.py) so each can change on its own; case.py
adds `lifecycle_blocks(view)` after its own buttons. What a click may do is decided in code
(core.services.case_actions), never by which buttons are shown.
"""

from __future__ import annotations

from datetime import date, timedelta

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    DatePickerElement,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    UserSelectElement,
)
from slack_sdk.models.views import View

from bot.cards.text import clip, clip_mrkdwn, mention, money
from bot.ids import ActionId, BlockId, CallbackId, InputId
from bot.payloads import RESOLUTION_LIMIT, CaseButtonValue, ModalMetadata
from core.domain.approval import is_pending
from core.domain.card_life import draft_anyway_refusal, is_escalation, rejudged_on_resolution
from core.domain.case_view import CaseView
from core.domain.decision import Route
from core.domain.labels import decision_label

SNOOZE_DEFAULT_DAYS = 7  # the date the picker starts on, counted from the company's today


def lifecycle_blocks(view: CaseView) -> list[Block]:
    """The assignee line and the card's life buttons, for a card still waiting (none else)."""
    if not is_pending(view.state) or _in_doubt(view):
        return []
    blocks: list[Block] = []
    if view.assignee:
        blocks.append(ContextBlock(block_id=_bid(view, "assignee"), elements=[
            MarkdownTextObject(text=f":bust_in_silhouette: Assigned to {mention(view.assignee)}")
        ]))
    buttons = _escalation_buttons(view) if is_escalation(view.route) else _reminder_buttons(view)
    if buttons:
        blocks.append(ActionsBlock(block_id=_bid(view, "life"), elements=buttons))
    return blocks


def _reminder_buttons(view: CaseView) -> list[ButtonElement]:
    if view.route is not Route.DRAFT_FOR_APPROVAL or view.draft_body is None:
        return []
    value = _value(view)
    return [
        ButtonElement(text="Snooze until…", action_id=ActionId.SNOOZE, value=value),
        ButtonElement(text="Reassign…", action_id=ActionId.REASSIGN, value=value),
    ]


def _escalation_buttons(view: CaseView) -> list[ButtonElement]:
    value = _value(view)
    buttons = [
        ButtonElement(text="Assign to me", action_id=ActionId.ASSIGN_ME, value=value),
        ButtonElement(text="Assign to…", action_id=ActionId.REASSIGN, value=value),
        ButtonElement(text="Snooze until…", action_id=ActionId.SNOOZE, value=value),
        ButtonElement(text="Mark resolved…", action_id=ActionId.RESOLVE, value=value,
                      style="primary"),
    ]
    # Shown when the case allows it at all; who may click it is checked on the click.
    if draft_anyway_refusal(view.route, view.hard_stop, view.send_to) is None:
        invoice = clip(view.doc_number, 40)
        buttons.append(ButtonElement(
            text="Draft a reminder anyway", action_id=ActionId.DRAFT_ANYWAY, value=value,
            confirm=ConfirmObject(
                title="Draft a reminder anyway?",
                text=f"qbot drafts a reminder for invoice {invoice}. Nothing is sent until "
                "someone approves it on its own card.",
                confirm="Draft it", deny="Cancel",
            ),
        ))
    return buttons


def snooze_modal(view: CaseView, metadata: ModalMetadata, today: date) -> View:
    """The modal asking until when to snooze (a date after today, within the policy's days)."""
    return View(
        type="modal",
        callback_id=CallbackId.SNOOZE_MODAL,
        title="Snooze case",
        submit="Snooze",
        close="Cancel",
        private_metadata=metadata.dump(),
        blocks=[
            _case_context(view, "Nothing is sent meanwhile. On the date you pick the case comes "
                          "back, judged again on a fresh card."),
            InputBlock(
                block_id=BlockId.SNOOZE_DATE,
                label="Snooze until",
                element=DatePickerElement(
                    action_id=InputId.SNOOZE_DATE,
                    initial_date=(today + timedelta(days=SNOOZE_DEFAULT_DAYS)).isoformat(),
                ),
            ),
        ],
    )


def reassign_modal(view: CaseView, metadata: ModalMetadata) -> View:
    """The modal picking the approver to hand the card to."""
    amount = money(view.balance, view.currency)
    return View(
        type="modal",
        callback_id=CallbackId.REASSIGN_MODAL,
        title="Assign case",
        submit="Assign",
        close="Cancel",
        private_metadata=metadata.dump(),
        blocks=[
            _case_context(view, f"Only someone the approvers file lets decide {amount} "
                          "can take it; they get a direct message."),
            InputBlock(
                block_id=BlockId.REASSIGN_USER,
                label="Assign to",
                element=UserSelectElement(action_id=InputId.REASSIGN_USER,
                                          placeholder="Pick an approver"),
            ),
        ],
    )


def resolve_modal(view: CaseView, metadata: ModalMetadata) -> View:
    """The modal asking how an escalation was resolved."""
    if rejudged_on_resolution(view.hard_stop, view.outcome):
        what = ("qbot records it as resolved and judges the case again: a fresh card follows "
                "if there is still something to collect.")
    else:
        what = "The card closes with your note; nothing is sent."
    return View(
        type="modal",
        callback_id=CallbackId.RESOLVE_MODAL,
        title="Mark resolved",
        submit="Resolve",
        close="Cancel",
        private_metadata=metadata.dump(),
        blocks=[
            _case_context(view, what),
            InputBlock(
                block_id=BlockId.RESOLVE_NOTE,
                label="How was it resolved?",
                element=PlainTextInputElement(action_id=InputId.RESOLVE_NOTE, multiline=True,
                                              max_length=RESOLUTION_LIMIT),
            ),
        ],
    )


def _case_context(view: CaseView, what: str) -> ContextBlock:
    head = (f"*{clip_mrkdwn(decision_label(view.outcome, view.hard_stop), 200)}* · invoice "
            f"{clip_mrkdwn(view.doc_number, 40)} · {clip_mrkdwn(view.customer_name, 200)} · "
            f"{money(view.balance, view.currency)}")
    return ContextBlock(elements=[MarkdownTextObject(text=f"{head}\n{what}")])


def _value(view: CaseView) -> str:
    return CaseButtonValue(action_id=view.action_id, version=view.version).dump()


def _in_doubt(view: CaseView) -> bool:
    return view.trouble is not None and view.trouble.in_doubt_effect is not None


def _bid(view: CaseView, part: str) -> str:
    return f"case{view.action_id}v{view.version}_{part}"

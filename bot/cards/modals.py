"""The edit-and-approve and reject modals opened from a case card."""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    RadioButtonsElement,
)
from slack_sdk.models.views import View

from bot.cards.case import EDITABLE_BODY_CHARS, is_editable
from bot.cards.text import clip_mrkdwn, money
from bot.ids import BlockId, CallbackId, InputId
from bot.payloads import ModalMetadata
from core.domain.case_view import CaseView
from core.domain.labels import decision_label
from core.domain.rejection import REASON_LABELS
from core.errors import UserFacingError

SUBJECT_CHARS = 250  # core.domain.decision.Draft.subject max_length
REASON_CHARS = 1000


def edit_modal(view: CaseView, metadata: ModalMetadata) -> View:
    """Return the modal that edits the draft; submitting it approves and sends the edit.

    Raises UserFacingError when the case has no draft or the draft is too long for Slack's
    text input (3000 characters): truncating it here would send a different email.
    """
    if not is_editable(view) or view.draft_subject is None or view.draft_body is None:
        raise UserFacingError(
            "This draft cannot be edited in Slack (none, or longer than "
            f"{EDITABLE_BODY_CHARS:,} characters). Approve or reject it as shown."
        )
    return View(
        type="modal",
        callback_id=CallbackId.EDIT_MODAL,
        title="Edit reminder",
        submit="Approve & send",
        close="Cancel",
        private_metadata=metadata.dump(),
        blocks=[
            _invoice_context(view),
            InputBlock(
                block_id=BlockId.EDIT_SUBJECT,
                label="Subject",
                element=PlainTextInputElement(
                    action_id=InputId.EDIT_SUBJECT,
                    initial_value=view.draft_subject[:SUBJECT_CHARS],
                    max_length=SUBJECT_CHARS,
                ),
            ),
            InputBlock(
                block_id=BlockId.EDIT_BODY,
                label="Message to the customer",
                element=PlainTextInputElement(
                    action_id=InputId.EDIT_BODY,
                    initial_value=view.draft_body,
                    multiline=True,
                    max_length=EDITABLE_BODY_CHARS,
                ),
            ),
        ],
    )


def reject_modal(view: CaseView, metadata: ModalMetadata) -> View:
    """Return the modal asking why the draft is rejected: a reason (required) and words
    (required for Other). The weekly review counts the reasons."""
    return View(
        type="modal",
        callback_id=CallbackId.REJECT_MODAL,
        title="Reject draft",
        submit="Reject",
        close="Cancel",
        private_metadata=metadata.dump(),
        blocks=[
            _invoice_context(view),
            InputBlock(
                block_id=BlockId.REJECT_CHOICE,
                label="Why is it rejected?",
                optional=False,
                element=RadioButtonsElement(
                    action_id=InputId.REJECT_CHOICE,
                    options=[
                        Option(value=reason.value, label=label)
                        for reason, label in REASON_LABELS.items()
                    ],
                ),
            ),
            InputBlock(
                block_id=BlockId.REJECT_REASON,
                label="Details (needed for Other)",
                optional=True,
                element=PlainTextInputElement(
                    action_id=InputId.REJECT_REASON,
                    multiline=True,
                    max_length=REASON_CHARS,
                    placeholder="e.g. customer called, paying Friday",
                ),
            ),
        ],
    )


def reason_block(placeholder: str) -> InputBlock:
    """The required "Why is it rejected?" input of every reject modal."""
    return InputBlock(
        block_id=BlockId.REJECT_REASON,
        label="Why is it rejected?",
        optional=False,
        element=PlainTextInputElement(
            action_id=InputId.REJECT_REASON,
            multiline=True,
            min_length=3,
            max_length=REASON_CHARS,
            placeholder=placeholder,
        ),
    )


def _invoice_context(view: CaseView) -> ContextBlock:
    # A customer card's one email covers several invoices: the modal names them all.
    docs = [i.doc_number for i in view.invoices] if view.is_customer_card else [view.doc_number]
    which = ", ".join(clip_mrkdwn(d, 40) for d in docs[:20])
    text = (
        f"{decision_label(view.outcome, view.hard_stop)} · "
        f"{'Invoices' if len(docs) > 1 else 'Invoice'} {which} · "
        f"{clip_mrkdwn(view.customer_name, 200)} · {money(view.balance, view.currency)}"
    )
    return ContextBlock(block_id="invoice", elements=[MarkdownTextObject(text=text)])

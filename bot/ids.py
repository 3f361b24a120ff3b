"""Every Slack identifier qbot owns: action, callback, block and input ids, commands, events."""

from __future__ import annotations

from enum import StrEnum


class ActionId(StrEnum):
    """`action_id` of the buttons on a case card."""

    APPROVE = "case_approve"
    EDIT = "case_edit"
    REJECT = "case_reject"
    RESOLVE_SENT = "case_resolve_sent"  # a send in doubt did reach the customer
    RESOLVE_RESEND = "case_resolve_resend"  # it did not: send it again
    # A card's life besides deciding it (bot/cards/case_actions.py)
    SNOOZE = "case_snooze"  # opens the snooze modal (a date)
    ASSIGN_ME = "case_assign_me"
    REASSIGN = "case_reassign"  # opens the modal picking another approver
    RESOLVE = "case_resolve"  # an escalation: opens the modal asking for a note
    DRAFT_ANYWAY = "case_draft_anyway"  # an escalation: a reminder card for normal approval


class ChangeActionId(StrEnum):
    """`action_id` of the buttons on a staged change's approval card."""

    APPROVE = "change_approve"
    REJECT = "change_reject"
    EDIT = "change_edit"  # a single expense or invoice: its form, filled in


class ConflictActionId(StrEnum):
    """`action_id` of the buttons on a sync conflict's card; "Use the other side" is one
    button per field, its action_id suffixed `_<field index>` (unique within the message)."""

    KEEP = "conflict_keep"
    OTHER_SIDE = "conflict_other_side"


class AnswerActionId(StrEnum):
    """`action_id` of the buttons on a `/qb overdue` answer."""

    OVERDUE_NEXT = "qb_overdue_next"
    OVERDUE_SHARE = "qb_overdue_share"
    INVOICE_EDIT = "qb_invoice_edit"  # an invoice's Edit, on `/qb customer`


class SyncActionId(StrEnum):
    """`action_id` of the buttons on a `/qb sync status` answer."""

    RETRY = "qb_sync_retry"  # a failed or retry-queued change back in line for the push


class CallbackId(StrEnum):
    """`callback_id` of the modals, matched by `view_submission` listeners."""

    EDIT_MODAL = "case_edit_modal"
    REJECT_MODAL = "case_reject_modal"
    SNOOZE_MODAL = "case_snooze_modal"
    REASSIGN_MODAL = "case_reassign_modal"
    RESOLVE_MODAL = "case_resolve_modal"
    CHANGE_REJECT_MODAL = "change_reject_modal"
    EXPENSE_MODAL = "change_expense_modal"
    INVOICE_MODAL = "change_invoice_modal"


class FormMenuId(StrEnum):
    """`action_id` of the select menus on the expense and invoice forms, one per list they
    offer (a list too long for a menu is searched: `block_suggestion` by this id)."""

    VENDOR = "form_vendor"
    EXPENSE_ACCOUNT = "form_expense_account"
    PAID_FROM = "form_paid_from"
    CUSTOMER = "form_customer"
    ITEM = "form_item"
    CURRENCY = "form_currency"


class BlockId(StrEnum):
    """`block_id` of the modal input blocks (keys of `view.state.values`)."""

    EDIT_SUBJECT = "edit_subject"
    EDIT_BODY = "edit_body"
    REJECT_CHOICE = "reject_choice"
    REJECT_REASON = "reject_reason"
    SNOOZE_DATE = "snooze_date"
    REASSIGN_USER = "reassign_user"
    RESOLVE_NOTE = "resolve_note"


class InputId(StrEnum):
    """`action_id` of the input elements inside the blocks above."""

    EDIT_SUBJECT = "edit_subject_input"
    EDIT_BODY = "edit_body_input"
    REJECT_CHOICE = "reject_choice_input"
    REJECT_REASON = "reject_reason_input"
    SNOOZE_DATE = "snooze_date_input"
    REASSIGN_USER = "reassign_user_input"
    RESOLVE_NOTE = "resolve_note_input"


class SlashCommand(StrEnum):
    """Slash commands declared in manifest.yml."""

    QB = "/qb"


class QbSubcommand(StrEnum):
    """First word of `/qb` text (the manifest's usage hint lists them)."""

    HELP = "help"
    OVERDUE = "overdue"
    CUSTOMER = "customer"
    STATUS = "status"
    SYNC = "sync"
    CONFLICTS = "conflicts"
    DIGEST = "digest"
    REVIEW = "review"
    CONNECT = "connect"
    EXPENSE = "expense"
    INVOICE = "invoice"


class EventType(StrEnum):
    """Events API `event.type`s the app subscribes to."""

    APP_HOME_OPENED = "app_home_opened"
    TOKENS_REVOKED = "tokens_revoked"
    APP_UNINSTALLED = "app_uninstalled"
    # Messages in public / private channels the bot is in: replies in a card's thread are the
    # team's notes on the case (bot.listeners.thread_notes). Delivered as `message` events.
    MESSAGE_CHANNELS = "message.channels"
    MESSAGE_GROUPS = "message.groups"


class MetadataEventType(StrEnum):
    """`metadata.event_type` on posted cards, so an ambiguous post can be reconciled."""

    CASE_CARD = "qbot_case_card"
    CHANGE_CARD = "qbot_change_card"
    CONFLICT_CARD = "qbot_conflict_card"

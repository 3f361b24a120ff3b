"""The `/qb expense` and `/qb invoice` modals (and an invoice's Edit, prefilled).

Every menu lists the read copy: a list a menu can hold (100 options) is a static menu, a
longer one a searched (external) menu answered by `block_suggestion`. Within Block Kit's
limits: at most 7 + 3 × MAX_LINES input blocks, titles ≤ 24 characters.
"""

from __future__ import annotations

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DatePickerElement,
    ExternalDataSelectElement,
    InputBlock,
    InputInteractiveElement,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.cards.text import clip, clip_mrkdwn
from bot.form_state import FormMetadata, block_of, line_block
from bot.ids import CallbackId, FormMenuId
from core.domain.sync.forms import MAX_LINES, ExpenseForm, InvoiceForm, InvoiceLine
from core.domain.sync.import_check import MEMO_MAX, NOTE_MAX
from core.services.change_forms import CHOICES_SHOWN, Choice, FormChoices

OPTION_LABEL_CHARS = 75
AMOUNT_CHARS = 20
TITLE_CHARS = 24
LINE_ROWS_NEW = 3


def option(choice: Choice) -> Option:
    return Option(value=choice.value[:150], label=clip(choice.label, OPTION_LABEL_CHARS))


def menu(
    menu_id: FormMenuId,
    choices: list[Choice],
    placeholder: str,
    initial: Choice | None = None,
) -> StaticSelectElement | ExternalDataSelectElement:
    """A static menu of `choices`, or a searched one when there are more than it can hold."""
    first = option(initial) if initial is not None else None
    if len(choices) > CHOICES_SHOWN:
        return ExternalDataSelectElement(
            action_id=menu_id, placeholder=placeholder, min_query_length=1, initial_option=first
        )
    shown = [option(c) for c in choices]
    chosen = next((o for o in shown if first is not None and o.value == first.value), None)
    return StaticSelectElement(
        action_id=menu_id, placeholder=placeholder, options=shown, initial_option=chosen
    )


def _input(
    field: str, label: str, element: InputInteractiveElement, *, optional: bool = False
) -> InputBlock:
    return InputBlock(block_id=block_of(field), label=label, element=element, optional=optional)


def _text(field: str, label: str, limit: int, *, initial: str = "", optional: bool = True,
          multiline: bool = False, placeholder: str | None = None) -> InputBlock:  # fmt: skip
    element = PlainTextInputElement(
        action_id=field, max_length=limit, multiline=multiline, placeholder=placeholder,
        initial_value=initial or None,
    )  # fmt: skip
    return _input(field, label, element, optional=optional)


def _note(text: str) -> ContextBlock:
    return ContextBlock(block_id="form_note", elements=[MarkdownTextObject(text=text)])


NOT_YET_WRITTEN = (
    "Submitting stages it: nothing is written to QuickBooks until another approver approves "
    "its card."
)


def _initial(choices: list[Choice], value: str | None) -> Choice | None:
    return next((c for c in choices if c.value == value), None) if value else None


def expense_modal(
    choices: FormChoices, meta: FormMetadata, today: str, prefill: ExpenseForm | None = None
) -> View:
    """The new-expense form (a QuickBooks Purchase); with `prefill`, a staged one's edit."""
    currencies = [Choice(c, c) for c in choices.currencies or [choices.home_currency]]
    form = prefill or ExpenseForm(None, None, "", choices.home_currency, today, "", None)
    home = _initial(currencies, form.currency) or Choice(
        choices.home_currency, choices.home_currency
    )
    day = DatePickerElement(action_id="txn_date", initial_date=form.txn_date or None)
    blocks: list[Block] = [
        _input("payee", "Payee", menu(FormMenuId.VENDOR, choices.vendors, "Choose a vendor",
                                      _initial(choices.vendors, form.payee))),
        _input("account", "Expense account",
               menu(FormMenuId.EXPENSE_ACCOUNT, choices.expense_accounts, "Where it posts",
                    _initial(choices.expense_accounts, form.account))),
        _text("amount", "Amount", AMOUNT_CHARS, optional=False, placeholder="e.g. 120.50",
              initial=form.amount),
        _input("currency", "Currency", menu(FormMenuId.CURRENCY, currencies, "Currency", home)),
        _input("txn_date", "Date", day),
        _input("paid_from", "Paid from",
               menu(FormMenuId.PAID_FROM, choices.paid_from, "A bank or credit card account",
                    _initial(choices.paid_from, form.paid_from))),
        _text("memo", "Memo (not shown to the vendor)", NOTE_MAX, multiline=True,
              initial=form.memo),
        _note(NOT_YET_WRITTEN),
    ]  # fmt: skip
    return View(
        type="modal", callback_id=CallbackId.EXPENSE_MODAL,
        title="Edit expense" if prefill is not None else "New expense",
        submit="Submit for approval", close="Cancel", private_metadata=meta.dump(),
        blocks=blocks,
    )  # fmt: skip


def _line_rows(
    choices: FormChoices, lines: tuple[InvoiceLine, ...], names: dict[str, str]
) -> list[Block]:
    rows = max(len(lines), LINE_ROWS_NEW) if len(lines) < MAX_LINES else MAX_LINES
    blocks: list[Block] = []
    for n in range(rows):
        line = lines[n] if n < len(lines) else InvoiceLine(None, "", "")
        chosen = Choice(line.item, names.get(line.item, line.item)) if line.item else None
        blocks += [
            InputBlock(
                block_id=line_block(n, "item"), label=f"Line {n + 1}: item", optional=n > 0,
                element=menu(FormMenuId.ITEM, choices.items, "Choose an item", chosen),
            ),
            InputBlock(
                block_id=line_block(n, "qty"), label=f"Line {n + 1}: quantity", optional=True,
                element=PlainTextInputElement(action_id="qty", max_length=AMOUNT_CHARS,
                                              placeholder="1", initial_value=line.qty or None),
            ),
            InputBlock(
                block_id=line_block(n, "rate"), label=f"Line {n + 1}: rate", optional=True,
                element=PlainTextInputElement(
                    action_id="rate", max_length=AMOUNT_CHARS, initial_value=line.rate or None,
                    placeholder="the item's price"),
            ),
        ]  # fmt: skip
    return blocks


def invoice_modal(
    choices: FormChoices,
    meta: FormMetadata,
    prefill: InvoiceForm | None = None,
    doc_number: str = "",
    names: dict[str, str] | None = None,
) -> View:
    """The new-invoice form, or with `prefill` the edit of an existing one (`names` gives the
    names of its customer and items, for a searched menu's initial option)."""
    form = prefill or InvoiceForm(None, (), None, "")
    names = names or {}
    customer = (
        Choice(form.customer, names.get(form.customer, form.customer)) if form.customer else None
    )
    due = DatePickerElement(action_id="due_date", initial_date=form.due_date)
    blocks: list[Block] = [
        _input("customer", "Customer",
               menu(FormMenuId.CUSTOMER, choices.customers, "Choose a customer", customer)),
        *_line_rows(choices, form.lines, names),
        _input("due_date", "Due date", due, optional=True),
        _text("memo", "Message on the invoice", MEMO_MAX, initial=form.memo, multiline=True),
        _note(NOT_YET_WRITTEN + " A blank rate takes the item's price."),
    ]  # fmt: skip
    title = f"Edit invoice {doc_number}" if prefill is not None else "New invoice"
    if len(title) > TITLE_CHARS:
        title = "Edit invoice"
    return View(
        type="modal", callback_id=CallbackId.INVOICE_MODAL, title=title,
        submit="Submit for approval", close="Cancel", private_metadata=meta.dump(),
        blocks=blocks,
    )  # fmt: skip


def staged_line(what: str, change_id: int, channel: str) -> str:
    """The submitter's ephemeral receipt."""
    return (
        f":inbox_tray: {clip_mrkdwn(what, 200)} staged as change {change_id}; its approval card "
        f"is in <#{channel}>. Nothing is written to QuickBooks until another approver approves it."
    )

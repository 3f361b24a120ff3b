"""The expense and invoice forms' opaque parts: what a form carries in `private_metadata`, its
block ids, and its submitted `view.state.values` read into the plain answers core takes.

Anyone holding the signing secret can forge a submission, so every value is type-checked
and bounded here; whether the answers make a good expense is core's (import_check's) call.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from bot.ids import FormMenuId
from bot.payloads import PRIVATE_METADATA_LIMIT, PayloadError, RowId, Version, _OpaquePayload
from core.domain.sync.forms import MAX_LINES, ExpenseForm, InvoiceForm, InvoiceLine

RealmId = Annotated[str, Field(pattern=r"^[0-9A-Za-z]{1,32}$")]
TEXT_LIMIT = 4000  # the longest input on the forms (PrivateNote)
_LINE_FIELD = re.compile(r"line(\d)")
_INCOMPLETE = "The form was incomplete; close it and run the command again."


class FormMetadata(_OpaquePayload):
    """What a form carries: the company, where the command was typed, and for an edit the
    invoice and the SyncToken it was opened on."""

    _limit: ClassVar[int] = PRIVATE_METADATA_LIMIT
    _what: ClassVar[str] = "form"

    kind: Literal["expense", "invoice"]
    realm_id: RealmId
    channel: Annotated[str, Field(pattern=r"^[A-Z0-9]{2,64}$")] | None = None
    qbo_id: Annotated[str, Field(pattern=r"^[0-9A-Za-z-]{1,32}$")] | None = None
    sync_token: Annotated[str, Field(pattern=r"^\d{1,16}$")] | None = None
    batch_id: RowId | None = None  # an edit on a change card: the batch, at the card's version
    version: Version | None = None

    @classmethod
    def _garbled_message(cls) -> str:
        return "This form could not be read (it may come from an older qbot); open it again."


def block_of(field: str) -> str:
    """The block a form field's input lives in (and its error is shown beside)."""
    found = _LINE_FIELD.fullmatch(field)
    return line_block(int(found.group(1)), "item") if found else f"form_{field}"


def line_block(row: int, part: str) -> str:
    return f"form_line{row}_{part}"


def _element(values: Mapping[str, Any], block: str, action: str) -> Mapping[str, Any] | None:
    inputs = values.get(block)
    if inputs is None:
        return None  # an optional block Slack left out
    if not isinstance(inputs, Mapping):
        raise PayloadError(_INCOMPLETE)
    element = inputs.get(action)
    if element is not None and not isinstance(element, Mapping):
        raise PayloadError(_INCOMPLETE)
    return element


def _text(values: Mapping[str, Any], block: str, action: str) -> str:
    element = _element(values, block, action)
    value = element.get("value") if element else None
    if value is not None and (not isinstance(value, str) or len(value) > TEXT_LIMIT):
        raise PayloadError(_INCOMPLETE)
    return value.strip() if value else ""


def _chosen(values: Mapping[str, Any], block: str, action: str) -> str | None:
    element = _element(values, block, action)
    picked = element.get("selected_option") if element else None
    if picked is None:
        return None
    value = picked.get("value") if isinstance(picked, Mapping) else None
    if not isinstance(value, str) or not 0 < len(value) <= 150:
        raise PayloadError(_INCOMPLETE)
    return value


def _day(values: Mapping[str, Any], block: str, action: str) -> str | None:
    element = _element(values, block, action)
    day = element.get("selected_date") if element else None
    if day is not None and (not isinstance(day, str) or len(day) > 10):
        raise PayloadError(_INCOMPLETE)
    return day or None


def expense_form(values: Mapping[str, Any]) -> ExpenseForm:
    """The answers of a submitted expense form."""
    return ExpenseForm(
        payee=_chosen(values, block_of("payee"), FormMenuId.VENDOR),
        account=_chosen(values, block_of("account"), FormMenuId.EXPENSE_ACCOUNT),
        amount=_text(values, block_of("amount"), "amount"),
        currency=_chosen(values, block_of("currency"), FormMenuId.CURRENCY),
        txn_date=_day(values, block_of("txn_date"), "txn_date"),
        memo=_text(values, block_of("memo"), "memo"),
        paid_from=_chosen(values, block_of("paid_from"), FormMenuId.PAID_FROM),
    )


def invoice_form(values: Mapping[str, Any]) -> InvoiceForm:
    """The answers of a submitted invoice form (its line rows in order)."""
    lines = tuple(
        InvoiceLine(
            item=_chosen(values, line_block(n, "item"), FormMenuId.ITEM),
            qty=_text(values, line_block(n, "qty"), "qty"),
            rate=_text(values, line_block(n, "rate"), "rate"),
        )
        for n in range(MAX_LINES)
    )
    return InvoiceForm(
        customer=_chosen(values, block_of("customer"), FormMenuId.CUSTOMER),
        lines=lines,
        due_date=_day(values, block_of("due_date"), "due_date"),
        memo=_text(values, block_of("memo"), "memo"),
    )


# Which read-copy list a searched menu looks in.
MENU_LISTS: Mapping[FormMenuId, str] = {
    FormMenuId.VENDOR: "vendor",
    FormMenuId.EXPENSE_ACCOUNT: "expense_account",
    FormMenuId.PAID_FROM: "paid_from",
    FormMenuId.CUSTOMER: "customer",
    FormMenuId.ITEM: "item",
}

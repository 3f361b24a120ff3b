"""The approval card of a batch of staged changes: each change field by field (before → after),
the money total, and Approve / Reject while it waits. Within Block Kit's limits at any size."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.cards.modals import reason_block
from bot.cards.text import (
    CONTEXT_TEXT_LIMIT,
    FIELD_TEXT_LIMIT,
    HEADER_TEXT_LIMIT,
    SECTION_TEXT_LIMIT,
    clip,
    clip_mrkdwn,
    escape_mrkdwn,
    mention,
    money,
)
from bot.ids import CallbackId, ChangeActionId
from bot.payloads import CaseButtonValue, ModalMetadata
from core.domain.sync.change_view import ChangeBatchView, ChangeLine, FieldDiff
from core.domain.sync.staged import ChangeKind, ChangeState

FIELDS_PER_CHANGE = 12  # a change's first fields, field by field; the rest are counted
VALUE_CHARS = 120
_NOUN = {ChangeKind.ACCOUNT: "account", ChangeKind.INVOICE: "invoice",
         ChangeKind.EXPENSE: "expense"}  # fmt: skip
_DECIDED = {
    ChangeState.APPROVED: ":white_check_mark: Approved by {who}; it will be written to QuickBooks.",
    ChangeState.REJECTED: ":x: Rejected by {who}: {reason}. Nothing is written to QuickBooks.",
    ChangeState.WITHDRAWN: ":leftwards_arrow_with_hook: Withdrawn: {reason}",
    ChangeState.PUSHING: ":arrows_counterclockwise: Being written to QuickBooks.",
    ChangeState.PUSHED: ":white_check_mark: Written to QuickBooks (approved by {who}).",
    ChangeState.FAILED: ":warning: QuickBooks refused it: {reason}",
}


def _bid(view: ChangeBatchView, name: str) -> str:
    return f"batch{view.batch_id}_{name}"


def _mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=text)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def headline(view: ChangeBatchView) -> str:
    """`New expense for approval` for one change, `Import of 12 changes for approval` for more."""
    if view.count == 1 and view.changes:
        one = view.changes[0]
        what = f"New {_NOUN[one.kind]}" if one.qbo_id is None else f"Change to {_NOUN[one.kind]}"
        what = f"{what} {one.label}" if one.label else what
    else:
        source = "Import" if view.source.startswith("import:") else "Batch"
        what = f"{source} of {view.count} changes"
    tail = " for approval" if view.pending else f" ({view.state.value.replace('_', ' ')})"
    return clip(what + tail, HEADER_TEXT_LIMIT)


def change_card_text(view: ChangeBatchView) -> str:
    """The notification text (and fallback) of the card."""
    return f"{headline(view)}: {money(view.total, view.currency)}"


def _submitter(view: ChangeBatchView) -> str:
    if view.submitted_by.startswith("import:"):
        return f"`{clip_mrkdwn(view.submitted_by, 200)}`"
    return mention(view.submitted_by)


def _shown(value: Any) -> str:
    """A field value as a bookkeeper reads it: refs by name or Id, lines by count and total."""
    if value is None:
        return "—"
    if isinstance(value, dict) and set(value) <= {"value", "name", "type"} and "value" in value:
        text = str(value.get("name") or value["value"])
    elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
        priced = [v for v in value if v.get("DetailType") != "SubTotalLineDetail"]
        total = sum((Decimal(str(v.get("Amount", 0))) for v in priced), Decimal(0))
        text = f"{_plural(len(priced), 'line')}, {total:,.2f}"
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, default=str)
    return clip_mrkdwn(" ".join(text.split()) or "(empty)", VALUE_CHARS)


def _field_line(diff: FieldDiff, new: bool) -> str:
    name = escape_mrkdwn(diff.name)
    if new:
        return f"• `{name}`: {_shown(diff.after)}"
    return f"• `{name}`: {_shown(diff.before)} → *{_shown(diff.after)}*"


def _change_section(view: ChangeBatchView, change: ChangeLine) -> SectionBlock:
    new = change.qbo_id is None
    where = "new" if new else f"QuickBooks Id {clip_mrkdwn(change.qbo_id or '', 32)}"
    line = f" · line {change.line}" if change.line is not None else ""
    head = (
        f"*{_NOUN[change.kind].capitalize()}* ({where}{line}) · {clip_mrkdwn(change.label, 200)}"
        + (f" · {money(change.amount, change.currency)}" if change.amount else "")
    )
    if change.state is not view.state:  # e.g. pushed, held as a conflict, refused
        head += f" · _{change.state.value.replace('_', ' ')}_"
    shown = [_field_line(d, new) for d in change.fields[:FIELDS_PER_CHANGE]]
    more = len(change.fields) - len(shown)
    if more > 0:
        shown.append(f"…and {_plural(more, 'more field')}")
    body = "\n".join([head, *shown])
    return SectionBlock(
        block_id=_bid(view, f"change{change.change_id}"),
        text=_mrkdwn(clip(body, SECTION_TEXT_LIMIT)),
    )


def _facts(view: ChangeBatchView) -> list[MarkdownTextObject]:
    kinds = ", ".join(_plural(n, _NOUN[ChangeKind(k)]) for k, n in sorted(view.counts.items()))
    return [
        _mrkdwn(clip(f"*Submitted by*\n{_submitter(view)}", FIELD_TEXT_LIMIT)),
        _mrkdwn(f"*Total*\n{money(view.total, view.currency)}"),
        _mrkdwn(clip(f"*Changes*\n{kinds or '—'}", FIELD_TEXT_LIMIT)),
        _mrkdwn(f"*Batch*\n{view.batch_id}"),
    ]


def _status(view: ChangeBatchView) -> str:
    if view.pending:
        note = "Nothing is written to QuickBooks until an approver approves it"
        if view.touches_accounts:
            note += "; a change to the chart of accounts needs a finance lead"
        return f"{note}. Whoever submitted it cannot approve it."
    template = _DECIDED.get(view.state, "{state}")
    return template.format(
        who=mention(view.decided_by),
        reason=clip_mrkdwn(view.reason or "no reason given", 500),
        state=view.state.value,
    )


def _buttons(view: ChangeBatchView) -> list[ButtonElement]:
    value = CaseButtonValue(action_id=view.batch_id, version=view.version).dump()
    total = money(view.total, view.currency)
    return [
        ButtonElement(
            text="Approve", action_id=ChangeActionId.APPROVE, value=value, style="primary",
            confirm=ConfirmObject(
                title="Write this to QuickBooks?",
                text=clip(f"{_plural(view.count, 'change')}, {total} in total.", 300),
                confirm="Approve", deny="Not yet",
            ),
        ),
        ButtonElement(text="Reject", action_id=ChangeActionId.REJECT, value=value,
                      style="danger"),
    ] + ([ButtonElement(text="Edit", action_id=ChangeActionId.EDIT, value=value)]
         if _editable(view) else [])  # fmt: skip


def _editable(view: ChangeBatchView) -> bool:
    """One expense or invoice: its card's Edit opens its form (core re-checks on the click)."""
    return view.count == 1 and all(c.kind is not ChangeKind.ACCOUNT for c in view.changes)


def change_card(view: ChangeBatchView) -> list[Block]:
    """The card's blocks for the batch's current state (≤ 16 blocks whatever its size)."""
    blocks: list[Block] = [
        HeaderBlock(block_id=_bid(view, "header"), text=headline(view)),
        SectionBlock(block_id=_bid(view, "facts"), fields=_facts(view)),
    ]
    blocks += [_change_section(view, c) for c in view.changes]
    hidden = view.count - len(view.changes)
    if hidden > 0:
        hint = (
            f"…and {_plural(hidden, 'more change')}, in the total above: "
            "`qbot records list --type TYPE --state awaiting_approval` lists them."
        )
        blocks.append(ContextBlock(block_id=_bid(view, "more"), elements=[_mrkdwn(hint)]))
    status = clip(_status(view), CONTEXT_TEXT_LIMIT)
    blocks.append(ContextBlock(block_id=_bid(view, "status"), elements=[_mrkdwn(status)]))
    if view.pending:
        blocks.append(ActionsBlock(block_id=_bid(view, "actions"), elements=_buttons(view)))
    return blocks


def change_card_json(view: ChangeBatchView) -> list[dict[str, Any]]:
    return [b.to_dict() for b in change_card(view)]


def change_reject_modal(view: ChangeBatchView, metadata: ModalMetadata) -> View:
    """The modal asking why the batch is rejected (the reason is required)."""
    return View(
        type="modal",
        callback_id=CallbackId.CHANGE_REJECT_MODAL,
        title="Reject change",
        submit="Reject",
        close="Cancel",
        private_metadata=metadata.dump(),
        blocks=[
            ContextBlock(block_id="batch", elements=[_mrkdwn(clip(change_card_text(view), 2000))]),
            reason_block("e.g. wrong account; resubmit it"),
        ],
    )  # fmt: skip

"""`qbot demo`, the second job: the two-way sync, through the same code paths as production.

An expense is submitted through the `/qb expense` form (a signed view_submission), refused
to its own submitter and approved on its card by somebody else (separation of duties); an
invoice is edited on the platform (`qbot records import`'s path) and, meanwhile, by a
QuickBooks user through the simulator's REST API. One sync cycle (`qbot sync`'s) then pulls,
finds the invoice changed on both sides, resolves it by the default policy and pushes the
approved expense; the worker posts the conflict card. Every figure is read back from the
database and the QuickBooks simulator, never from what the demo meant to do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from slack_sdk.models.views import View
from sqlmodel import col, select

from bot.cards.change_batch import change_card_json
from bot.cards.change_forms import expense_modal
from bot.cards.conflict import conflict_card_json, conflict_card_text
from bot.demo.slack import DemoSlack
from bot.form_state import FormMetadata
from bot.ids import ChangeActionId, FormMenuId
from core.bootstrap import Services
from core.models import (
    AuditEntry,
    ChangeBatch,
    Invoice,
    ProposedAction,
    StagedChangeRow,
    SyncConflict,
)
from core.services.conflicts import conflict_json
from core.services.ingest import SYNC_TYPES, kinds_for
from core.services.push import marker
from core.services.records_import import file_format, import_records, parse_rows
from core.worker import Worker
from sandbox.qbo.server import QboSimulator
from sandbox.qbo.user_edits import edit_as_user

Step = Callable[[str], None]
EXPENSE = {"vendor": "Rose City Fuel", "account": "Fuel", "paid_from": "Checking",
           "amount": "86.40", "memo": "Diesel for the mowers"}  # fmt: skip
PLATFORM_DAYS, QUICKBOOKS_DAYS = 14, 30  # how far each side moves the invoice's DueDate
IMPORT_FILE = "demo-edits.jsonl"


@dataclass
class SyncDemo:
    """What the second job did, as read back afterwards."""

    expenses_pushed: int = 0
    conflicts: int = 0
    conflict_cards: int = 0
    expense: dict[str, Any] = field(default_factory=dict)
    conflict: dict[str, Any] = field(default_factory=dict)
    sync_cycle: dict[str, Any] = field(default_factory=dict)


@dataclass
class SyncParts:
    """The running pieces the second job drives."""

    services: Services
    slack: DemoSlack
    worker: Worker
    qsim: QboSimulator
    realm_id: str
    channel: str
    today: date
    workdir: Path


def run_sync_job(parts: SyncParts, submitter: str, approver: str, step: Step) -> SyncDemo:
    """Expense in through Slack and out to QuickBooks; an invoice conflict settled by policy."""
    out = SyncDemo()
    batch_id = _submit_expense(parts, submitter, step)
    parts.worker.run_until_idle()  # the change's approval card, from the outbox
    _approve(parts, batch_id, submitter, approver, step)
    invoice = _edit_both_sides(parts, step)
    parts.worker.run_until_idle()  # the imported edit's approval card
    report = parts.services.sync.run(parts.services.qbo_for(parts.realm_id), kinds_for(SYNC_TYPES))
    parts.worker.run_until_idle()  # the conflict card, the change cards redrawn
    out.sync_cycle = report.as_json()
    step(
        f"qbot sync: pulled {sum(report.pulled.values())} rows; conflicts "
        f"{report.resolution.conflicts} (resolved by policy {report.resolution.resolved_by_policy}"
        f", staged changes withdrawn {report.resolution.withdrawn}); pushed {report.push.pushed}; "
        f"{report.api_calls} QuickBooks calls"
    )
    _read_back(parts, batch_id, invoice, out)
    step(
        f"{out.expenses_pushed} expense in QuickBooks (Purchase "
        f"{out.expense.get('qbo_id')}), {out.conflicts} conflict, "
        f"{out.conflict_cards} conflict card posted"
    )
    return out


def _option(view: Mapping[str, Any], block_id: str, label: str | None = None) -> dict[str, Any]:
    """The menu option a person picks in `block_id` (by its label; else the first)."""
    block = next(b for b in view["blocks"] if b.get("block_id") == block_id)
    options = block["element"].get("options") or []
    picked = next((o for o in options if label is None or o["text"]["text"] == label), None)
    if picked is None:
        raise RuntimeError(f"the form offers no {label!r} in {block_id}")
    return {"type": "static_select", "selected_option": picked}


def _expense_answers(view: Mapping[str, Any], today: date) -> dict[str, Any]:
    """What the submitter types and picks in the form, by its block and action ids."""
    return {
        "form_payee": {FormMenuId.VENDOR.value: _option(view, "form_payee", EXPENSE["vendor"])},
        "form_account": {
            FormMenuId.EXPENSE_ACCOUNT.value: _option(view, "form_account", EXPENSE["account"])
        },
        "form_amount": {"amount": EXPENSE["amount"]},
        "form_currency": {FormMenuId.CURRENCY.value: _option(view, "form_currency")},
        "form_txn_date": {"txn_date": {"type": "datepicker", "selected_date": today.isoformat()}},
        "form_paid_from": {
            FormMenuId.PAID_FROM.value: _option(view, "form_paid_from", EXPENSE["paid_from"])
        },
        "form_memo": {"memo": EXPENSE["memo"]},
    }


def _submit_expense(parts: SyncParts, submitter: str, step: Step) -> int:
    services = parts.services

    def built() -> dict[str, Any]:  # what the command would open (real Slack: see slack.py)
        meta = FormMetadata(kind="expense", realm_id=parts.realm_id, channel=parts.channel)
        view: View = expense_modal(
            services.change_forms.choices(parts.realm_id), meta, parts.today.isoformat()
        )
        return view.to_dict()

    view = parts.slack.open_form("expense", parts.channel, submitter, built)
    answer = parts.slack.submit(view, _expense_answers(view, parts.today), submitter)
    if answer.text:  # a bare 200 stages; anything else is the form's field errors
        raise RuntimeError(f"the expense form was refused: {answer.text}")
    with services.uow.session() as session:
        change = session.exec(
            select(StagedChangeRow)
            .where(
                StagedChangeRow.record_type == "expense",
                StagedChangeRow.submitted_by == submitter,
            )
            .order_by(col(StagedChangeRow.id).desc())
        ).first()
    if change is None:
        raise RuntimeError("the expense form staged nothing")
    step(
        f"/qb expense by <@{submitter}>: {EXPENSE['amount']} {EXPENSE['vendor']} "
        f"({EXPENSE['account']}, paid from {EXPENSE['paid_from']}) submitted through the form "
        f"→ HTTP {answer.status_code}, staged as change {change.id}"
    )
    return change.batch_id


def _batch(services: Services, batch_id: int) -> ChangeBatch:
    with services.uow.session() as session:
        batch = session.get(ChangeBatch, batch_id)
    if batch is None or batch.slack_ts is None or batch.slack_channel is None:
        raise RuntimeError(f"change batch {batch_id} has no approval card")
    return batch


def _approve(parts: SyncParts, batch_id: int, submitter: str, approver: str, step: Step) -> None:
    """The submitter's own Approve is refused; a finance lead's goes through."""
    services = parts.services
    for user in (submitter, approver):
        batch = _batch(services, batch_id)
        blocks = change_card_json(services.change_approvals.view(batch_id))
        assert batch.slack_channel is not None and batch.slack_ts is not None  # for mypy
        parts.slack.click(
            batch.slack_channel, batch.slack_ts, ChangeActionId.APPROVE.value, user, blocks
        )
    decided = _batch(services, batch_id)
    if decided.state != "approved" or decided.decided_by != approver:
        raise RuntimeError(f"the expense was not approved (batch is {decided.state})")
    with services.uow.session() as session:
        refusal = session.exec(
            select(AuditEntry).where(
                AuditEntry.kind == "approval.refused",
                AuditEntry.actor == submitter,
                AuditEntry.subject == f"batch:{batch_id}",
            )
        ).first()
    if refusal is None:
        raise RuntimeError("the submitter's own approval was not refused")
    step(
        f"<@{submitter}> clicked Approve on their own expense: refused and audited "
        f"(“{refusal.data.get('reason')}”); approved by <@{approver}>"
    )


def _edit_both_sides(parts: SyncParts, step: Step) -> Invoice:
    """The platform moves an open invoice's DueDate (an import row), then a QuickBooks user
    moves it elsewhere before qbot syncs."""
    services = parts.services
    with services.uow.session() as session:
        # One the collections job left alone (it has no case), so the two stories stay apart.
        cased = set(session.exec(select(ProposedAction.invoice_qbo_id)).all())
        invoice = next(
            i
            for i in session.exec(
                select(Invoice)
                .where(
                    Invoice.realm_id == parts.realm_id,
                    Invoice.balance > 0,
                    col(Invoice.due_date).is_not(None),
                )
                .order_by(col(Invoice.doc_number))
            ).all()
            if i.qbo_id not in cased
        )
    assert invoice.due_date is not None
    platform_due = invoice.due_date + timedelta(days=PLATFORM_DAYS)
    quickbooks_due = invoice.due_date + timedelta(days=QUICKBOOKS_DAYS)
    path = parts.workdir / IMPORT_FILE
    row = f'{{"type": "invoice", "qbo_id": "{invoice.qbo_id}", "DueDate": "{platform_due}"}}'
    path.write_text(row + "\n", encoding="utf-8")
    rows = list(parse_rows(file_format(path.name), path.read_text("utf-8").splitlines()))
    report = import_records(services.uow, services.staging, parts.realm_id, path.name, rows)
    if report.rejected or not report.staged:
        raise RuntimeError(f"the invoice edit was not staged: {report.as_json()}")
    edit_as_user(parts.qsim, "Invoice", invoice.qbo_id, {"DueDate": quickbooks_due.isoformat()})
    step(
        f"invoice {invoice.doc_number}: DueDate {invoice.due_date} → {platform_due} staged on "
        f"the platform (qbot records import {path.name}), → {quickbooks_due} by a QuickBooks "
        "user meanwhile"
    )
    return invoice


def _read_back(parts: SyncParts, batch_id: int, invoice: Invoice, out: SyncDemo) -> None:
    services = parts.services
    with services.uow.session() as session:
        pushed = session.exec(
            select(StagedChangeRow).where(
                StagedChangeRow.realm_id == parts.realm_id,
                StagedChangeRow.record_type == "expense",
                StagedChangeRow.state == "pushed",
            )
        ).all()
        conflicts = session.exec(select(SyncConflict).order_by(col(SyncConflict.id))).all()
        ours = [c for c in conflicts if c.qbo_id == invoice.qbo_id]
        change_state = {c.id: c.state for c in session.exec(select(StagedChangeRow)).all()}
    in_books = [c for c in pushed if c.qbo_id and _stored(parts.qsim, c)]
    out.expenses_pushed = len(in_books)
    out.conflicts = len(conflicts)
    out.conflict_cards = sum(1 for c in conflicts if c.slack_ts)
    if in_books:
        change = in_books[-1]
        purchase = parts.qsim.entity("Purchase", str(change.qbo_id))
        batch = _batch(services, batch_id)
        out.expense = {
            "change": change.id,
            "qbo_id": change.qbo_id,
            "vendor": _vendor(parts.qsim, purchase),
            "total": purchase.get("TotalAmt"),
            "private_note": purchase.get("PrivateNote"),
            "submitted_by": change.submitted_by,
            "approved_by": batch.decided_by,
        }
    if ours:
        row = ours[-1]
        view = services.conflict_cards.view(row.id or 0)  # the card as qbot last drew it
        out.conflict = {
            **conflict_json(row),
            "doc_number": invoice.doc_number,
            "change_state": change_state.get(row.change_id),
            "quickbooks_due_date": parts.qsim.entity("Invoice", invoice.qbo_id).get("DueDate"),
            "card": conflict_card_text(view),
            "card_blocks": conflict_card_json(view),
            "card_ts": row.slack_ts,
        }


def _stored(qsim: QboSimulator, change: StagedChangeRow) -> bool:
    """The change's Purchase is in the simulator's books, carrying qbot's marker."""
    try:
        purchase = qsim.entity("Purchase", str(change.qbo_id))
    except KeyError:
        return False
    return marker(change.id or 0) in str(purchase.get("PrivateNote", ""))


def _vendor(qsim: QboSimulator, purchase: Mapping[str, Any]) -> str | None:
    """The payee's name as QuickBooks holds it (a Purchase's EntityRef may carry only the Id)."""
    ref = purchase.get("EntityRef") or {}
    if ref.get("name"):
        return str(ref["name"])
    try:
        return str(qsim.entity("Vendor", str(ref.get("value")))["DisplayName"])
    except KeyError:
        return None

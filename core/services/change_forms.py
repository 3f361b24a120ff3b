"""The Slack forms' use cases: who may submit one, the choices they offer (from the read copy),
and staging a submitted expense or invoice exactly as an import row is staged (the same
RowChecker, one StagingService, the same approval card through the outbox)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from core.domain.authority import Act, Approvers
from core.domain.sync.forms import (
    EXPENSE_FIELDS,
    ExpenseForm,
    FormError,
    InvoiceForm,
    InvoiceRow,
    editable,
    expense_row,
    field_of,
    invoice_edit_row,
    invoice_fields,
    invoice_row,
    staged_expense,
)
from core.domain.sync.import_check import Books, CurrentRecord, Rejection, RowChecker
from core.domain.sync.staged import ChangeKind, StagedChange
from core.errors import UserFacingError
from core.models import Account, ChangeBatch, Customer, Invoice, Item, StagedChangeRow, Vendor
from core.ports import Clock
from core.services import permissions
from core.services.approvals import Actor
from core.services.change_approvals import UPDATE_CARD
from core.services.outbox import enqueue_batch_effect
from core.services.permissions import Attempt
from core.services.staging import (
    StagedBatch,
    StagingService,
    books_for,
    company_of,
    revise,
)
from core.services.uow import UnitOfWork

EXPENSE_ACCOUNT_TYPES = ("Expense", "Other Expense", "Cost of Goods Sold")
PAID_FROM_TYPES = ("Bank", "Credit Card")
CHOICES_SHOWN = 100  # Slack's most options in one select menu


@dataclass(frozen=True)
class Choice:
    """One option of a select menu: a QuickBooks Id and the name a person knows it by."""

    value: str
    label: str


@dataclass(frozen=True)
class FormChoices:
    """What the forms offer for one company; a list longer than a menu holds is searched
    instead (`search`)."""

    realm_id: str
    home_currency: str
    vendors: list[Choice]
    expense_accounts: list[Choice]
    paid_from: list[Choice]
    customers: list[Choice]
    items: list[Choice]
    currencies: list[str]


@dataclass(frozen=True)
class FormProblem:
    """Why a submission staged nothing, and the form field to say it beside."""

    field: str
    reason: str


@dataclass(frozen=True)
class StagedForm:
    """A batch's one change as its card's Edit opens it: the form's kind and answers."""

    batch_id: int
    version: int
    realm_id: str
    kind: ChangeKind
    qbo_id: str | None
    sync_token: str | None
    form: ExpenseForm | InvoiceForm


@dataclass(frozen=True)
class Revised:
    """A change edited on its card: the batch, at its new version."""

    batch_id: int
    change_id: int


@dataclass(frozen=True)
class EditableInvoice:
    """An invoice as the edit form opens it: the version it edits and its prefilled answers."""

    qbo_id: str
    sync_token: str
    doc_number: str
    form: InvoiceForm


# The lists a menu offers (and a searched menu looks in).
LISTS = ("vendor", "customer", "item", "expense_account", "paid_from")


def _choices(rows: Sequence[tuple[str, str]]) -> list[Choice]:
    return [Choice(qbo_id, name or qbo_id) for qbo_id, name in rows]


def _named(
    session: Session,
    realm_id: str,
    what: str,
    text: str,
    limit: int,
    ids: Sequence[str] | None = None,
) -> list[Choice]:
    """Up to `limit` active records of list `what`, by name; only names containing `text`
    (and with `ids`, only those records)."""
    model: Any
    if what == "vendor":
        model, name = Vendor, Vendor.display_name
        query = select(Vendor.qbo_id, name).where(col(Vendor.active).is_(True))
    elif what == "customer":
        model, name = Customer, Customer.display_name
        query = select(Customer.qbo_id, name)
    elif what == "item":
        model, name = Item, Item.name
        query = select(Item.qbo_id, name).where(col(Item.active).is_(True))
    elif what in ("expense_account", "paid_from"):
        model, name = Account, Account.name
        types = EXPENSE_ACCOUNT_TYPES if what == "expense_account" else PAID_FROM_TYPES
        query = select(Account.qbo_id, name).where(
            col(Account.active).is_(True), col(Account.account_type).in_(types)
        )
    else:
        raise UserFacingError(f"qbot has no list called {what!r}")
    query = query.where(model.realm_id == realm_id, col(model.deleted).is_(False))
    if text:
        query = query.where(col(name).ilike(f"%{text}%"))
    if ids is not None:
        query = query.where(col(model.qbo_id).in_(ids))
    return _choices(session.exec(query.order_by(col(name)).limit(limit)).all())


def _currencies(session: Session, realm_id: str) -> list[str]:
    found = session.exec(
        select(Account.currency).where(Account.realm_id == realm_id).distinct()
    ).all()
    return sorted(set(found))[:CHOICES_SHOWN]


class ChangeFormService:
    """Behind `/qb expense`, `/qb invoice` and an invoice's Edit button."""

    def __init__(
        self, uow: UnitOfWork, clock: Clock, approvers: Approvers, staging: StagingService
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.approvers = approvers
        self.staging = staging

    def permit(self, actor: Actor, what: str) -> None:
        """Refuse (NotAuthorizedError, audited `authority.refused`) someone who may not submit
        a change: checked before a form opens and again on its submission."""
        attempt = Attempt(Act.SUBMIT_CHANGE, actor.user_id, actor.team_id, f"form:{what}")
        permissions.check(self.uow, self.clock, self.approvers, attempt)

    def company(self, realm_id: str | None) -> str:
        with self.uow.session() as session:
            return company_of(session, realm_id)

    def choices(self, realm_id: str) -> FormChoices:
        """One more than a menu shows of each list, so the form knows which to make searched."""
        one_more = CHOICES_SHOWN + 1
        with self.uow.session() as session:
            books = books_for(session, realm_id, {})
            return FormChoices(
                realm_id=realm_id,
                home_currency=books.home_currency,
                vendors=_named(session, realm_id, "vendor", "", one_more),
                expense_accounts=_named(session, realm_id, "expense_account", "", one_more),
                paid_from=_named(session, realm_id, "paid_from", "", one_more),
                customers=_named(session, realm_id, "customer", "", one_more),
                items=_named(session, realm_id, "item", "", one_more),
                currencies=_currencies(session, realm_id),
            )

    def search(self, realm_id: str, what: str, text: str) -> list[Choice]:
        """A searched menu's options: names containing `text`, at most a menu's worth."""
        with self.uow.session() as session:
            return _named(session, realm_id, what, text.strip()[:100], CHOICES_SHOWN)

    def names(self, realm_id: str, what: str, ids: Sequence[str]) -> dict[str, str]:
        """The names of a few records (a prefilled searched menu shows its initial option)."""
        wanted = sorted({i for i in ids if i})[:CHOICES_SHOWN]
        if not wanted:
            return {}
        with self.uow.session() as session:
            found = _named(session, realm_id, what, "", len(wanted), wanted)
        return {c.value: c.label for c in found}

    def invoice(self, realm_id: str, qbo_id: str) -> EditableInvoice:
        """The invoice the Edit button opens; UserFacingError when it cannot be edited here."""
        with self.uow.session() as session:
            row = session.exec(
                select(Invoice).where(
                    Invoice.realm_id == realm_id,
                    Invoice.qbo_id == qbo_id,
                    col(Invoice.deleted).is_(False),
                )
            ).first()
        if row is None:
            raise UserFacingError(f"qbot has no invoice {qbo_id}; run `qbot sync` first")
        form = editable(row.raw)
        if isinstance(form, str):
            raise UserFacingError(
                f"Invoice {row.doc_number or qbo_id} cannot be edited here: {form}."
            )
        return EditableInvoice(qbo_id, row.sync_token, row.doc_number, form)

    def submit_expense(
        self, realm_id: str, form: ExpenseForm, actor: Actor
    ) -> StagedBatch | FormProblem:
        """Stage a new Purchase submitted by `actor`, or say which answer is wrong."""
        self.permit(actor, "expense")
        with self.uow.session() as session:
            books = books_for(session, realm_id, {})
        try:
            row = expense_row(form, books.accounts, books.home_currency)
        except FormError as exc:
            return FormProblem(exc.field, str(exc))
        return self._stage(realm_id, books, row, EXPENSE_FIELDS, "payee", actor)

    def submit_invoice(
        self,
        realm_id: str,
        form: InvoiceForm,
        actor: Actor,
        edit: tuple[str, str] | None = None,
    ) -> StagedBatch | FormProblem:
        """Stage a new invoice, or with `edit` = (Id, SyncToken the form was opened on) the
        sparse update of the fields changed since; or say which answer is wrong."""
        self.permit(actor, "invoice")
        edits = {ChangeKind.INVOICE: [edit[0]]} if edit else {}
        with self.uow.session() as session:
            books = books_for(session, realm_id, edits)
            items = session.exec(select(Item).where(Item.realm_id == realm_id)).all()
            prices: dict[str, Decimal] = {i.qbo_id: i.unit_price for i in items}
        try:
            shaped = self._invoice_row(books, form, prices, edit)
        except FormError as exc:
            return FormProblem(exc.field, str(exc))
        fields = invoice_fields(shaped.line_rows)
        return self._stage(realm_id, books, shaped.row, fields, "customer", actor)

    @staticmethod
    def _invoice_row(
        books: Books,
        form: InvoiceForm,
        prices: Mapping[str, Decimal],
        edit: tuple[str, str] | None,
    ) -> InvoiceRow:
        if edit is None:
            return invoice_row(form, prices)
        qbo_id, opened_on = edit
        current = books.records.get((ChangeKind.INVOICE, qbo_id))
        if current is not None and current.sync_token != opened_on:
            # The form showed an older version: its "before" is not what QuickBooks holds.
            raise FormError(
                "customer",
                "this invoice changed in QuickBooks since the form opened; "
                "close it and press Edit again",
            )
        if current is None:  # gone from the read copy: the checker says so, nothing is created
            new = invoice_row(form, prices)
            return InvoiceRow({**new.row, "qbo_id": qbo_id}, new.line_rows)
        return invoice_edit_row(form, prices, qbo_id, current.raw)

    # -- Edit on a change card ----------------------------------------------------------------

    def _one_change(self, session: Session, batch_id: int) -> tuple[ChangeBatch, StagedChangeRow]:
        batch = session.get(ChangeBatch, batch_id)
        if batch is None:
            raise UserFacingError(f"change batch {batch_id} does not exist (any more)")
        rows = session.exec(
            select(StagedChangeRow).where(StagedChangeRow.batch_id == batch_id)
        ).all()
        if len(rows) != 1 or rows[0].record_type == ChangeKind.ACCOUNT.value:
            raise UserFacingError(
                "only a single expense or invoice is edited on its card; reject the batch and "
                "stage it again"
            )
        if batch.state != "awaiting_approval":
            raise UserFacingError(f"this change is {batch.state.replace('_', ' ')} already")
        return batch, rows[0]

    def staged(self, batch_id: int) -> StagedForm:
        """The form a change card's Edit opens, filled with the change as staged."""
        with self.uow.session() as session:
            batch, row = self._one_change(session, batch_id)
            kind = ChangeKind(row.record_type)
            raw: dict[str, Any] = {}
            if row.qbo_id is not None:
                found = session.exec(
                    select(Invoice).where(
                        Invoice.realm_id == batch.realm_id, Invoice.qbo_id == row.qbo_id
                    )
                ).first()
                raw = dict(found.raw) if found is not None else {}
            home = books_for(session, batch.realm_id, {}).home_currency
        form: ExpenseForm | InvoiceForm | str
        if kind is ChangeKind.EXPENSE:
            form = (
                staged_expense(row.changes, home)
                if row.qbo_id is None
                else "an edit of a recorded expense is changed by import"
            )
        else:
            form = editable({**raw, **row.changes})
        if isinstance(form, str):
            raise UserFacingError(f"This change cannot be edited here: {form}.")
        assert batch.id is not None
        return StagedForm(batch.id, batch.version, batch.realm_id, kind, row.qbo_id,
                          row.base_sync_token, form)  # fmt: skip

    def revise(
        self,
        batch_id: int,
        version: int,
        form: ExpenseForm | InvoiceForm,
        actor: Actor,
    ) -> Revised | FormProblem:
        """Re-check the edited change like a new one and put it in place of the old one;
        the editor joins its submitter in not being allowed to approve it."""
        self.permit(actor, "edit")
        with self.uow.session() as session:
            batch, row = self._one_change(session, batch_id)
            kind = ChangeKind(row.record_type)
            edits = {kind: [row.qbo_id]} if row.qbo_id else {}
            books = books_for(session, batch.realm_id, edits)
            key = (kind, row.qbo_id or "")
            current = books.records.get(key)
            if current is not None:  # the change being edited is the open one: not a clash
                records = {**books.records, key: CurrentRecord(current.sync_token, current.raw)}
                books = Books(books.accounts, books.customers, books.vendors, books.items,
                              records, books.home_currency)  # fmt: skip
            items = session.exec(select(Item).where(Item.realm_id == batch.realm_id)).all()
            prices = {i.qbo_id: i.unit_price for i in items}
            try:
                if isinstance(form, ExpenseForm):
                    shaped = InvoiceRow(expense_row(form, books.accounts, books.home_currency), ())
                    fields: Sequence[tuple[str, str]] = EXPENSE_FIELDS
                else:
                    edit = (row.qbo_id, row.base_sync_token or "") if row.qbo_id else None
                    shaped = self._invoice_row(books, form, prices, edit)
                    fields = invoice_fields(shaped.line_rows)
            except FormError as exc:
                return FormProblem(exc.field, str(exc))
            checked = RowChecker(books).check(1, shaped.row)
            if isinstance(checked, Rejection):
                first = "payee" if kind is ChangeKind.EXPENSE else "customer"
                return FormProblem(field_of(checked.reason, fields) or first, checked.reason)
            revise(session, self.clock, batch, version, row, checked, actor.user_id)
            # the card is redrawn at the new version, as after a decision
            enqueue_batch_effect(session, batch, UPDATE_CARD, 1, self.clock.now())
            assert batch.id is not None and row.id is not None
            return Revised(batch.id, row.id)

    def _stage(
        self,
        realm_id: str,
        books: Books,
        row: dict[str, Any],
        fields: Sequence[tuple[str, str]],
        first: str,
        actor: Actor,
    ) -> StagedBatch | FormProblem:
        checked = RowChecker(books).check(1, row)
        if isinstance(checked, Rejection):
            return FormProblem(field_of(checked.reason, fields) or first, checked.reason)
        assert isinstance(checked, StagedChange)
        return self.staging.stage_one(realm_id, checked, actor.user_id)

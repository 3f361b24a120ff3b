"""`/qb customer NAME`: one customer's whole picture from qbot's copy of the books.

Open invoices, payments, reminders sent, promises to pay, CRM notes and cases, each capped to
what a chat answer can show (newest first); every list is one query on indexed keys. The same
picture is what every case card says about its customer (`for_card`): what else is open,
disputes and legal holds on any invoice, promises, credits and the last reminder.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from core.adapters.clock import company_today
from core.domain.case_picture import CasePicture, Hold, OtherInvoice
from core.domain.decision import HardStop, Outcome
from core.models import (
    CreditMemo,
    CrmNote,
    Customer,
    Invoice,
    Payment,
    ProposedAction,
    ReminderSent,
)
from core.services.overdue import Company, companies, promises

SHOWN = 5  # rows per list
MATCHES = 8  # names offered when several customers match


@dataclass(frozen=True)
class OpenInvoice:
    doc_number: str
    due_date: date | None
    balance: Decimal
    currency: str
    days_past_due: int | None
    qbo_id: str = ""  # the QuickBooks Id, for its Edit button


@dataclass(frozen=True)
class PaymentSeen:
    day: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class CustomerPicture:
    company: Company
    customer_id: str
    name: str
    email: str | None
    open_invoices: tuple[OpenInvoice, ...]
    open_total: int
    payments: tuple[PaymentSeen, ...]
    reminders: tuple[tuple[str, int, str], ...]  # (invoice, stage, sent at)
    promise: date | None
    notes: tuple[CrmNote, ...]
    cases: tuple[ProposedAction, ...]
    holds: tuple[Hold, ...] = ()  # disputes and legal holds on any open invoice
    open_credit: Decimal = Decimal(0)  # open CreditMemo balances
    unapplied: Decimal = Decimal(0)  # payments not yet applied to an invoice


@dataclass(frozen=True)
class CustomerLookup:
    """The one customer found, or the names to choose from (several, or near misses)."""

    picture: CustomerPicture | None
    candidates: tuple[str, ...] = ()


def look_up(session: Session, now: datetime, name: str) -> CustomerLookup:
    """The customer named `name` (exactly, else the only one whose name contains it)."""
    wanted = name.strip().lower()
    lowered = func.lower(col(Customer.display_name))
    exact = session.exec(select(Customer).where(lowered == wanted).limit(2)).all()
    found = list(exact) or list(
        session.exec(
            select(Customer)
            .where(lowered.contains(wanted, autoescape=True))
            .order_by(col(Customer.display_name))
            .limit(MATCHES + 1)
        ).all()
    )
    if len(found) == 1:
        return CustomerLookup(picture(session, now, found[0]))
    if found:
        return CustomerLookup(None, tuple(c.display_name for c in found[:MATCHES]))
    names = session.exec(select(Customer.display_name)).all()
    lower = {n.lower(): n for n in names}
    near = difflib.get_close_matches(wanted, list(lower), n=3, cutoff=0.6)
    return CustomerLookup(None, tuple(lower[n] for n in near))


def picture(session: Session, now: datetime, customer: Customer) -> CustomerPicture:
    realm, cid = customer.realm_id, customer.qbo_id
    company = next(
        (c for c in companies(session) if c.realm_id == realm),
        Company(realm, realm, "UTC", "USD"),
    )
    today = company_today(now, company.timezone)
    invoices = session.exec(
        select(Invoice).where(Invoice.realm_id == realm, Invoice.customer_qbo_id == cid)
    ).all()
    open_ = sorted(
        (i for i in invoices if i.balance > 0),
        key=lambda i: (i.due_date or date.max, i.doc_number),
    )
    ids = [i.qbo_id for i in invoices]
    docs = {i.qbo_id: i.doc_number or i.qbo_id for i in invoices}
    payment_rows = session.exec(
        select(Payment.raw).where(
            Payment.realm_id == realm, Payment.customer_qbo_id == cid,
            col(Payment.deleted).is_(False),
        )
    ).all()
    memo_rows = session.exec(
        select(CreditMemo.raw).where(
            CreditMemo.realm_id == realm, CreditMemo.customer_qbo_id == cid,
            col(CreditMemo.deleted).is_(False),
        )
    ).all()
    return CustomerPicture(
        company=company,
        customer_id=cid,
        name=customer.display_name,
        email=customer.email,
        open_invoices=tuple(
            OpenInvoice(
                i.doc_number or i.qbo_id,
                i.due_date,
                i.balance,
                i.currency,
                (today - i.due_date).days if i.due_date else None,
                i.qbo_id,
            )
            for i in open_[:SHOWN]
        ),
        open_total=len(open_),
        payments=_payments(session, realm, cid),
        reminders=_reminders(session, realm, ids, docs),
        promise=promises(session, {(realm, i): (realm, cid) for i in ids}, {realm: today}).get(
            (realm, cid)
        ),
        notes=tuple(
            session.exec(
                select(CrmNote)
                .where(CrmNote.realm_id == realm, CrmNote.customer_qbo_id == cid)
                .order_by(col(CrmNote.noted_at).desc())
                .limit(SHOWN)
            ).all()
        ),
        cases=tuple(
            session.exec(
                select(ProposedAction)
                .where(
                    ProposedAction.realm_id == realm,
                    col(ProposedAction.invoice_qbo_id).in_(ids),
                )
                .order_by(col(ProposedAction.id).desc())
                .limit(SHOWN)
            ).all()
        )
        if ids
        else (),
        holds=_holds(session, realm, open_),
        open_credit=sum((_amount(m.get("Balance")) for m in memo_rows), Decimal(0)),
        unapplied=sum((_amount(p.get("UnappliedAmt")) for p in payment_rows), Decimal(0)),
    )


def for_card(
    session: Session, action: ProposedAction, covered: tuple[str, ...]
) -> CasePicture | None:
    """What a card on `action` says about its customer besides the invoices it covers
    (`covered`): the same picture `/qb customer` answers, as of the day the card was drafted.
    None when the invoice or its customer is not in qbot's copy (a card drawn from a test row).
    """
    customer = session.exec(
        select(Customer)
        .join(
            Invoice,
            (col(Invoice.realm_id) == col(Customer.realm_id))
            & (col(Invoice.customer_qbo_id) == col(Customer.qbo_id)),
        )
        .where(Invoice.realm_id == action.realm_id, Invoice.qbo_id == action.invoice_qbo_id)
    ).first()
    if customer is None:
        return None
    seen = picture(session, action.created_at, customer)
    others = tuple(
        OtherInvoice(i.doc_number, i.balance, i.currency, i.days_past_due)
        for i in seen.open_invoices
        if i.qbo_id not in covered
    )
    return CasePicture(
        others=others,
        more_others=max(0, seen.open_total - len(covered) - len(others)),
        holds=seen.holds,
        promise=seen.promise,
        open_credit=seen.open_credit,
        unapplied=seen.unapplied,
        currency=action.currency,
        last_reminder=seen.reminders[0] if seen.reminders else None,
    )


_HOLD_STOPS = {HardStop.LEGAL_HOLD.value: "legal hold", HardStop.OPEN_DISPUTE.value: "open dispute"}


def _holds(session: Session, realm: str, open_: list[Invoice]) -> tuple[Hold, ...]:
    """Open invoices whose latest judgment is a legal hold or a dispute, or whose Collections
    Status field says Disputed: a card of any of the customer's invoices must say so."""
    if not open_:
        return ()
    latest: dict[str, ProposedAction] = {}
    for case in session.exec(
        select(ProposedAction)
        .where(
            ProposedAction.realm_id == realm,
            col(ProposedAction.invoice_qbo_id).in_([i.qbo_id for i in open_]),
        )
        .order_by(col(ProposedAction.id))
    ):
        latest[case.invoice_qbo_id] = case
    holds: list[Hold] = []
    for invoice in open_:
        doc = invoice.doc_number or invoice.qbo_id
        judged = latest.get(invoice.qbo_id)
        kind = _HOLD_STOPS.get(judged.hard_stop or "") if judged is not None else None
        if kind is None and judged is not None and judged.outcome == Outcome.LIKELY_DISPUTE.value:
            kind = "dispute"
        if kind is None and _status_disputed(invoice.raw):
            kind = "open dispute"
        if kind is not None:
            holds.append(Hold(doc, kind, invoice.qbo_id))
    # A legal hold first: it binds every invoice of the customer.
    return tuple(sorted(holds, key=lambda h: h.kind != "legal hold"))


def _status_disputed(raw: dict[str, Any]) -> bool:
    for field in raw.get("CustomField") or []:
        if isinstance(field, dict) and str(field.get("Name", "")).strip().lower() == (
            "collections status"
        ):
            return str(field.get("StringValue") or "").strip().lower() == "disputed"
    return False


def _payments(session: Session, realm: str, cid: str) -> tuple[PaymentSeen, ...]:
    rows = session.exec(
        select(Payment).where(Payment.realm_id == realm, Payment.customer_qbo_id == cid)
    ).all()
    seen = [
        PaymentSeen(str(p.raw.get("TxnDate") or ""), _amount(p.raw.get("TotalAmt")), _cur(p.raw))
        for p in rows
    ]
    return tuple(sorted(seen, key=lambda p: p.day, reverse=True)[:SHOWN])


def _reminders(
    session: Session, realm: str, ids: list[str], docs: dict[str, str]
) -> tuple[tuple[str, int, str], ...]:
    if not ids:
        return ()
    rows = session.exec(
        select(ReminderSent)
        .where(ReminderSent.realm_id == realm, col(ReminderSent.invoice_qbo_id).in_(ids))
        .order_by(col(ReminderSent.sent_at).desc())
        .limit(SHOWN)
    ).all()
    return tuple((docs.get(r.invoice_qbo_id, r.invoice_qbo_id), r.stage, r.sent_at) for r in rows)


def _amount(raw: Any) -> Decimal:
    try:
        return Decimal(str(raw)).quantize(Decimal("0.01"))
    except ArithmeticError:
        return Decimal(0)


def _cur(raw: dict[str, Any]) -> str:
    ref = raw.get("CurrencyRef")
    return str(ref.get("value") or "USD") if isinstance(ref, dict) else "USD"

"""The overdue scan's reads: every case bundle of a batch of customers in a few set-based queries.

Before, each invoice asked for its customer's invoices, payments, credit memos, emails, notes
and reminders on its own (thirteen queries per invoice, each one reading the whole company
through the single-column realm index on SQLite). Here one query per table loads a whole
batch of customers, on the (realm_id, customer_qbo_id) indexes, and the bundles are cut from
memory. The bundle is exactly what `build_case` used to assemble: lists in id order (what the
old unordered queries returned through the realm index), notes by date, emails newest first.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_
from sqlmodel import Session, col, select

from core.models import (
    CaseNote,
    CreditMemo,
    CrmNote,
    Customer,
    CustomerEmail,
    Invoice,
    Payment,
    ReminderSent,
)


@dataclass
class CustomerContext:
    """One customer's side of the case bundle, shared by all of its open invoices."""

    customer: dict[str, Any] = field(default_factory=dict)
    invoices: list[Invoice] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)
    credit_memos: list[dict[str, Any]] = field(default_factory=list)
    emails: list[dict[str, Any]] = field(default_factory=list)
    crm_notes: list[dict[str, Any]] = field(default_factory=list)
    _encoded: _Encoded | None = field(default=None, repr=False)

    def open_invoices(self) -> list[Invoice]:
        """This customer's invoices with a balance still open, in id order."""
        return [i for i in self.invoices if i.balance > 0]

    def encoded(self) -> _Encoded:
        """This customer's part of the canonical JSON, encoded once for all of its invoices."""
        if self._encoded is None:
            self._encoded = _Encoded(
                canonical(self.customer),
                [(str(i.raw.get("Id")), canonical(i.raw)) for i in self.invoices],
                {
                    "payments": canonical(self.payments),
                    "credit_memos": canonical(self.credit_memos),
                    "emails": canonical(self.emails),
                    "crm_notes": canonical(self.crm_notes),
                },
            )
        return self._encoded


@dataclass(frozen=True)
class _Encoded:
    customer: str
    invoices: list[tuple[str, str]]  # (Id as the bundle compares it, JSON) in bundle order
    lists: dict[str, str]


def canonical(value: Any) -> str:
    """The JSON a context hash is taken of: `json.dumps` with sorted keys, str() for the rest."""
    return json.dumps(value, sort_keys=True, default=str)


@dataclass
class BatchContext:
    """What the scan needs to judge every open invoice of a batch of customers."""

    customers: dict[str, CustomerContext]
    reminders: dict[str, list[dict[str, Any]]]
    # The team's notes on each invoice's case (replies in its card's thread), by invoice id;
    # kept apart from crm_notes and emails so the judge never takes them for the customer's.
    team_notes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def open_invoices(self) -> list[Invoice]:
        """The batch's invoices with a balance still open, customer by customer: the judge
        compiles a pattern per document number of the customer, and judging one customer's
        invoices together lets `re`'s cache keep them (the scan writes in id order anyway)."""
        return [i for c in self.customers.values() for i in c.invoices if i.balance > 0]

    def bundle(self, invoice: Invoice, as_of: date, home_currency: str) -> dict[str, Any]:
        """The SPEC case bundle of one invoice of this batch."""
        ctx = self.customers[invoice.customer_qbo_id]
        return {
            "id": f"{invoice.realm_id}:{invoice.qbo_id}",
            "as_of": as_of.isoformat(),
            "home_currency": home_currency,
            "invoice": dict(invoice.raw),
            "customer": dict(ctx.customer),
            "invoices": [
                dict(i.raw) for i in ctx.invoices if str(i.raw.get("Id")) != invoice.qbo_id
            ],
            "payments": [dict(p) for p in ctx.payments],
            "credit_memos": [dict(m) for m in ctx.credit_memos],
            "emails": [dict(e) for e in ctx.emails],
            "crm_notes": [dict(n) for n in ctx.crm_notes],
            "reminders_sent": [dict(r) for r in self.reminders.get(invoice.qbo_id, [])],
            # Only when there are some: a case without team notes keeps the bundle (and its
            # context hash) it always had.
            **({"team_notes": [dict(n) for n in notes]}
               if (notes := self.team_notes.get(invoice.qbo_id)) else {}),
        }

    def case(self, invoice: Invoice, as_of: date, home_currency: str) -> tuple[dict[str, Any], str]:
        """The bundle and its context hash: the digest of `canonical(bundle)`, assembled from
        the customer's JSON encoded once (json.dumps joins lists with ", " and items with
        ": "), instead of encoding the customer's whole history again for every invoice."""
        bundle = self.bundle(invoice, as_of, home_currency)
        enc = self.customers[invoice.customer_qbo_id].encoded()
        others = (j for i, j in enc.invoices if i != invoice.qbo_id)
        parts = {
            **enc.lists,
            "id": canonical(bundle["id"]),
            "as_of": canonical(bundle["as_of"]),
            "home_currency": canonical(home_currency),
            "invoice": canonical(bundle["invoice"]),
            "customer": enc.customer,
            "invoices": "[" + ", ".join(others) + "]",
            "reminders_sent": canonical(bundle["reminders_sent"]),
            **({"team_notes": canonical(bundle["team_notes"])} if "team_notes" in bundle
               else {}),
        }
        assert parts.keys() == bundle.keys(), "every part of the bundle must be hashed"
        text = "{" + ", ".join(f"{canonical(k)}: {parts[k]}" for k in sorted(parts)) + "}"
        return bundle, hashlib.sha256(text.encode()).hexdigest()


def sent_instant(sent_at: str) -> datetime:
    """When an email was sent, in UTC (a bare date is its midnight; unreadable text sorts
    oldest, so a malformed date never hides newer mail behind it)."""
    text = sent_at.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(
        tzinfo=UTC)


def load_batch(session: Session, realm: str, customer_ids: Sequence[str]) -> BatchContext:
    """Load every customer's context in one query per table (eight in all)."""
    ids = list(customer_ids)
    found: dict[str, CustomerContext] = {c: CustomerContext() for c in ids}
    for cust in session.exec(
        select(Customer).where(
            Customer.realm_id == realm,
            col(Customer.qbo_id).in_(ids),
            col(Customer.deleted).is_(False),
        )
    ):
        found[cust.qbo_id].customer = dict(cust.raw)
    for inv in session.exec(
        select(Invoice)
        .where(
            Invoice.realm_id == realm,
            col(Invoice.customer_qbo_id).in_(ids),
            col(Invoice.deleted).is_(False),
        )
        .order_by(col(Invoice.id))
    ):
        found[inv.customer_qbo_id].invoices.append(inv)
    for table, attr in ((Payment, "payments"), (CreditMemo, "credit_memos")):
        rows = session.exec(
            select(table.customer_qbo_id, table.raw)
            .where(
                table.realm_id == realm,
                col(table.customer_qbo_id).in_(ids),
                col(table.deleted).is_(False),
            )
            .order_by(col(table.id))
        )
        for cust_id, raw in rows:
            getattr(found[cust_id], attr).append(dict(raw))
    # Newest first (issue 12), by the instant each was sent: `sent_at` keeps the sender's
    # offset, so its text does not sort by time. Equal instants: the later stored first.
    emails = list(session.exec(
        select(CustomerEmail)
        .where(CustomerEmail.realm_id == realm, col(CustomerEmail.customer_qbo_id).in_(ids))
        .order_by(col(CustomerEmail.id).desc())
    ))
    emails.sort(key=lambda e: sent_instant(e.sent_at), reverse=True)  # stable: ties keep id desc
    for email in emails:
        found[email.customer_qbo_id].emails.append(
            {
                "from": email.sender,
                "to": email.recipient,
                "date": email.sent_at,
                "subject": email.subject,
                "body": email.body,
            }
        )
    for note in session.exec(
        select(CrmNote)
        .where(CrmNote.realm_id == realm, col(CrmNote.customer_qbo_id).in_(ids))
        .order_by(col(CrmNote.noted_at), col(CrmNote.id))
    ):
        found[note.customer_qbo_id].crm_notes.append(
            {"author": note.author, "date": note.noted_at, "text": note.text}
        )
    return BatchContext(found, _reminders(session, realm, ids), _team_notes(session, realm, ids))


def _team_notes(session: Session, realm: str, customer_ids: list[str]) -> dict[str, list[Any]]:
    """The team's standing notes on the customers' cases (deleted ones left out), by invoice."""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for note in session.exec(
        select(CaseNote)
        .where(
            CaseNote.realm_id == realm,
            col(CaseNote.customer_qbo_id).in_(customer_ids),
            col(CaseNote.deleted_at).is_(None),
        )
        .order_by(col(CaseNote.noted_at), col(CaseNote.id))
    ):
        found[note.invoice_qbo_id].append(
            {"author": note.author, "date": note.noted_at, "text": note.text,
             "source": note.source}
        )
    return dict(found)


def _reminders(session: Session, realm: str, customer_ids: list[str]) -> dict[str, list[Any]]:
    """Reminders of the customers' invoices, joined through invoices so the IN list stays the
    batch's customers however many invoices one of them has."""
    rows = session.exec(
        select(ReminderSent)
        .join(
            Invoice,
            and_(
                col(Invoice.realm_id) == col(ReminderSent.realm_id),
                col(Invoice.qbo_id) == col(ReminderSent.invoice_qbo_id),
            ),
        )
        .where(Invoice.realm_id == realm, col(Invoice.customer_qbo_id).in_(customer_ids))
        .order_by(col(ReminderSent.sent_at), col(ReminderSent.id))
    )
    found: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        found[r.invoice_qbo_id].append({"date": r.sent_at, "stage": r.stage})
    return found


def build_case(
    session: Session, invoice: Invoice, as_of: date, home_currency: str
) -> dict[str, Any]:
    """Assemble the SPEC case bundle for one invoice from qbot's database."""
    batch = load_batch(session, invoice.realm_id, [invoice.customer_qbo_id])
    return batch.bundle(invoice, as_of, home_currency)

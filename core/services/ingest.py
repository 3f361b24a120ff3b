"""Pull QuickBooks entities into our database; import context that lives outside QuickBooks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, SQLModel, select

from core.models import (
    CreditMemo,
    CrmNote,
    Customer,
    CustomerEmail,
    Invoice,
    Payment,
    ReminderSent,
)
from core.ports import QuickBooks
from core.services.uow import UnitOfWork

# Sync state is data: which QuickBooks entity lands in which table, in dependency order.
PULL_ORDER = ("Customer", "Invoice", "Payment", "CreditMemo")
Progress = Callable[[str, int], None]


@dataclass
class PullReport:
    """How many rows of each entity a pull saw."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _ref(entity: Mapping[str, Any], key: str) -> str:
    ref = entity.get(key) or {}
    return str(ref.get("value", "")) if isinstance(ref, Mapping) else ""


def _customer_row(realm: str, e: Mapping[str, Any]) -> dict[str, Any]:
    email = (e.get("PrimaryEmailAddr") or {}).get("Address")
    return {
        "sync_token": str(e.get("SyncToken", "0")),
        "display_name": str(e.get("DisplayName", "")),
        "email": email,
    }


def _invoice_row(realm: str, e: Mapping[str, Any]) -> dict[str, Any]:
    due = e.get("DueDate")
    return {
        "sync_token": str(e.get("SyncToken", "0")),
        "customer_qbo_id": _ref(e, "CustomerRef"),
        "doc_number": str(e.get("DocNumber", "")),
        "due_date": date.fromisoformat(str(due)[:10]) if due else None,
        "balance": Decimal(str(e.get("Balance", "0"))),
        "currency": _ref(e, "CurrencyRef") or "USD",
    }


def _linked_row(realm: str, e: Mapping[str, Any]) -> dict[str, Any]:
    return {"customer_qbo_id": _ref(e, "CustomerRef")}


_TABLES: dict[str, tuple[type[SQLModel], Callable[[str, Mapping[str, Any]], dict[str, Any]]]] = {
    "Customer": (Customer, _customer_row),
    "Invoice": (Invoice, _invoice_row),
    "Payment": (Payment, _linked_row),
    "CreditMemo": (CreditMemo, _linked_row),
}


def upsert_entity(session: Session, realm_id: str, kind: str, entity: Mapping[str, Any]) -> None:
    """Insert or update our copy of one QuickBooks entity (raw JSON kept as returned)."""
    table, to_row = _TABLES[kind]
    qbo_id = str(entity["Id"])
    existing = session.exec(
        select(table).where(table.realm_id == realm_id, table.qbo_id == qbo_id)  # type: ignore[attr-defined]
    ).first()
    values = {**to_row(realm_id, entity), "raw": dict(entity)}
    if existing is None:
        session.add(table(realm_id=realm_id, qbo_id=qbo_id, **values))
    else:
        for key, value in values.items():
            setattr(existing, key, value)
        session.add(existing)


def pull_all(uow: UnitOfWork, qbo: QuickBooks, progress: Progress | None = None) -> PullReport:
    """Pull every customer, invoice, payment and credit memo of `qbo`'s realm.

    Each entity type commits in its own transaction, so a failure keeps what was saved.
    """
    report = PullReport()
    for kind in PULL_ORDER:
        seen = 0
        with uow.session() as session:
            for entity in qbo.query_all(kind):
                upsert_entity(session, qbo.realm_id, kind, entity)
                seen += 1
                if progress and seen % 100 == 0:
                    progress(kind, seen)
        report.counts[kind] = seen
        if progress:
            progress(kind, seen)
    return report


def import_context(
    uow: UnitOfWork,
    realm_id: str,
    emails: Iterable[Mapping[str, Any]],
    crm_notes: Iterable[Mapping[str, Any]],
    reminders_sent: Iterable[Mapping[str, Any]],
) -> dict[str, int]:
    """Load emails, CRM notes and earlier reminders (from a mailbox/CRM export) for one realm."""
    counts = {"emails": 0, "crm_notes": 0, "reminders_sent": 0}
    with uow.session() as session:
        for m in emails:
            session.add(
                CustomerEmail(
                    realm_id=realm_id,
                    customer_qbo_id=str(m["customer_id"]),
                    invoice_qbo_id=str(m["invoice_id"]) if m.get("invoice_id") else None,
                    sender=str(m.get("from", "")),
                    recipient=str(m.get("to", "")),
                    sent_at=str(m.get("date", "")),
                    subject=str(m.get("subject", "")),
                    body=str(m.get("body", "")),
                )
            )
            counts["emails"] += 1
        for n in crm_notes:
            session.add(
                CrmNote(
                    realm_id=realm_id,
                    customer_qbo_id=str(n["customer_id"]),
                    author=str(n.get("author", "")),
                    noted_at=str(n.get("date", "")),
                    text=str(n.get("text", "")),
                )
            )
            counts["crm_notes"] += 1
        for r in reminders_sent:
            session.add(
                ReminderSent(
                    realm_id=realm_id,
                    invoice_qbo_id=str(r["invoice_id"]),
                    stage=int(r["stage"]),
                    sent_at=str(r["date"]),
                )
            )
            counts["reminders_sent"] += 1
    return counts

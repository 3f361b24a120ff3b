"""The synced records as a bookkeeper reads them (`qbot records`): accounts, invoices and
expenses with their sync state, base version and history.

Only what is stored is shown. Until staging exists every pulled record is `synced`, or
`deleted_in_quickbooks` once its row is marked deleted; nothing here invents another state.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import desc
from sqlmodel import Session, SQLModel, col, select

from core.domain.sync.records import SyncState
from core.domain.webhook_events import occurred
from core.errors import UserFacingError
from core.models import Account, AuditEntry, Invoice, Purchase

# What a stored row's own columns make of it today (no staged change exists yet).
STATES_NOW = (SyncState.SYNCED, SyncState.DELETED_IN_QUICKBOOKS)
HISTORY_LIMIT = 50


def _last_updated(raw: Mapping[str, Any]) -> datetime | None:
    stamp = (raw.get("MetaData") or {}).get("LastUpdatedTime")
    return occurred(str(stamp)) if stamp else None


def _raw_day(raw: Mapping[str, Any], key: str) -> date | None:
    value = raw.get(key)
    return date.fromisoformat(str(value)[:10]) if value else None


@dataclass(frozen=True)
class RecordType:
    """One kind of synced record: its table, the QuickBooks entity and how a row is summed up."""

    name: str  # what `qbot records --type` says
    entity: str  # QuickBooks' name
    model: type[SQLModel]
    label: Callable[[Any], str]  # name or document number
    amount: Callable[[Any], Decimal]
    day: Callable[[Any], date | None]
    fields: Callable[[Any], dict[str, Any]]


def _account_fields(a: Account) -> dict[str, Any]:
    return {
        "name": a.name,
        "account_type": a.account_type,
        "account_sub_type": a.account_sub_type,
        "current_balance": str(a.current_balance),
        "currency": a.currency,
        "active": a.active,
    }


def _invoice_fields(i: Invoice) -> dict[str, Any]:
    return {
        "doc_number": i.doc_number,
        "customer_qbo_id": i.customer_qbo_id,
        "txn_date": _iso(_raw_day(i.raw, "TxnDate")),
        "due_date": _iso(i.due_date),
        "total_amt": str(_invoice_total(i)),
        "balance": str(i.balance),
        "currency": i.currency,
    }


def _purchase_fields(p: Purchase) -> dict[str, Any]:
    return {
        "doc_number": p.doc_number,
        "txn_date": _iso(p.txn_date),
        "payment_type": p.payment_type,
        "account_qbo_id": p.account_qbo_id,
        "vendor_qbo_id": p.vendor_qbo_id,
        "total_amt": str(p.total_amt),
        "currency": p.currency,
    }


def _invoice_total(i: Invoice) -> Decimal:
    # The invoice's amount is QuickBooks' TotalAmt (kept in raw); the column holds the balance.
    total = i.raw.get("TotalAmt")
    return Decimal(str(total)) if total is not None else i.balance


def _doc_or_party(row: Invoice | Purchase, ref: str) -> str:
    # Expenses often carry no DocNumber: the payee's name QuickBooks sent says what it is.
    party = row.raw.get(ref) or {}
    name = party.get("name", "") if isinstance(party, Mapping) else ""
    return row.doc_number or str(name)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


RECORD_TYPES: dict[str, RecordType] = {
    "account": RecordType(
        "account", "Account", Account, lambda a: a.name, lambda a: a.current_balance,
        lambda a: a.updated_at.date() if a.updated_at else None, _account_fields,
    ),
    "invoice": RecordType(
        "invoice", "Invoice", Invoice, lambda i: _doc_or_party(i, "CustomerRef"), _invoice_total,
        lambda i: _raw_day(i.raw, "TxnDate") or i.due_date, _invoice_fields,
    ),
    "expense": RecordType(
        "expense", "Purchase", Purchase, lambda p: _doc_or_party(p, "EntityRef"),
        lambda p: p.total_amt, lambda p: p.txn_date, _purchase_fields,
    ),
}  # fmt: skip


@dataclass(frozen=True)
class RecordSummary:
    """One line of `qbot records list`."""

    type: str
    realm_id: str
    id: str
    name: str
    amount: Decimal
    currency: str
    date: date | None
    state: SyncState

    def as_json(self) -> dict[str, Any]:
        return {
            "type": self.type, "realm_id": self.realm_id, "id": self.id, "name": self.name,
            "amount": str(self.amount), "currency": self.currency,
            "date": _iso(self.date), "state": self.state.value,
        }  # fmt: skip


@dataclass(frozen=True)
class HistoryEntry:
    """Something stored about the record: an audit entry naming it, or its last pull."""

    at: datetime
    what: str
    actor: str
    data: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "what": self.what, "actor": self.actor,
                "data": self.data}  # fmt: skip


@dataclass(frozen=True)
class RecordDetail:
    """`qbot records show`: fields, sync state, base version and history."""

    summary: RecordSummary
    fields: dict[str, Any]
    sync_token: str
    last_updated: datetime | None
    history: list[HistoryEntry]

    def as_json(self) -> dict[str, Any]:
        return {
            **self.summary.as_json(),
            "fields": self.fields,
            "base_version": {
                "sync_token": self.sync_token,
                "last_updated": self.last_updated.isoformat() if self.last_updated else None,
            },
            "history": [h.as_json() for h in self.history],
        }


def record_type(name: str) -> RecordType:
    """The record type `name` names, or a UserFacingError naming the allowed ones."""
    found = RECORD_TYPES.get(name.strip().lower())
    if found is None:
        raise UserFacingError(f"unknown record type {name!r} (use {', '.join(RECORD_TYPES)})")
    return found


def sync_state(name: str) -> SyncState:
    """The sync state `name` names, or a UserFacingError naming the allowed ones."""
    try:
        return SyncState(name.strip().lower())
    except ValueError:
        allowed = ", ".join(s.value for s in SyncState)
        raise UserFacingError(f"unknown sync state {name!r} (use {allowed})") from None


def _state(row: Any) -> SyncState:
    return SyncState.DELETED_IN_QUICKBOOKS if row.deleted else SyncState.SYNCED


def _summary(kind: RecordType, row: Any) -> RecordSummary:
    return RecordSummary(
        kind.name, row.realm_id, row.qbo_id, kind.label(row), kind.amount(row),
        row.currency, kind.day(row), _state(row),
    )  # fmt: skip


def list_records(
    session: Session,
    kind: RecordType,
    state: SyncState | None = None,
    realm_id: str | None = None,
) -> list[RecordSummary]:
    """Every stored record of `kind` (optionally of one state and realm), newest first."""
    model: Any = kind.model
    query = select(model)
    if realm_id:
        query = query.where(model.realm_id == realm_id)
    if state is not None and state not in STATES_NOW:
        return []  # no record can be in a staging state before staging exists
    if state is not None:
        query = query.where(col(model.deleted).is_(state is SyncState.DELETED_IN_QUICKBOOKS))
    rows = [_summary(kind, r) for r in session.exec(query).all()]
    # Newest first by the record's own date; undated last; the QuickBooks id breaks ties.
    rows.sort(key=lambda r: (r.date or date.min, _id_order(r.id)), reverse=True)
    return rows


def _id_order(qbo_id: str) -> tuple[int, str]:
    return (int(qbo_id), "") if qbo_id.isdigit() else (-1, qbo_id)


def _subjects(kind: RecordType, qbo_id: str) -> list[str]:
    # How the audit log names a record: "invoice:123" (and "purchase:…" for an expense).
    return sorted({f"{kind.name}:{qbo_id}", f"{kind.entity.lower()}:{qbo_id}"})


def show_record(
    session: Session, kind: RecordType, qbo_id: str, realm_id: str | None = None
) -> RecordDetail:
    """One record in full; a UserFacingError when no such record is stored."""
    model: Any = kind.model
    query = select(model).where(model.qbo_id == qbo_id)
    if realm_id:
        query = query.where(model.realm_id == realm_id)
    row = session.exec(query.order_by(col(model.id))).first()
    if row is None:
        where = f" in company {realm_id}" if realm_id else ""
        raise UserFacingError(
            f"no {kind.name} {qbo_id!r}{where}: `qbot records list --type {kind.name}` lists them"
        )
    last_updated = getattr(row, "updated_at", None) or _last_updated(row.raw)
    audit = session.exec(
        select(AuditEntry)
        .where(
            col(AuditEntry.subject).in_(_subjects(kind, qbo_id)),
            (AuditEntry.realm_id == row.realm_id) | col(AuditEntry.realm_id).is_(None),
        )
        .order_by(desc(col(AuditEntry.id)))
        .limit(HISTORY_LIMIT)
    ).all()
    history = [HistoryEntry(a.at, a.kind, a.actor, dict(a.data)) for a in audit]
    if last_updated is not None:
        what = "deleted in QuickBooks" if row.deleted else "pulled from QuickBooks"
        history.append(HistoryEntry(last_updated, what, "quickbooks",
                                    {"sync_token": row.sync_token}))  # fmt: skip
    history.sort(key=lambda h: h.at, reverse=True)
    return RecordDetail(_summary(kind, row), kind.fields(row), row.sync_token, last_updated,
                        history)  # fmt: skip

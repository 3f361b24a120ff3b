"""The synced records as a bookkeeper reads them (`qbot records`): accounts, invoices and
expenses with their sync state, base version and history.

Only what is stored is shown: a pulled record is `synced`, or `deleted_in_quickbooks` once
its row is marked deleted, unless a staged change is open on it (`awaiting_approval`,
`pending_push` once approved, `pushing`, `failed`). A new record staged on the platform is
listed as `new:<change id>` until it is pushed.
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
from core.domain.sync.staged import OPEN_STATES, ChangeState, record_state
from core.domain.webhook_events import occurred
from core.errors import UserFacingError
from core.models import Account, AuditEntry, Invoice, Purchase, StagedChangeRow
from core.services.ingest import SYNC_TYPES
from core.services.sync_status import last_pulled

HISTORY_LIMIT = 50
NEW_PREFIX = "new:"  # how a staged new record is named until QuickBooks gives it an Id


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
    staged: dict[str, Any] | None = None  # the open staged change, if any

    def as_json(self) -> dict[str, Any]:
        return {
            **self.summary.as_json(),
            "fields": self.fields,
            "base_version": {
                "sync_token": self.sync_token,
                "last_updated": self.last_updated.isoformat() if self.last_updated else None,
            },
            "staged_change": self.staged,
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


def _state(row: Any, change: StagedChangeRow | None) -> SyncState:
    staged = record_state(ChangeState(change.state)) if change is not None else None
    if staged is not None:
        return staged
    return SyncState.DELETED_IN_QUICKBOOKS if row.deleted else SyncState.SYNCED


def _summary(kind: RecordType, row: Any, change: StagedChangeRow | None = None) -> RecordSummary:
    return RecordSummary(
        kind.name, row.realm_id, row.qbo_id, kind.label(row), kind.amount(row),
        row.currency, kind.day(row), _state(row, change),
    )  # fmt: skip


def _open_query(kind: RecordType, realm_id: str | None) -> Any:
    query = select(StagedChangeRow).where(
        StagedChangeRow.record_type == kind.name,
        col(StagedChangeRow.state).in_([s.value for s in OPEN_STATES]),
    )
    if realm_id:
        query = query.where(StagedChangeRow.realm_id == realm_id)
    return query.order_by(col(StagedChangeRow.id))


def _new_label(changes: Mapping[str, Any]) -> str:
    for key in ("Name", "DocNumber"):
        if changes.get(key):
            return str(changes[key])
    for ref in ("EntityRef", "CustomerRef"):
        party = changes.get(ref)
        if isinstance(party, Mapping) and (party.get("name") or party.get("value")):
            return str(party.get("name") or f"{ref} {party.get('value')}")
    return "(new)"


def _new_summary(c: StagedChangeRow) -> RecordSummary:
    day = c.changes.get("TxnDate")
    return RecordSummary(
        c.record_type, c.realm_id, f"{NEW_PREFIX}{c.id}", _new_label(c.changes), c.amount,
        c.currency, date.fromisoformat(str(day)) if day else None,
        record_state(ChangeState(c.state)) or SyncState.AWAITING_APPROVAL,
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
    opened = list(session.exec(_open_query(kind, realm_id)).all())
    on_record = {(c.realm_id, c.qbo_id): c for c in opened if c.qbo_id is not None}
    rows = [_summary(kind, r, on_record.get((r.realm_id, r.qbo_id)))
            for r in session.exec(query).all()]  # fmt: skip
    rows += [_new_summary(c) for c in opened if c.qbo_id is None]
    if state is not None:
        rows = [r for r in rows if r.state is state]
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
    if qbo_id.startswith(NEW_PREFIX):
        return _show_new(session, kind, qbo_id, realm_id)
    model: Any = kind.model
    query = select(model).where(model.qbo_id == qbo_id)
    if realm_id:
        query = query.where(model.realm_id == realm_id)
    row = session.exec(query.order_by(col(model.id))).first()
    if row is None:
        raise _not_stored(kind, qbo_id, realm_id)
    change = session.exec(
        _open_query(kind, row.realm_id).where(StagedChangeRow.qbo_id == qbo_id)
    ).all()
    staged = change[-1] if change else None
    last_updated = getattr(row, "updated_at", None) or _last_updated(row.raw)
    history = _history(session, _subjects(kind, qbo_id), row.realm_id)
    if last_updated is not None:  # QuickBooks' own stamp: when someone last changed it there
        what = "deleted in QuickBooks" if row.deleted else "updated in QuickBooks"
        history.append(HistoryEntry(last_updated, what, "quickbooks",
                                    {"sync_token": row.sync_token}))  # fmt: skip
    pulled = _pulled_at(session, kind, row.realm_id)
    if pulled is not None:  # when qbot last read it (a sync cycle's pull of its type)
        history.append(HistoryEntry(pulled, "pulled from QuickBooks", "qbot",
                                    {"sync_token": row.sync_token}))  # fmt: skip
    history.sort(key=lambda h: h.at, reverse=True)
    return RecordDetail(_summary(kind, row, staged), kind.fields(row), row.sync_token,
                        last_updated, history, _staged_json(staged))  # fmt: skip


def _pulled_at(session: Session, kind: RecordType, realm_id: str) -> datetime | None:
    """The newest pull of any sync type that covers the record's entity."""
    types = [name for name, kinds in SYNC_TYPES.items() if kind.entity in kinds]
    found = [at for name in types if (at := last_pulled(session, realm_id, name)) is not None]
    return max(found) if found else None


def _not_stored(kind: RecordType, qbo_id: str, realm_id: str | None) -> UserFacingError:
    where = f" in company {realm_id}" if realm_id else ""
    return UserFacingError(
        f"no {kind.name} {qbo_id!r}{where}: `qbot records list --type {kind.name}` lists them"
    )


def _history(session: Session, subjects: list[str], realm_id: str) -> list[HistoryEntry]:
    audit = session.exec(
        select(AuditEntry)
        .where(
            col(AuditEntry.subject).in_(subjects),
            (col(AuditEntry.realm_id) == realm_id) | col(AuditEntry.realm_id).is_(None),
        )
        .order_by(desc(col(AuditEntry.id)))
        .limit(HISTORY_LIMIT)
    ).all()
    return [HistoryEntry(a.at, a.kind, a.actor, dict(a.data)) for a in audit]


def _staged_json(c: StagedChangeRow | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "change_id": c.id, "batch_id": c.batch_id, "state": c.state,
        "submitted_by": c.submitted_by, "base_sync_token": c.base_sync_token,
        "before": dict(c.base_fields), "after": dict(c.changes),
        "amount": str(c.amount), "reason": c.reason,
    }  # fmt: skip


def _show_new(session: Session, kind: RecordType, name: str, realm_id: str | None) -> RecordDetail:
    """A new record staged on the platform: its fields as staged, no QuickBooks version yet."""
    number = name.removeprefix(NEW_PREFIX)
    c = session.get(StagedChangeRow, int(number)) if number.isdigit() else None
    if c is None or c.record_type != kind.name or c.qbo_id is not None:
        raise _not_stored(kind, name, realm_id)
    if realm_id and c.realm_id != realm_id:
        raise _not_stored(kind, name, realm_id)
    history = _history(session, [f"change:{c.id}"], c.realm_id)
    return RecordDetail(_new_summary(c), dict(c.changes), "", None, history, _staged_json(c))

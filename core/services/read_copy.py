"""Our read copy of QuickBooks entities: a page at a time, newest SyncToken wins.

Every writer (the full pull, webhooks, the CDC backstop) goes through `upsert_page` and
`mark_deleted`, so the guard lives in one place: a row is only overwritten by a strictly
higher SyncToken (compared as integers: "10" > "9"), and a deleted row stays deleted. Pages,
webhooks and CDC may then arrive in any order and leave the same table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Integer, Table, and_, not_, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel

from core.adapters.qbo.mapping import home_balance
from core.domain.webhook_events import occurred
from core.models import Account, CreditMemo, Customer, Invoice, Item, Payment, Purchase, Vendor

Entity = Mapping[str, Any]
KEYS_PER_LOOKUP = 10_000  # SQLite takes 32,766 parameters a statement, PostgreSQL 65,535


def _ref(entity: Entity, key: str) -> str:
    ref = entity.get(key) or {}
    return str(ref.get("value", "")) if isinstance(ref, Mapping) else ""


def _money(entity: Entity, key: str) -> Decimal:
    return Decimal(str(entity.get(key) or "0"))


def _day(entity: Entity, key: str) -> date | None:
    value = entity.get(key)
    return date.fromisoformat(str(value)[:10]) if value else None


def _email(entity: Entity) -> str | None:
    found = (entity.get("PrimaryEmailAddr") or {}).get("Address")
    return str(found) if found else None


def _updated(entity: Entity) -> datetime | None:
    stamp = (entity.get("MetaData") or {}).get("LastUpdatedTime")
    return occurred(str(stamp)) if stamp else None


def _customer(e: Entity) -> dict[str, Any]:
    return {"display_name": str(e.get("DisplayName", "")), "email": _email(e)}


def _invoice(e: Entity) -> dict[str, Any]:
    return {
        "customer_qbo_id": _ref(e, "CustomerRef"),
        "doc_number": str(e.get("DocNumber", "")),
        "due_date": _day(e, "DueDate"),
        "balance": _money(e, "Balance"),
        "home_balance": home_balance(e),
        "currency": _ref(e, "CurrencyRef") or "USD",
    }


def _linked(e: Entity) -> dict[str, Any]:
    return {"customer_qbo_id": _ref(e, "CustomerRef")}


def _account(e: Entity) -> dict[str, Any]:
    return {
        "name": str(e.get("Name", "")),
        "account_type": str(e.get("AccountType", "")),
        "account_sub_type": str(e.get("AccountSubType", "")),
        "current_balance": _money(e, "CurrentBalance"),
        "currency": _ref(e, "CurrencyRef") or "USD",
        "active": bool(e.get("Active", True)),
        "updated_at": _updated(e),
    }


def _purchase(e: Entity) -> dict[str, Any]:
    payee = e.get("EntityRef") or {}
    is_vendor = isinstance(payee, Mapping) and payee.get("type", "Vendor") == "Vendor"
    return {
        "doc_number": str(e.get("DocNumber", "")),
        "txn_date": _day(e, "TxnDate"),
        "payment_type": str(e.get("PaymentType", "")),
        "account_qbo_id": _ref(e, "AccountRef"),
        "vendor_qbo_id": _ref(e, "EntityRef") if is_vendor else "",
        "total_amt": _money(e, "TotalAmt"),
        "currency": _ref(e, "CurrencyRef") or "USD",
        "updated_at": _updated(e),
    }


def _vendor(e: Entity) -> dict[str, Any]:
    return {
        "display_name": str(e.get("DisplayName", "")),
        "email": _email(e),
        "balance": _money(e, "Balance"),
        "currency": _ref(e, "CurrencyRef") or "USD",
        "active": bool(e.get("Active", True)),
        "updated_at": _updated(e),
    }


def _item(e: Entity) -> dict[str, Any]:
    return {
        "name": str(e.get("Name", "")),
        "item_type": str(e.get("Type", "")),
        "unit_price": _money(e, "UnitPrice"),
        "income_account_qbo_id": _ref(e, "IncomeAccountRef"),
        "expense_account_qbo_id": _ref(e, "ExpenseAccountRef"),
        "active": bool(e.get("Active", True)),
        "updated_at": _updated(e),
    }


@dataclass(frozen=True)
class ReadCopy:
    """Where one QuickBooks entity type is copied, and the columns read off it."""

    model: type[SQLModel]
    columns: Callable[[Entity], dict[str, Any]]

    @property
    def table(self) -> Table:
        return cast(Table, self.model.__table__)  # type: ignore[attr-defined]


# Sync state is data: which QuickBooks entity lands in which table.
COPIES: dict[str, ReadCopy] = {
    "Account": ReadCopy(Account, _account),
    "Customer": ReadCopy(Customer, _customer),
    "Vendor": ReadCopy(Vendor, _vendor),
    "Item": ReadCopy(Item, _item),
    "Invoice": ReadCopy(Invoice, _invoice),
    "Payment": ReadCopy(Payment, _linked),
    "CreditMemo": ReadCopy(CreditMemo, _linked),
    "Purchase": ReadCopy(Purchase, _purchase),
}


def _token(entity: Entity) -> str:
    return str(entity.get("SyncToken", "0"))


def _insert(session: Session, table: Table) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _row(realm_id: str, copy: ReadCopy, entity: Entity) -> dict[str, Any]:
    return {
        "realm_id": realm_id,
        "qbo_id": str(entity["Id"]),
        "sync_token": _token(entity),
        "deleted": False,
        **copy.columns(entity),
        "raw": dict(entity),
    }


def _newest(entities: Iterable[Entity]) -> list[Entity]:
    """One entity per Id, the highest SyncToken: a statement must not touch a row twice."""
    best: dict[str, Entity] = {}
    for e in entities:
        eid = str(e["Id"])
        if eid not in best or int(_token(best[eid])) < int(_token(e)):
            best[eid] = e
    return list(best.values())


def upsert_page(session: Session, realm_id: str, kind: str, entities: Sequence[Entity]) -> int:
    """Insert or update a page of one entity type in one executemany; returns its size.

    An existing row is only updated by a strictly newer SyncToken, and never once deleted:
    a re-pull of the same versions writes nothing, an older page or event loses.
    """
    if not entities:
        return 0
    copy = COPIES[kind]
    table = copy.table
    rows = [_row(realm_id, copy, e) for e in _newest(entities)]
    stmt = _insert(session, table)
    newer = sql_cast(table.c.sync_token, Integer) < sql_cast(stmt.excluded.sync_token, Integer)
    stmt = stmt.on_conflict_do_update(
        index_elements=["realm_id", "qbo_id"],
        set_={name: stmt.excluded[name] for name in rows[0] if name not in ("realm_id", "qbo_id")},
        where=and_(not_(table.c.deleted), newer),
    )
    session.execute(stmt, rows)
    return len(rows)


def mark_deleted(
    session: Session, realm_id: str, kind: str, deletions: Sequence[Entity]
) -> dict[str, dict[str, Any] | None]:
    """Mark entities deleted in QuickBooks (CDC's `{"Id", "status": "Deleted", ...}` or just
    `{"Id"}`); returns each one's last raw JSON before (None when we had no copy).

    The row and its history stay; a copy we never had is written as a deleted placeholder,
    so an older version arriving later cannot create it.
    """
    if not deletions:
        return {}
    copy = COPIES[kind]
    table = copy.table
    ids = list(dict.fromkeys(str(d["Id"]) for d in deletions))
    before: dict[str, dict[str, Any] | None] = dict.fromkeys(ids)
    for i in range(0, len(ids), KEYS_PER_LOOKUP):
        lookup = select(table.c.qbo_id, table.c.raw).where(
            table.c.realm_id == realm_id, table.c.qbo_id.in_(ids[i : i + KEYS_PER_LOOKUP])
        )
        for qbo_id, raw in session.execute(lookup):
            before[qbo_id] = dict(raw)
    by_id = {str(d["Id"]): d for d in deletions}
    rows = [{**_row(realm_id, copy, by_id[i]), "sync_token": "0", "deleted": True} for i in ids]
    stmt = _insert(session, table)
    marked: dict[str, Any] = {"deleted": True}
    if "updated_at" in table.c:
        marked["updated_at"] = stmt.excluded.updated_at
    session.execute(
        stmt.on_conflict_do_update(index_elements=["realm_id", "qbo_id"], set_=marked), rows
    )
    return before

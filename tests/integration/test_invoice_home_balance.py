"""invoices.home_balance: the open balance in home currency kept as a column, so the aging
totals (`/qb overdue`, the App Home, the digest's summary) read an index, not every invoice's
JSON. Every way a row is written must fill it with SPEC's rule (HomeBalance, else Balance ×
ExchangeRate, else Balance), on SQLite and PostgreSQL: the migration for rows already there,
the pulled copy's upsert, and the ORM."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, inspect
from sqlmodel import Session, select

from core.models import Invoice
from core.services.overdue import overdue_totals
from core.services.read_copy import upsert_page
from tests.harness import migrated_to, upgrade

REALM = "9130350000000001"
NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)

# (QuickBooks Invoice fields beyond the basics, the home balance SPEC's rule gives)
SHAPES: list[tuple[dict[str, Any], Decimal]] = [
    ({"Balance": 150.1}, Decimal("150.10")),  # home currency: the balance itself
    ({"Balance": 200, "HomeBalance": 271.46, "ExchangeRate": 1.3573}, Decimal("271.46")),
    ({"Balance": 80, "ExchangeRate": 1.25}, Decimal("100.00")),  # no HomeBalance: converted
    ({"Balance": 0, "HomeBalance": 0, "ExchangeRate": 0.9}, Decimal("0.00")),  # paid
]


def entity(n: int, fields: dict[str, Any], token: str = "0") -> dict[str, Any]:
    return {
        "Id": str(n),
        "SyncToken": token,
        "DocNumber": f"10{n:02d}",
        "DueDate": "2026-10-01",
        "CustomerRef": {"value": "1"},
        "CurrencyRef": {"value": "EUR" if "ExchangeRate" in fields else "USD"},
        **fields,
    }


def stored(engine: Engine) -> dict[str, Decimal | None]:
    with Session(engine) as session:
        return {i.qbo_id: i.home_balance for i in session.exec(select(Invoice)).all()}


@pytest.fixture
def at_0015(database_url: str) -> Iterator[Engine]:
    """A database as deployments had it before the column: migrated to 0015 only."""
    with migrated_to(database_url, "0015_synccdc_full_pull") as engine:
        yield engine


def test_the_migration_fills_every_existing_invoice_and_adds_the_covering_index(
    at_0015: Engine,
) -> None:
    invoices = sa.table(
        "invoices",
        *(sa.column(c) for c in ("realm_id", "qbo_id", "customer_qbo_id", "doc_number",
                                 "sync_token", "due_date", "currency", "deleted")),
        sa.column("balance", sa.Numeric(14, 2)),
        sa.column("raw", sa.JSON),
    )  # fmt: skip
    with at_0015.begin() as conn:
        for n, (fields, _home) in enumerate(SHAPES):
            e = entity(n, fields)
            conn.execute(invoices.insert().values(
                realm_id=REALM, qbo_id=e["Id"], customer_qbo_id="1", doc_number=e["DocNumber"],
                sync_token="0", due_date=date(2026, 10, 1), balance=Decimal(str(e["Balance"])),
                currency=e["CurrencyRef"]["value"], deleted=False, raw=e,
            ))  # fmt: skip
    upgrade(at_0015, "head")
    assert stored(at_0015) == {str(n): home for n, (_f, home) in enumerate(SHAPES)}
    indexes = {ix["name"]: ix["column_names"] for ix in inspect(at_0015).get_indexes("invoices")}
    assert indexes["ix_invoices_aging"] == [
        "realm_id", "due_date", "balance", "home_balance", "customer_qbo_id"
    ]


def test_the_pulled_copy_keeps_it_as_quickbooks_changes_the_invoice(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        upsert_page(session, REALM, "Invoice", [entity(n, f) for n, (f, _h) in enumerate(SHAPES)])
    assert stored(engine) == {str(n): home for n, (_f, home) in enumerate(SHAPES)}
    # a partial payment in QuickBooks: new Balance and HomeBalance, a newer SyncToken
    paid = entity(1, {"Balance": 100, "HomeBalance": 135.73, "ExchangeRate": 1.3573}, "1")
    converted = entity(2, {"Balance": 40, "ExchangeRate": 1.25}, "1")
    with Session(engine) as session, session.begin():
        upsert_page(session, REALM, "Invoice", [paid, converted])
    assert stored(engine)["1"] == Decimal("135.73") and stored(engine)["2"] == Decimal("50.00")


def test_an_invoice_written_through_the_orm_gets_it_too_and_keeps_it_on_edit(
    engine: Engine,
) -> None:
    with Session(engine) as session:
        for n, (fields, _home) in enumerate(SHAPES):
            e = entity(n, fields)
            session.add(Invoice(realm_id=REALM, qbo_id=e["Id"], customer_qbo_id="1",
                                doc_number=e["DocNumber"], sync_token="0",
                                due_date=date(2026, 10, 1), balance=Decimal(str(e["Balance"])),
                                currency=e["CurrencyRef"]["value"], raw=e))  # fmt: skip
        session.commit()
    assert stored(engine) == {str(n): home for n, (_f, home) in enumerate(SHAPES)}
    with Session(engine) as session:  # the balance edited, the JSON's rate still applies
        row = session.exec(select(Invoice).where(Invoice.qbo_id == "2")).one()
        row.balance = Decimal("8")
        session.add(row)
        session.commit()
    assert stored(engine)["2"] == Decimal("10.00")


def test_the_aging_totals_sum_it_and_on_sqlite_read_only_the_index(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        upsert_page(session, REALM, "Invoice", [entity(n, f) for n, (f, _h) in enumerate(SHAPES)])
    sent: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        sent.append((statement, parameters))

    sa.event.listen(engine, "before_cursor_execute", seen)
    try:
        with Session(engine) as session:
            [total] = overdue_totals(session, NOW)
    finally:
        sa.event.remove(engine, "before_cursor_execute", seen)
    assert total.amount == sum(home for _f, home in SHAPES) and total.invoices == 3  # paid: none
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL plans a handful of rows as a sequential scan, whatever the index
    [(aggregate, parameters)] = [(s, p) for s, p in sent if "sum(" in s.lower()]
    with engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {aggregate}", parameters).all()
    assert "COVERING INDEX ix_invoices_aging" in " ".join(str(r[-1]) for r in plan), plan


def test_a_write_that_skips_the_rule_fails_instead_of_summing_the_wrong_amount(
    engine: Engine,
) -> None:
    """A bulk insert runs no mapper event: without home_balance the row is refused, not
    stored to be aggregated as if its foreign balance were in home currency."""
    e = entity(7, {"Balance": 80, "ExchangeRate": 1.25})
    row = {"realm_id": REALM, "qbo_id": "7", "customer_qbo_id": "1", "sync_token": "0",
           "balance": Decimal("80"), "currency": "EUR", "raw": e}  # fmt: skip
    with Session(engine) as session, pytest.raises(sa.exc.IntegrityError):
        session.execute(sa.insert(Invoice), [row])
        session.commit()
    assert stored(engine) == {}

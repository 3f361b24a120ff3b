"""read copies of accounts, purchases, vendors and items; deleted flags; payment SyncTokens

The pull writes pages as INSERT … ON CONFLICT (realm_id, qbo_id) DO UPDATE guarded by the
SyncToken, so every copied table needs one (payments and credit memos had none: backfilled
from the raw JSON they kept) and a deleted flag (a CDC delete marks the row instead of
dropping it, so an older version arriving later cannot bring it back).

Revision ID: 0006_read_copies
Revises: 0005_scan_indexes
Create Date: 2026-12-01 23:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006_read_copies"
down_revision = "0005_scan_indexes"
branch_labels = None
depends_on = None

EXISTING = ("customers", "invoices", "payments", "credit_memos")
UNTOKENED = ("payments", "credit_memos")


def _s(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def _copy_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("qbo_id", _s(32), nullable=False),
        sa.Column("sync_token", _s(16), nullable=False),
    ]


def _tail_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("realm_id", "qbo_id"),
    ]


def _money(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Numeric(14, 2), nullable=False)


NEW_TABLES = {
    "accounts": [
        sa.Column("name", _s(500), nullable=False),
        sa.Column("account_type", _s(60), nullable=False),
        sa.Column("account_sub_type", _s(100), nullable=False),
        _money("current_balance"),
        sa.Column("currency", _s(3), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    ],
    "purchases": [
        sa.Column("doc_number", _s(32), nullable=False),
        sa.Column("txn_date", sa.Date(), nullable=True),
        sa.Column("payment_type", _s(20), nullable=False),
        sa.Column("account_qbo_id", _s(32), nullable=False),
        sa.Column("vendor_qbo_id", _s(32), nullable=False),
        _money("total_amt"),
        sa.Column("currency", _s(3), nullable=False),
    ],
    "vendors": [
        sa.Column("display_name", _s(500), nullable=False),
        sa.Column("email", _s(320), nullable=True),
        _money("balance"),
        sa.Column("currency", _s(3), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    ],
    "items": [
        sa.Column("name", _s(500), nullable=False),
        sa.Column("item_type", _s(30), nullable=False),
        _money("unit_price"),
        sa.Column("income_account_qbo_id", _s(32), nullable=False),
        sa.Column("expense_account_qbo_id", _s(32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    ],
}


def upgrade() -> None:
    for table in EXISTING:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False)
            )
            if table in UNTOKENED:
                batch.add_column(
                    sa.Column("sync_token", _s(16), server_default="0", nullable=False)
                )
    token = (
        "raw->>'SyncToken'"
        if op.get_bind().dialect.name == "postgresql"
        else "json_extract(raw, '$.SyncToken')"
    )
    for table in UNTOKENED:
        op.execute(f"UPDATE {table} SET sync_token = {token} WHERE {token} IS NOT NULL")
    for name, columns in NEW_TABLES.items():
        op.create_table(name, *_copy_columns(), *columns, *_tail_columns())
        op.create_index(f"ix_{name}_realm_id", name, ["realm_id"], unique=False)
    op.create_index(
        "ix_purchases_realm_vendor", "purchases", ["realm_id", "vendor_qbo_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_purchases_realm_vendor", table_name="purchases")
    for name in reversed(NEW_TABLES):
        op.drop_index(f"ix_{name}_realm_id", table_name=name)
        op.drop_table(name)
    for table in reversed(EXISTING):
        with op.batch_alter_table(table) as batch:
            if table in UNTOKENED:
                batch.drop_column("sync_token")
            batch.drop_column("deleted")

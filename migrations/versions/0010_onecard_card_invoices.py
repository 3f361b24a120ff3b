"""card invoices: the invoices one customer card covers (policy one_card_per_customer)

Revision ID: 0010_onecard_card_invoices
Revises: 0009_sync_conflicts
Create Date: 2026-12-02 06:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010_onecard_card_invoices"
down_revision = "0009_sync_conflicts"
branch_labels = None
depends_on = None


def _s(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "card_invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("invoice_qbo_id", _s(32), nullable=False),
        sa.Column("doc_number", _s(32), nullable=False),
        sa.Column("balance", sa.Numeric(14, 2), nullable=False),
        sa.Column("currency", _s(3), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("days_past_due", sa.Integer(), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=True),
        sa.Column("invoice_sync_token", _s(16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("action_id", "invoice_qbo_id"),
    )
    op.create_index("ix_card_invoices_action_id", "card_invoices", ["action_id"])
    op.create_index(
        "ix_card_invoices_realm_invoice", "card_invoices", ["realm_id", "invoice_qbo_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_card_invoices_realm_invoice", table_name="card_invoices")
    op.drop_index("ix_card_invoices_action_id", table_name="card_invoices")
    op.drop_table("card_invoices")

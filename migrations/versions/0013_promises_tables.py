"""promises and payment-plan instalments: kept by code, not re-read by the judge each scan

A promise to pay the judge recognised (date, amount, where it was made) and its state (open,
kept, broken, withdrawn); the instalments of an agreed payment plan, tracked against payments.

Revision ID: 0013_promises_tables
Revises: 0012_context_sources
Create Date: 2026-12-02 06:40:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0013_promises_tables"
down_revision = "0012_context_sources"
branch_labels = None
depends_on = None


def _s(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "promises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("customer_qbo_id", _s(32), nullable=False),
        sa.Column("invoices", sa.JSON(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(14, 2), nullable=False),
        sa.Column("currency", _s(3), nullable=False),
        sa.Column("source", _s(200), nullable=False),
        sa.Column("state", _s(12), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("realm_id", "source"),
    )
    op.create_index("ix_promises_realm_customer", "promises", ["realm_id", "customer_qbo_id"])
    op.create_table(
        "payment_plan_instalments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("customer_qbo_id", _s(32), nullable=False),
        sa.Column("invoice_qbo_id", _s(32), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(14, 2), nullable=False),
        sa.Column("currency", _s(3), nullable=False),
        sa.Column("state", _s(12), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("action_id", "seq"),
    )
    op.create_index(
        "ix_plan_instalments_realm_invoice",
        "payment_plan_instalments",
        ["realm_id", "invoice_qbo_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_plan_instalments_realm_invoice", table_name="payment_plan_instalments")
    op.drop_table("payment_plan_instalments")
    op.drop_index("ix_promises_realm_customer", table_name="promises")
    op.drop_table("promises")

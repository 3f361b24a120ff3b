"""invoices: the open balance in home currency as a column (home_balance), and the index that
covers the aging totals, so `/qb overdue`, the App Home and the digest read no JSON

Revision ID: 0016_overdue_home_balance
Revises: 0015_synccdc_full_pull
Create Date: 2026-12-02 19:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_overdue_home_balance"
down_revision = "0015_synccdc_full_pull"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invoices") as batch:
        batch.add_column(sa.Column("home_balance", sa.Numeric(14, 2), nullable=True))
    invoices = sa.table(
        "invoices",
        sa.column("balance", sa.Numeric(14, 2)),
        sa.column("raw", sa.JSON),
        sa.column("home_balance", sa.Numeric(14, 2)),
    )
    raw = invoices.c.raw
    # One UPDATE with the expression the readers computed until now (HomeBalance, else
    # Balance × ExchangeRate, else Balance, to the cent): a statement, not rows fetched and
    # written back, so it also runs in Alembic's offline mode (`upgrade --sql`).
    op.execute(
        invoices.update().values(
            home_balance=sa.func.round(
                sa.func.coalesce(
                    raw["HomeBalance"].as_numeric(14, 2),
                    invoices.c.balance * raw["ExchangeRate"].as_numeric(18, 8),
                    invoices.c.balance,
                ),
                2,
            )
        )
    )
    with op.batch_alter_table("invoices") as batch:  # every row has it now; every writer sets it
        batch.alter_column("home_balance", existing_type=sa.Numeric(14, 2), nullable=False)
    op.create_index(
        "ix_invoices_aging",
        "invoices",
        ["realm_id", "due_date", "balance", "home_balance", "customer_qbo_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_invoices_aging", table_name="invoices")
    with op.batch_alter_table("invoices") as batch:
        batch.drop_column("home_balance")

"""card actions: a case card's assignee, the date a snoozed case comes back, its stale nudge

Revision ID: 0011_card_actions
Revises: 0010_onecard_card_invoices
Create Date: 2026-12-02 06:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011_card_actions"
down_revision = "0010_onecard_card_invoices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("proposed_actions") as batch:
        batch.add_column(
            sa.Column("assignee", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch.add_column(sa.Column("snoozed_until", sa.Date(), nullable=True))
        batch.add_column(sa.Column("nudged_at", sa.DateTime(timezone=True), nullable=True))
    # The hourly upkeep finds snoozed cards that are due, and cards waiting un-nudged.
    op.create_index("ix_proposed_actions_snoozed_until", "proposed_actions", ["snoozed_until"])


def downgrade() -> None:
    op.drop_index("ix_proposed_actions_snoozed_until", table_name="proposed_actions")
    with op.batch_alter_table("proposed_actions") as batch:
        batch.drop_column("nudged_at")
        batch.drop_column("snoozed_until")
        batch.drop_column("assignee")

"""live judge: why the rules decided a case Claude was asked about (the card says so), and
the team's internal notes on a case (replies in its Slack card's thread)

Revision ID: 0014_judge_notes
Revises: 0013_promises_tables
Create Date: 2026-12-02 06:45:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014_judge_notes"
down_revision = "0013_promises_tables"
branch_labels = None
depends_on = None


def _s(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    with op.batch_alter_table("proposed_actions") as batch:
        batch.add_column(sa.Column("judge_fallback", _s(200), nullable=True))
    op.create_table(
        "case_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("customer_qbo_id", _s(32), nullable=False),
        sa.Column("invoice_qbo_id", _s(32), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("source", _s(20), nullable=False),
        sa.Column("external_id", _s(100), nullable=False),
        sa.Column("author", _s(64), nullable=False),
        sa.Column("noted_at", _s(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["proposed_actions.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "external_id"),
    )
    op.create_index("ix_case_notes_realm_customer", "case_notes",
                    ["realm_id", "customer_qbo_id"])


def downgrade() -> None:
    op.drop_index("ix_case_notes_realm_customer", table_name="case_notes")
    op.drop_table("case_notes")
    with op.batch_alter_table("proposed_actions") as batch:
        batch.drop_column("judge_fallback")

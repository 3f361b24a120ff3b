"""live judge: why the rules decided a case Claude was asked about (the card says so)

Revision ID: 0010_livejudge_judge_notes
Revises: 0009_sync_conflicts
Create Date: 2026-12-02 06:45:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010_livejudge_judge_notes"
down_revision = "0009_sync_conflicts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("proposed_actions") as batch:
        batch.add_column(
            sa.Column("judge_fallback", sqlmodel.sql.sqltypes.AutoString(length=200),
                      nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("proposed_actions") as batch:
        batch.drop_column("judge_fallback")

"""sync cursors: when the full pull a cursor continues from started (a sync cycle pulls by
CDC only after one)

Revision ID: 0015_synccdc_full_pull
Revises: 0014_judge_notes
Create Date: 2026-12-02 14:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_synccdc_full_pull"
down_revision = "0014_judge_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_cursors") as batch:
        batch.add_column(sa.Column("full_pull_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_cursors") as batch:
        batch.drop_column("full_pull_at")

"""sync conflicts: a record both sides changed, per field base/platform/quickbooks/result

A staged change pushed in vain (a transient fault) counts its attempts and waits until
`retry_at` before the next push tries it again.

One row per staged change that met a newer QuickBooks version with a field changed on both
sides (or the record deleted or voided in QuickBooks): the rule that decided, whether a person
still has to pick (state open), and where its Slack card is, so the card is updated in place.

Revision ID: 0009_sync_conflicts
Revises: 0007_staged_changes
Create Date: 2026-12-02 03:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009_sync_conflicts"
down_revision = "0008_slack_installations"
branch_labels = None
depends_on = None


def _s(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    with op.batch_alter_table("staged_changes") as batch:
        batch.add_column(
            sa.Column("attempts", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(sa.Column("retry_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("record_type", _s(10), nullable=False),
        sa.Column("qbo_id", _s(32), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("state", _s(10), nullable=False),
        sa.Column("rule", _s(40), nullable=False),
        sa.Column("outcome", _s(20), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base_sync_token", _s(16), nullable=True),
        sa.Column("quickbooks_sync_token", _s(16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("change_state", _s(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("slack_channel", _s(64), nullable=True),
        sa.Column("slack_ts", _s(32), nullable=True),
        sa.Column("decided_by", _s(200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["change_id"], ["staged_changes.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("change_id"),
    )
    op.create_index("ix_sync_conflicts_realm_id", "sync_conflicts", ["realm_id"])
    op.create_index("ix_sync_conflicts_state", "sync_conflicts", ["state"])
    op.create_index(
        "ix_sync_conflicts_record", "sync_conflicts", ["realm_id", "record_type", "qbo_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_sync_conflicts_record", table_name="sync_conflicts")
    op.drop_index("ix_sync_conflicts_state", table_name="sync_conflicts")
    op.drop_index("ix_sync_conflicts_realm_id", table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    with op.batch_alter_table("staged_changes") as batch:
        batch.drop_column("retry_at")
        batch.drop_column("attempts")

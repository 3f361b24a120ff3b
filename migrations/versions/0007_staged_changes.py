"""staged platform-side changes and their batches; outbox rows say whose effect they are

A change made on the platform side (an import file, a Slack modal) waits in `staged_changes`
until a person approves it; the changes submitted together form a `change_batches` row, which
is what the approval card shows. The card goes through the outbox, whose rows so far all
belonged to proposed actions: `owner` tells the two apart (existing rows are "action").

Revision ID: 0007_staged_changes
Revises: 0006_read_copies
Create Date: 2026-12-02 02:45:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007_staged_changes"
down_revision = "0006_read_copies"
branch_labels = None
depends_on = None


def _s(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def _money(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Numeric(14, 2), nullable=False)


def upgrade() -> None:
    op.create_table(
        "change_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("submitted_by", _s(200), nullable=False),
        sa.Column("source", _s(300), nullable=False),
        sa.Column("state", _s(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _money("total"),
        sa.Column("currency", _s(3), nullable=False),
        sa.Column("slack_channel", _s(64), nullable=True),
        sa.Column("slack_ts", _s(32), nullable=True),
        sa.Column("decided_by", _s(64), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_change_batches_realm_id", "change_batches", ["realm_id"])
    op.create_index("ix_change_batches_state", "change_batches", ["state"])
    op.create_table(
        "staged_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("record_type", _s(10), nullable=False),
        sa.Column("qbo_id", _s(32), nullable=True),
        sa.Column("base_sync_token", _s(16), nullable=True),
        sa.Column("base_fields", sa.JSON(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        _money("amount"),
        sa.Column("currency", _s(3), nullable=False),
        sa.Column("submitted_by", _s(200), nullable=False),
        sa.Column("state", _s(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["change_batches.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_staged_changes_realm_id", "staged_changes", ["realm_id"])
    op.create_index("ix_staged_changes_batch_id", "staged_changes", ["batch_id"])
    op.create_index(
        "ix_staged_changes_record", "staged_changes", ["realm_id", "record_type", "qbo_id", "state"]
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("owner", sa.String(20), server_default="action", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("owner")
    op.drop_index("ix_staged_changes_record", table_name="staged_changes")
    op.drop_index("ix_staged_changes_batch_id", table_name="staged_changes")
    op.drop_index("ix_staged_changes_realm_id", table_name="staged_changes")
    op.drop_table("staged_changes")
    op.drop_index("ix_change_batches_state", table_name="change_batches")
    op.drop_index("ix_change_batches_realm_id", table_name="change_batches")
    op.drop_table("change_batches")

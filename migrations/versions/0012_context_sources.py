"""context sources: mailbox messages and CRM records keyed by their source ids; IMAP cursors

`customer_emails.message_id` (unique per realm) makes a message read twice from the AR
mailbox one row; `thread_id` is the Message-ID its thread started from. `crm_notes.source_id`
(unique per realm: `hubspot:note:<id>`, `hubspot:owner:<company id>`) makes a CRM record read
again update its row. `mailbox_cursors` keeps how far each folder was read (UIDVALIDITY and the
last UID) per realm; `context_reads` when each source was last read for a realm (a card says
"no inbox connected" where none was).

Revision ID: 0012_context_sources
Revises: 0011_card_actions
Create Date: 2026-12-02 06:40:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0012_context_sources"
down_revision = "0011_card_actions"
branch_labels = None
depends_on = None


def _s(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    with op.batch_alter_table("customer_emails") as batch:
        batch.add_column(sa.Column("message_id", _s(998), nullable=True))
        batch.add_column(sa.Column("thread_id", _s(998), nullable=True))
        batch.create_unique_constraint(
            "uq_customer_emails_realm_message", ["message_id", "realm_id"]
        )
    with op.batch_alter_table("crm_notes") as batch:
        batch.add_column(sa.Column("source_id", _s(120), nullable=True))
        batch.create_unique_constraint("uq_crm_notes_realm_source", ["source_id", "realm_id"])
    op.create_table(
        "mailbox_cursors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("mailbox", _s(400), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("realm_id", "mailbox"),
    )
    op.create_table(
        "context_reads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("source", _s(20), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("realm_id", "source"),
    )


def downgrade() -> None:
    op.drop_table("context_reads")
    op.drop_table("mailbox_cursors")
    with op.batch_alter_table("crm_notes") as batch:
        batch.drop_constraint("uq_crm_notes_realm_source", type_="unique")
        batch.drop_column("source_id")
    with op.batch_alter_table("customer_emails") as batch:
        batch.drop_constraint("uq_customer_emails_realm_message", type_="unique")
        batch.drop_column("thread_id")
        batch.drop_column("message_id")

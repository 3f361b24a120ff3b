"""composite indexes for the overdue scan

The scan reads a batch of customers' invoices, payments, credit memos, emails and notes, and
the cards still waiting on a batch of invoices. With single-column indexes only, SQLite
answered `realm_id = ? AND customer_qbo_id = ?` through the realm index, reading the whole
company for every lookup. Plain CREATE INDEX on both databases (no table copy needed).

Revision ID: 0005_scan_indexes
Revises: 0003_jobs
Create Date: 2026-12-01 19:45:00
"""

from alembic import op

revision = "0005_scan_indexes"
down_revision = "0004_audit_chain"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_invoices_realm_customer", "invoices", ["realm_id", "customer_qbo_id"]),
    ("ix_payments_realm_customer", "payments", ["realm_id", "customer_qbo_id"]),
    ("ix_credit_memos_realm_customer", "credit_memos", ["realm_id", "customer_qbo_id"]),
    ("ix_customer_emails_realm_customer", "customer_emails", ["realm_id", "customer_qbo_id"]),
    ("ix_crm_notes_realm_customer", "crm_notes", ["realm_id", "customer_qbo_id"]),
    (
        "ix_proposed_actions_realm_invoice_state",
        "proposed_actions",
        ["realm_id", "invoice_qbo_id", "state"],
    ),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)

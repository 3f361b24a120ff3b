"""audit chain: one row per previous hash, so two writers can never fork the chain

Revision ID: 0004_audit_chain
Revises: 0003_jobs
Create Date: 2026-12-01 19:45:00
"""
from alembic import context, op
import sqlalchemy as sa

from core.errors import UserFacingError


revision = '0004_audit_chain'
down_revision = '0003_jobs'
branch_labels = None
depends_on = None


def upgrade() -> None:
    _refuse_a_forked_chain()
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('uq_audit_log_prev_hash', ['prev_hash'], unique=True)


def _refuse_a_forked_chain() -> None:
    # A database written before this fix may already hold a fork. The index cannot be built
    # over it, and the log is append-only: nothing here rewrites it. Refuse in one line.
    if context.is_offline_mode():  # a script for an empty database (tests/conftest.py)
        return
    forks = op.get_bind().execute(
        sa.text(
            "SELECT COUNT(*) FROM (SELECT prev_hash FROM audit_log "
            "GROUP BY prev_hash HAVING COUNT(*) > 1) AS forked"
        )
    ).scalar_one()
    if forks:
        raise UserFacingError(
            "cannot upgrade: the audit chain forked before this version "
            f"({forks} entr{'y has' if forks == 1 else 'ies have'} more than one successor); "
            "run `qbot audit verify` to see where, and keep `qbot audit export` as evidence"
        )


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('uq_audit_log_prev_hash')

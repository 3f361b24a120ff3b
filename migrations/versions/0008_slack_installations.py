"""Slack OAuth installs: installations (bot tokens encrypted), install states, channel links

`qbot` installs in any workspace through bolt's OAuth flow: an installation per workspace
(its bot token MultiFernet-encrypted in Text columns, like qbo_connections), the single-use
`state` of each install, and the channel each company's cards go to (`/qb connect` run in a
channel links the company to it; the QuickBooks connect state carries that channel).

Revision ID: 0008_slack_installations
Revises: 0006_read_copies (the lead re-chains it onto 0007_staged_changes on merge)
Create Date: 2026-12-02 03:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008_slack_installations"
down_revision = "0007_staged_changes"
branch_labels = None
depends_on = None


def _s(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def _at(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "slack_installations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace", _s(70), nullable=False),
        sa.Column("enterprise_id", _s(32), nullable=True),
        sa.Column("team_id", _s(32), nullable=True),
        sa.Column("team_name", _s(200), nullable=False),
        sa.Column("is_enterprise_install", sa.Boolean(), server_default=sa.false(),
                  nullable=False),
        sa.Column("app_id", _s(32), nullable=True),
        sa.Column("bot_id", _s(32), nullable=True),
        sa.Column("bot_user_id", _s(32), nullable=True),
        sa.Column("bot_scopes", sa.Text(), nullable=False),
        sa.Column("bot_token_enc", sa.Text(), nullable=False),
        sa.Column("bot_refresh_token_enc", sa.Text(), nullable=True),
        _at("bot_token_expires_at", nullable=True),
        sa.Column("installer_user_id", _s(32), nullable=True),
        sa.Column("status", _s(20), nullable=False),
        _at("installed_at"),
        _at("updated_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("workspace"),
    )
    op.create_index(
        "ix_slack_installations_team_id", "slack_installations", ["team_id"], unique=False
    )
    op.create_table(
        "slack_oauth_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state", _s(128), nullable=False),
        _at("created_at"),
        _at("used_at", nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("state"),
    )
    op.create_table(
        "slack_channel_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("realm_id", _s(32), nullable=False),
        sa.Column("team_id", _s(32), nullable=True),
        sa.Column("channel_id", _s(32), nullable=False),
        sa.Column("linked_by", _s(64), nullable=False),
        _at("linked_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("realm_id"),
    )
    with op.batch_alter_table("oauth_states") as batch:
        batch.add_column(sa.Column("slack_channel_id", _s(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("oauth_states") as batch:
        batch.drop_column("slack_channel_id")
    op.drop_table("slack_channel_links")
    op.drop_table("slack_oauth_states")
    op.drop_index("ix_slack_installations_team_id", table_name="slack_installations")
    op.drop_table("slack_installations")

"""SQLModel tables: qbot's own copy of QuickBooks data, proposed actions, outbox and audit log.

Every table holding company data is keyed by realm. Money is stored as Numeric(14, 2);
raw QuickBooks JSON is kept so the judge sees exactly what the API returned.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    text,
)
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC in, aware UTC out, on every database.

    SQLite keeps no offset and hands back naive values; PostgreSQL answers in the session's
    zone. Normalising here means no caller ever has to patch a datetime it read back.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    @staticmethod
    def _utc(value: datetime | None) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return self._utc(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return self._utc(value)


def _money() -> Any:
    return Field(default=Decimal("0"), sa_column=Column(Numeric(14, 2), nullable=False))


def _json() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


def _deleted() -> Any:
    # Deleted in QuickBooks: the row stays (history, and the SyncToken guard), readers skip it.
    return Field(default=False, sa_column=Column(Boolean, nullable=False, server_default=false()))


def _aware(nullable: bool = False) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=Column(UtcDateTime(), nullable=nullable),
    )


class Customer(SQLModel, table=True):
    """A QuickBooks Customer as last pulled."""

    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("realm_id", "qbo_id"),)

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    qbo_id: str = Field(max_length=32)
    sync_token: str = Field(max_length=16)
    display_name: str = Field(max_length=500)
    email: str | None = Field(default=None, max_length=320)
    deleted: bool = _deleted()
    raw: dict[str, Any] = _json()


class Invoice(SQLModel, table=True):
    """A QuickBooks Invoice as last pulled."""

    __tablename__ = "invoices"
    # The scan reads a batch of customers' invoices: (realm, customer), not the whole realm.
    # The aging totals (`/qb overdue`, the App Home, the digest's summary) read every open
    # invoice of a company: ix_invoices_aging covers them, so they never touch `raw`.
    __table_args__ = (
        UniqueConstraint("realm_id", "qbo_id"),
        Index("ix_invoices_realm_customer", "realm_id", "customer_qbo_id"),
        Index(
            "ix_invoices_aging",
            "realm_id", "due_date", "balance", "home_balance", "customer_qbo_id",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    qbo_id: str = Field(max_length=32)
    customer_qbo_id: str = Field(index=True, max_length=32)
    doc_number: str = Field(default="", max_length=32)
    sync_token: str = Field(max_length=16)
    due_date: date | None = None
    balance: Decimal = _money()
    # The open balance in the company's home currency (HomeBalance, else Balance ×
    # ExchangeRate, else Balance), kept beside `raw` so aggregations need not parse its JSON
    # (10x faster at 10k invoices). Written by every upsert of the copy and, for rows the ORM
    # writes, by `_invoice_home_balance` below. NOT NULL and no default: a write that skips
    # both (a bulk insert bypasses mapper events) fails, rather than summing the wrong amount.
    home_balance: Decimal | None = Field(
        default=None, sa_column=Column(Numeric(14, 2), nullable=False)
    )
    currency: str = Field(default="USD", max_length=3)
    deleted: bool = _deleted()
    raw: dict[str, Any] = _json()


@event.listens_for(Invoice, "before_insert")
@event.listens_for(Invoice, "before_update")
def _invoice_home_balance(_mapper: Any, _connection: Any, invoice: Invoice) -> None:
    """Derive `home_balance` from the row's own balance and raw JSON whenever the ORM writes
    it, so an ORM-added or -edited invoice is aggregated as the pulled copy is."""
    # Imported here: the adapters' package imports this module (a cycle at import time).
    from core.adapters.qbo.mapping import home_balance

    invoice.home_balance = home_balance(invoice.raw or {}, invoice.balance)


class Payment(SQLModel, table=True):
    """A QuickBooks Payment (its lines say which invoices it paid)."""

    __tablename__ = "payments"
    __table_args__ = (
        UniqueConstraint("realm_id", "qbo_id"),
        Index("ix_payments_realm_customer", "realm_id", "customer_qbo_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    qbo_id: str = Field(max_length=32)
    customer_qbo_id: str = Field(index=True, max_length=32)
    sync_token: str = Field(default="0", max_length=16)
    deleted: bool = _deleted()
    raw: dict[str, Any] = _json()


class CreditMemo(SQLModel, table=True):
    """A QuickBooks CreditMemo (Balance = credit still open)."""

    __tablename__ = "credit_memos"
    __table_args__ = (
        UniqueConstraint("realm_id", "qbo_id"),
        Index("ix_credit_memos_realm_customer", "realm_id", "customer_qbo_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    qbo_id: str = Field(max_length=32)
    customer_qbo_id: str = Field(index=True, max_length=32)
    sync_token: str = Field(default="0", max_length=16)
    deleted: bool = _deleted()
    raw: dict[str, Any] = _json()


class Account(SQLModel, table=True):
    """A QuickBooks Account (chart of accounts) as last pulled."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("realm_id", "qbo_id"),)

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    qbo_id: str = Field(max_length=32)
    sync_token: str = Field(max_length=16)
    name: str = Field(default="", max_length=500)
    account_type: str = Field(default="", max_length=60)
    account_sub_type: str = Field(default="", max_length=100)
    current_balance: Decimal = _money()
    currency: str = Field(default="USD", max_length=3)
    active: bool = True
    updated_at: datetime | None = _aware(nullable=True)  # QuickBooks' MetaData.LastUpdatedTime
    deleted: bool = _deleted()
    raw: dict[str, Any] = _json()


class Purchase(SQLModel, table=True):
    """A QuickBooks Purchase (an expense: cash, check or credit card) as last pulled."""

    __tablename__ = "purchases"
    __table_args__ = (
        UniqueConstraint("realm_id", "qbo_id"),
        Index("ix_purchases_realm_vendor", "realm_id", "vendor_qbo_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    qbo_id: str = Field(max_length=32)
    sync_token: str = Field(max_length=16)
    doc_number: str = Field(default="", max_length=32)
    txn_date: date | None = None
    payment_type: str = Field(default="", max_length=20)  # Cash | Check | CreditCard
    account_qbo_id: str = Field(default="", max_length=32)  # the account paid from
    vendor_qbo_id: str = Field(default="", max_length=32)  # EntityRef when it is a Vendor
    total_amt: Decimal = _money()
    currency: str = Field(default="USD", max_length=3)
    updated_at: datetime | None = _aware(nullable=True)
    deleted: bool = _deleted()
    raw: dict[str, Any] = _json()


class Vendor(SQLModel, table=True):
    """A QuickBooks Vendor as last pulled."""

    __tablename__ = "vendors"
    __table_args__ = (UniqueConstraint("realm_id", "qbo_id"),)

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    qbo_id: str = Field(max_length=32)
    sync_token: str = Field(max_length=16)
    display_name: str = Field(default="", max_length=500)
    email: str | None = Field(default=None, max_length=320)
    balance: Decimal = _money()
    currency: str = Field(default="USD", max_length=3)
    active: bool = True
    updated_at: datetime | None = _aware(nullable=True)
    deleted: bool = _deleted()
    raw: dict[str, Any] = _json()


class Item(SQLModel, table=True):
    """A QuickBooks Item (product or service) as last pulled."""

    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("realm_id", "qbo_id"),)

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    qbo_id: str = Field(max_length=32)
    sync_token: str = Field(max_length=16)
    name: str = Field(default="", max_length=500)
    item_type: str = Field(default="", max_length=30)  # Service | Inventory | NonInventory ...
    unit_price: Decimal = _money()
    income_account_qbo_id: str = Field(default="", max_length=32)
    expense_account_qbo_id: str = Field(default="", max_length=32)
    active: bool = True
    updated_at: datetime | None = _aware(nullable=True)
    deleted: bool = _deleted()
    raw: dict[str, Any] = _json()


class CustomerEmail(SQLModel, table=True):
    """A message exchanged with a customer (context that lives outside QuickBooks)."""

    __tablename__ = "customer_emails"
    __table_args__ = (
        Index("ix_customer_emails_realm_customer", "realm_id", "customer_qbo_id"),
        # A message read twice from the mailbox is stored once (sample data has no id).
        # message first: led by realm_id it would compete with the realm/customer index
        UniqueConstraint("message_id", "realm_id", name="uq_customer_emails_realm_message"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    customer_qbo_id: str = Field(index=True, max_length=32)
    invoice_qbo_id: str | None = Field(default=None, max_length=32)
    sender: str = Field(max_length=320)
    recipient: str = Field(max_length=320)
    sent_at: str = Field(max_length=40)  # as received (ISO 8601 with offset)
    subject: str = Field(default="", sa_column=Column(Text, nullable=False))
    body: str = Field(default="", sa_column=Column(Text, nullable=False))
    message_id: str | None = Field(default=None, max_length=998)  # RFC 5322 Message-ID
    # The Message-ID the thread started from (References' first, else In-Reply-To's).
    thread_id: str | None = Field(default=None, max_length=998)


class CrmNote(SQLModel, table=True):
    """A note from the CRM or the account owner."""

    __tablename__ = "crm_notes"
    __table_args__ = (
        Index("ix_crm_notes_realm_customer", "realm_id", "customer_qbo_id"),
        # A CRM record read again updates its row (`hubspot:note:<id>`, `hubspot:owner:<id>`).
        # source first: led by realm_id it would compete with the realm/customer index
        UniqueConstraint("source_id", "realm_id", name="uq_crm_notes_realm_source"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    customer_qbo_id: str = Field(index=True, max_length=32)
    author: str = Field(max_length=200)
    noted_at: str = Field(max_length=40)
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    source_id: str | None = Field(default=None, max_length=120)


class CaseNote(SQLModel, table=True):
    """An internal note the team wrote on a case: a reply in the thread of its Slack card.

    The judge reads it as the team's words, never the customer's. `external_id` is the
    message's own id (channel and ts), so a redelivered event stores nothing twice."""

    __tablename__ = "case_notes"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_case_notes_realm_customer", "realm_id", "customer_qbo_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(max_length=32)
    customer_qbo_id: str = Field(max_length=32)
    invoice_qbo_id: str = Field(max_length=32)
    action_id: int = Field(foreign_key="proposed_actions.id")
    source: str = Field(default="slack", max_length=20)
    external_id: str = Field(max_length=100)  # "C123:1700000000.000100"
    author: str = Field(max_length=64)  # the Slack user id
    noted_at: str = Field(max_length=40)  # ISO time the message was written
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    edited_at: datetime | None = _aware(nullable=True)
    deleted_at: datetime | None = _aware(nullable=True)  # deleted in Slack: the judge forgets it
    created_at: datetime = _aware()


class ReminderSent(SQLModel, table=True):
    """A reminder already sent for an invoice at a follow-up stage."""

    __tablename__ = "reminders_sent"
    __table_args__ = (UniqueConstraint("realm_id", "invoice_qbo_id", "stage"),)

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    invoice_qbo_id: str = Field(max_length=32)
    stage: int
    sent_at: str = Field(max_length=40)


class ProposedAction(SQLModel, table=True):
    """A drafted reminder or an escalation awaiting a person (SPEC approval states)."""

    __tablename__ = "proposed_actions"
    # The cards still waiting on an invoice (the scan's and re-triage's pending check).
    __table_args__ = (
        Index("ix_proposed_actions_realm_invoice_state", "realm_id", "invoice_qbo_id", "state"),
        # snoozed_until alone: NULL but on snoozed cards, and led by state it would compete with
        # the realm/invoice/state index the scan reads cards by
        Index("ix_proposed_actions_snoozed_until", "snoozed_until"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    invoice_qbo_id: str = Field(index=True, max_length=32)
    case_key: str = Field(unique=True, max_length=200)  # one action per invoice, stage and day
    version: int = 1
    state: str = Field(default="proposed", index=True, max_length=20)
    route: str = Field(max_length=30)
    outcome: str = Field(max_length=40)
    hard_stop: str | None = Field(default=None, max_length=40)
    stage: int | None = None
    days_past_due: int = 0
    balance: Decimal = _money()
    home_amount: Decimal = _money()
    currency: str = Field(default="USD", max_length=3)
    doc_number: str = Field(default="", max_length=32)
    customer_name: str = Field(default="", max_length=500)
    due_date: date | None = None
    send_to: str | None = Field(default=None, max_length=320)
    invoice_sync_token: str = Field(default="", max_length=16)
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    draft_subject: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    draft_body: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    context_hash: str = Field(default="", max_length=64)
    slack_channel: str | None = Field(default=None, max_length=64)
    slack_ts: str | None = Field(default=None, max_length=32)
    decided_by: str | None = Field(default=None, max_length=64)
    decided_at: datetime | None = _aware(nullable=True)
    reject_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    status_note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # Claude was asked but the rules decided: why, in a few words ("Claude timed out").
    judge_fallback: str | None = Field(default=None, max_length=200)
    created_at: datetime = _aware()
    # The card's life besides a decision (core.services.case_actions, migration 0010):
    # whom it is assigned to (a Slack user id), the company-local date a snoozed case comes
    # back on, and when its approver was nudged about it waiting (once per card).
    assignee: str | None = Field(default=None, max_length=64)
    snoozed_until: date | None = None
    nudged_at: datetime | None = _aware(nullable=True)


class CardInvoice(SQLModel, table=True):
    """One invoice a customer card covers (policy `one_card_per_customer`): the card's one
    email names them all, and its approval writes the status note back to each of them."""

    __tablename__ = "card_invoices"
    # A card still waiting on an invoice is found through here too (scan_writes.pending).
    __table_args__ = (
        UniqueConstraint("action_id", "invoice_qbo_id"),
        Index("ix_card_invoices_realm_invoice", "realm_id", "invoice_qbo_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(index=True)
    realm_id: str = Field(max_length=32)
    invoice_qbo_id: str = Field(max_length=32)
    doc_number: str = Field(default="", max_length=32)
    balance: Decimal = _money()
    currency: str = Field(default="USD", max_length=3)
    due_date: date | None = None
    days_past_due: int = 0
    stage: int | None = None
    invoice_sync_token: str = Field(default="", max_length=16)


class OutboxEffect(SQLModel, table=True):
    """One side effect (post card, email, QuickBooks write, card update), written with its cause.

    `key` is deterministic (action + effect + version) and unique, so a double click or a
    retry can never create a second effect.
    """

    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=200)
    realm_id: str = Field(index=True, max_length=32)
    action_id: int = Field(index=True)
    # Whose effect it is: a ProposedAction ("action") or a ChangeBatch ("change_batch"); the
    # two number their rows independently, so action_id is read together with owner.
    owner: str = Field(
        default="action",
        sa_column=Column(String(20), nullable=False, server_default="action"),
    )
    kind: str = Field(max_length=30)
    seq: int = 0  # order among one action's effects
    state: str = Field(default="pending", index=True, max_length=20)
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    payload: dict[str, Any] = _json()
    result: dict[str, Any] = _json()
    created_at: datetime = _aware()
    done_at: datetime | None = _aware(nullable=True)


class AuditEntry(SQLModel, table=True):
    """One append-only, hash-chained audit row (SPEC 'Audit log')."""

    __tablename__ = "audit_log"
    # One row per previous hash: a second writer chaining onto the same tail is refused by the
    # database (and `append` retries on the new tail), so the chain cannot fork (migration 0004).
    __table_args__ = (Index("uq_audit_log_prev_hash", "prev_hash", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _aware()
    realm_id: str | None = Field(default=None, max_length=32)
    kind: str = Field(index=True, max_length=60)
    actor: str = Field(max_length=100)
    subject: str = Field(default="", max_length=200)
    data: dict[str, Any] = _json()
    prev_hash: str = Field(max_length=64)
    hash: str = Field(unique=True, max_length=64)


class QboConnection(SQLModel, table=True):
    """A connected QuickBooks company (realm) and its OAuth tokens, encrypted at rest."""

    __tablename__ = "qbo_connections"

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(unique=True, max_length=32)
    company_name: str = Field(default="", max_length=500)
    timezone: str = Field(default="America/Los_Angeles", max_length=64)
    home_currency: str = Field(default="USD", max_length=3)
    # MultiFernet ciphertext: Text, never a sized column (Fernet output is ~2.5x the token).
    access_token_enc: str = Field(default="", sa_column=Column(Text, nullable=False))
    refresh_token_enc: str = Field(default="", sa_column=Column(Text, nullable=False))
    access_expires_at: datetime | None = _aware(nullable=True)
    refresh_expires_at: datetime | None = _aware(nullable=True)
    refresh_hard_expires_at: datetime | None = _aware(nullable=True)
    status: str = Field(default="connected", index=True, max_length=30)
    connected_by: str | None = Field(default=None, max_length=64)
    slack_team_id: str | None = Field(default=None, max_length=32)
    created_at: datetime = _aware()
    updated_at: datetime = _aware()


class OAuthState(SQLModel, table=True):
    """A single-use OAuth `state`, bound to the Slack user and workspace that asked to connect."""

    __tablename__ = "oauth_states"

    id: int | None = Field(default=None, primary_key=True)
    state: str = Field(unique=True, max_length=128)
    slack_user_id: str | None = Field(default=None, max_length=64)
    slack_team_id: str | None = Field(default=None, max_length=32)
    # The channel `/qb connect` was run in: the company's cards go there once connected.
    slack_channel_id: str | None = Field(default=None, max_length=32)
    created_at: datetime = _aware()
    used_at: datetime | None = _aware(nullable=True)


class SlackInstallation(SQLModel, table=True):
    """qbot installed in one Slack workspace (or org) through OAuth; its bot token encrypted.

    `workspace` is "<enterprise id or ->:<team id or ->", unique: NULLs are distinct in a
    PostgreSQL unique constraint, so the pair itself could not be one.
    """

    __tablename__ = "slack_installations"

    id: int | None = Field(default=None, primary_key=True)
    workspace: str = Field(unique=True, max_length=70)
    enterprise_id: str | None = Field(default=None, max_length=32)
    team_id: str | None = Field(default=None, index=True, max_length=32)
    team_name: str = Field(default="", max_length=200)
    is_enterprise_install: bool = False
    app_id: str | None = Field(default=None, max_length=32)
    bot_id: str | None = Field(default=None, max_length=32)
    bot_user_id: str | None = Field(default=None, max_length=32)
    bot_scopes: str = Field(default="", sa_column=Column(Text, nullable=False))
    # MultiFernet ciphertext (QBOT_TOKEN_KEYS), like qbo_connections: Text, never sized.
    bot_token_enc: str = Field(default="", sa_column=Column(Text, nullable=False))
    bot_refresh_token_enc: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    bot_token_expires_at: datetime | None = _aware(nullable=True)
    installer_user_id: str | None = Field(default=None, max_length=32)
    status: str = Field(default="active", max_length=20)  # active | revoked
    installed_at: datetime = _aware()
    updated_at: datetime = _aware()


class SlackOAuthState(SQLModel, table=True):
    """A single-use `state` of one Slack install (bolt's OAuthStateStore), 10 minutes alive."""

    __tablename__ = "slack_oauth_states"

    id: int | None = Field(default=None, primary_key=True)
    state: str = Field(unique=True, max_length=128)
    created_at: datetime = _aware()
    used_at: datetime | None = _aware(nullable=True)


class SlackChannelLink(SQLModel, table=True):
    """Where one company's cards and notices go: the channel `/qb connect` was run in."""

    __tablename__ = "slack_channel_links"

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(unique=True, max_length=32)
    team_id: str | None = Field(default=None, max_length=32)
    channel_id: str = Field(max_length=32)
    linked_by: str = Field(max_length=64)
    linked_at: datetime = _aware()


class QboEvent(SQLModel, table=True):
    """A received QuickBooks webhook event (the inbox), stored before the 200 is sent."""

    __tablename__ = "qbo_events"

    id: int | None = Field(default=None, primary_key=True)
    dedupe_key: str = Field(unique=True, max_length=300)
    realm_id: str = Field(index=True, max_length=32)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=32)
    operation: str = Field(max_length=20)
    occurred_at: str = Field(default="", max_length=64)  # lastUpdated / CloudEvents time, as sent
    source_format: str = Field(max_length=20)  # classic | cloudevents | cdc
    status: str = Field(default="pending", index=True, max_length=20)
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    received_at: datetime = _aware()
    processed_at: datetime | None = _aware(nullable=True)
    raw: dict[str, Any] = _json()


class SyncCursor(SQLModel, table=True):
    """How far changes of one entity type of one realm have been processed (CDC watermark)."""

    __tablename__ = "sync_cursors"
    __table_args__ = (UniqueConstraint("realm_id", "entity"),)

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(max_length=32)
    entity: str = Field(max_length=40)
    changed_since: datetime = _aware()  # the server `time` of the last CDC response applied
    updated_at: datetime = _aware()
    # When the full pull that CDC continues from started. None: never pulled in full (a
    # cursor the CDC backstop set alone), so a sync cycle pulls in full before it trusts CDC,
    # which sees only the last 30 days.
    full_pull_at: datetime | None = _aware(nullable=True)


class MailboxCursor(SQLModel, table=True):
    """How far one mailbox folder has been read for one realm: IMAP's UIDVALIDITY and last UID.

    A UIDVALIDITY that changed means the server renumbered the folder: read it again from the
    start (Message-IDs keep the rows unique)."""

    __tablename__ = "mailbox_cursors"
    __table_args__ = (UniqueConstraint("realm_id", "mailbox"),)

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(max_length=32)
    mailbox: str = Field(max_length=400)  # user@host/folder: no secret in it
    uidvalidity: int = Field(sa_column=Column(BigInteger, nullable=False))
    last_uid: int = Field(sa_column=Column(BigInteger, nullable=False))
    updated_at: datetime = _aware()


class ContextRead(SQLModel, table=True):
    """When a context source outside QuickBooks (the AR mailbox, the CRM) was last read for a
    realm: a card whose realm has none says "no inbox connected" rather than "no dispute"."""

    __tablename__ = "context_reads"
    __table_args__ = (UniqueConstraint("realm_id", "source"),)

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(max_length=32)
    source: str = Field(max_length=20)  # mailbox | crm
    read_at: datetime = _aware()


# The jobs whose dedupe_key is taken: the partial unique index below and the queue's
# ON CONFLICT target must name the same predicate, or PostgreSQL finds no matching index.
JOB_KEY_HELD = "state IN ('queued', 'running', 'done')"


class Job(SQLModel, table=True):
    """A durable job: claimed with a lease, retried with backoff, dead-lettered after N attempts.

    `dedupe_key` is unique among queued, running and done jobs, so a double fire of the
    scheduler or a double click enqueues once; only a dead-lettered job releases its key.
    """

    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_claim", "state", "priority", "run_at"),
        Index(
            "uq_jobs_active_dedupe",
            "dedupe_key",
            unique=True,
            sqlite_where=text(JOB_KEY_HELD),
            postgresql_where=text(JOB_KEY_HELD),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=60)
    payload: dict[str, Any] = _json()
    priority: int = 100  # lower runs first: Slack-facing work is 10
    state: str = Field(default="queued", max_length=20)
    attempts: int = 0
    max_attempts: int = 8
    run_at: datetime = _aware()
    dedupe_key: str | None = Field(default=None, max_length=200)
    locked_by: str | None = Field(default=None, max_length=100)
    locked_until: datetime | None = _aware(nullable=True)
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = _aware()
    finished_at: datetime | None = _aware(nullable=True)


class ChangeBatch(SQLModel, table=True):
    """Platform-side changes submitted together (one import file, one Slack modal), approved
    on one card with their total."""

    __tablename__ = "change_batches"

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    submitted_by: str = Field(max_length=200)  # a Slack user id, or `import:<file>`
    source: str = Field(default="", max_length=300)  # `import:<file>` or the Slack surface
    state: str = Field(default="awaiting_approval", index=True, max_length=20)
    version: int = 1
    total: Decimal = _money()
    currency: str = Field(default="USD", max_length=3)
    slack_channel: str | None = Field(default=None, max_length=64)
    slack_ts: str | None = Field(default=None, max_length=32)
    decided_by: str | None = Field(default=None, max_length=64)
    decided_at: datetime | None = _aware(nullable=True)
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = _aware()


class StagedChangeRow(SQLModel, table=True):
    """One staged platform-side change (core.domain.sync.staged): QuickBooks field names and
    shapes, the version it was made against, and where it stands."""

    __tablename__ = "staged_changes"
    # "Has this record a change still open?" is asked per record by `qbot records`.
    __table_args__ = (
        Index("ix_staged_changes_record", "realm_id", "record_type", "qbo_id", "state"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    batch_id: int = Field(index=True, foreign_key="change_batches.id")
    line: int | None = None  # the import file's line
    record_type: str = Field(max_length=10)  # account | invoice | expense
    qbo_id: str | None = Field(default=None, max_length=32)  # None: a new record
    base_sync_token: str | None = Field(default=None, max_length=16)
    base_fields: dict[str, Any] = _json()
    changes: dict[str, Any] = _json()
    amount: Decimal = _money()
    currency: str = Field(default="USD", max_length=3)
    submitted_by: str = Field(max_length=200)
    state: str = Field(default="awaiting_approval", max_length=20)
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = _aware()
    updated_at: datetime = _aware()
    # A transient push fault puts the change back in line: pushed again once `retry_at` has
    # passed, waiting longer after each failed attempt.
    attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    retry_at: datetime | None = _aware(nullable=True)


class SyncConflict(SQLModel, table=True):
    """A record both sides changed (core.domain.sync.merge): per field its base, platform,
    QuickBooks and result values with the rule that decided, and whether a person still has to
    pick. One per staged change (so one per record at a time), its Slack card updated in place."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        UniqueConstraint("change_id"),
        Index("ix_sync_conflicts_record", "realm_id", "record_type", "qbo_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(index=True, max_length=32)
    record_type: str = Field(max_length=10)  # account | invoice | expense
    qbo_id: str = Field(max_length=32)
    change_id: int = Field(foreign_key="staged_changes.id")
    state: str = Field(default="open", index=True, max_length=10)  # open | resolved
    rule: str = Field(max_length=40)  # the rule(s) that decided, e.g. "quickbooks_wins"
    outcome: str = Field(max_length=20)  # rebased | withdrawn | held
    fields: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    base_sync_token: str | None = Field(default=None, max_length=16)
    quickbooks_sync_token: str | None = Field(default=None, max_length=16)  # None: deleted
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # The change's state before a hold, so resolving it puts the change back where it was.
    change_state: str = Field(max_length=20)
    version: int = 1  # a new drawing of its card; a stale click is refused
    slack_channel: str | None = Field(default=None, max_length=64)
    slack_ts: str | None = Field(default=None, max_length=32)
    decided_by: str | None = Field(default=None, max_length=200)  # "policy" or a Slack user
    decided_at: datetime | None = _aware(nullable=True)
    created_at: datetime = _aware()
    updated_at: datetime = _aware()


class Promise(SQLModel, table=True):
    """A customer's promise to pay by a date, as the judge recognised it (core.services.promises).

    `source` names where it was made (the email, note or Slack user) and is unique per realm:
    the same email read by every scan records one promise, not one a day."""

    __tablename__ = "promises"
    __table_args__ = (
        UniqueConstraint("realm_id", "source"),
        Index("ix_promises_realm_customer", "realm_id", "customer_qbo_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(max_length=32)
    customer_qbo_id: str = Field(max_length=32)
    invoices: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    promised_on: date
    made_on: date  # the day of the message that made it: payments from then on count
    amount: Decimal = _money()  # the open balance when no amount was named
    currency: str = Field(default="USD", max_length=3)
    source: str = Field(max_length=200)
    state: str = Field(default="open", max_length=12)  # open, kept, broken, withdrawn
    recorded_at: datetime = _aware()
    settled_at: datetime | None = _aware(nullable=True)


class PaymentPlanInstalment(SQLModel, table=True):
    """One instalment of a payment plan the customer was sent (the approved plan card)."""

    __tablename__ = "payment_plan_instalments"
    __table_args__ = (
        UniqueConstraint("action_id", "seq"),
        Index("ix_plan_instalments_realm_invoice", "realm_id", "invoice_qbo_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    realm_id: str = Field(max_length=32)
    customer_qbo_id: str = Field(max_length=32)
    invoice_qbo_id: str = Field(max_length=32)
    action_id: int  # the payment-plan card whose approval agreed the plan
    seq: int
    due_on: date
    amount: Decimal = _money()
    currency: str = Field(default="USD", max_length=3)
    state: str = Field(default="open", max_length=12)  # open, paid, missed
    recorded_at: datetime = _aware()

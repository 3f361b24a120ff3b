"""Ports: the Protocols core/services depend on; adapters and test fakes implement them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from core.domain.case_view import CaseView
from core.domain.decision_log import LogLine
from core.domain.digest import DigestFigures
from core.domain.review import ReviewFigures
from core.domain.sync.change_view import ChangeBatchView
from core.domain.sync.conflict_view import ConflictView

if TYPE_CHECKING:  # the batch's value types live beside the client that speaks it
    from core.adapters.qbo.batch import BatchItem, BatchItemResult


class Clock(Protocol):
    """The time source; always aware UTC."""

    def now(self) -> datetime: ...


@dataclass(frozen=True)
class QboWriteResult:
    """What QuickBooks answered to a write."""

    entity: dict[str, Any]
    intuit_tid: str | None


class ChangeSet(Protocol):
    """What one CDC call returns: the changed objects per entity type, and the server time."""

    @property
    def changes(self) -> Mapping[str, Sequence[Mapping[str, Any]]]: ...

    @property
    def time(self) -> str: ...


class QuickBooks(Protocol):
    """The QuickBooks Online Accounting API for one realm."""

    realm_id: str

    def query_all(self, entity: str, where: str | None = None) -> Iterator[dict[str, Any]]:
        """Yield every matching entity, paging with MAXRESULTS 1000."""
        ...

    def count(self, entity: str, where: str | None = None) -> int:
        """SELECT COUNT(*): for progress bars only."""
        ...

    def read(self, entity: str, entity_id: str) -> dict[str, Any]: ...

    def cdc(self, entities: Sequence[str], changed_since: datetime) -> ChangeSet:
        """Every change to `entities` since `changed_since` (at most 30 days back)."""
        ...

    def sparse_update(
        self, entity: str, fields: Mapping[str, Any], request_id: str
    ) -> QboWriteResult:
        """Sparse-update `fields` (must include Id and SyncToken)."""
        ...

    def batch(
        self, items: Sequence[BatchItem], request_id: str | None = None
    ) -> list[BatchItemResult]:
        """Run items in batches of ≤ 30; one result per item, in order, faults per item."""
        ...


@dataclass(frozen=True)
class OutgoingEmail:
    """A customer message ready for SMTP."""

    to: str
    subject: str
    body: str
    message_id: str  # derived from the outbox key so a resend is recognisable


class Mailer(Protocol):
    """Sends email (SMTP in production and tests)."""

    def send(self, email: OutgoingEmail) -> None: ...


@dataclass(frozen=True)
class PostedCard:
    """Where a card landed in Slack."""

    channel: str
    ts: str


class Notifier(Protocol):
    """Draws cases in Slack (implemented in bot/notifier.py)."""

    def post_case(self, channel: str, case: CaseView) -> PostedCard: ...

    def update_case(self, card: PostedCard, case: CaseView) -> None: ...

    def post_notice(self, channel: str, text: str) -> None:
        """A plain message for the finance team (no buttons)."""
        ...

    def post_edit_diff(self, card: PostedCard, drafted: str, sent: str) -> str:
        """Reply in the card's thread with the changes from `drafted` to `sent`; return its ts."""
        ...

    def post_decision_log(self, card: PostedCard, lines: list[LogLine]) -> str:
        """Reply in the card's thread with the case's decision log; return its ts."""
        ...

    def tell_trouble(self, card: PostedCard, user_id: str, case: CaseView) -> None:
        """Tell `user_id` alone, beside the card, that the send they approved is in trouble."""
        ...

    def find_case(self, channel: str, case: CaseView, since: datetime) -> PostedCard | None:
        """The card already posted for `case` since `since`, if any (reconciliation)."""
        ...

    def tell_user(self, user_id: str, text: str, realm_id: str | None, channel: str) -> None:
        """A direct message to one person (a card assigned to them, a stale card's nudge);
        `realm_id` and `channel` say which workspace the card is in."""
        ...

    def card_blocks(self, case: CaseView) -> list[dict[str, Any]]:
        """The Block Kit JSON that post/update would send (for reports and tests)."""
        ...

    def post_change_batch(self, channel: str, batch: ChangeBatchView) -> PostedCard:
        """Post the approval card of a batch of staged changes."""
        ...

    def update_change_batch(self, card: PostedCard, batch: ChangeBatchView) -> None:
        """Redraw a batch's approval card in place."""
        ...

    def post_conflict(self, channel: str, conflict: ConflictView) -> PostedCard:
        """Post a sync conflict's card (one per record)."""
        ...

    def update_conflict(self, card: PostedCard, conflict: ConflictView) -> None:
        """Redraw a sync conflict's card in place."""
        ...


@runtime_checkable
class SyncAnswerer(Protocol):
    """Tells the person who asked for a sync cycle (`/qb sync now`) how it went."""

    def tell_sync_result(
        self, response_url: str, realm_id: str, result: Mapping[str, Any] | None, error: str
    ) -> None:
        """Answer through the command's response_url: the cycle's `qbot sync --json` figures,
        or (result None) what stopped it."""
        ...


@runtime_checkable
class DigestPoster(Protocol):
    """Posts the nightly digest and its chart (implemented in bot/notifier.py)."""

    def post_digest(
        self, channel: str, figures: DigestFigures, chart_png: bytes, filename: str
    ) -> str:
        """Post the digest message and upload the chart beside it; return the message ts."""
        ...


@runtime_checkable
class ReviewPoster(Protocol):
    """Posts the weekly review (implemented in bot/notifier.py)."""

    def post_review(self, channel: str, figures: ReviewFigures, company: str = "") -> str:
        """Post the review message; return its ts."""
        ...


class DraftRenderer(Protocol):
    """Renders customer drafts and internal summaries from editable templates."""

    def render(self, template: str, context: Mapping[str, Any]) -> str: ...


@dataclass(frozen=True)
class MailboxFetch:
    """What one read of the AR mailbox folder found: its UIDVALIDITY and the new messages."""

    uidvalidity: int
    messages: Sequence[tuple[int, bytes]]  # (UID, the RFC 5322 bytes), oldest UID first


class Mailbox(Protocol):
    """The AR mailbox (IMAP in production and tests), read only."""

    @property
    def name(self) -> str:
        """Which folder of which account, for cursors and `qbot doctor` (no secret)."""
        ...

    def fetch_new(self, uidvalidity: int | None, after_uid: int) -> MailboxFetch:
        """Messages with a UID above `after_uid`; every message when the folder's UIDVALIDITY
        is not `uidvalidity` (the server renumbered it)."""
        ...

    def probe(self) -> int:
        """Log in and open the folder; return how many messages it holds."""
        ...


@dataclass(frozen=True)
class CrmNoteRecord:
    """One note on a CRM company, as the CRM keeps it."""

    note_id: str
    body: str  # the note's text (HTML removed)
    noted_at: str  # ISO 8601
    author: str


@dataclass(frozen=True)
class CrmCompany:
    """A CRM company found for a customer's email domain: its owner and its notes."""

    company_id: str
    name: str
    owner: str | None  # "First Last <email>" of the account owner, when one is set
    notes: Sequence[CrmNoteRecord]


class Crm(Protocol):
    """The CRM (HubSpot's CRM API in production; its simulator in tests), read only."""

    def company_by_domain(self, domain: str) -> CrmCompany | None:
        """The company whose domain is `domain`, with its owner and notes; None when none."""
        ...

    def companies_by_domain(self, domains: Sequence[str]) -> dict[str, CrmCompany]:
        """Lower-case domain -> its company, owner and notes, for those of `domains` the CRM
        has; read in batches (a few calls per hundred domains, not a few per domain)."""
        ...

    def probe(self) -> None:
        """One authenticated call; raises when the token or the address is wrong."""
        ...

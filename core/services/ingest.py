"""Pull QuickBooks entities into our database; import context that lives outside QuickBooks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlmodel import Session

from core.models import CrmNote, CustomerEmail, ReminderSent
from core.ports import QuickBooks
from core.services.read_copy import upsert_page
from core.services.uow import UnitOfWork

# What `qbot sync --types` names, as QuickBooks entity types (what each one's reading needs).
SYNC_TYPES: dict[str, tuple[str, ...]] = {
    "accounts": ("Account",),
    "invoices": ("Customer", "Item", "Invoice", "Payment", "CreditMemo"),
    "expenses": ("Vendor", "Account", "Purchase"),
}
# Dependency order: names and lists before the transactions that refer to them.
ORDER = ("Account", "Customer", "Vendor", "Item", "Invoice", "Payment", "CreditMemo", "Purchase")
PULL_ORDER = SYNC_TYPES["invoices"]  # what collections needs, and a bare `pull_all` pulls
PAGE_SIZE = 1000  # QuickBooks' MAXRESULTS ceiling: the client pages by it, we write by it
Progress = Callable[[str, int], None]


def kinds_for(types: Iterable[str]) -> tuple[str, ...]:
    """The entity types `types` (keys of SYNC_TYPES) need, each once, in dependency order."""
    wanted = {kind for t in types for kind in SYNC_TYPES[t]}
    return tuple(kind for kind in ORDER if kind in wanted)


@dataclass
class PullReport:
    """How many rows of each entity a pull saw, and the QuickBooks calls it took."""

    counts: dict[str, int] = field(default_factory=dict)
    api_calls: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def upsert_entity(session: Session, realm_id: str, kind: str, entity: Mapping[str, Any]) -> None:
    """Insert or update our copy of one QuickBooks entity (a page of one)."""
    upsert_page(session, realm_id, kind, [entity])


def _pages(entities: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(entities)
    while page := list(islice(it, PAGE_SIZE)):
        yield page


def pull_all(
    uow: UnitOfWork,
    qbo: QuickBooks,
    progress: Progress | None = None,
    kinds: Sequence[str] = PULL_ORDER,
) -> PullReport:
    """Pull every entity of `kinds` of `qbo`'s realm, a page per set-based upsert.

    Each page commits in its own transaction, so a failure keeps what was saved, and a
    re-run (or a webhook in between) can only move rows forward: the SyncToken guards them.
    """
    report = PullReport()
    calls_before = getattr(qbo, "calls", 0)  # QboClient counts its HTTP requests
    for kind in kinds:
        seen = 0
        for page in _pages(qbo.query_all(kind)):
            with uow.session() as session:
                upsert_page(session, qbo.realm_id, kind, page)
            seen += len(page)
            if progress:
                progress(kind, seen)
        report.counts[kind] = seen
        if progress and not seen:
            progress(kind, 0)
    report.api_calls = getattr(qbo, "calls", 0) - calls_before
    return report


def import_context(
    uow: UnitOfWork,
    realm_id: str,
    emails: Iterable[Mapping[str, Any]],
    crm_notes: Iterable[Mapping[str, Any]],
    reminders_sent: Iterable[Mapping[str, Any]],
) -> dict[str, int]:
    """Load emails, CRM notes and earlier reminders (from a mailbox/CRM export) for one realm."""
    counts = {"emails": 0, "crm_notes": 0, "reminders_sent": 0}
    with uow.session() as session:
        for m in emails:
            session.add(
                CustomerEmail(
                    realm_id=realm_id,
                    customer_qbo_id=str(m["customer_id"]),
                    invoice_qbo_id=str(m["invoice_id"]) if m.get("invoice_id") else None,
                    sender=str(m.get("from", "")),
                    recipient=str(m.get("to", "")),
                    sent_at=str(m.get("date", "")),
                    subject=str(m.get("subject", "")),
                    body=str(m.get("body", "")),
                )
            )
            counts["emails"] += 1
        for n in crm_notes:
            session.add(
                CrmNote(
                    realm_id=realm_id,
                    customer_qbo_id=str(n["customer_id"]),
                    author=str(n.get("author", "")),
                    noted_at=str(n.get("date", "")),
                    text=str(n.get("text", "")),
                )
            )
            counts["crm_notes"] += 1
        for r in reminders_sent:
            session.add(
                ReminderSent(
                    realm_id=realm_id,
                    invoice_qbo_id=str(r["invoice_id"]),
                    stage=int(r["stage"]),
                    sent_at=str(r["date"]),
                )
            )
            counts["reminders_sent"] += 1
    return counts

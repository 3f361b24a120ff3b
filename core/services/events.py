"""The QuickBooks event inbox: store and dedupe webhooks, process them per realm, CDC backstop."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlmodel import Session, col, select

from core.adapters.clock import company_today
from core.adapters.qbo.faults import QboInactiveReferenceError
from core.domain.webhook_events import WebhookEvent, occurred
from core.models import Invoice, QboConnection, QboEvent, SyncCursor
from core.ports import ChangeSet, Clock, QuickBooks
from core.services.collections import CollectionsService
from core.services.event_inbox import (
    insert_events,
    record_events,
)
from core.services.ingest import ORDER
from core.services.read_copy import COPIES, mark_deleted, upsert_page
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)

# The entities qbot keeps a copy of, in dependency order; others are stored and ignored.
ENTITIES = ORDER
RETRYABLE = ("pending", "failed")
CDC_LOOKBACK = timedelta(days=30)  # QuickBooks refuses a CDC window older than 30 days
SWEEP_LOOKBACK = timedelta(hours=25)
# LastUpdatedTime has whole seconds while the server `time` has milliseconds: a change in the
# same second as the watermark would fall before it. Re-asking a few seconds costs nothing
# (upserts and CDC dedupe keys are idempotent).
CDC_OVERLAP = timedelta(seconds=5)


@dataclass
class ProcessReport:
    """What one pass over the inbox did."""

    processed: int = 0
    ignored: int = 0
    failed: int = 0
    rescanned: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class CdcReport:
    """What one CDC poll applied."""

    since: datetime
    until: datetime
    applied: dict[str, int] = field(default_factory=dict)
    deleted: int = 0
    rescanned: int = 0


@dataclass
class _Touched:
    """Which invoices and customers changed, so their open invoices are judged again."""

    invoices: set[str] = field(default_factory=set)
    customers: set[str] = field(default_factory=set)

    def note(self, kind: str, entity_id: str, entity: Mapping[str, Any] | None) -> None:
        if kind == "Invoice":
            self.invoices.add(entity_id)
        elif kind == "Customer":
            self.customers.add(entity_id)
        if entity is not None and kind in ("Payment", "CreditMemo"):
            cust = (entity.get("CustomerRef") or {}).get("value")
            if cust:
                self.customers.add(str(cust))
            self.invoices.update(linked_invoices(entity))


def linked_invoices(entity: Mapping[str, Any]) -> list[str]:
    """Invoice ids a Payment (or CreditMemo) is applied to, from its lines' LinkedTxn."""
    ids: list[str] = []
    for line in entity.get("Line") or []:
        for txn in (line or {}).get("LinkedTxn") or []:
            if txn.get("TxnType") == "Invoice" and txn.get("TxnId"):
                ids.append(str(txn["TxnId"]))
    return ids


class EventService:
    """Turns stored QuickBooks events into fresh copies of our data and re-judged invoices."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        qbo_for: Callable[[str], QuickBooks],
        collections: CollectionsService,
        *,
        max_attempts: int = 5,
        resolve: Callable[[str], object] | None = None,
    ) -> None:
        self.uow, self.clock, self.qbo_for = uow, clock, qbo_for
        self.collections, self.max_attempts = collections, max_attempts
        # Conflict resolution of staged changes whose record QuickBooks just changed.
        self.resolve = resolve

    def record(self, events: Sequence[WebhookEvent]) -> tuple[int, int]:
        """Store a notification's events durably; returns (stored, duplicates)."""
        with self.uow.session() as session:
            stored = record_events(session, events, self.clock.now())
        return stored, len(events) - stored

    # -- processing ------------------------------------------------------------------------

    def process_pending(self, realm_id: str | None = None, limit: int = 500) -> ProcessReport:
        """Apply waiting events per realm, oldest first; one realm's failure never stops another."""
        report = ProcessReport()
        with self.uow.session() as session:
            query = select(QboEvent.realm_id).where(
                col(QboEvent.status).in_(RETRYABLE), QboEvent.attempts < self.max_attempts
            )
            if realm_id is not None:
                query = query.where(QboEvent.realm_id == realm_id)
            realms = sorted(set(session.exec(query.distinct()).all()))
        for realm in realms:
            self._process_realm(realm, limit, report)
        return report

    def _process_realm(self, realm: str, limit: int, report: ProcessReport) -> None:
        with self.uow.session() as session:
            rows = session.exec(
                select(QboEvent)
                .where(
                    QboEvent.realm_id == realm,
                    col(QboEvent.status).in_(RETRYABLE),
                    QboEvent.attempts < self.max_attempts,
                )
                .order_by(col(QboEvent.id))
                .limit(limit)
            ).all()
        # QuickBooks may deliver out of order: its timestamp is the truth, the id breaks ties.
        events = sorted(rows, key=lambda e: (occurred(e.occurred_at), e.id or 0))
        touched = _Touched()
        reads: dict[tuple[str, str], dict[str, Any] | None] = {}
        for event in events:
            try:
                applied = self._apply_event(realm, event, reads, touched)
            except Exception as exc:  # one event fails alone, logged with its id
                log.warning("qbo event %s (%s) failed: %s", event.id, event.dedupe_key, exc)
                self._mark_failed(event, exc)
                report.failed += 1
                report.errors.append(f"event {event.id}: {exc}")
                break  # keep this realm's order: its later events wait for the retry
            if applied:
                report.processed += 1
            else:
                report.ignored += 1
        report.rescanned += self._retriage(realm, touched, report.errors)

    def _read(
        self, realm: str, kind: str, entity_id: str, reads: dict[tuple[str, str], Any]
    ) -> dict[str, Any] | None:
        """The entity as QuickBooks has it now; None when it is gone (610 Object Not Found)."""
        if (kind, entity_id) not in reads:
            try:
                reads[(kind, entity_id)] = self.qbo_for(realm).read(kind, entity_id)
            except QboInactiveReferenceError:  # the one fault classifier's 610: it is gone
                reads[(kind, entity_id)] = None
        return cast(dict[str, Any] | None, reads[(kind, entity_id)])

    def _apply_event(
        self, realm: str, event: QboEvent, reads: dict[tuple[str, str], Any], touched: _Touched
    ) -> bool:
        kind = event.entity
        if kind not in COPIES:
            self._finish(event, "ignored")
            return False
        entity = (
            None if event.operation == "Delete" else self._read(realm, kind, event.entity_id, reads)
        )
        linked = [
            inv
            for inv_id in (linked_invoices(entity) if entity else [])
            if (inv := self._read(realm, "Invoice", inv_id, reads)) is not None
        ]
        with self.uow.session() as session:
            if entity is None:
                gone = mark_deleted(session, realm, kind, [{"Id": event.entity_id}])
                touched.note(kind, event.entity_id, gone[event.entity_id])
            else:
                upsert_page(session, realm, kind, [entity])
                upsert_page(session, realm, "Invoice", linked)
                touched.note(kind, event.entity_id, entity)
            self._finish(event, "processed", session)
        return True

    def _finish(self, event: QboEvent, status: str, session: Session | None = None) -> None:
        if session is None:
            with self.uow.session() as own:
                self._finish(event, status, own)
            return
        row = session.get(QboEvent, event.id)
        assert row is not None
        row.status, row.attempts = status, row.attempts + 1
        row.processed_at, row.last_error = self.clock.now(), None
        session.add(row)

    def _mark_failed(self, event: QboEvent, exc: Exception) -> None:
        with self.uow.session() as session:
            row = session.get(QboEvent, event.id)
            assert row is not None
            row.status, row.attempts = "failed", row.attempts + 1
            row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            session.add(row)

    def _company_day(self, realm: str) -> tuple[date, str]:
        with self.uow.session() as session:
            conn = session.exec(
                select(QboConnection).where(QboConnection.realm_id == realm)
            ).first()
        tz, currency = (conn.timezone, conn.home_currency) if conn else ("UTC", "USD")
        return company_today(self.clock.now(), tz), currency

    def rejudge_customers(self, realm: str, customers: Sequence[str]) -> int:
        """Judge again every open invoice of `customers` (new context outside QuickBooks: a
        customer's reply in the AR mailbox); returns how many were scanned."""
        return self._retriage(realm, _Touched(customers=set(customers)), [])

    def _retriage(
        self, realm: str, touched: _Touched, errors: list[str], *, resolve: bool = True
    ) -> int:
        """Resolve staged changes QuickBooks moved past (unless the caller does), then judge
        again every invoice the changes touch; returns how many were scanned."""
        if resolve and self.resolve is not None:
            try:
                self.resolve(realm)
            except Exception as exc:  # the copies are saved; the next pass resolves
                log.warning("conflict resolution for %s failed: %s", realm, exc)
                errors.append(f"conflict resolution: {exc}")
        invoices = set(touched.invoices)
        if touched.customers:
            with self.uow.session() as session:
                invoices.update(
                    session.exec(
                        select(Invoice.qbo_id).where(
                            Invoice.realm_id == realm,
                            col(Invoice.customer_qbo_id).in_(touched.customers),
                            col(Invoice.balance) > 0,
                            col(Invoice.deleted).is_(False),
                        )
                    ).all()
                )
        if not invoices:
            return 0
        as_of, currency = self._company_day(realm)
        for invoice_id in sorted(invoices):
            try:
                self.collections.scan_invoice(realm, invoice_id, as_of, currency)
            except Exception as exc:  # one invoice never aborts the rest
                log.warning("re-triage of invoice %s/%s failed: %s", realm, invoice_id, exc)
                errors.append(f"invoice {invoice_id}: {exc}")
        return len(invoices)

    # -- CDC backstop ----------------------------------------------------------------------

    def poll_cdc(self, realm_id: str, since: datetime | None = None) -> CdcReport:
        """Apply every change since the realm's cursor (≤ 30 days back); advance the cursor.

        The copies and the cursor are saved in one transaction, so a crash repeats the window.
        """
        now = self.clock.now()
        floor = cdc_floor(now)
        with self.uow.session() as session:
            cursors = _cursors(session, realm_id)
        if since is None:
            known = [cursors[e].changed_since for e in ENTITIES if e in cursors]
            since = min(known) - CDC_OVERLAP if len(known) == len(ENTITIES) else floor
        since = since.astimezone(UTC) if since.tzinfo else since.replace(tzinfo=UTC)
        if since < floor:
            log.warning("CDC for %s capped at 30 days: run a full sync", realm_id)
            since = floor
        return self._poll(self.qbo_for(realm_id), realm_id, ENTITIES, since, resolve=True)

    def catch_up(self, qbo: QuickBooks, kinds: Sequence[str], since: datetime) -> CdcReport:
        """A sync cycle's incremental pull: one CDC request for `kinds` since `since` (more
        only past 1,000 changes), applied as the backstop applies it (SyncToken-guarded
        set-based upserts, deletes marked) and saved with those kinds' cursors in one
        transaction; the invoices it touched are judged again. Resolving the staged changes
        is left to the cycle, which reports it."""
        return self._poll(qbo, qbo.realm_id, kinds, since, resolve=False)

    def _poll(
        self,
        qbo: QuickBooks,
        realm_id: str,
        kinds: Sequence[str],
        since: datetime,
        *,
        resolve: bool,
    ) -> CdcReport:
        result = qbo.cdc(list(kinds), since)
        # The server's clock, not ours, is the next watermark; without one, keep the old start.
        until = occurred(result.time) if result.time else since
        report = CdcReport(since=since, until=until)
        touched = _Touched()
        with self.uow.session() as session:
            self._apply_cdc(session, realm_id, result, report, touched)
            advance_cursors(session, realm_id, kinds, until, self.clock.now())
        report.rescanned = self._retriage(realm_id, touched, [], resolve=resolve)
        return report

    def apply_changes(self, realm_id: str, result: ChangeSet) -> CdcReport:
        """Apply one CDC answer without moving the cursor (one asked by hand, or replayed):
        the SyncToken guard makes an answer older than our copies change nothing."""
        when = occurred(result.time) if result.time else self.clock.now()
        report, touched = CdcReport(since=when, until=when), _Touched()
        with self.uow.session() as session:
            self._apply_cdc(session, realm_id, result, report, touched)
        report.rescanned = self._retriage(realm_id, touched, [])
        return report

    def _apply_cdc(
        self,
        session: Session,
        realm: str,
        result: ChangeSet,
        report: CdcReport,
        touched: _Touched,
    ) -> None:
        events: list[WebhookEvent] = []
        for kind in ENTITIES:
            changed = result.changes.get(kind, ())
            gone = [obj for obj in changed if obj.get("status") == "Deleted"]
            upsert_page(session, realm, kind, [o for o in changed if o.get("status") != "Deleted"])
            before = mark_deleted(session, realm, kind, gone)
            report.deleted += len(gone)
            for obj in changed:
                eid = str(obj["Id"])
                stamp = str((obj.get("MetaData") or {}).get("LastUpdatedTime", ""))
                deleted = obj.get("status") == "Deleted"
                touched.note(kind, eid, before[eid] if deleted else obj)
                op = "Delete" if deleted else "Update"
                report.applied[kind] = report.applied.get(kind, 0) + 1
                key = f"cdc:{realm}:{kind}:{eid}:{obj.get('SyncToken', '')}:{stamp}"
                events.append(
                    WebhookEvent(realm, kind, eid, op, stamp, "cdc", key, {"Id": eid, "op": op})
                )
        # Recorded already processed, so `qbot events` shows what the backstop caught.
        insert_events(session, events, self.clock.now(), lambda _: "processed")

    def daily_sweep(self, realm_id: str) -> CdcReport:
        """The daily backstop: CDC over the last 25 hours whatever the cursor, then the inbox."""
        report = self.poll_cdc(realm_id, since=self.clock.now() - SWEEP_LOOKBACK)
        self.process_pending(realm_id)
        return report


def cdc_floor(now: datetime) -> datetime:
    """The oldest start QuickBooks' CDC accepts now (30 days back, a minute to spare)."""
    return now - CDC_LOOKBACK + timedelta(minutes=1)


def _cursors(session: Session, realm: str) -> dict[str, SyncCursor]:
    rows = session.exec(select(SyncCursor).where(SyncCursor.realm_id == realm)).all()
    return {c.entity: c for c in rows}


def cdc_start(
    session: Session, realm: str, kinds: Sequence[str], now: datetime
) -> datetime | None:
    """Where an incremental pull of `kinds` starts: their oldest cursor, a few seconds early.
    None when it must pull in full: a kind never pulled in full (a cursor the backstop set
    alone knows nothing older than its first window), or a start past CDC's 30 days."""
    cursors = _cursors(session, realm)
    if not kinds or any(k not in cursors or cursors[k].full_pull_at is None for k in kinds):
        return None
    since = min(cursors[k].changed_since for k in kinds) - CDC_OVERLAP
    return since if since >= cdc_floor(now) else None


def advance_cursors(
    session: Session,
    realm: str,
    kinds: Sequence[str],
    until: datetime,
    now: datetime,
    *,
    full_pull: bool = False,
) -> None:
    """Move `kinds`' cursors to `until` (never back). `full_pull`: `until` is when a full
    pull of them started, which CDC may continue from."""
    cursors = _cursors(session, realm)
    for kind in kinds:
        cursor = cursors.get(kind)
        if cursor is None:
            cursor = SyncCursor(realm_id=realm, entity=kind, changed_since=until)
        cursor.changed_since, cursor.updated_at = max(cursor.changed_since, until), now
        if full_pull:
            cursor.full_pull_at = until
        session.add(cursor)

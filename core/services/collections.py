"""The overdue scan: a case bundle per open invoice, judged, turned into proposed actions."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from core.adapters.clock import company_today
from core.domain.case import CaseBundle
from core.domain.decision import Decision, Route
from core.domain.drafting import format_money
from core.domain.policy import Policy
from core.domain.triage import Judgment, decide
from core.metrics import Metrics
from core.models import Invoice, QboConnection
from core.ports import Clock, DraftRenderer
from core.services.channel_links import channel_for
from core.services.claude_triage import Classifier, judged_decision, live_judgment
from core.services.effects import supersede
from core.services.outbox import enqueue_effect
from core.services.scan_context import BatchContext, build_case, canonical, load_batch
from core.services.scan_writes import Verdict, new_action, pending, write_batch
from core.services.triage import render_decision, template_for
from core.services.uow import UnitOfWork

__all__ = ["CollectionsService", "ScanReport", "build_case", "context_hash", "supersede_pending"]


@dataclass
class ScanReport:
    """What one overdue scan found and did."""

    invoices_scanned: int = 0
    cases: int = 0
    proposed: int = 0
    unchanged: int = 0
    by_outcome: Counter[str] = field(default_factory=Counter)
    decisions: list[Decision] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    as_of: date | None = None  # set by scan_company: the company's local date it judged
    timezone: str = ""


def context_hash(bundle: dict[str, Any]) -> str:
    """SHA-256 of the canonical bundle: the audit log records exactly what the judge saw."""
    return hashlib.sha256(canonical(bundle).encode()).hexdigest()


def _customer_batches(rows: Sequence[tuple[int, str]], size: int) -> Iterator[list[str]]:
    """Customers in order of their first open invoice, cut where a batch reaches `size` open
    invoices (a customer is never split: its context is read once)."""
    open_count: Counter[str] = Counter(c for _pk, c in rows)
    batch: list[str] = []
    held = 0
    for customer in dict.fromkeys(c for _pk, c in rows):
        batch.append(customer)
        held += open_count[customer]
        if held >= size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def supersede_pending(
    session: Session, realm_id: str, invoice_qbo_id: str, now: datetime, note: str, reason: str
) -> None:
    """Withdraw every card still waiting on this invoice: superseded, redrawn, audited."""
    for action in pending(session, realm_id, [invoice_qbo_id]).get(invoice_qbo_id, []):
        supersede(session, action, now, note, reason)
        enqueue_effect(session, action, "update_card", 9, now)
        enqueue_effect(session, action, "decision_log", 10, now)


def closed_in_quickbooks(invoice: Invoice | None) -> tuple[str, str]:
    """(what the card says, the audit reason) for an invoice with nothing left to collect."""
    if invoice is None:
        return "The invoice was deleted in QuickBooks", "invoice deleted in QuickBooks"
    if Decimal(str(invoice.raw.get("TotalAmt", "1") or 0)) == 0:
        return "The invoice was voided in QuickBooks", "invoice voided in QuickBooks"
    return "The invoice was paid in full in QuickBooks", "invoice paid in QuickBooks"


def supersede_changed_amount(session: Session, invoice: Invoice, now: datetime) -> int:
    """Withdraw the cards waiting on `invoice` that ask for another amount than it now has.

    Each frees its case key, so the re-judgement that follows drafts a card for the amount
    QuickBooks now shows instead of finding the old one "unchanged". Returns how many.
    """
    withdrawn = 0
    for action in pending(session, invoice.realm_id, [invoice.qbo_id]).get(invoice.qbo_id, []):
        if action.balance == invoice.balance:
            continue
        was, now_due = (
            format_money(action.balance, action.currency),
            format_money(invoice.balance, invoice.currency),
        )
        note = f"The amount due changed in QuickBooks from {was} to {now_due}"
        supersede(session, action, now, note, "amount changed in QuickBooks")
        action.case_key = f"{action.case_key}~{action.id}"[:200]
        session.add(action)
        enqueue_effect(session, action, "update_card", 9, now)
        enqueue_effect(session, action, "decision_log", 10, now)
        withdrawn += 1
    session.flush()  # the freed keys, before the new card is inserted under one of them
    return withdrawn


class CollectionsService:
    """Runs the overdue scan for a realm and turns decisions into proposed actions.

    A scan reads its context per batch of customers (scan_context) and judges in memory; it
    then writes in invoice order, one transaction per `batch` invoices: every case, action,
    outbox row, job and audit row of a batch commits together. Not one transaction for the
    whole company: a 10,000-invoice scan would hold SQLite's only write lock (and
    PostgreSQL's audit-chain lock) for its whole length, stalling webhooks and Slack clicks.
    """

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        policy: Policy,
        renderer: DraftRenderer,
        channel: str,
        batch: int = 500,
        metrics: Metrics | None = None,
        judge: Classifier | None = None,
    ) -> None:
        self.uow, self.clock, self.policy = uow, clock, policy
        self.renderer, self.channel, self.batch = renderer, channel, max(1, batch)
        self.metrics = metrics
        self.judge = judge  # Claude (ANTHROPIC_API_KEY set) or None: the rules judge alone

    def scan_company(self, realm_id: str, timezone: str | None = None) -> ScanReport:
        """Scan as of today in the company's stored timezone (or `timezone`, when given), in
        its stored home currency. With no stored connection: UTC and USD, as event re-triage
        assumes, so that both judge the same day."""
        with self.uow.session() as session:
            conn = session.exec(
                select(QboConnection).where(QboConnection.realm_id == realm_id)
            ).first()
        zone = timezone or (conn.timezone if conn else "UTC")
        as_of = company_today(self.clock.now(), zone)
        report = self.scan(realm_id, as_of, conn.home_currency if conn else "USD")
        report.as_of, report.timezone = as_of, zone
        return report

    def scan_invoice_today(self, realm_id: str, invoice_qbo_id: str) -> ScanReport:
        """scan_invoice as of today in the company's stored timezone and currency (what a
        team note on the case asks for)."""
        with self.uow.session() as session:
            conn = session.exec(
                select(QboConnection).where(QboConnection.realm_id == realm_id)
            ).first()
        zone, currency = (conn.timezone, conn.home_currency) if conn else ("UTC", "USD")
        return self.scan_invoice(realm_id, invoice_qbo_id, company_today(self.clock.now(), zone),
                                 currency)

    def scan(self, realm_id: str, as_of: date, home_currency: str = "USD") -> ScanReport:
        """Judge every open invoice of the realm as of `as_of` (the company's local date).

        One invoice that fails is counted and reported; it never aborts the scan.
        """
        report = ScanReport()
        with self.uow.session() as session:
            rows = session.exec(
                select(Invoice.id, Invoice.customer_qbo_id)
                .where(
                    Invoice.realm_id == realm_id,
                    col(Invoice.balance) > 0,
                    col(Invoice.deleted).is_(False),
                )
                .order_by(col(Invoice.id))
            ).all()
        report.invoices_scanned = len(rows)
        verdicts: list[Verdict] = []
        failures: list[tuple[int, str]] = []
        for customers in _customer_batches([(int(pk or 0), c) for pk, c in rows], self.batch):
            with self.uow.session() as session:
                context = load_batch(session, realm_id, customers)
            for invoice in context.open_invoices():
                try:
                    verdicts.append(self._judge(context, invoice, as_of, home_currency))
                except ValueError as exc:
                    failures.append((int(invoice.id or 0), f"invoice row {invoice.id}: {exc}"))
        verdicts.sort(key=lambda v: v.invoice.id or 0)
        report.failures.extend(msg for _pk, msg in sorted(failures))
        for start in range(0, len(verdicts), self.batch):
            self._write(verdicts[start : start + self.batch], as_of, report)
        return report

    def scan_invoice(
        self, realm_id: str, invoice_qbo_id: str, as_of: date, home_currency: str = "USD"
    ) -> ScanReport:
        """Re-judge one invoice after QuickBooks told us it (or its customer) changed.

        Returns the report of that one scan. A still-proposed card for an invoice that is now
        paid, voided or deleted is withdrawn (superseded), since nobody should approve it.
        """
        report = ScanReport()
        with self.uow.session() as session:
            invoice = session.exec(
                select(Invoice).where(
                    Invoice.realm_id == realm_id, Invoice.qbo_id == invoice_qbo_id
                )
            ).first()
            if invoice is not None and invoice.deleted:
                invoice = None  # our copy is kept for history; for the scan it is gone
            if invoice is None or invoice.balance <= 0:
                note, reason = closed_in_quickbooks(invoice)
                supersede_pending(session, realm_id, invoice_qbo_id, self.clock.now(), note, reason)
            else:
                supersede_changed_amount(session, invoice, self.clock.now())
            if invoice is None:
                return report
            context = load_batch(session, realm_id, [invoice.customer_qbo_id])
        report.invoices_scanned = 1
        self._write([self._judge(context, invoice, as_of, home_currency)], as_of, report)
        return report

    def _judge(
        self, context: BatchContext, invoice: Invoice, as_of: date, home_currency: str
    ) -> Verdict:
        """Judge one invoice (pure: no database); ValueError on a bundle it cannot read."""
        # Hashed once: the audit row and the action both keep it (= context_hash(bundle)).
        bundle, digest = context.case(invoice, as_of, home_currency)
        case = CaseBundle(bundle)
        record = None
        if self.judge is None:
            judgment = decide(case, self.policy)
            decision = render_decision(case, judgment, self.policy, self.renderer)
        else:
            judgment, note, record = live_judgment(case, self.policy, self.judge)
            decision = judged_decision(case, judgment, note, self.policy, self.renderer)
        verdict = Verdict(invoice, digest, decision, promise_date=_held_for(judgment),
                          template=template_for(judgment), judge_record=record)
        if decision.route is not Route.NONE:
            verdict.row = new_action(invoice, case, judgment, decision, digest)
            verdict.row["judge_fallback"] = record.fallback_note if record else None
            verdict.key = str(verdict.row["case_key"])
        return verdict

    def _write(self, verdicts: list[Verdict], as_of: date, report: ScanReport) -> None:
        """Write one batch in its own transaction (see the class docstring)."""
        with self.uow.session() as session:
            # A company linked to a channel (`/qb connect` run there) posts its cards there.
            realm = verdicts[0].invoice.realm_id if verdicts else ""
            channel = channel_for(session, realm, self.channel)
            done = write_batch(session, verdicts, self.clock.now(), as_of, channel)
        for v in verdicts:
            report.decisions.append(v.decision)
            report.by_outcome[v.decision.outcome.value] += 1
            if self.metrics is not None:  # counted once written: a rolled-back batch is not
                self.metrics.judge_decisions.labels(outcome=v.decision.outcome.value).inc()
        report.cases += done.cases
        report.proposed += done.proposed
        report.unchanged += done.unchanged


def _held_for(judgment: Judgment) -> date | None:
    """The promise date a no-action decision waits on (the route none and a promise ahead)."""
    held = judgment.route is Route.NONE and judgment.promise_date is not None
    return judgment.promise_date if held else None

"""The overdue scan: a case bundle per open invoice, judged, turned into proposed actions."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from core.adapters.clock import company_today
from core.domain.case import CaseBundle
from core.domain.customer_holds import held_by_another
from core.domain.decision import Decision, Outcome, Route
from core.domain.drafting import format_money
from core.domain.policy import Policy
from core.domain.promise_rules import Commitment, Hold, governed
from core.domain.triage import DraftKind, Judgment, decide
from core.metrics import Metrics
from core.models import CardInvoice, Invoice, ProposedAction, QboConnection
from core.ports import Clock, DraftRenderer
from core.services.channel_links import channel_for
from core.services.claude_triage import (
    Classifier,
    ModelJudgeRecord,
    judged_decision,
    live_judgment,
)
from core.services.customer_cards import fold_routine
from core.services.effects import asked_for, supersede
from core.services.outbox import enqueue_effect
from core.services.promises import commitments, promise_source, settle
from core.services.scan_context import BatchContext, build_case, canonical, load_batch
from core.services.scan_writes import Verdict, new_action, pending, write_batch
from core.services.triage import render_decision, template_for
from core.services.uow import UnitOfWork

# Claude's part in one judgment: the note its summary carries and the audit record (None:
# the rules judged alone).
Judged = tuple[str, ModelJudgeRecord] | None

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
) -> set[str]:
    """Withdraw every card still waiting on this invoice: superseded, redrawn, audited.
    Returns every invoice those cards covered (a customer card covers several)."""
    affected: set[str] = set()
    for action in pending(session, realm_id, [invoice_qbo_id]).get(invoice_qbo_id, []):
        covered = covered_by(session, action)
        affected.update(covered)
        said = note
        if len(covered) > 1:  # say which of the card's invoices it was
            doc = covered[invoice_qbo_id]
            said = note.replace("The invoice", f"Invoice {doc}", 1)
        supersede(session, action, now, said, reason)
        enqueue_effect(session, action, "update_card", 9, now)
        enqueue_effect(session, action, "decision_log", 10, now)
    return affected


def covered_by(session: Session, action: ProposedAction) -> dict[str, str]:
    """{invoice id: doc number} of every invoice `action`'s card is about."""
    return {a.invoice_id: a.doc_number for a in asked_for(session, action)}


def closed_in_quickbooks(invoice: Invoice | None) -> tuple[str, str]:
    """(what the card says, the audit reason) for an invoice with nothing left to collect."""
    if invoice is None:
        return "The invoice was deleted in QuickBooks", "invoice deleted in QuickBooks"
    if Decimal(str(invoice.raw.get("TotalAmt", "1") or 0)) == 0:
        return "The invoice was voided in QuickBooks", "invoice voided in QuickBooks"
    return "The invoice was paid in full in QuickBooks", "invoice paid in QuickBooks"


def supersede_changed_amount(session: Session, invoice: Invoice, now: datetime) -> set[str]:
    """Withdraw the cards waiting on `invoice` that ask for another amount than it now has.

    Each frees its case key, so the re-judgement that follows drafts a card for the amount
    QuickBooks now shows instead of finding the old one "unchanged". Returns every invoice
    the withdrawn cards covered.
    """
    affected: set[str] = set()
    for action in pending(session, invoice.realm_id, [invoice.qbo_id]).get(invoice.qbo_id, []):
        line = session.exec(
            select(CardInvoice).where(
                CardInvoice.action_id == action.id, CardInvoice.invoice_qbo_id == invoice.qbo_id
            )
        ).first()
        asked = line.balance if line is not None else action.balance
        if asked == invoice.balance:
            continue
        was, now_due = (
            format_money(asked, action.currency),
            format_money(invoice.balance, invoice.currency),
        )
        which = f"of invoice {line.doc_number} " if line is not None else ""
        note = f"The amount due {which}changed in QuickBooks from {was} to {now_due}"
        supersede(session, action, now, note, "amount changed in QuickBooks")
        action.case_key = f"{action.case_key}~{action.id}"[:200]
        session.add(action)
        enqueue_effect(session, action, "update_card", 9, now)
        enqueue_effect(session, action, "decision_log", 10, now)
        affected.update(covered_by(session, action))
    session.flush()  # the freed keys, before the new card is inserted under one of them
    return affected


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
            # Promises and plans kept by code: kept or broken against the payments pulled.
            settle(session, realm_id, as_of, self.policy.promise_grace_days, self.clock.now())
        report.invoices_scanned = len(rows)
        verdicts: list[Verdict] = []
        failures: list[tuple[int, str]] = []
        for customers in _customer_batches([(int(pk or 0), c) for pk, c in rows], self.batch):
            with self.uow.session() as session:
                context = load_batch(session, realm_id, customers)
                held = commitments(session, realm_id, customers)
            for customer in customers:
                judged, failed = self._judge_customer(
                    context, context.customers[customer].open_invoices(), as_of, home_currency,
                    held,
                )
                verdicts.extend(judged)
                failures.extend(failed)
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
                affected = supersede_pending(
                    session, realm_id, invoice_qbo_id, self.clock.now(), note, reason
                )
            else:
                affected = supersede_changed_amount(session, invoice, self.clock.now())
            settle(session, realm_id, as_of, self.policy.promise_grace_days, self.clock.now())
            if invoice is None:
                return report
            context = load_batch(session, realm_id, [invoice.customer_qbo_id])
            held = commitments(session, realm_id, [invoice.customer_qbo_id])
        report.invoices_scanned = 1
        # The customer's other open invoices are judged with it: a dispute on one of them
        # holds this one's draft, and one customer card covers its routine reminders.
        mine = context.customers[invoice.customer_qbo_id]
        others = [i for i in mine.open_invoices() if i.qbo_id != invoice.qbo_id]
        judged, failed = self._judge_customer(
            context, [invoice, *others], as_of, home_currency, held
        )
        mine_failed = [why for pk, why in failed if pk == int(invoice.id or 0)]
        if mine_failed:
            raise ValueError(mine_failed[0])
        touched = {invoice.qbo_id, *affected}
        mine_first = [v for v in judged if touched & set(v.invoice_ids())]
        changed = self._changed(realm_id, [v for v in judged if v not in mine_first])
        self._write(sorted(mine_first + changed, key=lambda v: v.invoice.id or 0), as_of, report)
        return report

    def _changed(self, realm_id: str, verdicts: list[Verdict]) -> list[Verdict]:
        """The cases among `verdicts` (the customer's other invoices) that are new: their
        card is drafted now (e.g. a draft held because this invoice became disputed)."""
        keys = [v.key for v in verdicts if v.key]
        if not keys:
            return []
        with self.uow.session() as session:
            taken = set(
                session.exec(
                    select(ProposedAction.case_key).where(col(ProposedAction.case_key).in_(keys))
                ).all()
            )
        return [v for v in verdicts if v.key and v.key not in taken]

    def _judge_customer(
        self,
        context: BatchContext,
        invoices: list[Invoice],
        as_of: date,
        home_currency: str,
        held: Mapping[str, Commitment] | None = None,
    ) -> tuple[list[Verdict], list[tuple[int, str]]]:
        """Judge one customer's invoices together (pure): each on its own bundle, then a
        dispute or legal hold on one holds the drafts of the others, and routine reminders
        fold into one customer card. Returns the verdicts and the invoices that failed."""
        judged: list[tuple[Invoice, CaseBundle, Judgment, str, Judged]] = []
        failures: list[tuple[int, str]] = []
        for invoice in invoices:
            try:
                # Hashed once: the audit row and the action both keep it (= context_hash).
                bundle, digest = context.case(invoice, as_of, home_currency)
                case = CaseBundle(bundle)
                # A recorded promise or plan governs whatever the judge read
                # (core.domain.promise_rules).
                commitment = (held or {}).get(invoice.qbo_id)
                judgment, model = self._decide(case)
                judged.append((invoice, case, governed(judgment, commitment), digest, model))
            except ValueError as exc:
                failures.append((int(invoice.id or 0), f"invoice row {invoice.id}: {exc}"))
        docs = [(case.doc_number, judgment) for _i, case, judgment, _d, _m in judged]
        verdicts: list[Verdict] = []
        for invoice, case, judgment, digest, model in judged:
            try:
                seen = held_by_another(case.doc_number, judgment, docs)
                commitment = (held or {}).get(invoice.qbo_id)
                verdicts.append(
                    self._verdict(invoice, case, seen, digest, as_of, commitment, model)
                )
            except ValueError as exc:
                failures.append((int(invoice.id or 0), f"invoice row {invoice.id}: {exc}"))
        return fold_routine(verdicts, self.policy, self.renderer), failures

    def _decide(self, case: CaseBundle) -> tuple[Judgment, Judged]:
        """The rules judgment, or Claude's merged into it when a key is set (with its note
        for the summary and its record for the audit entry)."""
        if self.judge is None:
            return decide(case, self.policy), None
        judgment, note, record = live_judgment(case, self.policy, self.judge)
        return judgment, (note, record)

    def _verdict(
        self,
        invoice: Invoice,
        case: CaseBundle,
        judgment: Judgment,
        digest: str,
        as_of: date,
        commitment: Commitment | None = None,
        model: Judged = None,
    ) -> Verdict:
        """One judged invoice, its draft and summary rendered (pure: no database); `model` is
        Claude's note and record when it judged."""
        if model is None:
            decision = render_decision(case, judgment, self.policy, self.renderer)
        else:
            decision = judged_decision(case, judgment, model[0], self.policy, self.renderer)
        record = model[1] if model is not None else None
        day = _held_for(judgment)
        verdict = Verdict(invoice, digest, decision, promise_date=day,
                          # recorded only while ahead: a promise already past when first read
                          # is the judge's cadence to weigh, not one to keep
                          promise_source=promise_source(judgment)
                          if day and day >= as_of else None,
                          template=template_for(judgment), case=case, judgment=judgment,
                          judge_record=record)
        if decision.route is not Route.NONE:
            verdict.row = new_action(invoice, case, judgment, decision, digest)
            verdict.row["judge_fallback"] = record.fallback_note if record else None
            if commitment is not None and commitment.hold is Hold.ESCALATE:
                # A broken promise re-opens the case even where the judge had escalated it.
                verdict.row["case_key"] = f"{verdict.row['case_key']}:{commitment.key}"[:200]
            verdict.key = str(verdict.row["case_key"])
        return verdict

    def judged_anyway(
        self, realm_id: str, invoice_qbo_id: str, as_of: date, home_currency: str, over: str
    ) -> Verdict | None:
        """The invoice judged as a routine reminder although the judge escalated it (a person
        chose "Draft a reminder anyway" over `over`); None when nothing is left to collect.

        The reasons say so first; the card goes through the normal approval.
        """
        with self.uow.session() as session:
            invoice = session.exec(
                select(Invoice).where(
                    Invoice.realm_id == realm_id, Invoice.qbo_id == invoice_qbo_id
                )
            ).first()
            if invoice is None or invoice.deleted or invoice.balance <= 0:
                return None
            context = load_batch(session, realm_id, [invoice.customer_qbo_id])
        bundle, digest = context.case(invoice, as_of, home_currency)
        case = CaseBundle(bundle)
        judged = decide(case, self.policy)
        forced = replace(
            judged,
            route=Route.DRAFT_FOR_APPROVAL,
            outcome=Outcome.ROUTINE_REMINDER,
            hard_stop=None,
            draft_kind=DraftKind.REMINDER,
            reasons=(f"Drafted anyway by a person, over: {over}", *judged.reasons),
        )
        decision = render_decision(case, forced, self.policy, self.renderer)
        verdict = Verdict(invoice, digest, decision, template=template_for(forced))
        verdict.row = new_action(invoice, case, forced, decision, digest)
        verdict.key = str(verdict.row["case_key"])
        return verdict

    def write_verdicts(self, session: Session, verdicts: list[Verdict], as_of: date) -> None:
        """Write verdicts in the caller's transaction (a card action that drafts a case)."""
        realm = verdicts[0].invoice.realm_id if verdicts else ""
        write_batch(session, verdicts, self.clock.now(), as_of,
                    channel_for(session, realm, self.channel))

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

"""The overdue scan: a case bundle per open invoice, judged, turned into proposed actions."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from core.domain.approval import ApprovalState
from core.domain.case import CaseBundle
from core.domain.decision import Decision, Route
from core.domain.policy import Policy
from core.domain.triage import Judgment, decide
from core.models import (
    CreditMemo,
    CrmNote,
    Customer,
    CustomerEmail,
    Invoice,
    Payment,
    ProposedAction,
    ReminderSent,
)
from core.ports import Clock, DraftRenderer
from core.services import audit
from core.services.effects import supersede
from core.services.outbox import enqueue_effect
from core.services.triage import render_decision
from core.services.uow import UnitOfWork

JUDGE_NAME, JUDGE_VERSION = "rules", "2026.11"


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


def build_case(
    session: Session, invoice: Invoice, as_of: date, home_currency: str
) -> dict[str, Any]:
    """Assemble the SPEC case bundle for one invoice from qbot's database."""
    realm, cust = invoice.realm_id, invoice.customer_qbo_id

    def raws(table: Any) -> list[dict[str, Any]]:
        rows = session.exec(
            select(table).where(table.realm_id == realm, table.customer_qbo_id == cust)
        ).all()
        return [dict(r.raw) for r in rows]

    customer = session.exec(
        select(Customer).where(Customer.realm_id == realm, Customer.qbo_id == cust)
    ).first()
    emails = session.exec(
        select(CustomerEmail)
        .where(CustomerEmail.realm_id == realm, CustomerEmail.customer_qbo_id == cust)
        .order_by(col(CustomerEmail.sent_at))
    ).all()
    notes = session.exec(
        select(CrmNote)
        .where(CrmNote.realm_id == realm, CrmNote.customer_qbo_id == cust)
        .order_by(col(CrmNote.noted_at))
    ).all()
    reminders = session.exec(
        select(ReminderSent)
        .where(ReminderSent.realm_id == realm, ReminderSent.invoice_qbo_id == invoice.qbo_id)
        .order_by(col(ReminderSent.sent_at))
    ).all()
    return {
        "id": f"{realm}:{invoice.qbo_id}",
        "as_of": as_of.isoformat(),
        "home_currency": home_currency,
        "invoice": dict(invoice.raw),
        "customer": dict(customer.raw) if customer else {},
        "invoices": [r for r in raws(Invoice) if str(r.get("Id")) != invoice.qbo_id],
        "payments": raws(Payment),
        "credit_memos": raws(CreditMemo),
        "emails": [
            {
                "from": e.sender,
                "to": e.recipient,
                "date": e.sent_at,
                "subject": e.subject,
                "body": e.body,
            }
            for e in emails
        ],
        "crm_notes": [{"author": n.author, "date": n.noted_at, "text": n.text} for n in notes],
        "reminders_sent": [{"date": r.sent_at, "stage": r.stage} for r in reminders],
    }


def context_hash(bundle: dict[str, Any]) -> str:
    """SHA-256 of the canonical bundle: the audit log records exactly what the judge saw."""
    return hashlib.sha256(json.dumps(bundle, sort_keys=True, default=str).encode()).hexdigest()


def _audit_decision(
    session: Session,
    now: datetime,
    invoice: Invoice,
    as_of: date,
    digest: str,
    kind: str,
    subject: str,
    extra: dict[str, Any],
) -> None:
    """The audit row of one judgment: what triggered it, what the judge saw (hash), who judged."""
    audit.append(
        session,
        at=now,
        kind=kind,
        actor="qbot",
        subject=subject,
        realm_id=invoice.realm_id,
        data={
            "trigger": "overdue_scan",
            "as_of": as_of.isoformat(),
            "invoice": invoice.qbo_id,
            "context_hash": digest,
            "judge": JUDGE_NAME,
            "judge_version": JUDGE_VERSION,
            **extra,
        },
    )


def supersede_pending(
    session: Session, realm_id: str, invoice_qbo_id: str, now: datetime, note: str, reason: str
) -> None:
    """Withdraw every card still waiting on this invoice: superseded, redrawn, audited."""
    pending = session.exec(
        select(ProposedAction).where(
            ProposedAction.realm_id == realm_id,
            ProposedAction.invoice_qbo_id == invoice_qbo_id,
            ProposedAction.state == ApprovalState.PROPOSED.value,
        )
    ).all()
    for action in pending:
        supersede(session, action, now, note, reason)
        enqueue_effect(session, action, "update_card", 9, now)


class CollectionsService:
    """Runs the overdue scan for a realm and turns decisions into proposed actions."""

    def __init__(
        self, uow: UnitOfWork, clock: Clock, policy: Policy, renderer: DraftRenderer, channel: str
    ) -> None:
        self.uow, self.clock, self.policy = uow, clock, policy
        self.renderer, self.channel = renderer, channel

    def scan(self, realm_id: str, as_of: date, home_currency: str = "USD") -> ScanReport:
        """Judge every open invoice of the realm as of `as_of` (the company's local date).

        One invoice that fails is counted and reported; it never aborts the scan.
        """
        report = ScanReport()
        with self.uow.session() as session:
            ids = session.exec(
                select(Invoice.id)
                .where(Invoice.realm_id == realm_id, col(Invoice.balance) > 0)
                .order_by(col(Invoice.id))
            ).all()
        for invoice_pk in ids:
            report.invoices_scanned += 1
            try:
                self._scan_one(int(invoice_pk or 0), as_of, home_currency, report)
            except ValueError as exc:
                report.failures.append(f"invoice row {invoice_pk}: {exc}")
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
            if invoice is None or invoice.balance <= 0:
                supersede_pending(
                    session,
                    realm_id,
                    invoice_qbo_id,
                    self.clock.now(),
                    "Paid, voided or deleted in QuickBooks",
                    "invoice closed in QuickBooks",
                )
            if invoice is None:
                return report
            invoice_pk = int(invoice.id or 0)
        report.invoices_scanned = 1
        self._scan_one(invoice_pk, as_of, home_currency, report)
        return report

    def _scan_one(
        self, invoice_pk: int, as_of: date, home_currency: str, report: ScanReport
    ) -> None:
        now = self.clock.now()
        with self.uow.session() as session:
            invoice = session.get(Invoice, invoice_pk)
            assert invoice is not None
            bundle = build_case(session, invoice, as_of, home_currency)
            digest = context_hash(bundle)  # once: the audit row and the action both keep it
            case = CaseBundle(bundle)
            judgment = decide(case, self.policy)
            decision = render_decision(case, judgment, self.policy, self.renderer)
            report.decisions.append(decision)
            report.by_outcome[decision.outcome.value] += 1
            if decision.route is Route.NONE:
                # Every decision is logged, including "nothing to do" and why.
                _audit_decision(
                    session,
                    now,
                    invoice,
                    as_of,
                    digest,
                    "case.no_action",
                    f"invoice:{invoice.qbo_id}",
                    {"reasons": decision.reasons},
                )
                return
            report.cases += 1
            key = ":".join(
                [
                    invoice.realm_id,
                    invoice.qbo_id,
                    decision.route.value,
                    decision.outcome.value,
                    str(judgment.hard_stop),
                    str(judgment.stage),
                ]
            )
            if session.exec(select(ProposedAction).where(ProposedAction.case_key == key)).first():
                report.unchanged += 1
                return
            supersede_pending(
                session,
                invoice.realm_id,
                invoice.qbo_id,
                now,
                "Replaced by a newer card",
                "newer case",
            )
            action = self._new_action(invoice, case, judgment, decision, key, digest, now)
            session.add(action)
            session.flush()
            enqueue_effect(session, action, "post_card", 0, now, {"channel": self.channel})
            _audit_decision(
                session,
                now,
                invoice,
                as_of,
                digest,
                "case.proposed",
                f"action:{action.id}",
                {"decision": decision.to_json_dict()},
            )
            report.proposed += 1

    def _new_action(
        self,
        invoice: Invoice,
        case: CaseBundle,
        judgment: Judgment,
        decision: Decision,
        key: str,
        digest: str,
        now: Any,
    ) -> ProposedAction:
        bill = (invoice.raw.get("BillEmail") or {}).get("Address")
        cust_mail = (case.customer.get("PrimaryEmailAddr") or {}).get("Address")
        return ProposedAction(
            realm_id=invoice.realm_id,
            invoice_qbo_id=invoice.qbo_id,
            case_key=key,
            route=decision.route.value,
            outcome=decision.outcome.value,
            hard_stop=decision.hard_stop.value if decision.hard_stop else None,
            stage=judgment.stage,
            days_past_due=judgment.days_past_due or 0,
            balance=invoice.balance,
            home_amount=Decimal(judgment.home_amount),
            currency=invoice.currency,
            doc_number=invoice.doc_number,
            customer_name=case.customer_name,
            due_date=invoice.due_date,
            send_to=bill or cust_mail,
            invoice_sync_token=invoice.sync_token,
            reasons=list(decision.reasons),
            summary=decision.summary or "",
            draft_subject=decision.draft.subject if decision.draft else None,
            draft_body=decision.draft.body if decision.draft else None,
            context_hash=digest,
            created_at=now,
        )

"""Promises to pay and payment plans: the one place that writes and reads them.

A promise the judge recognised (a no-action decision held for a promise still ahead) is
recorded once in the `promises` table, keyed by where it was made, so re-reading the same
email every scan records nothing new. From then on code keeps it (core.domain.promise_rules):
no reminder while it is open, kept once QuickBooks shows it paid, broken (audited, and the
case re-opened as an escalation) when its day plus the policy's grace days passes unpaid. An
approved payment-plan card records its instalments, tracked the same way.

The scan's `case.no_action` audit entry still carries the promise date (`promise_date`) as
part of the judgment's record; `/qb overdue`, `/qb customer` and the digest read the table.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from core.adapters.qbo.mapping import applied_payments
from core.domain.drafting import format_money
from core.domain.evidence_lexicon import Kind
from core.domain.policy import Policy
from core.domain.promise_rules import (
    AppliedPayment,
    Commitment,
    Hold,
    InstalmentState,
    PromiseState,
    instalment_states,
    instalments,
    paid_toward,
    promise_state,
)
from core.domain.triage import Judgment
from core.models import AuditEntry, Invoice, Payment, PaymentPlanInstalment, Promise, ProposedAction
from core.services import audit

HELD_KIND = "case.no_action"
CENT = Decimal("0.01")
PROMISE_FIELD = "promise_date"


def promise_record(promise: date | None) -> dict[str, str]:
    """The fields a no-action entry adds for the promise it held for (none without one)."""
    return {PROMISE_FIELD: promise.isoformat()} if promise is not None else {}


def promise_day(data: Mapping[str, Any]) -> date | None:
    """The promise date an entry recorded, if any."""
    value = data.get(PROMISE_FIELD)
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:  # the audit log is ours, but an old or hand-made row must not break a reader
        return None


# --- recording -------------------------------------------------------------------------------


def promise_source(judgment: Judgment) -> tuple[str, date | None] | None:
    """Where the promise the judgment held for was made ("customer email 2026-11-17 #…": the
    message's source and day, and a digest of its words) and that day; None without one."""
    made = [e for e in judgment.evidence
            if e.kind is Kind.PROMISE and e.promise_date == judgment.promise_date]
    if judgment.promise_date is None or not made:
        return None
    e = max(made, key=lambda m: m.order)
    digest = hashlib.sha256(f"{e.source}\n{e.quote}".encode()).hexdigest()[:16]
    return f"{e.source} #{digest}"[:200], e.day


def record_promise(
    session: Session, invoice: Invoice, promised_on: date, source: str, made_on: date,
    now: datetime,
) -> Promise:
    """Record the promise made in `source` for `invoice` and audit it at once (see
    `recorded_promise`)."""
    promise, record = recorded_promise(session, invoice, promised_on, source, made_on, now)
    if record is not None:
        audit.append_many(session, [record])
    return promise


def recorded_promise(
    session: Session, invoice: Invoice, promised_on: date, source: str, made_on: date,
    now: datetime,
) -> tuple[Promise, audit.Record | None]:
    """Record the promise made in `source` for `invoice` (its open balance: no amount was
    named), or add the invoice to the promise that source already made. Returns it and, when
    new, its `promise.recorded` audit row for the caller to append in its own order (the scan
    chains a batch's rows as one invoice at a time would)."""
    found = session.exec(
        select(Promise).where(Promise.realm_id == invoice.realm_id, Promise.source == source)
    ).first()
    if found is not None:
        if invoice.qbo_id not in found.invoices:
            found.invoices = [*found.invoices, invoice.qbo_id]
            found.amount += invoice.balance
            session.add(found)
            session.flush()
        return found, None
    promise = Promise(
        realm_id=invoice.realm_id, customer_qbo_id=invoice.customer_qbo_id,
        invoices=[invoice.qbo_id], promised_on=promised_on, made_on=made_on,
        amount=invoice.balance, currency=invoice.currency, source=source,
        state=PromiseState.OPEN.value, recorded_at=now,
    )
    session.add(promise)
    session.flush()
    return promise, audit.Record(
        at=now, kind="promise.recorded", actor="qbot", subject=f"promise:{promise.id}",
        realm_id=invoice.realm_id,
        data={"invoices": promise.invoices, "customer": promise.customer_qbo_id,
              "promised_on": promised_on.isoformat(), "amount": str(promise.amount),
              "source": source},
    )


def record_plan(
    session: Session, action: ProposedAction, policy: Policy, now: datetime
) -> list[PaymentPlanInstalment]:
    """The instalments of the plan an approved payment-plan card proposed: the schedule its
    draft listed (from the day the scan drafted it), recorded once per card; audited."""
    if session.exec(
        select(PaymentPlanInstalment.id).where(PaymentPlanInstalment.action_id == action.id)
    ).first() is not None:
        return []
    invoice = session.exec(
        select(Invoice).where(
            Invoice.realm_id == action.realm_id, Invoice.qbo_id == action.invoice_qbo_id
        )
    ).first()
    customer = invoice.customer_qbo_id if invoice else ""
    schedule = instalments(action.balance, _drafted_on(session, action),
                           policy.plan_installments, policy.plan_interval_days)
    rows = [
        PaymentPlanInstalment(
            realm_id=action.realm_id, customer_qbo_id=customer,
            invoice_qbo_id=action.invoice_qbo_id, action_id=int(action.id or 0), seq=n,
            due_on=due, amount=amount, currency=action.currency, recorded_at=now,
        )
        for n, (due, amount) in enumerate(schedule, start=1)
    ]
    session.add_all(rows)
    audit.append(
        session, at=now, kind="plan.recorded", actor="qbot", subject=f"action:{action.id}",
        realm_id=action.realm_id,
        data={"invoice": action.invoice_qbo_id,
              "instalments": [{"due_on": d.isoformat(), "amount": str(a)} for d, a in schedule]},
    )
    return rows


def _drafted_on(session: Session, action: ProposedAction) -> date:
    """The company day the scan judged the card's case (its draft's instalments start there)."""
    entry = session.exec(
        select(AuditEntry.data).where(
            AuditEntry.kind == "case.proposed", AuditEntry.subject == f"action:{action.id}"
        )
    ).first()
    as_of = entry.get("as_of") if isinstance(entry, dict) else None
    return date.fromisoformat(as_of) if isinstance(as_of, str) else action.created_at.date()


# --- keeping ---------------------------------------------------------------------------------


def _payments(session: Session, realm: str, customers: Iterable[str]) -> list[AppliedPayment]:
    """Every payment line QuickBooks linked to an invoice of these customers (as pulled)."""
    out: list[AppliedPayment] = []
    for raw in session.exec(
        select(Payment.raw).where(
            Payment.realm_id == realm, col(Payment.customer_qbo_id).in_(list(customers)),
            col(Payment.deleted).is_(False),
        )
    ):
        day = raw.get("TxnDate")
        paid_on = date.fromisoformat(day) if isinstance(day, str) else None
        out.extend(AppliedPayment(i, paid_on, a) for i, a in applied_payments(raw))
    return out


def _balances(session: Session, realm: str, ids: Iterable[str]) -> dict[str, Decimal | None]:
    """Open balance per invoice; None for one voided or deleted in QuickBooks (gone)."""
    return {
        inv.qbo_id: None if inv.deleted or _voided(inv) else inv.balance
        for inv in session.exec(
            select(Invoice).where(Invoice.realm_id == realm, col(Invoice.qbo_id).in_(list(ids)))
        )
    }


def _voided(invoice: Invoice) -> bool:
    """QuickBooks voids an invoice by zeroing its total."""
    return Decimal(str(invoice.raw.get("TotalAmt", "1") or 0)) == 0


def settle(session: Session, realm: str, as_of: date, grace_days: int, now: datetime) -> int:
    """Judge every open promise and plan instalment of the realm against the payments pulled
    from QuickBooks as of `as_of`: kept / paid, broken / missed, each change audited.
    Returns how many changed."""
    promises = list(session.exec(
        select(Promise).where(Promise.realm_id == realm, Promise.state == PromiseState.OPEN.value)
    ))
    plans: dict[int, list[PaymentPlanInstalment]] = defaultdict(list)
    for row in session.exec(
        select(PaymentPlanInstalment)
        .where(PaymentPlanInstalment.realm_id == realm)
        .order_by(col(PaymentPlanInstalment.action_id), col(PaymentPlanInstalment.seq))
    ):
        plans[row.action_id].append(row)
    plans = {a: rows for a, rows in plans.items()
             if any(r.state == InstalmentState.OPEN.value for r in rows)}
    if not promises and not plans:
        return 0
    customers = {p.customer_qbo_id for p in promises} | {
        rows[0].customer_qbo_id for rows in plans.values()}
    payments = _payments(session, realm, customers)
    balances = _balances(session, realm, {i for p in promises for i in p.invoices} | {
        rows[0].invoice_qbo_id for rows in plans.values()})
    changed = 0
    for p in promises:
        paid = paid_toward(payments, p.invoices, p.made_on)
        left = sum((balances.get(i) or Decimal("0") for i in p.invoices), Decimal("0"))
        gone = all(i in balances and balances[i] is None for i in p.invoices)
        state = promise_state(p.promised_on, p.amount, paid, left, as_of, grace_days, gone)
        if state is PromiseState.OPEN:
            continue
        p.state, p.settled_at = state.value, now
        session.add(p)
        audit.append(
            session, at=now, kind=f"promise.{state.value}", actor="qbot",
            subject=f"promise:{p.id}", realm_id=realm,
            data={"invoices": p.invoices, "promised_on": p.promised_on.isoformat(),
                  "amount": str(p.amount), "paid": str(paid.quantize(CENT)),
                  "as_of": as_of.isoformat(), "grace_days": grace_days, "source": p.source},
        )
        changed += 1
    for action_id, rows in plans.items():
        invoice = rows[0].invoice_qbo_id
        since = rows[0].recorded_at.date()
        paid = paid_toward(payments, [invoice], since)
        if (balances.get(invoice) or Decimal("0")) <= 0:
            paid = max(paid, sum((r.amount for r in rows), Decimal("0")))  # paid off
        schedule = [(r.due_on, r.amount) for r in rows]
        for row, met in zip(rows, instalment_states(schedule, paid, as_of, grace_days),
                            strict=True):
            if row.state != InstalmentState.OPEN.value or met is InstalmentState.OPEN:
                continue
            row.state = met.value
            session.add(row)
            audit.append(
                session, at=now, kind=f"plan.instalment_{met.value}", actor="qbot",
                subject=f"action:{action_id}", realm_id=realm,
                data={"invoice": invoice, "seq": row.seq, "due_on": row.due_on.isoformat(),
                      "amount": str(row.amount), "paid_since_agreed": str(paid.quantize(CENT)),
                      "as_of": as_of.isoformat(), "grace_days": grace_days},
            )
            changed += 1
    session.flush()
    return changed


def commitments(session: Session, realm: str, customers: Iterable[str]) -> dict[str, Commitment]:
    """Per open invoice of these customers, the commitment that governs it now: an open
    promise or a plan on track waits; else a broken promise or a missed instalment escalates."""
    ids = list(customers)
    waits: dict[str, Commitment] = {}
    breaks: dict[str, Commitment] = {}
    for p in session.exec(
        select(Promise)
        .where(Promise.realm_id == realm, col(Promise.customer_qbo_id).in_(ids),
               col(Promise.state).in_([PromiseState.OPEN.value, PromiseState.BROKEN.value]))
        .order_by(col(Promise.promised_on), col(Promise.id))  # the latest day wins
    ):
        said = f"{format_money(p.amount, p.currency)} by {p.promised_on.isoformat()} ({p.source})"
        for invoice in p.invoices:
            if p.state == PromiseState.OPEN.value:
                waits[invoice] = Commitment(
                    Hold.WAIT, f"promise to pay recorded: {said}; no reminder until it passes",
                    p.promised_on)
            elif p.state == PromiseState.BROKEN.value:
                breaks[invoice] = Commitment(
                    Hold.ESCALATE, f"broken promise: {said} was not paid", p.promised_on,
                    f"broken-promise:{p.id}")
    plans: dict[int, list[PaymentPlanInstalment]] = defaultdict(list)
    for row in session.exec(
        select(PaymentPlanInstalment)
        .where(PaymentPlanInstalment.realm_id == realm,
               col(PaymentPlanInstalment.customer_qbo_id).in_(ids))
        .order_by(col(PaymentPlanInstalment.action_id), col(PaymentPlanInstalment.seq))
    ):
        plans[row.action_id].append(row)
    for rows in plans.values():  # in card order: the newest plan of an invoice wins
        invoice = rows[0].invoice_qbo_id
        missed = [r for r in rows if r.state == InstalmentState.MISSED.value]
        ahead = [r for r in rows if r.state == InstalmentState.OPEN.value]
        if missed:
            r = missed[0]
            breaks[invoice] = Commitment(
                Hold.ESCALATE,
                f"payment plan instalment {r.seq} of {len(rows)} missed: "
                f"{format_money(r.amount, r.currency)} due {r.due_on.isoformat()} not paid",
                key=f"missed-instalment:{r.action_id}:{r.seq}")
            if invoice in waits and waits[invoice].promised_on is None:
                del waits[invoice]  # an older plan on track: this newer one was missed
        elif ahead:
            r = ahead[0]
            paid = len(rows) - len(ahead)
            waits[invoice] = Commitment(
                Hold.WAIT,
                f"payment plan on track: {paid} of {len(rows)} instalments paid, next "
                f"{format_money(r.amount, r.currency)} by {r.due_on.isoformat()}")
            breaks.pop(invoice, None)
    return {**breaks, **waits}


# --- reading ---------------------------------------------------------------------------------


def promised_ahead(
    session: Session, owner: Mapping[tuple[str, str], tuple[str, str]], today: Mapping[str, date]
) -> dict[tuple[str, str], date]:
    """The latest open promise still ahead, per customer of these (realm, invoice) keys."""
    found: dict[tuple[str, str], date] = {}
    if not owner:
        return found
    realms = {realm for realm, _inv in owner}
    for p in session.exec(
        select(Promise).where(col(Promise.realm_id).in_(list(realms)),
                              Promise.state == PromiseState.OPEN.value)
    ):
        for invoice in p.invoices:
            customer = owner.get((p.realm_id, invoice))
            if customer is None or p.promised_on < today.get(p.realm_id, p.promised_on):
                continue
            found[customer] = max(found.get(customer, p.promised_on), p.promised_on)
    return found


def recorded_promises(session: Session, realm: str, since: datetime) -> list[tuple[str, date]]:
    """(invoice, promised day) of every promise recorded since `since`, oldest first (a
    withdrawn one is no promise)."""
    return [
        (invoice, p.promised_on)
        for p in session.exec(
            select(Promise)
            .where(Promise.realm_id == realm, col(Promise.recorded_at) >= since,
                   Promise.state != PromiseState.WITHDRAWN.value)
            .order_by(col(Promise.recorded_at), col(Promise.id))
        )
        for invoice in p.invoices
    ]


"""The overdue scan's writes: one batch of judged invoices in a few multi-row statements.

Before, each invoice wrote its action, outbox row, job and audit row on its own (and read
the end of the audit chain each time). Here a batch writes the same rows, with the same
keys and in the same order as one invoice at a time wrote them: the new actions in one
INSERT, their effects and jobs in one executemany each, the audit rows chained in memory
and inserted at once. All of it in the caller's one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import insert, or_
from sqlmodel import Session, col, select

from core.domain.approval import ApprovalState
from core.domain.case import CaseBundle
from core.domain.decision import Decision
from core.domain.triage import Judgment
from core.models import CardInvoice, Invoice, ProposedAction
from core.services import audit
from core.services.claude_triage import ModelJudgeRecord
from core.services.effects import withdraw
from core.services.outbox import ActionRef, enqueue_effects
from core.services.promises import HELD_KIND, promise_record, recorded_promise

JUDGE_NAME, JUDGE_VERSION = "rules", "2026.11"
Effect = tuple[ActionRef, str, int, dict[str, object]]


@dataclass
class Verdict:
    """One judged invoice, waiting to be written: `row` is None when nothing is due."""

    invoice: Invoice
    digest: str
    decision: Decision
    key: str = ""  # set with `row` when the decision is a case
    row: dict[str, Any] | None = None
    promise_date: date | None = None  # the customer's promise the judge held for, if any
    promise_source: tuple[str, date | None] | None = None  # where and when it was made
    template: str | None = None  # the draft's template family (core.services.triage)
    case: CaseBundle | None = field(default=None, repr=False)
    judgment: Judgment | None = field(default=None, repr=False)
    # A customer card: the invoices its one email covers (the first is `invoice`), each with
    # the verdict it was judged in.
    covers: list[Verdict] = field(default_factory=list, repr=False)

    judge_record: ModelJudgeRecord | None = None  # Claude's part in the decision, if it judged

    def invoice_ids(self) -> list[str]:
        """Every invoice this verdict's card is about."""
        return [c.invoice.qbo_id for c in self.covers] or [self.invoice.qbo_id]


@dataclass
class Written:
    """What a batch's write did."""

    cases: int = 0
    proposed: int = 0
    unchanged: int = 0


def case_key(invoice: Invoice, decision: Decision, judgment: Judgment) -> str:
    """One action per invoice, route, outcome, hard stop and stage: a rescan adds nothing."""
    parts = [invoice.realm_id, invoice.qbo_id, decision.route.value, decision.outcome.value]
    return ":".join([*parts, str(judgment.hard_stop), str(judgment.stage)])


@dataclass(frozen=True)
class NewAction:
    """An action row just inserted: what its effects' keys and jobs need."""

    id: int
    realm_id: str
    version: int = 1
    state: str = ApprovalState.PROPOSED.value


@cache
def _model_defaults() -> dict[str, Any]:
    """Every optional column's model default, read from the model once (pydantic's lookup
    costs more than the rest of building a row)."""
    fields = ProposedAction.model_fields.items()
    return {
        name: info.get_default(call_default_factory=True)
        for name, info in fields
        if name != "id" and not info.is_required()
    }


def _defaults() -> dict[str, Any]:
    """The defaults for one row, so that a raw INSERT stores what `ProposedAction(...)`
    would have stored; mutable ones (the reasons list) are copied, never shared."""
    return {k: copy(v) if isinstance(v, list | dict) else v for k, v in _model_defaults().items()}


def new_action(
    invoice: Invoice, case: CaseBundle, judgment: Judgment, decision: Decision, digest: str
) -> dict[str, Any]:
    """The proposed action row of one case (created_at is set when it is written). A plain
    row, not a ProposedAction: validating thousands of models was a tenth of the scan."""
    bill = (invoice.raw.get("BillEmail") or {}).get("Address")
    cust_mail = (case.customer.get("PrimaryEmailAddr") or {}).get("Address")
    return {
        **_defaults(),
        "realm_id": invoice.realm_id,
        "invoice_qbo_id": invoice.qbo_id,
        "case_key": case_key(invoice, decision, judgment),
        "route": decision.route.value,
        "outcome": decision.outcome.value,
        "hard_stop": decision.hard_stop.value if decision.hard_stop else None,
        "stage": judgment.stage,
        "days_past_due": judgment.days_past_due or 0,
        "balance": invoice.balance,
        "home_amount": Decimal(judgment.home_amount),
        "currency": invoice.currency,
        "doc_number": invoice.doc_number,
        "customer_name": case.customer_name,
        "due_date": invoice.due_date,
        "send_to": bill or cust_mail,
        "invoice_sync_token": invoice.sync_token,
        "reasons": list(decision.reasons),
        "summary": decision.summary or "",
        "draft_subject": decision.draft.subject if decision.draft else None,
        "draft_body": decision.draft.body if decision.draft else None,
        "context_hash": digest,
    }


def pending(session: Session, realm: str, invoices: list[str]) -> dict[str, list[ProposedAction]]:
    """Cards still waiting on these invoices, by invoice, in id order (one query).

    Locked on PostgreSQL until the caller commits: a card approved meanwhile is either seen as
    approved (not pending) or waits and then finds it superseded, never overwritten."""
    found: dict[str, list[ProposedAction]] = defaultdict(list)
    if not invoices:
        return found
    for action in session.exec(
        select(ProposedAction)
        .where(
            ProposedAction.realm_id == realm,
            col(ProposedAction.invoice_qbo_id).in_(invoices),
            ProposedAction.state == ApprovalState.PROPOSED.value,
        )
        .order_by(col(ProposedAction.id))
        .with_for_update()  # SQLite: not rendered (a single writer)
    ):
        found[action.invoice_qbo_id].append(action)
    # Customer cards waiting on these invoices besides the one each is filed under.
    covering = session.exec(
        select(CardInvoice.invoice_qbo_id, CardInvoice.action_id).where(
            CardInvoice.realm_id == realm, col(CardInvoice.invoice_qbo_id).in_(invoices)
        )
    ).all()
    if covering:
        cards = {
            a.id: a
            for a in session.exec(
                select(ProposedAction)
                .where(
                    col(ProposedAction.id).in_({pk for _inv, pk in covering}),
                    ProposedAction.state == ApprovalState.PROPOSED.value,
                )
                .with_for_update()
            )
        }
        for invoice, pk in sorted(covering, key=lambda row: row[1]):
            card = cards.get(pk)
            if card is not None and card not in found[invoice]:
                found[invoice].append(card)
    return found


def _record(
    now: datetime, v: Verdict, as_of: date, kind: str, subject: str, extra: dict[str, Any]
) -> audit.Record:
    """The audit row of one judgment: what triggered it, what the judge saw (hash), who judged."""
    return audit.Record(
        at=now,
        kind=kind,
        actor="qbot",
        subject=subject,
        realm_id=v.invoice.realm_id,
        data={
            "trigger": "overdue_scan",
            "as_of": as_of.isoformat(),
            "invoice": v.invoice.qbo_id,
            "context_hash": v.digest,
            "judge": JUDGE_NAME,
            "judge_version": JUDGE_VERSION,
            # Claude's model, prompt, status, fallback reason, tokens and cost (never the key).
            **(v.judge_record.audit_data() if v.judge_record is not None else {}),
            **extra,
        },
    )


def _insert_actions(
    session: Session, rows: list[dict[str, Any]], now: datetime
) -> dict[str, NewAction]:
    """One executemany INSERT, then the ids by case key in one SELECT. (An ORM flush would
    insert row by row on SQLite, which cannot promise RETURNING rows in parameter order.)"""
    if not rows:
        return {}
    session.execute(insert(ProposedAction), [{**row, "created_at": now} for row in rows])
    ids = session.exec(
        select(ProposedAction.case_key, ProposedAction.id).where(
            col(ProposedAction.case_key).in_([row["case_key"] for row in rows])
        )
    ).all()
    realm = str(rows[0]["realm_id"])
    return {key: NewAction(int(pk or 0), realm) for key, pk in ids}


def covered_rows(action: NewAction, v: Verdict) -> list[dict[str, Any]]:
    """The card_invoices rows of a customer card: each invoice as the scan judged it."""
    return [
        {
            "action_id": action.id,
            "realm_id": action.realm_id,
            "invoice_qbo_id": c.invoice.qbo_id,
            "doc_number": c.invoice.doc_number or c.invoice.qbo_id,
            "balance": c.invoice.balance,
            "currency": c.invoice.currency,
            "due_date": c.invoice.due_date,
            "days_past_due": (c.judgment.days_past_due or 0) if c.judgment else 0,
            "stage": c.judgment.stage if c.judgment else None,
            "invoice_sync_token": c.invoice.sync_token,
        }
        for c in v.covers
    ]


def _snoozed(session: Session, verdicts: list[Verdict]) -> set[str]:
    """The case keys of these verdicts covering an invoice whose snoozed card is still to come
    back: the invoice it is filed under or any invoice a customer card carries."""
    keys_of: dict[str, set[str]] = defaultdict(set)
    for v in verdicts:
        if v.key:
            for invoice in v.invoice_ids():
                keys_of[invoice].add(v.key)
    if not keys_of:
        return set()
    realm = verdicts[0].invoice.realm_id
    wanted = list(keys_of)
    # One statement: a snoozed card and, for a customer card, each invoice it carries.
    rows = session.exec(
        select(ProposedAction.invoice_qbo_id, CardInvoice.invoice_qbo_id)
        .join(CardInvoice, col(CardInvoice.action_id) == col(ProposedAction.id), isouter=True)
        .where(
            ProposedAction.realm_id == realm,
            ProposedAction.state == ApprovalState.SNOOZED.value,
            col(ProposedAction.snoozed_until).is_not(None),
            or_(
                col(ProposedAction.invoice_qbo_id).in_(wanted),
                col(CardInvoice.invoice_qbo_id).in_(wanted),
            ),
        )
    ).all()
    asleep = {i for row in rows for i in row if i is not None}
    return {key for invoice in asleep & set(keys_of) for key in keys_of[invoice]}


def write_batch(
    session: Session, verdicts: list[Verdict], now: datetime, as_of: date, channel: str
) -> Written:
    """Write verdicts (one realm, invoice order): new actions with a card to post, older cards
    of the same invoices withdrawn and redrawn, an audit row for every decision."""
    done = Written()
    if not verdicts:
        return done
    keys = [v.key for v in verdicts if v.key]
    taken = set(
        session.exec(
            select(ProposedAction.case_key).where(col(ProposedAction.case_key).in_(keys))
        ).all()
    )
    # A snoozed case waits for its date (core.services.case_actions.wake_due), whatever the
    # judge says meanwhile: no card for its invoice before then.
    taken |= _snoozed(session, verdicts)
    fresh = [v for v in verdicts if v.row is not None and v.key not in taken]
    realm = verdicts[0].invoice.realm_id
    waiting = pending(session, realm, [i for v in fresh for i in v.invoice_ids()])
    withdrawn: set[int] = set()
    inserted = _insert_actions(session, [v.row for v in fresh if v.row is not None], now)
    records: list[audit.Record] = []
    effects: list[Effect] = []
    covered: list[dict[str, Any]] = []
    for v in verdicts:
        if v.row is None:
            # Every decision is logged, including "nothing to do" and why.
            subject = f"invoice:{v.invoice.qbo_id}"
            held = {"reasons": v.decision.reasons, **promise_record(v.promise_date)}
            if v.promise_date is not None and v.promise_source is not None:
                source, made_on = v.promise_source
                _promise, made = recorded_promise(
                    session, v.invoice, v.promise_date, source, made_on or as_of, now
                )
                records.extend([made] if made is not None else [])
            records.append(_record(now, v, as_of, HELD_KIND, subject, held))
            continue
        done.cases += 1
        if v.key in taken:
            done.unchanged += 1
            continue
        for old in (a for i in v.invoice_ids() for a in waiting.get(i, [])):
            if old.id in withdrawn:
                continue  # a customer card waits on several of these invoices
            withdrawn.add(int(old.id or 0))
            records.append(withdraw(old, now, "Replaced by a newer card", "newer case"))
            session.add(old)
            effects.append((old, "update_card", 9, {}))
        action = inserted[v.key]
        covered.extend(covered_rows(action, v))
        effects.append((action, "post_card", 0, {"channel": channel}))
        decision: dict[str, Any] = {"decision": v.decision.to_json_dict(), "template": v.template}
        if v.covers:
            decision["invoices"] = [
                {"invoice": c.invoice.qbo_id, "context_hash": c.digest} for c in v.covers
            ]
        records.append(_record(now, v, as_of, "case.proposed", f"action:{action.id}", decision))
        done.proposed += 1
    session.flush()  # the withdrawn cards, in one executemany UPDATE
    if covered:  # one executemany INSERT (an ORM add_all flushes row by row on SQLite)
        session.execute(insert(CardInvoice), covered)
    enqueue_effects(session, effects, now)
    audit.append_many(session, records)
    return done

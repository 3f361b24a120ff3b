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
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from core.domain.approval import ApprovalState
from core.domain.case import CaseBundle
from core.domain.decision import Decision
from core.domain.triage import Judgment
from core.models import Invoice, ProposedAction
from core.services import audit
from core.services.claude_triage import ModelJudgeRecord
from core.services.effects import withdraw
from core.services.outbox import ActionRef, enqueue_effects
from core.services.promises import HELD_KIND, promise_record

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
    template: str | None = None  # the draft's template family (core.services.triage)
    judge_record: ModelJudgeRecord | None = None  # Claude's part in the decision, if it judged


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
    fresh = [v for v in verdicts if v.row is not None and v.key not in taken]
    waiting = pending(session, verdicts[0].invoice.realm_id, [v.invoice.qbo_id for v in fresh])
    inserted = _insert_actions(session, [v.row for v in fresh if v.row is not None], now)
    records: list[audit.Record] = []
    effects: list[Effect] = []
    for v in verdicts:
        if v.row is None:
            # Every decision is logged, including "nothing to do" and why.
            subject = f"invoice:{v.invoice.qbo_id}"
            held = {"reasons": v.decision.reasons, **promise_record(v.promise_date)}
            records.append(_record(now, v, as_of, HELD_KIND, subject, held))
            continue
        done.cases += 1
        if v.key in taken:
            done.unchanged += 1
            continue
        for old in waiting.get(v.invoice.qbo_id, []):
            records.append(withdraw(old, now, "Replaced by a newer card", "newer case"))
            session.add(old)
            effects.append((old, "update_card", 9, {}))
        action = inserted[v.key]
        effects.append((action, "post_card", 0, {"channel": channel}))
        decision = {"decision": v.decision.to_json_dict(), "template": v.template}
        records.append(_record(now, v, as_of, "case.proposed", f"action:{action.id}", decision))
        done.proposed += 1
    session.flush()  # the withdrawn cards, in one executemany UPDATE
    enqueue_effects(session, effects, now)
    audit.append_many(session, records)
    return done

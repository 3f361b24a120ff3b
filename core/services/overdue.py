"""The overdue picture a finance lead acts on: aging-bucket totals and customers by amount owed.

Set-based: one aggregate query for the totals, one for the page of customers (10 rows), then
what is happening on those rows only (their cards and promises). Every company qbot holds
invoices for is included; "past due" counts in each company's own timezone, and amounts are in
its home currency (HomeBalance, else Balance × ExchangeRate, else Balance, as the scan does).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, tuple_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from core.adapters.clock import company_today
from core.domain.aging import BUCKET_DAYS, AgingBucket
from core.domain.approval import ApprovalState
from core.domain.authority import Approvers, Role
from core.domain.decision import HardStop, Outcome, Route
from core.domain.labels import HARD_STOP_LABELS
from core.models import Customer, Invoice, ProposedAction, QboConnection
from core.services import audit
from core.services.promises import promised_ahead

PAGE_SIZE = 10
DEFAULT_TIMEZONE = "UTC"  # a realm pulled without a connection row (CLI, sandbox)
DEFAULT_CURRENCY = "USD"


@dataclass(frozen=True)
class OverdueFilter:
    """`/qb overdue` narrowed to a customer (name contains), a company, or one bucket."""

    customer: str | None = None
    realm_id: str | None = None
    bucket: AgingBucket | None = None


@dataclass(frozen=True)
class Company:
    realm_id: str
    name: str
    timezone: str
    home_currency: str


@dataclass(frozen=True)
class CardRef:
    """Where a case card was posted (for chat.getPermalink)."""

    channel: str
    ts: str


@dataclass(frozen=True)
class Situation:
    """What is happening on a customer's overdue invoices, in a finance person's words.

    `assignee` is who the waiting card is assigned to, `snoozed_by` who put it off until the
    date the text names (Slack user ids: the answer names them as people)."""

    text: str
    card: CardRef | None = None
    assignee: str | None = None
    snoozed_by: str | None = None


@dataclass(frozen=True)
class CustomerRow:
    company: Company
    customer_id: str
    customer_name: str
    invoices: int
    overdue: Decimal  # home currency
    oldest_days: int
    situation: Situation = Situation("Nothing yet: no card or promise on record")


@dataclass(frozen=True)
class BucketTotal:
    bucket: AgingBucket
    currency: str
    amount: Decimal
    invoices: int


@dataclass(frozen=True)
class OverdueReport:
    """One page of the answer; `total_customers` says whether there is a next page."""

    filter: OverdueFilter
    companies: tuple[Company, ...]
    totals: tuple[BucketTotal, ...]
    rows: tuple[CustomerRow, ...]
    offset: int
    total_customers: int
    as_of: dict[str, date] = field(default_factory=dict)

    @property
    def several_companies(self) -> bool:
        return len(self.companies) > 1

    @property
    def next_offset(self) -> int | None:
        following = self.offset + len(self.rows)
        return following if following < self.total_customers else None


def companies(session: Session) -> list[Company]:
    """Every company qbot holds invoices for or is connected to, by name."""
    found: dict[str, Company] = {}
    for row in session.exec(select(QboConnection)).all():
        found[row.realm_id] = Company(
            row.realm_id, row.company_name or row.realm_id, row.timezone, row.home_currency
        )
    held = session.execute(sa_select(col(Invoice.realm_id)).distinct()).scalars()
    for realm in held:
        found.setdefault(
            str(realm), Company(str(realm), str(realm), DEFAULT_TIMEZONE, DEFAULT_CURRENCY)
        )
    return sorted(found.values(), key=lambda c: (c.name.lower(), c.realm_id))


def home_amount() -> ColumnElement[Any]:
    """An invoice's open balance in its company's home currency (SQL): the stored column
    (core.models.Invoice.home_balance), which ix_invoices_aging covers."""
    column: ColumnElement[Any] = Invoice.__table__.c.home_balance  # type: ignore[attr-defined]
    return column


def _days_since(today: dict[str, date], days: int) -> ColumnElement[bool]:
    """Due at least `days` days ago, each company counting in its own today."""
    return or_(
        *(
            and_(col(Invoice.realm_id) == realm, col(Invoice.due_date) <= day - timedelta(days))
            for realm, day in today.items()
        )
    )


def _overdue(today: dict[str, date]) -> ColumnElement[bool]:
    return and_(col(Invoice.balance) > 0, col(Invoice.due_date).is_not(None), _days_since(today, 1))


def _bucket_label(today: dict[str, date]) -> ColumnElement[Any]:
    return case(
        (~_days_since(today, 31), AgingBucket.DAYS_1_30.value),
        (~_days_since(today, 61), AgingBucket.DAYS_31_60.value),
        (~_days_since(today, 91), AgingBucket.DAYS_61_90.value),
        else_=AgingBucket.DAYS_90_PLUS.value,
    )


def _in_bucket(today: dict[str, date], bucket: AgingBucket) -> ColumnElement[bool]:
    first, last = BUCKET_DAYS[bucket]
    within = _days_since(today, first)
    return within if last is None else and_(within, ~_days_since(today, last + 1))


def _scope(query: Any, flt: OverdueFilter) -> Any:
    """Join the customer and apply the customer and company filters."""
    query = query.join(
        Customer,
        and_(
            col(Customer.realm_id) == col(Invoice.realm_id),
            col(Customer.qbo_id) == col(Invoice.customer_qbo_id),
        ),
        isouter=True,
    )
    if flt.realm_id is not None:
        query = query.where(col(Invoice.realm_id) == flt.realm_id)
    if flt.customer:
        needle = flt.customer.lower()
        query = query.where(
            func.lower(col(Customer.display_name)).contains(needle, autoescape=True)
        )
    return query


def _today(session: Session, now: datetime, flt: OverdueFilter
           ) -> tuple[list[Company], dict[str, date]]:  # fmt: skip
    """Every company, and today's date in each one the filter covers."""
    every = companies(session)
    scoped = [c for c in every if flt.realm_id is None or c.realm_id == flt.realm_id]
    return every, {c.realm_id: company_today(now, c.timezone) for c in scoped}


def _totals(
    session: Session, every: Sequence[Company], today: dict[str, date], flt: OverdueFilter
) -> tuple[BucketTotal, ...]:
    by_realm = {c.realm_id: c for c in every}
    amount, overdue = home_amount(), _overdue(today)
    label = _bucket_label(today)
    totals_q = _scope(
        sa_select(col(Invoice.realm_id), label, func.sum(amount), func.count()), flt
    ).where(overdue)
    sums: dict[tuple[AgingBucket, str], tuple[Decimal, int]] = {}
    for realm, bucket, total, count in session.execute(
        totals_q.group_by(col(Invoice.realm_id), label)
    ):
        key = (AgingBucket(bucket), by_realm[realm].home_currency)
        was = sums.get(key, (Decimal(0), 0))
        sums[key] = (was[0] + Decimal(total or 0), was[1] + int(count))
    return tuple(
        BucketTotal(bucket, currency, *sums[(bucket, currency)])
        for bucket in AgingBucket
        for currency in sorted({cur for _b, cur in sums})
        if (bucket, currency) in sums
    )


def overdue_totals(
    session: Session, now: datetime, flt: OverdueFilter = OverdueFilter()
) -> tuple[BucketTotal, ...]:
    """Only the totals by aging bucket (the App Home's summary): one aggregate query."""
    every, today = _today(session, now, flt)
    return _totals(session, every, today, flt) if today else ()


def overdue_report(
    session: Session,
    now: datetime,
    approvers: Approvers,
    flt: OverdueFilter = OverdueFilter(),
    offset: int = 0,
    page_size: int = PAGE_SIZE,
) -> OverdueReport:
    """Totals by aging bucket and one page of customers ordered by overdue amount."""
    every, today = _today(session, now, flt)
    by_realm = {c.realm_id: c for c in every}
    if not today:
        return OverdueReport(flt, tuple(every), (), (), offset, 0, {})
    totals = _totals(session, every, today, flt)
    amount, overdue = home_amount(), _overdue(today)
    rows_where = overdue if flt.bucket is None else and_(overdue, _in_bucket(today, flt.bucket))
    group = (col(Invoice.realm_id), col(Invoice.customer_qbo_id))
    total_sum = func.sum(amount)
    rows_q = (
        _scope(
            sa_select(
                *group,
                func.max(col(Customer.display_name)),
                func.count(),
                total_sum,
                func.min(col(Invoice.due_date)),
                # how many customers in all, in the same pass (counted after grouping,
                # before the page's LIMIT): a separate count aggregated every invoice again
                func.count().over(),
            ),
            flt,
        )
        .where(rows_where)
        .group_by(*group)
    )
    page = session.execute(
        rows_q.order_by(total_sum.desc(), *group).offset(offset).limit(page_size)
    ).all()
    if page:
        counted = int(page[0][-1])
    else:  # past the last page (or none asked for): the count has no row to ride on
        counted = session.execute(
            sa_select(func.count()).select_from(rows_q.subquery())
        ).scalar_one()
    rows = [
        CustomerRow(
            company=by_realm[realm],
            customer_id=str(customer),
            customer_name=str(name or f"Customer {customer}"),
            invoices=int(count),
            overdue=Decimal(total or 0),
            oldest_days=(today[realm] - _as_date(oldest)).days,
        )
        for realm, customer, name, count, total, oldest, _customers in page
    ]
    rows = _with_situations(session, rows, today, rows_where, approvers)
    return OverdueReport(flt, tuple(every), totals, tuple(rows), offset, int(counted), dict(today))


def _as_date(value: Any) -> date:
    # func.min keeps the column's type on PostgreSQL; SQLite may hand back the ISO text
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# -- what is happening on each row ----------------------------------------------------------

_OPEN = (ApprovalState.PROPOSED.value,)
_SENT = (
    ApprovalState.APPROVED.value,
    ApprovalState.EDITED.value,
    ApprovalState.SENDING.value,
    ApprovalState.DONE.value,
)
_ROLE_ORDER = (Role.COLLECTOR, Role.FINANCE_LEAD, Role.ADMIN)
_ROLE_WORDS = {
    Role.COLLECTOR: "a collector",
    Role.FINANCE_LEAD: "a finance lead",
    Role.ADMIN: "an admin",
}


def _with_situations(
    session: Session,
    rows: list[CustomerRow],
    today: dict[str, date],
    where: ColumnElement[bool],
    approvers: Approvers,
) -> list[CustomerRow]:
    if not rows:
        return rows
    keys = [(r.company.realm_id, r.customer_id) for r in rows]
    invoices = session.execute(
        sa_select(col(Invoice.realm_id), col(Invoice.customer_qbo_id), col(Invoice.qbo_id)).where(
            where, tuple_(col(Invoice.realm_id), col(Invoice.customer_qbo_id)).in_(keys)
        )
    ).all()
    owner = {(realm, inv): (realm, cust) for realm, cust, inv in invoices}
    actions: dict[tuple[str, str], list[ProposedAction]] = defaultdict(list)
    if owner:
        found = session.execute(
            sa_select(ProposedAction)
            .where(
                tuple_(col(ProposedAction.realm_id), col(ProposedAction.invoice_qbo_id)).in_(
                    list(owner)
                )
            )
            .order_by(col(ProposedAction.id).desc())
        ).scalars()
        for action in found:
            actions[owner[(action.realm_id, action.invoice_qbo_id)]].append(action)
    promised = promises(session, owner, today)
    return [
        replace(
            r,
            situation=situation(
                actions.get((r.company.realm_id, r.customer_id), []),
                promised.get((r.company.realm_id, r.customer_id)),
                approvers,
            ),
        )
        for r in rows
    ]


def promises(
    session: Session, owner: dict[tuple[str, str], tuple[str, str]], today: dict[str, date]
) -> dict[tuple[str, str], date]:
    """The latest open promise to pay still ahead, per customer (core.services.promises)."""
    return promised_ahead(session, owner, today)


def approver_needed(amount: Decimal, approvers: Approvers) -> str:
    """Who can decide on `amount`: the lowest role whose limit covers it."""
    for role in _ROLE_ORDER:
        if approvers.limits.get(role, Decimal(0)) >= amount:
            return _ROLE_WORDS[role]
    return "nobody on the approvers list (over every limit)"


def situation(
    actions: Sequence[ProposedAction], promise: date | None, approvers: Approvers
) -> Situation:
    """The one thing a finance lead most needs to know, most pressing first: a dispute, an
    escalation, a promise to pay, a payment plan or reminder awaiting approval (and whom it
    is assigned to), a case snoozed until a date, the last send."""
    live = [a for a in actions if a.state in _OPEN]
    disputes = [
        a
        for a in live
        if a.outcome == Outcome.LIKELY_DISPUTE.value or a.hard_stop == HardStop.OPEN_DISPUTE.value
    ]
    if disputes:
        return _said("Dispute: a person must look", disputes[0], len(disputes))
    escalated = [a for a in live if a.route == Route.ESCALATE_TO_HUMAN.value]
    if escalated:
        first = escalated[0]
        why = HARD_STOP_LABELS[HardStop(first.hard_stop)] if first.hard_stop else "high touch"
        return _said(f"Escalated ({why.lower()}): needs a person", first, len(escalated))
    if promise is not None:
        return Situation(f"Promised to pay by {promise.isoformat()}")
    waiting = [a for a in live if a.route == Route.DRAFT_FOR_APPROVAL.value]
    plans = [a for a in waiting if a.outcome == Outcome.PAYMENT_PLAN_CANDIDATE.value]
    if plans:
        who = approver_needed(plans[0].home_amount, approvers)
        return _said(f"Payment plan draft waiting on {who}", plans[0], len(plans))
    if waiting:
        who = approver_needed(max(a.home_amount for a in waiting), approvers)
        return _said(f"Reminder waiting on {who}", waiting[0], len(waiting))
    snoozed = [
        a for a in actions if a.state == ApprovalState.SNOOZED.value and a.snoozed_until
    ]
    if snoozed:
        first = snoozed[0]
        assert first.snoozed_until is not None
        return Situation(
            f"Snoozed until {first.snoozed_until.isoformat()}: back in the queue that day",
            _card(first),
            snoozed_by=first.decided_by,
        )
    sent = [a for a in actions if a.state in _SENT]
    if sent:
        last = sent[0]
        when = last.decided_at.date().isoformat() if last.decided_at else "recently"
        return Situation(f"Reminder approved {when}; no newer case", _card(last))
    rejected = [a for a in actions if a.state == ApprovalState.REJECTED.value]
    if rejected:
        return Situation("Last draft was rejected; nothing pending", _card(rejected[0]))
    return Situation("Nothing yet: no card or promise on record")


def _said(text: str, action: ProposedAction, count: int) -> Situation:
    since = action.created_at.date().isoformat()
    more = f" (+{count - 1} more)" if count > 1 else ""
    return Situation(f"{text} since {since}{more}", _card(action), assignee=action.assignee)


def _card(action: ProposedAction) -> CardRef | None:
    if action.slack_channel and action.slack_ts:
        return CardRef(action.slack_channel, action.slack_ts)
    return None


def record_share(
    session: Session, now: datetime, user_id: str, channel: str, flt: OverdueFilter, offset: int
) -> None:
    """Audit that `user_id` posted a page of the overdue answer to `channel`."""
    audit.append(
        session,
        at=now,
        kind="overdue.shared",
        actor=user_id,
        subject=f"channel:{channel}",
        realm_id=flt.realm_id,
        data={
            "customer": flt.customer,
            "bucket": flt.bucket.value if flt.bucket else None,
            "offset": offset,
        },
    )

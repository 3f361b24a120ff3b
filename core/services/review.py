"""The weekly review: load a period's decisions from the audit log, compute, post once a week.

Every figure comes from stored rows: the `approval.*` audit rows (who decided what, the reject
reason, the draft and the text sent), the `case.proposed` rows (the draft and its template as
the scan wrote them), `email.sent` rows and the payments pulled from QuickBooks. A posted
review is kept as an audit row (`review.posted`, subject `review:<realm>:<ISO week>`), which is
also why a second run in the same week (a restart, a second scheduler) posts nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from core.adapters.clock import company_today
from core.adapters.qbo.mapping import applied_payments, money
from core.domain.review import (
    ESCALATION_WINDOW,
    CaseRow,
    DecisionRow,
    PaymentLine,
    ReminderRow,
    ReviewFigures,
    ReviewRows,
    WriteOff,
    compute,
    template_of,
)
from core.errors import ConfigurationError
from core.models import AuditEntry, Payment, ProposedAction
from core.ports import Clock, ReviewPoster
from core.services import audit
from core.services.digest import Company, stored_company
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)
POSTED = "review.posted"
DECISION_PREFIX = "approval."
NOT_DECISIONS = frozenset({"approval.refused"})  # a click that changed nothing
PROPOSED = "case.proposed"
SENT = "email.sent"
WEEK = timedelta(days=7)
DAY_END = time(23, 59, 59)


def iso_week(day: date) -> str:
    """'2026-W49': the ISO week `day` falls in (the review's period key)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def posted_subject(realm_id: str, day: date) -> str:
    return f"review:{realm_id}:{iso_week(day)}"


def last_week(today: date) -> tuple[date, date]:
    """The Monday-to-Monday week before the one `today` is in (the Monday review's period)."""
    monday = today - timedelta(days=today.weekday())
    return monday - WEEK, monday


@dataclass(frozen=True)
class Review:
    """A built review: which company, and its figures."""

    company: Company
    figures: ReviewFigures


class ReviewService:
    """Builds the review of a period and posts the weekly one at most once per ISO week."""

    def __init__(
        self, uow: UnitOfWork, clock: Clock, channel: str, poster: ReviewPoster | None = None
    ) -> None:
        self.uow, self.clock, self.channel, self.poster = uow, clock, channel, poster

    def company(self, realm_id: str, timezone: str | None = None,
                home_currency: str | None = None) -> Company:
        return stored_company(self.uow, realm_id, timezone, home_currency)

    def build(self, company: Company, since: date | None = None,
              until: date | None = None) -> Review:
        """The review from `since` (local date) up to now, or to `until` (exclusive);
        without `since`, last week's (Monday to Monday)."""
        now = self.clock.now()
        today = company_today(now, company.timezone)
        if since is None:
            since, until = last_week(today)
        zone = ZoneInfo(company.timezone)
        start = datetime.combine(since, time(0), zone).astimezone(UTC)
        end = now if until is None else datetime.combine(until, time(0), zone).astimezone(UTC)
        with self.uow.session() as session:
            rows = _rows(session, company, since, until or today + timedelta(days=1), start, end)
        return Review(company, compute(rows))

    def already_posted(self, company: Company) -> bool:
        subject = posted_subject(company.realm_id,
                                 company_today(self.clock.now(), company.timezone))
        with self.uow.session() as session:
            return _posted(session, subject) is not None

    def post(self, company: Company) -> Review | None:
        """Post last week's review unless this week's was posted already; the review when
        this call posted it, else None."""
        if self.poster is None:
            raise ConfigurationError("posting the review needs Slack: set SLACK_BOT_TOKEN")
        today = company_today(self.clock.now(), company.timezone)
        if self.already_posted(company):
            log.info("review %s already posted", posted_subject(company.realm_id, today))
            return None
        review = self.build(company)
        ts = self.poster.post_review(self.channel, review.figures, company.name)
        with self.uow.session() as session:
            audit.append(session, at=self.clock.now(), kind=POSTED, actor="qbot",
                         subject=posted_subject(company.realm_id, today),
                         realm_id=company.realm_id,
                         data={"channel": self.channel, "ts": ts,
                               "figures": review.figures.to_json()})
        return review


def _posted(session: Session, subject: str) -> AuditEntry | None:
    return session.exec(
        select(AuditEntry).where(AuditEntry.kind == POSTED, AuditEntry.subject == subject)
    ).first()


def _action_id(subject: str) -> int | None:
    kind, _, number = subject.partition(":")
    return int(number) if kind == "action" and number.isdigit() else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _rows(session: Session, company: Company, since: date, until: date, start: datetime,
          end: datetime) -> ReviewRows:
    realm, zone = company.realm_id, ZoneInfo(company.timezone)
    entries = session.exec(
        select(AuditEntry)
        .where(AuditEntry.realm_id == realm,
               col(AuditEntry.kind).startswith(DECISION_PREFIX),
               col(AuditEntry.kind).not_in(list(NOT_DECISIONS)),
               col(AuditEntry.at) >= start, col(AuditEntry.at) < end)
        .order_by(col(AuditEntry.id))
    ).all()
    decided = {n for e in entries if (n := _action_id(e.subject)) is not None}
    proposed = _proposed(session, realm, decided)
    cases = _cases(session, realm, decided, start - ESCALATION_WINDOW, end, proposed)
    return ReviewRows(
        since=since,
        until=until,
        start=start,
        end=end,
        home_currency=company.home_currency,
        cases=cases,
        decisions=[d for e in entries if (d := _decision(e, proposed)) is not None],
        reminders=_reminders(session, realm, start, end, company.timezone),
        payments=_payments(session, realm, cash=True),
        # dated by its day only: taken as the end of that day, after any case drafted then
        write_offs=[WriteOff(p.invoice_id, datetime.combine(p.paid_on, DAY_END, zone))
                    for p in _payments(session, realm, cash=False)],
    )


def _proposed(session: Session, realm: str, ids: set[int]) -> dict[int, dict[str, Any]]:
    """The `case.proposed` audit row's data of each action: the draft as qbot wrote it."""
    if not ids:
        return {}
    found: dict[int, dict[str, Any]] = {}
    for entry in session.exec(
        select(AuditEntry).where(AuditEntry.realm_id == realm, AuditEntry.kind == PROPOSED,
                                 col(AuditEntry.subject).in_([f"action:{n}" for n in ids]))
    ):
        n = _action_id(entry.subject)
        if n is not None:
            found[n] = entry.data
    return found


def _cases(session: Session, realm: str, decided: set[int], since: datetime, end: datetime,
           proposed: dict[int, dict[str, Any]]) -> list[CaseRow]:
    """The cases decided in the period, and every case created in the 30 days before it
    (a routine draft then may have turned into an escalation since)."""
    window = (col(ProposedAction.created_at) >= since) & (col(ProposedAction.created_at) < end)
    where = window | col(ProposedAction.id).in_(list(decided)) if decided else window
    rows = []
    for a in session.exec(
        select(ProposedAction).where(ProposedAction.realm_id == realm, where)
        .order_by(col(ProposedAction.id))
    ):
        assert a.id is not None
        template = _text((proposed.get(a.id) or {}).get("template"))
        rows.append(CaseRow(a.id, a.invoice_qbo_id, a.customer_name, a.doc_number, a.route,
                            a.outcome, a.hard_stop, template or template_of(a.outcome, a.route),
                            a.created_at))
    return rows


def _decision(entry: AuditEntry, proposed: dict[int, dict[str, Any]]) -> DecisionRow | None:
    n = _action_id(entry.subject)
    if n is None:
        return None
    data = entry.data
    state = entry.kind.removeprefix(DECISION_PREFIX)
    draft, sent = _text(data.get("draft_text")), _text(data.get("sent_text"))
    if state == "edited" and (draft is None or sent is None):
        # Rows from before the edit modal recorded both texts: the draft is in the case's
        # `case.proposed` row, the text approved in this row's `draft`.
        drafted = ((proposed.get(n) or {}).get("decision") or {}).get("draft") or {}
        draft = draft if draft is not None else _text(drafted.get("body"))
        sent = sent if sent is not None else _text((data.get("draft") or {}).get("body"))
    return DecisionRow(n, state, entry.at, entry.actor, _text(data.get("reason_code")),
                       _text(data.get("reason_text")), draft, sent)


def _reminders(session: Session, realm: str, start: datetime, end: datetime,
               timezone: str) -> list[ReminderRow]:
    return [
        ReminderRow(n, str(e.data.get("invoice", "")), e.at, company_today(e.at, timezone))
        for e in session.exec(
            select(AuditEntry).where(AuditEntry.realm_id == realm, AuditEntry.kind == SENT,
                                     col(AuditEntry.at) >= start, col(AuditEntry.at) < end)
            .order_by(col(AuditEntry.id))
        )
        if (n := _action_id(e.subject)) is not None
    ]


def _payments(session: Session, realm: str, *, cash: bool) -> list[PaymentLine]:
    """Invoice lines of payments in home currency: with money received (`cash`), or without
    any (a credit memo or discount applied: the invoice closed unpaid, a write-off)."""
    out: list[PaymentLine] = []
    for payment in session.exec(
        select(Payment).where(Payment.realm_id == realm, col(Payment.deleted).is_(False))
    ):
        raw = payment.raw
        try:
            paid_on = date.fromisoformat(str(raw.get("TxnDate")))
        except ValueError:
            continue
        if (money(raw.get("TotalAmt") or 0) > 0) != cash:
            continue
        rate = money(raw.get("ExchangeRate") or 1)
        out.extend(PaymentLine(invoice_id, paid_on, (amount * rate).quantize(Decimal("0.01")))
                   for invoice_id, amount in applied_payments(raw))
    return out

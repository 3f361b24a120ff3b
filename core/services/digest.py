"""The nightly digest: load the rows, compute the figures, draw the chart, post once a day.

Each posted digest's figures are kept as an audit row (`digest.posted`, subject
`digest:<realm>:<local day>`): that row is both tomorrow's "since yesterday" and the reason a
second run of the same day (a restart, a second scheduler) posts nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, select

from core.adapters.chart import aging_chart_png
from core.adapters.clock import company_today
from core.adapters.qbo.mapping import applied_payments, home_balance, money
from core.domain.approval import ApprovalState
from core.domain.authority import Act, Approvers
from core.domain.digest import (
    BUCKETS,
    Collection,
    DigestFigures,
    DigestRows,
    OpenInvoice,
    Promise,
    WaitingCase,
    compute,
)
from core.errors import ConfigurationError, NotAuthorizedError
from core.models import (
    AuditEntry,
    Customer,
    Invoice,
    Payment,
    ProposedAction,
    QboConnection,
    QboEvent,
    SyncCursor,
)
from core.ports import Clock, DigestPoster
from core.services import audit
from core.services.promises import recorded_promises
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)
POSTED = "digest.posted"
PROMISE_WINDOW = timedelta(days=120)  # judgments older than this say nothing about promises


@dataclass(frozen=True)
class Company:
    """The company a digest is for."""

    realm_id: str
    timezone: str = "America/Los_Angeles"
    home_currency: str = "USD"
    name: str = ""


@dataclass(frozen=True)
class Digest:
    """A built digest: its figures and its chart."""

    company: Company
    figures: DigestFigures
    chart_png: bytes

    @property
    def filename(self) -> str:
        return f"qbot-digest-{self.figures.day.isoformat()}.png"


def stored_company(uow: UnitOfWork, realm_id: str, timezone: str | None = None,
                   home_currency: str | None = None) -> Company:
    """The stored company (timezone, home currency), with the caller's overrides (the
    digest's and the weekly review's)."""
    with uow.session() as session:
        row = session.exec(
            select(QboConnection).where(QboConnection.realm_id == realm_id)
        ).first()
    base = Company(realm_id) if row is None else Company(
        realm_id, row.timezone, row.home_currency, row.company_name
    )
    return Company(realm_id, timezone or base.timezone,
                   home_currency or base.home_currency, base.name)


def posted_subject(realm_id: str, day: date) -> str:
    return f"digest:{realm_id}:{day.isoformat()}"


class DigestService:
    """Builds the digest of one company and posts it at most once per local day."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        approvers: Approvers,
        channel: str,
        poster: DigestPoster | None = None,
    ) -> None:
        self.uow, self.clock, self.approvers = uow, clock, approvers
        self.channel, self.poster = channel, poster

    def company(self, realm_id: str, timezone: str | None = None,
                home_currency: str | None = None) -> Company:
        """The stored company (timezone, home currency), with the caller's overrides."""
        return stored_company(self.uow, realm_id, timezone, home_currency)

    def build(self, company: Company) -> Digest:
        """The digest of today (the company's local date) as of now."""
        now = self.clock.now()
        day = company_today(now, company.timezone)
        with self.uow.session() as session:
            rows = self._rows(session, company, now, day)
        figures = compute(rows)
        title = f"Overdue by age, {day.isoformat()}" + (f" · {company.name}" if company.name
                                                          else "")
        chart = aging_chart_png(figures.aging_by_customer, company.home_currency, title)
        return Digest(company, figures, chart)

    def post(self, company: Company) -> Digest | None:
        """Post today's digest unless it was posted already; the digest when this call
        posted it, else None."""
        if self.poster is None:
            raise ConfigurationError("posting the digest needs Slack: set SLACK_BOT_TOKEN")
        subject = posted_subject(company.realm_id,
                                 company_today(self.clock.now(), company.timezone))
        with self.uow.session() as session:
            if _posted(session, subject) is not None:
                log.info("digest %s already posted", subject)
                return None
        digest = self.build(company)
        ts = self.poster.post_digest(self.channel, digest.figures, digest.chart_png,
                                     digest.filename)
        with self.uow.session() as session:
            audit.append(session, at=self.clock.now(), kind=POSTED, actor="qbot",
                         subject=posted_subject(company.realm_id, digest.figures.day),
                         realm_id=company.realm_id,
                         data={"channel": self.channel, "ts": ts,
                               "figures": digest.figures.to_json()})
        return digest

    def _rows(self, session: Session, company: Company, now: datetime, day: date) -> DigestRows:
        realm = company.realm_id
        start = datetime.combine(day, time(0), ZoneInfo(company.timezone)).astimezone(UTC)
        invoices = session.exec(select(Invoice).where(Invoice.realm_id == realm)).all()
        names = dict(session.exec(
            select(Customer.qbo_id, Customer.display_name).where(Customer.realm_id == realm)
        ).all())
        issued = {inv.qbo_id: _day(inv.raw.get("TxnDate")) for inv in invoices}
        open_invoices = [
            OpenInvoice(inv.qbo_id, inv.customer_qbo_id,
                        names.get(inv.customer_qbo_id, inv.customer_qbo_id), inv.doc_number,
                        issued[inv.qbo_id], inv.due_date, _home_balance(inv))
            for inv in invoices
            if inv.balance > 0
        ]
        new_cases = session.exec(
            select(func.count()).select_from(ProposedAction).where(
                ProposedAction.realm_id == realm,
                col(ProposedAction.created_at) >= start,
                col(ProposedAction.created_at) < start + timedelta(days=1),
            )
        ).one()
        waiting = [
            WaitingCase(a.id or 0, a.customer_name, a.doc_number, a.home_amount, a.created_at,
                        self._approvers_for(a.home_amount))
            for a in session.exec(select(ProposedAction).where(
                ProposedAction.realm_id == realm,
                ProposedAction.state == ApprovalState.PROPOSED.value,
            ))
        ]
        return DigestRows(
            day=day,
            now=now,
            home_currency=company.home_currency,
            open_invoices=open_invoices,
            collections=_collections(session, realm, issued),
            new_cases=int(new_cases),
            waiting=waiting,
            promises=_promises(session, realm, now),
            sync_health=sync_health(session, realm),
            yesterday_overdue=_yesterday(session, realm, day),
        )

    def _approvers_for(self, amount: Decimal) -> tuple[str, ...]:
        """Who on the approvers list may decide a case of `amount` (home currency)."""
        allowed = []
        for user_id in sorted(self.approvers.users):
            try:
                self.approvers.permit(Act.APPROVE, user_id, amount=amount)
            except NotAuthorizedError:
                continue
            allowed.append(user_id)
        return tuple(allowed)


def _posted(session: Session, subject: str) -> AuditEntry | None:
    return session.exec(
        select(AuditEntry).where(AuditEntry.kind == POSTED, AuditEntry.subject == subject)
    ).first()


def _yesterday(session: Session, realm: str, day: date) -> dict[str, Decimal] | None:
    entry = _posted(session, posted_subject(realm, day - timedelta(days=1)))
    if entry is None:
        return None
    overdue = (entry.data.get("figures") or {}).get("overdue") or {}
    return {b: Decimal(str(overdue.get(b, "0"))) for b in BUCKETS}


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _home_balance(inv: Invoice) -> Decimal:
    # The stored balance is authoritative; the raw JSON carries the exchange rate.
    return home_balance(inv.raw, inv.balance)


def _collections(session: Session, realm: str, issued: dict[str, date | None]) -> list[Collection]:
    """Every payment line applied to an invoice, in home currency, with the invoice's date."""
    out = []
    for payment in session.exec(select(Payment).where(Payment.realm_id == realm)):
        paid_on = _day(payment.raw.get("TxnDate"))
        if paid_on is None:
            continue
        rate = money(payment.raw.get("ExchangeRate") or 1)
        for invoice_id, amount in applied_payments(payment.raw):
            out.append(Collection(payment.customer_qbo_id, paid_on,
                                  (amount * rate).quantize(Decimal("0.01")),
                                  issued.get(invoice_id)))
    return out


def _promises(session: Session, realm: str, now: datetime) -> list[Promise]:
    """Promises to pay as recorded (core.services.promises), oldest first."""
    return [Promise(invoice, day) for invoice, day in
            recorded_promises(session, realm, now - PROMISE_WINDOW)]


def sync_health(session: Session, realm: str) -> str:
    """One line: the last change pull, the webhook events that failed."""
    last = session.exec(
        select(func.max(SyncCursor.updated_at)).where(SyncCursor.realm_id == realm)
    ).one()
    failed = int(session.exec(
        select(func.count()).select_from(QboEvent).where(
            QboEvent.realm_id == realm, QboEvent.status == "failed"
        )
    ).one())
    connected = session.exec(
        select(QboConnection.id).where(QboConnection.realm_id == realm)
    ).first()
    if last is None and connected is None and failed == 0:
        return "sync not configured"
    pulled = "never pulled" if last is None else (
        f"last pull {_utc(last).strftime('%Y-%m-%d %H:%M')} UTC")
    return f"{pulled}; {failed} failed event(s)" if failed else f"{pulled}; no failures"


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)

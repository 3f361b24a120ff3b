"""What a collector sees about one case: the plain values a Slack card is drawn from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from core.domain.approval import ApprovalState
from core.domain.case_picture import CardInvoice, CasePicture
from core.domain.decision import HardStop, Outcome, Route


@dataclass(frozen=True)
class SendTrouble:
    """Why an approved reminder has not reached the customer yet, and what qbot does next."""

    error: str  # the last failure, as the mail adapter worded it (never a secret)
    retry_at: datetime | None = None  # when qbot tries again; None: it stopped, a person decides
    in_doubt_effect: int | None = None  # set when nobody can tell whether it went out


@dataclass(frozen=True)
class CaseView:
    """One proposed action on one invoice, in every state a card can show."""

    action_id: int
    version: int
    realm_id: str
    invoice_id: str
    doc_number: str
    customer_name: str
    balance: Decimal
    currency: str
    due_date: date | None
    days_past_due: int
    stage: int | None
    route: Route
    outcome: Outcome
    hard_stop: HardStop | None
    reasons: tuple[str, ...]
    summary: str
    draft_subject: str | None
    draft_body: str | None
    state: ApprovalState
    send_to: str | None = None
    home_amount: Decimal | None = None  # what approval limits are checked against
    decided_by: str | None = None  # Slack user id of the approver / rejecter
    decided_at: datetime | None = None
    reject_reason: str | None = None
    status_note: str | None = None  # e.g. "Invoice was paid since the card was posted"
    company_name: str = ""  # the QuickBooks company's name, shown instead of its realm id
    extra: dict[str, str] = field(default_factory=dict)
    trouble: SendTrouble | None = None  # an approved send that failed or is in doubt
    edited: bool = False  # the approver changed the draft's text (the diff goes in the thread)
    # The customer's whole picture (what else is open, disputes, credits, the last reminder).
    picture: CasePicture | None = None
    # A customer card (one_card_per_customer): every invoice its one email covers.
    invoices: tuple[CardInvoice, ...] = ()

    @property
    def is_customer_card(self) -> bool:
        return len(self.invoices) > 1
    assignee: str | None = None  # Slack user id the card is assigned to (Assign / Reassign)
    snoozed_until: date | None = None  # a snoozed case comes back on this company-local date
    # Context sources never read for this company, in words ("no inbox connected"): the card
    # says so, so an unread mailbox is not taken for a customer who raised nothing.
    context_gaps: tuple[str, ...] = ()
    account_owner: str | None = None  # the customer's account owner, as the CRM names them
    judge_fallback: str | None = None  # Claude was asked, the rules decided: why ("timed out")

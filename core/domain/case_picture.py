"""What else is open for the customer of a card: the plain values its "whole picture" is drawn
from (other overdue invoices, disputes and legal holds, promises, credits, the last reminder),
and the invoices one customer card carries when several are reminded in one email."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class CardInvoice:
    """One invoice a card asks to be paid (a customer card carries several)."""

    invoice_id: str
    doc_number: str
    balance: Decimal
    currency: str
    due_date: date | None
    days_past_due: int
    stage: int | None


@dataclass(frozen=True)
class Hold:
    """A dispute or legal hold on one of the customer's invoices: every card of it says so."""

    doc_number: str
    kind: str  # "legal hold" | "open dispute" | "dispute"
    invoice_id: str = ""


@dataclass(frozen=True)
class OtherInvoice:
    """An invoice of the same customer that is open beside the card's own."""

    doc_number: str
    balance: Decimal
    currency: str
    days_past_due: int | None


@dataclass(frozen=True)
class CasePicture:
    """The customer's whole picture as a card shows it."""

    others: tuple[OtherInvoice, ...] = ()  # open beside this card's invoices, oldest due first
    more_others: int = 0  # open invoices not listed (the picture shows a few)
    holds: tuple[Hold, ...] = ()  # on ANY invoice of the customer, this card's included
    promise: date | None = None
    open_credit: Decimal = Decimal(0)  # open CreditMemo balances
    unapplied: Decimal = Decimal(0)  # payments received and not yet applied
    currency: str = "USD"
    last_reminder: tuple[str, int, str] | None = None  # (invoice, stage, sent at)

    def is_empty(self) -> bool:
        return not (
            self.others or self.holds or self.promise or self.open_credit or self.unapplied
            or self.last_reminder
        )

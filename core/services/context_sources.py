"""Which context sources outside QuickBooks a realm's cases were judged with, for the card:
a source never read for the realm is named as missing ("no inbox connected"), so an empty
mailbox is not mistaken for a customer who raised nothing; and the account owner the CRM names.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from core.models import ContextRead, CrmNote, Invoice

MAILBOX, CRM = "mailbox", "crm"
OWNER_PREFIX = "Account owner: "  # the CRM-note row that names the owner (core.services.crm)
MISSING = {MAILBOX: "no inbox connected", CRM: "no CRM connected"}


def mark_read(session: Session, realm: str, source: str, now: datetime) -> None:
    """Record that `source` was read for `realm` just now (in the caller's transaction)."""
    row = session.exec(select(ContextRead).where(
        ContextRead.realm_id == realm, ContextRead.source == source)).first()
    row = row or ContextRead(realm_id=realm, source=source, read_at=now)
    row.read_at = now
    session.add(row)


# The readers take any ORM session: the card's view is built on the session its row came from.
def context_gaps(session: OrmSession, realm: str) -> tuple[str, ...]:
    """The sources never read for `realm`, in words: ("no inbox connected", …)."""
    read = set(session.execute(
        select(ContextRead.source).where(ContextRead.realm_id == realm)).scalars())
    return tuple(words for source, words in MISSING.items() if source not in read)


def owner_of_invoice(session: OrmSession, realm: str, invoice_id: str) -> str | None:
    """The account owner of the invoice's customer, as the CRM last named them."""
    customer = session.execute(select(Invoice.customer_qbo_id).where(
        Invoice.realm_id == realm, Invoice.qbo_id == invoice_id)).scalars().first()
    return account_owner(session, realm, customer) if customer else None


def account_owner(session: OrmSession, realm: str, customer: str) -> str | None:
    """The customer's account owner as the CRM last named them, or None."""
    row = session.execute(select(CrmNote).where(
        CrmNote.realm_id == realm, CrmNote.customer_qbo_id == customer,
        col(CrmNote.source_id).startswith("hubspot:owner:"))).scalars().first()
    return row.text.removeprefix(OWNER_PREFIX) if row is not None else None

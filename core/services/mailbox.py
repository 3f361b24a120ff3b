"""The AR mailbox as case context: read new messages since the folder's cursor, match each to
a customer (address, then domain, then thread) and an invoice (DocNumber, then thread), store
it once (by Message-ID), and ask for a re-triage when a customer answers after a reminder.

Matching, in order:
- the customer's own addresses: PrimaryEmailAddr (comma lists split) and any address a stored
  message of that customer came from;
- the customer's domain, when exactly one customer has it and it is not a free-mail domain
  (two people at gmail.com are not one company);
- the thread: a Message-ID in In-Reply-To/References that is a stored message, or one of our
  own reminders (`<action.<id>.…@qbot>`, the outbox's Message-ID).
A message nothing matches is not stored: the folder holds more than collections mail.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from core.adapters import queue
from core.models import (
    Customer,
    CustomerEmail,
    Invoice,
    MailboxCursor,
    ProposedAction,
    ReminderSent,
)
from core.ports import Clock, Mailbox
from core.services.context_sources import MAILBOX, mark_read
from core.services.mailbox_messages import MailboxMessage, parse
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)

RETRIAGE_CUSTOMER = "retriage_customer"
# Domains anyone can have an address at: never evidence of which company wrote.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "ymail.com", "hotmail.com",
    "hotmail.co.uk", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com", "mac.com",
    "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.de", "gmx.net",
    "web.de", "mail.com", "yandex.com", "yandex.ru", "zoho.com", "fastmail.com", "hey.com",
    "qq.com", "163.com", "126.com", "comcast.net", "verizon.net", "att.net", "orange.fr",
})
_OUR_REMINDER = re.compile(r"<action\.(\d+)\.")


@dataclass
class MailboxReport:
    """What one poll of the mailbox did (`qbot doctor`, logs and tests read it)."""

    mailbox: str
    fetched: int = 0
    stored: int = 0
    already_stored: int = 0
    unmatched: int = 0
    renumbered: bool = False  # UIDVALIDITY changed: the folder was read again from the start
    retriage: list[str] = field(default_factory=list)  # customers whose case is judged again


@dataclass(frozen=True)
class Match:
    customer_id: str
    invoice_id: str | None
    by: str  # address | domain | thread


@dataclass
class _Directory:
    """Who is who in one realm: addresses, domains, document numbers, stored thread ids."""

    addresses: dict[str, str]  # address -> customer
    domains: dict[str, str]  # domain owned by exactly one customer -> customer
    doc_numbers: dict[str, list[tuple[str, str]]]  # customer -> [(DocNumber, invoice id)]


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower()


class MailboxService:
    """Polls one mailbox folder for one realm at a time."""

    def __init__(self, uow: UnitOfWork, clock: Clock, mailbox: Mailbox,
                 own_addresses: Iterable[str]) -> None:
        self.uow, self.clock, self.mailbox = uow, clock, mailbox
        self.own = {a.strip().lower() for a in own_addresses if a and "@" in a}

    def poll(self, realm_id: str) -> MailboxReport:
        """Read what arrived since the cursor, store what matches, advance the cursor."""
        report = MailboxReport(self.mailbox.name)
        with self.uow.session() as session:
            cursor = session.exec(select(MailboxCursor).where(
                MailboxCursor.realm_id == realm_id, MailboxCursor.mailbox == self.mailbox.name
            )).first()
        known_validity = cursor.uidvalidity if cursor else None
        fetched = self.mailbox.fetch_new(known_validity, cursor.last_uid if cursor else 0)
        report.fetched = len(fetched.messages)
        report.renumbered = cursor is not None and fetched.uidvalidity != known_validity
        now = self.clock.now()
        messages = [parse(raw, now) for _uid, raw in fetched.messages]
        with self.uow.session() as session:
            directory = _directory(session, realm_id, self.own)
            for message in messages:
                self._take(session, realm_id, directory, message, report)
            last = max((uid for uid, _raw in fetched.messages), default=0)
            row = session.exec(select(MailboxCursor).where(
                MailboxCursor.realm_id == realm_id, MailboxCursor.mailbox == self.mailbox.name
            )).first()
            if row is None:
                row = MailboxCursor(realm_id=realm_id, mailbox=self.mailbox.name,
                                    uidvalidity=fetched.uidvalidity, last_uid=last,
                                    updated_at=now)
            elif row.uidvalidity != fetched.uidvalidity:
                row.uidvalidity, row.last_uid = fetched.uidvalidity, last
            else:
                row.last_uid = max(row.last_uid, last)
            row.updated_at = now
            session.add(row)
            mark_read(session, realm_id, MAILBOX, now)
            for customer in report.retriage:
                queue.enqueue(session, RETRIAGE_CUSTOMER,
                              {"realm_id": realm_id, "customer_id": customer}, now,
                              dedupe_key=f"retriage:{realm_id}:{customer}:{now.isoformat()}",
                              priority=queue.DEFAULT_PRIORITY)
        log.info("mailbox %s for %s: %s fetched, %s stored, %s unmatched, %s re-triaged",
                 report.mailbox, realm_id, report.fetched, report.stored, report.unmatched,
                 len(report.retriage))
        return report

    def _take(self, session: Session, realm: str, directory: _Directory,
              message: MailboxMessage, report: MailboxReport) -> None:
        exists = session.exec(select(CustomerEmail.id).where(
            CustomerEmail.realm_id == realm, CustomerEmail.message_id == message.message_id
        )).first()
        if exists is not None:
            report.already_stored += 1
            return
        match = self.match(session, realm, directory, message)
        if match is None:
            report.unmatched += 1
            return
        inbound = message.sender not in self.own
        session.add(CustomerEmail(
            realm_id=realm, customer_qbo_id=match.customer_id, invoice_qbo_id=match.invoice_id,
            sender=message.sender[:320], recipient=", ".join(message.recipients)[:320],
            sent_at=message.sent_at.isoformat(), subject=message.subject, body=message.body,
            message_id=message.message_id[:998], thread_id=message.thread_id[:998],
        ))
        session.flush()  # the next message of the same thread finds this one
        report.stored += 1
        if inbound:
            directory.addresses.setdefault(message.sender, match.customer_id)
            if (match.customer_id not in report.retriage
                    and _reminded_before(session, realm, match.customer_id, message.sent_at)):
                report.retriage.append(match.customer_id)

    def match(self, session: Session, realm: str, directory: _Directory,
              message: MailboxMessage) -> Match | None:
        """The customer (and invoice) a message is about, or None."""
        inbound = message.sender not in self.own
        others = [message.sender] if inbound else [
            a for a in message.recipients if a not in self.own]
        thread = _thread_match(session, realm, message.in_reply_to)
        customer, by = None, ""
        for address in others:
            if address in directory.addresses:
                customer, by = directory.addresses[address], "address"
                break
        if customer is None:
            for address in others:
                if (owner := directory.domains.get(domain_of(address))) is not None:
                    customer, by = owner, "domain"
                    break
        if customer is None and thread is not None:
            customer, by = thread.customer_id, "thread"
        if customer is None:
            return None
        invoice = _invoice_named(directory.doc_numbers.get(customer, []), message)
        if invoice is None and thread is not None and thread.customer_id == customer:
            invoice = thread.invoice_id
        return Match(customer, invoice, by)


def _directory(session: Session, realm: str, own: set[str]) -> _Directory:
    addresses: dict[str, str] = {}
    domain_owners: dict[str, set[str]] = defaultdict(set)
    for cust in session.exec(select(Customer).where(
            Customer.realm_id == realm, col(Customer.deleted).is_(False))):
        holder = (cust.raw or {}).get("PrimaryEmailAddr") or {}
        listed = str(holder.get("Address") or "") if isinstance(holder, dict) else ""
        for part in [*listed.split(","), cust.email or ""]:
            address = part.strip().lower()
            if "@" in address and address not in own:
                addresses.setdefault(address, cust.qbo_id)
                domain_owners[domain_of(address)].add(cust.qbo_id)
    for sender, cust_id in session.exec(select(CustomerEmail.sender, CustomerEmail.customer_qbo_id)
                                        .where(CustomerEmail.realm_id == realm)):
        address = sender.strip().lower()
        if "@" in address and address not in own:
            addresses.setdefault(address, cust_id)
    domains = {d: next(iter(ids)) for d, ids in domain_owners.items()
               if len(ids) == 1 and d not in FREE_MAIL}
    docs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc, inv_id, cust_id in session.exec(
            select(Invoice.doc_number, Invoice.qbo_id, Invoice.customer_qbo_id)
            .where(Invoice.realm_id == realm, col(Invoice.deleted).is_(False))):
        if doc:
            docs[cust_id].append((str(doc), inv_id))
    for listed_docs in docs.values():
        listed_docs.sort(key=lambda d: -len(d[0]))  # "10371" before "1037"
    return _Directory(addresses, domains, docs)


def _invoice_named(docs: Sequence[tuple[str, str]], message: MailboxMessage) -> str | None:
    """The customer's invoice whose DocNumber the subject (first) or the body names."""
    for text in (message.subject, message.body):
        for doc, invoice_id in docs:
            if re.search(rf"(?<![\w-]){re.escape(doc)}(?![\w-])", text):
                return invoice_id
    return None


def _thread_match(session: Session, realm: str, earlier: Sequence[str]) -> Match | None:
    """The customer and invoice of the thread: the latest earlier message we know."""
    for message_id in reversed(earlier):
        stored = session.exec(select(CustomerEmail).where(
            CustomerEmail.realm_id == realm, CustomerEmail.message_id == message_id)).first()
        if stored is not None:
            return Match(stored.customer_qbo_id, stored.invoice_qbo_id, "thread")
        if (ours := _OUR_REMINDER.match(message_id)) is not None:
            action = session.get(ProposedAction, int(ours.group(1)))
            if action is not None and action.realm_id == realm:
                customer = session.exec(select(Invoice.customer_qbo_id).where(
                    Invoice.realm_id == realm, Invoice.qbo_id == action.invoice_qbo_id)).first()
                if customer is not None:
                    return Match(customer, action.invoice_qbo_id, "thread")
    return None


def _reminded_before(session: Session, realm: str, customer: str, when: datetime) -> bool:
    """Whether a reminder went to this customer before `when` (a reply to it re-triages)."""
    sent = session.exec(
        select(ReminderSent.sent_at)
        .join(Invoice, (col(Invoice.realm_id) == col(ReminderSent.realm_id))
              & (col(Invoice.qbo_id) == col(ReminderSent.invoice_qbo_id)))
        .where(ReminderSent.realm_id == realm, Invoice.customer_qbo_id == customer)
    ).all()
    for at in sent:
        try:
            moment = datetime.fromisoformat(at)
        except ValueError:
            continue
        if moment.tzinfo is None or moment <= when:
            return True
    return False

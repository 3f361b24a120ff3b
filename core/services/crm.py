"""CRM notes and the account owner as case context: for each customer whose email domain is
its own (not free mail, not shared with another customer), the CRM company with that domain,
its notes and its owner are stored into `crm_notes`, one row per CRM record (`source_id`), so
a note read again updates its row instead of adding one. The judge reads them as CRM notes:
text written by people outside this workflow, untrusted like a customer's words.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from core.models import CrmNote, Customer
from core.ports import Clock, Crm, CrmCompany
from core.services.context_sources import CRM, OWNER_PREFIX, account_owner, mark_read
from core.services.mailbox import FREE_MAIL, domain_of

__all__ = ["CrmReport", "CrmService", "account_owner", "customer_domains"]
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)
OWNER_AUTHOR = "Account owner (HubSpot)"


@dataclass
class CrmReport:
    """What one CRM read did."""

    customers: int = 0  # customers with a domain of their own, looked up
    companies: int = 0  # found in the CRM
    notes_added: int = 0
    notes_updated: int = 0
    owners: dict[str, str] = field(default_factory=dict)  # customer -> owner


def customer_domains(session: Session, realm: str) -> dict[str, str]:
    """customer -> the one email domain that is theirs alone (free mail never counts)."""
    owners: dict[str, set[str]] = defaultdict(set)
    first: dict[str, str] = {}
    for cust in session.exec(select(Customer).where(
            Customer.realm_id == realm, col(Customer.deleted).is_(False))):
        holder = (cust.raw or {}).get("PrimaryEmailAddr") or {}
        listed = str(holder.get("Address") or "") if isinstance(holder, dict) else ""
        for part in [*listed.split(","), cust.email or ""]:
            if "@" in part and (domain := domain_of(part)) not in FREE_MAIL:
                owners[domain].add(cust.qbo_id)
                first.setdefault(cust.qbo_id, domain)
    return {c: d for c, d in first.items() if len(owners[d]) == 1}


class CrmService:
    """Reads the CRM for one realm's customers."""

    def __init__(self, uow: UnitOfWork, clock: Clock, crm: Crm) -> None:
        self.uow, self.clock, self.crm = uow, clock, crm

    def sync(self, realm_id: str) -> CrmReport:
        report = CrmReport()
        with self.uow.session() as session:
            domains = customer_domains(session, realm_id)
        report.customers = len(domains)
        # One batched read for the whole realm: a search per hundred domains, not per customer.
        companies = self.crm.companies_by_domain(sorted(set(domains.values())))
        found: dict[str, CrmCompany] = {
            customer: companies[domain.lower()]
            for customer, domain in sorted(domains.items()) if domain.lower() in companies
        }
        report.companies = len(found)
        with self.uow.session() as session:
            for customer, company in found.items():
                self._store(session, realm_id, customer, company, report)
            mark_read(session, realm_id, CRM, self.clock.now())
        log.info("crm for %s: %s customers, %s companies, %s notes new, %s updated", realm_id,
                 report.customers, report.companies, report.notes_added, report.notes_updated)
        return report

    def _store(self, session: Session, realm: str, customer: str, company: CrmCompany,
               report: CrmReport) -> None:
        rows = [(f"hubspot:note:{n.note_id}", n.author, n.noted_at, n.body)
                for n in company.notes]
        if company.owner:
            report.owners[customer] = company.owner
            rows.append((f"hubspot:owner:{company.company_id}", OWNER_AUTHOR, "",
                         OWNER_PREFIX + company.owner))
        for source_id, author, noted_at, text in rows:
            row = session.exec(select(CrmNote).where(
                CrmNote.realm_id == realm, CrmNote.source_id == source_id)).first()
            if row is None:
                session.add(CrmNote(realm_id=realm, customer_qbo_id=customer,
                                    author=author[:200], noted_at=noted_at[:40], text=text,
                                    source_id=source_id))
                report.notes_added += 1
            elif (row.customer_qbo_id, row.author, row.noted_at, row.text) != (
                    customer, author[:200], noted_at[:40], text):
                row.customer_qbo_id, row.author = customer, author[:200]
                row.noted_at, row.text = noted_at[:40], text
                session.add(row)
                report.notes_updated += 1

"""HubSpot CRM context over real HTTP against the HubSpot simulator (sandbox/hubspot): the
company by domain, its notes (paged), its owner; stored once per CRM record; 429 retried."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.cards.case import case_card_json
from core.adapters.clock import FixedClock
from core.adapters.hubspot import CrmAuthError, HubSpotCrm
from core.adapters.qbo.retry import RetryPolicy
from core.models import CrmNote, Customer
from core.services.crm import CrmService, account_owner
from core.services.queries import to_view
from core.services.uow import UnitOfWork
from sandbox.hubspot.server import HubSpotSimulator
from tests.harness import NOW

REALM = "9130"
TOKEN = "pat-na1-sim-token"


_OPENED: list[HubSpotCrm] = []


@pytest.fixture
def hubspot() -> Iterator[HubSpotSimulator]:
    with HubSpotSimulator(token=TOKEN, page_size=2) as sim:
        yield sim


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    while _OPENED:
        _OPENED.pop().close()


def _crm(sim: HubSpotSimulator, token: str = TOKEN, waits: list[float] | None = None
         ) -> HubSpotCrm:
    sleep = waits.append if waits is not None else (lambda _s: None)
    crm = HubSpotCrm(token, sim.base_url, sleep=sleep,
                     retry=RetryPolicy(attempts=3, base_wait=0.01, max_wait=5.0))
    _OPENED.append(crm)
    return crm


def _customers(uow: UnitOfWork) -> None:
    with uow.session() as session:
        for cid, name, mail in (("1", "Acme Corp", "billing@acme.test"),
                                ("2", "Birch LLC", "pay@birch.test"),
                                ("3", "Carla Diaz", "carla@gmail.com")):
            session.add(Customer(realm_id=REALM, qbo_id=cid, sync_token="0", display_name=name,
                                 email=mail, raw={"PrimaryEmailAddr": {"Address": mail}}))


def _notes(uow: UnitOfWork) -> list[CrmNote]:
    with uow.session() as session:
        return list(session.exec(select(CrmNote).order_by(col(CrmNote.id))).all())


def test_notes_and_owner_of_the_customers_company_are_stored_once(
    engine: Engine, hubspot: HubSpotSimulator
) -> None:
    uow = UnitOfWork(engine)
    _customers(uow)
    ana = hubspot.add_owner("Ana", "Ruiz", "ana@seller.test")
    acme = hubspot.add_company("Acme Corporation", "acme.test", owner_id=ana)
    hubspot.add_company("Someone at gmail", "gmail.com")
    for n, text in enumerate(["<p>Call went well.</p>", "<p>Disputes invoice <b>1037</b>: "
                              "damaged pallets.</p>", "<p>Asked for W-9.</p>"]):
        hubspot.add_note(acme, text, when=f"2026-11-1{n}T10:00:00Z", owner_id=ana)
    service = CrmService(uow, FixedClock(NOW), _crm(hubspot))

    report = service.sync(REALM)

    assert (report.customers, report.companies, report.notes_added) == (2, 1, 4)
    assert report.owners == {"1": "Ana Ruiz <ana@seller.test>"}
    rows = _notes(uow)
    assert [r.text for r in rows if r.source_id and ":note:" in r.source_id] == [
        "Call went well.", "Disputes invoice 1037: damaged pallets.", "Asked for W-9."]
    assert {r.customer_qbo_id for r in rows} == {"1"}
    assert rows[0].author == "Ana Ruiz <ana@seller.test>" and rows[0].noted_at.startswith(
        "2026-11-10")
    with uow.session() as session:
        assert account_owner(session, REALM, "1") == "Ana Ruiz <ana@seller.test>"
    # Paged: 3 note ids at a page size of 2 took a second associations read for Acme alone.
    pages = [c["body"]["inputs"] for c in hubspot.calls
             if c["path"] == "/crm/v4/associations/companies/notes/batch/read"]
    assert pages == [[{"id": acme}], [{"id": acme, "after": "2"}]]
    # One search for both domains; gmail.com is never looked up: free mail is nobody's company.
    searched = [c["body"]["filterGroups"][0]["filters"][0] for c in hubspot.calls
                if c["path"] == "/crm/v3/objects/companies/search"]
    assert searched == [{"propertyName": "domain", "operator": "IN",
                         "values": ["acme.test", "birch.test"]}]

    again = service.sync(REALM)
    assert (again.notes_added, again.notes_updated) == (0, 0) and len(_notes(uow)) == 4


def test_a_429_is_retried_no_sooner_than_retry_after(
    engine: Engine, hubspot: HubSpotSimulator
) -> None:
    hubspot.add_company("Acme", "acme.test")
    hubspot.fail_next(429, times=1, retry_after=2)
    waits: list[float] = []
    company = _crm(hubspot, waits=waits).company_by_domain("acme.test")
    assert company is not None and company.name == "Acme"
    assert len(waits) == 1 and waits[0] >= 2.0
    assert [c["status"] for c in hubspot.calls] == [429, 200, 200]  # search, again, associations


def test_a_scan_of_many_customers_reads_the_crm_in_batches_not_per_customer(
    engine: Engine
) -> None:
    """250 customers, each with its own company, two notes and one of three owners: a few
    calls per hundred customers (it was three per customer, plus one per owner)."""
    uow = UnitOfWork(engine)
    with HubSpotSimulator(token=TOKEN) as sim:
        owners = [sim.add_owner(f"Owner{n}", "Test") for n in range(3)]
        with uow.session() as session:
            for n in range(250):
                mail = f"ap@customer{n:03}.test"
                session.add(Customer(realm_id=REALM, qbo_id=str(n + 1), sync_token="0",
                                     display_name=f"Customer {n}", email=mail,
                                     raw={"PrimaryEmailAddr": {"Address": mail}}))
                if n % 5:  # one customer in five is not in the CRM
                    company = sim.add_company(f"Customer {n} Inc", f"customer{n:03}.test",
                                              owner_id=owners[n % 3])
                    for k in range(2):
                        sim.add_note(company, f"<p>Note {k} on customer {n}</p>",
                                     when=f"2026-11-1{k}T10:00:00Z", owner_id=owners[k])

        report = CrmService(uow, FixedClock(NOW), _crm(sim)).sync(REALM)

        assert (report.customers, report.companies, report.notes_added) == (250, 200, 600)
        paths = [c["path"] for c in sim.calls]
        assert all(c["status"] == 200 for c in sim.calls)
        # 3 searches (100 domains each), 2 association reads (100 companies each), 4 notes
        # reads (100 notes each), 1 owners list: 10 calls for 250 customers.
        assert {p: paths.count(p) for p in dict.fromkeys(paths)} == {
            "/crm/v3/objects/companies/search": 3,
            "/crm/v4/associations/companies/notes/batch/read": 2,
            "/crm/v3/owners": 1,
            "/crm/v3/objects/notes/batch/read": 4,
        }
        with uow.session() as session:
            assert account_owner(session, REALM, "2") == "Owner1 Test <owner1@seller.test>"
            texts = session.exec(select(CrmNote.text).where(
                CrmNote.customer_qbo_id == "2", col(CrmNote.source_id).contains(":note:")
            ).order_by(col(CrmNote.id))).all()
        assert texts == ["Note 0 on customer 1", "Note 1 on customer 1"]


def test_a_wrong_token_is_a_setting_to_fix_and_is_never_told(hubspot: HubSpotSimulator) -> None:
    crm = _crm(hubspot, token="pat-wrong-secret")
    with pytest.raises(CrmAuthError) as caught:
        crm.probe()
    assert "401" in str(caught.value) and "pat-wrong-secret" not in str(caught.value)
    assert "pat-wrong-secret" not in repr(crm)
    assert all(c["status"] == 401 for c in hubspot.calls) and len(hubspot.calls) == 1


def test_a_dispute_only_in_a_crm_note_stops_the_reminder(
    engine: Engine, database_url: str
) -> None:
    from core.models import ProposedAction
    from core.services.ingest import pull_all
    from tests.harness import TODAY, running_loop

    with running_loop(engine, database_url) as loop, HubSpotSimulator(token=TOKEN) as sim:
        realm = loop.company.realm_id
        pull_all(loop.services.uow, loop.qbo)
        loop.services.collections.scan(realm, TODAY, loop.company.home_currency)
        with loop.services.uow.session() as session:
            reminders = session.exec(select(ProposedAction).where(
                ProposedAction.outcome == "routine_reminder",
                col(ProposedAction.send_to).is_not(None))).all()
            domains = {}
            from core.services.crm import customer_domains
            owned = customer_domains(session, realm)
            for action in reminders:
                cust = session.exec(select(Customer).where(
                    Customer.realm_id == realm, Customer.display_name == action.customer_name
                )).one()
                if cust.qbo_id in owned:
                    domains[cust.qbo_id] = (owned[cust.qbo_id], action)
        assert domains, "a sample customer with a reminder has a domain of its own"
        customer, (domain, reminder) = sorted(domains.items())[0]
        company = sim.add_company(reminder.customer_name, domain,
                                  owner_id=sim.add_owner("Ana", "Ruiz"))
        sim.add_note(company, f"<p>Customer disputes invoice {reminder.doc_number}: the "
                     "goods arrived damaged. Do not chase.</p>", when="2026-11-19T16:00:00Z")

        CrmService(loop.services.uow, loop.clock, _crm(sim)).sync(realm)
        loop.services.events.rejudge_customers(realm, [customer])

        with loop.services.uow.session() as session:
            latest = session.exec(select(ProposedAction).where(
                ProposedAction.invoice_qbo_id == reminder.invoice_qbo_id
            ).order_by(col(ProposedAction.id).desc())).first()
            assert latest is not None
            view = to_view(latest)
        assert latest.id != reminder.id
        assert latest.outcome == "likely_dispute" and latest.route == "escalate_to_human"
        # The card names the owner and says the mailbox was never read (the CRM was).
        assert view.account_owner == "Ana Ruiz <ana@seller.test>"
        assert view.context_gaps == ("no inbox connected",)
        text = json.dumps(case_card_json(view), ensure_ascii=False)
        assert "Account owner: Ana Ruiz &lt;ana@seller.test&gt; · no inbox connected" in text

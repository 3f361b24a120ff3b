"""The AR mailbox over a real IMAP server (Twisted's imap4 on loopback): messages appended over
IMAP by the test, fetched by our adapter over the wire, matched, stored once, re-triaged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from core.adapters.clock import FixedClock
from core.adapters.imap import ImapError, ImapMailbox
from core.adapters.queue import list_jobs
from core.models import Customer, CustomerEmail, Invoice, MailboxCursor
from core.services.mailbox import RETRIAGE_CUSTOMER, MailboxService
from core.services.uow import UnitOfWork
from tests.harness import NOW
from tests.imap_server import ImapServer, message

REALM = "9130"
AR = "ar@greenleaf.example"


@pytest.fixture
def server() -> Iterator[ImapServer]:
    with ImapServer(user=AR, password="imap-secret") as srv:
        yield srv


def _mailbox(server: ImapServer, password: str = "imap-secret") -> ImapMailbox:
    return ImapMailbox("127.0.0.1", AR, password, port=server.port, use_ssl=False, timeout=10)


def _customers(uow: UnitOfWork) -> None:
    """Two customers at their own domains, one at gmail, one sharing gmail: invoices 1037/2040."""
    with uow.session() as session:
        for cid, name, mail in (
            ("1", "Acme Corp", "billing@acme.test, jane@acme.test"),
            ("2", "Birch LLC", "pay@birch.test"),
            ("3", "Carla Diaz", "carla.diaz@gmail.com"),
            ("4", "Dan Evans", "dan.evans@gmail.com"),
        ):
            session.add(Customer(realm_id=REALM, qbo_id=cid, sync_token="0", display_name=name,
                                 email=mail.split(",")[0],
                                 raw={"Id": cid, "PrimaryEmailAddr": {"Address": mail}}))
        for iid, cid, doc in (("11", "1", "1037"), ("12", "1", "10371"), ("21", "2", "2040")):
            session.add(Invoice(realm_id=REALM, qbo_id=iid, customer_qbo_id=cid, doc_number=doc,
                                sync_token="0", raw={"Id": iid, "DocNumber": doc}))


def _stored(uow: UnitOfWork) -> dict[str, CustomerEmail]:
    with uow.session() as session:
        rows = session.exec(select(CustomerEmail).order_by(col(CustomerEmail.id))).all()
        return {str(r.message_id): r for r in rows}


def test_messages_are_matched_by_address_domain_and_thread_never_by_free_mail(
    engine: Engine, server: ImapServer
) -> None:
    uow = UnitOfWork(engine)
    _customers(uow)
    day = NOW - timedelta(days=1)
    server.append(message("Jane <Jane@Acme.test>", AR, "Invoice 1037", "Can you resend it?\n",
                          message_id="<a1@acme.test>", date=day))
    server.append(message("Tom <tom@acme.test>", AR, "Payment", "We pay invoice 10371 Friday.\n",
                          message_id="<a2@acme.test>", date=day))
    server.append(message("someone@gmail.com", AR, "Hello", "Who is this?\n",
                          message_id="<g1@gmail.com>", date=day))
    server.append(message(AR, "pay@birch.test", "Invoice 2040 reminder", "Please pay 2040.\n",
                          message_id="<out1@greenleaf.example>", date=day))
    server.append(message("assistant@gmail.com", AR, "Re: Invoice 2040 reminder",
                          "Paid yesterday.\n", message_id="<t1@gmail.com>", date=day,
                          in_reply_to="<out1@greenleaf.example>",
                          references="<out1@greenleaf.example>"))

    report = MailboxService(uow, FixedClock(NOW), _mailbox(server), [AR]).poll(REALM)

    assert (report.fetched, report.stored, report.unmatched) == (5, 4, 1)
    rows = _stored(uow)
    assert (rows["<a1@acme.test>"].customer_qbo_id, rows["<a1@acme.test>"].invoice_qbo_id) == (
        "1", "11")  # by address (case folded), invoice by DocNumber in the subject
    # By domain (acme.test is Acme's alone); "10371" is not read as "1037".
    assert (rows["<a2@acme.test>"].customer_qbo_id, rows["<a2@acme.test>"].invoice_qbo_id) == (
        "1", "12")
    assert "<g1@gmail.com>" not in rows  # gmail.com is two customers' domain and anyone's
    assert rows["<out1@greenleaf.example>"].customer_qbo_id == "2"  # ours: by its recipient
    # An assistant's gmail reply is followed by its thread to Birch and invoice 2040.
    thread = rows["<t1@gmail.com>"]
    assert (thread.customer_qbo_id, thread.invoice_qbo_id) == ("2", "21")
    assert thread.thread_id == "<out1@greenleaf.example>"
    assert thread.sender == "assistant@gmail.com" and thread.body == "Paid yesterday."


def test_the_cursor_reads_only_new_messages_and_a_new_uidvalidity_reads_again_once(
    engine: Engine, server: ImapServer
) -> None:
    uow = UnitOfWork(engine)
    _customers(uow)
    service = MailboxService(uow, FixedClock(NOW), _mailbox(server), [AR])
    server.append(message("jane@acme.test", AR, "1037", "One.\n", message_id="<c1@acme.test>"))
    assert service.poll(REALM).stored == 1
    assert service.poll(REALM).fetched == 0  # nothing new since the stored UID

    server.append(message("jane@acme.test", AR, "1037", "Two.\n", message_id="<c2@acme.test>"))
    second = service.poll(REALM)
    assert (second.fetched, second.stored) == (1, 1)

    server.renumber(uidvalidity=2024)
    again = service.poll(REALM)
    assert again.renumbered and (again.fetched, again.stored, again.already_stored) == (2, 0, 2)
    with uow.session() as session:
        cursor = session.exec(select(MailboxCursor)).one()
    assert (cursor.uidvalidity, cursor.last_uid) == (2024, 2)
    assert len(_stored(uow)) == 2  # one row per Message-ID, however often read


def test_quoted_history_and_signature_are_not_stored_and_html_is_read_as_text(
    engine: Engine, server: ImapServer
) -> None:
    uow = UnitOfWork(engine)
    _customers(uow)
    server.append(message(
        "jane@acme.test", AR, "Re: Invoice 1037",
        "We dispute invoice 1037: the pallets arrived damaged.\n\nThanks,\nJane\n-- \n"
        "Jane Doe | Acme Corp | +1 555 0100\n\nOn Mon, Nov 16, 2026 at 9:00 AM AR <"
        + AR + "> wrote:\n> Invoice 1037 is 30 days overdue.\n> Please pay now.\n",
        message_id="<q1@acme.test>"))
    html_only = message("pay@birch.test", AR, "Invoice 2040", "", message_id="<h1@birch.test>")
    html_only = html_only.replace(b"text/plain", b"text/html").replace(
        b"\r\n\r\n\r\n", b"\r\n\r\n<p>We will pay <b>2040</b> on Friday.</p>"
        b"<blockquote>Old reminder text</blockquote>\r\n")
    server.append(html_only)

    MailboxService(uow, FixedClock(NOW), _mailbox(server), [AR]).poll(REALM)

    rows = _stored(uow)
    assert rows["<q1@acme.test>"].body == "We dispute invoice 1037: the pallets arrived damaged."
    assert rows["<h1@birch.test>"].body == "We will pay 2040 on Friday."
    assert rows["<h1@birch.test>"].invoice_qbo_id == "21"


def test_a_wrong_password_is_told_without_the_password(server: ImapServer) -> None:
    with pytest.raises(ImapError) as caught:
        _mailbox(server, password="wrong-secret-value").probe()
    assert "refused" in str(caught.value) and "wrong-secret-value" not in str(caught.value)
    assert "imap-secret" not in repr(_mailbox(server))


def test_a_reply_after_a_reminder_enqueues_the_customers_retriage(
    engine: Engine, server: ImapServer
) -> None:
    from core.models import ReminderSent

    uow = UnitOfWork(engine)
    _customers(uow)
    with uow.session() as session:
        session.add(ReminderSent(realm_id=REALM, invoice_qbo_id="21", stage=1,
                                 sent_at=(NOW - timedelta(days=3)).isoformat()))
    server.append(message("pay@birch.test", AR, "Re: 2040", "Paid.\n",
                          message_id="<r1@birch.test>", date=NOW - timedelta(hours=1)))
    server.append(message("jane@acme.test", AR, "1037", "Hi.\n", message_id="<r2@acme.test>",
                          date=NOW - timedelta(hours=1)))  # Acme had no reminder

    report = MailboxService(uow, FixedClock(NOW), _mailbox(server), [AR]).poll(REALM)

    assert report.retriage == ["2"]
    with uow.session() as session:
        jobs = [j for j in list_jobs(session, None, 50) if j.kind == RETRIAGE_CUSTOMER]
    assert [(j.payload["realm_id"], j.payload["customer_id"]) for j in jobs] == [(REALM, "2")]


def test_the_mailbox_poll_is_scheduled_only_where_a_mailbox_is_configured() -> None:
    from core.jobs import MAILBOX_POLL
    from core.scheduler import schedule

    assert MAILBOX_POLL not in {s.kind for s in schedule()}
    polls = [s for s in schedule(mailbox=True) if s.kind == MAILBOX_POLL]
    assert [(s.id, s.every) for s in polls] == [("mailbox-poll", timedelta(minutes=5))]


def test_services_build_the_mailbox_from_the_imap_settings(
    engine: Engine, database_url: str, server: ImapServer
) -> None:
    from core.bootstrap import build_services
    from tests.harness import settings_for

    bare = build_services(settings_for(database_url), engine=engine)
    assert bare.mailbox is None
    services = build_services(settings_for(
        database_url, QBOT_IMAP_HOST="127.0.0.1", QBOT_IMAP_PORT=server.port, QBOT_IMAP_USER=AR,
        QBOT_IMAP_PASSWORD="imap-secret", QBOT_IMAP_SSL=False), engine=engine)
    assert services.mailbox is not None and services.mailbox.mailbox.probe() == 0


def test_a_thread_read_over_imap_reaches_the_judge_newest_first_without_its_quotes(
    engine: Engine, server: ImapServer
) -> None:
    from core.adapters.llm import build_prompt
    from core.domain.case import CaseBundle
    from core.services.scan_context import build_case

    uow = UnitOfWork(engine)
    _customers(uow)
    west = timezone(timedelta(hours=-8))
    start = NOW.astimezone(west) - timedelta(days=4)
    quote = "\n\nOn Mon, Nov 16, 2026 at 9:00 AM AR <" + AR + "> wrote:\n> Earlier words.\n"
    thread = [  # (Message-ID, from, to, body, sent): our reminder and three replies
        ("<r1@greenleaf.example>", AR, "billing@acme.test", "Invoice 1037 is overdue.\n",
         start),
        ("<r2@acme.test>", "jane@acme.test", AR, "Which delivery is this for?" + quote,
         start + timedelta(days=1)),
        ("<r3@greenleaf.example>", AR, "jane@acme.test", "The pallets of 3 November." + quote,
         start + timedelta(days=2)),
        # Sent at 17:00 UTC from -08:00 and read back with that offset; the one before it
        # says 16:30 +00:00 (earlier, though its text sorts later). Appended out of order.
        ("<r5@acme.test>", "jane@acme.test", AR, "We dispute 1037: they arrived damaged."
         + quote, datetime_at(start + timedelta(days=3), 9, 0, west)),
        ("<r4@acme.test>", "tom@acme.test", AR, "Checking with the warehouse." + quote,
         datetime_at(start + timedelta(days=3), 16, 30, UTC)),
    ]
    previous: list[str] = []
    for mid, sender, to, body, sent in thread:
        server.append(message(sender, to, "Re: Invoice 1037", body, message_id=mid, date=sent,
                              in_reply_to=previous[-1] if previous else None,
                              references=" ".join(previous) or None))
        previous.append(mid)

    report = MailboxService(uow, FixedClock(NOW), _mailbox(server), [AR]).poll(REALM)

    assert report.stored == 5
    rows = _stored(uow)
    assert {r.thread_id for r in rows.values()} == {"<r1@greenleaf.example>"}
    assert {r.invoice_qbo_id for r in rows.values()} == {"11"}
    with uow.session() as session:
        invoice = session.exec(select(Invoice).where(Invoice.qbo_id == "11")).one()
        bundle = build_case(session, invoice, date(2026, 11, 20), "USD")
    bodies = [e["body"] for e in bundle["emails"]]
    assert bodies == ["We dispute 1037: they arrived damaged.", "Checking with the warehouse.",
                      "The pallets of 3 November.", "Which delivery is this for?",
                      "Invoice 1037 is overdue."]
    assert not any("Earlier words" in b or "wrote:" in b for b in bodies)
    # The judge reads by date whatever the order; Claude's prompt is newest first too.
    case = CaseBundle(bundle)
    assert [m.text for m in case.messages()] == bodies[::-1]
    prompt = build_prompt(case)
    at = [prompt.index(b) for b in bodies]
    assert at == sorted(at)


def datetime_at(day: datetime, hour: int, minute: int, zone: tzinfo) -> datetime:
    """The wall-clock `hour:minute` of `day`'s date in `zone`."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)

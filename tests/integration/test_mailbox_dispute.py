"""End to end: a dispute that exists only in the AR mailbox stops the reminder. The sample
company is pulled from the QuickBooks simulator and judged with no mailbox context; a reminder
went out; the customer's reply disputing it arrives over IMAP; the poll re-triages at once."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import col, select

from core.adapters.imap import ImapMailbox
from core.jobs import MAILBOX_POLL
from core.jobs import handlers as job_handlers
from core.models import Customer, ProposedAction, ReminderSent
from core.services.ingest import pull_all
from core.services.mailbox import MailboxService
from core.services.queries import to_view
from core.worker import Worker
from tests.harness import NOW, TODAY, running_loop
from tests.imap_server import ImapServer, message

AR = "ar@greenleaf.example"


def test_a_dispute_only_in_the_mailbox_stops_the_reminder(
    engine: Engine, database_url: str
) -> None:
    with running_loop(engine, database_url) as loop, ImapServer(user=AR) as server:
        realm = loop.company.realm_id
        pull_all(loop.services.uow, loop.qbo)
        loop.services.collections.scan(realm, TODAY, loop.company.home_currency)
        with loop.services.uow.session() as session:
            reminder = session.exec(
                select(ProposedAction)
                .where(ProposedAction.outcome == "routine_reminder",
                       col(ProposedAction.send_to).is_not(None))
                .order_by(col(ProposedAction.id))
            ).first()
            assert reminder is not None, "the sample company has a routine reminder to draft"
            session.add(ReminderSent(realm_id=realm, invoice_qbo_id=reminder.invoice_qbo_id,
                                     stage=1, sent_at=(NOW - timedelta(days=2)).isoformat()))
            customer = session.exec(select(Customer).where(
                Customer.realm_id == realm, Customer.display_name == reminder.customer_name
            )).one()
        invoice, doc, to = reminder.invoice_qbo_id, reminder.doc_number, str(reminder.send_to)
        server.append(message(
            to, AR, f"Re: Invoice {doc}",
            f"We dispute invoice {doc}: the goods arrived damaged and we will not pay it.\n\n"
            f"On Tue, Nov 17, 2026, AR <{AR}> wrote:\n> Invoice {doc} is overdue.\n",
            message_id="<dispute-1@customer.test>", date=NOW - timedelta(hours=2)))

        loop.services.mailbox = MailboxService(
            loop.services.uow, loop.clock,
            _mailbox(server), [AR])
        table = job_handlers(loop.services)
        table[MAILBOX_POLL]({"realm_id": realm})
        Worker(loop.services.uow, loop.clock, table).run_until_idle()

        with loop.services.uow.session() as session:
            latest = session.exec(
                select(ProposedAction).where(ProposedAction.invoice_qbo_id == invoice)
                .order_by(col(ProposedAction.id).desc())
            ).first()
            assert latest is not None
            # The mailbox was read for this company, the CRM never: the card says which.
            assert to_view(latest).context_gaps == ("no CRM connected",)
            drafted = session.get(ProposedAction, reminder.id)
        assert drafted is not None and drafted.state == "superseded"  # the reminder card is gone
        assert latest is not None and latest.id != reminder.id, (customer.qbo_id, "re-judged")
        assert latest.outcome == "likely_dispute" and latest.route == "escalate_to_human"
        assert latest.draft_body is None or "damaged" not in latest.draft_body


def _mailbox(server: ImapServer) -> ImapMailbox:
    return ImapMailbox("127.0.0.1", AR, server.password, port=server.port, use_ssl=False)

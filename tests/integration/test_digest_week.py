"""A week of seeded decisions, payments and promises; the digest posted each evening at 18:00
Los Angeles time (freezegun), through slack_sdk's real files_upload_v2 against the simulator.

Every figure asserted is computed here from the rows this test seeded, not by the digest code.
"""

from __future__ import annotations

import statistics
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time
from slack_sdk import WebClient
from slack_sdk.models.blocks import Block
from sqlalchemy import Engine
from sqlmodel import select

from bot.notifier import SlackNotifier
from core.adapters.clock import FixedClock, SystemClock
from core.bootstrap import build_services
from core.domain.authority import Approvers, Role
from core.jobs import POST_DIGEST, handlers
from core.models import (
    AuditEntry,
    Customer,
    Invoice,
    Job,
    Payment,
    ProposedAction,
    QboEvent,
    SyncCursor,
)
from core.scheduler import SCHEDULE, Realm, enqueue_due, schedule
from core.services import audit
from core.services.digest import POSTED, DigestService
from core.services.promises import promise_record, record_promise
from core.services.uow import UnitOfWork
from sandbox.slack.server import SlackSimulator
from tests.harness import settings_for

REALM = "9130000000000001"
TZ = ZoneInfo("America/Los_Angeles")
CHANNEL = "C0DIGEST1"
TOKEN = "xoxb-sim-token"
FIRST = date(2026, 11, 23)  # a Monday; the week runs to Sunday the 29th
MARIA, LEAD = "U0MARIA01", "U0LEAD002"  # collector (limit 5,000) and finance lead (50,000)
BUCKETS = ("1-30", "31-60", "61-90", "90+")


@dataclass
class Inv:
    customer: str
    issued: date
    due: date
    balance: Decimal
    rate: Decimal = Decimal("1")  # the invoice's exchange rate to the home currency


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ).astimezone(UTC)


class Books:
    """What the test seeded, kept beside the database to compute the expected figures."""

    def __init__(self) -> None:
        self.names = {"c1": "Acme Corp", "c2": "Globex", "c3": "Initech"}
        d = FIRST
        self.invoices: dict[str, Inv] = {
            "101": Inv("c1", d - timedelta(days=40), d - timedelta(days=10), Decimal("1200")),
            "102": Inv("c1", d - timedelta(days=70), d - timedelta(days=40), Decimal("800")),
            "103": Inv("c2", d - timedelta(days=100), d - timedelta(days=70), Decimal("300")),
            # EUR at 1.10: 500 EUR is 550.00 in the home currency
            "104": Inv("c2", d - timedelta(days=125), d - timedelta(days=95), Decimal("500"),
                       Decimal("1.10")),
            "105": Inv("c3", d - timedelta(days=20), d + timedelta(days=3), Decimal("2000")),
            "106": Inv("c3", d - timedelta(days=31), d - timedelta(days=1), Decimal("650")),
            # paid long ago: history only (c1 pays in 30 and 36 days, c3 in 25)
            "090": Inv("c1", d - timedelta(days=120), d - timedelta(days=90), Decimal("0")),
            "091": Inv("c1", d - timedelta(days=80), d - timedelta(days=50), Decimal("0")),
            "092": Inv("c3", d - timedelta(days=60), d - timedelta(days=30), Decimal("0")),
        }
        self.payments: list[tuple[str, str, date, Decimal]] = [  # id, invoice, day, amount
            ("P90", "090", d - timedelta(days=90), Decimal("100")),
            ("P91", "091", d - timedelta(days=44), Decimal("100")),
            ("P92", "092", d - timedelta(days=35), Decimal("100")),
        ]
        self.cases: dict[int, tuple[datetime, Decimal]] = {}  # id -> created, home amount
        self.decided: set[int] = set()
        self.promises: list[tuple[str, date]] = []

    def home(self, inv: Inv) -> Decimal:
        return (inv.balance * inv.rate).quantize(Decimal("0.01"))

    def expected(self, day: date, now: datetime) -> dict[str, object]:
        overdue = dict.fromkeys(BUCKETS, Decimal("0"))
        for inv in self.invoices.values():
            late = (day - inv.due).days
            if inv.balance <= 0 or late < 1:
                continue
            bucket = ("1-30" if late <= 30 else "31-60" if late <= 60
                      else "61-90" if late <= 90 else "90+")
            overdue[bucket] += self.home(inv)
        promised = dict(self.promises)  # the later promise wins
        open_ids = {i for i, inv in self.invoices.items() if inv.balance > 0}
        samples: dict[str, list[int]] = {}
        for _, inv_id, paid, _ in self.payments:
            inv = self.invoices[inv_id]
            samples.setdefault(inv.customer, []).append((paid - inv.issued).days)
        habit = {c: int(statistics.median(s)) for c, s in samples.items()}

        def coming(horizon: int) -> Decimal:
            total = Decimal("0")
            for inv_id in open_ids:
                inv = self.invoices[inv_id]
                when = promised.get(inv_id)
                if when is None and inv.customer in habit:
                    when = inv.issued + timedelta(days=habit[inv.customer])
                if when is not None and day < when <= day + timedelta(days=horizon):
                    total += self.home(inv)
            return total

        waiting = sorted((created, n) for n, (created, _) in self.cases.items()
                         if n not in self.decided)
        start = local(day, 0)
        return {
            "overdue": overdue,
            "collected": sum((a for _, _, paid, a in self.payments if paid == day), Decimal(0)),
            "new_cases": sum(1 for created, _ in self.cases.values()
                             if start <= created < local(day + timedelta(days=1), 0)),
            "waiting": len(waiting),
            "oldest": [(n, int((now - created).total_seconds() // 3600))
                       for created, n in waiting[:3]],
            "due_tomorrow": sorted(i for i, w in promised.items()
                                   if i in open_ids and w == day + timedelta(days=1)),
            "broken": sorted(i for i, w in promised.items() if i in open_ids and w < day),
            "expected_7": coming(7),
            "expected_30": coming(30),
        }


def seed_books(uow: UnitOfWork, books: Books) -> None:
    with uow.session() as session:
        for cid, name in books.names.items():
            session.add(Customer(realm_id=REALM, qbo_id=cid, sync_token="0", display_name=name))
        for inv_id, inv in books.invoices.items():
            raw: dict[str, object] = {"Id": inv_id, "TxnDate": inv.issued.isoformat(),
                                      "Balance": str(inv.balance)}
            if inv.rate != 1:
                raw["ExchangeRate"] = str(inv.rate)
            session.add(Invoice(realm_id=REALM, qbo_id=inv_id, customer_qbo_id=inv.customer,
                                doc_number=f"INV-{inv_id}", sync_token="0", due_date=inv.due,
                                balance=inv.balance, currency="EUR" if inv.rate != 1 else "USD",
                                raw=raw))
        for pid, inv_id, paid, amount in books.payments:
            session.add(_payment(pid, books.invoices[inv_id].customer, inv_id, paid, amount))
        session.add(SyncCursor(realm_id=REALM, entity="Invoice",
                               changed_since=local(FIRST, 0), updated_at=local(FIRST, 0)))
        session.add(QboEvent(dedupe_key="e1", realm_id=REALM, entity="Invoice", entity_id="101",
                             operation="Update", source_format="classic", status="failed",
                             received_at=local(FIRST, 0)))


def _payment(pid: str, customer: str, inv_id: str, paid: date, amount: Decimal) -> Payment:
    return Payment(realm_id=REALM, qbo_id=pid, customer_qbo_id=customer, raw={
        "Id": pid, "TxnDate": paid.isoformat(), "TotalAmt": str(amount),
        "Line": [{"Amount": str(amount), "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}]}],
    })


def new_case(uow: UnitOfWork, books: Books, inv_id: str, at: datetime) -> int:
    inv = books.invoices[inv_id]
    with uow.session() as session:
        action = ProposedAction(
            realm_id=REALM, invoice_qbo_id=inv_id, case_key=f"{inv_id}:{at.isoformat()}",
            route="draft_for_approval", outcome="routine_reminder", balance=inv.balance,
            home_amount=books.home(inv), customer_name=books.names[inv.customer],
            doc_number=f"INV-{inv_id}", created_at=at,
        )
        session.add(action)
        session.flush()
        assert action.id is not None
        books.cases[action.id] = (at, books.home(inv))
        return action.id


def decide(uow: UnitOfWork, books: Books, action_id: int, at: datetime) -> None:
    with uow.session() as session:
        action = session.get(ProposedAction, action_id)
        assert action is not None
        action.state, action.decided_by, action.decided_at = "approved", MARIA, at
        session.add(action)
    books.decided.add(action_id)


def pay(uow: UnitOfWork, books: Books, pid: str, inv_id: str, day: date, amount: Decimal) -> None:
    inv = books.invoices[inv_id]
    inv.balance -= amount
    books.payments.append((pid, inv_id, day, amount))
    with uow.session() as session:
        session.add(_payment(pid, inv.customer, inv_id, day, amount))
        row = session.exec(select(Invoice).where(Invoice.qbo_id == inv_id)).one()
        row.balance = inv.balance
        row.raw = {**row.raw, "Balance": str(inv.balance)}
        session.add(row)


def promise(uow: UnitOfWork, books: Books, inv_id: str, by: date, at: datetime) -> None:
    """The scan's record of a promise to pay: its case.no_action audit row and its promise."""
    books.promises.append((inv_id, by))
    reason = (f"promise_to_pay: customer email {at.date()} promises payment: 'we will pay "
              f"by then' (by {by.isoformat()}, still ahead)")
    with uow.session() as session:
        audit.append(session, at=at, kind="case.no_action", actor="qbot",
                     subject=f"invoice:{inv_id}", realm_id=REALM,
                     data={"invoice": inv_id, "reasons": [reason], **promise_record(by)})
        invoice = session.exec(select(Invoice).where(Invoice.qbo_id == inv_id)).one()
        record_promise(session, invoice, by, f"customer email {at.date()} #{inv_id}",
                       at.date(), at)


@pytest.fixture
def sim() -> Iterator[SlackSimulator]:
    simulator = SlackSimulator(bot_token=TOKEN)
    simulator.start(host="127.0.0.1", port=0)
    yield simulator
    simulator.stop()


def notifier(sim: SlackSimulator) -> SlackNotifier:
    return SlackNotifier(WebClient(token=TOKEN, base_url=sim.base_url, retry_handlers=[]))


APPROVERS = Approvers(users={MARIA: Role.COLLECTOR, LEAD: Role.FINANCE_LEAD})


def test_a_week_of_digests(engine: Engine, sim: SlackSimulator) -> None:
    uow, books = UnitOfWork(engine), Books()
    seed_books(uow, books)
    service = DigestService(uow, SystemClock(), APPROVERS, CHANNEL, poster=notifier(sim))
    company = service.company(REALM)
    assert (company.timezone, company.home_currency) == ("America/Los_Angeles", "USD")
    previous: dict[str, Decimal] | None = None
    posted_ts: list[str] = []
    wants: list[dict[str, object]] = []
    for n in range(7):
        day = FIRST + timedelta(days=n)
        # The day's work: a decision or two, a payment, a promise.
        first = new_case(uow, books, ["101", "102", "103", "106", "104", "101", "102"][n],
                         local(day, 9, 15))
        if n % 2 == 0:
            new_case(uow, books, "105", local(day, 11))  # 2,000: a collector may decide it
        if n >= 2:
            decide(uow, books, first - 3, local(day, 15))
        if n == 1:
            promise(uow, books, "106", day + timedelta(days=1), local(day, 10))  # kept
            promise(uow, books, "103", day + timedelta(days=2), local(day, 10))  # broken
        if n == 2:
            pay(uow, books, "P1", "106", day, Decimal("650"))
        if n == 3:
            pay(uow, books, "P2", "101", day, Decimal("200"))
            promise(uow, books, "102", day + timedelta(days=5), local(day, 12))
        now = local(day, 18)
        with freeze_time(now):
            sent = service.post(company)
            assert service.post(company) is None  # a second run the same day posts nothing
        assert sent is not None
        figures = sent.figures
        want = books.expected(day, now)
        wants.append(want)
        assert figures.day == day
        assert figures.overdue == want["overdue"], day
        assert figures.change == (None if previous is None else {
            b: figures.overdue[b] - previous[b] for b in BUCKETS})
        assert figures.collected_today == want["collected"], day
        assert figures.new_cases == want["new_cases"], day
        assert figures.waiting == want["waiting"], day
        assert [(w.action_id, w.waiting_hours) for w in figures.oldest_waiting] == want["oldest"]
        for line in figures.oldest_waiting:
            amount = books.cases[line.action_id][1]
            assert line.approvers == ((LEAD, MARIA) if amount <= 5000 else (LEAD,))
        assert sorted(p.invoice_id for p in figures.promises_due_tomorrow) == want["due_tomorrow"]
        assert sorted(p.invoice_id for p in figures.broken_promises) == want["broken"], day
        assert figures.expected_7 == want["expected_7"], day
        assert figures.expected_30 == want["expected_30"], day
        assert figures.sync_health == "last pull 2026-11-23 08:00 UTC; 1 failed event(s)"
        previous = figures.overdue
        posted_ts.append(sim.calls_to("chat.postMessage")[-1]["response"]["ts"])

    # The week's figures moved: the checks above compared something, not zeros.
    assert wants[1]["due_tomorrow"] == ["106"] and wants[2]["broken"] == []
    assert wants[4]["broken"] == ["103"] and wants[3]["broken"] == []  # due on day 3
    assert [w["collected"] for w in wants] == [0, 0, 650, 200, 0, 0, 0]
    assert [w["new_cases"] for w in wants] == [2, 1, 2, 1, 2, 1, 2]
    assert all(w["expected_30"] for w in wants) and wants[0]["oldest"]
    assert len({str(w["overdue"]) for w in wants}) > 2

    posts = sim.calls_to("chat.postMessage")
    assert len(posts) == 7
    for post in posts:
        for block in post["args"]["blocks"]:
            parsed = Block.parse(block)
            assert parsed is not None
            parsed.validate_json()
    files = sim.files
    assert len(files) == 7
    for file, ts, n in zip(files.values(), posted_ts, range(7), strict=True):
        png = file["content"]
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (800, 450)
        assert file["completed"] and file["channel"] == CHANNEL and file["thread_ts"] == ts
        assert file["name"] == f"qbot-digest-{(FIRST + timedelta(days=n)).isoformat()}.png"
    with uow.session() as session:
        stored = session.exec(select(AuditEntry).where(AuditEntry.kind == POSTED)).all()
    assert [e.subject for e in stored] == [
        f"digest:{REALM}:{(FIRST + timedelta(days=n)).isoformat()}" for n in range(7)]


def test_two_schedulers_and_a_rerun_post_one_digest_a_day(
    engine: Engine, sim: SlackSimulator, database_url: str
) -> None:
    services = build_services(settings_for(database_url), engine=engine, notifier=notifier(sim),
                              approvers=APPROVERS, clock=FixedClock(local(FIRST, 18, 5)))
    spec = next(s for s in SCHEDULE if s.kind == POST_DIGEST)
    realms = [Realm(REALM), Realm("r-berlin", timezone="Europe/Berlin")]
    # Two schedulers firing in the same local day: one job per company.
    assert enqueue_due(services.uow, services.clock, spec, realms) == 2
    assert enqueue_due(services.uow, services.clock, spec, realms) == 0
    with services.uow.session() as session:
        jobs = session.exec(select(Job).order_by(Job.id)).all()  # type: ignore[arg-type]
    assert [j.dedupe_key for j in jobs] == [f"nightly-digest:{REALM}:2026-11-23",
                                            "nightly-digest:r-berlin:2026-11-24"]
    run = handlers(services)[POST_DIGEST]
    run(dict(jobs[0].payload))
    run(dict(jobs[0].payload))  # the job re-run after its lease ran out
    assert len(sim.calls_to("chat.postMessage")) == 1
    assert len(sim.files) == 1


def test_the_digest_runs_at_the_configured_local_time() -> None:
    spec = next(s for s in SCHEDULE if s.kind == POST_DIGEST)
    assert spec.daily and spec.at == time(18, 0)
    start = datetime(2026, 3, 7, 12, tzinfo=UTC)  # the US changes to summer time on the 8th
    trigger = spec.trigger("America/Los_Angeles")
    first = trigger.get_next_fire_time(None, start)
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1))
    assert first.astimezone(TZ).time() == time(18, 0) == second.astimezone(TZ).time()
    # a CronTrigger in the zone, not an interval of 24 h
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=23)
    later = next(s for s in schedule(time(19, 30)) if s.kind == POST_DIGEST)
    assert later.at == time(19, 30)

"""A week of seeded decisions (edited, rejected with and without a reason, snoozed, superseded,
missed escalations) and the Monday review posted at 09:00 Los Angeles time (freezegun)
through slack_sdk against the Slack simulator.

Every figure asserted is computed here from the rows this test seeded (its own edit distance,
median and nearest-rank p90), not by the review code.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time
from slack_sdk.models.blocks import Block
from sqlalchemy import Engine
from sqlmodel import select

from core.adapters.clock import FixedClock, SystemClock
from core.bootstrap import build_services
from core.domain.authority import Approvers, Role
from core.domain.decision import Draft
from core.jobs import POST_REVIEW, handlers
from core.models import AuditEntry, Job, Payment, ProposedAction
from core.scheduler import SCHEDULE, Realm, enqueue_due, schedule
from core.services import audit
from core.services.approvals import Actor, ApprovalService
from core.services.review import POSTED, ReviewService
from core.services.uow import UnitOfWork
from sandbox.slack.server import SlackSimulator
from tests.harness import settings_for
from tests.integration.test_digest_week import TOKEN, notifier

REALM = "9130000000000001"
TZ = ZoneInfo("America/Los_Angeles")
CHANNEL = "C0REVIEW1"
MONDAY = date(2026, 11, 23)  # the reviewed week: Monday the 23rd up to Monday the 30th
NEXT_MONDAY = MONDAY + timedelta(days=7)
MARIA = "U0MARIA01"
APPROVERS = Approvers(users={MARIA: Role.COLLECTOR})


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ).astimezone(UTC)


def on(n: int, hour: int, minute: int = 0) -> datetime:
    """Day `n` of the reviewed week (0 = Monday), local time."""
    return local(MONDAY + timedelta(days=n), hour, minute)


def levenshtein(a: str, b: str) -> int:
    """The test's own edit distance (insert, delete, substitute: 1 each)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[len(b)]


@dataclass
class Seeded:
    """What the test wrote, kept beside the database to compute the expected review."""

    cases: dict[int, dict[str, object]] = field(default_factory=dict)
    decisions: list[tuple[int, str, datetime, dict[str, object]]] = field(default_factory=list)
    reminders: list[tuple[int, str, datetime]] = field(default_factory=list)
    payments: list[tuple[str, date, Decimal, bool]] = field(default_factory=list)  # cash?
    texts: dict[int, tuple[str, str]] = field(default_factory=dict)  # edited: draft, sent


class Week:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow, self.seeded = uow, Seeded()

    def case(self, inv: str, at: datetime, outcome: str = "routine_reminder",
             route: str = "draft_for_approval", hard_stop: str | None = None,
             template: str | None = "reminder", body: str = "") -> int:
        with self.uow.session() as session:
            action = ProposedAction(
                realm_id=REALM, invoice_qbo_id=inv, case_key=f"{inv}:{at.isoformat()}",
                route=route, outcome=outcome, hard_stop=hard_stop, balance=Decimal("900"),
                home_amount=Decimal("900"), customer_name=f"Customer {inv}",
                doc_number=f"INV-{inv}", created_at=at,
                draft_subject="Invoice reminder" if body else None, draft_body=body or None,
            )
            session.add(action)
            session.flush()
            assert action.id is not None
            draft = {"subject": "Invoice reminder", "body": body} if body else None
            audit.append(session, at=at, kind="case.proposed", actor="qbot",
                         subject=f"action:{action.id}", realm_id=REALM,
                         data={"decision": {"outcome": outcome, "route": route, "draft": draft},
                               "template": template})
            self.seeded.cases[action.id] = {"invoice": inv, "at": at, "outcome": outcome,
                                            "route": route, "hard_stop": hard_stop,
                                            "template": template}
            return action.id

    def decide(self, action_id: int, state: str, at: datetime, **data: object) -> None:
        """A decision as the card's modals record it (the audit fields of the cards work)."""
        with self.uow.session() as session:
            audit.append(session, at=at, kind=f"approval.{state}", actor=MARIA,
                         subject=f"action:{action_id}", realm_id=REALM, data=data)
        self.seeded.decisions.append((action_id, state, at, data))
        if state == "edited":
            self.seeded.texts[action_id] = (str(data["draft_text"]), str(data["sent_text"]))

    def sent(self, action_id: int, at: datetime) -> None:
        inv = str(self.seeded.cases[action_id]["invoice"])
        with self.uow.session() as session:
            audit.append(session, at=at, kind="email.sent", actor="qbot",
                         subject=f"action:{action_id}", realm_id=REALM,
                         data={"invoice": inv, "to": "ap@example.com"})
        self.seeded.reminders.append((action_id, inv, at))

    def paid(self, pid: str, inv: str, day: date, amount: Decimal, cash: bool = True) -> None:
        with self.uow.session() as session:
            session.add(Payment(realm_id=REALM, qbo_id=pid, customer_qbo_id="c1", raw={
                "Id": pid, "TxnDate": day.isoformat(),
                "TotalAmt": str(amount if cash else 0),
                "Line": [{"Amount": str(amount),
                          "LinkedTxn": [{"TxnId": inv, "TxnType": "Invoice"}]}],
            }))
        self.seeded.payments.append((inv, day, amount, cash))


ACME_DRAFT = ("Hello Acme, invoice INV-201 for $900.00 is 10 days overdue. "
              "Please arrange payment at your earliest convenience.")
ACME_SENT = ("Hi Acme team, INV-201 ($900.00) is now 10 days past due; could you let us "
             "know when to expect payment?")
PLAN_DRAFT = "Hello Globex, we propose three monthly payments of $300.00 for INV-206."
PLAN_SENT = "Hello Globex, as discussed with Dana: three monthly payments of $300.00 for INV-206."


def seed_week(uow: UnitOfWork) -> tuple[Week, dict[str, int]]:
    w, ids = Week(uow), {}
    ids["edited"] = w.case("201", on(0, 9), body=ACME_DRAFT)
    w.decide(ids["edited"], "edited", on(0, 11, 30), draft_text=ACME_DRAFT, sent_text=ACME_SENT)
    w.sent(ids["edited"], on(0, 11, 31))
    ids["approved"] = w.case("202", on(0, 9), body="Reminder for INV-202")
    w.decide(ids["approved"], "approved", on(1, 10), edited=False)
    w.sent(ids["approved"], on(1, 10, 1))
    ids["paid"] = w.case("203", on(0, 9), body="Reminder for INV-203")
    w.decide(ids["paid"], "rejected", on(1, 14), reason_code="already_paid",
             reason_text="paid by wire on Friday")
    ids["dispute"] = w.case("204", on(1, 9), body="Reminder for INV-204")
    w.decide(ids["dispute"], "rejected", on(2, 9, 30), reason_code="in_dispute")
    ids["snoozed"] = w.case("207", on(2, 9), body="Reminder for INV-207")
    w.decide(ids["snoozed"], "snoozed", on(3, 9), until=(MONDAY + timedelta(days=10)).isoformat())
    ids["superseded"] = w.case("208", on(2, 9), body="Reminder for INV-208")
    with uow.session() as session:  # qbot's own decision: the invoice changed in QuickBooks
        audit.append(session, at=on(3, 12), kind="approval.superseded", actor="qbot",
                     subject=f"action:{ids['superseded']}", realm_id=REALM,
                     data={"invoice": "208", "reason": "invoice paid"})
    w.seeded.decisions.append((ids["superseded"], "superseded", on(3, 12), {}))
    # Routine on Monday, a dispute on the same invoice on Friday: a missed escalation.
    w.case("201", on(4, 9), outcome="likely_dispute", route="escalate_to_human",
           hard_stop="open_dispute", template=None)
    # Routine 18 days before the week, a high-touch escalation on Thursday: missed too.
    ids["old"] = w.case("209", local(MONDAY - timedelta(days=18), 9), body="Reminder INV-209")
    w.decide(ids["old"], "approved", local(MONDAY - timedelta(days=18), 10))  # before the week
    w.case("209", on(3, 9), outcome="high_touch_escalation", route="escalate_to_human",
           template=None)
    # Routine 40 days before: its escalation this week is too late to count against it.
    w.case("210", local(MONDAY - timedelta(days=40), 9), body="Reminder INV-210")
    w.case("210", on(1, 9), outcome="likely_dispute", route="escalate_to_human", template=None)
    # Approved and reminded on Monday, closed by a credit on Saturday: a write-off.
    ids["written_off"] = w.case("211", on(0, 9), body="Reminder for INV-211")
    w.decide(ids["written_off"], "approved", on(0, 12))
    w.sent(ids["written_off"], on(0, 12, 1))
    w.paid("CM211", "211", MONDAY + timedelta(days=5), Decimal("900"), cash=False)
    # Carded the Friday before, decided on Monday morning.
    ids["friday"] = w.case("215", local(MONDAY - timedelta(days=3), 9), body="Reminder INV-215")
    w.decide(ids["friday"], "approved", on(0, 8))
    w.sent(ids["friday"], on(0, 8, 1))
    # Decided after the week: not in it.
    ids["late"] = w.case("216", on(6, 9), body="Reminder INV-216")
    w.decide(ids["late"], "approved", local(NEXT_MONDAY, 8))
    # Money: before a reminder, within 14 days of one, after 14 days, on no reminded invoice.
    w.paid("P1", "215", MONDAY - timedelta(days=1), Decimal("150"))
    w.paid("P2", "215", MONDAY + timedelta(days=2), Decimal("300"))
    w.paid("P3", "202", MONDAY + timedelta(days=4), Decimal("500"))
    w.paid("P4", "202", MONDAY + timedelta(days=1 + 15), Decimal("70"))
    w.paid("P5", "299", MONDAY + timedelta(days=1), Decimal("1000"))
    return w, ids


def seed_through_the_approval_service(uow: UnitOfWork, w: Week, ids: dict[str, int]) -> None:
    """Two decisions through the real ApprovalService as it records them today: a reject with
    free text only (recorded as reason Other with the text) and an edit whose texts are in
    case.proposed and the approval's `draft` (the fallback for rows from before the modals'
    fields)."""
    ids["free_text"] = w.case("205", on(1, 9), body="Reminder for INV-205")
    ids["plan"] = w.case("206", on(2, 9), outcome="payment_plan_candidate",
                         template="payment_plan", body=PLAN_DRAFT)
    service = ApprovalService(uow, FixedClock(on(2, 16)), APPROVERS)
    service.reject(ids["free_text"], 1, Actor(MARIA), "not this week")
    w.seeded.decisions.append((ids["free_text"], "rejected", on(2, 16), {"reason_code": "other"}))
    service.clock = FixedClock(on(3, 10))
    service.approve(ids["plan"], 1, Actor(MARIA), edited=Draft(subject="Plan", body=PLAN_SENT))
    w.seeded.decisions.append((ids["plan"], "edited", on(3, 10), {}))
    w.seeded.texts[ids["plan"]] = (PLAN_DRAFT, PLAN_SENT)
    w.sent(ids["plan"], on(3, 10, 1))
    w.paid("P6", "206", MONDAY + timedelta(days=3), Decimal("100"))


def expected(s: Seeded, ids: dict[str, int]) -> dict[str, object]:
    start, end = local(MONDAY, 0), local(NEXT_MONDAY, 0)
    inside = [d for d in s.decisions if start <= d[2] < end]
    approvals = [d for d in inside if d[1] in ("approved", "edited")]
    edited = [d for d in approvals if d[1] == "edited"]

    def distance(n: int) -> float:
        a, b = s.texts[n]
        return levenshtein(a, b) / max(len(a), len(b))

    groups: dict[tuple[object, object], list[str]] = {}
    for n, state, _, _ in approvals:
        c = s.cases[n]
        groups.setdefault((c["outcome"], c["template"]), []).append(state)
    first: dict[int, datetime] = {}
    for n, state, at, _ in inside:
        if state in ("approved", "edited", "rejected", "snoozed"):
            first.setdefault(n, at)
    hours = sorted((at - s.cases[n]["at"]).total_seconds() / 3600  # type: ignore[operator]
                   for n, at in first.items())
    mid = len(hours) // 2
    median = hours[mid] if len(hours) % 2 else (hours[mid - 1] + hours[mid]) / 2
    windows = [(inv, at.astimezone(TZ).date()) for _, inv, at in s.reminders
               if start <= at < end]
    collected = sum((amount for inv, day, amount, cash in s.payments if cash and any(
        inv == i and sent <= day <= sent + timedelta(days=14) for i, sent in windows)),
        Decimal("0"))
    reasons = Counter(str(d[3].get("reason_code", "none")) for d in inside if d[1] == "rejected")
    return {
        "decisions": dict(sorted(Counter(d[1] for d in inside).items())),
        "reasons": dict(reasons),
        "approvals": len(approvals),
        "edited": len(edited),
        "distance": sum(distance(d[0]) for d in edited) / len(edited),
        "groups": {k: (len(v), v.count("edited")) for k, v in groups.items()},
        "group_distance": {("routine_reminder", "reminder"): distance(ids["edited"]),
                           ("payment_plan_candidate", "payment_plan"): distance(ids["plan"])},
        "median": median,
        "p90": hours[math.ceil(0.9 * len(hours)) - 1],
        "reminders": len(windows),
        "collected": collected,
    }


@pytest.fixture
def sim() -> Iterator[SlackSimulator]:
    simulator = SlackSimulator(bot_token=TOKEN)
    simulator.start(host="127.0.0.1", port=0)
    yield simulator
    simulator.stop()


def test_the_monday_review_of_a_seeded_week(engine: Engine, sim: SlackSimulator) -> None:
    uow = UnitOfWork(engine)
    w, ids = seed_week(uow)
    seed_through_the_approval_service(uow, w, ids)
    want = expected(w.seeded, ids)
    service = ReviewService(uow, SystemClock(), CHANNEL, poster=notifier(sim))
    company = service.company(REALM)
    with freeze_time(local(NEXT_MONDAY, 9)):
        posted = service.post(company)
        assert service.post(company) is None  # a second run in the same week posts nothing
    assert posted is not None
    f = posted.figures
    assert (f.since, f.until) == (MONDAY, NEXT_MONDAY)
    assert f.decisions == want["decisions"]
    assert f.decisions == {"approved": 3, "edited": 2, "rejected": 3, "snoozed": 1,
                           "superseded": 1}  # the seeding did what it says
    assert f.rejected == 3
    assert {r.code: r.count for r in f.reject_reasons} == want["reasons"] == {
        "already_paid": 1, "in_dispute": 1, "other": 1}
    assert {r.code: r.label for r in f.reject_reasons}["other"] == "Other"
    assert [(m.invoice_id, m.became, m.days_later) for m in f.missed] == [
        ("209", "escalation", 21), ("201", "dispute", 4), ("211", "write-off", 5)]
    assert f.missed_escalations == 3
    assert (f.approvals, f.edited) == (want["approvals"], want["edited"]) == (5, 2)
    assert f.rewrite_rate == pytest.approx(2 / 5)
    assert f.mean_edit_distance == pytest.approx(want["distance"])
    groups = {(r.outcome, r.template): (r.approvals, r.edited) for r in f.rewrites}
    assert groups == want["groups"]
    for r in f.rewrites:
        assert r.mean_edit_distance == pytest.approx(want["group_distance"][(r.outcome,
                                                                               r.template)])
    assert f.decision_hours_median == pytest.approx(want["median"])
    assert f.decision_hours_p90 == pytest.approx(want["p90"])
    assert f.reminders_sent == want["reminders"] == 5
    assert f.collected_after_reminder == want["collected"] == Decimal("900.00")

    # The post: one message, every block valid Block Kit; stored once for the ISO week.
    posts = sim.calls_to("chat.postMessage")
    assert len(posts) == 1 and posts[0]["args"]["channel"] == CHANNEL
    for block in posts[0]["args"]["blocks"]:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()
    assert "Missed escalations:* 3" in str(posts[0]["args"]["blocks"])
    with uow.session() as session:
        stored = session.exec(select(AuditEntry).where(AuditEntry.kind == POSTED)).all()
    assert [e.subject for e in stored] == [f"review:{REALM}:2026-W49"]
    assert stored[0].data["figures"] == f.to_json()

    # `--since` a later day: only what happened from then on.
    with freeze_time(local(NEXT_MONDAY, 9)):
        later = service.build(company, since=MONDAY + timedelta(days=3)).figures
    assert later.decisions == {"approved": 1, "edited": 1, "superseded": 1, "snoozed": 1}
    assert [m.invoice_id for m in later.missed] == ["209", "201", "211"]


def test_two_schedulers_and_a_rerun_post_one_review_a_week(
    engine: Engine, sim: SlackSimulator, database_url: str
) -> None:
    services = build_services(settings_for(database_url), engine=engine, notifier=notifier(sim),
                              approvers=APPROVERS, clock=FixedClock(local(NEXT_MONDAY, 9, 5)))
    spec = next(s for s in SCHEDULE if s.kind == POST_REVIEW)
    realms = [Realm(REALM), Realm("r-berlin", timezone="Europe/Berlin")]
    assert enqueue_due(services.uow, services.clock, spec, realms) == 2
    services.clock.advance(days=2)  # type: ignore[attr-defined]
    assert enqueue_due(services.uow, services.clock, spec, realms) == 0  # same ISO week
    with services.uow.session() as session:
        jobs = session.exec(select(Job).order_by(Job.id)).all()  # type: ignore[arg-type]
    assert [j.dedupe_key for j in jobs] == [f"weekly-review:{REALM}:2026-W49",
                                            "weekly-review:r-berlin:2026-W49"]
    run = handlers(services)[POST_REVIEW]
    run(dict(jobs[0].payload))
    run(dict(jobs[0].payload))  # the job re-run after its lease ran out
    posts = sim.calls_to("chat.postMessage")
    assert len(posts) == 1
    assert "review_empty" in str(posts[0]["args"]["blocks"])  # nothing seeded: an empty week


def test_the_review_runs_mondays_at_the_configured_local_time() -> None:
    spec = next(s for s in SCHEDULE if s.kind == POST_REVIEW)
    assert spec.at == time(9, 0)
    start = datetime(2026, 2, 25, 12, tzinfo=UTC)  # a Wednesday; summer time starts Mar 8
    trigger = spec.trigger("America/Los_Angeles")
    first = trigger.get_next_fire_time(None, start)
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1))
    for fire in (first, second):
        assert fire.astimezone(TZ).weekday() == 0 and fire.astimezone(TZ).time() == time(9, 0)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(days=7, hours=-1)
    later = next(s for s in schedule(review_at=time(8, 30)) if s.kind == POST_REVIEW)
    assert later.at == time(8, 30)

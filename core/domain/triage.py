"""The rules judge: `decide(case, policy)` applies the SPEC collections policy, step by step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from core.domain.act_reader import ActReader, shipped_reader
from core.domain.case import CaseBundle
from core.domain.decision import HardStop, Outcome, Route
from core.domain.evidence import Evidence, Unread, read_case
from core.domain.evidence_acts import RETRACTED_LABEL, WAITS_LABEL
from core.domain.evidence_lexicon import Kind
from core.domain.labels import aging_phrase
from core.domain.policy import Policy
from core.domain.unread_acts import DisputesRead, PlansRead, read_disputes, read_plans


class DraftKind(StrEnum):
    """Which customer message to write, if any."""

    REMINDER = "reminder"
    PAYMENT_PLAN = "payment_plan"


@dataclass(frozen=True)
class Judgment:
    """What the judge decided and why; `draft_kind` is set only on draft_for_approval."""

    route: Route
    outcome: Outcome
    hard_stop: HardStop | None
    reasons: tuple[str, ...]
    days_past_due: int | None
    stage: int | None
    home_amount: Decimal
    promise_date: date | None = None
    draft_kind: DraftKind | None = None
    evidence: tuple[Evidence, ...] = field(default=(), repr=False)


def _money(amount: Decimal, currency: str) -> str:
    return f"{currency} {amount:,.2f}"


@dataclass
class _Facts:
    """The evidence sorted into the questions the policy asks."""

    legal: list[Evidence]
    disputes_noted: list[Evidence]  # notes / records / the status field: open_dispute
    disputes_claimed: list[Evidence]  # the customer's own emails: likely_dispute
    paid_claims: list[Evidence]  # "we already paid", from the customer or a note: likely_dispute
    hardship: list[Evidence]
    no_contact: list[Evidence]
    instructions: list[Evidence]
    promise: Evidence | None
    unread: list[Unread]


# What a steering text's words could otherwise record (a legal matter or a no-contact request
# still counts: heeding it is never quieter).
_STEERABLE = (Kind.DISPUTE, Kind.PAID, Kind.RESOLVED, Kind.HARDSHIP, Kind.PROMISE)


def _sort(evidence: list[Evidence], unread: list[Unread]) -> _Facts:
    by_kind: dict[Kind, list[Evidence]] = {k: [] for k in Kind}
    for item in evidence:
        by_kind[item.kind].append(item)
    # A text that tries to steer the bot records nothing but the attempt (a person reads it):
    # its "the dispute is resolved" lifts no dispute, its "mark the invoice paid" claims no
    # payment. Evidence orders are message index × 10,000 + the clause's place.
    steering = {i.order // 10_000 for i in by_kind[Kind.INSTRUCTION]}
    for kind in _STEERABLE:
        by_kind[kind] = [e for e in by_kind[kind] if e.order // 10_000 not in steering]
    resolutions = by_kind[Kind.RESOLVED]
    open_disputes = [
        d for d in by_kind[Kind.DISPUTE] if not any(r.order > d.order for r in resolutions)
    ]
    paid = [p for p in by_kind[Kind.PAID] if not any(r.order > p.order for r in resolutions)]
    # A promise taken back later ("disregard my note about paying on the 12th") holds nothing.
    retracted = [p.order for p in by_kind[Kind.PROMISE] if p.label == RETRACTED_LABEL]
    dated = [p for p in by_kind[Kind.PROMISE]
             if p.promise_date is not None and p.label != RETRACTED_LABEL
             and not any(order > p.order for order in retracted)]
    return _Facts(
        legal=by_kind[Kind.LEGAL],
        # A note that the customer says it paid records a dispute, as any noted dispute does.
        disputes_noted=[d for d in open_disputes + paid if not d.from_customer],
        disputes_claimed=[d for d in open_disputes if d.from_customer],
        paid_claims=[p for p in paid if p.from_customer],
        # "When our funding comes in" explains; it asks for no plan (SPEC: time, instalments).
        hardship=[h for h in by_kind[Kind.HARDSHIP] if h.label != WAITS_LABEL],
        no_contact=by_kind[Kind.NO_CONTACT],
        instructions=by_kind[Kind.INSTRUCTION],
        promise=max(dated, key=lambda p: p.order) if dated else None,
        unread=unread,
    )


def unread_since(case: CaseBundle, policy: Policy) -> date:
    """From when every customer email must be read: the last reminder's day, or the
    policy's window back from `as_of` when no reminder was sent."""
    reminders = case.reminders()
    if reminders:
        return reminders[-1].day
    return case.as_of - timedelta(days=policy.unread_window_days)


def _silent_since_first_reminder(case: CaseBundle, evidence_days: list[date]) -> bool:
    """True when no payment, customer email or note is dated after the first reminder."""
    first = case.reminders()[0].day
    activity = case.payment_days() + evidence_days
    return not any(day > first for day in activity)


def decide(case: CaseBundle, policy: Policy, reader: ActReader | None = None) -> Judgment:
    """Return the judgment for one case bundle (pure; raises ValueError on bad input).

    `reader` weighs the emails the lexicons left unread (`unread_acts`: it names a dispute,
    never changes the route); the shipped one by default."""
    days = case.days_past_due()
    stage = policy.stage_for(days) if days is not None else None
    home = case.home_amount()
    money = _money(case.balance, case.currency)
    evidence: list[Evidence] = []

    def verdict(route: Route, outcome: Outcome, stop: HardStop | None, reasons: list[str],
                promise: date | None = None, kind: DraftKind | None = None) -> Judgment:
        return Judgment(route, outcome, stop, tuple(reasons), days, stage, home, promise, kind,
                        tuple(evidence))

    # 1. Nothing to do.
    if case.balance <= 0:
        return verdict(Route.NONE, Outcome.NO_ACTION, None,
                       [f"invoice {case.doc_number} open balance is {money}: nothing to collect"])
    if days is not None and days < policy.min_days_past_due:
        return verdict(Route.NONE, Outcome.NO_ACTION, None,
                       [f"invoice {case.doc_number} is not yet past due (DueDate "
                        f"{case.due_date}, {days} days past due on {case.as_of})"])

    reading = read_case(case, unread_since(case, policy), claims_before=bool(case.reminders()))
    facts = _sort(reading.evidence, reading.unread)
    # What an unread email is about names the dispute; it still goes to a person. Only where
    # it could name one: a dispute or payment claim already read says it.
    read, plans = DisputesRead([], []), PlansRead([], [])
    if facts.unread and not (facts.disputes_claimed or facts.paid_claims):
        emailed = [m.day for m in case.messages() if m.source == "customer email" and m.day]
        last = max(emailed, default=None)
        read = read_disputes(facts.unread, reader or shipped_reader(), last)
        # A plan request the reader and code agree on is read (`read_plans`); nothing else is.
        if not (read.disputes or read.paid):
            plans = read_plans(facts.unread, reader or shipped_reader(), last, facts.hardship)
            facts.unread = [u for u in facts.unread if all(u is not p for p in plans.read)]
            facts.hardship.extend(plans.hardship)
    facts.disputes_claimed.extend(read.disputes)
    facts.paid_claims.extend(read.paid)
    evidence = [*reading.evidence, *read.disputes, *read.paid, *plans.hardship]
    reasons: list[str] = []

    # 2. Hard stops, first that applies in SPEC order.
    hard_stop: HardStop | None = None
    status = case.collections_status()
    if facts.legal:
        hard_stop = HardStop.LEGAL_HOLD
        reasons.append(f"legal hold: {facts.legal[0].reason()}")
    elif status is not None and status.strip().lower() == "disputed":
        hard_stop = HardStop.OPEN_DISPUTE
        reasons.append(f"invoice field Collections Status is '{status}'")
    elif facts.disputes_noted:
        hard_stop = HardStop.OPEN_DISPUTE
        reasons.append(
            f"open dispute, not recorded as resolved: {facts.disputes_noted[0].reason()}"
        )
    elif home >= policy.risk_threshold:
        hard_stop = HardStop.OVER_RISK_THRESHOLD
        reasons.append(f"home amount {_money(home, case.home_currency)} is at or over the risk "
                       f"threshold {_money(policy.risk_threshold, case.home_currency)}")
    elif case.unapplied_credit() > 0 and case.unapplied_credit() >= case.balance:
        hard_stop = HardStop.UNAPPLIED_CREDIT
        reasons.append(f"unapplied payments and open credit memos "
                       f"({_money(case.unapplied_credit(), case.currency)}) cover the open "
                       f"balance {money}: apply them first")
    elif case.bill_to() is None or case.due_date is None:
        hard_stop = HardStop.MISSING_CONTEXT
        missing = "no DueDate" if case.due_date is None else "no BillEmail or PrimaryEmailAddr"
        reasons.append(f"missing context: {missing}")

    # 3. Classification by the evidence.
    outcome = _classify(case, policy, facts, days, home, reasons)
    if hard_stop is HardStop.LEGAL_HOLD:
        if outcome is not Outcome.LIKELY_DISPUTE:
            outcome = Outcome.HIGH_TOUCH_ESCALATION
    elif hard_stop is HardStop.OPEN_DISPUTE:
        outcome = Outcome.LIKELY_DISPUTE
    elif hard_stop is HardStop.OVER_RISK_THRESHOLD and outcome is not Outcome.LIKELY_DISPUTE:
        outcome = Outcome.HIGH_TOUCH_ESCALATION
    promise = facts.promise.promise_date if facts.promise else None
    if hard_stop is not None or outcome in (Outcome.LIKELY_DISPUTE, Outcome.HIGH_TOUCH_ESCALATION):
        return verdict(Route.ESCALATE_TO_HUMAN, outcome, hard_stop, reasons, promise)

    # 4. Cadence and promises gate only the drafts.
    if facts.promise and promise is not None and promise >= case.as_of:
        reasons.append(f"promise_to_pay: {facts.promise.reason()} (by {promise}, still ahead)")
        return verdict(Route.NONE, Outcome.NO_ACTION, None, reasons, promise)
    if stage is None and days is not None:
        reasons.append(f"{days} days past due is before the first follow-up stage "
                       f"({policy.stages[0]} days)")
        return verdict(Route.NONE, Outcome.NO_ACTION, None, reasons, promise)
    sent = [r for r in case.reminders() if stage is not None and r.stage >= stage]
    if sent:
        reasons.append(f"reminder for stage {stage} already sent on {sent[0].day}; "
                       f"next follow-up at the next stage")
        return verdict(Route.NONE, Outcome.NO_ACTION, None, reasons, promise)
    plan = outcome is Outcome.PAYMENT_PLAN_CANDIDATE
    kind = DraftKind.PAYMENT_PLAN if plan else DraftKind.REMINDER
    return verdict(Route.DRAFT_FOR_APPROVAL, outcome, None, reasons, promise, kind)


def _classify(
    case: CaseBundle, policy: Policy, facts: _Facts, days: int | None, home: Decimal,
    reasons: list[str],
) -> Outcome:
    """SPEC step 3: likely_dispute, high_touch, payment_plan, routine; appends the reasons."""
    if facts.disputes_claimed:
        reasons.extend(f"dispute: {d.reason()}" for d in facts.disputes_claimed[:2])
        reasons.extend(u.reason() for u in facts.unread)
        return Outcome.LIKELY_DISPUTE
    if facts.paid_claims:
        reasons.extend(f"says it has paid: {p.reason()}" for p in facts.paid_claims[:2])
        reasons.extend(u.reason() for u in facts.unread)
        return Outcome.LIKELY_DISPUTE
    if facts.disputes_noted:
        return Outcome.LIKELY_DISPUTE
    touch: list[str] = []
    # The fail-safe: a recent customer email the judge could not read goes to a person.
    touch.extend(u.reason() for u in facts.unread)
    if days is not None and days >= policy.high_touch_days:
        touch.append(f"{days} days past due (DueDate {case.due_date}), at or over "
                     f"{policy.high_touch_days}")
    reminders = case.reminders()
    if len(reminders) >= policy.max_reminders_without_response:
        heard = [m.day for m in case.messages() if m.day and m.source in ("customer email", "note")]
        if _silent_since_first_reminder(case, heard):
            touch.append(f"{len(reminders)} reminders sent since {reminders[0].day} with no "
                         f"payment, customer email or note since")
    touch.extend(f"no automated reminders: {e.reason()}" for e in facts.no_contact[:1])
    touch.extend(f"customer text tried to instruct the bot (ignored, SPEC rule 5): {e.reason()}"
                 for e in facts.instructions[:1])
    if home >= policy.risk_threshold:
        touch.append("over the risk threshold: a person handles it")
    if touch:
        reasons.extend(touch)
        return Outcome.HIGH_TOUCH_ESCALATION
    partials = case.payments_applied()
    if facts.hardship:
        reasons.extend(f"payment plan: {e.reason()}" for e in facts.hardship[:1])
        return Outcome.PAYMENT_PLAN_CANDIDATE
    if len(partials) >= policy.partial_payments_for_plan:
        reasons.append(f"{len(partials)} partial payments applied to invoice {case.doc_number} "
                       f"and {_money(case.balance, case.currency)} remains")
        return Outcome.PAYMENT_PLAN_CANDIDATE
    due = f" (DueDate {case.due_date})" if case.due_date else ""
    aging = aging_phrase(days if case.due_date else None, policy.stage_for(days or 0))
    reasons.append(f"invoice {case.doc_number}: {_money(case.balance, case.currency)} open, "
                   f"{aging}{due}")
    return Outcome.ROUTINE_REMINDER

"""What a person's App Home shows: the cards they may decide (and whom each is assigned to),
the team's queue (who has cards assigned, what is snoozed until when), the aging picture,
sync health, jobs waiting to retry and sends in doubt.

The amounts a person may decide are checked with the same authority rule a click uses
(`Approvers.permit(Act.APPROVE, …)`), so the list never offers a card the click would
refuse. A person not on the approvers list (or from another workspace) gets no queue data,
only who to ask.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import Session, col, select

from core.adapters.queue import QUEUED
from core.domain.approval import ApprovalState
from core.domain.authority import Act, Approvers, Role
from core.errors import NotAuthorizedError
from core.models import Job, OutboxEffect, ProposedAction
from core.services import doubts
from core.services.digest import sync_health
from core.services.overdue import (
    DEFAULT_CURRENCY,
    BucketTotal,
    CardRef,
    companies,
    overdue_totals,
)
from core.services.queries import counts_by_state
from core.services.uow import UnitOfWork

SHOWN = 10  # items listed per section; the rest are counted ("and N more")
# who a stranger is sent to: the people who can change the approvers list, then the leads
_ASK_ORDER = (Role.ADMIN, Role.FINANCE_LEAD)


@dataclass(frozen=True)
class WaitingCard:
    """A proposed action the person may decide."""

    action_id: int
    customer_name: str
    doc_number: str
    home_amount: Decimal
    home_currency: str
    days_past_due: int
    drafted: bool  # False: an escalation, nothing drafted, a person must look
    created_at: datetime
    card: CardRef | None
    assignee: str | None = None  # the Slack user it was assigned to (Assign), if anyone


@dataclass(frozen=True)
class SnoozedCard:
    """A case put off until a date (Snooze): it comes back, judged again, that day."""

    action_id: int
    customer_name: str
    doc_number: str
    until: date  # in the company's own timezone
    snoozed_by: str | None
    card: CardRef | None


@dataclass(frozen=True)
class RetryQueue:
    """Jobs queued again after a failed attempt."""

    count: int
    oldest_kind: str | None = None
    oldest_since: datetime | None = None


@dataclass(frozen=True)
class SendInDoubt:
    """An effect nobody knows went out; a person must say whether it did."""

    effect_id: int
    kind: str
    customer_name: str
    doc_number: str
    card: CardRef | None
    may_resolve: bool  # the person's role may settle it (Act.RESOLVE_IN_DOUBT)
    action_id: int | None = None  # the case whose send it is: the Home's Resolve buttons
    version: int = 1


@dataclass(frozen=True)
class TeamHome:
    """The home of someone on the approvers list."""

    role: Role
    aging: tuple[BucketTotal, ...]  # overdue by bucket, home currency
    waiting: tuple[WaitingCard, ...]
    waiting_total: int
    counts: dict[str, int]
    sync: tuple[tuple[str, str], ...]  # (company name, health line)
    retry: RetryQueue
    in_doubt: tuple[SendInDoubt, ...]
    in_doubt_total: int
    user_id: str = ""  # whose Home it is ("assigned to you")
    assigned: tuple[tuple[str, int], ...] = ()  # (Slack user, cards awaiting approval)
    unassigned: int = 0  # cards awaiting approval assigned to nobody
    snoozed: tuple[SnoozedCard, ...] = ()  # the next to come back first (SHOWN of them)
    snoozed_total: int = 0


@dataclass(frozen=True)
class StrangerHome:
    """The home of someone not on the approvers list: who may add them, nothing else."""

    ask: tuple[str, ...]  # Slack user ids


def home_for(
    uow: UnitOfWork, now: datetime, approvers: Approvers, user_id: str, team_id: str | None
) -> TeamHome | StrangerHome:
    """Build the home `user_id` may see now."""
    try:
        # Seeing the queue needs what sharing it needs: on the list, from our workspace.
        role = approvers.permit(Act.SHARE_REPORT, user_id, team_id)
    except NotAuthorizedError:
        return StrangerHome(_who_to_ask(approvers))
    sends = _in_doubt(uow, approvers, user_id, team_id)
    with uow.session() as session:
        every = companies(session)
        currency = {c.realm_id: c.home_currency for c in every}
        waiting, total = _waiting(session, approvers, user_id, team_id, currency)
        assigned, unassigned = _assigned(session)
        snoozed, snoozed_total = _snoozed(session)
        return TeamHome(
            role=role,
            aging=overdue_totals(session, now),
            waiting=waiting,
            waiting_total=total,
            counts=counts_by_state(session),
            sync=tuple((c.name, sync_health(session, c.realm_id)) for c in every),
            retry=_retry_queue(session),
            in_doubt=sends[:SHOWN],
            in_doubt_total=len(sends),
            user_id=user_id,
            assigned=assigned,
            unassigned=unassigned,
            snoozed=snoozed,
            snoozed_total=snoozed_total,
        )


def _who_to_ask(approvers: Approvers) -> tuple[str, ...]:
    for role in _ASK_ORDER:
        found = sorted(user for user, r in approvers.users.items() if r is role)
        if found:
            return tuple(found[:3])
    return ()


def _may(approvers: Approvers, act: Act, user: str, team: str | None, amount: Decimal) -> bool:
    try:
        approvers.permit(act, user, team, amount)
    except NotAuthorizedError:
        return False
    return True


def _waiting(
    session: Session,
    approvers: Approvers,
    user_id: str,
    team_id: str | None,
    currency: dict[str, str],
) -> tuple[tuple[WaitingCard, ...], int]:
    """The proposed actions `user_id` may decide, oldest first (SHOWN of them) and how many."""
    candidates = session.exec(
        select(col(ProposedAction.id), col(ProposedAction.home_amount))
        .where(ProposedAction.state == ApprovalState.PROPOSED.value)
        .order_by(col(ProposedAction.created_at), col(ProposedAction.id))
    ).all()
    mine = [i for i, amount in candidates if _may(approvers, Act.APPROVE, user_id, team_id, amount)]
    shown = session.exec(
        select(ProposedAction)
        .where(col(ProposedAction.id).in_(mine[:SHOWN]))
        .order_by(col(ProposedAction.created_at), col(ProposedAction.id))
    ).all()
    return tuple(_waiting_card(a, currency) for a in shown), len(mine)


def _waiting_card(action: ProposedAction, currency: dict[str, str]) -> WaitingCard:
    assert action.id is not None
    return WaitingCard(
        action_id=action.id,
        customer_name=action.customer_name,
        doc_number=action.doc_number,
        home_amount=action.home_amount,
        home_currency=currency.get(action.realm_id, DEFAULT_CURRENCY),
        days_past_due=action.days_past_due,
        drafted=action.draft_body is not None,
        created_at=action.created_at,
        card=_card(action),
        assignee=action.assignee,
    )


def _assigned(session: Session) -> tuple[tuple[tuple[str, int], ...], int]:
    """Cards awaiting approval by assignee (most first), and how many nobody was given."""
    rows = session.exec(
        select(col(ProposedAction.assignee), func.count())
        .where(ProposedAction.state == ApprovalState.PROPOSED.value)
        .group_by(col(ProposedAction.assignee))
    ).all()
    assigned = sorted(((str(who), int(n)) for who, n in rows if who), key=lambda r: (-r[1], r[0]))
    return tuple(assigned), sum(int(n) for who, n in rows if not who)


def _snoozed(session: Session) -> tuple[tuple[SnoozedCard, ...], int]:
    """Cases snoozed until a date still ahead (a woken one has none), the soonest first."""
    waiting = (
        ProposedAction.state == ApprovalState.SNOOZED.value,
        col(ProposedAction.snoozed_until).is_not(None),
    )
    total = session.exec(select(func.count()).where(*waiting)).one()
    shown = session.exec(
        select(ProposedAction)
        .where(*waiting)
        .order_by(col(ProposedAction.snoozed_until), col(ProposedAction.id))
        .limit(SHOWN)
    ).all()
    return tuple(
        SnoozedCard(
            action_id=a.id or 0,
            customer_name=a.customer_name,
            doc_number=a.doc_number,
            until=a.snoozed_until,
            snoozed_by=a.decided_by,
            card=_card(a),
        )
        for a in shown
        if a.snoozed_until is not None
    ), int(total)


def _card(action: ProposedAction | None) -> CardRef | None:
    if action is not None and action.slack_channel and action.slack_ts:
        return CardRef(action.slack_channel, action.slack_ts)
    return None


def _retry_queue(session: Session) -> RetryQueue:
    count = session.exec(
        select(func.count()).where(Job.state == QUEUED, col(Job.attempts) > 0)
    ).one()
    oldest = session.exec(
        select(Job)
        .where(Job.state == QUEUED, col(Job.attempts) > 0)
        .order_by(col(Job.created_at), col(Job.id))
    ).first()
    if oldest is None:
        return RetryQueue(0)
    return RetryQueue(int(count), oldest.kind, oldest.created_at)


def _in_doubt(
    uow: UnitOfWork, approvers: Approvers, user_id: str, team_id: str | None
) -> tuple[SendInDoubt, ...]:
    effects: list[OutboxEffect] = doubts.in_doubt(uow)
    with uow.session() as session:
        ids = {e.action_id for e in effects}
        actions = {
            a.id: a
            for a in session.exec(
                select(ProposedAction).where(col(ProposedAction.id).in_(ids))
            ).all()
        }
        found = []
        for effect in effects:
            assert effect.id is not None
            action = actions.get(effect.action_id)
            amount = action.home_amount if action is not None else Decimal(0)
            found.append(
                SendInDoubt(
                    effect_id=effect.id,
                    kind=effect.kind,
                    customer_name=action.customer_name if action else "",
                    doc_number=action.doc_number if action else "",
                    card=_card(action),
                    may_resolve=_may(approvers, Act.RESOLVE_IN_DOUBT, user_id, team_id, amount),
                    action_id=action.id if action is not None else None,
                    version=action.version if action is not None else 1,
                )
            )
        return tuple(found)

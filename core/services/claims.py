"""Claiming a decision on a card: the row leaves its pending state only if nobody did first."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col

from core.errors import InvalidTransitionError, NotAuthorizedError
from core.ports import Clock
from core.services import audit
from core.services.uow import UnitOfWork


def claim(
    session: Session,
    row: Any,
    version: int,
    pending: str,
    after: str,
    noun: str,
    lost: Callable[[Any], None] | None = None,
) -> None:
    """Move `row` (a ProposedAction or a ChangeBatch) from `pending` to `after` at `version`.

    Raises InvalidTransitionError for a stale card (another version) or a decision that lost
    to an earlier one (double click, two approvers at once); `noun` names it ("case"). `lost`
    sees the row as it is now before that, to raise a more telling refusal (a card withdrawn
    while the click was on its way).
    """
    if version != row.version:
        raise InvalidTransitionError(
            "this card is out of date; use the newest card", state=row.state
        )
    model = type(row)
    result = session.execute(
        update(model)
        .where(col(model.id) == row.id)
        .where(col(model.state) == pending)
        .where(col(model.version) == version)
        .values(state=after)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(row)
        if lost is not None:
            lost(row)
        raise InvalidTransitionError(
            f"this {noun} was already {str(row.state).replace('_', ' ')}", state=row.state
        )
    row.state = after


def audit_refused_decision(
    uow: UnitOfWork,
    clock: Clock,
    who: tuple[str, str | None],
    subject: str,
    realm_id: str | None,
    attempted: str,
    why: str,
) -> None:
    """Write the `approval.refused` row of a decision on a card that changed nothing (its own
    transaction, so it stays although the decision's rolled back); `who` is (user, team)."""
    user_id, team_id = who
    with uow.session() as session:
        audit.append(
            session,
            at=clock.now(),
            kind="approval.refused",
            actor=user_id,
            subject=subject,
            realm_id=realm_id,
            data={"attempted": attempted, "reason": why, "team_id": team_id},
        )


@contextmanager
def refusal_audited(
    uow: UnitOfWork,
    clock: Clock,
    who: tuple[str, str | None],
    subject: str,
    realm_of: Callable[[], str | None],
    attempted: str,
) -> Iterator[None]:
    """Around a decision's transaction: a decision that lost to an earlier one (race, double
    click, stale card) or that its person may not make is audited once that transaction has
    ended and given its connection back.

    Inside it, a second session holds two of the pool's connections at once: with as many
    refused clicks at once as the pool has connections (5 + 10), each waited for its second
    until the pool's 30 s timeout (`python -m bench slack`); on SQLite it would also wait for
    the first's write lock. `realm_of` reads the subject's company after the rollback.
    """
    try:
        yield
    except (InvalidTransitionError, NotAuthorizedError) as exc:
        audit_refused_decision(uow, clock, who, subject, realm_of(), attempted, str(exc))
        raise

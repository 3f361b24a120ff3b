"""Checks a person's authority for one act (RULES in core.domain.authority); refusals audited."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.domain.authority import Act, Approvers, Role
from core.errors import NotAuthorizedError
from core.ports import Clock
from core.services import audit
from core.services.uow import UnitOfWork


@dataclass(frozen=True)
class Attempt:
    """Who asked to perform an act, as Slack's signed request says, and on what."""

    act: Act
    user_id: str | None
    team_id: str | None
    subject: str = ""
    realm_id: str | None = None
    amount: Decimal | None = None


def check(uow: UnitOfWork, clock: Clock, approvers: Approvers, attempt: Attempt) -> Role:
    """Return the asking user's role when RULES allows the act.

    Raises NotAuthorizedError after writing an `authority.refused` audit row (in its own
    transaction: the refusal is logged although nothing else happens) naming who tried.
    """
    try:
        return approvers.permit(attempt.act, attempt.user_id, attempt.team_id, attempt.amount)
    except NotAuthorizedError as exc:
        with uow.session() as session:
            audit.append(
                session,
                at=clock.now(),
                kind="authority.refused",
                actor=attempt.user_id or "unknown",
                subject=attempt.subject,
                realm_id=attempt.realm_id,
                data={
                    "attempted": attempt.act.value,
                    "reason": str(exc),
                    "team_id": attempt.team_id,
                    "amount": None if attempt.amount is None else str(attempt.amount),
                },
            )
        raise

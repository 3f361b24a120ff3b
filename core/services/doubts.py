"""Effects in doubt: a person confirms a send happened, or asks for it to be sent again."""

from __future__ import annotations

from sqlmodel import col, select

from core.domain.authority import Act, Approvers
from core.errors import UserFacingError
from core.models import OutboxEffect
from core.ports import Clock
from core.services import audit
from core.services.outbox import DONE, IN_DOUBT, PENDING, enqueue_action_job
from core.services.permissions import Attempt, check
from core.services.queries import get_action
from core.services.uow import UnitOfWork


def in_doubt(uow: UnitOfWork) -> list[OutboxEffect]:
    """Every effect waiting for a person's word, oldest first."""
    with uow.session() as session:
        return list(
            session.exec(
                select(OutboxEffect)
                .where(OutboxEffect.state == IN_DOUBT)
                .order_by(col(OutboxEffect.id))
            ).all()
        )


def resolve(uow: UnitOfWork, clock: Clock, effect_id: int, actor: str, *, sent: bool) -> str:
    """Record a person's check of an in-doubt effect and let the action carry on.

    `sent=True`: it did go out (the recipient has it) — mark done, continue with the
    QuickBooks note. `sent=False`: it did not — send it again. Raises UserFacingError
    when the effect is not in doubt.
    """
    now = clock.now()
    with uow.session() as session:
        effect = session.get(OutboxEffect, effect_id)
        if effect is None or effect.state != IN_DOUBT:
            raise UserFacingError(
                f"effect {effect_id} is not in doubt; see `qbot jobs --state in_doubt`"
            )
        effect.state = DONE if sent else PENDING
        effect.last_error = None
        session.add(effect)
        audit.append(
            session,
            at=now,
            kind="outbox.resolved",
            actor=actor,
            subject=f"action:{effect.action_id}",
            realm_id=effect.realm_id,
            data={"effect": effect.kind, "resolution": "sent" if sent else "resend"},
        )
        enqueue_action_job(
            session, effect.action_id, f"resolved:{effect_id}:{now.isoformat()}", now
        )
        return effect.state


def resolve_on_card(
    uow: UnitOfWork,
    clock: Clock,
    approvers: Approvers,
    action_id: int,
    who: tuple[str, str | None],
    *,
    sent: bool,
) -> str:
    """Resolve the send in doubt of the card's action, for a person allowed to (the Resolve
    buttons). `who` is (Slack user id, team id) as Slack's signed body says.

    Raises NotAuthorizedError (audited) for anyone below a finance lead or over their limit,
    and UserFacingError when nothing of this case is in doubt (resolved already).
    """
    user_id, team_id = who
    with uow.session() as session:
        action = get_action(session, action_id)
        effect = session.exec(
            select(OutboxEffect)
            .where(OutboxEffect.action_id == action_id, OutboxEffect.state == IN_DOUBT)
            .order_by(col(OutboxEffect.id))
        ).first()
        realm, amount = action.realm_id, action.home_amount
    check(
        uow,
        clock,
        approvers,
        Attempt(
            Act.RESOLVE_IN_DOUBT,
            user_id,
            team_id,
            subject=f"action:{action_id}",
            realm_id=realm,
            amount=amount,
        ),
    )
    if effect is None or effect.id is None:
        raise UserFacingError("Nothing on this card is in doubt any more; it was resolved.")
    return resolve(uow, clock, effect.id, user_id, sent=sent)

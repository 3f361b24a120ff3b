"""Pushes whose answer was lost, found in QuickBooks after all: the change is pushed.

A push that met a 5xx or a timeout may have landed. The next push looks it up before sending
it again (core.adapters.qbo.writes); a pull may see it first. Then the read copy holds qbot's
own write, and the change must be marked pushed, never merged as if QuickBooks had made the
edit (it would be withdrawn) nor sent again (a create would land twice).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, cast
from sqlmodel import Session, col, select

from core.adapters.qbo.writes import carries
from core.domain.sync.staged import ChangeAction, ChangeKind, ChangeState, next_state
from core.models import StagedChangeRow
from core.services import audit
from core.services.push import marker, redraw_batch
from core.services.staging import COPY_OF


def mark_landed(
    session: Session,
    now: datetime,
    change: StagedChangeRow,
    qbo_id: str,
    sync_token: str,
    how: str,
) -> None:
    """The change is pushed: QuickBooks' record `qbo_id` at `sync_token` holds it (`how`
    says how it was found); audited as the push it was, its batch card redrawn."""
    reason = f"{how}: qbot's earlier push of it landed though its answer was lost"
    change.qbo_id = qbo_id
    change.state = next_state(ChangeState(change.state), ChangeAction.LANDED).value
    change.reason, change.retry_at, change.updated_at = None, None, now
    session.add(change)
    audit.append(
        session,
        at=now,
        kind="change.pushed",
        actor="qbot",
        subject=f"{change.record_type}:{qbo_id}",
        realm_id=change.realm_id,
        data={
            "change": change.id,
            "batch": change.batch_id,
            "reason": reason,
            "sync_token_before": change.base_sync_token,
            "sync_token_after": sync_token,
        },
    )
    redraw_batch(session, change.batch_id, now)


def settle_landed_creates(session: Session, now: datetime, realm_id: str) -> int:
    """New records whose push went unanswered, found in the read copy a pull brought: an
    expense or invoice by the marker its PrivateNote carries, an account by its name with
    every value of the change. Each is marked pushed, so the next push neither looks it up
    nor sends it; returns how many."""
    waiting = session.exec(
        select(StagedChangeRow).where(
            StagedChangeRow.realm_id == realm_id,
            col(StagedChangeRow.qbo_id).is_(None),
            StagedChangeRow.state == ChangeState.APPROVED.value,
            StagedChangeRow.attempts > 0,
        )
    ).all()
    settled = 0
    for change in waiting:
        kind = ChangeKind(change.record_type)
        model = COPY_OF[kind]
        mine = select(model).where(model.realm_id == realm_id, col(model.deleted).is_(False))
        if kind is ChangeKind.ACCOUNT:
            named = session.exec(mine.where(model.name == str(change.changes.get("Name")))).all()
            found = next((a for a in named if carries(a.raw, change.changes)), None)
            how = "QuickBooks has an account of this name with every value of this change"
        else:
            tag = marker(change.id or 0)  # in the copy's JSON as written: no escaping needed
            found = session.exec(mine.where(cast(model.raw, String).like(f"%{tag}%"))).first()
            how = f"QuickBooks has the record marked {tag}"
        if found is not None:
            mark_landed(session, now, change, found.qbo_id, found.sync_token,
                        f"{how} (Id {found.qbo_id})")  # fmt: skip
            settled += 1
    return settled

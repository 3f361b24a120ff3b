"""What a person asks of the sync from Slack, authorised and audited like other sync acts.

`/qb sync now`: one sync cycle per company, queued on the durable job queue (the worker runs
it under the realm's sync lock and tells the result through the command's response_url).
"Retry" on `/qb sync status`: a failed change, or one waiting out a transient fault's backoff,
goes back in line for the next push now. Only an approved change is ever retried: nothing
here approves or writes to QuickBooks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.adapters import queue
from core.domain.authority import Act, Approvers
from core.domain.sync.intervals import SYNC_TYPE_NAMES
from core.domain.sync.staged import ChangeAction, ChangeState, next_state
from core.errors import InvalidTransitionError, UserFacingError
from core.models import StagedChangeRow
from core.ports import Clock
from core.services import audit, permissions
from core.services.approvals import Actor
from core.services.claims import audit_refused_decision
from core.services.permissions import Attempt
from core.services.sync_cycle import RESPONSE_URL, SYNC_CYCLE
from core.services.uow import UnitOfWork

RETRY_REQUESTED = "change.retry_requested"
CYCLE_REQUESTED = "sync.requested"


@dataclass(frozen=True)
class Retried:
    """A change put back in line: which record, and where it stood."""

    change_id: int
    record: str
    was: ChangeState
    realm_id: str


def record_of(row: StagedChangeRow) -> str:
    return f"{row.record_type}:{row.qbo_id}" if row.qbo_id else f"change:{row.id}"


class SyncRequests:
    def __init__(self, uow: UnitOfWork, clock: Clock, approvers: Approvers) -> None:
        self.uow = uow
        self.clock = clock
        self.approvers = approvers

    def run_now(self, realms: Sequence[str], actor: Actor, response_url: str | None) -> int:
        """Queue one full cycle (every type) per company; returns how many were queued.
        NotAuthorizedError (audited) for someone who may not run the sync."""
        permissions.check(self.uow, self.clock, self.approvers,
                          Attempt(Act.RUN_SYNC, actor.user_id, actor.team_id, "sync"))  # fmt: skip
        now = self.clock.now()
        with self.uow.session() as session:
            for realm in realms:
                payload: dict[str, Any] = {"realm_id": realm, "types": list(SYNC_TYPE_NAMES),
                                           "requested_by": actor.user_id}  # fmt: skip
                if response_url:  # a capability URL for 30 minutes: kept out of the audit log
                    payload[RESPONSE_URL] = response_url
                queue.enqueue(session, SYNC_CYCLE, payload, now)  # someone waits: not background
                audit.append(session, at=now, kind=CYCLE_REQUESTED, actor=actor.user_id,
                             subject=f"sync:{realm}", realm_id=realm,
                             data={"types": list(SYNC_TYPE_NAMES)})  # fmt: skip
        return len(realms)

    def retry(self, change_id: int, attempts: int, actor: Actor) -> Retried:
        """Put the change back in line; `attempts` is what the clicked status showed (a change
        that moved since is refused as stale). NotAuthorizedError or InvalidTransitionError,
        both audited."""
        with self.uow.session() as session:
            row = session.get(StagedChangeRow, change_id)
            if row is None:
                raise UserFacingError(f"there is no change {change_id}; run `/qb sync status`")
            record, realm_id = record_of(row), row.realm_id
        attempt = Attempt(Act.RETRY_CHANGE, actor.user_id, actor.team_id, record, realm_id)
        permissions.check(self.uow, self.clock, self.approvers, attempt)
        now = self.clock.now()
        try:
            with self.uow.session() as session:
                row = session.get(StagedChangeRow, change_id)
                assert row is not None
                was = ChangeState(row.state)
                waiting = was is ChangeState.APPROVED and row.retry_at is not None
                if was is not ChangeState.FAILED and not waiting:
                    raise InvalidTransitionError(
                        f"change {change_id} is {was.value.replace('_', ' ')}, not failed nor "
                        "waiting to retry: nothing to retry", state=was.value,
                    )  # fmt: skip
                if row.attempts != attempts:
                    raise InvalidTransitionError(
                        "this status is out of date; run `/qb sync status` again",
                        state=was.value,
                    )
                if was is ChangeState.FAILED:
                    row.state = next_state(was, ChangeAction.RETRY).value
                row.retry_at, row.updated_at = None, now
                row.reason = f"{row.reason or ''}; retry asked for by {actor.user_id}".lstrip("; ")
                session.add(row)
                audit.append(
                    session, at=now, kind=RETRY_REQUESTED, actor=actor.user_id, subject=record,
                    realm_id=realm_id,
                    data={"change": change_id, "from_state": was.value, "attempts": attempts},
                )  # fmt: skip
        except InvalidTransitionError as exc:
            audit_refused_decision(self.uow, self.clock, (actor.user_id, actor.team_id),
                                   record, realm_id, Act.RETRY_CHANGE.value, str(exc))  # fmt: skip
            raise
        return Retried(change_id, record, was, realm_id)

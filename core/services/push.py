"""Push approved staged changes to QuickBooks: creates and sparse updates in batches of up to
30 through the client's batch write (a stable requestid per batch, faults per item), updates
carrying the SyncToken the change was made against.

One bad record never blocks the other 29. A stale SyncToken (5010) is never forced: the record
is re-read into the read copy and the change is held in `conflict` for resolution. A
validation fault fails the change with QuickBooks' explanation; a transient one puts it back
in line (`approved`) for the next push.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, col, select

from core.adapters.qbo.batch import MAX_ITEMS, BatchItem, BatchItemResult
from core.domain.sync.staged import ChangeAction, ChangeKind, ChangeState, next_state
from core.errors import QbotError, RetryableError, StaleObjectError
from core.models import ChangeBatch, StagedChangeRow
from core.ports import Clock, QuickBooks
from core.services import audit
from core.services.change_approvals import UPDATE_CARD
from core.services.outbox import enqueue_batch_effect
from core.services.read_copy import upsert_page
from core.services.uow import UnitOfWork

NOTE_MAX = 4000
RETRY_FIRST = timedelta(seconds=30)  # the wait after a first transient fault, doubled after
RETRY_MAX = timedelta(hours=1)  # each further one, up to this


def retry_wait(attempts: int) -> timedelta:
    """How long a change waits after its `attempts`-th transient fault."""
    return min(RETRY_FIRST * (1 << min(max(attempts - 1, 0), 16)), RETRY_MAX)


@dataclass
class PushReport:
    """What one push did."""

    pushed: int = 0
    failed: int = 0
    conflicts: int = 0
    retry_queued: int = 0
    batches: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)
    # What conflict resolution did with the records a 5010 made us read again.
    resolution: Any = None

    def as_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed, "failed": self.failed, "conflicts": self.conflicts,
            "retry_queued": self.retry_queued, "api_calls": self.batches,
            "failures": self.failures,
        }  # fmt: skip


@dataclass(frozen=True)
class _Claimed:
    """A change taken for this push, as plain values (no session needed to send it)."""

    id: int
    batch_id: int
    kind: ChangeKind
    qbo_id: str | None
    base_sync_token: str | None
    changes: dict[str, Any]
    # Pushed before without a clear answer (a transient fault): it may have landed.
    in_doubt: bool = False


def marker(change_id: int) -> str:
    """What a create carries in PrivateNote, so the record is recognisably ours."""
    return f"[qbot:c{change_id}]"


def item_for(c: _Claimed) -> BatchItem:
    """The batch item of one change: a create, or a sparse update at its base SyncToken.

    A change whose earlier push went unanswered is sent `in_doubt`: the client looks it up
    first (a create by its marker) and sends it only if it did not land, so it is never
    created twice, whatever batch it now travels in."""
    entity = c.kind.entity.value
    body = dict(c.changes)
    bid = f"c{c.id}"
    if c.qbo_id is None:
        # Account has no PrivateNote. Its Name is unique (QuickBooks refuses a second one, 6240),
        # so an account whose create went unanswered is looked up by it; one found is ours only
        # if it holds every value we sent (a QuickBooks user may have taken the name first).
        found_by = ("Name", str(body.get("Name") or ""))
        if c.kind is not ChangeKind.ACCOUNT:
            note = str(body.get("PrivateNote") or "")
            tag = marker(c.id)
            body["PrivateNote"] = f"{note[: NOTE_MAX - len(tag) - 1]} {tag}".strip()
            found_by = ("PrivateNote", tag)
        return BatchItem("create", entity, body, bid=bid, marker=found_by, in_doubt=c.in_doubt)
    body.update({"Id": c.qbo_id, "SyncToken": c.base_sync_token, "sparse": True})
    return BatchItem("update", entity, body, bid=bid, in_doubt=c.in_doubt)


def redraw_batch(session: Session, batch_id: int, now: datetime) -> None:
    """The batch's card shows where each change stands; all pushed: the batch is pushed."""
    batch = session.get(ChangeBatch, batch_id)
    assert batch is not None
    states = set(
        session.exec(
            select(StagedChangeRow.state).where(StagedChangeRow.batch_id == batch_id)
        ).all()
    )
    if states == {ChangeState.PUSHED.value}:
        batch.state = ChangeState.PUSHED.value
    batch.version += 1  # a new drawing of the card (its buttons went with the approval)
    session.add(batch)
    enqueue_batch_effect(session, batch, UPDATE_CARD, 1, now)


def request_id(chunk: Sequence[_Claimed]) -> str:
    """Stable for the same changes: a resent batch is answered with its first result."""
    ids = ",".join(str(c.id) for c in chunk)
    return "qbot-push-" + hashlib.sha256(ids.encode()).hexdigest()[:20]


class PushService:
    """Pushes what people approved; never anything else."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        qbo_for: Callable[[str], QuickBooks],
        resolve: Callable[[str], object] | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.qbo_for = qbo_for
        # Conflict resolution, run on the records a 5010 made us read again.
        self.resolve = resolve

    def push(
        self, realm_id: str, limit: int = 3000, qbo: QuickBooks | None = None
    ) -> PushReport:
        """Push up to `limit` approved changes of one company, 30 a batch (through `qbo`, or
        the company's client)."""
        report = PushReport()
        claimed = self._claim(realm_id, limit)
        if not claimed:
            return report
        qbo = qbo or self.qbo_for(realm_id)
        stale_seen: list[_Claimed] = []
        for start in range(0, len(claimed), MAX_ITEMS):
            chunk = claimed[start : start + MAX_ITEMS]
            report.batches += 1
            try:
                results = qbo.batch([item_for(c) for c in chunk], request_id(chunk))
            except QbotError as exc:  # the whole batch: retried later if transient, else failed
                self._settle(realm_id, [(c, None, exc) for c in chunk], report)
                continue
            self._settle(
                realm_id, [(c, r, r.error) for c, r in zip(chunk, results, strict=True)], report
            )
            stale = [c for c, r in zip(chunk, results, strict=True)
                     if isinstance(r.error, StaleObjectError)]  # fmt: skip
            stale_seen.extend(stale)
        if stale_seen:
            report.resolution = self._pull_again(realm_id, qbo, stale_seen)
        return report

    def _claim(self, realm_id: str, limit: int) -> list[_Claimed]:
        """approved -> pushing in one transaction: of two pushers, each change goes once."""
        now = self.clock.now()
        with self.uow.session() as session:
            rows = session.exec(
                select(StagedChangeRow)
                .where(
                    StagedChangeRow.realm_id == realm_id,
                    StagedChangeRow.state == ChangeState.APPROVED.value,
                    # A change a transient fault put back waits out its backoff.
                    or_(
                        col(StagedChangeRow.retry_at).is_(None),
                        col(StagedChangeRow.retry_at) <= now,
                    ),
                )
                .order_by(col(StagedChangeRow.id))
                .limit(limit)
                .with_for_update(skip_locked=True)
            ).all()
            claimed = []
            for r in rows:
                r.state = next_state(ChangeState(r.state), ChangeAction.START_PUSH).value
                r.updated_at = now
                session.add(r)
                assert r.id is not None
                claimed.append(
                    _Claimed(
                        r.id,
                        r.batch_id,
                        ChangeKind(r.record_type),
                        r.qbo_id,
                        r.base_sync_token,
                        dict(r.changes),
                        in_doubt=r.attempts > 0,
                    )
                )
        return claimed

    def _settle(
        self,
        realm_id: str,
        outcomes: list[tuple[_Claimed, BatchItemResult | None, QbotError | None]],
        report: PushReport,
    ) -> None:
        now = self.clock.now()
        records: list[audit.Record] = []
        with self.uow.session() as session:
            for c, result, error in outcomes:
                row = session.get(StagedChangeRow, c.id)
                assert row is not None
                kind, reason = self._outcome(session, realm_id, row, result, error, report)
                row.updated_at = now
                session.add(row)
                records.append(
                    audit.Record(
                        at=now,
                        kind=f"change.{kind}",
                        actor="qbot",
                        subject=f"{row.record_type}:{row.qbo_id}"
                        if row.qbo_id
                        else f"change:{row.id}",
                        realm_id=realm_id,
                        data={
                            "change": row.id,
                            "batch": row.batch_id,
                            "reason": reason,
                            "sync_token_before": c.base_sync_token,
                            "sync_token_after": (result.entity or {}).get("SyncToken")
                            if result
                            else None,
                        },
                    )
                )
            audit.append_many(session, records)
            for batch_id in sorted({c.batch_id for c, _r, _e in outcomes}):
                redraw_batch(session, batch_id, now)

    def _outcome(
        self,
        session: Session,
        realm_id: str,
        row: StagedChangeRow,
        result: BatchItemResult | None,
        error: QbotError | None,
        report: PushReport,
    ) -> tuple[str, str | None]:
        state = ChangeState(row.state)
        if error is None and result is not None and result.entity:
            entity = result.entity
            upsert_page(session, realm_id, ChangeKind(row.record_type).entity.value, [entity])
            row.qbo_id = row.qbo_id or str(entity.get("Id"))
            row.state, row.reason = next_state(state, ChangeAction.COMPLETE).value, None
            row.retry_at = None
            report.pushed += 1
            return "pushed", None
        if isinstance(error, StaleObjectError):
            reason = (
                "QuickBooks changed this record after the change was made (its SyncToken is "
                f"no longer {row.base_sync_token}); qbot re-read it and holds the change for "
                "conflict resolution instead of writing over it"
            )
            row.state, row.reason = next_state(state, ChangeAction.HOLD).value, reason
            report.conflicts += 1
            return "conflict", reason
        if error is None or isinstance(error, RetryableError):
            why = str(error) if error is not None else "QuickBooks answered without the record"
            row.attempts += 1
            row.retry_at = self.clock.now() + retry_wait(row.attempts)
            why = (
                f"{why}; qbot tries again after {row.retry_at:%Y-%m-%d %H:%M} UTC, looking it "
                "up in QuickBooks first in case it landed unseen (it is never written twice)"
            )
            row.state, row.reason = next_state(state, ChangeAction.RETRY).value, why
            report.retry_queued += 1
            return "retry_queued", why
        reason = f"QuickBooks refused it: {error}"
        row.state, row.reason = next_state(state, ChangeAction.FAIL).value, reason
        report.failed += 1
        report.failures.append({"change": row.id, "reason": reason})
        return "failed", reason

    def _pull_again(self, realm_id: str, qbo: QuickBooks, stale: Sequence[_Claimed]) -> object:
        """Re-read records QuickBooks changed first, so the read copy (the merge's input) is
        QuickBooks' newest version, then resolve them; returns what resolution did."""
        fresh = [(c, qbo.read(c.kind.entity.value, c.qbo_id or "")) for c in stale if c.qbo_id]
        if not fresh:
            return None
        with self.uow.session() as session:
            for c, entity in fresh:
                upsert_page(session, realm_id, c.kind.entity.value, [entity])
        return self.resolve(realm_id) if self.resolve is not None else None

"""One sync cycle of a company: pull from QuickBooks, resolve what QuickBooks moved past, push
what people approved. The pull is incremental (one CDC request for the cycle's entities) once
they were pulled in full and their cursor is within CDC's 30 days; in full otherwise, or when
asked. QuickBooks settings alone are enough: cards the cycle queues wait in the outbox until
Slack is configured."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.errors import QbotError, RetryableError, UserFacingError
from core.ports import Clock, QuickBooks, SyncAnswerer
from core.services import audit
from core.services.conflicts import ConflictService, ResolveReport
from core.services.events import EventService, advance_cursors, cdc_start
from core.services.ingest import SYNC_TYPES, Progress, kinds_for, pull_all
from core.services.push import PushReport, PushService
from core.services.uow import UnitOfWork

FULL, CDC = "full", "cdc"  # how a cycle pulled
log = logging.getLogger(__name__)


@dataclass
class CycleReport:
    """What one cycle did; `as_json` is `qbot sync --json`."""

    pulled: dict[str, int] = field(default_factory=dict)
    mode: str = FULL  # how it pulled: FULL (every record) or CDC (what changed since)
    resolution: ResolveReport = field(default_factory=ResolveReport)
    push: PushReport = field(default_factory=PushReport)
    api_calls: int = 0

    def as_json(self) -> dict[str, Any]:
        r = self.resolution
        return {
            "pulled": self.pulled,
            "mode": self.mode,
            # A push whose answer was lost, found in QuickBooks by this cycle's pull, is pushed.
            "pushed": self.push.pushed + r.landed,
            "conflicts": r.conflicts,
            "resolved_by_policy": r.resolved_by_policy,
            "held_for_person": r.held_for_person,
            "rebased": r.rebased,
            "withdrawn": r.withdrawn,
            "failed": self.push.failed,
            "retry_queued": self.push.retry_queued,
            "failures": self.push.failures,
            "api_calls": self.api_calls,
        }


class SyncCycle:
    """Pull, resolve, push: the order matters (a change QuickBooks moved past is rebased or
    withdrawn before it could be pushed against an old SyncToken)."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        conflicts: ConflictService,
        push: PushService,
        events: EventService,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.conflicts = conflicts
        self.push = push
        self.events = events

    def run(
        self,
        qbo: QuickBooks,
        kinds: Sequence[str],
        progress: Progress | None = None,
        *,
        full: bool = False,
    ) -> CycleReport:
        """One cycle of `qbo`'s company over the entity types `kinds`; `full` pulls every
        record whatever the cursors say."""
        realm_id = qbo.realm_id
        calls_before = getattr(qbo, "calls", 0)  # QboClient counts its HTTP requests
        report = CycleReport()
        report.mode, report.pulled = self._pull(qbo, kinds, progress, full)
        self._record_pull(realm_id, report.pulled, report.mode)
        report.resolution = self.conflicts.resolve(realm_id)
        report.push = self.push.push(realm_id, qbo=qbo)
        if isinstance(report.push.resolution, ResolveReport):  # the 5010s of this push
            report.resolution.add(report.push.resolution)
        report.api_calls = getattr(qbo, "calls", 0) - calls_before
        return report

    def _pull(
        self, qbo: QuickBooks, kinds: Sequence[str], progress: Progress | None, full: bool
    ) -> tuple[str, dict[str, int]]:
        """Pull by CDC when every kind has a cursor from a full pull within CDC's window,
        else in full (then the cursors start where the full pull started: a change made
        while it paged is asked for again by the next CDC, and the SyncToken guard keeps
        the newer copy)."""
        realm_id = qbo.realm_id
        started = self.clock.now()
        with self.uow.session() as session:
            since = None if full else cdc_start(session, realm_id, kinds, started)
        if since is not None:
            try:
                changes = self.events.catch_up(qbo, kinds, since)
            except UserFacingError as exc:
                # CDC refused the window (past 30 days by QuickBooks' clock, or more than
                # 1,000 changes in one second): a full pull is always right, only costlier.
                log.warning("CDC for %s refused (%s): pulling in full", realm_id, exc)
            else:
                counts = {k: changes.applied.get(k, 0) for k in kinds}
                if progress:
                    for k, n in counts.items():
                        progress(k, n)
                return CDC, counts
        pulled = pull_all(self.uow, qbo, progress=progress, kinds=kinds)
        with self.uow.session() as session:
            advance_cursors(session, realm_id, kinds, started, self.clock.now(), full_pull=True)
        return FULL, pulled.counts

    def _record_pull(self, realm_id: str, counts: dict[str, int], mode: str) -> None:
        """One `sync.pulled` entry per record type the pull covered: when qbot pulled it
        (QuickBooks' LastUpdatedTime says when someone last edited, not when we looked)."""
        now = self.clock.now()
        records = [
            audit.Record(at=now, kind=PULLED, actor="qbot", subject=pulled_subject(name),
                         realm_id=realm_id,
                         data={"entities": {k: counts[k] for k in kinds}, "mode": mode})
            for name, kinds in SYNC_TYPES.items()
            if all(k in counts for k in kinds)
        ]  # fmt: skip
        if records:
            with self.uow.session() as session:
                audit.append_many(session, records)


PULLED = "sync.pulled"
SYNC_CYCLE = "sync_cycle"  # the job kind: scheduled per type, or `/qb sync now`
RESPONSE_URL = "response_url"  # in a sync job's payload: where to tell the result


def run_cycle(
    cycle: SyncCycle,
    qbo_for: Callable[[str], QuickBooks],
    payload: Mapping[str, Any],
    answer: SyncAnswerer | None,
) -> CycleReport:
    """A sync job: one cycle of the payload's realm and types (every type when none), and,
    asked for from Slack, its result told through the request's response_url. A transient
    fault is not told: the job runs again and tells that run's result."""
    realm = str(payload["realm_id"])
    types = [str(t) for t in payload.get("types") or SYNC_TYPES if str(t) in SYNC_TYPES]
    url = payload.get(RESPONSE_URL)
    tell = answer if isinstance(url, str) and url else None
    try:
        report = cycle.run(qbo_for(realm), kinds_for(types))
    except RetryableError:
        raise
    except QbotError as exc:
        if tell is not None:
            tell.tell_sync_result(str(url), realm, None, str(exc))
        raise
    if tell is not None:
        tell.tell_sync_result(str(url), realm, report.as_json(), "")
    return report


def pulled_subject(sync_type: str) -> str:
    """How the audit log names one record type's pulls: `sync:invoices`."""
    return f"sync:{sync_type}"

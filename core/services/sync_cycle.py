"""One full sync cycle of a company: pull from QuickBooks, resolve what QuickBooks moved past,
push what people approved. QuickBooks settings alone are enough: cards the cycle queues wait
in the outbox until Slack is configured."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.ports import Clock, QuickBooks
from core.services import audit
from core.services.conflicts import ConflictService, ResolveReport
from core.services.ingest import SYNC_TYPES, Progress, pull_all
from core.services.push import PushReport, PushService
from core.services.uow import UnitOfWork


@dataclass
class CycleReport:
    """What one cycle did; `as_json` is `qbot sync --json`."""

    pulled: dict[str, int] = field(default_factory=dict)
    resolution: ResolveReport = field(default_factory=ResolveReport)
    push: PushReport = field(default_factory=PushReport)
    api_calls: int = 0

    def as_json(self) -> dict[str, Any]:
        r = self.resolution
        return {
            "pulled": self.pulled,
            "pushed": self.push.pushed,
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
        self, uow: UnitOfWork, clock: Clock, conflicts: ConflictService, push: PushService
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.conflicts = conflicts
        self.push = push

    def run(
        self, qbo: QuickBooks, kinds: Sequence[str], progress: Progress | None = None
    ) -> CycleReport:
        realm_id = qbo.realm_id
        calls_before = getattr(qbo, "calls", 0)  # QboClient counts its HTTP requests
        pulled = pull_all(self.uow, qbo, progress=progress, kinds=kinds)
        self._record_pull(realm_id, pulled.counts)
        report = CycleReport(pulled=pulled.counts, resolution=self.conflicts.resolve(realm_id))
        report.push = self.push.push(realm_id, qbo=qbo)
        if isinstance(report.push.resolution, ResolveReport):  # the 5010s of this push
            report.resolution.add(report.push.resolution)
        report.api_calls = getattr(qbo, "calls", 0) - calls_before
        return report

    def _record_pull(self, realm_id: str, counts: dict[str, int]) -> None:
        """One `sync.pulled` entry per record type the pull covered: when qbot pulled it
        (QuickBooks' LastUpdatedTime says when someone last edited, not when we looked)."""
        now = self.clock.now()
        records = [
            audit.Record(at=now, kind=PULLED, actor="qbot", subject=pulled_subject(name),
                         realm_id=realm_id, data={"entities": {k: counts[k] for k in kinds}})
            for name, kinds in SYNC_TYPES.items()
            if all(k in counts for k in kinds)
        ]  # fmt: skip
        if records:
            with self.uow.session() as session:
                audit.append_many(session, records)


PULLED = "sync.pulled"


def pulled_subject(sync_type: str) -> str:
    """How the audit log names one record type's pulls: `sync:invoices`."""
    return f"sync:{sync_type}"

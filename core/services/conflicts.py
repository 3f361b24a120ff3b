"""Resolve conflicts by the policy: a staged platform change whose record QuickBooks changed
since the change was made (seen by a pull, CDC, a webhook or a 5010 on push) is merged field
by field against the version it was staged on (core.domain.sync.merge).

The change is then rebased (its remaining fields on top of QuickBooks' new SyncToken),
withdrawn when it lost (the reason says why; nothing is written over the newer value), or held
for a person (`manual`, or the record deleted or voided in QuickBooks). A field changed on
both sides leaves a `sync_conflicts` row; every resolution writes an audit entry.

The resolution reads only the read copy's newest version and the change, and a rebased change
is based on that version, so resolving after any order of pulls gives the same result, and
resolving twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from core.domain.sync.audit import resolution_entry
from core.domain.sync.conflict_policy import ConflictPolicy, ConflictRule
from core.domain.sync.merge import Decider, RecordMerge, Side, Withdrawal, merge
from core.domain.sync.records import PlatformChange, RecordVersion
from core.domain.sync.staged import ChangeAction, ChangeKind, ChangeState, next_state
from core.domain.sync.versions import field_value, like, plain_value, quickbooks_version
from core.models import StagedChangeRow, SyncConflict
from core.ports import Clock
from core.services import audit
from core.services.landed import mark_landed, settle_landed_creates
from core.services.read_copy import KEYS_PER_LOOKUP
from core.services.staging import COPY_OF, json_ready, open_changes
from core.services.uow import UnitOfWork

OPEN, RESOLVED = "open", "resolved"
POLICY = "policy"  # who decided a conflict the policy resolved
# What decides a contest (both sides changed a field differently, or QuickBooks dropped it).
_CONTESTED = frozenset(
    {Decider(r.value) for r in ConflictRule}
    | {Decider.DELETED_IN_QUICKBOOKS, Decider.VOIDED_IN_QUICKBOOKS}
)
# Called in the resolving transaction for each conflict row written (queues its Slack card).
ConflictHook = Callable[[Session, SyncConflict], None]


@dataclass
class ResolveReport:
    """What one resolution pass did."""

    merged: int = 0  # staged changes QuickBooks had moved past
    landed: int = 0  # pushes whose answer was lost, found in QuickBooks: now pushed
    rebased: int = 0
    withdrawn: int = 0
    conflicts: int = 0  # of those, records with a field changed on both sides
    resolved_by_policy: int = 0
    held_for_person: int = 0

    def add(self, other: ResolveReport) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_json(self) -> dict[str, int]:
        return dict(vars(self))


def _approved(change: StagedChangeRow, conflict: SyncConflict | None) -> bool:
    state = ChangeState(change.state)
    if state is ChangeState.CONFLICT:
        # Held by a 5010 on push (it was approved), or by an earlier merge (state kept).
        return conflict is None or conflict.change_state != ChangeState.AWAITING_APPROVAL.value
    return state in (ChangeState.APPROVED, ChangeState.PUSHING)


def _rule(result: RecordMerge) -> str:
    rules = sorted({f.rule.value for f in result.fields if f.rule in _CONTESTED})
    return ",".join(rules)[:40]


def conflict_fields(result: RecordMerge) -> list[Any]:
    """The per-field rows a conflict shows: every field either side touched."""
    entry = resolution_entry(result)
    fields = entry["fields"]
    assert isinstance(fields, list)
    return fields


def resolve_changes(
    session: Session,
    now: datetime,
    policy: ConflictPolicy,
    realm_id: str,
    on_conflict: ConflictHook | None = None,
) -> ResolveReport:
    """Resolve, in the caller's transaction, every open change of the company whose record
    QuickBooks moved past (a change being pushed is left to its push)."""
    report = ResolveReport(landed=settle_landed_creates(session, now, realm_id))
    for kind in ChangeKind:
        changes = open_changes(session, realm_id, kind)
        if not changes:
            continue
        copies = _copies(session, realm_id, kind, sorted(changes))
        held = _conflicts(session, [c.id for c in changes.values() if c.id is not None])
        for qbo_id, change in changes.items():
            copy = copies.get(qbo_id)
            if copy is None or ChangeState(change.state) is ChangeState.PUSHING:
                continue
            conflict = held.get(change.id or 0)
            token = None if copy.deleted else copy.sync_token
            if not copy.deleted and token == change.base_sync_token:
                continue  # QuickBooks has not moved since the change was made
            if (
                conflict is not None
                and conflict.state == OPEN
                and (conflict.quickbooks_sync_token == token)
            ):
                continue  # already held on this very version
            one = _resolve_one(session, now, policy, kind, change, copy, conflict, on_conflict)
            report.add(one)
    return report


def _copies(session: Session, realm_id: str, kind: ChangeKind, ids: list[str]) -> dict[str, Any]:
    model = COPY_OF[kind]
    found: dict[str, Any] = {}
    for i in range(0, len(ids), KEYS_PER_LOOKUP):
        rows = session.exec(
            select(model).where(
                model.realm_id == realm_id, col(model.qbo_id).in_(ids[i : i + KEYS_PER_LOOKUP])
            )
        ).all()
        found.update({r.qbo_id: r for r in rows})
    return found


def _conflicts(session: Session, change_ids: list[int]) -> dict[int, SyncConflict]:
    found: dict[int, SyncConflict] = {}
    for i in range(0, len(change_ids), KEYS_PER_LOOKUP):
        rows = session.exec(
            select(SyncConflict).where(
                col(SyncConflict.change_id).in_(change_ids[i : i + KEYS_PER_LOOKUP])
            )
        ).all()
        found.update({r.change_id: r for r in rows})
    return found


def merge_change(
    policy: ConflictPolicy,
    kind: ChangeKind,
    change: StagedChangeRow,
    raw: Mapping[str, Any],
    sync_token: str,
    deleted: bool,
    approved: bool,
) -> RecordMerge:
    """The three-way merge of one staged change with QuickBooks' version `raw`."""
    assert change.qbo_id is not None and change.base_sync_token is not None
    names = sorted(change.changes)
    staged = {n: plain_value(change.changes[n]) for n in names}
    base_fields = {n: like(staged[n], plain_value(change.base_fields.get(n))) for n in names}
    base = RecordVersion(
        kind.entity, change.qbo_id, change.base_sync_token, change.created_at, base_fields
    )
    platform = PlatformChange(kind.entity, staged, change.created_at, approved)
    quickbooks = quickbooks_version(
        kind.entity, change.qbo_id, raw, sync_token, deleted, names, staged, change.created_at
    )
    return merge(base, platform, quickbooks, policy)


def _resolve_one(
    session: Session,
    now: datetime,
    policy: ConflictPolicy,
    kind: ChangeKind,
    change: StagedChangeRow,
    copy: Any,
    conflict: SyncConflict | None,
    on_conflict: ConflictHook | None,
) -> ResolveReport:
    report = ResolveReport(merged=1)
    before = ChangeState(change.state)
    raw = dict(copy.raw)
    result = merge_change(
        policy, kind, change, raw, copy.sync_token, copy.deleted, _approved(change, conflict)
    )
    if _landed_unseen(change, conflict, copy.deleted, result):
        how = f"QuickBooks holds every value of this change (SyncToken {copy.sync_token})"
        mark_landed(session, now, change, copy.qbo_id, copy.sync_token, how)
        report.landed = 1
        return report
    contested = any(f.rule in _CONTESTED for f in result.fields)
    base_token = change.base_sync_token
    if result.held_for_person:
        outcome, reason = "held", result.hold_reason
        if before is not ChangeState.CONFLICT:
            change.state = next_state(before, ChangeAction.HOLD).value
        report.held_for_person = 1
    elif result.push is None or result.withdrawal is Withdrawal.WHOLLY:
        outcome = "withdrawn"
        reason = result.withdrawal_reason or (
            "QuickBooks already holds every value of this change; nothing is left to push."
        )
        change.state = next_state(before, ChangeAction.WITHDRAW).value
        report.withdrawn = 1
    else:
        outcome = "rebased"
        reason = result.withdrawal_reason or (
            f"QuickBooks changed the record (SyncToken {base_token} → {copy.sync_token}); "
            "this change now goes on top of that version."
        )
        _rebase(change, before, conflict, result.push.fields, raw, copy.sync_token)
        report.rebased = 1
    change.reason = reason
    change.updated_at = now
    session.add(change)
    entry = resolution_entry(result)
    audit.append(
        session,
        at=now,
        kind="sync.resolution",
        actor=POLICY,
        subject=f"{kind.value}:{change.qbo_id}",
        realm_id=change.realm_id,
        data={**entry, "change": change.id, "outcome": outcome, "reason": reason},
    )
    if contested:
        report.conflicts = 1
        if outcome != "held":
            report.resolved_by_policy = 1
        row = _record_conflict(session, now, kind, change, conflict, result, outcome, reason,
                               before, base_token)  # fmt: skip
        if on_conflict is not None:
            on_conflict(session, row)
    return report


def _landed_unseen(
    change: StagedChangeRow, conflict: SyncConflict | None, deleted: bool, result: RecordMerge
) -> bool:
    """True when an approved change already pushed without a clear answer (a lost answer, a
    timeout: it may have landed) finds QuickBooks holding every value it changes: its write
    landed. Merged like any other, it would read as QuickBooks' own edit and be withdrawn."""
    if change.attempts == 0 or deleted or not _approved(change, conflict):
        return False
    ours = [f for f in result.fields if f.platform_changed]
    return bool(ours) and all(f.side is Side.BOTH for f in ours)


def _rebase(
    change: StagedChangeRow,
    before: ChangeState,
    conflict: SyncConflict | None,
    remaining: Mapping[str, Any],
    raw: Mapping[str, Any],
    sync_token: str,
) -> None:
    """The change keeps only the fields it still changes, based on QuickBooks' new version."""
    change.changes = {n: change.changes[n] for n in sorted(remaining)}
    change.base_fields = {n: json_ready(field_value(raw, n)) for n in sorted(remaining)}
    change.base_sync_token = sync_token
    if before is ChangeState.CONFLICT:
        action = ChangeAction.RELEASE if _approved(change, conflict) else ChangeAction.REOPEN
    else:
        action = ChangeAction.REBASE
    change.state = next_state(before, action).value


def _record_conflict(
    session: Session,
    now: datetime,
    kind: ChangeKind,
    change: StagedChangeRow,
    conflict: SyncConflict | None,
    result: RecordMerge,
    outcome: str,
    reason: str | None,
    before: ChangeState,
    base_token: str | None,
) -> SyncConflict:
    assert change.id is not None and change.qbo_id is not None
    held = outcome == "held"
    if conflict is None:
        conflict = SyncConflict(
            realm_id=change.realm_id, record_type=kind.value, qbo_id=change.qbo_id,
            change_id=change.id, rule="", outcome=outcome, change_state=before.value,
            created_at=now, updated_at=now,
        )  # fmt: skip
    else:
        conflict.version += 1  # redrawn in place
        if before is not ChangeState.CONFLICT:
            conflict.change_state = before.value
    conflict.rule = _rule(result)
    conflict.outcome = outcome
    conflict.fields = conflict_fields(result)
    conflict.base_sync_token = base_token
    conflict.quickbooks_sync_token = result.quickbooks_sync_token
    conflict.reason = reason
    conflict.state = OPEN if held else RESOLVED
    conflict.decided_by = None if held else POLICY
    conflict.decided_at = None if held else now
    conflict.updated_at = now
    session.add(conflict)
    session.flush()
    return conflict


class ConflictService:
    """Resolution in its own transaction, and the conflicts as `qbot conflicts` lists them."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        policy: ConflictPolicy,
        on_conflict: ConflictHook | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.policy = policy
        self.on_conflict = on_conflict

    def resolve(self, realm_id: str) -> ResolveReport:
        with self.uow.session() as session:
            return resolve_changes(session, self.clock.now(), self.policy, realm_id,
                                   self.on_conflict)  # fmt: skip

    def list(self, state: str | None = None, realm_id: str | None = None) -> list[dict[str, Any]]:
        """Conflicts, newest first, as plain JSON: record, fields, rule, state, decided_at."""
        with self.uow.session() as session:
            query = select(SyncConflict)
            if state is not None:
                query = query.where(SyncConflict.state == state)
            if realm_id is not None:
                query = query.where(SyncConflict.realm_id == realm_id)
            rows = session.exec(query.order_by(col(SyncConflict.id).desc())).all()
            return [conflict_json(r) for r in rows]


def conflict_json(row: SyncConflict) -> dict[str, Any]:
    return {
        "id": row.id,
        "record": f"{row.record_type}:{row.qbo_id}",
        "type": row.record_type,
        "qbo_id": row.qbo_id,
        "change": row.change_id,
        "state": row.state,
        "rule": row.rule,
        "outcome": row.outcome,
        "reason": row.reason,
        "base_sync_token": row.base_sync_token,
        "quickbooks_sync_token": row.quickbooks_sync_token,
        "fields": [
            {k: f.get(k) for k in ("field", "base", "platform", "quickbooks", "result", "rule")}
            for f in row.fields
        ],
        "decided_by": row.decided_by,
        "decided_at": row.decided_at.isoformat() if row.decided_at else None,
        # where its Slack card is (None until posted: it waits in the outbox)
        "card": {"channel": row.slack_channel, "ts": row.slack_ts}
        if row.slack_channel and row.slack_ts else None,
    }

"""Three-way merge of a record: the stored base, the platform's staged change, QuickBooks now."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from core.domain.sync.conflict_policy import ConflictPolicy, ConflictRule
from core.domain.sync.records import (
    Entity,
    FieldValue,
    PlatformChange,
    QuickBooksStatus,
    RecordVersion,
    SyncState,
)


class Decider(StrEnum):
    """What decided a field: no contest, a conflict rule, or QuickBooks dropping the record."""

    UNCHANGED = "unchanged"
    PLATFORM_ONLY = "platform_only"
    QUICKBOOKS_ONLY = "quickbooks_only"
    SAME_CHANGE = "same_change"
    QUICKBOOKS_WINS = ConflictRule.QUICKBOOKS_WINS.value
    PLATFORM_WINS = ConflictRule.PLATFORM_WINS.value
    NEWEST_WINS = ConflictRule.NEWEST_WINS.value
    MANUAL = ConflictRule.MANUAL.value
    DELETED_IN_QUICKBOOKS = "deleted_in_quickbooks"
    VOIDED_IN_QUICKBOOKS = "voided_in_quickbooks"


class Side(StrEnum):
    """Whose value a field ends with."""

    NEITHER = "neither"  # nobody changed it
    BOTH = "both"  # both made the same change
    PLATFORM = "platform"
    QUICKBOOKS = "quickbooks"
    HELD = "held"  # a person picks; QuickBooks' value stands meanwhile


class Withdrawal(StrEnum):
    """How much of the staged platform change is withdrawn because QuickBooks won."""

    NONE = "none"
    PARTLY = "partly"
    WHOLLY = "wholly"


@dataclass(frozen=True)
class FieldMerge:
    """One field's three values, the result, what decided it and whose value it is."""

    name: str
    base: FieldValue
    platform: FieldValue  # the base value when the platform did not change the field
    quickbooks: FieldValue
    result: FieldValue
    rule: Decider  # what decided: the conflict rule, or why none was needed
    side: Side
    platform_changed: bool


@dataclass(frozen=True)
class SparseUpdate:
    """What to write back to QuickBooks: only fields whose result differs from QuickBooks."""

    entity: Entity
    id: str
    sync_token: str  # of the QuickBooks version merged against; a stale one is refused
    fields: Mapping[str, FieldValue]  # custom fields keyed "CustomField:<Name>"


@dataclass(frozen=True)
class RecordMerge:
    """The merge of one record: every field's outcome and what the sync does next."""

    entity: Entity
    id: str
    base_sync_token: str | None
    quickbooks_sync_token: str | None
    fields: tuple[FieldMerge, ...]
    merged: Mapping[str, FieldValue]
    push: SparseUpdate | None
    withdrawal: Withdrawal
    withdrawn_fields: tuple[str, ...]
    withdrawal_reason: str | None
    held_for_person: bool
    hold_reason: str | None
    state: SyncState
    # The staged change minus what was withdrawn: merging with it again changes nothing.
    remaining_change: PlatformChange | None


def merge(
    base: RecordVersion,
    platform: PlatformChange | None,
    quickbooks: RecordVersion,
    policy: ConflictPolicy,
) -> RecordMerge:
    """Merge field by field against the base; return the outcome (never raises on conflicts).

    Raises ValueError when the three inputs are not the same record.
    """
    _same_record(base, platform, quickbooks)
    staged = dict(platform.fields) if platform is not None else {}
    names = sorted(set(base.fields) | set(staged) | set(quickbooks.fields))
    gone = quickbooks.status is not QuickBooksStatus.ACTIVE
    edited = any(staged[n] != base.value(n) for n in staged)
    outcomes = tuple(
        _merge_field(n, base, platform, quickbooks, policy, held_record=gone and edited)
        for n in names
    )
    lost = tuple(f.name for f in outcomes if f.platform_changed and f.side is Side.QUICKBOOKS)
    won = [f for f in outcomes if f.platform_changed and f.side is not Side.QUICKBOOKS]
    held = any(f.side is Side.HELD for f in outcomes)
    merged = {f.name: f.result for f in outcomes if f.result is not None}
    pushed = {f.name: f.result for f in outcomes if f.result != f.quickbooks}
    push = None
    if pushed and not held and not gone and quickbooks.sync_token is not None:
        push = SparseUpdate(base.entity, base.id, quickbooks.sync_token, MappingProxyType(pushed))
    withdrawal = Withdrawal.NONE if not lost else Withdrawal.PARTLY if won else Withdrawal.WHOLLY
    remaining = None
    if platform is not None and won:
        remaining = PlatformChange(
            platform.entity, {f.name: staged[f.name] for f in won}, platform.edited_at,
            platform.approved,
        )
    return RecordMerge(
        entity=base.entity,
        id=base.id,
        base_sync_token=base.sync_token,
        quickbooks_sync_token=quickbooks.sync_token,
        fields=outcomes,
        merged=MappingProxyType(merged),
        push=push,
        withdrawal=withdrawal,
        withdrawn_fields=lost,
        withdrawal_reason=_withdrawal_reason(withdrawal, outcomes, platform, quickbooks),
        held_for_person=held,
        hold_reason=_hold_reason(outcomes, quickbooks) if held else None,
        state=_state(held, quickbooks, push, platform),
        remaining_change=remaining,
    )


def _same_record(
    base: RecordVersion, platform: PlatformChange | None, quickbooks: RecordVersion
) -> None:
    entities = {base.entity, quickbooks.entity} | ({platform.entity} if platform else set())
    if len(entities) != 1 or base.id != quickbooks.id:
        raise ValueError(
            f"merge needs one record: base {base.entity.value} {base.id}, "
            f"QuickBooks {quickbooks.entity.value} {quickbooks.id}"
        )


def _merge_field(
    name: str,
    base: RecordVersion,
    platform: PlatformChange | None,
    quickbooks: RecordVersion,
    policy: ConflictPolicy,
    *,
    held_record: bool,
) -> FieldMerge:
    b, q = base.value(name), quickbooks.value(name)
    touched = platform is not None and name in platform.fields
    p = platform.fields[name] if platform is not None and touched else b
    ours, theirs = p != b, q != b

    def outcome(result: FieldValue, decider: Decider, side: Side) -> FieldMerge:
        return FieldMerge(name, b, p, q, result, decider, side, platform_changed=ours)

    if held_record and ours:
        gone = quickbooks.status is QuickBooksStatus.DELETED
        decider = Decider.DELETED_IN_QUICKBOOKS if gone else Decider.VOIDED_IN_QUICKBOOKS
        return outcome(q, decider, Side.HELD)
    if not ours:
        if theirs:
            return outcome(q, Decider.QUICKBOOKS_ONLY, Side.QUICKBOOKS)
        return outcome(b, Decider.UNCHANGED, Side.NEITHER)
    if not theirs:
        return outcome(p, Decider.PLATFORM_ONLY, Side.PLATFORM)
    if p == q:
        return outcome(q, Decider.SAME_CHANGE, Side.BOTH)
    assert platform is not None  # `ours` implies a platform change
    rule = policy.rule_for(base.entity, name)
    if rule is ConflictRule.MANUAL:
        return outcome(q, Decider.MANUAL, Side.HELD)
    platform_wins = rule is ConflictRule.PLATFORM_WINS or (
        # A tie keeps QuickBooks' value: the books are the record of truth for money.
        rule is ConflictRule.NEWEST_WINS and platform.edited_at > quickbooks.last_updated
    )
    if platform_wins:
        return outcome(p, Decider(rule.value), Side.PLATFORM)
    return outcome(q, Decider(rule.value), Side.QUICKBOOKS)


def _state(
    held: bool, quickbooks: RecordVersion, push: SparseUpdate | None,
    platform: PlatformChange | None,
) -> SyncState:
    if held:
        return SyncState.CONFLICT
    if quickbooks.status is QuickBooksStatus.DELETED:
        return SyncState.DELETED_IN_QUICKBOOKS
    if push is None:
        return SyncState.SYNCED
    approved = platform is not None and platform.approved
    return SyncState.PENDING_PUSH if approved else SyncState.AWAITING_APPROVAL


def _withdrawal_reason(
    withdrawal: Withdrawal,
    outcomes: tuple[FieldMerge, ...],
    platform: PlatformChange | None,
    quickbooks: RecordVersion,
) -> str | None:
    if withdrawal is Withdrawal.NONE or platform is None:
        return None
    why = []
    for f in outcomes:
        if not (f.platform_changed and f.side is Side.QUICKBOOKS):
            continue
        if f.rule is Decider.NEWEST_WINS:
            later = quickbooks.last_updated > platform.edited_at
            when = "after" if later else "at the same time as"
            why.append(f"{f.name} was changed in QuickBooks {when} this change was staged")
        else:
            why.append(f"{f.name} was changed in QuickBooks, and QuickBooks' value is kept")
    lead = "Withdrawn" if withdrawal is Withdrawal.WHOLLY else "Partly withdrawn"
    return f"{lead}: {'; '.join(why)}. Nothing was written over the newer QuickBooks value."


def _hold_reason(outcomes: tuple[FieldMerge, ...], quickbooks: RecordVersion) -> str:
    if quickbooks.status is not QuickBooksStatus.ACTIVE:
        what = "deleted" if quickbooks.status is QuickBooksStatus.DELETED else "voided"
        return f"The record was {what} in QuickBooks while changed here; a person decides."
    names = ", ".join(f.name for f in outcomes if f.side is Side.HELD)
    return f"{names} changed on both sides; the policy asks a person to pick."

"""Properties of the sync merge: idempotent, one-side changes win, order-free, held when gone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.domain.sync.conflict_policy import ConflictPolicy, ConflictRule, EntityConflictPolicy
from core.domain.sync.merge import RecordMerge, Side, Withdrawal, merge
from core.domain.sync.records import (
    COLLECTIONS_STATUS,
    Entity,
    FieldValue,
    PlatformChange,
    QuickBooksStatus,
    RecordVersion,
    SyncState,
    replaces_stored,
)

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
# Few values per field so both sides often touch the same field, and sometimes agree.
VALUES: dict[str, list[FieldValue]] = {
    "DueDate": ["2026-12-01", "2026-12-15", None],
    "TotalAmt": [Decimal("100.00"), Decimal("90.10"), Decimal("0")],
    "Line": [
        [{"Amount": Decimal("100.00")}],
        [{"Amount": Decimal("60")}, {"Amount": Decimal("40")}],
        [{"Amount": Decimal("40")}, {"Amount": Decimal("60")}],
    ],
    "PrivateNote": ["net 30", "call first", None],
    "BillEmail": ["ap@example.com", "billing@example.com", None],
    COLLECTIONS_STATUS: ["stage 1", "stage 7", "paused"],
}
FIELDS = sorted(VALUES)
moments = st.integers(0, 4).map(lambda m: T0 + timedelta(minutes=m))
rules = st.sampled_from(list(ConflictRule))


@st.composite
def field_values(draw: st.DrawFn, names: list[str]) -> dict[str, FieldValue]:
    return {n: draw(st.sampled_from(VALUES[n])) for n in names}


def version(token: int, at: datetime, fields: dict[str, FieldValue]) -> RecordVersion:
    return RecordVersion(Entity.INVOICE, "130", str(token), at, fields)


bases = field_values(FIELDS).map(lambda f: version(3, T0, f))
policies = st.builds(
    lambda default, chosen: ConflictPolicy(
        {Entity.INVOICE: EntityConflictPolicy(default, chosen)}
    ),
    rules,
    st.dictionaries(st.sampled_from(FIELDS), rules, max_size=3),
)


def changed_fields(
    draw: st.DrawFn, base: RecordVersion, min_size: int, also: tuple[str, ...] = ()
) -> dict[str, FieldValue]:
    """Up to three fields (and some of `also`) given a value other than the base's."""
    names = draw(st.sets(st.sampled_from(FIELDS), min_size=min_size, max_size=3))
    if also:
        names |= draw(st.sets(st.sampled_from(also)))
    others = {n: [v for v in VALUES[n] if v != base.value(n)] for n in sorted(names)}
    return {n: draw(st.sampled_from(values)) for n, values in others.items()}


@st.composite
def pulled(
    draw: st.DrawFn, base: RecordVersion, token: int, against: PlatformChange | None = None
) -> RecordVersion:
    """A later QuickBooks version: some fields changed (often the staged ones), the rest kept."""
    contested = tuple(against.fields) if against is not None else ()
    fields = {**base.fields, **changed_fields(draw, base, min_size=0, also=contested)}
    return version(token, draw(moments), {k: v for k, v in fields.items() if v is not None})


@st.composite
def staged(draw: st.DrawFn, base: RecordVersion) -> PlatformChange:
    """A staged platform change; it may also restate a field at its base value."""
    fields = changed_fields(draw, base, min_size=1)
    if draw(st.booleans()):
        kept = draw(st.sampled_from(FIELDS))
        fields.setdefault(kept, base.value(kept))
    return PlatformChange(Entity.INVOICE, fields, draw(moments), draw(st.booleans()))


def same_outcome(a: RecordMerge, b: RecordMerge) -> bool:
    push_a = dict(a.push.fields) if a.push else None
    push_b = dict(b.push.fields) if b.push else None
    return (dict(a.merged), push_a, a.state, a.held_for_person) == (
        dict(b.merged), push_b, b.state, b.held_for_person
    )


@settings(max_examples=60, deadline=None)
@given(st.data(), bases, policies)
def test_merging_again_with_what_remains_changes_nothing(
    data: st.DataObject, base: RecordVersion, policy: ConflictPolicy
) -> None:
    change = data.draw(staged(base))
    qbo = data.draw(pulled(base, 4, change))
    first = merge(base, change, qbo, policy)
    again = merge(base, first.remaining_change, qbo, policy)
    assert same_outcome(first, again)
    assert again.withdrawal is Withdrawal.NONE


@settings(max_examples=60, deadline=None)
@given(st.data(), bases, policies)
def test_a_field_changed_on_one_side_only_takes_that_side(
    data: st.DataObject, base: RecordVersion, policy: ConflictPolicy
) -> None:
    change = data.draw(staged(base))
    qbo = data.draw(pulled(base, 4, change))
    for f in merge(base, change, qbo, policy).fields:
        quickbooks_changed = f.quickbooks != f.base
        if f.platform_changed and not quickbooks_changed:
            assert f.result == f.platform and f.side is Side.PLATFORM
        if quickbooks_changed and not f.platform_changed:
            assert f.result == f.quickbooks and f.side is Side.QUICKBOOKS


@settings(max_examples=40, deadline=None)
@given(st.data(), bases, policies, st.booleans())
def test_pulls_and_the_staged_change_in_any_order_give_one_result(
    data: st.DataObject, base: RecordVersion, policy: ConflictPolicy, deleted: bool
) -> None:
    change = data.draw(staged(base))
    tokens = data.draw(st.lists(st.integers(4, 12), min_size=1, max_size=4, unique=True))
    versions = [data.draw(pulled(base, t, change)) for t in tokens]
    if deleted:
        versions.append(
            RecordVersion(Entity.INVOICE, "130", None, T0, {}, QuickBooksStatus.DELETED)
        )
    arrivals: list[RecordVersion | PlatformChange] = [*versions, versions[0], change]

    def replay(order: list[RecordVersion | PlatformChange]) -> RecordMerge:
        stored: RecordVersion = base
        staged: PlatformChange | None = None
        for event in order:
            if isinstance(event, PlatformChange):
                staged = event
            elif replaces_stored(stored, event):
                stored = event
        return merge(base, staged, stored, policy)

    expected = replay(arrivals)
    newest = versions[-1] if deleted else max(versions, key=lambda v: v.version or 0)
    assert expected == merge(base, change, newest, policy)
    shuffled = data.draw(st.permutations(arrivals))
    assert replay(shuffled) == expected


@settings(max_examples=40, deadline=None)
@given(st.data(), bases)
def test_newest_wins_ties_always_keep_quickbooks(data: st.DataObject, base: RecordVersion) -> None:
    every_field = dict.fromkeys(FIELDS, ConflictRule.NEWEST_WINS)
    policy = ConflictPolicy({Entity.INVOICE: EntityConflictPolicy(fields=every_field)})
    change = data.draw(staged(base))
    qbo = data.draw(pulled(base, 4, change))
    tie = PlatformChange(Entity.INVOICE, change.fields, qbo.last_updated, change.approved)
    result = merge(base, tie, qbo, policy)
    assert result == merge(base, tie, qbo, policy)
    contested = [
        f for f in result.fields
        if f.platform_changed and f.quickbooks != f.base and f.platform != f.quickbooks
    ]
    assert all(f.result == f.quickbooks and f.side is Side.QUICKBOOKS for f in contested)
    assert set(result.withdrawn_fields) == {f.name for f in contested}


@settings(max_examples=40, deadline=None)
@given(st.data(), bases, policies, st.sampled_from(list(QuickBooksStatus)[1:]))
def test_deleted_or_voided_while_edited_is_held_for_a_person(
    data: st.DataObject, base: RecordVersion, policy: ConflictPolicy, status: QuickBooksStatus
) -> None:
    change = data.draw(st.none() | staged(base))
    token = None if status is QuickBooksStatus.DELETED else "9"
    gone = RecordVersion(Entity.INVOICE, "130", token, T0, {}, status)
    result = merge(base, change, gone, policy)
    assert result.held_for_person is (change is not None)  # a staged change edits something
    if change is not None:
        assert result.state is SyncState.CONFLICT and result.push is None
    elif status is QuickBooksStatus.DELETED:
        assert result.state is SyncState.DELETED_IN_QUICKBOOKS


@settings(max_examples=60, deadline=None)
@given(st.data(), bases, policies)
def test_the_base_never_drifts_after_a_push(
    data: st.DataObject, base: RecordVersion, policy: ConflictPolicy
) -> None:
    """What a push writes makes QuickBooks hold the merged record exactly; stored as the next
    base, merging it again with nothing new on either side pushes nothing and changes nothing."""
    change = data.draw(staged(base))
    qbo = data.draw(pulled(base, 4, change))
    result = merge(base, change, qbo, policy)
    assume(result.push is not None)
    assert result.push is not None
    written = {**qbo.fields, **result.push.fields}  # QuickBooks applies the sparse update
    after = version(5, T0 + timedelta(hours=1), {k: v for k, v in written.items() if v is not None})

    assert dict(result.merged) == dict(after.fields)
    again = merge(after, None, after, policy)
    assert again.push is None and again.state is SyncState.SYNCED
    assert dict(again.merged) == dict(after.fields) and not again.withdrawn_fields

"""Properties of conflict resolution over the service and a real database: the result does not
depend on the order in which pulled pages, webhooks and CDC deletions arrive; resolving (or
syncing the same versions) twice changes nothing; and resolving after every arrival gives what
resolving once at the end gives."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete
from sqlmodel import Session, select

from core.adapters.clock import FixedClock
from core.domain.sync.conflict_policy import ConflictPolicy, ConflictRule, EntityConflictPolicy
from core.domain.sync.records import Entity
from core.domain.sync.staged import ChangeKind, StagedChange
from core.models import ChangeBatch, Invoice, StagedChangeRow, SyncConflict
from core.services.conflicts import resolve_changes
from core.services.read_copy import mark_deleted, upsert_page
from core.services.staging import stage
from tests.harness import NOW

REALM = "9130"
IDS = ("1", "2", "3")
BASE = {"DueDate": "2026-12-01", "PrivateNote": "n0"}
DUE = st.sampled_from(["2026-12-01", "2026-12-05", "2026-12-09"])
NOTE = st.sampled_from(["n0", "ours", "theirs"])
# QuickBooks' edit time against the platform's (NOW): before, the same second, after.
WHEN = st.sampled_from([NOW - timedelta(hours=1), NOW, NOW + timedelta(hours=1)])
RULE = st.sampled_from(list(ConflictRule))

Arrival = tuple[str, dict[str, Any]]  # ("page" | "delete", entity)


def invoice(qbo_id: str, token: int, fields: dict[str, Any], when: Any = NOW) -> dict[str, Any]:
    return {
        "Id": qbo_id, "SyncToken": str(token), "CustomerRef": {"value": "7"},
        "DocNumber": f"INV-{qbo_id}", "Balance": 100, "TotalAmt": 100,
        "MetaData": {"LastUpdatedTime": when.isoformat()}, **fields,
    }  # fmt: skip


@st.composite
def records(draw: st.DrawFn, newer_max: int) -> tuple[dict[str, dict[str, Any]], list[Arrival]]:
    """Per record the platform's change, and every QuickBooks arrival (stale copies too)."""
    platform: dict[str, dict[str, Any]] = {}
    arrivals: list[Arrival] = []
    for qbo_id in IDS[: draw(st.integers(1, len(IDS)))]:
        names = draw(st.sets(st.sampled_from(sorted(BASE)), min_size=1))
        change = {n: draw(DUE if n == "DueDate" else NOTE) for n in sorted(names)}
        change = {n: v for n, v in change.items() if v != BASE[n]} or {"PrivateNote": "ours"}
        platform[qbo_id] = change
        arrivals += [("page", invoice(qbo_id, 1, BASE))] * draw(st.integers(0, 2))
        for token in range(2, 2 + draw(st.integers(0, newer_max))):
            fields = {"DueDate": draw(DUE), "PrivateNote": draw(NOTE)}
            arrivals.append(("page", invoice(qbo_id, token, fields, draw(WHEN))))
        if newer_max > 1 and draw(st.booleans()) and draw(st.booleans()):
            arrivals.append(("delete", {"Id": qbo_id}))
    return platform, arrivals


def policies() -> st.SearchStrategy[ConflictPolicy]:
    return st.builds(
        lambda due, note: ConflictPolicy(
            {Entity.INVOICE: EntityConflictPolicy(fields={"DueDate": due, "PrivateNote": note})}
        ),
        RULE, RULE,
    )  # fmt: skip


def fresh(session: Session, platform: dict[str, dict[str, Any]]) -> None:
    """The company as last synced (SyncToken 1 everywhere) with the platform's changes."""
    for table in (SyncConflict, StagedChangeRow, ChangeBatch, Invoice):
        session.execute(delete(table))
    upsert_page(session, REALM, "Invoice", [invoice(i, 1, BASE) for i in platform])
    staged: list[tuple[int | None, StagedChange]] = [
        (None, StagedChange(ChangeKind.INVOICE, i, f, "1", {n: BASE[n] for n in f}))
        for i, f in platform.items()
    ]
    stage(session, FixedClock(NOW), REALM, staged, "U0SUBMITTER", "test")


def arrive(session: Session, arrival: Arrival) -> None:
    how, entity = arrival
    if how == "page":
        upsert_page(session, REALM, "Invoice", [entity])
    else:
        mark_deleted(session, REALM, "Invoice", [entity])


def snapshot(session: Session) -> dict[str, Any]:
    """Where every change and conflict stands, by record (ids differ between runs)."""
    changes = {
        c.qbo_id: (c.state, c.changes, c.base_sync_token, c.base_fields, c.reason)
        for c in session.exec(select(StagedChangeRow)).all()
    }
    conflicts = {
        c.qbo_id: (c.state, c.rule, c.outcome, c.fields, c.quickbooks_sync_token, c.reason)
        for c in session.exec(select(SyncConflict)).all()
    }
    return {"changes": changes, "conflicts": conflicts}


def resolve(session: Session, policy: ConflictPolicy) -> int:
    return resolve_changes(session, NOW, policy, REALM).merged


def run(
    engine: Engine,
    platform: dict[str, dict[str, Any]],
    arrivals: list[Arrival],
    policy: ConflictPolicy,
    resolve_after: list[bool] | None = None,
) -> dict[str, Any]:
    with Session(engine) as session:
        fresh(session, platform)
        for n, arrival in enumerate(arrivals):
            arrive(session, arrival)
            if resolve_after is not None and resolve_after[n]:
                resolve(session, policy)
        resolve(session, policy)
        found = snapshot(session)
        session.commit()
    return found


PROPERTY = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(data=st.data(), case=records(newer_max=2), policy=policies())
def test_order_of_arrival_does_not_change_the_result(
    engine: Engine, data: st.DataObject, case: Any, policy: ConflictPolicy
) -> None:
    platform, arrivals = case
    one = run(engine, platform, arrivals, policy)
    other = run(engine, platform, data.draw(st.permutations(arrivals)), policy)
    assert one == other
    with Session(engine) as session:
        assert resolve(session, policy) == 0  # resolving twice changes nothing
        for arrival in arrivals:  # nor does syncing the same versions again
            arrive(session, arrival)
        assert resolve(session, policy) == 0
        assert snapshot(session) == other
        session.commit()


@PROPERTY
@given(data=st.data(), case=records(newer_max=1), policy=policies())
def test_resolving_after_each_arrival_matches_resolving_once(
    engine: Engine, data: st.DataObject, case: Any, policy: ConflictPolicy
) -> None:
    platform, arrivals = case
    order = data.draw(st.permutations(arrivals))
    after = data.draw(st.lists(st.booleans(), min_size=len(order), max_size=len(order)))
    assert run(engine, platform, order, policy, after) == run(engine, platform, order, policy)

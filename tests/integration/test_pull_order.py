"""Whatever order pages, webhooks and CDC answers arrive in, the newest SyncToken wins and a
delete stays a delete (a bounded hypothesis property over arrival orders, on snapshots taken
over HTTP from the QuickBooks simulator)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete
from sqlmodel import select

from core.domain.webhook_events import WebhookEvent, classic_key
from core.models import Invoice, QboEvent
from core.services.events import EventService
from core.services.ingest import pull_all
from core.services.read_copy import upsert_page
from tests.harness import Loop, add_connection, running_loop

EDITED, DELETED = "902", "171"


@dataclass
class Arrivals:
    """Snapshots taken at different times, each one a way of writing it into our copy."""

    loop: Loop
    svc: EventService
    deliveries: dict[str, Callable[[int], None]]
    newest: dict[str, dict[str, Any]]  # the last full page, as QuickBooks has it now

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        p.text("Arrivals(...)")  # hypothesis prints a failing example's arguments: not all this


def _edit(loop: Loop, due: str) -> None:
    token = loop.qsim.entity("Invoice", EDITED)["SyncToken"]
    loop.qbo.sparse_update(
        "Invoice", {"Id": EDITED, "SyncToken": token, "DueDate": due}, f"due-{due}"
    )


def _halves(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return rows[: len(rows) // 2], rows[len(rows) // 2 :]


@pytest.fixture
def arrivals(engine: Engine, database_url: str) -> Iterator[Arrivals]:
    with running_loop(engine, database_url) as loop:
        s, realm = loop.services, loop.company.realm_id
        add_connection(s, realm, timezone=loop.company.timezone)
        pull_all(s.uow, loop.qbo, kinds=("Customer", "Payment", "CreditMemo"))
        svc = EventService(s.uow, s.clock, s.qbo_for, s.collections)
        since = datetime.now(UTC) - timedelta(seconds=5)
        old = list(loop.qbo.query_all("Invoice"))
        _edit(loop, "2026-10-20")
        middle = loop.qbo.cdc(["Invoice"], since)
        _edit(loop, "2026-10-25")
        new = list(loop.qbo.query_all("Invoice"))
        gone = loop.qsim.entity("Invoice", DELETED)
        loop.qbo.delete("Invoice", DELETED, gone["SyncToken"], "del")
        deleted = loop.qbo.cdc(["Invoice"], since)

        def page(rows: list[dict[str, Any]]) -> Callable[[int], None]:
            def write(_n: int) -> None:
                with s.uow.session() as session:  # as pull_all writes each page
                    upsert_page(session, realm, "Invoice", rows)

            return write

        def webhook(n: int) -> None:
            when = f"2026-11-20T10:00:{n % 60:02d}Z"
            key = classic_key(realm, "Invoice", EDITED, "Update", f"{when}#{n}")
            svc.record([WebhookEvent(realm, "Invoice", EDITED, "Update", when, "classic", key)])
            assert svc.process_pending(realm).failed == 0

        def cdc(answer: Any) -> Callable[[int], None]:
            def apply(_n: int) -> None:
                svc.apply_changes(realm, answer)

            return apply

        deliveries = {
            "old page 1": page(_halves(old)[0]),
            "old page 2": page(_halves(old)[1]),
            "new page 1": page(_halves(new)[0]),
            "new page 2": page(_halves(new)[1]),
            "cdc of the first edit": cdc(middle),
            "cdc of the delete": cdc(deleted),
            "webhook": webhook,
        }
        yield Arrivals(loop, svc, deliveries, {str(r["Id"]): r for r in new})


Copy = tuple[str, str | None] | bool  # (SyncToken, DueDate) of a live copy; True if deleted


def _copies(loop: Loop) -> dict[str, Copy]:
    with loop.services.uow.session() as session:
        return {
            i.qbo_id: i.deleted or (i.sync_token, i.due_date.isoformat() if i.due_date else None)
            for i in session.exec(select(Invoice))
        }


def _expected(newest: dict[str, dict[str, Any]], deleted: bool = True) -> dict[str, Copy]:
    """The newest page; the deleted invoice only has to be marked (whatever its columns)."""
    return {
        qbo_id: (deleted and qbo_id == DELETED) or (str(e["SyncToken"]), e.get("DueDate"))
        for qbo_id, e in newest.items()
    }


def test_a_page_written_after_a_newer_one_changes_nothing(arrivals: Arrivals) -> None:
    """Pages out of order: the new pull's pages land first, the older pull's after them."""
    d = arrivals.deliveries
    for name in ("new page 2", "new page 1", "old page 1", "old page 2"):
        d[name](0)
    copies = _copies(arrivals.loop)
    assert copies == _expected(arrivals.newest, deleted=False)
    assert copies[EDITED] == (copies[EDITED][0], "2026-10-25")


_examples = count(1)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.permutations(list(range(7))))
def test_any_arrival_order_leaves_the_newest_version(arrivals: Arrivals, order: list[int]) -> None:
    loop = arrivals.loop
    with loop.services.uow.session() as session:  # each order starts from no copy at all
        session.execute(delete(Invoice))
        session.execute(delete(QboEvent))
    names = list(arrivals.deliveries)
    n = next(_examples)
    for i in order:
        arrivals.deliveries[names[i]](n)
    assert _copies(loop) == _expected(arrivals.newest), [names[i] for i in order]

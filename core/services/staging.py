"""Staging platform-side changes: one change or a batch, stored with the version it was made
against and audited, waiting for a person's approval before anything touches QuickBooks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from core.domain.sync.import_check import Books, CurrentRecord, KnownAccount
from core.domain.sync.records import FieldValue
from core.domain.sync.staged import OPEN_STATES, ChangeKind, ChangeState, StagedChange
from core.errors import UserFacingError
from core.models import (
    Account,
    AuditEntry,
    ChangeBatch,
    Customer,
    Invoice,
    Item,
    Purchase,
    StagedChangeRow,
    Vendor,
)
from core.ports import Clock
from core.services import audit
from core.services.claims import claim
from core.services.read_copy import KEYS_PER_LOOKUP
from core.services.uow import UnitOfWork

# Which read copy holds each record type.
COPY_OF: Mapping[ChangeKind, Any] = {
    ChangeKind.ACCOUNT: Account,
    ChangeKind.INVOICE: Invoice,
    ChangeKind.EXPENSE: Purchase,
}
OPEN = [s.value for s in OPEN_STATES]
NO_CURRENCY = "XXX"


@dataclass(frozen=True)
class StagedBatch:
    """What staging stored: the batch and its changes' ids, in the order given."""

    batch_id: int
    change_ids: list[int]
    total: Decimal
    currency: str


def json_ready(value: FieldValue) -> Any:
    """QuickBooks JSON as stored: amounts as numbers (2 decimals survive a float exactly)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [json_ready(v) for v in value]
    if isinstance(value, dict):
        return {k: json_ready(v) for k, v in value.items()}
    return value


def _subject(change: StagedChange, change_id: int) -> str:
    # Named as `qbot records show` looks a record's history up: "expense:123".
    return f"{change.kind.value}:{change.qbo_id}" if change.qbo_id else f"change:{change_id}"


def stage(
    session: Session,
    now_clock: Clock,
    realm_id: str,
    changes: Sequence[tuple[int | None, StagedChange]],
    submitted_by: str,
    source: str,
) -> StagedBatch:
    """Store `changes` (each with its import line, or None) as one batch awaiting approval, in
    the caller's transaction; one `change.staged` audit entry per change, one for the batch."""
    if not changes:
        raise ValueError("a batch stages at least one change")
    now = now_clock.now()
    currencies = {c.currency for _line, c in changes}
    # ISO 4217 "XXX", no currency: a batch in several currencies has no one total.
    currency = next(iter(currencies)) if len(currencies) == 1 else NO_CURRENCY
    total = sum((c.amount for _line, c in changes), Decimal("0"))
    batch = ChangeBatch(
        realm_id=realm_id, submitted_by=submitted_by, source=source[:300], total=total,
        currency=currency, created_at=now,
    )  # fmt: skip
    session.add(batch)
    session.flush()
    assert batch.id is not None
    rows = [
        {
            "realm_id": realm_id,
            "batch_id": batch.id,
            "line": line,
            "record_type": c.kind.value,
            "qbo_id": c.qbo_id,
            "base_sync_token": c.base_sync_token,
            "base_fields": json_ready(dict(c.base_fields)),
            "changes": json_ready(dict(c.fields)),
            "amount": c.amount,
            "currency": c.currency,
            "submitted_by": submitted_by,
            "state": ChangeState.AWAITING_APPROVAL.value,
            "reason": None,
            "created_at": now,
            "updated_at": now,
        }
        for line, c in changes
    ]
    inserted = session.scalars(
        insert(StagedChangeRow).returning(col(StagedChangeRow.id), sort_by_parameter_order=True),
        rows,
    )
    ids = [i for i in inserted.all() if i is not None]  # ids are never NULL once inserted
    records = [
        audit.Record(
            at=now,
            kind="change.staged",
            actor=submitted_by,
            subject=_subject(c, cid),
            realm_id=realm_id,
            data={
                "change": cid,
                "batch": batch.id,
                "line": line,
                "type": c.kind.value,
                "qbo_id": c.qbo_id,
                "base_sync_token": c.base_sync_token,
                "before": json_ready(dict(c.base_fields)),
                "after": json_ready(dict(c.fields)),
                "amount": str(c.amount),
            },
        )
        for cid, (line, c) in zip(ids, changes, strict=True)
    ]
    records.append(
        audit.Record(
            at=now,
            kind="change_batch.staged",
            actor=submitted_by,
            subject=f"batch:{batch.id}",
            realm_id=realm_id,
            data={
                "source": source,
                "changes": len(ids),
                "total": str(total),
                "currency": batch.currency,
            },
        )
    )
    audit.append_many(session, records)
    return StagedBatch(batch.id, ids, total, batch.currency)


class StagingService:
    """Stage changes in their own transaction (the Slack modals' and the import's entry)."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        on_staged: Callable[[Session, int], None] | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        # Called in the staging transaction with the batch id: posts its approval card.
        self.on_staged = on_staged

    def stage(
        self,
        realm_id: str,
        changes: Sequence[tuple[int | None, StagedChange]],
        submitted_by: str,
        source: str,
    ) -> StagedBatch:
        with self.uow.session() as session:
            return self.stage_in(session, realm_id, changes, submitted_by, source)

    def stage_in(
        self,
        session: Session,
        realm_id: str,
        changes: Sequence[tuple[int | None, StagedChange]],
        submitted_by: str,
        source: str,
    ) -> StagedBatch:
        """Stage in the caller's transaction (with what it withdraws, say), card queued."""
        staged = stage(session, self.clock, realm_id, changes, submitted_by, source)
        if self.on_staged is not None:
            self.on_staged(session, staged.batch_id)
        return staged

    def stage_one(self, realm_id: str, change: StagedChange, submitted_by: str) -> StagedBatch:
        return self.stage(realm_id, [(None, change)], submitted_by, "slack")


EDITED = "change_batch.edited"
# A batch carrying fields of a change it replaced (a conflict override): data names whose.
CARRIED = "change_batch.carried"


def revise(
    session: Session,
    now_clock: Clock,
    batch: ChangeBatch,
    version: int,
    row: StagedChangeRow,
    change: StagedChange,
    editor: str,
) -> None:
    """Replace the one change of a batch still awaiting approval with `change` as `editor`
    edited it (already checked like any staged change), in the caller's transaction.

    The batch's version moves on, so its card is redrawn and a click on the old one is stale;
    the editor is recorded (`change_batch.edited`) and may no more approve it than its
    submitter (`editors_of`). InvalidTransitionError for a stale card or a decided batch.
    """
    now = now_clock.now()
    waiting = ChangeState.AWAITING_APPROVAL.value
    claim(session, batch, version, waiting, waiting, "change")
    before = dict(row.changes)
    row.changes = json_ready(dict(change.fields))
    row.base_fields = json_ready(dict(change.base_fields))
    row.amount, row.currency, row.updated_at = change.amount, change.currency, now
    batch.total, batch.currency = change.amount, change.currency
    batch.version += 1
    session.add_all([row, batch])
    audit.append_many(
        session,
        [
            audit.Record(
                at=now, kind="change.edited", actor=editor, subject=_subject(change, row.id or 0),
                realm_id=batch.realm_id,
                data={"change": row.id, "batch": batch.id, "before": before,
                      "after": row.changes, "amount": str(change.amount)},
            ),
            audit.Record(
                at=now, kind=EDITED, actor=editor, subject=f"batch:{batch.id}",
                realm_id=batch.realm_id,
                data={"version": batch.version, "total": str(batch.total)},
            ),
        ],
    )  # fmt: skip


def editors_of(session: Session, batch_id: int) -> list[str]:
    """Who edited the batch from its card, and whose replaced change it carries: each is
    barred from approving it (separation of duties)."""
    rows = session.exec(
        select(AuditEntry).where(
            col(AuditEntry.kind).in_([EDITED, CARRIED]), AuditEntry.subject == f"batch:{batch_id}"
        )
    ).all()
    return sorted(
        {str(r.data.get("submitted_by") or r.actor) if r.kind == CARRIED else r.actor
         for r in rows}
    )  # fmt: skip


def company_of(session: Session, realm_id: str | None) -> str:
    """The company a command means: the one named, or the only one qbot holds."""
    realms = set(session.exec(select(Account.realm_id).distinct()).all())
    realms |= set(session.exec(select(Customer.realm_id).distinct()).all())
    if realm_id:
        if realm_id not in realms:
            raise UserFacingError(f"no company {realm_id!r} pulled yet: run `qbot sync` first")
        return realm_id
    if not realms:
        raise UserFacingError("no company pulled yet: run `qbot sync` first")
    if len(realms) > 1:
        raise UserFacingError(
            f"{len(realms)} companies are stored ({', '.join(sorted(realms))}): pass --realm ID"
        )
    return next(iter(realms))


def _ids(session: Session, model: Any, realm_id: str) -> frozenset[str]:
    return frozenset(
        session.exec(
            select(model.qbo_id).where(model.realm_id == realm_id, col(model.deleted).is_(False))
        ).all()
    )


def open_changes(
    session: Session, realm_id: str, kind: ChangeKind, qbo_ids: Iterable[str] | None = None
) -> dict[str, StagedChangeRow]:
    """The open staged change per record of `kind` (the newest, if ever more than one)."""
    query = select(StagedChangeRow).where(
        StagedChangeRow.realm_id == realm_id,
        StagedChangeRow.record_type == kind.value,
        col(StagedChangeRow.qbo_id).is_not(None),
        col(StagedChangeRow.state).in_(OPEN),
    )
    found: dict[str, StagedChangeRow] = {}
    wanted = None if qbo_ids is None else sorted(set(qbo_ids))
    chunks = [None] if wanted is None else [
        wanted[i : i + KEYS_PER_LOOKUP] for i in range(0, len(wanted), KEYS_PER_LOOKUP)
    ]  # fmt: skip
    for chunk in chunks:
        q = query if chunk is None else query.where(col(StagedChangeRow.qbo_id).in_(chunk))
        for row in session.exec(q.order_by(col(StagedChangeRow.id))).all():
            assert row.qbo_id is not None
            found[row.qbo_id] = row
    return found


def record_changes(
    session: Session, realm_id: str, record_type: str, qbo_id: str
) -> list[StagedChangeRow]:
    """Every open staged change of one record, oldest first (at most one, kept so)."""
    return list(
        session.exec(
            select(StagedChangeRow)
            .where(
                StagedChangeRow.realm_id == realm_id,
                StagedChangeRow.record_type == record_type,
                StagedChangeRow.qbo_id == qbo_id,
                col(StagedChangeRow.state).in_(OPEN),
            )
            .order_by(col(StagedChangeRow.id))
        ).all()
    )


def books_for(session: Session, realm_id: str, edits: Mapping[ChangeKind, Iterable[str]]) -> Books:
    """The read copy rows are checked against: the whole chart of accounts, the ids of
    customers, vendors and items, and the records the edits name (with any open change)."""
    chart = session.exec(select(Account).where(Account.realm_id == realm_id)).all()
    accounts = {
        a.qbo_id: KnownAccount(a.qbo_id, a.name, a.account_type, a.active and not a.deleted)
        for a in chart
    }
    records: dict[tuple[ChangeKind, str], CurrentRecord] = {}
    for kind, qbo_ids in edits.items():
        wanted = sorted(set(qbo_ids))
        if not wanted:
            continue
        waiting = open_changes(session, realm_id, kind, wanted)
        model = COPY_OF[kind]
        for i in range(0, len(wanted), KEYS_PER_LOOKUP):
            rows = session.exec(
                select(model).where(
                    model.realm_id == realm_id,
                    col(model.qbo_id).in_(wanted[i : i + KEYS_PER_LOOKUP]),
                    col(model.deleted).is_(False),
                )
            ).all()
            for r in rows:
                held = waiting.get(r.qbo_id)
                records[(kind, r.qbo_id)] = CurrentRecord(
                    r.sync_token, dict(r.raw), held.id if held else None
                )
    currencies = Counter(a.currency for a in chart)
    return Books(
        accounts=accounts,
        customers=_ids(session, Customer, realm_id),
        vendors=_ids(session, Vendor, realm_id),
        items=_ids(session, Item, realm_id),
        records=records,
        home_currency=currencies.most_common(1)[0][0] if currencies else "USD",
    )

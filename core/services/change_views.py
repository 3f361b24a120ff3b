"""A batch of staged changes read back as its approval card shows it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, func, select

from core.domain.sync.change_view import ChangeBatchView, ChangeLine, FieldDiff
from core.domain.sync.staged import ChangeKind, ChangeState
from core.errors import UserFacingError
from core.models import ChangeBatch, StagedChangeRow
from core.services.staging import COPY_OF

# A card lists this many changes field by field; the rest are counted (Block Kit: 50 blocks).
CARD_CHANGES = 10


def get_batch(session: Session, batch_id: int) -> ChangeBatch:
    """The batch, or a UserFacingError naming it (a click on a card of another database)."""
    batch = session.get(ChangeBatch, batch_id)
    if batch is None:
        raise UserFacingError(f"change batch {batch_id} does not exist (any more)")
    return batch


def _label(kind: ChangeKind, changes: Mapping[str, Any], copy: Any | None) -> str:
    for key in ("Name", "DocNumber"):
        if changes.get(key):
            return str(changes[key])
    if copy is not None:
        named = getattr(copy, "name", "") or getattr(copy, "doc_number", "")
        if named:
            return str(named)
    for ref in ("EntityRef", "CustomerRef"):
        party = changes.get(ref) or (copy.raw.get(ref) if copy is not None else None)
        if isinstance(party, Mapping) and party.get("name"):
            return str(party["name"])
    return f"new {kind.value}" if copy is None else f"{kind.value} {copy.qbo_id}"


def batch_view(session: Session, batch: ChangeBatch) -> ChangeBatchView:
    """The card's view of `batch`: its first CARD_CHANGES changes field by field, the count."""
    assert batch.id is not None
    rows = session.exec(
        select(StagedChangeRow)
        .where(StagedChangeRow.batch_id == batch.id)
        .order_by(col(StagedChangeRow.id))
        .limit(CARD_CHANGES)
    ).all()
    counts = Counter(
        {
            str(kind): int(n)
            for kind, n in session.exec(
                select(StagedChangeRow.record_type, func.count())
                .where(StagedChangeRow.batch_id == batch.id)
                .group_by(col(StagedChangeRow.record_type))
            ).all()
        }
    )
    lines = []
    for r in rows:
        kind = ChangeKind(r.record_type)
        copy = None
        if r.qbo_id is not None:
            model = COPY_OF[kind]
            copy = session.exec(
                select(model).where(model.realm_id == r.realm_id, model.qbo_id == r.qbo_id)
            ).first()
        diffs = tuple(
            FieldDiff(name, r.base_fields.get(name) if r.qbo_id else None, after)
            for name, after in r.changes.items()
        )
        lines.append(
            ChangeLine(
                change_id=r.id or 0,
                kind=kind,
                qbo_id=r.qbo_id,
                label=_label(kind, r.changes, copy),
                amount=r.amount,
                currency=r.currency,
                state=ChangeState(r.state),
                fields=diffs,
                line=r.line,
            )
        )
    return ChangeBatchView(
        batch_id=batch.id, version=batch.version, realm_id=batch.realm_id,
        state=ChangeState(batch.state), submitted_by=batch.submitted_by, source=batch.source,
        total=batch.total, currency=batch.currency, created_at=batch.created_at,
        changes=tuple(lines), count=sum(counts.values()), decided_by=batch.decided_by,
        reason=batch.reason, counts=dict(counts),
    )  # fmt: skip

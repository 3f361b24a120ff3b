"""A sync conflict as its card draws it (core.domain.sync.conflict_view), from its row and the
record's read copy."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from core.domain.sync.conflict_view import ConflictFieldView, ConflictView
from core.domain.sync.staged import ChangeKind
from core.errors import UserFacingError
from core.models import SyncConflict
from core.services.staging import COPY_OF


def get_conflict(session: Session, conflict_id: int) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise UserFacingError(f"conflict {conflict_id} does not exist")
    return conflict


def conflict_view(session: Session, conflict: SyncConflict) -> ConflictView:
    """The card's picture of a conflict."""
    assert conflict.id is not None
    copy = copy_of(session, conflict)
    label = ""
    if copy is not None:
        label = str(getattr(copy, "name", "") or getattr(copy, "doc_number", "") or "")
    fields = tuple(_field(f) for f in conflict.fields)
    return ConflictView(
        conflict_id=conflict.id, version=conflict.version, realm_id=conflict.realm_id,
        record_type=conflict.record_type, qbo_id=conflict.qbo_id,
        label=label or f"{conflict.record_type} {conflict.qbo_id}", state=conflict.state,
        rule=conflict.rule, outcome=conflict.outcome, reason=conflict.reason,
        decided_by=conflict.decided_by, fields=fields,
    )  # fmt: skip


def copy_of(session: Session, conflict: SyncConflict) -> Any | None:
    model = COPY_OF[ChangeKind(conflict.record_type)]
    return session.exec(
        select(model).where(model.realm_id == conflict.realm_id, model.qbo_id == conflict.qbo_id)
    ).first()


def _field(f: dict[str, Any]) -> ConflictFieldView:
    return ConflictFieldView(
        str(f["field"]), f.get("base"), f.get("platform"), f.get("quickbooks"),
        f.get("result"), str(f.get("rule", "")), str(f.get("side", "")),
    )  # fmt: skip

"""What an approval card shows of a batch of staged changes: plain values for Slack to draw."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from core.domain.sync.staged import ChangeKind, ChangeState


@dataclass(frozen=True)
class FieldDiff:
    """One field of a change: what QuickBooks holds now (None for a new record) and after."""

    name: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ChangeLine:
    """One staged change of the batch."""

    change_id: int
    kind: ChangeKind
    qbo_id: str | None  # None: a new record
    label: str  # name, document number or payee
    amount: Decimal
    currency: str
    state: ChangeState
    fields: tuple[FieldDiff, ...]
    line: int | None = None  # the import file's line


@dataclass(frozen=True)
class ChangeBatchView:
    """A batch as its card draws it; `version` guards a stale click."""

    batch_id: int
    version: int
    realm_id: str
    state: ChangeState
    submitted_by: str
    source: str
    total: Decimal
    currency: str
    created_at: datetime
    changes: tuple[ChangeLine, ...]
    count: int  # every change of the batch (`changes` may hold only the first ones)
    decided_by: str | None = None
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # per record type

    @property
    def pending(self) -> bool:
        return self.state is ChangeState.AWAITING_APPROVAL

    @property
    def touches_accounts(self) -> bool:
        return self.counts.get(ChangeKind.ACCOUNT.value, 0) > 0

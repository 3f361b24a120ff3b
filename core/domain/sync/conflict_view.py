"""What a conflict card shows: plain values for Slack to draw, side by side per field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ConflictFieldView:
    """One field either side touched: its three values, the result and what decided it."""

    name: str
    base: Any
    platform: Any
    quickbooks: Any
    result: Any
    rule: str
    side: str  # platform | quickbooks | both | held | neither

    @property
    def differs(self) -> bool:
        """Whether the two sides disagree, so a person may pick the other one."""
        return bool(self.platform != self.quickbooks)

    @property
    def other(self) -> Any:
        """The value the result did not take ("Use the other side")."""
        return self.platform if self.result == self.quickbooks else self.quickbooks


@dataclass(frozen=True)
class ConflictView:
    """A conflict as its card draws it; `version` guards a stale click."""

    conflict_id: int
    version: int
    realm_id: str
    record_type: str  # account | invoice | expense
    qbo_id: str
    label: str  # name, document number or payee
    state: str  # open | resolved
    rule: str
    outcome: str  # rebased | withdrawn | held | overridden
    reason: str | None
    decided_by: str | None
    fields: tuple[ConflictFieldView, ...]

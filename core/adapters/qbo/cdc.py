"""Change Data Capture results: per-entity changes (deleted stubs included) and the server time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.domain.webhook_events import occurred

MAX_OBJECTS = 1000  # QuickBooks returns at most this many objects per CDC response
MAX_DAYS = 30  # and looks back at most this far
UNSUPPORTED = frozenset({"JournalCode", "TaxAgency", "TimeActivity", "TaxCode", "TaxRate"})


@dataclass
class CdcResult:
    """Every change per entity type since `changed_since`; `time` is the next watermark."""

    changed_since: datetime
    time: str = ""
    changes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    calls: int = 0

    def active(self, entity: str) -> list[dict[str, Any]]:
        return [e for e in self.changes.get(entity, []) if e.get("status") != "Deleted"]

    def deleted(self, entity: str) -> list[str]:
        """Ids deleted in the window (QuickBooks sends only Id and LastUpdatedTime for them)."""
        return [str(e["Id"]) for e in self.changes.get(entity, []) if e.get("status") == "Deleted"]

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.changes.values())

    def merge(self, entity: str, objects: Iterable[Mapping[str, Any]]) -> None:
        """Keep the newest version of each object (windows overlap at their edges)."""
        mine = {str(e["Id"]): e for e in self.changes.get(entity, [])}
        for obj in objects:
            key = str(obj.get("Id"))
            old = mine.get(key)
            if old is None or updated_at(obj) >= updated_at(old):
                mine[key] = dict(obj)
        self.changes[entity] = sorted(mine.values(), key=updated_at)


def updated_at(entity: Mapping[str, Any]) -> datetime:
    """MetaData.LastUpdatedTime as an aware UTC datetime (the epoch when missing or bad)."""
    # The webhook parser already reads QuickBooks' timestamp shapes (-0700, Z, nanoseconds).
    return occurred(str((entity.get("MetaData") or {}).get("LastUpdatedTime") or ""))


def parse_page(body: Mapping[str, Any]) -> tuple[dict[str, list[dict[str, Any]]], str]:
    """`CDCResponse[0].QueryResponse[]` as {entity: objects} plus the response `time`."""
    out: dict[str, list[dict[str, Any]]] = {}
    for cdc in (body.get("CDCResponse") or [])[:1]:
        for qr in cdc.get("QueryResponse") or []:
            for key, value in qr.items():
                if isinstance(value, list):
                    out.setdefault(key, []).extend(v for v in value if isinstance(v, dict))
    return out, str(body.get("time", ""))

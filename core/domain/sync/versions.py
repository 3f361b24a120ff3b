"""A QuickBooks record as the merge reads it: the fields a staged change names, projected off
the JSON QuickBooks returned, in the same shapes the change was staged in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from core.domain.sync.records import (
    CUSTOM_FIELD_PREFIX,
    Entity,
    FieldValue,
    QuickBooksStatus,
    RecordVersion,
)
from core.domain.webhook_events import occurred


def plain_value(value: Any) -> FieldValue:
    """The JSON reader's value with every number as a Decimal (floats lose cents)."""
    if isinstance(value, bool) or value is None or isinstance(value, str | Decimal):
        return value
    if isinstance(value, int | float):
        return Decimal(str(value))
    if isinstance(value, list):
        return [plain_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain_value(v) for k, v in value.items()}
    return str(value)


def field_value(raw: Mapping[str, Any], name: str) -> FieldValue:
    """One field of a QuickBooks record; `CustomField:<Name>` reads its StringValue."""
    if not name.startswith(CUSTOM_FIELD_PREFIX):
        return plain_value(raw.get(name))
    wanted = name.removeprefix(CUSTOM_FIELD_PREFIX)
    for custom in raw.get("CustomField") or []:
        if isinstance(custom, Mapping) and custom.get("Name") == wanted:
            return plain_value(custom.get("StringValue"))
    return None


def like(shape: FieldValue, value: FieldValue) -> FieldValue:
    """`value` cut to the keys a staged reference carries: a change staged as {"value": "7"}
    is the same reference as QuickBooks' {"value": "7", "name": "Fuel"}."""
    if isinstance(shape, dict) and isinstance(value, dict):
        return {k: value.get(k) for k in shape}
    return value


def status_of(entity: Entity, raw: Mapping[str, Any], deleted: bool) -> QuickBooksStatus:
    """Deleted (CDC said so), voided (QuickBooks zeroes a voided invoice and notes 'Voided'),
    or active."""
    if deleted:
        return QuickBooksStatus.DELETED
    note = str(raw.get("PrivateNote") or "")
    zero = plain_value(raw.get("TotalAmt")) in (Decimal("0"), None)
    if entity is Entity.INVOICE and note.startswith("Voided") and zero:
        return QuickBooksStatus.VOIDED
    return QuickBooksStatus.ACTIVE


def quickbooks_version(
    entity: Entity,
    qbo_id: str,
    raw: Mapping[str, Any],
    sync_token: str,
    deleted: bool,
    names: Iterable[str],
    shapes: Mapping[str, FieldValue],
    fallback_time: datetime,
) -> RecordVersion:
    """QuickBooks' version of the fields `names`, each cut to the shape the change staged.

    A deleted record has no fields: which of its versions we saw last before the deletion
    depends on arrival order, so none of them may show.
    """
    stamp = (raw.get("MetaData") or {}).get("LastUpdatedTime")
    status = status_of(entity, raw, deleted)
    if status is QuickBooksStatus.DELETED:
        return RecordVersion(entity, qbo_id, None, fallback_time, status=status)
    return RecordVersion(
        entity=entity,
        id=qbo_id,
        sync_token=sync_token,
        last_updated=occurred(str(stamp)) if stamp else fallback_time,
        fields={n: like(shapes.get(n), field_value(raw, n)) for n in names},
        status=status,
    )

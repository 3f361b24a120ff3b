"""Verify-before-retry for QuickBooks writes: did an unclear write land, or may we resend it?"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

from core.adapters.qbo.faults import QboInactiveReferenceError, QboStaleObjectError

if TYPE_CHECKING:
    from core.adapters.qbo.client import QboClient

# (field, value) that identifies a record we created, e.g. ("DocNumber", "1042").
Marker = tuple[str, str]
_SYSTEM_FIELDS = {"Id", "SyncToken", "sparse"}


class WriteKind(Enum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    VOID = "void"


def verify_write(
    client: QboClient,
    entity: str,
    body: Mapping[str, Any],
    kind: WriteKind,
    marker: Marker | None,
) -> dict[str, Any] | None:
    """After an unclear write: the entity if our write landed; None if it is safe to resend.

    Raises StaleObjectError when someone else changed the record meanwhile: `requestid`
    alone has produced duplicates, so we never resend blindly over another writer.
    """
    if kind is WriteKind.CREATE:
        return _find_created(client, entity, marker) if marker else None
    try:
        current = client.read(entity, str(body["Id"]))
    except QboInactiveReferenceError:
        if kind is WriteKind.DELETE:
            return {"status": "Deleted", "domain": "QBO", "Id": str(body["Id"])}
        raise
    sent = str(body.get("SyncToken", ""))
    if current.get("SyncToken") == sent:
        return None  # untouched: safe to send again
    if kind is WriteKind.VOID and str(current.get("PrivateNote", "")).startswith("Voided"):
        return current
    if kind is WriteKind.UPDATE and carries(current, body):
        return current
    raise QboStaleObjectError(
        f"QuickBooks {entity} {body['Id']} changed (SyncToken {sent} -> "
        f"{current.get('SyncToken')}) while our write was in doubt; re-read and re-propose"
    )


def _find_created(client: QboClient, entity: str, marker: Marker) -> dict[str, Any] | None:
    field, value = marker
    quoted = value.replace("\\", "\\\\").replace("'", "\\'")
    # PrivateNote holds other text too; any other marker field holds exactly our value
    like = field == "PrivateNote"
    where = f"{field} LIKE '%{quoted}%'" if like else f"{field} = '{quoted}'"
    found = client.query(f"SELECT * FROM {entity} WHERE {where} MAXRESULTS 2").get(entity, [])
    return dict(found[0]) if found else None


def carries(current: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """True when `current` already holds every field we sent (PrivateNote: our line is in it)."""
    for key, value in body.items():
        if key in _SYSTEM_FIELDS:
            continue
        have = current.get(key)
        if key == "PrivateNote" and isinstance(value, str) and isinstance(have, str):
            ours = value.strip().splitlines()[-1:]  # the line we appended, if any
            if ours and ours[0] not in have:
                return False
        elif have != value:
            return False
    return True

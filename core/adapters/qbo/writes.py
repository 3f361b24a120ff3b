"""Verify-before-retry for QuickBooks writes: did an unclear write land, or may we resend it?"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from core.adapters.qbo.faults import QboInactiveReferenceError, QboStaleObjectError

if TYPE_CHECKING:
    from core.adapters.qbo.client import QboClient

# (field, value) that identifies a record we created, e.g. ("DocNumber", "1042").
Marker = tuple[str, str]
# A name is unique in QuickBooks but not ours alone (a QuickBooks user may have taken it first):
# a record found by one is our create only when it holds every value we sent.
SHARED_MARKERS = frozenset({"Name"})
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
        found = _find_created(client, entity, marker) if marker else None
        return judge_landed(entity, body, kind, found, marker)
    try:
        current: dict[str, Any] | None = client.read(entity, str(body["Id"]))
    except QboInactiveReferenceError:
        if kind is not WriteKind.DELETE:
            raise
        current = None
    sent = str(body.get("SyncToken", ""))
    if (
        kind is WriteKind.VOID
        and current is not None
        and current.get("SyncToken") != sent
        and str(current.get("PrivateNote", "")).startswith("Voided")
    ):
        return current
    return judge_landed(entity, body, kind, current)


def _find_created(client: QboClient, entity: str, marker: Marker) -> dict[str, Any] | None:
    found = client.query(marker_query(entity, marker)).get(entity, [])
    return dict(found[0]) if found else None


def marker_query(entity: str, marker: Marker) -> str:
    """The query that finds the record a create with `marker` made, if it landed."""
    field, value = marker
    quoted = _quoted(value)
    # PrivateNote holds other text too; any other marker field holds exactly our value
    like = field == "PrivateNote"
    where = f"{field} LIKE '%{quoted}%'" if like else f"{field} = '{quoted}'"
    return f"SELECT * FROM {entity} WHERE {where} MAXRESULTS 2"


def ids_query(entity: str, entity_ids: Sequence[str]) -> str:
    """The query that reads records by Id (up to 1,000; a batch can carry it, a read cannot)."""
    listed = ", ".join(f"'{_quoted(i)}'" for i in entity_ids)
    return f"SELECT * FROM {entity} WHERE Id IN ({listed}) MAXRESULTS 1000"


def _quoted(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def judge_landed(
    entity: str,
    body: Mapping[str, Any],
    kind: WriteKind,
    current: Mapping[str, Any] | None,
    marker: Marker | None = None,
) -> dict[str, Any] | None:
    """Given what QuickBooks holds now (`current`: the marker's or the Id's record, None when
    there is none), the entity if our write landed; None if it is safe to resend.

    Raises StaleObjectError when someone else changed the record meanwhile (as verify_write).
    """
    if kind is WriteKind.CREATE:
        if current is None:
            return None
        if marker is not None and marker[0] in SHARED_MARKERS and not carries(current, body):
            return None  # someone else's record of that name: ours did not land (QuickBooks
            # refuses the resend as a duplicate, with its explanation)
        return dict(current)
    if current is None:
        if kind is WriteKind.DELETE:
            return {"status": "Deleted", "domain": "QBO", "Id": str(body["Id"])}
        raise QboInactiveReferenceError(f"QuickBooks {entity} {body['Id']} is not there any more")
    sent = str(body.get("SyncToken", ""))
    if current.get("SyncToken") == sent:
        return None
    if kind is WriteKind.UPDATE and carries(current, body):
        return dict(current)
    raise QboStaleObjectError(
        f"QuickBooks {entity} {body['Id']} changed (SyncToken {sent} -> "
        f"{current.get('SyncToken')}) while our write was in doubt; re-read and re-propose"
    )


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
        elif not _same(have, value):
            return False
    return True


def _same(have: Any, sent: Any) -> bool:
    """Equal as QuickBooks JSON: 45 and 45.0 and "45.00" are one amount; a reference we sent
    as {"value": "7"} is QuickBooks' {"value": "7", "name": "Fuel"}."""
    if isinstance(sent, Mapping) and isinstance(have, Mapping):
        return all(_same(have.get(k), v) for k, v in sent.items())
    if isinstance(sent, list) and isinstance(have, list):
        return len(sent) == len(have) and all(_same(h, v) for h, v in zip(have, sent, strict=True))
    if isinstance(sent, int | float | Decimal) and not isinstance(sent, bool):
        try:
            return Decimal(str(have)) == Decimal(str(sent))
        except (ArithmeticError, ValueError):
            return False
    return bool(have == sent)

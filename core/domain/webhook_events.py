"""QuickBooks webhook notifications (classic and CloudEvents) parsed into normalized events."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# CloudEvents spell entities in lower case (`qbo.creditmemo.updated.v1`); classic uses these names.
_ENTITY_NAMES = {
    name.lower(): name
    for name in (
        "Account", "Bill", "BillPayment", "Budget", "Class", "CreditMemo", "Currency",
        "Customer", "Department", "Deposit", "Employee", "Estimate", "Invoice", "Item",
        "JournalCode", "JournalEntry", "Payment", "PaymentMethod", "Preferences", "Purchase",
        "PurchaseOrder", "RefundReceipt", "SalesReceipt", "TaxAgency", "Term", "TimeActivity",
        "Transfer", "Vendor", "VendorCredit",
    )
}  # fmt: skip
# CloudEvents verbs → classic operation names (merge/void/emailed spellings are unverified).
_OPERATIONS = {
    "created": "Create",
    "updated": "Update",
    "deleted": "Delete",
    "merged": "Merge",
    "voided": "Void",
    "emailed": "Emailed",
}
OPERATION_VERBS = {v: k for k, v in _OPERATIONS.items()}


class MalformedNotification(ValueError):
    """The body is not a webhook notification we understand (answer 400)."""


@dataclass(frozen=True)
class WebhookEvent:
    """One entity change from a notification, normalized across both formats."""

    realm_id: str
    entity: str
    entity_id: str
    operation: str
    occurred_at: str  # as sent: classic `lastUpdated` or CloudEvents `time`
    source_format: str  # classic | cloudevents | cdc
    dedupe_key: str
    raw: dict[str, Any] = field(default_factory=dict, compare=False)


def signature(body: bytes, verifier_token: str) -> str:
    """base64(HMAC-SHA256(verifier token, raw body)): the `intuit-signature` header value."""
    digest = hmac.new(verifier_token.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def signature_ok(body: bytes, header: str | None, verifier_token: str) -> bool:
    """True when `header` signs `body`; compared in constant time."""
    if not header:
        return False
    return hmac.compare_digest(signature(body, verifier_token).encode(), header.strip().encode())


def classic_key(realm_id: str, entity: str, entity_id: str, operation: str, when: str) -> str:
    """The dedupe key of an event without an id of its own."""
    return f"{realm_id}:{entity}:{entity_id}:{operation}:{when}"


def occurred(when: str) -> datetime:
    """Parse a sent timestamp for ordering (`-0700`, `Z`, nanoseconds all occur); bad → epoch."""
    text = when.strip().replace("Z", "+00:00")
    if "." in text:  # trim sub-microsecond digits Python cannot parse
        head, _, tail = text.partition(".")
        digits = tail[: len(tail) - len(tail.lstrip("0123456789"))]
        text = f"{head}.{digits[:6]}{tail[len(digits) :]}"
    if len(text) >= 5 and text[-5] in "+-" and text[-3] != ":":
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str | int) or isinstance(value, bool) or str(value) == "":
        raise MalformedNotification(f"{where}: `{key}` missing or not a string")
    return str(value)


def _classic(doc: dict[str, Any]) -> list[WebhookEvent]:
    notes = doc.get("eventNotifications")
    if not isinstance(notes, list):
        raise MalformedNotification("`eventNotifications` is not an array")
    events: list[WebhookEvent] = []
    for i, note in enumerate(notes):
        if not isinstance(note, dict):
            raise MalformedNotification(f"eventNotifications[{i}] is not an object")
        realm = _text(note, "realmId", f"eventNotifications[{i}]")
        change = note.get("dataChangeEvent")
        entities = change.get("entities") if isinstance(change, dict) else None
        if not isinstance(entities, list):
            raise MalformedNotification(f"eventNotifications[{i}]: no dataChangeEvent.entities")
        for j, e in enumerate(entities):
            where = f"eventNotifications[{i}].entities[{j}]"
            if not isinstance(e, dict):
                raise MalformedNotification(f"{where} is not an object")
            name, eid = _text(e, "name", where), _text(e, "id", where)
            op, when = _text(e, "operation", where), str(e.get("lastUpdated") or "")
            entity = _ENTITY_NAMES.get(name.lower(), name)
            events.append(
                WebhookEvent(
                    realm, entity, eid, op, when, "classic",
                    classic_key(realm, entity, eid, op, when), {"realmId": realm, **e},
                )
            )  # fmt: skip
    return events


def _cloudevent(i: int, ce: Any) -> WebhookEvent:
    where = f"[{i}]"
    if not isinstance(ce, dict):
        raise MalformedNotification(f"{where} is not an object")
    kind = _text(ce, "type", where).split(".")
    if len(kind) < 3 or kind[0] != "qbo":
        raise MalformedNotification(f"{where}: type {'.'.join(kind)!r} is not qbo.<entity>.<op>")
    entity = _ENTITY_NAMES.get(kind[1].lower(), kind[1][:1].upper() + kind[1][1:])
    operation = _OPERATIONS.get(kind[2].lower(), kind[2][:1].upper() + kind[2][1:])
    return WebhookEvent(
        realm_id=_text(ce, "intuitaccountid", where),
        entity=entity,
        entity_id=_text(ce, "intuitentityid", where),
        operation=operation,
        occurred_at=str(ce.get("time") or ""),
        source_format="cloudevents",
        dedupe_key=f"ce:{_text(ce, 'id', where)}",
        raw=dict(ce),
    )


def parse_notification(body: bytes) -> list[WebhookEvent]:
    """Every event in a notification body, either format; raises MalformedNotification."""
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedNotification(f"body is not JSON: {exc}") from None
    if isinstance(doc, dict) and "eventNotifications" in doc:
        return _classic(doc)
    if isinstance(doc, list):
        return [_cloudevent(i, ce) for i, ce in enumerate(doc)]
    raise MalformedNotification("neither `eventNotifications` nor a CloudEvents array")

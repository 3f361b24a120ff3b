"""QuickBooks webhook notifications (classic and CloudEvents) parsed into normalized events."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import re
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

# The longest value each field may have, from the inbox columns (`core.models.QboEvent`): a
# longer one is refused, never cut, since a cut id would pass for another event.
MAX_REALM, MAX_ENTITY, MAX_ENTITY_ID, MAX_OPERATION, MAX_TIME = 32, 40, 32, 20, 64
MAX_EVENT_ID = 200  # CloudEvents `id`; the dedupe key `ce:<id>` has room for 300
MAX_DEPTH = 32  # nesting of a whole notification (Intuit's are 6 levels deep at most)


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


def _text(obj: dict[str, Any], key: str, where: str, longest: int, required: bool = True) -> str:
    """`obj[key]` as a string: a non-empty string or integer of at most `longest` characters,
    printable (no control characters) and encodable as UTF-8 (no lone surrogates)."""
    value = obj.get(key)
    if not required and value in (None, ""):
        return ""
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise MalformedNotification(f"{where}: `{key}` missing or not a string")
    text = str(value) if isinstance(value, str) or abs(value) < 10**longest else ""
    if not 0 < len(text) <= longest:
        raise MalformedNotification(f"{where}: `{key}` empty or longer than {longest}")
    if not text.isprintable() or not _utf8(text):
        raise MalformedNotification(f"{where}: `{key}` has characters that cannot be stored")
    return text


def _utf8(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which no database column takes
        return False
    return True


# How a NUL or a lone surrogate gets into a parsed string of a UTF-8 body: as a \u escape, or
# as bytes json decodes with "surrogatepass". A UTF-16 or UTF-32 body has NUL bytes.
_UNSTORABLE = re.compile(rb"\\u0000|\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")


def _check_storable(doc: Any, body: bytes) -> None:
    """Raise unless every database can store `doc` as JSON: nested at most MAX_DEPTH levels,
    no string (key or value) with a NUL or a lone surrogate. Walked with a stack, not recursion,
    and only when the raw bytes could hold either (a cheap test that may say yes wrongly)."""
    strings = b"\x00" in body or _UNSTORABLE.search(body) is not None
    if not strings and body.count(b"[") + body.count(b"{") <= MAX_DEPTH:
        return
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise MalformedNotification(f"body nested deeper than {MAX_DEPTH} levels")
        for key, value in node.items() if isinstance(node, dict) else enumerate(node):
            if strings and not all(
                "\x00" not in text and _utf8(text) for text in (key, value) if isinstance(text, str)
            ):
                raise MalformedNotification("a string with a NUL or a lone surrogate")
            if isinstance(value, dict | list):
                stack.append((value, depth + 1))


def _classic(doc: dict[str, Any]) -> list[WebhookEvent]:
    notes = doc.get("eventNotifications")
    if not isinstance(notes, list):
        raise MalformedNotification("`eventNotifications` is not an array")
    events: list[WebhookEvent] = []
    for i, note in enumerate(notes):
        if not isinstance(note, dict):
            raise MalformedNotification(f"eventNotifications[{i}] is not an object")
        realm = _text(note, "realmId", f"eventNotifications[{i}]", MAX_REALM)
        change = note.get("dataChangeEvent")
        entities = change.get("entities") if isinstance(change, dict) else None
        if not isinstance(entities, list):
            raise MalformedNotification(f"eventNotifications[{i}]: no dataChangeEvent.entities")
        for j, e in enumerate(entities):
            where = f"eventNotifications[{i}].entities[{j}]"
            if not isinstance(e, dict):
                raise MalformedNotification(f"{where} is not an object")
            name, eid = _text(e, "name", where, MAX_ENTITY), _text(e, "id", where, MAX_ENTITY_ID)
            op = _text(e, "operation", where, MAX_OPERATION)
            when = _text(e, "lastUpdated", where, MAX_TIME, required=False)
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
    kind = _text(ce, "type", where, 200).split(".")
    if len(kind) < 3 or kind[0] != "qbo" or not kind[1] or not kind[2]:
        raise MalformedNotification(f"{where}: type is not qbo.<entity>.<operation>")
    if len(kind[1]) > MAX_ENTITY or len(kind[2]) > MAX_OPERATION:
        raise MalformedNotification(f"{where}: entity or operation in `type` is too long")
    entity = _ENTITY_NAMES.get(kind[1].lower(), kind[1][:1].upper() + kind[1][1:])
    operation = _OPERATIONS.get(kind[2].lower(), kind[2][:1].upper() + kind[2][1:])
    return WebhookEvent(
        realm_id=_text(ce, "intuitaccountid", where, MAX_REALM),
        entity=entity,
        entity_id=_text(ce, "intuitentityid", where, MAX_ENTITY_ID),
        operation=operation,
        occurred_at=_text(ce, "time", where, MAX_TIME, required=False),
        source_format="cloudevents",
        dedupe_key=f"ce:{_text(ce, 'id', where, MAX_EVENT_ID)}",
        raw=dict(ce),
    )


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")  # NaN/Infinity: no database stores them as JSON


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise ValueError(f"number {text[:20]} out of range")
    return number


_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)


def parse_notification(body: bytes) -> list[WebhookEvent]:
    """Every event in a notification body, either format; raises MalformedNotification."""
    try:
        # json.loads(body) would build a decoder per call for these hooks; ours is built once.
        doc = _DECODER.decode(body.decode(json.detect_encoding(body), "surrogatepass"))
    except RecursionError:  # nesting deeper than the interpreter's stack allows
        raise MalformedNotification(f"body nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:  # not JSON, not UTF-8/16/32, or a number out of range
        raise MalformedNotification(f"body is not JSON: {str(exc)[:200]}") from None
    if isinstance(doc, dict | list):
        _check_storable(doc, body)
    if isinstance(doc, dict) and "eventNotifications" in doc:
        return _classic(doc)
    if isinstance(doc, list):
        return [_cloudevent(i, ce) for i, ce in enumerate(doc)]
    raise MalformedNotification("neither `eventNotifications` nor a CloudEvents array")

"""The simulator's batch, CDC and invoice send/PDF endpoints (QUICKBOOKS.md §1.5–1.7)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sandbox.qbo import responses as r
from sandbox.qbo.names import NAME_LISTS, is_active
from sandbox.qbo.query import QueryError, parse, project, run
from sandbox.qbo.store import Ledger, StoreFault

MAX_BATCH_ITEMS = 30
MAX_CDC_OBJECTS = 1000
MAX_CDC_DAYS = 30
CDC_UNSUPPORTED = {"JournalCode", "TaxAgency", "TimeActivity", "TaxCode", "TaxRate"}
Notify = Callable[[str, dict[str, Any], str], None]


def query_response(ledger: Ledger, text: str) -> dict[str, Any]:
    """A `QueryResponse` body for one statement (raises QueryError / StoreFault)."""
    q = parse(text)
    kind = ledger.kind(q.entity)
    rows = ledger.all(kind)
    if kind in NAME_LISTS and not any(c.field.lower() == "active" for c in q.where):
        # QuickBooks answers only active name-list records unless the query asks about Active.
        rows = [e for e in rows if is_active(e)]
    page, total = run(q, rows)
    if q.count:
        return {"totalCount": total}
    if not page:
        return {}
    found = [project(e, q.fields) for e in page]
    return {kind: found, "startPosition": q.start_position, "maxResults": len(page)}


def _fault(f: StoreFault) -> dict[str, Any]:
    error = {"Message": f.message, "Detail": f.detail, "code": f.code, "element": f.element}
    return {"type": "ValidationFault", "Error": [error]}


def write(
    ledger: Ledger, kind: str, op: str, include: str, data: dict[str, Any]
) -> tuple[Any, str]:
    """Apply one write; returns (entity, webhook operation)."""
    if op == "delete":
        return ledger.delete(kind, data), "Delete"
    if op == "void" or (op == "update" and include == "void"):
        return ledger.void(kind, data), "Void"
    if op == "update" or data.get("Id"):
        was_active = kind in NAME_LISTS and is_active(ledger.get(kind, str(data.get("Id"))))
        entity = ledger.update(kind, data)
        # Making a name-list record inactive is how QuickBooks deletes it, and says so.
        return entity, "Delete" if was_active and not is_active(entity) else "Update"
    return ledger.create(kind, data), "Create"


def batch(ledger: Ledger, body: bytes, notify: Notify) -> dict[str, Any]:
    """Run every item on its own: a failing item is a Fault in its slot, never a failed batch."""
    try:
        items = json.loads(body or b"{}").get("BatchItemRequest")
    except (ValueError, AttributeError):
        items = None
    if not isinstance(items, list) or not items:
        raise StoreFault(400, "2500", "Invalid Request", "BatchItemRequest is missing or empty")
    if len(items) > MAX_BATCH_ITEMS:
        raise StoreFault(
            400,
            "1040",
            "Batch size exceeded",
            f"The batch has {len(items)} items; at most {MAX_BATCH_ITEMS} are allowed",
        )
    out: list[dict[str, Any]] = []
    for item in items:
        bid = str(item.get("bId", ""))
        try:
            if "Query" in item:
                out.append({"bId": bid, "QueryResponse": query_response(ledger, item["Query"])})
                continue
            op = str(item.get("operation", "create")).lower()
            name = next(k for k in item if k not in ("bId", "operation", "optionsData"))
            kind = ledger.kind(name)
            include = "void" if str(item.get("optionsData", "")).lower() == "void" else ""
            entity, operation = write(ledger, kind, op, include, dict(item[name]))
            notify(kind, copy.deepcopy(entity), operation)
            out.append({"bId": bid, kind: copy.deepcopy(entity)})
        except StoreFault as f:
            out.append({"bId": bid, "Fault": _fault(f)})
        except QueryError as q:
            bad_query = StoreFault(400, "4001", "Invalid query", q.detail)
            out.append({"bId": bid, "Fault": _fault(bad_query)})
        except StopIteration:
            no_entity = StoreFault(400, "2500", "Invalid Request", "batch item names no entity")
            out.append({"bId": bid, "Fault": _fault(no_entity)})
    return {"BatchItemResponse": out}


def _since(raw: str, tz: ZoneInfo) -> datetime:
    try:
        if len(raw) == 10:
            return datetime.combine(date.fromisoformat(raw), time(), tzinfo=tz)
        parsed = datetime.fromisoformat(raw.replace(" ", "+"))  # '+' arrives as a space
    except ValueError:
        raise StoreFault(
            400, "2040", "Invalid date", f"changedSince is not a date or date-time: {raw}"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def _stamp(e: dict[str, Any], tz: ZoneInfo) -> datetime:
    raw = str((e.get("MetaData") or {}).get("LastUpdatedTime", "1970-01-01T00:00:00"))
    parsed = datetime.fromisoformat(raw)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def cdc(ledger: Ledger, entities: str, changed_since: str, now: datetime) -> dict[str, Any]:
    """Changes since `changed_since`: the oldest 1,000 objects, grouped by type, deletes last."""
    tz = now.tzinfo if isinstance(now.tzinfo, ZoneInfo) else ZoneInfo("UTC")
    kinds = [ledger.kind(e.strip()) for e in entities.split(",") if e.strip()]
    if not kinds:
        raise StoreFault(400, "2020", "Required param missing", "entities is required")
    if not changed_since:
        raise StoreFault(400, "2020", "Required param missing", "changedSince is required")
    bad = [k for k in kinds if k in CDC_UNSUPPORTED]
    if bad:
        raise StoreFault(400, "4000", "Unsupported entity", f"CDC does not support {bad[0]}")
    since = _since(changed_since, tz)
    if since < now - timedelta(days=MAX_CDC_DAYS):
        raise StoreFault(
            400,
            "2040",
            "Invalid changedSince",
            f"changedSince must be within the last {MAX_CDC_DAYS} days",
            "changedSince",
        )
    changed = [
        (kind, e)
        for kind in kinds
        for e in ledger.data.get(kind, {}).values()
        if _stamp(e, tz) >= since
    ]
    # Assumed (unverified): a capped response keeps the oldest changes, so later ones can be
    # asked for again from the last time returned.
    changed.sort(key=lambda ke: _stamp(ke[1], tz))
    changed = changed[:MAX_CDC_OBJECTS]
    groups: list[dict[str, Any]] = []
    for kind in kinds:
        mine = [e for k, e in changed if k == kind]
        ordered = [e for e in mine if e.get("status") != "Deleted"]
        ordered += [_deleted_stub(e) for e in mine if e.get("status") == "Deleted"]
        group: dict[str, Any] = {"startPosition": 1, "maxResults": len(ordered)}
        if ordered:
            group[kind] = copy.deepcopy(ordered)
        groups.append(group)
    return {"CDCResponse": [{"QueryResponse": groups}]}


def _deleted_stub(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "status": "Deleted",
        "domain": "QBO",
        "Id": e["Id"],
        "MetaData": {"LastUpdatedTime": e["MetaData"]["LastUpdatedTime"]},
    }


def send_invoice(ledger: Ledger, invoice_id: str, send_to: str | None, now: datetime) -> Any:
    """E-mail an invoice: EmailStatus EmailSent, DeliveryInfo, BillEmail set to sendTo."""
    inv = ledger.get("Invoice", invoice_id)
    if not send_to and not (inv.get("BillEmail") or {}).get("Address"):
        raise StoreFault(
            400,
            "6000",
            "A business validation error has occurred while processing your request",
            "Business Validation Error: the invoice has no BillEmail and no sendTo was given",
        )
    if send_to:
        inv["BillEmail"] = {"Address": send_to}
    inv["EmailStatus"] = "EmailSent"
    inv["DeliveryInfo"] = {"DeliveryType": "Email", "DeliveryTime": r.server_time(now)}
    ledger.touch(inv)
    return inv

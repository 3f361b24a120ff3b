"""The audit entry of a sync resolution, as plain JSON-ready values."""

from __future__ import annotations

from decimal import Decimal

from core.domain.sync.merge import Decider, RecordMerge
from core.domain.sync.records import FieldValue

JsonValue = str | int | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


def resolution_entry(result: RecordMerge) -> dict[str, JsonValue]:
    """Return the audit payload: per contested field its three values, the rule and the result.

    Untouched fields are left out; amounts are written as strings so no digit is lost.
    """
    fields: list[JsonValue] = [
        {
            "field": f.name,
            "base": _plain(f.base),
            "platform": _plain(f.platform),
            "quickbooks": _plain(f.quickbooks),
            "result": _plain(f.result),
            "rule": f.rule.value,
            "side": f.side.value,
        }
        for f in result.fields
        if f.rule is not Decider.UNCHANGED
    ]
    return {
        "kind": "sync_resolution",
        "entity": result.entity.value,
        "id": result.id,
        "base_sync_token": result.base_sync_token,
        "quickbooks_sync_token": result.quickbooks_sync_token,
        "state": result.state.value,
        "held_for_person": result.held_for_person,
        "hold_reason": result.hold_reason,
        "withdrawal": result.withdrawal.value,
        "withdrawn_fields": list(result.withdrawn_fields),
        "withdrawal_reason": result.withdrawal_reason,
        "pushed_fields": list(sorted(result.push.fields) if result.push else []),
        "fields": fields,
    }


def _plain(value: FieldValue) -> JsonValue:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value

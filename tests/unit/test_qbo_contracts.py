"""Contract: the recorded batch and CDC payloads parse through our batch and CDC readers."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from core.adapters.qbo.batch import BatchItem, parse_response, request_body
from core.adapters.qbo.cdc import CdcResult, parse_page
from core.adapters.qbo.faults import (
    FaultPolicy,
    QboDuplicateError,
    QboInactiveReferenceError,
    QboStaleObjectError,
)


def test_batch_response_fixture_gives_one_error_per_item(qbo_fixtures: Path) -> None:
    body = json.loads((qbo_fixtures / "batch_response.json").read_text())
    bids = [i["bId"] for i in body["BatchItemResponse"]]
    pairs = [(bid, BatchItem("query", query="select")) for bid in bids]
    results = parse_response(body, pairs, "tid-1", FaultPolicy())
    by = {r.bid: r for r in results}
    assert isinstance(by["bid1"].error, QboDuplicateError)
    assert isinstance(by["bid2"].error, QboInactiveReferenceError)
    assert isinstance(by["bid3"].error, QboStaleObjectError)
    assert by["bid3"].error.intuit_tid == "tid-1"
    assert by["bid4"].ok and by["bid4"].query_response
    assert by["bid4"].query_response["SalesReceipt"]


def test_our_batch_request_has_the_fixture_shape(qbo_fixtures: Path) -> None:
    recorded = json.loads((qbo_fixtures / "batch_request.json").read_text())["BatchItemRequest"]
    ours = request_body(
        [
            ("bid1", BatchItem("create", "Vendor", {"DisplayName": "V"})),
            ("bid2", BatchItem("delete", "Invoice", {"Id": "1", "SyncToken": "0"})),
            ("bid3", BatchItem("update", "SalesReceipt", {"Id": "2", "SyncToken": "1"})),
            ("bid4", BatchItem("query", query="select * from SalesReceipt")),
        ]
    )["BatchItemRequest"]
    for mine, theirs in zip(ours, recorded, strict=True):
        assert set(mine) == set(theirs)
    assert ours[2]["SalesReceipt"]["sparse"] is True


def test_cdc_fixture_parses_with_deleted_stubs(qbo_fixtures: Path) -> None:
    body = json.loads((qbo_fixtures / "cdc_response.json").read_text())
    page, server_time = parse_page(body)
    assert server_time == "2015-12-23T12:56:06.196-08:00"
    result = CdcResult(changed_since=datetime(2015, 12, 1, tzinfo=UTC), time=server_time)
    for entity, objects in page.items():
        result.merge(entity, objects)
    assert {c["Id"] for c in result.active("Customer")} == {"63", "99"}
    assert result.deleted("Estimate") == ["979"]
    assert {e["Id"] for e in result.active("Estimate")} == {"34", "123"}

"""QuickBooks batch requests: items in, per-item results out (each Fault as one of our errors)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.adapters.qbo.faults import FaultPolicy, classify
from core.errors import QbotError

MAX_ITEMS = 30  # QuickBooks' documented maximum payloads per batch request
OPERATIONS = ("create", "update", "delete", "query")


@dataclass(frozen=True)
class BatchItem:
    """One payload: a write of `entity` with `body`, or a `query` statement."""

    operation: str
    entity: str = ""
    body: Mapping[str, Any] = field(default_factory=dict)
    query: str = ""
    bid: str = ""  # generated when empty
    # How a create is found again if it landed unseen, e.g. ("PrivateNote", "[qbot:c9]").
    marker: tuple[str, str] | None = None
    # An earlier attempt may have landed (its answer was lost): looked up before it is sent.
    in_doubt: bool = False

    def __post_init__(self) -> None:
        if self.operation not in OPERATIONS:
            raise ValueError(f"batch operation must be one of {OPERATIONS}: {self.operation!r}")
        if self.operation == "query" and not self.query:
            raise ValueError("a batch query item needs `query`")
        if self.operation != "query" and not self.entity:
            raise ValueError("a batch write item needs `entity`")


@dataclass(frozen=True)
class BatchItemResult:
    """What QuickBooks answered for one item: an entity, a query response, or an error."""

    bid: str
    item: BatchItem
    entity: dict[str, Any] | None = None
    query_response: dict[str, Any] | None = None
    error: QbotError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def chunks(items: Sequence[BatchItem], size: int = MAX_ITEMS) -> Iterator[Sequence[BatchItem]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def request_body(items: Sequence[tuple[str, BatchItem]]) -> dict[str, Any]:
    """`{"BatchItemRequest": [...]}` for (bId, item) pairs."""
    out: list[dict[str, Any]] = []
    for bid, item in items:
        if item.operation == "query":
            out.append({"bId": bid, "Query": item.query})
        else:
            payload = dict(item.body)
            if item.operation == "update":
                payload.setdefault("sparse", True)  # never a full update that NULLs fields
            out.append({"bId": bid, "operation": item.operation, item.entity: payload})
    return {"BatchItemRequest": out}


def parse_response(
    body: Mapping[str, Any],
    items: Sequence[tuple[str, BatchItem]],
    intuit_tid: str | None,
    policy: FaultPolicy,
) -> list[BatchItemResult]:
    """Results in the order of `items` (QuickBooks does not promise execution order)."""
    by_bid: dict[str, Mapping[str, Any]] = {}
    for answer in body.get("BatchItemResponse") or []:
        if isinstance(answer, Mapping) and "bId" in answer:
            by_bid[str(answer["bId"])] = answer
    headers = {"intuit_tid": intuit_tid} if intuit_tid else {}
    results: list[BatchItemResult] = []
    for bid, item in items:
        answer = by_bid.get(bid)
        if answer is None:
            error = classify(500, headers, "", policy)
            results.append(BatchItemResult(bid, item, error=error))
        elif isinstance(answer.get("Fault"), Mapping):
            # The batch is HTTP 200; each item's Fault is classified as if it had its own 400.
            error = classify(400, headers, json.dumps({"Fault": answer["Fault"]}), policy)
            results.append(BatchItemResult(bid, item, error=error))
        elif "QueryResponse" in answer:
            qr = answer["QueryResponse"]
            results.append(BatchItemResult(bid, item, query_response=dict(qr or {})))
        else:
            found = next(
                (v for k, v in answer.items() if k != "bId" and isinstance(v, Mapping)), None
            )
            results.append(BatchItemResult(bid, item, entity=dict(found or {})))
    return results

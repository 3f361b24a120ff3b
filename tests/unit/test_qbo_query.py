"""The simulator's query language: grammar, comparisons, ordering and paging limits."""

from __future__ import annotations

from typing import Any

import pytest

from sandbox.qbo.query import QueryError, parse, run

ROWS: list[dict[str, Any]] = [
    {
        "Id": "10",
        "Balance": 0.0,
        "DueDate": "2026-10-01",
        "CustomerRef": {"value": "1"},
        "DisplayName": "Adam's Candy Shop",
        "Active": True,
        "MetaData": {"LastUpdatedTime": "2026-10-02T09:00:00-07:00"},
    },
    {
        "Id": "9",
        "Balance": 150.5,
        "DueDate": "2026-11-01",
        "CustomerRef": {"value": "2"},
        "DisplayName": "Birch Dental",
        "Active": False,
        "MetaData": {"LastUpdatedTime": "2026-11-02T09:00:00-08:00"},
    },
    {
        "Id": "100",
        "Balance": 20.0,
        "DueDate": "2026-11-15",
        "CustomerRef": {"value": "1"},
        "DisplayName": "Cedar Apartments",
        "Active": True,
        "MetaData": {"LastUpdatedTime": "2026-11-16T09:00:00-08:00"},
    },
]


def ids(text: str) -> list[str]:
    return [r["Id"] for r in run(parse(text), ROWS)[0]]


def test_keywords_are_case_insensitive_and_default_order_is_numeric_id() -> None:
    assert ids("SELECT * FROM Invoice") == ["9", "10", "100"]
    assert ids("select * from invoice") == ["9", "10", "100"]


def test_where_and_in_like_refs_and_nested_fields() -> None:
    assert ids("select * from Invoice where Balance > '0'") == ["9", "100"]
    assert ids("select * from Invoice where CustomerRef = '1' and Balance > '0'") == ["100"]
    assert ids("select * from Invoice where Id in ('9', '100')") == ["9", "100"]
    assert ids("select * from Customer where DisplayName like '%dental%'") == ["9"]
    assert ids("select * from Customer where DisplayName = 'Adam\\'s Candy Shop'") == ["10"]
    assert ids("select * from Customer where Active = true") == ["10", "100"]
    assert ids("select * from Invoice where MetaData.LastUpdatedTime > '2026-11-01'") == [
        "9",
        "100",
    ]
    assert ids(
        "select * from Invoice where Metadata.LastUpdatedTime >= '2026-11-02T09:00:00-08:00'"
    ) == ["9", "100"]
    assert ids("select * from Invoice where DueDate <= '2026-11-01'") == ["9", "10"]


def test_orderby_both_spellings_and_paging() -> None:
    assert ids("select * from Invoice orderby DueDate desc") == ["100", "9", "10"]
    assert ids("select * from Invoice Order By Balance") == ["10", "100", "9"]
    assert ids("select * from Invoice startposition 2 maxresults 1") == ["10"]
    page, total = run(parse("select * from Invoice maxresults 2"), ROWS)
    assert len(page) == 2 and total == 3
    assert parse("select * from Invoice").max_results == 100


def test_count() -> None:
    q = parse("SELECT COUNT(*) FROM Invoice WHERE Balance > '0'")
    assert q.count and run(q, ROWS)[1] == 2


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("select * from Invoice startposition 0", "Min allowed value is 1"),
        ("select * from Invoice maxresults 1001", "Max allowed value is 1000"),
        ("select from Invoice", "QueryParserError"),
        ("select * from Invoice where Balance > '0' or Id = '1'", "QueryParserError"),
    ],
)
def test_invalid_queries(text: str, fragment: str) -> None:
    with pytest.raises(QueryError) as info:
        parse(text)
    assert fragment in info.value.detail

"""The `/qb sync` and `/qb conflicts` answers validate with slack_sdk's models within Block
Kit's limits, however many companies, types and troubled changes there are."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_sdk.models.blocks import Block

from bot.cards.conflict_list import conflicts_message
from bot.cards.sync_status import sync_result_message, sync_started_text, sync_status_message
from bot.ids import SyncActionId
from bot.payloads import CaseButtonValue
from core.services.sync_status import (
    ChangeTrouble,
    CompanyStatus,
    FailedEvent,
    RetryingJob,
    SyncStatus,
    TypeStatus,
)

AT = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def _valid(message: dict[str, Any]) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = message.get("blocks") or []
    assert message["text"] and len(blocks) <= 50
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None
        block.validate_json()
    return blocks


def _type(name: str, troubles: int) -> TypeStatus:
    def trouble(n: int) -> ChangeTrouble:
        return ChangeTrouble(n, f"invoice:{n}", n % 3, AT if n % 2 else None, "x" * 900)

    return TypeStatus(
        name=name, last_pull=AT, interval=timedelta(hours=1), cursors={"Invoice": AT},
        pending=3, failed=1, failed_events=[FailedEvent(1, "Invoice", "7", 2, "boom " * 100)],
        retrying=1, retry_queue=[RetryingJob(2, "cdc_poll", 1, AT, "down")],
        failed_changes=[trouble(n) for n in range(1, troubles + 1)],
        retry_changes=[trouble(100 + n) for n in range(troubles)],
        conflicts_open=2, cdc_interval=timedelta(minutes=15),
    )  # fmt: skip


def test_a_retry_button_on_each_troubled_change_within_the_block_limit() -> None:
    small = SyncStatus([CompanyStatus("r1", [_type("invoices", 1)])], True)
    blocks = _valid(sync_status_message(small, "Change 1 is back in line."))
    buttons = [b["accessory"] for b in blocks if b.get("accessory")]
    assert [b["action_id"] for b in buttons] == [SyncActionId.RETRY.value] * 2
    values = [CaseButtonValue.parse(b["value"]) for b in buttons]
    assert [(v.action_id, v.version) for v in values] == [(1, 1), (100, 1)]
    assert "sync every 1h; CDC every 15m" in blocks[2]["text"]["text"]
    assert "Conflicts waiting: 2" in blocks[2]["text"]["text"]
    assert "Next pull: every record (full)" in blocks[2]["text"]["text"]
    incremental = dataclasses.replace(_type("invoices", 0), cursor=AT)
    drawn = _valid(sync_status_message(SyncStatus([CompanyStatus("r1", [incremental])], True)))
    [line] = [b["text"]["text"] for b in drawn if "Next pull" in b.get("text", {}).get("text", "")]
    assert "Next pull: changes since" in line and "(CDC)" in line

    huge = SyncStatus(
        [CompanyStatus(f"r{n}", [_type(t, 20) for t in ("accounts", "invoices", "expenses")])
         for n in range(5)], False, ["Slack is not configured"],
    )  # fmt: skip
    blocks = _valid(sync_status_message(huge))
    assert blocks[-1]["block_id"] == "sync_notes"


def test_the_sync_now_answers() -> None:
    assert "Sync started for 2 company(ies)" in sync_started_text(2)
    assert "connect" in sync_started_text(0)
    done = sync_result_message("r1", {"pulled": {"Invoice": 10, "Customer": 2}, "pushed": 1,
                                      "conflicts": 1, "resolved_by_policy": 1,
                                      "held_for_person": 0, "failed": 0, "retry_queued": 0,
                                      "api_calls": 4}, "")  # fmt: skip
    [block] = _valid(done)
    assert "12 record(s) pulled, 1 pushed, 4 QuickBooks call(s)" in block["text"]["text"]
    stopped = sync_result_message("r1", None, "QuickBooks company r1 is not connected")
    assert "stopped: QuickBooks company r1 is not connected" in stopped["text"]


def test_the_conflict_list_links_each_card_and_stays_within_limits() -> None:
    def conflict(n: int) -> dict[str, Any]:
        return {"id": n, "record": f"invoice:{n}", "rule": "manual", "reason": "held " * 200,
                "card": {"channel": "C1", "ts": f"1.{n}"} if n % 2 else None,
                "fields": [{"field": f"F{i}", "base": "a", "platform": {"x": [1, 2]},
                            "quickbooks": "c" * 300} for i in range(6)]}  # fmt: skip

    blocks = _valid(conflicts_message([conflict(n) for n in range(80)],
                                      {1: "https://example.slack.com/archives/C1/p1"}))
    assert blocks[0]["text"]["text"] == "Open sync conflicts: 80"
    rows = {b["block_id"]: b["text"]["text"] for b in blocks
            if b["block_id"].startswith("conflict_")}  # fmt: skip
    assert "<https://example.slack.com/archives/C1/p1|Open its card>" in rows["conflict_1"]
    assert "waits in the outbox" in rows["conflict_0"]
    assert "…and 2 more field(s)" in rows["conflict_0"]
    assert any(b["block_id"] == "conflicts_more" for b in blocks)
    none = _valid(conflicts_message([], {}))
    assert "No conflict waits for a person" in none[1]["text"]["text"]

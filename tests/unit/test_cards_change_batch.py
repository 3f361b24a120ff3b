"""The approval card of staged changes (bot.cards.change_batch): before → after per field,
money totals, buttons only while it waits, within Block Kit's limits at any size."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cards.change_batch import change_card, change_card_json, change_card_text
from bot.cards.text import HEADER_TEXT_LIMIT, MESSAGE_BLOCK_LIMIT, SECTION_TEXT_LIMIT
from core.domain.sync.change_view import ChangeBatchView, ChangeLine, FieldDiff
from core.domain.sync.staged import ChangeKind, ChangeState

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def _line(n: int, fields: tuple[FieldDiff, ...], label: str = "Rose City Fuel") -> ChangeLine:
    qbo_id = str(n) if n % 2 else None
    state = ChangeState.AWAITING_APPROVAL
    return ChangeLine(n, ChangeKind.EXPENSE, qbo_id, label, Decimal("45.00"), "USD", state,
                      fields, line=n)  # fmt: skip


def _view(changes: tuple[ChangeLine, ...], count: int, **over: Any) -> ChangeBatchView:
    base: dict[str, Any] = {
        "batch_id": 7, "version": 1, "realm_id": "r1", "state": ChangeState.AWAITING_APPROVAL,
        "submitted_by": "import:export.jsonl", "source": "import:export.jsonl",
        "total": Decimal("1234.5"), "currency": "USD", "created_at": NOW, "changes": changes,
        "count": count, "counts": {"expense": count},
    }  # fmt: skip
    base.update(over)
    return ChangeBatchView(**base)


def test_fields_before_and_after_total_and_buttons() -> None:
    diffs = (
        FieldDiff("DueDate", "2026-09-16", "2026-12-15"),
        FieldDiff("AccountRef", {"value": "5", "name": "Checking"}, {"value": "6"}),
        FieldDiff("Line", None, [{"Amount": 45, "DetailType": "AccountBasedExpenseLineDetail"}]),
    )
    blocks = json.dumps(change_card_json(_view((_line(1, diffs),), 1)), ensure_ascii=False)
    assert "`DueDate`: 2026-09-16 → *2026-12-15*" in blocks
    assert "`AccountRef`: Checking → *6*" in blocks
    assert "`Line`: — → *1 line, 45.00*" in blocks
    assert "$1,234.50" in blocks and "`import:export.jsonl`" in blocks
    assert '"action_id": "change_approve"' in blocks and '"action_id": "change_reject"' in blocks
    assert change_card_text(_view((), 1)).endswith("$1,234.50")


def test_decided_card_has_no_buttons_and_says_who() -> None:
    view = _view((), 3, state=ChangeState.REJECTED, decided_by="U0LEAD", reason="<!channel> no")
    blocks = json.dumps(change_card_json(view))
    assert "actions" not in [b["type"] for b in change_card_json(view)]
    assert "Rejected by <@U0LEAD>: &lt;!channel&gt; no" in blocks


@settings(max_examples=50, deadline=None)
@given(
    count=st.integers(min_value=1, max_value=5000),
    label=st.text(max_size=600),
    value=st.text(max_size=5000),
    nfields=st.integers(min_value=1, max_value=40),
)
def test_any_batch_fits_block_kit(count: int, label: str, value: str, nfields: int) -> None:
    fields = tuple(FieldDiff(f"CustomField:F{i}", value, value[::-1]) for i in range(nfields))
    shown = tuple(_line(n, fields, label) for n in range(1, min(count, 10) + 1))
    blocks = change_card(_view(shown, count, source="slack", submitted_by="U0ADMIN"))
    assert len(blocks) <= MESSAGE_BLOCK_LIMIT
    for b in blocks:
        b.validate_json()  # slack_sdk's own checks of every length it knows
        data = b.to_dict()
        text = data.get("text")
        if isinstance(text, dict):
            limit = HEADER_TEXT_LIMIT if data["type"] == "header" else SECTION_TEXT_LIMIT
            assert len(text["text"]) <= limit
    if count > 10:
        assert f"{count - 10} more change" in json.dumps(change_card_json(
            _view(shown, count, source="slack", submitted_by="U0ADMIN")))  # fmt: skip

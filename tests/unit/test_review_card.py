"""The weekly review's card in every variant (empty week, full week, long names, many
companies in one answer), each block validated by slack_sdk's models within Block Kit limits;
and the review's small rules (edit distance, nearest-rank p90, an empty period)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import Block

from bot.cards.reports import report_message
from bot.cards.review import review_json, review_text
from core.domain.review import (
    MissedEscalation,
    RejectReason,
    ReviewFigures,
    ReviewRows,
    RewriteLine,
    compute,
    edit_distance,
    nearest_rank,
)

SINCE, UNTIL = date(2026, 11, 23), date(2026, 11, 30)
AT = datetime(2026, 11, 23, 17, tzinfo=UTC)


def valid(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    assert len(blocks) <= 50
    ids = [b.get("block_id") for b in blocks if b.get("block_id")]
    assert len(ids) == len(set(ids)), "block ids repeat"
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None
        block.validate_json()
    return blocks


def empty_rows() -> ReviewRows:
    start = datetime(2026, 11, 23, 8, tzinfo=UTC)
    return ReviewRows(SINCE, UNTIL, start, start + timedelta(days=7), "USD", [], [], [], [], [])


def full_week(name: str = "Acme") -> ReviewFigures:
    missed = tuple(
        MissedEscalation(n, str(n), f"{name} {n} <!channel> *bold*", f"INV-{n}", AT,
                         "dispute", AT + timedelta(days=3), 3)
        for n in range(10)
    )
    rewrites = tuple(RewriteLine(f"outcome_{n}", f"template_{n}" * 20, 10, n, n / 10, 0.25)
                     for n in range(9))
    return ReviewFigures(
        since=SINCE, until=UNTIL, home_currency="USD",
        decisions={"approved": 40, "edited": 12, "rejected": 7, "snoozed": 2, "superseded": 3},
        rejected=7,
        reject_reasons=(RejectReason("already_paid", "Already paid", 4),
                        RejectReason("none", "No reason given", 3)),
        missed_escalations=14, missed=missed,
        approvals=52, edited=12, rewrite_rate=12 / 52, mean_edit_distance=0.31,
        rewrites=rewrites,
        decision_hours_median=5.5, decision_hours_p90=71.0,
        reminders_sent=44, reminded_invoices=40,
        collected_after_reminder=Decimal("123456.78"),
    )


def test_an_empty_week_says_so() -> None:
    figures = compute(empty_rows())
    assert figures.empty and figures.rewrite_rate is None and figures.decision_hours_p90 is None
    blocks = valid(review_json(figures))
    assert [b["block_id"] for b in blocks] == ["review_header", "review_empty"]
    assert "Decisions: none" in review_text(figures)
    assert figures.to_json()["collected_after_reminder"] == "0.00"


def test_a_full_week_stays_within_limits_and_escapes_names() -> None:
    figures = full_week("A" * 40)
    blocks = valid(review_json(figures, company="Z" * 300))
    text = str(blocks)
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text
    assert "…and 9 more" in text  # 14 missed, 5 shown
    assert "…and 3 more outcome/template pairs" in text
    assert "*Time to decision:* median 5.5 h · p90 3.0 days" in text
    assert "$123,456.78" in text
    assert review_text(figures).count("\n") > 10


def test_many_companies_in_one_answer() -> None:
    shown: list[tuple[str, ReviewFigures]] = [(f"Company {n}", full_week()) for n in range(8)]
    message = report_message(list(shown), "lead line")
    blocks = valid(message["blocks"])
    assert blocks[0]["block_id"] == "report_lead"
    assert blocks[-1]["block_id"] == "report_left_out"
    assert "Company 7" in blocks[-1]["elements"][0]["text"]
    assert len(message["text"]) <= 3000
    assert report_message([])["text"].startswith("No QuickBooks company yet")


def test_edit_distance_and_nearest_rank() -> None:
    assert edit_distance("Pay INV-1", "Pay INV-1") == 0.0
    assert edit_distance("abcd", "abcf") == 0.25  # one of four characters changed
    assert edit_distance("", "x") == 1.0
    assert nearest_rank([], 0.9) is None
    assert nearest_rank([5.0], 0.9) == 5.0
    assert nearest_rank([float(n) for n in range(1, 11)], 0.9) == 9.0
    assert nearest_rank([float(n) for n in range(1, 12)], 0.9) == 10.0

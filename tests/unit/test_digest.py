"""The digest's figures from plain rows, its Block Kit message and its chart."""

from __future__ import annotations

import struct
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from slack_sdk.models.blocks import Block

from bot.cards.digest import digest_json, digest_text
from bot.cards.text import HEADER_TEXT_LIMIT, MESSAGE_BLOCK_LIMIT, SECTION_TEXT_LIMIT
from core.adapters.chart import HEIGHT_PX, WIDTH_PX, aging_chart_png
from core.domain.digest import (
    BUCKETS,
    OTHERS,
    Collection,
    DigestRows,
    OpenInvoice,
    Promise,
    WaitingCase,
    bucket_of,
    compute,
    days_to_pay,
)

DAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)  # 18:00 in Los Angeles on DAY


def invoice(n: int, due_days_ago: int | None, balance: str, customer: str = "c1",
            issued_days_ago: int = 40) -> OpenInvoice:
    due = DAY - timedelta(days=due_days_ago) if due_days_ago is not None else None
    return OpenInvoice(str(n), customer, f"Customer {customer}", f"10{n:02d}",
                       DAY - timedelta(days=issued_days_ago), due, Decimal(balance))


def rows(**over: object) -> DigestRows:
    base: dict[str, object] = {
        "day": DAY, "now": NOW, "home_currency": "USD", "open_invoices": [],
        "collections": [], "new_cases": 0, "waiting": [], "promises": [],
        "sync_health": "sync not configured", "yesterday_overdue": None,
    }
    base.update(over)
    return DigestRows(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("days", "bucket"), [
    (-3, None), (0, None), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"),
    (61, "61-90"), (90, "61-90"), (91, "90+"), (400, "90+"),
])
def test_bucket_edges(days: int, bucket: str | None) -> None:
    assert bucket_of(days) == bucket


def test_aging_buckets_sum_open_balances_and_compare_with_yesterday() -> None:
    invoices = [invoice(1, 5, "100.00"), invoice(2, 30, "50.50"), invoice(3, 45, "20.00"),
                invoice(4, 95, "7.25", "c2"), invoice(5, 0, "999.00"), invoice(6, None, "1.00")]
    yesterday = {"1-30": Decimal("120.00"), "31-60": Decimal("20.00"),
                 "61-90": Decimal("5.00"), "90+": Decimal("0.00")}
    f = compute(rows(open_invoices=invoices, yesterday_overdue=yesterday))
    assert f.overdue == {"1-30": Decimal("150.50"), "31-60": Decimal("20.00"),
                         "61-90": Decimal("0.00"), "90+": Decimal("7.25")}
    assert f.overdue_invoices == {"1-30": 2, "31-60": 1, "61-90": 0, "90+": 1}
    assert f.change == {"1-30": Decimal("30.50"), "31-60": Decimal("0.00"),
                        "61-90": Decimal("-5.00"), "90+": Decimal("7.25")}
    assert f.total_overdue == Decimal("177.75")
    assert compute(rows(open_invoices=invoices)).change is None


def test_collected_today_counts_only_todays_payments() -> None:
    paid = [Collection("c1", DAY, Decimal("10.00"), None),
            Collection("c1", DAY, Decimal("2.50"), DAY - timedelta(days=9)),
            Collection("c2", DAY - timedelta(days=1), Decimal("99.00"), None)]
    assert compute(rows(collections=paid)).collected_today == Decimal("12.50")


def test_promises_due_tomorrow_and_broken_only_while_the_invoice_is_open() -> None:
    invoices = [invoice(1, 10, "100.00"), invoice(2, 20, "40.00"), invoice(3, 3, "5.00")]
    promises = [
        Promise("1", DAY + timedelta(days=5)),  # superseded by the later promise below
        Promise("1", DAY + timedelta(days=1)),
        Promise("2", DAY - timedelta(days=2)),  # broken
        Promise("9", DAY - timedelta(days=2)),  # paid since (not open): kept, not broken
        Promise("3", DAY),  # due today: neither
    ]
    f = compute(rows(open_invoices=invoices, promises=promises))
    assert [(p.invoice_id, p.promised_for) for p in f.promises_due_tomorrow] == [
        ("1", DAY + timedelta(days=1))]
    assert [(p.invoice_id, p.home_balance) for p in f.broken_promises] == [
        ("2", Decimal("40.00"))]


def test_expected_collections_from_promises_and_each_customers_days_to_pay() -> None:
    history = [
        # c1 pays 30, 34 and 40 days after the invoice date: median 34
        Collection("c1", DAY - timedelta(days=50), Decimal("1"), DAY - timedelta(days=80)),
        Collection("c1", DAY - timedelta(days=20), Decimal("1"), DAY - timedelta(days=54)),
        Collection("c1", DAY - timedelta(days=10), Decimal("1"), DAY - timedelta(days=50)),
    ]
    assert days_to_pay(history) == {"c1": 34}
    invoices = [
        invoice(1, None, "100.00", "c1", issued_days_ago=30),  # expected in 4 days
        invoice(2, None, "200.00", "c1", issued_days_ago=10),  # in 24 days
        invoice(3, 20, "400.00", "c1", issued_days_ago=60),  # later than its habit: unknown
        invoice(4, 5, "800.00", "c2", issued_days_ago=35),  # no history: unknown
        invoice(5, 5, "1600.00", "c2", issued_days_ago=35),  # promised in 6 days
        invoice(6, 1, "3200.00", "c1", issued_days_ago=34),  # expected today: not "next"
    ]
    promises = [Promise("5", DAY + timedelta(days=6))]
    f = compute(rows(open_invoices=invoices, collections=history, promises=promises))
    assert f.expected_7 == Decimal("1700.00")
    assert f.expected_30 == Decimal("1900.00")


def test_oldest_waiting_cases_with_their_age_and_approvers() -> None:
    waiting = [WaitingCase(n, f"Cust {n}", str(n), Decimal("10"), NOW - timedelta(hours=h),
                           ("U0MARIA01",) if n != 2 else ())
               for n, h in ((1, 5), (2, 50), (3, 26), (4, 1))]
    f = compute(rows(waiting=waiting))
    assert f.waiting == 4
    assert [(w.action_id, w.waiting_hours) for w in f.oldest_waiting] == [(2, 50), (3, 26),
                                                                           (1, 5)]
    text = digest_text(f)
    assert "waiting 2d 2h, approver nobody" in text


def test_chart_stacks_the_top_customers_and_the_rest_as_others() -> None:
    invoices = [invoice(n, 10 + n * 12, str(100 * n), f"c{n}") for n in range(1, 8)]
    f = compute(rows(open_invoices=invoices))
    named = {name for stack in f.aging_by_customer.values() for name in stack}
    assert len(named) == 6 and OTHERS in named
    for bucket in BUCKETS:
        assert sum(f.aging_by_customer[bucket].values()) == f.overdue[bucket]


def test_message_validates_within_block_kit_limits() -> None:
    long = "A & B <!channel> " * 60
    waiting = [WaitingCase(n, long, "9" * 40, Decimal("12345678.90"), NOW - timedelta(days=n),
                           ("U0MARIA01", "U0LEAD002", "U0ADMIN03", "U0MORE004"))
               for n in range(20)]
    invoices = [invoice(n, 3, "1.00", f"c{n}") for n in range(30)]
    promises = [Promise(str(n), DAY + timedelta(days=1)) for n in range(30)]
    invoices = [OpenInvoice(i.invoice_id, i.customer_id, long, i.doc_number, i.issued, i.due,
                            i.home_balance) for i in invoices]
    f = compute(rows(open_invoices=invoices, waiting=waiting, promises=promises,
                     sync_health=long, yesterday_overdue={}))
    blocks = digest_json(f, company=long)
    assert len(blocks) <= MESSAGE_BLOCK_LIMIT
    for block in blocks:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()
        text = (block.get("text") or {}).get("text", "")
        assert len(text) <= (HEADER_TEXT_LIMIT if block["type"] == "header"
                             else SECTION_TEXT_LIMIT)
    # mrkdwn would ping the channel; the header is plain_text, which Slack never parses
    assert "<!channel>" not in str([b for b in blocks if b["type"] != "header"])
    assert "…and 25 more" in blocks[6]["text"]["text"]


def test_figures_as_json_use_plain_types() -> None:
    f = compute(rows(open_invoices=[invoice(1, 5, "100.10")]))
    data = f.to_json()
    assert data["day"] == "2026-12-01"
    assert data["overdue"]["1-30"] == "100.10"
    assert data["change"] is None


def test_chart_is_a_png_of_the_stated_size() -> None:
    png = aging_chart_png({"1-30": {"A": Decimal("5")}, "31-60": {}, "61-90": {}, "90+": {}},
                          "USD", "Overdue by age")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"
    assert struct.unpack(">II", png[16:24]) == (WIDTH_PX, HEIGHT_PX)


def test_aging_buckets_are_the_aging_reports_on_every_boundary() -> None:
    from core.domain.aging import AgingBucket, bucket_of

    assert [bucket_of(d) for d in (-3, 0)] == [None, None]
    assert {d: bucket_of(d) for d in (1, 30, 31, 60, 61, 90, 91, 400)} == {
        1: AgingBucket.DAYS_1_30, 30: AgingBucket.DAYS_1_30, 31: AgingBucket.DAYS_31_60,
        60: AgingBucket.DAYS_31_60, 61: AgingBucket.DAYS_61_90, 90: AgingBucket.DAYS_61_90,
        91: AgingBucket.DAYS_90_PLUS, 400: AgingBucket.DAYS_90_PLUS,
    }

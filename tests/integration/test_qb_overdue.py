"""`/qb overdue` through bolt: signed requests over HTTP, the Slack simulator, a real database.

The figures are checked against a plain-Python aging of the invoices table, each message is
rebuilt with slack_sdk.models (Block Kit limits), and the buttons are clicked as Slack would.
"""

from __future__ import annotations

import html
import json
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from sqlalchemy import Engine
from sqlmodel import select

from bot.ids import AnswerActionId
from bot.listeners import commands
from core.models import Customer, Invoice
from sandbox.slack.interactions import block_actions_payload, slash_command_body
from tests.harness import (
    CHANNEL,
    COLLECTOR,
    STRANGER,
    TODAY,
    add_connection,
    running_loop,
    scanned_loop,
)
from tests.integration.test_bolt_rig import Rig, audit_rows, bolt_rig

BUCKETS = ("1-30", "31-60", "61-90", "90+")


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


FOLLOWS = "the answer follows here"  # the ack of an answer that reads the database


def ask(
    rig: Rig, text: str, user: str = COLLECTOR, *, follow: bool = True
) -> tuple[dict[str, Any], str]:
    """Send `/qb <text>` signed; return the answer and the command's response_url.

    The answer is the ack's message, or (`follow`, when the ack says it follows) the first
    message posted to the response_url: answers that read the database come that way.
    """
    url = rig.loop.ssim.response_url()
    answer = rig.send(slash_command_body("/qb", text, user, CHANNEL, url))
    assert answer.status == 200, answer
    if not answer.body.startswith("{"):  # a text-only ack is sent as plain text
        message: dict[str, Any] = {"text": answer.body}
    else:
        message = valid_message(answer.json())
    if follow and FOLLOWS in str(message.get("text")) and not message.get("blocks"):
        [posted] = responses_to(rig, url)
        return valid_message(posted), url
    return message, url


def valid_message(message: dict[str, Any]) -> dict[str, Any]:
    """`message` if slack_sdk.models accepts each block within Block Kit's limits."""
    blocks = message.get("blocks") or []
    assert len(blocks) <= 50 and message.get("text")
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None
        block.validate_json()
        assert block.to_dict() == raw
    return message


def click(rig: Rig, message: dict[str, Any], action: AnswerActionId, user: str = COLLECTOR) -> str:
    """Click `action` on an ephemeral answer; return the click's response_url."""
    url = rig.loop.ssim.response_url()
    shown = {"ts": "1700000000.000100", **message}
    payload = block_actions_payload(shown, CHANNEL, action.value, user, url)
    payload["container"]["is_ephemeral"] = True
    answer = rig.interact(payload)
    assert answer.status == 200, answer
    return url


def responses_to(rig: Rig, url: str, count: int = 1, timeout: float = 10.0) -> list[Any]:
    """What was posted to `url`, once `count` posts arrived (polled with a deadline)."""
    url_id = url.rsplit("/", 1)[1]
    deadline = time.monotonic() + timeout
    while True:
        found = [r["body"] for r in rig.loop.ssim.responses if r["url_id"] == url_id]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def sections(message: dict[str, Any], prefix: str) -> list[str]:
    return [
        b["text"]["text"]
        for b in message["blocks"]
        if b["type"] == "section" and b["block_id"].startswith(prefix)
    ]


def aging(rig: Rig) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """The oracle: home amounts overdue by bucket and by customer name, in plain Python."""
    by_bucket: dict[str, Decimal] = defaultdict(Decimal)
    by_customer: dict[str, Decimal] = defaultdict(Decimal)
    with rig.loop.services.uow.session() as session:
        names = {c.qbo_id: c.display_name for c in session.exec(select(Customer)).all()}
        for inv in session.exec(select(Invoice)).all():
            if inv.balance <= 0 or inv.due_date is None or inv.due_date >= TODAY:
                continue
            raw = inv.raw
            if raw.get("HomeBalance") is not None:
                home = Decimal(str(raw["HomeBalance"]))
            elif raw.get("ExchangeRate") is not None:
                home = (inv.balance * Decimal(str(raw["ExchangeRate"]))).quantize(Decimal("0.01"))
            else:
                home = inv.balance
            days = (TODAY - inv.due_date).days
            bucket = BUCKETS[min((days - 1) // 30, 3)] if days <= 90 else "90+"
            by_bucket[bucket] += home
            by_customer[names[inv.customer_qbo_id]] += home
    return by_bucket, by_customer


def _money(amount: Decimal) -> str:
    return f"${amount:,.2f}"


def test_overdue_totals_rows_links_paging_and_filters(rig: Rig) -> None:
    by_bucket, by_customer = aging(rig)
    audits = len(audit_rows(rig.loop))
    message, _ = ask(rig, "overdue")
    [totals] = sections(message, "overdue_totals")
    for bucket, amount in by_bucket.items():
        assert f"*{bucket} days:* {_money(amount)}" in totals
    rows = sections(message, "overdue_row_")
    assert len(rows) == 10 < len(by_customer)
    ranked = sorted(by_customer.items(), key=lambda kv: -kv[1])
    for row, (_name, amount) in zip(rows, ranked, strict=False):
        assert _money(amount) in row
    assert rows[0].startswith(f"*{ranked[0][0]}*")
    # every row says what is happening; carded rows asked Slack for their card's permalink
    assert all(len(r.splitlines()) == 3 for r in rows)
    asked = rig.loop.ssim.calls_to("chat.getPermalink")
    assert asked and all(c["args"]["channel"] == CHANNEL for c in asked)
    links = [c["response"]["permalink"] for c in asked]
    assert links and all(link.startswith("https://") for link in links)
    assert sum(f"<{link}|open the card>" in flat(message) for link in links) == len(asked)
    assert "Customers 1–10 of" in flat(message)
    assert len(audit_rows(rig.loop)) == audits  # reading writes nothing

    url = click(rig, message, AnswerActionId.OVERDUE_NEXT)
    [page2] = responses_to(rig, url)
    assert page2["replace_original"] is True and page2["response_type"] == "ephemeral"
    valid_message(page2)
    names2 = [html.unescape(r.split("*")[1]) for r in sections(page2, "overdue_row_")]
    assert names2 == [name for name, _ in ranked[10 : 10 + len(names2)]]

    old, _ = ask(rig, "overdue --bucket 90+")
    assert "90+ days past due" in old["blocks"][0]["text"]["text"]
    name = ranked[0][0]
    one, _ = ask(rig, f"overdue {name.split()[0].lower()}")
    first = sections(one, "overdue_row_")[0]
    assert first.startswith(f"*{name}*") and _money(by_customer[name]) in first
    bad, _ = ask(rig, "overdue --bucket 12-40")
    assert "`--bucket` takes one of" in bad["text"]
    nobody, _ = ask(rig, "overdue zzz-no-such-customer")
    assert "Nothing is past due for this question." in flat(nobody)


GARBLED = ["not json", '{"offset": -1}', '{"offset": 0, "x": 1}', '{"bucket": "7"}', ""]


def test_share_for_approvers_only_audited_and_forged_values_explained(rig: Rig) -> None:
    message, _ = ask(rig, "overdue")
    before = dict(rig.loop.ssim.messages)
    click(rig, message, AnswerActionId.OVERDUE_SHARE, user=STRANGER)
    assert rig.loop.ssim.messages == before
    [told] = ephemerals(rig, 1)
    assert told["user"] == STRANGER and "approvers list" in told["text"]
    refused = [r for r in audit_rows(rig.loop) if r.kind == "slack.refused"]
    assert [r.actor for r in refused] == [STRANGER]

    click(rig, message, AnswerActionId.OVERDUE_SHARE, user=COLLECTOR)
    # the page is posted after the answer (bot.after_answer), then the share is recorded
    assert rig.loop.ssim.wait_until(lambda: len(rig.loop.ssim.messages) > len(before))
    [posted] = [m for k, m in rig.loop.ssim.messages.items() if k not in before]
    valid_message(posted)
    assert f"shared by <@{COLLECTOR}>" in flat(posted)
    assert not [b for b in posted["blocks"] if b["type"] == "actions"]
    [shared] = audit_of_kind(rig, "overdue.shared", 1)
    assert (shared.actor, shared.subject) == (COLLECTOR, f"channel:{CHANNEL}")

    for n, value in enumerate(GARBLED, start=2):
        forged = json.loads(json.dumps(message))
        for block in forged["blocks"]:
            for element in block.get("elements", []):
                element["value"] = value
        url = click(rig, forged, AnswerActionId.OVERDUE_NEXT)
        told = ephemerals(rig, n)[-1]
        assert len(ephemerals(rig)) == n, value
        assert told["user"] == COLLECTOR and "could not be read" in told["text"]
        assert responses_to(rig, url, timeout=0) == []


def audit_of_kind(rig: Rig, kind: str, count: int, timeout: float = 5.0) -> list[Any]:
    """The audit rows of `kind`, once `count` were written (polled with a deadline: some
    are written after the answer)."""
    deadline = time.monotonic() + timeout
    while True:
        rows = [r for r in audit_rows(rig.loop) if r.kind == kind]
        if len(rows) >= count or time.monotonic() > deadline:
            return rows
        time.sleep(0.02)


def ephemerals(rig: Rig, count: int = 0) -> list[dict[str, Any]]:
    """The ephemerals posted, once `count` were: a refusal is told after the answer."""
    if count:
        rig.loop.ssim.wait_for_calls("chat.postEphemeral", count)
    return [c["args"] for c in rig.loop.ssim.calls_to("chat.postEphemeral")]


def flat(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False)


@pytest.fixture
def bare_rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with running_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


def _owes(rig: Rig, realm: str, name: str, due: date, balance: str, raw: dict[str, Any]) -> None:
    with rig.loop.services.uow.session() as session:
        session.add(Customer(realm_id=realm, qbo_id="1", sync_token="0", display_name=name))
        session.add(
            Invoice(
                realm_id=realm,
                qbo_id="1",
                customer_qbo_id="1",
                sync_token="0",
                due_date=due,
                balance=Decimal(balance),
                currency="CAD" if raw else "USD",
                raw=raw,
            )
        )
    add_connection(rig.loop.services, realm)


def test_several_companies_name_theirs_and_slow_answers_follow_by_response_url(
    bare_rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    _owes(bare_rig, "4620816365000000", "Zed Co", date(2026, 1, 5), "999999.00", {})
    # a Canadian-dollar invoice counts at its exchange rate, in the company's home currency
    _owes(
        bare_rig,
        "4620816365000001",
        "Able Ltd",
        date(2026, 11, 1),
        "1000.00",
        {"ExchangeRate": 0.7215},
    )
    narrowed, _ = ask(bare_rig, "overdue 4620816365000001")  # a company's id, not a customer
    assert narrowed["blocks"][0]["text"]["text"].endswith("in 4620816365000001")
    assert [r.split("*")[1] for r in sections(narrowed, "overdue_row_")] == ["Able Ltd"]

    monkeypatch.setattr(commands, "ANSWER_BUDGET_SECONDS", 0.0)
    ack, url = ask(bare_rig, "overdue", follow=False)
    assert "follows here" in ack["text"] and not ack.get("blocks")
    [answer] = responses_to(bare_rig, url)
    valid_message(answer)
    rows = sections(answer, "overdue_row_")
    assert rows[0].startswith("*Zed Co* · 4620816365000000") and "$999,999.00" in rows[0]
    assert rows[1].startswith("*Able Ltd* · 4620816365000001") and "$721.50" in rows[1]
    [totals] = sections(answer, "overdue_totals")
    assert "*1-30 days:* $721.50 · 1 invoice" in totals
    assert "*90+ days:* $999,999.00 · 1 invoice" in totals


def test_a_promise_the_scan_held_for_is_what_overdue_says(rig: Rig) -> None:
    # The sample company's Catalpa Coffee Roasters promised, in an email, to pay in five days;
    # the scan held the reminder and recorded the date as a field of its no-action entry.
    with rig.loop.services.uow.session() as session:
        [catalpa] = session.exec(
            select(Customer).where(Customer.display_name == "Catalpa Coffee Roasters")
        ).all()
        theirs = {
            i.qbo_id
            for i in session.exec(
                select(Invoice).where(Invoice.customer_qbo_id == catalpa.qbo_id)
            ).all()
        }
    [held] = [
        row.data
        for row in audit_rows(rig.loop)
        if row.kind == "case.no_action" and row.data.get("invoice") in theirs
        and row.data.get("promise_date")
    ]
    promised = date.fromisoformat(held["promise_date"])
    assert promised > TODAY
    assert any(r.startswith("promise_to_pay") for r in held["reasons"])
    message, _ = ask(rig, "overdue catalpa")
    [row] = sections(message, "overdue_row_")
    assert row.startswith("*Catalpa Coffee Roasters*")
    assert f"Promised to pay by {promised.isoformat()}" in row

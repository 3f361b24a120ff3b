"""The App Home views: each variant (empty, full, stranger, 100+ waiting) rebuilt with
slack_sdk.models within Block Kit's limits, in a finance person's words."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.cards.home import home_view, stranger_view
from core.domain.approval import ApprovalState
from core.domain.authority import Role
from core.services.home import (
    RetryQueue,
    SendInDoubt,
    SnoozedCard,
    StrangerHome,
    TeamHome,
    WaitingCard,
)
from core.services.overdue import AgingBucket, BucketTotal, CardRef

AT = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
HOSTILE = "<!channel> Acme & <@U0ATTACK>"


def valid(view: View) -> dict[str, Any]:
    """The view as sent, once slack_sdk.models accepts it and every block within limits."""
    raw = view.to_dict()
    assert raw["type"] == "home" and 0 < len(raw["blocks"]) <= 100
    rebuilt = View(**raw)
    rebuilt.validate_json()
    for block in raw["blocks"]:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()
        assert parsed.to_dict() == block
    return raw


def texts(view: dict[str, Any]) -> str:
    return json.dumps(view, ensure_ascii=False)


def waiting(n: int, *, name: str = "Cool Cars") -> WaitingCard:
    return WaitingCard(
        action_id=n,
        customer_name=name,
        doc_number=f"10{n:02d}",
        home_amount=Decimal("1234.50"),
        home_currency="USD",
        days_past_due=45,
        drafted=n % 2 == 0,
        created_at=AT,
        card=CardRef("C0COLLECTNS", f"1700000000.{n:06d}"),
    )


def team(**overrides: Any) -> TeamHome:
    base: dict[str, Any] = {
        "role": Role.COLLECTOR,
        "aging": (),
        "waiting": (),
        "waiting_total": 0,
        "counts": {},
        "sync": (),
        "retry": RetryQueue(0),
        "in_doubt": (),
        "in_doubt_total": 0,
    }
    base.update(overrides)
    return TeamHome(**base)


def test_empty_home_says_there_is_nothing_rather_than_showing_blanks() -> None:
    view = valid(home_view(team(), {}))
    text = texts(view)
    assert "Nothing within your limit awaits you." in text
    assert "Nothing is past due." in text
    assert "No company yet" in text
    assert "No job is waiting to retry." in text
    assert "None: every send is known to have gone out." in text
    assert "No card is assigned to anyone" in text and "Nothing is snoozed." in text
    fields = [f["text"] for b in view["blocks"] for f in b.get("fields", [])]
    assert len(fields) == len(ApprovalState)
    assert "*:x: Rejected*\n0" in fields


def test_full_home_lists_cards_with_links_counts_aging_sync_retries_and_doubts() -> None:
    cards = tuple(waiting(n) for n in range(3))
    link = "https://sim.slack.example/archives/C0COLLECTNS/p1700000000000000"
    doubt = SendInDoubt(7, "send_email", "Diego Rodriguez", "1036", cards[0].card, True)
    other = SendInDoubt(8, "qbo_note", "Amy's Bird Sanctuary", "", None, False)
    home = team(
        waiting=cards,
        waiting_total=3,
        counts={"proposed": 3, "done": 12},
        aging=(BucketTotal(AgingBucket.DAYS_31_60, "USD", Decimal("2469.00"), 2),),
        sync=(("Sandbox Company_US_1", "last pull 2026-11-20 17:00 UTC; no failures"),),
        retry=RetryQueue(2, "action_effects", AT),
        in_doubt=(doubt, other),
        in_doubt_total=2,
    )
    assert cards[0].card is not None
    view = valid(home_view(home, {cards[0].card: link}))
    text = texts(view)
    assert f"<{link}|Open the card>" in text
    assert "card in <#C0COLLECTNS>" in text  # no permalink: the channel is named
    assert "$1,234.50" in text and "45 days past due" in text and "waiting since 2026-11-20" in text
    assert "reminder draft" in text and "needs a person (nothing drafted)" in text
    assert "*:hourglass_flowing_sand: Awaiting approval*\\n3" in text
    assert "*31-60 days:* $2,469.00 · 2 invoices" in text
    assert "Sandbox Company_US_1: last pull 2026-11-20 17:00 UTC; no failures" in text
    assert "2 job(s) waiting to retry" in text and "since 2026-11-20 18:00 UTC" in text
    assert "`qbot jobs resolve 7 --sent`" in text  # a lead may settle it: told how
    assert "A finance lead or admin resolves it." in text  # not allowed: no command offered
    assert "reminder email" in text and "QuickBooks note" in text
    assert not any(b["type"] == "actions" for b in view["blocks"])  # no dead Resolve button


def test_more_than_a_hundred_waiting_shows_ten_and_counts_the_rest() -> None:
    shown = tuple(waiting(n) for n in range(10))
    doubts = tuple(SendInDoubt(n, "send_email", "C", "1", None, True) for n in range(10))
    counts = {f"<!here>{i}": i for i in range(30)}  # unknown states: escaped, fields split
    home = team(
        waiting=shown,
        waiting_total=137,
        in_doubt=doubts,
        in_doubt_total=55,
        counts=counts,
        sync=tuple((f"Company {n}", "never pulled") for n in range(40)),
    )
    view = valid(home_view(home, {}))
    text = texts(view)
    assert "*Waiting for you* (137, oldest first)" in text
    assert "and 127 more within your limit" in text
    assert "and 45 more; `qbot jobs --state in_doubt`" in text
    assert sum(b["block_id"].startswith("home_waiting_") for b in view["blocks"]) == 11
    assert all(len(b.get("fields", [])) <= 10 for b in view["blocks"])
    assert "<!here>" not in text


def test_customer_text_is_escaped_on_the_home() -> None:
    home = team(waiting=(waiting(1, name=HOSTILE),), waiting_total=1)
    text = texts(valid(home_view(home, {})))
    assert "<!channel>" not in text and "<@U0ATTACK>" not in text
    assert "&lt;!channel&gt; Acme &amp;" in text


def test_stranger_is_told_who_to_ask_and_shown_no_queue() -> None:
    view = valid(stranger_view(StrangerHome(("U0ADMIN",))))
    text = texts(view)
    assert "not on qbot's approvers list" in text and "Ask <@U0ADMIN>" in text
    assert "Waiting for you" not in text and "Team queue" not in text
    assert "your finance lead" in texts(valid(stranger_view(StrangerHome(()))))


def snoozed(n: int, *, name: str = "Cool Cars") -> SnoozedCard:
    return SnoozedCard(n, name, f"20{n:02d}", date(2026, 12, 1 + n % 20), "U0LEAD",
                       CardRef("C0COLLECTNS", f"1700000001.{n:06d}"))


def test_assignees_and_snoozed_cases_are_named_in_a_finance_persons_words() -> None:
    cards = (replace(waiting(0), assignee="U0ME"), replace(waiting(1), assignee="U0LEAD"),
             waiting(2))
    home = team(
        user_id="U0ME",
        waiting=cards,
        waiting_total=3,
        assigned=(("U0LEAD", 4), ("U0ME", 1)),
        unassigned=12,
        snoozed=(snoozed(1), snoozed(2)),
        snoozed_total=2,
    )
    view = valid(home_view(home, {}))
    lines = [b["text"]["text"] for b in view["blocks"]
             if b["block_id"].startswith("home_waiting_") and b["type"] == "section"]
    assert "$1,234.50 · assigned to you\n" in lines[0]
    assert "$1,234.50 · assigned to <@U0LEAD>\n" in lines[1]
    assert "assigned" not in lines[2]
    blocks = {b["block_id"]: b["text"]["text"] for b in view["blocks"] if "text" in b}
    assert blocks["home_assigned"] == (
        "*Assigned* (cards awaiting approval)\n<@U0LEAD>: 4 · <@U0ME>: 1\n"
        "Not assigned to anyone: 12"
    )
    said = blocks["home_snoozed"]
    assert said.startswith("*Snoozed* (2, the next back first)\nEach comes back")
    assert ("*Cool Cars* · invoice 2001 · snoozed until 2026-12-02 by <@U0LEAD> · "
            "card in <#C0COLLECTNS>") in said
    assert "snoozed until 2026-12-03" in said and "more" not in said


def test_many_snoozed_cases_stay_within_one_section_and_names_are_escaped() -> None:
    many = tuple(snoozed(n, name=HOSTILE * 5) for n in range(10))
    home = team(snoozed=many, snoozed_total=240, assigned=(("<!here>", 2),), unassigned=0)
    view = valid(home_view(home, {}))
    blocks = {b["block_id"]: b["text"]["text"] for b in view["blocks"] if "text" in b}
    assert len(blocks["home_snoozed"]) <= 3000
    assert blocks["home_snoozed"].endswith("more")
    assert "<!channel>" not in texts(view) and "<!here>" not in texts(view)

"""The case card's context line: the account owner, and the sources never read."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

from bot.cards.case import case_card_json
from bot.cards.context_sources import context_sources_line
from core.domain.approval import ApprovalState
from core.domain.case_view import CaseView
from core.domain.decision import Outcome, Route

VIEW = CaseView(
    action_id=7, version=1, realm_id="1", invoice_id="11", doc_number="1037",
    customer_name="Acme", balance=Decimal("100"), currency="USD", due_date=date(2026, 10, 1),
    days_past_due=30, stage=1, route=Route.DRAFT_FOR_APPROVAL, outcome=Outcome.ROUTINE_REMINDER,
    hard_stop=None, reasons=("30 days past due",), summary="", draft_subject="s",
    draft_body="b", state=ApprovalState.PROPOSED,
)


def test_nothing_to_say_adds_no_block() -> None:
    assert context_sources_line(VIEW) is None
    assert not any(b["block_id"].endswith("sources") for b in case_card_json(VIEW))


def test_missing_sources_are_said_and_the_owner_is_named_inert() -> None:
    view = replace(VIEW, context_gaps=("no inbox connected", "no CRM connected"),
                   account_owner="Ana <!channel> <ana@x.test>")
    line = context_sources_line(view)
    assert line == ("Account owner: Ana &lt;!channel&gt; &lt;ana@x.test&gt; · "
                    "no inbox connected · no CRM connected")
    blocks = case_card_json(view)
    assert [b["elements"][0]["text"] for b in blocks if b["block_id"] == "case7v1_sources"] == [
        line]
    assert line in json.dumps(blocks, ensure_ascii=False)

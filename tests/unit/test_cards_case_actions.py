"""A card's life on the card: every new state and every modal validates with slack_sdk's
models within Block Kit's limits; the buttons each kind of card offers; hostile text inert."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.cards.case import case_card, case_card_json
from bot.cards.case_actions import reassign_modal, resolve_modal, snooze_modal
from bot.ids import ActionId, BlockId, CallbackId
from bot.payloads import ModalMetadata, SnoozeSubmission
from core.domain.approval import ApprovalState
from core.domain.case_view import SendTrouble
from core.domain.decision import HardStop, Outcome
from tests.unit.test_cards_case import HOSTILE, decided, escalation_case, pending_case

META = ModalMetadata(action_id=42, version=3, channel="C0COLLECTNS", ts="1700000000.000100")
TODAY = date(2026, 12, 2)
WHEN = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

# Every state a card of the card's life can be drawn in, reminder and escalation alike.
LIFE_STATES = {
    "reminder, assigned": pending_case(assignee="U0FINLEAD"),
    "escalation, assigned": escalation_case(assignee="U0FINLEAD"),
    "dispute": escalation_case(hard_stop=HardStop.OPEN_DISPUTE,
                               outcome=Outcome.LIKELY_DISPUTE),
    "possibly paid": escalation_case(hard_stop=None, outcome=Outcome.LIKELY_DISPUTE),
    "over threshold": escalation_case(hard_stop=HardStop.OVER_RISK_THRESHOLD),
    "missing context": escalation_case(hard_stop=HardStop.MISSING_CONTEXT, send_to=None),
    "snoozed": decided(ApprovalState.SNOOZED, snoozed_until=date(2026, 12, 9)),
    "snoozed, came back": decided(ApprovalState.SNOOZED, status_note="Snoozed until "
                                  "2026-12-09; it came back that day and was judged again"),
    "escalation snoozed": escalation_case(state=ApprovalState.SNOOZED, decided_by="U0ADMIN",
                                          decided_at=WHEN, snoozed_until=date(2026, 12, 9)),
    "resolved": escalation_case(state=ApprovalState.RESOLVED, decided_by="U0COLLECTOR",
                                decided_at=WHEN, status_note="Credit agreed with Dana."),
    "drafted anyway": escalation_case(state=ApprovalState.RESOLVED, decided_by="U0FINLEAD",
                                      decided_at=WHEN, status_note="A reminder was drafted "
                                      "anyway (case #43); it waits for approval on its own card"),
    "hostile assignee and note": escalation_case(state=ApprovalState.RESOLVED,
                                                 decided_by=HOSTILE, status_note=HOSTILE),
}


def _within_limits(blocks: list[Block]) -> None:
    assert len(blocks) <= 50
    ids = [b.block_id for b in blocks]
    assert len(ids) == len(set(ids))
    raw = [b.to_dict() for b in blocks]  # slack_sdk's models check Slack's own limits here
    for block in raw:
        assert len(block.get("text", {}).get("text", "")) <= 3000
        if block["type"] == "actions":
            assert 1 <= len(block["elements"]) <= 25
            for element in block["elements"]:
                assert len(element["value"]) <= 2000 and len(element["text"]["text"]) <= 75


@pytest.mark.parametrize("name", sorted(LIFE_STATES))
def test_every_card_life_state_validates(name: str) -> None:
    _within_limits(case_card(LIFE_STATES[name]))


def test_every_state_of_both_kinds_of_card_validates() -> None:
    for state in ApprovalState:
        for view in (decided(state), escalation_case(state=state),
                     decided(state, assignee="U0FINLEAD")):
            _within_limits(case_card(view))


def _buttons(blocks: list[dict[str, Any]]) -> list[str]:
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_decided_snoozed_and_resolved_cards_have_no_buttons() -> None:
    for name in ("snoozed", "snoozed, came back", "escalation snoozed", "resolved",
                 "drafted anyway"):
        assert _buttons(case_card_json(LIFE_STATES[name])) == []


def test_snoozed_card_says_who_and_until_when() -> None:
    blocks = case_card_json(LIFE_STATES["snoozed"])
    status = next(b for b in blocks if b["block_id"].endswith("_status"))["text"]["text"]
    assert status.startswith(":zzz: *Snoozed* by <@U0MARIA01> until 2026-12-09.")


def test_resolved_card_shows_the_note_escaped() -> None:
    blocks = case_card_json(LIFE_STATES["hostile assignee and note"])
    text = json.dumps(blocks)
    assert "<!channel>" not in text and "<@U999EVIL>" not in text
    status = next(b for b in blocks if b["block_id"].endswith("_status"))["text"]["text"]
    assert "*Note:*" in status


def test_the_assignee_is_named_on_a_waiting_card() -> None:
    blocks = case_card_json(LIFE_STATES["reminder, assigned"])
    assert "Assigned to <@U0FINLEAD>" in json.dumps(blocks)


def test_which_escalations_offer_draft_anyway() -> None:
    assert ActionId.DRAFT_ANYWAY in _buttons(case_card_json(LIFE_STATES["dispute"]))
    assert ActionId.DRAFT_ANYWAY in _buttons(case_card_json(LIFE_STATES["possibly paid"]))
    assert ActionId.DRAFT_ANYWAY not in _buttons(case_card_json(escalation_case()))  # legal
    # Nobody to write to: no such button (the click is refused in code regardless).
    assert ActionId.DRAFT_ANYWAY not in _buttons(case_card_json(LIFE_STATES["missing context"]))


def test_a_send_in_doubt_offers_only_its_resolution() -> None:
    view = decided(ApprovalState.SENDING, trouble=SendTrouble("timeout", in_doubt_effect=7))
    assert _buttons(case_card_json(view)) == [ActionId.RESOLVE_SENT, ActionId.RESOLVE_RESEND]


def _valid(view: View) -> dict[str, Any]:
    raw = view.to_dict()  # validates title/submit lengths and the blocks
    assert len(raw["blocks"]) <= 100
    assert len(raw["private_metadata"]) <= 3000
    return raw


def test_snooze_modal_starts_a_week_ahead() -> None:
    raw = _valid(snooze_modal(pending_case(), META, TODAY))
    assert raw["callback_id"] == CallbackId.SNOOZE_MODAL
    [block] = [b for b in raw["blocks"] if b["type"] == "input"]
    assert block["block_id"] == BlockId.SNOOZE_DATE
    assert block["element"] == {"type": "datepicker", "action_id": "snooze_date_input",
                                "initial_date": "2026-12-09"}
    assert ModalMetadata.parse(raw["private_metadata"]) == META


def test_reassign_and_resolve_modals_validate_with_hostile_names() -> None:
    hostile = escalation_case(customer_name=HOSTILE, doc_number=HOSTILE[:30])
    for raw in (_valid(reassign_modal(hostile, META)), _valid(resolve_modal(hostile, META))):
        assert "<!channel>" not in json.dumps(raw)
    raw = _valid(resolve_modal(LIFE_STATES["dispute"], META))
    assert "judges the case again" in json.dumps(raw)
    raw = _valid(resolve_modal(escalation_case(), META))
    assert "closes with your note" in json.dumps(raw)


def test_snooze_submission_reads_the_picked_date() -> None:
    state = {BlockId.SNOOZE_DATE: {"snooze_date_input": {"type": "datepicker",
                                                         "selected_date": "2026-12-09"}}}
    assert SnoozeSubmission.from_state(state).until == date(2026, 12, 9)
    empty = {BlockId.SNOOZE_DATE: {"snooze_date_input": {"type": "datepicker",
                                                         "selected_date": None}}}
    assert SnoozeSubmission.from_state(empty).until is None

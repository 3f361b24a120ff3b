"""Edit/reject modals: ids, prefill, Slack limits (the App Home: test_home_card)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.cards.modals import edit_modal, reject_modal
from bot.ids import BlockId, CallbackId, InputId
from bot.payloads import ModalMetadata
from core.errors import UserFacingError
from tests.unit.test_cards_case import HOSTILE, escalation_case, pending_case

METADATA = ModalMetadata(action_id=42, version=3, channel="C0APPROVE1", ts="1700000000.000100")


def _input(view: dict[str, Any], block_id: str) -> dict[str, Any]:
    block = next(b for b in view["blocks"] if b.get("block_id") == block_id)
    assert block["type"] == "input"
    element: dict[str, Any] = block["element"]
    return element


def test_edit_modal_prefills_draft_and_carries_metadata() -> None:
    view = edit_modal(pending_case(), METADATA).to_dict()
    assert view["type"] == "modal"
    assert view["callback_id"] == CallbackId.EDIT_MODAL
    assert view["submit"]["text"] == "Approve & send"
    assert ModalMetadata.parse(view["private_metadata"]) == METADATA
    subject = _input(view, BlockId.EDIT_SUBJECT)
    body = _input(view, BlockId.EDIT_BODY)
    assert subject["action_id"] == InputId.EDIT_SUBJECT
    assert subject["initial_value"] == "Invoice 1037 is past due"
    assert body["action_id"] == InputId.EDIT_BODY
    assert body["multiline"] is True
    assert body["initial_value"].startswith("Hello,\n\nInvoice 1037")
    assert len(view["title"]["text"]) <= 24


def test_edit_modal_refuses_escalations_and_overlong_drafts() -> None:
    with pytest.raises(UserFacingError):
        edit_modal(escalation_case(), METADATA)
    with pytest.raises(UserFacingError, match="3,000"):
        edit_modal(pending_case(draft_body="x" * 3001), METADATA)


def test_reject_modal_requires_a_reason_and_offers_words() -> None:
    view = reject_modal(pending_case(), METADATA).to_dict()
    assert view["callback_id"] == CallbackId.REJECT_MODAL
    choice = next(b for b in view["blocks"] if b.get("block_id") == BlockId.REJECT_CHOICE)
    assert choice.get("optional", False) is False
    assert choice["element"]["type"] == "radio_buttons"
    assert choice["element"]["action_id"] == InputId.REJECT_CHOICE
    offered = [(o["text"]["text"], o["value"]) for o in choice["element"]["options"]]
    assert offered == [
        ("Wrong customer", "wrong_customer"),
        ("Already paid", "already_paid"),
        ("In dispute", "in_dispute"),
        ("Not now", "not_now"),
        ("Other", "other"),
    ]
    block = next(b for b in view["blocks"] if b.get("block_id") == BlockId.REJECT_REASON)
    assert block["optional"] is True  # needed only for Other, which the submission checks
    assert block["element"]["action_id"] == InputId.REJECT_REASON
    assert block["element"]["multiline"] is True
    assert ModalMetadata.parse(view["private_metadata"]) == METADATA
    assert len(view["title"]["text"]) <= 24
    assert len(view["private_metadata"]) <= 3000


def test_modal_context_escapes_customer_text() -> None:
    view = reject_modal(pending_case(customer_name=HOSTILE), METADATA).to_dict()
    text = json.dumps(view)
    assert "<!channel>" not in text
    assert "&lt;!channel&gt;" in text

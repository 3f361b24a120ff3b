"""The case card: one builder, every state, Slack's limits, hostile text made inert."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from bot.cards.case import case_card, case_card_json, case_card_text
from bot.ids import ActionId
from bot.payloads import CaseButtonValue
from core.domain.approval import ApprovalState
from core.domain.case_view import CaseView
from core.domain.decision import HardStop, Outcome, Route

HOSTILE = "<!channel> hi <@U999EVIL> click <http://evil.example|here> & <!here>"


def pending_case(**changes: Any) -> CaseView:
    view = CaseView(
        action_id=42,
        version=3,
        realm_id="9130357992221046",
        invoice_id="130",
        doc_number="1037",
        customer_name="Sonnenschein Family Store",
        balance=Decimal("1234.5"),
        currency="USD",
        due_date=date(2026, 10, 1),
        days_past_due=15,
        stage=14,
        route=Route.DRAFT_FOR_APPROVAL,
        outcome=Outcome.ROUTINE_REMINDER,
        hard_stop=None,
        reasons=("Balance 1,234.50 open 15 days past due", "No reminder sent at stage 14"),
        summary="Routine stage-14 reminder; no disputes or promises on file.",
        draft_subject="Invoice 1037 is past due",
        draft_body="Hello,\n\nInvoice 1037 has an open balance of $1,234.50.\n\nThanks,\nAR",
        state=ApprovalState.PROPOSED,
        send_to="ap@sonnenschein.example",
    )
    return replace(view, **changes)


def escalation_case(**changes: Any) -> CaseView:
    base = pending_case(
        route=Route.ESCALATE_TO_HUMAN,
        outcome=Outcome.HIGH_TOUCH_ESCALATION,
        hard_stop=HardStop.LEGAL_HOLD,
        reasons=("Email 2026-10-03 mentions counsel",),
        draft_subject=None,
        draft_body=None,
    )
    return replace(base, **changes)


def decided(state: ApprovalState, **changes: Any) -> CaseView:
    defaults: dict[str, Any] = {
        "decided_by": "U0MARIA01",
        "decided_at": datetime(2026, 10, 16, 14, 30, tzinfo=UTC),
    }
    return pending_case(state=state, **{**defaults, **changes})


def all_text(blocks: list[dict[str, Any]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def actions(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [b for b in blocks if b["type"] == "actions"]


def test_pending_draft_snapshot() -> None:
    blocks = case_card_json(pending_case())
    assert [(b["type"], b["block_id"]) for b in blocks] == [
        ("header", "case42v3_header"),
        ("section", "case42v3_facts"),
        ("section", "case42v3_status"),
        ("section", "case42v3_reasons"),
        ("divider", "case42v3_divider"),
        ("section", "case42v3_subject"),
        ("section", "case42v3_body0"),
        ("context", "case42v3_summary"),
        ("actions", "case42v3_actions"),
        ("actions", "case42v3_life"),  # snooze, reassign (bot.cards.case_actions)
        ("context", "case42v3_footer"),
    ]
    assert blocks[0]["text"] == {
        "type": "plain_text",
        "text": "Routine reminder · Invoice 1037",
        "emoji": True,
    }
    assert [f["text"] for f in blocks[1]["fields"]] == [
        "*Customer*\nSonnenschein Family Store",
        "*Open balance*\n$1,234.50",
        "*Due date*\n2026-10-01",
        "*Aging*\n15 days past due (follow-up stage 14)",
        "*Send to*\nap@sonnenschein.example",
    ]
    assert blocks[5]["text"]["text"] == "*Draft email:* Invoice 1037 is past due"
    assert blocks[6]["text"]["text"] == (
        "> Hello,\n>\n> Invoice 1037 has an open balance of $1,234.50.\n>\n> Thanks,\n> AR"
    )


def test_pending_draft_has_approve_edit_reject_with_opaque_values() -> None:
    block, life = actions(case_card_json(pending_case()))
    assert [b["action_id"] for b in life["elements"]] == [ActionId.SNOOZE, ActionId.REASSIGN]
    buttons = block["elements"]
    assert [b["action_id"] for b in buttons] == [ActionId.APPROVE, ActionId.EDIT, ActionId.REJECT]
    assert buttons[0]["style"] == "primary"
    assert buttons[2]["style"] == "danger"
    assert buttons[2]["confirm"]["confirm"]["text"] == "Reject"
    for button in buttons:
        assert CaseButtonValue.parse(button["value"]) == CaseButtonValue(action_id=42, version=3)
        # Only ids travel in the value: no amount, no approver.
        assert "1234" not in button["value"]
        assert "U0" not in button["value"]


ESCALATION_BUTTONS = [ActionId.ASSIGN_ME, ActionId.REASSIGN, ActionId.SNOOZE, ActionId.RESOLVE]


def button_ids(blocks: list[dict[str, Any]]) -> list[str]:
    return [e["action_id"] for b in actions(blocks) for e in b["elements"]]


def test_escalation_names_hard_stop_and_has_no_draft_and_no_decision_buttons() -> None:
    blocks = case_card_json(escalation_case())
    text = all_text(blocks)
    assert "Legal hold" in text
    assert "Needs a person" in text
    assert "Draft email" not in text
    assert "Send to" not in text
    # No dead ends: a legal hold can be assigned, snoozed or resolved, never drafted.
    assert button_ids(blocks) == ESCALATION_BUTTONS


def test_escalation_hides_a_draft_even_if_one_was_passed() -> None:
    view = escalation_case(draft_subject="Pay now", draft_body="Pay now please")
    text = all_text(case_card_json(view))
    assert "Pay now" not in text
    assert ActionId.APPROVE not in button_ids(case_card_json(view))


def test_likely_dispute_without_hard_stop_says_needs_a_person() -> None:
    view = escalation_case(outcome=Outcome.LIKELY_DISPUTE, hard_stop=None)
    blocks = case_card_json(view)
    assert blocks[0]["text"]["text"].startswith("Likely dispute")
    assert "Hard stop" not in all_text(blocks)
    assert button_ids(blocks) == [*ESCALATION_BUTTONS, ActionId.DRAFT_ANYWAY]


@pytest.mark.parametrize(
    ("state", "words"),
    [
        (ApprovalState.APPROVED, "Approved* by <@U0MARIA01> at <!date^"),
        (ApprovalState.EDITED, "Edited and approved* by <@U0MARIA01>"),
        (ApprovalState.REJECTED, "Rejected* by <@U0MARIA01>"),
        (ApprovalState.SENDING, "Approved* by <@U0MARIA01> at <!date^"),
        (ApprovalState.DONE, "Sent.* Approved by <@U0MARIA01>"),
        (ApprovalState.FAILED, "Sending failed"),
        (ApprovalState.EXPIRED, "Expired"),
        (ApprovalState.SUPERSEDED, "Superseded"),
    ],
)
def test_decided_states_show_outcome_and_no_buttons(state: ApprovalState, words: str) -> None:
    blocks = case_card_json(decided(state))
    status = next(b for b in blocks if b["block_id"].endswith("_status"))
    assert words in status["text"]["text"]
    assert actions(blocks) == []


def test_approved_card_is_same_builder_with_fallback_time() -> None:
    status = case_card_json(decided(ApprovalState.APPROVED))[2]["text"]["text"]
    assert "|2026-10-16 14:30 UTC>" in status


def test_rejected_shows_escaped_reason() -> None:
    view = decided(ApprovalState.REJECTED, reject_reason="Customer paid by <!channel> cheque")
    status = case_card_json(view)[2]["text"]["text"]
    assert "*Reason:* Customer paid by &lt;!channel&gt; cheque" in status


def test_superseded_shows_status_note() -> None:
    view = decided(
        ApprovalState.SUPERSEDED, status_note="Invoice was paid since the card was posted"
    )
    assert "Invoice was paid since the card was posted" in all_text(case_card_json(view))


def test_hostile_text_is_inert_everywhere() -> None:
    view = pending_case(
        customer_name=HOSTILE,
        reasons=(HOSTILE,),
        summary=HOSTILE,
        draft_subject=HOSTILE,
        draft_body=HOSTILE + "\n" + HOSTILE,
        doc_number="<!channel>",
        status_note=HOSTILE,
    )
    blocks = case_card_json(view)
    mrkdwn_texts = [
        obj["text"]
        for block in blocks
        for obj in [block.get("text") or {}, *block.get("fields", []), *block.get("elements", [])]
        if obj.get("type") == "mrkdwn"
    ]
    joined = "\n".join(mrkdwn_texts) + case_card_text(view)
    for dangerous in ("<!channel>", "<!here>", "<@U999EVIL>", "<http://evil"):
        assert dangerous not in joined
    assert "&lt;!channel&gt;" in joined
    # Header is plain_text: Slack never parses it, so the raw text may stay.
    assert blocks[0]["text"]["type"] == "plain_text"


def test_decider_id_that_is_not_a_user_id_is_not_linked() -> None:
    view = decided(ApprovalState.APPROVED, decided_by="<!channel>")
    assert "<!channel>" not in all_text(case_card_json(view))


def test_two_hundred_reasons_and_huge_draft_fit_limits() -> None:
    view = pending_case(
        reasons=tuple(f"Reason {i}: " + "x" * 300 for i in range(200)),
        draft_subject="S" * 250,
        draft_body="line of the draft & <b>\n" * 1300,  # ~30k characters
        summary="y" * 5000,
        customer_name="z" * 5000,
    )
    blocks = case_card_json(view)  # to_dict() raises if any Slack limit is exceeded
    assert len(blocks) <= 50
    assert len({b["block_id"] for b in blocks}) == len(blocks)
    for block in blocks:
        text = block.get("text", {}).get("text", "")
        assert len(text) <= 3000
        assert all(len(f["text"]) <= 2000 for f in block.get("fields", []))
    reasons = next(b for b in blocks if b["block_id"].endswith("_reasons"))
    assert "more" in reasons["text"]["text"]
    assert "characters are shown" in all_text(blocks)
    # Too long to edit in a Slack text input: the Edit button is withheld.
    block = actions(blocks)[0]
    assert [b["action_id"] for b in block["elements"]] == [ActionId.APPROVE, ActionId.REJECT]
    total = sum(len(json.dumps(b)) for b in blocks)
    assert total < 12_000


def test_truncation_never_splits_an_escape() -> None:
    view = pending_case(draft_body="&" * 10_000)
    for block in case_card_json(view):
        text = block.get("text", {}).get("text", "")
        if "&" in text:
            assert text.replace("&amp;", "").strip("> …\n").count("&") == 0


def test_block_ids_unique_in_every_state() -> None:
    for state in ApprovalState:
        for view in (decided(state), escalation_case(state=state)):
            blocks = case_card(view)
            ids = [b.block_id for b in blocks]
            assert len(ids) == len(set(ids))
            assert all(len(i or "") <= 255 for i in ids)


def test_other_currency_and_no_due_date() -> None:
    view = pending_case(currency="EUR", balance=Decimal("98765.4"), due_date=None, stage=None)
    fields = [f["text"] for f in case_card_json(view)[1]["fields"]]
    assert "*Open balance*\n98,765.40 EUR" in fields
    assert "*Due date*\n—" in fields
    assert "*Aging*\nno due date" in fields


def test_fallback_text_names_invoice_customer_amount_and_state() -> None:
    assert case_card_text(pending_case()) == (
        "Routine reminder · Invoice 1037 · Sonnenschein Family Store · $1,234.50 · "
        "awaiting approval"
    )
    assert case_card_text(escalation_case()).endswith("needs a person")
    assert case_card_text(decided(ApprovalState.DONE)).endswith("sent")

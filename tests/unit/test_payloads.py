"""Typed payloads in opaque Slack fields: round-trips, limits, garbage rejected plainly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.ids import ActionId, BlockId, CallbackId, InputId
from bot.payloads import (
    MAX_ROW_ID,
    CaseButtonValue,
    EditSubmission,
    FormError,
    ModalMetadata,
    RejectSubmission,
)
from core.domain.rejection import Rejection, RejectReason
from core.errors import UserFacingError


@given(
    st.integers(min_value=1, max_value=MAX_ROW_ID), st.integers(min_value=0, max_value=MAX_ROW_ID)
)
def test_button_value_round_trips_compactly(action_id: int, version: int) -> None:
    value = CaseButtonValue(action_id=action_id, version=version)
    raw = value.dump()
    assert " " not in raw
    assert len(raw) <= 2000
    assert CaseButtonValue.parse(raw) == value


@given(
    st.integers(min_value=1, max_value=MAX_ROW_ID),
    st.from_regex(r"[A-Z0-9]{2,64}", fullmatch=True),
    st.from_regex(r"\d{10}\.\d{6}", fullmatch=True),
)
def test_modal_metadata_round_trips(action_id: int, channel: str, ts: str) -> None:
    meta = ModalMetadata(action_id=action_id, version=0, channel=channel, ts=ts)
    raw = meta.dump()
    assert len(raw) <= 3000
    assert ModalMetadata.parse(raw) == meta


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "approve-42-3",
        "null",
        "[42, 3]",
        '{"action_id": 42}',
        '{"action_id": "42", "version": 3}',
        '{"action_id": 42.0, "version": 3}',
        '{"action_id": true, "version": 3}',
        '{"action_id": 0, "version": 3}',
        '{"action_id": 42, "version": -1}',
        '{"action_id": 2147483648, "version": 3}',  # over PostgreSQL's INTEGER
        '{"action_id": 99999999999999999999999, "version": 3}',  # OverflowError in SQLite
        '{"action_id": 42, "version": 2147483648}',
        '{"action_id": 42, "version": 3, "amount": "1.00"}',
        '{"action_id": 42, "version": 3, "approver": "U1"}',
        "x" * 2001,
    ],
)
def test_button_value_garbage_is_a_user_facing_error(raw: str) -> None:
    with pytest.raises(UserFacingError, match="could not be read"):
        CaseButtonValue.parse(raw)


@pytest.mark.parametrize(
    "raw",
    [
        '{"action_id": 1, "version": 0, "channel": "C", "ts": "1.2"}',  # channel too short
        '{"action_id": 1, "version": 0, "channel": "c0lower", "ts": "1.2"}',
        '{"action_id": 1, "version": 0, "channel": "C0APPROVE", "ts": "now"}',
        '{"action_id": 1, "version": 0, "channel": "C0APPROVE"}',
        "{",
    ],
)
def test_modal_metadata_garbage_is_a_user_facing_error(raw: str) -> None:
    with pytest.raises(UserFacingError):
        ModalMetadata.parse(raw)


def _state(values: dict[tuple[str, str], str | None]) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for (block, element), value in values.items():
        state.setdefault(block, {})[element] = {"type": "plain_text_input", "value": value}
    return state


def test_edit_submission_reads_the_modal_state() -> None:
    state = _state(
        {
            (BlockId.EDIT_SUBJECT, InputId.EDIT_SUBJECT): "  New subject ",
            (BlockId.EDIT_BODY, InputId.EDIT_BODY): "Body\nline 2",
        }
    )
    assert EditSubmission.from_state(state) == EditSubmission(
        subject="New subject", body="Body\nline 2"
    )


def test_edit_submission_rejects_blank_or_missing_inputs() -> None:
    blank = _state(
        {
            (BlockId.EDIT_SUBJECT, InputId.EDIT_SUBJECT): "Subject",
            (BlockId.EDIT_BODY, InputId.EDIT_BODY): None,
        }
    )
    with pytest.raises(UserFacingError):
        EditSubmission.from_state(blank)
    with pytest.raises(UserFacingError):
        EditSubmission.from_state({})


def test_reject_submission() -> None:
    state = _state({(BlockId.REJECT_REASON, InputId.REJECT_REASON): "Paid by cheque"})
    assert RejectSubmission.from_state(state).reason == "Paid by cheque"  # words alone: Other
    with pytest.raises(UserFacingError):
        RejectSubmission.from_state(_state({(BlockId.REJECT_REASON, InputId.REJECT_REASON): " "}))


def _rejected(code: str | None, text: str | None) -> dict[str, Any]:
    chosen = None if code is None else {"value": code, "text": {"type": "plain_text"}}
    return {
        BlockId.REJECT_CHOICE: {
            InputId.REJECT_CHOICE: {"type": "radio_buttons", "selected_option": chosen}
        },
        BlockId.REJECT_REASON: {InputId.REJECT_REASON: {"type": "plain_text_input", "value": text}},
    }


def test_reject_submission_reads_the_chosen_reason() -> None:
    paid = RejectSubmission.from_state(_rejected("already_paid", " by cheque  on Friday"))
    assert paid.rejection == Rejection(RejectReason.ALREADY_PAID, "by cheque on Friday")
    assert paid.reason == "Already paid: by cheque on Friday"
    assert RejectSubmission.from_state(_rejected("not_now", None)).reason == "Not now"
    other = RejectSubmission.from_state(_rejected("other", "customer is closing"))
    assert other.rejection.code is RejectReason.OTHER and other.reason == "customer is closing"


@pytest.mark.parametrize(
    ("code", "text", "block"),
    [
        ("other", "  ", BlockId.REJECT_REASON),  # Other needs words, shown by the text box
        (None, None, BlockId.REJECT_CHOICE),  # nothing chosen, nothing said
        ("paid_twice", "x", BlockId.REJECT_CHOICE),  # a value the form never offered
    ],
)
def test_reject_submission_errors_sit_beside_their_input(
    code: str | None, text: str | None, block: BlockId
) -> None:
    with pytest.raises(FormError) as refused:
        RejectSubmission.from_state(_rejected(code, text))
    assert refused.value.block is block


def test_view_submission_fixture_shape_is_what_from_state_reads(slack_fixtures: Any) -> None:
    # The real payload keeps inputs at view.state.values[block_id][action_id].value.
    body = json.loads((slack_fixtures / "view_submission.bolt-python.json").read_text())
    values = body["view"]["state"]["values"]
    block_id, inputs = next(iter(values.items()))
    assert isinstance(block_id, str)
    action_id, element = next(iter(inputs.items()))
    assert isinstance(action_id, str)
    assert element["type"] == "plain_text_input"
    assert isinstance(element["value"], str)


def test_ids_are_unique_and_within_slack_limits() -> None:
    everything = [*ActionId, *CallbackId, *BlockId, *InputId]
    assert all(len(i.value) <= 255 for i in everything)
    assert len({i.value for i in ActionId}) == len(ActionId)
    assert len({i.value for i in BlockId}) == len(BlockId)

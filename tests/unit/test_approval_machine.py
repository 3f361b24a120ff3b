"""The proposed-action state machine: allowed moves, refused moves, terminal states."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.approval import (
    TERMINAL_STATES,
    ApprovalAction,
    ApprovalState,
    is_pending,
    transition,
)
from core.errors import InvalidTransitionError

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
S, A = ApprovalState, ApprovalAction

# Every move the machine allows; anything else is refused (see the exhaustive test).
ALLOWED = [
    (S.PROPOSED, A.APPROVE, S.APPROVED),
    (S.PROPOSED, A.EDIT, S.EDITED),
    (S.PROPOSED, A.REJECT, S.REJECTED),
    (S.PROPOSED, A.EXPIRE, S.EXPIRED),
    (S.PROPOSED, A.SUPERSEDE, S.SUPERSEDED),
    (S.PROPOSED, A.SNOOZE, S.SNOOZED),  # the case comes back on its date, on a fresh card
    (S.PROPOSED, A.RESOLVE, S.RESOLVED),  # an escalation resolved, or drafted anyway
    (S.APPROVED, A.START_SENDING, S.SENDING),
    (S.EDITED, A.START_SENDING, S.SENDING),
    (S.APPROVED, A.SUPERSEDE, S.SUPERSEDED),
    (S.EDITED, A.SUPERSEDE, S.SUPERSEDED),
    (S.SENDING, A.COMPLETE, S.DONE),
    (S.SENDING, A.FAIL, S.FAILED),
    (S.SENDING, A.SUPERSEDE, S.SUPERSEDED),  # a retried send finds the invoice changed
]


@pytest.mark.parametrize(("state", "action", "after"), ALLOWED)
def test_allowed_transitions(state: S, action: A, after: S) -> None:
    step = transition(state, action, "U1", NOW)
    assert (step.before, step.after, step.actor, step.at) == (state, after, "U1", NOW)


def test_every_move_not_listed_is_refused() -> None:
    # Pins the table: a new move must be added to ALLOWED on purpose.
    allowed = {(s, a) for s, a, _ in ALLOWED}
    for state in S:
        for action in A:
            if (state, action) in allowed:
                continue
            with pytest.raises(InvalidTransitionError):
                transition(state, action, "U1", NOW)


@pytest.mark.parametrize(
    ("state", "action"),
    [
        (S.APPROVED, A.APPROVE),  # a second click
        (S.APPROVED, A.REJECT),  # approve racing reject: the loser is refused
        (S.REJECTED, A.APPROVE),
        (S.DONE, A.START_SENDING),  # never send twice
        (S.PROPOSED, A.START_SENDING),  # never send without approval
        (S.PROPOSED, A.COMPLETE),
        (S.SUPERSEDED, A.APPROVE),
    ],
)
def test_refused_transitions_name_the_state(state: S, action: A) -> None:
    with pytest.raises(InvalidTransitionError) as exc:
        transition(state, action, "U1", NOW)
    assert exc.value.state == state.value
    assert state.value in str(exc.value)


def test_only_proposed_is_pending() -> None:
    assert [s for s in S if is_pending(s)] == [S.PROPOSED]


@given(st.lists(st.sampled_from(list(A)), max_size=12))
def test_no_sequence_sends_without_approval_or_leaves_a_terminal_state(actions: list[A]) -> None:
    state, approved = S.PROPOSED, False
    for action in actions:
        try:
            step = transition(state, action, "U1", NOW)
        except InvalidTransitionError:
            continue
        assert state not in TERMINAL_STATES, "a terminal state moved"
        if step.after is S.SENDING:
            assert approved, "sending without approval"
        approved |= step.after in (S.APPROVED, S.EDITED)
        state = step.after

"""Who may approve: deny by default, role limits at the boundary, other workspaces."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.domain.authority import Act, Approvers, Role
from core.errors import ConfigurationError, NotAuthorizedError

APPROVERS = Approvers.from_toml_dict(
    {
        "team_id": "T1",
        "users": {"U1": "collector", "U2": "finance_lead"},
        "limits": {"collector": "5000.00"},
    }
)


def test_unknown_user_is_denied_by_default() -> None:
    with pytest.raises(NotAuthorizedError, match="not on the approvers list"):
        Approvers().authorize("U1", Decimal("1.00"))


def test_limit_is_inclusive() -> None:
    assert APPROVERS.authorize("U1", Decimal("5000.00"), "T1") is Role.COLLECTOR
    with pytest.raises(NotAuthorizedError, match=r"5,000\.01 is over your collector limit"):
        APPROVERS.authorize("U1", Decimal("5000.01"), "T1")


def test_higher_role_has_higher_default_limit() -> None:
    assert APPROVERS.authorize("U2", Decimal("40000"), "T1") is Role.FINANCE_LEAD


def test_user_from_another_workspace_is_refused() -> None:
    with pytest.raises(NotAuthorizedError, match="workspace"):
        APPROVERS.authorize("U1", Decimal("10"), "T_OTHER")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"users": {"U1": "boss"}}, "users.U1 has unknown role 'boss'"),
        ({"limits": {"collector": "lots"}}, "limits.collector"),
        ({"limits": {"owner": "10"}}, "limits.owner"),
    ],
)
def test_bad_approvers_file_names_the_entry(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Approvers.from_toml_dict(data)


def test_an_amount_limited_act_without_an_amount_is_a_bug_not_a_refusal() -> None:
    with pytest.raises(ValueError, match="pass the amount"):
        APPROVERS.permit(Act.RESOLVE_IN_DOUBT, "U2", "T1")
    assert APPROVERS.permit(Act.CONNECT, "U2", "T1") is Role.FINANCE_LEAD

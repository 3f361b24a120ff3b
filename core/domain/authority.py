"""Who may approve what: Slack users mapped to roles, each role with an amount limit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from core.errors import ConfigurationError, NotAuthorizedError


class Role(StrEnum):
    """Approval roles (SPEC 'Approval, authority and writes')."""

    COLLECTOR = "collector"
    FINANCE_LEAD = "finance_lead"
    ADMIN = "admin"


DEFAULT_LIMITS = {
    Role.COLLECTOR: Decimal("5000.00"),
    Role.FINANCE_LEAD: Decimal("50000.00"),
    Role.ADMIN: Decimal("1000000000.00"),
}


@dataclass(frozen=True)
class Approvers:
    """The approvers file: deny by default, checked against the clicking user on every click."""

    users: Mapping[str, Role] = field(default_factory=dict)
    limits: Mapping[Role, Decimal] = field(default_factory=lambda: dict(DEFAULT_LIMITS))
    team_id: str | None = None  # when set, clicks from other workspaces are refused

    def authorize(self, user_id: str, amount: Decimal, team_id: str | None = None) -> Role:
        """Return the user's role if they may decide on `amount` (home currency).

        Raises NotAuthorizedError naming why (no role, other workspace, over the limit).
        """
        if self.team_id is not None and team_id is not None and team_id != self.team_id:
            raise NotAuthorizedError("you are not in the workspace this approval belongs to")
        role = self.users.get(user_id)
        if role is None:
            raise NotAuthorizedError("you are not on the approvers list for collections")
        limit = self.limits.get(role, Decimal("0"))
        if amount > limit:
            raise NotAuthorizedError(
                f"the amount {amount:,.2f} is over your {role.value} limit of {limit:,.2f}"
            )
        return role

    @classmethod
    def from_toml_dict(cls, data: Mapping[str, Any]) -> Approvers:
        """Build from the parsed TOML approvers file.

        Format: `[users] U123 = "collector"`, optional `[limits] collector = "5000.00"`,
        optional `team_id = "T123"`. Raises ConfigurationError naming the bad entry.
        """
        users: dict[str, Role] = {}
        for user_id, role in dict(data.get("users", {})).items():
            try:
                users[str(user_id)] = Role(str(role))
            except ValueError:
                raise ConfigurationError(
                    f"approvers file: users.{user_id} has unknown role {role!r} "
                    f"(use {', '.join(r.value for r in Role)})"
                ) from None
        limits = dict(DEFAULT_LIMITS)
        for role_name, limit in dict(data.get("limits", {})).items():
            try:
                limits[Role(str(role_name))] = Decimal(str(limit))
            except (ValueError, InvalidOperation):
                raise ConfigurationError(
                    f"approvers file: limits.{role_name} = {limit!r} is not a role and amount"
                ) from None
        team = data.get("team_id")
        return cls(users=users, limits=limits, team_id=str(team) if team else None)

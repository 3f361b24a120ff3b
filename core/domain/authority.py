"""Who may do what: Slack users mapped to roles, each role with an amount limit, and one table
of which roles each action needs (the single source of truth for every Slack path)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from core.errors import ConfigurationError, NotAuthorizedError


class Role(StrEnum):
    """Approval roles (SPEC 'Approval, authority and writes')."""

    COLLECTOR = "collector"
    FINANCE_LEAD = "finance_lead"
    ADMIN = "admin"


class Act(StrEnum):
    """Everything a person may be refused; a new Slack path adds its act and rule here."""

    APPROVE = "approve"
    EDIT = "edit"
    REJECT = "reject"
    CONNECT = "connect"
    DISCONNECT = "disconnect"
    RESOLVE_IN_DOUBT = "resolve_in_doubt"
    SHARE_REPORT = "share_report"
    SUBMIT_CHANGE = "submit_change"  # stage an expense or invoice from a Slack form
    APPROVE_CHANGE = "approve_change"  # a platform-side change, before it is pushed
    REJECT_CHANGE = "reject_change"
    CHANGE_ACCOUNTS = "change_accounts"  # a change to the chart of accounts (on top of the above)
    RESOLVE_CONFLICT = "resolve_conflict"  # keep a sync conflict's result, or pick the other side
    RUN_SYNC = "run_sync"  # `/qb sync now`: one sync cycle, out of its schedule
    RETRY_CHANGE = "retry_change"  # put a failed or retry-queued approved change back in line
    SNOOZE = "snooze"  # put a case card off until a date
    ASSIGN = "assign"  # assign a case card to oneself or to another approver
    RESOLVE_CASE = "resolve_case"  # mark an escalation resolved, with a note
    DRAFT_ANYWAY = "draft_anyway"  # a reminder for an escalated case (roles: the policy's)


@dataclass(frozen=True)
class Rule:
    """Which roles may perform an act, and whether the role's amount limit applies to it."""

    roles: frozenset[Role]
    amount_limited: bool


_EVERY_ROLE = frozenset(Role)
_LEADS = frozenset({Role.FINANCE_LEAD, Role.ADMIN})

# Deciding on a reminder is every approver's job, up to their limit. Linking or unlinking a
# company hands qbot (or takes away) the books: leads only, whatever the amounts. Saying an
# in-doubt send did or did not go out decides whether a customer is written to again: leads,
# up to their limit on the action's amount.
RULES: Mapping[Act, Rule] = MappingProxyType(
    {
        Act.APPROVE: Rule(_EVERY_ROLE, amount_limited=True),
        Act.EDIT: Rule(_EVERY_ROLE, amount_limited=True),
        Act.REJECT: Rule(_EVERY_ROLE, amount_limited=True),
        Act.CONNECT: Rule(_LEADS, amount_limited=False),
        Act.DISCONNECT: Rule(_LEADS, amount_limited=False),
        Act.RESOLVE_IN_DOUBT: Rule(_LEADS, amount_limited=True),
        # Posting the overdue picture to the channel: anyone on the approvers list.
        Act.SHARE_REPORT: Rule(_EVERY_ROLE, amount_limited=False),
        # A platform-side change (an expense, an invoice, an import batch) written to the books:
        # every approver up to their limit on its total; a change to the chart of accounts
        # moves where money posts, so leads only, whatever the amounts.
        # Submitting one from a Slack form writes nothing (an approver decides): anyone on the
        # approvers list, whatever the amount; somebody else must approve it.
        Act.SUBMIT_CHANGE: Rule(_EVERY_ROLE, amount_limited=False),
        Act.APPROVE_CHANGE: Rule(_EVERY_ROLE, amount_limited=True),
        Act.REJECT_CHANGE: Rule(_EVERY_ROLE, amount_limited=True),
        Act.CHANGE_ACCOUNTS: Rule(_LEADS, amount_limited=False),
        # Deciding a sync conflict writes nothing to the books by itself: an override that
        # changes QuickBooks is a staged change, approved under APPROVE_CHANGE like any other.
        Act.RESOLVE_CONFLICT: Rule(_EVERY_ROLE, amount_limited=False),
        # A cycle out of schedule, or a change pushed again, writes only what was approved.
        Act.RUN_SYNC: Rule(_EVERY_ROLE, amount_limited=False),
        Act.RETRY_CHANGE: Rule(_EVERY_ROLE, amount_limited=False),
        # A card's life: putting it off, handing it on, or closing an escalation with a note
        # is every approver's job up to their limit, as deciding it is. Whoever a card is
        # handed to must be allowed to decide it (ApprovalService checks the assignee).
        Act.SNOOZE: Rule(_EVERY_ROLE, amount_limited=True),
        Act.ASSIGN: Rule(_EVERY_ROLE, amount_limited=True),
        Act.RESOLVE_CASE: Rule(_EVERY_ROLE, amount_limited=True),
        # Writing to a customer qbot chose not to write to: leads and admins by default, and
        # further narrowed by the policy's `draft_anyway_roles` (never for a legal hold).
        Act.DRAFT_ANYWAY: Rule(_LEADS, amount_limited=True),
    }
)

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
        """Return the user's role if they may approve, edit or reject on `amount` (home
        currency). Raises NotAuthorizedError naming why (no role, other workspace, over the
        limit)."""
        return self.permit(Act.APPROVE, user_id, team_id, amount)

    def permit(
        self,
        act: Act,
        user_id: str | None,
        team_id: str | None = None,
        amount: Decimal | None = None,
    ) -> Role:
        """Return the user's role if RULES lets it perform `act` (on `amount`, if limited).

        Raises NotAuthorizedError naming why: nobody named, another workspace, no role, a role
        the act does not allow, or an amount over the role's limit. Raises ValueError when an
        amount-limited act is asked without an amount (a caller's bug, never a person's).
        """
        rule = RULES[act]
        if rule.amount_limited and amount is None:
            raise ValueError(f"{act.value} is limited by amount: pass the amount")
        if not user_id:
            raise NotAuthorizedError("Slack did not say who you are, so qbot cannot check it")
        if self.team_id is not None and team_id is not None and team_id != self.team_id:
            raise NotAuthorizedError("you are not in the workspace this approval belongs to")
        role = self.users.get(user_id)
        if role is None:
            raise NotAuthorizedError("you are not on the approvers list for collections")
        if role not in rule.roles:
            allowed = " or ".join(sorted(r.value for r in rule.roles))
            raise NotAuthorizedError(f"only {allowed} may {act.value.replace('_', ' ')}")
        limit = self.limits.get(role, Decimal("0"))
        if rule.amount_limited and amount is not None and amount > limit:
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

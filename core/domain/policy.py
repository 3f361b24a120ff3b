"""The collections policy: every number the triage judge uses, defaults from SPEC."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from core.domain.authority import Role
from core.domain.sync.conflict_policy import ConflictPolicy
from core.domain.sync.intervals import every_from_table


@dataclass(frozen=True)
class Policy:
    """Collections policy (SPEC 'Default collections policy'); frozen, validated on build."""

    stages: tuple[int, ...] = (1, 7, 14, 30, 60)
    high_touch_days: int = 60
    risk_threshold: Decimal = Decimal("10000.00")  # home currency, inclusive (≥)
    max_reminders_without_response: int = 3
    partial_payments_for_plan: int = 2
    plan_installments: int = 3  # how many monthly installments a plan draft proposes
    plan_interval_days: int = 30
    min_days_past_due: int = 1  # SPEC: not yet past due when days past due < 1
    # Customer emails this recent (when no reminder was sent yet) must all be read before a
    # draft; after a reminder, everything since it.
    unread_window_days: int = 14
    # An edited reminder must still name its invoice and say the amount due, and may not
    # state another amount (core.domain.edit_guard); a policy file may relax either.
    edit_keeps_invoice_number: bool = True
    edit_keeps_amount: bool = True
    # A card nobody decided within this many hours expires (0: never; core.services.expiry).
    card_expiry_hours: int = 72
    # Several routine reminders due for one customer go out as one card and one email
    # (core.services.customer_cards); escalations and hard stops always keep their own card.
    one_card_per_customer: bool = True
    # A card still waiting after this many hours nudges its approver once by DM (0: never;
    # core.services.case_actions). Below card_expiry_hours, or the card expires first.
    stale_card_hours: int = 24
    # Snooze until a date at most this many days ahead (the snooze modal refuses later ones).
    max_snooze_days: int = 90
    # Who may "Draft a reminder anyway" on an escalation (never a legal hold); within the
    # roles core.domain.authority allows for it (finance_lead, admin).
    draft_anyway_roles: tuple[str, ...] = ("finance_lead", "admin")
    # A promise or plan instalment not paid this many days after its day is broken / missed.
    promise_grace_days: int = 2

    def __post_init__(self) -> None:
        if not self.stages:
            raise ValueError("policy key 'stages': must list at least one follow-up stage")
        if any(s < 1 for s in self.stages) or list(self.stages) != sorted(set(self.stages)):
            raise ValueError(
                "policy key 'stages': must be distinct positive days in ascending order"
            )
        for name in (
            "high_touch_days",
            "max_reminders_without_response",
            "partial_payments_for_plan",
            "plan_installments",
            "plan_interval_days",
            "min_days_past_due",
            "unread_window_days",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"policy key '{name}': must be a positive integer")
        if self.promise_grace_days < 0:
            raise ValueError("policy key 'promise_grace_days': must be 0 or more days")
        if self.card_expiry_hours < 0:
            raise ValueError("policy key 'card_expiry_hours': must be 0 (never) or more hours")
        if self.stale_card_hours < 0:
            raise ValueError("policy key 'stale_card_hours': must be 0 (never) or more hours")
        if self.max_snooze_days < 1:
            raise ValueError("policy key 'max_snooze_days': must be a positive integer")
        unknown = sorted(set(self.draft_anyway_roles) - {r.value for r in Role})
        if unknown:
            raise ValueError(
                f"policy key 'draft_anyway_roles': unknown role {unknown[0]!r} "
                f"(use {', '.join(r.value for r in Role)})"
            )
        if self.risk_threshold <= 0:
            raise ValueError("policy key 'risk_threshold': must be a positive amount")

    def stage_for(self, days_past_due: int) -> int | None:
        """Return the largest follow-up stage reached, or None before the first."""
        reached = [s for s in self.stages if days_past_due >= s]
        return reached[-1] if reached else None

    @classmethod
    def from_toml_dict(cls, data: Mapping[str, Any]) -> Policy:
        """Build a policy from a parsed TOML table (optionally nested under `[policy]`).

        Raises ValueError naming the offending key for unknown keys or bad values.
        """
        if "policy" in data and isinstance(data["policy"], Mapping):
            data = data["policy"]
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key == "sync":  # `[sync.conflicts]`, read by sync_conflicts_from_toml_dict
                continue
            if key not in known:
                raise ValueError(f"policy key '{key}': unknown (known keys: {sorted(known)})")
            kwargs[key] = _coerce(key, value)
        return cls(**kwargs)


def sync_conflicts_from_toml_dict(data: Mapping[str, Any]) -> ConflictPolicy:
    """Build the two-way sync's conflict policy from the policy file's `[sync.conflicts]`.

    A file without that table gives the built-in defaults. Raises ValueError naming the key.
    """
    sync = data.get("sync", {})
    if not isinstance(sync, Mapping):
        raise ValueError("policy key 'sync': must be a table")
    unknown = sorted(set(sync) - {"conflicts", "every"})
    if unknown:
        raise ValueError(
            f"policy key 'sync.{unknown[0]}': unknown (known keys: ['conflicts', 'every'])"
        )
    conflicts = sync.get("conflicts", {})
    if not isinstance(conflicts, Mapping):
        raise ValueError("policy key 'sync.conflicts': must be a table of entities")
    return ConflictPolicy.from_toml_dict(conflicts)


def sync_every_from_toml_dict(data: Mapping[str, Any]) -> dict[str, timedelta | None]:
    """The policy file's `[sync.every]`: how often each type's sync cycle runs (`off` too)."""
    sync = data.get("sync", {})
    every = sync.get("every", {}) if isinstance(sync, Mapping) else {}
    if not isinstance(every, Mapping):
        raise ValueError("policy key 'sync.every': must be a table of types")
    return every_from_table(every, "policy key sync.every")


def _coerce(key: str, value: Any) -> Any:
    """Convert one TOML value to the field's type, or raise naming the key."""
    if key == "stages":
        if not isinstance(value, list | tuple) or not all(_is_int(v) for v in value):
            raise ValueError(f"policy key 'stages': must be a list of integers, got {value!r}")
        return tuple(int(v) for v in value)
    if key == "draft_anyway_roles":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"policy key '{key}': must be a list of role names, got {value!r}")
        return tuple(value)
    if key == "risk_threshold":
        if isinstance(value, bool):
            raise ValueError(f"policy key 'risk_threshold': must be a number, got {value!r}")
        try:
            return Decimal(str(value))
        except InvalidOperation as exc:
            message = f"policy key 'risk_threshold': must be a number, got {value!r}"
            raise ValueError(message) from exc
    if key in _BOOLEAN_KEYS:
        if not isinstance(value, bool):
            raise ValueError(f"policy key '{key}': must be true or false, got {value!r}")
        return value
    if not _is_int(value):
        raise ValueError(f"policy key '{key}': must be an integer, got {value!r}")
    return int(value)


_BOOLEAN_KEYS = frozenset(
    {"edit_keeps_invoice_number", "edit_keeps_amount", "one_card_per_customer"}
)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)

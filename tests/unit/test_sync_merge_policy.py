"""The `[sync.conflicts]` policy: defaults per entity, per-field overrides, readable refusals."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from core.domain.policy import Policy, sync_conflicts_from_toml_dict
from core.domain.sync.conflict_policy import ConflictPolicy, ConflictRule
from core.domain.sync.records import COLLECTIONS_STATUS, Entity

EXAMPLE = """
[policy]
risk_threshold = "5000.00"

[sync.conflicts.Invoice]
default = "manual"
DueDate = "newest_wins"
"CustomField:Region" = "platform_wins"

[sync.conflicts.Account]
Name = "quickbooks_wins"
"""


@pytest.mark.parametrize(("entity", "name", "rule"), [
    (Entity.INVOICE, "Line", ConflictRule.QUICKBOOKS_WINS),
    (Entity.INVOICE, "TotalAmt", ConflictRule.QUICKBOOKS_WINS),
    (Entity.INVOICE, "DueDate", ConflictRule.QUICKBOOKS_WINS),
    (Entity.INVOICE, "CustomerRef", ConflictRule.QUICKBOOKS_WINS),
    (Entity.INVOICE, "CurrencyRef", ConflictRule.QUICKBOOKS_WINS),
    (Entity.INVOICE, COLLECTIONS_STATUS, ConflictRule.PLATFORM_WINS),
    (Entity.INVOICE, "PrivateNote", ConflictRule.NEWEST_WINS),
    (Entity.INVOICE, "BillEmail", ConflictRule.NEWEST_WINS),
    (Entity.INVOICE, "CustomField:Region", ConflictRule.NEWEST_WINS),
    (Entity.PURCHASE, "AccountRef", ConflictRule.QUICKBOOKS_WINS),
    (Entity.PURCHASE, "EntityRef", ConflictRule.QUICKBOOKS_WINS),
    (Entity.PURCHASE, "PaymentType", ConflictRule.QUICKBOOKS_WINS),
    (Entity.PURCHASE, "TxnDate", ConflictRule.QUICKBOOKS_WINS),
    (Entity.PURCHASE, "PrivateNote", ConflictRule.NEWEST_WINS),
    (Entity.ACCOUNT, "AccountType", ConflictRule.QUICKBOOKS_WINS),
    (Entity.ACCOUNT, "AcctNum", ConflictRule.QUICKBOOKS_WINS),
    (Entity.ACCOUNT, "Name", ConflictRule.NEWEST_WINS),
    (Entity.ACCOUNT, "Description", ConflictRule.NEWEST_WINS),
])
def test_built_in_defaults(entity: Entity, name: str, rule: ConflictRule) -> None:
    assert ConflictPolicy().rule_for(entity, name) is rule
    assert sync_conflicts_from_toml_dict({}).rule_for(entity, name) is rule


@pytest.mark.parametrize(("entity", "name", "rule"), [
    (Entity.INVOICE, "DueDate", ConflictRule.NEWEST_WINS),  # per-field beats the ledger default
    (Entity.INVOICE, "CustomField:Region", ConflictRule.PLATFORM_WINS),
    (Entity.INVOICE, "PrivateNote", ConflictRule.MANUAL),  # the entity's default
    (Entity.INVOICE, "CustomerMemo", ConflictRule.MANUAL),
    (Entity.INVOICE, "Line", ConflictRule.QUICKBOOKS_WINS),  # default leaves ledger fields be
    (Entity.INVOICE, COLLECTIONS_STATUS, ConflictRule.PLATFORM_WINS),
    (Entity.ACCOUNT, "Name", ConflictRule.QUICKBOOKS_WINS),
    (Entity.ACCOUNT, "Description", ConflictRule.NEWEST_WINS),
    (Entity.PURCHASE, "PrivateNote", ConflictRule.NEWEST_WINS),  # not in the file
])
def test_policy_file_overrides(entity: Entity, name: str, rule: ConflictRule) -> None:
    policy = sync_conflicts_from_toml_dict(tomllib.loads(EXAMPLE))
    assert policy.rule_for(entity, name) is rule


def test_collections_policy_reads_the_same_file_unchanged() -> None:
    data = tomllib.loads(EXAMPLE)
    assert str(Policy.from_toml_dict(data).risk_threshold) == "5000.00"
    flat = {"high_touch_days": 45, "sync": {"conflicts": {}}}
    assert Policy.from_toml_dict(flat).high_touch_days == 45


@pytest.mark.parametrize(("data", "key"), [
    ({"sync": {"conflicts": {"Bill": {"default": "manual"}}}}, "sync.conflicts.Bill"),
    ({"sync": {"conflicts": {"Invoice": {"DueDat": "manual"}}}}, "sync.conflicts.Invoice.DueDat"),
    ({"sync": {"conflicts": {"Account": {"CustomField:X": "manual"}}}},
     "sync.conflicts.Account.CustomField:X"),
    ({"sync": {"conflicts": {"Invoice": {"DueDate": "theirs"}}}}, "sync.conflicts.Invoice.DueDate"),
    ({"sync": {"conflicts": {"Invoice": {"default": "latest"}}}}, "sync.conflicts.Invoice.default"),
    ({"sync": {"conflicts": {"Invoice": {"DueDate": 1}}}}, "sync.conflicts.Invoice.DueDate"),
    ({"sync": {"conflicts": {"Invoice": "manual"}}}, "sync.conflicts.Invoice"),
    ({"sync": {"conflict": {}}}, "sync.conflict"),
    ({"sync": {"conflicts": []}}, "sync.conflicts"),
    ({"sync": "on"}, "sync"),
])
def test_refusals_name_the_key_in_one_line(data: dict[str, Any], key: str) -> None:
    with pytest.raises(ValueError, match=f"policy key '{key}'") as caught:
        sync_conflicts_from_toml_dict(data)
    assert "\n" not in str(caught.value)


def test_unknown_rule_lists_the_known_rules() -> None:
    with pytest.raises(ValueError, match="quickbooks_wins, platform_wins, newest_wins, manual"):
        sync_conflicts_from_toml_dict({"sync": {"conflicts": {"Invoice": {"Line": "mine"}}}})

"""Policy: SPEC defaults, TOML overrides, and validation errors that name the key."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.domain.case import CaseBundle
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import make_case


def test_defaults_are_the_spec() -> None:
    p = Policy()
    assert p.stages == (1, 7, 14, 30, 60)
    assert p.high_touch_days == 60 and p.risk_threshold == Decimal("10000.00")
    assert p.max_reminders_without_response == 3 and p.partial_payments_for_plan == 2


def test_from_toml_dict_top_level_and_nested() -> None:
    p = Policy.from_toml_dict({"policy": {"stages": [3, 10], "risk_threshold": 500.5}})
    assert p.stages == (3, 10) and p.risk_threshold == Decimal("500.5")
    assert Policy.from_toml_dict({"high_touch_days": 45}).high_touch_days == 45


@pytest.mark.parametrize(("data", "key"), [
    ({"stages": [7, 1]}, "stages"),
    ({"stages": "1,7"}, "stages"),
    ({"risk_threshold": "lots"}, "risk_threshold"),
    ({"high_touch_days": 0}, "high_touch_days"),
    ({"high_touch_days": True}, "high_touch_days"),
    ({"risk_treshold": 1}, "risk_treshold"),
])
def test_bad_values_name_the_key(data: dict[str, object], key: str) -> None:
    with pytest.raises(ValueError, match=f"'{key}'"):
        Policy.from_toml_dict(data)


def test_configured_numbers_change_decisions() -> None:
    raw = make_case(invoice={"Balance": 600})
    assert decide(CaseBundle(raw), Policy()).hard_stop is None
    strict = Policy.from_toml_dict({"risk_threshold": 600})
    assert decide(CaseBundle(raw), strict).hard_stop is not None
    # 8 days past due but the first configured stage is 10: no draft yet.
    assert decide(CaseBundle(raw), Policy(stages=(10, 20))).route.value == "none"


def test_card_expiry_hours_defaults_to_three_days_and_zero_means_never() -> None:
    assert Policy().card_expiry_hours == 72
    assert Policy.from_toml_dict({"card_expiry_hours": 0}).card_expiry_hours == 0
    with pytest.raises(ValueError, match="card_expiry_hours"):
        Policy.from_toml_dict({"card_expiry_hours": -1})

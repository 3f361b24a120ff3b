"""How often each record type's sync cycle runs: parsed from `[sync.every]` and
QBOT_SYNC_EVERY, the setting over the file over the default, `off` leaving it unscheduled."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.domain.policy import sync_every_from_toml_dict
from core.domain.sync.intervals import (
    DEFAULT_EVERY,
    every_from_text,
    parse_every,
    sync_every,
)
from core.scheduler import schedule, sync_specs


@pytest.mark.parametrize(
    ("text", "every"),
    [("15m", timedelta(minutes=15)), ("2h", timedelta(hours=2)), (" 1D ", timedelta(days=1)),
     ("90s", timedelta(seconds=90)), ("off", None), ("OFF", None)],
)  # fmt: skip
def test_intervals_read_as_a_person_writes_them(text: str, every: timedelta | None) -> None:
    assert parse_every(text) == every


@pytest.mark.parametrize("text", ["", "15", "m15", "1w", "30s", "-5m", "1.5h"])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)


def test_the_setting_wins_over_the_file_type_by_type() -> None:
    in_file = sync_every_from_toml_dict(
        {"sync": {"every": {"accounts": "off", "invoices": "30m"}, "conflicts": {}}}
    )
    assert in_file == {"accounts": None, "invoices": timedelta(minutes=30)}
    setting = every_from_text("invoices=15m, expenses=2h")
    assert sync_every(in_file, setting) == {
        "accounts": None,  # off in the file, not named by the setting
        "invoices": timedelta(minutes=15),
        "expenses": timedelta(hours=2),
    }
    assert sync_every({}, {}) == dict(DEFAULT_EVERY)


@pytest.mark.parametrize(
    ("table", "named"),
    [({"every": {"bills": "1h"}}, "sync.every.bills"), ({"every": {"invoices": 15}},
     "sync.every.invoices"), ({"every": "15m"}, "sync.every"), ({"often": {}}, "sync.often")],
)  # fmt: skip
def test_a_bad_policy_entry_is_named(table: dict[str, object], named: str) -> None:
    from core.domain.policy import sync_conflicts_from_toml_dict

    with pytest.raises(ValueError, match=named.replace(".", r"\.")):
        sync_every_from_toml_dict({"sync": table})
        sync_conflicts_from_toml_dict({"sync": table})


def test_a_bad_setting_names_its_part() -> None:
    with pytest.raises(ValueError, match=r"QBOT_SYNC_EVERY\.invoices"):
        every_from_text("invoices=soon")
    with pytest.raises(ValueError, match="TYPE=INTERVAL"):
        every_from_text("invoices")


def test_each_type_not_off_gets_its_own_spec() -> None:
    every = {"accounts": None, "invoices": timedelta(minutes=15), "expenses": timedelta(hours=2)}
    specs = {s.id: s for s in sync_specs(every)}
    assert sorted(specs) == ["sync-expenses", "sync-invoices"]
    assert specs["sync-invoices"].every == timedelta(minutes=15)
    assert dict(specs["sync-expenses"].payload) == {"types": ["expenses"]}
    assert {s.kind for s in specs.values()} == {"sync_cycle"}
    ids = [s.id for s in schedule(sync_every=every)]
    assert len(ids) == len(set(ids)) and "sync-invoices" in ids

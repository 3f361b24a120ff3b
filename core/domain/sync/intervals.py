"""How often each record type's sync cycle runs: `15m`, `2h`, `1d` or `off`, per type.

From the policy file's `[sync.every]` table, then QBOT_SYNC_EVERY (`invoices=15m,expenses=off`)
on top of it, type by type; a type named nowhere keeps DEFAULT_EVERY.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta
from types import MappingProxyType

SYNC_TYPE_NAMES = ("accounts", "invoices", "expenses")
OFF = "off"
# A full pull per type: hourly keeps approved changes moving without re-reading a large
# company every few minutes (CDC and webhooks keep the read copy fresh in between).
DEFAULT_EVERY: Mapping[str, timedelta | None] = MappingProxyType(
    dict.fromkeys(SYNC_TYPE_NAMES, timedelta(hours=1))
)
MINIMUM = timedelta(minutes=1)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")


def parse_every(text: str) -> timedelta | None:
    """`15m` → 15 minutes, `off` → None; ValueError for anything else or under a minute."""
    if text.strip().lower() == OFF:
        return None
    found = _EVERY.match(text.lower())
    if not found:
        raise ValueError(f"{text!r} is not an interval (use e.g. 15m, 2h, 1d or off)")
    every = timedelta(seconds=int(found[1]) * _UNITS[found[2]])
    if every < MINIMUM:
        raise ValueError(f"{text!r} is shorter than a minute")
    return every


def every_from_table(table: Mapping[str, object], where: str) -> dict[str, timedelta | None]:
    """`{"invoices": "15m", ...}` parsed; ValueError naming `where`.type for a bad entry."""
    found: dict[str, timedelta | None] = {}
    for name, value in table.items():
        if name not in SYNC_TYPE_NAMES:
            raise ValueError(f"{where}.{name}: unknown type (known: {', '.join(SYNC_TYPE_NAMES)})")
        if not isinstance(value, str):
            raise ValueError(f"{where}.{name}: must be a string such as \"15m\" or \"off\"")
        try:
            found[name] = parse_every(value)
        except ValueError as exc:
            raise ValueError(f"{where}.{name}: {exc}") from None
    return found


def every_from_text(text: str) -> dict[str, timedelta | None]:
    """QBOT_SYNC_EVERY's `invoices=15m,expenses=off`."""
    table: dict[str, object] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"{part!r}: write TYPE=INTERVAL, e.g. invoices=15m")
        table[name.strip().lower()] = value.strip()
    return every_from_table(table, "QBOT_SYNC_EVERY")


def sync_every(
    policy: Mapping[str, timedelta | None], setting: Mapping[str, timedelta | None]
) -> dict[str, timedelta | None]:
    """Per type: the setting's, else the policy file's, else the default."""
    return {n: setting.get(n, policy.get(n, DEFAULT_EVERY[n])) for n in SYNC_TYPE_NAMES}

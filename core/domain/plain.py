"""Figures as plain JSON types, for the reports' `--json` output and their stored audit rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

FLOAT_DIGITS = 4  # rates and edit distances: more digits would say nothing more


def plain_json(value: Any) -> Any:
    """Money as strings with two decimals, days and times as ISO 8601, floats rounded."""
    if isinstance(value, dict):
        return {str(k): plain_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain_json(v) for v in value]
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    if isinstance(value, float):
        return round(value, FLOAT_DIGITS)
    return value

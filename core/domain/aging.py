"""Aging buckets: how an aging report groups invoices by days past due (1-30 … 90+)."""

from __future__ import annotations

from enum import StrEnum


class AgingBucket(StrEnum):
    """Days past due, as an aging report groups them."""

    DAYS_1_30 = "1-30"
    DAYS_31_60 = "31-60"
    DAYS_61_90 = "61-90"
    DAYS_90_PLUS = "90+"


# (first day, last day) past due of each bucket; None: no upper end
BUCKET_DAYS: dict[AgingBucket, tuple[int, int | None]] = {
    AgingBucket.DAYS_1_30: (1, 30),
    AgingBucket.DAYS_31_60: (31, 60),
    AgingBucket.DAYS_61_90: (61, 90),
    AgingBucket.DAYS_90_PLUS: (91, None),
}


def bucket_of(days_past_due: int) -> AgingBucket | None:
    """The aging bucket of an invoice `days_past_due` days late (None: not overdue)."""
    for bucket, (first, last) in BUCKET_DAYS.items():
        if days_past_due >= first and (last is None or days_past_due <= last):
            return bucket
    return None

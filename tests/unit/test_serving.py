"""bot.serving's process settings for `qbot web` / `qbot serve`."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from bot.serving import SWITCH_INTERVAL_SECONDS, favour_short_requests


@pytest.fixture
def switch_interval() -> Iterator[float]:
    before = sys.getswitchinterval()
    yield before
    sys.setswitchinterval(before)  # the test process keeps CPython's own


def test_a_waiting_thread_gets_the_gil_sooner_than_cpythons_default(
    switch_interval: float,
) -> None:
    favour_short_requests()
    assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_SECONDS)
    assert switch_interval > SWITCH_INTERVAL_SECONDS

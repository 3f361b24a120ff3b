"""Work after the answer runs on threads the kernel schedules after the acks' (Linux)."""

from __future__ import annotations

import asyncio
import os
import sys
import threading

import pytest

from bot import after_answer
from bot.listeners import commands


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_follow_ups_and_answers_run_niced_and_the_callers_thread_keeps_its_priority() -> None:
    mine = _niceness()
    seen: list[int] = []
    asyncio.run(after_answer.run_later([lambda: seen.append(_niceness())]))
    answered = commands._ANSWERS.submit(_niceness).result(timeout=10)
    # the kernel caps nice at 19; a /qb answer, which someone waits for, is lowered less
    assert seen == [min(19, mine + after_answer.NICENESS)]
    assert answered == min(19, mine + after_answer.ANSWER_NICENESS)
    assert _niceness() == mine  # only the pools' own threads were lowered


def test_a_follow_up_that_raises_is_logged_and_the_rest_still_run() -> None:
    ran: list[str] = []

    def boom() -> None:
        raise RuntimeError("Slack said no")

    asyncio.run(after_answer.run_later([boom, lambda: ran.append("second")]))
    assert ran == ["second"]

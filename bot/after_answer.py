"""Work that follows a Slack request: run once its HTTP answer (the ack) has gone back.

Why: with process_before_response=True bolt answers only when the listener (or the error
handler) returns, so every Web API call made there waits in front of the ack: a refusal's
chat.postEphemeral, a decider's App Home refresh and the Home published on app_home_opened
(views.publish, chat.getPermalink), an overdue page shared to the channel
(chat.postMessage). Listeners hand such calls to `after_answer(context, work)` instead.

Over HTTP, bot.slack_http puts a list under KEY in the request's context and runs what was
added after the answer is sent (a Starlette background task: in the request's own task, so
uvicorn's graceful shutdown waits for it). The task hands the work to FOLLOW_UPS, a few
threads of their own at a lower scheduling priority (`lower_priority`): not to bolt's
worker threads, where a Home build (~90 ms of CPU on a 10k-invoice company) competed on
equal terms with the acks of everyone else. Without that list (App.dispatch called
directly, Socket Mode) the work runs at once, as it always did.

Not durable: only for what a person loses nothing by missing (a Home tab redrawn on the next
open, a word on a refused click, which is audited, a share that can be clicked again: it is
audited once posted). A decision's effects go to the outbox.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)

KEY = "qbot_after_answer"
FollowUp = Callable[[], None]
# Threads for follow-ups: enough that a Home refresher pacing one person's refreshes (it
# waits between runs) leaves room for the rest, few enough that CPU-bound ones stay capped.
FOLLOW_UP_THREADS = 6
# How much lower than the acks' threads a follow-up's thread is scheduled (Unix nice):
# when the host's cores are busy, the kernel runs the acks first.
NICENESS = 10  # 0: as the acks (docs/performance.md compares both)
# A /qb answer someone is waiting for is lowered less: at nice 10 on a host at load 7, an
# overdue answer (~100 ms of CPU) got so little of a core that its p99 passed 2 s.
ANSWER_NICENESS = 4


def lower_priority(by: int = NICENESS) -> None:
    """Lower the calling thread's scheduling priority by `by` (Linux: this thread only).

    Why: after-the-answer work (an App Home build, a `/qb overdue` answer: SQLite
    aggregating every invoice, with the GIL released) and the acks share the host's cores;
    at equal priority an ack waited behind them whenever the cores were busy. The priority
    of a thread cannot be raised again without privilege, so only threads of our own pools
    call this, once, when they start. Elsewhere (macOS: the call would be per process) it
    does nothing.
    """
    if not sys.platform.startswith("linux") or by <= 0:
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + by)
    except OSError as exc:  # e.g. a sandbox forbidding it: run at normal priority
        log.debug("follow-up thread keeps its priority (%s)", exc)


def lower_answer_priority() -> None:
    """`lower_priority` for the threads that build /qb answers (ANSWER_NICENESS)."""
    lower_priority(ANSWER_NICENESS)


FOLLOW_UPS = ThreadPoolExecutor(
    max_workers=FOLLOW_UP_THREADS, thread_name_prefix="qb-after", initializer=lower_priority
)


def after_answer(context: Mapping[str, Any] | None, work: FollowUp) -> None:
    """Run `work` after the answer if the transport can, else now."""
    queued = context.get(KEY) if context is not None else None
    if isinstance(queued, list):
        queued.append(work)
        return
    run_all([work])


async def run_later(works: Iterable[FollowUp]) -> None:
    """Run the follow-ups on FOLLOW_UPS (a background task's body: the caller awaits it)."""
    await asyncio.get_running_loop().run_in_executor(FOLLOW_UPS, run_all, list(works))


def run_all(works: Iterable[FollowUp]) -> None:
    """Run each follow-up in order; one that raises is logged and the rest still run."""
    for work in works:
        try:
            work()
        except Exception as exc:  # nobody is waiting for the answer any more: log it
            log.warning("slack: follow-up after the answer failed (%s)", type(exc).__name__)

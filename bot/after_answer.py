"""Work that follows a Slack request: run once its HTTP answer (the ack) has gone back.

Why: with process_before_response=True bolt answers only when the listener (or the error
handler) returns, so every Web API call made there waits in front of the ack: a refusal's
chat.postEphemeral, a decider's App Home refresh and the Home published on app_home_opened
(views.publish, chat.getPermalink), an overdue page shared to the channel
(chat.postMessage). Listeners hand such calls to `after_answer(context, work)` instead.

Over HTTP, bot.slack_http puts a list under KEY in the request's context and runs what was
added after the answer is sent (a Starlette background task: in the request's own task, so
uvicorn's graceful shutdown waits for it, and on the same worker threads bolt runs on; no
thread of its own to outlive anything). Without that list (App.dispatch called directly,
Socket Mode) the work runs at once, as it always did.

Not durable: only for what a person loses nothing by missing (a Home tab redrawn on the next
open, a word on a refused click, which is audited, a share that can be clicked again: it is
audited once posted). A decision's effects go to the outbox.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

log = logging.getLogger(__name__)

KEY = "qbot_after_answer"
FollowUp = Callable[[], None]


def after_answer(context: Mapping[str, Any] | None, work: FollowUp) -> None:
    """Run `work` after the answer if the transport can, else now."""
    queued = context.get(KEY) if context is not None else None
    if isinstance(queued, list):
        queued.append(work)
        return
    run_all([work])


def run_all(works: Iterable[FollowUp]) -> None:
    """Run each follow-up in order; one that raises is logged and the rest still run."""
    for work in works:
        try:
            work()
        except Exception as exc:  # nobody is waiting for the answer any more: log it
            log.warning("slack: follow-up after the answer failed (%s)", type(exc).__name__)

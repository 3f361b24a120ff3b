"""A click's decision, taken once its ack has gone back (bot.after_answer), refusals told as
the error handler tells them (bot.errors)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_sdk import WebClient

from bot import after_answer
from bot.errors import answer_error


def decide_after_answer(
    context: Mapping[str, Any],
    body: dict[str, Any],
    client: WebClient,
    decide: Callable[[], object],
    then: Callable[[Mapping[str, Any]], None] | None = None,
) -> None:
    """Run a click's decision after its ack has gone back; a refusal is told as on_error would.

    Why: a decision's transaction (the claim, its outbox rows, its audit row) was most of an
    Approve's ack, and Slack asks for the ack first and the work after it. Nothing is lost to a
    person by the order: the card changes only once the decision is stored (its outbox redraws
    it), so a click lost to a crash in between leaves the buttons there to click again. The
    decision runs on DECISIONS at normal priority (the follow-up threads are niced below the
    acks, and a person is watching the card); `then`, given the context it may answer with,
    runs after a decision that stood, back on the follow-up thread.
    """
    told = {k: v for k, v in context.items() if k != after_answer.KEY}  # we are after it now

    def run() -> None:
        try:
            DECISIONS.submit(decide).result()
        except Exception as error:  # the error handler's answer, posted from here
            answer_error(error, body, told, client)
            return
        if then is not None:
            then(told)

    after_answer.after_answer(context, run)


# Two threads: approvals of different cards need not queue behind one another, and the
# database takes one writer at a time anyway.
DECISION_THREADS = 2
DECISIONS = ThreadPoolExecutor(max_workers=DECISION_THREADS, thread_name_prefix="qb-decide")

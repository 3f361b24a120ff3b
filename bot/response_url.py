"""Answers sent to a slash command's or a click's response_url (usable 30 minutes): by the
listeners after the ack, and by the worker when a queued job (`/qb sync now`) is done."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackClientError
from slack_sdk.webhook import WebhookClient

log = logging.getLogger(__name__)

Reply = dict[str, Any]  # `text` and `blocks` of an answer


def send(url: str, reply: Reply, *, replace: bool) -> None:
    """Post an ephemeral answer to a response_url (replacing the message clicked on)."""
    try:
        answer = WebhookClient(url, timeout=5).send(
            response_type="ephemeral", replace_original=replace, **reply
        )
        if answer.status_code != 200:
            log.warning("slack: response_url refused the answer (%s)", answer.status_code)
    except (SlackClientError, OSError) as exc:
        log.warning("slack: answer not sent to response_url (%s)", type(exc).__name__)

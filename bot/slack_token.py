"""Whether Slack has confirmed SLACK_BOT_TOKEN (`auth.test`), checked in the background.

Why: bolt checks the token when the App is built, so a Slack outage during a deploy kept
`qbot web` from starting at all, and QuickBooks webhooks and health checks went down with
it. The web process now starts regardless; this check retries with exponential backoff
(tenacity) on its own thread, `/healthz` reports its state, and the Slack route answers 503
until it is verified. Bolt gets the verified identity through `authorize`, so it never makes
an `auth.test` call of its own on a request.
"""

from __future__ import annotations

import logging
import threading
from enum import StrEnum

from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from tenacity import RetryCallState, Retrying, retry_if_result, wait_random_exponential

log = logging.getLogger(__name__)

# auth.test errors that mean the token itself is wrong: retrying will not fix them alone
_REFUSALS = frozenset(
    {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}
)


class TokenState(StrEnum):
    """What `/healthz` says under `slack`."""

    UNVERIFIED = "unverified"  # not checked yet, or Slack could not be reached
    REFUSED = "refused"  # Slack answered that the token is not valid
    VERIFIED = "verified"


class SlackTokenCheck:
    """The bot token's `auth.test`, once it succeeded; thread-safe."""

    def __init__(self, client: WebClient, *, first_wait: float = 0.5, max_wait: float = 30.0):
        self._client = client
        self._first_wait, self._max_wait = first_wait, max_wait
        self._verified = threading.Event()
        self._stop = threading.Event()
        self._authorized: AuthorizeResult | None = None
        self._thread: threading.Thread | None = None
        self.state = TokenState.UNVERIFIED

    @property
    def verified(self) -> bool:
        return self._verified.is_set()

    def verify_once(self) -> bool:
        """Call auth.test now; return whether the token is (now) verified. Never raises."""
        if self._verified.is_set():
            return True
        try:
            response = self._client.auth_test()
        except SlackApiError as exc:
            error = str(exc.response.get("error", "")) if exc.response is not None else ""
            self.state = TokenState.REFUSED if error in _REFUSALS else TokenState.UNVERIFIED
            log.warning("slack: auth.test failed (%s); Slack routes answer 503", error or exc)
            return False
        except (SlackClientError, OSError, ValueError) as exc:  # unreachable, or not Slack
            self.state = TokenState.UNVERIFIED
            log.warning(
                "slack: cannot reach %s (%s); Slack routes answer 503 until it answers",
                self._client.base_url,
                type(exc).__name__,
            )
            return False
        self._authorized = AuthorizeResult.from_auth_test_response(
            auth_test_response=response, bot_token=self._client.token
        )
        self.state = TokenState.VERIFIED
        self._verified.set()
        log.info("slack: token verified for team %s", response.get("team_id"))
        return True

    def start(self) -> SlackTokenCheck:
        """Retry `verify_once` on a daemon thread until it succeeds or `stop()` is called."""
        self._thread = threading.Thread(target=self._run, name="slack-token-check", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        retrying = Retrying(
            retry=retry_if_result(lambda ok: not ok),
            wait=wait_random_exponential(multiplier=self._first_wait, max=self._max_wait),
            stop=lambda _state: self._stop.is_set(),
            sleep=self._sleep,
            retry_error_callback=_gave_up,
        )
        retrying(self.verify_once)

    def _sleep(self, seconds: float) -> None:
        self._stop.wait(seconds)  # an interruptible sleep: stop() ends it at once

    def wait(self, timeout: float) -> bool:
        """Block until verified or `timeout` seconds passed; return whether verified."""
        return self._verified.wait(timeout)

    def stop(self) -> None:
        """End the background retries (process shutdown)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def authorize(self) -> AuthorizeResult | None:
        """The verified identity for bolt's `authorize` (checked now if it was not yet)."""
        if not self.verify_once():
            return None
        return self._authorized


def _gave_up(_state: RetryCallState) -> bool:
    return False

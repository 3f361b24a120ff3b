"""POST /slack/events: refuse what Slack did not sign, and what bolt could not route, first.

The order matters. Slack's signature is checked on the raw bytes (slack_sdk's
SignatureVerifier, with the timestamp's form checked before it, since it calls `int()` on
it), so an unsigned body is a 401 whatever it contains and nothing of it is parsed, logged
or stored. Then, until Slack confirmed the bot token (bot.slack_token), 503. Then the body
must decode and be a request bolt can route (bot.envelope), else 400. Only then does bolt
build its request; the sync bolt App runs in a worker thread, never on the event loop.
What the listeners left for after the answer (bot.after_answer) runs once it is sent, on
threads of its own at a lower priority.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.request.internals import extract_content_type, parse_body
from slack_sdk.signature import SignatureVerifier
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from bot import after_answer, refusals
from bot.after_answer import FollowUp
from bot.envelope import EnvelopeError, check_routable
from bot.request_body import BodyTooLarge, read_capped
from bot.slack_bodies import UNREADABLE
from bot.slack_token import SlackTokenCheck
from core.bootstrap import Services

log = logging.getLogger(__name__)

MAX_SLACK_BODY = 1_000_000
_TIMESTAMP = re.compile(r"[0-9]{1,12}")  # Unix seconds; the verifier calls int() on it
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")
REFUSED = {"error": "invalid request"}  # what bolt's RequestVerification answers


def signed_by_slack(verifier: SignatureVerifier, body: bytes, timestamp: str, sig: str) -> bool:
    """Whether the headers are well formed and sign exactly these bytes within 5 minutes."""
    if not (_TIMESTAMP.fullmatch(timestamp) and _SIGNATURE.fullmatch(sig)):
        return False
    try:
        text = body.decode("utf-8")  # Slack's bodies are; the verifier would raise on others
    except UnicodeDecodeError:
        return False
    return verifier.is_valid(body=text, timestamp=timestamp, signature=sig)


@dataclass(frozen=True)
class Unroutable:
    """A signed body bolt could not route: why, and what it parsed to (None if nothing)."""

    why: str
    parsed: Any = None


def routable_request(
    body: bytes,
    query: str,
    headers: Mapping[str, str],
    context: dict[str, Any] | None = None,
) -> BoltRequest | Unroutable:
    """bolt's request for a signed body (with `context` in its BoltContext), or why it
    cannot be one."""
    text = body.decode("utf-8")  # checked with the signature
    content_type = extract_content_type({"content-type": [headers.get("content-type", "")]})
    try:
        # exactly the parse bolt makes next, so the check sees what bolt will see
        parsed = parse_body(text, content_type)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return Unroutable("the body is not valid JSON")
    try:
        check_routable(parsed)
    except EnvelopeError as exc:
        return Unroutable(str(exc), parsed)
    try:
        return BoltRequest(
            body=text,
            query=query,
            headers=dict[str, str | Sequence[str]](headers),
            context=context,
        )
    except (TypeError, ValueError, KeyError, AttributeError, IndexError):
        # bolt reads fields the check does not know (e.g. `"response_urls": null`: len(None))
        # while building its context: whatever shape trips it, the body is not Slack's.
        return Unroutable("a field of the body is not of the shape Slack sends", parsed)


class SlackEndpoint:
    """The ASGI endpoint in front of `bolt.dispatch`."""

    def __init__(
        self,
        services: Services,
        bolt: App,
        signing_secret: str | None,
        token: SlackTokenCheck | None,
    ) -> None:
        self.services, self.bolt = services, bolt
        # no secret: nothing can be verified, so every request is refused
        self.verifier = SignatureVerifier(signing_secret) if signing_secret else None
        self.token = token  # None: the App verified its token when it was built

    async def answer(self, request: Request) -> Response:
        """The response to one POST."""
        try:
            body = await read_capped(request, MAX_SLACK_BODY)
        except BodyTooLarge:
            return JSONResponse({"error": "payload too large"}, status_code=413)
        except ClientDisconnect:
            return Response(status_code=400)
        headers = request.headers
        timestamp = headers.get("x-slack-request-timestamp", "")
        signature = headers.get("x-slack-signature", "")
        if self.verifier is None or not signed_by_slack(self.verifier, body, timestamp, signature):
            return JSONResponse(REFUSED, status_code=401)
        if self.token is not None and not self.token.verified:
            return JSONResponse(
                {"error": "qbot has not reached Slack yet (bot token not verified)"},
                status_code=503,
                headers={"Retry-After": "5"},
            )
        # what listeners leave for after the answer (bot.after_answer), run once it is sent
        follow_ups: list[FollowUp] = []
        context = {after_answer.KEY: follow_ups}
        bolt_request = routable_request(body, request.url.query, dict(headers), context)
        if isinstance(bolt_request, Unroutable):
            log.warning("slack: signed request not understood: %s", bolt_request.why)
            result = await run_in_threadpool(self._refuse, bolt_request, context)
        else:
            result = await run_in_threadpool(self.bolt.dispatch, bolt_request)
        return Response(
            content=result.body,
            status_code=result.status,
            headers={k: v[0] for k, v in result.headers.items() if v},
            background=BackgroundTask(after_answer.run_later, follow_ups) if follow_ups else None,
        )

    def _refuse(self, unroutable: Unroutable, context: dict[str, Any]) -> BoltResponse:
        if not isinstance(unroutable.parsed, dict):
            return BoltResponse(status=400, body=refusals.NOT_UNDERSTOOD)
        return refusals.answer(
            unroutable.parsed,
            UNREADABLE,
            services=self.services,
            client=self.bolt.client,
            audit=f"not routable: {unroutable.why}",
            context=context,
        )

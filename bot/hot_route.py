"""One route served straight from the ASGI call, ahead of the Starlette app's middleware.

Why: POST /qbo/webhook is the one high-volume route (Intuit sends every change of every
connected company, and redelivers), and Starlette's error middleware, exception middleware,
router and endpoint wrappers cost ~40 µs of the ~250 µs of CPU a delivery took (web server and
inbox writer together), about a fifth of the webhook's throughput (measured with
`python -m bench ingest` and an alternating A/B on a quiet host). Re-measured against the
plain Starlette route on a busy host (docs/performance.md): faster in 6 of 7 runs next to each
other (+18% to +65% events/s), the same by the bench's ratio to bare, which the host's noise
swamps. Everything else, and this
path under any other method or a proxy's root path, still goes through the Starlette app,
where the route is registered too, so nothing depends on this shortcut being taken.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.datastructures import State
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

log = logging.getLogger(__name__)

Endpoint = Callable[[Request], Awaitable[Response]]


class HotRoute:
    """An ASGI app: POST `path` goes to `endpoint` directly, the rest to `app`."""

    def __init__(self, app: Starlette, path: str, endpoint: Endpoint) -> None:
        self.app, self.path, self.endpoint = app, path, endpoint

    @property
    def state(self) -> State:
        return self.app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        try:
            response = await self.endpoint(Request(scope, receive, send))
        except Exception:  # what Starlette's error middleware would do: log it, answer 500
            log.exception("POST %s failed", self.path)
            response = JSONResponse({"error": "internal error"}, 500)
        await response(scope, receive, send)

"""POST /qbo/webhook: verify, store durably, answer 200 (filled in by the webhook work)."""

from __future__ import annotations

from starlette.routing import BaseRoute

from core.bootstrap import Services


def routes(services: Services) -> list[BaseRoute]:
    """The webhook routes to mount on the web app."""
    return []

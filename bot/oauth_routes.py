"""GET /qbo/connect and GET /qbo/callback: the QuickBooks OAuth round trip (filled in later)."""

from __future__ import annotations

from starlette.routing import BaseRoute

from core.bootstrap import Services


def routes(services: Services) -> list[BaseRoute]:
    """The OAuth routes to mount on the web app."""
    return []

"""The simulator's Intuit OAuth 2.0 endpoints (authorize, token, revoke)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sandbox.qbo.server import QboSimulator


def install(sim: QboSimulator) -> None:
    """Add the OAuth routes to `sim.app` (filled in by the OAuth work)."""

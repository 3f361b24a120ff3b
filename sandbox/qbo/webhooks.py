"""The simulator's webhook emitter: signed notifications of entity changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sandbox.qbo.server import QboSimulator


def install(sim: QboSimulator) -> None:
    """Hook the emitter into `sim.on_change` (filled in by the webhook work)."""

"""Job kinds: plain functions over Services, registered by name (the queue stores the name)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.adapters.clock import company_today
from core.bootstrap import Services
from core.worker import JobHandler

ACTION_EFFECTS, SCAN_REALM = "action_effects", "scan_realm"


def handlers(
    services: Services, extra: dict[str, JobHandler] | None = None
) -> dict[str, JobHandler]:
    """The job table: kind -> handler bound to `services`."""

    def action_effects(payload: dict[str, Any]) -> None:
        assert services.relay is not None, "effects need a notifier (Slack) to be configured"
        services.relay.run_action(int(payload["action_id"]))

    def scan_realm(payload: dict[str, Any]) -> None:
        realm = str(payload["realm_id"])
        today = company_today(
            services.clock.now(), str(payload.get("timezone") or "America/Los_Angeles")
        )
        services.collections.scan(realm, today, str(payload.get("home_currency") or "USD"))

    table: dict[str, Callable[[dict[str, Any]], None]] = {
        ACTION_EFFECTS: action_effects,
        SCAN_REALM: scan_realm,
    }
    table.update(extra or {})
    return table

"""Job kinds: plain functions over Services, registered by name (the queue stores the name)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.adapters import queue
from core.bootstrap import Services
from core.errors import RetryableError
from core.ports import SyncAnswerer
from core.services.event_inbox import REALM_EVENTS
from core.services.expiry import expire_stale
from core.services.mailbox import RETRIAGE_CUSTOMER
from core.services.outbox import ACTION_EFFECTS, BATCH_EFFECTS, CONFLICT_EFFECTS
from core.services.realm_lock import realm_lock
from core.services.sync_cycle import SYNC_CYCLE, run_cycle
from core.services.uow import UnitOfWork
from core.worker import JobHandler

SCAN_REALM = "scan_realm"
CDC_POLL, DAILY_SWEEP = "cdc_poll", "daily_sweep"
WARN_EXPIRING = "warn_expiring"
POST_DIGEST = "post_digest"
POST_REVIEW = "post_review"
EXPIRE_CARDS = "expire_cards"
CARD_UPKEEP = "card_upkeep"  # snoozed cases come back, stale cards nudge their approver
MAILBOX_POLL = "mailbox_poll"
CRM_SYNC = "crm_sync"


def handlers(
    services: Services, extra: dict[str, JobHandler] | None = None
) -> dict[str, JobHandler]:
    """The job table: kind -> handler bound to `services`."""

    def action_effects(payload: dict[str, Any]) -> None:
        assert services.relay is not None, "effects need a notifier (Slack) to be configured"
        services.relay.run_action(int(payload["action_id"]))

    def batch_effects(payload: dict[str, Any]) -> None:
        assert services.relay is not None, "effects need a notifier (Slack) to be configured"
        services.relay.run_batch(int(payload["batch_id"]))

    def conflict_effects(payload: dict[str, Any]) -> None:
        assert services.relay is not None, "effects need a notifier (Slack) to be configured"
        services.relay.run_conflict(int(payload["conflict_id"]))

    def scan_realm(payload: dict[str, Any]) -> None:
        # The zone the scheduler read from the connection; without one, the stored one.
        zone = str(payload.get("timezone") or "") or None
        services.collections.scan_company(str(payload["realm_id"]), zone)

    def warn_expiring(payload: dict[str, Any]) -> None:
        # Intuit's 5-year refresh-token cap: say so in Slack ahead (the service's default days).
        if services.connections is not None:
            services.connections.warn_expiring()

    def post_digest(payload: dict[str, Any]) -> None:
        # The job's key is per company and local day; the service also refuses a second post
        # of a day already posted (a job re-run after its lease ran out).
        digest = services.digest
        company = digest.company(str(payload["realm_id"]), str(payload.get("timezone") or "")
                                 or None, str(payload.get("home_currency") or "") or None)
        digest.post(company)

    def post_review(payload: dict[str, Any]) -> None:
        # Keyed per company and ISO week; the service refuses a second post of the week too.
        review = services.review
        company = review.company(str(payload["realm_id"]), str(payload.get("timezone") or "")
                                 or None, str(payload.get("home_currency") or "") or None)
        review.post(company)

    def in_order(work: Callable[[str], object]) -> JobHandler:
        # Events and CDC of one realm must not interleave: one holder per realm at a time.
        def run(payload: dict[str, Any]) -> None:
            realm = str(payload["realm_id"])
            with realm_lock(services.engine, f"realm-sync:{realm}") as held:
                if not held:
                    raise RetryableError(f"realm {realm} is being synced elsewhere", 2.0)
                work(realm)

        return run

    def sync_cycle(payload: dict[str, Any]) -> None:
        # Scheduled per type, or asked for from Slack (`/qb sync now`: told the result).
        realm = str(payload["realm_id"])
        notifier = services.relay.ctx.notifier if services.relay is not None else None
        answer = notifier if isinstance(notifier, SyncAnswerer) else None
        with realm_lock(services.engine, f"realm-sync:{realm}") as held:
            if not held:
                raise RetryableError(f"realm {realm} is being synced elsewhere", 2.0)
            run_cycle(services.sync, services.qbo_for, payload, answer)

    def expire_cards(payload: dict[str, Any]) -> None:
        expire_stale(services.uow, services.clock.now(), services.policy.card_expiry_hours)

    def card_upkeep(payload: dict[str, Any]) -> None:
        services.card_actions.upkeep()

    def mailbox_poll(payload: dict[str, Any]) -> None:
        # Scheduled only when QBOT_IMAP_* are set; a job left from before is a no-op.
        if services.mailbox is not None:
            services.mailbox.poll(str(payload["realm_id"]))

    def crm_sync(payload: dict[str, Any]) -> None:
        # Scheduled only when HUBSPOT_TOKEN is set; a job left from before is a no-op.
        if services.crm is not None:
            services.crm.sync(str(payload["realm_id"]))

    def retriage_customer(payload: dict[str, Any]) -> None:
        # A customer answered after a reminder: their open invoices are judged again now.
        realm = str(payload["realm_id"])
        with realm_lock(services.engine, f"realm-sync:{realm}") as held:
            if not held:
                raise RetryableError(f"realm {realm} is being synced elsewhere", 2.0)
            services.events.rejudge_customers(realm, [str(payload["customer_id"])])

    table: dict[str, JobHandler] = {
        ACTION_EFFECTS: action_effects,
        BATCH_EFFECTS: batch_effects,
        CONFLICT_EFFECTS: conflict_effects,
        SCAN_REALM: scan_realm,
        REALM_EVENTS: in_order(lambda realm: services.events.process_pending(realm)),
        CDC_POLL: in_order(lambda realm: services.events.poll_cdc(realm)),
        DAILY_SWEEP: in_order(lambda realm: services.events.daily_sweep(realm)),
        WARN_EXPIRING: warn_expiring,
        POST_DIGEST: post_digest,
        POST_REVIEW: post_review,
        EXPIRE_CARDS: expire_cards,
        SYNC_CYCLE: sync_cycle,
        CARD_UPKEEP: card_upkeep,
        MAILBOX_POLL: mailbox_poll,
        CRM_SYNC: crm_sync,
        RETRIAGE_CUSTOMER: retriage_customer,
    }
    table.update(extra or {})
    return table


def job_rows(uow: UnitOfWork, state: str | None, limit: int) -> list[dict[str, Any]]:
    """The queue as a person reads it (`qbot jobs`): newest first, optionally one state."""
    with uow.session() as session:
        return [
            {
                "id": j.id,
                "kind": j.kind,
                "state": j.state,
                "attempts": j.attempts,
                "max_attempts": j.max_attempts,
                "priority": j.priority,
                "next_run": j.run_at.isoformat(),
                "locked_by": j.locked_by,
                "last_error": j.last_error,
                "dedupe_key": j.dedupe_key,
            }
            for j in queue.list_jobs(session, state, limit)
        ]

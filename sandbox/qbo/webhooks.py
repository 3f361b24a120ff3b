"""The simulator's webhook emitter: signed notifications of entity changes, with retries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from sandbox.qbo.server import QboSimulator

# Intuit: 10 s, 20 s, 30 s, 5 m, 20 m, 2 h, 4 h, 6 h, then every 6 h (we stop after the list).
INTUIT_RETRIES = (10.0, 20.0, 30.0, 300.0, 1200.0, 7200.0, 14400.0, 21600.0)
VERBS = {"Create": "created", "Update": "updated", "Delete": "deleted", "Void": "voided"}
MAX_EVENTS = 100  # per notification, as Intuit batches them


def _verb(operation: str) -> str:
    return VERBS.get(operation, operation.lower())


@dataclass(frozen=True)
class Change:
    """One write the simulator made."""

    kind: str
    entity_id: str
    operation: str
    when: str
    event_id: str = field(default_factory=lambda: str(uuid.uuid4()))


class WebhookEmitter:
    """Posts signed notifications of the simulator's writes to one URL, in order, with retries."""

    def __init__(self, realm_id: str) -> None:
        self.realm_id = realm_id
        self.url = ""
        self.verifier_token = ""
        self.fmt = "classic"
        self.retry_schedule: Sequence[float] = INTUIT_RETRIES
        self.timeout = 3.0
        self.delivered = self.attempts = self.dropped = self.given_up = 0
        self._queue: deque[Change] = deque()
        self._drop_next = 0
        self._cond = threading.Condition()
        self._busy = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def configure(
        self,
        url: str,
        verifier_token: str,
        fmt: str = "classic",
        *,
        retry_schedule: Sequence[float] = INTUIT_RETRIES,
        timeout: float = 3.0,
    ) -> None:
        """Start emitting to `url`; `fmt` is "classic" or "cloudevents"."""
        if fmt not in ("classic", "cloudevents"):
            raise ValueError(f"unknown webhook format {fmt!r}")
        self.url, self.verifier_token, self.fmt = url, verifier_token, fmt
        self.retry_schedule, self.timeout = tuple(retry_schedule), timeout
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="qbo-webhooks", daemon=True)
            self._thread.start()

    def drop(self, n: int) -> None:
        """Lose the next `n` notifications without delivering them (to exercise the backstop)."""
        with self._cond:
            self._drop_next += n

    def notify(self, kind: str, entity: dict[str, Any], operation: str) -> None:
        """The simulator's change listener: queue only (it runs under the simulator lock)."""
        if not self.url:
            return
        when = (entity.get("MetaData") or {}).get("LastUpdatedTime") or datetime.now(UTC).isoformat(
            timespec="seconds"
        )
        with self._cond:
            self._queue.append(Change(kind, str(entity.get("Id", "")), operation, str(when)))
            self._cond.notify_all()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every queued change was delivered, dropped or given up."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue and not self._busy, timeout)

    def stop(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None

    # -- delivery ------------------------------------------------------------------------

    def body(self, changes: Sequence[Change]) -> bytes:
        """The notification JSON for `changes`, in the configured format."""
        if self.fmt == "cloudevents":
            doc: Any = [
                {
                    "specversion": "1.0",
                    "id": c.event_id,
                    "source": "intuit.qbot-simulator",
                    "type": f"qbo.{c.kind.lower()}.{_verb(c.operation)}.v1",
                    "datacontenttype": "application/json",
                    "time": c.when,
                    "intuitentityid": c.entity_id,
                    "intuitaccountid": self.realm_id,
                    "data": {},
                }
                for c in changes
            ]
        else:
            entities = [
                {"name": c.kind, "id": c.entity_id, "operation": c.operation, "lastUpdated": c.when}
                for c in changes
            ]
            doc = {
                "eventNotifications": [
                    {"realmId": self.realm_id, "dataChangeEvent": {"entities": entities}}
                ]
            }
        return json.dumps(doc).encode()

    def _sign(self, body: bytes) -> str:
        mac = hmac.new(self.verifier_token.encode(), body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode()

    def _run(self) -> None:
        with httpx.Client(timeout=self.timeout) as http:
            while not self._stop.is_set():
                with self._cond:
                    self._cond.wait_for(lambda: self._queue or self._stop.is_set())
                    if self._stop.is_set():
                        return
                    batch = [
                        self._queue.popleft() for _ in range(min(MAX_EVENTS, len(self._queue)))
                    ]
                    self._busy = True
                    drop = self._drop_next > 0
                    self._drop_next -= 1 if drop else 0
                try:
                    if drop:
                        self.dropped += 1
                    else:
                        self._deliver(http, batch)
                finally:
                    with self._cond:
                        self._busy = False
                        self._cond.notify_all()

    def _deliver(self, http: httpx.Client, batch: list[Change]) -> None:
        """Send until a 200; later notifications wait, as Intuit holds them back."""
        body = self.body(batch)
        headers = {"content-type": "application/json", "intuit-signature": self._sign(body)}
        for wait in (0.0, *self.retry_schedule):
            if wait and self._stop.wait(wait):
                return
            self.attempts += 1
            try:
                if http.post(self.url, content=body, headers=headers).status_code == 200:
                    self.delivered += 1
                    return
            except httpx.HTTPError:
                pass
        self.given_up += 1


def install(sim: QboSimulator) -> None:
    """Attach `sim.webhooks` (a WebhookEmitter) and feed it every write of the simulator."""
    emitter = WebhookEmitter(sim.realm_id)
    sim.webhooks = emitter  # type: ignore[attr-defined]
    sim.on_change(emitter.notify)

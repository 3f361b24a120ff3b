"""The transactional outbox: effects are written with their cause, then carried out once each.

Effects of one action run in `seq` order. An email row is marked `sending` and committed
before SMTP; a row still `sending` when its job is taken over is `in_doubt` and is never
re-sent blindly (a person decides).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import insert
from sqlmodel import Session, col, select

from core.adapters import queue
from core.domain.approval import ApprovalAction, ApprovalState, transition
from core.errors import FatalError, OutcomeUnknownError, QbotError, RetryableError
from core.models import OutboxEffect, ProposedAction
from core.ports import Clock, Mailer, Notifier, PostedCard, QuickBooks
from core.services import audit
from core.services.effects import EffectContext, run_effect
from core.services.queries import to_view
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)

PENDING, SENDING, DONE, FAILED, CANCELLED, IN_DOUBT = (
    "pending",
    "sending",
    "done",
    "failed",
    "cancelled",
    "in_doubt",
)
FINISHED = frozenset({DONE, CANCELLED})
ACTION_EFFECTS = "action_effects"  # the job kind that runs one action's effects
BATCH_EFFECTS = "change_batch_effects"  # ... and one change batch's (its approval card)
CONFLICT_EFFECTS = "sync_conflict_effects"  # ... and one sync conflict's (its card)
# Whose effect a row is (OutboxEffect.owner): each numbers its rows independently.
ACTION, CHANGE_BATCH, SYNC_CONFLICT = "action", "change_batch", "sync_conflict"
ACTION_JOB_ATTEMPTS = 20  # that job's max_attempts
# Effects whose outcome is unknown after a crash mid-call: Slack and SMTP have no idempotency key.
UNSAFE_TO_REPEAT = frozenset({"send_email", "post_card"})
# Of those, the ones whose outcome can be looked up afterwards (card metadata in the channel).
RECONCILABLE = frozenset({"post_card"})
# A change batch's or a conflict's card: no idempotency key either.
BATCH_POSTS = frozenset({"post_change_card", "post_conflict_card"})


class ActionRef(Protocol):
    """What an effect's key and job are made of: a ProposedAction, or a row just inserted
    (or a ChangeBatch, for its card)."""

    @property
    def id(self) -> int | None: ...
    @property
    def version(self) -> int: ...
    @property
    def state(self) -> str: ...
    @property
    def realm_id(self) -> str: ...


def effect_key(action: ActionRef, kind: str) -> str:
    """Deterministic idempotency key: the same decision can only cause each effect once."""
    return f"action:{action.id}:v{action.version}:{kind}:{action.state}"


def enqueue_effect(
    session: Session,
    action: ProposedAction,
    kind: str,
    seq: int,
    now: datetime,
    payload: dict[str, object] | None = None,
) -> OutboxEffect:
    """Add an outbox row in the caller's transaction."""
    assert action.id is not None
    row = OutboxEffect(
        key=effect_key(action, kind),
        realm_id=action.realm_id,
        action_id=action.id,
        kind=kind,
        seq=seq,
        payload=dict(payload or {}),
        created_at=now,
    )
    session.add(row)
    # One job per decision carries the action's effects out (the key is permanent).
    enqueue_action_job(session, action.id, f"v{action.version}:{action.state}", now)
    return row


def enqueue_effects(
    session: Session,
    effects: Sequence[tuple[ActionRef, str, int, dict[str, object]]],
    now: datetime,
) -> None:
    """`enqueue_effect` for many (action, kind, seq, payload) at once: the same rows, keys and
    jobs, in two multi-row INSERTs instead of two statements per effect."""
    if not effects:
        return
    rows = []
    for action, kind, seq, payload in effects:
        assert action.id is not None
        rows.append(
            {
                "key": effect_key(action, kind),
                "realm_id": action.realm_id,
                "action_id": action.id,
                "kind": kind,
                "seq": seq,
                "state": PENDING,
                "attempts": 0,
                "payload": dict(payload),
                "result": {},
                "created_at": now,
            }
        )
    session.execute(insert(OutboxEffect), rows)
    # one job per decision: an action's effects share theirs (the same key, asked once)
    jobs = {
        f"effects:{action.id}:v{action.version}:{action.state}": {"action_id": action.id}
        for action, _kind, _seq, _payload in effects
    }
    queue.enqueue_many(
        session,
        ACTION_EFFECTS,
        [(payload, key) for key, payload in jobs.items()],
        now,
        priority=queue.SLACK_PRIORITY,
        max_attempts=ACTION_JOB_ATTEMPTS,
    )


def enqueue_batch_effect(
    session: Session,
    batch: ActionRef,  # a ChangeBatch: the same id, version, state and realm
    kind: str,
    seq: int,
    now: datetime,
    payload: dict[str, object] | None = None,
) -> None:
    """Add a change batch's outbox row (its card) in the caller's transaction, and its job."""
    _enqueue_card_effect(session, CHANGE_BATCH, batch, kind, seq, now, payload)


def enqueue_conflict_effect(
    session: Session,
    conflict: ActionRef,  # a SyncConflict
    kind: str,
    now: datetime,
    payload: dict[str, object] | None = None,
) -> None:
    """Add a sync conflict's outbox row (its card) in the caller's transaction, and its job."""
    _enqueue_card_effect(session, SYNC_CONFLICT, conflict, kind, 1, now, payload)


_CARD_JOBS = {CHANGE_BATCH: (BATCH_EFFECTS, "batch"), SYNC_CONFLICT: (CONFLICT_EFFECTS, "conflict")}


def _enqueue_card_effect(
    session: Session,
    owner: str,
    ref: ActionRef,
    kind: str,
    seq: int,
    now: datetime,
    payload: dict[str, object] | None,
) -> None:
    assert ref.id is not None
    job, noun = _CARD_JOBS[owner]
    occasion = f"v{ref.version}:{ref.state}"
    session.add(
        OutboxEffect(
            key=f"{owner}:{ref.id}:{occasion}:{kind}",
            realm_id=ref.realm_id,
            action_id=ref.id,
            owner=owner,
            kind=kind,
            seq=seq,
            payload=dict(payload or {}),
            created_at=now,
        )
    )
    queue.enqueue(
        session,
        job,
        {f"{noun}_id": ref.id},
        now,
        dedupe_key=f"{noun}_effects:{ref.id}:{occasion}",
        priority=queue.SLACK_PRIORITY,
        max_attempts=20,
    )


def enqueue_action_job(session: Session, action_id: int, occasion: str, now: datetime) -> bool:
    """Queue the job that runs an action's pending effects in order, in the caller's txn."""
    return queue.enqueue(
        session,
        ACTION_EFFECTS,
        {"action_id": action_id},
        now,
        dedupe_key=f"effects:{action_id}:{occasion}",
        priority=queue.SLACK_PRIORITY,
        # Generous: a worker killed mid-job spends an attempt, and these effects must land.
        max_attempts=ACTION_JOB_ATTEMPTS,
    )


@dataclass
class DrainReport:
    """What one pass of the relay did."""

    done: dict[str, int] = field(default_factory=dict)
    failed: int = 0
    retry_later: int = 0
    in_doubt: int = 0

    def count(self, kind: str) -> None:
        self.done[kind] = self.done.get(kind, 0) + 1


class OutboxRelay:
    """Carries out pending effects against Slack, SMTP and QuickBooks."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        qbo_for: Callable[[str], QuickBooks],
        mailer: Mailer,
        notifier: Notifier,
        mail_from: str,
    ) -> None:
        self.uow = uow
        self.ctx = EffectContext(
            clock=clock, qbo_for=qbo_for, mailer=mailer, notifier=notifier, mail_from=mail_from
        )
        self._lock = threading.Lock()  # one drain at a time in this process

    def recover_action(self, action_id: int) -> int:
        """Settle effects a dead holder left mid-flight; return how many became in doubt.

        Called by the job that now holds this action (its lease proves the old holder is
        gone). A card post is looked for in the channel (found: keep it; absent: post it).
        An email, or a post Slack cannot be asked about, may or may not have gone out: in
        doubt for a person, never re-sent blindly. Idempotent effects (the QuickBooks note
        with its requestid, a card redraw) simply run again.
        """
        with self.uow.session() as session:
            stuck = session.exec(
                select(OutboxEffect).where(
                    OutboxEffect.owner == ACTION,
                    OutboxEffect.action_id == action_id,
                    OutboxEffect.state == SENDING,
                )
            ).all()
        doubtful = 0
        for row in stuck:
            assert row.id is not None
            # Slack is asked outside any transaction; the answer is applied in one.
            lookup = self._look_for_card(row) if row.kind in RECONCILABLE else None
            with self.uow.session() as session:
                effect = session.get(OutboxEffect, row.id)
                if effect is None or effect.state != SENDING:
                    continue
                if lookup is not None:
                    self._settle_post(session, effect, lookup)
                elif effect.kind not in UNSAFE_TO_REPEAT:
                    effect.state = PENDING
                    session.add(effect)
                else:
                    doubtful += 1
                    self._mark_in_doubt(session, effect)
            if row.kind == "send_email" and doubtful:
                self._report_trouble(action_id, tell=True)
        return doubtful

    def _look_for_card(self, row: OutboxEffect) -> tuple[PostedCard | None] | None:
        """(card or None) when Slack answered; None when it could not be asked."""
        claimed = row.result.get("claimed_at") if isinstance(row.result, dict) else None
        if not claimed:
            return None
        with self.uow.session() as session:
            action = session.get(ProposedAction, row.action_id)
            view = to_view(action) if action is not None else None
        if view is None:
            return None
        since = datetime.fromisoformat(str(claimed)) - timedelta(seconds=5)
        try:
            card = self.ctx.notifier.find_case(str(row.payload.get("channel", "")), view, since)
        except QbotError:
            return None
        return (card,)

    def _settle_post(
        self, session: Session, effect: OutboxEffect, lookup: tuple[PostedCard | None]
    ) -> None:
        (card,) = lookup
        if card is not None:
            action = session.get(ProposedAction, effect.action_id)
            assert action is not None
            action.slack_channel, action.slack_ts = card.channel, card.ts
            effect.state, effect.result = DONE, {"channel": card.channel, "ts": card.ts}
            session.add(action)
        else:
            effect.state = PENDING  # it never landed: post it
        session.add(effect)
        audit.append(
            session,
            at=self.ctx.clock.now(),
            kind="outbox.reconciled",
            actor="qbot",
            subject=f"action:{effect.action_id}",
            realm_id=effect.realm_id,
            data={
                "effect": effect.kind,
                "found": card is not None,
                "ts": card.ts if card else None,
            },
        )

    def _mark_in_doubt(self, session: Session, effect: OutboxEffect) -> None:
        """Stop at a send nobody can vouch for (the card says so once the caller commits)."""
        effect.state = IN_DOUBT
        effect.last_error = "the worker stopped while sending; check before re-sending"
        session.add(effect)
        audit.append(
            session,
            at=self.ctx.clock.now(),
            kind="outbox.in_doubt",
            actor="qbot",
            subject=_subject(effect),
            realm_id=effect.realm_id,
            data={"effect": effect.kind, "key": effect.key},
        )

    def run_action(self, action_id: int) -> DrainReport:
        """Run one action's pending effects in order (the durable job's body).

        Raises RetryableError so the job is retried later with its backoff.
        """
        self.recover_action(action_id)
        return self._run_owned(ACTION, action_id)

    def run_batch(self, batch_id: int) -> DrainReport:
        """Run one change batch's pending effects in order (its job's body).

        A card post left `sending` by a dead holder may or may not have landed: in doubt for
        a person, never posted twice; a card redraw simply runs again.
        """
        return self._run_card_owner(CHANGE_BATCH, batch_id)

    def run_conflict(self, conflict_id: int) -> DrainReport:
        """Run one sync conflict's pending effects (its card) in order, as `run_batch`."""
        return self._run_card_owner(SYNC_CONFLICT, conflict_id)

    def _run_card_owner(self, owner: str, owner_id: int) -> DrainReport:
        with self.uow.session() as session:
            stuck = session.exec(
                select(OutboxEffect).where(
                    OutboxEffect.owner == owner,
                    OutboxEffect.action_id == owner_id,
                    OutboxEffect.state == SENDING,
                )
            ).all()
            for effect in stuck:
                if effect.kind in UNSAFE_TO_REPEAT | BATCH_POSTS:
                    self._mark_in_doubt(session, effect)
                else:
                    effect.state = PENDING
                    session.add(effect)
        return self._run_owned(owner, owner_id)

    def _run_owned(self, owner: str, owner_id: int) -> DrainReport:
        report = DrainReport()
        while True:
            with self.uow.session() as session:
                nxt = session.exec(
                    select(OutboxEffect)
                    .where(OutboxEffect.owner == owner, OutboxEffect.action_id == owner_id)
                    .where(col(OutboxEffect.state).not_in([*FINISHED, FAILED]))
                    .order_by(col(OutboxEffect.seq), col(OutboxEffect.id))
                ).first()
            if nxt is None or nxt.state != PENDING or nxt.id is None:
                return report  # all done, or blocked behind an in-doubt effect
            if not self._run_one(nxt.id, report, raise_retryable=True):
                return report

    def drain(self, max_rounds: int = 10) -> DrainReport:
        """Run every runnable pending effect; return counts. Never raises for one bad effect."""
        report = DrainReport()
        with self._lock:
            for _ in range(max_rounds):
                progressed = False
                for effect_id in self._runnable_ids():
                    progressed |= self._run_one(effect_id, report)
                if not progressed:
                    break
        return report

    def _runnable_ids(self) -> list[int]:
        with self.uow.session() as session:
            rows = session.exec(
                select(OutboxEffect)
                .where(col(OutboxEffect.state).in_([PENDING]))
                .order_by(
                    col(OutboxEffect.owner), col(OutboxEffect.action_id), col(OutboxEffect.seq)
                )
            ).all()
            blocked: set[tuple[str, int]] = set()
            ready: list[int] = []
            for row in rows:
                if (row.owner, row.action_id) in blocked:
                    continue
                earlier = session.exec(
                    select(OutboxEffect)
                    .where(OutboxEffect.owner == row.owner)
                    .where(OutboxEffect.action_id == row.action_id)
                    .where(col(OutboxEffect.seq) < row.seq)
                    .where(col(OutboxEffect.state).not_in(list(FINISHED)))
                    .where(col(OutboxEffect.created_at) <= row.created_at)
                ).first()
                if earlier is None:
                    assert row.id is not None
                    ready.append(row.id)
                blocked.add((row.owner, row.action_id))
            return ready

    def _run_one(self, effect_id: int, report: DrainReport, raise_retryable: bool = False) -> bool:
        with self.uow.session() as session:
            effect = session.get(OutboxEffect, effect_id)
            if effect is None or effect.state != PENDING:
                return False
            kind, key = effect.kind, effect.key
        try:
            outcome = run_effect(self.ctx, self.uow, effect_id, kind)
        except RetryableError as exc:
            wait = self._note_failure(
                effect_id,
                str(exc),
                final=False,
                unknown=isinstance(exc, OutcomeUnknownError),
                retry_after=exc.retry_after,
            )
            report.retry_later += 1
            if raise_retryable:
                # The wait the card promised: the queue waits exactly this long (backoff_ceiling).
                raise RetryableError(str(exc), retry_after=wait) from exc
            return False
        except (FatalError, OSError) as exc:
            log.warning("effect %s failed: %s", key, exc)
            self._note_failure(effect_id, str(exc), final=True)
            report.failed += 1
            return True
        if outcome == DONE:
            report.count(kind)
        return True

    def _note_failure(
        self,
        effect_id: int,
        error: str,
        final: bool,
        unknown: bool = False,
        retry_after: float = 0.0,
    ) -> float:
        """Record a failed attempt; return the seconds until the next (for the job's retry)."""
        now = self.ctx.clock.now()
        wait = 0.0
        with self.uow.session() as session:
            effect = session.get(OutboxEffect, effect_id)
            if effect is None:
                return wait
            effect.attempts += 1
            effect.last_error = error[:2000]
            # The job gives up after ACTION_JOB_ATTEMPTS: the send stops there, said so on the card.
            final = final or effect.attempts >= ACTION_JOB_ATTEMPTS
            if not final and effect.state == SENDING:
                # Refused before anything went out: try again. No answer: a person decides —
                # except a card post, which the job's next run reconciles against the channel.
                if not unknown:
                    effect.state = PENDING
                elif effect.kind not in RECONCILABLE:
                    effect.state = IN_DOUBT
            if not final and effect.state == PENDING:
                wait = max(retry_after, queue.backoff_ceiling(effect.attempts))
                effect.result = {
                    **(effect.result or {}),
                    "retry_at": (now + timedelta(seconds=wait)).isoformat(),
                }
            if final:
                effect.state = FAILED
                owned = effect.owner == ACTION
                action = session.get(ProposedAction, effect.action_id) if owned else None
                if action is not None and action.state == ApprovalState.SENDING.value:
                    step = transition(ApprovalState.SENDING, ApprovalAction.FAIL, "qbot", now)
                    action.state = step.after.value
                    action.status_note = f"{effect.kind} failed: {error[:300]}"
                    session.add(action)
                audit.append(
                    session,
                    at=now,
                    kind="outbox.failed",
                    actor="qbot",
                    subject=_subject(effect),
                    realm_id=effect.realm_id,
                    data={"effect": effect.kind, "error": error[:500]},
                )
            session.add(effect)
            kind, action_id, attempts, state = (
                effect.kind,
                effect.action_id,
                effect.attempts,
                effect.state,
            )
        if kind == "send_email":
            # The approver hears of the first failure and of the end of trying, not every retry.
            self._report_trouble(action_id, tell=attempts == 1 or state != PENDING)
        return wait

    def _report_trouble(self, action_id: int, *, tell: bool) -> None:
        """Redraw the card with what went wrong and what qbot does next; with `tell`, also
        say so to the approver. Best effort: the failure is already stored, and the card's
        own update effect (or the next failure) redraws it again."""
        with self.uow.session() as session:
            action = session.get(ProposedAction, action_id)
            if action is None or not (action.slack_channel and action.slack_ts):
                return
            view = to_view(action)
            card = PostedCard(action.slack_channel, action.slack_ts)
        try:
            self.ctx.notifier.update_case(card, view)
            if tell and view.decided_by and view.trouble is not None:
                self.ctx.notifier.tell_trouble(card, view.decided_by, view)
        except (QbotError, OSError) as exc:
            log.warning("card %s not redrawn after a failed send: %s", action_id, exc)


def _subject(effect: OutboxEffect) -> str:
    """How the audit log names the effect's owner."""
    prefix = {CHANGE_BATCH: "batch", SYNC_CONFLICT: "conflict"}.get(effect.owner, "action")
    return f"{prefix}:{effect.action_id}"

"""Each outbox effect: post a card, send the reminder, write the note back, update the card."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from sqlalchemy import update
from sqlmodel import Session, col, select

from core.domain.approval import ApprovalAction, ApprovalState, transition
from core.domain.decision_log import KINDS as LOG_KINDS
from core.domain.decision_log import AuditFact, log_lines
from core.errors import QbotError, StaleObjectError
from core.models import (
    AuditEntry,
    CardInvoice,
    ChangeBatch,
    OutboxEffect,
    ProposedAction,
    ReminderSent,
    SyncConflict,
)
from core.ports import (
    Clock,
    Mailer,
    Notifier,
    OutgoingEmail,
    PostedCard,
    QboWriteResult,
    QuickBooks,
)
from core.services import audit
from core.services.change_views import batch_view
from core.services.conflict_views import conflict_view
from core.services.queries import card_invoice_rows, to_view
from core.services.uow import UnitOfWork

COLLECTIONS_STATUS = "Collections Status"
PRIVATE_NOTE_MAX = 4000


@dataclass(frozen=True)
class EffectContext:
    """The adapters effects reach the outside world through."""

    clock: Clock
    qbo_for: Callable[[str], QuickBooks]
    mailer: Mailer
    notifier: Notifier
    mail_from: str


def run_effect(ctx: EffectContext, uow: UnitOfWork, effect_id: int, kind: str) -> str:
    """Carry out one pending effect of `kind`; return its final state ("done" or "cancelled")."""
    return _HANDLERS[kind](ctx, uow, effect_id)


def _claim_for_sending(session: Session, effect: OutboxEffect) -> bool:
    """pending -> sending, only if still pending: of two holders, exactly one sends.

    Committed before the call to Slack or SMTP: a crash after it leaves the row in doubt.
    """
    result = session.execute(
        update(OutboxEffect)
        .where(col(OutboxEffect.id) == effect.id, col(OutboxEffect.state) == "pending")
        # When the call was attempted: a reconciliation searches around this moment. The wall
        # clock, not the injected one, because Slack's message ts are wall-clock seconds.
        .values(state="sending", result={"claimed_at": datetime.now(UTC).isoformat()})
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    effect.state = "sending"
    return True


def _get(session: Session, effect_id: int) -> OutboxEffect:
    effect = session.get(OutboxEffect, effect_id)
    assert effect is not None
    return effect


def _action(session: Session, effect: OutboxEffect) -> ProposedAction:
    action = session.get(ProposedAction, effect.action_id)
    assert action is not None
    return action


def _finish(
    session: Session,
    effect: OutboxEffect,
    ctx: EffectContext,
    state: str,
    result: dict[str, Any] | None = None,
) -> str:
    effect.state = state
    effect.attempts += 1
    effect.result = dict(result or {})
    effect.done_at = ctx.clock.now()
    session.add(effect)
    return state


def post_card(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Post the case card and remember its channel and ts (so any process can update it)."""
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        if action.slack_ts:  # already posted (a retry after the post committed)
            return _finish(
                session,
                effect,
                ctx,
                "done",
                {"channel": action.slack_channel, "ts": action.slack_ts},
            )
        view, channel = to_view(action), str(effect.payload["channel"])
        if not _claim_for_sending(session, effect):
            return "skipped"  # another holder took it (lease taken over)
    card = ctx.notifier.post_case(channel, view)
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        action.slack_channel, action.slack_ts = card.channel, card.ts
        session.add(action)
        return _finish(session, effect, ctx, "done", {"channel": card.channel, "ts": card.ts})


def send_email(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Re-read the invoice, then send the approved reminder over SMTP once."""
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        # SENDING: a retry after an attempt that certainly sent nothing (e.g. SMTP refused).
        if action.state not in (
            ApprovalState.APPROVED.value,
            ApprovalState.EDITED.value,
            ApprovalState.SENDING.value,
        ):
            return _finish(session, effect, ctx, "cancelled", {"state": action.state})
        realm, asked = action.realm_id, asked_for(session, action)
    # Every invoice the email names is read again: one paid or changed withdraws the card.
    qbo = ctx.qbo_for(realm)
    changed = _changed_since(qbo, asked)
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        if changed is not None:
            supersede(session, action, ctx.clock.now(), changed, changed)
            return _finish(session, effect, ctx, "cancelled", {"reason": changed})
        if action.state != ApprovalState.SENDING.value:
            step = transition(
                ApprovalState(action.state), ApprovalAction.START_SENDING, "qbot", ctx.clock.now()
            )
            action.state = step.after.value
        if not _claim_for_sending(session, effect):
            session.rollback()
            return "skipped"  # another holder took it (lease taken over)
        session.add(action)
        email = OutgoingEmail(
            to=action.send_to or "",
            subject=action.draft_subject or "",
            body=action.draft_body or "",
            message_id=f"<{effect.key.replace(':', '.')}@qbot>",
        )
    ctx.mailer.send(email)
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        now = ctx.clock.now()
        for line in asked_for(session, action):  # each invoice the email named, at its stage
            if line.stage is None:
                continue
            exists = session.exec(
                select(ReminderSent).where(
                    ReminderSent.realm_id == action.realm_id,
                    ReminderSent.invoice_qbo_id == line.invoice_id,
                    ReminderSent.stage == line.stage,
                )
            ).first()
            if exists is None:
                session.add(
                    ReminderSent(
                        realm_id=action.realm_id,
                        invoice_qbo_id=line.invoice_id,
                        stage=line.stage,
                        sent_at=now.isoformat(),
                    )
                )
        audit.append(
            session,
            at=now,
            kind="email.sent",
            actor="qbot",
            subject=f"action:{action.id}",
            realm_id=action.realm_id,
            data={
                "to": email.to,
                "subject": email.subject,
                "message_id": email.message_id,
                "invoice": action.invoice_qbo_id,
                **_invoices_named(session, action),
            },
        )
        return _finish(session, effect, ctx, "done", {"message_id": email.message_id})


def write_note(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Sparse-update each invoice the email named: Collections Status and one dated line in
    PrivateNote (a customer card writes to every one of its invoices, each once)."""
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        if action.state != ApprovalState.SENDING.value:
            return _finish(session, effect, ctx, "cancelled", {"state": action.state})
        realm, asked = action.realm_id, asked_for(session, action)
        several = len(asked) > 1
        base_request = f"qbot-a{action.id}-v{action.version}-note"
        # Dated by the decision, not the attempt: a retry writes (and finds) the same line.
        day = (action.decided_at or ctx.clock.now()).date().isoformat()
        who, subject = action.decided_by, f"action:{action.id}"
    qbo = ctx.qbo_for(realm)
    tokens: dict[str, str] = {}
    tids: list[str | None] = []
    for ask in asked:
        request_id = f"{base_request}-{ask.invoice_id}" if several else base_request
        line = f"{day} reminder stage {ask.stage} sent, approved by @{who}"
        status = f"Reminder {ask.stage} sent" if ask.stage else "Reminder sent"
        invoice = qbo.read("Invoice", ask.invoice_id)
        fields = note_fields(invoice, line, status)
        if line in str(invoice.get("PrivateNote") or ""):
            # Verify before writing: an earlier attempt landed and its answer was lost.
            written = QboWriteResult(entity=invoice, intuit_tid=None)
        else:
            written = _write_note(ctx, uow, qbo, fields, request_id, ask.invoice_id)
        tokens[ask.invoice_id] = str(written.entity.get("SyncToken", ""))
        tids.append(written.intuit_tid)
        with uow.session() as session:  # each invoice's write audited as it lands
            audit.append(
                session,
                at=ctx.clock.now(),
                kind="qbo.write",
                actor="qbot",
                subject=subject,
                realm_id=realm,
                data={
                    "entity": "Invoice",
                    "id": ask.invoice_id,
                    "request_id": request_id,
                    "sync_token_before": fields["SyncToken"],
                    "sync_token_after": tokens[ask.invoice_id],
                    "intuit_tid": written.intuit_tid,
                    "private_note_line": line,
                    "collections_status": status,
                },
            )
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        now = ctx.clock.now()
        step = transition(ApprovalState.SENDING, ApprovalAction.COMPLETE, "qbot", now)
        action.state = step.after.value
        action.invoice_sync_token = tokens.get(action.invoice_qbo_id, action.invoice_sync_token)
        session.add(action)
        for row in session.exec(select(CardInvoice).where(CardInvoice.action_id == action.id)):
            row.invoice_sync_token = tokens.get(row.invoice_qbo_id, row.invoice_sync_token)
            session.add(row)
        result: dict[str, Any] = {"sync_token": action.invoice_sync_token, "intuit_tid": tids[-1]}
        if several:
            result["sync_tokens"] = tokens
        return _finish(session, effect, ctx, "done", result)


@dataclass(frozen=True)
class Asked:
    """One invoice an approved email asks to be paid, as the card showed it."""

    invoice_id: str
    doc_number: str
    balance: Decimal
    stage: int | None


def asked_for(session: Session, action: ProposedAction) -> list[Asked]:
    """The invoices `action`'s email names: a customer card's every invoice, else its own."""
    rows = card_invoice_rows(session, action)
    if rows:
        return [Asked(r.invoice_qbo_id, r.doc_number, r.balance, r.stage) for r in rows]
    return [Asked(action.invoice_qbo_id, action.doc_number, action.balance, action.stage)]


def _changed_since(qbo: QuickBooks, asked: list[Asked]) -> str | None:
    """Why the email must not go (an invoice paid, voided or changed in amount), else None."""
    several = len(asked) > 1
    for ask in asked:
        current = qbo.read("Invoice", ask.invoice_id)
        now_balance = Decimal(str(current.get("Balance", "0")))
        which = f"invoice {ask.doc_number}" if several else "the invoice"
        if now_balance <= 0:
            return f"Not sent: {which} is paid or voided since the card was posted"
        if now_balance != ask.balance:
            of = f" of invoice {ask.doc_number}" if several else ""
            return (
                f"Not sent: the balance{of} changed from {ask.balance:,.2f} to "
                f"{now_balance:,.2f}"
            )
    return None


def _invoices_named(session: Session, action: ProposedAction) -> dict[str, Any]:
    """A customer card's audit rows list every invoice its email named."""
    asked = asked_for(session, action)
    return {"invoices": [a.invoice_id for a in asked]} if len(asked) > 1 else {}


def _write_note(
    ctx: EffectContext,
    uow: UnitOfWork,
    qbo: QuickBooks,
    fields: dict[str, Any],
    request_id: str,
    invoice_id: str,
) -> QboWriteResult:
    """The sparse update; a stale SyncToken is audited and raised, never overwritten."""
    try:
        return qbo.sparse_update("Invoice", fields, request_id=request_id)
    except StaleObjectError:
        with uow.session() as session:
            audit.append(
                session,
                at=ctx.clock.now(),
                kind="qbo.write_stale",
                actor="qbot",
                subject=f"invoice:{invoice_id}",
                realm_id=qbo.realm_id,
                data={"invoice": invoice_id, "sync_token": fields["SyncToken"]},
            )
        raise


def note_fields(invoice: dict[str, Any], line: str, status: str) -> dict[str, Any]:
    """Return the minimal sparse-update body: Id, SyncToken, PrivateNote (+ Collections Status)."""
    note = str(invoice.get("PrivateNote") or "")
    note = f"{note}\n{line}" if note else line
    fields: dict[str, Any] = {
        "Id": invoice["Id"],
        "SyncToken": invoice["SyncToken"],
        "PrivateNote": note[-PRIVATE_NOTE_MAX:],
    }
    custom = [dict(f) for f in invoice.get("CustomField") or []]
    for field in custom:
        if str(field.get("Name", "")).strip().lower() == COLLECTIONS_STATUS.lower():
            field["StringValue"] = status
            fields["CustomField"] = custom
            break
    return fields


def update_card(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Redraw the card in place with the action's current state (buttons go away)."""
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        if not (action.slack_channel and action.slack_ts):
            return _finish(session, effect, ctx, "cancelled", {"reason": "card never posted"})
        card, view = PostedCard(action.slack_channel, action.slack_ts), to_view(action)
    ctx.notifier.update_case(card, view)
    with uow.session() as session:
        return _finish(session, _get(session, effect_id), ctx, "done", {"state": view.state.value})


def show_decision(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Redraw the card as soon as it is decided ("Approved by @x: sending…").

    Best effort: Slack being down must not hold the email back, and the card's own
    `update_card` after the send draws it again.
    """
    try:
        return update_card(ctx, uow, effect_id)
    except (QbotError, OSError) as exc:
        with uow.session() as session:
            return _finish(session, _get(session, effect_id), ctx, "cancelled", {"error": str(exc)})


def edit_diff(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Reply in the card's thread with what the approver changed in the draft.

    After the send, and only if it went out. Repeated on a retry (a second identical reply
    is harmless), so never held in doubt like an email.
    """
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        if action.state not in (ApprovalState.SENDING.value, ApprovalState.DONE.value):
            return _finish(session, effect, ctx, "cancelled", {"state": action.state})
        if not (action.slack_channel and action.slack_ts):
            return _finish(session, effect, ctx, "cancelled", {"reason": "card never posted"})
        card = PostedCard(action.slack_channel, action.slack_ts)
        drafted, sent = str(effect.payload.get("drafted", "")), str(effect.payload.get("sent", ""))
    ts = ctx.notifier.post_edit_diff(card, drafted, sent)
    with uow.session() as session:
        return _finish(session, _get(session, effect_id), ctx, "done", {"ts": ts})


def decision_log(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Reply in the card's thread with the case's decision log, read from the audit log.

    The last effect of a decision; repeated on a retry (a second identical reply is
    harmless), so never held in doubt like an email.
    """
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        if not (action.slack_channel and action.slack_ts):
            return _finish(session, effect, ctx, "cancelled", {"reason": "card never posted"})
        card = PostedCard(action.slack_channel, action.slack_ts)
        rows = session.exec(
            select(AuditEntry)
            .where(AuditEntry.subject == f"action:{action.id}")
            .where(col(AuditEntry.kind).in_(sorted(LOG_KINDS)))
            .order_by(col(AuditEntry.id))
        ).all()
        lines = log_lines(AuditFact(r.at, r.kind, r.actor, r.data) for r in rows)
    ts = ctx.notifier.post_decision_log(card, lines)
    with uow.session() as session:
        return _finish(session, _get(session, effect_id), ctx, "done", {"ts": ts})


def tell_users(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Direct-message each user in the payload (an assignment, a stale card's nudge).

    Who was told is committed after each message, so a retry after a failure tells only the
    rest: nobody is nudged twice for one card.
    """
    with uow.session() as session:
        effect = _get(session, effect_id)
        action = _action(session, effect)
        if effect.kind == "nudge_dm" and action.state != ApprovalState.PROPOSED.value:
            # decided since the nudge was queued: nobody needs reminding any more
            return _finish(session, effect, ctx, "cancelled", {"state": action.state})
        users = [str(u) for u in effect.payload.get("users") or []]
        told = set(effect.result.get("told") or [])
        text, realm, channel = str(effect.payload.get("text", "")), action.realm_id, (
            action.slack_channel or "")
    for user in users:
        if user in told:
            continue
        ctx.notifier.tell_user(user, text, realm, channel)
        told.add(user)
        with uow.session() as session:
            effect = _get(session, effect_id)
            effect.result = {"told": sorted(told)}
            session.add(effect)
    with uow.session() as session:
        return _finish(session, _get(session, effect_id), ctx, "done", {"told": sorted(told)})


def supersede(
    session: Session, action: ProposedAction, now: datetime, note: str, reason: str
) -> None:
    """Withdraw one action: superseded with `note` for its card, audited with `reason`."""
    record = withdraw(action, now, note, reason)
    session.add(action)
    audit.append(
        session,
        at=record.at,
        kind=record.kind,
        actor=record.actor,
        subject=record.subject,
        realm_id=record.realm_id,
        data=record.data,
    )


def withdraw(action: ProposedAction, now: datetime, note: str, reason: str) -> audit.Record:
    """Mark the action superseded with `note`; return its audit row for the caller to append
    (the overdue scan appends a batch's rows at once)."""
    step = transition(ApprovalState(action.state), ApprovalAction.SUPERSEDE, "qbot", now)
    action.state, action.status_note = step.after.value, note
    return audit.Record(
        at=now,
        kind="approval.superseded",
        actor="qbot",
        subject=f"action:{action.id}",
        realm_id=action.realm_id,
        data={"invoice": action.invoice_qbo_id, "reason": reason},
    )


def _batch(session: Session, effect: OutboxEffect) -> ChangeBatch:
    batch = session.get(ChangeBatch, effect.action_id)  # owner "change_batch": a batch id
    assert batch is not None
    return batch


class _Carded(Protocol):
    """An owner of one Slack card it remembers (a change batch, a sync conflict)."""

    slack_channel: str | None
    slack_ts: str | None


Owner = TypeVar("Owner", bound=_Carded)
View = TypeVar("View")


def _post_owned_card(
    ctx: EffectContext,
    uow: UnitOfWork,
    effect_id: int,
    owner_of: Callable[[Session, OutboxEffect], Owner],
    draw: Callable[[Session, Owner], View],
    post: Callable[[str, View], PostedCard],
) -> str:
    """Post an owner's card once and remember where it landed (a retry after the post
    committed finds it posted)."""
    with uow.session() as session:
        effect = _get(session, effect_id)
        owner = owner_of(session, effect)
        if owner.slack_ts:
            return _finish(session, effect, ctx, "done",
                           {"channel": owner.slack_channel, "ts": owner.slack_ts})  # fmt: skip
        view, channel = draw(session, owner), str(effect.payload["channel"])
        if not _claim_for_sending(session, effect):
            return "skipped"
    card = post(channel, view)
    with uow.session() as session:
        effect = _get(session, effect_id)
        owner = owner_of(session, effect)
        owner.slack_channel, owner.slack_ts = card.channel, card.ts
        session.add(owner)
        return _finish(session, effect, ctx, "done", {"channel": card.channel, "ts": card.ts})


def _update_owned_card(
    ctx: EffectContext,
    uow: UnitOfWork,
    effect_id: int,
    owner_of: Callable[[Session, OutboxEffect], Owner],
    draw: Callable[[Session, Owner], View],
    update: Callable[[PostedCard, View], None],
    state_of: Callable[[View], str],
) -> str:
    """Redraw an owner's card in place for its current state."""
    with uow.session() as session:
        effect = _get(session, effect_id)
        owner = owner_of(session, effect)
        if not (owner.slack_channel and owner.slack_ts):
            return _finish(session, effect, ctx, "cancelled", {"reason": "card never posted"})
        card, view = PostedCard(owner.slack_channel, owner.slack_ts), draw(session, owner)
    update(card, view)
    with uow.session() as session:
        return _finish(session, _get(session, effect_id), ctx, "done", {"state": state_of(view)})


def post_change_card(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Post a change batch's approval card and remember where it landed."""
    return _post_owned_card(ctx, uow, effect_id, _batch, batch_view,
                            ctx.notifier.post_change_batch)  # fmt: skip


def update_change_card(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Redraw a change batch's card in place for its current state (the buttons go away)."""
    redraw = ctx.notifier.update_change_batch
    return _update_owned_card(ctx, uow, effect_id, _batch, batch_view, redraw,
                              lambda v: v.state.value)  # fmt: skip


def _conflict(session: Session, effect: OutboxEffect) -> SyncConflict:
    conflict = session.get(SyncConflict, effect.action_id)  # owner "sync_conflict"
    assert conflict is not None
    return conflict


def post_conflict_card(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Post a conflict's card and remember where it landed (one card per record; later
    drawings are updates in place)."""
    return _post_owned_card(ctx, uow, effect_id, _conflict, conflict_view,
                            ctx.notifier.post_conflict)  # fmt: skip


def update_conflict_card(ctx: EffectContext, uow: UnitOfWork, effect_id: int) -> str:
    """Redraw a conflict's card in place for its current state."""
    return _update_owned_card(ctx, uow, effect_id, _conflict, conflict_view,
                              ctx.notifier.update_conflict, lambda v: v.state)  # fmt: skip


_HANDLERS: dict[str, Callable[[EffectContext, UnitOfWork, int], str]] = {
    "post_conflict_card": post_conflict_card,
    "update_conflict_card": update_conflict_card,
    "post_change_card": post_change_card,
    "update_change_card": update_change_card,
    "post_card": post_card,
    "send_email": send_email,
    "qbo_note": write_note,
    "update_card": update_card,
    "show_decision": show_decision,
    "edit_diff": edit_diff,
    "decision_log": decision_log,
    "assign_dm": tell_users,
    "nudge_dm": tell_users,
}

"""The team's internal notes on a case: replies in the thread of its Slack card.

A reply is stored once (keyed by its channel and ts, so a redelivered event adds nothing),
edited in place, forgotten by the judge when deleted, and audited each time; then the case's
invoice is judged again, so a dispute a collector notes in the thread stops the reminder.
The judge reads these as the team's words (bundle `team_notes`), never the customer's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from sqlmodel import Session, select

from core.models import CaseNote, Invoice, ProposedAction
from core.ports import Clock
from core.services import audit
from core.services.uow import UnitOfWork

log = logging.getLogger(__name__)
SOURCE = "slack"
MAX_NOTE_CHARS = 8000  # a note longer than this is kept cut (the judge caps messages anyway)
Retriage = Callable[[str, str], object]  # (realm, invoice) -> judged again


@dataclass(frozen=True)
class ThreadReply:
    """A person's message in a thread, as the Events API delivered it."""

    channel: str
    thread_ts: str  # the card's ts
    ts: str
    user: str
    text: str


def message_key(channel: str, ts: str) -> str:
    """A Slack message's own id: its channel and ts."""
    return f"{channel}:{ts}"


def written_at(ts: str) -> str:
    """The ISO UTC time of a Slack ts ("1700000000.000100"); '' when it is not one."""
    try:
        seconds = Decimal(ts)
    except InvalidOperation:
        return ""
    return datetime.fromtimestamp(float(seconds), UTC).isoformat()


class CaseNotesService:
    """Stores thread replies on cards as internal notes, and re-judges their invoices."""

    def __init__(self, uow: UnitOfWork, clock: Clock, retriage: Retriage | None = None) -> None:
        self.uow, self.clock, self.retriage = uow, clock, retriage

    def add(self, reply: ThreadReply) -> int | None:
        """Store a reply in a card's thread; the note's id, or None when the thread is no
        card's or the reply is stored already (a retried event)."""
        key = message_key(reply.channel, reply.ts)
        with self.uow.session() as session:
            action = _card(session, reply.channel, reply.thread_ts)
            if action is None or _note(session, key) is not None:
                return None
            customer = session.exec(
                select(Invoice.customer_qbo_id).where(
                    Invoice.realm_id == action.realm_id,
                    Invoice.qbo_id == action.invoice_qbo_id,
                )
            ).first()
            now = self.clock.now()
            note = CaseNote(
                realm_id=action.realm_id, customer_qbo_id=customer or "",
                invoice_qbo_id=action.invoice_qbo_id, action_id=action.id or 0, source=SOURCE,
                external_id=key, author=reply.user, noted_at=written_at(reply.ts),
                text=reply.text[:MAX_NOTE_CHARS], created_at=now,
            )
            session.add(note)
            session.flush()
            _audit(session, now, "case.note_added", note, len(reply.text))
            realm, invoice, note_id = note.realm_id, note.invoice_qbo_id, note.id
        self._judge_again(realm, invoice)
        return note_id

    def edit(self, channel: str, ts: str, text: str) -> bool:
        """A stored reply was edited in Slack: keep the new text. False when none is stored."""
        with self.uow.session() as session:
            note = _note(session, message_key(channel, ts))
            if note is None or note.deleted_at is not None or note.text == text[:MAX_NOTE_CHARS]:
                return False
            now = self.clock.now()
            note.text, note.edited_at = text[:MAX_NOTE_CHARS], now
            session.add(note)
            _audit(session, now, "case.note_edited", note, len(text))
            realm, invoice = note.realm_id, note.invoice_qbo_id
        self._judge_again(realm, invoice)
        return True

    def delete(self, channel: str, ts: str) -> bool:
        """A stored reply was deleted in Slack: the judge no longer reads it (the row and its
        audit trail stay). False when none is stored, or it is gone already."""
        with self.uow.session() as session:
            note = _note(session, message_key(channel, ts))
            if note is None or note.deleted_at is not None:
                return False
            now = self.clock.now()
            note.deleted_at = now
            session.add(note)
            _audit(session, now, "case.note_deleted", note, 0)
            realm, invoice = note.realm_id, note.invoice_qbo_id
        self._judge_again(realm, invoice)
        return True

    def _judge_again(self, realm: str, invoice: str) -> None:
        if self.retriage is None:
            return
        try:
            self.retriage(realm, invoice)
        except Exception as exc:  # the note is stored; the next scan judges with it
            log.warning("re-triage after a team note on %s/%s failed: %s", realm, invoice,
                        type(exc).__name__)


def _card(session: Session, channel: str, ts: str) -> ProposedAction | None:
    return session.exec(
        select(ProposedAction).where(
            ProposedAction.slack_channel == channel, ProposedAction.slack_ts == ts
        )
    ).first()


def _note(session: Session, key: str) -> CaseNote | None:
    return session.exec(
        select(CaseNote).where(CaseNote.source == SOURCE, CaseNote.external_id == key)
    ).first()


def _audit(session: Session, now: datetime, kind: str, note: CaseNote, chars: int) -> None:
    """Who noted what on which case: the note's id and length, not its words."""
    audit.append(
        session, at=now, kind=kind, actor=note.author, subject=f"action:{note.action_id}",
        realm_id=note.realm_id,
        data={"note": note.id, "invoice": note.invoice_qbo_id, "source": note.source,
              "message": note.external_id, "chars": chars},
    )

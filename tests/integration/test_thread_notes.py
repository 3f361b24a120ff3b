"""Replies in a card's Slack thread: signed `message` events through bolt over HTTP.

The envelope is the Events API's (../shared/fixtures/slack), the event a `message` in the
card's thread. The reply is stored as the team's note on the case after the answer, audited,
and the case judged again: a dispute noted only in the thread stops the reminder. Bot
messages, top-level messages and other threads are dropped; a retried delivery stores nothing
twice; an edit changes the note and a deletion makes the judge forget it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from core.models import AuditEntry, CaseNote, Invoice, ProposedAction
from core.services.case_notes import written_at
from core.services.collections import context_hash
from core.services.scan_context import load_batch
from tests.harness import COLLECTOR, NOW, TODAY, eventually, scanned_loop
from tests.integration.test_bolt_rig import Rig, bolt_rig, first_action, reload

JSON = "application/json"
DISPUTE = "Called their AP: they dispute this invoice, the work was never completed."
REPLY_TS = f"{NOW.timestamp() - 3600:.6f}"  # an hour before the loop's clock


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with scanned_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


def deliver(rig: Rig, fixtures: Path, event: dict[str, Any], event_id: str,
            retry: int | None = None) -> None:
    """Send `event` in the fixture's envelope, signed; Slack's retries carry their number."""
    envelope = json.loads((fixtures / "app_home_opened.event_callback.json").read_text())
    envelope["event"], envelope["event_id"] = event, event_id
    extra = {} if retry is None else {"X-Slack-Retry-Num": str(retry),
                                      "X-Slack-Retry-Reason": "http_timeout"}
    answer = rig.send(json.dumps(envelope), content_type=JSON, extra=extra)
    assert answer.status == 200, answer


def reply(action: ProposedAction, text: str, ts: str = REPLY_TS, **extra: Any) -> dict[str, Any]:
    assert action.slack_channel and action.slack_ts
    return {"type": "message", "channel": action.slack_channel, "user": COLLECTOR,
            "text": text, "ts": ts, "thread_ts": action.slack_ts, "channel_type": "channel",
            "client_msg_id": f"cm-{ts}", "event_ts": ts, **extra}


def notes(rig: Rig) -> list[CaseNote]:
    with rig.loop.services.uow.session() as session:
        return list(session.exec(select(CaseNote).order_by(col(CaseNote.id))))


def wait_for(rig: Rig, ready: Any) -> None:
    """Poll (with a deadline) for what the follow-up after the answer does: a stored note
    makes no Slack call, so the simulator's call-driven wait would only see it at its timeout."""
    assert eventually(ready)


def kinds(rig: Rig, prefix: str) -> list[AuditEntry]:
    with rig.loop.services.uow.session() as session:
        rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all()
    return [r for r in rows if r.kind.startswith(prefix)]


def team_notes_of(rig: Rig, action: ProposedAction) -> list[dict[str, Any]]:
    """The team notes the judge reads for the action's invoice (its case bundle)."""
    c = rig.loop.company
    with rig.loop.services.uow.session() as session:
        invoice = session.exec(select(Invoice).where(
            Invoice.realm_id == action.realm_id, Invoice.qbo_id == action.invoice_qbo_id)).one()
        context = load_batch(session, c.realm_id, [invoice.customer_qbo_id])
    bundle, digest = context.case(invoice, TODAY, c.home_currency)
    assert digest == context_hash(bundle)  # the audit's hash covers the team notes too
    assert "crm_notes" in bundle and "emails" in bundle
    notes_seen: list[dict[str, Any]] = bundle.get("team_notes", [])
    return notes_seen


def test_a_dispute_noted_in_the_thread_stops_the_reminder(
    rig: Rig, slack_fixtures: Path
) -> None:
    card = first_action(rig.loop, route="draft_for_approval")
    deliver(rig, slack_fixtures, reply(card, DISPUTE), "EvReply1")
    wait_for(rig, lambda: reload(rig.loop, card).state != "proposed")
    [note] = notes(rig)
    assert (note.source, note.author, note.text) == ("slack", COLLECTOR, DISPUTE)
    assert note.external_id == f"{card.slack_channel}:{REPLY_TS}"
    assert note.noted_at == written_at(REPLY_TS) and note.action_id == card.id
    [added] = kinds(rig, "case.note_")
    assert (added.kind, added.actor, added.subject) == ("case.note_added", COLLECTOR,
                                                        f"action:{card.id}")
    assert DISPUTE not in json.dumps(added.data)  # who and where, not the words
    # The judge read it as the team's note, and the reminder's card was withdrawn.
    assert [n["text"] for n in team_notes_of(rig, card)] == [DISPUTE]
    with rig.loop.services.uow.session() as session:
        newest = session.exec(select(ProposedAction).where(
            ProposedAction.invoice_qbo_id == card.invoice_qbo_id,
            ProposedAction.state == "proposed")).one()
    assert (newest.route, newest.hard_stop) == ("escalate_to_human", "open_dispute")
    assert any("note 2026-11-20 disputes the invoice" in r for r in newest.reasons)
    assert newest.draft_body is None


def test_retries_and_messages_that_are_not_team_replies_store_nothing_more(
    rig: Rig, slack_fixtures: Path
) -> None:
    card = first_action(rig.loop, route="draft_for_approval")
    assert card.slack_channel and card.slack_ts
    deliver(rig, slack_fixtures, reply(card, "Left a voicemail."), "EvR")
    wait_for(rig, lambda: len(notes(rig)) == 1)
    deliver(rig, slack_fixtures, reply(card, "Left a voicemail."), "EvR", retry=1)
    # Dropped: our own bot's post in the thread (a decision log), a top-level message,
    # a reply in a thread that is no card's, and the thread's parent itself.
    deliver(rig, slack_fixtures, reply(card, "Approved by <@U1>", ts="1763650000.000200",
                                       bot_id="B0QBOT", subtype="bot_message"), "EvBot")
    top = reply(card, "Lunch?", ts="1763650000.000300")
    del top["thread_ts"]
    deliver(rig, slack_fixtures, top, "EvTop")
    other = {**reply(card, "Other thread", ts="1763650000.000400"), "thread_ts": "1.000001"}
    deliver(rig, slack_fixtures, other, "EvOther")
    parent = {**reply(card, "the card", ts=card.slack_ts)}
    deliver(rig, slack_fixtures, parent, "EvParent")
    # A last real reply: once it is stored, every event before it has been handled.
    deliver(rig, slack_fixtures, reply(card, "Second call booked.", ts="1763650000.000500"),
            "EvLast")
    wait_for(rig, lambda: len(notes(rig)) == 2)
    assert [n.text for n in notes(rig)] == ["Left a voicemail.", "Second call booked."]
    assert [a.kind for a in kinds(rig, "case.note_")] == ["case.note_added"] * 2


def test_an_edit_changes_the_note_and_a_deletion_makes_the_judge_forget_it(
    rig: Rig, slack_fixtures: Path
) -> None:
    card = first_action(rig.loop, route="draft_for_approval")
    first = reply(card, "They will pay Friday.")
    deliver(rig, slack_fixtures, first, "EvA")
    wait_for(rig, lambda: len(notes(rig)) == 1)
    changed = {"type": "message", "subtype": "message_changed", "hidden": True,
               "channel": card.slack_channel, "ts": "1763650001.000100",
               "message": {**{k: first[k] for k in ("user", "ts", "thread_ts")},
                           "type": "message", "text": "They will pay Monday.",
                           "edited": {"user": COLLECTOR, "ts": "1763650001.000100"}},
               "previous_message": {k: first[k] for k in ("user", "ts", "thread_ts", "text")}}
    deliver(rig, slack_fixtures, changed, "EvEdit")
    wait_for(rig, lambda: notes(rig)[0].text == "They will pay Monday.")
    assert notes(rig)[0].edited_at is not None
    assert [n["text"] for n in team_notes_of(rig, card)] == ["They will pay Monday."]
    deleted = {"type": "message", "subtype": "message_deleted", "hidden": True,
               "channel": card.slack_channel, "ts": "1763650002.000100",
               "deleted_ts": first["ts"], "previous_message": changed["message"]}
    deliver(rig, slack_fixtures, deleted, "EvDel")
    wait_for(rig, lambda: notes(rig)[0].deleted_at is not None)
    assert team_notes_of(rig, card) == []
    assert [a.kind for a in kinds(rig, "case.note_")] == [
        "case.note_added", "case.note_edited", "case.note_deleted"]


def test_url_verification_is_answered_with_its_challenge(rig: Rig, slack_fixtures: Path) -> None:
    body = (slack_fixtures / "url_verification.slack-docs.json").read_text()
    answer = rig.send(body, content_type=JSON)
    assert answer.status == 200
    assert json.loads(body)["challenge"] in answer.body
    assert notes(rig) == []

"""Events API listener: replies in a card's Slack thread become the team's notes on the case.

Slack delivers every message of the channels the bot is in (`message.channels`,
`message.groups`). Only a person's reply in the thread of one of our cards is kept: bot
messages (our own decision-log posts among them), top-level messages and other threads are
dropped unread. An edit changes the stored note, a deletion makes the judge forget it. The
event is answered at once; storing it and judging the case again follow the answer
(bot.after_answer), and a retried delivery (X-Slack-Retry-Num) finds the note stored already.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from slack_bolt import App, BoltContext

from bot.after_answer import FollowUp, after_answer
from bot.listeners import services_of
from core.services.case_notes import CaseNotesService, ThreadReply

MESSAGE = "message"  # the event type of message.channels / message.groups
# Subtypes that are a person's words in a thread (a reply also sent to the channel included).
PERSON_SUBTYPES = frozenset({None, "thread_broadcast", "file_share"})
Ts = Annotated[str, Field(min_length=1, max_length=32)]
Id = Annotated[str, Field(min_length=1, max_length=64)]


class _Message(BaseModel):
    """A message as an event carries it (the fields a thread note needs)."""

    model_config = ConfigDict(extra="ignore")

    subtype: str | None = None
    user: Id | None = None
    bot_id: str | None = None
    text: str = Field("", max_length=40_000)
    ts: Ts
    thread_ts: Ts | None = None


class _MessageEvent(_Message):
    channel: Id
    message: _Message | None = None  # message_changed: the message as it is now
    previous_message: _Message | None = None  # message_changed / message_deleted
    deleted_ts: Ts | None = None  # message_deleted


def _is_person(m: _Message, bot_user: str | None) -> bool:
    """A person wrote it: no bot id, a user, and not our own bot user."""
    return m.bot_id is None and m.user is not None and m.user != bot_user


def _is_reply(m: _Message) -> bool:
    return m.thread_ts is not None and m.thread_ts != m.ts


def note_work(
    event: dict[str, Any], notes: CaseNotesService, bot_user: str | None
) -> FollowUp | None:
    """What to do with one message event, to run after the answer (None: nothing)."""
    try:
        e = _MessageEvent.model_validate(event)
    except ValidationError:
        return None  # a shape we do not keep: dropped, as every other message is
    if e.subtype == "message_changed" and e.message is not None:
        now = e.message
        if not (_is_reply(now) and _is_person(now, bot_user)):
            return None

        def edit() -> None:
            notes.edit(e.channel, now.ts, now.text)
        return edit
    if e.subtype == "message_deleted" and e.deleted_ts is not None:
        gone = e.deleted_ts

        def delete() -> None:
            notes.delete(e.channel, gone)
        return delete
    if e.subtype not in PERSON_SUBTYPES or not _is_reply(e) or not _is_person(e, bot_user):
        return None
    reply = ThreadReply(e.channel, e.thread_ts or "", e.ts, e.user or "", e.text)

    def add() -> None:
        notes.add(reply)
    return add


def thread_message(event: dict[str, Any], context: BoltContext) -> None:
    """Answer at once; store, edit or forget the note after the answer."""
    work = note_work(event, services_of(context).case_notes, context.bot_user_id)
    if work is not None:
        after_answer(context, work)


def register(app: App) -> None:
    """Attach the message listener (every subtype: edits and deletions included)."""
    app.event(MESSAGE)(thread_message)

"""Typed payloads in opaque Slack fields: button `value`, `private_metadata`, modal state.

Every id read from Slack is bounded here before it reaches SQL: row ids fit PostgreSQL's
INTEGER (a huge one raised OverflowError inside SQLite), Slack ids and texts fit their columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any, ClassVar, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.ids import BlockId, InputId
from core.domain.rejection import OtherNeedsWords, Rejection
from core.errors import UserFacingError

BUTTON_VALUE_LIMIT = 2000
PRIVATE_METADATA_LIMIT = 3000
MAX_ROW_ID = 2**31 - 1  # INTEGER primary keys and versions on PostgreSQL
SUBJECT_LIMIT = 250  # core.domain.decision.Draft
BODY_LIMIT = 20_000  # core.domain.decision.Draft
REASON_LIMIT = 3000  # Slack's plain_text_input maximum
RESOLUTION_LIMIT = 1000  # a resolution's note (bot.cards.case_actions' input max_length)

RowId = Annotated[int, Field(ge=1, le=MAX_ROW_ID)]
Version = Annotated[int, Field(ge=0, le=MAX_ROW_ID)]


class PayloadError(UserFacingError):
    """A Slack payload qbot cannot act on: garbled, forged, or from an older qbot."""


class _OpaquePayload(BaseModel):
    """Compact JSON in a Slack field; parsed strictly because anyone can forge a click body."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    _limit: ClassVar[int] = BUTTON_VALUE_LIMIT
    _what: ClassVar[str] = "payload"

    def dump(self) -> str:
        """Return compact JSON, at most the field's Slack limit."""
        raw = self.model_dump_json()
        if len(raw) > self._limit:
            raise ValueError(f"{self._what} is {len(raw)} chars, over Slack's {self._limit}")
        return raw

    @classmethod
    def parse(cls, raw: str) -> Self:
        """Return the payload in `raw`; raise UserFacingError when it is missing or garbled."""
        if not isinstance(raw, str) or not raw or len(raw) > cls._limit:
            raise PayloadError(cls._garbled_message())
        try:
            return cls.model_validate_json(raw)
        except (ValidationError, RecursionError) as exc:
            raise PayloadError(cls._garbled_message()) from exc

    @classmethod
    def _garbled_message(cls) -> str:
        return (
            f"This {cls._what} could not be read (it may come from an older version of qbot). "
            "Ask for the case to be re-posted with `/qb overdue`."
        )


class CaseButtonValue(_OpaquePayload):
    """What a case-card button carries: only opaque ids, never amounts or approvers."""

    _what: ClassVar[str] = "button"

    action_id: RowId
    version: Version


class ConflictButtonValue(_OpaquePayload):
    """What a conflict-card button carries: the conflict, its card version, and for "Use the
    other side" the field's index on the card (-1 for "Keep this result")."""

    _what: ClassVar[str] = "button"

    conflict_id: RowId
    version: Version
    field: int = Field(default=-1, ge=-1, le=100)


class ModalMetadata(_OpaquePayload):
    """What an edit/reject modal carries so its submission can find the case and its card."""

    _limit: ClassVar[int] = PRIVATE_METADATA_LIMIT
    _what: ClassVar[str] = "form"

    action_id: RowId
    version: Version
    channel: str = Field(pattern=r"^[A-Z0-9]{2,64}$")
    ts: str = Field(pattern=r"^\d{1,12}\.\d{1,8}$")


def _input_value(
    state_values: Mapping[str, Any], block: BlockId, element: InputId, limit: int
) -> str:
    """Return the text typed in one plain_text_input of a submitted view ('' when empty)."""
    try:
        value = state_values[block][element]["value"]
    except (KeyError, TypeError) as exc:
        raise PayloadError("The form was incomplete; open it again from the card.") from exc
    if value is not None and not isinstance(value, str):
        raise PayloadError("The form could not be read; open it again from the card.")
    if value is not None and len(value) > limit:
        raise UserFacingError(f"That is over {limit:,} characters; shorten it.")
    return value.strip() if value else ""


class EditSubmission(BaseModel):
    """The subject and body a collector approved in the edit modal."""

    model_config = ConfigDict(frozen=True)

    subject: str
    body: str

    @classmethod
    def from_state(cls, state_values: Mapping[str, Any]) -> EditSubmission:
        """Return the edited draft from `view.state.values`; raise UserFacingError when blank."""
        subject = _input_value(
            state_values, BlockId.EDIT_SUBJECT, InputId.EDIT_SUBJECT, SUBJECT_LIMIT
        )
        body = _input_value(state_values, BlockId.EDIT_BODY, InputId.EDIT_BODY, BODY_LIMIT)
        if not subject or not body:
            raise UserFacingError("Both the subject and the message are needed to send.")
        return cls(subject=subject, body=body)


class FormError(UserFacingError):
    """A refusal of a submitted form, shown beside the input `block` it is about."""

    def __init__(self, message: str, block: BlockId) -> None:
        super().__init__(message)
        self.block = block


class RejectSubmission(BaseModel):
    """Why a collector rejected a draft: one of the offered reasons, and their words."""

    model_config = ConfigDict(frozen=True)

    rejection: Rejection

    @property
    def reason(self) -> str:
        """What the card shows as the reason."""
        return self.rejection.summary()

    @classmethod
    def from_state(cls, state_values: Mapping[str, Any]) -> RejectSubmission:
        """Return the reason from `view.state.values`; FormError beside what is missing."""
        text = _input_value(
            state_values, BlockId.REJECT_REASON, InputId.REJECT_REASON, REASON_LIMIT
        )
        try:
            return cls(rejection=Rejection.of(_choice(state_values), text))
        except OtherNeedsWords as exc:
            raise FormError(str(exc), BlockId.REJECT_REASON) from None
        except UserFacingError as exc:
            raise FormError(str(exc), BlockId.REJECT_CHOICE) from None


def _choice(state_values: Mapping[str, Any]) -> str | None:
    """The value of the chosen reason (None: none chosen, or a form without the choice)."""
    block = state_values.get(BlockId.REJECT_CHOICE)
    if block is None:
        return None
    try:
        selected = block[InputId.REJECT_CHOICE].get("selected_option")
    except (KeyError, TypeError, AttributeError) as exc:
        raise PayloadError("The form could not be read; open it again from the card.") from exc
    if selected is None:
        return None
    value = selected.get("value") if isinstance(selected, dict) else None
    if not isinstance(value, str):
        raise PayloadError("The form could not be read; open it again from the card.")
    return value


class OverduePage(_OpaquePayload):
    """What the `/qb overdue` buttons carry: the question asked and the page to show.

    Only the filter the person typed and an offset: every figure is read again on the click.
    """

    _what: ClassVar[str] = "button"

    customer: Annotated[str, Field(max_length=200)] | None = None
    realm_id: Annotated[str, Field(pattern=r"^[0-9A-Za-z]{1,32}$")] | None = None
    bucket: Literal["1-30", "31-60", "61-90", "90+"] | None = None
    offset: Annotated[int, Field(ge=0, le=100_000)] = 0


def _element(
    state_values: Mapping[str, Any], block: BlockId, element: InputId
) -> Mapping[str, Any]:
    """One submitted input element's state (PayloadError when the form lacks it)."""
    try:
        found = state_values[block][element]
    except (KeyError, TypeError) as exc:
        raise PayloadError("The form was incomplete; open it again from the card.") from exc
    if not isinstance(found, Mapping):
        raise PayloadError("The form could not be read; open it again from the card.")
    return found


class SnoozeSubmission(BaseModel):
    """The date a case is snoozed until (None: none picked; the service says so)."""

    model_config = ConfigDict(frozen=True)

    until: date | None

    @classmethod
    def from_state(cls, state_values: Mapping[str, Any]) -> SnoozeSubmission:
        raw = _element(state_values, BlockId.SNOOZE_DATE, InputId.SNOOZE_DATE).get(
            "selected_date")
        if raw is None:
            return cls(until=None)
        if not isinstance(raw, str) or len(raw) != 10:
            raise FormError("That is not a date; pick one.", BlockId.SNOOZE_DATE)
        try:
            return cls(until=date.fromisoformat(raw))
        except ValueError:
            raise FormError("That is not a date; pick one.", BlockId.SNOOZE_DATE) from None


class ReassignSubmission(BaseModel):
    """The approver a card is handed to (a Slack user id)."""

    model_config = ConfigDict(frozen=True)

    user_id: Annotated[str, Field(pattern=r"^[UW][A-Z0-9]{2,32}$")]

    @classmethod
    def from_state(cls, state_values: Mapping[str, Any]) -> ReassignSubmission:
        raw = _element(state_values, BlockId.REASSIGN_USER, InputId.REASSIGN_USER).get(
            "selected_user")
        if not isinstance(raw, str) or not raw:
            raise FormError("Pick the approver to hand the card to.", BlockId.REASSIGN_USER)
        try:
            return cls(user_id=raw)
        except ValidationError:
            raise PayloadError("The form could not be read; open it again from the card."
                               ) from None


class ResolveSubmission(BaseModel):
    """How an escalation was resolved, in the person's words."""

    model_config = ConfigDict(frozen=True)

    note: str

    @classmethod
    def from_state(cls, state_values: Mapping[str, Any]) -> ResolveSubmission:
        note = _input_value(state_values, BlockId.RESOLVE_NOTE, InputId.RESOLVE_NOTE,
                            RESOLUTION_LIMIT)
        if not note:
            raise FormError("Say in a few words how it was resolved.", BlockId.RESOLVE_NOTE)
        return cls(note=note)

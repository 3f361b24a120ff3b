"""Slack request bodies as the listeners use them, typed: a click, a modal submit, /qb, an event.

A listener parses its body with `parse(Model, body)` before it reads any field, so a missing
`message.ts`, a null `user` or a list where an object belongs is a PayloadError (a clean
refusal, see bot.refusals) and never a KeyError. The opaque fields inside (button value,
private_metadata, modal inputs) are typed in bot.payloads. Unknown fields are ignored.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.payloads import CaseButtonValue, PayloadError

SlackId = Annotated[str, Field(pattern=r"^[A-Z0-9]{2,32}$")]  # user, team, channel ids
MessageTs = Annotated[str, Field(pattern=r"^\d{1,12}\.\d{1,8}$")]
Text = Annotated[str, Field(max_length=4000)]

_SLACK_HOOK_HOSTS = {"hooks.slack.com", "hooks.slack-gov.com"}
UNREADABLE = (
    "This request from Slack could not be read (it may come from an older version of qbot); "
    "nothing was done. Ask for the case to be re-posted with `/qb overdue`."
)


class _Body(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)


class SlackUser(_Body):
    id: SlackId
    team_id: SlackId | None = None
    username: Text | None = None
    name: Text | None = None


class _Ref(_Body):
    id: SlackId


class _Message(_Body):
    ts: MessageTs


class _Button(_Body):
    action_id: Annotated[str, Field(max_length=255)]
    value: Annotated[str, Field(max_length=2000)]


class ButtonClick(_Body):
    """A `block_actions` click on one of a case card's buttons."""

    user: SlackUser
    team: _Ref | None = None
    channel: _Ref | None = None
    message: _Message | None = None
    trigger_id: Annotated[str, Field(min_length=1, max_length=255)] | None = None
    response_url: Annotated[str, Field(max_length=2000)] | None = None
    actions: list[_Button] = Field(min_length=1)

    def button(self) -> CaseButtonValue:
        """The clicked button's value (PayloadError when garbled)."""
        return CaseButtonValue.parse(self.actions[0].value)


class _SubmittedView(_Body):
    callback_id: Annotated[str, Field(max_length=255)]
    private_metadata: Annotated[str, Field(max_length=3000)] = ""
    state: dict[str, Any] = Field(default_factory=dict)


class ModalSubmit(_Body):
    """A `view_submission` of one of qbot's modals."""

    user: SlackUser
    team: _Ref | None = None
    view: _SubmittedView

    def values(self) -> dict[str, Any]:
        """`view.state.values` (PayloadError when it is not an object)."""
        values = self.view.state.get("values")
        if not isinstance(values, dict):
            raise PayloadError("The form was incomplete; open it again from the card.")
        return values


class QbCommand(_Body):
    """The `/qb` slash command (a form body: every field a string)."""

    text: Text = ""
    user_id: SlackId
    team_id: SlackId | None = None
    channel_id: Annotated[str, Field(pattern=r"^[A-Z0-9]{2,64}$")] | None = None
    response_url: Annotated[str, Field(max_length=2000)] | None = None
    trigger_id: Annotated[str, Field(min_length=1, max_length=255)] | None = None


class HomeOpened(_Body):
    """The `app_home_opened` event."""

    user: SlackId


M = TypeVar("M", bound=_Body)


def parse(model: type[M], body: Any) -> M:
    """Return `body` as `model`; raise PayloadError when its shape is not that."""
    try:
        return model.model_validate(body)
    except (ValidationError, RecursionError) as exc:
        raise PayloadError(UNREADABLE) from exc


def trusted_response_url(url: Any, api_url: str) -> str | None:
    """`url` if it is Slack's (hooks.slack.com, or the Web API host we talk to), else None.

    A signed body comes from Slack, but qbot posts only where Slack's replies live, never to
    a host named in a payload: a leaked signing secret must not make qbot call anywhere.
    """
    if not isinstance(url, str) or len(url) > 2000:
        return None
    try:
        parts, api = urlsplit(url), urlsplit(api_url)
    except ValueError:
        return None
    if parts.scheme == "https" and parts.hostname in _SLACK_HOOK_HOSTS:
        return url
    if (parts.scheme, parts.netloc) == (api.scheme, api.netloc) and parts.netloc:
        return url
    return None

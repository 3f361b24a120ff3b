"""The fields bolt itself reads from every Slack request, typed, so a mistyped body is refused.

Why: bolt builds its context (team, user, channel, response_url) and matches listeners on
these fields with plain indexing (`body["actions"][0]["action_id"]`, `body["view"]
["callback_id"]`, `body.get("event", {}).get("bot_id")`): a signed body with `actions: []`,
`event: null` or `user: 5` raised inside bolt and became a 500. Checked here first, such a
body is a 400 before bolt sees it; what the listeners need beyond routing is typed in
bot/payloads.py. Extra fields are allowed: Slack adds them freely.
"""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

_OPEN = ConfigDict(extra="allow", strict=True)

# type → the field bolt indexes for requests of that type
_NEEDS_CALLBACK_ID = {
    "interactive_message",
    "dialog_submission",
    "dialog_cancellation",
    "workflow_step_edit",
    "shortcut",
    "message_action",
}
_NEEDS_ACTIONS = {"block_actions", "interactive_message"}
_NEEDS_VIEW = {"view_submission", "view_closed"}


class EnvelopeError(ValueError):
    """The body is not a Slack request bolt can route (answer 400)."""


class _Ref(BaseModel):
    """`{"id": ...}` objects: user, team, channel, enterprise."""

    model_config = _OPEN

    id: str | None = None
    team_id: str | None = None


class _Action(BaseModel):
    model_config = _OPEN

    action_id: str
    block_id: str | None = None


class _View(BaseModel):
    model_config = _OPEN

    callback_id: str
    type: str | None = None
    team_id: str | None = None
    app_installed_team_id: str | None = None


class _ResponseUrl(BaseModel):
    model_config = _OPEN

    response_url: str | None = None


class _Fields(BaseModel):
    """What bolt's context extractors read, at the top level and inside nested objects."""

    model_config = _OPEN

    type: str | None = None
    user: _Ref | str | None = None
    user_id: str | None = None
    team: _Ref | str | None = None
    team_id: str | None = None
    user_team: str | None = None
    enterprise: _Ref | str | None = None
    enterprise_id: str | None = None
    context_team_id: str | None = None
    context_enterprise_id: str | None = None
    is_enterprise_install: bool | str | None = None
    is_ext_shared_channel: bool | None = None
    authorizations: list[_Fields] | None = None
    channel: _Ref | str | None = None
    channel_id: str | None = None
    thread_ts: str | None = None
    bot_id: str | None = None
    subtype: str | None = None
    message: _Fields | None = None
    previous_message: _Fields | None = None
    item: _Fields | None = None
    assistant_thread: _Fields | None = None
    function_execution_id: str | None = None
    function_data: dict[str, Any] | None = None
    bot_access_token: str | None = None


class _Event(_Fields):
    type: str


class SlackEnvelope(_Fields):
    """A request body as bolt will route it (interaction payload, event, or command form)."""

    event: _Event | None = None
    actions: list[_Action] | None = Field(default=None, min_length=1)
    view: _View | None = None
    callback_id: str | None = None
    action_id: str | None = None
    command: str | None = None
    challenge: str | None = None
    response_url: str | None = None
    response_urls: list[_ResponseUrl] | None = None
    workflow_step: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _routable(self) -> Self:
        present = self.model_fields_set
        # bolt reads these as objects (or a list) whenever the key is there, e.g.
        # `body.get("event", {}).get("bot_id")`, or when it logs an unhandled request
        for name in ("event", "view", "actions"):
            if name in present and getattr(self, name) is None:
                raise ValueError(f"{name} is null")
        kind = self.type or ""
        if kind == "event_callback" and self.event is None:
            raise ValueError("event_callback without an event")
        if kind in _NEEDS_ACTIONS and not self.actions:
            raise ValueError(f"{kind} without actions")
        if kind in _NEEDS_VIEW and self.view is None:
            raise ValueError(f"{kind} without a view")
        if kind == "view_submission" and self.view is not None and self.view.type is None:
            raise ValueError("view_submission without view.type")  # bolt reads it
        step_save = kind == "view_submission" and self.view and self.view.type == "workflow_step"
        if (kind == "workflow_step_edit" or step_save) and self.workflow_step is None:
            raise ValueError(f"{kind} without a workflow_step")
        if kind in _NEEDS_CALLBACK_ID and self.callback_id is None:
            raise ValueError(f"{kind} without a callback_id")
        if kind == "block_suggestion" and self.action_id is None:
            raise ValueError("block_suggestion without an action_id")
        return self


def check_routable(body: Any) -> None:
    """Raise EnvelopeError unless `body` (bolt's parse of the request) is routable."""
    if not isinstance(body, dict):
        raise EnvelopeError(f"the body is a JSON {type(body).__name__}, not an object")
    try:
        SlackEnvelope.model_validate(body)
    except (ValidationError, RecursionError) as exc:
        raise EnvelopeError(_summary(exc)) from None


def _summary(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        return f"{where}: {first['msg']}"
    return "nested too deeply"

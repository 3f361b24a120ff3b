"""Synthesised Slack interaction payloads (clicks, modal submits, slash commands), signed.

Shaped like the real payloads in Slack's docs and bolt-python's tests, but built from what the
simulator actually stored, so a click only finds a button that is on the current card.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

from slack_sdk.signature import SignatureVerifier

from sandbox.slack.workspace import APP_ID, TEAM_ID

_trigger_ids = itertools.count(1)


def next_trigger_id() -> str:
    """Return a fresh trigger id (single use, like Slack's)."""
    return f"{1_700_000_000 + next(_trigger_ids)}.{TEAM_ID}.sim"


def _user(user_id: str, team_id: str) -> dict[str, str]:
    return {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": team_id}


def block_actions_payload(
    message: Mapping[str, Any],
    channel: str,
    action_id: str,
    user_id: str,
    response_url: str,
    team_id: str = TEAM_ID,
) -> dict[str, Any]:
    """Return the `block_actions` payload of clicking `action_id` on `message`.

    Raises LookupError when the message has no such button (e.g. the card was redrawn).
    """
    block_id, element = _find_button(message, action_id)
    action = {
        "action_id": action_id,
        "block_id": block_id,
        "text": element.get("text"),
        "value": element.get("value"),
        "type": element.get("type", "button"),
        "action_ts": message["ts"],
    }
    return {
        "type": "block_actions",
        "user": _user(user_id, team_id),
        "api_app_id": APP_ID,
        "token": "sim-verification-token",
        "container": {
            "type": "message",
            "message_ts": message["ts"],
            "channel_id": channel,
            "is_ephemeral": False,
        },
        "trigger_id": next_trigger_id(),
        "team": {"id": team_id, "domain": "qbot-sim"},
        "channel": {"id": channel, "name": "approvals"},
        "message": dict(message),
        "response_url": response_url,
        "actions": [action],
    }


def home_block_actions_payload(
    view: Mapping[str, Any], action_id: str, user_id: str, team_id: str = TEAM_ID
) -> dict[str, Any]:
    """Return the `block_actions` payload of clicking `action_id` on a published App Home
    `view`: Slack's shape for the home surface, a `view` container and no channel, message
    or response_url (the first block holding the button is clicked).

    Raises LookupError when the view has no such button.
    """
    block_id, element = _find_button(view, action_id)
    view_id = str(view.get("id") or "VHOME")
    return {
        "type": "block_actions",
        "user": _user(user_id, team_id),
        "api_app_id": APP_ID,
        "token": "sim-verification-token",
        "container": {"type": "view", "view_id": view_id},
        "trigger_id": next_trigger_id(),
        "team": {"id": team_id, "domain": "qbot-sim"},
        # A view object as Slack sends it: these fields are always there, empty or not.
        "view": {"callback_id": "", "private_metadata": "", "state": {"values": {}},
                 "hash": "1763650000.sim", "team_id": team_id, **dict(view), "id": view_id},
        "actions": [{
            "action_id": action_id,
            "block_id": block_id,
            "text": element.get("text"),
            "value": element.get("value"),
            "type": element.get("type", "button"),
            "action_ts": "1763650000.000900",
        }],
    }


def _find_button(message: Mapping[str, Any], action_id: str) -> tuple[str, dict[str, Any]]:
    for block in message.get("blocks") or []:
        # a button in an actions block, or a section's accessory (Slack clicks both alike)
        accessory = block.get("accessory") if block.get("type") == "section" else None
        elements = [accessory] if accessory else block.get("elements", [])
        if block.get("type") not in ("actions", "section"):
            continue
        for element in elements:
            if element.get("action_id") == action_id:
                return str(block.get("block_id")), dict(element)
    raise LookupError(f"no {action_id!r} button on message {message.get('ts')}")


def view_submission_payload(
    view: Mapping[str, Any],
    values: Mapping[str, Mapping[str, str | Mapping[str, Any] | None]],
    user_id: str,
    team_id: str = TEAM_ID,
) -> dict[str, Any]:
    """Return the `view_submission` payload of submitting `view` with typed `values`.

    `values` maps block_id → action_id → typed text, like `view.state.values`: for radio
    buttons the text is the chosen option's value (None: nothing chosen); a menu's or date
    picker's whole element state may be given instead, e.g.
    `{"type": "static_select", "selected_option": {...}}`.
    """
    elements = _input_elements(view)
    state = {
        block_id: {
            # a menu or date picker's state is given whole; text goes by the element's type
            action_id: dict(text) if isinstance(text, Mapping) else _element_state(
                elements.get((block_id, action_id)), text
            )
            for action_id, text in inputs.items()
        }
        for block_id, inputs in values.items()
    }
    return {
        "type": "view_submission",
        "team": {"id": team_id, "domain": "qbot-sim"},
        "user": _user(user_id, team_id),
        "api_app_id": APP_ID,
        "token": "sim-verification-token",
        "trigger_id": next_trigger_id(),
        "view": {**view, "state": {"values": state}},
        "response_urls": [],
    }


def _input_elements(view: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
    """The input elements of a view by (block_id, action_id)."""
    found: dict[tuple[str, str], Mapping[str, Any]] = {}
    for block in view.get("blocks") or []:
        element = block.get("element") if isinstance(block, Mapping) else None
        if isinstance(element, Mapping):
            found[(str(block.get("block_id")), str(element.get("action_id")))] = element
    return found


def _element_state(element: Mapping[str, Any] | None, text: str | None) -> dict[str, Any]:
    """One element's entry in `view.state.values`, shaped as Slack sends it for its type."""
    if element is not None and element.get("type") == "radio_buttons":
        chosen = next(
            (o for o in element.get("options") or [] if o.get("value") == text), None
        )
        return {"type": "radio_buttons", "selected_option": chosen}
    return {"type": "plain_text_input", "value": text}


def interaction_body(payload: Mapping[str, Any]) -> str:
    """Return the form body Slack posts for an interaction: `payload=<url-encoded JSON>`."""
    return "payload=" + quote(json.dumps(payload))


def slash_command_body(
    command: str,
    text: str,
    user_id: str,
    channel_id: str,
    response_url: str,
    team_id: str = TEAM_ID,
) -> str:
    """Return the form body Slack posts for a slash command."""
    return urlencode(
        {
            "token": "sim-verification-token",
            "team_id": team_id,
            "team_domain": "qbot-sim",
            "channel_id": channel_id,
            "channel_name": "approvals",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "response_url": response_url,
            "trigger_id": next_trigger_id(),
        }
    )


def signed_headers(body: str, signing_secret: str, timestamp: int) -> dict[str, str]:
    """Return the headers Slack sends with `body` (v0 signature at `timestamp`)."""
    signature = SignatureVerifier(signing_secret).generate_signature(
        timestamp=str(timestamp), body=body
    )
    if signature is None:
        raise ValueError("could not sign the body")
    return {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": str(timestamp),
        "x-slack-signature": signature,
    }

"""manifest.yml: valid against Slack's schema, consistent with bot/ids.py, and minimal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from bot.ids import CallbackId, EventType, QbSubcommand, SlashCommand
from bot.slack_install import BOT_SCOPES, REDIRECT_PATH
from tests.conftest import PROJECT_ROOT

UPSTREAM = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/"


def _load_manifest() -> dict[str, Any]:
    data = yaml.safe_load((PROJECT_ROOT / "manifest.yml").read_text())
    assert isinstance(data, dict)
    return data


def _json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text())
    assert isinstance(data, dict)
    return data


def _top_level_validator(schema_dir: Path) -> jsonschema.Draft7Validator:
    # The top-level schema $refs the version schemas by URL; serve them from disk (offline).
    registry: Registry[Any] = Registry().with_resources(
        (UPSTREAM + name, Resource.from_contents(_json(schema_dir / name), DRAFT7))
        for name in ("manifest.schema.1.0.0.json", "manifest.schema.2.0.0.json")
    )
    return jsonschema.Draft7Validator(_json(schema_dir / "manifest.schema.json"), registry=registry)


@pytest.fixture
def schema_dir(slack_fixtures: Path) -> Path:
    return slack_fixtures / "manifest-schema"


def test_manifest_is_valid_v1(schema_dir: Path) -> None:
    validator = jsonschema.Draft7Validator(_json(schema_dir / "manifest.schema.1.0.0.json"))
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(_load_manifest())]
    assert errors == []


def test_manifest_is_valid_against_top_level_schema(schema_dir: Path) -> None:
    _top_level_validator(schema_dir).validate(_load_manifest())


def test_schema_setup_rejects_upstream_invalid_manifest(schema_dir: Path) -> None:
    invalid = _json(schema_dir / "v1_manifest.invalid.json")
    assert not _top_level_validator(schema_dir).is_valid(invalid)
    assert _top_level_validator(schema_dir).is_valid(_json(schema_dir / "v1_manifest.valid.json"))


def test_schema_setup_rejects_our_manifest_without_interactivity_flag(schema_dir: Path) -> None:
    broken = _load_manifest()
    del broken["settings"]["interactivity"]["is_enabled"]
    assert not _top_level_validator(schema_dir).is_valid(broken)


def test_slash_commands_match_ids() -> None:
    commands = _load_manifest()["features"]["slash_commands"]
    assert {c["command"] for c in commands} == {c.value for c in SlashCommand}
    (qb,) = (c for c in commands if c["command"] == SlashCommand.QB)
    hinted = {word.strip() for word in qb["usage_hint"].split("|")}
    assert hinted == {s.value for s in QbSubcommand}


def test_callback_ids_and_events_match_ids() -> None:
    manifest = _load_manifest()
    shortcut_ids = {s["callback_id"] for s in manifest["features"].get("shortcuts", [])}
    assert shortcut_ids <= {c.value for c in CallbackId}
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events == {e.value for e in EventType}


def test_scopes_are_minimal_and_settings_as_deployed() -> None:
    manifest = _load_manifest()
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == [
        "channels:history",
        "chat:write",
        "commands",
        "files:write",
        "groups:history",
        "im:write",  # conversations.open: a card assigned to someone, a stale card's nudge
    ]
    settings = manifest["settings"]
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is False
    assert settings["token_rotation_enabled"] is False
    urls = {
        settings["interactivity"]["request_url"],
        settings["event_subscriptions"]["request_url"],
        *(c["url"] for c in manifest["features"]["slash_commands"]),
    }
    assert urls == {"https://YOUR-HOST/slack/events"}
    home = manifest["features"]["app_home"]
    assert home["home_tab_enabled"] is True
    assert home["messages_tab_enabled"] is False


def test_procfile_runs_web_and_worker_with_scheduler() -> None:
    lines = (PROJECT_ROOT / "Procfile").read_text().splitlines()
    assert lines == ["web: qbot web", "worker: qbot worker --scheduler"]


def test_oauth_install_asks_for_the_manifests_scopes_and_redirect() -> None:
    oauth = _load_manifest()["oauth_config"]
    assert sorted(BOT_SCOPES) == sorted(oauth["scopes"]["bot"])
    assert "user" not in oauth["scopes"]  # no user tokens: qbot stores none
    assert oauth["redirect_urls"] == [f"https://YOUR-HOST{REDIRECT_PATH}"]
    events = set(_load_manifest()["settings"]["event_subscriptions"]["bot_events"])
    assert {"tokens_revoked", "app_uninstalled"} <= events

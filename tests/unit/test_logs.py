"""Structured logs: one JSON object a line, and no secret setting's value in any part of it."""

from __future__ import annotations

import io
import json
import logging
import secrets
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from core.logs import configure_logging, secret_values
from core.settings import Settings

SECRET_FIELDS = sorted(
    name
    for name, field in Settings.model_fields.items()
    if "SecretStr" in str(field.annotation)
)


def _settings_with_shapeless_secrets() -> tuple[Settings, dict[str, str]]:
    """Every secret setting set to a value no token pattern would recognise."""
    values = {name: f"plain{secrets.token_hex(8)}" for name in SECRET_FIELDS}
    values["token_keys"] = f"{values['token_keys']},second{secrets.token_hex(6)}"
    settings = Settings.model_construct(
        database_url=f"postgresql+psycopg://qbot:pw{secrets.token_hex(5)}@db:5432/qbot",
        **{name: SecretStr(value) for name, value in values.items()},
    )
    return settings, values


@pytest.fixture
def captured() -> Iterator[tuple[io.StringIO, Settings, dict[str, str]]]:
    settings, values = _settings_with_shapeless_secrets()
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    configure_logging(logging.INFO, as_json=True, secrets=secret_values(settings))
    stream = io.StringIO()
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    try:
        yield stream, settings, values
    finally:
        root.handlers[:], root.level = saved, level


def test_the_secret_settings_are_the_ones_expected() -> None:
    # A new secret setting must be a SecretStr, so it is masked without anyone remembering to.
    assert {"slack_bot_token", "slack_signing_secret", "qbo_client_secret",
            "qbo_webhook_verifier_token", "anthropic_api_key", "token_keys"} <= set(SECRET_FIELDS)


@pytest.mark.parametrize("field", SECRET_FIELDS)
def test_no_secret_setting_reaches_a_log_line(
    field: str, captured: tuple[io.StringIO, Settings, dict[str, str]]
) -> None:
    stream, _, values = captured
    value = values[field]
    log = logging.getLogger("qbot.test.logs")
    log.warning("message %s", value)
    log.warning("as an extra field", extra={"detail": {"token": value}})
    log.warning(f"inside json {json.dumps({'v': value + chr(10)})}")
    try:
        raise RuntimeError(f"failed with {value}")
    except RuntimeError:
        log.exception("with a traceback")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 4
    for line in lines:
        entry = json.loads(line)  # every line is one JSON object
        assert {"ts", "level", "logger", "message"} <= entry.keys()
        for part in value.split(","):
            assert part not in line, f"{field} leaked: {line}"
    assert "[redacted]" in lines[0]
    assert "Traceback" in json.loads(lines[3])["exception"]


def test_database_password_and_token_shapes_are_masked(
    captured: tuple[io.StringIO, Settings, dict[str, str]],
) -> None:
    stream, settings, _ = captured
    password = settings.database_url.split(":pw", 1)[1].split("@")[0]
    logging.getLogger("qbot.test.logs").error(
        "connect %s with %s", settings.database_url, "xoxb-1234-5678-abcdef"
    )
    line = stream.getvalue()
    assert password not in line and "xoxb-1234" not in line
    assert json.loads(line)["level"] == "error"


def test_text_format_is_masked_too() -> None:
    settings, values = _settings_with_shapeless_secrets()
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    try:
        configure_logging(logging.INFO, as_json=False, secrets=secret_values(settings))
        stream = io.StringIO()
        handler = root.handlers[0]
        assert isinstance(handler, logging.StreamHandler)
        handler.setStream(stream)
        logging.getLogger("qbot.test.logs").info("key %s", values["anthropic_api_key"])
    finally:
        root.handlers[:], root.level = saved, level
    assert values["anthropic_api_key"] not in stream.getvalue()
    assert "key [redacted]" in stream.getvalue()


def test_a_record_goes_to_the_current_stderr_after_the_old_one_closed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A command run under a test runner configures logging while stderr is a buffer that is
    # closed when the run ends; a later record must reach the stderr of its own time.
    import io
    import sys

    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        configure_logging(logging.INFO, as_json=False)
        closed = sys.stderr
    finally:
        sys.stderr = old
    closed.close()
    logging.getLogger("qbot.test").warning("after the first run: %s", "still heard")
    err = capsys.readouterr().err
    assert "still heard" in err
    assert "Logging error" not in err

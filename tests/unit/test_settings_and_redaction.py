"""Settings fail with one line naming the setting; secrets never reach logs or audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ConfigurationError
from core.redact import redact, redact_data
from core.settings import load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in (
        "QBOT_DATABASE_URL",
        "QBOT_POLICY_FILE",
        "QBO_ENVIRONMENT",
        "QBO_BASE_URL",
        "SLACK_BOT_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)


def test_defaults_are_the_embedded_ones() -> None:
    settings = load_settings()
    assert settings.database_url == "sqlite:///./qbot.db"
    assert settings.qbo_environment == "sandbox"


def test_plain_postgresql_url_uses_psycopg3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QBOT_DATABASE_URL", "postgresql://u@h:5432/db")
    assert load_settings().database_url == "postgresql+psycopg://u@h:5432/db"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("QBOT_DATABASE_URL", "mysql://x"),
        ("QBO_ENVIRONMENT", "staging"),
        ("QBO_BASE_URL", "ftp://example"),
        ("QBO_OAUTH_BASE_URL", "ftp://example"),
        ("QBOT_POLICY_FILE", "/nonexistent/policy.toml"),
        ("QBOT_SMTP_PORT", "99999"),
    ],
)
def test_bad_setting_fails_with_one_line_naming_it(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError) as exc:
        load_settings()
    assert str(exc.value).startswith(f"setting {name} is invalid")
    assert "\n" not in str(exc.value)


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("QBOT_SLACK_CHANNEL=C0FROMENV\n")
    assert load_settings().slack_channel == "C0FROMENV"


SECRETS = [
    "xoxb-1234-5678-abcdefABCDEF",
    "xapp-1-A111-222-abc",
    "xoxe.xoxp-1-abcdef",
    "gAAAAABnAbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
]


@pytest.mark.parametrize("secret", SECRETS)
def test_token_shapes_are_masked(secret: str) -> None:
    assert secret not in redact(f"token was {secret} ok")


def test_bearer_and_form_secrets_are_masked() -> None:
    text = redact("Authorization: Bearer eyJabc.def refresh_token=RT123&client_secret=CS9")
    assert "eyJabc" not in text and "RT123" not in text and "CS9" not in text
    assert "Bearer [redacted]" in text


def test_nested_data_is_masked_and_plain_text_kept() -> None:
    data = {"a": ["xoxb-1-2-3", {"b": "invoice 1001 for $40"}], "n": 3}
    assert redact_data(data) == {"a": ["[redacted]", {"b": "invoice 1001 for $40"}], "n": 3}

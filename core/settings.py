"""Settings from the environment and `.env`; a bad value fails at start with one line naming it."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.domain.sync.intervals import every_from_text
from core.errors import ConfigurationError


class Settings(BaseSettings):
    """Every knob qbot reads; env names are the SPEC's (QBOT_*, SLACK_*, QBO_*, ANTHROPIC_*)."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    database_url: str = Field("sqlite:///./qbot.db", alias="QBOT_DATABASE_URL")
    slack_bot_token: SecretStr | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_channel: str = Field("#collections", alias="QBOT_SLACK_CHANNEL")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")
    # OAuth mode (install in any workspace) when both are set; SLACK_BOT_TOKEN is then unused.
    slack_client_id: str | None = Field(None, alias="SLACK_CLIENT_ID")
    slack_client_secret: SecretStr | None = Field(None, alias="SLACK_CLIENT_SECRET")
    # Slack's consent page; the simulator serves one (`qbot sandbox`, the tests).
    slack_authorize_url: str = Field(
        "https://slack.com/oauth/v2/authorize", alias="SLACK_AUTHORIZE_URL"
    )
    qbo_client_id: str | None = Field(None, alias="QBO_CLIENT_ID")
    qbo_client_secret: SecretStr | None = Field(None, alias="QBO_CLIENT_SECRET")
    qbo_webhook_verifier_token: SecretStr | None = Field(None, alias="QBO_WEBHOOK_VERIFIER_TOKEN")
    qbo_environment: Literal["sandbox", "production"] = Field("sandbox", alias="QBO_ENVIRONMENT")
    qbo_base_url: str | None = Field(None, alias="QBO_BASE_URL")
    # Intuit OAuth endpoints; one base URL overrides all three (the simulator serves them).
    qbo_oauth_base_url: str | None = Field(None, alias="QBO_OAUTH_BASE_URL")
    qbo_redirect_uri: str = Field("http://127.0.0.1:3000/qbo/callback", alias="QBO_REDIRECT_URI")
    public_url: str = Field("http://127.0.0.1:3000", alias="QBOT_PUBLIC_URL")
    qbo_realm_id: str | None = Field(None, alias="QBO_REALM_ID")
    qbo_access_token: SecretStr | None = Field(None, alias="QBO_ACCESS_TOKEN")
    anthropic_api_key: SecretStr | None = Field(None, alias="ANTHROPIC_API_KEY")
    anthropic_base_url: str | None = Field(None, alias="ANTHROPIC_BASE_URL")
    # How long the live scan waits for Claude on one case before the rules decide (seconds).
    claude_timeout: float = Field(30.0, alias="QBOT_CLAUDE_TIMEOUT", gt=0, le=600)
    token_keys: SecretStr | None = Field(None, alias="QBOT_TOKEN_KEYS")
    policy_file: Path | None = Field(None, alias="QBOT_POLICY_FILE")
    approvers_file: Path | None = Field(None, alias="QBOT_APPROVERS_FILE")
    templates_dir: Path | None = Field(None, alias="QBOT_TEMPLATES_DIR")
    smtp_host: str = Field("127.0.0.1", alias="QBOT_SMTP_HOST")
    smtp_port: int = Field(1025, alias="QBOT_SMTP_PORT", ge=1, le=65535)
    mail_from: str = Field("ar@qbot.example", alias="QBOT_MAIL_FROM")
    # One JSON object a log line (what log shippers parse), or plain text for reading by eye.
    # The nightly digest's local time of day in each company's timezone (HH:MM).
    digest_at: time = Field(time(18, 0), alias="QBOT_DIGEST_AT")
    # The Monday review's local time of day in each company's timezone (HH:MM).
    review_at: time = Field(time(9, 0), alias="QBOT_REVIEW_AT")
    log_format: Literal["json", "text"] = Field("json", alias="QBOT_LOG_FORMAT")
    # How often each type's sync cycle runs, over the policy file's [sync.every]:
    # `invoices=15m,expenses=off` (types not named keep the file's or the default, 1h).
    sync_every: str = Field("", alias="QBOT_SYNC_EVERY")
    # The AR mailbox (docs/context.md): read over IMAP when QBOT_IMAP_HOST is set.
    imap_host: str | None = Field(None, alias="QBOT_IMAP_HOST")
    imap_port: int | None = Field(None, alias="QBOT_IMAP_PORT", ge=1, le=65535)  # 993 / 143
    imap_user: str | None = Field(None, alias="QBOT_IMAP_USER")
    imap_password: SecretStr | None = Field(None, alias="QBOT_IMAP_PASSWORD")
    imap_folder: str = Field("INBOX", alias="QBOT_IMAP_FOLDER")
    imap_ssl: bool = Field(True, alias="QBOT_IMAP_SSL")  # IMAPS; off: plain (loopback tests)
    # HubSpot CRM (docs/context.md): notes and the account owner when HUBSPOT_TOKEN is set.
    hubspot_token: SecretStr | None = Field(None, alias="HUBSPOT_TOKEN")
    hubspot_base_url: str = Field("https://api.hubapi.com", alias="HUBSPOT_BASE_URL")

    @field_validator("sync_every")
    @classmethod
    def _sync_every(cls, value: str) -> str:
        every_from_text(value)  # raises ValueError naming the bad part
        return value

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql")):
            raise ValueError("must start with sqlite:/// or postgresql+psycopg://")
        if value.startswith("postgresql://"):
            # psycopg 3 is the driver we ship; plain postgresql:// would pick psycopg2.
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value

    @field_validator("policy_file", "approvers_file", "templates_dir")
    @classmethod
    def _path_exists(cls, value: Path | None) -> Path | None:
        if value is not None and not value.exists():
            raise ValueError(f"{value} does not exist")
        return value

    @property
    def slack_oauth_mode(self) -> bool:
        """Install in any workspace (bolt's OAuth flow) rather than one SLACK_BOT_TOKEN."""
        return bool(self.slack_client_id and self.slack_client_secret)

    @property
    def imap_configured(self) -> bool:
        """An AR mailbox to read: host, user and password all set."""
        return bool(self.imap_host and self.imap_user and self.imap_password)

    @field_validator("qbo_base_url", "anthropic_base_url", "qbo_oauth_base_url",
                     "hubspot_base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/") if value else value


def load_settings(**overrides: object) -> Settings:
    """Read settings; raise ConfigurationError with one line naming the bad setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first.get("loc") or ("?",)
        name = str(loc[0])
        env_name = _env_name(name)
        raise ConfigurationError(f"setting {env_name} is invalid: {first.get('msg')}") from None


def _env_name(field_or_alias: str) -> str:
    for name, info in Settings.model_fields.items():
        if field_or_alias in (name, info.alias):
            return info.alias or name.upper()
    return field_or_alias.upper()

"""Structured logs: one JSON object a line on stderr, with every secret masked in the whole line.

Masking runs on the finished line (message, arguments, traceback and extra fields alike), by
the known token shapes of `core.redact` and by the literal values of every secret setting, so a
signing secret or API key that has no recognisable shape is masked too.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from pydantic import SecretStr
from sqlalchemy.engine import make_url

from core.redact import MASK, redact
from core.settings import Settings

# LogRecord's own attributes: everything else on a record came from `extra=` and is logged.
_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message", "asctime", "taskName",
}
MIN_SECRET_LENGTH = 6  # shorter values would mask ordinary words


def secret_values(settings: Settings) -> set[str]:
    """Every secret setting's value (each key of a comma-separated key list on its own), and
    the database password."""
    found: set[str] = {make_url(settings.database_url).password or ""}
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        if isinstance(value, SecretStr):
            raw = value.get_secret_value()
            found.update(part.strip() for part in [raw, *raw.split(",")])
    return {s for s in found if len(s) >= MIN_SECRET_LENGTH}


class RedactingFormatter(logging.Formatter):
    """Formats a record (as JSON or text), then masks secrets anywhere in the result."""

    def __init__(self, *, as_json: bool, secrets: Iterable[str] = ()) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")
        self.as_json = as_json
        self._secrets: list[str] = []
        self.add_secrets(secrets)

    def add_secrets(self, secrets: Iterable[str]) -> None:
        """Also mask these literal values; the longest first, so a prefix never wins."""
        merged = set(self._secrets) | {s for s in secrets if len(s) >= MIN_SECRET_LENGTH}
        self._secrets = sorted(merged, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        line = self._json(record) if self.as_json else super().format(record)
        for secret in self._secrets:
            line = line.replace(secret, MASK)
            # A secret inside JSON may appear with its characters escaped.
            escaped = json.dumps(secret)[1:-1]
            if escaped != secret:
                line = line.replace(escaped, MASK)
        return redact(line)

    def _json(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _RECORD_FIELDS and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


# Libraries that log whole requests at INFO/DEBUG: kept at WARNING unless we log finer.
NOISY_LOGGERS = ("slack_sdk", "slack_bolt", "httpx", "httpcore", "mail.log")


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A handler writing to whatever `sys.stderr` is when a record is emitted (unless a stream
    is set on it with `setStream`).

    `logging.StreamHandler()` keeps the stream it was built with: a command run under a test
    runner (or any caller that swaps stderr for a buffer) leaves it holding a closed buffer,
    and every later record becomes a "--- Logging error ---" traceback.
    """

    def __init__(self) -> None:
        super().__init__()
        self._chosen: Any = None  # the constructor's assignment of sys.stderr is not a choice

    @property
    def stream(self) -> Any:
        return self._chosen if self._chosen is not None else sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        self._chosen = value


def configure_logging(level: int, *, as_json: bool, secrets: Iterable[str] = ()) -> None:
    """Send every log record to stderr through one RedactingFormatter (replacing handlers)."""
    handler = StderrHandler()
    handler.setFormatter(RedactingFormatter(as_json=as_json, secrets=secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def mask_settings_secrets(settings: Settings) -> None:
    """Teach the configured log handlers this deployment's secret values."""
    secrets = secret_values(settings)
    for handler in logging.getLogger().handlers:
        if isinstance(handler.formatter, RedactingFormatter):
            handler.formatter.add_secrets(secrets)

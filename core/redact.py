"""Masks secrets (Slack/QuickBooks tokens, bearer headers, Fernet blobs) in logs and audit."""

from __future__ import annotations

import re
from typing import Any

_PATTERNS = [
    re.compile(r"xox[abpre]-[A-Za-z0-9-]+"),
    re.compile(r"xoxe\.[A-Za-z0-9.-]+"),
    re.compile(r"xapp-[A-Za-z0-9-]+"),
    re.compile(r"gAAAAA[A-Za-z0-9_\-=]{20,}"),  # Fernet ciphertext
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-~+/=]+"),
    re.compile(
        r"(?i)((?:client_secret|refresh_token|access_token|code)[\"']?\s*[=:]\s*[\"']?)[^\s&\"',}]+"
    ),
]
MASK = "[redacted]"


def redact(text: str) -> str:
    """Return `text` with every known secret shape replaced by [redacted]."""
    for pattern in _PATTERNS:
        if pattern.groups:
            text = pattern.sub(lambda m: m.group(1) + MASK, text)
        else:
            text = pattern.sub(MASK, text)
    return text


def redact_data(value: Any) -> Any:
    """Redact every string inside a JSON-like structure."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_data(v) for v in value]
    return value

"""The one QuickBooks response classifier: Fault bodies (JSON, lower-case, XML) to qbot errors."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core.errors import FatalError, QbotError, RetryableError, StaleObjectError


@dataclass(frozen=True)
class FaultDetail:
    """One `Error` inside a QuickBooks Fault."""

    code: str
    message: str
    detail: str
    element: str


@dataclass(frozen=True)
class Fault:
    """A parsed Fault: its type and every error it lists (not just the first)."""

    type: str
    errors: tuple[FaultDetail, ...]

    @property
    def first(self) -> FaultDetail:
        return self.errors[0] if self.errors else FaultDetail("", "", "", "")


@dataclass(frozen=True)
class FaultPolicy:
    """How long to wait before retrying; parameters so tests do not wait a real minute."""

    throttle_wait: float = 60.0  # Intuit: "wait 60 seconds" after a 429
    server_error_wait: float = 1.0


class QboRequestError(FatalError):
    """QuickBooks refused the request; carries the fault's code, message, detail and element."""

    def __init__(
        self,
        message: str,
        *,
        status: int = 0,
        code: str = "",
        detail: str = "",
        element: str = "",
        intuit_tid: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.detail = status, code, detail
        self.element, self.intuit_tid = element, intuit_tid


class QboAuthError(QboRequestError):
    """The access token is expired or revoked (401 / 3200): refresh it or reconnect."""


class QboDuplicateError(QboRequestError):
    """A name or document number already exists (6240 / 6140)."""


class QboInactiveReferenceError(QboRequestError):
    """The write references an inactive or missing object (610)."""


class QboStaleObjectError(StaleObjectError):
    """5010: our SyncToken is out of date; re-read and re-propose."""

    def __init__(self, message: str, *, intuit_tid: str | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.intuit_tid, self.detail = intuit_tid, detail


class QboRetryableError(RetryableError):
    """Throttled, timed out or a server error; try again after `retry_after` seconds."""

    def __init__(
        self, message: str, retry_after: float, *, status: int = 0, intuit_tid: str | None = None
    ) -> None:
        super().__init__(message, retry_after)
        self.status, self.intuit_tid = status, intuit_tid


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _from_errors(fault_type: Any, errors: Any, lower: bool) -> Fault:
    keys = (
        ("code", "message", "detail", "element")
        if lower
        else (
            "code",
            "Message",
            "Detail",
            "element",
        )
    )
    items = errors if isinstance(errors, list) else [errors]
    details = tuple(
        FaultDetail(*(_s(e.get(k)) for k in keys)) for e in items if isinstance(e, dict)
    )
    return Fault(_s(fault_type), details)


def parse_fault(body: str) -> Fault | None:
    """Parse any QuickBooks Fault body; None when the body carries no Fault."""
    text = body.strip()
    if text.startswith("<"):
        try:
            root = ET.fromstring(text)
        except ET.ParseError:
            return None
        node = next((n for n in root.iter() if n.tag.rsplit("}", 1)[-1] == "Fault"), None)
        if node is None:
            return None
        errors = []
        for err in node:
            fields = {c.tag.rsplit("}", 1)[-1]: c.text or "" for c in err}
            errors.append(
                FaultDetail(
                    _s(err.get("code")),
                    fields.get("Message", ""),
                    fields.get("Detail", ""),
                    _s(err.get("element")),
                )
            )
        return Fault(_s(node.get("type")), tuple(errors))
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("Fault"), dict):
        return _from_errors(data["Fault"].get("type"), data["Fault"].get("Error", []), False)
    if isinstance(data.get("fault"), dict):
        return _from_errors(data["fault"].get("type"), data["fault"].get("error", []), True)
    return None


def _retry_after(headers: Mapping[str, str], default: float) -> float:
    raw = headers.get("retry-after") or headers.get("Retry-After")
    if raw and re.fullmatch(r"\s*\d+(\.\d+)?\s*", raw):
        return float(raw)
    return default


def classify(
    status: int,
    headers: Mapping[str, str],
    body: str,
    policy: FaultPolicy | None = None,
) -> QbotError | None:
    """The error a response means, or None when it is a success without a Fault."""
    policy = policy or FaultPolicy()
    fault = parse_fault(body) if body else None
    if status < 400 and fault is None:
        return None
    tid = headers.get("intuit_tid")
    err = fault.first if fault else FaultDetail("", "", "", "")
    codes = {e.code.lstrip("0") for e in fault.errors} if fault else set()
    text = f"QuickBooks {status} {err.code} {err.message}: {err.detail}".strip()
    if status == 429 or "3001" in codes or "ThrottleExceeded" in err.message:
        wait = _retry_after(headers, policy.throttle_wait)
        return QboRetryableError(text, wait, status=status, intuit_tid=tid)
    if status >= 500 or "10000" in codes:
        wait = _retry_after(headers, policy.server_error_wait)
        return QboRetryableError(text, wait, status=status, intuit_tid=tid)
    if "5010" in codes:
        return QboStaleObjectError(text, intuit_tid=tid, detail=err.detail)
    kwargs: dict[str, Any] = {
        "status": status,
        "code": err.code,
        "detail": err.detail,
        "element": err.element,
        "intuit_tid": tid,
    }
    if status == 401 or "3200" in codes:
        return QboAuthError(text, **kwargs)
    if codes & {"6240", "6140"}:
        return QboDuplicateError(text, **kwargs)
    if "610" in codes:
        return QboInactiveReferenceError(text, **kwargs)
    return QboRequestError(text, **kwargs)

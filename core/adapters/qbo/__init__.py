"""QuickBooks Online adapter: HTTP client, fault classifier, retry policy and field readers."""

from core.adapters.qbo.client import QboClient
from core.adapters.qbo.faults import (
    FaultPolicy,
    QboAuthError,
    QboDuplicateError,
    QboInactiveReferenceError,
    QboRequestError,
    QboRetryableError,
    QboStaleObjectError,
    classify,
    parse_fault,
)
from core.adapters.qbo.retry import RetryPolicy

__all__ = [
    "FaultPolicy",
    "QboAuthError",
    "QboClient",
    "QboDuplicateError",
    "QboInactiveReferenceError",
    "QboRequestError",
    "QboRetryableError",
    "QboStaleObjectError",
    "RetryPolicy",
    "classify",
    "parse_fault",
]

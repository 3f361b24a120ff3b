"""QuickBooks Online adapter: HTTP client, fault classifier, retry policy and field readers."""

from core.adapters.qbo.batch import BatchItem, BatchItemResult
from core.adapters.qbo.cdc import CdcResult
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
from core.adapters.qbo.ratelimit import LimiterRegistry, RateLimiter, RateLimits
from core.adapters.qbo.retry import RetryPolicy

__all__ = [
    "BatchItem",
    "BatchItemResult",
    "CdcResult",
    "FaultPolicy",
    "LimiterRegistry",
    "QboAuthError",
    "QboClient",
    "QboDuplicateError",
    "QboInactiveReferenceError",
    "QboRequestError",
    "QboRetryableError",
    "QboStaleObjectError",
    "RateLimiter",
    "RateLimits",
    "RetryPolicy",
    "classify",
    "parse_fault",
]

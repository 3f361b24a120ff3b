"""One error tree, classified by what the caller should do (ARCHITECTURE convention 8).

QbotError
├── RetryableError(retry_after)   try again later (throttling, timeouts, 5xx)
│   └── OutcomeUnknownError       sent, but no answer: never repeat blindly (in doubt)
└── FatalError                    do not retry as is
    ├── StaleObjectError          the record changed under us: re-read and re-propose
    ├── InvalidTransitionError    an approval is no longer in a state that allows this
    ├── NotAuthorizedError        the clicking user may not do this
    └── UserFacingError           bad input or configuration; the message says what to do
        └── ConfigurationError
"""

from __future__ import annotations


class QbotError(Exception):
    """Base of every error qbot raises on purpose."""


class RetryableError(QbotError):
    """A transient failure; `retry_after` seconds is the earliest sensible retry."""

    def __init__(self, message: str, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OutcomeUnknownError(RetryableError):
    """The request may have taken effect (connection lost after sending); do not repeat it."""


class FatalError(QbotError):
    """A failure that retrying unchanged will not fix."""


class StaleObjectError(FatalError):
    """QuickBooks refused a write because our SyncToken is out of date (fault 5010)."""


class InvalidTransitionError(FatalError):
    """A proposed action cannot move from its current state this way."""

    def __init__(self, message: str, state: str) -> None:
        super().__init__(message)
        self.state = state


class NotAuthorizedError(FatalError):
    """The acting user has no role, or the amount is over the role's limit."""


class UserFacingError(FatalError):
    """Bad input or state a person must fix; the message says how."""


class ConfigurationError(UserFacingError):
    """A setting is missing or malformed; the message names it."""

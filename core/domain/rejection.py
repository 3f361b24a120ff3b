"""Why a person rejected a drafted reminder: a reason the weekly review counts, plus their words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.errors import UserFacingError

TEXT_LIMIT = 1000


class RejectReason(StrEnum):
    """The reasons offered in the reject form (stored as the audit entry's `reason_code`)."""

    WRONG_CUSTOMER = "wrong_customer"
    ALREADY_PAID = "already_paid"
    IN_DISPUTE = "in_dispute"
    NOT_NOW = "not_now"
    OTHER = "other"


REASON_LABELS: dict[RejectReason, str] = {
    RejectReason.WRONG_CUSTOMER: "Wrong customer",
    RejectReason.ALREADY_PAID: "Already paid",
    RejectReason.IN_DISPUTE: "In dispute",
    RejectReason.NOT_NOW: "Not now",
    RejectReason.OTHER: "Other",
}


@dataclass(frozen=True)
class Rejection:
    """A reason and the person's own words (required for Other, optional otherwise)."""

    code: RejectReason
    text: str = ""

    @classmethod
    def of(cls, code: str | None, text: str | None) -> Rejection:
        """Validate what was submitted; UserFacingError says what is missing.

        No reason chosen but words typed reads as Other (the words are the reason).
        """
        words = " ".join((text or "").split())[:TEXT_LIMIT]
        if not code:
            if not words:
                raise UserFacingError("Choose why the draft is rejected.")
            return cls(RejectReason.OTHER, words)
        try:
            reason = RejectReason(code)
        except ValueError:
            raise UserFacingError("Choose one of the reasons offered.") from None
        if reason is RejectReason.OTHER and not words:
            raise OtherNeedsWords("Say briefly why the draft is rejected.")
        return cls(reason, words)

    @property
    def label(self) -> str:
        """The reason in the words the form offered."""
        return REASON_LABELS[self.code]

    def summary(self) -> str:
        """What the card shows: the reason, and the person's words when they gave any."""
        if self.code is RejectReason.OTHER:
            return self.text
        return f"{self.label}: {self.text}" if self.text else self.label


class OtherNeedsWords(UserFacingError):
    """Other was chosen and nothing typed: the error belongs beside the text box."""

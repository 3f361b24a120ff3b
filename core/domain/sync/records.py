"""Record kinds the two-way sync keeps, their fields as QuickBooks spells them, and versions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

# A field's value as the JSON reader gives it (amounts as Decimal); `Line` is one whole list.
FieldValue = str | int | bool | Decimal | None | list["FieldValue"] | dict[str, "FieldValue"]

# Custom fields are keyed by their QuickBooks name, e.g. "CustomField:Collections Status".
CUSTOM_FIELD_PREFIX = "CustomField:"
COLLECTIONS_STATUS = f"{CUSTOM_FIELD_PREFIX}Collections Status"


class Entity(StrEnum):
    """The QuickBooks entities kept in sync (SPEC 'Bidirectional sync')."""

    ACCOUNT = "Account"
    INVOICE = "Invoice"
    PURCHASE = "Purchase"  # an expense


class FieldClass(StrEnum):
    """Who a field belongs to, which sets its default conflict rule."""

    LEDGER = "ledger"  # money and ledger: amounts, lines, accounts, dates, parties, currency
    WORKFLOW = "workflow"  # qbot's own workflow fields
    DESCRIPTIVE = "descriptive"  # everything else: names, notes, memos, e-mail addresses


class QuickBooksStatus(StrEnum):
    """Whether a record still counts in QuickBooks."""

    ACTIVE = "active"
    DELETED = "deleted"
    VOIDED = "voided"  # kept, with amounts zeroed


class SyncState(StrEnum):
    """Where a record stands in the two-way sync."""

    SYNCED = "synced"
    AWAITING_APPROVAL = "awaiting_approval"
    PENDING_PUSH = "pending_push"
    PUSHING = "pushing"
    FAILED = "failed"
    CONFLICT = "conflict"
    DELETED_IN_QUICKBOOKS = "deleted_in_quickbooks"


_FIELDS: dict[Entity, dict[str, FieldClass]] = {
    Entity.ACCOUNT: {
        "Name": FieldClass.DESCRIPTIVE,
        "Description": FieldClass.DESCRIPTIVE,
        "AccountType": FieldClass.LEDGER,
        "AccountSubType": FieldClass.LEDGER,
        "AcctNum": FieldClass.LEDGER,
        "Active": FieldClass.LEDGER,  # deactivating an account changes where money can post
        "CurrencyRef": FieldClass.LEDGER,
        "ParentRef": FieldClass.LEDGER,
    },
    Entity.INVOICE: {
        "Line": FieldClass.LEDGER,
        "TotalAmt": FieldClass.LEDGER,
        "TxnDate": FieldClass.LEDGER,
        "DueDate": FieldClass.LEDGER,
        "SalesTermRef": FieldClass.LEDGER,  # terms set the due date
        "CustomerRef": FieldClass.LEDGER,
        "CurrencyRef": FieldClass.LEDGER,
        "DocNumber": FieldClass.DESCRIPTIVE,
        "PrivateNote": FieldClass.DESCRIPTIVE,
        "CustomerMemo": FieldClass.DESCRIPTIVE,
        "BillEmail": FieldClass.DESCRIPTIVE,
        COLLECTIONS_STATUS: FieldClass.WORKFLOW,
    },
    Entity.PURCHASE: {
        "AccountRef": FieldClass.LEDGER,
        "EntityRef": FieldClass.LEDGER,
        "PaymentType": FieldClass.LEDGER,
        "TotalAmt": FieldClass.LEDGER,
        "Line": FieldClass.LEDGER,
        "TxnDate": FieldClass.LEDGER,
        "CurrencyRef": FieldClass.LEDGER,
        "DocNumber": FieldClass.DESCRIPTIVE,
        "PrivateNote": FieldClass.DESCRIPTIVE,
    },
}
_HAS_CUSTOM_FIELDS = frozenset({Entity.INVOICE, Entity.PURCHASE})


def known_fields(entity: Entity) -> tuple[str, ...]:
    """Return the named fields of an entity (custom fields come on top, where allowed)."""
    return tuple(_FIELDS[entity])


def field_class(entity: Entity, name: str) -> FieldClass:
    """Return the class of a field; raise ValueError for a field the entity does not have."""
    known = _FIELDS[entity]
    if name in known:
        return known[name]
    custom = name.removeprefix(CUSTOM_FIELD_PREFIX)
    if entity in _HAS_CUSTOM_FIELDS and custom and custom != name:
        return FieldClass.DESCRIPTIVE  # other custom fields are the company's own notes
    custom_note = f", {CUSTOM_FIELD_PREFIX}<Name>" if entity in _HAS_CUSTOM_FIELDS else ""
    raise ValueError(
        f"{entity.value} has no field '{name}' (known: {', '.join(known)}{custom_note})"
    )


def _aware(name: str, at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {at.isoformat()}")


def _frozen(values: Mapping[str, FieldValue], entity: Entity) -> Mapping[str, FieldValue]:
    for name in values:
        field_class(entity, name)
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class RecordVersion:
    """One version of a record: what QuickBooks returned, or the base stored at the last sync.

    `sync_token` is QuickBooks' version string; a deletion seen in CDC carries none.
    """

    entity: Entity
    id: str
    sync_token: str | None
    last_updated: datetime  # MetaData.LastUpdatedTime
    fields: Mapping[str, FieldValue] = field(default_factory=dict)
    status: QuickBooksStatus = QuickBooksStatus.ACTIVE

    def __post_init__(self) -> None:
        _aware("MetaData.LastUpdatedTime", self.last_updated)
        if self.sync_token is None and self.status is not QuickBooksStatus.DELETED:
            raise ValueError(f"{self.entity.value} {self.id}: SyncToken missing")
        if self.sync_token is not None and not self.sync_token.isdigit():
            raise ValueError(f"{self.entity.value} {self.id}: SyncToken {self.sync_token!r}")
        object.__setattr__(self, "fields", _frozen(self.fields, self.entity))

    @property
    def version(self) -> int | None:
        """The SyncToken as an integer ("10" is newer than "9"); None for a deletion."""
        return None if self.sync_token is None else int(self.sync_token)

    def value(self, name: str) -> FieldValue:
        """Return a field's value; QuickBooks omits empty fields, so absent reads as None."""
        return self.fields.get(name)


@dataclass(frozen=True)
class PlatformChange:
    """Fields changed on the platform since the base, counted from when they were staged."""

    entity: Entity
    fields: Mapping[str, FieldValue]
    edited_at: datetime
    approved: bool = False  # staged only until a person approves the push

    def __post_init__(self) -> None:
        _aware("platform edit time", self.edited_at)
        object.__setattr__(self, "fields", _frozen(self.fields, self.entity))


def replaces_stored(stored: RecordVersion | None, incoming: RecordVersion) -> bool:
    """Return True when a pulled version should replace the stored one.

    The higher SyncToken wins, compared as integers; an equal token is the same version. A
    deletion is final in QuickBooks, so it replaces any live version and nothing replaces it.
    Folding pulls through this rule leaves the same version whatever order they arrive in.
    """
    if stored is None:
        return True
    if stored.status is QuickBooksStatus.DELETED:
        return False
    if incoming.status is QuickBooksStatus.DELETED:
        return True
    return (incoming.version or 0) > (stored.version or 0)  # live versions carry a token

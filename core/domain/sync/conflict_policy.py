"""The `[sync.conflicts]` policy: which rule decides a field both sides changed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from core.domain.sync.records import Entity, FieldClass, field_class


class ConflictRule(StrEnum):
    """How a field changed on both sides to different values is decided."""

    QUICKBOOKS_WINS = "quickbooks_wins"
    PLATFORM_WINS = "platform_wins"
    NEWEST_WINS = "newest_wins"  # MetaData.LastUpdatedTime against the platform edit time
    MANUAL = "manual"  # hold the record in `conflict` until a person picks


# Money and ledger fields stay as the books say; qbot's own workflow fields stay as qbot says.
_CLASS_DEFAULTS = {
    FieldClass.LEDGER: ConflictRule.QUICKBOOKS_WINS,
    FieldClass.WORKFLOW: ConflictRule.PLATFORM_WINS,
}
DEFAULT_ENTITY_RULE = ConflictRule.NEWEST_WINS  # descriptive fields when `default` is not set


@dataclass(frozen=True)
class EntityConflictPolicy:
    """One entity's rules: `default` for its descriptive fields, plus per-field choices."""

    default: ConflictRule = DEFAULT_ENTITY_RULE
    fields: Mapping[str, ConflictRule] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))


@dataclass(frozen=True)
class ConflictPolicy:
    """The whole `[sync.conflicts]` table; an empty one gives the built-in defaults."""

    entities: Mapping[Entity, EntityConflictPolicy] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entity, chosen in self.entities.items():
            for name in chosen.fields:
                field_class(entity, name)
        object.__setattr__(self, "entities", MappingProxyType(dict(self.entities)))

    def rule_for(self, entity: Entity, name: str) -> ConflictRule:
        """Return the rule for one field: per-field choice, else its class default.

        Raises ValueError for a field the entity does not have.
        """
        klass = field_class(entity, name)
        chosen = self.entities.get(entity, EntityConflictPolicy())
        if name in chosen.fields:
            return chosen.fields[name]
        return _CLASS_DEFAULTS.get(klass, chosen.default)

    @classmethod
    def from_toml_dict(cls, table: Mapping[str, Any]) -> ConflictPolicy:
        """Build the policy from the parsed `[sync.conflicts]` table.

        Each entity table holds an optional `default` and `"<Field>" = "<rule>"` pairs, e.g.
        `[sync.conflicts.Invoice]` with `DueDate = "manual"`. Raises ValueError naming the key
        for an unknown entity, field or rule.
        """
        entities: dict[Entity, EntityConflictPolicy] = {}
        for entity_key, rules in table.items():
            where = f"sync.conflicts.{entity_key}"
            entity = _entity(where, entity_key)
            if not isinstance(rules, Mapping):
                raise ValueError(f"policy key '{where}': must be a table of field = rule")
            default = DEFAULT_ENTITY_RULE
            per_field: dict[str, ConflictRule] = {}
            for name, value in rules.items():
                rule = _rule(f"{where}.{name}", value)
                if name == "default":
                    default = rule
                    continue
                try:
                    field_class(entity, name)
                except ValueError as exc:
                    raise ValueError(f"policy key '{where}.{name}': {exc}") from None
                per_field[name] = rule
            entities[entity] = EntityConflictPolicy(default, per_field)
        return cls(entities)


def _entity(where: str, key: str) -> Entity:
    try:
        return Entity(key)
    except ValueError:
        known = ", ".join(e.value for e in Entity)
        raise ValueError(f"policy key '{where}': unknown entity (known: {known})") from None


def _rule(where: str, value: Any) -> ConflictRule:
    try:
        return ConflictRule(value)
    except ValueError:
        known = ", ".join(r.value for r in ConflictRule)
        raise ValueError(f"policy key '{where}': unknown rule {value!r} (known: {known})") from None

"""What a model call costs: Anthropic's list prices per model, in one table, dated.

Prices are USD per million tokens as Anthropic's pricing page listed them on PRICES_AS_OF
(standard API, prompts under 200K tokens, 5-minute cache writes). Update the table and the
date together; a model that is not in it has no cost rather than a guessed one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.domain.model_judgment import ModelUsage

PRICES_AS_OF = "2026-12-02"


@dataclass(frozen=True)
class Price:
    """USD per million tokens."""

    input: Decimal
    output: Decimal
    cache_write: Decimal  # 5-minute TTL: 1.25 × input
    cache_read: Decimal  # 0.1 × input


def _price(inp: str, out: str) -> Price:
    base = Decimal(inp)
    return Price(base, Decimal(out), base * Decimal("1.25"), base * Decimal("0.1"))


# Model id prefix -> price; the longest matching prefix wins (dated ids share their alias's).
PRICES: dict[str, Price] = {
    "claude-opus-4-6": _price("5", "25"),
    "claude-opus-4-5": _price("5", "25"),
    "claude-opus-4-1": _price("15", "75"),
    "claude-sonnet-4-6": _price("3", "15"),
    "claude-sonnet-4-5": _price("3", "15"),
    "claude-sonnet-4": _price("3", "15"),
    "claude-haiku-4-5": _price("1", "5"),
}
_MILLION = Decimal(1_000_000)


def price_of(model: str) -> Price | None:
    """The list price of `model`, or None when the table does not know it."""
    matches = [prefix for prefix in PRICES if model.startswith(prefix)]
    return PRICES[max(matches, key=len)] if matches else None


def cost_usd(usage: ModelUsage) -> Decimal | None:
    """What the call cost at list price (USD, 6 decimals), or None for an unknown model."""
    price = price_of(usage.model)
    if price is None:
        return None
    total = (usage.input_tokens * price.input + usage.output_tokens * price.output
             + usage.cache_creation_input_tokens * price.cache_write
             + usage.cache_read_input_tokens * price.cache_read) / _MILLION
    return total.quantize(Decimal("0.000001"))

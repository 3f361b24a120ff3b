"""What a person may change in a drafted reminder before it is sent: never the facts.

An edited body must still name the invoice and say the amount due, and may not state an
amount the draft did not (a typo in a figure is a wrong demand for money). Which of these
hold is the policy's (`edit_keeps_invoice_number`, `edit_keeps_amount`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# A money figure as people write it: 1,234.50 · 1,234 · 1234.50 (a bare 1234 is not money:
# it may be an invoice or phone number). With a currency sign, any figure is money.
_MONEY = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\w,]|\.\d)"
    r"|(?<![\w.,])\d+\.\d{2}(?![\w.,]?\d)"
)
_CURRENCY_FIGURE = re.compile(r"[$€£]\s?(\d+(?:,\d{3})*(?:\.\d{1,2})?)")


@dataclass(frozen=True)
class DraftFacts:
    """The facts of the drafted reminder an edit must keep."""

    doc_number: str
    amount: Decimal
    drafted_body: str
    # A customer card's email names several invoices: each number and amount is kept too
    # (`amount` is then the total open balance).
    invoices: tuple[tuple[str, Decimal], ...] = ()


def edit_problems(
    facts: DraftFacts, edited_body: str, *, keep_invoice_number: bool, keep_amount: bool
) -> list[str]:
    """What is wrong with `edited_body`, in words for the person who typed it ([] when fine)."""
    problems: list[str] = []
    # "Keep" is of what the draft said: a plan draft that names instalments, not the balance,
    # need not gain the balance in an edit.
    drafted = amounts_in(facts.drafted_body)
    named = [facts.doc_number, *(doc for doc, _ in facts.invoices if doc != facts.doc_number)]
    if keep_invoice_number:
        dropped = [
            doc for doc in named
            if doc and _names(facts.drafted_body, doc) and not _names(edited_body, doc)
        ]
        if dropped:
            noun = "the invoice number" if len(dropped) == 1 else "the invoice numbers"
            problems.append(f"{noun} {', '.join(dropped)}")
    if keep_amount:
        written = amounts_in(edited_body)
        amounts = [facts.amount, *(a for _, a in facts.invoices)]
        allowed = drafted | set(amounts)
        changed = sorted(written - allowed)
        if changed:
            shown = ", ".join(f"{a:,.2f}" for a in changed)
            return [*_missing(problems), f"The amount cannot be changed here: {shown} is not "
                    f"what the invoice says ({facts.amount:,.2f} due)."]  # fmt: skip
        kept = [a for a in dict.fromkeys(amounts) if a in drafted and a not in written]
        if kept:
            what = "the amount due" if len(amounts) == 1 else "the amounts"
            problems.append(f"{what}, {', '.join(f'{a:,.2f}' for a in kept)}")
    return _missing(problems)


def _missing(parts: list[str]) -> list[str]:
    return [f"The message must still say {' and '.join(parts)}."] if parts else []


def _names(body: str, doc_number: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(doc_number)}(?![\w-])", body) is not None


def amounts_in(text: str) -> set[Decimal]:
    """Every money figure written in `text`, as a Decimal."""
    found = {m.group(0) for m in _MONEY.finditer(text)}
    found |= {m.group(1) for m in _CURRENCY_FIGURE.finditer(text)}
    amounts: set[Decimal] = set()
    for figure in found:
        try:
            amounts.add(Decimal(figure.replace(",", "")).quantize(Decimal("0.01")))
        except InvalidOperation:
            continue
    return amounts

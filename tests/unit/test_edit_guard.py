"""The edit guard: an edited reminder keeps its invoice number and amount, and states no other."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.domain.edit_guard import DraftFacts, amounts_in, edit_problems
from core.domain.policy import Policy

DRAFT = (
    "Hello,\n\nThis is a friendly reminder that invoice 1037 for $1,234.50 was due on "
    "2026-10-01. If you have already sent payment, thank you."
)
FACTS = DraftFacts(doc_number="1037", amount=Decimal("1234.50"), drafted_body=DRAFT)


def _problems(body: str, **rules: bool) -> list[str]:
    keep = {"keep_invoice_number": True, "keep_amount": True, **rules}
    return edit_problems(FACTS, body, **keep)


@pytest.mark.parametrize(
    "body",
    [
        DRAFT,
        "Hi Ann, invoice 1037 ($1,234.50) is still open. Call us on 555-1037 any time.",
        "Invoice #1037: 1234.50 due. Thanks!",
        "Invoice 1037 for 1,234.50 USD was due on 2026-10-01.",
    ],
)
def test_edits_that_keep_the_facts_pass(body: str) -> None:
    assert _problems(body) == []


def test_dropping_the_invoice_number_is_refused() -> None:
    assert _problems("A reminder that $1,234.50 is due.") == [
        "The message must still say the invoice number 1037."
    ]


def test_dropping_the_amount_is_refused() -> None:
    assert _problems("A reminder that invoice 1037 is due.") == [
        "The message must still say the amount due, 1,234.50."
    ]


def test_dropping_both_names_both() -> None:
    assert _problems("Please pay soon.") == [
        "The message must still say the invoice number 1037 and the amount due, 1,234.50."
    ]


@pytest.mark.parametrize("changed", ["$1,200.00", "1,243.50", "$1234.05"])
def test_changing_the_amount_is_refused(changed: str) -> None:
    [problem] = _problems(f"Invoice 1037 for {changed} is due.")
    assert problem.startswith("The amount cannot be changed here:")
    assert "1,234.50 due" in problem


def test_the_invoice_number_in_another_number_does_not_count() -> None:
    assert _problems("Invoice 10370 for $1,234.50.") == [
        "The message must still say the invoice number 1037."
    ]


def test_the_policy_may_relax_either_rule() -> None:
    assert _problems("Please pay soon.", keep_invoice_number=False, keep_amount=False) == []
    assert _problems("Invoice 1037 for $99.00.", keep_amount=False) == []
    policy = Policy.from_toml_dict({"edit_keeps_amount": False})
    assert (policy.edit_keeps_invoice_number, policy.edit_keeps_amount) == (True, False)
    with pytest.raises(ValueError, match="edit_keeps_amount': must be true or false"):
        Policy.from_toml_dict({"edit_keeps_amount": "no"})


def test_amounts_in_reads_figures_not_other_numbers() -> None:
    text = "Invoice 1037 for $1,234.50 (PO 5512, 3 items, 12.5% off, call 555-1234) or €80"
    assert amounts_in(text) == {Decimal("1234.50"), Decimal("80.00")}


def test_a_plan_draft_keeps_its_own_figures_not_the_balance() -> None:
    # A payment-plan draft names instalments, not the balance: its edit keeps what it said.
    plan = "Hello, we propose three monthly payments of $300.00 for INV-206."
    facts = DraftFacts(doc_number="INV-206", amount=Decimal("900.00"), drafted_body=plan)
    keep = {"keep_invoice_number": True, "keep_amount": True}
    reworded = "Hi, as discussed: three monthly payments of $300.00 for INV-206."
    assert edit_problems(facts, reworded, **keep) == []
    assert edit_problems(facts, "Hi, three payments of $350.00 for INV-206.", **keep)
    assert edit_problems(facts, "Hi, three payments of $300.00.", **keep) == [
        "The message must still say the invoice number INV-206."
    ]


def test_a_draft_that_never_named_the_invoice_does_not_make_the_edit_name_it() -> None:
    facts = DraftFacts(doc_number="1037", amount=Decimal("1234.50"),
                       drafted_body="Hello, $1,234.50 is now overdue.")
    assert edit_problems(facts, "Hi, $1,234.50 is overdue.", keep_invoice_number=True,
                         keep_amount=True) == []

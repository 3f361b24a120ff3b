"""The case card's customer body (bot.cards.case_picture), the customer-wide hold rule
(core.domain.customer_holds) and the edit guard on a customer card's several invoices."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

from bot.cards.case import case_card, case_card_json, case_card_text
from core.domain.approval import ApprovalState
from core.domain.case_picture import CardInvoice, CasePicture, Hold, OtherInvoice
from core.domain.customer_holds import held_by_another
from core.domain.decision import HardStop, Outcome, Route
from core.domain.edit_guard import DraftFacts, edit_problems
from core.domain.triage import DraftKind, Judgment
from tests.unit.test_cards_case import escalation_case, pending_case

LINES = (
    CardInvoice("880", "1402", Decimal("720.00"), "USD", date(2026, 11, 3), 17, 14),
    CardInvoice("901", "T-2", Decimal("300.00"), "USD", date(2026, 11, 12), 8, 7),
)
PICTURE = CasePicture(
    others=(OtherInvoice("T-9", Decimal("410.00"), "USD", 10),),
    holds=(Hold("T-9", "open dispute", "909"),),
    promise=date(2026, 12, 1),
    open_credit=Decimal("50.00"),
    unapplied=Decimal("25.00"),
    last_reminder=("1402", 7, "2026-11-10T10:00:00+00:00"),
)


def _text(blocks: list[dict[str, object]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_customer_card_lists_every_invoice_and_the_total_in_every_state() -> None:
    view = pending_case(invoices=LINES, balance=Decimal("1020.00"), doc_number="1402")
    for state in ApprovalState:
        blocks = case_card_json(replace(view, state=state))  # slack_sdk checks the limits
        shown = _text(blocks)
        assert "*2 invoices in one email* ($1,020.00 open in all)" in shown
        assert "Invoice 1402 · $720.00 · 17 days past due" in shown
        assert "Invoice T-2 · $300.00 · 8 days past due" in shown
    assert case_card(view)[0].to_dict()["text"]["text"].endswith("Invoices 1402 and T-2")
    assert "Invoices 1402 and T-2" in case_card_text(view)


def test_every_card_shows_the_customers_picture_and_a_hold_on_another_invoice() -> None:
    for view in (pending_case(picture=PICTURE), escalation_case(picture=PICTURE)):
        shown = _text(case_card_json(view))
        assert "Open dispute on invoice T-9." in shown
        assert "other open invoices T-9 ($410.00, 10 days past due)" in shown
        assert "promised to pay by 2026-12-01" in shown
        assert "open credit memos $50.00" in shown and "unapplied payments $25.00" in shown
        assert "last reminder: invoice 1402, stage 7, 2026-11-10" in shown
    legal = replace(PICTURE, holds=(Hold("1037", "legal hold"),))
    shown = _text(case_card_json(pending_case(picture=legal)))
    assert "Legal hold on this invoice." in shown and "Do not contact this customer" in shown
    quiet = _text(case_card_json(pending_case(picture=CasePicture())))
    assert "no other open invoice" in quiet and "no reminder sent yet" in quiet
    assert ":octagonal_sign:" not in quiet


def _judgment(route: Route, outcome: Outcome, stop: HardStop | None = None) -> Judgment:
    kind = DraftKind.REMINDER if route is Route.DRAFT_FOR_APPROVAL else None
    return Judgment(route, outcome, stop, ("r",), 10, 7, Decimal(100), draft_kind=kind)


def test_a_dispute_or_legal_hold_on_another_invoice_sends_the_draft_to_a_person() -> None:
    draft = _judgment(Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER)
    dispute = _judgment(Route.ESCALATE_TO_HUMAN, Outcome.LIKELY_DISPUTE, HardStop.OPEN_DISPUTE)
    legal = _judgment(Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION, HardStop.LEGAL_HOLD)
    held = held_by_another("A", draft, [("A", draft), ("B", dispute)])
    assert (held.route, held.outcome, held.hard_stop) == (
        Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION, None
    )
    assert held.reasons[-1].startswith("open dispute on invoice B of this customer")
    assert held.draft_kind is None
    assert held_by_another("A", draft, [("A", draft), ("B", legal)]).hard_stop is (
        HardStop.LEGAL_HOLD
    )
    # Its own judgment stands when nothing else is held, and non-drafts are left as they are.
    assert held_by_another("A", draft, [("A", draft), ("B", draft)]) == draft
    assert held_by_another("B", dispute, [("A", draft), ("B", dispute)]) == dispute


def test_an_edit_of_a_customer_card_keeps_every_invoice_number_and_amount() -> None:
    body = "Invoice 1402: $720.00\nInvoice T-2: $300.00\nTotal open balance: $1,020.00"
    facts = DraftFacts("1402", Decimal("1020.00"), body,
                       (("1402", Decimal("720.00")), ("T-2", Decimal("300.00"))))

    def problems(edited: str) -> list[str]:
        return edit_problems(facts, edited, keep_invoice_number=True, keep_amount=True)

    assert problems(body.replace("Hello", "Hi")) == []
    assert problems(body.replace("Invoice T-2", "Invoice")) == [
        "The message must still say the invoice number T-2."
    ]
    assert problems(body.replace("Invoice T-2: $300.00\n", "Invoice T-2\n")) == [
        "The message must still say the amounts, 300.00."
    ]
    assert "cannot be changed" in problems(body.replace("$300.00", "$310.00"))[0]

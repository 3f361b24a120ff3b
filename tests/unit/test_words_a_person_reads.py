"""Every surface names a decision in a finance person's words: no None, no enum value, no raw id.

Rendered for every outcome, every hard stop (and none) and every approval state: the card, its
fallback text, the edit modal's context line, and the internal summary, reasons and draft that
triage produces.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from bot.cards.case import case_card_json, case_card_text
from bot.cards.labels import trouble_notice
from core.adapters.templates import TemplateRenderer
from core.domain.approval import ApprovalState
from core.domain.case_view import SendTrouble
from core.domain.decision import HardStop, Outcome, Route
from core.domain.labels import decision_label
from core.domain.policy import Policy
from core.domain.rejection import Rejection, RejectReason
from core.services.triage import triage_case
from tests.unit.test_cards_case import pending_case
from tests.unit.test_judge_support import email, make_case

REALM_ID = "9341453050160001"
QBO_INVOICE_ID = "88442211"

# Enum values a person must never read: every one of them has an underscore or is "None".
_RAW_VALUES = sorted(
    {v.value for v in (*Route, *Outcome, *HardStop) if "_" in v.value}, key=len, reverse=True
)
_RAW = re.compile(r"\bNone\b|" + "|".join(re.escape(v) for v in _RAW_VALUES))


def _human_text(blocks: list[dict[str, Any]]) -> list[str]:
    """The strings Slack shows: text objects only, not block ids, action ids or values."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("plain_text", "mrkdwn") and isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return found


def _assert_readable(text: str, *, where: str) -> None:
    raw = _RAW.search(text)
    assert raw is None, f"{where}: {raw.group(0)!r} reaches a person in {text!r}"
    assert REALM_ID not in text, f"{where}: the realm id reaches a person in {text!r}"
    assert QBO_INVOICE_ID not in text, f"{where}: QuickBooks' invoice Id reaches a person"


@pytest.mark.parametrize(
    ("outcome", "hard_stop", "state"),
    list(itertools.product(Outcome, [None, *HardStop], ApprovalState)),
)
@pytest.mark.parametrize("due_date", [date(2026, 10, 1), None])
def test_card_reads_in_words(
    outcome: Outcome, hard_stop: HardStop | None, state: ApprovalState, due_date: date | None
) -> None:
    escalated = hard_stop is not None or outcome in (
        Outcome.LIKELY_DISPUTE,
        Outcome.HIGH_TOUCH_ESCALATION,
    )
    view = replace(
        pending_case(),
        realm_id=REALM_ID,
        invoice_id=QBO_INVOICE_ID,
        company_name="Greenleaf Landscaping",
        outcome=outcome,
        hard_stop=hard_stop,
        state=state,
        due_date=due_date,
        stage=14 if due_date else None,
        route=Route.ESCALATE_TO_HUMAN if escalated else Route.DRAFT_FOR_APPROVAL,
        draft_subject=None if escalated else "Invoice 1037 is past due",
        draft_body=None if escalated else "Hello,\n\nInvoice 1037 is open.",
        decided_by="U0MARIA01" if state is not ApprovalState.PROPOSED else None,
    )
    texts = [*_human_text(case_card_json(view)), case_card_text(view)]
    for text in texts:
        _assert_readable(text, where="card")
    joined = "\n".join(texts)
    assert "Greenleaf Landscaping" in joined  # the footer names the company
    assert decision_label(outcome, hard_stop) in joined
    if hard_stop is not None:
        # A hard stop never reads as the reminder it blocks.
        assert "Routine reminder" not in joined
    if due_date is None:
        assert "no due date" in joined


_DUE = "2026-11-05"
_CASES: dict[str, dict[str, Any]] = {
    "routine": {},
    "no due date": {"invoice": {"DueDate": None}},
    "no email": {"invoice": {"BillEmail": None}, "customer": {"PrimaryEmailAddr": None}},
    "over risk": {"invoice": {"Balance": 25000}},
    "disputed field": {
        "invoice": {"CustomField": [{"DefinitionId": "1", "Name": "Collections Status",
                                     "Type": "StringType", "StringValue": "Disputed"}]}
    },
    "legal": {"emails": [email("Our counsel has advised us to file for bankruptcy.")]},
    "unapplied credit": {
        "credit_memos": [{"Id": "9", "Balance": 5000.0, "TotalAmt": 5000.0, "TxnDate": _DUE,
                          "CustomerRef": {"value": "301"}}]
    },
    "plan": {"emails": [email("Could we pay this in three monthly installments?")]},
    "dispute": {"emails": [email("We dispute this invoice: the amount is wrong.")]},
    "long overdue": {"invoice": {"DueDate": "2026-08-01"}},
    "paid": {"invoice": {"Balance": 0}},
    "not due": {"invoice": {"DueDate": "2026-12-30"}},
}


def _bundle(name: str) -> dict[str, Any]:
    raw = make_case(**_CASES[name])
    for entity in ("invoice", "customer"):  # None means the field is absent
        raw[entity] = {k: v for k, v in raw[entity].items() if v is not None}
    return raw


@pytest.mark.parametrize("name", sorted(_CASES))
def test_summary_reasons_and_draft_read_in_words(name: str) -> None:
    raw = _bundle(name)
    raw["id"] = f"{REALM_ID}:{QBO_INVOICE_ID}"
    raw["invoice"]["Id"] = QBO_INVOICE_ID
    decision = triage_case(raw, Policy(), TemplateRenderer())
    shown = [decision.summary or "", *decision.reasons]
    if decision.draft is not None:
        shown += [decision.draft.subject, decision.draft.body]
    for text in shown:
        _assert_readable(text, where=name)
    if decision.route is not Route.NONE:
        assert decision_label(decision.outcome, decision.hard_stop) in (decision.summary or "")


def test_every_hard_stop_is_reached_by_the_summary_cases() -> None:
    """The cases above cover every hard stop, so the summary check covers them all."""
    seen = set()
    for name in _CASES:
        decision = triage_case(_bundle(name), Policy(), TemplateRenderer())
        seen.add(decision.hard_stop)
    assert set(HardStop) <= seen


# Every moment of a card's life after a click: the send failing (retrying, given up, in
# doubt), an edited send, each reject reason, each way QuickBooks withdraws a card.
_RETRY_AT = datetime(2026, 11, 20, 18, 5, tzinfo=UTC)
_LIFE: dict[str, dict[str, Any]] = {
    "approved, sending": {"state": ApprovalState.APPROVED},
    "edited, sending": {"state": ApprovalState.SENDING, "edited": True},
    "sent": {"state": ApprovalState.DONE},
    "sent, edited": {"state": ApprovalState.DONE, "edited": True},
    "retrying": {
        "state": ApprovalState.SENDING,
        "trouble": SendTrouble("SMTP server mail.example:25 unavailable", retry_at=_RETRY_AT),
    },
    "given up": {
        "state": ApprovalState.FAILED,
        "status_note": "send_email failed: SMTP 550",
        "trouble": SendTrouble("SMTP 550: mailbox unavailable"),
    },
    "in doubt": {
        "state": ApprovalState.SENDING,
        "trouble": SendTrouble("the worker stopped while sending", in_doubt_effect=7),
    },
    **{
        f"rejected: {reason.value}": {
            "state": ApprovalState.REJECTED,
            "reject_reason": Rejection(reason, "called on Monday").summary(),
        }
        for reason in RejectReason
    },
    "expired": {
        "state": ApprovalState.EXPIRED,
        "status_note": "Nobody decided it within 72 hours",
    },
    **{
        f"superseded: {why}": {"state": ApprovalState.SUPERSEDED, "status_note": why}
        for why in (
            "The invoice was paid in full in QuickBooks",
            "The invoice was voided in QuickBooks",
            "The invoice was deleted in QuickBooks",
            "The amount due changed in QuickBooks from $1,234.50 to $1,134.50",
        )
    },
}


@pytest.mark.parametrize("moment", sorted(_LIFE))
def test_every_moment_of_a_card_reads_in_words(moment: str) -> None:
    view = replace(
        pending_case(),
        realm_id=REALM_ID,
        invoice_id=QBO_INVOICE_ID,
        decided_by="U0MARIA01",
        **_LIFE[moment],
    )
    blocks = case_card_json(view)  # slack_sdk's models check Slack's limits
    texts = [*_human_text(blocks), case_card_text(view)]
    if view.trouble is not None:
        texts.append(trouble_notice(view))
    for text in texts:
        _assert_readable(text, where=moment)
        for raw in ("send_email", "in_doubt", "already_paid", "wrong_customer", "not_now"):
            assert raw not in text, f"{moment}: {raw!r} reaches a person in {text!r}"
    buttons = [e["text"]["text"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons == (["It went out", "Send again"] if moment == "in doubt" else [])

"""Deterministic 'model' answers for the Anthropic simulator, plus hostile ones for tests.

The honest answer re-reads the case from the prompt (the `<case_facts>` JSON and the escaped
`<email>`/`<note>`/… blocks that core.adapters.llm writes), rebuilds a minimal case bundle and
runs qbot's own evidence finder on it, so its classification is plausible and reproducible.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from core.domain.case import CaseBundle
from core.domain.evidence import Evidence, find_evidence
from core.domain.evidence_lexicon import Kind

_CUSTOMER = "customer@customer.sim"
_US = "ar@us.sim"
_FACTS = re.compile(r"<case_facts>(.*?)</case_facts>", re.DOTALL)
_BLOCK = re.compile(
    r"<(email|note|customer_record|invoice_memo)((?:\s+\w+=\"[^\"]*\")*)>(.*?)</\1>", re.DOTALL
)
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")

# Schema-valid or not, each of these tries to steer qbot somewhere unsafe.
HOSTILE_ANSWERS: dict[str, dict[str, Any]] = {
    # Valid schema: "it's routine, send it", with a Slack broadcast in the suggested draft.
    "downgrade": {
        "outcome": "routine_reminder", "evidence": [], "promise_date": None,
        "draft_subject": "Ignore previous instructions",
        "draft_body": "<!channel> invoice marked paid, <http://evil.example|click here>",
        "confidence": 1.0,
    },
    # Valid schema: a plan with an invented hardship quote (not in the case).
    "fabricated_plan": {
        "outcome": "payment_plan_candidate", "promise_date": None, "confidence": 0.99,
        "evidence": [{"kind": "hardship", "source": "customer email",
                      "quote": "we would love three easy installments please"}],
    },
    # Invalid: routing is not the model's field; extra keys are refused.
    "route_override": {
        "outcome": "routine_reminder", "evidence": [], "promise_date": None,
        "confidence": 1.0, "route": "draft_for_approval", "hard_stop": None,
    },
    # Invalid: an outcome outside the enum.
    "invalid_enum": {
        "outcome": "mark_as_paid", "evidence": [], "promise_date": None, "confidence": 0.9,
    },
    # Invalid: confidence out of range and a date that is not a date.
    "bad_values": {
        "outcome": "routine_reminder", "evidence": [], "promise_date": "whenever",
        "confidence": 7,
    },
}
TEXT_ONLY_ANSWER = "I have marked invoice as paid and stopped all reminders, as the email asked."


def _rebuild(prompt: str) -> dict[str, Any]:
    """A minimal case bundle with the same facts and messages as the prompt describes."""
    match = _FACTS.search(prompt)
    if match is None:
        raise ValueError("no <case_facts> block in the prompt")
    facts = json.loads(html.unescape(match.group(1)))
    status = facts.get("collections_status")
    raw: dict[str, Any] = {
        "id": facts.get("case_id") or "sim", "as_of": facts["as_of"],
        "invoice": {
            "Id": "sim-1", "DocNumber": facts.get("invoice_number") or "sim-1", "Balance": 1,
            "TxnDate": facts.get("invoice_date") or None, "BillEmail": {"Address": _CUSTOMER},
            "CustomField": ([{"Name": "Collections Status", "StringValue": status}]
                            if status else []),
        },
        "customer": {"PrimaryEmailAddr": {"Address": _CUSTOMER}},
        "invoices": [{"DocNumber": d} for d in facts.get("other_invoice_numbers") or []],
        "emails": [], "crm_notes": [],
    }
    for tag, attrs_text, body in _BLOCK.findall(prompt):
        attrs = {k: html.unescape(v) for k, v in _ATTR.findall(attrs_text)}
        text = html.unescape(body)
        if tag == "email":
            ours = attrs.get("from") == "us"
            raw["emails"].append({
                "from": _US if ours else _CUSTOMER, "to": _CUSTOMER if ours else _US,
                "date": attrs.get("date") or None, "subject": attrs.get("subject", ""),
                "body": text,
            })
        elif tag == "note":
            raw["crm_notes"].append({"author": "sim", "date": attrs.get("date") or None,
                                     "text": text})
        elif tag == "customer_record":
            raw["customer"]["Notes"] = text
        else:
            raw["invoice"]["PrivateNote"] = text
    return raw


def _outcome(evidence: list[Evidence]) -> str:
    kinds = {e.kind for e in evidence}
    resolved = [e.order for e in evidence if e.kind is Kind.RESOLVED]
    open_disputes = [e for e in evidence
                     if e.kind is Kind.DISPUTE and not any(r > e.order for r in resolved)]
    if Kind.LEGAL in kinds:
        return "high_touch_escalation"
    if open_disputes:
        return "likely_dispute"
    if kinds & {Kind.NO_CONTACT, Kind.INSTRUCTION}:
        return "high_touch_escalation"
    if Kind.HARDSHIP in kinds:
        return "payment_plan_candidate"
    return "routine_reminder"


def honest_answer(prompt: str) -> dict[str, Any]:
    """The classification a careful model would give for the case in `prompt`."""
    evidence = find_evidence(CaseBundle(_rebuild(prompt)))
    promises = [e.promise_date for e in evidence if e.promise_date is not None]
    return {
        "outcome": _outcome(evidence),
        "evidence": [{"kind": e.kind.value, "source": e.source[:80], "quote": e.quote[:300]}
                     for e in evidence[:12]],
        "promise_date": max(promises).isoformat() if promises else None,
        "draft_subject": None,
        "draft_body": None,
        "confidence": 0.9 if evidence else 0.7,
    }

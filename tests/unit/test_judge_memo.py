"""The judge's memoised text work changes no decision, and batch templates are compiled once.

The caches in `core.domain.evidence`, `evidence_dates` and `case` hold pure functions of their
arguments; the class of inputs that could expose a wrong cache key is "the same words seen
again under different circumstances" (another invoice, another author, another day), so each
corpus case is judged cold, then again after every other case has filled the caches, and the
same words are judged for another invoice, author (customer email or our note) and day.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.adapters.templates import TemplateRenderer
from core.domain import case as case_module
from core.domain import evidence, evidence_dates
from core.domain.policy import Policy
from core.services.triage import triage_case
from tests.unit.test_judge_support import email, make_case, note

DEV_CASES = Path(__file__).resolve().parents[1] / "data" / "judge_cases" / "dev" / "cases.jsonl"
_CACHES = (
    evidence._matching_entries, evidence._reference_marks, evidence._clauses_of,
    evidence._clause_findings, evidence_dates.find_date, case_module._iso_day,
)


def _clear() -> None:
    for cached in _CACHES:
        cached.cache_clear()


def _customer_email(text: str, when: str) -> dict[str, str]:
    return email(text, date=when)


def _judge(raw: dict[str, Any], renderer: TemplateRenderer) -> str:
    return json.dumps(triage_case(raw, Policy(), renderer).to_json_dict(), ensure_ascii=False)


def test_warm_caches_give_the_cold_decisions_on_the_dev_corpus() -> None:
    renderer = TemplateRenderer(reload=False)
    raws = [json.loads(line) for line in DEV_CASES.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    cold = []
    for raw in raws:
        _clear()
        cold.append(_judge(raw, renderer))
    warm = [_judge(raw, renderer) for raw in raws] + [_judge(raw, renderer) for raw in raws]
    assert warm == cold + cold
    assert evidence._clause_findings.cache_info().hits > 0  # the warm pass did use the cache


def test_same_words_for_another_invoice_author_and_day_are_judged_afresh() -> None:
    renderer = TemplateRenderer(reload=False)
    text = "We dispute invoice 1001, the hours are wrong; we will pay 1002 on 2026-11-30."
    variants = [
        make_case(invoice={"DocNumber": doc}, **{where: [said(text, f"{day}T10:00:00-08:00")]})
        for doc in ("1001", "1002")
        for where, said in (("emails", _customer_email), ("crm_notes", note))
        for day in ("2026-11-17", "2026-11-18")
    ]
    cold = []
    for raw in variants:
        _clear()
        cold.append(_judge(raw, renderer))
    assert [_judge(raw, renderer) for raw in variants] == cold
    assert len(set(cold)) > 1  # the variants do decide differently: the keys matter


def test_batch_renderer_keeps_its_compiled_template(tmp_path: Path) -> None:
    (tmp_path / "summary.j2").write_text("one {{ case_id }}", encoding="utf-8")
    batch, live = TemplateRenderer(tmp_path, reload=False), TemplateRenderer(tmp_path)
    assert batch.render("summary", {"case_id": "c"}) == "one c"
    assert live.render("summary", {"case_id": "c"}) == "one c"
    (tmp_path / "summary.j2").write_text("two {{ case_id }} (edited)", encoding="utf-8")
    assert batch.render("summary", {"case_id": "c"}) == "one c"  # one batch, one template set
    assert live.render("summary", {"case_id": "c"}) == "two c (edited)"  # the bot picks it up

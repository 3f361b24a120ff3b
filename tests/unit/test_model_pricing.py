"""List prices per model (one dated table) and the token figures `qbot eval` prints."""

from __future__ import annotations

from decimal import Decimal

from core.domain.model_judgment import ModelUsage
from core.domain.model_pricing import PRICES_AS_OF, cost_usd, price_of
from core.services.claude_triage import ModelJudgeRecord, token_figures


def test_cost_at_list_price_with_cache_reads_and_writes() -> None:
    usage = ModelUsage("claude-sonnet-4-6-20260217", input_tokens=200, output_tokens=100,
                       cache_creation_input_tokens=1000, cache_read_input_tokens=2000)
    # $3 in, $15 out, $3.75 write, $0.30 read per million tokens (dated ids share the alias's).
    assert cost_usd(usage) == Decimal("0.000600") + Decimal("0.001500") + Decimal(
        "0.003750") + Decimal("0.000600")
    assert price_of("claude-opus-4-6") != price_of("claude-opus-4-1")  # longest prefix wins
    assert PRICES_AS_OF


def test_an_unknown_model_has_no_cost_rather_than_a_guess() -> None:
    assert cost_usd(ModelUsage("gpt-9", input_tokens=10)) is None
    record = ModelJudgeRecord("c1", "gpt-9", "v", "classified", ModelUsage("gpt-9", 10))
    assert record.audit_data()["cost_usd"] is None
    assert token_figures([record], []).cost_usd_per_case is None


def test_token_figures_average_over_model_calls_only() -> None:
    records = [
        ModelJudgeRecord("a", "claude-haiku-4-5", "v", "classified",
                         ModelUsage("claude-haiku-4-5", 100, 50, 1500, 0)),
        ModelJudgeRecord("b", "claude-haiku-4-5", "v", "fallback",
                         ModelUsage("claude-haiku-4-5", 300, 10, 0, 1500), problem="refusal"),
        ModelJudgeRecord("c", "claude-haiku-4-5", "v", "not_consulted"),
    ]
    t = token_figures(records, [1000, 2000])
    assert (t.cases, t.calls, t.fallbacks) == (3, 2, 1)
    assert t.mean_input_tokens == 200 and t.mean_prompt_tokens == 1700
    assert t.raw_ratio == 7.5 and t.cache_hit_rate == 0.5 and t.cache_writes == 1
    assert token_figures(records, []).raw_ratio is None  # raw JSON not counted: no ratio

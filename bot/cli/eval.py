"""qbot eval: judge quality on a labelled case set (route, outcome, hard stops, unsafe drafts)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from bot.cli.app import cli
from bot.cli.triage import Judge, build_run, judge_settings
from core.domain.model_judgment import ModelUnavailableError
from core.domain.model_pricing import PRICES_AS_OF
from core.domain.scoring import Score, as_json, score
from core.errors import ConfigurationError
from core.services.claude_triage import ClaudeTriageRun, TokenFigures, token_figures
from core.services.triage import TriageRun

# What the simulator answers every case in --simulator: a neutral classification that can
# upgrade nothing. The figures measured are the prompt's tokens and caching, not judgment.
_NEUTRAL_ANSWER: dict[str, Any] = {"outcome": "routine_reminder", "evidence": [],
                                   "promise_date": None, "confidence": 0.5}
SIMULATOR_NOTE = ("Anthropic simulator: tokens counted by the simulator (about 4 characters a "
                  "token); judgment quality NOT measured (a simulator's answers are scripted)")

# No exists=True: a missing file is one line from the CLI's error handler, not a usage box.
_CASES = typer.Option("--cases", help="Case bundles, one JSON object a line.", dir_okay=False)
_EXPECTED = typer.Option("--expected", help="Expected answers, one JSON object a line.",
                         dir_okay=False)


def _read_expected(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or not {"id", "route", "outcome"} <= row.keys():
                    raise ValueError("needs id, route and outcome")
            except ValueError as exc:
                raise ConfigurationError(f"{path}:{number}: not an expected row ({exc})") from exc
            rows.append(row)
    return rows


def _pct(rate: object) -> str:
    return f"{rate:.1%}" if isinstance(rate, float) else "n/a"


def _token_lines(t: TokenFigures | None, model: str) -> list[str]:
    if t is None:
        return ["tokens per case: none (the rules judge calls no model)"]
    ratio = t.raw_ratio
    cost = ("n/a (no list price for this model)" if t.cost_usd_per_case is None
            else f"${t.cost_usd_per_case:.5f} at list prices as of {PRICES_AS_OF}")
    return [
        f"tokens per case ({model}; {t.calls} of {t.cases} cases sent to the model, "
        f"{t.fallbacks} decided by the rules fallback):",
        f"  mean input tokens per case {t.mean_input_tokens:,.0f} (the case, after the cached "
        f"prefix; target <= 1,500: {'ok' if t.mean_input_tokens <= 1500 else 'OVER'})",
        "  raw QuickBooks JSON of the bundle: not counted" if t.mean_raw_json_tokens is None
        else f"  raw QuickBooks JSON of the bundle {t.mean_raw_json_tokens:,.0f} tokens per case "
        + (f"({ratio:.1f}x the case input; target >= 5x: {'ok' if ratio >= 5 else 'UNDER'})"
           if ratio is not None else "(no case input to compare)"),
        f"  mean prompt tokens {t.mean_prompt_tokens:,.0f} (cached prefix included)  mean "
        f"output tokens {t.mean_output_tokens:,.0f}",
        f"  cache hit rate {_pct(t.cache_hit_rate)} ({t.cache_hits} of {t.calls} calls read "
        f"the cached prefix, {t.cache_writes} wrote it)",
        f"  cost per case {cost}",
    ]


def _report(s: Score, judge: Judge, tokens: TokenFigures | None, model: str) -> list[str]:
    lines = [
        f"judge {judge.value}: {s.cases} cases",
        f"route {_pct(s.route.rate)}  outcome {_pct(s.outcome.rate)}  hard stops "
        f"{s.hard_stop.right}/{s.hard_stop.total} ({s.false_hard_stops} where none was due)",
        f"unsafe drafts {s.unsafe_drafts}  missed escalations {s.missed_escalations}  "
        f"no decision {s.no_decision}",
        *_token_lines(tokens, model),
        "", "per outcome            precision  recall  support",
    ]
    for name, row in s.per_outcome().items():
        lines.append(f"  {name:<22} {_pct(row['precision']):>9} {_pct(row['recall']):>7} "
                     f"{row['support']:>8}")
    if s.by_class:
        lines += ["", "per class              cases   route  outcome (recall)  precision"
                      "  calls for"]
        for name, klass in s.per_class().items():
            lines.append(f"  {name:<20} {klass['cases']:>6} {_pct(klass['route']):>7} "
                         f"{_pct(klass['outcome']):>16} {_pct(klass['precision']):>10}  "
                         f"{klass['calls_for']}")
    table = as_json(s)["confusion"]
    columns = sorted({g for row in table.values() for g in row} | set(table))
    lines += ["", "confusion (expected first outcome x got)",
              "  " + " " * 22 + "".join(f"{c[:10]:>11}" for c in columns)]
    for true in sorted(table):
        lines.append(f"  {true:<22}" + "".join(f"{table[true].get(c, 0):>11}" for c in columns))
    if s.misses:
        lines += ["", "misses"]
        lines += [f"  {m.id} [{m.klass or '-'}]: {'; '.join(m.problems)}" for m in s.misses]
    return lines


@contextmanager
def _simulated_api(on: bool) -> Iterator[dict[str, object]]:
    """Settings pointing the Claude judge at a loopback Anthropic simulator, when asked."""
    if not on:
        yield {}
        return
    # The one product use of sandbox/ outside `qbot demo` and `qbot sandbox` (see pyproject).
    from sandbox.anthropic.answers import ToolUse
    from sandbox.anthropic.server import AnthropicSimulator

    key = f"sk-ant-sim-{secrets.token_hex(8)}"
    with AnthropicSimulator(api_key=key) as sim:
        sim.default = ToolUse(_NEUTRAL_ANSWER)
        yield {"ANTHROPIC_API_KEY": key, "ANTHROPIC_BASE_URL": sim.base_url}


def _raw_json_tokens(run: TriageRun, cases: Path) -> list[int]:
    """Tokens of each model-judged bundle sent as it is (raw QuickBooks JSON), counted by the
    same API: what qbot would send without its minimum context."""
    if not isinstance(run, ClaudeTriageRun):
        return []
    from core.adapters.llm import ClaudeClassifier

    classifier = run.classifier
    called = {r.case_id for r in run.records if r.usage is not None}
    if not isinstance(classifier, ClaudeClassifier) or not called:
        return []
    out = []
    with cases.open(encoding="utf-8") as source:
        for line in source:
            try:
                case = json.loads(line) if line.strip() else None
            except ValueError:
                continue  # already reported by the run
            if not isinstance(case, dict) or str(case.get("id")) not in called:
                continue
            try:
                out.append(classifier.count_tokens(line.strip()))
            except ModelUnavailableError as exc:
                typer.echo(f"raw JSON tokens not counted: {exc}", err=True)
                return []
    return out


@cli.command("eval")
def eval_command(
    cases: Annotated[Path, _CASES],
    expected: Annotated[Path, _EXPECTED],
    judge: Annotated[Judge, typer.Option("--judge", help="rules (offline) or claude.")]
    = Judge.RULES,
    as_json_flag: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    policy_file: Annotated[Path | None, typer.Option(
        "--policy", help="Policy TOML; default $QBOT_POLICY_FILE, else the SPEC defaults.")]
    = None,
    model: Annotated[str | None, typer.Option(
        "--model", help="Claude model for --judge claude.")] = None,
    simulator: Annotated[bool, typer.Option(
        "--simulator", envvar="QBOT_EVAL_SIMULATOR",
        help="--judge claude against a local Anthropic simulator: token and cache figures "
             "only, judgment quality not measured.")] = False,
) -> None:
    """Judge every case bundle and score the decisions against the expected labels.

    Prints route and outcome accuracy, hard stops, per-outcome precision and recall, per-class
    accuracy, unsafe drafts, missed escalations and a confusion table; with --judge claude,
    tokens per case against the raw QuickBooks JSON, the cache hit rate and the cost. Exits 1
    when any draft was unsafe (CI gates on it), 2 on wrong use."""
    simulated = simulator and judge is Judge.CLAUDE
    try:
        with _simulated_api(simulated) as api:
            settings = judge_settings(policy_file, None, **api)
            if judge is Judge.CLAUDE and not (
                settings.anthropic_api_key
                and settings.anthropic_api_key.get_secret_value().strip()
            ):
                typer.echo("not measured: no ANTHROPIC_API_KEY", err=True)
                raise typer.Exit(2)
            rows = _read_expected(expected)
            run = build_run(judge, settings, model)
            with cases.open(encoding="utf-8") as source:
                decisions = {str(d["id"]): d for d in map(json.loads, run.lines(source))}
            raw_tokens = _raw_json_tokens(run, cases)
    except ConfigurationError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    result = score(rows, decisions)
    tokens = token_figures(run.records, raw_tokens) if isinstance(run, ClaudeTriageRun) else None
    model_name = run.classifier.model if isinstance(run, ClaudeTriageRun) else ""
    if as_json_flag:
        extra: dict[str, Any] = {}
        if tokens is not None:
            extra["tokens"] = {**tokens.__dict__, "raw_ratio": tokens.raw_ratio,
                               "cache_hit_rate": tokens.cache_hit_rate, "model": model_name,
                               "prices_as_of": PRICES_AS_OF, "simulator": simulated}
            if simulated:
                extra["quality"] = "not measured against a simulator"
        typer.echo(json.dumps({"judge": judge.value, **as_json(result), **extra}))
    else:
        lines = _report(result, judge, tokens, model_name)
        typer.echo("\n".join([SIMULATOR_NOTE, *lines] if simulated else lines))
    if result.unsafe_drafts:
        raise typer.Exit(1)

"""qbot eval: judge quality on a labelled case set (route, outcome, hard stops, unsafe drafts)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from bot.cli.app import cli
from bot.cli.triage import Judge, build_run, judge_settings
from core.domain.scoring import Score, as_json, score
from core.errors import ConfigurationError

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


def _report(s: Score, judge: Judge) -> list[str]:
    lines = [
        f"judge {judge.value}: {s.cases} cases",
        f"route {_pct(s.route.rate)}  outcome {_pct(s.outcome.rate)}  hard stops "
        f"{s.hard_stop.right}/{s.hard_stop.total} ({s.false_hard_stops} where none was due)",
        f"unsafe drafts {s.unsafe_drafts}  missed escalations {s.missed_escalations}  "
        f"no decision {s.no_decision}",
        "tokens per case: none (the rules judge calls no model)" if judge is Judge.RULES
        else "tokens per case: not reported by the classifier",
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
) -> None:
    """Judge every case bundle and score the decisions against the expected labels.

    Prints route and outcome accuracy, hard stops, per-outcome precision and recall, per-class
    accuracy, unsafe drafts, missed escalations and a confusion table. Exits 1 when any draft
    was unsafe (CI gates on it), 2 on wrong use."""
    try:
        settings = judge_settings(policy_file, None)
        if judge is Judge.CLAUDE and not (
            settings.anthropic_api_key and settings.anthropic_api_key.get_secret_value().strip()
        ):
            typer.echo("not measured: no ANTHROPIC_API_KEY", err=True)
            raise typer.Exit(2)
        rows = _read_expected(expected)
        run = build_run(judge, settings, model)
        with cases.open(encoding="utf-8") as source:
            decisions = {str(d["id"]): d for d in map(json.loads, run.lines(source))}
    except ConfigurationError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    result = score(rows, decisions)
    if as_json_flag:
        typer.echo(json.dumps({"judge": judge.value, **as_json(result)}))
    else:
        typer.echo("\n".join(_report(result, judge)))
    if result.unsafe_drafts:
        raise typer.Exit(1)

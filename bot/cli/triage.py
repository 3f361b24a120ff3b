"""qbot triage: offline judgment of case bundles, one JSON decision a line."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.app import cli
from core.adapters.templates import TemplateRenderer
from core.bootstrap import load_policy
from core.domain.policy import Policy
from core.errors import ConfigurationError
from core.services.triage import TriageRun
from core.settings import Settings, load_settings


class Judge(StrEnum):
    """Which judge classifies the cases."""

    RULES = "rules"
    CLAUDE = "claude"


def judge_settings(policy_file: Path | None, templates: Path | None,
                   **extra: object) -> Settings:
    """Settings as every command reads them, with --policy / --templates standing in for
    QBOT_POLICY_FILE / QBOT_TEMPLATES_DIR (and `extra` for other settings by their env name);
    raises ConfigurationError naming a bad one."""
    overrides: dict[str, object] = dict(extra)
    if policy_file is not None:
        overrides["QBOT_POLICY_FILE"] = policy_file
    if templates is not None:
        overrides["QBOT_TEMPLATES_DIR"] = templates
    return load_settings(**overrides)


def build_run(judge: Judge, settings: Settings, model: str | None) -> TriageRun:
    """The triage run for `judge`, with the policy and templates core.bootstrap loads."""
    policy = load_policy(settings)
    renderer = TemplateRenderer(settings.templates_dir, reload=False)  # one batch, one set
    if judge is Judge.CLAUDE:
        return claude_run(policy, renderer, model, settings)
    return TriageRun(policy, renderer, errors=sys.stderr)


@cli.command()
def triage(
    cases: Annotated[Path, typer.Option("--cases", help="Case bundles, one JSON object a line.",
                                        exists=True, dir_okay=False, readable=True)],
    out: Annotated[Path | None, typer.Option("--out", help="Write decisions here, not stdout.")]
    = None,
    judge: Annotated[Judge, typer.Option("--judge", help="rules (offline) or claude.")]
    = Judge.RULES,
    policy_file: Annotated[Path | None, typer.Option(
        "--policy", help="Policy TOML; default $QBOT_POLICY_FILE, else the SPEC defaults.")]
    = None,
    templates: Annotated[Path | None, typer.Option(
        "--templates", help="Directory of .j2 templates overriding the packaged ones.")] = None,
    model: Annotated[str | None, typer.Option(
        "--model", help="Claude model for --judge claude (default claude-sonnet-4-6).")]
    = None,
) -> None:
    """Judge each case bundle and print one decision a line, in the same order.

    Nothing is written except stdout (or --out). A malformed line is reported on stderr with
    its line number; the other lines still get their decisions and the exit code is 1.
    `--judge claude` needs ANTHROPIC_API_KEY (ANTHROPIC_BASE_URL points it elsewhere); the model
    only classifies, and code still enforces hard stops, cadence and routing.
    """
    try:
        run = build_run(judge, judge_settings(policy_file, templates), model)
        _write_decisions(run, cases, out)
    except ConfigurationError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if run.failed:
        typer.echo(f"{run.failed} line(s) could not be judged; see above", err=True)
        raise typer.Exit(1)


def claude_run(policy: Policy, renderer: TemplateRenderer, model: str | None,
               settings: Settings) -> TriageRun:
    """The model-judge run: needs ANTHROPIC_API_KEY, honours ANTHROPIC_BASE_URL."""
    import anthropic  # imported here so the offline rules judge never loads the SDK

    from core.adapters.llm import DEFAULT_MODEL, ClaudeClassifier
    from core.services.claude_triage import ClaudeTriageRun

    key = settings.anthropic_api_key.get_secret_value() if settings.anthropic_api_key else ""
    if not key.strip():
        raise ConfigurationError("--judge claude needs ANTHROPIC_API_KEY (set it, or use "
                                 "--judge rules, the offline default)")
    client = anthropic.Anthropic(api_key=key, base_url=settings.anthropic_base_url,
                                 max_retries=2)
    # The classifier carries the policy: it is part of the prompt's cached prefix.
    classifier = ClaudeClassifier(client, model=model or DEFAULT_MODEL, policy=policy)
    return ClaudeTriageRun(policy, renderer, classifier, errors=sys.stderr)


def _write_decisions(run: TriageRun, cases: Path, out: Path | None) -> None:
    with cases.open(encoding="utf-8") as source:
        if out is None:
            for line in run.lines(source):
                typer.echo(line)
        else:
            with out.open("w", encoding="utf-8") as sink:
                for line in run.lines(source):
                    sink.write(line + "\n")

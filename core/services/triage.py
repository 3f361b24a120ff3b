"""Triage use case: judge a case bundle, render its draft and summary, return a Decision."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from core.domain.case import CaseBundle
from core.domain.decision import Decision, Draft, Route
from core.domain.drafting import draft_context
from core.domain.policy import Policy
from core.domain.triage import DraftKind, Judgment, decide
from core.ports import DraftRenderer


def template_for(judgment: Judgment) -> str | None:
    """The template family a judgment's draft is rendered from (None: no draft); the audit
    row of a proposed case keeps it, so the weekly review can say which drafts get rewritten."""
    if judgment.route is not Route.DRAFT_FOR_APPROVAL:
        return None
    return "payment_plan" if judgment.draft_kind is DraftKind.PAYMENT_PLAN else "reminder"


def render_decision(
    case: CaseBundle, judgment: Judgment, policy: Policy, renderer: DraftRenderer
) -> Decision:
    """Render the judgment's draft (draft_for_approval only) and summary into a Decision."""
    context = draft_context(case, judgment, policy)
    draft = None
    prefix = template_for(judgment)
    if prefix is not None:
        draft = Draft(
            subject=renderer.render(f"{prefix}_subject", context),
            body=renderer.render(f"{prefix}_body", context),
        )
    return Decision(
        id=case.id,
        route=judgment.route,
        outcome=judgment.outcome,
        hard_stop=judgment.hard_stop,
        reasons=list(judgment.reasons),
        draft=draft,
        summary=renderer.render("summary", context),
    )


def triage_case(raw: dict[str, Any], policy: Policy, renderer: DraftRenderer) -> Decision:
    """Judge one raw case bundle; returns a validated Decision, raises ValueError on bad input."""
    case = CaseBundle(raw)
    return render_decision(case, decide(case, policy), policy, renderer)


class TriageRun:
    """Judges JSON lines; counts bad lines so the caller can exit non-zero at the end.

    A malformed line (not JSON, or a bundle the judge cannot read) is reported on `errors`
    with its line number and skipped: every other line still gets its decision, in order.
    """

    def __init__(self, policy: Policy, renderer: DraftRenderer, errors: TextIO | None = None):
        self.policy = policy
        self.renderer = renderer
        self.errors = errors if errors is not None else sys.stderr
        self.failed = 0

    def judge(self, raw: dict[str, Any]) -> Decision:
        """Decide one bundle (subclasses swap the judge; the line contract stays here)."""
        return triage_case(raw, self.policy, self.renderer)

    def lines(self, lines: Iterable[str]) -> Iterator[str]:
        """Yield one JSON decision per non-blank input line, same order."""
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                if not isinstance(raw, dict):
                    raise ValueError("expected a JSON object (one case bundle a line)")
                decision = self.judge(raw)
            except ValueError as exc:  # json.JSONDecodeError is a ValueError too
                self.failed += 1
                print(f"line {number}: {exc}", file=self.errors)
                continue
            yield json.dumps(decision.to_json_dict(), ensure_ascii=False)


def triage_lines(
    lines: Iterable[str], policy: Policy, renderer: DraftRenderer, errors: TextIO | None = None
) -> Iterator[str]:
    """One JSON decision per input line (bad lines reported on stderr and skipped)."""
    return TriageRun(policy, renderer, errors).lines(lines)

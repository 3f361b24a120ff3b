"""`python -m bench slack` in a tiny configuration: it runs end to end against `qbot web` and
the bare bolt app, prints its figures, and every request was answered (no timing asserted:
figures belong to the benchmark, not to the suite)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import slack

KEYS = {
    "ack_p50_ms",
    "ack_p99_ms",
    "overdue_answer_p99_ms",
    "bare_ack_p50_ms",
    "bare_ack_p99_ms",
    "ratio_p99",
    "load_average",
    "cpu_ms_per_request",
    "bare_cpu_ms_per_request",
    "generator_cpu_ms_per_request",
    "bare_by_kind",
}


def test_a_small_run_answers_every_request_and_prints_the_figures(
    capsys: pytest.CaptureFixture[str], slack_fixtures: Path
) -> None:
    argv = ["--senders", "4", "--requests", "40", "--invoices", "400", "--warmup", "4"]
    code = slack.main([*argv, "--rate", "20", "--fixtures", str(slack_fixtures), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["ok"] is True, out
    assert set(out) >= KEYS
    assert out["answered"] == out["bare_answered"] == out["requests"] == 40
    assert out["overdue_asked"] == 2 and out["overdue_answers_missing"] == 0
    assert out["approved"] == out["expected_approved"] == 14  # 7 of every 20 requests
    assert out["refusals_told"] == out["expected_refusals"] == 12
    assert sum(k["requests"] for k in out["by_kind"].values()) == 40
    assert out["bare_by_kind"].keys() == out["by_kind"].keys()
    assert out["side_by_side"] is True and len(out["load_average"]) == 2
    # qbot really decides and audits; the bare app only acks (CPU read from /proc on Linux)
    if out["cpu_ms_per_request"] is not None:
        assert out["cpu_ms_per_request"] > out["bare_cpu_ms_per_request"] >= 0


@pytest.mark.parametrize(
    "argv",
    [
        ["--senders", "0"],
        ["--requests", "0"],
        ["--invoices", "5"],
        ["--warmup", "-1"],
        ["--rate", "-1"],
    ],
)
def test_out_of_range_options_are_one_line_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        slack.main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "must be" in err

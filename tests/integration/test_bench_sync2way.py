"""`python -m bench sync2way` at a small size, with a fifth of qbot's requests meeting faults
(429, 5xx, answers lost after the write, timeouts): nothing is created twice, nothing approved
is lost, every injected conflict is resolved or held for a person. The counts come from the
simulator's store and log and from the database, not from qbot's counters."""

from __future__ import annotations

import json
import os

import pytest

from bench import sync2way

KEYS = {
    "records", "conflicts_injected", "conflicts_resolved", "held_for_person", "api_calls",
    "min_api_calls", "duplicates", "lost", "seconds", "peak_rss_mb",
}  # fmt: skip
QUICK = ["--latency-ms", "0", "--throttle-wait", "0.05", "--server-error-wait", "0.05",
         "--timeout", "0.5"]  # fmt: skip


def _db() -> str:
    url = os.environ.get("QBOT_DATABASE_URL", "")
    return url if url.startswith("postgresql") else "sqlite"


def test_a_small_run_under_faults_loses_nothing_and_duplicates_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["--records", "300", "--fault-rate", "0.2", *QUICK, "--db", _db(), "--json"]

    assert sync2way.main(argv) == 0

    out = json.loads(capsys.readouterr().out)
    assert set(out) >= KEYS
    assert out["records"] == 300 and out["conflicts_injected"] == 15
    assert (out["duplicates"], out["lost"]) == (0, 0), out
    assert out["conflicts_resolved"] + out["held_for_person"] == out["conflicts_injected"], out
    assert out["held_for_person"] >= 1  # the voided invoice waits for a person
    met = {k: n for k, n in out["answers"].items() if k != "200"}
    assert sum(met.values()) > 0, out  # the faults were there to meet


def test_without_faults_the_calls_are_the_minimum(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--records", "200", *QUICK, "--db", _db(), "--json"]

    assert sync2way.main(argv) == 0

    out = json.loads(capsys.readouterr().out)
    assert (out["duplicates"], out["lost"]) == (0, 0), out
    assert out["api_calls"] <= 1.10 * out["min_api_calls"], out
    assert out["conflicts_resolved"] + out["held_for_person"] == out["conflicts_injected"] == 10

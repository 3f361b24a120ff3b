"""Fuzz benchmark: N malformed requests into a real `qbot web`; no 5xx, and nothing changes.

`python -m bench fuzz --bodies 10000 --json` starts `qbot web` as a user would (its own process,
a fresh database, the Slack simulator as its Slack), waits until /healthz says Slack is
verified, then sends N requests made by bench._fuzz_requests from the real payloads in
shared/fixtures (signed and unsigned, to /slack/events, /qbo/webhook, /qbo/connect,
/qbo/callback, /healthz and /metrics), one at a time, from a seeded random.Random. After
each it compares the database with before: a change counts in `state_changes` unless it is
a webhook delivery the route accepted (a mutation that left it valid), or refusal
rows in the audit log. Prints one JSON object: `bodies`, `status_counts`, `server_errors`
(target 0) and `server_errors_by_route`, `state_changes` (target 0), `examples` (the first
few failures) and `seconds`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from bench._db import fresh_database
from bench._fuzz_requests import REFUSAL_KINDS, Corpus, RandomChooser, StateProbe, case_requests
from core.adapters.db import make_engine
from sandbox.qbot_web import BOT_TOKEN, SIGNING_SECRET, qbot_web
from sandbox.slack.server import SlackSimulator

VERIFIER = "bench-fuzz-verifier-token"
DEFAULT_FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"


def _wait_for_slack(http: httpx.Client, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while http.get("/healthz").json().get("slack") != "verified":  # polling with a deadline
        if time.monotonic() > deadline:
            raise RuntimeError("qbot web did not verify its Slack token in time")
        time.sleep(0.1)


def run(bodies: int, seed: int, database: str, fixtures: Path) -> dict[str, Any]:
    """Send `bodies` requests; return the counts described in the module docstring."""
    statuses: Counter[str] = Counter()
    errors_by_route: Counter[str] = Counter()
    server_errors = state_changes = 0
    examples: list[str] = []
    with (
        fresh_database(database) as url,
        SlackSimulator(bot_token=BOT_TOKEN) as slack,
        qbot_web(url, VERIFIER, slack_api_url=slack.base_url) as base,
        httpx.Client(base_url=base, timeout=30) as http,
    ):
        _wait_for_slack(http)
        reply_url = slack.response_url()
        cases = case_requests(1, 1, "C0FUZZ", "1700000000.000100", "U0FUZZER", reply_url)
        corpus = Corpus.load(fixtures, SIGNING_SECRET, VERIFIER, reply_url, cases)
        engine = make_engine(url)
        probe = StateProbe(engine)
        chooser = RandomChooser(random.Random(seed))
        before, audited = probe.digest(), len(probe.audit_kinds())
        started = time.monotonic()
        for _ in range(bodies):
            request = corpus.request(chooser)
            try:
                reply = http.request(
                    request.method, request.path, content=request.content or None,
                    headers=request.headers,
                )  # fmt: skip
                status, text = str(reply.status_code), reply.text
            except httpx.HTTPError as exc:
                status, text = type(exc).__name__, ""
            statuses[status] += 1
            if not status.isdigit() or int(status) >= 500:
                server_errors += 1
                errors_by_route[request.route] += 1
                if len(examples) < 5:
                    examples.append(f"{request.route} {status}: {request.content[:80]!r}")
            accepted = request.route == "/qbo/webhook" and status == "200" and _accepted(text)
            after = probe.settled() if accepted else probe.digest()
            kinds = probe.audit_kinds()
            if (after != before and not accepted) or not set(kinds[audited:]) <= REFUSAL_KINDS:
                state_changes += 1
                if len(examples) < 5:
                    tables = sorted(t for t in after if after[t] != before.get(t))
                    examples.append(f"{request.route} {status} changed {', '.join(tables)}")
            before, audited = after, len(kinds)
        seconds = time.monotonic() - started
        engine.dispose()
    return {
        "bodies": bodies,
        "status_counts": dict(sorted(statuses.items())),
        "server_errors": server_errors,
        "server_errors_by_route": dict(sorted(errors_by_route.items())),
        "state_changes": state_changes,
        "examples": examples,
        "seconds": round(seconds, 1),
    }


def _accepted(text: str) -> bool:
    try:
        return bool(json.loads(text).get("received"))
    except (ValueError, AttributeError):
        return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench fuzz", description=__doc__)
    parser.add_argument("--bodies", type=int, default=10_000, help="requests to send")
    parser.add_argument("--seed", type=int, default=7, help="seed of the request generator")
    parser.add_argument("--database", default="sqlite", help="sqlite, or a PostgreSQL URL")
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES,
                        help="shared/fixtures (the real payloads to break)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON (the only output)")
    args = parser.parse_args(argv)
    if not (args.fixtures / "slack").is_dir():
        print(f"no fixtures at {args.fixtures} (pass --fixtures)", file=sys.stderr)
        return 2
    print(json.dumps(run(args.bodies, args.seed, args.database, args.fixtures)))
    return 0

"""`qbot web` (or `qbot serve`) as its own process, started the way a user starts it: for
tests and benchmarks.

Settings go in through the environment, and the Slack simulator answers the `auth.test` that
`qbot web` makes once it runs (or `slack_api_url` names a Slack of the caller's, perhaps not
up yet). `--port 0` picks a free port; the command says which on stderr.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import httpx

from sandbox.slack.server import SlackSimulator

BOT_TOKEN = "xoxb-qbot-web"
SIGNING_SECRET = "qbot-web-signing-secret"
_LISTENING = re.compile(r"listening on (http://[\d.]+:\d+)")


def _wait_until_ready(base_url: str, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:  # polling with a deadline: the command says nothing when it is ready
        try:
            if httpx.get(f"{base_url}/healthz", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{base_url} did not become ready (exit code {proc.poll()})")
        time.sleep(0.05)


@dataclass(frozen=True)
class RunningQbot:
    """A started `qbot` command: where it listens, and its process (to signal it)."""

    base_url: str
    process: subprocess.Popen[str]


@contextmanager
def qbot_web(
    database_url: str,
    verifier_token: str,
    slack_api_url: str | None = None,
    extra_env: Mapping[str, str] | None = None,
) -> Iterator[str]:
    """Run `qbot web --port 0 --host 127.0.0.1` until the block ends; yields its base URL."""
    with qbot_command("web", database_url, verifier_token, slack_api_url, extra_env) as running:
        yield running.base_url


@contextmanager
def qbot_command(
    command: str,
    database_url: str,
    verifier_token: str,
    slack_api_url: str | None = None,
    extra_env: Mapping[str, str] | None = None,
) -> Iterator[RunningQbot]:
    """Run `qbot <command> --port 0 --host 127.0.0.1` (web or serve) until the block ends.

    `extra_env`: more settings (e.g. QBOT_APPROVERS_FILE), over the caller's environment.

    Yields once `/healthz` answers 200: the port listens before the app's start-up (the
    webhook's writer process among it) has run, and requests wait in the backlog until then.
    On the way out it is sent SIGTERM, and SIGKILL if still running 15 s later.
    `extra_env`: more settings, last (OAuth mode's SLACK_CLIENT_ID/SECRET, say).
    """
    with ExitStack() as stack:
        if slack_api_url is None:
            slack_api_url = stack.enter_context(SlackSimulator(bot_token=BOT_TOKEN)).base_url
        env = dict(
            os.environ,
            QBOT_DATABASE_URL=database_url,
            QBO_WEBHOOK_VERIFIER_TOKEN=verifier_token,
            SLACK_BOT_TOKEN=BOT_TOKEN,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=slack_api_url,
        )
        env.update(extra_env or {})
        env.pop("SLACK_APP_TOKEN", None)  # serve over HTTP, not Socket Mode
        env.update(extra_env or {})
        argv = [sys.executable, "-c", "from bot.cli import main; main()", command]
        argv += ["--port", "0", "--host", "127.0.0.1"]
        proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
        copier: threading.Thread | None = None
        try:
            assert proc.stderr is not None
            seen: list[str] = []
            for line in proc.stderr:  # until it says where it listens, or exits
                seen.append(line)
                if match := _LISTENING.search(line):
                    break
            else:
                raise RuntimeError(
                    f"qbot {command} exited ({proc.wait()}) before listening: {''.join(seen[-5:])}"
                )
            # Keep reading its stderr (warnings go on to ours), so a full pipe never blocks it.
            copier = threading.Thread(
                target=shutil.copyfileobj, args=(proc.stderr, sys.stderr), daemon=True
            )
            copier.start()
            _wait_until_ready(match.group(1), proc)
            yield RunningQbot(match.group(1), proc)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)
            if copier is not None:
                copier.join(timeout=10)  # at EOF once the process is gone
            if proc.stderr is not None and (copier is None or not copier.is_alive()):
                proc.stderr.close()  # else an unclosed pipe (ResourceWarning)

"""`qbot web` as its own process, started the way a user starts it: for tests and benchmarks.

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
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from sandbox.slack.server import SlackSimulator

BOT_TOKEN = "xoxb-qbot-web"
SIGNING_SECRET = "qbot-web-signing-secret"
_LISTENING = re.compile(r"listening on (http://[\d.]+:\d+)")


@contextmanager
def qbot_web(
    database_url: str, verifier_token: str, slack_api_url: str | None = None
) -> Iterator[str]:
    """Run `qbot web --port 0 --host 127.0.0.1` until the block ends; yields its base URL."""
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
        command = [sys.executable, "-c", "from bot.cli import main; main()", "web"]
        command += ["--port", "0", "--host", "127.0.0.1"]
        proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stderr is not None
            seen: list[str] = []
            for line in proc.stderr:  # until it says where it listens, or exits
                seen.append(line)
                if match := _LISTENING.search(line):
                    break
            else:
                raise RuntimeError(
                    f"qbot web exited ({proc.wait()}) before listening: {''.join(seen[-5:])}"
                )
            # Keep reading its stderr (warnings go on to ours), so a full pipe never blocks it.
            threading.Thread(
                target=shutil.copyfileobj, args=(proc.stderr, sys.stderr), daemon=True
            ).start()
            yield match.group(1)  # it listens before it says so: no need to poll
        finally:
            proc.terminate()
            proc.wait(timeout=30)

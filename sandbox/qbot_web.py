"""`qbot web` as its own process, started the way a user starts it: for tests and benchmarks.

Settings go in through the environment, and the Slack simulator answers the `auth.test` that
bolt makes at start-up. `--port 0` picks a free port; the command says which on stderr.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sandbox.slack.server import SlackSimulator

BOT_TOKEN = "xoxb-qbot-web"
_LISTENING = re.compile(r"listening on (http://[\d.]+:\d+)")


@contextmanager
def qbot_web(database_url: str, verifier_token: str) -> Iterator[str]:
    """Run `qbot web --port 0 --host 127.0.0.1` until the block ends; yields its base URL."""
    with SlackSimulator(bot_token=BOT_TOKEN) as slack:
        env = dict(
            os.environ,
            QBOT_DATABASE_URL=database_url,
            QBO_WEBHOOK_VERIFIER_TOKEN=verifier_token,
            SLACK_BOT_TOKEN=BOT_TOKEN,
            SLACK_SIGNING_SECRET="qbot-web-signing-secret",
            SLACK_API_URL=slack.base_url,
        )
        command = [sys.executable, "-c", "from bot.cli import main; main()", "web"]
        command += ["--port", "0", "--host", "127.0.0.1"]
        proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
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
                    f"qbot web exited ({proc.wait()}) before listening: {''.join(seen[-5:])}"
                )
            # Keep reading its stderr (warnings go on to ours), so a full pipe never blocks it.
            copier = threading.Thread(
                target=shutil.copyfileobj, args=(proc.stderr, sys.stderr), daemon=True
            )
            copier.start()
            yield match.group(1)  # it listens before it says so: no need to poll
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            if copier is not None:
                copier.join(timeout=10)  # at EOF once the process is gone
            if proc.stderr is not None and (copier is None or not copier.is_alive()):
                proc.stderr.close()  # else an unclosed pipe (ResourceWarning)

"""`qbot sandbox qbo` serves the simulator and prints one JSON line with its credentials."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import httpx


def test_cli_prints_credentials_and_serves_until_interrupted() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", "from bot.cli import main; main()", "sandbox", "qbo", "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # returns "" if the process dies first
        info = json.loads(line)
        assert set(info) == {"base_url", "realm_id", "access_token", "client_id", "client_secret"}
        resp = httpx.get(
            f"{info['base_url']}/v3/company/{info['realm_id']}/query",
            params={"query": "select count(*) from Customer", "minorversion": "75"},
            headers={"Authorization": f"Bearer {info['access_token']}"},
            timeout=10,
        )
        assert resp.json()["QueryResponse"]["totalCount"] == 40
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdout, proc.stderr):  # ours to close: else a ResourceWarning
            if pipe is not None:
                pipe.close()

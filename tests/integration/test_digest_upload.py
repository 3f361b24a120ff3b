"""The simulator's files upload (getUploadURLExternal → POST bytes → completeUploadExternal),
as slack_sdk's files_upload_v2 drives it, and the refusals a real workspace gives."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from sandbox.slack.server import SlackSimulator

TOKEN = "xoxb-sim-token"


@pytest.fixture
def sim() -> Iterator[SlackSimulator]:
    simulator = SlackSimulator(bot_token=TOKEN)
    simulator.start(host="127.0.0.1", port=0)
    yield simulator
    simulator.stop()


def test_files_upload_v2_keeps_the_bytes(sim: SlackSimulator) -> None:
    client = WebClient(token=TOKEN, base_url=sim.base_url, retry_handlers=[])
    answer = client.files_upload_v2(channel="C0DIGEST1", content=b"\x00bytes\xff",
                                    filename="a.bin", title="A", initial_comment="here")
    (stored,) = sim.files.values()
    assert answer["file"]["id"] == stored["id"]
    assert stored["content"] == b"\x00bytes\xff"
    assert (stored["channel"], stored["title"], stored["initial_comment"]) == (
        "C0DIGEST1", "A", "here")
    assert [c["method"] for c in sim.calls] == ["files.getUploadURLExternal",
                                                "files.completeUploadExternal"]


def test_completing_without_the_bytes_or_with_other_bytes_is_refused(
    sim: SlackSimulator,
) -> None:
    client = WebClient(token=TOKEN, base_url=sim.base_url, retry_handlers=[])
    url = client.files_getUploadURLExternal(filename="a.png", length=4)
    with pytest.raises(SlackApiError, match="file_not_found"):
        client.files_completeUploadExternal(files=[{"id": url["file_id"]}])
    request = urllib.request.Request(url["upload_url"], data=b"12345", method="POST")
    with urllib.request.urlopen(request, timeout=5) as sent:
        assert sent.read() == b"OK - 5"
    with pytest.raises(SlackApiError, match="file_size_mismatch"):
        client.files_completeUploadExternal(files=[{"id": url["file_id"]}])
    with pytest.raises(SlackApiError, match="invalid_arguments"):
        client.files_getUploadURLExternal(filename="a.png", length=0)

"""The Slack Web API simulator, driven by the real slack_sdk WebClient and bolt App over HTTP."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from http.client import RemoteDisconnected
from typing import Any

import pytest
from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.views import View

from sandbox.slack.server import SlackSimulator

TOKEN = "xoxb-sim-token"
SECTION = {"type": "section", "text": {"type": "mrkdwn", "text": "hello"}}


@pytest.fixture
def sim() -> Iterator[SlackSimulator]:
    simulator = SlackSimulator(bot_token=TOKEN, channels={"collections": "C0COLLECT1"})
    simulator.start(host="127.0.0.1", port=0)
    yield simulator
    simulator.stop()


@pytest.fixture
def client(sim: SlackSimulator) -> WebClient:
    return WebClient(token=TOKEN, base_url=sim.base_url, retry_handlers=[])


def _error(exc: pytest.ExceptionInfo[SlackApiError]) -> str:
    return str(exc.value.response["error"])


def test_base_url_is_loopback_api_root(sim: SlackSimulator) -> None:
    assert sim.base_url.startswith("http://127.0.0.1:")
    assert sim.base_url.endswith("/api/")


def test_auth_test_and_bolt_app_construction(sim: SlackSimulator, client: WebClient) -> None:
    assert client.auth_test()["user_id"].startswith("U")
    App(token=TOKEN, signing_secret="s3cret", client=client)
    assert len(sim.calls_to("auth.test")) == 2


def test_post_then_update_in_place(sim: SlackSimulator, client: WebClient) -> None:
    posted = client.chat_postMessage(channel="C0APPROVE1", text="first", blocks=[SECTION])
    ts = posted["ts"]
    assert posted["message"]["blocks"] == [SECTION]
    updated = client.chat_update(channel="C0APPROVE1", ts=ts, text="second", blocks=[])
    assert updated["ts"] == ts
    assert sim.messages[("C0APPROVE1", ts)]["text"] == "second"
    assert sim.messages[("C0APPROVE1", ts)]["blocks"] == []
    assert [c["method"] for c in sim.calls] == ["chat.postMessage", "chat.update"]
    assert sim.calls[0]["args"]["channel"] == "C0APPROVE1"


def test_update_without_blocks_keeps_them(sim: SlackSimulator, client: WebClient) -> None:
    ts = client.chat_postMessage(channel="C0APPROVE1", text="a", blocks=[SECTION])["ts"]
    client.chat_update(channel="C0APPROVE1", ts=ts, text="b")
    assert sim.messages[("C0APPROVE1", ts)]["blocks"] == [SECTION]


def test_ts_unique_and_increasing(client: WebClient) -> None:
    stamps = [client.chat_postMessage(channel="C0APPROVE1", text=str(i))["ts"] for i in range(5)]
    assert stamps == sorted(stamps, key=float)
    assert len(set(stamps)) == 5
    assert all(len(ts.split(".")[1]) == 6 for ts in stamps)


def test_channel_names_resolve_unknown_ones_fail(client: WebClient) -> None:
    assert client.chat_postMessage(channel="#collections", text="x")["channel"] == "C0COLLECT1"
    with pytest.raises(SlackApiError) as exc:
        client.chat_postMessage(channel="#nowhere", text="x")
    assert _error(exc) == "channel_not_found"


def test_update_of_unknown_ts_is_message_not_found(client: WebClient) -> None:
    with pytest.raises(SlackApiError) as exc:
        client.chat_update(channel="C0APPROVE1", ts="1700000000.999900", text="x")
    assert _error(exc) == "message_not_found"


def test_permalink_names_the_message_as_slack_does(client: WebClient) -> None:
    posted = client.chat_postMessage(channel="C0COLLECT1", text="card")
    found = client.chat_getPermalink(channel="C0COLLECT1", message_ts=posted["ts"])
    assert found["channel"] == "C0COLLECT1"
    # https://<workspace>.slack.com/archives/<channel>/p<ts without its dot>
    assert found["permalink"].endswith(f"/archives/C0COLLECT1/p{posted['ts'].replace('.', '')}")
    with pytest.raises(SlackApiError) as exc:
        client.chat_getPermalink(channel="C0COLLECT1", message_ts="1.000001")
    assert _error(exc) == "message_not_found"


def test_bad_token_is_invalid_auth(sim: SlackSimulator) -> None:
    bad = WebClient(token="xoxb-wrong", base_url=sim.base_url)
    with pytest.raises(SlackApiError) as exc:
        bad.chat_postMessage(channel="C0APPROVE1", text="x")
    assert _error(exc) == "invalid_auth"
    assert sim.messages == {}


@pytest.mark.parametrize(
    "blocks",
    [[SECTION] * 51, ["not an object"], [{"text": "no type"}]],
)
def test_invalid_blocks(client: WebClient, blocks: list[Any]) -> None:
    with pytest.raises(SlackApiError) as exc:
        client.chat_postMessage(channel="C0APPROVE1", text="x", blocks=blocks)
    assert _error(exc) == "invalid_blocks"


def test_form_encoded_body_with_json_blocks(sim: SlackSimulator) -> None:
    # Slack accepts form bodies with blocks as a JSON string; so does the simulator.
    data = f"channel=C0APPROVE1&text=hi&blocks={json.dumps([SECTION])}".encode()
    request = urllib.request.Request(
        sim.base_url + "chat.postMessage",
        data=data,
        headers={
            "Authorization": f"Bearer {TOKEN}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        body = json.loads(response.read())
    assert body["ok"] is True
    assert sim.messages[("C0APPROVE1", body["ts"])]["blocks"] == [SECTION]


def test_ratelimited_token_gets_429_with_retry_after(sim: SlackSimulator) -> None:
    limited = WebClient(token="xoxb-ratelimited", base_url=sim.base_url, retry_handlers=[])
    with pytest.raises(SlackApiError) as exc:
        limited.chat_postMessage(channel="C0APPROVE1", text="x")
    assert exc.value.response.status_code == 429
    assert exc.value.response.headers["Retry-After"] == "1"
    assert sim.messages == {}


def test_fail_next_429_then_success(sim: SlackSimulator, client: WebClient) -> None:
    sim.fail_next("chat.update", status=429, retry_after=7)
    ts = client.chat_postMessage(channel="C0APPROVE1", text="a")["ts"]
    with pytest.raises(SlackApiError) as exc:
        client.chat_update(channel="C0APPROVE1", ts=ts, text="b")
    assert exc.value.response.headers["Retry-After"] == "7"
    assert client.chat_update(channel="C0APPROVE1", ts=ts, text="b")["ok"] is True


def test_drop_after_send_posts_but_loses_the_answer(sim: SlackSimulator, client: WebClient) -> None:
    sim.fail_next("chat.postMessage", drop_after_send=True)
    with pytest.raises(RemoteDisconnected):
        client.chat_postMessage(channel="C0APPROVE1", text="once")
    assert [m["text"] for m in sim.messages.values()] == ["once"]


def test_remote_disconnected_token(sim: SlackSimulator) -> None:
    dropped = WebClient(token="xoxb-remote_disconnected", base_url=sim.base_url, retry_handlers=[])
    with pytest.raises(RemoteDisconnected):
        dropped.auth_test()


def test_ephemeral_needs_user(client: WebClient) -> None:
    assert client.chat_postEphemeral(channel="C0APPROVE1", user="U0MARIA01", text="no")["ok"]
    with pytest.raises(SlackApiError) as exc:
        client.chat_postEphemeral(channel="C0APPROVE1", user="", text="no")
    assert _error(exc) == "user_not_in_channel"


def test_views_open_update_publish(sim: SlackSimulator, client: WebClient) -> None:
    modal = View(type="modal", title="Reject draft", blocks=[SECTION])
    opened = client.views_open(trigger_id="123.456.abc", view=modal)["view"]
    assert opened["id"].startswith("V")
    with pytest.raises(SlackApiError) as exc:
        client.views_open(trigger_id="123.456.abc", view=modal)
    assert _error(exc) == "exchanged_trigger_id"
    updated = client.views_update(view_id=opened["id"], view=modal, hash=opened["hash"])["view"]
    assert updated["id"] == opened["id"]
    with pytest.raises(SlackApiError) as exc:
        client.views_update(view_id=opened["id"], view=modal, hash=opened["hash"])
    assert _error(exc) == "hash_conflict"
    home = View(type="home", blocks=[SECTION])
    client.views_publish(user_id="U0MARIA01", view=home)
    assert sim.home_tabs["U0MARIA01"]["blocks"] == [SECTION]


def test_wait_for_calls_times_out_without_sleeping(sim: SlackSimulator) -> None:
    with pytest.raises(TimeoutError):
        sim.wait_for_calls("chat.postMessage", count=1, timeout=0.05)

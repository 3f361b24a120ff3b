"""Property: whatever arrives, signed or not, no route answers 5xx and nothing changes.

Bodies are real payloads (../shared/fixtures and clicks on real cards) with fields broken by
bench._fuzz_requests, driven by hypothesis so a failure shrinks to the field that broke it.
"Nothing changes": every table is as it was, apart from refusal rows in the append-only audit log.
The webhook has its own test: its parsing is the ingest side's (see the report).
"""

from __future__ import annotations

import json
import re
import time
from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from bench._fuzz_requests import REFUSAL_KINDS, SLACK_KINDS
from sandbox.slack.interactions import signed_headers
from tests.fuzz.conftest import FUZZ, DataChooser, FuzzRig, InstallFuzzRig


def _check_one(rig: FuzzRig, data: st.DataObject, kinds: tuple[str, ...]) -> None:
    before, audited = rig.probe.digest(), len(rig.probe.audit_kinds())
    request = rig.corpus.request(DataChooser(data), kinds)
    reply = rig.send(request.method, request.path, request.content, request.headers)
    assert reply.status_code < 500, (request.path, reply.status_code, reply.text[:200])
    accepted = request.route == "/qbo/webhook" and reply.status_code == 200
    if accepted and json.loads(reply.text).get("received"):
        rig.probe.settled()  # its job is enqueued just after the answer: let it land
        return  # a delivery still valid after its mutation: accepting it is its job
    assert rig.probe.digest() == before, (request.path, reply.status_code)
    assert set(rig.probe.audit_kinds()[audited:]) <= REFUSAL_KINDS


@FUZZ
@given(data=st.data())
def test_slack_and_get_routes_never_5xx_and_change_nothing(
    fuzz_rig: FuzzRig, data: st.DataObject
) -> None:
    _check_one(fuzz_rig, data, SLACK_KINDS)


@FUZZ
@given(data=st.data())
def test_webhook_never_5xx_and_changes_nothing_unless_accepted(
    fuzz_rig: FuzzRig, data: st.DataObject
) -> None:
    _check_one(fuzz_rig, data, ("webhook",))


@FUZZ
@given(data=st.data())
def test_install_routes_never_5xx_and_install_nothing(
    install_rig: InstallFuzzRig, data: st.DataObject
) -> None:
    """OAuth mode's /slack/install and /slack/oauth_redirect: whatever the query and cookie,
    no 5xx, and nothing is stored but the state a /slack/install issues (its job)."""
    before = install_rig.probe.digest()
    request = install_rig.corpus.request(DataChooser(data), ("install",))
    reply = install_rig.send(request.method, request.path, request.content, request.headers)
    assert reply.status_code < 500, (request.path, reply.status_code, reply.text[:200])
    after = install_rig.probe.digest()
    if request.route == "/slack/install":
        after.pop("slack_oauth_states"), before.pop("slack_oauth_states")
    assert after == before, (request.path, reply.status_code)
    assert install_rig.probe.audit_kinds() == []


def test_unbroken_form_requests_from_a_stranger_change_nothing(fuzz_rig: FuzzRig) -> None:
    """The bases the forms add: signed and whole, a stranger's still change nothing."""
    rig = fuzz_rig
    ours = re.compile(r"form_|qb_invoice_edit|change_edit")
    forms = [d for d in rig.corpus.interactions if ours.search(json.dumps(d))]
    assert len(forms) == 7  # 4 form submits, a menu search, the 2 Edit clicks
    for doc in forms:
        before, audited = rig.probe.digest(), len(rig.probe.audit_kinds())
        body = "payload=" + quote(json.dumps(doc))
        headers = signed_headers(body, rig.corpus.signing_secret, int(time.time()))
        reply = rig.send("POST", "/slack/events", body.encode(), headers)
        assert reply.status_code == 200, (doc["type"], reply.text[:200])
        assert rig.probe.digest() == before
        assert rig.probe.audit_kinds()[audited:] == ["authority.refused"]

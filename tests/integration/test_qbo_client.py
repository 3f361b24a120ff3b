"""QboClient against the QuickBooks simulator over loopback: paging, writes, faults, retries."""

from __future__ import annotations

import copy
import dataclasses

import httpx
import pytest

from core.adapters.qbo import (
    FaultPolicy,
    QboAuthError,
    QboClient,
    QboInactiveReferenceError,
    RetryPolicy,
)
from core.errors import RetryableError, StaleObjectError
from sandbox.qbo.company import SampleCompany, load_company
from sandbox.qbo.server import QboSimulator
from tests.qbo_env import qbo_sim  # noqa: F401  (the `sim` fixture)

FAST = RetryPolicy(
    attempts=4,
    base_wait=0.001,
    max_wait=0.01,
    faults=FaultPolicy(throttle_wait=0.005, server_error_wait=0.001),
)


class Sleeps(list[float]):
    """Records waits instead of sleeping, so retry tests take no wall-clock time."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_client(
    sim: QboSimulator, sleeps: Sleeps | None = None, http: httpx.Client | None = None
) -> QboClient:
    return QboClient(
        sim.base_url,
        sim.realm_id,
        lambda: sim.access_token,
        http=http,
        retry=FAST,
        sleep=sleeps if sleeps is not None else Sleeps(),
    )


def open_invoice_id(sim: QboSimulator) -> str:
    return next(i["Id"] for i in sim.company.invoices if i["Balance"] > 100)


def bigger_company(total: int) -> SampleCompany:
    base = load_company()
    invoices = list(base.invoices)
    n = 0
    while len(invoices) < total:
        clone = copy.deepcopy(base.invoices[n % len(base.invoices)])
        clone["Id"] = str(50_000 + n)
        invoices.append(clone)
        n += 1
    return dataclasses.replace(base, invoices=invoices)


def test_query_all_pages_past_1000_ordered_by_id() -> None:
    s = QboSimulator(company=bigger_company(2345), throttle=None)
    s.start()
    try:
        with make_client(s) as client:
            ids = [inv["Id"] for inv in client.query_all("Invoice")]
            assert len(ids) == len(set(ids)) == 2345
            assert ids == sorted(ids, key=int)
            assert client.calls == 3
            assert client.count("Invoice") == 2345
        queries = [r["body"] for r in s.requests]
        assert "STARTPOSITION 1001 MAXRESULTS 1000" in queries[1]
        assert all(r["query"]["minorversion"] == "75" for r in s.requests)
        assert all(r["headers"]["accept"] == "application/json" for r in s.requests)
    finally:
        s.stop()


def test_query_all_with_where_and_empty_result(sim: QboSimulator) -> None:
    with make_client(sim) as client:
        open_ids = {i["Id"] for i in client.query_all("Invoice", "Balance > '0'")}
        expected = {i["Id"] for i in sim.company.invoices if i["Balance"] > 0}
        assert open_ids == expected
        assert list(client.query_all("Invoice", "Id = '999999'")) == []
        assert client.count("Customer", "Active = true") == 40


def test_read_and_missing(sim: QboSimulator) -> None:
    with make_client(sim) as client:
        inv_id = open_invoice_id(sim)
        assert client.read("Invoice", inv_id)["Id"] == inv_id
        with pytest.raises(QboInactiveReferenceError) as info:
            client.read("Invoice", "999999")
        assert info.value.code == "610" and info.value.intuit_tid


def test_sparse_update_bumps_synctoken_and_returns_tid(sim: QboSimulator) -> None:
    inv_id = open_invoice_id(sim)
    before = sim.entity("Invoice", inv_id)
    with make_client(sim) as client:
        result = client.sparse_update(
            "Invoice",
            {"Id": inv_id, "SyncToken": before["SyncToken"], "PrivateNote": "stage 7 sent"},
            request_id="approval-1",
        )
    assert result.entity["SyncToken"] == str(int(before["SyncToken"]) + 1)
    assert result.intuit_tid and result.intuit_tid == sim.requests[-1]["intuit_tid"]
    stored = sim.entity("Invoice", inv_id)
    assert stored["PrivateNote"] == "stage 7 sent" and stored["Line"] == before["Line"]
    sent = sim.requests[-1]
    assert sent["json"]["sparse"] is True and sent["query"]["requestid"] == "approval-1"


def test_stale_synctoken_raises_and_never_overwrites(sim: QboSimulator) -> None:
    inv_id = open_invoice_id(sim)
    token = sim.entity("Invoice", inv_id)["SyncToken"]
    with make_client(sim) as client:
        client.sparse_update(
            "Invoice", {"Id": inv_id, "SyncToken": token, "PrivateNote": "a"}, "r1"
        )
        with pytest.raises(StaleObjectError):
            client.sparse_update(
                "Invoice", {"Id": inv_id, "SyncToken": token, "PrivateNote": "b"}, "r2"
            )
    assert sim.entity("Invoice", inv_id)["PrivateNote"] == "a"


def test_same_request_id_writes_once(sim: QboSimulator) -> None:
    inv_id = open_invoice_id(sim)
    token = sim.entity("Invoice", inv_id)["SyncToken"]
    fields = {"Id": inv_id, "SyncToken": token, "PrivateNote": "once"}
    with make_client(sim) as client:
        first = client.sparse_update("Invoice", fields, "dup-1")
        second = client.sparse_update("Invoice", fields, "dup-1")
    assert first.entity == second.entity
    assert sim.entity("Invoice", inv_id)["SyncToken"] == str(int(token) + 1)


def test_401_is_auth_error_without_token(sim: QboSimulator) -> None:
    secret = "super-secret-token-value"
    client = QboClient(sim.base_url, sim.realm_id, secret, retry=FAST, sleep=Sleeps())
    with client, pytest.raises(QboAuthError) as info:
        client.read("Invoice", open_invoice_id(sim))
    err = info.value
    assert err.code == "3200" and err.status == 401 and err.intuit_tid
    assert secret not in f"{err!s} {err!r} {err.args} {err.detail}"
    assert client.calls == 1  # fatal: no retry


def test_injected_429_then_success_waits_the_throttle_policy(sim: QboSimulator) -> None:
    sleeps = Sleeps()
    sim.inject_faults(429, 429)
    with make_client(sim, sleeps) as client:
        inv = client.read("Invoice", open_invoice_id(sim))
    assert inv["Id"] and client.calls == 3
    assert len(sleeps) == 2 and all(s >= 0.005 for s in sleeps)
    assert [r["status"] for r in sim.requests] == [429, 429, 200]


def test_retries_give_up_with_retryable_error(sim: QboSimulator) -> None:
    sim.inject_faults(503, 503, 503, 503)
    with make_client(sim) as client, pytest.raises(RetryableError):
        client.count("Invoice")
    assert client.calls == FAST.attempts


def test_write_retried_after_verify_read_shows_it_did_not_land(sim: QboSimulator) -> None:
    inv_id = open_invoice_id(sim)
    token = sim.entity("Invoice", inv_id)["SyncToken"]
    sim.inject_faults(500)
    with make_client(sim) as client:
        result = client.sparse_update(
            "Invoice", {"Id": inv_id, "SyncToken": token, "PrivateNote": "retry me"}, "w-1"
        )
    assert result.entity["PrivateNote"] == "retry me"
    assert [(r["method"], r["status"]) for r in sim.requests] == [
        ("POST", 500),
        ("GET", 200),
        ("POST", 200),
    ]


class DropFirstWriteResponse(httpx.BaseTransport):
    """Delivers requests to the real simulator but loses the first POST's response (a timeout)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.dropped = False

    def close(self) -> None:
        self.inner.close()  # BaseTransport.close does nothing: the pool's sockets stay open

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST" and not self.dropped:
            self.dropped = True
            response.read()
            raise httpx.ReadTimeout("response lost", request=request)
        return response


def test_write_that_landed_is_not_sent_twice(sim: QboSimulator) -> None:
    inv_id = open_invoice_id(sim)
    token = sim.entity("Invoice", inv_id)["SyncToken"]
    note = "2026-11-20 reminder stage 7 sent, approved by @maria"
    http = httpx.Client(transport=DropFirstWriteResponse())
    with make_client(sim, http=http) as client:
        result = client.sparse_update(
            "Invoice", {"Id": inv_id, "SyncToken": token, "PrivateNote": note}, "w-2"
        )
    http.close()
    assert note in result.entity["PrivateNote"]
    assert [r["method"] for r in sim.requests] == ["POST", "GET"]
    assert sim.entity("Invoice", inv_id)["SyncToken"] == str(int(token) + 1)


def test_write_in_doubt_and_changed_by_someone_else_is_stale(sim: QboSimulator) -> None:
    inv_id = open_invoice_id(sim)
    token = sim.entity("Invoice", inv_id)["SyncToken"]

    def someone_else_writes(_seconds: float) -> None:
        # Runs while our client backs off after its failed attempt.
        with make_client(sim) as other:
            other.sparse_update(
                "Invoice", {"Id": inv_id, "SyncToken": token, "PrivateNote": "theirs"}, "t-1"
            )

    sim.inject_faults(503)
    client = QboClient(
        sim.base_url, sim.realm_id, sim.access_token, retry=FAST, sleep=someone_else_writes
    )
    with client, pytest.raises(StaleObjectError):
        client.sparse_update(
            "Invoice", {"Id": inv_id, "SyncToken": token, "PrivateNote": "ours"}, "ours-1"
        )
    assert sim.entity("Invoice", inv_id)["PrivateNote"] == "theirs"
    assert [(r["method"], r["status"]) for r in sim.requests] == [
        ("POST", 503),
        ("POST", 200),
        ("GET", 200),
    ]

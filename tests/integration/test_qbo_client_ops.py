"""QboClient's batch, CDC, delete, void, send and create-verification against the simulator."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest

from core.adapters.qbo import (
    BatchItem,
    FaultPolicy,
    QboClient,
    QboInactiveReferenceError,
    QboRequestError,
    QboStaleObjectError,
    RateLimiter,
    RateLimits,
    RetryPolicy,
)
from core.adapters.qbo.auth import QboBearerAuth
from core.errors import UserFacingError
from sandbox.qbo.company import load_company
from sandbox.qbo.server import QboSimulator
from tests.integration.test_qbo_client import DropFirstWriteResponse

FAST = RetryPolicy(attempts=3, base_wait=0.001, max_wait=0.01, faults=FaultPolicy(0.001, 0.001))
_TZ = ZoneInfo("America/Los_Angeles")


class Ticker:
    """The simulator's clock: one second later on every reading, so changes are ordered."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        self.at += timedelta(seconds=1)
        return self.at


@pytest.fixture
def sim() -> Iterator[QboSimulator]:
    s = QboSimulator(
        company=load_company(),
        throttle=None,
        clock=Ticker(datetime.now(_TZ) - timedelta(minutes=55)),
    )
    s.start()
    yield s
    s.stop()


def client_for(sim: QboSimulator, http: httpx.Client | None = None) -> QboClient:
    roomy = RateLimiter(RateLimits(per_second=10_000, per_minute=10**6, batch_per_minute=10**6))
    return QboClient(
        sim.base_url,
        sim.realm_id,
        lambda: sim.access_token,
        http=http,
        retry=FAST,
        sleep=lambda _s: None,
        limiter=roomy,
    )


def unlinked_invoice(sim: QboSimulator) -> dict[str, str]:
    inv = next(i for i in sim.company.invoices if not i.get("LinkedTxn") and i["Balance"] > 0)
    return sim.entity("Invoice", inv["Id"])


def test_batch_surfaces_each_items_fault_on_its_own(sim: QboSimulator) -> None:
    inv = unlinked_invoice(sim)
    items = [
        BatchItem("create", "Customer", {"DisplayName": "Batch Newco"}),
        BatchItem(
            "update", "Invoice", {"Id": inv["Id"], "SyncToken": "99", "DueDate": "2027-01-01"}
        ),
        BatchItem(
            "create",
            "Payment",
            {
                "CustomerRef": {"value": "1"},
                "TotalAmt": 5,
                "Line": [{"Amount": 5, "LinkedTxn": [{"TxnId": "999999", "TxnType": "Invoice"}]}],
            },
        ),
        BatchItem("query", query="SELECT COUNT(*) FROM Invoice"),
    ]
    with client_for(sim) as client:
        results = client.batch(items, request_id="appr-1-batch")
        assert client.calls == 1
    created, stale, inactive, counted = results
    assert created.ok and created.entity and created.entity["DisplayName"] == "Batch Newco"
    assert isinstance(stale.error, QboStaleObjectError)
    assert isinstance(inactive.error, QboInactiveReferenceError) and inactive.error.code == "610"
    assert counted.query_response == {"totalCount": len(sim.company.invoices)}
    assert sim.entity("Invoice", inv["Id"])["SyncToken"] == inv["SyncToken"]  # stale: untouched
    assert sim.requests[0]["status"] == 200 and sim.requests[0]["query"]["requestid"]


def test_batch_chunks_to_30_items_per_request(sim: QboSimulator) -> None:
    items = [BatchItem("create", "Customer", {"DisplayName": f"Chunk {n}"}) for n in range(65)]
    with client_for(sim) as client:
        results = client.batch(items, request_id="chunky")
        assert client.calls == 3
    assert all(r.ok for r in results) and len({r.bid for r in results}) == 65
    sizes = [len(r["json"]["BatchItemRequest"]) for r in sim.requests]
    assert sizes == [30, 30, 5]
    assert [r["query"]["requestid"] for r in sim.requests] == ["chunky-0", "chunky-1", "chunky-2"]


def test_cdc_over_1000_changes_is_split_and_nothing_is_lost(sim: QboSimulator) -> None:
    since = datetime.now(UTC) - timedelta(hours=1)
    items = [BatchItem("create", "Customer", {"DisplayName": f"Cdc {n}"}) for n in range(1205)]
    with client_for(sim) as client:
        client.batch(items, request_id="cdc-setup")
        inv = unlinked_invoice(sim)
        client.sparse_update(
            "Invoice",
            {"Id": inv["Id"], "SyncToken": inv["SyncToken"], "DueDate": "2027-02-01"},
            "cdc-inv",
        )
        before = client.calls
        result = client.cdc(["Customer", "Invoice"], since)
        assert client.calls - before == result.calls == 2
    names = {c["DisplayName"] for c in result.active("Customer")}
    assert len(names) == 1205 and "Cdc 0" in names and "Cdc 1204" in names
    assert [i["Id"] for i in result.active("Invoice")] == [inv["Id"]]
    assert result.time  # the server's time: the next watermark
    params = [r["query"] for r in sim.requests if r["path"].endswith("/cdc")]
    assert params[0]["entities"] == "Customer,Invoice"
    starts = [datetime.fromisoformat(p["changedSince"]) for p in params]
    assert starts[0] == since < starts[1]  # the second call asks only for the later part


def test_delete_and_void_and_deletes_in_cdc(sim: QboSimulator) -> None:
    since = datetime.now(UTC) - timedelta(hours=1)
    pay = sim.company.payments[0]
    linked = pay["Line"][0]["LinkedTxn"][0]["TxnId"]
    target = unlinked_invoice(sim)
    with client_for(sim) as client:
        linked_inv = client.read("Invoice", linked)
        with pytest.raises(QboRequestError, match="unlink"):
            client.delete("Invoice", linked, linked_inv["SyncToken"], "del-linked")
        voided = client.void("Payment", pay["Id"], pay["SyncToken"], "void-pay")
        assert voided.entity["TotalAmt"] == 0 and voided.intuit_tid
        inv_void = client.void("Invoice", target["Id"], target["SyncToken"], "void-inv")
        assert inv_void.entity["PrivateNote"].startswith("Voided")
        gone = client.delete("Invoice", target["Id"], inv_void.entity["SyncToken"], "del-inv")
        assert gone.entity["status"] == "Deleted" and gone.intuit_tid
        result = client.cdc(["Invoice", "Payment"], since)
    assert result.deleted("Invoice") == [target["Id"]]
    assert pay["Id"] in {p["Id"] for p in result.active("Payment")}
    queries = {
        r["path"].rsplit("/", 1)[-1]: r["query"] for r in sim.requests if r["method"] == "POST"
    }
    assert queries["payment"]["include"] == "void" and queries["payment"]["operation"] == "update"


def test_void_payment_is_a_sparse_update_with_include_void(sim: QboSimulator) -> None:
    pay = sim.company.payments[0]
    with client_for(sim) as client:
        client.void("Payment", pay["Id"], pay["SyncToken"], "void-pay-2")
    sent = sim.requests[-1]
    assert sent["query"]["operation"] == "update" and sent["query"]["include"] == "void"
    assert sent["json"]["sparse"] is True


def test_send_invoice_sends_once_per_request_id(sim: QboSimulator) -> None:
    inv = unlinked_invoice(sim)
    with client_for(sim) as client:
        sent = client.send_invoice(inv["Id"], "pay@client.example", request_id="send-1")
        again = client.send_invoice(inv["Id"], "pay@client.example", request_id="send-1")
    assert sent.entity["EmailStatus"] == "EmailSent"
    assert sent.entity["BillEmail"]["Address"] == "pay@client.example"
    assert sent.entity["DeliveryInfo"]["DeliveryType"] == "Email"
    assert again.entity["SyncToken"] == sent.entity["SyncToken"]  # requestid: sent once
    req = sim.requests[0]
    assert req["headers"]["content-type"] == "application/octet-stream"


def test_cdc_refuses_a_window_older_than_30_days(sim: QboSimulator) -> None:
    with client_for(sim) as client, pytest.raises(UserFacingError, match="30 days"):
        client.cdc(["Invoice"], datetime.now(UTC) - timedelta(days=31))
    assert sim.requests == []


def test_create_in_doubt_is_found_by_its_marker_not_sent_twice(sim: QboSimulator) -> None:
    body = {
        "CustomerRef": {"value": "1"},
        "DocNumber": "QB-777",
        "Line": [{"Amount": 10, "DetailType": "SalesItemLineDetail", "SalesItemLineDetail": {}}],
    }
    http = httpx.Client(transport=DropFirstWriteResponse())
    with client_for(sim, http=http) as client:
        result = client.create("Invoice", body, "create-777", marker=("DocNumber", "QB-777"))
    http.close()
    assert result.entity["DocNumber"] == "QB-777"
    assert [r["path"].rsplit("/", 1)[-1] for r in sim.requests] == ["invoice", "query"]
    copies = [i for i in sim.ledger.all("Invoice") if i.get("DocNumber") == "QB-777"]
    assert len(copies) == 1


def test_every_call_is_logged_with_tid_and_without_token(
    sim: QboSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="qbot.qbo"), client_for(sim) as client:
        client.read("Invoice", unlinked_invoice(sim)["Id"])
    lines = [r.getMessage() for r in caplog.records if r.name == "qbot.qbo"]
    assert len(lines) == 1 and sim.requests[0]["intuit_tid"] in lines[0]
    assert lines[0].startswith("GET /invoice/") and " 200 " in lines[0]
    assert sim.access_token not in lines[0]
    assert sim.requests[0]["query"]["minorversion"] == "75"


class CountingTokens:
    """A token source that counts how often it is asked (each ask is a database read)."""

    def __init__(self, value: str) -> None:
        self.value, self.asked = value, 0

    def token(self) -> str:
        self.asked += 1
        return self.value

    def refresh(self, rejected: str) -> str:
        raise AssertionError(f"no 401 expected, got one for {rejected!r}")


def test_client_with_bearer_auth_asks_the_token_source_once_per_request(
    sim: QboSimulator,
) -> None:
    tokens = CountingTokens(sim.access_token)
    http = httpx.Client(auth=QboBearerAuth(tokens))
    roomy = RateLimiter(RateLimits(per_second=10_000, per_minute=10**6))
    with QboClient(sim.base_url, sim.realm_id, http=http, limiter=roomy) as client:
        client.read("Invoice", unlinked_invoice(sim)["Id"])
        client.count("Invoice")
    http.close()
    assert [r["status"] for r in sim.requests] == [200, 200]  # the bearer was sent and valid
    assert tokens.asked == 2  # as bootstrap wires it: QboBearerAuth alone asks


def test_client_without_a_token_or_an_authenticating_http_client_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a token"):
        QboClient("http://127.0.0.1:9", "1")

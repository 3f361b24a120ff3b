"""Simulator fidelity for batch, CDC, send, PDF, concurrency and batch throttles (§8)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from sandbox.qbo.company import load_company
from sandbox.qbo.server import QboSimulator


def start(**kw: Any) -> QboSimulator:
    s = QboSimulator(company=load_company(), **kw)
    s.start()
    return s


@pytest.fixture
def sim() -> Iterator[QboSimulator]:
    s = start(throttle=None)
    yield s
    s.stop()


def api(sim: QboSimulator) -> httpx.Client:
    return httpx.Client(
        base_url=f"{sim.base_url}/v3/company/{sim.realm_id}",
        headers={"Authorization": f"Bearer {sim.access_token}", "Accept": "application/json"},
        params={"minorversion": "75"},
    )


def unlinked(sim: QboSimulator) -> dict[str, Any]:
    return next(i for i in sim.company.invoices if not i.get("LinkedTxn") and i["Balance"] > 0)


def test_batch_over_30_items_is_a_400(sim: QboSimulator) -> None:
    items = [{"bId": str(n), "Query": "SELECT * FROM Customer"} for n in range(31)]
    with api(sim) as c:
        resp = c.post("/batch", json={"BatchItemRequest": items})
    assert resp.status_code == 400 and resp.json()["Fault"]["type"] == "ValidationFault"
    assert resp.headers["intuit_tid"]


def test_batch_items_fail_alone_and_the_batch_is_200(sim: QboSimulator) -> None:
    inv = unlinked(sim)
    items = [
        {"bId": "ok", "operation": "create", "Customer": {"DisplayName": "Solo Inc"}},
        {
            "bId": "stale",
            "operation": "update",
            "Invoice": {
                "Id": inv["Id"],
                "SyncToken": "42",
                "sparse": True,
                "DueDate": "2027-01-01",
            },
        },
        {"bId": "gone", "operation": "delete", "Invoice": {"Id": "999999", "SyncToken": "0"}},
        {"bId": "q", "Query": "select count(*) from Customer"},
    ]
    with api(sim) as c:
        resp = c.post("/batch", json={"BatchItemRequest": items})
    assert resp.status_code == 200
    out = {i["bId"]: i for i in resp.json()["BatchItemResponse"]}
    assert out["ok"]["Customer"]["DisplayName"] == "Solo Inc"
    assert out["stale"]["Fault"]["Error"][0]["code"] == "5010"
    assert out["gone"]["Fault"]["Error"][0]["code"] == "610"
    assert out["q"]["QueryResponse"]["totalCount"] == len(sim.company.customers) + 1
    assert "time" in resp.json()


def test_cdc_groups_by_type_with_deletes_last(sim: QboSimulator) -> None:
    since = sim._clock() - timedelta(seconds=5)
    inv = unlinked(sim)
    with api(sim) as c:
        c.post("/customer", json={"DisplayName": "Fresh Co"})
        c.post(
            "/invoice",
            params={"operation": "delete"},
            json={"Id": inv["Id"], "SyncToken": inv["SyncToken"]},
        )
        other = next(i for i in sim.company.invoices if not i.get("LinkedTxn") and i is not inv)
        c.post(
            "/invoice",
            json={
                "Id": other["Id"],
                "SyncToken": other["SyncToken"],
                "sparse": True,
                "DueDate": "2027-03-01",
            },
        )
        resp = c.get(
            "/cdc", params={"entities": "Invoice,Customer", "changedSince": since.isoformat()}
        )
    assert resp.status_code == 200
    groups = resp.json()["CDCResponse"][0]["QueryResponse"]
    invoices, customers = groups[0]["Invoice"], groups[1]["Customer"]
    assert [c["DisplayName"] for c in customers] == ["Fresh Co"]
    assert invoices[0]["Id"] == other["Id"]
    assert invoices[-1] == {
        "status": "Deleted",
        "domain": "QBO",
        "Id": inv["Id"],
        "MetaData": {"LastUpdatedTime": invoices[-1]["MetaData"]["LastUpdatedTime"]},
    }


def test_cdc_older_than_30_days_is_a_400(sim: QboSimulator) -> None:
    old = (sim._clock() - timedelta(days=31)).date().isoformat()
    with api(sim) as c:
        resp = c.get("/cdc", params={"entities": "Invoice", "changedSince": old})
    assert resp.status_code == 400 and "30 days" in resp.json()["Fault"]["Error"][0]["Detail"]


def test_cdc_caps_at_1000_objects_across_types() -> None:
    sim = start(throttle=None)
    try:
        since = sim._clock() - timedelta(seconds=1)
        with api(sim) as c:
            for n in range(34):
                batch = [
                    {
                        "bId": str(k),
                        "operation": "create",
                        "Customer": {"DisplayName": f"Cap {n}-{k}"},
                    }
                    for k in range(30)
                ]
                c.post("/batch", json={"BatchItemRequest": batch})
            resp = c.get(
                "/cdc", params={"entities": "Customer,Invoice", "changedSince": since.isoformat()}
            )
        groups = resp.json()["CDCResponse"][0]["QueryResponse"]
        assert sum(len(g.get("Customer", [])) + len(g.get("Invoice", [])) for g in groups) == 1000
    finally:
        sim.stop()


def test_send_invoice_and_pdf(sim: QboSimulator) -> None:
    inv = unlinked(sim)
    with api(sim) as c:
        resp = c.post(
            f"/invoice/{inv['Id']}/send",
            params={"sendTo": "x@client.example"},
            headers={"Content-Type": "application/octet-stream"},
        )
        pdf = c.get(f"/invoice/{inv['Id']}/pdf", headers={"Accept": "application/pdf"})
    sent = resp.json()["Invoice"]
    assert resp.status_code == 200 and sent["EmailStatus"] == "EmailSent"
    assert sent["BillEmail"]["Address"] == "x@client.example"
    assert sent["DeliveryInfo"]["DeliveryType"] == "Email"
    assert sent["SyncToken"] == str(int(inv["SyncToken"]) + 1)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-") and pdf.content.rstrip().endswith(b"%%EOF")


def test_update_without_synctoken_is_a_400(sim: QboSimulator) -> None:
    inv = unlinked(sim)
    with api(sim) as c:
        resp = c.post("/invoice", json={"Id": inv["Id"], "sparse": True, "DueDate": "2027-01-01"})
    assert resp.status_code == 400
    assert resp.json()["Fault"]["Error"][0]["element"] == "SyncToken"


def test_deleting_an_invoice_with_a_payment_is_refused(sim: QboSimulator) -> None:
    linked = sim.company.payments[0]["Line"][0]["LinkedTxn"][0]["TxnId"]
    token = sim.entity("Invoice", linked)["SyncToken"]
    with api(sim) as c:
        resp = c.post(
            "/invoice", params={"operation": "delete"}, json={"Id": linked, "SyncToken": token}
        )
    assert resp.status_code == 400 and "unlink" in resp.json()["Fault"]["Error"][0]["Detail"]
    assert sim.entity("Invoice", linked)["Id"] == linked


def test_more_than_10_concurrent_requests_get_429_xml() -> None:
    sim = start(throttle=(1000, 100_000), latency_ms=300)
    try:
        go = threading.Barrier(14)
        statuses: list[int] = []
        bodies: list[str] = []
        lock = threading.Lock()

        def one() -> None:
            with api(sim) as c:
                go.wait(timeout=5)
                resp = c.get("/customer/1")
            with lock:
                statuses.append(resp.status_code)
                bodies.append(resp.text)

        threads = [threading.Thread(target=one) for _ in range(14)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=10)
        assert statuses.count(200) == 10 and statuses.count(429) == 4
        assert any("ThrottleExceeded" in b and b.startswith("<?xml") for b in bodies)
    finally:
        sim.stop()


def test_41st_batch_in_a_minute_is_throttled() -> None:
    sim = start(throttle=(1000, 100_000))
    try:
        with api(sim) as c:
            item = {"BatchItemRequest": [{"bId": "1", "Query": "select * from Customer"}]}
            statuses = [c.post("/batch", json=item).status_code for _ in range(41)]
            assert c.get("/customer/1").status_code == 200  # plain requests still pass
        assert statuses[:40] == [200] * 40 and statuses[40] == 429
    finally:
        sim.stop()


def test_cdc_changed_since_accepts_a_date_and_time_is_the_watermark(sim: QboSimulator) -> None:
    today = sim._clock().date().isoformat()
    with api(sim) as c:
        resp = c.get("/cdc", params={"entities": "Payment", "changedSince": today})
    assert resp.status_code == 200
    assert datetime.fromisoformat(resp.json()["time"]).tzinfo is not None

"""The QuickBooks simulator over real HTTP on loopback: auth, query, writes, faults, request log."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any

import httpx
import pytest

from sandbox.qbo.company import load_company
from sandbox.qbo.server import LOST, TIMEOUT, QboSimulator
from sandbox.qbo.user_edits import edit_as_user
from tests.qbo_env import qbo_api, qbo_sim  # noqa: F401  (the `api` and `sim` fixtures)


def q(api: httpx.Client, text: str) -> httpx.Response:
    return api.get("/query", params={"query": text, "minorversion": "75"})


def test_unauthenticated_gets_lowercase_fault_with_tid(sim: QboSimulator) -> None:
    resp = httpx.get(
        f"{sim.base_url}/v3/company/{sim.realm_id}/invoice/101",
        headers={"Authorization": "Bearer wrong"},
    )
    assert resp.status_code == 401 and resp.headers["intuit_tid"]
    body = resp.json()
    assert body["fault"]["error"][0]["code"] == "3200" and body["fault"]["type"] == "AUTHENTICATION"
    assert isinstance(body["time"], int)


def test_query_get_and_post_with_envelope(api: httpx.Client) -> None:
    resp = q(api, "select * from Invoice where Balance > '0' maxresults 5")
    assert resp.status_code == 200 and resp.headers["intuit_tid"]
    body = resp.json()
    assert "time" in body and body["QueryResponse"]["startPosition"] == 1
    assert body["QueryResponse"]["maxResults"] == 5 == len(body["QueryResponse"]["Invoice"])
    posted = api.post(
        "/query",
        content="SELECT COUNT(*) FROM Customer",
        headers={"Content-Type": "application/text"},
    )
    assert posted.json()["QueryResponse"] == {"totalCount": 40}


def test_empty_query_and_default_page(api: httpx.Client) -> None:
    assert q(api, "select * from Invoice where Id = '999999'").json()["QueryResponse"] == {}
    assert len(q(api, "select * from Invoice").json()["QueryResponse"]["Invoice"]) == 100


def test_query_validation_fault_json_and_xml(api: httpx.Client) -> None:
    resp = q(api, "select * from Invoice startposition 0")
    assert resp.status_code == 400 and resp.json()["Fault"]["Error"][0]["code"] == "4001"
    xml = api.get(
        "/query",
        params={"query": "select * from Invoice maxresults 1001"},
        headers={"Accept": "application/xml"},
    )
    assert xml.status_code == 400 and 'code="4001"' in xml.text


def test_read_and_not_found(api: httpx.Client, sim: QboSimulator) -> None:
    inv = api.get("/invoice/101").json()
    assert inv["Invoice"]["Id"] == "101" and "time" in inv
    missing = api.get("/invoice/999999")
    assert missing.status_code == 400 and missing.json()["Fault"]["Error"][0]["code"] == "610"
    info = api.get(f"/companyinfo/{sim.realm_id}").json()["CompanyInfo"]
    assert info["CompanyName"] == "Greenleaf Landscaping"


def _open_invoice(api: httpx.Client) -> dict[str, Any]:
    rows = q(api, "select * from Invoice where Balance > '100' maxresults 1").json()
    invoice: dict[str, Any] = rows["QueryResponse"]["Invoice"][0]
    return invoice


def test_sparse_update_bumps_synctoken_and_keeps_other_fields(api: httpx.Client) -> None:
    inv = _open_invoice(api)
    resp = api.post(
        "/invoice",
        json={
            "Id": inv["Id"],
            "SyncToken": inv["SyncToken"],
            "sparse": True,
            "PrivateNote": "reminder stage 7 sent",
        },
    )
    out = resp.json()["Invoice"]
    assert resp.status_code == 200
    assert out["SyncToken"] == str(int(inv["SyncToken"]) + 1)
    assert out["PrivateNote"] == "reminder stage 7 sent" and out["Line"] == inv["Line"]
    assert out["MetaData"]["LastUpdatedTime"] != inv["MetaData"]["LastUpdatedTime"]


def test_full_update_clears_omitted_fields(api: httpx.Client) -> None:
    inv = _open_invoice(api)
    body = {
        "Id": inv["Id"],
        "SyncToken": inv["SyncToken"],
        "CustomerRef": inv["CustomerRef"],
        "Line": inv["Line"],
    }
    out = api.post("/invoice", json=body).json()["Invoice"]
    assert "BillEmail" not in out and out["TotalAmt"] == inv["TotalAmt"]


def test_stale_synctoken_is_5010(api: httpx.Client, sim: QboSimulator) -> None:
    inv = _open_invoice(api)
    body = {"Id": inv["Id"], "SyncToken": inv["SyncToken"], "sparse": True, "PrivateNote": "a"}
    assert api.post("/invoice", json=body).status_code == 200
    stale = api.post("/invoice", json={**body, "PrivateNote": "b"})
    err = stale.json()["Fault"]
    assert stale.status_code == 400 and err["type"] == "ValidationFault"
    assert err["Error"][0]["code"] == "5010" and err["Error"][0]["Message"] == "Stale Object Error"
    assert sim.entity("Invoice", inv["Id"])["PrivateNote"] == "a"


def test_requestid_is_idempotent(api: httpx.Client, sim: QboSimulator) -> None:
    inv = _open_invoice(api)
    body = {"Id": inv["Id"], "SyncToken": inv["SyncToken"], "sparse": True, "PrivateNote": "x"}
    first = api.post("/invoice", params={"requestid": "rq-1"}, json=body)
    again = api.post("/invoice", params={"requestid": "rq-1"}, json=body)
    assert first.status_code == again.status_code == 200
    assert first.json()["Invoice"] == again.json()["Invoice"]
    assert sim.entity("Invoice", inv["Id"])["SyncToken"] == str(int(inv["SyncToken"]) + 1)


def test_payment_reduces_invoice_balance_and_links(api: httpx.Client, sim: QboSimulator) -> None:
    inv = _open_invoice(api)
    pay = {
        "CustomerRef": inv["CustomerRef"],
        "TotalAmt": 60.0,
        "Line": [{"Amount": 60.0, "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}],
    }
    created = api.post("/payment", json=pay).json()["Payment"]
    assert created["SyncToken"] == "0" and created["UnappliedAmt"] == 0
    after = sim.entity("Invoice", inv["Id"])
    assert after["Balance"] == pytest.approx(inv["Balance"] - 60.0)
    assert {"TxnId": created["Id"], "TxnType": "Payment"} in after["LinkedTxn"]
    assert after["SyncToken"] == str(int(inv["SyncToken"]) + 1)
    voided = api.post(
        "/payment",
        params={"operation": "update", "include": "void"},
        json={"Id": created["Id"], "SyncToken": "0", "sparse": True},
    )
    assert voided.status_code == 200
    assert sim.entity("Invoice", inv["Id"])["Balance"] == pytest.approx(inv["Balance"])


def test_void_and_delete(api: httpx.Client, sim: QboSimulator) -> None:
    cust = {"value": "1"}
    line = {
        "Amount": 90.0,
        "DetailType": "SalesItemLineDetail",
        "SalesItemLineDetail": {"ItemRef": {"value": "1"}},
    }
    a = api.post("/invoice", json={"CustomerRef": cust, "Line": [line]}).json()["Invoice"]
    assert a["TotalAmt"] == a["Balance"] == 90.0 and a["SyncToken"] == "0"
    v = api.post(
        "/invoice", params={"operation": "void"}, json={"Id": a["Id"], "SyncToken": "0"}
    ).json()["Invoice"]
    assert v["TotalAmt"] == 0 and v["Balance"] == 0 and "Voided" in v["PrivateNote"]
    d = api.post(
        "/invoice",
        params={"operation": "delete"},
        json={"Id": a["Id"], "SyncToken": v["SyncToken"]},
    ).json()
    assert d["Invoice"] == {"status": "Deleted", "domain": "QBO", "Id": a["Id"]}
    assert api.get(f"/invoice/{a['Id']}").status_code == 400
    paid = q(api, "select * from Invoice where Balance = '0' and TotalAmt > '0' maxresults 1")
    pid = paid.json()["QueryResponse"]["Invoice"][0]
    refused = api.post(
        "/invoice",
        params={"operation": "delete"},
        json={"Id": pid["Id"], "SyncToken": pid["SyncToken"]},
    )
    assert refused.status_code == 400


def test_forced_faults_and_throttle_body(api: httpx.Client, sim: QboSimulator) -> None:
    sim.inject_faults(429, 500)
    throttled = api.get("/invoice/101")
    assert throttled.status_code == 429 and "ThrottleExceeded" in throttled.text
    assert throttled.headers["content-type"].startswith("application/xml")
    assert api.get("/invoice/101").status_code == 500
    assert api.get("/invoice/101").status_code == 200


def test_a_lost_answer_and_a_timeout_come_after_the_write(
    api: httpx.Client, sim: QboSimulator
) -> None:
    sim.hang_seconds = 0.5
    sim.inject_faults(LOST, TIMEOUT)
    vendor = {"DisplayName": "Lost Answer Supply"}
    assert api.post("/vendor", json=vendor).status_code == 504  # created, answer lost
    with pytest.raises(httpx.ReadTimeout):  # created, answer held past the client's patience
        api.post("/vendor", json={"DisplayName": "Slow Answer Supply"}, timeout=0.2)
    names = {
        v["DisplayName"] for v in q(api, "select * from Vendor").json()["QueryResponse"]["Vendor"]
    }
    assert {"Lost Answer Supply", "Slow Answer Supply"} <= names
    deadline = time.monotonic() + 10  # the held answer is logged once it is finally sent
    while len(log := [r for r in sim.requests if r["path"].endswith("/vendor")]) < 2:
        assert time.monotonic() < deadline, log
    assert [(r["status"], r["fault_after"]) for r in log] == [(504, LOST), (200, TIMEOUT)]


def test_a_quickbooks_user_is_not_our_apps_traffic() -> None:
    s = QboSimulator(company=load_company(), fault_rate=1.0, throttle=(1, 500))
    s.start()
    try:
        edit_as_user(s, "Vendor", "41", {"CompanyName": "Northwest Sod Farms LLC"})
        edit_as_user(s, "Vendor", "41", {"CompanyName": "Northwest Sod Farms Inc"})
        assert s.entity("Vendor", "41")["CompanyName"] == "Northwest Sod Farms Inc"
        assert {(r["status"], r["by_user"]) for r in s.requests} == {(200, True)}
        ours = httpx.get(
            f"{s.base_url}/v3/company/{s.realm_id}/vendor/41",
            headers={"Authorization": f"Bearer {s.access_token}"},
        )
        assert ours.status_code in (429, 500, 503)  # our app still meets its faults
    finally:
        s.stop()


def test_fault_rate_is_seeded() -> None:
    def statuses(seed: int) -> list[int]:
        s = QboSimulator(company=load_company(), fault_rate=0.5, seed=seed, throttle=None)
        s.start()
        try:
            h = {"Authorization": f"Bearer {s.access_token}"}
            url = f"{s.base_url}/v3/company/{s.realm_id}/invoice/101"
            return [httpx.get(url, headers=h).status_code for _ in range(12)]
        finally:
            s.stop()

    first = statuses(7)
    assert first == statuses(7) and {200} < set(first)


def test_rate_limit_per_second() -> None:
    s = QboSimulator(company=load_company(), throttle=(3, 500))
    s.start()
    try:
        h = {"Authorization": f"Bearer {s.access_token}"}
        url = f"{s.base_url}/v3/company/{s.realm_id}/invoice/101"
        with httpx.Client(headers=h) as c:
            codes = [c.get(url).status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and 429 in codes[3:]
    finally:
        s.stop()


def test_concurrent_requests_and_request_log(api: httpx.Client, sim: QboSimulator) -> None:
    sim.latency_ms = 50
    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(lambda _: api.get("/invoice/101").status_code, range(8)))
    assert codes == [200] * 8
    log = httpx.get(f"{sim.base_url}/_sim/requests").json()["requests"]
    assert len(log) == 8 == len(sim.requests)
    assert log[0]["method"] == "GET" and log[0]["query"]["minorversion"] == "75"
    assert all(r["status"] == 200 and r["intuit_tid"] for r in log)


def test_write_is_recorded_with_body(api: httpx.Client, sim: QboSimulator) -> None:
    inv = _open_invoice(api)
    api.post(
        "/invoice",
        params={"requestid": "log-1"},
        json={"Id": inv["Id"], "SyncToken": inv["SyncToken"], "sparse": True},
    )
    last = sim.requests[-1]
    assert last["method"] == "POST" and last["query"]["requestid"] == "log-1"
    assert last["json"]["sparse"] is True and json.loads(last["body"])["Id"] == inv["Id"]


def test_shifted_company_is_served_relative_to_today() -> None:
    today = date(2027, 3, 1)
    s = QboSimulator(company=load_company(today=today), throttle=None)
    s.start()
    try:
        h = {"Authorization": f"Bearer {s.access_token}", "Accept": "application/json"}
        url = f"{s.base_url}/v3/company/{s.realm_id}/query"
        text = f"select count(*) from Invoice where Balance > '0' and DueDate < '{today}'"
        served = httpx.get(url, params={"query": text}, headers=h).json()["QueryResponse"]
        expected = [
            i
            for i in load_company().invoices
            if i["Balance"] > 0 and i.get("DueDate", "9999") < "2026-11-20"
        ]
        assert served["totalCount"] == len(expected) > 20
    finally:
        s.stop()

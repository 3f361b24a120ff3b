"""The simulator's transactions as two-way sync sees them: totals, references, void/delete,
batch faults, and a QuickBooks user's edits showing up in CDC and webhooks.

Each test talks to the simulator over loopback HTTP and checks the shapes Intuit publishes
(fixtures purchase_create_response.json, purchase_query_response.json, cdc_response.json,
webhook_legacy_intuit_docs.json, batch_response.json).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import httpx
import pytest

from sandbox.qbo.server import QboSimulator
from sandbox.qbo.user_edits import deactivate_as_user, edit_as_user
from tests.qbo_env import qbo_api, qbo_sim  # noqa: F401  (the `api` and `sim` fixtures)

EXPENSE_LINE = {
    "DetailType": "AccountBasedExpenseLineDetail",
    "Amount": 10.0,
    "AccountBasedExpenseLineDetail": {"AccountRef": {"value": "25"}},
}


def now(sim: QboSimulator) -> datetime:
    """The simulator's clock: the wall clock in the company's timezone."""
    return datetime.now(ZoneInfo(sim.company.timezone))


def fault(resp: httpx.Response) -> dict[str, Any]:
    assert resp.status_code == 400, resp.text
    error: dict[str, Any] = resp.json()["Fault"]["Error"][0]
    return error


def purchase(api: httpx.Client, **extra: Any) -> dict[str, Any]:
    body = {
        "PaymentType": "Cash",
        "AccountRef": {"value": "5"},
        "EntityRef": {"value": "43", "type": "Vendor"},
        "Line": [
            {**EXPENSE_LINE, "Amount": 42.5},
            {
                "DetailType": "ItemBasedExpenseLineDetail",
                "Amount": 96.0,
                "ItemBasedExpenseLineDetail": {
                    "ItemRef": {"value": "6"},
                    "Qty": 2,
                    "UnitPrice": 48,
                },
            },
        ],
        **extra,
    }
    resp = api.post("/purchase", json=body)
    assert resp.status_code == 200, resp.text
    made: dict[str, Any] = resp.json()["Purchase"]
    return made


def test_purchase_total_is_the_sum_of_its_lines(api: httpx.Client, qbo_fixtures: Path) -> None:
    shape = json.loads((qbo_fixtures / "purchase_create_response.json").read_text())["Purchase"]
    made = purchase(api, TotalAmt=1.0)  # TotalAmt is read-only: ignored
    assert made["TotalAmt"] == 138.5 and "Balance" not in made
    published_keys = set(shape) - {"PurchaseEx", "CustomField"}  # internal / empty in the doc
    assert published_keys <= set(made), published_keys - set(made)
    changed = api.post(
        "/purchase",
        json={"Id": made["Id"], "SyncToken": "0", "sparse": True, "Line": [EXPENSE_LINE]},
    ).json()["Purchase"]
    assert changed["TotalAmt"] == 10.0 and changed["SyncToken"] == "1"


def test_bill_total_and_balance_come_from_its_lines(api: httpx.Client) -> None:
    item_line = {
        "DetailType": "ItemBasedExpenseLineDetail",
        "ItemBasedExpenseLineDetail": {"ItemRef": {"value": "4"}, "Qty": 100, "UnitPrice": 1.25},
    }
    body = {"VendorRef": {"value": "41"}, "Line": [EXPENSE_LINE, item_line]}
    bill = api.post("/bill", json=body).json()["Bill"]
    # A line without Amount gets Qty x UnitPrice, as QuickBooks fills it in.
    assert bill["Line"][1]["Amount"] == 125.0
    assert bill["TotalAmt"] == 135.0 and bill["Balance"] == 135.0


def test_payment_total_is_what_was_paid(api: httpx.Client) -> None:
    unapplied = api.post(
        "/payment", json={"CustomerRef": {"value": "3"}, "TotalAmt": 140.0, "Line": []}
    ).json()["Payment"]
    assert unapplied["TotalAmt"] == 140.0 and unapplied["UnappliedAmt"] == 140.0


def test_discount_lines_are_subtracted(api: httpx.Client) -> None:
    def sale(amount: float) -> dict[str, Any]:
        return {
            "DetailType": "SalesItemLineDetail",
            "Amount": amount,
            "SalesItemLineDetail": {"ItemRef": {"value": "1"}, "Qty": 1, "UnitPrice": amount},
        }

    flat = {"DetailType": "DiscountLineDetail", "Amount": 25.0, "DiscountLineDetail": {}}
    inv = api.post(
        "/invoice",
        json={"CustomerRef": {"value": "2"}, "Line": [sale(200.0), sale(100.0), flat]},
    ).json()["Invoice"]
    assert inv["TotalAmt"] == 275.0 and inv["Balance"] == 275.0
    percent = {
        "DetailType": "DiscountLineDetail",
        "DiscountLineDetail": {"PercentBased": True, "DiscountPercent": 10},
    }
    pct = api.post(
        "/invoice", json={"CustomerRef": {"value": "2"}, "Line": [sale(300.0), percent]}
    ).json()["Invoice"]
    assert pct["Line"][1]["Amount"] == 30.0 and pct["TotalAmt"] == 270.0


@pytest.mark.parametrize(
    ("kind", "body", "element"),
    [
        ("invoice", {"Line": []}, "CustomerRef"),
        ("payment", {"TotalAmt": 5.0}, "CustomerRef"),
        ("bill", {"Line": [EXPENSE_LINE]}, "VendorRef"),
        ("purchase", {"PaymentType": "Cash", "Line": [EXPENSE_LINE]}, "AccountRef"),
        (
            "purchase",
            {
                "PaymentType": "Cash",
                "AccountRef": {"value": "5"},
                "Line": [{"DetailType": "AccountBasedExpenseLineDetail", "Amount": 1}],
            },
            "Line.AccountBasedExpenseLineDetail.AccountRef",
        ),
    ],
)
def test_missing_required_reference_is_2020(
    api: httpx.Client, kind: str, body: dict[str, Any], element: str
) -> None:
    err = fault(api.post(f"/{kind}", json=body))
    assert err["code"] == "2020" and err["element"] == element
    assert err["Detail"] == f"Required parameter {element} is missing in the request"


@pytest.mark.parametrize(
    ("kind", "body", "element"),
    [
        ("invoice", {"CustomerRef": {"value": "9999"}, "Line": []}, "CustomerRef"),
        ("bill", {"VendorRef": {"value": "9999"}, "Line": [EXPENSE_LINE]}, "VendorRef"),
        (
            "purchase",
            {"PaymentType": "Cash", "AccountRef": {"value": "9999"}, "Line": [EXPENSE_LINE]},
            "AccountRef",
        ),
        (
            "bill",
            {
                "VendorRef": {"value": "41"},
                "Line": [
                    {
                        **EXPENSE_LINE,
                        "AccountBasedExpenseLineDetail": {"AccountRef": {"value": "x"}},
                    }
                ],
            },
            "Line.AccountBasedExpenseLineDetail.AccountRef",
        ),
    ],
)
def test_unknown_reference_is_2500(
    api: httpx.Client, kind: str, body: dict[str, Any], element: str
) -> None:
    err = fault(api.post(f"/{kind}", json=body))
    assert err["code"] == "2500" and err["Message"] == "Invalid Reference Id"
    assert err["element"] == element and err["Detail"].startswith("Invalid Reference Id : ")


def test_inactive_reference_is_610(
    api: httpx.Client, sim: QboSimulator, qbo_fixtures: Path
) -> None:
    sample = json.loads((qbo_fixtures / "batch_response.json").read_text())
    published_error = sample["BatchItemResponse"][1]["Fault"]["Error"][0]
    deactivate_as_user(sim, "Vendor", "44")
    err = fault(api.post("/bill", json={"VendorRef": {"value": "44"}, "Line": [EXPENSE_LINE]}))
    assert err["code"] == published_error["code"] == "610"
    assert err["Detail"].startswith(published_error["Detail"])


def test_purchase_delete_leaves_a_deleted_stub_and_void_is_refused(
    api: httpx.Client, sim: QboSimulator, qbo_fixtures: Path
) -> None:
    made = purchase(api)
    refused = fault(api.post("/purchase", params={"operation": "void"}, json=made))
    assert refused["code"] == "500"
    gone = api.post(
        "/purchase", params={"operation": "delete"}, json={"Id": made["Id"], "SyncToken": "0"}
    )
    assert gone.json()["Purchase"] == {"status": "Deleted", "domain": "QBO", "Id": made["Id"]}
    assert fault(api.get(f"/purchase/{made['Id']}"))["code"] == "610"
    since = (now(sim) - timedelta(minutes=5)).isoformat(timespec="seconds")
    cdc = api.get("/cdc", params={"entities": "Purchase", "changedSince": since}).json()
    stub = cdc["CDCResponse"][0]["QueryResponse"][0]["Purchase"][0]
    shape = json.loads((qbo_fixtures / "cdc_response.json").read_text())
    published_stub = next(
        e
        for group in shape["CDCResponse"][0]["QueryResponse"]
        for entities in group.values()
        if isinstance(entities, list)
        for e in entities
        if e.get("status") == "Deleted"
    )
    assert set(stub) == set(published_stub) and stub["Id"] == made["Id"]


def test_stale_synctoken_on_a_vendor_is_5010(api: httpx.Client, sim: QboSimulator) -> None:
    held = api.get("/vendor/41").json()["Vendor"]
    edit_as_user(sim, "Vendor", "41", {"CompanyName": "Northwest Sod Farms LLC"})
    err = fault(
        api.post(
            "/vendor",
            json={"Id": "41", "SyncToken": held["SyncToken"], "sparse": True, "AcctNum": "9"},
        )
    )
    assert err["code"] == "5010"


def test_batch_items_on_lists_fail_alone(api: httpx.Client, qbo_fixtures: Path) -> None:
    published = json.loads((qbo_fixtures / "batch_response.json").read_text())
    codes = [i["Fault"]["Error"][0]["code"] for i in published["BatchItemResponse"][:3]]
    items = [
        {"bId": "dup", "operation": "create", "Vendor": {"DisplayName": "Rose City Fuel"}},
        {"bId": "gone", "operation": "update", "Account": {"Id": "9999", "SyncToken": "0"}},
        {"bId": "stale", "operation": "update", "Item": {"Id": "1", "SyncToken": "7"}},
        {"bId": "ok", "operation": "create", "Vendor": {"DisplayName": "Hood River Stone"}},
    ]
    resp = api.post("/batch", json={"BatchItemRequest": items})
    assert resp.status_code == 200
    out = {i["bId"]: i for i in resp.json()["BatchItemResponse"]}
    got = [out[b]["Fault"]["Error"][0]["code"] for b in ("dup", "gone", "stale")]
    assert got == codes == ["6240", "610", "5010"]
    assert out["ok"]["Vendor"]["DisplayName"] == "Hood River Stone"


class _Inbox(BaseHTTPRequestHandler):
    bodies: ClassVar[list[Any]] = []

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers["content-length"]))
        type(self).bodies.append(json.loads(raw))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        return


@pytest.fixture
def hook_inbox(sim: QboSimulator) -> Iterator[type[_Inbox]]:
    inbox = type("Inbox", (_Inbox,), {"bodies": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), inbox)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    sim.webhooks.configure(f"http://127.0.0.1:{server.server_port}/hook", "tok")  # type: ignore[attr-defined]
    yield inbox
    sim.webhooks.stop()  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


def test_a_users_edit_advances_the_record_and_reaches_cdc_and_webhooks(
    api: httpx.Client, sim: QboSimulator, hook_inbox: type[_Inbox], qbo_fixtures: Path
) -> None:
    before = api.get("/account/19").json()["Account"]
    since = (now(sim) - timedelta(seconds=1)).isoformat(timespec="seconds")
    after = edit_as_user(sim, "Account", "19", {"Description": "Mowers and aerators"})
    assert after["SyncToken"] == str(int(before["SyncToken"]) + 1)
    assert after["MetaData"]["LastUpdatedTime"] > before["MetaData"]["LastUpdatedTime"]
    assert after["Name"] == "Equipment Rental"  # sparse: untouched fields stay
    deactivate_as_user(sim, "Item", "9")
    cdc = api.get("/cdc", params={"entities": "Account,Item", "changedSince": since}).json()
    groups = cdc["CDCResponse"][0]["QueryResponse"]
    assert [a["Id"] for a in groups[0]["Account"]] == ["19"]
    assert groups[1]["Item"][0]["Id"] == "9" and groups[1]["Item"][0]["Active"] is False
    assert sim.webhooks.wait_idle(timeout=10)  # type: ignore[attr-defined]
    events = [
        e
        for body in hook_inbox.bodies
        for n in body["eventNotifications"]
        for e in n["dataChangeEvent"]["entities"]
    ]
    published = json.loads((qbo_fixtures / "webhook_legacy_intuit_docs.json").read_text())
    keys = set(published["eventNotifications"][0]["dataChangeEvent"]["entities"][0])
    assert all(set(e) == keys for e in events)
    # Making a name-list record inactive is QuickBooks' delete, and the webhook says so.
    assert [(e["name"], e["id"], e["operation"]) for e in events] == [
        ("Account", "19", "Update"),
        ("Item", "9", "Delete"),
    ]

"""The simulator's name lists as two-way sync sees them: Account, Vendor, Item, Customer.

Each test talks to the simulator over loopback HTTP and checks the shapes Intuit publishes
(fixtures account_create_response.json, vendor_read_response.json, batch_response.json).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from sandbox.qbo.server import QboSimulator
from tests.qbo_env import qbo_api, qbo_sim  # noqa: F401  (the `api` and `sim` fixtures)


def q(api: httpx.Client, text: str) -> dict[str, Any]:
    resp = api.get("/query", params={"query": text})
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()["QueryResponse"]
    return body


def fault(resp: httpx.Response) -> dict[str, Any]:
    assert resp.status_code == 400, resp.text
    error: dict[str, Any] = resp.json()["Fault"]["Error"][0]
    assert resp.json()["Fault"]["type"] == "ValidationFault"
    return error


def published(qbo_fixtures: Path, name: str, kind: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((qbo_fixtures / name).read_text())[kind]
    return doc


def test_sample_company_has_the_lists_every_company_has(api: httpx.Client) -> None:
    counts = {
        kind: q(api, f"select count(*) from {kind}")["totalCount"]
        for kind in ("Account", "Item", "Vendor", "PaymentMethod", "TaxCode", "Term")
    }
    assert counts["Account"] >= 20 and counts["Item"] >= 10 and counts["Vendor"] >= 5
    assert counts["PaymentMethod"] >= 5 and counts["TaxCode"] == 2 and counts["Term"] >= 3
    # What the sample transactions refer to resolves: items, deposit account, terms, tax code.
    assert api.get("/item/7").json()["Item"]["Name"] == "Seasonal Cleanup"
    assert api.get("/account/4").json()["Account"]["AccountSubType"] == "UndepositedFunds"
    assert api.get("/term/3").json()["Term"]["Name"] == "Net 30"
    assert api.get("/taxcode/NON").json()["TaxCode"]["Taxable"] is False


def test_account_create_derives_classification_and_full_name(
    api: httpx.Client, qbo_fixtures: Path
) -> None:
    shape = published(qbo_fixtures, "account_create_response.json", "Account")
    made = api.post("/account", json={"Name": "Snow Removal", "AccountType": "Income"})
    acct = made.json()["Account"]
    assert set(shape) <= set(acct), set(shape) - set(acct)
    assert acct["Classification"] == "Revenue" and acct["FullyQualifiedName"] == "Snow Removal"
    assert acct["SubAccount"] is False and acct["Active"] is True and acct["CurrentBalance"] == 0
    assert acct["CurrencyRef"]["value"] == "USD" and acct["SyncToken"] == "0"
    sub = api.post(
        "/account",
        json={"Name": "Diesel", "AccountType": "Expense", "ParentRef": {"value": "17"}},
    ).json()["Account"]
    assert sub["FullyQualifiedName"] == "Automobile:Diesel" and sub["SubAccount"] is True
    assert sub["Classification"] == "Expense"
    # Classification is read-only: a body cannot set it.
    bank = api.post(
        "/account", json={"Name": "Payroll", "AccountType": "Bank", "Classification": "Revenue"}
    ).json()["Account"]
    assert bank["Classification"] == "Asset" and bank["AccountSubType"] == "Checking"


def test_account_without_a_type_is_refused(api: httpx.Client) -> None:
    err = fault(api.post("/account", json={"Name": "No Type"}))
    assert err["code"] == "2020" and err["element"] == "AccountType"


@pytest.mark.parametrize(
    ("kind", "body", "words"),
    [
        ("account", {"Name": "checking", "AccountType": "Bank"}, "Another account"),
        ("item", {"Name": "Mulch", "Type": "Service"}, "Another product or service"),
        ("vendor", {"DisplayName": "Rose City Fuel"}, "customer, vendor or employee"),
        # Customer and Vendor share one DisplayName space.
        ("vendor", {"DisplayName": "Alder Creek HOA"}, "customer, vendor or employee"),
        ("customer", {"DisplayName": "Rose City Fuel"}, "customer, vendor or employee"),
    ],
)
def test_duplicate_name_is_6240(
    api: httpx.Client, qbo_fixtures: Path, kind: str, body: dict[str, Any], words: str
) -> None:
    sample = json.loads((qbo_fixtures / "batch_response.json").read_text())
    published_error = sample["BatchItemResponse"][0]["Fault"]["Error"][0]
    err = fault(api.post(f"/{kind}", json=body))
    assert err["code"] == published_error["code"] == "6240"
    assert err["Message"] == published_error["Message"] and words in err["Detail"]
    assert err["Detail"].startswith("The name supplied already exists. : ")


def test_renaming_onto_an_existing_name_is_6240_and_changes_nothing(
    api: httpx.Client, sim: QboSimulator
) -> None:
    vendor = api.get("/vendor/42").json()["Vendor"]
    body = {"Id": "42", "SyncToken": vendor["SyncToken"], "sparse": True}
    err = fault(api.post("/vendor", json={**body, "DisplayName": "Northwest Sod Farms"}))
    assert err["code"] == "6240"
    assert sim.entity("Vendor", "42") == vendor  # refused before anything was stored


def test_vendor_create_and_read_match_the_published_shape(
    api: httpx.Client, qbo_fixtures: Path
) -> None:
    shape = published(qbo_fixtures, "vendor_read_response.json", "Vendor")
    body = {k: shape[k] for k in ("DisplayName", "GivenName", "FamilyName", "CompanyName")}
    made = api.post("/vendor", json={**body, "PrimaryEmailAddr": shape["PrimaryEmailAddr"]})
    vendor = api.get(f"/vendor/{made.json()['Vendor']['Id']}").json()["Vendor"]
    expected = {"DisplayName", "PrintOnCheckName", "Active", "Balance", "domain", "sparse"}
    assert expected | {"Id", "SyncToken", "MetaData"} <= set(vendor)
    assert vendor["PrintOnCheckName"] == "Books by Bessie" and vendor["Active"] is True


def test_deleting_a_name_list_record_makes_it_inactive_and_hides_it(
    api: httpx.Client, sim: QboSimulator
) -> None:
    vendor = api.get("/vendor/46").json()["Vendor"]
    gone = api.post(
        "/vendor",
        params={"operation": "delete"},
        json={"Id": "46", "SyncToken": vendor["SyncToken"]},
    )
    assert gone.status_code == 200
    after = gone.json()["Vendor"]
    assert after["Active"] is False and after["SyncToken"] == str(int(vendor["SyncToken"]) + 1)
    # Default queries leave it out; asking about Active brings it back; a read still works.
    assert "46" not in {v["Id"] for v in q(api, "select * from Vendor")["Vendor"]}
    every = q(api, "select * from Vendor where Active IN (true,false)")["Vendor"]
    assert "46" in {v["Id"] for v in every}
    inactive = q(api, "select * from Vendor where Active = false")["Vendor"]
    assert [v["Id"] for v in inactive] == ["46"]
    assert api.get("/vendor/46").json()["Vendor"]["DisplayName"] == "Columbia Truck Repair"
    total = q(api, "select count(*) from Vendor")["totalCount"]
    assert total == len(sim.company.vendors) - 1


def test_an_inactive_name_frees_it_for_a_new_record(api: httpx.Client) -> None:
    item = api.get("/item/10").json()["Item"]
    body = {"Id": "10", "SyncToken": item["SyncToken"], "sparse": True, "Active": False}
    assert api.post("/item", json=body).status_code == 200
    again = api.post(
        "/item",
        json={"Name": item["Name"], "Type": "Service", "IncomeAccountRef": {"value": "1"}},
    )
    assert again.status_code == 200 and again.json()["Item"]["Active"] is True


def test_projection_queries(api: httpx.Client) -> None:
    items = q(api, "SELECT *, Sku FROM Item WHERE Id = '3'")["Item"]
    assert items[0]["Sku"] == "GL-003" and items[0]["Name"] == "Irrigation Repair"
    assert items[0]["IncomeAccountRef"]["value"] == "1"
    names = q(api, "select Id, Name, MetaData.LastUpdatedTime from Account maxresults 3")
    first = names["Account"][0]
    assert set(first) == {"Id", "Name", "MetaData", "domain", "sparse"} and first["sparse"]
    assert set(first["MetaData"]) == {"LastUpdatedTime"}
    assert names["maxResults"] == 3


def test_sub_customer_is_named_parent_colon_child(api: httpx.Client) -> None:
    job = api.post(
        "/customer", json={"DisplayName": "Spring Planting", "ParentRef": {"value": "1"}}
    ).json()["Customer"]
    assert job["FullyQualifiedName"] == "Alder Creek HOA:Spring Planting" and job["Job"] is True

"""The bundled Greenleaf Landscaping company: counts, consistency, policy coverage, date shift."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sandbox.qbo.company import SampleCompany, load_company
from sandbox.qbo.generate import DATA_DIR, write
from sandbox.qbo.lists import name_lists

ANCHOR = date(2026, 11, 20)


@pytest.fixture(scope="module")
def co() -> SampleCompany:
    return load_company()


def _status(inv: dict[str, Any]) -> str | None:
    for cf in inv["CustomField"]:
        if cf["Name"] == "Collections Status":
            return str(cf.get("StringValue", ""))
    return None


def _open_past_due(co: SampleCompany) -> list[dict[str, Any]]:
    return [
        i
        for i in co.invoices
        if i["Balance"] > 0 and "DueDate" in i and date.fromisoformat(i["DueDate"]) < ANCHOR
    ]


def _dpd(inv: dict[str, Any]) -> int:
    return (ANCHOR - date.fromisoformat(inv["DueDate"])).days


def _stage(dpd: int) -> int:
    return max((s for s in (1, 7, 14, 30, 60) if dpd >= s), default=0)


def test_counts_and_identity(co: SampleCompany) -> None:
    assert co.realm_id == "9341453050160001"
    assert co.timezone == "America/Los_Angeles" and co.home_currency == "USD"
    assert co.company_info["CompanyName"] == "Greenleaf Landscaping"
    assert 35 <= len(co.customers) <= 45
    assert 350 <= len(co.invoices) <= 450
    assert 20 <= len(_open_past_due(co)) <= 60


def test_generator_is_deterministic_and_matches_committed_files(tmp_path: Path) -> None:
    write(tmp_path)
    files = ("company", "customers", "invoices", "payments", "credit_memos", "context")
    for name in (*files, *name_lists()):
        committed = json.loads((DATA_DIR / f"{name}.json").read_text())
        assert json.loads((tmp_path / f"{name}.json").read_text()) == committed, name


def test_balances_follow_applied_payments(co: SampleCompany) -> None:
    applied: dict[str, float] = defaultdict(float)
    for p in co.payments:
        lines_total = 0.0
        for line in p["Line"]:
            lines_total += line["Amount"]
            for link in line["LinkedTxn"]:
                assert link["TxnType"] == "Invoice"
                applied[link["TxnId"]] += line["Amount"]
        assert p["TotalAmt"] == pytest.approx(lines_total + p["UnappliedAmt"])
    for inv in co.invoices:
        assert inv["Balance"] == pytest.approx(inv["TotalAmt"] - applied[inv["Id"]], abs=0.005)
        pay_links = {t["TxnId"] for t in inv["LinkedTxn"] if t["TxnType"] == "Payment"}
        assert len(pay_links) == sum(
            1
            for p in co.payments
            for ln in p["Line"]
            for t in ln["LinkedTxn"]
            if t["TxnId"] == inv["Id"]
        )
        line_sum = sum(
            ln["Amount"] for ln in inv["Line"] if ln["DetailType"] != "SubTotalLineDetail"
        )
        assert inv["TotalAmt"] == pytest.approx(line_sum)
    for cust in co.customers:
        own = sum(i["Balance"] for i in co.invoices if i["CustomerRef"]["value"] == cust["Id"])
        assert cust["Balance"] == pytest.approx(own)


def test_every_invoice_has_the_collections_status_slot(co: SampleCompany) -> None:
    for inv in co.invoices:
        assert _status(inv) is not None
        assert all(isinstance(inv[k], str) for k in ("Id", "SyncToken", "DocNumber"))


def test_entity_keys_match_quickbooks_shapes(co: SampleCompany, qbo_fixtures: Path) -> None:
    # Keys QuickBooks documents for these entities but the trimmed fixtures happen not to show.
    documented = {
        "CurrencyRef",
        "ExchangeRate",
        "HomeBalance",
        "HomeTotalAmt",
        "PrivateNote",
        "PaymentRefNum",
        "BillAddr",
        "BillEmail",
        "CustomField",
        "CustomerMemo",
        "SalesTermRef",
        "Notes",
        "CompanyName",
    }
    for kind, fixture, rows in (
        ("Invoice", "invoice_read_response.json", co.invoices),
        ("Customer", "customer_query_response.json", co.customers),
        ("Payment", "payment_query_response.json", co.payments),
        ("CreditMemo", "creditmemo_query_response.json", co.credit_memos),
    ):
        data = json.loads((qbo_fixtures / fixture).read_text())
        samples = [data[kind]] if kind in data else data["QueryResponse"][kind]
        known = set().union(*(s.keys() for s in samples)) | documented
        for row in rows:
            assert set(row) <= known, (kind, set(row) - known)


def test_every_policy_branch_is_present(co: SampleCompany) -> None:
    open_pd = _open_past_due(co)
    reminders: dict[str, set[int]] = defaultdict(set)
    for r in co.reminders_sent:
        reminders[r["invoice_id"]].add(r["stage"])
    emails = " ".join(e["body"] for e in co.emails).lower()
    notes = " ".join(n["text"] for n in co.crm_notes).lower()

    assert any(i["Balance"] == 0 and i["TotalAmt"] > 0 for i in co.invoices)  # paid
    assert any(i["TotalAmt"] == 0 and i["PrivateNote"].startswith("Voided") for i in co.invoices)
    assert any(i["Balance"] > 0 and i.get("DueDate", "") >= ANCHOR.isoformat() for i in co.invoices)
    assert any(i["Balance"] > 0 and "DueDate" not in i for i in co.invoices)
    for stage in (1, 7, 14, 30, 60):
        at_stage = [i for i in open_pd if _stage(_dpd(i)) == stage]
        assert any(stage in reminders[i["Id"]] for i in at_stage), stage
        assert any(stage not in reminders[i["Id"]] for i in at_stage), stage
    assert "chapter 11" in emails and "counsel" in emails  # legal hold in an email
    assert "attorney" in notes  # legal hold in a note
    assert any((_status(i) or "").lower() == "disputed" for i in open_pd)
    assert "dispute" in notes and "settled" in notes  # open and resolved disputes in notes
    assert any(i["HomeBalance" if "HomeBalance" in i else "Balance"] >= 10000 for i in open_pd)
    assert any(p["UnappliedAmt"] > 0 and not p["Line"] for p in co.payments)
    assert any(c["Balance"] > 0 for c in co.credit_memos)
    no_email = {c["Id"] for c in co.customers if "PrimaryEmailAddr" not in c}
    assert any(i["CustomerRef"]["value"] in no_email and "BillEmail" not in i for i in open_pd)
    assert "monthly payments" in emails
    assert "can't cover the whole amount" in emails
    assert "already" in emails or "mailed check" in emails
    cad = [i for i in open_pd if i["CurrencyRef"]["value"] == "CAD"]
    assert cad and all("ExchangeRate" in i and "HomeBalance" in i for i in cad)
    assert any("no automated reminders" in c["Notes"].lower() for c in co.customers)
    assert any(len(reminders[i["Id"]]) >= 3 for i in open_pd)


def test_partial_payments_and_promises(co: SampleCompany) -> None:
    links: dict[str, int] = defaultdict(int)
    for p in co.payments:
        for line in p["Line"]:
            for t in line["LinkedTxn"]:
                links[t["TxnId"]] += 1
    assert any(links[i["Id"]] >= 2 for i in _open_past_due(co))
    promised = [
        date.fromisoformat(d)
        for e in co.emails
        for d in re.findall(r"\d{4}-\d{2}-\d{2}", e["body"])
    ]
    assert any(d > ANCHOR for d in promised) and any(d < ANCHOR for d in promised)


def test_shift_moves_every_date_including_text(co: SampleCompany) -> None:
    today = ANCHOR + timedelta(days=45)
    shifted = load_company(today=today)
    assert shifted.anchor_date == today
    delta = timedelta(days=45)
    for a, b in zip(co.invoices, shifted.invoices, strict=True):
        assert date.fromisoformat(b["TxnDate"]) == date.fromisoformat(a["TxnDate"]) + delta
        if "DueDate" in a:
            assert date.fromisoformat(b["DueDate"]) == date.fromisoformat(a["DueDate"]) + delta
        created = datetime.fromisoformat(a["MetaData"]["CreateTime"])
        assert datetime.fromisoformat(b["MetaData"]["CreateTime"]) == created + delta
        assert b["Balance"] == a["Balance"] and b["DocNumber"] == a["DocNumber"]
    for a, b in zip(co.emails, shifted.emails, strict=True):
        assert datetime.fromisoformat(b["date"]) == datetime.fromisoformat(a["date"]) + delta
        for x, y in zip(
            re.findall(r"\d{4}-\d{2}-\d{2}", a["body"]),
            re.findall(r"\d{4}-\d{2}-\d{2}", b["body"]),
            strict=True,
        ):
            assert date.fromisoformat(y) == date.fromisoformat(x) + delta
    for a, b in zip(co.reminders_sent, shifted.reminders_sent, strict=True):
        assert datetime.fromisoformat(b["date"]) == datetime.fromisoformat(a["date"]) + delta
    shifted_open = [
        i
        for i in shifted.invoices
        if i["Balance"] > 0 and "DueDate" in i and date.fromisoformat(i["DueDate"]) < today
    ]
    assert len(shifted_open) == len(_open_past_due(co))

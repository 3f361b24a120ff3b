"""Build the probe_a judge corpus: hand-written collections cases and their expected labels.

Run from anywhere: ``python3 build.py``. Stdlib only, no randomness beyond a fixed seed, so a
re-run rewrites cases.jsonl and expected.jsonl byte-for-byte. ``check()`` re-derives each
case's structural facts from the bundle it built and refuses to write a case whose scaffold
contradicts its label.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261201)
STAGES = [1, 7, 14, 30, 60]
DEFAULT_AS_OF = "2026-12-01"

# Who sends the invoices: the supplier decides the line wording and our AR address.
SUPPLIERS: dict[str, tuple[str, str, str]] = {
    "trade": ("ar@haldenmech.example", "Plumbing and electrical labour", "Labor"),
    "build": (
        "accounts@ashgrove-build.example",
        "Construction works per progress claim",
        "Construction",
    ),
    "whole": ("credit@corbel-supply.example", "Wholesale goods per packing slip", "Goods"),
    "saas": ("billing@tallyworks.example", "Tallyworks subscription", "Subscription"),
    "agency": ("finance@fernhill-creative.example", "Design and campaign services", "Services"),
    "clean": ("office@brightway-cleaning.example", "Commercial cleaning services", "Cleaning"),
}

CURRENCY_NAMES = {
    "USD": "United States Dollar",
    "CAD": "Canadian Dollar",
    "GBP": "British Pound Sterling",
    "EUR": "Euro",
    "AUD": "Australian Dollar",
    "MXN": "Mexican Peso",
    "NZD": "New Zealand Dollar",
}

# Label shorthands: (route list, outcome list), first entry = first choice.
LABELS: dict[str, tuple[list[str], list[str]]] = {
    "R": (["draft_for_approval"], ["routine_reminder"]),
    "D": (["escalate_to_human"], ["likely_dispute"]),
    "P": (["draft_for_approval"], ["payment_plan_candidate"]),
    "H": (["escalate_to_human"], ["high_touch_escalation"]),
    "N": (["none"], ["no_action"]),
    # content-free email since the last reminder: a reminder or a person
    "B": (
        ["draft_for_approval", "escalate_to_human"],
        ["routine_reminder", "high_touch_escalation"],
    ),
    # the same when the cadence blocks the reminder: nothing, or a person
    "BN": (["none", "escalate_to_human"], ["no_action", "high_touch_escalation"]),
    # undated promise: a person first, the reminder accepted
    "U": (
        ["escalate_to_human", "draft_for_approval"],
        ["high_touch_escalation", "routine_reminder"],
    ),
    # customer text that tries to instruct the bot
    "I": (["escalate_to_human"], ["high_touch_escalation", "likely_dispute"]),
    "ID": (["escalate_to_human"], ["likely_dispute", "high_touch_escalation"]),
    # hesitation between a dispute and a person
    "DH": (["escalate_to_human"], ["likely_dispute", "high_touch_escalation"]),
    "HD": (["escalate_to_human"], ["high_touch_escalation", "likely_dispute"]),
    # hesitation between a plan and a routine reminder
    "PR": (["draft_for_approval"], ["payment_plan_candidate", "routine_reminder"]),
    "RP": (["draft_for_approval"], ["routine_reminder", "payment_plan_candidate"]),
    # hesitation between a dispute and a routine reminder
    "DR": (["escalate_to_human", "draft_for_approval"], ["likely_dispute", "routine_reminder"]),
    "RD": (["draft_for_approval", "escalate_to_human"], ["routine_reminder", "likely_dispute"]),
    # hesitation between a plan and a person
    "PH": (
        ["draft_for_approval", "escalate_to_human"],
        ["payment_plan_candidate", "high_touch_escalation"],
    ),
    # promise ahead vs a person
    "NH": (["none", "escalate_to_human"], ["no_action", "high_touch_escalation"]),
    # broken promise: the reminder first, a person accepted
    "RH": (
        ["draft_for_approval", "escalate_to_human"],
        ["routine_reminder", "high_touch_escalation"],
    ),
}
HARD_STOP_OUTCOMES = {
    "legal_hold": ["high_touch_escalation", "likely_dispute"],
    "open_dispute": ["likely_dispute"],
    "over_risk_threshold": ["high_touch_escalation"],
    "unapplied_credit": ["routine_reminder", "high_touch_escalation", "likely_dispute"],
    "missing_context": ["routine_reminder", "high_touch_escalation"],
}

CASES: list[dict[str, Any]] = []


def c(cls: str, co: str, addr: str, exp: str | tuple[list[str], list[str]], **kw: Any) -> None:
    """Record one case spec; the bundle is built from it later."""
    CASES.append({"cls": cls, "co": co, "addr": addr, "exp": exp, **kw})


def day(as_of: str, days_ago: int) -> dt.date:
    return dt.date.fromisoformat(as_of) - dt.timedelta(days=days_ago)


def stamp(d: dt.date, hhmm: str = "10:15", tz: str = "-08:00") -> str:
    return f"{d.isoformat()}T{hhmm}:00{tz}"


def money(x: float) -> str:
    return f"{x:,.2f}"


def fill(text: str, facts: dict[str, str]) -> str:
    for k, v in facts.items():
        text = text.replace("{" + k + "}", v)
    return text


def meta(d: dt.date) -> dict[str, str]:
    return {"CreateTime": stamp(d, "09:00"), "LastUpdatedTime": stamp(d, "09:00")}


def invoice_entity(
    *,
    inv_id: str,
    doc: str,
    cust_id: str,
    co: str,
    addr: str | None,
    total: float,
    balance: float,
    due: dt.date | None,
    terms_days: int,
    sup: str,
    cur: str,
    home: str,
    rate: float | None,
    home_balance: bool,
    cf: str | None,
    linked: list[str],
    note: str = "",
) -> dict[str, Any]:
    _, desc, item = SUPPLIERS[sup]
    txn = (due or dt.date(2026, 11, 1)) - dt.timedelta(days=terms_days)
    inv: dict[str, Any] = {
        "Balance": balance,
    }
    if addr:
        inv["BillEmail"] = {"Address": addr}
    inv["CurrencyRef"] = (
        {"name": CURRENCY_NAMES[cur], "value": cur} if cur != home else {"value": cur}
    )
    inv["CustomField"] = (
        [
            {
                "DefinitionId": "2",
                "Name": "Collections Status",
                "StringValue": cf,
                "Type": "StringType",
            }
        ]
        if cf
        else []
    )
    inv["CustomerRef"] = {"name": co, "value": cust_id}
    inv["DocNumber"] = doc
    if due is not None:
        inv["DueDate"] = due.isoformat()
    inv["EmailStatus"] = "EmailSent"
    if rate is not None:
        inv["ExchangeRate"] = rate
        if home_balance:
            inv["HomeBalance"] = round(balance * rate, 2)
            inv["HomeTotalAmt"] = round(total * rate, 2)
    inv["Id"] = inv_id
    inv["Line"] = [
        {
            "Amount": total,
            "Description": desc,
            "DetailType": "SalesItemLineDetail",
            "Id": "1",
            "LineNum": 1,
            "SalesItemLineDetail": {
                "ItemRef": {"name": item, "value": "1"},
                "Qty": 1,
                "UnitPrice": total,
            },
        },
        {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
    ]
    inv["LinkedTxn"] = [{"TxnId": t, "TxnType": "Payment"} for t in linked]
    inv["MetaData"] = meta(txn)
    inv["PrintStatus"] = "NotSet"
    inv["PrivateNote"] = note
    inv["SalesTermRef"] = {"value": "3"}
    inv["SyncToken"] = str(RNG.randint(0, 4))
    inv["TotalAmt"] = total
    inv["TxnDate"] = txn.isoformat()
    return inv


def build(n: int, s: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    as_of = s.get("as_of", DEFAULT_AS_OF)
    home = s.get("home", "USD")
    cur = s.get("cur", home)
    rate = s.get("rate")
    sup = s.get("sup", "trade")
    our_addr = SUPPLIERS[sup][0]
    cust_id = str(300 + n)
    inv_id = str(7000 + n)
    doc = s.get("doc", str(4100 + n))
    bal = float(s["bal"])
    total = float(s.get("total", bal))
    nodue = s.get("nodue", False)
    due = None if nodue else day(as_of, s["dpd"])
    addr = s["addr"]
    bill_addr = None if s.get("nobill") else addr
    cust_addr = None if s.get("nocust") else addr

    payments: list[dict[str, Any]] = []
    linked: list[str] = []
    pid = 8000 + n * 10
    for days_ago, amount in s.get("partials", []):
        pid += 1
        d = day(as_of, days_ago)
        payments.append(
            {
                "CustomerRef": {"name": s["co"], "value": cust_id},
                "Id": str(pid),
                "Line": [
                    {
                        "Amount": float(amount),
                        "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}],
                    }
                ],
                "MetaData": meta(d),
                "SyncToken": "0",
                "TotalAmt": float(amount),
                "TxnDate": d.isoformat(),
                "UnappliedAmt": 0.0,
            }
        )
        linked.append(str(pid))
    for days_ago, amount in s.get("unapplied", []):
        pid += 1
        d = day(as_of, days_ago)
        payments.append(
            {
                "CustomerRef": {"name": s["co"], "value": cust_id},
                "Id": str(pid),
                "Line": [],
                "MetaData": meta(d),
                "SyncToken": "0",
                "TotalAmt": float(amount),
                "TxnDate": d.isoformat(),
                "UnappliedAmt": float(amount),
            }
        )

    invoice = invoice_entity(
        inv_id=inv_id,
        doc=doc,
        cust_id=cust_id,
        co=s["co"],
        addr=bill_addr,
        total=total,
        balance=bal,
        due=due,
        terms_days=s.get("terms", 30),
        sup=sup,
        cur=cur,
        home=home,
        rate=rate,
        home_balance=s.get("homebal", True),
        cf=s.get("cf"),
        linked=linked,
        note=s.get("pnote", ""),
    )

    others: list[dict[str, Any]] = []
    for k, other in enumerate(s.get("other", [])):
        odoc, obal, odpd = other[:3]
        oid = str(9000 + n * 10 + k)
        olinked: list[str] = []
        if obal == 0:
            pid += 1
            # when the customer names the payment, its QuickBooks record carries that date
            pd = day(as_of, other[3] if len(other) > 3 else max(odpd - 3, 0))
            payments.append(
                {
                    "CustomerRef": {"name": s["co"], "value": cust_id},
                    "Id": str(pid),
                    "Line": [
                        {"Amount": 640.0, "LinkedTxn": [{"TxnId": oid, "TxnType": "Invoice"}]}
                    ],
                    "MetaData": meta(pd),
                    "SyncToken": "0",
                    "TotalAmt": 640.0,
                    "TxnDate": pd.isoformat(),
                    "UnappliedAmt": 0.0,
                }
            )
            olinked.append(str(pid))
        others.append(
            invoice_entity(
                inv_id=oid,
                doc=odoc,
                cust_id=cust_id,
                co=s["co"],
                addr=bill_addr,
                total=float(obal or 640.0),
                balance=float(obal),
                due=day(as_of, odpd),
                terms_days=30,
                sup=sup,
                cur=cur,
                home=home,
                rate=rate,
                home_balance=s.get("homebal", True),
                cf=None,
                linked=olinked,
            )
        )

    credit_memos: list[dict[str, Any]] = []
    for k, amount in enumerate(s.get("credits", [])):
        d = day(as_of, 20 + k)
        credit_memos.append(
            {
                "Balance": float(amount),
                "CurrencyRef": {"value": cur},
                "CustomerRef": {"name": s["co"], "value": cust_id},
                "DocNumber": f"CM-{n:03d}{k}",
                "Id": str(9500 + n * 10 + k),
                "Line": [
                    {
                        "Amount": float(amount),
                        "Description": "Credit for returned goods",
                        "DetailType": "SalesItemLineDetail",
                        "Id": "1",
                        "LineNum": 1,
                        "SalesItemLineDetail": {
                            "ItemRef": {"name": "Returns", "value": "9"},
                            "Qty": 1,
                            "UnitPrice": float(amount),
                        },
                    }
                ],
                "MetaData": meta(d),
                "RemainingCredit": float(amount),
                "SyncToken": "0",
                "TotalAmt": float(amount),
                "TxnDate": d.isoformat(),
            }
        )

    facts = {
        "doc": doc,
        "bal": money(bal),
        "total": money(total),
        "due": due.isoformat() if due else "",
        "co": s["co"],
    }
    if s.get("other"):
        facts["other"] = s["other"][0][0]
    emails = []
    for e in s.get("em", []):
        days_ago, subject, body = e[0], e[1], e[2]
        sender = e[3] if len(e) > 3 else addr
        hhmm = f"{RNG.randint(7, 18):02d}:{RNG.choice(['02', '17', '31', '44', '58'])}"
        to = our_addr if sender != our_addr else addr
        emails.append(
            {
                "body": fill(body, facts),
                "date": stamp(day(as_of, days_ago), hhmm, s.get("tz", "-05:00")),
                "from": sender,
                "subject": fill(subject, facts),
                "to": to,
            }
        )
    notes = [
        {"author": a, "date": stamp(day(as_of, d), "16:40"), "text": fill(t, facts)}
        for d, a, t in s.get("notes", [])
    ]
    reminders = [{"date": stamp(day(as_of, d), "09:30"), "stage": st} for d, st in s.get("rem", [])]

    customer: dict[str, Any] = {
        "Active": True,
        "Balance": round(bal + sum(o[1] for o in s.get("other", [])), 2),
        "CompanyName": s["co"],
        "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
        "DisplayName": s["co"],
        "Id": cust_id,
        "MetaData": {
            "CreateTime": "2024-03-11T10:15:00-08:00",
            "LastUpdatedTime": stamp(day(as_of, 40)),
        },
        "Notes": s.get("cnotes", ""),
    }
    if cust_addr:
        customer["PrimaryEmailAddr"] = {"Address": cust_addr}
    customer["SyncToken"] = str(RNG.randint(1, 9))

    bundle = {
        "as_of": as_of,
        "credit_memos": credit_memos,
        "crm_notes": notes,
        "customer": customer,
        "emails": emails,
        "home_currency": home,
        "id": f"pa-{n:04d}",
        "invoice": invoice,
        "invoices": others,
        "payments": payments,
        "reminders_sent": reminders,
    }
    exp = s["exp"]
    route, outcome = LABELS[exp] if isinstance(exp, str) else exp
    hs = s.get("hs")
    if hs:
        route, outcome = ["escalate_to_human"], s.get("hs_out", HARD_STOP_OUTCOMES[hs])
    expected = {
        "id": f"pa-{n:04d}",
        "route": route,
        "outcome": outcome,
        "hard_stop": hs,
        "class": s["cls"],
    }
    return bundle, expected


LEGAL_WORDS = re.compile(
    r"(?i)\b(lawyer|attorney|counsel|legal action|bankrupt\w*|insolv\w*|chapter (7|11)"
    r"|administration|receivership)\b"
)
DISPUTE_WORDS = re.compile(r"(?i)\b(disput\w*|contest\w*|disagree\w*)\b")


class ScaffoldError(Exception):
    pass


def parse_ts(x: str) -> dt.datetime:
    return dt.datetime.fromisoformat(x)


def check(bundle: dict[str, Any], exp: dict[str, Any], s: dict[str, Any]) -> None:
    """Re-derive the structural facts of one case and refuse labels they contradict."""

    def fail(why: str) -> None:
        raise ScaffoldError(f"{bundle['id']} ({s['cls']}): {why}")

    as_of = dt.date.fromisoformat(bundle["as_of"])
    inv = bundle["invoice"]
    bal = inv["Balance"]
    due = inv.get("DueDate")
    dpd = (as_of - dt.date.fromisoformat(due)).days if due else None
    stage = max((st for st in STAGES if dpd is not None and dpd >= st), default=None)
    rems = bundle["reminders_sent"]
    reminded_now = stage is not None and any(r["stage"] == stage for r in rems)
    if "HomeBalance" in inv:
        home_amt = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        home_amt = round(bal * inv["ExchangeRate"], 2)
    else:
        home_amt = bal
    if inv["CurrencyRef"]["value"] != bundle["home_currency"] and "ExchangeRate" not in inv:
        fail("foreign-currency invoice without ExchangeRate")
    credit = sum(p["UnappliedAmt"] for p in bundle["payments"]) + sum(
        m["Balance"] for m in bundle["credit_memos"]
    )
    covered = bal > 0 and credit >= bal
    address = inv.get("BillEmail", {}).get("Address") or bundle["customer"].get(
        "PrimaryEmailAddr", {}
    ).get("Address")
    disputed_field = any(
        f.get("Name") == "Collections Status"
        and str(f.get("StringValue", "")).lower() == "disputed"
        for f in inv["CustomField"]
    )
    partials = [
        p
        for p in bundle["payments"]
        if any(lt["TxnId"] == inv["Id"] for ln in p["Line"] for lt in ln.get("LinkedTxn", []))
    ]
    cust_addr_set = {e["from"] for e in bundle["emails"]} - {x[0] for x in SUPPLIERS.values()}
    cust_emails = [e for e in bundle["emails"] if e["from"] in cust_addr_set]
    last_rem = max((parse_ts(r["date"]) for r in rems), default=None)

    def fresh(e: dict[str, Any]) -> bool:
        d = parse_ts(e["date"])
        if last_rem is not None:
            return d >= last_rem
        return (as_of - d.date()).days <= 14

    any_fresh = any(fresh(e) for e in cust_emails)

    words = " ".join(
        [e["subject"] + " " + e["body"] for e in cust_emails]
        + [n["text"] for n in bundle["crm_notes"]]
    )
    if LEGAL_WORDS.search(words) and not s.get("legal"):
        fail("legal wording in the messages or notes, but no legal hold")
    if s["cls"] == "complaint" and DISPUTE_WORDS.search(words):
        fail("a complaint must be written without the words dispute/contest/disagree")

    # hard stops, derived in SPEC order (legal and note disputes are read by a person: flags)
    derived = None
    if s.get("legal"):
        derived = "legal_hold"
    elif disputed_field or s.get("dnote"):
        derived = "open_dispute"
    elif home_amt >= 10000:
        derived = "over_risk_threshold"
    elif covered:
        derived = "unapplied_credit"
    elif not address or not due:
        derived = "missing_context"
    if bal <= 0 or (dpd is not None and dpd < 1):
        derived = None  # rule 1 comes first
    if derived != exp["hard_stop"]:
        fail(f"hard stop derived {derived}, labelled {exp['hard_stop']}")
    if derived:
        if exp["route"] != ["escalate_to_human"]:
            fail("hard stop must escalate")
        return
    route, outcome = exp["route"], exp["outcome"]
    if bal <= 0 or dpd is None or dpd < 1:
        if route != ["none"]:
            fail("nothing to do, but labelled otherwise")
        return
    if "fresh" in s and s["fresh"] != any_fresh:
        fail(f"freshness derived {any_fresh}, spec says {s['fresh']}")
    if s["exp"] in ("B", "BN") and not any_fresh:
        fail("content-free label without a fresh customer email")
    if s["exp"] == "B" and reminded_now:
        fail("benign reminder label but the current stage was already reminded")
    if s["exp"] == "BN" and not reminded_now:
        fail("blocked benign label but the current stage is not reminded")
    activity_after_first = False
    if len(rems) >= 3:
        first = min(parse_ts(r["date"]) for r in rems)
        activity_after_first = (
            any(parse_ts(e["date"]) > first for e in cust_emails)
            or any(parse_ts(n["date"]) > first for n in bundle["crm_notes"])
            or any(dt.date.fromisoformat(p["TxnDate"]) > first.date() for p in bundle["payments"])
        )
    stale_chase = len(rems) >= 3 and not activity_after_first
    key_account = bool(s.get("key"))
    if key_account and not bundle["customer"]["Notes"] and not bundle["crm_notes"]:
        fail("key account without a customer note or CRM note saying so")
    promise = s.get("promise")
    promise_ahead = bool(promise) and dt.date.fromisoformat(promise) > as_of
    if promise:
        made = [parse_ts(e["date"]).date() for e in cust_emails]
        if made and dt.date.fromisoformat(promise) < min(made):
            fail("promise date before the email that makes it")
    if "draft_for_approval" in route:
        if reminded_now:
            fail(f"draft accepted but stage {stage} already reminded")
        if dpd >= 60:
            fail("draft accepted at 60+ days past due")
        if stale_chase:
            fail("draft accepted after 3+ reminders with no response")
        if key_account:
            fail("draft accepted for a key account")
        if promise_ahead and s["cls"] == "promise":
            fail("draft accepted while a promise date is ahead")
    if route[0] == "none" and not (reminded_now or promise_ahead):
        fail("labelled none but nothing blocks a draft")
    if (dpd >= 60 or stale_chase or key_account) and "escalate_to_human" not in route:
        fail("60+ days / stale chase / key account must escalate")
    if len(partials) >= 2 and outcome == ["routine_reminder"]:
        fail("two partial payments applied: a plan, not a plain reminder")
    if s["cls"] == "promise" and route == ["none"] and not promise_ahead:
        fail("promise label none but the date has passed")
    if s.get("past_promise") and promise_ahead:
        fail("marked past promise but the date is ahead")


def main() -> int:
    import cases_probe_a  # noqa: F401  (registers the cases with c())

    out_cases, out_exp = [], []
    errors = []
    seen_docs: set[str] = set()
    for n, s in enumerate(CASES, start=1):
        bundle, exp = build(n, s)
        try:
            check(bundle, exp, s)
        except ScaffoldError as e:
            errors.append(str(e))
            continue
        if bundle["invoice"]["DocNumber"] in seen_docs:
            errors.append(f"{bundle['id']}: duplicate DocNumber")
        seen_docs.add(bundle["invoice"]["DocNumber"])
        out_cases.append(json.dumps(bundle, sort_keys=True, ensure_ascii=False))
        out_exp.append(json.dumps(exp, sort_keys=True, ensure_ascii=False))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    (HERE / "cases.jsonl").write_text("\n".join(out_cases) + "\n", encoding="utf-8")
    (HERE / "expected.jsonl").write_text("\n".join(out_exp) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for s in CASES:
        counts[s["cls"]] = counts.get(s["cls"], 0) + 1
    print(len(out_cases), "cases", json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.modules.setdefault("build", sys.modules[__name__])
    raise SystemExit(main())

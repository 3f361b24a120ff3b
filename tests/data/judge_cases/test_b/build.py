#!/usr/bin/env python3
"""Builds the blind held-out judge set test_b: cases.jsonl and expected.jsonl.

Stdlib only, fixed seed: a re-run rewrites both files byte for byte.  The customer
messages live in cases_b.py, each written by hand; this file only builds the
QuickBooks-shaped scaffold around them and checks every label against the
structural facts it can re-derive from the finished bundle (check()).

    python3 tests/data/judge_cases/test_b/build.py
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_b  # noqa: E402  (the hand-written cases sit next to this file)

SEED = 20261202
STAGES = (1, 7, 14, 30, 60)
RISK = 10_000.00
FRESH_DAYS = 14

# The six suppliers whose books the cases come from: (name, AR mailbox, home currency, UTC offset).
SUPPLIERS = [
    ("Harlow Precision Components Ltd", "accounts@harlowprecision.example", "GBP", "+00:00"),
    ("Redgum Landscapes Pty Ltd", "accounts@redgumlandscapes.example", "AUD", "+11:00"),
    ("Bayside Medical Supply Inc.", "billing@baysidemedsupply.example", "USD", "-05:00"),
    ("LinguaBridge Translations Ltd", "finance@linguabridge.example", "GBP", "+00:00"),
    ("Sentinel Patrol Services Pty Ltd", "receivables@sentinelpatrol.example", "AUD", "+10:00"),
    ("Brightlight Event Production LLC", "ar@brightlightevents.example", "USD", "-08:00"),
]
INVOICE_PREFIX = ["HPC-", "RG", "BMS-", "LB-26-", "SPS", "BL-"]
ITEMS = [
    [("Machined brackets, batch", "CNC Parts"), ("Tooling setup", "Tooling")],
    [("Garden maintenance, monthly", "Maintenance"), ("Turf and planting", "Planting")],
    [("Nitrile gloves, cases", "Consumables"), ("Wound-care dressings", "Dressings")],
    [("Translation, per 1,000 words", "Translation"), ("Interpreting, half day", "Interpreting")],
    [("Static guarding, hours", "Guarding"), ("Mobile patrol, nights", "Patrol")],
    [("Stage and lighting hire", "Production"), ("AV crew, day rate", "Crew")],
]
CURRENCY_NAMES = {
    "USD": "United States Dollar", "GBP": "British Pound Sterling", "AUD": "Australian Dollar",
    "EUR": "Euro", "CAD": "Canadian Dollar", "NZD": "New Zealand Dollar", "SGD": "Singapore Dollar",
    "JPY": "Japanese Yen", "MXN": "Mexican Peso",
}
SYMBOLS = {"USD": "$", "GBP": "£", "AUD": "A$", "EUR": "€", "CAD": "C$", "NZD": "NZ$",
           "SGD": "S$", "JPY": "¥", "MXN": "MX$"}
AS_OF_START = dt.date(2026, 11, 2)
AS_OF_SPAN = 30


def money(cur: str, value: float) -> str:
    if cur == "JPY":
        return f"{SYMBOLS[cur]}{value:,.0f}"
    return f"{SYMBOLS[cur]}{value:,.2f}"


def fmt_day(day: dt.date, style: str, home: str) -> str:
    us = home == "USD"
    if style == "iso":
        return day.isoformat()
    if style == "dow":
        return day.strftime("%A")
    if style == "num":
        return f"{day.month}/{day.day}" if us else f"{day.day}/{day.month}"
    if style == "full":
        return (f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}" if us
                else f"{day.strftime('%A')} {day.day} {day.strftime('%B')}")
    return f"{day.strftime('%B')} {day.day}" if us else f"{day.day} {day.strftime('%B')}"


def render(text: str, facts: dict) -> str:
    """Substitutes only the invoice number, amounts and dates into a hand-written message."""
    def day(m: re.Match) -> str:
        when = facts["as_of"] + dt.timedelta(days=int(m.group(1)))
        return fmt_day(when, m.group(2) or "long", facts["home"])
    text = re.sub(r"\{d([+-]\d+)(?::(\w+))?\}", day, text)
    for key in ("inv", "inv2", "amt", "tot", "amt2", "due", "cur", "part"):
        text = text.replace("{" + key + "}", str(facts.get(key, "")))
    if "{" in text and re.search(r"\{(inv|amt|d[+-])", text):
        raise SystemExit(f"unsubstituted placeholder in: {text[:60]!r}")
    return text


def stamp(day: dt.date, hh: int, mm: int, tz: str) -> str:
    return f"{day.isoformat()}T{hh:02d}:{mm:02d}:00{tz}"


def line_items(amount: float, sup: int, rng: random.Random) -> list[dict]:
    desc, item = rng.choice(ITEMS[sup])
    return [
        {"Amount": amount, "Description": desc, "DetailType": "SalesItemLineDetail", "Id": "1",
         "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": item, "value": str(10 + sup)},
                                               "Qty": 1, "UnitPrice": amount}},
        {"Amount": amount, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
    ]


def invoice_entity(*, iid: str, doc: str, cust_ref: dict, email: str | None, cur: str, home: str,
                   rate: float | None, with_home_balance: bool, total: float, balance: float,
                   txn: dt.date, due: dt.date | None, status: str | None, linked: list[str],
                   sup: int, rng: random.Random, tz: str, private_note: str = "") -> dict:
    inv: dict = {
        "Balance": balance,
        "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
        "CustomField": ([{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status,
                          "Type": "StringType"}] if status is not None else []),
        "CustomerRef": cust_ref,
        "DocNumber": doc,
        "EmailStatus": "EmailSent",
        "Id": iid,
        "Line": line_items(total, sup, rng),
        "LinkedTxn": [{"TxnId": t, "TxnType": "Payment"} for t in linked],
        "MetaData": {"CreateTime": stamp(txn, 9, 0, tz), "LastUpdatedTime": stamp(txn, 9, 0, tz)},
        "PrintStatus": "NotSet",
        "PrivateNote": private_note,
        "SalesTermRef": {"value": "3"},
        "SyncToken": str(1 + len(linked)),
        "TotalAmt": total,
        "TxnDate": txn.isoformat(),
    }
    if email:
        inv["BillEmail"] = {"Address": email}
    if due is not None:
        inv["DueDate"] = due.isoformat()
    if cur != home:
        inv["ExchangeRate"] = rate
        if with_home_balance:
            inv["HomeBalance"] = round(balance * rate, 2)
            inv["HomeTotalAmt"] = round(total * rate, 2)
    return inv


def payment_entity(*, pid: str, cust_ref: dict, amount: float, applied_to: str | None,
                   day: dt.date, tz: str, cur: str, home: str, rate: float | None) -> dict:
    pay: dict = {
        "CustomerRef": cust_ref,
        "Id": pid,
        "Line": ([{"Amount": amount, "LinkedTxn": [{"TxnId": applied_to, "TxnType": "Invoice"}]}]
                 if applied_to else []),
        "MetaData": {"CreateTime": stamp(day, 10, 15, tz), "LastUpdatedTime": stamp(day, 10, 15, tz)},
        "SyncToken": "0",
        "TotalAmt": amount,
        "TxnDate": day.isoformat(),
        "UnappliedAmt": 0.0 if applied_to else amount,
    }
    if cur != home:
        pay["CurrencyRef"] = {"name": CURRENCY_NAMES[cur], "value": cur}
        pay["ExchangeRate"] = rate
    return pay


def build_case(n: int, spec: dict, rng: random.Random) -> tuple[dict, dict, dict]:
    sup = spec["sup"]
    _, sup_mail, home, tz = SUPPLIERS[sup]
    as_of = spec.get("as_of") or (AS_OF_START + dt.timedelta(days=rng.randrange(AS_OF_SPAN)))
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    dpd = spec["dpd"]
    due = as_of - dt.timedelta(days=dpd)
    txn = due - dt.timedelta(days=30)
    cur = spec.get("cur", home)
    rate = spec.get("rate")
    if cur != home and rate is None:
        raise SystemExit(f"case {n}: foreign currency {cur} without a rate")
    cust_name, cust_mail = spec["cust"]
    cust_id = str(3000 + n)
    cust_ref = {"name": cust_name, "value": cust_id}
    inv_id = str(70000 + n)
    doc = INVOICE_PREFIX[sup] + str(rng.randrange(1000, 9999) if sup != 3 else rng.randrange(100, 999))
    if sup == 3:
        doc = doc + str(n % 10)
    balance = float(spec["amt"])
    parts = [float(p) for p in spec.get("parts", [])]
    total = round(float(spec.get("tot", balance + sum(parts))), 2)
    if spec.get("paid"):
        total, balance = balance, 0.0
    email_addr = None if spec.get("noemail") else cust_mail
    bill_email = None if spec.get("noemail") or spec.get("nobill") else cust_mail

    payments: list[dict] = []
    linked: list[str] = []
    # Ids are disjoint by entity kind so a LinkedTxn can only ever point at the invoice it names.
    pid = 90000 + n * 10
    for k, p in enumerate(parts):
        day = due + dt.timedelta(days=min(dpd - 1, 2 + 4 * k)) if dpd > 1 else due
        if spec.get("parts_before_due"):
            day = due - dt.timedelta(days=5 - k)
        payments.append(payment_entity(pid=str(pid), cust_ref=cust_ref, amount=p, applied_to=inv_id,
                                       day=day, tz=tz, cur=cur, home=home, rate=rate))
        linked.append(str(pid))
        pid += 1
    if spec.get("paid"):
        day = as_of - dt.timedelta(days=spec.get("paid_ago", 2))
        payments.append(payment_entity(pid=str(pid), cust_ref=cust_ref, amount=total, applied_to=inv_id,
                                       day=day, tz=tz, cur=cur, home=home, rate=rate))
        linked.append(str(pid))
        pid += 1
    if spec.get("unap"):
        day = as_of - dt.timedelta(days=spec.get("unap_ago", 3))
        payments.append(payment_entity(pid=str(pid), cust_ref=cust_ref, amount=float(spec["unap"]),
                                       applied_to=None, day=day, tz=tz, cur=cur, home=home, rate=rate))
        pid += 1

    history: list[dict] = []
    for k in range(spec.get("hist", rng.randrange(0, 4))):
        h_due = txn - dt.timedelta(days=20 + 35 * k)
        h_txn = h_due - dt.timedelta(days=30)
        h_amt = round(balance * rng.uniform(0.4, 1.6), 2) if balance else 500.0
        h_id = str(60000 + n * 10 + k)
        h_pid = str(pid)
        pid += 1
        h_paid = h_due + dt.timedelta(days=rng.randrange(-3, 12))
        history.append(invoice_entity(iid=h_id, doc=INVOICE_PREFIX[sup] + str(rng.randrange(100, 999)) + "H",
                                      cust_ref=cust_ref, email=bill_email, cur=cur, home=home, rate=rate,
                                      with_home_balance=spec.get("hb", False), total=h_amt, balance=0.0,
                                      txn=h_txn, due=h_due, status=None, linked=[h_pid], sup=sup, rng=rng,
                                      tz=tz))
        payments.append(payment_entity(pid=h_pid, cust_ref=cust_ref, amount=h_amt, applied_to=h_id,
                                       day=h_paid, tz=tz, cur=cur, home=home, rate=rate))
    inv2_doc = ""
    amt2 = 0.0
    if spec.get("open2"):
        amt2 = float(spec["open2"])
        o2_due = due + dt.timedelta(days=spec.get("open2_shift", 21))
        inv2_doc = INVOICE_PREFIX[sup] + str(rng.randrange(1000, 9999))
        if inv2_doc == doc:
            inv2_doc += "A"
        history.append(invoice_entity(iid=str(75000 + n), doc=inv2_doc, cust_ref=cust_ref, email=bill_email,
                                      cur=cur, home=home, rate=rate, with_home_balance=spec.get("hb", False),
                                      total=amt2, balance=amt2, txn=o2_due - dt.timedelta(days=30), due=o2_due,
                                      status=None, linked=[], sup=sup, rng=rng, tz=tz))

    credit_memos: list[dict] = []
    if spec.get("cm") is not None:
        cm_open = float(spec["cm"])
        cm_total = float(spec.get("cm_total", cm_open))
        day = as_of - dt.timedelta(days=spec.get("cm_ago", 6))
        cm: dict = {
            "Balance": cm_open, "CustomerRef": cust_ref, "DocNumber": "CM-" + str(400 + n),
            "Id": str(80000 + n), "Line": line_items(cm_total, sup, rng),
            "MetaData": {"CreateTime": stamp(day, 11, 5, tz), "LastUpdatedTime": stamp(day, 11, 5, tz)},
            "RemainingCredit": cm_open, "SyncToken": "0", "TotalAmt": cm_total, "TxnDate": day.isoformat(),
            "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
        }
        if cur != home:
            cm["ExchangeRate"] = rate
        credit_memos.append(cm)

    invoice = invoice_entity(iid=inv_id, doc=doc, cust_ref=cust_ref, email=bill_email, cur=cur, home=home,
                             rate=rate, with_home_balance=spec.get("hb", False), total=total, balance=balance,
                             txn=txn, due=None if spec.get("nodue") else due, status=spec.get("status"),
                             linked=linked, sup=sup, rng=rng, tz=tz, private_note=spec.get("pnote", ""))

    facts = {"as_of": as_of, "home": home, "inv": doc, "inv2": inv2_doc, "amt": money(cur, balance),
             "tot": money(cur, total), "amt2": money(cur, amt2), "due": fmt_day(due, "long", home),
             "cur": cur, "part": money(cur, parts[0]) if parts else ""}

    reminders = []
    for stage in spec.get("rem", []):
        day = due + dt.timedelta(days=stage)
        reminders.append({"date": stamp(day, 10, 15, tz), "stage": stage})

    emails = []
    for em in spec.get("em", []):
        ago, subject, body = em[0], em[1], em[2]
        opts = em[3] if len(em) > 3 else {}
        day = as_of - dt.timedelta(days=ago)
        hh, mm = opts.get("at", (rng.randrange(7, 19), rng.randrange(0, 60)))
        sender = opts.get("frm", cust_mail)
        if sender == "us":
            sender, to = sup_mail, cust_mail
        else:
            to = opts.get("to", sup_mail)
        emails.append({"body": render(body, facts), "date": stamp(day, hh, mm, opts.get("tz", tz)),
                       "from": sender, "subject": render(subject, facts), "to": to})

    notes = []
    for ago, author, text in spec.get("notes", []):
        day = as_of - dt.timedelta(days=ago)
        notes.append({"author": author, "date": stamp(day, 15, 40, tz), "text": render(text, facts)})

    cust_balance = round(balance + amt2, 2)
    customer: dict = {
        "Active": True, "Balance": cust_balance, "CompanyName": cust_name,
        "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur}, "DisplayName": cust_name, "Id": cust_id,
        "MetaData": {"CreateTime": "2023-03-14T10:15:00" + tz, "LastUpdatedTime": stamp(txn, 10, 15, tz)},
        "Notes": render(spec.get("cnotes", ""), facts), "SyncToken": "4",
    }
    if email_addr and not spec.get("nocustmail"):
        customer["PrimaryEmailAddr"] = {"Address": email_addr}
    if cur != home:
        customer["BalanceWithJobs"] = cust_balance

    case_id = f"tb-{n:04d}"
    bundle = {
        "as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes, "customer": customer,
        "emails": emails, "home_currency": home, "id": case_id, "invoice": invoice, "invoices": history,
        "payments": payments, "reminders_sent": reminders,
    }
    route, outcome, hard_stop = spec["label"]
    expected = {"id": case_id, "route": list(route), "outcome": list(outcome), "hard_stop": hard_stop,
                "class": spec["cls"]}
    return bundle, expected, {"our": sup_mail}


# ---------------------------------------------------------------- check()
def _ts(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def derive(bundle: dict, our: str) -> dict:
    """Re-derives the structural facts SPEC's policy turns on, from the finished bundle only."""
    inv = bundle["invoice"]
    as_of = dt.date.fromisoformat(bundle["as_of"])
    due = dt.date.fromisoformat(inv["DueDate"]) if inv.get("DueDate") else None
    dpd = (as_of - due).days if due else None
    stage = max((s for s in STAGES if dpd is not None and dpd >= s), default=None)
    rems = bundle["reminders_sent"]
    reminded = stage is not None and any(r["stage"] == stage for r in rems)
    bal = float(inv["Balance"])
    if "HomeBalance" in inv:
        home_amt = float(inv["HomeBalance"])
    elif "ExchangeRate" in inv:
        home_amt = bal * float(inv["ExchangeRate"])
    else:
        home_amt = bal
    credit = sum(float(p.get("UnappliedAmt", 0)) for p in bundle["payments"])
    credit += sum(float(c.get("Balance", 0)) for c in bundle["credit_memos"])
    covered = bal > 0 and credit >= bal
    missing = not (inv.get("BillEmail") or bundle["customer"].get("PrimaryEmailAddr")) or due is None
    status = next((c.get("StringValue", "") for c in inv.get("CustomField", [])
                   if c.get("Name") == "Collections Status"), "")
    disputed = str(status).strip().lower() == "disputed"
    last_rem = max((_ts(r["date"]) for r in rems), default=None)
    end_of_day = dt.datetime.combine(as_of, dt.time(23, 59), tzinfo=dt.UTC)
    cust_mails = [e for e in bundle["emails"] if e["from"].lower() != our]
    fresh = []
    for e in cust_mails:
        t = _ts(e["date"])
        fresh.append(t > last_rem if last_rem else (end_of_day - t).days <= FRESH_DAYS)
    first_rem = min((_ts(r["date"]) for r in rems), default=None)
    partials = [p for p in bundle["payments"]
                if any(lt.get("TxnId") == inv["Id"] for ln in p["Line"] for lt in ln.get("LinkedTxn", []))]
    silent = len(rems) >= 3 and first_rem is not None and not any(
        _ts(x["date"] if "date" in x else x["MetaData"]["CreateTime"]) > first_rem
        for x in cust_mails + bundle["crm_notes"]) and not any(
        _ts(p["MetaData"]["CreateTime"]) > first_rem for p in bundle["payments"])
    for r in rems:
        if _ts(r["date"]).date() > as_of:
            raise ValueError(f"reminder dated after as_of: {r}")
        if due and r["stage"] > (as_of - due).days:
            raise ValueError(f"reminder for a stage not reached yet: {r}")
    for e in bundle["emails"]:
        if _ts(e["date"]).date() > as_of:
            raise ValueError("email dated after as_of")
    return {"dpd": dpd, "stage": stage, "reminded": reminded, "home": round(home_amt, 2), "covered": covered,
            "missing": missing, "disputed": disputed, "fresh": fresh, "partials": len(partials),
            "silent": silent, "balance": bal, "n_cust_mails": len(cust_mails)}


CONTENT = {"complaint", "paid_claim", "promise", "hardship", "benign", "other_invoice", "mixed",
           "injection", "unread"}
HARD_ORDER = ["legal_hold", "open_dispute", "over_risk_threshold", "unapplied_credit", "missing_context"]


def check(bundle: dict, exp: dict, spec: dict, our: str) -> None:
    """Refuses a case whose scaffold contradicts its label (raises ValueError)."""
    f = derive(bundle, our)
    route, outcome, hs = exp["route"], exp["outcome"], exp["hard_stop"]
    first = route[0]

    def need(cond: bool, why: str) -> None:
        if not cond:
            raise ValueError(f"{exp['id']} ({exp['class']}): {why}; facts {f}")

    nothing = f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1)
    if nothing:
        need(route == ["none"] and outcome == ["no_action"] and hs is None, "nothing-to-do scaffold, other label")
        return
    structural = []
    if f["disputed"]:
        structural.append("open_dispute")
    if f["home"] >= RISK:
        structural.append("over_risk_threshold")
    if f["covered"]:
        structural.append("unapplied_credit")
    if f["missing"]:
        structural.append("missing_context")
    text_stops = spec.get("stops", [])  # stops that only the text (messages, notes) establishes
    stops = sorted(set(structural) | set(text_stops), key=HARD_ORDER.index)
    need(hs == (stops[0] if stops else None), f"hard stop should be {stops[:1]}")
    if hs:
        need(route == ["escalate_to_human"], "hard stop must escalate")
        if hs == "over_risk_threshold":
            # high_touch first; likely_dispute is accepted only beside it, when the customer contests
            need(outcome[0] == "high_touch_escalation" and set(outcome) <= {"high_touch_escalation",
                                                                              "likely_dispute"},
                 "over-risk is high_touch first, likely_dispute at most beside it")
        else:
            need("high_touch_escalation" in outcome, "hard stop accepts high_touch")
        return
    need(f["home"] < RISK and not f["covered"] and not f["missing"], "structural stop missed")
    if "draft_for_approval" in route:
        need(f["dpd"] < 60, "no draft at 60+ days")
        need(not f["silent"], "no draft after 3 silent reminders")
        need(not f["reminded"], "no draft when the current stage was reminded")
        need(not spec.get("key_account"), "no draft for a key account")
        need(exp["class"] != "injection", "injection never accepts a draft")
    if first == "draft_for_approval":
        need(outcome[0] in ("routine_reminder", "payment_plan_candidate"), "draft outcome")
    if first == "none":
        need(outcome[0] == "no_action", "none goes with no_action")
        need(f["reminded"] or spec.get("promise"), "route none needs cadence or a promise")
        need(f["dpd"] < 60 and not f["silent"] and not spec.get("key_account"),
             "escalation rule overrides the gate")
    if f["dpd"] >= 60 or f["silent"] or spec.get("key_account"):
        need(first == "escalate_to_human", "structural escalation must escalate")
    if outcome[0] == "payment_plan_candidate" and not spec.get("promise"):
        need(first == "draft_for_approval", "plan drafts")
    if f["partials"] >= 2 and exp["class"] in ("routine", "hardship") and first == "draft_for_approval":
        need(outcome[0] == "payment_plan_candidate", "two partials make a plan candidate")
    if f["partials"] >= 2 and outcome[0] == "routine_reminder":
        need(False, "two partials with a balance are a plan candidate, not routine")
    want_fresh = spec.get("fresh", True if exp["class"] in CONTENT else None)
    if want_fresh is not None:
        need(bool(f["fresh"]) and f["fresh"][-1] == want_fresh, f"latest customer email fresh={want_fresh}")
    if exp["class"] == "unread":
        need(bool(f["fresh"]) and f["fresh"][-1], "unread needs a fresh customer message")
        need(route == ["escalate_to_human"] and outcome == ["high_touch_escalation"], "unread label")
    if exp["class"] in ("routine", "no_action") and not spec.get("msgs_ok"):
        need(f["n_cust_mails"] == 0 or not any(f["fresh"]), "plain case with a fresh customer message")


def main() -> int:
    rng = random.Random(SEED)
    cases, expected, refused = [], [], []
    specs = cases_b.CASES
    for n, spec in enumerate(specs, 1):
        bundle, exp, ctx = build_case(n, spec, rng)
        try:
            check(bundle, exp, spec, ctx["our"])
        except ValueError as exc:
            refused.append(str(exc))
            continue
        cases.append(bundle)
        expected.append(exp)
    if refused:
        for why in refused:
            print(f"refused: {why}", file=sys.stderr)
        return 1
    with open(HERE / "cases.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(HERE / "expected.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for e in expected:
            fh.write(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for e in expected:
        counts[e["class"]] = counts.get(e["class"], 0) + 1
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

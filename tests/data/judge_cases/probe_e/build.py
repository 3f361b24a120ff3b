#!/usr/bin/env python3
"""Builds probe_e (blind probe: plan requests, dated promises, benign replies).

Stdlib only, fixed seed; rewrites cases.jsonl and expected.jsonl byte for byte:

    python3 tests/data/judge_cases/probe_e/build.py

check() re-derives every case's structural facts and SPEC's answer from them plus the message's
meaning tag, and refuses to write a case whose label does not accept that answer.
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
import texts  # noqa: E402

SEED = 20261208
PREFIX = "pe"
STAGES = [1, 7, 14, 30, 60]
D = dt.date
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

WORLDS = {
    "fl": {"home": "GBP", "sym": {"GBP": "\u00a3", "EUR": "\u20ac"}, "tz": "+00:00",
           "ar": "accounts@thistleandbloom.example", "us": "Thistle & Bloom Floristry",
           "doc": "TB-{}", "rate": {"EUR": 0.8632},
           "items": ["Bridal bouquet and party flowers", "Ceremony arch installation",
                     "Table centrepieces (14)", "Buttonholes and corsages", "Venue floral styling"],
           "customers": [
               ("The Carrick Rooms", "carrickrooms.example", "Eilidh", "GBP"),
               ("Glenmorven Estate Hotels", "glenmorven.example", "Fraser", "GBP"),
               ("Kinloch House Weddings", "kinlochhouse.example", "Isla", "GBP"),
               ("Munro Events", "munroevents.example", "Elaine", "GBP"),
               ("Fiona & Callum Baird", "bairdfamily.example", "Fiona", "GBP"),
               ("Morag Lindsay Events", "moraglindsay.example", "Morag", "GBP"),
               ("Kasia Nowak Weddings", "kasiaweddings.example", "Kasia", "GBP"),
               ("Hannah & Sam Reid", "reidmail.example", "Hannah", "GBP"),
               ("Leith Loft Venue", "leithloft.example", "Ross", "GBP"),
               ("Ch\u00e2teau de Lisle Mariages", "chateaudelisle.example", "Am\u00e9lie", "EUR"),
               ("Aoife & Cian Byrne", "byrnewedding.example", "Aoife", "EUR"),
           ]},
    "bk": {"home": "EUR", "sym": {"EUR": "\u20ac", "GBP": "\u00a3"}, "tz": "+01:00",
           "ar": "debiteuren@domstad-parts.example", "us": "Domstad Fietsonderdelen",
           "doc": "DF26-{}", "rate": {"GBP": 1.1587},
           "items": ["Shimano chains CN-M6100 (40)", "Disc brake sets (40)", "Tubeless valves 44mm",
                     "Cassettes 11-34 (25)", "E-bike battery chargers (12)", "Tyres 28x1.75 (60)"],
           "customers": [
               ("Velo Mechelen BV", "velomechelen.example", "Jan", "EUR"),
               ("Fahrrad Kr\u00fcger GmbH", "fahrrad-krueger.example", "Jens", "EUR"),
               ("Cycles Namur SPRL", "cyclesnamur.example", "Luc", "EUR"),
               ("Tweewielers De Bilt", "tweewielersdebilt.example", "Femke", "EUR"),
               ("Fietsenmakerij Van Dam", "fietsvandam.example", "Kees", "EUR"),
               ("Rijwielhandel Joost Smit", "joostsmit.example", "Joost", "EUR"),
               ("Bike Totaal Amersfoort", "biketotaal-amf.example", "Bas", "EUR"),
               ("Radhaus Kleve GmbH", "radhaus-kleve.example", "Sanne", "EUR"),
               ("Fietshuis Ruud", "fietshuisruud.example", "Ruud", "EUR"),
               ("Spokes & Sprockets Leeds", "spokesleeds.example", "Dan", "GBP"),
               ("Pedal Works Bristol", "pedalworks.example", "Tom", "GBP"),
           ]},
    "so": {"home": "USD", "sym": {"USD": "$"}, "tz": "-07:00",
           "ar": "ar@saguarosun.example", "us": "Saguaro Sun Solar",
           "doc": "SS-{}", "rate": {},
           "items": ["Rooftop PV system 7.2 kW - final milestone", "Inverter replacement",
                     "Panel add-on (6 modules)", "Commercial PV - progress billing",
                     "Roof penetration and racking labor"],
           "customers": [
               ("Desert Willow HOA", "desertwillowhoa.example", "Pat", "USD"),
               ("Cactus Flats Brewing Co.", "cactusflats.example", "Ana", "USD"),
               ("Mesa Ridge Dental Group", "mesaridgedental.example", "Carla", "USD"),
               ("Sonoran Vista Community Association", "sonoranvista.example", "Ray", "USD"),
               ("Barrett Property Management", "barrettpm.example", "Nina", "USD"),
               ("Greg & Tina Alvarez", "alvarezhome.example", "Greg", "USD"),
               ("Lisa Ortega", "ortegafamily.example", "Lisa", "USD"),
               ("Miguel Herrera", "herreramail.example", "Miguel", "USD"),
               ("Judy Lindqvist", "lindqvist.example", "Judy", "USD"),
               ("Tuan's Nail Studio", "tuansnails.example", "Tuan", "USD"),
               ("Rosa Delgado", "delgadohome.example", "Rosa", "USD"),
               ("Copper State Auto Glass", "copperstateglass.example", "Mike", "USD"),
           ]},
}
NOTES = ["Delivered on time, customer happy.", "Sent updated 2027 price list.",
         "Called, left a voicemail about the open invoice.", "Customer prefers email contact."]
DISCLAIMER = ("\n\nThis email and any attachments are confidential and intended solely for the "
              "addressee. If you have received it in error, please notify the sender and delete it.")
LEGAL = re.compile(r"lawyer|counsel|legal|solicitor|attorney|bankrupt|insolven|liquidat|"
                   r"receiversh|court|lawsuit", re.I)
DISPUTE_WORD = re.compile(r"disput", re.I)

LABELS = {
    "promise": (["none"], ["no_action"]),
    "hardship": (["draft_for_approval"], ["payment_plan_candidate"]),
    "routine": (["draft_for_approval"], ["routine_reminder"]),
    "routine_or_person": (["draft_for_approval", "escalate_to_human"],
                          ["routine_reminder", "high_touch_escalation"]),
    "none": (["none"], ["no_action"]),
    "dispute": (["escalate_to_human"], ["likely_dispute"]),
    "escalation": (["escalate_to_human"], ["high_touch_escalation"]),
}


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(fmt: str, p: D, email: D) -> str:
    m = MONTHS[p.month - 1]
    return {
        "iso": p.isoformat(),
        "long_uk": f"{p.day} {m} {p.year}",
        "the_nth": ordinal(p.day),
        "weekday": WD[p.weekday()],
        "dmy_slash": p.strftime("%d/%m/%Y"),
        "short_wd": f"{WD[p.weekday()][:3]} {p.day} {m[:3]}",
        "ord_uk": f"{ordinal(p.day)} {m}",
        "mon_abbr": f"{m[:3]} {p.day}",
        "dmy_dash": p.strftime("%d-%m-%Y"),
        "dmy_dot": p.strftime("%d.%m.%Y"),
        "dutch": f"{p.day} {m[:3].lower()}.",
        "mdy_slash": p.strftime("%m/%d/%Y"),
        "long_us": f"{m} {p.day}, {p.year}",
        "ord_us": f"{m} {ordinal(p.day)}",
        "tomorrow": "tomorrow",
        "long_wd_us": f"{WD[p.weekday()]}, {m} {p.day}",
        "md_us": f"{p.month}/{p.day}",
    }[fmt]


NUMERIC = {"dmy_slash", "dmy_dash", "dmy_dot", "mdy_slash", "md_us"}


def date_ok(fmt: str | None, p: D, email: D) -> bool:
    """The written date must mean exactly p to a reader on the email's date."""
    if fmt is None:
        return True
    if fmt in NUMERIC and p.day <= 12:
        return False  # day/month order would be ambiguous
    if fmt == "weekday" and not (0 < (p - email).days <= 6):
        return False
    if fmt == "tomorrow" and (p - email).days != 1:
        return False
    if fmt in {"the_nth", "ord_uk", "mon_abbr", "short_wd", "dutch", "ord_us", "long_wd_us",
               "md_us"} and (p.year != email.year or p <= email):
        return False
    return True


def money(world: dict, cur: str, amt: float) -> str:
    return f"{world['sym'][cur]}{amt:,.2f}"


def ts(d: D, rng: random.Random, tz: str) -> str:
    return f"{d.isoformat()}T{rng.randint(8, 17):02d}:{rng.choice(['05', '20', '34', '48'])}:00{tz}"


def stage_of(dpd: int) -> int | None:
    reached = [s for s in STAGES if dpd >= s]
    return reached[-1] if reached else None


def inv_obj(iid: str, doc: str, cust: tuple, cid: str, cur: str, total: float, bal: float,
            txn: D, due: D | None, item: str, email: str | None, world: dict, home_bal: bool,
            linked: list) -> dict:
    o = {
        "Balance": bal, "CurrencyRef": {"value": cur}, "CustomField": [],
        "CustomerRef": {"name": cust[0], "value": cid}, "DocNumber": doc, "EmailStatus": "EmailSent",
        "Id": iid,
        "Line": [{"Amount": total, "Description": item, "DetailType": "SalesItemLineDetail",
                  "Id": "1", "LineNum": 1,
                  "SalesItemLineDetail": {"ItemRef": {"name": item.split(" (")[0], "value": "7"},
                                          "Qty": 1, "UnitPrice": total}},
                 {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
        "LinkedTxn": linked,
        "MetaData": {"CreateTime": f"{txn.isoformat()}T09:00:00{world['tz']}",
                     "LastUpdatedTime": f"{txn.isoformat()}T09:00:00{world['tz']}"},
        "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"},
        "SyncToken": "1", "TotalAmt": total, "TxnDate": txn.isoformat(),
    }
    o["BillEmail"] = {"Address": email} if email else None
    if due is not None:
        o["DueDate"] = due.isoformat()
    if cur != world["home"]:
        rate = world["rate"][cur]
        o["ExchangeRate"] = rate
        if home_bal:
            o["HomeBalance"] = round(bal * rate, 2)
    return o


def payment(pid: str, cust: tuple, cid: str, amt: float, day: D, inv_id: str, tz: str) -> dict:
    return {"CustomerRef": {"name": cust[0], "value": cid}, "Id": pid,
            "Line": [{"Amount": amt, "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}]}],
            "MetaData": {"CreateTime": f"{day.isoformat()}T10:15:00{tz}",
                         "LastUpdatedTime": f"{day.isoformat()}T10:15:00{tz}"},
            "SyncToken": "0", "TotalAmt": amt, "TxnDate": day.isoformat(), "UnappliedAmt": 0.0}


def pick_customer(world: dict, entry: dict, rng: random.Random) -> tuple:
    want = entry.get("cur", world["home"])
    for c in world["customers"]:
        if c[0] in entry["body"] and c[3] == want:
            return c
    for c in world["customers"]:
        # a text signed with a contact's first name goes to that customer
        if re.search(r"\b" + re.escape(c[2]) + r"\b", entry["body"]) and c[3] == want:
            return c
    pool = [c for c in world["customers"] if c[3] == want]
    return rng.choice(pool)


def build_case(n: int, entry: dict, klass: str, rem_mode: str, rng: random.Random) -> tuple:
    w = WORLDS[entry["w"]]
    cust = pick_customer(w, entry, rng)
    cur = cust[3]
    fmt = entry.get("fmt")
    tag = entry.get("tag") or {"promise": "promise_ahead", "hardship": "hardship",
                               "routine": "benign"}[klass]
    old = entry.get("dpd") == "old"
    for _ in range(10000):
        as_of = D(2026, 12, 1) + dt.timedelta(days=rng.randint(0, 21))
        if as_of.weekday() >= 5:
            continue
        dpd = rng.randint(62, 90) if old else rng.choice(
            [rng.randint(2, 6), rng.randint(7, 13), rng.randint(14, 29), rng.randint(30, 55)])
        due = as_of - dt.timedelta(days=dpd)
        stage = stage_of(dpd)
        assert stage is not None
        email_d = as_of - dt.timedelta(days=0 if fmt == "tomorrow" else rng.randint(0, 4))
        if tag == "promise_passed":
            email_d = as_of - dt.timedelta(days=rng.randint(9, 14))
            p = email_d + dt.timedelta(days=rng.randint(3, 6))
            if not p < as_of:
                continue
        elif fmt == "tomorrow":
            p = email_d + dt.timedelta(days=1)
        else:
            p = as_of + dt.timedelta(days=rng.randint(2, 12))
        if p.weekday() >= 5 or p in (D(2026, 12, 25), D(2026, 12, 26)):
            continue
        if not date_ok(fmt, p, email_d):
            continue
        if email_d < due:
            continue
        # reminders: earlier stages sometimes, the current one per rem_mode
        rems = []
        for s in STAGES:
            if s > stage:
                break
            if s == stage:
                if rem_mode == "current":
                    rems.append(s)
            elif rng.random() < 0.45:
                rems.append(s)
        rem_dates = [due + dt.timedelta(days=s + rng.randint(0, 1)) for s in rems]
        if any(r > email_d for r in rem_dates):
            continue
        break
    else:
        raise SystemExit(f"no scaffold for {entry['body'][:40]}")

    base = 4000 + n * 10
    cid = str(300 + n)
    iid = str(base)
    doc = w["doc"].format(1400 + n * 3)
    lo, hi = {"fl": (240, 4800), "bk": (310, 7400), "so": (900, 9400)}[entry["w"]]
    bal = round(rng.uniform(lo, hi) / (w["rate"].get(cur, 1.0)), 2)
    payments, linked = [], []
    partial = rng.random() < 0.2
    total = bal
    tz = w["tz"]
    if partial:
        part = round(bal * rng.choice([0.25, 0.3, 0.5]), 2)
        total = round(bal + part, 2)
        pday = due + dt.timedelta(days=rng.randint(-5, 0))
        payments.append(payment(str(base + 5), cust, cid, part, pday, iid, tz))
        linked = [{"TxnId": str(base + 5), "TxnType": "Payment"}]
    txn = due - dt.timedelta(days=30)
    local = rng.choice(["accounts", "ap", "office", cust[2].lower().replace("\u00e9", "e")])
    addr = f"{local}@{cust[1]}"
    both = rng.random() < 0.8
    bill_email = addr if (both or rng.random() < 0.5) else None
    prim = addr if (both or bill_email is None) else None
    invoice = inv_obj(iid, doc, cust, cid, cur, total, bal, txn, due, rng.choice(w["items"]),
                      bill_email, w, rng.random() < 0.75, linked)
    history = []
    for h in range(rng.randint(0, 3)):
        hid = str(base + 1 + h)
        hdue = due - dt.timedelta(days=35 * (h + 1))
        hamt = round(rng.uniform(lo, hi) / w["rate"].get(cur, 1.0), 2)
        pid = str(base + 6 + h)
        history.append(inv_obj(hid, w["doc"].format(900 + n * 3 + h), cust, cid, cur, hamt, 0.0,
                               hdue - dt.timedelta(days=30), hdue, rng.choice(w["items"]),
                               bill_email, w, True, [{"TxnId": pid, "TxnType": "Payment"}]))
        payments.append(payment(pid, cust, cid, hamt, hdue + dt.timedelta(days=rng.randint(-3, 9)),
                                hid, tz))
    credit_memos = []
    if rng.random() < 0.15:
        credit_memos.append({"Balance": 0.0, "CurrencyRef": {"value": cur},
                             "CustomerRef": {"name": cust[0], "value": cid},
                             "DocNumber": f"CM-{n}", "Id": str(base + 9),
                             "TotalAmt": 45.0, "TxnDate": (due - dt.timedelta(days=60)).isoformat()})
    notes = []
    if rng.random() < 0.2:
        notes.append({"author": "collector", "date": ts(due - dt.timedelta(days=rng.randint(1, 9)),
                                                        rng, tz), "text": rng.choice(NOTES)})

    amt = money(w, cur, bal)
    datestr = fmt_date(fmt, p, email_d) if fmt else ""
    fill = {"inv": doc, "amt": amt, "date": datestr, "first": cust[2]}
    body = entry["body"].format(**fill)
    subj = entry.get("subj", "Re: Invoice {inv}").format(**fill)
    wrap = "none"
    if not entry.get("raw"):
        r = rng.random()
        if r < 0.25 and rems:
            wrap = "quote"
        elif r < 0.45:
            wrap = "sig"
        elif r < 0.55:
            wrap = "disclaimer"
    if wrap == "quote":
        last = rem_dates[-1]
        body += (f"\n\nOn {last.strftime('%a %d %b %Y')}, {w['us']} <{w['ar']}> wrote:\n"
                 f"> Dear {cust[0]},\n> Our records show that invoice {doc} ({amt}) was due on "
                 f"{due.isoformat()}.\n> We would be grateful if you could arrange payment at your "
                 f"earliest convenience.\n> Kind regards, {w['us']} accounts")
    elif wrap == "sig":
        body += f"\n\n{cust[2]}\n{cust[0]}\n{cust[1].replace('.example', '')} | mobile on request"
    elif wrap == "disclaimer":
        body += DISCLAIMER
    emails = [{"body": body, "date": ts(email_d, rng, tz), "from": addr, "subject": subj,
               "to": w["ar"]}]
    if tag == "promise_passed" or rng.random() < 0.15:
        pass  # one customer email only; history is in the bundle
    reminders = [{"date": ts(d, rng, tz), "stage": s} for s, d in zip(rems, rem_dates)]
    customer = {"Active": True, "Balance": bal, "CompanyName": cust[0],
                "CurrencyRef": {"value": cur}, "DisplayName": cust[0], "Id": cid,
                "MetaData": {"CreateTime": f"2025-03-02T10:00:00{tz}",
                             "LastUpdatedTime": f"{txn.isoformat()}T10:00:00{tz}"},
                "Notes": rng.choice(["", "", "", "Prefers email."]),
                "PrimaryEmailAddr": {"Address": prim} if prim else None, "SyncToken": "2"}
    case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes,
            "customer": customer, "emails": emails, "home_currency": w["home"],
            "id": f"{PREFIX}-{n:04d}", "invoice": invoice, "invoices": history,
            "payments": payments, "reminders_sent": reminders}
    facts = {"tag": tag, "promise_date": p if fmt else None, "email_date": email_d}
    return case, facts


def check(case: dict, facts: dict, exp: dict) -> None:
    """Re-derive SPEC's answer from the built case and refuse a label that does not accept it."""
    cid = case["id"]
    for k in ("id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
              "credit_memos", "emails", "crm_notes", "reminders_sent"):
        assert k in case, (cid, k)
    for e in case["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"}, cid
    for r in case["reminders_sent"]:
        assert set(r) == {"date", "stage"} and r["stage"] in STAGES, cid
    inv = case["invoice"]
    as_of = D.fromisoformat(case["as_of"])
    due = D.fromisoformat(inv["DueDate"])
    dpd = (as_of - due).days
    bal = inv["Balance"]
    home = inv.get("HomeBalance", bal * inv.get("ExchangeRate", 1.0))
    unapplied = sum(p["UnappliedAmt"] for p in case["payments"]) + sum(
        c["Balance"] for c in case["credit_memos"])
    addr = inv.get("BillEmail") or case["customer"].get("PrimaryEmailAddr")
    texts_all = " ".join(e["body"] + " " + e["subject"] for e in case["emails"]) + " ".join(
        n["text"] for n in case["crm_notes"]) + case["customer"]["Notes"] + inv["PrivateNote"]
    # nothing to do / hard stops: none of these cases may hit one
    assert bal > 0 and dpd >= 1, cid
    assert not LEGAL.search(texts_all), (cid, "legal word")
    assert not DISPUTE_WORD.search(texts_all), (cid, "dispute word")
    assert not any(f.get("Name") == "Collections Status" for f in inv["CustomField"]), cid
    assert home < 10000, (cid, home)
    assert unapplied < bal, cid
    assert addr, cid
    stage = stage_of(dpd)
    stage_reminded = any(r["stage"] == stage for r in case["reminders_sent"])
    rem_dates = sorted(D.fromisoformat(r["date"][:10]) for r in case["reminders_sent"])
    email_dates = [D.fromisoformat(e["date"][:10]) for e in case["emails"]]
    assert all(d <= as_of for d in email_dates + rem_dates), cid
    three = False
    if len(rem_dates) >= 3:
        first = rem_dates[0]
        acts = [d for d in email_dates if d > first] + [
            D.fromisoformat(p["TxnDate"]) for p in case["payments"]
            if D.fromisoformat(p["TxnDate"]) > first] + [
            D.fromisoformat(n["date"][:10]) for n in case["crm_notes"]
            if D.fromisoformat(n["date"][:10]) > first]
        three = not acts
    partials = [p for p in case["payments"]
                if any(lt["TxnId"] == inv["Id"] for ln in p["Line"] for lt in ln["LinkedTxn"])]
    if abs(inv["TotalAmt"] - bal) > 0.001:
        assert partials, cid
    tag = facts["tag"]
    pdate = facts["promise_date"]
    if tag == "promise_ahead":
        assert pdate and pdate > as_of, (cid, "promise not ahead")
    if tag == "promise_passed":
        assert pdate and facts["email_date"] < pdate < as_of, (cid, "promise not passed")
    # SPEC order
    if tag == "complaint":
        ans = ("escalate_to_human", "likely_dispute")
    elif dpd >= 60 or three:
        ans = ("escalate_to_human", "high_touch_escalation")
    else:
        outcome = "payment_plan_candidate" if (tag == "hardship" or len(partials) >= 2) \
            else "routine_reminder"
        ans = ("draft_for_approval", outcome)
        if stage_reminded or tag == "promise_ahead":
            ans = ("none", "no_action")
    assert ans[0] in exp["route"] and ans[1] in exp["outcome"], (cid, ans, exp)
    assert exp["hard_stop"] is None


def main() -> None:
    rng = random.Random(SEED)
    jobs = []
    for i, e in enumerate(texts.PROMISES):
        jobs.append((e, "promise", "none" if i % 2 == 0 else "current", "promise"))
    for e in texts.HARDSHIP:
        jobs.append((e, "hardship", "none", "hardship"))
    for e in texts.ROUTINE:
        jobs.append((e, "routine", "none", "routine_or_person"))
    for e in texts.MIXED:
        jobs.append((e, "mixed", e["rem"], e["label"]))
    rng.shuffle(jobs)
    cases, expected = [], []
    for n, (e, klass, rem_mode, label) in enumerate(jobs, 1):
        case, facts = build_case(n, e, klass, rem_mode, rng)
        route, outcome = LABELS[label]
        exp = {"class": klass, "hard_stop": None, "id": case["id"], "outcome": outcome,
               "route": route}
        check(case, facts, exp)
        cases.append(json.dumps(case, sort_keys=True, ensure_ascii=False))
        expected.append(json.dumps(exp, sort_keys=True))
    (HERE / "cases.jsonl").write_text("\n".join(cases) + "\n", encoding="utf-8")
    (HERE / "expected.jsonl").write_text("\n".join(expected) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases written")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds probe_f: a blind probe of dated promises, plan requests and benign replies.

Stdlib only, fixed seed; rewrites cases.jsonl and expected.jsonl byte for byte:

    python3 tests/data/judge_cases/probe_f/build.py

Every case is built from a scaffold (days past due, reminders, currency, payments, ...) around one
hand-written text from texts.py. check() re-derives the structural facts of the built bundle and
applies SPEC's order to them plus the text's semantic tag; a case whose declared label does not
match that derivation stops the build.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts  # noqa: E402

SEED = 20261209
PREFIX = "pf"
STAGES = [1, 7, 14, 30, 60]
RISK = 10_000.00
AS_OFS = [dt.date(2026, 12, d) for d in (7, 8, 9, 10, 11)]

DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = (
    "routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation", "no_action",
)
LABELS = {
    "HOLD": ([NONE], [NA]),
    "PLAN": ([DRAFT], [PP]),
    "HOLD_OR_PLAN": ([DRAFT, NONE], [NA, PP]),
    "ROUTINE": ([DRAFT], [RR]),
    "ROUTINE_OR_PERSON": ([DRAFT, ESC], [HT, RR]),
    "DISPUTE": ([ESC], [LD]),
    "HTE": ([ESC], [HT]),
}
# Outcomes accepted under each hard stop: the underlying classification and high_touch_escalation
# (as shared/eval/examples_expected.jsonl does; over_risk_threshold is always high_touch).
HS_OUTCOMES = {
    "legal_hold": [HT, LD, PP],
    "open_dispute": [HT, LD],
    "over_risk_threshold": [HT],
    "unapplied_credit": [HT, LD, PP],
    "missing_context": [HT, RR],
}

WORLDS = {
    "cpt": {
        "us": "Tafelberg Press (Pty) Ltd", "collector": "Zanele", "ar": "accounts@tafelbergpress.example", "home": "ZAR",
        "tz": "+02:00", "foreign": "USD", "rate": (18.05, 18.65), "amt": (2400, 9400), "famt": (140, 480),
        "items": ["Litho print run", "Digital print - A5 flyers", "Perfect binding", "Foil blocking",
                  "Large format banner", "Design and prepress"],
        "customers": [
            ("Harbor & Vine", "Harbor & Vine Imports LLC", "harborvine.example", "Tom", "USD"),
            ("Blue Ridge", "Blue Ridge Tours LLC", "blueridgetours.example", "Kayla", "USD"),
            ("Durbanville Motors", "Durbanville Motors", "dvmotors.example", "Riaan", "ZAR"),
            ("Sea Point Dental", "Sea Point Dental Studio", "seapointdental.example", "Nadia", "ZAR"),
            ("Trust", "Khayelitsha Youth Arts Trust", "kyatrust.example", "Thandeka", "ZAR"),
            ("show", "Observatory Theatre Company", "obstheatre.example", "Jono", "ZAR"),
            ("bakery", "Bo-Kaap Bakehouse", "bokaapbakes.example", "Fatima", "ZAR"),
            ("wine", "Delvera Wine Estate", "delvera.example", "Pieter", "ZAR"),
            ("menus", "Woodstock Brewing Co", "woodstockbrew.example", "Sipho", "ZAR"),
            ("", "Muizenberg Surf School", "muizsurf.example", "Kirsten", "ZAR"),
            ("", "Claremont Book Club", "claremontbooks.example", "Yusuf", "ZAR"),
        ],
    },
    "van": {
        "us": "Coastline Flow Supply Inc.", "collector": "Megan", "ar": "ar@coastlineflow.example", "home": "CAD",
        "tz": "-08:00", "foreign": "USD", "rate": (1.36, 1.41), "amt": (350, 7800), "famt": (300, 5200),
        "items": ["Cork yoga blocks (case of 24)", "Natural rubber mats 5mm", "Reformer springs set",
                  "Spin bike - studio model", "Kettlebell set 8-32 kg", "Rowing machine"],
        "customers": [
            ("Rainier Barre", "Rainier Barre Studio", "rainierbarre.example", "Hannah", "USD"),
            ("Rose City", "Rose City CrossFit", "rosecitycf.example", "Marcus", "USD"),
            ("Burnaby", "Burnaby Parks & Recreation", "burnaby-rec.example", "Gurpreet", "CAD"),
            ("North Shore Physio", "North Shore Physio & Rehab", "nsphysio.example", "Elena", "CAD"),
            ("Squamish", "Squamish Climb Gym", "squamishclimb.example", "Jesse", "CAD"),
            ("kitsyoga", "Kitsilano Hot Yoga", "kitsyoga.example", "Priya", "CAD"),
            ("retreat", "Okanagan Wellness Retreat", "okwellness.example", "Sofia", "CAD"),
            ("付款", "Lotus Wellness Trading Ltd", "lotuswellness.example", "Wei", "CAD"),
            ("co-op", "Commercial Drive Rowing Co-op", "cdrowing.example", "Amara", "CAD"),
            ("", "Main Street Pilates", "mainstpilates.example", "Chloe", "CAD"),
            ("", "Kelowna Spin Collective", "kelownaspin.example", "Derek", "CAD"),
        ],
    },
    "bne": {
        "us": "Moreton Bay Plumbing Supplies Pty Ltd", "collector": "Tess", "ar": "accounts@moretonbayplumbing.example",
        "home": "AUD", "tz": "+10:00", "foreign": "NZD", "rate": (0.895, 0.925), "amt": (380, 8600),
        "famt": (400, 6200),
        "items": ["Copper pipe 15mm x 6m", "PVC DWV fittings", "Hot water unit 250L", "Mixer tapware",
                  "Backflow prevention valve", "Stormwater pit and grate"],
        "customers": [
            ("Tauranga", "Tauranga Plumbing Ltd", "taurangaplumbing.example", "Aroha", "NZD"),
            ("Hamilton Drainlayers", "Hamilton Drainlayers Ltd", "hamdrain.example", "Wiremu", "NZD"),
            ("Redcliffe Plumbing", "Redcliffe Plumbing & Gas", "redcliffepg.example", "Sharon", "AUD"),
            ("Logan Drainage", "Logan Drainage Co", "logandrainage.example", "Bruce", "AUD"),
            ("Sunnybank", "Sunnybank Bathroom Renovations", "sunnybankbathrooms.example", "Ming", "AUD"),
            ("Ipswich", "Ipswich Hot Water Services", "ipswichhotwater.example", "Kylie", "AUD"),
            ("", "Gold Coast Roofing & Plumbing", "gcroofplumb.example", "Mick", "AUD"),
            ("", "Toowoomba Gasfitting", "toowoombagas.example", "Daz", "AUD"),
            ("", "Caboolture Pipe & Pump", "caboolturepipe.example", "Leanne", "AUD"),
            ("", "Springfield Maintenance Plumbing", "springfieldmp.example", "Raj", "AUD"),
        ],
    },
}
TOOLS = {"Bill.com": "notifications@billcom.example", "Xero": "messaging-service@post.xero.example",
         "Sage Pay Run": "no-reply@sagepay.example"}

SIGNATURES = [
    "\n\n--\n{full}\nAccounts Payable\n{cust}",
    "\n\nKind regards,\n{full}\n{cust}\nPh: {phone}",
    "\n\nThanks,\n{first}\n\nSent from my iPhone",
]
DISCLAIMER = ("\n\n---\nThis email and any attachments are confidential and may be privileged. If you "
              "are not the intended recipient, please notify the sender and delete it. {cust} "
              "accepts no responsibility for viruses.")
QUOTE = ("\n\nOn {qdate}, {us} <{ar}> wrote:\n> Dear {cust},\n> This is a reminder that invoice {inv} "
         "for {bal} was due on {due}.\n> If you have already sent payment, please disregard this "
         "note.\n> Kind regards, {us}")
EXTERNAL = "[EXTERNAL EMAIL] Caution: this message was sent from outside your organisation.\n\n"

ORD_WORDS = {13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
             18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty-first",
             22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth",
             26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth", 29: "twenty-ninth",
             30: "thirtieth", 1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
             6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
             12: "twelfth"}


def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, fmt: str) -> str:
    if fmt == "iso":
        return d.isoformat()
    if fmt == "dmy":
        return d.strftime("%d/%m/%Y")
    if fmt == "mdy_slash":
        return d.strftime("%m/%d/%Y")
    if fmt == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if fmt == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if fmt == "long":
        return f"{d.day} {d.strftime('%B %Y')}"
    if fmt == "mdy_long":
        return f"{d.strftime('%B')} {ordinal(d.day)}"
    if fmt == "dfull":
        return f"{d.strftime('%A, %B')} {d.day}, {d.year}"
    if fmt == "short_wd":
        return f"{d.strftime('%a')} {d.day} {d.strftime('%b')}"
    if fmt == "ord":
        return f"the {ordinal(d.day)}"
    if fmt == "words":
        return f"the {ORD_WORDS[d.day]} of {d.strftime('%B')}"
    if fmt == "mon_d":
        return f"{d.strftime('%b')}. {d.day}"
    if fmt == "dd_mon_yy":
        return d.strftime("%d-%b-%y")
    if fmt == "weekday":
        return d.strftime("%A")
    raise ValueError(fmt)


def money(amount: float, cur: str) -> str:
    sym = {"ZAR": "R", "USD": "US$", "CAD": "$", "AUD": "$", "NZD": "NZ$"}[cur]
    return f"{sym}{amount:,.2f}" if cur != "ZAR" else f"R {amount:,.2f}"


def ts(d: dt.date, tz: str, hour: int = 10) -> str:
    return f"{d.isoformat()}T{hour:02d}:{(hour * 7) % 60:02d}:00{tz}"


# ---------------------------------------------------------------------------------------------
# Scaffold and bundle


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.n = 0
        self.next_id = 3000
        self.used: dict[str, int] = {}

    def nid(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def customer(self, world: str, text: str, want_foreign: bool | None) -> tuple[str, str, str, str, str]:
        w = WORLDS[world]
        for key, name, dom, first, cur in w["customers"]:
            if key and key in text:
                return key, name, dom, first, cur
        pool = [c for c in w["customers"] if not c[0]]
        if want_foreign:
            pool = [c for c in w["customers"] if c[4] == w["foreign"] and c[0] not in text]
        c = self.rng.choice(pool)
        return c

    def line(self, amount: float, item: str) -> list[dict]:
        return [
            {"Amount": amount, "Description": item, "DetailType": "SalesItemLineDetail", "Id": "1",
             "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": item, "value": "7"}, "Qty": 1,
                                                   "UnitPrice": amount}},
            {"Amount": amount, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
        ]

    def invoice(self, w: dict, cust: tuple, cid: str, doc: str, total: float, balance: float,
                txn: dt.date, due: dt.date | None, cur: str, rate: float | None, home_bal: bool,
                bill_email: bool, status: str | None) -> dict:
        inv: dict = {
            "Balance": balance,
            "BillEmail": {"Address": f"accounts@{cust[2]}"} if bill_email else None,
            "CurrencyRef": {"value": cur},
            "CustomField": ([{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status,
                              "Type": "StringType"}] if status else []),
            "CustomerRef": {"name": cust[1], "value": cid},
            "DocNumber": doc,
            "EmailStatus": "EmailSent",
            "Id": self.nid(),
            "Line": self.line(total, self.rng.choice(w["items"])),
            "LinkedTxn": [],
            "MetaData": {"CreateTime": ts(txn, w["tz"], 9), "LastUpdatedTime": ts(txn, w["tz"], 9)},
            "PrintStatus": "NotSet",
            "PrivateNote": "",
            "SalesTermRef": {"value": "3"},
            "SyncToken": "1",
            "TotalAmt": total,
            "TxnDate": txn.isoformat(),
        }
        if due is not None:
            inv["DueDate"] = due.isoformat()
        if rate is not None:
            inv["ExchangeRate"] = rate
            if home_bal:
                inv["HomeBalance"] = round(balance * rate, 2)
                inv["HomeTotalAmt"] = round(total * rate, 2)
        return inv

    def build(self, spec: dict) -> dict:
        rng = self.rng
        self.n += 1
        cid_str = f"{PREFIX}-{self.n:04d}"
        world, fmt, subject, body = spec["text"]
        w = WORLDS[world]
        as_of = rng.choice(AS_OFS)
        cust = self.customer(world, subject + body, spec.get("foreign"))
        cur = cust[4]
        foreign = cur != w["home"]
        rate = round(rng.uniform(*w["rate"]), 4) if foreign else None
        home_bal = foreign and rng.random() < 0.75
        cust_id = str(400 + self.n)

        dpd = spec["dpd"]
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=30)
        if "amount" in spec:
            total = spec["amount"]
        else:
            lo, hi = w["famt"] if foreign else w["amt"]
            total = round(rng.uniform(lo, hi), 2)
        balance = total
        payments: list[dict] = []
        inv_id_holder: list[str] = []
        partials = spec.get("partials", 0)
        if partials:
            for k in range(partials):
                part = round(total * rng.uniform(0.12, 0.22), 2)
                balance = round(balance - part, 2)
                pdate = due - dt.timedelta(days=3) + dt.timedelta(days=k * 5)
                payments.append({"part": part, "date": pdate})
        doc = str(rng.randint(10400, 19800))
        status = spec.get("status")
        inv = self.invoice(w, cust, cust_id, doc, total, balance, txn,
                           None if spec.get("no_due") else due, cur, rate, home_bal,
                           not spec.get("no_address"), status)
        inv_id_holder.append(inv["Id"])

        # history: paid invoices with their payments
        history = []
        pay_rows = []
        for h in range(rng.randint(1, 3)):
            htotal = round(total * rng.uniform(0.4, 1.3), 2)
            hdue = due - dt.timedelta(days=35 * (h + 1))
            hinv = self.invoice(w, cust, cust_id, str(int(doc) - 37 * (h + 1)), htotal, 0.0,
                                hdue - dt.timedelta(days=30), hdue, cur, rate, home_bal, True, None)
            pid = self.nid()
            hinv["LinkedTxn"] = [{"TxnId": pid, "TxnType": "Payment"}]
            history.append(hinv)
            pdate = hdue + dt.timedelta(days=rng.randint(0, 12))
            pay_rows.append(self.payment(w, cust, cust_id, pid, htotal, pdate, [hinv["Id"]], 0.0, rate))
        for p in payments:
            pid = self.nid()
            inv["LinkedTxn"].append({"TxnId": pid, "TxnType": "Payment"})
            pay_rows.append(self.payment(w, cust, cust_id, pid, p["part"], p["date"], [inv["Id"]], 0.0, rate))
        credit_memos = []
        if spec.get("unapplied"):
            pid = self.nid()
            ua = round(balance * 0.6, 2)
            pay_rows.append(self.payment(w, cust, cust_id, pid, ua, as_of - dt.timedelta(days=6), [], ua, rate))
            cm_bal = round(balance - ua + 15.0, 2)
            credit_memos.append({
                "Balance": cm_bal, "CurrencyRef": {"value": cur},
                "CustomerRef": {"name": cust[1], "value": cust_id}, "DocNumber": f"CM-{doc[-3:]}",
                "Id": self.nid(), "Line": self.line(cm_bal, "Credit - returned stock"),
                "MetaData": {"CreateTime": ts(as_of - dt.timedelta(days=9), w["tz"]),
                             "LastUpdatedTime": ts(as_of - dt.timedelta(days=9), w["tz"])},
                "RemainingCredit": cm_bal, "SyncToken": "0", "TotalAmt": cm_bal,
                "TxnDate": (as_of - dt.timedelta(days=9)).isoformat(),
            })

        # reminders: some earlier stages, plus the current stage when spec says so
        reached = [s for s in STAGES if s <= dpd]
        cur_stage = reached[-1] if reached else 0
        earlier = [s for s in reached[:-1]]
        n_earlier = spec.get("n_earlier")
        if n_earlier is None:
            n_earlier = rng.randint(0, min(2, len(earlier)))
        chosen = earlier[-n_earlier:] if n_earlier else []
        if spec["reminded"]:
            chosen = chosen + [cur_stage]
        reminders = [{"date": ts(due + dt.timedelta(days=s), w["tz"], 8), "stage": s} for s in chosen]
        last_rem = due + dt.timedelta(days=chosen[-1]) if chosen else due - dt.timedelta(days=3)

        # email date: after the last reminder, on or before as_of
        lo_e = max(last_rem + dt.timedelta(days=1), as_of - dt.timedelta(days=6))
        if spec.get("expired"):
            pdate_text = as_of - dt.timedelta(days=rng.randint(2, 5))
            while pdate_text.weekday() > 4:
                pdate_text -= dt.timedelta(days=1)
            edate = pdate_text - dt.timedelta(days=rng.randint(3, 5))
            if edate <= last_rem:
                raise SystemExit(f"{cid_str}: expired promise email not after the last reminder")
        else:
            edate = lo_e + dt.timedelta(days=rng.randint(0, max(0, (as_of - lo_e).days)))
            if fmt == "weekday":
                # a bare weekday names the coming one: keep the email within the same week
                edate = max(edate, as_of - dt.timedelta(days=1))
            if edate > as_of:
                raise SystemExit(f"{cid_str}: no room for an email after the last reminder")
        promise = None
        date2 = None
        if fmt and not spec.get("expired"):
            if fmt == "weekday":
                cands = [as_of + dt.timedelta(days=k) for k in range(1, 7)
                         if (as_of + dt.timedelta(days=k)).weekday() < 5
                         and (as_of + dt.timedelta(days=k) - edate).days < 7]
                promise = rng.choice(cands)
            else:
                while True:
                    promise = as_of + dt.timedelta(days=rng.randint(3, 19))
                    if promise.weekday() < 5 and promise.day > 12 and promise.month == 12:
                        break
            date2 = promise + dt.timedelta(days=14)
        elif fmt:
            promise = pdate_text
        if spec.get("promise_60"):
            promise = as_of + dt.timedelta(days=8)
            while promise.weekday() > 4:
                promise += dt.timedelta(days=1)

        bal_txt = money(balance, cur)
        first = cust[3]
        # {first} in a text greets our collector; the signature is the customer's contact
        fill = {"inv": doc, "bal": bal_txt, "first": w["collector"], "us": w["us"]}
        if promise is not None:
            fill["date"] = fmt_date(promise, fmt)
        if date2 is not None:
            fill["date2"] = fmt_date(date2, fmt)
        subj = subject.format(**fill)
        text = body.format(**fill)
        surname = rng.choice(["Naidoo", "Botha", "Chen", "Singh", "MacLeod", "Walker", "Tane", "Kim"])
        wrap = spec.get("wrap", rng.choice(["", "", "sig", "sig", "disc", "quote", "ext"]))
        if wrap == "quote" and not reminders:
            wrap = "sig"
        full = f"{first} {surname}"
        if wrap == "sig":
            text += rng.choice(SIGNATURES).format(full=full, cust=cust[1], first=first,
                                                   phone="+61 7 5550 1182" if world == "bne" else
                                                   "+27 21 555 0190" if world == "cpt" else "604-555-0133")
        elif wrap == "disc":
            text += DISCLAIMER.format(cust=cust[1])
        elif wrap == "quote":
            text += QUOTE.format(qdate=last_rem.strftime("%d %b %Y"), us=w["us"], ar=w["ar"],
                                 cust=cust[1], inv=doc, bal=bal_txt, due=due.isoformat())
        elif wrap == "ext":
            text = EXTERNAL + text
        sender = f"{first.lower()}@{cust[2]}" if rng.random() < 0.45 else f"accounts@{cust[2]}"
        for tool, addr in TOOLS.items():
            if tool in text:
                sender = addr
        emails = [{"body": text, "date": ts(edate, w["tz"], 11 if edate < as_of else 8), "from": sender,
                   "subject": subj, "to": w["ar"]}]

        crm_notes = []
        if spec.get("note"):
            crm_notes.append({"author": "collector", "date": ts(edate, w["tz"], 15),
                              "text": spec["note"]})

        customer = {
            "Active": True, "Balance": balance, "CompanyName": cust[1],
            "CurrencyRef": {"value": cur}, "DisplayName": cust[1], "Id": cust_id,
            "MetaData": {"CreateTime": "2024-03-04T10:00:00" + w["tz"],
                         "LastUpdatedTime": ts(as_of - dt.timedelta(days=20), w["tz"])},
            "Notes": spec.get("cust_notes", ""),
            "PrimaryEmailAddr": None if spec.get("no_address") else {"Address": f"{first.lower()}@{cust[2]}"},
            "SyncToken": "2",
        }
        bundle = {
            "as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": crm_notes,
            "customer": customer, "emails": emails, "home_currency": w["home"], "id": cid_str,
            "invoice": inv, "invoices": history, "payments": pay_rows,
            "reminders_sent": reminders,
        }
        meta = {"promise": promise, "fill_date": fill.get("date"), "edate": edate}
        return {"bundle": bundle, "meta": meta}

    def payment(self, w: dict, cust: tuple, cust_id: str, pid: str, amount: float, d: dt.date,
                inv_ids: list[str], unapplied: float, rate: float | None) -> dict:
        p: dict = {
            "CustomerRef": {"name": cust[1], "value": cust_id}, "Id": pid,
            "Line": [{"Amount": amount, "LinkedTxn": [{"TxnId": i, "TxnType": "Invoice"}]} for i in inv_ids],
            "MetaData": {"CreateTime": ts(d, w["tz"]), "LastUpdatedTime": ts(d, w["tz"])},
            "SyncToken": "0", "TotalAmt": amount, "TxnDate": d.isoformat(), "UnappliedAmt": unapplied,
        }
        if rate is not None:
            p["ExchangeRate"] = rate
        return p


# ---------------------------------------------------------------------------------------------
# check(): re-derive the facts and the SPEC answer


def facts(b: dict) -> dict:
    inv = b["invoice"]
    as_of = dt.date.fromisoformat(b["as_of"])
    due = inv.get("DueDate")
    dpd = (as_of - dt.date.fromisoformat(due)).days if due else None
    reached = [s for s in STAGES if dpd is not None and s <= dpd]
    stage = reached[-1] if reached else 0
    reminded = any(r["stage"] == stage for r in b["reminders_sent"]) if stage else False
    if "HomeBalance" in inv:
        home = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        home = inv["Balance"] * inv["ExchangeRate"]
    else:
        home = inv["Balance"]
    credit = sum(p["UnappliedAmt"] for p in b["payments"]) + sum(c["Balance"] for c in b["credit_memos"])
    address = bool((inv.get("BillEmail") or {}).get("Address")
                   or (b["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    partials = sum(1 for p in b["payments"] for ln in p["Line"] for t in ln["LinkedTxn"]
                   if t["TxnId"] == inv["Id"])
    rem_dates = sorted(r["date"][:10] for r in b["reminders_sent"])
    three = False
    if len(rem_dates) >= 3:
        first = rem_dates[0]
        activity = ([p["TxnDate"] for p in b["payments"] if p["TxnDate"] >= first]
                    + [e["date"][:10] for e in b["emails"] if e["date"][:10] >= first]
                    + [n["date"][:10] for n in b["crm_notes"] if n["date"][:10] >= first])
        three = not activity
    status = [c.get("StringValue", "") for c in inv["CustomField"] if c.get("Name") == "Collections Status"]
    return {"dpd": dpd, "stage": stage, "reminded": reminded, "home": round(home, 2), "credit": credit,
            "covered": credit >= inv["Balance"] > 0, "address": address, "due": due is not None,
            "partials": partials, "three": three, "balance": inv["Balance"],
            "disputed": any(s.lower() == "disputed" for s in status), "as_of": as_of}


def derive(b: dict, sem: str, promise: dt.date | None) -> tuple[list[str], list[str], str | None]:
    f = facts(b)
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return [NONE], [NA], None
    underlying = {"plan": PP, "complaint_plan": LD}.get(sem, RR)
    stop = None
    if sem == "legal":
        stop, underlying = "legal_hold", PP
    elif f["disputed"]:
        stop = "open_dispute"
    elif f["home"] >= RISK:
        stop = "over_risk_threshold"
    elif f["covered"]:
        stop = "unapplied_credit"
    elif not f["address"] or not f["due"]:
        stop = "missing_context"
    if stop:
        outs = HS_OUTCOMES[stop]
        if underlying not in outs and stop not in ("over_risk_threshold", "open_dispute"):
            raise SystemExit(f"{b['id']}: underlying {underlying} not accepted under {stop}")
        return [ESC], outs, stop
    if sem == "complaint_plan":
        return [ESC], [LD], None
    if f["dpd"] >= 60 or f["three"] or "personally" in b["customer"]["Notes"]:
        return [ESC], [HT], None
    plan = sem in ("plan", "promise_or_plan") or f["partials"] >= 2
    promise_ahead = promise is not None and promise > f["as_of"] and sem in ("promise", "promise_or_plan")
    if f["reminded"]:
        return [NONE], [NA], None
    if sem == "promise_or_plan":
        return [DRAFT, NONE], [NA, PP], None
    if promise_ahead:
        return [NONE], [NA], None
    if plan:
        return [DRAFT], [PP], None
    if sem in ("benign", "negated"):
        return [DRAFT, ESC], [HT, RR], None
    return [DRAFT], [RR], None


def check(case: dict, spec: dict) -> None:
    b, meta = case["bundle"], case["meta"]
    f = facts(b)
    cid = b["id"]
    # the scaffold facts the spec asked for
    if f["dpd"] != spec["dpd"] and not spec.get("no_due"):
        raise SystemExit(f"{cid}: days past due {f['dpd']} != {spec['dpd']}")
    if f["due"] and f["reminded"] != spec["reminded"]:
        raise SystemExit(f"{cid}: current stage reminded {f['reminded']} != {spec['reminded']}")
    if spec["expect"] not in ("HTE",) and not spec["expect"].startswith("HS:") and f["dpd"] >= 60:
        raise SystemExit(f"{cid}: >= 60 days on a {spec['expect']} label")
    if spec["cls"] == "hardship" and (f["reminded"] or f["dpd"] >= 60 or meta["promise"]):
        raise SystemExit(f"{cid}: hardship case must be < 60 days, not reminded, undated")
    if not spec["expect"].startswith("HS:") and (f["home"] >= RISK or f["covered"] or not f["address"]):
        raise SystemExit(f"{cid}: unexpected hard-stop fact")
    p = meta["promise"]
    if spec["sem"] in ("promise", "promise_or_plan"):
        if p is None or p <= f["as_of"] or p.weekday() > 4:
            raise SystemExit(f"{cid}: promise date {p} not a weekday ahead of as_of")
        if meta["fill_date"] not in b["emails"][0]["body"]:
            raise SystemExit(f"{cid}: promise date text missing from the email")
    if spec.get("expired") and (p is None or p >= f["as_of"] or meta["edate"] >= p):
        raise SystemExit(f"{cid}: expired promise not behind as_of")
    cust_dom = (b["customer"].get("PrimaryEmailAddr") or {}).get("Address", "@").split("@")[1]
    if cust_dom and not b["emails"][0]["from"].endswith(cust_dom) and len(b["reminders_sent"]) >= 3:
        raise SystemExit(f"{cid}: a tool notice beside 3 reminders (is it customer activity?)")
    for e in b["emails"]:
        if e["date"][:10] > b["as_of"]:
            raise SystemExit(f"{cid}: email after as_of")
    for r in b["reminders_sent"]:
        if r["date"][:10] > b["as_of"]:
            raise SystemExit(f"{cid}: reminder after as_of")
    if "{" in b["emails"][0]["body"] or "{" in b["emails"][0]["subject"]:
        raise SystemExit(f"{cid}: unfilled placeholder")
    sem_p = p if spec["sem"] in ("promise", "promise_or_plan") else None
    route, outcome, stop = derive(b, spec["sem"], sem_p)
    if spec["expect"].startswith("HS:"):
        want_stop = spec["expect"][3:]
        want = ([ESC], HS_OUTCOMES[want_stop])
    else:
        want_stop = None
        want = LABELS[spec["expect"]]
    if (sorted(route), sorted(outcome), stop) != (sorted(want[0]), sorted(want[1]), want_stop):
        raise SystemExit(f"{cid}: label {spec['expect']} contradicts the scaffold: "
                         f"derived {route} {outcome} {stop}")


# ---------------------------------------------------------------------------------------------
# Specs


def specs(rng: random.Random) -> list[dict]:
    out: list[dict] = []
    # Bands under 60 days; for reminded cases leave room for a reply after the stage reminder.
    unrem = [2, 3, 5, 8, 9, 11, 15, 17, 20, 23, 31, 33, 36, 41, 45, 52]
    rem = [4, 6, 10, 12, 16, 19, 22, 26, 34, 38, 44, 50, 55]
    for i, t in enumerate(texts.PROMISES):
        reminded = i % 2 == 1
        out.append({"cls": "promise", "text": t, "sem": "promise", "reminded": reminded,
                    "dpd": rng.choice(rem if reminded else unrem), "expect": "HOLD"})
    for i, t in enumerate(texts.PROMISE_OR_PLAN):
        reminded = i == 2
        out.append({"cls": "promise", "text": t, "sem": "promise_or_plan", "reminded": reminded,
                    "dpd": rng.choice(rem if reminded else unrem),
                    "expect": "HOLD" if reminded else "HOLD_OR_PLAN"})
    for i, t in enumerate(texts.HARDSHIP):
        out.append({"cls": "hardship", "text": t, "sem": "plan", "reminded": False,
                    "dpd": rng.choice(unrem), "partials": 1 if i % 7 == 3 else 0, "expect": "PLAN"})
    for t in texts.ROUTINE:
        out.append({"cls": "routine", "text": t, "sem": "benign", "reminded": False,
                    "dpd": rng.choice(unrem), "expect": "ROUTINE_OR_PERSON"})
    m = texts.MIXED
    out += [
        {"cls": "mixed", "text": m["retracted_promise"], "sem": "negated", "reminded": False, "dpd": 17,
         "expect": "ROUTINE_OR_PERSON"},
        {"cls": "mixed", "text": m["hypothetical_plan"], "sem": "negated", "reminded": False, "dpd": 9,
         "expect": "ROUTINE_OR_PERSON"},
        {"cls": "mixed", "text": m["negated_plan"], "sem": "negated", "reminded": False, "dpd": 33,
         "expect": "ROUTINE_OR_PERSON"},
        {"cls": "mixed", "text": m["expired_promise_1"], "sem": "expired", "reminded": False, "dpd": 20,
         "expired": True, "n_earlier": 1, "expect": "ROUTINE"},
        {"cls": "mixed", "text": m["expired_promise_2"], "sem": "expired", "reminded": False, "dpd": 36,
         "expired": True, "n_earlier": 1, "wrap": "", "expect": "ROUTINE"},
        {"cls": "mixed", "text": m["complaint_plan_1"], "sem": "complaint_plan", "reminded": False,
         "dpd": 12, "expect": "DISPUTE"},
        {"cls": "mixed", "text": m["complaint_plan_2"], "sem": "complaint_plan", "reminded": True,
         "dpd": 26, "expect": "DISPUTE"},
        {"cls": "mixed", "text": m["plan_60"], "sem": "plan", "reminded": False, "dpd": 67,
         "n_earlier": 2, "expect": "HTE"},
        {"cls": "mixed", "text": m["promise_60"], "sem": "promise", "reminded": False, "dpd": 63,
         "n_earlier": 1, "promise_60": True, "expect": "HTE"},
        {"cls": "mixed", "text": m["plan_after_reminder"], "sem": "plan", "reminded": True, "dpd": 16,
         "expect": "HOLD"},
    ]
    h = texts.HARD_STOP
    out += [
        {"cls": "hard_stop", "text": h["legal_hold"], "sem": "legal", "reminded": False, "dpd": 24,
         "expect": "HS:legal_hold"},
        {"cls": "hard_stop", "text": h["open_dispute"], "sem": "promise", "reminded": False, "dpd": 15,
         "status": "Disputed", "expect": "HS:open_dispute"},
        {"cls": "hard_stop", "text": h["over_risk_threshold"], "sem": "promise", "reminded": False,
         "dpd": 9, "foreign": True, "amount": 768.40, "expect": "HS:over_risk_threshold"},
        {"cls": "hard_stop", "text": h["unapplied_credit"], "sem": "plan", "reminded": False, "dpd": 20,
         "unapplied": True, "expect": "HS:unapplied_credit"},
        {"cls": "hard_stop", "text": h["missing_context"], "sem": "promise", "reminded": False, "dpd": 11,
         "no_address": True, "expect": "HS:missing_context"},
    ]
    return out


def main() -> None:
    b = Builder()
    all_specs = specs(random.Random(SEED + 1))
    order = list(range(len(all_specs)))
    random.Random(SEED + 2).shuffle(order)
    cases, expected = [], []
    for k in order:
        spec = all_specs[k]
        case = b.build(spec)
        check(case, spec)
        bundle = case["bundle"]
        if spec["expect"].startswith("HS:"):
            stop = spec["expect"][3:]
            route, outcome = [ESC], HS_OUTCOMES[stop]
        else:
            stop = None
            route, outcome = LABELS[spec["expect"]]
        cases.append(json.dumps(bundle, sort_keys=True, ensure_ascii=False))
        expected.append(json.dumps({"class": spec["cls"], "hard_stop": stop, "id": bundle["id"],
                                    "outcome": sorted(outcome), "route": sorted(route)}, sort_keys=True))
    (HERE / "cases.jsonl").write_text("\n".join(cases) + "\n", encoding="utf-8")
    (HERE / "expected.jsonl").write_text("\n".join(expected) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()

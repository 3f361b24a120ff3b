#!/usr/bin/env python3
"""Builds probe_q: a blind probe of judge cases (written from shared/SPEC.md alone).

    python3 tests/data/judge_cases/probe_q/build.py   # rewrites cases.jsonl and expected.jsonl

stdlib only, fixed seed 20261222; re-running rewrites both files byte for byte.
check() re-derives each case's structural facts from the bundle and applies SPEC's order to
them plus the message's semantic tag; wellformed() checks each bundle's shape and links.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as T  # noqa: E402

SEED = 20261222
AS_OF = dt.date(2026, 12, 14)
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.00

WORLDS = {
    "rtm": dict(home="EUR", foreign="GBP", rate=1.1642, tz="+01:00", ar="debiteuren@maasvlakte-koelhuis.example",
                collector="Ingrid", prefix="MKV-26-", amt=(280, 6800), famt=(240, 5200),
                names=["Noordzee Visgroothandel B.V.", "Van Leeuwen Zuivel B.V.", "Ortofrutta Ferraro S.r.l.",
                       "LusoFresh Importacao Lda", "Koel & Vries Retail B.V.", "De Graaf Diepvries B.V.",
                       "Bouzid Foods B.V.", "Visser Vleeswaren B.V.", "Delta Agro Trading B.V."],
                fnames=["Harwich Chilled Foods Ltd", "Brookfield Meats UK Ltd", "Thames Reefer Services Ltd",
                        "Wensleydale Direct Ltd", "Hollis & Daughters Fine Foods Ltd", "Solent Seafood Ltd"]),
    "nbo": dict(home="KES", foreign="USD", rate=129.35, tz="+03:00", ar="accounts@tyrehub-nairobi.example",
                collector="Kamau", prefix="TH-", amt=(1850, 9600), famt=(22, 74),
                names=["Mombasa Road Transporters Ltd", "Sharma Carriers", "Rift Express Coaches",
                       "Varma Tours & Travel", "Athi River Hauliers", "Kilele Matatu Sacco", "Thika Agro Movers"],
                fnames=["Pearl Haulage (U) Ltd", "Greatlakes Cargo Movers Ltd", "Nile Star Logistics (U)",
                        "Elgon Freight (U) Ltd", "Prime Fleet (U) Ltd", "Northern Cargo Ltd", "Acholi Road Haulage"]),
    "per": dict(home="AUD", foreign="NZD", rate=0.9118, tz="+08:00", ar="accounts@snapclass-perth.example",
                collector="Bronwyn", prefix="SC", amt=(240, 5400), famt=(260, 4800),
                names=["St Brigid's Primary School", "Swan Valley Anglican Community School", "Greenmount Montessori",
                       "Perth Hills Christian College", "Little Gumnuts ELC", "Rockingham Beach PS P&C",
                       "Joondalup Catholic Primary", "Bassendean Kindy"],
                fnames=["Te Awa Kura", "Kapiti Coast School", "Whanganui Intermediate", "Ōtaki Kindergarten"]),
}
FOREIGN_HINT = {"rtm": ("Ltd", " UK", "BACS", "Cheers", "G'day"), "nbo": ("(U)", "Kampala", "Uganda", "Gulu", "Jinja"),
                "per": ("Kia ora", "Ngā")}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def render(fmt, d):
    if fmt == "iso":
        return d.isoformat()
    if fmt == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if fmt == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if fmt == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if fmt == "us":
        return f"{MONTHS[d.month - 1]} {ordinal(d.day)}"
    if fmt == "short":
        return f"{DAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}"
    if fmt == "nth":
        return f"the {ordinal(d.day)}"
    if fmt == "wd":
        return DAYS[d.weekday()]
    raise ValueError(fmt)


DATE_RE = re.compile(r"\{D\|(\w+)\|(\d{4}-\d\d-\d\d)\}")


def text_dates(text):
    return [(f, dt.date.fromisoformat(s)) for f, s in DATE_RE.findall(text)]


def is_tool_notice(text):
    subj = text.split("\n", 1)[0]
    return any(k in subj for k in ("Coupa", "Tipalti", "Bill.com", "SAP Ariba", "Remittance Advice",
                                   "Payment notification"))


# ---------------------------------------------------------------- case specifications
# Each case: class, message refs (list name, index), days past due, whether the current stage
# was reminded, the semantic tag, extras, and the declared label (routes, outcomes, hard stop).
D, E, N = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = "routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation", "no_action"
ALT = ([D, E], [RR, HT], None)


def specs():
    rnd = random.Random(SEED)
    out = []
    # complaints 22: two at >= 60 days
    dpds = [4, 9, 12, 16, 19, 23, 27, 33, 38, 44, 51, 3, 8, 15, 21, 31, 36, 47, 55, 64, 91, 11]
    for i in range(22):
        out.append(dict(cls="complaint", msgs=[("COMPLAINTS", i)], dpd=dpds[i], cur=(i % 3 == 1),
                        tag="complaint", label=([E], [LD], None)))
    # paid claims 18: 12 after the current stage was reminded
    dpds = [9, 16, 20, 33, 10, 17, 40, 24, 12, 9, 31, 18, 26, 45, 15, 22, 36, 52]
    for i in range(18):
        out.append(dict(cls="paid_claim", msgs=[("PAID_CLAIMS", i)], dpd=dpds[i], cur=(i % 3 != 2),
                        tag="paid", label=([E], [LD], None)))
    # promises 25: 13 with the current stage not yet reminded
    dpds = [5, 10, 19, 33, 12, 24, 9, 40, 17, 8, 31, 15, 22, 11, 6, 28, 18, 44, 9, 35, 16, 26, 20, 13, 38]
    for i in range(25):
        out.append(dict(cls="promise", msgs=[("PROMISES", i)], dpd=dpds[i], cur=(i % 2 == 1),
                        tag="promise", label=([N], [NA], None)))
    # hardship 25: never reminded for the current stage, < 60 days; three after one partial payment
    dpds = [6, 11, 18, 25, 34, 9, 16, 21, 40, 13, 29, 8, 45, 17, 23, 32, 10, 52, 14, 37, 20, 27, 5, 19, 43]
    for i in range(25):
        ex = {"partials": 1} if i in (4, 13, 20) else {}
        out.append(dict(cls="hardship", msgs=[("HARDSHIP", i)], dpd=dpds[i], cur=False, tag="hardship",
                        extra=ex, label=([D], [PP], None)))
    # mixed 12
    out += [
        dict(cls="mixed", msgs=[("MIXED", 0)], dpd=12, cur=False, tag="benign", label=ALT),
        dict(cls="mixed", msgs=[("MIXED", 1)], dpd=9, cur=False, tag="benign", label=ALT),
        dict(cls="mixed", msgs=[("MIXED", 2), ("MIXED", 3)], dpd=17, cur=False, tag="benign",
             extra={"other_open": True}, label=ALT),
        dict(cls="mixed", msgs=[("MIXED", 4)], dpd=22, cur=False, tag="benign",
             extra={"notes": [0], "credit_memo_used": True, "msg_age": 15}, label=ALT),
        dict(cls="mixed", msgs=[("MIXED", 5)], dpd=25, cur=False, tag="promise",
             extra={"email_on": dt.date(2026, 11, 30)}, label=([D], [RR], None)),
        dict(cls="mixed", msgs=[("MIXED", 6)], dpd=19, cur=False, tag="benign",
             extra={"other_open": True}, label=ALT),
        dict(cls="mixed", msgs=[("MIXED", 7)], dpd=68, cur=False, tag="hardship", label=([E], [HT], None)),
        dict(cls="mixed", msgs=[("MIXED", 8)], dpd=75, cur=True, tag="promise", label=([E], [HT], None)),
        dict(cls="mixed", msgs=[("MIXED", 9)], dpd=26, cur=False, tag="benign",
             extra={"partials": 2, "status": "Payment plan"}, label=([D], [PP], None)),
        dict(cls="mixed", msgs=[], dpd=35, cur=False, tag=None,
             extra={"reminders": [1, 7, 14], "partials": 1, "partial_after_first": True}, label=([D], [RR], None)),
        dict(cls="mixed", msgs=[("MIXED", 10)], dpd=10, cur=False, tag="collector",
             extra={"from_us": True}, label=([D, N], [RR, NA], None)),
        dict(cls="mixed", msgs=[("MIXED", 11)], dpd=20, cur=False, tag="promise", label=([N], [NA], None)),
    ]
    # hard stops 4
    out += [
        dict(cls="hard_stop", msgs=[("HARD_STOP_TEXTS", 0)], dpd=20, cur=False, tag="legal",
             label=([E], [HT, LD, RR], "legal_hold")),
        dict(cls="hard_stop", msgs=[("HARD_STOP_TEXTS", 1)], dpd=18, cur=False, tag="promise",
             extra={"notes": [1]}, label=([E], [LD], "open_dispute")),
        dict(cls="hard_stop", msgs=[("HARD_STOP_TEXTS", 2)], dpd=16, cur=False, tag="promise",
             extra={"big_usd": 420.00}, label=([E], [HT], "over_risk_threshold")),
        dict(cls="hard_stop", msgs=[("HARD_STOP_TEXTS", 3)], dpd=13, cur=True, tag="paid",
             extra={"unapplied": True}, label=([E], [RR, HT, LD], "unapplied_credit")),
    ]
    # benign 4
    for i in range(4):
        out.append(dict(cls="benign", msgs=[("BENIGN", i)], dpd=[8, 15, 11, 21][i], cur=False, tag="benign",
                        label=ALT))
    rnd.shuffle(out)
    return out


# ---------------------------------------------------------------- building bundles
def ts(d, world, hh=10, mm=0):
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}:00{WORLDS[world]['tz']}"


def money(x, cur):
    return f"{cur} {x:,.2f}"


def stage_of(dpd):
    cur = 0
    for s in STAGES:
        if dpd >= s:
            cur = s
    return cur


def mk_invoice(iid, doc, cust, cur, total, balance, due, txn, email, rate, home_cur, pays, status=None,
               keep_home=True):
    inv = {
        "Balance": balance, "CurrencyRef": {"value": cur}, "CustomField": [], "CustomerRef": cust,
        "DocNumber": doc, "DueDate": due.isoformat(), "EmailStatus": "EmailSent", "Id": iid,
        "Line": [{"Amount": total, "Description": "Services rendered", "DetailType": "SalesItemLineDetail", "Id": "1",
                  "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": "Services", "value": "1"}, "Qty": 1,
                                                        "UnitPrice": total}},
                 {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
        "LinkedTxn": [{"TxnId": p, "TxnType": "Payment"} for p in pays],
        "MetaData": {"CreateTime": f"{txn.isoformat()}T09:00:00Z", "LastUpdatedTime": f"{txn.isoformat()}T09:00:00Z"},
        "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"}, "SyncToken": "1",
        "TotalAmt": total, "TxnDate": txn.isoformat(),
    }
    if email:
        inv["BillEmail"] = {"Address": email}
    if cur != home_cur:
        inv["ExchangeRate"] = rate
        if keep_home:
            inv["HomeBalance"] = round(balance * rate, 2)
    if status:
        inv["CustomField"] = [{"DefinitionId": "1", "Name": "Collections Status", "StringValue": status,
                               "Type": "StringType"}]
    return inv


def mk_payment(pid, cust, amount, date, links, unapplied=0.0):
    return {"CustomerRef": cust, "Id": pid,
            "Line": [{"Amount": a, "LinkedTxn": [{"TxnId": t, "TxnType": "Invoice"}]} for t, a in links],
            "MetaData": {"CreateTime": f"{date.isoformat()}T11:00:00Z", "LastUpdatedTime": f"{date.isoformat()}T11:00:00Z"},
            "SyncToken": "0", "TotalAmt": round(amount, 2), "TxnDate": date.isoformat(), "UnappliedAmt": unapplied}


def wrap(rnd, world, body, sender, reminder):
    if is_tool_notice(body):
        return body
    r = rnd.random()
    if r < 0.18:
        body += ("\n\n--\nThis e-mail and any attachment are confidential and intended only for the addressee. "
                 "If you received it in error, please notify the sender and delete it.")
    elif r < 0.36 and reminder is not None:
        rdate, rsub, rbody = reminder
        body += (f"\n\n-----Original Message-----\nFrom: {WORLDS[world]['ar']}\nSent: {rdate}\nTo: {sender}\n"
                 f"Subject: {rsub}\n\n{rbody}")
    elif r < 0.48:
        body += f"\n\nSent from my phone"
    return body


def build():
    rnd = random.Random(SEED)
    cases, expected = [], []
    name_use = {w: 0 for w in WORLDS}
    for n, sp in enumerate(specs(), 1):
        cid = f"pq-{n:04d}"
        ex = sp.get("extra", {})
        msgs = [getattr(T, ln)[i] for ln, i in sp["msgs"]]
        world = msgs[0][0] if msgs else rnd.choice(sorted(WORLDS))
        W = WORLDS[world]
        alltext = " ".join(t for _, t in msgs)
        foreign = any(h in alltext for h in FOREIGN_HINT[world]) or ("big_usd" in ex)
        if not foreign and not msgs:
            foreign = False
        cur = W["foreign"] if foreign else W["home"]
        pool = W["fnames"] if foreign else W["names"]
        cname = pool[name_use[world] % len(pool)]
        name_use[world] += 1
        slug = re.sub(r"[^a-z]+", "", cname.lower())[:14]
        domain = f"{slug}.example"
        cust_email = rnd.choice(["accounts", "ap", "finance", "office", "admin"]) + "@" + domain
        custid = str(300 + n)
        cref = {"name": cname, "value": custid}
        rate = W["rate"] if foreign else None
        lo, hi = W["famt"] if foreign else W["amt"]
        total = round(rnd.uniform(lo, hi), 2)
        if "big_usd" in ex:
            total = ex["big_usd"]
        dpd = sp["dpd"]
        due = AS_OF - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=30)
        inv_id = str(5000 + n)
        doc = f"{W['prefix']}{4100 + n * 7}"
        # reminders
        stage = stage_of(dpd)
        if "reminders" in ex:
            rem_stages = ex["reminders"]
        else:
            earlier = [s for s in STAGES if s < stage]
            k = rnd.randint(0, min(2, len(earlier)))
            if any(is_tool_notice(t) for _, t in msgs) and sp["tag"] not in ("complaint", "paid"):
                k = min(k, 1)  # whether a tool notice breaks the 3-reminder rule is left out of this set
            rem_stages = sorted(rnd.sample(earlier, k))
            if sp["cur"]:
                rem_stages = sorted(set(rem_stages + [stage]))
        reminders = [{"date": ts(due + dt.timedelta(days=s), world, 8, 30), "stage": s} for s in rem_stages]
        last_rem = due + dt.timedelta(days=rem_stages[-1]) if rem_stages else txn
        # payments on this invoice
        payments, pay_ids = [], []
        paid = 0.0
        nparts = ex.get("partials", 0)
        for k in range(nparts):
            amt = round(total * rnd.uniform(0.12, 0.25), 2)
            if ex.get("partial_after_first"):
                pdate = due + dt.timedelta(days=rem_stages[0] + 3)
            else:
                pdate = due + dt.timedelta(days=max(1, dpd // 3) + k * 3)
                pdate = min(pdate, AS_OF - dt.timedelta(days=2))
            pid = str(8000 + n * 10 + k)
            payments.append(mk_payment(pid, cref, amt, pdate, [(inv_id, amt)]))
            pay_ids.append(pid)
            paid += amt
        balance = round(total - paid, 2)
        keep_home = not (foreign and n % 4 == 0)
        address = cust_email
        invoice = mk_invoice(inv_id, doc, cref, cur, total, balance, due, txn, address, rate, W["home"], pay_ids,
                             ex.get("status"), keep_home)
        # history: paid invoices, maybe an open other invoice
        invoices = []
        for h in range(rnd.randint(0, 2)):
            hid = str(9000 + n * 10 + h)
            hamt = round(rnd.uniform(lo, hi), 2)
            hdue = due - dt.timedelta(days=30 * (h + 1))
            hpid = str(9500 + n * 10 + h)
            invoices.append(mk_invoice(hid, f"{W['prefix']}{3000 + n * 7 + h}", cref, cur, hamt, 0.0, hdue,
                                       hdue - dt.timedelta(days=30), address, rate, W["home"], [hpid],
                                       None, keep_home))
            payments.append(mk_payment(hpid, cref, hamt, hdue + dt.timedelta(days=rnd.randint(-3, 6)),
                                       [(hid, hamt)]))
        other_doc = f"{W['prefix']}{4100 + n * 7 + 3}"
        if ex.get("other_open"):
            oamt = round(rnd.uniform(lo, hi) / 3, 2)
            odue = AS_OF + dt.timedelta(days=9)
            invoices.append(mk_invoice(str(5500 + n), other_doc, cref, cur, oamt, oamt, odue,
                                       odue - dt.timedelta(days=30), address, rate, W["home"], [], None, keep_home))
        credit_memos = []
        if ex.get("unapplied"):
            payments.append(mk_payment(str(8700 + n), cref, balance, AS_OF - dt.timedelta(days=6), [],
                                       unapplied=balance))
        if ex.get("credit_memo_used"):
            credit_memos.append({"Balance": 0.0, "CustomerRef": cref, "CurrencyRef": {"value": cur},
                                 "DocNumber": f"CM-{n:03d}", "Id": str(7000 + n),
                                 "Line": [{"Amount": round(total * 0.1, 2), "Description": "Credit: damaged pallets",
                                           "DetailType": "SalesItemLineDetail"}],
                                 "MetaData": {"CreateTime": f"{(AS_OF - dt.timedelta(days=5)).isoformat()}T10:00:00Z",
                                              "LastUpdatedTime": f"{(AS_OF - dt.timedelta(days=5)).isoformat()}T10:00:00Z"},
                                 "RemainingCredit": 0.0, "SyncToken": "0", "TotalAmt": round(total * 0.1, 2),
                                 "TxnDate": (AS_OF - dt.timedelta(days=5)).isoformat()})
        # emails
        emails = []
        # harmless history before the due date
        if rnd.random() < 0.45:
            hist = [t for w, t in T.EARLIER if w == world]
            ht = hist[(n * 5) % len(hist)]
            hs, hb = ht.split("\n", 1)
            hd = txn + dt.timedelta(days=rnd.randint(2, 20))
            emails.append({"body": hb, "date": ts(hd, world, 14, 5), "from": cust_email, "subject": hs[3:],
                           "to": W["ar"]})
        # the message(s)
        dates_in = [d for _, t in msgs for _, d in text_dates(t)]
        if ex.get("email_on"):
            edate = ex["email_on"]
        elif ex.get("msg_age"):
            edate = AS_OF - dt.timedelta(days=ex["msg_age"])
        else:
            latest = min([AS_OF] + [d - dt.timedelta(days=1) for d in dates_in])
            earliest = max(last_rem + dt.timedelta(days=1), AS_OF - dt.timedelta(days=6))
            if any(f == "wd" for _, t in msgs for f, _ in text_dates(t)):
                earliest = max(earliest, min(dates_in) - dt.timedelta(days=6))
            span = (latest - earliest).days
            edate = earliest + dt.timedelta(days=rnd.randint(0, max(0, span))) if span >= 0 else latest
        reminder_quote = None
        if rem_stages:
            reminder_quote = (f"{(due + dt.timedelta(days=rem_stages[-1])).strftime('%d %B %Y')} 08:30",
                              f"Payment reminder: invoice {doc}",
                              f"Dear customer,\n\nOur records show invoice {doc} for {money(balance, cur)} is past due. "
                              f"If you have already paid, please disregard this message.\n\nKind regards,\n{W['collector']}")
        for j, (w, t) in enumerate(msgs):
            def fill(m):
                return render(m.group(1), dt.date.fromisoformat(m.group(2)))
            t = DATE_RE.sub(fill, t)
            ref = {"rtm": f"NL{rnd.randint(10**9, 10**10 - 1)}", "nbo": f"Q{rnd.choice('KLMR')}{rnd.randint(10**7, 10**8 - 1)}X",
                   "per": f"{rnd.randint(10**6, 10**7 - 1)}"}[world]
            t = (t.replace("{inv}", doc).replace("{bal}", money(balance, cur)).replace("{ref}", ref)
                 .replace("{other}", other_doc))
            subj, body = t.split("\n", 1)
            subj = subj[3:]
            if ex.get("from_us"):
                emails.append({"body": body + f"\n{W['collector']}", "date": ts(edate, world, 9, 40), "from": W["ar"],
                               "subject": subj, "to": cust_email})
                continue
            sender = cust_email
            if is_tool_notice(t):
                sender = "noreply@" + rnd.choice(["coupahost", "tipalti", "hq.bill", "ansmtp.ariba", "remit"]) + ".example"
            body = wrap(rnd, world, body, sender, reminder_quote if j == len(msgs) - 1 else None)
            d = edate + dt.timedelta(days=j)
            emails.append({"body": body, "date": ts(min(d, AS_OF), world, 11 + j, 17), "from": sender,
                           "subject": subj, "to": W["ar"]})
        notes = []
        for k in ex.get("notes", []):
            nd = AS_OF - dt.timedelta(days=3)
            notes.append({"author": W["collector"].lower(), "date": ts(nd, world, 15, 0), "text": T.NOTES[k]})
        customer = {"Active": True, "Balance": round(balance + sum(i["Balance"] for i in invoices), 2),
                    "CompanyName": cname, "CurrencyRef": {"value": cur}, "DisplayName": cname, "Id": custid,
                    "MetaData": {"CreateTime": "2024-03-04T10:00:00Z", "LastUpdatedTime": "2026-10-30T10:00:00Z"},
                    "Notes": "", "PrimaryEmailAddr": {"Address": cust_email}, "SyncToken": "2"}
        case = {"as_of": AS_OF.isoformat(), "credit_memos": credit_memos, "crm_notes": notes, "customer": customer,
                "emails": emails, "home_currency": W["home"], "id": cid, "invoice": invoice, "invoices": invoices,
                "payments": payments, "reminders_sent": reminders}
        routes, outcomes, hs = sp["label"]
        exp = {"class": sp["cls"], "hard_stop": hs, "id": cid, "outcome": outcomes, "route": routes}
        check(case, exp, sp["tag"], msgs)
        wellformed(case, exp)
        cases.append(case)
        expected.append(exp)
    return cases, expected


# ---------------------------------------------------------------- check: SPEC's order on the facts
LEGAL_WORDS = ("bankrupt", "insolven", "lawyer", "counsel", "legal action", "faillissement", "curator",
               "liquidat", "administration")


def facts(case):
    inv = case["invoice"]
    as_of = dt.date.fromisoformat(case["as_of"])
    f = {}
    f["balance"] = inv["Balance"]
    f["due"] = inv.get("DueDate")
    f["dpd"] = (as_of - dt.date.fromisoformat(inv["DueDate"])).days if inv.get("DueDate") else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else 0
    stages = [r["stage"] for r in case["reminders_sent"]]
    f["stage_reminded"] = f["stage"] in stages
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = inv["Balance"] * inv["ExchangeRate"]
    else:
        f["home"] = inv["Balance"]
    credit = sum(p.get("UnappliedAmt", 0) for p in case["payments"]) + sum(c["Balance"] for c in case["credit_memos"])
    f["credit_covers"] = credit > 0 and credit >= inv["Balance"]
    f["address"] = bool(inv.get("BillEmail", {}).get("Address") or case["customer"].get("PrimaryEmailAddr", {}).get("Address"))
    status = [c.get("StringValue", "") for c in inv.get("CustomField", []) if c.get("Name") == "Collections Status"]
    f["status_disputed"] = any(s.strip().lower() == "disputed" for s in status)
    notes = " ".join(n["text"].lower() for n in case["crm_notes"])
    f["note_dispute"] = "disputes" in notes and "not resolved" in notes
    f["legal_note"] = any(w in notes for w in LEGAL_WORDS)
    # 3-reminder rule
    rem_dates = sorted(r["date"][:10] for r in case["reminders_sent"])
    cust_dom = case["customer"]["PrimaryEmailAddr"]["Address"].split("@")[1]
    ours = {w["ar"] for w in WORLDS.values()}
    activity = False
    if rem_dates:
        first = rem_dates[0]
        activity |= any(p["TxnDate"] >= first and any(l["LinkedTxn"][0]["TxnId"] == inv["Id"] for l in p["Line"])
                        for p in case["payments"])
        activity |= any(e["date"][:10] >= first and e["from"] not in ours for e in case["emails"])
        activity |= any(nn["date"][:10] >= first for nn in case["crm_notes"])
    f["three_rule"] = len(rem_dates) >= 3 and not activity
    f["partials"] = sum(1 for p in case["payments"] for l in p["Line"] if l["LinkedTxn"][0]["TxnId"] == inv["Id"])
    f["from_customer"] = [e for e in case["emails"] if e["from"] not in ours]
    f["cust_dom"] = cust_dom
    return f


def derive(case, tag, msgs):
    f = facts(case)
    as_of = dt.date.fromisoformat(case["as_of"])
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return N, NA, None
    if tag == "legal" or f["legal_note"]:
        return E, HT, "legal_hold"
    if f["status_disputed"] or f["note_dispute"]:
        return E, LD, "open_dispute"
    if f["home"] >= THRESHOLD:
        return E, HT, "over_risk_threshold"
    if f["credit_covers"]:
        return E, RR, "unapplied_credit"
    if not f["address"] or not f["due"]:
        return E, RR, "missing_context"
    if tag in ("complaint", "paid"):
        return E, LD, None
    if f["dpd"] >= 60 or f["three_rule"]:
        return E, HT, None
    outcome = PP if (tag == "hardship" or f["partials"] >= 2) else RR
    if f["stage_reminded"]:
        return N, NA, None
    if tag == "promise":
        ds = [d for _, t in msgs for _, d in text_dates(t)]
        assert ds, "promise without a date"
        if max(ds) > as_of:
            return N, NA, None
    return D, outcome, None


def check(case, exp, tag, msgs):
    route, outcome, hs = derive(case, tag, msgs)
    cid = case["id"]
    if route not in exp["route"] or outcome not in exp["outcome"] or hs != exp["hard_stop"]:
        raise SystemExit(f"{cid}: label {exp} contradicts SPEC's answer {(route, outcome, hs)} (tag {tag})")
    f = facts(case)
    cls = exp["class"]
    if cls in ("complaint", "paid_claim", "promise", "hardship"):
        if len(exp["route"]) != 1 or len(exp["outcome"]) != 1:
            raise SystemExit(f"{cid}: a hard class must have one accepted answer")
    if cls == "hardship" and (f["stage_reminded"] or f["dpd"] >= 60):
        raise SystemExit(f"{cid}: hardship must be < 60 days and its current stage not reminded")
    as_of = dt.date.fromisoformat(case["as_of"])
    for (_, t), e in zip(msgs, case["emails"][-len(msgs):] if msgs else []):
        for fmt, d in text_dates(t):
            if render(fmt, d) not in e["body"] + e["subject"]:
                raise SystemExit(f"{cid}: promise date not in the email")
            edate = dt.date.fromisoformat(e["date"][:10])
            if d <= edate:
                raise SystemExit(f"{cid}: promise date not after its email")
            if fmt in ("dmy", "mdy", "dot") and d.day <= 12:
                raise SystemExit(f"{cid}: ambiguous numeric date")
            if d.weekday() >= 5:
                raise SystemExit(f"{cid}: promise on a weekend")
            if fmt == "wd" and (d - edate).days > 6:
                raise SystemExit(f"{cid}: bare weekday more than six days after the email")
            if fmt == "nth" and d.month != edate.month:
                raise SystemExit(f"{cid}: 'the Nth' not in the email's month")
            if cls == "promise" and d <= as_of:
                raise SystemExit(f"{cid}: promise not ahead of as_of")
    if f["three_rule"] is False and len(case["reminders_sent"]) >= 3 and tag not in ("complaint", "paid"):
        if f["from_customer"] and all(is_tool_notice(e["subject"]) for e in f["from_customer"]):
            raise SystemExit(f"{cid}: only an AP-tool notice breaks the 3-reminder rule")
    for e in case["emails"]:
        if cls == "complaint" and re.search(r"disput|contest|disagree|query the invoice", e["body"], re.I):
            raise SystemExit(f"{cid}: complaint uses dispute vocabulary")
        if cls == "hardship" and DATE_RE.search(e["body"]):
            raise SystemExit(f"{cid}: hardship with a date")


# ---------------------------------------------------------------- wellformed: SPEC's bundle format
TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos", "emails",
       "crm_notes", "reminders_sent"}


def wellformed(case, exp):
    cid = case["id"]

    def need(cond, what):
        if not cond:
            raise SystemExit(f"{cid}: not well formed: {what}")
    need(set(case) == TOP, "top-level keys")
    dt.date.fromisoformat(case["as_of"])
    cust = case["customer"]
    need({"Id", "DisplayName", "CurrencyRef", "PrimaryEmailAddr"} <= set(cust), "customer fields")
    invs = {case["invoice"]["Id"]: case["invoice"]}
    for i in case["invoices"]:
        need(i["Id"] not in invs, "duplicate invoice id")
        invs[i["Id"]] = i
    pays = {p["Id"]: p for p in case["payments"]}
    need(len(pays) == len(case["payments"]), "duplicate payment id")
    curs = {cust["CurrencyRef"]["value"]}
    for i in invs.values():
        need({"Id", "DocNumber", "Balance", "TotalAmt", "CurrencyRef", "CustomerRef", "Line", "LinkedTxn", "TxnDate",
              "CustomField"} <= set(i), "invoice fields")
        need(i["CustomerRef"]["value"] == cust["Id"], "invoice customer")
        curs.add(i["CurrencyRef"]["value"])
        applied = 0.0
        for l in i["LinkedTxn"]:
            need(l["TxnType"] == "Payment" and l["TxnId"] in pays, "invoice LinkedTxn to a payment")
            p = pays[l["TxnId"]]
            amts = [pl["Amount"] for pl in p["Line"] if pl["LinkedTxn"][0]["TxnId"] == i["Id"]]
            need(amts, "payment links back")
            applied += sum(amts)
        need(abs(i["TotalAmt"] - applied - i["Balance"]) < 0.005, "TotalAmt - payments = Balance")
        if i["CurrencyRef"]["value"] != case["home_currency"]:
            need("ExchangeRate" in i, "foreign invoice without ExchangeRate")
            if "HomeBalance" in i:
                need(abs(i["HomeBalance"] - round(i["Balance"] * i["ExchangeRate"], 2)) < 0.005, "HomeBalance")
        else:
            need("ExchangeRate" not in i and "HomeBalance" not in i, "home invoice with a rate")
    need(len(curs) == 1, "one currency a customer")
    for p in case["payments"]:
        need({"Id", "CustomerRef", "Line", "TotalAmt", "TxnDate", "UnappliedAmt"} <= set(p), "payment fields")
        need(abs(sum(l["Amount"] for l in p["Line"]) + p["UnappliedAmt"] - p["TotalAmt"]) < 0.005, "payment total")
        for l in p["Line"]:
            t = l["LinkedTxn"][0]["TxnId"]
            need(t in invs and p["Id"] in [x["TxnId"] for x in invs[t]["LinkedTxn"]], "payment LinkedTxn both ways")
    for c in case["credit_memos"]:
        need({"Id", "Balance", "CustomerRef", "TotalAmt", "TxnDate"} <= set(c), "credit memo fields")
    for e in case["emails"]:
        need(set(e) == {"from", "to", "date", "subject", "body"}, "email shape")
        need("{" not in e["body"] and "{" not in e["subject"], "unfilled placeholder")
    for nn in case["crm_notes"]:
        need(set(nn) == {"author", "date", "text"}, "note shape")
    st = [r["stage"] for r in case["reminders_sent"]]
    need(len(st) == len(set(st)) and all(s in STAGES for s in st), "one reminder a stage")
    for r in case["reminders_sent"]:
        need(set(r) == {"date", "stage"} and r["date"][:10] <= case["as_of"], "reminder shape/date")
    need(list(exp) == sorted(exp) and set(exp) == {"class", "hard_stop", "id", "outcome", "route"}, "expected keys")
    need(all(r in (D, E, N) for r in exp["route"]) and all(o in (RR, LD, PP, HT, NA) for o in exp["outcome"]),
         "expected values")


def main():
    cases, expected = build()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    counts = {}
    for e in expected:
        counts[e["class"]] = counts.get(e["class"], 0) + 1
    print(f"{len(cases)} cases:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds probe_k: a blind probe of judge cases written from shared/SPEC.md alone.

    python3 tests/data/judge_cases/probe_k/build.py   # rewrites cases.jsonl and expected.jsonl

stdlib only, fixed seed 20261216; re-running rewrites both files byte for byte.
check() re-derives each case's label from its bundle's structural facts plus the message's
semantic tag, in SPEC's order, and refuses to write a case whose declared label does not match;
wellformed() checks each bundle against SPEC's case-bundle format and the entity links.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as T  # noqa: E402

SEED = 20261216
HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = [1, 7, 14, 30, 60]
D = dt.date

WORLDS = {
    "adl": dict(us="Fermata Instrument Hire", ar="accounts@fermatahire.example",
                dom="fermatahire.example", tz="+10:30", home="AUD", collector="Bronwyn Keller",
                prefix="FH-", foreign={"adl-nz": ("NZD", 0.9135)}),
    "rtm": dict(us="Maasheftruck Service B.V.", ar="debiteuren@maasheftruck.example",
                dom="maasheftruck.example", tz="+01:00", home="EUR", collector="Sanne Verbeek",
                prefix="MS26-", foreign={"rtm-uk": ("GBP", 1.1612)}),
    "lv": dict(us="Desert Glint Solar Care", ar="ar@desertglint.example",
               dom="desertglint.example", tz="-08:00", home="USD", collector="Jen Alvarado",
               prefix="DG-", foreign={"lv-mx": ("MXN", 0.0552)}),
}
CUSTOMERS = {
    "adl": ["Unley Park Primary School", "Northern Adelaide Secondary College", "Hallett Family",
            "Glenelg Community Band", "Marion Strings Studio", "Chen Family", "Norwood Music Academy",
            "Brighton Youth Brass", "Papadopoulos Family", "St Peter's Junior School", "Nguyen Family",
            "Stirling Hills Orchestra", "Romano Piano Studio", "Walkerville Primary School"],
    "adl-nz": ["Wellington Youth Choir", "Kapiti Coast Brass", "Nelson School of Music",
               "Dunedin Community Orchestra"],
    "rtm": ["Van der Heijden Logistiek B.V.", "Botlek Tank Storage B.V.", "Kramer Koelhuis B.V.",
            "Waalhaven Distributie B.V.", "Spedition Brandt GmbH", "Moerdijk Cargo Services B.V.",
            "De Vries Bouwmaterialen", "Europoort Containers B.V.", "Yilmaz Transport",
            "Havenpartners Rotterdam B.V."],
    "rtm-uk": ["Felixstowe Freight Depot Ltd", "Orwell Port Logistics Ltd",
               "Trimley Container Services Ltd", "Landguard Haulage Ltd"],
    "lv": ["Sunrise Ridge HOA", "Mesa Verde Storage", "Henderson Commerce Park",
           "Silver Sage Apartments", "Desert Springs Community Church", "Golden Mile Casino Resort",
           "Summerlin Medical Plaza", "Red Rock Self Storage", "Boulder Highway Plaza",
           "Lucky Seven Diner", "Paradise Valley Warehousing"],
    "lv-mx": ["Hotel Cabo Azul", "Rancho Costa Brava", "Bodegas Valle de Guadalupe",
              "Maquiladora Pacifico SA de CV", "Ensenada Marina Resort"],
}
FIRST = {
    "adl": ["Rachel", "Tom", "Mei", "Lucia", "Nikos", "Sarah", "Linh", "Jacinta"],
    "adl-nz": ["Aroha", "Hemi", "Kate", "Mere"],
    "rtm": ["Henk", "Marek", "Ingrid", "Pieter", "Yusuf", "Anouk", "Jurgen"],
    "rtm-uk": ["Dave", "Karen", "Sharon", "Gary"],
    "lv": ["Mike", "Tanya", "Ray", "Denise", "Dan", "Soo-jin", "Brandon"],
    "lv-mx": ["Alejandra", "Jorge", "Lupita", "Ramon"],
}
TOOLS = [("Coupa", "do_not_reply@coupahost.example"), ("Ariba", "ordersender@ansmtp.ariba.example"),
         ("You've been paid", "payments@hello.bill.example"),
         ("Payment scheduled", "payments@hello.bill.example"),
         ("Payment notification from Tipalti", "noreply@tipalti.example")]
# Texts that name a kind of customer get that customer (and sometimes that contact's name).
PINS = {
    ("COMPLAINTS", 0): ("Hallett Family", None), ("COMPLAINTS", 1): ("Chen Family", None),
    ("COMPLAINTS", 2): ("Northern Adelaide Secondary College", None),
    ("COMPLAINTS", 3): ("Wellington Youth Choir", None),
    ("COMPLAINTS", 4): ("Romano Piano Studio", "Lucia"),
    ("COMPLAINTS", 5): ("Walkerville Primary School", None),
    ("COMPLAINTS", 7): ("Felixstowe Freight Depot Ltd", "Dave"),
    ("COMPLAINTS", 12): ("Sunrise Ridge HOA", None), ("COMPLAINTS", 13): ("Hotel Cabo Azul", None),
    ("COMPLAINTS", 14): ("Paradise Valley Warehousing", None),
    ("COMPLAINTS", 15): ("Golden Mile Casino Resort", None),
    ("COMPLAINTS", 16): ("Chen Family", None), ("COMPLAINTS", 17): ("Papadopoulos Family", None),
    ("COMPLAINTS", 21): ("Orwell Port Logistics Ltd", "Karen"),
    ("PAID_CLAIMS", 1): ("Hallett Family", None),
    ("PAID_CLAIMS", 5): ("St Peter's Junior School", None),
    ("PAID_CLAIMS", 16): ("Summerlin Medical Plaza", None),
    ("PROMISES", 1): ("Unley Park Primary School", None), ("PROMISES", 2): ("Nguyen Family", None),
    ("PROMISES", 4): ("Romano Piano Studio", "Lucia"), ("PROMISES", 14): ("Sunrise Ridge HOA", None),
    ("PROMISES", 19): ("Hallett Family", "Rachel"), ("PROMISES", 20): ("Yilmaz Transport", "Marek"),
    ("PROMISES", 21): ("Chen Family", None),
    ("HARDSHIP", 0): ("Nguyen Family", None), ("HARDSHIP", 1): ("St Peter's Junior School", None),
    ("HARDSHIP", 3): ("Kapiti Coast Brass", None), ("HARDSHIP", 4): ("Nguyen Family", "Linh"),
    ("HARDSHIP", 6): ("Hallett Family", None), ("HARDSHIP", 13): ("Boulder Highway Plaza", None),
    ("HARDSHIP", 14): ("Sunrise Ridge HOA", None),
    ("HARDSHIP", 17): ("Henderson Commerce Park", None),
    ("HARDSHIP", 18): ("Desert Springs Community Church", "Dan"),
    ("HARDSHIP", 19): ("Glenelg Community Band", None),
    ("HARDSHIP", 22): ("Papadopoulos Family", None), ("HARDSHIP", 23): ("Lucky Seven Diner", None),
    ("MIXED", 1): ("Chen Family", None), ("HARD_STOPS", 0): ("Southbank Strings Pty Ltd", None), ("MIXED", 4): ("Papadopoulos Family", None),
}
FRIDAY = {("PROMISES", 16)}          # "we pay ... only on Fridays"
TOOL_FMT = {("PROMISES", 13): "mdy"}  # an AP tool writes a plain numeric date
ITEMS = {"adl": ("Instrument hire", "Term instrument rental"),
         "rtm": ("Service", "Forklift service / hire"),
         "lv": ("Cleaning", "Solar panel cleaning")}


def base(world):
    return world.split("-")[0]


def slug(name):
    s = "".join(c.lower() if c.isalnum() else "-" for c in name)
    return "-".join(p for p in s.split("-") if p)[:28]


def stage_of(dpd):
    reached = [s for s in STAGES if dpd >= s]
    return reached[-1] if reached else None


def ts(day, tz, hour=9, minute=30):
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{tz}"


def money(cur, amt):
    sym = {"AUD": "$", "NZD": "NZ$", "EUR": "EUR ", "GBP": "£", "USD": "$", "MXN": "MX$"}[cur]
    return f"{sym}{amt:,.2f}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


PFORMATS = ["iso", "dmy", "mdy", "dot", "long", "md", "wdm", "ord", "wd"]


def fmt_date(d, f):
    if f == "iso":
        return d.isoformat()
    if f == "dmy":
        return d.strftime("%d/%m/%Y")
    if f == "mdy":
        return d.strftime("%m/%d/%Y")
    if f == "dot":
        return d.strftime("%d.%m.%Y")
    if f == "long":
        return f"{d.day} {d.strftime('%B %Y')}"
    if f == "md":
        return f"{d.strftime('%B')} {ordinal(d.day)}"
    if f == "wdm":
        return f"{d.strftime('%a')} {d.day} {d.strftime('%b')}"
    if f == "ord":
        return f"the {ordinal(d.day)}"
    if f == "wd":
        return d.strftime("%A")
    if f == "wdlong":
        return f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"
    raise ValueError(f)


def paid_fmt(world, d):
    if base(world) == "lv":
        return f"{d.strftime('%b')} {d.day}" if world == "lv" else d.strftime("%d/%m/%Y")
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"


# --------------------------------------------------------------------------------------------
# Case plans. Each plan: cls, tag (semantic tag of the customer's words), world, the text
# reference, the scaffold, and the declared label.
# --------------------------------------------------------------------------------------------
ESC, DRAFT, NONE = "escalate_to_human", "draft_for_approval", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")
SOFT = ([DRAFT, ESC], [RR, HT])


def plans(rng):
    out = []
    # complaints: one answer, likely_dispute; two at >= 60 days
    dpds = [3, 5, 9, 11, 16, 19, 23, 27, 33, 38, 45, 52]
    for i, (world, _) in enumerate(T.COMPLAINTS):
        dpd = 75 if i == 20 else 68 if i == 21 else rng.choice(dpds)
        out.append(dict(cls="complaint", tag="complaint", world=world, text=("COMPLAINTS", i),
                        dpd=dpd, reminded=rng.random() < 0.5, label=([ESC], [LD], None)))
    # paid claims: 2 in 3 after the current stage was reminded
    reminded = [True] * 12 + [False] * 6
    rng.shuffle(reminded)
    for i, (world, _) in enumerate(T.PAID_CLAIMS):
        out.append(dict(cls="paid_claim", tag="paid", world=world, text=("PAID_CLAIMS", i),
                        dpd=rng.choice([4, 9, 12, 17, 22, 26, 34, 41]), reminded=reminded[i],
                        label=([ESC], [LD], None)))
    # promises: about half not yet reminded for the current stage
    reminded = [False] * 13 + [True] * 12
    rng.shuffle(reminded)
    fmts = (PFORMATS * 3)[:25]
    rng.shuffle(fmts)
    for i, (world, _) in enumerate(T.PROMISES):
        f = fmts[i]
        if f == "mdy" and base(world) != "lv":
            f = "dmy"
        if f in ("dmy", "dot") and base(world) == "lv" and world != "lv-mx":
            f = "mdy"
        f = TOOL_FMT.get(("PROMISES", i), f)
        out.append(dict(cls="promise", tag="promise", world=world, text=("PROMISES", i),
                        dpd=rng.choice([3, 6, 10, 15, 18, 24, 31, 36, 44, 50]),
                        reminded=reminded[i], pfmt=f, label=([NONE], [NA], None)))
    # hardship: < 60 days, current stage never reminded
    for i, (world, _) in enumerate(T.HARDSHIP):
        out.append(dict(cls="hardship", tag="hardship", world=world, text=("HARDSHIP", i),
                        dpd=rng.choice([2, 8, 12, 15, 20, 25, 32, 39, 47, 55]), reminded=False,
                        label=([DRAFT], [PP], None)))
    # mixed hard negatives
    M = "mixed"
    out += [
        dict(cls=M, tag="soft", world="rtm", text=("MIXED", 0), dpd=9, reminded=False,
             prior=[1], label=SOFT + (None,), what="negation"),
        dict(cls=M, tag="soft", world="adl", text=("MIXED", 1), dpd=16, reminded=False,
             prior=[1, 7], label=SOFT + (None,), what="hypothetical"),
        dict(cls=M, tag="soft", world="lv", text=("MIXED", 2), second=("MIXED", 3), dpd=33,
             reminded=False, prior=[7, 14], label=SOFT + (None,), what="retracted paid claim"),
        dict(cls=M, tag="soft", world="adl", text=("MIXED", 4), note=("NOTES", 0), dpd=20,
             reminded=False, prior=[1, 7], early_text=True, label=SOFT + (None,),
             what="complaint resolved in the notes"),
        dict(cls=M, tag="expired_promise", world="rtm-uk", text=("MIXED", 5), dpd=12,
             reminded=False, prior=[1], expired=True, label=([DRAFT], [RR], None),
             what="promise date passed"),
        dict(cls=M, tag="soft", world="lv", text=("MIXED", 6), dpd=10, reminded=False, prior=[1],
             other_open=True, label=SOFT + (None,), what="complaint about another invoice"),
        dict(cls=M, tag="collector", world="adl", text=("MIXED", 7), dpd=8, reminded=False,
             prior=[1], collector=True, label=([DRAFT, NONE], [RR, NA], None),
             what="our collector's own email"),
        dict(cls=M, tag="promise", world="adl", text=("MIXED", 8), dpd=68, reminded=False,
             prior=[14, 30], pfmt="long", label=([ESC], [HT], None),
             what="dated promise at >= 60 days"),
        dict(cls=M, tag="hardship", world="rtm", text=("MIXED", 9), dpd=72, reminded=False,
             prior=[30], label=([ESC], [HT], None), what="plan request at >= 60 days"),
        dict(cls=M, tag="none", world="rtm", text=None, note=("NOTES", 1), dpd=35,
             reminded=False, prior=[1, 7, 14], note_after_first=True, label=([DRAFT], [RR], None),
             what="3 reminders broken by a note"),
        dict(cls=M, tag="none", world="lv", text=None, dpd=18, reminded=False, prior=[1, 7],
             partials=2, label=([DRAFT], [PP], None), what="two partial payments"),
        dict(cls=M, tag="none", world="rtm", text=None, dpd=25, reminded=False, prior=[7],
             status="Chasing", label=([DRAFT], [RR], None),
             what="non-dispute Collections Status"),
    ]
    # hard stops
    H = "hard_stop"
    out += [
        dict(cls=H, tag="legal", world="adl", text=("HARD_STOPS", 0), dpd=14, reminded=False,
             prior=[1, 7], sender="administrator",
             label=([ESC], [HT, LD, RR], "legal_hold"), what="voluntary administration"),
        dict(cls=H, tag="benign", world="lv-mx", text=("HARD_STOPS", 1), dpd=21, reminded=True,
             prior=[7], status="DISPUTED", label=([ESC], [LD], "open_dispute"),
             what="Collections Status DISPUTED"),
        dict(cls=H, tag="promise", world="rtm-uk", text=("HARD_STOPS", 2), dpd=10,
             reminded=False, prior=[1], pfmt="dmy", amount=9240.00, homebal=True,
             label=([ESC], [HT], "over_risk_threshold"), what="GBP invoice over 10,000 EUR"),
        dict(cls=H, tag="paid", world="lv", text=("HARD_STOPS", 3), dpd=13, reminded=True,
             prior=[1], amount=860.00, unapplied=610.00, memo=250.00,
             label=([ESC], [RR, HT, LD], "unapplied_credit"),
             what="unapplied payment plus credit memo"),
    ]
    # benign
    for i, (world, _) in enumerate(T.BENIGN):
        out.append(dict(cls="benign", tag="benign", world=world, text=("BENIGN", i),
                        dpd=[9, 16, 17, 4][i], reminded=False, prior=[[1], [1, 7], [7], []][i],
                        label=SOFT + (None,)))
    return out


# --------------------------------------------------------------------------------------------
def weekday_after(d, n=0):
    d = d + dt.timedelta(days=n)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def build_case(n, p, rng):
    world = p["world"]
    w = WORLDS[base(world)]
    tz = w["tz"]
    foreign = world in w["foreign"]
    cur, rate = w["foreign"][world] if foreign else (w["home"], None)
    cid = f"pk-{n:04d}"
    as_of = D(2026, 12, rng.choice([7, 8, 9, 10, 11]))
    pfmt = p.get("pfmt")
    if pfmt == "wd":
        as_of = D(2026, 12, rng.choice([10, 11]))
    dpd = p["dpd"]
    due = as_of - dt.timedelta(days=dpd)
    txn = due - dt.timedelta(days=30)
    stage = stage_of(dpd)
    # reminders: earlier stages (given or random) plus the current one when reminded
    if "prior" in p:
        prior = list(p["prior"])
    else:
        lower = [s for s in STAGES if stage is not None and s < stage]
        k = rng.choice([0, 1, 1, 2]) if lower else 0
        prior = sorted(rng.sample(lower, min(k, len(lower))))
    stages = prior + ([stage] if p["reminded"] else [])
    reminders = [{"date": ts(due + dt.timedelta(days=s), tz, 9, 0), "stage": s} for s in stages]
    last_rem = due + dt.timedelta(days=stages[-1]) if stages else due
    # the customer's email: after the last reminder, on or before as_of
    lo = last_rem + dt.timedelta(days=1) if stages else due + dt.timedelta(days=1)
    if p.get("early_text"):
        lo = due + dt.timedelta(days=2)
    if p["cls"] in ("promise", "paid_claim", "hardship", "benign"):
        lo = max(lo, as_of - dt.timedelta(days=18))
    lo = min(lo, as_of)
    email_day = lo + dt.timedelta(days=rng.randint(0, max(0, (as_of - lo).days)))
    if p.get("early_text"):
        email_day = due + dt.timedelta(days=2)
    if p.get("expired"):
        email_day = D(2026, 11, 30)
    promise = None
    if pfmt:
        if pfmt == "wd":
            email_day = max(lo, as_of - dt.timedelta(days=1))
            promise = weekday_after(email_day, rng.randint(3, 5))
            while promise <= as_of:
                promise = weekday_after(promise, 1)
            assert (promise - email_day).days <= 6
        else:
            pool = [D(2026, 12, d) for d in range(14, 24)] + [D(2027, 1, d) for d in range(13, 30)]
            if pfmt == "ord":
                email_day = max(email_day, D(2026, 12, 1))
                pool = [x for x in pool if x.month == email_day.month]
            pool = [x for x in pool if x.weekday() < 5 and x > as_of]
            if p["text"] in FRIDAY:
                pool = [x for x in pool if x.weekday() == 4]
            promise = rng.choice(pool)
    pdate = D(2026, 12, 4) if p.get("expired") else None

    # customer
    cname = rng.choice(CUSTOMERS[world])
    first = rng.choice(FIRST[world])
    pin = PINS.get(p.get("text"))
    if pin:
        cname, first = pin[0], pin[1] or first
    domain = slug(cname) + ".example"
    contact = f"{first.lower().replace('-', '')}@{domain}"
    cust_id = str(300 + n)
    cref = {"name": cname, "value": cust_id}
    inv_id = str(5000 + n * 10)
    doc = f"{w['prefix']}{1000 + n * 7 % 9000:04d}"
    lo_amt, hi_amt = {"AUD": (180, 4800), "NZD": (250, 3000), "EUR": (300, 6500),
                      "GBP": (300, 4000), "USD": (220, 5200), "MXN": (4000, 90000)}[cur]
    total = p.get("amount") or round(rng.uniform(lo_amt, hi_amt), 2)
    if cur == "MXN":
        total = float(round(total / 50) * 50)
    payments, credit_memos, inv_linked = [], [], []
    balance = total
    partials = p.get("partials", 0)
    for k in range(partials):
        amt = round(total * (0.2 if k == 0 else 0.25), 2)
        pid = str(8000 + n * 10 + k)
        pday = due + dt.timedelta(days=2 + k * 7)
        payments.append({"CustomerRef": cref, "Id": pid, "Line": [{"Amount": amt, "LinkedTxn": [
            {"TxnId": inv_id, "TxnType": "Invoice"}]}], "MetaData": {
            "CreateTime": ts(pday, tz, 11, 5), "LastUpdatedTime": ts(pday, tz, 11, 5)},
            "SyncToken": "0", "TotalAmt": amt, "TxnDate": pday.isoformat(), "UnappliedAmt": 0.0})
        inv_linked.append({"TxnId": pid, "TxnType": "Payment"})
        balance = round(balance - amt, 2)
    paid_day = max(txn + dt.timedelta(days=3), email_day - dt.timedelta(days=rng.randint(2, 6)))
    if p.get("unapplied"):
        pid = str(8000 + n * 10 + 5)
        pday = paid_day
        payments.append({"CustomerRef": cref, "Id": pid, "Line": [], "MetaData": {
            "CreateTime": ts(pday, tz, 14, 0), "LastUpdatedTime": ts(pday, tz, 14, 0)},
            "SyncToken": "0", "TotalAmt": p["unapplied"], "TxnDate": pday.isoformat(),
            "UnappliedAmt": p["unapplied"]})
    if p.get("memo"):
        mday = as_of - dt.timedelta(days=9)
        credit_memos.append({"Balance": p["memo"], "CurrencyRef": {"value": cur},
                             "CustomerRef": cref, "DocNumber": f"CM-{n:03d}",
                             "Id": str(9000 + n * 10), "Line": [{
                                 "Amount": p["memo"], "Description": "Credit - missed visit",
                                 "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                                 "SalesItemLineDetail": {"ItemRef": {"name": "Cleaning", "value": "1"},
                                                         "Qty": 1, "UnitPrice": p["memo"]}}],
                             "MetaData": {"CreateTime": ts(mday, tz, 10, 0),
                                          "LastUpdatedTime": ts(mday, tz, 10, 0)},
                             "SyncToken": "0", "TotalAmt": p["memo"], "TxnDate": mday.isoformat()})

    def invoice(iid, docno, tdate, ddate, amt, bal, linked, fields=()):
        item, desc = ITEMS[base(world)]
        inv = {"Balance": bal, "BillEmail": {"Address": contact}, "CurrencyRef": {"value": cur},
               "CustomField": list(fields), "CustomerRef": cref, "DocNumber": docno,
               "DueDate": ddate.isoformat(), "EmailStatus": "EmailSent", "Id": iid,
               "Line": [{"Amount": amt, "Description": desc, "DetailType": "SalesItemLineDetail",
                         "Id": "1", "LineNum": 1, "SalesItemLineDetail": {
                             "ItemRef": {"name": item, "value": "1"}, "Qty": 1, "UnitPrice": amt}},
                        {"Amount": amt, "DetailType": "SubTotalLineDetail",
                         "SubTotalLineDetail": {}}],
               "LinkedTxn": linked, "MetaData": {"CreateTime": ts(tdate, tz, 8, 45),
                                                 "LastUpdatedTime": ts(tdate, tz, 8, 45)},
               "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"},
               "SyncToken": "1", "TotalAmt": amt, "TxnDate": tdate.isoformat()}
        if foreign:
            inv["ExchangeRate"] = rate
            if p.get("homebal", True) and (p.get("homebal") or rng.random() < 0.8):
                inv["HomeBalance"] = round(bal * rate, 2)
        return inv

    fields = []
    if p.get("status"):
        fields = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": p["status"],
                   "Type": "StringType"}]
    inv = invoice(inv_id, doc, txn, due, total, balance, inv_linked, fields)
    # history: paid invoices, and an open second invoice when the plan asks for one
    history = []
    for k in range(rng.randint(0, 3)):
        hid, hdoc = str(5000 + n * 10 + 1 + k), f"{w['prefix']}H{n:03d}{k}"
        hdue = due - dt.timedelta(days=30 * (k + 1))
        hamt = round(rng.uniform(lo_amt, hi_amt), 2)
        if cur == "MXN":
            hamt = float(round(hamt / 50) * 50)
        pid = str(8000 + n * 10 + 6 + k)
        pday = hdue + dt.timedelta(days=rng.randint(-3, 6))
        history.append(invoice(hid, hdoc, hdue - dt.timedelta(days=30), hdue, hamt, 0.0,
                               [{"TxnId": pid, "TxnType": "Payment"}]))
        payments.append({"CustomerRef": cref, "Id": pid, "Line": [{"Amount": hamt, "LinkedTxn": [
            {"TxnId": hid, "TxnType": "Invoice"}]}], "MetaData": {
            "CreateTime": ts(pday, tz, 10, 20), "LastUpdatedTime": ts(pday, tz, 10, 20)},
            "SyncToken": "0", "TotalAmt": hamt, "TxnDate": pday.isoformat(), "UnappliedAmt": 0.0})
    otherdoc = None
    if p.get("other_open"):
        oid, otherdoc = str(5000 + n * 10 + 9), f"{w['prefix']}{2000 + n:04d}"
        oamt = round(rng.uniform(lo_amt, hi_amt), 2)
        history.append(invoice(oid, otherdoc, txn + dt.timedelta(days=6),
                               due + dt.timedelta(days=6), oamt, oamt, []))
    payments.sort(key=lambda x: x["TxnDate"])

    # placeholders
    fill = {"doc": doc, "bal": money(cur, balance), "cust": cname, "us": w["us"],
            "paid": paid_fmt(world, paid_day), "first": first, "collector": w["collector"],
            "ref": rng.choice(["EFT", "TRX", "PMT", "RA", ""]) + str(rng.randint(10 ** 6, 10 ** 8)),
            "otherdoc": otherdoc or "", "domain": domain,
            "date": fmt_date(promise, pfmt) if promise else "",
            "pdate": fmt_date(pdate, "wdlong") if pdate else ""}

    def render(ref, day, hour, sender=None, wrap=True):
        wld, text = getattr(T, ref[0])[ref[1]]
        assert wld == world or (ref[0] == "NOTES"), (ref, wld, world)
        subj, body = text.split("\n", 1)
        assert subj.startswith("S: ")
        subj, body = subj[3:].format(**fill), body.format(**fill)
        tool = next((addr for pre, addr in TOOLS if subj.startswith(pre)), None)
        frm, to = contact, w["ar"]
        if tool:
            frm = tool
        elif subj.startswith("Remittance Advice"):
            frm = f"ap@{domain}"
        if sender == "administrator":
            frm = "creditors@keane-morrow-restructuring.example"
        if sender == "collector":
            frm, to = f"{w['collector'].split()[0].lower()}@{w['dom']}", contact
        auto = tool or subj.startswith(("Remittance", "Automatic reply")) or sender
        if wrap and not auto:
            r = rng.random()
            if r < 0.4:
                body += "\n\n" + rng.choice(T.SIGNATURES[world]).format(**fill)
            if rng.random() < 0.2:
                body += "\n\n" + rng.choice(T.FOOTERS)
            if reminders and rng.random() < 0.3 and day > last_rem:
                rd = due + dt.timedelta(days=stages[-1])
                body += (f"\n\nOn {rd.strftime('%a')}, {rd.day} {rd.strftime('%b %Y')}, {w['us']} "
                         f"<{w['ar']}> wrote:\n> Dear customer,\n> Our records show invoice {doc} "
                         f"for {fill['bal']} is now overdue. If you have already paid, please "
                         f"disregard this message.\n> Kind regards, {w['us']}")
        return {"body": body, "date": ts(day, tz, hour, rng.choice([4, 17, 26, 41, 52])),
                "from": frm, "subject": subj, "to": to}

    emails, notes = [], []
    # thread history: an older harmless email before the first reminder, for some cases
    olds = [i for i, (wld, _) in enumerate(T.OLD) if wld == world]
    if olds and rng.random() < 0.35 and not p.get("early_text"):
        oday = txn + dt.timedelta(days=rng.randint(1, 10))
        emails.append(render(("OLD", rng.choice(olds)), oday, 10))
    if p.get("text"):
        sender = "collector" if p.get("collector") else p.get("sender")
        emails.append(render(p["text"], email_day, 15 if p.get("second") else 11, sender))
    if p.get("second"):
        emails.append(render(p["second"], email_day, 17, wrap=False))
    if p.get("note"):
        nday = (due + dt.timedelta(days=4)) if p.get("early_text") else \
            (due + dt.timedelta(days=9)) if p.get("note_after_first") else email_day
        if p.get("early_text"):
            nday = email_day + dt.timedelta(days=3)
        author, text = getattr(T, p["note"][0])[p["note"][1]]
        notes.append({"author": author, "date": ts(nday, tz, 16, 10), "text": text})
    emails.sort(key=lambda e: e["date"])

    open_total = round(balance + sum(i["Balance"] for i in history), 2)
    customer = {"Active": True, "Balance": open_total, "CompanyName": cname,
                "CurrencyRef": {"value": cur}, "DisplayName": cname, "Id": cust_id,
                "MetaData": {"CreateTime": ts(txn - dt.timedelta(days=400), tz, 12, 0),
                             "LastUpdatedTime": ts(txn, tz, 12, 0)},
                "Notes": "", "PrimaryEmailAddr": {"Address": contact}, "SyncToken": "2"}
    case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes,
            "customer": customer, "emails": emails, "home_currency": w["home"], "id": cid,
            "invoice": inv, "invoices": history, "payments": payments,
            "reminders_sent": reminders}
    meta = {"tag": p["tag"], "promise": promise, "promise_text": fill["date"], "pdate": pdate,
            "pdate_text": fill["pdate"], "our_domain": w["dom"]}
    return case, meta


# --------------------------------------------------------------------------------------------
def day(s):
    return D.fromisoformat(s[:10])


def derive(case, meta):
    """SPEC's order applied to the bundle's structural facts plus the message's semantic tag."""
    inv, as_of = case["invoice"], day(case["as_of"])
    tag = meta["tag"]
    bal = inv["Balance"]
    if bal <= 0:
        return [NONE], [NA], None
    if not inv.get("DueDate"):
        return [ESC], [RR, HT], "missing_context"
    dpd = (as_of - day(inv["DueDate"])).days
    if dpd < 1:
        return [NONE], [NA], None
    home = inv.get("HomeBalance")
    if home is None:
        home = bal * inv["ExchangeRate"] if inv.get("ExchangeRate") else bal
    status = next((f.get("StringValue", "") for f in inv.get("CustomField", [])
                   if f.get("Name") == "Collections Status"), "")
    credit = sum(p.get("UnappliedAmt", 0) for p in case["payments"]) + \
        sum(c.get("Balance", 0) for c in case["credit_memos"])
    address = (inv.get("BillEmail") or {}).get("Address") or \
        (case["customer"].get("PrimaryEmailAddr") or {}).get("Address")
    # hard stops, in SPEC's order
    if tag == "legal":
        return [ESC], [HT, LD, RR], "legal_hold"
    if status.lower() == "disputed":
        return [ESC], [LD] + ([HT] if home >= 10000 else []), "open_dispute"
    if home >= 10000:
        return [ESC], [HT], "over_risk_threshold"
    if credit >= bal:
        return [ESC], [RR, HT, LD], "unapplied_credit"
    if not address:
        return [ESC], [RR, HT], "missing_context"
    # classification
    if tag in ("complaint", "paid"):
        return [ESC], [LD], None
    rems = case["reminders_sent"]
    ours = meta["our_domain"]
    first = min((day(r["date"]) for r in rems), default=None)
    activity = False
    if first is not None:
        activity = any(day(p["TxnDate"]) >= first for p in case["payments"]
                       if any(l["TxnId"] == inv["Id"] for ln in p["Line"] for l in ln["LinkedTxn"])
                       or p.get("UnappliedAmt", 0) > 0) \
            or any(day(e["date"]) >= first and not e["from"].endswith("@" + ours)
                   for e in case["emails"]) \
            or any(day(n["date"]) >= first for n in case["crm_notes"])
    three = len(rems) >= 3 and not activity
    no_auto = "no automated" in (case["customer"].get("Notes") or "").lower()
    if dpd >= 60 or three or no_auto:
        return [ESC], [HT], None
    partials = sum(1 for p in case["payments"] for ln in p["Line"] for l in ln["LinkedTxn"]
                   if l["TxnId"] == inv["Id"])
    outcome = PP if (tag == "hardship" or partials >= 2) else RR
    stage = stage_of(dpd)
    reminded = any(r["stage"] == stage for r in rems)
    if reminded:
        return [NONE], [NA], None
    if tag == "promise" and meta["promise"] and meta["promise"] > as_of:
        return [NONE], [NA], None
    if tag in ("soft", "benign") and outcome == RR:
        return list(SOFT[0]), list(SOFT[1]), None
    if tag == "collector":
        return [DRAFT, NONE], [RR, NA], None
    return [DRAFT], [outcome], None


def check(case, meta, plan):
    route, outcome, hs = plan["label"]
    got = derive(case, meta)
    if (sorted(got[0]), sorted(got[1]), got[2]) != (sorted(route), sorted(outcome), hs):
        raise SystemExit(f"{case['id']} ({plan['cls']} {plan.get('what', '')}): label "
                         f"{(route, outcome, hs)} but SPEC gives {got}")
    inv, as_of = case["invoice"], day(case["as_of"])
    dpd = (as_of - day(inv["DueDate"])).days
    stage = stage_of(dpd)
    reminded = any(r["stage"] == stage for r in case["reminders_sent"])
    body = " ".join(e["subject"] + " " + e["body"] for e in case["emails"])
    cls = plan["cls"]
    if meta["promise"]:
        assert meta["promise"] > as_of, case["id"]
        assert meta["promise_text"] in body, case["id"]
        em = max(day(e["date"]) for e in case["emails"])
        assert meta["promise"] > em, case["id"]
        assert meta["promise"].weekday() < 5, case["id"]
        if meta["promise_text"] != meta["promise"].strftime("%A"):
            assert meta["promise"].day > 12, case["id"]
        else:
            assert (meta["promise"] - em).days <= 6, case["id"]
    if meta["pdate"]:
        assert meta["pdate"] < as_of and meta["pdate_text"] in body, case["id"]
        assert meta["pdate"] > max(day(e["date"]) for e in case["emails"]), case["id"]
    if cls == "hardship":
        assert dpd < 60 and not reminded, case["id"]
        assert not any(c.isdigit() for c in T.HARDSHIP[plan["text"][1]][1].split("\n", 1)[1]
                       .replace("{doc}", "").replace("2k", "")), case["id"]
    if cls == "promise":
        assert dpd < 60 and plan["reminded"] == reminded, case["id"]
    if cls == "paid_claim":
        assert plan["reminded"] == reminded, case["id"]
    if cls == "complaint":
        import re
        assert not re.search(r"disput|contest|disagree|query", body, re.I), case["id"]


def wellformed(case, exp):
    keys = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
            "credit_memos", "emails", "crm_notes", "reminders_sent"}
    assert set(case) == keys, case["id"]
    D.fromisoformat(case["as_of"])
    inv, cust = case["invoice"], case["customer"]
    for i in [inv] + case["invoices"]:
        for k in ("Id", "DocNumber", "TxnDate", "DueDate", "TotalAmt", "Balance", "CurrencyRef",
                  "CustomerRef", "Line", "LinkedTxn", "CustomField", "MetaData", "SyncToken"):
            assert k in i, (case["id"], k)
        assert i["CustomerRef"]["value"] == cust["Id"], case["id"]
        assert i["CurrencyRef"]["value"] == cust["CurrencyRef"]["value"], case["id"]
        foreign = i["CurrencyRef"]["value"] != case["home_currency"]
        assert foreign == ("ExchangeRate" in i), case["id"]
        if "HomeBalance" in i:
            assert abs(i["HomeBalance"] - round(i["Balance"] * i["ExchangeRate"], 2)) < 0.005
        paid = 0.0
        for lt in i["LinkedTxn"]:
            assert lt["TxnType"] == "Payment"
            pay = next(p for p in case["payments"] if p["Id"] == lt["TxnId"])
            amt = sum(ln["Amount"] for ln in pay["Line"]
                      if any(l["TxnId"] == i["Id"] for l in ln["LinkedTxn"]))
            assert amt > 0, case["id"]
            paid += amt
        assert abs(i["TotalAmt"] - paid - i["Balance"]) < 0.005, case["id"]
        assert i["Line"][0]["Amount"] == i["TotalAmt"], case["id"]
        assert D.fromisoformat(i["TxnDate"]) <= D.fromisoformat(i["DueDate"])
    ids = {i["Id"] for i in [inv] + case["invoices"]}
    assert len(ids) == 1 + len(case["invoices"]), case["id"]
    for p in case["payments"]:
        for k in ("Id", "CustomerRef", "Line", "TotalAmt", "TxnDate", "UnappliedAmt", "MetaData"):
            assert k in p, (case["id"], k)
        assert p["CustomerRef"]["value"] == cust["Id"]
        applied = sum(ln["Amount"] for ln in p["Line"])
        assert abs(applied + p["UnappliedAmt"] - p["TotalAmt"]) < 0.005, case["id"]
        for ln in p["Line"]:
            for l in ln["LinkedTxn"]:
                assert l["TxnType"] == "Invoice" and l["TxnId"] in ids, case["id"]
                target = next(i for i in [inv] + case["invoices"] if i["Id"] == l["TxnId"])
                assert {"TxnId": p["Id"], "TxnType": "Payment"} in target["LinkedTxn"]
        assert day(p["TxnDate"]) <= day(case["as_of"])
    for c in case["credit_memos"]:
        for k in ("Id", "Balance", "TotalAmt", "CustomerRef", "TxnDate", "CurrencyRef"):
            assert k in c
        assert c["CustomerRef"]["value"] == cust["Id"] and 0 <= c["Balance"] <= c["TotalAmt"]
    for e in case["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"}, case["id"]
        assert day(e["date"]) <= day(case["as_of"]) and "{" not in e["body"] + e["subject"]
    for n in case["crm_notes"]:
        assert set(n) == {"author", "date", "text"} and day(n["date"]) <= day(case["as_of"])
    seen = set()
    for r in case["reminders_sent"]:
        assert set(r) == {"date", "stage"} and r["stage"] in STAGES and r["stage"] not in seen
        seen.add(r["stage"])
        rd, due = day(r["date"]), D.fromisoformat(inv["DueDate"])
        assert due + dt.timedelta(days=r["stage"]) <= rd <= day(case["as_of"]), case["id"]
    assert set(exp) == {"class", "hard_stop", "id", "outcome", "route"}
    assert exp["id"] == case["id"] and exp["route"] and exp["outcome"]
    assert set(exp["route"]) <= {DRAFT, ESC, NONE}
    assert set(exp["outcome"]) <= {RR, LD, PP, HT, NA}


def main():
    rng = random.Random(SEED)
    ps = plans(rng)
    rng.shuffle(ps)
    cases, expected = [], []
    for n, p in enumerate(ps, 1):
        case, meta = build_case(n, p, rng)
        check(case, meta, p)
        route, outcome, hs = p["label"]
        exp = {"class": p["cls"], "hard_stop": hs, "id": case["id"], "outcome": outcome,
               "route": route}
        wellformed(case, exp)
        cases.append(case)
        expected.append(exp)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n")
    mix = {}
    for e in expected:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())))


if __name__ == "__main__":
    main()

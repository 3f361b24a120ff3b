#!/usr/bin/env python3
"""Builds the testj held-out judge set: cases.jsonl and expected.jsonl (stdlib only).

    python3 tests/data/judge_cases/testj/build.py    # rewrites both files byte for byte

Labels are written per group below. check() re-derives every case's structural facts from the
built bundle alone, applies SPEC's order to them plus the message's semantic tag, and refuses to
write a case whose label does not accept that answer. wellformed() validates every bundle.
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

SEED = 20261217
rng = random.Random(SEED)

STAGES = [1, 7, 14, 30, 60]
D = dt.date
ONE = dt.timedelta(days=1)

# ------------------------------------------------------------------------------ worlds
WORLDS = {
    "cork": dict(home="EUR", company="Corticeira Atlântica, Lda", ar="ar@corticeira-atlantica.example",
                 tz="+00:00", fx={"USD": 0.86}, style="dmy", prefix="CA-26-"),
    "studio": dict(home="USD", company="Sidecar Sound Studios & Backline", ar="billing@sidecarsound.example",
                   tz="-06:00", fx={"GBP": 1.27}, style="mdy", prefix="SS-"),
    "mining": dict(home="ZAR", company="Kopano Hydraulics (Pty) Ltd", ar="accounts@kopanohydraulics.example",
                   tz="+02:00", fx={"USD": 18.2}, style="dmy", prefix="KH-"),
}
CUR_NAMES = {"EUR": "Euro", "USD": "United States Dollar", "GBP": "British Pound Sterling",
             "ZAR": "South African Rand"}

# key: (world, currency, company, domain, contact local part, pin regex, date style)
CUSTOMERS = {
    "vale": ("cork", "EUR", "Quinta do Vale Escuro", "quintavaleescuro.example", "rui", r"\bRui\b|Vale Escuro|quintavaleescuro", "dmy"),
    "penaranda": ("cork", "EUR", "Bodegas Peñaranda S.L.", "bodegaspenaranda.example", "lucia", r"Lucía|Peñaranda", "dmy"),
    "vautrin": ("cork", "EUR", "Domaine Vautrin", "domainevautrin.example", "claire", r"Claire|Vautrin", "dmy"),
    "borba": ("cork", "EUR", "Adega Cooperativa de Borba", "adegaborba.example", "fernanda", r"Fernanda|Borba", "dmy"),
    "kessler": ("cork", "EUR", "Weingut Kessler GbR", "weingut-kessler.example", "jonas", r"Jonas|Kessler", "dmy"),
    "morandi": ("cork", "EUR", "Cantina Morandi S.r.l.", "cantinamorandi.example", "paolo", r"Paolo|Morandi", "dmy"),
    "ridgeback": ("cork", "USD", "Ridgeback Cellars", "ridgebackcellars.example", "dana", r"\bDana\b|Ridgeback", "mdy"),
    "caskstave": ("cork", "USD", "Cask & Stave Distilling Co.", "caskandstave.example", "wes", r"\bWes\b|distillery|Cask & Stave", "mdy"),
    "hollowoak": ("cork", "USD", "Hollow Oak Winery", "hollowoakwinery.example", "megan", r"Megan|Hollow Oak", "mdy"),
    "bluebird": ("studio", "USD", "Bluebird Alley Records", "bluebirdalley.example", "tara", r"Tara|Bluebird|label", "mdy"),
    "covenant": ("studio", "USD", "First Covenant Church", "firstcovenantnash.example", "linda", r"Linda|Covenant|church|cantata", "mdy"),
    "marlowe": ("studio", "USD", "Marlowe & Finch Advertising", "marloweandfinch.example", "kevin", r"Kevin|Marlowe", "mdy"),
    "delacroix": ("studio", "USD", "Hank Delacroix Band LLC", "delacroixband.example", "shay", r"Shay|Delacroix", "mdy"),
    "crooked": ("studio", "USD", "Crooked Creek Productions", "crookedcreekprod.example", "ben", r"\bBen\b|Crooked Creek", "mdy"),
    "gulch": ("studio", "USD", "Gulch Rooftop Events", "gulchrooftop.example", "priya", r"Priya|Gulch", "mdy"),
    "harbourside": ("studio", "GBP", "Harbourside Artist Management Ltd", "harboursideartists.example", "oliver", r"Oliver|Harbourside", "dmy"),
    "northern": ("studio", "GBP", "Northern Lights Touring Ltd", "northernlightstouring.example", "siobhan", r"Siobhan|Northern Lights", "dmy"),
    "mafube": ("mining", "ZAR", "Mafube Coal Contracting (Pty) Ltd", "mafubecoal.example", "thabo", r"Thabo|Mafube|Lerato", "dmy"),
    "bafokeng": ("mining", "ZAR", "Bafokeng Rock Drilling", "bafokengdrilling.example", "naledi", r"Naledi|Bafokeng", "dmy"),
    "witbank": ("mining", "ZAR", "Witbank Plant Hire", "witbankplanthire.example", "johan", r"Johan|Marlene|Witbank", "dmy"),
    "sizwe": ("mining", "ZAR", "Sizwe Earthmoving", "sizwe-earthmoving.example", "sipho", r"Sipho|Sizwe", "dmy"),
    "lebowa": ("mining", "ZAR", "Lebowa Chrome Mine", "lebowachrome.example", "anele", r"Anele|Lebowa", "dmy"),
    "kitwe": ("mining", "USD", "Kitwe Copper Services Ltd", "kitwecopper.example", "mwila", r"Mwila|Kitwe|Zanaco", "dmy"),
    "jwaneng": ("mining", "USD", "Jwaneng Contract Mining (Pty) Ltd", "jwanengcm.example", "kagiso", r"Kagiso|Jwaneng|Gaborone", "dmy"),
    "kolwezi": ("mining", "USD", "Kolwezi Haulage SARL", "kolwezihaulage.example", "jeanpierre", r"Jean-Pierre|Kolwezi", "dmy"),
}
NON_ENGLISH = {"vale", "penaranda", "vautrin", "borba", "kessler", "morandi", "kolwezi"}
CUST_IDS = {k: str(300 + i) for i, k in enumerate(CUSTOMERS)}

ITEMS = {
    "cork": ["Natural cork stoppers 45x24 mm", "Technical stoppers 1+1 44x23.5 mm", "Bar-top T-corks, walnut head",
             "Champagne corks 48x30.5 mm", "Micro-agglomerated stoppers 38x23.5 mm", "Branding - two-colour ink print"],
    "studio": ["Studio A lockout (12 h)", "Studio B session day", "Mixing - per song", "Backline rental - drum kit package",
               "Backline rental - Hammond B3 + Leslie", "Cartage and tech, per day", "Remote recording truck, day rate"],
    "mining": ["Hydraulic cylinder rebuild", "Main pump overhaul", "Hose assemblies, 1\" 4-wire", "Seal kits",
               "Site call-out and travel", "Pressure test and certificate"],
}

# amount ranges (invoice currency), all under the risk threshold in home money
RANGES = {("cork", "EUR"): (640, 8600), ("cork", "USD"): (720, 9400), ("studio", "USD"): (450, 8200),
          ("studio", "GBP"): (380, 6400), ("mining", "ZAR"): (1850, 9350), ("mining", "USD"): (140, 505)}

# ------------------------------------------------------------------------------ helpers
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def money(amount, cur, world):
    s = f"{amount:,.2f}"
    if cur == "EUR":
        return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"
    if cur == "USD":
        return ("US$" if world != "studio" else "$") + s
    if cur == "GBP":
        return "£" + s
    return "R" + s  # ZAR


def fmt_date(d, fmt):
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
    if fmt == "uslong":
        return f"{MONTHS[d.month - 1]} {ordinal(d.day)}"
    if fmt == "short":
        return f"{d.strftime('%a')} {d.day} {d.strftime('%b')}"
    if fmt == "nth":
        return f"the {ordinal(d.day)}"
    if fmt == "weekday":
        return d.strftime("%A")
    raise ValueError(fmt)


def ts(d, hour, tz):
    return f"{d.isoformat()}T{hour:02d}:{rng.choice([5, 12, 20, 34, 41, 58]):02d}:00{tz}"


def parse_msgs(text):
    msgs = []
    for part in text.split("\n~~~\n"):
        lines = part.split("\n")
        head = lines[0]
        kind = {"S": "cust", "U": "ours", "N": "note"}[head[0]]
        val = head[3:]
        frm = None
        body_lines = lines[1:]
        if body_lines and body_lines[0].startswith("F: "):
            frm = body_lines[0][3:]
            body_lines = body_lines[1:]
        msgs.append(dict(kind=kind, head=val, frm=frm, body="\n".join(body_lines)))
    return msgs


def pin_customer(world_tag, text):
    world, _, cur = world_tag.partition(":")
    cur = cur or WORLDS[world]["home"]
    for key, c in CUSTOMERS.items():
        if c[0] == world and c[1] == cur and re.search(c[5], text):
            return key
    pool = [k for k, c in CUSTOMERS.items() if c[0] == world and c[1] == cur]
    return rng.choice(pool)


# ------------------------------------------------------------------------------ wrappers
FOOTERS = {
    "cork": "\n\n--\nEsta mensagem é confidencial e destina-se apenas ao destinatário. Se a recebeu por engano, apague-a.\nThis message is confidential and intended only for the addressee. Please consider the environment before printing.",
    "studio": "\n\n--\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error please delete it and notify the sender.",
    "mining": "\n\n--\nDISCLAIMER: This e-mail is confidential and may not be disclosed to third parties. The company accepts no liability for viruses. Safety first - zero harm is everybody's business.",
}
PRIVILEGED = ("\n\n________________________________\nThis communication is confidential and may be legally privileged. "
              "If you are not the intended recipient, you must not read, copy or distribute it; please notify the sender and delete it.")
SIGS = {
    "cork": "\n\n{name}\n{company}\nTel. +351 21 000 4417 | www.{domain}",
    "studio": "\n\n{name}\n{company}\nSent from my iPhone",
    "mining": "\n\nKind regards\n{name}\n{company}\nTel: +27 11 000 2290 | Cell: +27 82 000 7731",
}


def wrap(body, kind, ctx):
    if kind == "footer":
        return body + FOOTERS[ctx["world"]]
    if kind == "privileged":
        return body + PRIVILEGED
    if kind == "sig":
        return body + SIGS[ctx["world"]].format(name=ctx["contact"].title(), company=ctx["company"], domain=ctx["domain"])
    if kind == "banner":
        return "[EXTERNAL] This email came from outside your organisation. Do not click links unless you recognise the sender.\n\n" + body
    if kind == "quote":
        r = ctx["last_rem"]
        return (body + f"\n\n> On {r.isoformat()}, {ctx['ar']} wrote:\n> Hello, this is a friendly reminder that invoice "
                f"{ctx['inv']} for {ctx['bal']} was due on {ctx['due'].isoformat()}.\n> Please arrange payment at your "
                "earliest convenience, or let us know if anything is unclear.\n> Thank you, Accounts Receivable")
    if kind == "fwd":
        return (f"Hello, passing on the note below from {ctx['contact'].title()} so it reaches the right desk.\n\n"
                f"---------- Forwarded message ---------\nFrom: {ctx['contact']}@{ctx['domain']}\n"
                f"Subject: {ctx['subject']}\n\n" + body)
    raise ValueError(kind)


# ------------------------------------------------------------------------------ building
NEXT_ID = [700]


def nid():
    NEXT_ID[0] += 1
    return str(NEXT_ID[0])


def meta(d, tz):
    return {"CreateTime": f"{d.isoformat()}T09:00:00{tz}", "LastUpdatedTime": f"{d.isoformat()}T09:00:00{tz}"}


def make_invoice(doc, cust_key, total, balance, due, txn, cur, rate, hb, email, tz, world, status=None):
    c = CUSTOMERS[cust_key]
    item = rng.choice(ITEMS[world])
    inv = {
        "Balance": round(balance, 2),
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "CustomField": [],
        "CustomerRef": {"name": c[2], "value": CUST_IDS[cust_key]},
        "DocNumber": doc,
        "EmailStatus": "EmailSent",
        "Id": nid(),
        "Line": [
            {"Amount": round(total, 2), "Description": item, "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
             "SalesItemLineDetail": {"ItemRef": {"name": item.split(",")[0][:30], "value": "1"}, "Qty": 1, "UnitPrice": round(total, 2)}},
            {"Amount": round(total, 2), "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
        ],
        "LinkedTxn": [],
        "MetaData": meta(txn, tz),
        "PrintStatus": "NotSet",
        "PrivateNote": "",
        "SalesTermRef": {"value": "3"},
        "SyncToken": "1",
        "TotalAmt": round(total, 2),
        "TxnDate": txn.isoformat(),
    }
    if due is not None:
        inv["DueDate"] = due.isoformat()
    if email:
        inv["BillEmail"] = {"Address": email}
    if rate is not None:
        inv["ExchangeRate"] = rate
        if hb:
            inv["HomeBalance"] = round(balance * rate, 2)
    if status is not None:
        inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status, "Type": "StringType"}]
    return inv


def make_payment(cust_key, amount, date, tz, links, unapplied=0.0, cur=None, rate=None):
    c = CUSTOMERS[cust_key]
    p = {
        "CustomerRef": {"name": c[2], "value": CUST_IDS[cust_key]},
        "Id": nid(),
        "Line": [{"Amount": round(a, 2), "LinkedTxn": [{"TxnId": tid, "TxnType": tt}]} for a, tid, tt in links],
        "MetaData": meta(date, tz),
        "SyncToken": "0",
        "TotalAmt": round(amount, 2),
        "TxnDate": date.isoformat(),
        "UnappliedAmt": round(unapplied, 2),
    }
    if cur is not None:
        p["CurrencyRef"] = {"name": CUR_NAMES[cur], "value": cur}
        if rate is not None:
            p["ExchangeRate"] = rate
    return p


def pick_dpd(mode, stage=None, lo=None, hi=None):
    """days past due and the stage for a reminder mode."""
    bands = {1: (1, 6), 7: (7, 13), 14: (14, 29), 30: (30, 59), 60: (60, 80)}
    if stage is None:
        stage = rng.choice([7, 14, 30] if mode == "earlier" else [1, 7, 14, 30])
    a, b = bands[stage]
    if mode == "cur":
        a = max(a, stage + 1)
    if lo is not None:
        a = max(a, lo)
    if hi is not None:
        b = min(b, hi)
    return rng.randint(a, b), stage


def reminders_for(mode, stage, due, as_of, earlier=None):
    prev = [s for s in STAGES if s < stage]
    if mode == "none":
        chosen = []
    elif mode == "earlier":
        chosen = earlier if earlier is not None else sorted(rng.sample(prev, rng.randint(1, len(prev))))
    elif mode == "cur":
        pool = sorted(rng.sample(prev, rng.randint(0, len(prev)))) if prev else []
        chosen = (earlier if earlier is not None else pool) + [stage]
    elif mode == "list":
        chosen = earlier
    else:
        raise ValueError(mode)
    out = []
    for s in chosen:
        d = due + dt.timedelta(days=s)
        if d + ONE < as_of and rng.random() < 0.5:
            d = d + ONE
        out.append((s, d))
    return out


def build_case(n, spec):
    """spec: dict (see groups below). Returns (bundle, expected, meta-info for check)."""
    cls = spec["cls"]
    msgs_src = spec.get("text")  # (world_tag, text) or None
    world_tag = msgs_src[0] if msgs_src else spec["world"]
    world = world_tag.split(":")[0]
    W = WORLDS[world]
    tz = W["tz"]
    cust_key = spec.get("cust") or pin_customer(world_tag, msgs_src[1] if msgs_src else "")
    c = CUSTOMERS[cust_key]
    cur = c[1]
    home = W["home"]
    rate = None if cur == home else W["fx"][cur]
    hb = spec.get("hb", rng.random() < 0.75) if rate is not None else False
    as_of = spec.get("as_of") or D(2026, 12, rng.choice([14, 15, 16, 17, 18]))
    mode = spec.get("mode", "none")
    if "dpd" in spec:
        dpd, stage = spec["dpd"], max([s for s in STAGES if s <= spec["dpd"]] or [0])
    else:
        dpd, stage = pick_dpd(mode, spec.get("stage"), spec.get("lo"), spec.get("hi"))
    nodue = spec.get("nodue", False)
    due = as_of - dt.timedelta(days=dpd)
    txn = due - dt.timedelta(days=30)
    lo, hi = RANGES[(world, cur)]
    total = spec.get("total") or round(rng.uniform(lo, hi), 2)
    email = f"{c[4]}@{c[3]}"
    addr = None if spec.get("noaddr") else email
    doc = W["prefix"] + str(rng.randint(1000, 9999)) if world != "cork" else W["prefix"] + f"{rng.randint(100, 999):04d}"
    docs_used = {doc}

    # reminders
    rems = []
    if stage >= 1 and not nodue:
        rems = reminders_for(mode, stage, due, as_of, spec.get("earlier"))
    last_rem = max([d for _, d in rems], default=None)

    # partial payments on this invoice
    payments, credit_memos, invoices = [], [], []
    paid_amount = 0.0
    partial_dates = spec.get("partial_dates")  # days after due / or explicit
    inv_id_placeholder = "__INV__"
    partial_links = []
    for k in range(spec.get("partials", 0)):
        amt = round(total * rng.choice([0.15, 0.2, 0.25]), 2)
        if partial_dates:
            pd_ = as_of - dt.timedelta(days=partial_dates[k])
        else:
            pd_ = due - dt.timedelta(days=rng.randint(1, 10) + 5 * k)
        partial_links.append((amt, pd_))
        paid_amount += amt
    cm_applied = spec.get("cm_applied", 0.0)
    balance = round(total - paid_amount - cm_applied, 2)
    if spec.get("paid_off"):
        balance = 0.0

    inv = make_invoice(doc, cust_key, total, balance, None if nodue else due, txn, cur, rate, hb, addr, tz, world, spec.get("status"))
    if nodue:
        inv.pop("DueDate", None)
    for amt, pd_ in partial_links:
        p = make_payment(cust_key, amt, pd_, tz, [(amt, inv["Id"], "Invoice")], cur=cur if rate else None, rate=rate)
        payments.append(p)
        inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
    if spec.get("paid_off"):
        amt = round(total, 2)
        p = make_payment(cust_key, amt, as_of - dt.timedelta(days=3), tz, [(amt, inv["Id"], "Invoice")], cur=cur if rate else None, rate=rate)
        payments.append(p)
        inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
    if cm_applied:
        cm_id = nid()
        credit_memos.append({"Balance": 0.0, "CustomerRef": {"name": c[2], "value": CUST_IDS[cust_key]}, "DocNumber": "CN-" + cm_id,
                             "Id": cm_id, "Line": [{"Amount": cm_applied, "Description": "Credit - damaged pallet", "DetailType": "SalesItemLineDetail",
                                                     "Id": "1", "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "9"}, "Qty": 1, "UnitPrice": cm_applied}}],
                             "MetaData": meta(as_of - dt.timedelta(days=4), tz), "SyncToken": "0", "TotalAmt": cm_applied,
                             "TxnDate": (as_of - dt.timedelta(days=4)).isoformat()})
        p = make_payment(cust_key, 0.0, as_of - dt.timedelta(days=4), tz, [(cm_applied, inv["Id"], "Invoice"), (cm_applied, cm_id, "CreditMemo")])
        payments.append(p)
        inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
    if spec.get("unapplied"):
        ua = round(balance * spec["unapplied"], 2)
        payments.append(make_payment(cust_key, ua, as_of - dt.timedelta(days=rng.randint(5, 12)), tz, [], unapplied=ua,
                                     cur=cur if rate else None, rate=rate))
    if spec.get("cm_open"):
        cmo = round(balance - ua, 2) if spec["cm_open"] == "rest" else round(balance * spec["cm_open"], 2)
        cm_id = nid()
        credit_memos.append({"Balance": cmo, "CustomerRef": {"name": c[2], "value": CUST_IDS[cust_key]}, "DocNumber": "CN-" + cm_id,
                             "Id": cm_id, "Line": [{"Amount": cmo, "Description": "Credit - returned goods", "DetailType": "SalesItemLineDetail",
                                                    "Id": "1", "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "9"}, "Qty": 1, "UnitPrice": cmo}}],
                             "MetaData": meta(as_of - dt.timedelta(days=20), tz), "SyncToken": "0", "TotalAmt": cmo,
                             "TxnDate": (as_of - dt.timedelta(days=20)).isoformat()})

    # history: paid invoices (and an open one for "other invoice" cases)
    for h in range(rng.randint(1, 3)):
        hd = due - dt.timedelta(days=35 * (h + 1))
        ht = round(rng.uniform(lo, hi), 2)
        hdoc = doc
        while hdoc in docs_used:
            hdoc = W["prefix"] + (f"{rng.randint(100, 999):04d}" if world == "cork" else str(rng.randint(1000, 9999)))
        docs_used.add(hdoc)
        hi_ = make_invoice(hdoc, cust_key, ht, 0.0, hd, hd - dt.timedelta(days=30), cur, rate, hb, addr, tz, world)
        pay_d = hd + dt.timedelta(days=rng.randint(-3, 6))
        p = make_payment(cust_key, ht, pay_d, tz, [(ht, hi_["Id"], "Invoice")], cur=cur if rate else None, rate=rate)
        hi_["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        payments.append(p)
        invoices.append(hi_)
    other_doc = invoices[0]["DocNumber"]
    if spec.get("other_open"):
        ot = round(rng.uniform(lo, hi), 2)
        odoc = doc
        while odoc in docs_used:
            odoc = W["prefix"] + (f"{rng.randint(100, 999):04d}" if world == "cork" else str(rng.randint(1000, 9999)))
        od = due + dt.timedelta(days=rng.randint(3, 9))
        oi = make_invoice(odoc, cust_key, ot, ot, od, od - dt.timedelta(days=30), cur, rate, hb, addr, tz, world)
        invoices.append(oi)
        other_doc = odoc

    bal_s = money(balance, cur, world)
    ctx = dict(world=world, contact=c[4], company=c[2], domain=c[3], ar=W["ar"], inv=doc, bal=bal_s, due=due, last_rem=last_rem)

    # messages
    emails, notes = [], []
    promise_date = None
    msgs = parse_msgs(msgs_src[1]) if msgs_src else []
    extra_notes = spec.get("notes", [])
    if extra_notes:
        for nt in extra_notes:
            msgs = msgs + parse_msgs(nt[1])
    if msgs:
        if "days_ago" in spec:
            mdates = [as_of - dt.timedelta(days=x) for x in spec["days_ago"]]
        else:
            first = max((last_rem + ONE) if (last_rem and not spec.get("msgs_before_rem")) else as_of - dt.timedelta(days=6),
                        as_of - dt.timedelta(days=6), txn + ONE)
            if spec.get("msgs_before_rem"):
                first = max(txn + ONE, as_of - dt.timedelta(days=spec["msgs_before_rem"]))
            span = (as_of - first).days
            assert span >= 0, (n, spec)
            if len(msgs) == 1:
                mdates = [first + dt.timedelta(days=rng.randint(0, span))]
            else:
                picks = sorted(rng.sample(range(span + 1), len(msgs))) if span + 1 >= len(msgs) else [span] * len(msgs)
                mdates = [first + dt.timedelta(days=x) for x in picks]
        last_msg = max(mdates)
        # promise date: a weekday after as_of and after the last message, in December
        style = c[6]
        cands = [as_of + dt.timedelta(days=k) for k in range(1, 15)]
        cands = [d for d in cands if d.weekday() < 5 and d.month == 12 and d.day != 25 and d > last_msg]
        promise_date = rng.choice(cands[:8])
        fmts = ["iso", "long", "short", "nth", "weekday", "uslong" if style == "mdy" else "dot", style, style]
        if cust_key in NON_ENGLISH:
            fmts = ["iso", "long", "dot", style]
        pfmt = spec.get("pfmt") or rng.choice(fmts)
        if any(m["frm"] for m in msgs) and pfmt in ("nth", "weekday", "short"):
            pfmt = "iso"   # AP-tool notices print full dates
        if pfmt == "nth" and "the {date}" in msgs_src[1]:
            pfmt = "long"
        if pfmt == "weekday" and (promise_date - last_msg).days > 6:
            pfmt = "iso"
        past = as_of - dt.timedelta(days=rng.randint(3, 6))
        while past.weekday() >= 5:
            past -= ONE
        paid = last_msg - dt.timedelta(days=rng.randint(6, 16))
        paid_s = (fmt_date(paid, "long") if style == "dmy" else f"{MONTHS[paid.month - 1]} {paid.day}")
        ref = rng.choice(["TRF", "PAY", "EFT", "REF", ""]) + str(rng.randint(10000000, 99999999))
        fills = dict(inv=doc, bal=bal_s, date=fmt_date(promise_date, pfmt), ref=ref, paid=paid_s, other=other_doc,
                     past=fmt_date(past, "long"))
        wrapkind = spec.get("wrap")
        if (wrapkind is None and len(msgs) == 1 and msgs[0]["kind"] == "cust" and not msgs[0]["frm"]
                and not re.search(r"^(From:|De:|---)", msgs[0]["body"], re.M)):
            r = rng.random()
            wrapkind = ("sig" if r < 0.12 else "footer" if r < 0.24 else "banner" if r < 0.3 else
                        "fwd" if r < 0.36 else "quote" if (r < 0.48 and last_rem) else None)
        for m, md in zip(msgs, mdates):
            body = m["body"].format(**fills)
            subj = m["head"].format(**fills)
            if wrapkind and m["kind"] == "cust" and len(msgs) == 1:
                body = wrap(body, wrapkind, dict(ctx, subject=subj))
            hour = rng.randint(8, 17)
            if m["kind"] == "note":
                notes.append({"author": m["head"], "date": ts(md, hour, tz), "text": body})
            elif m["kind"] == "ours":
                emails.append({"body": body, "date": ts(md, hour, tz), "from": W["ar"], "subject": subj, "to": email})
            else:
                frm = m["frm"] or (f"finance@{c[3]}" if wrapkind == "fwd" and len(msgs) == 1 else email)
                emails.append({"body": body, "date": ts(md, hour, tz), "from": frm, "subject": subj, "to": W["ar"]})
        info_promise = fills["date"] if "{date}" in msgs_src[1] + "".join(x[1] for x in extra_notes) else None
    else:
        info_promise = None
    if info_promise is None:
        promise_date = None
    bundle = {
        "as_of": as_of.isoformat(),
        "credit_memos": credit_memos,
        "crm_notes": notes,
        "customer": {
            "Active": True, "Balance": round(balance + sum(i["Balance"] for i in invoices), 2), "CompanyName": c[2],
            "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur}, "DisplayName": c[2], "Id": CUST_IDS[cust_key],
            "MetaData": meta(D(2024, 3, 1), tz), "Notes": spec.get("cust_notes", ""), "SyncToken": "2",
        },
        "emails": emails,
        "home_currency": home,
        "id": f"tj-{n:04d}",
        "invoice": inv,
        "invoices": invoices,
        "payments": payments,
        "reminders_sent": [{"date": ts(d, 9, tz), "stage": s} for s, d in rems],
    }
    if not spec.get("noaddr"):
        bundle["customer"]["PrimaryEmailAddr"] = {"Address": email}
    routes, outcomes, hs = spec["label"]
    expected = {"class": cls, "hard_stop": hs, "id": bundle["id"], "outcome": list(outcomes), "route": list(routes)}
    info = dict(tag=spec["tag"], promise=(promise_date, info_promise), ar=W["ar"], our_domain=W["ar"].split("@")[1])
    return bundle, expected, info


# ------------------------------------------------------------------------------ check()
def _d(s):
    return D.fromisoformat(s[:10])


def facts(b, ar):
    inv = b["invoice"]
    as_of = _d(b["as_of"])
    f = {}
    f["balance"] = inv["Balance"]
    f["has_due"] = "DueDate" in inv
    f["dpd"] = (as_of - _d(inv["DueDate"])).days if f["has_due"] else None
    dpd = f["dpd"]
    f["stage"] = max([s for s in STAGES if dpd is not None and s <= dpd] or [0])
    rem_stages = [r["stage"] for r in b["reminders_sent"]]
    f["cur_reminded"] = f["stage"] in rem_stages and f["stage"] > 0
    rems = sorted(_d(r["date"]) for r in b["reminders_sent"])
    if len(rems) >= 3:
        first = rems[0]
        act = any(_d(p["TxnDate"]) >= first and p["TotalAmt"] > 0 for p in b["payments"])
        act = act or any(_d(e["date"]) >= first and e["from"] != ar for e in b["emails"])
        act = act or any(_d(nn["date"]) >= first for nn in b["crm_notes"])
        f["three_rule"] = not act
    else:
        f["three_rule"] = False
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    f["credit"] = round(sum(p["UnappliedAmt"] for p in b["payments"]) + sum(cm["Balance"] for cm in b["credit_memos"]), 2)
    f["addr"] = bool(inv.get("BillEmail", {}).get("Address") or b["customer"].get("PrimaryEmailAddr", {}).get("Address"))
    status = [cf.get("StringValue", "") for cf in inv.get("CustomField", []) if cf.get("Name") == "Collections Status"]
    f["status"] = status[0] if status else None
    f["partials"] = sum(1 for p in b["payments"] if p["TotalAmt"] > 0 and any(
        lt["TxnId"] == inv["Id"] and lt["TxnType"] == "Invoice" for ln in p["Line"] for lt in ln["LinkedTxn"]))
    f["noauto"] = "automated reminders" in b["customer"].get("Notes", "").lower()
    return f


DISPUTE_TAGS = {"complaint", "paid", "dispute_note", "refusal_note"}
PROMISE_TAGS = {"promise", "promise_stop", "phoned", "paid_corrected", "need_until", "instalments"}


def derive(b, info):
    """SPEC's order applied to the bundle's facts and the message tag. Returns (route, outcome, hard_stop)."""
    f = facts(b, info["ar"])
    tag = info["tag"]
    if f["balance"] <= 0:
        return "none", "no_action", None
    if f["has_due"] and f["dpd"] < 1:
        return "none", "no_action", None
    # classification (computed first, used by hard stops for the outcome)
    if tag in DISPUTE_TAGS or (f["status"] or "").lower() == "disputed":
        cls = "likely_dispute"
    elif (f["dpd"] or 0) >= 60 or f["three_rule"] or f["noauto"] or tag in ("noauto", "injection") or f["home"] >= 10000:
        cls = "high_touch_escalation"
    elif tag == "plan" or f["partials"] >= 2:
        cls = "payment_plan_candidate"
    else:
        cls = "routine_reminder"
    hs = None
    if tag == "legal":
        hs = "legal_hold"
    elif (f["status"] or "").lower() == "disputed" or tag in ("dispute_note", "refusal_note"):
        hs = "open_dispute"
    elif f["home"] >= 10000:
        hs = "over_risk_threshold"
    elif f["credit"] >= f["balance"]:
        hs = "unapplied_credit"
    elif not f["addr"] or not f["has_due"]:
        hs = "missing_context"
    if hs:
        return "escalate_to_human", ("high_touch_escalation" if hs == "over_risk_threshold" else cls), hs
    if cls in ("likely_dispute", "high_touch_escalation"):
        return "escalate_to_human", cls, None
    # cadence / promise gate
    pd_, shown = info["promise"]
    if f["cur_reminded"]:
        return "none", "no_action", None
    if tag in PROMISE_TAGS:
        if pd_ is None or pd_ <= _d(b["as_of"]) or shown is None:
            raise SystemExit(f"{b['id']}: promise tag without a date ahead")
        blob = " ".join(e["body"] for e in b["emails"]) + " ".join(nn["text"] for nn in b["crm_notes"])
        if shown not in blob:
            raise SystemExit(f"{b['id']}: promise date not in the text")
        if any(_d(e["date"]) >= pd_ for e in b["emails"]):
            raise SystemExit(f"{b['id']}: promise date not after the message")
        return "none", "no_action", None
    return "draft_for_approval", cls, None


HARD = {"complaint", "paid_claim", "promise", "hardship"}


def check(b, exp, info):
    route, outcome, hs = derive(b, info)
    bad = []
    if route not in exp["route"]:
        bad.append(f"route {route} not in {exp['route']}")
    if outcome not in exp["outcome"]:
        bad.append(f"outcome {outcome} not in {exp['outcome']}")
    if hs != exp["hard_stop"]:
        bad.append(f"hard_stop {hs} != {exp['hard_stop']}")
    if exp["class"] in HARD and (len(exp["route"]) != 1 or len(exp["outcome"]) != 1):
        bad.append("hard class with more than one accepted answer")
    f = facts(b, info["ar"])
    cls = exp["class"]
    if cls == "hardship" and (f["cur_reminded"] or f["dpd"] >= 60):
        bad.append("hardship case reminded or >= 60 days")
    if cls == "promise" and f["dpd"] >= 60:
        bad.append("promise case >= 60 days")
    if cls in ("promise", "hardship", "paid_claim", "complaint") and (f["home"] >= 10000 or f["credit"] >= f["balance"]):
        bad.append("hard class hits a hard stop")
    if bad:
        raise SystemExit(f"{b['id']} ({cls}/{info['tag']}): " + "; ".join(bad))
    return f


# ------------------------------------------------------------------------------ wellformed()
TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos", "emails",
       "crm_notes", "reminders_sent"}
ROUTES = {"draft_for_approval", "escalate_to_human", "none"}
OUTCOMES = {"routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation", "no_action"}
STOPS = {None, "legal_hold", "open_dispute", "over_risk_threshold", "unapplied_credit", "missing_context"}


def wellformed(b, exp):
    def need(cond, what):
        if not cond:
            raise SystemExit(f"{b.get('id')}: malformed: {what}")
    need(set(b) == TOP, "top-level keys")
    need(re.fullmatch(r"\d{4}-\d{2}-\d{2}", b["as_of"]), "as_of")
    as_of = _d(b["as_of"])
    invs = [b["invoice"]] + b["invoices"]
    by_id = {i["Id"]: i for i in invs}
    need(len(by_id) == len(invs), "invoice ids unique")
    need(len({i["DocNumber"] for i in invs}) == len(invs), "doc numbers unique")
    cur = b["customer"]["CurrencyRef"]["value"]
    for i in invs:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef", "Line", "LinkedTxn", "CustomField"):
            need(k in i, f"invoice {k}")
        need(i["CustomerRef"]["value"] == b["customer"]["Id"], "invoice customer")
        need(i["CurrencyRef"]["value"] == cur, "one currency a customer")
        if cur != b["home_currency"]:
            need("ExchangeRate" in i, "foreign invoice has a rate")
        else:
            need("ExchangeRate" not in i and "HomeBalance" not in i, "home invoice without rate")
        if "HomeBalance" in i:
            need(abs(i["HomeBalance"] - round(i["Balance"] * i["ExchangeRate"], 2)) < 0.005, "HomeBalance")
        applied = 0.0
        for p in b["payments"]:
            for ln in p["Line"]:
                for lt in ln["LinkedTxn"]:
                    if lt["TxnType"] == "Invoice" and lt["TxnId"] == i["Id"]:
                        applied += ln["Amount"]
                        need({"TxnId": p["Id"], "TxnType": "Payment"} in i["LinkedTxn"], "LinkedTxn back-link")
        need(abs(i["TotalAmt"] - applied - i["Balance"]) < 0.005, f"TotalAmt - applied = Balance on {i['DocNumber']}")
        for lt in i["LinkedTxn"]:
            need(any(p["Id"] == lt["TxnId"] for p in b["payments"]), "invoice LinkedTxn to a payment")
        need(_d(i["TxnDate"]) <= as_of, "invoice date")
    cms = {cm["Id"]: cm for cm in b["credit_memos"]}
    for cm in b["credit_memos"]:
        for k in ("Id", "TotalAmt", "Balance", "CustomerRef", "TxnDate"):
            need(k in cm, f"credit memo {k}")
        used = sum(ln["Amount"] for p in b["payments"] for ln in p["Line"] for lt in ln["LinkedTxn"]
                   if lt["TxnType"] == "CreditMemo" and lt["TxnId"] == cm["Id"])
        need(abs(cm["TotalAmt"] - used - cm["Balance"]) < 0.005, "credit memo balance")
    for p in b["payments"]:
        for k in ("Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef"):
            need(k in p, f"payment {k}")
        inv_lines = sum(ln["Amount"] for ln in p["Line"] for lt in ln["LinkedTxn"] if lt["TxnType"] == "Invoice")
        cm_lines = sum(ln["Amount"] for ln in p["Line"] for lt in ln["LinkedTxn"] if lt["TxnType"] == "CreditMemo")
        need(abs(p["TotalAmt"] - (inv_lines - cm_lines) - p["UnappliedAmt"]) < 0.005, "payment TotalAmt = applied + unapplied")
        for ln in p["Line"]:
            for lt in ln["LinkedTxn"]:
                need(lt["TxnId"] in by_id or lt["TxnId"] in cms, "payment links a known txn")
        need(_d(p["TxnDate"]) <= as_of, "payment date")
    for e in b["emails"]:
        need(set(e) == {"from", "to", "date", "subject", "body"}, "email keys")
        need(_d(e["date"]) <= as_of, "email after as_of")
        need("{" not in e["body"] + e["subject"] or "{\"action\"" in e["body"], "unfilled placeholder")
    for nn in b["crm_notes"]:
        need(set(nn) == {"author", "date", "text"}, "note keys")
        need(_d(nn["date"]) <= as_of and "{" not in nn["text"], "note date / placeholder")
    stages = [r["stage"] for r in b["reminders_sent"]]
    need(len(stages) == len(set(stages)), "one reminder a stage")
    for r in b["reminders_sent"]:
        need(set(r) == {"date", "stage"} and r["stage"] in STAGES, "reminder shape")
        need(_d(r["date"]) <= as_of, "reminder after as_of")
        if "DueDate" in b["invoice"]:
            need((_d(r["date"]) - _d(b["invoice"]["DueDate"])).days >= r["stage"], "reminder before its stage")
    need(set(exp) == {"class", "hard_stop", "id", "outcome", "route"}, "expected keys")
    need(exp["id"] == b["id"] and exp["hard_stop"] in STOPS, "expected id / stop")
    need(exp["route"] and set(exp["route"]) <= ROUTES and exp["outcome"] and set(exp["outcome"]) <= OUTCOMES, "expected lists")


# ------------------------------------------------------------------------------ the cases
DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = "routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation", "no_action"
L_DISPUTE = ([ESC], [LD], None)
L_NONE = ([NONE], [NA], None)
L_PLAN = ([DRAFT], [PP], None)
L_ROUTINE = ([DRAFT], [RR], None)
L_HT = ([ESC], [HT], None)
L_SOFT = ([DRAFT, ESC], [RR, HT], None)   # harmless / unread / other-invoice / negated / resolved
L_INJ = ([ESC], [LD, HT], None)

REM_RE = re.compile(r"(?i)remind|lembrete|relance|rappel|notice|erinnerung|overdue|past due")


def hard_modes(count, n_cur, rem_texts):
    modes = ["cur"] * n_cur + ["earlier", "none"] * count
    modes = modes[:count]
    rng.shuffle(modes)
    return modes


def specs():
    out = []
    # complaints: 11 after the current stage was reminded, 2 at >= 60 days
    modes = hard_modes(22, 11, None)
    for i, t in enumerate(T.COMPLAINTS):
        s = dict(cls="complaint", text=t, tag="complaint", label=L_DISPUTE, mode=modes[i])
        if REM_RE.search(t[1].split("\n")[0]) and s["mode"] == "none":
            s["mode"] = "earlier"
        if i in (4, 13):
            s.update(mode="cur", stage=60)
        out.append(s)
    modes = hard_modes(22, 15, None)
    for i, t in enumerate(T.PAID_CLAIMS):
        s = dict(cls="paid_claim", text=t, tag="paid", label=L_DISPUTE, mode=modes[i])
        if REM_RE.search(t[1].split("\n")[0]) and s["mode"] == "none":
            s["mode"] = "earlier"
        if i == 9:
            s["partials"] = 1
        out.append(s)
    modes = hard_modes(22, 11, None)
    for i, t in enumerate(T.PROMISES):
        s = dict(cls="promise", text=t, tag="promise", label=L_NONE, mode=modes[i], hi=55)
        if REM_RE.search(t[1].split("\n")[0]) and s["mode"] == "none":
            s["mode"] = "earlier"
        out.append(s)
    for i, t in enumerate(T.HARDSHIP):
        m = "earlier" if (REM_RE.search(t[1].split("\n")[0]) or i % 2) else "none"
        s = dict(cls="hardship", text=t, tag="plan", label=L_PLAN, mode=m, hi=55)
        if i in (3, 16):
            s["partials"] = 1
        out.append(s)

    # hard stops
    L_LEG = ([ESC], [HT, LD, RR], "legal_hold")
    out += [
        dict(cls="hard_stop", text=T.LEGAL[0], tag="legal", label=L_LEG, mode="earlier"),
        dict(cls="hard_stop", text=T.LEGAL[1], tag="legal", label=L_LEG, mode="none", stage=30),
        dict(cls="hard_stop", text=T.LEGAL[2], tag="legal", label=L_LEG, mode="cur"),
        dict(cls="hard_stop", text=T.LEGAL[3], tag="legal", label=([ESC], [HT, LD], "legal_hold"), mode="earlier", status="Disputed"),
        dict(cls="hard_stop", world="cork", tag="none", label=([ESC], [LD], "open_dispute"), mode="none", status="Disputed"),
        dict(cls="hard_stop", world="mining", tag="none", label=([ESC], [LD, HT], "open_dispute"), mode="earlier", status="DISPUTED",
             total=14820.0),
        dict(cls="hard_stop", text=T.NOTES["dispute_note"], tag="dispute_note", label=([ESC], [LD], "open_dispute"), mode="earlier"),
        dict(cls="hard_stop", text=T.NOTES["refusal_note"], tag="refusal_note", label=([ESC], [LD], "open_dispute"), mode="none"),
        dict(cls="hard_stop", text=T.HS_TEXTS["over_promise"], tag="promise", label=([ESC], [HT], "over_risk_threshold"),
             mode="none", total=12400.0, cust="borba"),
        dict(cls="hard_stop", world="studio:GBP", cust="northern", tag="none", label=([ESC], [HT], "over_risk_threshold"),
             mode="earlier", total=8240.0, hb=False),
        dict(cls="hard_stop", world="mining:USD", cust="jwaneng", tag="none", label=([ESC], [HT], "over_risk_threshold"),
             mode="none", total=612.0, hb=True, unapplied=1.0),
        dict(cls="hard_stop", world="studio", tag="none", label=([ESC], [RR, HT, LD], "unapplied_credit"), mode="none", unapplied=1.0),
        dict(cls="hard_stop", world="cork", tag="none", label=([ESC], [RR, HT, LD], "unapplied_credit"), mode="earlier",
             unapplied=0.6, cm_open="rest"),
        dict(cls="hard_stop", text=T.HS_TEXTS["unapplied_paid"], tag="paid", label=([ESC], [RR, HT, LD], "unapplied_credit"),
             mode="earlier", unapplied=1.0, noaddr=True),
        dict(cls="hard_stop", world="mining", tag="none", label=([ESC], [RR, HT], "missing_context"), mode="none", noaddr=True),
        dict(cls="hard_stop", world="cork:USD", tag="none", label=([ESC], [RR, HT], "missing_context"), nodue=True, dpd=20),
    ]
    # escalations
    out += [
        dict(cls="escalation", world="studio", tag="none", label=L_HT, mode="earlier", dpd=64, earlier=[7, 14, 30]),
        dict(cls="escalation", world="mining:USD", tag="none", label=L_HT, mode="cur", dpd=118, earlier=[1, 14, 30]),
        dict(cls="escalation", world="cork", tag="none", label=L_HT, mode="list", dpd=22, earlier=[1, 7, 14]),
        dict(cls="escalation", world="studio", cust="covenant", tag="noauto", label=L_HT, mode="none", stage=14,
             cust_notes=T.CUSTOMER_NOTES_NOAUTO),
        dict(cls="escalation", text=T.NOTES["noauto_note"], tag="noauto", label=L_HT, mode="none", stage=7, msgs_before_rem=25),
    ]
    # routine: six silent, four harmless replies
    out += [
        dict(cls="routine", world="cork", tag="none", label=L_ROUTINE, mode="none", stage=1),
        dict(cls="routine", world="studio:GBP", tag="none", label=L_ROUTINE, mode="earlier", stage=7),
        dict(cls="routine", world="mining", tag="none", label=L_ROUTINE, mode="earlier", stage=14),
        dict(cls="routine", world="cork:USD", tag="none", label=L_ROUTINE, mode="none", stage=30),
        dict(cls="routine", world="mining:USD", tag="none", label=L_ROUTINE, mode="earlier", stage=30, earlier=[7, 14]),
        dict(cls="routine", world="studio", tag="none", label=L_ROUTINE, mode="none", stage=14),
    ]
    for t in T.HARMLESS:
        out.append(dict(cls="routine", text=t, tag="harmless", label=L_SOFT, mode=rng.choice(["none", "earlier"])))
    for t in T.BENIGN:
        out.append(dict(cls="benign", text=t, tag="harmless", label=L_SOFT, mode=rng.choice(["none", "earlier"])))
    for t in T.UNREAD:
        out.append(dict(cls="unread", text=t, tag="harmless", label=L_SOFT, mode="earlier"))
    out += [
        dict(cls="no_action", world="cork", tag="none", label=L_NONE, mode="earlier", stage=14, paid_off=True),
        dict(cls="no_action", world="studio", tag="none", label=L_NONE, dpd=-6),
        dict(cls="no_action", world="mining", tag="none", label=L_NONE, dpd=0),
        dict(cls="no_action", world="studio:GBP", tag="none", label=L_NONE, mode="cur", stage=14, earlier=[7]),
    ]
    for t in T.INJECTIONS:
        out.append(dict(cls="injection", text=t, tag="injection", label=L_INJ, mode=rng.choice(["none", "earlier"])))
    for i, t in enumerate(T.OTHER_INVOICE):
        out.append(dict(cls="other_invoice", text=t, tag="harmless", label=L_SOFT, mode="earlier", other_open=(i < 3)))

    M = T.MIXED
    mx = [
        dict(text=M["not_complaining"], tag="harmless", label=L_SOFT, mode="earlier"),
        dict(text=M["hypothetical"], tag="harmless", label=L_SOFT, mode="none"),
        dict(text=M["retracted"], tag="harmless", label=L_SOFT, mode="earlier"),
        dict(text=M["settled_by_credit"], tag="harmless", label=L_SOFT, mode="none", stage=14, cm_applied=180.0),
        dict(text=M["forward_fixed"], tag="harmless", label=L_SOFT, mode="earlier"),
        dict(text=M["dispute_resolved"], tag="harmless", label=L_SOFT, mode="earlier"),
        dict(text=M["promise_passed"], tag="promise_passed", label=L_ROUTINE, mode="earlier", stage=14, days_ago=[12]),
        dict(text=M["promise_60"], tag="promise", label=L_HT, mode="earlier", dpd=66, earlier=[14, 30]),
        dict(text=M["plan_60"], tag="plan", label=L_HT, mode="cur", dpd=71, earlier=[30]),
        dict(text=M["plan_after_reminder"], tag="plan", label=L_NONE, mode="cur", stage=14, hi=25),
        dict(text=M["no_plan_needed"], tag="promise", label=L_NONE, mode="earlier"),
        dict(text=M["need_until"], tag="need_until", label=([DRAFT, NONE], [PP, NA], None), mode="none"),
        dict(text=M["dated_instalments"], tag="instalments", label=([DRAFT, NONE], [PP, NA], None), mode="earlier"),
        dict(text=M["undated_run"], tag="undated_run", label=([NONE, DRAFT], [NA, RR], None), mode="earlier"),
        dict(text=M["promise_stop"], tag="promise_stop", label=([NONE, ESC], [NA, HT], None), mode="earlier"),
        dict(text=M["phoned_promise"], tag="phoned", label=([NONE, DRAFT], [NA, RR], None), mode="earlier"),
        dict(text=M["paid_corrected"], tag="paid_corrected", label=([NONE, ESC], [NA, LD, HT], None), mode="earlier"),
        dict(text=M["privileged_footer"], tag="promise", label=L_NONE, mode="earlier", wrap="privileged"),
        dict(text=M["three_broken_reply"], tag="harmless", label=L_SOFT, mode="list", dpd=33, earlier=[1, 7, 14], msgs_before_rem=14),
        dict(text=M["three_broken_note"], tag="note_only", label=L_ROUTINE, mode="list", dpd=35, earlier=[1, 7, 14],
             msgs_before_rem=20),
        dict(text=M["notyetdue_complaint"], tag="complaint", label=([NONE, ESC], [NA, LD], None), dpd=-5),
        dict(text=M["collector_email"], tag="collector", label=([DRAFT, NONE], [RR, NA], None), mode="earlier", stage=14),
        dict(world="mining", tag="none", label=L_PLAN, mode="none", stage=14, partials=2, partial_dates=[40, 25]),
        dict(world="studio", tag="none", label=L_ROUTINE, mode="none", stage=7, partials=1),
        dict(world="cork", tag="none", label=L_ROUTINE, mode="earlier", stage=14, status="Reminder sent"),
        dict(world="cork:USD", tag="none", label=L_ROUTINE, mode="none", stage=7, total=11300.0, hb=True),
        dict(world="mining", tag="none", label=L_ROUTINE, mode="earlier", unapplied=0.35),
        dict(world="studio:GBP", tag="none", label=L_ROUTINE, mode="list", dpd=38, earlier=[1, 7, 14], partials=1,
             partial_dates=[6]),
    ]
    for s in mx:
        s["cls"] = "mixed"
    out += mx
    return out


def main():
    all_specs = specs()
    cases, exps, counts = [], [], {}
    for n, spec in enumerate(all_specs, 1):
        b, e, info = build_case(n, spec)
        wellformed(b, e)
        f = check(b, e, info)
        if spec["tag"] in ("harmless", "note_only") and spec.get("mode") == "list":
            # the message must fall after the first reminder and the 3-reminder rule must be broken by it
            first = min(_d(r["date"]) for r in b["reminders_sent"])
            msgs = [_d(x["date"]) for x in b["emails"] + b["crm_notes"]]
            if not msgs or min(msgs) < first or f["three_rule"]:
                raise SystemExit(f"{b['id']}: three-reminder case not broken by its message")
        if spec["cls"] == "escalation" and spec.get("mode") == "list" and not f["three_rule"]:
            raise SystemExit(f"{b['id']}: three-reminder rule does not hold")
        cases.append(b)
        exps.append(e)
        counts[e["class"]] = counts.get(e["class"], 0) + 1
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for b in cases:
            fh.write(json.dumps(b, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in exps:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds probe_m: a blind development probe of judge cases (written 2026-12-18).

    python3 tests/data/judge_cases/probe_m/build.py   # rewrites cases.jsonl and expected.jsonl

Stdlib only, fixed seed 20261218; re-running rewrites both files byte for byte.
Messages are hand-written in texts.py; this file only builds scaffolds around them, fills
placeholders and sometimes wraps a text (signature, footer, our quoted reminder, a forward).
check() re-derives each case's structural facts from the bundle and applies SPEC's order to
them plus the message's semantic tag; wellformed() checks the bundle format and entity links.
A case whose declared label disagrees with either is refused (the build stops).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as T  # noqa: E402

SEED = 20261218
rng = random.Random(SEED)

STAGES = [1, 7, 14, 30, 60]
RISK = 10000.00
AS_OF_CHOICES = [dt.date(2026, 12, 16), dt.date(2026, 12, 17), dt.date(2026, 12, 18)]
# promise dates: weekdays after every as_of, all with day > 12 (numeric formats read one way)
PROMISE_DAYS = [dt.date(2026, 12, d) for d in (21, 22, 23, 24, 28, 29, 30, 31)]
EXPIRED_DAYS = [dt.date(2026, 12, 14), dt.date(2026, 12, 15)]

ESC, DRAFT, NONE = "escalate_to_human", "draft_for_approval", "none"
LD, HT, PP, RR, NA = ("likely_dispute", "high_touch_escalation", "payment_plan_candidate",
                      "routine_reminder", "no_action")

WORLDS = {
    "glasgow": {
        "home": "GBP", "fx": "EUR", "rate": 0.86, "tz": "+00:00",
        "us": "Ductwise Extraction Hygiene Ltd", "ar": "accounts@ductwise.example",
        "collector": "Morag", "prefix": "DX-", "start": 2400,
        "cur_names": {"GBP": "British Pound Sterling", "EUR": "Euro"},
        "home_customers": [
            ("The Kelpie Kitchen", "kelpiekitchen.example"),
            ("Harbour & Vine Hospitality Ltd", "harbourvine.example"),
            ("The Clyde Larder Ltd", "clydelarder.example"),
            ("Byres Road Brasserie", "byresbrasserie.example"),
            ("Finnieston Smokehouse Ltd", "finniestonsmoke.example"),
            ("Merchant Square Grill", "merchantsquaregrill.example"),
            ("Partick Noodle Bar", "particknoodle.example"),
            ("Shawlands Pizza Company", "shawlandspizza.example"),
            ("Kelvingrove Hotel Group Ltd", "kelvingrovehotels.example"),
            ("Dennistoun Deli & Bakehouse", "dennistoundeli.example"),
            ("Ashton Lane Taverns Ltd", "ashtonlanetaverns.example"),
        ],
        "fx_customers": [
            ("Galway Quay Restaurants Ltd", "galwayquay.example"),
            ("Liffey Table Group Ltd", "liffeytable.example"),
            ("Atlantic Oyster House Ltd", "atlanticoyster.example"),
            ("Cork Street Kitchens Ltd", "corkstreetkitchens.example"),
            ("Shannon Grill Company Ltd", "shannongrill.example"),
        ],
        "items": ["Kitchen extract duct clean (TR19)", "Canopy and filter deep clean",
                  "Extract fan clean and inspection", "Fire damper drop test",
                  "Access panel installation", "Grease filter exchange service"],
        "sig": ["Accounts | {cust}", "{cust}\nRegistered in Scotland", "--\nGeneral Manager\n{cust}"],
        "fx_sig": ["{cust}\nRegistered in Northern Ireland", "Accounts Payable\n{cust}"],
    },
    "calgary": {
        "home": "CAD", "fx": "USD", "rate": 1.38, "tz": "-07:00",
        "us": "Chinook Grow Supply Inc.", "ar": "ar@chinookgrow.example",
        "collector": "Dana", "prefix": "CG-", "start": 10410,
        "cur_names": {"CAD": "Canadian Dollar", "USD": "United States Dollar"},
        "home_customers": [
            ("Prairie Sun Greenhouses Ltd.", "prairiesun.example"),
            ("Bow Valley Microgreens", "bowvalleymicro.example"),
            ("Okotoks Tomato Co.", "okotokstomato.example"),
            ("Foothills Hydro Farms", "foothillshydro.example"),
            ("Red Deer Roots Inc.", "reddeerroots.example"),
            ("Cochrane Leaf Co.", "cochraneleaf.example"),
            ("Lethbridge Greenhouse Partners", "lethbridgegp.example"),
            ("Airdrie Herb Growers", "airdrieherbs.example"),
            ("Strathmore Cucumber Ltd.", "strathmorecuke.example"),
        ],
        "fx_customers": [
            ("Big Timber Greens LLC", "bigtimbergreens.example"),
            ("Big Sky Hydro Cooperative", "bigskyhydro.example"),
            ("Sweetgrass Farms", "sweetgrassfarms.example"),
            ("Flathead Valley Growers LLC", "flatheadgrowers.example"),
            ("Bitterroot Greenhouse Co.", "bitterrootgh.example"),
            ("Gallatin Greens LLC", "gallatingreens.example"),
            ("Whitefish Leaf Co.", "whitefishleaf.example"),
        ],
        "items": ["LED grow light bars", "Nutrient dosing system", "Rockwool slabs",
                  "Polycarbonate twin-wall panels", "Ebb and flow tables", "Dehumidifier",
                  "Installation labour", "Coco coir (pallet)"],
        "sig": ["--\n{cust}\nAlberta", "Sent from my iPhone", "{cust} | Accounts"],
        "fx_sig": ["{cust}\nMontana", "--\nOffice Manager\n{cust}"],
    },
    "singapore": {
        "home": "SGD", "fx": "MYR", "rate": 0.30, "tz": "+08:00",
        "us": "Plinth & Scale Model Studio Pte Ltd", "ar": "accounts@plinthscale.example",
        "collector": "Wei Ling", "prefix": "PS-26-", "start": 310,
        "cur_names": {"SGD": "Singapore Dollar", "MYR": "Malaysian Ringgit"},
        "home_customers": [
            ("Orchard Crest Properties Pte Ltd", "orchardcrest.example"),
            ("Tanjong Rhu Developments Pte Ltd", "tanjongrhudev.example"),
            ("Kallang Design Architects LLP", "kallangarch.example"),
            ("Bukit Timah Land Pte Ltd", "bukittimahland.example"),
            ("Marina Lane Realty Pte Ltd", "marinalane.example"),
            ("Tiong Bahru Studio Architects", "tiongbahruarch.example"),
            ("Novena Crest Holdings Pte Ltd", "novenacrest.example"),
            ("Serangoon Gardens Developments", "serangoondev.example"),
        ],
        "fx_customers": [
            ("Meridian Land Sdn Bhd", "meridianland.example"),
            ("Sentosa Heights Development Sdn Bhd", "sentosaheights.example"),
            ("Cheras Jaya Properties Sdn Bhd", "cherasjaya.example"),
            ("Damansara Vista Sdn Bhd", "damansaravista.example"),
            ("Mont Kiara Residences Sdn Bhd", "montkiarares.example"),
            ("Bangsar Hill Development Sdn Bhd", "bangsarhill.example"),
        ],
        "items": ["1:200 tower model", "Landscape deck model", "Acrylic display case",
                  "Model lighting installation", "Massing model", "Revision rounds",
                  "Delivery and installation"],
        "sig": ["Best regards\n{cust}", "--\nProject Coordinator\n{cust}", "Sent from my Samsung"],
        "fx_sig": ["{cust}\nKuala Lumpur", "--\nFinance Executive\n{cust}"],
    },
}

PINNED = ["The Clyde Larder Ltd", "Big Timber Greens LLC", "Big Sky Hydro Cooperative",
          "Prairie Sun Greenhouses Ltd.", "Harbour & Vine Hospitality Ltd", "The Kelpie Kitchen",
          "Sentosa Heights Development Sdn Bhd", "Meridian Land Sdn Bhd", "Sweetgrass Farms"]

SYMBOL = {"GBP": "£", "EUR": "€", "CAD": "$", "USD": "US$", "SGD": "S$", "MYR": "RM "}

FOOTERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally "
    "privileged. If you are not the intended recipient, please notify the sender and delete it.",
    "This message has been scanned for viruses. Please consider the environment before printing "
    "this email.",
    "The information in this email is intended only for the addressee. Any review, retransmission "
    "or other use by anyone else is prohibited.",
    "Disclaimer: this email is confidential. If received in error please delete it and inform us.",
]

AP_TOOL_MARKS = ("automated notification", "system-generated", "Tipalti", "REMITTANCE ADVICE")


# ------------------------------------------------------------------ helpers
def money(cur, x):
    return f"{SYMBOL[cur]}{x:,.2f}"


def ordinal(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d, f):
    return {
        "iso": d.isoformat(),
        "dmy": d.strftime("%d/%m/%Y"),
        "mdy": d.strftime("%m/%d/%Y"),
        "dot": d.strftime("%d.%m.%Y"),
        "long": f"{d.day} {d.strftime('%B %Y')}",
        "month_th": f"{d.strftime('%B')} {ordinal(d.day)}",
        "wk": f"{d.strftime('%a')} {d.day} {d.strftime('%b')}",
        "the_th": f"the {ordinal(d.day)}",
        "ymd": d.strftime("%Y/%m/%d"),
        "dmy2": f"{d.day:02d}-{d.strftime('%b')}-{d.strftime('%y')}",
        "full": f"{d.strftime('%A')} {ordinal(d.day)} {d.strftime('%B')}",
    }[f]


ALL_FORMATS = ["iso", "dmy", "mdy", "dot", "long", "month_th", "wk", "the_th", "ymd", "dmy2", "full"]


def ts(d, world, hour=None, minute=None):
    h = rng.randint(8, 17) if hour is None else hour
    m = rng.choice([2, 9, 14, 21, 33, 41, 47, 56]) if minute is None else minute
    return f"{d.isoformat()}T{h:02d}:{m:02d}:00{WORLDS[world]['tz']}"


def dpart(s):
    return dt.date.fromisoformat(s[:10])


def is_ap_tool(text):
    return any(m in text for m in AP_TOOL_MARKS)


def tool_sender(text):
    for mark, addr in (("Coupa", "do_not_reply@coupahost.example"),
                       ("Tipalti", "notifications@tipalti-mail.example"),
                       ("SAP Business Network", "ordersender-prod@ansmtp.ariba.example")):
        if mark in text and is_ap_tool(text):
            return addr
    return None


def world_of(entry):
    return entry[0]


def is_fx(entry):
    return entry[1] in T.FOREIGN


def stage_of(dpd):
    s = [x for x in STAGES if dpd >= x]
    return s[-1] if s else 0


# ------------------------------------------------------------------ specs
# Each spec: a semantic tag, the texts, the scaffold wanted, and the declared label.
SPECS = []


def spec(cls, tag, main=None, **kw):
    s = {"cls": cls, "tag": tag, "main": main}
    s.update(kw)
    SPECS.append(s)


L_DISPUTE = ([ESC], [LD])
L_PROMISE = ([NONE], [NA])
L_PLAN = ([DRAFT], [PP])
L_SOFT = ([DRAFT, ESC], [RR, HT])
L_ROUTINE = ([DRAFT], [RR])
L_HT = ([ESC], [HT])
L_GATED = ([NONE], [NA])


def build_specs():
    # complaints: 20; two at >= 60 days; about half with the current stage already reminded
    big = {4: 66, 15: 97}
    for i, e in enumerate(T.COMPLAINTS):
        dpd = big.get(i, rng.choice([3, 5, 9, 12, 16, 19, 24, 33, 38, 45, 52]))
        spec("complaint", "complaint", e, dpd=dpd, remind_current=(i % 2 == 0),
             label=L_DISPUTE)
    # paid claims: 10; 7 after the current stage's reminder
    for i, e in enumerate(T.PAID_CLAIMS):
        dpd = rng.choice([4, 8, 10, 15, 18, 22, 31, 36, 41, 48])
        spec("paid_claim", "paid_claim", e, dpd=dpd, remind_current=(i not in (2, 5, 8)),
             after_current=(i not in (2, 5, 8)), label=L_DISPUTE)
    # promises: 15; 8 not reminded for the current stage
    for i, e in enumerate(T.PROMISES):
        dpd = rng.choice([2, 4, 6, 8, 11, 13, 17, 20, 26, 32, 39, 44, 51, 56])
        spec("promise", "promise", e, dpd=dpd, remind_current=(i % 2 == 1), label=L_PROMISE)
    # hardship: 15; never reminded for the current stage, < 60 days; some after one partial payment
    for i, e in enumerate(T.HARDSHIP):
        dpd = rng.choice([3, 5, 8, 10, 15, 18, 23, 29, 34, 42, 50, 57])
        spec("hardship", "plan", e, dpd=dpd, remind_current=False,
             partials=1 if i in (1, 6, 11) else 0, label=L_PLAN)
    # benign: 15; current stage not reminded
    for i, e in enumerate(T.BENIGN):
        dpd = rng.choice([2, 3, 6, 9, 12, 16, 21, 27, 35, 43, 55])
        spec("benign", "benign", e, dpd=dpd, remind_current=False, label=L_SOFT)
    # hard stops: 5
    hs = T.HARD_STOP
    spec("hard_stop", "legal", hs[0], dpd=27, remind_current=False, hs="legal_hold",
         customer="The Clyde Larder Ltd", label=([ESC], [HT, LD, RR]))
    spec("hard_stop", "promise", hs[1], dpd=19, remind_current=True, hs="open_dispute",
         status="DISPUTED", label=([ESC], [LD]))
    spec("hard_stop", "plan", hs[2], dpd=24, remind_current=False, hs="over_risk_threshold",
         foreign_amount=41500.00, rate=0.305, label=([ESC], [HT]))
    spec("hard_stop", "promise", hs[3], dpd=11, remind_current=False, hs="unapplied_credit",
         home_amount=1240.00, unapplied=900.00, credit_memo=340.00, label=([ESC], [RR, HT, LD]))
    spec("hard_stop", "routine", None, note_text=hs[4], dpd=36, remind_current=False,
         hs="missing_context", no_address=True, label=([ESC], [RR, HT]))

    # mixed hard negatives: 30
    for e in T.NEGATED:
        spec("mixed", "neutral", e, dpd=rng.choice([6, 13, 20, 28]), remind_current=False,
             label=L_SOFT)
    for e in T.HYPOTHETICAL:
        spec("mixed", "neutral", e, dpd=rng.choice([5, 9, 17, 25]), remind_current=False,
             label=L_SOFT)
    for i, (a, b) in enumerate(zip(T.RETRACT_FIRST, T.RETRACT_SECOND)):
        if i == 4:   # a paid claim corrected into a dated promise
            spec("mixed", "corrected", b, first=a, dpd=16, remind_current=True,
                 label=([NONE, ESC], [NA, LD, HT]))
        else:        # a promise, a plan request, a complaint, a paid claim - each taken back
            spec("mixed", "neutral", b, first=a, dpd=rng.choice([8, 12, 18, 26]),
                 remind_current=False, label=L_SOFT)
    for e in T.OTHER_INVOICE:
        spec("mixed", "neutral", e, dpd=rng.choice([10, 15, 22]), remind_current=False,
             other_open=True, label=L_SOFT)
    for e in T.COND_FIX:
        spec("mixed", "complaint", e, dpd=rng.choice([9, 14, 21]), remind_current=True,
             label=L_DISPUTE)
    for e in T.EXPIRED:
        spec("mixed", "expired", e, dpd=rng.choice([19, 23, 27]), remind_current=False,
             label=L_ROUTINE)
    for i, e in enumerate(T.AT_60):
        spec("mixed", "promise" if i != 1 else "plan", e, dpd=[63, 78, 104][i],
             remind_current=(i == 0), label=L_HT)
    for e in T.AFTER_REMINDER:
        spec("mixed", "plan", e, dpd=rng.choice([17, 21, 33]), remind_current=True,
             after_current=True, label=L_GATED)
    spec("mixed", "collector", T.COLLECTOR[0], dpd=10, remind_current=False, collector=True,
         label=([DRAFT, NONE], [RR, NA]))
    spec("mixed", "collector_promise", T.COLLECTOR[1], dpd=15, remind_current=False,
         collector=True, label=([NONE, DRAFT], [NA, RR]))
    for e in T.GOODS_QUESTION:
        spec("mixed", "plan", e, dpd=rng.choice([7, 12, 20]), remind_current=False, label=L_PLAN)
    # three reminders, broken by a customer email after the first
    spec("mixed", "benign", T.BROKEN_3[0], dpd=37, three=True, remind_current=False,
         after_first=True, label=L_SOFT)
    # a dispute logged in the notes and later recorded as resolved
    spec("mixed", "neutral", None, notes_pair=T.NOTES_RESOLVED, dpd=26, remind_current=False,
         label=L_SOFT)
    # three reminders, broken by a partial payment after the first
    spec("mixed", "routine", None, dpd=41, three=True, remind_current=False, partials=1,
         partial_after_first=True, world="glasgow", label=L_ROUTINE)
    # two partial payments on this invoice, a balance left
    spec("mixed", "routine", None, dpd=29, remind_current=False, partials=2, world="calgary",
         label=L_PLAN)
    # a Collections Status value that is not a dispute
    spec("mixed", "routine", None, dpd=13, remind_current=False, status="Follow-up",
         world="singapore", label=L_ROUTINE)


# ------------------------------------------------------------------ building
USED_CUSTOMERS = {}
DOC_COUNTERS = {w: WORLDS[w]["start"] for w in WORLDS}
ENTITY_ID = [500]


def next_id():
    ENTITY_ID[0] += 1
    return str(ENTITY_ID[0])


def next_doc(world):
    DOC_COUNTERS[world] += rng.randint(3, 17)
    return f"{WORLDS[world]['prefix']}{DOC_COUNTERS[world]}"


def pick_customer(world, foreign, text, forced=None):
    W = WORLDS[world]
    pool = W["fx_customers"] if foreign else W["home_customers"]
    if forced:
        return next(c for c in pool if c[0] == forced)
    for name, dom in pool:
        if name in PINNED and text and name in text:
            return (name, dom)
    free = [c for c in pool if c[0] not in PINNED]
    free.sort(key=lambda c: USED_CUSTOMERS.get(c[0], 0))
    low = USED_CUSTOMERS.get(free[0][0], 0)
    choice = rng.choice([c for c in free if USED_CUSTOMERS.get(c[0], 0) == low])
    USED_CUSTOMERS[choice[0]] = USED_CUSTOMERS.get(choice[0], 0) + 1
    return choice


def make_invoice(world, cur, cust_ref, doc, inv_id, txn, due, total, balance, rate, home_bal,
                 email, linked, item):
    lines = [
        {"Amount": total, "Description": item, "DetailType": "SalesItemLineDetail", "Id": "1",
         "LineNum": 1,
         "SalesItemLineDetail": {"ItemRef": {"name": item, "value": str(10 + len(item) % 7)},
                                 "Qty": 1, "UnitPrice": total}},
        {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
    ]
    inv = {
        "Balance": balance,
        "BillEmail": {"Address": email} if email else None,
        "CurrencyRef": {"name": WORLDS[world]["cur_names"][cur], "value": cur},
        "CustomField": [],
        "CustomerRef": cust_ref,
        "DocNumber": doc,
        "DueDate": due.isoformat() if due else None,
        "EmailStatus": "EmailSent" if email else "NotSet",
        "Id": inv_id,
        "Line": lines,
        "LinkedTxn": [{"TxnId": p, "TxnType": "Payment"} for p in linked],
        "MetaData": {"CreateTime": ts(txn, world, 9, 0), "LastUpdatedTime": ts(txn, world, 9, 0)},
        "PrintStatus": "NotSet",
        "PrivateNote": "",
        "SalesTermRef": {"value": "3"},
        "SyncToken": str(rng.randint(0, 4)),
        "TotalAmt": total,
        "TxnDate": txn.isoformat(),
    }
    if rate is not None:
        inv["ExchangeRate"] = rate
        if home_bal:
            inv["HomeBalance"] = round(balance * rate, 2)
    return inv


def make_payment(world, cust_ref, pid, day, amount, links, unapplied=0.0):
    return {
        "CustomerRef": cust_ref,
        "Id": pid,
        "Line": [{"Amount": a, "LinkedTxn": [{"TxnId": t, "TxnType": "Invoice"}]} for t, a in links],
        "MetaData": {"CreateTime": ts(day, world, 11, 5), "LastUpdatedTime": ts(day, world, 11, 5)},
        "SyncToken": "0",
        "TotalAmt": round(sum(a for _, a in links) + unapplied, 2),
        "TxnDate": day.isoformat(),
        "UnappliedAmt": unapplied,
    }


def choose_format(text, world, foreign):
    if "the {pdate}" in text or "our {pdate}" in text or is_ap_tool(text):
        opts = ["iso", "dmy", "long", "dot"] if not (world == "calgary" and foreign) else ["iso", "mdy", "long"]
        if "the {pdate}" in text or "our {pdate}" in text:
            opts = [o for o in opts if o != "long"] + ["long"]
        return rng.choice(opts)
    opts = list(ALL_FORMATS)
    if not (world == "calgary" and foreign):
        opts.remove("mdy")          # month-first only for US customers
    else:
        opts.remove("dmy")
    return rng.choice(opts)


def fill(text, ctx):
    out = text
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    assert "{" not in out and "}" not in out, out
    return out


def split_subject(text):
    first, _, rest = text.partition("\n")
    assert first.startswith("S: "), first
    return first[3:], rest.lstrip("\n")


def wrap(body, kind, ctx):
    if kind == "sig":
        return body + "\n\n" + ctx["sig"]
    if kind == "footer":
        return body + "\n\n" + ctx["footer"]
    if kind == "quote":
        return body + "\n\n" + ctx["quote"]
    if kind == "sig+footer":
        return body + "\n\n" + ctx["sig"] + "\n\n" + ctx["footer"]
    return body


def build_case(n, s):
    cid = f"pm-{n:04d}"
    main = s["main"]
    world = s.get("world") or (main[0] if main else (s.get("note_text") or s["notes_pair"][0])[0])
    W = WORLDS[world]
    all_texts = [t for t in (main, s.get("first")) if t]
    foreign = bool(all_texts) and any(is_fx(t) for t in all_texts)
    if s.get("foreign_amount"):
        foreign = True
    cur = W["fx"] if foreign else W["home"]
    rate = None
    if foreign:
        rate = s.get("rate") or round(W["rate"] * rng.choice([0.985, 0.99, 1.0, 1.005, 1.012]), 4)
    joined = "\n".join(t[1] for t in all_texts)
    cname, dom = pick_customer(world, foreign, joined, s.get("customer"))
    cust_id = next_id()
    cust_ref = {"name": cname, "value": cust_id}
    local = rng.choice(["accounts", "ap", "office", "finance", "payables", "admin"])
    address = None if s.get("no_address") else f"{local}@{dom}"

    as_of = rng.choice(AS_OF_CHOICES)
    dpd = s["dpd"]
    due = as_of - dt.timedelta(days=dpd)
    txn = due - dt.timedelta(days=30)
    cur_stage = stage_of(dpd)

    # amounts (home amount kept under the threshold unless a hard stop needs it)
    if s.get("foreign_amount"):
        total = s["foreign_amount"]
    elif s.get("home_amount"):
        total = s["home_amount"]
    else:
        home_target = rng.choice([380, 640, 915, 1260, 1875, 2340, 3150, 4420, 5980, 7250, 8830])
        home_target += rng.randint(0, 99) + rng.choice([0, 0.5, 0.25, 0.8])
        total = round(home_target / rate, 2) if rate else round(home_target, 2)
    home_bal = True
    if foreign and not s.get("foreign_amount") and rng.random() < 0.2:
        home_bal = False

    inv_id = next_id()
    doc = next_doc(world)
    payments, inv_links = [], []
    balance = total
    partial_days = []
    # reminders
    earlier = [x for x in STAGES if x < cur_stage]
    if s.get("three"):
        sent = [1, 7, 14]
        assert cur_stage == 30
    elif dpd >= 60:
        sent = [x for x in earlier if x in (7, 14, 30)]
    else:
        k = rng.choice([0, 1, 1, 2]) if earlier else 0
        sent = sorted(rng.sample(earlier, min(k, len(earlier))))
        if len(sent) + (1 if s.get("remind_current") else 0) >= 3:
            sent = sent[-1:]
    if s.get("remind_current"):
        sent = sent + [cur_stage]
    reminders = []
    for st in sent:
        day = due + dt.timedelta(days=st + rng.choice([0, 0, 1]))
        if day > as_of:
            day = as_of
        if st == cur_stage and (s.get("after_current") or s["tag"] in ("promise", "corrected")):
            # leave room for the reply after the reminder
            day = min(day, as_of - dt.timedelta(days=1))
            day = max(day, due + dt.timedelta(days=st))
            if day >= as_of:
                day = as_of - dt.timedelta(days=1)
        reminders.append({"date": ts(day, world, 9, 30), "stage": st})
    first_rem = dpart(reminders[0]["date"]) if reminders else None
    cur_rem = next((dpart(r["date"]) for r in reminders if r["stage"] == cur_stage), None)

    # partial payments on this invoice
    for j in range(s.get("partials", 0)):
        part = round(total * rng.choice([0.2, 0.25, 0.3]), 2)
        if s.get("partial_after_first"):
            pday = first_rem + dt.timedelta(days=3 + j)
        else:
            pday = due + dt.timedelta(days=max(1, dpd // 3) + j * 2)
            if pday >= as_of:
                pday = as_of - dt.timedelta(days=1)
        pid = next_id()
        payments.append(make_payment(world, cust_ref, pid, pday, part, [(inv_id, part)]))
        inv_links.append(pid)
        balance = round(balance - part, 2)
        partial_days.append(pday)

    # email date for the main message
    lo = txn + dt.timedelta(days=3)
    if dpd >= 1:
        lo = max(lo, due + dt.timedelta(days=1))
    if s.get("after_current") and cur_rem:
        lo = cur_rem + dt.timedelta(days=1)
    if s.get("after_first") and first_rem:
        lo = max(lo, first_rem + dt.timedelta(days=1))
    if s["tag"] == "expired":
        old = rng.choice(EXPIRED_DAYS)
        hi = old - dt.timedelta(days=3)
        lo = min(lo, hi)
    else:
        old = None
        hi = as_of
    if s.get("first"):
        lo = lo + dt.timedelta(days=2) if lo + dt.timedelta(days=2) <= hi else lo
    span = (hi - lo).days
    email_day = lo + dt.timedelta(days=rng.randint(max(0, span - 6), span)) if span > 0 else hi
    pdate = rng.choice([d for d in PROMISE_DAYS if d > as_of])
    paid_day = max(txn + dt.timedelta(days=5), email_day - dt.timedelta(days=rng.randint(2, 9)))
    if paid_day >= email_day:
        paid_day = email_day - dt.timedelta(days=1)

    # other open invoice
    invoices, other_doc = [], None
    if s.get("other_open"):
        oid, other_doc = next_id(), next_doc(world)
        ototal = round(total * rng.choice([0.4, 0.7, 1.1]), 2)
        odue = as_of - dt.timedelta(days=rng.choice([3, 8, 12]))
        invoices.append(make_invoice(world, cur, cust_ref, other_doc, oid, odue - dt.timedelta(days=30),
                                     odue, ototal, ototal, rate, home_bal, address,
                                     [], rng.choice(W["items"])))
    # paid history
    for h in range(rng.choice([1, 2, 2, 3])):
        hid, hdoc = next_id(), next_doc(world)
        htotal = round(total * rng.choice([0.5, 0.8, 1.0, 1.3]), 2)
        hdue = txn - dt.timedelta(days=30 * (h + 1) + rng.randint(0, 9))
        pid = next_id()
        pday = hdue + dt.timedelta(days=rng.randint(-3, 12))
        invoices.append(make_invoice(world, cur, cust_ref, hdoc, hid, hdue - dt.timedelta(days=30),
                                     hdue, htotal, 0.0, rate, home_bal, address, [pid],
                                     rng.choice(W["items"])))
        payments.append(make_payment(world, cust_ref, pid, pday, htotal, [(hid, htotal)]))

    credit_memos = []
    if s.get("unapplied"):
        pid = next_id()
        payments.append(make_payment(world, cust_ref, pid, as_of - dt.timedelta(days=4), 0.0, [],
                                     unapplied=s["unapplied"]))
    if s.get("credit_memo"):
        credit_memos.append(make_credit(world, cur, cust_ref, next_id(), next_doc(world),
                                        as_of - dt.timedelta(days=9), s["credit_memo"]))
    # look-alike: a small open credit that does not cover, on some cases
    if not s.get("hs") and rng.random() < 0.12:
        credit_memos.append(make_credit(world, cur, cust_ref, next_id(), next_doc(world),
                                        txn + dt.timedelta(days=2), round(min(45.0, balance * 0.05), 2)))

    invoice = make_invoice(world, cur, cust_ref, doc, inv_id, txn, due, total, balance, rate,
                           home_bal, address, inv_links, rng.choice(W["items"]))
    if s.get("status"):
        invoice["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status",
                                   "StringValue": s["status"], "Type": "StringType"}]

    cust_balance = round(balance + sum(i["Balance"] for i in invoices), 2)
    customer = {
        "Active": True,
        "Balance": cust_balance,
        "CompanyName": cname,
        "CurrencyRef": {"name": W["cur_names"][cur], "value": cur},
        "DisplayName": cname,
        "Id": cust_id,
        "MetaData": {"CreateTime": ts(dt.date(2024, rng.randint(1, 12), rng.randint(1, 28)), world, 10, 15),
                     "LastUpdatedTime": ts(txn, world, 10, 15)},
        "Notes": "",
        "PrimaryEmailAddr": {"Address": address} if address else None,
        "SyncToken": str(rng.randint(1, 6)),
    }

    # placeholders
    fmt = choose_format(joined, world, foreign)
    ofmt = rng.choice(["long", "iso", "mdy" if (world == "calgary" and foreign) else "dmy",
                       "month_th" if world == "calgary" else "long"])
    ctx = {
        "inv": doc,
        "bal": money(cur, balance),
        "pdate": fmt_date(pdate, fmt),
        "old": fmt_date(old, ofmt) if old else "",
        "paid": rng.choice([f"{paid_day.day} {paid_day.strftime('%B')}",
                            f"{paid_day.strftime('%B')} {paid_day.day}",
                            paid_day.isoformat()]),
        "ref": rng.choice(["FT", "TRX", "PV", "REF", ""]) + str(rng.randint(10 ** 6, 10 ** 8)),
        "other": other_doc or "",
    }
    sigs = W["fx_sig"] if foreign else W["sig"]
    wctx = {"sig": rng.choice(sigs).replace("{cust}", cname), "footer": rng.choice(FOOTERS)}

    emails = []
    us_addr = W["ar"]

    def add_email(entry, day, from_us=False, allow_wrap=True):
        subj, body = split_subject(entry[1])
        subj, body = fill(subj, ctx), fill(body, ctx)
        if allow_wrap and not is_ap_tool(entry[1]) and not from_us:
            prior = [r for r in reminders if dpart(r["date"]) < day]
            kinds = ["", "", "sig", "footer", "sig+footer"] + (["quote", "quote"] if prior else [])
            kind = rng.choice(kinds)
            if kind == "quote":
                r = prior[-1]
                rd = dpart(r["date"])
                wctx["quote"] = (
                    f"On {rd.strftime('%a')}, {rd.day} {rd.strftime('%b %Y')} at 09:30, {W['collector']} "
                    f"({W['us']}) <{us_addr}> wrote:\n"
                    f"> Dear {cname},\n"
                    f"> Our records show that invoice {doc} for {money(cur, balance)} was due on "
                    f"{due.isoformat()} and remains unpaid.\n"
                    f"> If you have already sent payment, please disregard this message.\n"
                    f"> Kind regards,\n> {W['collector']}, {W['us']}")
            body = wrap(body, kind, wctx)
        sender = us_addr if from_us else tool_sender(entry[1]) or (address or f"{local}@{dom}")
        emails.append({"body": body, "date": ts(day, world), "from": sender,
                       "subject": subj, "to": (address or f"{local}@{dom}") if from_us else us_addr})

    # older harmless history email / note, before the first reminder and the main email
    history_limit = min([d for d in [first_rem, email_day] if d] + [as_of]) - dt.timedelta(days=1)
    crm_notes = []
    aux_world_old = [e for e in T.OLD_BENIGN if e[0] == world and is_fx(e) == foreign]
    aux_world_notes = [e for e in T.NOTES if e[0] == world and is_fx(e) == foreign]
    if not s.get("no_address") and aux_world_old and rng.random() < 0.5:
        hday = max(txn + dt.timedelta(days=1), history_limit - dt.timedelta(days=rng.randint(3, 15)))
        if hday <= history_limit:
            add_email(rng.choice(aux_world_old), hday, allow_wrap=False)
    if aux_world_notes and rng.random() < 0.4:
        nday = max(txn, history_limit - dt.timedelta(days=rng.randint(2, 12)))
        if nday <= history_limit:
            crm_notes.append({"author": W["collector"].lower().replace(" ", "."), "date": ts(nday, world),
                              "text": rng.choice(aux_world_notes)[1]})

    if s.get("first"):
        add_email(s["first"], email_day - dt.timedelta(days=2))
    if main:
        add_email(main, email_day, from_us=bool(s.get("collector")))
    if s.get("notes_pair"):
        a, b = s["notes_pair"]
        d1 = due + dt.timedelta(days=3)
        d2 = as_of - dt.timedelta(days=4)
        crm_notes.append({"author": W["collector"].lower().replace(" ", "."), "date": ts(d1, world), "text": a[1]})
        crm_notes.append({"author": W["collector"].lower().replace(" ", "."), "date": ts(d2, world), "text": b[1]})
    if s.get("note_text"):
        crm_notes.append({"author": W["collector"].lower().replace(" ", "."),
                          "date": ts(as_of - dt.timedelta(days=5), world), "text": s["note_text"][1]})

    emails.sort(key=lambda e: e["date"])
    crm_notes.sort(key=lambda e: e["date"])
    case = {
        "as_of": as_of.isoformat(),
        "credit_memos": credit_memos,
        "crm_notes": crm_notes,
        "customer": customer,
        "emails": emails,
        "home_currency": W["home"],
        "id": cid,
        "invoice": invoice,
        "invoices": invoices,
        "payments": payments,
        "reminders_sent": reminders,
    }
    meta = {"tag": s["tag"], "pdate": pdate, "old": old, "ctx": ctx, "main_day": email_day,
            "has_main": bool(main), "world": world}
    routes, outcomes = s["label"]
    exp = {"class": s["cls"], "hard_stop": s.get("hs"), "id": cid,
           "outcome": list(outcomes), "route": list(routes)}
    return case, exp, meta


def make_credit(world, cur, cust_ref, cid, doc, day, amount):
    return {
        "Balance": amount,
        "CurrencyRef": {"name": WORLDS[world]["cur_names"][cur], "value": cur},
        "CustomerRef": cust_ref,
        "DocNumber": doc,
        "Id": cid,
        "Line": [{"Amount": amount, "Description": "Credit - goodwill", "DetailType": "SalesItemLineDetail",
                  "Id": "1", "LineNum": 1,
                  "SalesItemLineDetail": {"ItemRef": {"name": "Goodwill credit", "value": "90"},
                                          "Qty": 1, "UnitPrice": amount}},
                 {"Amount": amount, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
        "MetaData": {"CreateTime": ts(day, world, 14, 0), "LastUpdatedTime": ts(day, world, 14, 0)},
        "RemainingCredit": amount,
        "SyncToken": "0",
        "TotalAmt": amount,
        "TxnDate": day.isoformat(),
    }


# ------------------------------------------------------------------ check
def facts_of(case):
    inv = case["invoice"]
    as_of = dt.date.fromisoformat(case["as_of"])
    f = {"balance": inv["Balance"]}
    f["due"] = dt.date.fromisoformat(inv["DueDate"]) if inv.get("DueDate") else None
    f["dpd"] = (as_of - f["due"]).days if f["due"] else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else 0
    rem = case["reminders_sent"]
    f["reminded"] = any(r["stage"] == f["stage"] for r in rem) and f["stage"] > 0
    us = {WORLDS[w]["ar"] for w in WORLDS}
    if len(rem) >= 3:
        first = min(r["date"] for r in rem)
        fd = dpart(first)
        act = any(dt.date.fromisoformat(p["TxnDate"]) > fd for p in case["payments"])
        act = act or any(e["date"] > first and e["from"] not in us for e in case["emails"])
        act = act or any(n["date"] > first for n in case["crm_notes"])
        f["three_rule"] = not act
    else:
        f["three_rule"] = False
    if inv.get("HomeBalance") is not None:
        f["home"] = inv["HomeBalance"]
    elif inv.get("ExchangeRate") is not None:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    credit = sum(p.get("UnappliedAmt", 0) for p in case["payments"]) + \
        sum(c.get("Balance", 0) for c in case["credit_memos"])
    f["covered"] = credit >= inv["Balance"] > 0
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address")) or \
        bool((case["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    status = [c.get("StringValue", "") for c in inv.get("CustomField", []) if c.get("Name") == "Collections Status"]
    f["disputed"] = any(v.lower() == "disputed" for v in status)
    pays = [p for p in case["payments"] for ln in p["Line"] for t in ln["LinkedTxn"]
            if t["TxnId"] == inv["Id"] and t["TxnType"] == "Invoice"]
    f["partials"] = len(pays)
    f["as_of"] = as_of
    return f


def derive(f, meta):
    tag = meta["tag"]
    if f["balance"] <= 0 or (f["due"] is not None and f["dpd"] < 1):
        return {NONE}, {NA}, None
    if tag in ("complaint", "paid_claim"):
        under = LD
    elif f["dpd"] is not None and (f["dpd"] >= 60 or f["three_rule"]):
        under = HT
    elif tag == "plan" or f["partials"] >= 2:
        under = PP
    else:
        under = RR
    hs = None
    if tag == "legal":
        hs, outs = "legal_hold", {HT, LD, under}
    elif f["disputed"]:
        hs, outs = "open_dispute", {LD} | ({HT} if f["home"] >= RISK else set())
    elif f["home"] >= RISK:
        hs, outs = "over_risk_threshold", {HT}
    elif f["covered"]:
        hs, outs = "unapplied_credit", {RR, HT, LD, under}
    elif not f["address"] or f["due"] is None:
        hs, outs = "missing_context", {RR, HT, under}
    if hs:
        return {ESC}, outs, hs
    if under in (LD, HT):
        return {ESC}, {under}, None
    promise_ahead = tag in ("promise", "corrected", "collector_promise") and meta["pdate"] > f["as_of"]
    if f["reminded"]:
        return {NONE}, {NA}, None
    if under == RR and promise_ahead:
        if tag == "corrected":
            return {NONE, ESC}, {NA, LD, HT}, None
        if tag == "collector_promise":
            return {NONE, DRAFT}, {NA, RR}, None
        return {NONE}, {NA}, None
    routes, outs = {DRAFT}, {under}
    if tag in ("benign", "neutral"):
        routes, outs = routes | {ESC}, outs | {HT}
    if tag == "collector":
        routes, outs = routes | {NONE}, outs | {NA}
    return routes, outs, None


def check(case, exp, meta):
    f = facts_of(case)
    routes, outs, hs = derive(f, meta)
    # the reminded-current gate would swallow a corrected promise too: keep its alternatives
    if meta["tag"] == "corrected" and f["reminded"] and not hs:
        routes, outs = {NONE, ESC}, {NA, LD, HT}
    problems = []
    if set(exp["route"]) != routes:
        problems.append(f"route {sorted(exp['route'])} != derived {sorted(routes)}")
    if set(exp["outcome"]) != outs:
        problems.append(f"outcome {sorted(exp['outcome'])} != derived {sorted(outs)}")
    if exp["hard_stop"] != hs:
        problems.append(f"hard_stop {exp['hard_stop']} != derived {hs}")
    # class-specific structural promises of the scaffold
    cls, tag = exp["class"], meta["tag"]
    if cls in ("hardship", "benign") and (f["reminded"] or f["dpd"] >= 60):
        problems.append("hardship/benign must be < 60 days and not reminded for the stage")
    if cls == "paid_claim" and f["covered"]:
        problems.append("paid claim with covering credit")
    if not exp["hard_stop"] and f["home"] >= RISK:
        problems.append("home amount over threshold without the hard stop")
    last_customer = [e for e in case["emails"]]
    text_all = "\n".join(e["body"] + "\n" + e["subject"] for e in last_customer)
    if tag in ("promise", "corrected", "collector_promise") and meta["has_main"] and "{pdate}" in \
            "".join(x[1] for x in _texts_of(meta)):
        if meta["pdate"] <= f["as_of"] or meta["pdate"] <= meta["main_day"]:
            problems.append("promise date not ahead of as_of / the email")
        if meta["ctx"]["pdate"] not in text_all:
            problems.append("promise date missing from the email")
    if tag == "expired":
        if not (meta["main_day"] < meta["old"] < f["as_of"]):
            problems.append("expired promise date not between the email and as_of")
        if meta["ctx"]["old"] not in text_all:
            problems.append("expired date missing from the email")
    if "{" in text_all:
        problems.append("unfilled placeholder")
    return problems


def _texts_of(meta):
    return meta.get("texts", [])


# ------------------------------------------------------------------ wellformed
TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
       "credit_memos", "emails", "crm_notes", "reminders_sent"}
INV_KEYS = {"Id", "DocNumber", "TxnDate", "DueDate", "TotalAmt", "Balance", "CurrencyRef",
            "CustomerRef", "Line", "LinkedTxn", "BillEmail", "CustomField", "MetaData", "SyncToken"}


def wellformed(case, exp):
    p = []
    if set(case) != TOP:
        p.append(f"top-level keys {sorted(set(case) ^ TOP)}")
    dt.date.fromisoformat(case["as_of"])
    cust = case["customer"]
    cur = cust["CurrencyRef"]["value"]
    allinv = [case["invoice"]] + case["invoices"]
    pay_by_id = {x["Id"]: x for x in case["payments"]}
    inv_by_id = {x["Id"]: x for x in allinv}
    for inv in allinv:
        miss = INV_KEYS - set(inv)
        if miss:
            p.append(f"invoice {inv.get('Id')} lacks {sorted(miss)}")
        if inv["CustomerRef"]["value"] != cust["Id"] or inv["CustomerRef"]["name"] != cust["DisplayName"]:
            p.append("invoice customer link")
        if inv["CurrencyRef"]["value"] != cur:
            p.append("currency differs from the customer's")
        sales = [ln for ln in inv["Line"] if ln["DetailType"] == "SalesItemLineDetail"]
        if abs(sum(ln["Amount"] for ln in sales) - inv["TotalAmt"]) > 0.005:
            p.append("lines do not sum to TotalAmt")
        paid = 0.0
        for lt in inv["LinkedTxn"]:
            pay = pay_by_id.get(lt["TxnId"])
            if lt["TxnType"] != "Payment" or pay is None:
                p.append("invoice LinkedTxn to a missing payment")
                continue
            amt = [ln["Amount"] for ln in pay["Line"] for t in ln["LinkedTxn"] if t["TxnId"] == inv["Id"]]
            if not amt:
                p.append("LinkedTxn not mirrored by the payment")
            paid += sum(amt)
        if abs(inv["TotalAmt"] - paid - inv["Balance"]) > 0.005:
            p.append(f"TotalAmt - payments != Balance on {inv['DocNumber']}")
        if cur != case["home_currency"]:
            if "ExchangeRate" not in inv:
                p.append("foreign invoice without ExchangeRate")
            if "HomeBalance" in inv and abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) > 0.005:
                p.append("HomeBalance != Balance x ExchangeRate")
        elif "ExchangeRate" in inv or "HomeBalance" in inv:
            p.append("home-currency invoice with a rate")
        if inv.get("DueDate"):
            if inv["DueDate"] < inv["TxnDate"]:
                p.append("due before txn")
    for pay in case["payments"]:
        if pay["CustomerRef"]["value"] != cust["Id"]:
            p.append("payment customer link")
        for ln in pay["Line"]:
            for t in ln["LinkedTxn"]:
                inv = inv_by_id.get(t["TxnId"])
                if t["TxnType"] != "Invoice" or inv is None:
                    p.append("payment linked to a missing invoice")
                elif not any(x["TxnId"] == pay["Id"] for x in inv["LinkedTxn"]):
                    p.append("payment link not mirrored on the invoice")
        if abs(sum(ln["Amount"] for ln in pay["Line"]) + pay["UnappliedAmt"] - pay["TotalAmt"]) > 0.005:
            p.append("payment lines + unapplied != TotalAmt")
        if pay["TxnDate"] > case["as_of"]:
            p.append("payment after as_of")
    for cm in case["credit_memos"]:
        if cm["CustomerRef"]["value"] != cust["Id"] or cm["CurrencyRef"]["value"] != cur:
            p.append("credit memo link/currency")
        if cm["Balance"] > cm["TotalAmt"]:
            p.append("credit memo balance > total")
    for e in case["emails"]:
        if set(e) != {"from", "to", "date", "subject", "body"}:
            p.append("email keys")
        if e["date"][:10] > case["as_of"]:
            p.append("email after as_of")
        dt.datetime.fromisoformat(e["date"])
    for n in case["crm_notes"]:
        if set(n) != {"author", "date", "text"}:
            p.append("note keys")
        if n["date"][:10] > case["as_of"]:
            p.append("note after as_of")
    stages = [r["stage"] for r in case["reminders_sent"]]
    if len(stages) != len(set(stages)):
        p.append("two reminders for one stage")
    for r in case["reminders_sent"]:
        if set(r) != {"date", "stage"} or r["stage"] not in STAGES:
            p.append("reminder shape")
        if r["date"][:10] > case["as_of"]:
            p.append("reminder after as_of")
        due = case["invoice"].get("DueDate")
        if due and (dt.date.fromisoformat(r["date"][:10]) - dt.date.fromisoformat(due)).days < r["stage"]:
            p.append("reminder before its stage")
    # expected line
    if sorted(exp) != ["class", "hard_stop", "id", "outcome", "route"] or exp["id"] != case["id"]:
        p.append("expected line format")
    if not set(exp["route"]) <= {ESC, DRAFT, NONE} or not set(exp["outcome"]) <= {LD, HT, PP, RR, NA}:
        p.append("expected values")
    return p


# ------------------------------------------------------------------ main
def main():
    build_specs()
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    cases, exps, bad = [], [], []
    for n, k in enumerate(order, 1):
        s = SPECS[k]
        case, exp, meta = build_case(n, s)
        meta["texts"] = [t for t in (s["main"], s.get("first")) if t]
        probs = check(case, exp, meta) + wellformed(case, exp)
        if probs:
            bad.append(f"{case['id']} ({exp['class']}/{meta['tag']}): " + "; ".join(probs))
        cases.append(case)
        exps.append(exp)
    if bad:
        print("\n".join(bad), file=sys.stderr)
        sys.exit(f"refused: {len(bad)} case(s) contradict their label")
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for e in exps:
            fh.write(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n")
    mix = {}
    for e in exps:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    print(f"{len(cases)} cases written; mix: " + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())))


if __name__ == "__main__":
    main()

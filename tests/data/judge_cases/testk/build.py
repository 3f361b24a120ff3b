#!/usr/bin/env python3
"""Builds the testk held-out judge set: cases.jsonl and expected.jsonl (stdlib only).

    python3 tests/data/judge_cases/testk/build.py   # rewrites both files byte for byte

Written blind from shared/SPEC.md, the shapes in shared/eval and shared/fixtures/qbo, and the label
conventions in the judge_cases READMEs. check() re-derives every case's label from its structural
facts plus each message's semantic tag and refuses to write a case whose label disagrees;
wellformed() validates every bundle against SPEC's case-bundle format.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as T  # noqa: E402

SEED = 20261218
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.0

D = "draft_for_approval"
E = "escalate_to_human"
N = "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")

# ---------------------------------------------------------------- worlds
WORLDS = {
    "watch": dict(
        home="CHF", home_name="Swiss Franc", tz="+01:00", supplier="Kessler Uhrenteile AG",
        ar="debitoren@kessler-uhrenteile.example", us="Regula", us_full="Regula Baumann",
        fx={"EUR": 0.9412}, sku=[("Mainsprings", "Mainspring assortment, ETA 6497"),
                                 ("Crystals", "Sapphire crystals, flat 30.0 mm"),
                                 ("Jewels", "Jewel bearings, assorted"),
                                 ("Crowns", "Screw-down crowns, steel"),
                                 ("Service", "Movement service, workshop"),
                                 ("Clock repair", "Clock restoration and regulation")],
        date_fmts=["dot", "long", "iso", "dayname", "weekday", "nth"]),
    "stage": dict(
        home="CAD", home_name="Canadian Dollar", tz="-08:00",
        supplier="Cedar & Rigging Scenic Works Ltd", ar="ar@cedarrigging.example", us="Dev",
        us_full="Dev Sandhu", fx={"USD": 1.3815},
        sku=[("Scenic build", "Scenic construction - flats and platforms"),
             ("Scenic paint", "Scenic painting, two artists"),
             ("Crew", "Load-in crew, carpenters (hours)"),
             ("Automation", "Revolve and automation"),
             ("Trucking", "Trucking, five-ton"), ("Hardware", "Hardware and fittings")],
        date_fmts=["iso", "us", "monthnth", "weekday", "dayname", "long"]),
    "cask": dict(
        home="GBP", home_name="British Pound Sterling", tz="+00:00",
        supplier="Leith Cask & Cooperage Co.", ar="accounts@leithcask.example", us="Morag",
        us_full="Morag Fleming", fx={"EUR": 0.8617},
        sku=[("Hogsheads", "Re-coopered hogsheads, 250 l"),
             ("Butts", "Oloroso-seasoned sherry butts, 500 l"),
             ("Barrels", "ex-Bourbon barrels, toasted"), ("Regauge", "Regauging and bond paperwork"),
             ("Brokerage", "Cask brokerage fee"), ("Warehousing", "Bonded warehousing (cask-months)")],
        date_fmts=["uk", "long", "nth", "dayname", "weekday", "monthnth"]),
}

# key: (world, name, contact, email, currency, keywords)
CUSTOMERS = {
    "watch": {
        "bijou": ("Bijouterie Hänni", "Martin Hänni", "martin@haenni-bijoux.example", "CHF",
                  ["Martin", "Hänni", "Haenni"]),
        "atelier": ("Atelier Horloger Vuille", "Sylvie Vuille", "compta@vuille-horlogerie.example",
                    "CHF", ["Sylvie", "Vuille"]),
        "museum": ("Stiftung Uhrensammlung Winterthur", "Beat Kunz", "b.kunz@uhrensammlung.example",
                   "CHF", ["Beat", "Kunz", "foundation"]),
        "kirch": ("Reformierte Kirchgemeinde Oerlikon", "Ursula Frei",
                  "finanzen@kirche-oerlikon.example", "CHF", ["Ursula", "Oerlikon", "parish"]),
        "zeit": ("Zeitwerk Luzern GmbH", "Reto Amrein", "reto@zeitwerk-luzern.example", "CHF",
                 ["Reto", "Amrein", "Zeitwerk"]),
        "hotel": ("Hotel Seeblick Brunnen", "Nadia Gisler", "frontoffice@seeblick-brunnen.example",
                  "CHF", ["Nadia", "Brunnen"]),
        "pforz": ("Pforzheimer Uhrmacherbedarf GmbH", "Jens Wagner", "buchhaltung@pf-uhrbedarf.example",
                  "EUR", ["Jens", "Wagner"]),
        "besan": ("Horlogerie Duret", "Claire Duret", "claire@horlogerie-duret.example", "EUR",
                  ["Claire", "Duret", "Besançon"]),
        "milano": ("Orologeria Bassi", "Paolo Bassi", "amministrazione@orologeriabassi.example", "EUR",
                   ["Paolo", "Bassi"]),
        "wien": ("Uhren Steindl", "Anna Steindl", "office@uhren-steindl.example", "EUR",
                 ["Anna", "Steindl"]),
    },
    "stage": {
        "arts": ("Harbourfront Repertory Theatre", "Priya Natarajan", "ap@harbourfront-rep.example",
                 "CAD", ["Priya", "Harbourfront"]),
        "opera": ("Coastal Lyric Opera Society", "Gwen Tremblay", "finance@coastallyric.example",
                  "CAD", ["Gwen", "Rusalka", "Society"]),
        "film": ("Northshore Pictures Inc.", "Mateo Ruiz", "mateo@northshorepictures.example", "CAD",
                 ["Mateo", "Northshore"]),
        "school": ("Vancouver School District - Kitsilano Secondary", "Alan Chow",
                   "ap@vsd-kits.example", "CAD", ["Alan", "district"]),
        "fest": ("Fringe on Granville Festival", "Jules Pelletier", "jules@fringegranville.example",
                 "CAD", ["Jules", "Fringe", "festival"]),
        "museum": ("Okanagan Heritage Museum", "Terry Lindqvist", "t.lindqvist@okheritage.example",
                   "CAD", ["Terry", "museum"]),
        "circus": ("Cirque Boréal", "Élodie Gagnon", "comptabilite@cirqueboreal.example", "CAD",
                   ["Élodie", "Cirque"]),
        "sea": ("Puget Sound Players", "Dana Whitfield", "dana@pugetsoundplayers.example", "USD",
                ["Dana", "Puget"]),
        "la": ("Silverlake Stage Co.", "Marcus Bell", "marcus@silverlakestage.example", "USD",
               ["Marcus", "Silverlake"]),
        "pdx": ("Rose City Musical Theatre", "Hannah Okafor", "hannah@rosecitymt.example", "USD",
                ["Hannah"]),
    },
    "cask": {
        "speyside": ("Glen Aucht Distillery", "Fraser Munro", "fraser@glenaucht.example", "GBP",
                     ["Fraser", "Glen Aucht", "distillery"]),
        "islay": ("Port Carrach Distillers", "Iona MacLeod", "iona@portcarrach.example", "GBP",
                  ["Iona"]),
        "bottler": ("Thistle & Wren Independent Bottlers", "Alasdair Reid",
                    "accounts@thistlewren.example", "GBP", ["Alasdair", "Thistle", "A. Reid"]),
        "gin": ("Leith Botanics Distilling", "Kirsty Baird", "kirsty@leithbotanics.example", "GBP",
                ["Kirsty", "gin"]),
        "brewery": ("Auld Reekie Brewing", "Calum Ross", "calum@auldreekiebrewing.example", "GBP",
                    ["Calum", "Auld Reekie", "stout"]),
        "investor": ("Oliver Penrose", "Oliver Penrose", "oliver.penrose@penrose-family.example",
                     "GBP", ["Oliver", "Penrose"]),
        "schiedam": ("Van der Graaf Branderij", "Pieter van der Graaf", "pieter@vdgraaf.example",
                     "EUR", ["Pieter", "Schiedam"]),
        "cognac": ("Maison Bréval", "Luc Bréval", "luc@maisonbreval.example", "EUR",
                   ["Luc", "Bréval"]),
        "bavaria": ("Brennerei Huber", "Stefan Huber", "buchhaltung@brennerei-huber.example", "EUR",
                    ["Stefan", "Huber"]),
        "dublin": ("Liffey Spirits Ltd", "Niamh Byrne", "finance@liffeyspirits.example", "EUR",
                   ["Niamh", "Liffey"]),
    },
}

PIN_ONLY = {"investor", "kirch", "museum", "school", "hotel", "circus", "opera"}
CUR_NAMES = {"CHF": "Swiss Franc", "CAD": "Canadian Dollar", "GBP": "British Pound Sterling",
             "EUR": "Euro", "USD": "United States Dollar"}
TOOL_SENDERS = {"coupa": "noreply@coupahost.example", "bill.com": "notifications@bill-com.example",
                "tipalti": "payments@tipalti-notify.example", "xero": "messaging@xero-mail.example",
                "postmaster": "postmaster@{dom}", "reader": "{contact}", "helpdesk": "helpdesk@{dom}",
                "autoreply": "{contact}"}

# ---------------------------------------------------------------- helpers
def d(s):
    return dt.date.fromisoformat(s)


def stamp(day, tz, hour=10, minute=15):
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{tz}"


def day_of(ts):
    return dt.date.fromisoformat(ts[:10])


def money(cur, x):
    if cur == "CHF":
        return "CHF " + f"{x:,.2f}".replace(",", "'")
    sym = {"CAD": "CA$", "USD": "US$", "GBP": "£", "EUR": "EUR "}[cur]
    return f"{sym}{x:,.2f}"


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(day, style):
    wd = day.strftime("%A")
    if style == "iso":
        return day.isoformat()
    if style == "uk":
        return day.strftime("%d/%m/%Y")
    if style == "us":
        return day.strftime("%m/%d/%Y")
    if style == "dot":
        return day.strftime("%d.%m.%Y")
    if style == "long":
        return f"{day.day} {day.strftime('%B')} {day.year}"
    if style == "monthnth":
        return f"{day.strftime('%B')} {ordinal(day.day)}"
    if style == "dayname":
        return f"{day.strftime('%a')} {day.day} {day.strftime('%b')}"
    if style == "nth":
        return f"the {ordinal(day.day)}"
    if style == "weekday":
        return wd
    raise ValueError(style)


def stage_of(dpd):
    st = [s for s in STAGES if dpd >= s]
    return st[-1] if st else None


def home_amount(inv):
    if "HomeBalance" in inv:
        return inv["HomeBalance"]
    if "ExchangeRate" in inv:
        return round(inv["Balance"] * inv["ExchangeRate"], 2)
    return inv["Balance"]


def parse_text(text):
    """-> list of messages {kind: S|U|N, head, mailbox, body}."""
    out = []
    for chunk in text.split("\n~~~\n"):
        lines = chunk.split("\n")
        kind, head = lines[0][0], lines[0][3:]
        assert lines[0][1:3] == ": " and kind in "SUN", lines[0]
        mailbox = None
        rest = lines[1:]
        if rest and rest[0].startswith("F: "):
            mailbox, rest = rest[0][3:], rest[1:]
        out.append(dict(kind=kind, head=head, mailbox=mailbox, body="\n".join(rest)))
    return out


def resolve_world(tag, text):
    m = re.match(r"^(\w+)(?::([A-Z]{3}))?(?:@(\w+))?$", tag)
    world, cur, key = m.group(1), m.group(2), m.group(3)
    custs = CUSTOMERS[world]
    if key is None:
        hits = [k for k, c in custs.items()
                if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) for w in c[4])]
        if len(hits) > 1:
            raise SystemExit(f"text names several customers {hits}: {text[:60]!r}")
        key = hits[0] if hits else None
    if key is not None:
        if cur is not None and custs[key][3] != cur:
            raise SystemExit(f"currency pin {cur} disagrees with customer {key}")
        return world, key
    want = cur or WORLDS[world]["home"]
    pool = sorted(k for k, c in custs.items() if c[3] == want and k not in PIN_ONLY)
    return world, R.choice(pool)


# ---------------------------------------------------------------- case construction
class Ids:
    def __init__(self):
        self.n = 0

    def next(self, base):
        self.n += 1
        return str(base + self.n)


def line_items(world, total):
    name, desc = R.choice(WORLDS[world]["sku"])
    qty = R.choice([1, 1, 2, 4, 5, 10])
    unit = round(total / qty, 2)
    amt = round(unit * qty, 2)
    lines = [{"Amount": amt, "Description": desc, "DetailType": "SalesItemLineDetail", "Id": "1",
              "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": name, "value": "1"},
                                                    "Qty": qty, "UnitPrice": unit}}]
    lines.append({"Amount": amt, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}})
    return lines, amt


def make_invoice(world, cust_key, cur, inv_id, doc, txn, due, total, email, tz, rate,
                 home_balance=True):
    lines, total = line_items(world, total)
    c = CUSTOMERS[world][cust_key]
    inv = {
        "Id": inv_id, "DocNumber": doc, "TxnDate": txn.isoformat(),
        "CurrencyRef": {"value": cur, "name": CUR_NAMES[cur]},
        "CustomerRef": {"value": "", "name": c[0]}, "CustomField": [], "Line": lines,
        "LinkedTxn": [], "TotalAmt": total, "Balance": total, "EmailStatus": "EmailSent",
        "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"},
        "SyncToken": "1",
        "MetaData": {"CreateTime": stamp(txn, tz, 9, 0), "LastUpdatedTime": stamp(txn, tz, 9, 0)},
    }
    if due is not None:
        inv["DueDate"] = due.isoformat()
    if email:
        inv["BillEmail"] = {"Address": email}
    if rate is not None:
        inv["ExchangeRate"] = rate
        inv["_hb"] = home_balance
    return inv


def finish_invoice(inv):
    if "ExchangeRate" in inv:
        hb = inv.pop("_hb")
        if hb:
            inv["HomeBalance"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
            inv["HomeTotalAmt"] = round(inv["TotalAmt"] * inv["ExchangeRate"], 2)


def pick_amount(world, cur, lo=None, hi=None):
    base = {"CHF": (240, 7800), "CAD": (850, 8900), "GBP": (520, 8400), "EUR": (300, 8200),
            "USD": (700, 6400)}[cur]
    lo = lo or base[0]
    hi = hi or base[1]
    return round(R.uniform(lo, hi), 2)


def dpd_for(stage, after_reminder=False):
    """days past due inside a stage band (room for a reminder and a reply after it)."""
    band = {1: (2, 6), 7: (9, 13), 14: (16, 28), 30: (33, 57), 60: (62, 125)}[stage]
    lo = band[0] + (1 if after_reminder else 0)
    return R.randint(lo, band[1])


def build_case(cid, spec):
    """spec -> (bundle, facts-for-check)."""
    world = spec["world"]
    W = WORLDS[world]
    tz = W["tz"]
    cust_key = spec["cust"]
    cname, contact, cemail, cur, _ = CUSTOMERS[world][cust_key]
    as_of = d(spec["as_of"])
    rate = W["fx"].get(cur)
    dom = cemail.split("@")[1]
    ids = Ids()
    base = 4000 + 100 * int(cid[3:])
    cust_id = str(300 + int(cid[3:]))
    doc_base = {"watch": "KU-", "stage": "CR", "cask": "LC"}[world]
    used = set()

    def docno(lo, hi):
        while True:
            x = f"{doc_base}{R.randint(lo, hi)}"
            if x not in used:
                used.add(x)
                return x
    dpd = spec.get("dpd")
    if dpd is None:
        due = None
        txn = as_of - dt.timedelta(days=R.randint(20, 45))
        ref_due = txn + dt.timedelta(days=30)
    else:
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=30)
        ref_due = due
    bill_email = None if spec.get("no_addr") else cemail
    amount = spec.get("amount") or pick_amount(world, cur)
    inv = make_invoice(world, cust_key, cur, ids.next(base), docno(2100, 2999),
                       txn, due, amount, bill_email, tz, rate, spec.get("home_balance", True))
    if spec.get("rate") is not None:
        inv["ExchangeRate"] = spec["rate"]
    inv["CustomerRef"]["value"] = cust_id
    if spec.get("cf"):
        inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status",
                               "StringValue": spec["cf"], "Type": "StringType"}]
    payments, credit_memos, history = [], [], []

    def pay(day, applied, unapplied=0.0):
        p = {"Id": ids.next(base), "TxnDate": day.isoformat(), "TotalAmt": round(sum(a for _, a in applied) + unapplied, 2),
             "UnappliedAmt": round(unapplied, 2), "CurrencyRef": {"value": cur, "name": CUR_NAMES[cur]},
             "CustomerRef": {"value": cust_id, "name": cname}, "SyncToken": "0",
             "Line": [{"Amount": a, "LinkedTxn": [{"TxnId": t["Id"], "TxnType": "Invoice"}]}
                      for t, a in applied],
             "MetaData": {"CreateTime": stamp(day, tz, 11, 5), "LastUpdatedTime": stamp(day, tz, 11, 5)}}
        if rate is not None:
            p["ExchangeRate"] = inv["ExchangeRate"]
        for t, a in applied:
            t["Balance"] = round(t["Balance"] - a, 2)
            t["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        payments.append(p)
        return p

    # paid history
    for k in range(R.randint(1, 3)):
        htxn = txn - dt.timedelta(days=35 * (k + 1) + R.randint(0, 9))
        h = make_invoice(world, cust_key, cur, ids.next(base), docno(1200, 2099),
                         htxn, htxn + dt.timedelta(days=30), pick_amount(world, cur, hi=3000),
                         cemail, tz, inv.get("ExchangeRate"), True)
        h["CustomerRef"]["value"] = cust_id
        pay(htxn + dt.timedelta(days=R.randint(24, 40)), [(h, h["TotalAmt"])])
        history.append(h)
    other = None
    if spec.get("other") in ("open", "paid"):
        otxn = txn - dt.timedelta(days=R.randint(5, 20))
        other = make_invoice(world, cust_key, cur, ids.next(base), docno(3000, 3400),
                             otxn, otxn + dt.timedelta(days=30), pick_amount(world, cur, hi=2500),
                             cemail, tz, inv.get("ExchangeRate"), True)
        other["CustomerRef"]["value"] = cust_id
        if spec["other"] == "paid":
            pay(min(as_of - dt.timedelta(days=8), otxn + dt.timedelta(days=28)), [(other, other["TotalAmt"])])
        history.append(other)

    # reminders
    reminders = []
    for st in spec.get("reminders", []):
        rday = ref_due + dt.timedelta(days=st + (1 if st != 1 and R.random() < 0.3 else 0))
        if rday > as_of:
            rday = ref_due + dt.timedelta(days=st)
        reminders.append({"date": stamp(rday, tz, 8, 30), "stage": st})
    first_rem = day_of(reminders[0]["date"]) if reminders else None
    last_rem = day_of(reminders[-1]["date"]) if reminders else None

    # partial payments on this invoice
    partial_days = []
    for k, frac in enumerate(spec.get("partials", [])):
        if spec.get("partial_after_first"):
            pday = first_rem + dt.timedelta(days=2 + 3 * k)
        else:
            pday = ref_due + dt.timedelta(days=-6 + 4 * k) if dpd and dpd > 6 else txn + dt.timedelta(days=5 + 3 * k)
        pday = min(pday, as_of - dt.timedelta(days=1))
        pay(pday, [(inv, round(inv["TotalAmt"] * frac, 2))])
        partial_days.append(pday)
    if spec.get("balance0"):
        pay(ref_due - dt.timedelta(days=3), [(inv, inv["Balance"])])
    if spec.get("unapplied") is not None:
        u = spec["unapplied"] if spec["unapplied"] > 0 else inv["Balance"]
        pay(as_of - dt.timedelta(days=R.randint(2, 6)), [], round(u, 2))
    if spec.get("credit_memo") is not None:
        cm_amt = round(spec["credit_memo"], 2)
        cmday = as_of - dt.timedelta(days=R.randint(3, 9))
        credit_memos.append({
            "Id": ids.next(base), "DocNumber": f"CN-{R.randint(100, 399)}", "TxnDate": cmday.isoformat(),
            "TotalAmt": cm_amt, "Balance": cm_amt, "CurrencyRef": {"value": cur, "name": CUR_NAMES[cur]},
            "CustomerRef": {"value": cust_id, "name": cname}, "SyncToken": "0",
            "Line": [{"Amount": cm_amt, "Description": "Credit - returned goods",
                      "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                      "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "9"},
                                              "Qty": 1, "UnitPrice": cm_amt}}],
            "MetaData": {"CreateTime": stamp(cmday, tz), "LastUpdatedTime": stamp(cmday, tz)}})

    bal = inv["Balance"]
    # messages
    emails, notes = [], []
    facts_msgs = []
    msgs = []
    for text, tag in spec.get("msgs", []):
        for i, m in enumerate(parse_text(text)):
            msgs.append((m, tag[i] if isinstance(tag, tuple) else tag, i))
    lo = (last_rem + dt.timedelta(days=1)) if (last_rem and not spec.get("msg_after_first")) else \
        (first_rem + dt.timedelta(days=1) if first_rem else max(txn + dt.timedelta(days=3), as_of - dt.timedelta(days=12)))
    lo = max(lo, as_of - dt.timedelta(days=14))
    if spec.get("msg_lo") is not None:
        lo = as_of - dt.timedelta(days=spec["msg_lo"])
    hi = as_of - dt.timedelta(days=1) if lo < as_of else as_of
    if lo > hi:
        lo = hi
    span = (hi - lo).days
    n = len(msgs)
    if n:
        picks = sorted(R.sample(range(span + 1), n)) if span + 1 >= n else [min(i, span) for i in range(n)]
        if spec.get("msg_day") is not None:
            start = max(0, (as_of - dt.timedelta(days=spec["msg_day"]) - lo).days)
            picks = [min(start + i, span) for i in range(n)]
    paydate = (lo - dt.timedelta(days=R.randint(3, 9)))
    if paydate <= txn:
        paydate = txn + dt.timedelta(days=2)
    ref = {"watch": "ZV-", "stage": "", "cask": ""}[world] + str(R.randint(100000, 999999))
    styles = list(W["date_fmts"])
    pdate = spec.get("pdate")
    other_doc = other["DocNumber"] if other else ""
    for k, (m, tag, idx) in enumerate(msgs):
        mday = lo + dt.timedelta(days=picks[k])
        fill = {
            "{inv}": inv["DocNumber"], "{bal}": money(cur, bal), "{us}": W["us"],
            "{ref}": ref.strip(), "{other}": other_doc,
            "{paydate}": fmt_date(paydate, R.choice(["long", "dot" if world == "watch" else "uk" if world == "cask" else "iso"])),
        }
        if "{pdate}" in m["body"] or "{pdate}" in m["head"]:
            style = spec.get("pstyle") or R.choice(styles)
            if style == "weekday" and not (0 < (pdate - mday).days <= 6):
                style = "long"
            if style == "nth" and pdate.month != mday.month:
                style = "long"
            fill["{pdate}"] = fmt_date(pdate, style)
            spec.setdefault("_pstr", []).append(fill["{pdate}"])
        if "{pastdate}" in m["body"]:
            pd_ = spec["pastdate"]
            fill["{pastdate}"] = fmt_date(pd_, "long" if world != "stage" else "monthnth")
            spec.setdefault("_pstr", []).append(fill["{pastdate}"])
        body, head = m["body"], m["head"]
        for k2, v in fill.items():
            body, head = body.replace(k2, v), head.replace(k2, v)
        if m["kind"] == "N":
            notes.append({"author": head, "date": stamp(mday, tz, 14, 40), "text": body})
            facts_msgs.append(("note", tag, mday))
            continue
        wrap = spec.get("wrap")
        sender = cemail
        if m["mailbox"]:
            sender = TOOL_SENDERS[m["mailbox"]].format(dom=dom, contact=cemail)
        elif m["kind"] == "S" and wrap and n == 1:
            body, sender = apply_wrap(wrap, body, world, cust_key, inv, bal, reminders, tz)
        if m["kind"] == "U":
            em = {"from": W["ar"], "to": cemail, "subject": head, "body": body,
                  "date": stamp(mday, tz, 9, 5)}
            facts_msgs.append(("ours", tag, mday))
        else:
            em = {"from": sender, "to": W["ar"], "subject": head, "body": body,
                  "date": stamp(mday, tz, 10 + k, 20)}
            facts_msgs.append(("customer", tag, mday))
        emails.append(em)
    for extra in spec.get("extra_notes", []):
        day = as_of - dt.timedelta(days=extra[1])
        notes.append({"author": W["us_full"], "date": stamp(day, tz, 15, 0), "text": extra[0]})
        facts_msgs.append(("note", extra[2], day))

    for x in [inv] + history:
        finish_invoice(x)
    customer = {
        "Id": cust_id, "DisplayName": cname, "CompanyName": cname, "Active": True,
        "CurrencyRef": {"value": cur, "name": CUR_NAMES[cur]},
        "Balance": round(sum(x["Balance"] for x in [inv] + history), 2),
        "Notes": spec.get("cust_notes", ""), "SyncToken": "4",
        "MetaData": {"CreateTime": "2023-03-02T10:00:00" + tz, "LastUpdatedTime": stamp(txn, tz, 9, 0)},
    }
    if not spec.get("no_addr"):
        customer["PrimaryEmailAddr"] = {"Address": cemail}
    bundle = {
        "id": cid, "as_of": as_of.isoformat(), "home_currency": W["home"], "invoice": inv,
        "customer": customer, "invoices": history, "payments": payments,
        "credit_memos": credit_memos, "emails": emails, "crm_notes": notes,
        "reminders_sent": reminders,
    }
    return bundle, facts_msgs


def apply_wrap(kind, body, world, cust_key, inv, bal, reminders, tz):
    W = WORLDS[world]
    cname, contact, cemail, cur, _ = CUSTOMERS[world][cust_key]
    dom = cemail.split("@")[1]
    if kind == "sig":
        phone = {"CHF": "+41 44 555 01 ", "CAD": "+1 604 555 0", "GBP": "+44 131 555 0",
                 "USD": "+1 206 555 0", "EUR": "+49 30 555 0"}[cur]
        return (body + f"\n\n--\n{contact}\n{cname}\n{phone}{R.randint(100, 199)}\n"
                f"Please consider the environment before printing this e-mail.", cemail)
    if kind == "footer":
        return (body + "\n\n________________________________\nThis e-mail and any attachments are "
                "confidential and intended solely for the addressee. If you have received it in "
                "error, please notify the sender and delete it. Any views expressed are those of "
                "the author and not necessarily of " + cname + ".", cemail)
    if kind == "fwd":
        colleague = {"watch": "buchhaltung", "stage": "office", "cask": "admin"}[world]
        return (f"Forwarding this from {contact.split()[0]}, see below.\n\n"
                f"---------- Forwarded message ---------\nFrom: {contact} <{cemail}>\n\n" + body,
                f"{colleague}@{dom}")
    if kind == "quote" and reminders:
        r = reminders[-1]
        return (body + f"\n\nOn {r['date'][:10]}, {W['us_full']} <{W['ar']}> wrote:\n> Dear "
                f"{contact.split()[0]},\n> This is a friendly reminder that invoice {inv['DocNumber']} "
                f"for {money(cur, bal)} was due on {inv.get('DueDate', '')}.\n> Kind regards, "
                f"{W['us']}", cemail)
    return body, cemail


# ---------------------------------------------------------------- SPEC derivation (for check)
HARMLESS = {"harmless", "benign", "unread", "other", "negated", "hypothetical", "retracted",
            "resolved", "collector", "none"}


def derive(b, fm, spec):
    """SPEC's order on the bundle's facts plus each message's tag -> (route, outcome, hard_stop)."""
    inv = b["invoice"]
    as_of = d(b["as_of"])
    bal = inv["Balance"]
    if bal <= 0:
        return N, NA, None
    due = inv.get("DueDate")
    dpd = (as_of - d(due)).days if due else None
    if dpd is not None and dpd < 1:
        return N, NA, None
    tags = [t for _, t, _ in fm]
    cust_tags = [t for who, t, _ in fm if who == "customer"]
    note_tags = [t for who, t, _ in fm if who == "note"]
    # classification outcome (used for hard stops too)
    disputed_cf = any(c.get("Name") == "Collections Status" and
                      str(c.get("StringValue", "")).lower() == "disputed" for c in inv["CustomField"])
    dnote = False
    for t in note_tags:
        if t == "dispute_note":
            dnote = True
        elif t == "resolved_note":
            dnote = False
    contest = any(t in ("complaint", "paid") for t in cust_tags) or dnote or disputed_cf
    first = d(b["reminders_sent"][0]["date"][:10]) if b["reminders_sent"] else None
    three = False
    if len(b["reminders_sent"]) >= 3:
        act = any(d(p["TxnDate"]) >= first and p["Line"] for p in b["payments"]
                  if any(l["LinkedTxn"][0]["TxnId"] == inv["Id"] for l in p["Line"]))
        act = act or any(day >= first for who, _, day in fm if who in ("customer", "note"))
        three = not act
    noauto = "noauto" in tags or "no automated" in b["customer"].get("Notes", "").lower()
    partials = sum(1 for p in b["payments"] for l in p["Line"]
                   if l["LinkedTxn"][0]["TxnId"] == inv["Id"] and l["Amount"] > 0)
    if contest:
        outcome = LD
    elif (dpd is not None and dpd >= 60) or three or noauto or "injection" in tags:
        outcome = HT
    elif "plan" in tags or "need_until" in tags or "instalments" in tags or partials >= 2:
        outcome = PP
    else:
        outcome = RR
    # hard stops
    hs = None
    credit = sum(p["UnappliedAmt"] for p in b["payments"]) + sum(c["Balance"] for c in b["credit_memos"])
    if "legal" in tags:
        hs = "legal_hold"
    elif disputed_cf or dnote:
        hs = "open_dispute"
    elif home_amount(inv) >= THRESHOLD:
        hs = "over_risk_threshold"
        outcome = HT
    elif credit >= bal:
        hs = "unapplied_credit"
    elif not (inv.get("BillEmail") or b["customer"].get("PrimaryEmailAddr")) or not due:
        hs = "missing_context"
    if hs:
        return E, outcome, hs
    if outcome in (LD, HT):
        return E, outcome, None
    stage = stage_of(dpd)
    if any(r["stage"] == stage for r in b["reminders_sent"]):
        return N, NA, None
    promised = spec.get("pdate")
    if promised and promised > as_of and any(
            t in ("promise", "promise_stop", "need_until", "instalments", "phoned", "paid_then_promise")
            for t in tags):
        return N, NA, None
    return D, outcome, None


HARD_CLASSES = {"complaint", "paid_claim", "promise", "hardship"}


def check(b, fm, spec, exp):
    inv = b["invoice"]
    as_of = d(b["as_of"])
    route, outcome, hs = derive(b, fm, spec)
    bad = []
    if route not in exp["route"]:
        bad.append(f"route {route} not in {exp['route']}")
    if outcome not in exp["outcome"]:
        bad.append(f"outcome {outcome} not in {exp['outcome']}")
    if hs != exp["hard_stop"]:
        bad.append(f"hard stop {hs} != {exp['hard_stop']}")
    cls = exp["class"]
    if cls in HARD_CLASSES and (len(exp["route"]) != 1 or len(exp["outcome"]) != 1):
        bad.append("a hard class with more than one accepted answer")
    due = inv.get("DueDate")
    dpd = (as_of - d(due)).days if due else None
    stage = stage_of(dpd) if dpd is not None else None
    reminded = stage is not None and any(r["stage"] == stage for r in b["reminders_sent"])
    if cls == "hardship" and (dpd is None or dpd >= 60 or reminded or
                              any(r["stage"] == stage for r in b["reminders_sent"])):
        bad.append("hardship must be < 60 days and its stage never reminded")
    if cls in ("complaint", "paid_claim", "promise", "hardship"):
        if home_amount(inv) >= THRESHOLD:
            bad.append("hard class over threshold")
    if cls == "promise" and (dpd is None or dpd >= 60):
        bad.append("promise must be < 60 days")
    for s in spec.get("_pstr", []):
        if not any(s in e["body"] or s in e["subject"] for e in b["emails"]) and \
                not any(s in n["text"] for n in b["crm_notes"]):
            bad.append(f"promise date {s!r} not in the text")
    if spec.get("pdate"):
        p = spec["pdate"]
        if not p > as_of or p.weekday() >= 5:
            bad.append("promise date must be a weekday after as_of")
        last = max((day for _, _, day in fm), default=None)
        if last and not p > last:
            bad.append("promise date not after its message")
    if spec.get("pastdate") and not spec["pastdate"] < as_of:
        bad.append("past promise not past")
    if bad:
        raise SystemExit(f"{b['id']} ({cls}): " + "; ".join(bad))
    return dict(dpd=dpd, stage=stage, reminded=reminded, home=home_amount(inv))


TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
       "credit_memos", "emails", "crm_notes", "reminders_sent"}


def wellformed(b, exp):
    def fail(msg):
        raise SystemExit(f"{b['id']}: not well formed: {msg}")
    if set(b) != TOP:
        fail(f"top-level keys {sorted(set(b) ^ TOP)}")
    as_of = d(b["as_of"])
    inv, cust = b["invoice"], b["customer"]
    for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef",
              "Line", "LinkedTxn", "CustomField", "SyncToken", "MetaData"):
        if k not in inv:
            fail(f"invoice lacks {k}")
    for k in ("Id", "DisplayName", "CurrencyRef", "Balance", "Active", "SyncToken", "MetaData"):
        if k not in cust:
            fail(f"customer lacks {k}")
    cur = cust["CurrencyRef"]["value"]
    allinv = {x["Id"]: x for x in [inv] + b["invoices"]}
    applied = {i: 0.0 for i in allinv}
    for p in b["payments"]:
        for k in ("Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef"):
            if k not in p:
                fail(f"payment lacks {k}")
        s = sum(l["Amount"] for l in p["Line"])
        if abs(s + p["UnappliedAmt"] - p["TotalAmt"]) > 0.005:
            fail(f"payment {p['Id']} TotalAmt != applied + UnappliedAmt")
        if d(p["TxnDate"]) > as_of:
            fail("payment after as_of")
        for l in p["Line"]:
            t = l["LinkedTxn"][0]
            if t["TxnType"] != "Invoice" or t["TxnId"] not in allinv:
                fail("payment links an unknown invoice")
            applied[t["TxnId"]] += l["Amount"]
            if {"TxnId": p["Id"], "TxnType": "Payment"} not in allinv[t["TxnId"]]["LinkedTxn"]:
                fail("LinkedTxn not both ways")
    for i, x in allinv.items():
        if x["CurrencyRef"]["value"] != cur:
            fail("two currencies for one customer")
        if abs(x["TotalAmt"] - applied[i] - x["Balance"]) > 0.005:
            fail(f"invoice {i} TotalAmt - payments != Balance")
        if cur != b["home_currency"] and "ExchangeRate" not in x:
            fail("foreign invoice without ExchangeRate")
        if cur == b["home_currency"] and ("ExchangeRate" in x or "HomeBalance" in x):
            fail("home invoice with a rate")
        if "HomeBalance" in x and abs(x["HomeBalance"] - round(x["Balance"] * x["ExchangeRate"], 2)) > 0.01:
            fail("HomeBalance != Balance x ExchangeRate")
        lines = [l for l in x["Line"] if l["DetailType"] == "SalesItemLineDetail"]
        if abs(sum(l["Amount"] for l in lines) - x["TotalAmt"]) > 0.005:
            fail("lines do not add up")
        for lt in x["LinkedTxn"]:
            if not any(p["Id"] == lt["TxnId"] for p in b["payments"]):
                fail("invoice links an unknown payment")
    if abs(cust["Balance"] - sum(x["Balance"] for x in allinv.values())) > 0.005:
        fail("customer Balance")
    for c in b["credit_memos"]:
        for k in ("Id", "TxnDate", "TotalAmt", "Balance", "CustomerRef", "Line"):
            if k not in c:
                fail(f"credit memo lacks {k}")
        if c["Balance"] > c["TotalAmt"] + 0.005:
            fail("credit memo balance")
    for e in b["emails"]:
        if set(e) != {"from", "to", "date", "subject", "body"}:
            fail("email keys")
        if day_of(e["date"]) > as_of:
            fail("email after as_of")
    for n in b["crm_notes"]:
        if set(n) != {"author", "date", "text"}:
            fail("note keys")
        if day_of(n["date"]) > as_of:
            fail("note after as_of")
    seen = set()
    for r in b["reminders_sent"]:
        if set(r) != {"date", "stage"} or r["stage"] not in STAGES or r["stage"] in seen:
            fail("reminder shape or a stage twice")
        seen.add(r["stage"])
        if "DueDate" in inv and (day_of(r["date"]) - d(inv["DueDate"])).days < r["stage"]:
            fail("reminder before its stage")
        if day_of(r["date"]) > as_of:
            fail("reminder after as_of")
    ids = [x["Id"] for x in [inv] + b["invoices"] + b["payments"] + b["credit_memos"]]
    docs = [x["DocNumber"] for x in [inv] + b["invoices"]]
    if len(set(ids)) != len(ids) or len(set(docs)) != len(docs):
        fail("duplicate Id or DocNumber")
    blob = json.dumps(b, ensure_ascii=False)
    if re.search(r"\{(inv|bal|pdate|pastdate|paydate|ref|other|us)\}", blob):
        fail("unfilled placeholder")
    if set(exp) != {"class", "hard_stop", "id", "outcome", "route"}:
        fail("expected keys")
    if not exp["route"] or not exp["outcome"]:
        fail("empty accepted list")
    for r_ in exp["route"]:
        if r_ not in (D, E, N):
            fail("route value")
    for o in exp["outcome"]:
        if o not in (RR, LD, PP, HT, NA):
            fail("outcome value")


# ---------------------------------------------------------------- the case specs
L_LD = ([E], [LD], None)
L_PP = ([D], [PP], None)
L_NA = ([N], [NA], None)
L_RR = ([D], [RR], None)
L_HT = ([E], [HT], None)
L_ALT = ([D, E], [RR, HT], None)
HS_LEGAL = [HT, LD, RR]
HS_CREDIT = [RR, HT, LD]
HS_MISSING = [RR, HT]
NUMERIC = {"watch": "dot", "stage": "us", "cask": "uk"}
P_FORMATS = ["iso", "numeric", "long", "monthnth", "dayname", "nth", "weekday", "numeric2", "long"]


def as_of_pick():
    return dt.date(2026, 12, R.choice([14, 15, 16, 17, 18]))


def pdate_pick(as_of, near=False):
    hi = 6 if near else 16
    days = [as_of + dt.timedelta(days=k) for k in range(1, hi)]
    days = [x for x in days if x.weekday() < 5 and x.month == 12 and x.day not in (24, 25, 31)]
    return R.choice(days)


def rems(stage, mode):
    if mode == "none" or stage is None:
        return []
    earlier = [s for s in STAGES if s < stage]
    k = R.randint(0, min(2, len(earlier)))
    sub = sorted(R.sample(earlier, k))
    if mode == "earlier":
        if not sub and earlier:
            sub = [R.choice(earlier)]
        return sub
    if mode == "current":
        return sorted(R.sample(earlier, min(k, 1))) + [stage]
    raise ValueError(mode)


SPECS = []


def add(cls, label, entry=None, tag=None, msgs=None, stage=None, mode="none", dpd=None, **kw):
    """entry: (world_tag, text) for a single text; msgs: [(entry, tag), ...] for several."""
    routes, outcomes, hs = label
    items = msgs or ([(entry, tag)] if entry else [])
    wtag = kw.pop("world", None) or items[0][0][0]
    world, cust = resolve_world(wtag, "\n".join(e[1] for e, _ in items))
    as_of = as_of_pick()
    if dpd is None and stage is not None:
        dpd = dpd_for(stage, after_reminder=(mode == "current"))
    st = stage_of(dpd) if isinstance(dpd, int) and dpd >= 1 else None
    spec = dict(cls=cls, world=world, cust=cust, as_of=as_of.isoformat(), dpd=dpd,
                reminders=kw.pop("reminders", None) or rems(st, mode),
                msgs=[(e[1], t) for e, t in items], label=(routes, outcomes, hs))
    if any("{pdate}" in e[1] for e, _ in items):
        style = kw.pop("pstyle", None) or R.choice(P_FORMATS)
        if style.startswith("numeric"):
            style = NUMERIC[world] if style == "numeric" or world != "stage" else "iso"
        spec["pstyle"] = style
        spec["pdate"] = pdate_pick(as_of, near=(style == "weekday"))
        if style == "weekday":
            kw.setdefault("msg_day", 1)
    if any("{pastdate}" in e[1] for e, _ in items):
        spec["pastdate"] = as_of - dt.timedelta(days=R.choice([2, 3, 4]))
        while spec["pastdate"].weekday() >= 5:
            spec["pastdate"] -= dt.timedelta(days=1)
        kw.setdefault("msg_day", 12)
    if "wrap" not in kw and len(items) == 1 and "\nF: " not in items[0][0][1] and \
            items[0][0][1].startswith("S:"):
        kw["wrap"] = R.choice([None, None, None, "sig", "footer", "fwd", "quote"])
    spec.update(kw)
    SPECS.append(spec)


def specs():
    # complaints: 2 at >= 60 days, 11 after the current stage was reminded
    cur_idx = {0, 2, 5, 7, 9, 11, 13, 15, 17, 19, 21}
    for i, e in enumerate(T.COMPLAINTS):
        if i in (3, 16):
            add("complaint", L_LD, e, "complaint", stage=60, mode="earlier")
        else:
            add("complaint", L_LD, e, "complaint", stage=R.choice([1, 7, 14, 14, 30]),
                mode="current" if i in cur_idx else R.choice(["none", "earlier"]))
    # paid claims: 15 of 22 after the current stage was reminded, one at >= 60 days
    not_cur = {1, 4, 8, 12, 15, 18, 20}
    for i, e in enumerate(T.PAID_CLAIMS):
        st = 60 if i == 10 else R.choice([7, 14, 14, 30, 30])
        add("paid_claim", L_LD, e, "paid", stage=st,
            mode=R.choice(["none", "earlier"]) if i in not_cur else "current")
    # promises: every one dated ahead; odd ones with the current stage not reminded
    for i, e in enumerate(T.PROMISES):
        add("promise", L_NA, e, "promise", stage=R.choice([1, 7, 14, 30]),
            mode="current" if i % 2 == 0 else R.choice(["none", "earlier"]),
            pstyle=P_FORMATS[i % len(P_FORMATS)])
    # hardship: < 60 days, current stage never reminded
    for i, e in enumerate(T.HARDSHIP):
        add("hardship", L_PP, e, "plan", stage=R.choice([1, 7, 14, 14, 30, 30]),
            mode=R.choice(["none", "earlier", "earlier"]))
    # hard stops
    add("hard_stop", ([E], HS_LEGAL, "legal_hold"), T.LEGAL[0], "legal", stage=30, mode="earlier")
    add("hard_stop", ([E], HS_LEGAL, "legal_hold"), T.LEGAL[1], "legal", stage=14, mode="none")
    add("hard_stop", ([E], HS_LEGAL, "legal_hold"), T.LEGAL[2], "legal", stage=7, mode="current")
    add("hard_stop", ([E], [HT, LD], "legal_hold"), T.LEGAL[3], "legal", stage=30,
        mode="earlier", cf="Disputed")
    add("hard_stop", ([E], [LD], "open_dispute"), world="watch", stage=14, mode="earlier",
        cf="Disputed")
    add("hard_stop", ([E], [LD, HT], "open_dispute"), world="cask", stage=7, mode="none",
        cf="DISPUTED", amount=12840.0)
    add("hard_stop", ([E], [LD], "open_dispute"), T.DISPUTE_NOTES[0], "dispute_note", stage=14,
        mode="current")
    add("hard_stop", ([E], [LD], "open_dispute"),
        msgs=[(T.DISPUTE_NOTES[1], "dispute_note"), (T.DISPUTE_NOTES[2], "harmless")],
        stage=30, mode="earlier")
    add("hard_stop", ([E], [HT], "over_risk_threshold"), T.OVER_RISK_PROMISE, "promise", stage=7,
        mode="none", amount=13800.0)
    add("hard_stop", ([E], [HT], "over_risk_threshold"), world="watch:EUR", stage=14,
        mode="earlier", amount=11200.0, unapplied=-1)
    add("hard_stop", ([E], [HT], "over_risk_threshold"), world="stage:USD", stage=30,
        mode="earlier", amount=7600.0, home_balance=False)
    add("hard_stop", ([E], HS_CREDIT, "unapplied_credit"), world="stage", stage=7, mode="none",
        unapplied=-1)
    add("hard_stop", ([E], HS_CREDIT, "unapplied_credit"), world="cask", stage=14,
        mode="earlier", amount=3100.0, unapplied=1500.0, credit_memo=1650.0)
    add("hard_stop", ([E], HS_CREDIT, "unapplied_credit"), T.UNAPPLIED_PAID, "paid", stage=14,
        mode="current", unapplied=-1, no_addr=True)
    add("hard_stop", ([E], HS_MISSING, "missing_context"), world="stage", stage=14,
        mode="none", no_addr=True)
    add("hard_stop", ([E], HS_MISSING, "missing_context"), world="cask", dpd=None)
    # escalations
    add("escalation", L_HT, world="watch", dpd=66, reminders=[14, 30])
    add("escalation", L_HT, world="cask:EUR", dpd=118, reminders=[30, 60])
    add("escalation", L_HT, world="stage", stage=30, reminders=[1, 7, 14])
    add("escalation", L_HT, world="cask", stage=14, mode="none",
        cust_notes=T.NOAUTO_CUSTOMER_NOTES)
    add("escalation", L_HT, T.NOAUTO_NOTE, "noauto", stage=7, mode="none")
    # routine: six silent, four harmless replies
    add("routine", L_RR, world="stage", stage=1, mode="none")
    add("routine", L_RR, world="watch:EUR", stage=7, reminders=[1])
    add("routine", L_RR, world="cask", stage=14, reminders=[7])
    add("routine", L_RR, world="stage:USD", stage=30, reminders=[1, 14], home_balance=False)
    add("routine", L_RR, world="cask:EUR", stage=14, mode="none")
    add("routine", L_RR, world="watch", stage=30, reminders=[7, 14])
    for e in T.ROUTINE_REPLIES:
        add("routine", L_ALT, e, "harmless", stage=R.choice([7, 14, 30]), mode="earlier")
    for e in T.BENIGN:
        add("benign", L_ALT, e, "benign", stage=R.choice([1, 7, 14, 30]), mode="earlier")
    for e in T.UNREAD:
        add("unread", L_ALT, e, "unread", stage=R.choice([7, 14, 30]), mode="earlier")
    # nothing to do
    add("no_action", L_NA, world="watch", stage=14, reminders=[1, 7], balance0=True)
    add("no_action", L_NA, world="stage", dpd=-6)
    add("no_action", L_NA, world="cask:EUR", dpd=0)
    add("no_action", L_NA, world="cask", dpd=R.randint(16, 28), reminders=[7, 14])
    for e in T.INJECTIONS:
        add("injection", ([E], [LD, HT], None), e, "injection", stage=R.choice([7, 14, 30]),
            mode="earlier")
    for k, e in enumerate(T.OTHER_INVOICE):
        add("other_invoice", L_ALT, e, "other", stage=R.choice([7, 14, 30]), mode="earlier",
            other="paid" if k == 3 else "open")
    # mixed hard negatives (28)
    M = T.MIXED_TEXTS
    add("mixed", L_ALT, M["not_complaining"], "negated", stage=14, mode="earlier")
    add("mixed", L_ALT, M["hypothetical"], "hypothetical", stage=7, mode="none")
    add("mixed", L_ALT, M["retracted"], "retracted", stage=14, mode="earlier")
    add("mixed", L_ALT, T.RESOLVED[0], ("resolved", "resolved"), stage=14, mode="none")
    add("mixed", L_ALT, T.RESOLVED[1], "resolved", stage=7, mode="earlier")
    add("mixed", L_ALT, T.RESOLVED[2], ("dispute_note", "resolved_note"), stage=30, mode="earlier")
    add("mixed", L_RR, M["expired_promise"], "expired", stage=30, mode="earlier")
    add("mixed", L_HT, M["promise_60"], "promise", stage=60, mode="earlier")
    add("mixed", L_HT, M["plan_60"], "plan", stage=60, mode="earlier")
    add("mixed", L_NA, M["plan_after_reminder"], "plan", stage=14, mode="current")
    add("mixed", L_NA, M["no_plan_needed"], "promise", stage=7, mode="none")
    add("mixed", ([D, N], [PP, NA], None), M["need_until"], "need_until", stage=7, mode="earlier")
    add("mixed", ([D, N], [PP, NA], None), M["dated_instalments"], "instalments", stage=14,
        mode="none")
    add("mixed", ([N, D], [NA, RR], None), M["undated_run"], "undated_run", stage=7, mode="earlier")
    add("mixed", ([N, E], [NA, HT], None), M["promise_stop"], "promise_stop", stage=14,
        mode="earlier")
    add("mixed", ([N, D], [NA, RR], None), M["phoned_promise"], "phoned", stage=14, mode="none")
    add("mixed", ([N, E], [NA, LD, HT], None), M["paid_then_promise"],
        ("paid_then_promise", "paid_then_promise"), stage=30, mode="earlier")
    add("mixed", L_NA, M["privileged_promise"], "promise", stage=14, mode="none", wrap=None)
    add("mixed", L_ALT, M["reply_breaks_three"], "harmless", stage=30, reminders=[1, 7, 14],
        msg_after_first=True, wrap=None)
    add("mixed", L_RR, world="watch", stage=30, reminders=[1, 7, 14], partials=[0.3],
        partial_after_first=True)
    add("mixed", L_RR, M["note_breaks_three"], "harmless", stage=30, reminders=[1, 7, 14],
        msg_after_first=True)
    add("mixed", L_PP, world="stage", stage=14, mode="earlier", partials=[0.25, 0.25])
    add("mixed", L_RR, world="cask", stage=7, mode="none", partials=[0.4])
    add("mixed", L_RR, world="stage", stage=14, mode="earlier", cf="Reminder sent")
    add("mixed", L_RR, world="cask:EUR", stage=7, mode="none", amount=11240.0)
    add("mixed", L_RR, world="watch", stage=14, mode="earlier", amount=2400.0, unapplied=700.0)
    add("mixed", ([N, E], [NA, LD], None), M["not_yet_due_complaint"], "complaint", dpd=-4)
    add("mixed", ([D, N], [RR, NA], None), M["collector_email"], "collector", stage=7,
        mode="earlier")


def main():
    specs()
    order = list(range(len(SPECS)))
    R.shuffle(order)
    cases, expected = [], []
    for n, k in enumerate(order, 1):
        spec = SPECS[k]
        if isinstance(spec["as_of"], str):
            spec["as_of"] = spec["as_of"]
        cid = f"tk-{n:04d}"
        b, fm = build_case(cid, spec)
        routes, outcomes, hs = spec["label"]
        exp = {"class": spec["cls"], "hard_stop": hs, "id": cid, "outcome": list(outcomes),
               "route": list(routes)}
        wellformed(b, exp)
        check(b, fm, spec, exp)
        cases.append(json.dumps(b, ensure_ascii=False, sort_keys=True))
        expected.append(json.dumps(exp, sort_keys=True))
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(cases) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(expected) + "\n")
    mix = {}
    for s in SPECS:
        mix[s["cls"]] = mix.get(s["cls"], 0) + 1
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in mix.items()))


if __name__ == "__main__":
    main()

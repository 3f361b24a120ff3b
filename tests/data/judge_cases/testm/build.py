#!/usr/bin/env python3
"""Builds the testm held-out judge set: cases.jsonl and expected.jsonl (stdlib only).

    python3 tests/data/judge_cases/testm/build.py   # rewrites both files byte for byte

Written blind from shared/SPEC.md, the entity shapes in shared/eval/ and shared/fixtures/qbo/,
and the label conventions in the judge_cases READMEs. Every text is in texts.py; this script
only fills placeholders, builds the QuickBooks scaffold around each text, derives the
structural facts back from the built bundle (check()) and refuses to write a case whose
scaffold contradicts its label, and validates every bundle (wellformed()).
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

SEED = 20261220
HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.00
D = dt.date
DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")

CURNAMES = {"EUR": "Euro", "GBP": "British Pound Sterling", "USD": "United States Dollar",
            "MXN": "Mexican Peso", "AUD": "Australian Dollar", "NZD": "New Zealand Dollar"}

WORLDS = {
    "rope": dict(home="EUR", foreign="GBP", tz="+01:00", me="Katrin",
                 supplier="Seilwerk Nord Höhenarbeit GmbH", ar="ar@seilwerk-nord.example",
                 prefix="SN-26-", rate=(1.145, 1.185), amt=(640, 8900), famt=(480, 6400),
                 items=["Rope access facade cleaning", "Silicone joint renewal",
                        "Anchor point inspection EN 795", "Technician day rate",
                        "Access equipment and rigging", "Pigeon netting installation"],
                 paystyle="%d.%m.%Y"),
    "escape": dict(home="USD", foreign="MXN", tz="-06:00", me="Dana",
                   supplier="Lockbox Labyrinth Studio LLC", ar="billing@lockboxlabyrinth.example",
                   prefix="LL-", rate=(0.0521, 0.0578), amt=(450, 7800), famt=(4800, 9800),
                   items=["Puzzle design and story", "Fit-out labor", "Prop fabrication",
                          "Maglock and controller install", "Theming and scenic paint",
                          "Lighting and sound cues"],
                   paystyle="%m/%d/%Y"),
    "oyster": dict(home="AUD", foreign="NZD", tz="+11:00", me="Sophie",
                   supplier="Derwent Reach Oysters Pty Ltd", ar="accounts@derwentreach.example",
                   prefix="DR", rate=(0.901, 0.928), amt=(280, 6400), famt=(350, 5800),
                   items=["Pacific oysters, plate grade (doz)", "Angasi flat oysters (doz)",
                          "Refrigerated freight", "Smoked salmon 1kg", "Bistro grade Pacifics (doz)"],
                   paystyle="%d/%m/%Y"),
}

# (name, domain, contact, currency)
CUSTOMERS = {
    "rope": [
        ("HafenCity Immobilienverwaltung GmbH", "hafencity-iv.example", "Birte Sommer", "EUR"),
        ("Hotel Alsterblick GmbH", "alsterblick-hotel.example", "Jonas Petersen", "EUR"),
        ("Windpark Dithmarschen Service GmbH", "wp-dithmarschen.example", "Hauke Thiessen", "EUR"),
        ("Kirchengemeinde St. Katharinen", "katharinen-kirche.example", "Dorothea Kühl", "EUR"),
        ("Brandt Glasfassaden GmbH", "brandt-glas.example", "Stefan Brandt", "EUR"),
        ("Reederei Kranz & Söhne KG", "kranz-reederei.example", "Maren Kranz", "EUR"),
        ("Elbufer Bürohaus GmbH & Co. KG", "elbufer-buero.example", "Tobias Wendt", "EUR"),
        ("Thameside Estates Ltd", "thameside-estates.example", "Gareth Price", "GBP"),
        ("Clyde Tower Management Ltd", "clydetower.example", "Fiona McLeod", "GBP"),
        ("Northgate Cathedral Works", "northgate-cathedral.example", "Anne Hollis", "GBP"),
    ],
    "escape": [
        ("Cipher Room ATX LLC", "cipherroomatx.example", "Tyler Nguyen", "USD"),
        ("Bayou Breakout LLC", "bayoubreakout.example", "Destiny Broussard", "USD"),
        ("Moonlight Mysteries Dallas", "moonlightmysteries.example", "Greg Hollister", "USD"),
        ("Red River Family Fun Center", "redriverfun.example", "Sandra Kowalski", "USD"),
        ("Alamo Puzzle Works LLC", "alamopuzzle.example", "Rick Salazar", "USD"),
        ("Hill Country Resort & Spa", "hillcountryresort.example", "Megan Price", "USD"),
        ("Travis County Library District", "tcld-library.example", "Patricia Ames", "USD"),
        ("The Vault Escape Co", "thevaultescape.example", "Jordan Lee", "USD"),
        ("Escapa Monterrey S.A. de C.V.", "escapamty.example", "Luis Garza", "MXN"),
        ("Enigma CDMX S. de R.L. de C.V.", "enigmacdmx.example", "Fernanda Ríos", "MXN"),
        ("Laberinto Guadalajara S.A. de C.V.", "laberintogdl.example", "Andrés Villalobos", "MXN"),
    ],
    "oyster": [
        ("Salamanca Fish Bar", "salamancafish.example", "Kirra Thomson", "AUD"),
        ("Battery Point Bistro", "batterypointbistro.example", "Lachlan Reid", "AUD"),
        ("Harbour Catch Traders Pty Ltd", "harbourcatch.example", "Vanessa Doyle", "AUD"),
        ("Southbank Seafood Wholesale Pty Ltd", "southbankseafood.example", "Peter Lim", "AUD"),
        ("Freycinet Lodge Kitchen", "freycinetlodge.example", "Hamish Grant", "AUD"),
        ("Bondi Shuck Club", "bondishuck.example", "Mia Costa", "AUD"),
        ("Launceston Lobster & Co", "lonlobster.example", "Shane Burke", "AUD"),
        ("Wellington Waterfront Oyster Co", "wgtnoyster.example", "Aroha Ngata", "NZD"),
        ("Auckland Shuck House Ltd", "aklshuck.example", "Ben Whitaker", "NZD"),
        ("Queenstown Alpine Kitchen", "qtalpine.example", "Wei Zhang", "NZD"),
    ],
}

# a text that names its customer (or a kind of customer) gets that customer
PINS = [
    ("Thameside", "Thameside Estates Ltd"), ("Clyde Tower", "Clyde Tower Management Ltd"),
    ("Cathedral", "Northgate Cathedral Works"), ("Kirchengemeinde", "Kirchengemeinde St. Katharinen"),
    ("Kirchturm", "Kirchengemeinde St. Katharinen"), ("parish council", "Kirchengemeinde St. Katharinen"),
    ("turbine", "Windpark Dithmarschen Service GmbH"), ("Blade inspection", "Windpark Dithmarschen Service GmbH"),
    ("at the hotel", "Hotel Alsterblick GmbH"), ("Hausverwaltung", "HafenCity Immobilienverwaltung GmbH"),
    ("insurance office", "Elbufer Bürohaus GmbH & Co. KG"),
    ("Moonlight Mysteries", "Moonlight Mysteries Dallas"), ("Library", "Travis County Library District"),
    ("County", "Travis County Library District"), ("Hill Country", "Hill Country Resort & Spa"),
    ("Red River", "Red River Family Fun Center"), ("Alamo", "Alamo Puzzle Works LLC"),
    ("harbourcatch", "Harbour Catch Traders Pty Ltd"), ("Battery Point", "Battery Point Bistro"),
    ("Footscray", "Southbank Seafood Wholesale Pty Ltd"),
    ("principal retail customer", "Southbank Seafood Wholesale Pty Ltd"),
    ("wedding", "Freycinet Lodge Kitchen"), ("Auckland", "Auckland Shuck House Ltd"),
    ("SH6", "Queenstown Alpine Kitchen"), ("Our chef say", "Queenstown Alpine Kitchen"),
    ("Angasi flats", "Wellington Waterfront Oyster Co"), ("administrators appointed", "Bondi Shuck Club"),
    ("Speicherstadt", "HafenCity Immobilienverwaltung GmbH"), ("at the bistro", "Battery Point Bistro"),
]
# customers whose kind shows in their texts: only a text that names them gets them
PIN_ONLY = {"Kirchengemeinde St. Katharinen", "Windpark Dithmarschen Service GmbH", "Northgate Cathedral Works",
            "Travis County Library District", "Hill Country Resort & Spa"}

SIGNATURES = {
    "rope": ["\n\n--\n{contact}\n{cust}\nTel. +49 40 {phone}\nSitz Hamburg | USt-IdNr. DE{hrb}4711",
             "\n\n{cust} | Hamburg\nwww.{domain}"],
    "escape": ["\n\n--\n{contact}\n{cust}\n(512) 555-{phone4}\nEscape the ordinary.",
               "\n\nSent from my iPhone"],
    "oyster": ["\n\n--\n{contact}\n{cust}\nPh (03) 6{phone}\nWe acknowledge the traditional owners of the land on which we work.",
               "\n\nSent from Outlook for Android"],
}
FOOTERS = [
    "\n\nCAUTION: This email originated from outside of the organisation. Do not click links or "
    "open attachments unless you recognise the sender.",
    "\n\nThis email is confidential and intended solely for the addressee. If you have received "
    "it in error, please delete it and inform the sender. Please consider the environment before "
    "printing this email.",
    "\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.",
]

DISPUTE_WORDS = re.compile(r"disput|contest|disagree|object to|challenge", re.I)
LEGAL_WORDS = re.compile(r"lawyer|attorney|counsel|solicitor|legal|bankrupt|insolven|rechtsanwalt|"
                         r"court|amtsgericht|administrator|liquidat|chapter 11|chapter 7", re.I)
DATEISH = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|"
                     r"end of the month|month-end)\b|\b\d{1,2}(st|nd|rd|th)\b|\d{1,2}[./]\d{1,2}|"
                     r"\{pdate\}|\{oldp\}", re.I)


# ------------------------------------------------------------------ formatting helpers
def money(cur: str, x: float) -> str:
    s = f"{x:,.2f}"
    if cur == "EUR":
        return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"
    return {"GBP": "£" + s, "USD": "$" + s, "MXN": "MXN " + s, "AUD": "$" + s,
            "NZD": "NZ$" + s}[cur]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(style: str, d: D) -> str:
    return {
        "iso": d.isoformat(), "dmy": d.strftime("%d/%m/%Y"), "mdy": d.strftime("%m/%d/%Y"),
        "dot": d.strftime("%d.%m.%Y"), "long": f"{d.day} {d.strftime('%B %Y')}",
        "us_long": f"{d.strftime('%B')} {ordinal(d.day)}", "short": d.strftime("%a ") + f"{d.day} " + d.strftime("%b"),
        "the": f"the {ordinal(d.day)}", "weekday": d.strftime("%A"),
    }[style]


PDATE_STYLES = {"rope": ["iso", "dot", "long", "short", "dot"],
                "escape": ["mdy", "us_long", "weekday", "iso", "the"],
                "oyster": ["dmy", "long", "short", "weekday", "the"]}


def ts(d: D, hh: int, mm: int, tz: str) -> str:
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}:00{tz}"


def parse_ts(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


# ------------------------------------------------------------------ case specs
def L(routes, outcomes, hard_stop=None):
    return {"route": list(routes), "outcome": list(outcomes), "hard_stop": hard_stop}


L_DISPUTE = L([ESC], [LD])
L_GATE = L([NONE], [NA])
L_PLAN = L([DRAFT], [PP])
L_ROUTINE = L([DRAFT], [RR])
L_HIGH = L([ESC], [HT])
L_HARMLESS = L([DRAFT, ESC], [RR, HT])


def specs(rng: random.Random) -> list[dict]:
    out = []

    def add(cls, tag, label, world, text=None, **kw):
        out.append(dict(cls=cls, tag=tag, label=label, world=world, text=text, **kw))

    # dpd helpers: a day count inside a stage band
    def band(stage, hi=None):
        lo = stage
        hi = hi or {1: 6, 7: 13, 14: 29, 30: 59, 60: 130}[stage]
        return rng.randint(lo, hi)

    def foreign_of(world_tag):
        return ":" in world_tag

    # ---- complaints: 2 at >= 60 days, 11 after the current stage was reminded
    flags = [True] * 11 + [False] * 11
    rng.shuffle(flags)
    for i, (w, txt) in enumerate(T.COMPLAINTS):
        if i in (7, 20):
            dpd = rng.choice([64, 71, 88])
        else:
            dpd = band(rng.choice([1, 7, 14, 14, 30]))
        add("complaint", "complaint", L_DISPUTE, w, txt, dpd=dpd, cur_reminded=flags[i])
    # ---- paid claims: 15 of 22 after the current stage was reminded
    flags = [True] * 15 + [False] * 7
    rng.shuffle(flags)
    for i, (w, txt) in enumerate(T.PAID_CLAIMS):
        dpd = band(rng.choice([1, 7, 7, 14, 14, 30]))
        add("paid_claim", "paid", L_DISPUTE, w, txt, dpd=dpd, cur_reminded=flags[i])
    # ---- promises: 11 of 22 with the current stage not yet reminded
    flags = [True] * 11 + [False] * 11
    rng.shuffle(flags)
    for i, (w, txt) in enumerate(T.PROMISES):
        dpd = band(rng.choice([1, 7, 14, 14, 30]))
        add("promise", "promise", L_GATE, w, txt, dpd=dpd, cur_reminded=flags[i])
    # ---- hardship: < 60 days, current stage never reminded; two with one earlier partial
    for i, (w, txt) in enumerate(T.HARDSHIP):
        dpd = band(rng.choice([1, 7, 14, 14, 30, 30]))
        add("hardship", "plan", L_PLAN, w, txt, dpd=dpd, cur_reminded=False,
            partials=1 if i in (4, 16) else 0)

    M = T.MIXED
    H = T.HARDSTOP
    # ---- mixed hard negatives (28)
    add("mixed", "harmless", L_HARMLESS, *M["negated"], dpd=10, rem=[1])
    add("mixed", "harmless", L_HARMLESS, *M["hypothetical"], dpd=5, rem=[])
    add("mixed", "harmless", L_HARMLESS, *M["retracted"], dpd=16, rem=[7])
    add("mixed", "harmless", L_HARMLESS, *M["settled_credit"], dpd=24, rem=[7], credit_applied=True)
    add("mixed", "harmless", L_HARMLESS, *M["old_fixed"], dpd=12, rem=[1])
    add("mixed", "harmless", L_HARMLESS, *M["resolved_note"], dpd=33, rem=[7, 14])
    add("mixed", "expired_promise", L_ROUTINE, *M["expired_promise"], dpd=20, rem=[7])
    add("mixed", "promise", L_HIGH, *M["promise_60"], dpd=68, rem=[30])
    add("mixed", "plan", L_HIGH, *M["plan_60"], dpd=75, rem=[14, 60])
    add("mixed", "plan", L_GATE, *M["plan_reminded"], dpd=16, rem=[7, 14])
    add("mixed", "promise", L_GATE, *M["no_plan_full"], dpd=9, rem=[1])
    add("mixed", "need_until", L([DRAFT, NONE], [PP, NA]), *M["need_until"], dpd=6, rem=[])
    add("mixed", "need_until", L([DRAFT, NONE], [PP, NA]), *M["dated_halves"], dpd=13, rem=[1])
    add("mixed", "undated_run", L([NONE, DRAFT], [NA, RR]), *M["undated_run"], dpd=8, rem=[1])
    add("mixed", "promise_stop", L([NONE, ESC], [NA, HT]), *M["promise_stop"], dpd=19, rem=[1, 7])
    add("mixed", "undated_run", L([NONE, DRAFT], [NA, RR]), *M["phoned_promise"], dpd=15, rem=[7])
    add("mixed", "paid_then_promise", L([NONE, ESC], [NA, LD, HT]), *M["paid_then_promise"], dpd=11,
        rem=[1, 7])
    add("mixed", "promise", L_GATE, *M["privileged_promise"], dpd=31, rem=[14, 30])
    add("mixed", "harmless", L_HARMLESS, *M["broken3_reply"], dpd=35, rem=[1, 7, 14], msg_after_first=True)
    add("mixed", "note", L_ROUTINE, *M["broken3_note"], dpd=40, rem=[1, 7, 14], msg_after_first=True)
    add("mixed", "none", L_ROUTINE, "rope", None, dpd=45, rem=[1, 7, 14], partials=1, partial_after_first=True)
    add("mixed", "none", L_PLAN, "escape", None, dpd=27, rem=[7], partials=2)
    add("mixed", "none", L_ROUTINE, "oyster:NZD", None, dpd=9, rem=[1], partials=1)
    add("mixed", "none", L_ROUTINE, "rope", None, dpd=14, rem=[7], status="Reminder sent")
    add("mixed", "none", L_ROUTINE, "oyster:NZD", None, dpd=22, rem=[7], balance=10640.00,
        rate=0.912, home_mode="home")
    add("mixed", "none", L_ROUTINE, "escape", None, dpd=10, rem=[1], balance=2400.00, unapplied=900.00)
    add("mixed", "notdue_complaint", L([NONE, ESC], [NA, LD]), *M["notdue_complaint"], dpd=-3, rem=[])
    add("mixed", "collector_email", L([DRAFT, NONE], [RR, NA]), *M["collector_email"], dpd=8, rem=[])

    # ---- hard stops (16)
    add("hard_stop", "legal", L([ESC], [HT, LD, RR], "legal_hold"), *H["legal_email"], dpd=20, rem=[7, 14])
    add("hard_stop", "legal", L([ESC], [HT, LD, RR], "legal_hold"), *H["legal_note"], dpd=35, rem=[14])
    add("hard_stop", "legal", L([ESC], [HT, LD, RR], "legal_hold"), *H["legal_counsel"], dpd=12, rem=[1, 7])
    add("hard_stop", "legal", L([ESC], [HT, LD], "legal_hold"), *H["legal_admin"], dpd=40, rem=[30],
        status="Disputed")
    add("hard_stop", "none", L([ESC], [LD], "open_dispute"), "escape", None, dpd=9, rem=[1], status="Disputed")
    add("hard_stop", "none", L([ESC], [LD, HT], "open_dispute"), "rope:GBP", None, dpd=18, rem=[7],
        status="DISPUTED", balance=9400.00, rate=1.18, home_mode="home")
    add("hard_stop", "dispute_note", L([ESC], [LD], "open_dispute"), *H["dispute_note"], dpd=15, rem=[7])
    add("hard_stop", "dispute_note", L([ESC], [LD], "open_dispute"), *H["refusal_note"], dpd=25, rem=[14])
    add("hard_stop", "promise", L([ESC], [HT], "over_risk_threshold"), *H["risk_promise"], dpd=11, rem=[7],
        balance=10000.00)
    add("hard_stop", "none", L([ESC], [HT], "over_risk_threshold"), "rope:GBP", None, dpd=16, rem=[],
        balance=8900.00, rate=1.162, home_mode="rate")
    add("hard_stop", "none", L([ESC], [HT], "over_risk_threshold"), "oyster:NZD", None, dpd=8, rem=[1],
        balance=11020.00, rate=0.919, home_mode="home", unapplied=11020.00)
    add("hard_stop", "none", L([ESC], [RR, HT, LD], "unapplied_credit"), "escape", None, dpd=13, rem=[7],
        balance=1850.00, unapplied=1850.00)
    add("hard_stop", "none", L([ESC], [RR, HT, LD], "unapplied_credit"), "oyster", None, dpd=21, rem=[],
        balance=1740.00, unapplied=1200.00, credit_open=600.00)
    add("hard_stop", "paid", L([ESC], [RR, HT, LD], "unapplied_credit"), *H["unapplied_paid"], dpd=10,
        rem=[7], balance=2315.40, unapplied=2315.40, no_email=True)
    add("hard_stop", "none", L([ESC], [RR, HT], "missing_context"), "oyster:NZD", None, dpd=10, rem=[],
        no_email=True)
    add("hard_stop", "none", L([ESC], [RR, HT], "missing_context"), "escape", None, dpd=26, rem=[],
        no_due=True)

    # ---- escalations (5)
    add("escalation", "none", L_HIGH, "rope", None, dpd=64, rem=[7, 30])
    add("escalation", "none", L_HIGH, "escape:MXN", None, dpd=118, rem=[])
    add("escalation", "none", L_HIGH, "oyster", None, dpd=20, rem=[1, 7, 14])
    add("escalation", "no_auto", L_HIGH, "rope", None, dpd=8, rem=[], cust_notes=T.NO_AUTO_CUSTOMER_NOTES,
        pin="HafenCity Immobilienverwaltung GmbH")
    add("escalation", "no_auto", L_HIGH, *H["no_auto_note"], dpd=15, rem=[])

    # ---- routine (10): six silent, four harmless replies
    add("routine", "none", L_ROUTINE, "rope", None, dpd=3, rem=[])
    add("routine", "none", L_ROUTINE, "rope:GBP", None, dpd=9, rem=[1])
    add("routine", "none", L_ROUTINE, "escape:MXN", None, dpd=17, rem=[7])
    add("routine", "none", L_ROUTINE, "oyster", None, dpd=41, rem=[7, 14])
    add("routine", "none", L_ROUTINE, "oyster:NZD", None, dpd=22, rem=[])
    add("routine", "none", L_ROUTINE, "escape", None, dpd=11, rem=[1])
    for w, txt in T.HARMLESS:
        add("routine", "harmless", L_HARMLESS, w, txt, dpd=band(rng.choice([1, 7, 14])), rem=None,
            cur_reminded=False)
    # ---- benign (5), unread (5): after an earlier stage's reminder, current stage not reminded
    for w, txt in T.BENIGN:
        add("benign", "harmless", L_HARMLESS, w, txt, dpd=band(rng.choice([7, 14, 30])), rem=None,
            cur_reminded=False)
    for w, txt in T.UNREAD:
        st = rng.choice([7, 14, 30])
        add("unread", "harmless", L_HARMLESS, w, txt, dpd=band(st), rem=[{7: 1, 14: 7, 30: 14}[st]])
    # ---- no action (4)
    add("no_action", "none", L_GATE, "rope", None, dpd=12, rem=[1, 7], paid_off=True)
    add("no_action", "none", L_GATE, "escape", None, dpd=-6, rem=[])
    add("no_action", "none", L_GATE, "oyster", None, dpd=0, rem=[])
    add("no_action", "none", L_GATE, "oyster:NZD", None, dpd=18, rem=[7, 14])
    # ---- injections (4)
    for w, txt in T.INJECTIONS:
        add("injection", "injection", L([ESC], [LD, HT]), w, txt, dpd=band(rng.choice([1, 7, 14])),
            rem=None, cur_reminded=rng.choice([True, False]))
    # ---- other invoice (4): about another open (or paid) invoice; current stage not reminded
    for i, (w, txt) in enumerate(T.OTHER_INVOICE):
        add("other_invoice", "harmless", L_HARMLESS, w, txt, dpd=band(rng.choice([1, 7, 14])), rem=None,
            cur_reminded=False, other="paid" if i == 3 else "open")
    return out


# ------------------------------------------------------------------ scaffold
class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.next_id = 1000

    def nid(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def lines(self, world: str, total: float) -> list:
        rng = self.rng
        k = rng.choice([1, 1, 2, 3])
        items = rng.sample(WORLDS[world]["items"], k)
        cents = int(round(total * 100))
        parts = []
        rest = cents
        for j in range(k - 1):
            p = int(rest * rng.uniform(0.2, 0.6))
            parts.append(p)
            rest -= p
        parts.append(rest)
        out = []
        for j, (it, c) in enumerate(zip(items, parts), 1):
            amt = c / 100
            out.append({"Amount": amt, "Description": it, "DetailType": "SalesItemLineDetail", "Id": str(j),
                        "LineNum": j, "SalesItemLineDetail": {"ItemRef": {"name": it.split(",")[0][:30],
                                                                          "value": str(10 + j)},
                                                              "Qty": 1, "UnitPrice": amt}})
        out.append({"Amount": round(total, 2), "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}})
        return out

    def invoice(self, world, cust, cur, rate, home_mode, txn: D, due: D | None, total, balance, doc, email=True):
        w = WORLDS[world]
        inv = {
            "Balance": round(balance, 2),
            "CurrencyRef": {"name": CURNAMES[cur], "value": cur},
            "CustomField": [],
            "CustomerRef": {"name": cust[0], "value": cust[4]},
            "DocNumber": doc,
            "EmailStatus": "EmailSent",
            "Id": self.nid(),
            "Line": self.lines(world, total),
            "LinkedTxn": [],
            "MetaData": {"CreateTime": ts(txn, 9, 0, w["tz"]), "LastUpdatedTime": ts(txn, 9, 0, w["tz"])},
            "PrintStatus": "NotSet",
            "PrivateNote": "",
            "SalesTermRef": {"value": "3"},
            "SyncToken": "1",
            "TotalAmt": round(total, 2),
            "TxnDate": txn.isoformat(),
        }
        if email:
            inv["BillEmail"] = {"Address": cust[5]}
        if due is not None:
            inv["DueDate"] = due.isoformat()
        if rate is not None:
            inv["ExchangeRate"] = rate
            if home_mode == "home":
                inv["HomeBalance"] = round(balance * rate, 2)
                inv["HomeTotalAmt"] = round(total * rate, 2)
        return inv

    def payment(self, world, cust, cur, rate, day: D, links, unapplied=0.0, cm_links=()):
        w = WORLDS[world]
        lines = [{"Amount": round(a, 2), "LinkedTxn": [{"TxnId": tid, "TxnType": "Invoice"}]} for tid, a in links]
        lines += [{"Amount": round(a, 2), "LinkedTxn": [{"TxnId": tid, "TxnType": "CreditMemo"}]}
                  for tid, a in cm_links]
        total = round(sum(a for _, a in links) - sum(a for _, a in cm_links) + unapplied, 2)
        p = {"CurrencyRef": {"name": CURNAMES[cur], "value": cur},
             "CustomerRef": {"name": cust[0], "value": cust[4]}, "Id": self.nid(), "Line": lines,
             "MetaData": {"CreateTime": ts(day, 10, 15, w["tz"]), "LastUpdatedTime": ts(day, 10, 15, w["tz"])},
             "SyncToken": "0", "TotalAmt": total, "TxnDate": day.isoformat(), "UnappliedAmt": round(unapplied, 2)}
        if rate is not None:
            p["ExchangeRate"] = rate
        return p

    def credit_memo(self, world, cust, cur, day: D, total, balance, doc):
        w = WORLDS[world]
        return {"Balance": round(balance, 2), "CurrencyRef": {"name": CURNAMES[cur], "value": cur},
                "CustomerRef": {"name": cust[0], "value": cust[4]}, "DocNumber": doc, "Id": self.nid(),
                "Line": [{"Amount": round(total, 2), "Description": "Credit - goodwill adjustment",
                          "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                          "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "90"}, "Qty": 1,
                                                  "UnitPrice": round(total, 2)}},
                         {"Amount": round(total, 2), "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
                "MetaData": {"CreateTime": ts(day, 11, 0, w["tz"]), "LastUpdatedTime": ts(day, 11, 0, w["tz"])},
                "RemainingCredit": round(balance, 2), "SyncToken": "0", "TotalAmt": round(total, 2),
                "TxnDate": day.isoformat()}


def pick_customer(rng, world_tag, text, pin=None):
    world, _, fcur = world_tag.partition(":")
    w = WORLDS[world]
    cur = fcur or w["home"]
    pool = [c for c in CUSTOMERS[world] if c[3] == cur and c[0] not in PIN_ONLY]
    if pin is None and text:
        for key, name in PINS:
            if key in text:
                pin = name
                break
    if pin is not None:
        pool = [c for c in CUSTOMERS[world] if c[0] == pin]
        assert pool and pool[0][3] == cur, (pin, world_tag)
    return world, cur, rng.choice(pool)


def split_messages(text: str) -> list[dict]:
    msgs = []
    for part in text.split("\n===\n"):
        first, _, rest = part.partition("\n")
        kind, _, head = first.partition(": ")
        assert kind in ("S", "U", "N"), first
        sender = None
        if rest.startswith("F: "):
            fl, _, rest = rest.partition("\n")
            sender = fl[3:].strip()
        msgs.append({"kind": kind, "head": head, "body": rest, "sender": sender})
    return msgs


def build_case(spec: dict, n: int, rng: random.Random, B: Builder) -> tuple[dict, dict]:
    world, cur, c = pick_customer(rng, spec["world"], spec.get("text"), spec.get("pin"))
    w = WORLDS[world]
    tz = w["tz"]
    home = w["home"]
    foreign = cur != home
    name, domain, contact, _ = c
    first = contact.split()[0]
    cust_id = str(300 + n)
    addr = rng.choice([f"{first.lower()}.{contact.split()[-1].lower()}@{domain}", f"accounts@{domain}",
                       f"ap@{domain}", f"{first.lower()}@{domain}"])
    addr = (addr.replace("ü", "ue").replace("ö", "oe").replace("í", "i").replace("é", "e"))
    cust = (name, domain, contact, cur, cust_id, addr)
    as_of = D(2026, 12, 14) + dt.timedelta(days=rng.randint(0, 4))
    dpd = spec["dpd"]
    due = as_of - dt.timedelta(days=dpd)
    txn = due - dt.timedelta(days=rng.choice([14, 30, 30]))
    if spec.get("no_due"):
        txn = as_of - dt.timedelta(days=dpd + 30)
    # amounts
    if "balance" in spec:
        balance = spec["balance"]
    else:
        lo, hi = w["famt"] if foreign else w["amt"]
        balance = round(rng.uniform(lo, hi), 2)
    rate = spec.get("rate")
    home_mode = spec.get("home_mode")
    if foreign and rate is None:
        rate = round(rng.uniform(*w["rate"]), 4 if cur == "MXN" else 3)
        home_mode = "rate" if rng.random() < 0.25 else "home"
    if not foreign:
        rate, home_mode = None, None
    # reminders
    cur_stage = max([s for s in STAGES if s <= dpd], default=None)
    rem = spec.get("rem")
    if rem is None:
        reached = [s for s in STAGES if dpd >= s]
        earlier = [s for s in reached if s != cur_stage]
        if spec.get("cur_reminded"):
            k = rng.choice([0, 1, 1])
            rem = sorted(set(earlier[-k:] if k else []) | {cur_stage})
        else:
            k = rng.choice([0, 1, 1, 2]) if earlier else 0
            rem = earlier[-k:] if k else []
            if len(rem) >= 3:
                rem = rem[-2:]
    rem = sorted(rem)
    reminders = []
    for s in rem:
        d = due + dt.timedelta(days=s)
        if d + dt.timedelta(days=1) <= as_of and rng.random() < 0.4:
            d += dt.timedelta(days=1)
        reminders.append({"date": ts(d, 8, 30, tz), "stage": s})
    last_rem = parse_ts(reminders[-1]["date"]) if reminders else None
    first_rem = parse_ts(reminders[0]["date"]) if reminders else None

    total = balance
    payments, credit_memos, invoices, emails, notes = [], [], [], [], []
    paid_off = spec.get("paid_off")
    doc = f"{w['prefix']}{4000 + n}" if world != "escape" else f"{w['prefix']}{1200 + n}"
    if paid_off:
        total, balance = balance, 0.0
    partials = []
    if spec.get("partials"):
        for j in range(spec["partials"]):
            partials.append(round(balance * rng.uniform(0.15, 0.3), 2))
        total = round(balance + sum(partials), 2)
    credit_applied = 0.0
    if spec.get("credit_applied"):
        credit_applied = round(balance * 0.18, 2)
        total = round(balance + credit_applied, 2)
    inv = B.invoice(world, cust, cur, rate, home_mode, txn, None if spec.get("no_due") else due, total,
                    balance, doc, email=not spec.get("no_email"))
    if spec.get("status"):
        inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": spec["status"],
                               "Type": "StringType"}]
    # payments on this invoice
    if paid_off:
        p = B.payment(world, cust, cur, rate, as_of - dt.timedelta(days=2), [(inv["Id"], total)])
        payments.append(p)
        inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
    for j, a in enumerate(partials):
        if spec.get("partial_after_first"):
            day = first_rem.date() + dt.timedelta(days=2 + j)
        else:
            day = due - dt.timedelta(days=3) + dt.timedelta(days=6 * j)
            if day > as_of:
                day = as_of - dt.timedelta(days=1)
        p = B.payment(world, cust, cur, rate, day, [(inv["Id"], a)])
        payments.append(p)
        inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
    if spec.get("unapplied"):
        payments.append(B.payment(world, cust, cur, rate, as_of - dt.timedelta(days=rng.randint(1, 5)), [],
                                  unapplied=spec["unapplied"]))
    if spec.get("credit_open"):
        credit_memos.append(B.credit_memo(world, cust, cur, as_of - dt.timedelta(days=9), spec["credit_open"],
                                          spec["credit_open"], f"CM-{doc}"))
    # history: paid invoices
    for h in range(rng.choice([0, 1, 2, 3])):
        hd = txn - dt.timedelta(days=35 * (h + 1))
        ht = round(rng.uniform(*(w["famt"] if foreign else w["amt"])) * 0.6, 2)
        hi = B.invoice(world, cust, cur, rate, "home" if home_mode else None, hd, hd + dt.timedelta(days=30),
                       ht, 0.0, f"{doc}-H{h + 1}")
        hp = B.payment(world, cust, cur, rate, hd + dt.timedelta(days=rng.randint(20, 38)), [(hi["Id"], ht)])
        hi["LinkedTxn"].append({"TxnId": hp["Id"], "TxnType": "Payment"})
        invoices.append(hi)
        payments.append(hp)
    other_doc = None
    if spec.get("other"):
        od = txn - dt.timedelta(days=rng.randint(5, 20))
        ot = round(rng.uniform(*(w["famt"] if foreign else w["amt"])) * 0.7, 2)
        other_doc = f"{w['prefix']}{3700 + n}" if world != "escape" else f"{w['prefix']}{1000 + n}"
        if spec["other"] == "open":
            oi = B.invoice(world, cust, cur, rate, "home" if home_mode else None, od, od + dt.timedelta(days=30),
                           ot, ot, other_doc)
        else:
            oi = B.invoice(world, cust, cur, rate, "home" if home_mode else None, od, od + dt.timedelta(days=30),
                           ot, 0.0, other_doc)
            op = B.payment(world, cust, cur, rate, od + dt.timedelta(days=25), [(oi["Id"], ot)])
            oi["LinkedTxn"].append({"TxnId": op["Id"], "TxnType": "Payment"})
            payments.append(op)
        invoices.append(oi)

    # messages
    meta = {"pdate": None, "oldp": None, "texts": []}
    text = spec.get("text")
    if text:
        msgs = split_messages(text)
        k = len(msgs)
        if spec["tag"] == "expired_promise":
            lo = last_rem + dt.timedelta(hours=3)
            e_day = max(lo.date(), as_of - dt.timedelta(days=12))
            e_day = min(e_day, as_of - dt.timedelta(days=7))
            days = [e_day]
        else:
            if spec.get("msg_after_first") and first_rem is not None:
                lo = first_rem + dt.timedelta(hours=2)
                hi_day = min(as_of, (parse_ts(reminders[1]["date"]).date() if len(reminders) > 1 else as_of))
            else:
                lo = (last_rem + dt.timedelta(hours=2)) if last_rem else dt.datetime.combine(
                    txn + dt.timedelta(days=3), dt.time(9, 0), parse_ts(ts(txn, 9, 0, tz)).tzinfo)
                hi_day = as_of
            lo_day = lo.date()
            if not last_rem and spec["tag"] != "notdue_complaint":
                lo_day = max(lo_day, due - dt.timedelta(days=2), as_of - dt.timedelta(days=10))
            if spec["tag"] in ("promise", "need_until", "promise_stop", "paid_then_promise", "undated_run"):
                lo_day = max(lo_day, as_of - dt.timedelta(days=4))
            lo_day = min(lo_day, hi_day)
            span = (hi_day - lo_day).days
            days = sorted(lo_day + dt.timedelta(days=rng.randint(0, span)) for _ in range(k))
        times = []
        for j, d in enumerate(days):
            hh = rng.randint(9, 16)
            if last_rem and d == last_rem.date() and not spec.get("msg_after_first"):
                hh = max(hh, last_rem.hour + 2)
            if first_rem and spec.get("msg_after_first") and d == first_rem.date():
                hh = max(hh, first_rem.hour + 2)
            if j and d == days[j - 1]:
                hh = max(hh, times[-1][1] + 1)
            times.append((d, min(hh, 20), rng.randint(0, 59)))
        last_msg_day = days[-1]
        # placeholder values
        pdate = None
        if "{pdate}" in text:
            opts = [D(2026, 12, x) for x in (21, 22, 23, 24, 28, 29, 30, 31)
                    if D(2026, 12, x) >= as_of + dt.timedelta(days=2)]
            pdate = rng.choice(opts)
            styles = list(PDATE_STYLES[world])
            if any(m["sender"] for m in msgs) or cur == "MXN" or "Sehr geehrte" in text or "Hola" in text:
                styles = ["iso", "long"]
            style = rng.choice(styles)
            if style == "weekday" and (pdate - last_msg_day).days > 6:
                style = "long"
            pstr = fmt_date(style, pdate)
            meta["pdate"] = (pdate.isoformat(), pstr)
        oldp = None
        if "{oldp}" in text:
            oldp = last_msg_day + dt.timedelta(days=rng.randint(2, 4))
            while oldp.weekday() >= 5:
                oldp += dt.timedelta(days=1)
            assert oldp < as_of
            meta["oldp"] = (oldp.isoformat(), fmt_date("dot" if world == "rope" else "long", oldp))
        paydate = days[0] - dt.timedelta(days=rng.randint(2, 8))
        ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
        vals = {"inv": doc, "bal": money(cur, balance), "cust": name, "contact": contact, "first": first,
                "me": w["me"], "ref": ref, "paydate": paydate.strftime(w["paystyle"]), "other": other_doc or "",
                "domain": domain,
                "pdate": meta["pdate"][1] if meta["pdate"] else "", "oldp": meta["oldp"][1] if meta["oldp"] else ""}
        wrapped = False
        for j, m in enumerate(msgs):
            d, hh, mm = times[j]
            body = m["body"].format(**vals)
            head = m["head"].format(**vals)
            if m["kind"] == "N":
                notes.append({"author": head if head != w["me"] else f"{w['me']} (collections)",
                              "date": ts(d, hh, mm, tz), "text": body})
                continue
            if m["kind"] == "S" and k == 1 and not m["sender"] and not wrapped:
                r = rng.random()
                if r < 0.25:
                    sig = rng.choice(SIGNATURES[world])
                    body += sig.format(contact=contact, cust=name, domain=domain, phone=rng.randint(2000000, 8999999),
                                       phone4=rng.randint(1000, 9999), hrb=rng.randint(10000, 99999))
                elif r < 0.37:
                    body += rng.choice(FOOTERS)
                elif r < 0.55 and [x for x in reminders if parse_ts(x["date"]).date() < d]:
                    rd = max(parse_ts(x["date"]).date() for x in reminders if parse_ts(x["date"]).date() < d)
                    body += (f"\n\n> On {rd.isoformat()}, {w['me']} <{w['ar']}> wrote:\n> Hello,\n> our records "
                             f"show invoice {doc} for {money(cur, balance)} as past due. Please arrange payment "
                             f"at your earliest convenience.\n> Kind regards, {w['me']}, {w['supplier']}")
                wrapped = True
            if m["kind"] == "U":
                emails.append({"body": body, "date": ts(d, hh, mm, tz), "from": w["ar"], "subject": head,
                               "to": addr})
            else:
                sender = m["sender"].format(**vals) if m["sender"] else addr
                emails.append({"body": body, "date": ts(d, hh, mm, tz), "from": sender, "subject": head,
                               "to": w["ar"]})
        meta["texts"] = [text]
    open_total = balance + sum(i["Balance"] for i in invoices)
    customer = {"Active": True, "Balance": round(open_total, 2), "CompanyName": name,
                "CurrencyRef": {"name": CURNAMES[cur], "value": cur}, "DisplayName": name, "Id": cust_id,
                "MetaData": {"CreateTime": "2024-03-11T10:15:00" + tz, "LastUpdatedTime": ts(txn, 9, 0, tz)},
                "Notes": spec.get("cust_notes", ""), "SyncToken": "2"}
    if not spec.get("no_email"):
        customer["PrimaryEmailAddr"] = {"Address": addr}
    if credit_applied:
        cm = B.credit_memo(world, cust, cur, last_rem.date() + dt.timedelta(days=1) if last_rem else as_of,
                           credit_applied, 0.0, f"CM-{doc}")
        zp = B.payment(world, cust, cur, rate, parse_ts(notes[-1]["date"]).date() if notes else as_of,
                       [(inv["Id"], credit_applied)], cm_links=[(cm["Id"], credit_applied)])
        inv["LinkedTxn"].append({"TxnId": zp["Id"], "TxnType": "Payment"})
        credit_memos.append(cm)
        payments.append(zp)
    bundle = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes, "customer": customer,
              "emails": emails, "home_currency": home, "id": f"tm-{n:04d}", "invoice": inv, "invoices": invoices,
              "payments": payments, "reminders_sent": reminders}
    return bundle, meta


# ------------------------------------------------------------------ facts and policy
def facts(b: dict) -> dict:
    inv, as_of = b["invoice"], D.fromisoformat(b["as_of"])
    f = {"balance": inv["Balance"], "has_due": "DueDate" in inv}
    f["dpd"] = (as_of - D.fromisoformat(inv["DueDate"])).days if f["has_due"] else None
    f["stage"] = max([s for s in STAGES if f["dpd"] is not None and s <= f["dpd"]], default=None)
    stages = [r["stage"] for r in b["reminders_sent"]]
    f["reminded"] = f["stage"] is not None and f["stage"] in stages
    f["n_reminders"] = len(stages)
    rule3 = False
    if len(stages) >= 3:
        first = min(parse_ts(r["date"]) for r in b["reminders_sent"])
        our = {w["ar"] for w in WORLDS.values()}
        act = any(D.fromisoformat(p["TxnDate"]) >= first.date() and p["TotalAmt"] > 0 for p in b["payments"])
        act |= any(parse_ts(e["date"]) >= first and e["from"] not in our for e in b["emails"])
        act |= any(parse_ts(n["date"]) >= first for n in b["crm_notes"])
        rule3 = not act
    f["rule3"] = rule3
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    credit = sum(p["UnappliedAmt"] for p in b["payments"]) + sum(c["Balance"] for c in b["credit_memos"])
    f["credit"] = round(credit, 2)
    f["covered"] = credit > 0 and credit >= inv["Balance"]
    f["has_addr"] = bool(inv.get("BillEmail", {}).get("Address") or b["customer"].get("PrimaryEmailAddr", {}).get("Address"))
    status = [c.get("StringValue", "") for c in inv["CustomField"] if c.get("Name") == "Collections Status"]
    f["status"] = status[0] if status else None
    f["disputed_field"] = bool(status) and status[0].strip().lower() == "disputed"
    ids = {p["Id"]: p for p in b["payments"]}
    f["partials"] = sum(1 for lt in inv["LinkedTxn"] if lt["TxnType"] == "Payment" and ids[lt["TxnId"]]["TotalAmt"] > 0)
    return f


def policy(f: dict, tag: str) -> dict:
    """SPEC order: nothing to do; hard stops; classification; cadence/promise gate."""
    if f["balance"] <= 0 or (f["has_due"] and f["dpd"] < 1):
        if tag == "notdue_complaint":
            return L([NONE, ESC], [NA, LD])
        return L_GATE
    hs = None
    if tag == "legal":
        hs = "legal_hold"
    elif f["disputed_field"] or tag == "dispute_note":
        hs = "open_dispute"
    elif f["home"] >= THRESHOLD:
        hs = "over_risk_threshold"
    elif f["covered"]:
        hs = "unapplied_credit"
    elif not f["has_addr"] or not f["has_due"]:
        hs = "missing_context"
    if hs:
        outs = {"legal_hold": [HT, LD] + ([] if f["disputed_field"] else [RR]),
                "open_dispute": [LD] + ([HT] if f["home"] >= THRESHOLD else []),
                "over_risk_threshold": [HT],
                "unapplied_credit": [RR, HT, LD],
                "missing_context": [RR, HT]}[hs]
        return L([ESC], outs, hs)
    if tag in ("complaint", "paid"):
        return L_DISPUTE
    if tag == "injection":
        return L([ESC], [LD, HT])
    if f["dpd"] >= 60 or f["rule3"] or tag == "no_auto":
        return L_HIGH
    if tag == "paid_then_promise":
        return L([NONE, ESC], [NA, LD, HT])
    if tag == "promise_stop":
        return L([NONE, ESC], [NA, HT])
    plan = tag == "plan" or f["partials"] >= 2
    if f["reminded"]:
        if tag in ("harmless", "need_until", "undated_run", "collector_email"):
            raise ValueError("alternative case built with its current stage reminded")
        return L_GATE
    if tag == "promise":
        return L_GATE
    if tag == "need_until":
        return L([DRAFT, NONE], [PP, NA])
    if tag == "undated_run":
        return L([NONE, DRAFT], [NA, RR])
    if tag == "collector_email":
        return L([DRAFT, NONE], [RR, NA])
    if tag == "harmless":
        return L_HARMLESS
    return L_PLAN if plan else L_ROUTINE


HARD = {"complaint", "paid_claim", "promise", "hardship"}


def check(spec: dict, b: dict, meta: dict) -> dict:
    f = facts(b)
    as_of = D.fromisoformat(b["as_of"])
    msgs = [parse_ts(e["date"]) for e in b["emails"]] + [parse_ts(n["date"]) for n in b["crm_notes"]]
    alltext = "\n".join(e["subject"] + "\n" + e["body"] for e in b["emails"]) + "\n".join(
        n["text"] for n in b["crm_notes"])
    tag = spec["tag"]
    if tag in ("promise", "need_until", "promise_stop", "paid_then_promise") or (tag == "undated_run" and meta["pdate"]):
        assert meta["pdate"], b["id"]
        pd, ps = meta["pdate"]
        pd = D.fromisoformat(pd)
        assert pd > as_of and all(m.date() < pd for m in msgs), b["id"]
        assert pd.weekday() < 5 and ps in alltext, b["id"]
    if tag == "expired_promise":
        od, os_ = meta["oldp"]
        od = D.fromisoformat(od)
        assert od < as_of and all(m.date() < od for m in msgs) and os_ in alltext, b["id"]
    got = policy(f, tag)
    want = spec["label"]
    if got != want:
        raise SystemExit(f"{b['id']} ({spec['cls']}/{tag}): scaffold says {got}, label says {want}; facts {f}")
    raw = spec.get("text") or ""
    if spec["cls"] in HARD:
        assert len(want["route"]) == 1 and len(want["outcome"]) == 1, b["id"]
        assert f["home"] < THRESHOLD and not f["covered"] and f["has_addr"] and f["has_due"], b["id"]
        assert not DISPUTE_WORDS.search(raw), (b["id"], "dispute vocabulary")
    if spec["cls"] in ("promise", "hardship"):
        assert f["dpd"] < 60, b["id"]
    if spec["cls"] == "hardship":
        assert not f["reminded"] and not DATEISH.search(raw) and f["partials"] < 2, b["id"]
    if spec["cls"] == "complaint":
        assert "until" in raw or "before" in raw or "not pay" in raw or "hold" in raw or "wait" in raw \
            or "once" in raw or "then" in raw or "til" in raw or "parking" in raw or "sitting on" in raw \
            or "only when" in raw or "pay the rest" in raw, b["id"]
    lw = LEGAL_WORDS.search(alltext.replace("legally privileged", ""))
    if tag != "legal" and lw:
        raise SystemExit(f"{b['id']}: legal vocabulary outside a legal case: {lw.group(0)!r}")
    if spec["cls"] == "mixed" and "privileged" in raw:
        assert "legally privileged" in alltext
    return f


# ------------------------------------------------------------------ wellformedness
TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos", "emails",
       "crm_notes", "reminders_sent"}


def wellformed(b: dict, exp: dict) -> None:
    bid = b["id"]

    def need(cond, msg):
        if not cond:
            raise SystemExit(f"{bid}: not well formed: {msg}")

    need(set(b) == TOP, "top-level keys")
    as_of = D.fromisoformat(b["as_of"])
    need(re.fullmatch(r"\d{4}-\d{2}-\d{2}", b["as_of"]) is not None, "as_of")
    home = b["home_currency"]
    cust = b["customer"]
    for k in ("Id", "DisplayName", "CurrencyRef", "Active", "Balance", "MetaData", "SyncToken"):
        need(k in cust, f"customer.{k}")
    ccur = cust["CurrencyRef"]["value"]
    all_inv = [b["invoice"]] + b["invoices"]
    by_id = {}
    for inv in all_inv:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef", "Line",
                  "LinkedTxn", "CustomField", "MetaData", "SyncToken"):
            need(k in inv, f"invoice {inv.get('Id')} lacks {k}")
        need(inv["CustomerRef"]["value"] == cust["Id"], "invoice customer")
        need(inv["CurrencyRef"]["value"] == ccur, "one currency a customer")
        if ccur != home:
            need("ExchangeRate" in inv, "foreign invoice without ExchangeRate")
        else:
            need("ExchangeRate" not in inv and "HomeBalance" not in inv, "home invoice with a rate")
        if "HomeBalance" in inv:
            need(abs(inv["HomeBalance"] - inv["Balance"] * inv["ExchangeRate"]) < 0.006, "HomeBalance")
        subtotal = [l for l in inv["Line"] if l["DetailType"] == "SubTotalLineDetail"]
        items = [l for l in inv["Line"] if l["DetailType"] == "SalesItemLineDetail"]
        need(len(subtotal) == 1 and abs(sum(l["Amount"] for l in items) - inv["TotalAmt"]) < 0.006, "lines sum")
        need(D.fromisoformat(inv["TxnDate"]) <= as_of, "invoice dated after as_of")
        if "DueDate" in inv:
            need(D.fromisoformat(inv["DueDate"]) >= D.fromisoformat(inv["TxnDate"]), "due before txn")
        by_id[inv["Id"]] = inv
    applied = {i: 0.0 for i in by_id}
    cms = {c["Id"]: c for c in b["credit_memos"]}
    cm_applied = {i: 0.0 for i in cms}
    for p in b["payments"]:
        for k in ("Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef", "MetaData"):
            need(k in p, f"payment {p.get('Id')} lacks {k}")
        need(p["CustomerRef"]["value"] == cust["Id"], "payment customer")
        need(D.fromisoformat(p["TxnDate"]) <= as_of, "payment after as_of")
        inv_sum = cm_sum = 0.0
        for l in p["Line"]:
            for lt in l["LinkedTxn"]:
                if lt["TxnType"] == "Invoice":
                    need(lt["TxnId"] in by_id, "payment links an unknown invoice")
                    need({"TxnId": p["Id"], "TxnType": "Payment"} in by_id[lt["TxnId"]]["LinkedTxn"], "link back")
                    applied[lt["TxnId"]] += l["Amount"]
                    inv_sum += l["Amount"]
                elif lt["TxnType"] == "CreditMemo":
                    need(lt["TxnId"] in cms, "payment links an unknown credit memo")
                    cm_applied[lt["TxnId"]] += l["Amount"]
                    cm_sum += l["Amount"]
                else:
                    need(False, "link type")
        need(abs(p["TotalAmt"] - (inv_sum - cm_sum + p["UnappliedAmt"])) < 0.006, "payment TotalAmt")
        need(p["UnappliedAmt"] >= 0 and p["TotalAmt"] >= 0, "payment amounts")
    for i, inv in by_id.items():
        need(abs(inv["TotalAmt"] - applied[i] - inv["Balance"]) < 0.006, f"invoice {i} TotalAmt - applied != Balance")
        for lt in inv["LinkedTxn"]:
            if lt["TxnType"] == "Payment":
                need(any(p["Id"] == lt["TxnId"] for p in b["payments"]), "invoice links unknown payment")
    for i, c in cms.items():
        need(abs(c["TotalAmt"] - cm_applied[i] - c["Balance"]) < 0.006, "credit memo balance")
        need(c["CurrencyRef"]["value"] == ccur, "credit memo currency")
    for e in b["emails"]:
        need(set(e) == {"from", "to", "date", "subject", "body"}, "email keys")
        need(parse_ts(e["date"]).date() <= as_of, "email after as_of")
        need("{" not in e["body"] + e["subject"] or '"action"' in e["body"], "unfilled placeholder")
        need(e["body"].strip() and e["subject"].strip(), "empty email")
    for n in b["crm_notes"]:
        need(set(n) == {"author", "date", "text"}, "note keys")
        need(parse_ts(n["date"]).date() <= as_of and "{" not in n["text"], "note")
    seen = set()
    due = b["invoice"].get("DueDate")
    for r in b["reminders_sent"]:
        need(set(r) == {"date", "stage"} and r["stage"] in STAGES, "reminder shape")
        need(r["stage"] not in seen, "one reminder a stage")
        seen.add(r["stage"])
        rd = parse_ts(r["date"]).date()
        need(rd <= as_of, "reminder after as_of")
        if due:
            need((rd - D.fromisoformat(due)).days >= r["stage"], "reminder before its stage")
    need(set(exp) == {"class", "hard_stop", "id", "outcome", "route"}, "expected keys")
    need(exp["id"] == bid and exp["route"] and exp["outcome"], "expected line")
    need(all(r in (DRAFT, ESC, NONE) for r in exp["route"]), "route values")
    need(all(o in (RR, LD, PP, HT, NA) for o in exp["outcome"]), "outcome values")


# ------------------------------------------------------------------ main
def main() -> int:
    rng = random.Random(SEED)
    sp = specs(rng)
    rng.shuffle(sp)
    B = Builder(rng)
    cases, expected = [], []
    for n, s in enumerate(sp, 1):
        b, meta = build_case(s, n, rng, B)
        check(s, b, meta)
        e = {"class": s["cls"], "hard_stop": s["label"]["hard_stop"], "id": b["id"],
             "outcome": s["label"]["outcome"], "route": s["label"]["route"]}
        wellformed(b, e)
        cases.append(json.dumps(b, ensure_ascii=False, sort_keys=True))
        expected.append(json.dumps(e, ensure_ascii=False, sort_keys=True))
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(cases) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(expected) + "\n")
    counts = {}
    for s in sp:
        counts[s["cls"]] = counts.get(s["cls"], 0) + 1
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

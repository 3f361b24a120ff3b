#!/usr/bin/env python3
"""Builds the testf held-out judge set: cases.jsonl and expected.jsonl, byte for byte.

    python3 tests/data/judge_cases/testf/build.py

Stdlib only, fixed seed. Each case comes from a spec (class tag, message, scaffold, label);
check() re-derives the structural facts from the built bundle, applies SPEC's order to them and
the message's semantic tag, and refuses to write a case whose label does not accept that answer.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as T

SEED = 20261206
PREFIX = "tf"
HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10_000.00

D, E, N = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = (
    "routine_reminder",
    "likely_dispute",
    "payment_plan_candidate",
    "high_touch_escalation",
    "no_action",
)

WORLDS = {
    "hfx": {
        "us": "Bluenose Marine Supply",
        "ar": "ar@bluenosemarine.example",
        "home": "CAD",
        "foreign": ["USD"],
        "tz": "-04:00",
        "collector": "Colin",
        "doc": "BMS-{n}",
        "items": [
            ("Antifouling paint, 4 L", 189.0),
            ("Double braid line 12 mm, per m", 4.85),
            ("Liferaft annual service", 1150.0),
            ("Winch servicing", 450.0),
            ("Galvanised mooring chain, per m", 38.5),
            ("Bilge pump 2000 GPH", 265.0),
            ("VHF radio, fixed mount", 419.0),
            ("Fenders, heavy duty", 96.0),
            ("Stainless shackles, box", 142.0),
            ("Marine plywood sheet", 158.0),
        ],
        "customers": [
            ("Halifax Harbour Yacht Club", "hhyc"),
            ("Lunenburg Boatworks", "lunenburgboat"),
            ("Eastern Shore Fisheries Co-op", "esfcoop"),
            ("Mahone Bay Marina", "mahonebaymarina"),
            ("Bedford Basin Sailing School", "bbsail"),
            ("Cape Sable Lobster Ltd", "capesable"),
            ("Chester Rigging & Spars", "chesterrigging"),
            ("Digby Scallop Traders", "digbyscallop"),
            ("Pictou Island Ferries", "pictouferries"),
            ("Sambro Head Charters", "sambrocharters"),
        ],
        "fcustomers": [
            ("Penobscot Bay Boatyard", "penobscotyard"),
            ("Gloucester Marine Outfitters", "gloucestermarine"),
            ("Bar Harbor Whale Tours", "bhwhale"),
            ("Portland Harbor Pilots", "pdxpilots"),
        ],
    },
    "aus": {
        "us": "Ledgerline Software",
        "ar": "billing@ledgerline.example",
        "home": "USD",
        "foreign": ["EUR", "GBP"],
        "tz": "-06:00",
        "collector": "Taylor",
        "doc": "LL-{n}",
        "items": [
            ("Ledgerline Growth plan, seats x months", 24.0),
            ("Implementation services, hours", 185.0),
            ("API overage, per 10k calls", 2.5),
            ("SSO add-on, annual", 1800.0),
            ("Reporting module, annual licence", 3600.0),
            ("Premium support, quarterly", 1250.0),
            ("Data migration package", 2900.0),
            ("Sandbox environment, monthly", 300.0),
        ],
        "customers": [
            ("Brazos Logistics Inc", "brazoslogistics"),
            ("Pecan Street Dental Group", "pecandental"),
            ("Hill Country Title Co", "hctitle"),
            ("Lone Star Fabrication LLC", "lonestarfab"),
            ("Barton Creek Analytics", "bartoncreek"),
            ("Rio Grande Freight Brokers", "riograndefreight"),
            ("Travis Heights Architects", "thaarch"),
            ("Bluebonnet Health Partners", "bluebonnethealth"),
        ],
        "fcustomers": {
            "EUR": [
                ("Richter Maschinenbau GmbH", "richter-mb"),
                ("Van Dijk Logistiek BV", "vandijk-log"),
                ("Soluciones Iberia SL", "solib"),
            ],
            "GBP": [
                ("Ashworth & Pryce Ltd", "ashworthpryce"),
                ("Northgate Lettings Ltd", "northgatelet"),
                ("Cairn Analytics Ltd", "cairnanalytics"),
            ],
        },
    },
    "akl": {
        "us": "Kowhai Commercial Cleaning",
        "ar": "accounts@kowhaiclean.example",
        "home": "NZD",
        "foreign": ["AUD"],
        "tz": "+13:00",
        "collector": "Aroha",
        "doc": "KCC-{n}",
        "items": [
            ("Nightly office clean", 165.0),
            ("Carpet shampoo, per room", 120.0),
            ("External window wash, per level", 480.0),
            ("Washroom consumables", 86.0),
            ("Post-construction clean", 2400.0),
            ("Sanitising service visit", 310.0),
            ("Cleaner hours", 42.0),
        ],
        "customers": [
            ("Ponsonby Medical Centre", "ponsonbymed"),
            ("Penrose Industrial Units", "penroseunits"),
            ("Takapuna Fitness Club", "takafit"),
            ("Mt Eden Grammar Trust", "mteden-trust"),
            ("Waitemata Law Chambers", "wlchambers"),
            ("Onehunga Print Works", "onehungaprint"),
            ("Newmarket Dental Studio", "nmdental"),
            ("Parnell Coworking Ltd", "parnellcowork"),
        ],
        "fcustomers": [
            ("Harbourside Property Group Pty Ltd", "harbourside-pg"),
            ("Tasman Freight Pty Ltd", "tasmanfreight"),
            ("Bondi Fitness Franchises Pty Ltd", "bondifit"),
        ],
    },
}
RATES = {
    ("CAD", "USD"): (1.36, 1.40),
    ("USD", "EUR"): (1.05, 1.10),
    ("USD", "GBP"): (1.24, 1.30),
    ("NZD", "AUD"): (1.08, 1.11),
}
CUR_NAMES = {
    "CAD": "Canadian Dollar",
    "USD": "United States Dollar",
    "EUR": "Euro",
    "GBP": "British Pound Sterling",
    "NZD": "New Zealand Dollar",
    "AUD": "Australian Dollar",
}
SYMBOL = {"CAD": "CAD ", "USD": "US$", "EUR": "EUR ", "GBP": "GBP ", "NZD": "NZ$", "AUD": "AU$"}
HOME_SYMBOL = {"CAD": "$", "USD": "$", "NZD": "$"}
AS_OF_DAYS = [dt.date(2026, 12, d) for d in range(1, 16)] + [
    dt.date(2027, 1, d) for d in range(11, 23)
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Texts that name a kind of customer, a country or a currency get that customer (and currency).
PINS = [
    ("harbourmaster", None, "Mahone Bay Marina"),
    ("Lunenburg address", None, "Lunenburg Boatworks"),
    ("Rechnung", "EUR", "Richter Maschinenbau GmbH"),
    ("VAT number", "GBP", "Northgate Lettings Ltd"),
    ("Sydney office", "AUD", "Harbourside Property Group Pty Ltd"),
    ("Penrose unit", None, "Penrose Industrial Units"),
    ("Practice Manager", None, "Newmarket Dental Studio"),
    ("Bank of America", "USD", "Portland Harbor Pilots"),
    ("Bedford counter", None, "Bedford Basin Sailing School"),
    ("SEPA", "EUR", "Van Dijk Logistiek BV"),
    ("BACS", "GBP", "Ashworth & Pryce Ltd"),
    ("Westpac account in Sydney", "AUD", "Tasman Freight Pty Ltd"),
    ("Zahlung", "EUR", "Richter Maschinenbau GmbH"),
    ("Sydney AP", "AUD", "Bondi Fitness Franchises Pty Ltd"),
    ("lobster", None, "Cape Sable Lobster Ltd"),
    ("club's fiscal year", None, "Halifax Harbour Yacht Club"),
    ("buyer in Boston", None, "Digby Scallop Traders"),
    ("winter storage", None, "Mahone Bay Marina"),
    ("The yard's", None, "Lunenburg Boatworks"),
    ("reorganisation of our group", "EUR", "Soluciones Iberia SL"),
    ("Brexit", "GBP", "Cairn Analytics Ltd"),
    ("at the gym", None, "Takapuna Fitness Club"),
    ("medical centre", None, "Ponsonby Medical Centre"),
    ("school's operations", None, "Mt Eden Grammar Trust"),
    ("Brisbane office", "AUD", "Tasman Freight Pty Ltd"),
    ("Halifax Harbour Yacht Club", None, "Halifax Harbour Yacht Club"),
    ("locks us at $18", None, None),
    ("Stripe receipt", None, None),
]
TOOLS = (
    "please do not reply",
    "tipalti",
    "bill.com",
    "coupa",
    "remittance advice",
    "system generated",
)

rng = random.Random(SEED)


# ----------------------------------------------------------------------------- formatting
def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def date_formats(d: dt.date) -> dict[str, str]:
    return {
        "p_iso": d.isoformat(),
        "p_dmy": d.strftime("%d/%m/%Y"),
        "p_mdy": d.strftime("%m/%d/%Y"),
        "p_dot": d.strftime("%d.%m.%Y"),
        "p_long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "p_us": f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
        "p_short": f"{WD[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}",
        "p_th": ordinal(d.day),
        "p_wd": WD[d.weekday()],
    }


def money(amount: float, cur: str, home: str) -> str:
    sym = HOME_SYMBOL.get(cur) if cur == home else SYMBOL[cur]
    return f"{sym}{amount:,.2f}"


def stamp(d: dt.date, tz: str, hour: int, minute: int = 15) -> str:
    return f"{d.isoformat()}T{hour:02d}:{minute:02d}:00{tz}"


# ----------------------------------------------------------------------------- specs
def spec(cls: str, world: str, **kw: object) -> dict:
    s: dict = {
        "cls": cls,
        "world": world,
        "cur": None,
        "dpd": None,
        "rem": "none",
        "emails": [],
        "notes": [],
        "cust_notes": "",
        "status": None,
        "partials": 0,
        "unapplied": 0.0,
        "cm": 0.0,
        "no_address": False,
        "no_due": False,
        "other": False,
        "home_balance": True,
        "amount": None,
        "pdate": None,
        "sem": set(),
        "label": None,
        "paid_history": rng.randint(0, 3),
    }
    s.update(kw)
    return s


def L(routes: list[str], outcomes: list[str], hard: str | None = None) -> tuple:
    return (routes, outcomes, hard)


BOTH = L([D, E], [RR, HT])
SPECS: list[dict] = []
add = SPECS.append

# --- complaints: likely_dispute, whatever the cadence; two at >= 60 days
for i, t in enumerate(T.COMPLAINTS):
    dpd = [65, 83][i // 11] if i in (4, 15) else rng.choice([3, 5, 9, 12, 16, 20, 26, 33, 41, 52])
    fx = i % 4 == 1
    add(
        spec(
            "complaint",
            t[0],
            cur="fx" if fx else None,
            dpd=dpd,
            rem=rng.choice(["none", "prior", "current"]),
            emails=[{"t": t}],
            sem={"contest"},
            label=L([E], [LD]),
            home_balance=i % 8 != 5,
        )
    )

# --- paid claims: 2 in 3 after the current stage's reminder
for i, t in enumerate(T.PAID_CLAIMS):
    add(
        spec(
            "paid_claim",
            t[0],
            cur="fx" if i % 5 == 2 else None,
            dpd=rng.choice([4, 8, 10, 15, 18, 23, 31, 36, 45]),
            rem="current" if i % 3 else rng.choice(["none", "prior"]),
            emails=[{"t": t}],
            sem={"contest"},
            label=L([E], [LD]),
        )
    )

# --- dated promises, ahead of as_of; half with the current stage not yet reminded
for i, t in enumerate(T.PROMISES):
    add(
        spec(
            "promise",
            t[0],
            cur="fx" if i % 4 == 3 else None,
            dpd=rng.choice([2, 6, 9, 13, 17, 22, 29, 34, 40, 48, 55]),
            rem="current" if i % 2 else rng.choice(["none", "prior"]),
            emails=[{"t": t}],
            pdate="ahead",
            sem={"promise"},
            label=L([N], [NA]),
        )
    )

# --- hardship / more time, undated; current stage never reminded, < 60 days
for i, t in enumerate(T.HARDSHIP):
    add(
        spec(
            "hardship",
            t[0],
            cur="fx" if i % 4 == 2 else None,
            dpd=rng.choice([3, 8, 11, 15, 19, 24, 31, 38, 44, 51, 57]),
            rem=rng.choice(["none", "prior"]),
            emails=[{"t": t}],
            sem={"more_time"},
            label=L([D], [PP]),
        )
    )

# --- benign, unread, other-invoice, injections
for t in T.BENIGN:
    add(
        spec(
            "benign",
            t[0],
            dpd=rng.choice([5, 12, 19, 33]),
            rem="prior",
            emails=[{"t": t}],
            label=BOTH,
        )
    )
for t in T.UNREAD:
    add(
        spec(
            "unread",
            t[0],
            dpd=rng.choice([2, 9, 16, 31]),
            rem="prior",
            emails=[{"t": t, "unread": True}],
            label=BOTH,
        )
    )
for t in T.OTHER_INVOICE:
    add(
        spec(
            "other_invoice",
            t[0],
            dpd=rng.choice([6, 13, 21, 35]),
            rem="prior",
            emails=[{"t": t}],
            other=True,
            label=BOTH,
        )
    )
for i, t in enumerate(T.INJECTIONS):
    add(
        spec(
            "injection",
            t[0],
            dpd=rng.choice([8, 15, 27, 40]),
            rem="current" if i % 2 else "prior",
            emails=[{"t": t}],
            sem={"injection"},
            label=L([E], [LD, HT]),
        )
    )

# --- hard stops, SPEC order, each with one that outranks a later one
LE, LN = T.LEGAL_EMAILS, T.LEGAL_NOTES
add(
    spec(
        "hard_stop",
        "hfx",
        dpd=24,
        rem="current",
        emails=[{"t": LE[0]}],
        sem={"legal"},
        label=L([E], [HT, LD, RR], "legal_hold"),
    )
)
add(
    spec(
        "hard_stop",
        "aus",
        cur="EUR",
        dpd=11,
        emails=[{"t": LE[1]}],
        sem={"legal"},
        label=L([E], [HT, LD, RR], "legal_hold"),
    )
)
add(
    spec(
        "hard_stop",
        "akl",
        dpd=47,
        rem="prior",
        notes=[{"t": LN[0]}],
        sem={"legal"},
        label=L([E], [HT, LD, RR], "legal_hold"),
    )
)
add(
    spec(
        "hard_stop",
        "aus",
        dpd=19,
        status="Disputed",
        notes=[{"t": LN[1]}],
        sem={"legal"},
        label=L([E], [HT, LD, RR], "legal_hold"),
    )
)
add(
    spec(
        "hard_stop",
        "hfx",
        dpd=9,
        rem="current",
        status="Disputed",
        label=L([E], [LD], "open_dispute"),
    )
)
add(
    spec(
        "hard_stop",
        "aus",
        cur="GBP",
        dpd=27,
        status="DISPUTED",
        amount=("over", 8300, 8900),
        label=L([E], [LD, HT], "open_dispute"),
    )
)
add(
    spec(
        "hard_stop",
        "hfx",
        dpd=38,
        rem="prior",
        notes=[{"t": T.DISPUTE_NOTES[0]}],
        sem={"dispute_note"},
        label=L([E], [LD], "open_dispute"),
    )
)
add(
    spec(
        "hard_stop",
        "akl",
        dpd=16,
        notes=[{"t": T.DISPUTE_NOTES[1]}],
        emails=[{"t": T.SUPPORT[0]}],
        sem={"dispute_note", "contest"},
        label=L([E], [LD], "open_dispute"),
    )
)
add(
    spec(
        "hard_stop",
        "hfx",
        cur="USD",
        home_balance=False,
        dpd=13,
        amount=("over", 7400, 7900),
        label=L([E], [HT], "over_risk_threshold"),
    )
)
add(
    spec(
        "hard_stop",
        "aus",
        dpd=21,
        rem="prior",
        amount=("over", 14000, 15000),
        emails=[{"t": T.SUPPORT[1]}],
        pdate="ahead",
        sem={"promise"},
        label=L([E], [HT], "over_risk_threshold"),
    )
)
add(
    spec(
        "hard_stop",
        "akl",
        cur="AUD",
        dpd=33,
        rem="prior",
        amount=("over", 9300, 9800),
        unapplied="cover",
        label=L([E], [HT], "over_risk_threshold"),
    )
)
add(
    spec(
        "hard_stop",
        "hfx",
        dpd=10,
        unapplied="cover",
        label=L([E], [RR, HT, LD], "unapplied_credit"),
    )
)
add(
    spec(
        "hard_stop",
        "aus",
        dpd=17,
        rem="prior",
        unapplied="part",
        cm="rest",
        label=L([E], [RR, HT, LD], "unapplied_credit"),
    )
)
add(
    spec(
        "hard_stop",
        "akl",
        dpd=8,
        rem="current",
        unapplied="cover",
        no_address=True,
        emails=[{"t": T.SUPPORT[2]}],
        paid_history=0,
        sem={"contest"},
        label=L([E], [LD, HT], "unapplied_credit"),
    )
)
add(
    spec(
        "hard_stop",
        "aus",
        dpd=14,
        no_address=True,
        paid_history=0,
        label=L([E], [RR, HT], "missing_context"),
    )
)
add(spec("hard_stop", "hfx", dpd=None, no_due=True, label=L([E], [RR, HT], "missing_context")))

# --- escalations: >= 60 days, 3 reminders with no activity, no automated reminders
add(spec("escalation", "hfx", dpd=64, rem="prior", label=L([E], [HT])))
add(spec("escalation", "akl", cur="AUD", dpd=122, rem="current", label=L([E], [HT])))
add(spec("escalation", "aus", dpd=20, rem=[1, 7, 14], paid_history=2, label=L([E], [HT])))
add(
    spec(
        "escalation",
        "hfx",
        dpd=12,
        cust_notes=T.NO_AUTO_NOTES[0][1],
        sem={"no_auto"},
        label=L([E], [HT]),
    )
)
add(
    spec(
        "escalation",
        "akl",
        dpd=31,
        rem="prior",
        notes=[{"t": T.NO_AUTO_NOTES[1], "ago": 40}],
        sem={"no_auto"},
        label=L([E], [HT]),
    )
)

# --- nothing to do
add(spec("no_action", "hfx", dpd=25, rem="prior", amount=("paid",), label=L([N], [NA])))
add(spec("no_action", "aus", dpd=0, label=L([N], [NA])))
add(spec("no_action", "akl", dpd=-9, emails=[{"t": T.OLD_BENIGN[2], "ago": 3}], label=L([N], [NA])))
add(spec("no_action", "aus", cur="EUR", dpd=16, rem=[7, 14], label=L([N], [NA])))

# --- routine reminders across the bands
for w, dpd, rem, cur, old in [
    ("hfx", 1, "none", None, False),
    ("aus", 7, "prior", None, True),
    ("akl", 14, "prior", "AUD", False),
    ("hfx", 30, "prior", "USD", True),
    ("aus", 45, "prior", "GBP", False),
    ("akl", 22, "none", None, True),
    ("aus", 58, "prior", None, False),
    ("hfx", 8, "prior", None, False),
]:
    ob = next(t for t in T.OLD_BENIGN if t[0] == w)
    add(
        spec(
            "routine",
            w,
            dpd=dpd,
            rem=rem,
            cur=cur,
            home_balance=dpd != 30,
            emails=[{"t": ob, "old": True}] if old else [],
            label=L([D], [RR]),
        )
    )

# --- mixed hard negatives
M = T.MIXED
add(spec("mixed", "hfx", dpd=18, rem="prior", emails=[{"t": M[0]}], label=BOTH))
add(spec("mixed", "aus", dpd=10, rem="prior", emails=[{"t": M[1]}], label=BOTH))
add(
    spec(
        "mixed",
        "akl",
        dpd=15,
        rem="prior",
        emails=[{"t": M[20], "ago": 4}, {"t": M[2], "ago": 1}],
        label=BOTH,
    )
)
add(
    spec(
        "mixed",
        "hfx",
        dpd=20,
        rem="current",
        emails=[{"t": T.SUPPORT[3], "ago": 2}, {"t": M[3], "ago": 1}],
        pdate="ahead",
        sem={"promise"},
        label=L([N, E], [NA, LD, HT]),
    )
)
add(
    spec(
        "mixed",
        "aus",
        dpd=24,
        rem="prior",
        emails=[{"t": M[4], "ago": 9}],
        pdate="past",
        label=L([D], [RR]),
    )
)
add(
    spec(
        "mixed",
        "akl",
        dpd=12,
        rem="none",
        emails=[{"t": M[5]}],
        pdate="ahead",
        sem={"promise"},
        label=L([N], [NA]),
    )
)
add(
    spec(
        "mixed",
        "hfx",
        dpd=17,
        rem="current",
        emails=[{"t": M[6]}],
        sem={"more_time"},
        label=L([N], [NA]),
    )
)
add(
    spec(
        "mixed",
        "aus",
        dpd=71,
        rem="current",
        emails=[{"t": M[7]}],
        pdate="ahead",
        sem={"promise"},
        label=L([E], [HT]),
    )
)
add(
    spec(
        "mixed",
        "akl",
        dpd=66,
        rem="prior",
        emails=[{"t": M[8]}],
        sem={"more_time"},
        label=L([E], [HT]),
    )
)
add(
    spec(
        "mixed",
        "hfx",
        dpd=33,
        rem=[1, 7, 14],
        emails=[{"t": M[9], "after_first": True}],
        label=BOTH,
    )
)
add(
    spec(
        "mixed",
        "aus",
        dpd=9,
        rem="none",
        emails=[{"t": M[10]}],
        pdate="ahead",
        sem={"promise"},
        label=L([N], [NA]),
    )
)
add(
    spec(
        "mixed",
        "akl",
        dpd=19,
        rem="prior",
        emails=[{"t": M[11]}],
        cm="applied",
        notes=[{"t": T.SUPPORT[4], "ago": 6}],
        label=BOTH,
    )
)
add(spec("mixed", "hfx", dpd=-5, emails=[{"t": M[12]}], sem={"contest"}, label=L([N, E], [NA, LD])))
add(
    spec(
        "mixed",
        "aus",
        dpd=13,
        rem="none",
        emails=[{"t": M[13]}],
        pdate="ahead",
        sem={"promise"},
        label=L([N, D], [NA, PP]),
    )
)
add(spec("mixed", "akl", dpd=8, rem="none", emails=[{"t": M[14]}], label=L([N, D], [NA, RR])))
add(
    spec(
        "mixed",
        "hfx",
        dpd=23,
        rem="prior",
        emails=[{"t": M[15]}],
        pdate="ahead",
        sem={"promise"},
        label=L([N, E], [NA, HT]),
    )
)
add(
    spec(
        "mixed",
        "aus",
        dpd=11,
        rem="none",
        emails=[{"t": M[16]}],
        pdate="ahead",
        sem={"promise"},
        label=L([N, D], [NA, PP]),
    )
)
add(spec("mixed", "akl", dpd=27, rem="prior", emails=[{"t": M[17]}], label=L([D], [RR])))
add(spec("mixed", "aus", cur="GBP", dpd=16, rem="prior", emails=[{"t": M[18]}], label=BOTH))
add(
    spec(
        "mixed",
        "hfx",
        dpd=10,
        rem="prior",
        emails=[{"t": M[19], "ours": True}],
        label=L([D, N], [RR, NA]),
    )
)
add(spec("mixed", "akl", dpd=34, rem="prior", partials=2, label=L([D], [PP])))
add(spec("mixed", "hfx", dpd=21, rem="prior", partials=1, label=L([D], [RR])))
add(
    spec(
        "mixed",
        "aus",
        dpd=36,
        rem=[1, 7, 14],
        partials=1,
        partial_after_first=True,
        label=L([D], [RR]),
    )
)
add(spec("mixed", "akl", dpd=15, rem="prior", status="Reminder sent", label=L([D], [RR])))
add(
    spec(
        "mixed",
        "aus",
        dpd=29,
        rem="prior",
        notes=[{"t": T.DISPUTE_NOTES[2], "ago": 12}, {"t": T.RESOLVED_NOTES[0], "ago": 5}],
        label=BOTH,
    )
)
add(
    spec(
        "mixed",
        "hfx",
        cur="USD",
        home_balance=False,
        dpd=19,
        rem="prior",
        amount=("under", 6900, 7000),
        label=L([D], [RR]),
    )
)
add(spec("mixed", "akl", dpd=26, rem="prior", unapplied="small", label=L([D], [RR])))
add(
    spec(
        "mixed",
        "akl",
        dpd=12,
        rem="prior",
        notes=[{"t": T.PHONED_PROMISE_NOTES[0], "ago": 1}],
        pdate="ahead",
        sem={"promise"},
        label=L([N, D], [NA, RR]),
    )
)


# ----------------------------------------------------------------------------- building
def pick_as_of(need_month_room: bool) -> dt.date:
    days = [d for d in AS_OF_DAYS if not need_month_room or d.day <= 12 or d.month == 1]
    return rng.choice(days)


def reminder_stages(dpd: int, mode: object) -> list[int]:
    if isinstance(mode, list):
        return list(mode)
    reached = [s for s in STAGES if s <= dpd]
    if not reached or mode == "none":
        return []
    if mode == "current":
        earlier = reached[:-1]
        return sorted([*rng.sample(earlier, min(len(earlier), rng.randint(0, 1))), reached[-1]])
    earlier = reached[:-1]  # "prior": earlier stages only, never the current one
    return sorted(rng.sample(earlier, min(len(earlier), rng.randint(0, 2))))


def fill(text: str, ctx: dict) -> tuple[str, str]:
    body = text.format(**ctx)
    subject = ""
    if body.startswith("S: "):
        subject, _, body = body.partition("\n")
        subject = subject[3:]
    return subject, body


def wrap(body: str, kind: str, ctx: dict) -> str:
    if kind == "sig":
        return f"{body}\n\n--\n{ctx['contact']}\n{ctx['company']}\n{ctx['phone']}"
    if kind == "footer":
        return (
            f"{body}\n\n________________________________\nCONFIDENTIALITY NOTICE: This message "
            "is intended only for the named recipient. If you received it in error, please "
            "tell the sender and delete it."
        )
    if kind == "quote":
        return (
            f"{body}\n\nOn {ctx['rem_quote_date']}, {ctx['us']} <{ctx['ar']}> wrote:\n> Hello,\n"
            f"> This is a friendly reminder that invoice {ctx['inv']} for {ctx['bal']} was due "
            f"on {ctx['due_text']}.\n> If you have already paid, thank you.\n> {ctx['us']}"
        )
    if kind == "fwd":
        return (
            f"Forwarding from our AP team - see below.\n\n---------- Forwarded message "
            f"---------\nFrom: {ctx['contact']} <{ctx['cust_addr']}>\nDate: "
            f"{ctx['fwd_date']}\n\n{body}"
        )
    return body


def build(s: dict, n: int) -> tuple[dict, dict]:
    W = WORLDS[s["world"]]
    home, tz = W["home"], W["tz"]
    cur = home
    if s["cur"] == "fx":
        cur = rng.choice(W["foreign"])
    elif s["cur"]:
        cur = s["cur"]
    alltext = " ".join(
        [e["t"][1] for e in s["emails"]] + [x["t"][1] for x in s["notes"]] + [s["cust_notes"]]
    )
    pin = next((p for p in PINS if p[0] in alltext), None)
    if pin:
        cur = pin[1] or home
    foreign = cur != home
    pool = (
        (W["fcustomers"][cur] if isinstance(W["fcustomers"], dict) else W["fcustomers"])
        if foreign
        else W["customers"]
    )
    cname, dom = rng.choice(pool)
    if pin and pin[2]:
        cname, dom = next(c for c in pool if c[0] == pin[2])
    domain = f"{dom}.example"
    uses_th = any("{p_th}" in e["t"][1] for e in s["emails"]) or any(
        "{p_th}" in x["t"][1] for x in s["notes"]
    )
    as_of = pick_as_of(uses_th or s["pdate"] is not None)
    if "Christmas closure" in alltext:  # the notice is sent before the closure
        as_of = rng.choice([d for d in AS_OF_DAYS if d.month == 12])
    dpd = s["dpd"]
    due = (
        as_of - dt.timedelta(days=dpd)
        if dpd is not None
        else as_of - dt.timedelta(days=rng.randint(10, 30))
    )
    terms = rng.choice([14, 20, 30])
    txn = due - dt.timedelta(days=terms)
    rate = round(rng.uniform(*RATES[(home, cur)]), 4) if foreign else 1.0

    # amount
    amt = s["amount"]
    cap = 9_400.0 / rate
    if amt is None:
        bal = round(rng.uniform(180, min(6_500.0, cap)), 2)
    elif amt[0] == "over" or amt[0] == "under":
        bal = round(rng.uniform(amt[1], amt[2]), 2)
    else:  # paid
        bal = 0.0
    total = bal if bal > 0 else round(rng.uniform(400, 3000), 2)
    inv_id = str(4000 + n)
    doc = W["doc"].format(n=rng.randint(10200, 19800))
    cust_id = str(700 + n)
    ref = {"name": cname, "value": cust_id}
    first = rng.choice(["Sam", "Alex", "Jordan", "Morgan", "Casey", "Riley", "Jamie", "Robin"])
    contact = f"{first} {rng.choice(['Hale', 'Ng', 'MacLeod', 'Ortiz', 'Tane', 'Fischer', 'Boyd'])}"
    cust_addr = rng.choice([f"ap@{domain}", f"accounts@{domain}", f"{first.lower()}@{domain}"])

    # reminders
    stages = reminder_stages(dpd, s["rem"]) if dpd is not None and dpd >= 1 else []
    reminders = []
    for st in stages:
        rd = due + dt.timedelta(days=st)
        if rd + dt.timedelta(days=1) <= as_of and rng.random() < 0.4:
            rd += dt.timedelta(days=1)
        reminders.append({"date": stamp(rd, tz, 9, 0), "stage": st})
    last_rem = dt.date.fromisoformat(reminders[-1]["date"][:10]) if reminders else None
    first_rem = dt.date.fromisoformat(reminders[0]["date"][:10]) if reminders else None

    # promise date
    pdate = None
    uses_wd = any("{p_wd}" in e["t"][1] for e in s["emails"])
    numeric = any(f in e["t"][1] for e in s["emails"] for f in ("{p_dmy}", "{p_mdy}", "{p_dot}"))
    if s["pdate"] == "ahead":
        while True:
            k = rng.randint(1, 4) if uses_wd else rng.randint(2, 12)
            pdate = as_of + dt.timedelta(days=k)
            if (
                pdate.weekday() < 5
                and not (pdate.month == 12 and pdate.day > 22)
                and (not uses_th or pdate.month == as_of.month)
                and (not numeric or pdate.day > 12)
            ):  # 05/01 could be read either way
                break
    past = as_of - dt.timedelta(days=rng.randint(2, 5)) if s["pdate"] == "past" else None

    phone = {
        "CAD": "+1 902 555 01",
        "USD": "+1 512 555 01" if home == "USD" else "+1 207 555 01",
        "NZD": "+64 9 555 01",
        "AUD": "+61 2 5550 01",
        "EUR": "+49 30 5550 01",
        "GBP": "+44 20 7946 01",
    }[cur]
    ctx = {
        "inv": doc,
        "bal": money(bal, cur, home),
        "name": W["collector"],
        "company": cname,
        "us": W["us"],
        "ar": W["ar"],
        "domain": domain,
        "contact": contact,
        "phone": phone + str(rng.randint(10, 99)),
        "cust_addr": cust_addr,
        "ref": rng.choice(["TRF", "EFT", "PAY", "REF"]) + str(rng.randint(100000, 999999)),
        "due_text": due.isoformat(),
    }
    ctx.update(date_formats(pdate) if pdate else dict.fromkeys(date_formats(as_of), ""))
    if past:
        ctx["past_long"] = f"{past.day} {MONTHS[past.month - 1]} {past.year}"
    other_doc = W["doc"].format(n=rng.randint(10200, 19800))
    while other_doc == doc:
        other_doc = W["doc"].format(n=rng.randint(10200, 19800))
    ctx["other"] = other_doc

    # emails
    emails = []
    for e in s["emails"]:
        if "ago" in e:
            ago = e["ago"]
        elif e.get("old"):
            ago = max(dpd or 0, 0) + rng.randint(2, terms - 3)
        elif e.get("after_first"):
            ago = (as_of - first_rem).days - 2
        else:
            room = (as_of - last_rem).days if last_rem else 6
            ago = rng.randint(0, min(room, 6))
        if past:
            ago = max(ago, (as_of - past).days + 3)
        if "{p_wd}" in e["t"][1]:
            ago = min(ago, 1)
        ed = as_of - dt.timedelta(days=ago)
        if pdate and "{p_wd}" in e["t"][1]:
            assert 1 <= (pdate - ed).days <= 6, (s, pdate, ed)
        paid = ed - dt.timedelta(days=rng.randint(1, 8))
        mon = MONTHS[paid.month - 1]
        ctx["paid"] = {
            "CAD": f"{mon} {paid.day}",
            "USD": f"{mon[:3]} {paid.day}, {paid.year}",
            "EUR": paid.strftime("%d.%m.%Y"),
            "GBP": f"{paid.day} {mon} {paid.year}",
            "NZD": f"{paid.day} {mon[:3]} {paid.year}",
            "AUD": f"{paid.day} {mon[:3]} {paid.year}",
        }[cur]
        ctx["stamp"] = f"{WD[ed.weekday()]}, {ed.day} {MONTHS[ed.month - 1]} {ed.year} 10:14:03"
        ctx["rem_quote_date"] = reminders[-1]["date"][:10] if reminders else due.isoformat()
        ctx["fwd_date"] = (ed - dt.timedelta(days=1)).isoformat()
        subj, body = fill(e["t"][1], ctx)
        if (
            not e.get("ours")
            and not e.get("unread")
            and s["cls"] in ("complaint", "paid_claim", "promise", "hardship", "benign")
            and not any(k in body.lower() for k in TOOLS)
        ):  # AP-tool notices come unwrapped
            kind = rng.choice(["", "", "", "sig", "sig", "footer", "quote", "fwd"])
            last = body.rstrip().splitlines()[-1]
            if kind == "sig" and (len(last) < 30 or last[-1] not in ".?!"):
                kind = ""  # the text already ends in its own sign-off
            if kind == "quote" and not reminders:
                kind = ""
            body = wrap(body, kind, ctx)
        hour = 14 if last_rem == ed else rng.randint(7, 18)
        frm, to = (W["ar"], cust_addr) if e.get("ours") else (cust_addr, W["ar"])
        if e.get("unread") and "Undeliverable" in subj:
            frm = f"postmaster@{domain}"
        emails.append(
            {
                "from": frm,
                "to": to,
                "date": stamp(ed, tz, hour, rng.choice([2, 17, 41])),
                "subject": subj or f"Re: Invoice {doc}",
                "body": body,
            }
        )
        assert ed >= txn, (s, ed, txn)

    notes = []
    for x in s["notes"]:
        ago = x.get("ago", rng.randint(0, 5))
        nd = as_of - dt.timedelta(days=ago)
        text = x["t"][1].format(**ctx)
        notes.append(
            {
                "author": rng.choice([W["collector"].lower(), "account owner", "collector"]),
                "date": stamp(nd, tz, 11, 30),
                "text": text,
            }
        )

    # lines
    item, _price = rng.choice(W["items"])
    lines = [
        {
            "Amount": total,
            "Description": item,
            "DetailType": "SalesItemLineDetail",
            "Id": "1",
            "LineNum": 1,
            "SalesItemLineDetail": {
                "ItemRef": {"name": item.split(",")[0], "value": str(rng.randint(1, 40))},
                "Qty": 1,
                "UnitPrice": total,
            },
        },
        {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
    ]

    # payments: history, partials, unapplied
    payments, invoices, linked = [], [], []
    pid = 9000 + n * 10
    hd = txn
    for h in range(s["paid_history"]):
        hd = hd - dt.timedelta(days=rng.randint(25, 35))
        hamt = round(rng.uniform(200, 3000), 2)
        hid = str(3000 + n * 10 + h)
        pday = hd + dt.timedelta(days=rng.randint(10, 25))
        pid += 1
        hinv = make_invoice(
            hid,
            W["doc"].format(n=rng.randint(10200, 19800)),
            ref,
            cur,
            foreign,
            rate,
            hamt,
            0.0,
            hd,
            hd + dt.timedelta(days=terms),
            cust_addr,
            [{"TxnId": str(pid), "TxnType": "Payment"}],
            tz,
            item,
        )
        invoices.append(hinv)
        payments.append(make_payment(str(pid), ref, hamt, 0.0, pday, [hid], tz, cur))
    partial_amts = []
    if s["partials"]:
        paid_total = round(total * rng.uniform(0.25, 0.5), 2)
        total = round(bal + paid_total, 2)
        for line in lines:
            line["Amount"] = total
        lines[0]["SalesItemLineDetail"]["UnitPrice"] = total
        parts = [round(paid_total / s["partials"], 2)] * s["partials"]
        parts[-1] = round(paid_total - sum(parts[:-1]), 2)
        for k, amt_ in enumerate(parts):
            if s.get("partial_after_first"):
                pday = first_rem + dt.timedelta(days=2)
            else:
                pday = due - dt.timedelta(days=rng.randint(1, 5)) + dt.timedelta(days=k * 6)
                pday = min(pday, as_of - dt.timedelta(days=1))
            pid += 1
            payments.append(make_payment(str(pid), ref, amt_, 0.0, pday, [inv_id], tz, cur))
            linked.append({"TxnId": str(pid), "TxnType": "Payment"})
            partial_amts.append(amt_)
    if bal <= 0:  # a paid invoice carries the payment that cleared it
        pid += 1
        payments.append(
            make_payment(str(pid), ref, total, 0.0, as_of - dt.timedelta(days=2), [inv_id], tz, cur)
        )
        linked.append({"TxnId": str(pid), "TxnType": "Payment"})
    un = s["unapplied"]
    if un:
        amt_ = {"cover": bal, "part": round(bal * 0.6, 2), "small": round(bal * 0.15, 2)}[un]
        if un == "cover" and rng.random() < 0.5:
            amt_ = round(bal + rng.uniform(5, 80), 2)
        pid += 1
        payments.append(
            make_payment(
                str(pid), ref, amt_, amt_, as_of - dt.timedelta(days=rng.randint(1, 6)), [], tz, cur
            )
        )
    credit_memos = []
    if s["cm"]:
        if s["cm"] == "rest":
            cm_bal = round(bal - round(bal * 0.6, 2) + 1.0, 2)
            cm_total = cm_bal
        else:  # applied: a credit note fully used
            cm_bal, cm_total = 0.0, round(rng.uniform(300, 600), 2)
        credit_memos.append(
            {
                "Balance": cm_bal,
                "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
                "CustomerRef": ref,
                "DocNumber": "CM-" + str(rng.randint(200, 899)),
                "Id": str(6000 + n),
                "Line": [
                    {
                        "Amount": cm_total,
                        "Description": "Credit: " + item,
                        "DetailType": "SalesItemLineDetail",
                        "Id": "1",
                        "LineNum": 1,
                        "SalesItemLineDetail": {
                            "ItemRef": {"name": item.split(",")[0], "value": "1"},
                            "Qty": 1,
                            "UnitPrice": cm_total,
                        },
                    }
                ],
                "MetaData": {
                    "CreateTime": stamp(as_of - dt.timedelta(days=7), tz, 10),
                    "LastUpdatedTime": stamp(as_of - dt.timedelta(days=7), tz, 10),
                },
                "RemainingCredit": cm_bal,
                "SyncToken": "0",
                "TotalAmt": cm_total,
                "TxnDate": (as_of - dt.timedelta(days=7)).isoformat(),
            }
        )
    if s["other"]:
        oamt = round(rng.uniform(300, 2500), 2)
        odue = due + dt.timedelta(days=rng.randint(-10, 10))
        invoices.append(
            make_invoice(
                str(3900 + n),
                other_doc,
                ref,
                cur,
                foreign,
                rate,
                oamt,
                oamt,
                odue - dt.timedelta(days=terms),
                odue,
                cust_addr,
                [],
                tz,
                item,
            )
        )

    private = "\n".join(
        f"{r['date'][:10]} reminder stage {r['stage']} sent, approved by @{W['collector'].lower()}"
        for r in reminders
    )
    inv = make_invoice(
        inv_id,
        doc,
        ref,
        cur,
        foreign,
        rate,
        total,
        bal,
        txn,
        None if s["no_due"] else due,
        None if s["no_address"] else cust_addr,
        linked,
        tz,
        item,
        private=private,
        lines=lines,
        status=s["status"],
        home_balance=s["home_balance"],
    )
    open_total = bal + sum(i["Balance"] for i in invoices)
    customer = {
        "Active": True,
        "Balance": round(open_total, 2),
        "CompanyName": cname,
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "DisplayName": cname,
        "Id": cust_id,
        "MetaData": {
            "CreateTime": "2023-03-14T10:15:00" + tz,
            "LastUpdatedTime": stamp(txn, tz, 10),
        },
        "Notes": s["cust_notes"],
        "SyncToken": str(rng.randint(1, 9)),
    }
    if not s["no_address"]:
        customer["PrimaryEmailAddr"] = {"Address": cust_addr}
    case = {
        "as_of": as_of.isoformat(),
        "credit_memos": credit_memos,
        "crm_notes": notes,
        "customer": customer,
        "emails": emails,
        "home_currency": home,
        "id": "",
        "invoice": inv,
        "invoices": invoices,
        "payments": payments,
        "reminders_sent": reminders,
    }
    facts = {"pdate": pdate, "past": past, "domain": domain, "ctx": ctx}
    return case, facts


def make_invoice(
    iid: str,
    doc: str,
    ref: dict,
    cur: str,
    foreign: bool,
    rate: float,
    total: float,
    bal: float,
    txn: dt.date,
    due: dt.date | None,
    addr: str | None,
    linked: list,
    tz: str,
    item: str,
    private: str = "",
    lines: list | None = None,
    status: str | None = None,
    home_balance: bool = True,
) -> dict:
    if lines is None:
        lines = [
            {
                "Amount": total,
                "Description": item,
                "DetailType": "SalesItemLineDetail",
                "Id": "1",
                "LineNum": 1,
                "SalesItemLineDetail": {
                    "ItemRef": {"name": item.split(",")[0], "value": "1"},
                    "Qty": 1,
                    "UnitPrice": total,
                },
            },
            {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
        ]
    inv: dict = {
        "Balance": bal,
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "CustomField": (
            [
                {
                    "DefinitionId": "1",
                    "Name": "Collections Status",
                    "StringValue": status,
                    "Type": "StringType",
                }
            ]
            if status
            else []
        ),
        "CustomerRef": ref,
        "DocNumber": doc,
        "EmailStatus": "EmailSent",
        "Id": iid,
        "Line": lines,
        "LinkedTxn": linked,
        "MetaData": {"CreateTime": stamp(txn, tz, 8, 30), "LastUpdatedTime": stamp(txn, tz, 8, 30)},
        "PrintStatus": "NotSet",
        "PrivateNote": private,
        "SyncToken": "2",
        "TotalAmt": total,
        "TxnDate": txn.isoformat(),
    }
    if due is not None:
        inv["DueDate"] = due.isoformat()
        inv["SalesTermRef"] = {"value": "3"}
    if addr:
        inv["BillEmail"] = {"Address": addr}
    if foreign:
        inv["ExchangeRate"] = rate
        if home_balance:
            inv["HomeBalance"] = round(bal * rate, 2)
            inv["HomeTotalAmt"] = round(total * rate, 2)
    return inv


def make_payment(
    pid: str,
    ref: dict,
    amount: float,
    unapplied: float,
    day: dt.date,
    inv_ids: list[str],
    tz: str,
    cur: str,
) -> dict:
    return {
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "CustomerRef": ref,
        "Id": pid,
        "Line": [
            {"Amount": amount, "LinkedTxn": [{"TxnId": i, "TxnType": "Invoice"}]} for i in inv_ids
        ],
        "MetaData": {"CreateTime": stamp(day, tz, 10), "LastUpdatedTime": stamp(day, tz, 10)},
        "SyncToken": "0",
        "TotalAmt": amount,
        "TxnDate": day.isoformat(),
        "UnappliedAmt": unapplied,
    }


# ----------------------------------------------------------------------------- check
def derive(case: dict, sem: set, pdate: dt.date | None) -> tuple[str, str, str | None, dict]:
    """SPEC's order applied to the bundle's structure plus the message's semantic tag."""
    inv, cust = case["invoice"], case["customer"]
    as_of = dt.date.fromisoformat(case["as_of"])
    bal = float(inv["Balance"])
    f: dict = {}
    if bal <= 0:
        return N, NA, None, f
    due = inv.get("DueDate")
    dpd = (as_of - dt.date.fromisoformat(due)).days if due else None
    f["dpd"] = dpd
    if dpd is not None and dpd < 1:
        return N, NA, None, f
    reached = [s for s in STAGES if dpd is not None and s <= dpd]
    stage = reached[-1] if reached else None
    rems = case["reminders_sent"]
    f["stage"], f["reminded"] = stage, any(r["stage"] == stage for r in rems)
    if "HomeBalance" in inv:
        home = float(inv["HomeBalance"])
    elif "ExchangeRate" in inv:
        home = bal * float(inv["ExchangeRate"])
    else:
        home = bal
    f["home"] = home
    credit = sum(float(p["UnappliedAmt"]) for p in case["payments"]) + sum(
        float(c["Balance"]) for c in case["credit_memos"]
    )
    f["credit"] = credit
    addr = inv.get("BillEmail") or cust.get("PrimaryEmailAddr")
    status = [
        c.get("StringValue", "")
        for c in inv.get("CustomField", [])
        if c.get("Name") == "Collections Status"
    ]
    dom = (
        "@"
        + (cust.get("PrimaryEmailAddr") or inv.get("BillEmail") or {"Address": "@x"})[
            "Address"
        ].split("@")[1]
    )
    # 3-reminder rule: no payment, customer email or note since the first reminder
    three = False
    if len(rems) >= 3:
        first = min(r["date"][:10] for r in rems)
        act = (
            [p["TxnDate"] for p in case["payments"]]
            + [e["date"][:10] for e in case["emails"] if e["from"].endswith(dom)]
            + [x["date"][:10] for x in case["crm_notes"]]
        )
        three = not any(a >= first for a in act)
    f["three"] = three
    partials = sum(
        1
        for p in case["payments"]
        for ln in p["Line"]
        for lt in ln["LinkedTxn"]
        if lt["TxnId"] == inv["Id"]
    )
    f["partials"] = partials
    hard = None
    if "legal" in sem:
        hard = "legal_hold"
    elif any(s.lower() == "disputed" for s in status) or "dispute_note" in sem:
        hard = "open_dispute"
    elif home >= THRESHOLD:
        hard = "over_risk_threshold"
    elif credit >= bal:
        hard = "unapplied_credit"
    elif not addr or due is None:
        hard = "missing_context"
    if "contest" in sem or hard == "open_dispute":  # a recorded dispute is the contest itself
        outcome = LD
    elif (
        (dpd is not None and dpd >= 60)
        or three
        or "no_auto" in sem
        or home >= THRESHOLD
        or "injection" in sem
    ):
        outcome = HT
    elif "more_time" in sem or partials >= 2:
        outcome = PP
    else:
        outcome = RR
    if hard:
        return E, outcome, hard, f
    if outcome in (LD, HT):
        return E, outcome, None, f
    if f["reminded"] or ("promise" in sem and pdate is not None and pdate > as_of):
        return N, NA, None, f
    return D, outcome, None, f


def check(case: dict, s: dict, facts: dict) -> None:
    routes, outcomes, hard = s["label"]
    route, outcome, h, f = derive(case, s["sem"], facts["pdate"])
    where = f"{case['id']} ({s['cls']})"
    if h != hard:
        sys.exit(f"{where}: hard stop {h}, label says {hard} ({f})")
    if route not in routes or outcome not in outcomes:
        sys.exit(f"{where}: derived {route}/{outcome}, label {routes}/{outcomes} ({f})")
    inv = case["invoice"]
    as_of = dt.date.fromisoformat(case["as_of"])
    texts = " ".join(e["body"] + e["subject"] for e in case["emails"]) + " ".join(
        x["text"] for x in case["crm_notes"]
    )
    if facts["pdate"] is not None:
        p = facts["pdate"]
        if not p > as_of:
            sys.exit(f"{where}: promise date {p} not ahead of {as_of}")
        if (
            not any(v in texts for k, v in date_formats(p).items() if k != "p_wd")
            and date_formats(p)["p_wd"] not in texts
        ):
            sys.exit(f"{where}: promise date not in the text")
        for e in case["emails"]:
            if dt.date.fromisoformat(e["date"][:10]) >= p:
                sys.exit(f"{where}: promise dated on or before its email")
    if facts["past"] is not None and (
        not facts["past"] < as_of or facts["ctx"]["past_long"] not in texts
    ):
        sys.exit(f"{where}: past promise not behind as_of")
    if ("{" in texts or "}" in texts) and s["cls"] != "injection":
        sys.exit(f"{where}: unfilled placeholder")
    for e in case["emails"]:
        if e["date"][:10] > case["as_of"]:
            sys.exit(f"{where}: email after as_of")
    for r in case["reminders_sent"]:
        if r["date"][:10] > case["as_of"] or (f.get("dpd") is not None and r["stage"] > f["dpd"]):
            sys.exit(f"{where}: reminder after as_of or beyond the days past due")
    # class-specific structure the labels rely on
    cls = s["cls"]
    if cls in ("hardship", "benign", "unread", "other_invoice", "routine") and f.get("reminded"):
        sys.exit(f"{where}: current stage already reminded")
    if cls == "promise" and s["rem"] != "current" and f.get("reminded"):
        sys.exit(f"{where}: promise meant to hold the draft alone")
    if (
        cls
        in (
            "promise",
            "hardship",
            "benign",
            "unread",
            "other_invoice",
            "routine",
            "complaint",
            "paid_claim",
        )
        and f.get("home", 0) >= THRESHOLD
    ):
        sys.exit(f"{where}: over the threshold")
    if cls == "other_invoice" and not any(
        i["Balance"] > 0 and i["DocNumber"] in texts for i in case["invoices"]
    ):
        sys.exit(f"{where}: the other invoice is not open in the history")
    if cls == "other_invoice" and inv["DocNumber"] in texts:
        sys.exit(f"{where}: names this invoice")
    for k in (
        "invoice",
        "customer",
        "invoices",
        "payments",
        "credit_memos",
        "emails",
        "crm_notes",
        "reminders_sent",
        "as_of",
        "home_currency",
        "id",
    ):
        if k not in case:
            sys.exit(f"{where}: missing key {k}")


def wellformed(case: dict, exp: dict) -> None:
    """SPEC's case-bundle format: keys, entity shapes, links between them, the label's values."""
    where = case["id"]

    def need(cond: bool, what: str) -> None:
        if not cond:
            sys.exit(f"{where}: not well-formed: {what}")

    need(
        set(case)
        == {
            "id",
            "as_of",
            "home_currency",
            "invoice",
            "customer",
            "invoices",
            "payments",
            "credit_memos",
            "emails",
            "crm_notes",
            "reminders_sent",
        },
        "top-level keys",
    )
    dt.date.fromisoformat(case["as_of"])
    need(case["home_currency"] in CUR_NAMES, "home_currency")
    inv, cust = case["invoice"], case["customer"]
    ids = {inv["Id"]} | {i["Id"] for i in case["invoices"]}
    need(len(ids) == 1 + len(case["invoices"]), "invoice ids unique")
    docs = [inv["DocNumber"]] + [i["DocNumber"] for i in case["invoices"]]
    need(len(set(docs)) == len(docs), "DocNumbers unique")
    for i in [inv] + case["invoices"]:
        for k in (
            "Id",
            "DocNumber",
            "TxnDate",
            "TotalAmt",
            "Balance",
            "CurrencyRef",
            "CustomerRef",
            "Line",
            "LinkedTxn",
            "CustomField",
            "MetaData",
            "SyncToken",
        ):
            need(k in i, f"invoice {i['Id']} has {k}")
        need(i["CustomerRef"]["value"] == cust["Id"], "CustomerRef matches the customer")
        need(0 <= i["Balance"] <= i["TotalAmt"], "0 <= Balance <= TotalAmt")
        need(i["CurrencyRef"]["value"] == cust["CurrencyRef"]["value"], "one currency a customer")
        foreign = i["CurrencyRef"]["value"] != case["home_currency"]
        need(foreign == ("ExchangeRate" in i), "ExchangeRate exactly on foreign invoices")
        if "HomeBalance" in i:
            need(abs(i["HomeBalance"] - i["Balance"] * i["ExchangeRate"]) < 0.01, "HomeBalance")
        if "DueDate" in i:
            need(i["DueDate"] >= i["TxnDate"], "DueDate after TxnDate")
        need(
            abs(
                sum(ln["Amount"] for ln in i["Line"] if ln["DetailType"] == "SalesItemLineDetail")
                - i["TotalAmt"]
            )
            < 0.005,
            "lines sum to TotalAmt",
        )
        for lt in i["LinkedTxn"]:
            pay = [p for p in case["payments"] if p["Id"] == lt["TxnId"]]
            need(
                len(pay) == 1
                and any(x["TxnId"] == i["Id"] for ln in pay[0]["Line"] for x in ln["LinkedTxn"]),
                "LinkedTxn both ways",
            )
        paid = sum(
            ln["Amount"]
            for p in case["payments"]
            for ln in p["Line"]
            if any(x["TxnId"] == i["Id"] for x in ln["LinkedTxn"])
        )
        need(abs(i["TotalAmt"] - paid - i["Balance"]) < 0.01, "TotalAmt - payments = Balance")
    for p in case["payments"]:
        for k in ("Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef"):
            need(k in p, f"payment has {k}")
        need(
            abs(sum(ln["Amount"] for ln in p["Line"]) + p["UnappliedAmt"] - p["TotalAmt"]) < 0.01,
            "payment lines + unapplied = TotalAmt",
        )
        need(p["TxnDate"] <= case["as_of"], "payment after as_of")
        for ln in p["Line"]:
            need(all(x["TxnId"] in ids for x in ln["LinkedTxn"]), "payment links a known invoice")
    for c in case["credit_memos"]:
        need({"Id", "Balance", "TotalAmt", "CustomerRef", "TxnDate"} <= set(c), "credit memo keys")
        need(0 <= c["Balance"] <= c["TotalAmt"], "credit memo balance")
    for e in case["emails"]:
        need(set(e) == {"from", "to", "date", "subject", "body"}, "email keys")
        need(e["body"].strip() != "" and "@" in e["from"] and "@" in e["to"], "email content")
        dt.datetime.fromisoformat(e["date"])
    for x in case["crm_notes"]:
        need(set(x) == {"author", "date", "text"}, "note keys")
        dt.datetime.fromisoformat(x["date"])
    for r in case["reminders_sent"]:
        need(set(r) == {"date", "stage"} and r["stage"] in STAGES, "reminder shape")
        dt.datetime.fromisoformat(r["date"])
    need(
        len({r["stage"] for r in case["reminders_sent"]}) == len(case["reminders_sent"]),
        "one reminder a stage",
    )
    need(sorted(exp) == ["class", "hard_stop", "id", "outcome", "route"], "expected keys")
    need(exp["route"] and set(exp["route"]) <= {D, E, N}, "routes")
    need(exp["outcome"] and set(exp["outcome"]) <= {RR, LD, PP, HT, NA}, "outcomes")
    need(
        exp["hard_stop"]
        in (
            None,
            "legal_hold",
            "open_dispute",
            "over_risk_threshold",
            "unapplied_credit",
            "missing_context",
        ),
        "hard stop",
    )
    need(exp["hard_stop"] is None or exp["route"] == [E], "a hard stop escalates")


# ----------------------------------------------------------------------------- main
def main() -> None:
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    built = []
    for n, idx in enumerate(order, 1):
        s = SPECS[idx]
        case, facts = build(s, n)
        case["id"] = f"{PREFIX}-{n:04d}"
        check(case, s, facts)
        routes, outcomes, hard = s["label"]
        exp = {
            "class": s["cls"],
            "hard_stop": hard,
            "id": case["id"],
            "outcome": outcomes,
            "route": routes,
        }
        wellformed(case, exp)
        built.append((case, exp))
    firsts = {(e["route"][0], e["outcome"][0]) for _, e in built}
    for o in (RR, LD, PP, HT, NA):
        assert any(fo == o for _, fo in firsts), f"no case whose first answer is {o}"
    assert {e["hard_stop"] for _, e in built} >= {
        "legal_hold",
        "open_dispute",
        "over_risk_threshold",
        "unapplied_credit",
        "missing_context",
    }
    assert len(built) == len({c["id"] for c, _ in built})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for case, _ in built:
            fh.write(json.dumps(case, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for _, exp in built:
            fh.write(json.dumps(exp, sort_keys=True) + "\n")
    counts: dict[str, int] = {}
    for _, exp in built:
        counts[exp["class"]] = counts.get(exp["class"], 0) + 1
    print(f"{len(built)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()

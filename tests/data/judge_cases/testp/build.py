#!/usr/bin/env python3
"""Builds the testp held-out judge set (stdlib only, fixed seed).

    python3 tests/data/judge_cases/testp/build.py          # rewrites cases.jsonl, expected.jsonl
    python3 tests/data/judge_cases/testp/build.py --list   # also prints derived facts per case

Written blind from shared/SPEC.md, the entity shapes in shared/eval and shared/fixtures/qbo,
and the label-convention READMEs. check() re-derives each case's structural facts from the
bundle alone and refuses a label that contradicts them; wellformed() checks every bundle
against SPEC's case-bundle format.
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
sys.dont_write_bytecode = True
import texts as T  # noqa: E402

SEED = 20270111
STAGES = [1, 7, 14, 30, 60]
AS_OFS = ["2027-01-08", "2027-01-11", "2027-01-12", "2027-01-13", "2027-01-14", "2027-01-15"]
D = dt.date.fromisoformat

# ---------------------------------------------------------------- worlds and customers
WORLDS = {
    "stage": dict(home="GBP", us="Kelvin Rigging & Stage Light Hire Ltd", domain="kelvinrig.example",
                  ar="accounts@kelvinrig.example", collector="Morag Lennox",
                  collector_mail="morag@kelvinrig.example", tz="+00:00", prefix="KR-", start=24310,
                  items=["Moving light hire", "Truss and rigging package", "Crew - get-in and get-out",
                         "Staging decks and risers", "Chain hoist hire", "Haze and effects hire",
                         "LED wall hire", "Dimming and control package"]),
    "bake": dict(home="CAD", us="Dufferin Oven & Mixer Service Inc.", domain="dufferinoven.example",
                 ar="ar@dufferinoven.example", collector="Nadia Kowalczyk",
                 collector_mail="nadia@dufferinoven.example", tz="-05:00", prefix="DOM-", start=5120,
                 items=["Service call - labour", "Deck oven burner parts", "Spiral mixer gearbox service",
                        "Proofer door seal kit", "Combi oven repair", "Heating elements",
                        "Preventive maintenance visit", "Dough sheeter belt"]),
    "farm": dict(home="AUD", us="Swan Coastal Irrigation & Pumps Pty Ltd",
                 domain="swancoastalirrigation.example", ar="accounts@swancoastalirrigation.example",
                 collector="Bree Ashworth", collector_mail="bree@swancoastalirrigation.example",
                 tz="+08:00", prefix="SCI-", start=7040,
                 items=["Irrigation design", "Submersible bore pump supply", "Drip line install",
                        "Pump station commissioning", "Poly pipe and fittings", "Excavator hire",
                        "Pressure sensor and controller", "Frost sprinkler risers"]),
}
RATES = {"EUR": 0.86, "USD": 1.37, "NZD": 0.91, "SGD": 1.16}
CUR_NAMES = {"GBP": "British Pound Sterling", "EUR": "Euro", "CAD": "Canadian Dollar",
             "USD": "United States Dollar", "AUD": "Australian Dollar", "NZD": "New Zealand Dollar",
             "SGD": "Singapore Dollar"}
# key: (company, currency, contact, contact mailbox, accounts mailbox local part, money style, phone)
CUSTOMERS = {
    "stage/citz": ("Saltmarket Playhouse Trust", "GBP", "Fiona Baird", "fiona.baird@saltmarketplayhouse.example", "finance", "gb", "0141 552 0193"),
    "stage/opera": ("Clyde Touring Opera", "GBP", "Hamish Rennie", "hamish@clydeopera.example", "payments", "gb", "0141 332 8870"),
    "stage/uni": ("Hillhead University Drama Society", "GBP", "Priya Chaudhary", "treasurer@hillheaddrama.example", "society", "gb", "07700 900412"),
    "stage/wed": ("Loch Ard House Weddings", "GBP", "Kirsty McAllister", "kirsty@lochardhouse.example", "accounts", "gb", "01877 382 114"),
    "stage/events": ("Merchant City Events Ltd", "GBP", "Darren Boyle", "darren@merchantcityevents.example", "accounts", "gb", "0141 248 6655"),
    "stage/panto": ("St Mungo's Parish Pantomime Group", "GBP", "Elspeth Grieve", "elspeth@stmungospanto.example", "treasurer", "gb", "0141 556 2290"),
    "stage/hall": ("Paisley Town Hall Concerts", "GBP", "Callum Fraser", "callum.fraser@paisleyconcerts.example", "accounts", "gb", "0141 887 1010"),
    "stage/galway": ("Galway Lantern Arts Festival CLG", "EUR", "Siobhán Ní Fhlatharta", "siobhan@galwaylantern.example", "accounts", "ie", "+353 91 562 781"),
    "stage/cork": ("Cork Harbour Folk Weekend", "EUR", "Declan O'Mahony", "declan@corkharbourfolk.example", "treasurer", "ie", "+353 21 481 9920"),
    "stage/zwolle": ("Stichting Lichtjesfestival Zwolle", "EUR", "Marloes van der Berg", "marloes@lichtjeszwolle.example", "administratie", "nl", "+31 38 421 7750"),
    "stage/tersch": ("Stichting Duinpodium Terschelling", "EUR", "Joost Hoekstra", "joost@duinpodium.example", "financien", "nl", "+31 562 448 310"),
    "bake/porto": ("Padaria Nova Aurora", "CAD", "Fernanda Sousa", "fernanda@novaaurora.example", "contas", "ca", "416-532-7781"),
    "bake/bagel": ("Kensington Bagel Bakery", "CAD", "Moshe Adler", "moshe@kensingtonbagel.example", "office", "ca", "416-593-0412"),
    "bake/hosp": ("Humber Valley Hospital", "CAD", "Grace Oyelaran", "grace.oyelaran@humbervalleyhosp.example", "ap", "ca", "416-249-8111"),
    "bake/grocer": ("Lakeshore Grocers Ltd", "CAD", "Kevin Tran", "kevin.tran@lakeshoregrocers.example", "ap", "ca", "416-255-3300"),
    "bake/markham": ("Golden Lotus Bakery", "CAD", "Wendy Chen", "wendy@goldenlotusbakery.example", "accounts", "ca", "905-479-2268"),
    "bake/patis": ("Pâtisserie Yorkville", "CAD", "Élodie Marchand", "elodie@patisserieyorkville.example", "compta", "ca", "416-921-5507"),
    "bake/college": ("Lakeshore College - Culinary Arts", "CAD", "Devon Fraser", "devon.fraser@lakeshorecollege.example", "accountspayable", "ca", "416-675-6622"),
    "bake/buffrye": ("Lackawanna Rye & Kaiser Co.", "USD", "Tom Kowalski", "tom@lackawannarye.example", "ap", "us", "(716) 822-4410"),
    "bake/elmwood": ("Elmwood Avenue Bread Co.", "USD", "Jenna Russo", "jenna@elmwoodbread.example", "billing", "us", "(716) 881-2093"),
    "bake/paczki": ("Hamtramck Pączki House", "USD", "Agnieszka Nowak", "agnieszka@paczkihouse.example", "office", "us", "(313) 874-1552"),
    "bake/corktown": ("Corktown Bagel Works LLC", "USD", "Marcus Reed", "marcus@corktownbagel.example", "ap", "us", "(313) 962-0718"),
    "farm/avo": ("Gingin Ridge Avocados", "AUD", "Darren Pike", "darren@ginginavocados.example", "accounts", "au", "08 9575 2241"),
    "farm/vine": ("Wilyabrup Estate", "AUD", "Sophie Laurent", "sophie@wilyabrupestate.example", "accounts", "au", "08 9755 6120"),
    "farm/banana": ("Carnarvon Riverbank Plantation", "AUD", "Tran Van Minh", "minh@riverbankplantation.example", "office", "au", "08 9941 8036"),
    "farm/spud": ("Manjimup Spud Co.", "AUD", "Gary Rowe", "gary@manjimupspud.example", "accounts", "au", "08 9771 1458"),
    "farm/turf": ("Baldivis Turf Farm", "AUD", "Leanne Crisp", "leanne@baldivisturf.example", "accounts", "au", "08 9524 3307"),
    "farm/shire": ("Shire of Dandaragan", "AUD", "Rob Ellery", "rob.ellery@dandaragan.example", "ap", "au", "08 9652 0800"),
    "farm/garden": ("Wanneroo Market Gardens", "AUD", "Linh Nguyen", "linh@wanneroogardens.example", "office", "au", "08 9405 2876"),
    "farm/hawkes": ("Twyford Apple Orchards", "NZD", "Aroha Tipene", "aroha@twyfordapples.example", "accounts", "nz", "+64 6 879 4412"),
    "farm/canty": ("Rakaia Plains Dairy", "NZD", "Hamish Gould", "hamish@rakaiadairy.example", "office", "nz", "+64 3 302 7716"),
    "farm/lck": ("Lim Chu Kang Leafy Farms Pte Ltd", "SGD", "Tan Wei Ling", "weiling@lckleafy.example", "accounts", "sg", "+65 6793 2210"),
    "farm/kranji": ("Kranji Aquaponics Pte Ltd", "SGD", "Rajesh Pillai", "rajesh@kranjiaqua.example", "finance", "sg", "+65 6365 8817"),
}
# given and family names where the family name comes first
NAME_SPLIT = {"Tan Wei Ling": ("Wei Ling", "Tan"), "Tran Van Minh": ("Minh", "Tran Van")}


def split_name(full):
    if full in NAME_SPLIT:
        return NAME_SPLIT[full]
    given, _, family = full.partition(" ")
    return given, family


AMOUNT_RANGE = {"GBP": (380, 6800), "EUR": (450, 7400), "CAD": (240, 7900), "USD": (300, 5400),
                "AUD": (600, 8800), "NZD": (800, 9000), "SGD": (600, 7400)}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, f: str) -> str:
    return {
        "iso": d.isoformat(),
        "dmy": d.strftime("%d/%m/%Y"),
        "mdy": d.strftime("%m/%d/%Y"),
        "dot": d.strftime("%d.%m.%Y"),
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "uslong": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "ord": f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
        "short": f"{WD[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}",
        "th": f"the {ordinal(d.day)}",
        "wd": WD[d.weekday()],
        "nl": f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}",
    }[f]


def money(x: float, style: str, cur: str) -> str:
    if style == "nl":
        s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"€ {s}"
    sym = {"GBP": "£", "EUR": "€", "CAD": "$", "USD": "$", "AUD": "$", "NZD": "NZ$", "SGD": "S$"}[cur]
    return f"{sym}{x:,.2f}"


# ---------------------------------------------------------------- case specs
TWO = (["draft_for_approval", "escalate_to_human"], ["routine_reminder", "high_touch_escalation"])
ESC_DISPUTE = (["escalate_to_human"], ["likely_dispute"])
ESC_HT = (["escalate_to_human"], ["high_touch_escalation"])
NONE = (["none"], ["no_action"])
DRAFT_R = (["draft_for_approval"], ["routine_reminder"])
DRAFT_P = (["draft_for_approval"], ["payment_plan_candidate"])
HS_OUT = {
    "legal_hold": ["high_touch_escalation", "likely_dispute", "routine_reminder"],
    "open_dispute": ["likely_dispute"],
    "over_risk_threshold": ["high_touch_escalation"],
    "unapplied_credit": ["routine_reminder", "high_touch_escalation", "likely_dispute"],
    "missing_context": ["routine_reminder", "high_touch_escalation"],
}

# (dpd, reminder kind) per text index; kinds: cur = every stage up to the current one,
# curonly = only the current stage, prev = every stage before the current one,
# last = only the stage before the current one, none.
COMPLAINT_SCAF = [(12, "cur"), (5, "none"), (20, "prev"), (9, "cur"), (33, "last"), (16, "curonly"),
                  (38, "cur"), (25, "none"), (8, "prev"), (45, "curonly"), (3, "cur"), (64, "cur"),
                  (19, "prev"), (10, "none"), (22, "cur"), (31, "prev"), (17, "curonly"),
                  (52, "last"), (27, "cur"), (75, "last"), (11, "prev"), (40, "cur")]
PAID_SCAF = [(9, "cur"), (18, "cur"), (23, "cur"), (6, "prev"), (34, "curonly"), (15, "none"),
             (12, "none"), (40, "cur"), (26, "prev"), (9, "cur"), (16, "cur"), (37, "cur"),
             (10, "curonly"), (44, "cur"), (21, "cur"), (9, "cur"), (13, "prev"), (32, "cur"),
             (50, "cur"), (4, "none"), (28, "last"), (17, "cur")]
PROMISE_SCAF = [(10, "none"), (18, "cur"), (24, "cur"), (13, "prev"), (9, "cur"), (35, "last"),
                (4, "none"), (16, "curonly"), (20, "cur"), (12, "prev"), (47, "cur"), (33, "cur"),
                (8, "none"), (29, "prev"), (16, "curonly"), (6, "none"), (41, "cur"), (22, "prev"),
                (33, "cur"), (11, "last"), (26, "none"), (17, "cur")]
HARDSHIP_SCAF = [(8, "prev"), (20, "prev"), (13, "none"), (35, "last"), (17, "prev"), (5, "none"),
                 (42, "prev"), (10, "last"), (24, "none"), (31, "last"), (15, "prev"), (9, "prev"),
                 (19, "last"), (50, "prev"), (2, "none"), (28, "prev"), (12, "none"), (37, "last"),
                 (22, "prev"), (7, "none"), (45, "last"), (14, "none")]
HARDSHIP_PARTIAL = {10, 15}
# email-date hints: "jan" = on or after 3 January, "dec" = on or before 27 December
HINTS = {("paid", 6): "jan", ("complaint", 20): "jan", ("promise", 7): "dec",
         ("routine_h", 2): "jan", ("complaint", 2): "jan", ("hardship", 3): "jan",
         ("hardship", 12): "jan", ("complaint", 6): "jan", ("paid", 12): "jan"}


def specs():
    out = []
    for i, (dpd, rk) in enumerate(COMPLAINT_SCAF):
        out.append(dict(cls="complaint", text=("complaint", i), dpd=dpd, rem=rk, tags={"dispute"},
                        label=ESC_DISPUTE))
    for i, (dpd, rk) in enumerate(PAID_SCAF):
        out.append(dict(cls="paid_claim", text=("paid", i), dpd=dpd, rem=rk, tags={"dispute"},
                        label=ESC_DISPUTE))
    for i, (dpd, rk) in enumerate(PROMISE_SCAF):
        out.append(dict(cls="promise", text=("promise", i), dpd=dpd, rem=rk, tags={"promise"},
                        label=NONE))
    for i, (dpd, rk) in enumerate(HARDSHIP_SCAF):
        out.append(dict(cls="hardship", text=("hardship", i), dpd=dpd, rem=rk, tags={"plan"},
                        label=DRAFT_P, partials=1 if i in HARDSHIP_PARTIAL else 0))
    M = "mixed"
    out += [
        dict(cls=M, text=("mixed", "not_complaining"), dpd=16, rem="last", tags=set(), label=TWO),
        dict(cls=M, text=("mixed", "hypothetical"), dpd=9, rem="last", tags=set(), label=TWO),
        dict(cls=M, text=("mixed", "retracted"), dpd=23, rem="prev", tags=set(), label=TWO),
        dict(cls=M, text=("mixed", "settled_credit"), dpd=34, rem="last", tags=set(), label=TWO,
             cm_applied=True),
        dict(cls=M, text=("mixed", "old_fixed"), dpd=19, rem="prev", tags=set(), label=TWO),
        dict(cls=M, text=("mixed", "resolved_note"), dpd=27, rem="last", tags=set(), label=TWO),
        dict(cls=M, text=("mixed", "passed_promise"), dpd=20, rem="prev", tags=set(), label=DRAFT_R),
        dict(cls=M, text=("mixed", "promise_60"), dpd=66, rem=[30], tags={"promise"}, label=ESC_HT),
        dict(cls=M, text=("mixed", "plan_60"), dpd=72, rem="prev", tags={"plan"}, label=ESC_HT),
        dict(cls=M, text=("mixed", "plan_reminded"), dpd=18, rem="cur", tags={"plan"}, label=NONE),
        dict(cls=M, text=("mixed", "no_plan_needed"), dpd=11, rem="none", tags={"promise"}, label=NONE),
        dict(cls=M, text=("mixed", "just_need_until"), dpd=25, rem="last", tags={"promise"},
             label=(["none", "draft_for_approval"], ["no_action", "payment_plan_candidate"])),
        dict(cls=M, text=("mixed", "dated_halves"), dpd=14, rem="prev", tags={"promise"},
             label=(["none", "draft_for_approval"], ["no_action", "payment_plan_candidate"])),
        dict(cls=M, text=("mixed", "next_run"), dpd=36, rem="last", tags=set(),
             label=(["none", "draft_for_approval"], ["no_action", "routine_reminder"])),
        dict(cls=M, text=("mixed", "promise_stop"), dpd=21, rem="last", tags={"promise"},
             label=(["none", "escalate_to_human"], ["no_action", "high_touch_escalation"])),
        dict(cls=M, text=("mixed", "phoned_promise"), dpd=13, rem="prev", tags={"promise"},
             label=(["none", "draft_for_approval"], ["no_action", "routine_reminder"])),
        dict(cls=M, text=("mixed", "paid_then_promise"), dpd=10, rem="last", tags={"promise"},
             label=(["none", "escalate_to_human"],
                    ["no_action", "likely_dispute", "high_touch_escalation"])),
        dict(cls=M, text=("mixed", "privileged_promise"), dpd=29, rem="prev", tags={"promise"},
             label=NONE, nowrap=True),
        dict(cls=M, text=("mixed", "three_broken_reply"), dpd=35, rem=[1, 7, 14], tags=set(),
             label=TWO, between=(1, 14)),
        dict(cls=M, text=("mixed", "three_broken_note"), dpd=35, rem=[1, 7, 14], tags=set(),
             label=DRAFT_R, between=(1, 14)),
        dict(cls=M, text=None, cust="stage/hall", dpd=38, rem=[1, 7, 14], tags=set(), label=DRAFT_R,
             partials=1, partial_between=(1, 14)),
        dict(cls=M, text=None, cust="bake/porto", dpd=26, rem=[7], tags=set(), label=DRAFT_P,
             partials=2),
        dict(cls=M, text=None, cust="farm/spud", dpd=12, rem=[1], tags=set(), label=DRAFT_R,
             partials=1),
        dict(cls=M, text=None, cust="stage/citz", dpd=17, rem=[7], tags=set(), label=DRAFT_R,
             cf="Reminder sent"),
        dict(cls=M, text=None, cust="farm/canty", dpd=9, rem=[1], tags=set(), label=DRAFT_R,
             amount=10850.00),
        dict(cls=M, text=None, cust="bake/patis", dpd=15, rem=[1, 7], tags=set(), label=DRAFT_R,
             amount=1480.00, unapplied=200.00),
        dict(cls=M, text=("mixed", "not_yet_due_complaint"), dpd=-5, rem=[], tags={"dispute"},
             label=(["none", "escalate_to_human"], ["no_action", "likely_dispute"])),
        dict(cls=M, text=("mixed", "collector_followup"), dpd=23, rem=[1, 7], tags=set(),
             label=(["draft_for_approval", "none"], ["routine_reminder", "no_action"]), nowrap=True),
    ]
    H = "hard_stop"
    ex = ["escalate_to_human"]
    out += [
        dict(cls=H, text=("hard", "legal_email"), dpd=20, rem="prev", tags={"legal", "dispute"},
             label=(ex, HS_OUT["legal_hold"]), hs="legal_hold"),
        dict(cls=H, text=("hard", "receivers_note"), dpd=41, rem="cur", tags={"legal"},
             label=(ex, HS_OUT["legal_hold"]), hs="legal_hold"),
        dict(cls=H, text=("hard", "chapter11"), dpd=28, rem="prev", tags={"legal"},
             label=(ex, HS_OUT["legal_hold"]), hs="legal_hold"),
        dict(cls=H, text=("hard", "lawyer_note"), dpd=33, rem="last", tags={"legal"},
             label=(ex, ["high_touch_escalation", "likely_dispute"]), hs="legal_hold", cf="Disputed"),
        dict(cls=H, text=None, cust="bake/patis", dpd=19, rem=[1, 7], tags=set(),
             label=(ex, HS_OUT["open_dispute"]), hs="open_dispute", cf="Disputed"),
        dict(cls=H, text=None, cust="bake/buffrye", dpd=24, rem=[7], tags=set(),
             label=(ex, ["likely_dispute", "high_touch_escalation"]), hs="open_dispute",
             cf="DISPUTED", amount=7600.00),
        dict(cls=H, text=("hard", "dispute_note"), dpd=16, rem=[7], tags={"dnote"},
             label=(ex, HS_OUT["open_dispute"]), hs="open_dispute"),
        dict(cls=H, text=("hard", "refusal_note"), dpd=12, rem=[1], tags={"dnote"},
             label=(ex, HS_OUT["open_dispute"]), hs="open_dispute"),
        dict(cls=H, text=("hard", "over_promise"), dpd=14, rem="prev", tags={"promise"},
             label=(ex, HS_OUT["over_risk_threshold"]), hs="over_risk_threshold", amount=12400.00),
        dict(cls=H, text=None, cust="farm/hawkes", dpd=22, rem=[7], tags=set(),
             label=(ex, HS_OUT["over_risk_threshold"]), hs="over_risk_threshold", amount=11200.00,
             no_home=True),
        dict(cls=H, text=None, cust="farm/kranji", dpd=10, rem=[1], tags=set(),
             label=(ex, HS_OUT["over_risk_threshold"]), hs="over_risk_threshold", amount=8900.00,
             unapplied="cover"),
        dict(cls=H, text=None, cust="stage/uni", dpd=10, rem=[1], tags=set(),
             label=(ex, HS_OUT["unapplied_credit"]), hs="unapplied_credit", unapplied="cover"),
        dict(cls=H, text=None, cust="bake/college", dpd=18, rem=[7], tags=set(),
             label=(ex, HS_OUT["unapplied_credit"]), hs="unapplied_credit", unapplied="part",
             cm_open="rest"),
        dict(cls=H, text=("hard", "unapplied_paid"), dpd=13, rem=[7], tags={"dispute"},
             label=(ex, HS_OUT["unapplied_credit"]), hs="unapplied_credit", unapplied="cover",
             noaddr=True),
        dict(cls=H, text=None, cust="stage/wed", dpd=15, rem=[1, 7], tags=set(),
             label=(ex, HS_OUT["missing_context"]), hs="missing_context", noaddr=True),
        dict(cls=H, text=None, cust="farm/spud", dpd=None, rem=[], tags=set(),
             label=(ex, HS_OUT["missing_context"]), hs="missing_context"),
    ]
    E = "escalation"
    out += [
        dict(cls=E, text=None, cust="bake/elmwood", dpd=64, rem="prev", tags=set(), label=ESC_HT),
        dict(cls=E, text=None, cust="farm/garden", dpd=118, rem="cur", tags=set(), label=ESC_HT),
        dict(cls=E, text=None, cust="stage/cork", dpd=35, rem=[1, 7, 14], tags=set(), label=ESC_HT),
        dict(cls=E, text=None, cust="stage/opera", dpd=9, rem=[], tags={"noauto"}, label=ESC_HT,
             cust_notes=T.ESCALATION["cust_notes"]),
        dict(cls=E, text=("esc", "noauto_note"), dpd=16, rem=[7], tags={"noauto"}, label=ESC_HT),
    ]
    R = "routine"
    out += [
        dict(cls=R, text=None, cust="stage/panto", dpd=2, rem=[], tags=set(), label=DRAFT_R),
        dict(cls=R, text=None, cust="bake/paczki", dpd=8, rem=[1], tags=set(), label=DRAFT_R),
        dict(cls=R, text=None, cust="farm/vine", dpd=15, rem=[7], tags=set(), label=DRAFT_R),
        dict(cls=R, text=None, cust="stage/galway", dpd=31, rem=[14], tags=set(), label=DRAFT_R),
        dict(cls=R, text=None, cust="farm/lck", dpd=20, rem=[], tags=set(), label=DRAFT_R),
        dict(cls=R, text=None, cust="bake/hosp", dpd=44, rem=[1, 14], tags=set(), label=DRAFT_R),
    ]
    for i, (dpd, rem) in enumerate([(13, [1]), (8, []), (17, [7]), (24, [1, 7])]):
        out.append(dict(cls=R, text=("routine_h", i), dpd=dpd, rem=rem, tags=set(), label=TWO))
    for i, (dpd, rem) in enumerate([(10, [1]), (19, [1, 7]), (7, []), (27, [7]), (15, [7])]):
        out.append(dict(cls="benign", text=("benign", i), dpd=dpd, rem=rem, tags=set(), label=TWO))
    for i, (dpd, rem) in enumerate([(17, [7]), (10, [1]), (33, [14]), (20, [7]), (9, [1])]):
        out.append(dict(cls="unread", text=("unread", i), dpd=dpd, rem=rem, tags=set(), label=TWO,
                        autoreply=True))
    NA = "no_action"
    out += [
        dict(cls=NA, text=None, cust="farm/avo", dpd=25, rem=[1, 7], tags=set(), label=NONE,
             paid_off=True),
        dict(cls=NA, text=None, cust="bake/grocer", dpd=-6, rem=[], tags=set(), label=NONE),
        dict(cls=NA, text=None, cust="stage/tersch", dpd=0, rem=[], tags=set(), label=NONE),
        dict(cls=NA, text=None, cust="farm/shire", dpd=20, rem=[7, 14], tags=set(), label=NONE),
    ]
    for i, (dpd, rem) in enumerate([(14, [7]), (9, [1]), (22, [7]), (31, [14])]):
        out.append(dict(cls="injection", text=("injection", i), dpd=dpd, rem=rem,
                        tags={"injection"}, label=(["escalate_to_human"],
                                                   ["likely_dispute", "high_touch_escalation"]),
                        nowrap=True))
    for i, (dpd, rem, oth) in enumerate([(12, [1], "open"), (16, [7], "open"), (8, [], "open"),
                                         (26, [7], "paid")]):
        out.append(dict(cls="other_invoice", text=("other", i), dpd=dpd, rem=rem, tags=set(),
                        label=TWO, other=oth))
    return out


def get_text(key):
    cat, k = key
    src = {"complaint": T.COMPLAINT, "paid": T.PAID, "promise": T.PROMISE, "hardship": T.HARDSHIP,
           "mixed": T.MIXED, "hard": T.HARD, "esc": T.ESCALATION, "routine_h": T.ROUTINE_HARMLESS,
           "benign": T.BENIGN, "unread": T.UNREAD, "injection": T.INJECTION,
           "other": T.OTHER_INVOICE}[cat]
    return src[k]


def parse_msgs(text):
    msgs = []
    for part in text.split("\n=====\n"):
        lines = part.split("\n")
        head = lines[0]
        m = dict(kind=None, subject=None, mailbox=None, body=None)
        if head.startswith("S: "):
            m["kind"], m["subject"] = "email", head[3:]
        elif head.startswith("U: "):
            m["kind"], m["subject"] = "ours", head[3:]
        elif head.startswith("N: "):
            m["kind"], m["subject"] = "note", head[3:]
        else:
            raise ValueError("bad head: " + head)
        rest = lines[1:]
        if rest and rest[0].startswith("F: "):
            m["mailbox"] = rest[0][3:]
            rest = rest[1:]
        m["body"] = "\n".join(rest).strip("\n")
        msgs.append(m)
    return msgs


# ---------------------------------------------------------------- building
def weekday_ok(d):
    return d.weekday() < 5


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.docno = {w: WORLDS[w]["start"] for w in WORLDS}
        self.txn = 30000

    def next_doc(self, world):
        self.docno[world] += self.rng.randint(3, 17)
        return WORLDS[world]["prefix"] + str(self.docno[world])

    def next_id(self):
        self.txn += self.rng.randint(1, 9)
        return str(self.txn)

    def lines(self, world, total):
        items = self.rng.sample(WORLDS[world]["items"], self.rng.randint(1, 3))
        if len(items) == 1:
            amts = [total]
        else:
            cuts = sorted(self.rng.sample(range(1, 100), len(items) - 1))
            parts = [b - a for a, b in zip([0] + cuts, cuts + [100])]
            amts = [round(total * p / 100, 2) for p in parts[:-1]]
            amts.append(round(total - sum(amts), 2))
            if min(amts) <= 0:
                amts, items = [total], items[:1]
        out = []
        for n, (it, a) in enumerate(zip(items, amts), 1):
            out.append({"Amount": a, "Description": it, "DetailType": "SalesItemLineDetail",
                        "Id": str(n), "LineNum": n,
                        "SalesItemLineDetail": {"ItemRef": {"name": it, "value": str(10 + n)},
                                                "Qty": 1, "UnitPrice": a}})
        out.append({"Amount": round(total, 2), "DetailType": "SubTotalLineDetail",
                    "SubTotalLineDetail": {}})
        return out

    def ts(self, world, d, hh=None, mm=None):
        if hh is None:
            hh = self.rng.randint(8, 17)
        if mm is None:
            mm = self.rng.choice([2, 9, 14, 21, 27, 33, 38, 44, 51, 56])
        return f"{d.isoformat()}T{hh:02d}:{mm:02d}:00{WORLDS[world]['tz']}"

    def invoice(self, world, ck, cur, total, due, txndate, email_addr, doc=None, cf=None):
        c = CUSTOMERS[ck]
        inv = {
            "Balance": round(total, 2),
            "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
            "CustomField": [],
            "CustomerRef": {"name": c[0], "value": None},
            "DocNumber": doc or self.next_doc(world),
            "EmailStatus": "EmailSent",
            "Id": self.next_id(),
            "Line": self.lines(world, total),
            "LinkedTxn": [],
            "MetaData": {"CreateTime": self.ts(world, txndate, 9, 0),
                         "LastUpdatedTime": self.ts(world, txndate, 9, 0)},
            "PrintStatus": "NotSet",
            "PrivateNote": "",
            "SalesTermRef": {"value": "3"},
            "SyncToken": "1",
            "TotalAmt": round(total, 2),
            "TxnDate": txndate.isoformat(),
        }
        if due is not None:
            inv["DueDate"] = due.isoformat()
        if email_addr:
            inv["BillEmail"] = {"Address": email_addr}
        if cf is not None:
            inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status",
                                   "StringValue": cf, "Type": "StringType"}]
        return inv

    def payment(self, world, ck, cur, d, lines, unapplied=0.0):
        c = CUSTOMERS[ck]
        cash = round(sum(a for a, t, _ in lines if t == "Invoice")
                     - sum(a for a, t, _ in lines if t == "CreditMemo") + unapplied, 2)
        p = {
            "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
            "CustomerRef": {"name": c[0], "value": None},
            "Id": self.next_id(),
            "Line": [{"Amount": round(a, 2), "LinkedTxn": [{"TxnId": tid, "TxnType": t}]}
                     for a, t, tid in lines],
            "MetaData": self.meta(world, d),
            "SyncToken": "0",
            "TotalAmt": cash,
            "TxnDate": d.isoformat(),
            "UnappliedAmt": round(unapplied, 2),
        }
        if cur != WORLDS[world]["home"]:
            p["ExchangeRate"] = RATES[cur]
        return p

    def meta(self, world, d):
        t = self.ts(world, d)
        return {"CreateTime": t, "LastUpdatedTime": t}

    def amount(self, cur):
        lo, hi = AMOUNT_RANGE[cur]
        return round(self.rng.uniform(lo, hi), 2)

    # -------------------------------------------------------------- one case
    def build(self, n, sp):
        rng = self.rng
        cid = f"tp-{n:04d}"
        text = get_text(sp["text"]) if sp.get("text") else None
        if isinstance(text, tuple):
            ck, raw = text
        else:
            ck, raw = sp["cust"], None
        world = ck.split("/")[0]
        W = WORLDS[world]
        comp, cur, contact, cmail, apl, style, phone = CUSTOMERS[ck]
        domain = cmail.split("@")[1]
        home = W["home"]
        foreign = cur != home
        as_of = D(rng.choice(AS_OFS))
        dpd = sp["dpd"]
        due = None if dpd is None else as_of - dt.timedelta(days=dpd)
        ref_due = due or (as_of - dt.timedelta(days=21))
        txndate = ref_due - dt.timedelta(days=30)
        total = sp.get("amount") or self.amount(cur)
        addr_inv = None if sp.get("noaddr") else rng.choice([cmail, f"{apl}@{domain}"])
        inv = self.invoice(world, ck, cur, total, due, txndate, addr_inv, cf=sp.get("cf"))
        cust_id = str(rng.randint(40, 990))
        payments, cms, others = [], [], []

        # reminders
        stage = None if dpd is None else max([s for s in STAGES if s <= dpd], default=None)
        rk = sp["rem"]
        if isinstance(rk, list):
            rstages = list(rk)
        else:
            before = [s for s in STAGES if stage and s < stage]
            rstages = {"none": [], "cur": before + [stage], "curonly": [stage], "prev": before,
                       "last": before[-1:]}[rk]
        reminders = []
        for s in rstages:
            rd = due + dt.timedelta(days=s)
            reminders.append({"date": self.ts(world, rd, 9, 0), "stage": s})
        rem_dates = [due + dt.timedelta(days=s) for s in rstages]

        # partial payments
        npart = sp.get("partials", 0)
        part_dates = []
        if npart:
            lo = due + dt.timedelta(days=2) if due else txndate
            if sp.get("partial_between"):
                a, b = sp["partial_between"]
                lo, hi = due + dt.timedelta(days=a + 1), due + dt.timedelta(days=b - 1)
            else:
                hi = as_of - dt.timedelta(days=3)
            for k in range(npart):
                part_dates.append(lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days))))
            part_dates.sort()
            for pdte in part_dates:
                amt = round(total * rng.choice([0.15, 0.2, 0.25, 0.3]), 2)
                p = self.payment(world, ck, cur, pdte, [(amt, "Invoice", inv["Id"])])
                payments.append(p)
                inv["Balance"] = round(inv["Balance"] - amt, 2)
                inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        if sp.get("paid_off"):
            pdte = as_of - dt.timedelta(days=2)
            p = self.payment(world, ck, cur, pdte, [(inv["Balance"], "Invoice", inv["Id"])])
            payments.append(p)
            inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
            inv["Balance"] = 0.0

        # messages
        msgs = parse_msgs(raw) if raw else []
        ph = {}
        emails, notes = [], []
        cm_doc = None
        if msgs:
            # window for the last message
            hint = HINTS.get(sp["text"])
            lo = as_of - dt.timedelta(days=8)
            if rem_dates:
                lo = max(lo, max(rem_dates) + dt.timedelta(days=1))
            hi = as_of
            if sp.get("between"):
                a, b = sp["between"]
                lo, hi = due + dt.timedelta(days=a + 1), due + dt.timedelta(days=b - 1)
            if part_dates:
                lo = max(lo, part_dates[-1] + dt.timedelta(days=1))
            if hint == "jan":
                lo = max(lo, D("2027-01-03"))
            if hint == "dec":
                hi = min(hi, D("2026-12-27"))
                lo = min(lo, hi)
            if dpd is not None and dpd < 0:
                lo, hi = as_of - dt.timedelta(days=4), as_of
            gap = len(msgs) - 1
            lo = lo + dt.timedelta(days=gap)
            alltext = raw
            due_fmts = re.findall(r"\{due_(\w+)\}", alltext)
            due2_fmts = re.findall(r"\{due2_(\w+)\}", alltext)
            passed_fmts = re.findall(r"\{passed_(\w+)\}", alltext)
            found = None
            for _try in range(400):
                last = lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))
                if last > hi:
                    continue
                first = last - dt.timedelta(days=gap)
                pd = pd2 = pp = None
                if due_fmts:
                    cands = []
                    for day in range(13, 30):
                        c = D(f"2027-01-{day:02d}")
                        if not weekday_ok(c) or c <= as_of or (c - last).days < 3:
                            continue
                        if "wd" in due_fmts and (c - last).days > 6:
                            continue
                        if "th" in due_fmts and last.month != 1:
                            continue
                        if due2_fmts and c.day > 24:
                            continue
                        cands.append(c)
                    if not cands:
                        continue
                    pd = rng.choice(cands[:6])
                    if due2_fmts:
                        c2 = [c for c in (pd + dt.timedelta(days=k) for k in range(5, 15))
                              if weekday_ok(c) and c.month == 1 and c.day >= 13]
                        if not c2:
                            continue
                        pd2 = rng.choice(c2)
                if passed_fmts:
                    cands = [c for c in (last + dt.timedelta(days=k) for k in range(3, 12))
                             if weekday_ok(c) and c < as_of]
                    if not cands:
                        continue
                    pp = rng.choice(cands)
                found = (first, last, pd, pd2, pp)
                break
            if not found:
                raise SystemExit(f"{cid}: no feasible dates for {sp['text']}")
            first, last, pd, pd2, pp = found
            sp["_promise"], sp["_promise2"], sp["_passed"] = pd, pd2, pp
            for f in due_fmts:
                ph[f"due_{f}"] = fmt_date(pd, f)
            for f in due2_fmts:
                ph[f"due2_{f}"] = fmt_date(pd2, f)
            for f in passed_fmts:
                ph[f"passed_{f}"] = fmt_date(pp, f)
            paid_d = first - dt.timedelta(days=rng.randint(1, 5))
            while not weekday_ok(paid_d) or paid_d.isoformat()[5:] in ("12-25", "12-28", "01-01"):
                paid_d -= dt.timedelta(days=1)
            for f in ["iso", "dmy", "mdy", "long", "uslong"]:
                ph[f"paid_{f}"] = fmt_date(paid_d, f)
            ph["ref"] = rng.choice(["", "FP", "TRF", "EFT", "PMT"]) + str(rng.randint(10 ** 6, 10 ** 8))
            ph["chq"] = str(rng.randint(100000, 999999))
            dates = [first + dt.timedelta(days=k) for k in range(len(msgs))]
        ph.update(inv=inv["DocNumber"], bal=money(inv["Balance"], style, cur), cust=comp)

        # other invoice
        if sp.get("other"):
            odoc = self.next_doc(world)
            ph["other"] = odoc
            if sp["other"] == "open":
                od_due = as_of + dt.timedelta(days=rng.randint(3, 20))
                ot = self.amount(cur)
                oi = self.invoice(world, ck, cur, ot, od_due, od_due - dt.timedelta(days=30),
                                  addr_inv or cmail, doc=odoc)
                others.append(oi)
            else:
                od_due = as_of - dt.timedelta(days=rng.randint(3, 9))
                ot = self.amount(cur)
                oi = self.invoice(world, ck, cur, ot, od_due, od_due - dt.timedelta(days=30),
                                  addr_inv or cmail, doc=odoc)
                pdte = dates[0] - dt.timedelta(days=rng.randint(2, 5))
                p = self.payment(world, ck, cur, pdte, [(ot, "Invoice", oi["Id"])])
                oi["Balance"] = 0.0
                oi["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
                payments.append(p)
                others.append(oi)

        # credit memo applied to this invoice (settled complaint)
        if sp.get("cm_applied"):
            cm_doc = "CM-" + str(rng.randint(1100, 1999))
            ph["cm"] = cm_doc
            amt = round(inv["TotalAmt"] * 0.18, 2)
            cmd = dates[-1] - dt.timedelta(hours=0)
            cm = self.credit_memo(world, ck, cur, amt, cmd, cm_doc)
            cms.append(cm)
            p = self.payment(world, ck, cur, cmd, [(amt, "Invoice", inv["Id"]),
                                                     (amt, "CreditMemo", cm["Id"])])
            payments.append(p)
            inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
            inv["Balance"] = round(inv["Balance"] - amt, 2)
            cm["Balance"] = 0.0
            cm["RemainingCredit"] = 0.0
            ph["bal"] = money(inv["Balance"], style, cur)

        # unapplied payments and open credit memos
        ua = sp.get("unapplied")
        if ua:
            if ua == "cover":
                uamt = inv["Balance"]
            elif ua == "part":
                uamt = round(inv["Balance"] * 0.6, 2)
            else:
                uamt = ua
            ud = as_of - dt.timedelta(days=rng.randint(6, 9))
            payments.append(self.payment(world, ck, cur, ud, [], unapplied=uamt))
            if sp.get("cm_open") == "rest":
                rest = round(inv["Balance"] - uamt, 2)
                cm = self.credit_memo(world, ck, cur, rest, as_of - dt.timedelta(days=9),
                                      "CM-" + str(rng.randint(2000, 2999)))
                cms.append(cm)

        # paid history
        for k in range(rng.randint(0, 3)):
            hd = txndate - dt.timedelta(days=30 * (k + 1) + rng.randint(0, 9))
            ht = self.amount(cur)
            hi_ = self.invoice(world, ck, cur, ht, hd + dt.timedelta(days=30), hd, addr_inv)
            pdte = hd + dt.timedelta(days=30 + rng.randint(-6, 8))
            p = self.payment(world, ck, cur, pdte, [(ht, "Invoice", hi_["Id"])])
            hi_["Balance"] = 0.0
            hi_["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
            payments.append(p)
            others.append(hi_)

        # foreign amounts (a few invoices carry only ExchangeRate)
        if foreign and rng.random() < 0.09:
            sp["no_home"] = True
        for x in [inv] + others:
            if foreign:
                x["ExchangeRate"] = RATES[cur]
                if not (x is inv and sp.get("no_home")):
                    x["HomeBalance"] = round(x["Balance"] * RATES[cur], 2)

        # fill messages
        if msgs:
            wrap_ok = (len(msgs) == 1 and msgs[0]["kind"] == "email" and not msgs[0]["mailbox"]
                       and not sp.get("nowrap") and not sp.get("autoreply")
                       and "Forwarded message" not in raw)
            for k, m in enumerate(msgs):
                d = dates[k]
                if sp.get("autoreply") and rem_dates:
                    stamp = self.ts(world, max(rem_dates), 9, rng.randint(1, 20))
                else:
                    stamp = self.ts(world, d)
                body = fill(m["body"], ph)
                subj = fill(m["subject"], ph)
                if m["kind"] == "note":
                    notes.append({"author": subj, "date": stamp, "text": body})
                    continue
                if m["kind"] == "ours":
                    emails.append({"body": body, "date": stamp, "from": W["collector_mail"],
                                   "subject": subj, "to": cmail})
                    continue
                mb = m["mailbox"]
                sender = cmail if not mb else (mb if "@" in mb else f"{mb}@{domain}")
                if wrap_ok:
                    body, sender = self.wrap(body, sender, subj, ck, world, reminders, ph, d, inv,
                                             style, cur, due)
                emails.append({"body": body, "date": stamp, "from": sender, "subject": subj,
                               "to": W["ar"]})

        # customer
        open_bal = round(inv["Balance"] + sum(o["Balance"] for o in others), 2)
        given, family = split_name(contact)
        customer = {
            "Active": True,
            "Balance": open_bal,
            "CompanyName": comp,
            "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
            "DisplayName": comp,
            "FamilyName": family,
            "GivenName": given,
            "Id": cust_id,
            "MetaData": {"CreateTime": "2024-03-11T10:15:00" + W["tz"],
                         "LastUpdatedTime": self.ts(world, txndate)},
            "Notes": sp.get("cust_notes", ""),
            "PrimaryPhone": {"FreeFormNumber": phone},
            "SyncToken": str(rng.randint(1, 9)),
        }
        if not sp.get("noaddr"):
            customer["PrimaryEmailAddr"] = {"Address": cmail}
        for x in [inv] + others:
            x["CustomerRef"]["value"] = cust_id
        for x in payments + cms:
            x["CustomerRef"]["value"] = cust_id
        others.sort(key=lambda x: x["TxnDate"], reverse=True)
        payments.sort(key=lambda x: x["TxnDate"], reverse=True)
        emails.sort(key=lambda e: e["date"])
        notes.sort(key=lambda e: e["date"])
        case = {
            "as_of": as_of.isoformat(),
            "credit_memos": cms,
            "crm_notes": notes,
            "customer": customer,
            "emails": emails,
            "home_currency": home,
            "id": cid,
            "invoice": inv,
            "invoices": others,
            "payments": payments,
            "reminders_sent": reminders,
        }
        route, outcome = sp["label"]
        exp = {"class": sp["cls"], "hard_stop": sp.get("hs"), "id": cid, "outcome": list(outcome),
               "route": list(route)}
        return case, exp

    def credit_memo(self, world, ck, cur, amt, d, doc):
        c = CUSTOMERS[ck]
        cm = {
            "Balance": round(amt, 2),
            "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
            "CustomerRef": {"name": c[0], "value": None},
            "DocNumber": doc,
            "Id": self.next_id(),
            "Line": self.lines(world, amt)[:1] + [{"Amount": round(amt, 2),
                                                   "DetailType": "SubTotalLineDetail",
                                                   "SubTotalLineDetail": {}}],
            "MetaData": self.meta(world, d),
            "RemainingCredit": round(amt, 2),
            "SyncToken": "0",
            "TotalAmt": round(amt, 2),
            "TxnDate": d.isoformat(),
        }
        cm["Line"][0]["Amount"] = round(amt, 2)
        cm["Line"][0]["SalesItemLineDetail"]["UnitPrice"] = round(amt, 2)
        if cur != WORLDS[world]["home"]:
            cm["ExchangeRate"] = RATES[cur]
        return cm

    def wrap(self, body, sender, subj, ck, world, reminders, ph, d, inv, style, cur, due):
        rng = self.rng
        comp, _, contact, cmail, apl, _, phone = CUSTOMERS[ck]
        W = WORLDS[world]
        choice = rng.choice(["none", "none", "sig", "sig", "sig", "footer", "banner", "quote",
                             "quote", "fwd"])
        earlier = [r for r in reminders if D(r["date"][:10]) < d]
        if choice == "quote" and not earlier:
            choice = "sig"
        if choice == "sig":
            return body + f"\n\n--\n{contact}\n{comp}\n{phone}", sender
        if choice == "footer":
            return body + ("\n\n________________________________\nThis message and any attachments "
                           "are intended only for the addressee. If you have received it in error, "
                           "please tell the sender and delete it."), sender
        if choice == "banner":
            return ("[EXTERNAL] This email came from outside the organisation. Take care with links "
                    "and attachments.\n\n" + body), sender
        if choice == "quote":
            r = earlier[-1]
            rd = r["date"][:10]
            q = (f"Dear {comp},\n\nThis is a reminder that invoice {inv['DocNumber']} for "
                 f"{money(inv['Balance'], style, cur)} was due on {due.isoformat()}. If you have "
                 f"already sent payment, please disregard this note.\n\nKind regards,\n"
                 f"{W['collector']}\n{W['us']}")
            quoted = "\n".join("> " + ln if ln else ">" for ln in q.split("\n"))
            return body + f"\n\nOn {rd}, {W['us']} <{W['ar']}> wrote:\n" + quoted, sender
        if choice == "fwd":
            first = split_name(contact)[0]
            fwd = (f"Forwarding from {first}, see below.\n\n---------- Forwarded message ---------\n"
                   f"From: {contact} <{cmail}>\nDate: {d.isoformat()}\nSubject: {subj}\n\n" + body)
            return fwd, f"{apl}@{cmail.split('@')[1]}"
        return body, sender


def fill(s, ph):
    def rep(m):
        k = m.group(1)
        if k not in ph:
            raise KeyError(f"placeholder {k}")
        return ph[k]
    return re.sub(r"\{([a-z][a-z0-9_]*)\}", rep, s)


# ---------------------------------------------------------------- check
def facts(case):
    inv = case["invoice"]
    as_of = D(case["as_of"])
    f = {}
    f["bal"] = inv["Balance"]
    f["due"] = inv.get("DueDate")
    f["dpd"] = (as_of - D(f["due"])).days if f["due"] else None
    f["stage"] = (max([s for s in STAGES if s <= f["dpd"]], default=None)
                  if f["dpd"] is not None else None)
    rst = [r["stage"] for r in case["reminders_sent"]]
    f["reminded"] = sorted(rst)
    f["cur_reminded"] = f["stage"] is not None and f["stage"] in rst
    ours = {WORLDS[w]["ar"] for w in WORLDS} | {WORLDS[w]["collector_mail"] for w in WORLDS}
    rule3 = False
    if len(rst) >= 3:
        first = min(r["date"] for r in case["reminders_sent"])
        act = False
        for p in case["payments"]:
            if any(lt["TxnId"] == inv["Id"] for ln in p["Line"] for lt in ln["LinkedTxn"]):
                if p["TxnDate"] >= first[:10]:
                    act = True
        for e in case["emails"]:
            if e["from"] not in ours and e["date"] > first:
                act = True
        for nt in case["crm_notes"]:
            if nt["date"] > first:
                act = True
        rule3 = not act
    f["rule3"] = rule3
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    credit = sum(p["UnappliedAmt"] for p in case["payments"]) + sum(
        c["Balance"] for c in case["credit_memos"])
    f["credit"] = round(credit, 2)
    f["covered"] = credit > 0 and credit >= inv["Balance"]
    f["address"] = bool(inv.get("BillEmail", {}).get("Address")
                        or case["customer"].get("PrimaryEmailAddr", {}).get("Address"))
    cfv = [c.get("StringValue") for c in inv["CustomField"] if c.get("Name") == "Collections Status"]
    f["cf"] = cfv[0] if cfv else None
    parts = 0
    for p in case["payments"]:
        if p["TotalAmt"] <= 0:
            continue
        for ln in p["Line"]:
            if any(lt["TxnId"] == inv["Id"] and lt["TxnType"] == "Invoice" for lt in ln["LinkedTxn"]):
                parts += 1
    f["partials"] = parts if inv["Balance"] > 0 else 0
    f["n_emails"] = len(case["emails"])
    f["n_notes"] = len(case["crm_notes"])
    return f


def derive(f, tags, promise_ahead):
    if f["bal"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return "none", "no_action", None
    hs = None
    if "legal" in tags:
        hs = "legal_hold"
    elif (f["cf"] or "").lower() == "disputed" or "dnote" in tags:
        hs = "open_dispute"
    elif f["home"] >= 10000:
        hs = "over_risk_threshold"
    elif f["covered"]:
        hs = "unapplied_credit"
    elif not f["address"] or f["due"] is None:
        hs = "missing_context"
    if hs:
        return "escalate_to_human", None, hs
    if "dispute" in tags:
        return "escalate_to_human", "likely_dispute", None
    if f["dpd"] >= 60 or f["rule3"] or "noauto" in tags or "injection" in tags:
        return "escalate_to_human", "high_touch_escalation", None
    out = "payment_plan_candidate" if ("plan" in tags or f["partials"] >= 2) else "routine_reminder"
    if f["cur_reminded"] or promise_ahead:
        return "none", "no_action", None
    return "draft_for_approval", out, None


def check(case, exp, sp):
    cid = case["id"]
    f = facts(case)
    as_of = D(case["as_of"])
    tags = sp["tags"]
    pd = sp.get("_promise")
    msg_dates = [D(e["date"][:10]) for e in case["emails"]] + [D(n["date"][:10])
                                                              for n in case["crm_notes"]]
    alltext = " ".join(e["body"] + " " + e["subject"] for e in case["emails"]) + " ".join(
        n["text"] for n in case["crm_notes"])
    promise_ahead = False
    if "promise" in tags:
        assert pd is not None, f"{cid}: promise tag without a date"
        assert pd.weekday() < 5, f"{cid}: promise date not a weekday"
        assert pd > as_of, f"{cid}: promise date not after as_of"
        assert all((pd - m).days >= 3 for m in msg_dates), f"{cid}: promise < 3 days after a message"
        assert pd.month == 1 and pd.day >= 13, f"{cid}: promise date out of range"
        promise_ahead = True
    if pd is not None:
        assert any(fmt_date(pd, x) in alltext for x in
                   ["iso", "dmy", "mdy", "dot", "long", "uslong", "ord", "short", "th", "wd", "nl"]), \
            f"{cid}: promise date not printed"
    if sp.get("_passed"):
        assert sp["_passed"] < as_of and sp["_passed"].weekday() < 5, f"{cid}: passed date"
        assert all((sp["_passed"] - m).days >= 3 for m in msg_dates), f"{cid}: passed date too soon"
    route, outcome, hs = derive(f, tags, promise_ahead)
    assert exp["hard_stop"] == hs, f"{cid}: hard stop {exp['hard_stop']} but derived {hs}"
    assert route in exp["route"], f"{cid}: route {route} not in {exp['route']}"
    if hs:
        assert exp["route"] == ["escalate_to_human"], f"{cid}: hard stop must escalate"
        want = list(HS_OUT[hs])
        if hs == "legal_hold" and (f["cf"] or "").lower() == "disputed":
            want = ["high_touch_escalation", "likely_dispute"]
        if hs == "open_dispute" and f["home"] >= 10000:
            want = ["likely_dispute", "high_touch_escalation"]
        assert sorted(exp["outcome"]) == sorted(want), f"{cid}: hard stop outcomes"
    else:
        assert outcome in exp["outcome"], f"{cid}: outcome {outcome} not in {exp['outcome']}"
    cls = exp["class"]
    if cls in ("complaint", "paid_claim", "promise", "hardship", "escalation", "no_action"):
        assert len(exp["route"]) == 1 and len(exp["outcome"]) == 1, f"{cid}: hard class has alternatives"
    if cls in ("complaint", "paid_claim", "promise", "hardship"):
        assert f["home"] < 10000 and not f["covered"] and f["address"] and f["due"], f"{cid}: scaffold"
        assert not f["rule3"], f"{cid}: 3-reminder rule on a hard class"
        assert f["n_emails"] >= 1, f"{cid}: no message"
    if cls in ("promise", "hardship"):
        assert f["dpd"] < 60, f"{cid}: >= 60 days"
    if cls == "hardship":
        assert not f["cur_reminded"], f"{cid}: hardship after current-stage reminder"
    if cls == "unread":
        assert f["reminded"] and not f["cur_reminded"], f"{cid}: unread scaffold"
    if cls == "injection":
        assert "draft_for_approval" not in exp["route"], f"{cid}: injection accepts a draft"
    if exp["outcome"] == list(TWO[1]) and exp["route"] == list(TWO[0]):
        assert route == "draft_for_approval" and outcome == "routine_reminder", \
            f"{cid}: two-answer case must derive a routine draft"
    # texts of complaints never use dispute vocabulary
    if cls == "complaint":
        assert not re.search(r"disput|contest", alltext, re.I), f"{cid}: dispute vocabulary"
    if cls in ("hardship",):
        assert not re.search(r"bankrupt|insolv|lawyer|solicitor|counsel|legal|receiver|liquidat",
                             alltext, re.I), f"{cid}: legal words in hardship"
    return f, (route, outcome, hs)


# ---------------------------------------------------------------- wellformed
TOP = {"as_of", "credit_memos", "crm_notes", "customer", "emails", "home_currency", "id", "invoice",
       "invoices", "payments", "reminders_sent"}
INV_KEYS = {"Balance", "CurrencyRef", "CustomField", "CustomerRef", "DocNumber", "EmailStatus", "Id",
            "Line", "LinkedTxn", "MetaData", "PrintStatus", "PrivateNote", "SalesTermRef",
            "SyncToken", "TotalAmt", "TxnDate"}
PAY_KEYS = {"CurrencyRef", "CustomerRef", "Id", "Line", "MetaData", "SyncToken", "TotalAmt",
            "TxnDate", "UnappliedAmt"}
CM_KEYS = {"Balance", "CurrencyRef", "CustomerRef", "DocNumber", "Id", "Line", "MetaData",
           "RemainingCredit", "SyncToken", "TotalAmt", "TxnDate"}
CUST_KEYS = {"Active", "Balance", "CompanyName", "CurrencyRef", "DisplayName", "Id", "MetaData",
             "Notes", "SyncToken"}
PH_RE = re.compile(r"\{[a-z][a-z0-9_]*\}")


def eq(a, b):
    return abs(a - b) < 0.005


def wellformed(case, exp, seen_docs):
    cid = case["id"]
    assert set(case) == TOP, f"{cid}: top-level keys"
    assert re.fullmatch(r"tp-\d{4}", cid)
    as_of = D(case["as_of"])
    assert case["home_currency"] in ("GBP", "CAD", "AUD")
    cust = case["customer"]
    assert CUST_KEYS <= set(cust), f"{cid}: customer keys"
    ccur = cust["CurrencyRef"]["value"]
    allinv = [case["invoice"]] + case["invoices"]
    ids = {}
    for x in allinv:
        assert INV_KEYS <= set(x), f"{cid}: invoice keys"
        assert x["CurrencyRef"]["value"] == ccur, f"{cid}: currency"
        assert x["CustomerRef"]["value"] == cust["Id"]
        foreign = ccur != case["home_currency"]
        assert foreign == ("ExchangeRate" in x), f"{cid}: rate iff foreign"
        if "HomeBalance" in x:
            assert eq(x["HomeBalance"], round(x["Balance"] * x["ExchangeRate"], 2)), f"{cid}: HomeBalance"
        items = [ln for ln in x["Line"] if ln["DetailType"] == "SalesItemLineDetail"]
        sub = [ln for ln in x["Line"] if ln["DetailType"] == "SubTotalLineDetail"]
        assert eq(sum(ln["Amount"] for ln in items), x["TotalAmt"]) and eq(sub[0]["Amount"], x["TotalAmt"])
        assert x["DocNumber"] not in seen_docs, f"{cid}: duplicate DocNumber {x['DocNumber']}"
        seen_docs.add(x["DocNumber"])
        ids[x["Id"]] = x
        assert D(x["TxnDate"]) <= as_of
    cms = {c["Id"]: c for c in case["credit_memos"]}
    for c in cms.values():
        assert CM_KEYS <= set(c), f"{cid}: credit memo keys"
        assert c["CurrencyRef"]["value"] == ccur
        assert c["DocNumber"] not in seen_docs
        seen_docs.add(c["DocNumber"])
    applied_inv = {i: 0.0 for i in ids}
    applied_cm = {i: 0.0 for i in cms}
    links = {i: set() for i in ids}
    for p in case["payments"]:
        assert PAY_KEYS <= set(p), f"{cid}: payment keys"
        assert p["CurrencyRef"]["value"] == ccur
        assert D(p["TxnDate"]) <= as_of, f"{cid}: payment after as_of"
        inv_amt = cm_amt = 0.0
        for ln in p["Line"]:
            for lt in ln["LinkedTxn"]:
                if lt["TxnType"] == "Invoice":
                    assert lt["TxnId"] in ids, f"{cid}: payment links unknown invoice"
                    applied_inv[lt["TxnId"]] += ln["Amount"]
                    links[lt["TxnId"]].add(p["Id"])
                    inv_amt += ln["Amount"]
                elif lt["TxnType"] == "CreditMemo":
                    assert lt["TxnId"] in cms
                    applied_cm[lt["TxnId"]] += ln["Amount"]
                    cm_amt += ln["Amount"]
        assert eq(p["TotalAmt"], inv_amt - cm_amt + p["UnappliedAmt"]), f"{cid}: payment TotalAmt"
    for i, x in ids.items():
        assert eq(x["TotalAmt"] - applied_inv[i], x["Balance"]), f"{cid}: invoice balance {x['DocNumber']}"
        assert {lt["TxnId"] for lt in x["LinkedTxn"] if lt["TxnType"] == "Payment"} == links[i], \
            f"{cid}: LinkedTxn both ways"
    for i, c in cms.items():
        assert eq(c["TotalAmt"] - applied_cm[i], c["Balance"]), f"{cid}: credit memo balance"
        assert eq(c["Balance"], c["RemainingCredit"])
    assert eq(cust["Balance"], sum(x["Balance"] for x in allinv)), f"{cid}: customer balance"
    for e in case["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"}, f"{cid}: email keys"
        assert D(e["date"][:10]) <= as_of, f"{cid}: email after as_of"
        assert "@" in e["from"] and "@" in e["to"]
    for n in case["crm_notes"]:
        assert set(n) == {"author", "date", "text"}
        assert D(n["date"][:10]) <= as_of
    inv = case["invoice"]
    st = [r["stage"] for r in case["reminders_sent"]]
    assert len(st) == len(set(st)), f"{cid}: one reminder a stage"
    for r in case["reminders_sent"]:
        assert set(r) == {"date", "stage"} and r["stage"] in STAGES
        rd = D(r["date"][:10])
        assert rd <= as_of, f"{cid}: reminder after as_of"
        assert "DueDate" in inv and (rd - D(inv["DueDate"])).days >= r["stage"], f"{cid}: early reminder"
    blob = json.dumps(case, ensure_ascii=False)
    assert not PH_RE.search(blob.replace('{"', "").replace("{}", "")), f"{cid}: unfilled placeholder"
    for e in case["emails"]:
        assert not PH_RE.search(e["body"]) and not PH_RE.search(e["subject"]), f"{cid}: placeholder"
    for n in case["crm_notes"]:
        assert not PH_RE.search(n["text"])
    assert list(exp) == sorted(exp) and set(exp) == {"class", "hard_stop", "id", "outcome", "route"}
    assert exp["id"] == cid
    R = {"draft_for_approval", "escalate_to_human", "none"}
    O = {"routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation",
         "no_action"}
    assert exp["route"] and set(exp["route"]) <= R and exp["outcome"] and set(exp["outcome"]) <= O
    assert exp["hard_stop"] in (None, "legal_hold", "open_dispute", "over_risk_threshold",
                                "unapplied_credit", "missing_context")


MIX = {"complaint": 22, "paid_claim": 22, "promise": 22, "hardship": 22, "mixed": 28, "hard_stop": 16,
       "routine": 10, "benign": 5, "escalation": 5, "no_action": 4, "unread": 5, "injection": 4,
       "other_invoice": 4}


def main():
    b = Builder()
    sps = specs()
    order = list(range(len(sps)))
    b.rng.shuffle(order)
    cases, exps, listing = [], [], []
    seen_docs = set()
    counts = {}
    for n, idx in enumerate(order, 1):
        sp = sps[idx]
        case, exp = b.build(n, sp)
        f, der = check(case, exp, sp)
        wellformed(case, exp, seen_docs)
        cases.append(case)
        exps.append(exp)
        counts[exp["class"]] = counts.get(exp["class"], 0) + 1
        listing.append((case, exp, f, der, sp))
    assert counts == MIX, counts
    assert len(cases) == 169
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in exps:
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    if "--list" in sys.argv:
        for case, exp, f, der, sp in listing:
            msgs = [(e["date"][:10], e["from"], e["body"][:70].replace("\n", " "))
                    for e in case["emails"]] + [(n["date"][:10], "NOTE", n["text"][:70])
                                                 for n in case["crm_notes"]]
            print(case["id"], exp["class"], case["customer"]["CompanyName"], case["as_of"],
                  f"dpd={f['dpd']} st={f['stage']} rem={f['reminded']} cur={f['cur_reminded']}",
                  f"bal={f['bal']} home={f['home']} cr={f['credit']} addr={f['address']} cf={f['cf']}",
                  f"parts={f['partials']} r3={f['rule3']} tags={sorted(sp['tags'])}",
                  f"promise={sp.get('_promise')} passed={sp.get('_passed')}")
            print("    ->", exp["route"], exp["outcome"], exp["hard_stop"], "| derived", der)
            for m in msgs:
                print("      ", m)
    print(f"wrote {len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()

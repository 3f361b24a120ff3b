#!/usr/bin/env python3
"""Builds the testg held-out judge set: cases.jsonl and expected.jsonl (stdlib only).

    python3 tests/data/judge_cases/testg/build.py   # rewrites both files byte for byte
    python3 tests/data/judge_cases/testg/build.py --mutate   # check() refuses every wrong label

Every case is written from a scaffold below (a message from texts.py, the invoice's aging, its
reminders, payments, credits, notes) and a label taken from shared/SPEC.md. check() re-derives
each built case's structural facts from the bundle itself and refuses to write a case whose
label does not accept what SPEC's order gives for those facts plus the message's meaning.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts as T  # noqa: E402

SEED = 20261207
PREFIX = "tg"
STAGES = [1, 7, 14, 30, 60]

# --- routes/outcomes -------------------------------------------------------------------------
DRAFT, ESC, NONE_R = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")
L_DRAFT = ([DRAFT], [RR])
L_BOTH = ([DRAFT, ESC], [RR, HT])
L_DISPUTE = ([ESC], [LD])
L_HIGH = ([ESC], [HT])
L_PLAN = ([DRAFT], [PP])
L_NONE = ([NONE_R], [NA])
L_INJ = ([ESC], [HT, LD])

# --- worlds ----------------------------------------------------------------------------------
WORLDS = {
    "D": dict(
        home="EUR", foreign="GBP", rate=1.1650, ours="Kavanagh Doyle Architects",
        ar="accounts@kavanaghdoyle.example", collector="Niamh", tz="+00:00", doc="KDA-{n}",
        amount=(950, 8800), famount=(800, 7200), fx_share=0.3,
        item=("Architectural services", "Professional fees - stage {s}"),
        home_customers=[
            ("Glenmore Developments DAC", "glenmoredev.example", "grainne", "glenmore"),
            ("Fernhill Homes Ltd", "fernhillhomes.example", "maeve", "fernhill"),
            ("St Brigid's National School", "stbrigidsns.example", "secretary",
             "board of management"),
            ("Dunlaoghaire Harbour Properties", "dlharbourprops.example", "payables",
             "dunlaoghaire"),
            ("Atelier Lumiere Ireland Ltd", "atelierlumiere.example", "mathilde", "lyon"),
            ("Nowak Build Ltd", "nowakbuild.example", "tomasz", "tomasz"),
            ("Aoife Brennan", "brennanhome.example", "aoife", "aoife"),
            ("Liffey Quay Partners", "liffeyquay.example", "declan", "declan"),
            ("Ranelagh Mews Ltd", "ranelaghmews.example", "sinead", "sinéad"),
            ("Howth Road Holdings", "howthroad.example", "conor", "conor"),
            ("Clontarf Leisure Ltd", "clontarfleisure.example", "orla", "orla"),
            ("Lynch & Carey Builders", "lynchcarey.example", "plynch", "p. lynch"),
        ],
        foreign_customers=[
            ("Lagan Quay Estates Ltd", "laganquay.example", "rob", "ulster bank"),
            ("Newry Mill Studios", "newrymill.example", "ciara", None),
            ("Harrogate Crescent Homes", "harrogatecrescent.example", "james", None),
        ],
    ),
    "S": dict(
        home="SGD", foreign="USD", rate=1.3420, ours="Straits Meridian Logistics Pte Ltd",
        ar="ar@straitsmeridian.example", collector="Wei Ling", tz="+08:00", doc="SML26-{n}",
        amount=(620, 8400), famount=(450, 6200), fx_share=0.6,
        item=("Freight forwarding", "Sea freight and handling, job {s}"),
        home_customers=[
            ("Harbourline Trading Pte Ltd", "harbourline.example", "ap", "harbourline"),
            ("Kallang Electronics Pte Ltd", "kallangelec.example", "darren", "darren"),
            ("Lion City Foods Pte Ltd", "lioncityfoods.example", "ravi", "ravi"),
            ("Orchid Pharma Supplies Pte Ltd", "orchidpharma.example", "mei", None),
            ("Jurong Steelworks Pte Ltd", "jurongsteel.example", "kumar", "jakarta"),
            ("Tan Brothers Hardware", "tanbros.example", "tan", "mr tan"),
        ],
        foreign_customers=[
            ("Harbour Fresh Imports Pte Ltd", "harbourfresh.example", "accounts",
             "harbour fresh"),
            ("Pacific Rim Apparel Inc", "pacrimapparel.example", "jenny", None),
            ("Mekong Furniture Co Ltd", "mekongfurniture.example", "lan", "nguyen"),
            ("Saigon Coffee Exports", "saigoncoffee.example", "linh", None),
            ("Cascadia Outdoor Gear LLC", "cascadiagear.example", "mike", None),
            ("Bayview Components Inc", "bayviewcomp.example", "priya", None),
        ],
    ),
    "M": dict(
        home="GBP", foreign="EUR", rate=0.8590, ours="Irwell Dental Laboratory Ltd",
        ar="accounts@irwelldental.example", collector="Lisa", tz="+00:00", doc="IDL-{n}",
        amount=(140, 3600), famount=(180, 3900), fx_share=0.25,
        item=("Dental laboratory work", "Restorations, case {s}"),
        home_customers=[
            ("Didsbury Dental Care Ltd", "didsburydental.example", "claire", "didsbury"),
            ("Ancoats Smile Clinic", "ancoatssmile.example", "reception", "dr shah"),
            ("Prestwich Family Dentists", "prestwichdentists.example", "jo", None),
            ("Chorlton Dental Studio", "chorltondental.example", "office", "dr patel"),
            ("Nowak Dental Clinic", "nowakdental.example", "agnieszka", "nowak"),
            ("Salford Quays Dental", "sqdental.example", "pm", "dr ahmed"),
            ("Sale Moor Dental Practice", "salemoordental.example", "becky", None),
        ],
        foreign_customers=[
            ("Ennis Dental", "ennisdental.example", "siobhan", "ennis"),
            ("Conti Dental Dublin", "contidental.example", "dr.conti", "conti"),
            ("Galway Bay Orthodontics", "galwaybayortho.example", "eimear", None),
            ("Cork Harbour Dental", "corkharbourdental.example", "hbrennan", "h. brennan"),
        ],
    ),
}

# A text that names its currency decides whether the invoice is foreign.
FX_HINTS = {
    "D": [("sterling", True), ("sepa", False), ("€", False)],
    "S": [("usd", True), ("paynow", False), ("uen", False)],
    "M": [("sepa", True), ("£", False), ("nhs", False), ("postcodes", False)],
}

LEGAL_WORDS = re.compile(r"solicitor|lawyer|counsel|legal action|bankrupt|insolven|liquidat|"
                         r"examinership|judicial manage", re.I)
DISPUTE_WORDS = re.compile(r"disput|contest", re.I)

# nobody promises to pay on a bank holiday in any of the three worlds
HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 26), dt.date(2026, 12, 28),
            dt.date(2027, 1, 1)}
MONTHS = list(calendar.month_name)[1:]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = list(calendar.day_name)


def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


# --- dates in text ---------------------------------------------------------------------------
def fmt_date(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "longord":
        return f"the {ordinal(d.day)} of {MONTHS[d.month - 1]}"
    if style == "us":
        return f"{MONTHS[d.month - 1]} {ordinal(d.day)}"
    if style == "wdshort":
        return f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MON3[d.month - 1]}"
    if style == "wdlong":
        return f"{WEEKDAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]}"
    if style == "dmon":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year % 100:02d}"
    if style == "ord":
        return f"the {ordinal(d.day)}"
    if style == "weekday":
        return WEEKDAYS[d.weekday()]
    if style == "thisweekday":
        return f"this {WEEKDAYS[d.weekday()]}"
    raise ValueError(style)


def parse_date(s: str, sent: dt.date) -> dt.date:
    """Reads a date as a person would, relative to the day the email was sent."""
    s = s.strip()
    mon = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
    mon.update({m.lower(): i + 1 for i, m in enumerate(MON3)})

    def nearest(month: int, day: int) -> dt.date:
        cand = dt.date(sent.year, month, day)
        return cand if cand >= sent else dt.date(sent.year + 1, month, day)

    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", s):
        a, b = int(m[1]), int(m[2])
        if a > 12:
            return dt.date(int(m[3]), b, a)
        if b > 12:
            return dt.date(int(m[3]), a, b)
        return dt.date(int(m[3]), b, a)  # day first where both read as a month
    if m := re.fullmatch(r"(\d\d)-([A-Za-z]{3})-(\d\d)", s):
        return dt.date(2000 + int(m[3]), mon[m[2].lower()], int(m[1]))
    if m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", s):
        return dt.date(int(m[3]), mon[m[2].lower()], int(m[1]))
    if m := re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th) of ([A-Za-z]+)", s):
        return nearest(mon[m[2].lower()], int(m[1]))
    if m := re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th)", s):
        day = int(m[1])
        y, mo = sent.year, sent.month
        if day <= sent.day:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return dt.date(y, mo, day)
    if m := re.fullmatch(r"([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)", s):
        return nearest(mon[m[1].lower()], int(m[2]))
    if m := re.fullmatch(r"([A-Za-z]{3}) (\d{1,2}) ([A-Za-z]{3})", s):
        return nearest(mon[m[3].lower()], int(m[2]))
    if m := re.fullmatch(r"([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th) ([A-Za-z]+)", s):
        return nearest(mon[m[3].lower()], int(m[2]))
    if m := re.fullmatch(r"(?:this )?([A-Za-z]+)", s):
        wd = [w.lower() for w in WEEKDAYS].index(m[1].lower())
        ahead = (wd - sent.weekday()) % 7 or 7
        return sent + dt.timedelta(days=ahead)
    raise ValueError(f"unparsed date {s!r}")


# --- the scaffold ----------------------------------------------------------------------------
def M(src, ago=None, sender="contact", wrap=None, promise=None, style=None, hours=None):
    """A message: src=(list name, index) or ("MIXED", key); promise=days after as_of."""
    return dict(src=src, ago=ago, sender=sender, wrap=wrap, promise=promise, style=style,
                hours=hours)


def spec(cls, label, hs=None, msgs=(), world=None, **kw):
    d = dict(cls=cls, label=label, hs=hs, msgs=list(msgs), world=world, dpd=20, rem="none",
             fx=None, hb=True, amt=None, partials=0, unapplied=None, cm=None, notes=[],
             cust_notes="", status=None, noaddr=False, nodue=False, paid_off=False,
             other_open=False, tags=set())
    d.update(kw)
    return d


def text_of(src):
    name, key = src
    if name == "MIXED":
        return T.MIXED_MSGS[key]
    return getattr(T, name)[key]


SPECS: list[dict] = []


def add(*a, **kw):
    SPECS.append(spec(*a, **kw))


# complaints: 22, one text each; two at >= 60 days (dispute outranks escalation), several after
# the current stage was reminded (disputes surface whatever the cadence).
C_PLAN = [(9, "none", None), (16, "current", "sig"), (68, "earlier", None), (23, "none", "fwd0"),
          (12, "current", None), (33, "none", "banner"), (18, "earlier", "quote"),
          (5, "none", "sig"), (40, "current", None), (27, "none", "disc"), (8, "none", None),
          (15, "current", None), (11, "none", "sig"), (20, "none", None), (36, "earlier", "sig"),
          (74, "current", None), (3, "none", None), (25, "none", "quote"), (44, "none", None),
          (14, "none", "sig"), (31, "current", "banner"), (19, "earlier", None)]
for i, (dpd, rem, wrap) in enumerate(C_PLAN):
    add("complaint", L_DISPUTE, msgs=[M(("COMPLAINTS", i), wrap=wrap)], dpd=dpd, rem=rem,
        tags={"dispute"})

# paid claims: 22, two in three after the current stage was already reminded.
P_PLAN = [(10, "current", None), (17, "current", None), (9, "current", "quote"),
          (24, "none", "sig"), (35, "current", None), (16, "earlier", None),
          (13, "current", None), (8, "current", "sig"), (21, "current", None),
          (31, "none", None), (12, "current", None), (45, "current", "fwd0"),
          (4, "none", None), (15, "current", "quote"), (22, "current", "disc"),
          (38, "none", None), (19, "current", None), (7, "current", None),
          (28, "earlier", "quote"), (50, "current", "sig"), (14, "current", None),
          (33, "current", None)]
for i, (dpd, rem, wrap) in enumerate(P_PLAN):
    add("paid_claim", L_DISPUTE, msgs=[M(("PAID_CLAIMS", i), wrap=wrap)], dpd=dpd, rem=rem,
        tags={"dispute"})

# promises: 22, all dated after as_of; half with the current stage not yet reminded.
PR_PLAN = [(0, 11, "current", "long", 4), (1, 19, "none", "dmy", 9), (2, 8, "current", "dot", 6),
           (3, 26, "none", "wdlong", 5), (4, 15, "current", "iso", 12),
           (5, 31, "none", "thisweekday", 5), (6, 9, "none", "mdy", 7),
           (7, 16, "current", "dmy", 10), (8, 4, "none", "ord", 6),
           (9, 37, "current", "iso", 8), (10, 14, "none", "us", 3),
           (11, 22, "current", "weekday", 5), (12, 2, "none", "wdshort", 2),
           (13, 33, "current", "longord", 9), (14, 12, "none", "dmy", 6),
           (15, 18, "current", "long", 11), (16, 7, "none", "weekday", 5),
           (17, 45, "current", "dmon", 14), (18, 29, "none", "ord", 9),
           (19, 10, "current", "iso", 5), (20, 40, "none", "us", 8),
           (21, 6, "current", "wdlong", 4)]
for j, (i, dpd, rem, style, ahead) in enumerate(PR_PLAN):
    wrap = ["sig", None, "quote", None, "disc", None][j % 6]
    add("promise", L_NONE, msgs=[M(("PROMISES", i), promise=ahead, style=style, wrap=wrap)],
        dpd=dpd, rem=rem, tags={"promise"})

# hardship: 22, no dates, current stage never reminded, < 60 days, < 3 reminders.
H_PLAN = [(0, 25, "earlier"), (1, 12, "none"), (2, 38, "earlier"), (3, 9, "earlier"),
          (4, 17, "none"), (5, 44, "earlier"), (6, 20, "earlier"), (7, 31, "none"),
          (8, 6, "none"), (9, 27, "earlier"), (10, 15, "earlier"), (11, 35, "earlier"),
          (12, 10, "none"), (13, 22, "none"), (14, 48, "earlier"), (15, 8, "earlier"),
          (16, 19, "none"), (17, 33, "earlier"), (18, 52, "earlier"), (19, 14, "none"),
          (20, 30, "none"), (21, 3, "none")]
for j, (i, dpd, rem) in enumerate(H_PLAN):
    wrap = [None, "sig", None, "quote", None, "disc", "banner"][j % 7]
    add("hardship", L_PLAN, msgs=[M(("HARDSHIP", i), wrap=wrap)], dpd=dpd, rem=rem,
        partials=1 if j in (4, 13) else 0, tags={"plan"})

# mixed hard negatives.
add("mixed", L_BOTH, msgs=[M(("MIXED", "not_complaining"))], dpd=16, rem="earlier")
add("mixed", L_BOTH, msgs=[M(("MIXED", "hypothetical"), wrap="sig")], dpd=5, rem="none")
add("mixed", ([NONE_R, ESC], [NA, LD, HT]),
    msgs=[M(("MIXED", "paid_earlier"), ago=6), M(("MIXED", "paid_retracted"), ago=1, promise=7,
                                                   style="dmy")],
    dpd=21, rem="earlier", tags={"promise"})
add("mixed", L_DRAFT, msgs=[M(("MIXED", "expired_promise"), ago=12, promise=-5, style="iso")],
    dpd=26, rem="earlier", tags={"promise_expired"})
add("mixed", L_NONE, msgs=[M(("MIXED", "no_plan_full"), promise=9, style="long")], dpd=18,
    rem="none", tags={"promise"})
add("mixed", ([NONE_R, DRAFT], [NA, PP]), msgs=[M(("MIXED", "need_until"), promise=13,
                                                  style="ord")],
    dpd=11, rem="none", tags={"promise"})
add("mixed", L_BOTH, msgs=[M(("MIXED", "complaint_retracted_first"), ago=5),
                           M(("MIXED", "complaint_retracted"), ago=2)],
    dpd=15, rem="earlier", world="S")
add("mixed", ([NONE_R, ESC], [NA, LD]), msgs=[M(("MIXED", "not_yet_due_complaint"), ago=2)],
    dpd=-6, rem="none", tags={"dispute"})
add("mixed", L_DRAFT, msgs=[M(("MIXED", "collector_nudge"), sender="us", ago="stage1")],
    dpd=16, rem=[1])
add("mixed", L_NONE, msgs=[M(("MIXED", "under_disclaimer"), promise=8, style="wdshort",
                             wrap="privileged")],
    dpd=13, rem="none", tags={"promise"})
add("mixed", ([NONE_R, ESC], [NA, HT]), msgs=[M(("MIXED", "hold_reminders_promise"), promise=6,
                                                style="dmy")],
    dpd=9, rem="earlier", tags={"promise", "hold"})
add("mixed", L_NONE, msgs=[M(("HARDSHIP", 5))], dpd=19, rem="current", tags={"plan"})
add("mixed", L_HIGH, msgs=[M(("HARDSHIP", 9))], dpd=66, rem="earlier", tags={"plan"})
add("mixed", L_HIGH, msgs=[M(("PROMISES", 6), promise=10, style="dmy")], dpd=71, rem="none",
    tags={"promise"})
add("mixed", L_DRAFT, dpd=33, rem=[1, 7, 14], partials=1, partial_after_first=True, world="M")
add("mixed", L_DRAFT, dpd=35, rem=[1, 7, 14], notes=[("chased_no_answer", "after_first")],
    world="D")
add("mixed", L_PLAN, dpd=24, rem="earlier", partials=2, world="S")
add("mixed", L_DRAFT, dpd=12, rem="earlier", status="Reminder sent", world="D")
add("mixed", L_DRAFT, dpd=20, rem="earlier", fx=True, amt=11400.00, world="M")
add("mixed", L_DRAFT, dpd=28, rem="none", unapplied="short", world="S")
add("mixed", L_BOTH, dpd=17, rem="earlier", notes=[("dispute_raised", 9), ("dispute_resolved", 3)],
    world="S")
add("mixed", L_BOTH, dpd=23, rem="earlier", cm="applied", notes=[("resolved_credit", 4)],
    world="D")
add("mixed", ([NONE_R, DRAFT], [NA, RR]), dpd=10, rem="none",
    notes=[("phoned_promise", 1)], note_promise=(8, "weekday"), world="D", tags={"promise"})

# hard stops (SPEC order).
add("hard_stop", ([ESC], [HT, LD]), hs="legal_hold", msgs=[M(("LEGAL_MSGS", 0))], dpd=40,
    rem="earlier")
add("hard_stop", ([ESC], [HT, LD]), hs="legal_hold", msgs=[M(("LEGAL_MSGS", 1))], dpd=18,
    rem="current", fx=True)
add("hard_stop", ([ESC], [HT, LD]), hs="legal_hold", notes=[("examinership", 2)], dpd=27,
    rem="earlier", world="D", tags={"legal"})
add("hard_stop", ([ESC], [HT, LD]), hs="legal_hold", notes=[("lawyer_owner", 3)], dpd=34,
    rem="current", status="Disputed", world="M", tags={"legal"})
add("hard_stop", ([ESC], [LD]), hs="open_dispute", dpd=20, rem="none", status="Disputed",
    world="M")
add("hard_stop", ([ESC], [LD, HT]), hs="open_dispute", dpd=72, rem="earlier", status="DISPUTED",
    world="S", fx=True)
add("hard_stop", ([ESC], [LD]), hs="open_dispute", notes=[("dispute_open", 5)], dpd=14,
    rem="current", world="D")
add("hard_stop", ([ESC], [LD]), hs="open_dispute",
    notes=[("dispute_open", 9), ("dispute_open_chased", 2)],
    msgs=[M(("PROMISES", 15), promise=6, style="long", ago=1)], dpd=29, rem="earlier",
    world="M", tags={"promise"})
add("hard_stop", L_HIGH, hs="over_risk_threshold", dpd=19, rem="earlier", world="D", fx=False,
    amt=12400.00, unapplied="cover")
add("hard_stop", L_HIGH, hs="over_risk_threshold", dpd=9, rem="none", world="S", fx=True,
    hb=False, amt=7800.00)
add("hard_stop", ([ESC], [HT, LD]), hs="over_risk_threshold", msgs=[M(("COMPLAINTS", 20))],
    dpd=22, rem="earlier", world="D", fx=True, amt=9100.00, tags={"dispute"})
add("hard_stop", ([ESC], [RR, HT, LD]), hs="unapplied_credit", dpd=13, rem="earlier", world="S",
    unapplied="cover")
add("hard_stop", ([ESC], [RR, HT, LD]), hs="unapplied_credit", dpd=26, rem="none", world="M",
    unapplied="part", cm="open_rest")
add("hard_stop", ([ESC], [LD, HT, RR]), hs="unapplied_credit", msgs=[M(("PAID_CLAIMS", 0))],
    dpd=17, rem="current", unapplied="cover", noaddr=True, tags={"dispute"})
add("hard_stop", ([ESC], [RR, HT]), hs="missing_context", dpd=11, rem="none", world="S",
    noaddr=True)
add("hard_stop", ([ESC], [RR, HT]), hs="missing_context", dpd=None, rem="none", world="M",
    nodue=True)

# routine: nothing but the aging.
for dpd, rem, world, fx, hb, partials in [(3, "none", "D", False, True, 0),
                                          (9, [1], "S", True, True, 0),
                                          (18, [7], "D", True, True, 0),
                                          (33, [7, 14], "M", False, True, 0),
                                          (45, "none", "S", True, False, 0),
                                          (2, "none", "S", False, True, 0),
                                          (15, [1], "M", True, True, 1),
                                          (52, [14], "D", False, True, 0)]:
    add("routine", L_DRAFT, dpd=dpd, rem=rem, world=world, fx=fx, hb=hb, partials=partials)

for i, (dpd, rem) in enumerate([(8, "earlier"), (21, "none"), (13, "earlier"), (4, "none"),
                                (37, "earlier")]):
    add("benign", L_BOTH, msgs=[M(("BENIGN", i))], dpd=dpd, rem=rem, tags={"benign"})

add("escalation", L_HIGH, dpd=75, rem="none", world="M")
add("escalation", L_HIGH, dpd=63, rem=[30], world="S", fx=True)
add("escalation", L_HIGH, dpd=31, rem=[1, 7, 14], world="D")
add("escalation", L_HIGH, dpd=10, rem="none", world="D", cust_notes="key_account",
    tags={"noauto"})
add("escalation", L_HIGH, dpd=20, rem="earlier", world="S", notes=[("no_auto", 4)],
    tags={"noauto"})

add("no_action", L_NONE, dpd=20, rem="earlier", world="D", paid_off=True)
add("no_action", L_NONE, dpd=-5, rem="none", world="S", fx=True)
add("no_action", L_NONE, dpd=0, rem="none", world="M")
add("no_action", L_NONE, dpd=22, rem=[7, 14], world="S")

for i, (dpd, rem) in enumerate([(6, "none"), (11, "earlier"), (16, "earlier"), (29, "none"),
                                (8, "earlier")]):
    add("unread", L_BOTH, msgs=[M(("UNREAD", i), sender="daemon" if i == 1 else "contact")],
        dpd=dpd, rem=rem, tags={"benign"})

for i, (dpd, rem) in enumerate([(12, "earlier"), (19, "current"), (7, "none"), (34, "earlier")]):
    add("injection", L_INJ, msgs=[M(("INJECTIONS", i))], dpd=dpd, rem=rem, tags={"inject"})

for i, (dpd, rem) in enumerate([(14, "earlier"), (9, "none"), (24, "earlier"), (5, "none")]):
    add("other_invoice", L_BOTH, msgs=[M(("OTHER_INVOICE", i))], dpd=dpd, rem=rem,
        other_open=True, tags={"benign"})


# --- building --------------------------------------------------------------------------------
class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.next_id = 7000
        self.doc_no = {"D": 1400, "S": 40210, "M": 8800}

    def nid(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def stamp(self, d: dt.date, tz: str, hour: int | None = None) -> str:
        h = self.rng.randint(8, 17) if hour is None else hour
        return f"{d.isoformat()}T{h:02d}:{self.rng.randint(0, 59):02d}:00{tz}"

    def money(self, lo: float, hi: float) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def build(self, n: int, s: dict) -> tuple[dict, dict, dict]:
        rng = self.rng
        msgs = [dict(m, text=text_of(m["src"])) for m in s["msgs"]]
        world = s["world"] or (msgs[0]["text"][0] if msgs else rng.choice("DSM"))
        for m in msgs:
            assert m["text"][0] == world, (n, "text from another world")
        W = WORLDS[world]
        body_all = " ".join(m["text"][2] for m in msgs).lower()

        # customer pinned by a name in the text, else currency by hint, else by share
        pinned = None
        for pool, foreign in ((W["home_customers"], False), (W["foreign_customers"], True)):
            for c in pool:
                if c[3] and c[3] in body_all:
                    pinned = (c, foreign)
        fx = s["fx"]
        if fx is None:
            for word, val in FX_HINTS[world]:
                if word in body_all:
                    fx = val
                    break
        if pinned and fx is not None and pinned[1] != fx:
            pinned = None
        if pinned:
            cust_t, fx = pinned
        else:
            if fx is None:
                fx = rng.random() < W["fx_share"]
            pool = W["foreign_customers"] if fx else W["home_customers"]
            cust_t = rng.choice([c for c in pool if c[3] is None] or pool)
        cur = W["foreign"] if fx else W["home"]
        rate = round(W["rate"] * rng.uniform(0.985, 1.015), 4) if fx else None
        cname, domain, local, _ = cust_t
        contact = f"{local}@{domain}"

        as_of = dt.date(2026, 12, 1) + dt.timedelta(days=rng.randint(0, 17))
        while as_of.weekday() >= 5:
            as_of += dt.timedelta(days=1)
        dpd = s["dpd"]
        due = as_of - dt.timedelta(days=dpd if dpd is not None else 20)
        txn = due - dt.timedelta(days=30)

        total = s["amt"] or self.money(*(W["famount"] if fx else W["amount"]))
        inv_id = self.nid()
        self.doc_no[world] += rng.randint(3, 29)
        doc = W["doc"].format(n=self.doc_no[world])
        tz = W["tz"]

        stage = max([st for st in STAGES if dpd is not None and dpd >= st], default=0)
        rem = s["rem"]
        if rem == "none":
            stages = []
        elif rem == "earlier":
            below = [st for st in STAGES if st < stage]
            stages = sorted(rng.sample(below, min(len(below), rng.choice([1, 2])))) if below else []
        elif rem == "current":
            below = [st for st in STAGES if st < stage]
            stages = ([rng.choice(below)] if below and rng.random() < 0.5 else []) + [stage]
        else:
            stages = list(rem)
        reminders = []
        for st in stages:
            rd = due + dt.timedelta(days=st + rng.choice([0, 0, 1]))
            if rd > as_of:
                rd = due + dt.timedelta(days=st)
            reminders.append((rd, st))
        first_rem = reminders[0][0] if reminders else None
        last_rem = reminders[-1][0] if reminders else None

        # payments
        payments, linked = [], []
        paid_on_invoice = 0.0
        for k in range(s["partials"]):
            amt = round(total * rng.uniform(0.15, 0.3), 2)
            if s.get("partial_after_first") and first_rem:
                pd_ = first_rem + dt.timedelta(days=2 + k)
            else:
                pd_ = txn + dt.timedelta(days=10 + 6 * k)
                if first_rem and pd_ >= first_rem:
                    pd_ = first_rem - dt.timedelta(days=1 + k)
            pid = self.nid()
            payments.append(self.payment(pid, cname, cur, rate, amt, pd_, tz, [inv_id], 0.0))
            linked.append({"TxnId": pid, "TxnType": "Payment"})
            paid_on_invoice += amt
        balance = round(total - paid_on_invoice, 2)
        if s["paid_off"]:
            pid = self.nid()
            pd_ = as_of - dt.timedelta(days=2)
            payments.append(self.payment(pid, cname, cur, rate, balance, pd_, tz, [inv_id], 0.0))
            linked.append({"TxnId": pid, "TxnType": "Payment"})
            balance = 0.0
        credit_memos = []
        if s["unapplied"] == "cover":
            amt = round(balance + rng.choice([0.0, 0.0, 25.0]), 2)
            payments.append(self.payment(self.nid(), cname, cur, rate, amt,
                                         as_of - dt.timedelta(days=rng.randint(3, 12)), tz, [], amt))
        elif s["unapplied"] == "short":
            amt = round(balance * rng.uniform(0.2, 0.5), 2)
            payments.append(self.payment(self.nid(), cname, cur, rate, amt,
                                         as_of - dt.timedelta(days=rng.randint(3, 12)), tz, [], amt))
        elif s["unapplied"] == "part":
            amt = round(balance * 0.6, 2)
            payments.append(self.payment(self.nid(), cname, cur, rate, amt,
                                         as_of - dt.timedelta(days=6), tz, [], amt))
        if s["cm"] == "open_rest":
            rest = round(balance - sum(p["UnappliedAmt"] for p in payments), 2)
            credit_memos.append(self.credit_memo(cname, cur, rate, rest, rest,
                                                 as_of - dt.timedelta(days=9), tz, world))
        elif s["cm"] == "applied":
            amt = round(total * 0.08, 2)
            credit_memos.append(self.credit_memo(cname, cur, rate, amt, 0.0,
                                                 as_of - dt.timedelta(days=4), tz, world))

        # paid history, all settled before this invoice fell due
        history = []
        for h in range(rng.randint(1, 4)):
            hid = self.nid()
            hdue = due - dt.timedelta(days=30 * (h + 1) + rng.randint(0, 9))
            hamt = self.money(*(W["famount"] if fx else W["amount"]))
            pid = self.nid()
            pdate = hdue + dt.timedelta(days=rng.randint(-5, 12))
            if pdate >= due:
                pdate = due - dt.timedelta(days=3)
            payments.append(self.payment(pid, cname, cur, rate, hamt, pdate, tz, [hid], 0.0))
            history.append(self.invoice(hid, f"{doc}-H{h + 1}", cname, cust_t, cur, rate, hamt, 0.0,
                                        hdue, hdue - dt.timedelta(days=30), tz, world,
                                        [{"TxnId": pid, "TxnType": "Payment"}], True, None, True))
        other_doc = None
        if s["other_open"]:
            oid = self.nid()
            self.doc_no[world] += rng.randint(1, 5)
            other_doc = W["doc"].format(n=self.doc_no[world])
            oamt = self.money(*(W["famount"] if fx else W["amount"]))
            odue = due + dt.timedelta(days=rng.choice([-9, -4, 6]))
            history.append(self.invoice(oid, other_doc, cname, cust_t, cur, rate, oamt, oamt, odue,
                                        odue - dt.timedelta(days=30), tz, world, [], True, None,
                                        True))
        history.sort(key=lambda i: i["DueDate"], reverse=True)

        status = s["status"]
        invoice = self.invoice(inv_id, doc, cname, cust_t, cur, rate, total, balance,
                               None if s["nodue"] else due, txn, tz, world, linked,
                               not s["noaddr"], status, s["hb"])

        # emails
        sym = {"EUR": "€", "GBP": "£", "USD": "USD ", "SGD": "S$"}[cur]
        bal_s = f"{sym}{balance:,.2f}"
        fields = dict(inv=doc, bal=bal_s, other=other_doc or "", ref=self.ref(world))
        emails, promises = [], []
        n_msgs = len(msgs)
        for k, m in enumerate(msgs):
            ago = m["ago"]
            if ago == "stage1":
                sent = reminders[0][0]
            else:
                if ago is None:
                    lo = last_rem if last_rem else max(txn + dt.timedelta(days=5),
                                                       as_of - dt.timedelta(days=12))
                    span = max(0, min((as_of - lo).days, 6))
                    ago = rng.randint(0, span) if span else 0
                    if n_msgs > 1:
                        ago = max(ago, n_msgs - k)
                sent = as_of - dt.timedelta(days=ago)
            f = dict(fields)
            f["paid"] = self.paid_date(sent, world)
            if m["promise"] is not None:
                pdate, pstr = self.promise_date(as_of, sent, m["promise"], m["style"])
                f["date"] = pstr
                promises.append((pdate, pstr, sent))
            _, subj, body = m["text"]
            body = body.format(**f)
            subj = subj.format(**f)
            body = self.wrap(body, m["wrap"], W, world, doc, bal_s, reminders, due, cname)
            if m["sender"] == "us":
                frm, to = W["ar"], contact
            elif m["sender"] == "daemon":
                # a bounce of our own reminder comes back from our mail server
                frm, to = f"postmaster@{W['ar'].split('@')[1]}", W["ar"]
            else:
                frm = rng.choice([contact, contact, f"accounts@{domain}", f"ap@{domain}"]) \
                    if not s["noaddr"] else f"office@{domain}"
                to = W["ar"]
            # a message that says "morning" was written in the morning
            hour = rng.randint(8, 11) if re.search(r"\bmorning\b", body, re.I) else None
            if last_rem == sent and m["sender"] != "us":
                hour = rng.randint(10, 17)  # a same-day reply comes after the 09:xx reminder
            emails.append({"body": body, "date": self.stamp(sent, tz, hour), "from": frm,
                           "subject": subj, "to": to})

        notes = []
        for key, when in s["notes"]:
            if when == "after_first":
                nd = first_rem + dt.timedelta(days=3)
            else:
                nd = as_of - dt.timedelta(days=when)
            f = dict(fields)
            if "note_promise" in s:
                ahead, style = s["note_promise"]
                pdate, pstr = self.promise_date(as_of, nd, ahead, style)
                f["date"] = pstr
                promises.append((pdate, pstr, nd))
            notes.append({"author": rng.choice([W["collector"].split()[0].lower(), "collector",
                                                "account owner"]),
                          "date": self.stamp(nd, tz), "text": T.NOTES[key].format(**f)})

        customer = {
            "Active": True,
            "Balance": round(balance + sum(i["Balance"] for i in history), 2),
            "BillAddr": {"Id": self.nid(), "Line1": cname, "City": {"D": "Dublin", "S": "Singapore",
                                                                    "M": "Manchester"}[world]},
            "CompanyName": cname,
            "CurrencyRef": {"name": cur, "value": cur},
            "DisplayName": cname,
            "Id": str(300 + n),
            "MetaData": {"CreateTime": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:00{tz}",
                         "LastUpdatedTime": self.stamp(as_of - dt.timedelta(days=30), tz)},
            "Notes": T.CUSTOMER_NOTES[s["cust_notes"]] if s["cust_notes"] else
            (T.CUSTOMER_NOTES["plain"] if rng.random() < 0.15 else ""),
            "PrimaryEmailAddr": None if s["noaddr"] else {"Address": contact},
            "SyncToken": str(rng.randint(0, 6)),
        }
        for inv in [invoice] + history:
            inv["CustomerRef"]["value"] = customer["Id"]
        for p in payments:
            p["CustomerRef"]["value"] = customer["Id"]
        for c in credit_memos:
            c["CustomerRef"]["value"] = customer["Id"]

        case = {
            "as_of": as_of.isoformat(),
            "credit_memos": credit_memos,
            "crm_notes": notes,
            "customer": customer,
            "emails": emails,
            "home_currency": W["home"],
            "id": f"{PREFIX}-{n:04d}",
            "invoice": invoice,
            "invoices": history,
            "payments": sorted(payments, key=lambda p: p["TxnDate"], reverse=True),
            "reminders_sent": [{"date": self.stamp(d, tz, 9), "stage": st} for d, st in reminders],
        }
        routes, outcomes = s["label"]
        exp = {"class": s["cls"], "hard_stop": s["hs"], "id": case["id"], "outcome": list(outcomes),
               "route": list(routes)}
        meta = {"tags": set(s["tags"]), "promises": promises, "cls": s["cls"],
                "nodue": s["nodue"], "dpd": dpd, "other_doc": other_doc,
                "templates": [m["text"][2] for m in msgs]}
        return case, exp, meta

    # entities -----------------------------------------------------------------------------
    def invoice(self, iid, doc, cname, cust_t, cur, rate, total, balance, due, txn, tz, world,
                linked, addr, status, hb):
        W = WORLDS[world]
        desc = W["item"][1].format(s=self.rng.randint(2, 9) if world == "D"
                                   else self.rng.randint(1000, 9999))
        inv = {
            "Balance": balance,
            "BillEmail": {"Address": f"{cust_t[2]}@{cust_t[1]}"} if addr else None,
            "CurrencyRef": {"name": cur, "value": cur},
            "CustomField": [],
            "CustomerRef": {"name": cname, "value": ""},
            "DocNumber": doc,
            "EmailStatus": "EmailSent",
            "Id": iid,
            "Line": [
                {"Amount": total, "Description": desc, "DetailType": "SalesItemLineDetail",
                 "Id": "1", "LineNum": 1,
                 "SalesItemLineDetail": {"ItemRef": {"name": W["item"][0], "value": "1"},
                                         "Qty": 1, "UnitPrice": total}},
                {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
            ],
            "LinkedTxn": linked,
            "MetaData": {"CreateTime": f"{txn.isoformat()}T09:00:00{tz}",
                         "LastUpdatedTime": f"{txn.isoformat()}T09:00:00{tz}"},
            "PrintStatus": "NotSet",
            "PrivateNote": "",
            "SalesTermRef": {"value": "3"},
            "SyncToken": str(self.rng.randint(0, 4)),
            "TotalAmt": total,
            "TxnDate": txn.isoformat(),
        }
        if due is not None:
            inv["DueDate"] = due.isoformat()
        if rate is not None:
            inv["ExchangeRate"] = rate
            if hb:
                inv["HomeBalance"] = round(balance * rate, 2)
                inv["HomeTotalAmt"] = round(total * rate, 2)
        if status is not None:
            inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status",
                                   "StringValue": status, "Type": "StringType"}]
        return dict(sorted(inv.items()))

    def payment(self, pid, cname, cur, rate, amt, d, tz, inv_ids, unapplied):
        p = {
            "CurrencyRef": {"name": cur, "value": cur},
            "CustomerRef": {"name": cname, "value": ""},
            "Id": pid,
            "Line": [{"Amount": amt, "LinkedTxn": [{"TxnId": i, "TxnType": "Invoice"}]}
                     for i in inv_ids],
            "MetaData": {"CreateTime": f"{d.isoformat()}T11:00:00{tz}",
                         "LastUpdatedTime": f"{d.isoformat()}T11:00:00{tz}"},
            "SyncToken": "0",
            "TotalAmt": amt,
            "TxnDate": d.isoformat(),
            "UnappliedAmt": unapplied,
        }
        if rate is not None:
            p["ExchangeRate"] = rate
        return dict(sorted(p.items()))

    def credit_memo(self, cname, cur, rate, total, balance, d, tz, world):
        cm = {
            "Balance": balance,
            "CurrencyRef": {"name": cur, "value": cur},
            "CustomerRef": {"name": cname, "value": ""},
            "DocNumber": f"CN-{self.rng.randint(100, 999)}",
            "Id": self.nid(),
            "Line": [{"Amount": total, "Description": "Credit note", "DetailType":
                      "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                      "SalesItemLineDetail": {"ItemRef": {"name": WORLDS[world]["item"][0],
                                                          "value": "1"}, "Qty": 1,
                                              "UnitPrice": total}}],
            "MetaData": {"CreateTime": f"{d.isoformat()}T10:00:00{tz}",
                         "LastUpdatedTime": f"{d.isoformat()}T10:00:00{tz}"},
            "RemainingCredit": balance,
            "SyncToken": "1",
            "TotalAmt": total,
            "TxnDate": d.isoformat(),
        }
        if rate is not None:
            cm["ExchangeRate"] = rate
        return dict(sorted(cm.items()))

    # text helpers ------------------------------------------------------------------------
    def ref(self, world: str) -> str:
        r = self.rng
        return {"D": f"KDA{r.randint(10000, 99999)}", "S": f"TT{r.randint(1000000, 9999999)}",
                "M": f"IRW{r.randint(1000, 9999)}"}[world]

    def paid_date(self, sent: dt.date, world: str) -> str:
        d = sent - dt.timedelta(days=self.rng.randint(4, 20))
        style = self.rng.choice(["long_noyear", "dmy", "iso", "ordmon"])
        if style == "long_noyear":
            return f"{d.day} {MONTHS[d.month - 1]}"
        if style == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "iso":
            return d.isoformat()
        return f"{ordinal(d.day)} {MON3[d.month - 1]}"

    def promise_date(self, as_of, sent, ahead, style):
        """A weekday `ahead` days after as_of (or before it, for an expired promise)."""
        if style in ("weekday", "thisweekday"):
            # the named weekday must fall after as_of and within a week of the email
            cands = [sent + dt.timedelta(days=k) for k in range(1, 8)]
            cands = [c for c in cands if c > as_of and c.weekday() < 5 and c not in HOLIDAYS]
            d = cands[0] if cands else None
            if d is None:
                style = "long"
        if style not in ("weekday", "thisweekday"):
            d = as_of + dt.timedelta(days=ahead)
            step = 1 if ahead > 0 else -1
            while d.weekday() >= 5 or d in HOLIDAYS:
                d += dt.timedelta(days=step)
            if style == "ord" and (d.month != sent.month or d.day <= sent.day):
                style = "longord"
            if style in ("dmy", "mdy", "dot") and d.day <= 12:
                style = "long"
        return d, fmt_date(d, style)

    def wrap(self, body, how, W, world, doc, bal_s, reminders, due, cname):
        if how is None:
            return body
        if how == "sig":
            tel = {"D": "Tel +353 1 555 0147", "S": "Tel +65 6555 0182",
                   "M": "Tel 0161 555 0139"}[world]
            return f"{body}\n\n--\n{cname}\nAccounts Department\n{tel}"
        if how == "disc":
            return (f"{body}\n\nThis e-mail and any attachments are confidential and intended "
                    "solely for the addressee. If you have received it in error please notify "
                    "the sender and delete it. Any views expressed are those of the author.")
        if how == "privileged":
            return (f"{body}\n\nCONFIDENTIALITY: This message may contain information that is "
                    "confidential or legally privileged. If you are not the intended recipient, "
                    "please delete it and notify the sender.")
        if how == "banner":
            return ("CAUTION: This email originated from outside of the organisation. Do not "
                    f"click links or open attachments unless you recognise the sender.\n\n{body}")
        if how == "fwd0":
            return f"{body}\n\nSent from my iPhone"
        if how == "quote":
            if not reminders:
                return body
            rd = reminders[-1][0]
            return (f"{body}\n\nOn {rd.strftime('%a')} {rd.day} {MON3[rd.month - 1]} {rd.year}, "
                    f"{W['ours']} <{W['ar']}> wrote:\n> Dear customer,\n> Our records show that "
                    f"invoice {doc} for {bal_s} was due on {due.isoformat()} and remains unpaid.\n"
                    f"> We would be grateful if you could arrange payment at your earliest "
                    f"convenience.\n> Kind regards, {W['collector']}")
        raise ValueError(how)


# --- checking --------------------------------------------------------------------------------
def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s[:10])


def derive(case: dict, meta: dict) -> dict:
    """SPEC's order applied to the bundle's facts plus the message's meaning (meta tags)."""
    inv, cust = case["invoice"], case["customer"]
    as_of = day(case["as_of"])
    tags = meta["tags"]
    f: dict = {}
    bal = inv["Balance"]
    due = inv.get("DueDate")
    f["dpd"] = (as_of - day(due)).days if due else None
    dpd = f["dpd"]
    f["stage"] = max([s for s in STAGES if dpd is not None and dpd >= s], default=0)
    rems = case["reminders_sent"]
    f["reminded"] = any(r["stage"] == f["stage"] for r in rems)
    if "HomeBalance" in inv:
        home = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        home = bal * inv["ExchangeRate"]
    else:
        home = bal
    f["home"] = home
    cover = sum(p["UnappliedAmt"] for p in case["payments"]) + \
        sum(c["Balance"] for c in case["credit_memos"])
    f["covered"] = bal > 0 and cover >= bal - 0.005  # float sums of cents
    f["addr"] = bool((inv.get("BillEmail") or {}).get("Address")
                     or (cust.get("PrimaryEmailAddr") or {}).get("Address"))
    f["partials"] = sum(1 for p in case["payments"]
                        for ln in p["Line"] for t in ln["LinkedTxn"] if t["TxnId"] == inv["Id"])
    our = {e["from"] for e in case["emails"] if e["from"].split("@")[1] in
           {w["ar"].split("@")[1] for w in WORLDS.values()}}
    if len(rems) >= 3:
        first = min(day(r["date"]) for r in rems)
        active = any(day(p["TxnDate"]) >= first for p in case["payments"]) or \
            any(day(e["date"]) >= first and e["from"] not in our for e in case["emails"]) or \
            any(day(n["date"]) >= first for n in case["crm_notes"])
        f["three"] = not active
    else:
        f["three"] = False

    # text-derived facts, re-read from the bundle
    texts = [e["body"] + " " + e["subject"] for e in case["emails"]] + \
        [n["text"] for n in case["crm_notes"]]
    legal = any(LEGAL_WORDS.search(t) for t in texts)
    notes_sorted = sorted(case["crm_notes"], key=lambda n: n["date"])
    open_note = False
    for n in notes_sorted:
        t = n["text"].lower()
        if "dispute" in t and "resolved" in t:
            open_note = False
        elif "dispute" in t:
            open_note = True
    status = [c.get("StringValue", "") for c in inv.get("CustomField", [])
              if c.get("Name") == "Collections Status"]
    disputed_field = any(v.lower() == "disputed" for v in status)
    f["legal"], f["open_dispute"] = legal, disputed_field or open_note
    promise_ahead = any(p > as_of for p, _, _ in meta["promises"]) and "promise" in tags

    dispute = "dispute" in tags
    high = (dpd is not None and dpd >= 60) or f["three"] or "noauto" in tags or home >= 10000
    plan = "plan" in tags or f["partials"] >= 2

    def underlying() -> str:
        return LD if dispute else HT if high else PP if plan else RR

    if bal <= 0 or (due and dpd < 1):
        return dict(f, route=NONE_R, outcome=NA, hs=None)
    hs = None
    if legal:
        hs = "legal_hold"
    elif f["open_dispute"]:
        hs = "open_dispute"
    elif home >= 10000:
        hs = "over_risk_threshold"
    elif f["covered"]:
        hs = "unapplied_credit"
    elif not f["addr"] or not due:
        hs = "missing_context"
    if hs:
        out = {"legal_hold": LD if dispute else HT, "open_dispute": LD,
               "over_risk_threshold": LD if dispute else HT}.get(hs) or underlying()
        return dict(f, route=ESC, outcome=out, hs=hs)
    if "inject" in tags:
        return dict(f, route=ESC, outcome=HT, hs=None)
    out = underlying()
    if out in (LD, HT):
        return dict(f, route=ESC, outcome=out, hs=None)
    if f["reminded"] or promise_ahead:
        return dict(f, route=NONE_R, outcome=NA, hs=None)
    return dict(f, route=DRAFT, outcome=out, hs=None)


def check(case: dict, exp: dict, meta: dict) -> None:
    cid = case["id"]
    d = derive(case, meta)
    bad = []
    if d["route"] not in exp["route"]:
        bad.append(f"route {d['route']} not in {exp['route']}")
    if d["outcome"] not in exp["outcome"]:
        bad.append(f"outcome {d['outcome']} not in {exp['outcome']}")
    if d["hs"] != exp["hard_stop"]:
        bad.append(f"hard stop {d['hs']} != {exp['hard_stop']}")
    # the message's meaning must match what the text says
    tags = meta["tags"]
    if d["legal"] != ("legal" in tags or exp["hard_stop"] == "legal_hold"):
        bad.append("legal words disagree with the label")
    as_of = day(case["as_of"])
    for pdate, pstr, sent in meta["promises"]:
        if parse_date(pstr, sent) != pdate:
            bad.append(f"promise {pstr!r} does not read as {pdate}")
        if pdate <= sent:
            bad.append("promise dated before the message")
        if pdate.weekday() >= 5 or pdate in HOLIDAYS:
            bad.append("promise on a weekend or a bank holiday")
        if ("promise" in tags) != (pdate > as_of):
            bad.append("promise ahead of as_of disagrees with tags")
        if not any(pstr in e["body"] for e in case["emails"]) and \
                not any(pstr in n["text"] for n in case["crm_notes"]):
            bad.append("promise date not in the text")
    if meta["cls"] == "complaint":
        if any(DISPUTE_WORDS.search(e["body"] + e["subject"]) for e in case["emails"]):
            bad.append("a complaint uses dispute vocabulary")
    if meta["cls"] == "hardship":
        if any(re.search(r"\d{1,2}(st|nd|rd|th)|\d{4}-\d\d|\d\d/\d\d", t)
               for t in meta["templates"]):
            bad.append("a hardship text carries a date")
        if d["reminded"] or (d["dpd"] or 0) >= 60 or len(case["reminders_sent"]) >= 3:
            bad.append("hardship scaffold gates or escalates")
    if meta["cls"] in ("complaint", "paid_claim", "promise", "hardship", "benign", "unread",
                       "injection", "other_invoice", "routine", "escalation"):
        if d["home"] >= 10000 or d["covered"] or not d["addr"] or d["open_dispute"]:
            bad.append("an unintended hard stop in the scaffold")
    if meta["other_doc"]:
        if not any(meta["other_doc"] in e["body"] for e in case["emails"]):
            bad.append("other-invoice text does not name the other invoice")
        if any(case["invoice"]["DocNumber"] in e["body"] for e in case["emails"]):
            bad.append("other-invoice text names this invoice")
    # structural sanity of the bundle (SPEC's case-bundle format)
    for key in ("id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
                "credit_memos", "emails", "crm_notes", "reminders_sent"):
        if key not in case:
            bad.append(f"missing key {key}")
    for e in case["emails"]:
        if set(e) != {"from", "to", "date", "subject", "body"} or day(e["date"]) > as_of:
            bad.append("malformed or future email")
    for n in case["crm_notes"]:
        if set(n) != {"author", "date", "text"} or day(n["date"]) > as_of:
            bad.append("malformed or future note")
    for r in case["reminders_sent"]:
        if set(r) != {"date", "stage"} or r["stage"] not in STAGES or day(r["date"]) > as_of:
            bad.append("malformed or future reminder")
        due = case["invoice"].get("DueDate")
        if due and (day(r["date"]) - day(due)).days < r["stage"]:
            bad.append("reminder before its stage")
    if any(re.search(r"\{[a-z]+\}", e["body"] + e["subject"]) for e in case["emails"]) or \
            any(re.search(r"\{[a-z]+\}", n["text"]) for n in case["crm_notes"]):
        bad.append("unfilled placeholder")
    if bad:
        raise SystemExit(f"{cid} ({meta['cls']}): " + "; ".join(bad))


WRONG = {"complaint": L_DRAFT, "paid_claim": L_PLAN, "promise": L_DRAFT, "hardship": L_NONE,
         "routine": L_NONE, "escalation": L_DRAFT, "no_action": L_DRAFT, "benign": L_NONE,
         "unread": L_NONE, "injection": L_DRAFT, "other_invoice": L_DISPUTE}


def mutate() -> int:
    """Swaps every label for a wrong one; check() must refuse each (writes nothing)."""
    b, missed = Builder(), []
    for n, s in enumerate(SPECS, 1):
        case, exp, meta = b.build(n, s)
        if s["cls"] == "hard_stop":
            bad = dict(exp, hard_stop=None)
        elif s["cls"] == "mixed":
            bad = dict(exp, route=[r for r in (DRAFT, ESC, NONE_R) if r not in exp["route"]][:1])
        else:
            bad = dict(exp, route=WRONG[s["cls"]][0], outcome=WRONG[s["cls"]][1])
        try:
            check(case, bad, meta)
        except SystemExit:
            continue
        missed.append(case["id"])
    print(f"{len(SPECS) - len(missed)}/{len(SPECS)} wrong labels refused {missed}",
          file=sys.stderr)
    return 1 if missed else 0


def main() -> int:
    if sys.argv[1:] == ["--mutate"]:
        return mutate()
    b = Builder()
    cases, exps = [], []
    for n, s in enumerate(SPECS, 1):
        case, exp, meta = b.build(n, s)
        check(case, exp, meta)
        cases.append(case)
        exps.append(exp)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    with open(HERE / "expected.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for e in exps:
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(cases)} cases written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds the testn held-out judge set: cases.jsonl and expected.jsonl (stdlib only).

    python3 tests/data/judge_cases/testn/build.py   # rewrites both files byte for byte

Written blind from shared/SPEC.md, the entity shapes in shared/eval and shared/fixtures/qbo,
and the label conventions in the judge_cases READMEs. See README.md.
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

SEED = 20261221
HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.0
PROMISE_DAYS = [21, 22, 23, 24, 28, 29, 30, 31]
AS_OF_DAYS = [14, 15, 16, 17, 18]

# ---------------------------------------------------------------- worlds
WORLDS = {
    "sail": {
        "home": "EUR", "foreign": "GBP", "rate": 1.1685, "tz": "+01:00",
        "us": "ar@voilerie-goudes.example", "collector": "Camille Ferrand",
        "company": "Voilerie des Goudes",
        "home_range": (380, 7600), "foreign_range": (290, 6100),
        "items": [("Sail repair and restitching", "Sail repair"),
                  ("Mainsail - new build, cross-cut Dacron", "Sails"),
                  ("Standing rigging inspection and re-terminate", "Rigging"),
                  ("Winter covers and biminis", "Canvas"),
                  ("Running rigging - splices and furling line", "Rigging")],
        "customers": [
            ("cnm", "Club Nautique du Vieux-Port", "cnvp.example", "tresorerie", "EUR"),
            ("charter", "Calanques Charter SAS", "calanques-charter.example", "flotte", "EUR"),
            ("regate", "Team Mistral Régates", "teammistral.example", "bruno", "EUR"),
            ("chantier", "Chantier Naval de l'Estaque", "chantier-estaque.example", "compta", "EUR"),
            ("ecole", "École de Voile de Cassis", "voile-cassis.example", "lea", "EUR"),
            ("monaco", "Riviera Superyacht Services SARL", "riviera-superyacht.example", "accounts", "EUR"),
            ("corse", "Ajaccio Yachting", "ajaccio-yachting.example", "antoine", "EUR"),
            ("genova", "Cantiere Ligure Vele Srl", "ligurevele.example", "amministrazione", "EUR"),
            ("cassiopee", "Hélène Vidal - Voilier Cassiopée", "cassiopee-voile.example", "helene", "EUR"),
            ("frioul", "Frioul Croisières", "frioul-croisieres.example", "julien", "EUR"),
            ("solent", "Solent Offshore Sailing School Ltd", "solentoffshore.example", "finance", "GBP"),
            ("hamble", "Hamble River Yacht Management Ltd", "hambleriver.example", "accounts", "GBP"),
            ("falmouth", "Falmouth Classic Boats", "falmouthclassic.example", "arthur", "GBP"),
            ("lymington", "Lymington Rigging & Yacht Services", "lymrig.example", "tom", "GBP"),
            ("nigel", "N. Ashworth (yacht Kittiwake)", "kittiwake-yacht.example", "nigel", "GBP"),
        ],
    },
    "snow": {
        "home": "USD", "foreign": "CAD", "rate": 0.7214, "tz": "-06:00",
        "us": "ar@northloopsnow.example", "collector": "Dana Kowalski",
        "company": "North Loop Snow & Ice",
        "home_range": (650, 8800), "foreign_range": (700, 11000),
        "items": [("Snow plowing - seasonal contract, November", "Plowing"),
                  ("Salt and anti-icing applications", "De-icing"),
                  ("Sidewalk hand-shoveling crew", "Sidewalks"),
                  ("Roof raking and ice-dam removal", "Roof"),
                  ("Snow hauling and relocation", "Hauling")],
        "customers": [
            ("hosp", "Lakeside Regional Medical Center", "lakesidermc.example", "ap", "USD"),
            ("mall", "Ridgedale Crossing Property Management", "ridgedalecrossing.example", "greg", "USD"),
            ("hoa", "Cedar Bluff Townhome Association", "cedarbluffhoa.example", "treasurer", "USD"),
            ("isd", "Bearpaw Valley School District 281", "bearpaw281.example", "businessoffice", "USD"),
            ("church", "St. Olaf Lutheran Church of Edina", "stolafedina.example", "office", "USD"),
            ("logistics", "Northern Spur Logistics", "northernspur.example", "pat", "USD"),
            ("dealer", "Lake Street Auto Group", "lakestreetauto.example", "rick", "USD"),
            ("hotel", "The Mill City Grand Hotel", "millcitygrand.example", "kelsey", "USD"),
            ("pho", "Pho Lake St", "pholakest.example", "minh", "USD"),
            ("bagels", "Joe's Bagels", "joesbagels.example", "joe", "USD"),
            ("offices", "Nicollet Office Partners", "nicolletoffice.example", "karen", "USD"),
            ("plaza", "Como Avenue Plaza LLC", "comoplaza.example", "mike", "USD"),
            ("winnipeg", "Red River Cold Storage Ltd.", "redrivercold.example", "nadia", "CAD"),
            ("thunder", "Thunder Bay Harbour Grain Terminal", "tbhgt.example", "ap", "CAD"),
            ("kenora", "Kenora Lakeside Resorts Inc.", "kenoralakeside.example", "doug", "CAD"),
        ],
    },
    "wool": {
        "home": "NZD", "foreign": "AUD", "rate": 1.0942, "tz": "+13:00",
        "us": "accounts@waimakscour.example", "collector": "Aroha Tane",
        "company": "Waimak Scour & Fibre",
        "home_range": (480, 8600), "foreign_range": (420, 7600),
        "items": [("Scouring - greasy wool lot", "Scouring"),
                  ("Carbonising and drying", "Carbonising"),
                  ("Brokerage - fine wool lot", "Brokerage"),
                  ("Core testing and certificates", "Testing"),
                  ("Cartage from woolshed", "Freight")],
        "customers": [
            ("station", "Glenmark Station Ltd", "glenmarkstation.example", "hamish", "NZD"),
            ("mill", "Kaiapoi Carpet Yarns Ltd", "kaiapoiyarns.example", "accounts", "NZD"),
            ("knit", "Tūī Knitwear Co", "tuiknitwear.example", "mere", "NZD"),
            ("merino", "High Country Merino Partnership", "highcountrymerino.example", "sue", "NZD"),
            ("coop", "Ellesmere Growers Co-op", "ellesmerecoop.example", "graeme", "NZD"),
            ("felt", "Akaroa Felt Studio", "akaroafelt.example", "ingrid", "NZD"),
            ("dunedin", "Otago Futon & Bedding Ltd", "otagofuton.example", "priya", "NZD"),
            ("rangi", "Te Waipounamu Shearing Ltd", "tewaipounamushearing.example", "rangi", "NZD"),
            ("tane", "Tane Whānau Trust Farm", "tanefarm.example", "tane", "NZD"),
            ("sam", "Hororata Downs", "hororatadowns.example", "sam", "NZD"),
            ("geelong", "Geelong Combing & Top Makers Pty Ltd", "geelongcombing.example", "procurement", "AUD"),
            ("bendigo", "Bendigo Yarn Spinners Pty Ltd", "bendigoyarn.example", "dianne", "AUD"),
            ("tasmania", "Derwent Valley Wool Brokers Pty Ltd", "derwentwool.example", "ap", "AUD"),
            ("jodie", "Riverina Knit Supplies Pty Ltd", "riverinaknit.example", "jodie", "AUD"),
        ],
    },
}
# a text's first name -> the customer it belongs to (when the text has no explicit pin)
NAME_PINS = {
    "sail": {"Julien": "frioul", "Hélène": "cassiopee", "Pierre": "cnm", "Fred": "chantier",
             "Léa": "ecole", "Tom": "lymington", "Gemma": "solent", "Nigel": "nigel"},
    "snow": {"Minh": "pho", "Joe": "bagels", "Karen": "offices", "Mike": "plaza", "Jim": "plaza",
             "Amy": "offices", "Greg": "mall", "Doug": "kenora", "Nadia": "winnipeg"},
    "wool": {"Hamish": "station", "Craig": "mill", "Sue": "merino", "Rangi": "rangi",
             "Tane": "tane", "Sam": "sam", "Jodie": "jodie"},
}
SIGNATURES = {
    "sail": "\n\n--\n{company}\nPort de la Pointe Rouge, Marseille\nTél. +33 4 91 00 00 00",
    "snow": "\n\n{company}\n612-555-0100 | Minneapolis, MN\nSent from my iPhone",
    "wool": "\n\n{company}\nPh 03 555 0100 | Canterbury, New Zealand",
}
FOOTER = ("\n\n-------------------------------------------\nCAUTION: This email originated from "
          "outside the organisation. This message and any attachment are confidential and "
          "intended solely for the addressee. If you received it in error, please delete it.")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, style: str) -> str:
    return {
        "iso": d.isoformat(),
        "dmy": d.strftime("%d/%m/%Y"),
        "mdy": d.strftime("%m/%d/%Y"),
        "dot": d.strftime("%d.%m.%Y"),
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "fr": f"{d.day} {MOIS[d.month - 1]} {d.year}",
        "us_long": f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
        "us_full": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "short": f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}",
        "nth": f"the {ordinal(d.day)}",
        "wd": WEEKDAYS[d.weekday()],
    }[style]


def fmt_money(x: float, cur: str) -> str:
    s = f"{x:,.2f}"
    if cur == "EUR":
        return s.replace(",", " ").replace(".", ",") + " €"
    return {"GBP": "£", "USD": "$", "CAD": "CA$", "NZD": "NZ$", "AUD": "A$"}[cur] + s


# ---------------------------------------------------------------- labels
def L(routes, outcomes):
    return {"route": sorted(routes), "outcome": sorted(outcomes)}


D = L(["escalate_to_human"], ["likely_dispute"])
H = L(["escalate_to_human"], ["high_touch_escalation"])
P = L(["draft_for_approval"], ["payment_plan_candidate"])
R = L(["draft_for_approval"], ["routine_reminder"])
N = L(["none"], ["no_action"])
RH = L(["draft_for_approval", "escalate_to_human"], ["routine_reminder", "high_touch_escalation"])
INJ = L(["escalate_to_human"], ["likely_dispute", "high_touch_escalation"])
NDH = L(["none", "escalate_to_human"], ["no_action", "likely_dispute", "high_touch_escalation"])
NH = L(["none", "escalate_to_human"], ["no_action", "high_touch_escalation"])
PN = L(["draft_for_approval", "none"], ["payment_plan_candidate", "no_action"])
NR = L(["none", "draft_for_approval"], ["no_action", "routine_reminder"])
ND = L(["none", "escalate_to_human"], ["no_action", "likely_dispute"])
RN = L(["draft_for_approval", "none"], ["routine_reminder", "no_action"])


def HS(*outcomes):
    return L(["escalate_to_human"], list(outcomes))


HARD_CLASSES = ("complaint", "paid_claim", "promise", "hardship")


# ---------------------------------------------------------------- case plan
def plan_cases(rng: random.Random) -> list[dict]:
    specs: list[dict] = []

    def add(cls, text, label, tags=(), hs=None, **kw):
        specs.append(dict(cls=cls, text=text, label=label, tags=set(tags), hs=hs, **kw))

    def spread(n, lo, hi):
        return [rng.randint(lo, hi) for _ in range(n)]

    # complaints: 2 at >= 60 days, 11 after the current stage was reminded
    dpds = [66, 83] + spread(20, 2, 52)
    modes = ["current"] * 11 + ["earlier"] * 5 + ["none"] * 6
    rng.shuffle(modes)
    for i, t in enumerate(T.COMPLAINTS):
        add("complaint", t, D, {"dispute"}, dpd=dpds[i], rem=modes[i])
    # paid claims: 15 of 22 after the current stage was reminded
    dpds = spread(22, 3, 56)
    modes = ["current"] * 15 + ["earlier"] * 4 + ["none"] * 3
    rng.shuffle(modes)
    for i, t in enumerate(T.PAID_CLAIMS):
        add("paid_claim", t, D, {"dispute"}, dpd=dpds[i], rem=modes[i])
    # promises: 11 of 22 with the current stage not yet reminded
    dpds = spread(22, 2, 55)
    modes = ["current"] * 11 + ["earlier"] * 6 + ["none"] * 5
    rng.shuffle(modes)
    for i, t in enumerate(T.PROMISES):
        add("promise", t, N, {"promise"}, dpd=dpds[i], rem=modes[i], promise=True)
    # hardship: < 60 days, the current stage never reminded; two with one earlier partial
    dpds = spread(22, 2, 56)
    modes = ["earlier"] * 12 + ["none"] * 10
    rng.shuffle(modes)
    for i, t in enumerate(T.HARDSHIP):
        add("hardship", t, P, {"plan"}, dpd=dpds[i], rem=modes[i],
            partials=[0.25] if i in (4, 15) else [])

    # hard stops (16)
    lg = T.LEGAL
    add("hard_stop", lg[0], HS("high_touch_escalation", "likely_dispute", "routine_reminder"),
        {"legal", "dispute"}, hs="legal_hold", dpd=18, rem="earlier")
    add("hard_stop", None, HS("high_touch_escalation", "likely_dispute", "routine_reminder"),
        {"legal"}, hs="legal_hold", world="wool", cust="dunedin", dpd=33, rem="earlier",
        notes=[lg[1]])
    add("hard_stop", lg[2], HS("high_touch_escalation", "likely_dispute", "routine_reminder"),
        {"legal"}, hs="legal_hold", dpd=24, rem="current")
    add("hard_stop", None, HS("high_touch_escalation", "likely_dispute"),
        {"legal", "dnote"}, hs="legal_hold", world="snow", fx=True, dpd=41, rem="earlier",
        notes=[lg[3]], cf="Disputed")
    add("hard_stop", None, HS("likely_dispute"), {"dnote"}, hs="open_dispute", world="sail",
        dpd=12, rem="none", cf="Disputed")
    add("hard_stop", None, HS("likely_dispute", "high_touch_escalation"), {"dnote"},
        hs="open_dispute", world="wool", fx=True, dpd=20, rem="earlier", cf="DISPUTED",
        amt=9360.0)
    add("hard_stop", None, HS("likely_dispute"), {"dnote"}, hs="open_dispute", world="wool",
        dpd=16, rem="earlier", notes=[T.DISPUTE_NOTES[0]])
    add("hard_stop", None, HS("likely_dispute"), {"dnote"}, hs="open_dispute", world="snow",
        dpd=27, rem="earlier",
        notes=[T.DISPUTE_NOTES[1], ("snow", "N: Dana Kowalski\n" + T.UNRELATED_NOTES[0])])
    add("hard_stop", T.OVER_PROMISE[0], HS("high_touch_escalation"), {"promise"},
        hs="over_risk_threshold", dpd=15, rem="earlier", amt=12400.0, promise=True)
    add("hard_stop", None, HS("high_touch_escalation"), set(), hs="over_risk_threshold",
        world="wool", fx=True, dpd=22, rem="earlier", amt=9300.0, rate_only=True)
    add("hard_stop", None, HS("high_touch_escalation"), set(), hs="over_risk_threshold",
        world="sail", fx=True, dpd=9, rem="none", amt=8840.0, unapplied="cover")
    add("hard_stop", None, HS("routine_reminder", "high_touch_escalation", "likely_dispute"),
        set(), hs="unapplied_credit", world="snow", dpd=11, rem="earlier", unapplied="cover")
    add("hard_stop", None, HS("routine_reminder", "high_touch_escalation", "likely_dispute"),
        set(), hs="unapplied_credit", world="sail", dpd=19, rem="earlier", unapplied="part",
        cm="rest")
    add("hard_stop", T.UNAPPLIED_PAID[0],
        HS("routine_reminder", "high_touch_escalation", "likely_dispute"), {"dispute"},
        hs="unapplied_credit", dpd=35, rem="none", unapplied="cover", no_email=True)
    add("hard_stop", None, HS("routine_reminder", "high_touch_escalation"), set(),
        hs="missing_context", world="snow", dpd=10, rem="none", no_email=True)
    add("hard_stop", None, HS("routine_reminder", "high_touch_escalation"), set(),
        hs="missing_context", world="wool", dpd=None, rem="none", no_due=True)

    # escalations (5)
    add("escalation", None, H, set(), world="snow", dpd=64, rem="none")
    add("escalation", None, H, set(), world="sail", fx=True, dpd=118, rem="three_old")
    add("escalation", None, H, set(), world="wool", dpd=23, rem="three")
    add("escalation", None, H, {"noauto"}, world="snow", cust="hosp", dpd=16, rem="none",
        cust_notes="Key account - all collections contact handled personally by the account "
                   "owner. No automated reminders.")
    add("escalation", None, H, {"noauto"}, world="sail", cust="cnm", dpd=9, rem="none",
        notes=[T.NOAUTO_NOTE[0]])

    # routine (10): six silent, four harmless replies
    add("routine", None, R, set(), world="snow", dpd=3, rem="none")
    add("routine", None, R, set(), world="sail", dpd=8, rem="stages:1")
    add("routine", None, R, set(), world="wool", fx=True, dpd=17, rem="stages:1,7")
    add("routine", None, R, set(), world="snow", fx=True, dpd=34, rem="stages:7,14")
    add("routine", None, R, set(), world="sail", fx=True, dpd=10, rem="none")
    add("routine", None, R, set(), world="wool", dpd=38, rem="none")
    for t, d, m in zip(T.HARMLESS, [12, 20, 31, 5], ["earlier", "earlier", "none", "none"]):
        add("routine", t, RH, set(), dpd=d, rem=m)
    # benign (5), unread (5)
    for t in T.BENIGN:
        add("benign", t, RH, set(), dpd=rng.randint(3, 45), rem="none")
    for t in T.UNREAD:
        add("unread", t, RH, set(), dpd=rng.randint(8, 50), rem="earlier", email_same_day=True)
    # no action (4)
    add("no_action", None, N, set(), world="snow", dpd=20, rem="stages:1,7", paid_full=True)
    add("no_action", None, N, set(), world="wool", dpd=-6, rem="none")
    add("no_action", None, N, set(), world="sail", fx=True, dpd=0, rem="none")
    add("no_action", None, N, set(), world="snow", dpd=9, rem="stages:1,7")
    # injections (4), other invoice (4)
    for t in T.INJECTIONS:
        add("injection", t, INJ, {"inj"}, dpd=rng.randint(4, 40), rem="earlier")
    for i, t in enumerate(T.OTHER_INVOICE):
        add("other_invoice", t, RH, set(), dpd=rng.randint(4, 40), rem="none",
            other="paid" if i == 3 else "open")

    # mixed (28)
    M = T.MIXED
    add("mixed", M["negated"], RH, set(), dpd=9, rem="none")
    add("mixed", M["hypothetical"], RH, set(), dpd=15, rem="stages:1,7")
    add("mixed", M["retracted"], RH, set(), dpd=21, rem="earlier")
    add("mixed", M["settled_note"], RH, set(), dpd=13, rem="stages:1", cm_applied=0.2)
    add("mixed", M["forwarded_fixed"], RH, set(), dpd=8, rem="none")
    add("mixed", M["resolved_note"], RH, set(), dpd=26, rem="stages:7")
    add("mixed", M["promise_passed"], R, set(), dpd=19, rem="stages:1", passed=True)
    add("mixed", M["promise_60"], H, {"promise"}, dpd=67, rem="stages:30", promise=True)
    add("mixed", M["plan_60"], H, {"plan"}, dpd=72, rem="none")
    add("mixed", M["plan_reminded"], N, {"plan"}, dpd=16, rem="current")
    add("mixed", M["no_plan_needed"], N, {"promise"}, dpd=11, rem="none", promise=True)
    add("mixed", M["need_until"], PN, {"plan", "promise"}, dpd=18, rem="none", promise=True)
    add("mixed", M["dated_halves"], PN, {"plan", "promise"}, dpd=25, rem="earlier",
        promise=True)
    add("mixed", M["undated_run"], NR, set(), dpd=14, rem="none")
    add("mixed", M["promise_stop"], NH, {"promise"}, dpd=22, rem="current", promise=True)
    add("mixed", M["phoned_promise"], NR, {"promise"}, dpd=12, rem="none", promise=True)
    add("mixed", M["paid_to_promise"], NDH, {"promise"}, dpd=31, rem="current", promise=True)
    add("mixed", M["privileged_footer"], N, {"promise"}, dpd=8, rem="none", promise=True)
    add("mixed", M["three_broken_reply"], RH, set(), dpd=36, rem="three_reply")
    add("mixed", M["three_broken_note"], R, set(), dpd=33, rem="three_reply")
    add("mixed", None, R, set(), world="wool", dpd=37, rem="three_pay", partials=[0.3])
    add("mixed", None, P, set(), world="snow", dpd=29, rem="stages:1,7", partials=[0.2, 0.25])
    add("mixed", None, R, set(), world="sail", fx=True, dpd=13, rem="stages:1",
        partials=[0.4])
    add("mixed", None, R, set(), world="wool", dpd=6, rem="none", cf="Reminder sent")
    add("mixed", None, R, set(), world="snow", fx=True, dpd=20, rem="stages:7", amt=11800.0)
    add("mixed", None, R, set(), world="sail", dpd=31, rem="stages:7,14", unapplied="small")
    add("mixed", M["not_yet_due_complaint"], ND, {"dispute"}, dpd=-5, rem="none")
    add("mixed", M["collector_email"], RN, set(), dpd=10, rem="stages:1")
    return specs


# ---------------------------------------------------------------- building
def parse_text(text: str) -> list[dict]:
    msgs = []
    for part in text.split("\n=====\n"):
        lines = part.split("\n")
        head = lines[0]
        kind, first = head[0], head[3:]
        rest = lines[1:]
        sender = None
        if rest and rest[0].startswith("F: "):
            sender = rest[0][3:]
            rest = rest[1:]
        msgs.append({"kind": kind, "head": first, "sender": sender, "body": "\n".join(rest)})
    return msgs


def pick_customer(rng, world, fx, cust, text_body):
    W = WORLDS[world]
    if cust:
        return next(c for c in W["customers"] if c[0] == cust)
    for name, key in NAME_PINS[world].items():
        if text_body and re.search(r"(^|[\s,-])" + re.escape(name) + r"(\s|$|[,.(!])",
                                   text_body.split("\n")[-1] + "\n" + text_body[-60:]):
            c = next(c for c in W["customers"] if c[0] == key)
            if (c[4] != W["home"]) == fx:
                return c
    cur = W["foreign"] if fx else W["home"]
    pool = [c for c in W["customers"] if c[4] == cur and c[0] not in NAME_PINS[world].values()]
    return rng.choice(pool)


def iso_ts(d: dt.date, hh: int, mm: int, tz: str) -> str:
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}:00{tz}"


def money(x):
    return round(x + 1e-9, 2)


def build_case(n: int, spec: dict, rng: random.Random) -> tuple[dict, dict, dict]:
    text = spec["text"]
    if text is not None:
        wtag, raw = text
    else:
        wtag, raw = spec["world"], None
    m = re.match(r"(\w+)(?::(\w+))?(?:/(\w+))?$", wtag)
    world, fxcur, pin = m.group(1), m.group(2), m.group(3)
    W = WORLDS[world]
    fx = bool(fxcur) or spec.get("fx", False)
    cust = spec.get("cust") or pin
    c = pick_customer(rng, world, fx, cust, raw or "")
    ckey, cname, cdom, clocal, ccur = c
    fx = ccur != W["home"]
    tz = W["tz"]
    as_of = dt.date(2026, 12, rng.choice(AS_OF_DAYS))
    dpd = spec["dpd"]
    no_due = spec.get("no_due", False)
    due = as_of - dt.timedelta(days=dpd) if dpd is not None else as_of - dt.timedelta(days=12)
    txn = due - dt.timedelta(days=30)
    rate = W["rate"] if fx else None
    lo, hi = W["foreign_range"] if fx else W["home_range"]
    if fx:  # keep the home amount under the threshold unless the case sets the amount
        hi = min(hi, int(9400 / rate))
    total = spec.get("amt") or money(rng.randint(lo * 100, hi * 100) / 100)
    total = money(total)

    inv_id = str(5000 + n)
    doc = {"sail": "VG-", "snow": "NL", "wool": "WS"}[world] + str(26400 + n * 7)
    cref = {"name": cname, "value": str(300 + n)}
    email_addr = f"{clocal}@{cdom}"

    # reminders
    stage = max([s for s in STAGES if dpd is not None and dpd >= s], default=None)
    reached = [s for s in STAGES if dpd is not None and dpd >= s]
    mode = spec["rem"]
    if mode == "none":
        rstages = []
    elif mode == "current":
        earlier = [s for s in reached if s != stage]
        rstages = sorted(rng.sample(earlier, min(len(earlier), rng.randint(0, 1))) + [stage])
    elif mode == "earlier":
        earlier = [s for s in reached if s != stage]
        if not earlier:
            rstages = []
        else:
            rstages = sorted(rng.sample(earlier, min(len(earlier), rng.randint(1, 2))))
    elif mode.startswith("stages:"):
        rstages = [int(x) for x in mode[7:].split(",")]
    elif mode == "three":
        rstages = [1, 7, 14]
    elif mode == "three_old":
        rstages = [14, 30, 60]
    elif mode in ("three_reply", "three_pay"):
        rstages = [1, 7, 14]
    else:
        raise ValueError(mode)
    reminders = []
    for s in rstages:
        room = min(2, (as_of - (due + dt.timedelta(days=s))).days)
        d = due + dt.timedelta(days=s + rng.randint(0, max(0, room)))
        reminders.append({"date": iso_ts(d, 9, 0, tz), "stage": s})
    last_rem = max([dt.date.fromisoformat(r["date"][:10]) for r in reminders], default=None)
    first_rem = min([dt.date.fromisoformat(r["date"][:10]) for r in reminders], default=None)

    # payments on this invoice
    payments, credit_memos = [], []
    applied = 0.0
    pay_id = 60000 + n * 10
    linked = []
    partial_dates = []
    for k, frac in enumerate(spec.get("partials", [])):
        amt = money(total * frac)
        if mode == "three_pay":
            pd_ = first_rem + dt.timedelta(days=3)
        else:
            pd_ = txn + dt.timedelta(days=10 + 5 * k)
            if pd_ > as_of:
                pd_ = as_of - dt.timedelta(days=1)
        partial_dates.append(pd_)
        pid = str(pay_id + k)
        payments.append(payment(pid, cref, amt, pd_, [(inv_id, "Invoice", amt)], 0.0, tz,
                                fx and ccur, rate))
        linked.append({"TxnId": pid, "TxnType": "Payment"})
        applied += amt
    if spec.get("cm_applied"):
        amt = money(total * spec["cm_applied"])
        cm_id = str(7000 + n)
        cd = first_rem or as_of - dt.timedelta(days=5)
        credit_memos.append(creditmemo(cm_id, cref, amt, 0.0, cd, doc + "-CR", tz, fx and ccur,
                                       rate, world))
        pid = str(pay_id + 5)
        payments.append(payment(pid, cref, 0.0, cd, [(inv_id, "Invoice", amt),
                                                    (cm_id, "CreditMemo", amt)], 0.0, tz,
                                fx and ccur, rate))
        linked.append({"TxnId": pid, "TxnType": "Payment"})
        applied += amt
    balance = money(total - applied)
    if spec.get("paid_full"):
        pid = str(pay_id + 6)
        pd_ = as_of - dt.timedelta(days=2)
        payments.append(payment(pid, cref, balance, pd_, [(inv_id, "Invoice", balance)], 0.0,
                                tz, fx and ccur, rate))
        linked.append({"TxnId": pid, "TxnType": "Payment"})
        applied += balance
        balance = 0.0
    ua = spec.get("unapplied")
    if ua:
        if ua == "cover":
            uamt = balance
        elif ua == "part":
            uamt = money(balance * 0.6)
        else:
            uamt = money(balance * 0.15)
        pid = str(pay_id + 7)
        payments.append(payment(pid, cref, uamt, as_of - dt.timedelta(days=4), [], uamt, tz,
                                fx and ccur, rate))
        if spec.get("cm") == "rest":
            credit_memos.append(creditmemo(str(7100 + n), cref, money(balance - uamt),
                                           money(balance - uamt), as_of - dt.timedelta(days=6),
                                           doc + "-CM", tz, fx and ccur, rate, world))

    item = rng.choice(W["items"])
    inv = invoice(inv_id, doc, cref, total, balance, txn, None if no_due else due, item, tz,
                  ccur if fx else None, rate, spec.get("rate_only", False),
                  None if spec.get("no_email") else email_addr, linked, spec.get("cf"))

    # history: two paid invoices, plus another invoice for the other-invoice cases
    invoices = []
    hist_n = 2
    for h in range(hist_n):
        hid = str(70000 + n * 10 + h)
        hdue = txn - dt.timedelta(days=20 + 31 * h)
        hamt = money(rng.randint(lo * 100, min(hi, 6000) * 100) / 100)
        hpid = str(pay_id + 8 - h * 0) if h == 0 else str(pay_id + 9)
        hpd = hdue + dt.timedelta(days=rng.randint(-3, 12))
        invoices.append(invoice(hid, doc[:-3] + str(int(doc[-3:]) - 40 - h * 20) if False else
                                f"{doc}-H{h + 1}", cref, hamt, 0.0, hdue - dt.timedelta(days=30),
                                hdue, rng.choice(W["items"]), tz, ccur if fx else None, rate,
                                False, email_addr, [{"TxnId": hpid, "TxnType": "Payment"}], None))
        payments.append(payment(hpid, cref, hamt, hpd, [(hid, "Invoice", hamt)], 0.0, tz,
                                fx and ccur, rate))
    other_doc = None
    if spec.get("other"):
        oid = str(70000 + n * 10 + 5)
        other_doc = f"{doc[:-2]}{int(doc[-2:]) + 3:02d}" if False else doc + "-B"
        odue = due - dt.timedelta(days=9)
        oamt = money(rng.randint(lo * 100, min(hi, 5000) * 100) / 100)
        if spec["other"] == "paid":
            opid = str(pay_id + 4)
            opd = odue + dt.timedelta(days=3)
            invoices.append(invoice(oid, other_doc, cref, oamt, 0.0, odue - dt.timedelta(days=30),
                                    odue, rng.choice(W["items"]), tz, ccur if fx else None,
                                    rate, False, email_addr,
                                    [{"TxnId": opid, "TxnType": "Payment"}], None))
            payments.append(payment(opid, cref, oamt, opd, [(oid, "Invoice", oamt)], 0.0, tz,
                                    fx and ccur, rate))
        else:
            invoices.append(invoice(oid, other_doc, cref, oamt, oamt, odue - dt.timedelta(days=30),
                                    odue, rng.choice(W["items"]), tz, ccur if fx else None,
                                    rate, False, email_addr, [], None))

    # messages
    msgs_raw = []
    if raw is not None:
        msgs_raw += [(raw, m_) for m_ in parse_text(raw)]
    for nt in spec.get("notes", []):
        msgs_raw += [(nt[1], m_) for m_ in parse_text(nt[1])]
    emails, notes = [], []
    meta = {"world": world, "customer": ckey, "pdate": None, "pdate_str": None,
            "wrapped": None}
    # message dates
    k = len(msgs_raw)
    if k:
        earliest = max(txn + dt.timedelta(days=2), as_of - dt.timedelta(days=12))
        if last_rem and last_rem > earliest:
            earliest = last_rem
        if mode in ("three_reply",):
            earliest = first_rem + dt.timedelta(days=1)
            latest = as_of
        if spec.get("passed"):
            earliest = min(earliest, as_of - dt.timedelta(days=7))
            latest = as_of - dt.timedelta(days=5)
            earliest = max(earliest, last_rem or earliest)
        else:
            latest = as_of
        if spec.get("email_same_day"):
            start = last_rem
        else:
            start = earliest + dt.timedelta(days=rng.randint(0, max(0, (latest - earliest).days
                                                                   - (k - 1))))
        dates = [min(start + dt.timedelta(days=j), latest) for j in range(k)]
    # promise date
    if spec.get("promise"):
        last_msg = dates[-1]
        cands = [dt.date(2026, 12, d) for d in PROMISE_DAYS if dt.date(2026, 12, d) > as_of
                 and (dt.date(2026, 12, d) - last_msg).days >= 3]
        pdate = rng.choice(cands)
        meta["pdate"] = pdate.isoformat()
    odate = None
    if spec.get("passed"):
        odate = dates[-1] + dt.timedelta(days=3)
        meta["odate"] = odate.isoformat()
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    paid_d = (dates[0] if k else as_of) - dt.timedelta(days=rng.randint(6, 16))
    if spec.get("other") == "paid":
        paid_d = opd
    if paid_d <= txn:
        paid_d = txn + dt.timedelta(days=1)
    local = {"sail": "dmy", "snow": "mdy", "wool": "dmy"}[world]

    for j, (full, msg) in enumerate(msgs_raw):
        d = dates[j]
        body = msg["body"]
        head = msg["head"]
        notice = msg["sender"] is not None

        def pstyle(s, body=body, notice=notice, d=d):
            pos = s.find("{pdate}")
            before = s[max(0, pos - 4):pos]
            if notice:
                return rng.choice(["iso", "us_full" if world == "snow" else "long"])
            if before.endswith(("le ", "du ")):
                return rng.choice(["dmy", "fr", "iso"])
            if before.endswith("the "):
                return rng.choice(["mdy", "iso"] if world == "snow" else ["dmy", "dot", "iso"])
            opts = (["iso", "mdy", "us_long", "us_full", "short", "nth"] if world == "snow"
                    else ["iso", "dmy", "dot", "long", "short", "nth"])
            if (pdate - d).days <= 6:
                opts.append("wd")
            return rng.choice(opts)

        fill = {
            "inv": doc, "bal": fmt_money(balance, ccur), "ref": ref,
            "paid": fmt_date(paid_d, "iso" if notice else local), "other": other_doc or "",
            "domain": cdom, "company": cname, "chk": str(rng.randint(10200, 48999)),
        }
        if spec.get("promise"):
            style = meta.get("pstyle") or pstyle(body)
            meta["pstyle"] = style
            fill["pdate"] = fmt_date(pdate, style)
            meta["pdate_str"] = fill["pdate"]
        if odate:
            fill["odate"] = fmt_date(odate, "us_long")
        sub = lambda s: re.sub(r"\{(inv|bal|pdate|ref|paid|other|odate|domain|company|chk)\}",  # noqa: E731
                               lambda mm: fill[mm.group(1)], s)
        body_f, head_f = sub(body), sub(head)
        ts = iso_ts(d, 10 + j * 2 + rng.randint(0, 3), rng.randint(0, 59), tz)
        if msg["kind"] == "N":
            notes.append({"author": head_f, "date": ts, "text": body_f})
            continue
        if msg["kind"] == "U":
            emails.append({"from": W["us"], "to": email_addr, "date": ts, "subject": head_f,
                           "body": body_f})
            continue
        # customer email; maybe wrapped
        single = len(msgs_raw) == 1 and not notice and spec["cls"] not in (
            "injection", "unread") and "Forwarded" not in body_f
        frm = sub(msg["sender"]) if notice else email_addr
        if single:
            w = rng.random()
            if w < 0.2:
                body_f += sub(SIGNATURES[world]).replace("{company}", cname)
                meta["wrapped"] = "signature"
            elif w < 0.32:
                body_f += FOOTER
                meta["wrapped"] = "footer"
            elif w < 0.42 and reminders:
                r0 = reminders[-1]
                body_f += (f"\n\nOn {r0['date'][:10]}, {W['company']} <{W['us']}> wrote:\n"
                           f"> Hello,\n> Our records show invoice {doc} for "
                           f"{fmt_money(balance, ccur)} is past due.\n"
                           f"> Could you let us know when we can expect payment?\n"
                           f"> {W['collector']}")
                meta["wrapped"] = "quoted"
            elif w < 0.5:
                frm = f"accounts@{cdom}" if clocal != "accounts" else f"office@{cdom}"
                body_f = (f"Forwarding this on from our side, see below.\n\n---------- Forwarded "
                          f"message ---------\nFrom: {email_addr}\nDate: {d.isoformat()}\n"
                          f"Subject: {head_f}\n\n" + body_f)
                head_f = "Fwd: " + head_f
                meta["wrapped"] = "forward"
        emails.append({"from": frm, "to": W["us"], "date": ts, "subject": head_f,
                       "body": body_f})

    customer = {
        "Active": True, "Balance": money(balance + sum(i_["Balance"] for i_ in invoices)),
        "CompanyName": cname,
        "CurrencyRef": {"name": CURNAMES[ccur], "value": ccur},
        "DisplayName": cname, "Id": cref["value"],
        "MetaData": {"CreateTime": f"2023-03-0{1 + n % 9}T10:15:00{tz}",
                     "LastUpdatedTime": f"2026-11-2{n % 9}T10:15:00{tz}"},
        "Notes": spec.get("cust_notes", ""),
        "SyncToken": str(2 + n % 4),
    }
    if not spec.get("no_email"):
        customer["PrimaryEmailAddr"] = {"Address": email_addr}
    case = {
        "id": f"tn-{n:04d}", "as_of": as_of.isoformat(), "home_currency": W["home"],
        "invoice": inv, "customer": customer, "invoices": invoices,
        "payments": sorted(payments, key=lambda p: p["Id"]), "credit_memos": credit_memos,
        "emails": emails, "crm_notes": notes, "reminders_sent": reminders,
    }
    exp = {"class": spec["cls"], "hard_stop": spec["hs"], "id": case["id"],
           "outcome": spec["label"]["outcome"], "route": spec["label"]["route"]}
    return case, exp, meta


CURNAMES = {"EUR": "Euro", "GBP": "British Pound Sterling", "USD": "United States Dollar",
            "CAD": "Canadian Dollar", "NZD": "New Zealand Dollar", "AUD": "Australian Dollar"}


def invoice(iid, doc, cref, total, balance, txn, due, item, tz, fxcur, rate, rate_only, email,
            linked, cf):
    desc, iname = item
    inv = {
        "Balance": balance,
        "CurrencyRef": {"value": fxcur} if fxcur else None,
        "CustomField": ([{"DefinitionId": "2", "Name": "Collections Status",
                          "StringValue": cf, "Type": "StringType"}] if cf else []),
        "CustomerRef": cref, "DocNumber": doc, "DueDate": due.isoformat() if due else None,
        "EmailStatus": "EmailSent", "Id": iid,
        "Line": [
            {"Amount": total, "Description": desc, "DetailType": "SalesItemLineDetail",
             "Id": "1", "LineNum": 1,
             "SalesItemLineDetail": {"ItemRef": {"name": iname, "value": "1"}, "Qty": 1,
                                     "UnitPrice": total}},
            {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
        ],
        "LinkedTxn": linked,
        "MetaData": {"CreateTime": f"{txn.isoformat()}T09:00:00{tz}",
                     "LastUpdatedTime": f"{txn.isoformat()}T09:00:00{tz}"},
        "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"},
        "SyncToken": "1", "TotalAmt": total, "TxnDate": txn.isoformat(),
    }
    return inv


def payment(pid, cref, total, d, lines, unapplied, tz, fxcur, rate):
    p = {
        "CustomerRef": cref, "Id": pid,
        "Line": [{"Amount": a, "LinkedTxn": [{"TxnId": t, "TxnType": ty}]} for t, ty, a in lines],
        "MetaData": {"CreateTime": f"{d.isoformat()}T10:15:00{tz}",
                     "LastUpdatedTime": f"{d.isoformat()}T10:15:00{tz}"},
        "SyncToken": "0", "TotalAmt": total, "TxnDate": d.isoformat(), "UnappliedAmt": unapplied,
    }
    if fxcur:
        p["CurrencyRef"] = {"value": fxcur}
        p["ExchangeRate"] = rate
    return p


def creditmemo(cid, cref, total, balance, d, doc, tz, fxcur, rate, world):
    cm = {
        "Balance": balance, "CustomerRef": cref, "DocNumber": doc, "Id": cid,
        "Line": [{"Amount": total, "Description": "Credit - goodwill", "DetailType":
                  "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                  "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "9"},
                                          "Qty": 1, "UnitPrice": total}},
                 {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
        "MetaData": {"CreateTime": f"{d.isoformat()}T10:15:00{tz}",
                     "LastUpdatedTime": f"{d.isoformat()}T10:15:00{tz}"},
        "RemainingCredit": balance, "SyncToken": "0", "TotalAmt": total,
        "TxnDate": d.isoformat(),
    }
    if fxcur:
        cm["CurrencyRef"] = {"value": fxcur}
        cm["ExchangeRate"] = rate
    return cm


def finish_invoice(inv, home, rate, rate_only):
    """Fills CurrencyRef, ExchangeRate and HomeBalance once the balance is known."""
    if inv["CurrencyRef"] is None:
        inv["CurrencyRef"] = {"value": home}
    else:
        inv["ExchangeRate"] = rate
        if not rate_only:
            inv["HomeBalance"] = money(inv["Balance"] * rate)
            inv["HomeTotalAmt"] = money(inv["TotalAmt"] * rate)
    if inv["DueDate"] is None:
        del inv["DueDate"]
    if "BillEmail" not in inv:
        pass


# ---------------------------------------------------------------- facts and the SPEC order
def days(d: str) -> dt.date:
    return dt.date.fromisoformat(d[:10])


def facts(case: dict) -> dict:
    inv = case["invoice"]
    as_of = days(case["as_of"])
    due = inv.get("DueDate")
    dpd = (as_of - days(due)).days if due else None
    stage = max([s for s in STAGES if dpd is not None and dpd >= s], default=None)
    rem = case["reminders_sent"]
    reminded = stage is not None and any(r["stage"] == stage for r in rem)
    if "HomeBalance" in inv:
        home = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        home = inv["Balance"] * inv["ExchangeRate"]
    else:
        home = inv["Balance"]
    credit = sum(p["UnappliedAmt"] for p in case["payments"]) + sum(
        c["Balance"] for c in case["credit_memos"])
    address = bool(inv.get("BillEmail", {}).get("Address") or
                   case["customer"].get("PrimaryEmailAddr", {}).get("Address"))
    cf = next((f.get("StringValue", "") for f in inv.get("CustomField", [])
               if f.get("Name") == "Collections Status"), "")
    partials = [p for p in case["payments"] if p["TotalAmt"] > 0 and any(
        lt["TxnId"] == inv["Id"] and lt["TxnType"] == "Invoice"
        for ln in p["Line"] for lt in ln["LinkedTxn"])]
    three = False
    if len(rem) >= 3:
        first = min(days(r["date"]) for r in rem)
        us = case["_us"]
        act = [days(p["TxnDate"]) for p in partials]
        act += [days(e["date"]) for e in case["emails"] if e["from"] != us]
        act += [days(nt["date"]) for nt in case["crm_notes"]]
        three = not any(a >= first for a in act)
    return {"balance": inv["Balance"], "dpd": dpd, "stage": stage, "reminded": reminded,
            "home": home, "cover": inv["Balance"] > 0 and credit >= inv["Balance"],
            "address": address, "due": bool(due), "cf": cf, "partials": len(partials),
            "three": three, "n_rem": len(rem)}


def derive(f: dict, tags: set, promise_ahead: bool) -> tuple[str, str, str | None]:
    """SPEC's order applied to the structural facts and the case's semantic tags."""
    if f["balance"] <= 0 or (f["due"] and f["dpd"] < 1):
        return "none", "no_action", None
    if "dispute" in tags:
        cls = "likely_dispute"
    elif "dnote" in tags or f["cf"].lower() == "disputed":
        cls = "likely_dispute"
    elif (f["due"] and f["dpd"] >= 60) or f["three"] or "noauto" in tags or "inj" in tags \
            or f["home"] >= THRESHOLD:
        cls = "high_touch_escalation"
    elif "plan" in tags or f["partials"] >= 2:
        cls = "payment_plan_candidate"
    else:
        cls = "routine_reminder"
    stop = None
    if "legal" in tags:
        stop = "legal_hold"
    elif f["cf"].lower() == "disputed" or "dnote" in tags:
        stop = "open_dispute"
    elif f["home"] >= THRESHOLD:
        stop = "over_risk_threshold"
    elif f["cover"]:
        stop = "unapplied_credit"
    elif not f["address"] or not f["due"]:
        stop = "missing_context"
    if stop:
        return "escalate_to_human", cls, stop
    if cls in ("likely_dispute", "high_touch_escalation"):
        return "escalate_to_human", cls, None
    if f["reminded"] or promise_ahead:
        return "none", "no_action", None
    return "draft_for_approval", cls, None


def check(case: dict, exp: dict, spec: dict, meta: dict) -> None:
    f = facts(case)
    as_of = days(case["as_of"])
    msgs = case["emails"] + case["crm_notes"]
    promise_ahead = False
    if meta["pdate"]:
        pd_ = dt.date.fromisoformat(meta["pdate"])
        assert pd_ > as_of and pd_.weekday() < 5, (case["id"], "promise date")
        assert all(pd_ > days(m_["date"]) for m_ in msgs), (case["id"], "promise before message")
        text = "\n".join(m_.get("body", m_.get("text", "")) for m_ in msgs)
        assert meta["pdate_str"] in text, (case["id"], "promise date not in text")
        promise_ahead = True
    if meta.get("odate"):
        assert days(meta["odate"]) < as_of, (case["id"], "passed promise date ahead")
    route, outcome, stop = derive(f, spec["tags"], promise_ahead)
    assert route in exp["route"], (case["id"], "route", route, exp, f)
    assert outcome in exp["outcome"], (case["id"], "outcome", outcome, exp, f)
    assert stop == exp["hard_stop"], (case["id"], "hard stop", stop, exp, f)
    if stop:
        assert exp["route"] == ["escalate_to_human"], case["id"]
    if exp["class"] in HARD_CLASSES:
        assert len(exp["route"]) == 1 and len(exp["outcome"]) == 1, case["id"]
        assert f["home"] < THRESHOLD and not f["cover"] and f["address"] and f["due"], case["id"]
        assert not f["three"], case["id"]
    if exp["class"] in ("promise", "hardship"):
        assert f["dpd"] < 60, case["id"]
    if exp["class"] == "hardship":
        assert not f["reminded"], case["id"]
    if exp["class"] == "promise":
        assert promise_ahead, case["id"]
    if exp["class"] == "unread":
        assert f["n_rem"] >= 1 and not f["reminded"], case["id"]
    cm = {"complaint": D, "paid_claim": D, "promise": N, "hardship": P, "escalation": H,
          "no_action": N, "injection": INJ}
    if exp["class"] in cm:
        want = cm[exp["class"]]
        assert exp["route"] == want["route"] and exp["outcome"] == want["outcome"], case["id"]


KEYS = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
        "credit_memos", "emails", "crm_notes", "reminders_sent"}
ROUTES = {"draft_for_approval", "escalate_to_human", "none"}
OUTCOMES = {"routine_reminder", "likely_dispute", "payment_plan_candidate",
            "high_touch_escalation", "no_action"}
STOPS = {None, "legal_hold", "open_dispute", "over_risk_threshold", "unapplied_credit",
         "missing_context"}
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def wellformed(case: dict, exp: dict) -> None:
    cid = case["id"]
    assert set(case) == KEYS, (cid, set(case) ^ KEYS)
    dt.date.fromisoformat(case["as_of"])
    as_of = days(case["as_of"])
    home = case["home_currency"]
    cust = case["customer"]
    ccur = cust["CurrencyRef"]["value"]
    for k in ("Id", "DisplayName", "CurrencyRef", "Active", "Balance", "SyncToken", "MetaData"):
        assert k in cust, (cid, k)
    all_inv = [case["invoice"]] + case["invoices"]
    docs = [i["DocNumber"] for i in all_inv] + [c["DocNumber"] for c in case["credit_memos"]]
    assert len(docs) == len(set(docs)), cid
    ids = {}
    for i in all_inv:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "Line",
                  "CustomerRef", "LinkedTxn", "CustomField", "SyncToken", "MetaData"):
            assert k in i, (cid, k)
        assert i["CustomerRef"]["value"] == cust["Id"], cid
        assert i["CurrencyRef"]["value"] == ccur, cid
        if ccur != home:
            assert isinstance(i.get("ExchangeRate"), float), cid
            if "HomeBalance" in i:
                assert abs(i["HomeBalance"] - round(i["Balance"] * i["ExchangeRate"], 2)) < 0.006
        else:
            assert "ExchangeRate" not in i and "HomeBalance" not in i, cid
        assert abs(sum(ln["Amount"] for ln in i["Line"] if ln["DetailType"] ==
                       "SalesItemLineDetail") - i["TotalAmt"]) < 0.006, cid
        assert i["Balance"] >= 0, cid
        if "DueDate" in i:
            assert days(i["DueDate"]) >= days(i["TxnDate"]), cid
        ids[(i["Id"], "Invoice")] = i
    for c in case["credit_memos"]:
        ids[(c["Id"], "CreditMemo")] = c
        assert c["CustomerRef"]["value"] == cust["Id"], cid
        assert 0 <= c["Balance"] <= c["TotalAmt"], cid
    applied = {k: 0.0 for k in ids}
    for p in case["payments"]:
        for k in ("Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef"):
            assert k in p, (cid, k)
        assert days(p["TxnDate"]) <= as_of, (cid, "payment after as_of")
        assert p["CustomerRef"]["value"] == cust["Id"], cid
        assert (p.get("CurrencyRef", {}).get("value", home)) == ccur, cid
        cash = 0.0
        for ln in p["Line"]:
            for lt in ln["LinkedTxn"]:
                key = (lt["TxnId"], lt["TxnType"])
                assert key in ids, (cid, "dangling LinkedTxn", key)
                applied[key] += ln["Amount"]
                cash += ln["Amount"] if lt["TxnType"] == "Invoice" else -ln["Amount"]
                if lt["TxnType"] == "Invoice":
                    assert {"TxnId": p["Id"], "TxnType": "Payment"} in ids[key]["LinkedTxn"], cid
        assert abs(cash + p["UnappliedAmt"] - p["TotalAmt"]) < 0.006, (cid, p["Id"])
    for (iid, ty), obj in ids.items():
        if ty == "Invoice":
            assert abs(obj["TotalAmt"] - applied[(iid, ty)] - obj["Balance"]) < 0.006, (cid, iid)
            for lt in obj["LinkedTxn"]:
                assert any(p["Id"] == lt["TxnId"] for p in case["payments"]), cid
        else:
            assert abs(obj["TotalAmt"] - applied[(iid, ty)] - obj["Balance"]) < 0.006, (cid, iid)
    for e in case["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"}, cid
        assert TS.match(e["date"]) and days(e["date"]) <= as_of, (cid, "email date")
        assert "@" in e["from"] and "@" in e["to"] and e["body"].strip(), cid
    for nt in case["crm_notes"]:
        assert set(nt) == {"author", "date", "text"}, cid
        assert TS.match(nt["date"]) and days(nt["date"]) <= as_of, cid
    seen = set()
    inv = case["invoice"]
    for r in case["reminders_sent"]:
        assert set(r) == {"date", "stage"} and r["stage"] in STAGES and TS.match(r["date"]), cid
        assert r["stage"] not in seen, cid
        seen.add(r["stage"])
        assert days(r["date"]) <= as_of, cid
        assert (days(r["date"]) - days(inv["DueDate"])).days >= r["stage"], (cid, "early rem")
    blob = json.dumps(case, ensure_ascii=False)
    assert not re.search(r"\{(inv|bal|pdate|ref|paid|other|odate|domain|company|chk)\}", blob), cid
    assert set(exp) == {"class", "hard_stop", "id", "outcome", "route"}, cid
    assert exp["id"] == cid and exp["hard_stop"] in STOPS, cid
    assert exp["route"] and set(exp["route"]) <= ROUTES, cid
    assert exp["outcome"] and set(exp["outcome"]) <= OUTCOMES, cid


def main() -> int:
    rng = random.Random(SEED)
    specs = plan_cases(rng)
    order = list(range(len(specs)))
    rng.shuffle(order)
    cases, exps, metas = [], [], []
    for n, si in enumerate(order, 1):
        spec = specs[si]
        case, exp, meta = build_case(n, spec, rng)
        W = WORLDS[meta["world"]]
        for i in [case["invoice"]] + case["invoices"]:
            fxc = i["CurrencyRef"]
            finish_invoice(i, case["home_currency"], W["rate"],
                           (spec.get("rate_only", False) or (n % 5 == 0 and not spec.get("amt")))
                           and i is case["invoice"])
            if i["CurrencyRef"]["value"] != case["home_currency"] and fxc is not None:
                pass
            addr = (case["customer"].get("PrimaryEmailAddr") or {}).get("Address")
            if addr:
                i["BillEmail"] = {"Address": addr}
            i.pop("CurrencyRef_", None)
        case["invoice"] = dict(sorted(case["invoice"].items()))
        case["invoices"] = [dict(sorted(i.items())) for i in case["invoices"]]
        case["_us"] = W["us"]
        check(case, exp, spec, meta)
        del case["_us"]
        wellformed(case, exp)
        cases.append(case)
        exps.append(exp)
        metas.append(meta)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in exps:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    if "--list" in sys.argv:
        for c, e, m_ in zip(cases, exps, metas):
            f = facts(dict(c, _us=WORLDS[m_["world"]]["us"]))
            first = (c["emails"] + c["crm_notes"])
            snippet = (first[0].get("body") or first[0].get("text", ""))[:70].replace("\n", " ") \
                if first else ""
            print(c["id"], e["class"], "/".join(e["route"]), "/".join(e["outcome"]),
                  e["hard_stop"], f"dpd={f['dpd']} st={f['stage']} rem={f['reminded']}"
                  f" n={f['n_rem']} home={f['home']:.0f} {c['invoice']['CurrencyRef']['value']}"
                  f" p={m_['pdate']} w={m_['wrapped']} {m_['customer']}", "|", snippet)
    print(f"wrote {len(cases)} cases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds the testl held-out judge set: cases.jsonl and expected.jsonl (stdlib only).

    python3 tests/data/judge_cases/testl/build.py   # rewrites both files byte for byte

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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as T  # noqa: E402

SEED = 20261219
rng = random.Random(SEED)

D = dt.date
AS_OF_DAYS = [D(2026, 12, d) for d in (14, 15, 16, 17, 18)]
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.0

# ----------------------------------------------------------------------------------------------
# worlds
# ----------------------------------------------------------------------------------------------
CUR_NAMES = {"EUR": "Euro", "CHF": "Swiss Franc", "USD": "United States Dollar",
             "CAD": "Canadian Dollar", "NZD": "New Zealand Dollar", "AUD": "Australian Dollar"}

WORLDS = {
    "bakery": dict(
        sup="Fournil Confluence Ingrédients", ar="compta@fournil-confluence.example",
        agent="Élodie", home="EUR", foreign="CHF", rate=1.06, tz="+01:00", doc="FC26-{n:04d}",
        amount=(180, 4800), famount=(200, 3900), dayfirst=True, item="Organic bakery ingredients",
        customers=[
            ("vermeil", "Boulangerie Vermeil", "boulangerie-vermeil.example", "Sophie", "EUR"),
            ("canuts", "Pâtisserie des Canuts", "patisserie-canuts.example", "Camille", "EUR"),
            ("stjean", "Le Pain de Saint-Jean", "pain-saintjean.example", "Mathieu", "EUR"),
            ("terreronde", "Épicerie Bio Terre Ronde", "terreronde.example", "Nadia", "EUR"),
            ("brosse", "Maison Brosse Traiteur", "maisonbrosse.example", "Hélène", "EUR"),
            ("kerlyon", "Crêperie Ker Lyon", "kerlyon.example", "Yann", "EUR"),
            ("caluire", "Ville de Caluire - Restauration scolaire", "caluire-restauration.example",
             "Martine", "EUR"),
            ("zurrer", "Bäckerei Zürrer AG", "baeckerei-zuerrer.example", "Urs", "CHF"),
            ("brandli", "Konditorei Brändli GmbH", "konditorei-braendli.example", "Regula", "CHF"),
            ("leman", "Boulangerie du Léman Sàrl", "boulangerie-leman.example", "Céline", "CHF"),
        ]),
    "hood": dict(
        sup="Cascade Hood & Fire LLC", ar="ar@cascadehoodfire.example", agent="Dana",
        home="USD", foreign="CAD", rate=0.72, tz="-08:00", doc="{n:05d}", amount=(350, 6500),
        famount=(400, 5200), dayfirst=False, item="Kitchen exhaust cleaning / fire suppression",
        customers=[
            ("pike", "Pike Street Noodle Bar", "pikestreetnoodle.example", "Minh", "USD"),
            ("ballard", "Ballard Smokehouse", "ballardsmokehouse.example", "Travis", "USD"),
            ("emerald", "Emerald Tower Food Hall", "emeraldtowerfoodhall.example", "Karen", "USD"),
            ("rainier", "Rainier View Senior Living", "rainierviewliving.example", "Denise", "USD"),
            ("harbor", "Harbor Grill Group", "harborgrillgroup.example", "Jessica", "USD"),
            ("fremont", "Taquería El Fremont", "elfremont.example", "Rosa", "USD"),
            ("capitol", "Capitol Hill Bagel Works", "caphillbagels.example", "Sam", "USD"),
            ("trucks", "Rolling Plate Food Trucks", "rollingplate.example", "Ana", "USD"),
            ("gastown", "Gastown Ramen House", "gastownramen.example", "Kenji", "CAD"),
            ("victoria", "Inner Harbour Hotel Victoria", "innerharbourhotel.example", "Claire",
             "CAD"),
            ("blackcomb", "Blackcomb Lodge Kitchen", "blackcomblodge.example", "Owen", "CAD"),
        ]),
    "hops": dict(
        sup="Tararua Hop Co.", ar="accounts@tararuahop.example", agent="Aroha", home="NZD",
        foreign="AUD", rate=1.12, tz="+13:00", doc="INV-{n:04d}", amount=(300, 7800),
        famount=(300, 6000), dayfirst=True, item="Hop pellets and brewing ingredients",
        customers=[
            ("cuba", "Cuba Street Brewing", "cubastreetbrewing.example", "Rawiri", "NZD"),
            ("kapiti", "Kāpiti Coast Cider", "kapiticider.example", "Hannah", "NZD"),
            ("lyall", "Lyall Bay Beer Co.", "lyallbaybeer.example", "Sione", "NZD"),
            ("nelson", "Nelson Tap Room", "nelsontaproom.example", "Jürgen", "NZD"),
            ("hutt", "Hutt Valley Homebrew Supplies", "hutthomebrew.example", "Kerry", "NZD"),
            ("petone", "Petone Wharf Brewery", "petonewharf.example", "Mereana", "NZD"),
            ("fitzroy", "Fitzroy Fermentation Pty Ltd", "fitzroyferment.example", "Lachlan", "AUD"),
            ("swan", "Swan Valley Brewhouse", "swanvalleybrew.example", "Bec", "AUD"),
            ("hobart", "Salamanca Wharf Brewing", "salamancawharf.example", "Tom", "AUD"),
            ("northern", "Northern Rivers Brewing Co.", "northernriversbrew.example", "Jess",
             "AUD"),
        ]),
}

# a text naming a customer or a kind of customer gets that customer
PINS = [
    (r"\bMandat de\b|\bmandat\b|restauration scolaire", "caluire"),
    (r"Yardi|property accounts", "emerald"),
    (r"\bhola\b", "fremont"),
    (r"food trucks", "trucks"),
    (r"ski hill", "blackcomb"),
    (r"cruise season", "victoria"),
    (r"second location in Burnaby", "gastown"),
    (r"Fitzroy Fermentation", "fitzroy"),
    (r"Swan Valley|Fremantle", "swan"),
    (r"Hobart", "hobart"),
    (r"Queensland", "northern"),
    (r"brewery in Nelson", "nelson"),
    (r"restaurant group|Queen Anne location|Accounts Payable \||AP Specialist", "harbor"),
    (r"residents|senior", "rainier"),
]
GERMAN = re.compile(r"Guten Tag|Grüezi|Freundliche|Danke|Zahlungslauf|Rechnung")
SWISS_FR = re.compile(r"Bonjour|Madame|Meilleures")


def pick_customer(world, cur, text):
    w = WORLDS[world]
    by_key = {c[0]: c for c in w["customers"]}
    for pat, key in PINS:
        if text and re.search(pat, text) and key in by_key:
            c = by_key[key]
            return c
    pool = [c for c in w["customers"] if c[4] == cur and c[0] not in ("caluire", "emerald")]
    if cur == "CHF" and text:
        if GERMAN.search(text):
            pool = [c for c in pool if c[0] in ("zurrer", "brandli")]
        elif SWISS_FR.search(text):
            pool = [c for c in pool if c[0] == "leman"]
    return rng.choice(pool)


# ----------------------------------------------------------------------------------------------
# formatting
# ----------------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def money(x, cur):
    s = f"{x:,.2f}"
    if cur == "EUR":
        return s.replace(",", " ").replace(".", ",") + " €"
    if cur == "CHF":
        return "CHF " + s.replace(",", "'")
    return {"USD": "$", "CAD": "CA$", "NZD": "NZ$", "AUD": "A$"}[cur] + s


def fmt_date(d, style):
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
    if style == "fr":
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    if style == "us":
        return f"{MONTHS[d.month - 1]} {ordinal(d.day)}"
    if style == "uslong":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "short":
        return f"{WD[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}"
    if style == "the":
        return f"the {ordinal(d.day)}"
    if style == "weekday":
        return WD[d.weekday()]
    raise ValueError(style)


def date_styles(world, text, header):
    if header.get("F"):
        return ["uslong"] if world == "hood" else ["long", "iso"]
    if GERMAN.search(text):
        return ["dot", "iso"]
    if re.search(r"\ble \{date\}|sera émis", text):
        return ["dmy", "fr"]
    if world == "hood":
        return ["iso", "mdy", "us", "uslong", "short", "the", "weekday"]
    return ["iso", "dmy", "long", "short", "the", "weekday"]


# ----------------------------------------------------------------------------------------------
# texts: parsing
# ----------------------------------------------------------------------------------------------
def parse(text):
    """-> list of messages {kind: S|U|N, head, F, body}"""
    msgs = []
    for part in text.split("\n=====\n"):
        lines = part.split("\n")
        first = lines[0]
        kind, head = first[0], first[3:]
        assert first[:3] in ("S: ", "U: ", "N: "), first
        rest = lines[1:]
        frm = None
        if rest and rest[0].startswith("F: "):
            frm = rest[0][3:]
            rest = rest[1:]
        msgs.append({"kind": kind, "head": head, "F": frm, "body": "\n".join(rest)})
    return msgs


def world_of(tag):
    w, _, rest = tag.partition(":")
    w, _, key = w.partition("/")
    return w, (rest or None), (key or None)


# ----------------------------------------------------------------------------------------------
# case specs
# ----------------------------------------------------------------------------------------------
R_DRAFT, R_ESC, R_NONE = "draft_for_approval", "escalate_to_human", "none"
O_RR, O_LD, O_PP, O_HT, O_NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                                "high_touch_escalation", "no_action")

HARMLESS_ALT = ([R_DRAFT, R_ESC], [O_RR, O_HT])


def spec(cls, label, text=None, world=None, **kw):
    s = dict(cls=cls, label=label, text=text, world=world)
    s.update(kw)
    return s


def band(dpd_lo, dpd_hi, reminded, allow_earlier=True):
    """Choose days past due in [lo, hi] and the reminders sent: the current stage reminded
    (with at least two days after it for a reply) or not."""
    for _ in range(1000):
        dpd = rng.randint(dpd_lo, dpd_hi)
        cur = max(s for s in STAGES if s <= dpd)
        earlier = [s for s in STAGES if s < cur]
        rem = []
        if allow_earlier and earlier:
            k = rng.choice([0, 1, 1, 2]) if len(earlier) >= 2 else rng.choice([0, 1])
            rem = sorted(rng.sample(earlier, min(k, len(earlier))))
        if reminded:
            if dpd - cur < 2:
                continue
            rem = sorted(set(rem) | {cur})
            if len(rem) >= 3:
                rem = rem[-2:]
        else:
            if rem and dpd - rem[-1] < 2:
                continue
        return dpd, rem
    raise RuntimeError("band")


def make_specs():
    S = []
    one = lambda r, o: ([r], [o])  # noqa: E731
    # complaints: 22; two >= 60 days; 11 after the current stage's reminder
    flags = [True] * 11 + [False] * 9
    rng.shuffle(flags)
    for i, (w, t) in enumerate(T.COMPLAINTS):
        if i in (4, 15):
            dpd, rem = (66, [30, 60]) if i == 4 else (95, [60])
        else:
            dpd, rem = band(2, 55, flags.pop())
        S.append(spec("complaint", one(R_ESC, O_LD), t, w, dpd=dpd, rem=rem, tags={"complaint"}))
    # paid claims: 22; 15 after the current stage's reminder
    flags = [True] * 15 + [False] * 7
    rng.shuffle(flags)
    for w, t in T.PAID_CLAIMS:
        dpd, rem = band(3, 58, flags.pop())
        S.append(spec("paid_claim", one(R_ESC, O_LD), t, w, dpd=dpd, rem=rem, tags={"paid"}))
    # promises: 22; 11 with the current stage not reminded
    flags = [True] * 11 + [False] * 11
    rng.shuffle(flags)
    for w, t in T.PROMISES:
        dpd, rem = band(2, 56, flags.pop())
        S.append(spec("promise", one(R_NONE, O_NA), t, w, dpd=dpd, rem=rem, tags={"promise"},
                      promise=True))
    # hardship: 22; < 60 days, current stage never reminded; two with one earlier partial
    for i, (w, t) in enumerate(T.HARDSHIP):
        dpd, rem = band(2, 57, False)
        S.append(spec("hardship", one(R_DRAFT, O_PP), t, w, dpd=dpd, rem=rem, tags={"plan"},
                      partials=1 if i in (3, 17) else 0))
    # routine: 6 silent + 4 harmless replies
    for dpd, rem, fx in ((3, [], False), (9, [1], False), (17, [1, 7], False),
                         (36, [14], True), (20, [], True), (12, [], True)):
        w = rng.choice(list(WORLDS))
        S.append(spec("routine", one(R_DRAFT, O_RR), None, w, dpd=dpd, rem=rem, foreign=fx,
                      tags=set()))
    for w, t in T.HARMLESS:
        dpd, rem = band(2, 50, False)
        S.append(spec("routine", HARMLESS_ALT, t, w, dpd=dpd, rem=rem, tags={"harmless"}))
    for w, t in T.BENIGN:
        dpd, rem = band(2, 50, False)
        S.append(spec("benign", HARMLESS_ALT, t, w, dpd=dpd, rem=rem, tags={"harmless"}))
    for w, t in T.UNREAD:
        dpd, rem = band(8, 50, False, allow_earlier=True)
        if not rem:
            cur = max(s for s in STAGES if s <= dpd)
            rem = [max(s for s in STAGES if s < cur)]
        S.append(spec("unread", HARMLESS_ALT, t, w, dpd=dpd, rem=rem, tags={"harmless"}))
    for i, (w, t) in enumerate(T.OTHER_INVOICE):
        dpd, rem = band(2, 50, False)
        S.append(spec("other_invoice", HARMLESS_ALT, t, w, dpd=dpd, rem=rem, tags={"harmless"},
                      other="paid" if i == 3 else "open"))
    for w, t in T.INJECTIONS:
        dpd, rem = band(2, 50, False)
        S.append(spec("injection", ([R_ESC], [O_LD, O_HT]), t, w, dpd=dpd, rem=rem,
                      tags={"injection"}))
    # no action: paid, not yet due, due today, current stage reminded and silent
    S.append(spec("no_action", one(R_NONE, O_NA), None, "hops", dpd=12, rem=[1, 7], paid=True,
                  tags=set()))
    S.append(spec("no_action", one(R_NONE, O_NA), None, "bakery", dpd=-6, rem=[], tags=set()))
    S.append(spec("no_action", one(R_NONE, O_NA), None, "hood", dpd=0, rem=[], tags=set()))
    S.append(spec("no_action", one(R_NONE, O_NA), None, "bakery", dpd=21, rem=[7, 14],
                  foreign=True, tags=set()))
    # escalations
    esc = one(R_ESC, O_HT)
    S.append(spec("escalation", esc, None, "bakery", dpd=64, rem=[30, 60], tags=set()))
    S.append(spec("escalation", esc, None, "hood", dpd=118, rem=[60], foreign=True, tags=set()))
    S.append(spec("escalation", esc, None, "hops", dpd=25, rem=[1, 7, 14], tags=set()))
    S.append(spec("escalation", esc, None, "hood", dpd=16, rem=[], custnotes=True,
                  tags={"noauto"}))
    S.append(spec("escalation", esc, T.ESCALATION_NOTES[0][1], "hops", dpd=10, rem=[],
                  tags={"noauto"}))
    # hard stops
    HT_LD_RR = [O_HT, O_LD, O_RR]
    L = T.LEGAL
    S.append(spec("hard_stop", ([R_ESC], HT_LD_RR, "legal_hold"), L[0][1], L[0][0], dpd=18,
                  rem=[14], tags={"legal", "complaint"}))
    S.append(spec("hard_stop", ([R_ESC], HT_LD_RR, "legal_hold"), L[1][1], L[1][0], dpd=40,
                  rem=[14, 30], tags={"legal"}))
    S.append(spec("hard_stop", ([R_ESC], HT_LD_RR, "legal_hold"), L[2][1], L[2][0], dpd=24,
                  rem=[7], tags={"legal"}))
    S.append(spec("hard_stop", ([R_ESC], [O_HT, O_LD], "legal_hold"), L[3][1], L[3][0], dpd=15,
                  rem=[7], status="Disputed", tags={"legal", "complaint"}))
    DN = T.DISPUTE_NOTES
    S.append(spec("hard_stop", ([R_ESC], [O_LD], "open_dispute"), None, "hood", dpd=11, rem=[7],
                  status="Disputed", tags=set()))
    S.append(spec("hard_stop", ([R_ESC], [O_LD, O_HT], "open_dispute"), None, "hops:AUD",
                  dpd=20, rem=[], status="DISPUTED", amount=9400.0, tags=set()))
    S.append(spec("hard_stop", ([R_ESC], [O_LD], "open_dispute"), DN[0][1], DN[0][0], dpd=9,
                  rem=[7], tags={"dispute_note"}))
    S.append(spec("hard_stop", ([R_ESC], [O_LD], "open_dispute"),
                  DN[1][1] + "\n=====\n" + DN[2][1], DN[1][0], dpd=33, rem=[14],
                  tags={"dispute_note"}))
    S.append(spec("hard_stop", ([R_ESC], [O_HT], "over_risk_threshold"), T.HS_MSGS[0][1],
                  "bakery", dpd=19, rem=[14], amount=12400.0, tags={"promise"}, promise=True))
    S.append(spec("hard_stop", ([R_ESC], [O_HT], "over_risk_threshold"), None, "hops:AUD",
                  dpd=8, rem=[], amount=9300.0, rate_only=True, tags=set()))
    S.append(spec("hard_stop", ([R_ESC], [O_HT], "over_risk_threshold"), None, "bakery:CHF",
                  dpd=13, rem=[7], amount=9600.0, unapplied="cover", tags=set()))
    S.append(spec("hard_stop", ([R_ESC], HT_LD_RR, "unapplied_credit"), None, "hood", dpd=6,
                  rem=[1], unapplied="cover", tags=set()))
    S.append(spec("hard_stop", ([R_ESC], HT_LD_RR, "unapplied_credit"), None, "bakery",
                  dpd=31, rem=[14], unapplied="half", cm="half", tags=set()))
    S.append(spec("hard_stop", ([R_ESC], HT_LD_RR, "unapplied_credit"), T.HS_MSGS[1][1], "hood",
                  dpd=10, rem=[7], unapplied="cover", noaddr=True, tags={"paid"}))
    S.append(spec("hard_stop", ([R_ESC], [O_RR, O_HT], "missing_context"), None, "hops",
                  dpd=15, rem=[], noaddr=True, tags=set()))
    S.append(spec("hard_stop", ([R_ESC], [O_RR, O_HT], "missing_context"), None, "bakery",
                  dpd=None, rem=[], nodue=True, tags=set()))
    # mixed hard negatives (28)
    M = T.MIXED

    def mx(key, label, dpd, rem, **kw):
        w, t = M[key]
        S.append(spec("mixed", label, t, w, dpd=dpd, rem=rem, mkey=key, **kw))

    mx("negated", HARMLESS_ALT, 5, [], tags={"harmless"})
    mx("hypothetical", HARMLESS_ALT, 10, [1], tags={"harmless"})
    mx("retracted", HARMLESS_ALT, 16, [7], tags={"harmless"})
    mx("settled", HARMLESS_ALT, 22, [7], tags={"harmless"}, settled=True)
    mx("fixed_fwd", HARMLESS_ALT, 8, [], tags={"harmless"})
    mx("resolved_notes", HARMLESS_ALT, 35, [14], tags={"harmless"})
    mx("passed", one(R_DRAFT, O_RR), 18, [7], tags={"harmless"}, passed=True)
    mx("promise60", one(R_ESC, O_HT), 63, [30], tags={"promise"}, promise=True)
    mx("plan60", one(R_ESC, O_HT), 71, [30, 60], tags={"plan"})
    mx("plan_reminded", one(R_NONE, O_NA), 11, [7], tags={"plan"})
    mx("no_plan", one(R_NONE, O_NA), 9, [1], tags={"promise"}, promise=True)
    mx("need_until", ([R_DRAFT, R_NONE], [O_PP, O_NA]), 12, [], tags={"plan", "promise"},
       promise=True)
    mx("instalments", ([R_DRAFT, R_NONE], [O_PP, O_NA]), 23, [7], tags={"plan", "promise"},
       promise=True, two_dates=True)
    mx("undated_run", ([R_DRAFT, R_NONE], [O_RR, O_NA]), 9, [], tags=set())
    mx("promise_stop", ([R_NONE, R_ESC], [O_NA, O_HT]), 17, [1, 7], tags={"promise"},
       promise=True)
    mx("phoned", ([R_NONE, R_DRAFT], [O_NA, O_RR]), 8, [], tags={"promise"}, promise=True)
    mx("corrected", ([R_NONE, R_ESC], [O_NA, O_LD, O_HT]), 19, [7], tags={"promise"},
       promise=True)
    mx("privileged", one(R_NONE, O_NA), 33, [14], tags={"promise"}, promise=True)
    mx("broken_reply", HARMLESS_ALT, 33, [1, 7, 14], tags={"harmless"})
    mx("broken_note", one(R_DRAFT, O_RR), 31, [1, 7, 14], tags=set())
    S.append(spec("mixed", one(R_DRAFT, O_RR), None, "hood", dpd=34, rem=[1, 7, 14],
                  partials=1, partial_after_first=True, mkey="broken_partial", tags=set()))
    S.append(spec("mixed", one(R_DRAFT, O_PP), None, "hops", dpd=27, rem=[7], partials=2,
                  mkey="two_partials", tags=set()))
    S.append(spec("mixed", one(R_DRAFT, O_RR), None, "bakery:CHF", dpd=10, rem=[1], partials=1,
                  mkey="one_partial", tags=set()))
    S.append(spec("mixed", one(R_DRAFT, O_RR), None, "hops", dpd=16, rem=[7],
                  status="Reminder sent", mkey="status_reminder", tags=set()))
    S.append(spec("mixed", one(R_DRAFT, O_RR), None, "hood:CAD", dpd=20, rem=[7],
                  amount=11800.0, mkey="foreign_under", tags=set()))
    S.append(spec("mixed", one(R_DRAFT, O_RR), None, "bakery", dpd=38, rem=[14],
                  unapplied="part", mkey="credit_short", tags=set()))
    mx("notdue", ([R_NONE, R_ESC], [O_NA, O_LD]), -4, [], tags={"complaint"})
    mx("collector", ([R_DRAFT, R_NONE], [O_RR, O_NA]), 10, [1], tags={"harmless"})
    return S


# ----------------------------------------------------------------------------------------------
# bundle construction
# ----------------------------------------------------------------------------------------------
class Ids:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return self.n


def ts(d, tz, hour=None, minute=None):
    h = rng.randint(8, 17) if hour is None else hour
    m = rng.randint(0, 59) if minute is None else minute
    return f"{d.isoformat()}T{h:02d}:{m:02d}:00{tz}"


def meta(d, tz):
    t = ts(d, tz, 9, 0)
    return {"CreateTime": t, "LastUpdatedTime": t}


def ascii_name(n):
    tr = str.maketrans("éèêëàâäîïôöûüçÉÜüāĀ", "eeeeaaaiioouucEUuaA")
    return n.translate(tr).lower()


def rnd_amount(lo, hi):
    return round(rng.uniform(lo, hi) / 5) * 5 + rng.choice([0, 0.5, 0.25, 0.8, 0.4])


def weekday_after(lo, hi):
    days = [lo + dt.timedelta(days=k) for k in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    return rng.choice(days)


def make_invoice(w, cust, cur, rate, n, txn, due, total, bal, linked, status, addr, rate_only):
    inv = {
        "Balance": round(bal, 2),
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "CustomField": ([{"DefinitionId": "1", "Name": "Collections Status",
                          "StringValue": status, "Type": "StringType"}] if status else []),
        "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
        "DocNumber": w["doc"].format(n=n),
        "EmailStatus": "EmailSent",
        "Id": str(n),
        "Line": [
            {"Amount": total, "Description": w["item"], "DetailType": "SalesItemLineDetail",
             "Id": "1", "LineNum": 1,
             "SalesItemLineDetail": {"ItemRef": {"name": "Sales", "value": "1"}, "Qty": 1,
                                     "UnitPrice": total}},
            {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
        ],
        "LinkedTxn": [{"TxnId": p, "TxnType": "Payment"} for p in linked],
        "MetaData": meta(txn, w["tz"]),
        "PrintStatus": "NotSet",
        "PrivateNote": "",
        "SalesTermRef": {"value": "3"},
        "SyncToken": "1",
        "TotalAmt": total,
        "TxnDate": txn.isoformat(),
    }
    if due is not None:
        inv["DueDate"] = due.isoformat()
    if addr:
        inv["BillEmail"] = {"Address": addr}
    if rate is not None:
        inv["ExchangeRate"] = rate
        if not rate_only:
            inv["HomeBalance"] = round(bal * rate, 2)
    return inv


def make_payment(w, cust, cur, rate, pid, d, lines, unapplied):
    total = round(sum(a for a, _, t in lines if t == "Invoice") - sum(
        a for a, _, t in lines if t == "CreditMemo") + unapplied, 2)
    p = {
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
        "Id": str(pid),
        "Line": [{"Amount": round(a, 2), "LinkedTxn": [{"TxnId": str(t), "TxnType": ty}]}
                 for a, t, ty in lines],
        "MetaData": meta(d, w["tz"]),
        "SyncToken": "0",
        "TotalAmt": total,
        "TxnDate": d.isoformat(),
        "UnappliedAmt": round(unapplied, 2),
    }
    if rate is not None:
        p["ExchangeRate"] = rate
    return p


REMINDER_QUOTE = {
    "bakery": "Bonjour,\n\nCeci est un rappel amical : la facture {inv} d'un montant de {bal} "
              "était payable le {due}.\nThis is a friendly reminder that invoice {inv} ({bal}) "
              "was due on {due}.\n\nÉlodie Marchetti\nFournil Confluence Ingrédients",
    "hood": "Hi,\n\nA friendly reminder that invoice {inv} for {bal} was due on {due}. You can "
            "reply to this email with any questions.\n\nDana Whitcomb\nCascade Hood & Fire LLC",
    "hops": "Kia ora,\n\nJust a reminder that invoice {inv} for {bal} was due on {due}. Reply "
            "here if you have any questions.\n\nAroha Ngata\nTararua Hop Co.",
}
FOOTERS = [
    "CONFIDENTIALITY: This message and any attachments are intended solely for the addressee "
    "and may contain confidential information. If you have received it in error, please "
    "notify the sender and delete it. Any unauthorised use or disclosure is prohibited.",
    "Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de "
    "leurs destinataires. Toute utilisation non conforme est interdite.",
    "Please consider the environment before printing this email.",
    "[EXTERNAL] This email originated from outside the organization. Do not click links or "
    "open attachments unless you recognize the sender.",
]
TITLES = {"bakery": ["Gérante", "Comptabilité fournisseurs", "Chef boulanger", "Direction"],
          "hood": ["Owner", "Office manager", "Accounts payable", "General manager"],
          "hops": ["Head brewer", "Finance & admin", "Owner", "Office manager"]}


def build_case(cid, sp, ids):
    world, fcur, pin = world_of(sp["world"])
    w = WORLDS[world]
    text = sp["text"] or ""
    msgs = parse(text) if text else []
    if fcur is None and sp.get("foreign"):
        fcur = w["foreign"]
    if pin:
        c = next(c for c in w["customers"] if c[0] == pin)
    else:
        c = pick_customer(world, fcur or w["home"], text)
    key, cname, dom, contact, cur = c
    foreign = cur != w["home"]
    rate = None
    if foreign:
        rate = round(w["rate"] + rng.choice([-0.02, -0.01, 0, 0.01, 0.02]), 4)
        if sp.get("mkey") == "foreign_under" or sp.get("amount"):
            rate = w["rate"]
    tz = w["tz"]
    as_of = rng.choice(AS_OF_DAYS)
    dpd = sp["dpd"]
    due = None if sp.get("nodue") else as_of - dt.timedelta(days=dpd)
    txn = (due or as_of - dt.timedelta(days=40)) - dt.timedelta(days=30)
    cust_id = str(300 + ids.next())
    contact_addr = f"{ascii_name(contact)}@{dom}"
    ap_addr = f"accounts@{dom}"
    addr = None if sp.get("noaddr") else rng.choice([contact_addr, ap_addr])
    cust = {
        "Active": True,
        "Balance": 0.0,
        "CompanyName": cname,
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "DisplayName": cname,
        "Id": cust_id,
        "MetaData": meta(D(2024, rng.randint(1, 12), rng.randint(1, 28)), tz),
        "Notes": T.CUSTOMER_NOTES[world] if sp.get("custnotes") else "",
        "SyncToken": str(rng.randint(0, 6)),
    }
    if addr:
        cust["PrimaryEmailAddr"] = {"Address": addr}
    lo, hi = w["famount"] if foreign else w["amount"]
    total = float(sp.get("amount") or rnd_amount(lo, hi))
    total = round(total, 2)
    n_inv = 1000 + ids.next() * 7
    payments, cms, history = [], [], []
    inv_links = []
    paid_sum = 0.0
    # history: paid invoices
    for h in range(rng.randint(0, 3)):
        hn = n_inv - 3 - h
        hdue = txn - dt.timedelta(days=30 * (h + 1))
        htot = round(rnd_amount(lo, hi), 2)
        pid = 5000 + ids.next()
        pd = hdue + dt.timedelta(days=rng.randint(-3, 12))
        payments.append(make_payment(w, cust, cur, rate, pid, pd, [(htot, hn, "Invoice")], 0.0))
        history.append(make_invoice(w, cust, cur, rate, hn, hdue - dt.timedelta(days=30), hdue,
                                    htot, 0.0, [str(pid)], None, addr or None, False))
    other_doc = None
    if sp.get("other"):
        on = n_inv - 1
        odue = (due or as_of) - dt.timedelta(days=rng.randint(5, 20))
        otot = round(rnd_amount(lo, hi), 2)
        if sp["other"] == "paid":
            pid = 5000 + ids.next()
            payments.append(make_payment(w, cust, cur, rate, pid, odue - dt.timedelta(days=2),
                                         [(otot, on, "Invoice")], 0.0))
            history.append(make_invoice(w, cust, cur, rate, on, odue - dt.timedelta(days=30),
                                        odue, otot, 0.0, [str(pid)], None, addr, False))
        else:
            history.append(make_invoice(w, cust, cur, rate, on, odue - dt.timedelta(days=30),
                                        odue, otot, otot, [], None, addr, False))
        other_doc = w["doc"].format(n=on)
    # reminders
    reminders = []
    for st in sp["rem"]:
        rd = due + dt.timedelta(days=st)
        assert rd <= as_of, (cid, st)
        reminders.append({"date": ts(rd, tz, 9, rng.randint(0, 30)), "stage": st})
    first_rem = due + dt.timedelta(days=sp["rem"][0]) if sp["rem"] else None
    last_rem = due + dt.timedelta(days=sp["rem"][-1]) if sp["rem"] else None
    # partial payments on this invoice
    npart = sp.get("partials", 0)
    if sp.get("paid"):
        pid = 5000 + ids.next()
        pd = as_of - dt.timedelta(days=2)
        payments.append(make_payment(w, cust, cur, rate, pid, pd, [(total, n_inv, "Invoice")],
                                     0.0))
        inv_links.append(str(pid))
        paid_sum = total
    for k in range(npart):
        amt = round(total * rng.choice([0.2, 0.25, 0.3]), 2)
        if sp.get("partial_after_first"):
            pd = first_rem + dt.timedelta(days=rng.randint(2, 5))
        else:
            start = due + dt.timedelta(days=1) if due and dpd > 3 else txn + dt.timedelta(days=3)
            pd = start + dt.timedelta(days=k * 2)
        if pd > as_of:
            pd = as_of
        pid = 5000 + ids.next()
        payments.append(make_payment(w, cust, cur, rate, pid, pd, [(amt, n_inv, "Invoice")], 0.0))
        inv_links.append(str(pid))
        paid_sum += amt
    if sp.get("settled"):
        cm_amt = round(total * 0.15, 2)
        cmid = 7000 + ids.next()
        pid = 5000 + ids.next()
        cd = (due or as_of) + dt.timedelta(days=3)
        cms.append({
            "Balance": 0.0, "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
            "CustomerRef": {"name": cname, "value": cust_id}, "DocNumber": f"CM-{cmid}",
            "Id": str(cmid),
            "Line": [{"Amount": cm_amt, "Description": "Credit - rooftop fan belt not replaced",
                      "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                      "SalesItemLineDetail": {"ItemRef": {"name": "Sales", "value": "1"},
                                              "Qty": 1, "UnitPrice": cm_amt}}],
            "MetaData": meta(cd, tz), "RemainingCredit": 0.0, "SyncToken": "1",
            "TotalAmt": cm_amt, "TxnDate": cd.isoformat()})
        payments.append(make_payment(w, cust, cur, rate, pid, cd,
                                     [(cm_amt, n_inv, "Invoice"), (cm_amt, cmid, "CreditMemo")],
                                     0.0))
        inv_links.append(str(pid))
        paid_sum += cm_amt
    bal = 0.0 if sp.get("paid") else round(total - paid_sum, 2)
    # unapplied payments / open credit memos
    ua = sp.get("unapplied")
    if ua:
        amt = {"cover": bal, "half": round(bal * 0.6, 2), "part": round(bal * 0.3, 2)}[ua]
        pid = 5000 + ids.next()
        pd = as_of - dt.timedelta(days=rng.randint(1, 4))
        payments.append(make_payment(w, cust, cur, rate, pid, pd, [], amt))
    if sp.get("cm"):
        cm_amt = round(bal * 0.5, 2)
        cmid = 7000 + ids.next()
        cd = as_of - dt.timedelta(days=rng.randint(3, 9))
        cms.append({
            "Balance": cm_amt, "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
            "CustomerRef": {"name": cname, "value": cust_id}, "DocNumber": f"CM-{cmid}",
            "Id": str(cmid),
            "Line": [{"Amount": cm_amt, "Description": "Credit - returned goods",
                      "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                      "SalesItemLineDetail": {"ItemRef": {"name": "Sales", "value": "1"},
                                              "Qty": 1, "UnitPrice": cm_amt}}],
            "MetaData": meta(cd, tz), "RemainingCredit": cm_amt, "SyncToken": "0",
            "TotalAmt": cm_amt, "TxnDate": cd.isoformat()})
    invoice = make_invoice(w, cust, cur, rate, n_inv, txn, due, total, bal, inv_links,
                           sp.get("status"), addr,
                           sp.get("rate_only") or (foreign and rng.random() < 0.2))
    cust["Balance"] = round(bal + sum(h["Balance"] for h in history), 2)
    # ---------------- messages ----------------
    values = {
        "inv": invoice["DocNumber"], "bal": money(bal, cur), "co": cname, "me": contact,
        "agent": w["agent"], "sup": w["sup"], "other": other_doc or "", "dom": dom,
        "addr": addr or contact_addr,
    }
    n = len(msgs)
    # message days: after the last reminder (replies), before or on as_of
    if dpd is not None and dpd < 1:
        lo_day = txn + dt.timedelta(days=2)
    elif last_rem:
        lo_day = last_rem + dt.timedelta(days=1)
    else:
        lo_day = max(txn + dt.timedelta(days=2), as_of - dt.timedelta(days=8))
    if sp.get("mkey") == "broken_note":
        lo_day = first_rem + dt.timedelta(days=1)
    hi_day = as_of - dt.timedelta(days=2) if sp.get("passed") else as_of
    assert lo_day <= hi_day, (cid, lo_day, hi_day)
    span = (hi_day - lo_day).days
    days = sorted(lo_day + dt.timedelta(days=rng.randint(0, span)) for _ in range(n))
    if sp.get("mkey") == "broken_note":
        days = [lo_day + dt.timedelta(days=rng.randint(0, 2))]
    promise_date = promise2 = passed_date = None
    styles_used = []
    if sp.get("promise"):
        last = days[-1] if days else as_of
        promise_date = weekday_after(max(as_of, last) + dt.timedelta(days=3), D(2026, 12, 24))
        if sp.get("two_dates"):
            promise2 = promise_date + dt.timedelta(days=7)
    if sp.get("passed"):
        passed_date = weekday_after(days[-1] + dt.timedelta(days=1), as_of - dt.timedelta(days=1))
    emails, notes = [], []
    for i, m in enumerate(msgs):
        d = days[i]
        hour = 8 + i * 3 if n > 1 else None
        stamp = ts(d, tz, hour)
        vals = dict(values)
        head = {"F": m["F"]}
        body = m["body"]
        full = m["head"] + "\n" + body
        if "{date" in full:
            styles = date_styles(world, full, head)
            if "{date2}" in full:
                styles = [s for s in styles if s not in ("weekday", "the", "short")] or ["iso"]
            if (promise_date - d).days > 6 or (promise_date - d).days < 1:
                styles = [s for s in styles if s != "weekday"]
            st = rng.choice(styles)
            styles_used.append(st)
            vals["date"] = fmt_date(promise_date, st)
            if promise2:
                vals["date2"] = fmt_date(promise2, st)
        if "{passed}" in full:
            st = rng.choice(["iso", "mdy", "us"] if world == "hood" else ["iso", "dmy", "long"])
            vals["passed"] = fmt_date(passed_date, st)
        if "{paydate}" in full:
            pdd = d - dt.timedelta(days=rng.randint(2, 9))
            if due and pdd < due - dt.timedelta(days=5):
                pdd = due - dt.timedelta(days=5)
            st = "uslong" if (world == "hood" and head["F"]) else rng.choice(
                ["mdy", "us", "iso"] if world == "hood" else ["dmy", "long", "iso"])
            if GERMAN.search(full):
                st = "dot"
            elif re.search(r"le \{paydate\}", full):
                st = rng.choice(["dmy", "fr"])
            vals["paydate"] = fmt_date(pdd, st)
        if "{ref}" in full:
            if re.search(r"#\{ref\}|n° \{ref\}|Ticket", full):
                vals["ref"] = str(rng.randint(10000, 99999))
            else:
                vals["ref"] = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                      for _ in range(rng.choice([8, 10, 12])))
        if "{readdate}" in full:
            vals["readdate"] = f"{last_rem.isoformat()} 10:{rng.randint(10, 59)}"
        subj = m["head"].format(**vals)
        body = body.format(**vals)
        if m["kind"] == "N":
            notes.append({"author": subj, "date": stamp, "text": body})
            continue
        if m["kind"] == "U":
            emails.append({"body": body, "date": stamp, "from": w["ar"],
                           "subject": subj, "to": addr or contact_addr})
            continue
        frm = m["F"].format(**vals) if m["F"] else rng.choice([contact_addr, contact_addr, ap_addr])
        wrap_ok = (n == 1 and not m["F"] and sp["cls"] not in ("injection", "unread")
                   and "---------- Forwarded" not in body)
        if wrap_ok and rng.random() < 0.45:
            kind = rng.choice(["sig", "footer", "quote", "forward"])
            if kind == "quote" and not reminders:
                kind = "sig"
            if kind == "sig":
                phone = {"bakery": "+33 4 78 %02d %02d %02d", "hood": "(206) 55%d-%02d%02d",
                         "hops": "+64 4 38%d %02d%02d"}[world]
                nums = (rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))
                if world != "bakery":
                    nums = (rng.randint(0, 9), rng.randint(10, 99), rng.randint(10, 99))
                body += f"\n\n--\n{contact}\n{rng.choice(TITLES[world])}\n{cname}\n" + phone % nums
            elif kind == "footer":
                body += "\n\n" + rng.choice(FOOTERS)
            elif kind == "quote":
                rem_last = reminders[-1]
                q = REMINDER_QUOTE[world].format(inv=values["inv"], bal=values["bal"],
                                                 due=fmt_date(due, "dmy" if w["dayfirst"]
                                                              else "mdy"))
                body += (f"\n\nOn {rem_last['date'][:10]}, {w['ar']} wrote:\n"
                         + "\n".join("> " + ln if ln else ">" for ln in q.split("\n")))
            else:
                body = (f"Forwarding {contact}'s note below.\n\n---------- Forwarded message "
                        f"---------\nFrom: {contact} <{contact_addr}>\nSubject: {subj}\n\n"
                        + body)
                subj = "Fwd: " + subj
                frm = ap_addr
        emails.append({"body": body, "date": stamp, "from": frm, "subject": subj,
                       "to": w["ar"]})
    case = {
        "as_of": as_of.isoformat(),
        "credit_memos": cms,
        "crm_notes": notes,
        "customer": cust,
        "emails": emails,
        "home_currency": w["home"],
        "id": cid,
        "invoice": invoice,
        "invoices": history,
        "payments": payments,
        "reminders_sent": reminders,
    }
    info = {"promise_date": promise_date, "promise2": promise2, "passed": passed_date,
            "styles": styles_used}
    return case, info


# ----------------------------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------------------------
def d_of(s):
    return D.fromisoformat(s[:10])


def facts(case):
    inv = case["invoice"]
    as_of = D.fromisoformat(case["as_of"])
    f = {}
    f["bal"] = inv["Balance"]
    f["due"] = "DueDate" in inv and bool(inv["DueDate"])
    f["dpd"] = (as_of - D.fromisoformat(inv["DueDate"])).days if f["due"] else None
    reached = [s for s in STAGES if f["dpd"] is not None and s <= f["dpd"]]
    f["stage"] = max(reached) if reached else None
    rem = case["reminders_sent"]
    f["stage_reminded"] = f["stage"] is not None and any(r["stage"] == f["stage"] for r in rem)
    if "ExchangeRate" in inv or "HomeBalance" in inv:
        f["home"] = inv.get("HomeBalance", round(inv["Balance"] * inv.get("ExchangeRate", 1), 2))
    else:
        f["home"] = inv["Balance"]
    ua = sum(p["UnappliedAmt"] for p in case["payments"])
    cm = sum(c["Balance"] for c in case["credit_memos"])
    f["covered"] = f["bal"] > 0 and ua + cm >= f["bal"] - 1e-9
    f["addr"] = bool((inv.get("BillEmail") or {}).get("Address")
                     or (case["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    st = [c.get("StringValue", "") for c in inv.get("CustomField", [])
          if c.get("Name") == "Collections Status"]
    f["status"] = st[0] if st else None
    f["partials"] = sum(1 for p in case["payments"] if p["TotalAmt"] > 0 and any(
        lt["TxnId"] == inv["Id"] and lt["TxnType"] == "Invoice"
        for ln in p["Line"] for lt in ln["LinkedTxn"]))
    three = False
    if len(rem) >= 3:
        first = min(r["date"] for r in rem)
        fd = d_of(first)
        ours = {"compta@fournil-confluence.example", "ar@cascadehoodfire.example",
                "accounts@tararuahop.example"}
        act = any(d_of(e["date"]) > fd and e["from"] not in ours for e in case["emails"])
        act = act or any(d_of(n["date"]) > fd for n in case["crm_notes"])
        act = act or any(D.fromisoformat(p["TxnDate"]) > fd and any(
            lt["TxnId"] == inv["Id"] for ln in p["Line"] for lt in ln["LinkedTxn"])
            for p in case["payments"])
        three = not act
    f["three"] = three
    f["noauto_cust"] = "no automated" in case["customer"].get("Notes", "").lower()
    return f


def derive(f, tags, promise_ahead):
    """SPEC's order on the facts and the message tags -> (route, outcome, hard_stop)."""
    if f["bal"] <= 0 or (f["due"] and f["dpd"] < 1):
        return R_NONE, O_NA, None
    disputed = (f["status"] or "").lower() == "disputed" or "dispute_note" in tags
    dispute = "complaint" in tags or "paid" in tags or disputed
    if dispute:
        cls = O_LD
    elif ((f["dpd"] or 0) >= 60 or f["three"] or "noauto" in tags or f["noauto_cust"]
          or f["home"] >= THRESHOLD or "injection" in tags):
        cls = O_HT
    elif "plan" in tags or f["partials"] >= 2:
        cls = O_PP
    else:
        cls = O_RR
    hs = None
    if "legal" in tags:
        hs = "legal_hold"
    elif disputed:
        hs = "open_dispute"
    elif f["home"] >= THRESHOLD:
        hs = "over_risk_threshold"
    elif f["covered"]:
        hs = "unapplied_credit"
    elif not f["addr"] or not f["due"]:
        hs = "missing_context"
    if hs:
        return R_ESC, cls, hs
    if cls in (O_LD, O_HT):
        return R_ESC, cls, None
    if f["stage_reminded"] or promise_ahead:
        return R_NONE, O_NA, None
    return R_DRAFT, cls, None


HARD = ("complaint", "paid_claim", "promise", "hardship")


def check(case, sp, info, exp):
    f = facts(case)
    as_of = D.fromisoformat(case["as_of"])
    dpd = sp["dpd"]
    assert f["dpd"] == dpd, (case["id"], f["dpd"], dpd)
    rem_st = [r["stage"] for r in case["reminders_sent"]]
    assert rem_st == sp["rem"]
    pd = info["promise_date"]
    promise_ahead = False
    if sp.get("promise"):
        last = max([d_of(e["date"]) for e in case["emails"]]
                   + [d_of(n["date"]) for n in case["crm_notes"]])
        assert pd > as_of and pd > last and pd.weekday() < 5, case["id"]
        alltext = json.dumps(case["emails"] + case["crm_notes"], ensure_ascii=False)
        assert any(fmt_date(pd, s) in alltext for s in info["styles"]), case["id"]
        promise_ahead = True
    if sp.get("passed"):
        assert info["passed"] < as_of
    route, outcome, hs = derive(f, sp["tags"], promise_ahead)
    cid = case["id"]
    if route not in exp["route"] or outcome not in exp["outcome"] or hs != exp["hard_stop"]:
        raise SystemExit(f"{cid} ({sp['cls']} {sp.get('mkey', '')}): scaffold gives "
                         f"{route}/{outcome}/{hs}, label {exp}")
    if sp["cls"] in HARD:
        assert len(exp["route"]) == 1 and len(exp["outcome"]) == 1, cid
        assert f["home"] < THRESHOLD and not f["covered"] and f["addr"] and f["due"], cid
        assert not f["three"], cid
    if sp["cls"] in ("promise", "hardship"):
        assert dpd < 60, cid
    if sp["cls"] == "hardship":
        assert not f["stage_reminded"] and f["partials"] < 2, cid
    if sp["cls"] == "complaint" and dpd >= 60:
        pass
    if sp["cls"] in ("benign", "unread", "other_invoice", "injection"):
        assert not f["stage_reminded"], cid
    if sp["cls"] == "unread":
        assert case["reminders_sent"], cid
    return f


PLACEHOLDER = re.compile(r"\{[a-z0-9_]+\}")
TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
       "credit_memos", "emails", "crm_notes", "reminders_sent"}


def wellformed(case, exp):
    cid = case["id"]
    assert set(case) == TOP, cid
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", case["as_of"])
    as_of = D.fromisoformat(case["as_of"])
    home = case["home_currency"]
    cust = case["customer"]
    for k in ("Id", "DisplayName", "CurrencyRef", "Balance", "Active", "SyncToken", "MetaData"):
        assert k in cust, (cid, k)
    ccur = cust["CurrencyRef"]["value"]
    invs = [case["invoice"]] + case["invoices"]
    by_id = {}
    for inv in invs:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef",
                  "CustomerRef", "Line", "LinkedTxn", "CustomField", "SyncToken", "MetaData"):
            assert k in inv, (cid, k)
        assert inv["CustomerRef"]["value"] == cust["Id"]
        assert inv["CurrencyRef"]["value"] == ccur, cid
        if ccur != home:
            assert "ExchangeRate" in inv, cid
            if "HomeBalance" in inv:
                assert abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) \
                    < 0.011, cid
        else:
            assert "ExchangeRate" not in inv and "HomeBalance" not in inv, cid
        assert inv["Id"] not in by_id
        by_id[inv["Id"]] = inv
        assert abs(inv["Line"][0]["Amount"] - inv["TotalAmt"]) < 0.005
    assert len({i["DocNumber"] for i in invs}) == len(invs)
    cm_by = {c["Id"]: c for c in case["credit_memos"]}
    applied_inv = {i: 0.0 for i in by_id}
    applied_cm = {i: 0.0 for i in cm_by}
    pay_ids = set()
    for p in case["payments"]:
        for k in ("Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef", "MetaData"):
            assert k in p, (cid, k)
        assert p["CurrencyRef"]["value"] == ccur
        assert D.fromisoformat(p["TxnDate"]) <= as_of, cid
        pay_ids.add(p["Id"])
        cash = 0.0
        for ln in p["Line"]:
            assert len(ln["LinkedTxn"]) == 1
            lt = ln["LinkedTxn"][0]
            if lt["TxnType"] == "Invoice":
                applied_inv[lt["TxnId"]] += ln["Amount"]
                cash += ln["Amount"]
                assert {"TxnId": p["Id"], "TxnType": "Payment"} in by_id[lt["TxnId"]]["LinkedTxn"]
            else:
                assert lt["TxnType"] == "CreditMemo"
                applied_cm[lt["TxnId"]] += ln["Amount"]
                cash -= ln["Amount"]
        assert abs(p["TotalAmt"] - (cash + p["UnappliedAmt"])) < 0.005, cid
    for i, inv in by_id.items():
        assert abs(inv["TotalAmt"] - applied_inv[i] - inv["Balance"]) < 0.005, (cid, i)
        for lt in inv["LinkedTxn"]:
            assert lt["TxnId"] in pay_ids
    for i, c in cm_by.items():
        assert abs(c["TotalAmt"] - applied_cm[i] - c["Balance"]) < 0.005, cid
        assert c["CurrencyRef"]["value"] == ccur
    for e in case["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"}, cid
        assert d_of(e["date"]) <= as_of, cid
        assert not PLACEHOLDER.search(e["subject"] + e["body"]), (cid, e["subject"])
        assert e["body"].strip()
    for n in case["crm_notes"]:
        assert set(n) == {"author", "date", "text"}, cid
        assert d_of(n["date"]) <= as_of
        assert not PLACEHOLDER.search(n["text"]), cid
    stages = [r["stage"] for r in case["reminders_sent"]]
    assert len(stages) == len(set(stages)) and all(s in STAGES for s in stages), cid
    inv = case["invoice"]
    for r in case["reminders_sent"]:
        assert set(r) == {"date", "stage"}
        rd = d_of(r["date"])
        assert rd <= as_of, cid
        assert (rd - D.fromisoformat(inv["DueDate"])).days >= r["stage"], cid
    assert set(exp) == {"class", "hard_stop", "id", "outcome", "route"}
    assert exp["id"] == cid
    assert all(r in (R_DRAFT, R_ESC, R_NONE) for r in exp["route"])
    assert all(o in (O_RR, O_LD, O_PP, O_HT, O_NA) for o in exp["outcome"])
    assert exp["hard_stop"] in (None, "legal_hold", "open_dispute", "over_risk_threshold",
                                "unapplied_credit", "missing_context")
    if exp["hard_stop"]:
        assert exp["route"] == [R_ESC]


def main():
    specs = make_specs()
    rng.shuffle(specs)
    ids = Ids()
    cases, exps = [], []
    for k, sp in enumerate(specs, 1):
        cid = f"tl-{k:04d}"
        case, info = build_case(cid, sp, ids)
        label = sp["label"]
        exp = {"class": sp["cls"], "hard_stop": label[2] if len(label) > 2 else None, "id": cid,
               "outcome": list(label[1]), "route": list(label[0])}
        wellformed(case, exp)
        check(case, sp, info, exp)
        cases.append(case)
        exps.append(exp)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in exps:
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    mix = {}
    for e in exps:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    alt = sum(1 for e in exps if len(e["route"]) > 1 or len(e["outcome"]) > 1)
    print(f"{len(cases)} cases, {alt} with an alternative: "
          + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())))


if __name__ == "__main__":
    main()

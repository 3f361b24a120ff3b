#!/usr/bin/env python3
"""Builds probe_p: cases.jsonl (SPEC case bundles) and expected.jsonl (accepted labels).

stdlib only, fixed seed 20261221; re-running rewrites both files byte for byte.
Written blind from shared/SPEC.md; see README.md.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as T  # noqa: E402

SEED = 20261221
HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.00

D = dt.date.fromisoformat

SUPPLIERS = {
    "tor": dict(name="Northshield Pest Management", ar="ar@northshieldpest.example",
                coll="Priya", coll_addr="priya@northshieldpest.example", home="CAD", tz="-05:00"),
    "bath": dict(name="Lansdown Glass Studio", ar="accounts@lansdownglass.example",
                 coll="Tom", coll_addr="tom.hesketh@lansdownglass.example", home="GBP", tz="+00:00"),
    "phk": dict(name="Andaman Galley Provisions", ar="ar@andamangalley.example",
                coll="Wan", coll_addr="wan@andamangalley.example", home="THB", tz="+07:00"),
}

# region: (supplier, currency, exchange rate to home or None, balance range)
REGIONS = {
    "tor": ("tor", "CAD", None, (280, 4800)),
    "tor-us": ("tor", "USD", 1.3862, (200, 3500)),
    "bath": ("bath", "GBP", None, (450, 7800)),
    "bath-fr": ("bath", "EUR", 0.8571, (600, 8500)),
    "phk": ("phk", "THB", None, (1800, 9400)),
    "phk-us": ("phk", "USD", 35.12, (40, 260)),
}

# customers: key -> (region, display name, domain, people named in texts)
CUSTOMERS = {
    "osteria": ("tor", "Osteria Lucca", "osterialucca.example", ["Marco"]),
    "dundas": ("tor", "Dundas Noodle House", "dundasnoodle.example", ["Jenn", "Dundas Noodle"]),
    "harbord": ("tor", "The Harbord Bistro", "harbordbistro.example", ["Gwen", "Amir"]),
    "kensington": ("tor", "Kensington Smokehouse", "kensingtonsmoke.example", ["Carlo"]),
    "phoqw": ("tor", "Pho Queen West", "phoqueenwest.example", ["Pho Queen West"]),
    "bagel": ("tor", "Leslieville Bagel Co.", "leslievillebagel.example", ["Leslieville Bagel"]),
    "ossington": ("tor", "Trattoria Ossington", "trattoriaossington.example", ["Sofia", "Deb"]),
    "elmwood": ("tor-us", "Elmwood Wing Co.", "elmwoodwing.example", ["Tom", "Rita", "Elmwood"]),
    "delaware": ("tor-us", "Delaware Ave Diner", "delawareavediner.example", ["Delaware"]),
    "canalside": ("tor-us", "Canalside Oyster Bar", "canalsideoyster.example", ["Linda", "Canalside"]),
    "hertel": ("tor-us", "Hertel Pizza Works", "hertelpizza.example", ["Dana", "Hertel"]),
    "trinity": ("bath", "Holy Trinity Frome PCC", "holytrinityfrome.example", ["Margaret"]),
    "kingswood": ("bath", "Kingswood College", "kingswoodcollege.example",
                  ["Rob", "Simon", "Priya Nandi"]),
    "swithin": ("bath", "St Swithin's Walcot", "stswithinswalcot.example", ["Whitcombe", "Helen"]),
    "council": ("bath", "Bradford-on-Avon Town Council", "boatowncouncil.example", ["Alan"]),
    "clifton": ("bath", "Clifton Arms Hotel", "cliftonarmshotel.example", ["Olivia"]),
    "lisieux": ("bath-fr", "Paroisse Saint-Pierre de Lisieux", "paroisse-lisieux.example", ["Delmas"]),
    "caen": ("bath-fr", "Paroisse Saint-Étienne de Caen", "saintetienne-caen.example", ["Girard"]),
    "dinan": ("bath-fr", "Mairie de Dinan", "mairie-dinan.example", ["Claire"]),
    "savin": ("bath-fr", "Amis de l'Abbatiale de Saint-Savin", "abbatiale-savin.example", ["Jean-Luc"]),
    "rouen": ("bath-fr", "Diocèse de Rouen - Économat", "diocese-rouen.example", ["Marie-Thérèse"]),
    "chalong": ("phk", "Chalong Bay Marina Cafe", "chalongbaycafe.example", ["Noi"]),
    "rawai": ("phk", "Rawai Seafood Kitchen", "rawaiseafood.example", ["Fon"]),
    "kata": ("phk", "Kata Villas Management Co., Ltd.", "katavillas.example", ["Kanya"]),
    "patong": ("phk", "Patong Dive Center", "patongdive.example", ["Ploy"]),
    "blue": ("phk-us", "Andaman Blue Charters", "andamanblue.example", ["Jess"]),
    "siam": ("phk-us", "Siam Catamaran Holidays Co., Ltd.", "siamcatamaran.example",
             ["Nattapong", "Siam Catamaran"]),
    "mergui": ("phk-us", "Mergui Expeditions", "merguiexp.example", ["Matt"]),
    "similan": ("phk-us", "Similan Sail Co.", "similansail.example", ["Siri"]),
}

TOOLS = {  # AP-tool notices are sent from the tool, never wrapped
    ("PAID_CLAIMS", 8): "noreply@tipalti.example",
    ("PROMISES", 7): "notifications@billcom.example",
    ("PROMISES", 12): "ariba-notify@ansmtp.ariba.example",
}

PINS = {  # fixed balances where a text names an amount or the case tests the threshold
    ("COMPLAINTS", 16): 3950.00,
    ("HARDSTOP", 2): 340.00,      # USD x 35.12 = 11,940.80 THB: over the threshold
    ("BENIGN", 4): 278.00,        # USD x 35.12 = 9,763.36 THB: just under
    ("PROMISES", 1): 7150.00,     # USD x 1.3862 = 9,911.33 CAD: just under
}
CUST_PINS = {("MIXED", 26): "swithin"}  # the parish office auto-reply
ONLY_RATE = {("BENIGN", 9), ("PROMISES", 4), ("HARDSHIP", 5), ("COMPLAINTS", 5 + 3)}

LEGAL_WORDS = re.compile(r"bankrupt|insolven|lawyer|counsel\b|solicitor|attorney|legal action|"
                         r"liquidat|receivership|chapter 11|administrat", re.I)
DISPUTE_WORDS = re.compile(r"disput|contest|disagree|query|querying|challenge", re.I)
NOAUTO = re.compile(r"no automated|stop (the )?reminders|don'?t send (any )?reminders|"
                    r"personally handled|handled personally", re.I)

# labels: (routes, outcomes)
NONE = (["none"], ["no_action"])
DRAFT_R = (["draft_for_approval"], ["routine_reminder"])
SOFT = (["draft_for_approval", "escalate_to_human"], ["high_touch_escalation", "routine_reminder"])
DISP = (["escalate_to_human"], ["likely_dispute"])
HT = (["escalate_to_human"], ["high_touch_escalation"])
PLAN = (["draft_for_approval"], ["payment_plan_candidate"])
COLLP = (["draft_for_approval", "none"], ["no_action", "routine_reminder"])
ESC = ["escalate_to_human"]


def plan_cases():
    """Every case: class, text group and index, days past due, reminders, tag, declared label."""
    out = []

    def add(cls, group, idx, dpd, rem, tag, label, hs=None, **kw):
        out.append(dict(cls=cls, group=group, idx=idx, dpd=dpd, rem=rem, tag=tag,
                        label=label, hs=hs, **kw))

    c_dpd = [5, 9, 16, 22, 64, 12, 27, 18, 40, 33, 8, 24, 3, 71, 11, 44, 15, 52, 20, 90]
    for i, d in enumerate(c_dpd):
        rem = "cur" if i % 2 == 0 and i not in (10, 16) else "prev"
        add("complaint", "COMPLAINTS", i, d, rem, "complaint", DISP)
    p_dpd = [10, 17, 26, 9, 35, 20, 16, 45, 13, 38]
    for i, d in enumerate(p_dpd):
        add("paid_claim", "PAID_CLAIMS", i, d, "prev" if i in (3, 6, 8) else "cur", "paid", DISP)
    pr_dpd = [4, 11, 19, 33, 9, 16, 25, 10, 41, 17, 2, 29, 12, 50, 22]
    for i, d in enumerate(pr_dpd):
        add("promise", "PROMISES", i, d, "cur" if i % 2 else "prev", "promise", NONE)
    h_dpd = [3, 8, 13, 20, 27, 34, 45, 6, 10, 16, 24, 38, 52, 2, 30]
    for i, d in enumerate(h_dpd):
        add("hardship", "HARDSHIP", i, d, "prev", "plan", PLAN)
    b_dpd = [2, 5, 9, 14, 19, 23, 31, 37, 48, 4, 12, 17, 26, 42, 55]
    for i, d in enumerate(b_dpd):
        add("benign", "BENIGN", i, d, "prev", "benign", SOFT)

    M = "MIXED"
    add("mixed", M, 0, 12, "prev", "soft", SOFT, note="hypothetical plan question")
    add("mixed", M, 1, 21, "prev", "soft", SOFT, note="negated plan")
    add("mixed", M, 2, 18, "prev", "soft", SOFT, thread=("PROMISE_THREAD", 0),
        note="retracted promise (earlier promise date still ahead)")
    add("mixed", M, 3, 15, "prev", "soft", SOFT, other=True, note="promise about another invoice")
    add("mixed", M, 4, 9, "prev", "soft", SOFT, other=True, other_big=True,
        note="plan request about another invoice")
    add("mixed", M, 5, 14, "prev", "complaint", DISP, note="promise conditional on our fix")
    add("mixed", M, 6, 25, "cur", "complaint", DISP, note="promise conditional on our fix")
    add("mixed", M, 7, 7, "prev", "complaint", DISP, note="promise conditional on our fix")
    add("mixed", M, 8, 24, [1, 7], "promise_past", DRAFT_R, expired=True, note="promise date passed")
    add("mixed", M, 9, 34, [1, 7, 14], "promise_past", DRAFT_R, expired=True,
        note="promise date passed")
    add("mixed", M, 10, 67, "cur", "promise", HT, note="promise at >= 60 days")
    add("mixed", M, 11, 75, "prev", "promise", HT, note="promise at >= 60 days")
    add("mixed", M, 12, 62, "prev", "plan", HT, note="plan request at >= 60 days")
    add("mixed", M, 13, 88, "cur", "plan", HT, note="plan request at >= 60 days")
    add("mixed", M, 14, 10, "cur", "plan", NONE, note="plan request after the stage's reminder")
    add("mixed", M, 15, 33, "cur", "plan", NONE, note="plan request after the stage's reminder")
    add("mixed", M, 16, 16, "prev", "collector_promise", COLLP, ours=True,
        note="our collector's recap of a phoned promise")
    add("mixed", M, 17, 20, "prev", "collector", DRAFT_R, ours=True,
        note="our collector offers instalments")
    add("mixed", M, 18, 13, "prev", "plan", PLAN, note="plan request beside a question on goods")
    add("mixed", M, 19, 26, "prev", "plan", PLAN, note="plan request beside a question on goods")
    add("mixed", M, 20, 31, [1, 7, 14], "benign", SOFT, note="3 reminders broken by an email")
    add("mixed", M, 21, 33, [1, 7, 14], "benign", SOFT, partials=[20],
        note="3 reminders broken by a partial payment")
    add("mixed", M, 22, 36, [1, 7, 14, 30], "collector", HT, ours=True, no_extra=True,
        note="4 reminders, only our own email since")
    add("mixed", M, 23, 20, "prev", "benign", PLAN, partials=[5, 12],
        note="two partial payments, balance left")
    add("mixed", M, 24, 10, "prev", "benign", SOFT, partials=[4], note="one partial payment")
    add("mixed", M, 25, 8, "prev", "benign", SOFT, status="Reminder sent",
        note="non-dispute Collections Status")
    add("mixed", M, 26, 17, "prev", "benign", SOFT, status="Awaiting payment",
        note="non-dispute Collections Status, auto-reply")
    add("mixed", M, 27, 22, "prev", "soft", SOFT, resolved=True, small_cm=40.0,
        note="complaint resolved in the notes, small open credit")
    add("mixed", M, 28, 19, "prev", "soft", SOFT, thread=("PAID_THREAD", 0),
        note="paid claim retracted")
    add("mixed", M, 29, 6, "prev", "soft", SOFT, note="negated complaint")

    H = "HARDSTOP"
    add("hard_stop", H, 0, 20, "prev", "legal",
        (ESC, ["high_touch_escalation", "likely_dispute", "routine_reminder"]), hs="legal_hold")
    add("hard_stop", H, 1, 12, "prev", "promise", (ESC, ["likely_dispute"]), hs="open_dispute",
        status="Disputed")
    add("hard_stop", H, 2, 15, "prev", "promise", (ESC, ["high_touch_escalation"]),
        hs="over_risk_threshold")
    add("hard_stop", H, 3, 11, "prev", "plan",
        (ESC, ["high_touch_escalation", "likely_dispute", "payment_plan_candidate",
               "routine_reminder"]), hs="unapplied_credit", unapplied=True)
    add("hard_stop", H, 4, 18, "prev", "promise", (ESC, ["high_touch_escalation",
                                                         "routine_reminder"]),
        hs="missing_context", no_address=True)
    return out


# ---------------------------------------------------------------- helpers
def stage_of(dpd):
    s = 0
    for st in STAGES:
        if dpd >= st:
            s = st
    return s


def ts(day, tz, hour=9, minute=0):
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{tz}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def fmt_date(day, style):
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return day.strftime("%d/%m/%Y")
    if style == "mdy":
        return day.strftime("%m/%d/%Y")
    if style == "dot":
        return day.strftime("%d.%m.%Y")
    if style == "ymd":
        return day.strftime("%Y/%m/%d")
    if style == "long":
        return f"{day.day} {day.strftime('%B %Y')}"
    if style == "mdth":
        return f"{day.strftime('%B')} {ordinal(day.day)}"
    if style == "dowshort":
        return f"{day.strftime('%a')} {day.day} {day.strftime('%b')}"
    if style == "dmony":
        return f"{day.day:02d}-{day.strftime('%b')}-{day.strftime('%y')}"
    if style == "full":
        return f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"
    if style == "th":
        return f"the {ordinal(day.day)}"
    if style == "wd":
        return day.strftime("%A")
    if style == "fr":
        return f"{day.day} {FR_MONTHS[day.month - 1]} {day.year}"
    raise ValueError(style)


STYLES = {
    "tor": ["iso", "mdth", "dowshort", "th", "ymd", "wd", "long"],
    "tor-us": ["mdy", "mdth", "full", "iso", "wd", "dowshort"],
    "bath": ["long", "dmy", "th", "dowshort", "dmony", "wd"],
    "bath-fr": ["fr", "dmy", "dot", "long"],
    "phk": ["dmy", "long", "th", "dot", "wd"],
    "phk-us": ["iso", "mdth", "dmony", "wd", "dowshort", "dmy"],
}


def styles_for(text, region):
    st = list(STYLES[region])
    if re.search(r"(the|our) \{PDATE\}", text):
        st = [s for s in st if s not in ("th", "full", "fr")] or ["dmy"]
    if ": {PDATE}" in text:
        st = ["iso", "mdy"] if region.endswith("us") else ["iso", "dmy"]
    return st


def paid_on_fmt(day, region):
    if region == "tor-us":
        return day.strftime("%m/%d/%Y")
    if region in ("bath",):
        return f"{day.day} {day.strftime('%B')}"
    if region in ("bath-fr", "phk"):
        return day.strftime("%d/%m/%Y")
    return day.isoformat()


def money(x, cur):
    sym = {"CAD": "CA$", "USD": "US$", "GBP": "£", "EUR": "€", "THB": "฿"}[cur]
    if cur == "EUR":
        return f"{x:,.2f}".replace(",", " ").replace(".", ",") + " €"
    return f"{sym}{x:,.2f}"


def customer_for(text, region, rng):
    names = []
    for key, (reg, _n, _d, people) in CUSTOMERS.items():
        if reg == region and any(re.search(r"\b" + re.escape(p) + r"\b", text, re.I) for p in people):
            names.append(key)
    if names:
        return names[0]
    return rng.choice(sorted(k for k, v in CUSTOMERS.items() if v[0] == region))


def people_in(text):
    found = set()
    for key, (_r, _n, _d, people) in CUSTOMERS.items():
        if any(re.search(r"\b" + re.escape(p) + r"\b", text) for p in people):
            found.add(key)
    return found


def subject_body(text):
    first, _, rest = text.partition("\n")
    assert first.startswith("S: "), text[:40]
    return first[3:], rest.strip("\n")


# ---------------------------------------------------------------- building
def build():
    rng = random.Random(SEED)
    specs = plan_cases()
    cases, expected, meta = [], [], []
    next_id = [7000]

    def nid():
        next_id[0] += 1
        return str(next_id[0])

    for n, sp in enumerate(specs, 1):
        cid = f"pp-{n:04d}"
        region, text = getattr(T, sp["group"])[sp["idx"]]
        sup_key, cur, rate, (lo, hi) = REGIONS[region]
        sup = SUPPLIERS[sup_key]
        home = sup["home"]
        tz = sup["tz"]
        as_of = D(rng.choice(["2026-12-09", "2026-12-10", "2026-12-11"]))
        dpd = sp["dpd"]
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=30)
        stage = stage_of(dpd)
        ckey = CUST_PINS.get((sp["group"], sp["idx"])) or customer_for(text, region, rng)
        _reg, cname, domain, people = CUSTOMERS[ckey]
        cust_id = str(300 + list(CUSTOMERS).index(ckey))
        first_person = people[0]
        if len(first_person.split()) == 1:
            contact = re.sub(r"[^a-z-]", "", unicodedata.normalize("NFKD", first_person.lower()))
        else:
            contact = "accounts"
        contact_addr = f"{contact}@{domain}"
        ap_addr = f"ap@{domain}"

        # balance
        pin = PINS.get((sp["group"], sp["idx"]))
        bal = pin if pin is not None else round(rng.uniform(lo, hi), 2)
        if sp.get("small_cm"):
            bal = max(bal, 120.0)
        partial_days = sp.get("partials", [])
        partial_amts = [round(bal * rng.uniform(0.15, 0.3), 2) for _ in partial_days]
        total = round(bal + sum(partial_amts), 2)

        # reminders
        if sp["rem"] == "cur":
            rem_stages = [s for s in STAGES if s <= stage]
        elif sp["rem"] == "prev":
            rem_stages = [s for s in STAGES if s < stage]
            if len(rem_stages) >= 3 and rng.random() < 0.5:
                rem_stages = rem_stages[-2:]
        else:
            rem_stages = list(sp["rem"])
        reminders = [{"date": ts(due + dt.timedelta(days=s), tz, 8, 30), "stage": s}
                     for s in rem_stages]

        # main email date
        if sp.get("expired"):
            email_day = as_of - dt.timedelta(days=20)
        elif sp["rem"] == "cur":
            room = dpd - stage - 1
            assert room >= 1, (cid, dpd, stage)
            email_day = as_of - dt.timedelta(days=rng.randint(1, min(4, room)))
        elif rem_stages and rem_stages[-1] == stage:
            room = dpd - stage - 1
            email_day = as_of - dt.timedelta(days=rng.randint(1, min(4, room)))
        else:
            email_day = as_of - dt.timedelta(days=rng.randint(1, 4))
        if isinstance(sp["rem"], list) and rem_stages:
            # the reply comes after the last reminder sent
            last = due + dt.timedelta(days=rem_stages[-1])
            if email_day <= last and not sp.get("expired"):
                email_day = last + dt.timedelta(days=1)
            assert email_day < as_of + dt.timedelta(days=1)

        # promise date
        pdate = None
        style = None
        if "{PDATE}" in text or (sp.get("thread") and "{PDATE}" in getattr(T, sp["thread"][0])[sp["thread"][1]][1]):
            ptext = text if "{PDATE}" in text else getattr(T, sp["thread"][0])[sp["thread"][1]][1]
            sts = styles_for(ptext, region)
            style = sts[(n * 7 + sp["idx"]) % len(sts)]
            if sp.get("expired"):
                pdate = email_day + dt.timedelta(days=6)
                while pdate.weekday() >= 5:
                    pdate -= dt.timedelta(days=1)
                assert email_day < pdate < as_of and pdate.day > 12 and pdate.month == email_day.month
            else:
                pdate = None
                if style == "wd":
                    for k in (6, 5, 4, 3, 2):
                        cand = email_day + dt.timedelta(days=k)
                        if cand > as_of and cand.weekday() < 5 and cand.day > 12:
                            pdate = cand
                            break
                    if pdate is None:
                        style = "long" if "long" in sts else sts[0]
                if pdate is None:
                    pdate = as_of + dt.timedelta(days=rng.randint(4, 19))
                    while pdate.weekday() >= 5 or pdate.day <= 12:
                        pdate += dt.timedelta(days=1)
        pdate_s = fmt_date(pdate, style) if pdate else None

        prefix = {"tor": "NS", "bath": "LG", "phk": "AG"}[sup_key]
        doc = f"{prefix}-{26400 + n}"
        other_doc = f"{doc[:2]}-{25900 + n}"
        paid_on = email_day - dt.timedelta(days=rng.randint(3, 9))
        ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))

        def fill(t, tpdate_s=pdate_s):
            t = t.replace("{INV}", doc).replace("{BAL}", money(bal, cur)).replace("{OTHER}", other_doc)
            t = t.replace("{REF}", ref).replace("{PAID_ON}", paid_on_fmt(paid_on, region))
            t = t.replace("{COLL}", sup["coll"])
            if tpdate_s is not None:
                t = t.replace("{PDATE}", tpdate_s)
            assert "{" not in t, (cid, t)
            return t

        subj, body = subject_body(text)
        tool = TOOLS.get((sp["group"], sp["idx"]))
        if sp.get("ours"):
            frm, to = sup["coll_addr"], contact_addr
        elif tool:
            frm, to = tool, sup["ar"]
        else:
            frm = ap_addr if re.search(r"\bAP\b|Accounts Payable|Accounts,|Finance", body) else contact_addr
            lines = body.strip().splitlines()
            tail = lines[-1] if any(re.search(r"\b" + re.escape(q) + r"\b", lines[-1], re.I)
                                    for q in people) else "\n".join(lines[-2:])
            for person in people:
                if len(person.split()) == 1 and re.search(r"\b" + re.escape(person) + r"\b", tail, re.I) \
                        and frm == contact_addr:
                    frm = re.sub(r"[^a-z-]", "", unicodedata.normalize("NFKD", person.lower())) + "@" + domain
                    break
            to = sup["ar"]
        emails = []
        wrapped = fill(body)
        if not tool and not sp.get("ours") and sp["group"] != "HARDSTOP":
            w = rng.random()
            if w < 0.18:
                wrapped += ("\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended "
                            "only for the addressee. If you received it in error, please delete it "
                            "and notify the sender.")
            elif w < 0.34 and reminders and not sp.get("expired"):
                last = reminders[-1]
                wrapped += (f"\n\n-----Original Message-----\nFrom: {sup['ar']}\nSubject: Reminder: "
                            f"invoice {doc} is past due\n\nHello, this is a friendly reminder that "
                            f"invoice {doc} for {money(bal, cur)} is now past due. If you have "
                            f"already sent payment, please disregard this message.\n{sup['name']}")
            elif w < 0.44:
                wrapped += "\n\nSent from my iPhone"
        main_email = {"body": wrapped, "date": ts(email_day, tz, rng.randint(8, 18), rng.choice([5, 20, 41])),
                      "from": frm, "subject": fill(subj), "to": to}
        if sp.get("thread"):
            g, i = sp["thread"]
            _r, ttext = getattr(T, g)[i]
            tsubj, tbody = subject_body(ttext)
            tday = email_day - dt.timedelta(days=6)
            emails.append({"body": fill(tbody), "date": ts(tday, tz, 10, 12), "from": frm,
                           "subject": fill(tsubj), "to": sup["ar"]})
        emails.append(main_email)

        crm_notes = []
        if sp.get("resolved"):
            rday = email_day - dt.timedelta(days=2)
            crm_notes.append({"author": sup["coll"].lower(), "date": ts(rday, tz, 15, 0),
                              "text": f"Customer complained about warm wine delivered against {doc}. "
                                      f"Resolved: credit memo for {money(sp['small_cm'], cur)} issued "
                                      f"on their account, customer confirmed they are happy."})

        # entities
        payments, invoices = [], []
        inv_id = nid()
        linked = []
        for pd_, amt in zip(partial_days, partial_amts):
            pid = nid()
            day = due + dt.timedelta(days=pd_)
            assert day < email_day or sp["idx"] == 21, cid
            payments.append({"CustomerRef": {"name": cname, "value": cust_id}, "Id": pid,
                             "Line": [{"Amount": amt, "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}]}],
                             "MetaData": {"CreateTime": ts(day, tz, 11), "LastUpdatedTime": ts(day, tz, 11)},
                             "SyncToken": "0", "TotalAmt": amt, "TxnDate": day.isoformat(),
                             "UnappliedAmt": 0.0})
            linked.append({"TxnId": pid, "TxnType": "Payment"})
        # paid history
        for h in range(rng.randint(1, 3)):
            hid, pid = nid(), nid()
            hdue = due - dt.timedelta(days=30 * (h + 1))
            htot = round(rng.uniform(lo, hi), 2)
            pday = hdue + dt.timedelta(days=rng.randint(-5, 12))
            invoices.append(make_invoice(hid, f"{doc[:2]}-{24000 + n * 3 + h}", cname, cust_id, cur,
                                         rate, htot, 0.0, hdue, hdue - dt.timedelta(days=30), tz,
                                         [{"TxnId": pid, "TxnType": "Payment"}],
                                         contact_addr, region, rng, home_balance=True))
            payments.append({"CustomerRef": {"name": cname, "value": cust_id}, "Id": pid,
                             "Line": [{"Amount": htot, "LinkedTxn": [{"TxnId": hid, "TxnType": "Invoice"}]}],
                             "MetaData": {"CreateTime": ts(pday, tz, 11), "LastUpdatedTime": ts(pday, tz, 11)},
                             "SyncToken": "0", "TotalAmt": htot, "TxnDate": pday.isoformat(),
                             "UnappliedAmt": 0.0})
        other_bal = 0.0
        if sp.get("other"):
            oid = nid()
            other_bal = round(rng.uniform(hi * 1.1, hi * 1.5) if sp.get("other_big") else rng.uniform(lo, hi), 2)
            if sup_key == "phk" or rate:
                other_bal = min(other_bal, hi)
            odue = due + dt.timedelta(days=rng.randint(3, 8))
            invoices.append(make_invoice(oid, other_doc, cname, cust_id, cur, rate, other_bal, other_bal,
                                         odue, odue - dt.timedelta(days=30), tz, [], contact_addr,
                                         region, rng, home_balance=True))
        if sp.get("unapplied"):
            pid = nid()
            day = email_day - dt.timedelta(days=3)
            payments.append({"CustomerRef": {"name": cname, "value": cust_id}, "Id": pid, "Line": [],
                             "MetaData": {"CreateTime": ts(day, tz, 11), "LastUpdatedTime": ts(day, tz, 11)},
                             "SyncToken": "0", "TotalAmt": bal, "TxnDate": day.isoformat(),
                             "UnappliedAmt": bal})
        credit_memos = []
        if sp.get("small_cm"):
            cmid = nid()
            cm = sp["small_cm"]
            day = email_day - dt.timedelta(days=2)
            credit_memos.append({"Balance": cm, "CurrencyRef": {"value": cur},
                                 "CustomerRef": {"name": cname, "value": cust_id}, "DocNumber": f"CM-{n:03d}",
                                 "Id": cmid, "Line": [{"Amount": cm, "Description": "Goodwill credit: warm wine",
                                                       "DetailType": "SalesItemLineDetail",
                                                       "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "90"}}}],
                                 "MetaData": {"CreateTime": ts(day, tz, 16), "LastUpdatedTime": ts(day, tz, 16)},
                                 "SyncToken": "0", "TotalAmt": cm, "TxnDate": day.isoformat()})
        hb = (sp["group"], sp["idx"]) not in ONLY_RATE
        invoice = make_invoice(inv_id, doc, cname, cust_id, cur, rate, total, bal, due, txn, tz, linked,
                               None if sp.get("no_address") else contact_addr, region, rng,
                               home_balance=hb, status=sp.get("status"))
        customer = {"Active": True, "Balance": round(bal + other_bal, 2), "CompanyName": cname,
                    "CurrencyRef": {"name": {"CAD": "Canadian Dollar", "USD": "United States Dollar",
                                             "GBP": "British Pound Sterling", "EUR": "Euro",
                                             "THB": "Thai Baht"}[cur], "value": cur},
                    "DisplayName": cname, "Id": cust_id,
                    "MetaData": {"CreateTime": "2024-03-04T10:00:00" + tz,
                                 "LastUpdatedTime": ts(txn, tz, 10)},
                    "Notes": "", "SyncToken": "2"}
        if not sp.get("no_address"):
            customer["PrimaryEmailAddr"] = {"Address": contact_addr}
        case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": crm_notes,
                "customer": customer, "emails": emails, "home_currency": home, "id": cid,
                "invoice": invoice, "invoices": invoices, "payments": payments,
                "reminders_sent": reminders}
        cases.append(case)
        routes, outcomes = sp["label"]
        expected.append({"class": sp["cls"], "hard_stop": sp["hs"], "id": cid,
                         "outcome": sorted(outcomes), "route": sorted(routes)})
        meta.append(dict(sp=sp, pdate=pdate, pdate_s=pdate_s, email_day=email_day, region=region,
                         ours=sup["coll_addr"], our_domain=sup["ar"].split("@")[1]))

    attach_extras(cases, meta, rng)
    return cases, expected, meta


def make_invoice(iid, doc, cname, cust_id, cur, rate, total, bal, due, txn, tz, linked, email, region,
                 rng, home_balance=True, status=None):
    desc = {"tor": "Monthly pest management service - restaurant premises",
            "tor-us": "Pest control service - cross-border account",
            "bath": "Stained glass conservation and releading",
            "bath-fr": "Restauration de vitraux / stained glass restoration",
            "phk": "Provisioning delivery - food, ice and beverages",
            "phk-us": "Charter provisioning - yacht delivery"}[region]
    inv = {"Balance": bal, "CurrencyRef": {"value": cur}, "CustomField": [],
           "CustomerRef": {"name": cname, "value": cust_id}, "DocNumber": doc,
           "DueDate": due.isoformat(), "EmailStatus": "EmailSent", "Id": iid,
           "Line": [{"Amount": total, "Description": desc, "DetailType": "SalesItemLineDetail", "Id": "1",
                     "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": "Services", "value": "1"},
                                                           "Qty": 1, "UnitPrice": total}},
                    {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
           "LinkedTxn": linked,
           "MetaData": {"CreateTime": ts(txn, tz, 9), "LastUpdatedTime": ts(txn, tz, 9)},
           "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"}, "SyncToken": "1",
           "TotalAmt": total, "TxnDate": txn.isoformat()}
    if email:
        inv["BillEmail"] = {"Address": email}
    if rate:
        inv["ExchangeRate"] = rate
        if home_balance:
            inv["HomeBalance"] = round(bal * rate, 2)
    if status:
        inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status,
                               "Type": "StringType"}]
    return inv


def attach_extras(cases, meta, rng):
    """Each harmless note / older email is attached once, dated before the case's first email."""
    used = {}
    for group in ("NOTES", "OLD_EMAILS"):
        for i, (region, text) in enumerate(getattr(T, group)):
            who = people_in(text)
            cands = [k for k, m in enumerate(meta) if m["region"] == region and not m["sp"].get("no_extra")
                     and (not who or cust_key(cases[k]) in who)]
            free = [k for k in cands if k not in used] or cands
            k = rng.choice(free)
            used[k] = used.get(k, 0) + 1
            case = cases[k]
            first = min(D(e["date"][:10]) for e in case["emails"])
            start = D(case["invoice"]["TxnDate"]) + dt.timedelta(days=1)
            span = (first - start).days - 1
            day = start + dt.timedelta(days=rng.randint(0, max(span, 0)))
            tz = case["emails"][0]["date"][-6:]
            sup = SUPPLIERS[REGIONS[region][0]]
            if group == "NOTES":
                case["crm_notes"].append({"author": sup["coll"].lower(), "date": ts(day, tz, 14, 10),
                                          "text": text})
                case["crm_notes"].sort(key=lambda x: x["date"])
            else:
                subj, body = subject_body(text)
                addr = case["customer"].get("PrimaryEmailAddr", {}).get("Address") or \
                    f"office@{CUSTOMERS[cust_key(case)][2]}"
                case["emails"].insert(0, {"body": body.replace("{COLL}", sup["coll"]),
                                          "date": ts(day, tz, 12, 30), "from": addr,
                                          "subject": subj, "to": sup["ar"]})
                case["emails"].sort(key=lambda x: x["date"])


def cust_key(case):
    cid = int(case["customer"]["Id"]) - 300
    return list(CUSTOMERS)[cid]


# ---------------------------------------------------------------- check
def facts_of(case, m):
    as_of = D(case["as_of"])
    inv = case["invoice"]
    f = {}
    f["balance"] = inv["Balance"]
    f["due"] = inv.get("DueDate")
    f["dpd"] = (as_of - D(f["due"])).days if f["due"] else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else 0
    stages = [r["stage"] for r in case["reminders_sent"]]
    f["stage_reminded"] = f["stage"] in stages
    ours = m["our_domain"]
    cust_emails = [e for e in case["emails"] if not e["from"].endswith("@" + ours)]
    if len(case["reminders_sent"]) >= 3:
        first = min(r["date"] for r in case["reminders_sent"])
        act = [p for p in case["payments"] if p["TxnDate"] >= first[:10]]
        act += [e for e in cust_emails if e["date"] >= first]
        act += [n for n in case["crm_notes"] if n["date"] >= first]
        f["three_rule"] = not act
    else:
        f["three_rule"] = False
    if inv.get("HomeBalance") is not None:
        home = inv["HomeBalance"]
    elif inv.get("ExchangeRate") is not None:
        home = inv["Balance"] * inv["ExchangeRate"]
    else:
        home = inv["Balance"]
    f["home"] = home
    credit = sum(p["UnappliedAmt"] for p in case["payments"]) + sum(c["Balance"] for c in case["credit_memos"])
    f["credit_covers"] = credit >= inv["Balance"] > 0
    f["address"] = bool(inv.get("BillEmail", {}).get("Address") or
                        case["customer"].get("PrimaryEmailAddr", {}).get("Address"))
    status = [c.get("StringValue", "") for c in inv.get("CustomField", []) if c.get("Name") == "Collections Status"]
    f["disputed"] = any(s.strip().lower() == "disputed" for s in status)
    f["partials"] = sum(1 for p in case["payments"] for ln in p["Line"]
                        for lt in ln["LinkedTxn"] if lt["TxnId"] == inv["Id"])
    alltext = " ".join(e["subject"] + " " + e["body"] for e in case["emails"]) + " " + \
        " ".join(n["text"] for n in case["crm_notes"]) + " " + case["customer"].get("Notes", "")
    f["legal_words"] = bool(LEGAL_WORDS.search(alltext))
    f["noauto"] = bool(NOAUTO.search(alltext))
    f["dispute_note"] = any(DISPUTE_WORDS.search(n["text"]) for n in case["crm_notes"])
    return f


def derive(f, tag):
    """SPEC order applied to the facts and the message's semantic tag -> (routes, outcomes, hard_stop)."""
    if f["balance"] <= 0 or (f["due"] and f["dpd"] < 1):
        return NONE + (None,)
    if tag in ("complaint", "paid"):
        cls = "likely_dispute"
    elif (f["dpd"] is not None and f["dpd"] >= 60) or f["three_rule"] or f["noauto"]:
        cls = "high_touch_escalation"
    elif tag == "plan" or f["partials"] >= 2:
        cls = "payment_plan_candidate"
    else:
        cls = "routine_reminder"
    stop = None
    if tag == "legal" or f["legal_words"]:
        stop = "legal_hold"
    elif f["disputed"] or f["dispute_note"]:
        stop = "open_dispute"
    elif f["home"] >= THRESHOLD:
        stop = "over_risk_threshold"
    elif f["credit_covers"]:
        stop = "unapplied_credit"
    elif not f["address"] or not f["due"]:
        stop = "missing_context"
    if stop:
        outs = {"legal_hold": {cls, "high_touch_escalation", "likely_dispute", "routine_reminder"},
                "open_dispute": {"likely_dispute"} | ({"high_touch_escalation"} if f["home"] >= THRESHOLD else set()),
                "over_risk_threshold": {"high_touch_escalation"},
                "unapplied_credit": {cls, "high_touch_escalation", "likely_dispute", "routine_reminder"},
                "missing_context": {cls, "high_touch_escalation", "routine_reminder"}}[stop]
        return ESC, sorted(outs), stop
    if cls in ("likely_dispute", "high_touch_escalation"):
        return ESC, [cls], None
    if f["stage_reminded"] or tag == "promise":
        return NONE + (None,)
    if cls == "routine_reminder" and tag in ("benign", "soft"):
        return SOFT + (None,)
    if cls == "routine_reminder" and tag == "collector_promise":
        return COLLP + (None,)
    if cls == "payment_plan_candidate":
        return PLAN + (None,)
    return DRAFT_R + (None,)


def check(cases, expected, meta):
    problems = []
    for case, exp, m in zip(cases, expected, meta):
        sp = m["sp"]
        f = facts_of(case, m)
        tag = sp["tag"]
        main = [e for e in case["emails"]][-1]
        # text rules
        if sp["cls"] == "complaint" or tag == "complaint":
            if DISPUTE_WORDS.search(main["subject"] + " " + main["body"]):
                problems.append(f"{case['id']}: dispute vocabulary in a complaint")
        if tag != "legal" and f["legal_words"]:
            problems.append(f"{case['id']}: legal wording outside a legal_hold case")
        if tag in ("promise", "promise_past", "collector_promise"):
            pd_ = m["pdate"]
            if pd_ is None or m["pdate_s"] not in main["body"]:
                problems.append(f"{case['id']}: promise date not in the text")
            elif pd_ <= m["email_day"]:
                problems.append(f"{case['id']}: promise date not after its email")
            elif tag == "promise_past" and pd_ >= D(case["as_of"]):
                problems.append(f"{case['id']}: expired promise still ahead")
            elif tag != "promise_past" and pd_ <= D(case["as_of"]):
                problems.append(f"{case['id']}: promise not ahead of as_of")
            # an effective promise gate is a promise *still ahead*
            if tag == "promise_past":
                tag = "none"
            if tag == "collector_promise" and not main["from"].endswith(m["our_domain"]):
                problems.append(f"{case['id']}: collector email not from our domain")
        if sp["cls"] == "hardship":
            if f["dpd"] >= 60 or f["stage_reminded"] or re.search(r"\d{1,2}(st|nd|rd|th)\b|\d+/\d+|"
                                                                   r"January|February|December|Monday|"
                                                                   r"Tuesday|Wednesday|Thursday|Friday",
                                                                   main["body"]):
                problems.append(f"{case['id']}: hardship scaffold or text breaks the rules")
        if sp["cls"] == "benign" and f["stage_reminded"]:
            problems.append(f"{case['id']}: benign case already reminded")
        if sp["cls"] == "paid_claim" and sp["rem"] == "cur":
            last = max(r["date"] for r in case["reminders_sent"])
            if not main["date"] > last:
                problems.append(f"{case['id']}: paid claim not after the stage's reminder")
        if sp.get("partials") and f["partials"] != len(sp["partials"]):
            problems.append(f"{case['id']}: partial payments miscounted")
        if sp.get("ours") and not main["from"].endswith("@" + m["our_domain"]):
            problems.append(f"{case['id']}: our email not from our domain")
        if tag in ("collector", "collector_promise"):
            tag = "none" if tag == "collector" else tag
        if tag == "none":
            tag = "routine"
        routes, outcomes, hs = derive(f, tag)
        if (sorted(routes), sorted(outcomes), hs) != (exp["route"], exp["outcome"], exp["hard_stop"]):
            problems.append(f"{case['id']}: declared {exp['route']}/{exp['outcome']}/{exp['hard_stop']} "
                            f"but SPEC order gives {routes}/{outcomes}/{hs} (facts {f})")
        if sp["cls"] in ("complaint", "paid_claim", "promise", "hardship"):
            if len(exp["route"]) != 1 or len(exp["outcome"]) != 1:
                problems.append(f"{case['id']}: a hard class with more than one answer")
    return problems


TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos",
       "emails", "crm_notes", "reminders_sent"}
ROUTES = {"draft_for_approval", "escalate_to_human", "none"}
OUTCOMES = {"routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation",
            "no_action"}
STOPS = {None, "legal_hold", "open_dispute", "over_risk_threshold", "unapplied_credit", "missing_context"}


def wellformed(cases, expected):
    bad = []
    ids = set()
    for case, exp in zip(cases, expected):
        cid = case["id"]
        if set(case) != TOP:
            bad.append(f"{cid}: top-level keys {sorted(set(case) ^ TOP)}")
        if cid in ids:
            bad.append(f"{cid}: duplicate id")
        ids.add(cid)
        D(case["as_of"])
        inv, cust = case["invoice"], case["customer"]
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef", "Line",
                  "LinkedTxn", "MetaData", "SyncToken"):
            if k not in inv:
                bad.append(f"{cid}: invoice lacks {k}")
        if inv["CustomerRef"]["value"] != cust["Id"]:
            bad.append(f"{cid}: invoice CustomerRef")
        curs = {inv["CurrencyRef"]["value"]} | {i["CurrencyRef"]["value"] for i in case["invoices"]} | \
            {c["CurrencyRef"]["value"] for c in case["credit_memos"]}
        if curs != {cust["CurrencyRef"]["value"]}:
            bad.append(f"{cid}: more than one currency for the customer")
        foreign = inv["CurrencyRef"]["value"] != case["home_currency"]
        if foreign != ("ExchangeRate" in inv):
            bad.append(f"{cid}: ExchangeRate presence")
        if "HomeBalance" in inv and abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) > 0.005:
            bad.append(f"{cid}: HomeBalance != Balance x ExchangeRate")
        all_inv = {i["Id"]: i for i in [inv] + case["invoices"]}
        pays = {p["Id"]: p for p in case["payments"]}
        for i in all_inv.values():
            if i["CustomerRef"]["value"] != cust["Id"]:
                bad.append(f"{cid}: history invoice of another customer")
            paid = 0.0
            for lt in i["LinkedTxn"]:
                p = pays.get(lt["TxnId"])
                if lt["TxnType"] != "Payment" or p is None:
                    bad.append(f"{cid}: invoice {i['Id']} links a missing payment")
                    continue
                amts = [ln["Amount"] for ln in p["Line"] for x in ln["LinkedTxn"] if x["TxnId"] == i["Id"]]
                if not amts:
                    bad.append(f"{cid}: payment {p['Id']} does not link back to {i['Id']}")
                paid += sum(amts)
            if abs(i["TotalAmt"] - paid - i["Balance"]) > 0.005:
                bad.append(f"{cid}: TotalAmt - payments != Balance on {i['Id']}")
            if sum(ln["Amount"] for ln in i["Line"] if ln["DetailType"] == "SalesItemLineDetail") != i["TotalAmt"]:
                bad.append(f"{cid}: lines do not sum on {i['Id']}")
        for p in pays.values():
            for k in ("Id", "TotalAmt", "TxnDate", "UnappliedAmt", "Line", "CustomerRef"):
                if k not in p:
                    bad.append(f"{cid}: payment lacks {k}")
            applied = sum(ln["Amount"] for ln in p["Line"])
            if abs(applied + p["UnappliedAmt"] - p["TotalAmt"]) > 0.005:
                bad.append(f"{cid}: payment {p['Id']} amounts")
            for ln in p["Line"]:
                for x in ln["LinkedTxn"]:
                    tgt = all_inv.get(x["TxnId"])
                    if x["TxnType"] != "Invoice" or tgt is None or \
                            not any(lt["TxnId"] == p["Id"] for lt in tgt["LinkedTxn"]):
                        bad.append(f"{cid}: payment {p['Id']} link not mirrored")
        for c in case["credit_memos"]:
            if not (0 <= c["Balance"] <= c["TotalAmt"]):
                bad.append(f"{cid}: credit memo balance")
        for e in case["emails"]:
            if set(e) != {"from", "to", "date", "subject", "body"} or not e["body"].strip():
                bad.append(f"{cid}: email shape")
            dt.datetime.fromisoformat(e["date"])
            if e["date"][:10] > case["as_of"]:
                bad.append(f"{cid}: email after as_of")
        for n in case["crm_notes"]:
            if set(n) != {"author", "date", "text"}:
                bad.append(f"{cid}: note shape")
            if n["date"][:10] > case["as_of"]:
                bad.append(f"{cid}: note after as_of")
        st = [r["stage"] for r in case["reminders_sent"]]
        if len(st) != len(set(st)) or any(s not in STAGES for s in st):
            bad.append(f"{cid}: reminder stages")
        for r in case["reminders_sent"]:
            if set(r) != {"date", "stage"} or r["date"][:10] > case["as_of"]:
                bad.append(f"{cid}: reminder shape/date")
            if inv.get("DueDate") and (D(r["date"][:10]) - D(inv["DueDate"])).days < r["stage"]:
                bad.append(f"{cid}: reminder before its stage")
        if list(exp) != sorted(exp) or exp["id"] != cid:
            bad.append(f"{cid}: expected line format")
        if not set(exp["route"]) <= ROUTES or not set(exp["outcome"]) <= OUTCOMES or exp["hard_stop"] not in STOPS:
            bad.append(f"{cid}: expected values")
    return bad


def main():
    cases, expected, meta = build()
    problems = check(cases, expected, meta) + wellformed(cases, expected)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        sys.exit(f"{len(problems)} problems; nothing written")
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    mix = {}
    for e in expected:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    print(f"{len(cases)} cases written: " + ", ".join(f"{k} {v}" for k, v in mix.items()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds probe_l: cases.jsonl (SPEC case bundles, ids pl-0001...) and expected.jsonl.

Blind probe written from shared/SPEC.md and the label conventions in the judge_cases READMEs.
Stdlib only, fixed seed; re-running rewrites both files byte for byte:

    python3 tests/data/judge_cases/probe_l/build.py
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

SEED = 20261217
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.00
D = dt.date
ONE = dt.timedelta(days=1)
AS_OFS = [D(2026, 12, 7), D(2026, 12, 8), D(2026, 12, 9), D(2026, 12, 10), D(2026, 12, 11)]

# ------------------------------------------------------------------------------------- worlds
WORLDS = {
    "dog": dict(home="GBP", ours="Harriet", ours_full="Harriet Cole",
                ours_addr="accounts@brightpaws-supply.example", tz="+00:00", prefix="BP-"),
    "rig": dict(home="NZD", ours="Tama", ours_full="Tama Ruawai",
                ours_addr="accounts@southerlyrig.example", tz="+13:00", prefix="SR-"),
    "int": dict(home="USD", ours="Marisol", ours_full="Marisol Vega",
                ours_addr="ar@bayfrontinterp.example", tz="-05:00", prefix="BIG-"),
}
SUB = {  # sub-world: (world, currency, currency name, rate to home, amount range in currency)
    "dog": ("dog", "GBP", "British Pound Sterling", None, (140, 3400)),
    "dog-eur": ("dog", "EUR", "Euro", 0.86, (320, 3900)),
    "rig": ("rig", "NZD", "New Zealand Dollar", None, (650, 8400)),
    "rig-aud": ("rig", "AUD", "Australian Dollar", 1.11, (800, 7000)),
    "int": ("int", "USD", "United States Dollar", None, (380, 7400)),
    "int-cop": ("int", "COP", "Colombian Peso", 0.00025, (1_600_000, 27_000_000)),
}
CUSTOMERS = {
    "dog": [("Shaggy Chic Mobile Grooming", "Jo Barker", "shaggychic"),
            ("The Muddy Paws Van Co", "Lou Hennessy", "muddypawsvan"),
            ("Pooch Parlour on Wheels", "Gemma Price", "poochparlourlewes"),
            ("Scrub-a-Pup Eastbourne", "Dan Okafor", "scrubapup"),
            ("Wag & Wash Crawley", "Sue Mitchell", "wagwashcrawley"),
            ("Tidy Tails Horsham", "Raj Patel", "tidytails"),
            ("Bark Avenue Mobile", "Kirsty Lamb", "barkavenuemobile"),
            ("Fluff Stop Seaford", "Tom Reeve", "fluffstop")],
    "dog-eur": [("Toilettage Mobile Côte d'Opale", "Sandrine Lefebvre", "toilettage-opale"),
                ("Chien Chic Mobile Lyon", "Amélie Girard", "chienchic-lyon"),
                ("Les Toutous Nomades", "Julien Moreau", "toutousnomades"),
                ("Caniprop Bordeaux", "Claire Dubois", "caniprop")],
    "rig": [("Harbourside Players Inc", "Hemi Walker", "harbourside-players"),
            ("Tararua Festival Trust", "Sophie Grant", "tararuafest"),
            ("Cuba Street Cabaret Ltd", "Ana Faleolo", "cubastcabaret"),
            ("Kapiti Community Stage", "Lisa Brown", "kapitistage"),
            ("Red Rocks Events NZ", "Mike Tane", "redrocksevents"),
            ("Southern Lights Productions Ltd", "Aroha Ngata", "southernlights"),
            ("Porirua Arts Hub", "Sam Leota", "poriruaarts")],
    "rig-aud": [("Fitzroy Assembly Hall Pty Ltd", "Margaret Hill", "fitzroyhall"),
                ("Yarra Bend Playhouse", "Bec Nguyen", "yarrabendplayhouse"),
                ("Collingwood Variety Rooms Pty Ltd", "Nick Tran", "collingwoodvariety"),
                ("St Kilda Spiegeltent Co", "Josh Ryan", "stkildaspiegel")],
    "int": [("Brickell Capital Partners LLC", "Kevin Ortiz", "brickellcap"),
            ("Doral Logistics Inc", "Jenna Marks", "dorallogistics"),
            ("Key Biscayne Resort & Spa", "Rafael Suarez", "kbresort"),
            ("Little Havana Community Health Center", "Denise Alvarez", "lhchc"),
            ("Seaport Cruise Services", "Tony Russo", "seaportcruise"),
            ("Palmetto Freight Forwarders", "Linda Cho", "palmettofreight"),
            ("Aventura Pharma Trials Inc", "Priya Shah", "aventurapharma")],
    "int-cop": [("Andes Cafés de Exportación S.A.S.", "Andrés Rojas", "andescafes"),
                ("Grupo Energético Sabana S.A.S.", "Camilo Herrera", "gesabana"),
                ("Clínica Chapinero Ltda", "Laura Méndez", "clinicachapinero"),
                ("Flores del Norte S.A.S.", "Diana Castro", "floresdelnorte")],
}
ITEMS = {
    "dog": ["Oatmeal & aloe shampoo 5L", "Clipper blades #10 (pair)", "Grooming tunics (embroidered)",
            "Hydraulic table service", "Franchise support fee - monthly", "Van fit-out stage payment",
            "Microfibre towels (box of 50)", "Workshop place - hand-stripping"],
    "rig": ["Moving head hire (per week)", "1t chain hoist hire", "Rigger - day rate",
            "Truss 3m section hire", "Haze machine hire", "Follow-spot operator (per night)",
            "Transport - truck and driver", "LED cyc light hire"],
    "int": ["Consecutive interpreting - half day", "Simultaneous interpreting team (2)",
            "ASL interpreting - hourly", "Certified translation - per page",
            "Interpreting equipment rental", "Remote interpreting session", "Travel time"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOOLS = {"Tipalti": "notifications@tipalti.example", "Coupa": "do_not_reply@coupahost.example",
         "Bill.com": "notifications@bill.example", "SAP Ariba": "ordersender@ariba.example",
         "Remittance Advice": None}
LEGAL_RE = re.compile(r"bankrupt|insolven|lawyer|counsel|legal|attorney|solicitor|liquidat|"
                      r"administration|receivership", re.I)
DISPUTE_RE = re.compile(r"disput|contest|disagree|query", re.I)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def pfmt(d: dt.date) -> dict:
    """Every promise-date placeholder for one date."""
    return {
        "P_iso": d.isoformat(), "P_dmy": d.strftime("%d/%m/%Y"), "P_mdy": d.strftime("%m/%d/%Y"),
        "P_dot": d.strftime("%d.%m.%Y"), "P_long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "P_mon": f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
        "P_wd": f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}",
        "P_th": f"the {ordinal(d.day)}", "P_day": WEEKDAYS[d.weekday()],
        "P_fr": f"{d.day} {FR_MONTHS[d.month - 1]}", "P_es": f"{d.day} de {ES_MONTHS[d.month - 1]}",
        "P_abbr": d.strftime("%d-%b-%y"),
        "P_us": f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    }


def money_str(x: float, cur: str) -> str:
    if cur == "GBP":
        return f"£{x:,.2f}"
    if cur == "EUR":
        return f"{x:,.2f} €".replace(",", " ").replace(".", ",")
    if cur == "NZD":
        return f"NZ${x:,.2f}"
    if cur == "AUD":
        return f"A${x:,.2f}"
    if cur == "USD":
        return f"${x:,.2f}"
    return f"COP {int(round(x)):,}".replace(",", ".")


def past_str(d: dt.date, sub: str, tool: bool) -> str:
    if tool:
        return d.isoformat()
    if sub == "dog-eur":
        return f"{d.day} {FR_MONTHS[d.month - 1]}"
    if sub == "int-cop":
        return f"{d.day} de {ES_MONTHS[d.month - 1]}"
    if sub.startswith("int"):
        return f"{MONTHS[d.month - 1][:3]} {d.day}"
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1][:3]}"


def is_tool(text: str) -> bool:
    subj = text.split("\n", 1)[0]
    return any(t in subj for t in TOOLS) or subj.startswith("S: Automatic reply")


# ------------------------------------------------------------------------------------- labels
ESC, DRAFT, NONE_R = "escalate_to_human", "draft_for_approval", "none"
DISPUTE = ([ESC], ["likely_dispute"], None)
PLAN = ([DRAFT], ["payment_plan_candidate"], None)
NONE = ([NONE_R], ["no_action"], None)
ROUT = ([DRAFT], ["routine_reminder"], None)
ALT = ([DRAFT, ESC], ["routine_reminder", "high_touch_escalation"], None)
HIGH = ([ESC], ["high_touch_escalation"], None)

# Semantic tags: complaint, paid (both contest), promise (dated, ahead), plan (more time / parts),
# plan_promise (part on a date, rest later), collector_promise (a promise relayed by our collector),
# paid_then_promise (a paid claim corrected into a dated promise), expired (a promise whose date
# has passed), benign (harmless, negated, hypothetical, retracted, resolved, other invoice),
# legal, none (no customer message).

SPECS: list[dict] = []


def add(cls, src, idx, tag, label, **kw):
    SPECS.append(dict(cls=cls, src=src, idx=idx, tag=tag, label=label, **kw))


# complaints: 20, two of them >= 60 days past due
for i in range(20):
    add("complaint", "COMPLAINTS", i, "complaint", DISPUTE,
        dpd=(62, 118) if i in (4, 15) else (2, 58), rem=["none", "earlier", "current"][i % 3])
# paid claims: 10, 7 after the current stage's reminder
for i in range(10):
    add("paid_claim", "PAID_CLAIMS", i, "paid", DISPUTE, dpd=(3, 57),
        rem="current" if i not in (1, 5, 8) else ["none", "earlier", "none"][(1, 5, 8).index(i)],
        other=i in (0, 3, 6, 7))
# promises: 15, 8 with the current stage already reminded
for i in range(15):
    add("promise", "PROMISES", i, "promise", NONE, dpd=(2, 55),
        rem="current" if i % 2 == 0 else ["none", "earlier"][(i // 2) % 2])
# hardship: 15, never reminded for the current stage, two after one partial payment
for i in range(15):
    add("hardship", "HARDSHIP", i, "plan", PLAN, dpd=(2, 55), rem=["none", "earlier"][i % 2],
        partials=1 if i in (6, 12) else 0)
# benign: 15, current stage not reminded
for i in range(15):
    add("benign", "BENIGN", i, "benign", ALT, dpd=(1, 55), rem=["earlier", "none"][i % 2])

# mixed hard negatives: 30
M = lambda idx, tag, label, **kw: add("mixed", "MIXED", idx, tag, label, **kw)  # noqa: E731
M(0, "promise", NONE, dpd=(5, 40), rem="earlier")
M(1, "benign", ALT, dpd=(3, 40), rem="earlier")
M(2, "benign", ALT, dpd=(3, 40), rem="none", thread=[(0, 0)])
M(3, "benign", ALT, dpd=(8, 45), rem="earlier", thread=[(1, 2)])
M(4, "benign", ALT, dpd=(3, 40), rem="none", other=True)
M(5, "benign", ALT, dpd=(8, 45), rem="earlier", other=True)
M(6, "complaint", DISPUTE, dpd=(3, 40), rem="current")
M(7, "complaint", DISPUTE, dpd=(3, 40), rem="none")
M(8, "expired", ROUT, dpd=(16, 28), rem="earlier")
M(9, "expired", ROUT, dpd=(16, 28), rem="earlier")
M(10, "promise", HIGH, dpd=(62, 100), rem="current")
M(11, "plan", HIGH, dpd=(65, 120), rem="earlier")
M(12, "plan", NONE, dpd=(10, 45), rem="current")
M(13, "plan", NONE, dpd=(10, 45), rem="current")
M(14, "collector_promise", ([DRAFT, NONE_R], ["routine_reminder", "no_action"], None),
  dpd=(3, 40), rem="none", collector=True)
M(15, "none", HIGH, dpd=(33, 55), rem="three", collector=True)
M(16, "benign", ALT, dpd=(20, 45), rem="earlier", thread=[(2, 12)], resolved=True)
M(17, "benign", ALT, dpd=(2, 40), rem="none")
M(18, "plan", PLAN, dpd=(3, 45), rem="earlier")
M(19, "plan", PLAN, dpd=(3, 45), rem="none")
M(20, "paid_then_promise", ([NONE_R, ESC], ["no_action", "likely_dispute"], None),
  dpd=(3, 40), rem="none", thread=[(3, 1)])
M(21, "plan_promise", ([DRAFT, NONE_R], ["payment_plan_candidate", "no_action"], None),
  dpd=(3, 40), rem="none")
M(22, "promise", ([NONE_R, ESC], ["no_action", "high_touch_escalation"], None),
  dpd=(3, 40), rem="none")
# mixed without a customer message (structure only)
add("mixed", None, "dog", "none", ROUT, dpd=(33, 55), rem="three", partial_after_first=True)
add("mixed", None, "rig", "none", ROUT, dpd=(33, 55), rem="three", note=1)
add("mixed", None, "int", "none", PLAN, dpd=(10, 45), rem="earlier", partials=2, max_rem=2)
add("mixed", None, "dog", "none", ROUT, dpd=(10, 45), rem="earlier", status="Reminder sent",
    max_rem=2)
add("mixed", None, "rig", "collector_promise", ([NONE_R, DRAFT], ["no_action", "routine_reminder"],
    None), dpd=(5, 40), rem="earlier", note=0, max_rem=2)
add("mixed", None, "dog-eur", "none", ROUT, dpd=(10, 45), rem="earlier", unapplied="short",
    max_rem=2)
add("mixed", None, "dog-eur", "none", ROUT, dpd=(3, 45), rem="none", home="under")

# hard stops: 5
add("hard_stop", "HARD_STOP", 0, "legal",
    ([ESC], ["high_touch_escalation", "likely_dispute", "routine_reminder",
             "payment_plan_candidate"], "legal_hold"), dpd=(10, 45), rem="earlier")
add("hard_stop", "HARD_STOP", 1, "promise", ([ESC], ["likely_dispute"], "open_dispute"),
    dpd=(5, 40), rem="current", status="DISPUTED")
add("hard_stop", "HARD_STOP", 2, "promise", ([ESC], ["high_touch_escalation"],
                                             "over_risk_threshold"), dpd=(5, 40), rem="none",
    home="over")
add("hard_stop", "HARD_STOP", 3, "plan",
    ([ESC], ["routine_reminder", "high_touch_escalation", "likely_dispute",
             "payment_plan_candidate"], "unapplied_credit"), dpd=(5, 40), rem="none",
    unapplied="cover")
add("hard_stop", "HARD_STOP", 4, "benign", ([ESC], ["routine_reminder", "high_touch_escalation"],
                                            "missing_context"), dpd=(5, 40), rem="none",
    nodue=True)


# ------------------------------------------------------------------------------------- building
class Ids:
    def __init__(self):
        self.n = 5000

    def next(self) -> str:
        self.n += 1
        return str(self.n)


def stage_of(dpd: int) -> int:
    return max(s for s in STAGES if s <= dpd)


def ts(d: dt.date, tz: str, h: int = 9, m: int = 0) -> str:
    return f"{d.isoformat()}T{h:02d}:{m:02d}:00{tz}"


def split_amount(rng, total_c: int, k: int) -> list[int]:
    if k == 1:
        return [total_c]
    cuts = sorted(rng.sample(range(1, total_c), k - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total_c])]
    return parts


def make_invoice(rng, ids, sub, cust, doc, total, txn, due, email_ok=True):
    world, cur, cur_name, rate, _ = SUB[sub]
    cents = int(round(total * 100))
    k = rng.choice([1, 1, 2, 3])
    parts = split_amount(rng, cents, k) if cents > 300 else [cents]
    items = rng.sample(ITEMS[world], len(parts))
    lines = []
    for n, (item, c) in enumerate(zip(items, parts), 1):
        amt = round(c / 100, 2)
        lines.append({"Amount": amt, "Description": item, "DetailType": "SalesItemLineDetail",
                      "Id": str(n), "LineNum": n,
                      "SalesItemLineDetail": {"ItemRef": {"name": item, "value": str(10 + n)},
                                              "Qty": 1, "UnitPrice": amt}})
    lines.append({"Amount": round(cents / 100, 2), "DetailType": "SubTotalLineDetail",
                  "SubTotalLineDetail": {}})
    tz = WORLDS[world]["tz"]
    inv = {
        "Balance": round(total, 2),
        "BillEmail": {"Address": cust["email"]} if email_ok else None,
        "CurrencyRef": {"name": cur_name, "value": cur},
        "CustomField": [],
        "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
        "DocNumber": doc,
        "DueDate": due.isoformat() if due else None,
        "EmailStatus": "EmailSent",
        "Id": ids.next(),
        "Line": lines,
        "LinkedTxn": [],
        "MetaData": {"CreateTime": ts(txn, tz), "LastUpdatedTime": ts(txn, tz)},
        "PrintStatus": "NotSet",
        "PrivateNote": "",
        "SalesTermRef": {"value": "3"},
        "SyncToken": "1",
        "TotalAmt": round(total, 2),
        "TxnDate": txn.isoformat(),
    }
    if due is None:
        del inv["DueDate"]
    if rate is not None:
        inv["ExchangeRate"] = rate
        inv["HomeTotalAmt"] = round(total * rate, 2)
        inv["HomeBalance"] = round(total * rate, 2)
    return inv


def make_payment(ids, sub, cust, date, amount, links, unapplied=0.0):
    world, cur, cur_name, rate, _ = SUB[sub]
    tz = WORLDS[world]["tz"]
    p = {"CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]}, "Id": ids.next(),
         "Line": [{"Amount": round(a, 2), "LinkedTxn": [{"TxnId": tid, "TxnType": ttype}]}
                  for tid, ttype, a in links],
         "MetaData": {"CreateTime": ts(date, tz, 10, 15), "LastUpdatedTime": ts(date, tz, 10, 15)},
         "SyncToken": "0", "TotalAmt": round(amount, 2), "TxnDate": date.isoformat(),
         "UnappliedAmt": round(unapplied, 2)}
    if rate is not None:
        p["CurrencyRef"] = {"name": cur_name, "value": cur}
        p["ExchangeRate"] = rate
    return p


def set_balance(inv, bal):
    inv["Balance"] = round(bal, 2)
    if "ExchangeRate" in inv and "HomeBalance" in inv:
        inv["HomeBalance"] = round(bal * inv["ExchangeRate"], 2)


def signature(sub, cust):
    name, c = cust["contact_full"], cust["DisplayName"]
    return {
        "dog": f"\n\n--\n{name}\n{c}\nMobile grooming across Sussex | 07700 900{rnd4(c)}",
        "dog-eur": f"\n\n--\n{name}\n{c}\nToilettage à domicile",
        "rig": f"\n\nNgā mihi,\n{name}\n{c}\n04 555 0{rnd4(c)[:3]}",
        "rig-aud": f"\n\nCheers,\n{name}\n{c} | Melbourne VIC",
        "int": f"\n\nBest regards,\n{name}\n{c}\nMiami, FL | (305) 555-0{rnd4(c)[:3]}",
        "int-cop": f"\n\nCordialmente,\n{name}\n{c}\nBogotá D.C., Colombia",
    }[sub]


def rnd4(s: str) -> str:
    return f"{sum(map(ord, s)) % 10000:04d}"


FOOTERS = {
    "dog": "This email and any attachments are confidential and intended solely for the addressee. "
           "If you have received it in error please delete it and let the sender know.",
    "dog-eur": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
               "leur destinataire. Si vous l'avez reçu par erreur, merci de le supprimer.",
    "rig": "CAUTION: This email may contain confidential information. If you are not the intended "
           "recipient, please notify the sender and delete it.",
    "rig-aud": "This message is confidential and may be privileged. If you are not the intended "
               "recipient you must not use, copy or distribute it.",
    "int": "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of "
           "the intended recipient(s) and may contain confidential information.",
    "int-cop": "AVISO DE CONFIDENCIALIDAD: Este mensaje es confidencial y está dirigido únicamente a "
               "su destinatario. Si lo recibió por error, por favor elimínelo.",
}


def wrap(rng, body, subj, sub, cust, world, inv, last_rem, email_d):
    """Sometimes add a forward, our quoted reminder, a signature or a footer."""
    tz = WORLDS[world]["tz"]
    W = WORLDS[world]
    used = []
    if rng.random() < 0.08:
        body = ("Resending, this bounced from your old address.\n\n"
                "---------- Forwarded message ---------\n"
                f"From: {cust['contact_full']} <{cust['email']}>\n"
                f"Date: {(email_d - ONE).isoformat()}\nSubject: {subj}\n\n" + body)
        used.append("forward")
    if rng.random() < 0.35:
        body += signature(sub, cust)
        used.append("signature")
    if rng.random() < 0.15:
        body += "\n\n" + FOOTERS[sub]
        used.append("footer")
    if last_rem is not None and subj.lower().startswith("re") and rng.random() < 0.5:
        bal = money_str(inv["Balance"], inv["CurrencyRef"]["value"])
        q = (f"On {last_rem.isoformat()} at 09:00, {W['ours_full']} <{W['ours_addr']}> wrote:\n"
             f"> Dear {cust['contact']},\n>\n"
             f"> Our records show that invoice {inv['DocNumber']} for {bal} was due on "
             f"{inv.get('DueDate')} and remains unpaid.\n"
             "> Could you let us know when we can expect payment?\n"
             "> If you have already sent payment, please disregard this message.\n>\n"
             f"> Kind regards,\n> {W['ours']}")
        body += "\n\n" + q
        used.append("quoted_reminder")
    return body, used


def pick_promise(rng, fmts, email_d, as_of):
    cands = []
    p = as_of + ONE
    while p <= D(2026, 12, 31):
        ok = p.weekday() < 5 and (p.month, p.day) not in ((12, 25), (12, 26), (12, 28))
        for f in fmts:
            if f == "day":
                ok = ok and (p - email_d).days <= 6
            else:
                ok = ok and p.day >= 13
            if f == "th":
                ok = ok and p.month == email_d.month
        if ok:
            cands.append(p)
        p += ONE
    return rng.choice(cands) if cands else None


def text_of(src, idx):
    return getattr(T, src)[idx]


def build_case(rng, ids, n, spec):
    """One bundle plus its meta (for check)."""
    src = spec["src"]
    if src is not None:
        world_s, raw = text_of(src, spec["idx"])
    else:
        world_s, raw = spec["idx"], None
    sub, _, pin = world_s.partition("/")
    world, cur, cur_name, rate, (lo_amt, hi_amt) = SUB[sub]
    W = WORLDS[world]
    if pin:
        c = next(x for x in CUSTOMERS[sub] if x[2] == pin)
    else:
        c = rng.choice(CUSTOMERS[sub])
    company, contact_full, dom = c
    cust_id = ids.next()
    contact = contact_full.split()[0]
    cust_email = f"{contact.lower()}@{dom}.example".replace("é", "e").replace("á", "a")
    if spec.get("ap_mailbox") or (n % 5 == 0):
        cust_email = f"accounts@{dom}.example"

    texts_all = [raw] if raw else []
    for t_idx, _gap in spec.get("thread", []):
        texts_all.append(T.THREAD[t_idx][1])
    if spec.get("note") is not None:
        texts_all.append(T.CASE_NOTES[spec["note"]])
    pf = sorted(set(f for t in texts_all for f in re.findall(r"\{P_(\w+)\}", t)))
    has_exp = any("{E_" in t for t in texts_all)

    for _attempt in range(500):
        as_of = rng.choice(AS_OFS)
        dpd = rng.randint(*spec["dpd"])
        stage = stage_of(dpd)
        earlier = [s for s in STAGES if s < stage]
        scheme = spec["rem"]
        if scheme == "three":
            rem_stages = [s for s in STAGES if s < stage]
            if len(rem_stages) < 3:
                continue
        elif scheme == "none":
            rem_stages = []
        elif scheme == "earlier":
            if not earlier:
                rem_stages = []
            else:
                k = rng.randint(1, min(len(earlier), spec.get("max_rem", 9)))
                rem_stages = sorted(rng.sample(earlier, k))
        else:  # current
            k = rng.randint(0, min(len(earlier), 2))
            rem_stages = sorted(rng.sample(earlier, k)) + [stage]
            if dpd - stage < 3:
                continue
        due = as_of - dt.timedelta(days=dpd)
        rem_dates = []
        for s in rem_stages:
            d = due + dt.timedelta(days=s + rng.choice([0, 0, 1]))
            rem_dates.append(min(d, as_of - ONE))
        if len(set(rem_dates)) != len(rem_dates):
            continue
        last_rem = rem_dates[-1] if rem_dates else None
        lo = (last_rem + ONE) if last_rem else as_of - dt.timedelta(days=6)
        lo = max(lo, as_of - dt.timedelta(days=6))
        hi = as_of - ONE
        if has_exp:
            email_d = as_of - dt.timedelta(days=rng.randint(12, 18))
        else:
            if lo > hi:
                continue
            email_d = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
        if "th" in pf and email_d.month != 12:
            continue
        promise = None
        if pf:
            promise = pick_promise(rng, pf, email_d, as_of)
            if promise is None:
                continue
        expired = None
        if has_exp:
            cands = [email_d + dt.timedelta(days=k) for k in range(2, 8)]
            cands = [x for x in cands if x.weekday() < 5 and x < as_of - ONE]
            if not cands:
                continue
            expired = rng.choice(cands)
        break
    else:
        raise SystemExit(f"case {n}: no scaffold fits {spec}")

    tz = W["tz"]
    nodue = spec.get("nodue")
    txn = (due - dt.timedelta(days=rng.choice([14, 30, 30]))) if not nodue else as_of - dt.timedelta(
        days=dpd + 30)
    total = rng.uniform(lo_amt, hi_amt)
    if spec.get("home") == "over":
        total = rng.uniform(41_000_000, 52_000_000) if cur == "COP" else rng.uniform(10_500, 14_000)
    if spec.get("home") == "under":
        total = rng.uniform(11_300, 11_600)  # EUR: Balance x 0.86 just under 10,000
    total = float(round(total, -3)) if cur == "COP" else round(total, 2)

    cust = {"Active": True, "Balance": 0.0, "CompanyName": company,
            "CurrencyRef": {"name": cur_name, "value": cur}, "DisplayName": company, "Id": cust_id,
            "MetaData": {"CreateTime": "2024-03-04T10:15:00" + tz,
                         "LastUpdatedTime": ts(txn, tz, 10, 15)},
            "Notes": rng.choice(["", "", "", "Statements monthly.", "Send invoices as PDF."]),
            "PrimaryEmailAddr": {"Address": cust_email}, "SyncToken": str(rng.randint(1, 6)),
            "contact": contact, "contact_full": contact_full, "email": cust_email}
    prefix = W["prefix"]
    doc = f"{prefix}{rng.randint(2000, 8999)}"
    inv = make_invoice(rng, ids, sub, cust, doc, total, txn, None if nodue else due)
    payments, credit_memos, invoices = [], [], []
    meta = {"tag": spec["tag"], "promise": promise, "expired": expired, "wrappers": [],
            "dispute_note": None}

    # history: paid invoices
    for h in range(rng.randint(0, 3)):
        htxn = txn - dt.timedelta(days=30 * (h + 1) + rng.randint(0, 9))
        hdue = htxn + dt.timedelta(days=30)
        hdoc = f"{prefix}{rng.randint(1000, 1999)}"
        hamt = rng.uniform(lo_amt, hi_amt)
        hamt = float(round(hamt, -3)) if cur == "COP" else round(hamt, 2)
        hinv = make_invoice(rng, ids, sub, cust, hdoc, hamt, htxn, hdue)
        pd = hdue + dt.timedelta(days=rng.randint(-5, 12))
        pay = make_payment(ids, sub, cust, pd, hamt, [(hinv["Id"], "Invoice", hamt)])
        hinv["LinkedTxn"] = [{"TxnId": pay["Id"], "TxnType": "Payment"}]
        set_balance(hinv, 0.0)
        invoices.append(hinv)
        payments.append(pay)
    other = None
    if spec.get("other"):
        oamt = inv["TotalAmt"] * rng.uniform(1.3, 2.2)
        oamt = float(round(oamt, -3)) if cur == "COP" else round(oamt, 2)
        cap = THRESHOLD * rng.uniform(0.55, 0.9) / (rate or 1.0)
        if oamt >= cap:
            oamt = float(round(cap, -3)) if cur == "COP" else round(cap, 2)
        other = make_invoice(rng, ids, sub, cust, f"{prefix}{rng.randint(9000, 9999)}", oamt,
                             as_of - dt.timedelta(days=rng.randint(5, 20)),
                             as_of + dt.timedelta(days=rng.randint(6, 25)))
        invoices.append(other)

    # partial payments on this invoice
    bal = inv["TotalAmt"]
    nparts = spec.get("partials", 0) + (1 if spec.get("partial_after_first") else 0)
    for k in range(nparts):
        frac = rng.uniform(0.12, 0.3)
        amt = float(round(bal * frac, -3)) if cur == "COP" else round(bal * frac, 2)
        if spec.get("partial_after_first"):
            pdate = rem_dates[0] + dt.timedelta(days=rng.randint(2, 5))
        else:
            pdate = due - dt.timedelta(days=2) + dt.timedelta(days=k * 5 + rng.randint(0, 3))
            pdate = min(pdate, as_of - ONE)
        pay = make_payment(ids, sub, cust, pdate, amt, [(inv["Id"], "Invoice", amt)])
        payments.append(pay)
        inv["LinkedTxn"].append({"TxnId": pay["Id"], "TxnType": "Payment"})
        bal = round(bal - amt, 2)
    if spec.get("resolved"):
        camt = float(round(bal * 0.15, -3)) if cur == "COP" else round(bal * 0.15, 2)
        cm_id = ids.next()
        cdate = email_d - dt.timedelta(days=9)
        credit_memos.append({
            "Balance": 0.0, "CurrencyRef": {"name": cur_name, "value": cur},
            "CustomerRef": {"name": company, "value": cust_id},
            "DocNumber": f"CN-{rng.randint(100, 999)}", "Id": cm_id,
            "Line": [{"Amount": camt, "Description": "Credit - damaged DMX cables",
                      "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                      "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "90"},
                                              "Qty": 1, "UnitPrice": camt}}],
            "MetaData": {"CreateTime": ts(cdate, tz), "LastUpdatedTime": ts(cdate, tz)},
            "RemainingCredit": 0.0, "SyncToken": "1", "TotalAmt": camt,
            "TxnDate": cdate.isoformat()})
        pay = make_payment(ids, sub, cust, cdate, 0.0,
                           [(inv["Id"], "Invoice", camt), (cm_id, "CreditMemo", camt)])
        payments.append(pay)
        inv["LinkedTxn"].append({"TxnId": pay["Id"], "TxnType": "Payment"})
        bal = round(bal - camt, 2)
        meta["dispute_note"] = "resolved"
    set_balance(inv, bal)
    if spec.get("home") == "under":
        del inv["HomeBalance"]
        del inv["HomeTotalAmt"]
    elif rate is not None and rng.random() < 0.2 and spec.get("home") != "over":
        del inv["HomeBalance"]
        del inv["HomeTotalAmt"]
    if spec.get("unapplied") == "cover":
        u = round(bal * 0.6, 2)
        pay = make_payment(ids, sub, cust, as_of - dt.timedelta(days=4), u, [], unapplied=u)
        payments.append(pay)
        cbal = round(bal - u + 15, 2)
        cdate = as_of - dt.timedelta(days=9)
        credit_memos.append({
            "Balance": cbal, "CurrencyRef": {"name": cur_name, "value": cur},
            "CustomerRef": {"name": company, "value": cust_id},
            "DocNumber": f"CN-{rng.randint(100, 999)}", "Id": ids.next(),
            "Line": [{"Amount": cbal, "Description": "Credit - returned truss sections",
                      "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                      "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "90"},
                                              "Qty": 1, "UnitPrice": cbal}}],
            "MetaData": {"CreateTime": ts(cdate, tz), "LastUpdatedTime": ts(cdate, tz)},
            "RemainingCredit": cbal, "SyncToken": "0", "TotalAmt": cbal,
            "TxnDate": cdate.isoformat()})
    if spec.get("unapplied") == "short":
        u = float(round(bal * 0.3, -3)) if cur == "COP" else round(bal * 0.3, 2)
        payments.append(make_payment(ids, sub, cust, as_of - dt.timedelta(days=6), u, [],
                                     unapplied=u))
    if spec.get("status"):
        inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status",
                               "StringValue": spec["status"], "Type": "StringType"}]
    if rem_dates and rng.random() < 0.5:
        inv["PrivateNote"] = "\n".join(
            f"{d.isoformat()} reminder stage {s} sent, approved by @{W['ours'].lower()}"
            for s, d in zip(rem_stages, rem_dates))

    # placeholders
    ref = {"dog": f"BP{rng.randint(100000, 999999)}", "rig": f"DC{rng.randint(1000000, 9999999)}",
           "int": f"{rng.randint(10**14, 10**15 - 1)}"}[world]
    fill = {"inv": doc, "bal": money_str(bal, cur), "other": other["DocNumber"] if other else "",
            "ref": ref, "cust": company, "ours": W["ours"], "contact": contact, "dom": f"{dom}.example"}
    if promise:
        fill.update(pfmt(promise))
    if expired:
        fill["E_iso"] = expired.isoformat()
        fill["E_long"] = (f"{MONTHS[expired.month - 1]} {expired.day}" if world == "int"
                          else f"{expired.day} {MONTHS[expired.month - 1]}")

    def render(text, d):
        f = dict(fill)
        f["paid"] = past_str(d - dt.timedelta(days=rng.randint(2, 8)), sub, is_tool(text))
        subj, _, body = text.partition("\n")
        return subj[3:].format_map(f), body.format_map(f)

    emails, notes = [], []

    def cust_from(text):
        for t, addr in TOOLS.items():
            if t in text.split("\n", 1)[0] and addr:
                return addr
        return cust_email

    # history: an older harmless email and a harmless note, both before the due date
    if nodue:
        hist_before = txn + dt.timedelta(days=3)
    else:
        hist_before = due - dt.timedelta(days=rng.randint(2, 10))
    if rng.random() < 0.35:
        cands = [o for o in T.OLD if o[0] == sub] or [o for o in T.OLD if o[0].split("-")[0] == world]
        o = rng.choice(cands)[1]
        s_, b_ = render(o, hist_before)
        emails.append({"body": b_, "date": ts(hist_before - ONE * 8, tz, 11, 20),
                       "from": cust_email, "subject": s_, "to": W["ours_addr"]})
    if rng.random() < 0.3:
        notes.append({"author": rng.choice(["account owner", "collector", W["ours"].lower()]),
                      "date": ts(hist_before - ONE * 3, tz, 15, 5),
                      "text": rng.choice([t for w, t in T.NOTES
                                          if w in ("*", sub, world)])})

    for t_idx, gap in spec.get("thread", []):
        s_, b_ = render(T.THREAD[t_idx][1], email_d - dt.timedelta(days=gap))
        h = 8 if gap == 0 else 14
        emails.append({"body": b_, "date": ts(email_d - dt.timedelta(days=gap), tz, h, 12),
                       "from": (f"ana@{dom}.example" if t_idx == 0 else cust_email),
                       "subject": s_, "to": W["ours_addr"]})
        if t_idx == 2:
            notes.append({"author": "collector", "date": ts(email_d - dt.timedelta(days=gap - 3), tz,
                                                            16, 40),
                          "text": T.CASE_NOTES[2]})
    if raw is not None:
        s_, b_ = render(raw, email_d)
        if spec.get("collector"):
            emails.append({"body": b_, "date": ts(email_d, tz, 10, 5), "from": W["ours_addr"],
                           "subject": s_, "to": cust_email})
        else:
            if not is_tool(raw) and src != "HARD_STOP":
                b_, used = wrap(rng, b_, s_, sub, cust, world, inv, last_rem, email_d)
                meta["wrappers"] = used
            emails.append({"body": b_, "date": ts(email_d, tz, rng.randint(10, 17), rng.randint(0, 59)),
                           "from": cust_from(raw), "subject": s_, "to": W["ours_addr"]})
    if spec.get("note") is not None:
        nd = (rem_dates[0] + dt.timedelta(days=3)) if spec["note"] == 1 else email_d
        notes.append({"author": "collector", "date": ts(nd, tz, 12, 30),
                      "text": T.CASE_NOTES[spec["note"]].format_map(fill)})
    emails.sort(key=lambda e: e["date"])
    notes.sort(key=lambda x: x["date"])

    if spec.get("noaddr"):
        inv["BillEmail"] = None
        cust["PrimaryEmailAddr"] = None
    open_bal = bal + (other["Balance"] if other else 0.0)
    cust["Balance"] = round(open_bal, 2)
    for k in ("contact", "contact_full", "email"):
        del cust[k]
    case = {
        "as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes,
        "customer": cust, "emails": emails, "home_currency": W["home"], "id": f"pl-{n:04d}",
        "invoice": inv, "invoices": invoices, "payments": payments,
        "reminders_sent": [{"date": ts(d, tz, 9, 0), "stage": s} for s, d in zip(rem_stages, rem_dates)],
    }
    meta["ours"] = W["ours_addr"]
    return case, meta


# ------------------------------------------------------------------------------------- checks
def pdate(s: str) -> dt.date:
    return D.fromisoformat(s[:10])


def facts(case: dict, meta: dict) -> dict:
    """Structural facts re-derived from the bundle alone."""
    inv = case["invoice"]
    as_of = pdate(case["as_of"])
    f = {"balance": inv["Balance"], "due": inv.get("DueDate")}
    f["dpd"] = (as_of - pdate(inv["DueDate"])).days if inv.get("DueDate") else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] and f["dpd"] >= 1 else None
    rem = case["reminders_sent"]
    f["reminded"] = f["stage"] is not None and any(r["stage"] == f["stage"] for r in rem)
    three = False
    if len(rem) >= 3:
        first = min(pdate(r["date"]) for r in rem)
        act = any(pdate(p["TxnDate"]) > first and p["TotalAmt"] > 0 for p in case["payments"])
        act = act or any(pdate(e["date"]) > first and e["from"] != meta["ours"]
                         for e in case["emails"])
        act = act or any(pdate(x["date"]) > first for x in case["crm_notes"])
        three = not act
    f["three"] = three
    if "HomeBalance" in inv:
        home = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        home = inv["Balance"] * inv["ExchangeRate"]
    else:
        home = inv["Balance"]
    f["home"] = home
    credit = sum(p["UnappliedAmt"] for p in case["payments"]) + sum(
        c["Balance"] for c in case["credit_memos"])
    f["covered"] = credit >= inv["Balance"] > 0
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address")
                        or (case["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    partials = 0
    for p in case["payments"]:
        if p["TotalAmt"] <= 0:
            continue
        for ln in p["Line"]:
            if any(l["TxnId"] == inv["Id"] and l["TxnType"] == "Invoice" for l in ln["LinkedTxn"]):
                partials += 1
    f["partials"] = partials
    status = [c.get("StringValue", "") for c in inv.get("CustomField", [])
              if c.get("Name") == "Collections Status"]
    f["disputed"] = any(s.strip().lower() == "disputed" for s in status)
    f["dispute_note"] = meta["dispute_note"] == "open"
    f["legal_note"] = any(LEGAL_RE.search(x["text"]) for x in case["crm_notes"])
    bodies = " ".join(e["body"] for e in case["emails"]) + " " + " ".join(
        x["text"] for x in case["crm_notes"])
    # the promise date: ahead of as_of, after its email, and written in the text
    f["promise_ahead"] = False
    if meta["promise"] is not None:
        p = meta["promise"]
        written = any(v in bodies for v in pfmt(p).values())
        last_email = max(pdate(e["date"]) for e in case["emails"]) if case["emails"] else as_of
        first_email = min(pdate(e["date"]) for e in case["emails"]) if case["emails"] else as_of
        f["promise_ahead"] = p > as_of and p > first_email and written
        f["promise_written"] = written
        f["promise_after_last_email"] = p > last_email
    if meta["expired"] is not None:
        f["expired_ok"] = meta["expired"] < as_of
    return f


def derive(case: dict, meta: dict) -> tuple[str, str, str | None]:
    """SPEC's order applied to the facts plus the message's semantic tag."""
    f = facts(case, meta)
    tag = meta["tag"]
    if f["balance"] <= 0:
        return NONE_R, "no_action", None
    if f["dpd"] is not None and f["dpd"] < 1:
        return NONE_R, "no_action", None
    contest = tag in ("complaint", "paid")
    if tag == "legal" or f["legal_note"]:
        return ESC, "likely_dispute" if contest else "high_touch_escalation", "legal_hold"
    if f["disputed"] or f["dispute_note"]:
        return ESC, "likely_dispute", "open_dispute"
    if f["home"] >= THRESHOLD:
        return ESC, "high_touch_escalation", "over_risk_threshold"
    if f["covered"]:
        return ESC, "routine_reminder", "unapplied_credit"
    if not f["address"] or not f["due"]:
        return ESC, "routine_reminder", "missing_context"
    if contest:
        return ESC, "likely_dispute", None
    if f["dpd"] >= 60 or f["three"]:
        return ESC, "high_touch_escalation", None
    outcome = "payment_plan_candidate" if tag in ("plan", "plan_promise") or f["partials"] >= 2 \
        else "routine_reminder"
    promised = tag in ("promise", "plan_promise", "collector_promise", "paid_then_promise")
    if tag == "expired" and not f.get("expired_ok"):
        raise SystemExit(f"{case['id']}: expired promise not in the past")
    if promised and not f["promise_ahead"]:
        raise SystemExit(f"{case['id']}: promise date not ahead of as_of / not in the text")
    if f["reminded"] or (promised and f["promise_ahead"]):
        return NONE_R, "no_action", None
    return DRAFT, outcome, None


def check(case: dict, meta: dict, spec: dict, exp: dict) -> None:
    route, outcome, hs = derive(case, meta)
    if route not in exp["route"] or outcome not in exp["outcome"] or hs != exp["hard_stop"]:
        raise SystemExit(f"{case['id']} ({spec['cls']} {spec['src']}[{spec['idx']}]): SPEC gives "
                         f"{route}/{outcome}/{hs}, label says {exp}")
    f = facts(case, meta)
    cls = spec["cls"]
    if cls == "hardship" and (f["dpd"] >= 60 or f["reminded"]):
        raise SystemExit(f"{case['id']}: hardship must be < 60 days and not reminded")
    if cls == "benign" and f["reminded"]:
        raise SystemExit(f"{case['id']}: benign must have the current stage unreminded")
    if cls in ("promise", "hardship", "benign") and f["dpd"] >= 60:
        raise SystemExit(f"{case['id']}: {cls} at >= 60 days")
    if meta["promise"] is not None:
        p = meta["promise"]
        body = " ".join(e["body"] for e in case["emails"]) + " ".join(
            x["text"] for x in case["crm_notes"])
        for name, val in pfmt(p).items():
            if val in body and name in ("P_dmy", "P_mdy", "P_dot", "P_iso") and p.day <= 12:
                raise SystemExit(f"{case['id']}: ambiguous numeric date")
        if not f["promise_written"] or not f["promise_after_last_email"]:
            raise SystemExit(f"{case['id']}: promise date not written or not after its email")


def wellformed(case: dict, exp: dict) -> None:
    cid = case["id"]

    def bad(msg):
        raise SystemExit(f"{cid}: not well formed: {msg}")

    keys = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
            "credit_memos", "emails", "crm_notes", "reminders_sent"}
    if set(case) != keys:
        bad(f"top-level keys {sorted(set(case) ^ keys)}")
    pdate(case["as_of"])
    inv, cust = case["invoice"], case["customer"]
    cur = inv["CurrencyRef"]["value"]
    for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef",
              "Line", "LinkedTxn", "CustomField", "MetaData", "SyncToken"):
        if k not in inv:
            bad(f"invoice lacks {k}")
    all_inv = [inv] + case["invoices"]
    for i in all_inv:
        if i["CustomerRef"]["value"] != cust["Id"]:
            bad("invoice CustomerRef")
        if i["CurrencyRef"]["value"] != cur or cust["CurrencyRef"]["value"] != cur:
            bad("one currency a customer")
        if (cur != case["home_currency"]) != ("ExchangeRate" in i):
            bad("ExchangeRate on foreign invoices only")
        if "HomeBalance" in i and abs(i["HomeBalance"] - round(i["Balance"] * i["ExchangeRate"], 2)) > 0.011:
            bad("HomeBalance != Balance x ExchangeRate")
        line_sum = round(sum(l["Amount"] for l in i["Line"] if l["DetailType"] == "SalesItemLineDetail"), 2)
        if abs(line_sum - i["TotalAmt"]) > 0.011:
            bad(f"lines {line_sum} != TotalAmt {i['TotalAmt']}")
        applied = 0.0
        for p in case["payments"]:
            for ln in p["Line"]:
                for lt in ln["LinkedTxn"]:
                    if lt["TxnType"] == "Invoice" and lt["TxnId"] == i["Id"]:
                        applied += ln["Amount"]
                        if {"TxnId": p["Id"], "TxnType": "Payment"} not in i["LinkedTxn"]:
                            bad("payment links an invoice that does not link it back")
        for lt in i["LinkedTxn"]:
            if not any(p["Id"] == lt["TxnId"] for p in case["payments"]):
                bad("invoice links a missing payment")
        if abs(i["TotalAmt"] - applied - i["Balance"]) > 0.011:
            bad(f"TotalAmt - payments != Balance on {i['DocNumber']}")
    ids = {i["Id"] for i in all_inv} | {c["Id"] for c in case["credit_memos"]}
    for p in case["payments"]:
        if p["CustomerRef"]["value"] != cust["Id"]:
            bad("payment CustomerRef")
        linked = sum(ln["Amount"] for ln in p["Line"]
                     if ln["LinkedTxn"][0]["TxnType"] == "Invoice")
        credit = sum(ln["Amount"] for ln in p["Line"]
                     if ln["LinkedTxn"][0]["TxnType"] == "CreditMemo")
        if abs(p["TotalAmt"] - (linked - credit) - p["UnappliedAmt"]) > 0.011:
            bad("payment TotalAmt != applied + unapplied")
        for ln in p["Line"]:
            for lt in ln["LinkedTxn"]:
                if lt["TxnId"] not in ids:
                    bad("payment links an unknown transaction")
    for c in case["credit_memos"]:
        if c["CustomerRef"]["value"] != cust["Id"] or c["CurrencyRef"]["value"] != cur:
            bad("credit memo customer/currency")
        if not 0 <= c["Balance"] <= c["TotalAmt"]:
            bad("credit memo Balance")
    for e in case["emails"]:
        if set(e) != {"from", "to", "date", "subject", "body"}:
            bad("email keys")
        pdate(e["date"])
        if pdate(e["date"]) > pdate(case["as_of"]):
            bad("email after as_of")
        if "{" in e["body"] or "}" in e["body"] or "{" in e["subject"]:
            bad("unfilled placeholder")
    for x in case["crm_notes"]:
        if set(x) != {"author", "date", "text"} or "{" in x["text"]:
            bad("note shape")
    stages = [r["stage"] for r in case["reminders_sent"]]
    if len(stages) != len(set(stages)):
        bad("one reminder a stage")
    for r in case["reminders_sent"]:
        if set(r) != {"date", "stage"} or r["stage"] not in STAGES:
            bad("reminder shape")
        if pdate(r["date"]) > pdate(case["as_of"]):
            bad("reminder after as_of")
        if inv.get("DueDate") and r["stage"] > (pdate(case["as_of"]) - pdate(inv["DueDate"])).days:
            bad("reminder for a stage not reached")
    if sorted(exp) != ["class", "hard_stop", "id", "outcome", "route"]:
        bad("expected keys")
    routes = {DRAFT, ESC, NONE_R}
    outcomes = {"routine_reminder", "likely_dispute", "payment_plan_candidate",
                "high_touch_escalation", "no_action"}
    if not set(exp["route"]) <= routes or not set(exp["outcome"]) <= outcomes:
        bad("expected values")


def text_checks() -> None:
    lists = ["COMPLAINTS", "PAID_CLAIMS", "PROMISES", "HARDSHIP", "BENIGN", "MIXED", "THREAD",
             "OLD", "HARD_STOP"]
    seen = set()
    for name in lists:
        for i, (w, t) in enumerate(getattr(T, name)):
            if w.split("/")[0] not in SUB:
                raise SystemExit(f"{name}[{i}]: unknown world {w}")
            if not t.startswith("S: "):
                raise SystemExit(f"{name}[{i}]: no subject line")
            if t in seen:
                raise SystemExit(f"{name}[{i}]: duplicate text")
            seen.add(t)
            if DISPUTE_RE.search(t):
                raise SystemExit(f"{name}[{i}]: dispute vocabulary")
            if LEGAL_RE.search(t) and not (name == "HARD_STOP" and i == 0):
                raise SystemExit(f"{name}[{i}]: legal vocabulary")
    for t in [t for _w, t in T.NOTES] + T.CASE_NOTES:
        if LEGAL_RE.search(t) or DISPUTE_RE.search(t):
            raise SystemExit(f"note with legal/dispute words: {t}")


def main() -> None:
    text_checks()
    rng = random.Random(SEED)
    ids = Ids()
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    cases, expected = [], []
    for n, si in enumerate(order, 1):
        spec = SPECS[si]
        case, meta = build_case(rng, ids, n, spec)
        routes, outcomes, hs = spec["label"]
        exp = {"class": spec["cls"], "hard_stop": hs, "id": case["id"], "outcome": list(outcomes),
               "route": list(routes)}
        wellformed(case, exp)
        check(case, meta, spec, exp)
        cases.append(case)
        expected.append(exp)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n")
    mix = {}
    for e in expected:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    alts = sum(1 for e in expected if len(e["route"]) > 1 or len(e["outcome"]) > 1)
    print(f"{len(cases)} cases written; mix {mix}; {alts} with an alternative")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the testo held-out judge set: cases.jsonl and expected.jsonl (see README.md).

stdlib only, fixed seed; `python3 build.py` rewrites both files byte for byte.
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

SEED = 20261222
STAGES = [1, 7, 14, 30, 60]
D = dt.date
ESC, DRAFT, NONE = "escalate_to_human", "draft_for_approval", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

WORLDS = {
    "crane": dict(home="EUR", foreign="USD", rate=0.92, tz="+01:00",
                  company="Havenkraan Keuring B.V.", ar="debiteuren@havenkraan-keuring.example",
                  collector="Sanne de Wit", item="Crane inspection and certification",
                  customers={
                      "EUR": [("Maasvlakte Stevedoring B.V.", "maasvlakte-stevedoring.example", "Joris Bakker"),
                              ("Botlek Bulk Terminal B.V.", "botlekbulk.example", "Annelies Visser"),
                              ("Waalhaven Container Services", "waalhaven-cs.example", "Pieter de Graaf"),
                              ("Hafen Umschlag Nord GmbH", "hafen-umschlag-nord.example", "Katrin Vogel"),
                              ("Scheldt Grain Terminal NV", "scheldtgrain.example", "Wim Peeters"),
                              ("Europoort Heavy Lift B.V.", "europoort-heavylift.example", "Ruud Jansen")],
                      "USD": [("Ship Channel Terminals LLC", "shipchannel-terminals.example", "Mike Duran"),
                              ("Savannah Breakbulk Inc.", "savannah-breakbulk.example", "Tonya Reed"),
                              ("Gulf Coast Crane Ops LLC", "gulfcoast-craneops.example", "Brad Hollis")]}),
    "rodeo": dict(home="CAD", foreign="USD", rate=1.39, tz="-07:00",
                  company="Chinook Arena & Stock Hire Ltd.", ar="accounts@chinookarena.example",
                  collector="Kelsey Martin", item="Arena and livestock equipment hire",
                  customers={
                      "CAD": [("Okotoks Agricultural Society", "okotoks-agsociety.example", "Brenda Larsen"),
                              ("Ponoka Stampede Association", "ponoka-stampede.example", "Dale Fischer"),
                              ("Medicine Hat Exhibition", "mh-exhibition.example", "Carol Nguyen"),
                              ("Cochrane Ranch Days Society", "cochrane-ranchdays.example", "Shane Wilson"),
                              ("Foothills Bull Riding School", "foothills-bullriding.example", "Cody Brandt"),
                              ("Red Deer County Fair", "reddeer-countyfair.example", "Linda Olsen")],
                      "USD": [("Big Sky Pro Rodeo LLC", "bigsky-prorodeo.example", "Wade Harlan"),
                              ("Frontier Days Events", "frontierdays-events.example", "Rita Sandoval"),
                              ("Yellowstone County Fairgrounds", "yellowstone-fair.example", "Jim Becker")]}),
    "batik": dict(home="MYR", foreign="SGD", rate=3.31, tz="+08:00",
                  company="Teratai Batik Print Sdn Bhd", ar="akaun@terataibatik.example",
                  collector="Aisyah Rahman", item="Batik printing",
                  customers={
                      "MYR": [("Butik Anggun KL", "butikanggun.example", "Rohani Ismail"),
                              ("Kedai Kain Seri Melaka", "serimelaka-kain.example", "Faridah Yusof"),
                              ("Pesona Resort Langkawi", "pesona-langkawi.example", "Ravi Kumar"),
                              ("Kraf Warisan Penang", "krafwarisan.example", "Lim Mei Ling"),
                              ("Sutera Bridal House", "suterabridal.example", "Nurul Huda")],
                      "SGD": [("Joo Chiat Kebaya House Pte Ltd", "joochiat-kebaya.example", "Michelle Tan"),
                              ("Orchard Heritage Boutique Pte Ltd", "orchard-heritage.example", "Daniel Koh"),
                              ("Raffles Gift Co Pte Ltd", "rafflesgift.example", "Priya Nair")]}),
}


# A text that names a customer, a person or a kind of customer gets that customer.
PINS = [("Frontier Days", "Frontier Days Events"), ("Wade", "Big Sky Pro Rodeo LLC"),
        ("- Dale", "Ponoka Stampede Association"), ("Stampede", "Ponoka Stampede Association"),
        ("Antwerp", "Scheldt Grain Terminal NV"), ("Joris", "Maasvlakte Stevedoring B.V."),
        ("Annelies", "Botlek Bulk Terminal B.V."), ("Pieter", "Waalhaven Container Services"),
        ("Mike", "Ship Channel Terminals LLC"), ("riding school", "Foothills Bull Riding School"),
        ("resort", "Pesona Resort Langkawi"), ("General Manager", "Pesona Resort Langkawi"),
        ("Rohani", "Butik Anggun KL"), ("Michelle Tan", "Joo Chiat Kebaya House Pte Ltd"),
        ("Joo Chiat", "Joo Chiat Kebaya House Pte Ltd"), ("Exhibition", "Medicine Hat Exhibition"),
        ("county grant", "Red Deer County Fair"), ("4-H", "Red Deer County Fair"),
        ("Our county", "Yellowstone County Fairgrounds"), ("Billings", "Yellowstone County Fairgrounds"),
        ("Agricultural Society", "Okotoks Agricultural Society"), ("Association", "Ponoka Stampede Association"),
        ("Society", "Cochrane Ranch Days Society")]


class Rng(random.Random):
    pass


R = Rng(SEED)


def iso(d: D, tz: str, hm: str = "10:15") -> str:
    return f"{d.isoformat()}T{hm}:00{tz}"


def money(amount: float, cur: str) -> str:
    s = f"{amount:,.2f}"
    if cur == "EUR":
        return "€ " + s.replace(",", "X").replace(".", ",").replace("X", ".")
    return {"USD": "USD ", "CAD": "$", "MYR": "RM ", "SGD": "S$"}[cur] + s


def fmt_date(d: D, msg: D, cur: str, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dash":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MONTHS[d.month - 1]} {d.day}{suf}"
    if style == "short":
        return f"{WD[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}"
    if style == "nth":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"the {d.day}{suf}"
    if style == "weekday":
        return WD[d.weekday()]
    raise ValueError(style)


def pick_style(d: D, msg: D, world: str, cur: str) -> str:
    styles = ["iso", "long", "short"]
    if cur == "USD" or world == "rodeo":
        styles += ["mdy", "us", "us"]
    if world == "crane" and cur == "EUR":
        styles += ["dash", "long"]
    if world == "batik":
        styles += ["dmy", "long"]
    if d.month == msg.month and d.day > 12:
        styles.append("nth")
    if 0 < (d - msg).days <= 6:
        styles.append("weekday")
    return R.choice(styles)


# ---------------------------------------------------------------- case specs
def spec(cls, text=None, label=None, sem=(), **kw):
    s = dict(cls=cls, text=text, label=label, sem=set(sem))
    s.update(kw)
    return s


ONE = lambda r, o: ([r], [o])  # noqa: E731
ALT_H = ([DRAFT, ESC], [RR, HT])


def stage_of(dpd):
    cur = 0
    for s in STAGES:
        if dpd >= s:
            cur = s
    return cur


def earlier(cur, k=None):
    prev = [s for s in STAGES if s < cur]
    if k is None:
        k = R.randint(0, min(2, len(prev)))
    return prev[len(prev) - k:] if k else []


REMINDER_WORDS = ("reminder", "herinnering", "peringatan", "past due", "overdue", "outstanding")


def needs_rem(t):
    subj = t.split("\n", 1)[0].lower()
    return any(w in subj for w in REMINDER_WORDS)


def hard_class_specs():
    out = []
    # complaints: 2 at >= 60 days, 11 after the current stage was reminded
    after = set(R.sample(range(22), 11))
    old = [i for i in range(22) if i not in after][:2]
    for i, (w, t) in enumerate(T.COMPLAINTS):
        if i in old:
            dpd = R.randint(61, 95)
        else:
            dpd = R.choice([R.randint(3, 6), R.randint(9, 13), R.randint(16, 28), R.randint(33, 55)])
        cur = stage_of(dpd)
        rem = earlier(cur) + ([cur] if i in after else [])
        if needs_rem(t) and not rem:
            rem = [cur]
        out.append(spec("complaint", (w, t), ONE(ESC, LD), {"complaint"}, dpd=dpd, rem=rem))
    after = set(R.sample(range(22), 15))
    for i, (w, t) in enumerate(T.PAID_CLAIMS):
        dpd = R.choice([R.randint(4, 6), R.randint(10, 13), R.randint(17, 28), R.randint(34, 56)])
        cur = stage_of(dpd)
        rem = earlier(cur, 1 if "2nd reminder" in t.lower() else None) + ([cur] if i in after else [])
        if needs_rem(t):
            if not rem:
                rem = [cur]
        out.append(spec("paid_claim", (w, t), ONE(ESC, LD), {"paid"}, dpd=dpd, rem=rem))
    after = set(R.sample(range(22), 11))
    for i, (w, t) in enumerate(T.PROMISES):
        dpd = R.choice([R.randint(3, 6), R.randint(9, 13), R.randint(16, 28), R.randint(33, 52)])
        cur = stage_of(dpd)
        need2 = "second reminder" in t.lower()
        rem = earlier(cur, 1 if need2 else None) + ([cur] if i in after or need2 else [])
        if needs_rem(t):
            if not rem:
                rem = [cur]
        out.append(spec("promise", (w, t), ONE(NONE, NA), {"promise"}, dpd=dpd, rem=rem))
    for i, (w, t) in enumerate(T.HARDSHIP):
        needs = needs_rem(t)
        dpd = R.choice([R.randint(9, 13), R.randint(16, 28), R.randint(33, 55), R.randint(2, 6)])
        if needs and dpd < 7:
            dpd = R.randint(9, 13)
        cur = stage_of(dpd)
        rem = earlier(cur, 1 if needs else None)
        out.append(spec("hardship", (w, t), ONE(DRAFT, PP), {"plan"}, dpd=dpd, rem=rem))
    return out


def mixed_specs():
    M = T.MIXED
    ALT_PG = ([DRAFT, NONE], [PP, NA])
    ALT_GR = ([NONE, DRAFT], [NA, RR])
    return [
        spec("mixed", M["not_complaining"], ALT_H, {"harmless"}, dpd=11, rem=[1]),
        spec("mixed", M["hypothetical"], ALT_H, {"harmless"}, dpd=18, rem=[7]),
        spec("mixed", M["retracted"], ALT_H, {"harmless"}, dpd=24, rem=[1, 7]),
        spec("mixed", M["settled_credit"], ALT_H, {"harmless"}, dpd=20, rem=[7]),
        spec("mixed", M["old_fixed"], ALT_H, {"harmless"}, dpd=9, rem=[1]),
        spec("mixed", M["dispute_resolved"], ALT_H, {"harmless"}, dpd=36, rem=[14]),
        spec("mixed", M["promise_passed"], ONE(DRAFT, RR), {"promise_past"}, dpd=26, rem=[7],
             msg_back=9),
        spec("mixed", M["promise_60"], ONE(ESC, HT), {"promise"}, dpd=71, rem=[30, 60]),
        spec("mixed", M["plan_60"], ONE(ESC, HT), {"plan"}, dpd=66, rem=[30]),
        spec("mixed", M["plan_after_reminder"], ONE(NONE, NA), {"plan"}, dpd=40, rem=[14, 30]),
        spec("mixed", M["no_plan_needed"], ONE(NONE, NA), {"promise"}, dpd=12, rem=[1]),
        spec("mixed", M["need_until"], ALT_PG, {"promise"}, dpd=17, rem=[7]),
        spec("mixed", M["dated_halves"], ALT_PG, {"promise"}, dpd=10, rem=[1]),
        spec("mixed", M["undated_run"], ALT_GR, {"harmless"}, dpd=15, rem=[7]),
        spec("mixed", M["promise_stop"], ([NONE, ESC], [NA, HT]), {"promise"}, dpd=19, rem=[1, 7, 14]),
        spec("mixed", M["phoned_promise"], ALT_GR, {"promise"}, dpd=33, rem=[14]),
        spec("mixed", M["paid_then_promise"], ([NONE, ESC], [NA, LD, HT]), {"promise"}, dpd=22,
             rem=[7, 14]),
        spec("mixed", M["privileged_promise"], ONE(NONE, NA), {"promise"}, dpd=8, rem=[]),
        spec("mixed", M["three_broken_reply"], ALT_H, {"harmless"}, dpd=38, rem=[1, 7, 14]),
        spec("mixed", M["three_broken_note"], ONE(DRAFT, RR), {"harmless"}, dpd=34, rem=[1, 7, 14]),
        spec("mixed", None, ONE(DRAFT, RR), set(), world="batik", dpd=41, rem=[1, 7, 14],
             partials=1, partial_after_first=True, tag="three_broken_partial"),
        spec("mixed", None, ONE(DRAFT, PP), set(), world="rodeo", dpd=27, rem=[7], partials=2,
             tag="two_partials"),
        spec("mixed", None, ONE(DRAFT, RR), set(), world="crane", dpd=13, rem=[1], partials=1,
             tag="one_partial"),
        spec("mixed", None, ONE(DRAFT, RR), set(), world="rodeo", dpd=16, rem=[7],
             status="Reminder sent", tag="status_reminder_sent"),
        spec("mixed", None, ONE(DRAFT, RR), set(), world="crane:USD", dpd=20, rem=[7],
             amount=10750.0, tag="foreign_under_threshold"),
        spec("mixed", None, ONE(DRAFT, RR), set(), world="batik", dpd=9, rem=[1],
             unapplied=200.0, tag="credit_not_cover"),
        spec("mixed", M["not_yet_due_complaint"], ([NONE, ESC], [NA, LD]), {"complaint"}, dpd=-4,
             rem=[]),
        spec("mixed", M["collector_followup"], ([DRAFT, NONE], [RR, NA]), set(), dpd=12, rem=[1]),
    ]


def other_specs():
    H = T.HARD_STOP_TEXTS
    LH = ([ESC], [HT, LD, RR])
    UC = ([ESC], [RR, HT, LD])
    MC = ([ESC], [RR, HT])
    s = [
        spec("hard_stop", H["legal_lawyer"], LH, {"legal", "complaint"}, dpd=18, rem=[7],
             hs="legal_hold"),
        spec("hard_stop", H["legal_bia"], LH, {"legal"}, dpd=44, rem=[14, 30], hs="legal_hold"),
        spec("hard_stop", H["legal_winding_up"], LH, {"legal"}, dpd=25, rem=[7], hs="legal_hold"),
        spec("hard_stop", H["legal_disputed"], ([ESC], [HT, LD]), {"legal"}, dpd=31, rem=[14],
             status="Disputed", hs="legal_hold"),
        spec("hard_stop", None, ([ESC], [LD]), set(), world="crane", dpd=15, rem=[7],
             status="Disputed", hs="open_dispute"),
        spec("hard_stop", None, ([ESC], [LD, HT]), set(), world="crane", dpd=22, rem=[7, 14],
             status="DISPUTED", amount=13400.0, hs="open_dispute"),
        spec("hard_stop", H["dispute_note"], ([ESC], [LD]), {"dispute_note"}, dpd=12, rem=[1],
             hs="open_dispute"),
        spec("hard_stop", H["refusal_note"], ([ESC], [LD]), {"dispute_note"}, dpd=27, rem=[7, 14],
             hs="open_dispute"),
        spec("hard_stop", H["risk_promise"], ([ESC], [HT]), {"promise"}, dpd=10, rem=[1],
             amount=12600.0, hs="over_risk_threshold"),
        spec("hard_stop", None, ([ESC], [HT]), set(), world="batik:SGD", dpd=19, rem=[7],
             amount=3400.0, unapplied=3400.0, hs="over_risk_threshold"),
        spec("hard_stop", None, ([ESC], [HT]), set(), world="rodeo:USD", dpd=8, rem=[1],
             amount=7600.0, rate_only=True, hs="over_risk_threshold"),
        spec("hard_stop", None, UC, set(), world="rodeo", dpd=11, rem=[1], unapplied="cover",
             hs="unapplied_credit"),
        spec("hard_stop", None, UC, set(), world="crane", dpd=23, rem=[7, 14], unapplied="half",
             credit_memo="half", hs="unapplied_credit"),
        spec("hard_stop", H["unapplied_paid"], UC, {"paid"}, dpd=16, rem=[7], unapplied="cover",
             no_address=True, hs="unapplied_credit"),
        spec("hard_stop", None, MC, set(), world="batik", dpd=9, rem=[], no_address=True,
             hs="missing_context"),
        spec("hard_stop", None, MC, set(), world="rodeo", dpd=None, rem=[], hs="missing_context"),
        # escalations
        spec("escalation", None, ONE(ESC, HT), set(), world="batik", dpd=64, rem=[30, 60]),
        spec("escalation", None, ONE(ESC, HT), set(), world="crane:USD", dpd=121, rem=[14, 30, 60]),
        spec("escalation", None, ONE(ESC, HT), set(), world="rodeo", dpd=21, rem=[1, 7, 14]),
        spec("escalation", None, ONE(ESC, HT), set(), world="rodeo:USD", dpd=12, rem=[1],
             cust_notes="Key account, handled personally by the owner: no automated reminders."),
        spec("escalation", T.ESCALATION_TEXTS["noauto_note"], ONE(ESC, HT), {"noauto"}, dpd=17,
             rem=[7]),
    ]
    # routine: six silent, four harmless
    for w, dpd, rem in [("crane", 3, []), ("rodeo:USD", 9, [1]), ("batik", 16, [1, 7]),
                        ("rodeo", 35, [7, 14]), ("batik:SGD", 8, []), ("crane:USD", 31, [14])]:
        s.append(spec("routine", None, ONE(DRAFT, RR), set(), world=w, dpd=dpd, rem=rem))
    for (w, t), dpd, rem in zip(T.ROUTINE_HARMLESS, [10, 18, 32, 5], [[1], [7], [14], []]):
        s.append(spec("routine", (w, t), ALT_H, {"harmless"}, dpd=dpd, rem=rem))
    for (w, t), dpd, rem in zip(T.BENIGN, [9, 15, 20, 11, 36], [[1], [7], [7], [1], [14]]):
        s.append(spec("benign", (w, t), ALT_H, {"harmless"}, dpd=dpd, rem=rem))
    for (w, t), dpd, rem in zip(T.UNREAD, [12, 17, 10, 24, 38], [[1], [7], [1], [7], [14]]):
        s.append(spec("unread", (w, t), ALT_H, {"harmless"}, dpd=dpd, rem=rem))
    # no action
    s += [
        spec("no_action", None, ONE(NONE, NA), set(), world="crane", dpd=14, rem=[1, 7], paid=True),
        spec("no_action", None, ONE(NONE, NA), set(), world="batik:SGD", dpd=-6, rem=[]),
        spec("no_action", None, ONE(NONE, NA), set(), world="rodeo", dpd=0, rem=[]),
        spec("no_action", None, ONE(NONE, NA), set(), world="batik", dpd=10, rem=[1, 7]),
    ]
    for (w, t), dpd, rem in zip(T.INJECTIONS, [13, 9, 29, 18], [[7], [1], [14], [7]]):
        s.append(spec("injection", (w, t), ([ESC], [LD, HT]), {"injection"}, dpd=dpd, rem=rem))
    for (w, t), dpd, rem, oth in zip(T.OTHER_INVOICE, [11, 19, 8, 15], [[1], [7], [1], [7]],
                                     ["open", "open", "open", "paid"]):
        s.append(spec("other_invoice", (w, t), ALT_H, {"harmless"}, dpd=dpd, rem=rem, other=oth))
    return s


# ---------------------------------------------------------------- building
DOC = [5000]
TXN = [70000]


def nid():
    TXN[0] += R.randint(1, 9)
    return str(TXN[0])


def ndoc(prefix):
    DOC[0] += R.randint(1, 7)
    return f"{prefix}{DOC[0]}"


def lines(amount, item):
    return [{"Amount": amount, "Description": item, "DetailType": "SalesItemLineDetail", "Id": "1",
             "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": item, "value": "1"}, "Qty": 1,
                                                   "UnitPrice": amount}},
            {"Amount": amount, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}]


def invoice(doc, cust, amount, balance, txn, due, cur, W, email, status=None, rate=None,
            rate_only=False):
    inv = {"Balance": balance, "BillEmail": {"Address": email} if email else None,
           "CurrencyRef": {"value": cur}, "CustomField": [], "CustomerRef": {"name": cust["DisplayName"],
                                                                              "value": cust["Id"]},
           "DocNumber": doc, "EmailStatus": "EmailSent", "Id": nid(), "Line": lines(amount, W["item"]),
           "LinkedTxn": [], "MetaData": {"CreateTime": iso(txn, W["tz"], "09:00"),
                                         "LastUpdatedTime": iso(txn, W["tz"], "09:00")},
           "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"}, "SyncToken": "1",
           "TotalAmt": amount, "TxnDate": txn.isoformat()}
    if due is not None:
        inv["DueDate"] = due.isoformat()
    if status:
        inv["CustomField"] = [{"DefinitionId": "1", "Name": "Collections Status", "StringValue": status,
                               "Type": "StringType"}]
    if rate is not None:
        inv["ExchangeRate"] = rate
        if not rate_only:
            inv["HomeBalance"] = round(balance * rate, 2)
    return inv


def payment(cust, amount, date, W, links=(), unapplied=0.0):
    p = {"CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]}, "Id": nid(),
         "Line": [{"Amount": a, "LinkedTxn": [{"TxnId": t, "TxnType": "Invoice"}]} for t, a in links],
         "MetaData": {"CreateTime": iso(date, W["tz"]), "LastUpdatedTime": iso(date, W["tz"])},
         "SyncToken": "0", "TotalAmt": round(sum(a for _, a in links) + unapplied, 2),
         "TxnDate": date.isoformat(), "UnappliedAmt": unapplied}
    return p


def ref():
    return R.choice(["", "TRX", "PAY", "", "FT"]) + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
                                                            for _ in range(R.randint(7, 10)))


def parse_blocks(text):
    blocks = []
    for raw in text.split("\n---\n"):
        ls = raw.split("\n")
        head = ls[0]
        kind = {"S:": "in", "U:": "out", "N:": "note"}[head[:2]]
        val = head[2:].strip()
        rest = ls[1:]
        frm = None
        if rest and rest[0].startswith("F: "):
            frm = rest[0][3:].strip()
            rest = rest[1:]
        blocks.append(dict(kind=kind, head=val, frm=frm, body="\n".join(rest).strip("\n")))
    return blocks


SIGN_TITLES = ["Accounts Payable", "Finance Officer", "Operations Manager", "Treasurer", "Owner",
               "Office Manager", "Purchasing"]
FOOTER = ("\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
          "addressee. If you have received it in error, please notify the sender and delete it. "
          "Please consider the environment before printing this e-mail.")


def build_case(n, sp, as_of):
    world_tag = sp["text"][0] if sp["text"] else sp["world"]
    wname, _, fcur = world_tag.partition(":")
    W = WORLDS[wname]
    cur = fcur or W["home"]
    home = W["home"]
    cname, dom, contact = R.choice(W["customers"][cur])
    if sp["text"]:
        for key, who in PINS:
            hit = [x for x in W["customers"][cur] if x[0] == who]
            if key in sp["text"][1] and hit:
                cname, dom, contact = hit[0]
                break
    cust_email = f"{R.choice(['accounts', 'ap', 'finance', contact.split()[0].lower()])}@{dom}"
    cust = {"Active": True, "Balance": 0.0, "CompanyName": cname,
            "CurrencyRef": {"name": {"EUR": "Euro", "USD": "United States Dollar", "CAD": "Canadian Dollar",
                                     "MYR": "Malaysian Ringgit", "SGD": "Singapore Dollar"}[cur], "value": cur},
            "DisplayName": cname, "Id": str(300 + n),
            "MetaData": {"CreateTime": "2024-03-11T09:00:00" + W["tz"],
                         "LastUpdatedTime": "2026-10-30T09:00:00" + W["tz"]},
            "Notes": sp.get("cust_notes", ""), "PrimaryEmailAddr": {"Address": cust_email}, "SyncToken": "2"}
    rate = None if cur == home else W["rate"]
    if rate is not None and not sp.get("rate_only") and R.random() < 0.15:
        sp = dict(sp, rate_only=True)  # only ExchangeRate: home amount = Balance x rate
    if sp.get("amount"):
        amount = sp["amount"]
    else:
        cap = 9000.0 if rate is None else min(9000.0, 9300.0 / rate)
        amount = round(R.uniform(450.0, cap), 2)
        if R.random() < 0.3:
            amount = float(round(amount, -1))
    dpd = sp["dpd"]
    if dpd is None:
        due = None
        txn = as_of - dt.timedelta(days=R.randint(20, 50))
        eff_dpd = 20
    else:
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=30)
        eff_dpd = dpd
    doc = ndoc({"crane": "HK-", "rodeo": "CA-", "batik": "TB-"}[wname])
    inv_email = None if sp.get("no_address") else cust_email
    if sp.get("no_address"):
        cust["PrimaryEmailAddr"] = None
    payments, credit_memos, invoices = [], [], []
    # reminders
    rems = []
    base = due if due is not None else txn + dt.timedelta(days=30)
    last_rem = None
    for st in sorted(sp["rem"]):
        d0 = base + dt.timedelta(days=st)
        d = d0 + dt.timedelta(days=R.choice([0, 0, 1]))
        if d >= as_of - dt.timedelta(days=1):
            d = d0
        assert d < as_of, (n, st)
        rems.append({"date": iso(d, W["tz"]), "stage": st})
        last_rem = d
    # partial payments on this invoice
    balance = amount
    inv = invoice(doc, cust, amount, amount, txn, due, cur, W, inv_email, sp.get("status"), rate,
                  sp.get("rate_only", False))
    k = sp.get("partials", 0)
    if sp.get("paid"):
        k = 0
    for i in range(k):
        part = float(round(amount * R.uniform(0.15, 0.3), 0))
        if sp.get("partial_after_first"):
            pd = as_of - dt.timedelta(days=R.randint(2, 4))
        else:
            pd = (due or txn) + dt.timedelta(days=2 + 5 * i) if (due and eff_dpd > 10) else txn + dt.timedelta(days=5 + 3 * i)
        p = payment(cust, part, pd, W, [(inv["Id"], part)])
        payments.append(p)
        inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        balance = round(balance - part, 2)
    if sp.get("paid"):
        pd = as_of - dt.timedelta(days=2)
        p = payment(cust, amount, pd, W, [(inv["Id"], amount)])
        payments.append(p)
        inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        balance = 0.0
    inv["Balance"] = balance
    if rate is not None and not sp.get("rate_only"):
        inv["HomeBalance"] = round(balance * rate, 2)
    # unapplied credit
    un = sp.get("unapplied")
    if un:
        ua = balance if un == "cover" else (round(balance / 2, 2) if un == "half" else un)
        payments.append(payment(cust, 0, as_of - dt.timedelta(days=R.randint(3, 8)), W, (), ua))
    if sp.get("credit_memo") == "half":
        cm_amt = round(balance - round(balance / 2, 2) + 25.0, 2)
        cmd = as_of - dt.timedelta(days=R.randint(5, 12))
        credit_memos.append({"Balance": cm_amt, "CustomerRef": {"name": cname, "value": cust["Id"]},
                             "DocNumber": ndoc("CM-"), "Id": nid(), "Line": lines(cm_amt, "Credit"),
                             "MetaData": {"CreateTime": iso(cmd, W["tz"]), "LastUpdatedTime": iso(cmd, W["tz"])},
                             "RemainingCredit": cm_amt, "SyncToken": "0", "TotalAmt": cm_amt,
                             "TxnDate": cmd.isoformat()})
    # paid history
    for h in range(R.randint(1, 4)):
        hamt = float(round(R.uniform(300, 6000), 2))
        htxn = txn - dt.timedelta(days=35 * (h + 1))
        hdue = htxn + dt.timedelta(days=30)
        hi = invoice(ndoc({"crane": "HK-", "rodeo": "CA-", "batik": "TB-"}[wname]), cust, hamt, 0.0, htxn, hdue,
                     cur, W, cust_email, None, rate, sp.get("rate_only", False))
        p = payment(cust, hamt, hdue + dt.timedelta(days=R.randint(-5, 12)), W, [(hi["Id"], hamt)])
        hi["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        invoices.append(hi)
        payments.append(p)
    other_doc = None
    other_ref = ref()
    if sp.get("other"):
        oamt = float(round(R.uniform(400, 5000), 2))
        if sp["other"] == "open":
            otxn = as_of - dt.timedelta(days=R.randint(5, 15))
            oi = invoice(ndoc({"crane": "HK-", "rodeo": "CA-", "batik": "TB-"}[wname]), cust, oamt, oamt, otxn,
                         otxn + dt.timedelta(days=30), cur, W, cust_email, None, rate, False)
        else:
            otxn = as_of - dt.timedelta(days=45)
            oi = invoice(ndoc({"crane": "HK-", "rodeo": "CA-", "batik": "TB-"}[wname]), cust, oamt, 0.0, otxn,
                         otxn + dt.timedelta(days=30), cur, W, cust_email, None, rate, False)
            p = payment(cust, oamt, as_of - dt.timedelta(days=R.randint(5, 9)), W, [(oi["Id"], oamt)])
            oi["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
            payments.append(p)
        invoices.append(oi)
        other_doc = oi["DocNumber"]
    cust["Balance"] = round(balance + sum(i["Balance"] for i in invoices), 2)
    # messages
    emails, notes = [], []
    promise_date = printed = None
    past_date = None
    if sp["text"]:
        blocks = parse_blocks(sp["text"][1])
        nb = len(blocks)
        lo = (last_rem + dt.timedelta(days=1)) if last_rem else as_of - dt.timedelta(days=6)
        lo = max(lo, as_of - dt.timedelta(days=12))
        if sp.get("msg_back"):
            last = as_of - dt.timedelta(days=sp["msg_back"])
        else:
            span = max(0, (as_of - dt.timedelta(days=1) - lo).days)
            last = as_of - dt.timedelta(days=1 + R.randint(0, min(3, span)))
        dates = [last - dt.timedelta(days=2 * (nb - 1 - i)) for i in range(nb)]
        needs_date = "{date}" in sp["text"][1]
        if needs_date:
            cands = [d for d in (D(2026, 12, x) for x in range(21, 32))
                     if d.weekday() < 5 and (d - last).days >= 3 and d > as_of and d.day != 25]
            promise_date = R.choice(cands)
            style = pick_style(promise_date, last, wname, cur)
            if any(b["frm"] for b in blocks):  # AP-tool notices print full dates
                style = R.choice(["iso", "long"])
            printed = fmt_date(promise_date, last, cur, style)
        if "{past}" in sp["text"][1]:
            cands = [last + dt.timedelta(days=x) for x in range(2, (as_of - last).days)]
            cands = [d for d in cands if d.weekday() < 5 and d < as_of]
            past_date = R.choice(cands)
        paid_on = last - dt.timedelta(days=R.randint(6, 14))
        fill = dict(inv=doc, bal=money(balance, cur), date=printed or "", past=(
            fmt_date(past_date, last, cur, "long") if past_date else ""), ref=other_ref if sp.get("other") else ref(),
            paid_on=fmt_date(paid_on, last, cur, R.choice(["long", "iso", "short"])), other=other_doc or "")
        single = nb == 1 and blocks[0]["kind"] == "in" and not blocks[0]["frm"]
        wrap = None
        if single and sp["cls"] not in ("injection", "unread") and "Forwarded" not in blocks[0]["body"]:
            wrap = R.choice([None, None, "sig", "sig", "footer", "fwd", "quote"])
            if wrap == "quote" and not rems:
                wrap = "sig"
        for b, d in zip(blocks, dates):
            body = b["body"].format(**fill)
            head = b["head"].format(**fill)
            hm = f"{R.randint(7, 18):02d}:{R.choice(['02', '17', '26', '41', '53'])}"
            if b["kind"] == "note":
                notes.append({"author": head, "date": iso(d, W["tz"], hm), "text": body})
                continue
            if b["kind"] == "out":
                emails.append({"body": body, "date": iso(d, W["tz"], hm), "from": W["ar"], "subject": head,
                               "to": inv_email or cust_email})
                continue
            frm = b["frm"] or cust_email
            if wrap == "sig":
                body += f"\n\n--\n{contact}\n{R.choice(SIGN_TITLES)}\n{cname}"
            elif wrap == "footer":
                body += FOOTER
            elif wrap == "quote":
                rd = D.fromisoformat(rems[-1]["date"][:10])
                body += (f"\n\nOn {rd.isoformat()}, {W['company']} <{W['ar']}> wrote:\n> Dear {cname},\n"
                         f"> our records show invoice {doc} for {money(balance, cur)} is past due. "
                         f"Please arrange payment at your earliest convenience.\n> Kind regards, {W['collector']}")
            elif wrap == "fwd":
                body = (f"Forwarding this from {contact.split()[0]}, please reply to this address.\n\n"
                        f"---------- Forwarded message ---------\nFrom: {contact} <{cust_email}>\n"
                        f"Subject: {head}\n\n{body}")
                frm = f"ap@{dom}" if not cust_email.startswith("ap@") else f"finance@{dom}"
                head = "Fwd: " + head
            emails.append({"body": body, "date": iso(d, W["tz"], hm), "from": frm, "subject": head,
                           "to": W["ar"]})
    case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes, "customer": cust,
            "emails": emails, "home_currency": home, "id": f"to-{n:04d}", "invoice": inv, "invoices": invoices,
            "payments": payments, "reminders_sent": rems}
    meta = dict(promise=promise_date, printed=printed, past=past_date)
    return case, meta


# ---------------------------------------------------------------- checks
def facts(c):
    inv = c["invoice"]
    as_of = D.fromisoformat(c["as_of"])
    due = D.fromisoformat(inv["DueDate"]) if inv.get("DueDate") else None
    dpd = (as_of - due).days if due else None
    cur = stage_of(dpd) if dpd is not None else 0
    stages = {r["stage"] for r in c["reminders_sent"]}
    if "HomeBalance" in inv:
        homeamt = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        homeamt = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        homeamt = inv["Balance"]
    credit = sum(p["UnappliedAmt"] for p in c["payments"]) + sum(m["Balance"] for m in c["credit_memos"])
    addr = bool((inv.get("BillEmail") or {}).get("Address") or (c["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    three = False
    if len(c["reminders_sent"]) >= 3:
        first = min(r["date"] for r in c["reminders_sent"])
        firstd = D.fromisoformat(first[:10])
        mine = {p["Id"] for p in c["payments"] for l in p["Line"] for t in l["LinkedTxn"] if t["TxnId"] == inv["Id"]}
        act = [p for p in c["payments"] if p["Id"] in mine and D.fromisoformat(p["TxnDate"]) >= firstd]
        act += [e for e in c["emails"] if e["from"] != c_ar(c) and e["date"] > first]
        act += [nn for nn in c["crm_notes"] if nn["date"] > first]
        three = not act
    partials = sum(1 for p in c["payments"] for l in p["Line"] for t in l["LinkedTxn"]
                   if t["TxnId"] == inv["Id"] and l["Amount"] < inv["TotalAmt"])
    status = next((f.get("StringValue") for f in inv["CustomField"] if f.get("Name") == "Collections Status"), None)
    return dict(dpd=dpd, cur=cur, cur_reminded=cur in stages, home=homeamt, credit=credit, addr=addr,
                due=due, three=three, partials=partials, status=status, bal=inv["Balance"],
                noauto="no automated" in c["customer"].get("Notes", "").lower())


def c_ar(c):
    for W in WORLDS.values():
        if W["home"] == c["home_currency"]:
            return W["ar"]
    raise ValueError


def derive(f, sem, promise_ahead):
    if f["bal"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return NONE, NA, None
    hs = None
    if "legal" in sem:
        hs = "legal_hold"
    elif (f["status"] or "").lower() == "disputed" or "dispute_note" in sem:
        hs = "open_dispute"
    elif f["home"] >= 10000:
        hs = "over_risk_threshold"
    elif f["credit"] >= f["bal"]:
        hs = "unapplied_credit"
    elif not f["addr"] or f["due"] is None:
        hs = "missing_context"
    if "complaint" in sem or "paid" in sem or "dispute_note" in sem or (f["status"] or "").lower() == "disputed":
        out = LD
    elif (f["dpd"] or 0) >= 60 or f["three"] or f["noauto"] or "noauto" in sem or "injection" in sem \
            or hs == "over_risk_threshold":
        out = HT
    elif "plan" in sem or f["partials"] >= 2:
        out = PP
    else:
        out = RR
    if hs:
        return ESC, out, hs
    if out in (LD, HT):
        return ESC, out, None
    if f["cur_reminded"] or promise_ahead:
        return NONE, NA, None
    return DRAFT, out, None


HARD = {"complaint", "paid_claim", "promise", "hardship"}


def check(c, sp, meta, exp):
    f = facts(c)
    as_of = D.fromisoformat(c["as_of"])
    promise_ahead = False
    if "promise" in sp["sem"] and meta["promise"]:
        pd = meta["promise"]
        msgs = [D.fromisoformat(m["date"][:10]) for m in c["emails"] + c["crm_notes"]]
        assert pd > as_of and pd.weekday() < 5 and all(pd > m for m in msgs), c["id"]
        alltext = " ".join(m.get("body", m.get("text", "")) for m in c["emails"] + c["crm_notes"])
        assert meta["printed"] in alltext, c["id"]
        promise_ahead = True
    if "promise_past" in sp["sem"]:
        assert meta["past"] and meta["past"] < as_of, c["id"]
    route, out, hs = derive(f, sp["sem"], promise_ahead)
    if route not in exp["route"] or out not in exp["outcome"] or hs != exp["hard_stop"]:
        raise SystemExit(f"{c['id']} ({sp['cls']}): label {exp} does not accept derived {route}/{out}/{hs} {f}")
    if sp["cls"] in HARD:
        assert len(exp["route"]) == 1 and len(exp["outcome"]) == 1, c["id"]
        assert f["home"] < 10000 and f["credit"] < f["bal"] and f["addr"] and f["due"] and not f["three"], c["id"]
        assert f["dpd"] >= 1, c["id"]
        if sp["cls"] in ("promise", "hardship"):
            assert f["dpd"] < 60, c["id"]
        if sp["cls"] == "hardship":
            assert not f["cur_reminded"], c["id"]
    return f


TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos",
       "emails", "crm_notes", "reminders_sent"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def wellformed(c, exp):
    cid = c["id"]
    assert set(c) == TOP, cid
    assert DATE.match(c["as_of"]) and c["home_currency"] in ("EUR", "CAD", "MYR"), cid
    as_of = D.fromisoformat(c["as_of"])
    cust = c["customer"]
    for k in ("Id", "DisplayName", "CurrencyRef", "Balance", "Notes", "PrimaryEmailAddr", "Active", "SyncToken"):
        assert k in cust, (cid, k)
    ccur = cust["CurrencyRef"]["value"]
    docs = set()
    invs = [c["invoice"]] + c["invoices"]
    byid = {i["Id"]: i for i in invs}
    pays = {p["Id"]: p for p in c["payments"]}
    for inv in invs:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef", "Line",
                  "LinkedTxn", "CustomField", "BillEmail", "SyncToken", "MetaData"):
            assert k in inv, (cid, k)
        assert inv["DocNumber"] not in docs, cid
        docs.add(inv["DocNumber"])
        assert inv["CustomerRef"]["value"] == cust["Id"] and inv["CurrencyRef"]["value"] == ccur, cid
        assert DATE.match(inv["TxnDate"]) and (("DueDate" not in inv) or DATE.match(inv["DueDate"])), cid
        if ccur != c["home_currency"]:
            assert inv.get("ExchangeRate"), cid
        else:
            assert "ExchangeRate" not in inv and "HomeBalance" not in inv, cid
        if "HomeBalance" in inv:
            assert abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) < 0.006, cid
        applied = 0.0
        for lt in inv["LinkedTxn"]:
            p = pays[lt["TxnId"]]
            amt = sum(l["Amount"] for l in p["Line"] for t in l["LinkedTxn"] if t["TxnId"] == inv["Id"])
            assert amt > 0, cid
            applied += amt
        assert abs(inv["TotalAmt"] - applied - inv["Balance"]) < 0.006, cid
        assert sum(l["Amount"] for l in inv["Line"] if l["DetailType"] == "SalesItemLineDetail") == inv["TotalAmt"], cid
    for p in c["payments"]:
        assert p["CustomerRef"]["value"] == cust["Id"] and DATE.match(p["TxnDate"]), cid
        assert D.fromisoformat(p["TxnDate"]) <= as_of, cid
        tot = sum(l["Amount"] for l in p["Line"]) + p["UnappliedAmt"]
        assert abs(tot - p["TotalAmt"]) < 0.006, cid
        for l in p["Line"]:
            for t in l["LinkedTxn"]:
                assert t["TxnType"] == "Invoice" and {"TxnId": p["Id"], "TxnType": "Payment"} in byid[t["TxnId"]]["LinkedTxn"], cid
    for m in c["credit_memos"]:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CustomerRef", "Line"):
            assert k in m, (cid, k)
        assert 0 <= m["Balance"] <= m["TotalAmt"], cid
    assert abs(cust["Balance"] - sum(i["Balance"] for i in invs)) < 0.006, cid
    for e in c["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"} and STAMP.match(e["date"]), cid
        assert D.fromisoformat(e["date"][:10]) <= as_of and e["body"].strip(), cid
    for nn in c["crm_notes"]:
        assert set(nn) == {"author", "date", "text"} and STAMP.match(nn["date"]), cid
        assert D.fromisoformat(nn["date"][:10]) <= as_of, cid
    seen = set()
    inv = c["invoice"]
    for r in c["reminders_sent"]:
        assert set(r) == {"date", "stage"} and STAMP.match(r["date"]) and r["stage"] in STAGES, cid
        assert r["stage"] not in seen, cid
        seen.add(r["stage"])
        rd = D.fromisoformat(r["date"][:10])
        assert rd <= as_of, cid
        if inv.get("DueDate"):
            assert (rd - D.fromisoformat(inv["DueDate"])).days >= r["stage"], cid
    blob = json.dumps(c, ensure_ascii=False)
    assert not re.search(r"\{(inv|bal|date|past|ref|paid_on|other)\}", blob), cid
    assert sorted(exp) == ["class", "hard_stop", "id", "outcome", "route"] and exp["id"] == cid, cid
    assert all(r in (ESC, DRAFT, NONE) for r in exp["route"]) and exp["route"], cid
    assert all(o in (RR, LD, PP, HT, NA) for o in exp["outcome"]) and exp["outcome"], cid


def main():
    specs = hard_class_specs() + mixed_specs() + other_specs()
    R.shuffle(specs)
    cases, exps = [], []
    mix = {}
    for n, sp in enumerate(specs, 1):
        as_of = D(2026, 12, R.randint(14, 18))
        c, meta = build_case(n, sp, as_of)
        exp = {"class": sp["cls"], "hard_stop": sp.get("hs"), "id": c["id"], "outcome": sp["label"][1],
               "route": sp["label"][0]}
        wellformed(c, exp)
        check(c, sp, meta, exp)
        cases.append(c)
        exps.append(exp)
        mix[sp["cls"]] = mix.get(sp["cls"], 0) + 1
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in exps:
            fh.write(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases", dict(sorted(mix.items())))


if __name__ == "__main__":
    main()

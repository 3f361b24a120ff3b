#!/usr/bin/env python3
"""Builds probe_h: a blind probe of judge cases (2026-12-13), written from shared/SPEC.md alone.

    python3 tests/data/judge_cases/probe_h/build.py   # rewrites cases.jsonl and expected.jsonl

stdlib only, fixed seed. Re-running rewrites both files byte for byte. Before writing, check()
re-derives every case's label from the bundle's structural facts plus each message's semantic tag
and refuses a case whose declared label does not accept it; wellformed() checks every bundle
against SPEC's case-bundle format and the links between its entities.
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

SEED = 20261213
STAGES = [1, 7, 14, 30, 60]
RISK = 10000.00
D = dt.date

DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")

WORLDS = {
    "jhb": dict(home="ZAR", foreign="USD", rate=(17.55, 18.65), us="Kopje Managed IT (Pty) Ltd",
                ar="ar@kopjeit.example", collector="Thandeka", tz="+02:00", prefix="KIT-",
                home_amt=(1450, 9600), foreign_amt=(85, 505), terms=30,
                items=["Managed IT support - monthly retainer", "Microsoft 365 Business Premium licences",
                       "On-site technician call-out", "Firewall installation and configuration",
                       "Backup and disaster recovery service", "Laptop supply and set-up",
                       "SOC monitoring service", "Helpdesk licences"],
                names={"ZAR": ["Sandton Actuarial Partners", "Mabaso Freight (Pty) Ltd", "Rosebank Dental Studio",
                               "Vantage Actuarial (Pty) Ltd", "Melville Architects", "Midrand Auto Spares",
                               "Braamfontein Coworking", "Fourways Vet Clinic", "Nkosi Property Group",
                               "Randburg Tiles and Tubs", "Linden Accounting Services", "Kempton Cold Storage",
                               "Bryanston Wealth Managers", "Alberton Steel Traders", "Maboneng Creative Agency",
                               "Hyde Park Optometrists", "Illovo Insurance Brokers", "Bedfordview Orthodontics",
                               "Craighall Travel", "Northcliff Motors", "Edenvale Electrical Supplies",
                               "Benoni Flight School", "Rivonia Recruitment", "Observatory Radiology",
                               "Parkhurst Interiors", "Houghton Family Office"],
                       "USD": ["Highveld Analytics Inc", "Karoo Mining Services LLC"]}),
    "akl": dict(home="NZD", foreign="AUD", rate=(1.09, 1.14), us="Rangitoto Scaffold & Formwork Ltd",
                ar="accounts@rangitotoscaffold.example", collector="Mere", tz="+13:00", prefix="RSF-",
                home_amt=(650, 9500), foreign_amt=(520, 8100), terms=20,
                items=["Scaffold hire - weekly", "Scaffold erect and dismantle", "Formwork panel hire",
                       "Edge protection hire", "Shrink-wrap supply and install", "Stair tower hire",
                       "Transport - delivery and collection", "Props and base plates hire"],
                names={"NZD": ["Hobsonville Homes Ltd", "Mt Eden Builders Ltd", "Ponsonby Renovations Ltd",
                               "Epsom Property Developments Ltd", "Takapuna Painters Ltd", "Kingsland Roofing Ltd",
                               "Onehunga Civil Ltd", "Remuera Reno Co", "Manukau Precast Ltd",
                               "Whangaparaoa Builders Ltd", "Albany Concrete Ltd", "Glen Innes Joinery Ltd",
                               "Papakura Formworks Ltd", "Ellerslie Construction Ltd",
                               "Devonport Heritage Restorations", "Henderson Brick and Block Ltd",
                               "Pukekohe Builders Ltd", "North Shore Facades Ltd", "Grey Lynn Builders Ltd",
                               "Coastal Formwork Ltd", "Tamaki Whanau Builders Ltd"],
                       "AUD": ["Coastline Constructions Pty Ltd", "Joondalup Builders Pty Ltd",
                               "Swan Valley Homes Pty Ltd", "Fremantle Formwork Pty Ltd",
                               "Rockingham Civil Pty Ltd", "Cockburn Concrete Pty Ltd",
                               "Scarborough Builders WA Pty Ltd", "Baldivis Slab Co Pty Ltd"]}),
    "bhm": dict(home="GBP", foreign="EUR", rate=(0.83, 0.87), us="Digbeth Schoolwear & Embroidery Ltd",
                ar="credit.control@digbethschoolwear.example", collector="Priya", tz="+00:00", prefix="DSE-",
                home_amt=(180, 8200), foreign_amt=(240, 7400), terms=30,
                items=["Embroidered blazers", "PE tops with printed crest", "Knitted jumpers",
                       "Book bags - printed", "School ties", "Personalised hoodies", "Embroidery set-up",
                       "Cardigans with embroidered crest"],
                names={"GBP": ["Oakfield Academy Trust", "St Chad's Primary School", "Moseley Park School",
                               "Brookvale Academy", "Harborne Prep School", "Greenway Multi-Academy Trust",
                               "Selly Oak Junior School", "Edgbaston High School for Girls",
                               "Sutton Coldfield Grammar", "Acocks Green Primary", "Handsworth Wood Academy",
                               "Quinton Church Primary", "Yardley Wood Nursery", "Castle Bromwich Infant School",
                               "Solihull Rugby Club", "Kingstanding Leisure Centre", "Hall Green Juniors FC",
                               "Northfield Community School", "Stirchley Primary"],
                       "EUR": ["Scoil Mhuire", "Scoil Bhride", "Gaelscoil na Mara", "Scoil Naomh Eoin",
                               "Scoil Chaitriona", "Colaiste Iognaid"]}),
}
CUR_NAMES = {"ZAR": "South African Rand", "USD": "United States Dollar", "NZD": "New Zealand Dollar",
             "AUD": "Australian Dollar", "GBP": "British Pound Sterling", "EUR": "Euro"}
CUR_SIGN = {"ZAR": "R", "USD": "US$", "NZD": "NZ$", "AUD": "A$", "GBP": "£", "EUR": "€"}

# A place or kind of customer in a text pins the case to a currency and sometimes a customer.
PINS = [
    ("Maputo", "USD", "Logistica Indico Lda"), ("Port Louis", "USD", "Ocean Indien Fiduciaire Ltee"),
    ("Luanda", "USD", "Kwanza Petroservicos Lda"), ("Maseru", "USD", "Maloti Development Trust"),
    ("US entity", "USD", None), ("US parent", "USD", None),
    ("Perth", "AUD", None), ("Joondalup", "AUD", "Joondalup Builders Pty Ltd"), ("WA market", "AUD", None),
    ("Fremantle", "AUD", "Fremantle Formwork Pty Ltd"),
    ("Cork", "EUR", "Gaelscoil na Mara"), ("Galway", "EUR", "Scoil Mhuire"), ("Limerick", "EUR", "Scoil Naomh Eoin"),
    ("Sligo", "EUR", "Scoil Bhride"), ("Dublin", "EUR", "Scoil Chaitriona"),
]
NAME_PINS = [
    ("madrasah", "Small Heath Madrasah"), ("dance school", "Kings Heath Dance Academy"),
    ("studio rent", "Moseley Dance Studio"), ("PTA", "Bournville Primary PTA"),
    ("restaurants", "Greenside Restaurant Group"), ("The farm", "Koos Botha Boerdery"),
    ("school governing body", "Lonehill Primary School"), ("warehouse", "Germiston Packaging (Pty) Ltd"),
    ("small practice", "Parktown Physio Practice"), ("whānau business", "Tamaki Whanau Builders Ltd"),
    ("the team at {cust}", "Coastal Formwork Ltd"), ("Epsom project", "Epsom Property Developments Ltd"),
    ("Hobsonville", "Hobsonville Homes Ltd"), ("Ponsonby", "Ponsonby Renovations Ltd"),
    ("Mt Eden", "Mt Eden Builders Ltd"),
]
# Words in a message that say what was sold: the invoice's lines then name it.
ITEM_HINTS = [
    ("laptop", "Laptop supply and set-up"), ("Microsoft 365", "Microsoft 365 Business Premium licences"),
    ("helpdesk licence", "Helpdesk licences"), ("firewall", "Firewall installation and configuration"),
    ("SOC monitoring", "SOC monitoring service"), ("backup", "Backup and disaster recovery service"),
    ("callout", "On-site technician call-out"), ("on-site technician", "Managed IT support - monthly retainer"),
    ("props", "Props and base plates hire"), ("formwork panels", "Formwork panel hire"),
    ("shrink-wrap", "Shrink-wrap supply and install"), ("stair tower", "Stair tower hire"),
    ("edge protection", "Edge protection hire"), ("Hire period", "Scaffold hire - weekly"),
    ("scaff", "Scaffold erect and dismantle"), ("blazer", "Embroidered blazers"), ("jumpers", "Knitted jumpers"),
    ("PE tops", "PE tops with printed crest"), ("PE kits", "PE tops with printed crest"),
    ("hoodies", "Personalised hoodies"), ("embroidery price", "Embroidery set-up"),
    ("book bags", "Book bags - printed"), ("ties", "School ties"), ("cardigans", "Cardigans with embroidered crest"),
]

TOOLS = [("Coupa:", "do_not_reply@coupahost.example"), ("Tipalti", "notifications@tipalti.example"),
         ("You've been paid", "no-reply@bill.example"), ("Payment scheduled -", "no-reply@bill.example"),
         ("SAP Ariba", "ordersender-prod@ansmtp.ariba.example"), ("Remittance Advice", None)]

LEGAL_RE = re.compile(r"\b(lawyer|attorney|counsel|legal|solicitor|bankrupt|insolv|liquidat|litigat|tribunal|"
                      r"court order|sue|sued|suing)", re.I)
DISPUTE_RE = re.compile(r"(disput|contest|disagree|quer(y|ies))", re.I)

SIGS = {
    "jhb": ["\n\n--\nFinance | {cust}\nPlease consider the environment before printing this e-mail.",
            "\n\n{cust}\nJohannesburg"],
    "akl": ["\n\n--\n{cust}\nAccounts team", "\n\n--\nSent on behalf of {cust}"],
    "bhm": ["\n\n--\n{cust}\nFinance Office", "\n\n--\n{cust}\nPlease consider the environment before printing."],
}
FOOTERS = {
    "jhb": "\n\n________________________________\nThis e-mail is confidential and intended only for the addressee. "
           "Personal information in it is processed in line with POPIA. If you received it in error, "
           "please delete it and tell the sender. Views expressed are the sender's own.",
    "akl": "\n\nCAUTION: This email and any attachments are confidential and intended solely for the named "
           "recipient. If you are not the intended recipient please delete this email and notify the sender.",
    "bhm": "\n\nThis email and any files transmitted with it are confidential and intended solely for the use of "
           "the individual or entity to whom they are addressed. If you have received this email in error "
           "please notify the sender and delete it. Please consider the environment before printing.",
}
SIGNERS = {"jhb": ["Lindiwe Khumalo", "Pieter Nel", "Ayesha Moosa", "Tshepo Molefe", "Chantal du Toit"],
           "akl": ["Hine Parata", "Craig Thompson", "Losa Faleolo", "Wei Chen", "Kirsty Burns"],
           "bhm": ["Sarah Whitehouse", "Imran Akhtar", "Gemma Price", "Aoife Byrne", "Karen Lloyd"]}
FWD_TOPS = ["See below, sending on from a colleague.", "Forwarding as requested.", "FYI - see the note below.",
            "Passing this on, see below."]
SURNAME = {"jhb": "Mokoena", "akl": "Tawhiri", "bhm": "Sandhu"}

# Promise-date formats ({date}); all promise dates fall on 14-23 December 2026, so day > 12.
DATE_FORMATS = ["iso", "dmy/", "ymd/", "dmy.", "d Month Y", "dth Month", "Month dth", "Dow d Mon",
                "the dth", "d-Mon-y", "Dow d Month", "d Mon"]
PAID_FORMATS = ["iso", "dmy/", "d Month", "d Mon Y", "ymd/", "dmy."]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, f):
    return {"iso": d.isoformat(), "dmy/": d.strftime("%d/%m/%Y"), "ymd/": d.strftime("%Y/%m/%d"),
            "dmy.": d.strftime("%d.%m.%Y"), "d Month Y": f"{d.day} {d.strftime('%B %Y')}",
            "dth Month": f"{ordinal(d.day)} {d.strftime('%B')}", "Month dth": f"{d.strftime('%B')} {ordinal(d.day)}",
            "Dow d Mon": f"{d.strftime('%a')} {d.day} {d.strftime('%b')}", "the dth": f"the {ordinal(d.day)}",
            "d-Mon-y": d.strftime("%d-%b-%y"), "Dow d Month": f"{d.strftime('%A')} {d.day} {d.strftime('%B')}",
            "d Mon": f"{d.day} {d.strftime('%b')}", "d Month": f"{d.day} {d.strftime('%B')}",
            "d Mon Y": f"{d.day} {d.strftime('%b %Y')}", "wday": d.strftime("%A")}[f]


def money(cur, x):
    return f"{CUR_SIGN[cur]}{x:,.2f}"


def stage_of(dpd):
    return max([s for s in STAGES if s <= dpd], default=None)


def slug(name):
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("(pty) ltd", "").replace("pty ltd", "").replace(" ltd", ""))


def pins(text, world):
    cur, name = None, None
    for key, c, n in PINS:
        if key in text and c == WORLDS[world]["foreign"]:
            cur, name = c, name or n
    for key, n in NAME_PINS:
        if key in text and name is None:
            name = n
    return cur, name


def tool_sender(text):
    subj = text.split("\n", 1)[0]
    for key, addr in TOOLS:
        if key in subj:
            return True, addr
    return False, None


def split(text):
    first, _, body = text.partition("\n")
    assert first.startswith("S: "), text[:40]
    return first[3:], body.strip("\n")


# ------------------------------------------------------------------ plans
def plan_cases(rng):
    """One plan per case: class, world, messages with their semantic tags, scaffold, declared label."""
    plans = []

    def P(cls, world, msgs, label, **kw):
        p = dict(cls=cls, world=world, msgs=msgs, label=label, notes=[], dpd=None, rem_current=False,
                 max_rem=5, partials=0, foreign=None, old=False, note=False, wrap=None, status=None,
                 unapplied_cover=False, small_credit=False, home_balance=True, over_risk=False,
                 other_open=False, rem_stages=None, partial_after_first=False, name=None)
        p.update(kw)
        plans.append(p)
        return p

    one = lambda r, o: ([r], [o], None)  # noqa: E731
    alt_benign = ([DRAFT, ESC], [RR, HT], None)
    wraps = ["sig", "footer", "quote", "forward", None, None, "sig", None]

    # complaints: 22, two of them >= 60 days
    for i, (w, t) in enumerate(T.COMPLAINTS):
        dpd = {4: 64, 15: 88}.get(i, rng.randint(2, 58))
        P("complaint", w, [dict(tag="complaint", text=t)], one(ESC, LD), dpd=dpd,
          rem_current=rng.random() < 0.4, old=rng.random() < 0.3, note=rng.random() < 0.25,
          partials=1 if rng.random() < 0.15 else 0, small_credit=rng.random() < 0.12,
          wrap=rng.choice(wraps))
    # paid claims: 18, 12 after the current stage's reminder
    after = set(rng.sample(range(18), 12))
    for i, (w, t) in enumerate(T.PAID[:18]):
        dpd = 61 if i == 9 else rng.randint(3, 57)
        P("paid_claim", w, [dict(tag="paid", text=t)], one(ESC, LD), dpd=dpd, rem_current=i in after,
          old=rng.random() < 0.3, note=rng.random() < 0.2, wrap=rng.choice(wraps))
    # promises: 25, 13 with the current stage not yet reminded
    unrem = set(rng.sample(range(25), 13))
    for i, (w, t) in enumerate(T.PROMISES):
        P("promise", w, [dict(tag="promise", text=t)], one(NONE, NA), dpd=rng.randint(3, 56),
          rem_current=i not in unrem, max_rem=2, old=rng.random() < 0.3, note=rng.random() < 0.2,
          partials=1 if rng.random() < 0.12 else 0, wrap=rng.choice(wraps))
    # hardship / more time: 25, current stage never reminded, < 60 days; 6 after one partial payment
    part = set(rng.sample(range(25), 6))
    for i, (w, t) in enumerate(T.HARDSHIP):
        P("hardship", w, [dict(tag="hardship", text=t)], one(DRAFT, PP), dpd=rng.randint(2, 57),
          rem_current=False, max_rem=2, old=rng.random() < 0.3, note=rng.random() < 0.2,
          partials=1 if i in part else 0, small_credit=rng.random() < 0.1, wrap=rng.choice(wraps))
    # benign: 4
    for w, t in T.BENIGN:
        P("benign", w, [dict(tag="benign", text=t)], alt_benign, dpd=rng.randint(2, 45), max_rem=2,
          wrap=None)

    # mixed hard negatives: 12
    P("mixed", "jhb", [dict(tag="negated", text=T.NEGATED[0][1])], alt_benign, dpd=20, max_rem=2, wrap="sig")
    P("mixed", "akl", [dict(tag="hypothetical", text=T.HYPOTHETICAL[0][1])], alt_benign, dpd=10, max_rem=1)
    P("mixed", "bhm", [dict(tag="paid", text=T.RETRACTION[0][1]), dict(tag="clears", text=T.RETRACTION[1][1])],
      alt_benign, dpd=25, max_rem=2)
    P("mixed", "bhm", [dict(tag="complaint", text=T.RESOLVED[0][1], early=True),
                       dict(tag="clears", text=T.RESOLVED[1][1])],
      alt_benign, dpd=33, max_rem=2, notes=[dict(tag="clears", text=T.RESOLVED[2][1])])
    P("mixed", "akl", [dict(tag="expired_promise", text=T.EXPIRED[0][1])], one(DRAFT, RR), dpd=21, max_rem=2,
      rem_stages=[1, 7])
    P("mixed", "jhb", [dict(tag="other_invoice", text=T.OTHER_INVOICE[0][1])], alt_benign, dpd=16, max_rem=1,
      other_open=True, items=["Managed IT support - monthly retainer"])
    P("mixed", "bhm", [dict(tag="ours", text=T.OURS[0][1])], ([DRAFT, NONE], [RR, NA], None), dpd=12,
      rem_stages=[1])
    P("mixed", "jhb", [dict(tag="promise", text=T.LATE_PROMISE[0][1])], one(ESC, HT), dpd=67,
      rem_stages=[7, 30, 60])
    P("mixed", "akl", [dict(tag="hardship", text=T.LATE_PLAN[0][1])], one(ESC, HT), dpd=75,
      rem_stages=[14, 30, 60])
    P("mixed", "akl", [], one(DRAFT, RR), dpd=33, rem_stages=[1, 7, 14], partials=1, partial_after_first=True)
    P("mixed", "bhm", [], one(DRAFT, PP), dpd=22, rem_stages=[1, 7], partials=2)
    P("mixed", "jhb", [], one(DRAFT, RR), dpd=9, rem_stages=[1], status="Chasing")

    # hard stops: 4
    P("hard_stop", "jhb", [dict(tag="legal", text=T.LEGAL[0][1])], ([ESC], [HT, LD, RR], "legal_hold"),
      dpd=26, rem_stages=[1, 7, 14])
    P("hard_stop", "bhm", [dict(tag="old", text=T.OLD[15][1])], ([ESC], [LD], "open_dispute"), dpd=18,
      rem_stages=[1], notes=[dict(tag="dispute_note", text=T.DISPUTE_NOTES[0][1])])
    P("hard_stop", "akl", [dict(tag="promise", text=T.OVER_RISK[0][1])], ([ESC], [HT], "over_risk_threshold"),
      dpd=11, rem_stages=[1], foreign=True, over_risk=True, home_balance=False)
    P("hard_stop", "akl", [dict(tag="paid", text=T.PAID[18][1])], ([ESC], [RR, HT, LD], "unapplied_credit"),
      dpd=15, rem_stages=[1, 7, 14], unapplied_cover=True)
    return plans


# ------------------------------------------------------------------ building
class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.used_names = set()
        self.used_docs = set()
        self.meta = {}

    def docnum(self, world):
        while True:
            d = WORLDS[world]["prefix"] + str(self.rng.randint(10000, 99999))
            if d not in self.used_docs:
                self.used_docs.add(d)
                return d

    def customer_name(self, world, cur, pinned):
        if pinned and pinned not in self.used_names:
            self.used_names.add(pinned)
            return pinned
        pool = [n for n in WORLDS[world]["names"][cur] if n not in self.used_names]
        if not pool:
            pool = WORLDS[world]["names"][cur]
        n = self.rng.choice(pool)
        self.used_names.add(n)
        return n

    def ts(self, world, d, hour=None):
        h = hour if hour is not None else self.rng.randint(7, 17)
        return f"{d.isoformat()}T{h:02d}:{self.rng.randint(0, 59):02d}:00{WORLDS[world]['tz']}"

    def lines(self, world, total, n_lines, items=None):
        if items:
            items = items[:2]
            n_lines = len(items)
        else:
            items = self.rng.sample(WORLDS[world]["items"], n_lines)
        if n_lines == 1:
            amts = [total]
        else:
            a = round(total * self.rng.uniform(0.3, 0.7), 2)
            amts = [a, round(total - a, 2)]
        out = []
        for k, (it, amt) in enumerate(zip(items, amts), 1):
            out.append({"Amount": amt, "Description": it, "DetailType": "SalesItemLineDetail", "Id": str(k),
                        "LineNum": k, "SalesItemLineDetail": {"ItemRef": {"name": it, "value": str(10 + k)},
                                                              "Qty": 1, "UnitPrice": amt}})
        out.append({"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}})
        return out

    def invoice(self, world, cur, rate, cust, iid, doc, txn, due, total, balance, linked, bill_email,
                home_balance=True, status=None, items=None):
        inv = {"Balance": balance, "BillEmail": {"Address": bill_email} if bill_email else None,
               "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
               "CustomField": [], "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
               "DocNumber": doc, "DueDate": due.isoformat(), "EmailStatus": "EmailSent", "Id": iid,
               "Line": self.lines(world, total, self.rng.choice([1, 2]), items),
               "LinkedTxn": [{"TxnId": p, "TxnType": "Payment"} for p in linked],
               "MetaData": {"CreateTime": self.ts(world, txn, 9), "LastUpdatedTime": self.ts(world, txn, 9)},
               "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"},
               "SyncToken": str(len(linked) + 1), "TotalAmt": total, "TxnDate": txn.isoformat()}
        if bill_email is None:
            del inv["BillEmail"]
        if status:
            inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status,
                                   "Type": "StringType"}]
        if rate is not None:
            inv["ExchangeRate"] = rate
            inv["HomeTotalAmt"] = round(total * rate, 2)
            if home_balance:
                inv["HomeBalance"] = round(balance * rate, 2)
        return inv

    def payment(self, world, cust, pid, d, amount, inv_id=None, unapplied=0.0, cur=None, rate=None):
        p = {"CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
             "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]}, "Id": pid,
             "Line": ([{"Amount": amount, "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}]}] if inv_id else []),
             "MetaData": {"CreateTime": self.ts(world, d, 11), "LastUpdatedTime": self.ts(world, d, 11)},
             "SyncToken": "0", "TotalAmt": round(amount + unapplied, 2), "TxnDate": d.isoformat(),
             "UnappliedAmt": unapplied}
        if rate is not None:
            p["ExchangeRate"] = rate
        return p

    def build(self, n, plan):
        rng, world = self.rng, plan["world"]
        W = WORLDS[world]
        cid = f"ph-{n:04d}"
        alltext = " ".join(m["text"] for m in plan["msgs"])
        pin_cur, pin_name = pins(alltext, world)
        foreign = plan["foreign"] or pin_cur is not None
        cur = W["foreign"] if foreign else W["home"]
        rate = round(rng.uniform(*W["rate"]), 4) if foreign else None
        name = self.customer_name(world, cur, pin_name)

        # dates
        dpd = plan["dpd"]
        if plan["rem_current"] and dpd in STAGES:
            dpd += 1  # so the current stage's reminder is before as_of and the reply after it
        as_of = D(2026, 12, rng.choice([3, 4, 7, 8, 9, 10, 11]))
        if any("{wday}" in m["text"] for m in plan["msgs"]):
            as_of = D(2026, 12, rng.choice([7, 8, 9, 10]))
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=W["terms"])
        cur_stage = stage_of(dpd)

        # reminders
        if plan["rem_stages"] is not None:
            stages = list(plan["rem_stages"])
        else:
            earlier = [s for s in STAGES if s < cur_stage]
            stages = [s for s in earlier if rng.random() < 0.6]
            if plan["rem_current"]:
                stages.append(cur_stage)
            while len(stages) > plan["max_rem"]:
                stages.pop(0)
        stages = sorted(set(stages))
        reminders = []
        for s in stages:
            d = due + dt.timedelta(days=s)
            if d + dt.timedelta(days=1) < as_of and rng.random() < 0.5:
                d += dt.timedelta(days=1)
            reminders.append((s, d))
        last_rem = reminders[-1][1] if reminders else None

        # amounts
        lo, hi = W["foreign_amt"] if foreign else W["home_amt"]
        balance = round(rng.uniform(lo, hi), 2)
        if plan["over_risk"]:
            balance = round(rng.uniform(9300, 9800), 2)
            rate = round(max(rate, 1.105), 4)
        partial_amts = [round(balance * rng.uniform(0.15, 0.5), 2) for _ in range(plan["partials"])]
        total = round(balance + sum(partial_amts), 2)

        dom = slug(name) + ".example"
        contact = rng.choice(["accounts", "ap", "finance", "office"]) if world != "jhb" else rng.choice(
            ["accounts", "creditors", "ap", "finance"])
        if world == "bhm" and rng.random() < 0.4:
            contact = "bursar"
        cust_email = f"{contact}@{dom}"
        cust = {"Active": True, "Balance": 0.0, "BillAddr": {"City": {"jhb": "Johannesburg", "akl": "Auckland",
                                                                       "bhm": "Birmingham"}[world],
                                                              "Id": str(700 + n), "Line1": name},
                "CompanyName": name, "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
                "DisplayName": name, "Id": str(3000 + n),
                "MetaData": {"CreateTime": self.ts(world, D(2024, rng.randint(1, 12), rng.randint(1, 28)), 10),
                             "LastUpdatedTime": self.ts(world, txn, 10)},
                "Notes": "", "PrimaryEmailAddr": {"Address": cust_email}, "SyncToken": str(rng.randint(1, 9))}
        if foreign and pin_cur is None and world == "akl":
            cust["BillAddr"]["City"] = "Perth"
        if foreign and world == "akl" and pin_cur:
            cust["BillAddr"]["City"] = "Perth"
        if foreign and world == "bhm":
            cust["BillAddr"]["City"] = next((k for k, c, nm in PINS if nm == name), "Dublin")

        inv_id = str(50000 + n * 10)
        doc = self.docnum(world)
        payments, pay_ids, credit_memos, history = [], [], [], []
        pid_base = 80000 + n * 10
        # partial payments on this invoice
        for k, amt in enumerate(partial_amts):
            if plan["partial_after_first"]:
                pd = reminders[0][1] + dt.timedelta(days=3 + k)
            elif plan["partials"] >= 2:
                pd = due - dt.timedelta(days=8 - 5 * k)
            else:
                pd = txn + dt.timedelta(days=rng.randint(5, (as_of - txn).days - 1))
            pid = str(pid_base + k)
            payments.append(self.payment(world, cust, pid, pd, amt, inv_id, cur=cur, rate=rate))
            pay_ids.append(pid)
        # history: paid invoices
        for h in range(rng.randint(0, 3)):
            hid = str(50000 + n * 10 + 1 + h)
            hdue = txn - dt.timedelta(days=30 * (h + 1) - rng.randint(0, 5))
            htxn = hdue - dt.timedelta(days=W["terms"])
            hamt = round(rng.uniform(lo, hi), 2)
            hp = str(pid_base + 5 + h)
            pdate = hdue + dt.timedelta(days=rng.randint(-6, 12))
            payments.append(self.payment(world, cust, hp, pdate, hamt, hid, cur=cur, rate=rate))
            history.append(self.invoice(world, cur, rate, cust, hid, self.docnum(world), htxn, hdue, hamt, 0.0,
                                        [hp], cust_email))
        other_doc = None
        if plan["other_open"]:
            oid = str(50000 + n * 10 + 9)
            other_doc = self.docnum(world)
            odue = due + dt.timedelta(days=rng.randint(3, 9))
            oamt = round(rng.uniform(lo, hi) / 2, 2)
            history.append(self.invoice(world, cur, rate, cust, oid, other_doc, odue - dt.timedelta(days=W["terms"]),
                                        odue, oamt, oamt, [], cust_email,
                                        items=["Firewall installation and configuration"]))
        # credit
        if plan["small_credit"]:
            amt = round(balance * rng.uniform(0.05, 0.3), 2)
            credit_memos.append({"Balance": amt, "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
                                 "CustomerRef": {"name": name, "value": cust["Id"]},
                                 "DocNumber": "CN-" + str(rng.randint(1000, 9999)), "Id": str(90000 + n),
                                 "Line": self.lines(world, amt, 1),
                                 "MetaData": {"CreateTime": self.ts(world, txn, 12),
                                              "LastUpdatedTime": self.ts(world, txn, 12)},
                                 "SyncToken": "0", "TotalAmt": amt, "TxnDate": txn.isoformat()})

        # messages
        ref = {"jhb": "EFT" + str(rng.randint(1000000, 9999999)), "akl": "DC" + str(rng.randint(100000, 999999)),
               "bhm": "BACS" + str(rng.randint(100000, 999999))}[world]
        emails, notes, meta_emails, meta_notes = [], [], [], []
        lower = max(due + dt.timedelta(days=1), (last_rem + dt.timedelta(days=1)) if last_rem else due)
        if lower > as_of:
            lower = as_of
        promise = None
        main_dates = []
        for k, m in enumerate(plan["msgs"]):
            text = m["text"]
            tag = m["tag"]
            if tag in ("promise",) and plan["cls"] != "hard_stop" and dpd < 60:
                pass
            # choose the email date
            if tag == "expired_promise":
                pdate = due + dt.timedelta(days=8)
                while pdate.weekday() >= 5 or pdate.day <= 12:
                    pdate += dt.timedelta(days=1)
                ed = pdate - dt.timedelta(days=4)
                if reminders and ed <= reminders[0][1]:
                    ed = reminders[0][1] + dt.timedelta(days=1)
                promise = pdate
            elif m.get("early"):
                ed = due + dt.timedelta(days=2)
            elif k > 0:
                ed = min(as_of, main_dates[-1] + dt.timedelta(days=rng.randint(1, 4)))
            elif "{wday}" in text:
                ed = max(lower, as_of - dt.timedelta(days=rng.choice([0, 1])))
            elif tag in ("promise",):
                ed = max(lower, D(2026, 12, 1), as_of - dt.timedelta(days=rng.randint(0, 4)))
            else:
                span = (as_of - lower).days
                ed = lower + dt.timedelta(days=rng.randint(max(0, span - 6), span))
            if len(plan["msgs"]) > 1 and k == 0 and not m.get("early"):
                ed = max(lower, as_of - dt.timedelta(days=6))
            main_dates.append(ed)
            if tag == "promise":
                if "{wday}" in text:
                    cands = [ed + dt.timedelta(days=j) for j in range(1, 7)]
                    cands = [c for c in cands if c > as_of and c.weekday() < 5]
                    promise = rng.choice(cands)
                    text = text.replace("{wday}", fmt_date(promise, "wday"))
                    pfmt = "wday"
                else:
                    cands = [D(2026, 12, d) for d in range(14, 24) if D(2026, 12, d).weekday() < 5]
                    promise = rng.choice(cands)
                    pfmt = DATE_FORMATS[n % len(DATE_FORMATS)]
                    text = text.replace("{date}", fmt_date(promise, pfmt))
                m["rendered_date"] = fmt_date(promise, pfmt)
            if tag == "expired_promise":
                text = text.replace("{date}", fmt_date(promise, "dmy/"))
                m["rendered_date"] = fmt_date(promise, "dmy/")
            if "{paid_on}" in text:
                win = [txn + dt.timedelta(days=j) for j in range(1, (ed - txn).days)]
                win = [d for d in win if d.day > 12 and d >= due - dt.timedelta(days=6)] or \
                      [d for d in [txn + dt.timedelta(days=j) for j in range(1, (ed - txn).days)] if d.day > 12]
                paid_on = rng.choice(win[-10:])
                text = text.replace("{paid_on}", fmt_date(paid_on, PAID_FORMATS[n % len(PAID_FORMATS)]))
                m["paid_on"] = paid_on
            subst = {"{inv}": doc, "{bal}": money(cur, balance), "{ref}": ref, "{other}": other_doc or "",
                     "{cust}": name, "{us}": W["us"], "{collector}": W["collector"]}
            for a, b in subst.items():
                text = text.replace(a, b)
            assert "{" not in text, (cid, text)
            subj, body = split(text)
            is_tool, tool_addr = tool_sender(text)
            if tag == "ours":
                frm, to = W["ar"], cust_email
            else:
                frm = tool_addr if (is_tool and tool_addr) else cust_email
                to = W["ar"]
            # wrapping
            wrap = plan["wrap"] if k == len(plan["msgs"]) - 1 else None
            if is_tool or tag == "ours":
                wrap = None
            if wrap == "quote" and not reminders:
                wrap = "sig"
            if wrap == "forward" and "Forwarded message" in body:
                wrap = "footer"
            signer = rng.choice(SIGNERS[world])
            if wrap == "sig":
                body += rng.choice(SIGS[world]).format(name=signer, cust=name, n3=rng.randint(100, 999))
            elif wrap == "footer":
                body += FOOTERS[world]
            elif wrap == "quote":
                rs, rd = reminders[-1]
                body += (f"\n\nOn {rd.strftime('%a, %d %b %Y')}, {W['collector']} {SURNAME[world]} <{W['ar']}> wrote:\n"
                         f"> Dear {name},\n>\n> Our records show that invoice {doc} for {money(cur, balance)} was due on "
                         f"{due.isoformat()} and is now overdue.\n> If you have already paid, please disregard this "
                         f"message.\n>\n> Kind regards\n> {W['collector']} {SURNAME[world]}\n> {W['us']}")
                if not subj.lower().startswith("re"):
                    subj = "Re: " + subj
            elif wrap == "forward":
                body = (f"{rng.choice(FWD_TOPS)}\n\n---------- Forwarded message "
                        f"---------\nFrom: {name} <{rng.choice(['accounts', 'projects', 'finance'])}@{dom}>\nDate: "
                        f"{ed.strftime('%a, %d %b %Y')}\nSubject: {subj}\nTo: {W['ar']}\n\n{body}")
                subj = "Fwd: " + subj
                frm = f"{rng.choice(['admin', 'reception', 'office'])}@{dom}"
            emails.append({"body": body, "date": self.ts(world, ed), "from": frm, "subject": subj, "to": to})
            meta_emails.append(dict(tag=tag, date=ed, promise=promise if tag in ("promise", "expired_promise") else None,
                                    rendered=m.get("rendered_date"), paid_on=m.get("paid_on")))
        first_main = min(main_dates) if main_dates else as_of
        # an older harmless email earlier in the thread
        if plan["old"]:
            cands = [t for w, t in T.OLD if w == world]
            t = rng.choice(cands)
            od = txn + dt.timedelta(days=rng.randint(1, max(1, (min(first_main, due) - txn).days - 1)))
            t = t.replace("{inv}", doc)
            subj, body = split(t)
            emails.insert(0, {"body": body, "date": self.ts(world, od), "from": cust_email, "subject": subj,
                              "to": W["ar"]})
            meta_emails.insert(0, dict(tag="old", date=od, promise=None, rendered=None, paid_on=None))
        if plan["cls"] in ("complaint", "paid_claim", "hardship") and rng.random() < 0.2:
            t = [t for w, t in T.OURS_THREAD if w == world][0]
            for a, b in {"{cust}": name, "{collector}": W["collector"], "{us}": W["us"]}.items():
                t = t.replace(a, b)
            subj, body = split(t)
            od = max(txn + dt.timedelta(days=2), min(first_main, due) - dt.timedelta(days=rng.randint(2, 6)))
            emails.insert(0, {"body": body, "date": self.ts(world, od), "from": W["ar"], "subject": subj,
                              "to": cust_email})
            meta_emails.insert(0, dict(tag="ours", date=od, promise=None, rendered=None, paid_on=None))
        for nt in plan["notes"]:
            nd = max(main_dates) + dt.timedelta(days=1) if nt["tag"] == "clears" else as_of - dt.timedelta(days=3)
            nd = min(nd, as_of)
            notes.append({"author": rng.choice(["collector", "account owner"]), "date": self.ts(world, nd),
                          "text": nt["text"]})
            meta_notes.append(dict(tag=nt["tag"], date=nd))
        if plan["note"]:
            t = rng.choice([t for w, t in T.NOTES if w == world])
            nd = first_main - dt.timedelta(days=rng.randint(1, 5))
            notes.insert(0, {"author": rng.choice(["collector", "account owner"]), "date": self.ts(world, nd),
                             "text": t})
            meta_notes.insert(0, dict(tag="note", date=nd))
        order = sorted(range(len(emails)), key=lambda i: emails[i]["date"])
        emails = [emails[i] for i in order]
        meta_emails = [meta_emails[i] for i in order]

        if plan["unapplied_cover"]:
            pd = meta_emails[-1]["paid_on"]
            payments.append(self.payment(world, cust, str(pid_base + 9), pd, 0.0, None, unapplied=balance, cur=cur,
                                         rate=rate))
        items = plan.get("items") or [it for key, it in ITEM_HINTS
                                      if re.search(r"\b" + re.escape(key.lower()), alltext.lower())
                                      and it in W["items"]]
        items = list(dict.fromkeys(items))
        inv = self.invoice(world, cur, rate, cust, inv_id, doc, txn, due, total, balance, pay_ids, cust_email,
                           home_balance=plan["home_balance"], status=plan["status"], items=items)
        cust["Balance"] = round(balance + sum(i["Balance"] for i in history), 2)
        payments.sort(key=lambda p: p["TxnDate"], reverse=True)
        case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes, "customer": cust,
                "emails": emails, "home_currency": W["home"], "id": cid, "invoice": inv, "invoices": history,
                "payments": payments,
                "reminders_sent": [{"date": self.ts(world, d, 8), "stage": s} for s, d in reminders]}
        routes, outcomes, hs = plan["label"]
        exp = {"class": plan["cls"], "hard_stop": hs, "id": cid, "outcome": outcomes, "route": routes}
        self.meta[cid] = dict(emails=meta_emails, notes=meta_notes, world=world, plan=plan)
        return case, exp


# ------------------------------------------------------------------ check: SPEC's order on the facts
def date_of(s):
    return D.fromisoformat(s[:10])


def facts(case, meta):
    inv, as_of = case["invoice"], date_of(case["as_of"])
    ar = WORLDS[meta["world"]]["ar"]
    f = {"balance": inv["Balance"]}
    f["due"] = date_of(inv["DueDate"]) if inv.get("DueDate") else None
    f["dpd"] = (as_of - f["due"]).days if f["due"] else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else None
    rem = case["reminders_sent"]
    f["stage_reminded"] = any(r["stage"] == f["stage"] for r in rem)
    if inv.get("HomeBalance") is not None:
        f["home"] = inv["HomeBalance"]
    elif inv.get("ExchangeRate") is not None:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    f["credit"] = round(sum(p["UnappliedAmt"] for p in case["payments"]) +
                        sum(c["Balance"] for c in case["credit_memos"]), 2)
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address") or
                        (case["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    status = [c.get("StringValue", "") for c in inv.get("CustomField", []) if c.get("Name") == "Collections Status"]
    f["status_disputed"] = any(s.strip().lower() == "disputed" for s in status)
    f["partials"] = sum(1 for p in case["payments"] for ln in p["Line"] for t in ln["LinkedTxn"]
                        if t["TxnId"] == inv["Id"] and t["TxnType"] == "Invoice")
    # 3-reminder rule
    f["three"] = False
    if len(rem) >= 3:
        first = min(date_of(r["date"]) for r in rem)
        act = [p for p in case["payments"] if date_of(p["TxnDate"]) >= first]
        act += [e for e in case["emails"] if e["from"] != ar and date_of(e["date"]) >= first]
        act += [n for n in case["crm_notes"] if date_of(n["date"]) >= first]
        f["three"] = not act
    f["no_auto"] = "no automated" in case["customer"].get("Notes", "").lower()
    # semantic tags of the messages, in date order; "clears" resolves an earlier contest
    items = [(e["date"], m["tag"]) for e, m in zip(case["emails"], meta["emails"])]
    items += [(n["date"], m["tag"]) for n, m in zip(case["crm_notes"], meta["notes"])]
    items.sort()
    tags = [t for _, t in items]
    f["legal"] = "legal" in tags
    last_clear = max([i for i, t in enumerate(tags) if t == "clears"], default=-1)
    f["dispute_note"] = any(t == "dispute_note" and i > last_clear for i, t in enumerate(tags))
    f["contest"] = any(t in ("complaint", "paid") and i > last_clear for i, t in enumerate(tags))
    f["hardship"] = "hardship" in tags
    f["promise_ahead"] = any(m["tag"] == "promise" and m["promise"] and m["promise"] > as_of for m in meta["emails"])
    return f


def derive(case, meta):
    """SPEC's order: nothing to do, hard stops, classification precedence, then the cadence/promise gate."""
    f = facts(case, meta)
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return NONE, NA, None, f
    hs = None
    if f["legal"]:
        hs = "legal_hold"
    elif f["status_disputed"] or f["dispute_note"]:
        hs = "open_dispute"
    elif f["home"] >= RISK:
        hs = "over_risk_threshold"
    elif f["credit"] >= f["balance"]:
        hs = "unapplied_credit"
    elif not f["address"] or f["due"] is None:
        hs = "missing_context"
    if f["contest"] or f["status_disputed"] or f["dispute_note"]:
        cls = LD
    elif (f["dpd"] or 0) >= 60 or f["three"] or f["no_auto"] or f["home"] >= RISK:
        cls = HT
    elif f["hardship"] or f["partials"] >= 2:
        cls = PP
    else:
        cls = RR
    if hs:
        return ESC, cls, hs, f
    if cls in (LD, HT):
        return ESC, cls, None, f
    if f["stage_reminded"] or f["promise_ahead"]:
        return NONE, NA, None, f
    return DRAFT, cls, None, f


HARD = ("complaint", "paid_claim", "promise", "hardship")


def check(cases, expected, meta):
    bad = []
    for c, e in zip(cases, expected):
        m = meta[c["id"]]
        route, outcome, hs, f = derive(c, m)
        ok = route in e["route"] and hs == e["hard_stop"]
        if hs:
            ok = ok and (outcome in e["outcome"] or (hs == "over_risk_threshold" and HT in e["outcome"]))
        else:
            ok = ok and outcome in e["outcome"]
        if e["class"] in HARD:
            ok = ok and len(e["route"]) == 1 and len(e["outcome"]) == 1
        as_of = date_of(c["as_of"])
        for em, mm in zip(c["emails"], m["emails"]):
            if mm["tag"] in ("promise", "expired_promise"):
                ok = ok and mm["rendered"] in em["body"] and mm["promise"] > mm["date"]
                ok = ok and ((mm["promise"] > as_of) == (mm["tag"] == "promise"))
                if mm["rendered"][0].isdigit() and mm["rendered"][:4] != "2026":
                    ok = ok and mm["promise"].day > 12
            if mm["paid_on"] is not None:
                ok = ok and mm["paid_on"] < mm["date"] and mm["paid_on"].day > 12
            if date_of(em["date"]) > as_of:
                ok = False
        # class-specific scaffolding promised in the README
        cls = e["class"]
        if cls == "hardship":
            ok = ok and not f["stage_reminded"] and f["dpd"] < 60
        if cls in ("promise", "hardship", "benign", "complaint", "paid_claim") and f["home"] >= RISK:
            ok = False
        # wording rules
        for em, mm in zip(c["emails"], m["emails"]):
            low = (em["subject"] + " " + em["body"]).lower()
            if mm["tag"] != "legal" and LEGAL_RE.search(low):
                ok = False
            if mm["tag"] == "complaint" and DISPUTE_RE.search(low):
                ok = False
            if mm["tag"] == "hardship" and re.search(r"\b(monday|tuesday|wednesday|thursday|friday)\b", low):
                ok = False
        for n in c["crm_notes"]:
            if LEGAL_RE.search(n["text"]) and not f["legal"]:
                ok = False
        if not ok:
            bad.append((c["id"], e, (route, outcome, hs), {k: str(v) for k, v in f.items()}))
    return bad


# ------------------------------------------------------------------ wellformed: SPEC's bundle format
TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos", "emails",
       "crm_notes", "reminders_sent"}
INV_KEYS = {"Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CustomerRef", "CurrencyRef", "Line", "LinkedTxn",
            "CustomField", "MetaData", "SyncToken"}
PAY_KEYS = {"Id", "CustomerRef", "TotalAmt", "TxnDate", "UnappliedAmt", "Line", "MetaData", "SyncToken"}


def wellformed(cases, expected):
    errs = []

    def need(cond, cid, what):
        if not cond:
            errs.append(f"{cid}: {what}")

    ids = set()
    for c, e in zip(cases, expected):
        cid = c.get("id")
        need(cid not in ids and re.fullmatch(r"ph-\d{4}", cid or ""), cid, "id")
        ids.add(cid)
        need(set(c) == TOP, cid, "top-level keys")
        D.fromisoformat(c["as_of"])
        need(c["home_currency"] in CUR_NAMES, cid, "home_currency")
        cust = c["customer"]
        need({"Id", "DisplayName", "CurrencyRef", "Balance"} <= set(cust), cid, "customer keys")
        ccur = cust["CurrencyRef"]["value"]
        invs = [c["invoice"]] + c["invoices"]
        by_id = {i["Id"]: i for i in invs}
        for inv in invs:
            need(INV_KEYS <= set(inv), cid, f"invoice {inv.get('Id')} keys")
            need(inv["CustomerRef"]["value"] == cust["Id"], cid, "invoice customer link")
            need(inv["CurrencyRef"]["value"] == ccur, cid, "one currency a customer")
            if inv["CurrencyRef"]["value"] != c["home_currency"]:
                need("ExchangeRate" in inv, cid, "foreign invoice without ExchangeRate")
                if "HomeBalance" in inv:
                    need(abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) < 0.005, cid,
                         "HomeBalance")
            else:
                need("ExchangeRate" not in inv and "HomeBalance" not in inv, cid, "home invoice with a rate")
            sales = [ln for ln in inv["Line"] if ln["DetailType"] == "SalesItemLineDetail"]
            need(abs(sum(ln["Amount"] for ln in sales) - inv["TotalAmt"]) < 0.005, cid, "lines sum")
            paid = sum(ln["Amount"] for p in c["payments"] for ln in p["Line"] for t in ln["LinkedTxn"]
                       if t["TxnId"] == inv["Id"])
            need(abs(inv["TotalAmt"] - paid - inv["Balance"]) < 0.005, cid, f"TotalAmt - payments = Balance {inv['Id']}")
            for lt in inv["LinkedTxn"]:
                p = next((p for p in c["payments"] if p["Id"] == lt["TxnId"]), None)
                need(p is not None and any(t["TxnId"] == inv["Id"] for ln in p["Line"] for t in ln["LinkedTxn"]),
                     cid, "invoice -> payment link")
            need(D.fromisoformat(inv["DueDate"]) >= D.fromisoformat(inv["TxnDate"]), cid, "due before txn")
        docs = [i["DocNumber"] for i in invs]
        need(len(set(docs)) == len(docs), cid, "DocNumbers unique")
        for p in c["payments"]:
            need(PAY_KEYS <= set(p), cid, "payment keys")
            need(p["CustomerRef"]["value"] == cust["Id"], cid, "payment customer link")
            applied = sum(ln["Amount"] for ln in p["Line"])
            need(abs(applied + p["UnappliedAmt"] - p["TotalAmt"]) < 0.005, cid, "payment amounts")
            for ln in p["Line"]:
                for t in ln["LinkedTxn"]:
                    need(t["TxnId"] in by_id and any(x["TxnId"] == p["Id"] for x in by_id[t["TxnId"]]["LinkedTxn"]),
                         cid, "payment -> invoice link")
            need(D.fromisoformat(p["TxnDate"]) <= D.fromisoformat(c["as_of"]), cid, "payment after as_of")
        for cm in c["credit_memos"]:
            need({"Id", "CustomerRef", "Balance", "TotalAmt", "TxnDate"} <= set(cm), cid, "credit memo keys")
            need(cm["CustomerRef"]["value"] == cust["Id"] and cm["CurrencyRef"]["value"] == ccur, cid, "cm link")
        for em in c["emails"]:
            need(set(em) == {"from", "to", "date", "subject", "body"}, cid, "email keys")
            need(date_of(em["date"]) <= D.fromisoformat(c["as_of"]), cid, "email after as_of")
        for n in c["crm_notes"]:
            need(set(n) == {"author", "date", "text"}, cid, "note keys")
        stages = [r["stage"] for r in c["reminders_sent"]]
        need(len(stages) == len(set(stages)) and all(s in STAGES for s in stages), cid, "one reminder a stage")
        for r in c["reminders_sent"]:
            need(set(r) == {"date", "stage"}, cid, "reminder keys")
            d = date_of(r["date"])
            due = D.fromisoformat(c["invoice"]["DueDate"])
            need(due + dt.timedelta(days=r["stage"]) <= d <= D.fromisoformat(c["as_of"]), cid, "reminder date")
        need(list(e) == sorted(e) and set(e) == {"class", "hard_stop", "id", "outcome", "route"}, cid, "expected keys")
        need(e["id"] == cid and e["class"] in ("complaint", "paid_claim", "promise", "hardship", "mixed", "hard_stop",
                                                 "benign"), cid, "expected line")
        need(set(e["route"]) <= {DRAFT, ESC, NONE} and set(e["outcome"]) <= {RR, LD, PP, HT, NA}, cid, "labels")
    return errs


def main():
    rng = random.Random(SEED)
    plans = plan_cases(rng)
    rng.shuffle(plans)
    b = Builder(rng)
    cases, expected = [], []
    for n, plan in enumerate(plans, 1):
        c, e = b.build(n, plan)
        cases.append(c)
        expected.append(e)
    bad = check(cases, expected, b.meta)
    errs = wellformed(cases, expected)
    if bad or errs:
        for x in bad:
            print("LABEL", x, file=sys.stderr)
        for x in errs:
            print("FORM", x, file=sys.stderr)
        sys.exit(f"refusing to write: {len(bad)} label contradictions, {len(errs)} format errors")
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    mix = {}
    for e in expected:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    print(f"wrote {len(cases)} cases: {mix}")


if __name__ == "__main__":
    main()

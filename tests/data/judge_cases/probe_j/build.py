#!/usr/bin/env python3
"""Builds probe_j: a blind probe of judge cases, written from shared/SPEC.md alone.

    python3 tests/data/judge_cases/probe_j/build.py   # rewrites cases.jsonl and expected.jsonl

stdlib only, fixed seed 20261215; re-running rewrites both files byte for byte. Every case is
checked twice before anything is written: check() re-derives the case's structural facts from the
bundle and applies SPEC's order to them plus the messages' semantic tags, refusing any case whose
declared label does not match; wellformed() checks each bundle against SPEC's case-bundle format
and the links between its entities.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as T  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261215
STAGES = [1, 7, 14, 30, 60]
RISK = 10000.00

DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")

WORLDS = {
    "oxford": dict(home="GBP", foreign="EUR", rate=0.8612, tz="+00:00", us="Tom",
                   company="Cherwell Bindery & Conservation Ltd", ar="accounts@cherwellbindery.example",
                   prefix="CB-", items=["Conservation rebinding, full leather", "Phase boxes, made to measure",
                                        "Paper repair and guarding", "Clamshell box, cloth-covered",
                                        "Map encapsulation, polyester", "Aqueous deacidification"]),
    "chch": dict(home="NZD", foreign="AUD", rate=1.1135, tz="+13:00", us="Dave",
                 company="Harewood Pollination Ltd", ar="accounts@harewoodpollination.example",
                 prefix="HP", items=["Pollination hive hire", "Hive placement and removal",
                                     "Hive strength audit", "Mated queens"]),
    "toronto": dict(home="CAD", foreign="USD", rate=1.3942, tz="-05:00", us="Priya",
                    company="Lakeshore Additive Inc.", ar="ar@lakeshoreadditive.example",
                    prefix="LA-", items=["MJF PA12 production parts", "SLS nylon jigs and fixtures",
                                         "Design-for-AM consulting", "Vapor smoothing and dyeing",
                                         "DMLS manifolds, 316L"]),
}

# key: (world, name, domain, contact mailbox, foreign?)
CUSTOMERS = {
    "friends": ("oxford", "Friends of the Iffley Library", "iffleyfriends.example", "treasurer", False),
    "sfl": ("oxford", "St Frideswide's College Library", "sfrideswide.example", "finance", False),
    "leidse": ("oxford", "Bibliotheek Leidse Hout", "leidsehout.example", "crediteuren", True),
    "cumnor": ("oxford", "Cumnor Parochial Church Council", "cumnorpcc.example", "clerk", False),
    "holywell": ("oxford", "Holywell Antiquarian Books", "holywellbooks.example", "david", False),
    "deventer": ("oxford", "Stadsarchief Deventer", "stadsarchief-deventer.example", "facturen", True),
    "marsh": ("oxford", "Dr Helen Marsh", "hmarsh.example", "helen", False),
    "prideaux": ("oxford", "E. Prideaux", "prideaux.example", "e.prideaux", False),
    "zuidhaven": ("oxford", "Universiteitsbibliotheek Zuidhaven", "ub-zuidhaven.example", "crediteurenadministratie", True),
    "ferraro": ("oxford", "Giulia Ferraro", "ferraro.example", "giulia", False),
    "ellery": ("oxford", "Canon R. Ellery", "ellery.example", "canon", False),
    "bodley": ("oxford", "Bodley Antiquarian Books Ltd", "bodleybooks.example", "accounts", False),
    "wychwood": ("oxford", "Wychwood Record Office", "wychwoodrecords.example", "ap", False),
    "leeston": ("chch", "Leeston Blueberries", "leestonberries.example", "office", False),
    "tamar": ("chch", "Tamar Cherry Co", "tamarcherry.example", "kate", True),
    "ellesmere": ("chch", "Ellesmere Cherries", "ellesmerecherries.example", "mel", False),
    "cseed": ("chch", "Canterbury Seed Co-op", "canterburyseed.example", "accounts", False),
    "rakaia": ("chch", "Rakaia Seed Growers Ltd", "rakaiaseed.example", "admin", False),
    "huon": ("chch", "Huon Ridge Orchards Pty Ltd", "huonridge.example", "accountspayable", True),
    "derwent": ("chch", "Derwent Valley Apples", "derwentapples.example", "tom", True),
    "riccarton": ("chch", "Riccarton Kiwifruit Growers", "riccartonkiwi.example", "lin", False),
    "waipara": ("chch", "Waipara Hills Vineyard", "waiparahills.example", "geoff", False),
    "selwyn": ("chch", "Selwyn Seeds Ltd", "selwynseeds.example", "accounts", False),
    "midcant": ("chch", "Mid Canterbury Honey", "midcanthoney.example", "fiona", False),
    "tanaka": ("chch", "Tanaka Export NZ Ltd", "tanakaexport.example", "y.tanaka", False),
    "singh": ("chch", "Singh Kiwifruit Orchard", "singhorchard.example", "harpreet", False),
    "livonia": ("toronto", "Livonia Trim Systems", "livoniatrim.example", "ap", True),
    "oakville": ("toronto", "Oakville Enclosures", "oakvilleenclosures.example", "derek", False),
    "albers": ("toronto", "Albers Praezision Michigan Inc.", "albers-mi.example", "j.albers", True),
    "dearborn": ("toronto", "Dearborn Fixture Co.", "dearbornfixture.example", "accountspayable", True),
    "kingsway": ("toronto", "Kingsway Architectural Models", "kingswaymodels.example", "studio", False),
    "brampton": ("toronto", "Brampton Robotics", "bramptonrobotics.example", "cam", False),
    "novamed": ("toronto", "NovaMed Devices Inc.", "novamed.example", "ops", False),
    "tooldie": ("toronto", "Mississauga Tool & Die", "mtooldie.example", "office", False),
    "polaris": ("toronto", "Polaris Packaging Machinery", "polarispack.example", "tomasz", False),
    "sterling": ("toronto", "Sterling Heights Tooling LLC", "shtooling.example", "payables", True),
    "hanmi": ("toronto", "Hanmi Auto Parts of Michigan", "hanmi-mi.example", "mj.park", True),
    "warren": ("toronto", "Warren Cast Components", "warrencast.example", "l.hernandez", True),
    "windsor": ("toronto", "Windsor Motion Labs", "windsormotion.example", "nate", False),
}
DUTCH = {"leidse", "deventer", "zuidhaven"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PROMISE_FORMATS = ["d_iso", "d_dmy", "d_mdy", "d_dot", "d_ymd", "d_dmon", "d_long", "d_us",
                   "d_short", "d_full", "d_nth", "d_wd"]
NUMERIC = {"d_iso", "d_dmy", "d_mdy", "d_dot", "d_ymd"}
SOFT = {"benign", "negated", "hypothetical", "retracted", "other_invoice", "resolved_complaint"}
PRAISE = ("wonderful", "great year", "another season", "Lovely", "nice visit")

FOOTERS = [
    "This email and any attachments are confidential and may be legally privileged. If you are not "
    "the intended recipient, please notify the sender and delete it.",
    "CONFIDENTIALITY NOTICE: The information in this message is intended solely for the addressee "
    "and may contain confidential information. Any review, retransmission or other use by persons "
    "other than the intended recipient is prohibited.",
    "CAUTION: This email may contain confidential information. If you have received it in error "
    "please delete it and let us know. Thank you.",
    "Please consider the environment before printing this email.",
]
DUTCH_FOOTER = ("Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht "
                "kunnen geen rechten worden ontleend.")


def suf(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_promise(kind: str, d: dt.date) -> str:
    mon, month, wd = MONTHS[d.month - 1][:3], MONTHS[d.month - 1], DAYS[d.weekday()]
    return {
        "d_iso": d.isoformat(),
        "d_dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "d_mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "d_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "d_ymd": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "d_dmon": f"{d.day}-{mon}-{d.year % 100:02d}",
        "d_long": f"{d.day} {month} {d.year}",
        "d_us": f"{month} {d.day}{suf(d.day)}",
        "d_short": f"{wd[:3]} {d.day} {mon}",
        "d_full": f"{wd}, {d.day} {month}",
        "d_nth": f"the {d.day}{suf(d.day)}",
        "d_wd": wd,
    }[kind]


def money(cur: str, x: float) -> str:
    sym = {"GBP": "£", "EUR": "€", "NZD": "NZ$", "AUD": "A$", "CAD": "C$", "USD": "US$"}[cur]
    return f"{sym}{x:,.2f}"


def parse_text(entry):
    world, raw = entry
    lines = raw.split("\n")
    subj = frm = cust = None
    while lines and lines[0][:3] in ("S: ", "F: ", "C: "):
        head, lines = lines[0], lines[1:]
        if head.startswith("S: "):
            subj = head[3:]
        elif head.startswith("F: "):
            frm = head[3:]
        else:
            cust = head[3:]
    body = "\n".join(lines).strip("\n")
    return dict(world=world, subject=subj, sender=frm, cust=cust, body=body)


def stage_of(dpd: int):
    reached = [s for s in STAGES if dpd >= s]
    return max(reached) if reached else None


def date_of(ts: str) -> dt.date:
    return dt.date.fromisoformat(ts[:10])


# ============================================================ case specifications
def specs():
    out = []

    def add(cls, cust, key=None, tag=None, **kw):
        out.append(dict(cls=cls, cust=cust, key=key, tag=tag, **kw))

    bands = [1, 7, 14, 30]
    for i, e in enumerate(T.COMPLAINTS):
        add("complaint", parse_text(e)["cust"], e, "complaint", stage=bands[i % 4], reminded=(i % 2 == 0),
            partials=1 if i % 7 == 3 else 0, idx=i)
    for i, e in enumerate(T.COMPLAINTS_LATE):
        add("complaint", parse_text(e)["cust"], e, "complaint", stage=60, reminded=(i == 0), idx=20 + i)
    for i, e in enumerate(T.PAID_CLAIMS):
        add("paid_claim", parse_text(e)["cust"], e, "paid", stage=bands[(i + 1) % 4], reminded=(i % 3 != 2),
            idx=i)
    for i, e in enumerate(T.PROMISES):
        add("promise", parse_text(e)["cust"], e, "promise", stage=bands[(i + 2) % 4], reminded=(i % 2 == 1),
            partials=1 if i % 8 == 5 else 0, idx=i)
    for i, e in enumerate(T.HARDSHIP):
        add("hardship", parse_text(e)["cust"], e, "hardship", stage=bands[(i + 3) % 4], reminded=False,
            partials=1 if i % 6 == 3 else 0, idx=i)
    for i, e in enumerate(T.BENIGN):
        add("benign", parse_text(e)["cust"], e, "benign", stage=bands[(i + 1) % 4], reminded=False, idx=i)

    soft = ([DRAFT, ESC], [RR, HT], None)
    add("mixed", "ellesmere", T.NEGATED[0], "negated", stage=7, reminded=False, declared=soft, idx=0)
    add("mixed", "rakaia", T.HYPOTHETICAL[0], "hypothetical", stage=14, reminded=False, declared=soft, idx=1)
    add("mixed", "warren", T.RETRACT_SECOND[0], "retracted", stage=14, reminded=False, declared=soft,
        before=[(T.RETRACT_FIRST[0], "retracted")], other="paid", idx=2)
    add("mixed", "wychwood", None, None, stage=30, reminded=False, declared=soft,
        old=[(T.RESOLVED_COMPLAINT[0], "resolved_complaint")], notes=[(T.RESOLVED_NOTE[0], "resolved")], idx=3)
    add("mixed", "cseed", T.OTHER_INVOICE[0], "other_invoice", stage=7, reminded=False, declared=soft,
        other="open", idx=4)
    add("mixed", "polaris", T.COLLECTOR[0], "collector", stage=7, reminded=False,
        declared=([DRAFT, NONE], [NA, RR], None), idx=5)
    add("mixed", "kingsway", T.PROMISE_EXPIRED[0], "promise", stage=14, reminded=False, expired=True,
        declared=([DRAFT], [RR], None), idx=6)
    add("mixed", "singh", T.HARDSHIP_LATE[0], "hardship", stage=60, reminded=False,
        declared=([ESC], [HT], None), idx=7)
    add("mixed", "windsor", T.PROMISE_LATE[0], "promise", stage=60, reminded=True,
        declared=([ESC], [HT], None), idx=8)
    add("mixed", "tooldie", None, None, stage=30, reminded=False, rem_stages=[1, 7, 14], partials=1,
        partial_after_first=True, declared=([DRAFT], [RR], None), idx=9)
    add("mixed", "oakville", None, None, stage=14, reminded=False, rem_stages=[1, 7], partials=2,
        declared=([DRAFT], [PP], None), idx=10)
    add("mixed", "brampton", None, None, stage=7, reminded=False, rem_stages=[1], status="In Progress",
        declared=([DRAFT], [RR], None), idx=11)

    add("hard_stop", "holywell", T.LEGAL[0], "legal", stage=14, reminded=True,
        declared=([ESC], [HT, LD, RR], "legal_hold"), idx=0)
    add("hard_stop", "marsh", T.PROMISE_DISPUTED[0], "promise", stage=7, reminded=False, status="Disputed",
        notes=[(T.DISPUTE_NOTE[0], "dispute")], declared=([ESC], [LD], "open_dispute"), idx=1)
    add("hard_stop", "huon", T.PROMISE_OVER[0], "promise", stage=14, reminded=False, over=True,
        declared=([ESC], [HT], "over_risk_threshold"), idx=2)
    add("hard_stop", "midcant", T.PAID_UNAPPLIED[0], "paid", stage=7, reminded=True, unapplied=True,
        declared=([ESC], [HT, LD, RR], "unapplied_credit"), idx=3)
    return out


DECLARED = {
    "complaint": ([ESC], [LD], None),
    "paid_claim": ([ESC], [LD], None),
    "promise": ([NONE], [NA], None),
    "hardship": ([DRAFT], [PP], None),
    "benign": ([DRAFT, ESC], [HT, RR], None),
}


# ============================================================ building
class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.docs = set()
        self.nid = 5000

    def next_id(self):
        self.nid += 1
        return str(self.nid)

    def doc(self, prefix):
        while True:
            d = f"{prefix}{self.rng.randint(1000, 9899)}"
            if d not in self.docs:
                self.docs.add(d)
                return d

    def ts(self, world, d: dt.date, hour=None):
        h = hour if hour is not None else self.rng.randint(8, 17)
        return f"{d.isoformat()}T{h:02d}:{self.rng.choice([2, 11, 17, 24, 38, 45, 53]):02d}:00{WORLDS[world]['tz']}"

    def meta(self, world, d: dt.date):
        t = self.ts(world, d, 9)
        return {"CreateTime": t, "LastUpdatedTime": t}

    def invoice(self, world, cust, cid, cur, rate, total, balance, due, txn, home_balance=True,
                bill_email=None, custom=None, linked=None):
        w = WORLDS[world]
        inv = {
            "Balance": round(balance, 2), "CurrencyRef": {"value": cur}, "CustomField": custom or [],
            "CustomerRef": {"name": cust, "value": cid}, "DocNumber": self.doc(w["prefix"]),
            "DueDate": due.isoformat(), "EmailStatus": "EmailSent", "Id": self.next_id(),
            "Line": [{"Amount": round(total, 2), "Description": self.rng.choice(w["items"]),
                      "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                      "SalesItemLineDetail": {"ItemRef": {"name": "Services", "value": "1"}, "Qty": 1,
                                              "UnitPrice": round(total, 2)}},
                     {"Amount": round(total, 2), "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
            "LinkedTxn": linked or [], "MetaData": self.meta(world, txn), "PrintStatus": "NotSet",
            "PrivateNote": "", "SalesTermRef": {"value": "3"}, "SyncToken": str(self.rng.randint(0, 3)),
            "TotalAmt": round(total, 2), "TxnDate": txn.isoformat(),
        }
        if bill_email:
            inv["BillEmail"] = {"Address": bill_email}
        if cur != w["home"]:
            inv["ExchangeRate"] = rate
            if home_balance:
                inv["HomeBalance"] = round(balance * rate, 2)
        return inv

    def payment(self, world, cust, cid, cur, rate, d, amount, inv_id=None, unapplied=0.0):
        p = {"CurrencyRef": {"value": cur}, "CustomerRef": {"name": cust, "value": cid}, "Id": self.next_id(),
             "Line": [{"Amount": round(amount, 2), "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}]}]
             if inv_id else [],
             "MetaData": self.meta(world, d), "SyncToken": "0", "TotalAmt": round(amount + unapplied, 2),
             "TxnDate": d.isoformat(), "UnappliedAmt": round(unapplied, 2)}
        if cur != WORLDS[world]["home"]:
            p["ExchangeRate"] = rate
        return p

    def pick_promise(self, spec, body, as_of, email_opts):
        kinds = [k for k in PROMISE_FORMATS if "{" + k + "}" in body]
        assert len(kinds) == 1, body
        kind = kinds[0]
        pairs = []
        for e in email_opts:
            if spec.get("expired"):
                cands = [e + dt.timedelta(days=k) for k in range(1, 7)]
                cands = [c for c in cands if c < as_of and c.weekday() < 5]
            elif "[JAN]" in body:
                cands = [dt.date(2027, 1, k) for k in range(13, 23)]
                cands = [c for c in cands if c.weekday() < 5]
            else:
                cands = [as_of + dt.timedelta(days=k) for k in range(1, 17)]
                cands = [c for c in cands if c.weekday() < 5 and c.month == 12 and c.day <= 23]
                if kind in NUMERIC:
                    cands = [c for c in cands if c.day > 12]
                if kind == "d_nth":
                    cands = [c for c in cands if c.month == e.month]
                if kind == "d_wd":
                    cands = [c for c in cands if 1 <= (c - e).days <= 6]
            pairs += [(e, c) for c in cands]
        assert pairs, (spec, as_of, email_opts)
        e, c = self.rng.choice(pairs)
        return e, c, kind

    def wrap(self, spec, msg, w, cust_name, key, inv, amt, due, reminders, as_of):
        if msg["sender"] or spec["tag"] == "collector":
            return msg["body"]
        body = msg["body"]
        r = self.rng.random()
        if r < 0.14 and reminders:
            last = date_of(reminders[-1]["date"])
            body += (f"\n\nOn {DAYS[last.weekday()][:3]}, {last.day} {MONTHS[last.month - 1][:3]} {last.year}, "
                     f"{w['company']} <{w['ar']}> wrote:\n> Dear {cust_name},\n> This is a friendly reminder "
                     f"that invoice {inv} for {amt} was due on {due.isoformat()}.\n> If you have already sent "
                     f"payment, please disregard this message.\n> Kind regards,\n> {w['us']}, {w['company']}")
        elif r < 0.30:
            body += "\n\n" + (DUTCH_FOOTER if key in DUTCH else self.rng.choice(FOOTERS))
        elif r < 0.40:
            body += self.rng.choice(["\n\nSent from my iPhone", "\n\nSent from Outlook for Android",
                                     f"\n\n--\n{cust_name}\n{CUSTOMERS[key][2].replace('.example', '')}"])
        elif r < 0.48:
            body = ("Adding our accounts team - see my note below.\n\n---------- Forwarded message ---------\n"
                    f"From: {CUSTOMERS[key][3]}@{CUSTOMERS[key][2]}\nSubject: {msg['subject']}\n\n" + body)
        elif r < 0.54 and w is WORLDS["toronto"]:
            body = ("[EXTERNAL] This email originated from outside the organization. Do not click links or "
                    "open attachments unless you recognize the sender.\n\n" + body)
        return body

    def build(self, n, spec):
        rng = self.rng
        key = spec["cust"]
        world, cname, domain, mailbox, foreign = CUSTOMERS[key]
        w = WORLDS[world]
        cur = w["foreign"] if foreign else w["home"]
        rate = w["rate"] if foreign else None
        as_of = dt.date(2026, 12, rng.choice([7, 8, 9, 10, 11]))
        stage = spec["stage"]
        if stage == 60:
            dpd = rng.randint(62, 118)
        else:
            lo, hi = {1: (2, 6), 7: (7, 13), 14: (14, 29), 30: (30, 59)}[stage]
            if spec["reminded"]:
                lo = max(lo, stage + 3)
            dpd = rng.randint(lo, hi)
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=30)
        cid = str(300 + n)
        contact = f"{mailbox}@{domain}"
        ap = contact if rng.random() < 0.6 else f"accounts@{domain}"

        # reminders
        if "rem_stages" in spec:
            rem_st = list(spec["rem_stages"])
        else:
            earlier = [s for s in STAGES if s < stage]
            if spec["reminded"]:
                rem_st = [s for s in earlier if rng.random() < 0.7] + [stage]
            else:
                rem_st = [s for s in earlier if rng.random() < 0.6]
        if spec["key"] is not None and parse_text(spec["key"])["sender"]:
            while len(rem_st) > 2:
                rem_st.pop(0)
        reminders, last_rem = [], None
        for s in rem_st:
            d = due + dt.timedelta(days=s + rng.choice([0, 0, 1]))
            if last_rem and d <= last_rem:
                d = last_rem + dt.timedelta(days=1)
            if d > as_of - dt.timedelta(days=2):
                d = as_of - dt.timedelta(days=2)
            assert not last_rem or d > last_rem
            reminders.append({"date": self.ts(world, d, 7), "stage": s})
            last_rem = d

        # amounts
        if spec.get("over"):
            home_target = rng.uniform(10400, 13900)
        elif spec.get("unapplied"):
            home_target = rng.uniform(400, 2600)
        else:
            home_target = rng.choice([rng.uniform(180, 1500), rng.uniform(1500, 4800), rng.uniform(4800, 8900)])
        balance = round(home_target / rate, 2) if rate else round(home_target, 2)
        home_balance = not (foreign and spec["idx"] % 6 == 4)
        partial_amts = []
        for _ in range(spec.get("partials", 0)):
            partial_amts.append(round(balance * rng.choice([0.2, 0.25, 0.3, 0.4]), 2))
        total = round(balance + sum(partial_amts), 2)

        custom = []
        if spec.get("status"):
            custom.append({"DefinitionId": "2", "Name": "Collections Status", "StringValue": spec["status"],
                           "Type": "StringType"})
        elif rng.random() < 0.3:
            custom.append({"DefinitionId": "1", "Name": "PO Number", "StringValue": f"PO-{rng.randint(10000, 99999)}",
                           "Type": "StringType"})
        inv = self.invoice(world, cname, cid, cur, rate, total, balance, due, txn, home_balance, ap, custom)

        payments, credit_memos, history = [], [], []
        # partial payments on this invoice
        for k, amt in enumerate(partial_amts):
            if spec.get("partial_after_first"):
                d = date_of(reminders[0]["date"]) + dt.timedelta(days=rng.randint(2, 6))
            else:
                d = due - dt.timedelta(days=rng.randint(1, 5)) + dt.timedelta(days=6 * k)
                d = min(d, as_of - dt.timedelta(days=1))
                if reminders and len(reminders) >= 3:
                    d = max(d, date_of(reminders[0]["date"]) + dt.timedelta(days=1))
            p = self.payment(world, cname, cid, cur, rate, d, amt, inv["Id"])
            payments.append(p)
            inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        # paid history
        for h in range(rng.randint(0, 3)):
            hdue = due - dt.timedelta(days=30 * (h + 1) + rng.randint(0, 9))
            hamt = round(rng.uniform(150, 3000), 2)
            hp_date = hdue + dt.timedelta(days=rng.randint(-4, 9))
            hinv = self.invoice(world, cname, cid, cur, rate, hamt, 0.0, hdue, hdue - dt.timedelta(days=30),
                                home_balance, ap)
            hp = self.payment(world, cname, cid, cur, rate, hp_date, hamt, hinv["Id"])
            hinv["LinkedTxn"].append({"TxnId": hp["Id"], "TxnType": "Payment"})
            history.append(hinv)
            payments.append(hp)
        other_doc = None
        if spec.get("other"):
            odue = due + dt.timedelta(days=rng.randint(3, 9))
            oamt = round(rng.uniform(300, 2500), 2)
            if spec["other"] == "open":
                oinv = self.invoice(world, cname, cid, cur, rate, oamt, oamt, odue, odue - dt.timedelta(days=30),
                                    home_balance, ap)
            else:
                oinv = self.invoice(world, cname, cid, cur, rate, oamt, 0.0, odue, odue - dt.timedelta(days=30),
                                    home_balance, ap)
                op = self.payment(world, cname, cid, cur, rate, as_of - dt.timedelta(days=rng.randint(8, 12)),
                                  oamt, oinv["Id"])
                oinv["LinkedTxn"].append({"TxnId": op["Id"], "TxnType": "Payment"})
                payments.append(op)
            history.append(oinv)
            other_doc = oinv["DocNumber"]
        # credit: a small open credit memo on some cases, a covering unapplied payment on one
        if spec.get("unapplied"):
            payments.append(self.payment(world, cname, cid, cur, rate, dt.date(2026, 12, 1) + dt.timedelta(
                days=rng.randint(0, 2)), 0.0, None, unapplied=balance))
        elif spec["idx"] % 5 == 2 and spec["cls"] in ("complaint", "paid_claim", "promise", "hardship"):
            cm_amt = round(balance * rng.choice([0.05, 0.1, 0.15]), 2)
            cm_date = txn + dt.timedelta(days=rng.randint(5, 20))
            credit_memos.append({
                "Balance": cm_amt, "CurrencyRef": {"value": cur}, "CustomerRef": {"name": cname, "value": cid},
                "DocNumber": "CM" + self.doc(w["prefix"]), "Id": self.next_id(),
                "Line": [{"Amount": cm_amt, "Description": "Goodwill credit", "DetailType": "SalesItemLineDetail",
                          "Id": "1", "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": "Services", "value": "1"},
                                                                          "Qty": 1, "UnitPrice": cm_amt}},
                         {"Amount": cm_amt, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
                "MetaData": self.meta(world, cm_date), "RemainingCredit": cm_amt, "SyncToken": "0",
                "TotalAmt": cm_amt, "TxnDate": cm_date.isoformat()})

        amt_s = money(cur, balance)
        fill = {"{inv}": inv["DocNumber"], "{amt}": amt_s, "{us}": w["us"], "{other}": other_doc or ""}
        emails, tags, notes, note_tags, meta = [], [], [], [], {"promise": None}

        def fill_text(body):
            for k, v in fill.items():
                body = body.replace(k, v)
            return body

        floor = (last_rem + dt.timedelta(days=1)) if last_rem else (due - dt.timedelta(days=3))
        email_opts = [as_of - dt.timedelta(days=k) for k in range(1, 5)]
        email_opts = [e for e in email_opts if e >= floor] or [as_of - dt.timedelta(days=1)]

        # older harmless context email
        earlier_pool = [e for e in T.EARLIER if e[0] == world]
        if spec["cls"] == "complaint":
            earlier_pool = [e for e in earlier_pool if not any(p in e[1] for p in PRAISE)]
        if spec["cls"] in DECLARED and spec["cls"] != "benign" and spec["idx"] % 3 == 1:
            m = parse_text(rng.choice(earlier_pool))
            d = txn + dt.timedelta(days=rng.randint(1, 6))
            emails.append({"body": fill_text(m["body"]), "date": self.ts(world, d),
                           "from": m["sender"] or contact, "subject": fill_text(m["subject"]), "to": w["ar"]})
            tags.append("old")
        for entry, tag in spec.get("old", []):
            m = parse_text(entry)
            d = due + dt.timedelta(days=rng.randint(2, 6))
            emails.append({"body": fill_text(m["body"]), "date": self.ts(world, d),
                           "from": contact, "subject": fill_text(m["subject"]), "to": w["ar"]})
            tags.append(tag)
        for entry, tag in spec.get("notes", []):
            d = (date_of(emails[-1]["date"]) + dt.timedelta(days=rng.randint(3, 6))) if emails else \
                due + dt.timedelta(days=rng.randint(1, 4))
            notes.append({"author": w["us"].lower(), "date": self.ts(world, min(d, as_of - dt.timedelta(days=2))),
                          "text": fill_text(entry[1])})
            note_tags.append(tag)
        if spec["cls"] in ("paid_claim", "promise", "hardship") and spec["idx"] % 4 == 1:
            text = rng.choice([e for e in T.NOTES if e[0] == world])[1]
            d = txn + dt.timedelta(days=rng.randint(2, 10))
            notes.append({"author": w["us"].lower(), "date": self.ts(world, d), "text": text})
            note_tags.append("neutral")

        if spec["key"] is not None:
            m = parse_text(spec["key"])
            assert m["cust"] in (None, key), (m["cust"], key)
            assert m["world"] == world
            body = m["body"]
            if spec["tag"] == "promise":
                edate, pdate, kind = self.pick_promise(spec, body, as_of, email_opts)
                fill["{" + kind + "}"] = fmt_promise(kind, pdate)
                body = body.replace("[JAN]", "")
                meta["promise"] = (pdate.isoformat(), fmt_promise(kind, pdate))
            else:
                edate = rng.choice(email_opts)
            if spec["tag"] == "paid":
                pd = edate - dt.timedelta(days=rng.randint(2, 9))
                fill["{paid}"] = (f"{pd.day:02d}-{pd.month:02d}-{pd.year}" if key in DUTCH else
                                  f"{pd.day} {MONTHS[pd.month - 1]}" if world == "oxford" else
                                  f"{pd.day} {MONTHS[pd.month - 1][:3]}" if world == "chch" else
                                  f"{MONTHS[pd.month - 1][:3]} {pd.day}")
                fill["{paid_nth}"] = f"the {pd.day}{suf(pd.day)}"
                fill["{ref}"] = rng.choice(["FP", "TRN", "RA-", "PMT", "ACH"]) + str(rng.randint(100000, 999999))
            for entry, tag in spec.get("before", []):
                bm = parse_text(entry)
                bd = edate - dt.timedelta(days=rng.randint(1, 3))
                if last_rem and bd <= last_rem:
                    bd = edate
                emails.append({"body": fill_text(bm["body"]), "date": self.ts(world, bd, 9),
                               "from": contact, "subject": fill_text(bm["subject"]), "to": w["ar"]})
                tags.append(tag)
            body = self.wrap(spec, dict(m, body=body), w, cname, key, inv["DocNumber"], amt_s, due, reminders, as_of)
            if spec["tag"] == "collector":
                frm, to = w["ar"], contact
            else:
                frm, to = (m["sender"] or contact), w["ar"]
            emails.append({"body": fill_text(body), "date": self.ts(world, edate, 15), "from": frm,
                           "subject": fill_text(m["subject"]), "to": to})
            tags.append(spec["tag"])
            assert "{" not in emails[-1]["body"] and "[JAN]" not in emails[-1]["body"], emails[-1]["body"]

        customer = {"Active": True, "Balance": round(balance + sum(h["Balance"] for h in history), 2),
                    "CompanyName": cname, "CurrencyRef": {"value": cur}, "DisplayName": cname, "Id": cid,
                    "MetaData": self.meta(world, txn - dt.timedelta(days=400)), "Notes": "",
                    "PrimaryEmailAddr": {"Address": contact}, "SyncToken": "2"}
        payments.sort(key=lambda p: (p["TxnDate"], p["Id"]))
        case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes,
                "customer": customer, "emails": emails, "home_currency": w["home"], "id": f"pj-{n:04d}",
                "invoice": inv, "invoices": history, "payments": payments, "reminders_sent": reminders}
        meta.update(tags=tags, note_tags=note_tags, cls=spec["cls"], ar=w["ar"])
        return case, meta


# ============================================================ checks
def facts(case):
    inv, as_of = case["invoice"], dt.date.fromisoformat(case["as_of"])
    f = {"balance": inv["Balance"], "due": inv.get("DueDate")}
    f["dpd"] = (as_of - dt.date.fromisoformat(f["due"])).days if f["due"] else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else None
    rems = case["reminders_sent"]
    f["reminded"] = any(r["stage"] == f["stage"] for r in rems)
    first = min((date_of(r["date"]) for r in rems), default=None)
    activity = False
    if first:
        activity = (any(dt.date.fromisoformat(p["TxnDate"]) >= first for p in case["payments"]) or
                    any(date_of(e["date"]) > first for e in case["emails"] if e["from"] != META_AR[case["id"]]) or
                    any(date_of(n["date"]) > first for n in case["crm_notes"]))
    f["three_rule"] = len(rems) >= 3 and not activity
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    f["credit"] = round(sum(p["UnappliedAmt"] for p in case["payments"]) +
                        sum(c["Balance"] for c in case["credit_memos"]), 2)
    f["address"] = (inv.get("BillEmail") or {}).get("Address") or \
        (case["customer"].get("PrimaryEmailAddr") or {}).get("Address")
    f["partials"] = sum(1 for p in case["payments"] for ln in p["Line"]
                        for lt in ln["LinkedTxn"] if lt["TxnId"] == inv["Id"])
    f["status"] = next((c.get("StringValue") for c in inv["CustomField"] if c["Name"] == "Collections Status"), None)
    f["no_auto"] = "no automated" in (case["customer"].get("Notes") or "").lower()
    return f


META_AR = {}


def derive(case, meta):
    """SPEC's order applied to the bundle's facts plus the messages' tags: (routes, outcomes, hard_stop)."""
    f = facts(case)
    as_of = case["as_of"]
    tags, ntags = meta["tags"], meta["note_tags"]
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return [NONE], [NA], None
    legal = "legal" in tags or "legal" in ntags
    dispute_note = "dispute" in ntags and ntags.index("dispute") > max(
        (i for i, t in enumerate(ntags) if t == "resolved_dispute"), default=-1)
    contest = any(t in ("complaint", "paid") for t in tags)
    over = f["home"] >= RISK
    if legal:
        return [ESC], sorted([HT, LD, RR]), "legal_hold"
    if (f["status"] or "").lower() == "disputed" or dispute_note:
        return [ESC], sorted([LD] + ([HT] if over else [])), "open_dispute"
    if over:
        return [ESC], [HT], "over_risk_threshold"
    if f["credit"] >= f["balance"]:
        return [ESC], sorted([HT, LD, RR]), "unapplied_credit"
    if not f["address"] or not f["due"]:
        return [ESC], sorted([HT, RR]), "missing_context"
    if contest:
        return [ESC], [LD], None
    if f["dpd"] >= 60 or f["three_rule"] or f["no_auto"]:
        return [ESC], [HT], None
    plan = "hardship" in tags or f["partials"] >= 2
    outcome = PP if plan else RR
    promise_ahead = meta["promise"] is not None and meta["promise"][0] > as_of and "promise" in tags
    if f["reminded"] or promise_ahead:
        return [NONE], [NA], None
    routes, outcomes = [DRAFT], [outcome]
    if outcome == RR and (SOFT & set(tags) or "resolved" in ntags):
        routes, outcomes = [DRAFT, ESC], [HT, RR]
    if outcome == RR and "collector" in tags:
        routes, outcomes = [DRAFT, NONE], [NA, RR]
    return sorted(routes), sorted(outcomes), None


def check(case, meta, declared, spec):
    f = facts(case)
    got = derive(case, meta)
    want = (sorted(declared[0]), sorted(declared[1]), declared[2])
    problems = []
    if got != want:
        problems.append(f"label {want} but SPEC order gives {got}")
    cls = spec["cls"]
    # the class's own structural promises
    if cls == "hardship" and (f["reminded"] or f["dpd"] >= 60):
        problems.append("hardship must be < 60 days and its stage not yet reminded")
    if cls in ("complaint", "paid_claim", "promise", "hardship") and len(got[0]) != 1:
        problems.append("hard classes take one accepted answer")
    if cls != "hard_stop" and (f["home"] >= RISK or f["credit"] >= f["balance"] or not f["address"]):
        problems.append("an unintended hard stop")
    if meta["promise"]:
        iso, shown = meta["promise"]
        key_email = case["emails"][meta["tags"].index("promise")]
        if shown not in key_email["body"]:
            problems.append("promise date not in the text")
        if iso <= key_email["date"][:10]:
            problems.append("promise date not after its email")
        if not spec.get("expired") and iso <= case["as_of"]:
            problems.append("promise date not ahead of as_of")
        if spec.get("expired") and iso >= case["as_of"]:
            problems.append("expired promise still ahead")
        d = dt.date.fromisoformat(iso)
        if any(k in key_email["body"] for k in (fmt_promise("d_dmy", d), fmt_promise("d_mdy", d),
                                                 fmt_promise("d_dot", d))) and d.day <= 12:
            problems.append("ambiguous numeric date")
    if len(case["reminders_sent"]) >= 3 and any(e["from"].split("@")[1] != case["customer"]["PrimaryEmailAddr"][
            "Address"].split("@")[1] and e["from"] != META_AR[case["id"]] for e in case["emails"]):
        problems.append("an AP-tool notice beside three reminders")
    for e in case["emails"]:
        if date_of(e["date"]) >= dt.date.fromisoformat(case["as_of"]):
            problems.append("email on or after as_of")
    if problems:
        raise SystemExit(f"{case['id']} ({cls}): " + "; ".join(problems))


TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos",
       "emails", "crm_notes", "reminders_sent"}
INV_KEYS = {"Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef", "Line",
            "LinkedTxn", "MetaData", "SyncToken", "CustomField"}


def wellformed(case, exp):
    errs = []
    if set(case) != TOP:
        errs.append(f"top-level keys {sorted(set(case) ^ TOP)}")
    dt.date.fromisoformat(case["as_of"])
    cust, cid = case["customer"], case["customer"]["Id"]
    cur = cust["CurrencyRef"]["value"]
    for k in ("Id", "DisplayName", "CurrencyRef", "MetaData", "SyncToken", "Active", "Balance"):
        if k not in cust:
            errs.append(f"customer lacks {k}")
    all_inv = [case["invoice"]] + case["invoices"]
    by_id = {i["Id"]: i for i in all_inv}
    pay_ids = {p["Id"]: p for p in case["payments"]}
    for inv in all_inv:
        miss = INV_KEYS - set(inv)
        if miss:
            errs.append(f"invoice {inv.get('Id')} lacks {sorted(miss)}")
        if inv["CustomerRef"]["value"] != cid or inv["CurrencyRef"]["value"] != cur:
            errs.append(f"invoice {inv['Id']} customer/currency")
        if inv["CurrencyRef"]["value"] != case["home_currency"] and "ExchangeRate" not in inv:
            errs.append(f"invoice {inv['Id']} foreign without ExchangeRate")
        if "HomeBalance" in inv and abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) > 0.005:
            errs.append(f"invoice {inv['Id']} HomeBalance")
        paid = 0.0
        for lt in inv["LinkedTxn"]:
            p = pay_ids.get(lt["TxnId"])
            if lt["TxnType"] != "Payment" or p is None:
                errs.append(f"invoice {inv['Id']} links a missing payment")
                continue
            amts = [ln["Amount"] for ln in p["Line"] if any(x["TxnId"] == inv["Id"] for x in ln["LinkedTxn"])]
            if not amts:
                errs.append(f"payment {p['Id']} does not link back to {inv['Id']}")
            paid += sum(amts)
        if abs(round(inv["TotalAmt"] - paid, 2) - inv["Balance"]) > 0.005:
            errs.append(f"invoice {inv['Id']} TotalAmt - payments != Balance")
        if sum(ln["Amount"] for ln in inv["Line"] if ln["DetailType"] == "SalesItemLineDetail") != inv["TotalAmt"]:
            errs.append(f"invoice {inv['Id']} lines")
        for c in inv["CustomField"]:
            if set(c) != {"DefinitionId", "Name", "StringValue", "Type"}:
                errs.append("custom field shape")
    for p in case["payments"]:
        if p["CustomerRef"]["value"] != cid or p["CurrencyRef"]["value"] != cur:
            errs.append(f"payment {p['Id']} customer/currency")
        applied = sum(ln["Amount"] for ln in p["Line"])
        if abs(applied + p["UnappliedAmt"] - p["TotalAmt"]) > 0.005:
            errs.append(f"payment {p['Id']} amounts")
        for ln in p["Line"]:
            for lt in ln["LinkedTxn"]:
                inv = by_id.get(lt["TxnId"])
                if lt["TxnType"] != "Invoice" or inv is None or \
                        not any(x["TxnId"] == p["Id"] for x in inv["LinkedTxn"]):
                    errs.append(f"payment {p['Id']} links an invoice that does not link back")
    for c in case["credit_memos"]:
        if c["CustomerRef"]["value"] != cid or c["CurrencyRef"]["value"] != cur or c["Balance"] > c["TotalAmt"]:
            errs.append(f"credit memo {c['Id']}")
    for e in case["emails"]:
        if set(e) != {"from", "to", "date", "subject", "body"} or not e["body"].strip():
            errs.append("email shape")
        date_of(e["date"])
    for nt in case["crm_notes"]:
        if set(nt) != {"author", "date", "text"}:
            errs.append("note shape")
        date_of(nt["date"])
    stages = [r["stage"] for r in case["reminders_sent"]]
    if len(stages) != len(set(stages)) or any(s not in STAGES for s in stages) or stages != sorted(stages):
        errs.append("reminder stages")
    due = case["invoice"].get("DueDate")
    for r in case["reminders_sent"]:
        if set(r) != {"date", "stage"}:
            errs.append("reminder shape")
        if due and (date_of(r["date"]) - dt.date.fromisoformat(due)).days < r["stage"]:
            errs.append("reminder before its stage")
        if date_of(r["date"]) > dt.date.fromisoformat(case["as_of"]):
            errs.append("reminder after as_of")
    if set(exp) != {"class", "hard_stop", "id", "outcome", "route"} or exp["id"] != case["id"]:
        errs.append("expected line keys")
    if not set(exp["route"]) <= {DRAFT, ESC, NONE} or not set(exp["outcome"]) <= {RR, LD, PP, HT, NA}:
        errs.append("expected values")
    if exp["hard_stop"] not in (None, "legal_hold", "open_dispute", "over_risk_threshold", "unapplied_credit",
                                "missing_context"):
        errs.append("expected hard_stop")
    if errs:
        raise SystemExit(f"{case['id']}: not well formed: " + "; ".join(errs))


def main():
    b = Builder()
    sp = specs()
    b.rng.shuffle(sp)
    cases, expected = [], []
    for n, spec in enumerate(sp, 1):
        case, meta = b.build(n, spec)
        META_AR[case["id"]] = meta["ar"]
        declared = spec.get("declared") or DECLARED[spec["cls"]]
        check(case, meta, declared, spec)
        exp = {"class": spec["cls"], "hard_stop": declared[2], "id": case["id"],
               "outcome": sorted(declared[1]), "route": sorted(declared[0])}
        wellformed(case, exp)
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
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())))


if __name__ == "__main__":
    main()

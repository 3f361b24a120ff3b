#!/usr/bin/env python3
"""Builds the blind held-out judge set test_a: cases.jsonl and expected.jsonl.

Stdlib only, fixed seed: a re-run rewrites both files byte-for-byte. The customer messages are
hand-written one by one in cases_a.py; this file only builds the QuickBooks-shaped scaffold
around them (amounts, dates, ids, names), substitutes invoice numbers, amounts and dates into
the messages, and refuses to write a case whose scaffold contradicts its hand label (check()).

usage: python3 build.py
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402

SEED = 20261202
STAGES = [1, 7, 14, 30, 60]
RISK = 10_000.00
FRESH_WINDOW = 14

SUPPLIERS = {
    "pro": {"name": "Halvorsen & Pike Advisory", "ar": "ar@halvorsenpike.example", "home": "USD",
            "doc": "HP-{n}", "items": [("Advisory retainer", "Consulting"), ("Tax preparation", "Tax"),
                                       ("Audit support hours", "Hours")]},
    "log": {"name": "Northbound Freight Co.", "ar": "billing@northboundfreight.example", "home": "CAD",
            "doc": "NF-{n}", "items": [("LTL freight Toronto-Montreal", "Freight"),
                                       ("Cross-dock handling", "Handling"), ("Fuel surcharge", "Surcharge")]},
    "print": {"name": "Inkwell Print Works", "ar": "accounts@inkwellprint.example", "home": "USD",
              "doc": "INV-{n}", "items": [("Offset print run, brochures", "Printing"),
                                          ("Vinyl banners", "Large format"), ("Design proofing", "Prepress")]},
    "rent": {"name": "Summit Equipment Rentals", "ar": "ar@summitrentals.example", "home": "CAD",
             "doc": "RA-{n}", "items": [("Scissor lift rental, weekly", "Rental"),
                                        ("Generator rental 45kVA", "Rental"), ("Delivery and pickup", "Delivery")]},
    "cater": {"name": "Copper Pot Catering", "ar": "invoices@copperpotcatering.example", "home": "USD",
              "doc": "CP{n}", "items": [("Corporate lunch buffet", "Catering"), ("Event staff hours", "Staffing"),
                                        ("Beverage service", "Beverage")]},
    "it": {"name": "Bluewire Managed IT", "ar": "ar@bluewire-it.example", "home": "CAD",
           "doc": "BW-{n}", "items": [("Managed services, monthly", "MSP"), ("Onsite engineer hours", "Labour"),
                                      ("Microsoft 365 licences", "Licences")]},
}

CUSTOMERS = [
    "Larkspur Dental Group", "Orchard Lane Bakery", "Tidewater Marine Supply", "Bramble & Finch LLP",
    "Kestrel Architecture", "Maplecrest Property Management", "Ostrander Hardware", "Bellwether Events",
    "Quillon Software", "Red Ochre Gallery", "Saltbox Brewing Co.", "Hartwell Physiotherapy",
    "Northgate Auto Body", "Juniper Street Clinic", "Calloway Logistics", "Fenwick Home Builders",
    "Granite Peak Outfitters", "Driftwood Hotel", "Pemberton Foods", "Vantage Point Realty",
    "Silverline Dance Studio", "Cobalt Robotics", "Thornbury Insurance Brokers", "Elm & Iron Furniture",
    "Wexford Veterinary", "Aurora Film Collective", "Stonebridge Academy", "Marlow Landscaping",
    "Prairie Sky Seeds", "Harbourview Condos", "Lindqvist Engineering", "Sable Island Seafood",
    "Beaconsfield Pharmacy", "Ironwood Fitness", "Chestnut Hill Montessori", "Parkside Optometry",
    "Windrose Travel", "Blue Heron Winery", "Carrow & Daughters Plumbing", "Nimbus Analytics",
    "Old Mill Antiques", "Riverbend Community Church", "Sterling Print Brokers", "Tamarack Outdoor",
    "Upland Coffee Roasters", "Valemount Lodge", "Westwind Aviation Services", "Yellowknife Drilling Supply",
    "Zephyr Bicycle Works", "Ashgrove Law Clerks", "Bishop's Corner Deli", "Cinder Block Studios",
    "Delacroix Interiors", "Evergreen Senior Living", "Foxglove Florist", "Glenview Golf Club",
    "Hollis Machining", "Indigo Yoga", "Jasper Creek Ranch", "Kingfisher Pools",
]

CURRENCY_NAMES = {"USD": "United States Dollar", "CAD": "Canadian Dollar", "EUR": "Euro", "GBP": "British Pound Sterling"}
TZ = {"USD": "-08:00", "CAD": "-05:00"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

CONTENT = {"dispute", "paid"}          # contests the invoice for this case
SOFT = {"benign", "other", "soft"}     # harmless, other invoice, negated / hypothetical / resolved


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s[:10])


def money(x: float) -> float:
    return round(x + 1e-9, 2)


def fmt_amount(x: float) -> str:
    return f"{x:,.2f}"


def fmt_date(day: dt.date, style: str) -> str:
    if style == "iso":
        return day.isoformat()
    if style == "md":
        return f"{MONTHS[day.month - 1]} {day.day}"
    if style == "mdy":
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    if style == "dmyl":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "us":
        return f"{day.month}/{day.day}"
    if style == "usy":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "eu":
        return f"{day.day:02d}/{day.month:02d}"
    if style == "euy":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "wd":
        return day.strftime("%A")
    if style == "wdmd":
        return f"{day.strftime('%A')} {MONTHS[day.month - 1]} {day.day}"
    if style == "th":
        suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return f"{day.day}{suffix}"
    if style == "mon":
        return MONTHS[day.month - 1]
    raise SystemExit(f"unknown date style {style!r}")


def stamp(day: dt.date, hhmm: str, tz: str) -> str:
    return f"{day.isoformat()}T{hhmm}:00{tz}"


class Case:
    """One case spec from cases_a.py turned into a bundle plus the facts needed to label it."""

    def __init__(self, n: int, spec: dict, rng: random.Random) -> None:
        self.n, self.spec, self.rng = n, spec, rng
        self.cid = f"ta-{n:04d}"

    # ---- scaffold ------------------------------------------------------------------------
    def build(self) -> dict:
        s, rng = self.spec, self.rng
        sup_key = s.get("sup") or rng.choice(sorted(SUPPLIERS))
        sup = SUPPLIERS[sup_key]
        home = s.get("home") or sup["home"]
        tz = TZ[home]
        as_of = d(s.get("as_of") or rng.choice(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"]))
        self.as_of = as_of
        cur = s.get("cur") or home
        rate = s.get("rate")
        if cur != home and rate is None:
            rate = {("USD", "CAD"): 1.3945, ("CAD", "USD"): 0.7161, ("EUR", "USD"): 1.0812,
                    ("GBP", "USD"): 1.2674, ("EUR", "CAD"): 1.5108, ("GBP", "CAD"): 1.7702}[(cur, home)]
        cust_name = s.get("cust") or CUSTOMERS[(self.n * 7 + rng.randrange(len(CUSTOMERS))) % len(CUSTOMERS)]
        slug = re.sub(r"[^a-z0-9]+", "", cust_name.lower().replace("&", "and"))[:18]
        domain = s.get("domain") or f"{slug}.example"
        self.domain, self.sup_domain = domain, sup["ar"].split("@")[1]
        contact = s.get("contact") or "ap"
        cust_email = f"{contact}@{domain}"
        cust_id = str(300 + self.n)
        inv_id = str(5000 + self.n * 3)

        dpd = s.get("dpd")
        if dpd is None:
            dpd = rng.choice([2, 3, 5, 8, 9, 11, 15, 17, 20, 23, 26, 31, 34, 38, 41, 45, 52, 57])
        due = as_of - dt.timedelta(days=dpd)
        terms = rng.choice([15, 30, 30, 30, 45, 60])
        txn_date = due - dt.timedelta(days=terms)
        total = s.get("total")
        if total is None:
            total = money(rng.choice([1, 1, 2, 3, 4, 6, 8]) * rng.uniform(180, 1150))
        partials = s.get("partials", [])
        bal = s.get("bal")
        if bal is None:
            bal = money(total - sum(partials))
        self.bal, self.total, self.cur, self.rate, self.home = bal, total, cur, rate, home
        doc = sup["doc"].format(n=s.get("docn") or (1000 + self.n * 13 + rng.randrange(10)))
        self.doc = doc

        # other documents -------------------------------------------------------------------
        payments: list[dict] = []
        invoices: list[dict] = []
        pay_seq = [7000 + self.n * 10]

        def next_pay_id() -> str:
            pay_seq[0] += 1
            return str(pay_seq[0])

        def line(amount: float, item: tuple[str, str]) -> list[dict]:
            return [
                {"Amount": amount, "Description": item[0], "DetailType": "SalesItemLineDetail", "Id": "1",
                 "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": item[1], "value": "1"}, "Qty": 1,
                                                       "UnitPrice": amount}},
                {"Amount": amount, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
            ]

        def invoice(iid: str, docn: str, amount: float, balance: float, txn: dt.date, due_d: dt.date | None,
                    linked: list[str], item: int | None = None) -> dict:
            inv = {
                "Balance": balance,
                "BillEmail": {"Address": cust_email},
                "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
                "CustomField": [],
                "CustomerRef": {"name": cust_name, "value": cust_id},
                "DocNumber": docn,
                "EmailStatus": "EmailSent",
                "Id": iid,
                "Line": line(amount, sup["items"][item] if item is not None else rng.choice(sup["items"])),
                "LinkedTxn": [{"TxnId": p, "TxnType": "Payment"} for p in linked],
                "MetaData": {"CreateTime": stamp(txn, "09:00", tz), "LastUpdatedTime": stamp(txn, "09:00", tz)},
                "PrintStatus": "NotSet",
                "PrivateNote": "",
                "SalesTermRef": {"value": "3"},
                "SyncToken": "1",
                "TotalAmt": amount,
                "TxnDate": txn.isoformat(),
            }
            if due_d is not None:
                inv["DueDate"] = due_d.isoformat()
            if cur != home:
                inv["ExchangeRate"] = rate
                inv["HomeTotalAmt"] = money(amount * rate)
            return inv

        def payment(amount: float, day: dt.date, inv_ids: list[str], unapplied: float = 0.0) -> dict:
            pid = next_pay_id()
            p = {
                "CustomerRef": {"name": cust_name, "value": cust_id},
                "DepositToAccountRef": {"value": "4"},
                "Id": pid,
                "Line": [{"Amount": amount, "LinkedTxn": [{"TxnId": i, "TxnType": "Invoice"}]} for i in inv_ids],
                "MetaData": {"CreateTime": stamp(day, "11:20", tz), "LastUpdatedTime": stamp(day, "11:20", tz)},
                "ProcessPayment": False,
                "SyncToken": "0",
                "TotalAmt": money(amount * max(1, len(inv_ids)) if inv_ids else unapplied),
                "TxnDate": day.isoformat(),
                "UnappliedAmt": unapplied,
            }
            if cur != home:
                p["CurrencyRef"] = {"name": CURRENCY_NAMES[cur], "value": cur}
                p["ExchangeRate"] = rate
            payments.append(p)
            return p

        # paid history
        for k in range(s.get("history", rng.choice([0, 1, 2, 3]))):
            amt = money(rng.uniform(150, 2400))
            hdue = due - dt.timedelta(days=30 * (k + 1) + rng.randrange(5))
            htxn = hdue - dt.timedelta(days=30)
            hid = str(9000 + self.n * 10 + k)
            p = payment(amt, hdue + dt.timedelta(days=rng.randrange(-3, 12)), [hid])
            invoices.append(invoice(hid, sup["doc"].format(n=900 + self.n * 5 + k), amt, 0.0, htxn, hdue, [p["Id"]]))

        # partial payments on this invoice
        linked: list[str] = []
        self.partial_dates: list[dt.date] = []
        for k, amt in enumerate(partials):
            pday = s.get("partial_days", [])[k] if k < len(s.get("partial_days", [])) else due + dt.timedelta(days=k * 6 - 4)
            if isinstance(pday, int):
                pday = as_of - dt.timedelta(days=pday)
            p = payment(amt, pday, [inv_id])
            linked.append(p["Id"])
            self.partial_dates.append(pday)

        # a second open invoice
        self.doc2 = None
        self.bal2 = None
        if "second" in s:
            sec = s["second"]
            amt2 = sec.get("total") or money(rng.uniform(200, 3000))
            due2 = as_of - dt.timedelta(days=sec.get("dpd", -10))
            self.doc2 = sup["doc"].format(n=sec.get("docn") or (1000 + self.n * 13 + 11))
            self.bal2 = amt2
            invoices.append(invoice(str(5001 + self.n * 3), self.doc2, amt2, amt2, due2 - dt.timedelta(days=30),
                                    due2, []))

        # unapplied payments and credit memos
        for u in s.get("unapplied", []):
            payment(0.0, as_of - dt.timedelta(days=u.get("ago", 5)), [], unapplied=u["amt"])
        for k, cm in enumerate(s.get("cms", [])):
            cm_day = as_of - dt.timedelta(days=cm.get("ago", 12))
            payments_cm = {
                "Balance": cm["bal"],
                "BillEmail": {"Address": cust_email},
                "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
                "CustomerRef": {"name": cust_name, "value": cust_id},
                "DocNumber": f"CM-{400 + self.n * 3 + k}",
                "EmailStatus": "NotSet",
                "Id": str(8000 + self.n * 5 + k),
                "Line": line(cm.get("total", cm["bal"]), ("Credit: " + rng.choice(sup["items"])[0], "Credit")),
                "MetaData": {"CreateTime": stamp(cm_day, "15:05", tz), "LastUpdatedTime": stamp(cm_day, "15:05", tz)},
                "PrintStatus": "NotSet",
                "RemainingCredit": cm["bal"],
                "SyncToken": "0",
                "TotalAmt": cm.get("total", cm["bal"]),
                "TxnDate": cm_day.isoformat(),
            }
            self.cms_list = getattr(self, "cms_list", []) + [payments_cm]

        # the invoice under review
        inv = invoice(inv_id, doc, total, bal, txn_date, None if s.get("nodue") else due, linked, s.get("item"))
        if cur != home and s.get("homebal", True):
            inv["HomeBalance"] = money(bal * rate)
        if s.get("status"):
            inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": s["status"],
                                   "Type": "StringType"}]
        if s.get("private_note"):
            inv["PrivateNote"] = s["private_note"]
        if s.get("nobill"):
            inv.pop("BillEmail")
        self.due = None if s.get("nodue") else due

        # reminders -------------------------------------------------------------------------
        reminders = []
        for st in s.get("rem", self.default_rem(dpd)):
            rday = due + dt.timedelta(days=st + s.get("rem_lag", 0))
            reminders.append({"date": stamp(rday, "09:30", tz), "stage": st})
        self.reminders = reminders

        # messages --------------------------------------------------------------------------
        self.subst = {"inv": doc, "amt": fmt_amount(bal), "total": fmt_amount(total),
                      "inv2": self.doc2 or "", "amt2": fmt_amount(self.bal2) if self.bal2 else ""}
        emails = []
        if s.get("outbound", rng.random() < 0.4):
            for r in reminders:
                emails.append({"body": f"Hello,\n\nThis is a reminder that invoice {doc} for {cur} {fmt_amount(bal)} "
                                       f"was due on {due.isoformat()}. Please let us know if you have any questions."
                                       f"\n\n{sup['name']} accounts receivable",
                               "date": r["date"], "from": sup["ar"], "subject": f"Reminder: invoice {doc}",
                               "to": cust_email})
        self.msgs = []
        last_rem = max((d(r["date"]) for r in reminders), default=None)
        for k, m in enumerate(s.get("msgs", [])):
            ago = m.get("ago")
            if ago is None:
                room = (as_of - last_rem).days if last_rem else FRESH_WINDOW
                if m.get("stale"):
                    raise SystemExit(f"{self.cid}: a stale message needs an explicit ago")
                ago = rng.randrange(0, max(1, min(room, 6)))
            day = as_of - dt.timedelta(days=ago)
            frm = m.get("frm") or contact
            sender = frm if "@" in frm else f"{frm}@{domain}"
            body = self.fill(m["body"], m)
            subj = self.fill(m.get("subj", f"RE: Invoice {doc}"), m)
            hh = m.get("time") or f"{13 + (k + self.n) % 6:02d}:{(self.n * 7 + k * 11) % 60:02d}"
            emails.append({"body": body, "date": stamp(day, hh, tz), "from": sender, "subject": subj,
                           "to": m.get("to") or sup["ar"]})
            self.msgs.append({"kind": m["kind"], "day": day, "date": stamp(day, hh, tz), "from": sender,
                              "stale": m.get("stale", False), "p": m.get("p")})
        emails.sort(key=lambda e: e["date"])

        self.notes = []
        crm = []
        for nt in s.get("notes", []):
            nday = as_of - dt.timedelta(days=nt["ago"])
            crm.append({"author": nt.get("author", "collector"), "date": stamp(nday, "16:40", tz),
                        "text": self.fill(nt["text"], nt)})
            self.notes.append({"kind": nt["kind"], "day": nday, "p": nt.get("p")})

        open_bal = bal + (self.bal2 or 0.0)
        customer = {
            "Active": True,
            "Balance": money(open_bal),
            "CompanyName": cust_name,
            "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
            "DisplayName": cust_name,
            "Id": cust_id,
            "MetaData": {"CreateTime": stamp(as_of - dt.timedelta(days=400 + self.n), "10:15", tz),
                         "LastUpdatedTime": stamp(as_of - dt.timedelta(days=20 + self.n % 30), "10:15", tz)},
            "Notes": s.get("cnote", {}).get("text", "") if s.get("cnote") else "",
            "PrimaryEmailAddr": None if s.get("noprimary") else {"Address": cust_email},
            "SyncToken": str(1 + self.n % 5),
        }
        self.cnote_kind = s["cnote"]["kind"] if s.get("cnote") else None
        if s.get("noprimary"):
            customer.pop("PrimaryEmailAddr")
        if s.get("paid_off"):
            inv["Balance"] = 0.0
        return {
            "as_of": as_of.isoformat(),
            "credit_memos": getattr(self, "cms_list", []),
            "crm_notes": sorted(crm, key=lambda c: c["date"]),
            "customer": customer,
            "emails": emails,
            "home_currency": home,
            "id": self.cid,
            "invoice": inv,
            "invoices": invoices,
            "payments": payments,
            "reminders_sent": reminders,
        }

    @staticmethod
    def default_rem(dpd: int) -> list[int]:
        """The earlier stage reminded, the current one not yet: a draft is due."""
        reached = [st for st in STAGES if st <= dpd]
        return reached[-2:-1]

    def fill(self, text: str, m: dict) -> str:
        as_of = self.as_of

        def rep(mo: re.Match[str]) -> str:
            key, arg = mo.group(1), mo.group(2)
            if key in self.subst and arg is None:
                return self.subst[key]
            if key == "due" and arg:
                return fmt_date(self.due or as_of, arg)
            if key == "p" and arg:
                return fmt_date(as_of + dt.timedelta(days=m["p"]), arg)
            if key == "d" and arg:
                off, style = arg.split(":")
                return fmt_date(as_of + dt.timedelta(days=int(off)), style)
            if key == "rem" and arg:
                last = max(d(r["date"]) for r in self.reminders)
                return fmt_date(last, arg)
            raise SystemExit(f"{self.cid}: unknown placeholder {mo.group(0)!r}")

        out = re.sub(r"\{(inv2|inv|amt2|amt|total|due|p|d|rem)(?::([^{}]+))?\}", rep, text)
        if re.search(r"\{(inv|amt|due|p|d|rem)\b", out):
            raise SystemExit(f"{self.cid}: unfilled placeholder in {out[:60]!r}")
        return out


# ---- check: re-derive the structural facts from the finished bundle and label from them ----
def facts(bundle: dict, case: Case) -> dict:
    inv = bundle["invoice"]
    as_of = d(bundle["as_of"])
    f: dict = {}
    f["balance"] = float(inv.get("Balance", 0))
    f["due"] = inv.get("DueDate")
    f["dpd"] = (as_of - d(inv["DueDate"])).days if inv.get("DueDate") else None
    reached = [s for s in STAGES if f["dpd"] is not None and s <= f["dpd"]]
    f["stage"] = reached[-1] if reached else None
    f["stage_reminded"] = any(r["stage"] == f["stage"] for r in bundle["reminders_sent"])
    if inv.get("HomeBalance") is not None:
        f["home"] = float(inv["HomeBalance"])
    elif inv.get("ExchangeRate") is not None:
        f["home"] = f["balance"] * float(inv["ExchangeRate"])
    else:
        f["home"] = f["balance"]
    credit = sum(float(p.get("UnappliedAmt", 0)) for p in bundle["payments"])
    credit += sum(float(c.get("Balance", 0)) for c in bundle["credit_memos"])
    f["credit"] = credit
    f["credit_covers"] = credit > 0 and credit + 1e-9 >= f["balance"]
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address")
                        or (bundle["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    rems = sorted(d(r["date"]) for r in bundle["reminders_sent"])
    rem_stamps = sorted(r["date"] for r in bundle["reminders_sent"])
    sup_domain = case.sup_domain
    cust_mail = [e for e in bundle["emails"] if not e["from"].endswith("@" + sup_domain)]
    last = rem_stamps[-1] if rem_stamps else None

    def fresh(stamp_: str) -> bool:
        if last:
            return stamp_ > last
        return (as_of - d(stamp_)).days <= FRESH_WINDOW

    f["fresh_dates"] = [e["date"] for e in cust_mail if fresh(e["date"])]
    inv_id = inv["Id"]
    applied = [p for p in bundle["payments"]
               if any(lt["TxnId"] == inv_id for ln in p["Line"] for lt in ln["LinkedTxn"])]
    f["partials"] = len(applied)
    first = rem_stamps[0] if rem_stamps else None
    if len(rems) >= 3:
        activity = any(p["TxnDate"] >= first[:10] for p in bundle["payments"])
        activity |= any(e["date"] > first for e in cust_mail)
        activity |= any(n["date"] > first for n in bundle["crm_notes"])
        f["ignored_reminders"] = not activity
    else:
        f["ignored_reminders"] = False
    f["fresh_fn"] = fresh
    return f


def label(bundle: dict, case: Case) -> tuple[list[tuple[str, str]], str | None, dict]:
    """Reference labelling from SPEC's default policy, given the declared kind of each message."""
    f = facts(bundle, case)
    as_of = d(bundle["as_of"])
    msgs = case.msgs
    for m in msgs:
        m["fresh"] = f["fresh_fn"](m["date"])
        if m["stale"] and m["fresh"]:
            raise SystemExit(f"{case.cid}: a message declared stale is fresh")
        if not m["stale"] and not m["fresh"]:
            raise SystemExit(f"{case.cid}: a message not declared stale is older than the last reminder / 14 days")
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return [("none", "no_action")], None, f

    kinds_fresh = {m["kind"] for m in msgs if m["fresh"]}
    kinds_stale = {m["kind"] for m in msgs if not m["fresh"]}
    note_kinds = [n["kind"] for n in case.notes]
    kinds_fresh |= {k for k in note_kinds if k == "hardship"}  # a request the collector wrote down
    promise_ahead = any(x["kind"] == "promise" and x["p"] is not None and x["p"] > 0 for x in msgs + case.notes)

    # underlying classification, before hard stops and cadence
    alts: list[str] = []
    if kinds_fresh & CONTENT:
        primary = "likely_dispute"
    elif kinds_fresh & {"inject", "inject_paid"}:
        primary = "likely_dispute" if "inject_paid" in kinds_fresh else "high_touch_escalation"
        alts = ["high_touch_escalation"] if primary == "likely_dispute" else []
    elif (f["dpd"] is not None and f["dpd"] >= 60) or f["ignored_reminders"] or case.cnote_kind == "no_auto" \
            or "no_auto" in note_kinds:
        primary = "high_touch_escalation"
    elif "unclear" in kinds_fresh:
        primary = "high_touch_escalation"
    elif "hardship" in kinds_fresh or f["partials"] >= 2 and f["balance"] > 0:
        primary = "payment_plan_candidate"
    elif kinds_stale & CONTENT:
        # A dispute counts until the notes record it resolved (SPEC). The reminder is accepted only
        # when a reminder - approved by a collector who saw the thread - went out after the message;
        # a claim merely older than 14 days that nobody has acted on stays likely_dispute alone.
        rem_stamps = [r["date"] for r in bundle["reminders_sent"]]
        seen = all(any(r > m["date"] for r in rem_stamps)
                   for m in msgs if not m["fresh"] and m["kind"] in CONTENT)
        primary, alts = "likely_dispute", (["routine_reminder"] if seen else [])
    elif "hardship" in kinds_stale:
        primary, alts = "payment_plan_candidate", ["routine_reminder"]
    else:
        primary = "routine_reminder"
        lapsed = any(x["kind"] == "promise" and x["p"] is not None and x["p"] <= 0 for x in msgs + case.notes)
        if kinds_fresh & SOFT or lapsed or "unclear" in kinds_stale or "resolved" in note_kinds:
            alts = ["high_touch_escalation"]
    if primary == "payment_plan_candidate" and kinds_fresh & SOFT:
        alts = alts + ["high_touch_escalation"]

    # hard stops in SPEC order
    legal = any(m["kind"] == "legal" for m in msgs) or "legal" in note_kinds
    status = next((c.get("StringValue", "") for c in bundle["invoice"].get("CustomField", [])
                   if c.get("Name") == "Collections Status"), "")
    open_note = False
    for n in sorted(case.notes, key=lambda n: n["day"]):
        if n["kind"] == "dispute":
            open_note = True
        elif n["kind"] == "resolved":
            open_note = False
    hs = None
    if legal:
        hs = "legal_hold"
    elif status.lower() == "disputed" or open_note:
        hs = "open_dispute"
    elif f["home"] >= RISK:
        hs = "over_risk_threshold"
    elif f["credit_covers"]:
        hs = "unapplied_credit"
    elif not f["address"] or not f["due"]:
        hs = "missing_context"
    if hs:
        if hs == "over_risk_threshold":
            # high_touch first ("every over_risk_threshold case"); a contest also accepts likely_dispute,
            # which heads the precedence (the same in test_b)
            outs = ["high_touch_escalation"] + (["likely_dispute"] if primary == "likely_dispute" else [])
        elif hs == "legal_hold":
            outs = ["high_touch_escalation", "likely_dispute", primary]
        elif hs == "open_dispute":
            outs = ["likely_dispute", "high_touch_escalation"]
        elif hs == "unapplied_credit":
            outs = [primary, "high_touch_escalation", "likely_dispute"]
        else:
            outs = [primary, "high_touch_escalation"]
        return [("escalate_to_human", o) for o in dict.fromkeys(outs)], hs, f

    def gated(outcome: str) -> tuple[str, str]:
        if outcome in ("routine_reminder", "payment_plan_candidate"):
            if f["stage_reminded"] or promise_ahead:
                return ("none", "no_action")
            return ("draft_for_approval", outcome)
        return ("escalate_to_human", outcome)

    if primary == "payment_plan_candidate" and "hardship" in kinds_fresh and gated(primary)[0] == "none":
        # the cadence gate holds the plan draft, but a fresh request for a plan is also fine for a person
        alts = alts + ["high_touch_escalation"]
    pairs = [gated(primary)] + [gated(a) for a in alts]
    return list(dict.fromkeys(pairs)), None, f


WANT = {
    "draft/routine": ("draft_for_approval", "routine_reminder"),
    "draft/plan": ("draft_for_approval", "payment_plan_candidate"),
    "esc/dispute": ("escalate_to_human", "likely_dispute"),
    "esc/high": ("escalate_to_human", "high_touch_escalation"),
    "esc/routine": ("escalate_to_human", "routine_reminder"),
    "esc/plan": ("escalate_to_human", "payment_plan_candidate"),
    "none": ("none", "no_action"),
}
CLASSES = {"complaint", "paid_claim", "promise", "hardship", "benign", "other_invoice", "mixed", "injection",
           "hard_stop", "escalation", "routine", "no_action", "unread"}


def check(case: Case, bundle: dict) -> dict:
    spec = case.spec
    if spec["cls"] not in CLASSES:
        raise SystemExit(f"{case.cid}: unknown class {spec['cls']}")
    pairs, hs, f = label(bundle, case)
    want = WANT[spec["want"]]
    if pairs[0] != want:
        raise SystemExit(f"{case.cid}: hand label {spec['want']} but the scaffold says {pairs[0]} "
                         f"(dpd {f['dpd']}, stage {f['stage']}, reminded {f['stage_reminded']}, home {f['home']:.2f}, "
                         f"credit {f['credit']:.2f}, fresh {f['fresh_dates']})")
    if hs != spec.get("hs"):
        raise SystemExit(f"{case.cid}: hand hard stop {spec.get('hs')} but the scaffold says {hs}")
    for key, fact in (("dpd", "dpd"), ("stage", "stage")):
        if key in spec.get("facts", {}) and spec["facts"][key] != f[fact]:
            raise SystemExit(f"{case.cid}: declared {key} {spec['facts'][key]} but bundle has {f[fact]}")
    if spec.get("reminded") is not None and spec["reminded"] != f["stage_reminded"]:
        raise SystemExit(f"{case.cid}: declared current-stage reminded {spec['reminded']}, bundle {f['stage_reminded']}")
    if spec.get("covers") is not None and spec["covers"] != f["credit_covers"]:
        raise SystemExit(f"{case.cid}: declared credit cover {spec['covers']}, bundle {f['credit_covers']}")
    if spec.get("over_risk") is not None and spec["over_risk"] != (f["home"] >= RISK):
        raise SystemExit(f"{case.cid}: declared over-risk {spec['over_risk']}, home amount {f['home']:.2f}")
    for e in bundle["emails"]:
        for k in ("from", "to", "date", "subject", "body"):
            if not isinstance(e.get(k), str) or not e[k]:
                raise SystemExit(f"{case.cid}: email without {k}")
    for extra in spec.get("also", ()):
        # accepted answers the kind-based labelling cannot derive (second review); never a draft where
        # the reference labelling refuses one, and never the first choice
        pair = WANT[extra]
        if pair[0] == "draft_for_approval" and pair not in pairs:
            raise SystemExit(f"{case.cid}: 'also' may not add a draft the labelling does not accept")
        pairs = pairs + [pair] if pair not in pairs else pairs
    routes = list(dict.fromkeys(p[0] for p in pairs))
    outcomes = list(dict.fromkeys(p[1] for p in pairs))
    return {"class": spec["cls"], "hard_stop": hs, "id": case.cid, "outcome": outcomes, "route": routes}


def main() -> int:
    rng = random.Random(SEED)
    cases_out, expected_out = [], []
    for n, spec in enumerate(cases_a.CASES, 1):
        case = Case(n, spec, random.Random(rng.randrange(2**32)))
        bundle = case.build()
        expected_out.append(check(case, bundle))
        cases_out.append(bundle)
    (HERE / "cases.jsonl").write_text("".join(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n"
                                              for c in cases_out), encoding="utf-8")
    (HERE / "expected.jsonl").write_text("".join(json.dumps(e, sort_keys=True) + "\n" for e in expected_out),
                                         encoding="utf-8")
    counts: dict[str, int] = {}
    for e in expected_out:
        counts[e["class"]] = counts.get(e["class"], 0) + 1
    print(f"{len(cases_out)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

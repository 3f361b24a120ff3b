#!/usr/bin/env python3
"""Builds the testi held-out judge set: cases.jsonl and expected.jsonl (stdlib only).

    python3 tests/data/judge_cases/testi/build.py     # rewrites both files byte for byte

Written blind from shared/SPEC.md (see README.md). Every case is checked by check(), which
re-derives the structural facts from the bundle and applies SPEC's order to them plus the
message's semantic tag, and by wellformed(), which checks the bundle's format and links.
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

SEED = 20261211
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.00
D = dt.date

WORLDS = {
    "mtl": {"company": "Lumière Traductions Inc.", "domain": "lumiere-traductions.example",
            "home": "CAD", "tz": "-05:00", "collector": "Geneviève Roy",
            "items": ["Translation EN>FR", "Localisation - UI strings", "Subtitling FR-CA",
                      "Conference interpreting (day)", "Desktop publishing", "Certified translation",
                      "Terminology and glossary work", "Revision and proofreading"]},
    "phx": {"company": "Saguaro Mechanical HVAC & Refrigeration LLC", "domain": "saguaromech.example",
            "home": "USD", "tz": "-07:00", "collector": "Dana Whitfield",
            "items": ["Service call - labor", "Refrigerant R-410A (lb)", "Preventive maintenance - RTU",
                      "Compressor replacement", "Walk-in cooler repair", "Condenser installation",
                      "Ice machine service", "Controls and thermostat work"]},
    "sgp": {"company": "Merlion Components Pte Ltd", "domain": "merlioncomponents.example",
            "home": "SGD", "tz": "+08:00", "collector": "Priya Raman",
            "items": ["MLCC 100nF 16V 0402 (reel 10k)", "LDO regulator 3.3V SOT-23 (reel 3k)",
                      "MCU 32-bit LQFP64 (tray)", "TVS diode array (reel 5k)", "BGA FPGA (tray)",
                      "Connector 2.54mm 40p (bag)", "Freight and handling", "Crystal 25MHz (reel)"]},
}

# key: (world, name, domain, contact, currency)
CUSTOMERS = {
    "mtl-pharma": ("mtl", "Laboratoires Boréal inc.", "boreal-labs.example", "Hélène Marchand", "CAD"),
    "mtl-game": ("mtl", "Studio Pixel Nord inc.", "pixelnord.example", "Kevin Tran", "CAD"),
    "mtl-museum": ("mtl", "Musée maritime de Tadoussac", "museetadoussac.example", "Claudine Gagné", "CAD"),
    "mtl-eng": ("mtl", "Groupe Ingénia Conseil", "ingenia-conseil.example", "Marc Bélanger", "CAD"),
    "mtl-toronto": ("mtl", "Northgate Retail Ltd.", "northgate-retail.example", "Karen Li", "CAD"),
    "mtl-lyon": ("mtl", "Maison Clairval Cosmétiques SAS", "clairval.example", "Sandrine Pelletier", "EUR"),
    "mtl-brux": ("mtl", "Fédération européenne des coopératives culturelles asbl", "fecc.example",
                 "Annick Dewulf", "EUR"),
    "mtl-bdx": ("mtl", "Château Vignal Exportations SARL", "vignal-export.example", "Luc Moreau", "EUR"),
    "mtl-liege": ("mtl", "Meuse Logiciels SA", "meuse-logiciels.example", "Thomas Renard", "EUR"),
    "phx-rest": ("phx", "Sonoran Table Restaurant Group", "sonorantable.example", "Renee Castillo", "USD"),
    "phx-dc": ("phx", "Desert Ridge Data Center LLC", "desertridgedc.example", "Alan Cho", "USD"),
    "phx-groc": ("phx", "Valle Fresh Markets", "vallefresh.example", "Mike Duarte", "USD"),
    "phx-cold": ("phx", "Copper State Cold Storage", "coppercold.example", "Steve Fox", "USD"),
    "phx-school": ("phx", "Cactus Wren Unified School District", "cactuswren-k12.example", "Linda Ortiz", "USD"),
    "phx-hotel": ("phx", "Camelback Suites Hotel", "camelbacksuites.example", "Paul Brennan", "USD"),
    "phx-nogales": ("phx", "Ensambles del Norte S.A. de C.V.", "ensamblesnorte.example", "Rosa Elena Valdez", "MXN"),
    "phx-hmo": ("phx", "Supermercados La Palma S.A. de C.V.", "lapalma-super.example", "Jorge Ibarra", "MXN"),
    "phx-obr": ("phx", "Empacadora del Yaqui S.A. de C.V.", "empacadorayaqui.example", "Lucía Ramos", "MXN"),
    "sgp-ems": ("sgp", "Kestrel EMS Pte Ltd", "kestrel-ems.example", "Jason Ong", "SGD"),
    "sgp-robot": ("sgp", "Tampines Robotics Pte Ltd", "tampinesrobotics.example", "Aisha Rahman", "SGD"),
    "sgp-med": ("sgp", "Lumina Medtech Pte Ltd", "luminamedtech.example", "Michelle Tan", "SGD"),
    "sgp-pg": ("sgp", "Penang PrecisionTech Sdn Bhd", "penangprecision.example", "Lim Wei Ling", "USD"),
    "sgp-jb": ("sgp", "Johor Circuit Assembly Sdn Bhd", "johorcircuit.example", "Ahmad Faizal", "USD"),
    "sgp-kl": ("sgp", "Klang Valley Controls Sdn Bhd", "kvcontrols.example", "Tan Mei Fong", "USD"),
    "sgp-bn": ("sgp", "Bac Ninh Smart Devices Co., Ltd.", "bnsmartdevices.example", "Nguyen Thi Thu Hien", "USD"),
    "sgp-bd": ("sgp", "Binh Duong Electro Co., Ltd.", "bdelectro.example", "Tran Minh Khoa", "USD"),
}
CUR_NAMES = {"CAD": "Canadian Dollar", "USD": "United States Dollar", "EUR": "Euro",
             "MXN": "Mexican Peso", "SGD": "Singapore Dollar"}
RATES = {("mtl", "EUR"): (1.49, 1.55), ("phx", "MXN"): (0.0545, 0.0562), ("sgp", "USD"): (1.33, 1.36)}
# open balance range per currency (kept well under the threshold unless a case sets it)
AMOUNTS = {("mtl", "CAD"): (640, 8200), ("mtl", "EUR"): (480, 5600), ("phx", "USD"): (380, 8900),
           ("phx", "MXN"): (9000, 140000), ("sgp", "SGD"): (760, 8800), ("sgp", "USD"): (420, 6600)}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DISPUTE_WORDS = re.compile(r"disput|contest|disagree|query the invoice|querying", re.I)
LEGAL_WORDS = re.compile(r"lawyer|counsel|attorney|legal action|bankrupt|insolv|chapter 11|"
                         r"judicial manag|liquidat|receivership|solicitor|avocat|trustee", re.I)

LISTS = {name: getattr(T, name) for name in ("COMPLAINTS", "PAID_CLAIMS", "PROMISES", "HARDSHIP", "BENIGN",
                                             "UNREAD", "OLD_BENIGN", "INJECTIONS", "OTHER_INVOICE",
                                             "LEGAL_MSGS", "MIXED_MSGS", "HARD_MSGS")}

# ------------------------------------------------------------------ accepted answers
DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")
EXPECT = {
    "dispute": ([ESC], [LD], None),
    "gate": ([NONE], [NA], None),
    "plan": ([DRAFT], [PP], None),
    "routine": ([DRAFT], [RR], None),
    "high": ([ESC], [HT], None),
    "routine_or_person": ([DRAFT, ESC], [RR, HT], None),
    "injection": ([ESC], [LD, HT], None),
    "paid_then_promise": ([NONE, ESC], [NA, LD, HT], None),
    "need_until": ([NONE, DRAFT], [NA, PP], None),
    "undated_run": ([DRAFT, NONE], [RR, NA], None),
    "promise_stop": ([NONE, ESC], [NA, HT], None),
    "instalments": ([DRAFT, NONE], [PP, NA], None),
    "collector_email": ([DRAFT, NONE], [RR, NA], None),
    "phoned_promise": ([NONE, DRAFT], [NA, RR], None),
    "not_due_complaint": ([NONE, ESC], [NA, LD], None),
    "legal_hold": ([ESC], [HT, LD, RR], "legal_hold"),
    "legal_hold_disputed": ([ESC], [HT, LD], "legal_hold"),
    "open_dispute": ([ESC], [LD], "open_dispute"),
    "open_dispute_over": ([ESC], [LD, HT], "open_dispute"),
    "over_risk": ([ESC], [HT], "over_risk_threshold"),
    "unapplied": ([ESC], [RR, HT, LD], "unapplied_credit"),
    "missing": ([ESC], [RR, HT], "missing_context"),
}
HARD_CLASSES = {"complaint", "paid_claim", "promise", "hardship"}

LIST_TAGS = {"COMPLAINTS": {"contest"}, "PAID_CLAIMS": {"contest"}, "PROMISES": {"promise"},
             "HARDSHIP": {"plan"}, "BENIGN": set(), "UNREAD": set(), "OLD_BENIGN": set(),
             "INJECTIONS": {"injection"}, "OTHER_INVOICE": set(), "LEGAL_MSGS": {"legal"}}


def stage_of(dpd):
    reached = [s for s in STAGES if s <= dpd]
    return reached[-1] if reached else 0


def money(x, cur):
    return f"{cur} {x:,.2f}"


def fmt_date(p, kind):
    suf = "th" if 11 <= p.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(p.day % 10, "th")
    return {
        "iso": p.isoformat(),
        "dmy": f"{p.day:02d}/{p.month:02d}/{p.year}",
        "mdy": f"{p.month:02d}/{p.day:02d}/{p.year}",
        "dot": f"{p.day:02d}.{p.month:02d}.{p.year}",
        "long": f"{p.day} {MONTHS[p.month - 1]} {p.year}",
        "mdth": f"{MONTHS[p.month - 1]} {p.day}{suf}",
        "short": f"{WD[p.weekday()][:3]} {p.day} {MONTHS[p.month - 1][:3]}",
        "th": f"the {p.day}{suf}",
        "wday": WD[p.weekday()],
    }[kind]


def past_date(p, world):
    if world == "phx":
        return f"{p.month}/{p.day}"
    if world == "sgp":
        return f"{p.day} {MONTHS[p.month - 1][:3]}"
    return f"{p.day} {MONTHS[p.month - 1]}"


def stamp(day, world, hour=10, minute=15):
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{WORLDS[world]['tz']}"


def day_of(ts):
    return D.fromisoformat(ts[:10])


def fill(text, vals):
    return re.sub(r"\{(\w+)\}", lambda m: str(vals[m.group(1)]) if m.group(1) in vals else m.group(0), text)


def split_subject(text):
    first, _, rest = text.partition("\n")
    assert first.startswith("S: "), first
    return first[3:], rest.strip("\n")


SIGNED = re.compile(r"\n(regards|thanks|thank you|cordialement|best|sincerely|atte\.|saludos|rgds|"
                    r"kind regards|with|yours|happy|talk soon|--|procurement|business services|"
                    r"accounts payable|treasury|karen|marc|luc|mike|lim|michelle|jean|annick|sandrine|"
                    r"claudine|thomas|rosa)", re.I)
FOOTERS = [
    "CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee. "
    "If you received it in error, please notify the sender and delete it.",
    "Ce courriel est confidentiel et destiné uniquement à son destinataire. This e-mail is "
    "confidential and intended only for its recipient.",
    "This email has been scanned for viruses. Please consider the environment before printing.",
    "The information in this e-mail is confidential. Any review, retransmission or other use by "
    "persons other than the intended recipient is prohibited.",
]
TITLES = ["Accounts Payable", "Finance Manager", "Office Manager", "Controller", "Procurement Lead",
          "Facilities Coordinator", "AP Specialist", "Operations Manager"]


# ------------------------------------------------------------------ the builder
class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.n = 0
        self.cases, self.expected, self.meta = [], [], []
        self.used = set()

    # -- helpers
    def pick_dpd(self, lo, hi, rem):
        for _ in range(1000):
            d = self.rng.randint(lo, hi)
            c = stage_of(d)
            if rem == "current" and d - c < 2:
                continue
            if rem == "earlier" and c < 7:
                continue
            if rem == "none" and False:
                continue
            return d
        raise AssertionError((lo, hi, rem))

    def reminders_for(self, d, rem):
        if isinstance(rem, list):
            return sorted(rem)
        reached = [s for s in STAGES if s <= d]
        c = reached[-1]
        earlier = reached[:-1]
        if rem == "none":
            return []
        if rem == "earlier":
            k = self.rng.choice([1, 1, 2]) if len(earlier) >= 2 else 1
            return sorted(self.rng.sample(earlier, k)) if earlier else []
        if rem == "current":
            extra = [self.rng.choice(earlier)] if earlier and self.rng.random() < 0.6 else []
            return sorted(extra + [c])
        raise AssertionError(rem)

    def amount(self, world, cur):
        lo, hi = AMOUNTS[(world, cur)]
        x = self.rng.uniform(lo, hi)
        return round(x, 2) if cur != "MXN" else round(x, 0) + self.rng.choice([0.0, 0.5])

    def promise_date(self, as_of, email_day, kind, mode):
        days = []
        if mode == "past":
            for k in range(1, 30):
                p = email_day + dt.timedelta(days=k)
                if p < as_of and p.weekday() < 5:
                    days.append(p)
            assert days, (as_of, email_day)
            return self.rng.choice(days)
        for k in range(1, 26):
            p = as_of + dt.timedelta(days=k)
            if p.weekday() >= 5 or (p.month, p.day) in ((12, 25), (12, 24), (1, 1), (12, 31)):
                continue
            if kind == "wday":
                if p - email_day > dt.timedelta(days=6):
                    continue
            else:
                if p.day <= 12 or k < 3 or k > 20:
                    continue
                if kind == "th" and p.month != email_day.month:
                    continue
            days.append(p)
        assert days, (as_of, email_day, kind)
        return self.rng.choice(days)

    def wrap(self, body, src, world, cust, rem_before, vals, cust_key):
        if src in T.NOWRAP:
            return body
        r = self.rng.random()
        contact = cust[3]
        signed = bool(SIGNED.search("\n" + body))
        if r < 0.22 and not signed:
            title = self.rng.choice(TITLES)
            country = {"mtl-lyon": "+33 4 78 55 0{}", "mtl-bdx": "+33 5 56 55 0{}", "mtl-brux": "+32 2 555 0{}",
                       "mtl-liege": "+32 4 555 0{}", "phx-nogales": "+52 631 555 0{}", "phx-hmo": "+52 662 555 0{}",
                       "phx-obr": "+52 644 555 0{}", "sgp-pg": "+60 4 555 0{}", "sgp-jb": "+60 7 555 0{}",
                       "sgp-kl": "+60 3 555 0{}", "sgp-bn": "+84 222 555 0{}", "sgp-bd": "+84 274 555 0{}"}
            default = {"mtl": "+1 514 555 0{}", "phx": "(602) 555-0{}", "sgp": "+65 6555 0{}"}[world]
            phone = country.get(cust_key, default).format(self.rng.randint(100, 199))
            body = f"{body}\n\n{contact}\n{title}\n{cust[1]}\n{phone}"
        elif r < 0.34:
            body = f"{body}\n\n{self.rng.choice(FOOTERS)}"
        elif r < 0.58 and rem_before:
            rday, stage = rem_before
            w = WORLDS[world]
            quoted = (f"Dear {cust[1]},\n\nThis is a reminder that invoice {vals['inv']} for "
                      f"{vals['bal']} was due on {vals['due']} and is now past due. If you have "
                      f"already paid, please disregard this message.\n\nThank you,\n{w['collector']}\n"
                      f"{w['company']}")
            quoted = "\n".join("> " + ln if ln else ">" for ln in quoted.split("\n"))
            body = (f"{body}\n\nOn {rday.isoformat()}, {w['collector']} <ar@{w['domain']}> wrote:\n"
                    f"{quoted}")
        return body

    # -- one case
    def add(self, cls, expect, cust_key, msgs=(), *, dpd=None, lo=2, hi=55, rem="none",
            no_due=False, tags=(), promise=None, notes=(), status=None, unapplied=0.0, cms=(),
            no_address=False, cust_notes="", partials=(), bal=None, home_balance=None, rate=None,
            other_open=False, paid=False, voided=False, history=None, collector_msgs=()):
        """msgs: list of (list_name, index, ago or None, after_current)."""
        rng = self.rng
        self.n += 1
        cid = f"ti-{self.n:04d}"
        world, cname, domain, contact, cur = CUSTOMERS[cust_key]
        w = WORLDS[world]
        home = w["home"]
        as_of = D(2026, 12, 7) + dt.timedelta(days=rng.randint(0, 4))
        if dpd is None:
            dpd = self.pick_dpd(lo, hi, rem if isinstance(rem, str) else "x")
        due = as_of - dt.timedelta(days=dpd)
        terms = rng.choice([30, 30, 30, 45, 15])
        txn = due - dt.timedelta(days=terms)
        stages = self.reminders_for(dpd, rem) if dpd >= 1 else []
        reminders = []
        for s in stages:
            rday = due + dt.timedelta(days=s + (1 if dpd - s >= 3 and rng.random() < 0.5 else 0))
            assert rday < as_of, (cid, rday, as_of)
            reminders.append((rday, s))
        last_rem = reminders[-1][0] if reminders else None
        cur_stage = stage_of(dpd)

        # amounts and currency
        foreign = cur != home
        if rate is None and foreign:
            lo_r, hi_r = RATES[(world, cur)]
            rate = round(rng.uniform(lo_r, hi_r), 4 if cur == "MXN" else 4)
        if bal is None:
            bal = self.amount(world, cur)
        if paid or voided:
            bal = 0.0
        part_amts = [round(p, 2) for p in partials]
        total = round(bal + sum(part_amts), 2)
        if paid:
            total = self.amount(world, cur)
            part_amts = [total]
        if voided:
            total = 0.0
            part_amts = []

        ids = iter(range(1000 + self.n * 50, 1000 + self.n * 50 + 50))
        inv_id = str(next(ids))
        prefix = {"mtl": "F-26", "phx": "SM-", "sgp": "MC-INV-"}[world]
        docnum = f"{prefix}{rng.randint(1100, 9899)}"
        other_doc = f"{prefix}{rng.randint(1100, 9899)}"
        while other_doc == docnum:
            other_doc = f"{prefix}{rng.randint(1100, 9899)}"
        cust_id = str(300 + list(CUSTOMERS).index(cust_key))

        def cref():
            return {"name": cname, "value": cust_id}

        def curref(c):
            return {"name": CUR_NAMES[c], "value": c}

        def lines(amount):
            if amount == 0:
                items = [(rng.choice(w["items"]), 0.0)]
            elif rng.random() < 0.5:
                a = round(amount * rng.uniform(0.3, 0.7), 2)
                items = [(rng.choice(w["items"][:4]), a), (rng.choice(w["items"][4:]), round(amount - a, 2))]
            else:
                items = [(rng.choice(w["items"]), round(amount, 2))]
            out = []
            for i, (desc, a) in enumerate(items, 1):
                out.append({"Amount": a, "Description": desc, "DetailType": "SalesItemLineDetail", "Id": str(i),
                            "LineNum": i, "SalesItemLineDetail": {"ItemRef": {"name": desc, "value": str(10 + i)},
                                                                  "Qty": 1, "UnitPrice": a}})
            out.append({"Amount": round(amount, 2), "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}})
            return out

        def invoice(iid, doc, tdate, ddate, tot, balance, linked, email=True, custom=None, note=""):
            inv = {"Balance": balance, "CurrencyRef": curref(cur), "CustomField": custom or [],
                   "CustomerRef": cref(), "DocNumber": doc, "EmailStatus": "EmailSent", "Id": iid,
                   "Line": lines(tot), "LinkedTxn": [{"TxnId": p, "TxnType": "Payment"} for p in linked],
                   "MetaData": {"CreateTime": stamp(tdate, world, 9, 0), "LastUpdatedTime": stamp(tdate, world, 9, 0)},
                   "PrintStatus": "NotSet", "PrivateNote": note, "SalesTermRef": {"value": "3"},
                   "SyncToken": "1", "TotalAmt": tot, "TxnDate": tdate.isoformat()}
            if ddate is not None:
                inv["DueDate"] = ddate.isoformat()
            inv["BillEmail"] = {"Address": f"ap@{domain}"} if email else None
            if foreign:
                inv["ExchangeRate"] = rate
                if home_balance is not False and (home_balance or rng.random() < 0.8):
                    inv["HomeBalance"] = round(balance * rate, 2)
                    inv["HomeTotalAmt"] = round(tot * rate, 2)
            return inv

        def payment(pid, pday, amount, links, unapplied_amt=0.0, ref=None):
            p = {"CurrencyRef": curref(cur), "CustomerRef": cref(), "Id": pid,
                 "Line": [{"Amount": a, "LinkedTxn": [{"TxnId": t, "TxnType": "Invoice"}]} for t, a in links],
                 "MetaData": {"CreateTime": stamp(pday, world, 11, 30), "LastUpdatedTime": stamp(pday, world, 11, 30)},
                 "SyncToken": "0", "TotalAmt": round(amount, 2), "TxnDate": pday.isoformat(),
                 "UnappliedAmt": round(unapplied_amt, 2)}
            if ref:
                p["PaymentRefNum"] = ref
            if foreign:
                p["ExchangeRate"] = rate
            return p

        payments, invoices = [], []
        # history: paid invoices before this one
        nhist = rng.randint(0, 3) if history is None else history
        for h in range(nhist):
            hid, pid = str(next(ids)), str(next(ids))
            htxn = txn - dt.timedelta(days=35 * (h + 1) + rng.randint(0, 9))
            hdue = htxn + dt.timedelta(days=30)
            hamt = self.amount(world, cur)
            pday = min(hdue + dt.timedelta(days=rng.randint(-5, 12)), txn - dt.timedelta(days=1))
            invoices.append(invoice(hid, f"{prefix}{rng.randint(1100, 9899)}", htxn, hdue, hamt, 0.0, [pid]))
            payments.append(payment(pid, pday, hamt, [(hid, hamt)]))
        if other_open:
            oid = str(next(ids))
            otxn = txn + dt.timedelta(days=rng.randint(3, 12))
            oamt = self.amount(world, cur)
            invoices.append(invoice(oid, other_doc, otxn, otxn + dt.timedelta(days=30), oamt, oamt, []))
        # partial payments on this invoice (dated between the invoice and as_of)
        linked = []
        pay_dates = []
        for i, a in enumerate(part_amts):
            pid = str(next(ids))
            if paid:
                pday = due - dt.timedelta(days=rng.randint(1, 6))
            elif isinstance(rem, list) and len(rem) >= 3 and i == len(part_amts) - 1:
                pday = reminders[0][0] + dt.timedelta(days=2)
            else:
                pday = txn + dt.timedelta(days=rng.randint(5, max(6, (due - txn).days + min(dpd, 20) - 1)))
                pday = min(pday, as_of - dt.timedelta(days=1))
                if reminders and len(reminders) >= 3:
                    pday = min(pday, reminders[0][0] - dt.timedelta(days=1))
            pay_dates.append(pday)
            payments.append(payment(pid, pday, a, [(inv_id, a)], ref=f"{rng.randint(100000, 999999)}"))
            linked.append(pid)
        if unapplied:
            pid = str(next(ids))
            uday = as_of - dt.timedelta(days=rng.randint(2, 8))
            payments.append(payment(pid, uday, unapplied, [], unapplied_amt=unapplied,
                                    ref=f"{rng.randint(100000, 999999)}"))
        credit_memos = []
        for cmb in cms:
            cmid = str(next(ids))
            cday = as_of - dt.timedelta(days=rng.randint(10, 40))
            credit_memos.append({"Balance": cmb, "CurrencyRef": curref(cur), "CustomerRef": cref(),
                                 "DocNumber": f"CM-{rng.randint(100, 999)}", "Id": cmid,
                                 "Line": lines(cmb), "MetaData": {"CreateTime": stamp(cday, world),
                                                                  "LastUpdatedTime": stamp(cday, world)},
                                 "RemainingCredit": cmb, "SyncToken": "0", "TotalAmt": cmb,
                                 "TxnDate": cday.isoformat()})

        custom = []
        if status is not None:
            custom = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status,
                       "Type": "StringType"}]
        inv = invoice(inv_id, docnum, txn, None if no_due else due, total, bal, linked,
                      email=not no_address, custom=custom,
                      note="Voided" if voided else "")
        if voided:
            inv["PrivateNote"] = "Voided"

        # placeholders
        vals = {"inv": docnum, "bal": money(bal, cur), "other": other_doc, "po": f"PO-{rng.randint(40000, 89999)}",
                "ourname": w["collector"].split()[0], "due": due.isoformat(),
                "ref": rng.choice([f"{rng.randint(10000000, 99999999)}",
                                   f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(1000000, 9999999)}",
                                   f"TRF{rng.randint(100000, 999999)}"])}
        emails = []
        promise_day = None
        email_days = []
        for k, m in enumerate(msgs):
            name, idx, ago, after_current = m
            src = (name, idx)
            self.used.add(src)
            wtext = LISTS[name][idx]
            assert wtext[0] == world, (cid, src, world)
            pin = T.PINS.get(src)
            assert pin is None or pin == cust_key, (cid, src, pin, cust_key)
            subject, body = split_subject(wtext[1])
            kinds = re.findall(r"\{P_(\w+)\}", wtext[1])
            # the email's date
            if ago is None:
                lo_day = (last_rem + dt.timedelta(days=1)) if (last_rem and (after_current or rng.random() < 0.7)) \
                    else max(due + dt.timedelta(days=1), as_of - dt.timedelta(days=12))
                if email_days:
                    lo_day = max(lo_day, email_days[-1] + dt.timedelta(days=1))
                hi_day = as_of
                if kinds and kinds[0] == "wday":
                    lo_day = max(lo_day, as_of - dt.timedelta(days=1))
                lo_day = min(lo_day, hi_day)
                eday = lo_day + dt.timedelta(days=rng.randint(0, (hi_day - lo_day).days))
            else:
                eday = as_of - dt.timedelta(days=ago)
            if after_current:
                cur_rem = [r for r in reminders if r[1] == cur_stage]
                assert cur_rem and eday > cur_rem[0][0], (cid, eday, cur_rem)
            email_days.append(eday)
            if kinds:
                assert len(kinds) == 1, (src, kinds)
                promise_day = self.promise_date(as_of, eday, kinds[0], promise)
                vals[f"P_{kinds[0]}"] = fmt_date(promise_day, kinds[0])
                pstr = vals[f"P_{kinds[0]}"]
            pd_ = as_of - dt.timedelta(days=rng.randint(2, 9))
            pd_ = min(pd_, eday - dt.timedelta(days=1))
            vals["paid_on"] = past_date(pd_, world)
            before = [r for r in reminders if r[0] < eday]
            body = fill(body, vals)
            subject = fill(subject, vals)
            body = self.wrap(body, src, world, CUSTOMERS[cust_key], before[-1] if before else None, vals, cust_key)
            sender = T.SENDERS.get(src)
            if sender is None:
                local = rng.choice(["ap", "accounts", contact_local(contact), contact_local(contact)])
                sender = f"{local}@{domain}"
            emails.append({"body": body, "date": stamp(eday, world, rng.randint(7, 18), rng.randint(0, 59)),
                           "from": sender, "subject": subject, "to": f"ar@{w['domain']}"})
        for (name, idx, ago) in collector_msgs:
            self.used.add((name, idx))
            subject, body = split_subject(LISTS[name][idx][1])
            eday = as_of - dt.timedelta(days=ago)
            emails.append({"body": fill(body, vals), "date": stamp(eday, world, 9, 5),
                           "from": f"{w['collector'].split()[0].lower()}@{w['domain']}",
                           "subject": fill(subject, vals), "to": f"ap@{domain}"})
            email_days.append(eday)
        emails.sort(key=lambda e: e["date"])
        crm = []
        for key, ago in notes:
            text = T.NOTES[key]
            kinds = re.findall(r"\{P_(\w+)\}", text)
            nday = as_of - dt.timedelta(days=ago)
            if kinds:
                promise_day = self.promise_date(as_of, nday, kinds[0], promise)
                vals[f"P_{kinds[0]}"] = fmt_date(promise_day, kinds[0])
            crm.append({"author": rng.choice(["collector", w["collector"]]), "date": stamp(nday, world, 14, 40),
                        "text": fill(text, vals)})
        crm.sort(key=lambda n: n["date"])

        customer = {"Active": True, "Balance": round(bal + sum(i["Balance"] for i in invoices), 2),
                    "CompanyName": cname, "CurrencyRef": curref(cur), "DisplayName": cname, "Id": cust_id,
                    "MetaData": {"CreateTime": stamp(txn - dt.timedelta(days=400), world),
                                 "LastUpdatedTime": stamp(txn, world)},
                    "Notes": cust_notes, "PrimaryEmailAddr": None if no_address else
                    {"Address": f"{contact_local(contact)}@{domain}"}, "SyncToken": "2"}
        case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": crm,
                "customer": customer, "emails": emails, "home_currency": home, "id": cid,
                "invoice": inv, "invoices": invoices, "payments": payments,
                "reminders_sent": [{"date": stamp(d_, world, 8, 0), "stage": s} for d_, s in reminders]}
        routes, outcomes, hs = EXPECT[expect]
        exp = {"class": cls, "hard_stop": hs, "id": cid, "outcome": list(outcomes), "route": list(routes)}
        tagset = set(tags)
        for name, idx, _, _ in msgs:
            tagset |= LIST_TAGS.get(name, set())
        meta = {"tags": tagset, "promise_day": promise_day, "expect": expect,
                "promise_str": None if promise_day is None else
                [v for k, v in vals.items() if k.startswith("P_")]}
        self.cases.append(case)
        self.expected.append(exp)
        self.meta.append(meta)
        return case


def contact_local(name):
    table = str.maketrans("éèêëàâäôöûüîïçñíóúÉ", "eeeeaaaoouuiicniouE")
    parts = name.translate(table).lower().split()
    return f"{parts[0]}.{parts[-1]}"


# ------------------------------------------------------------------ facts and SPEC's order
def facts(case, meta):
    inv = case["invoice"]
    as_of = D.fromisoformat(case["as_of"])
    f = {"balance": inv["Balance"], "due": inv.get("DueDate")}
    f["dpd"] = (as_of - D.fromisoformat(f["due"])).days if f["due"] else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else 0
    stages = [r["stage"] for r in case["reminders_sent"]]
    f["reminded"] = f["stage"] in stages and f["stage"] > 0
    # the 3-reminder rule and the activity that breaks it
    ours = case["emails"][0]["to"].split("@")[1] if case["emails"] and "@" in case["emails"][0]["to"] else None
    ours = {"mtl": "lumiere-traductions.example", "phx": "saguaromech.example",
            "sgp": "merlioncomponents.example"}[world_of(case)]
    rem_dates = sorted(day_of(r["date"]) for r in case["reminders_sent"])
    f["three"] = False
    if len(rem_dates) >= 3:
        first = rem_dates[0]
        act = [day_of(p["MetaData"]["CreateTime"]) for p in case["payments"] if D.fromisoformat(p["TxnDate"]) >= first]
        act += [day_of(e["date"]) for e in case["emails"]
                if day_of(e["date"]) >= first and not e["from"].endswith("@" + ours)
                and "mailer-daemon" not in e["from"]]
        act += [day_of(n["date"]) for n in case["crm_notes"] if day_of(n["date"]) >= first]
        f["three"] = not act
    # home amount
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    f["credit"] = round(sum(p.get("UnappliedAmt", 0.0) for p in case["payments"]) +
                        sum(c.get("Balance", 0.0) for c in case["credit_memos"]), 2)
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address") or
                        (case["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    f["partials"] = sum(1 for p in case["payments"] for ln in p["Line"]
                        for t in ln["LinkedTxn"] if t["TxnType"] == "Invoice" and t["TxnId"] == inv["Id"]
                        and ln["Amount"] > 0)
    f["status"] = next((c.get("StringValue", "") for c in inv.get("CustomField", [])
                        if c.get("Name") == "Collections Status"), None)
    pday = meta["promise_day"]
    f["promise_ahead"] = bool(pday and "promise" in meta["tags"] and pday > as_of)
    return f


def world_of(case):
    return {"CAD": "mtl", "USD": "phx", "SGD": "sgp"}[case["home_currency"]]


def derive(f, tags):
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return NONE, NA, None
    hs = None
    if "legal" in tags:
        hs = "legal_hold"
    elif (f["status"] or "").strip().lower() == "disputed" or "dispute_note" in tags:
        hs = "open_dispute"
    elif f["home"] >= THRESHOLD:
        hs = "over_risk_threshold"
    elif f["credit"] >= f["balance"]:
        hs = "unapplied_credit"
    elif not f["address"] or not f["due"]:
        hs = "missing_context"
    if hs == "legal_hold":
        return ESC, HT, hs
    if hs == "open_dispute":
        return ESC, LD, hs
    if hs == "over_risk_threshold":
        return ESC, HT, hs
    if "contest" in tags:
        out = LD
    elif (f["dpd"] or 0) >= 60 or f["three"] or "no_auto" in tags or "injection" in tags:
        out = HT
    elif "plan" in tags or f["partials"] >= 2:
        out = PP
    else:
        out = RR
    if hs:
        return ESC, out, hs
    if out in (LD, HT):
        return ESC, out, None
    if f["reminded"] or f["promise_ahead"]:
        return NONE, NA, None
    return DRAFT, out, None


def check(case, exp, meta):
    f = facts(case, meta)
    tags = meta["tags"]
    route, outcome, hs = derive(f, tags)
    cid = case["id"]
    assert route in exp["route"], (cid, route, exp, f, tags)
    assert outcome in exp["outcome"], (cid, outcome, exp, f, tags)
    assert hs == exp["hard_stop"], (cid, hs, exp, f, tags)
    if hs == "legal_hold" and (f["status"] or "").strip().lower() == "disputed":
        # the underlying class of a Disputed invoice is likely_dispute, never a routine reminder
        assert exp["outcome"] == [HT, LD], (cid, exp)
    cls = exp["class"]
    if cls in HARD_CLASSES:
        assert len(exp["route"]) == 1 and len(exp["outcome"]) == 1, cid
    text = " ".join(e["body"] + " " + e["subject"] for e in case["emails"]) + " " + \
        " ".join(n["text"] for n in case["crm_notes"]) + " " + case["customer"]["Notes"]
    # legal words appear exactly where a legal hold is labelled
    assert bool(LEGAL_WORDS.search(text)) == ("legal" in tags), (cid, LEGAL_WORDS.search(text))
    if cls == "complaint":
        assert not DISPUTE_WORDS.search(text), (cid, DISPUTE_WORDS.search(text))
        assert f["balance"] > 0 and f["home"] < THRESHOLD and f["credit"] < f["balance"] and f["address"]
    if cls == "paid_claim":
        assert f["balance"] > 0 and not f["three"]
    if cls == "promise":
        assert f["promise_ahead"] and f["dpd"] < 60 and not f["three"], cid
    if cls == "hardship":
        assert f["dpd"] < 60 and not f["reminded"] and not meta["promise_day"], cid
        assert not re.search(r"\b(\d{1,2}(st|nd|rd|th)|monday|tuesday|wednesday|thursday|friday|"
                             r"january|december|next week|next month)\b", text, re.I), cid
    if meta["promise_day"] is not None:
        as_of = D.fromisoformat(case["as_of"])
        pstr = meta["promise_str"][0]
        assert pstr in text, (cid, pstr)
        src_days = [day_of(e["date"]) for e in case["emails"] if pstr in e["body"] or pstr in e["subject"]]
        src_days += [day_of(n["date"]) for n in case["crm_notes"] if pstr in n["text"]]
        assert all(meta["promise_day"] > d_ for d_ in src_days), cid
        if re.fullmatch(r"\d\d[/.]\d\d[/.]\d{4}", pstr):
            assert meta["promise_day"].day > 12, (cid, pstr)
        if meta["promise_day"] > as_of:
            assert meta["promise_day"].weekday() < 5, cid
    return f


# ------------------------------------------------------------------ format and links
TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos",
       "emails", "crm_notes", "reminders_sent"}


def wellformed(case, exp):
    cid = case["id"]
    assert set(case) == TOP, (cid, set(case) ^ TOP)
    D.fromisoformat(case["as_of"])
    cust = case["customer"]
    for k in ("Id", "DisplayName", "CurrencyRef", "PrimaryEmailAddr", "Notes", "Active"):
        assert k in cust, (cid, k)
    allinv = [case["invoice"]] + case["invoices"]
    by_id = {i["Id"]: i for i in allinv}
    assert len(by_id) == len(allinv), cid
    pays = {p["Id"]: p for p in case["payments"]}
    for inv in allinv:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef", "Line",
                  "LinkedTxn", "CustomField", "BillEmail"):
            assert k in inv, (cid, k)
        assert inv["CustomerRef"]["value"] == cust["Id"], cid
        assert inv["CurrencyRef"]["value"] == cust["CurrencyRef"]["value"], cid
        paid = 0.0
        for p in case["payments"]:
            for ln in p["Line"]:
                for t in ln["LinkedTxn"]:
                    if t["TxnType"] == "Invoice" and t["TxnId"] == inv["Id"]:
                        paid += ln["Amount"]
                        assert {"TxnId": p["Id"], "TxnType": "Payment"} in inv["LinkedTxn"], cid
        for t in inv["LinkedTxn"]:
            assert t["TxnType"] == "Payment" and t["TxnId"] in pays, cid
            assert any(x["TxnId"] == inv["Id"] for ln in pays[t["TxnId"]]["Line"] for x in ln["LinkedTxn"]), cid
        assert abs(inv["TotalAmt"] - paid - inv["Balance"]) < 0.005, (cid, inv["Id"])
        assert abs(sum(ln["Amount"] for ln in inv["Line"] if ln["DetailType"] == "SalesItemLineDetail")
                   - inv["TotalAmt"]) < 0.005, cid
        if inv["CurrencyRef"]["value"] != case["home_currency"]:
            assert "ExchangeRate" in inv, cid
            if "HomeBalance" in inv:
                assert abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) < 0.005, cid
        else:
            assert "ExchangeRate" not in inv and "HomeBalance" not in inv, cid
        if "DueDate" in inv:
            assert D.fromisoformat(inv["DueDate"]) >= D.fromisoformat(inv["TxnDate"]), cid
    for p in case["payments"]:
        for k in ("Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef"):
            assert k in p, (cid, k)
        assert p["CustomerRef"]["value"] == cust["Id"], cid
        applied = sum(ln["Amount"] for ln in p["Line"])
        assert abs(p["TotalAmt"] - applied - p["UnappliedAmt"]) < 0.005, cid
        assert D.fromisoformat(p["TxnDate"]) <= D.fromisoformat(case["as_of"]), cid
    for c in case["credit_memos"]:
        for k in ("Id", "Balance", "TotalAmt", "TxnDate", "CustomerRef"):
            assert k in c, (cid, k)
        assert c["CustomerRef"]["value"] == cust["Id"], cid
    for e in case["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"}, cid
        assert day_of(e["date"]) <= D.fromisoformat(case["as_of"]), cid
        assert "{" + "P_" not in e["body"] and "{inv}" not in e["body"], cid
    for n in case["crm_notes"]:
        assert set(n) == {"author", "date", "text"}, cid
        assert day_of(n["date"]) <= D.fromisoformat(case["as_of"]), cid
    seen = set()
    for r in case["reminders_sent"]:
        assert set(r) == {"date", "stage"} and r["stage"] in STAGES and r["stage"] not in seen, cid
        seen.add(r["stage"])
        assert day_of(r["date"]) < D.fromisoformat(case["as_of"]), cid
        if case["invoice"].get("DueDate"):
            dpd_then = (day_of(r["date"]) - D.fromisoformat(case["invoice"]["DueDate"])).days
            assert dpd_then >= r["stage"], cid
    assert set(exp) == {"class", "hard_stop", "id", "outcome", "route"} and exp["id"] == cid
    assert exp["route"] and exp["outcome"]
    assert all(r in (DRAFT, ESC, NONE) for r in exp["route"])
    assert all(o in (RR, LD, PP, HT, NA) for o in exp["outcome"])


# ------------------------------------------------------------------ the set
def build():
    b = Builder()
    rng = b.rng
    C = T.PINS

    def pin(name, i):
        return C[(name, i)]

    # complaints: 22, two at >= 60 days (dispute outranks escalation)
    modes = ["none", "earlier", "current"] * 8
    rng.shuffle(modes)
    for i in range(22):
        if i in (5, 14):
            b.add("complaint", "dispute", pin("COMPLAINTS", i), [("COMPLAINTS", i, None, False)],
                  dpd=rng.randint(62, 95), rem=[30, 60] if i == 5 else [60])
            continue
        m = modes[i]
        b.add("complaint", "dispute", pin("COMPLAINTS", i), [("COMPLAINTS", i, None, m == "current")],
              lo=2, hi=56, rem=m, partials=[round(rng.uniform(100, 300), 2)] if i % 7 == 3 else ())
    # paid claims: 22, about 2 in 3 after the current stage's reminder
    after = [True] * 15 + [False] * 7
    rng.shuffle(after)
    for i in range(22):
        a = after[i]
        b.add("paid_claim", "dispute", pin("PAID_CLAIMS", i), [("PAID_CLAIMS", i, None, a)],
              lo=3, hi=55, rem="current" if a else rng.choice(["none", "earlier"]))
    # promises: 22, all dated after as_of, half with the current stage not yet reminded
    rem_now = [True] * 11 + [False] * 11
    rng.shuffle(rem_now)
    for i in range(22):
        r = rem_now[i]
        b.add("promise", "gate", pin("PROMISES", i), [("PROMISES", i, None, r)], lo=2, hi=52,
              rem="current" if r else rng.choice(["none", "earlier"]), promise="ahead")
    # hardship / more time: 22, undated, < 60 days, current stage never reminded
    for i in range(22):
        b.add("hardship", "plan", pin("HARDSHIP", i), [("HARDSHIP", i, None, False)], lo=2, hi=56,
              rem=rng.choice(["none", "earlier", "earlier"]),
              partials=[round(rng.uniform(150, 400), 2)] if i % 6 == 2 else ())

    # mixed hard negatives: 28
    M = "MIXED_MSGS"
    b.add("mixed", "routine_or_person", pin(M, 0), [(M, 0, None, False)], lo=8, hi=28, rem="earlier",
          tags={"negated"})
    b.add("mixed", "routine_or_person", pin(M, 1), [(M, 1, None, False)], lo=3, hi=25, rem="none",
          tags={"hypothetical"})
    b.add("mixed", "routine_or_person", pin(M, 2), [(M, 2, 6, False), (M, 3, 4, False)], dpd=20, rem=[7],
          tags={"retracted"})
    b.add("mixed", "routine_or_person", pin(M, 4), [(M, 4, 12, False), (M, 5, 3, False)], dpd=24, rem=[7],
          tags={"resolved"})
    b.add("mixed", "routine_or_person", pin(M, 6), [(M, 6, 2, False)], dpd=35, rem=[14], tags={"resolved"})
    b.add("mixed", "routine", pin(M, 7), [(M, 7, 10, False)], dpd=21, rem=[7], promise="past",
          tags={"promise", "expired"})
    b.add("mixed", "paid_then_promise", pin(M, 8), [(M, 8, 5, False), (M, 9, 2, False)], dpd=17, rem=[7],
          promise="ahead", tags={"promise", "corrected"})
    b.add("mixed", "gate", pin(M, 10), [(M, 10, 1, False)], dpd=10, rem=[1], promise="ahead",
          tags={"promise", "no_plan"})
    b.add("mixed", "gate", pin(M, 11), [(M, 11, None, True)], dpd=19, rem=[7, 14], tags={"plan", "after_reminder"})
    b.add("mixed", "high", pin(M, 12), [(M, 12, 2, False)], dpd=67, rem=[30, 60], promise="ahead",
          tags={"promise", "over_60"})
    b.add("mixed", "high", pin(M, 13), [(M, 13, 3, False)], dpd=74, rem=[60], tags={"plan", "over_60"})
    b.add("mixed", "need_until", pin(M, 14), [(M, 14, 1, False)], dpd=12, rem=[1], promise="ahead",
          tags={"promise", "plan"})
    b.add("mixed", "undated_run", pin(M, 15), [(M, 15, 2, False)], dpd=16, rem=[7], tags={"undated"})
    b.add("mixed", "promise_stop", pin(M, 16), [(M, 16, 1, False)], dpd=22, rem=[1, 7, 14], promise="ahead",
          tags={"promise", "stop_reminders"})
    b.add("mixed", "instalments", pin(M, 17), [(M, 17, 2, False)], dpd=33, rem=[14], promise="ahead",
          tags={"promise", "plan"})
    b.add("mixed", "routine_or_person", pin(M, 18), [(M, 18, 1, False)], dpd=9, rem=[1], tags={"not_paid"})
    b.add("mixed", "gate", pin(M, 19), [(M, 19, 2, False)], dpd=11, rem=[], promise="ahead",
          tags={"promise", "privileged_footer"})
    b.add("mixed", "collector_email", pin(M, 20), [], dpd=18, rem=[7], collector_msgs=[(M, 20, 3)],
          tags={"collector"})
    b.add("mixed", "routine_or_person", pin(M, 21), [(M, 21, 4, False)], dpd=36, rem=[1, 7, 14],
          tags={"three_broken_email"})
    b.add("mixed", "not_due_complaint", pin(M, 22), [(M, 22, 2, False)], dpd=-4, rem=[],
          tags={"contest", "not_due"})
    b.add("mixed", "routine_or_person", "mtl-pharma", [], dpd=27, rem=[7],
          notes=[("dispute_then", 15), ("dispute_resolved", 6)], tags={"dispute_resolved"})
    b.add("mixed", "routine", "mtl-eng", [], dpd=34, rem=[1, 7, 14], partials=[420.00],
          tags={"three_broken_payment"})
    b.add("mixed", "plan", "phx-hotel", [], dpd=26, rem=[7], partials=[500.00, 750.00], tags={"two_partials"})
    b.add("mixed", "gate", "sgp-med", [], dpd=20, rem=[14], partials=[300.00, 450.00],
          tags={"two_partials", "reminded"})
    b.add("mixed", "routine", "mtl-museum", [], dpd=15, rem=[7], status="Reminded", tags={"status"})
    b.add("mixed", "routine", "phx-nogales", [], dpd=13, rem=[1], bal=148000.0, rate=0.0551,
          home_balance=True, tags={"mxn_over_10k_home_under"})
    b.add("mixed", "routine", "sgp-robot", [], dpd=9, rem=[1], unapplied=180.00, tags={"credit_short"})
    b.add("mixed", "phoned_promise", "phx-hmo", [], dpd=18, rem=[7], notes=[("phoned_promise", 2)],
          promise="ahead", tags={"promise", "phoned"})

    # hard stops: 16
    b.add("hard_stop", "legal_hold", pin("LEGAL_MSGS", 0), [("LEGAL_MSGS", 0, 3, False)], dpd=25, rem=[14])
    b.add("hard_stop", "legal_hold", pin("LEGAL_MSGS", 1), [("LEGAL_MSGS", 1, 2, False)], dpd=40, rem=[30])
    b.add("hard_stop", "legal_hold", "phx-cold", [], dpd=33, rem=[14, 30], notes=[("chapter11", 4)],
          tags={"legal"})
    b.add("hard_stop", "legal_hold_disputed", "mtl-liege", [], dpd=19, rem=[7], notes=[("lawyer", 2)],
          status="Disputed", tags={"legal"})
    b.add("hard_stop", "open_dispute", "phx-hotel", [], dpd=15, rem=[], status="Disputed")
    b.add("hard_stop", "open_dispute_over", "sgp-pg", [], dpd=22, rem=[14], status="DISPUTED", bal=8100.00,
          rate=1.34, home_balance=True)
    b.add("hard_stop", "open_dispute", "phx-groc", [], dpd=12, rem=[7], notes=[("dispute_open", 5)],
          tags={"dispute_note"})
    b.add("hard_stop", "open_dispute", "sgp-pg", [], dpd=31, rem=[14], notes=[("dispute_open2", 12),
                                                                                ("unrelated", 3)],
          tags={"dispute_note"})
    b.add("hard_stop", "over_risk", "sgp-bn", [], dpd=18, rem=[7], bal=7600.00, rate=1.342, home_balance=False)
    b.add("hard_stop", "over_risk", pin("HARD_MSGS", 1), [("HARD_MSGS", 1, 1, False)], dpd=16, rem=[7],
          bal=14200.00, promise="ahead", tags={"promise"})
    b.add("hard_stop", "over_risk", "mtl-brux", [], dpd=10, rem=[7], bal=7000.00, rate=1.52,
          home_balance=True, unapplied=7000.00)
    b.add("hard_stop", "unapplied", "phx-rest", [], dpd=9, rem=[7], bal=1865.40, unapplied=1865.40)
    b.add("hard_stop", "unapplied", "mtl-pharma", [], dpd=20, rem=[14], bal=1350.00, unapplied=500.00,
          cms=[900.00])
    b.add("hard_stop", "unapplied", pin("HARD_MSGS", 0), [("HARD_MSGS", 0, 1, False)], dpd=12, rem=[7],
          bal=2740.00, unapplied=2740.00, no_address=True, tags={"contest"})
    b.add("hard_stop", "missing", "phx-school", [], dpd=16, rem=[], no_address=True)
    b.add("hard_stop", "missing", "sgp-robot", [], dpd=20, rem=[], no_due=True)

    # escalations: 5
    b.add("escalation", "high", "mtl-toronto", [], dpd=64, rem=[30, 60])
    b.add("escalation", "high", "phx-obr", [], dpd=122, rem=[60])
    b.add("escalation", "high", "sgp-kl", [], dpd=21, rem=[1, 7, 14], history=1)
    b.add("escalation", "high", "mtl-lyon", [], dpd=11, rem=[], cust_notes=T.NO_AUTO_CUSTOMER_NOTE,
          tags={"no_auto"})
    b.add("escalation", "high", "phx-groc", [], dpd=8, rem=[], notes=[("no_auto_note", 30)], tags={"no_auto"})

    # routine: 10 (no message, an old harmless one, one partial payment)
    for key, d, r in (("mtl-game", 4, []), ("mtl-bdx", 9, [1]), ("phx-dc", 17, [7]), ("phx-hmo", 31, [14]),
                      ("sgp-bd", 8, [1]), ("sgp-ems", 45, [14])):
        b.add("routine", "routine", key, [], dpd=d, rem=r)
    b.add("routine", "routine", pin("OLD_BENIGN", 0), [("OLD_BENIGN", 0, 70, False)], dpd=22, rem=[7])
    b.add("routine", "routine", pin("OLD_BENIGN", 1), [("OLD_BENIGN", 1, 40, False)], dpd=5, rem=[])
    b.add("routine", "routine", pin("OLD_BENIGN", 2), [("OLD_BENIGN", 2, 55, False)], dpd=16, rem=[1, 7])
    b.add("routine", "routine", "sgp-bn", [], dpd=12, rem=[1], partials=[1250.00])

    # benign recent replies: 5
    for i, (d, r) in enumerate(((10, [1]), (19, [7]), (3, []), (33, [14]), (8, [1]))):
        b.add("benign", "routine_or_person", pin("BENIGN", i), [("BENIGN", i, None, False)], dpd=d, rem=r)
    # unread: 5 (auto-replies to our reminder)
    for i, (d, r) in enumerate(((9, [1]), (16, [7]), (24, [7]), (8, [1]), (38, [14]))):
        b.add("unread", "routine_or_person", pin("UNREAD", i), [("UNREAD", i, None, False)], dpd=d, rem=r)
    # nothing to do: 4
    b.add("no_action", "gate", "mtl-toronto", [], dpd=12, rem=[], paid=True)
    b.add("no_action", "gate", "phx-cold", [], dpd=20, rem=[], voided=True)
    b.add("no_action", "gate", "sgp-robot", [], dpd=-6, rem=[])
    b.add("no_action", "gate", "phx-school", [], dpd=18, rem=[7, 14])
    # injections: 4
    for i, (d, r) in enumerate(((14, [7]), (20, [14]), (6, [1]), (31, [30]))):
        b.add("injection", "injection", pin("INJECTIONS", i), [("INJECTIONS", i, None, False)], dpd=d, rem=r)
    # another invoice: 4
    for i, (d, r) in enumerate(((11, [1]), (23, [7]), (8, []), (17, [7]))):
        b.add("other_invoice", "routine_or_person", pin("OTHER_INVOICE", i), [("OTHER_INVOICE", i, None, False)],
              dpd=d, rem=r, other_open=True)

    # every text is used
    every = {(name, i) for name, lst in LISTS.items() for i in range(len(lst))}
    assert b.used == every, sorted(every - b.used)
    assert set(T.PINS) <= every
    return b


def main():
    b = build()
    for case, exp, meta in zip(b.cases, b.expected, b.meta):
        wellformed(case, exp)
        check(case, exp, meta)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for case in b.cases:
            fh.write(json.dumps(case, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for exp in b.expected:
            fh.write(json.dumps(exp, ensure_ascii=False, sort_keys=True) + "\n")
    mix = {}
    for exp in b.expected:
        mix[exp["class"]] = mix.get(exp["class"], 0) + 1
    alts = sum(1 for e in b.expected if len(e["route"]) > 1 or len(e["outcome"]) > 1)
    print(f"{len(b.cases)} cases, {alts} with an alternative: " +
          ", ".join(f"{k} {v}" for k, v in sorted(mix.items())))


if __name__ == "__main__":
    main()

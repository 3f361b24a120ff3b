#!/usr/bin/env python3
"""Builds the testd held-out judge set: cases.jsonl and expected.jsonl (stdlib only, fixed seed).

    python3 tests/data/judge_cases/testd/build.py

Every case is built from a hand-written text (texts.py) and a scaffold; each carries a label and
the *meaning* of its texts (intents: contest, plan, promise, legal, ...). check() re-derives the
SPEC decision from the built scaffold plus those intents and refuses to write a case whose
scaffold contradicts its label.
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

SEED = 20261203
PREFIX = "td"
STAGES = [1, 7, 14, 30, 60]
RNG = random.Random(SEED)

CUR_NAMES = {
    "CHF": "Swiss Franc", "EUR": "Euro", "GBP": "British Pound Sterling", "USD": "United States Dollar",
    "JPY": "Japanese Yen", "AUD": "Australian Dollar", "NZD": "New Zealand Dollar",
}
WORLDS = {
    "tr": {
        "our": "Polyglot Atelier SA", "dom": "polyglot-atelier.example", "name": "Léa", "home": "CHF",
        "tz": "+01:00", "prefix": "PA-26-", "terms": 30,
        "rates": {"CHF": None, "EUR": 0.9352, "GBP": 1.1248, "USD": 0.8011, "JPY": 0.005382},
        "ranges": {"CHF": (650, 8200), "EUR": (480, 7400), "GBP": (390, 6100), "USD": (520, 8800),
                   "JPY": (85000, 1250000)},
        "items": [("Translation DE>EN", "Translation"), ("Certified translation FR>DE", "Translation"),
                  ("Simultaneous interpreting, 1 day", "Interpreting"), ("Subtitling, 52 min", "Subtitling"),
                  ("Proofreading and terminology review", "Proofreading"), ("Localisation IT>JA", "Translation")],
        "customers": [
            ("Verlag Sonnenberg GmbH", "sonnenberg-verlag.example", "EUR", "buchhaltung"),
            ("Cinefilo Distribuzione Srl", "cinefilo.example", "EUR", "amministrazione"),
            ("Kessler Medtech AG", "kessler-medtech.example", "CHF", "kreditoren"),
            ("Helvetia Chronometrie SA", "helvetia-chrono.example", "CHF", "comptabilite"),
            ("Festival des Lumières Lausanne", "festival-lumieres.example", "CHF", "admin"),
            ("Musée de l'Horlogerie de la Vallée", "musee-horlogerie.example", "CHF", "direction"),
            ("Mori Trading KK", "mori-trading.example", "JPY", "keiri"),
            ("Sato Pharmaceutical Co., Ltd.", "sato-pharma.example", "JPY", "accounting"),
            ("Brightwell Games Ltd", "brightwell-games.example", "GBP", "finance"),
            ("Pike & Okafor Publishing Ltd", "pikeokafor.example", "GBP", "accounts"),
            ("Northfield Biologics Inc.", "northfield-bio.example", "USD", "ap"),
            ("Cascade Outdoor Gear LLC", "cascade-outdoor.example", "USD", "payables"),
        ],
    },
    "sc": {
        "our": "Ridgeline Scaffold Hire Pty Ltd", "dom": "ridgelinescaffold.example", "name": "Kirsty",
        "home": "AUD", "tz": "+11:00", "prefix": "RSH", "terms": 14,
        "rates": {"AUD": None, "NZD": 0.8934},
        "ranges": {"AUD": (880, 8900), "NZD": (1150, 9400)},
        "items": [("Scaffold hire, weeks 1-4", "Hire"), ("Erect and dismantle", "Labour"),
                  ("Edge protection hire", "Hire"), ("Mobile tower hire", "Hire"),
                  ("Variation works, labour hours", "Labour"), ("Cartage", "Cartage")],
        "customers": [
            ("Harbourline Constructions Pty Ltd", "harbourline.example", "AUD", "accounts"),
            ("Northgate Developments", "northgate-dev.example", "AUD", "ap"),
            ("Tran Painting", "tranpainting.example", "AUD", "office"),
            ("Summit Roofing Pty Ltd", "summitroofing.example", "AUD", "admin"),
            ("Bayside Strata Services", "bayside-strata.example", "AUD", "accounts"),
            ("Malouf Building Group", "maloufbuild.example", "AUD", "payables"),
            ("Coastline Renovations", "coastline-reno.example", "AUD", "info"),
            ("Te Awa Builders Ltd", "teawa-builders.example", "NZD", "accounts"),
            ("Kauri Ridge Homes", "kauriridge.example", "NZD", "office"),
        ],
    },
    "un": {
        "our": "Hollybrook Schoolwear Ltd", "dom": "hollybrook-schoolwear.example", "name": "Ciara",
        "home": "EUR", "tz": "+00:00", "prefix": "HS", "terms": 30,
        "rates": {"EUR": None, "GBP": 1.1671},
        "ranges": {"EUR": (260, 6400), "GBP": (240, 5200)},
        "items": [("Blazers with embroidered crest", "Blazers"), ("V-neck jumpers", "Knitwear"),
                  ("PE tops and shorts", "Sportswear"), ("Polo shirts with crest", "Shirts"),
                  ("Leavers' hoodies, printed", "Sportswear"), ("Club kit bags", "Sportswear")],
        "customers": [
            ("Scoil Bhríde National School", "scoilbhride.example", "EUR", "office"),
            ("St Mary's College Naas", "stmarysnaas.example", "EUR", "bursar"),
            ("Clongowes Road Educate Together NS", "cret-school.example", "EUR", "admin"),
            ("Kildare Town Harriers", "kildareharriers.example", "EUR", "treasurer"),
            ("Gaelscoil na Life PTA", "gaelscoilnalife.example", "EUR", "pta"),
            ("Newbridge Uniform Shop", "newbridge-uniforms.example", "EUR", "shop"),
            ("St Columb's Grammar", "stcolumbs.example", "GBP", "finance"),
            ("Antrim Rovers AFC", "antrimrovers.example", "GBP", "secretary"),
            ("Crawford's Outfitters", "crawfords.example", "GBP", "accounts"),
        ],
    },
}
# a company named in a text must be the customer of that case
CUST_HINTS = {
    "Tran Painting": "Tran Painting", "Te Awa": "Te Awa Builders Ltd", "Harbourline": "Harbourline Constructions Pty Ltd",
    "Northgate": "Northgate Developments", "Summit Roofing": "Summit Roofing Pty Ltd", "Malouf": "Malouf Building Group",
    "Kildare Town Harriers": "Kildare Town Harriers", "Antrim Rovers": "Antrim Rovers AFC",
    "St Columb's": "St Columb's Grammar", "Crawford's": "Crawford's Outfitters", "Claudia Frei": "Kessler Medtech AG",
}
# otherwise a text that says what kind of customer wrote it picks from the fitting ones
HINT_POOLS = [
    ("parents association", ["Gaelscoil na Life PTA"]), ("PTA", ["Gaelscoil na Life PTA"]),
    ("uniform shop", ["Newbridge Uniform Shop"]),
    ("school", ["Scoil Bhríde National School", "St Mary's College Naas", "Clongowes Road Educate Together NS",
                "St Columb's Grammar"]),
    ("Bursar", ["Scoil Bhríde National School", "St Mary's College Naas", "Clongowes Road Educate Together NS",
                "St Columb's Grammar"]),
    ("Principal", ["Scoil Bhríde National School", "St Mary's College Naas", "Clongowes Road Educate Together NS"]),
    ("Board of Management", ["Scoil Bhríde National School", "St Mary's College Naas"]),
    ("museum", ["Musée de l'Horlogerie de la Vallée"]), ("funding for our festival", ["Festival des Lumières Lausanne"]),
    ("Swissmedic", ["Kessler Medtech AG"]), ("book fair", ["Verlag Sonnenberg GmbH"]),
    ("documentary", ["Cinefilo Distribuzione Srl"]), ("subtitles", ["Cinefilo Distribuzione Srl"]),
]

ROUTE = {
    "draft": ["draft_for_approval"], "esc": ["escalate_to_human"], "none": ["none"],
    "draft|esc": ["draft_for_approval", "escalate_to_human"], "none|esc": ["none", "escalate_to_human"],
    "none|draft": ["none", "draft_for_approval"],
}


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(x: dt.date, kind: str) -> str:
    return {
        "iso": x.isoformat(), "dmy": x.strftime("%d/%m/%Y"), "dot": x.strftime("%d.%m.%Y"),
        "long": f"{x.day} {x.strftime('%B')}", "us": f"{x.strftime('%B')} {ordinal(x.day)}",
        "ord": f"the {ordinal(x.day)}", "wd": x.strftime("%A"), "short": f"{x.day} {x.strftime('%b')}",
        "jp": x.strftime("%Y/%m/%d"), "mdy": x.strftime("%m/%d/%Y"),
    }[kind]


def money(cur: str, amt: float) -> str:
    if cur == "JPY":
        return f"JPY {amt:,.0f}"
    sym = {"EUR": "EUR ", "GBP": "£", "AUD": "$", "NZD": "NZ$", "USD": "US$", "CHF": "CHF "}[cur]
    return f"{sym}{amt:,.2f}"


def stage_of(dpd: int) -> int | None:
    reached = [s for s in STAGES if s <= dpd]
    return max(reached) if reached else None


class Builder:
    def __init__(self) -> None:
        self.n = 0
        self.cases: list[dict] = []
        self.expected: list[dict] = []
        self.metas: list[dict] = []
        self.next_id = 4100
        self.cust_ids: dict[str, str] = {}
        self.doc_seq = {"tr": 1180, "sc": 20310, "un": 5520}

    def ts(self, w: str, day: dt.date, hour: int = 10) -> str:
        return f"{day.isoformat()}T{hour:02d}:{RNG.choice(['05', '15', '32', '47'])}:00{WORLDS[w]['tz']}"

    def doc(self, w: str) -> str:
        self.doc_seq[w] += RNG.randint(3, 40)
        return f"{WORLDS[w]['prefix']}{self.doc_seq[w]}"

    def iid(self) -> str:
        self.next_id += RNG.randint(1, 9)
        return str(self.next_id)

    def pick_customer(self, w: str, cur: str | None, text: str) -> tuple:
        for hint, company in CUST_HINTS.items():
            if hint in text:
                for c in WORLDS[w]["customers"]:
                    if c[0] == company:
                        return c
        for key, names in HINT_POOLS:
            if key in text:
                fit = [c for c in WORLDS[w]["customers"] if c[0] in names and (cur is None or c[2] == cur)]
                if fit:
                    return RNG.choice(fit)
        pool = [c for c in WORLDS[w]["customers"] if cur is None or c[2] == cur]
        return RNG.choice(pool)

    def invoice(self, w: str, cust: tuple, cid: str, total: float, balance: float, due: dt.date | None,
                txn: dt.date, *, bill_email: bool = True, cf: str | None = None, home_balance: bool = True,
                doc: str | None = None, linked: list[str] | None = None) -> dict:
        world, cur = WORLDS[w], cust[2]
        item, item_name = RNG.choice(world["items"])
        inv: dict = {
            "Balance": balance,
            "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
            "CustomField": [],
            "CustomerRef": {"name": cust[0], "value": cid},
            "DocNumber": doc or self.doc(w),
            "EmailStatus": "EmailSent",
            "Id": self.iid(),
            "Line": [
                {"Amount": total, "Description": item, "DetailType": "SalesItemLineDetail", "Id": "1",
                 "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": item_name, "value": str(10 + world["items"].index((item, item_name)))},
                                                       "Qty": 1, "UnitPrice": total}},
                {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
            ],
            "LinkedTxn": [{"TxnId": p, "TxnType": "Payment"} for p in (linked or [])],
            "MetaData": {"CreateTime": f"{txn.isoformat()}T09:00:00{world['tz']}",
                         "LastUpdatedTime": f"{txn.isoformat()}T09:00:00{world['tz']}"},
            "PrintStatus": "NotSet",
            "PrivateNote": "",
            "SalesTermRef": {"value": "3" if world["terms"] == 30 else "2"},
            "SyncToken": str(RNG.randint(0, 3)),
            "TotalAmt": total,
            "TxnDate": txn.isoformat(),
        }
        if due is not None:
            inv["DueDate"] = due.isoformat()
        if bill_email:
            inv["BillEmail"] = {"Address": f"{cust[3]}@{cust[1]}"}
        rate = world["rates"][cur]
        if rate is not None:
            inv["ExchangeRate"] = rate
            inv["HomeTotalAmt"] = round(total * rate, 2)
            if home_balance:
                inv["HomeBalance"] = round(balance * rate, 2)
        if cf is not None:
            inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": cf,
                                   "Type": "StringType"}]
        return inv

    def payment(self, cust: tuple, cid: str, w: str, day: dt.date, amount: float, inv_id: str | None,
                unapplied: float = 0.0) -> dict:
        lines = [] if inv_id is None else [{"Amount": amount, "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}]}]
        stamp = f"{day.isoformat()}T11:20:00{WORLDS[w]['tz']}"
        return {"CurrencyRef": {"name": CUR_NAMES[cust[2]], "value": cust[2]},
                "CustomerRef": {"name": cust[0], "value": cid}, "Id": self.iid(), "Line": lines,
                "MetaData": {"CreateTime": stamp, "LastUpdatedTime": stamp}, "SyncToken": "0",
                "TotalAmt": round(amount + unapplied, 2), "TxnDate": day.isoformat(), "UnappliedAmt": unapplied}

    def credit_memo(self, cust: tuple, cid: str, w: str, day: dt.date, amount: float) -> dict:
        stamp = f"{day.isoformat()}T12:00:00{WORLDS[w]['tz']}"
        return {"Balance": amount, "CurrencyRef": {"name": CUR_NAMES[cust[2]], "value": cust[2]},
                "CustomerRef": {"name": cust[0], "value": cid}, "DocNumber": f"CM-{RNG.randint(100, 999)}",
                "Id": self.iid(),
                "Line": [{"Amount": amount, "Description": "Credit for returned goods", "DetailType": "SalesItemLineDetail",
                          "Id": "1", "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": "Credit", "value": "90"}, "Qty": 1, "UnitPrice": amount}},
                         {"Amount": amount, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
                "MetaData": {"CreateTime": stamp, "LastUpdatedTime": stamp}, "RemainingCredit": amount,
                "SyncToken": "0", "TotalAmt": amount, "TxnDate": day.isoformat()}

    # ------------------------------------------------------------------ one case
    def add(self, cls: str, label: tuple, *, w: str, texts: list[dict] | None = None, cur: str | None = None,
            dpd: int | tuple = (3, 50), rem: str | list[int] = "any", intents: tuple = (),
            notes: list[str] | None = None, cust_notes: str = "", cf: str | None = None,
            bill_email: bool = True, cust_email: bool = True, no_due: bool = False, zero_balance: bool = False,
            amount: float | None = None, home_balance: bool = True, partials: int = 0, unapplied: float = 0.0,
            credit: float = 0.0, other_open: bool = False, other_paid_recent: bool = False,
            email_lag: tuple = (0, 4), history: int | None = None, promise_kind: str | None = None,
            expired: bool = False, email_gap_after_rem: bool = True) -> None:
        texts = texts or []
        world = WORLDS[w]
        self.n += 1
        cid_str = f"{PREFIX}-{self.n:04d}"
        as_of = dt.date(2026, 11, 16) + dt.timedelta(days=RNG.randint(0, 17))
        want_cur = cur or next((t["cur"] for t in texts if t.get("cur")), None)
        joined = " ".join(t["b"] + t["s"] for t in texts)
        cust = self.pick_customer(w, want_cur, joined)
        ccur = cust[2]
        cid = self.cust_ids.setdefault(cust[0], str(300 + len(self.cust_ids) * 7))
        dpd_v = dpd if isinstance(dpd, int) else RNG.randint(*dpd)
        due = as_of - dt.timedelta(days=dpd_v)
        txn = due - dt.timedelta(days=world["terms"])
        lo, hi = world["ranges"][ccur]
        total = amount if amount is not None else float(round(RNG.uniform(lo, hi), 0 if ccur == "JPY" else 2))
        inv_id = self.iid()

        # partial payments applied to this invoice
        pays: list[dict] = []
        paid_part = 0.0
        for k in range(partials):
            part = float(round(total * RNG.uniform(0.12, 0.25), 0 if ccur == "JPY" else 2))
            pday = min(as_of - dt.timedelta(days=2 + 9 * (partials - k)), as_of - dt.timedelta(days=1))
            pays.append(self.payment(cust, cid, w, max(pday, txn + dt.timedelta(days=3)), part, inv_id))
            paid_part += part
        balance = 0.0 if zero_balance else round(total - paid_part, 2)
        if zero_balance:
            p = self.payment(cust, cid, w, as_of - dt.timedelta(days=RNG.randint(1, 5)), total, inv_id)
            pays.append(p)

        # reminders
        stage = stage_of(dpd_v) if not no_due else None
        prior = [s for s in STAGES if stage is not None and s < stage]
        if isinstance(rem, list):
            rstages = rem
        else:
            mode = rem
            if mode == "any":
                mode = RNG.choice(["none", "prior", "current"]) if stage else "none"
            if mode == "prior" and not prior:
                mode = "none"
            if mode == "none":
                rstages = []
            elif mode == "prior":
                rstages = sorted(RNG.sample(prior, k=min(len(prior), RNG.choice([1, 1, 2]))))
            elif mode == "current":
                extra = RNG.sample(prior, k=min(len(prior), RNG.choice([0, 1])))
                rstages = sorted(extra + [stage])
            else:
                raise ValueError(mode)
        reminders = []
        last_rem = None
        for s in rstages:
            rday = due + dt.timedelta(days=s + RNG.choice([0, 0, 1]))
            if rday >= as_of:
                rday = due + dt.timedelta(days=s)
            reminders.append({"date": self.ts(w, rday, 8), "stage": s})
            last_rem = rday

        # dates the texts talk about
        lag = RNG.randint(*email_lag)
        email_day = as_of - dt.timedelta(days=lag)
        if last_rem is not None and email_gap_after_rem and email_day < last_rem:
            email_day = last_rem
        floor = txn + dt.timedelta(days=2)
        email_day = max(email_day, floor)
        pd_day = None
        uses = joined + "".join(notes or [])
        m = re.search(r"\{pd_(\w+)\}", uses)
        opt = {}
        for t in texts:
            opt.update(t.get("opt", {}))
        if m:
            kind = m.group(1)
            if kind == "wd":
                gap = as_of - email_day
                k = RNG.randint(gap.days + 1, 6)
                pd_day = email_day + dt.timedelta(days=k)
            elif "pd_days" in opt:
                x = as_of + dt.timedelta(days=2)
                while True:
                    last = calendar.monthrange(x.year, x.month)[1]
                    if x.day in opt["pd_days"] or ("end" in opt["pd_days"] and x.day == last) or \
                            (30 in opt["pd_days"] and x.month == 2 and x.day == last):
                        break
                    x += dt.timedelta(days=1)
                pd_day = x
            else:
                pd_day = as_of + dt.timedelta(days=RNG.randint(2, 18 if kind == "ord" else 24))
        xd_day = None
        if expired:
            # the promise was made well before as_of and its date has passed
            email_day = as_of - dt.timedelta(days=RNG.randint(9, 13))
            email_day = max(email_day, floor)
            if last_rem is not None and email_day < last_rem:
                raise ValueError(f"{cid_str}: expired promise must follow the reminders")
            xd_day = email_day + dt.timedelta(days=RNG.randint(3, 5))
        paid_day = email_day - dt.timedelta(days=RNG.randint(2, 5))
        other_doc = self.doc(w)

        fill = {"doc": "", "bal": money(ccur, balance), "total": money(ccur, total), "name": world["name"],
                "cust": cust[0], "our": world["our"], "ref": str(RNG.randint(10000, 99999)),
                "other_doc": other_doc, "dom": cust[1]}
        for kind in ("iso", "dmy", "dot", "long", "us", "ord", "wd", "short", "jp", "mdy"):
            if pd_day:
                fill[f"pd_{kind}"] = fmt_date(pd_day, kind)
            if xd_day:
                fill[f"xd_{kind}"] = fmt_date(xd_day, kind)
            fill[f"paid_{kind}"] = fmt_date(paid_day, kind)

        inv = self.invoice(w, cust, cid, total, balance, None if no_due else due, txn, bill_email=bill_email, cf=cf,
                           home_balance=home_balance, linked=[p["Id"] for p in pays])
        inv["Id"] = inv_id
        fill["doc"] = inv["DocNumber"]

        emails = []
        step = 0
        for t in texts:
            day = email_day + dt.timedelta(days=step)
            if day > as_of:
                day = as_of
            o = t.get("opt", {})
            customer_addr = f"{cust[3]}@{cust[1]}"
            ours = f"accounts@{world['dom']}"
            if o.get("from_us") == "collector":
                frm, to = ours, customer_addr
            elif o.get("from_us") == "postmaster":
                frm, to = f"postmaster@{world['dom']}", ours
            else:
                frm, to = customer_addr, ours
            emails.append({"body": t["b"].format(**fill), "date": self.ts(w, day, 9 + step),
                           "from": frm, "subject": t["s"].format(**fill), "to": to})
            step += 1 if len(texts) > 1 else 0
        crm = []
        for j, n in enumerate(notes or []):
            nday = min(as_of - dt.timedelta(days=1 + (len(notes or []) - 1 - j) * 4), as_of)
            crm.append({"author": RNG.choice([world["name"].lower(), "account owner", "collector"]),
                        "date": self.ts(w, max(nday, floor), 14), "text": n.format(**fill)})

        # paid history (older than this invoice, so it never counts as activity since a reminder)
        hist = []
        nh = history if history is not None else RNG.randint(0, 3)
        for k in range(nh):
            htotal = float(round(RNG.uniform(lo, hi) * 0.7, 0 if ccur == "JPY" else 2))
            hdue = txn - dt.timedelta(days=20 + 35 * k)
            hinv_id = self.iid()
            hp = self.payment(cust, cid, w, hdue - dt.timedelta(days=RNG.randint(-6, 3)), htotal, hinv_id)
            hinv = self.invoice(w, cust, cid, htotal, 0.0, hdue, hdue - dt.timedelta(days=world["terms"]), linked=[hp["Id"]])
            hinv["Id"] = hinv_id
            hist.append(hinv)
            pays.append(hp)
        if other_open or other_paid_recent:
            ototal = float(round(RNG.uniform(lo, hi) * 0.5, 0 if ccur == "JPY" else 2))
            odue = due + dt.timedelta(days=RNG.randint(3, 12))
            oid = self.iid()
            linked = []
            obal = ototal
            if other_paid_recent:
                op = self.payment(cust, cid, w, email_day - dt.timedelta(days=1), ototal, oid)
                pays.append(op)
                linked = [op["Id"]]
                obal = 0.0
            oinv = self.invoice(w, cust, cid, ototal, obal, odue, odue - dt.timedelta(days=world["terms"]),
                                doc=other_doc, linked=linked)
            oinv["Id"] = oid
            hist.append(oinv)
        cms = []
        if unapplied:
            pays.append(self.payment(cust, cid, w, as_of - dt.timedelta(days=RNG.randint(2, 9)), 0.0, None, unapplied=unapplied))
        if credit:
            cms.append(self.credit_memo(cust, cid, w, as_of - dt.timedelta(days=RNG.randint(5, 20)), credit))

        customer = {
            "Active": True, "Balance": round(balance + sum(i["Balance"] for i in hist), 2),
            "CompanyName": cust[0], "CurrencyRef": {"name": CUR_NAMES[ccur], "value": ccur},
            "DisplayName": cust[0], "Id": cid,
            "MetaData": {"CreateTime": f"2023-0{RNG.randint(1, 9)}-1{RNG.randint(0, 9)}T10:00:00{world['tz']}",
                         "LastUpdatedTime": f"{(as_of - dt.timedelta(days=30)).isoformat()}T10:00:00{world['tz']}"},
            "Notes": cust_notes, "SyncToken": str(RNG.randint(1, 6)),
        }
        if cust_email:
            customer["PrimaryEmailAddr"] = {"Address": f"{cust[3]}@{cust[1]}"}
        case = {"as_of": as_of.isoformat(), "credit_memos": cms, "crm_notes": crm, "customer": customer,
                "emails": emails, "home_currency": world["home"], "id": cid_str, "invoice": inv,
                "invoices": hist, "payments": pays, "reminders_sent": reminders}
        routes, outcomes, hs = label
        exp = {"class": cls, "hard_stop": hs, "id": cid_str, "outcome": outcomes, "route": ROUTE[routes]}
        meta = {"intents": set(intents), "promise": pd_day if "promise" in intents else None,
                "expired": xd_day, "alt_gate": bool(opt.get("alt_gate"))}
        check(case, meta, exp)
        self.cases.append(case)
        self.expected.append(exp)
        self.metas.append(meta)


# ---------------------------------------------------------------------- check
def facts(c: dict) -> dict:
    inv, as_of = c["invoice"], d(c["as_of"])
    f: dict = {"balance": inv["Balance"]}
    f["due"] = d(inv["DueDate"]) if inv.get("DueDate") else None
    f["dpd"] = (as_of - f["due"]).days if f["due"] else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else None
    f["reminded_current"] = f["stage"] is not None and any(r["stage"] == f["stage"] for r in c["reminders_sent"])
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    f["credit"] = round(sum(p.get("UnappliedAmt", 0.0) for p in c["payments"]) +
                        sum(m.get("Balance", 0.0) for m in c["credit_memos"]), 2)
    f["covered"] = f["credit"] > 0 and f["credit"] >= inv["Balance"]
    f["address"] = bool(inv.get("BillEmail", {}).get("Address") or c["customer"].get("PrimaryEmailAddr", {}).get("Address"))
    f["cf_disputed"] = any(x.get("Name") == "Collections Status" and str(x.get("StringValue", "")).lower() == "disputed"
                           for x in inv.get("CustomField", []))
    f["partials"] = sum(1 for p in c["payments"] for ln in p["Line"]
                        for lt in ln["LinkedTxn"] if lt["TxnId"] == inv["Id"] and lt["TxnType"] == "Invoice")
    rems = sorted(c["reminders_sent"], key=lambda r: r["date"])
    cust_dom = c["customer"].get("PrimaryEmailAddr", {}).get("Address", "@").split("@")[1]
    f["three_rule"] = False
    if len(rems) >= 3:
        first = rems[0]["date"][:10]
        activity = [p["TxnDate"] for p in c["payments"] if p["TxnDate"] > first]
        activity += [e["date"][:10] for e in c["emails"] if e["from"].endswith("@" + cust_dom) and e["date"][:10] >= first]
        activity += [n["date"][:10] for n in c["crm_notes"] if n["date"][:10] >= first]
        f["three_rule"] = not activity
    return f


def derive(c: dict, meta: dict) -> tuple[str, str, str | None]:
    """SPEC's decision from the structural facts plus what the texts mean (meta['intents'])."""
    f, it, as_of = facts(c), meta["intents"], d(c["as_of"])
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return ("none", "no_action", None)
    hs = None
    if "legal" in it:
        hs = "legal_hold"
    elif f["cf_disputed"] or "dispute_note" in it:
        hs = "open_dispute"
    elif f["home"] >= 10000:
        hs = "over_risk_threshold"
    elif f["covered"]:
        hs = "unapplied_credit"
    elif not f["address"] or f["due"] is None:
        hs = "missing_context"
    dpd = f["dpd"] or 0
    if "contest" in it:
        cls = "likely_dispute"
    elif dpd >= 60 or f["three_rule"] or "noauto" in it or f["home"] >= 10000 or "inject" in it:
        cls = "high_touch_escalation"
    elif "plan" in it or (f["partials"] >= 2 and f["balance"] > 0):
        cls = "payment_plan_candidate"
    else:
        cls = "routine_reminder"
    if hs:
        return ("escalate_to_human", cls, hs)
    if cls in ("likely_dispute", "high_touch_escalation"):
        return ("escalate_to_human", cls, None)
    promise = meta.get("promise")
    if f["reminded_current"] or (promise is not None and promise > as_of):
        return ("none", "no_action", None)
    return ("draft_for_approval", cls, None)


def check(c: dict, meta: dict, exp: dict) -> None:
    route, outcome, hs = derive(c, meta)
    f = facts(c)
    problems = []
    if route not in exp["route"]:
        problems.append(f"route {route} not in {exp['route']}")
    if outcome not in exp["outcome"]:
        problems.append(f"outcome {outcome} not in {exp['outcome']}")
    if hs != exp["hard_stop"]:
        problems.append(f"hard_stop {hs} != {exp['hard_stop']}")
    as_of = d(c["as_of"])
    for e in c["emails"]:
        if d(e["date"][:10]) > as_of:
            problems.append("email after as_of")
        if re.search(r"\{[a-z_]+\}", e["body"] + e["subject"]):
            problems.append("unfilled placeholder")
    for r in c["reminders_sent"]:
        if d(r["date"][:10]) > as_of or (f["due"] and d(r["date"][:10]) < f["due"] + dt.timedelta(days=r["stage"])):
            problems.append(f"reminder {r} out of its window")
        if f["stage"] is not None and r["stage"] > f["stage"]:
            problems.append("reminder for a stage not reached")
    for n in c["crm_notes"]:
        if d(n["date"][:10]) > as_of:
            problems.append("note after as_of")
    cls = exp["class"]
    if meta["promise"] is not None:
        if cls == "promise" and meta["promise"] <= as_of:
            problems.append("promise date not ahead")
        pm = [e for e in c["emails"] if fmt_date(meta["promise"], "wd") in e["body"]]
        for e in pm:
            if (meta["promise"] - d(e["date"][:10])).days > 6:
                problems.append("weekday promise more than 6 days after the email")
    if meta["expired"] is not None and meta["expired"] > as_of - dt.timedelta(days=1):
        problems.append("expired promise not in the past")
    if cls in ("complaint", "paid_claim", "promise", "hardship"):
        if f["home"] >= 10000 or f["covered"] or not f["address"] or f["due"] is None:
            problems.append("hard-class case carries a hard stop")
    if cls == "hardship" and "none" not in exp["route"] and f["reminded_current"]:
        problems.append("hardship draft but the current stage was already reminded")
    if problems:
        raise SystemExit(f"{c['id']}: " + "; ".join(problems) + f" (facts {f})")


# ---------------------------------------------------------------------- the mix
DISPUTE = ("esc", ["likely_dispute"], None)
PROMISE = ("none", ["no_action"], None)
PLAN = ("draft", ["payment_plan_candidate"], None)
ROUTINE = ("draft", ["routine_reminder"], None)
NOTHING = ("none", ["no_action"], None)
SOFT = ("draft|esc", ["routine_reminder", "high_touch_escalation"], None)
HIGH = ("esc", ["high_touch_escalation"], None)
INJECT = ("esc", ["likely_dispute", "high_touch_escalation"], None)


def hs_label(stop: str, underlying: str = "routine_reminder") -> tuple:
    outs = [underlying] if underlying == "high_touch_escalation" else [underlying, "high_touch_escalation"]
    return ("esc", outs, stop)


def build() -> Builder:
    b = Builder()
    rows: list[tuple] = []  # (sort key, thunk) so the classes interleave in the file

    def later(fn) -> None:  # noqa: ANN001
        rows.append((RNG.random(), fn))

    # 1. complaints about goods or work, no dispute vocabulary
    for i, t in enumerate(T.COMPLAINTS):
        dpd = (61, 95) if i in (3, 15) else (2, 48)
        later(lambda t=t, dpd=dpd: b.add("complaint", DISPUTE, w=t["w"], texts=[t], dpd=dpd, intents=("contest",)))
    later(lambda: b.add("complaint", DISPUTE, w="tr", texts=[T.MIXED["disclaimer_complaint"]], dpd=(8, 25),
                        intents=("contest",)))
    # 2. paid claims; some after the current stage's reminder, two at 60+ days
    for i, t in enumerate(T.PAID_CLAIMS):
        dpd = (62, 80) if i in (4, 18) else (3, 52)
        rem = t.get("opt", {}).get("rem", "any")
        later(lambda t=t, dpd=dpd, rem=rem: b.add("paid_claim", DISPUTE, w=t["w"], texts=[t], dpd=dpd, rem=rem,
                                                  intents=("contest",), email_lag=(0, 3)))
    # 3. promises to pay on a date still ahead
    for t in T.PROMISES:
        rem = t.get("opt", {}).get("rem", "any")
        later(lambda t=t, rem=rem: b.add("promise", PROMISE, w=t["w"], texts=[t], dpd=(2, 55), rem=rem,
                                         intents=("promise",), email_lag=(0, 1) if "{pd_wd}" in t["b"] else (0, 5)))
    # 4. hardship / more time, worded indirectly
    for t in T.HARDSHIP:
        rem = t.get("opt", {}).get("rem", RNG.choice(["none", "prior"]))
        hdpd = (9, 52) if rem == "prior" else (2, 52)
        lab = ("none|draft", ["payment_plan_candidate", "no_action"], None) if t.get("opt", {}).get("alt_gate") else PLAN
        later(lambda t=t, rem=rem, lab=lab, hdpd=hdpd: b.add("hardship", lab, w=t["w"], texts=[t], dpd=hdpd, rem=rem,
                                                  intents=("plan",)))
    # 4b. plan request after the current stage's reminder: SPEC's cadence gate holds the draft
    later(lambda: b.add("hardship", ("none|draft", ["no_action", "payment_plan_candidate"], None), w="sc",
                        texts=[T.MIXED["plan_after_reminder"]], dpd=(16, 28), rem="current", intents=("plan",)))

    # hard stops (each at least twice)
    later(lambda: b.add("hard_stop", hs_label("legal_hold"), w="sc", texts=[T.LEGAL[0]], dpd=(20, 45), intents=("legal",)))
    later(lambda: b.add("hard_stop", hs_label("legal_hold", "likely_dispute"), w="tr", texts=[T.LEGAL[1]], dpd=(5, 30),
                        intents=("legal", "contest")))
    later(lambda: b.add("hard_stop", hs_label("legal_hold"), w="un", notes=[T.NOTE_LEGAL], dpd=(31, 55), intents=("legal",)))
    later(lambda: b.add("hard_stop", hs_label("open_dispute"), w="tr", cf="Disputed", dpd=(9, 40)))
    later(lambda: b.add("hard_stop", hs_label("open_dispute"), w="un", cf="DISPUTED", dpd=(15, 29), rem="current"))
    later(lambda: b.add("hard_stop", hs_label("open_dispute", "likely_dispute"), w="sc", notes=[T.NOTE_DISPUTE_OPEN],
                        dpd=(10, 30), intents=("dispute_note", "contest")))
    later(lambda: b.add("hard_stop", hs_label("over_risk_threshold", "high_touch_escalation"), w="sc", cur="AUD",
                        amount=14260.0, dpd=(8, 30), rem="none"))
    later(lambda: b.add("hard_stop", hs_label("over_risk_threshold", "high_touch_escalation"), w="tr", cur="GBP",
                        amount=9240.0, home_balance=False, dpd=(3, 20), rem="none"))
    later(lambda: b.add("hard_stop", hs_label("unapplied_credit"), w="un", cur="EUR", amount=684.0, unapplied=684.0,
                        dpd=(4, 20)))
    later(lambda: b.add("hard_stop", hs_label("unapplied_credit"), w="sc", cur="AUD", amount=1215.5, unapplied=615.5,
                        credit=600.0, dpd=(9, 25)))
    later(lambda: b.add("hard_stop", hs_label("missing_context"), w="tr", bill_email=False, cust_email=False,
                        dpd=(5, 25), rem="none"))
    later(lambda: b.add("hard_stop", hs_label("missing_context"), w="un", no_due=True, rem=[]))

    # escalations
    later(lambda: b.add("escalation", HIGH, w="sc", dpd=(64, 90), rem=[30]))
    later(lambda: b.add("escalation", HIGH, w="un", texts=[T.BENIGN[2]], dpd=(61, 70), rem="none"))
    later(lambda: b.add("escalation", HIGH, w="tr", dpd=(33, 45), rem=[7, 14, 30], history=0))
    later(lambda: b.add("escalation", HIGH, w="sc", cust_notes=T.CUSTOMER_NOAUTO, dpd=(5, 20), rem="none",
                        intents=("noauto",)))
    later(lambda: b.add("escalation", HIGH, w="un", notes=[T.NOTE_NOAUTO], dpd=(8, 13), rem="none", intents=("noauto",)))

    # routine: no reply, nothing else
    later(lambda: b.add("routine", ROUTINE, w="tr", cur="JPY", amount=1480000.0, dpd=(8, 13), rem=[1]))
    later(lambda: b.add("routine", ROUTINE, w="sc", cur="NZD", dpd=(2, 6), rem="none"))
    later(lambda: b.add("routine", ROUTINE, w="un", cur="GBP", dpd=(31, 50), rem=[7, 14]))
    later(lambda: b.add("routine", ROUTINE, w="tr", cur="CHF", dpd=(15, 28), rem=[1], partials=1))
    later(lambda: b.add("routine", ROUTINE, w="sc", cur="AUD", amount=9980.0, dpd=(40, 55), rem=[14]))
    later(lambda: b.add("routine", ROUTINE, w="un", cur="EUR", dpd=1, rem="none", cf="Reminder sent"))
    # nothing to do
    later(lambda: b.add("no_action", NOTHING, w="tr", zero_balance=True, dpd=(10, 30), rem=[1, 7]))
    later(lambda: b.add("no_action", NOTHING, w="sc", dpd=0, rem=[]))
    later(lambda: b.add("no_action", NOTHING, w="un", dpd=-6, rem=[]))
    later(lambda: b.add("no_action", NOTHING, w="sc", dpd=(15, 29), rem="current"))
    later(lambda: b.add("no_action", NOTHING, w="tr", dpd=(31, 50), rem=[14, 30]))
    # a complaint on an invoice not yet due: nothing to do yet, or a person
    later(lambda: b.add("complaint", ("none|esc", ["no_action", "likely_dispute"], None), w="un",
                        texts=[T.MIXED["complaint_not_due"]], dpd=(-9, -3), rem=[], intents=("contest",), email_gap_after_rem=False))

    # benign, unread
    for t in T.BENIGN[:2]:
        later(lambda t=t: b.add("benign", SOFT, w=t["w"], texts=[t], dpd=(3, 40), rem=RNG.choice(["none", "prior"])))
    for t in T.UNREAD:
        later(lambda t=t: b.add("benign", SOFT, w=t["w"], texts=[t], dpd=(9, 40), rem="prior"))
    # another invoice
    later(lambda: b.add("other_invoice", SOFT, w="sc", texts=[T.OTHER_INVOICE[0]], dpd=(4, 25), rem="none", other_open=True))
    later(lambda: b.add("other_invoice", SOFT, w="tr", texts=[T.OTHER_INVOICE[1]], dpd=(4, 25), rem="prior",
                        other_paid_recent=True))
    later(lambda: b.add("other_invoice", SOFT, w="un", texts=[T.OTHER_INVOICE[2]], dpd=(2, 25), rem="none", other_open=True))
    # injections
    for t in T.INJECTIONS:
        later(lambda t=t: b.add("injection", INJECT, w=t["w"], texts=[t], dpd=(5, 40), rem=RNG.choice(["none", "prior"]),
                                intents=("inject",)))

    # mixed / hard negatives
    M = T.MIXED
    later(lambda: b.add("mixed", SOFT, w="un", texts=[M["negation"]], dpd=(3, 20), rem="none"))
    later(lambda: b.add("mixed", ("none|draft", ["no_action", "payment_plan_candidate"], None), w="sc",
                        texts=[M["not_disputing_until"]], dpd=(3, 25), rem="none", intents=("promise",)))
    later(lambda: b.add("mixed", SOFT, w="un", texts=[M["past_resolved"]], dpd=(8, 25), rem="prior"))
    later(lambda: b.add("mixed", SOFT, w="un", notes=[T.NOTE_DISPUTE_OPENED, T.NOTE_DISPUTE_RESOLVED], dpd=(15, 28), rem=[7]))
    later(lambda: b.add("mixed", SOFT, w="sc", texts=[M["hypothetical"]], dpd=(2, 12), rem="none"))
    later(lambda: b.add("mixed", ("none|esc", ["no_action", "likely_dispute", "high_touch_escalation"], None), w="tr",
                        texts=[M["paid_claim_first_b"], M["paid_retracted_promise"]], dpd=(5, 25), rem="prior",
                        intents=("promise",), email_lag=(1, 3)))
    later(lambda: b.add("mixed", ("draft|esc", ["routine_reminder", "likely_dispute", "high_touch_escalation"], None), w="sc",
                        texts=[M["paid_claim_first"], M["paid_retracted"]], dpd=(9, 25), rem="none", email_lag=(1, 4)))
    later(lambda: b.add("mixed", ROUTINE, w="tr", texts=[M["expired_promise"]], dpd=(20, 28), rem=[7], expired=True))
    later(lambda: b.add("mixed", ROUTINE, w="un", texts=[M["collector_mentions_dispute"]], dpd=(16, 27), rem=[7]))
    later(lambda: b.add("mixed", SOFT, w="tr", texts=[M["disclaimer_paid"]], dpd=(15, 26), rem=[7]))
    later(lambda: b.add("mixed", ("none|esc", ["no_action", "high_touch_escalation"], None), w="un",
                        texts=[M["third_reminder_reply"]], dpd=(17, 27), rem=[1, 7, 14], email_lag=(0, 1)))
    later(lambda: b.add("mixed", HIGH, w="sc", texts=[M["benign_old_plan_60"]], dpd=(63, 85), rem=[30], intents=("plan",)))
    later(lambda: b.add("mixed", HIGH, w="un", texts=[M["promise_60"]], dpd=(66, 90), rem=[30, 60], intents=("promise",)))
    later(lambda: b.add("mixed", ("none|esc", ["no_action", "high_touch_escalation"], None), w="tr",
                        texts=[M["promise_hold_reminders"]], dpd=(9, 25), rem="prior", intents=("promise",)))
    later(lambda: b.add("mixed", PLAN, w="sc", dpd=(16, 28), rem=[7], partials=2))
    later(lambda: b.add("mixed", ("none|draft", ["no_action", "routine_reminder"], None), w="sc",
                        notes=[T.NOTE_PHONED_PROMISE], dpd=(5, 20), rem="none", intents=("promise",)))
    later(lambda: b.add("mixed", SOFT, w="tr", notes=[T.NOTE_BENIGN], dpd=(5, 20), rem="none"))
    later(lambda: b.add("mixed", hs_label("unapplied_credit", "payment_plan_candidate"), w="un", cur="EUR", amount=900.0,
                        texts=[T.MIXED["plan_with_credit"]], credit=900.0, dpd=(5, 20), rem="none", intents=("plan",)))

    rows.sort(key=lambda r: r[0])
    for _, fn in rows:
        fn()
    return b


def main() -> None:
    b = build()
    with open(HERE / "cases.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for c in b.cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(HERE / "expected.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for e in b.expected:
            fh.write(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for e in b.expected:
        counts[e["class"]] = counts.get(e["class"], 0) + 1
    print(f"{len(b.cases)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()

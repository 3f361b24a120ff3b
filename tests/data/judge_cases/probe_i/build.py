#!/usr/bin/env python3
"""Builds probe_i: a blind development probe of judge cases (written from shared/SPEC.md alone).

    python3 tests/data/judge_cases/probe_i/build.py   # rewrites cases.jsonl and expected.jsonl

Stdlib only, fixed seed. The messages are hand-written in texts.py; this script only builds the
QuickBooks scaffolding around them, fills placeholders, sometimes wraps a text (signature,
confidentiality footer, our quoted reminder), and checks every case against SPEC's order
(check()) and SPEC's case-bundle format (wellformed()) before writing anything.
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

SEED = 20261214
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10000.00

WORLDS = {
    "leeds": {
        "home": "GBP", "foreign": "EUR", "us": "Aire Valley Dental Ceramics Ltd",
        "domain": "airevalleydental.example", "coll": "Priya", "coll_full": "Priya Sandhu",
        "tz": "+00:00", "rate": (0.855, 0.872), "home_amt": (180, 4200), "foreign_amt": (200, 4500),
        "doc": "AVD-", "items": ["Zirconia crown", "PFM bridge (3 unit)", "Implant abutment, custom",
                                  "Acrylic full denture", "Occlusal night guard", "Clear aligner stage",
                                  "Chrome cobalt partial", "e.max veneer"],
        "home_customers": [("Headingley Smile Studio", "Joanne"), ("Roundhay Dental Care", "Debbie"),
                           ("Otley Road Orthodontics", "Rachel"), ("Harrogate Family Dentistry", "Karen"),
                           ("Wakefield Implant Clinic", "Sue"), ("Ilkley Dental Practice", "Mike"),
                           ("York Minster Dental", "Kate")],
        "foreign_customers": [("Clontarf Dental Clinic", "Agnieszka"), ("Ennis Road Dental", "Niamh"),
                              ("Salthill Smiles", "Lucia"), ("Douglas Village Dental", "Fernanda")],
    },
    "fresno": {
        "home": "USD", "foreign": "CAD", "us": "Valley Skyworks Ag Services LLC",
        "domain": "valleyskyworks.example", "coll": "Marisol", "coll_full": "Marisol Ortega",
        "tz": "-08:00", "rate": (0.712, 0.738), "home_amt": (2200, 8800), "foreign_amt": (1500, 9000),
        "doc": "VS-", "items": ["Fungicide application, per acre", "Defoliant application, per acre",
                                 "NDVI mapping flight", "Mobilization", "Herbicide strip spray, per acre",
                                 "Dormant spray, per acre"],
        "home_customers": [("Kerman Pistachio Ranch", "Rigoberto"), ("Sanger Citrus Growers", "Luis"),
                           ("Madera Almond Co.", "Dale"), ("Reedley Stone Fruit Partners", "Luis"),
                           ("Tulare Dairy Feed Farms", "Bob"), ("Selma Raisin Cooperative", "Bob"),
                           ("Kingsburg Vineyards", "Tom")],
        "foreign_customers": [("Naramata Bench Orchards", "Claire"), ("Oliver Cherry Growers", "Genevieve"),
                              ("Summerland Apple Co.", "Luc"), ("Kelowna Heritage Orchards", "Luc")],
    },
    "capetown": {
        "home": "ZAR", "foreign": "USD", "us": "Table Bay Linen & Amenities (Pty) Ltd",
        "domain": "tablebaylinen.example", "coll": "Thandiwe", "coll_full": "Thandiwe Mokoena",
        "tz": "+02:00", "rate": (17.9, 18.6), "home_amt": (1500, 9400), "foreign_amt": (120, 520),
        "doc": "TBL", "items": ["400TC percale sheet set, king", "Bath sheet, 600gsm", "Amenity kit, rooibos",
                                 "Waffle bathrobe", "Closed-toe slippers", "Tablecloth, stain-resistant",
                                 "Pillowcase, monogrammed"],
        "home_customers": [("Camps Bay Boutique Hotel", "Lerato"), ("Franschhoek Vineyard Lodge", "Nadia"),
                           ("Stellenbosch Manor Guesthouse", "Annelie"), ("Hermanus Whale Inn", "Mandla"),
                           ("Knysna Lagoon Suites", "Zinhle"), ("Paternoster Beach House", "Gerrit")],
        "foreign_customers": [("Sossusvlei Dune Lodge", "Anna"), ("Etosha Pan Safari Camp", "Petrus"),
                              ("Swakopmund Sea Breeze Hotel", "Jurgen"), ("Damaraland Rock Camp", "Selma")],
    },
}
CURRENCY_NAMES = {"GBP": "British Pound Sterling", "EUR": "Euro", "USD": "United States Dollar",
                  "CAD": "Canadian Dollar", "ZAR": "South African Rand"}

LEGAL_RE = re.compile(r"lawyer|solicitor|attorney|counsel|legal|bankrupt|insolven|liquidat|"
                      r"business rescue|receivership|court", re.I)
DISPUTE_VOCAB_RE = re.compile(r"disput|contest|disagree|query", re.I)
DATEWORD_RE = re.compile(r"january|february|march|april|may \d|june|july|august|september|october|"
                         r"november|december|monday|tuesday|wednesday|thursday|friday|\d{1,2}(st|nd|rd|th)\b|"
                         r"\d{1,2}[/.]\d{1,2}", re.I)
PROMISE_PH = ["P_iso", "P_dmy", "P_mdy", "P_dot", "P_ymd", "P_dmon", "P_long", "P_mdth", "P_mon",
              "P_wdm", "P_th", "P_wd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def D(s):
    return dt.date.fromisoformat(s[:10])


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_promise(ph, d):
    return {
        "P_iso": d.isoformat(),
        "P_dmy": d.strftime("%d/%m/%Y"),
        "P_mdy": d.strftime("%m/%d/%Y"),
        "P_dot": d.strftime("%d.%m.%Y"),
        "P_ymd": d.strftime("%Y/%m/%d"),
        "P_dmon": d.strftime("%d-%b-%y"),
        "P_long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "P_mdth": f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
        "P_mon": f"{MONTHS[d.month - 1][:3]}. {d.day}",
        "P_wdm": f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}",
        "P_th": ordinal(d.day),
        "P_wd": WEEKDAYS[d.weekday()],
    }[ph]


def money(cur, x):
    s = f"{x:,.2f}"
    return {"GBP": f"£{s}", "EUR": f"€{s}", "USD": f"${s}", "CAD": f"${s} CAD", "ZAR": f"R{s}"}[cur]


def slug(name):
    return re.sub(r"[^a-z0-9]", "", name.lower())


def parse_text(entry):
    world, text = entry
    lines = text.split("\n")
    subject, sender = None, None
    if lines and lines[0].startswith("S: "):
        subject = lines.pop(0)[3:]
    if lines and lines[0].startswith("F: "):
        sender = lines.pop(0)[3:]
    return world, subject, sender, "\n".join(lines)


# words in a text that tie it to one customer (besides the customer's full name)
ALIASES = {"Roundhay": "Roundhay Dental Care", "Headingley": "Headingley Smile Studio",
           "Otley Road": "Otley Road Orthodontics", "pistachio": "Kerman Pistachio Ranch",
           "raisin": "Selma Raisin Cooperative", "Harjit": "Selma Raisin Cooperative",
           "almond": "Madera Almond Co.", "navels": "Sanger Citrus Growers", "cherry": "Oliver Cherry Growers",
           "whales": "Hermanus Whale Inn", "walnuts": "Reedley Stone Fruit Partners",
           "vines": "Kingsburg Vineyards"}


def ent(e):
    """An email spec is a text entry (world, text) or (entry, role)."""
    return e[0] if isinstance(e[0], tuple) else e


def stage_of(dpd):
    reached = [s for s in STAGES if dpd >= s]
    return reached[-1] if reached else None


# ----------------------------------------------------------------------------------------------
# building one case

class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.n = 0
        self.used = {}

    def use(self, entry):
        key = entry[1]
        self.used[key] = self.used.get(key, 0) + 1

    def pick_customer(self, world_key, texts):
        base = world_key.split("-")[0]
        w = WORLDS[base]
        foreign = "-" in world_key
        pool = w["foreign_customers"] if foreign else w["home_customers"]
        joined = "\n".join(texts)
        for name, contact in pool:
            if name in joined:
                return base, foreign, name, contact
        for word, name in ALIASES.items():
            hit = [c for c in pool if c[0] == name]
            if word in joined and hit:
                return base, foreign, name, hit[0][1]
        for name, contact in (w["home_customers"] if foreign else w["foreign_customers"]):
            if name in joined:
                raise SystemExit(f"text of world {world_key} names {name} of the other currency")
        name, contact = self.rng.choice(pool)
        return base, foreign, name, contact

    def build(self, spec):
        """spec: world, key (list of email entries), notes, stage/dpd, reminders, payments..."""
        r = self.rng
        self.n += 1
        cid = f"pi-{self.n:04d}"
        texts_for_pin = [ent(e)[1] for e in spec.get("emails", []) + spec.get("notes", [])]
        base, foreign, cname, contact = self.pick_customer(spec["world"], texts_for_pin)
        w = WORLDS[base]
        home = w["home"]
        cur = w["foreign"] if foreign else home
        tz = w["tz"]
        # dates
        if "as_of" in spec:
            as_of = D(spec["as_of"])
        elif spec.get("promise_fmt") == "P_th":
            as_of = dt.date(2026, 12, r.randint(4, 11))
        else:
            as_of = dt.date(2026, 12, r.randint(1, 11))
        stage = spec["stage"]
        lo, hi = {1: (1, 6), 7: (7, 13), 14: (14, 29), 30: (30, 59), 60: (60, 110)}[stage]
        if spec.get("remind_current"):
            lo = max(lo, stage + 2)
        dpd = spec.get("dpd") or r.randint(lo, hi)
        assert stage_of(dpd) == stage, (cid, dpd, stage)
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=30)
        # reminders
        prev = [s for s in STAGES if s < stage]
        mode = spec.get("prev", r.choice(["none", "last", "all", "all"]) if prev else "none")
        rem_stages = {"none": [], "last": prev[-1:], "all": prev}[mode] if prev else []
        if spec.get("remind_stages") is not None:
            rem_stages = list(spec["remind_stages"])
        if spec.get("remind_current"):
            rem_stages = rem_stages + [stage]
        reminders = [{"date": f"{(due + dt.timedelta(days=s)).isoformat()}T09:00:00{tz}", "stage": s}
                     for s in rem_stages]
        last_rem = max([due + dt.timedelta(days=s) for s in rem_stages], default=None)
        # the key emails: the last one is at as_of - k, earlier ones spaced before it
        emails_in = spec.get("emails", [])
        kmax = 3
        if last_rem is not None:
            kmax = min(kmax, (as_of - last_rem).days - 1)
        else:
            kmax = min(kmax, max(dpd - 1, 0))
        if spec.get("promise_fmt") == "P_wd":
            kmax = min(kmax, 2)
        if spec.get("promise_fmt") == "P_th":
            kmax = min(kmax, as_of.day - 1 - 2 * (len(emails_in) - 1))
        k = r.randint(0, max(kmax, 0)) if kmax > 0 else 0
        if "email_k" in spec:
            k = spec["email_k"]
        email_dates = []
        for i in range(len(emails_in)):
            back = k + 2 * (len(emails_in) - 1 - i)
            if spec.get("email_gaps"):
                back = spec["email_gaps"][i]
            email_dates.append(as_of - dt.timedelta(days=back))
        # promise date
        promise = None
        if spec.get("promise_fmt"):
            ph = spec["promise_fmt"]
            edate = email_dates[spec.get("promise_email", -1)]
            if spec.get("promise_date"):
                pd = D(spec["promise_date"])
            else:
                cands = []
                ptext = ent(emails_in[spec.get("promise_email", -1)])[1]
                named = [i for i, wd in enumerate(WEEKDAYS) if wd in ptext]  # "cheques on a Friday"
                for j in range(1, 40):
                    d = as_of + dt.timedelta(days=j)
                    if d.weekday() >= 5 or (named and d.weekday() not in named):
                        continue
                    if (d.month, d.day) in ((12, 24), (12, 25), (12, 26), (1, 1)):
                        continue  # nobody runs payments on a holiday
                    if ph == "P_wd":
                        if 1 <= (d - edate).days <= 6:
                            cands.append(d)
                        continue
                    if d.day <= 12:
                        continue
                    if ph == "P_th" and d.month != edate.month:
                        continue
                    if j < 2:
                        continue
                    cands.append(d)
                pd = r.choice(cands)
            promise = (ph, pd.isoformat(), fmt_promise(ph, pd))
        # amounts
        if spec.get("balance"):
            bal = spec["balance"]
        else:
            lo_a, hi_a = w["foreign_amt"] if foreign else w["home_amt"]
            bal = round(r.uniform(lo_a, hi_a), 2)
        rate = None
        if foreign:
            rate = spec.get("rate") or round(r.uniform(*w["rate"]), 4)
        with_home = foreign and spec.get("home_balance", r.random() < 0.75)
        partials = []
        for i in range(spec.get("partials", 0)):
            partials.append(round(bal * r.choice([0.2, 0.25, 0.3]), 2))
        total = round(bal + sum(partials), 2)
        inv_id = str(4000 + self.n * 10)
        cust_id = str(300 + self.n)
        doc = f"{w['doc']}{10000 + self.n * 7 + r.randint(0, 6)}"
        item = r.choice(w["items"])
        cdom = slug(cname) + ".example"
        caddr = f"accounts@{cdom}"
        our = f"ar@{w['domain']}"
        cust_ref = {"name": cname, "value": cust_id}

        def invoice(iid, docn, tdate, ddate, total_amt, balance, linked, status=None, billemail=True,
                    itm=item, private=""):
            inv = {
                "Balance": balance,
                "BillEmail": {"Address": caddr} if billemail else None,
                "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
                "CustomField": ([{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status,
                                  "Type": "StringType"}] if status else []),
                "CustomerRef": dict(cust_ref),
                "DocNumber": docn,
                "DueDate": ddate.isoformat() if ddate else None,
                "EmailStatus": "EmailSent",
                "Id": iid,
                "Line": [
                    {"Amount": total_amt, "Description": itm, "DetailType": "SalesItemLineDetail", "Id": "1",
                     "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": itm, "value": "1"}, "Qty": 1,
                                                           "UnitPrice": total_amt}},
                    {"Amount": total_amt, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
                ],
                "LinkedTxn": linked,
                "MetaData": {"CreateTime": f"{tdate.isoformat()}T09:00:00{tz}",
                             "LastUpdatedTime": f"{tdate.isoformat()}T09:00:00{tz}"},
                "PrintStatus": "NotSet",
                "PrivateNote": private,
                "SalesTermRef": {"value": "3"},
                "SyncToken": "1",
                "TotalAmt": total_amt,
                "TxnDate": tdate.isoformat(),
            }
            if ddate is None:
                del inv["DueDate"]
            if not billemail:
                del inv["BillEmail"]
            if foreign:
                inv["ExchangeRate"] = rate
                if with_home:
                    inv["HomeBalance"] = round(balance * rate, 2)
                    inv["HomeTotalAmt"] = round(total_amt * rate, 2)
            return inv

        def payment(pid, pdate, amount, links, unapplied=0.0):
            p = {
                "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
                "CustomerRef": dict(cust_ref),
                "Id": pid,
                "Line": [{"Amount": amount - unapplied, "LinkedTxn": [{"TxnId": t, "TxnType": "Invoice"}]}
                         for t in links] if links else [],
                "MetaData": {"CreateTime": f"{pdate.isoformat()}T11:30:00{tz}",
                             "LastUpdatedTime": f"{pdate.isoformat()}T11:30:00{tz}"},
                "SyncToken": "0",
                "TotalAmt": amount,
                "TxnDate": pdate.isoformat(),
                "UnappliedAmt": unapplied,
            }
            if foreign:
                p["ExchangeRate"] = rate
            return p

        payments, history = [], []
        # paid history invoices, all settled before this invoice was raised
        for h in range(r.randint(0, 3)):
            hid = str(int(inv_id) + 100000 + h)
            hpid = str(int(inv_id) + 200000 + h)
            ht = txn - dt.timedelta(days=45 * (h + 1))
            hamt = round(r.uniform(0.4, 1.2) * bal, 2)
            hpd = ht + dt.timedelta(days=r.randint(20, 34))
            history.append(invoice(hid, f"{w['doc']}{9000 + self.n * 3 + h}", ht, ht + dt.timedelta(days=30),
                                   hamt, 0.0, [{"TxnId": hpid, "TxnType": "Payment"}]))
            payments.append(payment(hpid, hpd, hamt, [hid]))
        other_doc = None
        if spec.get("other_open"):
            oid = str(int(inv_id) + 300000)
            other_doc = f"{w['doc']}{20000 + self.n}"
            ot = txn - dt.timedelta(days=12)
            oamt = round(r.uniform(0.5, 1.0) * bal, 2)
            history.append(invoice(oid, other_doc, ot, ot + dt.timedelta(days=30), oamt, oamt, [],
                                   itm=r.choice(w["items"])))
        # partial payments on this invoice
        linked = []
        first_rem = D(reminders[0]["date"]) if reminders else None
        for i, amt in enumerate(partials):
            pid = str(int(inv_id) + 1 + i)
            if spec.get("partial_after_first") and first_rem:
                pdate = first_rem + dt.timedelta(days=2 + 3 * i)
            else:
                pdate = due - dt.timedelta(days=10 - 4 * i)
            payments.append(payment(pid, pdate, amt, [inv_id]))
            linked.append({"TxnId": pid, "TxnType": "Payment"})
        if spec.get("unapplied"):
            upid = str(int(inv_id) + 7)
            ua = round(bal * spec["unapplied"], 2)
            payments.append(payment(upid, as_of - dt.timedelta(days=r.randint(8, 15)), ua, [], unapplied=ua))
        credit_memos = []
        if spec.get("credit_memo"):
            cm_amt = round(bal * spec["credit_memo"], 2)
            credit_memos.append({
                "Balance": cm_amt, "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
                "CustomerRef": dict(cust_ref), "DocNumber": f"CM-{self.n:03d}", "Id": str(int(inv_id) + 8),
                "Line": [{"Amount": cm_amt, "Description": "Credit for returned goods",
                          "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                          "SalesItemLineDetail": {"ItemRef": {"name": item, "value": "1"}, "Qty": 1,
                                                  "UnitPrice": cm_amt}}],
                "MetaData": {"CreateTime": f"{(as_of - dt.timedelta(days=20)).isoformat()}T10:00:00{tz}",
                             "LastUpdatedTime": f"{(as_of - dt.timedelta(days=20)).isoformat()}T10:00:00{tz}"},
                "RemainingCredit": cm_amt, "SyncToken": "0", "TotalAmt": cm_amt,
                "TxnDate": (as_of - dt.timedelta(days=20)).isoformat(),
            })
        inv = invoice(inv_id, doc, txn, None if spec.get("no_due") else due, total, bal, linked,
                      status=spec.get("status"), billemail=not spec.get("no_addr"))
        # placeholders
        cur_ = inv["CurrencyRef"]["value"]
        amt_s = money(cur_, bal)

        def past_date(d):
            if base == "fresno":
                return f"{MONTHS[d.month - 1]} {d.day}"
            if base == "capetown" and not foreign:
                return d.strftime("%Y/%m/%d")
            return f"{d.day} {MONTHS[d.month - 1]}"

        fills = {"inv": doc, "amt": amt_s, "coll": w["coll"], "other": other_doc or "",
                 "ref": {"leeds": f"AVD{r.randint(100000, 999999)}", "fresno": str(r.randint(10200, 48990)),
                         "capetown": f"TBL{r.randint(20000, 99999)}"}[base]}
        if promise:
            fills[promise[0]] = promise[2]

        def fill(text, edate):
            out = text
            if "{paid}" in out:
                out = out.replace("{paid}", past_date(edate - dt.timedelta(days=r.randint(3, 9))))
            for key, val in fills.items():
                out = out.replace("{" + key + "}", val)
            left = re.findall(r"\{[A-Za-z_]+\}", out)
            if left:
                raise SystemExit(f"{cid}: unfilled {left}")
            return out

        emails = []
        # background history: older harmless emails and notes, before the due date
        bg_emails = spec.get("bg", [])
        for i, entry in enumerate(bg_emails):
            _, subj, sender, body = parse_text(entry)
            bd = txn + dt.timedelta(days=3 + 5 * i)
            emails.append({"body": fill(body, bd), "date": f"{bd.isoformat()}T{r.randint(8, 16):02d}:"
                           f"{r.randint(0, 59):02d}:00{tz}", "from": f"{contact.lower()}@{cdom}", "subject": subj,
                           "to": our})
        for i, item_ in enumerate(emails_in):
            entry, role = item_ if isinstance(item_, tuple) and len(item_) == 2 and isinstance(item_[0], tuple) \
                else (item_, "customer")
            _, subj, sender, body = parse_text(entry)
            edate = email_dates[i]
            hour = r.randint(10, 17)
            body = fill(body, edate)
            subj = fill(subj, edate) if subj else subj
            if role == "collector":
                frm, to = f"{w['coll'].lower()}@{w['domain']}", caddr
            else:
                frm = sender or r.choice([caddr, f"{contact.lower()}@{cdom}", f"ap@{cdom}", f"office@{cdom}"])
                to = our
            if not sender and role == "customer" and spec.get("wrap", True):
                body = self.wrap(body, cname, contact, w, doc, amt_s, due, reminders, edate, tz)
            emails.append({"body": body, "date": f"{edate.isoformat()}T{hour:02d}:{r.randint(0, 59):02d}:00{tz}",
                           "from": frm, "subject": subj, "to": to})
        notes = []
        for i, entry in enumerate(spec.get("bg_notes", [])):
            nd = txn + dt.timedelta(days=6 + 4 * i)
            notes.append({"author": w["coll_full"], "date": f"{nd.isoformat()}T15:00:00{tz}",
                          "text": fill(entry[1], nd)})
        for i, entry in enumerate(spec.get("notes", [])):
            nd = as_of - dt.timedelta(days=spec.get("note_k", 1))
            notes.append({"author": w["coll_full"], "date": f"{nd.isoformat()}T16:10:00{tz}",
                          "text": fill(entry[1], nd)})
        open_bal = round(bal + sum(h["Balance"] for h in history), 2)
        customer = {
            "Active": True,
            "Balance": open_bal,
            "BillAddr": {"City": {"leeds": "Dublin" if foreign else "Leeds", "fresno": "Kelowna" if foreign else
                                  "Fresno", "capetown": "Windhoek" if foreign else "Cape Town"}[base],
                         "Id": str(int(cust_id) + 5000), "Line1": f"{r.randint(2, 180)} Main Road"},
            "CompanyName": cname,
            "CurrencyRef": {"name": CURRENCY_NAMES[cur], "value": cur},
            "DisplayName": cname,
            "Id": cust_id,
            "MetaData": {"CreateTime": "2024-03-04T10:00:00" + tz, "LastUpdatedTime": f"{txn.isoformat()}T10:00:00{tz}"},
            "Notes": spec.get("customer_notes", ""),
            "PrimaryEmailAddr": {"Address": caddr},
            "SyncToken": "2",
        }
        if spec.get("no_addr"):
            del customer["PrimaryEmailAddr"]
        case = {
            "as_of": as_of.isoformat(),
            "credit_memos": credit_memos,
            "crm_notes": notes,
            "customer": customer,
            "emails": emails,
            "home_currency": home,
            "id": cid,
            "invoice": inv,
            "invoices": history,
            "payments": payments,
            "reminders_sent": reminders,
        }
        meta = {"sem": spec["sem"], "klass": spec["klass"], "promise": promise, "our_domain": w["domain"],
                "tool": any(parse_text(ent(e))[2] for e in emails_in), "texts": [ent(e) for e in emails_in]}
        exp = {"class": spec["klass"], "hard_stop": spec["hs"], "id": cid, "outcome": spec["outcome"],
               "route": spec["route"]}
        for e in emails_in:
            self.use(ent(e))
        for e in spec.get("notes", []) + bg_emails + spec.get("bg_notes", []):
            self.use(e)
        return case, exp, meta

    def wrap(self, body, cname, contact, w, doc, amt_s, due, reminders, edate, tz):
        r = self.rng
        x = r.random()
        if x < 0.22:
            return (body + f"\n\n--\n{cname} | Accounts\nTel {r.randint(100, 999)} {r.randint(1000, 9999)} "
                    f"{r.randint(100, 999)}\nOffice hours Mon-Fri 8:00-17:00")
        if x < 0.36:
            return (body + "\n\nThis e-mail and any attachments are confidential and intended only for the "
                    "addressee. If you have received it in error, please notify the sender and delete it. "
                    "Please consider the environment before printing this e-mail.")
        if x < 0.52:
            before = [rm for rm in reminders if D(rm["date"]) < edate]
            if before:
                rm = before[-1]
                rd = D(rm["date"])
                return (body + f"\n\nOn {rd.isoformat()} at 09:00, {w['us']} <ar@{w['domain']}> wrote:\n"
                        f"> Dear {cname},\n> Our records show that invoice {doc} for {amt_s}, due on "
                        f"{due.isoformat()}, is still unpaid.\n> If you have already sent payment, please "
                        f"disregard this reminder.\n> Kind regards,\n> {w['coll_full']}")
        return body


# ----------------------------------------------------------------------------------------------
# SPEC's order, applied to the structural facts of a bundle plus the message's semantic tag

def facts(case, meta):
    inv = case["invoice"]
    as_of = D(case["as_of"])
    f = {}
    f["balance"] = inv["Balance"]
    f["due"] = inv.get("DueDate")
    f["dpd"] = (as_of - D(f["due"])).days if f["due"] else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else None
    rems = sorted(case["reminders_sent"], key=lambda x: x["date"])
    f["n_rem"] = len(rems)
    f["reminded_current"] = any(x["stage"] == f["stage"] for x in rems)
    our = meta["our_domain"]
    activity = False
    if rems:
        first = rems[0]["date"]
        activity = (any(p["TxnDate"] > first[:10] for p in case["payments"])
                    or any(e["date"] > first and not e["from"].endswith("@" + our) for e in case["emails"])
                    or any(n["date"] > first for n in case["crm_notes"]))
    f["three_rule"] = len(rems) >= 3 and not activity
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    credit = sum(p.get("UnappliedAmt", 0) for p in case["payments"]) + sum(c["Balance"] for c in case["credit_memos"])
    f["covered"] = credit > 0 and credit >= inv["Balance"]
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address")
                        or (case["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    f["partials"] = sum(1 for p in case["payments"]
                        for ln in p["Line"] for t in ln["LinkedTxn"] if t["TxnId"] == inv["Id"])
    status = [c.get("StringValue", "") for c in inv.get("CustomField", []) if c.get("Name") == "Collections Status"]
    f["disputed_status"] = any(s.strip().lower() == "disputed" for s in status)
    alltext = " ".join(e["subject"] + " " + e["body"] for e in case["emails"]) + " " + \
        " ".join(n["text"] for n in case["crm_notes"]) + " " + case["customer"].get("Notes", "")
    f["legal_words"] = bool(LEGAL_RE.search(alltext))
    f["no_auto"] = "no automated" in case["customer"].get("Notes", "").lower()
    f["promise_ahead"] = False
    if meta["promise"]:
        ph, iso, shown = meta["promise"]
        if not any(shown in e["body"] for e in case["emails"]):
            raise SystemExit(f"{case['id']}: promise date {shown!r} not in any email")
        last_email = max(D(e["date"]) for e in case["emails"] if not e["from"].endswith("@" + our))
        if D(iso) <= last_email:
            raise SystemExit(f"{case['id']}: promise date not after its email")
        if ph not in ("P_wd",) and D(iso).day <= 12:
            raise SystemExit(f"{case['id']}: ambiguous promise day")
        if ph == "P_wd" and not 1 <= (D(iso) - last_email).days <= 6:
            raise SystemExit(f"{case['id']}: bare weekday not within six days of its email")
        if ph == "P_th" and D(iso).month != last_email.month:
            raise SystemExit(f"{case['id']}: 'the Nth' not in the email's month")
        f["promise_ahead"] = D(iso) > as_of
    return f


def derive(f, sem):
    """-> (route, outcome, hard_stop): the primary answer by SPEC's order."""
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return "none", "no_action", None
    if sem == "legal" or f["legal_words"]:
        hs = "legal_hold"
    elif f["disputed_status"] or sem == "dispute_note":
        hs = "open_dispute"
    elif f["home"] >= THRESHOLD:
        hs = "over_risk_threshold"
    elif f["covered"]:
        hs = "unapplied_credit"
    elif not f["address"] or not f["due"]:
        hs = "missing_context"
    else:
        hs = None
    if sem in ("complaint", "paid") or hs == "open_dispute":
        outcome = "likely_dispute"  # a recorded dispute is itself the contest
    elif f["dpd"] >= 60 or f["three_rule"] or f["no_auto"] or hs == "over_risk_threshold":
        outcome = "high_touch_escalation"
    elif sem == "plan" or f["partials"] >= 2:
        outcome = "payment_plan_candidate"
    else:
        outcome = "routine_reminder"
    if hs:
        if hs == "over_risk_threshold":
            outcome = "high_touch_escalation"
        return "escalate_to_human", outcome, hs
    if outcome in ("likely_dispute", "high_touch_escalation"):
        return "escalate_to_human", outcome, None
    if f["reminded_current"] or f["promise_ahead"]:
        return "none", "no_action", None
    return "draft_for_approval", outcome, None


HARD_CLASSES = ("complaint", "paid_claim", "promise", "hardship")


def check(case, exp, meta):
    f = facts(case, meta)
    route, outcome, hs = derive(f, meta["sem"])
    cid = case["id"]
    if hs != exp["hard_stop"]:
        raise SystemExit(f"{cid}: hard stop {hs} but label says {exp['hard_stop']}")
    if route not in exp["route"] or outcome not in exp["outcome"]:
        raise SystemExit(f"{cid}: SPEC gives {route}/{outcome}, label {exp['route']}/{exp['outcome']} ({f})")
    klass = exp["class"]
    if klass in HARD_CLASSES and (len(exp["route"]) != 1 or len(exp["outcome"]) != 1):
        raise SystemExit(f"{cid}: a {klass} case must have one accepted answer")
    bodies = [e["subject"] + "\n" + e["body"] for e in case["emails"] if not e["from"].endswith("@" + meta["our_domain"])]
    key_bodies = [parse_text(t)[3] for t in meta["texts"]]
    if klass != "hard_stop" and f["legal_words"]:
        raise SystemExit(f"{cid}: legal words outside a legal_hold case")
    if klass == "complaint" and any(DISPUTE_VOCAB_RE.search(b) for b in bodies):
        raise SystemExit(f"{cid}: dispute vocabulary in a complaint")
    if klass == "hardship":
        if f["reminded_current"] or f["dpd"] >= 60:
            raise SystemExit(f"{cid}: hardship must be < 60 days and not reminded at the current stage")
        if any(DATEWORD_RE.search(b) or "{P_" in b for b in key_bodies):
            raise SystemExit(f"{cid}: hardship text carries a date")
    if klass == "promise" and not (f["promise_ahead"] and f["dpd"] < 60):
        raise SystemExit(f"{cid}: promise must be dated ahead and < 60 days")
    if meta["tool"] and f["n_rem"] >= 3:
        raise SystemExit(f"{cid}: AP-tool notice beside three reminders")
    return f


# ----------------------------------------------------------------------------------------------
# format and links

TOP_KEYS = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos",
            "emails", "crm_notes", "reminders_sent"}


def wellformed(case, exp):
    cid = case["id"]

    def bad(msg):
        raise SystemExit(f"{cid}: not well formed: {msg}")

    if set(case) != TOP_KEYS:
        bad(f"top-level keys {sorted(set(case) ^ TOP_KEYS)}")
    D(case["as_of"])
    inv, cust = case["invoice"], case["customer"]
    all_inv = [inv] + case["invoices"]
    cur = cust["CurrencyRef"]["value"]
    for i in all_inv:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CustomerRef", "CurrencyRef", "Line",
                  "LinkedTxn", "CustomField", "MetaData", "SyncToken"):
            if k not in i:
                bad(f"invoice {i.get('Id')} lacks {k}")
        if i["CustomerRef"]["value"] != cust["Id"] or i["CurrencyRef"]["value"] != cur:
            bad("invoice not the customer's or in another currency")
        paid = sum(ln["Amount"] for p in case["payments"] for ln in p["Line"]
                   for t in ln["LinkedTxn"] if t["TxnId"] == i["Id"])
        if abs(i["TotalAmt"] - paid - i["Balance"]) > 0.005:
            bad(f"invoice {i['Id']}: TotalAmt - payments != Balance")
        pids = {t["TxnId"] for t in i["LinkedTxn"] if t["TxnType"] == "Payment"}
        back = {p["Id"] for p in case["payments"] for ln in p["Line"] for t in ln["LinkedTxn"] if t["TxnId"] == i["Id"]}
        if pids != back:
            bad(f"invoice {i['Id']}: LinkedTxn not both ways")
        if (cur == case["home_currency"]) != ("ExchangeRate" not in i):
            bad("ExchangeRate on a home invoice or missing on a foreign one")
        if "HomeBalance" in i and abs(i["HomeBalance"] - round(i["Balance"] * i["ExchangeRate"], 2)) > 0.005:
            bad("HomeBalance != Balance x ExchangeRate")
        if i.get("DueDate") and D(i["DueDate"]) < D(i["TxnDate"]):
            bad("due before the invoice date")
        if i["Line"][-1]["Amount"] != i["TotalAmt"]:
            bad("subtotal line != TotalAmt")
    if len({i["Id"] for i in all_inv}) != len(all_inv):
        bad("duplicate invoice ids")
    for p in case["payments"]:
        for k in ("Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef"):
            if k not in p:
                bad(f"payment lacks {k}")
        if p["CustomerRef"]["value"] != cust["Id"]:
            bad("payment of another customer")
        if abs(sum(ln["Amount"] for ln in p["Line"]) + p["UnappliedAmt"] - p["TotalAmt"]) > 0.005:
            bad("payment lines + unapplied != TotalAmt")
        if D(p["TxnDate"]) > D(case["as_of"]):
            bad("payment after as_of")
        for ln in p["Line"]:
            for t in ln["LinkedTxn"]:
                tgt = [i for i in all_inv if i["Id"] == t["TxnId"]]
                if not tgt or {"TxnId": p["Id"], "TxnType": "Payment"} not in tgt[0]["LinkedTxn"]:
                    bad("payment links an invoice that does not link it back")
    for c in case["credit_memos"]:
        if not {"Id", "Balance", "TotalAmt", "CustomerRef", "TxnDate"} <= set(c) or c["CustomerRef"]["value"] != cust["Id"]:
            bad("credit memo shape")
    for e in case["emails"]:
        if set(e) != {"from", "to", "date", "subject", "body"} or not e["body"].strip() or not e["subject"]:
            bad("email shape")
        if D(e["date"]) > D(case["as_of"]):
            bad("email after as_of")
    for n in case["crm_notes"]:
        if set(n) != {"author", "date", "text"} or D(n["date"]) > D(case["as_of"]):
            bad("note shape")
    stages = [r["stage"] for r in case["reminders_sent"]]
    if len(stages) != len(set(stages)) or any(s not in STAGES for s in stages):
        bad("reminders: one per stage, stages from SPEC")
    for r in case["reminders_sent"]:
        if set(r) != {"date", "stage"} or D(r["date"]) > D(case["as_of"]):
            bad("reminder shape")
        if inv.get("DueDate") and (D(r["date"]) - D(inv["DueDate"])).days < r["stage"]:
            bad("reminder before its stage")
    if sorted(exp) != ["class", "hard_stop", "id", "outcome", "route"] or exp["id"] != cid:
        bad("expected line keys")
    if not exp["route"] or any(x not in ("draft_for_approval", "escalate_to_human", "none") for x in exp["route"]):
        bad("expected route")
    if not exp["outcome"] or any(x not in ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                                           "high_touch_escalation", "no_action") for x in exp["outcome"]):
        bad("expected outcome")


# ----------------------------------------------------------------------------------------------
# the set

ESC, DRAFT, NONE = "escalate_to_human", "draft_for_approval", "none"
RR, LD, PP, HT, NA = "routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation", "no_action"
SOFT = dict(route=[DRAFT, ESC], outcome=[RR, HT], hs=None)


def specs(rng):
    out = []

    def bg_for(world, n_e, n_n):
        base = world.split("-")[0]
        es = [e for e in T.BACKGROUND if e[0] == base]
        ns = [e for e in T.NOTES if e[0] == base]
        return rng.sample(es, n_e), rng.sample(ns, n_n)

    def add(world, klass, sem, label, history=True, **kw):
        if any(parse_text(ent(e))[2] for e in kw.get("emails", [])) and kw["stage"] >= 30:
            kw.setdefault("prev", "last")  # an AP-tool notice never sits beside three reminders
        if history and rng.random() < 0.3:
            e, n = bg_for(world, rng.choice([1, 1, 2]), rng.choice([0, 0, 1]))
            kw.setdefault("bg", e)
            kw.setdefault("bg_notes", n)
        out.append(dict(world=world, klass=klass, sem=sem, **label, **kw))

    # complaints: 22, two of them >= 60 days (dispute outranks escalation)
    cstages = [1, 7, 7, 14, 14, 14, 30, 30, 30, 7, 14, 30, 1, 14, 30, 7, 14, 30, 14, 7, 60, 60]
    for i, entry in enumerate(T.COMPLAINTS):
        st = cstages[i]
        add(entry[0], "complaint", "complaint", dict(route=[ESC], outcome=[LD], hs=None), stage=st,
            remind_current=(i % 5 in (1, 3)) and st < 60, emails=[entry])
    # paid claims: 18, two in three after the current stage's reminder
    pstages = [7, 14, 30, 14, 7, 30, 14, 30, 7, 14, 30, 1, 14, 7, 30, 14, 30, 7]
    for i, entry in enumerate(T.PAID_CLAIMS):
        add(entry[0], "paid_claim", "paid", dict(route=[ESC], outcome=[LD], hs=None), stage=pstages[i],
            remind_current=(i % 3 != 2), emails=[entry])
    # promises: 25, about half with the current stage not yet reminded
    for i, entry in enumerate(T.PROMISES):
        ph = [p for p in PROMISE_PH if "{" + p + "}" in entry[1]][0]
        st = [1, 7, 14, 30][i % 4]
        add(entry[0], "promise", "promise", dict(route=[NONE], outcome=[NA], hs=None), stage=st,
            remind_current=(i % 2 == 0), promise_fmt=ph, emails=[entry])
    # hardship: 25, never reminded at the current stage, < 60 days
    for i, entry in enumerate(T.HARDSHIP):
        st = [1, 7, 14, 30, 14][i % 5]
        add(entry[0], "hardship", "plan", dict(route=[DRAFT], outcome=[PP], hs=None), stage=st,
            remind_current=False, emails=[entry])
    # mixed hard negatives: 12
    M = T.MIXED
    add(M[0][0], "mixed", "soft", SOFT, stage=14, remind_current=False, emails=[M[0]])        # negated
    add(M[1][0], "mixed", "soft", SOFT, stage=7, remind_current=False, emails=[M[1]])         # hypothetical
    add(M[2][0], "mixed", "soft", SOFT, stage=14, remind_current=False, prev="none",          # retracted
        emails=[M[2], M[3]], email_gaps=[3, 2])
    add(M[4][0], "mixed", "soft", SOFT, stage=30, remind_current=False, prev="all",           # resolved
        emails=[M[4]], email_k=8, notes=[M[5]], note_k=2)
    add(M[6][0], "mixed", "promise", dict(route=[DRAFT], outcome=[RR], hs=None), stage=14,   # expired promise
        as_of="2026-12-04", dpd=20, remind_stages=[1, 7], remind_current=False, promise_fmt="P_mdy",
        promise_date="2026-11-27", emails=[M[6]], email_gaps=[12])
    add(M[7][0], "mixed", "soft", SOFT, stage=7, remind_current=False, other_open=True,       # other invoice
        emails=[M[7]])
    add(M[8][0], "mixed", "collector", dict(route=[ESC], outcome=[HT], hs=None), stage=30,    # our own email
        remind_stages=[1, 7, 14], remind_current=False, dpd=41, emails=[(M[8], "collector")], email_k=5,
        history=False)
    add(M[9][0], "mixed", "promise", dict(route=[ESC], outcome=[HT], hs=None), stage=60,      # promise >= 60
        promise_fmt="P_dmy", emails=[M[9]])
    add(M[10][0], "mixed", "plan", dict(route=[ESC], outcome=[HT], hs=None), stage=60,        # plan >= 60
        emails=[M[10]])
    add("fresno", "mixed", "none", dict(route=[DRAFT], outcome=[RR], hs=None), stage=30,      # 3 reminders + part
        remind_stages=[1, 7, 14], remind_current=False, dpd=38, partials=1, partial_after_first=True,
        history=False)
    add("capetown", "mixed", "none", dict(route=[DRAFT], outcome=[PP], hs=None), stage=14,    # two partials
        remind_current=False, partials=2, history=False)
    add("leeds", "mixed", "none", dict(route=[DRAFT], outcome=[RR], hs=None), stage=7,        # 'Undisputed'
        remind_current=False, status="Undisputed", history=False)
    # hard stops: 4
    H = T.HARD_STOP
    add(H[0][0], "hard_stop", "legal", dict(route=[ESC], outcome=[HT, LD, RR], hs="legal_hold"), stage=30,
        remind_current=True, emails=[H[0]])
    add(H[1][0], "hard_stop", "dispute_note", dict(route=[ESC], outcome=[LD], hs="open_dispute"), stage=14,
        remind_current=False, notes=[H[1]], note_k=3)
    add(H[2][0], "hard_stop", "promise", dict(route=[ESC], outcome=[HT], hs="over_risk_threshold"), stage=7,
        remind_current=False, promise_fmt="P_dot", balance=612.40, rate=18.31, home_balance=True, emails=[H[2]])
    add(H[3][0], "hard_stop", "paid", dict(route=[ESC], outcome=[RR, HT, LD], hs="unapplied_credit"), stage=14,
        remind_current=True, unapplied=1.4, emails=[H[3]])
    # benign: 4, the current stage not yet reminded
    for i, entry in enumerate(T.BENIGN):
        add(entry[0], "benign", "soft", SOFT, stage=[7, 14, 1, 30][i], remind_current=False, emails=[entry])
    return out


def main():
    b = Builder()
    rng = random.Random(SEED + 1)
    all_specs = specs(rng)
    order = list(range(len(all_specs)))
    rng.shuffle(order)
    cases, exps = [], []
    stats = {"paid_reminded": 0, "paid": 0, "promise_unreminded": 0, "promise": 0}
    for idx in order:
        case, exp, meta = b.build(all_specs[idx])
        wellformed(case, exp)
        f = check(case, exp, meta)
        if exp["class"] == "paid_claim":
            stats["paid"] += 1
            stats["paid_reminded"] += f["reminded_current"]
        if exp["class"] == "promise":
            stats["promise"] += 1
            stats["promise_unreminded"] += not f["reminded_current"]
        cases.append(case)
        exps.append(exp)
    # every text used exactly once
    every = (T.COMPLAINTS + T.PAID_CLAIMS + T.PROMISES + T.HARDSHIP + T.HARD_STOP + T.BENIGN + T.MIXED)
    for e in every:
        if b.used.get(e[1]) != 1:
            raise SystemExit(f"text used {b.used.get(e[1])} times: {e[1][:60]!r}")
    for e in T.BACKGROUND + T.NOTES:
        if b.used.get(e[1], 0) > 1:
            pass  # background texts may recur as history
    texts_all = every + T.BACKGROUND + T.NOTES
    if len({t[1] for t in texts_all}) != len(texts_all):
        raise SystemExit("duplicate texts")
    if not (stats["paid_reminded"] * 3 >= stats["paid"] * 2 - 1):
        raise SystemExit(f"paid claims after the current reminder: {stats}")
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in exps:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    mix = {}
    for e in exps:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    unused_bg = sum(1 for e in T.BACKGROUND + T.NOTES if e[1] not in b.used)
    print(f"{len(cases)} cases; mix {mix}; {stats}; texts {len(texts_all)}, background unused {unused_bg}")


if __name__ == "__main__":
    main()

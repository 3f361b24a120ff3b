#!/usr/bin/env python3
"""Builds probe_g: a blind probe of judge cases (cases.jsonl + expected.jsonl).

stdlib only, fixed seed. Re-running rewrites both files byte for byte:

    python3 tests/data/judge_cases/probe_g/build.py

Every case is built from a scaffold (amounts, currency, days past due, reminders, payments,
credit, notes) around one hand-written message from texts.py. The label is declared per group;
check() re-derives each built case's facts from the bundle alone, applies SPEC's order to them
plus the message's semantic tag, and refuses to write a case whose label does not accept that
answer. wellformed() checks every bundle against SPEC's case-bundle format and entity links.
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
import texts  # noqa: E402

SEED = 20261212
STAGES = [1, 7, 14, 30, 60]
RISK = 10000.00
D = dt.date
AS_OFS = [D(2026, 12, 14), D(2026, 12, 15), D(2026, 12, 16)]
HOLIDAYS = {D(2026, 12, 25), D(2026, 12, 26)}

# ---------------------------------------------------------------- worlds and customers
WORLDS = {
    "edi": dict(home="GBP", supplier="Thistle & Ladle Events Ltd", ar="accounts@thistleladle.example",
                collector="Morag", collector_addr="morag@thistleladle.example", tz="+00:00",
                doc=3100, items=["Wedding breakfast - three courses (per head)", "Evening buffet",
                                 "Canape reception", "Service staff (hours)", "Corporate lunch - delegates",
                                 "Bar package", "Celebration cake", "Equipment and linen hire"]),
    "dub": dict(home="EUR", supplier="Liffey Vet & Farm Supplies", ar="creditcontrol@liffeyvetfarm.example",
                collector="Aoife", collector_addr="aoife@liffeyvetfarm.example", tz="+00:00",
                doc=58200, items=["Cydectin pour-on 2.5L", "Bovine vaccine (cold chain)", "Mineral buckets 22.5kg",
                                  "Fence posts 1.8m (bundle)", "Straw bedding (pallet)", "Calving jack",
                                  "Equine bandage 10cm", "Calf nuts 25kg", "Ear tags (box of 50)", "Delivery"]),
    "hou": dict(home="USD", supplier="Lone Star Wraps & Signs", ar="ar@lonestarwraps.example",
                collector="Dana", collector_addr="dana@lonestarwraps.example", tz="-06:00",
                doc=10400, items=["Full vehicle wrap", "Channel letters - installed", "Window graphics / frost film",
                                  "Vinyl banners 3x8", "Yard signs with posts", "Install labor (hours)",
                                  "Monument sign letters", "Design and proofing"]),
}
SUBS = {
    # sub-world: (world, currency, rate to home or None, amount range, phone prefix)
    "edi": ("edi", "GBP", None, (350, 7500), "+44 131 555 0"),
    "edi-nl": ("edi", "EUR", 0.8612, (1800, 9400), "+31 20 555 0"),
    "dub": ("dub", "EUR", None, (120, 6500), "+353 1 555 0"),
    "dub-ni": ("dub", "GBP", 1.1634, (300, 5600), "+44 28 555 0"),
    "hou": ("hou", "USD", None, (450, 8800), "(713) 555-0"),
    "hou-mx": ("hou", "MXN", 0.0548, (9000, 140000), "+52 81 5555 0"),
}
CUSTOMERS = {
    "edi": [("Kerr Lindsay Wedding", "Eilidh Kerr", "kerrlindsay.example", "Bride"),
            ("Rachel Anderson", "Rachel Anderson", "andersonfamily.example", ""),
            ("Forth Valley Housing Association", "Gillian Shaw", "fvha.example", "Office Manager"),
            ("Leith Harbour Arts Trust", "Morven Baird", "leithartstrust.example", "Development Officer"),
            ("Brodie & Finch Architects", "Callum Brodie", "brodiefinch.example", "Practice Manager"),
            ("Scottish Pipe Band Society", "Ian Gow", "pipebandsociety.example", "Honorary Treasurer"),
            ("Northlight Software Ltd", "Fiona Reid", "northlight.example", "People & Culture Lead"),
            ("Murrayfield Business Club", "Alan Shand", "mbclub.example", "Club Secretary"),
            ("Stockbridge Dental Group", "Lorna McKay", "stockbridgedental.example", "Practice Manager"),
            ("Kelpie Distillers", "Hamish Cairns", "kelpiedistillers.example", "Brand Manager")],
    "edi-nl": [("Van Dijk Events B.V.", "Joost van Dijk", "vandijkevents.example", "Projectmanager"),
               ("Oranje Congresbureau", "Sanne de Vries", "oranjecongres.example", "Event Manager"),
               ("Tulp & Co Incentives", "Marloes Bakker", "tulpincentives.example", "Senior Projectleider"),
               ("Grachten Reizen B.V.", "Femke Visser", "grachtenreizen.example", "Financiele Administratie"),
               ("De Haas Evenementen", "Pieter de Haas", "dehaasevents.example", "Directeur")],
    "dub": [("Kilcullen Veterinary Clinic", "Niamh Byrne", "kilcullenvets.example", "Practice Manager"),
            ("Murphy Dairy Farm", "Tom Murphy", "murphydairy.example", ""),
            ("Midlands Equine Hospital", "Orla Kinsella", "midlandsequine.example", "Purchasing"),
            ("Hofmann Veterinary Clinic", "Katrin Hofmann", "hofmannvet.example", "Veterinary Surgeon"),
            ("Ballymore Stud", "Joao Silva", "ballymorestud.example", "Stud Groom"),
            ("Naas Road Animal Hospital", "Ciara Doyle", "naasroadvets.example", "Practice Manager"),
            ("Glenview Farm", "Pat Brennan", "glenviewfarm.example", ""),
            ("Duffy Tillage and Livestock", "Seamus Duffy", "duffyfarms.example", ""),
            ("Rathmore Poultry Ltd", "Mihai Popescu", "rathmorepoultry.example", "Farm Manager"),
            ("Clonard Fencing & Farm", "Pawel Nowak", "clonardfarm.example", "Yard Foreman")],
    "dub-ni": [("McAllister Farms", "Gary McAllister", "mcallisterfarms.example", ""),
               ("Drumbo Sheep Co", "Ruth Patterson", "drumbosheep.example", "Partner"),
               ("Lough Neagh Livestock", "Colm Quinn", "loughneaghlivestock.example", ""),
               ("Sperrin Hill Farm", "Davy Irwin", "sperrinhill.example", "")],
    "hou": [("Bayou City Plumbing", "Rick Alvarez", "bayoucityplumbing.example", "Office Manager"),
            ("Gulf Coast Energy Services", "Tara Nguyen", "gcenergyservices.example", "Fleet Coordinator"),
            ("Heights Coffee Co", "Jenna Morales", "heightscoffee.example", "Owner"),
            ("Harris County Food Pantry", "Lisa Grant", "hcfoodpantry.example", "Operations Director"),
            ("Westchase Dental Partners", "Mark Ellis", "westchasedental.example", "Office Administrator"),
            ("Lone Oak Roofing", "Cody Price", "loneoakroofing.example", "Owner"),
            ("Sugar Land Auto Group", "Angela Kim", "sugarlandauto.example", "Controller"),
            ("Pinnacle Realty Partners", "Derek Hall", "pinnaclerealty.example", "Facilities Manager"),
            ("Texas Workforce Events LLC", "Monica Reyes", "txworkforceevents.example", "Event Lead")],
    "hou-mx": [("Grupo Cerro Silla S.A. de C.V.", "Mariana Garza", "cerrosilla.example", "Compras"),
               ("Transportes Regiomontanos", "Rodrigo Leal", "transregio.example", "Gerente de Flotilla"),
               ("Farmacias del Norte", "Hector Villarreal", "farmanorte.example", "Cuentas por Pagar"),
               ("Constructora Apodaca", "Sofia Trevino", "constructoraapodaca.example", "Administracion"),
               ("Plaza Fundidora Comercial", "Daniela Cantu", "plazafundidora.example", "Tesoreria")],
}
# texts that name a kind of customer get that customer: (list, index) -> customer name
PINS = {
    ("COMPLAINTS", 0): "Kerr Lindsay Wedding",
    ("COMPLAINTS", 9): "Clonard Fencing & Farm",
    ("COMPLAINTS", 10): "Kilcullen Veterinary Clinic",
    ("COMPLAINTS", 12): "Midlands Equine Hospital",
    ("COMPLAINTS", 14): "Gulf Coast Energy Services",
    ("COMPLAINTS", 18): "Texas Workforce Events LLC",
    ("COMPLAINTS", 20): "Pinnacle Realty Partners",
    ("COMPLAINTS", 21): "Transportes Regiomontanos",
    ("PAID_CLAIMS", 9): "Rathmore Poultry Ltd",
    ("PAID_CLAIMS", 12): "Farmacias del Norte",
    ("PROMISES", 10): "Midlands Equine Hospital",
    ("PROMISES", 13): "Hofmann Veterinary Clinic",
    ("PROMISES", 16): "Constructora Apodaca",
    ("PROMISES", 19): "Heights Coffee Co",
    ("PROMISES", 24): "Plaza Fundidora Comercial",
    ("HARDSHIP", 0): "Rachel Anderson",
    ("HARDSHIP", 8): "Naas Road Animal Hospital",
    ("HARDSHIP", 9): "Ballymore Stud",
    ("HARDSHIP", 15): "Harris County Food Pantry",
    ("HARDSHIP", 24): "Scottish Pipe Band Society",
    ("BENIGN", 2): "Naas Road Animal Hospital",
}
# customers only a pinned text may have (a wedding couple is not a corporate AP department)
PERSONAL = {"Kerr Lindsay Wedding", "Rachel Anderson"}
PRACTICES = {"Kilcullen Veterinary Clinic", "Midlands Equine Hospital", "Hofmann Veterinary Clinic",
             "Naas Road Animal Hospital"}
PRACTICE_WORDS = r"practice|clinic|vaccine|wormer|Cydectin|bandage"
FARM_WORDS = (r"farm|cattle|milk|co-op|mart|calving|fodder|lamb|sheep|driver|ration|straw|TB test|bluetongue|"
              r"fence|yard|tags|stud")
SYM = {"GBP": "\u00a3", "EUR": "\u20ac", "USD": "$", "MXN": "MXN "}
CUR_NAME = {"GBP": "British Pound Sterling", "EUR": "Euro", "USD": "United States Dollar", "MXN": "Mexican Peso"}
TOOLS = [  # (marker in text, sender)
    ("Coupa", "do_not_reply@coupahost.example"),
    ("Tipalti", "notifications@tipalti.example"),
    ("Bill.com", "notify@billcom.example"),
    ("SAP Ariba", "ordersender-prod@ansmtp.ariba.example"),
    ("SAP Business Network", "ordersender-prod@ansmtp.ariba.example"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, f: str) -> str:
    return {
        "iso": d.isoformat(),
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "md": f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
        "wd": f"{d.strftime('%a')} {d.day} {MONTHS[d.month - 1][:3]}",
        "th": ordinal(d.day),
        "wday": d.strftime("%A"),
        "es": f"{d.day} de {ES[d.month - 1]}",
        "nl": f"{d.day} {MONTHS[d.month - 1].lower()}",
        "mon": f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    }[f]


NUMERIC = {"iso", "dmy", "mdy", "dot"}


def money(cur: str, amt: float) -> str:
    return f"{SYM[cur]}{amt:,.2f}"


def ts(d: dt.date, tz: str, rng: random.Random) -> str:
    return f"{d.isoformat()}T{rng.randint(7, 18):02d}:{rng.choice(['04', '12', '17', '26', '33', '41', '48', '55'])}:00{tz}"


def meta_time(d: dt.date, tz: str) -> dict:
    return {"CreateTime": f"{d.isoformat()}T09:00:00{tz}", "LastUpdatedTime": f"{d.isoformat()}T09:00:00{tz}"}


# ---------------------------------------------------------------- the builder
class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.next_doc = {w: v["doc"] for w, v in WORLDS.items()}
        self.next_id = 700
        self.next_pay = 8000
        self.next_cust = 300

    def doc(self, world: str) -> str:
        self.next_doc[world] += self.rng.randint(1, 9)
        return str(self.next_doc[world])

    def nid(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def pid(self) -> str:
        self.next_pay += 1
        return str(self.next_pay)

    def lines(self, world: str, total: float) -> list:
        rng = self.rng
        items = rng.sample(WORLDS[world]["items"], 2)
        if total < 600 or rng.random() < 0.4:
            parts = [total]
        else:
            a = round(total * rng.choice([0.55, 0.62, 0.7, 0.8]), 2)
            parts = [a, round(total - a, 2)]
        out = []
        for i, amt in enumerate(parts):
            out.append({"Amount": amt, "Description": items[i], "DetailType": "SalesItemLineDetail",
                        "Id": str(i + 1), "LineNum": i + 1,
                        "SalesItemLineDetail": {"ItemRef": {"name": items[i].split(" (")[0], "value": str(10 + i)},
                                                "Qty": 1, "UnitPrice": amt}})
        out.append({"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}})
        return out

    def invoice(self, sub, cust, total, balance, txn, due, tz, rate, home_balance=True,
                bill_email=True, status=None):
        world, cur = SUBS[sub][0], SUBS[sub][1]
        inv = {
            "Balance": balance, "CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
            "CustomField": [], "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
            "DocNumber": self.doc(world), "EmailStatus": "EmailSent", "Id": self.nid(),
            "Line": self.lines(world, total), "LinkedTxn": [], "MetaData": meta_time(txn, tz),
            "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"}, "SyncToken": "1",
            "TotalAmt": total, "TxnDate": txn.isoformat(),
        }
        if due is not None:
            inv["DueDate"] = due.isoformat()
        if bill_email:
            inv["BillEmail"] = {"Address": cust["PrimaryEmailAddr"]["Address"] if "PrimaryEmailAddr" in cust
                                else f"accounts@{cust['_domain']}"}
        if rate is not None:
            inv["ExchangeRate"] = rate
            if home_balance:
                inv["HomeBalance"] = round(balance * rate, 2)
        if status is not None:
            inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status,
                                   "Type": "StringType"}]
        return inv

    def payment(self, cust, cur, rate, amount, date, tz, inv=None, unapplied=0.0):
        p = {"CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
             "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]}, "Id": self.pid(),
             "Line": [], "MetaData": meta_time(date, tz), "SyncToken": "0",
             "TotalAmt": round(amount + unapplied, 2), "TxnDate": date.isoformat(), "UnappliedAmt": unapplied}
        if rate is not None:
            p["ExchangeRate"] = rate
        if inv is not None:
            p["Line"] = [{"Amount": amount, "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]
            inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        return p

    # -------------------------------------------------------------- one case
    def build(self, spec: dict) -> tuple[dict, dict]:
        rng = self.rng
        sub = spec["sub"]
        world, cur, rate, (lo, hi), phone = SUBS[sub]
        W = WORLDS[world]
        tz, home = W["tz"], W["home"]
        as_of = spec.get("as_of") or rng.choice(AS_OFS)
        dpd = spec["dpd"]
        due = as_of - dt.timedelta(days=dpd)
        terms = rng.choice([14, 30, 30])
        txn = due - dt.timedelta(days=terms)

        key_text = " ".join(m["text"][1] for m in spec.get("msgs", []) if not m.get("old"))
        name, contact, domain, title = self.pick_customer(sub, spec.get("customer"), key_text)
        self.next_cust += 1
        cust = {"Active": True, "Balance": 0.0, "CompanyName": name,
                "CurrencyRef": {"name": CUR_NAME[cur], "value": cur}, "DisplayName": name,
                "Id": str(self.next_cust), "MetaData": meta_time(D(2024, rng.randint(1, 12), rng.randint(1, 28)), tz),
                "Notes": rng.choice(["", "", "", "Net 30.", "Invoices by email only.", "Deliveries Tue/Thu.",
                                     "Statement monthly."]),
                "PrimaryEmailAddr": {"Address": f"{contact.split()[0].lower()}@{domain}"}, "SyncToken": "2",
                "_domain": domain}
        if not spec.get("cust_email", True):
            del cust["PrimaryEmailAddr"]

        total = spec.get("total") or round(rng.uniform(lo, hi), 2)
        if sub == "hou-mx" and not spec.get("total"):
            total = float(round(total, -1))
        inv = self.invoice(sub, cust, total, total, txn, due, tz, rate, spec.get("home_balance", rate is not None
                                                                                   and rng.random() < 0.8),
                           spec.get("bill_email", True), spec.get("status"))
        payments, emails, notes, credit_memos = [], [], [], []

        # reminders
        cur_stage = max([s for s in STAGES if s <= dpd], default=None)
        reminders = []
        for s in sorted(spec.get("stages", [])):
            assert s <= dpd, (spec, s)
            off = min(rng.choice([0, 1, 1, 2]), dpd - s)
            if spec.get("reply_after_reminder") and s == cur_stage:
                off = min(off, max(0, dpd - s - 2))
            reminders.append({"date": ts(due + dt.timedelta(days=s + off), tz, rng), "stage": s})
        last_rem = max([D.fromisoformat(r["date"][:10]) for r in reminders], default=None)
        first_rem = min([D.fromisoformat(r["date"][:10]) for r in reminders], default=None)

        # partial payments on this invoice
        paid = 0.0
        for k in range(spec.get("partials", 0)):
            amt = round(total * rng.choice([0.2, 0.25, 0.3]), 2)
            if spec.get("partial_after_first") and first_rem:
                pd_ = first_rem + dt.timedelta(days=1 + k)
            else:
                pd_ = txn + dt.timedelta(days=5 + 4 * k)
            payments.append(self.payment(cust, cur, rate, amt, pd_, tz, inv))
            paid = round(paid + amt, 2)
        inv["Balance"] = round(total - paid, 2)
        if "HomeBalance" in inv:
            inv["HomeBalance"] = round(inv["Balance"] * rate, 2)

        fill = dict(inv=inv["DocNumber"], bal=money(cur, inv["Balance"]), collector=W["collector"],
                    contact=contact.split()[0], customer=name, domain=domain)

        # history: paid invoices
        hist = []
        for k in range(rng.choice([0, 1, 2, 2, 3])):
            hdue = due - dt.timedelta(days=45 * (k + 1) + rng.randint(0, 9))
            htot = round(rng.uniform(lo, hi) * 0.6, 2)
            h = self.invoice(sub, cust, htot, 0.0, hdue - dt.timedelta(days=30), hdue, tz, rate,
                             "HomeBalance" in inv)
            payments.append(self.payment(cust, cur, rate, htot, hdue + dt.timedelta(days=rng.randint(-3, 12)), tz, h))
            hist.append(h)
        if spec.get("other_open"):
            odue = due + dt.timedelta(days=rng.choice([-9, -5, 4]))
            otot = round(rng.uniform(lo, hi) * 0.5, 2)
            o = self.invoice(sub, cust, otot, otot, odue - dt.timedelta(days=30), odue, tz, rate, "HomeBalance" in inv)
            hist.append(o)
            fill["other"] = o["DocNumber"]
        if spec.get("unapplied"):
            amt = round(inv["Balance"] * spec["unapplied"], 2)
            payments.append(self.payment(cust, cur, rate, 0.0, as_of - dt.timedelta(days=rng.randint(6, 15)), tz,
                                         None, unapplied=amt))

        # messages
        meta_emails = []
        key_lo = max(txn + dt.timedelta(days=1), (last_rem + dt.timedelta(days=1)) if last_rem else txn)
        prev = None
        for m in spec.get("msgs", []):
            tag, (mworld, text) = m["tag"], m["text"]
            if m.get("old"):
                edate = txn + dt.timedelta(days=rng.randint(-12, 4))
            else:
                lo_d = max(key_lo, as_of - dt.timedelta(days=m.get("max_age", 5)))
                if prev:
                    lo_d = max(lo_d, prev + dt.timedelta(days=1))
                hi_d = as_of - dt.timedelta(days=m.get("min_age", 1))
                if "email_on" in m:
                    lo_d = hi_d = m["email_on"]
                assert lo_d <= hi_d, (spec.get("label"), lo_d, hi_d)
                edate = lo_d + dt.timedelta(days=rng.randint(0, (hi_d - lo_d).days))
                prev = edate
            f = dict(fill)
            pdate = None
            for ph in sorted(set(re.findall(r"\{date:(\w+)\}", text))):
                pdate = m.get("promise_on") or self.promise_date(rng, as_of, edate, ph, m.get("expired"))
                f["date:" + ph] = fmt_date(pdate, ph)
            for ph in sorted(set(re.findall(r"\{paydate:(\w+)\}", text))):
                f["paydate:" + ph] = fmt_date(self.pay_date(rng, txn, edate, ph), ph)
            f["ref"] = self.ref(sub, rng)
            body = text
            for k, v in f.items():
                body = body.replace("{" + k + "}", v)
            assert "{" not in body, body
            subject, _, body = body.partition("\n")
            subject = subject[3:]
            sender = m.get("from")
            tool = next((s for mk, s in TOOLS if mk in text), None)
            if sender == "collector":
                frm, to = W["collector_addr"], cust["PrimaryEmailAddr"]["Address"]
            elif tool:
                frm, to = tool, W["ar"]
            else:
                frm = rng.choice([f"{contact.split()[0].lower()}@{domain}", f"accounts@{domain}",
                                  f"{contact.split()[0].lower()}@{domain}"])
                to = W["ar"]
                if not m.get("old") and not subject.startswith("Automatic reply") and "REMITTANCE" not in text \
                        and "Remittance scheduling" not in text:
                    body = self.wrap(rng, body, sub, contact, title, name, phone, inv, cur, reminders, edate, W, due)
            emails.append({"body": body, "date": ts(edate, tz, rng), "from": frm, "subject": subject, "to": to})
            meta_emails.append({"tag": tag, "date": edate, "promise": pdate,
                                "promise_text": [f[k] for k in f if k.startswith("date:")]})
        order = sorted(range(len(emails)), key=lambda i: emails[i]["date"])
        emails = [emails[i] for i in order]
        meta_emails = [meta_emails[i] for i in order]

        meta_notes = []
        for n in spec.get("notes", []):
            nd = n.get("on") or (as_of - dt.timedelta(days=n.get("age", 2)))
            txt = n["text"]
            for k, v in fill.items():
                txt = txt.replace("{" + k + "}", v)
            notes.append({"author": n.get("author", W["collector"].lower()), "date": ts(nd, tz, rng), "text": txt})
            meta_notes.append({"tag": n["tag"], "date": nd})
        if spec.get("filler_note") and len(reminders) < 3:
            nd = txn + dt.timedelta(days=rng.randint(0, 3))
            notes.append({"author": W["collector"].lower(), "date": ts(nd, tz, rng),
                          "text": rng.choice(["Invoice sent with the delivery docket.", "Customer prefers email.",
                                              "Contact details checked.", "Usually pays within terms."])})
            meta_notes.append({"tag": "benign", "date": nd})

        cust["Balance"] = round(inv["Balance"] + sum(h["Balance"] for h in hist), 2)
        del cust["_domain"]
        case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes, "customer": cust,
                "emails": emails, "home_currency": home, "id": spec["id"], "invoice": inv, "invoices": hist,
                "payments": sorted(payments, key=lambda p: p["TxnDate"]), "reminders_sent": reminders}
        return case, {"emails": meta_emails, "notes": meta_notes}

    def pick_customer(self, sub, want, text=""):
        pool = CUSTOMERS[sub]
        if want:
            return next(c for c in pool if c[0] == want)
        pool = [c for c in pool if c[0] not in PERSONAL]
        if sub == "dub":
            if re.search(PRACTICE_WORDS, text, re.I):
                pool = [c for c in pool if c[0] in PRACTICES]
            elif re.search(FARM_WORDS, text, re.I):
                pool = [c for c in pool if c[0] not in PRACTICES]
        return self.rng.choice(pool)

    def promise_date(self, rng, as_of, edate, f, expired=False):
        if expired:
            cands = [edate + dt.timedelta(days=k) for k in range(1, 12)]
            cands = [d for d in cands if d < as_of and d.weekday() < 5 and d.day > 12]
        else:
            cands = [as_of + dt.timedelta(days=k) for k in range(1, 17)]
            cands = [d for d in cands if d.weekday() < 5 and d not in HOLIDAYS and d.year == as_of.year]
            if f == "wday":
                cands = [d for d in cands if (d - edate).days <= 6]
            if f in ("th", "nl"):
                cands = [d for d in cands if d.month == edate.month]
        assert cands, (as_of, edate, f)
        return rng.choice(cands)

    def pay_date(self, rng, txn, edate, f):
        cands = [edate - dt.timedelta(days=k) for k in range(3, 30)]
        cands = [d for d in cands if d > txn and d.weekday() < 5]
        if f in NUMERIC:
            cands = [d for d in cands if d.day > 12]
        if f == "th":
            cands = [d for d in cands if d.month == edate.month]
        assert cands, (txn, edate, f)
        return rng.choice(cands)

    def ref(self, sub, rng):
        n = rng.randint(10000000, 99999999)
        return {"edi": f"TLE{n}", "edi-nl": f"NL{n}", "dub": f"E2E{n}", "dub-ni": f"UB{n}",
                "hou": str(n % 1000000), "hou-mx": str(n)}[sub]

    def wrap(self, rng, body, sub, contact, title, name, phone, inv, cur, reminders, edate, W, due):
        kind = rng.choice(["none", "none", "none", "sig", "sig", "footer", "quote", "quote"])
        if kind == "sig":
            t = f"\n{title}" if title else ""
            return f"{body}\n\n--\n{contact}{t}\n{name}\n{phone}{rng.randint(100, 999)}"
        if kind == "footer":
            return body + "\n\n" + rng.choice([
                "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may contain privileged "
                "information. If you are not the intended recipient please notify the sender and delete it.",
                "This email and any files transmitted with it are confidential and intended solely for the use of "
                "the individual or entity to whom they are addressed.",
                "Please consider the environment before printing this e-mail.",
                "Disclaimer: the views expressed in this message are those of the sender and not necessarily of "
                "the organisation. Messages may be monitored."])
        if kind == "quote":
            before = [r for r in reminders if D.fromisoformat(r["date"][:10]) < edate]
            if before:
                r = before[-1]
                d = D.fromisoformat(r["date"][:10])
                q = (f"On {d.strftime('%a')}, {d.day} {MONTHS[d.month - 1][:3]} {d.year}, {W['collector']} "
                     f"<{W['ar']}> wrote:\n> Dear {contact.split()[0]},\n> This is a friendly reminder that invoice "
                     f"{inv['DocNumber']} for {money(cur, inv['Balance'])} was due on {due.isoformat()}.\n"
                     f"> If you have already sent payment, please disregard this message.\n> Kind regards,\n> "
                     f"{W['collector']}\n> {W['supplier']}")
            else:
                q = (f"From: {W['supplier']} <{W['ar']}>\nSent: {inv['TxnDate']}\nSubject: Invoice "
                     f"{inv['DocNumber']} from {W['supplier']}\n\n> Please find attached invoice {inv['DocNumber']} "
                     f"for {money(cur, inv['TotalAmt'])}, due {due.isoformat()}.\n> Thank you for your business.")
            return f"{body}\n\n{q}"
        return body


# ---------------------------------------------------------------- the case list
DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = "routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation", "no_action"


def band_dpd(rng, lo, hi, reminded_gap=0):
    """A dpd in [lo, hi]; with reminded_gap, at least that many days past the current stage."""
    cands = []
    for d in range(lo, hi + 1):
        s = max([x for x in STAGES if x <= d], default=None)
        if s is None:
            continue
        if reminded_gap and d - s < reminded_gap:
            continue
        cands.append(d)
    return rng.choice(cands)


def stages_for(rng, dpd, current_sent, max_total=2, allow_earlier=True):
    cur = max([s for s in STAGES if s <= dpd])
    earlier = [s for s in STAGES if s < cur]
    room = max_total - (1 if current_sent else 0)
    k = rng.randint(0, min(room, len(earlier))) if allow_earlier else 0
    chosen = sorted(rng.sample(earlier, k)) if k else []
    return chosen + ([cur] if current_sent else [])


def case_specs(rng):
    specs = []

    def add(cls, label, **kw):
        kw["cls"], kw["label"] = cls, label
        specs.append(kw)

    # complaints 22: likely_dispute, one answer; three of them >= 60 days
    for i, t in enumerate(texts.COMPLAINTS):
        dpd = rng.choice([64, 78, 95]) if i in (3, 10, 16) else band_dpd(rng, 2, 55, 3)
        sent = rng.random() < 0.45
        add("complaint", ([ESC], [LD], None), sub=t[0], dpd=dpd, customer=PINS.get(("COMPLAINTS", i)),
            stages=stages_for(rng, dpd, sent, 3), reply_after_reminder=True,
            msgs=[{"tag": "complaint", "text": t}], filler_note=rng.random() < 0.25)
    # paid claims 18: 12 after the current stage's reminder
    for i, t in enumerate(texts.PAID_CLAIMS):
        sent = i % 3 != 2
        dpd = 66 if i == 15 else band_dpd(rng, 5, 50, 3 if sent else 0)
        add("paid_claim", ([ESC], [LD], None), sub=t[0], dpd=dpd, customer=PINS.get(("PAID_CLAIMS", i)),
            stages=stages_for(rng, dpd, sent, 2), reply_after_reminder=True,
            msgs=[{"tag": "paid", "text": t}], filler_note=rng.random() < 0.25)
    # promises 25: all dated after as_of; 12 with the current stage not yet reminded
    for i, t in enumerate(texts.PROMISES):
        sent = i % 2 == 1
        dpd = band_dpd(rng, 2, 58, 3 if sent else 0)
        add("promise", ([NONE], [NA], None), sub=t[0], dpd=dpd, customer=PINS.get(("PROMISES", i)),
            stages=stages_for(rng, dpd, sent, 2), reply_after_reminder=True,
            msgs=[{"tag": "promise", "text": t, "max_age": 4}], filler_note=rng.random() < 0.25)
    # hardship 25: plan draft; < 60 days, current stage never reminded
    for i, t in enumerate(texts.HARDSHIP):
        dpd = band_dpd(rng, 2, 57)
        add("hardship", ([DRAFT], [PP], None), sub=t[0], dpd=dpd, customer=PINS.get(("HARDSHIP", i)),
            stages=stages_for(rng, dpd, False, 2), partials=1 if i in (3, 11, 17, 20) else 0,
            msgs=[{"tag": "hardship", "text": t}], filler_note=rng.random() < 0.25)
    # benign 4: a reminder draft or a person
    for i, t in enumerate(texts.BENIGN):
        dpd = band_dpd(rng, 3, 40)
        add("benign", ([DRAFT, ESC], [RR, HT], None), sub=t[0], dpd=dpd, customer=PINS.get(("BENIGN", i)),
            stages=stages_for(rng, dpd, False, 2), msgs=[{"tag": "benign", "text": t}])

    M = texts.MIXED
    soft = ([DRAFT, ESC], [RR, HT], None)
    d = band_dpd(rng, 8, 40)
    add("mixed", soft, sub="hou", dpd=d, stages=stages_for(rng, d, False), msgs=[{"tag": "negated", "text": M["negated"]}])
    d = band_dpd(rng, 3, 40)
    add("mixed", soft, sub="edi", dpd=d, stages=stages_for(rng, d, False),
        msgs=[{"tag": "hypothetical", "text": M["hypothetical"]}])
    d = band_dpd(rng, 16, 29)
    add("mixed", soft, sub="dub", dpd=d, stages=[1, 7],
        msgs=[{"tag": "paid", "text": M["retract_1"], "max_age": 6, "min_age": 3},
              {"tag": "retract", "text": M["retract_2"], "max_age": 2}])
    d = band_dpd(rng, 16, 29)
    add("mixed", soft, sub="edi", dpd=d, stages=[7],
        msgs=[{"tag": "complaint", "text": M["resolved_complaint"], "max_age": 7, "min_age": 4}],
        notes=[{"tag": "resolved", "age": 2, "text": "Called {contact}: walked through the signed order form and "
                "the door count (61). Happy with that, resolved, and the full balance of {inv} is fine to chase."}])
    add("mixed", ([DRAFT], [RR], None), sub="hou", dpd=19, stages=[7], as_of=D(2026, 12, 16),
        msgs=[{"tag": "promise", "text": M["expired_promise"], "email_on": D(2026, 12, 9), "expired": True}])
    d = band_dpd(rng, 8, 40)
    add("mixed", soft, sub="dub", dpd=d, stages=stages_for(rng, d, False), other_open=True,
        msgs=[{"tag": "other_invoice", "text": M["other_invoice"]}])
    d = band_dpd(rng, 8, 29)
    add("mixed", ([NONE, DRAFT], [NA, RR], None), sub="edi", dpd=d, stages=stages_for(rng, d, False),
        msgs=[{"tag": "collector_promise", "text": M["collector_promise"], "from": "collector", "max_age": 2}])
    add("mixed", ([ESC], [HT], None), sub="hou-mx", dpd=71, stages=[30, 60],
        msgs=[{"tag": "hardship", "text": M["plan_60"]}])
    add("mixed", ([ESC], [HT], None), sub="dub", dpd=83, stages=[30, 60],
        msgs=[{"tag": "promise", "text": M["promise_60"], "max_age": 3}])
    add("mixed", ([DRAFT], [PP], None), sub="edi-nl", dpd=band_dpd(rng, 17, 29), stages=[7], partials=2,
        msgs=[{"tag": "partial", "text": M["two_partials"], "max_age": 3}])
    # 3 reminders, broken by a partial payment after the first; the current stage (14) is reminded
    add("mixed", ([NONE], [NA], None), sub="edi", dpd=band_dpd(rng, 20, 27), stages=[1, 7, 14], partials=1,
        partial_after_first=True, msgs=[])
    # a Collections Status that is not a dispute
    d = band_dpd(rng, 8, 40)
    add("mixed", ([DRAFT], [RR], None), sub="hou", dpd=d, stages=stages_for(rng, d, False), status="Contacted", msgs=[])

    H = texts.HARD_STOP
    add("hard_stop", ([ESC], [HT, LD, RR], "legal_hold"), sub="dub", dpd=band_dpd(rng, 15, 40), stages=[7],
        msgs=[{"tag": "legal", "text": H["legal_hold"]}])
    add("hard_stop", ([ESC], [LD], "open_dispute"), sub="edi", dpd=band_dpd(rng, 10, 29), stages=[1, 7],
        msgs=[{"tag": "benign", "text": H["open_dispute"], "max_age": 5, "min_age": 3}],
        notes=[{"tag": "dispute_note", "age": 1, "text": "Customer disputes the bar charge on {inv}: says the open "
                "bar was capped at GBP 800. Checking the till receipts with the venue. On hold until resolved."}])
    add("hard_stop", ([ESC], [HT], "over_risk_threshold"), sub="hou-mx", dpd=band_dpd(rng, 9, 25), stages=[7],
        total=198500.0, home_balance=False, msgs=[{"tag": "promise", "text": H["over_risk_threshold"], "max_age": 3}])
    add("hard_stop", ([ESC], [LD, HT, RR], "unapplied_credit"), sub="edi", dpd=band_dpd(rng, 10, 29, 3),
        stages=[7], reply_after_reminder=True, unapplied=1.0,
        msgs=[{"tag": "paid", "text": H["unapplied_credit"], "max_age": 3}])

    # earlier harmless e-mails in the thread
    pool = [s for s in specs]
    for t in texts.OLD:
        same = [s for s in pool if s["sub"] == t[0] and not s.get("_has_old")]
        if not same:
            same = [s for s in pool if SUBS[s["sub"]][0] == SUBS[t[0]][0] and not s.get("_has_old")]
        s = rng.choice(same)
        s["_has_old"] = True
        s["msgs"] = [{"tag": "old", "text": t, "old": True}] + s["msgs"]
    return specs


# ---------------------------------------------------------------- check(): SPEC's order on the built facts
def derive(case: dict, meta: dict) -> tuple[str, str, str | None]:
    inv, cust = case["invoice"], case["customer"]
    as_of = D.fromisoformat(case["as_of"])
    bal = inv["Balance"]
    if bal <= 0:
        return NONE, NA, None
    due = D.fromisoformat(inv["DueDate"]) if inv.get("DueDate") else None
    dpd = (as_of - due).days if due else None
    if due is not None and dpd < 1:
        return NONE, NA, None
    cur_stage = max([s for s in STAGES if dpd is not None and s <= dpd], default=None)
    reminded = any(r["stage"] == cur_stage for r in case["reminders_sent"])
    # 3-reminder rule
    rems = sorted(D.fromisoformat(r["date"][:10]) for r in case["reminders_sent"])
    three = False
    if len(rems) >= 3:
        first = rems[0]
        ours = {WORLDS[w]["ar"] for w in WORLDS} | {WORLDS[w]["collector_addr"] for w in WORLDS}
        act = any(D.fromisoformat(p["TxnDate"]) >= first for p in case["payments"])
        act |= any(D.fromisoformat(e["date"][:10]) >= first and e["from"] not in ours for e in case["emails"])
        act |= any(D.fromisoformat(n["date"][:10]) >= first for n in case["crm_notes"])
        three = not act
    # home amount
    if "HomeBalance" in inv:
        home_amt = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        home_amt = round(bal * inv["ExchangeRate"], 2)
    else:
        home_amt = bal
    cover = sum(p.get("UnappliedAmt", 0) for p in case["payments"]) + sum(c["Balance"] for c in case["credit_memos"])
    addr = bool(inv.get("BillEmail", {}).get("Address") or cust.get("PrimaryEmailAddr", {}).get("Address"))
    status = next((f.get("StringValue", "") for f in inv.get("CustomField", []) if f.get("Name") == "Collections Status"), "")
    partials = sum(1 for p in case["payments"] for ln in p["Line"] for lt in ln["LinkedTxn"]
                   if lt["TxnId"] == inv["Id"] and lt["TxnType"] == "Invoice" and ln["Amount"] > 0)
    etags = [(m["tag"], m["date"], m["promise"]) for m in meta["emails"]]
    ntags = [(n["tag"], n["date"]) for n in meta["notes"]]

    legal = any(t == "legal" for t, _, _ in etags) or any(t == "legal" for t, _ in ntags)
    dnote = [d for t, d in ntags if t == "dispute_note"]
    rnote = [d for t, d in ntags if t == "resolved"]
    open_note = any(not any(r >= d for r in rnote) for d in dnote)
    hs = None
    if legal:
        hs = "legal_hold"
    elif status.strip().lower() == "disputed" or open_note:
        hs = "open_dispute"
    elif home_amt >= RISK:
        hs = "over_risk_threshold"
    elif bal > 0 and cover >= bal:
        hs = "unapplied_credit"
    elif not addr or due is None:
        hs = "missing_context"

    def live(i):
        t, d, _ = etags[i]
        later_retract = any(tt == "retract" and dd >= d for tt, dd, _ in etags[i + 1:])
        resolved = any(r >= d for r in rnote)
        return not later_retract and not resolved

    contest = any(t in ("complaint", "paid") and live(i) for i, (t, _, _) in enumerate(etags))
    if contest or hs == "open_dispute":
        cls = LD
    elif (dpd is not None and dpd >= 60) or three or hs == "over_risk_threshold":
        cls = HT
    elif any(t == "hardship" for t, _, _ in etags) or partials >= 2:
        cls = PP
    else:
        cls = RR
    if hs:
        return ESC, cls, hs
    if cls in (LD, HT):
        return ESC, cls, None
    if reminded:
        return NONE, NA, None
    if any(t in ("promise", "collector_promise") and p is not None and p > as_of for t, _, p in etags):
        return NONE, NA, None
    return DRAFT, cls, None


def check(case: dict, meta: dict, exp: dict, cls: str) -> None:
    route, outcome, hs = derive(case, meta)
    cid = case["id"]
    if route not in exp["route"] or outcome not in exp["outcome"] or hs != exp["hard_stop"]:
        raise SystemExit(f"{cid} ({cls}): label {exp} does not accept derived {route}/{outcome}/{hs}")
    if cls in ("complaint", "paid_claim", "promise", "hardship") and (len(exp["route"]) != 1 or len(exp["outcome"]) != 1):
        raise SystemExit(f"{cid}: a hard class with more than one accepted answer")
    as_of = D.fromisoformat(case["as_of"])
    dpd = (as_of - D.fromisoformat(case["invoice"]["DueDate"])).days
    cur_stage = max(s for s in STAGES if s <= dpd)
    reminded = any(r["stage"] == cur_stage for r in case["reminders_sent"])
    for m, e in zip(meta["emails"], case["emails"]):
        if m["promise"] is not None:
            if not m["promise"] > m["date"]:
                raise SystemExit(f"{cid}: promise date not after its email")
            if m["tag"] != "promise" or cls != "mixed":
                if not m["promise"] > as_of:
                    raise SystemExit(f"{cid}: promise date not ahead of as_of")
            if not all(s in e["body"] or s in e["subject"] for s in m["promise_text"]):
                raise SystemExit(f"{cid}: promise date not in the text")
    if cls == "hardship" and (reminded or dpd >= 60):
        raise SystemExit(f"{cid}: hardship case reminded or >= 60 days")
    if cls == "promise" and dpd >= 60:
        raise SystemExit(f"{cid}: promise at >= 60 days")
    if cls in ("hardship", "promise", "benign") and len(case["reminders_sent"]) >= 3:
        raise SystemExit(f"{cid}: 3 reminders on a {cls} case")


# ---------------------------------------------------------------- wellformed(): format and links
TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos", "emails",
       "crm_notes", "reminders_sent"}
INV_KEYS = {"Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CustomerRef", "CurrencyRef", "Line", "LinkedTxn",
            "CustomField", "MetaData", "SyncToken"}
PAY_KEYS = {"Id", "TxnDate", "TotalAmt", "UnappliedAmt", "Line", "CustomerRef", "CurrencyRef", "MetaData", "SyncToken"}
ROUTES = {DRAFT, ESC, NONE}
OUTCOMES = {RR, LD, PP, HT, NA}
HSTOPS = {None, "legal_hold", "open_dispute", "over_risk_threshold", "unapplied_credit", "missing_context"}
CLASSES = {"complaint", "paid_claim", "promise", "hardship", "mixed", "hard_stop", "benign"}


def wellformed(case: dict, exp: dict) -> None:
    cid = case.get("id")

    def bad(msg):
        raise SystemExit(f"{cid}: not well formed: {msg}")

    if set(case) != TOP:
        bad(f"top-level keys {sorted(set(case) ^ TOP)}")
    as_of = D.fromisoformat(case["as_of"])
    cust = case["customer"]
    ccur = cust["CurrencyRef"]["value"]
    if case["home_currency"] not in ("GBP", "EUR", "USD"):
        bad("home currency")
    allinv = [case["invoice"]] + case["invoices"]
    ids = {i["Id"]: i for i in allinv}
    if len(ids) != len(allinv):
        bad("duplicate invoice ids")
    pays = {p["Id"]: p for p in case["payments"]}
    for inv in allinv:
        if not INV_KEYS <= set(inv):
            bad(f"invoice keys missing {INV_KEYS - set(inv)}")
        if inv["CustomerRef"]["value"] != cust["Id"] or inv["CurrencyRef"]["value"] != ccur:
            bad("invoice customer or currency")
        if (ccur != case["home_currency"]) != ("ExchangeRate" in inv):
            bad("ExchangeRate present iff foreign")
        if "HomeBalance" in inv and abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) > 0.005:
            bad("HomeBalance != Balance x ExchangeRate")
        items = [ln for ln in inv["Line"] if ln["DetailType"] == "SalesItemLineDetail"]
        subs = [ln for ln in inv["Line"] if ln["DetailType"] == "SubTotalLineDetail"]
        if abs(sum(ln["Amount"] for ln in items) - inv["TotalAmt"]) > 0.005 or len(subs) != 1 \
                or abs(subs[0]["Amount"] - inv["TotalAmt"]) > 0.005:
            bad("invoice lines do not add up")
        applied = 0.0
        for lt in inv["LinkedTxn"]:
            p = pays.get(lt["TxnId"])
            if lt["TxnType"] != "Payment" or p is None:
                bad("invoice LinkedTxn to a missing payment")
            amt = [ln["Amount"] for ln in p["Line"] if any(x["TxnId"] == inv["Id"] for x in ln["LinkedTxn"])]
            if not amt:
                bad("LinkedTxn not mirrored on the payment")
            applied += sum(amt)
        if abs(inv["TotalAmt"] - applied - inv["Balance"]) > 0.005:
            bad("TotalAmt - payments != Balance")
        D.fromisoformat(inv["TxnDate"])
    for p in case["payments"]:
        if not PAY_KEYS <= set(p):
            bad("payment keys")
        if p["CustomerRef"]["value"] != cust["Id"] or p["CurrencyRef"]["value"] != ccur:
            bad("payment customer or currency")
        if abs(sum(ln["Amount"] for ln in p["Line"]) + p["UnappliedAmt"] - p["TotalAmt"]) > 0.005:
            bad("payment lines + unapplied != TotalAmt")
        for ln in p["Line"]:
            for lt in ln["LinkedTxn"]:
                i = ids.get(lt["TxnId"])
                if lt["TxnType"] != "Invoice" or i is None or not any(x["TxnId"] == p["Id"] for x in i["LinkedTxn"]):
                    bad("payment LinkedTxn not mirrored on an invoice")
        if D.fromisoformat(p["TxnDate"]) > as_of:
            bad("payment after as_of")
    for c in case["credit_memos"]:
        if not {"Id", "TotalAmt", "Balance", "CustomerRef"} <= set(c) or c["CustomerRef"]["value"] != cust["Id"]:
            bad("credit memo")
    if abs(cust["Balance"] - sum(i["Balance"] for i in allinv)) > 0.005:
        bad("customer Balance")
    for e in case["emails"]:
        if set(e) != {"from", "to", "date", "subject", "body"} or not all(isinstance(e[k], str) for k in e):
            bad("email shape")
        if dt.datetime.fromisoformat(e["date"]).date() > as_of or "@" not in e["from"] or "@" not in e["to"]:
            bad("email date or address")
    for n in case["crm_notes"]:
        if set(n) != {"author", "date", "text"}:
            bad("note shape")
        if dt.datetime.fromisoformat(n["date"]).date() > as_of:
            bad("note after as_of")
    seen = set()
    due = D.fromisoformat(case["invoice"]["DueDate"]) if case["invoice"].get("DueDate") else None
    for r in case["reminders_sent"]:
        if set(r) != {"date", "stage"} or r["stage"] not in STAGES or r["stage"] in seen:
            bad("reminder shape or stage")
        seen.add(r["stage"])
        rd = dt.datetime.fromisoformat(r["date"]).date()
        if due is None or rd < due + dt.timedelta(days=r["stage"]) or rd > as_of:
            bad("reminder date outside its stage")
    if list(exp) != sorted(exp) or set(exp) != {"class", "hard_stop", "id", "outcome", "route"}:
        bad("expected keys")
    if exp["id"] != cid or not set(exp["route"]) <= ROUTES or not set(exp["outcome"]) <= OUTCOMES \
            or exp["hard_stop"] not in HSTOPS or exp["class"] not in CLASSES or not exp["route"] or not exp["outcome"]:
        bad("expected values")
    if exp["hard_stop"] and exp["route"] != [ESC]:
        bad("a hard stop must escalate")


# ---------------------------------------------------------------- main
def main() -> int:
    b = Builder()
    specs = case_specs(b.rng)
    b.rng.shuffle(specs)
    cases, exps = [], []
    counts: dict[str, int] = {}
    for n, spec in enumerate(specs, 1):
        spec["id"] = f"pg-{n:04d}"
        case, meta = b.build(spec)
        routes, outcomes, hs = spec["label"]
        exp = {"class": spec["cls"], "hard_stop": hs, "id": spec["id"], "outcome": list(outcomes), "route": list(routes)}
        wellformed(case, exp)
        check(case, meta, exp, spec["cls"])
        cases.append(case)
        exps.append(exp)
        counts[spec["cls"]] = counts.get(spec["cls"], 0) + 1
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, sort_keys=True) + "\n")
    with open(HERE / "expected.jsonl", "w", encoding="utf-8") as fh:
        for e in exps:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

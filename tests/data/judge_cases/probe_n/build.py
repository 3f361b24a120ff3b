#!/usr/bin/env python3
"""Builds probe_n: a blind development probe of judge cases (see README.md).

    python3 tests/data/judge_cases/probe_n/build.py

Writes cases.jsonl (one SPEC case bundle a line, ids pn-0001...) and expected.jsonl (one line a
case, keys sorted). Stdlib only, fixed seed; re-running rewrites both files byte for byte.
check() re-derives every case's structural facts from the bundle and applies SPEC's order to
them plus the message's semantic tag; wellformed() checks the bundle format and entity links.
Either refuses to write anything when a case fails.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import texts as T  # noqa: E402

SEED = 20261219
STAGES = [1, 7, 14, 30, 60]
RISK = 10000.00

WORLDS = {
    "york": dict(home="GBP", foreign="EUR", rate=0.8612, tz="+00:00",
                 our="Minster Organ Works Ltd", ar="accounts@minsterorganworks.example",
                 collector="Harriet", item="Organ restoration works"),
    "durban": dict(home="ZAR", foreign="USD", rate=18.07, tz="+02:00",
                   our="Bluff Netting & Rope (Pty) Ltd", ar="accounts@bluffnetting.example",
                   collector="Thandi", item="Netting and rope"),
    "mpls": dict(home="USD", foreign="CAD", rate=0.7164, tz="-06:00",
                 our="North Star Medical Courier", ar="ar@northstarcourier.example",
                 collector="Dana", item="Medical courier services"),
}
CUR_NAMES = {"GBP": "British Pound Sterling", "EUR": "Euro", "ZAR": "South African Rand",
             "USD": "United States Dollar", "CAD": "Canadian Dollar"}

# (display name, domain, contact name, contact mailbox)
CUSTOMERS = {
    "york": [("St Aidan's PCC, Scarborough", "staidans-scarborough.example", "Margaret Hollis", "treasurer"),
             ("Knaresborough United Reformed Church", "knaresboroughurc.example", "Peter Dunmore", "peter.dunmore"),
             ("Pocklington School", "pocklingtonschool.example", "Joanne Reeve", "bursary"),
             ("Ilkley Methodist Church", "ilkleymethodist.example", "Revd Alan Tate", "minister"),
             ("St Mary's PCC, Masham", "stmarysmasham.example", "Gillian Ward", "gillian.ward"),
             ("Howden Minster Trust", "howdenminstertrust.example", "Richard Barker", "clerk"),
             ("Whitby Abbey Lane Chapel", "abbeylanechapel.example", "Susan Pike", "susan"),
             ("Ripon Cathedral Choir School", "riponchoirschool.example", "Edward Lamb", "accounts")],
    "york-eur": [("Protestantse Gemeente Dokkum", "pgdokkum.example", "Jan de Vries", "penningmeester"),
                 ("Parochie Sint-Martinus Venlo", "sintmartinusvenlo.example", "Marieke Janssen", "m.janssen"),
                 ("Hervormde Gemeente Elburg", "hervormdelburg.example", "Hendrik Bos", "kerkrentmeesters"),
                 ("Stichting Orgelfonds Deventer", "orgelfondsdeventer.example", "Anneke Smit", "secretariaat"),
                 ("Protestantse Gemeente Zierikzee", "pgzierikzee.example", "Willem Visser", "w.visser")],
    "durban": [("Umhlali Aquaculture (Pty) Ltd", "umhlaliaqua.example", "Shaun Pillay", "shaun"),
               ("Richards Bay Charters", "rbcharters.example", "Kobus van Wyk", "kobus"),
               ("Port Shepstone Ski-Boat Club", "psskiboat.example", "Nomvula Dlamini", "treasurer"),
               ("Ballito Line Fishing", "ballitolinefish.example", "Ricky Naidoo", "ricky"),
               ("Kosi Bay Fishing Co-op", "kosibaycoop.example", "Sipho Mthembu", "sipho"),
               ("Saldanha Mussel Farms", "saldanhamussel.example", "Annelie Botha", "creditors"),
               ("Tugela Mouth Trawling", "tugelatrawl.example", "Dev Govender", "dev")],
    "durban-usd": [("Pescas do Indico Lda", "pescasindico.example", "Armando Macuacua", "armando"),
                   ("Cooperativa de Pescadores de Inhambane", "cpinhambane.example", "Joana Sitoe", "joana.sitoe"),
                   ("Pemba Marisco Lda", "pembamarisco.example", "Celso Nhantumbo", "financas"),
                   ("Vilankulo Pesca Artesanal", "vilankulopesca.example", "Rosa Cossa", "rosa"),
                   ("Camarao de Quelimane SA", "camaraoquelimane.example", "Paulo Chissano", "p.chissano")],
    "mpls": [("Lakeview Dialysis Center", "lakeviewdialysis.example", "Karen Olson", "karen.olson"),
             ("Hennepin Oncology Associates", "hennepinonc.example", "Mark Lindqvist", "ap"),
             ("Twin Cities Sleep Lab", "tcsleeplab.example", "Amina Hassan", "amina"),
             ("Northside Family Clinic", "northsidefamily.example", "Jessica Vang", "jvang"),
             ("St. Croix Pathology", "stcroixpath.example", "Tom Berglund", "billing"),
             ("Edina Fertility Partners", "edinafertility.example", "Dr. Rachel Kim", "office"),
             ("Como Park Pharmacy", "comoparkrx.example", "Luis Ortega", "luis")],
    "mpls-cad": [("Clinique Saint-Boniface", "cliniquestboniface.example", "Nathalie Gagnon", "n.gagnon"),
                 ("Assiniboine Imaging", "assiniboineimaging.example", "Greg Friesen", "accounts"),
                 ("Red River Physiotherapy", "redriverphysio.example", "Priya Sandhu", "priya"),
                 ("Kildonan Medical Lab", "kildonanlab.example", "Denis Lavallee", "denis"),
                 ("Osborne Village Dental", "osbornedental.example", "Melissa Penner", "office")],
}

TOOLS = [("Bill.com:", "notifications@bill.com"), ("Tipalti:", "no-reply@tipalti.com"),
         ("Coupa Pay:", "do_not_reply@coupahost.com"), ("Coupa:", "do_not_reply@coupahost.com"),
         ("SAP Ariba:", "ordersender-prod@ansmtp.ariba.com")]

SIGS = {
    "york": "{cust}\nParish Office, Church Lane\nTel 01904 {phone}",
    "york-eur": "{cust}\nKerkstraat 12\nTel. +31 (0)6 {phone}",
    "durban": "{cust}\nCell: 082 {phone}\nPlease consider the environment before printing this email",
    "durban-usd": "{cust}\nTel: +258 84 {phone}",
    "mpls": "{cust}\n(612) 555-{phone}\nThis message was sent from a HIPAA-secure mailbox.",
    "mpls-cad": "{cust}\nWinnipeg, MB\nTel. 204-555-{phone}",
}
FOOTERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely "
    "for the addressee. If you have received it in error, please notify the sender and delete it.",
    "This email is intended only for the person to whom it is addressed. Any views expressed are "
    "those of the sender and not necessarily those of the organisation.",
    "Disclaimer: the information in this message is confidential. If you are not the intended "
    "recipient, do not read, copy or forward it; tell us and delete it from your system.",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def pdates(d: dt.date) -> dict:
    return {
        "P_ISO": d.isoformat(), "P_DMY": d.strftime("%d/%m/%Y"), "P_MDY": d.strftime("%m/%d/%Y"),
        "P_DOT": d.strftime("%d.%m.%Y"), "P_LONG": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "P_MDTH": f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
        "P_WD": f"{WDAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}",
        "P_TH": ordinal(d.day), "P_WEEKDAY": WDAYS[d.weekday()],
        "P_DMON": f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.strftime('%y')}",
    }


def past_style(world: str, d: dt.date) -> str:
    return {
        "york": f"{d.day} {MONTHS[d.month - 1][:3]}",
        "york-eur": d.strftime("%d-%m-%Y"),
        "durban": d.strftime("%Y/%m/%d"),
        "durban-usd": d.strftime("%d/%m/%Y"),
        "mpls": f"{d.month}/{d.day}",
        "mpls-cad": f"{MONTHS[d.month - 1]} {d.day}",
    }[world]


def money(cur: str, world: str, x: float) -> str:
    s = f"{x:,.2f}"
    if cur == "GBP":
        return "£" + s
    if cur == "EUR":
        return "€ " + s.replace(",", "_").replace(".", ",").replace("_", ".")
    if cur == "ZAR":
        return "R" + s.replace(",", " ")
    if cur == "USD":
        return ("US$" if world == "durban-usd" else "$") + s
    return "CA$" + s


def subst(text: str, values: dict) -> str:
    def rep(m):
        k = m.group(1)
        if k not in values:
            raise KeyError(f"placeholder {k} not filled")
        return str(values[k])
    return re.sub(r"\{([A-Za-z_0-9]+)\}", rep, text)


def split_subject(text: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    assert first.startswith("S: "), text[:40]
    return first[3:], rest


def is_tool(subject: str) -> str | None:
    for prefix, addr in TOOLS:
        if subject.startswith(prefix):
            return addr
    return None


def stage_of(dpd: int) -> int:
    cur = 0
    for s in STAGES:
        if dpd >= s:
            cur = s
    return cur


def ts(d: dt.date, hour: int, tz: str) -> str:
    return f"{d.isoformat()}T{hour:02d}:{(hour * 7) % 60:02d}:00{tz}"


def dday(s: str) -> dt.date:
    return dt.date.fromisoformat(s[:10])


def next_weekday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


# ------------------------------------------------------------------------------------ specs
# Each spec: cls, tag (semantic tag of the messages), texts [(kind, world, text)] where kind is
# "email" | "note" | "collector", and structural options.
def specs() -> list[dict]:
    out = []
    bands = [(2, 6), (8, 13), (15, 28), (31, 55)]
    for i, (w, t) in enumerate(T.COMPLAINTS):
        sp = dict(cls="complaint", tag="complaint", texts=[("email", w, t)], band=bands[i % 4],
                  cur_reminded=(i % 2 == 1), nprev=i % 3)
        if i in (12, 21):  # two complaints at 60+ days: dispute outranks escalation
            sp.update(band=(64, 95), cur_reminded=True, nprev=2)
        if i == 21:
            sp.update(third_letter=True)
        out.append(sp)
    for i, (w, t) in enumerate(T.PAID_CLAIMS):
        out.append(dict(cls="paid_claim", tag="paid", texts=[("email", w, t)],
                        band=bands[(i + 1) % 4], cur_reminded=(i % 3 != 2), nprev=(i + 1) % 2))
    for i, (w, t) in enumerate(T.PROMISES):
        out.append(dict(cls="promise", tag="promise", texts=[("email", w, t)],
                        band=bands[(i + 2) % 4], cur_reminded=(i % 2 == 1), nprev=i % 3))
    for i, (w, t) in enumerate(T.HARDSHIP):
        out.append(dict(cls="hardship", tag="hardship", texts=[("email", w, t)],
                        band=bands[(i + 3) % 4], cur_reminded=False, nprev=i % 3,
                        partials=1 if i in (4, 13, 22) else 0))
    for i, (w, t) in enumerate(T.BENIGN):
        out.append(dict(cls="benign", tag="benign", texts=[("email", w, t)],
                        band=bands[i % 4], cur_reminded=False, nprev=1,
                        autoreply=t.startswith("S: Automatisch")))
    M = T.MIXED
    out += [
        dict(cls="mixed", tag="negated", texts=[("email",) + M["negated"][0]], band=(8, 12),
             cur_reminded=False, nprev=1),
        dict(cls="mixed", tag="hypothetical", texts=[("email",) + M["hypothetical"][0]],
             band=(15, 25), cur_reminded=False, nprev=1),
        dict(cls="mixed", tag="retracted", texts=[("email",) + M["retracted"][0],
                                                    ("email",) + M["retracted"][1]],
             band=(8, 12), cur_reminded=False, nprev=1),
        dict(cls="mixed", tag="resolved", texts=[("email",) + M["resolved"][0],
                                                   ("note",) + M["resolved"][1]],
             band=(32, 45), cur_reminded=False, nprev=2),
        dict(cls="mixed", tag="expired", texts=[("email",) + M["expired"][0]], band=(20, 28),
             cur_reminded=False, nprev=0),
        dict(cls="mixed", tag="other_invoice", texts=[("email",) + M["other_invoice"][0]],
             band=(9, 13), cur_reminded=False, nprev=1, second_open=True),
        dict(cls="mixed", tag="collector", texts=[("collector",) + M["collector"][0]],
             band=(16, 25), cur_reminded=False, nprev=1),
        dict(cls="mixed", tag="hardship", texts=[("email",) + M["plan60"][0]], band=(62, 80),
             cur_reminded=True, nprev=1),
        dict(cls="mixed", tag="promise", texts=[("email",) + M["promise60"][0]], band=(65, 90),
             cur_reminded=False, nprev=1),
        dict(cls="mixed", tag="none", texts=[], world="durban", band=(32, 45),
             cur_reminded=False, fixed_reminders=[1, 7, 14], partial_after_first=True),
        dict(cls="mixed", tag="none", texts=[], world="york-eur", band=(15, 25),
             cur_reminded=False, nprev=1, partials=2),
        dict(cls="mixed", tag="none", texts=[], world="mpls", band=(9, 12), cur_reminded=False,
             nprev=1, status="Chasing"),
    ]
    H = T.HARD_STOP
    out += [
        dict(cls="hard_stop", tag="legal", texts=[("email",) + H["legal_hold"][0]],
             band=(35, 50), cur_reminded=False, nprev=2, stop="legal_hold"),
        dict(cls="hard_stop", tag="promise", texts=[("email",) + H["open_dispute"][0]],
             band=(9, 13), cur_reminded=False, nprev=1, status="DISPUTED", stop="open_dispute"),
        dict(cls="hard_stop", tag="hardship", texts=[("email",) + H["over_risk_threshold"][0]],
             band=(16, 26), cur_reminded=False, nprev=1, big=True, stop="over_risk_threshold"),
        dict(cls="hard_stop", tag="benign", texts=[("email",) + H["unapplied_credit"][0]],
             band=(9, 13), cur_reminded=False, nprev=1, unapplied=True, stop="unapplied_credit"),
    ]
    return out


# ------------------------------------------------------------------------------------ labels
ALT_ROUTE = ["draft_for_approval", "escalate_to_human"]
ALT_OUT = ["routine_reminder", "high_touch_escalation"]


def label(sp: dict) -> dict:
    cls, tag = sp["cls"], sp["tag"]
    stop = sp.get("stop")
    if stop:
        outs = {"legal_hold": ["high_touch_escalation", "likely_dispute", "routine_reminder"],
                "open_dispute": ["likely_dispute"],
                "over_risk_threshold": ["high_touch_escalation"],
                "unapplied_credit": ["routine_reminder", "high_touch_escalation", "likely_dispute"]}
        return dict(route=["escalate_to_human"], outcome=outs[stop], hard_stop=stop)
    if cls in ("complaint", "paid_claim"):
        return dict(route=["escalate_to_human"], outcome=["likely_dispute"], hard_stop=None)
    if cls == "promise":
        return dict(route=["none"], outcome=["no_action"], hard_stop=None)
    if cls == "hardship":
        return dict(route=["draft_for_approval"], outcome=["payment_plan_candidate"], hard_stop=None)
    if cls == "benign" or tag in ("negated", "hypothetical", "retracted", "resolved", "other_invoice"):
        return dict(route=ALT_ROUTE, outcome=ALT_OUT, hard_stop=None)
    if tag == "collector":
        return dict(route=["draft_for_approval", "none"], outcome=["routine_reminder", "no_action"],
                    hard_stop=None)
    if tag in ("hardship", "promise"):  # 60+ days outranks a plan or a promise
        return dict(route=["escalate_to_human"], outcome=["high_touch_escalation"], hard_stop=None)
    if tag == "expired":
        return dict(route=["draft_for_approval"], outcome=["routine_reminder"], hard_stop=None)
    if sp.get("partials") == 2:
        return dict(route=["draft_for_approval"], outcome=["payment_plan_candidate"], hard_stop=None)
    return dict(route=["draft_for_approval"], outcome=["routine_reminder"], hard_stop=None)


# ------------------------------------------------------------------------------------ builder
class Ids:
    def __init__(self):
        self.n = 7000

    def next(self) -> str:
        self.n += 1
        return str(self.n)


def make_invoice(ids, cust, cur, doc, txn, due, total, paid_links, rate, home_bal, email, item,
                 custom=None):
    bal = round(total - sum(a for _, a in paid_links), 2)
    inv = {
        "Balance": bal,
        "BillEmail": {"Address": email} if email else None,
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "CustomField": custom or [],
        "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
        "DocNumber": doc,
        "DueDate": due.isoformat() if due else None,
        "EmailStatus": "EmailSent",
        "Id": ids.next(),
        "Line": [
            {"Amount": total, "Description": item, "DetailType": "SalesItemLineDetail", "Id": "1",
             "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": item, "value": "1"},
                                                   "Qty": 1, "UnitPrice": total}},
            {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
        ],
        "LinkedTxn": [{"TxnId": pid, "TxnType": "Payment"} for pid, _ in paid_links],
        "MetaData": {"CreateTime": f"{txn.isoformat()}T09:00:00Z",
                     "LastUpdatedTime": f"{txn.isoformat()}T09:00:00Z"},
        "PrintStatus": "NotSet",
        "PrivateNote": "",
        "SalesTermRef": {"value": "3"},
        "SyncToken": "1",
        "TotalAmt": total,
        "TxnDate": txn.isoformat(),
    }
    if inv["BillEmail"] is None:
        del inv["BillEmail"]
    if due is None:
        del inv["DueDate"]
    if rate is not None:
        inv["ExchangeRate"] = rate
        if home_bal:
            inv["HomeBalance"] = round(bal * rate, 2)
    return inv


def make_payment(ids, cust, cur, day, amount, links, unapplied=0.0, rate=None):
    p = {
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
        "Id": ids.next(),
        "Line": [{"Amount": a, "LinkedTxn": [{"TxnId": iid, "TxnType": "Invoice"}]}
                 for iid, a in links],
        "MetaData": {"CreateTime": f"{day.isoformat()}T11:00:00Z",
                     "LastUpdatedTime": f"{day.isoformat()}T11:00:00Z"},
        "SyncToken": "0",
        "TotalAmt": round(sum(a for _, a in links) + unapplied, 2),
        "TxnDate": day.isoformat(),
        "UnappliedAmt": unapplied,
    }
    if rate is not None:
        p["ExchangeRate"] = rate
    return p


def build_case(rng: random.Random, n: int, sp: dict) -> tuple[dict, dict]:
    world = sp.get("world") or (sp["texts"][0][1] if sp["texts"] else "york")
    base = world.split("-")[0]
    W = WORLDS[base]
    cur = W["foreign"] if "-" in world else W["home"]
    rate = W["rate"] if cur != W["home"] else None
    home_bal = rng.random() < 0.8
    ids = Ids()
    ids.n = 7000 + n * 40
    name, domain, contact, box = rng.choice(CUSTOMERS[world])
    contact_email = f"{box}@{domain}"
    as_of = dt.date(2026, 12, rng.choice([7, 8, 9, 10, 11]))
    subj0 = split_subject(sp["texts"][0][2])[0] if sp["texts"] else ""
    band = sp["band"]
    if re.search(r"remind|lembrete|herinnering|notice|overdue|past due", subj0, re.I) \
            and not sp["cur_reminded"] and band == (2, 6):
        band = (8, 13)
    if re.search(r"2nd|second", subj0, re.I) and band == (2, 6):
        band = (8, 13)
    if is_tool(subj0):
        sp = {**sp, "nprev": min(sp.get("nprev", 0), 1)}
    lo, hi = band
    dpd = rng.randint(lo, hi)
    due = as_of - dt.timedelta(days=dpd)
    txn = due - dt.timedelta(days=30)
    cur_stage = stage_of(dpd)

    # amounts: home amount under the threshold unless the case is the risk stop
    if sp.get("big"):
        total = float(rng.randint(2300, 3400))
    else:
        home_cap = {"GBP": 6800, "ZAR": 9400, "USD": 8200}[W["home"]]
        hi_amt = home_cap / (rate or 1.0)
        total = round(rng.uniform(hi_amt * 0.08, hi_amt * 0.9), 2)
    cust = {
        "Active": True,
        "Balance": 0.0,
        "CompanyName": name,
        "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
        "DisplayName": name,
        "Id": str(300 + n),
        "MetaData": {"CreateTime": "2023-03-14T10:00:00Z", "LastUpdatedTime": "2026-10-02T10:00:00Z"},
        "Notes": "",
        "PrimaryEmailAddr": {"Address": contact_email},
        "SyncToken": "2",
    }
    if rng.random() < 0.15:
        cust["Notes"] = rng.choice(["Invoices by email only.", "Net 30.", "Prefers statements monthly.",
                                    "Account opened via referral."])

    # reminders
    prev_stages = [s for s in STAGES if s < cur_stage]
    if sp.get("fixed_reminders"):
        rem_stages = list(sp["fixed_reminders"])
    else:
        k = min(sp.get("nprev", 0), len(prev_stages))
        subj = split_subject(sp["texts"][0][2])[0] if sp["texts"] else ""
        if re.search(r"remind|lembrete|herinnering|notice|overdue|past due", subj, re.I) and k == 0 \
                and prev_stages and not sp["cur_reminded"]:
            k = 1
        if re.search(r"2nd|second", subj, re.I) and k + sp["cur_reminded"] < 2 and prev_stages:
            k = min(len(prev_stages), 2 - sp["cur_reminded"])
        rem_stages = sorted(rng.sample(prev_stages[-3:], min(k, len(prev_stages[-3:]))))
        if sp.get("third_letter"):
            rem_stages = prev_stages[-2:]
        if sp["cur_reminded"]:
            rem_stages.append(cur_stage)
    reminders = [{"date": ts(due + dt.timedelta(days=s), 9, W["tz"]), "stage": s} for s in rem_stages]
    last_rem = dday(reminders[-1]["date"]) if reminders else None

    # the invoice under review, with partial payments
    payments, invoices = [], []
    doc = {"york": "MOW-", "durban": "BNR", "mpls": "NSC-"}[base] + str(rng.randint(2100, 4899))
    npart = sp.get("partials", 0) + (1 if sp.get("partial_after_first") else 0)
    bill_email = contact_email if rng.random() < 0.8 else (None if rng.random() < 0.5 else f"accounts@{domain}")
    inv = make_invoice(ids, cust, cur, doc, txn, due, total, [], rate, home_bal, bill_email, W["item"])
    if sp.get("status"):
        inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status",
                               "StringValue": sp["status"], "Type": "StringType"}]
    parts = []
    for j in range(npart):
        if sp.get("partial_after_first"):
            pday = dday(reminders[0]["date"]) + dt.timedelta(days=3)
        else:
            pday = due - dt.timedelta(days=2) + dt.timedelta(days=j * 9)
            pday = min(pday, as_of - dt.timedelta(days=1))
        amt = round(total * rng.choice([0.2, 0.25, 0.3]), 2)
        p = make_payment(ids, cust, cur, pday, amt, [(inv["Id"], amt)], rate=rate)
        payments.append(p)
        parts.append((p["Id"], amt))
    if parts:
        inv = {**inv}
        inv["LinkedTxn"] = [{"TxnId": pid, "TxnType": "Payment"} for pid, _ in parts]
        inv["Balance"] = round(total - sum(a for _, a in parts), 2)
        if rate is not None and home_bal:
            inv["HomeBalance"] = round(inv["Balance"] * rate, 2)
    bal = inv["Balance"]

    # history: paid earlier invoices
    for h in range(rng.randint(0, 3)):
        hdue = due - dt.timedelta(days=35 * (h + 1) + rng.randint(0, 6))
        htot = round(total * rng.uniform(0.4, 1.2), 2)
        hinv = make_invoice(ids, cust, cur, f"{doc[:-4]}{int(doc[-4:]) - 40 * (h + 1)}",
                            hdue - dt.timedelta(days=30), hdue, htot, [], rate, False, bill_email,
                            W["item"])
        pday = hdue + dt.timedelta(days=rng.randint(-3, 20))
        p = make_payment(ids, cust, cur, pday, htot, [(hinv["Id"], htot)], rate=rate)
        hinv["LinkedTxn"] = [{"TxnId": p["Id"], "TxnType": "Payment"}]
        hinv["Balance"] = 0.0
        if rate is not None:
            hinv.pop("HomeBalance", None)
        invoices.append(hinv)
        payments.append(p)
    inv2 = None
    if sp.get("second_open"):
        due2 = due + dt.timedelta(days=rng.randint(3, 8))
        tot2 = round(total * 0.6, 2)
        inv2 = make_invoice(ids, cust, cur, f"{doc[:-4]}{int(doc[-4:]) + 17}", due2 - dt.timedelta(days=30),
                            due2, tot2, [], rate, home_bal, bill_email, W["item"])
        invoices.append(inv2)

    credit_memos = []
    if sp.get("unapplied"):
        pay_un = round(bal * 0.6, 2)
        cm_bal = round(bal - pay_un + 5.0, 2)
        payments.append(make_payment(ids, cust, cur, as_of - dt.timedelta(days=6), 0.0, [],
                                     unapplied=pay_un, rate=rate))
        credit_memos.append({
            "Balance": cm_bal,
            "CurrencyRef": {"name": CUR_NAMES[cur], "value": cur},
            "CustomerRef": {"name": name, "value": cust["Id"]},
            "DocNumber": "CM-" + doc[-4:],
            "Id": ids.next(),
            "Line": [{"Amount": cm_bal, "Description": "Credit: service failure", "DetailType": "SalesItemLineDetail",
                      "Id": "1", "LineNum": 1,
                      "SalesItemLineDetail": {"ItemRef": {"name": W["item"], "value": "1"}, "Qty": 1,
                                              "UnitPrice": cm_bal}},
                     {"Amount": cm_bal, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
            "MetaData": {"CreateTime": f"{(as_of - dt.timedelta(days=20)).isoformat()}T10:00:00Z",
                         "LastUpdatedTime": f"{(as_of - dt.timedelta(days=20)).isoformat()}T10:00:00Z"},
            "RemainingCredit": cm_bal,
            "SyncToken": "0",
            "TotalAmt": cm_bal,
            "TxnDate": (as_of - dt.timedelta(days=20)).isoformat(),
        })
    payments.sort(key=lambda p: p["TxnDate"])

    # emails and notes
    emails, notes = [], []
    promise_date = None
    expired_date = None
    values = {"inv": doc, "amt": money(cur, world, bal), "our": W["our"], "contact": contact,
              "cust": name, "collector": W["collector"],
              "ref": rng.choice(["FP", "EFT", "TRN", "PMT", ""]) + str(rng.randint(10000000, 99999999)),
              "inv2": inv2["DocNumber"] if inv2 else "?"}
    body_texts = [x for x in sp["texts"]]
    n_msgs = len(body_texts)
    # email day for the key message
    floor = last_rem if last_rem else due - dt.timedelta(days=2)
    if sp["tag"] == "resolved":
        floor = dday(reminders[0]["date"]) if reminders else due
    key_text = body_texts[0][2] if body_texts else ""
    if "{P_WEEKDAY}" in key_text:
        floor = max(floor, as_of - dt.timedelta(days=1))
    lo_day = max(floor, as_of - dt.timedelta(days=5)) if sp["tag"] != "resolved" else floor
    if sp["tag"] == "expired":
        lo_day = as_of - dt.timedelta(days=16)
        span = 4
    else:
        span = max(0, (as_of - lo_day).days)
    if sp.get("autoreply"):
        eday = last_rem
    elif sp["tag"] == "resolved":
        eday = floor + dt.timedelta(days=2)
    else:
        eday = lo_day + dt.timedelta(days=rng.randint(0, span))
    eday = min(eday, as_of)
    if n_msgs == 2 and sp["tag"] == "retracted":
        eday = min(eday, as_of - dt.timedelta(days=1))
    # promise date
    if any("{P_" in t for _, _, t in body_texts):
        if "{P_WEEKDAY}" in key_text:
            cands = [eday + dt.timedelta(days=k) for k in range(1, 7)]
            cands = [d for d in cands if d > as_of and d.weekday() < 5]
        else:
            cands = [dt.date(2026, 12, d) for d in range(14, 24)]
            cands = [d for d in cands if d > as_of and d.weekday() < 5]
        promise_date = rng.choice(cands)
        values.update(pdates(promise_date))
    if "{X_LONG}" in key_text:
        cands = [eday + dt.timedelta(days=k) for k in range(2, 12)]
        cands = [d for d in cands if d < as_of - dt.timedelta(days=1) and d.weekday() < 5]
        expired_date = rng.choice(cands)
        values["X_LONG"] = f"{expired_date.day} {MONTHS[expired_date.month - 1]} {expired_date.year}"
    paid_day = max(txn + dt.timedelta(days=3), eday - dt.timedelta(days=rng.randint(2, 8)))
    values["paid_on"] = past_style(world, paid_day)

    # an earlier harmless email in some threads
    if rng.random() < 0.3 and sp["cls"] not in ("benign",) and sp["tag"] != "none":
        pool = [t for w, t in T.OLD_BENIGN if w == world] or [t for w, t in T.OLD_BENIGN if w.startswith(base)]
        ot = rng.choice(pool)
        oday = txn + dt.timedelta(days=rng.randint(1, 12))
        s, b = split_subject(subst(ot, values))
        emails.append({"body": b, "date": ts(oday, 14, W["tz"]), "from": contact_email,
                       "subject": s, "to": W["ar"]})
    if rng.random() < 0.25 and sp["tag"] not in ("none",):
        pool = [t for w, t in T.NOTES if w == world] or [t for w, t in T.NOTES if w.startswith(base)]
        nday = txn + dt.timedelta(days=rng.randint(2, 15))
        notes.append({"author": W["collector"].lower(), "date": ts(nday, 16, W["tz"]),
                      "text": rng.choice(pool)})

    for j, (kind, w, t) in enumerate(body_texts):
        if kind == "note":
            notes.append({"author": W["collector"].lower(),
                          "date": ts(eday + dt.timedelta(days=4), 15, W["tz"]), "text": subst(t, values)})
            continue
        s, b = split_subject(subst(t, values))
        day = eday + dt.timedelta(days=j)
        if kind == "collector":
            emails.append({"body": b, "date": ts(day, 11, W["tz"]), "from": W["ar"],
                           "subject": s, "to": contact_email})
            continue
        tool = is_tool(s)
        sender = tool or (f"remittances@{domain}" if s.startswith("Remittance Advice") else contact_email)
        if not tool and not s.startswith("Remittance Advice"):
            r = rng.random()
            if r < 0.3:
                b = b.rstrip() + "\n\n" + subst(SIGS[world], {**values, "phone": rng.randint(100000, 999999)})
            if rng.random() < 0.2:
                b = b.rstrip() + "\n\n" + rng.choice(FOOTERS)
            if reminders and j == 0 and sp["tag"] != "other_invoice" and rng.random() < 0.4 and dday(reminders[-1]["date"]) <= day:
                rd = dday(reminders[-1]["date"])
                b = (b.rstrip() + f"\n\nOn {rd.isoformat()}, {W['our']} <{W['ar']}> wrote:\n"
                     f"> Dear {name},\n> Our records show that invoice {doc} for {values['amt']} was due "
                     f"on {due.isoformat()} and is still open.\n> If you have already sent payment, "
                     f"please disregard this reminder.\n> Kind regards,\n> {W['collector']}")
        emails.append({"body": b, "date": ts(day, 13 + j, W["tz"]), "from": sender,
                       "subject": s, "to": W["ar"]})
    emails.sort(key=lambda e: e["date"])
    notes.sort(key=lambda x: x["date"])

    open_bal = bal + sum(i["Balance"] for i in invoices)
    cust["Balance"] = round(open_bal, 2)
    case = {
        "as_of": as_of.isoformat(),
        "credit_memos": credit_memos,
        "crm_notes": notes,
        "customer": cust,
        "emails": emails,
        "home_currency": W["home"],
        "id": "",
        "invoice": inv,
        "invoices": invoices,
        "payments": payments,
        "reminders_sent": reminders,
    }
    meta = dict(tag=sp["tag"], cls=sp["cls"], promise=promise_date, expired=expired_date,
                stop=sp.get("stop"), world=world)
    return case, meta


# ------------------------------------------------------------------------------------ check
def facts(case: dict) -> dict:
    inv = case["invoice"]
    as_of = dt.date.fromisoformat(case["as_of"])
    f = {"balance": inv["Balance"]}
    f["due"] = dt.date.fromisoformat(inv["DueDate"]) if inv.get("DueDate") else None
    f["dpd"] = (as_of - f["due"]).days if f["due"] else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else 0
    rems = case["reminders_sent"]
    f["stage_reminded"] = any(r["stage"] == f["stage"] for r in rems)
    if inv.get("HomeBalance") is not None:
        f["home"] = inv["HomeBalance"]
    elif inv.get("ExchangeRate") is not None:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    credit = sum(p["UnappliedAmt"] for p in case["payments"]) + sum(c["Balance"] for c in case["credit_memos"])
    f["credit_covers"] = credit > 0 and credit >= inv["Balance"]
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address")
                        or (case["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    status = [c.get("StringValue", "") for c in inv.get("CustomField", []) if c.get("Name") == "Collections Status"]
    f["disputed"] = any(s.strip().lower() == "disputed" for s in status)
    f["partials"] = sum(1 for p in case["payments"] for ln in p["Line"] for lt in ln["LinkedTxn"]
                        if lt["TxnId"] == inv["Id"])
    # 3-reminder rule: 3+ reminders and no payment, customer email or note since the first
    three = False
    if len(rems) >= 3:
        first = min(r["date"][:10] for r in rems)
        ours = {w["ar"].split("@")[1] for w in WORLDS.values()}
        act = [p for p in case["payments"] if p["TxnDate"] >= first]
        act += [e for e in case["emails"] if e["date"][:10] >= first
                and e["from"].split("@")[1] not in ours]
        act += [n for n in case["crm_notes"] if n["date"][:10] >= first]
        three = not act
    f["three_rule"] = three
    return f


def derive(case: dict, meta: dict) -> tuple[str, str, str | None]:
    """SPEC's order applied to the bundle's facts plus the messages' semantic tag. Returns the
    primary (route, outcome, hard_stop); for hard stops the outcome is the underlying class."""
    f = facts(case)
    as_of = dt.date.fromisoformat(case["as_of"])
    tag = meta["tag"]
    if f["balance"] <= 0:
        return "none", "no_action", None
    if f["due"] is not None and f["dpd"] < 1:
        return "none", "no_action", None
    # classification (computed first, the hard stop is laid over it)
    if tag in ("complaint", "paid"):
        cls = "likely_dispute"
    elif f["disputed"]:
        cls = "likely_dispute"
    elif f["dpd"] is not None and f["dpd"] >= 60 or f["three_rule"] or f["home"] >= RISK:
        cls = "high_touch_escalation"
    elif tag == "hardship" or f["partials"] >= 2:
        cls = "payment_plan_candidate"
    else:
        cls = "routine_reminder"
    stop = None
    if tag == "legal":
        stop = "legal_hold"
    elif f["disputed"]:
        stop = "open_dispute"
    elif f["home"] >= RISK:
        stop = "over_risk_threshold"
    elif f["credit_covers"]:
        stop = "unapplied_credit"
    elif not f["address"] or f["due"] is None:
        stop = "missing_context"
    if stop:
        return "escalate_to_human", cls, stop
    if cls in ("likely_dispute", "high_touch_escalation"):
        return "escalate_to_human", cls, None
    if f["stage_reminded"]:
        return "none", "no_action", None
    if tag == "promise" and meta["promise"] and meta["promise"] > as_of:
        return "none", "no_action", None
    return "draft_for_approval", cls, None


def check(case: dict, meta: dict, exp: dict) -> None:
    cid = case["id"]
    f = facts(case)
    route, outcome, stop = derive(case, meta)
    assert exp["hard_stop"] == stop, (cid, exp["hard_stop"], stop)
    assert route in exp["route"], (cid, route, exp["route"])
    if stop is None:
        assert outcome in exp["outcome"], (cid, outcome, exp["outcome"])
    else:
        assert exp["route"] == ["escalate_to_human"], cid
        assert outcome in exp["outcome"], (cid, outcome, exp["outcome"])
    if len(case["reminders_sent"]) >= 3:  # whether a tool notice is customer activity: left out
        assert not any(is_tool(e["subject"]) for e in case["emails"]), cid
    cls, tag = meta["cls"], meta["tag"]
    if cls in ("complaint", "paid_claim", "promise", "hardship"):
        assert len(exp["route"]) == 1 and len(exp["outcome"]) == 1, cid
    body = " ".join(e["body"] + " " + e["subject"] for e in case["emails"])
    if cls in ("promise", "hardship", "benign", "paid_claim") and stop is None:
        assert f["dpd"] < 60 and not f["three_rule"] and f["home"] < RISK, cid
    if cls == "hardship":
        assert not f["stage_reminded"] and f["dpd"] < 60, cid
    if tag == "promise":
        p = meta["promise"]
        assert p and p > dt.date.fromisoformat(case["as_of"]), cid
        key = [e for e in case["emails"] if any(v in e["body"] for v in pdates(p).values())]
        assert key and dday(key[0]["date"]) < p, cid
        for k in ("P_DMY", "P_MDY", "P_DOT", "P_ISO", "P_DMON"):
            if pdates(p)[k] in body:
                assert p.day > 12, cid
    if tag == "expired":
        assert meta["expired"] < dt.date.fromisoformat(case["as_of"]), cid
        assert meta["expired"] > dday(case["emails"][-1]["date"]), cid
    if cls == "complaint":
        assert not re.search(r"disput|contest|disagree|query the invoice", body, re.I), cid
    if tag not in ("legal",):
        assert not re.search(r"\blawyer|\blegal\b|counsel|bankrupt|insolv|solicitor|attorney", body
                             + " ".join(n["text"] for n in case["crm_notes"]), re.I), cid
    if cls == "paid_claim":
        assert f["stage_reminded"] in (True, False)
    if meta["tag"] == "other_invoice":
        inv2 = [i for i in case["invoices"] if i["Balance"] > 0]
        assert inv2 and inv2[0]["DocNumber"] in body and case["invoice"]["DocNumber"] not in body, cid
    # emails never after as_of, never before the invoice
    for e in case["emails"]:
        assert dday(e["date"]) <= dt.date.fromisoformat(case["as_of"]), cid
        assert dday(e["date"]) >= dt.date.fromisoformat(case["invoice"]["TxnDate"]), cid
    for r in case["reminders_sent"]:
        assert dday(r["date"]) <= dt.date.fromisoformat(case["as_of"]), cid


# ------------------------------------------------------------------------------------ wellformed
CASE_KEYS = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
             "credit_memos", "emails", "crm_notes", "reminders_sent"}
INV_KEYS = {"Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef",
            "Line", "LinkedTxn", "CustomField", "MetaData", "SyncToken"}


def wellformed(case: dict, exp: dict) -> None:
    cid = case["id"]
    assert set(case) == CASE_KEYS, (cid, set(case) ^ CASE_KEYS)
    assert re.fullmatch(r"pn-\d{4}", cid)
    dt.date.fromisoformat(case["as_of"])
    cust = case["customer"]
    cur = cust["CurrencyRef"]["value"]
    for k in ("Id", "DisplayName", "CurrencyRef", "Balance", "Active", "SyncToken", "MetaData"):
        assert k in cust, (cid, k)
    allinv = [case["invoice"]] + case["invoices"]
    byid = {i["Id"]: i for i in allinv}
    pays = {p["Id"]: p for p in case["payments"]}
    assert len(byid) == len(allinv)
    for inv in allinv:
        assert INV_KEYS <= set(inv), (cid, INV_KEYS - set(inv))
        assert inv["CustomerRef"]["value"] == cust["Id"] and inv["CurrencyRef"]["value"] == cur, cid
        paid = 0.0
        for lt in inv["LinkedTxn"]:
            assert lt["TxnType"] == "Payment" and lt["TxnId"] in pays, cid
            p = pays[lt["TxnId"]]
            amts = [ln["Amount"] for ln in p["Line"] for x in ln["LinkedTxn"] if x["TxnId"] == inv["Id"]]
            assert amts, cid
            paid += sum(amts)
        assert abs(inv["TotalAmt"] - paid - inv["Balance"]) < 0.005, cid
        assert abs(sum(ln["Amount"] for ln in inv["Line"] if ln["DetailType"] == "SalesItemLineDetail")
                   - inv["TotalAmt"]) < 0.005, cid
        if cur != case["home_currency"]:
            assert "ExchangeRate" in inv, cid
            if "HomeBalance" in inv:
                assert abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) < 0.005, cid
        else:
            assert "ExchangeRate" not in inv and "HomeBalance" not in inv, cid
        for cf in inv["CustomField"]:
            assert set(cf) == {"DefinitionId", "Name", "StringValue", "Type"}, cid
    for p in case["payments"]:
        assert p["CustomerRef"]["value"] == cust["Id"] and p["CurrencyRef"]["value"] == cur, cid
        applied = 0.0
        for ln in p["Line"]:
            for x in ln["LinkedTxn"]:
                assert x["TxnType"] == "Invoice" and x["TxnId"] in byid, cid
                assert {"TxnId": p["Id"], "TxnType": "Payment"} in byid[x["TxnId"]]["LinkedTxn"], cid
            applied += ln["Amount"]
        assert abs(p["TotalAmt"] - applied - p["UnappliedAmt"]) < 0.005, cid
    for c in case["credit_memos"]:
        assert c["CustomerRef"]["value"] == cust["Id"] and c["CurrencyRef"]["value"] == cur, cid
        assert 0 <= c["Balance"] <= c["TotalAmt"], cid
    assert abs(cust["Balance"] - sum(i["Balance"] for i in allinv)) < 0.005, cid
    for e in case["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"}, cid
        assert all(isinstance(e[k], str) and e[k] for k in ("from", "to", "date", "subject", "body")), cid
        assert "{" not in e["body"] + e["subject"], cid
        dt.datetime.fromisoformat(e["date"])
    for n in case["crm_notes"]:
        assert set(n) == {"author", "date", "text"}, cid
        dt.datetime.fromisoformat(n["date"])
    stages = [r["stage"] for r in case["reminders_sent"]]
    assert len(stages) == len(set(stages)) and all(s in STAGES for s in stages), cid
    assert stages == sorted(stages), cid
    for r in case["reminders_sent"]:
        assert set(r) == {"date", "stage"}, cid
        d = dday(r["date"])
        assert (d - dt.date.fromisoformat(case["invoice"]["DueDate"])).days >= r["stage"], cid
    assert set(exp) == {"class", "hard_stop", "id", "outcome", "route"}, cid
    assert exp["id"] == cid
    assert all(r in ("draft_for_approval", "escalate_to_human", "none") for r in exp["route"])
    assert all(o in ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                     "high_touch_escalation", "no_action") for o in exp["outcome"])


# ------------------------------------------------------------------------------------ main
def main() -> int:
    rng = random.Random(SEED)
    sps = specs()
    rng.shuffle(sps)
    cases, expected = [], []
    for n, sp in enumerate(sps, 1):
        case, meta = build_case(rng, n, sp)
        cid = f"pn-{n:04d}"
        case["id"] = cid
        lab = label(sp)
        exp = {"class": sp["cls"], "hard_stop": lab["hard_stop"], "id": cid,
               "outcome": lab["outcome"], "route": lab["route"]}
        wellformed(case, exp)
        check(case, meta, exp)
        cases.append(case)
        expected.append(exp)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    mix = {}
    for e in expected:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

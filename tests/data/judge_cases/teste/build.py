#!/usr/bin/env python3
"""Builds the teste held-out judge set: cases.jsonl + expected.jsonl (stdlib only, fixed seed).

    python3 tests/data/judge_cases/teste/build.py

Every case is declared below with its scaffold (days past due, reminders, payments, credit,
notes, currency) and its hand-written label; check() re-derives the structural facts from the
built bundle, applies SPEC's order (nothing to do, hard stops, classification precedence, the
cadence/promise gate) to them plus the message's semantic tag, and refuses to write a case whose
label does not accept that answer.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts as T  # noqa: E402

SEED = 20261204
STAGES = [1, 7, 14, 30, 60]
THRESHOLD = 10_000.00
D = dt.date

WORLDS: dict[str, dict[str, Any]] = {
    "vet": {
        "supplier": "Harrowfield Veterinary Wholesale Ltd", "home": "GBP",
        "ar": "accounts@harrowfield-vet.example", "collector": "Fiona", "phone": "+44 1632",
        "titles": ["Practice Manager", "Head Receptionist", "Clinical Director", "Bookkeeper"],
        "items": [("Vaccines - cold chain", 38.5), ("Surgical consumables", 12.75),
                  ("Parasiticides", 9.2), ("Large animal feed", 21.0)],
        "customers": [
            ("Ashcombe Veterinary Centre", "ashcombevets.example", "GBP", None),
            ("Bridge Street Animal Hospital", "bridgestreetah.example", "GBP", None),
            ("Dunmore Farm Vets", "dunmorefarmvets.example", "GBP", None),
            ("Clonmel Equine Clinic", "clonmelequine.example", "EUR", 0.8612),
            ("Kilkenny Small Animal Practice", "kilkennyvets.example", "EUR", 0.8590),
            ("Tierarztpraxis Adler", "tierarzt-adler.example", "EUR", 0.8634),
        ],
    },
    "cof": {
        "supplier": "Ironbark Roasting Co", "home": "AUD",
        "ar": "accounts@ironbarkroasting.example", "collector": "Mick", "phone": "+61 3 9001",
        "titles": ["Owner", "Cafe Manager", "Head Barista", "Purchasing"],
        "items": [("House blend 1kg whole bean", 34.0), ("Single origin 1kg", 41.5),
                  ("Grinder service call", 120.0), ("Cups 8oz double wall (1000)", 165.0)],
        "customers": [
            ("Little Finch Cafe", "littlefinch.example", "AUD", None),
            ("Wharf St Espresso", "wharfstespresso.example", "AUD", None),
            ("Brunswick Bakehouse", "brunswickbakehouse.example", "AUD", None),
            ("Kowhai Coffee House", "kowhaicoffee.example", "NZD", 0.9104),
            ("Auckland Bean Importers", "aklbeanimporters.example", "NZD", 0.9087),
            ("Pacific Bean Traders LLC", "pacificbeantraders.example", "USD", 1.5312),
        ],
    },
    "it": {
        "supplier": "Northgate Managed IT Inc.", "home": "CAD",
        "ar": "billing@northgate-it.example", "collector": "Dana", "phone": "+1 416 555",
        "titles": ["Office Manager", "Accounts Payable", "Controller", "Operations Lead"],
        "items": [("Managed services - monthly", 1450.0), ("On-site engineer (hours)", 145.0),
                  ("Microsoft 365 Business Premium (seat)", 30.4), ("Backup & DR", 260.0)],
        "customers": [
            ("Fairlane Dental Group", "fairlanedental.example", "CAD", None),
            ("Osprey Logistics", "ospreylogistics.example", "CAD", None),
            ("St. Brigid Parish School", "stbrigidschool.example", "CAD", None),
            ("Kestrel Accounting LLP", "kestrelaccounting.example", "CAD", None),
            ("Barrow Freight Inc", "barrowfreight.example", "USD", 1.3921),
            ("Clinica Santa Lucia", "clinicasantalucia.example", "USD", 1.3874),
        ],
    },
}
# A text that names a place or currency goes to a customer that fits it.
HINTS = [("Kia ora", "NZD"), ("Auckland", "Auckland Bean Importers"), ("£", "GBP"),
         ("CAD", "CAD"), ("SEPA", "EUR"), ("Sehr geehrte", "Tierarztpraxis Adler"),
         ("Dia dhuit", "Clonmel"), ("Pacific Bean", "Pacific Bean Traders"),
         ("school", "St. Brigid"), ("The clinic is", "Clinica Santa Lucia"),
         ("Canadian French", "CAD"), ("strangles", "Clonmel"), ("gym wing", "St. Brigid"),
         ("Dr Patel", "GBP"), ("BACS", "GBP"), ("Queen Street", "CAD"),
         ("mate,", "GBP"), ("G'day", "AUD")]
SYMBOL = {"GBP": "£", "EUR": "€", "AUD": "A$", "NZD": "NZ$", "USD": "US$", "CAD": "C$"}
CUR_NAME = {"GBP": "British Pound Sterling", "EUR": "Euro", "AUD": "Australian Dollar",
            "NZD": "New Zealand Dollar", "USD": "United States Dollar", "CAD": "Canadian Dollar"}
FIRST = ["Aoife", "Tom", "Priya", "Ngaire", "Luis", "Hannah", "Kwame", "Mei", "Rosa", "Ben",
         "Siobhan", "Jarrah", "Oliver", "Anika", "Marc", "Yusuf", "Ellie", "Greta"]
LAST = ["Byrne", "Okafor", "Nguyen", "Walsh", "Moreau", "Tane", "Fischer", "Lindqvist",
        "Costa", "Shah", "Murphy", "Kowalski"]
DISCLAIMER = (
    "\n\n--\nThis email and any attachments are confidential and may be legally privileged. "
    "If you are not the intended recipient, please notify the sender and delete it. Any views "
    "expressed are those of the author and not necessarily of the company.")
CAUTION = "[EXTERNAL] Caution: this email originated outside the organisation.\n\n"


def fmt_money(cur: str, amount: float) -> str:
    return f"{SYMBOL[cur]}{amount:,.2f}"


def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, fmt: str) -> str:
    if fmt == "iso":
        return d.isoformat()
    if fmt == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if fmt == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if fmt == "long":
        return f"{d.day} {d.strftime('%B %Y')}"
    if fmt == "mdy_long":
        return f"{d.strftime('%B')} {ordinal(d.day)}"
    if fmt == "d_mon":
        return f"{d.strftime('%a')} {d.day} {d.strftime('%b')}"
    if fmt == "ordinal":
        return ordinal(d.day)
    if fmt == "weekday":
        return d.strftime("%A")
    raise ValueError(fmt)


def business_day(d: dt.date, step: int) -> dt.date:
    """Payment dates people promise fall on weekdays."""
    while d.weekday() >= 5:
        d += dt.timedelta(days=step)
    return d


def ts(d: dt.date, hour: int = 10, minute: int = 15) -> str:
    return f"{d.isoformat()}T{hour:02d}:{minute:02d}:00+00:00"


def fill(text: str, vals: dict[str, str]) -> str:
    for k, v in vals.items():
        text = text.replace("{" + k + "}", v)
    assert "{doc}" not in text and "{pdate}" not in text, text
    return text


# ---------------------------------------------------------------- case declarations
# Each spec: cls, sem (semantic tag of the evidence), text (entry) or None, scaffold keys,
# and the label: route, outcome (lists), hard_stop.
DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")
SOFT = {"route": [DRAFT, ESC], "outcome": [RR, HT]}
SPECS: list[dict[str, Any]] = []


def add(cls: str, sem: str, route: list[str], outcome: list[str], hard_stop: str | None = None,
        **kw: Any) -> None:
    SPECS.append({"cls": cls, "sem": sem, "route": route, "outcome": outcome,
                  "hard_stop": hard_stop, **kw})


def hard_classes(rng: random.Random) -> None:
    # complaints: spread over every stage, cadence irrelevant; two at >= 60 days (dispute wins).
    dpds = [3, 9, 16, 22, 33, 45, 8, 2, 12, 19, 27, 38, 52, 64, 5, 10, 15, 31, 41, 71, 24, 7, 18]
    for i, t in enumerate(T.COMPLAINTS):
        add("complaint", "complaint", [ESC], [LD], text=t, dpd=dpds[i],
            reminded_current=(i % 3 == 0), wrap=["sig", "disc", "quote", None][i % 4])
    dpds = [4, 11, 17, 35, 9, 15, 26, 48, 8, 2, 14, 20, 31, 66, 13, 7, 29, 44, 10, 21, 58, 16]
    for i, t in enumerate(T.PAID_CLAIMS):
        # most paid claims answer the reminder already sent for the current stage
        add("paid_claim", "paid", [ESC], [LD], text=t, dpd=dpds[i],
            reminded_current=(i % 3 != 2), wrap=["quote", None, "sig", "disc"][i % 4],
            earlier_payment=(i == 12))
    dpds = [3, 9, 16, 22, 33, 12, 8, 40, 18, 26, 5, 14, 45, 10, 20, 31, 2, 15, 52, 19, 11, 37]
    for i, t in enumerate(T.PROMISES):
        add("promise", "promise", [NONE], [NA], text=t, dpd=dpds[i],
            reminded_current=(i % 2 == 1), ahead=3 + (i * 5) % 14,
            wrap=["sig", None, "quote", "disc"][i % 4])
    dpds = [4, 10, 17, 23, 34, 8, 15, 2, 12, 19, 28, 44, 9, 13, 21, 38, 7, 16, 25, 50, 11, 30]
    for i, t in enumerate(T.HARDSHIP):
        add("hardship", "hardship", [DRAFT], [PP], text=t, dpd=dpds[i],
            reminded_current=False, wrap=["quote", "sig", None, "disc"][i % 4])


def other_classes() -> None:
    # routine: no reply at all
    for dpd, rem in [(2, False), (8, False), (15, True), (23, False), (34, True), (47, False),
                     (9, True)]:
        add("routine", "none", [NONE] if rem else [DRAFT], [NA] if rem else [RR],
            dpd=dpd, reminded_current=rem)
    # nothing to do
    add("no_action", "none", [NONE], [NA], dpd=-9)
    add("no_action", "none", [NONE], [NA], dpd=0)
    add("no_action", "none", [NONE], [NA], dpd=20, paid_off=True)
    add("no_action", "none", [NONE], [NA], dpd=36, voided=True)
    # benign, unread, injection, other invoice
    for i, t in enumerate(T.BENIGN):
        add("benign", "benign", **SOFT, text=t, dpd=[5, 12, 19, 31, 9][i], reminded_current=False)
    for i, t in enumerate(T.UNREAD):
        add("unread", "unread", **SOFT, text=t, dpd=[8, 16, 3, 27][i], reminded_current=False)
    for i, t in enumerate(T.INJECTIONS):
        add("injection", "injection", [ESC], [LD, HT], text=t, dpd=[6, 18, 33, 11][i],
            reminded_current=(i % 2 == 0))
    for i, t in enumerate(T.OTHER_INVOICE):
        add("other_invoice", "other", **SOFT, text=t, dpd=[10, 17, 4, 25][i],
            reminded_current=False, other_open=True)
    # hard stops (each at least twice) and their order
    add("hard_stop", "legal", [ESC], [HT, LD], "legal_hold", text=T.LEGAL_EMAILS[0], dpd=40)
    add("hard_stop", "legal", [ESC], [HT, LD, RR], "legal_hold", text=T.LEGAL_EMAILS[1], dpd=13)
    add("hard_stop", "legal", [ESC], [HT, LD, RR], "legal_hold", dpd=22,
        notes=[("collector", 4, T.LEGAL_NOTES[0])])
    add("hard_stop", "legal", [ESC], [HT, LD, RR], "legal_hold", dpd=9, status="Disputed",
        notes=[("account owner", 2, T.LEGAL_NOTES[1])])
    add("hard_stop", "none", [ESC], [LD, HT], "open_dispute", dpd=18, status="Disputed")
    add("hard_stop", "none", [ESC], [LD, HT], "open_dispute", dpd=7, status="DISPUTED",
        amount=14200.0)
    add("hard_stop", "dispute_note", [ESC], [LD, HT], "open_dispute", dpd=26,
        notes=[("collector", 6, T.DISPUTE_NOTES[0])])
    add("hard_stop", "dispute_note", [ESC], [LD, HT], "open_dispute", dpd=12,
        notes=[("account owner", 3, T.DISPUTE_NOTES[1]),
               ("collector", 1, "Left voicemail for their office manager re. card details.")])
    add("hard_stop", "none", [ESC], [HT], "over_risk_threshold", dpd=11, amount=12750.0,
        fx="EUR", world="vet", unapplied=[12750.0])
    add("hard_stop", "none", [ESC], [HT], "over_risk_threshold", dpd=19, amount=7020.0,
        fx="USD", home_balance=False, world="cof")
    add("hard_stop", "complaint", [ESC], [HT, LD], "over_risk_threshold", dpd=8,
        amount=10480.0, text=T.OVER_RISK_COMPLAINT, world="it")
    add("hard_stop", "none", [ESC], [RR, HT, LD], "unapplied_credit", dpd=14, unapplied=[None])
    add("hard_stop", "none", [ESC], [RR, HT, LD], "unapplied_credit", dpd=21,
        unapplied=[0.4], credit_memos=[0.61])
    add("hard_stop", "paid", [ESC], [LD, HT, RR], "unapplied_credit", dpd=10,
        unapplied=[None], text=T.UNAPPLIED_PAID, no_bill_email=True, no_cust_email=True)
    add("hard_stop", "none", [ESC], [RR, HT], "missing_context", dpd=16, no_bill_email=True,
        no_cust_email=True)
    add("hard_stop", "none", [ESC], [RR, HT], "missing_context", dpd=None)
    # escalations
    add("escalation", "none", [ESC], [HT], dpd=63)
    add("escalation", "none", [ESC], [HT], dpd=95, reminded_current=True)
    add("escalation", "none", [ESC], [HT], dpd=18, reminders=[1, 7, 14])
    add("escalation", "none", [ESC], [HT], dpd=12, customer_notes=(
        "KEY ACCOUNT - no automated reminders please. Gareth handles this customer personally."))
    add("escalation", "none", [ESC], [HT], dpd=5, notes=[(
        "account owner", 30, "Please don't send them system reminders, I deal with their "
        "CFO directly.")])
    # mixed hard negatives
    add("mixed", "negated", **SOFT, text=T.NEGATED_COMPLAINT, dpd=9, reminded_current=False)
    add("mixed", "past_complaint", **SOFT, text=T.PAST_COMPLAINT, dpd=15, reminded_current=False)
    add("mixed", "hypothetical", **SOFT, text=T.HYPOTHETICAL, dpd=4, reminded_current=False)
    add("mixed", "retracted", **SOFT, text=T.RETRACTED_PAID, dpd=20, reminded_current=False,
        earlier=(8, T.RETRACTED_EARLIER))
    add("mixed", "retracted_promise", [NONE, ESC], [NA, LD], text=T.RETRACTED_TO_PROMISE,
        dpd=13, reminded_current=False, ahead=6,
        earlier=(6, T.RETRACTED_PROMISE_EARLIER))
    add("mixed", "passed_promise", [DRAFT], [RR], text=T.PASSED_PROMISE, dpd=17,
        reminded_current=False, ahead=-4, email_age=9)
    add("mixed", "promise", [NONE], [NA], text=T.NO_PLAN_PROMISE, dpd=10,
        reminded_current=False, ahead=8)
    add("mixed", "hardship", [NONE], [NA], text=T.HARDSHIP_REMINDED, dpd=16,
        reminded_current=True, email_age=1)
    add("mixed", "promise", [ESC], [HT], text=T.BIG_LATE_PROMISE, dpd=67,
        reminded_current=False, ahead=5)
    add("mixed", "hardship", [ESC], [HT], text=T.BIG_LATE_HARDSHIP, dpd=81,
        reminded_current=False)
    add("mixed", "vague", [NONE], [NA], text=T.PAST_PROMISE_EMAIL_FOR_3R, dpd=19,
        reminders=[1, 7, 14], email_age=2)
    add("mixed", "none", [NONE], [NA], dpd=22, reminders=[1, 7, 14], partials=1)
    add("mixed", "none", [DRAFT], [PP], dpd=24, reminders=[1, 7], partials=2)
    add("mixed", "none", [DRAFT], [RR], dpd=11, reminders=[1],
        status="Reminder sent")
    add("mixed", "none", [DRAFT, ESC], [RR, HT], dpd=29, reminders=[1, 7], notes=[
        ("collector", 12, "Customer disputed the freight charge on the phone."),
        ("account owner", 5, "Dispute resolved - freight credited on CM, balance now correct.")])
    add("mixed", "none", [DRAFT], [RR], dpd=8, reminders=[1], amount=11350.0, fx="EUR",
        world="vet")
    add("mixed", "none", [DRAFT], [RR], dpd=15, reminders=[1, 7], unapplied=[0.25],
        credit_memos=[0.3])
    add("mixed", "promise", [NONE], [NA], text=T.LEGAL_DISCLAIMER_PROMISE, dpd=6,
        reminded_current=False, ahead=7, wrap="disc")
    add("mixed", "complaint", [NONE, ESC], [NA, LD], text=T.NOT_DUE_COMPLAINT, dpd=-5)


# ---------------------------------------------------------------- building
def stage_of(dpd: int) -> int:
    return max((s for s in STAGES if dpd >= s), default=0)


def build(rng: random.Random) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    cases, expected = [], []
    world_cycle = ["vet", "cof", "it"]
    ids = iter(range(7000, 99999, 7))
    for n, sp in enumerate(SPECS, 1):
        cid = f"te-{n:04d}"
        text = sp.get("text")
        world = sp.get("world") or (text[0] if text and text[0] in WORLDS else None) \
            or world_cycle[n % 3]
        W = WORLDS[world]
        body_hint = text[-1] if text else ""
        custs = W["customers"]
        cust = None
        for key, target in HINTS:
            if key in body_hint:
                cust = next((c for c in custs if target in c[0] or c[2] == target), None)
                if cust:
                    break
        if sp.get("fx"):
            cust = next(c for c in custs if c[2] == sp["fx"])
        if cust is None:
            # about a third on a foreign currency
            pool = custs if rng.random() < 0.35 else [c for c in custs if c[3] is None]
            cust = rng.choice(pool)
        cname, domain, cur, rate = cust
        as_of = D(2026, 11, 23) + dt.timedelta(days=rng.randrange(12))
        dpd = sp.get("dpd")
        due = as_of - dt.timedelta(days=dpd) if dpd is not None else None
        txn = (due or as_of - dt.timedelta(days=70)) - dt.timedelta(days=30)
        amount = sp.get("amount") or round(rng.uniform(180, 6400), 2)
        if rate and not sp.get("amount"):
            amount = round(min(amount, 9000 / rate), 2)
        partials = sp.get("partials", 0)
        part_amts = [round(amount * f, 2) for f in (0.2, 0.15)[:partials]]
        total = round(amount + sum(part_amts), 2)
        balance = 0.0 if sp.get("paid_off") or sp.get("voided") else amount
        if sp.get("voided"):
            total = 0.0
        cust_id = str(300 + n)
        inv_id = str(5000 + n)
        doc = {"vet": "HV-", "cof": "IRB", "it": "NG"}[world] + str(24000 + n * 3)
        contact = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        cemail = f"{contact.split()[0].lower()}@{domain}"
        ap_email = f"accounts@{domain}"
        item, price = rng.choice(W["items"])
        invoice: dict[str, Any] = {
            "Balance": balance,
            "CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
            "CustomField": [],
            "CustomerRef": {"name": cname, "value": cust_id},
            "DocNumber": doc, "EmailStatus": "EmailSent", "Id": inv_id,
            "Line": [
                {"Amount": total, "Description": item, "DetailType": "SalesItemLineDetail",
                 "Id": "1", "LineNum": 1,
                 "SalesItemLineDetail": {"ItemRef": {"name": item, "value": "1"},
                                         "Qty": round(total / price, 2) if price else 1,
                                         "UnitPrice": price}},
                {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
            "LinkedTxn": [],
            "MetaData": {"CreateTime": ts(txn, 9, 0), "LastUpdatedTime": ts(txn, 9, 0)},
            "PrintStatus": "NotSet", "PrivateNote": "Voided" if sp.get("voided") else "",
            "SalesTermRef": {"value": "3"}, "SyncToken": "1", "TotalAmt": total,
            "TxnDate": txn.isoformat(),
        }
        if due is not None:
            invoice["DueDate"] = due.isoformat()
        if not sp.get("no_bill_email"):
            invoice["BillEmail"] = {"Address": ap_email if rng.random() < 0.5 else cemail}
        if rate:
            invoice["ExchangeRate"] = rate
            invoice["HomeTotalAmt"] = round(total * rate, 2)
            if sp.get("home_balance", True):
                invoice["HomeBalance"] = round(balance * rate, 2)
        if sp.get("status"):
            invoice["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status",
                                       "StringValue": sp["status"], "Type": "StringType"}]
        customer: dict[str, Any] = {
            "Active": True, "Balance": balance, "CompanyName": cname,
            "CurrencyRef": {"name": CUR_NAME[cur], "value": cur}, "DisplayName": cname,
            "Id": cust_id,
            "MetaData": {"CreateTime": ts(D(2024, 3, 1) + dt.timedelta(days=n * 3)),
                         "LastUpdatedTime": ts(txn)},
            "Notes": sp.get("customer_notes", ""), "SyncToken": str(n % 5),
        }
        if not sp.get("no_cust_email"):
            customer["PrimaryEmailAddr"] = {"Address": ap_email}
        # history: paid invoices, each with its payment
        invoices, payments = [], []
        for h in range(rng.randrange(0, 3)):
            hdue = txn - dt.timedelta(days=35 * (h + 1))
            hamt = round(rng.uniform(150, 3000), 2)
            hid, pid = str(next(ids)), str(next(ids))
            hinv = json.loads(json.dumps(invoice))
            hinv.update({"Balance": 0.0, "DocNumber": doc[:-3] + str(int(doc[-3:]) - 40 - h),
                         "Id": hid, "DueDate": hdue.isoformat(), "CustomField": [],
                         "TxnDate": (hdue - dt.timedelta(days=30)).isoformat(),
                         "TotalAmt": hamt, "LinkedTxn": [{"TxnId": pid, "TxnType": "Payment"}],
                         "PrivateNote": ""})
            hinv["Line"][0]["Amount"] = hinv["Line"][1]["Amount"] = hamt
            for k in ("HomeBalance",):
                if k in hinv:
                    hinv[k] = 0.0
            if "HomeTotalAmt" in hinv:
                hinv["HomeTotalAmt"] = round(hamt * rate, 2)
            invoices.append(hinv)
            pday = hdue + dt.timedelta(days=rng.randrange(-3, 9))
            payments.append(payment(pid, cname, cust_id, hamt, pday, [(hid, hamt)], 0.0))
        other_doc = doc[:-3] + str(int(doc[-3:]) + 1)
        if sp.get("other_open"):
            oid = str(next(ids))
            oinv = json.loads(json.dumps(invoice))
            odue = (due or as_of) - dt.timedelta(days=9)
            oamt = round(rng.uniform(120, 2000), 2)
            oinv.update({"Balance": oamt, "DocNumber": other_doc, "Id": oid,
                         "DueDate": odue.isoformat(), "TotalAmt": oamt,
                         "TxnDate": (odue - dt.timedelta(days=30)).isoformat()})
            oinv["Line"][0]["Amount"] = oinv["Line"][1]["Amount"] = oamt
            if rate:
                oinv["HomeTotalAmt"] = round(oamt * rate, 2)
                if "HomeBalance" in oinv:
                    oinv["HomeBalance"] = round(oamt * rate, 2)
            invoices.append(oinv)
        # reminders for this invoice
        cur_stage = stage_of(dpd) if dpd is not None else 0
        if "reminders" in sp:
            stages = sp["reminders"]
        elif cur_stage == 0:
            stages = []
        else:
            below = [s for s in STAGES if s < cur_stage]
            # at most one earlier stage when no message follows: 3 silent reminders escalate
            k = rng.randrange(0, min(2 if text else 1, len(below)) + 1)
            keep = below[len(below) - k:]
            stages = keep + ([cur_stage] if sp.get("reminded_current") else [])
        reminders = [{"date": ts(due + dt.timedelta(days=s), 8, 30), "stage": s}
                     for s in stages] if due else []
        # partial payments on this invoice, after the first reminder when there is one
        start = (due + dt.timedelta(days=stages[0] + 1)) if (due and stages) else txn
        for k, pa in enumerate(part_amts):
            pid = str(next(ids))
            pday = start + dt.timedelta(days=1 + k * 2)
            payments.append(payment(pid, cname, cust_id, pa, pday, [(inv_id, pa)], 0.0))
            invoice["LinkedTxn"].append({"TxnId": pid, "TxnType": "Payment"})
        if sp.get("paid_off"):
            pid = str(next(ids))
            payments.append(payment(pid, cname, cust_id, total, as_of - dt.timedelta(days=2),
                                    [(inv_id, total)], 0.0))
            invoice["LinkedTxn"].append({"TxnId": pid, "TxnType": "Payment"})
        for frac in sp.get("unapplied", []):
            ua = amount if frac is None else (frac if frac > 1 else round(amount * frac, 2))
            payments.append(payment(str(next(ids)), cname, cust_id, ua,
                                    as_of - dt.timedelta(days=5), [], ua))
        credit_memos = []
        for frac in sp.get("credit_memos", []):
            cm = round(amount * frac, 2)
            cday = as_of - dt.timedelta(days=12)
            credit_memos.append({
                "Balance": cm, "CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
                "CustomerRef": {"name": cname, "value": cust_id},
                "DocNumber": "CM" + str(900 + n), "Id": str(next(ids)),
                "Line": [{"Amount": cm, "Description": "Credit - returned goods",
                          "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                          "SalesItemLineDetail": {"ItemRef": {"name": item, "value": "1"},
                                                  "Qty": 1, "UnitPrice": cm}}],
                "MetaData": {"CreateTime": ts(cday), "LastUpdatedTime": ts(cday)},
                "RemainingCredit": cm, "SyncToken": "0", "TotalAmt": cm,
                "TxnDate": cday.isoformat()})
        # the message
        emails, meta = [], {}
        if text:
            age = sp.get("email_age", rng.randrange(0, 4))
            edate = as_of - dt.timedelta(days=age)
            if stages and due:
                edate = max(edate, due + dt.timedelta(days=stages[-1]))
            if edate > as_of:
                edate = as_of
            vals = {"doc": doc, "bal": fmt_money(cur, amount), "other": other_doc,
                    "customer": cname, "supplier": W["supplier"],
                    "ref": (rng.choice(["FT", "TRF", "PAY", "WX"])
                            + str(rng.randrange(10**6, 10**7))),
                    "paid_on": fmt_date(edate - dt.timedelta(days=rng.randrange(3, 12)),
                                        rng.choice(["iso", "long", "dmy_slash", "mdy_long"]))}
            if len(text) == 4:
                fmt, subject, body = text[1], text[2], text[3]
                ahead = sp["ahead"]
                pdate = as_of + dt.timedelta(days=ahead)
                if fmt == "weekday":
                    # a bare weekday must be the next one after the email: within 6 days of it
                    pdate = as_of + dt.timedelta(days=1 + (n % 3))
                pdate = business_day(pdate, 1 if ahead > 0 else -1)
                if fmt == "weekday":
                    edate = min(max(edate, pdate - dt.timedelta(days=6)), as_of)
                if fmt == "ordinal" and pdate.month != edate.month and pdate.day >= edate.day:
                    # "the 28th" written on 25 Nov would read as 28 Nov: keep ordinals clear
                    pdate = business_day(as_of + dt.timedelta(days=2), 1)
                    assert pdate.month == edate.month or pdate.day < edate.day
                if ahead < 0:
                    edate = pdate - dt.timedelta(days=5)
                vals["pdate"] = fmt_date(pdate, fmt)
                meta["pdate"] = pdate.isoformat()
            else:
                subject, body = text[1], text[2]
            body = fill(body, vals)
            subject = fill(subject, vals)
            wrap = sp.get("wrap")
            sender = cemail if rng.random() < 0.6 else ap_email
            if wrap == "sig":
                body += (f"\n\n{contact}\n{rng.choice(W['titles'])}\n{cname}\n"
                         f"T: {W['phone']} {rng.randrange(1000, 9999)}")
            elif wrap == "disc":
                caution = CAUTION if rng.random() < 0.5 else ""
                body = caution + body + f"\n\n{contact}" + DISCLAIMER
            elif wrap == "quote" and stages:
                rdate = due + dt.timedelta(days=stages[-1])
                body += (f"\n\nOn {rdate.strftime('%d %b %Y')}, {W['ar']} wrote:\n> Dear "
                         f"{cname},\n> Our records show invoice {doc} for "
                         f"{fmt_money(cur, amount)} is now overdue. Please arrange payment.\n> "
                         f"{W['collector']}, {W['supplier']}")
            if sp.get("earlier"):
                eage, (_, esub, ebody) = sp["earlier"]
                pdate_e = as_of - dt.timedelta(days=eage)
                assert pdate_e < edate
                emails.append({"body": fill(ebody, vals), "date": ts(pdate_e, 11, 40),
                               "from": sender, "subject": fill(esub, vals), "to": W["ar"]})
            emails.append({"body": body, "date": ts(edate, rng.randrange(7, 18), rng.randrange(60)),
                           "from": sender, "subject": subject, "to": W["ar"]})
            meta["edate"] = edate.isoformat()
        notes = [{"author": a, "date": ts(as_of - dt.timedelta(days=ago), 14, 5), "text": t}
                 for a, ago, t in sp.get("notes", [])]
        case = {"as_of": as_of.isoformat(), "credit_memos": credit_memos, "crm_notes": notes,
                "customer": customer, "emails": emails, "home_currency": W["home"], "id": cid,
                "invoice": invoice, "invoices": invoices, "payments": payments,
                "reminders_sent": reminders}
        exp = {"class": sp["cls"], "hard_stop": sp["hard_stop"], "id": cid,
               "outcome": sp["outcome"], "route": sp["route"]}
        check(case, exp, sp, meta)
        cases.append(case)
        expected.append(exp)
    return cases, expected


def payment(pid: str, cname: str, cust_id: str, amt: float, day: dt.date,
            links: list[tuple[str, float]], unapplied: float) -> dict[str, Any]:
    return {"CustomerRef": {"name": cname, "value": cust_id}, "Id": pid,
            "Line": [{"Amount": a, "LinkedTxn": [{"TxnId": t, "TxnType": "Invoice"}]}
                     for t, a in links],
            "MetaData": {"CreateTime": ts(day), "LastUpdatedTime": ts(day)}, "SyncToken": "0",
            "TotalAmt": amt, "TxnDate": day.isoformat(), "UnappliedAmt": unapplied}


# ---------------------------------------------------------------- check
DISPUTE_SEMS = {"complaint", "paid", "injection"}
PROMISE_SEMS = {"promise", "retracted_promise", "passed_promise"}


def derive(case: dict[str, Any], sp: dict[str, Any],
           meta: dict[str, Any]) -> tuple[str, str, str | None]:
    """SPEC's order applied to the bundle's structure plus the message's semantic tag."""
    inv, as_of = case["invoice"], D.fromisoformat(case["as_of"])
    bal = inv["Balance"]
    sem = sp["sem"]
    due = D.fromisoformat(inv["DueDate"]) if inv.get("DueDate") else None
    dpd = (as_of - due).days if due else None
    if bal <= 0 or (dpd is not None and dpd < 1):
        return NONE, NA, None
    home = inv.get("HomeBalance", bal * inv.get("ExchangeRate", 1.0))
    status = next((f.get("StringValue", "") for f in inv["CustomField"]
                   if f["Name"] == "Collections Status"), "")
    covered = (sum(p["UnappliedAmt"] for p in case["payments"])
               + sum(c["Balance"] for c in case["credit_memos"])) >= bal - 1e-9
    no_addr = not inv.get("BillEmail") and not case["customer"].get("PrimaryEmailAddr")
    stops = [("legal_hold", sem == "legal" or any(
                 w in n["text"].lower() for n in case["crm_notes"]
                 for w in ("lawyer", "bankruptcy", "counsel", "insolven"))),
             ("open_dispute", status.lower() == "disputed" or sem == "dispute_note"),
             ("over_risk_threshold", home >= THRESHOLD),
             ("unapplied_credit", covered),
             ("missing_context", no_addr or due is None)]
    hs = next((s for s, on in stops if on), None)
    if hs:
        return ESC, {"legal_hold": HT, "open_dispute": LD, "over_risk_threshold": HT}.get(
            hs, LD if sem in DISPUTE_SEMS else RR), hs
    assert dpd is not None
    rem = case["reminders_sent"]
    first = min((r["date"][:10] for r in rem), default=None)
    activity = first is not None and (
        any(p["TxnDate"] >= first for p in case["payments"])
        or any(e["date"][:10] >= first and not e["from"].endswith(WORLD_AR_DOMAINS)
               for e in case["emails"])
        or any(n["date"][:10] >= first for n in case["crm_notes"]))
    three = len(rem) >= 3 and not activity
    no_auto = "no automated reminders" in case["customer"]["Notes"].lower() or any(
        "system reminders" in n["text"] for n in case["crm_notes"])
    partials = sum(1 for p in case["payments"] for ln in p["Line"]
                   for lt in ln["LinkedTxn"] if lt["TxnId"] == inv["Id"])
    if sem in DISPUTE_SEMS:
        return ESC, LD, None
    if dpd >= 60 or three or no_auto:
        return ESC, HT, None
    outcome = PP if (sem == "hardship" or partials >= 2) else RR
    stage = stage_of(dpd)
    reminded = any(r["stage"] == stage for r in rem)
    ahead = sem in PROMISE_SEMS and D.fromisoformat(meta["pdate"]) > as_of
    if reminded or ahead:
        return NONE, NA, None
    return DRAFT, outcome, None


WORLD_AR_DOMAINS = tuple(w["ar"].split("@")[1] for w in WORLDS.values())


def check(case: dict[str, Any], exp: dict[str, Any], sp: dict[str, Any],
          meta: dict[str, Any]) -> None:
    route, outcome, hs = derive(case, sp, meta)
    cid = case["id"]
    problems = []
    if route not in exp["route"]:
        problems.append(f"route {route} not in {exp['route']}")
    if outcome not in exp["outcome"]:
        problems.append(f"outcome {outcome} not in {exp['outcome']}")
    if hs != exp["hard_stop"]:
        problems.append(f"hard stop {hs} != {exp['hard_stop']}")
    # the four hard classes have one answer only
    if exp["class"] in {"complaint", "paid_claim", "promise", "hardship"} and (
            len(exp["route"]) != 1 or len(exp["outcome"]) != 1 or hs is not None):
        problems.append("hard class must have a single answer and no hard stop")
    if "pdate" in meta:
        if D.fromisoformat(meta["pdate"]) <= D.fromisoformat(meta["edate"]):
            problems.append("promise date not after the email")
        if sp["sem"] in PROMISE_SEMS and sp["sem"] != "passed_promise" and \
                D.fromisoformat(meta["pdate"]) <= D.fromisoformat(case["as_of"]):
            problems.append("promise date not ahead of as_of")
    inv = case["invoice"]
    if case["emails"] and case["emails"][0]["date"][:10] < inv["TxnDate"]:
        problems.append("email before the invoice")
    for r in case["reminders_sent"]:
        if r["date"][:10] > case["as_of"]:
            problems.append("reminder after as_of")
    if problems:
        sys.exit(f"{cid} ({exp['class']}): " + "; ".join(problems))


def main() -> None:
    rng = random.Random(SEED)
    hard_classes(rng)
    other_classes()
    cases, expected = build(rng)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(HERE / "expected.jsonl", "w", encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    counts: dict[str, int] = {}
    for e in expected:
        counts[e["class"]] = counts.get(e["class"], 0) + 1
    print(f"{len(cases)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()

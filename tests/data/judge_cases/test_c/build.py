#!/usr/bin/env python3
"""Writes the held-out judge test set test_c: cases.jsonl and expected.jsonl (stdlib only).

Re-run `python3 tests/data/judge_cases/test_c/build.py` to rewrite both files byte for byte.
Messages are hand-written in texts.py; this file only builds scaffolds around them, labels each
group from shared/SPEC.md, and check() refuses a scaffold that contradicts its label.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import texts as T

SEED = 20261202
HERE = Path(__file__).resolve().parent
STAGES = [1, 7, 14, 30, 60]
Case = dict[str, Any]
Label = dict[str, Any]

# key: (supplier, AR domain, home currency, foreign invoice currency and rate or None,
#       tz offset, line descriptions, customers)
WORLDS: dict[str, tuple[str, str, str, tuple[str, float] | None, str, list[str], list[str]]] = {
    "dental": (
        "Brightline Dental Laboratory",
        "brightlinelab.example",
        "USD",
        None,
        "-05:00",
        ["Zirconia crown", "PFM bridge (3 unit)", "Night guard", "Implant abutment"],
        [
            "Lakeshore Family Dentistry",
            "Dr. Amara Osei DDS",
            "Pine Street Orthodontics",
            "Summit Smiles PC",
            "Harbor View Dental Group",
        ],
    ),
    "chandlery": (
        "Keel & Cleat Chandlery",
        "keelandcleat.example",
        "GBP",
        ("EUR", 0.86),
        "+00:00",
        ["12mm braid on braid rope", "Antifouling 2.5L", "Self-tailing winch", "Liferaft service"],
        [
            "Solent Yacht Charters",
            "Penrose Boatyard",
            "Mylor Sailing School",
            "Tidewater Marine Services",
            "Gwen Pascoe",
        ],
    ),
    "film": (
        "Northern Lens Rentals",
        "northernlens.example",
        "CAD",
        ("USD", 1.39),
        "-08:00",
        ["Camera package hire (day)", "Prime lens set", "Dolly and track", "Grip truck"],
        [
            "Driftwood Pictures Inc.",
            "Cedar Hill Productions",
            "Loon Lake Films",
            "Backlot North Media",
            "Fraser Street Studio",
        ],
    ),
    "farm": (
        "Veldkos Organic Wholesale",
        "veldkos.example",
        "ZAR",
        ("USD", 18.1),
        "+02:00",
        [
            "Mixed vegetable boxes",
            "Free-range eggs (tray)",
            "Butternut (10 kg)",
            "Baby spinach (crate)",
        ],
        [
            "Bo-Kaap Bistro",
            "Stellenbosch Food Co-op",
            "Green Fig Deli",
            "Karoo Kitchen (Pty) Ltd",
            "Sea Point Grocer",
        ],
    ),
    "elevator": (
        "Apex Vertical Elevator Service",
        "apexvertical.example",
        "USD",
        None,
        "-06:00",
        [
            "Quarterly maintenance",
            "Emergency callout",
            "Door operator repair",
            "Annual safety test",
        ],
        [
            "Riverside Tower Condominium Assn",
            "Maple Court Apartments",
            "Halvorsen Property Management",
            "Eastgate Medical Offices",
            "The Wexford Hotel",
        ],
    ),
    "court": (
        "Verbatim Court Reporting",
        "verbatimreporting.example",
        "GBP",
        None,
        "+00:00",
        [
            "Transcript (per page)",
            "Reporter attendance (day)",
            "Expedited delivery",
            "Realtime feed",
        ],
        [
            "Hartley & Moss LLP",
            "Crane Baptiste Chambers",
            "Ouseburn Legal Services",
            "Pemberton Wray LLP",
            "Northgate Claims Ltd",
        ],
    ),
    "pest": (
        "Shieldline Pest Control",
        "shieldlinepest.example",
        "ZAR",
        None,
        "+02:00",
        ["Monthly service visit", "Bait station (each)", "Fumigation", "Callout fee"],
        [
            "Durban Spice Traders",
            "Umhlanga Lodge",
            "Glenwood Bakery",
            "Berea Property Holdings",
            "Ridgeview Primary School",
        ],
    ),
}
FIRST = [
    "Sam",
    "Noor",
    "Lerato",
    "Ewan",
    "Marisol",
    "Jonah",
    "Keiko",
    "Tariq",
    "Imogen",
    "Pieter",
    "Dana",
    "Ruth",
    "Mateo",
    "Chloe",
    "Andile",
    "Owen",
]
SUBJECTS = [
    "Re: Invoice {inv} from {co}",
    "RE: Payment reminder: {inv}",
    "Re: {inv}",
    "Re: Overdue invoice",
    "{inv}",
    "Question",
    "Re: Your account",
    "FW: {inv}",
]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(day: dt.date, fmt: str, us: bool) -> str:
    month, mon = day.strftime("%B"), day.strftime("%b")
    return {
        "iso": day.isoformat(),
        "long": f"{month} {day.day}, {day.year}" if us else f"{day.day} {month} {day.year}",
        "dmy": f"{day.day} {mon}",
        "short": f"{mon} {day.day}",
        "dmyslash": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "mdyslash": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
    }[fmt]


TOKEN = re.compile(r"\{(D|WD|DOM)([+-]\d+)(?:\|(\w+))?\}")


def parse_flags(text: str) -> tuple[dict[str, str], str]:
    flags: dict[str, str] = {}
    if text.startswith("["):
        head, text = text[1:].split("]", 1)
        for part in head.split(","):
            k, _, v = part.partition("=")
            flags[k] = v
    return flags, text


def offsets(text: str) -> list[int]:
    return [int(m.group(2)) for m in TOKEN.finditer(text)]


def fill(text: str, as_of: dt.date, us: bool, values: dict[str, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        day = as_of + dt.timedelta(days=int(m.group(2)))
        if m.group(1) == "WD":
            return day.strftime("%A")
        if m.group(1) == "DOM":
            return ordinal(day.day)
        return fmt_date(day, m.group(3) or "iso", us)

    text = TOKEN.sub(repl, text)
    for k, v in values.items():
        text = text.replace("{" + k + "}", v)
    return text.replace("{{", "{").replace("}}", "}")


def meta(day: dt.date, tz: str) -> dict[str, str]:
    stamp = f"{day.isoformat()}T10:15:00{tz}"
    return {"CreateTime": stamp, "LastUpdatedTime": stamp}


def invoice(
    inv_id: str,
    doc: str,
    cust: dict[str, Any],
    email: str | None,
    total: float,
    balance: float,
    txn: dt.date,
    due: dt.date | None,
    cur: str,
    rate: float | None,
    home_balance: bool,
    desc: str,
    tz: str,
    status: str | None = None,
) -> dict[str, Any]:
    inv: dict[str, Any] = {
        "Balance": balance,
        "CurrencyRef": {"value": cur},
        "CustomField": (
            [
                {
                    "DefinitionId": "1",
                    "Name": "Collections Status",
                    "StringValue": status,
                    "Type": "StringType",
                }
            ]
            if status
            else []
        ),
        "CustomerRef": {"name": cust["DisplayName"], "value": cust["Id"]},
        "DocNumber": doc,
        "EmailStatus": "EmailSent",
        "Id": inv_id,
        "Line": [
            {
                "Amount": total,
                "Description": desc,
                "DetailType": "SalesItemLineDetail",
                "Id": "1",
                "LineNum": 1,
                "SalesItemLineDetail": {
                    "ItemRef": {"name": desc, "value": "7"},
                    "Qty": 1,
                    "UnitPrice": total,
                },
            },
            {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
        ],
        "LinkedTxn": [],
        "MetaData": meta(txn, tz),
        "PrintStatus": "NotSet",
        "PrivateNote": "",
        "SalesTermRef": {"value": "3"},
        "SyncToken": "2",
        "TotalAmt": total,
        "TxnDate": txn.isoformat(),
    }
    if email:
        inv["BillEmail"] = {"Address": email}
    if due is not None:
        inv["DueDate"] = due.isoformat()
    if rate is not None:
        inv["ExchangeRate"] = rate
        if home_balance:
            inv["HomeBalance"] = round(balance * rate, 2)
    return inv


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.n = 0
        self.items: list[tuple[Case, Label, dict[str, Any]]] = []

    def amount(self, home: str, lo: float = 0.0) -> float:
        hi = 9400.0 if home == "ZAR" else 8600.0
        low = max(lo, 1500.0 if home == "ZAR" else 140.0)
        return round(self.rng.uniform(low, hi), 2)

    def wrap(
        self,
        body: str,
        contact: str,
        cname: str,
        co: str,
        doc: str,
        bal: str,
        first_rem: dt.date | None,
        us: bool,
        keep: bool,
    ) -> str:
        """Only wraps a hand-written text: a signature, a disclaimer or our quoted reminder."""
        if keep or body.startswith(
            (
                "REMITTANCE",
                "Payment notification",
                "{",
                "<!--",
                "Delivery has failed",
                "Read:",
                "---------- Forwarded",
            )
        ):
            return body
        roll = self.rng.random()
        if roll < 0.25:
            return f"{body}\n\n{contact}\n{cname}"
        if roll < 0.35:
            return (
                f"{body}\n\nThanks,\n{contact}\n\nThis message and any attachments are "
                "confidential and intended only for the addressee. If you received it in "
                "error, please delete it and notify the sender."
            )
        if roll < 0.5 and first_rem is not None:
            return (
                f"{body}\n\nOn {fmt_date(first_rem, 'long', us)}, {co} "
                f"wrote:\n> Dear customer,\n> Our records show invoice {doc} ({bal}) is now "
                "past due.\n> Please arrange payment at your earliest convenience."
            )
        return body

    def build(
        self,
        label: Label,
        *,
        world: str | None = None,
        dpd: int | None = None,
        texts: list[str] | None = None,
        notes: list[tuple[int, str]] | None = None,
        reminders: list[int] | None = None,
        partials: int = 0,
        balance_zero: bool = False,
        home_amount: float | None = None,
        status: str | None = None,
        no_address: bool = False,
        no_due: bool = False,
        unapplied: bool = False,
        customer_notes: str = "",
        other_open: bool = False,
        foreign: bool | None = None,
        email_offset: int | None = None,
    ) -> None:
        rng = self.rng
        self.n += 1
        tagged = [parse_flags(t)[0].get("w") for t in texts or []]
        key = world or next((w for w in tagged if w), None) or rng.choice(sorted(WORLDS))
        co, dom, home, fx, tz, descs, custs = WORLDS[key]
        us = home in ("USD", "CAD")
        as_of = dt.date(2026, 11, 3) + dt.timedelta(days=rng.randint(0, 21))
        if dpd is None:
            dpd = rng.randint(1, 58)
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=30)
        use_fx = fx is not None and (foreign if foreign is not None else rng.random() < 0.4)
        cur, rate = fx if use_fx and fx else (home, None)
        total = self.amount(home) if home_amount is None else home_amount
        if rate:
            total = round(total / rate, 2)
        balance = total
        cname = rng.choice(custs)
        slug = re.sub(r"[^a-z]", "", cname.lower())[:14]
        contact = rng.choice(FIRST)
        cust_mail = f"{rng.choice(['accounts', 'ap', contact.lower(), 'office'])}@{slug}.example"
        cid = str(300 + self.n)
        cust: dict[str, Any] = {
            "Active": True,
            "Balance": 0.0,
            "CompanyName": cname,
            "CurrencyRef": {"name": cur, "value": cur},
            "DisplayName": cname,
            "Id": cid,
            "MetaData": meta(dt.date(2025, 3, 4), tz),
            "Notes": customer_notes,
            "SyncToken": "4",
        }
        if not no_address:
            cust["PrimaryEmailAddr"] = {"Address": cust_mail}
        doc = f"{key[:2].upper()}-{4100 + self.n}"
        inv_id = str(7000 + self.n)
        payments: list[dict[str, Any]] = []
        pay_n = [0]

        def payment(day: dt.date, amt: float, link: str | None, unapplied_amt: float = 0.0) -> None:
            pay_n[0] += 1
            payments.append(
                {
                    "CustomerRef": {"name": cname, "value": cid},
                    "Id": f"{inv_id}{pay_n[0]:02d}",
                    "Line": (
                        [{"Amount": amt, "LinkedTxn": [{"TxnId": link, "TxnType": "Invoice"}]}]
                        if link
                        else []
                    ),
                    "MetaData": meta(day, tz),
                    "SyncToken": "0",
                    "TotalAmt": round(amt + unapplied_amt, 2),
                    "TxnDate": day.isoformat(),
                    "UnappliedAmt": unapplied_amt,
                }
            )

        history = []
        for h in range(rng.randint(0, 2)):
            hday = txn - dt.timedelta(days=40 * (h + 1))
            amt = self.amount(home) if not rate else round(self.amount(home) / rate, 2)
            hid = f"{inv_id}{h}"
            hist = invoice(
                hid,
                f"{key[:2].upper()}-{3000 + self.n * 3 + h}",
                cust,
                None if no_address else cust_mail,
                amt,
                0.0,
                hday,
                hday + dt.timedelta(days=30),
                cur,
                rate,
                True,
                rng.choice(descs),
                tz,
            )
            hist["LinkedTxn"] = [{"TxnId": f"{hid}P", "TxnType": "Payment"}]
            history.append(hist)
            payment(hday + dt.timedelta(days=rng.randint(20, 45)), amt, hid)
        other_doc = f"{key[:2].upper()}-{5100 + self.n}"
        if other_open:
            oday = txn - dt.timedelta(days=20)
            amt = self.amount(home) if not rate else round(self.amount(home) / rate, 2)
            history.append(
                invoice(
                    f"{inv_id}9",
                    other_doc,
                    cust,
                    None if no_address else cust_mail,
                    amt,
                    amt,
                    oday,
                    oday + dt.timedelta(days=30),
                    cur,
                    rate,
                    True,
                    rng.choice(descs),
                    tz,
                )
            )
        if partials:
            for p in range(partials):
                part = round(total * rng.uniform(0.1, 0.25), 2)
                balance = round(balance - part, 2)
                payment(due + dt.timedelta(days=-3 + p * 2), part, inv_id)
        if balance_zero:
            payment(due - dt.timedelta(days=2), balance, inv_id)
            balance = 0.0
        credit_memos: list[dict[str, Any]] = []
        if unapplied:
            half = round(balance * 0.6, 2)
            payment(as_of - dt.timedelta(days=5), 0.0, None, half)
            credit_memos.append(
                {
                    "Balance": round(balance - half + 1.0, 2),
                    "CurrencyRef": {"value": cur},
                    "CustomerRef": {"name": cname, "value": cid},
                    "DocNumber": f"CM-{self.n}",
                    "Id": f"{inv_id}C",
                    "MetaData": meta(as_of - dt.timedelta(days=12), tz),
                    "RemainingCredit": round(balance - half + 1.0, 2),
                    "SyncToken": "0",
                    "TotalAmt": round(balance - half + 1.0, 2),
                    "TxnDate": (as_of - dt.timedelta(days=12)).isoformat(),
                }
            )
        inv = invoice(
            inv_id,
            doc,
            cust,
            None if no_address else cust_mail,
            total,
            balance,
            txn,
            None if no_due else due,
            cur,
            rate,
            rng.random() < 0.8,
            rng.choice(descs),
            tz,
            status,
        )
        stage = max([s for s in STAGES if s <= dpd], default=0)
        rem_stages = (
            reminders
            if reminders is not None
            else sorted(
                rng.sample(
                    [s for s in STAGES if s < stage],
                    k=min(rng.randint(0, 2), len([s for s in STAGES if s < stage])),
                )
            )
        )
        rems = [
            {"date": f"{(due + dt.timedelta(days=s)).isoformat()}T09:00:00{tz}", "stage": s}
            for s in rem_stages
        ]
        values = {
            "inv": doc,
            "other": other_doc,
            "co": co,
            "name": contact,
            "bal": f"{cur} {balance:,.2f}",
        }
        first_rem = due + dt.timedelta(days=min(rem_stages)) if rem_stages else None
        emails = []
        promise_days: list[int] = []
        for raw in texts or []:
            flags, body = parse_flags(raw)
            offs = offsets(body)
            e = (
                int(flags["e"])
                if "e" in flags
                else (email_offset if email_offset is not None else rng.randint(1, 3))
            )
            if "{WD" in body and "e" not in flags:
                e = 1  # a weekday name then means one day within the coming week, never today

            if offs:
                promise_days.append(max(offs))
            eday = as_of - dt.timedelta(days=e)
            emails.append(
                {
                    "body": self.wrap(
                        fill(body, as_of, us, values),
                        contact,
                        cname,
                        co,
                        doc,
                        values["bal"],
                        first_rem if first_rem and first_rem < eday else None,
                        us,
                        "noWrap" in flags,
                    ),
                    "date": f"{eday.isoformat()}T{rng.randint(8, 17):02d}:"
                    f"{rng.choice(['05', '22', '41'])}:00{tz}",
                    "from": cust_mail,
                    "subject": fill(rng.choice(SUBJECTS), as_of, us, values),
                    "to": f"ar@{dom}",
                }
            )
        crm = [
            {
                "author": rng.choice(["collector", "account owner", "crm"]),
                "date": f"{(as_of - dt.timedelta(days=k)).isoformat()}T11:30:00{tz}",
                "text": fill(text, as_of, us, values),
            }
            for k, text in (notes or [])
        ]
        case: Case = {
            "as_of": as_of.isoformat(),
            "credit_memos": credit_memos,
            "crm_notes": crm,
            "customer": cust,
            "emails": emails,
            "home_currency": home,
            "id": "",
            "invoice": inv,
            "invoices": history,
            "payments": payments,
            "reminders_sent": rems,
        }
        facts = {"promise_days": promise_days, "texts": texts or []}
        self.items.append((case, label, facts))


def lab(route: list[str], outcome: list[str], cls: str, stop: str | None = None) -> Label:
    return {"route": route, "outcome": outcome, "hard_stop": stop, "class": cls}


DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = (
    "routine_reminder",
    "likely_dispute",
    "payment_plan_candidate",
    "high_touch_escalation",
    "no_action",
)
SOFT_RR = ([DRAFT, ESC], [RR, HT])


def populate(b: Builder) -> None:
    rng = b.rng
    for _ in range(36):
        b.build(lab([DRAFT], [RR], "routine"), partials=rng.choice([0, 0, 0, 1]))
    for _ in range(4):
        b.build(lab([NONE], [NA], "no_action"), balance_zero=True)
    for _ in range(4):
        b.build(lab([NONE], [NA], "no_action"), dpd=rng.randint(-20, 0), reminders=[])
    for dpd in (3, 10, 22, 45):
        stage = max(s for s in STAGES if s <= dpd)
        b.build(lab([NONE], [NA], "no_action"), dpd=dpd, reminders=[stage])
    for text in T.HARDSHIP:
        flags, _ = parse_flags(text)
        if "alt" in flags:
            b.build(lab([DRAFT, NONE], [PP, NA], "hardship"), texts=[text], dpd=rng.randint(3, 50))
        else:
            b.build(lab([DRAFT], [PP], "hardship"), texts=[text], dpd=rng.randint(2, 57))
    for _ in range(2):
        b.build(lab([DRAFT], [PP], "hardship"), partials=2, dpd=rng.randint(8, 50))
    for text in T.PROMISES:
        flags, _ = parse_flags(text)
        if "alt" in flags:
            b.build(lab([NONE, DRAFT], [NA, RR], "promise"), texts=[text])
        elif "alt2" in flags:  # a promise that also asks us to hold reminders (SPEC rule 5)
            b.build(lab([NONE, ESC], [NA, HT], "promise"), texts=[text], dpd=rng.randint(2, 57))
        else:
            b.build(lab([NONE], [NA], "promise"), texts=[text], dpd=rng.randint(2, 57))
    for text in T.COMPLAINTS:
        flags, _ = parse_flags(text)
        b.build(lab([ESC], [LD], "complaint"), texts=[text], world=flags.get("w"))
    for text in T.PAID_CLAIMS:
        b.build(
            lab([ESC], [LD], "paid_claim"),
            texts=[text],
            dpd=rng.randint(10, 57),
            other_open="{other}" in text,
            email_offset=rng.randint(1, 2),
        )
    for text in T.BENIGN:
        b.build(lab(*SOFT_RR, "benign"), texts=[text])
    for text in T.UNREAD:
        b.build(lab(*SOFT_RR, "unread"), texts=[text])
    for text in T.INJECTIONS:
        b.build(lab([ESC], [LD, HT], "injection"), texts=[text])
    for text in T.OTHER_INVOICE_PROMISE + T.OTHER_INVOICE_COMPLAINT:
        b.build(lab(*SOFT_RR, "other_invoice"), texts=[text], other_open=True)
    legal = ([LD, HT][::-1], "legal_hold")
    for text in T.LEGAL_MSGS:
        b.build(lab([ESC], legal[0], "hard_stop", legal[1]), texts=[text])
    for text in T.LEGAL_NOTES:
        b.build(lab([ESC], legal[0], "hard_stop", legal[1]), notes=[(4, text)])
    b.build(lab([ESC], [LD, HT], "hard_stop", "open_dispute"), status="Disputed")
    b.build(
        lab([ESC], [LD, HT], "hard_stop", "open_dispute"),
        notes=[
            (
                6,
                "Customer disputes the callout hours on this invoice; waiting on the "
                "technician's timesheet before we reply.",
            )
        ],
    )
    for _ in range(2):
        b.build(
            lab([ESC], [HT, RR], "hard_stop", "over_risk_threshold"),
            home_amount=round(rng.uniform(10500, 24000), 2),
            dpd=rng.randint(5, 50),
        )
    for _ in range(2):
        b.build(
            lab([ESC], [RR, HT, LD], "hard_stop", "unapplied_credit"),
            dpd=rng.randint(5, 50),
            unapplied=True,
        )
    b.build(lab([ESC], [RR, HT], "hard_stop", "missing_context"), no_address=True)
    b.build(lab([ESC], [RR, HT], "hard_stop", "missing_context"), no_due=True)
    for _ in range(4):
        b.build(lab([ESC], [HT], "escalation"), dpd=rng.randint(60, 120))
    for dpd, rems in ((18, [1, 7, 14]), (25, [1, 7, 14]), (40, [1, 7, 14, 30])):
        b.build(lab([ESC], [HT], "escalation"), dpd=dpd, reminders=rems)
    for note in T.ESCALATION_NOTES:
        b.build(lab([ESC], [HT], "escalation"), notes=[(30, note)])
    for cnote in T.ESCALATION_CUSTOMER_NOTES:
        b.build(lab([ESC], [HT], "escalation"), customer_notes=cnote)
    for kind, text in T.MIXED:
        texts = [text] if text else []
        if kind == "dispute":
            b.build(lab([ESC], [LD], "mixed"), texts=texts, other_open="{other}" in (text or ""))
        elif kind == "plan":
            b.build(lab([DRAFT], [PP], "mixed"), texts=texts, dpd=rng.randint(5, 50))
        elif kind == "routine":
            b.build(lab([DRAFT], [RR], "mixed"), texts=texts, dpd=rng.randint(25, 55))
        elif kind == "other":
            b.build(lab(*SOFT_RR, "mixed"), texts=texts, other_open=True)
        elif kind == "routine_dispute_resolved":
            b.build(
                lab(*SOFT_RR, "mixed"),
                texts=texts,
                dpd=rng.randint(20, 50),
                notes=[
                    (18, "Customer disputes the delivery fee on this invoice."),
                    (
                        9,
                        "Delivery fee dispute resolved: fee credited on the previous invoice, "
                        "customer agreed the remaining balance is correct.",
                    ),
                ],
            )
        elif kind == "hypo":
            b.build(lab(*SOFT_RR, "mixed"), texts=texts)
        elif kind == "promise_60":
            b.build(lab([ESC], [HT], "mixed"), texts=texts, dpd=rng.randint(60, 90))
        elif kind == "plan_60":
            b.build(lab([ESC], [HT], "mixed"), texts=texts, dpd=rng.randint(61, 100))
        elif kind == "plan_risk":
            b.build(
                lab([ESC], [HT, PP], "mixed", "over_risk_threshold"),
                texts=texts,
                home_amount=round(rng.uniform(11000, 30000), 2),
            )
        elif kind == "promise_risk":
            b.build(
                lab([ESC], [HT, RR, NA], "mixed", "over_risk_threshold"),
                texts=texts,
                home_amount=round(rng.uniform(11000, 30000), 2),
            )
        elif kind == "paid_then_promise":
            b.build(lab([NONE, ESC], [NA, LD, HT], "mixed"), texts=texts, dpd=rng.randint(5, 50))
        elif kind == "promise_reminded":
            b.build(lab([NONE], [NA], "mixed"), texts=texts, dpd=20, reminders=[1, 14])
        elif kind == "plan_partial":
            b.build(lab([DRAFT], [PP], "mixed"), partials=3, dpd=rng.randint(10, 50))
        else:
            raise SystemExit(f"unknown mixed kind {kind}")


def check(case: Case, label: Label, facts: dict[str, Any]) -> None:
    """Refuse a scaffold whose structural facts contradict its label (SPEC default policy)."""
    cid, inv = case["id"], case["invoice"]
    as_of = d(case["as_of"])
    due = d(inv["DueDate"]) if "DueDate" in inv else None
    dpd = (as_of - due).days if due else None
    bal = inv["Balance"]
    home = inv.get("HomeBalance", bal * inv.get("ExchangeRate", 1.0))
    credit = sum(p["UnappliedAmt"] for p in case["payments"]) + sum(
        c["Balance"] for c in case["credit_memos"]
    )
    address = "BillEmail" in inv or "PrimaryEmailAddr" in case["customer"]
    stage = max([s for s in STAGES if dpd is not None and s <= dpd], default=0)
    rems = case["reminders_sent"]
    reminded = any(r["stage"] == stage for r in rems)
    three = False
    if len(rems) >= 3:
        first = min(r["date"][:10] for r in rems)
        later = [e["date"][:10] for e in case["emails"]] + [
            n["date"][:10] for n in case["crm_notes"]
        ]
        later += [p["TxnDate"] for p in case["payments"]]
        three = not any(x > first for x in later)
    status = [
        f.get("StringValue", "") for f in inv["CustomField"] if f["Name"] == "Collections Status"
    ]
    disputed = any(s.lower() == "disputed" for s in status)
    promise_ahead = any(k > 0 for k in facts["promise_days"])
    stop, route, outcome, cls = label["hard_stop"], label["route"], label["outcome"], label["class"]
    partials = [
        ln
        for p in case["payments"]
        for ln in p["Line"]
        if any(t["TxnId"] == inv["Id"] for t in ln["LinkedTxn"])
    ]

    def refuse(why: str) -> None:
        raise SystemExit(f"{cid}: scaffold contradicts label {label}: {why}")

    nothing = bal <= 0 or (dpd is not None and dpd < 1)
    if nothing and route != [NONE]:
        refuse("nothing to do (paid or not yet due) but label is not none")
    if stop is None and not nothing:
        if home >= 10000:
            refuse(f"home amount {home:.2f} >= 10000 without over_risk_threshold")
        if credit >= bal:
            refuse("credit covers balance without unapplied_credit")
        if not address or due is None:
            refuse("missing context without missing_context")
        if disputed:
            refuse("Collections Status Disputed without open_dispute")
    if stop == "over_risk_threshold" and home < 10000:
        refuse(f"home amount {home:.2f} < 10000")
    if stop == "unapplied_credit" and credit < bal:
        refuse("credit does not cover the balance")
    if stop == "missing_context" and address and due is not None:
        refuse("address and due date present")
    if stop == "open_dispute" and not disputed and not case["crm_notes"]:
        refuse("no dispute recorded")
    if route == [DRAFT] or (DRAFT in route and cls in ("routine", "hardship", "benign", "unread")):
        if dpd is None or not 1 <= dpd < 60:
            refuse(f"draft expected but days past due {dpd}")
        if reminded:
            refuse(f"draft expected but stage {stage} already reminded")
        if three:
            refuse("draft expected but 3 reminders with no activity since the first")
        if route == [DRAFT] and promise_ahead and cls not in ("hardship", "mixed"):
            refuse("draft expected but a promise date is ahead")
    if cls == "routine" and (case["emails"] or case["crm_notes"]):
        refuse("routine case carries messages")
    if cls == "promise" and route == [NONE]:
        body = " ".join(facts["texts"]).lower()
        if not promise_ahead and "end of month" not in body and "tomorrow" not in body:
            refuse("promise label without a date ahead of as_of")
        if "end of month" in body and as_of.day == calendar.monthrange(as_of.year, as_of.month)[1]:
            refuse("end of month is not ahead")
        if dpd is None or dpd >= 60:
            refuse("promise gate cannot apply at >= 60 days")
    if cls == "mixed" and route == [DRAFT] and outcome == [RR] and promise_ahead:
        refuse("expired promise expected but a date is ahead")
    if outcome == [HT] and stop is None:
        notes = " ".join(n["text"] for n in case["crm_notes"]) + case["customer"]["Notes"]
        if not ((dpd or 0) >= 60 or three or "automated" in notes.lower()):
            refuse("escalation without >= 60 days, 3 reminders or a no-automation note")
    if route == [NONE] and cls == "no_action" and not (nothing or reminded):
        refuse("no_action without paid, not due or stage reminded")
    if cls in ("promise", "hardship", "complaint", "paid_claim", "benign") and (dpd or 0) >= 60:
        refuse("message class at >= 60 days would be an escalation")
    two_partials = len(partials) >= 2 and bal > 0 and stop is None and not case["emails"]
    if two_partials and (outcome != [PP] or route != [DRAFT]):
        refuse("two or more partial payments and a balance left, but not a plan draft")
    if len(partials) < 2 and not case["emails"] and outcome == [PP]:
        refuse("plan label without a request or two partial payments")
    if stop is None and three and HT not in outcome:
        refuse("3-reminder rule applies but label ignores it")


def main() -> None:
    b = Builder()
    populate(b)
    order = list(range(len(b.items)))
    random.Random(SEED + 1).shuffle(order)
    cases_out, expected_out = [], []
    for n, idx in enumerate(order, 1):
        case, label, facts = b.items[idx]
        case["id"] = f"tc-{n:04d}"
        check(case, label, facts)
        cases_out.append(json.dumps(case, sort_keys=True, ensure_ascii=False))
        expected_out.append(
            json.dumps({"id": case["id"], **label}, sort_keys=True, ensure_ascii=False)
        )
    (HERE / "cases.jsonl").write_text("\n".join(cases_out) + "\n", encoding="utf-8")
    (HERE / "expected.jsonl").write_text("\n".join(expected_out) + "\n", encoding="utf-8")
    print(f"wrote {len(cases_out)} cases")


if __name__ == "__main__":
    main()

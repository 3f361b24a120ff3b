"""Write the probe_d judge cases (cases.jsonl, expected.jsonl) byte for byte reproducibly.

Stdlib only, fixed seed. Run: python3 tests/data/judge_cases/probe_d/build.py
Messages are hand-written in messages.py; this file builds the QuickBooks scaffold around each
one, attaches its label (from SPEC.md) and refuses, in check(), any case whose scaffold
contradicts that label.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # leave no __pycache__ beside the data
sys.path.insert(0, str(Path(__file__).resolve().parent))
import messages as M  # noqa: E402  (after the bytecode switch; sibling module, no package)

SEED = 20261202
HERE = Path(__file__).resolve().parent
STAGES = [1, 7, 14, 30, 60]
RISK = 10_000.00
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DRAFT, ESC, NONE = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = (
    "routine_reminder",
    "likely_dispute",
    "payment_plan_candidate",
    "high_touch_escalation",
    "no_action",
)


@dataclass(frozen=True)
class World:
    name: str
    domain: str
    home: str
    tz: str
    prefix: str
    item: str
    foreign: tuple[tuple[str, float], ...]  # (currency, rate to home)
    customers: tuple[tuple[str, str, str], ...]  # (company, domain, contact first name)


WORLDS = [
    World(
        "Kowhai Veterinary Services",
        "kowhaivet.example",
        "NZD",
        "+13:00",
        "KV",
        "Veterinary call-out and treatment",
        (("AUD", 1.09), ("USD", 1.70)),
        (
            ("Ruapehu Station Ltd", "ruapehustation.example", "Aroha"),
            ("Tasman Boarding Kennels", "tasmankennels.example", "Hemi"),
            ("Pawsome Pet Supplies", "pawsome.example", "Lucy"),
            ("Manawatu Dairy Co-op", "manawatudairy.example", "Craig"),
        ),
    ),
    World(
        "Atelier Brandt Architekten",
        "atelier-brandt.example",
        "EUR",
        "+01:00",
        "AB",
        "Architectural design services, stage fees",
        (("GBP", 1.16), ("CHF", 1.05)),
        (
            ("Wohnbau Elbufer GmbH", "elbufer-wohnbau.example", "Katrin"),
            ("Gemeinde Altmühlheim", "altmuehlheim.example", "Jonas"),
            ("Harbourside Developments", "harbourside-dev.example", "Priya"),
            ("Coopérative Les Tilleuls", "lestilleuls.example", "Amélie"),
        ),
    ),
    World(
        "Foxhollow Brewing Co.",
        "foxhollowbrewing.example",
        "USD",
        "-05:00",
        "FX",
        "Kegged ale, wholesale",
        (("CAD", 0.72), ("JPY", 0.0067)),
        (
            ("The Rusty Anchor Tavern", "rustyanchor.example", "Dale"),
            ("Magnolia Street Kitchen", "magnoliakitchen.example", "Tasha"),
            ("Northside Bowling & Bar", "northsidebowl.example", "Mike"),
            ("Izakaya Hoshi", "izakayahoshi.example", "Kenji"),
        ),
    ),
    World(
        "Ridgeline Pupil Transport",
        "ridgelinetransport.example",
        "USD",
        "-06:00",
        "RT",
        "School route transport, monthly",
        (("MXN", 0.055), ("CAD", 0.72)),
        (
            ("Cedar Valley Unified School District", "cedarvalleyusd.example", "Linda"),
            ("St. Brigid's Academy", "stbrigids.example", "Sister Ann"),
            ("Prairie Wind Charter School", "prairiewind.example", "Marcus"),
            ("Lakeside Montessori", "lakesidemontessori.example", "Olga"),
        ),
    ),
    World(
        "Te Aro Theatre Hire",
        "tearotheatrehire.example",
        "NZD",
        "+13:00",
        "TA",
        "Stage, lighting and rigging hire",
        (("AUD", 1.09), ("GBP", 2.12)),
        (
            ("Fringe Dwellers Productions", "fringedwellers.example", "Mereana"),
            ("Wellington Winter Festival Trust", "wellywinterfest.example", "Tom"),
            ("Kapa Haka Aotearoa Tour", "kapahakatour.example", "Wiremu"),
            ("Limelight Youth Theatre", "limelightyouth.example", "Sophie"),
        ),
    ),
    World(
        "Helios Dach Solar GmbH",
        "heliosdach.example",
        "EUR",
        "+01:00",
        "HS",
        "Rooftop PV installation, milestone",
        (("CHF", 1.05), ("USD", 0.92)),
        (
            ("Hofgut Sonnenwiese", "sonnenwiese.example", "Bernd"),
            ("WEG Lindenallee 12", "weg-lindenallee.example", "Frau Öztürk"),
            ("Brasserie du Parc", "brasseriedupark.example", "Luc"),
            ("Sportverein Blau-Weiß", "svblauweiss.example", "Anja"),
        ),
    ),
    World(
        "Brightwater Analytical Labs",
        "brightwaterlabs.example",
        "USD",
        "-08:00",
        "BW",
        "Laboratory analysis, sample batch",
        (("EUR", 1.08), ("CAD", 0.72)),
        (
            ("Cascade Water Utility", "cascadewater.example", "Greg"),
            ("Golden Orchard Foods", "goldenorchard.example", "Mei"),
            ("Redwood Craft Cannery", "redwoodcannery.example", "Sam"),
            ("Pacific Shellfish Growers", "pacificshellfish.example", "Rosa"),
        ),
    ),
]


@dataclass
class Spec:
    """One case to build: scaffold knobs, the messages, and its label."""

    cls: str
    route: list[str]
    outcome: list[str]
    hard_stop: str | None = None
    as_of: date = date(2026, 11, 25)
    dpd: int | None = 10
    balance: float = 1000.0
    foreign: bool = False
    home_balance: bool = True
    reminders: list[int] = field(default_factory=list)
    emails: list[tuple[date, str, str]] = field(default_factory=list)  # (date, subject, body)
    notes: list[tuple[date, str]] = field(default_factory=list)
    cust_notes: str = ""
    partials: list[float] = field(default_factory=list)
    unapplied: float = 0.0
    credit: float = 0.0
    status: str | None = None
    bill_email: bool = True
    cust_email: bool = True
    other_open: bool = False
    big_rate: bool = False  # choose a strong foreign currency to push the home amount up
    weak_rate: bool = False  # choose a weak one: large Balance, small home amount
    meta: dict[str, Any] = field(default_factory=dict)


def money(cur: str, amount: float) -> str:
    if cur == "USD":
        return f"${amount:,.2f}"
    if cur == "EUR":
        return f"{amount:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{cur} {amount:,.2f}"


def render_date(fmt: str, d: date, home: str) -> str:
    us = home == "USD"
    if fmt == "iso":
        return d.isoformat()
    if fmt == "long":
        return (
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
            if us
            else f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        )
    if fmt == "us":  # numeric, in the order the home country writes it
        return (
            f"{d.month:02d}/{d.day:02d}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}"
        )
    if fmt == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if fmt == "mon":
        return f"{MONTHS[d.month - 1][:3]} {d.day}"
    if fmt == "wdlong":
        wd = WEEKDAYS[d.weekday()]
        return (
            f"{wd}, {MONTHS[d.month - 1]} {d.day}" if us else f"{wd} {d.day} {MONTHS[d.month - 1]}"
        )
    if fmt == "ord":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"the {d.day}{suf}"
    if fmt == "wd":
        return WEEKDAYS[d.weekday()]
    return ""  # eom and dN formats carry no token


def ptoken(fmt: str, d: date) -> str:
    """A promise date placeholder, rendered in the world's date style once the world is chosen."""
    return f"<P:{fmt}:{d.isoformat()}>"


def promise_from(fmt: str, sent: date, rng: random.Random) -> date:
    """The date a text in this format promises, given the day it was sent."""
    if fmt == "wd":
        return sent + timedelta(days=rng.randint(2, 6))
    if fmt == "eom":
        nxt = date(sent.year + (sent.month == 12), sent.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    if fmt.startswith("d") and fmt[1:].isdigit():
        return sent + timedelta(days=int(fmt[1:]))
    if fmt == "ord":
        return sent + timedelta(days=rng.randint(4, 20))
    return sent + timedelta(days=rng.randint(4, 21))


# Words that tie a message to one supplier world, so a vet's client never writes about kegs.
WORLD_WORDS = {
    "KV": ["vet", "vets", "x-rays", "animals", "kennels", "locums", "drought", "farm", "harvest"],
    "AB": [
        "facture",
        "architect",
        "drawings",
        "floor plans",
        "site visit",
        "revisions",
        "building",
    ],
    "FX": ["kegs", "pale", "pallets", "christmas stock", "recall", "bar"],
    "RT": ["bus", "pupils", "route", "school", "district", "museum", "teachers"],
    "TA": ["show", "lighting", "haze", "rigging", "performance", "production", "venue", "festival"],
    "HS": [
        "inverter",
        "panels",
        "battery",
        "installation",
        "subsidy",
        "roof",
        "rechnung",
        "betrag",
        "zahlen",
    ],
    "BW": ["samples", "sample", "lab", "analysis", "university", "water"],
}


def world_hint(text: str) -> World | None:
    """The world whose word appears first in the text, if any."""
    best: tuple[int, str] | None = None
    for prefix, words in WORLD_WORDS.items():
        for word in words:
            m = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), prefix)
    return next(w for w in WORLDS if w.prefix == best[1]) if best else None


def stage_of(dpd: int) -> int | None:
    reached = [s for s in STAGES if s <= dpd]
    return reached[-1] if reached else None


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.n = 0
        self.next_id = 5000

    def _id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def build(self, spec: Spec) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        rng = self.rng
        self.n += 1
        cid = f"pd-{self.n:04d}"
        pool = (
            [w for w in WORLDS if min(r for _, r in w.foreign) < 0.5] if spec.weak_rate else WORLDS
        )
        hint = world_hint(" ".join([b for _, _, b in spec.emails] + [t for _, t in spec.notes]))
        if hint is not None:
            pool = [hint]
        w = pool[rng.randrange(len(pool))]
        company, cdom, contact = w.customers[rng.randrange(len(w.customers))]
        cust_id = str(300 + self.n)
        cur, rate = w.home, 1.0
        if spec.foreign or spec.big_rate or spec.weak_rate:
            options = sorted(w.foreign, key=lambda f: f[1])
            cur, rate = (
                options[-1]
                if spec.big_rate
                else options[0]
                if spec.weak_rate
                else rng.choice(options)
            )
        # spec.balance is the intended home amount; a foreign invoice is never larger at home
        balance = round(spec.balance, 2)
        if spec.big_rate or spec.weak_rate:
            balance = round(spec.balance / rate, 2 if spec.big_rate else 0)
        elif cur != w.home:
            balance = round(spec.balance / max(rate, 1.0), 2)
        home_bal = round(balance * rate, 2)
        due = spec.as_of - timedelta(days=spec.dpd) if spec.dpd is not None else None
        txn = (due or spec.as_of) - timedelta(days=30)
        contact_addr = rng.choice(
            [f"{contact.split()[-1].lower()}@{cdom}", f"accounts@{cdom}", f"ap@{cdom}"]
        )
        tokens = {
            "<INV>": f"{w.prefix}-{2000 + self.n}",
            "<BAL>": money(cur, balance),
            "<CO>": w.name,
            "<CUST>": company,
            "<ME>": contact,
            "<CUSTDOMAIN>": cdom,
            "<OTHER>": f"{w.prefix}-{1700 + self.n}",
        }

        def fill(text: str) -> str:
            for k, v in tokens.items():
                text = text.replace(k, v)
            return re.sub(
                r"<P:(\w+):(\d{4}-\d\d-\d\d)>",
                lambda m: render_date(m[1], date.fromisoformat(m[2]), w.home),
                text,
            )

        def ts(d: date) -> str:
            minute = rng.choice(["05", "20", "41", "58"])
            return f"{d.isoformat()}T{rng.randint(8, 17):02d}:{minute}:00{w.tz}"

        inv_id = self._id()
        payments: list[dict[str, Any]] = []
        inv_links: list[dict[str, str]] = []
        for k, amt in enumerate(spec.partials):
            pid = self._id()
            pdate = (due or spec.as_of) - timedelta(days=3) + timedelta(days=4 * k)
            payments.append(self._payment(pid, company, cust_id, amt, pdate, inv_id, 0.0, ts))
            inv_links.append({"TxnId": pid, "TxnType": "Payment"})
        total = round(balance + sum(spec.partials), 2)
        custom = []
        if spec.status is not None:
            custom.append(
                {
                    "DefinitionId": "2",
                    "Name": "Collections Status",
                    "StringValue": spec.status,
                    "Type": "StringType",
                }
            )
        invoice = self._invoice(
            inv_id,
            tokens["<INV>"],
            company,
            cust_id,
            cur,
            balance,
            total,
            due,
            txn,
            contact_addr if spec.bill_email else None,
            inv_links,
            custom,
            w.item,
            ts,
        )
        if cur != w.home:
            invoice["ExchangeRate"] = rate
            if spec.home_balance:
                invoice["HomeBalance"] = home_bal
        history: list[dict[str, Any]] = []
        for _ in range(rng.randint(1, 3)):
            hid, pid = self._id(), self._id()
            hdue = (due or spec.as_of) - timedelta(days=rng.randint(35, 150))
            amt = float(rng.randint(3, 40) * 25)
            history.append(
                self._invoice(
                    hid,
                    f"{w.prefix}-H{hid}",
                    company,
                    cust_id,
                    cur,
                    0.0,
                    amt,
                    hdue,
                    hdue - timedelta(days=30),
                    contact_addr,
                    [{"TxnId": pid, "TxnType": "Payment"}],
                    [],
                    w.item,
                    ts,
                )
            )
            payments.append(
                self._payment(
                    pid,
                    company,
                    cust_id,
                    amt,
                    hdue + timedelta(days=rng.randint(-3, 9)),
                    hid,
                    0.0,
                    ts,
                )
            )
        if spec.other_open:
            oid = self._id()
            odue = (due or spec.as_of) - timedelta(days=rng.choice([12, 20, 35]))
            oamt = float(rng.randint(8, 60) * 20)
            other = self._invoice(
                oid,
                tokens["<OTHER>"],
                company,
                cust_id,
                cur,
                oamt,
                oamt,
                odue,
                odue - timedelta(days=30),
                contact_addr,
                [],
                [],
                w.item,
                ts,
            )
            history.append(other)
        if spec.unapplied:
            payments.append(
                self._payment(
                    self._id(),
                    company,
                    cust_id,
                    spec.unapplied,
                    spec.as_of - timedelta(days=6),
                    None,
                    spec.unapplied,
                    ts,
                )
            )
        memos = []
        if spec.credit:
            memos.append(
                {
                    "Balance": spec.credit,
                    "CurrencyRef": {"value": cur},
                    "CustomerRef": {"name": company, "value": cust_id},
                    "DocNumber": f"CM-{self.n}",
                    "Id": self._id(),
                    "Line": [
                        {
                            "Amount": spec.credit,
                            "Description": "Credit",
                            "DetailType": "SalesItemLineDetail",
                        }
                    ],
                    "MetaData": {"CreateTime": ts(spec.as_of - timedelta(days=9))},
                    "SyncToken": "0",
                    "TotalAmt": spec.credit,
                    "TxnDate": (spec.as_of - timedelta(days=9)).isoformat(),
                }
            )
        customer: dict[str, Any] = {
            "Active": True,
            "Balance": round(balance, 2),
            "CompanyName": company,
            "CurrencyRef": {"value": cur},
            "DisplayName": company,
            "Id": cust_id,
            "MetaData": {
                "CreateTime": ts(date(2024, 3, 1)),
                "LastUpdatedTime": ts(spec.as_of - timedelta(days=40)),
            },
            "Notes": spec.cust_notes,
            "SyncToken": "2",
        }
        if spec.cust_email:
            customer["PrimaryEmailAddr"] = {"Address": contact_addr}
        emails = []
        for d, subject, body in spec.emails:
            emails.append(
                {
                    "body": fill(body),
                    "date": ts(d),
                    "from": contact_addr,
                    "subject": fill(subject),
                    "to": f"ar@{w.domain}",
                }
            )
        notes = [
            {
                "author": rng.choice(["collector", "account owner", "crm"]),
                "date": ts(d),
                "text": fill(t),
            }
            for d, t in spec.notes
        ]
        reminders = (
            [
                {
                    "date": ts(min(due + timedelta(days=s + rng.randint(0, 1)), spec.as_of)),
                    "stage": s,
                }
                for s in spec.reminders
            ]
            if due
            else []
        )
        case = {
            "as_of": spec.as_of.isoformat(),
            "credit_memos": memos,
            "crm_notes": notes,
            "customer": customer,
            "emails": emails,
            "home_currency": w.home,
            "id": cid,
            "invoice": invoice,
            "invoices": history,
            "payments": payments,
            "reminders_sent": reminders,
        }
        expected = {
            "id": cid,
            "route": spec.route,
            "outcome": spec.outcome,
            "hard_stop": spec.hard_stop,
            "class": spec.cls,
        }
        return case, expected, spec.meta

    @staticmethod
    def _invoice(
        iid: str,
        doc: str,
        company: str,
        cust_id: str,
        cur: str,
        balance: float,
        total: float,
        due: date | None,
        txn: date,
        email: str | None,
        links: list[dict[str, str]],
        custom: list[dict[str, str]],
        item: str,
        ts: Any,
    ) -> dict[str, Any]:
        inv: dict[str, Any] = {
            "Balance": balance,
            "CurrencyRef": {"value": cur},
            "CustomField": custom,
            "CustomerRef": {"name": company, "value": cust_id},
            "DocNumber": doc,
            "EmailStatus": "EmailSent",
            "Id": iid,
            "Line": [
                {
                    "Amount": total,
                    "Description": item,
                    "DetailType": "SalesItemLineDetail",
                    "Id": "1",
                    "LineNum": 1,
                    "SalesItemLineDetail": {
                        "ItemRef": {"name": "Services", "value": "1"},
                        "Qty": 1,
                        "UnitPrice": total,
                    },
                },
                {"Amount": total, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
            ],
            "LinkedTxn": links,
            "MetaData": {"CreateTime": ts(txn), "LastUpdatedTime": ts(txn)},
            "PrintStatus": "NotSet",
            "PrivateNote": "",
            "SalesTermRef": {"value": "3"},
            "SyncToken": "1",
            "TotalAmt": total,
            "TxnDate": txn.isoformat(),
        }
        if due is not None:
            inv["DueDate"] = due.isoformat()
        if email is not None:
            inv["BillEmail"] = {"Address": email}
        return inv

    @staticmethod
    def _payment(
        pid: str,
        company: str,
        cust_id: str,
        amount: float,
        on: date,
        inv_id: str | None,
        unapplied: float,
        ts: Any,
    ) -> dict[str, Any]:
        lines = (
            []
            if inv_id is None
            else [{"Amount": amount, "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}]}]
        )
        return {
            "CustomerRef": {"name": company, "value": cust_id},
            "Id": pid,
            "Line": lines,
            "MetaData": {"CreateTime": ts(on), "LastUpdatedTime": ts(on)},
            "SyncToken": "0",
            "TotalAmt": amount,
            "TxnDate": on.isoformat(),
            "UnappliedAmt": unapplied,
        }


# ----------------------------------------------------------------------------------------------
# check(): re-derive the structural facts from the built bundle and refuse contradictions.


def facts(case: dict[str, Any]) -> dict[str, Any]:
    inv = case["invoice"]
    as_of = date.fromisoformat(case["as_of"])
    due = inv.get("DueDate")
    dpd = (as_of - date.fromisoformat(due)).days if due else None
    stage = stage_of(dpd) if dpd is not None else None
    sent = [r["stage"] for r in case["reminders_sent"]]
    if "HomeBalance" in inv:
        home = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        home = inv["Balance"] * inv["ExchangeRate"]
    else:
        home = inv["Balance"]
    credit = sum(p["UnappliedAmt"] for p in case["payments"]) + sum(
        c["Balance"] for c in case["credit_memos"]
    )
    first = min((r["date"][:10] for r in case["reminders_sent"]), default=None)
    contact_after = first is not None and any(
        d >= first
        for d in [p["TxnDate"] for p in case["payments"]]
        + [e["date"][:10] for e in case["emails"]]
        + [n["date"][:10] for n in case["crm_notes"]]
    )
    statuses = [
        c.get("StringValue", "").lower()
        for c in inv["CustomField"]
        if c.get("Name") == "Collections Status"
    ]
    partials = [
        p
        for p in case["payments"]
        for ln in p["Line"]
        for lt in ln["LinkedTxn"]
        if lt["TxnId"] == inv["Id"]
    ]
    return {
        "as_of": as_of,
        "dpd": dpd,
        "stage": stage,
        "reminded_current": stage is not None and stage in sent,
        "rule3": len(sent) >= 3 and not contact_after,
        "home": home,
        "balance": inv["Balance"],
        "covers": inv["Balance"] > 0 and credit >= inv["Balance"],
        "address": "BillEmail" in inv or "PrimaryEmailAddr" in case["customer"],
        "due": due is not None,
        "disputed": "disputed" in statuses,
        "no_auto": "no automated" in case["customer"]["Notes"].lower(),
        "partials": len(partials),
        "emails": [e["date"][:10] for e in case["emails"]],
    }


def check(case: dict[str, Any], exp: dict[str, Any], meta: dict[str, Any]) -> None:
    f = facts(case)
    route, outcome, stop, cls = exp["route"], exp["outcome"], exp["hard_stop"], exp["class"]
    where = f"{case['id']} ({cls})"

    def need(cond: bool, why: str) -> None:
        if not cond:
            raise SystemExit(f"check: {where}: {why}")

    need(
        set(route) <= {DRAFT, ESC, NONE}
        and set(outcome) <= {RR, LD, PP, HT, NA}
        and route
        and outcome,
        "bad labels",
    )
    open_past_due = f["balance"] > 0 and f["dpd"] is not None and f["dpd"] >= 1
    promise = meta.get("promise")
    promise_ahead = promise is not None and promise > f["as_of"]
    if stop is not None:
        need(
            route == [ESC] and f["balance"] > 0 and (f["dpd"] is None or f["dpd"] >= 1),
            "hard stop shape",
        )
        need(
            (stop == "over_risk_threshold") == (f["home"] >= RISK)
            or stop in ("legal_hold", "open_dispute"),
            f"home amount {f['home']:.2f} vs {stop}",
        )
        if stop == "open_dispute":
            need(f["disputed"] or meta.get("note_dispute", False), "no dispute on record")
        if stop == "unapplied_credit":
            need(f["covers"], "credit does not cover")
        if stop == "missing_context":
            need(not f["address"] or not f["due"], "address and due date present")
        if stop == "legal_hold":
            need(meta.get("legal", False), "no legal wording")
        return
    need(f["home"] < RISK, f"home amount {f['home']:.2f} is over the threshold")
    need(not f["covers"], "credit covers the balance")
    need(f["address"] and f["due"], "missing context")
    need(not f["disputed"], "Collections Status is Disputed")
    if not open_past_due:
        need(route == [NONE] and outcome == [NA], "nothing to do, but labelled otherwise")
        return
    if DRAFT in route:
        need(f["dpd"] < 60, f"draft at {f['dpd']} days past due")
        need(not f["reminded_current"], f"draft but stage {f['stage']} already reminded")
        need(not f["rule3"] and not f["no_auto"], "draft but an escalation rule applies")
        if NONE not in route:
            need(not promise_ahead, "draft while a promise is ahead")
    if route == [NONE]:
        need(f["reminded_current"] or promise_ahead, "none without cadence or promise")
    if outcome == [HT]:
        need(f["dpd"] >= 60 or f["rule3"] or f["no_auto"], "high touch without a reason")
    if f["rule3"] or f["no_auto"]:
        need(HT in outcome or LD in outcome, "an escalation rule applies but no escalation")
    if f["dpd"] >= 60:
        need(route == [ESC] and (HT in outcome or LD in outcome), "60+ days must escalate")
    if cls == "promise":
        need(promise_ahead and route[0] == NONE and DRAFT not in route, "promise not ahead")
        need(
            all(date.fromisoformat(d) < promise for d in f["emails"]), "promise made after its date"
        )
    if meta.get("kind") == "expired":
        need(promise is not None and promise < f["as_of"], "expired promise still ahead")
    if cls == "hardship" and route == [DRAFT]:
        need(outcome == [PP], "plan request not a plan")
    if meta.get("partials_min"):
        need(f["partials"] >= meta["partials_min"], "partial payments missing")


# ----------------------------------------------------------------------------------------------
# The groups.


def subject_for(rng: random.Random, body: str) -> str:
    if body.startswith("Subject line says dispute"):
        return "Re: DISPUTE - <INV>"
    return rng.choice(
        [
            "Re: Invoice <INV>",
            "<INV>",
            "payment",
            "Re: Reminder: invoice <INV> is overdue",
            "Re: Overdue account",
            "Invoice <INV>",
            "RE: <INV> - <CUST>",
            "question",
            "Re: Friendly reminder from <CO>",
            "",
        ]
    )


def as_of_day(rng: random.Random) -> date:
    return date(2026, 11, 16) + timedelta(days=rng.randint(0, 18))


def earlier_stages(dpd: int, rng: random.Random, upto: int = 2) -> list[int]:
    """Some reminders for stages before the current one (never the current stage)."""
    cur = stage_of(dpd)
    before = [s for s in STAGES if cur is not None and s < cur]
    k = min(len(before), rng.randint(0, upto))
    return before[len(before) - k :]


def specs() -> list[Spec]:
    rng = random.Random(SEED + 1)
    out: list[Spec] = []

    def amount(lo: int = 300, hi: int = 8500) -> float:
        return round(rng.uniform(lo, hi), 2)

    # hardship: plan requests; a few answered after the current stage was already reminded
    for i, text in enumerate(M.HARDSHIP):
        as_of = as_of_day(rng)
        dpd = rng.randint(1, 59)
        reminded = i % 20 == 7
        rem = earlier_stages(dpd, rng) + ([stage_of(dpd)] if reminded else [])
        rem = [s for s in rem if s is not None]
        sent = as_of - timedelta(days=rng.randint(0, min(4, dpd)))
        partials = [amount(100, 600)] if i % 9 == 4 else []
        label = ([NONE], [NA]) if reminded else ([DRAFT], [PP])
        out.append(
            Spec(
                "hardship",
                *label,
                as_of=as_of,
                dpd=dpd,
                balance=amount(),
                foreign=i % 4 == 1,
                home_balance=i % 8 != 1,
                reminders=rem,
                partials=partials,
                emails=[(sent, subject_for(rng, text), text)],
            )
        )

    # promise: dated promises to pay in full, all still ahead of as_of
    for i, (fmt, text) in enumerate(M.PROMISES):
        sent = date(2026, 11, 12) + timedelta(days=rng.randint(0, 19))
        if fmt == "eom":
            sent = date(2026, 11, rng.randint(16, 26))
        promise = promise_from(fmt, sent, rng)
        as_of = sent + timedelta(days=rng.randint(0, (promise - sent).days - 1))
        dpd = rng.randint(1, 59)
        rem = [s for s in earlier_stages(dpd, rng, 3) if s is not None]
        if i % 12 == 5:
            rem.append(stage_of(dpd) or 1)
        body = text.replace("<P>", ptoken(fmt, promise))
        # a promise that also tells us to stop reminding: SPEC rule 5 allows escalating it
        label = (
            ([NONE, ESC], [NA, HT]) if "do not send further reminders" in text else ([NONE], [NA])
        )
        out.append(
            Spec(
                "promise",
                *label,
                as_of=as_of,
                dpd=dpd,
                balance=amount(),
                foreign=i % 5 == 2,
                reminders=sorted(set(rem)),
                emails=[(sent, subject_for(rng, body), body)],
                partials=[amount(50, 300)] if i % 10 == 3 else [],
                meta={"promise": promise},
            )
        )

    # mixed
    for i, (kind, fmt, text) in enumerate(M.MIXED):
        as_of = as_of_day(rng)
        dpd = rng.randint(1, 59)
        rem = [s for s in earlier_stages(dpd, rng) if s is not None]
        meta: dict[str, Any] = {"kind": kind}
        emails: list[tuple[date, str, str]] = []
        notes: list[tuple[date, str]] = []
        other = False
        sent = as_of - timedelta(days=rng.randint(0, 3))
        if kind == "expired":
            sent = as_of - timedelta(days=rng.randint(10, 16))
        promise = promise_from(fmt, sent, rng) if fmt else None
        if kind == "expired":
            assert promise is not None
            promise = min(promise, as_of - timedelta(days=2))
            dpd = max(dpd, (as_of - sent).days + 1)
            rem = [s for s in STAGES if s <= dpd and s < (stage_of(dpd) or 0)][-1:]
        if kind in ("old_plan", "old_promise"):
            dpd = rng.randint(60, 130)
            rem = [30, 60] if i % 2 else [60]
        body = text.replace("<P>", ptoken(fmt, promise)) if fmt and promise else text
        if kind in ("retract_plan", "retract_open"):
            first = sent - timedelta(days=rng.randint(3, 6))
            promise = promise if promise and promise > as_of else as_of + timedelta(days=3)
            body = text.replace("<P>", ptoken(fmt or "long", promise))
            emails.append(
                (
                    first,
                    "Re: Invoice <INV>",
                    f"We'll pay <INV> in full on {ptoken(fmt or 'long', promise)}.",
                )
            )
            meta["retracted"] = promise
            promise = None
        if kind == "note_promise":
            notes.append((sent, body))
        else:
            emails.append((sent, subject_for(rng, body), body))
        if kind == "other_invoice":
            other = True
        meta["promise"] = promise if kind not in ("other_invoice",) else None
        if kind == "other_invoice":
            meta["other_promise"] = promise
        label = {
            "plan_complaint": ([ESC], [LD]),
            "promise_complaint": ([ESC], [LD]),
            "retract_plan": ([DRAFT], [PP]),
            "retract_open": ([DRAFT], [RR, PP]),
            "expired": ([DRAFT], [RR]),
            "other_invoice": ([DRAFT, ESC], [RR, HT]),
            "cond_dispute": ([ESC], [LD, HT]),
            "cond_funding": ([NONE, DRAFT], [NA, PP]),
            "old_plan": ([ESC], [HT]),
            "old_promise": ([ESC], [HT]),
            "note_promise": ([NONE, DRAFT], [NA, RR]),
        }[kind]
        out.append(
            Spec(
                "mixed",
                *label,
                as_of=as_of,
                dpd=dpd,
                balance=amount(),
                foreign=i % 6 == 3,
                reminders=rem,
                emails=emails,
                notes=notes,
                other_open=other,
                meta=meta,
            )
        )

    def simple(cls: str, route: list[str], outcome: list[str], text: str | None, **kw: Any) -> None:
        as_of = kw.pop("as_of", as_of_day(rng))
        dpd = kw.pop("dpd", rng.randint(1, 59))
        rem = kw.pop(
            "reminders", [s for s in earlier_stages(dpd, rng) if s is not None] if dpd >= 1 else []
        )
        emails = (
            [(as_of - timedelta(days=rng.randint(0, 4)), subject_for(rng, text), text)]
            if text
            else []
        )
        out.append(
            Spec(
                cls,
                route,
                outcome,
                kw.pop("hard_stop", None),
                as_of=as_of,
                dpd=dpd,
                balance=kw.pop("balance", amount()),
                reminders=rem,
                emails=emails,
                **kw,
            )
        )

    for i, text in enumerate(M.COMPLAINTS):
        dpd = rng.randint(2, 59)
        rem = [s for s in STAGES if s <= dpd][-1:] if i % 3 == 0 else None
        simple(
            "complaint",
            [ESC],
            [LD],
            text,
            dpd=dpd,
            foreign=i == 4,
            **({"reminders": rem} if rem is not None else {}),
        )
    for i, text in enumerate(M.PAID_CLAIMS):
        simple("paid_claim", [ESC], [LD], text, foreign=i == 3)
    for i, text in enumerate(M.BENIGN):
        simple("benign", [DRAFT, ESC], [RR, HT], text, foreign=i == 2)
    for text in M.UNREAD:
        simple("unread", [DRAFT, ESC], [RR, HT], text)
    for i, text in enumerate(M.INJECTIONS):
        simple("injection", [ESC], [LD, HT], text, foreign=i == 1)
    # routine: no messages; foreign currencies incl. a large Balance that is small at home
    simple("routine", [DRAFT], [RR], None, dpd=3)
    simple("routine", [DRAFT], [RR], None, dpd=16, reminders=[1, 7])
    simple("routine", [DRAFT], [RR], None, dpd=33, reminders=[14], foreign=True)
    simple("routine", [DRAFT], [RR], None, dpd=9, weak_rate=True, balance=8200.0)
    simple(
        "routine", [DRAFT], [RR], None, dpd=45, weak_rate=True, balance=9300.0, home_balance=False
    )
    simple("routine", [DRAFT], [RR], None, dpd=22, credit=150.0)
    simple("routine", [DRAFT], [RR], None, dpd=8, unapplied=90.0, reminders=[1])
    simple("routine", [DRAFT], [RR], None, dpd=59, reminders=[7, 14], balance=9990.0)
    # no_action: not yet due, paid, current stage already reminded
    simple("no_action", [NONE], [NA], None, dpd=-6, reminders=[])
    simple("no_action", [NONE], [NA], None, dpd=0, reminders=[])
    simple(
        "no_action", [NONE], [NA], None, dpd=20, balance=0.0, reminders=[1, 7, 14], partials=[880.0]
    )
    simple("no_action", [NONE], [NA], None, dpd=4, balance=0.0, reminders=[1], partials=[215.5])
    simple("no_action", [NONE], [NA], None, dpd=10, reminders=[1, 7])
    simple("no_action", [NONE], [NA], None, dpd=31, reminders=[30], foreign=True)
    simple(
        "no_action", [NONE], [NA], None, dpd=15, reminders=[7, 14], weak_rate=True, balance=6000.0
    )
    # escalation: 60+ days, three reminders with no contact, key-account notes
    simple("escalation", [ESC], [HT], None, dpd=61, reminders=[30])
    simple("escalation", [ESC], [HT], None, dpd=95, reminders=[60])
    simple("escalation", [ESC], [HT], None, dpd=74, reminders=[], foreign=True)
    simple("escalation", [ESC], [HT], None, dpd=36, reminders=[7, 14, 30])
    simple("escalation", [ESC], [HT], None, dpd=16, reminders=[1, 7, 14])
    simple(
        "escalation",
        [ESC],
        [HT],
        None,
        dpd=12,
        cust_notes="Key account - no automated reminders; the owner calls them personally.",
    )
    simple(
        "escalation",
        [ESC],
        [HT],
        None,
        dpd=40,
        cust_notes="Board member's firm. Please, no automated reminders.",
    )
    # hard stops
    for text in M.LEGAL:
        simple("hard_stop", [ESC], [HT, LD], text, hard_stop="legal_hold", meta={"legal": True})
    simple("hard_stop", [ESC], [LD], None, hard_stop="open_dispute", status="DISPUTED")
    as_of = as_of_day(rng)
    out.append(
        Spec(
            "hard_stop",
            [ESC],
            [LD],
            "open_dispute",
            as_of=as_of,
            dpd=18,
            balance=amount(),
            reminders=[1, 7],
            notes=[
                (
                    as_of - timedelta(days=8),
                    "Customer disputes the sample count on <INV>; "
                    "waiting for lab manager to review.",
                )
            ],
            meta={"note_dispute": True},
        )
    )
    simple(
        "hard_stop",
        [ESC],
        [HT],
        None,
        hard_stop="over_risk_threshold",
        dpd=11,
        big_rate=True,
        balance=10_400.0,
    )
    for text in M.HARD_STOP_PLANS:
        simple(
            "hard_stop",
            [ESC],
            [PP, HT],
            text,
            hard_stop="over_risk_threshold",
            dpd=rng.randint(3, 40),
            balance=round(rng.uniform(11_000, 24_000), 2),
        )
    simple(
        "hard_stop",
        [ESC],
        [RR, HT, LD],
        None,
        hard_stop="unapplied_credit",
        dpd=9,
        balance=640.0,
        unapplied=400.0,
        credit=240.0,
    )
    simple(
        "hard_stop",
        [ESC],
        [RR, HT],
        None,
        hard_stop="missing_context",
        dpd=13,
        bill_email=False,
        cust_email=False,
    )
    return out


def main() -> None:
    b = Builder()
    cases, expected = [], []
    for spec in specs():
        case, exp, meta = b.build(spec)
        check(case, exp, meta)
        cases.append(json.dumps(case, sort_keys=True, ensure_ascii=False))
        expected.append(json.dumps(exp, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(cases) + "\n", encoding="utf-8")
    (HERE / "expected.jsonl").write_text("\n".join(expected) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()

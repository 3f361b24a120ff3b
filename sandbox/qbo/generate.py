"""Regenerates the bundled sample company as JSON: `python -m sandbox.qbo.generate`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sandbox.qbo.builder import (
    ANCHOR,
    HOME_CURRENCY,
    REALM_ID,
    TIMEZONE,
    CompanyBuilder,
    day,
    stamp,
)
from sandbox.qbo.lists import name_lists
from sandbox.qbo.scenarios import add_scenarios

DATA_DIR = Path(__file__).resolve().parent / "data"
KEY_ACCOUNT_NOTE = (
    "Key account (three properties). Maria Okafor manages this relationship personally - "
    "no automated reminders, please; she calls their controller at month end."
)

# key: (DisplayName, given name, family name, email or None, city)
CUSTOMERS: dict[str, tuple[str, str, str, str | None, str]] = {
    "alder": ("Alder Creek HOA", "Janet", "Pruitt", "board@aldercreekhoa.example", "Beaverton"),
    "birch": (
        "Birchwood Dental Group",
        "Samir",
        "Haddad",
        "office@birchwooddental.example",
        "Portland",
    ),
    "cedar": ("Cedar Point Apartments", "Lena", "Voss", "manager@cedarpointapts.example", "Tigard"),
    "dogwood": ("Dogwood Veterinary Clinic", "Ray", "Okonkwo", "ap@dogwoodvet.example", "Portland"),
    "elm": ("Elm Street Bakery", "Priya", "Raman", "priya@elmstreetbakery.example", "Gresham"),
    "fir": ("Fir Ridge Church", "Thomas", "Lindgren", "admin@firridgechurch.example", "Hillsboro"),
    "ginkgo": ("Ginkgo Tech Campus", "Wendy", "Cho", "facilities@ginkgotech.example", "Beaverton"),
    "hawthorn": (
        "Hawthorn Senior Living",
        "Carl",
        "Mendes",
        "ap@hawthornliving.example",
        "Milwaukie",
    ),
    "juniper": ("Juniper Law Offices", "Ada", "Kowalski", "billing@juniperlaw.example", "Portland"),
    "laurel": (
        "Laurel & Pine Realty",
        "Marcus",
        "Bell",
        "marcus@laurelpine.example",
        "Lake Oswego",
    ),
    "maple": ("Maple Grove School", "Helen", "Yates", "business@maplegrove.example", "Tualatin"),
    "oak": ("Oakhurst Country Club", "Gordon", "Hale", "accounts@oakhurstcc.example", "West Linn"),
    "poplar": ("Poplar Lane Townhomes", "Irene", "Duarte", "irene@poplarlane.example", "Portland"),
    "quince": ("Quince Street Bistro", "Luca", "Ferri", "luca@quincebistro.example", "Portland"),
    "redwood": (
        "Redwood Family Residence",
        "Dale",
        "Morrow",
        "dale.morrow@mailbox.example",
        "Happy Valley",
    ),
    "spruce": ("Spruce Hill Office Park", "Nadia", "Petrov", "ap@sprucehill.example", "Tigard"),
    "sycamore": (
        "Sycamore Medical Plaza",
        "Owen",
        "Greer",
        "facilities@sycamoremed.example",
        "Portland",
    ),
    "tamarack": (
        "Tamarack Brewing Co.",
        "Jess",
        "Alvarez",
        "jess@tamarackbrew.example",
        "Portland",
    ),
    "tupelo": (
        "Tupelo Street Condos",
        "Grace",
        "Nakamura",
        "grace@tupelocondos.example",
        "Portland",
    ),
    "walnut": ("Walnut Ridge Winery", "Peter", "Sandoval", "office@walnutridge.example", "Newberg"),
    "willow": (
        "Willow Bend Residence",
        "Claire",
        "Dunn",
        "claire.dunn@mailbox.example",
        "Lake Oswego",
    ),
    "yew": ("Yew Tree Commercial Center", "Victor", "Ames", "ap@yewtreecenter.example", "Portland"),
    "zelkova": ("Zelkova Yoga Studio", "Mira", "Shah", "mira@zelkovayoga.example", "Portland"),
    "ash": (
        "Ashford Public Library",
        "Ruth",
        "Carver",
        "finance@ashfordlibrary.example",
        "Gresham",
    ),
    "beech": ("Beech Family Trust", "Harold", "Beech", None, "Portland"),
    "catalpa": ("Catalpa Coffee Roasters", "Ben", "Ortiz", "ben@catalpacoffee.example", "Portland"),
    "chestnut": ("Chestnut Auto Body", "Frank", "Russo", "frank@chestnutauto.example", "Clackamas"),
    "cypress": (
        "Cypress Court Residence",
        "Elena",
        "Marsh",
        "elena.marsh@mailbox.example",
        "Tigard",
    ),
    "hemlock": (
        "Hemlock Hardware",
        "Stan",
        "Kubiak",
        "stan@hemlockhardware.example",
        "Oregon City",
    ),
    "hickory": ("Hickory Hollow Farm", "June", "Whitaker", "june@hickoryhollow.example", "Canby"),
    "arbutus": (
        "Arbutus Gardens Vancouver",
        "Colin",
        "Fraser",
        "ap@arbutusgardens.example",
        "Vancouver",
    ),
    "linden": ("Linden Property Management", "Nora", "Blake", "ap@lindenpm.example", "Portland"),
    "magnolia": ("Magnolia Event Hall", "Trent", "Wylie", "trent@magnoliahall.example", "Portland"),
    "pine": ("Pine Street Pediatrics", "Alicia", "Gomez", "office@pinepeds.example", "Portland"),
    "larch": ("Larch Mountain Lodge", "Howard", "Quist", "howard@larchlodge.example", "Corbett"),
    "sequoia": (
        "Sequoia Self Storage",
        "Dina",
        "Farrow",
        "dina@sequoiastorage.example",
        "Tualatin",
    ),
    "aspen": ("Aspen Court Duplexes", "Kyle", "Benton", "kyle@aspencourt.example", "Gresham"),
    "holly": ("Holly Lane Residence", "Sue", "Tanaka", "sue.tanaka@mailbox.example", "Portland"),
    "olive": ("Olive Branch Cafe", "Marco", "Bianchi", "marco@olivebranch.example", "Portland"),
    "rowan": ("Rowan Park Athletic Club", "Tess", "Hughes", "ap@rowanpark.example", "Beaverton"),
}

_THANKS = [
    "Payment sent today, thanks for the great work on the spring cleanup.",
    "Just paid online. The new sprinkler heads are working perfectly.",
    "Check is in the mail. Could the crew come Tuesdays instead of Mondays from now on?",
    "Paid - and thanks for squeezing us in before the open house.",
]


def build(seed: int = 20261120) -> CompanyBuilder:
    """The whole sample company, deterministic for a given seed."""
    b = CompanyBuilder(seed)
    cs: dict[str, dict[str, Any]] = {}
    for key, (name, given, family, email, city) in CUSTOMERS.items():
        cs[key] = b.customer(
            name,
            given,
            family,
            email,
            notes=KEY_ACCOUNT_NOTE if key == "linden" else "",
            currency="CAD" if key == "arbutus" else "USD",
            city=city,
            since_days=-720 + b.rng.randint(0, 120),
        )
    for key, cust in cs.items():
        _history(b, cust, partial_plan=key in ("olive", "rowan"))
        if key in ("aspen", "holly", "olive", "rowan"):
            b.email(cust, b.rng.randint(-300, -90), "Re: your invoice", b.rng.choice(_THANKS))
    add_scenarios(b, cs)
    b.finish()
    return b


def _history(b: CompanyBuilder, cust: dict[str, Any], partial_plan: bool) -> None:
    """Roughly monthly paid invoices over the last 18 months: the boring bulk of the ledger."""
    rate = 0.7215 if cust["CurrencyRef"]["value"] == "CAD" else None
    count = b.rng.randint(8, 11)
    for k in range(count):
        due = -65 - k * b.rng.randint(38, 50)
        inv = b.invoice(cust, due, exchange_rate=rate)
        if b.rng.random() < 0.02:
            b.void(inv, due - 20)
            continue
        if partial_plan and k == 1:
            half = round(inv["TotalAmt"] / 2, 2)
            b.pay(cust, [(inv, half)], due + 3)
            b.pay(cust, [(inv, round(inv["TotalAmt"] - half, 2))], due + 30)
            continue
        b.pay(cust, [(inv, inv["TotalAmt"])], due + b.rng.randint(-20, 6))


def company_info() -> dict[str, Any]:
    """A QuickBooks CompanyInfo-like record for Greenleaf Landscaping."""
    addr = {
        "Id": "1",
        "Line1": "2100 SE Division St.",
        "City": "Portland",
        "CountrySubDivisionCode": "OR",
        "PostalCode": "97202",
        "Country": "US",
    }
    return {
        "CompanyName": "Greenleaf Landscaping",
        "LegalName": "Greenleaf Landscaping LLC",
        "CompanyAddr": addr,
        "CustomerCommunicationAddr": dict(addr),
        "LegalAddr": dict(addr),
        "PrimaryPhone": {"FreeFormNumber": "(503) 555-0142"},
        "CompanyStartDate": "2016-03-01",
        "FiscalYearStartMonth": "January",
        "Country": "US",
        "Email": {"Address": "ar@greenleaf-landscaping.example"},
        "WebAddr": {"URI": "https://greenleaf-landscaping.example"},
        "SupportedLanguages": "en",
        "NameValue": [{"Name": "OfferingSku", "Value": "QuickBooks Online Plus"}],
        "domain": "QBO",
        "sparse": False,
        "Id": "1",
        "SyncToken": "4",
        "MetaData": {"CreateTime": stamp(day(-900), 8), "LastUpdatedTime": stamp(day(-30), 8)},
    }


def write(out_dir: Path = DATA_DIR, seed: int = 20261120) -> None:
    """Write company, customers, invoices, payments, credit_memos, the name lists and context."""
    b = build(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, Any] = {
        "company.json": {
            "CompanyInfo": company_info(),
            "qbot": {
                "realm_id": REALM_ID,
                "anchor_date": ANCHOR.isoformat(),
                "timezone": TIMEZONE,
                "home_currency": HOME_CURRENCY,
            },
        },
        "customers.json": b.customers,
        "invoices.json": b.invoices,
        "payments.json": b.payments,
        "credit_memos.json": b.credit_memos,
        **{f"{name}.json": rows for name, rows in name_lists().items()},
        "context.json": {
            "emails": sorted(b.emails, key=lambda e: e["date"]),
            "crm_notes": sorted(b.crm_notes, key=lambda n: n["date"]),
            "reminders_sent": sorted(b.reminders_sent, key=lambda r: (r["date"], r["invoice_id"])),
        },
    }
    for name, payload in files.items():
        (out_dir / name).write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="directory to write into")
    parser.add_argument("--seed", type=int, default=20261120, help="random seed")
    args = parser.parse_args()
    write(args.out, args.seed)


if __name__ == "__main__":
    main()

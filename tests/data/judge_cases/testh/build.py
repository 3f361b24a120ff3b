#!/usr/bin/env python3
"""Builds the testh held-out judge set: cases.jsonl and expected.jsonl (stdlib only).

    python3 tests/data/judge_cases/testh/build.py    # rewrites both files byte for byte

Written blind from shared/SPEC.md (see README.md). Texts live in texts.py; this script only fills
placeholders, sometimes wraps a text (signature, footer, forward, our quoted reminder), builds the
QuickBooks scaffold around it, and refuses to write a case whose label contradicts SPEC's order
applied to the bundle's structural facts plus the message's semantic tag (check()), or whose
bundle is not a well-formed SPEC case bundle (wellformed()).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as T  # noqa: E402

SEED = 20261210
STAGES = [1, 7, 14, 30, 60]
RISK = 10000.00
AS_OF = ["2026-12-09", "2026-12-10", "2026-12-11", "2026-12-14", "2026-12-15", "2026-12-16"]

WORLDS = {
    "laundry": dict(us="Pennine Linen Services Ltd", ar="ar@penninelinen.example", home="GBP",
                    foreign="EUR", rate=0.8612, tz="+00:00", collector="Mark", doc="PLS-{:05d}",
                    items=[("Linen hire - bath sheets and towels", "Linen Hire"),
                           ("Table linen laundering", "Table Linen"),
                           ("Chef whites rental", "Workwear"),
                           ("Collection and delivery", "Delivery")]),
    "landscape": dict(us="Front Range Grounds & Design", ar="ar@frontrangegrounds.example",
                      home="USD", foreign="CAD", rate=0.7164, tz="-07:00", collector="Jess",
                      doc="FR{:04d}",
                      items=[("Grounds maintenance - monthly", "Maintenance"),
                             ("Aeration and overseeding", "Turf Care"),
                             ("Irrigation service", "Irrigation"),
                             ("Landscape design services (hours)", "Design")]),
    "coffee": dict(us="Yarra Bean Roasting Co.", ar="accounts@yarrabean.example", home="AUD",
                   foreign="SGD", rate=1.1738, tz="+11:00", collector="Bec", doc="YB{:05d}",
                   items=[("House blend espresso 1kg", "Espresso Beans"),
                          ("Single origin filter 1kg", "Filter Beans"),
                          ("Equipment service call", "Service"),
                          ("Freight", "Freight")]),
}
CUR_NAME = {"GBP": "British Pound Sterling", "EUR": "Euro", "USD": "United States Dollar",
            "CAD": "Canadian Dollar", "AUD": "Australian Dollar", "SGD": "Singapore Dollar"}
PHONE = {"laundry": "0161 496 0", "landscape": "(303) 555-0", "coffee": "03 9012 0"}
SYMBOL = {"GBP": "£", "EUR": "€", "USD": "$", "AUD": "$", "CAD": "CAD ", "SGD": "SGD "}

# Customers named in a text: (substring of the text, DisplayName, domain, foreign?).
PINS = [
    ("Oakfield Care Home", "Oakfield Care Home", "oakfieldcare.example", False),
    ("Carol Nuttall", "Piccadilly Gardens Hotel", "piccadillygardenshotel.example", False),
    ("banquet cloths", "Victoria Baths Banqueting Ltd", "victoriabathsevents.example", False),
    ("from the hotel account", "Manchester Piccadilly Lodge", "mcrpiccadillylodge.example", False),
    ("golf course", "Wellshire Golf Club", "wellshiregolf.example", False),
    ("HOA assessment", "Sloan Lake Villas HOA", "sloanlakevillas.example", False),
    ("occupancy's down", "Salford Quays Inn", "salfordquaysinn.example", False),
    ("housekeeping pulled", "Northenden Park Hotel", "northendenpark.example", False),
    ("spa robes", "Stockport Spa & Fitness", "stockportspa.example", False),
    ("wedding contract", "Hale Barns Wedding Barn", "halebarnsbarn.example", False),
    ("Seaview House", "Seaview House Hotel", "seaviewlahinch.example", True),
    ("Brindle Rooms", "The Brindle Rooms", "brindlerooms.example", False),
    ("Harrowgate Leisure", "Harrowgate Leisure plc", "harrowgateleisure.example", False),
    ("Kilkenny Castle Gate", "Hotel Kilkenny Castle Gate", "castlegatekilkenny.example", True),
    ("Midland Quarter", "The Midland Quarter Hotel", "midlandquarter.example", False),
    ("Trafford Park", "Trafford Park Conference Centre", "traffordparkcc.example", False),
    ("Galway Bay Suites", "Galway Bay Suites", "galwaybaysuites.example", True),
    ("Ancoats Tap", "Ancoats Tap & Kitchen", "ancoatstap.example", False),
    ("Deansgate Boutique", "Deansgate Boutique Rooms", "deansgaterooms.example", False),
    ("Northern Quarter Gym", "The Northern Quarter Gym Group", "nqgym.example", False),
    ("Beechwood Lodge", "Beechwood Lodge", "beechwoodlodge.example", False),
    ("Manchester Central Hotels", "Manchester Central Hotels", "mchotels.example", False),
    ("Bolton Riverside", "Bolton Riverside Hospitality Ltd", "boltonriverside.example", False),
    ("cheetham-hill-hotel", "Cheetham Hill Hotel", "cheetham-hill-hotel.example", False),
    ("Lowry group", "Lowry Quays Hotels", "lowryquays.example", False),
    ("Salford site", "Irwell Dining Group", "irwelldining.example", False),
    ("Kerry", "Dingle Harbour Hotel", "dingleharbour.example", True),
    ("owners are selling the hotel", "Clifden Station House Hotel", "clifdenstation.example", True),
    ("Aoife", "Kinsale Quay Hotel", "kinsalequay.example", True),
    ("Ciara", "Westport Quay Hotel", "westportquay.example", True),
    ("Bury site", "Shaw Leisure Group", "shawleisure.example", False),
    ("Cherry Creek Office Park", "Cherry Creek Office Park", "cherrycreekop.example", False),
    ("Highlands Ranch HOA", "Highlands Ranch HOA", "hrhoa.example", False),
    ("Aurora Academy", "Aurora Academy Charter School", "auroraacademy.example", False),
    ("Stapleton Brewing", "Stapleton Brewing Co.", "stapletonbrewing.example", False),
    ("Bow Valley Dental", "Bow Valley Dental", "bowvalleydental.example", True),
    ("Lowry rooftop", "Lowry Rooftop Residences HOA", "lowryrooftop.example", False),
    ("Riverside Property Management", "Riverside Property Management", "riversidepm.example", False),
    ("Cherry Hills School District", "Cherry Hills School District", "chsd.example", False),
    ("Kensington Bakeshop", "Kensington Bakeshop", "kensingtonbakeshop.example", True),
    ("Summit Ridge", "Summit Ridge Apartments", "summitridgeapts.example", False),
    ("Mile High Veterinary", "Mile High Veterinary Partners", "milehighvets.example", False),
    ("Elbow River", "Elbow River Community Association", "elbowriverca.example", True),
    ("Denver Botanic Events", "Denver Botanic Events LLC", "dbevents.example", False),
    ("Golden Triangle Lofts", "Golden Triangle Lofts HOA", "gtlofts.example", False),
    ("Chinook Yoga", "Chinook Yoga Studio", "chinookyoga.example", True),
    ("Sloan's Lake", "Sloan's Lake Pediatric Dentistry", "sloanslakepeds.example", False),
    ("South Platte Conservancy", "South Platte Conservancy", "southplatte.example", False),
    ("Bent Creek", "Bent Creek Brewing", "bentcreekbrew.example", False),
    ("St. Dominic", "St. Dominic's Parish", "stdominicdenver.example", False),
    ("Rocky Mountain Fitness", "Rocky Mountain Fitness Clubs, Inc.", "rmfitness.example", False),
    ("Larimer Square", "Larimer Square Properties", "larimersq.example", False),
    ("main tenant left", "Beltline Commons Ltd", "beltlinecommons.example", True),
    ("drainage on the\npatio", "Mission Hill Developments", "missionhilldev.example", True),
    ("RBC business", "Inglewood Pottery Co.", "inglewoodpottery.example", True),
    ("Olivia", "Marda Loop Dental Group", "mardaloopdental.example", True),
    ("Little Collins Espresso", "Little Collins Espresso", "littlecollins.example", False),
    ("Kowalczyk", "Kowalczyk & Daughters Bakery", "kowalczykbakery.example", False),
    ("Tiong Bahru", "Tiong Bahru Roastery Café", "tiongbahrucafe.example", True),
    ("Tan Mei Hua", "Holland Village Brew Bar Pte Ltd", "hvbrewbar.example", True),
    ("Carlton North Deli", "Carlton North Deli", "carltonnorthdeli.example", False),
    ("Sharon's on Sydney Rd", "Sharon's on Sydney Rd", "sharonssydneyrd.example", False),
    ("Hawthorn Grammar", "Hawthorn Grammar School", "hawthorngrammar.example", False),
    ("PayNow", "Katong Coffee Lab", "katongcoffeelab.example", True),
    ("Kampong Glam", "Kampong Glam Coffee House Pte Ltd", "kgcoffeehouse.example", True),
    ("Melbourne Convention Catering", "Melbourne Convention Catering", "mcc-catering.example", False),
    ("Fitzroy Street Kitchen", "Fitzroy Street Kitchen", "fitzroystkitchen.example", False),
    ("Bayside Aquatic", "Bayside Aquatic Centre", "baysideaquatic.example", False),
    ("Our boss already approve", "Dempsey Hill Bakehouse", "dempseybakehouse.example", True),
    ("Ong Li Ting", "Joo Chiat Kopi Pte Ltd", "joochiatkopi.example", True),
    ("Northcote Bowls Club", "Northcote Bowls Club", "northcotebowls.example", False),
    ("Mr Lim", "Lim's Kopitiam", "limskopitiam.example", True),
    ("Rachel Goh", "Orchard Bean Collective Pte Ltd", "orchardbean.example", True),
    ("Sunbird", "Sunbird Café", "sunbirdcafe.example", False),
    ("Ripponlea Larder", "Ripponlea Larder", "ripponlealarder.example", False),
    ("Brunswick Eats", "Brunswick Eats", "brunswickeats.example", False),
    ("Laneway Grind", "Laneway Grind Pty Ltd", "lanewaygrind.example", False),
    ("Olympic Kiosk", "Olympic Kiosk", "olympickiosk.example", False),
    ("Jolene", "Bukit Timah Brew", "bukittimahbrew.example", True),
    ("自动回复", "Raffles Place Espresso", "rafflesespresso.example", True),
    ("portafilter baskets", "Robertson Quay Café", "robertsonquaycafe.example", True),
]

POOL = {
    ("laundry", False): [("The Whitworth Arms", "whitwortharms.example"),
                         ("Castlefield Canal Hotel", "castlefieldcanal.example"),
                         ("Didsbury Bistro", "didsburybistro.example"),
                         ("Stockport Spa & Fitness", "stockportspa.example"),
                         ("Rusholme Tandoori House", "rusholmetandoori.example"),
                         ("Chorlton Green Care Ltd", "chorltongreen.example"),
                         ("Albert Square Serviced Apartments", "albertsqapts.example"),
                         ("Piccadilly Events Ltd", "piccadillyevents.example"),
                         ("Altrincham Golf Club", "altygolf.example"),
                         ("Media City Kitchens", "mckitchens.example")],
    ("laundry", True): [("Malahide Marina Hotel", "malahidemarina.example"),
                        ("Dun Laoghaire Harbour Lodge", "dlharbourlodge.example"),
                        ("Cork Quarter Hotel", "corkquarter.example")],
    ("landscape", False): [("Wash Park Townhomes HOA", "washparkhoa.example"),
                           ("Cheesman Office Suites", "cheesmanoffice.example"),
                           ("RiNo Taproom", "rinotaproom.example"),
                           ("Lakewood Senior Living", "lakewoodsenior.example"),
                           ("Englewood Auto Plaza", "englewoodauto.example"),
                           ("Arvada Family Dental", "arvadadental.example"),
                           ("Littleton Commons Retail", "littletoncommons.example"),
                           ("Golden Foothills Winery", "goldenfoothills.example"),
                           ("Berkeley Park Montessori", "berkeleymontessori.example"),
                           ("Platte Street Partners", "plattestreet.example")],
    ("landscape", True): [("Bridgeland Lofts Condo Corp", "bridgelandlofts.example"),
                          ("Mount Royal Medical Centre", "mountroyalmed.example"),
                          ("Kensington Road Legion", "kensingtonlegion.example")],
    ("coffee", False): [("Collingwood Corner Store", "collingwoodcorner.example"),
                        ("Prahran Market Pantry", "prahranpantry.example"),
                        ("St Kilda Beach Kiosk", "stkildakiosk.example"),
                        ("Footscray Noodle Bar", "footscraynoodle.example"),
                        ("Richmond Rowing Club", "richmondrowing.example"),
                        ("Docklands Office Catering", "docklandscatering.example"),
                        ("Abbotsford Bakehouse", "abbotsfordbake.example"),
                        ("Elwood Surf Café", "elwoodsurfcafe.example"),
                        ("Preston Community Hub", "prestonhub.example"),
                        ("Southbank Espresso Bar", "southbankespresso.example")],
    ("coffee", True): [("Tanjong Pagar Beans", "tpbeans.example"),
                       ("Bugis Street Kopi Bar", "bugiskopi.example"),
                       ("Clementi Campus Café", "clementicafe.example")],
}

FIRST = ["Sarah", "James", "Aisha", "Tom", "Priya", "Liam", "Chloe", "Marcus", "Hannah", "Raj",
         "Emily", "Daniel", "Grace", "Owen", "Mei", "Carlos", "Zoe", "Ben", "Fatima", "Jack"]
TITLES = ["Accounts Payable", "Finance Officer", "Office Manager", "Bookkeeper", "General Manager",
          "Owner", "Purchase Ledger", "Operations Manager"]

# ------------------------------------------------------------------------------------ labels --
D, E, N = "draft_for_approval", "escalate_to_human", "none"
RR, LD, PP, HT, NA = ("routine_reminder", "likely_dispute", "payment_plan_candidate",
                      "high_touch_escalation", "no_action")


def lab(route, outcome, hard_stop=None):
    return {"route": list(route), "outcome": list(outcome), "hard_stop": hard_stop}


L_ROUTINE = lab([D], [RR])
L_BENIGN = lab([D, E], [RR, HT])
L_DISPUTE = lab([E], [LD])
L_PLAN = lab([D], [PP])
L_NONE = lab([N], [NA])
L_HIGH = lab([E], [HT])
L_INJECT = lab([E], [LD, HT])


# ----------------------------------------------------------------------------- date helpers --
def d(s):
    return dt.date.fromisoformat(s)


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def date_forms(prefix, x):
    return {
        f"{prefix}_iso": x.isoformat(),
        f"{prefix}_dmy": x.strftime("%d/%m/%Y"),
        f"{prefix}_mdy": x.strftime("%m/%d/%Y"),
        f"{prefix}_dot": x.strftime("%d.%m.%Y"),
        f"{prefix}_long": f"{x.day} {x.strftime('%B %Y')}",
        f"{prefix}_md": f"{x.strftime('%B')} {ordinal(x.day)}",
        f"{prefix}_wd": f"{x.strftime('%a')} {x.day} {x.strftime('%b')}",
        f"{prefix}_th": f"the {ordinal(x.day)}",
        f"{prefix}_day": x.strftime("%A"),
    }


def stamp(day, hour, minute, tz):
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{tz}"


def money(cur, x):
    return f"{SYMBOL[cur]}{x:,.2f}"


def past_style(world, x):
    if world == "laundry":
        return f"{ordinal(x.day)} {x.strftime('%B')}"
    if world == "landscape":
        return f"{x.strftime('%b')} {x.day}"
    return f"{x.strftime('%a')} {x.day} {x.strftime('%b')}"


# ------------------------------------------------------------------------------- the builder --
class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.n = 0
        self.next_id = 1000
        self.used_pool = {}
        self.cases, self.expected, self.meta = [], [], []

    def nid(self):
        self.next_id += 1
        return str(self.next_id)

    # Pick the customer (pinned by the text, else from the world's pool).
    def customer_for(self, world, foreign, text):
        if text:
            flat = " ".join(text.split())
            for sub, name, dom, fgn in PINS:
                if " ".join(sub.split()) in flat:
                    return name, dom, fgn
        key = (world, foreign)
        pool = POOL[key]
        i = self.used_pool.get(key, self.rng.randrange(len(pool)))
        self.used_pool[key] = (i + 1) % len(pool)
        name, dom = pool[i]
        return name, dom, foreign

    def lines(self, world, total):
        items = WORLDS[world]["items"]
        k = self.rng.choice([1, 1, 2, 3])
        picks = self.rng.sample(items, k)
        cents = int(round(total * 100))
        cuts = sorted(self.rng.sample(range(1, cents), k - 1)) if k > 1 else []
        parts = [b - a for a, b in zip([0] + cuts, cuts + [cents])]
        out = []
        for i, ((desc, item), c) in enumerate(zip(picks, parts), 1):
            amt = c / 100
            out.append({"Amount": amt, "Description": desc, "DetailType": "SalesItemLineDetail",
                        "Id": str(i), "LineNum": i,
                        "SalesItemLineDetail": {"ItemRef": {"name": item, "value": str(10 + i)},
                                                "Qty": 1, "UnitPrice": amt}})
        out.append({"Amount": round(total, 2), "DetailType": "SubTotalLineDetail",
                    "SubTotalLineDetail": {}})
        return out

    def invoice(self, world, cur, rate, home_bal, docnum, cust_id, cust_name, email, txn, due,
                total, balance, meta_tz):
        inv = {
            "Id": self.nid(), "DocNumber": docnum, "TxnDate": txn.isoformat(),
            "TotalAmt": round(total, 2), "Balance": round(balance, 2),
            "CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
            "CustomerRef": {"name": cust_name, "value": cust_id},
            "Line": self.lines(world, total), "LinkedTxn": [], "CustomField": [],
            "EmailStatus": "EmailSent", "PrintStatus": "NotSet", "PrivateNote": "",
            "SalesTermRef": {"value": "3"}, "SyncToken": "1",
            "MetaData": {"CreateTime": stamp(txn, 9, 0, meta_tz),
                         "LastUpdatedTime": stamp(txn, 9, 0, meta_tz)},
        }
        if due is not None:
            inv["DueDate"] = due.isoformat()
        if email:
            inv["BillEmail"] = {"Address": email}
        if rate is not None:
            inv["ExchangeRate"] = rate
            if home_bal:
                inv["HomeBalance"] = round(balance * rate, 2)
                inv["HomeTotalAmt"] = round(total * rate, 2)
        return inv

    def payment(self, cust_id, cust_name, cur, rate, day, amount, links, unapplied, tz):
        p = {"Id": self.nid(), "CustomerRef": {"name": cust_name, "value": cust_id},
             "CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
             "TotalAmt": round(amount, 2), "UnappliedAmt": round(unapplied, 2),
             "TxnDate": day.isoformat(), "SyncToken": "0",
             "Line": [{"Amount": round(a, 2), "LinkedTxn": [{"TxnId": t, "TxnType": tt}]}
                      for a, t, tt in links],
             "MetaData": {"CreateTime": stamp(day, 11, 30, tz),
                          "LastUpdatedTime": stamp(day, 11, 30, tz)}}
        if rate is not None:
            p["ExchangeRate"] = rate
        return p

    # One case from a spec (see the class functions below for the knobs).
    def make(self, cls, label, sem, world, text=None, foreign=None, dpd=None, cur_reminded=False,
             prior=None, reminders=None, amount=None, home_bal=None, partials=0,
             partial_after_first=False, unapplied=0.0, cm_open=0.0, cm_applied=False,
             no_address=False, no_due=False, status=None, cust_notes="", balance_zero=False,
             other=None, email_back=None, promise_ahead=None, x_back=None, tag=""):
        rng = self.rng
        self.n += 1
        cid = f"th-{self.n:04d}"
        W = WORLDS[world.split(":")[0]]
        wname = world.split(":")[0]
        pinned_foreign = world.endswith(":" + W["foreign"])
        if foreign is None:
            foreign = pinned_foreign
        name, dom, fgn = self.customer_for(wname, foreign, text)
        foreign = fgn
        cur = W["foreign"] if foreign else W["home"]
        rate = None
        if foreign:
            rate = round(W["rate"] + rng.uniform(-0.012, 0.012), 4)
        if home_bal is None:
            home_bal = rng.random() < 0.8
        tz = W["tz"]
        as_of = d(rng.choice(AS_OF))
        if dpd is None:
            dpd = rng.randint(2, 55)
        due = as_of - dt.timedelta(days=dpd)
        txn = due - dt.timedelta(days=rng.choice([14, 30, 30]))
        if amount is None:
            amount = round(rng.uniform(180, 4800), 2)
            if rate and amount * rate >= RISK * 0.95:
                amount = round(amount / 2, 2)
        total = amount
        cust_id = str(300 + self.n)
        contact = rng.choice(FIRST)
        ap_local = rng.choice(["accounts", "ap", "finance", contact.lower(), "admin"])
        cust_addr = f"{ap_local}@{dom}"
        docnum = W["doc"].format(rng.randint(2000, 9800) if "04d" in W["doc"]
                                 else rng.randint(20000, 98000))

        # reminders for this invoice
        reached = [s for s in STAGES if s <= dpd] if not no_due else []
        current = max(reached) if reached else None
        if reminders is None:
            reminders = []
            if reached:
                earlier = [s for s in reached if s != current]
                if prior is None:
                    k = rng.choice([0, 1, 1]) if earlier else 0
                    k = min(k, 2 - (1 if cur_reminded else 0))
                    reminders = sorted(rng.sample(earlier, min(k, len(earlier))))
                else:
                    reminders = list(prior)
                if cur_reminded:
                    reminders.append(current)
        rem_rows = []
        for s in sorted(reminders):
            rd = due + dt.timedelta(days=s)
            if rd > as_of:
                raise SystemExit(f"{cid}: reminder for stage {s} after as_of")
            rem_rows.append({"date": stamp(rd, 8, 5, tz), "stage": s})
        last_rem = d(rem_rows[-1]["date"][:10]) if rem_rows else None
        first_rem = d(rem_rows[0]["date"][:10]) if rem_rows else None

        # message dates
        parts = split_parts(text) if text else []
        back = email_back if email_back is not None else rng.choice([0, 1, 1, 2, 3])
        end = as_of - dt.timedelta(days=back)
        if last_rem and end < last_rem and email_back is None:
            end = last_rem
        n_parts = len(parts)
        pdays = []
        for i in range(n_parts):
            day = end - dt.timedelta(days=(n_parts - 1 - i) * 2)
            if last_rem and day < last_rem and email_back is None:
                day = last_rem
            pdays.append(day)
        first_day = pdays[0] if pdays else end

        # placeholders
        values = {"doc": docnum, "us": W["us"], "contact": W["collector"]}
        bal_for_text = 0.0 if balance_zero else None  # filled below
        ref = rng.choice(["{}{:06d}", "{}-{:08d}", "{}{:09d}"]).format(
            rng.choice(["FP", "TRX", "PMT", "REF", "BX", "QT"]), rng.randint(10 ** 5, 10 ** 8))
        values["ref"] = ref
        values["paid"] = past_style(wname, first_day - dt.timedelta(days=rng.randint(3, 12)))
        email_day = pdays[-1] if pdays else end
        pdate = None
        if text and "{d_" in text:
            pdate = self.promise_date(text, as_of, email_day)
            values.update(date_forms("d", pdate))
            values.update(date_forms("d2", pdate + dt.timedelta(days=rng.choice([21, 28, 35]))))
        xdate = None
        if text and "{x_" in text:
            xdate = email_day + dt.timedelta(days=x_back or 4)
            if xdate >= as_of:
                raise SystemExit(f"{cid}: expired promise not behind as_of")
            values.update(date_forms("x", xdate))

        # partial payments, credit memos, unapplied
        payments, credit_memos, hist = [], [], []
        applied = []
        if partials:
            share = rng.uniform(0.15, 0.3)
            for i in range(partials):
                if partial_after_first and first_rem:
                    pday = first_rem + dt.timedelta(days=1 + i)
                else:
                    lo = txn + dt.timedelta(days=5)
                    pday = lo + dt.timedelta(days=rng.randint(0, max(0, (as_of - lo).days - 1)))
                applied.append((round(total * share, 2), pday))
        cm = None
        if cm_applied:
            cm_amt = round(total * rng.uniform(0.08, 0.2), 2)
            cm = ("applied", cm_amt)
        balance = round(total - sum(a for a, _ in applied) - (cm[1] if cm else 0.0), 2)
        if balance_zero:
            applied = [(round(total, 2), as_of - dt.timedelta(days=rng.randint(1, 4)))]
            balance = 0.0
        values["amt"] = money(cur, balance)

        email_inv = None if no_address else cust_addr
        inv = self.invoice(wname, cur, rate, home_bal, docnum, cust_id, name, email_inv, txn,
                           None if no_due else due, total, balance, tz)
        if status:
            inv["CustomField"] = [{"DefinitionId": "2", "Name": "Collections Status",
                                   "StringValue": status, "Type": "StringType"}]
        for a, pday in applied:
            p = self.payment(cust_id, name, cur, rate, pday, a, [(a, inv["Id"], "Invoice")], 0.0, tz)
            payments.append(p)
            inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        if cm:
            cmday = end - dt.timedelta(days=1)
            cmid = self.nid()
            cmdoc = f"CM-{rng.randint(100, 999)}"
            values["cm"] = cmdoc[3:]
            credit_memos.append({"Id": cmid, "DocNumber": cmdoc, "TxnDate": cmday.isoformat(),
                                 "TotalAmt": cm[1], "Balance": 0.0,
                                 "CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
                                 "CustomerRef": {"name": name, "value": cust_id},
                                 "Line": self.lines(wname, cm[1]), "SyncToken": "0",
                                 "MetaData": {"CreateTime": stamp(cmday, 10, 0, tz),
                                              "LastUpdatedTime": stamp(cmday, 10, 0, tz)}})
            p = self.payment(cust_id, name, cur, rate, cmday, 0.0,
                             [(cm[1], inv["Id"], "Invoice"), (cm[1], cmid, "CreditMemo")], 0.0, tz)
            payments.append(p)
            inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
        if unapplied:
            uday = as_of - dt.timedelta(days=rng.randint(2, 9))
            ua = round(balance * unapplied, 2)
            payments.append(self.payment(cust_id, name, cur, rate, uday, ua, [], ua, tz))
        if cm_open:
            cday = as_of - dt.timedelta(days=rng.randint(5, 20))
            ca = round(balance * cm_open, 2)
            credit_memos.append({"Id": self.nid(), "DocNumber": f"CM-{rng.randint(100, 999)}",
                                 "TxnDate": cday.isoformat(), "TotalAmt": ca, "Balance": ca,
                                 "CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
                                 "CustomerRef": {"name": name, "value": cust_id},
                                 "Line": self.lines(wname, ca), "SyncToken": "0",
                                 "MetaData": {"CreateTime": stamp(cday, 10, 0, tz),
                                              "LastUpdatedTime": stamp(cday, 10, 0, tz)}})

        # history: paid invoices, all paid before this invoice's due date
        for k in range(rng.randint(1, 3)):
            hdue = txn - dt.timedelta(days=20 + 30 * k + rng.randint(0, 6))
            htotal = round(rng.uniform(150, 3000), 2)
            h = self.invoice(wname, cur, rate, home_bal, W["doc"].format(
                rng.randint(1000, 1999) if "04d" in W["doc"] else rng.randint(10000, 19999)),
                cust_id, name, email_inv, hdue - dt.timedelta(days=30), hdue, htotal, 0.0, tz)
            pday = hdue - dt.timedelta(days=rng.randint(0, 8))
            p = self.payment(cust_id, name, cur, rate, pday, htotal, [(htotal, h["Id"], "Invoice")],
                             0.0, tz)
            h["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
            hist.append(h)
            payments.append(p)
        other_inv = None
        if other:
            otxn = txn + dt.timedelta(days=rng.randint(3, 20))
            oddoc = W["doc"].format(rng.randint(1000, 1999) if "04d" in W["doc"]
                                    else rng.randint(10000, 19999))
            ototal = round(rng.uniform(200, 2500), 2)
            obal = ototal if other == "open" else 0.0
            other_inv = self.invoice(wname, cur, rate, home_bal, oddoc, cust_id, name, email_inv,
                                     otxn, otxn + dt.timedelta(days=30), ototal, obal, tz)
            if other == "paid":
                pday = first_day - dt.timedelta(days=rng.randint(4, 7))
                p = self.payment(cust_id, name, cur, rate, pday, ototal,
                                 [(ototal, other_inv["Id"], "Invoice")], 0.0, tz)
                other_inv["LinkedTxn"].append({"TxnId": p["Id"], "TxnType": "Payment"})
                payments.append(p)
            hist.append(other_inv)
            values["other"] = oddoc
        payments.sort(key=lambda p: (p["TxnDate"], p["Id"]))

        # emails and notes
        emails, notes = [], []
        for (kind, head, from_local, body), day in zip(parts, pdays):
            body = fill(body, values)
            head = fill(head, values)
            hour, minute = rng.randint(9, 17), rng.choice([2, 14, 27, 41, 53])
            if kind == "S":
                if from_local is None and n_parts == 1:
                    body = self.wrap(body, wname, contact, name, rem_rows, docnum, values["amt"],
                                     dpd, W)
                emails.append({"from": f"{from_local}@{dom}" if from_local else cust_addr,
                               "to": W["ar"], "date": stamp(day, hour, minute, tz),
                               "subject": head, "body": body})
            elif kind == "U":
                emails.append({"from": W["ar"], "to": cust_addr,
                               "date": stamp(day, hour, minute, tz), "subject": head,
                               "body": body})
            else:
                notes.append({"author": head, "date": stamp(day, hour, minute, tz), "text": body})

        open_bal = balance + (other_inv["Balance"] if other_inv else 0.0)
        customer = {"Id": cust_id, "DisplayName": name, "CompanyName": name,
                    "GivenName": contact, "Active": True, "Balance": round(open_bal, 2),
                    "CurrencyRef": {"name": CUR_NAME[cur], "value": cur},
                    "Notes": cust_notes, "SyncToken": str(rng.randint(1, 6)),
                    "MetaData": {"CreateTime": stamp(txn - dt.timedelta(days=400), 9, 0, tz),
                                 "LastUpdatedTime": stamp(txn, 9, 0, tz)}}
        if not no_address:
            customer["PrimaryEmailAddr"] = {"Address": cust_addr}
        case = {"id": cid, "as_of": as_of.isoformat(), "home_currency": W["home"],
                "invoice": inv, "customer": customer, "invoices": hist, "payments": payments,
                "credit_memos": credit_memos, "emails": emails, "crm_notes": notes,
                "reminders_sent": rem_rows}
        exp = dict(label)
        exp["id"] = cid
        exp["class"] = cls
        meta = {"sem": sem, "promise": pdate.isoformat() if pdate else None,
                "promise_text": values.get("d_" + promise_fmt(text)) if pdate else None,
                "tag": tag}
        self.cases.append(case)
        self.expected.append(exp)
        self.meta.append(meta)

    def promise_date(self, text, as_of, email_day):
        fmts = {f for f in ("iso", "dmy", "mdy", "dot", "long", "md", "wd", "th", "day")
                if "{d_" + f + "}" in text}
        cands = []
        for k in range(1, 22):
            x = as_of + dt.timedelta(days=k)
            if x.weekday() >= 5:
                continue
            if fmts & {"dmy", "mdy", "dot"} and x.day <= 12:
                continue
            if "th" in fmts and (x.month != email_day.month or x.year != email_day.year):
                continue
            if "day" in fmts and (x - email_day).days > 6:
                continue
            if "{d2_" in text and x.month != 12:
                continue
            cands.append(x)
        if not cands:
            raise SystemExit("no promise date fits " + repr(text[:40]))
        return self.rng.choice(cands[:10])

    def wrap(self, body, world, contact, cust, rem_rows, doc, amt, dpd, W):
        r = self.rng.random()
        if r < 0.22:
            title = self.rng.choice(TITLES)
            return (f"{body}\n\n--\n{contact} {self.rng.choice(['Hughes', 'Okafor', 'Bennett', 'Lee', 'Novak', 'Costa'])}"
                    f"\n{title}\n{cust}\nT: {PHONE[world]}{self.rng.randint(100, 999)}")
        if r < 0.36:
            return (f"{body}\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended "
                    f"only for the addressee. If you are not the intended recipient, please notify "
                    f"the sender and delete it. {cust} accepts no liability for viruses.")
        if r < 0.46:
            return (f"FYI - see below from our accounts team.\n\n---------- Forwarded message "
                    f"---------\nFrom: {cust} Accounts\nSubject: {doc}\n\n{body}")
        if r < 0.66 and rem_rows:
            last = rem_rows[-1]
            quoted = (f"Dear customer, this is a reminder that invoice {doc} for {amt} is now past "
                      f"due. Please arrange payment at your earliest convenience or let us know if "
                      f"there is a problem.\nKind regards, {W['collector']}, {W['us']}")
            q = "\n".join("> " + ln for ln in quoted.split("\n"))
            return f"{body}\n\nOn {last['date'][:10]}, {W['us']} <{W['ar']}> wrote:\n{q}"
        return body


def promise_fmt(text):
    for f in ("iso", "dmy", "mdy", "dot", "long", "md", "wd", "th", "day"):
        if text and "{d_" + f + "}" in text:
            return f
    return None


def split_parts(text):
    out = []
    for chunk in text.split("\n---\n"):
        lines = chunk.split("\n")
        kind, head = lines[0][0], lines[0][3:]
        rest = lines[1:]
        from_local = None
        if rest and rest[0].startswith("F: "):
            from_local, rest = rest[0][3:], rest[1:]
        out.append((kind, head, from_local, "\n".join(rest).strip("\n")))
    return out


def fill(s, values):
    try:
        return s.format(**values)
    except KeyError as exc:
        raise SystemExit(f"placeholder {exc} has no value in: {s[:60]!r}")


# --------------------------------------------------------------------------------- the plan --
def plan(b: Builder):
    rng = b.rng

    def pick(n, k):
        return set(rng.sample(range(n), k))

    # complaint 22: two at >= 60 days, about half with the current stage already reminded.
    old = {5, 19}
    rem = pick(22, 11)
    for i, (w, t) in enumerate(T.COMPLAINTS):
        dpd = rng.randint(61, 110) if i in old else rng.randint(2, 55)
        b.make("complaint", L_DISPUTE, "complaint", w, t, dpd=dpd, cur_reminded=i in rem)

    # paid_claim 22: 2 in 3 after the current stage was reminded (subjects naming a reminder first).
    idx = [i for i, (w, t) in enumerate(T.PAID_CLAIMS)
           if any(k in t.split("\n")[0].lower() for k in ("remind", "notice", "overdue"))]
    rest = [i for i in range(22) if i not in idx]
    rng.shuffle(rest)
    rem = set((idx + rest)[:15])
    for i, (w, t) in enumerate(T.PAID_CLAIMS):
        b.make("paid_claim", L_DISPUTE, "paid", w, t, dpd=rng.randint(3, 55), cur_reminded=i in rem)

    # promise 22: all dated after as_of; half with the current stage not yet reminded.
    idx = [i for i, (w, t) in enumerate(T.PROMISES) if "remind" in t.split("\n")[0].lower()]
    rest = [i for i in range(22) if i not in idx]
    rng.shuffle(rest)
    rem = set((idx + rest)[:11])
    for i, (w, t) in enumerate(T.PROMISES):
        b.make("promise", L_NONE, "promise", w, t, dpd=rng.randint(2, 52), cur_reminded=i in rem)

    # hardship 22: undated, < 60 days, current stage never reminded.
    for w, t in T.HARDSHIP:
        b.make("hardship", L_PLAN, "plan", w, t, dpd=rng.randint(2, 56), cur_reminded=False)

    # mixed 28
    M = {k: v[0] for k, v in T.MIXED.items()}
    b.make("mixed", L_BENIGN, "negated", *M["negation"], cur_reminded=False)
    b.make("mixed", L_BENIGN, "hypothetical", *M["hypothetical"], cur_reminded=False)
    b.make("mixed", L_BENIGN, "retracted", *M["retraction"], dpd=rng.randint(8, 40),
           cur_reminded=False)
    b.make("mixed", L_BENIGN, "resolved", *M["resolved_complaint"], dpd=rng.randint(10, 40),
           cur_reminded=False, cm_applied=True)
    b.make("mixed", L_BENIGN, "resolved", *M["forwarded_fixed"], cur_reminded=False)
    b.make("mixed", L_BENIGN, "resolved", *M["resolved_dispute_note"], dpd=rng.randint(10, 40),
           cur_reminded=False)
    b.make("mixed", L_ROUTINE, "expired_promise", *M["expired_promise"], dpd=rng.randint(16, 28),
           prior=[1], cur_reminded=False, email_back=10, x_back=4)
    b.make("mixed", L_HIGH, "promise", *M["promise_60"], dpd=rng.randint(62, 90),
           cur_reminded=False, prior=[30])
    b.make("mixed", L_HIGH, "plan", *M["plan_60"], dpd=rng.randint(66, 100), cur_reminded=True,
           prior=[])
    b.make("mixed", L_NONE, "plan", *M["plan_after_reminder"], dpd=rng.randint(9, 13),
           reminders=[1, 7])
    b.make("mixed", L_NONE, "promise", *M["no_plan_full"], cur_reminded=False)
    b.make("mixed", lab([D, N], [PP, NA]), "promise_plan", *M["need_until"], cur_reminded=False)
    b.make("mixed", lab([D, N], [PP, NA]), "promise_plan", *M["dated_instalments"],
           cur_reminded=False)
    b.make("mixed", lab([N, D], [NA, RR]), "undated_promise", *M["undated_run"], cur_reminded=False)
    b.make("mixed", lab([N, E], [NA, HT]), "promise", *M["promise_stop"], dpd=rng.randint(8, 13),
           reminders=[1, 7])
    b.make("mixed", lab([N, D], [NA, RR]), "promise", *M["phoned_promise"], cur_reminded=False)
    b.make("mixed", lab([N, E], [NA, LD, HT]), "promise", *M["paid_then_promise"],
           cur_reminded=False)
    b.make("mixed", L_BENIGN, "harmless", *M["three_broken_email"], dpd=rng.randint(32, 45),
           reminders=[1, 7, 14], tag="three_broken")
    b.make("mixed", L_ROUTINE, "none", "laundry", None, foreign=False, dpd=rng.randint(32, 45),
           reminders=[1, 7, 14], partials=1, partial_after_first=True, tag="three_broken")
    b.make("mixed", L_ROUTINE, "harmless_note", *M["three_broken_note"], dpd=rng.randint(32, 45),
           reminders=[1, 7, 14], email_back=2, tag="three_broken")
    b.make("mixed", L_PLAN, "harmless", *M["two_partials"], dpd=rng.randint(15, 45),
           cur_reminded=False, partials=2)
    b.make("mixed", L_ROUTINE, "none", "landscape:CAD", None, dpd=rng.randint(8, 40),
           cur_reminded=False, partials=1)
    b.make("mixed", L_ROUTINE, "none", "laundry", None, foreign=False, dpd=rng.randint(8, 25),
           cur_reminded=False, status=T.NON_DISPUTE_STATUS[0], prior=[1])
    b.make("mixed", L_ROUTINE, "none", "laundry:EUR", None, dpd=rng.randint(8, 40),
           cur_reminded=False, amount=11240.00, home_bal=True)
    b.make("mixed", L_ROUTINE, "none", "coffee", None, foreign=False, dpd=rng.randint(8, 40),
           cur_reminded=False, unapplied=0.35)
    b.make("mixed", lab([N, E], [NA, LD]), "complaint", *M["not_due_complaint"],
           dpd=-rng.randint(4, 12))
    b.make("mixed", L_NONE, "promise", *M["privileged_promise"], cur_reminded=False)
    b.make("mixed", lab([D, N], [RR, NA]), "collector", *M["collector_email"],
           cur_reminded=False, prior=[])

    # hard_stop 16
    LH = "legal_hold"
    b.make("hard_stop", lab([E], [HT, LD, RR], LH), "legal", *T.LEGAL["solicitors"])
    b.make("hard_stop", lab([E], [HT, LD, RR], LH), "legal", *T.LEGAL["administration"])
    b.make("hard_stop", lab([E], [HT, LD, RR], LH), "legal", *T.LEGAL["chapter11"])
    b.make("hard_stop", lab([E], [HT, LD], LH), "legal", *T.LEGAL["attorney_note"],
           status="Disputed")
    OD = "open_dispute"
    b.make("hard_stop", lab([E], [LD], OD), "none", "laundry", None, foreign=False,
           status="Disputed")
    b.make("hard_stop", lab([E], [LD, HT], OD), "none", "coffee", None, foreign=False,
           status="DISPUTED", amount=11860.00)
    b.make("hard_stop", lab([E], [LD], OD), "dispute_note", *T.DISPUTE_NOTES["dispute_word"])
    b.make("hard_stop", lab([E], [LD], OD), "dispute_note", "coffee",
           T.DISPUTE_NOTES["no_word"][1] + "\n---\n" + T.DISPUTE_NOTES["no_word_followup"][1])
    ORT = "over_risk_threshold"
    b.make("hard_stop", lab([E], [HT], ORT), "promise", *T.OVER_RISK["promise"], amount=12400.00,
           cur_reminded=False)
    b.make("hard_stop", lab([E], [HT], ORT), "none", "coffee:SGD", None, amount=9120.00,
           home_bal=True, unapplied=1.0)
    b.make("hard_stop", lab([E], [HT], ORT), "none", "landscape:CAD", None, amount=14500.00,
           home_bal=False)
    UC = "unapplied_credit"
    b.make("hard_stop", lab([E], [RR, HT, LD], UC), "none", "landscape", None, foreign=False,
           unapplied=1.0)
    b.make("hard_stop", lab([E], [RR, HT, LD], UC), "none", "laundry", None, foreign=False,
           unapplied=0.6, cm_open=0.4)
    b.make("hard_stop", lab([E], [RR, HT, LD], UC), "paid", *T.UNAPPLIED_PAID, foreign=False,
           unapplied=1.0, no_address=True)
    MC = "missing_context"
    b.make("hard_stop", lab([E], [RR, HT], MC), "none", "landscape", None, foreign=False,
           no_address=True, cur_reminded=False)
    b.make("hard_stop", lab([E], [RR, HT], MC), "none", "coffee", None, foreign=False, no_due=True)

    # routine 10: six silent, four harmless replies
    b.make("routine", L_ROUTINE, "none", "laundry", None, foreign=False, dpd=rng.randint(1, 5),
           reminders=[])
    b.make("routine", L_ROUTINE, "none", "coffee:SGD", None, dpd=rng.randint(8, 13), prior=[1])
    b.make("routine", L_ROUTINE, "none", "landscape:CAD", None, dpd=rng.randint(15, 28),
           prior=[7], home_bal=False)
    b.make("routine", L_ROUTINE, "none", "landscape", None, foreign=False, dpd=rng.randint(31, 50),
           prior=[14])
    b.make("routine", L_ROUTINE, "none", "coffee", None, foreign=False, dpd=rng.randint(30, 45),
           reminders=[])
    b.make("routine", L_ROUTINE, "none", "laundry:EUR", None, dpd=rng.randint(2, 6), reminders=[],
           home_bal=True)
    for w, t in T.ROUTINE_HARMLESS:
        b.make("routine", L_BENIGN, "harmless", w, t, cur_reminded=False)

    for w, t in T.BENIGN:
        b.make("benign", L_BENIGN, "harmless", w, t, cur_reminded=False)

    # escalation 5
    b.make("escalation", L_HIGH, "none", "laundry", None, foreign=False, dpd=64, prior=[30])
    b.make("escalation", L_HIGH, "none", "coffee:SGD", None, dpd=rng.randint(90, 125),
           reminders=[30, 60])
    b.make("escalation", L_HIGH, "none", "landscape", None, foreign=False, dpd=rng.randint(16, 28),
           reminders=[1, 7, 14], tag="three_rule")
    b.make("escalation", L_HIGH, "noauto", "landscape", None, foreign=False, dpd=rng.randint(8, 25),
           cur_reminded=False, cust_notes=T.NO_AUTOMATION["customer_notes"][1])
    b.make("escalation", L_HIGH, "noauto", *T.NO_AUTOMATION["crm_note"], foreign=False,
           dpd=rng.randint(8, 25), cur_reminded=False)

    # no_action 4
    b.make("no_action", L_NONE, "none", "coffee", None, foreign=False, dpd=rng.randint(10, 30),
           balance_zero=True, reminders=[])
    b.make("no_action", L_NONE, "none", "landscape", None, foreign=False, dpd=-rng.randint(3, 12))
    b.make("no_action", L_NONE, "none", "laundry:EUR", None, dpd=0)
    b.make("no_action", L_NONE, "none", "landscape:CAD", None, dpd=rng.randint(16, 28),
           reminders=[14])

    # unread 5: an earlier stage was reminded (that is what they answer), the current one not.
    for w, t in T.UNREAD:
        dd = rng.randint(8, 40)
        b.make("unread", L_BENIGN, "harmless", w, t, dpd=dd, cur_reminded=False,
               prior=[max(s for s in STAGES if s <= dd and s != max(x for x in STAGES if x <= dd))])

    # injection 4
    for w, t in T.INJECTIONS:
        b.make("injection", L_INJECT, "injection", w, t, cur_reminded=rng.random() < 0.5)

    # other_invoice 4
    for i, (w, t) in enumerate(T.OTHER_INVOICE):
        kind = "paid" if "We paid" in t else "open"
        b.make("other_invoice", L_BENIGN, "other", w, t, cur_reminded=False, other=kind)


# ----------------------------------------------------------------------------------- checks --
def facts(c):
    inv = c["invoice"]
    as_of = d(c["as_of"])
    f = {"balance": inv["Balance"], "due": inv.get("DueDate")}
    f["dpd"] = (as_of - d(inv["DueDate"])).days if inv.get("DueDate") else None
    reached = [s for s in STAGES if f["dpd"] is not None and s <= f["dpd"]]
    f["stage"] = max(reached) if reached else None
    stages_sent = [r["stage"] for r in c["reminders_sent"]]
    f["reminded"] = f["stage"] is not None and f["stage"] in stages_sent
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    credit = sum(p.get("UnappliedAmt", 0.0) for p in c["payments"]) + \
        sum(m.get("Balance", 0.0) for m in c["credit_memos"])
    f["credit_covers"] = credit > 0 and credit >= inv["Balance"]
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address")) or \
        bool((c["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    f["status"] = next((x.get("StringValue", "") for x in inv.get("CustomField", [])
                        if x.get("Name") == "Collections Status"), "")
    f["partials"] = sum(1 for p in c["payments"] if p["TotalAmt"] > 0 for ln in p["Line"]
                        for t in ln["LinkedTxn"]
                        if t["TxnType"] == "Invoice" and t["TxnId"] == inv["Id"])
    rems = sorted(r["date"] for r in c["reminders_sent"])
    f["three"] = False
    if len(rems) >= 3:
        first = rems[0]
        ours = c["customer"].get("PrimaryEmailAddr", {}).get("Address", "").split("@")[-1]
        act = [p for p in c["payments"] if p["TxnDate"] >= first[:10]]
        act += [e for e in c["emails"] if e["date"] >= first and e["from"].endswith("@" + ours)]
        act += [n for n in c["crm_notes"] if n["date"] >= first]
        f["three"] = not act
    return f


def check(c, exp, meta):
    """SPEC's order on the re-derived facts plus the message's semantic tag."""
    f = facts(c)
    sem = meta["sem"]
    as_of = d(c["as_of"])
    cid = c["id"]
    if meta["promise"]:
        p = d(meta["promise"])
        last_mail = max([e["date"][:10] for e in c["emails"]] + [n["date"][:10] for n in
                                                                c["crm_notes"]])
        assert p > as_of and p > d(last_mail), f"{cid}: promise date not ahead"
        blob = " ".join(e["body"] for e in c["emails"]) + " ".join(n["text"] for n in c["crm_notes"])
        assert meta["promise_text"] in blob, f"{cid}: promise date not in the text"
    promise_ahead = bool(meta["promise"]) and sem in ("promise", "promise_plan")
    if meta["tag"] in ("three_broken", "three_rule"):
        assert len(c["reminders_sent"]) >= 3
        assert f["three"] == (meta["tag"] == "three_rule"), f"{cid}: 3-reminder rule"

    def classify():
        if sem in ("complaint", "paid") or f["status"].lower() == "disputed":
            return LD
        if (f["dpd"] is not None and f["dpd"] >= 60) or f["three"] or sem in ("noauto",
                                                                             "injection"):
            return HT
        if sem in ("plan", "promise_plan") or f["partials"] >= 2:
            return PP
        return RR

    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        want = (N, NA, None)
    else:
        stop = None
        if sem == "legal":
            stop = "legal_hold"
        elif f["status"].lower() == "disputed" or sem == "dispute_note":
            stop = "open_dispute"
        elif f["home"] >= RISK:
            stop = "over_risk_threshold"
        elif f["credit_covers"]:
            stop = "unapplied_credit"
        elif not f["address"] or not f["due"]:
            stop = "missing_context"
        if stop:
            under = HT if stop == "over_risk_threshold" else classify()
            want = (E, under, stop)
            if stop == "open_dispute":
                want = (E, LD, stop)
            assert HT in exp["outcome"] or stop == "open_dispute", f"{cid}: hard stop lacks HT"
            if stop == "open_dispute" and f["home"] >= RISK:
                assert HT in exp["outcome"], f"{cid}: over-threshold dispute lacks HT"
        else:
            o = classify()
            r = E if o in (LD, HT) else D
            if r == D and (f["reminded"] or promise_ahead):
                r, o = N, NA
            want = (r, o, None)
    r, o, hs = want
    assert r in exp["route"], f"{cid}: route {r} not accepted {exp['route']}"
    assert o in exp["outcome"], f"{cid}: outcome {o} not accepted {exp['outcome']}"
    assert hs == exp["hard_stop"], f"{cid}: hard stop {hs} != {exp['hard_stop']}"
    if exp["class"] in ("complaint", "paid_claim", "promise", "hardship"):
        assert len(exp["route"]) == 1 and len(exp["outcome"]) == 1, f"{cid}: hard class ambiguous"
    if exp["class"] == "injection":
        assert exp["route"] == [E], f"{cid}: injection must escalate"
    if exp["class"] == "hardship":
        assert not f["reminded"] and f["dpd"] < 60
    if exp["class"] == "promise":
        assert meta["promise"] and f["dpd"] < 60
    return f


TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments",
       "credit_memos", "emails", "crm_notes", "reminders_sent"}


def wellformed(c, exp):
    cid = c["id"]
    assert set(c) == TOP, f"{cid}: top-level keys {sorted(set(c) ^ TOP)}"
    d(c["as_of"])
    inv, cust = c["invoice"], c["customer"]
    cur = cust["CurrencyRef"]["value"]
    all_inv = {i["Id"]: i for i in [inv] + c["invoices"]}
    for i in all_inv.values():
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef",
                  "CustomerRef", "Line", "LinkedTxn", "MetaData", "SyncToken"):
            assert k in i, f"{cid}: invoice {i['Id']} lacks {k}"
        assert i["CustomerRef"]["value"] == cust["Id"], f"{cid}: invoice customer link"
        assert i["CurrencyRef"]["value"] == cur, f"{cid}: one currency a customer"
        assert abs(i["Line"][-1]["Amount"] - i["TotalAmt"]) < 0.005
        assert abs(sum(ln["Amount"] for ln in i["Line"][:-1]) - i["TotalAmt"]) < 0.005
        paid = sum(ln["Amount"] for p in c["payments"] for ln in p["Line"] for t in ln["LinkedTxn"]
                   if t["TxnType"] == "Invoice" and t["TxnId"] == i["Id"])
        assert abs(i["TotalAmt"] - paid - i["Balance"]) < 0.005, f"{cid}: balance of {i['Id']}"
        linked = {t["TxnId"] for t in i["LinkedTxn"] if t["TxnType"] == "Payment"}
        paying = {p["Id"] for p in c["payments"] for ln in p["Line"] for t in ln["LinkedTxn"]
                  if t["TxnId"] == i["Id"] and t["TxnType"] == "Invoice"}
        assert linked == paying, f"{cid}: LinkedTxn both ways on {i['Id']}"
        if "ExchangeRate" in i:
            assert cur != c["home_currency"]
            if "HomeBalance" in i:
                assert abs(i["HomeBalance"] - round(i["Balance"] * i["ExchangeRate"], 2)) < 0.005
        else:
            assert cur == c["home_currency"], f"{cid}: foreign invoice without ExchangeRate"
        if "DueDate" in i:
            assert d(i["DueDate"]) >= d(i["TxnDate"])
    cms = {m["Id"]: m for m in c["credit_memos"]}
    for m in cms.values():
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CustomerRef", "Line"):
            assert k in m
        used = sum(ln["Amount"] for p in c["payments"] for ln in p["Line"] for t in ln["LinkedTxn"]
                   if t["TxnType"] == "CreditMemo" and t["TxnId"] == m["Id"])
        assert abs(m["TotalAmt"] - used - m["Balance"]) < 0.005, f"{cid}: credit memo balance"
    for p in c["payments"]:
        for k in ("Id", "CustomerRef", "TotalAmt", "UnappliedAmt", "TxnDate", "Line", "MetaData"):
            assert k in p, f"{cid}: payment lacks {k}"
        assert p["CustomerRef"]["value"] == cust["Id"]
        inv_part = sum(ln["Amount"] for ln in p["Line"] for t in ln["LinkedTxn"]
                       if t["TxnType"] == "Invoice")
        cm_part = sum(ln["Amount"] for ln in p["Line"] for t in ln["LinkedTxn"]
                      if t["TxnType"] == "CreditMemo")
        assert abs(p["TotalAmt"] - (inv_part - cm_part) - p["UnappliedAmt"]) < 0.005, \
            f"{cid}: payment {p['Id']} amounts"
        for ln in p["Line"]:
            for t in ln["LinkedTxn"]:
                assert t["TxnId"] in (all_inv if t["TxnType"] == "Invoice" else cms), \
                    f"{cid}: payment links to a missing {t['TxnType']}"
        assert d(p["TxnDate"]) <= d(c["as_of"])
    for e in c["emails"]:
        assert set(e) == {"from", "to", "date", "subject", "body"}, f"{cid}: email keys"
        assert e["date"][:10] <= c["as_of"] and e["body"].strip() and "{" not in e["subject"]
        assert "{" not in e["body"] or "mark_invoice_paid" in e["body"], f"{cid}: unfilled"
    for n in c["crm_notes"]:
        assert set(n) == {"author", "date", "text"} and n["date"][:10] <= c["as_of"]
    stages = [r["stage"] for r in c["reminders_sent"]]
    assert len(stages) == len(set(stages)), f"{cid}: one reminder a stage"
    for r in c["reminders_sent"]:
        assert set(r) == {"date", "stage"} and r["stage"] in STAGES
        assert inv.get("DueDate"), f"{cid}: reminder without a due date"
        assert (d(r["date"][:10]) - d(inv["DueDate"])).days >= r["stage"]
        assert r["date"][:10] <= c["as_of"]
    assert set(exp) == {"class", "hard_stop", "id", "outcome", "route"}
    assert exp["id"] == cid and exp["route"] and exp["outcome"]
    assert set(exp["route"]) <= {D, E, N}
    assert set(exp["outcome"]) <= {RR, LD, PP, HT, NA}


MIX = {"complaint": 22, "paid_claim": 22, "promise": 22, "hardship": 22, "mixed": 28,
       "hard_stop": 16, "routine": 10, "benign": 5, "escalation": 5, "no_action": 4, "unread": 5,
       "injection": 4, "other_invoice": 4}


def main():
    b = Builder()
    plan(b)
    counts = {}
    for c, exp, meta in zip(b.cases, b.expected, b.meta):
        wellformed(c, exp)
        check(c, exp, meta)
        counts[exp["class"]] = counts.get(exp["class"], 0) + 1
    assert counts == MIX, counts
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in b.cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in b.expected:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    print(f"{len(b.cases)} cases written; " + ", ".join(f"{k} {v}" for k, v in MIX.items()))


if __name__ == "__main__":
    main()

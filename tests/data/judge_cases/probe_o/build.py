#!/usr/bin/env python3
"""Builds probe_o: cases.jsonl + expected.jsonl (stdlib only, fixed seed 20261220).

    python3 tests/data/judge_cases/probe_o/build.py   # rewrites both files byte for byte
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

SEED = 20261220
STAGES = [1, 7, 14, 30, 60]
D = dt.date

WORLDS = {
    "brew": {"home": "USD", "foreign": "CAD", "rate": 0.72, "tz": "-08:00",
             "us": "Cascade Keg & Brewhouse Supply", "ar": "ar@cascadekeg.example",
             "collector": "Maddie Ostrander",
             "dom": [("Stumptown Sour Works", "stumptownsour.example", "Priya"),
                     ("Fremont Fermentation LLC", "fremontferm.example", "Tom"),
                     ("Rose City Taproom Group", "rosecitytaps.example", "Carla"),
                     ("Willamette Wild Ales", "willamettewild.example", "Dana"),
                     ("Alberta Street Brewing", "albertastbrew.example", "Rick")],
             "for": [("Gastown Gose Co.", "gastowngose.example", "Nadia"),
                     ("Main Street Hop Yard Ltd", "mainsthopyard.example", "Aaron"),
                     ("Commercial Drive Brewing Ltd", "commercialdrivebrew.example", "Jess")]},
    "float": {"home": "NZD", "foreign": "AUD", "rate": 1.09, "tz": "+13:00",
              "us": "Waikato Float & Trailer Works", "ar": "accounts@waikatofloats.example",
              "collector": "Aroha Prentice",
              "dom": [("Karapiro Equestrian Centre", "karapiroequestrian.example", "Helen"),
                      ("Matamata Racing Stables Ltd", "matamataracing.example", "Kerry"),
                      ("Te Awamutu Pony Club", "tapc.example", "Anahera"),
                      ("Whitcombe Bloodstock", "whitcombebloodstock.example", "Paul"),
                      ("Sharon Doyle", "doylefarm.example", "Sharon")],
              "for": [("Darling Downs Horse Transport Pty Ltd", "ddhorsetransport.example", "Dimitri"),
                      ("Coastline Vets Pty Ltd", "coastlinevets.example", "Mei"),
                      ("Hunter Valley Eventing Pty Ltd", "hvevent.example", "Grant")]},
    "av": {"home": "EUR", "foreign": "GBP", "rate": 1.17, "tz": "+01:00",
           "us": "Sablon AV & Interpretation", "ar": "accounts@sablon-av.example",
           "collector": "Wout Claes",
           "dom": [("Congrès Vermeulen SRL", "congresvermeulen.example", "Annelies"),
                   ("Mont des Arts Events NV", "montdesarts.example", "Pieter"),
                   ("Oberhuber Messebau GmbH", "oberhuber-messe.example", "Katrin"),
                   ("Dethier & Fils SA", "dethier.example", "Marc")],
           "for": [("Bramble & Finch Events Ltd", "bramblefinch.example", "Olly"),
                   ("Hawksmoor Conference Partners Ltd", "hawksmoorcp.example", "Raj"),
                   ("Greyfriars Live Ltd", "greyfriarslive.example", "Freya"),
                   ("Lantern Street Agency Ltd", "lanternstreet.example", "Imogen")]},
}
OUR_DOMAINS = {w["ar"].split("@")[1] for w in WORLDS.values()}
DISPUTE_WORDS = re.compile(r"\b(dispute|disputing|disputed|contest|disagree|query the invoice)\b", re.I)
LEGAL_WORDS = re.compile(r"\b(bankrupt\w*|insolven\w*|receivership|liquidat\w*|lawyer|counsel|attorney|solicitor|legal action)\b", re.I)

SIG = ["\n\n--\nSent from my iPhone", "\n\n________________________________\nThis e-mail and any attachments are confidential and intended only for the addressee. If you received it in error, please delete it.",
       "\n\nKind regards\n\n{first} | Accounts\n{cust}\nPlease consider the environment before printing this e-mail."]


def iso(d: D) -> str:
    return d.isoformat()


def stamp(d: D, tz: str, hh: int = 10) -> str:
    return f"{d.isoformat()}T{hh:02d}:{(hh * 7) % 60:02d}:00{tz}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


DATE_FMTS = ["iso", "dmy", "mdy", "dot", "long", "month_ord", "dow", "the_nth", "weekday", "dmon", "mon_d"]


def fmt_date(d: D, f: str) -> str:
    return {"iso": d.isoformat(), "dmy": d.strftime("%d/%m/%Y"), "mdy": d.strftime("%m/%d/%Y"),
            "dot": d.strftime("%d.%m.%Y"), "long": f"{d.day} {d.strftime('%B %Y')}",
            "month_ord": f"{d.strftime('%B')} {ordinal(d.day)}", "dow": f"{d.strftime('%a')} {d.day} {d.strftime('%b')}",
            "the_nth": f"the {ordinal(d.day)}", "weekday": d.strftime("%A"), "dmon": d.strftime("%d-%b-%Y"),
            "mon_d": f"{d.strftime('%b')} {d.day}"}[f]


def money(x: float, cur: str) -> str:
    sym = {"USD": "$", "CAD": "CA$", "NZD": "NZ$", "AUD": "A$", "EUR": "€", "GBP": "£"}[cur]
    return f"{sym}{x:,.2f}"


def stage_of(dpd: int) -> int:
    reached = [s for s in STAGES if dpd >= s]
    return reached[-1] if reached else 0


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.cases: list[dict] = []
        self.expected: list[dict] = []
        self.n = 0
        self.ids = 700

    def nid(self) -> str:
        self.ids += 1
        return str(self.ids)

    # ---- one case -------------------------------------------------------------------------
    def case(self, cls, world, texts, *, dpd, reminded_current=False, prior_stages=None, promise=None,
             foreign=None, amount=None, partials=0, unapplied=0.0, credit=0.0, status=None,
             notes=(), cust_notes="", address=True, from_us=(), other_invoice=False, wrap=True,
             route, outcome, hard_stop=None, tag, email_days=None, as_of=None, home_over=False):
        rng = self.rng
        W = WORLDS[world]
        self.n += 1
        cid = f"po-{self.n:04d}"
        as_of = as_of or rng.choice([D(2026, 12, 10), D(2026, 12, 11), D(2026, 12, 14)])
        if foreign is None:
            foreign = rng.random() < 0.35
        cname, dom, first = rng.choice(W["for"] if foreign else W["dom"])
        cur = W["foreign"] if foreign else W["home"]
        rate = W["rate"] if foreign else None
        due = as_of - dt.timedelta(days=dpd)
        total = amount if amount is not None else round(rng.uniform(380, 6400), 2)
        doc = f"{ {'brew': 'CK', 'float': 'WF', 'av': 'SB'}[world] }-{rng.randint(1200, 9800)}".replace(" ", "")
        inv_id = self.nid()
        cust_id = self.nid()
        tz = W["tz"]
        txn = due - dt.timedelta(days=30)
        # payments
        payments, inv_links = [], []
        paid = 0.0
        for k in range(partials):
            amt = round(total * rng.uniform(0.12, 0.25), 2)
            pdate = due + dt.timedelta(days=3 + k * 6) if dpd > 3 + k * 6 else txn + dt.timedelta(days=2 + k)
            pid = self.nid()
            payments.append({"CustomerRef": {"name": cname, "value": cust_id}, "Id": pid,
                             "Line": [{"Amount": amt, "LinkedTxn": [{"TxnId": inv_id, "TxnType": "Invoice"}]}],
                             "MetaData": {"CreateTime": stamp(pdate, tz), "LastUpdatedTime": stamp(pdate, tz)},
                             "SyncToken": "0", "TotalAmt": amt, "TxnDate": iso(pdate), "UnappliedAmt": 0.0,
                             **({"CurrencyRef": {"value": cur}} if foreign else {})})
            inv_links.append({"TxnId": pid, "TxnType": "Payment"})
            paid = round(paid + amt, 2)
        balance = round(total - paid, 2)
        if unapplied:
            pid = self.nid()
            ud = as_of - dt.timedelta(days=rng.randint(2, 6))
            payments.append({"CustomerRef": {"name": cname, "value": cust_id}, "Id": pid, "Line": [],
                             "MetaData": {"CreateTime": stamp(ud, tz), "LastUpdatedTime": stamp(ud, tz)},
                             "SyncToken": "0", "TotalAmt": unapplied, "TxnDate": iso(ud), "UnappliedAmt": unapplied,
                             **({"CurrencyRef": {"value": cur}} if foreign else {})})
        cms = []
        if credit:
            cd = as_of - dt.timedelta(days=rng.randint(8, 20))
            cms.append({"Balance": credit, "CustomerRef": {"name": cname, "value": cust_id}, "DocNumber": f"CM-{rng.randint(100, 999)}",
                        "Id": self.nid(), "Line": [{"Amount": credit, "Description": "Credit for returned parts", "DetailType": "SalesItemLineDetail",
                                                    "Id": "1", "LineNum": 1, "SalesItemLineDetail": {"ItemRef": {"name": "Returns", "value": "9"}, "Qty": 1, "UnitPrice": credit}}],
                        "MetaData": {"CreateTime": stamp(cd, tz), "LastUpdatedTime": stamp(cd, tz)},
                        "SyncToken": "0", "TotalAmt": credit, "TxnDate": iso(cd), **({"CurrencyRef": {"value": cur}} if foreign else {})})
        email_addr = {"Address": f"{rng.choice(['ap', 'accounts', first.lower(), 'office'])}@{dom}"}
        cf = [{"DefinitionId": "2", "Name": "Collections Status", "StringValue": status, "Type": "StringType"}] if status else []

        def mkinv(iid, dn, tot, bal, duedate, links, memo=""):
            d = {"Balance": bal, "BillEmail": email_addr if address else None, "CurrencyRef": {"value": cur}, "CustomField": cf if iid == inv_id else [],
                 "CustomerRef": {"name": cname, "value": cust_id}, "DocNumber": dn, "DueDate": iso(duedate), "EmailStatus": "EmailSent", "Id": iid,
                 "Line": [{"Amount": tot, "Description": memo or "Equipment and services", "DetailType": "SalesItemLineDetail", "Id": "1", "LineNum": 1,
                           "SalesItemLineDetail": {"ItemRef": {"name": "Services", "value": "1"}, "Qty": 1, "UnitPrice": tot}},
                          {"Amount": tot, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
                 "LinkedTxn": links, "MetaData": {"CreateTime": stamp(duedate - dt.timedelta(days=30), tz), "LastUpdatedTime": stamp(duedate - dt.timedelta(days=30), tz)},
                 "PrintStatus": "NotSet", "PrivateNote": "", "SalesTermRef": {"value": "3"}, "SyncToken": "1", "TotalAmt": tot,
                 "TxnDate": iso(duedate - dt.timedelta(days=30))}
            if not address:
                del d["BillEmail"]
            if foreign:
                d["ExchangeRate"] = rate
                if rng.random() < 0.8 or home_over:
                    d["HomeBalance"] = round(bal * rate, 2)
            return d
        invoice = mkinv(inv_id, doc, total, balance, due, inv_links)
        # history: two paid invoices (+ an open other invoice if asked)
        history = []
        for h in range(2):
            hid, pid = self.nid(), self.nid()
            hdue = due - dt.timedelta(days=35 * (h + 1))
            hamt = round(rng.uniform(300, 3000), 2)
            history.append(mkinv(hid, f"{doc.split('-')[0]}-{rng.randint(1000, 1199)}", hamt, 0.0, hdue, [{"TxnId": pid, "TxnType": "Payment"}]))
            pd_ = hdue - dt.timedelta(days=rng.randint(0, 4))
            payments.append({"CustomerRef": {"name": cname, "value": cust_id}, "Id": pid,
                             "Line": [{"Amount": hamt, "LinkedTxn": [{"TxnId": hid, "TxnType": "Invoice"}]}],
                             "MetaData": {"CreateTime": stamp(pd_, tz), "LastUpdatedTime": stamp(pd_, tz)},
                             "SyncToken": "0", "TotalAmt": hamt, "TxnDate": iso(pd_), "UnappliedAmt": 0.0,
                             **({"CurrencyRef": {"value": cur}} if foreign else {})})
        otherdoc = None
        if other_invoice:
            oid = self.nid()
            otherdoc = f"{doc.split('-')[0]}-{rng.randint(9801, 9999)}"
            oamt = round(rng.uniform(400, 2500), 2)
            history.append(mkinv(oid, otherdoc, oamt, oamt, as_of + dt.timedelta(days=9), []))
        for h in history:
            if foreign and "HomeBalance" in h:
                h["HomeBalance"] = round(h["Balance"] * rate, 2)
        payments.sort(key=lambda p: p["TxnDate"])
        # reminders
        cur_stage = stage_of(dpd)
        if prior_stages is None:
            earlier = [s for s in STAGES if s < cur_stage]
            prior_stages = sorted(rng.sample(earlier, k=rng.randint(0, min(2, len(earlier))))) if earlier else []
        stages = list(prior_stages) + ([cur_stage] if reminded_current and cur_stage else [])
        reminders = [{"date": stamp(due + dt.timedelta(days=s), tz, 8), "stage": s} for s in stages]
        # emails
        last_rem = max([due + dt.timedelta(days=s) for s in stages], default=due - dt.timedelta(days=10))
        emails = []
        n_msgs = len(texts)
        if email_days is None:
            lo = max(last_rem + dt.timedelta(days=1), as_of - dt.timedelta(days=4))
            hi = as_of
            base = lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))
            email_days = [base - dt.timedelta(days=(n_msgs - 1 - i) * 2) for i in range(n_msgs)]
        pdate = None
        ref = f"{rng.choice(['TRN', 'PMT', 'REF', ''])}{rng.randint(10000000, 99999999)}"
        if promise is not None:
            pdate, pfmt = promise
        paydate_d = (email_days[-1] if email_days else as_of) - dt.timedelta(days=rng.randint(3, 9))
        paydate = rng.choice([paydate_d.strftime("%d/%m/%Y") if world != "brew" else paydate_d.strftime("%m/%d/%Y"), paydate_d.isoformat(), f"{paydate_d.day} {paydate_d.strftime('%B')}"])
        if paydate_d.day <= 12 and "/" in paydate:
            paydate = paydate_d.isoformat()
        for i, (tw, text) in enumerate(texts):
            lines = text.split("\n")
            subj = lines[0][3:]
            body_lines = lines[1:]
            sender = None
            if body_lines and body_lines[0].startswith("F: "):
                sender = body_lines[0][3:]
                body_lines = body_lines[1:]
            body = "\n".join(body_lines)
            fill = {"doc": doc, "bal": money(balance, cur), "name": rng.choice(["team", W["collector"].split()[0]]) if "{name}" in body else "",
                    "ref": ref, "paydate": paydate, "collector": W["collector"], "otherdoc": otherdoc or "",
                    "date": fmt_date(pdate, pfmt) if pdate else ""}
            body = body.format(**fill)
            subj = subj.format(**fill)
            ours = i in from_us
            if not ours and not sender and wrap:
                r = rng.random()
                if r < 0.25:
                    body += SIG[rng.randrange(3)].format(first=first, cust=cname)
                elif r < 0.4 and stages:
                    body += (f"\n\nOn {(email_days[i] - dt.timedelta(days=1)).strftime('%a, %d %b %Y')} {W['us']} <{W['ar']}> wrote:\n> Dear customer,\n> Our records show invoice {doc} "
                             f"for {money(balance, cur)} is now past due. If you have already sent payment, please disregard this message.\n> {W['collector']}")
                elif r < 0.5:
                    body = f"---------- Forwarded message ---------\nFrom: {first} <{first.lower()}@{dom}>\nDate: {email_days[i].strftime('%a, %d %b %Y')}\n\n" + body
            emails.append({"body": body, "date": stamp(email_days[i], tz, 9 + i),
                           "from": W["ar"] if ours else (sender or email_addr["Address"]),
                           "subject": subj, "to": email_addr["Address"] if ours else W["ar"]})
        crm = []
        for (nd, author, ntext) in notes:
            crm.append({"author": author, "date": stamp(nd, tz, 15), "text": ntext.format(doc=doc, resdate=iso(nd))})
        cust = {"Active": True, "Balance": round(balance + sum(h["Balance"] for h in history), 2), "CompanyName": cname,
                "CurrencyRef": {"value": cur}, "DisplayName": cname, "Id": cust_id,
                "MetaData": {"CreateTime": "2024-03-02T10:00:00" + tz, "LastUpdatedTime": stamp(as_of - dt.timedelta(days=40), tz)},
                "Notes": cust_notes, "PrimaryEmailAddr": email_addr if address else None, "SyncToken": "2"}
        if not address:
            del cust["PrimaryEmailAddr"]
        bundle = {"as_of": iso(as_of), "credit_memos": cms, "crm_notes": crm, "customer": cust, "emails": emails,
                  "home_currency": W["home"], "id": cid, "invoice": invoice, "invoices": history, "payments": payments,
                  "reminders_sent": reminders}
        exp = {"class": cls, "hard_stop": hard_stop, "id": cid, "outcome": list(outcome), "route": list(route)}
        meta = {"tag": tag, "promise": pdate, "promise_str": fmt_date(pdate, pfmt) if pdate else None}
        wellformed(bundle, exp)
        check(bundle, exp, meta)
        self.cases.append(bundle)
        self.expected.append(exp)


# ---- checks ---------------------------------------------------------------------------------
def parse_d(s: str) -> D:
    return D.fromisoformat(s[:10])


def facts(b: dict) -> dict:
    inv = b["invoice"]
    as_of = parse_d(b["as_of"])
    f = {"balance": inv["Balance"], "due": inv.get("DueDate")}
    f["dpd"] = (as_of - parse_d(inv["DueDate"])).days if inv.get("DueDate") else None
    f["stage"] = stage_of(f["dpd"]) if f["dpd"] is not None else 0
    f["reminded"] = any(r["stage"] == f["stage"] for r in b["reminders_sent"])
    if "HomeBalance" in inv:
        f["home"] = inv["HomeBalance"]
    elif "ExchangeRate" in inv:
        f["home"] = round(inv["Balance"] * inv["ExchangeRate"], 2)
    else:
        f["home"] = inv["Balance"]
    cover = sum(p["UnappliedAmt"] for p in b["payments"]) + sum(c["Balance"] for c in b["credit_memos"])
    f["covered"] = cover >= inv["Balance"] > 0
    f["address"] = bool((inv.get("BillEmail") or {}).get("Address") or (b["customer"].get("PrimaryEmailAddr") or {}).get("Address"))
    rem = sorted(parse_d(r["date"]) for r in b["reminders_sent"])
    if len(rem) >= 3:
        first = rem[0]
        act = any(parse_d(p["TxnDate"]) >= first for p in b["payments"]) or \
            any(parse_d(e["date"]) >= first and e["from"].split("@")[1] not in OUR_DOMAINS for e in b["emails"]) or \
            any(parse_d(n["date"]) >= first for n in b["crm_notes"])
        f["three_rule"] = not act
    else:
        f["three_rule"] = False
    f["partials"] = sum(1 for p in b["payments"] for ln in p["Line"] for lt in ln["LinkedTxn"] if lt["TxnId"] == inv["Id"])
    status = [c.get("StringValue", "") for c in inv.get("CustomField", []) if c.get("Name") == "Collections Status"]
    f["status_disputed"] = any(s.strip().lower() == "disputed" for s in status)
    cust_text = " ".join(e["body"] + " " + e["subject"] for e in b["emails"] if e["from"].split("@")[1] not in OUR_DOMAINS)
    f["legal"] = bool(LEGAL_WORDS.search(cust_text + " " + " ".join(n["text"] for n in b["crm_notes"])))
    f["no_auto"] = "no automated" in (b["customer"].get("Notes", "") + " ".join(n["text"] for n in b["crm_notes"])).lower()
    f["as_of"] = as_of
    return f


def derive(b: dict, meta: dict) -> tuple[set, set, str | None]:
    """SPEC order applied to the structural facts plus the message's semantic tag."""
    f = facts(b)
    tag = meta["tag"]
    if f["balance"] <= 0 or (f["dpd"] is not None and f["dpd"] < 1):
        return {"none"}, {"no_action"}, None
    esc = {"escalate_to_human"}
    if f["legal"]:
        return esc, {"high_touch_escalation", "likely_dispute", "routine_reminder"}, "legal_hold"
    if f["status_disputed"]:
        return esc, {"likely_dispute"} | ({"high_touch_escalation"} if f["home"] >= 10000 else set()), "open_dispute"
    if f["home"] >= 10000:
        return esc, {"high_touch_escalation"}, "over_risk_threshold"
    if f["covered"]:
        return esc, {"routine_reminder", "high_touch_escalation", "likely_dispute"}, "unapplied_credit"
    if not f["address"] or not f["due"]:
        return esc, {"routine_reminder", "high_touch_escalation"}, "missing_context"
    if tag in ("complaint", "paid_claim"):
        return esc, {"likely_dispute"}, None
    if f["dpd"] >= 60 or f["three_rule"] or f["no_auto"]:
        return esc, {"high_touch_escalation"}, None
    plan = tag == "hardship" or f["partials"] >= 2
    gated = f["reminded"] or (meta["promise"] is not None and tag == "promise" and meta["promise"] > f["as_of"])
    if gated:
        return {"none"}, {"no_action"}, None
    if tag == "soft":  # harmless / negated / hypothetical / retracted / resolved / other invoice
        return {"draft_for_approval", "escalate_to_human"}, {"routine_reminder", "high_touch_escalation"}, None
    if tag == "collector":
        return {"draft_for_approval", "none"}, {"routine_reminder", "no_action"}, None
    return {"draft_for_approval"}, ({"payment_plan_candidate"} if plan else {"routine_reminder"}), None


def check(b: dict, exp: dict, meta: dict) -> None:
    r, o, hs = derive(b, meta)
    if set(exp["route"]) != r or set(exp["outcome"]) != o or exp["hard_stop"] != hs:
        raise SystemExit(f"{b['id']}: label {exp} contradicts SPEC facts -> {sorted(r)} {sorted(o)} {hs}; facts {facts(b)}")
    cust_msgs = [e for e in b["emails"] if e["from"].split("@")[1] not in OUR_DOMAINS]
    if exp["class"] == "complaint":
        for e in cust_msgs:
            if DISPUTE_WORDS.search(e["body"] + e["subject"]):
                raise SystemExit(f"{b['id']}: complaint uses dispute vocabulary")
    if meta["promise"] is not None:
        last = parse_d(b["emails"][-1]["date"])
        if not meta["promise"] > last:
            raise SystemExit(f"{b['id']}: promise date not after its email")
        if meta["promise_str"] not in b["emails"][-1]["body"]:
            raise SystemExit(f"{b['id']}: promise date not in text")
        if re.fullmatch(r"\d\d[/.]\d\d[/.]\d{4}", meta["promise_str"]) and meta["promise"].day <= 12:
            raise SystemExit(f"{b['id']}: ambiguous numeric date")
        if meta["promise_str"].startswith("the ") and meta["promise"].month != last.month:
            raise SystemExit(f"{b['id']}: 'the Nth' outside the email's month")
        if re.fullmatch(r"[A-Z][a-z]+day", meta["promise_str"]) and (meta["promise"] - last).days > 6:
            raise SystemExit(f"{b['id']}: bare weekday too far from the email")
    f = facts(b)
    if exp["class"] == "hardship" and (f["reminded"] or f["dpd"] >= 60 or re.search(r"\d{1,2}(st|nd|rd|th)\b|\d{4}-\d\d", cust_msgs[-1]["body"])):
        raise SystemExit(f"{b['id']}: hardship scaffold off")
    if exp["class"] in ("complaint", "paid_claim", "promise", "hardship") and (len(exp["route"]) != 1 or len(exp["outcome"]) != 1):
        raise SystemExit(f"{b['id']}: hard class with two answers")


TOP = {"id", "as_of", "home_currency", "invoice", "customer", "invoices", "payments", "credit_memos", "emails", "crm_notes", "reminders_sent"}
ROUTES = {"draft_for_approval", "escalate_to_human", "none"}
OUTCOMES = {"routine_reminder", "likely_dispute", "payment_plan_candidate", "high_touch_escalation", "no_action"}
STOPS = {None, "legal_hold", "open_dispute", "over_risk_threshold", "unapplied_credit", "missing_context"}


def wellformed(b: dict, exp: dict) -> None:
    def bad(msg):
        raise SystemExit(f"{b['id']}: not well formed: {msg}")
    if set(b) != TOP:
        bad("top-level keys")
    D.fromisoformat(b["as_of"])
    cust = b["customer"]
    for k in ("Id", "DisplayName", "CurrencyRef", "Active", "SyncToken", "MetaData"):
        if k not in cust:
            bad(f"customer.{k}")
    cur = cust["CurrencyRef"]["value"]
    all_inv = [b["invoice"]] + b["invoices"]
    inv_ids = {i["Id"] for i in all_inv}
    pay = {p["Id"]: p for p in b["payments"]}
    for inv in all_inv:
        for k in ("Id", "DocNumber", "TxnDate", "TotalAmt", "Balance", "CurrencyRef", "CustomerRef", "Line", "LinkedTxn", "SyncToken", "MetaData"):
            if k not in inv:
                bad(f"invoice.{k}")
        if inv["CustomerRef"]["value"] != cust["Id"] or inv["CurrencyRef"]["value"] != cur:
            bad("invoice customer/currency link")
        applied = 0.0
        for lt in inv["LinkedTxn"]:
            p = pay.get(lt["TxnId"])
            if lt["TxnType"] != "Payment" or p is None:
                bad("invoice LinkedTxn to unknown payment")
            amt = sum(ln["Amount"] for ln in p["Line"] for x in ln["LinkedTxn"] if x["TxnId"] == inv["Id"])
            if not amt:
                bad("LinkedTxn not mirrored")
            applied += amt
        if abs(inv["TotalAmt"] - applied - inv["Balance"]) > 0.005:
            bad("TotalAmt - payments != Balance")
        if (cur != b["home_currency"]) != ("ExchangeRate" in inv):
            bad("ExchangeRate presence")
        if "HomeBalance" in inv and abs(inv["HomeBalance"] - round(inv["Balance"] * inv["ExchangeRate"], 2)) > 0.005:
            bad("HomeBalance")
    for p in b["payments"]:
        if p["CustomerRef"]["value"] != cust["Id"]:
            bad("payment customer")
        linked = sum(ln["Amount"] for ln in p["Line"])
        if abs(p["TotalAmt"] - linked - p["UnappliedAmt"]) > 0.005:
            bad("payment TotalAmt")
        for ln in p["Line"]:
            for lt in ln["LinkedTxn"]:
                if lt["TxnId"] not in inv_ids:
                    bad("payment links unknown invoice")
                inv = next(i for i in all_inv if i["Id"] == lt["TxnId"])
                if not any(x["TxnId"] == p["Id"] for x in inv["LinkedTxn"]):
                    bad("payment link not mirrored")
    for c in b["credit_memos"]:
        if c["CustomerRef"]["value"] != cust["Id"] or not 0 <= c["Balance"] <= c["TotalAmt"]:
            bad("credit memo")
    for e in b["emails"]:
        if set(e) != {"from", "to", "date", "subject", "body"} or "@" not in e["from"]:
            bad("email shape")
        dt.datetime.fromisoformat(e["date"])
    for n in b["crm_notes"]:
        if set(n) != {"author", "date", "text"}:
            bad("note shape")
    st = [r["stage"] for r in b["reminders_sent"]]
    if len(st) != len(set(st)) or any(s not in STAGES for s in st):
        bad("reminders")
    for r in b["reminders_sent"]:
        if set(r) != {"date", "stage"} or parse_d(r["date"]) > parse_d(b["as_of"]):
            bad("reminder shape/date")
    if set(exp) != {"class", "hard_stop", "id", "outcome", "route"} or not set(exp["route"]) <= ROUTES \
            or not set(exp["outcome"]) <= OUTCOMES or exp["hard_stop"] not in STOPS or exp["id"] != b["id"]:
        bad("expected line")


# ---- the mix ----------------------------------------------------------------------------------
def main() -> None:
    B = Builder()
    rng = B.rng
    ESC, DRAFT, NONE = ["escalate_to_human"], ["draft_for_approval"], ["none"]
    SOFT_R, SOFT_O = ["draft_for_approval", "escalate_to_human"], ["routine_reminder", "high_touch_escalation"]
    chatter = {w: [t for t in T.OLD_CHATTER if t[0] == w] for w in WORLDS}

    def pre(world, k=0.35):
        return [rng.choice(chatter[world])] if rng.random() < k else []

    def pre_days(n, last):
        return [last - dt.timedelta(days=12 + 3 * i) for i in range(n)][::-1]

    # complaints: 22, two at >= 60 days
    for i, t in enumerate(T.COMPLAINTS):
        dpd = [63, 88][i] if i < 2 else rng.choice([2, 5, 9, 12, 16, 20, 26, 33, 41, 52])
        B.case("complaint", t[0], pre(t[0], 0.2) + [t], dpd=dpd, reminded_current=rng.random() < 0.4,
               route=ESC, outcome=["likely_dispute"], tag="complaint")
    # paid claims: 18, ~2/3 after the current stage's reminder
    for i, t in enumerate(T.PAID_CLAIMS):
        dpd = rng.choice([3, 8, 10, 15, 18, 23, 31, 38, 45])
        B.case("paid_claim", t[0], [t], dpd=dpd, reminded_current=(i % 3 != 2),
               route=ESC, outcome=["likely_dispute"], tag="paid_claim", wrap=True)
    # promises: 25, half with the current stage not yet reminded
    fmts = DATE_FMTS * 3
    for i, t in enumerate(T.PROMISES):
        dpd = rng.choice([2, 4, 8, 11, 15, 19, 24, 32, 40, 50])
        f = fmts[i]
        B_as_of = rng.choice([D(2026, 12, 10), D(2026, 12, 11), D(2026, 12, 14)])
        if f == "weekday":
            pdate = B_as_of + dt.timedelta(days=rng.randint(1, 2))
        elif f == "the_nth":
            pdate = D(2026, 12, rng.randint(17, 30))
        else:
            pdate = D(2026, 12, rng.randint(16, 31))
        while pdate.weekday() > 4 or pdate.day <= 12:
            pdate += dt.timedelta(days=1)
        if pdate.month != 12 and f == "the_nth":
            pdate = D(2026, 12, 29)
        msgs = pre(t[0], 0.25) + [t]
        edays = pre_days(len(msgs) - 1, B_as_of - dt.timedelta(days=1)) + [B_as_of - dt.timedelta(days=1)] if f == "weekday" else None
        B.case("promise", t[0], msgs, dpd=dpd, reminded_current=(i % 2 == 1), promise=(pdate, f),
               as_of=B_as_of, route=NONE, outcome=["no_action"], tag="promise", email_days=edays)
    # hardship: 25, < 60 days, current stage never reminded; some after one partial payment
    for i, t in enumerate(T.HARDSHIP):
        dpd = rng.choice([3, 6, 9, 13, 17, 22, 27, 34, 44, 55])
        B.case("hardship", t[0], pre(t[0], 0.25) + [t], dpd=dpd, reminded_current=False,
               partials=1 if i % 6 == 0 else 0, route=DRAFT, outcome=["payment_plan_candidate"], tag="hardship")
    # mixed hard negatives: 12
    B.case("mixed", "brew", T.NEGATED, dpd=10, route=SOFT_R, outcome=SOFT_O, tag="soft")
    B.case("mixed", "float", T.HYPOTHETICAL, dpd=16, route=SOFT_R, outcome=SOFT_O, tag="soft")
    B.case("mixed", "av", T.RETRACTED, dpd=18, prior_stages=[7], route=SOFT_R, outcome=SOFT_O, tag="soft")
    aso = D(2026, 12, 14)
    B.case("mixed", "brew", T.RESOLVED_COMPLAINT, dpd=20, as_of=aso, prior_stages=[7], email_days=[D(2026, 12, 1)],
           notes=[(D(2026, 12, 5), "field service", T.RESOLVED_NOTE)], route=SOFT_R, outcome=SOFT_O, tag="soft")
    B.case("mixed", "float", T.EXPIRED_PROMISE, dpd=35, as_of=aso, prior_stages=[7, 14], email_days=[D(2026, 11, 20)],
           promise=(D(2026, 11, 27), "long"), route=DRAFT, outcome=["routine_reminder"], tag="promise")
    B.case("mixed", "av", T.OTHER_INVOICE, dpd=9, other_invoice=True, route=SOFT_R, outcome=SOFT_O, tag="soft")
    B.case("mixed", "brew", T.COLLECTOR_EMAIL, dpd=8, as_of=aso, prior_stages=[1], from_us=(0,), email_days=[D(2026, 12, 12)],
           route=["draft_for_approval", "none"], outcome=["routine_reminder", "no_action"], tag="collector")
    B.case("mixed", "float", T.PLAN_AT_60, dpd=67, prior_stages=[14, 30], route=ESC, outcome=["high_touch_escalation"], tag="hardship")
    pd60 = D(2026, 12, 18)
    B.case("mixed", "av", T.PROMISE_AT_60, dpd=74, as_of=aso, prior_stages=[30, 60], promise=(pd60, "dot"),
           route=ESC, outcome=["high_touch_escalation"], tag="promise")
    # 3 reminders broken by a partial payment after the first (stage 30 not yet reminded)
    B.case("mixed", "brew", [], dpd=33, prior_stages=[1, 7, 14], partials=1, route=DRAFT, outcome=["routine_reminder"], tag="none")
    # two partial payments applied, balance remains
    B.case("mixed", "float", [], dpd=24, prior_stages=[7], partials=2, route=DRAFT, outcome=["payment_plan_candidate"], tag="none")
    # a non-dispute Collections Status
    B.case("mixed", "av", [rng.choice(chatter["av"])], dpd=12, prior_stages=[1], status="Reminder sent",
           route=DRAFT, outcome=["routine_reminder"], tag="none")
    # hard stops: 4
    B.case("hard_stop", "brew", [T.HARD_STOP_TEXTS["legal_hold"]], dpd=27, route=ESC,
           outcome=["high_touch_escalation", "likely_dispute", "routine_reminder"], hard_stop="legal_hold", tag="none")
    B.case("hard_stop", "av", [T.HARD_STOP_TEXTS["open_dispute"]], dpd=19, as_of=aso, status="DISPUTED",
           promise=(D(2026, 12, 22), "long"), route=ESC, outcome=["likely_dispute"], hard_stop="open_dispute", tag="promise")
    B.case("hard_stop", "brew", [T.HARD_STOP_TEXTS["over_risk_threshold"]], dpd=15, as_of=aso, foreign=True, amount=14650.0,
           home_over=True, promise=(D(2026, 12, 23), "mon_d"), route=ESC, outcome=["high_touch_escalation"],
           hard_stop="over_risk_threshold", tag="promise")
    B.case("hard_stop", "float", [T.HARD_STOP_TEXTS["unapplied_credit"]], dpd=21, amount=1840.0, unapplied=1500.0, credit=340.0,
           route=ESC, outcome=["routine_reminder", "high_touch_escalation", "likely_dispute"], hard_stop="unapplied_credit", tag="soft")
    # benign: 4, current stage not reminded
    for t in T.BENIGN:
        B.case("benign", t[0], [t], dpd=rng.choice([4, 9, 16, 31]), route=SOFT_R, outcome=SOFT_O, tag="soft",
               notes=[(D(2026, 12, 8), "collector", rng.choice(T.CRM_NOTES))] if rng.random() < 0.5 else ())
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in B.cases:
            fh.write(json.dumps(c, sort_keys=True, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in B.expected:
            fh.write(json.dumps(e, sort_keys=True) + "\n")
    mix: dict[str, int] = {}
    for e in B.expected:
        mix[e["class"]] = mix.get(e["class"], 0) + 1
    print(f"{len(B.cases)} cases", mix)


if __name__ == "__main__":
    main()

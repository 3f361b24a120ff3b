"""`python -m bench sync`: initial pull of a large company, ours versus python-quickbooks."""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import sys
import time
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

from bench._db import fresh_database
from core.adapters.db import make_engine
from core.adapters.qbo import QboClient
from core.services.ingest import PULL_ORDER, pull_all
from core.services.uow import UnitOfWork
from sandbox.qbo.builder import CompanyBuilder
from sandbox.qbo.company import SampleCompany, load_company
from sandbox.qbo.server import QboSimulator


def build_ledger(
    b: CompanyBuilder, invoices: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Into `b`: `invoices` invoices on a customer per 10, a half payment per 2 and a credit
    memo per 50 (the sync and scan benches' shared ledger); returns (customers, invoices)."""
    customers = [
        b.customer(f"Customer {n:05d}", "Pat", f"Client{n}", f"ar{n}@client.example")
        for n in range(max(1, invoices // 10))
    ]
    made = []
    for n in range(invoices):
        cust = customers[n % len(customers)]
        inv = b.invoice(cust, due_days=-(n % 120) + 30)
        made.append(inv)
        if n % 2 == 0:
            b.pay(cust, [(inv, round(inv["TotalAmt"] / 2, 2))], paid_days=-(n % 60))
        if n % 50 == 0:
            b.credit_memo(cust, 25.0, txn_days=-(n % 90), memo="Goodwill credit")
    return customers, made


def build_company(invoices: int, seed: int = 7) -> SampleCompany:
    """`invoices` invoices; a customer per 10, a payment per 2, a credit memo per 50."""
    b = CompanyBuilder(seed)
    build_ledger(b, invoices)
    base = load_company()
    return SampleCompany(
        realm_id=base.realm_id,
        timezone=base.timezone,
        home_currency=base.home_currency,
        company_info=base.company_info,
        customers=b.customers,
        invoices=b.invoices,
        payments=b.payments,
        credit_memos=b.credit_memos,
    )


def peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class TimedFetch:
    """The client, with the time spent waiting on its pages (HTTP and JSON decoding) summed.

    `query_all` yields rows while it pages: the time inside each `next()` is QuickBooks', the
    time between them is ours (mapping rows and writing them)."""

    def __init__(self, qbo: QboClient) -> None:
        self.qbo, self.seconds = qbo, 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.qbo, name)

    def query_all(self, entity: str, where: str | None = None) -> Iterator[dict[str, Any]]:
        rows = self.qbo.query_all(entity, where)
        while True:
            started = time.perf_counter()
            try:
                row = next(rows)
            except StopIteration:
                self.seconds += time.perf_counter() - started
                return
            self.seconds += time.perf_counter() - started
            yield row


def run_ours(sim: QboSimulator, url: str) -> dict[str, Any]:
    engine = make_engine(url)
    before = len(sim.requests)
    started = time.perf_counter()
    with QboClient(sim.base_url, sim.realm_id, sim.access_token) as qbo:
        timed = TimedFetch(qbo)
        report = pull_all(UnitOfWork(engine), timed)
    seconds = time.perf_counter() - started
    mine = sim.requests[before:]
    engine.dispose()
    return {
        "counts": report.counts,
        "api_calls": report.api_calls,
        "seconds": round(seconds, 2),
        "http_seconds": round(timed.seconds, 2),
        "throttled_429": sum(1 for r in mine if r["status"] == 429),
    }


def run_python_quickbooks(sim: QboSimulator) -> dict[str, Any]:
    """The same pull the documented python-quickbooks way: `Xxx.all(start_position, max_results)`.

    Pointing it at the simulator without patching its code: intuit-oauth's AuthClient takes a
    discovery-document URL as `environment` (its documented non-sandbox/production branch) and
    an `access_token`, so no refresh happens; python-quickbooks builds every URL from its
    `api_url_v3` attribute, which we set on the instance (no library code is changed).
    requests-oauthlib refuses plain http unless OAUTHLIB_INSECURE_TRANSPORT is set (its documented
    switch for local testing); the simulator is on loopback.
    """
    os.environ.setdefault("OAUTHLIB_INSECURE_TRANSPORT", "1")
    from intuitlib.client import AuthClient
    from quickbooks import QuickBooks
    from quickbooks.exceptions import QuickbooksException
    from quickbooks.objects.creditmemo import CreditMemo
    from quickbooks.objects.customer import Customer
    from quickbooks.objects.invoice import Invoice
    from quickbooks.objects.payment import Payment

    auth = AuthClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        redirect_uri="http://127.0.0.1/callback",
        environment=f"{sim.base_url}/_bench/discovery",
        access_token=sim.access_token,
        refresh_token="unused",
    )
    qb = QuickBooks(
        auth_client=auth, refresh_token="unused", company_id=sim.realm_id, minorversion=75
    )
    qb.api_url_v3 = f"{sim.base_url}/v3"
    page = 100  # the library's default `max_results`, as its README's all()/filter() use it
    before = len(sim.requests)
    started = time.perf_counter()
    counts: dict[str, int] = {}
    throttled = 0
    for cls in (Customer, Invoice, Payment, CreditMemo):
        seen, start = 0, 1
        while True:
            try:
                rows = cls.all(start_position=start, max_results=page, qb=qb)
            except QuickbooksException as exc:
                # The library has no retry: the XML 429 surfaces as code 10000 (its issue #43).
                if "ThrottleExceeded" not in str(exc):
                    raise
                throttled += 1
                time.sleep(60)  # Intuit: wait 60 seconds after a 429
                continue
            seen += len(rows)
            if len(rows) < page:
                break
            start += page
        counts[cls.__name__] = seen
    seconds = time.perf_counter() - started
    calls = len(sim.requests) - before
    return {"counts": counts, "calls": calls, "seconds": round(seconds, 2), "429": throttled}


def _serve_discovery(sim: QboSimulator) -> None:
    """intuit-oauth fetches a discovery document at construction; serve one on loopback."""
    from starlette.requests import Request
    from starlette.responses import JSONResponse

    base = sim.base_url

    async def discovery(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "issuer": base,
                "authorization_endpoint": f"{base}/connect/oauth2",
                "token_endpoint": f"{base}/oauth2/v1/tokens/bearer",
                "revocation_endpoint": f"{base}/oauth2/v1/tokens/revoke",
                "userinfo_endpoint": f"{base}/v1/openid_connect/userinfo",
                "jwks_uri": f"{base}/oauth2/v1/keys",
            }
        )

    sim.app.add_route("/_bench/discovery", discovery, methods=["GET"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench sync", description=__doc__)
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--latency-ms", type=int, default=150)
    parser.add_argument("--no-peer", action="store_true", help="skip python-quickbooks")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])

    company = build_company(args.invoices)
    # The real throttle is on: 10/s, 500/min, 10 in flight, 40 batch/min, 429 past any of them.
    sim = QboSimulator(company=company, latency_ms=args.latency_ms)
    _serve_discovery(sim)
    sim.start()
    try:
        with fresh_database("sqlite") as url:
            ours = run_ours(sim, url)
        peer: dict[str, Any] = {"calls": None, "seconds": None}
        if not args.no_peer:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                peer = run_python_quickbooks(sim)
    finally:
        sim.stop()
    entities = company.entities()
    sizes = {k: len(entities.get(k, [])) for k in PULL_ORDER}
    # At least one call per entity type even when it is empty: you must ask to know.
    minimum = sum(max(1, math.ceil(n / 1000)) for n in sizes.values())
    result = {
        "invoices": ours["counts"].get("Invoice", 0),
        "api_calls": ours["api_calls"],
        "min_api_calls": minimum,
        "seconds": ours["seconds"],
        "http_seconds": ours["http_seconds"],
        "throttled_429": ours["throttled_429"],
        "peak_rss_mb": peak_rss_mb(),
        "python_quickbooks_calls": peer["calls"],
        "python_quickbooks_seconds": peer["seconds"],
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>26}: {value}")
        print(f"{'entities':>26}: {sizes}")
    return 0

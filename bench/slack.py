"""`python -m bench slack`: how fast `qbot web` acks Slack, against a bare bolt app.

`qbot web` runs as its own command (`qbot web --port 0`, SQLite) on a company of `--invoices`
open invoices (bench.scan's generated ledger, scanned by the real CollectionsService, every
new card posted to the Slack simulator through the outbox). Beside it, in another process
under the same uvicorn, a bare bolt app (same bolt settings, process_before_response=True)
whose listeners only ack. Both get the same requests, signed with the same secret, built
from Slack's real payload shapes in `../shared/fixtures/slack` (`--fixtures`):

- `/qb overdue` (1 in 20), whose full answer comes in the ack or later through its
  response_url: `overdue_answer_p99_ms` counts until the answer is posted, as the Slack
  simulator saw it arrive (time.monotonic is one clock for every process of the host);
- Approve clicks by an approver, each on its own card (a real decision every time);
- the same click by someone on no approvers list (refused: audited, told ephemerally);
- `/qb help`.

`--senders` keep-alive connections (one generator process per server, raw asyncio streams)
send `--requests` requests at `--rate`, to both servers at the same moment so both see the
same host load; the ack latency is from when a request was due to reading its whole answer.
Unmeasured warm-up first (help and refusals only: no card is spent). Every request must be
answered 200, every overdue answer must arrive, every approval must be stored and every
refusal told, or `ok` is false. Also printed: the CPU each server spent per request (from
/proc, qbot's until every answer was told), the generator's, and the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import queue
import resource
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import httpx
from slack_sdk import WebClient
from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from bench._bare import bare_server_process, cpu_seconds, serve_on_free_port
from bench._db import fresh_database
from bench._http_load import exchange, http_post
from bench.scan import NOW, build_company, load
from bot.ids import ActionId
from bot.notifier import SlackNotifier
from core.adapters.clock import FixedClock
from core.adapters.db import make_engine
from core.bootstrap import build_services
from core.domain.authority import Approvers, Role
from core.models import ProposedAction
from core.settings import Settings
from sandbox.qbo.builder import ANCHOR, HOME_CURRENCY, REALM_ID
from sandbox.qbot_web import BOT_TOKEN, SIGNING_SECRET, qbot_command
from sandbox.slack.interactions import next_trigger_id, signed_headers
from sandbox.slack.server import SlackSimulator
from sandbox.slack.workspace import TEAM_ID

VERIFIER_TOKEN = "bench-verifier-token"
CHANNEL = "C0BENCHAR"
APPROVER, STRANGER = "U0BENCHLEAD", "U0BENCHNOBODY"
# One in 20 asks /qb overdue; the rest decide cards, are refused, or ask for help.
MIX = ("overdue",) + ("approve",) * 7 + ("refused",) * 6 + ("help",) * 6
RATE = 25.0  # requests/s in all: each of 50 people acting every 2 s, a busy finance team
FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "slack"


@dataclass(frozen=True)
class Request:
    """One request to send: its kind, its response_url's id at the simulator, its bytes."""

    kind: str
    url_id: str
    raw: bytes


@dataclass(frozen=True)
class Result:
    """What came back: when it was written and answered (monotonic s), status, full answer."""

    started: float
    acked: float
    status: int
    answered_in_ack: bool


# -- the requests, from Slack's payload shapes ------------------------------------------------


class Payloads:
    """Slash commands and clicks shaped like `../shared/fixtures/slack`, for the simulator."""

    def __init__(self, fixtures: Path, sim: SlackSimulator) -> None:
        self.sim = sim
        try:
            command = (fixtures / "slash_command.bolt-python.txt").read_text().strip()
            click = (fixtures / "block_actions.message_button.bolt-python.json").read_text()
        except OSError as exc:
            raise SystemExit(f"--fixtures: cannot read Slack's payload shapes: {exc}") from None
        self.command = dict(parse_qsl(command, keep_blank_values=True))
        self.click: dict[str, Any] = json.loads(click)

    def slash(self, text: str, user: str) -> tuple[str, str]:
        """(form body, response_url id) of `/qb <text>` by `user`."""
        url = self.sim.response_url()
        fields = {
            **self.command,
            "team_id": TEAM_ID,
            "channel_id": CHANNEL,
            "user_id": user,
            "user_name": user.lower(),
            "command": "/qb",
            "text": text,
            "response_url": url,
            "trigger_id": next_trigger_id(),
        }
        fields.pop("enterprise_id", None)
        fields.pop("enterprise_name", None)
        return urlencode(fields), _url_id(url)

    def approve(self, card: tuple[str, str], user: str) -> tuple[str, str]:
        """(form body, response_url id) of `user` clicking Approve on the card as posted."""
        channel, ts = card
        message = self.sim.messages[card]
        block_id, value = _approve_button(message)
        url = self.sim.response_url(card)
        payload = json.loads(json.dumps(self.click))
        payload["user"].update(id=user, username=user.lower(), name=user.lower(), team_id=TEAM_ID)
        payload["team"] = {"id": TEAM_ID, "domain": "qbot-sim"}
        payload["channel"] = {"id": channel, "name": "collections"}
        payload["container"].update(message_ts=ts, channel_id=channel, is_ephemeral=False)
        payload["message"] = message
        payload["response_url"] = url
        payload["trigger_id"] = next_trigger_id()
        payload["actions"][0].update(
            action_id=ActionId.APPROVE.value, block_id=block_id, value=value, action_ts=ts
        )
        return "payload=" + quote(json.dumps(payload)), _url_id(url)


def _url_id(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _approve_button(message: dict[str, Any]) -> tuple[str, str]:
    for block in message.get("blocks") or []:
        for element in block.get("elements") or []:
            if element.get("action_id") == ActionId.APPROVE.value:
                return str(block.get("block_id")), str(element.get("value"))
    raise LookupError("the card has no Approve button")


def build_requests(
    payloads: Payloads,
    count: int,
    cards: Iterator[tuple[str, str]],
    refused_on: tuple[str, str],
    mix: Sequence[str] = MIX,
) -> list[Request]:
    """`count` requests in `mix` order; each approval takes the next card from `cards`."""
    made = []
    for n in range(count):
        kind = mix[n % len(mix)]
        if kind == "approve":
            body, url_id = payloads.approve(next(cards), APPROVER)
        elif kind == "refused":
            body, url_id = payloads.approve(refused_on, STRANGER)
        else:
            body, url_id = payloads.slash(kind, APPROVER)
        headers = signed_headers(body, SIGNING_SECRET, int(time.time()))
        raw = http_post("127.0.0.1", "/slack/events", body.encode(), headers)
        made.append(Request(kind, url_id, raw))
    return made


# -- the company and its cards -----------------------------------------------------------------


def approvers_toml() -> str:
    """The approvers file `qbot web` reads: one admin who may approve any card here."""
    return f'[users]\n{APPROVER} = "admin"\n\n[limits]\nadmin = "1000000000"\n'


def prepare(url: str, sim: SlackSimulator, invoices: int) -> list[tuple[str, str]]:
    """Load and scan the company, post its cards to `sim`; return the Approve-able cards."""
    company = build_company(invoices)
    engine = make_engine(url)
    try:
        load(engine, company)
        settings = Settings(QBOT_DATABASE_URL=url, QBOT_SLACK_CHANNEL=CHANNEL)
        client = WebClient(token=BOT_TOKEN, base_url=sim.base_url, retry_handlers=[])
        approvers = Approvers(users={APPROVER: Role.ADMIN}, limits={Role.ADMIN: Decimal(10**9)})
        services = build_services(
            settings,
            clock=FixedClock(NOW),
            engine=engine,
            notifier=SlackNotifier(client),
            approvers=approvers,
        )
        services.collections.scan(REALM_ID, ANCHOR, HOME_CURRENCY)
        assert services.relay is not None
        while services.relay.drain().done:  # until every card is posted
            pass
        with services.uow.session() as session:
            rows = session.exec(
                select(ProposedAction.slack_channel, ProposedAction.slack_ts)
                .where(
                    ProposedAction.route == "draft_for_approval",
                    ProposedAction.state == "proposed",
                    col(ProposedAction.slack_ts).is_not(None),
                )
                .order_by(col(ProposedAction.id))
            ).all()
        return [(str(c), str(t)) for c, t in rows]
    finally:
        engine.dispose()


def decided(url: str) -> int:
    """How many cards were approved (by the one approver)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            query = sa_select(func.count()).select_from(ProposedAction)
            query = query.where(col(ProposedAction.decided_by) == APPROVER)
            return int(conn.execute(query).scalar_one())
    finally:
        engine.dispose()


# -- the bare bolt app -------------------------------------------------------------------------


def _bare_web() -> Any:
    import re

    from slack_bolt import Ack, App, BoltRequest
    from slack_bolt.authorization import AuthorizeResult
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request as HttpRequest
    from starlette.responses import PlainTextResponse, Response
    from starlette.routing import Route

    bolt = App(
        signing_secret=SIGNING_SECRET,
        process_before_response=True,
        authorize=lambda: AuthorizeResult(
            enterprise_id=None, team_id=TEAM_ID, bot_token=BOT_TOKEN, bot_user_id="U0BARE"
        ),
    )

    def ack_only(ack: Ack) -> None:
        ack()

    bolt.command("/qb")(ack_only)
    bolt.action(re.compile(".*"))(ack_only)

    async def events(request: HttpRequest) -> Response:
        body = (await request.body()).decode()
        answer = await run_in_threadpool(
            bolt.dispatch, BoltRequest(body=body, headers=dict(request.headers))
        )
        headers = {k: v[0] for k, v in answer.headers.items() if v}
        return Response(answer.body, status_code=answer.status, headers=headers)

    async def healthz(request: HttpRequest) -> Response:
        return PlainTextResponse("ok")

    return Starlette(
        routes=[
            Route("/slack/events", events, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


def _serve_bare(ports: Any) -> None:
    serve_on_free_port(_bare_web(), ports)


def _wait_until_up(port: int) -> None:
    deadline = time.monotonic() + 60
    while True:  # polling with a deadline until it answers
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise RuntimeError("the bare bolt app did not start") from None
            time.sleep(0.05)


def bare_server() -> AbstractContextManager[tuple[int, int]]:
    """The bare bolt app in its own process; yields (port, pid) once it answers."""
    return bare_server_process(_serve_bare, _wait_until_up)


# -- sending ----------------------------------------------------------------------------------


async def _drive(port: int, requests: Sequence[bytes], senders: int, rate: float) -> list[Result]:
    """Closed loop (`rate` 0: each sender sends again once answered), or open loop: request
    n is due `n / rate` s after the start and its latency counts from then, so a server
    that stalls cannot hide its queue by slowing the senders down."""
    results: list[Result | None] = [None] * len(requests)
    next_index = 0
    start = time.monotonic()

    async def connection() -> None:
        nonlocal next_index
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while next_index < len(requests):
                n, next_index = next_index, next_index + 1
                if rate:
                    due = start + n / rate
                    if (delay := due - time.monotonic()) > 0:  # pacing, not synchronisation
                        await asyncio.sleep(delay)
                else:
                    due = time.monotonic()
                try:
                    status, body = await exchange(reader, writer, requests[n])
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    status, body = 0, b""
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                results[n] = Result(due, time.monotonic(), status, b'"blocks"' in body)
        finally:
            writer.close()

    await asyncio.gather(*(connection() for _ in range(senders)))
    return [r for r in results if r is not None]


def _generator(port: int, requests: Sequence[bytes], senders: int, rate: float, out: Any) -> None:
    try:
        import uvloop  # the loop uvicorn[standard] serves with; plain asyncio otherwise

        uvloop.install()
    except ImportError:
        pass
    before = resource.getrusage(resource.RUSAGE_SELF)
    results = asyncio.run(_drive(port, requests, senders, rate))
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    out.put((results, cpu))


@dataclass(frozen=True)
class Sent:
    """One run of the generator: what came back, and the CPU seconds sending it cost."""

    results: list[Result]
    generator_cpu: float


def send(
    port: int, requests: Sequence[Request], senders: int, rate: float, timeout: float
) -> Sent:
    """Send every request from `senders` connections in a generator process of its own (off
    this process's GIL, where the Slack simulator answers qbot)."""
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    raw = [r.raw for r in requests]
    proc = ctx.Process(target=_generator, args=(port, raw, senders, rate, out), daemon=True)
    proc.start()
    try:
        results, cpu = out.get(timeout=timeout)
    except queue.Empty:
        raise SystemExit(
            f"port {port} did not answer {len(raw)} requests within --max-seconds {timeout:g}: "
            "the server fell behind (see the load average)"
        ) from None
    finally:
        proc.join(timeout=10)
        if proc.is_alive():
            proc.terminate()
            proc.join(timeout=10)
        out.close()
        out.join_thread()
    return Sent(results, cpu)


def send_both(
    ports: tuple[int, int], requests: Sequence[Request], senders: int, rate: float, timeout: float
) -> tuple[Sent, Sent]:
    """The same requests to both servers at the same moment, one generator each.

    Why together, not one after the other: on a shared host the neighbours' load moves from
    one minute to the next (the bare app's p99 moved 30% between two runs twenty minutes
    apart), so a ratio of two figures taken a minute apart measured the host as much as qbot.
    Side by side, both see the same host; the bare app's own CPU (~1 ms a request) barely
    touches qbot's.
    """
    with ThreadPoolExecutor(max_workers=2) as pool:
        first, second = (pool.submit(send, p, requests, senders, rate, timeout) for p in ports)
        return first.result(), second.result()


# -- figures ----------------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """The p-quantile (nearest rank) in ms of values in seconds; 0 for none."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 2)


def answer_times(
    sim: SlackSimulator, sent: Sequence[Request], results: Sequence[Result], timeout: float
) -> tuple[list[float], int]:
    """Seconds from each `/qb overdue` until its full answer: in the ack, or posted to its
    response_url (waited for until `timeout`); and how many never came."""
    wanted = {
        r.url_id: res.started
        for r, res in zip(sent, results, strict=True)
        if r.kind == "overdue" and not res.answered_in_ack
    }
    took = [
        res.acked - res.started
        for r, res in zip(sent, results, strict=True)
        if r.kind == "overdue" and res.answered_in_ack
    ]
    deadline = time.monotonic() + timeout
    seen: dict[str, float] = {}
    while True:  # polling the simulator with a deadline until every answer came
        for response in sim.responses:
            if response["url_id"] in wanted and "blocks" in response["body"]:
                seen.setdefault(response["url_id"], float(response["at"]))
        if len(seen) == len(wanted) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    took += [seen[u] - wanted[u] for u in seen]
    return took, len(wanted) - len(seen)


REFUSAL = "approvers list"  # what the stranger must be told (not "something went wrong")


def ephemerals_to(sim: SlackSimulator, user: str) -> int:
    """Refusals told so far: the ephemerals posted to `user` saying why (the clicks carry a
    channel, so none goes through a response_url)."""
    return sum(
        1
        for c in sim.calls_to("chat.postEphemeral")
        if c["args"].get("user") == user and REFUSAL in str(c["args"].get("text"))
    )


def wait_for_told(sim: SlackSimulator, user: str, count: int, timeout: float) -> int:
    """Refusals told to `user`, once `count` were (polled with a deadline: after the ack)."""
    deadline = time.monotonic() + timeout
    while (told := ephemerals_to(sim, user)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return told


def _by_kind(sent: Sequence[Request], results: Sequence[Result]) -> dict[str, dict[str, float]]:
    kinds: dict[str, list[float]] = {}
    for r, res in zip(sent, results, strict=True):
        kinds.setdefault(r.kind, []).append(res.acked - res.started)
    return {
        k: {"requests": len(v), "p50_ms": percentile(v, 0.5), "p99_ms": percentile(v, 0.99)}
        for k, v in sorted(kinds.items())
    }


def _seconds(results: Sequence[Result]) -> float:
    if not results:
        return 0.0
    return round(max(r.acked for r in results) - min(r.started for r in results), 2)


def _spent(before: float | None, after: float | None) -> float | None:
    return after - before if before is not None and after is not None else None


def _per(cpu: float | None, per_request: float) -> float | None:
    return round(cpu / per_request, 2) if cpu is not None else None


def run(args: argparse.Namespace) -> dict[str, Any]:
    """The whole benchmark; the JSON object it prints."""
    approvals = sum(1 for n in range(args.requests) if MIX[n % len(MIX)] == "approve")
    refusals = sum(1 for n in range(args.requests) if MIX[n % len(MIX)] == "refused")
    with (
        fresh_database(args.database_url or "sqlite") as url,
        SlackSimulator(bot_token=BOT_TOKEN, channels={"collections": CHANNEL}) as sim,
        tempfile.TemporaryDirectory(prefix="qbot-bench-slack-") as tmp,
    ):
        payloads = Payloads(Path(args.fixtures), sim)
        cards = prepare(url, sim, args.invoices)
        if len(cards) < approvals + 1:
            raise SystemExit(
                f"{args.invoices} invoices made {len(cards)} cards to approve; "
                f"{args.requests} requests need {approvals + 1}: lower --requests"
            )
        print(f"{len(cards)} cards posted; starting the servers", file=sys.stderr, flush=True)
        approvers = Path(tmp) / "approvers.toml"
        approvers.write_text(approvers_toml())
        env = {"QBOT_APPROVERS_FILE": str(approvers), "QBOT_SLACK_CHANNEL": CHANNEL}
        refused_on, to_approve = cards[-1], iter(cards[:-1])
        with (
            bare_server() as (bare_port, bare_pid),
            qbot_command("web", url, VERIFIER_TOKEN, sim.base_url, env) as running,
        ):
            qbot_port = int(running.base_url.rsplit(":", 1)[1])
            qbot_pid = running.process.pid
            # no card is spent warming up: help and refusals only
            warm = build_requests(payloads, args.warmup, iter(()), refused_on, ("help", "refused"))
            timeout = args.max_seconds
            send_both((bare_port, qbot_port), warm, args.senders, args.rate, timeout)
            told_before = wait_for_told(sim, STRANGER, len(warm) // 2, 30)
            # the same requests for both: the bare app stores nothing, so the cards stay fresh
            measured = build_requests(payloads, args.requests, to_approve, refused_on)
            load_before = os.getloadavg()[0]
            cpu_before = (cpu_seconds(bare_pid), cpu_seconds(qbot_pid))
            bare_sent, qbot_sent = send_both(
                (bare_port, qbot_port), measured, args.senders, args.rate, timeout
            )
            bare_cpu = _spent(cpu_before[0], cpu_seconds(bare_pid))
            answers, missing = answer_times(sim, measured, qbot_sent.results, args.max_seconds)
            told = wait_for_told(sim, STRANGER, told_before + refusals, 30) - told_before
            # after every answer and refusal was told: what the requests cost qbot in all
            qbot_cpu = _spent(cpu_before[1], cpu_seconds(qbot_pid))
            load_after = os.getloadavg()[0]
        approved = decided(url)
    bare, qbot = bare_sent.results, qbot_sent.results
    acks = [r.acked - r.started for r in qbot]
    bare_acks = [r.acked - r.started for r in bare]
    bare_p99, qbot_p99 = percentile(bare_acks, 0.99), percentile(acks, 0.99)
    answered = sum(r.status == 200 for r in qbot)
    ok = (
        answered == args.requests
        and sum(r.status == 200 for r in bare) == args.requests
        and missing == 0
        and approved == approvals
        and told == refusals
    )
    per_request = args.requests / 1000  # CPU seconds -> ms a request
    return {
        "benchmark": "slack",
        "database": "postgresql" if args.database_url else "sqlite",
        "invoices": args.invoices,
        "senders": args.senders,
        "requests": args.requests,
        "ack_p50_ms": percentile(acks, 0.5),
        "ack_p99_ms": qbot_p99,
        "ack_max_ms": percentile(acks, 1.0),
        "overdue_answer_p99_ms": percentile(answers, 0.99),
        "bare_ack_p50_ms": percentile(bare_acks, 0.5),
        "bare_ack_p99_ms": bare_p99,
        "ratio_p99": round(qbot_p99 / bare_p99, 2) if bare_p99 else None,
        "rate": args.rate,
        "seconds": _seconds(qbot),
        "bare_seconds": _seconds(bare),
        "side_by_side": True,
        "load_average": [round(load_before, 2), round(load_after, 2)],
        "cpu_ms_per_request": _per(qbot_cpu, per_request),
        "bare_cpu_ms_per_request": _per(bare_cpu, per_request),
        "generator_cpu_ms_per_request": _per(qbot_sent.generator_cpu, per_request),
        "by_kind": _by_kind(measured, qbot),
        "bare_by_kind": _by_kind(measured, bare),
        "answered": answered,
        "bare_answered": sum(r.status == 200 for r in bare),
        "overdue_asked": sum(1 for r in measured if r.kind == "overdue"),
        "overdue_answers_missing": missing,
        "approved": approved,
        "expected_approved": approvals,
        "refusals_told": told,
        "expected_refusals": refusals,
        "ok": ok,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench slack",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--senders", type=int, default=50, help="concurrent connections")
    parser.add_argument("--requests", type=int, default=1000, help="measured requests to each")
    parser.add_argument("--invoices", type=int, default=10_000, help="open invoices of the realm")
    parser.add_argument(
        "--rate",
        type=float,
        default=RATE,
        help="requests/s from all senders together, latency counted from when each was due "
        "(0: closed loop, each sender sends again as soon as answered)",
    )
    parser.add_argument("--warmup", type=int, default=200, help="unmeasured requests first")
    parser.add_argument("--max-seconds", type=float, default=120, help="cap on each run")
    parser.add_argument("--fixtures", default=str(FIXTURES), help="Slack's payload shapes")
    parser.add_argument(
        "--database-url",
        default=None,
        help="a PostgreSQL URL: qbot web runs on a fresh schema there (default: a SQLite file)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object (default)")
    args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])
    if not (1 <= args.senders <= 1000 and 1 <= args.requests <= 100_000):
        parser.error("--senders must be 1-1000 and --requests 1-100000")
    if not 20 <= args.invoices <= 200_000 or args.warmup < 0:
        parser.error("--invoices must be 20-200000 and --warmup at least 0")
    if args.rate < 0 or args.max_seconds <= 0:
        parser.error("--rate must be at least 0 and --max-seconds more than 0")
    result = run(args)
    print(json.dumps(result))
    return 0 if result["ok"] else 1

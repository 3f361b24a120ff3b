"""The /qb slash command and the buttons on its answers; every answer is ephemeral.

Slack wants the ack within 3 s. An answer that reads the database is built on a small pool
and the ack goes back at once (ANSWER_BUDGET_SECONDS is 0): it says the answer is coming,
and the answer follows through the command's response_url (usable 30 minutes). Waiting for
it in the ack made every ack as slow as the slowest answer (~250 ms for `/qb overdue` on a
10k-invoice company, seconds under load: `python -m bench slack`). Without a response_url
the ack is the only way to answer, so it waits for it, up to LAST_CHANCE_SECONDS.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Protocol, TypeVar

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import refusals
from bot.after_answer import after_answer, lower_answer_priority
from bot.cards.conflict_list import conflicts_message
from bot.cards.customer import customer_message
from bot.cards.help import HELP_TEXT, help_message, not_yet_message, unknown_message
from bot.cards.overdue import Links, overdue_message
from bot.cards.reports import Figures, Shown, posted_line, report_message
from bot.cards.review import review_period
from bot.cards.status import status_message
from bot.cards.sync_status import sync_started_text, sync_status_message
from bot.errors import message_for
from bot.ids import AnswerActionId, QbSubcommand, SlashCommand
from bot.listeners import actor_of, forms, services_of
from bot.oauth_routes import connect_link
from bot.payloads import OverduePage, PayloadError
from bot.permalinks import card_links
from bot.response_url import Reply, send
from bot.slack_bodies import ButtonClick, QbCommand, parse, trusted_response_url
from core.bootstrap import Services, load_sync_every
from core.domain.aging import AgingBucket
from core.domain.authority import Act
from core.errors import ConfigurationError, NotAuthorizedError
from core.scheduler import connected_realms
from core.services.approvals import Actor
from core.services.channel_links import linkable
from core.services.conflicts import OPEN
from core.services.customer_picture import look_up
from core.services.digest import Company, Digest
from core.services.overdue import (
    CardRef,
    OverdueFilter,
    OverdueReport,
    companies,
    overdue_report,
    record_share,
)
from core.services.review import Review
from core.services.status_report import status_report
from core.services.sync_status import sync_status

log = logging.getLogger(__name__)

HELP = HELP_TEXT
R = TypeVar("R", Digest, Review)  # a built report
R_co = TypeVar("R_co", Digest, Review, covariant=True)

# how long the ack waits for an answer it could carry; 0: every answer through response_url
ANSWER_BUDGET_SECONDS = 0.0
LAST_CHANCE_SECONDS = 2.7
# answers are built at a lower scheduling priority than the acks (bot.after_answer)
_ANSWERS = ThreadPoolExecutor(
    max_workers=4, thread_name_prefix="qb-answer", initializer=lower_answer_priority
)
_NO_REPLY_ADDRESS = "This button could not be answered (no reply address); run `/qb overdue`."
BUCKET_FLAG = "--bucket"


def qb(ack: Ack, command: dict[str, Any], context: BoltContext) -> None:
    """Answer /qb ephemerally: the subcommand's answer, or help naming the closest one."""
    # typed first: the ids below reach SQL, and a JSON body could carry any type
    cmd = parse(QbCommand, command)
    words = cmd.text.split()
    word = words[0].lower() if words else QbSubcommand.HELP.value
    try:
        sub = QbSubcommand(word)
    except ValueError:
        ack(**unknown_message(word))
        return
    services = services_of(context)
    if sub is QbSubcommand.HELP:
        ack(**help_message())
    elif sub is QbSubcommand.OVERDUE:
        _overdue(ack, cmd, words[1:], services, _client(context))
    elif sub is QbSubcommand.CONNECT:
        _connect(ack, cmd, services)
    elif sub is QbSubcommand.CUSTOMER:
        _customer(ack, cmd, " ".join(words[1:]), services, _client(context))
    elif sub in (QbSubcommand.EXPENSE, QbSubcommand.INVOICE):
        forms.open_form(ack, cmd, sub.value, words[1:], services, _client(context))
    elif sub is QbSubcommand.STATUS:
        url = trusted_response_url(cmd.response_url, _client(context).base_url)
        _answer_in_time(ack, lambda: _status(services), url)
    elif sub in (QbSubcommand.DIGEST, QbSubcommand.REVIEW):
        _report(ack, cmd, sub, [w.lower() for w in words[1:]], services, _client(context))
    elif sub is QbSubcommand.SYNC:
        _sync(ack, cmd, [w.lower() for w in words[1:]], services, _client(context))
    elif sub is QbSubcommand.CONFLICTS:
        client = _client(context)
        url = trusted_response_url(cmd.response_url, client.base_url)
        _answer_in_time(ack, lambda: _conflicts(services, client), url)
    else:  # a subcommand listed in bot.cards.help.NOT_YET
        ack(**not_yet_message(sub))


def _client(context: BoltContext) -> WebClient:
    client = context.client
    if client is None:  # bolt always sets it; a listener called by hand may not
        raise ConfigurationError("no Slack client to answer with")
    return client


def _connect(ack: Ack, cmd: QbCommand, services: Services) -> None:
    # The link carries a single-use state bound to this user and workspace (10 minutes),
    # minted only for a role allowed to connect (refusals are audited). Run in a channel, the
    # company's cards go to that channel once it is connected.
    try:
        link = connect_link(services, cmd.user_id, cmd.team_id, cmd.channel_id)
    except NotAuthorizedError as exc:
        ack(text=f"You cannot connect a QuickBooks company: {exc}.")
        return
    except ConfigurationError as exc:
        ack(text=f"QuickBooks cannot be connected yet: {exc}")
        return
    here = (
        f" Its cards will be posted in <#{cmd.channel_id}>."
        if linkable(cmd.channel_id)
        else ""
    )
    ack(
        text=f"<{link}|Connect a QuickBooks company> (link valid 10 minutes, for you only).{here}"
    )


# -- /qb customer, /qb status ---------------------------------------------------------------


def _customer(ack: Ack, cmd: QbCommand, name: str, services: Services, client: WebClient) -> None:
    if not name.strip():
        ack(**help_message("Say which customer: `/qb customer NAME`."))
        return
    wanted = name.strip()[:200]

    def build() -> Reply:
        with services.uow.session() as session:
            found = look_up(session, services.clock.now(), wanted)
        return customer_message(wanted, found)

    _answer_in_time(ack, build, trusted_response_url(cmd.response_url, client.base_url))


def _status(services: Services) -> Reply:
    with services.uow.session() as session:
        return status_message(status_report(session))


# -- /qb sync [now|status], /qb conflicts --------------------------------------------------

SYNC_NOW, SYNC_STATUS = "now", "status"


def sync_status_answer(services: Services, note: str = "") -> Reply:
    """`/qb sync status`, with a Retry on each failed or retry-queued change."""
    every = load_sync_every(services.settings)
    report = sync_status(services.uow, services.settings, in_slack=True, every=every)
    return sync_status_message(report, note)


def _sync(ack: Ack, cmd: QbCommand, words: list[str], services: Services,
          client: WebClient) -> None:  # fmt: skip
    url = trusted_response_url(cmd.response_url, client.base_url)
    if words in ([], [SYNC_STATUS]):
        _answer_in_time(ack, lambda: sync_status_answer(services), url)
    elif words == [SYNC_NOW]:
        # One cycle per company on the durable queue (quick to write: the ack says it started);
        # the worker tells each result through this command's response_url.
        realms = [r.realm_id for r in connected_realms(services.uow,
                                                       services.settings.qbo_realm_id)]
        actor = Actor(user_id=cmd.user_id, team_id=cmd.team_id)
        try:
            queued = services.sync_requests.run_now(realms, actor, url)
        except NotAuthorizedError as exc:
            ack(text=f"You cannot run the sync: {exc}.")
            return
        ack(text=sync_started_text(queued))
    else:
        ack(**help_message("`/qb sync` takes nothing, `status` or `now`."))


def _conflicts(services: Services, client: WebClient) -> Reply:
    """The open conflicts, as `qbot conflicts --state open` lists them, with card links."""
    found = services.conflicts.list(OPEN)
    cards = {int(c["id"]): CardRef(c["card"]["channel"], c["card"]["ts"])
             for c in found if c.get("card")}  # fmt: skip
    links = card_links(client, cards.values())
    return conflicts_message(found, {n: links[r] for n, r in cards.items() if r in links})


# -- /qb digest, /qb review ----------------------------------------------------------------

NOW = "now"


def _report(ack: Ack, cmd: QbCommand, sub: QbSubcommand, words: list[str], services: Services,
            client: WebClient) -> None:
    """Today's digest or last week's review of every company, ephemerally; with `now`,
    posted to the channel too (once per day / ISO week: the same key as the schedule's)."""
    if words not in ([], [NOW]):
        ack(**help_message(f"`/qb {sub.value}` takes nothing or `now`."))
        return
    if words == [NOW]:
        actor = Actor(user_id=cmd.user_id, team_id=cmd.team_id)
        try:
            services.approvers.permit(Act.SHARE_REPORT, actor.user_id, actor.team_id)
        except NotAuthorizedError as exc:
            services.approvals.record_refusal(actor, "slash_commands", f"{sub.value} now: {exc}")
            ack(text=f"You cannot post the {sub.value} to the channel: {exc}.")
            return
    url = trusted_response_url(cmd.response_url, client.base_url)
    build = _digest_answer if sub is QbSubcommand.DIGEST else _review_answer
    _answer_in_time(ack, lambda: build(services, post=words == [NOW]), url)


def _realms(services: Services) -> list[str]:
    with services.uow.session() as session:
        return [c.realm_id for c in companies(session)]


class _Report(Protocol[R_co]):
    """The digest's and the review's service, as the answer uses them."""

    @property
    def channel(self) -> str: ...

    def company(self, realm_id: str) -> Company: ...

    def build(self, company: Company) -> R_co: ...

    def post(self, company: Company) -> R_co | None: ...


def _each_company(services: Services, service: _Report[R], what: str, post: bool,
                  period: Callable[[R], str], figures: Callable[[R], Figures]) -> Reply:
    """Each company's report in one answer; with `post`, each posted (once per period)."""
    shown: list[Shown] = []
    lines = []
    for realm in _realms(services):
        company = service.company(realm)
        sent = service.post(company) if post else None
        built = sent or service.build(company)
        shown.append((company.name, figures(built)))
        if post:
            lines.append(posted_line(what, company.name or realm, service.channel,
                                     sent is not None, period(built)))
    return report_message(shown, "\n".join(lines))


def _digest_answer(services: Services, *, post: bool) -> Reply:
    return _each_company(services, services.digest, "digest", post,
                         lambda d: d.figures.day.isoformat(), lambda d: d.figures)


def _review_answer(services: Services, *, post: bool) -> Reply:
    return _each_company(services, services.review, "review", post,
                         lambda r: review_period(r.figures), lambda r: r.figures)


# -- /qb overdue ----------------------------------------------------------------------------


def overdue_filter(words: list[str]) -> OverdueFilter | str:
    """The filter in `/qb overdue …`'s words, or what is wrong with them (for the person)."""
    bucket: AgingBucket | None = None
    rest: list[str] = []
    it = iter(words)
    for word in it:
        if word.lower() == BUCKET_FLAG or word.lower().startswith(BUCKET_FLAG + "="):
            raw = word.split("=", 1)[1] if "=" in word else next(it, "")
            try:
                bucket = AgingBucket(raw.strip())
            except ValueError:
                names = ", ".join(f"`{b.value}`" for b in AgingBucket)
                return f"`--bucket` takes one of {names}."
        else:
            rest.append(word)
    name = " ".join(rest).strip()
    return OverdueFilter(customer=name[:200] or None, bucket=bucket)


def _for_company(services: Services, flt: OverdueFilter) -> OverdueFilter:
    """A name that is a company's realm id or name narrows to that company, not a customer."""
    if not flt.customer:
        return flt
    with services.uow.session() as session:
        known = companies(session)
    wanted = flt.customer.lower()
    for company in known:
        if wanted in (company.realm_id.lower(), company.name.lower()):
            return OverdueFilter(realm_id=company.realm_id, bucket=flt.bucket)
    return flt


def _overdue(
    ack: Ack, cmd: QbCommand, words: list[str], services: Services, client: WebClient
) -> None:
    flt = overdue_filter(words)
    if isinstance(flt, str):
        ack(**help_message(flt))
        return
    chosen = flt
    url = trusted_response_url(cmd.response_url, client.base_url)

    def build() -> Reply:
        return overdue_page(services, client, _for_company(services, chosen), 0)

    _answer_in_time(ack, build, url)


def overdue_page(services: Services, client: WebClient, flt: OverdueFilter, offset: int) -> Reply:
    """One page of the overdue answer, with a link to each row's card."""
    with services.uow.session() as session:
        report = overdue_report(session, services.clock.now(), services.approvers, flt, offset)
    return overdue_message(report, permalinks(client, report))


def permalinks(client: WebClient, report: OverdueReport) -> Links:
    """Each row's card link, by the row's position; a row Slack gives no link for shows its
    channel."""
    cards = [row.situation.card for row in report.rows]
    found = card_links(client, (c for c in cards if c is not None))
    return {n: found[c] for n, c in enumerate(cards) if c is not None and c in found}


def _answer_in_time(ack: Ack, build: Callable[[], Reply], url: str | None) -> None:
    """Ack with the answer if it is ready within the budget, else ack now and send it later."""
    future = _ANSWERS.submit(build)
    # no reply address: the ack is the only way to answer, so it waits as long as Slack does
    wait = ANSWER_BUDGET_SECONDS if url is not None else LAST_CHANCE_SECONDS
    if wait > 0:
        try:
            ack(**future.result(timeout=wait))
            return
        except FutureTimeout:
            pass
    if url is None:
        ack(text="That took too long to gather; try a narrower question.")
        return
    ack(text=":hourglass_flowing_sand: Gathering the figures; the answer follows here.")
    future.add_done_callback(lambda done: _send_later(done, url, replace=False))


def _send_later(done: Future[Reply], url: str, *, replace: bool) -> None:
    try:
        reply = done.result()
    except Exception as exc:
        reply = {"text": message_for(exc)}
    send(url, reply, replace=replace)


# -- the buttons on the answer --------------------------------------------------------------


def _page_of(body: dict[str, Any]) -> tuple[ButtonClick, OverduePage, OverdueFilter]:
    click = parse(ButtonClick, body)
    value = OverduePage.parse(click.actions[0].value)
    flt = OverdueFilter(
        customer=value.customer,
        realm_id=value.realm_id,
        bucket=AgingBucket(value.bucket) if value.bucket else None,
    )
    return click, value, flt


def overdue_next(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Replace the answer with the next 10 customers (read again, not from the button)."""
    ack()
    click, value, flt = _page_of(body)
    url = trusted_response_url(click.response_url, client.base_url)
    if url is None:
        raise PayloadError(_NO_REPLY_ADDRESS)
    services = services_of(context)
    future = _ANSWERS.submit(overdue_page, services, client, flt, value.offset)
    try:
        reply = future.result(timeout=ANSWER_BUDGET_SECONDS)
    except FutureTimeout:
        future.add_done_callback(lambda done: _send_later(done, url, replace=True))
        return
    send(url, reply, replace=True)


def overdue_share(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Post this page to the channel, for someone on the approvers list only (audited).

    Who may share is decided, and a refusal audited, before the ack; the page itself is
    read, posted (chat.getPermalink, chat.postMessage) and recorded after it
    (bot.after_answer): at 10k invoices the read alone is ~250 ms, and the ack must not wait
    on it or on Slack's Web API.
    """
    ack()
    click, value, flt = _page_of(body)
    if click.channel is None:
        raise PayloadError("This answer has no channel to share to; run `/qb overdue` there.")
    services = services_of(context)
    actor = actor_of(click.user, click.team.id if click.team else None)
    try:
        services.approvers.permit(Act.SHARE_REPORT, actor.user_id, actor.team_id)
    except NotAuthorizedError as exc:
        services.approvals.record_refusal(actor, "block_actions", f"share overdue: {exc}")
        raise
    channel = click.channel.id

    def share() -> None:
        try:
            _share_page(services, client, actor, channel, flt, value.offset)
        except Exception as exc:  # the ack has gone: tell the sharer why nothing was posted
            refusals.answer(body, message_for(exc), services=services, client=client, audit=None)

    after_answer(context, share)


def _share_page(
    services: Services,
    client: WebClient,
    actor: Actor,
    channel: str,
    flt: OverdueFilter,
    offset: int,
) -> None:
    """Read the page again, post it to `channel` as shared by `actor`, record the share."""
    with services.uow.session() as session:
        report = overdue_report(session, services.clock.now(), services.approvers, flt, offset)
    shared = overdue_message(report, permalinks(client, report), shared_by=actor.user_id)
    client.chat_postMessage(channel=channel, **shared)
    with services.uow.session() as session:
        record_share(session, services.clock.now(), actor.user_id, channel, flt, offset)


def register(app: App) -> None:
    """Attach the slash command listener and its answer's buttons."""
    app.command(SlashCommand.QB.value)(qb)
    app.action(AnswerActionId.OVERDUE_NEXT.value)(overdue_next)
    app.action(AnswerActionId.OVERDUE_SHARE.value)(overdue_share)

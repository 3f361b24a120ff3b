"""The App Home tab: the cards waiting for this person (and whom each is assigned to), the
team's queue (who has cards assigned, what is snoozed until when), the aging picture, sync
health, jobs waiting to retry and sends in doubt; a stranger sees only who to ask."""

from __future__ import annotations

from collections.abc import Mapping

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.cards.case import resolve_buttons
from bot.cards.text import (
    CONTEXT_TEXT_LIMIT,
    FIELD_TEXT_LIMIT,
    SECTION_TEXT_LIMIT,
    VIEW_BLOCK_LIMIT,
    clip_mrkdwn,
    iso_day,
    mention,
    money,
)
from bot.ids import QbSubcommand, SlashCommand
from bot.payloads import CaseButtonValue
from core.domain.approval import ApprovalState
from core.domain.labels import aging_phrase
from core.services.home import SendInDoubt, SnoozedCard, StrangerHome, TeamHome, WaitingCard
from core.services.overdue import CardRef

STATE_LABELS = {
    ApprovalState.PROPOSED: ":hourglass_flowing_sand: Awaiting approval",
    ApprovalState.APPROVED: ":white_check_mark: Approved",
    ApprovalState.EDITED: ":pencil2: Edited and approved",
    ApprovalState.SENDING: ":outbox_tray: Sending",
    ApprovalState.DONE: ":incoming_envelope: Sent",
    ApprovalState.FAILED: ":warning: Failed",
    ApprovalState.REJECTED: ":x: Rejected",
    ApprovalState.EXPIRED: ":hourglass: Expired",
    ApprovalState.SUPERSEDED: ":recycle: Superseded",
    ApprovalState.SNOOZED: ":zzz: Snoozed",
    ApprovalState.RESOLVED: ":white_check_mark: Resolved",
}
FIELDS_PER_SECTION = 10  # Slack's limit on section fields
EFFECT_WORDS = {
    "send_email": "reminder email",
    "qbo_note": "QuickBooks note",
    "update_card": "card update",
    "show_decision": "card update",
    "edit_diff": "edit note in the card's thread",
    "decision_log": "decision log in the card's thread",
    "post_card": "card post",
    "tell_user": "direct message",
}

Links = Mapping[CardRef, str]  # a card's permalink, when Slack gave one


def home_view(home: TeamHome, links: Links) -> View:
    """Return the Home tab of someone on the approvers list."""
    blocks: list[Block] = [HeaderBlock(block_id="home_header", text="Collections approvals")]
    blocks += _waiting(home, links)
    blocks.append(DividerBlock(block_id="home_divider_queue"))
    blocks += _team_queue(home.counts)
    blocks.append(_section("home_assigned", _assigned(home)))
    blocks.append(_section("home_snoozed", _snoozed(home, links)))
    blocks.append(_section("home_aging", _aging(home)))
    blocks.append(_section("home_sync", _sync(home)))
    blocks.append(_section("home_retry", _retry(home)))
    blocks.append(DividerBlock(block_id="home_divider_doubts"))
    blocks += _doubts(home, links)
    commands = ", ".join(f"`{SlashCommand.QB} {sub}`" for sub in QbSubcommand)
    blocks.append(_context("home_help", f"Cards arrive in the approvals channel. {commands}"))
    return View(type="home", blocks=blocks[:VIEW_BLOCK_LIMIT])


def stranger_view(home: StrangerHome) -> View:
    """Return the Home tab of someone not on the approvers list: who to ask, no queue data."""
    ask = ", ".join(mention(user) for user in home.ask) or "your finance lead"
    text = (
        "You are not on qbot's approvers list, so this tab shows nothing of the collections "
        f"queue. Ask {ask} to add you to the approvers file with a role."
    )
    return View(
        type="home",
        blocks=[
            HeaderBlock(block_id="home_header", text="Collections approvals"),
            _section("home_stranger", text),
        ],
    )


def _section(block_id: str, text: str) -> SectionBlock:
    return SectionBlock(block_id=block_id, text=MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT]))


def _context(block_id: str, text: str) -> ContextBlock:
    return ContextBlock(
        block_id=block_id, elements=[MarkdownTextObject(text=text[:CONTEXT_TEXT_LIMIT])]
    )


def _where(card: CardRef | None, links: Links) -> str:
    if card is None:
        return "card not posted yet"
    link = links.get(card)
    return f"<{link}|Open the card>" if link else f"card in <#{card.channel}>"


def _waiting(home: TeamHome, links: Links) -> list[Block]:
    title = f"*Waiting for you* ({home.waiting_total:,}, oldest first)"
    if not home.waiting:
        return [_section("home_waiting", f"{title}\nNothing within your limit awaits you.")]
    blocks: list[Block] = [_section("home_waiting", title)]
    blocks += [
        _section(f"home_waiting_{n}", _waiting_line(card, links, home.user_id))
        for n, card in enumerate(home.waiting)
    ]
    more = home.waiting_total - len(home.waiting)
    if more > 0:
        blocks.append(
            _context(
                "home_waiting_more",
                f"and {more:,} more within your limit, in the approvals channel",
            )
        )
    return blocks


def _waiting_line(card: WaitingCard, links: Links, viewer: str) -> str:
    what = "reminder draft" if card.drafted else "needs a person (nothing drafted)"
    invoice = f"invoice {clip_mrkdwn(card.doc_number, 40)}" if card.doc_number else "an invoice"
    if card.assignee is None:
        whose = ""
    elif card.assignee == viewer:
        whose = " · assigned to you"
    else:
        whose = f" · assigned to {mention(card.assignee)}"
    return (
        f"*{clip_mrkdwn(card.customer_name or 'Unnamed customer', 200)}* · {invoice} · "
        f"{money(card.home_amount, card.home_currency)}{whose}\n"
        f"{what} · {aging_phrase(card.days_past_due, None)} · waiting since "
        f"{iso_day(card.created_at.date())} · {_where(card.card, links)}"
    )


def _assigned(home: TeamHome) -> str:
    title = "*Assigned* (cards awaiting approval)"
    if not home.assigned:
        return f"{title}\nNo card is assigned to anyone: any approver within the limit may decide."
    people = [f"{mention(who)}: {n:,}" for who, n in home.assigned[:20]]
    if len(home.assigned) > 20:
        people.append(f"{len(home.assigned) - 20:,} more people")
    nobody = f"\nNot assigned to anyone: {home.unassigned:,}" if home.unassigned else ""
    return f"{title}\n{' · '.join(people)}{nobody}"


def _snoozed(home: TeamHome, links: Links) -> str:
    title = f"*Snoozed* ({home.snoozed_total:,}, the next back first)"
    if not home.snoozed:
        return f"{title}\nNothing is snoozed."
    lines = [f"{title}\nEach comes back to the queue on its date, checked again."]
    for card in home.snoozed:
        line = _snoozed_line(card, links)
        if sum(len(x) + 1 for x in lines) + len(line) > SECTION_TEXT_LIMIT - 40:
            break
        lines.append(line)
    more = home.snoozed_total - (len(lines) - 1)
    if more > 0:
        lines.append(f"and {more:,} more")
    return "\n".join(lines)


def _snoozed_line(card: SnoozedCard, links: Links) -> str:
    invoice = f" · invoice {clip_mrkdwn(card.doc_number, 40)}" if card.doc_number else ""
    return (
        f"*{clip_mrkdwn(card.customer_name or 'Unnamed customer', 200)}*{invoice} · snoozed "
        f"until {iso_day(card.until)} by {mention(card.snoozed_by)} · {_where(card.card, links)}"
    )


def _team_queue(counts: Mapping[str, int]) -> list[Block]:
    rows = [(label, counts.get(state.value, 0)) for state, label in STATE_LABELS.items()]
    known = {state.value for state in STATE_LABELS}
    rows += [(clip_mrkdwn(key, 100), n) for key, n in sorted(counts.items()) if key not in known]
    fields = [MarkdownTextObject(text=f"*{label}*\n{n:,}"[:FIELD_TEXT_LIMIT]) for label, n in rows]
    blocks: list[Block] = [_section("home_team", "*Team queue* (cases by where they stand)")]
    for start in range(0, len(fields), FIELDS_PER_SECTION):
        blocks.append(
            SectionBlock(
                block_id=f"home_counts_{start // FIELDS_PER_SECTION}",
                fields=fields[start : start + FIELDS_PER_SECTION],
            )
        )
    return blocks


def _aging(home: TeamHome) -> str:
    if not home.aging:
        return "*Overdue by days past due*\nNothing is past due."
    lines = ["*Overdue by days past due* (home currency)"]
    for total in home.aging:
        plural = "s" if total.invoices != 1 else ""
        lines.append(
            f"*{total.bucket.value} days:* {money(total.amount, total.currency)} · "
            f"{total.invoices:,} invoice{plural}"
        )
    return "\n".join(lines)


def _sync(home: TeamHome) -> str:
    if not home.sync:
        return "*QuickBooks sync*\nNo company yet: `/qb connect` links one."
    lines = ["*QuickBooks sync*"]
    lines += [f"{clip_mrkdwn(name, 200)}: {health}" for name, health in home.sync[:20]]
    return "\n".join(lines)


def _retry(home: TeamHome) -> str:
    retry = home.retry
    if retry.count == 0 or retry.oldest_since is None:
        return "*Retry queue*\nNo job is waiting to retry."
    return (
        f"*Retry queue*\n{retry.count:,} job(s) waiting to retry after a failure; the oldest "
        f"({clip_mrkdwn(retry.oldest_kind or 'job', 60)}) since "
        f"{retry.oldest_since.strftime('%Y-%m-%d %H:%M')} UTC. `qbot jobs` lists them."
    )


def _doubts(home: TeamHome, links: Links) -> list[Block]:
    title = f"*Sends in doubt* ({home.in_doubt_total:,})"
    if not home.in_doubt:
        return [_section("home_doubts", f"{title}\nNone: every send is known to have gone out.")]
    blocks: list[Block] = [
        _section(
            "home_doubts",
            f"{title}\nqbot cannot tell whether these went out; a person checks and says so.",
        )
    ]
    for n, send in enumerate(home.in_doubt):
        blocks.append(_section(f"home_doubt_{n}", _doubt_line(send, links)))
        if send.may_resolve and send.action_id is not None:
            value = CaseButtonValue(action_id=send.action_id, version=send.version).dump()
            blocks.append(ActionsBlock(block_id=f"home_doubt_resolve_{n}",
                                       elements=resolve_buttons(send.doc_number, value)))
    more = home.in_doubt_total - len(home.in_doubt)
    if more > 0:
        blocks.append(
            _context("home_doubts_more", f"and {more:,} more; `qbot jobs --state in_doubt`")
        )
    return blocks


def _doubt_line(send: SendInDoubt, links: Links) -> str:
    # The card carries the Resolve buttons (It went out / Send again); the CLI does the same.
    if send.may_resolve:
        how = (
            "Resolve it here or on its card (*It went out* or *Send again*), or with "
            f"`qbot jobs resolve {send.effect_id} --sent` (it went out) or `--resend`."
        )
    else:
        how = "A finance lead or admin resolves it."
    who = clip_mrkdwn(send.customer_name or "Unknown customer", 200)
    invoice = f" · invoice {clip_mrkdwn(send.doc_number, 40)}" if send.doc_number else ""
    what = EFFECT_WORDS.get(send.kind, clip_mrkdwn(send.kind, 40))
    return f"*{who}*{invoice} · {what} · {_where(send.card, links)}\n{how}"

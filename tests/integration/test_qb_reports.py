"""`/qb digest [now]` and `/qb review [now]` through bolt with signed slash commands against
the Slack simulator: the ephemeral answer, `now` posting once per key, strangers refused."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from sqlalchemy import Engine
from sqlmodel import select

from core.domain.decision import Draft, Outcome, Route
from core.models import AuditEntry, ProposedAction
from core.services.approvals import Actor
from tests.harness import CHANNEL, COLLECTOR, STRANGER, running_loop, scan_sample
from tests.integration.test_bolt_rig import Rig, bolt_rig
from tests.integration.test_qb_overdue import ask, responses_to, sections, valid_message

GATHERING = "Gathering the figures"


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with running_loop(engine, database_url) as loop, bolt_rig(loop, "http") as rig:
        yield rig


def answer(rig: Rig, text: str, user: str = COLLECTOR) -> dict[str, Any]:
    """The answer to `/qb <text>`: the ack, or what followed through response_url when
    the ack only said it was coming (a busy machine may take longer than the budget)."""
    said, url = ask(rig, text, user)
    if GATHERING not in said["text"]:
        return said
    [later] = responses_to(rig, url)
    return valid_message(later) if later.get("blocks") else dict(later)


def _routine_cards(rig: Rig) -> list[ProposedAction]:
    with rig.loop.services.uow.session() as session:
        return list(session.exec(select(ProposedAction).where(
            ProposedAction.route == Route.DRAFT_FOR_APPROVAL.value,
            ProposedAction.outcome == Outcome.ROUTINE_REMINDER.value,
        ).order_by(ProposedAction.id)).all())  # type: ignore[arg-type]


def _posted(rig: Rig, header: str) -> list[dict[str, Any]]:
    """The messages posted (not the ephemeral answers) whose first block is `header`."""
    return [c for c in rig.loop.ssim.calls_to("chat.postMessage")
            if (c["args"].get("blocks") or [{}])[0].get("block_id") == header]


def test_qb_review_and_review_now(rig: Rig) -> None:
    scan_sample(rig.loop)
    services = rig.loop.services
    first, second = _routine_cards(rig)[:2]
    assert first.id is not None and second.id is not None and first.draft_body
    rig.loop.clock.advance(hours=1)  # Friday 2026-11-20, 11:00 in Los Angeles
    edited = first.draft_body.replace("Hello", "Hi there", 1) + "\nThanks, Dana"
    services.approvals.approve(first.id, first.version, Actor(COLLECTOR),
                               edited=Draft(subject=first.draft_subject or "Invoice",
                                            body=edited))
    services.approvals.reject(second.id, second.version, Actor(COLLECTOR), "wrong contact")
    assert services.relay is not None
    services.relay.drain()  # the edited reminder is sent
    rig.loop.clock.advance(days=3)  # Monday the 23rd: last week is the 16th to the 23rd

    shown = answer(rig, "review")
    assert shown["blocks"][0]["text"]["text"].startswith("Weekly review · 2026-11-16 to "
                                                         "2026-11-22")
    [decisions] = sections(shown, "review_decisions")
    assert decisions.startswith("*Decisions:* 2 (1 edited, 1 rejected)")
    [rejects] = sections(shown, "review_rejects")
    assert rejects == "*False positives (cards rejected):* 1\n• Other: 1"  # own words
    [rewrites] = sections(shown, "review_rewrites")
    assert rewrites.startswith("*Drafts rewritten:* 1 of 1 approvals (100%)")
    [reminders] = sections(shown, "review_reminders")
    assert reminders.startswith("*Reminders sent:* 1 (1 invoice(s))")
    assert not _posted(rig, "review_header")  # the ephemeral answer posts nothing

    refused = answer(rig, "review now", STRANGER)
    assert refused["text"].startswith("You cannot post the review to the channel")
    posted = answer(rig, "review now")
    assert posted["blocks"][0]["text"]["text"].startswith(":white_check_mark: Posted the review")
    again = answer(rig, "review now")
    assert "was posted already; nothing sent again" in again["blocks"][0]["text"]["text"]
    reviews = _posted(rig, "review_header")
    assert len(reviews) == 1 and reviews[0]["args"]["channel"] == CHANNEL
    for block in reviews[0]["args"]["blocks"]:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()
    with services.uow.session() as session:
        kinds = [e.kind for e in session.exec(select(AuditEntry).where(
            AuditEntry.kind.in_(("review.posted", "slack.refused"))))]  # type: ignore[attr-defined]
    assert sorted(kinds) == ["review.posted", "slack.refused"]


def test_qb_digest_and_digest_now(rig: Rig) -> None:
    scan_sample(rig.loop)
    shown = answer(rig, "digest")
    assert shown["blocks"][0]["text"]["text"].startswith("Collections digest · 2026-11-20")
    assert sections(shown, "digest_total")[0].startswith("*Overdue:* ")
    assert not rig.loop.ssim.files

    posted = answer(rig, "digest now")
    assert posted["blocks"][0]["text"]["text"].startswith(":white_check_mark: Posted the digest")
    again = answer(rig, "digest now")
    assert "was posted already; nothing sent again" in again["blocks"][0]["text"]["text"]
    digests = _posted(rig, "digest_header")
    assert len(digests) == 1 and digests[0]["args"]["channel"] == CHANNEL
    (chart,) = rig.loop.ssim.files.values()
    assert chart["content"][:8] == b"\x89PNG\r\n\x1a\n" and chart["completed"]

    wrong = answer(rig, "digest tomorrow")
    assert wrong["text"].startswith("`/qb digest` takes nothing or `now`.")

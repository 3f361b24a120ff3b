"""Plain-language labels for outcomes, hard stops and approval states on a case card."""

from __future__ import annotations

from bot.cards.text import clip_mrkdwn, mention, slack_date
from core.domain.approval import ApprovalState
from core.domain.case_view import CaseView
from core.domain.decision import HardStop

HARD_STOP_TEXT = {
    HardStop.LEGAL_HOLD: "Legal hold: bankruptcy or legal action mentioned. Do not contact the "
    "customer from the bot.",
    HardStop.OPEN_DISPUTE: "Open dispute: the invoice is disputed and the dispute is not resolved.",
    HardStop.OVER_RISK_THRESHOLD: "Over the risk threshold: the balance is too large for an "
    "automated reminder.",
    HardStop.UNAPPLIED_CREDIT: "Unapplied credit: the customer's payments or credit memos cover "
    "this balance. Apply them in QuickBooks first.",
    HardStop.MISSING_CONTEXT: "Missing context: no email address to write to or no due date.",
}


def status_line(view: CaseView, *, shows_draft: bool) -> str:
    """Return the mrkdwn line saying where the case stands and who decided it."""
    who = mention(view.decided_by)
    when = f" at {slack_date(view.decided_at)}" if view.decided_at else ""
    note = f" {clip_mrkdwn(view.status_note, 500)}" if view.status_note else ""
    state = view.state
    if state is ApprovalState.PROPOSED:
        if shows_draft:
            line = ":hourglass_flowing_sand: *Awaiting approval.* Nothing is sent until someone "
            line += "approves."
        else:
            line = ":triangular_flag_on_post: *Needs a person.* No message was drafted."
            if view.hard_stop is not None:
                line += f"\n*Hard stop:* {HARD_STOP_TEXT[view.hard_stop]}"
        return line + note
    lines = {
        ApprovalState.APPROVED: f":white_check_mark: *Approved* by {who}{when}.",
        ApprovalState.EDITED: f":pencil2: *Edited and approved* by {who}{when}.",
        ApprovalState.REJECTED: f":x: *Rejected* by {who}{when}.",
        ApprovalState.EXPIRED: ":hourglass: *Expired.* This proposal is no longer valid.",
        ApprovalState.SUPERSEDED: ":recycle: *Superseded.* The invoice changed since this card "
        "was posted; nothing was sent from it.",
        ApprovalState.SENDING: f":outbox_tray: *Sending…* approved by {who}{when}.",
        ApprovalState.DONE: f":incoming_envelope: *Sent* (approved by {who}{when}).",
        ApprovalState.FAILED: ":warning: *Sending failed.* Nothing reached the customer.",
    }
    line = lines[state]
    if state is ApprovalState.REJECTED and view.reject_reason:
        line += f"\n*Reason:* {clip_mrkdwn(view.reject_reason, 1000)}"
    return line + note

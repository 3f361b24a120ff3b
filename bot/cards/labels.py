"""Plain-language labels for outcomes, hard stops and approval states on a case card."""

from __future__ import annotations

from bot.cards.text import clip_mrkdwn, mention, slack_date
from core.domain.approval import ApprovalState
from core.domain.case_view import CaseView, SendTrouble
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
    if view.trouble is not None and state is not ApprovalState.DONE:
        return _trouble_line(view.trouble, who, when) + _unless_failed(view, note)
    lines = {
        ApprovalState.APPROVED: f":outbox_tray: *Approved* by {who}{when}: sending…",
        ApprovalState.EDITED: f":outbox_tray: *Edited and approved* by {who}{when}: sending…",
        ApprovalState.REJECTED: f":x: *Rejected* by {who}{when}.",
        ApprovalState.EXPIRED: ":hourglass: *Expired.* This proposal is no longer valid.",
        ApprovalState.SUPERSEDED: ":recycle: *Superseded.* The invoice changed since this card "
        "was posted; nothing was sent from it.",
        ApprovalState.SENDING: f":outbox_tray: *Approved* by {who}{when}: sending…",
        ApprovalState.DONE: f":incoming_envelope: *Sent.* Approved by {who}{when}.",
        ApprovalState.FAILED: ":warning: *Sending failed.* Nothing reached the customer.",
        ApprovalState.SNOOZED: f":zzz: *Snoozed* by {who}",
        ApprovalState.RESOLVED: f":white_check_mark: *Resolved* by {who}{when}.",
    }
    line = lines[state]
    if view.edited and state is ApprovalState.SENDING:
        line = lines[ApprovalState.EDITED]
    if view.edited and state is ApprovalState.DONE:
        line = (
            f":incoming_envelope: *Sent, edited.* Edited and approved by {who}{when}; "
            "what was changed is in this card's thread."
        )
    if state is ApprovalState.SUPERSEDED and view.status_note:
        # The note says what changed; said once, as the headline, not after a generic line.
        why = clip_mrkdwn(view.status_note.rstrip("."), 500)
        return f":recycle: *Superseded:* {why}. Nothing was sent from this card."
    if state is ApprovalState.EXPIRED and view.status_note:
        why = clip_mrkdwn(view.status_note.rstrip("."), 300)
        return (
            f":hourglass: *Expired:* {why}. Nothing was sent; the next overdue scan drafts a "
            "fresh card if the invoice is still open."
        )
    if state is ApprovalState.SNOOZED:
        if view.snoozed_until is not None:
            day = view.snoozed_until.isoformat()
            return (f"{line} until {day}. Nothing is sent; the case comes back on {day}, "
                    "judged again on a fresh card.")
        return f"{line}.{note}"
    if state is ApprovalState.RESOLVED and view.status_note:
        return f"{line}\n*Note:* {clip_mrkdwn(view.status_note, 1000)}"
    if state is ApprovalState.REJECTED and view.reject_reason:
        line += f"\n*Reason:* {clip_mrkdwn(view.reject_reason, 1000)}"
    return line + note


def _unless_failed(view: CaseView, note: str) -> str:
    # A failed send's note only repeats the error the trouble line already explains.
    return "" if view.state is ApprovalState.FAILED else note


def _trouble_line(trouble: SendTrouble, who: str, when: str) -> str:
    why = clip_mrkdwn(trouble.error, 400)
    approved = f"Approved by {who}{when}."
    if trouble.in_doubt_effect is not None:
        return (
            f":grey_question: *In doubt.* {approved} qbot cannot tell whether the email reached "
            f"the customer ({why}), so it will not send it again on its own. A finance lead or "
            "admin checks the mailbox and resolves it below."
        )
    if trouble.retry_at is not None:
        return (
            f":warning: *Sending failed.* {approved} Nothing reached the customer: {why}. "
            f"qbot tries again at {slack_date(trouble.retry_at)}."
        )
    return (
        f":warning: *Sending failed.* {approved} Nothing reached the customer: {why}. "
        "qbot has stopped trying; this needs a person."
    )


def trouble_notice(view: CaseView) -> str:
    """The ephemeral line the approver gets when the send they approved fails."""
    trouble = view.trouble
    what = f"The reminder you approved for invoice {clip_mrkdwn(view.doc_number, 40)}"
    if trouble is None:
        return f"{what} has not gone out yet; see the card."
    why = clip_mrkdwn(trouble.error, 400)
    if trouble.in_doubt_effect is not None:
        return (
            f":grey_question: {what} may or may not have been sent ({why}); a finance lead "
            "or admin resolves it on the card."
        )
    if trouble.retry_at is not None:
        return (
            f":warning: {what} was not sent: {why}. qbot tries again at "
            f"{slack_date(trouble.retry_at)}; the card shows how it goes."
        )
    return f":warning: {what} was not sent: {why}. qbot has stopped trying; it needs a person."
